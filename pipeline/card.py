"""The dataset card (outputs/README.md): what is in this build, how it was made, how to query it."""

from __future__ import annotations

from pathlib import Path

import duckdb

_SQL = Path(__file__).resolve().parent / "sql"

_EXAMPLES = """```sql
-- Who expelled whose diplomats, and how many?
SELECT event_date, actor_codes, recipient_codes, quantity, status
FROM events WHERE event_type = 'SANCTION' AND mode = 'expel' ORDER BY event_date;

-- Conflict dyads, GDELT/ICEWS style
SELECT actor_code, recipient_code, count(*) AS n FROM event_dyads
WHERE quad_class IN (3, 4) GROUP BY ALL ORDER BY n DESC;

-- Every event with its evidence sentence
SELECT e.event_type, e.actor_codes, e.recipient_codes, m.sentence, d.source_path
FROM events e JOIN event_mentions m USING (event_id) JOIN documents d USING (doc_id);
```"""


def _schema_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    lines: list[str] = []
    tables = con.execute("SELECT table_name, comment FROM duckdb_tables() ORDER BY table_name").fetchall()
    for table, comment in tables:
        lines += [f"### {table}", "", comment or "", "", "| column | type | meaning |", "|---|---|---|"]
        cols = con.execute(
            "SELECT column_name, data_type, comment FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
            [table],
        ).fetchall()
        lines += [f"| {c} | {t} | {(m or '').replace('|', '/')} |" for c, t, m in cols]
        lines.append("")
    return lines


def render_card(db_path: Path, *, build_id: str, version: str, suites: list[str]) -> str:
    """Markdown card of the DuckDB file at ``db_path``."""
    with duckdb.connect(str(db_path), read_only=True) as con:
        cur = con.execute((_SQL / "card_stats.sql").read_text())
        names = [d[0] for d in cur.description]
        stats = dict(zip(names, cur.fetchone() or (), strict=True))
        types = con.execute((_SQL / "card_types.sql").read_text()).fetchall()
        schema_lines = _schema_lines(con)
    lines = [
        "# Political event dataset (generated)",
        "",
        f"Build `{build_id}`, pipeline version {version}. This file is written by every build; do not edit it.",
        "",
        "## Contents",
        "",
        f"- documents read: {stats['n_documents']} (kept {stats['n_kept']}, duplicates {stats['n_duplicate']}, "
        f"rejected {stats['n_rejected']}); unreadable inputs: {stats['n_rejected_inputs']}",
        f"- lines removed by cleaning (see `removed_lines`): {stats['n_removed_lines']}",
        f"- events: {stats['n_events']} from {stats['n_mentions']} sentences; dated from "
        f"{stats['first_event'] or '-'} to {stats['last_event'] or '-'}; undated: {stats['n_undated']}",
        "",
        "| event_type | events |",
        "|---|---|",
        *[f"| {t} | {n} |" for t, n in types],
        "",
        "## Validation",
        "",
        "Every table passed these hand-written Great Expectations suites (blocking checks; a build that "
        "fails one is not published): " + ", ".join(f"`{s}`" for s in suites) + ". Data Docs: `data_docs/`.",
        "",
        "## How it was built",
        "",
        "Raw scrapes were read (`rejected_inputs` lists what could not be), cleaned line by line "
        "(`removed_lines` says why each dropped line went), deduplicated with MinHash/LSH on cleaned bodies, "
        "and coded into PLOVER events by a rule-based coder; every event points at the sentences it was "
        "read from (`event_mentions`). Files: `events.duckdb` and `parquet/<table>/`.",
        "",
        "## Example queries",
        "",
        _EXAMPLES,
        "",
        "## Schema",
        "",
        *schema_lines,
    ]
    return "\n".join(lines) + "\n"
