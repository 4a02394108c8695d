"""GX suites: a good table passes, a bad row fails, and a failing check blocks publishing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline import schema
from pipeline.tables import frame
from pipeline.validate import (
    EXPECTATIONS_DIR,
    Validator,
    document_states,
    event_codes,
    events_with_checks,
    mentions_with_checks,
    removed_lines_with_checks,
    suite_names,
)


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


def _event(**over: object) -> dict[str, object]:
    row: dict[str, object] = {
        "event_id": "e1", "event_date": dt.date(2024, 6, 24), "date_precision": "day", "event_type": "SANCTION",
        "mode": "expel", "actor_codes": ["ITA", "ESP"], "recipient_codes": ["RUS"], "actor_text": "Italy, Spain",
        "recipient_text": "Russian", "cameo_code": "161", "quad_class": 4, "intensity": -6.0, "location": None,
        "location_country": None, "quantity": 70.0, "quantity_unit": "diplomats", "killed": None, "injured": None,
        "status": "actual", "confidence": 0.8, "num_mentions": 1, "num_documents": 1, "num_sources": 1,
    }
    row.update(over)
    return row


def _mention(**over: object) -> dict[str, object]:
    row: dict[str, object] = {"event_id": "e1", "doc_id": "d" * 16, "sentence_index": 0, "char_start": 0, "char_end": 5, "sentence": "Hello"}
    row.update(over)
    return row


def test_suites_are_hand_written_json_without_machine_paths() -> None:
    assert set(suite_names()) >= {"documents", "removed_lines", "events", "event_mentions", "actors"}
    for name in suite_names():
        text = (EXPECTATIONS_DIR / f"{name}.json").read_text()
        spec = json.loads(text)
        assert spec["name"] == name and spec["expectations"]
        assert "/tmp" not in text and "/work" not in text and "profiler" not in text


@pytest.mark.parametrize(
    ("bad", "failing"),
    [
        ({}, None),
        ({"intensity": -12.0}, "expect_column_values_to_be_between"),
        ({"event_type": "SHRUG"}, "expect_column_values_to_be_in_set"),
        ({"mode": "expel", "event_type": "CONSULT"}, "expect_column_values_to_be_in_set"),
        ({"date_precision": "unknown"}, "expect_column_values_to_be_null"),
        ({"num_sources": 0}, "expect_column_values_to_be_between"),
    ],
)
def test_events_suite(validator: Validator, bad: dict[str, object], failing: str | None) -> None:
    events = frame([_event(**bad)], schema.EVENTS)
    mentions = frame([_mention()], schema.EVENT_MENTIONS)
    outcome = validator.validate("events", events_with_checks(events, mentions))
    assert outcome.success is (failing is None), outcome.summary()
    if failing:
        assert failing in {f.expectation for f in outcome.failures}


def test_event_codes_suite_rejects_unknown_codes(validator: Validator) -> None:
    events = frame([_event(recipient_codes=["Russia"])], schema.EVENTS)
    outcome = validator.validate("event_codes", event_codes(events), parameters={"actor_codes": ["ITA", "ESP", "RUS"]})
    assert not outcome.success
    assert {f.column for f in outcome.failures} == {"code"}


def test_mentions_suite_checks_offsets_against_the_text(validator: Validator) -> None:
    docs = frame([{"doc_id": "d" * 16, "text": "Hello world.", "status": "kept"}], schema.DOCUMENTS)
    events = frame([{"event_id": "e1"}], schema.EVENTS)
    good = mentions_with_checks(frame([_mention()], schema.EVENT_MENTIONS), docs, events)
    assert validator.validate("event_mentions", good).success
    bad = mentions_with_checks(frame([_mention(char_start=1, char_end=6)], schema.EVENT_MENTIONS), docs, events)
    outcome = validator.validate("event_mentions", bad)
    assert not outcome.success and {f.column for f in outcome.failures} == {"slice_matches"}
    orphan = mentions_with_checks(frame([_mention(event_id="e9")], schema.EVENT_MENTIONS), docs, events)
    outcome = validator.validate("event_mentions", orphan)
    assert not outcome.success and {f.column for f in outcome.failures} == {"event_exists"}
    duplicate = frame([{"doc_id": "d" * 16, "text": "Hello world.", "status": "duplicate"}], schema.DOCUMENTS)
    outcome = validator.validate("event_mentions", mentions_with_checks(frame([_mention()], schema.EVENT_MENTIONS), duplicate, events))
    assert not outcome.success and {f.column for f in outcome.failures} == {"doc_is_kept"}


def _doc(**over: object) -> dict[str, object]:
    row: dict[str, object] = {
        "doc_id": "a" * 16, "source_path": "a.txt", "published_date_source": "unknown", "language": "en",
        "text": "x", "n_chars_raw": 1, "n_chars_clean": 1, "status": "kept",
    }
    row.update(over)
    return row


@pytest.mark.parametrize(
    ("rows", "ok"),
    [
        ([_doc()], True),
        ([_doc(status="maybe")], False),
        ([_doc(), _doc(source_path="b.txt")], False),  # doc_id not unique
        ([_doc(), _doc(doc_id="b" * 16, status="duplicate", duplicate_of="c" * 16)], False),  # points at no kept doc
        ([_doc(), _doc(doc_id="b" * 16, status="duplicate", duplicate_of="a" * 16, dup_similarity=0.9)], True),
        ([_doc(status="rejected")], False),  # no reject_reason
        ([_doc(published_date_source="text")], False),  # a source without a date
    ],
)
def test_documents_suite(validator: Validator, rows: list[dict[str, object]], ok: bool) -> None:
    docs = frame(rows, schema.DOCUMENTS)
    outcomes = [validator.validate("documents", docs), validator.validate("document_states", document_states(docs))]
    assert all(o.success for o in outcomes) is ok, [o.summary() for o in outcomes]


def test_removed_lines_and_actors_suites(validator: Validator) -> None:
    params = {"removal_reasons": list(schema.REMOVAL_REASONS)}
    docs = frame([{"doc_id": "a" * 16}], schema.DOCUMENTS)
    good = frame([{"doc_id": "a" * 16, "line_no": 3, "text": "Share this", "reason": "share_widget"}], schema.REMOVED_LINES)
    assert validator.validate("removed_lines", removed_lines_with_checks(good, docs), parameters=params).success
    bad = frame([{"doc_id": "a" * 16, "line_no": 0, "text": "Share this", "reason": "vibes"}], schema.REMOVED_LINES)
    assert len(validator.validate("removed_lines", removed_lines_with_checks(bad, docs), parameters=params).failures) == 2
    orphan = frame([{"doc_id": "b" * 16, "line_no": 3, "text": "Share this", "reason": "share_widget"}], schema.REMOVED_LINES)
    outcome = validator.validate("removed_lines", removed_lines_with_checks(orphan, docs), parameters=params)
    assert {f.column for f in outcome.failures} == {"doc_exists"}
    actors = frame([{"code": "RUS", "name": "Russia", "kind": "country", "country_code": "RUS", "aliases": ["Moscow"]}], schema.ACTORS)
    assert validator.validate("actors", actors).success
    assert not validator.validate("actors", pd.concat([actors, actors])).success


def test_failing_check_blocks_publishing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample_build: Path) -> None:
    """A bad row from the coder fails its blocking check: the run fails and the old dataset stays."""
    import shutil

    import pipeline.defs as defs_module
    from pipeline.cli import build
    from tests.conftest import SAMPLE

    out = tmp_path / "out"
    shutil.copytree(sample_build, out, symlinks=True)
    before = (out / "events.duckdb").read_bytes()
    real = defs_module.merge_corpus

    def broken(*args: object, **kw: object) -> object:
        tables = real(*args, **kw)
        tables.events.loc[:, "intensity"] = 99.0
        return tables

    monkeypatch.setattr(defs_module, "merge_corpus", broken)
    assert build(input_dir=SAMPLE, output_dir=out, quiet=True) == 1
    assert (out / "events.duckdb").read_bytes() == before


def test_dataset_sanity_flags_one_type_or_code_spiking(validator: Validator) -> None:
    from pipeline.validate import event_type_shares

    varied = [_event(event_id=f"e{i}", event_type=t, mode=None, cameo_code=c)
              for i, (t, c) in enumerate([("CONSULT", "040"), ("ACCUSE", "112"), ("THREATEN", "130")] * 8)]
    assert validator.validate("event_type_shares", event_type_shares(frame(varied, schema.EVENTS))).success
    spiking = varied + [_event(event_id=f"x{i}", event_type="CONSULT", mode=None, cameo_code="040") for i in range(40)]
    outcome = validator.validate("event_type_shares", event_type_shares(frame(spiking, schema.EVENTS)))
    assert not outcome.success
    few = [_event(event_id=f"f{i}", event_type="CONSULT", mode=None) for i in range(5)]
    assert validator.validate("event_type_shares", event_type_shares(frame(few, schema.EVENTS))).success


def test_rejected_inputs_suite(validator: Validator) -> None:
    good = frame([{"source_path": "a.pdf", "reason": "unsupported_format", "detail": "no reader for .pdf"}], schema.REJECTED_INPUTS)
    assert validator.validate("rejected_inputs", good).success
    bad = frame([{"source_path": "a.pdf", "reason": "it broke", "detail": None}], schema.REJECTED_INPUTS)
    outcome = validator.validate("rejected_inputs", bad)
    assert {f.column for f in outcome.failures} == {"reason", "detail"}


def test_row_memo_remembers_batches_per_suite_version(tmp_path: Path, validator: Validator) -> None:
    from pipeline.validate import RowMemo, rows_to_validate, suite_fingerprint

    reasons = {"removal_reasons": list(schema.REMOVAL_REASONS)}
    assert suite_fingerprint("removed_lines", reasons) != suite_fingerprint("removed_lines", {"removal_reasons": ["x"]})
    memo = RowMemo().passed("v1", ["id-a", "id-b"])
    assert memo.pending("v1", {"a": "id-a", "b": "id-b2", "c": ""}) == {"b", "c"}
    assert memo.pending("v2", {"a": "id-a"}) == {"a"}
    path = tmp_path / "memo.json"
    memo.save(path, current=["id-a"])
    assert RowMemo.load(path).entries == {"v1:id-a"}
    path.write_text("{not json")
    assert RowMemo.load(path).entries == frozenset()
    docs = frame([_doc(doc_id=c * 16) for c in "abc"], schema.DOCUMENTS)
    home = {"a" * 16: "one", "b" * 16: "two", "c" * 16: "two"}
    assert list(rows_to_validate(docs, home=home, passed={"one"})["doc_id"]) == ["b" * 16, "c" * 16]
    assert len(rows_to_validate(docs, home=home, passed=set())) == 3
    # A removed line of no document (or of none at all) is validated whatever passed before: its rules can fail.
    lines = frame([{"doc_id": "a" * 16, "line_no": 1, "text": "Share", "reason": "share_widget"},
                   {"doc_id": "z" * 16, "line_no": 1, "text": "Share", "reason": "share_widget"},
                   {"doc_id": None, "line_no": 2, "text": "Share", "reason": "share_widget"}], schema.REMOVED_LINES)
    todo = rows_to_validate(lines, home=home, passed={"one", "two"})
    assert list(todo["doc_id"].fillna("-")) == ["z" * 16, "-"]
    outcome = validator.validate("removed_lines", removed_lines_with_checks(todo, docs), parameters=reasons)
    assert {f.column for f in outcome.failures} == {"doc_id", "doc_exists"}


@pytest.mark.parametrize("dtype", ["str", object])
def test_ids_in_agrees_with_pandas_isin(dtype: object) -> None:
    from pipeline.tables import ids_in

    ids = pd.Series(["a", None, "b", "c", "a"], dtype=dtype)  # type: ignore[call-overload]
    for values in (["a", "c"], [], pd.Series(["b"]), {"c"}):
        expected = ids.isin(list(values)).to_numpy(dtype=bool)
        assert ids_in(ids, values).tolist() == expected.tolist()
    assert ids_in(ids, pd.Series(["b", None])).tolist() == [False, False, True, False, False]  # null: never in
    assert ids_in(pd.Series([1, 2, None], dtype=object), ["1"]).tolist() == [False, False, False]


def test_a_suite_that_fails_to_register_fails_the_same_way_on_the_next_try(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.validate import Validator

    v = Validator()

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("no asset today")

    monkeypatch.setattr(type(v._source), "add_dataframe_asset", broken)
    for _ in range(2):  # the second try must not fail with "suite already exists"
        with pytest.raises(RuntimeError, match="no asset today"):
            v.validate("actors", pd.DataFrame({"code": ["RUS"]}))
    monkeypatch.undo()
    assert v.validate("actors", frame([], schema.ACTORS)).n_rows == 0
