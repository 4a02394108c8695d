"""Precision on text the coder was not written for: each ambiguous construction, and a near sentence that still codes."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from pipeline.extract import CodedEvent, CoderResources, code_document, load_resources
from pipeline.extract.triggers import match_triggers

FRIDAY = dt.date(2024, 6, 28)


@lru_cache(maxsize=1)
def resources() -> CoderResources:
    """The coder's knowledge, loaded once for the module."""
    return load_resources()


def code(text: str) -> list[CodedEvent]:
    """Code one document published on a Friday."""
    return code_document(doc_id="t", text=text, published_date=FRIDAY, resources=resources(),
                         published_precision="day")


def kinds(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(type, actors, recipients) of every event of a text."""
    return [(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)]


# Each pair: a text that must yield no event, and a near one that must still yield the given event.
# Every "bad" text was coded (wrongly) by the coder before these rules.
PAIRS = [
    # "demand" as a noun, not a verb of requesting.
    ("China says tariff demands may expand the US trade deal.",
     "Russia demands security guarantees from NATO.", ("REQUEST", ("RUS",), ("NATO",))),
    # "talks" as a noun: the phone rule wants the verb.
    ("Trump brought drama to the trade talks with China.",
     "Trump talked with Xi Jinping by phone on Tuesday.", ("CONSULT", ("USA", "CHN"), ())),
    ("Assange is an Australian. He is accused of participating in leaks of Swedish government secrets.",
     "Sweden accused Russia of leaking government secrets.", ("ACCUSE", ("SWE",), ("RUS",))),
    ("Hong Kong 'threatened with Chinese military intervention'",
     "China threatened Hong Kong with military intervention.", ("THREATEN", ("CHN",), ("HKG",))),
    ("Two US soldiers killed in Afghanistan crash.",
     "Russian forces killed 12 Ukrainian soldiers near Kharkiv.", ("ASSAULT", ("RUS",), ("UKR",))),
    # A question does not report an event.
    ("Did Trump threaten Ukraine with a cut in aid?",
     "Trump threatened Ukraine with a cut in aid.", ("THREATEN", ("USA",), ("UKR",))),
    # What was asked for or pushed for is not an act.
    ("The campaign to get Ukraine to investigate Joe Biden failed.",
     "Ukraine investigated Joe Biden.", ("ACCUSE", ("UKR",), ("USA",))),
    ("The envoy never urged Ukraine to investigate Joe Biden.",
     "Ukraine investigated Joe Biden.", ("ACCUSE", ("UKR",), ("USA",))),
    ("Mr. Trump saw the request to investigate Ukrainian energy company Burisma as tantamount to investigating Biden.",
     "Ukraine investigated Joe Biden.", ("ACCUSE", ("UKR",), ("USA",))),
    # "a high-profile meeting with X": a noun; the sentence's subject did not take part.
    ("Beijing is concerned about his abrupt departure from a high-profile meeting in Hanoi with North Korea's leader.",
     "Beijing is worried. China was meeting North Korea's leader in Hanoi.", ("CONSULT", ("CHN", "PRK"), ())),
    # A new clause with its own (unknown) subject: the earlier actor did not do it.
    ("The United Nations stressed the settlements were illegal, while the Lions Club condemned the US.",
     "The United Nations stressed the settlements were illegal, while the European Union condemned the US.",
     ("ACCUSE", ("EU",), ("USA",))),
    # A warning that predicts something about a party is not a threat to it.
    ("Trump warns EU can't defend itself.",
     "Beijing warns US diplomat over Hong Kong bill.", ("THREATEN", ("CHN",), ("USA",))),
    # Ties with businesses are not relations with the country their goods come from.
    ("Lawmakers in two U.S. cities cut ties with businesses involved with beef imports from Brazil",
     "Brazil cut ties with Venezuela on Monday.", ("SANCTION", ("BRA",), ("VEN",))),
    # A demonym qualifying a company or product is an adjective, not an actor.
    ("The US praised the Chinese smartphone maker Xiaomi.",
     "The US praised the Chinese government.", ("SUPPORT", ("USA",), ("CHN",))),
    ("The Japanese company provided first aid kits to Indian hospitals.",
     "Japan provided aid to India.", ("AID", ("JPN",), ("IND",))),
    ("Spain's striker attacked the French defence relentlessly.",
     "Russia attacked Ukraine on Monday.", ("ASSAULT", ("RUS",), ("UKR",))),
    # ... and so is a country's possessive on a company's name, known by the word that ends it.
    ("Japan's Nippon Steel criticised the US decision to block its takeover of U.S. Steel.",
     "Japan's Energy Minister criticised the US decision.", ("ACCUSE", ("JPN",), ("USA",))),
    ("South Korea's Hyundai Motor Group accused China of copying its designs.",
     "South Korea accused China of copying its designs.", ("ACCUSE", ("KOR",), ("CHN",))),
    ("Seven & i Holdings, the Japanese owner of 7-Eleven, rejected a takeover proposal from Canada.",
     "Japan rejected a proposal from Canada.", ("REJECT", ("JPN",), ("CAN",))),
    ("Argentina's coach praised the Brazilian referee.",
     "Argentina's president praised the Brazilian government.", ("SUPPORT", ("ARG",), ("BRA",))),
    ("Indian fans urged the Australian team to apologise.",
     "India urged the Australian government to apologise.", ("REQUEST", ("IND",), ("AUS",))),
    # A place name inside the name of a paper, bank, team or another place is not that country.
    ("American Airlines cut ties with the Chinese supplier.",
     "America cut ties with China.", ("SANCTION", ("USA",), ("CHN",))),
    ("The Swiss watchmaker met Chinese buyers at the fair.",
     "The Swiss president met Chinese officials at the fair.", ("CONSULT", ("CHE", "CHN"), ())),
    ("The Washington Post accused China of hacking.",
     "Washington accused China of hacking.", ("ACCUSE", ("USA",), ("CHN",))),
    ("New Jersey Governor Phil Murphy met Israeli officials.",
     "Britain's Prime Minister met Israeli officials.", ("CONSULT", ("GBR", "ISR"), ())),
    # A surname after another first name is a relative, not the office holder.
    ("Critics said Ivanka Trump accused China of stealing designs.",
     "Critics said Mr. Trump accused China of stealing designs.", ("ACCUSE", ("USA",), ("CHN",))),
    ("Trump asked Barr to investigate Ukrainian energy company Burisma.",
     "Trump asked Ukrainian officials to investigate Burisma.", ("REQUEST", ("USA",), ("UKR",))),
]


@pytest.mark.parametrize(("bad", "good", "want"), PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_ambiguous_construction_yields_no_event(bad: str, good: str, want: tuple | None) -> None:
    assert kinds(bad) == []
    if want is None:
        assert kinds(good) != []
    else:
        assert want in kinds(good), kinds(good)


def test_a_passive_arrest_never_makes_the_target_the_actor() -> None:
    # An active-voice rule once read this passive with Ukraine as the one arresting; the passive rule reads it right.
    assert kinds("Ukraine said two of its journalists were arrested by Russia.") == [("COERCE", ("RUS",), ("UKR",))]
    assert ("COERCE", ("RUS",), ("UKR",)) in kinds("Russia arrested two Ukrainian journalists on Monday.")


def test_active_perfect_with_fronted_object_is_still_a_threat() -> None:
    got = kinds("Putin signed a pact with Pyongyang, which Washington has threatened with obliteration.")
    assert any(t == "THREATEN" and a == ("USA",) for t, a, _ in got), got


def test_progressive_is_not_taken_for_a_passive() -> None:
    got = kinds("Russia is deploying 10,000 troops near Ukraine.")
    assert ("MOBILIZE", ("RUS",), ("UKR",)) in got, got


def test_verbal_attack_is_criticism_not_assault() -> None:
    assert kinds("Italy's Salvini launches new attack on Brussels over its budget policies.") == [
        ("ACCUSE", ("ITA",), ("EU",))]
    assert ("ASSAULT", ("RUS",), ("UKR",)) in kinds("Russia launched a new attack on Kyiv overnight.")


def test_coordinated_verb_after_a_colon_takes_the_subject_of_its_clause() -> None:
    got = kinds("Hong Kong chaos: China deploys troops and warns Hong Kong against protests")
    assert ("THREATEN", ("CHN",), ("HKG",)) in got and not [k for k in got if k[1] == ("HKG",)], got


def test_a_tax_or_tariffs_rescinded_are_read_as_a_concession() -> None:
    book = resources().triggers
    for text in ("Canada rescinded its digital services tax late on Sunday",
                 "India revoked the retaliatory tariffs on Monday"):
        assert "reverse-decision" in [m.rule.id for m in match_triggers(text, text.lower(), book)], text


def test_institution_met_and_noun_demand_are_not_triggers() -> None:
    book = resources().triggers
    for text in ("he was held by Met Police officers at the embassy",
                 "given weak consumption or investment demand and high borrowing"):
        assert [m.rule.id for m in match_triggers(text, text.lower(), book)] == [], text
    for text, rule in (("Putin met Xi in Beijing", "meet"), ("Moscow demands from the West a promise", "demand")):
        assert rule in [m.rule.id for m in match_triggers(text, text.lower(), book)], text


@pytest.mark.parametrize(("text", "want"), [
    ("The EU froze the assets of Russia's central bank.", ("SANCTION", ("EU",), ("RUS",))),
    ("Russian forces killed two Ukrainian men near Kharkiv.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("Russia arrested three American tourists.", ("COERCE", ("RUS",), ("USA",))),
    ("Critics said Ivanka Trump was wrong; Secretary Blinken met Chinese officials.", ("CONSULT", ("USA", "CHN"), ())),
])
def test_state_and_people_heads_still_code(text: str, want: tuple) -> None:
    assert want in kinds(text), kinds(text)


@pytest.mark.parametrize("text, want", [
    ("The United States declined to send arms to Ukraine.", [("REJECT", ("USA",), ("UKR",))]),
    ("The Russians were pleased; Obama declined to send arms to Ukraine.", []),  # (a name of no known state)
])
def test_declining_to_act_is_a_refusal_not_the_act(text: str, want: list) -> None:
    assert kinds(text) == want, kinds(text)


@pytest.mark.parametrize("text, want", [
    # Where the crowd came from, or the side of a border fired into, is a place, not the crowd.
    ("U.S. border agents fired tear gas into Mexico on Sunday to drive back hundreds of migrants.", []),
    ("Greek police fired tear gas at thousands of migrants trying to cross the border from Turkey.", []),
    ("Thai riot police fired water cannon at Cambodian protesters on Friday.", [("ASSAULT", ("THA",), ("KHM",))]),
])
def test_crowd_control_never_strikes_where_the_crowd_came_from(text: str, want: list) -> None:
    assert kinds(text) == want, kinds(text)


def test_a_cited_source_is_never_the_one_struck() -> None:
    got = kinds("Haftar launched his offensive to seize Tripoli on April 4, and fighting on the capital's outskirts has "
                "since killed more than 1,000 people, according to the World Health Organization.")
    assert not [k for k in got if "UN" in k[2]], got


def test_troops_and_vehicles_sent_to_ones_own_border_are_a_deployment_not_help() -> None:
    got = kinds("Bulgaria sent 1,000 troops and armoured vehicles to its own border with Turkey over the weekend.")
    assert ("MOBILIZE", ("BGR",), ("TUR",)) in got and not [k for k in got if k[0] == "AID"], got
    assert ("AID", ("DEU",), ("UKR",)) in kinds("Germany sent ammunition and armoured vehicles to Ukraine on Monday.")


def test_greek_cypriots_are_cyprus() -> None:
    got = kinds("The Greek Cypriot administration accused Ankara of violating the island's sovereign rights.")
    assert got == [("ACCUSE", ("CYP",), ("TUR",))], got


def test_a_place_in_a_relative_clause_does_not_speak_for_an_unknown_subject() -> None:
    got = kinds("Exiled former president Mohamed Nasheed, who lives in Colombo, called on New Delhi to send an envoy.")
    assert not [k for k in got if "LKA" in k[1]], got
    assert ("REQUEST", ("PRK",), ("KOR",)) in kinds(
        "Kim Yo Jong, the sister of North Korean leader Kim Jong Un, urged Seoul to stop the leaflets.")


@pytest.mark.parametrize("text, want", [
    # A name after "in" is where one is held, not whom one holds ("jailed for life in UAE" is a reduced passive).
    ("British academic Matthew Hedges jailed for life in UAE on spying charges", []),
    ("Russia and Lithuania freed a Norwegian border inspector jailed in Moscow, officials said.", []),
    ("A court in Belarus sentenced German national Rico Krieger to death.", [("SANCTION", ("BLR",), ("DEU",))]),
    ("Russia arrested two Lithuanian citizens in Moscow.", [("COERCE", ("RUS",), ("LTU",))]),
])
def test_a_place_after_in_is_not_the_one_arrested_or_jailed(text: str, want: list) -> None:
    assert [k for k in kinds(text) if k[0] in ("COERCE", "SANCTION")] == want, kinds(text)


def test_ordering_non_essential_staff_out_of_ones_own_embassy_is_no_expulsion() -> None:
    assert kinds("The United States ordered non-essential staff to leave its embassy in N'Djamena at the weekend.") == []
    assert ("SANCTION", ("TCD",), ("USA",)) in kinds("Chad ordered the US ambassador to leave the country.")
