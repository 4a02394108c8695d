"""Trigger rules (data/triggers.toml): compiled once, matched over a document, overlaps resolved per sentence."""

from __future__ import annotations

import re
import re._constants as sre_c
import re._parser as sre_parse
import tomllib
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

Voice = Literal["active", "passive", "participants", "attributed"]
RecipientFrom = Literal["right", "cue", "none"]

_MACRO: Final = re.compile(r"\{(GAP[1-9]|NUM|CAP)\}")
# A determiner (optionally with a demonym: "the Russian demands") before a trigger makes it a noun.
_DETERMINER_BEFORE: Final = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|your|these|those|such|this|that|any|no)"
    r"(?:\s++(?-i:[A-Z])[a-z]*+(?:ian|ean|ese|ish|can|an|ch))?|['’]s?)\s++$", re.IGNORECASE)


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
    unit: str | None
    implicit_actor: str | None
    nominal: bool
    priority: int
    modal_required: bool
    requires: tuple[str, ...]
    # Lower-case literals one of which every match starts with (None: no cheap prefilter).
    prefixes: tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A rule matched at [start, end) of a sentence."""

    rule: TriggerRule
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TriggerBook:
    """All rules plus the mode keyword tables and cue patterns of the trigger file."""

    rules: tuple[TriggerRule, ...]
    mode_keywords: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]
    threat_modes: dict[str, str]
    recipient_cue: re.Pattern[str]
    version: str
    # Prefilter index: rules by the first three letters their matches start with; rules without one.
    by_stem: dict[str, tuple[tuple[str, ...], tuple[tuple[str, int], ...]]]
    always: tuple[int, ...]


def expand_macros(pattern: str, macros: dict[str, str]) -> str:
    """Replace {GAPn}, {NUM}, {CAP} by their regex text."""
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name.startswith("GAP"):
            return r"(?:\S++\s++){0,%d}?" % int(name[3:])
        return macros[name]
    return _MACRO.sub(sub, pattern)


def load_triggers(path: Path) -> TriggerBook:
    """Parse and compile the trigger file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    macros = data.get("macros", {})
    rules = tuple(_rule(r, macros) for r in data["rule"])
    modes = {
        etype: tuple((mode, re.compile(p, re.IGNORECASE)) for mode, p in table.items())
        for etype, table in data.get("modes", {}).items()
    }
    return TriggerBook(
        rules=rules,
        mode_keywords=modes,
        threat_modes=dict(data.get("threat_modes", {})),
        recipient_cue=re.compile(data["cues"]["recipient"], re.IGNORECASE),
        version=str(data["meta"]["version"]),
        by_stem=_index_by_stem(rules),
        always=tuple(i for i, r in enumerate(rules) if r.prefixes is None),
    )


def _index_by_stem(rules: tuple[TriggerRule, ...]) -> dict[str, tuple[tuple[str, ...], tuple[tuple[str, int], ...]]]:
    """First three letters -> (all start literals, (start literal, rule position) pairs) of rules starting so."""
    index: dict[str, list[tuple[str, int]]] = {}
    for i, r in enumerate(rules):
        for p in r.prefixes or ():
            index.setdefault(p[:3], []).append((p, i))
    return {k: (tuple({p for p, _ in v}), tuple(v)) for k, v in index.items()}


def _rule(r: dict[str, object], macros: dict[str, str]) -> TriggerRule:
    """One compiled rule from its TOML table."""
    pattern = expand_macros(str(r["pattern"]), macros)
    return TriggerRule(
        id=str(r["id"]),
        event_type=str(r["type"]),
        mode=r.get("mode"),  # type: ignore[arg-type]
        pattern=re.compile(pattern, re.IGNORECASE),
        voice=r.get("voice", "active"),  # type: ignore[arg-type]
        agent=tuple(r.get("agent", ["by"])),  # type: ignore[arg-type]
        recipient=r.get("recipient", "right"),  # type: ignore[arg-type]
        recipient_window=int(r.get("recipient_window", 90)),  # type: ignore[arg-type]
        skip_preps=frozenset(r.get("skip_preps", [])),  # type: ignore[arg-type]
        unit=r.get("unit"),  # type: ignore[arg-type]
        implicit_actor=r.get("implicit_actor"),  # type: ignore[arg-type]
        nominal=bool(r.get("nominal", False)),
        priority=int(r.get("priority", 0)),  # type: ignore[arg-type]
        prefixes=start_literals(pattern),
        modal_required=r.get("modal") == "required",
        requires=tuple(str(x).lower() for x in r.get("requires", [])),  # type: ignore[attr-defined]
    )


def start_literals(pattern: str) -> tuple[str, ...] | None:
    """Literals every match of pattern starts with, read from its parse tree; None when there is no such set."""
    try:
        tree = sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    found = _prefixes(list(tree))
    ok = found and all(len(p) >= 3 and p.isalpha() for p in found)
    return tuple(sorted(set(found))) if ok else None


def _prefixes(items: list) -> list[str] | None:
    """Start literals of a parsed sequence (None if some path starts with a non-literal)."""
    while items and items[0][0] is sre_c.AT:
        items = items[1:]  # \b and friends consume nothing
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


# Punctuation around a word, stripped before taking its first three letters.
_PUNCT: Final = "\"'“”‘’()[]{}—–-,.;:!?…"


def match_document(text: str, lowered: str, book: TriggerBook, spans: list[tuple[int, int]]) -> list[list[TriggerMatch]]:
    """Trigger matches of every sentence (offsets relative to their sentence); lowered = text.lower(), same length."""
    found: list[list[TriggerMatch]] = [[] for _ in spans]
    begins = [a for a, _ in spans]
    words = lowered.split()
    # Decide once per distinct word whether it can start a trigger (most words cannot) ...
    cands: dict[str, tuple[str, tuple[tuple[str, int], ...]]] = {}
    for raw in set(words):
        word = raw.lstrip(_PUNCT) if not raw[0].isalpha() else raw
        entry = book.by_stem.get(word[:3])
        if entry is not None and word.startswith(entry[0]):
            cands[raw] = (word, entry[1])
    # ... then find those words in order and try their rules there.
    cursor = 0
    for raw in words:
        hit = cands.get(raw)
        if hit is None:
            continue
        word, rules = hit
        at = _locate(lowered, word, cursor)
        if at < 0:
            continue
        cursor = at + len(word)
        k = bisect_right(begins, at) - 1
        if k < 0 or at >= spans[k][1]:
            continue
        for prefix, i in rules:
            if word.startswith(prefix):
                m = book.rules[i].pattern.match(text, at, spans[k][1])
                if m is not None:
                    _keep(found[k], book.rules[i], m, text, spans[k][0])
    for i in book.always:
        rule = book.rules[i]
        if rule.requires and not any(x in lowered for x in rule.requires):
            continue
        for k, (a, b) in enumerate(spans):
            for m in rule.pattern.finditer(text, a, b):
                _keep(found[k], rule, m, text, a)
    return [_resolve_overlaps(f) for f in found]


def _locate(lowered: str, word: str, cursor: int) -> int:
    """Offset of the next whole-word occurrence of word at or after cursor (-1 if none)."""
    at = lowered.find(word, cursor)
    while at > 0 and lowered[at - 1].isalnum():
        at = lowered.find(word, at + 1)
    return at


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
    if not rule.nominal and _DETERMINER_BEFORE.search(text, max(offset, start - 24), start):
        return  # "the expulsion", "its demands": a noun, not the verb the rule expects
    found.append(TriggerMatch(rule, start - offset, m.end() - offset))
