"""Score the coder's event dates on hand-labelled news text (bench/heldout/dates/), as ../shared/eval/score.py does.

    .venv/bin/python bench/eval_dates.py [bench/heldout/dates/datesdev.jsonl ...] [--show]

The files have bench/heldout's format, and every event a "date_window": [first_day, last_day] (inclusive), the days in
which it happened as a careful reader pins them down from the text and the publication date, or null. A gold event is
scored when the coder finds its dyad (as eval_heldout.py matches them) and it has a window: the predicted date counts
when it lies in the window at the precision the coder claims for it (a week: six days either side; a month or a year:
the same month or year; a day: inside the window). Prints, per file, the share of dated, found events dated right.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from eval_heldout import coded_items, map_events
from pipeline.extract import CodedEvent, load_resources

HERE = Path(__file__).resolve().parent / "heldout" / "dates"


def in_window(date: dt.date | None, window: tuple[dt.date, dt.date], precision: str) -> bool:
    """score.py's rule: a date counts when it lies in the window at the precision claimed for it."""
    if date is None:
        return False
    lo, hi = window
    if precision == "year":
        return lo.year <= date.year <= hi.year
    if precision == "month":
        return (lo.year, lo.month) <= (date.year, date.month) <= (hi.year, hi.month)
    if precision == "week":
        return lo - dt.timedelta(days=6) <= date <= hi + dt.timedelta(days=6)
    return lo <= date <= hi


def date_checks(item: dict, coded: list[CodedEvent]) -> list[tuple[bool, dict, CodedEvent]]:
    """(right, gold event, predicted event) for every gold event with a window that a predicted event maps to (as
    score.py maps them: eval_heldout.map_events)."""
    out: list[tuple[bool, dict, CodedEvent]] = []
    for i, e in sorted(map_events(item, coded).items()):
        g = item["events"][i]
        if not g.get("date_window"):
            continue
        lo, hi = (dt.date.fromisoformat(d) for d in g["date_window"])
        out.append((in_window(e.event_date, (lo, hi), e.date_precision), g, e))
    return out


def main() -> None:
    """Score each file given (default: every file in bench/heldout/dates)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--show", action="store_true", help="print every event dated wrong")
    a = ap.parse_args()
    res = load_resources()
    for path in a.files or sorted(HERE.glob("*.jsonl")):
        items = coded_items(path, res)
        right = scored = windows = 0
        for item, coded in items:
            windows += sum(1 for g in item["events"] if g.get("date_window"))
            for ok, g, e in date_checks(item, coded):
                scored += 1
                right += ok
                if a.show and not ok:
                    print(f"  {item['id']} {g['type']} {g['actor']}->{g['recipient']} window {g['date_window']}: "
                          f"{e.event_date} ({e.date_precision}) | {g.get('evidence', '')[:120]}")
        print(f"{path.name}: {len(items)} items, {windows} dated gold events, {scored} found: "
              f"date accuracy {right / scored if scored else 0.0:.3f} ({right}/{scored})")


if __name__ == "__main__":
    main()
