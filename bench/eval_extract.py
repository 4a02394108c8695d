"""Score the coder on the sample scrapes with the shared gold: crude cleanup -> code -> merge -> DuckDB -> score.py.

    .venv/bin/python bench/eval_extract.py [--db /tmp/coder-eval.duckdb] [--show]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.extract import code_document, load_resources, merge_stories

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
GOLD = Path("/work/shared/gold")
SCORER = Path("/work/shared/eval/score.py")
# What the cleaner would find in the text: 000 has a "Jun 28, 2024" byline, 001 only "© 2022".
PUBLISHED: dict[str, tuple[dt.date, str]] = {
    "000_47d5f9f377217e8c": (dt.date(2024, 6, 28), "day"),
    "001_05be88ba43d0b2e0": (dt.date(2022, 1, 1), "year"),
}


def drop_lines(raw: str, labels: dict) -> str:
    """The raw text without the gold 'drop' lines and the title line (what the real cleaner removes)."""
    lines = raw.split("\n")
    drop: set[int] = {labels["title"]} if isinstance(labels.get("title"), int) else set()
    for x in labels.get("drop", []):
        if isinstance(x, int):
            drop.add(x)
        else:
            drop.update(i for i, line in enumerate(lines, 1) if x.casefold() in line.casefold())
    return "\n".join(line for i, line in enumerate(lines, 1) if i not in drop).strip()


def load_sample() -> list[tuple[str, Path, str, str | None]]:
    """(doc_id, path, cleaned text, title) of every sample scrape."""
    labels = json.loads((GOLD / "seeds_lines.json").read_text())
    out = []
    for path in sorted(SAMPLE.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        lab = labels.get(path.stem, {})
        title = raw.split("\n")[lab["title"] - 1] if isinstance(lab.get("title"), int) else None
        out.append((path.stem, path, drop_lines(raw, lab), title))
    return out


def build(db: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Code the sample and write the tables score.py reads."""
    res = load_resources()
    docs = load_sample()
    coded = []
    for doc_id, _, text, _ in docs:
        pub, precision = PUBLISHED.get(doc_id, (None, "unknown"))
        coded.extend(code_document(doc_id=doc_id, text=text, published_date=pub, resources=res,
                                   published_precision=precision))  # type: ignore[arg-type]
    sources = {doc_id: frozenset({doc_id}) for doc_id, _, _, _ in docs}
    events, mentions = merge_stories(coded, doc_sources=sources, resources=res)
    documents = pd.DataFrame([{"doc_id": d, "source_path": str(p), "text": t, "title": ti,
                               "status": "kept", "duplicate_of": None} for d, p, t, ti in docs])
    db.unlink(missing_ok=True)
    con = duckdb.connect(str(db))
    for name, frame in (("documents", documents), ("events", events), ("event_mentions", mentions)):
        con.register("frame", frame)
        con.execute(f"create table {name} as select * from frame")  # table names are fixed literals
        con.unregister("frame")
    con.close()
    return events, mentions


def _dyads(doc: str, etype: str, actors: list[str], recipients: list[str]) -> set[tuple]:
    """Scorer-style dyads (CONSULT unordered)."""
    if etype == "CONSULT":
        parts = sorted(set(actors) | set(recipients))
        return {(doc, etype, a, b) for i, a in enumerate(parts) for b in parts[i + 1:]} or {(doc, etype, p, None) for p in parts}
    return {(doc, etype, a, r) for a in actors for r in (recipients or [None])}


def diagnose(db: Path) -> None:
    """Print required gold dyads that were missed and predicted dyads the gold does not have."""
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("select m.doc_id, e.event_type, e.actor_codes, e.recipient_codes from events e "
                       "join event_mentions m using (event_id)").fetchall()
    pred = set().union(*(_dyads(d, t, list(a), list(r)) for d, t, a, r in rows)) if rows else set()
    gold = [json.loads(x) for x in (GOLD / "seeds_events.jsonl").read_text().splitlines() if x.strip()]
    allg: set[tuple] = set()
    for g in gold:
        for t in [g["type"]] + g.get("alt_types", []):
            allg |= _dyads(g["doc"], t, g["actor"], g["recipient"])
            allg |= {(g["doc"], t, a, None) for a in g["actor"]} if not g["recipient"] else set()
        if g["required"]:
            need = _dyads(g["doc"], g["type"], g["actor"], g["recipient"])
            alts = {g["type"], *g.get("alt_types", [])}
            for k in need:
                if not any((k[0], t, k[2], k[3]) in pred for t in alts):
                    print("MISS", g["id"], k, g["evidence"][:60])
    for k in sorted(pred, key=str):
        if k not in allg:
            print("EXTRA", k)


def main() -> int:
    """Build, optionally print the events, and run the shared scorer."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=Path("/tmp/coder-eval.duckdb"))
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    events, mentions = build(a.db)
    if a.show:
        m = mentions.drop_duplicates("event_id").set_index("event_id")
        for r in events.itertuples():
            print(f"{m.loc[r.event_id, 'doc_id'][:3]} {r.event_type:9} {str(r.mode):13} {list(r.actor_codes)}->"
                  f"{list(r.recipient_codes)} {r.status} {r.event_date} {r.date_precision} q={r.quantity} "
                  f"k={r.killed} i={r.injured} n={r.num_mentions}/{r.num_documents} | {m.loc[r.event_id, 'sentence'][:90]}")
    cmd = [sys.executable, str(SCORER), "--db", str(a.db), "--raw", str(SAMPLE),
           "--lines", str(GOLD / "seeds_lines.json"), "--events", str(GOLD / "seeds_events.jsonl"),
           "--doc-windows", str(GOLD / "seeds_doc_windows.json")]
    if a.show:
        diagnose(a.db)
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    print(out.stdout if a.show else out.stdout.splitlines()[-1] if out.stdout else out.stderr)
    return out.returncode


if __name__ == "__main__":
    sys.exit(main())
