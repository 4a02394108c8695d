"""Trigger rules (data/triggers.toml): compiled once, matched over a document, overlaps resolved per sentence."""

from __future__ import annotations

import re
import re._constants as sre_c
import re._parser as sre_parse
import tomllib
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

from pipeline.extract.trie import alternation

Voice = Literal["active", "passive", "participants", "attributed", "possessor", "conveyed"]
RecipientFrom = Literal["right", "cue", "none", "story"]

_MACRO: Final = re.compile(r"\{(GAP[1-9]|[A-Z][A-Z_]*+)\}")
# A determiner or possessive right before a trigger makes it a noun ("the expulsion", "Russia's demands").
_DETERMINERS: Final = frozenset("the a an its their his her our your these those such this that any no".split())
_LONGEST_DETERMINER: Final = max(map(len, _DETERMINERS))
# "countries that summoned Russian diplomats", "a resolution that demands Russia withdraw": "that" before a past-tense
# verb, or a present one and a name, is a relative pronoun, not a determiner.
_RELATIVE_THAT_VERB: Final = re.compile(r"(?i:that)\s++(?:[a-z]+ed\b|[a-z]+s\s++(?:the\s++)?[A-Z])")
# An -ed verb right before "by" and a name or article: a reduced passive ("a move condemned by the EU").
# (A date may stand between: "a position rejected in 2016 by an international arbitral tribunal".)
_REDUCED_PASSIVE: Final = re.compile(r"[A-Za-z]+ed\s++(?:(?:in|on|last|this|earlier)\s++\S++\s++)?by\s++(?:the\s++|an?\s++)?"
                                     r"(?:[A-Z]|(?:[a-z-]++\s++){0,2}(?:court|tribunal|panel|judges?|jury)\b)")
# A form of "be" (and an optional -ly adverb) right before a participle: the passive ("he was arrested by",
# "is accused of"), whose subject is the target; an active-voice rule would read it as the actor.
_PASSIVE_AUX: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|getting)\s++(?:[a-z]+ly\s++)?$", re.IGNORECASE)
# A determiner and one or two modifiers before an -ing meeting word: "a high-profile meeting".
_NOUN_PHRASE_ING: Final = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|these|those)\s++(?:[\w-]++\s++){1,2}$",
                                     re.IGNORECASE)
_WORD: Final = re.compile(r"[^\W\d_]++")
# A preposition right before a participle makes it an adjective.
_PREPOSITION_BEFORE: Final = re.compile(r"\b(?:of|for|with|about|against|among|including|(?:carry|transport|bring|fly|"
                                        r"ferr|hous|shelter|host|accept|receiv|rescu|repatriat|welcom)ing)\s++$",
                                        re.IGNORECASE)
_FEELINGS: Final = frozenset("disappointed dismayed shocked appalled alarmed outraged angered incensed".split())
# A passive verb group, then its clause up to "and" with no comma or other "and" in between: a participle after it
# shares the passive ("was summoned on Monday and handed a note").
_COORDINATED_PASSIVE: Final = re.compile(
    r"\b(?:is|are|was|were|been|being)\s++(?:[a-z]+ly\s++)?[a-z]+(?:ed|en|nt|ld|ut|ck|wn|ht)\b"
    r"(?:(?!\band\b)[^,;])*+\band\s++$", re.IGNORECASE)
_COORDINATED_REACH: Final = 80
_HANDED: Final = re.compile(r"(?:handed|given|served|presented)\b", re.IGNORECASE)
_IRREGULAR_PARTICIPLES: Final = frozenset("struck sent held met withdrawn given cut shut told built shot hit seized taken brought".split())


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One trigger: a pattern, the event it codes and the argument structure it implies."""

    id: str
    event_type: str
    mode: str | None
    pattern: re.Pattern[str]
    voice: Voice
    agent: tuple[str, ...]
    recipient: RecipientFrom
    recipient_window: int
    skip_preps: frozenset[str]
    # When not empty, only a compound after one of these prepositions is the recipient ("extradited X to Y").
    recipient_preps: frozenset[str]
    unit: str | None
    implicit_actor: str | None
    nominal: bool
    priority: int
    modal_required: bool
    # The verb counts only when negated, and then as a threat ("does not rule out a military response").
    modal_negated: bool
    modal_refused: bool
    requires: tuple[str, ...]
    # An act of a crowd (PROTEST): see coder._protest.
    crowd: bool
    # Two parties acting on each other (participants voice): one event each way.
    mutual: bool
    # A joint act of a list of parties, on each other when no one else is named ("X and Y signed a peace deal").
    joint: bool
    # An act of a state on its own people (martial law): the recipient is the actor.
    domestic: bool
    # Crowd rules: (type, mode) coded instead when the subject is a state's actor ("police stormed the embassy").
    otherwise: tuple[str, str | None] | None
    # The event stands without a recipient ("fired a missile into the sea": a show of force aimed at no one named).
    optional_recipient: bool
    # What follows the act of a REQUEST, ACCUSE, REJECT or THREATEN type is what was said ("accused Kigali of
    # backing the rebels"); false for an act with no such content ("summoned the envoy, accusing Kigali of ...").
    content: bool
    # Lower-case literals one of which every match starts with (None: no cheap prefilter).
    prefixes: tuple[str, ...] | None


@dataclass(slots=True)
class TriggerMatch:
    """A rule matched at [start, end) of a sentence."""

    rule: TriggerRule
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TriggerBook:
    """All rules plus the mode keyword tables and cue patterns of the trigger file."""

    rules: tuple[TriggerRule, ...]
    # type -> (one regex for "any keyword" or None, (mode, keywords) in priority order)
    mode_keywords: dict[str, tuple[re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str]], ...]]]
    threat_modes: dict[str, str]
    recipient_cue: re.Pattern[str]
    # Words of a crowd subject ("protesters", "thousands"): what makes "marched" or "rallied" a protest.
    crowd_words: re.Pattern[str]
    version: str
    # Prefilter index: start literal -> the rules whose matches start with it or with a shorter literal it
    # begins with ("agreeing" -> rules of "agree" and "agreeing"); positions of the rules without start literals.
    by_literal: dict[str, tuple[TriggerRule, ...]]
    always: tuple[int, ...]
    # One scan of a lower-cased text for word starts beginning with a start literal (the longest one matches), or
    # with a word an always-tried rule requires (marks: scanned word -> the required words it begins with; such a
    # rule is then tried only in the sentences the scan marked, with no search of its own).
    literal_scan: re.Pattern[str]
    marks: dict[str, tuple[str, ...]]


def expand_macros(pattern: str, macros: dict[str, str]) -> str:
    """Replace {GAPn} and the named macros of the trigger file ({NUM}, {CAP}, {WHEN}, ...) by their regex text, itself
    expanded (a macro may use others: {RELEASED} uses {CAP})."""
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name.startswith("GAP") and name[3:].isdigit():
            return r"(?:\S++\s++){0,%d}?" % int(name[3:])
        return _MACRO.sub(sub, macros[name])  # (an unknown name fails the load: a typo, not a literal)
    return _MACRO.sub(sub, pattern)


def load_triggers(path: Path) -> TriggerBook:
    """Parse and compile the trigger file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    macros = data.get("macros", {})
    rules = tuple(_rule(r, macros) for r in data["rule"])
    modes = {etype: _mode_table(table) for etype, table in data.get("modes", {}).items()}
    always = tuple(i for i, r in enumerate(rules) if r.prefixes is None)
    # Required words of the always-tried rules that are plain words: found by the same scan as the literals.
    marked = {w for i in always for w in rules[i].requires if w.isalpha() and len(w) >= 3}
    by_literal = _index_by_literal(rules, marked)
    return TriggerBook(
        rules=rules,
        mode_keywords=modes,
        threat_modes=dict(data.get("threat_modes", {})),
        recipient_cue=re.compile(data["cues"]["recipient"], re.IGNORECASE),
        crowd_words=re.compile(data["crowd"]["words"], re.IGNORECASE),
        version=str(data["meta"]["version"]),
        by_literal=by_literal,
        always=always,
        # Literals are lower-case letters; \b keeps the scan to word starts.
        literal_scan=re.compile(r"\b(?:" + alternation(by_literal) + ")"),
        marks={w: tuple(m for m in marked if w.startswith(m)) for w in by_literal},
    )


def _type_mode(value: str) -> tuple[str, str | None]:
    """ "COERCE/seize" -> ("COERCE", "seize"); "COERCE" -> ("COERCE", None)."""
    etype, _, mode = value.partition("/")
    return etype, mode or None


def _mode_table(table: dict[str, str]) -> tuple[re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str]], ...]]:
    """Compiled [modes.<type>] keywords, plus their union (a catch-all "." mode is left out of it)."""
    ordered = tuple((mode, re.compile(p, re.IGNORECASE)) for mode, p in table.items())
    specific = [p for p in table.values() if p != "."]
    union = re.compile("|".join(f"(?:{p})" for p in specific), re.IGNORECASE) if specific else None
    return union, ordered


def _index_by_literal(rules: tuple[TriggerRule, ...], marked: set[str]) -> dict[str, tuple[TriggerRule, ...]]:
    """Start literal (or marked word) -> every rule (in file order) with that literal or a shorter one it starts
    with."""
    literals = {p for r in rules for p in r.prefixes or ()} | marked
    return {lit: tuple(r for r in rules if any(lit.startswith(p) for p in r.prefixes or ())) for lit in literals}


def _rule(r: dict[str, Any], macros: dict[str, str]) -> TriggerRule:
    """One compiled rule from its TOML table."""
    pattern = expand_macros(str(r["pattern"]), macros)
    return TriggerRule(
        id=str(r["id"]),
        event_type=str(r["type"]),
        mode=r.get("mode"),
        pattern=re.compile(pattern, re.IGNORECASE),
        voice=r.get("voice", "active"),
        agent=tuple(r.get("agent", ["by"])),
        recipient=r.get("recipient", "right"),
        recipient_window=int(r.get("recipient_window", 90)),
        skip_preps=frozenset(r.get("skip_preps", [])),
        recipient_preps=frozenset(r.get("recipient_preps", [])),
        unit=r.get("unit"),
        implicit_actor=r.get("implicit_actor"),
        nominal=bool(r.get("nominal", False)),
        priority=int(r.get("priority", 0)),
        prefixes=start_literals(pattern),
        modal_required=r.get("modal") == "required",
        modal_negated=r.get("modal") == "negated",
        modal_refused=r.get("modal") == "refused",
        requires=tuple(str(x).lower() for x in r.get("requires", [])),
        crowd=bool(r.get("crowd", False)),
        mutual=bool(r.get("mutual", False)),
        joint=bool(r.get("joint", False)),
        domestic=bool(r.get("domestic", False)),
        otherwise=_type_mode(r["otherwise"]) if r.get("otherwise") else None,
        optional_recipient=bool(r.get("optional_recipient", False)),
        content=bool(r.get("content", True)),
    )


def start_literals(pattern: str) -> tuple[str, ...] | None:
    """Literals every match of pattern starts with, read from its parse tree; None when there is no such set."""
    try:
        tree = sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    found = _prefixes(list(tree))
    if not found or not all(len(p) >= 3 and p.isalpha() for p in found):
        return None
    return tuple(sorted(set(found)))


def _zero_width_behind(item: tuple) -> bool:
    """True for an item that matches no characters and looks only backwards: \\b, a lookbehind, or a group whose
    every alternative is such items ("(?:(?<=were\\s)|(?<=was\\s))")."""
    op, av = item
    if op is sre_c.AT:
        return True
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        return bool(av[0] < 0)
    if op is sre_c.SUBPATTERN:
        body = list(av[-1])
        return bool(body) and all(_zero_width_behind(x) for x in body)
    if op is sre_c.BRANCH:
        return all(branch and all(_zero_width_behind(x) for x in branch) for branch in av[1])
    return False


def _prefixes(items: list) -> list[str] | None:
    """Start literals of a parsed sequence (None if some path starts with a non-literal)."""
    while items and _zero_width_behind(items[0]):
        items = items[1:]  # \b and friends, and lookbehinds (or a group of them), consume nothing
    if not items:
        return None
    op, av = items[0]
    if op is sre_c.LITERAL:
        n = 0
        while n < len(items) and items[n][0] is sre_c.LITERAL:
            n += 1
        word = "".join(chr(av2) for _, av2 in items[:n]).lower()
        rest = _prefixes(items[n:]) if len(word) < 3 and n < len(items) else None
        # The parser factors shared starts out of alternations ("ex" + (pel|ile)): glue them back.
        return [word + r for r in rest] if rest else [word]
    if op is sre_c.SUBPATTERN:
        return _prefixes(list(av[-1]))
    if op is sre_c.BRANCH:
        out: list[str] = []
        for branch in av[1]:
            sub = _prefixes(list(branch))
            if not sub:
                return None
            out.extend(sub)
        return out
    return None


def match_document(text: str, lowered: str, book: TriggerBook, spans: list[tuple[int, int]]) -> list[list[TriggerMatch]]:
    """Trigger matches of every sentence (offsets relative to their sentence); lowered = text.lower(), same length."""
    found: list[list[TriggerMatch]] = [[] for _ in spans]
    begins = [a for a, _ in spans]
    by_literal, rules, marks = book.by_literal, book.rules, book.marks  # rules: for the always-tried ones below
    # One C-level scan finds the few word starts that can begin a trigger; only their rules are tried there. It also
    # marks the sentences holding the always-tried rules' required words.
    marked: dict[str, set[int]] = {}
    k, a, b = -1, 0, -1
    for m in book.literal_scan.finditer(lowered):
        at = m.start()
        if at >= b:  # scan positions only grow: move to the sentence holding this one
            k = bisect_right(begins, at) - 1
            if k < 0:
                continue
            a, b = spans[k]
            if at >= b:
                continue
        word = m.group()
        for w in marks[word]:
            marked.setdefault(w, set()).add(k)
        for rule in by_literal[word]:
            hit = rule.pattern.match(text, at, b)
            if hit is not None and (not rule.requires or any(lowered.find(w, a, b) >= 0 for w in rule.requires)):
                _keep(found[k], rule, hit, text, a)
    for i in book.always:
        rule = rules[i]
        for k in _sentences_with(lowered, rule.requires, begins, marks, marked) if rule.requires else range(len(spans)):
            a, b = spans[k]
            for hit in rule.pattern.finditer(text, a, b):
                _keep(found[k], rule, hit, text, a)
    return [_resolve_overlaps(f) if len(f) > 1 else f for f in found]


def _sentences_with(lowered: str, words: tuple[str, ...], begins: list[int], marks: dict[str, tuple[str, ...]],
                    marked: dict[str, set[int]]) -> list[int]:
    """Indices of the sentences (starting at begins) in which one of words occurs, in order: those the literal scan
    marked for a scanned word (at a word start), else those a search finds."""
    found: set[int] = set()
    for w in words:
        if w in marks:
            found |= marked.get(w, set())
            continue
        at = lowered.find(w)
        while at >= 0:
            found.add(bisect_right(begins, at) - 1)
            at = lowered.find(w, at + len(w))
    return sorted(k for k in found if k >= 0)


def match_triggers(sentence: str, lowered: str, book: TriggerBook) -> list[TriggerMatch]:
    """Trigger matches of one sentence (see match_document)."""
    return match_document(sentence, lowered, book, [(0, len(sentence))])[0]


def _resolve_overlaps(found: list[TriggerMatch]) -> list[TriggerMatch]:
    """Non-overlapping matches in text order; on overlap the higher priority, then longer, wins."""
    if len(found) > 1:
        found.sort(key=lambda t: (-t.rule.priority, -(t.end - t.start), t.start))
    kept: list[TriggerMatch] = []
    for t in found:
        if all(t.end <= k.start or t.start >= k.end for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: t.start)


def _keep(found: list[TriggerMatch], rule: TriggerRule, m: re.Match[str], text: str, offset: int) -> None:
    """Record a match (relative to offset) unless it is an adjective or a noun where the rule expects a verb."""
    start = m.start()
    if start > offset and text[start - 1] in "-‐":
        return  # "Western-provided weapons", "Russian-backed": an adjective, not a verb
    if not rule.nominal and _after_determiner(text, max(offset, start - 24), start) \
            and not _RELATIVE_THAT_VERB.match(text, max(offset, start - 5), m.end() + 40):
        return  # "the expulsion", "its demands": a noun, not the verb the rule expects
    if rule.voice == "active" and _adjective_participle(text, max(offset, start - 12), start, m.end()):
        return  # "the release of jailed activists": a participle used as an adjective
    if rule.event_type == "CONSULT" and not rule.nominal and _ing_noun(text, max(offset, start - 40), start, m.end()):
        # "a high-profile meeting (with X)": a noun whose participants are not the sentence's subject. Other
        # types keep their gerunds ("the possibility of severing ties" is still the content of a threat).
        return
    # Cheap gate: every auxiliary ends in one of "sengt", an adverb in "y", then one space.
    if rule.voice == "active" and start - 2 >= offset and text[start - 2] in "sengtySENGTY" \
            and _passive(text, max(offset, start - 30), start, m.end()) and not _FEELING.match(text, start):
        return  # "he was arrested by police", "is accused of": the subject is the target (not "was dismayed by")
    if rule.voice == "active" and _REDUCED_PASSIVE.match(text, start) and not _FEELING.match(text, start):
        return  # "a move condemned by the United Nations": the noun before is the target, the agent acts
    if rule.voice == "active" and text.endswith(" and ", max(offset, start - 5), start) \
            and _HANDED.match(text, start) is not None \
            and _COORDINATED_PASSIVE.search(text, max(offset, start - _COORDINATED_REACH), start) is not None:
        # "the ambassador was summoned to the ministry and handed a note of protest": the passive's subject is given
        # it too (not "was concerned and urged": only a verb of handing over after "and")
        return
    found.append(TriggerMatch(rule, start - offset, m.end() - offset))


# Participles of feeling after "be" are adjectives, their subject the one who feels ("was deeply disappointed by").
# (Not "is concerned about": as often about a person or a trend as about another's act.)
_FEELING: Final = re.compile(r"(?:disappointed|dismayed|shocked|appalled|alarmed|outraged)\b", re.IGNORECASE)


def _adjective_participle(text: str, lo: int, at: int, end: int) -> bool:
    """True when the -ed word at text[at:] follows a preposition ("of jailed activists", "for detained sailors")."""
    word = _WORD.match(text, at, end)
    if word is None or not word.group().lower().endswith("ed") or at <= lo or not text[at - 1].isspace():
        return False
    return _PREPOSITION_BEFORE.search(text, lo, at) is not None


def _ing_noun(text: str, lo: int, at: int, end: int) -> bool:
    """True when the -ing word at text[at:] follows a determiner and one or two modifiers ("a high-profile meeting")."""
    word = _WORD.match(text, at, end)
    if word is None or not word.group().lower().endswith("ing") or at <= lo or not text[at - 1].isspace():
        return False
    return _NOUN_PHRASE_ING.search(text, lo, at) is not None


def _passive(text: str, lo: int, at: int, end: int) -> bool:
    """True when the participle at text[at:] follows a form of "be" (a passive, not the active verb)."""
    if at <= lo or not text[at - 1].isspace():
        return False
    word = _WORD.match(text, at, end)
    if word is None:
        return False
    w = word.group().lower()
    if not (w.endswith("ed") or w in _IRREGULAR_PARTICIPLES) or w in _FEELINGS:
        return False  # ("was deeply disappointed by the decision": a feeling, an adjective)
    return _PASSIVE_AUX.search(text, lo, at) is not None


def _after_determiner(text: str, lo: int, at: int) -> bool:
    """True when text[lo:at] ends with a whole-word determiner or a possessive ('s, s') and then whitespace."""
    if at <= lo or not text[at - 1].isspace():
        return False
    end = len(text[lo:at].rstrip()) + lo
    if end == lo:
        return False
    if text[end - 1] in "'’" or (text[end - 1] in "sS" and end - 2 >= lo and text[end - 2] in "'’"):
        return True
    # To the start of the word, which must lie inside the window; a word longer than every determiner is none
    # (lower-casing never shortens a word), so the walk stops there.
    i, stop = end, max(lo, end - _LONGEST_DETERMINER - 1)
    while i > stop and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    if end - i > _LONGEST_DETERMINER or (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")):
        return False
    return text[i:end].lower() in _DETERMINERS
