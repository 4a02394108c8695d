"""Score the coder on the PLOVER gold standard records: the example sentences of the CAMEO 1.1b3 manual, coded in
PLOVER by the Open Event Data Alliance (openeventdata/PLOVER, gold_standard_records/PLOVER_GSR_CAMEO.txt). They were
written for neither this coder nor its ontology file, so they measure it from outside. The file is not in this
repository (its licence is the PLOVER repository's); fetch it and pass its path:

    .venv/bin/python bench/plover_gsr.py PATH/TO/PLOVER_GSR_CAMEO.txt [--show]

The records use PLOVER 0.6's categories, mapped to ../shared/docs/ONTOLOGY.md's: DEMAND -> REQUEST, DISAPPROVE and
INVESTIGATE -> ACCUSE, DIPLOMACY -> SUPPORT, FIGHT -> ASSAULT. Actors are CAMEO codes: a record is scored only when
every source and target is a country (ISO 3166-1 alpha-3, with CAMEO's few codes of their own translated) or an
organisation the ontology codes (named by its text: the UN, the EU, NATO). Most parties carry no code ("---"): one
counts when its text names one country by a name, demonym or capital of the coder's gazetteer and is not a group
inside it (rebels, guerrillas, settlers, unions, ethnic groups, ...). Dyads are compared as bench/eval_heldout.py
compares them; every record is one required event.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_heldout import score_item  # noqa: E402
from pipeline.extract import code_document, load_resources  # noqa: E402

TYPES = {"AGREE": "AGREE", "CONSULT": "CONSULT", "SUPPORT": "SUPPORT", "CONCEDE": "CONCEDE",
         "COOPERATE": "COOPERATE", "AID": "AID", "RETREAT": "RETREAT", "INVESTIGATE": "ACCUSE", "DEMAND": "REQUEST",
         "DISAPPROVE": "ACCUSE", "REJECT": "REJECT", "THREATEN": "THREATEN", "PROTEST": "PROTEST",
         "MOBILIZE": "MOBILIZE", "SANCTION": "SANCTION", "COERCE": "COERCE", "ASSAULT": "ASSAULT", "FIGHT": "ASSAULT",
         "DIPLOMACY": "SUPPORT"}
# A party text that is a group inside a country, not its state (left unscored when uncoded).
NOT_THE_STATE = re.compile(
    r"\b(?:ethnic|rebels?|guerr?illas?|extremists?|settlers?|unions?|militias?|militants?|militiamen|insurgents?|"
    r"opposition|separatists?|nationalists?|Hamas|Hezbollah|Jihad|Taliban|factions?|activists?|protesters|"
    r"demonstrators|students|workers|teachers|farmers|landowners|businessman|compan(?:y|ies)|prisoners|refugees|"
    r"inhabitants|members|residents|newspaper|media|groups?|organi[sz]ation|movement|front|party|coalition|"
    r"Latin\s+America|South\s+America|Central\s+America|North\s+America)\b", re.IGNORECASE)
# CAMEO's country codes that differ from ISO 3166-1 alpha-3.
CAMEO_COUNTRIES = {"JAP": "JPN", "ROM": "ROU", "ZAR": "COD", "BUR": "MMR", "TMP": "TLS"}
# Organisations coded IGO in the records, by the words of their text.
ORGANISATIONS = [(re.compile(r"United Nations|U\.N\.|\bUN\b|Security Council|UNHCR|UNICEF"), "UN"),
                 (re.compile(r"European Union|\bEU\b|European Community|\bEC\b|European common market"), "EU"),
                 (re.compile(r"\b(?:NATO|North Atlantic Treaty Organi[sz]ation)\b"), "NATO"),
                 (re.compile(r"\bOSCE\b"), "OSCE")]


def load_records(path: Path) -> tuple[list[dict], int]:
    """The records of the file (a sequence of JSON objects written with trailing commas, one field per line), read
    one by one, and the number that do not parse (left out)."""
    records, broken = [], 0
    for block in re.findall(r"^\{$.*?^\},?$", path.read_text(encoding="utf-8"), flags=re.S | re.M):
        try:
            records.append(json.loads(re.sub(r",\s*+(?=[}\]])", "", block.rstrip(","))))
        except json.JSONDecodeError:
            broken += 1
    return records, broken


def party_code(party: dict, countries: Callable[[str], set[str]]) -> str | None:
    """The ontology's code of one source or target, or None when it has none. Most records leave the code out
    ("---"): then the one country the gold actor text names (by a name, demonym or capital of the coder's gazetteer:
    "Lebanon's new President Elias Hrawi" -> LBN), or the organisation it names."""
    code = str(party.get("code", ""))
    code = CAMEO_COUNTRIES.get(code, code)
    text = str(party.get("actorText", ""))
    if code in ("IGO", "---", ""):
        if code != "IGO" and NOT_THE_STATE.search(text):
            return None
        org = next((org for pattern, org in ORGANISATIONS if pattern.search(text)), None)
        named = countries(text)
        if org is not None:
            return org
        return named.pop() if code != "IGO" and len(named) == 1 else None
    return code if len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None else None


def parties(value: object, countries: Callable[[str], set[str]]) -> list[str] | None:
    """Codes of a source or target list ([] when absent), or None when one of them has no code of the ontology."""
    if not value:
        return []
    codes = [party_code(p, countries) for p in value] if isinstance(value, list) else [None]
    return None if any(c is None for c in codes) else list(dict.fromkeys(c for c in codes if c))


def to_item(record: dict, countries: Callable[[str], set[str]]) -> dict | None:
    """The record as a held-out item (bench/eval_heldout.py's format), or None when it cannot be scored."""
    etype = TYPES.get(str(record.get("event", "")))
    actor, recipient = parties(record.get("source"), countries), parties(record.get("target"), countries)
    if etype is None or not actor or recipient is None:
        return None
    text = str(record.get("text", "")).strip().strip("{}").strip()
    return {"id": record.get("id"), "published": record.get("date"), "text": text,
            "events": [{"type": etype, "actor": actor, "recipient": [r for r in recipient if r not in actor],
                        "required": True}]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--show", action="store_true", help="print each missed or wrong record")
    args = parser.parse_args()
    records, broken = load_records(args.path)
    res = load_resources()
    scan, words = res.gazetteer.country_scan, res.gazetteer.country_words

    def countries(text: str) -> set[str]:
        return {words[m.group()] for m in scan.finditer(text)}

    items = [i for i in (to_item(r, countries) for r in records) if i is not None]
    totals: collections.Counter[str] = collections.Counter()
    by_type: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for item in items:
        published = dt.date.fromisoformat(item["published"]) if item.get("published") else None
        coded = code_document(doc_id=str(item["id"]), text=item["text"], published_date=published, resources=res)
        r = score_item(item, coded)
        for k in ("pred", "gold", "tp", "found"):
            totals[k] += int(r[k])
            by_type[item["events"][0]["type"]][k] += int(r[k])
        if args.show and (r["missed"] or r["wrong"]):
            print(item["id"], item["events"][0]["type"], item["events"][0]["actor"], "->",
                  item["events"][0]["recipient"], "| got", sorted({(e.event_type, e.actor_codes, e.recipient_codes)
                                                                  for e in coded}), "|", item["text"][:160])
    print(f"{len(records)} records ({broken} more do not parse), {len(items)} scored (the others have a party with no "
          "code of the ontology)")
    for name, t in sorted(by_type.items()):  # (every dyad predicted for a record counts under its gold type)
        print(f"  {name:10} recall {t['found'] / t['gold'] if t['gold'] else 0.0:.3f} (gold {t['gold']})")
    print(f"all: {_line(totals)}")


def _line(t: collections.Counter[str]) -> str:
    p = t["tp"] / t["pred"] if t["pred"] else 0.0
    r = t["found"] / t["gold"] if t["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f1:.3f} (gold {t['gold']}, predicted {t['pred']})"


if __name__ == "__main__":
    main()
