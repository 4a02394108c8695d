"""Batches as partitions: a new batch is processed alone (plus the global stages), against everything before."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipeline.defs import BATCHES_NAME, GLOBAL, PER_BATCH, PipelineConfig, defs, new_scrapes_sensor
from pipeline.defs.runner import run_build
from tests.conftest import SAMPLE

FILES = sorted(SAMPLE.glob("*.txt"))


def _docs(out: Path) -> dict[str, tuple[str, str | None]]:
    with duckdb.connect(str(out / "events.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT source_path, status, duplicate_of, doc_id FROM documents").fetchall()
    ids = {r[3]: r[0] for r in rows}
    return {path: (status, ids.get(dup)) for path, status, dup, _ in rows}


def test_new_batch_is_processed_alone_and_checked_against_earlier_batches(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for f in FILES[:3]:
        shutil.copy(f, src / f.name)
    first = run_build(input_dir=src, output_dir=out)
    assert first.success, first.failures
    assert sorted(first.processed) == [f.name for f in FILES[:3]]

    # A later batch: a folder holding a republication of a first-batch article.
    (src / "batch2").mkdir()
    shutil.copy(FILES[1], src / "batch2" / "republished.txt")
    second = run_build(input_dir=src, output_dir=out)
    assert second.success, second.failures
    assert second.processed == ["batch2"]
    docs = _docs(out)
    assert docs["batch2/republished.txt"] == ("duplicate", FILES[1].name)
    assert sum(1 for status, _ in docs.values() if status == "kept") == 3
    # Row suites validated the new batch's rows only; the whole-table suites every row.
    summaries = {name.split(":")[1]: text for name, _, text in second.checks}
    assert "on 1 rows (+3 rows of unchanged batches" in summaries["gx_documents"]
    assert "on 4 rows" in summaries["gx_document_states"]

    # Nothing new: nothing reprocessed, same tables.
    third = run_build(input_dir=src, output_dir=out)
    assert third.success and third.processed == []
    assert _docs(out) == docs

    # A batch removed from the input folder leaves the dataset.
    shutil.rmtree(src / "batch2")
    fourth = run_build(input_dir=src, output_dir=out)
    assert fourth.success and fourth.removed == ["batch2"] and fourth.processed == []
    assert "batch2/republished.txt" not in _docs(out)


def test_sensor_adds_the_new_batch_and_requests_only_it_plus_global_stages(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for f in FILES[:2]:
        shutil.copy(f, src / f.name)
    config = PipelineConfig(input_dir=str(src), output_dir=str(tmp_path / "out"))
    with dg.DagsterInstance.ephemeral() as instance:
        instance.add_dynamic_partitions(BATCHES_NAME, [f.name for f in FILES[:2]])
        from pipeline.batches import batch_fingerprint

        cursor = json.dumps({f.name: batch_fingerprint(src, src / f.name) for f in FILES[:2]})
        ctx = dg.build_sensor_context(instance=instance, cursor=cursor, repository_def=defs.get_repository_def(),
                                      resources={"pipeline_config": config})
        idle = new_scrapes_sensor(ctx)
        assert not idle.run_requests
        shutil.copy(FILES[2], src / FILES[2].name)
        result = new_scrapes_sensor(ctx)
    (add,) = result.dynamic_partitions_requests
    assert list(add.partition_keys) == [FILES[2].name]
    (request,) = result.run_requests
    subset = request.asset_graph_subset
    targeted = {(k.asset_key.to_user_string(), k.partition_key) for k in subset.iterate_asset_partitions()}
    assert targeted == {(a, FILES[2].name) for a in PER_BATCH} | {(a, None) for a in GLOBAL}
    assert set(json.loads(result.cursor)) == {f.name for f in FILES[:3]}


def test_batches_in_worker_processes_give_the_same_dataset(tmp_path: Path) -> None:
    """--workers 2: per-batch runs in two spawned processes, recorded in the one instance, same tables."""
    from tests.test_reruns import _snapshot

    src = tmp_path / "in"
    src.mkdir()
    for f in FILES:
        shutil.copy(f, src / f.name)
    one = run_build(input_dir=src, output_dir=tmp_path / "one", workers=1)
    two = run_build(input_dir=src, output_dir=tmp_path / "two", workers=2)
    assert one.success and two.success, (one.failures, two.failures)
    assert sorted(two.processed) == sorted(one.processed) == [f.name for f in FILES]
    assert _snapshot(tmp_path / "two" / "events.duckdb") == _snapshot(tmp_path / "one" / "events.duckdb")
    assert set(two.step_seconds) == set(one.step_seconds)  # every step reported back from the workers
    with dg.DagsterInstance.from_config(str(tmp_path / "two" / ".dagster")) as instance:
        done = instance.get_materialized_partitions(dg.AssetKey("batch_events"))
    assert done == {f.name for f in FILES}


def test_a_bad_row_in_a_new_batch_blocks_publishing_until_the_batch_is_fixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.defs as defs_module

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(FILES[0], src / FILES[0].name)
    assert run_build(input_dir=src, output_dir=out).success
    before = _docs(out)
    real = defs_module.clean_batch

    def bad_language(*args: object, **kw: object) -> object:
        cleaned = real(*args, **kw)  # type: ignore[arg-type]
        cleaned.documents.loc[:, "language"] = "English"
        return cleaned

    monkeypatch.setattr(defs_module, "clean_batch", bad_language)
    shutil.copy(FILES[1], src / FILES[1].name)
    failed = run_build(input_dir=src, output_dir=out)
    assert not failed.success
    assert [name for name, ok, _ in failed.checks if not ok] == ["deduplicated_documents:gx_documents"]
    assert _docs(out) == before
    # Not remembered as validated: the stored bad rows fail again on the next build, unchanged input or not.
    monkeypatch.setattr(defs_module, "clean_batch", real)
    again = run_build(input_dir=src, output_dir=out)
    assert again.processed == [] and not again.success


def test_a_symlinked_input_changes_its_batch_when_its_target_changes(tmp_path: Path) -> None:
    import os

    from pipeline.batches import batch_bytes, diff_batches

    data, src = tmp_path / "data", tmp_path / "in"
    data.mkdir()
    src.mkdir()
    target = data / "scrape.txt"
    target.write_text("first version", encoding="utf-8")
    (src / "scrape.txt").symlink_to(target)
    (src / "gone.txt").symlink_to(data / "missing.txt")  # dangling: still a batch (ingest records why)
    first = diff_batches(src, {})
    assert sorted(first.changed) == ["gone.txt", "scrape.txt"]
    assert batch_bytes(src / "scrape.txt") == len("first version")
    target.write_text("second, longer version", encoding="utf-8")
    os.utime(target, ns=(1, 1))
    second = diff_batches(src, first.fingerprints)
    assert second.changed == ["scrape.txt"]
    # Pointed at another file of the same size and time: a change too.
    twin = data / "twin.txt"
    twin.write_text("second, longer version", encoding="utf-8")
    os.utime(twin, ns=(1, 1))
    (src / "scrape.txt").unlink()
    (src / "scrape.txt").symlink_to(twin)
    assert diff_batches(src, second.fingerprints).changed == ["scrape.txt"]


def test_a_rebuild_of_a_large_corpus_hands_the_global_stages_to_a_helper_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.defs.runner as runner

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for f in FILES[:3]:
        shutil.copy(f, src / f.name)
    started: list[Path] = []
    real = runner._start_helper
    monkeypatch.setattr(runner, "_start_helper", lambda i, o: started.append(o) or real(i, o))
    monkeypatch.setattr(runner, "GLOBAL_HELPER_MIN_BYTES", 0)  # the sample stands in for a large corpus
    monkeypatch.setattr(runner, "default_workers", lambda: 2)
    assert run_build(input_dir=src, output_dir=out).success
    assert started == []  # nothing published here yet: a first build runs its global stages itself

    shutil.copy(FILES[3], src / FILES[3].name)
    second = run_build(input_dir=src, output_dir=out)
    assert started == [out]
    assert second.success, second.failures
    assert second.processed == [FILES[3].name]
    # The helper's run reports back like any other: its checks and step times are in the report.
    assert {name for name, _, _ in second.checks} >= {"deduplicated_documents:gx_documents", "coded_events:gx_events"}
    assert {"deduplicated_documents", "published_dataset"} <= set(second.step_seconds)
    assert len(_docs(out)) == 4

    # A helper lost before its run (killed while preparing): the build runs the global stages itself.
    def lost(i: Path, o: Path) -> runner._Helper:
        helper = real(i, o)
        helper._process.kill()
        helper._process.join()
        return helper

    monkeypatch.setattr(runner, "_start_helper", lost)
    shutil.copy(FILES[4], src / FILES[4].name)
    third = run_build(input_dir=src, output_dir=out)
    assert third.success, third.failures
    assert len(_docs(out)) == 5


def test_a_helper_process_that_died_before_its_run_hands_the_run_back(tmp_path: Path) -> None:
    from pipeline.defs.runner import BuildReport, _Helper

    helper = _Helper(tmp_path / "in", tmp_path / "out")
    helper._process.kill()  # e.g. killed by the kernel for memory while preparing
    helper._process.join()
    report = BuildReport()
    assert helper.run(report) is False  # the build then runs the global stages itself
    helper.close()
    assert report.success and report.failures == []


def test_a_helper_never_asked_to_run_is_stopped_not_waited_for(tmp_path: Path) -> None:
    from pipeline.defs.runner import _Helper

    helper = _Helper(tmp_path / "in", tmp_path / "out")  # e.g. the new batches turned out to need the pool
    helper.close()
    assert not helper._process.is_alive() and helper._process.exitcode is not None
