"""One document being coded: its sentences (tokens, actor phrases and triggers read on first use), the events under
construction, and what a sentence offers every trigger in it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from pipeline.extract.dates import EventDate, Published, find_cues
from pipeline.extract.gazetteer import AMBIGUOUS_CAPITALS, Gazetteer, Tokens, in_region_name, tokenize
from pipeline.extract.modality import Span
from pipeline.extract.phrases import Compound, Item, build_compounds, find_items
from pipeline.extract.quantities import Number
from pipeline.extract.resources import CoderResources
from pipeline.extract.sentences import split_sentences
from pipeline.extract.triggers import TriggerMatch, match_document


class Sentence:
    """One sentence; its tokens, gazetteer hits and actor compounds are computed on first use."""

    __slots__ = ("index", "start", "end", "text", "lowered", "gaz", "names", "matches", "topic", "home",
                 "_tokens", "_items", "_compounds")

    def __init__(self, index: int, start: int, end: int, text: str, lowered: str, gaz: Gazetteer,
                 names: dict[str, str], matches: list[TriggerMatch], home: Callable[[], str | None]) -> None:
        self.index, self.start, self.end, self.text, self.lowered = index, start, end, text, lowered
        self.gaz, self.names, self.matches, self.home = gaz, names, matches, home
        self.topic: tuple[str, ...] | None = None
        self._tokens: Tokens | None = None
        self._items: list[Item] | None = None
        self._compounds: list[Compound] | None = None

    @property
    def tokens(self) -> Tokens:
        """Word and number tokens."""
        if self._tokens is None:
            self._tokens = tokenize(self.text)
        return self._tokens

    @property
    def items(self) -> list[Item]:
        """Gazetteer aliases, roles, learnt names and pronouns."""
        if self._items is None:
            self._items = find_items(self.tokens, self.gaz, self.names)
        return self._items

    @property
    def compounds(self) -> list[Compound]:
        """Actor phrases grouped into coordinated lists."""
        if self._compounds is None:
            self._compounds = build_compounds(self.text, self.items, self.names, self.home)
        return self._compounds


@dataclass(slots=True)
class Draft:
    """An event under construction; recipients may still be filled from context."""

    sentence: Sentence
    trigger: TriggerMatch
    event_type: str
    mode: str | None
    status: str
    actor_codes: tuple[str, ...]
    actor_text: str
    recipient_codes: tuple[str, ...]
    recipient_text: str
    date: EventDate
    quantity: float | None = None
    unit: str | None = None
    killed: int | None = None
    injured: int | None = None
    location: str | None = None
    location_country: str | None = None
    confidence: float = 0.8
    needs_recipient: bool = True
    # The actor is the place's country, guessed for armed men no text names ("Gunmen stormed a school in Kumba").
    actor_guessed: bool = False


class SentenceContext:
    """What a sentence offers every trigger in it: conditional clauses, numbers and (on first use) time expressions
    and the place it names."""

    __slots__ = ("conditions", "numbers", "_sentence", "_published", "_countries", "_cues", "_location")

    def __init__(self, conditions: list[Span], numbers: list[Number], sentence: Sentence, doc: Doc):
        self.conditions = conditions
        self.numbers = numbers
        self._sentence, self._published, self._countries = sentence, doc.published, doc.countries
        self._cues: list[tuple[int, int, EventDate]] | None = None
        self._location: tuple[str | None, str | None] | None = None

    @property
    def cues(self) -> list[tuple[int, int, EventDate]]:
        """Time expressions of the sentence; read only once a trigger of it yields an event."""
        if self._cues is None:
            self._cues = find_cues(self._sentence.text, self._sentence.tokens, self._published)
        return self._cues

    @property
    def location(self) -> tuple[str | None, str | None]:
        """The sentence's place and its country code (see sentence_location)."""
        if self._location is None:
            self._location = sentence_location(self._sentence, self._countries)
        return self._location


@dataclass(slots=True)
class Doc:
    """Per-document context: sentences (made on first use), publication date and the dominant country (likewise)."""

    text: str
    lowered: str
    gaz: Gazetteer
    # Sentence offsets, trigger matches of each sentence, and the learnt surnames every sentence shares.
    spans: list[tuple[int, int]]
    matches: list[list[TriggerMatch]]
    names: dict[str, str]
    published: Published
    countries: frozenset[str]
    # The Sentence of each span once something has read it (most sentences have no trigger and are never read).
    made: list[Sentence | None]
    # Acts not coded for want of a recipient, in order: what a later "condemned the launch" may answer.
    objectless: list[Draft] = field(default_factory=list)
    # Countries reported mediating or hosting talks between others (CONSULT third-party): no side of "the two sides".
    mediators: set[str] = field(default_factory=set)
    _mentions: list[tuple[int, str]] | None = None
    # The codes of the mentions that count towards the main countries (see main_countries), read once.
    _counted: list[str] | None = None
    _leading: tuple[str, ...] | None = None
    _by_code: dict[str, list[int]] | None = None
    _two_sided: bool = False
    _home: str | None = None
    _home_known: bool = False
    # (offset, code) of each country named with its junta or regime (see ruler), read on first use.
    _rulers: list[tuple[int, str]] | None = None
    names_read_to: int = 0
    # Indices (ascending) of the sentences with a title word ("minister"), found on first need.
    titled: list[int] | None = None

    def sentence(self, k: int) -> Sentence:
        """Sentence k (0 <= k < len(spans))."""
        s = self.made[k]
        if s is None:
            a, b = self.spans[k]
            s = self.made[k] = Sentence(k, a, b, self.text[a:b], self.lowered[a:b], self.gaz, self.names,
                                         self.matches[k], self.home_country)
        return s

    @property
    def country_mentions(self) -> list[tuple[int, str]]:
        """(offset, code) of every name of a country, its people or its capital in the text, in order (read once, on
        first use)."""
        if self._mentions is None:
            words = self.gaz.country_words
            self._mentions = [(m.start(), words[m.group()]) for m in self.gaz.country_scan.finditer(self.text)
                              if not in_region_name(self.text, m.start())]
        return self._mentions

    def mentions_of(self, code: str) -> list[int]:
        """Offsets of the mentions of one country (indexed once, on first use)."""
        if self._by_code is None:
            self._by_code = {}
            for at, c in self.country_mentions:
                self._by_code.setdefault(c, []).append(at)
        return self._by_code.get(code, [])

    @property
    def leading_countries(self) -> tuple[str, ...]:
        """The two most-mentioned countries, the most mentioned first (a tie: the one named first), counted once
        from the scan that pair descriptions also read."""
        if self._leading is None:
            self._leading, self._two_sided = self.main_countries()
        return self._leading

    def main_countries(self, besides: tuple[str, ...] = ()) -> tuple[tuple[str, ...], bool]:
        """The two most-mentioned countries not in besides (the most mentioned first; a tie: the one named first), and
        whether the story is two-sided: no third country named at least half as often as the second."""
        if self._counted is None:
            # (A name inside a hyphenated modifier, "the Russian-led alliance", "a Russian-brokered ceasefire",
            # describes something else: it is not counted.)
            self._counted = [code for at, code in self.country_mentions if not self._modifier_mention(at)]
        top = Counter(code for code in self._counted if code not in besides).most_common(3)
        return tuple(code for code, _ in top[:2]), len(top) == 2 or (len(top) == 3 and top[2][1] * 2 <= top[1][1])

    def _modifier_mention(self, at: int) -> bool:
        """True when the country word at offset at is the first part of a hyphenated modifier ("Russian-led")."""
        m = self.gaz.country_scan.match(self.text, at)
        return m is not None and _HYPHEN_MODIFIER.match(self.text, m.end()) is not None

    @property
    def two_sided(self) -> bool:
        """True when the story is about its two main countries: a third is named less than half as often as the
        second (who a ministry's unaddressed denial answers)."""
        _ = self.leading_countries
        return self._two_sided

    @property
    def dominant(self) -> str | None:
        """The most-mentioned country: what "the Foreign Ministry" or an agentless "talks were held" refer to."""
        return self.leading_countries[0] if self.leading_countries else None

    def main_country_besides(self, codes: tuple[str, ...]) -> str | None:
        """The first of the story's two main countries not in codes: who summoned an envoy of the main country, or
        whose unnamed ministry protests to it."""
        return next((c for c in self.leading_countries if c not in codes), None)

    def ruler(self, before: int) -> str | None:
        """The country last named before offset `before` as ruled by a junta or regime ("Mali's ruling junta",
        "the Syrian regime", "Niger's military rulers"): what a later bare "the junta" is."""
        if self._rulers is None:
            self._rulers = []
            for at, code in self.country_mentions:
                word = self.gaz.country_scan.match(self.text, at)
                if word is not None and (_RULED_BY.match(self.text, word.end())
                                         or _SEIZED_IN.search(self.text, max(0, at - _SEIZED_REACH), at)):
                    self._rulers.append((at, code))
        return next((code for at, code in reversed(self._rulers) if at < before), None)

    def clearly_dominant(self, least: int) -> str | None:
        """The main country when it is named at least `least` times and twice as often as any other (a story about
        it)."""
        leading = self.leading_countries
        if not leading:
            return None
        first = len(self.mentions_of(leading[0]))
        second = len(self.mentions_of(leading[1])) if len(leading) > 1 else 0
        return leading[0] if first >= least and first >= 2 * second else None

    def home_country(self) -> str | None:
        """The dateline's country ("PARIS/NOUMEA (Reuters) -"), when the story names it among its two most
        mentioned countries, or with no dateline country the one the story is clearly about: the country of an official
        titled without one ("Interior Minister Gerald Darmanin")."""
        if not self._home_known:
            home = dateline_country(self.text, self.gaz)
            # (No dateline country: the country the story is clearly about; a dateline of another is no one's home.)
            self._home = home if home in self.leading_countries else self.clearly_dominant(_HOME_MENTIONS) if home is None else None
            self._home_known = True
        return self._home


# How often a story with no dateline country must name its main country for that to be an untitled official's.
_HOME_MENTIONS: Final = 3
# After a country's name or demonym: its junta, regime or rulers ("Mali's ruling junta", "the Syrian regime", "Niger's
# military rulers", "Myanmar's military government").
_RULED_BY: Final = re.compile(
    r"(?:['’]s)?\s++(?:(?:(?:ruling|military|new|interim)\s++){0,2}(?:junta|regime|rulers)"
    r"|military(?:-led|-backed)?\s++government)\b", re.IGNORECASE)
# ... or named as where power was taken: "the generals who seized power in Niamey", "to restore democracy in Niger"
# (not a passing "the 2021 coup in Guinea").
_SEIZED_IN: Final = re.compile(
    r"\b(?:(?:seized|took|grabbed)\s++power|restor(?:e|ing)\s++(?:democracy|constitutional\s++order|civilian\s++rule))"
    r"\s++(?:\S++\s++){0,2}?in\s++(?:the\s++)?$", re.IGNORECASE)
_SEIZED_REACH: Final = 40
# "PARIS/NOUMEA (Reuters) -", "NEW DELHI, Jan 8 (Reuters) -", "WINDSOR, England, Feb 27 -", "TOKYO (AP) —",
# "NEW DELHI:": upper-case places, an optional date and agency, then a dash or colon.
_DATELINE: Final = re.compile(
    r"\s*+([A-Z][A-Z.'’ /-]{1,40}?)((?:,\s*+[A-Z][A-Za-z.'’ -]{1,25}?)*)(?:,?\s++[A-Z][a-z]{2,8}\.?\s++\d{1,2})?"
    r"\s*+(?:\([^()\n]{1,40}\)\s*+)?[-—–:]")


_HEADLINE_MAX: Final = 200
# A sum converted into another currency, in brackets: "($1.53 billion)", "(about US$20 million)", "(£4.2bn)".
_CONVERSION: Final = re.compile(r"\((?:about\s|around\s|roughly\s|some\s|nearly\s)?(?:US|C|A|NZ|HK|S|R)?[$€£¥₹]\s?\d[\d.,]*+"
                                r"(?:\s?(?:bn|billion|million|mn|m|trillion|tn|k))?\)")
# The rest of a hyphenated modifier after a country word: "-led", "-brokered", "-backed", "-built".
_HYPHEN_MODIFIER: Final = re.compile(r"[-‐](?:led|brokered|backed|built|based|made|funded|sponsored|owned|flagged|"
                                     r"mediated|drafted|designed|trained|supplied|allied|aligned)\b")


def dateline_country(text: str, gaz: Gazetteer) -> str | None:
    """The country of the place a story is datelined from, if the gazetteer knows it (the dateline opens the text, or
    the paragraph after a headline line)."""
    m = _DATELINE.match(text)
    if m is None:
        line_end = text.find("\n", 0, _HEADLINE_MAX)
        m = _DATELINE.match(text, line_end + 1) if line_end > 0 else None
    if m is None:
        return None
    places = [p.strip() for p in m.group(1).split("/")] + [p.strip() for p in m.group(2).split(",") if p.strip()]
    for place in places:
        words = " ".join(w.capitalize() if w.isupper() else w for w in place.split())
        hit = gaz.aliases.get(words)
        if hit is not None and hit.actor_kind == "country" and hit.alias_kind in ("name", "place"):
            return hit.code
    return None


def read_document(text: str, resources: CoderResources, published: Published) -> Doc:
    """Split sentences; everything else is computed per sentence when a trigger needs it."""
    gaz = resources.gazetteer
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # keep offsets aligned
    # Surnames of listed officials named in full somewhere in the text ("Jake Sullivan" ... "Sullivan urged").
    named = set(gaz.full_name_scan.findall(text))
    # (In the file's order, so that of two people sharing a surname the later one wins, as it always has.)
    names = {surname: code for _, surname, code in sorted(gaz.full_names[full] for full in named)}
    if ("North Korea" in text or "Pyongyang" in text) and ("South Korea" in text or "Seoul" in text):
        # Korean news names the two Koreas "the North" and "the South" once both are named.
        names.setdefault("North", "PRK")
        names.setdefault("South", "KOR")
    spans = split_sentences(text)
    if "(" in text and (conversions := list(_CONVERSION.finditer(text))):
        # "a new 1.4 billion euro ($1.53 billion) package of military aid": a currency conversion in brackets is blanked
        # out for the trigger patterns (same length: offsets stay the text's).
        seen, low = list(text), list(lowered)
        for m in conversions:
            seen[m.start():m.end()] = low[m.start():m.end()] = " " * (m.end() - m.start())
        matches = match_document("".join(seen), "".join(low), resources.triggers, spans)
    else:
        matches = match_document(text, lowered, resources.triggers, spans)
    doc = Doc(text, lowered, gaz, spans, matches, names, published, resources.country_codes, [None] * len(spans))
    if any(matches):  # (a story with nothing to code needs no more names: most general news)
        _learn_story_names(doc)
    return doc


def _learn_story_names(doc: Doc) -> None:
    """Names a story resolves from its countries (the mentions the story is read for anyway): a listed official's
    uncommon surname after a title ("Foreign Minister Landsbergis flew to Baghdad"), the one bearer of it, in a story
    that names their state; an ambiguous capital ("Santiago has asked Venezuela ...") in a story about its state."""
    text, gaz, names = doc.text, doc.gaz, doc.names
    for m in gaz.titled_surname_scan.finditer(text):
        before = text[max(0, m.start() - 24):m.start()].split()
        if before and before[-1].lower() in gaz.title_words \
                and doc.mentions_of(gaz.titled_surnames[m.group().lower()]):  # (only after a title)
            names.setdefault(m.group(), gaz.titled_surnames[m.group().lower()])
    for capital, code in AMBIGUOUS_CAPITALS.items():
        if capital in text and doc.mentions_of(code):
            names.setdefault(capital, code)


def learn_names_before(doc: Doc, k: int) -> None:
    """Read the titled names ("Foreign Minister Margus Tsahkna") of earlier sentences, so surnames resolve later."""
    if doc.titled is None:
        begins = [a for a, _ in doc.spans]
        doc.titled = sorted({bisect_right(begins, at) - 1 for at in _title_positions(doc.lowered, doc.gaz.title_words)})
    # Only sentences with a title word can teach a name (the common case has none, found by one scan of the text).
    for j in doc.titled[bisect_left(doc.titled, doc.names_read_to):bisect_left(doc.titled, k)]:
        s = doc.sentence(j)
        # Only a title followed by a capitalised word the gazetteer does not know as a whole name (or knows as a town:
        # "General Salvador Cienfuegos") can introduce a name.
        for m in doc.gaz.title_then_word.finditer(s.lowered):
            after = s.text[m.start(1):m.end(1)]
            known = doc.gaz.aliases.get(after.strip(",.’'"))
            if after[:1].isupper() and (known is None or known.alias_kind == "place"):
                _ = s.compounds
                break
    doc.names_read_to = max(doc.names_read_to, k)


def _title_positions(lowered: str, titles: frozenset[str]) -> list[int]:
    """Offsets of the title words standing as whole whitespace-separated words of lowered (gaz.title_scan's matches).

    One str.find loop per title word: far faster than the regex, which has no literal to skip ahead to.
    """
    found = []
    for w in titles:
        at = lowered.find(w)
        while at >= 0:
            end = at + len(w)
            if (at == 0 or lowered[at - 1].isspace()) and (end == len(lowered) or lowered[end].isspace()):
                found.append(at)
            at = lowered.find(w, end)
    return found


def sentence_location(s: Sentence, countries: frozenset[str]) -> tuple[str | None, str | None]:
    """The first place named after a locative preposition in the sentence, and its code if it is a country."""
    for c in s.compounds:
        if c.locative:
            p = next(p for p in c.phrases if p.locative)
            if s.text[p.end:p.end + 1] == "-" or s.text.startswith(("'s", "’s"), p.end):
                continue  # "in the Russia-led alliance", "outside Sweden's consulate": a modifier, not the place
            return p.text, p.code if p.code in countries else None
    return None, None


def phrase_text(s: Sentence, c: Compound | None) -> str:
    """The words of the sentence that named a compound."""
    return s.text[c.start:c.end] if c is not None else ""
