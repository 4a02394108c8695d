"""Sentence segmentation with exact character offsets."""

from __future__ import annotations

import re
from typing import Final

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace; or a newline. Tried
# only at the first mark of a run ("...", "?!"), so a long run of dots is read once, not once per dot.
_BOUNDARY: Final = re.compile(r"[.!?\n](?:(?<=\n)\s*+|(?<![.!?][.!?])[.!?]*+[\"'”’)\]]*+\s++)")
# Opening quotes and brackets that may precede a sentence's first letter.
_OPENERS: Final = "\"“‘'(["
# Words after which a period does not end a sentence.
_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt maj adm gov sen rep st jr sr rev hon pres vs etc no inc corp ltd co "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u u.s.a".split()
)
# Very long runs without punctuation are cut so every unit of work stays small.
MAX_SENTENCE_CHARS: Final = 1500


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence in text, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if "\n" not in m.group() and not _ends_sentence(text, m.start(), m.end()):
            continue
        _add_span(text, start, m.end(), spans)
        start = m.end()
    _add_span(text, start, len(text), spans)
    return spans


def _ends_sentence(text: str, punct_at: int, next_at: int) -> bool:
    """True when the punctuation at punct_at closes a sentence."""
    nxt = text[next_at:next_at + 2]
    first = nxt[1:2] if nxt[:1] in _OPENERS else nxt[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if text[punct_at] != ".":
        return True
    before = text[max(0, punct_at - 12):punct_at]
    if not before or before[-1].isspace():
        return True
    w = before.rsplit(None, 1)[-1].strip("\"“”‘’'()").lower()
    # "U.S." and single initials ("J. Smith") are abbreviations, not ends.
    return not (w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or ("." in w and len(w) <= 5))


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append the trimmed span [start, end), cut into pieces of at most MAX_SENTENCE_CHARS."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
