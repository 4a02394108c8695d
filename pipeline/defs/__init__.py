"""The thin Dagster layer: partitioned and global assets, blocking GX checks, jobs, a schedule, a sensor.

Each input batch (a file or subfolder at the top of the input folder) is a dynamic partition.
Per-batch assets (ingest, clean, signatures, event coding) run per partition; global assets
(site boilerplate, duplicate index, story merge, validation, publish) run over all of them.
Each asset body calls plain stage functions and attaches counts and previews as metadata.
Environments differ only in the ``PipelineConfig`` resource, so the UI, the schedule, the
sensor and the CLI run the same asset graph.
"""

import dataclasses
import functools
import json
import os
import uuid
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import dagster as dg
import pandas as pd
from dagster._core.definitions.assets.graph.asset_graph import AssetGraph
from dagster._core.definitions.assets.graph.asset_graph_subset import AssetGraphSubset
from dagster._core.definitions.events import AssetKeyPartitionKey

from pipeline.batches import batch_files, batch_fingerprint, diff_batches, list_batches
from pipeline.coding import EventTables, code_batch, merge_corpus
from pipeline.corpus import CleanBatch, Corpus, RawBatch, combine, rejected_frame
from pipeline.defs.io import FrameStore
from pipeline.dedup import Signatures, deduplicate, fingerprint_documents, load_memo, save_memo, stack
from pipeline.clean import SiteLineCounts, merge_site_line_counts, site_lines_from_counts
from pipeline.documents import clean_batch, count_lines, extract_texts
from pipeline.extract import CoderResources, load_resources
from pipeline.ingest import IngestResult, ingest_files
from pipeline.publish import Dataset, Published, publish
from pipeline.schema import REMOVAL_REASONS
from pipeline.settings import DEFAULT_OUTPUT, SAMPLE_INPUT, Settings
from pipeline.validate import (
    RowMemo,
    SuiteOutcome,
    Validator,
    document_states,
    event_codes,
    event_type_shares,
    events_with_checks,
    mentions_with_checks,
    removed_lines_with_checks,
    row_check,
    suite_names,
)

BATCHES_NAME = "batches"
BATCHES = dg.DynamicPartitionsDefinition(name=BATCHES_NAME)
PER_BATCH = ["raw_documents", "site_line_counts", "cleaned_documents", "document_signatures", "batch_events"]
GLOBAL = ["site_boilerplate", "deduplicated_documents", "coded_events", "published_dataset"]


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
    """A histogram as a Markdown table with bars (the UI renders it inline)."""
    counts = Counter(values.dropna()).most_common()
    if not counts:
        return dg.MetadataValue.md("_none_")
    top = counts[0][1]
    rows = [f"| {k} | {v} | {'█' * max(1, round(20 * v / top))} |" for k, v in counts]
    return dg.MetadataValue.md("| value | n | |\n|---|---|---|\n" + "\n".join(rows))


@functools.cache
def coder_resources() -> CoderResources:
    """Gazetteer, triggers and mapping tables, loaded once per process (about 0.4 s)."""
    return load_resources()


@functools.cache
def shared_validator() -> Validator:
    """One GX context per process: creating one costs about a second, and a build validates many times."""
    return Validator()


# ---------------------------------------------------------------- per batch


@dg.asset(partitions_def=BATCHES, group_name="per_batch")
def raw_documents(context: dg.AssetExecutionContext, pipeline_config: PipelineConfig) -> RawBatch:
    """The batch's scrapes read (every format, decoded, HTML main text extracted); unreadable inputs get a reason."""
    root = Path(pipeline_config.input_dir)
    path = list_batches(root).get(context.partition_key) if root.is_dir() else None
    if path is None:
        context.log.warning(f"batch {context.partition_key} is no longer under {root}; it contributes nothing")
        return RawBatch(texts=(), rejected=rejected_frame(IngestResult((), (), 0)), n_inputs=0, fingerprint="missing")
    ingested = ingest_files(root, batch_files(path), settings=pipeline_config.settings().ingest)
    batch = RawBatch(
        texts=extract_texts(ingested.documents), rejected=rejected_frame(ingested),
        n_inputs=ingested.n_inputs, fingerprint=batch_fingerprint(root, path),
    )
    context.add_output_metadata(
        {"fingerprint": batch.fingerprint, "n_inputs": batch.n_inputs, "n_documents": len(batch.texts),
         "n_rejected_inputs": len(batch.rejected), "reject_reasons": _counts(batch.rejected["reason"])}
    )
    return batch


@dg.asset(partitions_def=BATCHES, group_name="per_batch")
def site_line_counts(
    context: dg.AssetExecutionContext, pipeline_config: PipelineConfig, raw_documents: RawBatch
) -> SiteLineCounts:
    """Per site, in how many of the batch's documents each line occurs: the batch's share of what
    site boilerplate is learned from (batches' counts add up, so a new batch is counted alone)."""
    counts = count_lines(raw_documents.texts, settings=pipeline_config.settings().clean)
    context.add_output_metadata(
        {"fingerprint": raw_documents.fingerprint, "n_sites": len(counts.n_docs),
         "n_lines": sum(len(v[0]) for v in counts.lines.values())}
    )
    return counts


@dg.asset(partitions_def=BATCHES, group_name="per_batch")
def cleaned_documents(
    context: dg.AssetExecutionContext, pipeline_config: PipelineConfig, raw_documents: RawBatch,
    site_boilerplate: dict,
) -> CleanBatch:
    """Boilerplate removed line by line (every dropped line recorded with a reason), metadata and language set."""
    corpus = clean_batch(raw_documents.texts, site_lines=site_boilerplate, settings=pipeline_config.settings().clean)
    docs = corpus.documents
    context.add_output_metadata(
        {"fingerprint": raw_documents.fingerprint, "n_documents": len(docs), "n_removed_lines": len(corpus.removed_lines),
         "removed_line_reasons": _counts(corpus.removed_lines["reason"]), "status": _counts(docs["status"]),
         "reject_reasons": _counts(docs["reject_reason"]),
         "preview": _preview(docs, ["source_path", "title", "published_date", "language", "n_chars_clean", "status"])}
    )
    return CleanBatch(documents=docs, removed_lines=corpus.removed_lines, rejected_inputs=raw_documents.rejected,
                      n_inputs=raw_documents.n_inputs, token=uuid.uuid4().hex)


@dg.asset(partitions_def=BATCHES, group_name="per_batch")
def document_signatures(
    context: dg.AssetExecutionContext, pipeline_config: PipelineConfig, cleaned_documents: CleanBatch
) -> Signatures:
    """MinHash signatures and exact hashes of the batch's kept bodies: the batch's share of the duplicate index."""
    sigs = fingerprint_documents(cleaned_documents.documents, settings=pipeline_config.settings().dedup)
    context.add_output_metadata({"n_signatures": len(sigs), "bytes": int(sigs.minhashes.nbytes + sigs.body_hashes.nbytes)})
    return sigs


@dg.asset(partitions_def=BATCHES, group_name="per_batch")
def batch_events(context: dg.AssetExecutionContext, cleaned_documents: CleanBatch, raw_documents: RawBatch) -> tuple:
    """PLOVER events read from every kept document of the batch (one per sentence and event)."""
    coded = code_batch(cleaned_documents.documents, resources=coder_resources())
    types = pd.Series([c.event_type for c in coded], dtype="str")
    context.add_output_metadata({"fingerprint": raw_documents.fingerprint, "n_mentions": len(coded), "event_types": _counts(types)})
    return coded


# ---------------------------------------------------------------- global


def _all_batches(context: dg.AssetExecutionContext, name: str, value: object) -> dict[str, Any]:
    """An all-partitions input as {batch: value}: the IO manager hands over a bare value for a single
    partition and None for none, so the shape is normalized here once."""
    keys = context.asset_partition_keys_for_input(name)
    if value is None or not keys:
        return {}
    if len(keys) == 1:
        return {keys[0]: value}
    return dict(value)  # type: ignore[call-overload]


def _memo_path(context: dg.AssetExecutionContext | dg.AssetCheckExecutionContext, name: str) -> Path:
    """Where a global stage keeps what it remembers between builds (beside the stored values)."""
    return Path(context.instance.storage_directory()) / "memo" / name


@dg.asset(group_name="global")
def site_boilerplate(
    context: dg.AssetExecutionContext, pipeline_config: PipelineConfig, site_line_counts: Any
) -> dict:
    """Lines that recur across many documents of one site (over every batch): boilerplate no rule names."""
    batches = _all_batches(context, "site_line_counts", site_line_counts)
    counts = merge_site_line_counts(batches.values())
    lines = site_lines_from_counts(counts, settings=pipeline_config.settings().clean)
    context.add_output_metadata(
        {"n_sites": len(lines), "n_lines": sum(len(v) for v in lines.values()),
         "n_documents": sum(counts.n_docs.values()),
         "lines_per_site": dg.MetadataValue.json({str(k): len(v) for k, v in sorted(lines.items(), key=str)[:50]})}
    )
    return lines


@dg.asset(group_name="global")
def deduplicated_documents(
    context: dg.AssetExecutionContext, pipeline_config: PipelineConfig,
    cleaned_documents: Any, document_signatures: Any,
) -> Corpus:
    """All batches' documents; exact and near-duplicates (MinHash LSH on cleaned bodies) point at the kept one."""
    batches = _all_batches(context, "cleaned_documents", cleaned_documents)
    corpus = combine(batches)
    signed = _all_batches(context, "document_signatures", document_signatures)
    settings = pipeline_config.settings().dedup
    sigs = stack(signed.values(), settings=settings)
    # Similarities measured by earlier builds: a new batch re-reads only the bodies of its own new pairs.
    memo_path = _memo_path(context, "dedup_pairs.npz")
    memo = load_memo(memo_path, settings=settings)
    n_known = len(memo)
    docs = deduplicate(corpus.documents, settings=settings, signatures=sigs, arrival=corpus.arrival, memo=memo)
    n_pairs = save_memo(memo_path, memo, settings=settings, bodies=sigs.body_hashes)
    out = dataclasses.replace(corpus, documents=docs)
    context.add_output_metadata(
        {"n_batches": len(batches), "status": _counts(docs["status"]),
         "pairs_measured": len(memo) - n_known, "pairs_remembered": n_pairs,
         "n_kept": int((docs["status"] == "kept").sum()),
         # Columns first, then rows: filtering the whole frame would copy every text.
         "preview": _preview(docs.loc[docs["status"] == "duplicate", ["source_path", "duplicate_of", "dup_similarity"]],
                             ["source_path", "duplicate_of", "dup_similarity"])}
    )
    return out


@dg.asset(group_name="global")
def coded_events(
    context: dg.AssetExecutionContext, deduplicated_documents: Corpus, batch_events: Any
) -> EventTables:
    """Events of kept documents merged across the sentences and documents that report them (story merge)."""
    home = deduplicated_documents.home
    by_batch = _all_batches(context, "batch_events", batch_events)
    coded = [c for key, batch in by_batch.items() for c in batch if home.get(c.doc_id) == key]
    tables = merge_corpus(coded, deduplicated_documents.documents, resources=coder_resources())
    ev = tables.events
    dated = ev[(ev["date_precision"] == "day") & ev["event_date"].notna()]
    daily = dated.groupby(["event_date", "event_type"]).size().unstack(fill_value=0)
    totals = daily.sum(axis=1)
    daily["chart"] = ["█" * max(1, round(40 * n / totals.max())) for n in totals] if len(daily) else []
    context.add_output_metadata(
        {"n_events": len(ev), "n_mentions": len(tables.event_mentions), "event_types": _counts(ev["event_type"]),
         "statuses": _counts(ev["status"]),
         "events_per_day": dg.MetadataValue.md(daily.to_markdown() if len(daily) else "_no dated events_"),
         "preview": _preview(ev, ["event_type", "mode", "actor_codes", "recipient_codes", "event_date", "status"])}
    )
    return tables


@dg.asset(group_name="global")
def published_dataset(
    context: dg.AssetExecutionContext, pipeline_config: PipelineConfig, deduplicated_documents: Corpus,
    coded_events: EventTables,
) -> Published:
    """outputs/events.duckdb and outputs/parquet/, swapped in atomically once every blocking check passed."""
    corpus = deduplicated_documents
    dataset = Dataset(
        documents=corpus.documents, removed_lines=corpus.removed_lines, events=coded_events.events,
        event_mentions=coded_events.event_mentions, actors=coded_events.actors,
        rejected_inputs=corpus.rejected_inputs, n_inputs=corpus.n_inputs, groups=corpus.home,
    )
    # Blocking checks upstream stop the run before this body on any failure: reaching it means valid.
    out = publish(dataset, output_dir=Path(pipeline_config.output_dir), validation_passed=True, suites=suite_names())
    context.add_output_metadata(
        {"build_id": out.build_id, "duckdb": dg.MetadataValue.path(str(out.duckdb_path)),
         "parquet": dg.MetadataValue.path(str(out.parquet_dir)),
         "data_docs": dg.MetadataValue.path(str(Path(pipeline_config.output_dir) / "data_docs")),
         "row_counts": dg.MetadataValue.json(out.row_counts), "duckdb_write": out.duckdb_write,
         "parquet_parts_reused": f"{out.parts_reused} of {out.parts_total}"}
    )
    return out


# ---------------------------------------------------------------- checks


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
    checks: list[tuple[str, pd.DataFrame, Mapping[str, object]]], *, asset_key: str, docs_dir: Path,
    earlier: Mapping[str, int] | None = None,
) -> tuple[list[SuiteOutcome], list[dg.AssetCheckResult]]:
    """Validate with GX and render Data Docs of everything validated so far; ``earlier`` gives, per
    suite, rows left out because they passed it in an earlier build."""
    validator = shared_validator()
    outcomes = [validator.validate(name, df, parameters=params, n_rows_earlier=(earlier or {}).get(name, 0))
                for name, df, params in checks]
    index = validator.build_docs(docs_dir)
    return outcomes, [_check_result(o, asset_key=asset_key, docs_index=index) for o in outcomes]


def _spec(asset: str, suite: str, *, also_reads: tuple[str, ...] = ()) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        name=f"gx_{suite}", asset=asset, blocking=True, additional_deps=list(also_reads),
        description=f"GX suite expectations/{suite}.json",
    )


def _docs_dir(config: PipelineConfig) -> Path:
    return Path(config.output_dir) / "data_docs"


_DOCUMENT_SUITES = ["documents", "document_states", "removed_lines", "rejected_inputs"]


@dg.multi_asset_check(specs=[_spec("deduplicated_documents", s) for s in _DOCUMENT_SUITES])
def documents_checks(
    context: dg.AssetCheckExecutionContext, pipeline_config: PipelineConfig, deduplicated_documents: Corpus
) -> Iterator[dg.AssetCheckResult]:
    """Over all batches: documents follow the contract, doc_ids are unique, every duplicate points at a kept
    document, every removed line belongs to a document and has a reason, every unreadable input has one.
    Row suites (documents, removed_lines) see the rows of batches that have not passed them yet."""
    corpus = deduplicated_documents
    docs = corpus.documents
    memo_path = _memo_path(context, "validated_rows.json")
    memo = RowMemo.load(memo_path)
    # A batch without identity (a value stored by an older version has none) is validated every time.
    known: dict[str, str] = getattr(corpus, "identities", {})
    identities = {key: known.get(key, "") for key in set(corpus.home.values())}
    reasons = {"removal_reasons": list(REMOVAL_REASONS)}
    plan = {
        "documents": row_check(memo, "documents", docs, parameters={}, home=corpus.home, identities=identities),
        "removed_lines": row_check(memo, "removed_lines", corpus.removed_lines, parameters=reasons, home=corpus.home,
                                   identities=identities),
    }
    checks: list[tuple[str, pd.DataFrame, Mapping[str, object]]] = [
        ("documents", plan["documents"].rows, {}),
        ("document_states", document_states(docs), {}),
        ("removed_lines", removed_lines_with_checks(plan["removed_lines"].rows, docs), reasons),
        ("rejected_inputs", corpus.rejected_inputs, {}),
    ]
    outcomes, results = _run_suites(checks, asset_key="deduplicated_documents", docs_dir=_docs_dir(pipeline_config),
                                    earlier={name: p.n_earlier for name, p in plan.items()})
    for outcome in outcomes:
        if outcome.suite in plan and outcome.success:
            memo = memo.passed(plan[outcome.suite].fingerprint, plan[outcome.suite].vouches_for)
    memo.save(memo_path, current=identities.values())
    yield from results


_EVENT_SUITES = ["events", "event_codes", "event_type_shares", "event_mentions", "actors"]


@dg.multi_asset_check(specs=[_spec("coded_events", s, also_reads=("deduplicated_documents",)) for s in _EVENT_SUITES])
def coded_events_checks(
    pipeline_config: PipelineConfig, coded_events: EventTables, deduplicated_documents: Corpus
) -> Iterator[dg.AssetCheckResult]:
    """Events, their codes, mentions (offsets slice the text) and the actor table follow the contract."""
    ev, men, docs = coded_events.events, coded_events.event_mentions, deduplicated_documents.documents
    checks: list[tuple[str, pd.DataFrame, Mapping[str, object]]] = [
        ("events", events_with_checks(ev, men), {}),
        ("event_codes", event_codes(ev), {"actor_codes": list(coded_events.actors["code"])}),
        ("event_type_shares", event_type_shares(ev), {}),
        ("event_mentions", mentions_with_checks(men, docs, ev), {}),
        ("actors", coded_events.actors, {}),
    ]
    yield from _run_suites(checks, asset_key="coded_events", docs_dir=_docs_dir(pipeline_config))[1]


# ---------------------------------------------------------------- jobs, schedule, sensor

ASSETS = [raw_documents, site_line_counts, cleaned_documents, document_signatures, batch_events,
          site_boilerplate, deduplicated_documents, coded_events, published_dataset]
CHECKS = [documents_checks, coded_events_checks]


def _selection(*names: str) -> dg.AssetSelection:
    return dg.AssetSelection.assets(*names) | dg.AssetSelection.checks_for_assets(*names)


ingest_batch_job = dg.define_asset_job("ingest_batch", selection=_selection("raw_documents", "site_line_counts"),
                                       partitions_def=BATCHES,
                                       description="Read one batch (stage 1 of 2 per batch).")
learn_boilerplate_job = dg.define_asset_job("learn_boilerplate", selection=_selection("site_boilerplate"),
                                            description="Learn site boilerplate over every batch.")
process_batch_job = dg.define_asset_job(
    "process_batch", selection=_selection("cleaned_documents", "document_signatures", "batch_events"),
    partitions_def=BATCHES, description="Clean, sign and code one batch (stage 2 of 2 per batch).",
)
publish_job = dg.define_asset_job(
    "publish_dataset", selection=_selection("deduplicated_documents", "coded_events", "published_dataset"),
    description="Deduplicate, merge stories, validate and publish over every batch.",
)
JOBS = [ingest_batch_job, learn_boilerplate_job, process_batch_job, publish_job]

daily_rebuild = dg.ScheduleDefinition(
    name="daily_rebuild", job=publish_job, cron_schedule="0 3 * * *", execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Re-run the global stages (dedup, story merge, validation, publish) over every batch daily.",
)


@dg.sensor(minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED,
           jobs=[ingest_batch_job, process_batch_job, learn_boilerplate_job, publish_job])
def new_scrapes_sensor(context: dg.SensorEvaluationContext, pipeline_config: PipelineConfig) -> dg.SensorResult:
    """New or changed batches become partitions; one backfill runs their per-batch stages and the global stages."""
    root = Path(pipeline_config.input_dir)
    known: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    diff = diff_batches(root, known)
    changed, gone = diff.changed, diff.gone
    if not changed and not gone:
        return dg.SensorResult(skip_reason=f"no new or changed batches under {root}")
    current = set(context.instance.get_dynamic_partitions(BATCHES_NAME))
    requests: list[dg.AddDynamicPartitionsRequest | dg.DeleteDynamicPartitionsRequest] = []
    if new := [k for k in changed if k not in current]:
        requests.append(BATCHES.build_add_request(new))
    if removed := [k for k in gone if k in current]:
        requests.append(BATCHES.build_delete_request(removed))
    subset = backfill_subset(context.repository_def.asset_graph, changed)  # type: ignore[union-attr,arg-type]
    cursor = json.dumps(diff.fingerprints, sort_keys=True)
    return dg.SensorResult(
        run_requests=[dg.RunRequest.for_asset_graph_subset(subset, tags={"trigger": "new_scrapes"})],
        dynamic_partitions_requests=requests, cursor=cursor,
    )


def backfill_subset(asset_graph: AssetGraph, keys: list[str]) -> AssetGraphSubset:
    """The per-batch assets of ``keys`` plus every global asset: exactly what a new batch needs."""
    parts = {AssetKeyPartitionKey(dg.AssetKey(a), k) for a in PER_BATCH for k in keys}
    parts |= {AssetKeyPartitionKey(dg.AssetKey(a), None) for a in GLOBAL}
    return AssetGraphSubset.from_asset_partition_set(parts, asset_graph)


def make_definitions(
    *, input_dir: Path | None = None, output_dir: Path | None = None, executor: dg.ExecutorDefinition | None = None
) -> dg.Definitions:
    """The code location; folders default to the env vars PIPELINE_INPUT/PIPELINE_OUTPUT, then the sample."""
    config = PipelineConfig(
        input_dir=str(input_dir or os.environ.get("PIPELINE_INPUT") or SAMPLE_INPUT),
        output_dir=str(output_dir or os.environ.get("PIPELINE_OUTPUT") or DEFAULT_OUTPUT),
    )
    return dg.Definitions(
        assets=ASSETS, asset_checks=CHECKS, jobs=JOBS, schedules=[daily_rebuild],
        sensors=[new_scrapes_sensor], resources={"pipeline_config": config, "io_manager": FrameStore()},
        executor=executor,
    )


defs = make_definitions()
