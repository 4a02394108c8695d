"""Golden test on the bundled sample scrapes (gold 'drop' lines removed, as the cleaner would)."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache

import pytest

from pipeline.extract import CodedEvent, code_document, load_resources, merge_stories
from tests.conftest import SAMPLE, need_shared

# What the text itself says about publication (000 has a byline, 001 only a copyright year).
PUBLISHED = {"000_47d5f9f377217e8c": (dt.date(2024, 6, 28), "day"), "001_05be88ba43d0b2e0": (dt.date(2022, 1, 1), "year")}


@lru_cache(maxsize=1)
def coded_sample() -> tuple[dict[str, str], tuple[CodedEvent, ...]]:
    """Cleaned texts of the sample (gold drop lines and title removed) and their coded events."""
    labels = json.loads(need_shared("gold", "seeds_lines.json").read_text())
    res = load_resources()
    texts, coded = {}, []
    for path in sorted(SAMPLE.glob("*.txt")):
        lab = labels.get(path.stem, {})
        drop = set(lab.get("drop", [])) | ({lab["title"]} if isinstance(lab.get("title"), int) else set())
        lines = path.read_text(encoding="utf-8").split("\n")
        text = "\n".join(x for i, x in enumerate(lines, 1) if i not in drop).strip()
        texts[path.stem] = text
        pub, precision = PUBLISHED.get(path.stem, (None, "unknown"))
        coded += code_document(doc_id=path.stem, text=text, published_date=pub, resources=res,
                               published_precision=precision)  # type: ignore[arg-type]
    return texts, tuple(coded)


def has(doc: str, event_type: str, actors: set[str], recipients: set[str]) -> list[CodedEvent]:
    """Events of a document with that type whose actors/recipients include the given codes."""
    _, coded = coded_sample()
    return [e for e in coded if e.doc_id.startswith(doc) and e.event_type == event_type
            and actors <= set(e.actor_codes) and recipients <= set(e.recipient_codes)]


@pytest.mark.parametrize(("doc", "event_type", "actors", "recipients"), [
    ("000", "THREATEN", {"RUS"}, {"WEST"}),        # considering downgrading relations with the West
    ("000", "ASSAULT", {"UKR"}, {"RUS"}),          # Kiev launched long-range missile strikes on Crimea
    ("000", "ACCUSE", {"RUS"}, {"USA", "UKR"}),    # Lavrov said US and Ukrainian involvement in the attack
    ("000", "SANCTION", {"EU"}, {"RUS"}),          # imposed scores of sanctions against Moscow
    ("000", "AGREE", {"DNK", "NLD"}, {"UKR"}),     # Copenhagen and Amsterdam will arm Ukraine
    ("001", "SANCTION", {"ITA", "ESP", "DNK"}, {"RUS"}),
    ("001", "SANCTION", {"BEL", "NLD", "IRL"}, {"RUS"}),  # were sent home from Belgium, the Netherlands, ...
    ("001", "ASSAULT", {"RUS"}, {"UKR"}),          # Moscow sent troops into Ukraine on February 24
    ("001", "REQUEST", {"RUS"}, {"UKR"}),          # Russia demands that Ukraine declare itself neutral
    ("002", "CONSULT", {"RUS", "OSCE"}, set()),
    ("002", "MOBILIZE", {"RUS"}, {"UKR"}),
    ("003", "SANCTION", {"NATO"}, {"RUS"}),        # Nato ordered eight Russian diplomats to leave
    ("004", "REQUEST", {"USA"}, {"RUS"}),          # Sullivan urged Moscow to de-escalate
    ("004", "ACCUSE", {"RUS"}, {"USA"}),           # Lavrov condemned the sanctions proposals
])
def test_required_events_are_found(doc: str, event_type: str, actors: set[str], recipients: set[str]) -> None:
    assert has(doc, event_type, actors, recipients)


def test_quantities_and_dates_of_the_expulsions() -> None:
    got = {(e.actor_codes, e.quantity) for e in has("001", "SANCTION", set(), {"RUS"}) if e.mode == "expel"}
    assert {(("ITA", "ESP", "DNK"), 70), (("DEU",), 35), (("FRA",), 40), (("BEL", "NLD", "IRL"), 40), (("POL",), 45)} <= got
    march = [e for e in has("001", "SANCTION", {"BEL"}, {"RUS"})]
    assert march[0].event_date == dt.date(2022, 3, 29) and march[0].date_precision == "day"


def test_no_event_from_the_not_article_text_or_when_unsure() -> None:
    # Undated documents never get a date; every mention slices back to its sentence.
    texts, coded = coded_sample()
    for e in coded:
        assert texts[e.doc_id][e.mention.char_start:e.mention.char_end] == e.mention.sentence
        if e.doc_id.startswith(("002", "003", "004")):
            assert e.event_date is None or e.status == "historical"


def test_two_papers_on_the_same_buildup_merge() -> None:
    _, coded = coded_sample()
    events, mentions = merge_stories(coded, doc_sources={}, resources=load_resources())
    buildup = events[(events.event_type == "MOBILIZE") & (events.num_documents == 2)]
    assert len(buildup) == 1 and buildup.iloc[0].quantity == 100_000
    assert set(mentions[mentions.event_id == buildup.iloc[0].event_id].doc_id.str[:3]) == {"002", "004"}
