"""bench/eval_heldout.py scores dyads the way ../shared/eval/score.py does (the held-out figures in the README rest on it)."""

from __future__ import annotations

import importlib.util
from types import SimpleNamespace

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("eval_heldout", ROOT / "bench" / "eval_heldout.py")
assert _SPEC is not None and _SPEC.loader is not None
heldout = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(heldout)


def _event(etype: str, actors: tuple[str, ...], recipients: tuple[str, ...], sentence: str = "",
           quantity: float | None = None) -> SimpleNamespace:
    return SimpleNamespace(event_type=etype, actor_codes=actors, recipient_codes=recipients, mode=None, status="actual",
                           mention=SimpleNamespace(sentence=sentence), quantity=quantity, killed=None, injured=None)


def _item(*events: tuple[str, list[str], list[str]]) -> dict:
    return {"events": [{"type": t, "actor": a, "recipient": r, "status": "actual"} for t, a, r in events]}


def test_a_prediction_without_a_recipient_does_not_match_gold_with_one() -> None:
    r = heldout.score_item(_item(("ACCUSE", ["BRA"], ["ECU"])), [_event("ACCUSE", ("BRA",), ())])
    assert (r["tp"], r["found"], r["pred"], r["gold"]) == (0, 0, 1, 1)


def test_gold_without_a_recipient_is_found_by_any_recipient() -> None:
    r = heldout.score_item(_item(("PROTEST", ["GEO"], [])), [_event("PROTEST", ("GEO",), ("GEO",))])
    assert (r["tp"], r["found"]) == (1, 1)


def test_exact_dyads_and_unordered_meetings() -> None:
    r = heldout.score_item(_item(("SANCTION", ["POL"], ["RUS"]), ("CONSULT", ["USA", "RUS"], [])),
                           [_event("SANCTION", ("POL",), ("RUS",)), _event("CONSULT", ("RUS",), ("USA",)),
                            _event("SANCTION", ("POL",), ("BLR",))])
    assert (r["tp"], r["found"], r["pred"], r["gold"]) == (2, 2, 3, 2)


def test_optional_gold_counts_for_precision_only() -> None:
    item = {"events": [{"type": "AID", "actor": ["JPN"], "recipient": ["PHL"], "required": False}]}
    r = heldout.score_item(item, [_event("AID", ("JPN",), ("PHL",))])
    assert (r["tp"], r["found"], r["gold"]) == (1, 0, 0)


def test_counts_are_judged_on_the_prediction_whose_sentence_matches_the_gold_evidence() -> None:
    item = {"events": [
        {"type": "SANCTION", "actor": ["POL"], "recipient": ["RUS"], "quantity": 45,
         "evidence": "Poland expelled 45 Russian diplomats in March"},
        {"type": "SANCTION", "actor": ["POL"], "recipient": ["RUS"], "quantity": 12,
         "evidence": "Warsaw ordered 12 more Russian diplomats out in June"},
        {"type": "ACCUSE", "actor": ["POL"], "recipient": ["RUS"], "killed": 3, "evidence": "Poland accused Russia"},
    ]}
    coded = [_event("SANCTION", ("POL",), ("RUS",), "In June Warsaw ordered 12 more Russian diplomats out.", 12.0),
             _event("SANCTION", ("POL",), ("RUS",), "Poland expelled 45 Russian diplomats in March.", 40.0)]
    r = heldout.score_item(item, coded)
    # The 12 maps to the June expulsion (right), the 40 to March's 45 (wrong); the ACCUSE is not found.
    assert (r["quantity"], r["quantity_n"], r["killed"], r["killed_n"]) == (1, 2, 0, 0)


def test_story_merge_scoring_counts_merged_stories_and_mixed_events(tmp_path: Path) -> None:
    """bench/eval_stories.py: one expulsion told by two outlets is merged; a second expulsion a month later is not mixed in."""
    import json
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from eval_stories import score_file

    from pipeline.extract import load_resources

    def article(aid: str, published: str, text: str, evidence: str, story: str, n: int) -> str:
        event = {"type": "SANCTION", "mode": "expel", "actor": ["POL"], "recipient": ["RUS"], "status": "actual",
                 "quantity": n, "required": True, "evidence": evidence, "story": story}
        return json.dumps({"id": aid, "published": published, "source": aid, "text": text, "events": [event]}) + "\n"

    first = "WARSAW, March 5 - Poland expelled three Russian diplomats on Tuesday over alleged spying, the ministry said."
    second = "WARSAW - Polish authorities expelled three Russian diplomats on Tuesday, accusing them of espionage."
    later = "WARSAW - Poland expelled five Russian diplomats on Monday, weeks after an arson attack on a market."
    path = tmp_path / "stories.jsonl"
    path.write_text(article("a", "2024-03-05", "Poland expels diplomats\n\n" + first, first, "S1", 3)
                    + article("b", "2024-03-07", "Warsaw orders envoys out\n\n" + second, second, "S1", 3)
                    + article("c", "2024-04-09", "Poland expels more diplomats\n\n" + later, later, "S2", 5), encoding="utf-8")
    r = score_file(path, load_resources(), show=False)
    assert (r["told"], r["merged"], r["found"], r["merged_found"], r["mixed"]) == (1, 1, 1, 1, 0)
