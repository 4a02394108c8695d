"""Hostile input: every unreadable input is a recorded reason; the run finishes; regexes stay linear."""

from __future__ import annotations

import time
from pathlib import Path

from pipeline.ingest import ingest_folder
from pipeline.settings import IngestSettings
from tests.hostile import make_hostile_corpus


def test_ingest_records_a_reason_for_every_bad_input(tmp_path: Path) -> None:
    expected = make_hostile_corpus(tmp_path)
    result = ingest_folder(tmp_path, settings=IngestSettings())
    reasons = {r.source_path: r.reason for r in result.rejected}
    for name, reason in expected.items():
        if reason is not None:
            assert reasons.get(name) == reason, name
    read = {d.source_path for d in result.documents}
    assert {"good.txt", "mixed.jsonl#ok", "bomb.html", "xxe.html", "deep.html", "long-line.txt", "odd name \u00e9 \u2603 (1).txt"} <= read
    assert {reasons[f"mixed.jsonl#{i}"] for i in (2, 3, 4)} == {"malformed_record"}
    assert any(k.startswith("truncated.warc") for k in reasons)
    assert result.n_inputs == len(expected)


def test_undecodable_file_name_bytes_do_not_break_the_run(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("A short article about talks.\n")
    raw_name = b"bad-\xff\xfe-name.txt"
    with open(bytes(tmp_path) + b"/" + raw_name, "wb") as fh:
        fh.write(b"Another article about talks between ministers.\n")
    result = ingest_folder(tmp_path, settings=IngestSettings())
    paths = sorted(d.source_path for d in result.documents)
    assert len(paths) == 2
    assert all(p.encode("utf-8") for p in paths)  # valid UTF-8, publishable


def test_hostile_build_finishes_and_publishes(tmp_path: Path) -> None:
    from pipeline.cli import build

    make_hostile_corpus(tmp_path / "in")
    started = time.perf_counter()
    assert build(input_dir=tmp_path / "in", output_dir=tmp_path / "out", quiet=True) == 0
    assert time.perf_counter() - started < 120
    import duckdb

    with duckdb.connect(str(tmp_path / "out" / "events.duckdb"), read_only=True) as con:
        rejected = dict(con.execute("SELECT source_path, reason FROM rejected_inputs").fetchall())
        docs = dict(con.execute("SELECT source_path, text FROM documents").fetchall())
    assert rejected["random.txt"] == "binary"
    assert "root:" not in docs.get("xxe.html", "")  # external entities are never resolved
    assert "expelled two diplomats" in docs["good.txt"]


def test_a_build_makes_no_network_requests(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every socket connection attempt during a whole build fails the test."""
    import socket

    from pipeline.cli import build

    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network access attempted during a build")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    make_hostile_corpus(tmp_path / "in")
    assert build(input_dir=tmp_path / "in", output_dir=tmp_path / "out", quiet=True) == 0
    assert attempts == []
