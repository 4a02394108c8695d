"""Exact and near-duplicate documents, compared on cleaned bodies.

Stages, in order: ``fingerprint`` (normalized word shingles -> MinHash), ``cluster``
(LSH candidates verified by the true Jaccard of the shingle sets), ``assign`` (each
duplicate points at the kept document of its cluster, chosen deterministically: earliest
publication date, then longest body, then doc_id). No pairwise O(n^2) loop: each document
only meets the candidates LSH hands it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from datasketch import MinHash, MinHashLSH

from pipeline.settings import DedupSettings

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What dedup needs of one document: exact hash, shingle set and MinHash."""

    doc_id: str
    body_hash: str
    shingles: frozenset[str]
    minhash: MinHash


@dataclass(frozen=True, slots=True)
class Assignment:
    """The verdict for one document that duplicates another."""

    doc_id: str
    duplicate_of: str
    similarity: float


def shingle(text: str, *, k: int) -> frozenset[str]:
    """Word k-shingles of casefolded text (a text shorter than k words is one shingle)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= k:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + k]) for i in range(len(words) - k + 1))


def fingerprint(doc_id: str, text: str, *, settings: DedupSettings) -> Fingerprint:
    """Exact hash, shingles and MinHash signature of one cleaned body."""
    words = " ".join(_WORD.findall(text.casefold()))
    shingles = shingle(text, k=settings.shingle_words)
    mh = MinHash(num_perm=settings.num_perm, seed=settings.seed)
    if shingles:
        mh.update_batch([s.encode("utf-8") for s in shingles])
    return Fingerprint(doc_id, hashlib.sha256(words.encode("utf-8")).hexdigest(), shingles, mh)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """True Jaccard similarity of two shingle sets."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def priority_key(*, published: dt.date | None, n_chars: int, doc_id: str) -> tuple[object, ...]:
    """Sort key of the document a cluster keeps: earliest date, then longest body, then id."""
    return (published is None, published or dt.date.min, -n_chars, doc_id)


def cluster(prints: list[Fingerprint], *, settings: DedupSettings) -> list[Assignment]:
    """Walk documents in priority order; each one either joins an earlier kept one or is kept."""
    lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.num_perm)
    by_id: dict[str, Fingerprint] = {}
    exact: dict[str, str] = {}
    out: list[Assignment] = []
    for fp in prints:
        if fp.body_hash in exact:
            out.append(Assignment(fp.doc_id, exact[fp.body_hash], 1.0))
            continue
        best_id, best_sim = None, 0.0
        for cand in sorted(lsh.query(fp.minhash)):
            sim = jaccard(fp.shingles, by_id[cand].shingles)
            if sim > best_sim:
                best_id, best_sim = cand, sim
        if best_id is not None and best_sim >= settings.jaccard_threshold:
            out.append(Assignment(fp.doc_id, best_id, round(best_sim, 4)))
            continue
        exact[fp.body_hash] = fp.doc_id
        by_id[fp.doc_id] = fp
        lsh.insert(fp.doc_id, fp.minhash)
    return out


def deduplicate(documents: pd.DataFrame, *, settings: DedupSettings) -> pd.DataFrame:
    """Mark duplicates among kept documents (status, duplicate_of, dup_similarity)."""
    docs = documents.copy()
    kept = docs[docs["status"] == "kept"]
    order = sorted(
        kept.itertuples(index=False),
        key=lambda r: priority_key(
            published=r.published_date if isinstance(r.published_date, dt.date) else None,
            n_chars=int(r.n_chars_clean),
            doc_id=r.doc_id,
        ),
    )
    prints = [fingerprint(r.doc_id, r.text, settings=settings) for r in order]
    assignments = {a.doc_id: a for a in cluster(prints, settings=settings)}
    is_dup = docs["doc_id"].isin(assignments.keys()).to_numpy()
    docs.loc[is_dup, "status"] = "duplicate"
    docs.loc[is_dup, "duplicate_of"] = [assignments[d].duplicate_of for d in docs.loc[is_dup, "doc_id"]]
    docs.loc[is_dup, "dup_similarity"] = np.array(
        [assignments[d].similarity for d in docs.loc[is_dup, "doc_id"]], dtype="float64"
    )
    return docs


def sources_by_document(documents: pd.DataFrame) -> Mapping[str, frozenset[str]]:
    """Kept doc_id -> the sites that carried it (its own and those of its duplicates)."""
    sites: dict[str, set[str]] = {}
    for row in documents.itertuples(index=False):
        owner = row.duplicate_of if row.status == "duplicate" else row.doc_id
        site = row.site if isinstance(row.site, str) and row.site else f"doc:{row.doc_id}"
        sites.setdefault(owner, set()).add(site)
    return {k: frozenset(v) for k, v in sites.items()}
