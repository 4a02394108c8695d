"""Publishing: atomic swap with a reader holding the old file, build history, partitioned Parquet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pyarrow.dataset as pads
import pytest

from pipeline import schema
from pipeline.publish import Dataset, publish
from pipeline.tables import frame


def _dataset(n_events: int, *, status: str = "kept") -> Dataset:
    doc = {"doc_id": "a" * 16, "source_path": "a.txt", "published_date_source": "unknown", "language": "en",
           "text": "Russia met NATO.", "n_chars_raw": 16, "n_chars_clean": 16, "status": status}
    events = [
        {"event_id": f"e{i}", "event_date": dt.date(2024, 1 + i, 1) if i else None,
         "date_precision": "day" if i else "unknown", "event_type": "CONSULT", "mode": None,
         "actor_codes": ["RUS", "NATO"], "recipient_codes": [], "actor_text": "Russia, NATO", "recipient_text": "",
         "cameo_code": "040", "quad_class": 1, "intensity": 2.5, "status": "actual", "confidence": 0.9,
         "num_mentions": 1, "num_documents": 1, "num_sources": 1}
        for i in range(n_events)
    ]
    mentions = [{"event_id": e["event_id"], "doc_id": "a" * 16, "sentence_index": 0, "char_start": 0,
                 "char_end": 16, "sentence": "Russia met NATO."} for e in events]
    return Dataset(
        documents=frame([doc], schema.DOCUMENTS), removed_lines=frame([], schema.REMOVED_LINES),
        events=frame(events, schema.EVENTS), event_mentions=frame(mentions, schema.EVENT_MENTIONS),
        actors=frame([{"code": "RUS", "name": "Russia", "kind": "country", "country_code": "RUS", "aliases": []}], schema.ACTORS),
        rejected_inputs=frame([], schema.REJECTED_INPUTS), n_inputs=1,
    )


def test_swap_keeps_an_open_reader_working(tmp_path: Path) -> None:
    first = publish(_dataset(1), output_dir=tmp_path, validation_passed=True)
    reader = duckdb.connect(str(first.duckdb_path), read_only=True)
    assert reader.execute("SELECT count(*) FROM events").fetchone() == (1,)
    second = publish(_dataset(3), output_dir=tmp_path, validation_passed=True)
    # The old reader still sees the old, complete dataset; a new reader sees the new one.
    assert reader.execute("SELECT count(*) FROM events").fetchone() == (1,)
    reader.close()
    with duckdb.connect(str(second.duckdb_path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone() == (3,)
        history = con.execute("SELECT build_id, n_events FROM build_info ORDER BY built_at").fetchall()
    assert history == [(first.build_id, 1), (second.build_id, 3)]
    assert (tmp_path / "README.md").read_text().count("events: 3") == 1


def test_parquet_link_points_at_the_newest_build_and_old_builds_are_pruned(tmp_path: Path) -> None:
    ids = [publish(_dataset(n), output_dir=tmp_path, validation_passed=True).build_id for n in (1, 2, 3)]
    assert (tmp_path / "parquet").is_symlink()
    assert ids[-1] in str((tmp_path / "parquet").resolve())
    assert sorted(p.name for p in (tmp_path / ".builds").iterdir()) == ids[-2:]
    events = pads.dataset(tmp_path / "parquet" / "events", format="parquet", partitioning="hive").to_table()
    assert events.num_rows == 3
    assert sorted(p.name for p in (tmp_path / "parquet" / "events").iterdir()) == [
        "year=2024", "year=__HIVE_DEFAULT_PARTITION__"
    ]


def _tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with duckdb.connect(str(db), read_only=True) as con:
        names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        out = {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names if n != "build_info"}
        out["_comments"] = con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns() ORDER BY ALL").fetchall()
        out["_views"] = con.execute("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall()
    return out


def test_next_build_updates_the_previous_file_to_exactly_what_a_fresh_write_holds(tmp_path: Path) -> None:
    variants = [_dataset(3), _dataset(2, status="rejected"), _dataset(4)]
    builds, statuses = [], []
    for ds in variants:
        builds.append(publish(ds, output_dir=tmp_path / "inc", validation_passed=True))
        statuses.append(_tables(builds[-1].duckdb_path)["documents"][0][-4])
    assert [b.duckdb_write for b in builds] == ["written", "updated", "updated"]
    assert statuses == ["kept", "rejected", "kept"]
    fresh = publish(_dataset(4), output_dir=tmp_path / "fresh", validation_passed=True)
    assert fresh.duckdb_write == "written"
    assert _tables(builds[-1].duckdb_path) == _tables(fresh.duckdb_path)
    with duckdb.connect(str(builds[-1].duckdb_path), read_only=True) as con:
        assert [r[0] for r in con.execute("SELECT build_id FROM build_info ORDER BY built_at").fetchall()] == [
            b.build_id for b in builds]


def test_a_file_of_another_layout_or_an_unfinished_swap_is_written_anew(tmp_path: Path) -> None:
    first = publish(_dataset(1), output_dir=tmp_path, validation_passed=True)
    (tmp_path / ".builds" / first.build_id / "layout.json").write_text('{"fingerprint": "older", "updates": 0}')
    assert publish(_dataset(2), output_dir=tmp_path, validation_passed=True).duckdb_write == "written"
    # The DuckDB file swapped in but the parquet link still at the build before (a cut-short swap).
    third = publish(_dataset(3), output_dir=tmp_path, validation_passed=True)
    assert third.duckdb_write == "updated"
    old_link = tmp_path / ".builds"
    (tmp_path / "parquet").unlink()
    (tmp_path / "parquet").symlink_to(sorted(p for p in old_link.iterdir() if p.name != third.build_id)[0] / "parquet")
    fourth = publish(_dataset(2), output_dir=tmp_path, validation_passed=True)
    assert fourth.duckdb_write == "written"
    with duckdb.connect(str(fourth.duckdb_path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone() == (2,)


def test_a_failed_update_falls_back_to_a_fresh_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.publish as publish_module

    publish(_dataset(1), output_dir=tmp_path, validation_passed=True)

    def broken(*args: object, **kw: object) -> None:
        raise ValueError("events: 7 rows after the update, 2 expected")

    monkeypatch.setattr(publish_module, "update_duckdb", broken)
    second = publish(_dataset(2), output_dir=tmp_path, validation_passed=True)
    assert second.duckdb_write == "written"
    with duckdb.connect(str(second.duckdb_path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone() == (2,)
        assert con.execute("SELECT count(*) FROM build_info").fetchone() == (2,)


def test_the_file_is_written_anew_every_few_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.publish as publish_module

    monkeypatch.setattr(publish_module, "FRESH_EVERY", 3)
    kinds = [publish(_dataset(n), output_dir=tmp_path, validation_passed=True).duckdb_write for n in (1, 2, 3, 2, 1)]
    assert kinds == ["written", "updated", "updated", "written", "updated"]


def test_an_unreadable_previous_file_is_replaced_not_fatal(tmp_path: Path) -> None:
    first = publish(_dataset(1), output_dir=tmp_path, validation_passed=True)
    keep = first.duckdb_path.read_bytes()
    first.duckdb_path.write_bytes(keep[:4096] + b"\0" * (len(keep) - 4096))
    second = publish(_dataset(2), output_dir=tmp_path, validation_passed=True)
    assert second.duckdb_write == "written"
    with duckdb.connect(str(second.duckdb_path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone() == (2,)


def _corpus(batches: dict[str, list[str]]) -> Dataset:
    """Documents (one removed line each) of several batches: batch -> texts."""
    docs, lines, groups = [], [], {}
    for batch, texts in batches.items():
        for i, text in enumerate(texts):
            doc_id = f"{batch}-{i}".ljust(16, "0")
            groups[doc_id] = batch
            docs.append({"doc_id": doc_id, "source_path": f"{batch}#{i}", "published_date_source": "unknown",
                         "language": "en", "text": text, "n_chars_raw": len(text) + 9, "n_chars_clean": len(text),
                         "status": "kept"})
            lines.append({"doc_id": doc_id, "line_no": 0, "text": "Share this", "reason": "share_widget"})
    base = _dataset(1)
    return Dataset(documents=frame(docs, schema.DOCUMENTS), removed_lines=frame(lines, schema.REMOVED_LINES),
                   events=base.events, event_mentions=base.event_mentions, actors=base.actors,
                   rejected_inputs=base.rejected_inputs, n_inputs=len(docs), groups=groups)


def test_part_bounds_cut_where_the_batch_changes_once_a_part_is_full() -> None:
    import numpy as np

    from pipeline.publish import part_bounds

    codes = np.array([0, 0, 0, 1, 1, 2, 3, 3, 3])
    assert part_bounds(codes, min_rows=1) == ((0, 3), (3, 5), (5, 6), (6, 9))
    assert part_bounds(codes, min_rows=3) == ((0, 3), (3, 6), (6, 9))
    assert part_bounds(codes, min_rows=100) == ((0, 9),)
    assert part_bounds(np.array([], dtype=int), min_rows=3) == ((0, 0),)


def test_unchanged_parts_are_linked_and_the_updated_file_equals_a_fresh_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.publish as publish_module

    monkeypatch.setattr(publish_module, "MIN_PART_ROWS", 2)
    first = {"a": ["Russia met NATO.", "Kyiv was shelled."], "b": ["Talks in Doha.", "Aid to Gaza."],
             "c": ["Troops left Mali.", "Iran warned Israel."]}
    # b's second text changes (same size), c is gone, d is new.
    second = {"a": first["a"], "b": ["Talks in Doha.", "Aid to Sudan."], "d": ["Peru expelled envoys.", "x y"]}
    out = tmp_path / "inc"
    publish(_corpus(first), output_dir=out, validation_passed=True)
    again = publish(_corpus(second), output_dir=out, validation_passed=True)
    assert again.duckdb_write == "updated"
    # reused: a's documents, a's removed lines and b's removed lines (b's documents changed)
    assert (again.parts_reused, again.parts_total) == (3, 6)
    fresh = publish(_corpus(second), output_dir=tmp_path / "fresh", validation_passed=True)
    assert _tables(again.duckdb_path) == _tables(fresh.duckdb_path)
    for name in ("documents", "removed_lines"):
        files = sorted((out / "parquet" / name).iterdir())
        assert [f.name.split("-")[1] for f in files] == ["00000", "00001", "00002"]
        table = pads.dataset(files, format="parquet").to_table()
        assert sorted(table.to_pylist(), key=repr) == sorted(
            pads.dataset(tmp_path / "fresh" / "parquet" / name, format="parquet").to_table().to_pylist(), key=repr)
    with duckdb.connect(str(again.duckdb_path), read_only=True) as con:
        assert con.execute("SELECT text FROM documents WHERE source_path = 'b#1'").fetchall() == [("Aid to Sudan.",)]
        assert con.execute("SELECT count(*) FROM documents WHERE source_path LIKE 'c#%'").fetchone() == (0,)


def test_parts_without_batches_are_one_file_per_table(tmp_path: Path) -> None:
    out = publish(_dataset(2), output_dir=tmp_path, validation_passed=True)
    assert [p.name for p in (out.parquet_dir / "documents").iterdir()][0].startswith("part-00000-")
    assert len(list((out.parquet_dir / "removed_lines").iterdir())) == 1  # empty, with its schema
    assert pads.dataset(out.parquet_dir / "removed_lines", format="parquet").to_table().num_rows == 0


def test_a_published_file_changed_by_hand_is_noticed_and_written_anew(tmp_path: Path) -> None:
    batches = {"a": ["Russia met NATO.", "Kyiv was shelled."], "b": ["Talks in Doha."]}
    publish(_corpus(batches), output_dir=tmp_path, validation_passed=True)
    with duckdb.connect(str(tmp_path / "events.duckdb")) as con:  # an analyst writes to the published file
        con.execute("UPDATE documents SET text = 'TAMPERED' WHERE source_path = 'a#0'")
    again = publish(_corpus(batches), output_dir=tmp_path, validation_passed=True)
    assert again.duckdb_write == "written"
    with duckdb.connect(str(again.duckdb_path), read_only=True) as con:
        assert con.execute("SELECT text FROM documents WHERE source_path = 'a#0'").fetchall() == [("Russia met NATO.",)]


def test_a_marker_without_parts_or_a_file_system_without_links_still_gives_the_same_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json
    import os

    import pipeline.publish as publish_module

    monkeypatch.setattr(publish_module, "MIN_PART_ROWS", 1)
    first = publish(_corpus({"a": ["Russia met NATO."], "b": ["Talks in Doha."]}), output_dir=tmp_path / "inc",
                    validation_passed=True)
    marker = tmp_path / "inc" / ".builds" / first.build_id / "layout.json"
    marker.write_text(json.dumps({k: v for k, v in json.loads(marker.read_text()).items() if k != "parts"}))

    def no_links(src: object, dst: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)
    second = {"a": ["Russia met NATO."], "c": ["Aid to Gaza."]}
    again = publish(_corpus(second), output_dir=tmp_path / "inc", validation_passed=True)
    assert (again.duckdb_write, again.parts_reused) == ("updated", 0)
    fresh = publish(_corpus(second), output_dir=tmp_path / "fresh", validation_passed=True)
    assert _tables(again.duckdb_path) == _tables(fresh.duckdb_path)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_sequence_of_updates_always_equals_a_fresh_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    import random

    import pipeline.publish as publish_module

    monkeypatch.setattr(publish_module, "MIN_PART_ROWS", 2)
    rng = random.Random(seed)
    state = {f"b{i}": [f"text {i} {j}" for j in range(rng.randint(1, 4))] for i in range(4)}
    kinds = []
    for step in range(8):
        batch = rng.choice(sorted(state))
        change = rng.choice(["edit", "drop batch", "add batch", "drop doc"])
        if change == "edit":
            state[batch][rng.randrange(len(state[batch]))] += " edited"
        elif change == "drop batch" and len(state) > 1:
            del state[batch]
        elif change == "add batch":
            state[f"n{step}"] = [f"new {step} {j}" for j in range(rng.randint(1, 3))]
        elif len(state[batch]) > 1:
            state[batch].pop()
        out = publish(_corpus(state), output_dir=tmp_path / "inc", validation_passed=True)
        kinds.append(out.duckdb_write)
        fresh = publish(_corpus(state), output_dir=tmp_path / f"fresh{step}", validation_passed=True)
        assert _tables(out.duckdb_path) == _tables(fresh.duckdb_path), (step, change)
        for name in ("documents", "removed_lines"):
            rows = pads.dataset(tmp_path / "inc" / "parquet" / name, format="parquet").to_table().to_pylist()
            expected = pads.dataset(tmp_path / f"fresh{step}" / "parquet" / name, format="parquet").to_table()
            assert rows == expected.to_pylist(), (step, change, name)
    assert kinds == ["written"] + ["updated"] * 7  # every later build took the update path
