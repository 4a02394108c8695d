"""Whether two documents tell the same story: publication dates, or the salient words of their event sentences."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Final

from pipeline.extract.gazetteer import Gazetteer
from pipeline.extract.model import CodedEvent
from pipeline.extract.quantities import find_numbers

# Documents published this many days apart can report the same event (wire copy, next-day follow-ups).
STORY_PUBLISHED_DAYS: Final = 3
# Undated documents tell the same story when their event sentences share this many salient terms ...
STORY_MIN_SHARED: Final = 5
# ... and the shared terms are this large a part of the smaller document's terms (overlap coefficient).
STORY_MIN_OVERLAP: Final = 0.2
_WORD: Final = re.compile(r"[^\W\d_]{4,}+")
# Words of any political news story: they say nothing about which story a document tells.
_GENERIC: Final = frozenset("""
that this with from have has been were will would could should they their them which what when where there about
after before into over also said says than more most such other only just some very even still while because against
between during under being does did doing told according added including those these here then many much
week weeks month months year years today yesterday tonight monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december earlier later recently last next
since first second third time times news report reported reports statement statements saying country countries state
states government official officials minister ministry president foreign spokesman spokeswoman leader leaders people
part take made make called call calls
""".split())


class Stories:
    """Same-story decisions between the documents of a set of coded events; terms are read only when needed."""

    def __init__(self, coded: Iterable[CodedEvent], gaz: Gazetteer) -> None:
        self._sentences: dict[str, dict[int, str]] = defaultdict(dict)
        self._published: dict[str, dt.date | None] = {}
        for e in coded:
            self._sentences[e.doc_id][e.mention.sentence_index] = e.mention.sentence
            # getattr: coded events pickled by an older coder (stored batch_events) lack the field.
            self._published[e.doc_id] = self._published.get(e.doc_id) or getattr(e, "published_date", None)
        self._gaz = gaz
        self._names: frozenset[str] | None = None
        self._terms: dict[str, frozenset[str]] = {}
        self._known: dict[tuple[str, str], bool] = {}

    def same(self, a: str, b: str) -> bool:
        """Publication days a few days apart when both are known; otherwise enough shared salient terms."""
        key = (a, b) if a < b else (b, a)
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = self._decide(a, b)
        return found

    def _decide(self, a: str, b: str) -> bool:
        day_a, day_b = self._published.get(a), self._published.get(b)
        if day_a is not None and day_b is not None:
            return abs((day_a - day_b).days) <= STORY_PUBLISHED_DAYS
        terms_a, terms_b = self.terms(a), self.terms(b)
        shared = len(terms_a & terms_b)
        return shared >= STORY_MIN_SHARED and shared >= STORY_MIN_OVERLAP * min(len(terms_a), len(terms_b))

    def terms(self, doc_id: str) -> frozenset[str]:
        """Salient terms of a document's event sentences: words minus generic and actor-name words, plus numbers."""
        found = self._terms.get(doc_id)
        if found is None:
            if self._names is None:
                # Parties are compared by code, not by how they are named. Only one-word roles count as names:
                # the words of "security forces" or "border guards" also tell a story ("security guarantees"),
                # and so does the city it happened in.
                self._names = frozenset(w.lower() for key in [k for k, h in self._gaz.aliases.items()
                                                              if h.alias_kind != "place"] + [
                    r for r in self._gaz.roles if " " not in r] for w in key.split(" "))
            terms: set[str] = set()
            for sentence in self._sentences.get(doc_id, {}).values():
                terms.update(w for w in map(str.lower, _WORD.findall(sentence))
                             if w not in _GENERIC and w not in self._names)
                # "100 thousand soldiers" and "100,000 soldiers" share the value, not the words.
                terms.update(f"#{n.value:g}" for n in find_numbers(sentence) if n.value >= 10)
            found = self._terms[doc_id] = frozenset(terms)
        return found
