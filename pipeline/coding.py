"""The event stage over a corpus: code the documents of each batch, then merge reports into events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from pipeline.dedup import sources_by_document
from pipeline.schema import DatePrecision
from pipeline.tables import kept_doc_ids
from pipeline.extract import CodedEvent, CoderResources, actors_table, code_document, merge_stories

# How precisely each source dates publication: a copyright year anchors the year of "March 29",
# but says nothing about which day "on Tuesday" was.
_PRECISION: dict[str, DatePrecision] = {"metadata": "day", "text": "day", "inferred": "day", "copyright_year": "year"}


@dataclass(frozen=True, slots=True)
class EventTables:
    """events, event_mentions and the actor dictionary of one build."""

    events: pd.DataFrame
    event_mentions: pd.DataFrame
    actors: pd.DataFrame


def code_batch(documents: pd.DataFrame, *, resources: CoderResources) -> tuple[CodedEvent, ...]:
    """Events of every document of a batch that cleaning kept (dedup later drops duplicates' events)."""
    kept = documents[documents["status"] == "kept"]
    coded: list[CodedEvent] = []
    for row in kept.itertuples(index=False):
        precision = _PRECISION.get(row.published_date_source)
        published = row.published_date if isinstance(row.published_date, dt.date) and precision else None
        coded.extend(code_document(doc_id=row.doc_id, text=row.text, published_date=published,
                                   published_precision=precision if published else None, resources=resources))
    return tuple(coded)


def merge_corpus(coded: Sequence[CodedEvent], documents: pd.DataFrame, *, resources: CoderResources) -> EventTables:
    """Events of kept documents merged into stories; duplicates count as extra sources, never as new reports."""
    kept = kept_doc_ids(documents)
    reports = [c for c in coded if c.doc_id in kept]
    sources = sources_by_document(documents, owners={c.doc_id for c in reports})
    events, mentions = merge_stories(reports, doc_sources=sources, resources=resources)
    return EventTables(events=events, event_mentions=mentions, actors=actors_table(resources))
