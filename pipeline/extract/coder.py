"""code_document: sentences -> actor phrases -> triggers -> events with status, date and quantities."""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Final

from pipeline.extract import arguments as args_mod
from pipeline.extract.dates import EventDate, Published, find_cues, pick_date
from pipeline.extract.gazetteer import BORDERS_SET, DESCRIPTION, PAIR_SET, Gazetteer, Tokens, alias_key, tokenize
from pipeline.extract.modality import Span, classify, condition_spans, has_condition
from pipeline.extract.model import CodedEvent, Mention
from pipeline.extract.phrases import BARE, LOCATIVE, OWN, Compound, Item, Phrase, build_compounds, find_items
from pipeline.extract.quantities import Number, casualties, find_numbers, quantity_near, respectively
from pipeline.extract.resources import CoderResources
from pipeline.extract.sentences import split_sentences
from pipeline.extract.triggers import TriggerMatch, match_document
from pipeline.schema import DatePrecision

log = logging.getLogger(__name__)

CONFLICT_TYPES: Final = frozenset({"SANCTION", "ASSAULT", "MOBILIZE", "COERCE", "PROTEST"})
COOPERATIVE_TYPES: Final = frozenset({"AID", "COOPERATE", "SUPPORT", "CONSULT", "AGREE", "CONCEDE"})
# Acts several parties can do together with no one else as their object ("X and Y agreed to a ceasefire").
_JOINT_TYPES: Final = COOPERATIVE_TYPES | {"RETREAT"}
# Verbs whose clause after them is the content of a demand, accusation, denial or threat, not an act.
_COMPLEMENT_TYPES: Final = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# How far back (in sentences) a missing recipient may be carried from the same actor's same kind of event.
CARRY_SENTENCES: Final = 2
# How many sentences back a pronoun's antecedent is looked for.
TOPIC_LOOKBACK: Final = 3
# How many sentences back a description ("the Baltic state") looks for the country it stands for.
DESCRIPTION_LOOKBACK: Final = 3
_SHORT_ATTRIBUTION_WORDS: Final = 8
# A verb in the infinitive after a request, push or attempt ("urged Ukraine to investigate", "the campaign to
# get Kyiv to investigate", "efforts to urge", "the request to investigate") is what was sought, not an act.
_SOUGHT: Final = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|push(?:es|ed|ing)?"
    r"|get(?:s|ting)?|got|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|call(?:s|ed|ing)?"
    r"\s++(?:on|upon)|request(?:s|ed|ing)?|efforts?|attempts?|bids?|campaign(?:s|ed|ing)?|demand(?:s|ed|ing)?)"
    r"\s++(?:\S++\s++){0,5}?to\s++$", re.IGNORECASE)
# Prepositions before the place a crowd acts in ("rallied in Yerevan"): the locative ones, and those of a march's
# route ("marched through the streets of Tbilisi").
_PLACE_PREPS: Final = LOCATIVE | {"of", "through"}
# A word before "protests", "rallies", "marches" that makes it a noun ("died during protests in Bolivia").
_NOUN_BEFORE: Final = re.compile(
    r"\b(?:during|amid|amidst|after|before|following|despite|since|of|in|at|against|over|by|with|from|to|into|and|or|"
    r"new|mass|more|recent|weekly|daily|nationwide|violent|peaceful|planned|anti-\S++|pro-\S++)\s++$", re.IGNORECASE)
# How far after an attack's verb its weapon may be named ("with 120 missiles").
_WEAPON_WINDOW: Final = 60
# "Sweden's consulate", "the embassies of Rwanda, France and Belgium": the states whose missions a crowd targets.
_EMBASSY_AFTER: Final = re.compile(r"(?:['’]s)?\s++(?:embass(?:y|ies)|consulates?|(?:diplomatic\s++)?missions?)\b",
                                    re.IGNORECASE)
_EMBASSY_OF: Final = re.compile(r"\b(?:embass(?:y|ies)|consulates?|missions?)\s++of\s++(?:the\s++)?$", re.IGNORECASE)
# ", publicly threatening": a comma and an adverb before a participle.
_COMMA_ADVERB: Final = re.compile(r",\s++\w+ly\s++$")
# ", and hundreds of people rallied": a clause of its own, whose subject is not the name before it.
_NEW_CLAUSE_START: Final = re.compile(r"[;,]\s++(?:and|but|while|whereas)\s", re.IGNORECASE)
# How far before its verb the subject of a joint act ("X and Y signed") may end.
_JOINT_GAP: Final = 60
# How far after a crowd's verb its place or target may be named.
_PROTEST_WINDOW: Final = 120
# Where the content of a demand, denial or threat ends: a participle or relative clause, or a semicolon.
_CLAUSE_AFTER: Final = re.compile(
    r",\s++(?:prompting|sparking|triggering|drawing|leading|which|after|as|while|whereas|but)\b|;"
    r"|,\s++and\s++(?:the\s++)?(?-i:[A-Z])"  # ", and the United States urged ...": a clause of its own
    r"|,\s++and\s++(?:hundreds|thousands|dozens|scores|tens|\d)"  # ", and hundreds of people rallied ..."
    r"|\s++and\s++(?:said|says|added|warned|announced|stated)\b")
# A state's forces named without their state, right before the verb: "Security forces shot dead ...".
_BARE_FORCE: Final = re.compile(r"\b(?:police|security\s++forces|riot\s++police|troops|soldiers|army|military|"
                                r"the\s++junta)\s*+$", re.IGNORECASE)
# People of the actor's own country, when no other country is named: protesters, critics, officials at home.
_DOMESTIC_OBJECT: Final = re.compile(
    r"\b(?:protesters|protestors|demonstrators|crowds?|rioters|opposition|dissidents|critics|activists|mayor|"
    r"opposition\s++leaders?|students|strikers|worshippers|lawmakers|parliament)\b", re.IGNORECASE)
_DOMESTIC_WINDOW: Final = 60
# What a rejection can answer from the sentences before it: an allegation, a demand, a threat ...
_ANSWERED: Final = frozenset({("ACCUSE", "allege"), ("REQUEST", "change"), ("REQUEST", "yield"), ("REQUEST", "meet"),
                              ("REQUEST", "assist"), ("REQUEST", None), ("THREATEN", None), ("THREATEN", "violence"),
                              ("THREATEN", "restrict"), ("THREATEN", "relations")})
# ... when it names one as its object ("rejected the accusation", "dismissed these claims", "denied the charges").
_ANSWER_OBJECT: Final = re.compile(
    r"\s++(?:the|these|those|such|this|that|its|their|all)?\s*+(?:\S++\s++)?(?:accusations?|allegations?|claims?|"
    r"charges?|demands?|calls?|ultimatums?|threats?|requests?)\b"
    # ... or denies what was alleged: "denied any involvement", "denies backing the rebels".
    r"|(?:(?<=denied)|(?<=denies)|(?<=deny))\s++(?:any\s++|all\s++|having\s++)?(?:involvement|role|"
    r"responsibility|wrongdoing|links?|[a-z]+ing)\b", re.IGNORECASE)
# What a condemnation names as its object when it condemns an act reported before it ("condemned the strikes",
# "denounced it as a violation"): its recipient is the party that did that act.
_CONDEMNED_ACT: Final = re.compile(
    r"\s++(?:(?:by|at|with|over|about)\s++)?(?:it|this|(?:the|this|that|these|those|such|its|their)\s++(?:[\w-]++\s++){0,2}?(?:attacks?|strikes?|"
    r"airstrikes?|moves?|decisions?|steps?|raids?|killings?|invasion|incursions?|expulsions?|seizures?|arrests?|"
    r"detentions?|tests?|launch(?:es)?|bombings?|shelling|operations?|offensive|violations?|incidents?|actions?|"
    r"measures?|deployments?|annexation|executions?|shootings?|drills?|exercises?|war\s++games|manoeuvres|maneuvers|"
    r"blockade|verdicts?|rulings?|sentences?|sentencing))\b",
    re.IGNORECASE)
# Acts a condemnation of "the attack", "the move" answers; how many earlier drafts it looks back over.
_CONDEMNABLE: Final = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
# The acts a condemned noun can name (by its first four letters); a noun not listed ("the move", "the decision",
# "it") names any of _CONDEMNABLE.
_FORCE: Final = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_ACT_NOUN_TYPES: Final = {
    **dict.fromkeys(("atta", "stri", "airs", "raid", "bomb", "shel", "kill", "shoo", "offe", "inva", "incu",
                     "oper", "anne", "bloc"), _FORCE),
    **dict.fromkeys(("laun", "test"), frozenset({"MOBILIZE", "ASSAULT"})),
    **dict.fromkeys(("dril", "exer", "war ", "mano", "mane", "depl"), frozenset({"MOBILIZE"})),
    "expu": frozenset({"SANCTION", "COERCE"}),
    **dict.fromkeys(("dete", "arre", "seiz", "exec", "verd", "ruli", "sent"),
                    frozenset({"COERCE", "SANCTION", "ASSAULT"})),
}
_CONDEMN_LOOKBACK: Final = 8
# A cause phrase right before a possessive party: "in retaliation for Britain's", "over Canberra's".
_CAUSE_BEFORE: Final = re.compile(
    r"(?:\b(?:retaliat\w*+|response|reprisals?|protest|answer)\s++(?:for|to|against|at)|\bover|\bagainst)"
    r"\s++(?:the\s++)?$", re.IGNORECASE)
_POSSESSIVE_MARKS: Final = frozenset({"'s", "’s"})
# Hostile acts that can answer another party's act.
_ANSWERING_TYPES: Final = frozenset({"SANCTION", "ACCUSE", "COERCE", "THREATEN", "REJECT"})
# Two parties named by what they are to each other ("the two neighbours", "both sides"), right after a verb.
_PAIR_REF: Final = re.compile(
    r"\b(?:both\s++(?:sides|countries|nations|parties|governments|neighbou?rs|capitals)|the\s++two\s++"
    r"(?:[\w-]++\s++){0,2}?(?:countries|sides|neighbou?rs|nations|governments|parties|rivals|capitals|states|leaders)"
    r"|the\s++(?:[\w-]++\s++){0,2}?(?:neighbou?rs|rivals|foes|adversaries))\b",
    re.IGNORECASE)
_PAIR_WINDOW: Final = 60
# "each released", "expelled each other's diplomats": two parties acting on each other.
_EACH_OTHER: Final = re.compile(r"\beach\s++other\b", re.IGNORECASE)
_EACH_WINDOW: Final = 30
# How far after a demand, refusal or meeting verb its content ("for military assistance") is read for the mode.
_CONTENT_WINDOW: Final = 40
_BY_WINDOW: Final = 30
# Acts between two parties that make them "the two countries" of what follows.
_PAIR_SOURCES: Final = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "ACCUSE", "REJECT"})
_PAIR_SENTENCES: Final = 6
# A negation that refuses a future act ("would not approve", "won't recognise", "refuses to").
_REFUSAL: Final = re.compile(r"\b(?:will|would|shall)\s++not\b|\b(?:won|wouldn)['’]t\b|\brefus", re.IGNORECASE)
# "agreed to" (or "agreed to set up a commission and to") before a cooperative verb: the act is promised, not done ("agreed to expel" decides an act).
_AGREED_TO: Final = re.compile(r"\bagree(?:s|d|ing)?\s++(?:\S++\s++){0,12}?to\s*+$", re.IGNORECASE)
# A question ("Did Trump threaten to withhold aid?") asks whether an event happened; it does not report one.
_QUESTION: Final = re.compile(r"\?[\s\"'”’)\]]*+$")


class _Sentence:
    """One sentence; its tokens, gazetteer hits and actor compounds are computed on first use."""

    __slots__ = ("index", "start", "end", "text", "lowered", "gaz", "names", "matches", "topic",
                 "_tokens", "_items", "_compounds")

    def __init__(self, index: int, start: int, end: int, text: str, lowered: str, gaz: Gazetteer,
                 names: dict[str, str], matches: list[TriggerMatch]) -> None:
        self.index, self.start, self.end, self.text, self.lowered = index, start, end, text, lowered
        self.gaz, self.names, self.matches = gaz, names, matches
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
            self._compounds = build_compounds(self.text, self.items, self.names)
        return self._compounds


@dataclass(slots=True)
class _Draft:
    """An event under construction; recipients may still be filled from context."""

    sentence: _Sentence
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


class _Context:
    """What a sentence offers every trigger in it: conditional clauses, numbers and (on first use) time expressions
    and the place it names."""

    __slots__ = ("conditions", "numbers", "_sentence", "_published", "_countries", "_cues", "_location")

    def __init__(self, conditions: list[Span], numbers: list[Number], sentence: _Sentence, doc: _Doc):
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
        """The sentence's place and its country code (see _location)."""
        if self._location is None:
            self._location = _location(self._sentence, self._countries)
        return self._location


@dataclass(slots=True)
class _Doc:
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
    # The _Sentence of each span once something has read it (most sentences have no trigger and are never read).
    made: list[_Sentence | None]
    # Acts not coded for want of a recipient, in order: what a later "condemned the launch" may answer.
    objectless: list[_Draft] = field(default_factory=list)
    _dominant: str | None = None
    _dominant_known: bool = False
    names_read_to: int = 0
    # Indices (ascending) of the sentences with a title word ("minister"), found on first need.
    titled: list[int] | None = None

    def sentence(self, k: int) -> _Sentence:
        """Sentence k (0 <= k < len(spans))."""
        s = self.made[k]
        if s is None:
            a, b = self.spans[k]
            s = self.made[k] = _Sentence(k, a, b, self.text[a:b], self.lowered[a:b], self.gaz, self.names,
                                         self.matches[k])
        return s

    @property
    def dominant(self) -> str | None:
        """The most-mentioned country: what "the Foreign Ministry" or an agentless "talks were held" refer to."""
        if not self._dominant_known:
            self._dominant = dominant_country(self.text, self.gaz)
            self._dominant_known = True
        return self._dominant


def code_document(*, doc_id: str, text: str, published_date: dt.date | None, resources: CoderResources,
                  published_precision: DatePrecision | None = None) -> list[CodedEvent]:
    """Every event the text reports, one CodedEvent per (event, sentence); never raises on odd text."""
    if not text or not text.strip():
        return []
    doc = _read_document(text, resources, Published(published_date, _precision(published_date, published_precision)))
    drafts: list[_Draft] = []
    for k, matches in enumerate(doc.matches):
        if not matches:
            continue  # no trigger: nothing to code
        try:
            drafts.extend(_code_sentence(doc.sentence(k), doc, resources, drafts))
        except (ValueError, IndexError, KeyError, OverflowError, RecursionError) as exc:
            # One pathological sentence must not lose the document's other events.
            log.warning("coder skipped sentence %d of %s: %r", k, doc_id, exc)
    published_day = doc.published.date if doc.published.precision == "day" else None
    return [_finish(d, doc_id, published_day) for d in drafts if d.actor_codes]


def _precision(published: dt.date | None, given: DatePrecision | None) -> DatePrecision:
    """How exact the publication date is; unstated, a January 1st is taken as a year-only date (copyright line)."""
    if published is None:
        return "unknown"
    if given is not None:
        return given
    # Weekday cues resolved against a year-only date would invent days; a Jan 1 article loses only precision.
    return "year" if (published.month, published.day) == (1, 1) else "day"


def _read_document(text: str, resources: CoderResources, published: Published) -> _Doc:
    """Split sentences; everything else is computed per sentence when a trigger needs it."""
    gaz = resources.gazetteer
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # keep offsets aligned
    # Surnames of listed officials named in full somewhere in the text ("Jake Sullivan" ... "Sullivan urged").
    named = set(gaz.full_name_scan.findall(text))
    names = {surname: code for full, surname, code in gaz.full_names if full in named}
    spans = split_sentences(text)
    matches = match_document(text, lowered, resources.triggers, spans)
    return _Doc(text, lowered, gaz, spans, matches, names, published, resources.country_codes, [None] * len(spans))


def dominant_country(text: str, gaz: Gazetteer) -> str | None:
    """The country whose one-word names (Russia, Moscow, Russian, ...) occur most often; ties go to the first seen."""
    counts = Counter(map(gaz.country_words.__getitem__, gaz.country_scan.findall(text)))
    return counts.most_common(1)[0][0] if counts else None


def _learn_names_before(doc: _Doc, k: int) -> None:
    """Read the titled names ("Foreign Minister Margus Tsahkna") of earlier sentences, so surnames resolve later."""
    if doc.titled is None:
        begins = [a for a, _ in doc.spans]
        doc.titled = sorted({bisect_right(begins, at) - 1 for at in _title_positions(doc.lowered, doc.gaz.title_words)})
    # Only sentences with a title word can teach a name (the common case has none, found by one scan of the text).
    for j in doc.titled[bisect_left(doc.titled, doc.names_read_to):bisect_left(doc.titled, k)]:
        s = doc.sentence(j)
        # Only a title followed by a capitalised word the gazetteer does not know can introduce a name.
        for m in doc.gaz.title_then_word.finditer(s.lowered):
            after = s.text[m.start(1):m.end(1)]
            if after[:1].isupper() and after.strip(",.’'") not in doc.gaz.starters:
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


def _topic(doc: _Doc, k: int, depth: int = TOPIC_LOOKBACK) -> tuple[str, ...]:
    """The main subject of sentence k, or of one of the few sentences before it (antecedent of a pronoun)."""
    if k < 0 or depth < 0:
        return ()
    s = doc.sentence(k)
    if s.topic is None:
        subj = next((c for c in s.compounds if c.subject and c.kind != "relative"), None)
        s.topic = _codes(subj, s, doc, depth) if subj is not None else ()
    return s.topic or _topic(doc, k - 1, depth - 1)


def _codes(c: Compound | None, s: _Sentence, doc: _Doc, depth: int = TOPIC_LOOKBACK) -> tuple[str, ...]:
    """Codes a compound stands for: names directly, pronouns through their antecedent, institutions via the dominant country."""
    if c is None:
        return ()
    phrases = c.phrases
    if len(phrases) == 1 and phrases[0].kind == "actor":
        return (phrases[0].code,) if phrases[0].code else ()  # a lone name: the common case
    out: list[str] = []
    for p in phrases:
        if p.kind == "actor":
            out.append(p.code)
        elif p.kind == "dominant" and doc.dominant:
            out.append(doc.dominant)
        elif p.kind == "pronoun":
            personal = p.text.lower() in ("he", "she")
            ante = _person_before(s, doc, p.start) if personal else None
            if personal and ante is None and s.index > 0 and depth > 0 \
                    and args_mod.first_subject(s.compounds, p.start) is None:
                # "..., Erdogan said after a cabinet meeting. He also accused Sweden": the last person named.
                prev = doc.sentence(s.index - 1)
                before = _person_before(prev, doc, len(prev.text))
                if before is not None:
                    out.extend(_codes(before, prev, doc, depth - 1))
                    continue
            # "Brazil and Chile protested, and Nicaragua announced it was breaking relations": a subject pronoun is
            # the subject of the nearest clause before it; an object ("asked it to intervene") the sentence's.
            if ante is None and args_mod.starts_clause(s.text, c):
                ante = args_mod.clause_subject_before(s.text, s.compounds, p.start)
            ante = ante or args_mod.first_subject(s.compounds, p.start)
            out.extend(_codes(ante, s, doc, depth) if ante and ante is not c else _topic(doc, s.index - 1, depth - 1))
        elif p.kind == "speaker":
            out.extend(_speaker_codes(s, doc, depth))
        elif p.kind == "description":
            out.extend(_described(p, c, s, doc, depth))
    return tuple(dict.fromkeys(x for x in out if x))


def _described(p: Phrase, c: Compound, s: _Sentence, doc: _Doc, depth: int) -> tuple[str, ...]:
    """The country a description stands for ("the Baltic state", "his country"); see descriptions.csv."""
    own, bare = p.code.startswith(OWN), p.code.startswith(BARE)
    allowed = doc.gaz.descriptions.get(p.code[len(OWN if own else BARE if bare else DESCRIPTION):])
    subject = args_mod.first_subject(s.compounds, p.start)
    if subject is c:
        subject = None
    if allowed is PAIR_SET:
        # "The two leaders agreed to meet again", "China urged both sides to show restraint": the two countries
        # named most often before it (the parties of the story), the clause's subject left out.
        own_clause = args_mod.starts_clause(s.text, c)
        exclude = set(_codes(subject, s, doc, depth)) if subject is not None and not own_clause else set()
        named = Counter(code for code in map(doc.gaz.country_words.__getitem__,
                                             doc.gaz.country_scan.findall(doc.text, 0, s.start + p.start))
                        if code not in exclude)
        pair = [code for code, _ in named.most_common(2)]
        return tuple(pair) if len(pair) == 2 else ()
    if allowed is BORDERS_SET:
        # "Congo cut ties with its eastern neighbour": a country bordering the subject (else the topic).
        anchor = args_mod.clause_subject_before(s.text, s.compounds, p.start) or subject
        anchors = _codes(anchor, s, doc, depth) if anchor is not None else _topic(doc, s.index - 1, depth - 1)
        allowed = frozenset(x for a in anchors for x in doc.gaz.borders.get(a, ()))
    if own or subject is None or (bare and allowed is not None):
        # "his country" is the subject's own; "The kingdom said ..." continues the sentences before it; "Riyadh
        # gave the ambassador 48 hours to leave the kingdom": a bare description the subject fits is the subject.
        topic = _codes(subject, s, doc, depth) if subject is not None else _topic(doc, s.index - 1, depth - 1)
        fits = tuple(x for x in topic if x in doc.countries and (allowed is None or x in allowed))
        if fits or own:
            return fits[:1]
    # "China downgraded ties with Lithuania ... It accused the Baltic state": the last country named before it
    # that is not the subject of its own clause.
    exclude = set(_codes(subject, s, doc, depth)) if subject is not None else set()
    for code in _countries_before(s, doc, p.start):
        if code not in exclude and (allowed is None or code in allowed):
            return (code,)
    return ()


def _countries_before(s: _Sentence, doc: _Doc, pos: int) -> Iterator[str]:
    """Country codes named before offset pos of s, nearest first, then in the sentences before it."""
    for k in range(s.index, max(-1, s.index - 1 - DESCRIPTION_LOOKBACK), -1):
        sk = doc.sentence(k)
        for c in reversed(sk.compounds):
            if k == s.index and c.start >= pos:
                continue
            for ph in reversed(c.phrases):
                if ph.kind == "actor" and ph.code in doc.countries:
                    yield ph.code


def _person_before(s: _Sentence, doc: _Doc, pos: int) -> Compound | None:
    """The nearest person named before offset pos of the sentence: "he" is Trump in "Mexico will send troops
    after President Donald Trump agreed to pause tariffs he had threatened"."""
    for c in reversed(s.compounds):
        if c.end > pos or c.kind != "actor":
            continue
        words = _text(s, c)
        last = words.rsplit(" ", 1)[-1]
        hit = doc.gaz.aliases.get(last) or doc.gaz.aliases.get(words)
        if (hit is not None and hit.actor_kind == "person") or last in doc.names or any(
                w in doc.gaz.title_words for w in words.lower().split()):
            return c
    return None


def _codes_of(compounds: tuple[Compound, ...], s: _Sentence, doc: _Doc) -> tuple[str, ...]:
    """Codes of several compounds, in order, without repeats (_codes gives each compound's without repeats)."""
    if len(compounds) == 1:
        return _codes(compounds[0], s, doc)  # the common case: one recipient
    return tuple(dict.fromkeys(code for c in compounds for code in _codes(c, s, doc)))


def _speaker_codes(s: _Sentence, doc: _Doc, depth: int) -> tuple[str, ...]:
    """Who "we"/"I" is: the attributed speaker of this sentence, of a short attribution after it, or the topic."""
    k = s.index
    sp = args_mod.speaker_of(s.text, s.compounds)
    if sp is None and k + 1 < len(doc.spans):
        nxt = doc.sentence(k + 1)
        if len(nxt.text.split()) <= _SHORT_ATTRIBUTION_WORDS:
            sp_next = args_mod.speaker_of(nxt.text, nxt.compounds)
            if sp_next is not None:
                return tuple(p.code for p in sp_next.phrases if p.kind == "actor")
    if sp is not None:
        return tuple(p.code for p in sp.phrases if p.kind == "actor")
    return _topic(doc, k - 1, depth - 1)


def _code_sentence(s: _Sentence, doc: _Doc, res: CoderResources, earlier: list[_Draft]) -> list[_Draft]:
    """Drafts of every trigger of one sentence, recipients completed from context."""
    k = s.index
    matches = s.matches
    if not matches:
        return []
    _learn_names_before(doc, k)
    if not s.items:
        return []  # no trigger, or nobody to act
    if "?" in s.text[-8:] and _QUESTION.search(s.text, max(0, len(s.text) - 8)):
        return []
    needs_numbers = any(t.rule.unit or t.rule.event_type == "ASSAULT" for t in matches)
    ctx = _Context(condition_spans(s.text, s.lowered), find_numbers(s.text, s.tokens) if needs_numbers else [],
                   s, doc)
    drafts: list[_Draft] = []
    complement_from: int | None = None
    complement_to = len(s.text)
    denial = False
    for t in matches:
        if ctx.conditions and any(span.contains(t.start) for span in ctx.conditions):
            continue  # the 'if' clause of a conditional is not asserted
        found = args_mod.find_arguments(s.text, s.compounds, t)
        if _adjunct_participle(s.text, t):
            # "Somalia recalled its ambassador ... to Ethiopia, calling it a violation", "..., the Armenian defence
            # ministry said, accusing": the participle shares the subject of the nearest clause before it.
            main = args_mod.clause_subject_before(s.text, s.compounds, t.start)
            if main is not None and found.actor is not main:
                found = replace(found, actor=main)
        in_complement = complement_from is not None and complement_from <= t.start < complement_to \
            and not found.coordinated
        if in_complement and not (denial and t.rule.event_type not in _COMPLEMENT_TYPES):
            continue
        if s.lowered.endswith("to", 0, t.start - 1) and _SOUGHT.search(s.text, max(0, t.start - 90), t.start):
            continue
        new = _drafts_for(t, found, s, doc, res, ctx)
        if in_complement:
            # "Iran denied that it had supplied drones to Russia": the act is recorded as denied.
            new = [replace(d, status="denied") for d in new if d.status in ("actual", "historical")]
        drafts.extend(new)
        if new and t.rule.event_type in _COMPLEMENT_TYPES and not in_complement:
            complement_from = t.end
            # The content ends where a participle or relative clause about the act itself begins
            # ("refused to accept the flights, prompting Trump to order tariffs").
            end = _CLAUSE_AFTER.search(s.text, t.end)
            complement_to = end.start() if end else len(s.text)
            denial = t.rule.event_type == "REJECT" and s.lowered.startswith("den", t.start)
    for d in drafts:
        if d.needs_recipient and not d.recipient_codes:
            _fill_recipient(d, drafts, earlier, doc.objectless)
    kept = [d for d in drafts if d.recipient_codes or not d.needs_recipient]
    if len(kept) < len(drafts):
        # "North Korea fired a ballistic missile on Monday" names no side struck and is not coded, but "Japan
        # condemned the launch" answers it.
        doc.objectless.extend(d for d in drafts if not (d.recipient_codes or not d.needs_recipient))
    return _merge_twins(kept)


def _agent_modifier(c: Compound, s: _Sentence, start: int, end: int) -> bool:
    """True when c modifies the act noun in s.text[start:end] as its agent: a demonym, a possessive or an
    abbreviation ("the Israeli raid", "Russia's invasion", "the US drone strike"); a bare place name there is
    where it happened ("the Kyiv attack")."""
    if not (start <= c.start and c.end <= end and c.kind == "actor"):
        return False
    word = s.text[c.start:c.end]
    if s.text.startswith(("'s", "’s"), c.end) or (word.replace(".", "").isupper() and len(word) <= 5):
        return True
    hit = s.gaz.aliases.get(alias_key(word))
    return hit is not None and hit.alias_kind == "demonym"


def _adjunct_participle(sentence: str, t: TriggerMatch) -> bool:
    """True when the trigger is a participle opening an adjunct clause: ", calling it", ", accusing Moscow of"."""
    if not sentence[t.start:args_mod.head_end(sentence, t)].lower().endswith("ing"):
        return False
    return sentence.endswith(", ", 0, t.start) or _COMMA_ADVERB.search(sentence, max(0, t.start - 24), t.start) is not None


def _merge_twins(drafts: list[_Draft]) -> list[_Draft]:
    """One draft per act: two triggers of one sentence coding the same event ("carried out airstrikes ...,
    killing nine") become the first, completed with what the second adds (mode, counts)."""
    if len(drafts) < 2:
        return drafts
    out: list[_Draft] = []
    for d in drafts:
        twin = next((o for o in out if _twins(o, d)), None)
        if twin is None:
            out.append(d)
            continue
        twin.mode = twin.mode or d.mode
        if twin.quantity is None:
            twin.quantity, twin.unit = d.quantity, d.unit
        twin.killed = twin.killed if twin.killed is not None else d.killed
        twin.injured = twin.injured if twin.injured is not None else d.injured
    return out


def _twins(a: _Draft, b: _Draft) -> bool:
    """Same type, parties and status, and no field on which they disagree (two modes, two counts)."""
    return (a.event_type == b.event_type and a.actor_codes == b.actor_codes and a.recipient_codes == b.recipient_codes
            and a.status == b.status and (a.mode is None or b.mode is None or a.mode == b.mode)
            and (a.quantity is None or b.quantity is None or a.quantity == b.quantity))


def _drafts_for(t: TriggerMatch, found: args_mod.Arguments, s: _Sentence, doc: _Doc, res: CoderResources,
                ctx: _Context) -> list[_Draft]:
    """Zero, one or several drafts for one trigger match."""
    rule = t.rule
    actor_codes = _codes(found.actor, s, doc)
    rec_compounds = found.recipients
    if rule.recipient == "cue":
        rec_compounds = args_mod.cue_recipients(s.text, s.compounds, res.triggers.recipient_cue)
    if rule.event_type == "ACCUSE" and rec_compounds:
        act = _CONDEMNED_ACT.match(s.text, args_mod.head_end(s.text, t))
        if act is not None:
            # "condemned the attack on Kyiv", "condemned the launch and pledged ... with the United States": the
            # act's agent ("the attack by Russia") or, unnamed, whoever did it (see _fill_recipient).
            rec_compounds = tuple(c for c in rec_compounds if (c.prep == "by" and c.start - act.end() < _BY_WINDOW)
                                  or _agent_modifier(c, s, act.start(), act.end()))
    rec_codes = _codes_of(rec_compounds, s, doc)
    if rule.voice == "participants":
        return _consult(t, found, s, doc, res, actor_codes, rec_codes, ctx)
    if rule.crowd:
        return _protest(t, found, s, doc, res, ctx)
    window = _modality_window(s.text, t, found)
    # "Security forces shot dead at least 114 people across Myanmar": a state's forces at home, named only by the
    # place; their act falls on that country's people.
    place_country = ctx.location[1]
    home = False
    if not actor_codes and place_country is not None and rule.event_type in ("ASSAULT", "COERCE") \
            and _BARE_FORCE.search(window) is not None and set(rec_codes) <= {place_country}:
        actor_codes, home = (place_country,), True
    if not actor_codes:
        return []
    modality = _classify(window, rule.event_type)
    if t.rule.modal_required and modality not in ("future", "threat"):
        return []  # "responded in kind" reports an act, not the threat this rule reads
    if t.rule.modal_negated:
        if modality != "negated":
            return []  # "ruled out a military response" excludes it
        modality = "threat"  # "does not rule out a military response" keeps it open
    if modality == "negated" and rule.event_type in COOPERATIVE_TYPES and _REFUSAL.search(window):
        # "Ankara would not approve Sweden's bid", "refuses to recognise": a refusal of the act.
        return [_refusal(t, found, s, doc, ctx, actor_codes, rec_compounds, rec_codes)]
    etype, mode, status = _type_and_status(t, modality, s.text, res)
    if etype is None:
        return []
    date, status = _dated(t, status, doc, ctx)
    if etype == "THREATEN" and mode is None:
        mode = _mode_from_keywords("THREATEN", s.text[t.start:], res)
    elif mode is None:
        # Demands, refusals and meetings name their content after the verb ("asked NATO for military assistance");
        # REQUEST's catch-all mode must not stop the reading at the verb.
        mode = _mode_from_keywords(etype, s.text[t.start:t.end + _CONTENT_WINDOW]
                                   if etype in ("REQUEST", "REJECT", "CONSULT") else s.text[t.start:t.end], res)
        if mode is None and etype == "ASSAULT":
            # The weapon in the subject ("Israeli airstrikes killed") or in an instrument after the verb ("attacked
            # the grid with 120 missiles").
            mode = _mode_from_keywords(etype, _text(s, found.actor), res) or _mode_from_keywords(
                etype, s.text[t.end:t.end + _WEAPON_WINDOW], res)
    killed, injured = casualties(s.text, ctx.numbers) if etype == "ASSAULT" else (None, None)
    base = _Draft(
        sentence=s, trigger=t, event_type=etype, mode=mode, status=status,
        actor_codes=actor_codes, actor_text=_text(s, found.actor),
        recipient_codes=tuple(c for c in rec_codes if c not in actor_codes) if rec_codes else (),
        recipient_text=_text(s, rec_compounds[0]) if rec_compounds else "",
        date=date, killed=killed, injured=injured,
    )
    base.location, base.location_country = ctx.location
    if len(actor_codes) == 2 and ((s.lowered.endswith(" each ", 0, t.start)
                                   and (not base.recipient_codes or rec_compounds[0].prep == "by"))
                                  or _EACH_OTHER.search(s.text, t.start, t.end + _EACH_WINDOW)):
        # "Russia and Ukraine each released 45 prisoners", "expelled each other's diplomats": one act each way
        # ("Latvia and Estonia each expelled a Russian diplomat" names its own recipient).
        a, b = actor_codes
        base.needs_recipient = False
        return [replace(base, actor_codes=(a,), recipient_codes=(b,), recipient_text=""),
                replace(base, actor_codes=(b,), recipient_codes=(a,), recipient_text="")]
    if rule.domestic or home:
        base.recipient_codes, base.recipient_text = actor_codes, base.actor_text  # martial law at home
    if not base.recipient_codes and len(actor_codes) > 1 and etype in _JOINT_TYPES \
            and _same_clause(s.text, found.actor, t):
        base.needs_recipient = False  # a joint act: "Greece and Turkey signed a declaration"
    elif not base.recipient_codes:
        _local_recipient(base, s, doc, ctx.conditions, killed is not None or injured is not None)
    return _with_quantities(base, t, s, ctx.numbers)


def _refusal(t: TriggerMatch, found: args_mod.Arguments, s: _Sentence, doc: _Doc, ctx: _Context,
             actor_codes: tuple[str, ...], rec_compounds: tuple[Compound, ...],
             rec_codes: tuple[str, ...]) -> _Draft:
    """A REJECT draft for a cooperative act the actor says it will not do."""
    location, country = ctx.location
    return _Draft(sentence=s, trigger=t, event_type="REJECT", mode=None, status="actual", actor_codes=actor_codes,
                  actor_text=_text(s, found.actor),
                  recipient_codes=tuple(c for c in rec_codes if c not in actor_codes),
                  recipient_text=_text(s, rec_compounds[0]) if rec_compounds else "",
                  date=pick_date(ctx.cues, t.start, doc.published), location=location, location_country=country)


def _consult(t: TriggerMatch, found: args_mod.Arguments, s: _Sentence, doc: _Doc, res: CoderResources,
             actor_codes: tuple[str, ...], rec_codes: tuple[str, ...], ctx: _Context) -> list[_Draft]:
    """A meeting: all participants are actors; needs two distinct parties."""
    parts = list(dict.fromkeys(actor_codes + rec_codes))
    if t.rule.implicit_actor == "dominant" and doc.dominant and doc.dominant not in parts:
        parts.insert(0, doc.dominant)
    if len(parts) < 2:
        return []
    window = _modality_window(s.text, t, found)
    modality = _classify(window, t.rule.event_type)
    if modality in ("negated", "hypothetical", "denied", "threat"):
        return []
    if t.rule.event_type == "CONSULT":
        etype, status = ("AGREE", "planned") if modality == "future" else ("CONSULT", "actual")
    else:  # a joint act of the parties ("X and Y agreed to restore relations")
        etype, status = t.rule.event_type, ("planned" if modality == "future" else "actual")
    mode = t.rule.mode or _mode_from_keywords(t.rule.event_type, s.text[t.start:t.end], res)
    date, status = _dated(t, status, doc, ctx)
    location = ctx.location
    if t.rule.mutual:
        return _mutual(t, found, s, doc, parts, etype, mode, status, date, ctx)
    # "Talks were held with NATO and the US": the unnamed host met each party, not NATO with the US.
    groups = [[parts[0], p] for p in parts[1:]] if t.rule.implicit_actor == "dominant" else [parts]
    text = ", ".join(_text(s, c) for c in found.recipients) or _text(s, found.actor)
    return [_Draft(sentence=s, trigger=t, event_type=etype, mode=_consult_mode(etype, mode, g, res), status=status,
                   actor_codes=tuple(g), actor_text=text, recipient_codes=(), recipient_text="", date=date,
                   needs_recipient=False, location=location[0], location_country=location[1]) for g in groups]


def _mutual(t: TriggerMatch, found: args_mod.Arguments, s: _Sentence, doc: _Doc, parts: list[str], etype: str,
            mode: str | None, status: str, date: EventDate, ctx: _Context) -> list[_Draft]:
    """Two parties acting on each other ("exchanged fire", "swapped prisoners"): one event each way, each side
    with the words that named it."""
    if len(parts) != 2:
        return []
    sides = [c for c in (found.actor, *found.recipients) if c is not None]
    # The phrase of a list that named the party ("Azerbaijani forces" of "Azerbaijani forces and Armenian troops"),
    # else the whole compound (a pronoun, an institution of the dominant country).
    named = {code: _text(s, c) for c in sides for code in _codes(c, s, doc)}
    named.update({p.code: p.text for c in sides for p in c.phrases if p.kind == "actor" and p.code})
    killed, injured = casualties(s.text, ctx.numbers) if etype == "ASSAULT" else (None, None)
    location, country = ctx.location
    return [_Draft(sentence=s, trigger=t, event_type=etype, mode=mode, status=status, actor_codes=(a,),
                   actor_text=named.get(a, ""), recipient_codes=(b,), recipient_text=named.get(b, ""), date=date,
                   killed=killed, injured=injured, needs_recipient=False, location=location,
                   location_country=country)
            for a, b in (parts, parts[::-1])]


def _protest(t: TriggerMatch, found: args_mod.Arguments, s: _Sentence, doc: _Doc, res: CoderResources,
             ctx: _Context) -> list[_Draft]:
    """A crowd's act (rule.crowd): only when the subject is a crowd; a crowd naming no country acts for its place."""
    actor = found.actor
    window = _modality_window(s.text, t, found)
    if _NOUN_BEFORE.search(s.text, max(0, t.start - 16), t.start):
        return []  # the noun: "during protests in Bolivia", "mass rallies across"
    lo = t.start - len(window) if actor is None else min(actor.start, t.start - len(window))
    subject_named = actor is not None and actor.end > t.start - _PROTEST_WINDOW \
        and _NEW_CLAUSE_START.search(s.text, actor.end, t.start) is None
    if not subject_named:
        # A crowd is often the object of a quantity: "Hundreds of Palestinians protested" (not a clause subject),
        # within the verb's own clause.
        for m in _NEW_CLAUSE_START.finditer(s.text, lo, t.start):
            lo = m.end()
        actor = next((c for c in reversed(s.compounds) if lo <= c.start and c.end <= t.start), None)
    if actor is not None and _is_crowd(actor, t, s, doc, res):
        actor_codes = _codes(actor, s, doc)
    elif not subject_named and res.triggers.crowd_words.search(window) is not None:
        actor, actor_codes = None, ()
    elif t.rule.otherwise is not None and subject_named:
        other_type, other_mode = t.rule.otherwise  # "Ecuadorean police stormed the Mexican embassy"
        rule = replace(t.rule, event_type=other_type, mode=other_mode, crowd=False, otherwise=None)
        return _drafts_for(replace(t, rule=rule), found, s, doc, res, ctx)
    else:
        return []  # "shares rallied", "Japan protested": not a crowd
    after = [c for c in s.compounds if t.end <= c.start < t.end + _PROTEST_WINDOW and c.kind == "actor"]
    # The target: "against X", "outside the X embassy", "border crossings with X".
    target = next((c for c in after if c.prep in ("against", "with") or "embass" in _text(s, c).lower()
                   or _EMBASSY_OF.search(s.text, max(0, c.start - 16), c.start)
                   or _EMBASSY_AFTER.match(s.text, c.end)), None)
    if not actor_codes:
        place = next((c for c in after if c.prep in _PLACE_PREPS and c is not target), None)
        actor_codes = tuple(x for x in _codes(place, s, doc) if x in doc.countries) if place is not None else ()
        actor_codes = actor_codes or ((ctx.location[1],) if ctx.location[1] else ())
        actor = place
    if not actor_codes:
        return []
    etype, mode, status = _type_and_status(t, classify(window), s.text, res)
    if etype is None:
        return []
    if etype == "PROTEST":
        mode = t.rule.mode or _mode_from_keywords("PROTEST", s.text[t.start:t.end], res)
    elif etype == "THREATEN":
        mode = _mode_from_keywords("THREATEN", s.text[t.start:], res) or mode
    date, status = _dated(t, status, doc, ctx)
    location = ctx.location
    return [_Draft(sentence=s, trigger=t, event_type=etype, mode=mode, status=status, actor_codes=actor_codes,
                   actor_text=_text(s, actor), recipient_codes=_codes(target, s, doc), recipient_text=_text(s, target),
                   date=date, needs_recipient=False, location=location[0], location_country=location[1])]


def _is_crowd(c: Compound, t: TriggerMatch, s: _Sentence, doc: _Doc, res: CoderResources) -> bool:
    """A crowd: a crowd word from the phrase to the verb ("Georgian protesters", "French farmers") or a plural
    demonym ("Armenians")."""
    if res.triggers.crowd_words.search(s.text, c.start, max(c.end, t.start)) is not None:
        return True
    words = _text(s, c)
    hit = doc.gaz.aliases.get(words)
    return hit is not None and hit.alias_kind == "demonym" and words.endswith("s")


def _same_clause(sentence: str, actor: Compound | None, t: TriggerMatch) -> bool:
    """The actor is the trigger's own subject: before it, close, and with no clause break between them."""
    if actor is None or actor.end > t.start or t.start - actor.end > _JOINT_GAP:
        return False
    return not any(ch in ",;:–—" for ch in sentence[actor.end:t.start])


def _consult_mode(etype: str, mode: str | None, parties: list[str], res: CoderResources) -> str | None:
    """A meeting with an international organisation is multilateral; promises to meet carry no mode."""
    if etype != "CONSULT":
        return None
    if mode is None and any(p in res.igo_codes for p in parties):
        return "multilateral"
    return mode


def _modality_window(sentence: str, t: TriggerMatch, found: args_mod.Arguments) -> str:
    """Words between the actor and the trigger (the verb group that carries modality and negation)."""
    lo = t.start - 60
    if _adjunct_participle(sentence, t):
        return ""  # ", accusing ...": the participle's own act, whatever modal the main clause carries
    if found.coordinated:
        lo = t.start - 40
    elif found.actor is not None and found.actor.end <= t.start:
        lo = max(found.actor.end, t.start - 90)
    return sentence[max(0, lo):t.start]


def _classify(window: str, etype: str) -> str:
    """The modality of the window, where "agreed to" before a cooperative act promises it ("agreed to meet")."""
    modality = classify(window)
    if modality == "actual" and etype in _JOINT_TYPES and _AGREED_TO.search(window):
        return "future"
    return modality


def _type_and_status(t: TriggerMatch, modality: str, sentence: str,
                     res: CoderResources) -> tuple[str | None, str | None, str]:
    """Event type, mode and status after modality: threats of an act become THREATEN, promises AGREE."""
    etype, mode = t.rule.event_type, t.rule.mode
    if etype == "THREATEN":
        return (None, None, "") if modality in ("negated", "denied") else (etype, mode, "threatened")
    if modality in ("negated", "hypothetical"):
        return None, None, ""
    if modality == "denied":
        return etype, mode, "denied"
    if modality == "threat":
        if etype in CONFLICT_TYPES:
            return "THREATEN", _threat_mode(etype, mode, res), "threatened"
        return None, None, ""
    if modality == "future":
        if etype == "CONCEDE":
            return etype, mode, "actual"  # "said it would lift the curbs": announcing it is the concession
        if etype in COOPERATIVE_TYPES:
            return "AGREE", None, "planned"
        if etype == "RETREAT":
            return "CONCEDE", None, "planned"  # an announced withdrawal or release
        if etype in CONFLICT_TYPES and has_condition(sentence):
            return "THREATEN", _threat_mode(etype, mode, res), "threatened"
        return etype, mode, "planned"
    return etype, mode, "actual"


def _threat_mode(etype: str, mode: str | None, res: CoderResources) -> str | None:
    """What a threatened act threatens (SANCTION/withdraw -> relations)."""
    table = res.triggers.threat_modes
    return table.get(f"{etype}/{mode}") or table.get(etype)


def _mode_from_keywords(etype: str, text: str, res: CoderResources) -> str | None:
    """The first mode of [modes.<type>] whose keywords occur in text."""
    table = res.triggers.mode_keywords.get(etype)
    if table is None:
        return None
    any_mode, ordered = table
    if any_mode is not None and not any_mode.search(text):
        return ordered[-1][0] if ordered[-1][1].pattern == "." else None
    for mode, pattern in ordered:
        if pattern.search(text):
            return mode
    return None


def _dated(t: TriggerMatch, status: str, doc: _Doc, ctx: _Context) -> tuple[EventDate, str]:
    """The trigger's date, and its status: an actual act dated to an earlier year is historical."""
    date = pick_date(ctx.cues, t.start, doc.published)
    if status == "actual" and _is_background(date, doc.published):
        status = "historical"
    return date, status


def _is_background(date: EventDate, published: Published) -> bool:
    """An explicit earlier year ("In 2018 ...") marks background, not news."""
    if date.explicit_year is None:
        return False
    if published.date is None:
        return date.precision == "year"
    return date.explicit_year < published.date.year


def _local_recipient(d: _Draft, s: _Sentence, doc: _Doc, conditions: list[Span], has_casualties: bool) -> None:
    """Recipient from the same sentence when the object slot is empty: the party a condition names, or the victims."""
    t = d.trigger
    pools: list[Compound] = []
    if d.event_type == "THREATEN":
        pools = [c for c in s.compounds if any(sp.contains(c.start) for sp in conditions)]
    elif d.event_type == "ASSAULT":
        # The victims' side ("killing four Russians") or the place struck ("a refinery in Russia's Krasnodar region").
        pools = [c for c in s.compounds if c.start >= t.end and (has_casualties or c.locative)]
    for c in pools:
        codes = tuple(x for x in _codes(c, s, doc) if x not in d.actor_codes)
        if codes:
            d.recipient_codes, d.recipient_text = codes, _text(s, c)
            d.confidence -= 0.1
            return
    if d.event_type == "MOBILIZE" and d.status != "threatened":
        # "stationed bombers in Venezuela", "sent 10,000 troops to Russia": the host of the deployment.
        host = next((c for c in s.compounds if c.start >= t.end and c.prep in ("to", "in", "into")
                     and not set(_codes(c, s, doc)) & set(d.actor_codes)), None)
        if host is not None:
            d.recipient_codes, d.recipient_text = _codes(host, s, doc), _text(s, host)
            d.confidence -= 0.1
            return
    if d.event_type in ("ASSAULT", "MOBILIZE") and d.location_country and d.location_country not in d.actor_codes:
        # "In Kharkiv, Russian missiles struck a school": the side struck is where it happened.
        d.recipient_codes, d.recipient_text = (d.location_country,), d.location or ""
        d.confidence -= 0.2
        return
    if d.event_type in _ANSWERING_TYPES:
        # "recalled its ambassador, retaliating against Algeria's decision to ...", "... over Canberra's
        # cancellation of the order": a hostile act answers the party whose act it names as its cause.
        for c in s.compounds:
            if c.start >= t.end and c.kind == "actor" and s.text[c.end:c.end + 2] in _POSSESSIVE_MARKS \
                    and _CAUSE_BEFORE.search(s.text, max(t.end, c.start - 40), c.start):
                codes = tuple(x for x in _codes(c, s, doc) if x not in d.actor_codes)
                if codes:
                    d.recipient_codes, d.recipient_text = codes, _text(s, c)
                    d.confidence -= 0.2
                    return
    if d.event_type in _ANSWERING_TYPES and _adjunct_participle(s.text, t):
        # "Moldova ordered Russia to cut its embassy staff, expelling 45 diplomats": the main clause's object.
        subject = args_mod.clause_subject_before(s.text, s.compounds, t.start)
        for c in s.compounds:
            if c.start >= t.start:
                break
            if subject is not None and c.start > subject.start and c.kind == "actor" and not c.locative:
                codes = tuple(x for x in _codes(c, s, doc) if x not in d.actor_codes)
                if codes:
                    d.recipient_codes, d.recipient_text = codes, _text(s, c)
                    d.confidence -= 0.2
                    return
    if d.event_type in ("ASSAULT", "COERCE") and len(d.actor_codes) == 1 \
            and _DOMESTIC_OBJECT.search(s.text, t.start, t.end + _DOMESTIC_WINDOW):
        # "Kenyan police opened fire on protesters", "Turkish police detained Istanbul's mayor": the state
        # acting on its own people.
        d.recipient_codes, d.recipient_text = d.actor_codes, ""
        d.confidence -= 0.2


def _fill_recipient(d: _Draft, siblings: list[_Draft], earlier: list[_Draft],
                    objectless: list[_Draft] | None = None) -> None:
    """Elided objects: a sibling event of the sentence, the same actor's previous event, or (denials, threats) the other party named."""
    t = d.trigger
    pair = _PAIR_REF.search(d.sentence.text, t.start, t.end + _PAIR_WINDOW)
    if pair is not None:
        # "China urged the two neighbours to show restraint", "called on both sides": the two parties of the
        # last act between two others reported before.
        for o in _recent(d, siblings, earlier, _PAIR_SENTENCES):
            if _PAIR_REF.fullmatch(o.recipient_text):
                parties = o.recipient_codes  # named the same way before
            elif o.event_type in _PAIR_SOURCES:
                parties = tuple(dict.fromkeys(o.actor_codes[:1] + o.recipient_codes[:1]))
            else:
                continue
            if len(parties) == 2 and not set(parties) & set(d.actor_codes):
                d.recipient_codes, d.recipient_text = parties, pair.group()
                d.confidence -= 0.2
                return
    for o in siblings:
        # An elided object is shared by coordinated verbs of one subject, or by a parallel act ("... to exile 35").
        if o is not d and o.recipient_codes and o.event_type == d.event_type and (
                o.actor_codes == d.actor_codes or (o.mode is not None and o.mode == d.mode)):
            rec = tuple(c for c in o.recipient_codes if c not in d.actor_codes)
            if rec:
                d.recipient_codes, d.recipient_text = rec, o.recipient_text
                d.confidence -= 0.1
                return
    for o in siblings:
        # "Blinken spoke by phone with Aliyev and Pashinyan and urged an end to hostilities", "Xi met Putin and
        # pledged support": the act's object is the other party of the meeting.
        if o is not d and o.event_type == "CONSULT" and d.event_type != "CONSULT" \
                and set(d.actor_codes) <= set(o.actor_codes) and o.trigger.start < d.trigger.start:
            rec = tuple(c for c in o.actor_codes if c not in d.actor_codes)
            if rec:
                d.recipient_codes, d.recipient_text = rec, o.actor_text
                d.confidence -= 0.1
                return
    if d.event_type in _COMPLEMENT_TYPES and d.sentence.text[max(0, d.trigger.start - 2):d.trigger.start] == ", ":
        # ", accusing its neighbour of ...": the participle's object is the main clause's other party.
        for o in siblings:
            if o is not d and o.actor_codes == d.actor_codes and o.recipient_codes \
                    and o.trigger.start < d.trigger.start:
                d.recipient_codes, d.recipient_text = o.recipient_codes, o.recipient_text
                d.confidence -= 0.2
                return
    if d.event_type == "REJECT":
        # "Pompeo blamed Iran for the attacks, while Tehran dismissed the allegation": an answer in the same sentence.
        for o in siblings:
            if o.trigger.start < d.trigger.start and _answers(d, o):
                d.recipient_codes, d.recipient_text = o.actor_codes, o.actor_text
                d.confidence -= 0.2
                return
    answering = d.event_type == "THREATEN"
    act = None if answering or d.event_type != "ACCUSE" else _CONDEMNED_ACT.match(
        d.sentence.text, args_mod.head_end(d.sentence.text, d.trigger))
    if answering or act is not None:
        # "Iran fired missiles at Israel ... Britain condemned the attack": whoever did the last act reported
        # (coded or not for want of a side struck; an act named as a noun may lie further back than "it");
        # "India struck sites in Pakistan. Pakistan vowed to respond": whoever last acted against the threatener.
        reported = earlier
        if act is not None and objectless:
            reported = sorted(earlier[-_CONDEMN_LOOKBACK:] + objectless[-_CONDEMN_LOOKBACK:],
                              key=lambda o: (o.sentence.index, o.trigger.start))
        named = act is not None and not act.group().lstrip().lower().startswith(("it", "this"))
        answerable = _answerable(act) if act is not None else _CONDEMNABLE
        for o in _recent(d, siblings, reported, _PAIR_SENTENCES if named else CARRY_SENTENCES):
            if o.event_type in answerable and o.status in ("actual", "historical") \
                    and not set(o.actor_codes) & set(d.actor_codes) \
                    and (not answering or set(o.recipient_codes) & set(d.actor_codes)):
                d.recipient_codes, d.recipient_text = o.actor_codes, o.actor_text
                d.confidence -= 0.2
                return
    for o in reversed(earlier):
        if d.sentence.index - o.sentence.index > CARRY_SENTENCES:
            break
        if o.event_type == d.event_type and set(o.actor_codes) & set(d.actor_codes) and o.recipient_codes:
            d.recipient_codes, d.recipient_text = o.recipient_codes, o.recipient_text
            d.confidence -= 0.2
            return
        if d.event_type == "REJECT" and _answers(d, o):
            # "Israel rejected the accusation": the party that made it, a sentence or two before.
            d.recipient_codes, d.recipient_text = o.actor_codes, o.actor_text
            d.confidence -= 0.2
            return
    if d.event_type in ("REJECT", "THREATEN"):
        s, t = d.sentence, d.trigger
        # Only parties named before the verb: "declared Washington a party ... and threatened".
        others = [c for c in s.compounds if c.kind == "actor" and c.end <= t.start
                  and not c.locative]
        others.sort(key=lambda c: min(abs(c.start - t.end), abs(t.start - c.end)))
        for c in others:
            codes = tuple(p.code for p in c.phrases if p.kind == "actor" and p.code not in d.actor_codes)
            if codes:
                d.recipient_codes, d.recipient_text = codes, _text(s, c)
                d.confidence -= 0.2
                return


def _answerable(act: re.Match[str]) -> frozenset[str]:
    """The acts a condemned noun can name: "the incursion" an act of force, "the expulsions" a sanction."""
    noun = act.group().rsplit(None, 1)[-1].lower()
    if act.group().lower().rstrip().endswith(("war games",)):
        noun = "war "
    return _ACT_NOUN_TYPES.get(noun[:4], _CONDEMNABLE)


def _recent(d: _Draft, siblings: list[_Draft], earlier: list[_Draft], sentences: int) -> Iterator[_Draft]:
    """The drafts reported before d, nearest first: its sentence's earlier triggers, then the last
    _CONDEMN_LOOKBACK drafts of earlier sentences, at most `sentences` sentences back."""
    before = [o for o in siblings if o.trigger.start < d.trigger.start]
    for o in reversed(earlier[-_CONDEMN_LOOKBACK:] + before):
        if d.sentence.index - o.sentence.index > sentences:
            return
        yield o


def _answers(d: _Draft, o: _Draft) -> bool:
    """Rejection d answers o: o alleged, demanded or threatened against d's actor, and d names such a thing as
    its object ("rejected the accusation", "dismissed these claims")."""
    return ((o.event_type, o.mode) in _ANSWERED and _ANSWER_OBJECT.match(d.sentence.text, d.trigger.end) is not None
            and set(d.actor_codes) <= set(o.recipient_codes) and not set(o.actor_codes) & set(d.actor_codes))


def _with_quantities(base: _Draft, t: TriggerMatch, s: _Sentence, numbers: list[Number]) -> list[_Draft]:
    """Attach the counted quantity; an "X and Y ... 35 and 40, respectively" list splits into one event per actor."""
    unit = t.rule.unit
    if unit is None:
        return [base]
    values = respectively(s.text, numbers, after=t.start)
    if len(base.actor_codes) > 1 and len(values) == len(base.actor_codes):
        return [replace(base, actor_codes=(a,), quantity=v, unit=unit)
                for a, v in zip(base.actor_codes, values)]
    found = quantity_near(s.text, numbers, unit=unit, lo=t.start, hi=t.end)
    if found is not None:
        base.quantity, base.unit = found
    return [base]


def _location(s: _Sentence, countries: frozenset[str]) -> tuple[str | None, str | None]:
    """The first place named after a locative preposition in the sentence, and its code if it is a country."""
    for c in s.compounds:
        if c.locative:
            p = next(p for p in c.phrases if p.locative)
            if s.text[p.end:p.end + 1] == "-" or s.text.startswith(("'s", "’s"), p.end):
                continue  # "in the Russia-led alliance", "outside Sweden's consulate": a modifier, not the place
            return p.text, p.code if p.code in countries else None
    return None, None


def _text(s: _Sentence, c: Compound | None) -> str:
    """The words of the sentence that named a compound."""
    return s.text[c.start:c.end] if c is not None else ""


def _finish(d: _Draft, doc_id: str, published_day: dt.date | None) -> CodedEvent:
    """Freeze a draft into a CodedEvent."""
    s = d.sentence
    confidence = max(0.05, min(1.0, d.confidence - (0.1 if d.status != "actual" else 0.0)))
    return CodedEvent(
        doc_id=doc_id, event_type=d.event_type, mode=d.mode,
        actor_codes=d.actor_codes, recipient_codes=d.recipient_codes,
        actor_text=d.actor_text, recipient_text=d.recipient_text,
        event_date=d.date.date, date_precision=d.date.precision if d.date.date else "unknown",
        location=d.location, location_country=d.location_country,
        quantity=d.quantity, quantity_unit=d.unit if d.quantity is not None else None,
        killed=d.killed, injured=d.injured, status=d.status, confidence=round(confidence, 3),
        mention=Mention(doc_id, s.index, s.start, s.end, s.text), published_date=published_day,
    )
