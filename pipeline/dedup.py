"""Exact and near-duplicate documents, compared on cleaned bodies.

Stages, in order: ``sign`` (normalized word shingles -> datasketch MinHash, per batch; only
the 32-bit signature and an exact-body hash are kept, 520 bytes per document), ``bucket``
(LSH banding over all signatures at once, with datasketch's own choice of bands and rows),
``cluster`` (documents walked in priority order; a document duplicates the earlier kept one
whose true Jaccard on word shingles, recomputed from the two texts, is highest and at least
the threshold). The keeper is chosen deterministically: earliest publication date, then
longest body, then earliest batch, then doc_id. No pairwise O(n^2) loop: each document only
meets the documents that share an LSH bucket with it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
import zlib
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from datasketch import MinHash, MinHashLSH

from pipeline.settings import DedupSettings
from pipeline.store import write_atomically
from pipeline.tables import ids_in

_WORD = re.compile(r"\w+")
_SCHEME = "affine32"  # datasketch 2.x default scheme, stated so signatures stay comparable across versions


@dataclass(frozen=True, slots=True)
class Signatures:
    """What dedup keeps of a set of documents, column-wise: the batch's share of the duplicate index."""

    doc_ids: tuple[str, ...]
    body_hashes: np.ndarray  # uint64, one per document: equal bodies (as word sequences) hash equal
    minhashes: np.ndarray  # (documents, num_perm) uint32 MinHash values

    def __len__(self) -> int:
        return len(self.doc_ids)


@dataclass(frozen=True, slots=True)
class Assignment:
    """The verdict for one document that duplicates another."""

    doc_id: str
    duplicate_of: str
    similarity: float


# Odd 64-bit multipliers that mix several 32-bit values (word hashes, signature rows) into one.
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


def shingles_of(text: str, *, settings: DedupSettings) -> np.ndarray:
    """The shingle set of one cleaned body."""
    return shingle_hashes(words_of(text), k=settings.shingle_words)


def new_minhash(*, settings: DedupSettings, template: MinHash | None = None) -> MinHash:
    """An empty MinHash over integer shingle hashes; sharing a template's permutations saves regenerating them."""
    if template is None:
        return MinHash(num_perm=settings.num_perm, seed=settings.seed, hashfunc=int, scheme=_SCHEME)
    return MinHash(num_perm=settings.num_perm, seed=settings.seed, hashfunc=int, scheme=_SCHEME,
                   permutations=template.permutations)


def sign(items: Iterable[tuple[str, str]], *, settings: DedupSettings) -> Signatures:
    """(doc_id, cleaned body) pairs -> their exact hashes and MinHash signatures."""
    template = new_minhash(settings=settings)
    ids: list[str] = []
    hashes: list[int] = []
    rows: list[np.ndarray] = []
    for doc_id, text in items:
        words = words_of(text)
        shingles = shingle_hashes(words, k=settings.shingle_words)
        mh = new_minhash(settings=settings, template=template)
        if len(shingles):
            mh.update_batch(shingles.tolist())
        ids.append(doc_id)
        hashes.append(int.from_bytes(hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest(), "big"))
        rows.append(mh.hashvalues.astype(np.uint32))  # affine32 values are below 2**32
    minhashes = np.vstack(rows) if rows else np.empty((0, settings.num_perm), dtype=np.uint32)
    return Signatures(tuple(ids), np.array(hashes, dtype=np.uint64), minhashes)


def fingerprint_documents(documents: pd.DataFrame, *, settings: DedupSettings) -> Signatures:
    """Signatures of the kept documents of a batch."""
    kept = documents[documents["status"] == "kept"]
    return sign(zip(kept["doc_id"], kept["text"], strict=True), settings=settings)


def stack(parts: Iterable[Signatures], *, settings: DedupSettings) -> Signatures:
    """Several batches' signatures as one."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return sign((), settings=settings)
    return Signatures(
        tuple(d for p in parts for d in p.doc_ids),
        np.concatenate([p.body_hashes for p in parts]),
        np.vstack([p.minhashes for p in parts]),
    )


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """True Jaccard similarity of two sorted unique hash arrays."""
    if not len(a) and not len(b):
        return 1.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def priority_key(*, published: dt.date | None, n_chars: int, doc_id: str, arrival: int = 0) -> tuple[object, ...]:
    """Sort key of the document a cluster keeps: earliest date, longest body, earliest batch, then id."""
    return (published is None, published or dt.date.min, -n_chars, arrival, doc_id)


def lsh_bands(settings: DedupSettings) -> tuple[int, int]:
    """(bands, rows per band) that datasketch's MinHashLSH picks for the threshold and permutations."""
    lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.num_perm)
    return int(lsh.b), int(lsh.r)


def bucket(minhashes: np.ndarray, *, bands: int, rows: int) -> list[np.ndarray]:
    """LSH buckets with more than one member: two documents meet when all ``rows`` values of one band agree.

    Each band's rows are mixed into one 64-bit key; a rare key collision only adds a candidate
    that the true Jaccard then rejects."""
    groups: list[np.ndarray] = []
    n = len(minhashes)
    if n < 2:
        return groups
    for band in range(bands):
        block = minhashes[:, band * rows : (band + 1) * rows].astype(np.uint64)
        keys = np.zeros(n, dtype=np.uint64)
        for j in range(block.shape[1]):
            keys = (keys ^ block[:, j]) * _MIX[j % len(_MIX)]
        order = np.argsort(keys, kind="stable")
        ranked = keys[order]
        starts = np.flatnonzero(np.r_[True, ranked[1:] != ranked[:-1]])
        sizes = np.diff(np.r_[starts, n])
        groups.extend(order[s : s + size] for s, size in zip(starts[sizes > 1], sizes[sizes > 1], strict=True))
    return groups


PairMemo = dict[tuple[int, int], float]  # (smaller, larger) body hash -> true Jaccard of the two bodies


def memo_key(settings: DedupSettings) -> str:
    """What a remembered similarity depends on besides the two bodies: the shingle length."""
    return f"shingle_words={settings.shingle_words}"


def load_memo(path: Path, *, settings: DedupSettings) -> PairMemo:
    """Similarities measured by earlier builds (empty when absent, unreadable or made with other settings)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["key"]) != memo_key(settings):
                return {}
            return dict(zip(zip(data["a"].tolist(), data["b"].tolist(), strict=True), data["sim"].tolist(), strict=True))
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        return {}


def save_memo(path: Path, memo: PairMemo, *, settings: DedupSettings, bodies: np.ndarray) -> int:
    """Keep the pairs whose two bodies are both still among ``bodies`` (so the file stays the size of the
    corpus's candidate pairs), written atomically. Returns the number of pairs kept."""
    present = set(bodies.tolist())
    kept = [(a, b, v) for (a, b), v in memo.items() if a in present and b in present]
    a = np.array([p[0] for p in kept], dtype=np.uint64)
    b = np.array([p[1] for p in kept], dtype=np.uint64)
    sim = np.array([p[2] for p in kept], dtype=np.float64)
    buffer = io.BytesIO()
    np.savez(buffer, key=np.array(memo_key(settings)), a=a, b=b, sim=sim)
    write_atomically(path, buffer.getvalue())  # not written: the next build measures those pairs again
    return len(kept)


def cluster(
    sigs: Signatures, order: list[int], *, text_of: Callable[[int], str], settings: DedupSettings,
    memo: PairMemo | None = None,
) -> list[Assignment]:
    """Walk documents (indices into ``sigs``) in priority order; each joins an earlier kept one or is kept.

    A document's candidates are the kept documents sharing an LSH bucket with it; the one with
    the highest true Jaccard wins (ties: lowest doc_id) if it reaches the threshold. Shingle sets
    are recomputed from ``text_of`` only for documents that have candidates, and not at all for a
    pair of bodies whose similarity ``memo`` already holds (new measurements are added to it)."""
    bands, rows = lsh_bands(settings)
    groups = bucket(sigs.minhashes, bands=bands, rows=rows)
    member_of: dict[int, list[int]] = {}
    for g, members in enumerate(groups):
        for i in members.tolist():
            member_of.setdefault(i, []).append(g)
    shingles: dict[int, np.ndarray] = {}

    def shingle_set(i: int) -> np.ndarray:
        if i not in shingles:
            shingles[i] = shingles_of(text_of(i), settings=settings)
        return shingles[i]

    known: PairMemo = {} if memo is None else memo

    def similarity(i: int, j: int) -> float:
        a, b = int(sigs.body_hashes[i]), int(sigs.body_hashes[j])
        pair = (a, b) if a <= b else (b, a)
        if pair not in known:
            known[pair] = jaccard(shingle_set(i), shingle_set(j))
        return known[pair]

    kept = np.zeros(len(sigs), dtype=bool)
    exact: dict[int, int] = {}
    out: list[Assignment] = []
    for i in order:
        h = int(sigs.body_hashes[i])
        if h in exact:
            out.append(Assignment(sigs.doc_ids[i], sigs.doc_ids[exact[h]], 1.0))
            continue
        groups_of_i = member_of.get(i)  # most documents share no bucket with any other
        if groups_of_i:
            candidates = {j for g in groups_of_i for j in groups[g].tolist() if kept[j]}
            best, best_sim = -1, 0.0
            for j in sorted(candidates, key=lambda c: sigs.doc_ids[c]):
                sim = similarity(i, j)
                if sim > best_sim:
                    best, best_sim = j, sim
            if best >= 0 and best_sim >= settings.jaccard_threshold:
                out.append(Assignment(sigs.doc_ids[i], sigs.doc_ids[best], round(best_sim, 4)))
                continue
        kept[i] = True
        exact[h] = i
    return out


def deduplicate(
    documents: pd.DataFrame,
    *,
    settings: DedupSettings,
    signatures: Signatures | None = None,
    arrival: Mapping[str, int] | None = None,
    memo: PairMemo | None = None,
) -> pd.DataFrame:
    """Mark duplicates among kept documents (status, duplicate_of, dup_similarity).

    ``signatures`` are those computed per batch (kept documents without one are signed here);
    ``arrival`` ranks documents by the batch they came in, so an earlier batch wins a tie.
    Bodies are read only for documents that meet a candidate, and the text column is never
    copied: on 100k documents that is the difference between ~0.1 and ~1 GB. ``memo`` carries
    measured similarities between builds (see ``cluster``); the verdicts are the same without it.
    """
    ids = documents["doc_id"].tolist()
    is_kept = (documents["status"] == "kept").to_numpy(dtype=bool)
    row_of = {d: i for i, d in enumerate(ids) if is_kept[i]}
    texts = documents["text"]
    known = signatures if signatures is not None else sign((), settings=settings)
    have = set(known.doc_ids)
    missing = [d for d in row_of if d not in have]
    sigs = stack([known, sign(((d, texts.iat[row_of[d]]) for d in missing), settings=settings)], settings=settings)
    # One signature per kept document (the first one met); signatures of documents not kept here take no part.
    first: dict[str, int] = {}
    for i, d in enumerate(sigs.doc_ids):
        if d in row_of:
            first.setdefault(d, i)
    dates = documents["published_date"].tolist()
    n_chars = documents["n_chars_clean"].tolist()
    ranks = arrival or {}

    def key(i: int) -> tuple[object, ...]:
        row = row_of[sigs.doc_ids[i]]
        published = dates[row] if isinstance(dates[row], dt.date) else None
        return priority_key(published=published, n_chars=int(n_chars[row]), doc_id=ids[row], arrival=ranks.get(ids[row], 0))

    order = sorted(first.values(), key=key)
    found = cluster(sigs, order, text_of=lambda i: str(texts.iat[row_of[sigs.doc_ids[i]]]), settings=settings, memo=memo)
    if not found:
        return documents.copy(deep=False)
    verdict = {a.doc_id: a for a in found}
    status = documents["status"].tolist()
    duplicate_of = documents["duplicate_of"].tolist()
    similarity = documents["dup_similarity"].to_numpy(dtype="float64", na_value=np.nan).copy()
    for i, d in enumerate(ids):
        if d in verdict and is_kept[i]:
            status[i], duplicate_of[i], similarity[i] = "duplicate", verdict[d].duplicate_of, verdict[d].similarity
    # assign() under copy-on-write shares every other column (the texts) with ``documents``.
    return documents.assign(
        status=pd.array(status, dtype=documents["status"].dtype),
        duplicate_of=pd.array(duplicate_of, dtype=documents["duplicate_of"].dtype),
        dup_similarity=similarity,
    )


def sources_by_document(documents: pd.DataFrame, owners: Collection[str] | None = None) -> Mapping[str, frozenset[str]]:
    """Kept doc_id -> the sites that carried it (its own and those of its duplicates); only for ``owners``
    when given (the story merge needs the documents with events, not all of them)."""
    ids, site = documents["doc_id"], documents["site"]
    owner = documents["duplicate_of"].where((documents["status"] == "duplicate").to_numpy(dtype=bool), ids)
    if owners is not None:
        rows = np.flatnonzero(ids_in(owner, owners))
        owner, ids, site = owner.iloc[rows], ids.iloc[rows], site.iloc[rows]
    sites: dict[str, set[str]] = {}
    # Whole columns to Python at once: iterating rows would turn every text into a Python string.
    for doc_id, own, name in zip(ids.tolist(), owner.tolist(), site.tolist(), strict=True):
        sites.setdefault(own, set()).add(name if isinstance(name, str) and name else f"doc:{doc_id}")
    return {k: frozenset(v) for k, v in sites.items()}
