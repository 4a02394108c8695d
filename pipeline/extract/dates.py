"""Event dates from a sentence's time expressions, resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import compress
from operator import or_
from typing import Final

from pipeline.datetext import MONTHS
from pipeline.extract.gazetteer import Tokens, tokenize
from pipeline.extract.quantities import NUMBER_WORDS
from pipeline.schema import DatePrecision

_WEEKDAYS: Final = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH_RE: Final = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
                    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
# One alternation, tried left to right at each position; every branch is bounded.
_CUE: Final = re.compile(
    r"(?P<full>" + _MONTH_RE + r"\s++(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s++(?P<year>(?:19|20)\d\d))\b"
    r"|(?P<full2>(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s++(?:of\s++)?(?P<month2>January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s++(?P<year2>(?:19|20)\d\d))\b"
    r"|(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))\b"
    r"|(?P<md>(?P<month3>January|February|March|April|(?-i:May)|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s++(?P<day3>\d{1,2})(?:st|nd|rd|th)?)\b(?!,?\s*+\d)"
    r"|(?P<dm>(?P<day4>\d{1,2})(?:st|nd|rd|th)?\s++(?:of\s++)?(?P<month4>January|February|March|April|(?-i:May)|June|July|"
    r"August|September|October|November|December))\b(?!\s++Day\b|['’])"
    r"|(?P<weekday>(?P<last>last\s++)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:['’]s)?\b"
    r"|(?P<rel>\b(?:yesterday|today|tonight|last\s++night|earlier\s++(?:this|in\s++the)\s++(?:week|month|year)"
    r"|this\s++(?:week|month|year)|last\s++(?:week|month|year)|(?:less\s++than\s++)?a\s++week\s++(?:ago|after|before)"
    r"|in\s++recent\s++(?:days|weeks|months)|recently|(?:a\s++few|several)\s++days\s++ago|days\s++ago"
    r"|(?:this|earlier\s++this)\s++(?:morning|afternoon|evening)|(?:last|over\s++the|at\s++the|this\s++past)\s++weekend"
    r"|next\s++(?:week|month|year)|in\s++the\s++coming\s++(?:days|weeks|months))\b)"
    # "two days ago", "three weeks ago", "a month ago": counted back from publication.
    r"|(?P<ago>\b(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?)\s++"
    r"(?P<unit>days?|weeks?|months?|years?)\s++ago)\b"
    # "in March", "in late May", "mid-June", "the end of May", "last December", "in June last year" ("May" only
    # capitalised: "in may" is a modal).
    r"|(?P<monthonly>\b(?:(?:in|during|early|late|last)\s++(?:(?:early|late)\s++|mid-\s*+)?|mid-\s*+|mid\s++"
    r"|the\s++(?:end|beginning|start|middle|(?:first|second|last)\s++(?:half|week|days))\s++of\s++)"
    r"(?P<month5>January|February|March|April|(?-i:May)|June|July|August|September|October|November|December)"
    r"(?P<lastyear>\s++last\s++year)?)\b(?!\s*+\d|['’]|\s++Day\b)"
    # "in June 2023", "in late March 2022": a month of a year, after "in" or "during" (not "the October 2023 attack",
    # which names another event).
    r"|(?P<monthyear>\b(?:in|during)\s++(?:(?:early|late)\s++|mid-\s*+)?(?P<month6>January|February|March|April|"
    r"(?-i:May)|June|July|August|September|October|November|December)\s++(?P<year6>(?:19|20)\d\d))\b(?![-/]\d)"
    r"|(?P<yearonly>\b(?:in|during|of)\s++(?:(?:early|late)\s++|mid-\s*+)?(?P<year5>(?:19|20)\d\d))\b(?![-/]\d)",
    re.IGNORECASE,
)
_DIGIT: Final = re.compile(r"\d")
_DEADLINE: Final = re.compile(r"\b(?:by|until|till|before|since|from|starting)\s++$", re.IGNORECASE)


@dataclass(slots=True)
class EventDate:
    """A resolved date, its precision, and whether the sentence speaks of an earlier year."""

    date: dt.date | None
    precision: DatePrecision
    explicit_year: int | None = None


@dataclass(frozen=True, slots=True)
class Published:
    """What the document says about its own date: the date and how precise it is."""

    date: dt.date | None
    precision: DatePrecision = "day"


UNKNOWN: Final = EventDate(None, "unknown")


# Every cue contains one of these words or a number: sentences without them skip the cue scan.
_CUE_WORDS: Final = frozenset(
    list(MONTHS) + list(_WEEKDAYS) + ["yesterday", "today", "tonight", "night", "week", "month", "year",
                                       "recently", "recent", "days", "ago", "morning", "afternoon", "evening",
                                       "weekend"])
# The words a _CUE branch can start with (besides numbers); _CUE is tried only at tokens that are one of them.
_CUE_STARTS: Final = frozenset(
    list(MONTHS) + list(_WEEKDAYS) + "yesterday today tonight last earlier this less a an in recently several one "
                                      "two three four five six seven eight nine ten days next during early late mid "
                                      "of over at the".split())


def find_cues(sentence: str, tokens: Tokens, published: Published) -> list[tuple[int, int, EventDate]]:
    """(start, end, date) of every resolvable time expression; tried only at and just before time words."""
    lowered = list(map(str.lower, tokens.words))
    if _CUE_WORDS.isdisjoint(lowered) and not _DIGIT.search(sentence):
        return []
    # Anchors: numbers and time words (found by C-level maps, most words are neither), in order.
    digits = list(map(str.isdigit, lowered))
    anchors = compress(range(len(lowered)), map(or_, map(_CUE_WORDS.__contains__, lowered), digits))
    startable = list(map(or_, map(_CUE_STARTS.__contains__, lowered), digits))
    candidates: set[int] = set()
    for i in anchors:
        # "in March", "last week", "the first week of June": a cue starts up to four words before its anchor.
        lo = max(0, i - 4)
        candidates.update(compress(range(lo, i + 1), startable[lo:i + 1]))
    cues: list[tuple[int, int, EventDate]] = []
    last_end = -1
    for j in sorted(candidates):
        pos = tokens.starts[j]
        if pos < last_end:
            continue
        m = _CUE.match(sentence, pos)
        if m is None or _DEADLINE.search(sentence, max(0, pos - 12), pos):
            continue
        resolved = _resolve_cue(m, published)
        if resolved is not None:
            cues.append((m.start(), m.end(), resolved))
            last_end = m.end()
    return cues


def pick_date(cues: list[tuple[int, int, EventDate]], trigger_at: int, published: Published) -> EventDate:
    """The cue nearest the trigger (cues after it preferred), else a date around publication."""
    best: tuple[int, EventDate] | None = None
    for start, end, resolved in cues:
        # Cues after the trigger ("expelled ... on Tuesday") are preferred over those before it.
        distance = start - trigger_at if start >= trigger_at else 2 * (trigger_at - end) + 1
        if best is None or distance < best[0]:
            best = (distance, resolved)
    return best[1] if best is not None else default_date(published)


def resolve_date(sentence: str, trigger_at: int, published: Published) -> EventDate:
    """Date of a trigger at trigger_at from the sentence's own time expressions (convenience for one-off calls)."""
    return pick_date(find_cues(sentence, tokenize(sentence), published), trigger_at, published)


def default_date(published: Published) -> EventDate:
    """No cue: news reports the days before publication, so the publication week (or year)."""
    if published.date is None:
        return UNKNOWN
    if published.precision == "day":
        return EventDate(published.date, "week")
    if published.precision in ("month", "year"):
        return EventDate(published.date, published.precision)
    return UNKNOWN


def _resolve_cue(m: re.Match[str], pub: Published) -> EventDate | None:
    """The date of one cue match, or None when it cannot be anchored."""
    # The branch that matched is the named group that closed last (its inner groups close before it).
    kind = m.lastgroup
    if kind == "full" or kind == "full2":
        y = int(m["year"] or m["year2"])
        d = int(m["day"] or m["day2"])
        return _safe(y, MONTHS[(m["month"] or m["month2"]).lower().rstrip(".")], d, "day", explicit_year=y)
    if kind == "iso":
        y = int(m["iy"])
        return _safe(y, int(m["im"]), int(m["id"]), "day", explicit_year=y)
    if kind == "yearonly":
        y = int(m["year5"])
        return EventDate(dt.date(y, 1, 1), "year", explicit_year=y)
    if kind == "monthyear":
        y = int(m["year6"])
        return EventDate(dt.date(y, MONTHS[m["month6"].lower()], 1), "month", explicit_year=y)
    if pub.date is None:
        return None
    if kind == "md" or kind == "dm":
        mo = MONTHS[(m["month3"] or m["month4"]).lower().rstrip(".")]
        return _month_day(mo, int(m["day3"] or m["day4"]), pub)
    if kind == "monthonly":
        mo = MONTHS[m["month5"].lower()]
        if m["lastyear"]:
            return EventDate(dt.date(pub.date.year - 1, mo, 1), "month", explicit_year=pub.date.year - 1)
        y = pub.date.year - (1 if pub.precision == "day" and mo > pub.date.month else 0)
        return EventDate(dt.date(y, mo, 1), "month")
    if kind == "weekday":
        return _weekday(_WEEKDAYS[m["wd"].lower()], pub, last=m["last"] is not None)
    if kind == "ago":
        return _ago(NUMBER_WORDS.get(m["count"].lower()) or int(m["count"]), m["unit"].lower().rstrip("s"), pub)
    return _relative(m["rel"].lower(), pub)


def _ago(count: int, unit: str, pub: Published) -> EventDate:
    """"Two days ago" (that day), "three weeks ago" (that week), "a month ago", "two years ago"."""
    assert pub.date is not None
    d = pub.date
    if pub.precision != "day":
        return EventDate(d, pub.precision)
    if unit == "day":
        return EventDate(d - dt.timedelta(days=count), "day")
    if unit == "week":
        return EventDate(d - dt.timedelta(days=7 * count), "week")
    if unit == "month":
        months = d.year * 12 + d.month - 1 - count
        return EventDate(dt.date(months // 12, months % 12 + 1, 1), "month")
    return EventDate(dt.date(d.year - count, 1, 1), "year")


def _month_day(month: int, day: int, pub: Published) -> EventDate | None:
    """"March 29": in the publication year, or the year before when that would be in the future."""
    assert pub.date is not None
    y = pub.date.year
    if pub.precision == "day" and (month, day) > (pub.date.month, pub.date.day + 7):
        y -= 1
    return _safe(y, month, day, "day")


def _weekday(weekday: int, pub: Published, *, last: bool = False) -> EventDate:
    """The most recent such weekday on or before publication; "last Friday" in a story of a Friday is a week before
    (a year-only publication date gives the year)."""
    assert pub.date is not None
    if pub.precision != "day":
        return EventDate(pub.date, pub.precision)
    back = (pub.date.weekday() - weekday) % 7 or (7 if last else 0)
    return EventDate(pub.date - dt.timedelta(days=back), "day")


def _relative(cue: str, pub: Published) -> EventDate:
    """Relative expressions: yesterday, this/last week or month, recently."""
    assert pub.date is not None
    d = pub.date
    if pub.precision != "day":
        return EventDate(d, pub.precision)
    words = " ".join(cue.split())
    if words == "yesterday" or words == "last night":
        return EventDate(d - dt.timedelta(days=1), "day")
    if words in ("today", "tonight") or words.endswith(("morning", "afternoon", "evening")):
        return EventDate(d, "day")
    if words.endswith("weekend"):
        # The last Saturday before publication (a story of a Saturday or Sunday: that weekend).
        return EventDate(d - dt.timedelta(days=(d.weekday() - 5) % 7), "week")
    if "days ago" in words:
        return EventDate(d - dt.timedelta(days=3), "week")
    if words.endswith("week ago") or words.endswith("week after") or words.endswith("week before"):
        return EventDate(d - dt.timedelta(days=5), "week")
    if words.startswith("last week"):
        return EventDate(d - dt.timedelta(days=7), "week")
    if words.endswith("week") or words == "in recent days":
        return EventDate(d, "week")
    if words.startswith("last month"):
        prev = d.replace(day=1) - dt.timedelta(days=1)
        return EventDate(prev.replace(day=1), "month")
    if words.endswith("month") or words in ("recently", "in recent weeks"):
        return EventDate(d, "month")
    if words.startswith("last year"):
        return EventDate(dt.date(d.year - 1, 1, 1), "year")
    if words.endswith("year") or words == "in recent months":
        return EventDate(d, "year")
    return EventDate(d, "week")


def _safe(y: int, mo: int, d: int, precision: DatePrecision, explicit_year: int | None = None) -> EventDate | None:
    """A valid date or None ("February 30")."""
    try:
        return EventDate(dt.date(y, mo, d), precision, explicit_year)
    except ValueError:
        return None
