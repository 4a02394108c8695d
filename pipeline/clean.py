"""Plain-text cleaning: every line of a scrape is kept as article body or removed with a reason.

Stages, in the order clean_text runs them:
  split      -> one _Line per non-blank raw line, with cheap features (words, ending, script)
  label      -> line-local kinds from data/boilerplate.toml, teaser lists after the article,
                site boilerplate, repeated lines, other-script lines, author bios
  block      -> the article is the contiguous run of lines with the best body score
                (max-sum subarray: long sentence-like lines score +, short or labelled lines -)
  title      -> the first headline-like line before the block; its copies are `repeated_title`
  metadata   -> date from a byline/dateline (else copyright year), site name, body language
The title is returned apart and is NOT part of `text`: the body starts after the headline.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from pipeline.langid import detect_language
from pipeline.schema import REMOVAL_REASONS

BOILERPLATE_PATH: Final = Path(__file__).parent / "data" / "boilerplate.toml"


@dataclass(frozen=True, slots=True)
class CleanSettings:
    """Every default of the cleaner; figures quoted are from bench/bench_clean.py."""

    # Languages the caller codes; a body in another language is still cleaned and reported.
    target_languages: tuple[str, ...] = ("en",)
    # A line with at least this many words that ends like a sentence is body evidence.
    min_body_words: int = 10
    # Unpunctuated lines this long still count as half body evidence (lists, missing periods).
    long_open_words: int = 15
    # Score of a short or headline-like line: the article block may bridge a few of them
    # (sub-heads, "Advertisement") but not a navigation menu.
    short_penalty: float = 2.0
    # Score of a line some rule already labelled as boilerplate.
    label_penalty: float = 3.0
    # Cap on one line's score, so one long teaser cannot pull a whole footer into the block.
    max_line_score: float = 80.0
    # Other blocks separated from the article by boilerplate are kept when they score this much.
    extra_block_min_score: float = 1e9
    # learn_site_boilerplate: a line is site boilerplate when this many documents of one
    # site carry it (FIELD_NOTES: lines shared by 2 pages of a site, F1 0.65 -> 0.845).
    site_min_docs: int = 2
    # The same for the group of documents without a site key (a mixed corpus: be stricter).
    corpus_min_docs: int = 3
    # Long sentence-like lines are boilerplate only when this many documents carry them
    # AND at least this share of the group does: syndicated copies share whole bodies.
    long_line_words: int = 25
    long_line_min_docs: int = 4
    long_line_min_share: float = 0.2
    # Regexes see at most this many characters of a line (keeps worst cases linear and cheap).
    max_regex_chars: int = 300
    # A title is 2..max_title_words words, found among the first title_search_lines lines.
    max_title_words: int = 40
    title_search_lines: int = 40
    # A line is in another script when this share of its letters is not the document's script.
    other_script_share: float = 0.5
    min_script_letters: int = 4
    # Teaser lists after a "Related posts" header end at a paragraph this long.
    teaser_stop_words: int = 20
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
    published_date_source: str  # 'text' | 'copyright_year' | 'unknown'
    language: str  # ISO 639-1 of the cleaned body ('und' if empty)
    site_name: str | None  # publisher name found in the text (copyright line), else None


# ---------------------------------------------------------------- rules (loaded once)


@dataclass(frozen=True, slots=True)
class _Rule:
    reason: str
    max_words: int
    sentence_ok: bool


@dataclass(frozen=True, slots=True)
class _Rules:
    exact: Mapping[str, str]  # normalized line -> reason
    start: re.Pattern[str]  # one alternation, a named group per table
    anywhere: re.Pattern[str]
    by_group: Mapping[str, _Rule]  # regex group name -> rule
    spam: re.Pattern[str]


_PUNCT = re.compile(r"[^\w\s]+")
_DIGIT = re.compile(r"\d")


def normalize_line(line: str) -> str:
    """NFKC, casefolded, punctuation dropped, digits -> 0, single spaces: the key of site_lines."""
    text = unicodedata.normalize("NFKC", line).casefold()
    text = _DIGIT.sub("0", _PUNCT.sub(" ", text))
    return " ".join(text.split())


def _alternation(named: Sequence[tuple[str, Sequence[str]]]) -> re.Pattern[str]:
    """One compiled regex with a named group per rule table; never matches when empty."""
    parts = [f"(?P<{name}>{'|'.join(pats)})" for name, pats in named if pats]
    return re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE)


def _load_rules(path: Path) -> _Rules:
    """Read boilerplate.toml into one exact-line table and two combined regexes."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    exact: dict[str, str] = {}
    start: list[tuple[str, Sequence[str]]] = []
    anywhere: list[tuple[str, Sequence[str]]] = []
    by_group: dict[str, _Rule] = {}
    spam: Sequence[str] = ()
    for table, spec in data.items():
        if table == "spam":
            spam = spec.get("anywhere", [])
            continue
        reason = spec.get("reason", table)
        if reason not in REMOVAL_REASONS:
            raise ValueError(f"{path}: table {table!r} has unknown removal reason {reason!r}")
        by_group[table] = _Rule(reason, int(spec.get("max_words", 30)), bool(spec.get("sentence_ok", True)))
        for line in spec.get("lines", []):
            exact.setdefault(normalize_line(line), reason)
        start.append((table, spec.get("start", [])))
        anywhere.append((table, spec.get("anywhere", [])))
    return _Rules(
        exact=exact,
        start=_alternation(start),
        anywhere=_alternation(anywhere),
        by_group=by_group,
        spam=re.compile("|".join(spam) or r"(?!x)x", re.IGNORECASE),
    )


_RULES: Final = _load_rules(BOILERPLATE_PATH)

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
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = frozenset(".!?。！？;")
_CLOSERS = "\"'”’»)]*"
# Frequent English function words: a body where they make up a third of the tokens is English
# without running the language model (keeps clean_text above 3,000 docs/s).
_EN_STOP: Final = frozenset(
    "the of and to a in is that for on with as was it by at from he said his are be has have "
    "not this an but were they which who their its had will been would".split()
)
_TITLE_SEPARATORS: Final = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ")


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
    reason: str | None = None


def _ending(text: str) -> str:
    """How a line ends: like a sentence, cut off with an ellipsis (teasers), or open."""
    tail = text.rstrip(_CLOSERS)
    if tail.endswith(("…", "...")):
        return "truncated"
    return "sentence" if tail and tail[-1] in _SENTENCE_END else "open"


def _script_profile(text: str, *, max_chars: int) -> tuple[str | None, float, int]:
    """Main script of a line, its share of the letters, and the letter count."""
    sample = text[: max_chars * 4]
    if sample.isascii():
        n = sum(1 for ch in sample if ch.isalpha())
        return ("latin", 1.0, n) if n else (None, 0.0, 0)
    counts = {name: sum(map(len, rx.findall(sample))) for name, rx in _SCRIPTS}
    letters = len(_LETTER.findall(sample))
    name, best = max(counts.items(), key=lambda kv: kv[1])
    if letters == 0:
        return None, 0.0, 0
    if best == 0:
        return "other", 1.0, letters
    return name, best / max(letters, best), letters


def _make_line(no: int, raw: str, *, settings: CleanSettings) -> _Line:
    """Features of one non-blank raw line."""
    text = raw.replace("\x00", "").strip()
    words = len(text.split())
    units = words
    if not text.isascii():
        cjk = sum(map(len, _CJK.findall(text[: settings.max_regex_chars * 4])))
        units = max(words, cjk // 2)
    script, share, letters = _script_profile(text, max_chars=settings.max_regex_chars)
    return _Line(no, raw, text, normalize_line(text), units, _ending(text), script, share, letters)


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


def _pattern_reason(line: _Line, *, settings: CleanSettings) -> str | None:
    """Reason from boilerplate.toml for one line, or None."""
    if not line.text:
        return "short_fragment"
    reason = _RULES.exact.get(line.key)
    if reason is not None:
        return reason
    head = line.text[: settings.max_regex_chars]
    for rx in (_RULES.start.match, _RULES.anywhere.search):
        m = rx(head)
        if m is None or m.lastgroup is None:
            continue
        rule = _RULES.by_group[m.lastgroup]
        if line.units <= rule.max_words and (rule.sentence_ok or not _is_sentence(line)):
            return rule.reason
    return None


def _label_patterns(lines: Sequence[_Line], *, settings: CleanSettings) -> None:
    """Line-local kinds: cookie banners, widgets, bylines, captions, copyright, ..."""
    for line in lines:
        line.reason = _pattern_reason(line, settings=settings)
        if line.reason is None and line.letters == 0:
            line.reason = "short_fragment"  # only digits and punctuation: ".", "|", "12"


def _first_body_index(lines: Sequence[_Line], *, settings: CleanSettings) -> int:
    """Index of the first unlabelled sentence-like line of body length (len(lines) if none)."""
    for i, line in enumerate(lines):
        if line.reason is None and line.ending == "sentence" and line.units >= settings.min_body_words:
            return i
    return len(lines)


def _label_teasers(lines: Sequence[_Line], *, settings: CleanSettings) -> None:
    """After the article has started, a "Related posts" header opens a teaser list."""
    in_list = False
    for line in lines[_first_body_index(lines, settings=settings) :]:
        if line.reason == "related_posts" and line.units <= _RULES.by_group["related_posts"].max_words:
            in_list = True
            continue
        if not in_list:
            continue
        if line.reason is None and line.ending == "sentence" and line.units >= settings.teaser_stop_words:
            in_list = False  # the article goes on after an in-article box
            continue
        line.reason = line.reason or "related_posts"


def _label_site(lines: Sequence[_Line], site_lines: frozenset[str]) -> None:
    """Lines that recur across documents of the same site."""
    if not site_lines:
        return
    for line in lines:
        if line.reason is None and line.key in site_lines:
            line.reason = "site_boilerplate"


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
    for line in lines:
        if (
            line.reason is None
            and line.script not in (None, script)
            and line.letters >= settings.min_script_letters
            and line.script_share >= settings.other_script_share
        ):
            spammy = _RULES.spam.search(line.text[: settings.max_regex_chars])
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
            if 2 <= prev.units <= 4 and prev.ending == "open" and line.text.startswith(name):
                rest = line.text[len(name) : len(name) + 8]
                if rest.startswith((" is ", " was ", ", ", " has ", " (")):
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


def _article_blocks(lines: Sequence[_Line], *, settings: CleanSettings) -> list[tuple[int, int]]:
    """The best-scoring run of lines, plus other runs that score like an article of their own."""
    scores = [_line_score(line, settings=settings) for line in lines]
    start, end, total = _best_run(scores, 0, len(scores))
    if total <= 0:
        return []
    blocks = [(start, end)]
    for lo, hi in ((0, start), (end, len(scores))):
        s, e, t = _best_run(scores, lo, hi)
        if t >= settings.extra_block_min_score:
            blocks.append((s, e))
    return sorted(blocks)


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
    """Index of the headline: a line before the body that recurs, else the first headline-like one."""
    limit = min(first_body, settings.title_search_lines)
    candidates = [
        i
        for i in range(limit)
        if lines[i].reason in (None, "duplicate_line") and _headline_like(lines[i], settings=settings)
    ]
    if not candidates:
        return None
    first = candidates[0]
    if lines[first].reason is None:
        return first
    return None


def _label_title_copies(lines: Sequence[_Line], title_idx: int) -> int:
    """Copies of the title (also without its site suffix) become `repeated_title`; returns the index
    of the line to report as title (the cleanest copy)."""
    title = lines[title_idx]
    core_key = normalize_line(_title_core(title.text))
    keys = {title.key}
    if len(core_key.split()) >= 3:
        keys.add(core_key)
    best = title_idx
    for i, line in enumerate(lines):
        if i == title_idx or line.key not in keys:
            continue
        if line.reason in (None, "duplicate_line", "site_boilerplate"):
            line.reason = "repeated_title"
            if line.key == core_key and len(line.text) < len(lines[best].text):
                best = i
    if best != title_idx:
        lines[title_idx].reason = "repeated_title"
        lines[best].reason = None
    return best


# ---------------------------------------------------------------- metadata

_MONTHS: Final = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for m in names
}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE_PATTERNS: Final = (
    re.compile(rf"\b{_MON}\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MON}\.?,? (?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
_COPYRIGHT_LEAD = re.compile(r"(?:©|\(c\)|copyright|\d{4}|[\s,.:;\-–—])+", re.IGNORECASE)
_NAME_STOPS: Final = (". ", " all rights", " todos os", " todos los", " alle rechte", " tous droits", "|", " - ", " – ", " — ", "•")


def _date_in(text: str) -> dt.date | None:
    """The first valid calendar date written in text, or None."""
    for rx in _DATE_PATTERNS:
        for m in rx.finditer(text):
            parts = m.groupdict()
            month = _MONTHS.get(parts["mon"].lower()) if parts.get("mon") else int(parts["month"])
            try:
                return dt.date(int(parts["year"]), month or 0, int(parts["day"]))
            except ValueError:
                continue
    return None


def _published_date(
    lines: Sequence[_Line], first_body: int, *, settings: CleanSettings
) -> tuple[dt.date | None, str]:
    """A byline/dateline date near the top, else the latest copyright year, else unknown."""
    for i, line in enumerate(lines):
        near_top = i <= first_body + 2
        if (near_top and line.reason not in ("spam", "other_language", "related_posts")) or line.reason == "byline":
            found = _date_in(line.text[: settings.max_regex_chars])
            if found is not None:
                return found, "text"
    years = [
        int(y)
        for line in lines
        if line.reason == "copyright"
        for y in _YEAR.findall(line.text[: settings.max_regex_chars])
    ]
    if years and max(years) <= dt.date.today().year:
        return dt.date(max(years), 1, 1), "copyright_year"
    return None, "unknown"


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
    tokens = text[:3000].casefold().split()[:400]
    if tokens and sum(1 for t in tokens if t in _EN_STOP) / len(tokens) >= 0.25:
        return "en"
    return detect_language(text)[0]


# ---------------------------------------------------------------- outside the article


def _label_outside(lines: Sequence[_Line], blocks: Sequence[tuple[int, int]], *, title_idx: int | None) -> None:
    """Lines outside the article block(s): menus before it, teasers and footers after it."""
    inside = [False] * len(lines)
    if title_idx is not None:
        inside[title_idx] = True  # the title is reported apart, with no reason
    for s, e in blocks:
        for i in range(s, e):
            inside[i] = True
    first = blocks[0][0] if blocks else len(lines)
    for i, line in enumerate(lines):
        if inside[i] or line.reason is not None:
            continue
        if i < first:
            line.reason = "navigation"
        elif line.units >= 4:
            line.reason = "related_posts"
        else:
            line.reason = "navigation"


def _label_fragments(lines: Sequence[_Line]) -> None:
    """Inside the article: single tokens that are no words ("ttn-23", an image file name)."""
    for line in lines:
        if line.reason is not None or line.units != 1:
            continue
        token = line.text
        has_digit = any(ch.isdigit() for ch in token)
        if (has_digit and any(ch.isalpha() for ch in token)) or token.islower():
            line.reason = "short_fragment"


# ---------------------------------------------------------------- public API


def clean_text(
    raw: str,
    *,
    site_lines: frozenset[str] = frozenset(),
    settings: CleanSettings = CleanSettings(),
) -> CleanedText:
    """Article body, title and metadata of one plain-text scrape; every dropped line with a reason."""
    lines = _split(raw or "", settings=settings)
    _label_patterns(lines, settings=settings)
    _label_teasers(lines, settings=settings)
    _label_site(lines, site_lines)
    _label_duplicates(lines)
    _label_other_script(lines, _dominant_script(lines, settings=settings), settings=settings)
    _label_bios(lines, settings=settings)
    blocks = _article_blocks(lines, settings=settings)
    first_body = blocks[0][0] if blocks else len(lines)
    title_idx = _find_title(lines, first_body, settings=settings)
    if title_idx is not None:
        title_idx = _label_title_copies(lines, title_idx)
    _label_outside(lines, blocks, title_idx=title_idx)
    _label_fragments(lines)
    date, date_source = _published_date(lines, first_body, settings=settings)
    kept = [ln.text for i, ln in enumerate(lines) if ln.reason is None and i != title_idx]
    body = "\n\n".join(kept)
    removed = tuple(
        RemovedLine(ln.no, ln.raw, ln.reason) for i, ln in enumerate(lines) if ln.reason is not None and i != title_idx
    )
    return CleanedText(
        text=body,
        title=lines[title_idx].text if title_idx is not None else None,
        removed=removed,
        published_date=date,
        published_date_source=date_source,
        language=_body_language(body),
        site_name=_site_name(lines, settings=settings),
    )


def learn_site_boilerplate(
    docs: Iterable[tuple[str | None, str]],
    *,
    settings: CleanSettings = CleanSettings(),
) -> dict[str | None, frozenset[str]]:
    """(site_key, raw_text) pairs -> per site_key the normalized lines that recur in enough documents of that site to be boilerplate."""
    doc_freq: dict[str | None, Counter[str]] = defaultdict(Counter)
    n_docs: Counter[str | None] = Counter()
    long_keys: set[str] = set()
    for site, raw in docs:
        n_docs[site] += 1
        keys: set[str] = set()
        for line in (raw or "").split("\n"):
            text = line.replace("\x00", "").strip()
            if not text:
                continue
            key = normalize_line(text)
            if not key:
                continue
            keys.add(key)
            if len(key.split()) >= settings.long_line_words and _ending(text) == "sentence":
                long_keys.add(key)
        doc_freq[site].update(keys)
    out: dict[str | None, frozenset[str]] = {}
    for site, counts in doc_freq.items():
        min_docs = settings.site_min_docs if site is not None else settings.corpus_min_docs
        long_min = max(settings.long_line_min_docs, math.ceil(settings.long_line_min_share * n_docs[site]))
        out[site] = frozenset(
            key
            for key, n in counts.items()
            if n >= (long_min if key in long_keys else min_docs)
        )
    return out
