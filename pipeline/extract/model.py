"""Record types of the event coder: one sentence mention, one coded event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """One sentence of one document; text[char_start:char_end] == sentence."""

    doc_id: str
    sentence_index: int
    char_start: int
    char_end: int
    sentence: str


@dataclass(frozen=True, slots=True)
class CodedEvent:
    """One event read from one sentence of one document."""

    doc_id: str
    event_type: str
    mode: str | None
    actor_codes: tuple[str, ...]
    recipient_codes: tuple[str, ...]
    actor_text: str
    recipient_text: str
    event_date: dt.date | None
    date_precision: str
    location: str | None
    location_country: str | None
    quantity: float | None
    quantity_unit: str | None
    killed: int | None
    injured: int | None
    status: str
    confidence: float
    mention: Mention
    # The document's publication date when known to the day (story merging compares documents by it).
    published_date: dt.date | None = None
