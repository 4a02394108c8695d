"""Run the asset graph in-process for the CLI: register batches, process the stale ones, then the global stages.

The Dagster instance lives in ``<output>/.dagster``, so materialized batches persist between
builds: a build reprocesses only new or changed batches (and every batch after a change of
the pipeline's code), then the global stages over all of them.
"""

import contextlib
import functools
import multiprocessing
import os
import shutil
import signal
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import dagster as dg

from pipeline.batches import batch_bytes, diff_batches, list_batches
from pipeline.defs import BATCHES_NAME, make_definitions

_TEMPLATE = Path(__file__).resolve().parent / "dagster.yaml"
# Worker processes pay ~3 s each to start (imports, definitions): only worth it for this much input.
PARALLEL_MIN_BYTES = 16 * 1024 * 1024
# The global stages over a corpus this large are worth handing to a helper process started at the
# beginning of the build: it imports GX and loads the coder's tables (~3-4 s of CPU) on the other
# CPU while this process reads and codes the new batches, instead of after them.
GLOBAL_HELPER_MIN_BYTES = PARALLEL_MIN_BYTES
_QUIET = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}


@dataclass
class BuildReport:
    """What a build did: batches processed, checks, failures."""

    n_batches: int = 0
    processed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    checks: list[tuple[str, bool, str]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    step_seconds: dict[str, float] = field(default_factory=dict)

    def absorb(self, other: "BuildReport") -> None:
        """Add the checks, failures and step times of a run made elsewhere (a worker process)."""
        self.checks.extend(other.checks)
        self.failures.extend(other.failures)
        for step, seconds in other.step_seconds.items():
            self.step_seconds[step] = self.step_seconds.get(step, 0.0) + seconds

    @property
    def success(self) -> bool:
        """True when every run succeeded and every check passed."""
        return not self.failures and all(ok for _, ok, _ in self.checks)


def open_instance(output_dir: Path) -> dg.DagsterInstance:
    """The build's own Dagster instance under ``<output>/.dagster`` (telemetry off)."""
    home = output_dir / ".dagster"
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "dagster.yaml").exists():
        shutil.copy(_TEMPLATE, home / "dagster.yaml")
    return dg.DagsterInstance.from_config(str(home))


def _fingerprints(instance: dg.DagsterInstance, keys: list[str]) -> dict[str, str]:
    """Fingerprint each batch had when its last per-batch stage finished (missing: never finished).

    One query for all partitions (newest first), paged until every key has its latest record."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    cursor = None
    # Batches never materialized have no record: left out, so paging stops once the others are found.
    done = instance.get_materialized_partitions(dg.AssetKey("batch_events"))
    keys = [k for k in keys if k in done]
    while keys and len(seen) < len(keys):
        page = instance.fetch_materializations(
            dg.AssetRecordsFilter(asset_key=dg.AssetKey("batch_events"), asset_partitions=keys),
            limit=max(len(keys), 100), cursor=cursor,
        )
        for record in page.records:
            key = record.partition_key
            if key is None or key in seen:
                continue
            seen.add(key)
            mat = record.asset_materialization
            value = mat.metadata.get("fingerprint") if mat else None
            if value is not None:
                out[key] = str(value.value)
        if not page.has_more:
            break
        cursor = page.cursor
    return out


def _execute(
    job: dg.JobDefinition, instance: dg.DagsterInstance, report: BuildReport, label: str, partition: str | None = None
) -> bool:
    result = job.execute_in_process(instance=instance, partition_key=partition, raise_on_error=False, run_config=_QUIET)
    for ev in result.all_events:
        if ev.event_type_value == "ASSET_CHECK_EVALUATION":
            c = ev.event_specific_data
            summary = c.metadata.get("summary")  # type: ignore[union-attr]
            name = f"{c.asset_key.to_user_string()}:{c.check_name}" + (f"[{partition}]" if partition else "")  # type: ignore[union-attr]
            report.checks.append((name, bool(c.passed), str(summary.value) if summary else ""))  # type: ignore[union-attr]
        elif ev.event_type_value == "STEP_SUCCESS":
            step = str(ev.step_key)
            seconds = ev.event_specific_data.duration_ms / 1000  # type: ignore[union-attr]
            report.step_seconds[step] = report.step_seconds.get(step, 0.0) + seconds
        elif ev.event_type_value == "STEP_FAILURE":
            message = ev.event_specific_data.error.message.strip()  # type: ignore[union-attr]
            report.failures.append(f"{label}: {ev.step_key}: {message}")
    if not result.success and not report.failures:
        report.failures.append(f"{label}: run failed")
    return bool(result.success)


Progress = Callable[[str, int, int], None]  # (stage, done, total)


def default_workers() -> int:
    """Worker processes for per-batch runs: the CPUs this process may use."""
    return max(1, len(os.sched_getaffinity(0)))


@functools.cache
def _worker_state(input_dir: str, output_dir: str) -> tuple[dg.Definitions, dg.DagsterInstance]:
    """A worker process's definitions and instance, made once per process and kept open."""
    defs = make_definitions(input_dir=Path(input_dir), output_dir=Path(output_dir))
    return defs, open_instance(Path(output_dir))


def _run_partition(input_dir: str, output_dir: str, job_name: str, key: str, label: str) -> BuildReport:
    """One partition's run in a worker process; the report travels back to the parent."""
    defs, instance = _worker_state(input_dir, output_dir)
    report = BuildReport()
    _execute(defs.resolve_job_def(job_name), instance, report, label, key)
    return report


def _warm_global(input_dir: str, output_dir: str) -> None:
    """Everything the global run loads before it reads data: definitions, instance, GX, the coder's tables."""
    from pipeline.defs import coder_resources, shared_validator

    _worker_state(input_dir, output_dir)
    shared_validator().prepare()
    coder_resources()


def _helper_main(conn: Connection, input_dir: str, output_dir: str) -> None:
    """The helper process: prepare, wait for the word, run the global stages, report, exit at once
    (its memory goes back to the system whole instead of object by object at interpreter exit).
    Ctrl-C is for the build's process, which stops the helper itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(Exception):  # a failure to prepare shows again, and is reported, in the run
        _warm_global(input_dir, output_dir)
    try:
        if conn.recv() != "run":
            return
    except (EOFError, OSError):
        return
    report = BuildReport()
    try:
        defs, instance = _worker_state(input_dir, output_dir)
        _execute(defs.resolve_job_def("publish_dataset"), instance, report, "publish")
    except Exception as exc:  # noqa: BLE001 - reported to the build, never lost
        report.failures.append(f"publish: {type(exc).__name__}: {exc}")
    conn.send(report)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class _Helper:
    """A spawned process that prepares the global run while this one processes batches, then runs it."""

    def __init__(self, input_dir: Path, output_dir: Path) -> None:
        spawn = multiprocessing.get_context("spawn")
        self._conn, child = spawn.Pipe()
        self._process = spawn.Process(target=_helper_main, args=(child, str(input_dir), str(output_dir)),
                                      name="pipeline-global-stages", daemon=True)
        self._process.start()
        child.close()
        self._reported = False

    def run(self, report: BuildReport) -> bool:
        """The global run in the helper; its report joins ``report``. False when the helper is gone before
        the run was handed to it (killed while preparing, e.g. for memory): the caller runs it instead.
        A helper lost during the run is a failed stage: what it did is in the instance, nothing is redone."""
        try:
            self._conn.send("run")
        except OSError:
            return False
        try:
            report.absorb(self._conn.recv())
            self._reported = True
        except Exception as exc:  # noqa: BLE001 - a dead helper or a torn message: reported, never raised
            self._process.join(timeout=5)
            report.failures.append(
                f"publish: helper process failed ({type(exc).__name__}, exit code {self._process.exitcode})")
        return True

    def close(self) -> None:
        """Stop the helper: once it has reported it is exiting by itself; otherwise (never asked to run,
        failed, or this process interrupted) it is terminated at once."""
        self._conn.close()
        if self._reported:
            self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()


def _run_batches(
    job_name: str, keys: list[str], *, stage: str, ctx: "_Build", on_stage: Progress
) -> bool:
    """Run ``job_name`` for every batch in ``keys``: in this process, or in the worker pool when there is one.
    Each run is a Dagster run of its own in the shared instance, exactly as the UI's backfills launch them."""
    on_stage(stage, 0, len(keys))
    ok = True
    if ctx.pool is None:
        for i, key in enumerate(keys):
            ok = _execute(ctx.defs.resolve_job_def(job_name), ctx.instance, ctx.report, f"{stage} {key}", key)
            on_stage(stage, i + 1, len(keys))
            if not ok:
                return False
        return True
    futures = [ctx.pool.submit(_run_partition, str(ctx.input_dir), str(ctx.output_dir), job_name, key, f"{stage} {key}")
               for key in keys]
    for done, future in enumerate(as_completed(futures), start=1):
        try:
            part = future.result()
        except Exception as exc:  # noqa: BLE001 - a dead worker is a failed stage, reported like any other
            ctx.report.failures.append(f"{stage}: worker process failed: {type(exc).__name__}: {exc}")
            return False
        ctx.report.absorb(part)
        ok = ok and not part.failures
        on_stage(stage, done, len(keys))
    return ok


@dataclass
class _Build:
    """What the stages of one build share."""

    input_dir: Path
    output_dir: Path
    defs: dg.Definitions
    instance: dg.DagsterInstance
    report: BuildReport
    pool: ProcessPoolExecutor | None


def run_build(
    *, input_dir: Path, output_dir: Path, on_stage: Progress = lambda *_: None, workers: int | None = None
) -> BuildReport:
    """Materialize what is stale, then the global stages; publishes only if every check passed.

    Per-batch runs go to ``workers`` processes when at least two batches are stale (default:
    the usable CPUs once ``PARALLEL_MIN_BYTES`` of input are stale, else none). The global stages
    run in this process, or, when ``workers`` is left to the default and the batches run here, in
    a helper process that prepares them meanwhile (see ``_helper_pays``).
    """
    # Started before anything else, so its imports overlap with this process's work from the start;
    # dropped below if the batches turn out to need the worker pool.
    helper = _start_helper(input_dir, output_dir) if workers is None and _helper_pays(input_dir, output_dir) else None
    try:
        return _build(input_dir, output_dir, on_stage, workers, helper)
    finally:
        if helper is not None:
            helper.close()


def _build(
    input_dir: Path, output_dir: Path, on_stage: Progress, workers: int | None, helper: _Helper | None
) -> BuildReport:
    defs = make_definitions(input_dir=input_dir, output_dir=output_dir)
    report = BuildReport()
    with open_instance(output_dir) as instance:
        registered = list(instance.get_dynamic_partitions(BATCHES_NAME))
        diff = diff_batches(input_dir, _fingerprints(instance, registered))
        stale, gone = diff.changed, diff.gone
        report.n_batches, report.processed, report.removed = len(diff.paths), stale, gone
        for key in gone:
            instance.delete_dynamic_partition(BATCHES_NAME, key)
        instance.add_dynamic_partitions(BATCHES_NAME, [k for k in diff.paths if k not in registered])
        if workers is None:
            big = sum(batch_bytes(diff.paths[k]) for k in stale) >= PARALLEL_MIN_BYTES
            workers = default_workers() if big else 1
        n_workers = min(workers, len(stale))
        pool = ProcessPoolExecutor(n_workers, mp_context=multiprocessing.get_context("spawn")) if n_workers > 1 else None
        if pool is not None and helper is not None:  # many new batches: the CPUs and memory go to the pool
            helper.close()
            helper = None
        ctx = _Build(input_dir, output_dir, defs, instance, report, pool)
        if not _batch_stages(ctx, stale, gone, on_stage):
            return report
        on_stage("deduplicate, merge stories, validate and publish", 0, 1)
        if helper is None or not helper.run(report):
            _execute(defs.resolve_job_def("publish_dataset"), instance, report, "publish")
    return report


def _batch_stages(ctx: _Build, stale: list[str], gone: list[str], on_stage: Progress) -> bool:
    """Read the stale batches, relearn site boilerplate, then clean, sign and code them; the worker
    pool (if any) is shut down before the global stages, so its memory is free for them."""
    try:
        if not _run_batches("ingest_batch", stale, stage="read batches", ctx=ctx, on_stage=on_stage):
            return False
        if stale or gone:
            on_stage("learn site boilerplate across all batches", 0, 1)
            if not _execute(ctx.defs.resolve_job_def("learn_boilerplate"), ctx.instance, ctx.report,
                            "learn boilerplate"):
                return False
        return _run_batches("process_batch", stale, stage="clean, sign and code batches", ctx=ctx,
                            on_stage=on_stage)
    finally:
        if ctx.pool is not None:
            ctx.pool.shutdown(cancel_futures=True)


def _helper_pays(input_dir: Path, output_dir: Path) -> bool:
    """Whether to hand the global stages to a helper process: on a machine with a second CPU, when
    this output was published before from at least ``GLOBAL_HELPER_MIN_BYTES`` of input (a rebuild
    of a large corpus, which usually brings a few new batches at most)."""
    if default_workers() < 2 or not (output_dir / "events.duckdb").exists() or not input_dir.is_dir():
        return False
    return sum(batch_bytes(p) for p in list_batches(input_dir).values()) >= GLOBAL_HELPER_MIN_BYTES


def _start_helper(input_dir: Path, output_dir: Path) -> _Helper:
    return _Helper(input_dir, output_dir)
