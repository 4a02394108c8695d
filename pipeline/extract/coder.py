"""code_document: sentences -> actor phrases -> triggers -> events with status, date and quantities."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace
from typing import Final

from pipeline.extract import arguments as args_mod
from pipeline.datetext import MONTHS
from pipeline.extract.dates import EventDate, Published, pick_date
from pipeline.extract.document import (Doc, Draft, Sentence, SentenceContext, learn_names_before, phrase_text,
                                       read_document)
from pipeline.extract.gazetteer import alias_key
from pipeline.extract.modality import Span, classify, condition_spans, has_condition
from pipeline.extract.model import CodedEvent, Mention
from pipeline.extract.phrases import LOCATIVE, Compound
from pipeline.extract.quantities import (Number, casualties, decisive_unit, find_numbers, money_after, object_count,
                                         one_envoy, one_person, quantity_near, respectively, subject_count)
from pipeline.extract.recipients import (CARRY_SENTENCES, COMPLEMENT_TYPES, CRITICISM_OBJECT, POSSESSIVE_MARKS,
                                         answers_what_was_said, blames_a_cause, condemned_act, fill_recipient, local_recipient,
                                         named_harm, welcomed_decision_end, welcomes_agreement)
from pipeline.extract.reference import (RULER_WORDS, codes, codes_of, is_person, main_subject, opening_place,
                                        person_before, topic_codes)
from pipeline.extract.resources import CoderResources
from pipeline.extract.triggers import TriggerMatch
from pipeline.schema import DatePrecision

log = logging.getLogger(__name__)

CONFLICT_TYPES: Final = frozenset({"SANCTION", "ASSAULT", "MOBILIZE", "COERCE", "PROTEST"})
COOPERATIVE_TYPES: Final = frozenset({"AID", "COOPERATE", "SUPPORT", "CONSULT", "AGREE", "CONCEDE"})
# Acts several parties can do together with no one else as their object ("X and Y agreed to a ceasefire").
_JOINT_TYPES: Final = COOPERATIVE_TYPES | {"RETREAT"}
# Pledges of a sum or of personnel: they go to someone, they are no joint act of those who pledge them.
_HELP_PLEDGES: Final = frozenset({"pledge-money", "pledge-personnel", "promised-personnel"})
_PLEDGE_MONEY: Final = "pledge-money"
# Partners in an act, named after it: "..., together with Belgium, Denmark and Norway".
_TOGETHER_WITH: Final = re.compile(r"\b(?:together|along|jointly)\s++with\s++", re.IGNORECASE)
# "Russia and China congratulated Maduro, as did Cuba, Nicaragua and Bolivia": more actors of any act, when it is the
# main clause's (not "South Korea said North Korea had fired a missile, as did Japan": Japan said so too).
_AS_DID: Final = re.compile(r",\s++as\s++did\s++", re.IGNORECASE)
_SPEECH_BEFORE: Final = re.compile(r"\b(?:said|says|told|reported|claimed|announced)\b", re.IGNORECASE)
_PARTNER_REACH: Final = 120
# Acts done with partners (help, deployments, pacts); a measure's "along with Belarus" as often adds a target.
_PARTNERED: Final = frozenset({"AID", "AGREE", "MOBILIZE", "COOPERATE", "SUPPORT"})
# What follows a partner's name: the clause goes on or ends ("together with Belgium, Denmark and Norway, including").
_PARTNER_END: Final = re.compile(r"\s*(?:[,.;:)]|$)|\s++(?:on|in|at|to|from|this|last|next|earlier|later|by|after|before)\b")
# What ends the trigger's clause before its partners would be named: a semicolon, ", and", a subordinate clause.
_CLAUSE_BREAK: Final = re.compile(r";|,\s++(?:and|but)\b|\b(?:while|which|who|as|after|before|when|since|because|"
                                  r"following|amid|until)\b", re.IGNORECASE)
# A decision or plan taken back before its act's verb: "withdrew its decision to expel", "dropped its plan to impose".
_REVERSED: Final = re.compile(
    r"\b(?:withdr[ae]w\w*+|revers\w*+|revok\w*+|rescind\w*+|cancel\w*+|scrap\w*+|overturn\w*+|annul\w*+|suspend\w*+"
    r"|drop\w*+|abandon\w*+|shelv\w*+|back(?:ed|s|ing)?\s++(?:away|down)\s++from)\s++(?:its|their|the|his|her|a)\s++"
    r"(?:\S++\s++){0,2}?(?:decision|order|move|plans?|threat|proposal)\s++to\s++$", re.IGNORECASE)
# A rank before a perfect infinitive: "the only two states to have signed", "the first country to have recognised".
_RANKED_BEFORE: Final = re.compile(r"\b(?:only|first|last|second|third|sole)\b[^,.;:]{0,45}?\bto\s++have\s++$",
                                   re.IGNORECASE)
# Between a headline's opening subject and its trigger: a bare infinitive ("to sign", "to hold trade").
_HEADLINE_TO: Final = re.compile(r"\s++to\s++(?:(?-i:[a-z])[\w-]*+\s++){0,2}")
# An act whose "of" names the people it befalls: "the displacement of Palestinians", "the expulsion of Rohingya".
_VICTIMS_OF: Final = re.compile(r"\b(?:displacement|expulsion|deportation|forced\s++(?:transfer|removal)|transfer|"
                                r"resettlement|eviction|persecution|killing|starvation)\s++of\s++(?:the\s++)?$",
                                re.IGNORECASE)
# Verbs of asking whose pronoun object is the party addressed before them ("asking it to send back").
_ASKING: Final = frozenset("asking urging calling pressing requesting telling inviting".split())
# ... and the prepositions that name the party addressed ("a note to India", "a protest with Japan"), not a topic.
_ADDRESSED_PREPS: Final = frozenset({"to", "with"})
# A verb in the infinitive after a request, push or attempt ("urged Ukraine to investigate", "the campaign to
# get Kyiv to investigate", "efforts to urge", "the request to investigate") is what was sought, not an act.
_SOUGHT: Final = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|push(?:es|ed|ing)?"
    r"|get(?:s|ting)?|got|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|call(?:s|ed|ing)?"
    r"\s++(?:on|upon)|request(?:s|ed|ing)?|efforts?|attempts?|bids?|campaign(?:s|ed|ing)?|demand(?:s|ed|ing)?"
    r")\s++(?:\S++\s++){0,5}?to\s++$"
    # ("told France to end", "wants the African Union to end"; not "told reporters that Taipei had decided to end")
    r"|\b(?:told|tell(?:s|ing)?|instruct(?:s|ed|ing)?|want(?:s|ed)?)\s++(?:(?!that\b|to\b)\S++\s++){1,4}?to\s++$"
    # ("ordered France to end its military presence"; not "ordered its troops to withdraw": an order to one's own)
    r"|\border(?:s|ed|ing)?\s++(?:the\s++)?(?-i:[A-Z])\S*+(?:\s++(?-i:[A-Z])\S*+){0,2}\s++to\s++$", re.IGNORECASE)
# Prepositions before the place a crowd acts in ("rallied in Yerevan"): the locative ones, and those of a march's
# route ("marched through the streets of Tbilisi").
_PLACE_PREPS: Final = LOCATIVE | {"of", "through"}
# A word before "protests", "rallies", "marches" that makes it a noun ("died during protests in Bolivia").
_NOUN_BEFORE: Final = re.compile(
    r"\b(?:during|amid|amidst|after|before|following|despite|since|of|in|at|against|over|by|with|from|to|into|and|or|"
    r"new|mass|more|recent|weekly|daily|nationwide|violent|peaceful|planned|anti-\S++|pro-\S++)\s++$", re.IGNORECASE)
# How far after an attack's verb its weapon may be named ("with 120 missiles").
_WEAPON_WINDOW: Final = 60
# "burned Israeli flags": whose flags a crowd burns (inside its verb's match, or burnt after it: "rallied against the
# deal, some of them burning Ethiopian flags"; not "waving Palestinian flags") is what it protests against.
_FLAGS_AFTER: Final = re.compile(r"\s++(?:flags?|effig(?:y|ies))\b", re.IGNORECASE)
_BURNING_BEFORE: Final = re.compile(r"\bburn(?:s|ed|t|ing)?\s++$", re.IGNORECASE)
# "Sweden's consulate", "the embassies of Rwanda, France and Belgium": the states whose missions a crowd targets.
_EMBASSY_AFTER: Final = re.compile(
    r"(?:['’]s)?\s++(?:embass(?:y|ies)|consulates?|(?:diplomatic\s++)?missions?|visa\s++(?:offices?|cent(?:er|re)s?)|cultural\s++cent(?:er|re)s?"
    r"|(?:military\s++|air\s++|naval\s++|marine\s++|army\s++)?bases?|(?:assistant\s++|deputy\s++)?high\s++commissions?)\b",
    re.IGNORECASE)
_EMBASSY_OF: Final = re.compile(r"\b(?:embass(?:y|ies)|consulates?|missions?)\s++of\s++(?:the\s++)?$", re.IGNORECASE)
# ", and hundreds of people rallied": a clause of its own, whose subject is not the name before it.
_SUBORDINATOR: Final = re.compile(r"\b(?:after|when|as|because|while|since|before|until|following|amid)\b", re.IGNORECASE)
# "protesting against imports of Ukrainian grain", "against the sale of Greek islands": the state of the thing opposed.
# (Only what a state sends or does abroad: not "against the killing of Palestinians", whose victims are no target, nor
# "against the arrest of Pakistani opposition leader Imran Khan", a protest at home.)
_AGAINST_OF: Final = re.compile(r"\bagainst\s++(?:the\s++)?(?:[\w-]++\s++)?(?:imports|exports|goods|products|grain|presence|"
                                r"deployment|interference|influence|policies|policy|involvement|occupation|troops|forces|"
                                r"bases|embassy)\s++(?:of|from)\s++(?:the\s++)?$", re.IGNORECASE)
_NEW_CLAUSE_START: Final = re.compile(r";\s++|,\s++(?:and|but|while|whereas|though|although)\s", re.IGNORECASE)
# How far before its verb the subject of a joint act ("X and Y signed") may end.
_JOINT_GAP: Final = 60
# How far after a crowd's verb its place or target may be named.
_PROTEST_WINDOW: Final = 120
# Where the content of a demand, denial or threat ends: a participle or relative clause, or a semicolon.
_CLAUSE_AFTER: Final = re.compile(
    r",\s++(?:prompting|sparking|triggering|drawing|leading|which|after|as|while|whereas|but|with)\b|;"
    # "condemned the launch, urging Pyongyang to abandon ...": a demand of the speaker's own, not what is condemned (and
    # "rejected a US statement, accusing Washington of meddling": an accusation of its own)
    r"|,\s++(?:and\s++)?(?:urging|calling\s++on|demanding|appealing\s++to|accusing|blaming)\b"
    r"|\s++(?:after|days\s++after|hours\s++after|following)\s"  # "summoned the ambassador after X congratulated Y"
    r"|,\s++and\s++(?:the\s++)?(?-i:[A-Z])"  # ", and the United States urged ...": a clause of its own
    # ... also after a time ("..., and last week the Congolese foreign minister called on")
    r"|,\s++and\s++(?:(?:last|this|earlier\s++this|later\s++that)\s++(?:week|month|year|\w+day)|on\s++\w+day|"
    r"earlier|later|then|yesterday|today)\s++(?:the\s++)?(?-i:[A-Z])"
    # "... and Kinshasa severed diplomatic ties with Kigali": a named subject and its own past verb
    r"|\s++and\s++(?:the\s++)?(?-i:[A-Z])[\w.'’-]++(?:\s++(?-i:[A-Z])[\w.'’-]++)?\s++(?:has\s++|had\s++|have\s++)?"
    r"(?:\w++(?<=ed)|cut|sent|shot|hit|struck|froze|broke|began|withdrew|threw|took)\b"
    r"|,\s++and\s++(?:hundreds|thousands|dozens|scores|tens|\d)"  # ", and hundreds of people rallied ..."
    r"|,\s++and\s++(?:the\s++)?(?:two|both)\s"  # ", and the two countries expelled each other's diplomats"
    r"|,\s++and\s++(?:its|their)\s++\S++\s++(?:\S++\s++)?(?:have\s++|has\s++|had\s++)?(?:\w+ed|shot|hit|struck|fired|sent|seized|began)\b"  # ", and its forces shelled"
    r"|\s++and\s++(?:said|says|added|warned|announced|stated)\b"
    # "demanded the release of an officer who was detained by Venezuelan authorities": what befell the person
    r"|\s++who\s++(?:was|were|had\s++been|has\s++been|have\s++been)\s++(?:\w+ly\s++)?(?=\w+ed\b|held\b|taken\b|shot\b)"
    # ", an allegation Islamabad rejected", "— a charge the Kremlin denies": an answer of its own.
    r"|(?:,|\s[—–-])\s++(?:an?|the)\s++(?:accusation|allegation|claim|charge)s?\s")
# Verbs whose possessive object is the actor's own ("closed its airspace", "recalled its ambassador").
_OWN_OBJECT_VERB: Final = re.compile(r"(?:clos|shut|seal|recall|withdr|reopen|evacuat|suspend|reduc|downgrad)",
                                     re.IGNORECASE)
_PERFECT: Final = re.compile(r"\b(?:have|has|had)\b", re.IGNORECASE)
# A state's forces named without their state, right before the verb: "Security forces shot dead ...".
_POLICE: Final = r"police|security\s++forces|riot\s++police|authorities"
# (What may stand between them and the verb: "Police had earlier beaten journalists".)
_BEFORE_VERB: Final = r"(?:\s++(?:had|has|have|also|then|later|earlier|reportedly|allegedly)){0,2}\s*+$"
# ... and the police or armed forces in general.
_FORCE_NOUNS: Final = _POLICE + r"|troops|soldiers|army|military"
_BARE_FORCE: Final = re.compile(r"\b(?:" + _FORCE_NOUNS + r"|the\s++junta)" + _BEFORE_VERB, re.IGNORECASE)
# Armed men of no state named, right before their verb ("Gunmen stormed a school", "Suspected jihadists have killed").
_ARMED_NOUNS: Final = ("gunmen", "armed men", "militants", "insurgents", "rebels", "separatists", "separatist fighters",
                       "jihadists", "bandits", "attackers", "assailants", "militiamen")
_ARMED_GROUP: Final = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s++") for w in _ARMED_NOUNS) + ")" + _BEFORE_VERB,
                                 re.IGNORECASE)
# What is done at home by a state its sentence need not name (see _home_of_story).
_AT_HOME_TYPES: Final = frozenset({"ASSAULT", "COERCE"})
_AT_HOME_WORDS: Final = ("police", "security forces", "authorities", "arrested", "detained", "soldiers",
                         "troops") + _ARMED_NOUNS
# ... and the police alone, who act at home (see _home_of_story).
_BARE_POLICE: Final = re.compile(r"\b(?:" + _POLICE + r")" + _BEFORE_VERB, re.IGNORECASE)
# What a crowd named by no country says at home: its demands, accusations and refusals (see _home_of_story).
_CROWD_SPEECH_TYPES: Final = frozenset({"REQUEST", "ACCUSE", "REJECT"})
# The crowds of a street protest.
_CROWD_NOUNS: Final = r"protesters|protestors|demonstrators|marchers|rioters|crowds?|strikers"
_CROWD_BEFORE: Final = re.compile(r"\b(?:" + _CROWD_NOUNS + r")\s++"
                                  r"(?:(?:are|were|have|had|has|also|then|later|now|still)\s++){0,2}$", re.IGNORECASE)
_CROWD_BEFORE_REACH: Final = 40
# A channel a protest or demand goes through: "through its embassy in Beijing", "via the Swiss embassy".
_CHANNEL_BEFORE: Final = re.compile(r"\b(?:through|via)\s++(?:its\s++|their\s++|the\s++)?(?:(?:embass(?:y|ies)|missions?|"
                                    r"consulates?|diplomatic\s++channels)(?:\s++in)?\s++)?(?:the\s++)?$", re.IGNORECASE)
_CHANNEL_REACH: Final = 50
# The people of a place held without an agent named: "More than 100 people have been arrested", "63 protesters were
# detained by security forces".
_PEOPLE_HELD: Final = re.compile(r"\b(?:people|protesters|protestors|demonstrators|activists|journalists|students|rioters|"
                                 r"supporters|critics|dissidents|suspects|workers|"
                                 r"opposition\s++(?:figures|leaders|members|politicians))"
                                 r"(?:\s++[\w-]++){0,3}?\s++(?:have|has|had|were|was)\s++(?:been\s++)?$", re.IGNORECASE)
_HELD_REACH: Final = 70
# A crime or a game after an arrest, by the police or of people held: no politics ("over the murder of a teenager",
# "after clashes between rival fans", "a money laundering case").
_NO_POLITICS_AFTER: Final = re.compile(r"[^.;]{0,80}?\b(?:match|game|fixture|derby|concert|festival|fans|nightclub|brawl|"
                                       r"murder|robbery|theft|burglary|fraud|drugs?|narcotics|laundering|smuggling|"
                                       r"trafficking|case)\b", re.IGNORECASE)
_POLICE_DETAIN: Final = "police-detain-people"
# How far after an act of troops its crowd may be named ("opened fire on demonstrators who had tried to ...").
_CROWD_REACH: Final = 60
# A state's forces named with their state ("Thai riot police", "Zimbabwean soldiers"), and the crowd they act on.
_NAMED_FORCE: Final = re.compile(r"\b(?:" + _FORCE_NOUNS + r"|forces)$", re.IGNORECASE)
# (The crowd as the act's object: "fired water cannon laced with blue dye at thousands of pro-democracy protesters"; not
# "fired shells across the border as protesters rallied".)
_CROWD_OBJECT: Final = re.compile(r"\b(?:at|on|against|into|towards?|to\s++disperse)\s++(?:\S++\s++){0,6}?(?:"
                                  + _CROWD_NOUNS + r")\b", re.IGNORECASE)
_CROWD_OBJECT_REACH: Final = 80
# Those who board a ship or plane by force (a seizure), from the subject to the verb; anyone else boards as a passenger.
_SEIZE_VESSEL: Final = "seize-vessel"
_BOARDING_FORCE: Final = re.compile(r"\b(?:navy|naval|coast\s++guard|commandos?|troops|forces|soldiers|marines|police|"
                                    r"guards?|militia|militiamen|pirates|gunmen|personnel|boarding\s++party|IRGC|"
                                    r"maritime|vessels|ships|boats)\b", re.IGNORECASE)  # ("men from Chinese vessels")
# A passive auxiliary right before "shot dead" (with an adverb at most): the subject is the victim.
_SHOT_DEAD: Final = "shot-dead"
_PASSIVE_BEFORE: Final = re.compile(r"\b(?:was|were|been|being|is|are)\s++(?:\w++\s++)?$", re.IGNORECASE)
_PASSIVE_REACH: Final = 30
# A measure named as what is pushed or called for ("would push for new European Union sanctions against Iran").
_SOUGHT_BEFORE: Final = re.compile(r"\b(?:(?:push(?:es|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|call(?:s|ed|ing)?|"
                                   r"argu(?:e|es|ed|ing)|campaign(?:s|ed|ing)?)\s++for|seek(?:s|ing)?|sought)\s++"
                                   r"(?:[^\s,;.]++\s++){0,4}$", re.IGNORECASE)
_SOUGHT_REACH: Final = 60
# A relative clause describing its noun's standing ("which is internationally recognised by"), not an act.
_BACKED_BY: Final = "passive-backed-by"
_RELATIVE_STATE: Final = re.compile(r",\s*+(?:which|that|who)\s++(?:is|are|was|were|ha[sd]\s++been|have\s++been)\s++"
                                    r"(?:\w++(?<=ly)\s++|also\s++)?$", re.IGNORECASE)
_RELATIVE_REACH: Final = 60
# A summons whose purpose follows: "summoned Pakistan's charge d'affaires in Tehran to ...".
_SUMMONED_TO: Final = re.compile(r"\b(?:summon(?:s|ed|ing)?|call(?:s|ed|ing)?\s++in)\b[^.;]*?\b(?:ambassador|envoy|"
                                  r"charg[eé]\s++d['’]affaires|diplomats?|representatives?)\b[^.;]*?\bto\s++$",
                                  re.IGNORECASE)
_SUMMONED_REACH: Final = 90
# "each released", "expelled each other's diplomats": two parties acting on each other.
_EACH_OTHER: Final = re.compile(r"\beach\s++other\b", re.IGNORECASE)
_EACH_WINDOW: Final = 30
# How far after a demand, refusal or meeting verb its content ("for military assistance") is read for the mode.
_CONTENT_WINDOW: Final = 40
_BY_WINDOW: Final = 45
_OF_WINDOW: Final = 10
_JOINT_SUBJECT_GAP: Final = 120
_NO_SUBJECT: Final = re.compile(r"(?:^|[,;:]\s*+)(?-i:No)\s++(?:[\w-]++\s++){0,3}?(?:have\s++|has\s++|had\s++|were\s++|was\s++)?$")
_WEAPON_SUBJECT: Final = re.compile(r"\b(?:shelling|strikes?|airstrikes?|missiles?|drones?|bombs?|bombing|bombardment|"
                                    r"attacks?|artillery|rockets?|fire)\b", re.IGNORECASE)
_AND_VERB: Final = re.compile(r",?\s++and\s++$")
# Words only sport uses: a sentence holding one, and no word of force, tells of a game, where attacks, strikes and
# shots are no force.
_SPORT: Final = re.compile(r"\b(?:grandmasters?|chess|kingside|queenside|checkmate|tournament|top\s++seed|semi-?finals?|"
                           r"quarter-?finals?|championships?|strikers?|goalkeepers?|midfielders?|penalty\s++kick|innings|"
                           r"wickets?|batsm[ae]n|bowlers?|Grand\s++Prix|World\s++Cup|medals?|hat-trick|football|soccer|"
                           r"rugby|cricket|tennis|basketball|boxers?|wrestlers?|grand\s++slam|Cup\s++of\s++Nations|Olympi(?:cs|ad)|"
                           r"Champions\s++League|Copa\s++Am[eé]rica)\b", re.IGNORECASE)
# ... and words of shops and markets, where an offensive cuts prices ("Lidl launched a fresh offensive in the United
# States, slashing prices").
_TRADE: Final = re.compile(r"\b(?:grocers?|retailers?|supermarkets?|discounters?|shoppers|stores|market\s++share|"
                           r"advertis\w*+|marketing|price\s++war|brands?)\b", re.IGNORECASE)
# What a game's sides do to each other in sport's words: "attack", and "meet" (the bare verb: "Saudi Arabia and Qatar
# held talks" under a headline of the World Cup is still a meeting).
_GAME_MEET: Final = "meet"
_RESIGN: Final = "resign"
# Rules a game's words can read besides an attack: teams that "meet", a player who "resigned" a lost game.
_GAME_RULES: Final = frozenset({_GAME_MEET, _RESIGN})
_FORCE: Final = re.compile(r"\b(?:kill\w*+|dead|died|wounded|injured|casualties|missiles?|rockets?|drones?|shell\w*+|bomb\w*+|"
                           r"air\s*+strikes?|troops|soldiers|forces|army|military|rebels|militants|gunmen|warships?|ships?|"
                           r"vessels?|police|paramilitar\w*+|militias?|fighters|insurgents|jihadists|warplanes|jets|artillery|"
                           r"refugees?|civilians)\b", re.IGNORECASE)
# A verb after a comma or "and" that continues a series of its subject's verbs.
# Munitions the interception of which is air defence, not a seizure (a ship or boat intercepted is seized).
_SEIZED_BY: Final = "seized-by"
_SHOT_DOWN: Final = re.compile(r"\b(?:missiles?|rockets?|drones?|projectiles?|shells|ballistic|cruise|UAVs?)\b(?![^.;]*?\b(?:ship|"
                               r"vessel|boat|tanker|trawler|yacht|freighter)s?\b)", re.IGNORECASE)
_SHOT_DOWN_WINDOW: Final = 140
_IN_SERIES: Final = re.compile(r"(?:,|,?\s++and)\s++(?:(?:had|has|have|then|also)\s++)?$")
# A possessive before a name in the first verb's object ("his Russian girlfriend").
_POSSESSED_BEFORE: Final = re.compile(r"\b(?:his|her|its|their|our)\s++$", re.IGNORECASE)
_SERIES_BREAK: Final = re.compile(r"\b(?:while|whereas|but|although|though|said|says|saying|told|who|which)\b|;",
                                  re.IGNORECASE)
_YEAR: Final = re.compile(r"^[^.;]*?\b(?:in|after\s++the|following\s++the|since)\s++(?:\w++\s++)?((?:19|20)\d\d)\b")
_AS_BEFORE: Final = re.compile(r"\bas\s++(?:it|they|he|she)\s++did\b|\bas\s++in\b", re.IGNORECASE)
# "by" after a participle is that participle's agent ("fighters backed by the United States"), not the act's.
_PARTICIPLE_BY: Final = re.compile(r"\b(?:backed|supported|funded|financed|sponsored|armed|trained|equipped|organi[sz]ed|"
                                   r"run|owned|operated|led|sent|hosted|escorted|provided|donated|built|supplied|"
                                   r"chartered|protected|guarded|recognised|recognized)\s++by\s++(?:the\s++)?$",
                                   re.IGNORECASE)
# A verb in the past ("broke off", "severed", "recalled"), not a gerund ("the issue of lowering ... relations").
_PAST_VERB: Final = re.compile(r"(?:[a-z]*ed|broke|cut|withdrew|shut|froze)\b", re.IGNORECASE)
# ... or one in progress, or decided: "announced that it was terminating", "the decision of X to sever ties".
_DONE_BEFORE: Final = re.compile(r"\b(?:was|were|is|are|decision\s++(?:\S++\s++){0,6}?to)\s++$", re.IGNORECASE)
_DECISION_NOUN: Final = re.compile(r"\b(?:decisions?|moves?|plans?|steps?|measures?)\s*+$", re.IGNORECASE)
# A negation that refuses a future act ("would not approve", "won't recognise", "refuses to").
_REFUSAL: Final = re.compile(r"\b(?:will|would|shall)\s++not\b|\b(?:won|wouldn)['’]t\b|\brefus", re.IGNORECASE)
# "agreed to" (or "agreed to set up a commission and to") before a cooperative verb: the act is promised, not done ("agreed to expel" decides an act).
_REFUSED_BY_NEGATION: Final = frozenset({"recognize"})
_NOT_AT_END: Final = re.compile(r"\b(?:not|never|n['’]t)\s*+$", re.IGNORECASE)
_AGREED_TO: Final = re.compile(r"\bagree(?:s|d|ing)?\s++(?:\S++\s++){0,12}?to\s*+$", re.IGNORECASE)
# A rule of this pseudo-type repeats the last act reported with a new actor (see _echo).
ECHO: Final = "ECHO"
_ECHO_TYPES: Final = frozenset({"SANCTION", "ACCUSE", "COERCE", "AID", "AGREE", "REJECT", "RETREAT", "SUPPORT",
                                "REQUEST", "MOBILIZE", "THREATEN"})
_ECHO_LOOKBACK: Final = 6
_ECHO_OBJECT_WINDOW: Final = 50
_PARTICIPLE: Final = re.compile(r"\w+ing\b")
# "any deployment of Western troops": whose forces the act would bring.
# (Read from a little before the phrase's end, as a role may have joined it: "Western troops".)
_DEPLOYMENT_NOUN: Final = re.compile(r"\b(?:deployments?|presence|arrival|stationing|build-?up|involvement|use)\s*+$",
                                     re.IGNORECASE)
_DEPLOYED_FORCE: Final = re.compile(r"\s++(?:[\w-]++\s++)?(?:troops|forces|soldiers|mercenaries|fighters|"
                                    r"instructors|contractors|paramilitaries|units)\b", re.IGNORECASE)
_FORCE_AFTER: Final = re.compile(r".{0,12}?\b(?:troops|forces|soldiers|military|weapons|missiles|warships|instructors)\b")
_FORCE_TAIL: Final = 12
# What an organisation says or does about the one country a story is about (see _bloc_on_the_story).
_BLOC_ON_STORY_TYPES: Final = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SANCTION"})
# A story about what a country's rulers did (see _bloc_on_the_story) ...
_RULERS_STORY: Final = re.compile(
    r"\b(?:coup|junta|putsch|takeover|seized\s++power|seizure\s++of\s++power|ousted|overthr(?:ew|own|ow)"
    r"|military\s++(?:rulers|government|regime|leaders)|crackdown)\b", re.IGNORECASE)
# A call or threat in the sentence aimed at two parties: not at the rulers alone.
_TWO_PARTIES: Final = re.compile(r"\b(?:both|two|all)\s++(?:sides|parties|countries|neighbou?rs|governments)\b|\bdialogue\b",
                                 re.IGNORECASE)
# ... unless the takeover failed.
_FAILED_COUP: Final = re.compile(
    r"\b(?:attempted|failed|foiled|thwarted|abortive)\s++(?:military\s++)?(?:coup|putsch|takeover)|coup\s++attempt",
    re.IGNORECASE)
# ... (a failed coup counts when rulers took power all the same: "the junta, which foiled a coup attempt").
_RULERS_IN_POWER: Final = re.compile(
    r"\b(?:junta|seized\s++power|ousted|overthr(?:ew|own)|military\s++(?:rulers|government|regime))\b", re.IGNORECASE)
# ... of which a condemnation only of what the country's rulers did: "the takeover", "the coup", "the crackdown".
_RULERS_ACT: Final = re.compile(
    r"\s++(?:the|this|last\s++\w++['’]s|\w++['’]s)?\s*+(?:[\w-]++\s++)?(?:takeover|coup|putsch|seizure\s++of\s++power"
    r"|crackdown|power\s++grab|overthrow|ousting|arrest\s++of\s++(?:the\s++)?(?:president|prime\s++minister))\b",
    re.IGNORECASE)
# Words that make an announced deployment help for its host (see _as_promise): an offer governing the verb ...
_OFFER_BEFORE: Final = re.compile(
    r"\b(?:offer(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|agreed|ready|prepared|volunteer(?:s|ed)?|willing(?:ness)?|"
    r"readiness)\s++to\b"
    r"|\b(?:pledg(?:e|es|ed)|promis(?:e|es|ed))\b(?![^,;]*?\b(?:victory|retaliation|revenge|response)\b)", re.IGNORECASE)
# ... or help named with the host: "to Haiti at the request of", "to Guyana in a show of support", "to help Finland".
_HELP_AFTER: Final = re.compile(
    r"(?:['’]s\s++(?:\S++\s++){0,2}?)?\s*+,?\s*+(?:at\s++(?:the\s++)?(?:\S++\s++)?(?:request|invitation)|in\s++(?:a\s++)?show\s++of\s++"
    r"(?:support|solidarity)|as\s++part\s++of\s++(?:an?|the)\s++(?:\S++\s++){0,3}?(?:mission|force))\b", re.IGNORECASE)
_HELP_BEFORE_HOST: Final = re.compile(r"\bto\s++(?:help|assist|support)\s++(?:the\s++)?$", re.IGNORECASE)
# ... not to a border ("to the Afghan border", "to Poland's eastern frontier").
_BORDER_NEXT: Final = re.compile(r"(?:['’]s)?\s++(?:\w++\s++)?(?:border|frontier|boundary)\b", re.IGNORECASE)
_OFFER_WINDOW: Final = 90
_CREWED: Final = re.compile(r"\b(?:warships?|vessels?|ships?|submarines?|carriers?|bombers?|destroyers?|frigates?|fleet)\b",
                            re.IGNORECASE)
# A verdict noun after a demonym ("another Russian provocation", "an act of Chinese aggression").
_VERDICT_AFTER: Final = re.compile(
    r"\s++(?:provocations?|aggression|interference|meddling|propaganda|disinformation|blackmail|lies|hostility"
    r"|bullying|hegemony|imperialism|occupation|expansionism)\b", re.IGNORECASE)
# ... right after an article or a word of degree, not after "for" ("a reward for Palestinian terrorism").
_VERDICT_PREPS: Final = frozenset({"another", "a", "an", "new", "latest", "further", "blatant", "flagrant", "open",
                                   "of", "serious", "dangerous", "typical", "yet", "outright", "naked", "brazen"})
_VERDICT_WINDOW: Final = 30
# Force threatened in a place (see _drafts_for).
_FORCE_THREATENED: Final = re.compile(
    r"\b(?:force|military\s++(?:action|operation|intervention)|intervene|intervention|invade|invasion|strikes?|"
    r"ground\s++operation|offensive)\b", re.IGNORECASE)
_FORCE_IN_WINDOW: Final = 80
# A second reported clause of the same statement: "said the move was a threat ... and that Georgetown would ask".
_AND_THAT: Final = re.compile(r"\band\s++that\s", re.IGNORECASE)
# A source between a relative pronoun and the verb it reports: "(that) Palestinian officials said (killed)".
_SOURCE_THEN_VERB: Final = re.compile(r"\s++(?:said|says|say|claimed|claims|reported|estimated)\s++"
                                      r"(?:(?:had|has|have|was|were)\s++)?", re.IGNORECASE)
_RELATIVE_BEFORE: Final = re.compile(r"\b(?:that|which)\s++(?:the\s++)?$", re.IGNORECASE)
# A natural disaster as what killed, with no weapon or armed force named (see _drafts_for).
_DISASTER: Final = re.compile(
    r"\b(?:typhoon|hurricane|cyclone|storm|earthquake|quake|flood(?:s|ing)?|landslides?|mudslides?|wildfires?|tornado|"
    r"tsunami|heatwave|avalanche|monsoon|eruption|droughts?|blizzard|snowstorm|volcan\w*+)\b", re.IGNORECASE)
# ... in a headline, where "storm" is mostly a verb ("protesters storm president's house"): a kind of storm.
_HEADLINE_DISASTER: Final = re.compile(
    _DISASTER.pattern.replace("|storm|", "|(?:tropical|winter|severe|dust|sand|snow|ice)\\s++storm|"),
    re.IGNORECASE)
_ARMED: Final = re.compile(
    r"\b(?:troops|forces|soldiers|army|military|police|militants|gunmen|rebels|missiles?|rockets?|drones?|shell(?:s|ing)|"
    r"air\s*+strikes?|bomb\w*+|artillery|attack\w*+|fire[ds]?\b|shot)", re.IGNORECASE)
# Unrest a state of emergency may answer besides a disaster ("as protesters blocked roads after the floods").
_UNREST: Final = re.compile(r"\b(?:protest\w*+|demonstrat\w*+|riot\w*+|unrest|violence|clashes|gangs?|insurgen\w*+|"
                            r"coup|looting|uprising)", re.IGNORECASE)
# A clause about what provoked a threat (see _drafts_for).
_PROVOCATION_CLAUSE: Final = re.compile(r"\b(?:after|following|since|when)\s", re.IGNORECASE)
_STANCE_PREFIXES: Final = ("anti-", "pro-")
_WELCOMED: Final = re.compile(r"(?:welcom|hail|applaud|prais|congratulat)", re.IGNORECASE)
# Exercises of several forces held together: "combined" drills of a subject naming two or more.
_COMBINED: Final = re.compile(
    r"\bcombined\s++(?!arms\b)(?:\S++\s++){0,2}?(?:exercises|drills|manoeuvres|maneuvers|war\s++games|patrols)\b",
    re.IGNORECASE)
# Verbs that hand weapons over rather than deploy them.
_HANDED_OVER: Final = ("send", "sent", "deliver", "suppl", "provid", "ship", "transfer", "give", "donat", "dispatch")
# A deployment's destination right before its name: "to Haiti", "in Lithuania", "to the Baltic state", "to help
# Finland".
_HOST_BEFORE: Final = re.compile(r"\b(?:to|in|help|assist|support)\s++(?:the\s++)?$", re.IGNORECASE)
# A subject that is no state: "The French football team did the same".
_NOT_STATE_SUBJECT: Final = re.compile(r"\b(?:team|club|media|television|tv|newspaper|company|firm|fans|players?|"
                                       r"opposition|party)\b", re.IGNORECASE)
# A measure or blame whose reason follows "for" ("sanctioned three firms for supplying drones").
_MEASURE_BEFORE: Final = re.compile(
    r"\b(?:sanction|target|fine|fined|punish|jail|sentenc|expel|arrest|detain|blam|criticis|criticiz|condemn|accus|"
    r"blacklist|penali[sz]|indict|charg|convict|tried)\w*+\b", re.IGNORECASE)
_MEASURE_WINDOW: Final = 80
# A modal verb that a rule's match starts with ("will not cooperate").
_MODAL: Final = re.compile(r"(?:will|would|shall)\b", re.IGNORECASE)
# A condition that the main clause depends on ("If the talks fail, ..."), not "even if", "as if", "asked if".
_REAL_CONDITION: Final = re.compile(r"(?<!\beven )(?<!\bas )(?<!\basked )(?<!\bask )(?:if|unless)\b", re.IGNORECASE)
# A question ("Did Trump threaten to withhold aid?") asks whether an event happened; it does not report one.
# A gerund after a denial: "denied supplying", "denies ever having backed", "denied any role in" is not one.
_CLAIM: Final = re.compile(r"\s++(?:that\b|(?:the\s++|these\s++|such\s++)?(?:media\s++|press\s++|news\s++)?reports?\b)",
                           re.IGNORECASE)
_DOING: Final = re.compile(r"\s++(?:(?:any|ever|having|that\s++it\s++was|it\s++was)\s++)?[a-z]++(?<=ing)\b")
_JOINT_DRILLS_AROUND: Final = "joint-drills-around"
_DOUBTED: Final = re.compile(r"\b(?:doubt(?:s|ed|ing)?\s++(?:that|whether|if)|(?:it\s++(?:is|was)\s++)?unclear\s++(?:whether|if)|"
                             r"unlikely\s++that)\b[^.;:]*+$", re.IGNORECASE)
_DOUBT_WINDOW: Final = 80
# A sentence telling a work of fiction's plot: "In the TV drama, the Danish prime minister puts the troops on alert".
_FICTION: Final = re.compile(r"in\s++(?:the|a|an|his|her|their)\s++(?:[\w-]++\s++){0,3}?(?:novel|film|movie|drama|series|"
                             r"sitcom|video\s++game|game|thriller|play|musical|opera|comic|episode|fiction|story)\b",
                             re.IGNORECASE)
_QUESTION: Final = re.compile(r"\?[\s\"'”’)\]]*+$")


def code_document(*, doc_id: str, text: str, published_date: dt.date | None, resources: CoderResources,
                  published_precision: DatePrecision | None = None) -> list[CodedEvent]:
    """Every event the text reports, one CodedEvent per (event, sentence); never raises on odd text."""
    if not text or not text.strip():
        return []
    doc = read_document(text, resources, Published(published_date, _precision(published_date, published_precision)))
    drafts: list[Draft] = []
    for k, matches in enumerate(doc.matches):
        if not matches:
            continue  # no trigger: nothing to code
        try:
            drafts.extend(_code_sentence(doc.sentence(k), doc, resources, drafts))
        except (ValueError, IndexError, KeyError, OverflowError, RecursionError) as exc:
            # One pathological sentence must not lose the document's other events.
            log.warning("coder skipped sentence %d of %s: %r", k, doc_id, exc)
    _casualties_told_next(drafts, doc)
    published_day = doc.published.date if doc.published.precision == "day" else None
    return [_finish(p, doc_id, published_day) for d in drafts if d.actor_codes for p in _each_party(d)]


# "Thailand and Cambodia agreed to hold talks": what parties agree on together (not "pledged", "promised").
_AGREED: Final = re.compile(r"agree[sd]?\b", re.IGNORECASE)
# An exercise, which every party named takes part in (not a pact, signed by one with the other).
_EXERCISE: Final = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war\s++games|training|patrols?)\b", re.IGNORECASE)
_PACT: Final = re.compile(r"\b(?:pacts?|treat(?:y|ies)|agreements?|accords?|deals?)\b", re.IGNORECASE)
# ... or the act they agreed to: "Kyrgyzstan and Tajikistan agreed on Friday to withdraw troops".
_AGREED_BEFORE: Final = re.compile(r"\bagree[sd]?\s++(?:\S++\s++){0,3}?to\s++$", re.IGNORECASE)
_AGREED_REACH: Final = 40


def _office_holder(actor: Compound | None, s: Sentence, doc: Doc, t: TriggerMatch) -> bool:
    """A resignation's subject holds an office of state: a listed official, a learnt name or a title ("Serbia's Prime
    Minister Milos Vucevic resigned"), not a company's, a team's or an orchestra's man ("Toyota's chairman stepped
    down"), nor "resigned themselves to" or "step down their attack"."""
    if actor is None or _NOT_RESIGNING.match(s.text, t.end) is not None:
        return False
    if actor.kind == "pronoun":
        return phrase_text(s, actor).lower() in ("he", "she")  # ("He was forced to resign in 2018")
    return is_person(actor, s, doc) and _PRIVATE_ROLE.search(phrase_text(s, actor)) is None


_NOT_RESIGNING: Final = re.compile(r"\s++(?:themselves|himself|herself|ourselves|to\b|their|its|his|her)\b", re.IGNORECASE)
_PRIVATE_ROLE: Final = re.compile(r"\b(?:chairman|chairwoman|chair|chief\s++executive|executive|CEO|director|manager|coach|"
                                  r"player|conductor|captain|editor|founder|doctors?|lawmakers|grandmaster)\b", re.IGNORECASE)


def _each_party(d: Draft) -> list[Draft]:
    """A joint act of a list of parties that names no one else ("Armenia and Azerbaijan signed a peace deal", "the
    two sides agreed to meet"): each party acts on the others, one event per party (as _mutual codes an exchange of
    fire); the act of one party, or one aimed at someone named, stays one event."""
    rule = d.trigger.rule
    if rule.joint and d.event_type == "COOPERATE" and d.recipient_codes and d.actor_codes \
            and not set(d.actor_codes) & set(d.recipient_codes) and _EXERCISE.search(d.sentence.text, d.trigger.start, d.trigger.end) \
            and _PACT.search(d.sentence.text, d.trigger.start, d.trigger.end) is None:
        # "SANDF is conducting a maritime exercise with the navies of Russia and China": all take part.
        parties = d.actor_codes + d.recipient_codes
    elif d.recipient_codes or len(d.actor_codes) < 2 or d.event_type == "CONSULT" \
            or not (rule.joint or rule.voice == "participants" or _AGREED.match(d.sentence.text, d.trigger.start)
                    or _AGREED_BEFORE.search(d.sentence.text, max(0, d.trigger.start - _AGREED_REACH), d.trigger.start)):
        return [d]
    else:
        parties = d.actor_codes
    text = ", ".join(x for x in (d.actor_text, d.recipient_text) if x)
    return [replace(d, actor_codes=(a,), recipient_codes=tuple(x for x in parties if x != a), recipient_text=text)
            for a in parties]


# A sentence that tells of another incident than the one before it: its casualties are not that attack's.
_OTHER_INCIDENT: Final = re.compile(r"\b(?:separate(?:ly)?|elsewhere|another|earlier|previous(?:ly)?|last\s++(?:year|"
                                    r"month)|since|(?:19|20)\d\d)\b", re.IGNORECASE)


def _casualties_told_next(drafts: list[Draft], doc: Doc) -> None:
    """An attack whose own sentence gives no casualties takes those of the next sentence of its paragraph when that
    sentence codes no attack of its own and tells of no other incident ("Russian missiles struck Kharkiv on
    Monday. Three people were killed and 12 wounded, the governor said.")."""
    attacks: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.event_type == "ASSAULT":
            attacks.setdefault(d.sentence.index, []).append(d)
    for k, here in attacks.items():
        if len(here) != 1 or here[0].killed is not None or here[0].injured is not None or k + 1 >= len(doc.spans) \
                or k + 1 in attacks or here[0].status != "actual":
            continue
        nxt = doc.sentence(k + 1)
        if "\n\n" in doc.text[here[0].sentence.end:nxt.start] or _OTHER_INCIDENT.search(nxt.text):
            continue
        killed, injured = casualties(nxt.text, find_numbers(nxt.text, nxt.tokens))
        if killed is not None or injured is not None:
            here[0].killed, here[0].injured = killed, injured


def _earlier_year(text: str, doc: Doc) -> bool:
    """True when text (what follows an act) dates it to a year before the publication's ("cut ties after the 1979
    revolution", "in 2016"; not "invoking a 1961 convention", "as it did in 2009")."""
    year = doc.published.date.year if doc.published.date is not None else None
    return year is not None and any(int(m.group(1)) < year for m in _YEAR.finditer(text)) \
        and _AS_BEFORE.search(text) is None


def _precision(published: dt.date | None, given: DatePrecision | None) -> DatePrecision:
    """How exact the publication date is; unstated, a January 1st is taken as a year-only date (copyright line)."""
    if published is None:
        return "unknown"
    if given is not None:
        return given
    # Weekday cues resolved against a year-only date would invent days; a Jan 1 article loses only precision.
    return "year" if (published.month, published.day) == (1, 1) else "day"


def _code_sentence(s: Sentence, doc: Doc, res: CoderResources, earlier: list[Draft]) -> list[Draft]:
    """Drafts of every trigger of one sentence, recipients completed from context."""
    k = s.index
    matches = s.matches
    if not matches:
        return []
    learn_names_before(doc, k)
    if not s.items and not (any(w in s.lowered for w in _AT_HOME_WORDS)
                            and any(m.rule.event_type in _AT_HOME_TYPES for m in matches) and _home_of_story(doc)) \
            and not any(m.rule.implicit_actor == "pair" for m in matches):
        # Nobody to act (but "More than 100 people have been arrested" in a story from Colombo: at home; "A ceasefire
        # was agreed late on Thursday": the sides of the clash before).
        return []
    if "?" in s.text[-8:] and _QUESTION.search(s.text, max(0, len(s.text) - 8)):
        return []
    if s.text[:2] in ("In", "in") and _FICTION.match(s.text):
        return []  # "In the novel, Afghan tribesmen recapture a fort": a story's plot, not news
    ctx = SentenceContext(condition_spans(s.text, s.lowered), find_numbers(s.text, s.tokens), s, doc)
    drafts: list[Draft] = []
    complement_from: int | None = None
    complement_to = len(s.text)
    denial = False
    speaker: tuple[str, ...] = ()
    # Where a demand's relative clause on a person begins ("... who was detained by"), and the parties named in the
    # demand's object before it.
    befell_from, befell_to, befell_parties = len(s.text), len(s.text), frozenset[str]()
    for t in matches:
        if ctx.conditions and any(span.contains(t.start) for span in ctx.conditions):
            continue  # the 'if' clause of a conditional is not asserted
        found = args_mod.find_arguments(s.text, s.compounds, t)
        if found.actor is not None and _MEMBERS_AFTER.match(s.text, found.actor.end) \
                and _MEMBERSHIP_COUNT.search(s.text, max(0, found.actor.start - 40), found.actor.start):
            continue  # "More than 140 of the 193 U.N. member states now recognise Palestine": a tally, not an act
        if found.recipients and t.rule.voice == "active" and len(matches) > 1 \
                and t.rule.event_type not in ("REJECT", "ACCUSE"):
            first = found.recipients[0].start
            later = next((m for m in matches if t.end <= m.start < first), None)
            if later is not None and _OWN_OBJECT_AND.fullmatch(s.text, t.end, later.start):
                # "welcomed the decision and called on Hungary to ratify": the next verb's object, not this one's
                # (A demand rebuffed or an act condemned is most often the one then blamed or urged: "rejected the
                # demand and accused Kinshasa", "condemned the sale and urged Washington to stop arming Taiwan".)
                found = replace(found, recipients=())
        if found.actor is not None and t.rule.voice == "active" and _IN_SERIES.search(s.text, max(0, t.start - 8),
                                                                                     t.start) \
                and s.text.endswith("ed", t.start, args_mod.head_end(s.text, t)) \
                and not args_mod.starts_clause(s.text, found.actor):
            # "it closed its airspace to all Indian-operated airlines, suspended all trade with India": a verb in a
            # series shares its first verb's subject, not the object of the verb before it.
            subject = found.actor
            main = args_mod.clause_subject_before(s.text, s.compounds, subject.start)
            if main is not None and _SERIES_BREAK.search(s.text, main.end, t.start) is None:
                found = replace(found, actor=main)
            elif main is None and _POSSESSED_BEFORE.search(s.text, max(0, subject.start - 8), subject.start) \
                    and any(m.end <= subject.start for m in matches) and _SERIES_BREAK.search(s.text, 0, t.start) is None:
                # "Leaders meeting in Brussels called for the release of Protasevich and his Russian girlfriend, and
                # asked EU ministers to ...": a modifier in the first verb's object is not the next verb's subject.
                found = replace(found, actor=None)
        if found.actor is not None and _SOURCE_THEN_VERB.fullmatch(s.text, found.actor.end, t.start) is not None \
                and _RELATIVE_BEFORE.search(s.text, max(0, found.actor.start - 8), found.actor.start) is not None:
            # "an air strike on Gaza that Palestinian officials said killed 20 people": the officials report what the
            # strike did (its casualties are the strike's); they are not its actor.
            continue
        if args_mod.adjunct_participle(s.text, t):
            # "Somalia recalled its ambassador ... to Ethiopia, calling it a violation", "..., the Armenian defence
            # ministry said, accusing": the participle shares the subject of the nearest clause before it, which is
            # what a passive one is done to ("Iran struck Erbil, drawing condemnation from Baghdad").
            main = args_mod.clause_subject_before(s.text, s.compounds, t.start)
            if main is not None and t.rule.voice == "passive":
                if found.actor is not None and found.actor is not main:
                    found = replace(found, recipients=(main,))
            elif main is not None and found.actor is not main:
                found = replace(found, actor=main)
            elif main is None and found.actor is not None and found.actor.prep == "of" and drafts \
                    and drafts[-1].actor_codes and t.rule.voice == "active":
                # "protesters attacked several embassies, including those of France, Belgium and Kenya, accusing
                # Western countries": a subject the gazetteer does not know, read through its clause's act (the
                # crowd's country), not the owners of what it acted on.
                owner = drafts[-1]
                new_drafts = _drafts_for(t, found, s, doc, res, ctx)
                drafts.extend(replace(d, actor_codes=owner.actor_codes, actor_text=owner.actor_text)
                              for d in new_drafts if d.recipient_codes != owner.actor_codes)
                continue
        in_complement = complement_from is not None and complement_from <= t.start < complement_to \
            and not found.coordinated
        if in_complement and speaker and found.actor is not None \
                and (found.actor.start >= (complement_from or 0)
                     or _AND_THAT.search(s.text, complement_from or 0, t.start) is not None) \
                and codes(found.actor, s, doc) == speaker:
            in_complement = False  # "said the move was a threat ... and that Georgetown would ask the UN": its own act
        if in_complement and not (denial and t.rule.event_type not in COMPLEMENT_TYPES):
            continue
        if t.rule.id == _SEIZED_BY and "intercept" in s.lowered[t.start:t.end] \
                and _SHOT_DOWN.search(s.text, max(0, t.start - _SHOT_DOWN_WINDOW), t.start) is not None:
            continue  # "Iran fired 180 missiles at Israel, most of which were intercepted by Israel": air defence
        if (t.rule.event_type == "ASSAULT" or t.rule.id in _GAME_RULES) \
                and _FORCE.search(s.text) is None \
                and (_SPORT.search(s.text) is not None or _SPORT.search(doc.text, *doc.spans[0]) is not None
                     or (t.rule.event_type == "ASSAULT" and _TRADE.search(s.text) is not None)) \
                and (t.rule.id != _GAME_MEET or person_before(s, doc, t.start) is None):
            # "an Uzbek grandmaster launched a blistering kingside attack to beat the tournament's top seed", "South
            # Africa and Cape Verde meet on Saturday", "Nepomniachtchi resigned after 40 moves", under a headline of
            # the World Cup: a game (but "a Russian missile struck a football stadium, killing three" is force all the
            # same, and "Macron met Xi at the Olympics" a meeting)
            continue
        if t.rule.id == _RESIGN and not _office_holder(found.actor, s, doc, t):
            continue  # "Toyota's chairman stepped down", "lawmakers resigned themselves to": no office of state
        if s.lowered.endswith("to", 0, t.start - 1) and _SOUGHT.search(s.text, max(0, t.start - 90), t.start):
            continue
        if t.rule.event_type == "REQUEST" and s.lowered.endswith("to", 0, t.start - 1) \
                and _SUMMONED_TO.search(s.text, max(0, t.start - _SUMMONED_REACH), t.start) is not None:
            continue  # "summoned Pakistan's charge d'affaires to demand an explanation": the summons says it
        if "doubt" in s.lowered or "unclear" in s.lowered or "unlikely" in s.lowered:
            if _DOUBTED.search(s.text, max(0, t.start - _DOUBT_WINDOW), t.start):
                continue  # "Analysts doubt that the EU will lift sanctions any time soon": an open question
        if s.lowered.endswith(" to ", 0, t.start) and _REVERSED.search(s.text, max(0, t.start - 80), t.start):
            continue  # "withdrew its decision to expel Montenegro's ambassador": undone, not done (a concession)
        if s.lowered.endswith(" to have ", 0, t.start) and _RANKED_BEFORE.search(s.text, max(0, t.start - 60), t.start):
            continue  # "the only two Arab states to have signed peace treaties with Israel": who they are, not news
        if s.lowered.endswith(" for ", 0, t.start) and _PARTICIPLE.match(s.text, t.start) \
                and _MEASURE_BEFORE.search(s.text, max(0, t.start - _MEASURE_WINDOW), t.start):
            # "targeted Chinese firms for supplying weapons to Moscow": the reason given for a measure, not an act
            # reported (but "apologized for killing", "thanked Germany for sending" report it).
            continue
        new = _echo(t, found, s, doc, ctx, drafts, earlier) if t.rule.event_type == ECHO \
            else _unnamed_truce(t, found, s, doc, ctx, drafts, earlier) \
            if t.rule.implicit_actor == "pair" and found.actor is None \
            else _drafts_for(t, found, s, doc, res, ctx)
        if befell_from <= t.start < befell_to:
            # What befell the person a demand is about names its victim there ("an Argentine officer who was detained
            # by"), or is not coded ("aid workers who were detained by the Houthis": not the demander's).
            new = [d for d in new if d.recipient_codes and set(d.recipient_codes) <= befell_parties]
        if in_complement:
            # "Iran denied that it had supplied drones to Russia": the act is recorded as denied.
            new = [replace(d, status="denied") for d in new if d.status in ("actual", "historical")]
        for d in new:
            _both_parties(d, doc, drafts + new, earlier)
        drafts.extend(new)
        doc.mediators.update(c for d in new if d.event_type == "CONSULT" and d.mode == "third-party"
                             for c in d.actor_codes if c not in d.recipient_codes)
        if new and t.rule.event_type in COMPLEMENT_TYPES and t.rule.content and not in_complement:
            complement_from = t.end
            # The content ends where a participle or relative clause about the act itself begins
            # ("refused to accept the flights, prompting Trump to order tariffs"), or with the relative clause that
            # holds the trigger ("Iran, which has threatened to retaliate, fired missiles").
            end = _CLAUSE_AFTER.search(s.text, t.end)
            complement_to = end.start() if end else len(s.text)
            if end is not None and end.group().lstrip().startswith("who"):
                befell_from = end.start()
                # (The relative clause ends at a comma, a semicolon or "and" before the demander's next act.)
                close = _RELATIVE_END.search(s.text, end.end())
                befell_to = close.start() if close is not None else len(s.text)
                befell_parties = frozenset(x for c in s.compounds if t.end <= c.start < befell_from
                                           for x in codes(c, s, doc))
                if not befell_parties and all(x in doc.countries for x in new[0].actor_codes):
                    # "Venezuela demanded the release of a diplomat who was detained by Colombian police": a state's
                    # demand for someone of no named country is for its own (not an organisation's: "aid workers").
                    befell_parties = frozenset(new[0].actor_codes)
            aside = _RELATIVE_ASIDE.search(s.text, max(0, t.start - _ASIDE_REACH), t.end + _ASIDE_REACH) \
                if ", wh" in s.text else None
            if aside is not None and aside.start() < t.start and aside.end() >= t.end:
                complement_to = min(complement_to, aside.end())
            denial = t.rule.event_type == "REJECT" and s.lowered.startswith("den", t.start)
            # A speaker's verdict on an act named before it ("said the move was a threat to ...") has the rest of the
            # statement as content, save what the speaker's own side will do.
            speaker = new[0].actor_codes if t.rule.voice == "attributed" else ()
    unanswered: list[Draft] = []
    revived: list[Draft] = []
    for d in drafts:
        if d.recipient_codes and _denies_claim(d):
            # "The Kremlin denied that Russian and Ukrainian officials had held secret talks": a denial of a report is
            # aimed at whoever made the claim; with no accusation reported, at no state (not the ones it names).
            d.recipient_codes = ()
            fill_recipient(d, drafts, earlier, doc.objectless)
            if not d.recipient_codes:
                unanswered.append(d)
            continue
        if d.recipient_codes and _denies_doing(d):
            # "Ukraine accused Iran of supplying drones to Russia. Iran denied supplying Russia with drones": a denial of
            # doing something answers the accusation before it; whom the deed concerns is the recipient only when no
            # accusation was reported.
            named = d.recipient_codes, d.recipient_text
            d.recipient_codes = ()
            fill_recipient(d, drafts, earlier, doc.objectless)
            if not d.recipient_codes:
                d.recipient_codes, d.recipient_text = named
        if d.needs_recipient and not d.recipient_codes:
            fill_recipient(d, drafts, earlier, doc.objectless)
            if not d.recipient_codes:
                _talks_counterpart(d, ctx.conditions, earlier + drafts, doc.leading_countries)
            if not d.recipient_codes:
                answered = _unaddressed_threat(d, doc)
                if answered is not None:
                    # "Ryabkov would not rule out stationing forces in Cuba. The US government dismissed this": the
                    # threat was aimed at whoever dismissed it, and is coded after all.
                    d.recipient_codes, d.recipient_text = answered.actor_codes, answered.actor_text
                    answered.recipient_codes, answered.recipient_text = d.actor_codes, d.actor_text
                    doc.objectless.remove(answered)
                    revived.append(answered)
            if not d.recipient_codes:
                _guess_broken_ties_partner(d, s, doc)
            if not d.recipient_codes:
                _guess_other_side(d, doc, drafts, earlier)
            if not d.recipient_codes:
                _decision_author(d, doc, earlier)
            if not d.recipient_codes:
                _bloc_on_the_story(d, doc, res, earlier + drafts)
            if not d.recipient_codes and d.trigger.rule.recipient == "story":
                story = _story_recipient(d, s, doc, earlier + drafts)
                if story is not None:
                    d.recipient_codes = (story,)
                    if d.trigger.rule.id == _APOLOGISED:
                        d.confidence -= _GUESSED_ACTOR_DOUBT  # (an apology's addressee is a guess)
            if not d.recipient_codes:
                _call_on_the_story(d, doc, earlier + drafts)
        _as_promise(d)
        _organisation_help(d, res)
        _drop_unfit(d, doc)
        _rescue_as_aid(d)
        if not d.recipient_codes and len(d.actor_codes) > 1 and d.trigger.rule.id == _PLEDGE_MONEY:
            d.needs_recipient = False  # a pledge of several whose beneficiary no report names: as a joint act
        if not d.recipient_codes and d.event_type == "SUPPORT" and len(d.actor_codes) > 1 \
                and _WELCOMED.match(s.text, d.trigger.start):
            d.needs_recipient = False  # several who welcome what no report names: their joint act, as before
        if d.event_type == "PROTEST" and not d.recipient_codes and len(d.actor_codes) == 1 \
                and d.actor_codes[0] in doc.countries:
            # "Tens of thousands of Georgians rallied in Tbilisi against the government's decision": a protest aimed
            # at no one named is the protesters' own state's business.
            d.recipient_codes = d.actor_codes
    if unanswered:
        drafts = [d for d in drafts if not any(d is u for u in unanswered)]
    kept = [d for d in drafts if d.recipient_codes or not d.needs_recipient]
    if len(kept) < len(drafts):
        # "North Korea fired a ballistic missile on Monday" names no side struck and is not coded, but "Japan
        # condemned the launch" answers it.
        doc.objectless.extend(d for d in drafts if not (d.recipient_codes or not d.needs_recipient))
    return revived + _merge_twins(kept)


def _both_parties(d: Draft, doc: Doc, siblings: list[Draft], earlier: list[Draft]) -> None:
    """A mediation that names one party ("Five Americans were freed in a swap brokered by Qatar") in a story about
    that party and one other country (named outside this sentence more than once, and not reported only helping or
    agreeing with it): the mediator dealt with both."""
    if d.event_type != "CONSULT" or d.mode != "third-party" or len(d.recipient_codes) != 1:
        return
    # The story's two main countries besides the mediator.
    main, two_sided = doc.main_countries(d.actor_codes)
    if not two_sided or d.recipient_codes[0] not in main:
        return
    other = main[1] if main[0] == d.recipient_codes[0] else main[0]
    pair = {d.recipient_codes[0], other}
    between = {o.event_type in _AT_ODDS for o in earlier + siblings if o is not d and o.event_type not in _BROKERED
               and set(o.actor_codes) & pair
               and set(o.recipient_codes) & pair and set(o.actor_codes + o.recipient_codes) >= pair}
    if between == {False}:
        return  # (a friend's help is no dispute to mediate: "U.S. aid to Ukraine ... an exchange mediated by the UAE")
    named = doc.mentions_of(other)
    if _mentions_outside(named, d.sentence) >= 2:
        d.recipient_codes += (other,)
        d.confidence -= _GUESSED_ACTOR_DOUBT


def _talks_counterpart(d: Draft, conditions: list[Span], reported: list[Draft], leading: tuple[str, ...]) -> None:
    """A threat on condition that talks fail or stall ("Russia will send troops to Cuba and Venezuela if the
    negotiations fail") is aimed at the other side of the last talks its actor was reported holding (a guess)."""
    if d.event_type != "THREATEN" or not conditions:
        return
    text = d.sentence.text
    if not any(span.start > d.trigger.start - _CONDITION_REACH and _TALKS.search(text, span.start, span.end)
               for span in conditions):
        return
    talks = [o for o in reported if o.event_type == "CONSULT" and set(d.actor_codes) & set(o.actor_codes + o.recipient_codes)]
    if not talks:
        return
    last = talks[-1].sentence.index
    parties = tuple(dict.fromkeys(c for o in talks if o.sentence.index == last
                                  for c in o.actor_codes + o.recipient_codes if c not in d.actor_codes))
    # (Of several, the one the story is about: "talks were held with NATO and the United States".)
    parties = tuple(c for c in parties if c in leading) or parties
    if parties:
        d.recipient_codes, d.recipient_text = parties, ""
        d.confidence -= _GUESSED_ACTOR_DOUBT


def _unaddressed_threat(d: Draft, doc: Doc) -> Draft | None:
    """The threat a dismissal with no named party answers ("The US government dismissed this as rumbling"): the last
    threat aimed at no one named, by another, in the sentence before or the one before that; likewise the criticism a
    rejection of "the criticism" answers ("The UNHCR criticised the removals. Rowley rejected the criticism")."""
    if d.event_type != "REJECT":
        return None
    answered = ({"THREATEN"} if _THIS_OBJECT.match(d.sentence.text, d.trigger.end) is not None else set()) \
        | ({"ACCUSE"} if CRITICISM_OBJECT.match(d.sentence.text, d.trigger.end) is not None else set())
    if not answered:
        return None
    k = d.sentence.index
    for o in reversed(doc.objectless):
        if o.event_type in answered and 0 < k - o.sentence.index <= 2 and not set(o.actor_codes) & set(d.actor_codes):
            # (Not the host of what was threatened: "might station missiles in Cuba. Havana dismissed the idea".)
            named = {x for c in o.sentence.compounds if c.start >= o.trigger.start for x in codes(c, o.sentence, doc)}
            return None if set(d.actor_codes) & named else o
    return None


def _denies_claim(d: Draft) -> bool:
    """d is a denial of a claim ("denied that its navy had fired", "denying media reports")."""
    t = d.trigger
    return d.event_type == "REJECT" and d.sentence.lowered.startswith("den", t.start) \
        and _CLAIM.match(d.sentence.text, t.end) is not None


def _denies_doing(d: Draft) -> bool:
    """d is a denial of having done something ("denied supplying", "denies ever backing the rebels")."""
    t = d.trigger
    return d.event_type == "REJECT" and d.sentence.lowered.startswith("den", t.start) \
        and _DOING.match(d.sentence.text, t.end) is not None


def _bloc_on_the_story(d: Draft, doc: Doc, res: CoderResources, reported: list[Draft]) -> None:
    """An organisation's bare condemnation, demand, threat or sanction in a story about one country's rulers ("The
    African Union condemned the takeover", "ECOWAS has threatened to use force", "the bloc called for an end to the
    violence" after a coup or a crackdown): aimed at that country, when it is named at least twice and at least twice
    as often as any other (a guess). Not when the country was struck, nor after a coup that failed (its government
    was the target), nor in other stories (a flood appeal, gang violence, a war) where the addressee is someone else."""
    if d.event_type not in _BLOC_ON_STORY_TYPES or d.status not in ("actual", "threatened") \
            or not all(a in res.igo_codes for a in d.actor_codes):
        return
    s, t = d.sentence, d.trigger
    if d.event_type == "ACCUSE" and _RULERS_ACT.match(s.text, t.end) is None:
        return  # "condemned the attack on a synagogue in Paris" blames whoever attacked, not France
    if _RULERS_STORY.search(doc.text) is None \
            or (_FAILED_COUP.search(doc.text) is not None and _RULERS_IN_POWER.search(doc.text) is None):
        return
    leading = doc.leading_countries
    if not leading or _struck_by_another(leading[0], reported):
        return  # (struck by another; its own forces firing on protesters is what the rulers did)
    if doc.clearly_dominant(2) is not None:
        d.recipient_codes = (leading[0],)
        d.confidence -= 0.2
        return
    # ... or the country the story names as ruled by a junta, one of its two main countries, however often another is
    # named ("Niger's military rulers gave the French ambassador 48 hours ... ECOWAS has threatened to use force").
    ruled = doc.ruler(len(doc.text))
    if ruled is not None and ruled in leading and len(doc.mentions_of(ruled)) >= 2 \
            and _TWO_PARTIES.search(s.text) is None:  # (not "urged both sides to ...", "called for dialogue")
        d.recipient_codes = (ruled,)
        d.confidence -= 0.2


def _call_on_the_story(d: Draft, doc: Doc, reported: list[Draft]) -> None:
    """An outsider's call that names no one ("The EU called for a peaceful, constitutional resolution" in a story about
    Lesotho): to the country the story is about, a guess. Not its own people ("urged American citizens to leave"), its
    own members ("called on its member states"), a release (demanded of the holder), nor a call naming a party after it
    or inside its own words ("asked Barr to investigate", "urged all parties in Sudan's war"). When that country was
    struck by the story's other main country, the call is to both sides of the clash; struck by anyone else, to no one
    named (a call to end the attacks is not the victim's)."""
    s, t = d.sentence, d.trigger
    if d.event_type != "REQUEST" or len(d.actor_codes) != 1 or d.status != "actual" or t.rule.nominal \
            or d.actor_codes[0] in doc.leading_countries \
            or _PEOPLE.search(s.text, t.end, t.end + _PEOPLE_WINDOW) is not None \
            or _OWN_CALLED.match(s.text, t.end) is not None \
            or _RELEASE_SOUGHT.match(s.text, t.end) is not None \
            or any(c.start >= t.end and c.named_codes() for c in s.compounds) \
            or _NAME_INSIDE.search(s.text, t.start, t.end) is not None:
        return
    story = doc.main_country_besides(d.actor_codes)
    if story is None:
        return
    attackers = {a for o in _struck_by_another(story, reported) for a in o.actor_codes}
    other = doc.main_country_besides(d.actor_codes + (story,)) if attackers else None
    if attackers and other not in attackers:
        return
    # (Struck by the story's other main country: a call to both sides of the clash.)
    d.recipient_codes = (story, other) if other is not None else (story,)
    d.confidence -= _GUESSED_ACTOR_DOUBT


def _struck_by_another(country: str, reported: list[Draft]) -> list[Draft]:
    """The attacks reported on country by another (not its own forces firing at home)."""
    return [o for o in reported if o.event_type == "ASSAULT" and country in o.recipient_codes
            and country not in o.actor_codes]


# Whom a call addresses that is its caller's own: "called on its member states", "urged their allies".
_OWN_CALLED: Final = re.compile(r"\s*+(?:on\s++|upon\s++)?(?:its|their|our|his|her)\s", re.IGNORECASE)


def _story_recipient(d: Draft, s: Sentence, doc: Doc, before: list[Draft]) -> str | None:
    """The receiver of a rule whose recipient is the story's ("congratulated the winner"): the story's other main
    country; for a pledge, only where the story's help went or the country struck, and not when its purpose names
    another beneficiary. Help goes to no other subject of the sentence ("China has sent 500 rescuers, while India has
    flown in supplies" gives nothing to India)."""
    if d.trigger.rule.event_type == "AGREE":
        story = _helped(d, before) if _NAMED_BENEFICIARY.search(s.text, d.trigger.end) is None else None
    else:
        story = doc.main_country_besides(d.actor_codes)
    if d.trigger.rule.id == _APOLOGISED and not any(story in o.actor_codes and set(o.recipient_codes) & set(d.actor_codes)
                                                    for o in before):
        # An apology to no one named answers the other country's act against the apologiser ("Kuwait expelled the
        # Philippine ambassador ... Cayetano apologised"), not any country the story names ("apologised for attending
        # a party during lockdown. Germany and France imposed new restrictions").
        return None
    if story is None or d.event_type not in ("AID", "AGREE"):
        return story
    speaker = args_mod.speaker_of(s.text, s.compounds)
    if any(c.kind == "actor" and c is not speaker and args_mod.starts_clause(s.text, c) and story in codes(c, s, doc)
           for c in s.compounds):
        return None
    return story


# A pledge's purpose naming whom it helps, a place the gazetteer does not know: "50 million euros in aid to rebuild
# Valencia" (not the story's country).
_NAMED_BENEFICIARY: Final = re.compile(r"\bto\s++(?:help\s++)?(?:rebuild|help|support|assist|fund|finance|aid|"
                                       r"reconstruct)\s++(?:the\s++)?(?-i:[A-Z])", re.IGNORECASE)
# An apology to no one named (see _story_recipient).
_APOLOGISED: Final = "apologised"
# Events whose recipient is a country others help: helped before, or struck.
_HELPED_BY: Final = frozenset({"AID", "AGREE", "ASSAULT"})
_HELPED_SENTENCES: Final = 8


def _helped(d: Draft, before: list[Draft]) -> str | None:
    """The country the story's earlier help or police went to, or that was struck ("Russia struck Kyiv ... the
    Netherlands pledged 300 million euros", "Kenyan police officers arrived in Haiti ... The United States has pledged
    $300 million"; not troops sent, as often against the country as for it): the most frequent single recipient of
    such events in the last sentences, not d's actor (nor its own actor's)."""
    counts: dict[str, int] = {}
    for o in before:
        if o is d or d.sentence.index - o.sentence.index > _HELPED_SENTENCES \
                or (o.event_type not in _HELPED_BY and (o.event_type, o.mode) != ("MOBILIZE", "police")) \
                or len(o.recipient_codes) != 1 or o.recipient_codes[0] in d.actor_codes + o.actor_codes:
            continue
        counts[o.recipient_codes[0]] = counts.get(o.recipient_codes[0], 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _as_promise(d: Draft) -> None:
    """A deployment announced as help for another country ("offered to deploy police officers to Haiti", "would send
    50 guards to help Finland", "at Maputo's request") or weapons to be handed over ("said it would send 14 tanks to
    Ukraine") promise that country something: AGREE, as ONTOLOGY.md codes future cooperation. The offer must govern the
    verb (between its subject and it) or the help name the host right after it; a deployment announced with no such
    word stays MOBILIZE, planned: it may be aimed at the host ("will send more troops to Ukraine to help its forces",
    "to the Lithuanian border"), and so do weapons stationed there."""
    if d.event_type != "MOBILIZE" or d.status != "planned" or not d.recipient_text \
            or set(d.recipient_codes) & set(d.actor_codes):
        return
    s, t = d.sentence, d.trigger
    lo = max(_actor_end(d), 0, t.start - _OFFER_WINDOW)
    offered = _OFFER_BEFORE.search(s.text, lo, t.start) is not None
    at = s.text.find(d.recipient_text, t.end)
    if at < 0 and offered and s.text.find(d.recipient_text) < 0:
        # "have also promised to send personnel to the force": a host from the sentences before (fill_recipient).
        d.event_type, d.mode = "AGREE", None
        return
    if at < 0 or _HOST_BEFORE.search(s.text, max(t.end, at - 12), at) is None \
            or _BORDER_NEXT.match(s.text, at + len(d.recipient_text)) is not None:
        return
    helps = _HELP_AFTER.match(s.text, at + len(d.recipient_text)) is not None \
        or _HELP_BEFORE_HOST.search(s.text, max(t.end, at - 20), at) is not None
    handed = d.mode == "weapons" and s.lowered.startswith(_HANDED_OVER, t.start) \
        and _CREWED.search(s.text, t.start, t.end) is None  # (warships and bombers go with their crews)
    if offered or helps or handed:
        d.event_type, d.mode = "AGREE", None


def _actor_end(d: Draft) -> int:
    """Where the actor's phrase ends, the last time it is written before the trigger (-1: not written before it)."""
    at = d.sentence.text.rfind(d.actor_text, 0, d.trigger.start) if d.actor_text else -1
    return at + len(d.actor_text) if at >= 0 else -1


def _drop_unfit(d: Draft, doc: Doc) -> None:
    """Clear the recipient (so the draft is not kept) of a project promised by a country's company ("South Korea's
    Hyundai Motor committed to build a plant in Georgia") and of a bare refusal whose subject is not right before it
    ("..., but the Indian board refused": not India)."""
    rule_id, s, t = d.trigger.rule.id, d.sentence, d.trigger
    if rule_id not in ("pledge-to-build", "refused-bare") or not d.actor_text:
        return
    end = _actor_end(d)
    firm = _FIRM_AFTER.match(s.text, end) if end >= 0 else None
    if end < 0 or (firm is not None and firm.group(1) not in doc.gaz.aliases) \
            or (rule_id == "refused-bare" and _REFUSER_GAP.fullmatch(s.text, end if firm is None else firm.end(),
                                                                     t.start) is None):
        d.recipient_codes = ()


def _rescue_as_aid(d: Draft) -> None:
    """Soldiers or teams sent to help with rescue or relief ("landed in Turkey on Wednesday to help with earthquake
    rescue efforts") bring aid."""
    if d.event_type == "MOBILIZE" and d.status == "actual" \
            and _RESCUE_PURPOSE.search(d.sentence.text, d.trigger.start) is not None:
        d.event_type, d.mode = "AID", None


def _organisation_help(d: Draft, res: CoderResources) -> None:
    """Border guards, police or officers an organisation sends to a member state ("Frontex has begun deploying 60
    officers to Lithuania") help it: AID (a promise when planned, as _as_promise reads it). Troops stay MOBILIZE."""
    if d.event_type != "MOBILIZE" or not d.actor_codes or not all(a in res.igo_codes for a in d.actor_codes) \
            or not d.recipient_codes or _CIVIL_STAFF.search(d.sentence.text, d.trigger.start, d.trigger.end) is None \
            or _TROOPS_WORD.search(d.sentence.text, d.trigger.start, d.trigger.end) is not None:
        return
    d.event_type, d.mode = ("AGREE", None) if d.status == "planned" else ("AID", None)


def _unnamed_truce(t: TriggerMatch, found: args_mod.Arguments, s: Sentence, doc: Doc, ctx: SentenceContext,
                   siblings: list[Draft], earlier: list[Draft]) -> list[Draft]:
    """"A ceasefire was agreed late on Thursday", "A truce agreed on Friday evening was largely holding": a truce of the
    two sides of the last clash between two states reported (this sentence or the few before)."""
    if _classify(_modality_window(s.text, t, found), t.rule.event_type) != "actual" \
            or _NO_SUBJECT.search(s.text, max(0, t.start - 40), t.start) is not None \
            or _DENIED_BEFORE.search(s.text, 0, t.start) is not None:
        return []  # ("No ceasefire was agreed", "Officials denied that a ceasefire was agreed")
    named = {x for c in s.compounds for x in c.named_codes()}
    for o in reversed(earlier[-_ECHO_LOOKBACK:] + siblings):
        if s.index - o.sentence.index > _TRUCE_LOOKBACK:
            break
        if o.event_type == "ASSAULT" and o.status == "actual" and len(o.actor_codes) == 1 \
                and len(o.recipient_codes) == 1 and o.actor_codes != o.recipient_codes:
            if not named <= set(o.actor_codes + o.recipient_codes):
                return []  # ("In Sudan, a truce agreed on Friday was holding": another war's)
            date, status = _dated(t, "actual", doc, ctx, s.text)
            if status != "actual":
                return []  # ("A ceasefire agreed last year")
            location, country = ctx.location
            return [Draft(sentence=s, trigger=t, event_type=t.rule.event_type, mode=t.rule.mode, status=status,
                          actor_codes=o.actor_codes + o.recipient_codes, actor_text=", ".join(
                              x for x in (o.actor_text, o.recipient_text) if x), recipient_codes=(),
                          recipient_text="", date=date, location=location, location_country=country,
                          confidence=o.confidence - 0.1, needs_recipient=False)]
    return []


# How many sentences back the clash an unnamed truce ends may be told.
_TRUCE_LOOKBACK: Final = 4
# A truce denied before it: "Officials denied that a ceasefire was agreed" (one that broke down was agreed all the same).
_DENIED_BEFORE: Final = re.compile(r"\b(?:denied|denies|deny|dismissed|rejected)\b[^.;]*+$", re.IGNORECASE)


def _echo(t: TriggerMatch, found: args_mod.Arguments, s: Sentence, doc: Doc, ctx: SentenceContext,
          siblings: list[Draft], earlier: list[Draft]) -> list[Draft]:
    """"Canada announced a similar ban", "Britain and France followed suit": the last act reported (this sentence or
    the two before), done again by a new actor to the same recipient, or in kind to its doer when the new actor was
    its recipient."""
    actor_codes = codes(found.actor, s, doc)
    if not actor_codes or found.actor is None or _classify(_modality_window(s.text, t, found), "ECHO") != "actual" \
            or _NOT_STATE_SUBJECT.search(s.text, found.actor.end, t.start) is not None:
        return []  # (not "The French football team did the same", "Iranian state media did the same")
    # Its own object, if named ("announced a similar package for Moldova", "followed suit with sanctions on Iranian
    # oil firms").
    own = next((c for c in s.compounds if t.start < c.start < t.end + _ECHO_OBJECT_WINDOW and c.kind == "actor"
                and c.prep not in ("from", "by", "among", "including")
                and args_mod.no_break(s.text, t.end, c.start)), None)
    own_codes = tuple(x for x in codes(own, s, doc) if x not in actor_codes) if own is not None else ()
    if any(m.start > t.end and s.text.endswith(", ", 0, m.start) and _PARTICIPLE.match(s.text, m.start)
           for m in s.matches):
        return []  # "Moscow did the same, expelling four Germans": the act is stated, and coded, itself
    # "joined the condemnation" repeats a criticism, "joined calls for" an appeal; "issued similar statements" most
    # likely the criticism, else the last act.
    kind = _ECHO_KIND.search(s.text, t.start, t.end)
    word = kind.group().lower() if kind is not None else ""
    wanted = "ACCUSE" if word.startswith(("cond", "crit", "state", "conc")) else "REQUEST" if word else None
    strict = t.rule.id == "joined-condemnation"
    for only in ((wanted,) if strict else (wanted, None)) if wanted else (None,):
        for o in reversed(earlier[-_ECHO_LOOKBACK:] + siblings):
            if s.index - o.sentence.index > CARRY_SENTENCES:
                break
            if (only is not None and (o.event_type != only or o.status != "actual")) \
                    or o.event_type not in _ECHO_TYPES or o.status not in ("actual", "planned") \
                    or set(o.actor_codes) & set(actor_codes) or (o.needs_recipient and not o.recipient_codes):
                continue  # (nor an act dropped for want of a recipient)
            rec = own_codes or tuple(c for c in o.recipient_codes if c not in actor_codes)
            if o.recipient_codes and not rec:
                rec = o.actor_codes  # "Russia expelled two Polish diplomats. Poland followed suit": in kind, at Russia
            date, status = _dated(t, o.status, doc, ctx, s.text)
            return [Draft(sentence=s, trigger=t, event_type=o.event_type, mode=o.mode, status=status,
                          actor_codes=actor_codes, actor_text=phrase_text(s, found.actor), recipient_codes=rec,
                          recipient_text=o.recipient_text, date=date, location=o.location,
                          location_country=o.location_country, confidence=o.confidence - 0.1,
                          needs_recipient=bool(rec))]
    return []


# An object of its own, then "and" before the next verb ("the decision and ").
_OWN_OBJECT_AND: Final = re.compile(r"\s*+[\w\"“'‘][^,;]*?\s++and\s++(?:also\s++|then\s++|later\s++)?")
_ECHO_KIND: Final = re.compile(r"\b(?:condemnations?|criticism|statements?|concerns?|calls|demands?)\b", re.IGNORECASE)


# A decision condemned by a generic name ("called the move a provocation", "condemned the decision as illegal").
_DECISION_NAME: Final = re.compile(r"\b(?:moves?|decisions?|steps?|measures?|plans?|proposals?)$", re.IGNORECASE)


# A possessive before a name: "Germany's Volkswagen" (a company's plans, not the state's; "Ethiopia's plan" is).
_OWNED_NAME: Final = re.compile(r"['’]s\s++(?-i:[A-Z])")


def _decision_author(d: Draft, doc: Doc, earlier: list[Draft]) -> None:
    """A condemnation of "the decision" or "the move" that no coded act answers: the decision of the state the sentence
    before is about ("Venezuela announced a referendum on annexing Essequibo. Guyana called the move a direct
    threat"; "France, Germany and Britain triggered the snapback mechanism. Iran condemned the decision"), when that
    subject is another state or organisation whose act there was not read (an act read and found no hostile one, as
    "Russia said it would hold talks with China", is no decision to condemn)."""
    if d.event_type != "ACCUSE" or d.sentence.index == 0:
        return
    act = condemned_act(d.sentence.text, d.trigger)
    if act is None or _DECISION_NAME.search(act.group().rstrip()) is None:
        return
    k = d.sentence.index - 1
    prev = doc.sentence(k)
    subject = main_subject(prev)
    if subject is None or _OWNED_NAME.match(prev.text, subject.end) is not None \
            or any(m.start < subject.start for m in prev.matches):
        return  # the subject of the sentence's first act: not "The IOC suspended India's association" (an unknown
        # subject) nor "Germany's Volkswagen announced"
    before = topic_codes(doc, k, 0)
    read = any(o.sentence.index == k and set(o.actor_codes) & set(before) for o in earlier + doc.objectless)
    if before and not read and not set(before) & set(d.actor_codes):
        d.recipient_codes, d.recipient_text = before, "(" + act.group().strip() + ")"
        d.confidence -= 0.25


def _guess_broken_ties_partner(d: Draft, s: Sentence, doc: Doc) -> None:
    """Relations broken off or an ambassador recalled with no partner named ("López Obrador broke off diplomatic
    relations that same night"): with the other of the story's two main countries when the actor is one of them, a
    guess. Only for an act done (a past verb, one in progress or decided), never a gerund ("the issue of lowering the
    level of relations")."""
    t = d.trigger
    if (d.event_type, d.mode) != ("SANCTION", "withdraw") or d.status not in ("actual", "historical") \
            or t.rule.nominal or len(d.actor_codes) != 1 or d.actor_codes[0] not in doc.leading_countries \
            or (_PAST_VERB.match(s.text, t.start) is None
                and _DONE_BEFORE.search(s.text, max(0, t.start - 80), t.start) is None):
        return
    other = doc.main_country_besides(d.actor_codes)
    with_other = _TIES_WITH_OTHER.match(s.text, t.end)
    if other is None or (with_other is not None and _PARTNER_WORDS.isdisjoint(with_other.group(1).split())):
        return  # (not "cut ties with businesses involved with beef imports from Brazil")
    d.recipient_codes = (other,)
    d.confidence -= _GUESSED_ACTOR_DOUBT
    if d.status == "actual" and _earlier_year(s.text[t.end:t.end + 60], doc):
        d.status = "historical"  # "Iran cut ties after the 1979 revolution"


def _guess_other_side(d: Draft, doc: Doc, siblings: list[Draft], earlier: list[Draft]) -> None:
    """An accusation, denial, threat or measure (_OTHER_SIDE_TYPES) with no other party named, by one of a two-sided
    story's two main countries, just after an act between the two ("Somalia recalled its ambassador from
    Ethiopia ... Mogadishu called the deal a blatant violation of its sovereignty"): aimed at the other, a guess. So
    is an attack on no one named when the two are neighbours ("Tajik forces shelled villages in Batken region").

    Only when the other is named more than once and outside this sentence, the two were reported acting on each other
    lately (this sentence or the four before), nothing after the verb names another party or the actor's own people
    or institutions ("urged residents to", "asked its allies for", "rejected calls for a ceasefire with the RSF"),
    and the actor is the state, not its court, police or opposition."""
    attack = d.event_type == "ASSAULT"
    release = d.event_type == "REQUEST" and _RELEASE_SOUGHT.match(d.sentence.text, d.trigger.end) is not None
    holder = _holder(d) if release else None
    if holder is not None:
        # "demanded the release of British fishermen detained in Russia": the holder named, when another state.
        held = tuple(x for x in codes(holder, d.sentence, doc) if x not in d.actor_codes)
        if held:
            d.recipient_codes, d.recipient_text = held, phrase_text(d.sentence, holder)
            d.confidence -= _GUESSED_ACTOR_DOUBT
        return
    if (d.event_type not in _OTHER_SIDE_TYPES and not attack and not release) or len(d.actor_codes) != 1 \
            or not (doc.two_sided or attack) or d.actor_codes[0] not in doc.leading_countries:
        return  # (an attack needs the two to be neighbours instead, below)
    other = doc.main_country_besides(d.actor_codes)
    if other is None or (attack and other not in doc.gaz.borders.get(d.actor_codes[0], ())):
        return  # (an attack only in a border clash: "Tajik forces shelled villages in Batken region")
    s, t = d.sentence, d.trigger
    if attack:
        # ... in a story of a border clash, not at militants or rebels ("Turkish forces shelled PKK positions"), by a
        # subject right before its verb (not "expelled Pakistani advisers on Wednesday after gunmen killed").
        if _BORDER_STORY.search(doc.text) is None \
                or _NON_STATE_TARGET.search(s.text, t.start, min(len(s.text), t.end + _OBJECT_WINDOW)) is not None:
            return
        if t.rule.voice != "passive":
            end = _actor_end(d)
            if end < 0 or _SUBJECT_GAP.fullmatch(s.text, end, t.start) is None:
                return
    named = doc.mentions_of(other)
    if len(named) < 2 or not _mentions_outside(named, s):
        return  # a story about the two, not a sentence that happens to name them
    pair = {d.actor_codes[0], other}
    if d.event_type == "REJECT" and _PERSONAL_CHARGE.search(s.text, t.end, t.end + _OBJECT_WINDOW) is not None:
        return  # "Netanyahu rejected the corruption charges": a court's or a prosecutor's, not the other side's
    # ("Baku rejected the account": a denial of a charge is the other side's answer even when no act between the two
    # was coded.)
    charged = d.event_type == "REJECT" and _CHARGE_OBJECT.match(s.text, t.end) is not None
    if not charged and not any(o is not d and set(o.actor_codes) & pair and set(o.recipient_codes) & pair
               and set(o.actor_codes + o.recipient_codes) >= pair
               and (not attack or o.event_type == "ASSAULT" or _FIGHTING.search(o.sentence.text) is not None)
               for o in _recent_drafts(d, siblings, earlier)):
        return  # (an attack after fighting between the two, or an accusation of it)
    lo = max(0, t.start - _OBJECT_WINDOW)
    lo = max(lo, s.text.rfind(", ", lo, t.start) + 1)  # (the subject's clause: not "After ... in Manila, Beijing")
    if _DOMESTIC_ACTOR.search(s.text, lo, t.start) is not None \
            or _OTHER_OBJECT.search(s.text, t.start, min(len(s.text), t.end + _OBJECT_WINDOW)) is not None \
            or _names_unknown_party(s, t.end, places=attack) \
            or blames_a_cause(s, t) \
            or any(c.start >= t.end and c.kind == "actor" and not c.locative and not args_mod.attribution(s.text, c)
                   and (not attack or (args_mod.no_break(s.text, t.end, c.start)
                                       and not set(codes(c, s, doc)) <= set(d.actor_codes)))
                   and (d.event_type == "THREATEN" or set(codes(c, s, doc)) != {other})
                   and not (release and set(codes(c, s, doc)) <= set(d.actor_codes))
                   for c in s.compounds):
        # (A party named after the verb, even the actor's own: "refused to negotiate peace with Kabul"; not a place or
        # a trailing attribution: "in New Delhi", ", Chinese foreign ministry spokesman Wang Wenbin told reporters";
        # nor the other side itself: "barred imports of maize flour, rice and bananas from Tanzania", save in a threat,
        # where it may be the side protected: "would not allow anyone to threaten Somalia"; nor, in a demand for a
        # release, the actor's own people: "demanded the release of two Rwandan soldiers".)
        return
    d.recipient_codes = (other,)
    d.confidence -= _GUESSED_ACTOR_DOUBT


def _holder(d: Draft) -> Compound | None:
    """Where, or by whom, the people a release demand is about are held ("fishermen detained in Russia")."""
    s, t = d.sentence, d.trigger
    return next((c for c in s.compounds if c.start > t.end and c.kind == "actor" and c.prep in ("in", "by")
                 and _HELD_BEFORE.search(s.text, max(0, c.start - 30), c.start) is not None), None)


def _mentions_outside(named: list[int], s: Sentence) -> int:
    """How many of a country's mentions (document offsets) lie outside sentence s."""
    return sum(not s.start <= at < s.start + len(s.text) for at in named)


def _recent_drafts(d: Draft, siblings: list[Draft], earlier: list[Draft]) -> list[Draft]:
    """The drafts of d's sentence and of the _SIDES_SENTENCES before it."""
    k = d.sentence.index
    return [o for o in earlier[-_SIDES_LOOKBACK:] if k - o.sentence.index <= _SIDES_SENTENCES] + siblings


def _names_unknown_party(s: Sentence, start: int, *, places: bool = False) -> bool:
    """True when a capitalised name the gazetteer does not know ("rejected calls for a ceasefire with the RSF",
    "banned Meta's Instagram") or a description it could not resolve ("threatened Baltic states") follows start in
    s: a party of its own, perhaps the one aimed at. With places, not a place's name after its preposition ("opened fire
    near the Chong Bok pass", "shelled villages in Batken region"; but "near Jenin" may be anyone's)."""
    if any(c.start >= start and c.kind == "description" for c in s.compounds):
        return True
    for m in _CAPITALISED.finditer(s.text, start, min(len(s.text), start + _OBJECT_WINDOW)):
        if m.group() not in _CALENDAR_WORDS and not any(c.start <= m.start() < c.end for c in s.compounds) \
                and not (places and _PLACE_BEFORE.search(s.text, max(0, m.start() - 16), m.start())
                         and (_GEO_NOUN_AFTER.match(s.text, m.start()) is not None
                              or _OVER_BEFORE.search(s.text, max(0, m.start() - 16), m.start()) is not None)):
            return True
    return False


def _past_own(t: TriggerMatch, own: Compound, s: Sentence, doc: Doc,
              actor_codes: tuple[str, ...]) -> tuple[tuple[Compound, ...], tuple[str, ...]]:
    """The recipient when "its" after the trigger is the actor's own: the next party or place named in its clause
    ("closed its airspace to flights from Mali", "closed its embassy in Kabul"), else, for a seized building, the
    story's topic before this sentence."""
    limit = own.end + t.rule.recipient_window
    nxt = next((c for c in s.compounds if own.end <= c.start < limit and c.kind == "actor"
                and c.prep not in t.rule.skip_preps), None)  # a place too: "closed its embassy in Kabul"
    if nxt is not None and args_mod.no_break(s.text, own.end, nxt.start):
        rec = tuple(x for x in codes(nxt, s, doc) if x not in actor_codes)
        if rec:
            return (nxt,), rec
    if (t.rule.event_type, t.rule.mode) != ("COERCE", "seize"):
        return (), ()
    # "Mexico broke off relations ... Ecuadorian police forced their way into its embassy": a seized embassy is the
    # story's topic's.
    topic = tuple(c for c in topic_codes(doc, s.index - 1) if c not in actor_codes)
    return ((own,), topic[:1]) if topic else ((), ())


def _agent_modifier(c: Compound, s: Sentence, start: int, end: int) -> bool:
    """True when c modifies the act noun in s.text[start:end] as its agent: a demonym, a possessive or an
    abbreviation ("the Israeli raid", "Russia's invasion", "the US drone strike"); a bare place name there is
    where it happened ("the Kyiv attack")."""
    if not (start <= c.start and c.end <= end and c.kind == "actor"):
        return False
    word = s.text[c.start:c.end]
    if s.text.startswith(("'s", "’s"), c.end) or (word.replace(".", "").isupper() and len(word) <= 5):
        return True
    hit = s.gaz.aliases.get(alias_key(word))
    return hit is not None and hit.alias_kind == "demonym"


def _partners(t: TriggerMatch, s: Sentence, doc: Doc, actor_codes: tuple[str, ...], rec_codes: tuple[str, ...],
              cue: re.Pattern[str]) -> tuple[str, ...]:
    """The countries named after cue ("together with", "along with", "jointly with"; ", as did") soon after the
    trigger, in its clause: its actor's partners in the act (not its recipients, nor the actor itself)."""
    m = cue.search(s.text, t.end, t.end + _PARTNER_REACH)
    if m is None or _CLAUSE_BREAK.search(s.text, t.end, m.start()) is not None:
        return ()
    c = next((c for c in s.compounds if m.end() <= c.start <= m.end() + 5 and c.kind == "actor"), None)
    if c is None or _PARTNER_END.match(s.text, c.end) is None:
        return ()  # (a name modifying something else is no partner: "along with Iranian advisers", "Denmark's")
    return tuple(x for x in c.named_codes() if x in doc.countries and x not in actor_codes and x not in rec_codes)


def _merge_twins(drafts: list[Draft]) -> list[Draft]:
    """One draft per act: two triggers of one sentence coding the same event ("carried out airstrikes ...,
    killing nine") become the first, completed with what the second adds (mode, counts)."""
    if len(drafts) < 2:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        twin = next((o for o in out if _twins(o, d)), None)
        if twin is None:
            out.append(d)
            continue
        if twin.event_type == "CONSULT" and d.recipient_codes and not twin.recipient_codes:
            # (The same meeting told as a visit and as its participants: the visit says more.)
            twin.actor_codes, twin.recipient_codes, twin.mode = d.actor_codes, d.recipient_codes, d.mode
            twin.actor_text, twin.recipient_text = d.actor_text, d.recipient_text
        twin.mode = twin.mode or d.mode
        if twin.quantity is None:
            twin.quantity, twin.unit = d.quantity, d.unit
        twin.killed = twin.killed if twin.killed is not None else d.killed
        twin.injured = twin.injured if twin.injured is not None else d.injured
    return out


# Between two acts of a sentence, a word that puts the second at another time: "visited Kyiv, weeks after they met".
_OTHER_TIME: Final = re.compile(r"\b(?:after|before|since|when|while|earlier|later|previously)\b", re.IGNORECASE)


def _twins(a: Draft, b: Draft) -> bool:
    """Same type, parties and status, and no field on which they disagree (two modes, two counts)."""
    if a.event_type == b.event_type == "CONSULT" and a.status == b.status and a.date == b.date \
            and bool(a.recipient_codes) != bool(b.recipient_codes):
        # "arrived in Tbilisi on Wednesday to meet government officials": one meeting, a visit (its visitors among
        # the participants, and the participants among its parties, on one date: not "visited Kyiv in August, weeks
        # after Modi and Zelenskiy met in Italy").
        visit, met = (a, b) if a.recipient_codes else (b, a)
        first, second = sorted((a.trigger, b.trigger), key=lambda x: x.start)
        return set(visit.actor_codes) <= set(met.actor_codes) <= set(visit.actor_codes + visit.recipient_codes) \
            and _OTHER_TIME.search(a.sentence.text, first.end, second.start) is None
    return (a.event_type == b.event_type and a.actor_codes == b.actor_codes and a.recipient_codes == b.recipient_codes
            and a.status == b.status and (a.mode is None or b.mode is None or a.mode == b.mode)
            and (a.quantity is None or b.quantity is None or a.quantity == b.quantity
                 or not (decisive_unit(a.unit) and decisive_unit(b.unit))))


# The subject of a verb that is an official or office of no named country, right before it ("Agriculture minister
# Abbas Mortada urged Riyadh to", "The foreign ministry spokesman also welcomed"), opening its clause.
_OFFICIAL_REACH: Final = 80
_OFFICIAL_SUBJECT: Final = re.compile(
    r"(?:^|[.;:,]\s++|\b(?:and|but|while)\s++)(?:(?:the|a|an)\s++)?(?:(?:foreign|defen[cs]e|"
    r"interior|home|trade|commerce|agriculture|finance|economy|energy|health|justice|industry|security|deputy|vice|"
    r"prime|acting|caretaker|senior|chief|state|national|presidential|government)\s++){0,3}?"
    r"(?:minister|ministry|spokes(?:man|woman|person)|officials?|president|premier|chancellor|government|envoy|ambassador|"
    r"diplomats?|secretary|adviser|advisor|negotiators?)(?:\s++(?-i:[A-Z])[\w.’'-]*+){0,3}?"
    r"(?:\s++(?:also|later|then|again|on\s++\w++|separately|publicly|repeatedly))?\s++$", re.IGNORECASE)


def _drafts_for(t: TriggerMatch, found: args_mod.Arguments, s: Sentence, doc: Doc, res: CoderResources,
                ctx: SentenceContext) -> list[Draft]:
    """Zero, one or several drafts for one trigger match."""
    rule = t.rule
    actor_codes = codes(found.actor, s, doc)
    rec_compounds = found.recipients
    if rule.id == _JOINT_DRILLS_AROUND and len(actor_codes) > 1:
        # "Russia and Belarus began joint exercises near the Polish border": drills of two partners are cooperation
        # between them (and a show of force to whoever condemns them, recipients._act_type); one force's joint
        # drills around a country are a show of force to it.
        rule = replace(rule, event_type="COOPERATE", mode=None, recipient="none")
        t, rec_compounds = replace(t, rule=rule), ()
    if rule.recipient == "cue":
        rec_compounds = args_mod.cue_recipients(s.text, s.compounds, res.triggers.recipient_cue, t.end)
    elif rule.recipient == "none" and rule.event_type == "THREATEN":
        # "said any misadventure by India will be responded to with full force", "any French instructors in Ukraine
        # would be legitimate targets": whoever would do the act answered, or be struck.
        # ("Algeria said France's decision would not go unanswered": the possessor whose act it is.)
        rec_compounds = tuple(c for c in s.compounds if t.start < c.start < t.end and c.kind == "actor" and (
            c.prep in ("by", "any") or (c.prep == "of" and _FORCE_AFTER.match(s.text, c.end - _FORCE_TAIL) is not None)
            or s.text.startswith(("'s ", "’s "), c.end)))[:1]
    if rec_compounds and rule.event_type in ("ACCUSE", "REQUEST"):
        # "lodged a strong protest through its embassy in Beijing": the channel, not whom it is lodged with.
        rec_compounds = tuple(c for c in rec_compounds
                              if _CHANNEL_BEFORE.search(s.text, max(0, c.start - _CHANNEL_REACH), c.start) is None)
    if rec_compounds and rule.event_type == "REJECT" and answers_what_was_said(s.text, t):
        rec_compounds = ()  # "..., an allegation the authorities in Bamako deny, saying only that Russian ..."
    if rec_compounds and rule.event_type == "SUPPORT" \
            and (decision_end := welcomed_decision_end(s.text, t)) is not None:
        # "welcomed the decision and renewed its demand that Havana ...": the decision's maker, from before.
        rec_compounds = tuple(c for c in rec_compounds if c.start < decision_end)
    if rule.event_type == "ACCUSE" and rec_compounds and not rule.recipient_preps:
        # (An attack "linked to" a party names it after its preposition: not the act's agent.)
        act = condemned_act(s.text, t, whole=False)
        if act is not None:
            # "condemned the attack on Kyiv", "condemned the launch and pledged ... with the United States": the
            # act's agent ("the attack by Russia") or, unnamed, whoever did it (see fill_recipient).
            # ("the decision of Hungary": a decision's "of" is its maker; "the killing of Palestinians by Israeli
            # forces": the victims, then the agent.)
            decision = _DECISION_NOUN.search(act.group()) is not None
            agents = tuple(c for c in s.compounds if c.start >= act.end() and (
                (c.prep == "by" and c.start - act.end() < _BY_WINDOW
                 and not _PARTICIPLE_BY.search(s.text, max(act.end(), c.start - 30), c.start))
                or (decision and c.prep == "of" and c.start - act.end() < _OF_WINDOW)
                # "condemned the deployment of Russian mercenaries in Mali": whose forces are sent
                or (c.prep == "of" and c.start - act.end() < _OF_WINDOW and _DEPLOYMENT_NOUN.search(act.group())
                    and _DEPLOYED_FORCE.match(s.text, c.end))))
            rec_compounds = agents[:1] or tuple(c for c in rec_compounds
                                                if _agent_modifier(c, s, act.start(), act.end()))
    if rule.event_type == "ACCUSE" and len(rec_compounds) == 1 \
            and _VIOLATION.search(s.text, t.start, rec_compounds[0].start) is not None \
            and (harmed := named_harm(s, t.end)) is not None and codes(rec_compounds[0], s, doc) == (harmed,):
        # "condemned the strikes as a flagrant violation of Syrian sovereignty": the state wronged, not the wrongdoer
        # (whoever struck: the act's doer, from context).
        rec_compounds = ()
    if rule.event_type == "REQUEST" and len(rec_compounds) == 1 \
            and _BESIEGED_OF.search(s.text, max(0, rec_compounds[0].start - 30), rec_compounds[0].start) is not None:
        # "called on the coalition to lift the siege of Yemen": the besieged, not who is asked; whoever besieges,
        # when named ("an end to the blockade of Qatar by Saudi Arabia").
        besieged = rec_compounds[0]
        rec_compounds = tuple(c for c in s.compounds if c.prep == "by" and besieged.end < c.start <= besieged.end + 12)[:1]
    if rule.event_type == "ACCUSE" and not rec_compounds and rule.recipient_window == 0:
        # "called the decision "another Russian provocation"": the verdict names the doer by a demonym.
        rec_compounds = tuple(c for c in s.compounds if t.end <= c.start < t.end + _VERDICT_WINDOW and c.kind == "actor"
                              and (c.prep in _VERDICT_PREPS or t.end == c.start)
                              and _VERDICT_AFTER.match(s.text, c.end) is not None)[:1]
    if rule.event_type == "ACCUSE" and len(rec_compounds) == 1 and rec_compounds[0].prep in _FORUM_PREPS \
            and _COMPLAINT.search(s.text, t.start, t.end) is not None and codes(rec_compounds[0], s, doc) == ("UN",):
        # "file a complaint with the U.N. Security Council": the forum, not the one accused, who may be named as the
        # doer of what it is about ("complained to the U.N. Security Council over a Turkish artillery strike").
        about = _COMPLAINED_ABOUT.match(s.text, rec_compounds[0].end)
        rec_compounds = tuple(c for c in s.compounds if about is not None and c.start == about.end()
                              and c.kind == "actor")[:1]
    if rule.event_type == "SUPPORT" and rec_compounds and welcomes_agreement(s.text, t):
        rec_compounds = ()  # "welcomed the agreement and thanked China": the agreement's parties (fill_recipient)
    rec_codes = codes_of(rec_compounds, s, doc)
    if len(rec_compounds) == 1 and rec_codes and set(rec_codes) <= set(actor_codes) \
            and ((rule.event_type == "THREATEN" and args_mod.MODAL_AFTER.match(s.text, rec_compounds[0].end))
                 or _OWNED_OF.match(s.text, rec_compounds[0].end)):
        # "Zelenskyy warned that Ukraine would respond militarily to any Russian provocation": the threatener's own
        # side is the subject of what it threatens; the party named after it is the one threatened. "Moscow seized
        # the Russian assets of Danish brewer Carlsberg": whose they are.
        after = rec_compounds[0].end
        protected = _NOT_ALLOW.search(s.text, after, after + 40) is not None  # ("would not allow anyone to threaten X")
        nxt = None if protected else next((c for c in s.compounds if c.start >= after and c.kind in ("actor", "description")
                    and (not c.locative or _MODIFIER_AFTER.match(s.text, c.end))  # ("any attempt at Taiwan independence")
                    and args_mod.no_break(s.text, after, c.start)), None)
        if nxt is not None:
            rec_compounds, rec_codes = (nxt,), codes(nxt, s, doc)
    if actor_codes and rec_codes and set(actor_codes) <= set(rec_codes) and found.actor is not None \
            and opening_place(s, found.actor) is None \
            and all(p.kind == "dominant" and not (p.text.lower().endswith(RULER_WORDS)
                                                  and (doc.ruler(s.start + p.start) is not None
                                                       or rule.event_type == "COERCE"))
                    for p in found.actor.phrases) \
            and not _PEOPLE.search(s.text, rec_compounds[0].start, rec_compounds[0].end + _PEOPLE_WINDOW):
        # "The foreign ministry lodged a protest with Beijing" in a story mostly about China: the ministry is the other
        # main country's, not the one it protests to (but "urged Chinese citizens" is its own people, and "the military
        # seized power, detaining Aung San Suu Kyi" arrests at home; "The military fired rockets at Thai villages" in a
        # Thai story is the other side's; "In Nigeria, the Senate urged President Tinubu" is at home).
        other = doc.main_country_besides(rec_codes)
        actor_codes = (other,) if other is not None else actor_codes
    if len(rec_compounds) == 1 and ((rec_compounds[0].kind == "owner" and (
            set(rec_codes) <= set(actor_codes) or _OWN_OBJECT_VERB.match(s.text, t.start)))
            or (rec_codes and set(rec_codes) <= set(actor_codes)
                and s.text[rec_compounds[0].end:rec_compounds[0].end + 2] in POSSESSIVE_MARKS)):
        # "Belarus closed its airspace", "Hungary closed its embassy in Kyiv": what one closes or recalls is one's own;
        # so is "the bloc's airspace" after "EU leaders agreed to ban Belarusian airlines from".
        rec_compounds, rec_codes = _past_own(t, rec_compounds[0], s, doc, actor_codes)
    # "trade talks in London hosted by Britain's business secretary": a host that is a party mediates nothing.
    hosted = rule.mode == "third-party" and bool(set(actor_codes) & set(rec_codes))
    if hosted:
        actor_codes, rec_compounds, rec_codes = tuple(dict.fromkeys(rec_codes + actor_codes)), (), ()
    as_did = ", as did " in s.lowered and found.actor is args_mod.first_subject(s.compounds, t.start) \
        and _SPEECH_BEFORE.search(s.text, 0, t.start) is None
    if actor_codes and rule.voice == "active" \
            and (partners := (_partners(t, s, doc, actor_codes, rec_codes, _TOGETHER_WITH)
                              if rule.event_type in _PARTNERED else ())
                 or (_partners(t, s, doc, actor_codes, rec_codes, _AS_DID) if as_did else ())):
        # "Germany will deliver a new package of military aid to Ukraine together with Belgium, Denmark and Norway":
        # the partners act too.
        actor_codes = actor_codes + partners
    if rule.voice == "participants":
        if any(args_mod.affected_only(s.text, c) for c in rec_compounds):
            # "S. Korea, Cuba establish diplomatic relations in blow to N. Korea": no party of the act.
            rec_compounds = tuple(c for c in rec_compounds if not args_mod.affected_only(s.text, c))
            rec_codes = codes_of(rec_compounds, s, doc) if rec_compounds else ()
        return _consult(t, found, s, doc, res, actor_codes, rec_codes, ctx)
    if rule.crowd:
        return _protest(t, found, s, doc, res, ctx)
    window = _modality_window(s.text, t, found)
    # "Security forces shot dead at least 114 people across Myanmar": a state's forces at home, named only by the
    # place; their act falls on that country's people.
    place_country = ctx.location[1]
    if place_country is None and len(rec_codes) == 1 and rec_compounds \
            and res.triggers.crowd_words.match(s.text, rec_compounds[0].start) is not None:
        # "Police fired tear gas at protesters in Nairobi": the crowd's place is where it happened.
        place_country = rec_codes[0]
    home = armed_home = False
    if rule.id == _POLICE_DETAIN and _NO_POLITICS_AFTER.match(s.text, t.end) is not None:
        return []  # "Police have arrested 3 people over the murder of a teenager": a crime, no politics
    # "More than 100 people have been arrested": people held, an agent named or not (not over a crime or a game).
    people_held = rule.voice == "passive" \
        and _PEOPLE_HELD.search(s.text, max(0, t.start - _HELD_REACH), t.start) is not None \
        and _NO_POLITICS_AFTER.match(s.text, t.end) is None
    held = not actor_codes and people_held
    if not actor_codes and place_country is None and not rec_codes and rule.event_type in _AT_HOME_TYPES \
            and not any(c.named_codes() for c in s.compounds) \
            and (_BARE_POLICE.search(window) is not None
                 or (_BARE_FORCE.search(window) is not None
                     and res.triggers.crowd_words.search(s.text, t.start, t.end + _CROWD_REACH) is not None)
                 or held):
        # "Police fired tear gas and water cannon", "soldiers opened fire on demonstrators", "More than 100 people have
        # been arrested" in a story from Colombo, and about Sri Lanka, that names no other country here: at home (not
        # troops or soldiers otherwise, as often a neighbour's: "Troops had earlier shelled the village" in a story
        # from Kyiv).
        place_country = next(iter(_home_of_story(doc)), None)
    if not actor_codes and place_country is not None and rule.event_type in _AT_HOME_TYPES \
            and rule.voice != "possessor" and not rule.nominal \
            and _BARE_FORCE.search(window) is not None and set(rec_codes) <= {place_country}:
        # (Not a noun's modifier: "in its first direct military attack on Israeli territory".)
        actor_codes, home = (place_country,), True
    if not actor_codes and rule.event_type == "ASSAULT" and rule.voice == "active" and not rule.nominal \
            and not any(c.named_codes() for c in s.compounds if c.end <= t.start) \
            and _ARMED_GROUP.search(window) is not None \
            and (place := place_country or next(iter(_home_of_story(doc)), None)) is not None \
            and set(rec_codes) <= {place}:
        # "Gunmen stormed a private school in the town of Kumba in southwest Cameroon": armed men of no state named
        # fight at home, in the country where they act (or the dateline's, of a story about it); a guess.
        actor_codes, home, armed_home = (place,), True, True
    if not actor_codes and rule.event_type in _CROWD_SPEECH_TYPES and not rule.nominal \
            and _CROWD_BEFORE.search(s.text, max(0, t.start - _CROWD_BEFORE_REACH), t.start) is not None \
            and (own := _home_of_story(doc)) and set(rec_codes) <= set(own):
        # "The protesters demand the resignation of Prime Minister Prayuth" in a story from Bangkok about Thailand:
        # the crowd at home asks its own state.
        actor_codes, home = own, True
    if len(actor_codes) == 1 and not rec_codes and not home and rule.event_type in _AT_HOME_TYPES \
            and rule.voice == "active" and not rule.nominal and found.actor is not None \
            and _NAMED_FORCE.search(s.text, found.actor.start, found.actor.end) is not None \
            and (place_country == actor_codes[0] or (place_country is None and _home_of_story(doc) == actor_codes)) \
            and all(set(c.named_codes()) <= set(actor_codes) for c in s.compounds) \
            and _CROWD_OBJECT.search(s.text, t.start, t.end + _CROWD_OBJECT_REACH) is not None:
        # "Thai riot police fired water cannon at pro-democracy protesters in central Bangkok": a state's forces on a
        # crowd at home, where no other state is named.
        home = True
    if people_held and len(actor_codes) == 1 and not rec_codes and rule.event_type == "COERCE" \
            and found.actor is not None and found.actor.prep == "in" \
            and all(set(c.named_codes()) <= set(actor_codes) for c in s.compounds):
        # "Police said 31 suspects had been arrested in Ghana": people of no country named, held where they are.
        home = True
    if not actor_codes and held and place_country is not None and rule.event_type == "COERCE" and not rec_codes:
        # "More than 100 people have been arrested since Wednesday" in a story from Colombo: by the state, at home.
        actor_codes, home = (place_country,), True
    if not actor_codes and rule.implicit_actor == "body":
        # "West African leaders suspended Guinea from ECOWAS": the body it is suspended from did it.
        body = next((c for c in s.compounds if c.start >= t.start and c.prep == "from"), None)
        if body is not None:
            actor_codes = tuple(x for x in codes(body, s, doc) if x not in doc.countries)
    guessed = False
    if not actor_codes and rule.implicit_actor == "dominant" and rec_codes:
        # "The Iranian ambassador was summoned to the foreign ministry": by the story's main country, or by its
        # second when the envoy is the main country's ("Sweden's envoy was summoned" in a story about Sweden).
        host = doc.main_country_besides(rec_codes)
        if host is not None:
            actor_codes, guessed = (host,), True
    # "Saudi Arabia banned imports from Lebanon ... Agriculture minister Abbas Mortada urged Riyadh to reconsider": an
    # official of no named country acting on one side of a two-sided story is the other side's (a guess).
    if not actor_codes and len(rec_codes) == 1 and not rule.nominal and rule.voice == "active" and doc.two_sided \
            and rec_codes[0] in doc.leading_countries \
            and _OFFICIAL_SUBJECT.search(s.text, max(0, t.start - _OFFICIAL_REACH), t.start) is not None:
        other = doc.main_country_besides(rec_codes)
        if other is not None and _mentions_outside(doc.mentions_of(other), s) >= 2:
            actor_codes, guessed = (other,), True  # (a story about the two, not a sentence naming them)
    if not actor_codes:
        return []
    if rule.id == _SEIZE_VESSEL and s.lowered.startswith("board", t.start) \
            and (found.actor is None or _BOARDING_FORCE.search(s.text, found.actor.start, t.start) is None):
        return []  # "Zelensky boarded a French government jet", "The men boarded a rescue vessel": passengers
    if rule.id == _SHOT_DEAD and _PASSIVE_BEFORE.search(s.text, max(0, t.start - _PASSIVE_REACH), t.start) is not None:
        return []  # "Three Saudi diplomats were later shot dead in Bangkok": the victims shoot no one
    if rule.id == _BACKED_BY and _RELATIVE_STATE.search(s.text, max(0, t.start - _RELATIVE_REACH), t.start) is not None:
        return []  # "the GNA, which is internationally recognised by the United Nations, called ...": a description
    if rule.nominal and rule.event_type == "SANCTION" \
            and _SOUGHT_BEFORE.search(s.text, max(0, t.start - _SOUGHT_REACH), t.start) is not None:
        return []  # "would push for new European Union sanctions against Iran": sanctions asked for, not imposed
    if _NO_SUBJECT.search(s.text, max(0, t.start - 40), t.start) is not None:
        return []  # "No Russian troops have arrived in Belarus": denied by its subject
    if rule.event_type == "SANCTION" and found.actor is not None and t.start - found.actor.start < 40 \
            and _WEAPON_SUBJECT.search(s.text, found.actor.start, t.start) is not None \
            and not found.coordinated and _AND_VERB.search(s.text, found.actor.end, t.start) is None:
        # "Russian shelling cut the power supply to the plant": damage, not a measure (not "blamed Iran for the attack
        # and severed ties": the weapon is in the first verb's object).
        return []
    modality = _classify_at(window, rule.event_type, s, t)
    if modality == "actual" and ctx.conditions and _MODAL.match(s.text, t.start) \
            and any(_REAL_CONDITION.match(s.text, span.start) for span in ctx.conditions):
        modality = "hypothetical"  # "If the talks fail, Serbia would not cooperate": the rule's own modal, conditioned
    if t.rule.modal_required and modality not in ("future", "threat"):
        return []  # "responded in kind" reports an act, not the threat this rule reads
    if t.rule.modal_negated:
        if modality != "negated":
            return []  # "ruled out a military response" excludes it
        modality = "threat"  # "does not rule out a military response" keeps it open
    if t.rule.modal_refused:
        if modality != "negated":
            return []  # "surrendered to" is another act
        modality = "actual"  # "will never surrender to pressure": the refusal itself
    if modality == "negated" and rule.event_type in COOPERATIVE_TYPES and (
            _REFUSAL.search(window) or (rule.id in _REFUSED_BY_NEGATION and _NOT_AT_END.search(window))):
        # ("Bogota did not recognize Maduro's authority", "Thailand does not recognise the court": any negation of a
        # recognition refuses it.)
        # "Ankara would not approve Sweden's bid", "refuses to recognise": a refusal of the act.
        return [_refusal(t, found, s, doc, ctx, actor_codes, rec_compounds, rec_codes)]
    etype, mode, status = _type_and_status(t, modality, s.text, res)
    if etype is None:
        return []
    if etype == "ASSAULT" and _ARMED.search(s.text, 0, t.end) is None and (
            _DISASTER.search(s.text, 0, t.start) is not None
            or (found.actor is not None and found.actor.kind == "pronoun" and s.index > 0
                and _DISASTER.search(doc.sentence(s.index - 1).text) is not None)
            or ((found.actor is None or found.actor.kind == "pronoun")
                and _HEADLINE_DISASTER.search(doc.text, *doc.spans[0]) is not None)):
        # "Typhoon Gaemi struck Taiwan, killing two people": weather, not an attack by anyone (nor "It then struck the
        # Chinese coast" after it, nor "The hot air first struck Spain" under a headline on a heatwave)
        return []
    if mode == "martial-law" and _DISASTER.search(s.text) is not None and _UNREST.search(s.text) is None \
            and _ARMED.search(s.text) is None:
        # "New Zealand declared a national state of emergency as Cyclone Gabrielle battered the North Island": relief,
        # not a measure against anyone (but "as protesters blocked roads" is).
        return []
    if etype == "THREATEN" and rec_compounds and rec_compounds[0].prep in LOCATIVE \
            and _PROVOCATION_CLAUSE.search(s.text, t.end, rec_compounds[0].start):
        # "vowed to retaliate after an air strike destroyed its consulate in the Syrian capital": the place of what
        # provoked the threat, not its target (who did it may be: "vowed a response after Finland joined NATO").
        rec_compounds, rec_codes = (), ()
    if etype == "THREATEN" and not rec_compounds and status == "threatened":
        # "threatened military action in northern Syria", "threatened to use force to restore democracy in Niger":
        # force threatened in a country is threatened against it (not "in the region").
        rec_compounds = tuple(c for c in s.compounds if t.end <= c.start < t.end + _FORCE_IN_WINDOW
                              and c.prep in ("in", "inside", "into") and c.kind == "actor"
                              and not set(codes(c, s, doc)) & set(actor_codes)
                              and _FORCE_THREATENED.search(s.text, t.start, c.start) is not None
                              and _PROVOCATION_CLAUSE.search(s.text, t.end, c.start) is None  # (not "after a strike")
                              and args_mod.no_break(s.text, t.end, c.start))[:1]
        rec_codes = codes_of(rec_compounds, s, doc) if rec_compounds else rec_codes
    if etype == "MOBILIZE" and len(actor_codes) > 1 and _COMBINED.search(s.text, t.start, t.end) is not None:
        # "South Korea and the United States began combined military drills": exercises held together (the place
        # near which they are held is no partner).
        etype, mode, rec_compounds, rec_codes = "COOPERATE", None, (), ()
    if len(rec_compounds) == 1 and rec_compounds[0].kind == "pronoun" and rec_codes \
            and set(rec_codes) <= set(actor_codes) and rec_compounds[0].prep in _ASKING:
        # "sent a diplomatic note to India asking it to send back ...": the one asked is the party just addressed,
        # not the asker.
        addressed = next((c for c in reversed(s.compounds) if c.end <= rec_compounds[0].start and c.kind == "actor"
                          and c.prep in _ADDRESSED_PREPS and not set(codes(c, s, doc)) & set(actor_codes)), None)
        if addressed is not None:
            rec_compounds, rec_codes = (addressed,), codes(addressed, s, doc)
    if etype in ("REJECT", "ACCUSE") and len(rec_compounds) == 1 and rec_compounds[0].prep == "of" \
            and _VICTIMS_OF.search(s.text, max(0, rec_compounds[0].start - 40), rec_compounds[0].start):
        # "rejected the displacement of Palestinians": the people it would befall are not the party answered.
        rec_compounds, rec_codes = (), ()
    if hosted:
        mode = None
    date, status = _dated(t, status, doc, ctx, s.text)
    if etype == "THREATEN" and mode is None:
        mode = _mode_from_keywords("THREATEN", s.text[t.start:], res)
    elif mode is None:
        # Demands, refusals and meetings name their content after the verb ("asked NATO for military assistance");
        # REQUEST's catch-all mode must not stop the reading at the verb.
        mode = _mode_from_keywords(etype, s.text[t.start:t.end + _CONTENT_WINDOW]
                                   if etype in ("REQUEST", "REJECT", "CONSULT") else s.text[t.start:t.end], res)
        if mode is None and etype == "ASSAULT":
            # The weapon in the subject ("Israeli airstrikes killed", "Israeli jets struck": to the verb) or in an
            # instrument after the verb ("attacked the grid with 120 missiles").
            subject = phrase_text(s, found.actor)
            between = s.text[found.actor.end:t.start] if found.actor is not None and found.actor.end <= t.start else ""
            if _AIR_SUBJECT.fullmatch(between):
                mode = "aerial"  # "Israeli jets struck", "Pakistani military aircraft bombed"
            else:
                if len(between.split()) <= 2:  # ("A Russian drone hit"; not "Ukraine's air force said ...")
                    subject += between
                mode = _mode_from_keywords(etype, subject, res) or _mode_from_keywords(
                    etype, s.text[t.end:t.end + _WEAPON_WINDOW], res)
    killed, injured = casualties(s.text, ctx.numbers, near=t.start) if etype == "ASSAULT" else (None, None)
    base = Draft(
        sentence=s, trigger=t, event_type=etype, mode=mode, status=status,
        actor_codes=actor_codes, actor_text=phrase_text(s, found.actor),
        recipient_codes=tuple(c for c in rec_codes if c not in actor_codes) if rec_codes else (),
        recipient_text=phrase_text(s, rec_compounds[0]) if rec_compounds else "",
        date=date, killed=killed, injured=injured,
    )
    base.location, base.location_country = ctx.location
    if guessed or armed_home:
        base.confidence -= _GUESSED_ACTOR_DOUBT
    base.actor_guessed = armed_home
    if len(actor_codes) == 2 and etype not in ("AGREE", "COOPERATE", "SUPPORT") \
            and ((s.lowered.endswith(" each ", 0, t.start) and (not base.recipient_codes or rec_compounds[0].prep == "by"))
                 or _EACH_OTHER.search(s.text, t.start, t.end + _EACH_WINDOW)):
        # (Not a pact "allowing their troops to train on each other's soil": one joint act of the two.)
        # "Russia and Ukraine each released 45 prisoners", "expelled each other's diplomats": one act each way
        # ("Latvia and Estonia each expelled a Russian diplomat" names its own recipient).
        a, b = actor_codes
        base.needs_recipient = False
        return [replace(base, actor_codes=(a,), recipient_codes=(b,), recipient_text=""),
                replace(base, actor_codes=(b,), recipient_codes=(a,), recipient_text="")]
    if rule.domestic and place_country is not None and place_country not in actor_codes and not base.recipient_codes \
            and any(c.locative and c.prep == "in" and place_country in c.named_codes() for c in s.compounds):
        # "France declared a state of emergency in New Caledonia": the territory named, a code of its own (not "in
        # communities near Gaza").
        base.recipient_codes, base.recipient_text = (place_country,), ctx.location[0] or ""
    elif rule.domestic or home:
        base.recipient_codes, base.recipient_text = actor_codes, base.actor_text  # martial law at home
    if not base.recipient_codes and len(actor_codes) > 1 and etype in _JOINT_TYPES \
            and (hosted or _same_clause(s.text, found.actor, t)) \
            and rule.id not in _HELP_PLEDGES \
            and not (etype == "SUPPORT" and _WELCOMED.match(s.text, t.start)):  # (several who welcome what another did)
        base.needs_recipient = False  # a joint act: "Greece and Turkey signed a declaration"
    elif not base.recipient_codes:
        local_recipient(base, s, doc, ctx.conditions, killed is not None or injured is not None)
        if rule.optional_recipient and not base.recipient_codes:
            base.needs_recipient = False  # "fired a ballistic missile into the East Sea"
    return _with_quantities(base, t, s, ctx.numbers)


def _refusal(t: TriggerMatch, found: args_mod.Arguments, s: Sentence, doc: Doc, ctx: SentenceContext,
             actor_codes: tuple[str, ...], rec_compounds: tuple[Compound, ...],
             rec_codes: tuple[str, ...]) -> Draft:
    """A REJECT draft for a cooperative act the actor says it will not do."""
    location, country = ctx.location
    return Draft(sentence=s, trigger=t, event_type="REJECT", mode=None, status="actual", actor_codes=actor_codes,
                  actor_text=phrase_text(s, found.actor),
                  recipient_codes=tuple(c for c in rec_codes if c not in actor_codes),
                  recipient_text=phrase_text(s, rec_compounds[0]) if rec_compounds else "",
                  date=pick_date(ctx.cues, t.start, doc.published), location=location, location_country=country)


def _consult(t: TriggerMatch, found: args_mod.Arguments, s: Sentence, doc: Doc, res: CoderResources,
             actor_codes: tuple[str, ...], rec_codes: tuple[str, ...], ctx: SentenceContext) -> list[Draft]:
    """A meeting: all participants are actors; needs two distinct parties."""
    parts = list(dict.fromkeys(actor_codes + rec_codes))
    if t.rule.implicit_actor == "dominant" and doc.dominant and doc.dominant not in parts:
        parts.insert(0, doc.dominant)
    if len(parts) < 2 and not (parts and parts[0] in res.igo_codes and found.actor is not None
                               and _MEMBERS_MET.search(phrase_text(s, found.actor)) is not None):
        return []  # (but "NATO foreign ministers met in Brussels": the body's members meet)
    window = _modality_window(s.text, t, found)
    modality = _classify_at(window, t.rule.event_type, s, t)
    if modality in ("negated", "hypothetical", "denied", "threat"):
        return []
    if t.rule.event_type == "CONSULT" or (modality == "future" and t.rule.mutual):
        # "agreed to meet", "agreed to exchange 1,000 prisoners each": the parties' promise is one agreement.
        etype, status = ("AGREE", "planned") if modality == "future" else ("CONSULT", "actual")
    else:  # a joint act of the parties ("X and Y agreed to restore relations")
        etype = t.rule.event_type
        # (An agreement promises what it names, as in _type_and_status: "agreed to resume visits" is planned.)
        status = "planned" if modality == "future" or etype == "AGREE" else "actual"
    mode = t.rule.mode or _mode_from_keywords(t.rule.event_type, s.text[t.start:t.end], res)
    if etype == "AGREE":
        mode = None
    date, status = _dated(t, status, doc, ctx, s.text)
    location = ctx.location
    if t.rule.mutual and etype != "AGREE":
        return _mutual(t, found, s, doc, parts, etype, mode, status, date, ctx)
    if etype not in ("CONSULT", "COOPERATE") and actor_codes and rec_codes and not set(actor_codes) & set(rec_codes):
        # "Saudi Arabia restored ties with Syria", "Russia agreed to meet Ukraine": the subject's act on the party it
        # names (a list subject with no one named acts on each other: see _each_party). In a joint operation or
        # exercise every party takes part ("Indian warships joined the exercise with the US and Japanese navies").
        return [Draft(sentence=s, trigger=t, event_type=etype, mode=mode, status=status, actor_codes=actor_codes,
                      actor_text=phrase_text(s, found.actor), recipient_codes=rec_codes,
                      recipient_text=", ".join(phrase_text(s, c) for c in found.recipients), date=date,
                      needs_recipient=False, location=location[0], location_country=location[1])]
    # "Talks were held with NATO and the US": the unnamed host met each party, not NATO with the US.
    groups = [[parts[0], p] for p in parts[1:]] if t.rule.implicit_actor == "dominant" else [parts]
    text = ", ".join(phrase_text(s, c) for c in found.recipients) or phrase_text(s, found.actor)
    visit, host = _visit_and_venue(s.text, t, location)
    return [Draft(sentence=s, trigger=t, event_type=etype, mode=_consult_mode(etype, mode, g, res, host=host, visit=visit), status=status,
                   actor_codes=tuple(g), actor_text=text, recipient_codes=(), recipient_text="", date=date,
                   needs_recipient=False, location=location[0], location_country=location[1]) for g in groups]


# Words of the meeting's own clause that make it a visit wherever it was held ("during a two-day visit", "made a trip
# to Moscow to meet"); not in a relative clause ("Zelensky, who visited Washington in December, met Scholz").
_VISIT_WORDS: Final = re.compile(r"\b(?:visit\w*+|trip|travell?ed|arrived|hosted|hosting)\b", re.IGNORECASE)
# The meeting's clause after its verb ends at a purpose, a comma or a later time ("met Zelensky to discuss the war in
# Ukraine": Ukraine is no venue).
_MEETING_CLAUSE_END: Final = re.compile(r",|;|\s(?:to|after|before|as|amid|ahead|while|where|which|who|and\s++said)\s",
                                        re.IGNORECASE)
_CLAUSE_START: Final = re.compile(r"(?:^|[,;]|\b(?:who|which|that)\b)[^,;]*$", re.IGNORECASE)
# Aircraft named between an attack's subject and its verb ("Israeli jets struck").
_AIR_SUBJECT: Final = re.compile(r"\s++(?:(?:military|fighter|war)\s++)?(?:jets|warplanes|aircraft|helicopters|gunships|planes)\s++",
                                 re.IGNORECASE)
# The other side's count in an exchange: "swapped two hostages for three of its commanders"; "each".
_RETURN_COUNT: Final = re.compile(r"\bfor\s++(?:some\s++|about\s++|more\s++than\s++)?(?=\S)")
_EACH: Final = re.compile(r"\beach\b", re.IGNORECASE)


def _mutual(t: TriggerMatch, found: args_mod.Arguments, s: Sentence, doc: Doc, parts: list[str], etype: str,
            mode: str | None, status: str, date: EventDate, ctx: SentenceContext) -> list[Draft]:
    """Two parties acting on each other ("exchanged fire", "swapped prisoners"): one event each way, each side
    with the words that named it."""
    if len(parts) != 2:
        return []
    sides = [c for c in (found.actor, *found.recipients) if c is not None]
    # The phrase of a list that named the party ("Azerbaijani forces" of "Azerbaijani forces and Armenian troops"),
    # else the whole compound (a pronoun, an institution of the dominant country).
    named = {code: phrase_text(s, c) for c in sides for code in codes(c, s, doc)}
    named.update({p.code: p.text for c in sides for p in c.phrases if p.kind == "actor" and p.code})
    killed, injured = casualties(s.text, ctx.numbers, near=t.start) if etype == "ASSAULT" else (None, None)
    location, country = ctx.location
    drafts = [Draft(sentence=s, trigger=t, event_type=etype, mode=mode, status=status, actor_codes=(a,),
                    actor_text=named.get(a, ""), recipient_codes=(b,), recipient_text=named.get(b, ""), date=date,
                    killed=killed, injured=injured, needs_recipient=False, location=location,
                    location_country=country)
              for a, b in (parts, parts[::-1])]
    # The count is the first side's ("the Taliban swapped two Western hostages"); the other side's is the count after
    # "for" ("... for three of its commanders"), or the same with "each" ("exchanged 115 prisoners of war each").
    # Both sides named as the subject ("Armenia and Azerbaijan exchanged 32 prisoners"): the count is given to both,
    # as coders label it.
    first = _with_quantities(drafts[0], t, s, ctx.numbers)[0]
    if first.quantity is not None:
        other = _RETURN_COUNT.search(s.text, t.end)
        back = next((n for n in ctx.numbers if n.start == other.end()), None) if other is not None else None
        joint = found.actor is not None and set(parts) <= set(codes(found.actor, s, doc))
        if back is not None:
            drafts[1].quantity, drafts[1].unit = back.value, first.unit
        elif joint or _EACH.search(s.text, t.end):
            drafts[1].quantity, drafts[1].unit = first.quantity, first.unit
    return [first, drafts[1]]


_CROWD_IN_PLACE: Final = re.compile(r"\b(?:protesters|demonstrators|crowds|marchers|rioters)\s++(?:in|across|from|throughout)\s++"
                                    r"(?:several|many|dozens\s++of|other|major|the)?\s*+$", re.IGNORECASE)


def _protest(t: TriggerMatch, found: args_mod.Arguments, s: Sentence, doc: Doc, res: CoderResources,
             ctx: SentenceContext) -> list[Draft]:
    """A crowd's act (rule.crowd): only when the subject is a crowd; a crowd naming no country acts for its place."""
    actor = found.actor
    window = _modality_window(s.text, t, found)
    if _NOUN_BEFORE.search(s.text, max(0, t.start - 16), t.start):
        return []  # the noun: "during protests in Bolivia", "mass rallies across"
    lo = t.start - len(window) if actor is None else min(actor.start, t.start - len(window))
    subject_named = actor is not None and actor.end > t.start - _PROTEST_WINDOW \
        and _NEW_CLAUSE_START.search(s.text, actor.end, t.start) is None \
        and _SUBORDINATOR.search(s.text, actor.end, t.start) is None
    if not subject_named:
        # A crowd is often the object of a quantity: "Hundreds of Palestinians protested" (not a clause subject),
        # within the verb's own clause.
        for m in _NEW_CLAUSE_START.finditer(s.text, lo, t.start):
            lo = m.end()
        actor = next((c for c in reversed(s.compounds) if lo <= c.start and c.end <= t.start), None)
    if actor is not None and (_is_crowd(actor, t, s, doc, res)
                              or _CROWD_IN_PLACE.search(s.text, max(0, actor.start - 50), actor.start) is not None):
        # ("Protesters in several Indian cities burned Chinese flags": the crowd of the place it is in.)
        # "Anti-French protesters", "pro-Russian demonstrators": a stance, not the crowd's nationality (its place is).
        actor_codes = () if s.lowered.endswith(_STANCE_PREFIXES, max(0, actor.start - 5), actor.start) \
            and s.text[actor.start:actor.start + 1].isupper() else codes(actor, s, doc)  # (not "anti-government")
    elif not subject_named and res.triggers.crowd_words.search(window) is not None:
        actor, actor_codes = None, ()
    elif t.rule.otherwise is not None and subject_named:
        other_type, other_mode = t.rule.otherwise  # "Ecuadorean police stormed the Mexican embassy"
        rule = replace(t.rule, event_type=other_type, mode=other_mode, crowd=False, otherwise=None)
        return _drafts_for(replace(t, rule=rule), found, s, doc, res, ctx)
    else:
        return []  # "shares rallied", "Japan protested": not a crowd
    # From inside the match on: "stormed the Swedish embassy" names its target in the trigger.
    after = [c for c in s.compounds if t.start < c.start < t.end + _PROTEST_WINDOW and c.kind in ("actor", "owner")]
    # The target: "against X", "outside the X embassy", "border crossings with X".
    target = next((c for c in after if c.prep in ("against", "with") or "embass" in phrase_text(s, c).lower()
                   or _AGAINST_OF.search(s.text, max(0, c.start - 40), c.start)
                   or _EMBASSY_OF.search(s.text, max(0, c.start - 16), c.start)
                   or _EMBASSY_AFTER.match(s.text, c.end)
                   or ((c.end <= t.end or _BURNING_BEFORE.search(s.text, max(0, c.start - 12), c.start))
                       and _FLAGS_AFTER.match(s.text, c.end))), None)
    from_place = not actor_codes
    if not actor_codes:
        place = next((c for c in after if c.prep in _PLACE_PREPS and c is not target), None)
        actor_codes = tuple(x for x in codes(place, s, doc) if x in doc.countries) if place is not None else ()
        actor_codes = actor_codes or ((ctx.location[1],) if ctx.location[1] else ()) or _home_of_story(doc)
        actor = place
    if not actor_codes or (from_place and target is not None and set(codes(target, s, doc)) & set(actor_codes)):
        return []  # (nor a crowd at "the US air base in Okinawa" read as American for want of a known place)
    etype, mode, status = _type_and_status(t, classify(window), s.text, res)
    if etype is None:
        return []
    if etype == "PROTEST":
        mode = t.rule.mode or _mode_from_keywords("PROTEST", s.text[t.start:t.end], res)
    elif etype == "THREATEN":
        mode = _mode_from_keywords("THREATEN", s.text[t.start:], res) or mode
    date, status = _dated(t, status, doc, ctx, s.text)
    location = ctx.location
    return [Draft(sentence=s, trigger=t, event_type=etype, mode=mode, status=status, actor_codes=actor_codes,
                   actor_text=phrase_text(s, actor), recipient_codes=codes(target, s, doc), recipient_text=phrase_text(s, target),
                   date=date, needs_recipient=False, location=location[0], location_country=location[1])]


def _home_of_story(doc: Doc) -> tuple[str, ...]:
    """The dateline's country when the story is mostly about it: where police or a crowd named with no country act."""
    home = doc.home_country()
    return (home,) if home is not None and home == doc.dominant else ()


def _is_crowd(c: Compound, t: TriggerMatch, s: Sentence, doc: Doc, res: CoderResources) -> bool:
    """A crowd: a crowd word from the phrase to the verb ("Georgian protesters", "French farmers") or a plural
    demonym ("Armenians")."""
    crowd = res.triggers.crowd_words.search(s.text, c.start, max(c.end, t.start))
    if crowd is not None:
        # "Riyadh cut ties ... after protesters stormed": the crowd of a clause of its own, not the phrase.
        return _SUBORDINATOR.search(s.text, c.end, crowd.start()) is None
    words = phrase_text(s, c)
    hit = doc.gaz.aliases.get(words)
    return hit is not None and hit.alias_kind == "demonym" and words.endswith("s")


def _same_clause(sentence: str, actor: Compound | None, t: TriggerMatch) -> bool:
    """The actor is the trigger's own subject: before it, close, and with no clause break between them."""
    if actor is None or actor.end > t.start:
        return False
    gap = t.start - actor.end
    # Further when the actor is its clause's subject: "X and Y met in St. Vincent on Thursday and agreed not to".
    if gap > _JOINT_GAP and not (gap <= _JOINT_SUBJECT_GAP and args_mod.starts_clause(sentence, actor)):
        return False
    return not any(ch in ",;:–—" for ch in sentence[actor.end:t.start])


# The members of an organisation named as meeting among themselves ("NATO foreign ministers", "EU leaders").
_MEMBERS_MET: Final = re.compile(r"\b(?:leaders|ministers|heads\s++of\s++(?:state|government)|members|envoys|"
                                 r"ambassadors|delegates|representatives|chiefs)\b", re.IGNORECASE)


def _visit_and_venue(text: str, t: TriggerMatch, location: tuple[str | None, str | None]) -> tuple[bool, str | None]:
    """Whether the meeting's own clause calls it a visit or trip, and the venue's country when the clause names the
    sentence's place after its verb ("met Scholz in Berlin on Friday"), else None."""
    end = _MEETING_CLAUSE_END.search(text, t.end)
    stop = end.start() if end is not None else len(text)
    after = text[t.end:stop]
    head = _CLAUSE_START.search(text, 0, t.start)
    visit = _VISIT_WORDS.search(text, head.start() if head is not None else t.start, stop) is not None
    place, country = location
    venue = country if place and _named_after_in_or_at(text[t.start:t.end] + after, place) else None
    return visit, venue


# "in" or "at" (and "the") ending right where a place's name begins: "met Scholz in Berlin", "talks at the Kremlin".
_IN_OR_AT_BEFORE: Final = re.compile(r"\b(?:in|at)\s++(?:the\s++)?\Z")
_WORD_BOUNDARY: Final = re.compile(r"\b")


def _named_after_in_or_at(text: str, place: str) -> bool:
    """True when text names place, as a whole word, after "in" or "at": what re.search(r"\b(?:in|at)\s++(?:the\s++)?"
    + re.escape(place) + r"\b", text) finds, without compiling a regex per place (a name never opens with a space,
    which that regex's \s++ could take)."""
    if place[:1].isspace():
        return re.search(r"\b(?:in|at)\s++(?:the\s++)?" + re.escape(place) + r"\b", text) is not None
    at = text.find(place)
    while at >= 0:
        if _IN_OR_AT_BEFORE.search(text, 0, at) is not None and _WORD_BOUNDARY.match(text, at + len(place)) is not None:
            return True
        at = text.find(place, at + 1)
    return False


def _consult_mode(etype: str, mode: str | None, parties: list[str], res: CoderResources, *, host: str | None = None,
                  visit: bool = False) -> str | None:
    """A meeting with an international organisation is multilateral; one held in the country of one of two parties,
    or said to be a visit or trip, is a visit; promises to meet carry no mode."""
    if etype != "CONSULT":
        return mode  # (a joint act keeps its rule's mode: "a ceasefire ... took effect")
    if mode is None and any(p in res.igo_codes for p in parties):
        return "multilateral"
    if mode is None and len(parties) == 2 and (visit or host in parties):
        # "Zelensky met Scholz in Berlin", "during a two-day visit", "made an unannounced trip to Moscow".
        return "visit"
    return mode


def _classify_at(window: str, etype: str, s: Sentence, t: TriggerMatch) -> str:
    """The modality of the trigger t of s read from its window (_classify), an act after a headline's bare infinitive
    announced for later."""
    modality = _classify(window, etype)
    return "future" if modality == "actual" and _headline_infinitive(s, t) else modality


def _headline_infinitive(s: Sentence, t: TriggerMatch) -> bool:
    """A headline's bare infinitive right after its opening subject: "Japan, Philippines to sign troop pact", "US,
    China to hold trade talks" (announced, not done)."""
    return bool(s.compounds) and s.compounds[0].start == 0 \
        and _HEADLINE_TO.fullmatch(s.text, s.compounds[0].end, t.start) is not None


# A party the threatener protects, not threatens: "warned that Egypt would not allow anyone to threaten Somalia".
_NOT_ALLOW: Final = re.compile(r"\b(?:not|never)\s++(?:allow|permit|tolerate|let)\b", re.IGNORECASE)
# What a party's own-named thing belongs to: "the Russian assets of Danish brewer Carlsberg".
_OWNED_OF: Final = re.compile(r"\s++(?:assets|property|properties|subsidiar(?:y|ies)|units?|operations|branch(?:es)?|"
                              r"offices?|businesses|shares|stakes?|holdings|plants?|factor(?:y|ies))\s++of\s", re.IGNORECASE)
# A name used as a modifier, not a place: "at Taiwan independence".
_MODIFIER_AFTER: Final = re.compile(r"\s++(?-i:[a-z])")
_OWN_PASSIVE: Final = re.compile(r"\b(?:be|been|being)\s", re.IGNORECASE)


def _modality_window(sentence: str, t: TriggerMatch, found: args_mod.Arguments) -> str:
    """Words between the actor and the trigger (the verb group that carries modality and negation). A participle
    after a report ("Erdogan said Ankara would not approve the bids, accusing Sweden of ...") is the speaker's act,
    whatever the reported clause says; otherwise it shares its clause's modal ("Lithuania would respond, expelling")."""
    if args_mod.adjunct_participle(sentence, t) and args_mod.reported_before(sentence, t.start):
        return ""
    lo = t.start - 60
    if found.coordinated:
        lo = t.start - 40
        head = sentence[t.start:args_mod.head_end(sentence, t)]
        at = max(sentence.rfind(" and ", 0, t.start), sentence.rfind(" but ", 0, t.start))
        if head.lower().endswith("ed") and not _PERFECT.search(sentence, max(0, lo), max(at, 0)):
            # "said the deal would not affect anyone and urged Somalia": a verb in the past tense has its own verb
            # group after "and" ("would expel them and close ...", "may have attacked the pipeline and seized" share
            # the modal).
            lo = max(lo, at)
    elif found.actor is not None and found.actor.end <= t.start:
        lo = max(found.actor.end, t.start - 90)
    window = sentence[max(0, lo):t.start]
    if (t.rule.voice == "passive" or t.rule.nominal) and _OWN_PASSIVE.search(sentence, t.start, t.end) is not None:
        # "23 Russian diplomats will be expelled", "4,000 troops will be deployed": a match that starts at its noun
        # holds its own passive verb group.
        window += " " + sentence[t.start:t.end].rsplit(None, 1)[0]
    # "Kenya, which offered to lead the mission, deployed": the aside's verb group is not the trigger's.
    return _RELATIVE_ASIDE.sub(" ", window) if ", wh" in window else window


def _classify(window: str, etype: str) -> str:
    """The modality of the window, where "agreed to" before a cooperative act promises it ("agreed to meet")."""
    modality = classify(window)
    if modality == "actual" and etype in _JOINT_TYPES and _AGREED_TO.search(window):
        return "future"
    return modality


def _type_and_status(t: TriggerMatch, modality: str, sentence: str,
                     res: CoderResources) -> tuple[str | None, str | None, str]:
    """Event type, mode and status after modality: threats of an act become THREATEN, promises AGREE."""
    etype, mode = t.rule.event_type, t.rule.mode
    if etype == "THREATEN":
        return (None, None, "") if modality in ("negated", "denied") else (etype, mode, "threatened")
    if modality in ("negated", "hypothetical"):
        return None, None, ""
    if modality == "denied":
        return etype, mode, "denied"
    if modality == "threat":
        if etype in CONFLICT_TYPES:
            return "THREATEN", _threat_mode(etype, mode, res), "threatened"
        return None, None, ""
    if modality == "future":
        if etype == "CONCEDE":
            return etype, mode, "actual"  # "said it would lift the curbs": announcing it is the concession
        if etype in COOPERATIVE_TYPES:
            return "AGREE", None, "planned"
        if etype == "RETREAT":
            return "CONCEDE", None, "planned"  # an announced withdrawal or release
        if etype in CONFLICT_TYPES and has_condition(sentence):
            return "THREATEN", _threat_mode(etype, mode, res), "threatened"
        return etype, mode, "planned"
    if etype == "AGREE":
        return etype, mode, "planned"  # "pledged aid", "approved the sale of jets": what is promised is yet to come
    return etype, mode, "actual"


def _threat_mode(etype: str, mode: str | None, res: CoderResources) -> str | None:
    """What a threatened act threatens (SANCTION/withdraw -> relations)."""
    table = res.triggers.threat_modes
    return table.get(f"{etype}/{mode}") or table.get(etype)


def _mode_from_keywords(etype: str, text: str, res: CoderResources) -> str | None:
    """The first mode of [modes.<type>] whose keywords occur in text."""
    table = res.triggers.mode_keywords.get(etype)
    if table is None:
        return None
    any_mode, ordered = table
    if any_mode is not None and not any_mode.search(text):
        return ordered[-1][0] if ordered[-1][1].pattern == "." else None
    for mode, pattern in ordered:
        if pattern.search(text):
            return mode
    return None


def _dated(t: TriggerMatch, status: str, doc: Doc, ctx: SentenceContext, text: str) -> tuple[EventDate, str]:
    """The trigger's date, and its status: an actual act dated to an earlier year is historical."""
    cues = ctx.cues
    if cues and ", wh" in text:
        # "The EU, which granted Moldova candidate status in 2022, condemned ...": a date inside a relative clause
        # that does not hold the trigger belongs to that clause.
        asides = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text) if not m.start() <= t.start < m.end()]
        cues = [c for c in cues if not any(a <= c[0] < b for a, b in asides)]
    if cues and " who " in text and (befell := _WHO_BEFELL.search(text, t.end)) is not None:
        # "demanded the release of two Canadians who were detained by Chinese authorities in 2018": the date of what
        # befell them, not of the demand.
        cues = [c for c in cues if c[0] < befell.start()]
    date = pick_date(cues, t.start, doc.published)
    lo = max(0, t.start - _YEAR_NAMED_WINDOW)
    named = _YEAR_NAMED_ACT.search(text, lo, t.start) if ("19" in text[lo:t.start] or "20" in text[lo:t.start]) else None
    year = int(named.group(1) or named.group(3)) if named is not None else None
    if named is not None and year is not None and doc.published.date is not None and year < doc.published.date.year:
        # "settled by the 1965 treaty that normalised relations": the act of a thing its year (and month) names.
        month = MONTHS[named.group(2).lower()] if named.group(2) else None  # (datetext's names and abbreviations)
        date = EventDate(dt.date(year, month or 1, 1), "month" if month else "year", year)
    if (status == "actual" or (status == "planned" and t.rule.event_type == "AGREE")) \
            and _is_background(date, doc.published):
        # ("In 2019, Japan pledged 500 million dollars": a promise made years ago is background too.)
        status = "historical"
    return date, status


# A year naming a treaty, war or vote whose relative clause holds the trigger: "the 1965 treaty that normalised".
# ... or a year the act's when-clause follows: "has had no Russian ambassador since April 2022, when it expelled".
_YEAR_NAMED_ACT: Final = re.compile(r"(?:\b(?:the|a|an|its|their)\s++((?:19|20)\d\d)\s++(?:[\w-]++\s++){0,2}?(?:treaty|accord|"
                                    r"agreement|deal|pact|war|invasion|coup|revolution|referendum|elections?|summit|"
                                    r"ceasefire|truce|conflict|uprising)\s++(?:that|which)|\b(?:("
                                    + "|".join(sorted(MONTHS, key=len, reverse=True)) +
                                    r")\.?\s++)?((?:19|20)\d\d),?\s++when\s++\S++)\s++(?:had\s++|has\s++)?$", re.IGNORECASE)
_YEAR_NAMED_WINDOW: Final = 70
# People of a country a state acts on at home ("urged Chinese citizens to avoid travel").
_PEOPLE: Final = re.compile(r"\b(?:citizens|nationals|fishermen|students|workers|tourists|people|residents|"
                            r"travell?ers|pilgrims|expatriates|companies|firms|businesses)\b", re.IGNORECASE)
_PEOPLE_WINDOW: Final = 25
# A name inside a trigger's own words, after its verb: the one asked, known to the gazetteer or not ("asked Barr to").
_NAME_INSIDE: Final = re.compile(r"\s(?-i:[A-Z])")
# What an actor guessed from the story's main countries costs in confidence (as a recipient from context does).
_GUESSED_ACTOR_DOUBT: Final = 0.2
# A state's own institutions and people, and third parties, as actor or object: not the other side's.
_DOMESTIC_ACTOR: Final = re.compile(
    r"\b(?:court|judges?|police|opposition|commission|parliament|congress|senate|lawmakers|party|prosecutors?|"
    r"media|regulators?|unions?|activists|protesters|citizens|voters|fans|clubs?|team|players?|captain|coach|"
    r"finance|health|education|economy|interior|justice|budget|election|electoral|supreme\s++leader|state\s++tv|"
    r"television|newspaper|company|firm|bank|king|queen|prince|princess|royal|council|assembly)\b", re.IGNORECASE)
_OTHER_OBJECT: Final = re.compile(
    r"\b(?:citizens|nationals|residents|people|public|population|journalists?|activists?|opposition|petition|"
    r"protesters|critics?|cleric|miners|farmers|workers|students|media|allies|partners|international\s++community|"
    r"observers|referendum|elections?|candidates?|lawmakers|parliament|court|nomination|voters|penalty|appeal|"
    r"companies|firms|rumou?rs|dockworkers|strikers|fans|party|parties|calls\s++for|demands\s++for|reports?|"
    r"budget|bill|law|amnesty|resignation|unity)\b",
    re.IGNORECASE)
_OBJECT_WINDOW: Final = 60
# How recent an act between the two sides must be (sentences back, and drafts at most).
_SIDES_SENTENCES: Final = 4
_SIDES_LOOKBACK: Final = 40
_CAPITALISED: Final = re.compile(r"\b[A-Z][\w'’-]*+")
_CALENDAR_WORDS: Final = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
                                   "May June July August September October November December I".split())
# Acts aimed at someone that a two-sided story's main countries do to each other without naming the other each time.
# (Not demands, which are as often made of allies, the world or the actor's own people, nor concessions, releases and
# closures, which are as often domestic.)
_OTHER_SIDE_TYPES: Final = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION"})
# A share of a body's members ("more than 140 of the 193 U.N. member states"): no act of the body.
_MEMBERSHIP_COUNT: Final = re.compile(r"\b\d[\d,]*+\s++of\s++(?:the\s++|its\s++)?(?:\d[\d,]*+\s++)?$", re.IGNORECASE)
_MEMBERS_AFTER: Final = re.compile(r"[\x27’]?s?\.?\s++(?:\d[\d,]*+\s++)?(?:member\s++(?:states|countries|nations)|members)\b",
                                   re.IGNORECASE)
# Acts between two sides a mediator stands between (a release too: "Iran freed five Americans").
_AT_ODDS: Final = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "REJECT", "MOBILIZE", "RETREAT",
                             "PROTEST"})
# ... and what a mediator brings them to, which says nothing of whether they were at odds.
_BROKERED: Final = frozenset({"AGREE", "CONSULT", "REQUEST", "CONCEDE", "SUPPORT"})
# What a rejection of a charge names right after its verb: "rejected the accusations", "dismissed the account" (not
# "the criticism", as often a third party's: observers', a bloc's; nor a court's or a named accuser's charges: "the
# corruption charges", "the accusations of police brutality made by rights groups").
# Charges a person answers at home, whoever else the story is about.
_PERSONAL_CHARGES: Final = "corruption|fraud|bribery|brutality|treason|tax|graft|embezzlement|misconduct|rape"
_CHARGE_OBJECT: Final = re.compile(
    r"\s++(?:the|these|those|such|all|any)\s++(?:accusations?|allegations?|claims?|charges?|account)\b"
    r"(?!\s++(?:of|over|against)\s++(?:\S++\s++){0,3}?(?:" + _PERSONAL_CHARGES + r"|abuse|torture|murder|him|her|them)"
    r"\b)(?!\s++(?:made|levelled|leveled|brought)\s++by\b)", re.IGNORECASE)
_PERSONAL_CHARGE: Final = re.compile(r"\b(?:" + _PERSONAL_CHARGES + r"|sexual)\b", re.IGNORECASE)
# Where or by whom people are held: "fishermen detained in Russia", "held by the Houthis".
_HELD_BEFORE: Final = re.compile(r"\b(?:held|detained|jailed|imprisoned|arrested|abducted|kidnapped|captured|seized)\s++"
                                 r"(?:\S++\s++){0,2}?(?:in|by)\s++(?:the\s++)?$", re.IGNORECASE)
# A demand for someone's release ("demanded the release of two Rwandan soldiers"): made of the side that holds them.
_RELEASE_SOUGHT: Final = re.compile(r"\s*+(?:for\s++)?(?:the\s++|their\s++|his\s++|her\s++)?(?:immediate\s++|swift\s++|"
                                    r"unconditional\s++|prompt\s++|and\s++|[\"“]\s*+)*+(?:release|freeing|return)\s++of\b",
                                    re.IGNORECASE)
# Talks or negotiations in a threat's condition ("if the negotiations fail"), in a condition that begins no more than
# this many characters before the threat's verb.
_TALKS: Final = re.compile(r"\b(?:talks|negotiations|dialogue|diplomacy|consultations)\b", re.IGNORECASE)
_CONDITION_REACH: Final = 80
# What a dismissal of a threat names as its object: "dismissed this as rumbling", "rejected the remarks".
_THIS_OBJECT: Final = re.compile(r"\s++(?:this|that|it|(?:the|these|those|such)\s++(?:threats?|warnings?|remarks?|"
                                 r"comments?|suggestions?|idea|statements?))\b", re.IGNORECASE)
_TIES_WITH_OTHER: Final = re.compile(
    r"\s++with\s++(?:the\s++|a\s++|an\s++|its\s++|their\s++|all\s++)?+((?:[a-z][\w-]*+(?:\s++|\b)){1,3})")
_PARTNER_WORDS: Final = frozenset("country nation government kingdom regime island neighbour neighbor state republic "
                                  "emirate junta".split())
# A country's possessive on a name ("South Korea's Hyundai Motor", "the UAE's Mubadala"): a company or a club.
_FIRM_AFTER: Final = re.compile(r"['’]s\s++((?-i:[A-Z])[\w-]++)(?:\s++(?-i:[A-Z])[\w-]++)*+")
_REFUSER_GAP: Final = re.compile(r"\s++(?:(?:has|had|have|also|again|so\s++far|\w+ly)\s++)*+")
_RESCUE_PURPOSE: Final = re.compile(r"\b(?:rescue|relief|earthquake|quake|flood|humanitarian|disaster)\s++"
                                    r"(?:efforts|operations|work|teams|aid|assistance|mission)\b", re.IGNORECASE)
_CIVIL_STAFF: Final = re.compile(r"\b(?:border\s++guards|guards|officers|police|gendarmes|experts)\b", re.IGNORECASE)
_TROOPS_WORD: Final = re.compile(r"\b(?:troops|soldiers|forces|battalions?|brigades?|warships|tanks|jets|missiles)\b",
                                 re.IGNORECASE)
_BORDER_STORY: Final = re.compile(r"\b(?:border|frontier|Line\s++of\s++Control|boundary)\b", re.IGNORECASE)
_FIGHTING: Final = re.compile(r"\b(?:fir(?:e|ed|ing)|shell\w*+|clash\w*+|fight\w*+|attack\w*+|aggression|strikes?|struck|"
                              r"killed|incursions?|gunfire|skirmish\w*+)\b", re.IGNORECASE)
_NON_STATE_TARGET: Final = re.compile(
    r"\b(?:militants?|militias?|rebels?|insurgents?|jihadists?|terrorists?|smugglers?|gangs?|cartels?|separatists?|"
    r"guerrillas?|protesters|demonstrators|extremists?|Islamists?|fighters|criminals|traffickers|bandits|"
    r"(?-i:[A-Z]{2,5})\s++(?:positions|camps?|hideouts?|bases?|fighters|targets)|al-Shabaab|Houthis?|Hezbollah|Hamas|"
    r"Islamic\s++State|Taliban|(?:in|into)\s++the\s++(?:air|sky))\b", re.IGNORECASE)
_SUBJECT_GAP: Final = re.compile(r"\s++(?:(?:had|have|has|also|then|reportedly|allegedly|first)\s++)*+")
# A named place of a kind ("the Chong Bok pass", "Batken region"): an unknown name before it is no party.
_GEO_NOUN_AFTER: Final = re.compile(r"(?:(?-i:[A-Z])[\w'’-]*+\s++){1,3}(?:pass|region|province|district|villages?|area|"
                                    r"valley|county|oblast|governorate|sector|crossing|outpost|checkpoint|border\s++post|"
                                    r"town|heights|hills?|mountains?|river)\b")
_OVER_BEFORE: Final = re.compile(r"\bover\s++(?:the\s++)?(?:(?-i:[A-Z])\w*+\s++){0,2}$")  # ("shot down over Azad Kashmir")
_PLACE_BEFORE: Final = re.compile(r"\b(?:in|near|along|around|outside|across|inside|over)\s++(?:the\s++)?(?:(?-i:[A-Z])\w*+\s++){0,2}$",
                                  re.IGNORECASE)
# A complaint taken to the UN: the UN is where it is heard ("filed a complaint with the U.N. Security Council").
_COMPLAINT: Final = re.compile(r"\b(?:complain|protest|letter)", re.IGNORECASE)
_VIOLATION: Final = re.compile(r"\b(?:violat\w*+|breach\w*+|infring\w*+|encroach\w*+|affront|assault|attack|insult)",
                               re.IGNORECASE)
_BESIEGED_OF: Final = re.compile(r"\b(?:siege|blockade|occupation|bombing|bombardment|shelling|invasion|isolation)[\"”]?\s++"
                                 r"of\s++(?:the\s++)?$", re.IGNORECASE)
_FORUM_PREPS: Final = frozenset({"with", "to", "at", "before"})
_COMPLAINED_ABOUT: Final = re.compile(r"\.?(?:\s++(?-i:[A-Z])[\w.-]*+){0,3}\s++(?:over|about|regarding)\s++(?:the\s++|an?\s++)?",
                                      re.IGNORECASE)
# A non-restrictive relative clause between commas: ", which granted Moldova candidate status in 2022,".
_RELATIVE_ASIDE: Final = re.compile(r",\s++wh(?:ich|o|ose)\s[^,;]{1,200},")
_RELATIVE_END: Final = re.compile(r"[,;]|\s++and\s++(?!(?:\w+\s++){0,2}?by\b)")
_WHO_BEFELL: Final = re.compile(r"\s++who\s++(?:was|were|had\s++been|has\s++been|have\s++been)\s")
_ASIDE_REACH: Final = 200


def _is_background(date: EventDate, published: Published) -> bool:
    """An explicit earlier year ("In 2018 ...") marks background, not news."""
    if date.explicit_year is None:
        return False
    if published.date is None:
        return date.precision == "year"
    return date.explicit_year < published.date.year


# Acts whose object may be one person with no number ("arrested a French national"): see quantities.one_person.
_ONE_PERSON_TYPES: Final = frozenset({"COERCE", "RETREAT"})


def _with_quantities(base: Draft, t: TriggerMatch, s: Sentence, numbers: list[Number]) -> list[Draft]:
    """Attach the counted quantity; an "X and Y ... 35 and 40, respectively" list splits into one event per actor.
    A rule's own unit (diplomats, troops, money) is looked for first; else the number that counts the act's object
    ("fired two ballistic missiles", "detained 14 Japanese nationals")."""
    unit = t.rule.unit
    if not numbers and unit != "diplomats" and t.rule.event_type not in _ONE_PERSON_TYPES:
        return [base]
    if unit is not None:
        values = respectively(s.text, numbers, after=t.start)
        if len(base.actor_codes) > 1 and len(values) == len(base.actor_codes):
            return [replace(base, actor_codes=(a,), quantity=v, unit=unit)
                    for a, v in zip(base.actor_codes, values)]
        found = quantity_near(s.text, numbers, unit=unit, lo=t.start, hi=t.end)
        if found is not None:
            base.quantity, base.unit = found
            return [base]
    if unit == "diplomats" and one_envoy(s.text[t.start:t.end + 2]):  # (+2: "the ambassador's family" is no envoy)
        base.quantity, base.unit = 1.0, unit
        return [base]
    counted = object_count(s.text, numbers, start=t.start, end=t.end) \
        or subject_count(s.text, numbers, start=t.start) or money_after(s.text, numbers, end=t.end)
    if counted is not None and not (counted[1] == "people" and t.rule.event_type == "ASSAULT"):
        base.quantity, base.unit = counted  # (an attack's people are its killed and injured)
    elif counted is None and t.rule.event_type in _ONE_PERSON_TYPES \
            and (people := one_person(s.text, numbers, start=t.start)) is not None:
        base.quantity, base.unit = people, "people"  # "arrested a French national", "freed an American citizen"
    return [base]


def _finish(d: Draft, doc_id: str, published_day: dt.date | None) -> CodedEvent:
    """Freeze a draft into a CodedEvent."""
    s = d.sentence
    confidence = max(0.05, min(1.0, d.confidence - (0.1 if d.status != "actual" else 0.0)))
    return CodedEvent(
        doc_id=doc_id, event_type=d.event_type, mode=d.mode,
        actor_codes=d.actor_codes, recipient_codes=d.recipient_codes,
        actor_text=d.actor_text, recipient_text=d.recipient_text,
        event_date=d.date.date, date_precision=d.date.precision if d.date.date else "unknown",
        location=d.location, location_country=d.location_country,
        quantity=d.quantity, quantity_unit=d.unit if d.quantity is not None else None,
        killed=d.killed, injured=d.injured, status=d.status, confidence=round(confidence, 3),
        mention=Mention(doc_id, s.index, s.start, s.end, s.text), published_date=published_day,
    )
