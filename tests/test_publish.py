"""Publishing: atomic swap with a reader holding the old file, build history, partitioned Parquet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pyarrow.dataset as pads

from pipeline import schema
from pipeline.publish import Dataset, publish
from pipeline.tables import frame


def _dataset(n_events: int) -> Dataset:
    doc = {"doc_id": "a" * 16, "source_path": "a.txt", "published_date_source": "unknown", "language": "en",
           "text": "Russia met NATO.", "n_chars_raw": 16, "n_chars_clean": 16, "status": "kept"}
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
