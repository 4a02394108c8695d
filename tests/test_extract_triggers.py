"""The knowledge files: provenance headers, linear-time trigger patterns, closed sets, interop table."""

from __future__ import annotations

import re
import time
import tomllib
from pathlib import Path

import pytest

from pipeline.extract import load_resources
from pipeline.extract.resources import DATA_DIR
from pipeline.extract.triggers import expand_macros
from pipeline.schema import EVENT_STATUSES

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
# A quantified group whose own quantifier is unbounded (+, *, {n,}) and not possessive: the backtracking risk.
_UNBOUNDED_GROUP = re.compile(r"\)(?:[+*]|\{\d+,\})(?![+?])")


def rules() -> list[dict]:
    """The raw rule tables of triggers.toml."""
    return tomllib.loads((DATA_DIR / "triggers.toml").read_text(encoding="utf-8"))["rule"]


@pytest.mark.parametrize("name", ["actors_curated.csv", "actor_roles.csv", "plover_cameo.csv", "triggers.toml",
                                  "alliances.csv"])
def test_every_data_file_starts_with_provenance_and_version(name: str) -> None:
    head = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()[:8]
    assert head[0].startswith("#") and any("version" in line for line in head)
    assert any("provenance" in line for line in head)


def test_rules_use_plover_types_and_have_unique_ids() -> None:
    ids = [r["id"] for r in rules()]
    assert len(ids) == len(set(ids))
    # (ECHO repeats the last act reported with a new actor: it codes a PLOVER type, that act's.)
    assert {r["type"] for r in rules()} <= PLOVER_TYPES | {"ECHO"}


def test_every_rule_starts_with_a_literal_or_names_its_required_words() -> None:
    # A rule with neither is tried on every sentence of every document: it once halved the coder's speed.
    book = load_resources().triggers
    assert not [r.id for r in book.rules if r.prefixes is None and not r.requires]


def test_patterns_have_no_unbounded_repetition_of_groups() -> None:
    macros = tomllib.loads((DATA_DIR / "triggers.toml").read_text(encoding="utf-8"))["macros"]
    for r in rules():
        pattern = expand_macros(r["pattern"], macros)
        assert not _UNBOUNDED_GROUP.search(pattern.replace(r"(?:,\d{3})++", "")), r["id"]


# A possessive run of letters followed by more letters ("\\w++ly", "[a-z]++ing") can never match: the run has eaten
# them. Suffixes are checked with a lookbehind instead ("\\w++(?<=ly)").
_DEAD_SUFFIX = re.compile(r"(?:\\w|\\S|\[[^\]]*a-z[^\]]*\])\+\+(?:\(\?:)?[A-Za-z]")


def _module_patterns() -> list[tuple[str, str]]:
    """(name, source) of every compiled regex constant of the coder's modules."""
    import importlib
    import pkgutil

    import pipeline.extract as pkg

    found = []
    for info in pkgutil.iter_modules(pkg.__path__):
        module = importlib.import_module(f"pipeline.extract.{info.name}")
        found += [(f"{info.name}.{k}", v.pattern) for k, v in vars(module).items() if isinstance(v, re.Pattern)]
    return found


def test_no_pattern_has_a_suffix_a_possessive_run_has_eaten() -> None:
    macros = tomllib.loads((DATA_DIR / "triggers.toml").read_text(encoding="utf-8"))["macros"]
    sources = [(r["id"], expand_macros(r["pattern"], macros)) for r in rules()] + _module_patterns()
    assert [name for name, src in sources if _DEAD_SUFFIX.search(src)] == []
    assert _DEAD_SUFFIX.search(r"[a-z]++ing\b") and not _DEAD_SUFFIX.search(r"\w++(?<=ly)\s++")


def test_patterns_stay_fast_on_adversarial_text() -> None:
    res = load_resources()
    hostile = ["expelled " + "a " * 5000 + "diplomats", "talks " * 5000, "sent " * 5000 + "home",
               "will " * 3000 + "respond", "1," * 5000]
    for r in res.triggers.rules:
        for text in hostile:
            start = time.perf_counter()
            list(r.pattern.finditer(text))
            assert time.perf_counter() - start < 0.5, r.id


def test_interop_table_covers_every_rule_and_the_ontology() -> None:
    res = load_resources()
    for etype in PLOVER_TYPES:
        row = res.interop_for(etype, None)
        assert row.cameo_code and row.quad_class in (1, 2, 3, 4) and -10 <= row.intensity <= 10
    assert res.interop_for("SANCTION", "expel").cameo_code == "161"
    assert res.interop_for("SANCTION", "discontinue").cameo_code == "163"
    assert res.interop_for("THREATEN", "restrict").cameo_code == "1312"
    assert res.interop_for("MOBILIZE", "troops").cameo_code == "154"
    assert res.interop_for("ASSAULT", "aerial").cameo_code == "195"


def test_statuses_are_the_closed_set() -> None:
    assert set(EVENT_STATUSES) == {"actual", "threatened", "planned", "hypothetical", "denied", "historical"}


def test_gazetteer_country_part_comes_from_pycountry() -> None:
    res = load_resources()
    countries = [a for a in res.gazetteer.actors if a.kind == "country"]
    assert len(countries) >= 249
    assert res.gazetteer.aliases["Bolivarian Republic of Venezuela"].code == "VEN"
    assert res.gazetteer.aliases["Kyiv"].code == "UKR"
    assert Path(DATA_DIR / "actors_curated.csv").exists()


def test_start_literals_skip_lookbehinds_even_in_a_group() -> None:
    from pipeline.extract.triggers import start_literals

    # A group of lookbehinds before the verb consumes nothing: the rule is tried only where the verb occurs.
    assert start_literals(r"(?:(?<=\bwere\s)|(?<=\bwas\s))(?:killed|wounded)\b") == ("killed", "wounded")
    assert start_literals(r"\b(?<!not\s)expel(?:s|led)?\b") == ("expel",)
    # A lookahead is no literal, nor is a group that can match a character.
    assert start_literals(r"(?=\w)(?:killed|wounded)") is None
    assert start_literals(r"(?:(?<=were\s)|x)killed") is None


def test_a_macro_may_use_another_macro() -> None:
    assert expand_macros("x{OUTER}", {"OUTER": "a{INNER}{GAP2}", "INNER": "b"}) == r"xab(?:\S++\s++){0,2}?"


def test_an_unknown_macro_fails_the_load_even_with_an_underscore() -> None:
    with pytest.raises(KeyError):
        expand_macros("x{NO_SUCH_MACRO}", {})
