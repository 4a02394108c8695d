"""The event stage over a corpus: code every kept document, then merge reports into events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from pipeline.dedup import sources_by_document
from pipeline.extract import CodedEvent, CoderResources, actors_table, code_document, merge_stories


@dataclass(frozen=True, slots=True)
class EventTables:
    """events, event_mentions and the actor dictionary of one build."""

    events: pd.DataFrame
    event_mentions: pd.DataFrame
    actors: pd.DataFrame


def code_corpus(documents: pd.DataFrame, *, resources: CoderResources) -> EventTables:
    """Code kept documents only: duplicates count as extra sources, never as new reports."""
    kept = documents[documents["status"] == "kept"]
    coded: list[CodedEvent] = []
    for row in kept.itertuples(index=False):
        published = row.published_date if isinstance(row.published_date, dt.date) else None
        coded.extend(code_document(doc_id=row.doc_id, text=row.text, published_date=published, resources=resources))
    events, mentions = merge_stories(coded, doc_sources=sources_by_document(documents), resources=resources)
    return EventTables(events=events, event_mentions=mentions, actors=actors_table(resources))
