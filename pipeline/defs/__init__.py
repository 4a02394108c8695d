"""The thin Dagster layer: assets, blocking GX checks, a job, a schedule and a sensor.

Each asset body calls one plain stage function and attaches counts and a preview as
metadata. Environments differ only in the ``PipelineConfig`` resource (input and output
folders), so the UI, the schedule, the sensor and the CLI run the same asset graph.
"""


import hashlib
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pandas as pd

from pipeline.coding import EventTables, code_corpus
from pipeline.dedup import deduplicate
from pipeline.documents import CleanCorpus, clean_documents
from pipeline.extract import load_resources
from pipeline.ingest import IngestResult, ingest_folder, iter_input_files
from pipeline.publish import Dataset, Published, publish
from pipeline.schema import REJECTED_INPUTS, REMOVAL_REASONS
from pipeline.settings import DEFAULT_OUTPUT, SAMPLE_INPUT, Settings
from pipeline.tables import frame
from pipeline.validate import SuiteOutcome, suite_names, Validator, event_codes, event_type_shares, events_with_checks, mentions_with_checks

JOB_NAME = "build_dataset"


class PipelineConfig(dg.ConfigurableResource):  # type: ignore[misc]
    """Where scrapes are read from and where the dataset is published."""

    input_dir: str = str(SAMPLE_INPUT)
    output_dir: str = str(DEFAULT_OUTPUT)

    def settings(self) -> Settings:
        """Settings of the build (defaults from pipeline/settings.py)."""
        return Settings()


def _preview(df: pd.DataFrame, columns: list[str], n: int = 5) -> dg.MetadataValue:
    shown = df[columns].head(n).astype(object).map(lambda v: str(v) if len(str(v)) <= 80 else str(v)[:77] + "...")
    return dg.MetadataValue.md(shown.to_markdown(index=False) if len(shown) else "_no rows_")


def _counts(values: pd.Series) -> dg.MetadataValue:
    return dg.MetadataValue.json({str(k): int(v) for k, v in Counter(values.dropna()).most_common()})


@dg.asset(group_name="documents")
def raw_documents(context: dg.AssetExecutionContext, pipeline_config: PipelineConfig) -> IngestResult:
    """Every scrape under the input folder read into records; unreadable inputs rejected with a reason."""
    root = Path(pipeline_config.input_dir)
    result = ingest_folder(root, settings=pipeline_config.settings().ingest)
    rejected = pd.Series([r.reason for r in result.rejected], dtype="str")
    context.add_output_metadata(
        {"input_dir": str(root), "n_inputs": result.n_inputs, "n_documents": len(result.documents),
         "n_rejected_inputs": len(result.rejected), "reject_reasons": _counts(rejected)}
    )
    return result


@dg.asset(group_name="documents")
def cleaned_documents(
    context: dg.AssetExecutionContext, pipeline_config: PipelineConfig, raw_documents: IngestResult
) -> CleanCorpus:
    """Boilerplate removed line by line (every dropped line recorded), metadata and language set."""
    corpus = clean_documents(raw_documents.documents, settings=pipeline_config.settings())
    docs = corpus.documents
    context.add_output_metadata(
        {"n_documents": len(docs), "n_removed_lines": len(corpus.removed_lines),
         "removed_line_reasons": _counts(corpus.removed_lines["reason"]),
         "status": _counts(docs["status"]), "reject_reasons": _counts(docs["reject_reason"]),
         "preview": _preview(docs, ["source_path", "title", "published_date", "language", "n_chars_clean", "status"])}
    )
    return corpus


@dg.asset(group_name="documents")
def deduplicated_documents(
    context: dg.AssetExecutionContext, pipeline_config: PipelineConfig, cleaned_documents: CleanCorpus
) -> pd.DataFrame:
    """Exact and near-duplicates (MinHash LSH on cleaned bodies) point at the kept document."""
    docs = deduplicate(cleaned_documents.documents, settings=pipeline_config.settings().dedup)
    context.add_output_metadata(
        {"status": _counts(docs["status"]), "n_kept": int((docs["status"] == "kept").sum()),
         "preview": _preview(docs[docs["status"] == "duplicate"], ["source_path", "duplicate_of", "dup_similarity"])}
    )
    return docs


@dg.asset(group_name="events")
def coded_events(context: dg.AssetExecutionContext, deduplicated_documents: pd.DataFrame) -> EventTables:
    """PLOVER events coded from kept documents, merged across the sentences and documents reporting them."""
    tables = code_corpus(deduplicated_documents, resources=load_resources())
    ev = tables.events
    context.add_output_metadata(
        {"n_events": len(ev), "n_mentions": len(tables.event_mentions), "event_types": _counts(ev["event_type"]),
         "statuses": _counts(ev["status"]),
         "preview": _preview(ev, ["event_type", "mode", "actor_codes", "recipient_codes", "event_date", "status"])}
    )
    return tables


def _check_result(outcome: SuiteOutcome, *, asset_key: str, docs_index: Path | None) -> dg.AssetCheckResult:
    metadata: dict[str, dg.RawMetadataValue] = {
        "summary": dg.MetadataValue.md(f"```\n{outcome.summary()}\n```"),
        "n_expectations": outcome.n_expectations,
        "n_failed": len(outcome.failures),
    }
    if docs_index is not None:
        metadata["data_docs"] = dg.MetadataValue.url(docs_index.as_uri())
    return dg.AssetCheckResult(
        asset_key=asset_key, check_name=f"gx_{outcome.suite}", passed=outcome.success,
        severity=dg.AssetCheckSeverity.ERROR, metadata=metadata,
    )


def _run_suites(
    checks: list[tuple[str, pd.DataFrame, dict[str, object]]], *, asset_key: str, output_dir: Path
) -> Iterator[dg.AssetCheckResult]:
    validator = Validator()
    outcomes = [validator.validate(name, df, parameters=params) for name, df, params in checks]
    index = validator.build_docs(output_dir / "data_docs" / asset_key)
    for outcome in outcomes:
        yield _check_result(outcome, asset_key=asset_key, docs_index=index)


def _spec(asset: str, suite: str, *, also_reads: tuple[str, ...] = ()) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        name=f"gx_{suite}", asset=asset, blocking=True, additional_deps=list(also_reads),
        description=f"GX suite expectations/{suite}.json",
    )


@dg.multi_asset_check(specs=[_spec("raw_documents", "rejected_inputs")])
def raw_documents_checks(pipeline_config: PipelineConfig, raw_documents: IngestResult) -> Iterator[dg.AssetCheckResult]:
    """Every rejected input carries a reason from the closed set."""
    rejected = frame(
        [{"source_path": r.source_path, "reason": r.reason, "detail": r.detail} for r in raw_documents.rejected],
        REJECTED_INPUTS,
    )
    yield from _run_suites([("rejected_inputs", rejected, {})], asset_key="raw_documents",
                           output_dir=Path(pipeline_config.output_dir))


@dg.multi_asset_check(specs=[_spec("cleaned_documents", "removed_lines")])
def cleaned_documents_checks(pipeline_config: PipelineConfig, cleaned_documents: CleanCorpus) -> Iterator[dg.AssetCheckResult]:
    """Every removed line belongs to a document and has a reason from the closed set."""
    params = {"doc_ids": list(cleaned_documents.documents["doc_id"]), "removal_reasons": list(REMOVAL_REASONS)}
    yield from _run_suites([("removed_lines", cleaned_documents.removed_lines, params)],
                           asset_key="cleaned_documents", output_dir=Path(pipeline_config.output_dir))


@dg.multi_asset_check(specs=[_spec("deduplicated_documents", "documents")])
def documents_checks(pipeline_config: PipelineConfig, deduplicated_documents: pd.DataFrame) -> Iterator[dg.AssetCheckResult]:
    """Documents follow the contract; every duplicate points at a kept document."""
    docs = deduplicated_documents
    params = {"kept_doc_ids": list(docs.loc[docs["status"] == "kept", "doc_id"])}
    yield from _run_suites([("documents", docs, params)], asset_key="deduplicated_documents",
                           output_dir=Path(pipeline_config.output_dir))


_EVENT_SUITES = ["events", "event_codes", "event_type_shares", "event_mentions", "actors"]


@dg.multi_asset_check(specs=[_spec("coded_events", s, also_reads=("deduplicated_documents",)) for s in _EVENT_SUITES])
def coded_events_checks(
    pipeline_config: PipelineConfig, coded_events: EventTables, deduplicated_documents: pd.DataFrame
) -> Iterator[dg.AssetCheckResult]:
    """Events, their codes, mentions (offsets slice the text) and the actor table follow the contract."""
    ev, men, docs = coded_events.events, coded_events.event_mentions, deduplicated_documents
    kept = list(docs.loc[docs["status"] == "kept", "doc_id"])
    checks: list[tuple[str, pd.DataFrame, dict[str, object]]] = [
        ("events", events_with_checks(ev, men), {}),
        ("event_codes", event_codes(ev), {"actor_codes": list(coded_events.actors["code"])}),
        ("event_type_shares", event_type_shares(ev), {}),
        ("event_mentions", mentions_with_checks(men, docs), {"event_ids": list(ev["event_id"]), "kept_doc_ids": kept}),
        ("actors", coded_events.actors, {}),
    ]
    yield from _run_suites(checks, asset_key="coded_events", output_dir=Path(pipeline_config.output_dir))


@dg.asset(group_name="publish")
def published_dataset(
    context: dg.AssetExecutionContext,
    pipeline_config: PipelineConfig,
    raw_documents: IngestResult,
    cleaned_documents: CleanCorpus,
    deduplicated_documents: pd.DataFrame,
    coded_events: EventTables,
) -> Published:
    """outputs/events.duckdb and outputs/parquet/, swapped in atomically once every check has passed."""
    rejected = frame(
        [{"source_path": r.source_path, "reason": r.reason, "detail": r.detail} for r in raw_documents.rejected],
        REJECTED_INPUTS,
    )
    dataset = Dataset(
        documents=deduplicated_documents, removed_lines=cleaned_documents.removed_lines,
        events=coded_events.events, event_mentions=coded_events.event_mentions, actors=coded_events.actors,
        rejected_inputs=rejected, n_inputs=raw_documents.n_inputs,
    )
    # Blocking checks upstream stop the run before this body on any failure, so reaching it means valid.
    out = publish(dataset, output_dir=Path(pipeline_config.output_dir), validation_passed=True, suites=suite_names())
    context.add_output_metadata(
        {"build_id": out.build_id, "duckdb": dg.MetadataValue.path(str(out.duckdb_path)),
         "parquet": dg.MetadataValue.path(str(out.parquet_dir)),
         "data_docs": dg.MetadataValue.path(str(Path(pipeline_config.output_dir) / "data_docs")),
         "row_counts": dg.MetadataValue.json(out.row_counts)}
    )
    return out


ASSETS = [raw_documents, cleaned_documents, deduplicated_documents, coded_events, published_dataset]
CHECKS = [raw_documents_checks, cleaned_documents_checks, documents_checks, coded_events_checks]
build_job = dg.define_asset_job(JOB_NAME, selection=dg.AssetSelection.all(), description="Materialize every asset.")
daily_rebuild = dg.ScheduleDefinition(name="daily_rebuild", job=build_job, cron_schedule="0 3 * * *",
                                      execution_timezone="UTC", default_status=dg.DefaultScheduleStatus.STOPPED)


def input_fingerprint(root: Path) -> str:
    """Hash of every input file's path, size and mtime: changes when scrapes are added or edited."""
    h = hashlib.sha256()
    for path in iter_input_files(root):
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


@dg.sensor(job=build_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED)
def new_scrapes_sensor(context: dg.SensorEvaluationContext, pipeline_config: PipelineConfig) -> Iterator[dg.RunRequest | dg.SkipReason]:
    """Rebuild when files under the input folder are added or changed."""
    root = Path(pipeline_config.input_dir)
    if not root.is_dir():
        yield dg.SkipReason(f"input folder {root} does not exist")
        return
    fp = input_fingerprint(root)
    if fp == context.cursor:
        yield dg.SkipReason("no new or changed scrapes")
        return
    context.update_cursor(fp)
    yield dg.RunRequest(run_key=f"inputs-{fp}", tags={"trigger": "new_scrapes"})


def make_definitions(*, input_dir: Path | None = None, output_dir: Path | None = None) -> dg.Definitions:
    """The code location; folders default to the env vars PIPELINE_INPUT/PIPELINE_OUTPUT, then the sample."""
    config = PipelineConfig(
        input_dir=str(input_dir or os.environ.get("PIPELINE_INPUT") or SAMPLE_INPUT),
        output_dir=str(output_dir or os.environ.get("PIPELINE_OUTPUT") or DEFAULT_OUTPUT),
    )
    return dg.Definitions(
        assets=ASSETS, asset_checks=CHECKS, jobs=[build_job], schedules=[daily_rebuild],
        sensors=[new_scrapes_sensor], resources={"pipeline_config": config},
    )


defs = make_definitions()
