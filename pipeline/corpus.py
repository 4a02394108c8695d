"""Batches -> one corpus: concatenate per-batch tables, keeping doc_id unique across batches."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from pipeline import schema
from pipeline.documents import DocText
from pipeline.ingest import IngestResult, content_hash
from pipeline.tables import frame


@dataclass(frozen=True, slots=True)
class RawBatch:
    """One batch read and turned into plain text, with the inputs that could not be read."""

    texts: tuple[DocText, ...]
    rejected: pd.DataFrame
    n_inputs: int
    fingerprint: str


@dataclass(frozen=True, slots=True)
class CleanBatch:
    """Everything one batch contributes: cleaned documents, dropped lines, unreadable inputs."""

    documents: pd.DataFrame
    removed_lines: pd.DataFrame
    rejected_inputs: pd.DataFrame
    n_inputs: int
    token: str = ""  # unique per materialization: a batch cleaned again is a different set of rows


@dataclass(frozen=True, slots=True)
class Corpus:
    """All batches together; ``home`` says which batch each doc_id's rows (and events) come from,
    ``arrival`` the rank of that batch in arrival order, ``identities`` what each batch's rows are
    (its materialization and the ids its documents got here): equal identity, equal rows."""

    documents: pd.DataFrame
    removed_lines: pd.DataFrame
    rejected_inputs: pd.DataFrame
    n_inputs: int
    home: dict[str, str]
    arrival: dict[str, int]
    identities: dict[str, str] = field(default_factory=dict)


def rejected_frame(ingested: IngestResult) -> pd.DataFrame:
    """The rejected inputs of an ingest as a contract table."""
    return frame(
        [{"source_path": r.source_path, "reason": r.reason, "detail": r.detail} for r in ingested.rejected],
        schema.REJECTED_INPUTS,
    )


def combine(batches: Mapping[str, CleanBatch]) -> Corpus:
    """Concatenate batches in arrival order (the mapping's order); identical content met again in a
    later batch gets its own id."""
    docs, removed, rejected = [], [], []
    home: dict[str, str] = {}
    identities: dict[str, str] = {}
    rank = {key: i for i, key in enumerate(batches)}
    for key, batch in batches.items():
        d, r = batch.documents, batch.removed_lines  # never modified in place: concat copies them
        ids = d["doc_id"].tolist()
        # Membership in the dict, not Series.isin: isin would copy every id seen so far on each batch.
        clash = [doc_id in home for doc_id in ids]
        if any(clash):
            # Same raw content in two batches: the later copy gets an id of content and path, and
            # dedup then marks it an exact duplicate of the first.
            paths = d["source_path"].tolist()
            remap = {ids[i]: content_hash(f"{ids[i]}\x00{paths[i]}") for i, hit in enumerate(clash) if hit}
            ids = [remap.get(x, x) for x in ids]
            d = d.assign(doc_id=pd.array(ids, dtype=d["doc_id"].dtype))
            r = r.assign(doc_id=r["doc_id"].map(lambda x: remap.get(x, x)))
        home.update(dict.fromkeys(ids, key))
        token = getattr(batch, "token", "")  # values stored before tokens existed have none: never memoized
        identities[key] = batch_identity(token, ids) if token else ""
        docs.append(d)
        removed.append(r)
        rejected.append(batch.rejected_inputs)
    return Corpus(
        documents=_concat(docs, schema.DOCUMENTS),
        removed_lines=_concat(removed, schema.REMOVED_LINES),
        rejected_inputs=_concat(rejected, schema.REJECTED_INPUTS),
        n_inputs=sum(b.n_inputs for b in batches.values()),
        home=home,
        arrival={doc: rank[key] for doc, key in home.items()},
        identities=identities,
    )


def batch_identity(token: str, doc_ids: Iterable[str]) -> str:
    """A batch materialization's rows as combined: its token and the ids its documents ended up with
    (a later copy of an earlier batch's content is renamed, so the rows depend on the batches before)."""
    h = hashlib.sha256(token.encode())
    for doc_id in doc_ids:
        h.update(b"\0" + doc_id.encode())
    return h.hexdigest()[:16]


def _concat(frames: list[pd.DataFrame], table_schema: object) -> pd.DataFrame:
    non_empty = [f for f in frames if len(f)]
    if not non_empty:
        return frame([], table_schema)  # type: ignore[arg-type]
    return pd.concat(non_empty, ignore_index=True)
