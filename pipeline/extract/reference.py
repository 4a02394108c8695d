"""What an actor phrase stands for: names directly, pronouns through their antecedent, institutions through the
document's main country, descriptions ("the Baltic state", "the two leaders") through the countries named before."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import chain
from functools import lru_cache
from typing import Final

from pipeline.extract import arguments as args_mod
from pipeline.extract.document import Doc, Sentence, phrase_text, sentence_location
from pipeline.extract.gazetteer import ALL, BORDERS_SET, COUNT, COUNTED_SET, DESCRIPTION, PAIR_SET
from pipeline.extract.phrases import (BARE, COUNT_NUMBERS, OWN, POSSESSED, POSSESSIVE_WORDS, TITLE, TITLE_OBJECT, Compound,
                                      Phrase)

# How many sentences back a pronoun's antecedent is looked for.
TOPIC_LOOKBACK: Final = 3
# How many sentences back a description ("the Baltic state") looks for the country it stands for.
DESCRIPTION_LOOKBACK: Final = 3
# A count before a plural description ("the two Nordic countries"): that many of its countries, named before.
_COUNTS: Final = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
_COUNT_BEFORE: Final = re.compile(r"\b(two|both|three|four|five)\s++$", re.IGNORECASE)
_SHORT_ATTRIBUTION_WORDS: Final = 8
# A number and up to two modifiers that open a counted plural ("three Gulf states"), and how many sentences after it
# its list may be named in.
_COUNTED: Final = re.compile(r"(" + "|".join(COUNT_NUMBERS) + r"|\d\d?)\s++((?:[\w-]++\s++){1,2})?", re.IGNORECASE)
LIST_AHEAD: Final = 2
_OTHER: Final = re.compile(r"\bother\b", re.IGNORECASE)
_NAMES_THEM: Final = re.compile(r"(?:\b(?:signed|issued|endorsed|backed|joined)\s++by|\bnamely|[:(—–]|^[^\s,]*+\s*+,)\s*+(?:the\s++)?$",
                                re.IGNORECASE)
# An aside still open before a phrase: "Iran, which borders Pakistan and Afghanistan, ...".
_ASIDE_BEFORE: Final = re.compile(r",\s++(?:which|who|whose|a|an)\b[^,]*+$", re.IGNORECASE)
# Capitalised words right before the head of a description of an organisation ("the Sadrist bloc"), and the words
# that may stand there (determiners and regions: "The West African bloc", "the Western alliance").
_NAMED_MODIFIERS: Final = re.compile(r"(?<![\w-])((?:(?-i:[A-Z])[\w-]*+\s++){1,2})$")
_REGION_WORDS: Final = frozenset(
    "European Western West East Southern North South African Southeast Asian Atlantic North-Atlantic Gulf Arab "
    "Caribbean Latin American Andean Pacific Nordic Islamic Muslim Transatlantic Military Regional Trade "
    "The A An This That These Those Its Their His Her".split())
# The proper names, by the description's head noun, of organisations the gazetteer may not know that the
# description could be: "Amnesty International ... the organisation", "the Eurasian Economic Union ... the union",
# "media watchdog Ofcom ... the watchdog" (a "Watch" is never "the bloc").
_OTHER_NAME_ENDS: Final = {
    "bloc": "Bloc|Union|Alliance", "alliance": "Alliance|Union|Bloc|Front", "union": "Union|State",
    "organisation": "International|Organi[sz]ation|Foundation|Institute|Movement|Federation",
    "organization": "International|Organi[sz]ation|Foundation|Institute|Movement|Federation",
    "watchdog": r"Watch|Without\s++Borders", "grouping": "Group|Grouping|Forum|Dialogue",
}


@lru_cache(maxsize=None)
def _other_organisations(head: str) -> re.Pattern[str]:
    """Names of other organisations a description with this head noun could stand for (see _OTHER_NAME_ENDS)."""
    ends = _OTHER_NAME_ENDS.get(head)
    if ends is None:
        return re.compile(r"(?!)")
    return re.compile(r"(?-i:\b[A-Z][\w-]*+(?:\s++(?:of\s++|for\s++|the\s++)?[A-Z][\w-]*+)*\s++(?:" + ends + r")\b)"
                      r"|\b" + head + r"\s++(?-i:[A-Z])", re.IGNORECASE)
_SAID_POSSESSIVE: Final = re.compile(r"\b(?:said|says|added|announced|insisted|warned|told\s++\S++)\s++(?:that\s++)?"
                                     r"(?:his|her|their|its)\s++$", re.IGNORECASE)
# How many sentences back "he" or "she" may find its person, past quoted sentences that name none.
_PERSON_LOOKBACK: Final = 3
_QUOTED: Final = re.compile(r"\s*+[\"“]")
# A force named by no country that reports what "they" did: "police said they had arrested 16 students".
_FORCE_SAID: Final = re.compile(r"(?:^|[,;]\s*+|\b(?:and|but|while|the)\s++)(?:police|security\s++forces|army|soldiers|troops)"
                                r"\s++(?:said|say|says|added)\s++(?:that\s++)?$", re.IGNORECASE)
_FORCE_SAID_REACH: Final = 40
# An unnamed institution that is the country ruled by it, when the story names one so ruled ("the junta").
RULER_WORDS: Final = ("junta", "regime", "military", "rulers", "military government")
# Modifiers of "bloc", "alliance" or "union" that make it a party, a camp of states or a trade union, not an
# organisation named before ("the trade bloc" and "the Western alliance" are still ones).
_NOT_AN_ORGANISATION: Final = re.compile(
    r"\b(opposition|ruling|parliamentary|political|electoral|party|coalition|governing|soviet|communist|eastern|"
    r"sunni|shia|shiite|kurdish|centrist|conservative|liberal|leftist|rightist|nationalist|labou?r|workers|"
    r"teachers|student|civil|rebel|militant|tribal|trade|credit)[\s-]++(?:[\w-]++\s++)?$", re.IGNORECASE)


def main_subject(s: Sentence) -> Compound | None:
    """The sentence's first subject-like compound that is no relative pronoun: what the sentence is about."""
    return next((c for c in s.compounds if c.subject and c.kind != "relative"), None)


def topic_codes(doc: Doc, k: int, depth: int = TOPIC_LOOKBACK) -> tuple[str, ...]:
    """The main subject of sentence k, or of one of the few sentences before it (antecedent of a pronoun)."""
    if k < 0 or depth < 0:
        return ()
    s = doc.sentence(k)
    if s.topic is None:
        subj = main_subject(s)
        s.topic = codes(subj, s, doc, depth) if subj is not None else ()
    return s.topic or topic_codes(doc, k - 1, depth - 1)


_JUNTA: Final = re.compile(r"\bjunta\b", re.IGNORECASE)
# A description of several: "the two countries", "the three sides", "both nations".
_PLURAL_DESCRIPTION: Final = re.compile(r"(?:countries|nations|sides|states|governments|leaders|neighbou?rs|allies)$")
# States whose foreign ministry English news calls by another name (the State Department, the Foreign Office).
_OWN_NAMES_FOR_MINISTRY: Final = frozenset({"USA", "GBR"})
_FOREIGN_MINISTRY: Final = re.compile(r"\bforeign\s++ministry\b|\bministry\s++of\s++foreign\s++affairs\b", re.IGNORECASE)


def codes(c: Compound | None, s: Sentence, doc: Doc, depth: int = TOPIC_LOOKBACK) -> tuple[str, ...]:
    """Codes a compound stands for: names directly, pronouns through their antecedent, institutions via the dominant country."""
    if c is None:
        return ()
    phrases = c.phrases
    if len(phrases) == 1 and phrases[0].kind == "actor":
        if c.prep in COUNT_NUMBERS and phrases[0].code not in doc.countries:
            # "Fifteen Western countries condemned ... said the statement, signed by France, Germany, ...": the list.
            listed = _listed(s, doc, c.start, COUNT_NUMBERS[c.prep])
            if listed:
                return listed
        return (phrases[0].code,) if phrases[0].code else ()  # a lone name: the common case
    out: list[str] = []
    for p in phrases:
        if p.kind == "actor":
            out.append(p.code)
        elif p.kind == "dominant" and p.text.lower().endswith(RULER_WORDS) \
                and (ruler := doc.ruler(s.start + p.start)) is not None:
            out.append(ruler)  # "the junta": the country last named with a junta
        elif p.kind == "dominant" and _JUNTA.search(p.text) and not p.text.lower().endswith(RULER_WORDS):
            # "a junta spokesman": the country last named with its junta, else none (not the story's main country;
            # a bare "the junta" still is).
            ruler = doc.ruler(s.start + p.start)
            if ruler is not None:
                out.append(ruler)
        elif p.kind == "dominant" and c.prep in POSSESSIVE_WORDS and (own := _possessor_country(c, s, doc, depth)):
            out.append(own)  # "Panama's President Mulino said his government was suspending relations"
        elif p.kind == "dominant" and (named := _named_before(p, s, doc)):
            out.append(named)  # "The U.S. State Department approved ... The department also approved"
        elif p.kind == "dominant" and (institution_owner := _institution_owner(p, s)):
            out.append(institution_owner)  # "Lithuania's parliament approved a barrier, and the government sent soldiers"
        elif p.kind == "dominant" and (opening := opening_place(s, c)) is not None:
            out.append(opening)  # "In Brasilia, the defence ministry said": the capital's state's ministry
        elif p.kind == "dominant" and (home := doc.dominant):
            if home in _OWN_NAMES_FOR_MINISTRY and _FOREIGN_MINISTRY.search(p.text) is not None:
                # Washington has a State Department and London a Foreign Office: "the Foreign Ministry" of a story
                # about either is the other main country's.
                other = doc.main_country_besides((home,))
                out.append(other or home)
            else:
                out.append(home)
        elif p.kind == "pronoun" and p.text.lower() == "them":
            # "Putin spoke with Japarov and Rahmon. He urged them to settle": the last several parties named, in this
            # sentence or the one before; only as the one asked or told (not "among them", "shoot them down").
            if p.prep not in _ASKED_THEM:
                continue
            plural = _plural_before(s, c, p.start)
            if plural is not None:
                out.extend(codes(plural, s, doc, depth))
            elif s.index > 0 and depth > 0:
                prev = doc.sentence(s.index - 1)
                # (the subjects before the objects: "Russian and Chinese bombers flew near Japan and South Korea")
                plural = next((x for x in prev.compounds if x.subject and _plural(x)), None) \
                    or _plural_before(prev, None, len(prev.text))
                if plural is not None:
                    out.extend(codes(plural, prev, doc, depth - 1))
        elif p.kind == "pronoun" and p.text.lower() == "him":
            # "Merkel spoke with Putin and asked him to use his influence": the last person named before it who is not
            # its clause's subject.
            subject = args_mod.clause_subject_before(s.text, s.compounds, p.start)
            ante = next((x for x in reversed(s.compounds) if x.end <= p.start and x is not subject
                         and x.kind == "actor" and is_person(x, s, doc)), None)
            if ante is not None:
                out.extend(codes(ante, s, doc, depth))
        elif p.kind == "pronoun" and p.text.lower() == "they" \
                and _FORCE_SAID.search(s.text, max(0, p.start - _FORCE_SAID_REACH), p.start) is not None \
                and (place := sentence_location(s, doc.countries)[1]) is not None:
            # "In Seoul, ... police said they had arrested 16 students": the force that speaks, of no country named,
            # is of the sentence's place (not "Kenyan police said they ...": its own).
            out.append(place)
        elif p.kind == "pronoun":
            personal = p.text.lower() in ("he", "she")
            ante = person_before(s, doc, p.start) if personal else None
            if personal and ante is None and s.index > 0 and depth > 0 \
                    and args_mod.first_subject(s.compounds, p.start) is None:
                # "..., Erdogan said after a cabinet meeting. He also accused Sweden": the last person named, unless
                # a person is the sentence's subject ("The US president thanked the emir of Qatar ... He announced").
                prev, before = _person_back(s, doc)
                if before is not None and len(before.phrases) > 1:
                    # "he" is one person, not the last pair named ("... had spoken with both leaders, Sadyr Japarov and
                    # Emomali Rahmon. He urged them"): a person subject of a clause before.
                    before = next((x for x in reversed(prev.compounds) if len(x.phrases) == 1
                                   and is_person(x, prev, doc) and args_mod.starts_clause(prev.text, x)), before)
                if before is not None:
                    out.extend(codes(before, prev, doc, depth - 1))
                    continue
            # "Brazil and Chile protested, and Nicaragua announced it was breaking relations": a subject pronoun is
            # the subject of the nearest clause before it; an object ("asked it to intervene") the sentence's.
            if ante is None and args_mod.starts_clause(s.text, c):
                ante = args_mod.speech_subject_before(s.text, s.compounds, p.start) \
                    or args_mod.clause_subject_before(s.text, s.compounds, p.start)
            ante = ante or args_mod.first_subject(s.compounds, p.start)
            if p.text.lower() == "they" and ante is not None and len(ante.phrases) == 1 and ante.kind == "actor":
                # "Israel recalled its ambassadors after the two countries, together with Spain, announced they
                # would ...": a plural pronoun takes the nearest plural before it, not a single state.
                ante = next((x for x in reversed(s.compounds) if x.end <= p.start and x is not c and (
                    len(x.phrases) > 1 or (x.kind == "description" and _PLURAL_DESCRIPTION.search(x.phrases[-1].text)))), ante)
            if ante is None and not personal and args_mod.unknown_speaker_before(s.text, s.compounds, p.start):
                continue  # "The M23 armed group said it had taken Goma": a speaker the gazetteer does not know
            if (ante is None or ante is c) and p.text.lower() == "they" and s.index > 0 and depth > 0:
                # "Kihara met his Philippine counterpart in Manila. They signed an access agreement": the parties of
                # the meeting the sentence before reported.
                met = _met_parties(doc.sentence(s.index - 1), doc, depth - 1)
                if len(met) > 1:
                    out.extend(met)
                    continue
            out.extend(codes(ante, s, doc, depth) if ante and ante is not c else topic_codes(doc, s.index - 1, depth - 1))
        elif p.kind == "speaker":
            out.extend(_speaker_codes(s, doc, depth))
        elif p.kind == "owner":
            # "Armenia said 49 of its soldiers were killed": the side that reports its own losses.
            # "Riyadh cut ties after protesters stormed its embassy": else the sentence's subject.
            owner = args_mod.reporter_before(s.text, s.compounds, p.start) \
                or args_mod.first_subject(s.compounds, p.start)
            if owner is not None and owner is not c:
                out.extend(codes(owner, s, doc, depth))
        elif p.kind == "description":
            out.extend(_described(p, c, s, doc, depth))
    return tuple(dict.fromkeys(x for x in out if x))


# A meeting reported as its subject's act ("met his Philippine counterpart", "welcomed Sri Lanka's president").
_MEETING_VERB: Final = re.compile(r"\b(?:met|meets|hosted|hosts|received|receives|welcomed|welcomes|held\s++talks\s++with|"
                                  r"spoke\s++(?:by\s++(?:phone|telephone)\s++)?with)\b", re.IGNORECASE)


def _met_parties(prev: Sentence, doc: Doc, depth: int) -> tuple[str, ...]:
    """The subject and the one met, when prev reports a meeting by its subject (else nothing)."""
    subject = main_subject(prev)
    if subject is None:
        return ()
    verb = _MEETING_VERB.search(prev.text, subject.end)
    if verb is None or "," in prev.text[subject.end:verb.start()]:
        return ()
    met = next((x for x in prev.compounds if x.start >= verb.end() and x.kind in ("actor", "description")
                and not x.locative), None)
    return tuple(dict.fromkeys(codes(subject, prev, doc, depth) + codes(met, prev, doc, depth)))


_ASKED_THEM: Final = frozenset("urged asked told warned invited pressed encouraged reminded thanked congratulated "
                               "called accused".split())


def _plural_before(s: Sentence, c: Compound | None, pos: int) -> Compound | None:
    """The last compound of several parties (or a plural description: "both leaders") before offset pos of s."""
    return next((x for x in reversed(s.compounds) if x.end <= pos and x is not c and _plural(x)), None)


def _plural(x: Compound) -> bool:
    """x names several parties: a list, or a plural description ("both leaders")."""
    return x.kind in ("actor", "description") and (
        len(x.phrases) > 1 or (x.kind == "description" and _PLURAL_DESCRIPTION.search(x.phrases[-1].text) is not None))


def _institution_owner(p: Phrase, s: Sentence) -> str | None:
    """The country whose institution is the sentence's subject, named with a possessive before a bare institution in
    the same sentence ("Lithuania's parliament ... and the government sent soldiers"), or right before it ("Sudan's
    army-led government")."""
    before = next((c for c in reversed(s.compounds) if c.end <= p.start), None)
    if before is not None and len(before.phrases) == 1 and before.phrases[0].code \
            and before.phrases[0].kind == "actor" and _LED_BY.fullmatch(s.text, before.end, p.start):
        return before.phrases[0].code
    first = next((c for c in s.compounds if c.subject and c.kind == "actor"), None)
    if first is None or first.end > p.start or len(first.phrases) != 1 or not first.phrases[0].code \
            or _OWNED_INSTITUTION.match(s.text, first.end) is None or first.phrases[0].text.lower().startswith("the "):
        return None  # (not "Russia's attack on Kyiv prompted the government to ask Germany")
    return first.phrases[0].code if first.phrases[0].kind == "actor" else None


_OWNED_INSTITUTION: Final = re.compile(
    r"['’]s\s++(?:[\w-]++\s++)?(?:parliament|cabinet|legislature|congress|senate|national\s++assembly|assembly|lawmakers|"
    r"interior\s++ministry|defen[cs]e\s++ministry|ministry|army|military|armed\s++forces|navy|president|prime\s++minister|"
    r"security\s++council|presidency)\b", re.IGNORECASE)
_LED_BY: Final = re.compile(r"-(?:led|backed|run|dominated|controlled)\s++")


def _named_before(p: Phrase, s: Sentence, doc: Doc) -> str | None:
    """The country of the last institution named with the same head noun as a bare one ("the department" after "the
    U.S. State Department", "the ministry" after "Japan's foreign ministry"), this sentence or the few before."""
    head = p.text.rsplit(None, 1)[-1].lower()
    for _, x in _compounds_before(s, doc, p.start):
        if x.kind == "actor" and len(x.phrases) == 1 and x.phrases[0].code \
                and x.phrases[0].text.lower().endswith(head) and x.phrases[0].text.lower() != p.text.lower():
            return x.phrases[0].code
    return None


def _possessor_country(c: Compound, s: Sentence, doc: Doc, depth: int) -> str | None:
    """The country of the person an institution is owned by: the nearest person named before it ("Mulino said his
    government ...", "Putin said Zelenskiy's term had expired and accused his government"), else the clause subject."""
    # (A speaker's own after a speech verb: "Milei called Maduro a dictator and said his government would not
    # recognise" is Milei's.)
    spoken = _SAID_POSSESSIVE.search(s.text, max(0, c.start - 30), c.start) is not None
    owner = (None if spoken else person_before(s, doc, c.start)) or args_mod.first_subject(s.compounds, c.start)
    if owner is None or owner is c:
        return None
    return next((x for x in codes(owner, s, doc, depth) if x in doc.countries), None)


def _described(p: Phrase, c: Compound, s: Sentence, doc: Doc, depth: int) -> tuple[str, ...]:
    """The country a description stands for ("the Baltic state", "his country"); see descriptions.csv."""
    if p.code == TITLE_OBJECT:
        # "Zelensky met Scholz in Berlin. He urged the chancellor to supply missiles": the last country named before it
        # that is not its clause's subject's; a domestic group's ("US lawmakers urged the president") is their own.
        subject = args_mod.first_subject(s.compounds, p.start)
        own = set(codes(subject, s, doc, depth)) if subject is not None else set(topic_codes(doc, s.index - 1, depth - 1))
        if subject is not None and _DOMESTIC_GROUP.search(s.text, subject.start, p.start) is not None:
            return tuple(sorted(own))[:1]
        return next(((x,) for x in _countries_before(s, doc, p.start) if x not in own), ())
    if p.code in (TITLE, TITLE_OBJECT):
        # "Kagame received Burundi's foreign minister in Kigali. The minister asked Kigali to ...": the office named
        # with its country in the sentences before.
        head = p.text.lower().rsplit(None, 1)[-1]
        for sk, x in _compounds_before(s, doc, p.start):
            if x is not c and x.kind == "actor" and head in phrase_text(sk, x).lower().split():
                office = tuple(y for y in codes(x, sk, doc, 0) if y in doc.countries)
                if office:
                    return office[:1]
    if p.code == TITLE:
        # "Zimbabwe rejected the measures. The foreign minister called on Washington to ...": the country the
        # sentences before are about; "Harare rejected the measures, the foreign minister said": the subject's.
        # Only one of the story's two main countries (a passing third is not whose office goes unnamed), else the
        # dateline's.
        subject = args_mod.first_subject(s.compounds, p.start)
        topic = codes(subject, s, doc, depth) if subject is not None else topic_codes(doc, s.index - 1, depth - 1)
        if subject is None and s.index > 0 and _struck_by_its_subject(doc.sentence(s.index - 1)):
            # "Russian missiles struck Kyiv overnight. The president urged the United States to ...": the leader of the
            # side struck reacts, not the striker's.
            other = doc.main_country_besides(topic)
            topic = (other,) if other is not None else ()
        main = tuple(x for x in topic if x in doc.leading_countries)[:1]
        home = doc.home_country()
        return ((home,) if home is not None else ()) or main
    prefix = next((x for x in (OWN, BARE, POSSESSED) if p.code.startswith(x)), DESCRIPTION)
    allowed = doc.gaz.descriptions.get(p.code[len(prefix):])
    if allowed is COUNTED_SET:
        # "The three juntas", "Fifteen Western countries": a list of exactly that many countries, named before it, or
        # after it in its sentence or the next ("... said the statement, signed by France, Germany, ...").
        # (The phrase starts at its number: "three Gulf states".)
        counted = _COUNTED.match(p.text)
        if counted is None:
            return ()
        # "The United States and 10 other countries": ten named besides those the phrase's list names.
        others = frozenset(x.code for x in c.phrases if x.kind == "actor") \
            if _OTHER.search(p.text) else frozenset()
        return _listed(s, doc, p.start, _count_of(counted.group(1)), others)
    many = next((int(x[len(COUNT):]) for x in allowed if x.startswith(COUNT)), 0) if allowed else 0
    if many:
        # "The three sides condemned the launch": a list of exactly that many named before ("Germany, France and
        # Poland met ... The three countries"), else the last that many countries named.
        for sk, x in _compounds_before(s, doc, p.start):
            if sk is s and x.end > p.start:
                continue  # (not the compound holding the description)
            listed = tuple(dict.fromkeys(ph.code for ph in x.phrases if ph.kind == "actor" and ph.code in doc.countries))
            if len(listed) == many:
                return listed
        last = tuple(dict.fromkeys(_countries_before(s, doc, p.start, places=False)))[:many]
        return last if len(last) == many else ()
    if allowed and allowed is not PAIR_SET and allowed is not BORDERS_SET and ALL not in allowed \
            and not allowed & doc.countries:
        return _organisation(p, allowed, s, doc)
    subject = args_mod.first_subject(s.compounds, p.start)
    if subject is c:
        subject = None
    if allowed is not None and ALL in allowed and prefix is not POSSESSED:
        counted = _COUNT_BEFORE.search(s.text, max(0, p.start - 12), p.start)
        if counted is None:
            return tuple(sorted(allowed - {ALL}))  # "Slovakia, Poland and the Baltic states": all three
        # "accusing the two Nordic countries": the last two of them named before ("the two Koreas": both).
        n = _COUNTS[counted.group(1).lower()]
        if n == len(allowed - {ALL}):
            return tuple(sorted(allowed - {ALL}))
        last = tuple(dict.fromkeys(x for x in _countries_before(s, doc, p.start) if x in allowed))[:n]
        return last if len(last) == n else ()
    if allowed is PAIR_SET:
        # "spoke with both leaders, Sadyr Japarov and Emomali Rahmon,": the two named right after it.
        apposed = next((x for x in s.compounds if x.start > c.start), None)
        if apposed is not None and len(apposed.phrases) == 2 and s.text[c.end:apposed.start] == ", " \
                and s.text[apposed.end:apposed.end + 1] in (",", ".", ""):  # (not "After meeting both leaders, Biden
            # and Macron issued")
            apposed_pair = tuple(dict.fromkeys(ph.code for ph in apposed.phrases
                                               if ph.kind == "actor" and ph.code in doc.countries))
            if len(apposed_pair) == 2:
                return apposed_pair
        # "The two leaders agreed to meet again", "China urged both sides to show restraint": the two countries
        # named most often before it (the parties of the story), the clause's subject left out.
        own_clause = args_mod.starts_clause(s.text, c)
        # (Not when a relative clause or a speech verb stands between them: "Tokyo says the claims were settled by the
        # 1965 treaty that normalised relations between the two countries", "Thailand's minister said the two armies'
        # commanders had agreed".)
        apart = subject is not None and (_RELATIVE_WORD.search(s.text, subject.end, c.start) is not None
                                         or _SAID_THAT.fullmatch(s.text, subject.end, c.start) is not None)
        exclude = set(codes(subject, s, doc, depth)) if subject is not None and not own_clause and not apart else set()
        listed = _pair_listed(s, doc, p.start, exclude) or _pair_named_before(s, doc, p.start, exclude, depth)
        if listed:
            return listed
        limit = s.start + p.start
        named = Counter(code for at, code in doc.country_mentions if at < limit and code not in exclude)
        # (Not a mediator, however often named: "talks hosted by Qatar ... Qatar said the two sides had agreed".)
        parties = Counter({code: n for code, n in named.items() if code not in doc.mediators})
        pair = [code for code, _ in (parties if len(parties) >= 2 else named).most_common(2)]
        return tuple(pair) if len(pair) == 2 else ()
    # Whose "its neighbour" or "its NATO ally" it is: never the country it stands for.
    possessor: set[str] = set()
    if prefix is POSSESSED:
        possessor = set(codes(subject, s, doc, depth) if subject is not None
                        else topic_codes(doc, s.index - 1, depth - 1))
    if allowed is BORDERS_SET:
        # "Congo cut ties with its eastern neighbour": a country bordering the subject (else the topic).
        anchor = args_mod.clause_subject_before(s.text, s.compounds, p.start) or subject
        anchors = codes(anchor, s, doc, depth) if anchor is not None else topic_codes(doc, s.index - 1, depth - 1)
        allowed = frozenset(x for a in anchors for x in doc.gaz.borders.get(a, ()))
    if prefix is OWN or (prefix is not POSSESSED and (subject is None or (prefix is BARE and allowed is not None))):
        # "his country" is the subject's own; "The kingdom said ..." continues the sentences before it; "Riyadh
        # gave the ambassador 48 hours to leave the kingdom": a bare description the subject fits is the subject.
        topic = codes(subject, s, doc, depth) if subject is not None else topic_codes(doc, s.index - 1, depth - 1)
        fits = tuple(x for x in topic if x in doc.countries and (allowed is None or x in allowed))
        if prefix is BARE and subject is not None and len(topic) > 1:
            fits = ()  # "Saudi Arabia, the UAE, Bahrain and Egypt ... accused the emirate": not one of a listed subject
        if fits or prefix is OWN:
            return fits[:1]
    # "China downgraded ties with Lithuania ... It accused the Baltic state": the last country named before it
    # that is not the subject of its own clause.
    exclude = (set(codes(subject, s, doc, depth)) if subject is not None else set()) | possessor
    if prefix is POSSESSED and p.code[len(prefix):].endswith(("ally", "allies")):
        return _ally(c, s, doc, depth, exclude)
    for code in _countries_before(s, doc, p.start):
        if code not in exclude and (allowed is None or code in allowed):
            return (code,)
    return ()


# A reported clause holding it: "Thai Defence Minister Phumtham said the two armies' commanders had agreed".
_SAID_THAT: Final = re.compile(r"(?:\s++[\w.-]++){0,4}?\s++(?:said|says|told\s++\w++)\s++(?:\S++\s++){0,2}?(?:that\s++)?(?:the\s++)?",
                               re.IGNORECASE)
# (A restrictive one, on a noun after the subject's verb: not "Qatar, which mediated between the two sides".)
_RELATIVE_WORD: Final = re.compile(r"(?<![,;]\s)\b(?:that|which)\s++(?!(?:the|a|an|it|they|he|she|we)\b)", re.IGNORECASE)


def _ally(c: Compound, s: Sentence, doc: Doc, depth: int, exclude: set[str]) -> tuple[str, ...]:
    """Whom "its ally" stands for: of the countries named before it, the last that is a treaty ally (alliances.csv) of
    the one "its" refers to (the nearest country named before it in its sentence, else the clause's subject:
    "Washington stood with its treaty ally" in a story about China and the Philippines), one of the story's two main
    countries first; else the last that is neither of them."""
    owners: set[str] = set()
    for x in reversed(s.compounds):
        if x.end <= c.start and x.kind in ("actor", "pronoun"):
            owners = set(codes(x, s, doc, depth)) & doc.countries
            if owners:
                break  # ("said it stood with its ally": "it", not the country named in between)
    skip = owners or exclude  # (the subject is no ally's owner when "its" has one named before it)
    allies = frozenset(a for o in skip for a in doc.gaz.allies.get(o, ()))
    before = [x for x in dict.fromkeys(_countries_before(s, doc, c.start)) if x not in skip]
    # (An ally the story is about before one named in passing: "Japan and Australia also voiced concern ... Washington
    # stood with its ally" in a story about China and the Philippines.)
    return next(((x,) for x in before if x in allies and x in doc.leading_countries),
                next(((x,) for x in before if x in allies), tuple(before[:1])))


def _count_of(word: str) -> int:
    """The number a count word or numeral stands for ("three", "15")."""
    return int(word) if word.isdigit() else COUNT_NUMBERS.get(word.lower(), 0)


def _listed(s: Sentence, doc: Doc, pos: int, many: int, besides: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The countries of a list of exactly many (besides those given) named before offset pos of s (this and the few
    sentences before), else after it (its sentence and the next LIST_AHEAD)."""
    # (Later in its own sentence only a list that names the same parties: "..., said the statement, signed by France,
    # Germany, ...", "Two countries, Russia and Belarus, ..."; not the objects of its verb.)
    after = (x for k in range(s.index, min(len(doc.matches), s.index + 1 + LIST_AHEAD))
             for x in doc.sentence(k).compounds
             if k > s.index or (x.start > pos and _NAMES_THEM.search(s.text, max(pos, x.start - 24), x.start)))
    for x in chain((x for _, x in _compounds_before(s, doc, pos)), after):
        listed = tuple(dict.fromkeys(ph.code for ph in x.phrases if ph.kind == "actor" and ph.code in doc.countries
                                     and ph.code not in besides))
        if len(listed) == many:
            return listed
    return ()


def _pair_listed(s: Sentence, doc: Doc, pos: int, exclude: set[str]) -> tuple[str, ...]:
    """A pair of countries just listed in this sentence before pos ("paused tariffs on Mexico and Canada after both
    countries agreed"); not the subject of a relative clause about the pair ("as did Iraq and Oman, which had hosted
    talks between the two sides")."""
    for i, x in enumerate(s.compounds):
        if x.end > pos or len(x.phrases) != 2 or (i + 1 < len(s.compounds) and s.compounds[i + 1].kind == "relative") \
                or _ASIDE_BEFORE.search(s.text, max(0, x.start - 40), x.start):
            continue  # (nor one inside an aside: "Iran, which borders Pakistan and Afghanistan, urged both")
        pair = tuple(ph.code for ph in x.phrases if ph.kind == "actor" and ph.code in doc.countries)
        if len(set(pair)) == 2 and not set(pair) & exclude:
            return pair
    return ()


# Acts whose next sentence's bare title is the other side's leader.
_HOSTILE_ACTS: Final = frozenset({"ASSAULT", "COERCE"})
# Groups whose bare title addressed is their own country's ("US lawmakers urged the president").
_DOMESTIC_GROUP: Final = re.compile(r"\b(?:lawmakers|legislators|senators|MPs|opposition|families|relatives|protesters|"
                                    r"critics|citizens|voters|unions|activists|parliament|congress)\b", re.IGNORECASE)


def _struck_by_its_subject(s: Sentence) -> bool:
    """The sentence opens with an act of force by its subject ("Russian missiles struck Kyiv", "Russia invaded Ukraine";
    not "Mexico cut ties after Ecuadorian police raided its embassy")."""
    first = min(s.matches, key=lambda m: m.start, default=None)
    if first is None or first.rule.event_type not in _HOSTILE_ACTS:
        return False
    subject = main_subject(s)
    return subject is not None and subject.end <= first.start and first.start - subject.end < 40


def _pair_named_before(s: Sentence, doc: Doc, pos: int, exclude: set[str], depth: int) -> tuple[str, ...]:
    """The two countries this sentence names before pos, and no others, in two parties of a clause before it ("Kishida
    held a telephone call with US President Joe Biden, and the two leaders agreed"): not the story's main pair."""
    found: dict[str, None] = {}
    for i, x in enumerate(s.compounds):
        if x.end > pos:
            break
        after = s.compounds[i + 1] if i + 1 < len(s.compounds) else None
        if x.kind == "relative" or x.locative \
                or (after is not None and after.kind == "relative" and "," not in s.text[after.start:pos]):
            continue  # (not the subject of a relative clause holding it: "Iraq and Oman, which had hosted talks
            # between the two sides"; but "Yoon, who is in Vilnius, held talks with Kishida, and the two leaders")
        for code in codes(x, s, doc, depth):
            if code in doc.countries:
                found[code] = None
    pair = tuple(found)
    return pair if len(pair) == 2 and not set(pair) & exclude else ()


def _organisation(p: Phrase, allowed: frozenset[str], s: Sentence, doc: Doc) -> tuple[str, ...]:
    """The organisation a description of one stands for ("the bloc", "the alliance", "the world body"): the last of
    the allowed ones named before it, the clause's subject included ("The EU said the bloc would ..."). A modifier
    that makes it another kind of group ("the opposition bloc", "the Soviet bloc") names none, and neither does the
    same noun after such a group ("The opposition bloc ... The bloc also said")."""
    if _other_group(s.text, p.start):
        return ()
    head = p.code.rsplit(":", 1)[-1]
    found: str | None = None
    for k in range(s.index, max(-1, s.index - 1 - DESCRIPTION_LOOKBACK), -1):
        sk = doc.sentence(k)
        end = p.start if k == s.index else len(sk.text)
        known = [(c.start, c.end) for c in sk.compounds if c.start < end]
        # Another organisation the gazetteer does not know, named nearer ("Amnesty International ... The
        # organisation", "the Eurasian Economic Union ... The union"): the description may be it.
        other = [m.start() for m in _other_organisations(head).finditer(sk.text, 0, end)
                 if not any(a <= m.start() < b for a, b in known)]
        for c in reversed(sk.compounds):
            if c.start >= end:
                continue
            if found is None and other and other[-1] > c.start:
                return ()
            for ph in reversed(c.phrases):
                if ph.kind == "description" and ph.code.endswith(head) and _other_group(sk.text, ph.start):
                    return ()
                if found is None and ph.kind == "actor" and ph.code in allowed:
                    found = ph.code
        if found is None and other:
            return ()
    return (found,) if found else ()


def _other_group(text: str, start: int) -> bool:
    """True when one of the two words before text[start:] makes the description a party, a camp or a trade union,
    or names a group of its own ("the Sadrist bloc", "the INDIA alliance"; not "the 27-nation bloc", "the West
    African bloc")."""
    m = _NOT_AN_ORGANISATION.search(text, max(0, start - 30), start)
    # "the trade union", "the credit union"; but "the trade bloc" is one.
    if m is not None and (m.group(1).lower() not in ("trade", "credit") or text.startswith("union", start)):
        return True
    named = _NAMED_MODIFIERS.search(text, max(0, start - 30), start)
    return named is not None and not all(w in _REGION_WORDS for w in named.group(1).split())


def _countries_before(s: Sentence, doc: Doc, pos: int, *, places: bool = True) -> Iterator[str]:
    """Country codes named before offset pos of s, nearest first, then in the sentences before it (without places
    such as "in Astana" unless places)."""
    for _, c in _compounds_before(s, doc, pos):
        for ph in reversed(c.phrases):
            if ph.kind == "actor" and ph.code in doc.countries and (places or not ph.locative):
                yield ph.code


def _compounds_before(s: Sentence, doc: Doc, pos: int) -> Iterator[tuple[Sentence, Compound]]:
    """The compounds that start before offset pos of s, nearest first, then those of the DESCRIPTION_LOOKBACK
    sentences before it, each with its sentence."""
    for k in range(s.index, max(-1, s.index - 1 - DESCRIPTION_LOOKBACK), -1):
        sk = doc.sentence(k)
        for c in reversed(sk.compounds):
            if k != s.index or c.start < pos:
                yield sk, c


def person_before(s: Sentence, doc: Doc, pos: int) -> Compound | None:
    """The nearest person named before offset pos of the sentence: "he" is Trump in "Mexico will send troops
    after President Donald Trump agreed to pause tariffs he had threatened"."""
    for c in reversed(s.compounds):
        if c.end <= pos and c.kind == "actor" and is_person(c, s, doc):
            return c
    return None


def is_person(c: Compound, s: Sentence, doc: Doc) -> bool:
    """c names a person: a listed official, a learnt surname or a title ("the US president")."""
    if c.kind != "actor":
        return False
    words = phrase_text(s, c)
    last = words.rsplit(" ", 1)[-1]
    hit = doc.gaz.aliases.get(last) or doc.gaz.aliases.get(words)
    return (hit is not None and hit.actor_kind == "person") or last in doc.names or any(
        w in doc.gaz.title_words for w in words.lower().split())


def opening_place(s: Sentence, c: Compound) -> str | None:
    """The country of the place a sentence opens with ("In Brasilia, the defence ministry said"), for an institution
    named of no country in the clause after that place's comma."""
    if not s.text.startswith(("In ", "From ")) or not s.compounds:
        return None
    place = s.compounds[0]
    if place is c or place.prep not in ("in", "from") or len(place.phrases) != 1 or not place.phrases[0].code \
            or not s.text.startswith(", ", place.end) or c.start != place.end + 2:
        return None
    return place.phrases[0].code


def codes_of(compounds: tuple[Compound, ...], s: Sentence, doc: Doc) -> tuple[str, ...]:
    """Codes of several compounds, in order, without repeats (_codes gives each compound's without repeats)."""
    if len(compounds) == 1:
        return codes(compounds[0], s, doc)  # the common case: one recipient
    return tuple(dict.fromkeys(code for c in compounds for code in codes(c, s, doc)))


def _speaker_codes(s: Sentence, doc: Doc, depth: int) -> tuple[str, ...]:
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
    pronoun = args_mod.speaker_of(s.text, s.compounds, personal=True)
    if pronoun is not None and depth > 0 and k > 0:
        # '"We reserve the right ...," she told her weekly briefing': the person "she" is, named before.
        prev, person = _person_back(s, doc)
        if person is not None:
            return codes(person, prev, doc, depth - 1)
    return topic_codes(doc, k - 1, depth - 1)


def _person_back(s: Sentence, doc: Doc) -> tuple[Sentence, Compound | None]:
    """The person "he" or "she" opening a report stands for: the subject of the sentence before when a person, else
    the last person it names; past quoted sentences that name no one ('Zakharova said ... "Every hostile step will
    receive a firm answer. We reserve the right ...," she told her weekly briefing'). Also the sentence it is in."""
    prev, before = s, None
    for back in range(1, min(_PERSON_LOOKBACK, s.index) + 1):
        prev = doc.sentence(s.index - back)
        subject = args_mod.first_subject(prev.compounds, len(prev.text))
        before = subject if subject is not None and is_person(subject, prev, doc) \
            else person_before(prev, doc, len(prev.text))
        if before is not None or not _QUOTED.match(prev.text):
            break
    return prev, before
