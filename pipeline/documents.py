"""Raw records -> cleaned documents: HTML to text, site boilerplate learned, lines cleaned, metadata set.

This is the cleaning *stage*: it applies ``pipeline.clean`` (the line classifier) and
``pipeline.htmltext`` (trafilatura) to a whole batch, because site boilerplate is learned
across the documents of one site before any single document is cleaned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import pandas as pd

from pipeline import schema
from pipeline.clean import CleanedText, clean_text, learn_site_boilerplate
from pipeline.htmltext import html_to_text
from pipeline.ingest import RawDocument
from pipeline.settings import Settings
from pipeline.tables import frame


@dataclass(frozen=True, slots=True)
class CleanCorpus:
    """The cleaned batch: one documents row per raw document, and the audit of dropped lines."""

    documents: pd.DataFrame
    removed_lines: pd.DataFrame


def site_of(url: str | None) -> str | None:
    """The host of a URL without a leading ``www.``, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


@dataclass(frozen=True, slots=True)
class _Text:
    doc: RawDocument
    text: str
    title: str | None
    published: dt.date | None


def _as_text(doc: RawDocument) -> _Text:
    """Plain text of a record: HTML goes through main-text extraction first."""
    if doc.kind != "html":
        return _Text(doc, doc.body, doc.title, doc.published)
    extracted = html_to_text(doc.body, url=doc.url)
    return _Text(doc, extracted.text, doc.title or extracted.title, doc.published or extracted.published)


def _row(item: _Text, cleaned: CleanedText, *, languages: Sequence[str]) -> dict[str, object]:
    doc = item.doc
    if item.published is not None:
        published, source = item.published, "metadata"
    else:
        published, source = cleaned.published_date, cleaned.published_date_source
    status, reason = "kept", None
    if not cleaned.text.strip():
        status, reason = "rejected", "empty"
    elif cleaned.language not in languages:
        status, reason = "rejected", "not_target_language"
    return {
        "doc_id": doc.doc_id,
        "source_path": doc.source_path,
        "url": doc.url,
        "site": site_of(doc.url) or cleaned.site_name,
        "title": item.title or cleaned.title,
        "published_date": published,
        "published_date_source": source,
        "language": cleaned.language,
        "text": cleaned.text,
        "n_chars_raw": len(doc.body),
        "n_chars_clean": len(cleaned.text),
        "status": status,
        "duplicate_of": None,
        "dup_similarity": None,
        "reject_reason": reason,
    }


def clean_documents(raw: Sequence[RawDocument], *, settings: Settings) -> CleanCorpus:
    """Clean a batch: learn each site's repeated lines, then clean every document with them."""
    texts = [_as_text(doc) for doc in raw]
    site_lines = learn_site_boilerplate(
        ((site_of(t.doc.url), t.text) for t in texts), settings=settings.clean
    )
    rows: list[dict[str, object]] = []
    removed: list[dict[str, object]] = []
    for item in texts:
        cleaned = clean_text(
            item.text, site_lines=site_lines.get(site_of(item.doc.url), frozenset()), settings=settings.clean
        )
        rows.append(_row(item, cleaned, languages=settings.clean.target_languages))
        removed.extend(
            {"doc_id": item.doc.doc_id, "line_no": r.line_no, "text": r.text, "reason": r.reason}
            for r in cleaned.removed
        )
    return CleanCorpus(documents=frame(rows, schema.DOCUMENTS), removed_lines=frame(removed, schema.REMOVED_LINES))
