"""Crashes and reruns: a killed build leaves the last good dataset readable; rebuilds are identical."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from pipeline.cli import build
from tests.conftest import ROOT, SAMPLE

TABLES = {
    "documents": "doc_id",
    "removed_lines": "doc_id, line_no",
    "events": "event_id",
    "event_mentions": "event_id, doc_id, char_start",
    "actors": "code",
    "rejected_inputs": "source_path",
}


def _snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY {key}").fetchall() for t, key in TABLES.items()}


def _latest_build(db: Path) -> str:
    with duckdb.connect(str(db), read_only=True) as con:
        return str(con.execute("SELECT build_id FROM build_info ORDER BY built_at DESC LIMIT 1").fetchone()[0])  # type: ignore[index]


def test_two_builds_of_the_same_input_are_identical(tmp_path: Path, sample_build: Path) -> None:
    assert build(input_dir=SAMPLE, output_dir=tmp_path, quiet=True) == 0
    assert _snapshot(tmp_path / "events.duckdb") == _snapshot(sample_build / "events.duckdb")


def test_killed_builds_leave_the_last_good_dataset(tmp_path: Path, sample_build: Path) -> None:
    import shutil

    out = tmp_path / "out"
    shutil.copytree(sample_build, out, symlinks=True)
    good_build = _latest_build(out / "events.duckdb")
    good_tables = _snapshot(out / "events.duckdb")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    for delay in (0.5, 3.0, 6.0):
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "build", "--input", str(SAMPLE), "--output", str(out), "--quiet"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        # Whatever the moment of the kill, the published file is a complete dataset.
        latest = _latest_build(out / "events.duckdb")
        assert _snapshot(out / "events.duckdb") == good_tables
        assert (out / "parquet" / "events").is_dir()
        good_build = latest
    assert build(input_dir=SAMPLE, output_dir=out, quiet=True) == 0
    assert _latest_build(out / "events.duckdb") != good_build
    # Staging folders of killed builds are pruned by the next good build.
    assert len(list((out / ".builds").iterdir())) <= 2
