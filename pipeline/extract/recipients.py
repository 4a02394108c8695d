"""Recipients an event's own clause leaves unnamed, completed from the sentence and the events reported before it:
the act a condemnation names, the party a threat answers, "the two countries", the party a cause phrase names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from pipeline.extract import arguments as args_mod
from pipeline.extract.document import Doc, Draft, Sentence, phrase_text
from pipeline.extract.modality import Span
from pipeline.extract.phrases import Compound
from pipeline.extract.triggers import TriggerMatch
from pipeline.extract.reference import codes

# Verbs whose clause after them is the content of a demand, accusation, denial or threat, not an act.
COMPLEMENT_TYPES: Final = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# How far back (in sentences) a missing recipient may be carried from the same actor's same kind of event.
CARRY_SENTENCES: Final = 2
# What a mediator brokers between two parties: a meeting, a deal, a truce, a swap.
_MEDIATED: Final = frozenset({"CONSULT", "AGREE", "RETREAT", "COOPERATE", "SUPPORT"})
# People of the actor's own country, when no other country is named: protesters, critics, officials at home.
_DOMESTIC_OBJECT: Final = re.compile(
    r"\b(?:protesters|protestors|demonstrators|crowds?|rioters|opposition|dissidents|critics|activists|mayor|"
    r"opposition\s++leaders?|students|strikers|worshippers|lawmakers|parliament)\b", re.IGNORECASE)
_DOMESTIC_WINDOW: Final = 60
# A measure at a border holds travellers, not the state's own people as such ("letting through only students").
_BORDER_MEASURE: Final = re.compile(r"\b(?:borders?|frontier|crossings?|checkpoints?)\b", re.IGNORECASE)
# What a demand a withdrawal yields to asks for.
_YIELDED: Final = re.compile(r"\b(?:withdr[ae]w\w*+|pull\w*+\s++out|leave|departure|exit)\b",
                             re.IGNORECASE)
_YIELDED_WINDOW: Final = 80
_MISSION: Final = re.compile(r"\b(?:missions?|multinational|peacekeep\w*+|abroad|overseas)\b", re.IGNORECASE)
# What a rejection can answer from the sentences before it: an allegation, a demand, a threat ...
_ANSWERED: Final = frozenset({("ACCUSE", "allege"), ("REQUEST", "change"), ("REQUEST", "yield"), ("REQUEST", "meet"),
                              ("REQUEST", "assist"), ("REQUEST", None), ("THREATEN", None), ("THREATEN", "violence"),
                              ("THREATEN", "restrict"), ("THREATEN", "relations")})
# ... when it names one as its object ("rejected the accusation", "dismissed these claims", "denied the charges").
# ... or names it first: "an allegation Islamabad rejected as baseless", "a charge the Kremlin denies".
_ANSWER_BEFORE: Final = re.compile(
    r"\b(?:an?|the)\s++(?:accusation|allegation|claim|charge|demand|request|ultimatum)s?\s++(?:the\s++)?"
    r"(?:\S++\s++){1,3}?(?:has\s++|have\s++|had\s++)?(?:\w+ly\s++)?$", re.IGNORECASE)
# ... or a denial of the clause before ("..., which Bamako denies"; not "the Taliban, which it has refused to recognise").
_WHICH_BEFORE: Final = re.compile(r",\s++which\s++(?:\S++\s++){1,3}?(?:\w+ly\s++)?$", re.IGNORECASE)
_ANSWER_OBJECT: Final = re.compile(
    r"(?:\s++what\s++(?:it|he|she|they|\w++\s++officials)\s++(?:called|termed|described\s++as)\s++(?:\S++\s++){0,4}?)?"
    r"[\"”]?\s*+(?<=\s)(?:the|these|those|such|this|that|its|their|all)?\s*+(?:\S++\s++)?(?:accusations?|allegations?|claims?|"
    r"charges?|demands?|calls?|ultimatums?|threats?|warnings?|requests?|appeals?)\b"
    # ... or denies what was alleged: "denied any involvement", "denies backing the rebels".
    r"|(?:(?<=denied)|(?<=denies)|(?<=deny))\s++(?:any\s++|all\s++|having\s++)?(?:involvement|role|"
    r"responsibility|wrongdoing|links?|[a-z]+ing|that)\b", re.IGNORECASE)
# What a condemnation names as its object when it condemns an act reported before it ("condemned the strikes",
# "denounced it as a violation"): its recipient is the party that did that act.
_ACT_NOUNS: Final = (
    r"attacks?|strikes?|airstrikes?|moves?|decisions?|steps?|raids?|killings?|invasion|incursions?|expulsions?|"
    r"seizures?|arrests?|detentions?|tests?|launch(?:es)?|bombings?|shelling|operations?|offensive|violations?|"
    r"incidents?|actions?|activities|measures?|packages?|use(?=\s++of\s)|deployments?|annexation|executions?|shootings?|drills?|exercises?|war\s++games|"
    r"manoeuvres|maneuvers|blockade|verdicts?|rulings?|sentences?|sentencing|trials?|convictions?|vetoe?s?|signing|"
    r"plans?|intrusions?|downing|shootdown|ramming|storming(?!\s++of\b)|suspensions?|closures?|shutdown|"
    r"(?:sanctions|tariffs|restrictions|curbs)(?!\s++(?:proposals?|plans?|packages?|threats?|bills?|laws?|lists?|"
    r"regimes?|relief|waivers?)\b)|"
    r"assaults?(?!\s++on\s++(?:the\s++)?(?:\S++\s++)?(?:press|media|democracy|freedom|free|rights|rule|truth|justice|"
    r"dignity|sovereignty|values|reason|science))")
_ACT_START: Final = (
    r"(?:[\"”’]?\s++|^[\"“])(?:(?:by|at|with|over|about)\s++)?(?:it|this|(?:(?:the|this|that|these|those|such|its|their)\s++"
    # "described Bolivia's decision as": a named possessor
    r"|(?-i:[A-Z])[\w.-]++(?:\s++(?-i:[A-Z])[\w.-]++)?['’]s\s++"
    # "condemned what it called a "flagrant violation" of its sovereignty"
    r"|what\s++(?:it|they|he|she)\s++(?:called|termed|described\s++as)\s++(?:an?\s++)?[\"“]?"
    # "firmly opposes illegal unilateral sanctions": a bare plural measure
    r"|(?=(?:[a-z][\w-]*+\s++){0,2}?(?:sanctions|tariffs|restrictions|curbs)\b))"
    r"(?:[\w-]++\s++){0,2}?(?:")
CONDEMNED_ACT: Final = re.compile(_ACT_START + _ACT_NOUNS + r"))\b", re.IGNORECASE)
# ... and the act a speaker names before "violated" ("said the storming of a diplomatic mission breached"), where a
# storming is the act (after "condemned", "the storming of its embassy in Tehran" names the place).
_ACT_BEFORE_VERB: Final = re.compile(_ACT_START + _ACT_NOUNS + r"|storming))\b", re.IGNORECASE)
# (A bare "the storming" names the act, reported before it: "called the storming unacceptable".)
# Acts a condemnation of "the attack", "the move" answers; how many earlier drafts it looks back over.
_CONDEMNABLE: Final = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
# The acts a condemned noun can name (by its first four letters); a noun not listed ("the move", "the decision",
# "it") names any of _CONDEMNABLE.
_FORCE: Final = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# What a welcomed decision is never (an attack, coercion), and what it is not when aimed at the welcomer (troops sent to
# an ally are welcomed by it).
_UNWELCOME: Final = frozenset({"ASSAULT", "COERCE"})
_HOSTILE_TO: Final = frozenset({"SANCTION", "THREATEN", "ACCUSE", "REJECT", "REQUEST"})
# ... nor words: a condemnation or a threat is no decision to welcome.
_NO_DECISION: Final = _UNWELCOME | {"ACCUSE", "THREATEN"}
# ... and, from the lead, no demand or refusal either ("Guterres urged Myanmar's military to release Aung San Suu Kyi").
_WORDS: Final = frozenset({"REQUEST", "REJECT"})
_LAUNCHED_TYPES: Final = frozenset({"MOBILIZE", "ASSAULT"})
# What reports a launch: "test-fired an ICBM", "launched a missile".
_LAUNCH_WORD: Final = re.compile(r"\b(?:launch\w*+|\w*+fir(?:e|ed|es|ing)|test\w*+|missiles?|rockets?)\b", re.IGNORECASE)
_ACT_NOUN_TYPES: Final = {
    **dict.fromkeys(("atta", "stri", "airs", "raid", "bomb", "shel", "kill", "shoo", "offe", "inva", "incu",
                     "oper", "anne", "bloc", "intr", "assa", "down", "ramm"), _FORCE),
    # (A crowd's too: "called the attack on its embassy unacceptable", "condemned the storming".)
    **dict.fromkeys(("atta", "raid", "stor"), _FORCE | {"PROTEST"}),
    **dict.fromkeys(("laun", "test"), _LAUNCHED_TYPES),
    **dict.fromkeys(("dril", "exer", "war ", "mano", "mane", "depl"), frozenset({"MOBILIZE"})),
    "expu": frozenset({"SANCTION", "COERCE"}),
    # ("condemned the suspension of France 24", "the closure of the border")
    **dict.fromkeys(("susp", "clos", "shut"), frozenset({"SANCTION", "COERCE"})),
    **dict.fromkeys(("sanc", "tari", "rest", "curb", "pack"), frozenset({"SANCTION", "COERCE"})),
    "veto": frozenset({"REJECT", "SANCTION"}),
    "sign": frozenset({"COOPERATE", "AGREE", "SUPPORT"}),
    **dict.fromkeys(("dete", "arre", "seiz", "verd", "ruli", "sent", "tria", "conv"),
                    frozenset({"COERCE", "SANCTION", "ASSAULT"})),
    "exec": frozenset({"COERCE", "ASSAULT"}),  # an execution is no measure ("recalled its ambassador" before it)
    "use": frozenset({"ASSAULT", "COERCE"}),  # "condemned the use of force", "the use of water cannon"
}
_CONDEMN_LOOKBACK: Final = 8
# An act done "in response" or "in retaliation" with nothing after it answers the last act against its actor
# ("... and had dispatched its own air, naval and ground forces in response").
_IN_RESPONSE: Final = re.compile(r"\bin\s++(?:response|retaliation|reprisal)\b(?!\s++(?:to|for|against)\b)",
                                 re.IGNORECASE)
_RESPONSE_WINDOW: Final = 80
# What a request for consular access answers (an arrest), and a protecting power's channel, no detainer ("through the
# Swiss embassy").
_DETAINED: Final = frozenset({"COERCE"})
_THROUGH_BEFORE: Final = re.compile(r"\b(?:through|via)\s++(?:the\s++|its\s++)?$", re.IGNORECASE)
# What a request for access to detained nationals names right after its verb ("requested consular access", "asked for
# consular access to the fishermen").
_CONSULAR_ACCESS: Final = re.compile(r"\s*+(?:for\s++)?(?:immediate\s++|urgent\s++|full\s++)?consular\s++(?:access|visits?)\b",
                                     re.IGNORECASE)
_HELP_TYPES: Final = frozenset({"AID", "SUPPORT"})
# What is never done to the other party of a meeting for being met ("Blinken brought together the ministers of
# Armenia and Azerbaijan ... a week after the worst fighting between the two countries").
_MET_NOT_STRUCK: Final = frozenset({"CONSULT", "ASSAULT", "COERCE"})
# What a denial of involvement answers when no accusation was coded: a measure taken over it (or an allegation; not
# mere criticism).
_DENIED_OVER: Final = frozenset({"SANCTION", "COERCE"})
_OWN_HARM: Final = re.compile(
    r"\b(?:to|against|of|on)\s++(?:his|her|its|their|our|the\s++country['’]s)\s++(?:country['’]s\s++|nation['’]s\s++|own\s++)?"
    r"(?:sovereignty|territorial\s++integrity|territory|security|independence)\b", re.IGNORECASE)
# ... or another's, named: "a clear violation of Yemen's sovereignty" (the name's item ends at the possessive).
_NAMED_HARM: Final = re.compile(
    r"(?:['’]s?)?\s++(?:sovereignty|territorial\s++integrity|territory|airspace|air\s++space|territorial\s++waters|"
    r"independence|borders?)\b",
    re.IGNORECASE)
_HARM_WINDOW: Final = 120
# A verb with nothing after it in its clause: "...; Tehran denies", "..., which Moscow denied."
_BARE_END: Final = re.compile(r"[\"”’]?\s*+(?:[.;,!]|$)")
_SUMMON_RULES: Final = frozenset({"summon-envoy", "envoy-summoned"})
# A state's institution before a rejection: it rejects a bill or a government's measure, not another state's.
_INSTITUTION: Final = re.compile(r"\b(?:council|parliament|court|lawmakers|party|opposition|congress|senate|assembly|"
                                 r"judiciary|unions?|mps|legislators?)\b", re.IGNORECASE)
# One's own envoy ("summoned its ambassador in Moscow for consultations", "the country's ambassador to the EU").
_OWN_ENVOY: Final = re.compile(r"\b(?:its|their|his|her|our|the\s++country['’]s)\s", re.IGNORECASE)
# A rejected measure: "Dodik dismissed the move as hypocritical", "Beijing rejected the sanctions" (see fill_recipient;
# not "rejected the austerity measures proposed by the president").
_MEASURE_OBJECT: Final = re.compile(
    r"\s++(?:the|these|this|that|such|its|their|\w++['’]s)\s++(?:[\w-]++\s++)?(?:moves?|decisions?|measures?|sanctions|"
    r"bans?|expulsions?|restrictions|tariffs|steps?|designations?)\b(?=\s*+(?:[,.;:]|as\b|and\b|[\"”]|$|"
    # ... or a phrase of where or when it was said ("dismissed the step on Twitter", "rejected the move on Monday")
    r"on\s++(?:twitter|x|facebook|telegram|social\s++media|state\s++(?:tv|television|media)|television|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|in\s++(?:a|an|its|his|her|their)\s++(?:\S++\s++)?(?:statement|"
    r"interview|speech|post|letter|tweet|message|address)\b|late|earlier|later|hours|shortly|within|while|but\b))",
    re.IGNORECASE)
# What a welcome names when it welcomes an agreement reported before it, and the acts that report one.
_AGREEMENT_OBJECT: Final = re.compile(
    r"\s++(?:the|this|that|their|Friday's|the\s++latest)\s++(?:[\w-]++\s++){0,2}?(?:agreement|deal|accord|pact|truce|"
    r"ceasefire|rapprochement|declaration|normali[sz]ation|reconciliation|announcement|breakthrough)\b"
    r"(?!\s++(?:between|with|of|in|for|on|by)\b)",
    re.IGNORECASE)
_WELCOME_WORD: Final = re.compile(r"\b(?:welcom|hail|applaud|prais)", re.IGNORECASE)
# A welcomed decision: "welcomed the announcement", "hailed Berlin's decision", "welcomed the move".
_DECISION_OBJECT: Final = re.compile(
    r"\s++(?:the|this|that|its|their|\w++['’]s)\s++(?:[\w-]++\s++){0,1}?(?:announcements?|decisions?|moves?|"
    r"pledges?|offers?|steps?|commitments?|resolutions?|rulings?)\b(?!\s++(?:by|of|from)\b)", re.IGNORECASE)
# A destination or purpose after help: "to Hezbollah", "to its forces", "to rebuild", "for the victims" (not "to the
# force": a mission, whose host is the story's; but "to the force in Estonia").
_DESTINATION: Final = re.compile(r"\b(?:to|towards)\s(?!(?:the|a|an)\s++(?:\S++\s++)?(?:force|mission|operation|contingent)\b"
                                 r"(?!\s++(?:in|to|for)\s))"
                                 r"|\bfor\s++(?!this\b|next\b|the\s++(?:year|month|coming|next)\b|\d|"
                                 r"(?:a\s++)?(?:further|another)\b)",
                                 re.IGNORECASE)
_DESTINATION_WINDOW: Final = 80
# Help a pledge with no destination follows, and forces too for pledged personnel (see _where_help_went).
_HELP: Final = frozenset({"AID", "AGREE"})
_HELP_AND_FORCES: Final = _HELP | {"MOBILIZE"}
_PROMISED_PERSONNEL: Final = "promised-personnel"
# A promise governing a deployment verb ("have also promised to send", "offered to lead the mission and to deploy").
_PROMISED_BEFORE: Final = re.compile(
    r"\b(?:offer(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|committed|volunteered)\s++to\s++(?:\S++\s++){0,5}?$",
    re.IGNORECASE)
_PROMISED_REACH: Final = 60
_OBJECT_PREP: Final = re.compile(r"\s++(?:about|over|at|regarding|with|on)(?=\s)", re.IGNORECASE)
# An unnamed border ("sent troops to the border"): the neighbour the story is about. Not "its northern border" or
# "the southern border" (a side of the country, which may face another neighbour).
_TO_THE_BORDER: Final = re.compile(r"\b(?:to|along|toward|towards|near)\s++the\s++(?:(?:(?!(?:north|south|east|west)\w*+\b)"
                                   r"[\w-]++\s++)?(?:border|frontier)\b(?!\s++(?:with|of)\b)|(?:[\w-]++\s++)?border\s++"
                                   r"(?:town|towns|area|region|district|city|village|villages|crossing)\b)", re.IGNORECASE)
_BORDER_WINDOW: Final = 60
# Where a deployment goes, and what a withdrawal leaves (see _party_after).
_HOST_PREPS: Final = frozenset({"to", "in", "into"})
# Whom a deployment is meant to deter: "ordered a second aircraft carrier to the eastern Mediterranean to deter Iran".
_DETERRED_PREPS: Final = frozenset({"deter", "intimidate"})
_DESTINATION_PREPS: Final = frozenset({"to", "into"})
_AGREED_WITH: Final = re.compile(r"\b(?:agree[sd]?\s++with|deal|accord|agreement|pact)\b", re.IGNORECASE)
# What an allegation must be about for an attack to be blamed on its recipient: "Tehran blamed Israel (for the strike)".
_ATTACK_WORD: Final = re.compile(
    r"\b(?:attacks?|strikes?|airstrikes?|bombings?|blasts?|explosions?|killings?|assassinations?|shelling)\b|\bblam(?:e|es|ed|ing)\b",
    re.IGNORECASE)
_SOLDIERS: Final = re.compile(r"\b(?:troops|soldiers|forces|military)\b", re.IGNORECASE)
_SOLDIERS_AFTER: Final = 20  # ("send police and troops": the match may end at "police")
# Who asked for a deployment: "at the request of Mozambique's government", "at Maputo's request".
_REQUEST_BY: Final = re.compile(r"\brequest\s++of\b|['’]s?\s++(?:\S++\s++)?request\b", re.IGNORECASE)
# A threat of a response: what a threat right after an accusation answers it with (see fill_recipient).
_RETALIATION: Final = re.compile(
    r"\b(?:respon(?:d|se|ses)|retaliat\w*+|counter-?measures|measures|consequences|action|revenge|reciprocal)\b",
    re.IGNORECASE)
_RETALIATION_WINDOW: Final = 80
_HELPED_PREPS: Final = frozenset({"help", "assist", "support"})
_LEFT_PREPS: Final = frozenset({"from"})
# A rejected criticism answers the disapproval before it ("Solomon Islands has rejected the criticism").
CRITICISM_OBJECT: Final = re.compile(
    r"\s++(?:the|this|that|such|all|any)?\s*+(?:\S++\s++)?(?:criticisms?|condemnations?|concerns|"
    r"remarks|comments|statements?|protests?|complaints?)\b", re.IGNORECASE)
# ... or as the subject of a passive welcome ("The rapprochement was welcomed by").
_AGREEMENT_BEFORE: Final = re.compile(
    r"\b(?:agreement|deal|accord|pact|truce|ceasefire|rapprochement|declaration|normali[sz]ation|reconciliation)\s++$",
    re.IGNORECASE)
# A welcome of a truce or ceasefire needs a ceasefire reported before it (see _agreement_fits).
_TRUCE_WORDS: Final = ("truce", "ceasefire")
# The rule of an accusation in a relative clause about the accused ("..., which it accused of laying mines"), and the
# head nouns allowed between the accused's name and the clause's comma ("Armenian units, which").
_WHICH_ACCUSED: Final = "which-accused-of"
_HEAD_NOUNS: Final = re.compile(r"(?:\s++(?-i:[a-z])[\w-]*+){0,2}")
# An act named before its condemner: ", which Venezuela denounced", ", a move Britain condemned" (the words between
# are the condemner).
_OBJECT_FIRST: Final = re.compile(
    r"(?:,\s*+which|,\s*+(?:a|an)\s++(?:\S++\s++)?(?:move|decision|step|act|action|incident))\s++"
    r"(?:(?!(?:that|which|who|after|before|when|while|came|was|is|were|had)\b)[\w.'’-]++\s++){0,4}$",
    re.IGNORECASE)
# Nothing but a time, an adverb or a quote's attribution after the trigger until the sentence ends.
_NOTHING_AFTER: Final = re.compile(
    r"(?:\s++(?:on\s++\w+day|(?:last|this)\s++week|again|too|as\s++well|also|strongly|sharply|deeply))*+"
    # (... or only an absolute or participle clause: "also voiced concern, with Tokyo's spokesman calling ...")
    r"(?:,\s++(?:with|saying|calling|adding|describing|according)\b[^;]*+)?\s*+[.!]?[\"”’]?\s*+$",
    re.IGNORECASE)
# How many sentences back a condemnation may find the act it names ("the attack", "the launch"): its noun must fit
# the act, so it may lie further back than what "it" refers to.
_NAMED_ACT_SENTENCES: Final = 10
# The headline and the lead paragraph: what a story is about.
_LEAD_SENTENCES: Final = 1
# "also" (or "likewise", "too") right before a verb: the act repeats one reported before.
_ALSO_BEFORE: Final = re.compile(r"\b(?:also|likewise|similarly|too)\s++(?:\w++\s++)?$", re.IGNORECASE)
_ALSO_WINDOW: Final = 24
# What makes a party named after a concern its target: its act ("North Korea's missile launches") or its verb
# ("saying Belarus had violated Polish airspace").
_WRONGDOER_AFTER: Final = re.compile(
    r"(?:['’]s\s++(?:[\w-]++\s++){0,2}?(?:" + _ACT_NOUNS + r"|conduct|behaviou?r)\b"
    r"|\s++(?:had|has|have|was|were|is|are)\s++(?:\w+ly\s++)?\w+ed\b|\s++(?-i:[a-z])\w+ed\b)", re.IGNORECASE)
# ... or in the trigger: "raised similar concerns", "voiced the same concern".
_SIMILAR: Final = re.compile(r"\b(?:similar|the\s++same)\b", re.IGNORECASE)
# "welcomed it", "welcomed it too", "welcomed this": an act named only by a pronoun.
_IT_AFTER: Final = re.compile(r"\s*+(?:it|this)\b", re.IGNORECASE)
_PROTECT_SENTENCES: Final = 5
_TO_PROTECT: Final = re.compile(r"\bto\s++(?:firmly\s++|resolutely\s++)?(?:protect|safeguard|defend)\b", re.IGNORECASE)
# A cause phrase right before a possessive party: "in retaliation for Britain's", "over Canberra's".
_CAUSE_BEFORE: Final = re.compile(
    r"(?:\b(?:retaliat\w*+|response|reprisals?|protest|answer)\s++(?:for|to|against|at)|\bover|\bagainst)"
    r"\s++(?:the\s++)?$", re.IGNORECASE)
POSSESSIVE_MARKS: Final = frozenset({"'s", "’s"})
# A coordinated second verb of the same subject: "condemned the expulsions as "inhumane" and urged".
_AND_THEN: Final = re.compile(r"\band\s++(?:\S++\s++)?$")
_COORDINATED_WINDOW: Final = 80
# What a state is asked to do about an act on its soil, not to undo its own: "urged Islamabad to protect its citizens".
_HOST_DUTY: Final = re.compile(r"\bto\s++(?:\S++\s++){0,3}?(?:investigat|protect|ensure|bring|find|punish|arrest|prosecut|"
                               r"hold|secure|guarantee|provide|respect)", re.IGNORECASE)
# Hostile acts that can answer another party's act.
ANSWERING_TYPES: Final = frozenset({"SANCTION", "ACCUSE", "COERCE", "THREATEN", "REJECT"})
# Two parties named by what they are to each other ("the two neighbours", "both sides"), right after a verb.
_PAIR_BEFORE_PURPOSE: Final = re.compile(
    r"\b(?:with|to)\s++(both\s++(?:sides|countries|leaders|parties)|the\s++two\s++(?:sides|countries|leaders|parties))\b"
    r"(?=(?:\s++[\w-]++){0,6}?\s++to\s++$)", re.IGNORECASE)
PAIR_REF: Final = re.compile(
    r"\b(?:both\s++(?:warring\s++|rival\s++|feuding\s++)?(?:sides|countries|nations|parties|governments|neighbou?rs|capitals|allies|partners)|the\s++two\s++"
    r"(?:[\w-]++\s++){0,2}?(?:countries|sides|neighbou?rs|nations|governments|parties|rivals|capitals|states|leaders"
    r"|allies|partners)"
    r"|the\s++(?:[\w-]++\s++){0,2}?(?:neighbou?rs|rivals|foes|adversaries)"
    # "called on all parties to exercise maximum restraint", "urged restraint": the two sides of the last clash.
    r"|all\s++(?:relevant\s++|concerned\s++|involved\s++)?(?:sides|parties)"
    r"(?!\s++(?:to|of|in)\s++the\s++(?:agreement|deal|treaty|accord|talks|conference))"
    # ... or "urged an immediate end to hostilities", 'called for "self-restraint"'.
    r"|(?:(?<=urged\s)|(?<=urge\s)|(?<=urges\s)|(?<=urging\s)|(?<=for\s)|(?<=for\s\")|(?<=for\s“))"
    r"(?:(?:maximum\s++|mutual\s++|greater\s++)?"
    r"(?:self-)?restraint"
    r"|(?:an?\s++)?(?:immediate\s++|swift\s++)?(?:end|halt|stop)\s++to\s++(?:the\s++)?(?:hostilities|fighting|clashes)))\b",
    re.IGNORECASE)
_PAIR_WINDOW: Final = 60
# Acts between two parties that make them "the two countries" of what follows.
_PAIR_SOURCES: Final = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "ACCUSE", "REJECT"})
_CLASH_SOURCES: Final = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
# A sentence that turns to another place or story: "Separately, ...", "Elsewhere", "in the Middle East".
_ELSEWHERE: Final = re.compile(r"\b(?:separately|elsewhere|meanwhile|in\s++the\s++(?:Middle\s++East|region|Sahel|Gulf|Horn))\b",
                               re.IGNORECASE)
# Acts of unrest within one country (actor and recipient the same) whose sides "all parties" may be.
_UNREST_SOURCES: Final = frozenset({"ASSAULT", "COERCE", "PROTEST"})
_PAIR_SENTENCES: Final = 6
_NAMED_MEASURE_SENTENCES: Final = 10
# Forces arriving somewhere: abroad or nothing ("a contingent of Kenyan police arrived in Nairobi" came home).
_ARRIVAL_RULES: Final = frozenset({"contingent-landed", "troops-arrive"})
# A clause opened by "as" right before a name: "killing seven people, as Poland scrambled jets".
_AS_CLAUSE: Final = re.compile(r"\bas\s++$")


def local_recipient(d: Draft, s: Sentence, doc: Doc, conditions: list[Span], has_casualties: bool) -> None:
    """Recipient from the same sentence when the object slot is empty: the party a condition names, or the victims."""
    t = d.trigger
    pools: list[Compound] = []
    if d.event_type == "THREATEN":
        # The party a condition names, or the target of the threatened act ("warned it would take countermeasures
        # against the South").
        pools = [c for c in s.compounds if any(sp.contains(c.start) for sp in conditions)] + [
            c for c in s.compounds if c.start > t.end and c.prep == "against" and c.kind == "actor"]
    elif d.event_type == "ASSAULT":
        # The victims' side ("killing four Russians") or the place struck ("a refinery in Russia's Krasnodar region").
        pools = [c for c in s.compounds if c.start >= t.end and (has_casualties or c.locative)
                 and not args_mod.attribution(s.text, c)  # (not ", Malaysia's prime minister said")
                 and not args_mod.cited_source(s.text, c)  # (nor "according to the World Health Organization")
                 and not _AS_CLAUSE.search(s.text, max(0, c.start - 4), c.start)]  # (nor "..., as Poland scrambled")
    for c in pools:
        rec = tuple(x for x in codes(c, s, doc) if x not in d.actor_codes)
        if rec:
            _take(d, rec, phrase_text(s, c), doubt=0.1)
            return
    if t.rule.id == _WHICH_ACCUSED:
        # "repelling provocations by Armenian units, which it accused of laying mines": the party the relative clause
        # is about, right before its comma, is the one accused.
        which = s.text.rfind(",", 0, t.start)
        antecedent = next((c for c in reversed(s.compounds) if c.end <= which), None)
        if antecedent is not None and antecedent.kind == "actor" \
                and _HEAD_NOUNS.fullmatch(s.text, antecedent.end, which) is not None:  # ("Armenian units, which")
            rec = tuple(x for x in codes(antecedent, s, doc) if x not in d.actor_codes)
            if rec:
                _take(d, rec, phrase_text(s, antecedent))
                return
    if d.event_type == "MOBILIZE" and d.status != "threatened":
        # "stationed bombers in Venezuela", "sent 10,000 troops to Russia": the host of the deployment.
        # (The destination first: "moved 100,000 troops in Belarus closer to Ukraine".)
        host = _party_after(d, s, doc, _DETERRED_PREPS) \
            or _party_after(d, s, doc, _DESTINATION_PREPS) or _party_after(d, s, doc, _HOST_PREPS) \
            or _party_after(d, s, doc, _HELPED_PREPS) \
            or _placed_force(d, s, doc)  # "would send police officers to help Finland", "deployed troops in Belarus"
        if host is not None:
            _take(d, codes(host, s, doc), phrase_text(s, host), doubt=0.1)
            return
    if d.event_type == "MOBILIZE" and d.status != "threatened" and len(d.actor_codes) == 1 \
            and _TO_THE_BORDER.search(s.text, t.end, t.end + _BORDER_WINDOW) is not None:
        # "Poland has deployed 15,000 troops to the border": the border with the neighbour the story is about.
        near = s.gaz.borders.get(d.actor_codes[0], frozenset())
        neighbour = next((c for c in doc.leading_countries if c in near), None)
        if neighbour is not None:
            _take(d, (neighbour,), "", doubt=0.2)
            return
    if d.event_type == "RETREAT" and d.mode == "withdraw":
        # "Russia withdrew its troops from Kherson": the country of the place left.
        left = _party_after(d, s, doc, _LEFT_PREPS)
        if left is not None:
            _take(d, codes(left, s, doc), phrase_text(s, left), doubt=0.1)
            return
    if d.event_type == "MOBILIZE" and d.mode == "police" and d.status != "threatened" \
            and t.rule.id not in _ARRIVAL_RULES \
            and _SOLDIERS.search(s.text, t.start, t.end + _SOLDIERS_AFTER) is None:
        # (Not "sent police and troops": a foreign mission, where no host is named.)
        requester = next((c for c in s.compounds if c.start > t.start and c.kind == "actor"
                          and not set(codes(c, s, doc)) & set(d.actor_codes)
                          and _REQUEST_BY.search(s.text, max(0, c.start - 25), c.end + 12)), None) \
            if "request" in s.lowered else None
        if requester is not None:
            # "deployed police officers in Cabo Delgado at the request of Mozambique's government": the host asked.
            _take(d, codes(requester, s, doc), phrase_text(s, requester), doubt=0.1)
            return
        # "France deployed 45,000 police officers": police are deployed at home (not "offered to lead the mission and
        # to deploy 1,000 police officers": a mission abroad, its host named elsewhere; the mission named before the
        # end of the deployment's clause, not "across Paris for the Olympics, a mission officials called unprecedented").
        if _MISSION.search(s.text, 0, _clause_end(s.text, t.end)) is None:
            _take(d, d.actor_codes, "")
            return
    if (d.event_type in ("ASSAULT", "MOBILIZE") or ((d.event_type, d.mode) == ("RETREAT", "withdraw") and t.rule.nominal)) \
            and d.location_country and d.location_country not in d.actor_codes:
        # "In Kharkiv, Russian missiles struck a school": the side struck is where it happened; "French soldiers
        # stationed in Chad left the country": the country left.
        _take(d, (d.location_country,), d.location or "")
        return
    if d.event_type == "ASSAULT" and has_casualties and d.location_country not in d.actor_codes \
            and not d.recipient_text \
            and not (args_mod.adjunct_participle(s.text, t) and any(m.start < t.start for m in s.matches)):
        # "Pakistan's army said Indian troops opened fire across the Line of Control, killing two civilians": the
        # victims no one names are on the side that reports them, when it is one of the story's two main countries
        # (not a third state or the UN commenting). Not when a side is named but is the actor's own ("Malian soldiers
        # fired on protesters in Bamako"), nor for a participle after an act that names its own side (", killing four
        # people").
        reporter = args_mod.reporter_before(s.text, s.compounds, t.start) or args_mod.speaker_of(s.text, s.compounds)
        rec = tuple(x for x in codes(reporter, s, doc) if x not in d.actor_codes and x in doc.leading_countries) \
            if reporter is not None else ()
        # (Not when the reporter's side is also named in the act: "Russia said its troops opened fire on a Ukrainian
        # position, killing two soldiers" reports its own act.)
        if reporter is not None and len(rec) == 1 and not any(
                c is not reporter and rec[0] in codes(c, s, doc) for c in s.compounds):
            _take(d, rec, phrase_text(s, reporter), doubt=0.2)
            return
    if d.event_type in ANSWERING_TYPES:
        # "recalled its ambassador, retaliating against Algeria's decision to ...", "... over Canberra's
        # cancellation of the order": a hostile act answers the party whose act it names as its cause.
        for c in s.compounds:
            if c.start >= t.end and c.kind == "actor" and s.text[c.end:c.end + 2] in POSSESSIVE_MARKS \
                    and _CAUSE_BEFORE.search(s.text, max(t.end, c.start - 40), c.start):
                rec = tuple(x for x in codes(c, s, doc) if x not in d.actor_codes)
                if rec:
                    _take(d, rec, phrase_text(s, c))
                    return
    if d.event_type in ANSWERING_TYPES and args_mod.adjunct_participle(s.text, t):
        # "Moldova ordered Russia to cut its embassy staff, expelling 45 diplomats": the main clause's object.
        subject = args_mod.clause_subject_before(s.text, s.compounds, t.start)
        for c in s.compounds:
            if c.start >= t.start:
                break
            if subject is not None and c.start > subject.start and c.kind == "actor" and not c.locative:
                rec = tuple(x for x in codes(c, s, doc) if x not in d.actor_codes)
                if rec:
                    _take(d, rec, phrase_text(s, c))
                    return
    if d.event_type in ("ASSAULT", "COERCE") and len(d.actor_codes) == 1 \
            and _DOMESTIC_OBJECT.search(s.text, t.start, t.end + _DOMESTIC_WINDOW) \
            and _BORDER_MEASURE.search(s.text, t.start, t.end) is None:
        # "Kenyan police opened fire on protesters", "Turkish police detained Istanbul's mayor": the state
        # acting on its own people (not at its border: "tightened controls at crossings, letting through only
        # students").
        _take(d, d.actor_codes, "")


def fill_recipient(d: Draft, siblings: list[Draft], earlier: list[Draft],
                    objectless: list[Draft] | None = None) -> None:
    """Elided objects: a sibling event of the sentence, the same actor's previous event, or (denials, threats) the other party named."""
    t = d.trigger
    # The act an accusation names as its object ("condemned the attack"), read once for the pair and act fills.
    act = condemned_act(d.sentence.text, t) if d.event_type == "ACCUSE" else None
    if act is None and d.event_type == "ACCUSE" and t.rule.voice == "attributed":
        # "said the storming of a diplomatic mission breached the Vienna conventions": the act before the verb.
        act = _ACT_BEFORE_VERB.search(d.sentence.text, max(0, t.start - args_mod.SAID_ACT_WINDOW), t.start)
    # "Japan and Australia also expressed concern.": no object at all answers the act just reported, like "it".
    bare = act is None and d.event_type == "ACCUSE" and _NOTHING_AFTER.match(d.sentence.text, t.end) is not None
    named_after = next((c for c in d.sentence.compounds if c.kind == "actor" and c.start > t.end
                        and set(c.named_codes()) - set(d.actor_codes)), None) if bare else None
    if named_after is not None and (_WRONGDOER_AFTER.match(d.sentence.text, named_after.end) is None or any(
            set(named_after.named_codes()) & set(o.recipient_codes) for o in _recent(d, siblings, earlier, CARRY_SENTENCES)
            if o is not d)):
        named_after = None  # (not "saying Ukraine's civilians were paying the price": the victim; not "UN resolutions")
    if named_after is not None:
        # "Japan also voiced concern, saying North Korea's missile launches threatened regional security", "... calling
        # the Chinese coast guard's actions dangerous": the party the clause after it names.
        _take(d, tuple(x for x in named_after.named_codes() if x not in d.actor_codes),
              phrase_text(d.sentence, named_after))
        return
    # "condemned it", "denounced this": an act named only by a pronoun.
    pronoun_act = act is not None and act.group().split()[-1].lower() in ("it", "this")
    if _envoy_act(d) and _OWN_ENVOY.search(d.sentence.text, t.start, t.end) is None:
        # "Riga said it was expelling one diplomat", "summoned the embassy's charge d'affaires": an envoy of no named
        # country is one of the state whose envoys were just expelled or summoned (by anyone).
        for o in _recent(d, siblings, earlier, CARRY_SENTENCES):
            if o is not d and _envoy_act(o) and o.recipient_codes and not set(o.recipient_codes) & set(d.actor_codes):
                _take(d, o.recipient_codes, o.recipient_text)
                return
    if d.event_type == "THREATEN":
        # "ECOWAS threatened to use force against Niger's junta. Mali and Burkina Faso warned that any military
        # intervention in Niger would be treated as a declaration of war": whoever threatened or struck the party the
        # threat protects.
        protected = _protected(d)
        for o in _recent(d, siblings, earlier, _PAIR_SENTENCES) if protected else ():
            if o is not d and o.event_type in _PROTECTED_FROM and set(o.recipient_codes) & protected \
                    and not set(o.actor_codes) & (protected | set(d.actor_codes)):
                _take(d, o.actor_codes, o.actor_text)
                return
        # ... else whoever took the most measures against it ("ECOWAS suspended Niger, closed borders and froze its
        # assets ... Mali and Burkina Faso said any intervention in Niger would be a declaration of war").
        measures: dict[tuple[str, ...], int] = {}
        for o in _recent(d, siblings, earlier, _PAIR_SENTENCES) if protected else ():
            if o is not d and o.event_type == "SANCTION" and set(o.recipient_codes) & protected \
                    and not set(o.actor_codes) & (protected | set(d.actor_codes)):
                measures[o.actor_codes] = measures.get(o.actor_codes, 0) + 1
        if measures:
            most = max(measures.values())
            leaders = [a for a, n in measures.items() if n == most]
            if len(leaders) == 1 and most >= 2:  # (more than one measure: the side in the dispute, not a bystander)
                _take(d, leaders[0], "")
                return
    if d.event_type == "CONSULT" and d.mode == "third-party":
        # "Maduro and Ali met in St. Vincent. The meeting was brokered by Gonsalves": the parties of the last meeting
        # or deal reported.
        # (A truce brokered is one between the two sides of the last fight: "Armenia and Azerbaijan clashed ...
        # Moscow said it had brokered a ceasefire".)
        truce = any(w in d.sentence.lowered[t.start:t.end] for w in ("ceasefire", "cease-fire", "truce"))
        for o in _recent(d, siblings, earlier, CARRY_SENTENCES):
            parties = tuple(c for c in dict.fromkeys(o.actor_codes + o.recipient_codes) if c not in d.actor_codes)
            if o is not d and (o.event_type in _MEDIATED or (truce and o.event_type == "ASSAULT")) \
                    and len(parties) >= 2:
                _take(d, parties, o.actor_text)
                return
    pair = PAIR_REF.search(d.sentence.text, t.start, t.end + _PAIR_WINDOW)
    if pair is None and d.event_type == "REQUEST" and d.sentence.text.endswith("to ", 0, t.start):
        # "had been in contact with both sides over the past 48 hours to urge restraint": whom the purpose's
        # demand is made of.
        pair = _PAIR_BEFORE_PURPOSE.search(d.sentence.text, max(0, t.start - _PAIR_WINDOW), t.start)
    if pair is not None and act is not None:
        pair = None  # "regretted the veto and urged both sides to ...": the veto's author, not the pair
    if pair is not None:
        # "China urged the two neighbours to show restraint", "called on both sides": the two parties of the
        # last act between two others reported before.
        # (Restraint, or "all parties", is asked of the two sides of a clash, not of a row's: "Biden told Netanyahu
        # Washington would not take part ... Saudi Arabia and Egypt also urged restraint".)
        clash = pair.group().lower().startswith("all") \
            or pair.group().lower().endswith(("restraint", "hostilities", "fighting", "clashes"))
        unrest: tuple[str, ...] = ()
        for o in _recent(d, siblings, earlier, _PAIR_SENTENCES):
            if PAIR_REF.fullmatch(o.recipient_text):
                parties = o.recipient_codes  # named the same way before
            elif o.event_type in (_CLASH_SOURCES if clash else _PAIR_SOURCES):
                parties = tuple(dict.fromkeys(o.actor_codes[:1] + o.recipient_codes[:1]))
            else:
                parties = ()
            if clash and not unrest and o.event_type in _UNREST_SOURCES and len(parties) < 2 \
                    and len(o.actor_codes) == 1 and o.recipient_codes == o.actor_codes \
                    and d.sentence.index - o.sentence.index <= CARRY_SENTENCES:
                unrest = o.actor_codes  # (unrest within one country: see below)
            if len(parties) == 2 and not set(parties) & set(d.actor_codes):
                _take(d, parties, pair.group())
                return
        elsewhere = {x for c in d.sentence.compounds for x in c.named_codes()} - set(d.actor_codes) - set(unrest)
        if unrest and not set(unrest) & set(d.actor_codes) and not elsewhere \
                and _ELSEWHERE.search(d.sentence.text) is None:
            # "Protesters blocked roads across Ecuador ... The US urged all parties to refrain from violence": with no
            # clash between two states, the sides of the unrest at home are that country's.
            _take(d, unrest, pair.group())
            return
    if (d.event_type == "SUPPORT" and welcomes_agreement(d.sentence.text, t)) or (
            d.event_type == "ACCUSE" and _AGREEMENT_OBJECT.match(d.sentence.text, _after_prep(d.sentence.text, t.end))
            is not None):
        # "Guterres welcomed the agreement", "expressed deep concern about the agreement": its parties.
        # They come from the last agreement, pact or meeting reported.
        truce = any(w in d.sentence.text[t.start:t.end + 60].lower() for w in _TRUCE_WORDS)
        # (Failing a recent one, the agreement the story leads with: "Kyrgyzstan and Tajikistan sign border treaty ...
        # The Kremlin welcomed the agreement", paragraphs later.)
        lead = _lead(earlier)
        for o in [*_recent(d, siblings, earlier, _NAMED_ACT_SENTENCES), *lead]:
            parties = tuple(c for c in dict.fromkeys(o.actor_codes + o.recipient_codes) if c not in d.actor_codes)
            if o is not d and len(parties) >= 2 and _agreement_fits(o, truce):
                _take(d, parties, o.actor_text)
                return
            if o is not d and o.event_type == "AGREE" and not truce and o.actor_codes \
                    and not set(o.actor_codes) & set(d.actor_codes):
                # "Serbia agreed to recognise Kosovo's documents. Washington welcomed the agreement": who agreed.
                _take(d, o.actor_codes, o.actor_text)
                return
    if d.event_type == "SUPPORT" and welcomed_decision_end(d.sentence.text, t) is not None:
        # "Nauseda welcomed the announcement": whoever made the last announcement, decision or pledge reported (not
        # an attack, nor any act against the welcomer); failing that, the decision the story leads with ("EU adopts
        # 14th sanctions package ... Kyiv welcomed the decision", paragraphs later).
        lead = [o for o in _lead(earlier) if o.event_type not in _WORDS]
        candidates = [*_recent(d, siblings, earlier, CARRY_SENTENCES), *lead]
        # (A decision in the welcomer's favour first: "Kiribati said it would switch recognition to China ... China
        # welcomed the decision", not Taiwan's break with Kiribati told before it.)
        favours = [o for o in candidates if o.event_type in _HELP_TYPES | {"AGREE", "COOPERATE", "RETREAT", "CONCEDE"}
                   and set(d.actor_codes) & set(o.recipient_codes)]
        for o in [*favours, *candidates]:
            if o is not d and not set(o.actor_codes) & set(d.actor_codes) and o.event_type not in _NO_DECISION \
                    and o.status != "historical" \
                    and not (o.event_type in _HOSTILE_TO and set(o.recipient_codes) & set(d.actor_codes)):
                _take(d, o.actor_codes, o.actor_text)
                return
    for o in siblings:
        # An elided object is shared by coordinated verbs of one subject, or by a parallel act ("... to exile 35"), or
        # by a threat after its actor's accusation or hostile act ("said the launch was a provocation and vowed a stern
        # response", "dropped bombs on Iran's nuclear sites, warning that future attacks would be far greater"), or by a
        # demand after its actor's protest ("summoned the Russian ambassador ... and demanded their withdrawal"; not
        # after an allegation: "accused Israel of violating the treaty and called for Arab unity").
        if o is not d and o.recipient_codes and (
                (o.event_type == d.event_type
                 and (o.actor_codes == d.actor_codes or (o.mode is not None and o.mode == d.mode)))
                or (d.event_type == "THREATEN" and (o.event_type == "ACCUSE" or o.event_type in _CONDEMNABLE)
                    and o.actor_codes == d.actor_codes and o.trigger.start < t.start)
                or (d.event_type == "REQUEST" and o.event_type == "ACCUSE" and o.actor_codes == d.actor_codes
                    and o.trigger.start < t.start and (o.mode == "disapprove" or d.mode == "yield"))):
            rec = tuple(c for c in o.recipient_codes if c not in d.actor_codes)
            if rec:
                _take(d, rec, o.recipient_text, doubt=0.1)
                return
    if d.event_type == "THREATEN" and earlier:
        # ... or in the sentence before (or the one before that, when nothing was coded between): "Pyongyang
        # denounced the drills as a rehearsal for invasion. Its military warned it would take countermeasures."
        o = earlier[-1]
        if o.event_type == "ACCUSE" and o.actor_codes == d.actor_codes and o.recipient_codes \
                and d.sentence.index - o.sentence.index <= CARRY_SENTENCES \
                and _RETALIATION.search(d.sentence.text, t.start, t.end + _RETALIATION_WINDOW) is not None:
            # (Only a response, not "warned it would execute rioters".)
            rec = tuple(c for c in o.recipient_codes if c not in d.actor_codes)
            if rec:
                _take(d, rec, o.recipient_text, doubt=0.15)
                return
    for o in siblings:
        # "Blinken spoke by phone with Aliyev and Pashinyan and urged an end to hostilities", "Xi met Putin and
        # pledged support": the act's object is the other party of the meeting (not "... and condemned the launch"); help
        # also before it ("Armenia dispatched rescuers, and Pashinyan phoned Erdogan").
        if o is not d and o.event_type == "CONSULT" and d.event_type not in _MET_NOT_STRUCK and act is None \
                and set(d.actor_codes) <= set(o.actor_codes) \
                and (o.trigger.start < d.trigger.start or d.event_type in _HELP_TYPES):
            rec = tuple(c for c in o.actor_codes if c not in d.actor_codes)
            if rec:
                _take(d, rec, o.actor_text, doubt=0.1)
                return
    if d.event_type in COMPLEMENT_TYPES and d.sentence.text[max(0, d.trigger.start - 2):d.trigger.start] == ", " \
            and not blames_a_cause(d.sentence, t):
        # ", accusing its neighbour of ...": the participle's object is the main clause's other party.
        for o in siblings:
            if o is not d and o.actor_codes == d.actor_codes and o.recipient_codes \
                    and o.trigger.start < d.trigger.start:
                _take(d, o.recipient_codes, o.recipient_text)
                return
    if d.event_type == "ACCUSE" and _OBJECT_FIRST.search(d.sentence.text, max(0, t.start - 60), t.start):
        # "Iran seized a British tanker, a move Britain condemned as unacceptable" (or "a move condemned by Britain"),
        # "held drills with Guyana, which Venezuela denounced": the object is the act just before, in the same sentence.
        just_before = next((o for o in reversed(siblings) if o is not d and o.trigger.start < t.start
                            and not set(o.actor_codes) & set(d.actor_codes)), None)
        if just_before is not None:
            _take(d, just_before.actor_codes, just_before.actor_text)
            return
    if d.event_type == "REJECT":
        # "Pompeo blamed Iran for the attacks, while Tehran dismissed the allegation": an answer in the same sentence.
        for o in siblings:
            if o.trigger.start < d.trigger.start and _answers(d, o):
                _take(d, o.actor_codes, o.actor_text)
                return
        for o in siblings:
            # "Iran condemned the decision and rejected the accusation as baseless": the accusation came from the
            # party its own condemnation, just before, is aimed at.
            if o.trigger.start < d.trigger.start and o.event_type == "ACCUSE" and o.actor_codes == d.actor_codes \
                    and o.recipient_codes and _ANSWER_OBJECT.match(d.sentence.text, d.trigger.end) is not None:
                _take(d, o.recipient_codes, o.recipient_text)
                return
    if d.event_type == "RETREAT" and d.mode == "withdraw":
        # "Mali demanded the withdrawal of Danish special forces ... Copenhagen began pulling the troops out": a
        # withdrawal with no side named yields to the last demand for one made of its actor by the host, the story's
        # home (not by a third party: "Washington called on Belgrade to withdraw").
        home = d.sentence.home()
        end = _clause_end(d.sentence.text, t.end)
        # (Not with a place or party of its own: "In Chad, meanwhile, France began pulling its troops out".)
        own_place = any(c.kind == "actor" and c.start < end and set(c.named_codes()) - set(d.actor_codes)
                        for c in d.sentence.compounds)
        for o in () if home is None or own_place or not d.actor_codes or home in d.actor_codes \
                else _recent(d, siblings, earlier, CARRY_SENTENCES):
            if o is not d and o.event_type == "REQUEST" and o.actor_codes == (home,) \
                    and set(d.actor_codes) <= set(o.recipient_codes) \
                    and _YIELDED.search(o.sentence.text, o.trigger.start, o.trigger.end + _YIELDED_WINDOW):
                _take(d, o.actor_codes, o.actor_text, doubt=0.1)
                return
    if t.rule.id in _MEDIATION_OFFERS:
        # "Ethiopia and Somalia remain at odds ..., and Turkey has offered to mediate": the two its sentence names;
        # "China urged both sides to resolve the dispute, and Malaysia offered to mediate": the two sides a call just
        # named so, or the two of the last clash.
        for c in d.sentence.compounds:
            listed = c.named_codes()
            if c.end <= t.start and len(c.phrases) == 2 and len(listed) == 2 and not set(listed) & set(d.actor_codes) \
                    and c.subject:
                _take(d, listed, phrase_text(d.sentence, c))
                return
        for o in _recent(d, siblings, earlier, CARRY_SENTENCES):
            sides = tuple(dict.fromkeys(o.recipient_codes if o.event_type != "ASSAULT"
                                        else o.actor_codes[:1] + o.recipient_codes[:1]))
            if o is not d and ((o.event_type == "REQUEST" and (PAIR_REF.fullmatch(o.recipient_text) or _DISPUTE.search(
                    o.sentence.text, o.trigger.start, o.trigger.end + _DISPUTE_WINDOW))) or o.event_type == "ASSAULT") \
                    and len(sides) == 2 and not set(sides) & set(d.actor_codes):
                _take(d, sides, o.recipient_text)
                return
    if _undirected_help(d):
        # "Germany would send a third Patriot battery to Ukraine ... Spain pledged an additional 1 billion euros in
        # military aid": help pledged after help to a country goes to that country (not "to Hezbollah", "to its
        # forces", "to rebuild Valencia": a destination or purpose of its own).
        # (Forces pledged also go where forces were just sent: "Kenyan police officers landed in Haiti ... Benin and
        # Chad have also promised personnel".)
        helped = _where_help_went(d, siblings, earlier, _HELP_AND_FORCES if t.rule.unit == "troops" else _HELP)
        if helped is not None:
            _take(d, helped.recipient_codes, helped.recipient_text)
            return
    if d.event_type == "MOBILIZE" and d.status == "planned" \
            and _PROMISED_BEFORE.search(d.sentence.text, max(0, t.start - _PROMISED_REACH), t.start) is not None \
            and not any(c.kind == "actor" and t.end <= c.start < t.end + _DESTINATION_WINDOW for c in d.sentence.compounds):
        # "The United States has pledged $300 million ... Jamaica, the Bahamas and Chad have also promised to send
        # personnel to the force": forces promised with no country named go where the help just reported went.
        helped = _where_help_went(d, siblings, earlier, _HELP_AND_FORCES)
        if helped is not None:
            _take(d, helped.recipient_codes, helped.recipient_text)
            return
    if d.event_type == "REQUEST" and d.mode == "yield":
        # "demanded the release of an Argentine officer who was detained by Venezuelan authorities": the detainer
        # named after the demand, in the same sentence.
        for o in siblings:
            if o.trigger.start > t.start and o.event_type == "COERCE" and set(d.actor_codes) & set(o.recipient_codes) \
                    and not set(o.actor_codes) & set(d.actor_codes):
                _take(d, o.actor_codes, o.actor_text, doubt=0.1)
                return
    # A threat, a demand to undo something ("demanded the vessel's release"), a request for consular access ("had asked
    # for consular access to the fishermen") or an act "in response" answers the last act against its actor.
    consular = d.event_type == "REQUEST" and _CONSULAR_ACCESS.match(d.sentence.text, t.end) is not None
    held_in = next((c for c in d.sentence.compounds if c.kind == "actor" and c.start > t.end
                    and set(c.named_codes()) - set(d.actor_codes)
                    and _THROUGH_BEFORE.search(d.sentence.text, max(0, c.start - 16), c.start) is None),
                   None) if consular else None
    if held_in is not None:
        # "requested consular access to a Canadian detained in India", "... the embassy in Beijing said": where the
        # sentence says (not "through the Swiss embassy").
        _take(d, tuple(x for x in held_in.named_codes() if x not in d.actor_codes), phrase_text(d.sentence, held_in))
        return
    answering = d.event_type == "THREATEN" or (d.event_type == "REQUEST" and d.mode == "yield") or consular \
        or _IN_RESPONSE.search(d.sentence.text, t.end, t.end + _RESPONSE_WINDOW) is not None
    if answering or act is not None or bare:
        # "Iran fired missiles at Israel ... Britain condemned the attack": whoever did the last act reported
        # (coded or not for want of a side struck; an act named as a noun may lie further back than "it");
        # "India struck sites in Pakistan. Pakistan vowed to respond": whoever last acted against the threatener.
        reported = earlier
        if (act is not None or bare or d.event_type == "THREATEN") and objectless:
            reported = sorted(earlier[-_CONDEMN_LOOKBACK:] + objectless[-_CONDEMN_LOOKBACK:],
                              key=lambda o: (o.sentence.index, o.trigger.start))
        named = act is not None and not pronoun_act  # not "condemned it"
        answerable = _answerable(act) if act is not None else _DETAINED if consular else _CONDEMNABLE
        # "condemned the plan": an act announced for later, not one already done.
        planned_only = act is not None and act.group().rstrip().lower().endswith(("plan", "plans"))
        # (A threat to protect one's own answers the last act against it a little further back: "Beijing would take
        # necessary measures to protect the rights of Chinese companies", four sentences after the sanctions.)
        protecting = not named and d.event_type == "THREATEN" and _TO_PROTECT.search(d.sentence.text, t.end) is not None
        # (So does access to detainees asked for: the arrest may lie several sentences back.)
        back = _NAMED_ACT_SENTENCES if named or consular else _PROTECT_SENTENCES if protecting else CARRY_SENTENCES
        # "called the move a direct threat to his country's territorial integrity": an act against the speaker's own.
        own_harm = d.event_type == "ACCUSE" and _OWN_HARM.search(d.sentence.text, t.end, t.end + 120) is not None
        # "described the strikes as a clear violation of Yemen's sovereignty": an act against the country named (and
        # never one by it).
        harmed = named_harm(d.sentence, t.end) if d.event_type == "ACCUSE" and not own_harm else None
        # (First an act against the country named, then any: "called the killing a violation of Germany's
        # sovereignty", a killing of a Georgian in Berlin.)
        passes = [(True, False), (False, False)] if harmed is not None else [(False, False)]
        if act is not None and _answerable(act) is _LAUNCHED_TYPES:
            # "condemned the launch": a launch reported as one before a nearer show of force ("North Korea test-fired
            # an ICBM ... South Korean, U.S. and Japanese warplanes staged an air exercise ... the U.N. condemned the
            # launch").
            passes = [(named_only, True) for named_only, _ in passes] + passes
        for named_only, launch_only in passes:
            for o in _recent(d, siblings, reported, back):
                if _avenged(o, answerable, reported) \
                        or (own_harm and not set(o.recipient_codes) & set(d.actor_codes)) \
                        or (named_only and harmed not in o.recipient_codes) \
                        or (harmed is not None and harmed in o.actor_codes) \
                        or (launch_only and _LAUNCH_WORD.search(o.sentence.text, o.trigger.start, o.trigger.end) is None):
                    continue
                # A named act may be one decided for later ("China will impose tariffs ... Ottawa regretted the
                # decision").
                if protecting and d.sentence.index - o.sentence.index > CARRY_SENTENCES \
                        and not set(o.recipient_codes) & set(d.actor_codes):
                    continue  # (further back, only an act against the threatener itself)
                if _act_type(o) in answerable \
                        and (o.status in ("actual", "historical") or (named and o.status == "planned")) \
                        and (not planned_only or o.status == "planned") \
                        and not set(o.actor_codes) & set(d.actor_codes) \
                        and (not answering or set(o.recipient_codes) & set(d.actor_codes)
                             or (d.event_type == "THREATEN" and not o.recipient_codes)):
                    # (A threat also answers an act that struck no one named: "fired a missile into the sea ... Seoul
                    # vowed a stern response".)
                    blamed = _blamed_for(o, d, reported) if o.actor_guessed else None
                    if blamed is not None:
                        # "Attackers killed 26 tourists in Kashmir ... India blamed Pakistan. Germany condemned the
                        # attack": armed men taken for the place's own answer to whom the attack was blamed on.
                        _take(d, blamed.recipient_codes, blamed.recipient_text)
                        return
                    _take(d, o.actor_codes, o.actor_text)
                    return
    if d.event_type == "ACCUSE" and (bare or pronoun_act) \
            and (_ALSO_BEFORE.search(d.sentence.text, max(0, t.start - _ALSO_WINDOW), t.start) is not None
                 or _SIMILAR.search(d.sentence.text, t.start, t.end) is not None):
        # "Syria condemned the attack ..., while Saudi Arabia and Qatar also denounced it", "The Philippines summoned
        # China's envoy ... Japan and Australia also expressed concern": the same criticism as the last one reported.
        recent = list(_recent(d, siblings, earlier, _NAMED_ACT_SENTENCES))
        for o in recent:
            if o is not d and o.event_type == "ACCUSE" and o.status == "actual" and o.recipient_codes \
                    and not set(o.actor_codes) & set(d.actor_codes) and not set(o.recipient_codes) & set(d.actor_codes) \
                    and not any(h.event_type in _CONDEMNABLE and set(h.actor_codes) & set(o.actor_codes)
                                and set(h.recipient_codes) & set(o.recipient_codes) for h in recent):
                # (Not the aggressor's own charge against its victim: "China's coast guard accused Manila of
                # intruding" after its water cannon.)
                _take(d, o.recipient_codes, o.recipient_text, doubt=0.1)
                return
    if d.event_type == "SUPPORT" and _WELCOME_WORD.search(d.sentence.text, t.start, t.end) is not None \
            and _IT_AFTER.match(d.sentence.text, args_mod.head_end(d.sentence.text, t)) is not None \
            and _ALSO_BEFORE.search(d.sentence.text, max(0, t.start - _ALSO_WINDOW), t.start) is not None:
        # "The White House welcomed the agreement ... Iraq and Oman also welcomed it": what the last welcome reported
        # was for.
        for o in _recent(d, siblings, earlier, CARRY_SENTENCES):
            if o is not d and o.event_type == "SUPPORT" and o.status == "actual" and o.recipient_codes \
                    and not set(o.actor_codes) & set(d.actor_codes) and not set(o.recipient_codes) & set(d.actor_codes) \
                    and _WELCOME_WORD.search(o.sentence.text, o.trigger.start, o.trigger.end) is not None:
                _take(d, o.recipient_codes, o.recipient_text, doubt=0.1)
                return
    if act is not None and d.event_type == "ACCUSE" and "ASSAULT" in _answerable(act):
        # "Tehran blamed Israel. Syria condemned the attack": an attack whose doer no report names is the one it was
        # blamed on, a few sentences before.
        for o in _recent(d, siblings, earlier, _NAMED_ACT_SENTENCES):
            if (o.event_type, o.mode) == ("ACCUSE", "allege") and o.recipient_codes \
                    and not set(o.recipient_codes) & set(d.actor_codes) \
                    and _ATTACK_WORD.search(o.sentence.text) is not None:  # (blamed for an attack, not for anything)
                _take(d, o.recipient_codes, o.recipient_text)
                return
    if act is not None and d.event_type == "ACCUSE" and "ASSAULT" not in _answerable(act):
        # "condemned the expulsions as inhumane and urged Islamabad to give Afghans more time": a measure whose author no
        # report names is the one the same speaker's next demand is made of (not a killing: "condemned the killings and
        # urged Sudan's government to investigate" asks the host to act).
        for o in siblings:
            if o is not d and o.event_type == "REQUEST" and o.actor_codes == d.actor_codes and o.recipient_codes \
                    and t.end < o.trigger.start < t.end + _COORDINATED_WINDOW \
                    and _AND_THEN.search(d.sentence.text, t.end, o.trigger.start) is not None \
                    and _HOST_DUTY.search(d.sentence.text, o.trigger.end, o.trigger.end + 60) is None:
                _take(d, o.recipient_codes, o.recipient_text, doubt=0.1)
                return
    for o in reversed(earlier):
        back = d.sentence.index - o.sentence.index
        if back > _PAIR_SENTENCES:
            break
        if back <= CARRY_SENTENCES and o.event_type == d.event_type and set(o.actor_codes) & set(d.actor_codes) \
                and o.recipient_codes:
            _take(d, o.recipient_codes, o.recipient_text)
            return
        if d.event_type == "REJECT" and _answers(d, o):
            # "Israel rejected the accusation": the party that made it, a few sentences before (_answers needs the
            # rejection to name what it answers).
            _take(d, o.actor_codes, o.actor_text)
            return
    if d.event_type == "REJECT":
        # ... or the accusation the story leads with ("Pompeo blames Iran" in the headline ... "Iran dismissed the
        # accusation", paragraphs later).
        for o in _lead(earlier):
            if o.event_type == "ACCUSE" and _answers(d, o):
                _take(d, o.actor_codes, o.actor_text)
                return
    measure = d.event_type == "REJECT" and _MEASURE_OBJECT.match(d.sentence.text, t.end) is not None \
        and _INSTITUTION.search(d.sentence.text, max(0, t.start - 40), t.start) is None  # (not "Iran's Guardian
    # Council rejected the move": a bill's)
    if measure or (d.event_type == "REJECT" and (_ANSWER_OBJECT.match(d.sentence.text, t.end) is not None
                                                  or t.rule.id == "passive-denied-by")):
        # "The Kremlin denied any involvement" with no accusation coded: whoever last acted against the denier over it
        # ("Prague expelled 18 Russian diplomats"); "dismissed the move" answers only such a measure.
        object_named = _MEASURE_OBJECT.match(d.sentence.text, t.end) if measure else None
        noun = object_named.group().split()[-1].lower()[:5] if object_named is not None else ""
        # (A measure named by its noun may lie further back: "ECOWAS imposed sanctions on Niger ... [six sentences] ...
        # Tiani has rejected the sanctions".)
        fits = [o for o in _recent(d, siblings, earlier, _NAMED_MEASURE_SENTENCES if noun else _PAIR_SENTENCES)
                if (o.event_type in _DENIED_OVER or (not measure and (o.event_type, o.mode) == ("ACCUSE", "allege")))
                and o.status in ("actual", "historical")
                and set(o.recipient_codes) & set(d.actor_codes) and not set(o.actor_codes) & set(d.actor_codes)]
        # "has rejected the sanctions": the measure reported by that name, before a nearer one by another ("cut off
        # power exports").
        near = [o for o in fits if d.sentence.index - o.sentence.index <= _PAIR_SENTENCES]
        answered = next((o for o in fits if noun and noun in o.sentence.lowered[o.trigger.start:o.trigger.end]),
                        near[0] if near else None)
        if answered is not None:
            _take(d, answered.actor_codes, answered.actor_text)
            return
    if d.event_type in ("REJECT", "THREATEN"):
        s, t = d.sentence, d.trigger
        # Only parties named before the verb: "declared Washington a party ... and threatened"; not inside a relative
        # clause on the subject ("Russia, which together with China had circulated a draft, dismissed the step").
        relatives = [r.end for r in s.compounds if r.kind == "relative" and r.end <= t.start]
        others = [c for c in s.compounds if c.kind == "actor" and c.end <= t.start
                  and not c.locative
                  and not any(r <= c.start and "," not in s.text[r:c.start] and "," in s.text[c.end:t.start]
                              for r in relatives)]
        others.sort(key=lambda c: min(abs(c.start - t.end), abs(t.start - c.end)))
        for c in others:
            rec = tuple(p.code for p in c.phrases if p.kind == "actor" and p.code not in d.actor_codes)
            if rec:
                _take(d, rec, phrase_text(s, c))
                return


def _blamed_for(attack: Draft, d: Draft, reported: list[Draft]) -> Draft | None:
    """The accusation, reported with or after an attack, that blames it on another state than its guessed doer and
    d's actor."""
    return next((b for b in reported if (b.event_type, b.mode) == ("ACCUSE", "allege") and b.recipient_codes
                 and b.sentence.index >= attack.sentence.index
                 and not set(b.recipient_codes) & set(attack.actor_codes + d.actor_codes)), None)


def _where_help_went(d: Draft, siblings: list[Draft], earlier: list[Draft], types: frozenset[str]) -> Draft | None:
    """The last help (of the given types) reported for another country than d's actor, this sentence or the two before
    (not to its own giver: "deployed troops at home")."""
    return next((o for o in _recent(d, siblings, earlier, CARRY_SENTENCES)
                 if o is not d and o.event_type in types and o.recipient_codes
                 and not set(o.recipient_codes) & set(d.actor_codes + o.actor_codes)), None)


def _undirected_help(d: Draft) -> bool:
    """Help given or pledged (aid, money, personnel) with no destination or purpose of its own after it, in its clause
    (not a relative clause after a comma: "promised personnel to the force, which is expected to reach 2,500")."""
    end = d.trigger.end + _DESTINATION_WINDOW
    if d.trigger.rule.id == _PROMISED_PERSONNEL:
        end = min(end, _clause_end(d.sentence.text, d.trigger.end))
    return (d.event_type == "AID" or (d.event_type == "AGREE" and d.trigger.rule.unit in ("usd", "troops"))) \
        and _DESTINATION.search(d.sentence.text, d.trigger.end, end) is None


def _placed_force(d: Draft, s: Sentence, doc: Doc) -> Compound | None:
    """A force named with its place right after the verb ("deployed troops in Belarus": one phrase, the troops in a
    place), when the place is another country's."""
    for c in s.compounds:
        if d.trigger.start < c.start < d.trigger.end + 2 and c.kind == "actor" \
                and _FORCE_IN.match(phrase_text(s, c)) is not None:
            place = codes(c, s, doc)
            if place and not set(place) & set(d.actor_codes):
                return c
    return None


_FORCE_IN: Final = re.compile(r"(?:\S++\s++){0,3}?(?:troops|soldiers|forces|units|weapons|missiles|jets|warships|bombers)"
                              r"\s++in\s", re.IGNORECASE)


def _party_after(d: Draft, s: Sentence, doc: Doc, preps: frozenset[str]) -> Compound | None:
    """The first compound after d's trigger, after one of preps, that is not d's actor: where troops go ("sent troops
    to Russia") or what they leave ("withdrew its troops from Kherson")."""
    return next((c for c in s.compounds if c.start >= d.trigger.end and c.prep in preps
                 and not args_mod.cited_source(s.text, c)  # (a source: "according to NATO")
                 and not set(codes(c, s, doc)) & set(d.actor_codes)), None)


def _envoy_act(d: Draft) -> bool:
    """An expulsion or summoning of diplomats."""
    return d.trigger.rule.unit == "diplomats" or d.trigger.rule.id in _SUMMON_RULES


def named_harm(s: Sentence, start: int) -> str | None:
    """The country whose sovereignty or territory an accusation after start names as violated ("condemned the strikes
    as a violation of Yemen's sovereignty", "of Syrian sovereignty"), when a country's name or demonym ends right at
    its possessive or noun."""
    m = _NAMED_HARM.search(s.text, start, start + _HARM_WINDOW)
    if m is None:
        return None
    return next((hit.code for a, b, hit, _, _ in s.items
                 if b == m.start() and hit is not None and hit.actor_kind == "country"), None)


# What a threat to answer "any intervention in Niger" protects the party from.
_PROTECTED_FROM: Final = frozenset({"THREATEN", "ASSAULT", "MOBILIZE"})
_ANY_ACT_ON: Final = re.compile(r"\bany\s++(?:[\w-]++\s++){0,3}?(?:in|against|on|into|of)\s++(?:the\s++)?$",
                                re.IGNORECASE)


def _protected(d: Draft) -> set[str]:
    """The countries a threat's "any act against X" names inside its match (X is protected, not threatened)."""
    s, t = d.sentence, d.trigger
    return {p.code for c in s.compounds if t.start <= c.start < t.end and c.kind == "actor"
            and _ANY_ACT_ON.search(s.text, max(0, c.start - 60), c.start) is not None
            for p in c.phrases if p.kind == "actor" and p.code and p.code not in d.actor_codes}


def _take(d: Draft, recipients: tuple[str, ...], text: str, doubt: float = 0.2) -> None:
    """Give d the recipients found from context, named in the sentence by text, at a cost in confidence."""
    d.recipient_codes, d.recipient_text = recipients, text
    d.confidence -= doubt


def _after_prep(text: str, at: int) -> int:
    """Where the object starts after at, past a preposition ("concern about the agreement")."""
    m = _OBJECT_PREP.match(text, at)
    return m.end() if m is not None else at


def blames_a_cause(s: Sentence, t: TriggerMatch) -> bool:
    """True when a blame names what it blames, and that names no party ("blaming years of drought in northern Mexico
    for the shortfall", "blaming local "bandits","): no side is blamed."""
    m = _BLAMED_FOR.match(s.text, t.start)
    return m is not None and not any(t.end <= c.start < m.end() and not c.locative
                                     for c in s.compounds)


# A blame with its object and "for": "blamed heavy rains for", not "blamed it for" (the act before).
_BLAMED_FOR: Final = re.compile(r"blam\w*+\s++(?!(?:it|them|him|her|this|that|these|those)\b)(?:[\"“]?[\w\x27’-]++[\"”]?\s*+){1,6}?"
                                r"(?:for\b|[,.;:]|$)", re.IGNORECASE)


def answers_what_was_said(text: str, t: TriggerMatch) -> bool:
    """The trigger denies or rejects what its sentence just said another alleged ("accused Mali of hiring mercenaries,
    an allegation the authorities in Bamako deny, saying only that Russian instructors ..."): it answers the
    allegation's author, not a party named after it (see fill_recipient)."""
    before = max(0, t.start - 60)
    return _ANSWER_BEFORE.search(text, before, t.start) is not None \
        or (text[t.start:t.start + 3].lower() == "den" and _WHICH_BEFORE.search(text, before, t.start) is not None)


def welcomed_decision_end(text: str, t: TriggerMatch) -> int | None:
    """Where the trigger's object ends when it welcomes a decision named by a generic noun ("welcomed the decision and
    renewed its demand that Havana ..."): whatever is named after it is no party of the welcome."""
    if _WELCOME_WORD.search(text, t.start, t.end) is None:
        return None
    m = _DECISION_OBJECT.match(text, args_mod.head_end(text, t))
    return m.end() if m is not None else None


def welcomes_agreement(text: str, t: TriggerMatch) -> bool:
    """The trigger's object is an agreement reported before it: "welcomed the agreement", "The rapprochement was
    welcomed by"."""
    if _WELCOME_WORD.search(text, t.start, t.end) is None:
        return False  # "signed the deal" names its own parties
    return _AGREEMENT_OBJECT.match(text, args_mod.head_end(text, t)) is not None \
        or _AGREEMENT_BEFORE.search(text, max(0, t.start - 40), t.start) is not None


def _agreement_fits(o: Draft, truce: bool) -> bool:
    """o reports the kind of agreement welcomed: a ceasefire for a truce; else an agreement, a pact, a signed deal or
    restored relations (not any meeting or statement of support)."""
    if truce:
        return o.event_type == "RETREAT" and o.mode == "ceasefire"
    if o.event_type == "AGREE":
        # A joint agreement ("Saudi Arabia and Iran have agreed"), not one side's promise ("said it would reopen").
        return len(o.actor_codes) > 1 or _AGREED_WITH.search(o.sentence.text, o.trigger.start, o.trigger.end + 40) is not None
    return o.event_type == "COOPERATE" or (o.event_type == "SUPPORT" and "sign" in o.trigger.rule.id)


def condemned_act(text: str, t: TriggerMatch, *, whole: bool = True) -> re.Match[str] | None:
    """The act an accusation's trigger names as its object, right after its verb ("condemned the attack") or, with
    whole, after the whole trigger ("expressed concern over the decision")."""
    head = args_mod.head_end(text, t)
    return CONDEMNED_ACT.match(text, head) or (CONDEMNED_ACT.match(text, t.end) if whole and t.end > head else None)


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding pos ends: the next comma, else the end of the text."""
    end = text.find(",", pos)
    return end if end >= 0 else len(text)


_MEDIATION_OFFERS: Final = frozenset({"offer-to-mediate"})
# What a call on two parties asks of them when they are at odds ("urged Ethiopia and Eritrea to respect the border
# ruling"; not "urged Germany and France to send more air defence").
_DISPUTE: Final = re.compile(r"\b(?:restraint|dialogue|cease-?fire|truce|border|dispute|tensions?|de-?escalat\w*+|peace|"
                             r"talks|negotiat\w*+|differences|hostilities|fighting|calm)\b", re.IGNORECASE)
_DISPUTE_WINDOW: Final = 120
_JOINT_EXERCISE_RULES: Final = frozenset({"joint-exercises", "their-exercise", "joint-drills-around"})


def _act_type(o: Draft) -> str:
    """The kind of act o reports, for what condemns or answers it: a deployment promised to its host (AGREE,
    coder._as_promise) is still a deployment to those who object to it ("Germany will send troops to Lithuania. Russia
    condemned the plan")."""
    if o.event_type in ("AGREE", "COOPERATE") and o.trigger.rule.event_type == "MOBILIZE":
        return "MOBILIZE"  # (or combined drills, coder._drafts_for)
    # Joint exercises are cooperation between their parties and a show of force to those who denounce them
    # ("Seoul and Washington began combined exercises ... Pyongyang denounced the drills").
    return "MOBILIZE" if o.trigger.rule.id in _JOINT_EXERCISE_RULES else o.event_type


def _avenged(o: Draft, answerable: frozenset[str], reported: list[Draft]) -> bool:
    """True when o is the cause an act of its sentence answered ("Iran launched drones at Israel, in retaliation for a
    suspected Israeli strike on its embassy"): the act condemned is that act, told before it."""
    return _AVENGED_BEFORE.search(o.sentence.text, max(0, o.trigger.start - _AVENGED_WINDOW), o.trigger.start) is not None \
        and any(x is not o and x.sentence is o.sentence and x.trigger.start < o.trigger.start and _act_type(x) in answerable
                for x in reported)


_AVENGED_BEFORE: Final = re.compile(r"\b(?:in\s++(?:retaliation|response|revenge|reprisal)\s++(?:for|to)|to\s++avenge|"
                                    r"(?:retaliat|respond)\w*+\s++(?:for|to))\s++(?:[^\s,;]++\s++){0,4}$", re.IGNORECASE)
_AVENGED_WINDOW: Final = 60


def _answerable(act: re.Match[str]) -> frozenset[str]:
    """The acts a condemned noun can name: "the incursion" an act of force, "the expulsions" a sanction."""
    noun = act.group().rsplit(None, 1)[-1].lower()
    if act.group().lower().rstrip().endswith(("war games",)):
        noun = "war "
    return _ACT_NOUN_TYPES.get(noun[:4], _CONDEMNABLE)


def _lead(earlier: list[Draft]) -> list[Draft]:
    """The drafts of the headline and the lead paragraph: what the story is about."""
    return [o for o in earlier if o.sentence.index <= _LEAD_SENTENCES]


def _recent(d: Draft, siblings: list[Draft], earlier: list[Draft], sentences: int) -> Iterator[Draft]:
    """The drafts reported before d, nearest first: its sentence's earlier triggers, then the last
    _CONDEMN_LOOKBACK drafts of earlier sentences, at most `sentences` sentences back."""
    before = [o for o in siblings if o.trigger.start < d.trigger.start]
    for o in reversed(earlier[-_CONDEMN_LOOKBACK:] + before):
        if d.sentence.index - o.sentence.index > sentences:
            return
        yield o


# A refusal to do what was asked ("Paris refused to apologise", "declined to hand over"): it answers the demand.
_REFUSED: Final = ("refus", "declin")


def _answers(d: Draft, o: Draft) -> bool:
    """Rejection d answers o: o alleged, demanded or threatened against d's actor, and d names such a thing as
    its object ("rejected the accusation", "dismissed these claims")."""
    # A refused concession ("Vilnius would not reverse its plans") answers the demand before it without naming it.
    refusal = d.trigger.rule.event_type != "REJECT"
    criticism = o.event_type == "ACCUSE" and not refusal \
        and CRITICISM_OBJECT.match(d.sentence.text, d.trigger.end) is not None
    bare = ((d.trigger.rule.id == "refused-bare" or d.sentence.lowered.startswith(_REFUSED, d.trigger.start))
            and o.event_type == "REQUEST") \
        or (o.event_type == "ACCUSE" and d.sentence.lowered.startswith("den", d.trigger.start)
            and _BARE_END.match(d.sentence.text, d.trigger.end) is not None)
    # ("..., but Caracas has refused"; "Washington blames Iran for drone assault; Tehran denies")
    named = (o.event_type, o.mode) in _ANSWERED \
        and (refusal or bare or _ANSWER_OBJECT.match(d.sentence.text, d.trigger.end) is not None
             or answers_what_was_said(d.sentence.text, d.trigger))
    return (named or criticism) \
        and set(d.actor_codes) <= set(o.recipient_codes) and not set(o.actor_codes) & set(d.actor_codes)
