"""Score the story merge on articles that report the same real-world events (bench/heldout/stories/).

    .venv/bin/python bench/eval_stories.py [FILE ...] [--show]

Each line is an article as in bench/heldout plus "source" (its outlet); each gold event carries a "story" id, shared
by the events of every article that report the same real-world event. A file is coded article by article (dated by
its "published") and merged as one corpus, each article a document of its own outlet. Each predicted mention goes to
a gold event of its article as ../shared/eval/score.py sends it (one of its dyads, the evidence sharing most words
with its sentence). Printed per file:

  merged       stories told by several articles whose gold events all went to one shared event (score.py's
               `stories_merged`: a story whose event is missed in one article is not merged)
  when found   the same over the stories found in at least two articles, counting only their found gold events:
               the merge alone, without the coder's recall
  mixed        predicted events holding gold events of different stories (two real-world events made one)
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from eval_heldout import coded_items, gold_index

from pipeline.extract import CodedEvent, CoderResources, load_resources, merge_stories

HERE = Path(__file__).resolve().parent / "heldout" / "stories"
_Key = tuple[str, int, int, str]


def event_ids(coded: list[CodedEvent], sources: dict[str, str], res: CoderResources) -> dict[int, str]:
    """id(coded event) -> the event_id the story merge gave it."""
    events, mentions = merge_stories(coded, doc_sources={d: frozenset({s}) for d, s in sources.items()},
                                     resources=res)
    info = {r.event_id: (r.event_type, set(r.actor_codes), set(r.recipient_codes)) for r in events.itertuples()}
    by_place: dict[_Key, list[str]] = defaultdict(list)
    for m in mentions.itertuples():
        by_place[(m.doc_id, m.sentence_index, m.char_start, info[m.event_id][0])].append(m.event_id)
    out: dict[int, str] = {}
    for e in coded:
        m = e.mention
        ids = by_place[(m.doc_id, m.sentence_index, m.char_start, e.event_type)]
        fits = [i for i in ids if set(e.actor_codes) <= info[i][1] and set(e.recipient_codes) <= info[i][2]]
        if fits or ids:
            out[id(e)] = (fits or ids)[0]
    return out


def score_file(path: Path, res: CoderResources, *, show: bool) -> dict[str, int]:
    """Counts of one file (see the module's docstring)."""
    items = coded_items(path, res)
    coded = [e for _, events in items for e in events]
    ids = event_ids(coded, {item["id"]: item.get("source") or item["id"] for item, _ in items}, res)
    matched: dict[tuple[str, int], set[str]] = defaultdict(set)  # (article, gold index) -> event ids
    for item, events in items:
        for e in events:
            g = gold_index(item, e)
            if g is not None and id(e) in ids:
                matched[(item["id"], g)].add(ids[id(e)])
    stories: dict[str, dict[tuple[str, int], set[str]]] = defaultdict(dict)
    for item, _ in items:
        for i, g in enumerate(item["events"]):
            stories[g["story"]][(item["id"], i)] = matched.get((item["id"], i), set())
    told = {s: golds for s, golds in stories.items() if len({a for a, _ in golds}) >= 2}
    merged = sum(1 for golds in told.values() if set.intersection(*golds.values()))
    found = {s: {k: v for k, v in golds.items() if v} for s, golds in told.items()}
    found = {s: golds for s, golds in found.items() if len({a for a, _ in golds}) >= 2}
    merged_found = sum(1 for golds in found.values() if set.intersection(*golds.values()))
    story_of_event: dict[str, set[str]] = defaultdict(set)
    for s, golds in stories.items():
        for ev in set().union(*golds.values()):
            story_of_event[ev].add(s)
    mixed = {ev: s for ev, s in story_of_event.items() if len(s) > 1}
    if show:
        for s, golds in found.items():
            if not set.intersection(*golds.values()):
                print(f"  not merged {s}: " + "; ".join(f"{a}#{i} {sorted(v)}" for (a, i), v in golds.items()))
        for ev, s in sorted(mixed.items()):
            print(f"  mixed {ev}: {sorted(s)}")
    return {"articles": len(items), "told": len(told), "merged": merged, "found": len(found),
            "merged_found": merged_found, "events": len(story_of_event), "mixed": len(mixed)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--show", action="store_true", help="print the stories not merged and the mixed events")
    a = ap.parse_args()
    res = load_resources()
    for path in a.files or sorted(HERE.glob("*.jsonl")):
        r = score_file(path, res, show=a.show)
        print(f"{path.name}: {r['articles']} articles; stories told by several: merged {r['merged']}/{r['told']}, "
              f"when found in two or more {r['merged_found']}/{r['found']}; mixed {r['mixed']} of {r['events']} "
              f"predicted events holding gold events")


if __name__ == "__main__":
    main()
