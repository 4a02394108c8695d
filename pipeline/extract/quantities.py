"""Numbers in news English: digits, number words, multipliers, casualty counts and "respectively" lists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Iterable
from itertools import compress
from operator import itemgetter, or_
from typing import Final

from pipeline.extract.gazetteer import Tokens

# Number words -> value (also the "two days ago" cues of extract/dates.py).
NUMBER_WORDS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # vague amounts ("dozens", "scores of", "thousands") give no quantity rather than an invented one
_MULT: Final = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9}
_WORD_ALT: Final = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True))
# "twenty-three", "forty five": tens and units, summed.
_TENS_UNITS: Final = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-‐ ](?:one|two|three|four|five|six|seven|eight|nine)(?![-‐])"
# "1,000", "1.5", "100 thousand", "a billion", "eight", "$3bn"; a bare "a"/"an" needs a multiplier.
NUMBER: Final = re.compile(
    r"(?<![\w.,])(?P<cur>[$€£]|(?-i:US|AU?|CA?|NZ|HK|S)\$|\$(?-i:A|C|NZ|US)(?=\d))?\s?(?:(?P<digits>\d{1,3}(?:,\d{3})++(?:\.\d++)?|\d++(?:\.\d++)?)"
    r"|(?P<word>" + _TENS_UNITS + "|" + _WORD_ALT + r")\b|(?P<art>an?)(?=\s++(?:hundred|thousand|million|billion|trillion)\b))"
    r"(?:(?:\s*+|-)(?P<mult>hundred|thousand|million|billion|trillion|bn|mn)\b|(?P<suf>[kmb]n?)\b)?",
    re.IGNORECASE,
)
# Cheap guard: a digit, or a number word / multiplier somewhere in the sentence.
_MAY_HAVE_NUMBER: Final = re.compile(r"\d|\b(?:" + _WORD_ALT + r"|a\s++(?:hundred|thousand|million|billion|trillion))\b",
                                     re.IGNORECASE)
_NUMBER_STARTS: Final = frozenset(w for w in NUMBER_WORDS)
_YEARLIKE: Final = re.compile(r"(?:19|20)\d\d")
_MONTHS: Final = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
                  r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_MONTH_BEFORE: Final = re.compile(r"\b(?-i:" + _MONTHS + r")\.?\s++$")
_MONTH_AFTER: Final = re.compile(r"(?:st|nd|rd|th)?\s++(?:of\s++)?(?-i:" + _MONTHS + r")\b")
# "49 of its soldiers were killed": a part of a side's own counts like "49 soldiers".
_KILLED_AFTER: Final = re.compile(r"\s++(?:of\s++(?:its|their|the)\s++)?(?:\S++\s++){0,3}?(?:dead|killed|deaths|fatalities|died|lives)\b",
                                  re.IGNORECASE)
_INJURED_AFTER: Final = re.compile(r"\s++(?:of\s++(?:its|their|the)\s++)?(?:\S++\s++){0,2}?(?:wounded|injured|hurt|injuries)\b",
                                   re.IGNORECASE)
_KILLED_BEFORE: Final = re.compile(
    r"\b(?:killing|killed|kills|death\s++toll\s++(?:of|to|at))\s++(?:at\s++least\s++|all\s++|more\s++than\s++)?$",
    re.IGNORECASE)
_INJURED_BEFORE: Final = re.compile(r"\b(?:wounding|injuring|injured|wounded)\s++(?:at\s++least\s++|more\s++than\s++)?$",
                                    re.IGNORECASE)
_RESPECTIVELY: Final = re.compile(r"\brespectively\b", re.IGNORECASE)
_LIST_GAP: Final = re.compile(r"\s*+(?:,\s*+)?(?:and\s++)?")
# Between the list and "respectively": a unit noun or two ("35 and 40 diplomats, respectively").
_TAIL_GAP: Final = re.compile(r"(?:\s++[^\s,]++){0,2}+\s*+,?\s*+")
# Currency signs without their "$": "€", "A$"/"$A"/"AU$" (Australian), "C$"/"CA$", "NZ$", "HK$", "S$", "US$".
_CURRENCIES: Final = {"": "usd", "US": "usd", "€": "eur", "£": "gbp", "A": "aud", "AU": "aud", "C": "cad", "CA": "cad",
                      "NZ": "nzd", "HK": "hkd", "S": "sgd"}
# An amount followed by its conversion in brackets: "C$30 billion ($20.7 billion)".
_CONVERTED: Final = re.compile(r"\s*+\(\s*+(?:about\s++|around\s++|some\s++)?(?:US)?\$\s?\d")
_OTHER_DOLLARS: Final = frozenset({"aud", "cad", "nzd", "hkd", "sgd"})
_MONEY_AFTER: Final = re.compile(r"\s*+(?:(?:US\s++)?dollars|USD)\b|['’]?s?\s++worth\b", re.IGNORECASE)
_EURO_AFTER: Final = re.compile(r"\s*+(?:euros|EUR)\b", re.IGNORECASE)

# What counts as each unit: nouns within three words after the number.
UNIT_NOUNS: Final = {
    "diplomats": re.compile(r"\s++(?:\S++\s++){0,2}?(?:diplomats?|envoys?|ambassadors?|employees|staff(?:ers)?|"
                            r"officials|personnel|attach[eé]s|consuls|workers|officers)\b", re.IGNORECASE),
    "troops": re.compile(r"\s++(?:\S++\s++){0,2}?(?:troops|soldiers|servicemen|forces|personnel|fighters|reservists|"
                         r"conscripts|recruits|marines|paratroopers)\b",
                         re.IGNORECASE),
}


@dataclass(slots=True)
class Number:
    """One number in a sentence, with the currency it is written in (if any)."""

    start: int
    end: int
    value: float
    currency: str | None


def find_numbers(sentence: str, tokens: Tokens | None = None) -> list[Number]:
    """Every number expression of the sentence, years excluded; with tokens, tried only at numeric words."""
    out: list[Number] = []
    matches: Iterable[re.Match[str]]
    if tokens is None:
        matches = NUMBER.finditer(sentence) if _MAY_HAVE_NUMBER.search(sentence) else iter(())
    else:
        matches = _anchored(sentence, tokens)
    skip_to = -1
    for m in matches:
        if m.start() < skip_to:
            continue  # (the bracketed conversion already read into the amount before it)
        value = _value(m)
        if value is None:
            continue
        if m.group("digits") and _YEARLIKE.fullmatch(m.group("digits")) and not m.group("mult") and not m.group("cur"):
            continue
        if m.group("digits") and not m.group("cur") and not m.group("mult") \
                and (_MONTH_BEFORE.search(sentence, max(0, m.start() - 11), m.start())
                     or _MONTH_AFTER.match(sentence, m.end())):
            continue  # a calendar day ("on Aug. 24", "24 August"), not a count
        cur = _CURRENCIES.get((m.group("cur") or "").replace("$", ""), "usd") if m.group("cur") else None
        conv = _CONVERTED.match(sentence, m.end()) if cur in _OTHER_DOLLARS else None
        dollars = NUMBER.search(sentence, m.end() + 1, conv.end() + 24) if conv is not None else None
        in_usd = _value(dollars) if dollars is not None and dollars.group("cur") in ("$", "US$") else None
        if dollars is not None and in_usd is not None:
            # "C$30 billion ($20.7 billion)": the amount where it stands, in US dollars as the bracket converts it
            out.append(Number(m.start(), dollars.end(), in_usd, "usd"))
            skip_to = dollars.end()
            continue
        end = m.end()
        if cur is None and _MONEY_AFTER.match(sentence, end):
            cur = "usd"
        elif cur is None and _EURO_AFTER.match(sentence, end):
            cur = "eur"
        out.append(Number(m.start(), end, value, cur))
    return out


def _anchored(sentence: str, tokens: Tokens) -> list[re.Match[str]]:
    """NUMBER matches starting at digit or number-word tokens (or the currency sign just before them)."""
    found: list[re.Match[str]] = []
    last_end = -1
    words, starts = tokens.words, tokens.starts
    # Tokens starting with a digit or being a number word, picked by C-level maps (most tokens are neither).
    numeric = map(or_, map(str.isdigit, map(itemgetter(0), words)), map(_NUMBER_STARTS.__contains__, map(str.lower, words)))
    for i in compress(range(len(words)), numeric):
        pos = starts[i]
        back = sentence[max(0, pos - 2):pos].rstrip()
        if back[-1:] in ("$", "€", "£"):
            pos = sentence.rfind(back[-1], 0, pos)
            while pos > 0 and sentence[pos - 1].isupper() and starts[i] - pos < 4:
                pos -= 1  # "US$300 million", "NZ$5 million"
        if pos < last_end:
            continue
        m = NUMBER.match(sentence, pos)
        if m is not None and m.end() > m.start():
            found.append(m)
            last_end = m.end()
    return found


def _value(m: re.Match[str]) -> float | None:
    """Numeric value of a NUMBER match."""
    if m.group("digits"):
        base = float(m.group("digits").replace(",", ""))
    elif m.group("word"):
        base = float(sum(NUMBER_WORDS[w] for w in re.split(r"[-‐ ]", m.group("word").lower())))
    elif m.group("art"):
        base = 1.0
    else:
        return None
    mult = (m.group("mult") or m.group("suf") or "").lower()
    if mult and not (m.group("suf") and not (m.group("cur") or m.group("digits"))):
        base *= _MULT.get(mult, 1.0)
    return base


def quantity_near(sentence: str, numbers: list[Number], *, unit: str, lo: int, hi: int) -> tuple[float, str] | None:
    """(value, unit) of the number nearest the trigger span [lo, hi) that counts unit (diplomats, troops, usd)."""
    best: tuple[int, float, str] | None = None
    for n in numbers:
        if unit == "usd":
            ok, found = n.currency is not None, n.currency or unit
        else:
            noun = UNIT_NOUNS.get(unit)
            ok, found = noun is not None and noun.match(sentence, n.end) is not None and n.currency is None, unit
        if not ok:
            continue
        dist = 0 if lo <= n.start < hi else min(abs(n.start - hi), abs(lo - n.end))
        if dist <= 80 and (best is None or dist < best[0]):
            best = (dist, n.value, found)
    return (best[1], best[2]) if best else None


def casualties(sentence: str, numbers: list[Number], *, near: int = 0) -> tuple[int | None, int | None]:
    """(killed, injured) counts the sentence gives: "four Russians dead and over 100 wounded"; of several, the one
    nearest offset near (the attack's trigger: "3 of its soldiers were killed and its strikes had killed 50"). A
    number before a killing verb that has its own object is its subject, not its victims ("strikes on two eastern
    provinces had killed eight people", "two drones killed a man"); "and a soldier", "and six civilians" after
    counted victims add to them; "a Cambodian soldier was killed" is one."""
    dead: list[tuple[int, int]] = []
    hurt: list[tuple[int, int]] = []
    for n in numbers:
        if n.currency:
            continue
        before = sentence[max(0, n.start - 40):n.start]
        after_verb = _KILLED_BEFORE.search(before) is not None
        if after_verb or (_victims_before_verb(sentence, n, _KILLED_AFTER) and not _INJURED_AFTER.match(sentence, n.end)):
            dead.append((n.start, int(n.value + (_more_victims(sentence, numbers, n) if after_verb else 0))))
            continue
        hurt_verb = _INJURED_BEFORE.search(before) is not None
        if hurt_verb or _victims_before_verb(sentence, n, _INJURED_AFTER):
            hurt.append((n.start, int(n.value + (_more_victims(sentence, numbers, n) if hurt_verb else 0))))
    one = _one_killed(sentence, numbers) if not dead else None
    killed = min(dead, key=lambda d: abs(d[0] - near))[1] if dead else one
    injured = min(hurt, key=lambda d: abs(d[0] - near))[1] if hurt else None
    return killed, injured


def _victims_before_verb(sentence: str, n: Number, verb: re.Pattern[str]) -> bool:
    """True when the number at n counts the victims of the casualty verb after it ("four Russians dead", "12 were
    wounded"), not its subject ("two provinces had killed eight people")."""
    m = verb.match(sentence, n.end)
    return m is not None and _COUNT_NEXT.match(sentence, m.end()) is None


# A count right after a casualty verb: the verb is transitive, its count the victims.
_COUNT_NEXT: Final = re.compile(r"\s++(?:at\s++least\s++|more\s++than\s++|some\s++|about\s++|nearly\s++)?(?:\d|(?:"
                                + _WORD_ALT + r"|an?)\b)", re.IGNORECASE)


def _more_victims(sentence: str, numbers: list[Number], n: Number) -> float:
    """What "and a soldier" or "and six civilians" adds to the victims counted by n ("killed four civilians and a
    soldier"; not "and 20 others were wounded", a clause of its own)."""
    head = counted_head(sentence, n.end)
    if head is None:
        return 0.0
    more, _ = _more_counted(sentence, numbers, head.end)
    return more if more and not _AND_HURT.match(sentence, head.end) else 0.0


# "... and 11 others (were) wounded": the people after "and" are the wounded, not more dead.
_AND_HURT: Final = re.compile(r"\s++and\s++(?:(?!and\b)\S++\s++){1,3}?(?:(?:were|was|have\s++been|had\s++been)\s++)?"
                              r"(?:wounded|injured|hurt)\b", re.IGNORECASE)


# Nouns for one person.
_PERSON: Final = (r"(?:soldier|civilian|man|woman|child|boy|girl|teenager|officer|policeman|guard|journalist|worker|"
                  r"fisherman|farmer|villager|commander|general|adviser|advisor|official|person|member|fighter|militant|"
                  r"protester|student|citizen|national|diplomat|peacekeeper|pilot|sailor|resident|leader)")
# One person killed: the sentence opens with them, after any dateline ("A Cambodian soldier was killed"), or they are
# the object of the killing verb ("shot dead a Bangladeshi teenager", "killed a senior adviser and two of his
# guards"); not "accused of killing a policeman", not "a day after a commander was killed".
_ONE_KILLED_FIRST: Final = re.compile(
    r"(?:[^-–—]{0,60}?\s[-–—]\s)?\W*+(?:an?|one)\s++(?:[\w'’-]++\s++){0,3}?" + _PERSON + r"\s++(?:(?:was|had\s++been|has\s++been)\s++)?"
    r"(?:killed|shot\s++dead|died)\b", re.IGNORECASE)
_ONE_KILLED_OBJECT: Final = re.compile(
    r"(?<!\bof\s)\b(?:killed|killing|shot\s++dead|assassinated)\s++(?:an?|one)\s++(?:[\w'’-]++\s++){0,3}?" + _PERSON
    + r"\b(?![-‐]?s\b)", re.IGNORECASE)


def _one_killed(sentence: str, numbers: list[Number]) -> int | None:
    """1 (and the people counted after "and") for one person killed, else None."""
    m = _ONE_KILLED_FIRST.match(sentence) or _ONE_KILLED_OBJECT.search(sentence)
    if m is None:
        return None
    if _AND_HURT.match(sentence, m.end()):
        return 1  # "killed a commander and 11 others were wounded": the others are not dead
    return int(1 + _more_counted(sentence, numbers, m.end())[0])


def respectively(sentence: str, numbers: list[Number], *, after: int) -> list[float]:
    """The "35 and 40, respectively" list that closes the clause of a trigger at offset after."""
    m = _RESPECTIVELY.search(sentence, after)
    if m is None:
        return []
    run: list[Number] = []
    for n in reversed([n for n in numbers if after <= n.start < m.start() and n.currency is None]):
        gap = sentence[n.end:(run[0].start if run else m.start())]
        if not (_LIST_GAP if run else _TAIL_GAP).fullmatch(gap):
            break
        run.insert(0, n)
    return [n.value for n in run] if len(run) >= 2 else []


# Between an act and the number that counts its object: particles, prepositions and hedges only ("imposed sanctions
# on 50 ...", "released a total of 100 ...", "fired more than 300 ...", "shot down five ..."; not "urged the two
# sides", the parties addressed).
_OBJECT_GAP: Final = re.compile(
    r"\s*+(?:(?:on|against|of|to|from|with|for|up|out|down|off|back|a\s++total\s++of|a\s++further|another|"
    r"an?\s++additional|additional|about|some|around|roughly|nearly|almost|approximately|more\s++than|over|up\s++to|"
    r"at\s++least|an\s++estimated|as\s++many\s++as|fewer\s++than|less\s++than|just|only|all|"
    r"an?(?=\s++(?:[$€£]|US\$)))\s++)*+",  # ("signed a $3.2 billion deal")
    re.IGNORECASE)
_VERB: Final = re.compile(r"\S++")
# The words after a number, up to the head of its noun phrase: at most three modifiers, then a plural or a word for
# people ("two short-range ballistic missiles", "90 Palestinian prisoners early on Monday", "100 Indian fishermen").
_NEXT_WORD: Final = re.compile(r"\s++([A-Za-z][\w'’.-]*+)")
# Words that end the noun phrase before any head is found: prepositions, conjunctions, verbs of its clause.
_PHRASE_END: Final = frozenset(
    "and or from to in into at on off over near across along who which that as for with after before of by since "
    "each per a an the its their his her have has had were was are is will would be been being".split())


@dataclass(frozen=True, slots=True)
class Counted:
    """The head noun a number counts, and where it starts and ends."""

    word: str
    start: int
    end: int


def counted_head(sentence: str, at: int) -> Counted | None:
    """The head noun counted by the number ending at offset at, or None (no plural or word for people within four
    words, before the phrase ends)."""
    for k in range(4):
        m = _NEXT_WORD.match(sentence, at)
        if m is None:
            return None
        word = m.group(1).rstrip(".’'")
        low = word.lower()
        if low in _PHRASE_END or (low.endswith("ed") and k > 0):
            return None
        if low in _NOT_COUNTED:
            return Counted(low, m.start(1), m.start(1) + len(word))
        if low in _PEOPLE or low == "aircraft" or (low.endswith("s") and len(low) > 3 and not low.endswith("ss")):
            return Counted(word, m.start(1), m.start(1) + len(word))
        at = m.end()
    return None


# Heads that measure time, distance or a share: not what an act was done to.
_NOT_COUNTED: Final = frozenset(
    "year years month months week weeks day days hour hours minute minutes decade decades time times percent cent "
    "km kilometres kilometers miles metres meters points point nautical "
    # the parties themselves ("called on two neighbours", "against one another"), not what was done to them
    "sides countries neighbours neighbors nations parties states governments allies another "
    # places: where an act happened ("struck two areas of eastern Afghanistan"), not what it counted
    "areas regions districts provinces places".split())
# "and a further 40", "and a number of others": no one counted.
_NOT_ONE: Final = frozenset("further number total few dozen couple handful lot score host series".split())
# "six entities and three vessels", "two individuals and a company": one more counted phrase, added.
_AND_COUNT: Final = re.compile(r"\s++and\s++(?:an?\s++(?=[a-z]))?")
# Heads counting people: the unit is "people" ("nationals", "fishermen", "Americans").
_PEOPLE: Final = frozenset(
    "people persons nationals citizens civilians prisoners detainees hostages migrants refugees asylum-seekers "
    "journalists activists fishermen sailors crew workers students tourists protesters demonstrators "
    "individuals captives inmates opponents dissidents children women men soldiers troops officers servicemen "
    "policemen police personnel fighters militants guards members".split())


def object_count(sentence: str, numbers: list[Number], *, start: int, end: int) -> tuple[float, str] | None:
    """(value, unit) of the number that counts the object of an act matched at [start, end): right after its verb
    ("released 100 Indian fishermen", "handed over two soldiers") or right after the match ("imposed sanctions on 50
    individuals"). Money in its currency, people as "people", anything else as its plural head noun ("missiles",
    "companies"); None when the object has no number or the number measures time, distance or a share."""
    verb = _VERB.match(sentence, start)
    after_verb = (_after_gap(sentence, verb.end()),) if verb is not None and verb.end() <= end else ()
    n = None
    for at in (*after_verb, _after_gap(sentence, end)):
        n = next((n for n in numbers if n.start == at), None)
        if n is not None:
            break
    if n is None:
        return None
    if n.currency:
        return n.value, n.currency
    head = counted_head(sentence, n.end)
    if head is None or head.word.lower() in _NOT_COUNTED:
        return None
    unit = _unit_of(head.word)
    more, other = _more_counted(sentence, numbers, head.end)
    if more and not _AND_HURT.match(sentence, head.end):
        # "six entities and three vessels": one sum; of two kinds of thing, "items"
        return n.value + more, unit if _unit_of(other) == unit else "items"
    return n.value, unit


def _after_gap(sentence: str, at: int) -> int:
    """Where the object begins after offset at, past particles, prepositions and hedges (_OBJECT_GAP)."""
    gap = _OBJECT_GAP.match(sentence, at)  # (it matches the empty string at worst)
    return gap.end() if gap is not None else at


def _unit_of(head: str) -> str:
    """A counted head noun as a unit: people as "people" ("nationals", "six Americans"), else the noun."""
    low = head.lower()
    return "people" if low in _PEOPLE or head[0].isupper() and low.endswith("s") else low


def _more_counted(sentence: str, numbers: list[Number], end: int) -> tuple[float, str]:
    """What "and three vessels" or "and a company" adds after a counted phrase ending at end, and its head noun
    ((0, "") when nothing)."""
    m = _AND_COUNT.match(sentence, end)
    if m is None:
        return 0.0, ""
    if m.group().rstrip().endswith(("a", "an")):
        one = _NEXT_WORD.match(sentence, m.end() - 1)  # "and a company": one word, counted once
        if one is None or one.group(1).lower() in _NOT_COUNTED | _PHRASE_END | _NOT_ONE \
                or _COUNT_NEXT.match(sentence, one.end()):
            return 0.0, ""
        return 1.0, one.group(1)
    n = next((n for n in numbers if n.start == m.end() and n.currency is None), None)
    head = counted_head(sentence, n.end) if n is not None else None
    if n is None or head is None or head.word.lower() in _NOT_COUNTED:
        return 0.0, ""
    return n.value, head.word


# One envoy named as the object ("expelled a Russian diplomat", "Sweden’s ambassador", "declared the consul persona non
# grata"): a count of one where no number is written.
_ONE_ENVOY: Final = re.compile(
    r"\b(?:diplomat|ambassador|envoy|consul|attach[eé]|charg[eé]\s++d['’]affaires|counsell?or|high\s++commissioner)\b"
    r"(?![-‐]?s\b|['’]s\b)", re.IGNORECASE)
_MANY_ENVOYS: Final = re.compile(r"\b(?:diplomats|ambassadors|envoys|consuls|attach[eé]s|staff|employees|personnel)\b",
                                 re.IGNORECASE)


def one_envoy(text: str) -> bool:
    """True when text names one envoy and no group of them ("ordered a Russian diplomat to leave")."""
    return _ONE_ENVOY.search(text) is not None and _MANY_ENVOYS.search(text) is None


# Between a counted subject's head and its passive verb: "200 people have been detained", "were handed over".
_AUX_GAP: Final = re.compile(r"\s++(?:(?:have|has|had)\s++been|were|was|are|is)\s++$", re.IGNORECASE)
# A number inside a name: "the Group of Seven", "Resolution 2722", "Article 5".
_NAME_BEFORE_NUMBER: Final = re.compile(r"(?<=\w\s)(?-i:[A-Z])[\w-]*+(?:\s++of)?\s++$")


def subject_count(sentence: str, numbers: list[Number], *, start: int) -> tuple[float, str] | None:
    """(value, unit) of the number counting the subject of a passive act matched at start, or of a match that
    begins with the counted noun: "More than 200 people have been detained", "Eight Russians held in ...", "400
    Kenyan police officers landed"."""
    for n in reversed(numbers):
        if n.start >= start or n.currency:
            continue
        head = counted_head(sentence, n.end)
        if head is None or head.word.lower() in _NOT_COUNTED or head.start > start \
                or not (head.start == start or _AUX_GAP.search(sentence, head.end, start)) \
                or _NAME_BEFORE_NUMBER.search(sentence, max(0, n.start - 30), n.start):
            return None
        return n.value, _unit_of(head.word)
    return None


# The money an act is about, named further on by what it is worth or what it falls on: "halt exports and imports worth
# some $7 billion", "tariffs on $34 billion of goods" (not money of another act: "after Washington froze $5 billion").
_MONEY_REACH: Final = 60
_WORTH: Final = re.compile(r"\b(?:worth|valued\s++at|totall?ing|amounting\s++to|on|of)\s++(?:some\s++|about\s++|around\s++|"
                           r"up\s++to\s++|more\s++than\s++|nearly\s++|over\s++|an\s++estimated\s++|as\s++much\s++as\s++)?$",
                           re.IGNORECASE)
_CLAUSE_BREAK: Final = re.compile(r"[;,]|\b(?:after|before|when|while|but|which|who|that|over|accused|as)\b",
                                  re.IGNORECASE)


def money_after(sentence: str, numbers: list[Number], *, end: int) -> tuple[float, str] | None:
    """(value, currency) of an amount within reach after offset end that "worth", "valued at" or "totalling"
    introduces, in the same clause; else None."""
    for n in numbers:
        if n.currency and end <= n.start <= end + _MONEY_REACH:
            worth = _WORTH.search(sentence, end, n.start)
            # (a comma right before "worth" opens no new clause: "halted all trade with Israel, worth $7 billion")
            if worth is None or _CLAUSE_BREAK.search(sentence, end, len(sentence[:worth.start()].rstrip(", "))):
                return None
            return n.value, n.currency
    return None


# Units whose counts tell two events apart (two expulsions of 40 and of 8 diplomats); a count of another object
# ("236 drones and missiles" against "127 missiles") varies between reports of one event.
_DECISIVE_UNITS: Final = frozenset({"diplomats", "troops"} | set(_CURRENCIES.values()))


def decisive_unit(unit: str | None) -> bool:
    """True when different counts in this unit mean different events (see _DECISIVE_UNITS)."""
    return unit in _DECISIVE_UNITS


# One person as the object of an arrest or a release, with no number: "arrested a French national", "freed an American
# citizen detained for a year" (not "a French national's lawyer").
_ONE_PERSON: Final = re.compile(
    r"(?:an?|one)\s++(?:[\w'’.-]++\s++){0,3}?(?:national|citizen|journalist|reporter|employee|aide|activist|tourist|"
    r"businessman|businesswoman|executive|researcher|academic|student|worker|dissident|opposition\s++leader|"
    r"dual\s++national|" + _PERSON[3:-1] + r")\b(?![-‐]?s\b|['’]s\b)", re.IGNORECASE)


def one_person(sentence: str, numbers: list[Number], *, start: int) -> float | None:
    """How many people the object right after the verb of an act at start counts when it opens with one person
    ("arrested a French national": 1; "released a French tourist and two Britons": 3), else None."""
    verb = _VERB.match(sentence, start)
    m = _ONE_PERSON.match(sentence, _after_gap(sentence, verb.end() if verb else start))
    return None if m is None else 1.0 + _more_counted(sentence, numbers, m.end())[0]
