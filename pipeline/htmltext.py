"""HTML -> article text with trafilatura: the only module that imports it; never touches the network."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura

# Pages bigger than this are cut before parsing: a news article never needs 5 MB of markup,
# and lxml time and memory grow with the tree.
MAX_HTML_CHARS = 5_000_000


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str  # main text, one paragraph per line; goes through clean.clean_text next
    title: str | None  # headline from the page metadata
    published: dt.date | None  # publication date from the page metadata (htmldate)


def _parse_date(value: str | None) -> dt.date | None:
    """An ISO date string (YYYY-MM-DD...) as a date, else None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def html_to_text(
    html: str,
    *,
    url: str | None = None,
    favor_precision: bool = True,
    include_tables: bool = True,
) -> HtmlText:
    """Main text, title and date of one HTML page; empty text when nothing could be extracted."""
    if not html or not html.strip():
        return HtmlText(text="", title=None, published=None)
    html = html[:MAX_HTML_CHARS].replace("\x00", "")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=favor_precision,  # AEB: 0.964 F1 vs 0.960 by default
            include_comments=False,  # reader comments are not the article
            include_tables=include_tables,
            with_metadata=True,
            # extensive search scans every text node for dates: slow and mostly guesses
            date_extraction_params={"extensive_search": False, "original_date": True, "url": url},
        )
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        # lxml/trafilatura raise these on pathological markup; a page is then text-less, not a crash
        del exc
        return HtmlText(text="", title=None, published=None)
    if doc is None:
        return HtmlText(text="", title=None, published=None)
    text = getattr(doc, "text", None) or ""
    title = (getattr(doc, "title", None) or "").strip() or None
    return HtmlText(text=text, title=title, published=_parse_date(getattr(doc, "date", None)))
