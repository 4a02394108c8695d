"""The whole asset graph on the bundled sample: definitions load, checks pass, files published."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb

from tests.conftest import ROOT, SAMPLE


def test_definitions_load() -> None:
    from pipeline.defs import GLOBAL, PER_BATCH, defs

    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    assert keys == set(PER_BATCH) | set(GLOBAL)
    for name in PER_BATCH:
        assert repo.asset_graph.get(dg.AssetKey(name)).partitions_def is not None
    for name in GLOBAL:
        assert repo.asset_graph.get(dg.AssetKey(name)).partitions_def is None
    checks = {k.name for k in repo.asset_graph.asset_check_keys}
    assert {"gx_documents", "gx_document_states", "gx_removed_lines", "gx_rejected_inputs", "gx_events", "gx_event_codes", "gx_event_type_shares", "gx_event_mentions", "gx_actors"} == checks
    for job in ("ingest_batch", "learn_boilerplate", "process_batch", "publish_dataset"):
        assert defs.resolve_job_def(job) is not None
    assert [s.name for s in defs.schedules] == ["daily_rebuild"]
    assert [s.name for s in defs.sensors] == ["new_scrapes_sensor"]


def test_sample_build_publishes_every_table(sample_build: Path) -> None:
    with duckdb.connect(str(sample_build / "events.duckdb"), read_only=True) as con:
        n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        kept = con.execute("SELECT count(*) FROM documents WHERE status = 'kept'").fetchone()[0]
        n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        orphan = con.execute(
            "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.event_id)"
        ).fetchone()[0]
        bad_slices = con.execute(
            """SELECT count(*) FROM event_mentions m JOIN documents d USING (doc_id)
               WHERE substr(d.text, m.char_start + 1, m.char_end - m.char_start) <> m.sentence"""
        ).fetchone()[0]
        build = con.execute("SELECT n_documents, n_events, validation_passed FROM build_info").fetchall()
        dyads = con.execute("SELECT count(*) FROM event_dyads").fetchone()[0]
    assert n_docs == 5 and kept >= 4
    assert n_events >= 10
    assert orphan == 0 and bad_slices == 0
    assert build == [(5, n_events, True)]
    assert dyads >= n_events
    assert (sample_build / "parquet" / "events").is_dir()
    assert (sample_build / "data_docs" / "index.html").is_file()


def test_cli_builds_into_a_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--input", str(SAMPLE), "--output", str(out), "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "events:" in proc.stdout and "checks passed" in proc.stdout
    assert (out / "events.duckdb").is_file()


def test_cli_refuses_a_missing_input_folder(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--input", str(tmp_path / "nope"), "--output", str(tmp_path / "o")],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode != 0
    assert "does not exist" in proc.stderr
    assert not (tmp_path / "o").exists()


def test_cli_help_explains_every_option() -> None:
    proc = subprocess.run([sys.executable, "-m", "pipeline", "build", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0
    for option in ("--input", "--output", "--quiet"):
        assert option in proc.stdout
