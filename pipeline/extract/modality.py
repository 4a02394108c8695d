"""Whether a trigger reports an act, a threat, a plan, a denial, a hypothesis, or nothing (negated)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

Modality = Literal["actual", "threat", "future", "denied", "negated", "hypothetical"]

# ("may" in lower case only: "Theresa May", "in May" are no modal.)
_THREAT: Final = re.compile(
    r"\b(?:(?-i:may)|might|could|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)|contemplat\w*+"
    r"|threat(?:en|ens|ened|ening)\s++to|rul(?:e|es|ed|ing)\s++out|possibility\s++of|option\s++of"
    r"|not\s++exclud\w*+|studying"
    # "would not hesitate to expel": a threat, not a negation (and "did not hesitate to expel" an act).
    r"|(?:(?:will|would|shall)\s++(?:not|never)|won['’]t|wouldn['’]t)\s++hesitate\s++to)\b", re.IGNORECASE)
# "decided to expel" reports the decision, i.e. the act; "will expel" and "plans to expel" announce it.
_FUTURE: Final = re.compile(
    r"(?:\b(?:will|would|shall|plan(?:s|ned|ning)?\s++to|intend(?:s|ed)?\s++to|going\s++to|set\s++to|about\s++to"
    r"|prepared\s++to|ready\s++to|readiness\s++to|willing(?:ness)?\s++to|promis(?:e|es|ed)\s++to|pledg(?:e|es|ed)\s++to"
    r"|want(?:s|ed)?\s++to|hop(?:e|es|ing)\s++to|seek(?:s|ing)?\s++to|aim(?:s|ing)?\s++to|efforts?\s++to|expected\s++to|(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s))expected\s++(?:in|at)"
    r"|vow(?:s|ed)?\s++to|offer(?:s|ed)?\s++to|volunteer(?:s|ed)?\s++to|undert(?:ake|akes|ook)\s++to"
    r"|(?:due|scheduled)\s++to(?=\s*+$)|(?:is|are)\s++to(?=\s*+$))\b"
    r"|['’]ll\b)", re.IGNORECASE)
# ... and an open question ("examining whether to shoot down Russian missiles"): neither is an act.
# (And a duty: "was obliged to detain the Russian leader on arrival" says what a state should do, not what it did; "will
# be obligated to respond" is a threat, read from "will".)
_NORMATIVE: Final = re.compile(r"\b(?:should|ought\s++to|must|need\s++to|needs\s++to|whether\s++(?:or\s++not\s++)?to|"
                               r"(?:was|were|is|are)\s++(?:\w++(?<=ly)\s++)?(?:obliged|obligated|required|supposed|bound)\s++to)\b", re.IGNORECASE)
_DENY_INTENT: Final = re.compile(
    r"\bden(?:y|ies|ied|ying)\s++(?:any\s++|having\s++|all\s++)?(?:intentions?|intent|plans?)\b", re.IGNORECASE)
_NEGATION: Final = re.compile(
    r"(?:\b(?:(?<!or\s)not(?!\s++only|\s++hesitate)|never|no\s++longer|neither|nor|without|refus(?:e|es|ed|ing)\s++to|fail(?:s|ed)?\s++to"
    r"|no\s++(?:plans?|intention|intentions)\s++(?:to|of)"
    r"|declin(?:e|es|ed|ing)\s++to|reluctan(?:t|ce)\s++to|unwilling(?:ness)?\s++to|refusal\s++to|unable\s++to"
    r"|inability\s++to|yet\s++to|had\s++hoped\s++to)\b"
    r"|n['’]t\b),?(?:\s++\S++){0,4}?\s*+$", re.IGNORECASE)  # (",": "did not, however, recall")
# "decided against sending": the verb right after it is not done (not "decided against the takeover, accusing").
_DECIDED_AGAINST: Final = re.compile(r"\b(?:decid(?:e|es|ed|ing)|opt(?:s|ed|ing)?)\s++against\s*+$", re.IGNORECASE)
# "had been close to signing a memorandum", "on the verge of recognising": the act right after it was not done.
_NEAR_MISS: Final = re.compile(r"\b(?:(?:close|closer|near)\s++to|on\s++the\s++(?:verge|brink)\s++of)\s*+$", re.IGNORECASE)
_ANY_MARKER: Final = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_THREAT, _FUTURE, _NORMATIVE, _DENY_INTENT, _NEGATION, _DECIDED_AGAINST,
                                          _NEAR_MISS)),
    re.IGNORECASE)
# (And the inverted "Should Tehran fail to ..., Britain would ...", opening its sentence; and "provided that".)
_CONDITION: Final = re.compile(r"\b(?:if|unless|in\s++case|in\s++the\s++event|provided\s++that|on\s++condition\s++that)\b"
                               r"|^\s*+should\s++(?=(?:the\s++)?(?-i:[A-Z]))", re.IGNORECASE)
# A conditional clause runs to the next comma/semicolon/dash ("If X continue to expel ..., Moscow ...").
_CLAUSE_END: Final = re.compile(r"[,;:–—]|\bthen\b")


@dataclass(slots=True)
class Span:
    """[start, end) in a sentence."""

    start: int
    end: int

    def contains(self, pos: int) -> bool:
        """True when pos lies in the span."""
        return self.start <= pos < self.end


def condition_spans(sentence: str, lowered: str | None = None) -> list[Span]:
    """The 'if ...' clauses of a sentence (lowered: sentence.lower(), if at hand): what they describe is not asserted."""
    out: list[Span] = []
    lowered = sentence.lower() if lowered is None else lowered
    if "if" not in lowered and "unless" not in lowered and "in case" not in lowered and "in the event" not in lowered \
            and "only " not in lowered and "condition" not in lowered and "provided" not in lowered \
            and "until" not in lowered and not lowered.lstrip().startswith("should "):
        return out
    for m in _CONDITION.finditer(sentence):
        end = _CLAUSE_END.search(sentence, m.end())
        out.append(Span(m.start(), end.start() if end else len(sentence)))
    # The clause a promise or measure lasts "until" or holds "only once" ("the pipeline would stay shut until Cotonou
    # freed the remaining detainees", "the border would reopen only once Uganda released"): a condition set, not an act
    # reported (not "drones have only once struck Moscow").
    for m in _UNTIL.finditer(sentence) if "until" in lowered or "only " in lowered else ():
        end = _CLAUSE_END.search(sentence, m.end())
        out.append(Span(m.start(1), end.start() if end else len(sentence)))
    return out


# "until" or "only once" after a modal of its clause (not the narrated "talks continued until Russia withdrew").
_UNTIL: Final = re.compile(r"\b(?:will|would|shall)\s++(?:not\s++)?(?:[^\s.;,]++\s++){0,6}?(until|only\s++(?:once|after|when))\b",
                           re.IGNORECASE)


def has_condition(sentence: str) -> bool:
    """True when the sentence states a condition."""
    return _CONDITION.search(sentence) is not None


def classify(window: str) -> Modality:
    """Modality of a trigger from the words between its actor and itself."""
    if not _ANY_MARKER.search(window):
        return "actual"  # the common case: one scan instead of five
    if _DENY_INTENT.search(window):
        return "denied"
    if _THREAT.search(window):
        return "threat"
    if _NEGATION.search(window) or _DECIDED_AGAINST.search(window) or _NEAR_MISS.search(window):
        return "negated"
    if _NORMATIVE.search(window):
        return "hypothetical"
    if _FUTURE.search(window):
        return "future"
    return "actual"
