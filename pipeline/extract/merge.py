"""merge_stories: coded sentence events -> one events row per real-world event, plus its mentions; actors table."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import pandas as pd

from pipeline import schema
from pipeline.extract.model import CodedEvent
from pipeline.extract.quantities import decisive_unit
from pipeline.extract.resources import CoderResources
from pipeline.extract.story import Stories

_PRECISION_RANK: Final = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
_PRECISION_SLACK: Final = {"day": 2, "week": 7, "month": 31, "year": 366, "unknown": 0}
# Reports of one event in different papers are a day or two apart; same-document repeats may drift more.
CROSS_DOC_DAYS: Final = 3
MAX_SLACK_DAYS: Final = max(_PRECISION_SLACK.values())
QUANTITY_TOLERANCE: Final = 0.1
# Each event is compared with at most this many cluster representatives of its block (newest first), so a dyad
# reported thousands of times stays linear.
MAX_CANDIDATES: Final = 64


@dataclass(frozen=True, slots=True)
class _Key:
    """A blocking key: only events sharing one are compared."""

    event_type: str
    a: str
    b: str


def merge_stories(coded: Sequence[CodedEvent], *, doc_sources: Mapping[str, frozenset[str]],
                  resources: CoderResources) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, event_mentions) with the columns of schema.EVENTS / schema.EVENT_MENTIONS, in order."""
    events = sorted(coded, key=_sort_key)
    clusters = _cluster(events, Stories(events, resources.gazetteer))
    ev_rows, men_rows = [], []
    for members in clusters:
        row, mentions = _event_row(members, doc_sources, resources)
        ev_rows.append(row)
        men_rows.extend(mentions)
    _dedupe_ids(ev_rows, men_rows)
    ev_rows.sort(key=lambda r: r["event_id"])
    men_rows.sort(key=lambda r: (r["event_id"], r["doc_id"], r["sentence_index"]))
    return (_frame(ev_rows, schema.EVENTS), _frame(men_rows, schema.EVENT_MENTIONS))


def _sort_key(e: CodedEvent) -> tuple:
    """A run-order-independent order of coded events."""
    m = e.mention
    return (e.doc_id, m.sentence_index, m.char_start, e.event_type, e.actor_codes, e.recipient_codes, e.mode or "")


def _keys(e: CodedEvent) -> list[_Key]:
    """Blocking keys: every actor/recipient pair (meetings: every participant pair)."""
    if e.event_type == "CONSULT" or not e.recipient_codes:
        parts = sorted(set(e.actor_codes) | set(e.recipient_codes))
        pairs = [(a, b) for i, a in enumerate(parts) for b in parts[i + 1:]] or [(p, "") for p in parts]
        return [_Key(e.event_type, a, b) for a, b in pairs]
    return [_Key(e.event_type, a, r) for a in e.actor_codes for r in e.recipient_codes]


def _cluster(events: list[CodedEvent], stories: Stories) -> list[list[CodedEvent]]:
    """Union events of a block whose dates and quantities are compatible."""
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[_Key, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        for k in _keys(e):
            blocks[k].append(i)
    for idx in blocks.values():
        # In date order, each event is compared with the cluster representatives of the last MAX_SLACK_DAYS only,
        # so a dyad reported every day for years stays linear.
        idx.sort(key=lambda i: (events[i].event_date or dt.date.min, i))
        reps: list[int] = []
        for i in idx:
            if not _join_recent(events, i, reps, parent, find, stories):
                reps.append(i)
    groups: dict[int, list[CodedEvent]] = defaultdict(list)
    for i, e in enumerate(events):
        groups[find(i)].append(e)
    return list(groups.values())


def _join_recent(events: list[CodedEvent], i: int, reps: list[int], parent: list[int],
                 find: Callable[[int], int], stories: Stories) -> bool:
    """Union event i with the newest compatible representative (within MAX_SLACK_DAYS and MAX_CANDIDATES)."""
    day = events[i].event_date
    for j in reps[:-MAX_CANDIDATES - 1:-1]:
        other = events[j].event_date
        if day is not None and other is not None and (day - other).days > MAX_SLACK_DAYS:
            return False
        if _compatible(events[i], events[j], stories):
            parent[find(i)] = find(j)
            return True
    return False


# The modes a request or refusal gets when no word names what it asks or refuses ([modes.*] catch-alls): across two
# documents they agree with any other ("asked for urgent supplies of drinking water" / "appealed ... for clean
# water"), as no mode does; two specific modes stay two acts.
_CATCH_ALL: Final = frozenset({"change"})


def _compatible(a: CodedEvent, b: CodedEvent, stories: Stories) -> bool:
    """Same event type, status family and story, dates that can be the same day, quantities that agree."""
    if a.event_type != b.event_type or (a.status == "historical") != (b.status == "historical"):
        return False
    if a.mode and b.mode and a.mode != b.mode and (a.doc_id == b.doc_id or not ({a.mode, b.mode} & _CATCH_ALL)):
        return False
    if not _nested(a, b):
        return False
    if a.quantity is not None and b.quantity is not None and a.quantity_unit == b.quantity_unit \
            and decisive_unit(a.quantity_unit):
        if abs(a.quantity - b.quantity) > QUANTITY_TOLERANCE * max(a.quantity, b.quantity):
            return False
    same_doc = a.doc_id == b.doc_id
    # Two explicit days pin the event down; anything vaguer (no date, the publication week, a month, a year)
    # only merges across documents that tell the same story, or unrelated reports of one dyad would pile up.
    if not same_doc and not (a.date_precision == "day" and b.date_precision == "day") \
            and not stories.same(a.doc_id, b.doc_id):
        return False
    if a.event_date is None or b.event_date is None:
        return True
    slack = max(_PRECISION_SLACK[a.date_precision], _PRECISION_SLACK[b.date_precision])
    if not same_doc:
        slack = max(slack, CROSS_DOC_DAYS)
    if a.date_precision == "day" and b.date_precision == "day" and same_doc:
        slack = 0
    return abs((a.event_date - b.event_date).days) <= slack


def _nested(a: CodedEvent, b: CodedEvent) -> bool:
    """One report's parties contain the other's: merging must not invent dyads (meetings: same participants)."""
    pa, pb = set(a.actor_codes) | set(a.recipient_codes), set(b.actor_codes) | set(b.recipient_codes)
    if a.event_type == "CONSULT":
        return pa == pb
    sub = set(a.actor_codes) <= set(b.actor_codes) or set(b.actor_codes) <= set(a.actor_codes)
    rec = set(a.recipient_codes) <= set(b.recipient_codes) or set(b.recipient_codes) <= set(a.recipient_codes)
    return sub and rec


def _event_row(members: list[CodedEvent], doc_sources: Mapping[str, frozenset[str]],
               resources: CoderResources) -> tuple[dict, list[dict]]:
    """One events row and its mention rows from a cluster."""
    best = max(members, key=lambda e: (e.confidence, -_PRECISION_RANK[e.date_precision], -e.mention.sentence_index))
    dated = sorted((e for e in members if e.event_date is not None),
                   key=lambda e: (_PRECISION_RANK[e.date_precision], e.event_date))
    date_src = dated[0] if dated else best
    mention_keys = sorted({(e.doc_id, e.mention.sentence_index, e.mention.char_start, e.mention.char_end) for e in members})
    actors = _union(e.actor_codes for e in members)
    recipients = [c for c in _union(e.recipient_codes for e in members) if c not in actors]
    mode = _majority(e.mode for e in members)
    event_id = _event_id((best.event_type, mode, sorted(actors), sorted(recipients), str(date_src.event_date)),
                         mention_keys)
    docs = sorted({e.doc_id for e in members})
    sources = set().union(*(doc_sources.get(d, frozenset()) for d in docs))
    interop = resources.interop_for(best.event_type, mode)
    row = {
        "event_id": event_id,
        "event_date": date_src.event_date,
        "date_precision": date_src.date_precision if date_src.event_date else "unknown",
        "event_type": best.event_type,
        "mode": mode,
        "actor_codes": actors,
        "recipient_codes": recipients,
        "actor_text": best.actor_text,
        "recipient_text": best.recipient_text,
        "cameo_code": interop.cameo_code or None,
        "quad_class": interop.quad_class,
        "intensity": interop.intensity,
        "location": best.location or next((e.location for e in members if e.location), None),
        "location_country": best.location_country or next((e.location_country for e in members if e.location_country), None),
        "quantity": _first(e.quantity for e in members),
        "quantity_unit": _first(e.quantity_unit for e in members if e.quantity is not None),
        "killed": _first(e.killed for e in members),
        "injured": _first(e.injured for e in members),
        "status": _majority(e.status for e in members) or best.status,
        "confidence": max(e.confidence for e in members),
        "num_mentions": len({(d, s) for d, s, _, _ in mention_keys}),
        "num_documents": len(docs),
        "num_sources": max(1, len(sources)),
    }
    seen: set[tuple[str, int]] = set()
    mentions = []
    for e in sorted(members, key=lambda e: (e.doc_id, e.mention.sentence_index)):
        m = e.mention
        if (m.doc_id, m.sentence_index) in seen:
            continue
        seen.add((m.doc_id, m.sentence_index))
        mentions.append({"event_id": event_id, "doc_id": m.doc_id, "sentence_index": m.sentence_index,
                         "char_start": m.char_start, "char_end": m.char_end, "sentence": m.sentence, "_row": row})
    return row, mentions


def _event_id(content: tuple, mention_keys: list[tuple[str, int, int, int]]) -> str:
    """Content hash of what happened (type, mode, parties, date) and the sentences it was read from."""
    h = hashlib.sha1(repr(content).encode())
    for k in mention_keys:
        h.update(repr(k).encode())
    return "ev_" + h.hexdigest()[:20]


def _dedupe_ids(ev_rows: list[dict], men_rows: list[dict]) -> None:
    """Events read from the same sentences with identical content would share an id: number the repeats."""
    seen: Counter[str] = Counter()
    for row in sorted(ev_rows, key=lambda r: repr(sorted(r.items()))):
        seen[row["event_id"]] += 1
        if seen[row["event_id"]] > 1:
            row["event_id"] = f"{row['event_id']}-{seen[row['event_id']]}"
    for m in men_rows:
        m["event_id"] = m.pop("_row")["event_id"]


def _union(parts: object) -> list[str]:
    """Ordered union of code tuples."""
    out: dict[str, None] = {}
    for p in parts:  # type: ignore[attr-defined]
        out.update(dict.fromkeys(p))
    return list(out)


def _majority(values: object) -> str | None:
    """Most frequent non-null value (ties: alphabetical, for determinism)."""
    c = Counter(v for v in values if v)  # type: ignore[attr-defined]
    if not c:
        return None
    top = max(c.values())
    return min(v for v, n in c.items() if n == top)


def _first(values: object) -> object:
    """First non-null value."""
    return next((v for v in values if v is not None), None)  # type: ignore[attr-defined]


def _frame(rows: list[dict], table: object) -> pd.DataFrame:
    """A DataFrame with exactly the schema's columns in order (empty input gives typed empty columns)."""
    cols = [f.name for f in table]  # type: ignore[attr-defined]
    return pd.DataFrame(rows, columns=cols)


def actors_table(resources: CoderResources) -> pd.DataFrame:
    """The actor dictionary of this build (schema.ACTORS)."""
    rows = [{"code": a.code, "name": a.name, "kind": a.kind, "country_code": a.country_code, "aliases": list(a.aliases)}
            for a in resources.gazetteer.actors]
    return _frame(rows, schema.ACTORS)
