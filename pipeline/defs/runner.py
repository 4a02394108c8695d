"""Run the asset graph in-process for the CLI: register batches, process the stale ones, then the global stages.

The Dagster instance lives in ``<output>/.dagster``, so materialized batches persist between
builds: a build reprocesses only new or changed batches (and every batch after a change of
the pipeline's code), then the global stages over all of them.
"""

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from pipeline.batches import diff_batches
from pipeline.defs import BATCHES_NAME, make_definitions

_TEMPLATE = Path(__file__).resolve().parent / "dagster.yaml"
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
    """Fingerprint each batch had when its last per-batch stage finished (missing: never finished)."""
    out: dict[str, str] = {}
    for key in keys:
        records = instance.fetch_materializations(
            dg.AssetRecordsFilter(asset_key=dg.AssetKey("batch_events"), asset_partitions=[key]), limit=1
        ).records
        if records:
            mat = records[0].asset_materialization
            value = mat.metadata.get("fingerprint") if mat else None
            if value is not None:
                out[key] = str(value.value)
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


def run_build(*, input_dir: Path, output_dir: Path, on_stage: Progress = lambda *_: None) -> BuildReport:
    """Materialize what is stale in-process, then the global stages; publishes only if every check passes."""
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
        for i, key in enumerate(stale):
            on_stage("read batches", i, len(stale))
            if not _execute(defs.resolve_job_def("ingest_batch"), instance, report, f"ingest {key}", key):
                return report
        on_stage("read batches", len(stale), len(stale))
        if stale or gone:
            on_stage("learn site boilerplate across all batches", 0, 1)
            if not _execute(defs.resolve_job_def("learn_boilerplate"), instance, report, "learn boilerplate"):
                return report
        for i, key in enumerate(stale):
            on_stage("clean, sign and code batches", i, len(stale))
            if not _execute(defs.resolve_job_def("process_batch"), instance, report, f"process {key}", key):
                return report
        on_stage("clean, sign and code batches", len(stale), len(stale))
        on_stage("deduplicate, merge stories, validate and publish", 0, 1)
        _execute(defs.resolve_job_def("publish_dataset"), instance, report, "publish")
    return report
