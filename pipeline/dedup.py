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
import zlib
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from datasketch import LeanMinHash, MinHash, MinHashLSH

from pipeline.settings import DedupSettings

_WORD = re.compile(r"\w+")
_SCHEME = "affine32"  # datasketch 2.x default scheme, stated so signatures stay comparable across versions


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What dedup needs of one document: exact hash, shingle hashes (sorted, unique), MinHash values."""

    doc_id: str
    body_hash: str
    shingles: np.ndarray
    signature: np.ndarray


@dataclass(frozen=True, slots=True)
class Assignment:
    """The verdict for one document that duplicates another."""

    doc_id: str
    duplicate_of: str
    similarity: float


# Odd 64-bit multipliers that mix the k word hashes of a shingle into one value.
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5,
                 0x85EBCA77C2B2AE63, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB], dtype=np.uint64)


def words_of(text: str) -> list[str]:
    """Casefolded word tokens: the unit of comparison (punctuation and spacing never matter)."""
    return _WORD.findall(text.casefold())


def shingle_hashes(words: list[str], *, k: int) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word k-shingles (a text shorter than k words is one shingle)."""
    if not words:
        return np.empty(0, dtype=np.uint32)
    word_h = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    k = min(k, len(words), len(_MIX))
    n = len(words) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    for j in range(k):  # wrap-around uint64 arithmetic is the point here
        acc += word_h[j : j + n] * _MIX[j]
    return np.unique((acc >> np.uint64(32)).astype(np.uint32))


def new_minhash(*, settings: DedupSettings, template: MinHash | None = None) -> MinHash:
    """An empty MinHash over integer shingle hashes; sharing a template's permutations saves regenerating them."""
    if template is None:
        return MinHash(num_perm=settings.num_perm, seed=settings.seed, hashfunc=int, scheme=_SCHEME)
    return MinHash(num_perm=settings.num_perm, seed=settings.seed, hashfunc=int, scheme=_SCHEME,
                   permutations=template.permutations)


def fingerprint(doc_id: str, text: str, *, settings: DedupSettings, template: MinHash | None = None) -> Fingerprint:
    """Exact hash, shingle hashes and MinHash signature of one cleaned body."""
    words = words_of(text)
    shingles = shingle_hashes(words, k=settings.shingle_words)
    mh = new_minhash(settings=settings, template=template)
    if len(shingles):
        mh.update_batch(shingles.tolist())
    body_hash = hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()
    # Only the hash values are kept: a MinHash object would carry its permutations along.
    return Fingerprint(doc_id, body_hash, shingles, mh.hashvalues.copy())


def fingerprint_documents(documents: pd.DataFrame, *, settings: DedupSettings) -> dict[str, Fingerprint]:
    """Fingerprints of the kept documents of a batch, by doc_id."""
    template = new_minhash(settings=settings)
    kept = documents[documents["status"] == "kept"]
    return {d: fingerprint(d, t, settings=settings, template=template) for d, t in zip(kept["doc_id"], kept["text"], strict=True)}


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """True Jaccard similarity of two sorted unique hash arrays."""
    if not len(a) and not len(b):
        return 1.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def priority_key(*, published: dt.date | None, n_chars: int, doc_id: str, arrival: int = 0) -> tuple[object, ...]:
    """Sort key of the document a cluster keeps: earliest date, longest body, earliest batch, then id."""
    return (published is None, published or dt.date.min, -n_chars, arrival, doc_id)


def cluster(prints: list[Fingerprint], *, settings: DedupSettings) -> list[Assignment]:
    """Walk documents in priority order; each one either joins an earlier kept one or is kept."""
    lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.num_perm)
    by_id: dict[str, Fingerprint] = {}
    exact: dict[str, str] = {}
    out: list[Assignment] = []
    for fp in prints:
        minhash = LeanMinHash(seed=settings.seed, hashvalues=fp.signature, scheme=_SCHEME)
        if fp.body_hash in exact:
            out.append(Assignment(fp.doc_id, exact[fp.body_hash], 1.0))
            continue
        best_id, best_sim = None, 0.0
        for cand in sorted(lsh.query(minhash)):
            sim = jaccard(fp.shingles, by_id[cand].shingles)
            if sim > best_sim:
                best_id, best_sim = cand, sim
        if best_id is not None and best_sim >= settings.jaccard_threshold:
            out.append(Assignment(fp.doc_id, best_id, round(best_sim, 4)))
            continue
        exact[fp.body_hash] = fp.doc_id
        by_id[fp.doc_id] = fp
        lsh.insert(fp.doc_id, minhash)
    return out


def deduplicate(
    documents: pd.DataFrame,
    *,
    settings: DedupSettings,
    prints: Mapping[str, Fingerprint] | None = None,
    arrival: Mapping[str, int] | None = None,
) -> pd.DataFrame:
    """Mark duplicates among kept documents (status, duplicate_of, dup_similarity).

    ``prints`` are the fingerprints computed per batch (documents without one are fingerprinted
    here); ``arrival`` ranks documents by the batch they came in, so an earlier batch wins a tie.
    """
    docs = documents.copy()
    kept = docs[docs["status"] == "kept"]
    order = sorted(
        kept.itertuples(index=False),
        key=lambda r: priority_key(
            published=r.published_date if isinstance(r.published_date, dt.date) else None,
            n_chars=int(r.n_chars_clean),
            doc_id=r.doc_id,
            arrival=(arrival or {}).get(r.doc_id, 0),
        ),
    )
    template = new_minhash(settings=settings)
    known = prints or {}
    ordered = [known.get(r.doc_id) or fingerprint(r.doc_id, r.text, settings=settings, template=template) for r in order]
    assignments = {a.doc_id: a for a in cluster(ordered, settings=settings)}
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
