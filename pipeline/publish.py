"""Write the dataset: Parquet (explicit schema, zstd) and one self-describing DuckDB file, atomically.

Everything is written under a fresh staging folder first. The DuckDB file is then swapped
in with ``os.replace`` (a reader holding the old file keeps its inode) and ``parquet`` is a
symlink swapped the same way to the new build's folder, so readers never see half a build.

The two big tables (``PARTED``: documents, removed_lines) are cut into parts of consecutive rows,
where the batch their documents came from changes (``Dataset.groups``) once a part holds
``MIN_PART_ROWS`` rows; each part is named by a hash of its rows' content. When the previous
build has the same layout (schema, data dictionary, views, DuckDB version), a part it already
had is hard-linked into the new Parquet folder instead of written again, and the staged DuckDB
file starts as a copy of the previous one in which only the rows of new parts are replaced (the
small tables are replaced whole), then checked: row counts, and the sum of the rows' hashes (the
file is not trusted to still hold what was published). A build that adds one batch to 100k
documents so writes one batch's rows instead of recompressing every text. Every ``FRESH_EVERY``
builds all files are written anew, so the space that deleted rows leave behind never adds up.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Final

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pads
import pyarrow.parquet as pq

from pipeline import schema
from pipeline.card import render_card
from pipeline.tables import to_arrow

_HERE = Path(__file__).resolve().parent
_SQL = _HERE / "sql"
_DICTIONARY = _HERE / "data" / "data_dictionary.json"
BUILDS_DIR = ".builds"
# DuckDB's buffer pool while the file is written: above it, finished blocks go to the file instead
# of staying in memory (100k documents: +0.3 GB instead of +0.9 GB, about 1 s slower).
DUCKDB_WRITE_MEMORY = "256MB"
LAYOUT_FILE = "layout.json"
# Tables published in parts. Every row belongs to one document (doc_id, never null once validated),
# and a document's rows are all in one part; they have no list columns, where DuckDB's hash() would
# not tell values apart (NULL and [] hash alike). The other tables are small and replaced whole.
PARTED: Final = ("documents", "removed_lines")
MIN_PART_ROWS: Final = 1_000
FRESH_EVERY: Final = 10


@dataclass(frozen=True, slots=True)
class Dataset:
    """The tables of one build, as DataFrames with the contract's columns."""

    documents: pd.DataFrame
    removed_lines: pd.DataFrame
    events: pd.DataFrame
    event_mentions: pd.DataFrame
    actors: pd.DataFrame
    rejected_inputs: pd.DataFrame
    n_inputs: int
    # doc_id -> the batch it came from: where parts may be cut. Without it each table is one part.
    groups: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Parts:
    """A table cut into consecutive row ranges, each with a hash of its rows (equal key, equal rows)."""

    bounds: tuple[tuple[int, int], ...]
    keys: tuple[str, ...]
    checksum: int = 0  # the sum of every row's hash: what the table's rows in a DuckDB file must add up to

    def changed(self, table: pa.Table, known: set[str]) -> pa.Table:
        """The rows of the parts whose key is not in ``known``."""
        return pa.concat_tables([table.slice(a, b - a) for (a, b), key in zip(self.bounds, self.keys, strict=True)
                                 if key not in known] or [table.slice(0, 0)])


def part_bounds(codes: np.ndarray, *, min_rows: int = MIN_PART_ROWS) -> tuple[tuple[int, int], ...]:
    """Row ranges covering ``codes`` (one group code per row): a range ends where the code changes once
    it holds ``min_rows`` rows, or at the end. An empty table is one empty range."""
    n = len(codes)
    if n == 0:
        return ((0, 0),)
    cuts = np.flatnonzero(codes[1:] != codes[:-1]) + 1
    bounds, start = [], 0
    for cut in cuts.tolist():
        if cut - start >= min_rows:
            bounds.append((start, cut))
            start = cut
    bounds.append((start, n))
    return tuple(bounds)


def group_codes(doc_ids: pa.ChunkedArray | pa.Array, groups: Mapping[str, str]) -> np.ndarray:
    """One integer per row: the group of the row's document (-1 for a document in no group)."""
    names = sorted(set(groups.values()))
    code_of = {g: i for i, g in enumerate(names)}
    docs = pa.array(list(groups), pa.string())
    doc_codes = np.array([code_of[g] for g in groups.values()] + [-1], dtype=np.int64)
    where = pc.index_in(doc_ids, value_set=docs).fill_null(len(docs))
    return doc_codes[np.asarray(where, dtype=np.int64)]


def row_hashes(table: pa.Table) -> np.ndarray:
    """DuckDB's 64-bit hash of each whole row, in row order."""
    with duckdb.connect() as con:
        con.register("incoming", table)
        return np.asarray(con.execute("SELECT hash(incoming) AS h FROM incoming").fetchnumpy()["h"], dtype=np.uint64)


def table_parts(table: pa.Table, groups: Mapping[str, str]) -> Parts:
    """``table`` (with a doc_id column) cut where its documents' batch changes, each part keyed by its rows."""
    codes = group_codes(table.column("doc_id"), groups) if groups else np.zeros(table.num_rows, dtype=np.int64)
    bounds = part_bounds(codes, min_rows=MIN_PART_ROWS)
    hashes = row_hashes(table)
    keys = tuple(hashlib.sha256(hashes[a:b].tobytes()).hexdigest()[:16] for a, b in bounds)
    return Parts(bounds, keys, sum(hashes.tolist()))


_CHECKSUM_SQL: Final = 'SELECT count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM "{name}" t'


@dataclass(frozen=True, slots=True)
class Published:
    """Where a build went."""

    build_id: str
    duckdb_path: Path
    parquet_dir: Path
    row_counts: dict[str, int]
    duckdb_write: str = "written"  # "written" from scratch or "updated" from the previous build's file
    parts_reused: int = 0  # Parquet part files linked from the previous build instead of written
    parts_total: int = 0


def pipeline_version() -> str:
    """Installed version of this package (or 0+unknown when run from a bare checkout)."""
    try:
        return version("political-events-pipeline")
    except PackageNotFoundError:
        return "0+unknown"


def new_build_id(now: dt.datetime) -> str:
    """Sortable, unique build id."""
    return f"{now:%Y%m%dT%H%M%S%fZ}-{uuid.uuid4().hex[:8]}"


def _previous_builds(db_path: Path) -> pa.Table:
    """build_info rows already published (empty when there is no readable previous file)."""
    if not db_path.exists():
        return schema.BUILD_INFO.empty_table()
    try:
        with duckdb.connect(str(db_path), read_only=True) as con:
            table = con.sql((_SQL / "previous_builds.sql").read_text()).to_arrow_table()
        return table.cast(schema.BUILD_INFO)
    except (duckdb.Error, pa.ArrowInvalid) as exc:
        # An unreadable old file must not block a good new build; its history is lost, said aloud.
        print(f"warning: could not read build history from {db_path}: {exc}")
        return schema.BUILD_INFO.empty_table()


def arrow_tables(ds: Dataset, *, build_row: dict[str, object], history: pa.Table) -> dict[str, pa.Table]:
    """Every published table as Arrow with the contract schema."""
    frames = {
        "documents": ds.documents,
        "removed_lines": ds.removed_lines,
        "events": ds.events,
        "event_mentions": ds.event_mentions,
        "actors": ds.actors,
        "rejected_inputs": ds.rejected_inputs,
    }
    tables = {name: to_arrow(df, schema.TABLES[name]) for name, df in frames.items()}
    this_build = pa.Table.from_pylist([build_row], schema=schema.BUILD_INFO)
    tables["build_info"] = pa.concat_tables([history, this_build])
    return tables


def write_parquet(
    tables: dict[str, pa.Table], directory: Path, *, parts: Mapping[str, Parts] | None = None,
    reuse: Path | None = None,
) -> int:
    """One Parquet dataset per table; events hive-partitioned by year/month of event_date; tables in
    ``parts`` as one file per part, hard-linked from ``reuse`` (a previous build's Parquet folder of
    the same layout) when it has a part of that key. Returns how many part files were reused."""
    reused = 0
    for name, table in tables.items():
        target = directory / name
        target.mkdir(parents=True, exist_ok=True)
        if name == "events":
            dates = table.column("event_date").to_pylist()
            with_parts = table.append_column("year", pa.array([d.year if d else None for d in dates], pa.int32()))
            with_parts = with_parts.append_column("month", pa.array([d.month if d else None for d in dates], pa.int32()))
            pads.write_dataset(
                with_parts,
                target,
                format="parquet",
                partitioning=pads.partitioning(
                    pa.schema([("year", pa.int32()), ("month", pa.int32())]), flavor="hive"
                ),
                file_options=pads.ParquetFileFormat().make_write_options(compression="zstd"),
                basename_template="part-{i}.parquet",
                existing_data_behavior="overwrite_or_ignore",
            )
        elif parts and name in parts:
            reused += _write_parts(table, parts[name], target, reuse / name if reuse else None)
        else:
            pq.write_table(table, target / "part-0.parquet", compression="zstd")
    return reused


def _write_parts(table: pa.Table, parts: Parts, target: Path, reuse: Path | None) -> int:
    """``part-<index>-<key>.parquet`` per part (file order is row order); a part ``reuse`` holds is linked."""
    old = {p.stem.rsplit("-", 1)[-1]: p for p in reuse.glob("part-*-*.parquet")} if reuse and reuse.is_dir() else {}
    reused = 0
    for i, ((a, b), key) in enumerate(zip(parts.bounds, parts.keys, strict=True)):
        path = target / f"part-{i:05d}-{key}.parquet"
        if key in old:
            try:
                os.link(old[key], path)
                reused += 1
                continue
            except OSError:  # no hard links here (another file system, ...): write it
                path.unlink(missing_ok=True)
        pq.write_table(table.slice(a, b - a), path, compression="zstd")
    return reused


def _comment(con: duckdb.DuckDBPyConnection, kind: str, target: str, text: str) -> None:
    # COMMENT ON takes no bound parameters: quote the literal the SQL way.
    con.execute(f"COMMENT ON {kind} {target} IS '{text.replace(chr(39), chr(39) * 2)}'")


def write_duckdb(tables: dict[str, pa.Table], path: Path) -> None:
    """Create the DuckDB file: tables, data dictionary comments and views."""
    dictionary = json.loads(_DICTIONARY.read_text(encoding="utf-8"))
    with duckdb.connect(str(path)) as con:
        con.execute(f"SET memory_limit = '{DUCKDB_WRITE_MEMORY}'")
        for name, table in tables.items():
            con.register("incoming", table)
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM incoming')
            con.unregister("incoming")
            described = dictionary.get(name, {})
            _comment(con, "TABLE", f'"{name}"', described.get("_table", name))
            for column in table.schema.names:
                _comment(con, "COLUMN", f'"{name}"."{column}"', described.get(column, column))
        con.execute((_SQL / "views.sql").read_text())
        views = con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name").fetchall()
        for (view,) in views:
            described = dictionary.get(view, {})
            _comment(con, "VIEW", f'"{view}"', described.get("_table", view))
            columns = con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [view]).fetchall()
            for (column,) in columns:
                _comment(con, "COLUMN", f'"{view}"."{column}"', described.get(column, column))
        con.execute("CHECKPOINT")


def layout_fingerprint() -> str:
    """What a DuckDB file's shape depends on: the contract schema, the data dictionary, the views and
    the DuckDB version that writes the file. Equal fingerprints: a file can be updated in place."""
    h = hashlib.sha256(duckdb.__version__.encode())
    for name, table_schema in schema.TABLES.items():
        h.update(f"\0{name}\0{table_schema}".encode())
    h.update(_DICTIONARY.read_bytes())
    h.update((_SQL / "views.sql").read_bytes())
    return h.hexdigest()[:16]


def sync_parts(con: duckdb.DuckDBPyConnection, name: str, changed: pa.Table) -> tuple[int, int]:
    """Bring table ``name`` (rows keyed by doc_id) to the registered ``incoming``, given ``changed``: the
    rows of the parts the file did not have. Rows of documents no longer there, or in a changed part,
    go; the changed rows come. Returns (deleted, inserted); the caller checks the row count."""
    con.register("changed", changed)
    try:
        deleted = con.execute(
            f'DELETE FROM "{name}" WHERE doc_id IS NULL'
            " OR doc_id NOT IN (SELECT doc_id FROM incoming WHERE doc_id IS NOT NULL)"
            " OR doc_id IN (SELECT doc_id FROM changed WHERE doc_id IS NOT NULL)"
        ).fetchall()
        inserted = con.execute(f'INSERT INTO "{name}" SELECT * FROM changed').fetchall()
    finally:
        con.unregister("changed")
    return int(deleted[0][0]), int(inserted[0][0])


def replace_rows(con: duckdb.DuckDBPyConnection, name: str) -> tuple[int, int]:
    """Replace every row of table ``name`` by those of the registered ``incoming`` (keeping the table,
    its comments and the views on it). Returns (deleted, inserted)."""
    deleted = con.execute(f'DELETE FROM "{name}"').fetchall()
    inserted = con.execute(f'INSERT INTO "{name}" SELECT * FROM incoming').fetchall()
    return int(deleted[0][0]), int(inserted[0][0])


def update_duckdb(
    tables: dict[str, pa.Table], path: Path, *, parts: Mapping[str, Parts], known: Mapping[str, list[str]]
) -> dict[str, tuple[int, int]]:
    """Update the DuckDB file at ``path`` (a copy of the previous build's, same layout, whose parted
    tables held the parts ``known``) to ``tables``. Raises ``ValueError`` when a table ends with a
    row count other than the new table's, or a parted table with rows whose hashes add up otherwise."""
    changes: dict[str, tuple[int, int]] = {}
    with duckdb.connect(str(path)) as con:
        con.execute(f"SET memory_limit = '{DUCKDB_WRITE_MEMORY}'")
        for name, table in tables.items():
            con.register("incoming", table)
            try:
                if name in parts:
                    changed = parts[name].changed(table, set(known.get(name, ())))
                    changes[name] = sync_parts(con, name, changed)
                else:
                    changes[name] = replace_rows(con, name)
            finally:
                con.unregister("incoming")
            count, checksum = con.execute(_CHECKSUM_SQL.format(name=name)).fetchall()[0]
            if count != table.num_rows:
                raise ValueError(f"{name}: {count} rows after the update, {table.num_rows} expected")
            # The parts say which rows the file should already hold; the file is checked, not trusted
            # (an analyst may have written to it): any other content means a fresh write.
            if name in parts and int(checksum) != parts[name].checksum:
                raise ValueError(f"{name}: rows after the update differ from the new table's")
        con.execute("CHECKPOINT")
    return changes


@dataclass(frozen=True, slots=True)
class Layout:
    """What ``LAYOUT_FILE`` in a build's folder says of its files."""

    fingerprint: str
    updates: int  # builds since the DuckDB file was last written from scratch
    parts: dict[str, list[str]] = field(default_factory=dict)  # parted table -> its part keys, in order

    @classmethod
    def read(cls, path: Path) -> Layout | None:
        """The marker of a build, or None when absent or unreadable (a marker without parts has none)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            parts = {str(k): [str(x) for x in v] for k, v in dict(data.get("parts", {})).items()}
            return cls(str(data["fingerprint"]), int(data["updates"]), parts)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def write(self, path: Path) -> None:
        """Save the marker."""
        data = {"fingerprint": self.fingerprint, "updates": self.updates, "parts": self.parts}
        path.write_text(json.dumps(data) + "\n", encoding="utf-8")


def _previous_layout(output_dir: Path, layout: str) -> tuple[str, Layout] | None:
    """The build the ``parquet`` link points at and its marker, if written with this layout."""
    linked = _linked_build(output_dir / "parquet")
    marker = Layout.read(output_dir / BUILDS_DIR / linked / LAYOUT_FILE) if linked else None
    return (linked, marker) if linked and marker and marker.fingerprint == layout else None


def _updatable_previous(output_dir: Path, history: pa.Table, previous: tuple[str, Layout] | None) -> Path | None:
    """The published DuckDB file, if it can be updated in place: written with this layout by the build
    the ``parquet`` link points at (the link is swapped last, so a build cut short in between never
    matches), and fewer than ``FRESH_EVERY`` updates since its last fresh write."""
    db_path = output_dir / "events.duckdb"
    if previous is None or not db_path.exists() or history.num_rows == 0:
        return None
    linked, marker = previous
    if history.column("build_id").to_pylist()[-1] != linked or marker.updates + 1 >= FRESH_EVERY:
        return None
    return db_path


def _write_or_update(
    tables: dict[str, pa.Table], target: Path, previous: Path | None, *, parts: Mapping[str, Parts],
    known: Mapping[str, list[str]],
) -> str:
    """Stage the DuckDB file at ``target``: an updated copy of ``previous`` when there is one, else
    written from scratch (also when the update fails: a new file is always correct). Returns which."""
    if previous is not None:
        try:
            shutil.copyfile(previous, target)
            update_duckdb(tables, target, parts=parts, known=known)
            return "updated"
        except (duckdb.Error, OSError, ValueError) as exc:
            print(f"warning: could not update {previous} in place ({exc}); writing it anew")
            target.unlink(missing_ok=True)
    write_duckdb(tables, target)
    return "written"


def _swap_symlink(link: Path, target: Path) -> None:
    """Point ``link`` at ``target`` atomically (a real folder left by an older layout is removed first)."""
    if link.exists() and not link.is_symlink():
        shutil.rmtree(link)
    tmp = link.with_name(f".{link.name}.{uuid.uuid4().hex[:8]}")
    os.symlink(os.path.relpath(target, link.parent), tmp)
    os.replace(tmp, link)


def _linked_build(link: Path) -> str | None:
    """Name of the build folder the ``parquet`` link points at now, if any."""
    return Path(os.readlink(link)).parent.name if link.is_symlink() else None


def _prune_builds(builds: Path, *, keep: set[str]) -> None:
    for child in sorted(builds.iterdir()):
        if child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)


def publish(
    ds: Dataset, *, output_dir: Path, validation_passed: bool, suites: list[str] | None = None, now: dt.datetime | None = None
) -> Published:
    """Write every table to a staging folder, then swap the DuckDB file and Parquet link in."""
    now = now or dt.datetime.now(dt.timezone.utc)
    output_dir.mkdir(parents=True, exist_ok=True)
    build_id = new_build_id(now)
    builds = output_dir / BUILDS_DIR
    stage = builds / build_id
    stage.mkdir(parents=True)
    db_path = output_dir / "events.duckdb"
    version = pipeline_version()
    build_row: dict[str, object] = {
        "build_id": build_id,
        "built_at": now,
        "pipeline_version": version,
        "n_inputs": ds.n_inputs,
        "n_documents": len(ds.documents),
        "n_kept": int((ds.documents["status"] == "kept").sum()),
        "n_events": len(ds.events),
        "validation_passed": validation_passed,
    }
    history = _previous_builds(db_path)
    tables = arrow_tables(ds, build_row=build_row, history=history)
    parts = {name: table_parts(tables[name], ds.groups) for name in PARTED}
    layout = layout_fingerprint()
    before = _previous_layout(output_dir, layout)
    previous = _updatable_previous(output_dir, history, before)
    # Parts are reused on the DuckDB file's cadence: every FRESH_EVERY builds every file is written anew.
    reuse = builds / before[0] / "parquet" if before and previous else None
    n_reused = write_parquet(tables, stage / "parquet", parts=parts, reuse=reuse)
    known = before[1].parts if before else {}
    how = _write_or_update(tables, stage / "events.duckdb", previous, parts=parts, known=known)
    updates = before[1].updates + 1 if before and how == "updated" else 0
    Layout(layout, updates, {name: list(p.keys) for name, p in parts.items()}).write(stage / LAYOUT_FILE)
    card = render_card(stage / "events.duckdb", build_id=build_id, version=version, suites=suites or [])
    (stage / "README.md").write_text(card, encoding="utf-8")
    replaced = _linked_build(output_dir / "parquet")
    os.replace(stage / "events.duckdb", db_path)
    os.replace(stage / "README.md", output_dir / "README.md")
    _swap_symlink(output_dir / "parquet", stage / "parquet")
    # Keep this build and the one just replaced: a reader may still be scanning it.
    _prune_builds(builds, keep={build_id} | ({replaced} if replaced else set()))
    return Published(build_id, db_path, output_dir / "parquet", {n: t.num_rows for n, t in tables.items()}, how,
                     parts_reused=n_reused, parts_total=sum(len(p.keys) for p in parts.values()))
