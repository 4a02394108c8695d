"""Raw records -> cleaned documents: HTML to text, site boilerplate learned, lines cleaned, metadata set.

This is the cleaning *stage* around ``pipeline.clean`` (the line classifier) and
``pipeline.htmltext`` (trafilatura). It runs in two steps because site boilerplate is
learned across documents of many batches before any one batch is cleaned:
``extract_texts`` and ``count_lines`` (per batch) -> ``merge_site_line_counts`` and
``site_lines_from_counts`` (all batches) -> ``clean_batch`` (per batch).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import pandas as pd

from pipeline import schema
from pipeline.clean import (
    CleanedText,
    CleanSettings,
    SiteLineCounts,
    clean_text,
    count_site_lines,
    site_lines_from_counts,
)
from pipeline.datetext import date_in_url
from pipeline.htmltext import html_to_text
from pipeline.ingest import RawDocument
from pipeline.tables import frame

SiteLines = Mapping[str | None, frozenset[int]]  # site -> line_hash of its boilerplate lines


@dataclass(frozen=True, slots=True)
class DocText:
    """One document as plain text (HTML already extracted), with the metadata its input carried."""

    doc_id: str
    source_path: str
    from_html: bool
    url: str | None
    title: str | None
    published: dt.date | None
    text: str
    n_chars_raw: int

    @property
    def site_key(self) -> str | None:
        """The site whose boilerplate this document shares (None: the unkeyed corpus group)."""
        return site_of(self.url)


@dataclass(frozen=True, slots=True)
class CleanCorpus:
    """A cleaned batch: one documents row per raw document, and the audit of dropped lines."""

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


def extract_text(doc: RawDocument) -> DocText:
    """Plain text of a record: HTML goes through main-text extraction first."""
    if doc.kind != "html":
        return DocText(doc.doc_id, doc.source_path, False, doc.url, doc.title, doc.published, doc.body, len(doc.body))
    extracted = html_to_text(doc.body, url=doc.url)
    return DocText(
        doc.doc_id, doc.source_path, True, doc.url, doc.title or extracted.title,
        doc.published or extracted.published, extracted.text, len(doc.body),
    )


def extract_texts(raw: Iterable[RawDocument]) -> tuple[DocText, ...]:
    """Plain text of every record of a batch."""
    return tuple(extract_text(doc) for doc in raw)


def count_lines(texts: Iterable[DocText], *, settings: CleanSettings) -> SiteLineCounts:
    """Per site, in how many plain-text documents each line occurs (HTML pages were extracted already)."""
    return count_site_lines(((t.site_key, t.text) for t in texts if not t.from_html), settings=settings)


def learn_site_lines(texts: Iterable[DocText], *, settings: CleanSettings) -> dict[str | None, frozenset[int]]:
    """Lines that recur across documents of one site (or of the unkeyed corpus): site boilerplate."""
    return site_lines_from_counts(count_lines(texts, settings=settings), settings=settings)


def _row(item: DocText, cleaned: CleanedText, *, languages: Sequence[str]) -> dict[str, object]:
    published: dt.date | None = item.published
    source = "metadata"
    if published is None:
        published, source = cleaned.published_date, cleaned.published_date_source
    if source in ("copyright_year", "inferred", "unknown") and (from_url := date_in_url(item.url)) is not None:
        # Where neither the input nor the page's text dates it, the URL's date ("/2024/06/28/") is inferred: a day,
        # where a copyright line only gives a year.
        published, source = from_url, "inferred"
    status, reason = "kept", None
    if not cleaned.text.strip():
        status, reason = "rejected", "empty"
    elif cleaned.language not in languages:
        status, reason = "rejected", "not_target_language"
    return {
        "doc_id": item.doc_id,
        "source_path": item.source_path,
        "url": item.url,
        "site": item.site_key or cleaned.site_name,
        "title": item.title or cleaned.title,
        "published_date": published,
        "published_date_source": source,
        "language": cleaned.language,
        "text": cleaned.text,
        "n_chars_raw": item.n_chars_raw,
        "n_chars_clean": len(cleaned.text),
        "status": status,
        "duplicate_of": None,
        "dup_similarity": None,
        "reject_reason": reason,
    }


def clean_one(item: DocText, *, site_lines: SiteLines, settings: CleanSettings) -> CleanedText:
    """Clean one document; trafilatura output skips the article-block search it already did."""
    if item.from_html:
        return clean_text(item.text, title=item.title, settings=replace(settings, main_block=False, dedupe_lines=False))
    return clean_text(item.text, site_lines=site_lines.get(item.site_key, frozenset()), settings=settings)


def clean_batch(texts: Sequence[DocText], *, site_lines: SiteLines, settings: CleanSettings) -> CleanCorpus:
    """Clean every document of a batch with the site lines learned so far."""
    rows: list[dict[str, object]] = []
    removed: list[dict[str, object]] = []
    for item in texts:
        cleaned = clean_one(item, site_lines=site_lines, settings=settings)
        rows.append(_row(item, cleaned, languages=settings.target_languages))
        removed.extend(
            {"doc_id": item.doc_id, "line_no": r.line_no, "text": r.text, "reason": r.reason} for r in cleaned.removed
        )
    return CleanCorpus(documents=frame(rows, schema.DOCUMENTS), removed_lines=frame(removed, schema.REMOVED_LINES))


def clean_documents(raw: Sequence[RawDocument], *, settings: CleanSettings) -> CleanCorpus:
    """One-shot cleaning of a whole corpus (learn site lines from it, then clean it)."""
    texts = extract_texts(raw)
    return clean_batch(texts, site_lines=learn_site_lines(texts, settings=settings), settings=settings)
