"""merge_stories: one row per real-world event, stable ids, the contract's columns; the actors table."""

from __future__ import annotations

import datetime as dt
import time
from functools import lru_cache

from pipeline import schema
from pipeline.extract import CoderResources, actors_table, code_document, load_resources, merge_stories


@lru_cache(maxsize=1)
def resources() -> CoderResources:
    """Loaded once for the module."""
    return load_resources()


def coded(docs: dict[str, tuple[str, dt.date | None]]) -> list:
    """Code several documents."""
    out = []
    for doc_id, (text, pub) in docs.items():
        out += code_document(doc_id=doc_id, text=text, published_date=pub, resources=resources())
    return out


TWO_PAPERS = {
    "a": ("Russia has massed 100,000 troops on the border with Ukraine, officials said.", dt.date(2022, 1, 14)),
    "b": ("Moscow has gathered around 100,000 soldiers near Ukraine.", dt.date(2022, 1, 15)),
}


def test_two_documents_same_event_is_one_row() -> None:
    events, mentions = merge_stories(coded(TWO_PAPERS), doc_sources={"a": frozenset({"x.com"}),
                                                                     "b": frozenset({"y.org", "z.net"})},
                                     resources=resources())
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.event_type, list(row.actor_codes), list(row.recipient_codes)) == ("MOBILIZE", ["RUS"], ["UKR"])
    assert (row.num_mentions, row.num_documents, row.num_sources) == (2, 2, 3)
    assert (row.cameo_code, row.quad_class, row.intensity) == ("154", 4, -5.5)
    assert sorted(mentions.doc_id) == ["a", "b"]


def test_columns_follow_the_contract() -> None:
    events, mentions = merge_stories(coded(TWO_PAPERS), doc_sources={}, resources=resources())
    assert list(events.columns) == [f.name for f in schema.EVENTS]
    assert list(mentions.columns) == [f.name for f in schema.EVENT_MENTIONS]
    assert events.iloc[0].num_sources == 1  # no source known: the document itself
    empty_events, empty_mentions = merge_stories([], doc_sources={}, resources=resources())
    assert list(empty_events.columns) == list(events.columns) and empty_mentions.empty


def test_event_ids_are_stable_and_independent_of_order() -> None:
    items = coded(TWO_PAPERS)
    first, _ = merge_stories(items, doc_sources={}, resources=resources())
    second, _ = merge_stories(list(reversed(items)), doc_sources={}, resources=resources())
    assert list(first.event_id) == list(second.event_id)


def test_different_types_or_dates_do_not_merge() -> None:
    docs = {
        "a": ("Poland expelled 45 Russian diplomats on March 3.", dt.date(2022, 3, 10)),
        "b": ("Poland expelled 12 Russian diplomats on June 20.", dt.date(2022, 6, 25)),
        "c": ("Poland condemned Russia on March 3.", dt.date(2022, 3, 10)),
    }
    events, _ = merge_stories(coded(docs), doc_sources={}, resources=resources())
    assert sorted(events.event_type) == ["ACCUSE", "SANCTION", "SANCTION"]


def test_repeated_mentions_within_a_document_merge() -> None:
    text = ("Lithuania expelled three Russian diplomats on Monday.\n\n"
            "The three Russian diplomats were expelled by Lithuania over spying, officials said.")
    events, mentions = merge_stories(coded({"a": (text, dt.date(2024, 6, 28))}), doc_sources={}, resources=resources())
    assert len(events) == 1 and events.iloc[0].num_mentions == 2 and len(mentions) == 2


def test_actors_table_publishes_the_gazetteer() -> None:
    table = actors_table(resources())
    assert list(table.columns) == [f.name for f in schema.ACTORS]
    assert set(table.kind) <= set(schema.ACTOR_KINDS)
    rus = table[table.code == "RUS"].iloc[0]
    assert {"Moscow", "Kremlin", "Russian Federation"} <= set(rus.aliases)
    assert {"NATO", "EU", "OSCE", "UN", "G7", "WEST"} <= set(table.code)
    assert table[table.code == "RUS.LAVROV"].iloc[0].country_code == "RUS"
    assert table.code.is_unique


def test_background_in_the_same_block_does_not_stop_merging() -> None:
    docs = {
        "a": ("In 2018, Russia stationed bombers near the border with Ukraine.", dt.date(2022, 1, 14)),
        "b": ("Russia has massed 100,000 troops on the border with Ukraine.", dt.date(2022, 1, 14)),
        "c": ("Russia has gathered 100,000 soldiers near Ukraine.", dt.date(2022, 1, 15)),
    }
    events, _ = merge_stories(coded(docs), doc_sources={}, resources=resources())
    assert sorted(events.num_documents) == [1, 2]


UNRELATED_UNDATED = {
    "a": ("Russia threatened the United States with retaliation over new sanctions on its banks. The Kremlin said "
          "the restrictions on Gazprombank would not go unanswered.", None),
    "b": ("Russia threatened the United States with a military response after the deployment of long-range "
          "missiles in Germany, officials in Moscow said.", None),
}
SAME_STORY_UNDATED = {
    "c": ("Russia has gathered around 100,000 soldiers on the border with Ukraine, according to Western "
          "intelligence. Moscow denies planning an invasion and demands security guarantees from NATO.", None),
    "d": ("Russia has massed 100,000 troops near the border with Ukraine. The Kremlin demands legally binding "
          "security guarantees from NATO that the alliance will not expand eastward, while denying any plan of an "
          "invasion.", None),
}


def _rows(events, etype: str) -> list:
    """The rows of one event type."""
    return [r for r in events.itertuples() if r.event_type == etype]


def test_unrelated_undated_reports_of_one_dyad_stay_apart() -> None:
    events, _ = merge_stories(coded(UNRELATED_UNDATED), doc_sources={}, resources=resources())
    threats = _rows(events, "THREATEN")
    assert len(threats) == 2 and all(r.num_documents == 1 for r in threats)


def test_undated_reports_of_one_story_merge() -> None:
    events, _ = merge_stories(coded(SAME_STORY_UNDATED), doc_sources={}, resources=resources())
    assert [r.num_documents for r in _rows(events, "MOBILIZE")] == [2]
    assert [r.num_documents for r in _rows(events, "REQUEST")] == [2]


def test_cue_less_reports_merge_only_when_published_days_apart() -> None:
    # Without a date cue an event is dated to the publication week: the publication days decide.
    text = UNRELATED_UNDATED["a"][0]
    for second, n_events in ((dt.date(2022, 1, 11), 1), (dt.date(2022, 1, 24), 2)):
        docs = {"a": (text, dt.date(2022, 1, 10)), "b": (text, second)}
        events, _ = merge_stories(coded(docs), doc_sources={}, resources=resources())
        assert len(_rows(events, "THREATEN")) == n_events, second


def test_merging_stays_linear_in_a_crowded_block() -> None:
    many = [e for i in range(400) for e in code_document(
        doc_id=f"d{i}", text=f"Russia threatened the United States over case {i}.", published_date=None,
        resources=resources())]
    start = time.perf_counter()
    events, _ = merge_stories(many, doc_sources={}, resources=resources())
    assert time.perf_counter() - start < 5 and len(events) == 400


def test_reports_counting_an_attacks_weapons_differently_still_merge() -> None:
    """Counts of expelled diplomats tell two expulsions apart; counts of the weapons of one attack vary by report."""
    docs = {
        "a": ("Russia fired 236 missiles at Ukraine on Monday, Ukraine's air force said.", dt.date(2024, 8, 27)),
        "b": ("Russia fired 200 missiles at Ukraine on Monday, Kyiv said.", dt.date(2024, 8, 27)),
        "c": ("Poland expelled 45 Russian diplomats on Monday.", dt.date(2024, 8, 27)),
        "d": ("Poland expelled 12 Russian diplomats on Monday.", dt.date(2024, 8, 27)),
    }
    items = coded(docs)
    assert {(e.doc_id, e.quantity, e.quantity_unit) for e in items if e.event_type == "ASSAULT"} == {
        ("a", 236, "missiles"), ("b", 200, "missiles")}
    events, _ = merge_stories(items, doc_sources={}, resources=resources())
    assert sorted(events.event_type) == ["ASSAULT", "SANCTION", "SANCTION"]


def test_two_outlets_naming_one_request_differently_are_one_event_but_two_measures_are_not() -> None:
    """A request's mode is its outlet's wording ("urgent supplies of drinking water" / "clean water"); a sanction's
    mode is the measure itself (expelling envoys is not cutting trade)."""
    asked = {
        "a": ("Tonga's government has asked New Zealand and Australia for urgent supplies of drinking water on Tuesday.",
              dt.date(2022, 1, 18)),
        "b": ("Tonga appealed on Tuesday to New Zealand and Australia for clean water.", dt.date(2022, 1, 19)),
    }
    items = coded(asked)
    assert {e.mode for e in items if e.event_type == "REQUEST"} == {"assist", "change"}
    events, _ = merge_stories(items, doc_sources={}, resources=resources())
    assert len(events[events.event_type == "REQUEST"]) == 1
    measures = {
        "a": ("Poland expelled three Russian diplomats on Tuesday.", dt.date(2024, 3, 6)),
        "b": ("Poland imposed sanctions on Russia on Tuesday.", dt.date(2024, 3, 6)),
    }
    events, _ = merge_stories(coded(measures), doc_sources={}, resources=resources())
    assert len(events[events.event_type == "SANCTION"]) == 2


def test_two_documents_attacks_of_two_kinds_stay_apart() -> None:
    """Only a catch-all mode ("change") agrees with another across documents: tear gas and airstrikes are two acts."""
    docs = {
        "a": ("Israeli police fired tear gas at Palestinian worshippers in Jerusalem on Thursday.", dt.date(2024, 4, 5)),
        "b": ("Israeli airstrikes killed 20 Palestinians in Rafah on Thursday.", dt.date(2024, 4, 5)),
    }
    items = coded(docs)
    assert {e.mode for e in items if e.event_type == "ASSAULT"} == {"crowd-control", "aerial"}
    events, _ = merge_stories(items, doc_sources={}, resources=resources())
    assert len(events[events.event_type == "ASSAULT"]) == 2
