"""Score the coder on hand-labelled news sentences that are not from the sample scrapes.

    .venv/bin/python bench/eval_heldout.py [bench/heldout/test.jsonl ...] [--show]

Each line of a file: {"id", "published", "text", "events": [{"type", "mode", "actor", "recipient", "status", ...}]}.
Events are compared as dyads (type, actor, recipient), as ../shared/eval/score.py does: a compound is one dyad
per actor and recipient, CONSULT is unordered, a predicted dyad is also right when gold has its type and actor with
no recipient, and a gold dyad without a recipient is found by any predicted dyad of its type and actor (a predicted
dyad without a recipient finds only such a gold dyad). An event may carry "required": false (a careful coder could leave it out): recall counts only
the required dyads, precision counts any gold dyad as right. Prints precision, recall, F1, and mode and status accuracy over the found dyads.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path

from pipeline.extract import CodedEvent, CoderResources, code_document, load_resources

HERE = Path(__file__).resolve().parent / "heldout"

Dyad = tuple[str, str, str | None]


def dyads(etype: str, actors: list[str] | tuple[str, ...], recipients: list[str] | tuple[str, ...]) -> set[Dyad]:
    """(type, actor, recipient) keys of one event (score.py's rule)."""
    if etype == "CONSULT":
        parts = sorted(set(actors) | set(recipients))
        if len(parts) < 2:
            return {(etype, p, None) for p in parts}
        return {(etype, a, b) for i, a in enumerate(parts) for b in parts[i + 1:]}
    return {(etype, a, r) for a in actors for r in (list(recipients) or [None])}


def _any_of(pred: dict[Dyad, CodedEvent], k: Dyad) -> list[Dyad]:
    """The predicted dyads of k's type and actor."""
    return [p for p in pred if p[:2] == k[:2]]


def score_item(item: dict, coded: list[CodedEvent]) -> dict[str, int | list]:
    """Counts for one item: predicted and gold dyads, the ones matched, and field agreements."""
    gold: dict[Dyad, dict] = {}
    for g in item["events"]:
        for k in dyads(g["type"], g["actor"], g["recipient"]):
            # A dyad of a required event stays required when an optional event repeats it.
            if k not in gold or not gold[k].get("required", True):
                gold[k] = g
    required = [k for k in gold if gold[k].get("required", True)]
    pred: dict[Dyad, CodedEvent] = {}
    for e in coded:
        for k in dyads(e.event_type, e.actor_codes, e.recipient_codes):
            pred.setdefault(k, e)
    # As score.py: a predicted dyad is right when gold has it, or has its type and actor with no recipient (a
    # predicted dyad without a recipient is right only when gold has none either).
    tp = [k for k in pred if k in gold or (k[2] is not None and (k[0], k[1], None) in gold)]
    # Recall, as score.py, counts the required gold dyads only; one without a recipient is found by any predicted
    # dyad of its type and actor.
    found = [k for k in required if k in pred or (k[0] != "CONSULT" and k[2] is None and _any_of(pred, k))]
    mode_ok = status_ok = 0
    for k in found:
        p = pred[k] if k in pred else pred[_any_of(pred, k)[0]]
        mode_ok += p.mode == gold[k].get("mode")
        status_ok += p.status == gold[k].get("status", "actual")
    counts = {f: [0, 0] for f in COUNTS}
    for i, e in map_events(item, coded).items():
        for f in COUNTS:
            want = item["events"][i].get(f)
            if want is not None:  # score.py: right within 1 % of the gold count
                got = getattr(e, f)
                counts[f][1] += 1
                counts[f][0] += got is not None and abs(float(got) - want) <= 0.01 * want
    return {"pred": len(pred), "gold": len(required), "tp": len(tp), "found": len(found), "mode": mode_ok,
            "status": status_ok, "missed": [k for k in required if k not in found],
            "wrong": [k for k in pred if k not in tp], **{f: counts[f][0] for f in COUNTS},
            **{f + "_n": counts[f][1] for f in COUNTS}}


COUNTS = ("quantity", "killed", "injured")
_WORD = re.compile(r"\w+")


def gold_index(item: dict, e: CodedEvent) -> int | None:
    """Index of the gold event a predicted event goes to, as score.py sends it: the gold event of one of its dyads
    whose evidence shares most words with its sentence (a gold event with no recipient takes any of its type and
    actor); None when no gold event has one of its dyads."""
    keys = dyads(e.event_type, e.actor_codes, e.recipient_codes)
    keys |= {(t, a, None) for t, a, _ in keys}
    hits = [i for i, g in enumerate(item["events"]) if keys & dyads(g["type"], g["actor"], g["recipient"])]
    if not hits:
        return None
    words = set(_WORD.findall(e.mention.sentence.lower()))
    return max(hits, key=lambda i: len(words & set(_WORD.findall((item["events"][i].get("evidence") or "").lower()))))


def map_events(item: dict, coded: list[CodedEvent]) -> dict[int, CodedEvent]:
    """Gold event index -> the predicted event judged against it: a gold event is judged on the first predicted event
    that goes to it (gold_index)."""
    mapped: dict[int, CodedEvent] = {}
    for e in coded:
        best = gold_index(item, e)
        if best is not None:
            mapped.setdefault(best, e)
    return mapped


def coded_items(path: Path, res: CoderResources) -> list[tuple[dict, list[CodedEvent]]]:
    """Every item of a held-out file with the events the coder gives its text (dated by its "published")."""
    out: list[tuple[dict, list[CodedEvent]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            published = dt.date.fromisoformat(item["published"]) if item.get("published") else None
            out.append((item, code_document(doc_id=item["id"], text=item["text"], published_date=published,
                                            resources=res)))
    return out


def main() -> None:
    """Score each file given (default: every file in bench/heldout)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--show", action="store_true", help="print every missed and wrong dyad")
    a = ap.parse_args()
    res = load_resources()
    for path in a.files or sorted(HERE.glob("*.jsonl")):
        items = coded_items(path, res)
        total = {"pred": 0, "gold": 0, "tp": 0, "found": 0, "mode": 0, "status": 0} | {f: 0 for f in COUNTS} \
            | {f + "_n": 0 for f in COUNTS}
        for item, coded in items:
            r = score_item(item, coded)
            for key in total:
                total[key] += r[key]  # type: ignore[operator]
            if a.show and (r["missed"] or r["wrong"]):
                print(f"  {item['id']}: missed {r['missed']} wrong {r['wrong']}\n    {item['text'][:200]}")
        p = total["tp"] / total["pred"] if total["pred"] else 0.0
        rec = total["found"] / total["gold"] if total["gold"] else 0.0
        f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
        found = total["found"] or 1
        print(f"{path.name}: {len(items)} items, {total['gold']} gold dyads, {total['pred']} predicted: "
              f"P={p:.3f} R={rec:.3f} F1={f1:.3f}; mode {total['mode'] / found:.2f}, "
              f"status {total['status'] / found:.2f} over {total['found']} found; "
              + ", ".join(f"{f} {total[f]}/{total[f + '_n']}" for f in COUNTS))


if __name__ == "__main__":
    main()
