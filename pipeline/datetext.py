"""Calendar dates as sites and feeds write them: in a byline ("Jun 28, 2024", "2024-06-28T14:30:00Z",
"06/28/2024") or in a record's date field (ISO, RFC 2822 as in RSS, a Unix time)."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Final
from urllib.parse import urlsplit

# Month names and abbreviations -> month number (also the event-date cues' table, extract/dates.py).
MONTHS: Final = {
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
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?: (?:of )?|-){_MON}\.?(?:,? |-)(?P<year>(?:19|20)\d\d)\b", re.I),
    # ISO, alone or with a time ("2024-06-28T14:30:00Z"), and its slashed form "2024/06/28".
    re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)([-/])(?P<month>[01]\d)\2(?P<day>[0-3]\d)(?![\d/.-])"),
    # "28.06.2024" (day first, as dots are written in Europe), or "11.14.2019" where the second cannot be a month.
    re.compile(r"(?<![\d/.-])(?P<dotted>(?P<first>[0-3]?\d)\.(?P<second>[0-3]?\d)\.)(?P<year>(?:19|20)\d\d)\b"),
    # "06/28/2024" (US) or "28/06/2024": read only when one number cannot be a month (see _day_month). A two-digit
    # year only before a time ("11/13/19 11:00AM"), where the slashes cannot be a fraction or a score.
    re.compile(r"(?<![\d/.-])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d|\d\d(?=,?\s*+\d{1,2}:\d\d))"
               r"(?![\d/.-])"),
)
_YEAR_ANY: Final = re.compile(r"(?:19|20)\d\d")
# A byline's date without its year ("Updated Nov 19, 6:55 AM; Posted Nov 19", "Alessio Palumbo • Nov 18", "19 November").
_YEARLESS: Final = (
    re.compile(rf"\b{_MON}\.? (?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\.\d|:)", re.I),
    re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?{_MON}\b", re.I),
)
# A date in a URL's path, as news sites write it: "/2024/06/28/" or "/2024/6/28/" (tried first), then a date opening
# or closing a slug ("/2024-06-28-slug", "/slug-2024-06-28/", "/20240628-slug", "slug-20240628-p5jpq1.html"). Digits
# inside a longer number are no date.
_URL_DATES: Final = (
    re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?=[/.]|$)"),
    re.compile(r"(?<=[/-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?=[/_.-]|$)"),
    re.compile(r"(?<=[/-])(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?=[/_.-]|$)"),
)
# The years a publication date may fall in (a record's "9999-12-31" or "Tue, 1 Jan 2080" is a placeholder or a typo).
_YEARS: Final = range(1990, dt.date.today().year + 2)
# Unix times (seconds, or milliseconds as JavaScript writes them) from 1990 to 2100.
_EPOCH_SECONDS: Final = (631_152_000, 4_102_444_800)


def date_in(text: str, *, numeric: bool = True) -> dt.date | None:
    """The first valid calendar date written in text, or None; with numeric false, not the dotted and slashed forms
    ("17/07/2014" in a sentence of the article is no byline)."""
    if _YEAR_ANY.search(text) is None and "/" not in text:
        return None  # every pattern below needs a four-digit year, but a slashed date before a time
    for rx in _DATE_PATTERNS if numeric else _DATE_PATTERNS[:3]:
        for m in rx.finditer(text):
            parts = m.groupdict()
            if parts.get("first"):
                day_month = _day_month(int(parts["first"]), int(parts["second"]), day_first=bool(parts.get("dotted")))
                if day_month is None:
                    continue
                day, month = day_month
            else:
                day = int(parts["day"])
                month = MONTHS.get(parts["mon"].lower(), 0) if parts.get("mon") else int(parts["month"])
            year = int(parts["year"])
            try:
                return dt.date(year + 2000 if year < 100 else year, month, day)
            except ValueError:
                continue
    return None


def day_month_in(text: str) -> tuple[int, int] | None:
    """(day, month) of the first yearless date in a byline ("Posted Nov 19, 6:51 AM"), or None. "may" in lower case
    is the verb."""
    for rx in _YEARLESS:
        for m in rx.finditer(text):
            if m["mon"] == "may" or not 1 <= int(m["day"]) <= 31:
                continue
            return int(m["day"]), MONTHS[m["mon"].lower()]
    return None


def _day_month(first: int, second: int, *, day_first: bool = False) -> tuple[int, int] | None:
    """(day, month) of a slashed or dotted date: month first when the second number cannot be a month
    ("06/28/2024", "11.14.2019"), day first when the first cannot ("28/06/2024"), either when both are the same.
    When both orders are valid dates ("03/04/2024") slashes are written both ways and give None; dots are read day
    first."""
    if first == second or second > 12 >= first:
        return second, first
    if first > 12 >= second or day_first:
        return first, second
    return None


def parse_date_value(value: object) -> dt.date | None:
    """A record's date field as a date: ISO ("2024-06-28", "2024-06-28T14:30:00Z"), RFC 2822 ("Fri, 28 Jun 2024
    10:00:00 GMT"), a Unix time in seconds or milliseconds, or a date written as a byline writes it; else None."""
    found = _parse_date_value(value)
    return found if found is not None and found.year in _YEARS else None


def _parse_date_value(value: object) -> dt.date | None:
    """parse_date_value before its check of the year."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if not -1e15 < value < 1e15:  # (not a time: also keeps a 400-digit integer from overflowing the division)
            return None
        seconds = value / 1000 if value > _EPOCH_SECONDS[1] else value
        if not _EPOCH_SECONDS[0] <= seconds < _EPOCH_SECONDS[1]:
            return None
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()[:200]
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    return date_in(text)


def date_in_url(url: str | None) -> dt.date | None:
    """The publication date a news URL's path carries ("https://example.com/world/2024/06/28/story"), or None (also
    for a year and month alone)."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for rx in _URL_DATES:
        for m in rx.finditer(path):
            try:
                found = dt.date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
            except ValueError:
                continue
            if found.year in _YEARS:
                return found
    return None
