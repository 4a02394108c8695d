"""The coder on one construction at a time: voice, lists, modality, speech, dates, quantities, actors."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from pipeline.extract import CodedEvent, CoderResources, code_document, load_resources

FRIDAY = dt.date(2024, 6, 28)


@lru_cache(maxsize=1)
def resources() -> CoderResources:
    """The coder's knowledge, loaded once for the module."""
    return load_resources()


def code(text: str, published: dt.date | None = FRIDAY, precision: str = "day") -> list[CodedEvent]:
    """Code one document and check every mention slices back to its sentence."""
    events = code_document(doc_id="t", text=text, published_date=published, resources=resources(),
                           published_precision=precision)  # type: ignore[arg-type]
    for e in events:
        assert text[e.mention.char_start:e.mention.char_end] == e.mention.sentence
    return events


def coded_dyads(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(type, actors, recipients) of every event coded in text."""
    return {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)}


def one(events: list[CodedEvent], event_type: str) -> CodedEvent:
    """The single event of a type."""
    hits = [e for e in events if e.event_type == event_type]
    assert len(hits) == 1, [(e.event_type, e.actor_codes, e.recipient_codes) for e in events]
    return hits[0]


def test_active_voice_expulsion_with_quantity_and_weekday() -> None:
    e = one(code("Estonia expelled five Russian diplomats on Monday."), "SANCTION")
    assert (e.actor_codes, e.recipient_codes, e.mode) == (("EST",), ("RUS",), "expel")
    assert (e.quantity, e.quantity_unit, e.status) == (5, "diplomats", "actual")
    assert (e.event_date, e.date_precision) == (dt.date(2024, 6, 24), "day")


def test_passive_voice_takes_the_agent_as_actor() -> None:
    e = one(code("Twelve Russian diplomats were expelled by Norway on March 3."), "SANCTION")
    assert (e.actor_codes, e.recipient_codes, e.quantity) == (("NOR",), ("RUS",), 12)
    assert e.event_date == dt.date(2024, 3, 3)


def test_compound_actor_is_one_event_with_all_members() -> None:
    e = one(code("Italy, Spain, and Denmark expelled a total of 70 Russian diplomats."), "SANCTION")
    assert e.actor_codes == ("ITA", "ESP", "DNK") and e.recipient_codes == ("RUS",) and e.quantity == 70


def test_respectively_splits_into_one_event_per_actor() -> None:
    events = code("Russia's envoys were hit hard: Germany and France expelled 35 and 40 Russian diplomats, respectively.")
    got = sorted((e.actor_codes, e.quantity) for e in events if e.event_type == "SANCTION")
    assert got == [(("DEU",), 35), (("FRA",), 40)]


def test_negated_act_is_not_coded() -> None:
    assert not [e for e in code("Japan did not expel any Russian diplomats.") if e.event_type == "SANCTION"]


def test_denied_intention_is_not_an_actual_attack() -> None:
    assert all(e.status != "actual" or e.event_type != "ASSAULT"
               for e in code("Moscow denies any intention to attack Ukraine."))


def test_considering_an_act_is_a_threat_with_its_content_as_mode() -> None:
    e = one(code("Russia is considering downgrading relations with the West."), "THREATEN")
    assert (e.actor_codes, e.recipient_codes, e.mode, e.status) == (("RUS",), ("WEST",), "relations", "threatened")


def test_wont_rule_out_and_conditional_target() -> None:
    e = one(code("If Western countries continue to expel Russian diplomats, Moscow won't rule out severing ties."),
            "THREATEN")
    assert (e.actor_codes, e.recipient_codes, e.mode) == (("RUS",), ("WEST",), "relations")


def test_if_clause_is_not_asserted() -> None:
    events = code("If Poland closes its border, Belarus will respond decisively.")
    assert not [e for e in events if e.actor_codes == ("POL",)]
    e = one(events, "THREATEN")
    assert (e.actor_codes, e.recipient_codes) == (("BLR",), ("POL",))


def test_reported_speech_codes_the_reported_act() -> None:
    e = one(code("Lavrov said Moscow would expel ten Estonian diplomats."), "SANCTION")
    assert (e.actor_codes, e.recipient_codes, e.status) == (("RUS",), ("EST",), "planned")


def test_promise_to_arm_is_agree() -> None:
    e = one(code("Copenhagen and Amsterdam have said they will arm Ukraine with F-16 fighter jets."), "AGREE")
    assert (e.actor_codes, e.recipient_codes, e.status) == (("DNK", "NLD"), ("UKR",), "planned")


def test_capital_metonyms() -> None:
    e = one(code("Washington imposed new sanctions on Pyongyang."), "SANCTION")
    assert (e.actor_codes, e.recipient_codes, e.mode) == (("USA",), ("PRK",), "discontinue")


def test_officials_by_title_and_by_learnt_surname() -> None:
    text = ("Estonian Foreign Minister Margus Tsahkna spoke on Tuesday.\n\n"
            "Tsahkna condemned the Kremlin for the attack.")
    e = one(code(text), "ACCUSE")
    assert (e.actor_codes, e.recipient_codes, e.mode) == (("EST",), ("RUS",), "disapprove")


def test_curated_official_surname_after_full_name() -> None:
    text = "National Security Advisor Jake Sullivan spoke on Thursday. Sullivan urged Moscow to de-escalate."
    e = one(code(text), "REQUEST")
    assert (e.actor_codes, e.recipient_codes, e.mode) == (("USA",), ("RUS",), "change")


def test_unqualified_ministry_is_the_dominant_country() -> None:
    text = "Russia and Ukraine traded blame. The Foreign Ministry accused Kyiv of sabotage. Moscow said so."
    # (The first sentence is two accusations, one each way; the ministry's is the second sentence's.)
    e = [x for x in code(text) if x.mention.sentence.startswith("The Foreign Ministry")]
    assert [(x.event_type, x.actor_codes, x.recipient_codes) for x in e] == [("ACCUSE", ("RUS",), ("UKR",))]


def test_meeting_lists_all_participants() -> None:
    e = one(code("On Thursday, the Russians met with the OSCE in Vienna."), "CONSULT")
    assert set(e.actor_codes) == {"RUS", "OSCE"} and e.mode == "multilateral" and e.recipient_codes == ()


def test_historical_background_is_dated_to_its_year() -> None:
    e = one(code("In 2018, Russia briefly stationed bombers near the border with Venezuela."), "MOBILIZE")
    assert (e.status, e.event_date, e.date_precision) == ("historical", dt.date(2018, 1, 1), "year")


def test_casualties_and_heavy_weapons_mode() -> None:
    e = one(code("Kiev launched missile strikes on Crimea, leaving four Russians dead and well over 100 wounded."),
            "ASSAULT")
    assert (e.actor_codes, e.recipient_codes, e.mode) == (("UKR",), ("RUS",), "heavy-weapons")
    assert (e.killed, e.injured) == (4, 100)


def test_money_quantity() -> None:
    e = one(code("The EU approved the transfer of more than a billion dollars' worth of arms to Ukraine."), "AID")
    assert (e.actor_codes, e.recipient_codes, e.quantity, e.quantity_unit) == (("EU",), ("UKR",), 1e9, "usd")


def test_troop_buildup_with_number_words() -> None:
    e = one(code("Russia has gathered an estimated 100 thousand soldiers on the border with Ukraine."), "MOBILIZE")
    assert (e.recipient_codes, e.quantity, e.quantity_unit, e.mode) == (("UKR",), 100_000, "troops", "troops")


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Indian artillery fire killed four civilians and a soldier and wounded 12 others, Pakistan said.", 5, 12),
    ("A Cambodian soldier was killed on Wednesday in an exchange of fire with Thai troops, Cambodia said.", 1, None),
    ("Indian border guards shot dead a Bangladeshi teenager along the frontier, Bangladesh said.", 1, None),
    ("Pakistani air strikes on two eastern provinces had killed eight people, Afghanistan said.", 8, None),
    ("Israeli strikes killed at least 45 people and wounded dozens in Gaza on Monday.", 45, None),
    ("The Israeli strike killed a Hamas commander and 11 others in Gaza, Palestinian officials said.", 12, None),
    # Near misses: soldiers with no number are no count (not one); the wounded are not added to the dead; one killed
    # in another incident.
    ("Russian shelling killed soldiers near Kharkiv, Ukraine said.", None, None),
    ("The Russian strike killed 4 civilians and 20 others were wounded in Kharkiv, Ukraine said.", 4, 20),
    ("Israeli jets hit Rafah on Monday, a day after a Hamas commander was killed in Lebanon.", None, None),
    ("An Israeli strike on Monday killed a Hamas commander in Gaza and 11 others were wounded.", 1, 11),
    ("Two Russian drones killed a man in Kherson on Monday, Ukraine said.", 1, None),
    # Of two counts, the one nearest the attack.
    ("Ukraine said 3 of its soldiers were killed on Monday and that its strikes had killed 50 Russian troops.", 50,
     None),
])
def test_casualty_counts(text: str, killed: int | None, injured: int | None) -> None:
    e = one(code(text), "ASSAULT")
    assert (e.killed, e.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Russian missiles struck Kharkiv on Monday, Ukraine said. Three people were killed and 12 wounded, the governor "
     "said.", 3, 12),
    # Near misses: another incident, another paragraph.
    ("Israel struck Gaza on Monday, Palestinian officials said. Separately, two people were killed in the West Bank.",
     None, None),
    ("Israel struck Gaza on Monday, Palestinian officials said.\n\nTwo people were killed in a crash on Tuesday.",
     None, None),
])
def test_an_attacks_casualties_told_in_the_next_sentence(text: str, killed: int | None, injured: int | None) -> None:
    e = one(code(text), "ASSAULT")
    assert (e.killed, e.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "etype", "quantity", "unit"), [
    ("Britain expelled twenty-three Russian diplomats on Monday.", "SANCTION", 23, "diplomats"),
    ("Iraq expelled Sweden's ambassador on Thursday.", "SANCTION", 1, "diplomats"),
    ("Montenegro declared Serbian Ambassador Vladimir Bozovic persona non grata.", "SANCTION", 1, "diplomats"),
    ("North Korea fired two short-range ballistic missiles into the sea on Tuesday, South Korea said.", "MOBILIZE", 2,
     "missiles"),
    ("Iran fired about 180 ballistic missiles at Israel on Tuesday.", "ASSAULT", 180, "missiles"),
    ("Pakistan on Monday released 100 Indian fishermen from a jail in Karachi.", "RETREAT", 100, "people"),
    ("Rwanda on Monday handed over two Congolese soldiers to Congo.", "RETREAT", 2, "people"),
    ("South Korea imposed sanctions on 11 North Korean individuals and four entities.", "SANCTION", 15, "items"),
    ("China raised tariffs on $60 billion of U.S. goods on Monday.", "SANCTION", 60e9, "usd"),
    # The amount in its currency, or its conversion in brackets; a count of the passive's subject.
    ("Canada slapped retaliatory tariffs on C$30 billion ($20.7 billion) of U.S. goods on Tuesday.", "SANCTION",
     20.7e9, "usd"),
    ("Australia will provide an additional A$20 million in budget support to Nauru.", "AGREE", 20e6, "aud"),
    ("Turkey decided to halt exports and imports worth some $7 billion a year with Israel.", "SANCTION", 7e9, "usd"),
    ("More than 200 people have been detained by Belarusian police, the opposition said.", "COERCE", 200, "people"),
    ("The first contingent of 400 Kenyan police officers landed in Port-au-Prince on Tuesday.", "MOBILIZE", 400,
     "people"),
    ("Israel freed 90 Palestinian prisoners early on Monday.", "RETREAT", 90, "people"),
    ("Russia called up 300,000 reservists to fight in Ukraine.", "MOBILIZE", 300_000, "reservists"),
    ("Pakistani forces shot down five Indian aircraft, Pakistan said.", "ASSAULT", 5, "aircraft"),
    ("Canada imposed retaliatory tariffs on $30-billion worth of American goods on Tuesday.", "SANCTION", 30e9, "usd"),
    ("Saudi Arabia signed a $3.2 billion deal with South Korea on Monday to buy air defence systems.", "COOPERATE",
     3.2e9, "usd"),
    ("Iranian authorities arrested a French national on spying charges on Monday.", "COERCE", 1, "people"),
    ("About 300 Palestinian prisoners were released by Israel on Monday.", "RETREAT", 300, "people"),
    ("Iran fired 120 ballistic missiles and 170 drones at Israel on Monday.", "ASSAULT", 290, "items"),
    ("Turkey halted all trade with Israel on Monday, worth as much as $7 billion a year.", "SANCTION", 7e9, "usd"),
    ("Iran released a French tourist and two Britons on Monday.", "RETREAT", 3, "people"),
    # Near misses: the parties addressed, time, the ambassadors of two states, an attack's dead, an envoy's family, a
    # calendar day, a person's lawyer, a ship.
    ("Russia arrested a French national's lawyer in Moscow on Monday.", "COERCE", None, None),
    ("The Group of Seven imposed sanctions on Russia on Monday.", "SANCTION", None, None),
    ("Russia arrested an American on Monday over a $2 million fraud, Russian police said.", "COERCE", None, None),
    ("Iran seized a British-flagged tanker in the Gulf on Monday.", "COERCE", None, None),
    ("Turkey mediated talks between Somalia and Ethiopia in Ankara on Aug. 12.", "CONSULT", None, None),
    ("India accused Pakistan of shelling its posts on Sunday. China urged the two countries to resolve their "
     "differences through dialogue.", "REQUEST", None, None),
    ("Russia expelled the ambassadors of Estonia and Latvia on Monday.", "SANCTION", None, None),
    ("Israeli strikes killed at least 45 people in Gaza on Monday.", "ASSAULT", None, None),
    ("Russia expelled the Estonian ambassador's family from Moscow on Monday.", "SANCTION", None, None),
])
def test_the_number_that_counts_an_acts_object(text: str, etype: str, quantity: float | None, unit: str | None) -> None:
    e = one(code(text), etype)
    assert (e.quantity, e.quantity_unit) == (quantity, unit)


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("Esper announced that the U.S. will provide Vietnam's coast guard with a surplus American ship.", "AGREE",
     ("USA",), ("VNM",)),
    ("Russia's foreign ministry said it viewed Washington's move as a provocation.", "ACCUSE", ("RUS",), ("USA",)),
])
def test_a_ship_provided_and_a_move_viewed_as_a_provocation(text: str, etype: str, actor: tuple[str, ...],
                                                             recipient: tuple[str, ...]) -> None:
    e = one(code(text), etype)
    assert (e.actor_codes, e.recipient_codes) == (actor, recipient)


def test_a_move_viewed_as_constructive_is_no_accusation() -> None:
    assert not [e for e in code("India's foreign ministry said it viewed Pakistan's move as constructive.")
                if e.event_type == "ACCUSE"]


def test_money_of_another_act_is_not_this_acts() -> None:
    events = code("China banned imports of U.S. poultry on Monday after Washington froze $5 billion of Chinese assets.")
    assert {(e.actor_codes, e.quantity) for e in events if e.event_type == "SANCTION"} == {
        (("CHN",), None), (("USA",), 5e9)}


def test_each_side_of_an_exchange_gets_its_count_and_a_calendar_day_is_none() -> None:
    events = code("Ukraine and Russia exchanged 115 prisoners of war each on Aug. 24, Zelensky said.")
    assert sorted((e.actor_codes, e.quantity, e.quantity_unit) for e in events if e.event_type == "RETREAT") == [
        (("RUS",), 115, "people"), (("UKR",), 115, "people")]


def test_a_swap_gives_each_side_its_own_count() -> None:
    events = code("The Taliban released two Western hostages on Tuesday. The Afghan government and the Taliban had agreed "
                  "on the exchange last week. The Taliban swapped two Western hostages for three of its commanders "
                  "held by the Afghan government, officials in Kabul said.")
    swap = {e.actor_codes: e.quantity for e in events if e.event_type == "RETREAT" and "swapped" in e.mention.sentence}
    assert swap == {("AFG",): 2, ("WEST",): 3}


@pytest.mark.parametrize(("cue", "date", "precision"), [
    ("on Tuesday", dt.date(2024, 6, 25), "day"),
    ("on Friday", dt.date(2024, 6, 28), "day"),
    ("on March 29", dt.date(2024, 3, 29), "day"),
    ("last week", dt.date(2024, 6, 21), "week"),
    ("earlier this month", dt.date(2024, 6, 28), "month"),
    ("recently", dt.date(2024, 6, 28), "month"),
    # Publication is Friday 28 June 2024: "last Friday" is the week before, not the day itself.
    ("last Friday", dt.date(2024, 6, 21), "day"),
    ("last Tuesday", dt.date(2024, 6, 25), "day"),
    ("two days ago", dt.date(2024, 6, 26), "day"),
    ("3 days ago", dt.date(2024, 6, 25), "day"),
    ("several days ago", dt.date(2024, 6, 25), "week"),
    ("three weeks ago", dt.date(2024, 6, 7), "week"),
    ("a month ago", dt.date(2024, 5, 1), "month"),
    ("two years ago", dt.date(2022, 1, 1), "year"),
    ("in late May", dt.date(2024, 5, 1), "month"),
    ("in mid-June", dt.date(2024, 6, 1), "month"),
    ("mid-March", dt.date(2024, 3, 1), "month"),
    ("on May 3", dt.date(2024, 5, 3), "day"),
    ("on 12 May", dt.date(2024, 5, 12), "day"),
    ("this morning", dt.date(2024, 6, 28), "day"),
    ("over the weekend", dt.date(2024, 6, 22), "week"),
    ("at the end of May", dt.date(2024, 5, 1), "month"),
    ("in the first week of June", dt.date(2024, 6, 1), "month"),
    ("last December", dt.date(2023, 12, 1), "month"),
    ("in March 2024", dt.date(2024, 3, 1), "month"),
    ("in June last year", dt.date(2023, 6, 1), "month"),
    ("in early 2023", dt.date(2023, 1, 1), "year"),
    ("by the end of May", dt.date(2024, 6, 28), "week"),  # a deadline, not when it happened
])
def test_relative_dates_resolve_against_publication(cue: str, date: dt.date, precision: str) -> None:
    e = one(code(f"Latvia expelled two Russian diplomats {cue}."), "SANCTION")
    assert (e.event_date, e.date_precision) == (date, precision)


@pytest.mark.parametrize("text", [
    "Israeli strikes killed 20 people in Rafah on Monday, and health officials said 12 may be children.",
    "Police in Belarus arrested 3 May Day protesters on Monday, the opposition said.",
    "Israeli strikes on Monday killed 20 people in Gaza, where the war began after the October 2023 Hamas attack.",
])
def test_may_the_verb_may_day_and_a_named_month_are_no_event_date(text: str) -> None:
    events = code(text)
    assert events and all((e.event_date, e.date_precision, e.status) == (dt.date(2024, 6, 24), "day", "actual")
                          for e in events), [(e.event_date, e.status) for e in events]


def test_a_month_of_an_earlier_year_is_historical() -> None:
    e = one(code("Latvia expelled two Russian diplomats in June 2023."), "SANCTION")
    assert (e.event_date, e.date_precision, e.status) == (dt.date(2023, 6, 1), "month", "historical")


def test_no_year_and_no_publication_date_means_unknown() -> None:
    e = one(code("Latvia expelled two Russian diplomats on March 29.", published=None), "SANCTION")
    assert (e.event_date, e.date_precision) == (None, "unknown")


def test_copyright_year_only_gives_year_precision() -> None:
    e = one(code("Latvia expelled two Russian diplomats on Tuesday.", dt.date(2022, 1, 1), "year"), "SANCTION")
    assert (e.event_date.year if e.event_date else None, e.date_precision) == (2022, "year")


def test_adjectival_participle_is_not_a_verb() -> None:
    assert not code("Russian-backed separatists and Western-provided weapons were seen near Ukraine.")


def test_noun_use_of_a_trigger_is_not_an_event() -> None:
    assert not [e for e in code("Russia discussed the expulsion of diplomats with Poland.") if e.event_type == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Declared persona non grata with no agent: the mission's country is expelled by the one it serves in.
        ("Two staff members of Russia's embassy in Lithuania have been declared persona non grata and must leave by "
         "Sunday.", ("SANCTION", ("LTU",), ("RUS",))),
        ("The foreign ministry in Chisinau said an employee of the Russian embassy had been declared persona non grata.",
         ("SANCTION", ("MDA",), ("RUS",))),
        # Fighters storming a post or base, strikes on areas of a country, heavy weapons fired at posts.
        ("Militants from Somalia's al-Shabaab group stormed a police post in Kenya's Mandera county before dawn on Monday.",
         ("ASSAULT", ("SOM",), ("KEN",))),
        ("Pakistani aircraft struck two areas of eastern Afghanistan before dawn on Monday.", ("ASSAULT", ("PAK",), ("AFG",))),
        ("Afghan border forces fired heavy weapons at Pakistani military posts along the frontier.",
         ("ASSAULT", ("AFG",), ("PAK",))),
    ],
)
def test_acts_named_without_their_usual_subject_or_object(text: str, want: tuple) -> None:
    assert want in coded_dyads(text)


def test_a_later_phrases_agent_does_not_declare_persona_non_grata() -> None:
    events = code("Ambassador Joel Meyer was declared persona non grata on Monday over what Bamako called \"hostile\" "
                  "statements by French ministers.")
    assert not [e for e in events if e.event_type == "SANCTION" and e.actor_codes == ("FRA",)]


def test_a_speaker_is_not_the_subject_of_an_agentless_persona_non_grata() -> None:
    events = code("Russia's embassy said it regretted the decision. Linas Linkevičius told reporters in Vilnius that the "
                  "three had been declared persona non grata.")
    assert not [e for e in events if e.event_type == "SANCTION" and e.recipient_codes == ("LTU",)]


def test_places_struck_are_not_the_attacks_quantity() -> None:
    assert one(code("Pakistani aircraft struck two areas of eastern Afghanistan on Monday."), "ASSAULT").quantity is None


def test_latin_america_is_no_mention_of_the_united_states() -> None:
    events = code("Governments across Latin America, including Brazil, Colombia and Chile, condemned the raid. "
                  "Leaders in South America and Central America called for calm.")
    assert not [e for e in events if "USA" in e.actor_codes + e.recipient_codes]
    assert one(code("America condemned Russia on Monday."), "ACCUSE").actor_codes == ("USA",)


def test_forces_breaking_into_an_embassy_coerce_its_state() -> None:
    e = one(code("Ecuadorian police broke into the Mexican embassy in Quito on Friday."), "COERCE")
    assert (e.actor_codes, e.recipient_codes) == (("ECU",), ("MEX",))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mali ordered the French ambassador out on Monday.", ("SANCTION", ("MLI",), ("FRA",))),
        ("Tonga had appealed earlier this week to New Zealand and Australia for clean water.",
         ("REQUEST", ("TON",), ("NZL", "AUS"))),
        ("Australia has pledged A$1 million to Tonga.", ("AGREE", ("AUS",), ("TON",))),
    ],
)
def test_envoys_ordered_out_appeals_after_a_time_and_other_dollars_pledged(text: str, want: tuple) -> None:
    assert want in coded_dyads(text)


def test_supporters_ordered_out_are_no_expulsion() -> None:
    assert not [e for e in code("The opposition leader ordered his supporters out onto the streets of Bamako.")
                if e.event_type == "SANCTION"]


def test_a_navys_numbered_fleet_speaks_for_its_state() -> None:
    events = code("Iran's Revolutionary Guards seized a Panama-flagged oil tanker in the Strait of Hormuz on Wednesday. "
                  "The Fifth Fleet called the seizure \"unwarranted\" and called on Iran to release the vessel.")
    assert ("ACCUSE", ("USA",), ("IRN",)) in {(e.event_type, e.actor_codes, e.recipient_codes) for e in events}
    e = one(code("Russia's Black Sea Fleet shelled the port of Odesa on Monday."), "ASSAULT")
    assert (e.actor_codes, e.recipient_codes) == (("RUS",), ("UKR",))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Canada had credible allegations linking agents of the Indian government to the killing of a Sikh leader.",
         ("ACCUSE", ("CAN",), ("IND",))),
        ("Ukraine said it had evidence tying Russian military intelligence to the blasts.", ("ACCUSE", ("UKR",), ("RUS",))),
        ("Researchers in Canada found evidence linking smoking to cancer.", None),
    ],
)
def test_evidence_linking_a_party_to_an_act_accuses_it(text: str, want: tuple | None) -> None:
    got = {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text) if e.event_type == "ACCUSE"}
    assert got == ({want} if want else set())


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Washington says the Sept. 14 strikes on the Abqaiq plants were launched from Iran.", ("ACCUSE", ("USA",), ("IRN",))),
        ("Kyiv said the drones had been fired from Belarusian territory.", ("ACCUSE", ("UKR",), ("BLR",))),
        ("Al-Shabaab said it would continue attacks inside Kenya.", ("THREATEN", ("SOM",), ("KEN",))),
    ],
)
def test_attacks_launched_from_a_country_and_attacks_promised(text: str, want: tuple) -> None:
    assert want in coded_dyads(text)


def test_attacks_continued_are_no_threat() -> None:
    assert not [e for e in code("Russia continued its strikes on Kharkiv on Tuesday.") if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russia said on Monday that its ambassador had been summoned by the Estonian foreign ministry.",
         ("ACCUSE", ("EST",), ("RUS",))),
        ("Iran said that its charge d'affaires had been summoned in London.", ("ACCUSE", ("GBR",), ("IRN",))),
        ("The Russian embassy in Vilnius said that three of its diplomats had been declared persona non grata.",
         ("SANCTION", ("LTU",), ("RUS",))),
    ],
)
def test_a_speakers_own_envoy_is_still_the_passives_subject(text: str, want: tuple) -> None:
    assert want in coded_dyads(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The World Food Programme said it would continue operations in Sudan despite the fighting.", "THREATEN"),
        ("The Pentagon said the strikes on Houthi targets were launched from Qatar's Al Udeid air base.", "ACCUSE"),
        ("Britain's defence ministry said the Typhoon jets that carried out the strikes were launched from Cyprus.", "ACCUSE"),
        ("The new U.S. sanctions targeted areas of Iran's economy that fund its missile programme.", "ASSAULT"),
        ("Germany told Russian diplomats to carry out their duties within the law.", "SANCTION"),
        ("Japan fired a 21-gun artillery salute to welcome the Chinese president.", "ASSAULT"),
        ("Chinese tourists contributed $1.5 billion to Thailand's economy last year.", "AID"),
        ("Police stormed the prison to end a riot by inmates in Ecuador.", "ASSAULT"),
        ("The ministry said two attaches at the Russian embassy in Vilnius had gathered information on military "
         "infrastructure used by NATO allies.", "MOBILIZE"),
    ],
)
def test_ordinary_sentences_like_the_new_rules_code_nothing_of_that_kind(text: str, kind: str) -> None:
    assert not [e for e in code(text) if e.event_type == kind]


def test_a_measure_dismissed_on_twitter_answers_the_measure() -> None:
    text = ("The United States imposed sanctions on Iran's foreign minister Mohammad Javad Zarif on Wednesday. "
            "Zarif dismissed the step on Twitter.")
    assert ("REJECT", ("IRN",), ("USA",)) in coded_dyads(text)
    assert ("REJECT", ("SRB",), ("GBR",)) not in coded_dyads("Britain sanctioned Dodik. Serbia rejected the move on Monday.")


@pytest.mark.parametrize(
    ("text", "event_type", "mode"),
    [
        ("Ukrainian President Volodymyr Zelensky met German Chancellor Olaf Scholz in Berlin on Friday.", "CONSULT", "visit"),
        ("Hungarian Prime Minister Viktor Orban made an unannounced trip to Moscow on Friday to meet Vladimir Putin.",
         "CONSULT", "visit"),
        ("The foreign ministers of Egypt and Jordan met in Geneva on Friday.", "CONSULT", None),
        ("Israeli jets struck targets near Damascus early on Monday.", "ASSAULT", "aerial"),
        ("Zelensky appealed to Western allies to send Ukraine more Patriot air defence systems.", "REQUEST", "assist"),
        ("The Russians also demand that NATO withdraw troops and equipment from Eastern Europe.", "REQUEST", "change"),
    ],
)
def test_modes_read_from_where_a_meeting_was_held_and_what_was_asked(text: str, event_type: str, mode: str | None) -> None:
    assert one(code(text), event_type).mode == mode


@pytest.mark.parametrize(
    ("text", "event_type", "mode"),
    [
        ("Russia attacked Ukraine with 40 drones overnight, Ukraine's air force said.", "ASSAULT", "drone"),
        ("Ukrainian forces attacked a Russian air base in Crimea, destroying several aircraft.", "ASSAULT", None),
        ("Houthi fighters attacked a US warship with anti-aircraft guns.", "ASSAULT", "firearms"),
        ("Ukraine urged Iran to stop supplying drones to Russia.", "REQUEST", "change"),
        ("Kyiv demanded that Russia send back the deported children.", "REQUEST", "change"),
        ("Erdogan met Zelensky on Friday to discuss the war in Ukraine.", "CONSULT", None),
        ("Erdogan, who arrived in Baku on Monday, held talks with Putin by phone.", "CONSULT", None),
    ],
)
def test_modes_not_read_from_a_source_a_target_a_purpose_or_a_relative_clause(text: str, event_type: str,
                                                                            mode: str | None) -> None:
    assert one(code(text), event_type).mode == mode


def test_rejecting_a_ban_on_its_athletes_is_no_answer_to_other_sanctions() -> None:
    text = ("The US imposed sanctions on Russian banks on Monday. Russia rejected the ban on its athletes at the Paris "
            "Olympics.")
    assert ("REJECT", ("RUS",), ("USA",)) not in coded_dyads(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Beijing also wants Trump to eliminate the 15% tariffs on Chinese goods.", ("REQUEST", ("CHN",), ("USA",))),
        ("Kyiv wants the West to send more air defence systems.", ("REQUEST", ("UKR",), ("WEST",))),
        ("Russia wants to improve relations with Japan.", None),
    ],
)
def test_what_a_state_wants_another_to_do_it_asks_of_it(text: str, want: tuple | None) -> None:
    got = {d for d in coded_dyads(text) if d[0] == "REQUEST"}
    assert got == ({want} if want else set())
