"""Actor phrases of one sentence: gazetteer hits grouped into noun phrases and coordinated lists."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress
from typing import Final, Literal

from pipeline.extract.gazetteer import COUNTED_SET, DESCRIPTION, PRONOUNS, AliasHit, Gazetteer, Tokens, region_word
from pipeline.extract.trie import alternation

PhraseKind = Literal["actor", "pronoun", "speaker", "owner", "relative", "dominant", "description"]

# Placeholders resolved per document: the most-mentioned country, and a pronoun's antecedent.
DOMINANT: Final = "@DOMINANT"


# Titles of a government's own officials, which a dateline's country may complete (not envoys, ambassadors or
# secretaries-general, who often serve abroad or an organisation).
# ("Foreign Secretary Masud Bin Momen" too: a national office in Britain and South Asia, unlike a secretary-general.)
_HOME_TITLE: Final = re.compile(r"\b(?i:(?:prime\s++|foreign\s++|defen[cs]e\s++|interior\s++|deputy\s++)?minister|"
                                r"president|premier|chancellor|spokes(?:man|woman|person)|security\s++advis[eo]r|"
                                r"(?:foreign|home|defen[cs]e|cabinet)\s++secretary)\b")
# An organisation's name right before a title ("M23 spokesman", "FIFA President"): not the government's official.
_ORG_BEFORE_TITLE: Final = re.compile(
    r"\b(?!(?:Vice|Deputy|First|Former|Acting|Senior|Then|Chief|State|Junior|Assistant|Interim|Caretaker|New)\b)"
    r"[A-Z][\w.&-]*+\s++$")


# A possessor right before a title ("the European Union's foreign policy spokesman"): whose official it is.
_POSSESSOR_BEFORE: Final = re.compile(r"['’]s\s++(?:[\w-]++\s++){0,3}$")


def _no_home() -> str | None:
    """No country for officials titled without one."""
    return None


_PRONOUNS: Final = {"he": "pronoun", "she": "pronoun", "it": "pronoun", "they": "pronoun", "them": "pronoun",
                    "him": "pronoun", "we": "speaker", "i": "speaker", "which": "relative", "who": "relative"}
# What "its" or "their" owns when it stands for the speaker of a report ("Armenia said 49 of its soldiers were killed", "Kyrgyz
# border guards said Tajik units fired at their positions", "Mexico said police stormed its embassy"): the side an
# act falls on. Not what a state sends or orders ("withdrew its troops", "ordered its diplomats to leave").
_SPEAKER_OWNED: Final = frozenset(
    "positions posts outposts soldiers servicemen airspace territory waters side villages embassy consulate "
    "citizens nationals vessels ships tanker fishermen".split())
_POSSESSIVES: Final = frozenset({"its", "their"})
# Hyphened prefixes that make a name a region's: "the Inter-American Commission", "Pan-African".
_ACROSS_PREFIXES: Final = frozenset({"inter", "pan", "trans"})
# Capitalised plural descriptions of states that share a name: "both Koreas", "the two Congos".
_PROPER_PLURALS: Final = frozenset({"Koreas", "Congos", "Sudans"})
POSSESSIVE_WORDS: Final = frozenset({"its", "their", "his", "her"})
_PRONOUN_TOKENS: Final = frozenset(PRONOUNS)
_NO_START: Final = (0, 0)
# Alias kinds that name an actor, and actor kinds in the order a phrase's code is chosen from.
_NAMING: Final = ("name", "demonym", "place")
# Alias kinds that can be where something happens ("in Moscow", "in Kharkiv"); a demonym never is.
_PLACE_KINDS: Final = ("name", "place", "description")
# What a description follows (at most two modifiers between: "the small Baltic state"), and the heads that, after a
# possessive or a bare "the", name the subject's own country ("his country", "the country's interests"; "its
# neighbour" and "the smaller nation" are another one).
_DESCRIPTION_DETERMINERS: Final = frozenset({"the", "his", "her", "its", "their"})
_OWN_HEADS: Final = frozenset({"country", "nation", "homeland"})
# Code prefix of a description naming its possessor's own country.
OWN: Final = DESCRIPTION + "own:"
# ... and of a one-word description with no modifier ("the kingdom"): the subject's or the topic's country when that
# fits it, else another one.
BARE: Final = DESCRIPTION + "the:"
# ... and of one after a possessive that is not its possessor's own country ("its neighbour", "its NATO ally").
POSSESSED: Final = DESCRIPTION + "of:"
# ... and of a bare title of office ("The foreign minister said", "its president", "the presidential spokesman"): the
# country of the sentences before it, in subject position only (reference._described).
TITLE: Final = DESCRIPTION + "title:"
_BARE_TITLES: Final = frozenset({"president", "prime minister", "premier", "chancellor", "foreign minister",
                                 "defence minister", "defense minister", "interior minister", "minister", "spokesman",
                                 "spokeswoman", "spokesperson", "king", "emir", "sultan", "crown prince"})
# ... and of one that is the object of a verb addressed to a person ("He urged the chancellor to supply"): the other
# party the sentences before name.
TITLE_OBJECT: Final = DESCRIPTION + "title-object:"
_TITLE_OBJECT_VERBS: Final = frozenset({"urged", "asked", "told", "thanked", "met", "received", "invited", "pressed",
                                        "warned", "congratulated", "welcomed", "hosted", "greeted", "called"})
# What makes a title someone else's or names its holder: "the spokesman for the UN", "the president of the
# Commission", "the president, Emmanuel Macron".
_AFTER_OWN_TITLE: Final = frozenset({"of", "for", "to", "at", "in", "-elect", "elect"})
_ACTOR_KINDS: Final = ("country", "igo", "group", "person")
# Prepositions after which a place name is where something happened, not who did it.
LOCATIVE: Final = frozenset({"in", "at", "near", "inside", "across", "throughout", "within", "outside", "around"})
# Words after which a phrase is an object or adjunct, never the subject of the verb that follows.
NON_SUBJECT_PREPS: Final = frozenset(
    "of with against to on into from for about over at in near than toward towards between among under like "
    "including upon onto across through via behind beyond amid despite within inside".split())
# Between items of one noun phrase: spaces and possessive marks ("Russia's Deputy Foreign Minister").
_SAME_PHRASE: Final = re.compile(r"(?:\s|['’]s?\b)*+")
# ... and a rank between a possessive and the role it qualifies ("Tokyo's top government spokesman", "Moscow's chief
# negotiator").
_RANK_GAP: Final = re.compile(r"['’]s?\s++(?:top|chief|senior|most\s++senior|leading|main)\s++")
# ... and after an abbreviation's period, before a role ("the U.S. ambassador", "U.S. Secretary of State Antony
# Blinken"; not "from the U.S. Germany").
_ABBREVIATION_GAP: Final = re.compile(r"(?<=[A-Z])\.\s++")
# A finite verb opening a clause after its subject ("Belgium in turn freed", "Kyiv later said").
_CLAUSE_VERB_AFTER: Final = re.compile(r"(?:\s++(?:in\s++turn|also|then|later|meanwhile|subsequently|itself))?\s++"
                                       r"(?:[a-z]{3,}ed|said|says|has|have|had|was|were|will|would|is|are)\b")
# The end of a quotation right before a name: its speaker.
_AFTER_QUOTATION: Final = re.compile(r"[,.!?][\"”’']\s++$")
# "the government in Moscow", "officials from Kyiv": the place qualifies the role.
_ROLE_OF_PLACE: Final = re.compile(r"\s++(?:in|from|of)\s++(?:the\s++)?")
_FOR: Final = re.compile(r"\s++for\s++(?:the\s++)?")
# What is counted where it is deployed (see _joins).
_DEPLOYED: Final = frozenset({"troops", "soldiers", "forces", "armed forces", "security forces", "police",
                              "riot police", "border guards", "missiles", "rockets", "drones", "warplanes"})
# Counts that may stand before a role ("hundreds of troops" reads "of" as the word before, so only bare counts).
_COUNT_WORDS: Final = frozenset("two three four five six seven eight nine ten dozen dozens hundred hundreds thousand "
                                "thousands".split())
_SPOKES: Final = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople"})
# Between members of a coordinated list: "Italy, Spain, and Denmark", "US-Russian", "Germany or France".
_LISTED: Final = frozenset({"actor", "description"})
_LIST_GAP: Final = re.compile(
    # (An abbreviation's last period may fall outside its name: "his U.S. and Japanese counterparts"; not "sanctions on
    # the U.S. Japan was spared", a sentence the splitter left whole.)
    r"(?:(?<=[A-Z])\.(?=\s*+(?:,|and\s|or\s|&)))?\s*+(?:,\s*+)?(?:(?:and|or|nor|&|as\s++well\s++as|plus)\s++)?(?:the\s++)?"
    r"(?:visiting\s++)?|-|/"
    r"|\s++and\s++(?:his|her|their)\s++")  # "Kyrgyz President Sadyr Japarov and his Tajik counterpart"
# A finite verb right after a phrase (an auxiliary, a past form, a speech verb; an adverb may stand between): the
# phrase is its clause's subject.
FINITE_AFTER: Final = re.compile(
    # ("Britain on Monday imposed": a past verb or "said" after a weekday; "a truce announced by Moscow on Tuesday did
    # not hold" has its subject elsewhere.)
    r"(?:\s++\w+ly)?(?:\s++on\s++(?:mon|tues|wednes|thurs|fri|satur|sun)day(?=\s++(?:\w{3,}ed|said)\b))?"
    r"\s++(?:said|says|told|has|have|had|is|was|were|are|will|would|can|could|did|does|do|may|might|"
    r"should|must|\w{3,}ed|gave|took|began|broke|met|struck|fought|withdrew|froze|sought|drew|spoke|wrote|stood|told)\b",
    re.IGNORECASE)
# A sports fixture's words: "India, Pakistan to meet in Asia Cup final" lists teams, not states.
_FIXTURE: Final = re.compile(r"\b(?:(?:meet|face|play)\s++(?:(?-i:[A-Z])\S*+\s++){0,3}(?:again\s++)?(?:in|for)\s++(?:the\s++|a\s++|an\s++)?(?:\S++\s++){0,4}?"
                             r"(?:final|semi-?finals?|quarter-?finals?|friendly|qualifiers?|play-?offs?|match|derby)|"
                             r"co-host|draw\s++(?:\d|with)|beat|thrash|crush|stun|edge)\b", re.IGNORECASE)
# The verb right after a headline's list of names ("Japan, Philippines sign ..."), not a clause's next word.
_HEADLINE_VERB: Final = re.compile(r" (?!and\b|or\b|the\b|who\b|which\b|whose\b|to\s++the\b)[a-z]++\b")
_AND_AFTER: Final = re.compile(r"\s*+,?\s*+(?:and|or)\s++(?:the\s++)?[\w-]++")
_LIST_END: Final = re.compile(r"\b(?:and|or|nor|plus|as\s++well\s++as)\b|&|^\s*+[-/]\s*+$")
_NAME_TOKEN: Final = re.compile(r"\s*+((?-i:[A-Z])[\w.’'-]*+)")
# A demonym qualifying a company, product, team or private person is an adjective of that, not the state:
# "Ukrainian energy company Burisma", "Chinese smartphone maker", "the Japanese carmaker", "a French striker".
# Head nouns (singular and plural) of companies, products, teams and private people.
_NON_STATE_HEADS: Final = tuple(
    w + suffix for w in (
        "company firm maker carmaker automaker chipmaker drugmaker watchmaker planemaker filmmaker manufacturer "
        "giant supplier vendor buyer seller customer shopper consumer exporter importer producer brand startup "
        "start-up retailer conglomerate insurer airline investor billionaire tycoon entrepreneur club player "
        "striker midfielder defender goalkeeper champion athlete star singer actor rapper band artist designer "
        "chef restaurant wine beer car smartphone phone app game film movie show forward fan referee church "
        "charity association chamber NGO squad cricketer footballer board federation league smuggler trafficker "
        "poacher pirate bowler batter spinner seamer pacer opener skipper winger fullback quarterback pitcher "
        "jockey cyclist swimmer sprinter wrestler boxer golfer youtuber influencer blogger celebrity philanthropist "
        "trader owner subsidiary").split() + [
        "middle order", "top order", "pace attack", "batting order",
        "rights group", "advocacy group", "aid group", "lobby group", "cricket team", "football team", "rugby team",
        "national team", "hockey team", "basketball team", "olympic team", "volleyball team", "tennis team"]
    for suffix in ("", "s")) + tuple(
        "companies businessman businessmen actress actresses model coach coaches batsman batsmen".split())
# ... and heads right after the demonym only ("Chinese food", not "a Philippine boat carrying food").
_NON_STATE_NEXT: Final = ("cuisine", "dish", "dishes", "food")
# Not heads: banks (a central bank is the state), carriers (aircraft carriers), teams (negotiating teams),
# and people in general (civilians, nationals, tourists are recipients of assaults and arrests).
# A demonym qualifying one of them is an adjective of it, not the state: "Ukrainian energy company Burisma",
# "the Chinese smartphone maker", "a French striker". One trie-factored alternation (see trie.alternation).
# Not a modifier of trade: "Canadian agricultural and food products" are the state's goods.
_NON_STATE_HEAD: Final = re.compile(r"\s++(?:(?:[a-z][\w-]*+\s++){0,2}?(?:" + alternation(_NON_STATE_HEADS)
                                    + r")|" + alternation(_NON_STATE_NEXT) + r")\b"
                                    r"(?!\s++(?:products|exports|imports|goods|supplies|shipments|aid|security))")
# "Spain's striker", "China's tech giant": a country's possessive on a private head noun; or on a company's name,
# known by the word that ends it ("Germany's Daimler Truck Holding", "Japan's Nippon Steel", "Britain's Rolls-Royce
# Holdings", "South Korea's Hyundai Motor Group").
_POSSESSIVE_NON_STATE: Final = re.compile(
    r"['’]s(?:" + _NON_STATE_HEAD.pattern + r"|\s++(?:(?-i:[A-Z])[\w&.’'-]*+\s++){1,3}?(?-i:"
    r"Holdings?|Group|Inc\b|Corp\b|Corporation|Co\.|Ltd\b|Limited|plc|PLC|AG|SE|SA|S\.A\.|GmbH|NV|N\.V\.|Motors?"
    r"|Electronics|Steel|Airlines|Airways|Energy|Petroleum|Oil|Telecom|Technologies|Industries|Pharmaceuticals?"
    r"|Mining|Shipping|Logistics|Automotive|Semiconductors?|Truck|Trucks|Foods|Brewer(?:y|ies)|Bancorp|Insurance)(?!\w)"
    r"(?![ \t]++(?-i:[A-Z])|-))")  # (a name word first, the designator last: not "Russia's Energy Minister")
# A place name inside the proper name of a company, paper, team, treaty or another place: "the Washington Post",
# "Bank of America" (not "the State Bank of Pakistan", "the Central Bank of Nigeria": the state's), "Real Madrid",
# "New Jersey", "Paris Saint-Germain", "the Vienna Convention", "the Minsk Agreements", "the South China Sea", "the
# Indian Ocean", "the Gulf of Mexico". Case-sensitive on purpose.
_ORG_AFTER: Final = re.compile(
    r"\s++(?:Post|Times|Journal|Herald|Tribune|Gazette|Airlines?|Airways|Bank|Telecom|University|College|FC"
    r"|United|City|Capitals|Nationals|Open|Grand\s++Prix|Stock\s++Exchange|Motors|Electric|Marathon|Airport"
    r"|Zoo|Philharmonic|Symphony|Saint-Germain|Fashion\s++Week|Film\s++Festival"
    r"|Conventions?|Accords?|Agreements?|Protocol|Declaration|Treaty|Process|Format|Sea|Ocean"
    r"|Columbia|Museum)\b")
_WATER_AFTER: Final = re.compile(r"\s++(?:Ocean|Sea)\b")
# Arabic articles hyphened to a place's name ("al-Najaf"): part of the name, not a bigger one.
_ARTICLES_BEFORE_PLACE: Final = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ad-", "ul"})
_ORG_BEFORE: Final = re.compile(
    r"\b(?:New|Real|Atletico|Atlético|Hertha|Union|Dynamo|CSKA|Spartak|Lokomotiv|(?<!Central )(?<!State )(?<!Reserve )Bank\s++of"
    r"|University\s++of|(?:Gulf|Sea|Bay)\s++of"
    r"|Captain|Miss|Good\s++Morning)\s++$")
# Capitalised words before a surname that are no first name ("WASHINGTON (AP) - The Biden administration").
_NOT_FIRST_NAMES: Final = frozenset("The A An This That Former Then Outgoing Incoming Late Acting Vice Deputy "
                                    "Both Under When While After Before Monday Tuesday Wednesday Thursday Friday "
                                    "Saturday Sunday Meanwhile Later Earlier Separately Also But And".split())
# A surname after another capitalised first name (not an honorific, not the sentence's first word) is someone
# else of that family: "Hunter Biden", "Ivanka Trump".
_HONORIFICS: Final = frozenset(
    "Mr Mrs Ms Dr Sen Rep Gov Gen Senator Governor Secretary Premier Speaker King Queen Prince Pope Director "
    "Commissioner Admiral General Colonel Judge Mayor Representative Congressman Congresswoman Chief".split())
# "-made" goods after "on" or "against": the maker's country is the target of the measure on them.
_MADE_AFTER: Final = re.compile(r"-(?:made|built)\b")
_MEASURE_ON: Final = frozenset({"on", "against", "targeting"})
_IMPORT_MEASURE_BEFORE: Final = re.compile(
    r"\b(?<!export\s)(?:tariffs?|duties|duty|levies|levy|surcharges?|quotas?|import\s++bans?|bans?|restrictions|sanctions|probe|"
    r"investigation)\s++(?:[\w%$.,-]++\s++){0,5}?"
    r"(?:on|against)\s++(?:the\s++|all\s++)?$", re.IGNORECASE)
# An arrest or a sentence right before a person's demonym ("detained a Ukrainian boxer"): the person is the state's
# national all the same.
_DETAINED_BEFORE: Final = re.compile(
    r"\b(?:detain|arrest|jail|imprison|sentenc|deport|expel|kidnapp|abduct|convict|charg|question|held|hold)\w*+"
    r"\s++(?:(?:an?|the|two|three|four|five|\d+)\s++)?$", re.IGNORECASE)
_DETAINED_AFTER: Final = re.compile(
    r"\s++[\w-]++\s++(?:was|were|has\s++been|had\s++been|have\s++been)\s++(?:\w+ly\s++)?(?:detained|arrested|jailed|"
    r"imprisoned|sentenced|deported|expelled|kidnapped|abducted|convicted|charged|held|killed|shot)\b", re.IGNORECASE)
# "the independence of Abkhazia": a breakaway region recognised is not its state's.
_RECOGNISED_BEFORE: Final = re.compile(r"\b(?:independence|recogni[sz](?:e|es|ed|ing))\b[^.;]{0,50}$", re.IGNORECASE)
_CURRENCY_AFTER: Final = re.compile(r"\s++(?:dollars?|yuan|renminbi|euros?|pounds?|rupees?|yen|roubles?|rubles?|"
                                    r"riyals?|dirhams?|won(?!['’]t)|pesos?|francs?|shillings?|naira|rand)\b", re.IGNORECASE)
# What after a region makes it a party of its own: its forces, leaders, people ("Tigray forces", "Karabakh Armenians").
_GROUP_AFTER_REGION: Final = re.compile(
    r"\s++(?:forces|factions|militias?|militants|rebels|fighters|separatists|authorities|leaders?|government|"
    r"administration|parliament|residents|campaigners|people|Armenians|Tatars|Liberation|Front|army|troops|"
    r"officials|council|movement|group)\b", re.IGNORECASE)
# "-led", "-backed", "-designed" after a name: the name modifies the noun after it.
_PARTICIPLE_AFTER: Final = re.compile(
    r"-(?:led|backed|brokered|mediated|based|designed|built|made|supplied|funded|run|controlled|occupied|annexed|"
    r"allied|aligned|installed|sponsored|hosted|friendly|leaning|listed|born)\b")
# Capitalised words after a city that keep it the place: "Kharkiv Oblast", "Gaza City", "Donetsk Region".
_REGION_AFTER: Final = re.compile(r" (?:Oblast|Region|Province|Governorate|District|Prefecture|County|City|Airport)\b")
# Capitalised words that may stand before a place without being part of its name ("In Kharkiv", "Near Gaza").
_FUNCTION_WORDS: Final = frozenset("in at near from to of on the and or but as by with outside inside around across "
                                   "throughout within into toward towards".split())
# Where news names people family name first ("Xi Jinping" ... "Xi said", "Yoon Suk Yeol" ... "Yoon").
FAMILY_NAME_FIRST: Final = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})
_NOT_NAMES: Final = frozenset({"On", "In", "The", "A", "An", "And", "But", "Said", "Says", "Told", "Has", "Had", "Was", "Is", "Will", "Would"})


# Records below are built per token and phrase: plain slotted classes (a frozen dataclass's __init__ is ~5x slower).
@dataclass(slots=True)
class Phrase:
    """One actor noun phrase in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    code: str
    kind: PhraseKind
    prep: str
    locative: bool
    text: str


class Compound:
    """Coordinated actor phrases: "Italy, Spain, and Denmark" (one argument of one event)."""

    __slots__ = ("phrases", "start", "end", "prep", "kind", "locative", "subject")

    def __init__(self, phrases: tuple[Phrase, ...]) -> None:
        self.phrases = phrases
        # Read for every trigger of the sentence: kept as attributes rather than recomputed.
        first = phrases[0]
        self.start: int = first.start  # offset of the first phrase
        self.end: int = phrases[-1].end  # end of the last phrase
        self.prep: str = first.prep  # the word right before the list
        self.kind: PhraseKind = first.kind  # kind of the list's first phrase
        # Some phrase of it is a place ("in Moscow"), and whether it can be a clause subject (not inside a
        # prepositional phrase, not a place).
        self.locative: bool = first.locative if len(phrases) == 1 else any(p.locative for p in phrases)
        self.subject: bool = not self.locative and first.prep not in NON_SUBJECT_PREPS

    def named_codes(self) -> tuple[str, ...]:
        """The codes its actor phrases name, each once, in order (none resolved from context)."""
        return tuple(dict.fromkeys(p.code for p in self.phrases if p.kind == "actor" and p.code))

    def __repr__(self) -> str:
        return f"Compound({self.phrases!r})"


# A gazetteer hit or pronoun: (start, end, hit, pronoun kind, the word before it lower-cased with "the" skipped).
# Plain tuples: several are built per sentence, and nothing but this module reads them.
Item = tuple[int, int, AliasHit | None, str | None, str]
# Field positions of an Item.
_START: Final = 0
_END: Final = 1
_HIT: Final = 2
_PRONOUN: Final = 3
_PREV: Final = 4
# Alias kinds of a role ("officials") or an institution resolved to the dominant country ("the Foreign Ministry").
_ROLE_KINDS: Final = ("role", "dominant")


def find_items(tokens: Tokens, gaz: Gazetteer, names: dict[str, str]) -> list[Item]:
    """Gazetteer aliases, roles, learnt names and pronouns among a sentence's tokens, longest match first."""
    items: list[Item] = []
    starters, aliases, roles, pairs, one_word = gaz.starters, gaz.aliases, gaz.roles, gaz.pairs, gaz.one_word
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    last = len(words) - 1
    # Only words that can start something are visited (most words of a sentence cannot); the test runs in C.
    candidates = list(compress(range(len(words)), map(starters.__contains__, words)))
    if names and not names.keys().isdisjoint(words):
        learnt = compress(range(len(words)), map(names.__contains__, words))
        candidates = sorted(set(candidates).union(learnt))
    skip_to = 0
    for i in candidates:
        if i < skip_to:
            continue
        w = words[i]
        n, hit = 1, one_word.get(w)  # the common case: a word that starts no longer entry
        if hit is None:
            max_alias, max_role = starters.get(w, _NO_START)
            # A multi-word entry is looked for only when some listed phrase starts with this word and the next one.
            pair = w + " " + words[i + 1] if i < last and (max_alias > 1 or max_role > 1) else ""
            if max_alias:
                if max_alias > 1 and pair in pairs:
                    n, hit = _longest(words, i, max_alias, aliases, lower=False)
                else:
                    hit = aliases.get(w)
            if hit is None and max_role:
                if max_role > 1 and pair.lower() in pairs:
                    n, hit = _longest(words, i, max_role, roles, lower=True)
                else:
                    n, hit = 1, roles.get(w.lower())
            if hit is None and names.get(w) and not (i < last and words[i + 1][:1].isupper()):
                # A learnt name alone ("Kim said"), not the first name of someone else ("Kim Kardashian").
                n, hit = 1, AliasHit(names[w], "name", "person")
        if hit is not None and n == 1 and hit.alias_kind == "place" and i < last and words[i + 1][:1].isupper() \
                and items and items[-1][_END] + 1 == starts[i] and items[-1][_HIT] is not None \
                and (items[-1][_HIT].alias_kind == "role" or items[-1][_HIT].code in (TITLE, TITLE_OBJECT)):
            continue  # "Vice Foreign Minister Takeo Mori": a given name after a title, not a town
        if hit is not None and n == 1 and hit.alias_kind == "place" and names.get(w):
            # "Former defence minister General Salvador Cienfuegos ... Mexico agreed to investigate Cienfuegos": the
            # person this text named, not a town that shares the name.
            hit = AliasHit(names[w], "name", "person")
        if hit is None and w not in _PRONOUN_TOKENS:
            continue
        if hit is not None and n == 1 and hit.actor_kind == "person" and names.get(w, hit.code) not in (hit.code, ""):
            hit = AliasHit(names[w], "name", "person")  # the office this text gave the person (see _resolve)
        if hit is not None and i and ends[i - 1] + 1 == starts[i] and (
                (hit.actor_kind == "group" and words[i - 1].lower() in ("pro", "anti"))
                or (hit.actor_kind == "igo" and words[i - 1].lower() == "pro")):
            continue  # "Moldova's pro-Western president", "pro-EU demonstrators": a stance, not the West or the EU
        if hit is not None and i and ends[i - 1] + 1 == starts[i] and words[i - 1].lower() in _ACROSS_PREFIXES:
            continue  # "the Inter-American Commission on Human Rights", "Pan-African": all the region's, no one state
        if hit is not None and i and region_word(words[i - 1], w):
            continue  # "across Latin America", "a South American country": a region, not the United States
        prev = words[i - 1].lower() if i else ""
        if prev == "the" or (prev in _COMPASS and i >= 2 and words[i - 2].lower() in _COMPASS_PREPS):
            # "in southern Lebanon": a place after "in", like "in Lebanon" (not "its southern neighbour").
            prev = _word_before(words, i - 1)
        elif prev in _COMPASS and i >= 3 and words[i - 2].lower() == "the" and words[i - 3].lower() in _COMPASS_PREPS:
            prev = words[i - 3].lower()  # "in the northern Sinjar district"
        first = i
        if hit is not None and hit.alias_kind == "role" and i:
            title = _bare_title(tokens, i, n)
            if title is not None:
                hit, prev, first = AliasHit(TITLE, "description", "description"), _word_before(words, title), title
                if prev in _TITLE_OBJECT_VERBS:
                    hit = AliasHit(TITLE_OBJECT, "description", "description")
        if hit is not None and hit.alias_kind == "description" and hit.code not in (TITLE, TITLE_OBJECT):
            if gaz.descriptions.get(hit.code[len(DESCRIPTION):]) is COUNTED_SET:
                # (The phrase starts at its number: "the United States and 10 other countries" is one list.)
                counted = _counted(tokens, i, n, hit, items[-1][1] if items else -1)
                found = counted[:2] if counted is not None else None
                first = counted[2] if counted is not None else i
            else:
                found = _description(tokens, i, n, hit)
            if found is None:
                continue
            hit, prev = found
        if hit is not None:
            if hit.actor_kind == "person" and n > 1:
                names.setdefault(words[i + n - 1], hit.code)  # "Jake Sullivan" ... later "Sullivan urged"
                if hit.code in FAMILY_NAME_FIRST:
                    _learn_family_name(names, words[i], hit.code)  # "Yoon Suk Yeol" ... later "Yoon said"
            items.append((starts[first], ends[i + n - 1], hit, None, prev))
            skip_to = i + n
        elif w in _POSSESSIVES:
            # Only "its soldiers", "their border posts" (one modifier at most) stand for the speaker.
            if any(words[j] in _SPEAKER_OWNED for j in range(i + 1, min(i + 3, last + 1))):
                items.append((starts[i], ends[i], None, "owner", prev))
        elif not (w[0].isupper() and i > 0 and words[i - 1][:1].isupper() and words[i - 1].isalpha()):
            # (A capitalised "He" after a name is part of it: "Vice Premier Liu He".)
            items.append((starts[i], ends[i], None, _PRONOUNS[w.lower()], prev))
    return items


def _bare_title(tokens: Tokens, i: int, n: int) -> int | None:
    """The determiner's token when tokens i..i+n-1 are a bare title of office after "the" or a possessive, with at most
    one lower-case modifier between ("the president", "its foreign minister", "the presidential spokesman"), no holder
    named after it and no other office it belongs to ("the spokesman for the UN")."""
    words = tokens.words
    if " ".join(words[i:i + n]).lower() not in _BARE_TITLES:
        return None
    after = words[i + n] if i + n < len(words) else ""
    addressed = i >= 2 and words[i - 1].lower() == "the" and words[i - 2].lower() in _TITLE_OBJECT_VERBS
    if after[:1].isupper() or (after.lower() in _AFTER_OWN_TITLE and not (addressed and after.lower() == "to")):
        return None  # (but "urged the chancellor to supply")
    j = i - 1
    if words[j].islower() and words[j] not in _DESCRIPTION_DETERMINERS and j > 0:
        j -= 1  # one modifier: "the presidential spokesman", "the new president"
    elif words[i].lower() in _SPOKES:
        return None  # a bare "the spokesman" is any body's (an NGO's, a company's)
    if words[j].lower() not in _DESCRIPTION_DETERMINERS:
        return None
    # Only opening its sentence or after punctuation ('," the foreign minister said'): a speaker or subject, not
    # "in what the military spokesman described as" or "to ask the prime minister"; or the object of a verb addressed
    # to a person ("urged the chancellor to").
    return j if j == 0 or tokens.starts[j] - tokens.ends[j - 1] > 1 \
        or (words[j].lower() == "the" and words[j - 1].lower() in _TITLE_OBJECT_VERBS) else None


def _description(tokens: Tokens, i: int, n: int, hit: AliasHit) -> tuple[AliasHit, str] | None:
    """A description at tokens i..i+n-1 ("Baltic state") when a determiner stands before it, with at most two
    modifiers between ("the small Baltic state", "its war-torn neighbour"), and its head is a lower-case noun not
    followed by "of" and a name ("the island of Crete"); with the word before the determiner (a preposition makes it a
    place). A possessive before a country noun ("his country"), or a bare "the country", makes it the subject's or
    the topic's own country; a modifier ("the smaller nation") makes it another one; any other bare one ("the
    kingdom") is marked BARE."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    head = i + n - 1
    common = words[head].islower() or words[head] in _PROPER_PLURALS
    if words[i] in ("both", "Both") and common:
        return hit, _word_before(words, i)  # "both sides": a determiner of its own
    if not common or (head + 2 < len(words) and words[head + 1] == "of" and words[head + 2][0].isupper()):
        return None  # "the island of Crete": a name follows; "accused the Baltic state of undermining" is kept
    j = i - 1
    while j >= 0 and i - j <= 3 and ends[j] + 1 >= starts[j + 1]:  # words joined by one space or hyphen
        det = words[j].lower()
        if det in _DESCRIPTION_DETERMINERS:
            if words[head] in _OWN_HEADS and (det != "the" or j == head - 1):
                hit = AliasHit(OWN + hit.code[len(DESCRIPTION):], hit.alias_kind, hit.actor_kind)
            elif det == "the" and j == head - 1:
                hit = AliasHit(BARE + hit.code[len(DESCRIPTION):], hit.alias_kind, hit.actor_kind)
            elif det != "the":
                hit = AliasHit(POSSESSED + hit.code[len(DESCRIPTION):], hit.alias_kind, hit.actor_kind)
            return hit, _word_before(words, j)
        if not (words[j].isalpha() or (words[j].isdigit() and j + 1 < head)):
            return None  # a number only as a modifier's first part: "the 27-nation bloc"
        j -= 1
    return None


def _counted(tokens: Tokens, i: int, n: int, hit: AliasHit, last_end: int) -> tuple[AliasHit, str, int] | None:
    """A plural head after a number and at most two modifiers ("the three juntas", "the three Gulf states", "the
    United States and 10 other countries"), with the word before them and the number's token; not "three more
    countries" (more than those
    named), nor after a name among its modifiers ("seven Latin American countries": last_end, the end of the last item
    found, lies after the number)."""
    words = tokens.words
    head = i + n - 1
    if not words[head].islower() or (head + 1 < len(words) and words[head + 1].lower() in _PARTIAL_LIST):
        return None  # ("Seven countries, including France and Spain": the ones named are the parties)
    for j in range(head - 1, max(-1, head - 4), -1):
        w = words[j].lower()
        if w in COUNT_NUMBERS or (w.isdigit() and 1 < int(w) < 100):
            if last_end > tokens.starts[j] or any(
                    words[m].lower() in _NOT_THE_NAMED or not words[m].replace("-", "").isalpha() or words[m].isupper()
                    for m in range(j + 1, head)):
                return None  # (nor "27 EU states": an organisation's members)
            return hit, _word_before(words, j), j
    return None


# Number words before a plural that counts the parties named ("the three juntas"), and what they count.
COUNT_NUMBERS: Final = {w: k for k, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split()) if k > 1}
# Words after a counted plural that name only some of them.
_PARTIAL_LIST: Final = frozenset("including such among notably led like".split())
# Modifiers that make a counted plural more than the parties named ("three more countries").
_NOT_THE_NAMED: Final = frozenset("more further additional new such".split())


# Words after which a country's companies are the target of a measure, and so stand for it.
_TARGETED_AFTER: Final = frozenset(
    "on against to targeting sanctioned sanctioning blacklisted two three four five six seven eight nine ten eleven twelve "
    "fifteen twenty several dozen dozens".split())
# ... and a count of them: "blocked dozens of Indian apps".
_COUNT_OF: Final = re.compile(r"\b(?:dozens|hundreds|scores|thousands|several)\s++of\s++$", re.IGNORECASE)
# Compass adjectives before a place, and the prepositions that make it one: "in southern Lebanon", "across eastern Ukraine".
_COMPASS: Final = frozenset("northern southern eastern western central northeastern northwestern southeastern "
                            "southwestern north south east west".split())
_COMPASS_PREPS: Final = frozenset("in into across throughout near from inside within".split())


def _word_before(words: list[str], i: int) -> str:
    """The word before token i, skipping 'the', lower-cased."""
    j = i - 1
    w = words[j].lower() if j >= 0 else ""
    while w == "the":
        j -= 1
        w = words[j].lower() if j >= 0 else ""
    return w


def _longest(words: list[str], i: int, max_n: int, table: dict[str, AliasHit], *,
             lower: bool) -> tuple[int, AliasHit | None]:
    """Longest entry of table (at most max_n words) starting at token i."""
    for n in range(min(max_n, len(words) - i), 0, -1):
        key = " ".join(words[i:i + n]) if n > 1 else words[i]
        hit = table.get(key.lower() if lower else key)
        if hit is not None:
            return n, hit
    return 0, None


# A body of armed or official people named through its members ("members of India's Border Security Force").
_MEMBERS_OF: Final = re.compile(r"\b(?:members|soldiers|troops|officers|personnel|units|elements|agents|guards)\s++of\s++"
                                r"(?:the\s++)?$", re.IGNORECASE)
_MEMBERS_REACH: Final = 30
_FORCE_AFTER: Final = re.compile(r"(?:['’]s)?\s++(?:[A-Z][\w-]*+\s++){0,3}?(?:Force|Forces|Army|Guards?|Navy|Police|Corps|"
                                 r"Service|Command|Brigade|Regiment|forces|army|navy|police|military|coast\s++guard)\b")


def build_compounds(sentence: str, items: list[Item], names: dict[str, str],
                    home: Callable[[], str | None] = _no_home) -> list[Compound]:
    """Adjacent items grouped into phrases, each resolved to one code (learning officials' names), and phrases
    separated only by commas and conjunctions joined into coordinated lists ("Italy, Spain, and Denmark"). An official
    titled with no country ("Interior Minister Gerald Darmanin") is of home()'s country, if it names one."""
    phrases: list[Phrase] = []
    compounds: list[Compound] = []
    run = 0  # where the coordinated list under construction starts in phrases
    i, n = 0, len(items)
    while i < n:
        first = items[i]
        j = i + 1
        if first[_PRONOUN] is None:  # a pronoun is a phrase of its own
            while j < n and items[j][_PRONOUN] is None and _joins(sentence, items, i, j):
                j += 1
        phrase = _resolve_one(sentence, first, names, home) if j == i + 1 \
            else _resolve(sentence, items[i:j], names, home)
        i = j
        if phrase is None:
            continue
        if phrases:
            prev = phrases[-1]
            # (A description may close the list: "Slovakia, Poland and the Baltic states".)
            if phrase.kind in _LISTED and prev.kind == "actor" \
                    and prev.end < phrase.start \
                    and _LIST_GAP.fullmatch(sentence, prev.end, phrase.start) \
                    and not _new_clause(sentence, phrases[run], prev, phrase):
                phrases.append(phrase)
                continue
            # The list before this phrase is complete.
            if len(phrases) - run == 1:
                compounds.append(Compound((prev,)))  # the common case: a lone phrase
            else:
                _close_list(sentence, phrases[run:], compounds)
        run = len(phrases)
        phrases.append(phrase)
    if phrases:
        _close_list(sentence, phrases[run:], compounds)
    for c in compounds:
        if not c.subject and not c.locative and _AFTER_QUOTATION.search(sentence, max(0, c.start - 4), c.start):
            c.subject = True  # '"Their ordeal is over," Biden said': the speaker after a quotation, whatever it ended on
        if c.prep == "of" and c.kind == "actor" and not c.locative \
                and _MEMBERS_OF.search(sentence, max(0, c.start - _MEMBERS_REACH), c.start) is not None \
                and _FORCE_AFTER.match(sentence, c.end) is not None:
            # "members of India's Border Security Force opened fire": the force's state acts through its members.
            c.subject = True
    return compounds


def _new_clause(sentence: str, first: Phrase, prev: Phrase, phrase: Phrase) -> bool:
    """True when ", and X has ..." starts a clause after a list that is a prepositional object ("strained by France's
    support for Armenia, and Baku has accused Paris"), or a comma closes a fronted place ("In Beijing, Muizzu and Xi
    signed"): X is the new clause's subject, not one more of the list."""
    if "," not in sentence[prev.end:phrase.start]:
        return False
    if prev is first and first.locative and len(sentence[:first.start].split()) <= 2:
        return True  # a fronted place: "In Beijing, Muizzu and Xi signed"
    return first.prep in NON_SUBJECT_PREPS and FINITE_AFTER.match(sentence, phrase.end) is not None


def _close_list(sentence: str, phrases: list[Phrase], compounds: list[Compound]) -> None:
    """Append the compounds of one coordinated list of phrases (see _split_unfinished)."""
    if len(phrases) == 1:
        compounds.append(Compound((phrases[0],)))
    else:
        compounds.extend(Compound(tuple(ps)) for ps in _split_unfinished(sentence, phrases))


def _joins(sentence: str, items: list[Item], first: int, nxt: int) -> bool:
    """True when items[nxt] continues the noun phrase of items[first:nxt]."""
    gap_start, gap_end = items[nxt - 1][_END], items[nxt][_START]
    hit = items[nxt][_HIT]
    if _SAME_PHRASE.fullmatch(sentence, gap_start, gap_end) or (
            (sentence[gap_end:gap_end + 1].islower() or (hit is not None and hit.alias_kind in _ROLE_KINDS))
            and _ABBREVIATION_GAP.fullmatch(sentence, gap_start, gap_end)):
        return True  # (a titled role too: "U.S. Trade Representative Katherine Tai")
    if hit is not None and hit.alias_kind in _ROLE_KINDS and _RANK_GAP.fullmatch(sentence, gap_start, gap_end):
        return True
    # Only a bare role takes a place ("officials in Moscow"); "the Russian delegation in the US" and "its embassy in
    # the Iranian capital" stay two phrases.
    if items[first][_PREV] in POSSESSIVE_WORDS:
        return False
    if _is_count(items[first][_PREV]) and sentence.startswith(" in ", gap_start) \
            and sentence[items[first][_START]:items[nxt - 1][_END]].lower() in _DEPLOYED:
        return False  # "a brigade of 4,000 troops in Lithuania": where counted troops are, not whose they are
    for k in range(first, nxt):
        hit = items[k][_HIT]
        if hit is None or hit.alias_kind not in _ROLE_KINDS:
            return False
    if _ROLE_OF_PLACE.fullmatch(sentence, gap_start, gap_end) is not None:
        # ("officials in Moscow"; not "a tribunal in The Hague", the seat of the international courts)
        return not sentence.endswith("Hague", items[nxt][_START], items[nxt][_END])
    # "A spokesman for the Taliban government", "a spokeswoman for the European Commission".
    last = items[nxt - 1]
    return sentence[last[_START]:last[_END]].lower() in _SPOKES \
        and _FOR.fullmatch(sentence, gap_start, gap_end) is not None \
        and _NON_STATE_HEAD.match(sentence, items[nxt][_END]) is None  # not "for the Chinese company Huawei"


def _is_count(word: str) -> bool:
    """A number word before a noun: "4,000", "hundreds", "dozens", "two"."""
    return word[:1].isdigit() or word in _COUNT_WORDS


def _resolve_one(sentence: str, item: Item, names: dict[str, str], home: Callable[[], str | None]) -> Phrase | None:
    """The phrase of a lone item: a pronoun, or a name or demonym (the common cases); else see _resolve."""
    start, end, hit, pronoun, prep = item
    if pronoun is not None:
        kind: PhraseKind = pronoun  # type: ignore[assignment]
        return Phrase(start, end, "", kind, prep, False, sentence[start:end])
    if hit is not None and hit.actor_kind == "region":
        return _region(sentence, item)
    if hit is None or hit.alias_kind not in _NAMING or hit.actor_kind not in _ACTOR_KINDS:
        return _resolve(sentence, [item], names, home)
    after = end + 1 if sentence[end:end + 2] == ".-" else end  # "U.S.-brokered"
    if sentence[after:after + 1] == "-" and _PARTICIPLE_AFTER.match(sentence, after) \
            and not (prep in _MEASURE_ON and _MADE_AFTER.match(sentence, after)
                     and _IMPORT_MEASURE_BEFORE.search(sentence, max(0, start - 80), start)):
        # "the Russian-led alliance", "Iranian-designed drones": who led or designed, not who acts (but "duties on
        # Chinese-made cars" target China)
        return None
    if hit.actor_kind == "country" and (_CURRENCY_AFTER.match(sentence, end) or sentence[end:end + 1] == "$"):
        return None  # "2 million US dollars", "Chinese yuan", "US$20 billion": a currency, not a party
    if hit.alias_kind == "demonym":
        if prep in ("latin", "anglo"):
            return None  # "Latin American countries": a region, not the United States ("Anglo American": a miner)
        if _WATER_AFTER.match(sentence, end):
            return None  # "aid to the Indian Ocean archipelago": a sea's name, after any preposition
        nxt = sentence[end:end + 2]
        if len(nxt) == 2 and nxt[0] == " " and prep not in _TARGETED_AFTER and not prep.isdigit() \
                and not (prep == "of" and _COUNT_OF.search(sentence, max(0, start - 20), start)) \
                and (_NON_STATE_HEAD.match(sentence, end) if nxt[1].islower() else _ORG_AFTER.match(sentence, end)) \
                and not _DETAINED_BEFORE.search(sentence, max(0, start - 40), start) \
                and not _DETAINED_AFTER.match(sentence, end):
            # (But a sanction's target: "export controls on Chinese chipmakers", "sanctioned three Chinese companies".)
            return None
    elif hit.actor_kind == "country":
        if sentence.endswith(("Minister", "Ministry"), start, end) and _OF_A_NAME.match(sentence, end):
            return None  # "the External Affairs Minister of Sri Lanka": the country after "of" is the one
        # Examined only before a possessive or a capital, or after a word that may begin a bigger name.
        nxt = sentence[end:end + 2]
        if (prep in _ORG_PREV_WORDS or (nxt[:1] in "'’" and nxt) or (nxt[:1] == " " and nxt[1:].isupper())) \
                and _not_the_actor(sentence, start, end, hit):
            return None
        if hit.alias_kind == "place" and _in_bigger_name(sentence, start, end):
            return None
        if nxt[:1] == " " and nxt[1:].islower() and _TEAM_AFTER.match(sentence, end):
            return None  # "The Afghanistan team arrived in Kingston": a sports team (not "Iran's negotiating team")
    elif hit.actor_kind == "person" and ((start >= 3 and sentence[start - 2].isalpha()
                                          and _not_the_actor(sentence, start, end, hit))
                                         or sentence.startswith("-", end)):
        return None  # (nor the start of a longer name: "Park Jin-young")
    elif hit.actor_kind == "group" and sentence.endswith("West", start, end) and _WEST_PLACE.match(sentence, end):
        return None  # "the West African bloc", "the West Bank": a region's name, not the West
    prep = _people_prep(sentence, start, end, prep)
    locative = prep in LOCATIVE and (hit.alias_kind in _PLACE_KINDS or _PLACE_NOUN_AFTER.match(sentence, end) is not None) \
        and hit.actor_kind in ("country", "igo")
    return Phrase(start, end, hit.code, "actor", prep, locative, sentence[start:end])


def _region(sentence: str, item: Item) -> Phrase | None:
    """A curated region or front-line town ("Kherson", "Tigray", "Abkhazia") as a place or an object of its country
    ("struck Kherson", "fighting in Tigray"); never a party that acts or owns: not opening a sentence ("Abkhazia
    signed"), not before a possessive or a group ("Abkhazia's leader", "Tigray forces", "Idlib factions"), not inside
    a bigger name ("Free Tibet", "the Chechnya-born boxer")."""
    start, end, hit, _, prep = item
    assert hit is not None
    before = sentence[:start].rstrip()
    word_before = before.rsplit(None, 1)[-1] if before else ""
    if not before or sentence.startswith(("'", "’", "-"), end) or _GROUP_AFTER_REGION.match(sentence, end) \
            or (word_before[:1].isupper() and word_before.lower() not in _FUNCTION_WORDS) \
            or _RECOGNISED_BEFORE.search(before) is not None \
            or _in_bigger_name(sentence, start, end):
        return None
    return Phrase(start, end, hit.code, "actor", prep, prep in LOCATIVE, sentence[start:end])


def _in_bigger_name(sentence: str, start: int, end: int) -> bool:
    """A city's name inside a bigger proper name: a capitalised word after it ("Kira Rudik", "the Istanbul
    Convention") or before it that is not a sentence's first word or a function word ("Inter Milan", "FC Porto"), or
    a word hyphened to it ("KwaZulu-Natal")."""
    if sentence[end:end + 1] == " " and sentence[end + 1:end + 2].isupper():
        return _REGION_AFTER.match(sentence, end) is None  # "Kharkiv Oblast" is still the place
    if start >= 2 and sentence[start - 1] == "-" and sentence[start - 2].isalpha():
        # (Not after an Arabic article: "al-Zarqa", "Al-Mukalla".)
        joined = sentence[max(0, start - 5):start - 1].rsplit(" ", 1)[-1]
        return joined[:1].isupper() and joined.lower() not in _ARTICLES_BEFORE_PLACE
    j = sentence.rfind(" ", max(0, start - 24), start - 1)
    prev = sentence[j + 1:start - 1] if start >= 2 and sentence[start - 1] == " " else ""
    return j > 0 and prev[:1].isupper() and prev.isalpha() and prev.lower() not in _FUNCTION_WORDS


def _resolve(sentence: str, group: list[Item], names: dict[str, str], home: Callable[[], str | None]) -> Phrase | None:
    """The phrase of a group of non-pronoun items, or None when nothing in it names an actor."""
    start, end, prep = group[0][_START], group[-1][_END], group[0][_PREV]
    # Not a name before "-based", "-led": "the U.S. Navy's Bahrain-based 5th Fleet" is not Bahrain's; nor a demonym
    # inside another proper name ("the leader in British Columbia", "a British Airways pilot").
    hits = [it[_HIT] for it in group if it[_HIT] is not None
            and not (sentence.startswith("-", it[_END]) and _PARTICIPLE_AFTER.match(sentence, it[_END]))
            and not (it[_HIT].alias_kind == "demonym" and sentence[it[_END] + 1:it[_END] + 2].isupper()
                     and _ORG_AFTER.match(sentence, it[_END]))]
    code = _pick_code(hits)
    first, last = group[0][_HIT], group[-1][_HIT]
    if len(group) == 2 and first is not None and last is not None and first.actor_kind == "country" \
            and last.actor_kind == "group" and sentence.startswith(("'s ", "’s "), group[0][_END]) \
            and " " in sentence[group[1][_START]:group[1][_END]]:  # (not "China's Western Theater Command")
        code = last.code  # "Ukraine's Western partners": the bloc, not its friend
    has_role = any(h.alias_kind in _ROLE_KINDS for h in hits)
    if not code and has_role and _NAME_TOKEN.match(sentence, end) is not None \
            and _HOME_TITLE.search(sentence, start, end) is not None and not _ORG_BEFORE_TITLE.search(sentence, 0, start) \
            and not _POSSESSOR_BEFORE.search(sentence, max(0, start - 40), start):
        # "Interior Minister Gerald Darmanin": a title and a name, no country (not "the European Union's foreign
        # policy spokesman Peter Stano": the possessor's)
        code = home() or ""
    if has_role and code and code != DOMINANT and not code.startswith(DESCRIPTION):
        end = _learn_name(sentence, end, code, names)
        people = [it for it in group if it[_HIT] is not None and it[_HIT].actor_kind == "person"]
        for it in people if len(people) == 1 and len({x.code for x in hits if x.actor_kind == "country"}) == 1 \
                and not _FORMER.search(sentence, max(0, start - 12), people[0][_START]) else ():
            h = it[_HIT]
            if h is not None and h.code != code and any(x.actor_kind == "country" and x.code == code for x in hits):
                # "Portuguese Prime Minister Antonio Costa ... Costa said": the office the text gives, not the
                # dictionary's later one.
                names[sentence[it[_START]:it[_END]].rsplit(" ", 1)[-1]] = code
    if not code:
        return None
    prep = _people_prep(sentence, start, end, prep)
    locative = (prep in LOCATIVE and not has_role and hits[0].alias_kind in _PLACE_KINDS
                and hits[0].actor_kind in ("country", "igo", "description"))
    kind: PhraseKind = "dominant" if code == DOMINANT else "description" if code.startswith(DESCRIPTION) else "actor"
    return Phrase(start, end, code, kind, prep, locative, sentence[start:end])


# A demonym naming a place: "in the Omani capital", "at a Syrian port".
_PLACE_NOUN_AFTER: Final = re.compile(r"\s++(?:capital|city|port|town|village|border\s++town|coast|coastal\s++city|province|region)\b",
                                      re.IGNORECASE)
# A count opening its clause: "Hundreds of Kenyan police officers landed" (a state's forces are the subject; not
# "Thousands of Chinese tourists visited Thailand").
_CROWD_OF: Final = re.compile(r"(?:^|[.;]\s++|[—–-]\s++)(hundreds|thousands|dozens|scores|tens\s++of\s++thousands)\s++of\s++$",
                              re.IGNORECASE)
_COUNTED_FORCE: Final = re.compile(r"(?:\s++[\w-]++)?\s++(?:police|troops|soldiers|officers|gendarmes|paratroopers|marines|"
                                   r"peacekeepers|forces|diplomats|officials)\b", re.IGNORECASE)
# People sent from a country: "Men from Chinese maritime vessels boarded" (the name is their country's, a subject).
_PEOPLE_FROM: Final = re.compile(r"(?:^|[.;,—–-]\s++|\b(?:and|but|while|as|after|before|when|since|because|until)\s++)"
                                 r"(?:the\s++|some\s++|\d[\d,]*+\s++)?"
                                 r"(men|gunmen|soldiers|troops|forces|fighters|officials|officers|delegates|"
                                 r"delegations?|diplomats|envoys|crews?|sailors|militants|policemen|agents|negotiators)"
                                 r"\s++from\s++(?:the\s++)?$", re.IGNORECASE)
# Rulers named by where they rule: "the juntas in Mali and Burkina Faso ordered ...", not a place.
_RULERS_IN: Final = re.compile(r"\b(juntas?|regimes?|rulers|putschists)\s++in\s++(?:the\s++)?$", re.IGNORECASE)


def _people_prep(sentence: str, start: int, end: int, prep: str) -> str:
    """The word a name is read after: for the place of rulers ("the juntas in Mali"), of people sent from it ("Men
    from Chinese maritime vessels boarded") or of a count of its forces ("Hundreds of Kenyan police officers"), their
    noun, so that the name is their country and may be a subject, not a place."""
    if prep not in ("in", "from", "of") or (prep == "of" and _COUNTED_FORCE.match(sentence, end) is None):
        return prep
    m = (_RULERS_IN if prep == "in" else _PEOPLE_FROM if prep == "from" else _CROWD_OF).search(sentence, max(0, start - 40),
                                                                                             start)
    return m.group(1).lower() if m is not None else prep

_FORMER: Final = re.compile(r"\b(?:former|ex-|then-|erstwhile|onetime|one-time)", re.IGNORECASE)
_OF_A_NAME: Final = re.compile(r"\s++of\s++(?:the\s++)?(?-i:[A-Z])")
# After "West": the rest of a place's name ("West African", "West Bank"), not "accused the West Friday".
_WEST_PLACE: Final = re.compile(
    r"\s++(?:(?-i:[A-Z])\w++(?:(?<=an)|(?<=ern))\b|Bank|Africa|Asia|Midlands|Coast|Papua|Java|Virginia|Germany|Berlin|Point|Indies|"
    r"Ham|Wing|End|Sussex|Yorkshire|Darfur|Kordofan|Nile|Kalimantan|Sumatra|Bengal|Sahara|Balkans|Jerusalem)\b")
# Lower-cased words of _ORG_BEFORE that end right before a name (the word before an item, "the" skipped).
# Countries whose names are also first names, the capitalised word after one that makes it a person's, and the
# words after a country name that make it a place or an institution instead (see _not_the_actor).
_FIRST_NAME_COUNTRIES: Final = frozenset({"Jordan", "Chad", "India", "Georgia", "Israel", "Kenya"})
_SURNAME_AFTER: Final = re.compile(r" ((?-i:[A-Z])[a-z]{2,}+)\b(?<!s)(?<!ed)(?!['’-])")
_PLACE_WORDS_AFTER_NAME: Final = frozenset(
    "Valley River Basin Gate Today Tech Defense Defence Times Post Airways Airlines Telecom House Street Square "
    "National University Cup Open Army Navy Police Foreign Prime President King Queen Crown Government Ministry "
    "Embassy Mission Team Squad Coach Minister Parliament Senate Congress Court State Water Red Border Has Will "
    "Would Could Should May Might Must Said Says Accused Urged Warned Denied Rejected Condemned Vowed".split())
_TEAM_AFTER: Final = re.compile(r"\s++(?:(?:national\s++|cricket\s++|football\s++|rugby\s++)?(?:team|squad|side|XI)|"
                                r"(?:fans|supporters|players|striker|strikers|captain|coach|manager|skipper|batsmen|"
                                r"batsman|bowlers|goalkeeper|midfielder|winger|forward|defender|keeper)\b)\b")
_ORG_PREV_WORDS: Final = frozenset(
    "new real atletico atlético hertha union dynamo cska spartak lokomotiv of captain miss morning".split())


def _not_the_actor(sentence: str, start: int, end: int, hit: AliasHit) -> bool:
    """A lone name that is part of a bigger proper name, or a country's possessive on a private noun."""
    # Cheap string tests first: the regexes run only after a capitalised word (or "of") or before a capital or 's.
    prev = ""
    if start >= 3 and sentence[start - 1] == " ":
        j = sentence.rfind(" ", max(0, start - 24), start - 1)
        prev = sentence[j + 1:start - 1]
    if hit.actor_kind == "person":
        return prev[:1].isupper() and j > 0 and prev.isalpha() and prev not in _HONORIFICS \
            and prev not in _NOT_FIRST_NAMES  # ("WASHINGTON (AP) - The Biden administration")
    nxt = sentence[end:end + 2]
    if len(nxt) == 2 and ((nxt[0] == " " and nxt[1].isupper() and _ORG_AFTER.match(sentence, end))
                          or (nxt[0] in "'’" and _POSSESSIVE_NON_STATE.match(sentence, end))):
        return True
    if nxt[:1] == " " and sentence[start:end] in _FIRST_NAME_COUNTRIES:
        # "Jordan Bardella", "Chad Wolf": a first name before a surname (not "Jordan Valley", "Chad Expels" in a
        # headline, nor a name the gazetteer knows).
        surname = _SURNAME_AFTER.match(sentence, end)
        if surname is not None and surname.group(1) not in _PLACE_WORDS_AFTER_NAME:
            return True
    return (prev[:1].isupper() or prev == "of") and _ORG_BEFORE.search(sentence, max(0, start - 24), start) is not None


def _pick_code(hits: list[AliasHit]) -> str:
    """Country named in the phrase first, then organisation, bloc, person; an unqualified institution -> DOMINANT.
    An organisation qualifying a description is not what it names: "its NATO ally" is a country; one after it is its
    name ("the West African bloc ECOWAS")."""
    at = next((i for i, h in enumerate(hits) if h.alias_kind == "description"), -1)
    description = hits[at].code if at >= 0 else ""
    for wanted in _ACTOR_KINDS:
        if description and wanted != "country":
            return next((h.code for h in hits[at + 1:] if h.actor_kind == wanted and h.alias_kind in _NAMING),
                        description)
        for h in hits:
            if h.actor_kind == wanted and h.alias_kind in _NAMING:
                return h.code
    if description:
        return description
    if any(h.alias_kind == "dominant" for h in hits):
        return DOMINANT
    return ""


def _learn_family_name(names: dict[str, str], name: str, code: str) -> None:
    """Remember a family name given first ("Kim", "Li"); two people of different countries sharing it make it
    ambiguous (an empty code: no longer read as anyone)."""
    if names.get(name, code) != code:
        names[name] = ""
    else:
        names[name] = code


def _learn_name(sentence: str, end: int, code: str, names: dict[str, str]) -> int:
    """After "Deputy Foreign Minister", read up to three capitalised words as a name and remember its surname."""
    pos, first, last = end, None, None
    for _ in range(3):
        m = _NAME_TOKEN.match(sentence, pos)
        if m is None or m.group(1) in _NOT_NAMES:
            break
        last = m.group(1).rstrip(".,’'")
        first = first or last
        pos = m.end()
    if code in FAMILY_NAME_FIRST and first and last and first != last and first.isalpha():
        _learn_family_name(names, first, code)  # "Premier Li Qiang", "Minister Kim Yong-hyun" ... later "Li said"
    if last and len(last) > 2 and last.isalpha():
        names.setdefault(last, code)
        return pos
    return pos if code in FAMILY_NAME_FIRST and first and last and first != last else end


def _split_unfinished(sentence: str, group: list[Phrase]) -> list[list[Phrase]]:
    """A list must end with a conjunction or be hyphenated: "On the border with Ukraine, Russia" is two phrases. A
    subject list may end with one more item that names no actor: "Slovakia, Poland and the Baltic states"."""
    if group[0].prep in ("", "the") and not group[0].locative and _AND_AFTER.match(sentence, group[-1].end):
        return [group]
    if len(group) > 2 and group[0].prep not in ("", "the") and len(sentence[:group[0].start].split()) <= 1 \
            and sentence[group[0].end:group[1].start].strip() == ",":
        # A fronted phrase, then the subject list: "Unlike Hungary, Poland and the Baltic states condemned".
        return [[group[0]]] + _split_unfinished(sentence, group[1:])
    if group[0].start == 0 and _HEADLINE_VERB.match(sentence, group[-1].end) is not None \
            and all(sentence[a.end:b.start] == ", " for a, b in zip(group, group[1:])) \
            and _FIXTURE.search(sentence) is None:
        return [group]  # a headline's list, with no conjunction: "Japan, Philippines sign troop pact"
    if len(group) == 2 and sentence[group[0].end:group[1].start] == ", and " \
            and (group[0].prep in NON_SUBJECT_PREPS or group[0].prep == "by") \
            and _CLAUSE_VERB_AFTER.match(sentence, group[1].end) is not None:
        # Two clauses, not a list: "mediated by Oman, and Belgium in turn freed" (but "Germany, and France expelled",
        # "sanctions on Russia, and China" are lists).
        return [[group[0]], [group[1]]]
    tail: list[list[Phrase]] = []
    while len(group) > 1 and not _LIST_END.search(sentence[group[-2].end:group[-1].start]):
        tail.insert(0, [group.pop()])
    return [group] + tail
