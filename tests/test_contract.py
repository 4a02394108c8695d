"""The published DuckDB file and Parquet datasets follow shared/docs/DATASET.md exactly."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as pads
import pytest

from pipeline import schema
from tests.conftest import SHARED

# The contract's column types, as DuckDB reports them (tables whose types DATASET.md leaves
# open are typed by pipeline/schema.py and checked against it below).
CONTRACT: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": "VARCHAR", "source_path": "VARCHAR", "url": "VARCHAR", "site": "VARCHAR", "title": "VARCHAR",
        "published_date": "DATE", "published_date_source": "VARCHAR", "language": "VARCHAR", "text": "VARCHAR",
        "n_chars_raw": "INTEGER", "n_chars_clean": "INTEGER", "status": "VARCHAR", "duplicate_of": "VARCHAR",
        "dup_similarity": "DOUBLE", "reject_reason": "VARCHAR",
    },
    "events": {
        "event_id": "VARCHAR", "event_date": "DATE", "date_precision": "VARCHAR", "event_type": "VARCHAR",
        "mode": "VARCHAR", "actor_codes": "VARCHAR[]", "recipient_codes": "VARCHAR[]", "actor_text": "VARCHAR",
        "recipient_text": "VARCHAR", "cameo_code": "VARCHAR", "quad_class": "INTEGER", "intensity": "DOUBLE",
        "location": "VARCHAR", "location_country": "VARCHAR", "quantity": "DOUBLE", "quantity_unit": "VARCHAR",
        "killed": "INTEGER", "injured": "INTEGER", "status": "VARCHAR", "confidence": "DOUBLE",
        "num_mentions": "INTEGER", "num_documents": "INTEGER", "num_sources": "INTEGER",
    },
    "removed_lines": {"doc_id": "VARCHAR", "line_no": "INTEGER", "text": "VARCHAR", "reason": "VARCHAR"},
    "event_mentions": {
        "event_id": "VARCHAR", "doc_id": "VARCHAR", "sentence_index": "INTEGER", "char_start": "INTEGER",
        "char_end": "INTEGER", "sentence": "VARCHAR",
    },
    "actors": {"code": "VARCHAR", "name": "VARCHAR", "kind": "VARCHAR", "country_code": "VARCHAR", "aliases": "VARCHAR[]"},
    "rejected_inputs": {"source_path": "VARCHAR", "reason": "VARCHAR", "detail": "VARCHAR"},
    "build_info": {
        "build_id": "VARCHAR", "built_at": "TIMESTAMP WITH TIME ZONE", "pipeline_version": "VARCHAR",
        "n_inputs": "INTEGER", "n_documents": "INTEGER", "n_kept": "INTEGER", "n_events": "INTEGER",
        "validation_passed": "BOOLEAN",
    },
}


def _contract_from_markdown(text: str) -> dict[str, dict[str, str | None]]:
    """Tables and columns (with the type where the document gives one) parsed from DATASET.md."""
    tables: dict[str, dict[str, str | None]] = {}
    current = None
    for line in text.splitlines():
        head = re.match(r"^## (\w+)", line)
        if head:
            current = head.group(1)
            tables[current] = {}
            continue
        if current is None:
            continue
        row = re.match(r"^\| ([a-z_, ]+) \| ([A-Z\[\]]+)", line)
        if row:
            for col in row.group(1).split(","):
                tables[current][col.strip()] = row.group(2)
        listed = re.match(r"^`([a-z_, ]+(?: \([^)]*\))?[a-z_, A-Z\[\]]*)`", line)
        if listed and not tables[current]:
            for part in re.sub(r"\([^)]*\)", "", listed.group(1)).split(","):
                words = part.split()
                if words:
                    tables[current][words[0]] = words[1] if len(words) > 1 else None
    return tables


def test_written_contract_matches_dataset_md() -> None:
    doc = SHARED / "docs" / "DATASET.md"
    if not doc.exists():
        pytest.skip(f"{doc} not found: ../shared is not beside this checkout")
    parsed = _contract_from_markdown(doc.read_text(encoding="utf-8"))
    assert set(parsed) == set(CONTRACT)
    for table, columns in parsed.items():
        assert list(columns) == list(CONTRACT[table]), table
        for col, typ in columns.items():
            if typ is not None:
                assert CONTRACT[table][col] == typ, (table, col)


def test_duckdb_schema_equals_contract(sample_build: Path) -> None:
    with duckdb.connect(str(sample_build / "events.duckdb"), read_only=True) as con:
        for table, columns in CONTRACT.items():
            got = con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table],
            ).fetchall()
            assert dict(got) == columns, table
            assert [c for c, _ in got] == list(columns), table


def test_parquet_schema_equals_contract(sample_build: Path) -> None:
    for table, arrow_schema in schema.TABLES.items():
        parts = pads.partitioning(pa.schema([("year", pa.int32()), ("month", pa.int32())]), flavor="hive")
        ds = pads.dataset(sample_build / "parquet" / table, format="parquet", partitioning=parts)
        got = ds.schema
        for field in arrow_schema:
            assert got.field(field.name).type == field.type, (table, field.name)
        assert [n for n in got.names if n not in ("year", "month")] == arrow_schema.names


def test_every_table_and_column_has_a_comment(sample_build: Path) -> None:
    with duckdb.connect(str(sample_build / "events.duckdb"), read_only=True) as con:
        missing_tables = con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE comment IS NULL OR comment = ''"
        ).fetchall() + con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal AND (comment IS NULL OR comment = '')"
        ).fetchall()
        missing_cols = con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE NOT internal AND (comment IS NULL OR comment = '')"
        ).fetchall()
    assert missing_tables == []
    assert missing_cols == []
