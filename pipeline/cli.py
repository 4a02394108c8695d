"""Command line: ``python -m pipeline build --input DIR --output DIR`` runs the Dagster asset graph in-process."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from pipeline.settings import DEFAULT_OUTPUT, SAMPLE_INPUT


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pipeline",
        description="Turn raw news scrapes into a validated PLOVER political event dataset (Parquet + DuckDB).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser(
        "build",
        help="build the dataset from a folder of scrapes",
        description=(
            "Read every scrape under --input (recursively: .txt, .html/.htm, .jsonl, .warc, each optionally .gz), "
            "clean, deduplicate and code events, validate every table with the Great Expectations suites in "
            "expectations/, and publish OUTPUT/events.duckdb and OUTPUT/parquet/. The same Dagster asset graph "
            "as the UI runs in-process. Each file or subfolder at the top of --input is a batch; OUTPUT/.dagster "
            "remembers processed batches, so a rebuild reprocesses only new or changed ones (all of them after a "
            "change of the pipeline's code) plus the global stages. If validation fails nothing is published and "
            "the previous dataset stays."
        ),
    )
    build.add_argument("--input", type=Path, default=SAMPLE_INPUT, metavar="DIR",
                       help=f"folder of raw scrapes, read recursively (default: the bundled sample, {SAMPLE_INPUT})")
    build.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, metavar="DIR",
                       help=f"folder to publish into; created if missing (default: {DEFAULT_OUTPUT})")
    build.add_argument("--workers", type=int, default=None, metavar="N",
                       help="processes for the per-batch stages (default: the usable CPUs when the stale input is "
                            "large enough to pay for starting them, else 1)")
    build.add_argument("--quiet", action="store_true", help="print only the final summary (no stage progress)")
    return parser


def _summary(output: Path) -> str:
    import duckdb

    with duckdb.connect(str(output / "events.duckdb"), read_only=True) as con:
        status = dict(con.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())
        n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]  # type: ignore[index]
        n_rejected = con.execute("SELECT count(*) FROM rejected_inputs").fetchone()[0]  # type: ignore[index]
        n_inputs = con.execute("SELECT n_inputs FROM build_info ORDER BY built_at DESC LIMIT 1").fetchone()[0]  # type: ignore[index]
    return (
        f"inputs read: {n_inputs}  unreadable: {n_rejected}\n"
        f"documents: kept {status.get('kept', 0)}, duplicate {status.get('duplicate', 0)}, "
        f"rejected {status.get('rejected', 0)}\n"
        f"events: {n_events}\n"
        f"published: {output / 'events.duckdb'} and {output / 'parquet'}/"
    )


class _Progress:
    """Stage lines on stderr, with a progress bar for stages over many batches."""

    def __init__(self, started: float) -> None:
        self.started, self.stage, self.bar = started, "", None

    def update(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            self.close()
            self.stage = stage
            print(f"[{time.perf_counter() - self.started:7.1f}s] {stage}" + (f" ({total})" if total > 1 else ""),
                  file=sys.stderr, flush=True)
            if total > 1:
                from tqdm import tqdm

                self.bar = tqdm(total=total, unit="batch", file=sys.stderr, leave=False, dynamic_ncols=True)
        if self.bar is not None:
            self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def build(*, input_dir: Path, output_dir: Path, quiet: bool, workers: int | None = None) -> int:
    """Materialize the asset graph in-process; 0 on success, 1 when a stage or check failed, 2 on bad usage."""
    if not input_dir.is_dir():
        print(f"error: input folder {input_dir} does not exist or is not a folder", file=sys.stderr)
        return 2
    if workers is not None and workers < 1:
        print(f"error: --workers must be at least 1, not {workers}", file=sys.stderr)
        return 2
    os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
    from pipeline.defs.runner import run_build

    started = time.perf_counter()
    progress = _Progress(started) if not quiet else None
    report = run_build(
        input_dir=input_dir.resolve(), output_dir=output_dir.resolve(),
        on_stage=progress.update if progress else (lambda *_: None), workers=workers,
    )
    if progress:
        progress.close()
    if not quiet:
        for name, ok, _ in report.checks:
            print(f"check {'passed' if ok else 'FAILED'}  {name}")
    if not report.success:
        for name, ok, summary in report.checks:
            if not ok:
                print(f"validation failed: {name}\n{summary}", file=sys.stderr)
        for failure in report.failures:
            print(f"stage failed: {failure}", file=sys.stderr)
        print("nothing was published; the previous dataset (if any) is unchanged", file=sys.stderr)
        return 1
    print(_summary(output_dir.resolve()))
    print(
        f"batches: {report.n_batches} ({len(report.processed)} processed, {len(report.removed)} removed)  "
        f"checks passed: {len(report.checks)}  time: {time.perf_counter() - started:.1f}s"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``pipeline`` console script."""
    args = _parser().parse_args(argv)
    if args.command == "build":
        return build(input_dir=args.input, output_dir=args.output, quiet=args.quiet, workers=args.workers)
    return 2
