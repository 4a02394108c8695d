"""HTML -> article text: trafilatura (the only module that imports it), checked against the article
block that clean.clean_text finds in the page's visible text; never touches the network.

    prolog   -> an XML declaration / DOCTYPE (with any entity declarations) is cut before parsing,
                so no entity is ever declared, let alone resolved (XXE, billion laughs)
    extract  -> trafilatura's main text, title and date
    visible  -> a linear tag stripper (no tree: any nesting depth, any size) and clean_text's
                article-block search on its output
    choose   -> trafilatura, unless it found nothing or only a small part of the visible article
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
import re
from collections import Counter
from dataclasses import dataclass
from typing import Final, Literal

import trafilatura

from pipeline.clean import CleanSettings, clean_text

# Pages bigger than this are cut before parsing: a news article never needs 5 MB of markup,
# and lxml time and memory grow with the tree.
MAX_HTML_CHARS: Final = 5_000_000
# Pages with more "<" than this skip trafilatura (the visible-text path still reads them): lxml
# plus trafilatura cost 30-40 us per element on degenerate markup (50,000 <li> or unclosed <p>:
# 1.5-2 s), while AEB's biggest page has 3,229 and real article pages stay far below this.
MAX_TREE_TAGS: Final = 30_000
# trafilatura's text is replaced by the article block of the visible text when that block has at
# least FALLBACK_RATIO times its words and either holds FALLBACK_OVERLAP of them (trafilatura kept
# only a part of the same article: a lead, one of several body containers) or trafilatura's text is
# shorter than any news brief (it kept a notice or a caption instead of the article).
# Round values, not fitted: on AEB the three pages past ratio 2 are the ones trafilatura cut short
# (F1 0.02/0.52/0.62 -> 1.0/0.92/0.92); the nearest others sit at 1.8 (overlap 0.3) and 1.4.
FALLBACK_RATIO: Final = 2.0
FALLBACK_OVERLAP: Final = 0.8
MIN_ARTICLE_WORDS: Final = 50
# Settings of the article-block search on visible text (the naive-text path of clean_text).
VISIBLE_TEXT_SETTINGS: Final = CleanSettings()

Extractor = Literal["trafilatura", "visible_text", "none"]


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str  # main text, one paragraph per line; goes through clean.clean_text next
    title: str | None  # headline from the page metadata
    published: dt.date | None  # publication date from the page metadata (htmldate)
    extractor: Extractor = "none"  # which path produced `text`


_EMPTY: Final = HtmlText(text="", title=None, published=None)

# ---------------------------------------------------------------- prolog

# An internal DTD subset "[ ... ]>"; quoted entity values may hold "]>". Possessive: linear.
_SUBSET: Final = re.compile(r"""\[(?:[^\]"']++|"[^"]*+"|'[^']*+')*+\]\s*+>""")
_SUBSET_END: Final = re.compile(r"\]\s*>")
_BLANK: Final = re.compile(r"[\s\ufeff]*+")


def strip_prolog(html: str) -> str:
    """html without its leading XML declaration, processing instructions, comments and DOCTYPE.

    lxml's HTML parser gives up on a DOCTYPE with an internal subset; cutting it also guarantees
    that declared entities (external files, URLs, nested expansions) are never seen by a parser."""
    pos, n = 0, len(html)
    while pos < n:
        pos = _BLANK.match(html, pos).end()  # type: ignore[union-attr]  # matches the empty string
        if html.startswith("<?", pos):
            end = html.find("?>", pos + 2)
            pos = n if end < 0 else end + 2
        elif html.startswith("<!--", pos):
            end = html.find("-->", pos + 4)
            pos = n if end < 0 else end + 3
        elif html[pos : pos + 9].lower() == "<!doctype":
            end = html.find(">", pos)
            bracket = html.find("[", pos, end if end >= 0 else n)
            if bracket >= 0:  # internal subset: ends at "]>", its declarations may hold ">"
                m = _SUBSET.match(html, bracket) or _SUBSET_END.search(html, bracket)
                end = m.end() - 1 if m else end
            pos = n if end < 0 else end + 1
        else:
            break
    return html[pos:]


# ---------------------------------------------------------------- visible text

# Elements whose content is never visible text.
_HIDDEN: Final = frozenset(
    "script style noscript template svg math iframe object canvas select textarea title".split()
)
# Elements that start a new line of text (block-level and line-breaking ones).
_BLOCK: Final = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary "
    "table tbody thead tfoot tr ul caption option legend html head".split()
)
_CELL: Final = frozenset(("td", "th"))
# The next markup: a tag (group 1: "/" of an end tag, group 2: its name, group 3: its attributes up
# to the closing ">"), a comment, a declaration or a processing instruction. A "<" that starts none
# of these is text ("a < b"). As in a browser, a quote opens a value only after "=", and a ">"
# inside a quoted value does not close the tag. Possessive quantifiers: no backtracking, linear.
_MARKUP: Final = re.compile(
    r"""<(?:(/?)([A-Za-z][A-Za-z0-9:_-]{0,63})((?:[^>=]++|=\s*+"[^"]*+"|=\s*+'[^']*+'|=)*+>)?|!--|[!?])"""
)
_HIDDEN_END: Final = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in _HIDDEN}
_LINE_BREAK: Final = "\x00"  # never in the input (NUL is removed first)
_PUNCT_AFTER: Final = frozenset(",:;.!?)]}%\"'»”’")
_OPEN_BEFORE: Final = frozenset("([{\"'«“‘$")


def _needs_space(before: str, text: str) -> bool:
    """Whether text nodes split by a tag render apart: inline elements styled as blocks ("<strong>
    Headline</strong><em>Teaser</em>") must not glue words, "<a>link</a>." must not split a token."""
    return not (
        before[-1:].isspace()
        or before[-1:] in _OPEN_BEFORE
        or text[:1].isspace()
        or text[:1] in _PUNCT_AFTER
    )


def visible_text(html: str) -> tuple[str, str | None]:
    """The text a browser would show, one block per line, and the <title>: no tree is built.

    Linear in the input whatever the markup (unclosed comments, 100,000 nested tags, stray "<"):
    hidden elements are skipped, entities unescaped, block tags become line breaks."""
    html = strip_prolog(html.replace(_LINE_BREAK, ""))
    out: list[str] = [_LINE_BREAK]
    title: str | None = None
    no_close: set[str] = set()  # hidden elements without a closing tag after the current point
    after_tag = False  # a tag separates the next text from the previous one
    pos, n = 0, len(html)
    while pos < n:
        m = _MARKUP.search(html, pos)
        lt = n if m is None else m.start()
        if lt > pos:
            chunk = html[pos:lt]
            if after_tag and out[-1] != _LINE_BREAK and _needs_space(out[-1], chunk):
                out.append(" ")
            out.append(chunk)
            after_tag = False
        if m is None:
            break
        kind = m.group(0)
        if kind == "<!--":
            end = html.find("-->", lt + 4)
            pos = n if end < 0 else end + 3
            continue
        end = m.end() - 1 if m.group(3) else html.find(">", m.end())
        if end < 0:
            break  # an unterminated tag or declaration: the rest is inside it
        pos = end + 1
        name = (m.group(2) or "").lower()
        if name in _HIDDEN and not m.group(1) and name not in no_close and html[end - 1] != "/":
            close = _HIDDEN_END[name].search(html, pos)
            if close is None:
                no_close.add(name)  # keep the content visible rather than lose the page
            else:
                if name == "title" and title is None:
                    title = " ".join(htmllib.unescape(html[pos : close.start()]).split()) or None
                pos = close.end()
                continue
        if name in _BLOCK:
            out.append(_LINE_BREAK)
        elif name in _CELL:
            out.append(" ")
        after_tag = True
    if title:  # first line, as a browser's tab shows it: the headline the cleaner looks for
        out.insert(0, title + _LINE_BREAK)
    # unescape never yields NUL ("&#0;" is U+FFFD), so the line breaks survive it; newlines of
    # the source are plain whitespace in HTML
    lines = (" ".join(line.split()) for line in htmllib.unescape("".join(out)).split(_LINE_BREAK))
    return "\n".join(line for line in lines if line), title


# ---------------------------------------------------------------- trafilatura


def _parse_date(value: str | None) -> dt.date | None:
    """An ISO date string (YYYY-MM-DD...) as a date, else None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _trafilatura(html: str, *, url: str | None, favor_precision: bool, include_tables: bool) -> HtmlText:
    """trafilatura's main text, title and date; empty text when it fails or finds nothing."""
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
    except Exception:  # noqa: BLE001 - third-party parsing of hostile markup (lxml errors,
        # RecursionError, ValueError, ...): the page is then read by the visible-text path instead,
        # and HtmlText.extractor records which path produced the text
        return _EMPTY
    if doc is None:
        return _EMPTY
    return HtmlText(
        text=getattr(doc, "text", None) or "",
        title=(getattr(doc, "title", None) or "").strip() or None,
        published=_parse_date(getattr(doc, "date", None)),
        extractor="trafilatura",
    )


# ---------------------------------------------------------------- choice


def _covered(part: str, whole: str) -> float:
    """Share of part's words (with multiplicity) that whole also holds."""
    a, b = Counter(part.split()), Counter(whole.split())
    return sum((a & b).values()) / max(sum(a.values()), 1)


def _kept_part_only(extracted: str, block: str) -> bool:
    """True when trafilatura's text is a small part of the visible article block (or empty)."""
    n_extracted, n_block = len(extracted.split()), len(block.split())
    if n_block < FALLBACK_RATIO * n_extracted or n_block == 0:
        return False
    return n_extracted < MIN_ARTICLE_WORDS or _covered(extracted, block) >= FALLBACK_OVERLAP


def html_to_text(
    html: str,
    *,
    url: str | None = None,
    favor_precision: bool = True,
    include_tables: bool = True,
) -> HtmlText:
    """Main text, title and date of one HTML page; empty text when nothing could be extracted."""
    if not html or not html.strip():
        return _EMPTY
    html = strip_prolog(html[:MAX_HTML_CHARS].replace("\x00", ""))
    if html.count("<") > MAX_TREE_TAGS:
        found = _EMPTY
    else:
        found = _trafilatura(html, url=url, favor_precision=favor_precision, include_tables=include_tables)
    visible, page_title = visible_text(html)
    kept = HtmlText(found.text, found.title or page_title, found.published, found.extractor)
    if found.text and len(visible.split()) < FALLBACK_RATIO * len(found.text.split()):
        return kept  # the article block (a part of the visible text) cannot be long enough to win
    block = clean_text(visible, settings=VISIBLE_TEXT_SETTINGS)
    if _kept_part_only(found.text, block.text):
        return HtmlText(block.text, kept.title or block.title, found.published, "visible_text")
    return kept
