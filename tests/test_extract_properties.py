"""Properties: code_document never raises on arbitrary text, and every mention slices back exactly."""

from __future__ import annotations

import datetime as dt
import time
from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import CoderResources, code_document, load_resources

NEWSY = st.sampled_from([
    "Russia", "expelled", "the West", "said", "on Monday", "35 and 40, respectively", "if", "would", "not",
    "Kyiv", "sanctions", "talks", "with", "NATO", ",", ".", "\n\n", "“", "”", "US-Russian", "March 29", "they",
    "won't rule out", "a billion dollars", "İstanbul", "ß", "\u200b", "ﬁ", "Ⅻ", "  ", "-", "Mr.", "U.S.",
])


@lru_cache(maxsize=1)
def resources() -> CoderResources:
    """Loaded once for the module."""
    return load_resources()


def check(text: str, published: dt.date | None) -> None:
    """Code text and assert the mention contract."""
    for e in code_document(doc_id="p", text=text, published_date=published, resources=resources()):
        m = e.mention
        assert text[m.char_start:m.char_end] == m.sentence and m.sentence
        assert e.actor_codes and e.status in ("actual", "threatened", "planned", "hypothetical", "denied", "historical")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000), st.one_of(st.none(), st.dates()))
def test_arbitrary_text_never_raises(text: str, published: dt.date | None) -> None:
    check(text, published)


@settings(max_examples=200, deadline=None)
@given(st.lists(NEWSY, max_size=80).map(" ".join), st.one_of(st.none(), st.dates()))
def test_newsy_word_salad_never_raises(text: str, published: dt.date | None) -> None:
    check(text, published)


def test_pathological_inputs_stay_fast() -> None:
    # Long runs without punctuation, repeated trigger words and gaps must stay linear.
    for text in ("expelled " * 20_000, "a" * 200_000, "Russia, " * 10_000 + "expelled diplomats",
                 ("talks were held with NATO and " * 2_000), "1," * 50_000, "\n" * 100_000):
        start = time.perf_counter()
        check(text, dt.date(2024, 6, 28))
        assert time.perf_counter() - start < 10


def test_no_module_level_name_of_the_pipeline_is_bound_twice() -> None:
    # A second `_NAME: Final = ...` further down a module silently replaces the first for every use above it too
    # (mypy does not flag it here): each module-level name is bound once.
    import ast
    from collections import Counter
    from pathlib import Path

    twice = {}
    for path in sorted((Path(__file__).resolve().parent.parent / "pipeline").rglob("*.py")):
        bound: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                bound[node.target.id] += 1
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                bound[node.name] += 1
        if repeated := sorted(n for n, k in bound.items() if k > 1):
            twice[path.name] = repeated
    assert not twice, twice
