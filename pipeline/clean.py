"""Plain-text cleaning: every line of a scrape is kept as article body or removed with a reason.

Stages, in the order clean_text runs them:
  split      -> one _Line per non-blank raw line, with cheap features (words, ending, script)
  label      -> line-local kinds from data/boilerplate.toml, teaser lists after the article (a short
                list the article goes on after is an in-article box, removed but no end marker),
                site boilerplate, repeated lines, other-script lines, author bios
  block      -> the article is the contiguous run of lines with the best body score
                (max-sum subarray: long sentence-like lines score +, short or labelled lines -),
                reaching up over in-article boxes to the lead above them
  title      -> the first headline-like line before the block; its copies are `repeated_title`
  metadata   -> date from a byline/dateline (a yearless one takes the copyright year), else the
                copyright year; site name, body language
The title is returned apart and is NOT part of `text`: the body starts after the headline.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

from pipeline.datetext import date_in, day_month_in
from pipeline.langid import detect_language
from pipeline.schema import REMOVAL_REASONS

BOILERPLATE_PATH: Final = Path(__file__).parent / "data" / "boilerplate.toml"


@dataclass(frozen=True, slots=True)
class CleanSettings:
    """Every default of the cleaner; figures quoted are from bench/bench_clean.py."""

    # False for text a structural extractor already reduced to the article (htmltext): then no
    # block is searched and only lines some rule names are removed (AEB HTML path).
    main_block: bool = True
    # Drop second copies of a line (tables and recipe cards repeat lines legitimately, but
    # scrapes far more often repeat headlines, bylines and teasers).
    dedupe_lines: bool = True
    # Languages the caller codes; a body in another language is still cleaned and reported.
    target_languages: tuple[str, ...] = ("en",)
    # A line with at least this many words that ends like a sentence is body evidence.
    min_body_words: int = 12
    # Unpunctuated lines this long still count as half body evidence (lists, missing periods).
    long_open_words: int = 15
    # Score of a short or headline-like line: the article block may bridge a few of them
    # (sub-heads, "Advertisement") but not a navigation menu.
    short_penalty: float = 5.0
    # Score of a line some rule already labelled as boilerplate.
    label_penalty: float = 6.0
    # Score of an end-of-article marker (comments, teaser-list header, author bio): the block
    # never reaches across one.
    boundary_penalty: float = 40.0
    # Cap on one line's score, so one long teaser cannot pull a whole footer into the block.
    max_line_score: float = 50.0
    # A run after the headline copy is the article when it scores this share of the best run.
    after_title_share: float = 0.1
    # The n-th consecutive non-body line costs min(n, run_cap) times its penalty.
    run_cap: int = 3
    # A teaser list of at most this many lines that the article goes on after is an in-article
    # box, which the block may span (its lines are still removed).
    inline_box_lines: int = 10
    # The article's lead above such a box joins the block found below it when it scores this much
    # (two paragraphs): a box sits a few paragraphs into an article, so the longer part follows it.
    box_lead_score: float = 24.0
    # learn_site_boilerplate: a line is site boilerplate when this many documents of one
    # site carry it (FIELD_NOTES: lines shared by 2 pages of a site, F1 0.65 -> 0.845).
    site_min_docs: int = 2
    # The same for the group of documents without a site key (AEB: 2 beats 3 by 0.001 F1).
    corpus_min_docs: int = 2
    # Sentence-like lines of this many words are boilerplate only when this many documents carry
    # them AND at least this share of the group does: syndicated copies (deduplicated after
    # cleaning) share whole bodies, and must not lose their paragraphs here.
    long_line_words: int = 8
    long_line_min_docs: int = 4
    long_line_min_share: float = 0.2
    # Regexes see at most this many characters of a line (keeps worst cases linear and cheap).
    max_regex_chars: int = 300
    # A title is 2..max_title_words words, found among the first title_search_lines lines.
    max_title_words: int = 40
    # A headline of fewer words is taken only when no longer candidate comes before the body.
    title_min_words: int = 4
    title_search_lines: int = 40
    # A line is in another script when less than this share of its letters is in the document's
    # script; CJK text mixes in Latin product names, so there the bar is much lower.
    own_script_share: float = 0.5
    own_script_share_cjk: float = 0.1
    min_script_letters: int = 4
    # Author bios are recognised when the author's name line is at most this many lines above.
    bio_name_window: int = 6


@dataclass(frozen=True, slots=True)
class RemovedLine:
    line_no: int  # 1-based line number in the raw text passed to clean_text
    text: str  # the raw line
    reason: str  # one of schema.REMOVAL_REASONS


@dataclass(frozen=True, slots=True)
class CleanedText:
    text: str  # article body: kept lines, paragraphs separated by a blank line
    title: str | None  # headline
    removed: tuple[RemovedLine, ...]  # every non-blank raw line not in text nor the title
    published_date: dt.date | None  # from a byline/dateline, else a copyright year (Jan 1)
    published_date_source: str  # 'text' | 'inferred' (a byline's day, a copyright year) | 'copyright_year' | 'unknown'
    language: str  # ISO 639-1 of the cleaned body ('und' if empty)
    site_name: str | None  # publisher name found in the text (copyright line), else None


# ---------------------------------------------------------------- rules (loaded once)


@dataclass(frozen=True, slots=True)
class _Rule:
    reason: str
    max_words: int
    sentence_ok: bool
    boundary: bool


@dataclass(frozen=True, slots=True)
class _Rules:
    exact: Mapping[str, str]  # normalized line -> table name
    start: re.Pattern[str]  # one alternation, a named group per table
    anywhere: re.Pattern[str]
    by_group: Mapping[str, _Rule]  # regex group name -> rule
    spam: re.Pattern[str]
    # A line must contain one of these words (normalized) or symbols before `anywhere` is searched.
    trigger_words: frozenset[str]
    trigger_symbols: tuple[str, ...]
    anywhere_max_words: int  # longest line an `anywhere` pattern may label


_PUNCT = re.compile(r"[^\w\s]+")
_DIGIT = re.compile(r"\d")
# ASCII plus the typography news pages mix into it (curly quotes, dashes, nbsp, ©, ™): 94 % of
# AEB and seed lines. For these characters every step of normalize_line acts on one character at
# a time, so a byte table does all of it (20x faster than NFKC + casefold + two regex subs).
_TYPOGRAPHY: Final = "\u00a0\u00a9\u00ab\u00ae\u00b7\u00bb\u200b\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2122"
_NOT_TYPOGRAPHY = re.compile(f"[^\x00-\x7f{_TYPOGRAPHY}]")


def _normalize_slow(line: str) -> str:
    """normalize_line for any text, before the final whitespace squeeze."""
    text = unicodedata.normalize("NFKC", line).casefold()
    return _DIGIT.sub("0", _PUNCT.sub(" ", text))


# Each ASCII character normalizes to one ASCII character; typography normalizes to blanks ("?"
# below, which is punctuation) except the few spelled with letters ("™" -> "tm").
_ASCII_KEY: Final = bytes(ord(_normalize_slow(chr(i))) for i in range(128)) + bytes(range(128, 256))
_TYPOGRAPHY_SPELLED: Final = tuple(
    (ch, _normalize_slow(ch).strip()) for ch in _TYPOGRAPHY if _normalize_slow(ch).strip()
)


def _is_plain(text: str) -> bool:
    """Only ASCII and common typography: the fast paths of normalize_line and the script check."""
    return text.isascii() or _NOT_TYPOGRAPHY.search(text) is None


def _key_words(line: str, *, plain: bool) -> list[str]:
    """The words of normalize_line(line); plain: _is_plain(line), already known to the caller."""
    if line.isascii():
        text = line.encode("ascii").translate(_ASCII_KEY).decode("ascii")
    elif plain:
        for ch, spelled in _TYPOGRAPHY_SPELLED:
            line = line.replace(ch, spelled)
        text = line.encode("ascii", "replace").translate(_ASCII_KEY).decode("ascii")
    else:
        text = _normalize_slow(line)
    return text.split()


def normalize_line(line: str) -> str:
    """NFKC, casefolded, punctuation dropped, digits -> 0, single spaces: the key of site_lines."""
    return " ".join(_key_words(line, plain=_is_plain(line)))


def _lowercase_only(pattern: str) -> bool:
    """True when a regex has no upper-case literal (escapes such as \\d and group names aside)."""
    bare = re.sub(r"\\.|\(\?P<\w+>", "", pattern)
    return bare == bare.lower()


def _alternation(named: Sequence[tuple[str, Sequence[str]]]) -> re.Pattern[str]:
    """One compiled regex with a named group per rule table; never matches when empty.

    Case-sensitive, matched against lower-cased lines: the regex engine then skips an alternative
    on its first literal character, which it cannot do under IGNORECASE (3x faster here)."""
    parts = [f"(?P<{name}>{'|'.join(pats)})" for name, pats in named if pats]
    return re.compile("|".join(parts) or r"(?!x)x")


def _load_rules(path: Path) -> _Rules:
    """Read boilerplate.toml into one exact-line table and two combined regexes."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    exact: dict[str, str] = {}
    start: list[tuple[str, Sequence[str]]] = []
    anywhere: list[tuple[str, Sequence[str]]] = []
    by_group: dict[str, _Rule] = {}
    spam: Sequence[str] = ()
    triggers: set[str] = set()
    for table, spec in data.items():
        triggers.update(t.casefold() for t in spec.get("triggers", []))
        if spec.get("anywhere") and not spec.get("triggers") and table != "spam":
            raise ValueError(f"{path}: table {table!r} has `anywhere` patterns but no `triggers`")
        if table == "spam":
            spam = spec.get("anywhere", [])
            if not all(map(_lowercase_only, spam)):
                raise ValueError(f"{path}: table 'spam': write patterns in lower case")
            continue
        reason = spec.get("reason", table)
        if reason not in REMOVAL_REASONS:
            raise ValueError(f"{path}: table {table!r} has unknown removal reason {reason!r}")
        by_group[table] = _Rule(
            reason,
            int(spec.get("max_words", 30)),
            bool(spec.get("sentence_ok", True)),
            bool(spec.get("boundary", False)),
        )
        for line in spec.get("lines", []):
            exact.setdefault(normalize_line(line), table)
        for pattern in [*spec.get("start", []), *spec.get("anywhere", [])]:
            if not _lowercase_only(pattern):
                raise ValueError(f"{path}: table {table!r}: write pattern {pattern!r} in lower case")
        start.append((table, spec.get("start", [])))
        anywhere.append((table, spec.get("anywhere", [])))
    return _Rules(
        exact=exact,
        start=_alternation(start),
        anywhere=_alternation(anywhere),
        by_group=by_group,
        spam=re.compile("|".join(spam) or r"(?!x)x"),
        trigger_words=frozenset(t for t in triggers if normalize_line(t) == t),
        trigger_symbols=tuple(sorted(t for t in triggers if normalize_line(t) != t)),
        anywhere_max_words=max((by_group[t].max_words for t, pats in anywhere if pats), default=0),
    )


_RULES: Final = _load_rules(BOILERPLATE_PATH)

# For the output of pipeline.htmltext: trafilatura already cut the page down to the article.
# Repeated lines there are tables and Q&A blocks, not re-printed headlines (AEB: 0.959 -> 0.962).
EXTRACTED_TEXT_SETTINGS: Final = CleanSettings(main_block=False, dedupe_lines=False)

# Scripts by code-point ranges: a cheap per-line check, no per-line language model.
_SCRIPTS: Final = (
    ("latin", re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+")),
    ("cyrillic", re.compile(r"[\u0400-\u052F]+")),
    ("greek", re.compile(r"[\u0370-\u03FF]+")),
    ("arabic", re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+")),
    ("hebrew", re.compile(r"[\u0590-\u05FF]+")),
    ("indic", re.compile(r"[\u0900-\u0DFF]+")),
    ("thai", re.compile(r"[\u0E00-\u0E7F]+")),
    ("cjk", re.compile(r"[\u1100-\u11FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF]+")),
)
_CJK = _SCRIPTS[-1][1]
_SCRIPT_RX: Final = dict(_SCRIPTS)
_ASCII_NON_LETTERS: Final = bytes(b for b in range(128) if not chr(b).isalpha())
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = frozenset(".!?。！？;")
_CLOSERS = "\"'”’»)]*"
# Frequent English function words: a body where they make up a third of the tokens is English
# without running the language model (keeps clean_text above 3,000 docs/s).
_EN_SAMPLE_CHARS: Final = 1500  # about 250 words: plenty for a share of function words
_EN_STOP: Final = frozenset(
    "the of and to a in is that for on with as was it by at from he said his are be has have "
    "not this an but were they which who their its had will been would".split()
)
_DATE_WORDS: Final = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december mon monday tue tues tuesday wed wednesday "
    "thu thur thurs thursday fri friday sat saturday sun sunday am pm a m p m et est edt ct cst "
    "cdt pt pst pdt gmt utc bst cet cest ist msk z t at on of updated published posted modified "
    "last first date time by".split()
)
_COMMENT_VERB = re.compile(r"\b(?:says|said|wrote|writes|commented|replied|dice|disse|sagt|schreibt|dit|a écrit|yazdı|пишет|написал)\s?:?\s*$", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
# "Jane Doe", "J. R. Smith", "Anne-Marie O'Neil": two to four capitalised words, no digits.
_PERSON_NAME = re.compile(r"[A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20}){1,3}")
_NAME_STARTERS: Final = frozenset("The A An In On At Of For From By To With Our Your This That More".split())
_BIO_VERB = re.compile(r",? (?:is|was|has been|serves as) (?:an?|the|one of)\b|, (?:an?|the) ")
_TITLE_SEPARATORS: Final = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ")
# Separators of a menu bar's items.
_MENU_SEPARATORS: Final = ("|", "•", "·", "›", "»", "/")
_MENU_SPLIT: Final = re.compile(r"\s[|•·›»/]\s|\s?[|•·›»]\s?")


# ---------------------------------------------------------------- line features


@dataclass(slots=True)
class _Line:
    no: int  # 1-based raw line number
    raw: str  # the raw line as given
    text: str  # stripped, NUL removed: what goes into the body
    key: str  # normalize_line(text)
    units: int  # words, or CJK characters / 2 for unspaced scripts
    ending: str  # 'sentence' | 'truncated' | 'open'
    script: str | None  # main script of the line's letters, None without letters
    script_share: float  # share of the letters in that script
    letters: int
    trigger_word: bool  # holds one of the trigger words of the `anywhere` patterns
    reason: str | None = None
    boundary: bool = False  # labelled as an end-of-article marker
    in_box: bool = False  # a line of a teaser box inside the article (see _label_teasers)


def _ending(text: str) -> str:
    """How a line ends: like a sentence, cut off with an ellipsis (teasers), or open."""
    tail = text.rstrip(_CLOSERS)
    if tail.endswith(("…", "...")):
        return "truncated"
    return "sentence" if tail and tail[-1] in _SENTENCE_END else "open"


def _script_profile(sample: str, *, plain: bool) -> tuple[str | None, float, int, int]:
    """Main script of a line, its share of the letters, the letter count and the CJK count."""
    if plain:
        # ASCII plus curly quotes and dashes: count the ASCII letters in C
        raw = sample.encode("ascii", "ignore")
        n = len(raw.translate(None, _ASCII_NON_LETTERS))
        return ("latin", 1.0, n, 0) if n else (None, 0.0, 0, 0)
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return None, 0.0, 0, 0
    latin = sum(map(len, _SCRIPTS[0][1].findall(sample)))
    if 2 * latin >= letters:  # most lines of Latin-script pages: one regex is enough
        return "latin", latin / letters, letters, 0
    counts = {name: sum(map(len, rx.findall(sample))) for name, rx in _SCRIPTS}
    name, best = max(counts.items(), key=lambda kv: kv[1])
    if best == 0:
        return "other", 1.0, letters, 0
    return name, best / max(letters, best), letters, counts["cjk"]


def _make_line(no: int, raw: str, *, settings: CleanSettings) -> _Line:
    """Features of one non-blank raw line."""
    text = raw.replace("\x00", "").strip()
    words = len(text.split())
    plain = _is_plain(text)
    script, share, letters, cjk = _script_profile(text[: settings.max_regex_chars * 4], plain=plain)
    units = max(words, cjk // 2)
    key_words = _key_words(text, plain=plain)
    triggered = not _RULES.trigger_words.isdisjoint(key_words)
    return _Line(no, raw, text, " ".join(key_words), units, _ending(text), script, share, letters, triggered)


def _split(raw: str, *, settings: CleanSettings) -> list[_Line]:
    """Non-blank raw lines (split on \\n only, as the gold line numbers are) with features."""
    return [
        _make_line(no, line, settings=settings)
        for no, line in enumerate(raw.split("\n"), 1)
        if line.strip()
    ]


def _is_sentence(line: _Line) -> bool:
    """More than four words and a sentence ending: prose, not a widget label."""
    return line.units > 4 and line.ending == "sentence"


# ---------------------------------------------------------------- labelling


def _pattern_rule(line: _Line, *, settings: CleanSettings) -> _Rule | None:
    """The boilerplate.toml rule one line matches, or None."""
    table = _RULES.exact.get(line.key)
    if table is not None:
        return _RULES.by_group[table]
    head = line.text[: settings.max_regex_chars].lower()
    rule = _matched_rule(_RULES.start.match(head), line)
    if rule is not None or line.units > _RULES.anywhere_max_words:
        return rule
    # The unanchored regex is costly (every branch at every position): run it only on lines
    # holding one of its trigger words (or symbols such as ©).
    if not line.trigger_word and not any(sym in head for sym in _RULES.trigger_symbols):
        return None
    return _matched_rule(_RULES.anywhere.search(head), line)


def _matched_rule(m: re.Match[str] | None, line: _Line) -> _Rule | None:
    """The rule of a regex match, unless the line is too long or too sentence-like for it."""
    if m is None or m.lastgroup is None:
        return None
    rule = _RULES.by_group[m.lastgroup]
    if line.units <= rule.max_words and (rule.sentence_ok or not _is_sentence(line)):
        return rule
    return None


def _is_menu(text: str) -> bool:
    """A menu bar: four or more items of one to three words between separators ("World | Europe | Politics |
    Business"); a headline with its site ("Poland expels envoy | World | Reuters") has a longer first item."""
    if not any(sep in text for sep in _MENU_SEPARATORS) or len(text) > 300 or text.startswith("|"):
        return False  # a table row ("| 1 | Kyle Busch | 5040 |") starts with its separator
    items = [x.strip() for x in _MENU_SPLIT.split(text)]
    items = [x for x in items if x]
    return (len(items) >= 4 and all(len(x.split()) <= 3 and not x.endswith((".", "!", "?")) for x in items)
            and sum(any(ch.isdigit() for ch in x) for x in items) <= 1)  # menus name sections, tables count


def _is_date_only(key: str) -> bool:
    """A dateline: only dates, times and words like "updated", "at" (normalized key)."""
    if "0" not in key or key.count(" ") >= 14:
        return False  # no digit (all are 0 in a key), or more than 14 tokens
    tokens = key.split()
    digits = 0
    for tok in tokens:
        if tok.isdigit() or tok.rstrip("stndrh").isdigit():
            digits += 1
        elif tok not in _DATE_WORDS:
            return False
    return digits > 0


def _label_patterns(lines: Sequence[_Line], *, settings: CleanSettings) -> None:
    """Line-local kinds: cookie banners, widgets, bylines, datelines, captions, copyright, ..."""
    for line in lines:
        if not line.text or line.letters == 0:
            line.reason = "short_fragment"  # only digits and punctuation: ".", "|", "12"
            continue
        rule = _pattern_rule(line, settings=settings)
        if rule is not None:
            line.reason, line.boundary = rule.reason, rule.boundary
        elif _is_date_only(line.key):
            line.reason = "byline"
        elif _is_menu(line.text):
            line.reason = "navigation"


def _first_body_index(lines: Sequence[_Line], *, settings: CleanSettings) -> int:
    """Index of the first unlabelled sentence-like line of body length (len(lines) if none)."""
    for i, line in enumerate(lines):
        if line.reason is None and line.ending == "sentence" and line.units >= settings.min_body_words:
            return i
    return len(lines)


def _is_pointer_header(line: _Line) -> bool:
    """"More:", "Read more:", "See also:" alone on a line: the headlines of other stories follow."""
    return line.reason == "read_more" and line.units <= 3 and line.text.endswith(":")


def _label_teasers(lines: Sequence[_Line], *, settings: CleanSettings) -> None:
    """After the article has started, a "Related posts" header opens a teaser list.

    A short list that the article goes on after is an in-article box ("Related", three headlines,
    then the next paragraph): its lines stay labelled but are no end-of-article marker, so the
    article block may reach across the box when enough prose lies on its other side.
    """
    box: list[_Line] = []
    header_last = False
    for i in range(_first_body_index(lines, settings=settings), len(lines)):
        line = lines[i]
        if (line.reason == "related_posts" and line.boundary) or _is_pointer_header(line):
            box.append(line)
            header_last = True
            continue
        if not box:
            continue
        if line.reason is None and _is_paragraph(line, settings=settings) \
                and not _summary_in_list(lines, i, settings=settings):
            # A header right before the sentence introduces it ("Most Read", then headlines with
            # their summaries): only a box whose teasers came after its header is in the article.
            # A byline or dateline in it is the next story's (an endless page).
            if (len(box) <= settings.inline_box_lines and not header_last
                    and not any(boxed.reason == "byline" for boxed in box)):
                for boxed in box:
                    boxed.boundary, boxed.in_box = False, True
            box = []  # the article goes on after an in-article box
            continue
        line.reason = line.reason or "related_posts"
        line.boundary = True
        box.append(line)
        header_last = False


def _summary_in_list(lines: Sequence[_Line], i: int, *, settings: CleanSettings) -> bool:
    """True when the paragraph at i is one teaser's summary: a headline before it and another headline and
    summary after it ("Most Read", headline, summary, headline, summary, ...)."""
    def short(k: int) -> bool:
        return 0 <= k < len(lines) and not _is_paragraph(lines[k], settings=settings)

    return short(i - 1) and short(i + 1) and i + 2 < len(lines) and _is_paragraph(lines[i + 2], settings=settings)


def _is_comment_meta(lines: Sequence[_Line], i: int) -> bool:
    """"jdoe says:" / "Jane on May 1, 2019 at 4:47 pm said:": the header of one reader comment."""
    line = lines[i]
    if line.units > 14 or line.ending == "sentence" or not _COMMENT_VERB.search(line.text[-24:]):
        return False
    if _CLOCK.search(line.text):
        return True
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and nxt.reason in ("byline", "relative_time")


def _label_comments(lines: Sequence[_Line], *, settings: CleanSettings) -> None:
    """Reader comments after the article: their headers, and everything after a comments header."""
    start = _first_body_index(lines, settings=settings)
    metas = [i for i in range(start + 1, len(lines)) if _is_comment_meta(lines, i)]
    for i in metas:
        lines[i].reason, lines[i].boundary = "comment_form", True
    if not metas:
        return
    for i in range(start + 1, metas[0] + 1):
        if lines[i].reason == "comment_form" and lines[i].boundary and metas[0] - i <= 10:
            for line in lines[i + 1 :]:
                line.reason = line.reason or "comment_form"
                line.boundary = True
            return


def _label_site(lines: Sequence[_Line], site_lines: frozenset[int], *, settings: CleanSettings) -> None:
    """Lines that recur across documents of the same site (``site_lines`` holds their ``line_hash``).

    When every paragraph-like line of a document recurs, the document is itself the recurring text
    (a syndicated copy, deduplicated later), not boilerplate: its paragraphs then stay."""
    if not site_lines:
        return
    open_lines = [line for line in lines if line.reason is None]
    recurs = [line_hash(line.key) in site_lines for line in open_lines]
    hits = [line for line, r in zip(open_lines, recurs, strict=True) if r]
    if not hits:
        return
    own_body = any(
        not r and _is_paragraph(line, settings=settings) for line, r in zip(open_lines, recurs, strict=True)
    )
    for line in hits:
        if own_body or not _is_paragraph(line, settings=settings):
            line.reason = "site_boilerplate"


def _is_paragraph(line: _Line, *, settings: CleanSettings) -> bool:
    """A body-length line ending like a sentence."""
    return line.ending == "sentence" and line.units >= settings.min_body_words


def _label_duplicates(lines: Sequence[_Line]) -> None:
    """Second and later copies of a line inside one document."""
    seen: set[str] = set()
    for line in lines:
        if not line.key:
            continue
        if line.key in seen and line.reason is None:
            line.reason = "duplicate_line"
        seen.add(line.key)


def _dominant_script(lines: Sequence[_Line], *, settings: CleanSettings) -> str | None:
    """The script of most letters in body-like lines (all unlabelled lines if none)."""
    counts: Counter[str] = Counter()
    for line in lines:
        if line.reason is None and line.script and line.units >= settings.min_body_words:
            counts[line.script] += line.letters
    if not counts:
        for line in lines:
            if line.reason is None and line.script:
                counts[line.script] += line.letters
    return counts.most_common(1)[0][0] if counts else None


def _label_other_script(lines: Sequence[_Line], script: str | None, *, settings: CleanSettings) -> None:
    """Lines mostly in another script than the document: spam if they sell something."""
    if script is None:
        return
    rx = _SCRIPT_RX.get(script)
    bar = settings.own_script_share_cjk if script == "cjk" else settings.own_script_share
    for line in lines:
        if line.reason is not None or line.script in (None, script) or line.letters < settings.min_script_letters:
            continue
        sample = line.text[: settings.max_regex_chars * 4]
        own = sum(map(len, rx.findall(sample))) if rx is not None else 0
        if own < bar * line.letters:
            spammy = _RULES.spam.search(line.text[: settings.max_regex_chars].lower())
            line.reason = "spam" if spammy else "other_language"


def _label_bios(lines: Sequence[_Line], *, settings: CleanSettings) -> None:
    """"Jane Doe is a writer..." right below a "Jane Doe" line, after the article has started."""
    start = _first_body_index(lines, settings=settings)
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if line.reason is not None:
            continue
        for prev in lines[max(start, i - settings.bio_name_window) : i]:
            name = prev.text
            if (
                line.text.startswith(name)  # cheapest test first: almost always False
                and _PERSON_NAME.fullmatch(name[:80])
                and name.split(" ", 1)[0] not in _NAME_STARTERS
            ):
                if _BIO_VERB.match(line.text, len(name)):
                    line.reason = "author_bio"
                    break


# ---------------------------------------------------------------- article block


def _titlecase_share(text: str) -> float:
    """Share of words starting with an upper-case letter (menus and headlines are high)."""
    words = text.split()[:40]
    if not words:
        return 0.0
    return sum(1 for w in words if w[:1].isupper()) / len(words)


def _line_score(line: _Line, *, settings: CleanSettings) -> float:
    """Body evidence of one line: positive for prose, negative for widgets and menus."""
    if line.boundary:
        return -settings.boundary_penalty
    if line.reason is not None:
        return -settings.label_penalty
    if line.ending == "truncated" and line.units < 3 * settings.min_body_words:
        return -settings.short_penalty  # teaser excerpt cut off with an ellipsis
    if line.ending == "sentence":
        if line.units >= settings.min_body_words:
            return min(float(line.units), settings.max_line_score)
        if line.units >= 5:
            return 0.5
        return -settings.short_penalty / 2
    if line.units >= settings.long_open_words and _titlecase_share(line.text) < 0.6:
        return min(line.units / 2, settings.max_line_score)
    return -settings.short_penalty


def _best_run(scores: Sequence[float], lo: int, hi: int) -> tuple[int, int, float]:
    """Max-sum run [start, end) of scores[lo:hi]; ties keep the longest; (lo, lo, 0) if none."""
    best = (lo, lo, 0.0)
    cur, cur_start = 0.0, lo
    for i in range(lo, hi):
        if cur < 0:
            cur, cur_start = 0.0, i
        cur += scores[i]
        if cur > 0 and cur >= best[2]:
            best = (cur_start, i + 1, cur)
    return best


def _article_block(lines: Sequence[_Line], *, after: int, settings: CleanSettings) -> tuple[int, int]:
    """The best-scoring run of lines [start, end), preferring one after the in-page headline."""
    scores = [_line_score(line, settings=settings) for line in lines]
    # Runs of non-body lines cost more the longer they get: an isolated sub-head between two
    # paragraphs is cheap to bridge, a menu of twenty links is not.
    run = 0
    for i, score in enumerate(scores):
        run = run + 1 if score <= 0 else 0
        if run > 1:
            scores[i] = score * min(run, settings.run_cap)
    start, end, total = _best_run(scores, 0, len(scores))
    if after > 0:
        # The article follows its headline: a good run after the headline copy wins over a
        # slightly better one above it (teasers and menus above the headline).
        s, e, t = _best_run(scores, after, len(scores))
        if t >= settings.after_title_share * total:
            start, end, total = s, e, t
    if total <= 0:
        return len(lines), len(lines)
    return _lead_above_boxes(lines, scores, start, lo=after, settings=settings), end


def _lead_above_boxes(lines: Sequence[_Line], scores: Sequence[float], start: int, *, lo: int, settings: CleanSettings) -> int:
    """The block's start moved up over in-article teaser boxes to the article's lead above them.

    Below the headline (index lo), the non-body lines right above the block must hold a box, and
    above them the lead must be prose: body lines with at most single non-body lines between them
    (a sub-head, a caption), scoring at least box_lead_score. The box and any unlabelled line
    beside it (headlines printed before its header) are removed as teasers.
    """
    while True:
        gap = start
        while gap > lo and start - gap < 2 * settings.inline_box_lines and scores[gap - 1] <= 0 and not lines[gap - 1].boundary:
            gap -= 1
        if not any(line.in_box for line in lines[gap:start]):
            return start
        lead, total = gap, 0.0
        while lead > lo and not lines[lead - 1].boundary:
            if scores[lead - 1] > 0:
                total += scores[lead - 1]
            elif lead - 1 == lo or scores[lead - 2] <= 0:
                break
            lead -= 1
        while lead < gap and scores[lead] <= 0:
            lead += 1
        if total < settings.box_lead_score:
            return start
        for line in lines[gap:start]:
            line.reason = line.reason or "related_posts"
        start = lead


# ---------------------------------------------------------------- title


def _headline_like(line: _Line, *, settings: CleanSettings) -> bool:
    """2..max_title_words words with letters, not ending like a running sentence."""
    return (
        2 <= line.units <= settings.max_title_words
        and line.letters >= 4
        and not line.text.rstrip(_CLOSERS).endswith((".", ",", ";", "…", "..."))
    )


def _title_core(text: str) -> str:
    """The longest part of a title split at site separators ("Headline - Site" -> "Headline")."""
    parts = [text]
    for sep in _TITLE_SEPARATORS:
        parts = [p for part in parts for p in part.split(sep)]
    return max(parts, key=len).strip()


def _find_title(lines: Sequence[_Line], first_body: int, *, settings: CleanSettings) -> int | None:
    """Index of the headline: the first headline-like unlabelled line before the first paragraph, passing over
    shorter ones ("Live updates", "Europe news") to one of at least title_min_words words when there is one."""
    found = [i for i in range(min(first_body, settings.title_search_lines))
             if lines[i].reason is None and _headline_like(lines[i], settings=settings)]
    return next((i for i in found if lines[i].units >= settings.title_min_words), found[0] if found else None)


def _label_title_copies(lines: Sequence[_Line], title_idx: int) -> tuple[int, int]:
    """Copies of the title (also without its site suffix) become `repeated_title`; returns the index
    of the line to report as title (the copy without site name) and of the last copy above the body."""
    title = lines[title_idx]
    core_key = normalize_line(_title_core(title.text))
    keys = {title.key}
    if len(core_key.split()) >= 3:
        keys.add(core_key)
    best = last = title_idx
    for i, line in enumerate(lines):
        if i == title_idx or line.key not in keys:
            continue
        if line.reason in (None, "duplicate_line", "site_boilerplate"):
            line.reason = "repeated_title"
            if last == title_idx:
                last = i
            if line.key == core_key and len(line.text) < len(lines[best].text):
                best = i
    if best != title_idx:
        lines[title_idx].reason = "repeated_title"
        lines[best].reason = None
    return best, last


def _label_known_title(lines: Sequence[_Line], title: str) -> int:
    """Copies of a known headline become `repeated_title`; returns the index after the last one."""
    key = normalize_line(title)
    keys = {key, normalize_line(_title_core(title))} - {""}
    after = 0
    for i, line in enumerate(lines):
        if line.key in keys:
            line.reason = "repeated_title"
            after = i + 1
    return after


# ---------------------------------------------------------------- metadata

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
_COPYRIGHT_LEAD = re.compile(r"(?:©|\(c\)|copyright|\d{4}|[\s,.:;\-–—])+", re.IGNORECASE)
_NAME_STOPS: Final = (". ", " all rights", " todos os", " todos los", " alle rechte", " tous droits", "|", " - ", " – ", " — ", "•")


# A line this short near the top may be a date line in any format; in a longer one (the lead), only a date written out
# ("June 28, 2024", "2024-06-28") is taken, not "17/07/2014".
_BYLINE_WORDS: Final = 12


def _published_date(
    lines: Sequence[_Line], block: tuple[int, int], *, settings: CleanSettings
) -> tuple[dt.date | None, str]:
    """A byline/dateline date near the top or inside the article, else a byline's day and month in the latest
    copyright year ('inferred'), else that year, else unknown.

    A byline after the article belongs to another story (a teaser, the next article of an endless page).
    """
    first_body, end = block
    while end < len(lines) and lines[end].reason in ("byline", None):
        end += 1  # the article's own date line may close it ("Published on ..."), before any teaser
    bylines: list[str] = []
    for i, line in enumerate(lines[:max(end, first_body + 3)]):
        near_top = i <= first_body + 2
        if (near_top and line.reason not in ("spam", "other_language", "related_posts")) or line.reason == "byline":
            short = line.reason == "byline" or len(line.text.split()) <= _BYLINE_WORDS
            found = date_in(line.text[: settings.max_regex_chars], numeric=short)
            if found is not None:
                return found, "text"
            if line.reason == "byline":  # (not a headline or menu: "Biden and Xi to meet on Nov 15")
                bylines.append(line.text[: settings.max_regex_chars])
    years = [
        int(y)
        for line in lines
        if line.reason == "copyright"
        for y in _YEAR.findall(line.text[: settings.max_regex_chars])
    ]
    today = dt.date.today()
    if not years or max(years) > today.year:
        return None, "unknown"
    latest = max(years)
    for text in bylines:
        day_month = day_month_in(text)
        if day_month is not None:
            # "Posted Dec 28" under a copyright line of the new year is last year's.
            for year in (latest, latest - 1):
                try:
                    found = dt.date(year, day_month[1], day_month[0])
                except ValueError:
                    continue  # (Feb 29 in a year without it)
                if found <= today:
                    return found, "inferred"
    return dt.date(latest, 1, 1), "copyright_year"


def _copyright_holder(text: str) -> str | None:
    """Publisher named in a copyright line ("© 2022 Example News. All rights reserved.")."""
    m = _COPYRIGHT_MARK.search(text)
    if m is None:
        return None
    rest = text[m.start() :]
    lead = _COPYRIGHT_LEAD.match(rest)
    rest = rest[lead.end() :] if lead else rest
    low = rest.casefold()
    cut = min((i for i in (low.find(s) for s in _NAME_STOPS) if i >= 0), default=len(rest))
    name = rest[:cut].strip(" ,.;:-–—")
    if not name or len(name.split()) > 8 or not any(ch.isalpha() for ch in name):
        return None
    return name


def _site_name(lines: Sequence[_Line], *, settings: CleanSettings) -> str | None:
    """Publisher name from the first copyright line that names one."""
    for line in lines:
        if line.reason == "copyright":
            name = _copyright_holder(line.text[: settings.max_regex_chars])
            if name:
                return name
    return None


def _body_language(text: str) -> str:
    """ISO 639-1 of the body; English by function words when obvious, else the language model."""
    if not text.strip():
        return "und"
    tokens = text[:_EN_SAMPLE_CHARS].lower().split()
    if tokens and sum(map(_EN_STOP.__contains__, tokens)) / len(tokens) >= 0.25:
        return "en"
    return detect_language(text)[0]


# ---------------------------------------------------------------- outside the article


def _label_outside(lines: Sequence[_Line], block: tuple[int, int], *, title_idx: int | None, settings: CleanSettings) -> None:
    """Lines outside the article block: menus before it, teasers and footers after it.

    A paragraph whose first copy is outside the block and whose second is inside it (a standfirst
    above the byline, repeated as the lead) keeps the copy inside instead of losing both.
    """
    start, end = block
    outside: set[str] = set()
    for i, line in enumerate(lines):
        if start <= i < end or i == title_idx or line.reason is not None:
            continue
        if i < start:
            line.reason = "navigation"
        elif line.units >= 4:
            line.reason = "related_posts"
        else:
            line.reason = "navigation"
        if _is_paragraph(line, settings=settings):
            outside.add(line.key)
    for line in lines[start:end]:
        if line.reason == "duplicate_line" and line.key in outside:
            line.reason = None
            outside.discard(line.key)


def _label_fragments(lines: Sequence[_Line]) -> None:
    """Inside the article: single tokens that are no words ("ttn-23", an image file name)."""
    for line in lines:
        if line.reason is not None or line.units != 1:
            continue
        token = line.text
        if "://" in token or token.startswith("www.") or "@" in token:
            continue  # a URL or handle printed in the article is content
        has_digit = any(ch.isdigit() for ch in token)
        if (has_digit and any(ch.isalpha() for ch in token)) or token.islower():
            line.reason = "short_fragment"


# ---------------------------------------------------------------- public API


def clean_text(
    raw: str,
    *,
    site_lines: frozenset[int] = frozenset(),
    settings: CleanSettings = CleanSettings(),
    title: str | None = None,
) -> CleanedText:
    """Article body, title and metadata of one plain-text scrape; every dropped line with a reason.

    `title` is a headline already known (HTML metadata): its copies in the text are removed and it
    is returned as the title instead of one found in the text.
    """
    lines = _split(raw or "", settings=settings)
    _label_patterns(lines, settings=settings)
    _label_teasers(lines, settings=settings)
    _label_comments(lines, settings=settings)
    _label_site(lines, site_lines, settings=settings)
    if settings.dedupe_lines:
        _label_duplicates(lines)
    _label_other_script(lines, _dominant_script(lines, settings=settings), settings=settings)
    _label_bios(lines, settings=settings)
    anchor, title_idx = 0, None
    if title is not None:
        anchor = _label_known_title(lines, title)
    else:
        title_idx = _find_title(lines, _first_body_index(lines, settings=settings), settings=settings)
    if title_idx is not None:
        title_idx, copy_idx = _label_title_copies(lines, title_idx)
        anchor = max(title_idx, copy_idx) + 1
    if settings.main_block:
        block = _article_block(lines, after=anchor, settings=settings)
    else:
        block = (0, len(lines))
    _label_outside(lines, block, title_idx=title_idx, settings=settings)
    _label_fragments(lines)
    date, date_source = _published_date(lines, block, settings=settings)
    kept = [ln.text for i, ln in enumerate(lines) if ln.reason is None and i != title_idx]
    body = "\n\n".join(kept)
    removed = tuple(
        RemovedLine(ln.no, ln.raw, ln.reason) for i, ln in enumerate(lines) if ln.reason is not None and i != title_idx
    )
    if title is None and title_idx is not None:
        title = lines[title_idx].text
    return CleanedText(
        text=body,
        title=(title or "").strip() or None,
        removed=removed,
        published_date=date,
        published_date_source=date_source,
        language=_body_language(body),
        site_name=_site_name(lines, settings=settings),
    )


def line_hash(key: str) -> int:
    """Stable 64-bit hash of a normalized line (``normalize_line``): how site boilerplate is counted and looked up."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


@dataclass(frozen=True, slots=True)
class SiteLineCounts:
    """Per site: documents seen, and per recurring-line candidate its ``line_hash`` (unique, uint64), the
    number of documents containing it (int64) and whether it reads as a long sentence (bool).
    Counts of separate batches add up (``merge_site_line_counts``), so a new batch is counted alone."""

    n_docs: dict[str | None, int]
    lines: dict[str | None, tuple[np.ndarray, np.ndarray, np.ndarray]]


def count_site_lines(docs: Iterable[tuple[str | None, str]], *, settings: CleanSettings = CleanSettings()) -> SiteLineCounts:
    """(site_key, raw_text) pairs -> per site, in how many documents each normalized line occurs."""
    doc_freq: dict[str | None, Counter[int]] = defaultdict(Counter)
    long_keys: dict[str | None, set[int]] = defaultdict(set)
    n_docs: Counter[str | None] = Counter()
    for site, raw in docs:
        n_docs[site] += 1
        keys: set[int] = set()
        for line in (raw or "").split("\n"):
            text = line.replace("\x00", "").strip()
            if not text:
                continue
            key = normalize_line(text)
            if not key:
                continue
            h = line_hash(key)
            keys.add(h)
            if len(key.split()) >= settings.long_line_words and _ending(text) == "sentence":
                long_keys[site].add(h)
        doc_freq[site].update(keys)
    lines: dict[str | None, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for site, counts in doc_freq.items():
        hashes = np.fromiter(counts.keys(), dtype=np.uint64, count=len(counts))
        n = np.fromiter(counts.values(), dtype=np.int64, count=len(counts))
        order = np.argsort(hashes)
        longs = long_keys[site]
        lines[site] = (hashes[order], n[order], np.array([int(h) in longs for h in hashes[order]], dtype=bool))
    return SiteLineCounts(dict(n_docs), lines)


def merge_site_line_counts(parts: Iterable[SiteLineCounts]) -> SiteLineCounts:
    """Counts of several batches as one."""
    n_docs: Counter[str | None] = Counter()
    pieces: dict[str | None, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = defaultdict(list)
    for part in parts:
        n_docs.update(part.n_docs)
        for site, arrays in part.lines.items():
            pieces[site].append(arrays)
    lines: dict[str | None, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for site, chunks in pieces.items():
        hashes = np.concatenate([c[0] for c in chunks])
        unique, inverse = np.unique(hashes, return_inverse=True)
        counts = np.bincount(inverse, weights=np.concatenate([c[1] for c in chunks]), minlength=len(unique))
        longs = np.bincount(inverse, weights=np.concatenate([c[2] for c in chunks]), minlength=len(unique)) > 0
        lines[site] = (unique, counts.astype(np.int64), longs)
    return SiteLineCounts(dict(n_docs), lines)


def site_lines_from_counts(counts: SiteLineCounts, *, settings: CleanSettings = CleanSettings()) -> dict[str | None, frozenset[int]]:
    """Per site, the hashes of lines that recur in enough of its documents to be boilerplate."""
    out: dict[str | None, frozenset[int]] = {}
    for site, (hashes, n, longs) in counts.lines.items():
        min_docs = settings.site_min_docs if site is not None else settings.corpus_min_docs
        long_min = max(settings.long_line_min_docs, math.ceil(settings.long_line_min_share * counts.n_docs.get(site, 0)))
        keep = n >= np.where(longs, long_min, min_docs)
        out[site] = frozenset(hashes[keep].tolist())
    return out


def learn_site_boilerplate(
    docs: Iterable[tuple[str | None, str]],
    *,
    settings: CleanSettings = CleanSettings(),
) -> dict[str | None, frozenset[int]]:
    """(site_key, raw_text) pairs -> per site_key the ``line_hash`` of normalized lines that recur in enough
    documents of that site to be boilerplate."""
    return site_lines_from_counts(count_site_lines(docs, settings=settings), settings=settings)
