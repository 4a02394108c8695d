"""Great Expectations (GX Core 1.x) behind one module: load hand-written suites, validate frames.

Suites live in ``expectations/<name>.json``. Cross-table rules (a mention's document exists,
its offsets slice the text back to the sentence) are expressed as derived boolean columns
(``*_with_checks``), so every rule is still an expectation in a suite. Large ``$PARAMETER``
value sets are avoided: GX deep-copies a parameter into every result, which at 100k ids cost
~15 s per suite.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from pipeline.store import write_atomically
from pipeline.tables import ids_in, kept_ids

EXPECTATIONS_DIR = Path(__file__).resolve().parent.parent / "expectations"

# GX logs through the root logger and prints progress bars; a build should show neither.
logging.getLogger("great_expectations").setLevel(logging.ERROR)
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


@dataclass(frozen=True, slots=True)
class Failure:
    """One expectation that did not hold."""

    expectation: str
    column: str | None
    unexpected_count: int | None
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SuiteOutcome:
    """The result of one suite on one table."""

    suite: str
    success: bool
    n_expectations: int
    n_rows: int
    failures: tuple[Failure, ...] = field(default_factory=tuple)
    n_rows_earlier: int = 0  # rows of unchanged batches that passed this suite in an earlier build

    def summary(self) -> str:
        """One line a person reads in the UI or the CLI."""
        head = f"{self.suite}: {self.n_expectations - len(self.failures)}/{self.n_expectations} expectations met on {self.n_rows} rows"
        if self.n_rows_earlier:
            head += f" (+{self.n_rows_earlier} rows of unchanged batches that passed it in earlier builds)"
        return head + "".join(
            f"\n  FAILED {f.expectation}({f.column or ''}) unexpected={f.unexpected_count} e.g. {list(f.examples)[:3]}"
            for f in self.failures
        )


def load_suite_json(name: str, *, directory: Path = EXPECTATIONS_DIR) -> dict[str, Any]:
    """The suite file as JSON (reviewed, hand-written)."""
    with open(directory / f"{name}.json", encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def suite_names(*, directory: Path = EXPECTATIONS_DIR) -> list[str]:
    """Names of the suites present in ``expectations/``."""
    return sorted(p.stem for p in directory.glob("*.json"))


class Validator:
    """One ephemeral GX context for a build; validates frames against named suites."""

    def __init__(self, *, directory: Path = EXPECTATIONS_DIR) -> None:
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig
        from great_expectations.execution_engine import pandas_execution_engine

        # GX fingerprints each in-memory batch smaller than HASH_THRESHOLD bytes (a batch marker
        # nothing here reads) with pd.util.hash_pandas_object, which turns Arrow string columns into
        # Python objects: on 100k documents 2.5 s and +1.2 GB per validation. Frames are never hashed.
        pandas_execution_engine.HASH_THRESHOLD = 0

        self._gx = gx
        self._dir = directory
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        self._source = self.context.data_sources.add_pandas("pipeline")
        self._definitions: dict[str, Any] = {}
        self._rendered: dict[str, set[Any]] = {}  # Data Docs site -> validation results rendered there

    def validate(
        self, name: str, df: pd.DataFrame, *, parameters: Mapping[str, Any] | None = None, n_rows_earlier: int = 0
    ) -> SuiteOutcome:
        """Run suite ``name`` on ``df``; an expectation GX cannot load is an error, not a skip."""
        vd = self._definitions.get(name) or self._add_definition(name)
        result = vd.run(batch_parameters={"dataframe": df}, expectation_parameters=dict(parameters or {}))
        failures = tuple(_failure(r) for r in result.results if not r.success)
        return SuiteOutcome(name, bool(result.success), len(vd.suite.expectations), len(df), failures, n_rows_earlier)

    def _add_definition(self, name: str) -> Any:
        """Register suite ``name`` once per context (GX refuses a second suite of one name)."""
        gx = self._gx
        spec = load_suite_json(name, directory=self._dir)
        suite = self.context.suites.add(gx.ExpectationSuite(**spec))
        try:
            if len(suite.expectations) != len(spec["expectations"]):
                raise ValueError(f"suite {name}: {len(spec['expectations'])} written, {len(suite.expectations)} loaded")
            batch = self._source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(f"{name}_all")
            vd = self.context.validation_definitions.add(gx.ValidationDefinition(name=name, data=batch, suite=suite))
        except Exception:
            # Nothing left half-registered: trying again fails with this error, not with "already exists".
            self.context.suites.delete(name)
            with contextlib.suppress(Exception):
                self._source.delete_asset(name)
            raise
        self._definitions[name] = vd
        return vd

    def prepare(self, names: Iterable[str] | None = None) -> None:
        """Register suites ahead of their first validation (default: every suite in the folder)."""
        for name in suite_names(directory=self._dir) if names is None else names:
            if name not in self._definitions:
                self._add_definition(name)

    def build_docs(self, directory: Path) -> Path:
        """Render Data Docs into ``directory``: pages for the suites validated since the last call for
        that folder (earlier pages are not rendered twice), and the index of everything validated so
        far; returns index.html."""
        from great_expectations.data_context.types.resource_identifiers import (
            ExpectationSuiteIdentifier,
            ValidationResultIdentifier,
        )

        directory.mkdir(parents=True, exist_ok=True)
        site = "site_" + hashlib.sha256(str(directory.resolve()).encode()).hexdigest()[:12]
        if site not in self._rendered:
            self._rendered[site] = set()
            self.context.add_data_docs_site(
                site_name=site,
                site_config={
                    "class_name": "SiteBuilder",
                    "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(directory)},
                    "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                },
            )
        done = self._rendered[site]
        new = [k for k in self.context.validation_results_store.list_keys()
               if isinstance(k, ValidationResultIdentifier) and k not in done]
        if new:
            suites = {k.expectation_suite_identifier.name for k in new}
            pages: list[Any] = [*new, *(ExpectationSuiteIdentifier(name=n) for n in sorted(suites))]
            self.context.build_data_docs(site_names=[site], resource_identifiers=pages)
            done.update(new)
        return directory / "index.html"


def _failure(result: Any) -> Failure:
    cfg = result.expectation_config
    info = result.result or {}
    examples = tuple(str(x)[:200] for x in (info.get("partial_unexpected_list") or [])[:5])
    if result.exception_info and result.exception_info.get("raised_exception"):
        examples = (str(result.exception_info.get("exception_message"))[:300],)
    return Failure(cfg.type, cfg.kwargs.get("column"), info.get("unexpected_count"), examples)


def suite_fingerprint(name: str, parameters: Mapping[str, Any], *, directory: Path = EXPECTATIONS_DIR) -> str:
    """The suite as written, its parameters and the GX version: a change to any re-validates every row."""
    from great_expectations import __version__ as gx_version

    spec = json.dumps([load_suite_json(name, directory=directory), dict(parameters), gx_version], sort_keys=True, default=str)
    return hashlib.sha256(spec.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class RowMemo:
    """Which batches' rows passed which row suite: ``"<suite fingerprint>:<batch identity>"`` entries."""

    entries: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path) -> RowMemo:
        """The memo on disk (empty when absent or unreadable: then every row is validated)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(frozenset(str(e) for e in data["entries"]))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls()

    def pending(self, suite: str, identities: Mapping[str, str]) -> set[str]:
        """Batch keys whose rows have not passed ``suite`` (fingerprint) yet; a batch without identity always."""
        return {key for key, ident in identities.items() if not ident or f"{suite}:{ident}" not in self.entries}

    def passed(self, suite: str, identities: Iterable[str]) -> RowMemo:
        """This memo plus ``identities`` having passed ``suite``."""
        return RowMemo(self.entries | {f"{suite}:{i}" for i in identities if i})

    def save(self, path: Path, *, current: Iterable[str]) -> None:
        """Write the entries of batch identities still in the corpus (``current``), atomically; a memo
        that cannot be written only means the rows are validated again next time."""
        live = set(current)
        keep = sorted(e for e in self.entries if e.split(":", 1)[1] in live)
        write_atomically(path, json.dumps({"entries": keep}).encode("utf-8"))


def rows_to_validate(table: pd.DataFrame, *, home: Mapping[str, str], passed: set[str]) -> pd.DataFrame:
    """The rows of ``table`` (keyed by ``doc_id``) that still need a row suite: all but those whose document
    came in one of the ``passed`` batches. A row whose doc_id is null or belongs to no document is
    always among them, so the rules about it (not null, the document exists) can fail."""
    if not passed:
        return table
    done = [doc for doc, key in home.items() if key in passed]
    return table[~ids_in(table["doc_id"], done)]


@dataclass(frozen=True, slots=True)
class RowCheck:
    """What a row suite validates in this build: the rows still to check, how many it leaves out
    (rows of batches that passed it before), and the identities its success vouches for.

    A row suite is one whose every rule looks at one row, or at rows of one batch, on columns fixed
    when the batch is cleaned (``documents``, ``removed_lines``): a batch's rows that passed it need
    not be validated again while they stay the same."""

    fingerprint: str
    rows: pd.DataFrame
    n_earlier: int
    vouches_for: tuple[str, ...]


def row_check(
    memo: RowMemo, suite: str, table: pd.DataFrame, *, parameters: Mapping[str, Any],
    home: Mapping[str, str], identities: Mapping[str, str],
) -> RowCheck:
    """Plan row suite ``suite`` on ``table``; ``identities`` maps every batch to its identity ("" = none)."""
    fingerprint = suite_fingerprint(suite, parameters)
    pending = memo.pending(fingerprint, identities)
    rows = rows_to_validate(table, home=home, passed=set(identities) - pending)
    return RowCheck(fingerprint, rows, len(table) - len(rows), tuple(identities[k] for k in pending))


STATE_COLUMNS = ["doc_id", "status", "published_date", "published_date_source", "reject_reason", "duplicate_of",
                 "dup_similarity"]


def document_states(documents: pd.DataFrame) -> pd.DataFrame:
    """The documents' status columns (no text) plus ``duplicate_of_kept``: a duplicate points at a kept
    document (null when not a duplicate). The conditional rules run on this slim frame because GX
    copies the whole frame, texts included, for each ``row_condition``."""
    target = documents["duplicate_of"]
    flags = pd.array(ids_in(target, kept_ids(documents)), dtype="boolean")
    flags[target.isna().to_numpy(dtype=bool)] = pd.NA
    return documents[STATE_COLUMNS].assign(duplicate_of_kept=flags)


def removed_lines_with_checks(removed_lines: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Removed lines plus ``doc_exists``: the line belongs to a document of the corpus."""
    exists = ids_in(removed_lines["doc_id"], documents["doc_id"])
    return removed_lines.assign(doc_exists=pd.array(exists, dtype="bool"))


def mentions_with_checks(mentions: pd.DataFrame, documents: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Mentions plus ``slice_matches`` (the offsets cut the document text back to the sentence),
    ``event_exists`` (the event is in ``events``) and ``doc_is_kept`` (the document is a kept one)."""
    # Only the texts of documents with mentions become Python strings (not all 100k of them).
    # Rows by position: a boolean-mask take of the text column copies the texts (0.8 s at 100k documents),
    # and whole columns go to Python with tolist (iterating an Arrow column costs ~1 us per value).
    ids, text = documents["doc_id"], documents["text"]
    texts = {ids.iat[i]: text.iat[i] for i in np.flatnonzero(ids_in(ids, mentions["doc_id"]))}
    columns = (mentions[c].tolist() for c in ("doc_id", "char_start", "char_end", "sentence"))
    slices = [isinstance(texts.get(d), str) and texts[d][int(s) : int(e)] == sent
              for d, s, e, sent in zip(*columns, strict=True)]
    return mentions.assign(
        slice_matches=pd.array(slices, dtype="bool"),
        event_exists=pd.array(ids_in(mentions["event_id"], events["event_id"]), dtype="bool"),
        doc_is_kept=pd.array(ids_in(mentions["doc_id"], kept_ids(documents)), dtype="bool"),
    )


def events_with_checks(events: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Events plus derived columns the suite checks: mention count and type/mode pair."""
    counts = mentions.groupby("event_id").size() if len(mentions) else pd.Series(dtype="int64")
    out = events.copy()
    out["n_mention_rows"] = [int(counts.get(e, 0)) for e in out["event_id"]]
    out["type_mode"] = [f"{t}/{m}" if isinstance(m, str) else f"{t}/" for t, m in zip(out["event_type"], out["mode"], strict=True)]
    return out


def event_codes(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, role, code): the list columns flattened so codes can be checked."""
    rows = [
        {"event_id": e, "role": role, "code": code}
        for role, col in (("actor", "actor_codes"), ("recipient", "recipient_codes"))
        for e, codes in zip(events["event_id"], events[col], strict=True)
        for code in (list(codes) if codes is not None else [])
    ]
    return pd.DataFrame(rows, columns=["event_id", "role", "code"])


def event_type_shares(events: pd.DataFrame) -> pd.DataFrame:
    """Share of each event_type and of each CAMEO code among all events (dataset-level sanity)."""
    rows = [
        {"kind": kind, "value": str(value), "share": n / len(events), "n_events": len(events)}
        for kind in ("event_type", "cameo_code")
        for value, n in events[kind].fillna("(none)").value_counts().items()
    ] if len(events) else []
    return pd.DataFrame(rows, columns=["kind", "value", "share", "n_events"]).astype(
        {"kind": "str", "value": "str", "share": "float64", "n_events": "int64"}
    )
