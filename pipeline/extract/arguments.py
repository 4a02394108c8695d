"""Who did what to whom: actor and recipient lists of a trigger from the actor phrases of its sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pipeline.extract.phrases import FINITE_AFTER, Compound
from pipeline.extract.triggers import TriggerMatch

# The end of the clause a recipient must sit in.
# A comma ends the clause, except before the members of a list it elaborates (", including a U.S. citizen").
# (", deep inside Pakistani territory" goes on placing the act: no break; nor a sum in brackets: "tariffs on C$30
# billion ($20.7 billion) of U.S. goods".)
_BREAK: Final = re.compile(r"[;:–—]|\((?!(?:[A-Z]{1,3})?[$€£¥]\s*+\d|\d)|,\s(?!including\b|among\s++them\b|mostly\b|targeting\b"
                           # (a list of modifiers: "the economic, commercial and financial embargo")
                           r"|(?:(?![a-z]+(?:ing|ed)\b)[a-z][a-z-]*+,\s)*+(?![a-z]+(?:ing|ed)\b)[a-z][a-z-]*+,?\s"
                           r"(?:and|or)\s(?![a-z]+(?:ing|ed)\b)[a-z][a-z-]*+\s(?-i:[a-z])"
                           r"|(?:deep\s++)?(?:inside|within)\s++\S++\s++(?:territory|borders|soil)\b)|\s[-–]\s"
                           r"|\b(?:if|unless|which|who|while|because|although|whereas|but)\b"
                           # "sign troop pact as Beijing's maritime push deepens": "as" opening a clause on a name
                           r"|(?<!such\s)(?<!well\s)\sas\s++(?=(?:the\s++)?(?-i:[A-Z])[\w.-]*+(?:(?:,|\s++and)?\s++(?-i:[A-Z])[\w.-]*+){0,3}"
                           r"(?:['’]s\s|\s++(?:is|are|was|were|has|have|had|will|would|seeks?|steps?|moves?|expands?|"
                           r"deepens?|grows?|continues?|prepares?|tries|pushes|looks?|begins?|starts?|holds?|launch(?:es)?|stages?|"
                           r"cr(?:y|ies)|protests?|warns?|vows?|says?|reacts?|objects?|fumes?|bristles?|"
                           r"(?-i:[a-z])\w{2,}ed)\b))", re.IGNORECASE)
# "... and threatened", "... but also froze": the verb shares the sentence's subject.
_COORDINATED: Final = re.compile(
    r"(?:\band|\bbut|,\s++as\s++well\s++as)(?:\s++(?:also|then|later|has|have|had|was|were|is|are|will|would|subsequently|even|further"
    r"|once\s++more|again|not|only|it|they|at\s++the\s++same\s++time|in\s++turn|in\s++return|meanwhile),?)*+\s*+$",
    re.IGNORECASE)
# What every match of _BREAK contains.
_BREAK_MARKS: Final = (",", ";", ":", "(", "-", "if", "but", "wh", "unless", "because", "although", " as ")
# Longer than any word of _BREAK plus its boundary, and than the lookahead after a comma (", deep inside X territory").
_BREAK_MARGIN: Final = 40
_SPEECH: Final = re.compile(
    r"\b(?:said|says|say|saying|stated|told|tweeted|claimed|claims|insisted|argued|added|declared|asserted|alleged|"
    r"noted|warned|warns|stressed|maintained)\b",
    re.IGNORECASE)
_HEAD: Final = re.compile(r"\S++")
_SPEECH_GAP_WORDS: Final = frozenset(
    "also later then again has had have on monday tuesday wednesday thursday friday saturday sunday earlier "
    "separately meanwhile".split())
_RELATIVE_START: Final = re.compile(r",\s++(?:which|who|whose|where)\b[^,]*+,\s*+(?:\w+ly\s++)?$")
# A that-clause whose own subject is a noun phrase with an article: the verb after it is not the matrix subject's.
_THAT_NOUN: Final = re.compile(r"\bthat\s++(?:the|a|an)\s++\w", re.IGNORECASE)
# A relative clause on a noun that is no party, right before the verb ("a dispute that has halted"); not on the
# subject's own measure ("imposed a ban that has halted grain exports": the ban's author acts).
_NOUN_RELATIVE: Final = re.compile(
    r"\b(?:a|an|the|several|some|many|two|three|four|five|\d++)\s++(?:[a-z-]++\s++){0,2}?(?!(?:ban|bans|blockade|decision|measures?|sanctions|embargo|closure|move|"
    r"order|policy|law|decree|tariffs?|restrictions|curbs|step|campaign|operation|offensive|resolution|statement|"
    r"communiqu[eé]|declaration|letter|motion|draft)\s)[a-z-]++\s++(?:that|which)\s++"
    r"(?:has\s++|have\s++|had\s++|was\s++|were\s++|is\s++|are\s++)?(?:\w++(?<=ly)\s++)?$")
# ... and a non-state force's act, of any noun: "a rebel offensive that has seized".
_NON_STATE_RELATIVE: Final = re.compile(
    r"\b(?:rebel|rebels'|militant|militants'|insurgent|jihadist|separatist|gang|militia)\s++(?:[a-z-]++\s++)?"
    r"(?:that|which)\s++(?:has\s++|have\s++|had\s++)?$")
_ARTICLES: Final = frozenset({"a", "an", "the"})
# ... or a word that qualifies the act before its doer's demonym: "a suspected Israeli strike on".
_ACT_MODIFIER_PREPS: Final = _ARTICLES | {"suspected", "apparent", "alleged", "reported", "latest", "fresh", "deadly"}
# A demonym's act noun that is an act of force ("an Israeli air strike"), not a labour strike ("a French rail strike").
_MILITARY_ACT: Final = re.compile(
    r"\b(?:air|drone|missile|rocket|military|naval|artillery|attacks?|(?<!rail\s)(?<!general\s)(?<!hunger\s)(?<!labour\s)"
    r"(?<!workers\s)(?<!transport\s)strikes?(?!\s++on\s++(?:mon|tues|wednes|thurs|fri|satur|sun)day)|raids?|bombing|"
    r"shelling|invasion|incursion|"
    r"offensive|assault|airstrikes?|seizure|occupation|annexation)\b", re.IGNORECASE)
_MEASURE_NOUN: Final = re.compile(r"(?:levies|tariffs?|duties|sanctions|export\s++controls|embargo)\b", re.IGNORECASE)
_MEASURE_GAP: Final = re.compile(r"\.?\s++(?:(?:new|fresh|additional|retaliatory|punitive|steep|higher)\s++)?")
_MODIFIER_GAP: Final = re.compile(r"\s++(?:[\w-]++\s++){0,2}")
# Between an opening demonym and its act noun: modifiers, no verb ("Pakistani air strikes on", "Russian overnight
# shelling of"); and an agent after the act ("the seizure of its tanker by Britain") that makes the opening name no
# doer.
_ARMS_GAP: Final = re.compile(r"\s++(?:(?!(?:said|says|saw|see|sees|the|a|an|its|their|of|on|in)\b)(?![a-z]+ed\b)[\w-]++\s++){0,2}",
                              re.IGNORECASE)
_AGENT_AFTER: Final = re.compile(r"\bby\s++(?:the\s++)?(?-i:[A-Z])")
_AGENT_WINDOW: Final = 60
# An act noun that is only feared, planned or asked for: no act to give a doer.
_HEDGED_NOUN: Final = re.compile(
    r"\b(?:(?:possible|potential|planned|feared|proposed|threatened|alleged|future|imminent|prospective|any)\s++"
    r"|(?:fears?|calls?|threats?|risk|plans?|demands?|prospects?|danger|possibility|talk|warnings?)\s++(?:of|for)\s++"
    r"(?:an?\s++|the\s++|more\s++|further\s++)?)(?:[\w-]++\s++){0,2}$", re.IGNORECASE)
# "by" (not after a participle: "condemned by") and an article, right before an agent.
_BY_BEFORE: Final = re.compile(r"(?<!ed\s)(?<!en\s)\bby\s++(?:an?\s++|the\s++)?$", re.IGNORECASE)
_SAID_RIGHT_BEFORE: Final = re.compile(
    r"\b(?:said|says|added|stated|insisted|warned|announced|declared|argued)\s++(?:on\s++\w+day\s++)?(?:that\s++)?$",
    re.IGNORECASE)
# ", publicly threatening": a comma and an adverb before a participle.
_COMMA_ADVERB: Final = re.compile(r"(?:,\s++\w+ly|\b(?:after|before|while|when|by|without))\s++$", re.IGNORECASE)
_ARTICLE_GAP: Final = re.compile(r"\s*+(?:an?|the)\s++(?:[\w-]++\s++)?", re.IGNORECASE)
# Verbs whose object is the subject of the infinitive after it ("allowed Lithuania this week to expel").
_PROMPT_WORDS: Final = frozenset("prompt prompts prompted prompting lead leads led leading cause causes caused causing "
                                  "push pushes pushed pushing".split())
_OBJECT_CONTROL: Final = frozenset(
    "allow allows allowed allowing permit permits permitted permitting urge urges urged urging ask asks asked asking "
    "tell tells told telling force forces forced forcing order orders ordered ordering invite invites invited "
    "inviting persuade persuaded want wants wanted expect expects expected encourage encouraged encourages "
    "authorise authorised authorize authorized".split())
# "called on Rwanda to end its support ... and pull its troops out": the one called on controls the infinitives.
_CALLED_ON: Final = re.compile(r"\bcall(?:s|ed|ing)?\s++(?:on|upon)\s++(?:the\s++)?$", re.IGNORECASE)
# A passive use: "which has been used to strike critical infrastructure" names no one who strikes.
_USED_TO: Final = re.compile(r"\b(?:been|being|was|were|is|are)\s++(?:\w+ly\s++)?used\s++to\s++$", re.IGNORECASE)
# Victims in a passive before the verb: "Three U.S. service members were killed and 34 injured when a drone struck".
# (The passive's own subject, not one reported: "Islamabad said two children were killed in that attack, condemned it".)
_VICTIMS_PASSIVE: Final = re.compile(r"\.?(?:\s++(?!(?:said|says|told|added|reported|claimed)\b)[\w.-]++){0,3}?\s++(?:have\s++|had\s++)?"
                                     r"(?:was|were|been)\s++(?:\w+ly\s++)?(?:killed|injured|wounded|hurt)\b", re.IGNORECASE)
# A report's verb after the agent of the participle naming it ("Footage released by Baku showed ...").
_SOURCE_SHOWED: Final = re.compile(r"\s++(?:(?:on|last|this|earlier)\s++\S++\s++)?(?:showed|shows|show|appeared\s++to\s++show|revealed|reveals|suggested|suggests|"
                                   r"indicated|indicates|found|finds)\b", re.IGNORECASE)
_JOIN_WORDS: Final = frozenset({"join", "joins", "joined", "joining"})
# Who is called or met is not the subject of the infinitive after them ("called Erdogan to offer condolences").
_MET_VERBS: Final = frozenset("called phoned telephoned rang met visited hosted received".split())
# A name right before an infinitive is its subject ("urged Russia to withdraw", "wants Kyiv to cede").
_TO_RIGHT_AFTER: Final = re.compile(r"\s++to\s++")
# A meeting noun right after a name: the name modifies it ("the US-Russian talks"), it is no venue.
_MEETING_NOUN: Final = re.compile(r"\s++(?:talks|negotiations|meetings?|summit|consultations)\b", re.IGNORECASE)
# How far after a passive summons the place it happened may be named ("was summoned on Friday in Madrid").
_SUMMONED_WHERE: Final = 40
# How far before an attributed trigger its speaker may stand (a long sentence is not searched from every name in it).
_SPEAKER_WINDOW: Final = 300
# A trailing attribution (", Netanyahu said", "," the foreign ministry added"), at most this far after the trigger.
_ATTRIBUTION_WINDOW: Final = 250
_ATTRIBUTION_BEFORE: Final = re.compile(r"[,\"”]\s*+(?:the\s++)?$", re.IGNORECASE)
_ATTRIBUTION_AFTER: Final = re.compile(r"\s++(?:\w+ly\s++)?(?:said|says|warned|added|told|stated|declared|insisted|wrote|"
                                       r"tweeted)\b")
# ... and, for a speaker looked for after its clause only, the speaker's office or aide after its country (",
# Armenia's defence ministry said", ", Khan's special assistant Moeed Yusuf told"; not in a casualty report, where
# ", Lebanon's health ministry said" names the victims' side).
_OFFICE_ATTRIBUTION_AFTER: Final = re.compile(r"['’]s(?:\s++(?-i:[a-z])[\w-]*+){1,3}(?:\s++(?-i:[A-Z])[\w.-]*+){0,3}"
                                              + _ATTRIBUTION_AFTER.pattern)
# How far before an attributed trigger its act noun phrase may start ("said the storming of a diplomatic mission ...").
SAID_ACT_WINDOW: Final = 90
# Prepositions whose object, inside an act's noun phrase, is where or whom it struck ("the raid on the embassy").
_ACT_OBJECT_PREPS: Final = frozenset("on in against at into near inside over across toward towards to".split())
# The lower-case word right after a phrase, and the words after which a name still ends its noun phrase.
_NEXT_WORD: Final = re.compile(r"\s++([a-z]++)\b")
_NOT_A_NOUN: Final = frozenset(
    "to and or in on at of for with by was were is are has have had violated violates violate breached breaches "
    "breach amounted constituted".split())
# A speech verb and an act noun phrase right before an attributed trigger: "said the raid violated".
_SAID_ACT: Final = re.compile(r"\b(?:said|says|saying|stated|argued|insisted|added|declared|"
                              r"told\s++(?:reporters|journalists|parliament|lawmakers|legislators|"
                              r"(?:a|the)\s++(?:\S++\s++)?(?:briefing|conference|meeting|summit|session)))\s++(?:that\s++)?"
                              r"(?:the|this|that|such)\s++(?:[\w-]++\s++){1,7}$"
                              # ... or opening a quotation the speaker is named after: '"The move undermines China's
                              # sovereignty," the ministry said'.
                              r"|^[\"“](?:the|this|that|such)\s++(?:[\w-]++\s++){1,7}$", re.IGNORECASE)
# Between the object of "with" and the -ing verb of an absolute clause: at most an adverb ("with Blinken later urging",
# "with Jordan and Turkey all denouncing").
_WITH_GAP: Final = re.compile(r"\s++(?:all\s++|both\s++)?(?:[a-z]+ly\s++|later\s++|also\s++|now\s++)?")
_WORD_AT: Final = re.compile(r"[a-z]++", re.IGNORECASE)
# What names a meeting's venue, not a party to it.
_VENUE_BEFORE: Final = re.compile(r"\b(?:sidelines|margins)\s++of\s++(?:an?\s++|the\s++)?(?:\S++\s++)?$",
                                  re.IGNORECASE)
# Between a possessor and its noun: "'s" and at most two modifiers ("Russia's full-scale invasion").
_POSSESSED: Final = re.compile(r"['’]s\s++(?:[\w%.,$-]++\s++){0,2}")  # "Trump's additional 10% tariff on"
# Nouns of a decision or plan whose infinitive names the act its owner decided.
_DECISION_NOUNS: Final = "(?:decision|move|plan|bid|attempt|refusal|order|pledge|promise|offer|effort|threat|vote|choice)s?"
# A possessed one: "Algeria's decision at the weekend to", "Russia's move to".
_OWNED_INFINITIVE: Final = re.compile(
    r"['’]s\s++(?:[\w-]++\s++)?" + _DECISION_NOUNS + r"\s++(?:[\w,-]++\s++){0,4}?to\s++$", re.IGNORECASE)
# The same with the owner after "of" or "by": "the decision of the "Port Sudan authority" to", "a bid by Kyiv to".
_DECISION_OF: Final = re.compile(r"\b" + _DECISION_NOUNS + r"\s++(?:of|by)\s++(?:the\s++)?[\"“]?$", re.IGNORECASE)
_INFINITIVE_AFTER_OWNER: Final = re.compile(r"(?:\s++\w++)?[\"”]?\s++(?:[\w,-]++\s++){0,3}?to\s++", re.IGNORECASE)
# A trigger ending in "at" governs the place after it ("fired at Israel", "hit out at Washington"): its object.
_ENDS_WITH_PREP: Final = re.compile(r"\b(?:at|in)\s*+$", re.IGNORECASE)  # "fired at Israel", "arrived in Beijing"
# A new clause with its own subject between an actor and a verb: "..., while the Arab League condemned",
# "when Obama declined"; a subject the dictionary does not know must not hand the verb to the earlier actor.
_NEW_CLAUSE: Final = re.compile(
    r"(?:[;:]|\b(?:while|whereas|whilst|when|although|though)\b)\s++(?:the\s++)?(?:(?-i:[A-Z])|(?:thousands|hundreds|"
    r"dozens|scores|crowds|protesters|demonstrators|activists|students|people)\b|\d)", re.IGNORECASE)
# Where the clause of a coordinated verb begins: after a colon or semicolon ("Hong Kong chaos: China deploys ... and warns").
_CLAUSE_MARK: Final = re.compile(r"[;:]\s|,\s++(?:while|whereas)\s")
# Words opening a content clause whose pronoun subject is read by the caller ("denied that it had supplied drones").
_CLAUSE_OPENERS: Final = frozenset({"that", "whether", "if", "because", "as", "when", "while", "and", "but"})
# Acts done with force or hands, which a subordinate clause's own subject goes on to do ("after soldiers seized power
# and detained the president"); a statement after it ("after Afghan forces shelled posts and demanded ...") is most
# often the main clause's reaction.
_PHYSICAL_ACTS: Final = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})
# A subordinate clause whose subject acts: a name or a body of armed or official people, then its verb ("after special
# forces soldiers seized power", "when Ukraine attacked"; not "after talks collapsed").
_SUBORDINATORS: Final = ("after", "before", "when", "since", "because", "until", "once")  # (_SUBORDINATE_CLAUSE's)
_SUBORDINATE_CLAUSE: Final = re.compile(
    r"\b(?:after|before|when|since|because|until|once)\s++(?=(?:[\w'’.-]++\s++){0,3}?(?:(?-i:[A-Z])[\w'’.-]*+|soldiers|"
    r"troops|forces|police|policemen|gunmen|militants|rebels|fighters|militias?|protesters|demonstrators|officials|"
    r"authorities|guards|jets|warplanes|warships)\s++(?:\w++\s++)?(?:\w+?ed|seized|took|struck|shot|began|won|lost|came|"
    r"went|made|held|sent|fought|stormed|laid|hit|cut|set|put|led|fled|threw|drove|broke|stole)\s)", re.IGNORECASE)
# An infinitive, its object, then "and" or "or" right before a bare verb: "to downgrade diplomatic ties and ".
_INFINITIVE_AND: Final = re.compile(r"\bto\s++(?-i:[a-z])[a-z]++\b[^,;]{0,80}?\s(?:and|or)\s++$", re.IGNORECASE)
_INFLECTED: Final = re.compile(r"[a-z]++(?:(?<=s)|(?<=ed)|(?<=ing))\b", re.IGNORECASE)
_AND_AUXILIARY: Final = re.compile(r"\band\s++(had|has|have|was|were)\s++(?:also\s++)?$", re.IGNORECASE)
_REPORTED_CLAUSE: Final = re.compile(r"\b(?:said|says|claimed|alleged|reported|stated|added)\s++(?:that\s++)?(?=(?:the\s++)?"
                                     r"(?-i:[A-Z])[\w.-]*+(?:\s++[\w.-]++){0,3}?\s++(had|has|have|was|were)\s)",
                                     re.IGNORECASE)
_AND_CLAUSE: Final = re.compile(r",\s++(?:and|but)\s++$")
_APPOSITION_GAP: Final = re.compile(r",\s++(?:the|a|an)\s++(?:[\w-]++\s++){0,2}(?:of\s++(?:both\s++)?)?")
_POSSESSIVE_APPOSITION: Final = re.compile(r"['’]s(?:\s++[a-z][\w-]*+){1,3},\s*+")
_APPOSITION_END: Final = re.compile(r"(?:\s++[a-z][\w-]*+){0,2},\s*+")
# ... and from the name it describes to the verb, whatever it names inside: "France, Cameroon's closest Western ally,
# also condemned".
_POSSESSIVE_APPOSITION_FROM: Final = re.compile(r",\s++(?:(?-i:[A-Z])[\w.-]*+\s++){0,2}(?-i:[A-Z])[\w.-]*+['’]s"
                                                r"(?:\s++[\w-]++){1,3},\s*+(?:also\s++|too\s++)?")
# Whom one spoke to is a party of the call ("spoke to both leaders by phone"), not a place.
_SPOKE_TO: Final = re.compile(r"\b(?:spok(?:e|en)|speaks?|talked)\s++(?:by\s++(?:phone|telephone)\s++)?to\s++$",
                              re.IGNORECASE)


@dataclass(slots=True)
class Arguments:
    """The compounds standing for actor and recipient (either may be missing)."""

    actor: Compound | None
    recipients: tuple[Compound, ...]
    coordinated: bool = False


# An act named in apposition right before a reduced passive: ", a move condemned by".
_PARTICIPLE_BY: Final = re.compile(r"\w+ed\s++by\b")
# ... opening an aside between a subject and its verb: ", backed by Russia and China, still", ", locked in a dispute
# with Ethiopia,".
_PARTICIPLE_ASIDE: Final = re.compile(r",\s++(?:\w+ly\s++|long\s++)?(?-i:[a-z])\w+(?:ed|ing)\b[^,;:]*+,\s*+"
                                      r"(?:\w+ly\s++|also\s++|still\s++)?", re.IGNORECASE)
# (Or a claim: "accuses its neighbour of ..., a charge backed by UN experts but denied by Kigali": the accuser's.)
_ACT_APPOSITIVE: Final = re.compile(r",\s*+(?:a|an)\s++(?:\S++\s++)?(?:move|decision|step|act|action|incident|charge|claim|"
                                    r"accusation|allegation)\s++(?:[\w-]++\s++){0,6}?(?:but\s++|and\s++)?$",
                                    re.IGNORECASE)


# A subordinate clause whose subject is a name the gazetteer does not know, right before the verb.
_UNKNOWN_SUBJECT: Final = re.compile(r"\b(?:after|before|when|while|since|because|until|once)\s++(?:the\s++)?"
                                     r"(?:(?-i:[A-Z])[\w'’.-]*+\s++){1,3}$")
# An appositive's relative clause whose subject is a body the gazetteer does not know ("..., a claim an international
# arbitration tribunal in The Hague rejected").
_CLAIM_RELATIVE: Final = re.compile(
    r",\s++(?:a|an|the)\s++[a-z-]++\s++(?:that\s++|which\s++)?(?:an?|the)\s++(?:[a-z-]++\s++){0,3}?(?:tribunal|court|panel|"
    r"judges?|jury|committee|commission|report|study|inquiry|watchdog)\b[^,;]*+$", re.IGNORECASE)
# An event noun (or armed group no gazetteer names) opening a subordinate clause right before a finite verb: "Iran vows
# revenge after strike near Damascus kills adviser", "as shelling hit the city", "after jihadists killed 71 soldiers":
# the strike or the group, not the main clause's subject, does the act.
_UNKNOWN_NOUN_SUBJECT: Final = re.compile(
    r"\b(?:after|before|when|while|since|because|until|once|as|though|although)\s++(?:(?:a|an|the)\s++)?"
    r"(?:(?-i:[a-z])[a-z-]++\s++)?(?:(?:air\s*+|drone\s++|missile\s++)?strikes?|attacks?|blasts?|explosions?|bombings?|"
    r"shelling|fighting|clashes|raids?|drones?|missiles?|rockets?|shells?|gunfire|violence|unrest|fire|bombs?|landmines?|"
    r"jihadists|militants|gunmen|rebels|insurgents|attackers|bandits|extremists|terrorists|assailants|separatists|"
    r"protesters|demonstrators|crowds|mobs|rioters)"
    r"\s++(?:(?:near|in|on|at|off|outside|inside)\s++(?-i:[A-Z])[\w'’.-]*+\s++(?:(?-i:[A-Z])[\w'’.-]*+\s++)?)?$",
    re.IGNORECASE)
_FINITE_HEAD: Final = re.compile(r"[a-z]++(?:(?<=s)|(?<=ed))\b", re.IGNORECASE)
_RELATIVE_BETWEEN: Final = re.compile(r",\s++(?:which|who|whose|whom|that|where)\b", re.IGNORECASE)
# Words ending like a finite verb that are none: "its", "has" and "was" before a name, plural nouns.
_NOT_VERBS: Final = frozenset({"its", "his", "has", "was", "is", "as", "us", "this", "thus", "plus", "news", "chiefs",
                               "leaders", "officials", "ministers", "forces", "troops", "authorities", "parties",
                               "sides", "countries", "states", "nations", "allies", "neighbours", "neighbors"})


def nearest_subject_before(compounds: list[Compound], pos: int, *, overlap: bool = False) -> Compound | None:
    """The closest subject-like compound ending before pos (or, with overlap, starting before it)."""
    for c in reversed(compounds):
        if (c.start < pos if overlap else c.end <= pos) and c.subject and c.kind != "relative":
            return c
    return None


def _comma_joined(sentence: str, compounds: list[Compound], t: TriggerMatch) -> Compound | None:
    """The subject of a finite verb joined to the one before by a bare comma ("Somalia expels Ethiopian ambassador,
    shuts consulates"; "Iran seized a British tanker, detained its crew"): the subject of the earlier verb's clause,
    when the name just before the comma is that verb's object."""
    if not sentence.endswith(", ", 0, t.start) or _FINITE_HEAD.match(sentence, t.start) is None:
        return None
    last = nearest_subject_before(compounds, t.start)
    if last is None or _FINITE_HEAD.fullmatch(last.prep) is None or last.prep in _NOT_VERBS:
        return None
    # The name right before the earlier verb ("Somalia expels": a headline's present tense), else its clause's subject.
    first = next((c for c in reversed(compounds) if c.end <= last.start and c.subject
                  and c.kind in ("actor", "dominant", "description")
                  and sentence[c.end:last.start].lower().split()[:1] == [last.prep]), None) \
        or clause_subject_before(sentence, compounds, last.start)
    if first is None or first is last or _RELATIVE_BETWEEN.search(sentence, first.end, t.start) is not None:
        return None  # (not after a relative clause: "Malaysia, which chairs ASEAN, offered to mediate")
    return first


def _called_on_before(sentence: str, compounds: list[Compound], pos: int) -> Compound | None:
    """The party named right before pos after "called on" ("called on Rwanda to end ..."), an object no subject test
    admits."""
    last = next((c for c in reversed(compounds) if c.end <= pos), None)
    if last is None or _CALLED_ON.search(sentence, max(0, last.start - 16), last.start) is None:
        return None
    return last


def first_subject(compounds: list[Compound], before: int) -> Compound | None:
    """The first subject-like compound of the sentence (its main subject), if it starts before offset before."""
    for c in compounds:
        if c.start >= before:
            return None
        if c.subject and c.kind in ("actor", "dominant", "description"):
            return c
    return None


def starts_clause(sentence: str, c: Compound) -> bool:
    """True when a finite verb follows c: c is the subject of its own clause ("..., at which the two governments
    signed")."""
    return c.subject and FINITE_AFTER.match(sentence, c.end) is not None


def clause_subject_before(sentence: str, compounds: list[Compound], pos: int) -> Compound | None:
    """The nearest compound before pos that a finite verb follows ("Somalia recalled", "the defence ministry said",
    "Podgorica had on Saturday declared"): the subject of the clause an adjunct participle at pos belongs to."""
    for c in reversed(compounds):
        if c.end <= pos and c.kind != "relative" and starts_clause(sentence, c):
            return c
    return None


def speech_subject_before(sentence: str, compounds: list[Compound], pos: int) -> Compound | None:
    """The subject of a speech verb right before pos, past a relative clause: "it" in "Egypt, which is locked in a
    dispute with Ethiopia, said it supported Somalia" is Egypt."""
    m = _SAID_RIGHT_BEFORE.search(sentence, max(0, pos - 40), pos)
    if m is None:
        return None
    subject = nearest_subject_before(compounds, m.start())
    if subject is None:
        return None
    gap = sentence[subject.end:m.start()]
    if _RELATIVE_START.match(gap):
        return subject  # "Egypt, which is locked in a dispute with Ethiopia, said"
    if "," in gap:  # a subject inside a relative clause, not another clause ("..., and the group said it")
        outside = _outside_relative(sentence, compounds, subject, m.start())
        return outside if outside is not subject else None
    # "Egypt also said", "Egypt on Monday said"; not "X demanded that Y withdraw and said" (another verb between).
    return subject if all(w.lower() in _SPEECH_GAP_WORDS or w.endswith("ly") for w in gap.split()) else None


def head_end(sentence: str, t: TriggerMatch) -> int:
    """End of the trigger's first word: objects may follow it inside the match ("expelled 70 Russian diplomats")."""
    m = _HEAD.match(sentence, t.start)
    return m.end() if m else t.end


# The speaker of "struck what Tehran described as militant bases", "what Baku called a provocation": not the object.
_WHAT_SAID: Final = re.compile(r"\s++(?:\w++(?<=ly)\s++)?(?:described|describes|called|calls|termed|terms|labell?ed|branded|"
                               r"said|says|claimed|claims)\b")


# A pronoun before a modal and a hostile verb is the subject of its own clause ("warned it would expel US diplomats",
# "warned that it would respond to Russia"), never the object ("warned it would lose the war without US aid" is no
# threat at all).
MODAL_AFTER: Final = re.compile(
    r"\s++(?:would|will|could|might|may|must|should|shall|can|cannot|won['’]t|wouldn['’]t)\s++(?:not\s++|never\s++)?"
    r"(?:\w++(?<=ly)\s++)?(?:respond|retaliate|react|strike|hit|attack|take|use|defend|punish|expel|impose|sever|cut|"
    r"close|ban|suspend|block|downgrade|recall|seize|shoot|fire|crush|destroy|annihilate|invade|sanction|freeze|"
    r"consider|regard|treat|hesitate|reconsider|review|leave|quit|withdraw)\b", re.IGNORECASE)


_PREP_POSSESSIVE: Final = re.compile(r"\b(\w++)\s++(?:his|her|its|their)\s++$", re.IGNORECASE)


def _prep_before_possessive(sentence: str, c: Compound) -> str:
    """The preposition before a possessive that opens c ("with his Ukrainian counterpart": "with"), else ""."""
    if c.prep not in ("his", "her", "its", "their"):
        return ""
    m = _PREP_POSSESSIVE.search(sentence, max(0, c.start - 30), c.start)
    return m.group(1).lower() if m is not None else ""


def recipients_after(sentence: str, compounds: list[Compound], *, start: int, window: int,
                     skip_preps: frozenset[str], within: int | None = None,
                     object_at: int = -1, inside: int = -1,
                     only_preps: frozenset[str] = frozenset(), beneficiary: bool = False) -> tuple[Compound, ...]:
    """The first non-place compound after start, inside the same clause and window. A place is taken right at
    object_at, where the trigger's own preposition governs it ("hit out at Washington", "fired at Israel"). A
    compound ending by inside (the trigger's end) is the trigger's own object, commas or not ("summoned Shi Yong, the
    acting Chinese ambassador"). Given only_preps, only a compound after one of them counts ("extradited X to Y"), a
    place too ("deposited $1 billion in Pakistan's central bank"). With beneficiary (help given), the place of those
    it is given to counts ("delivered food rations to 300,000 people in Sudan's Darfur region"). The
    speaker of "condemned what it called ..." is never the object, nor a pronoun subject of its own clause after the
    trigger ("scrap the duties it imposed on Australian barley")."""
    limit = start + window if within is None else within
    for c in compounds:  # in text order: the first candidate is the only one a clause break can leave in
        if start <= c.start < limit and c.kind in ("actor", "dominant", "pronoun", "description", "owner") \
                and c.prep not in skip_preps and (not only_preps or c.prep in only_preps
                                                  or _prep_before_possessive(sentence, c) in only_preps
                                                  or (beneficiary and c.prep == "in" and _beneficiary(sentence, c))) \
                and not (c.prep == "what" and (c.kind == "pronoun" or _WHAT_SAID.match(sentence, c.end))) \
                and not (c.kind == "pronoun" and MODAL_AFTER.match(sentence, c.end)) \
                and not (c.kind == "pronoun" and c.end > inside and c.prep not in _CLAUSE_OPENERS
                         and starts_clause(sentence, c)) \
                and (not c.locative or _governed(sentence, object_at, c) or c.prep in only_preps
                     or (beneficiary and _beneficiary(sentence, c))) \
                and not (c.end < inside and _OWN_STANCE.match(sentence, c.end)) \
                and not (c.prep == "by" and c.start >= inside
                         and _THIRD_PARTY_AGENT.search(sentence, max(0, c.start - 30), c.start) is not None) \
                and not (c.prep in _ADJUNCT_PREPS and _MEDIATION_AFTER.match(sentence, c.end) is not None) \
                and not cited_source(sentence, c) \
                and _WITNESS_BEFORE.search(sentence, max(0, c.start - _WITNESS_REACH), c.start) is None:
            if _QUOTATION_CLOSED.search(sentence, start, c.start) is not None:
                return ()  # '"... will take all necessary countermeasures," Trade Minister Sung said': the speaker
            return (c,) if c.end <= inside or no_break(sentence, start, c.start) else ()
    return ()


# The agent of a participle about a third party's role ("urged all parties to return to talks mediated by Angola"): who
# mediates what is asked for is not who is asked (a host is: "took part in an exercise hosted by Turkey").
_THIRD_PARTY_AGENT: Final = re.compile(r"\b(?:mediated|brokered|facilitated)\s++by\s*+$", re.IGNORECASE)
# A party whose mediation an act follows ("sign pact to ease tensions after Angolan mediation", "agreed under EU
# mediation"): not the act's recipient (but "accused Qatari mediators of bias" names it).
_MEDIATION_AFTER: Final = re.compile(r"\s++(?:mediation|mediators?)\b", re.IGNORECASE)
_ADJUNCT_PREPS: Final = frozenset({"after", "under", "through", "via", "following", "amid", "with", "despite"})
# Those an act is done before, as witnesses: "signed the deal in the presence of Greek Prime Minister Alexis Tsipras ...,
# as well as UN mediator Matthew Nimetz".
_WITNESS_BEFORE: Final = re.compile(r"\b(?:in\s++the\s++presence\s++of|witnessed\s++by)\s++(?:the\s++)?$", re.IGNORECASE)
_WITNESS_REACH: Final = 30
# A party the act befalls as a side effect ("establish diplomatic relations in a blow to North Korea", "a setback for
# Taipei"): not the recipient of a joint act (see coder._consult; "imposed new sanctions in a blow to Iran" has it).
_AFFECTED_BEFORE: Final = re.compile(r"\b(?:blow|setback|snub|rebuke)\s++(?:for|to)\s++(?:the\s++)?$", re.IGNORECASE)
_AFFECTED_REACH: Final = 24


def affected_only(sentence: str, c: Compound) -> bool:
    """True when c is named as the party an act is a blow or setback to ("in a blow to North Korea")."""
    return _AFFECTED_BEFORE.search(sentence, max(0, c.start - _AFFECTED_REACH), c.start) is not None
# The end of a quotation: what follows it is outside the quoted clause.
_QUOTATION_CLOSED: Final = re.compile(r"[,.!?][\"”]\s")
# Those help is given to, and the place they are in: "to 300,000 people in", "for flood victims in the".
_BENEFICIARY_IN: Final = re.compile(
    r"\b(?:to|for)\s++(?:\S++\s++){0,4}?(?:people|civilians|refugees|survivors|victims|residents|families|children|"
    r"communities|hospitals|displaced|returnees|households|populations?|areas|regions?|villages|towns|cities)\s++"
    r"(?:\S++\s++){0,4}?in\s++(?:the\s++)?$", re.IGNORECASE)


def _beneficiary(sentence: str, c: Compound) -> bool:
    """True when c is the place of those help is given to ("to 300,000 people in Sudan")."""
    return _BENEFICIARY_IN.search(sentence, max(0, c.start - 80), c.start) is not None


# A name's own stance inside a match ("reiterated Paris's support for the kingdom"): the speaker's, not the object.
_OWN_STANCE: Final = re.compile(r"['’]s?\s++(?:\S++\s++)?(?:support|commitment|backing|solidarity)\b", re.IGNORECASE)


def _governed(sentence: str, object_at: int, c: Compound) -> bool:
    """True when c follows object_at with at most "the" between: the object of the trigger's last word."""
    return object_at >= 0 and object_at <= c.start and sentence[object_at:c.start].strip().lower() in ("", "the")


def no_break(sentence: str, start: int, end: int) -> bool:
    """True when no clause break begins in sentence[start:end]."""
    # The margin keeps a word cut at endpos from looking like "but"; only a break starting before end matters.
    window = sentence[start:end + _BREAK_MARGIN]
    if window.isascii():  # then IGNORECASE folds only ASCII case: a lower-case substring test rules most out
        low = window.lower()
        if not any(mark in low for mark in _BREAK_MARKS):
            return True
    brk = _BREAK.search(sentence, start, end + _BREAK_MARGIN)
    return brk is None or brk.start() >= end


# A participle clause opening the sentence, to its comma: "Speaking at a press conference with ..., ".
# (A gerund followed by its complement, not a name ending in "-ing": "Beijing said", "Beijing, which".)
_FRONTED_PARTICIPLE: Final = re.compile(
    r"(?-i:[A-Z])[a-z]++(?<=ing)\s++(?!(?:said|says|has|have|had|is|was|were|are|will|would|also|and|on\s++\w+day)\b)"
    r"(?-i:[a-z])[^,;]{0,120}?,\s")


def fronted_participle(sentence: str, compounds: list[Compound]) -> re.Match[str] | None:
    """The participle clause opening the sentence, up to its comma ("Speaking at a press conference with ..., "); not
    a name ending in -ing ("Beijing hit back on Monday, saying ...")."""
    m = _FRONTED_PARTICIPLE.match(sentence)
    if m is None or (compounds and compounds[0].start == 0):
        return None
    return m


def active(sentence: str, compounds: list[Compound], t: TriggerMatch) -> Arguments:
    """Active voice: subject on the left (or the sentence subject for a coordinated verb), object on the right."""
    lo = max(0, t.start - 40)
    # The pattern needs "and" or "but" (letters IGNORECASE folds to ASCII only): a substring test rules most out.
    window = sentence[lo:t.start].lower()
    coordinated = ("and" in window or "but" in window or "well as" in window) \
        and _COORDINATED.search(sentence, lo, t.start) is not None
    owner = _decision_owner(sentence, compounds, t.start) if sentence.endswith("to ", 0, t.start) else None
    if owner is not None:
        actor: Compound | None = owner
    elif coordinated and (infinitive := _INFINITIVE_AND.search(sentence, max(0, t.start - 100), t.start)) is not None \
            and _INFLECTED.match(sentence, t.start) is None \
            and (controller := _called_on_before(sentence, compounds, infinitive.start() + 1)
                 or nearest_subject_before(compounds, infinitive.start() + 1)) is not None \
            and (controller.prep in _OBJECT_CONTROL or controller.prep in _PROMPT_WORDS
                 or _CALLED_ON.search(sentence, max(0, controller.start - 16), controller.start) is not None) \
            and not sentence[controller.end:infinitive.start()].strip():
        # "prompting Islamabad to downgrade diplomatic ties and suspend bilateral trade": a bare verb joined to the
        # infinitive of one asked or prompted shares its subject (and, like the infinitive, is the content of a demand
        # that holds it: "urged Chile to condemn Hamas and support Israel"); not a purpose ("summoned Shi Yong, the
        # acting Chinese ambassador, to lodge a protest and demand").
        actor, coordinated = controller, False
    elif coordinated:
        marks = [m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, t.start)]
        wide = sentence[max(0, t.start - 120):t.start].lower()
        if t.rule.event_type in _PHYSICAL_ACTS and any(w in wide for w in _SUBORDINATORS):
            # "suspended Guinea three days after soldiers seized power in Conakry and detained President Conde": the
            # verb joined to a subordinate clause's verb shares that clause's subject.
            marks += [m.end() for m in _SUBORDINATE_CLAUSE.finditer(sentence, max(0, t.start - 120), t.start)]
            marks.sort()
        if (joined := _AND_AUXILIARY.search(sentence, max(0, t.start - 16), t.start)) is not None:
            # "Kyrgyzstan said Tajik forces had used tanks to push into Kyrgyz territory and had shelled the airport":
            # a verb joined with the reported clause's own auxiliary shares that clause's subject (a bare "and urged",
            # or another tense, "... had shelled villages and has lodged a protest", is the speaker's).
            aux = joined.group(1).lower()
            marks += [m.end() for m in _REPORTED_CLAUSE.finditer(sentence, max(0, t.start - 160), t.start)
                      if m.group(1).lower() == aux]
            marks.sort()
        scope = [c for c in compounds if c.start >= marks[-1]] if marks else compounds
        actor = first_subject(scope, t.start)
        if actor is not None and actor.prep in _SUBORDINATORS and not starts_clause(sentence, actor):
            # "After the Niger coup, the bloc imposed sanctions ... and threatened": a name in a fronted phrase is no
            # subject.
            actor = first_subject([c for c in scope if c.start > actor.start], t.start) or actor
        if actor is not None:
            # "..., while Riga said ..., and Tallinn ordered out the attache and summoned the charge d'affaires": the
            # subject of the last clause joined by ", and" before the verb.
            actor = next((c for c in reversed(compounds) if actor.end <= c.start and c.end <= t.start
                          and _AND_CLAUSE.search(sentence, max(0, c.start - 8), c.start) is not None
                          and starts_clause(sentence, c)), actor)
        speech = _SPEECH.search(sentence, 0, t.start) if actor is None else None
        if speech is not None:
            # "Redwan Hussien, adviser to Ethiopian Prime Minister Abiy Ahmed, said ... and urged Somalia".
            actor = _appositive(sentence, compounds, speech.start())
    elif (joined_by_comma := _comma_joined(sentence, compounds, t)) is not None:
        actor = joined_by_comma
    elif (absolute := _with_absolute(sentence, compounds, t)) is not None:
        actor = absolute
    else:
        actor = nearest_subject_before(compounds, t.start)
        if actor is not None and sentence.endswith("to ", 0, t.start) and (
                (_VISITED.search(sentence, max(0, actor.start - 30), actor.start) is not None
                 and _PURPOSE_GAP.fullmatch(sentence, actor.end, t.start) is not None)
                or (_SUMMONED.search(sentence, max(0, actor.start - 30), actor.start) is not None
                    and _ENVOY_PURPOSE_GAP.fullmatch(sentence, actor.end, t.start) is not None)):
            # "visited Honiara last week to ask Mr Sogavare not to sign", "summoned Pakistan's charge d'affaires to
            # lodge a protest": the visitor's or summoner's purpose, not the host's or the envoy's.
            actor = first_subject(compounds, actor.start) or actor
        antecedent = _relative_antecedent(sentence, compounds, t.start)
        if _USED_TO.search(sentence, max(0, t.start - 30), t.start) is not None:
            actor = antecedent = None  # "the drone, which has been used to strike ...": by no one named
        elif actor is not None and _VICTIMS_PASSIVE.match(sentence, actor.end, t.start) is not None:
            # "Three U.S. service members were killed when a drone struck an outpost": the victims strike nothing.
            actor = None
        elif actor is not None and actor.prep == "by" and _SOURCE_SHOWED.match(sentence, actor.end, t.start) is not None:
            # "Footage released by Baku showed a man forcing his way into the embassy": the source's, not the act's.
            actor = None
        if antecedent is not None:
            actor = antecedent  # "... from Turkish President Tayyip Erdogan, who told Paris to stay out"
        elif actor is not None and actor.end < t.start - 8 and _WHICH_OF_A_THING.search(sentence, max(0, t.start - 40), t.start):
            actor = None  # "talks with Noboa to defuse the row, which threatens bilateral trade": the row does
        if t.rule.nominal and (actor is None or actor.end < t.start - 1):
            # A match that starts at its subject's head noun: "Dominican soldiers were deployed".
            actor = nearest_subject_before(compounds, t.start + 1, overlap=True) or actor
        in_relative = False
        if actor is not None and "," in sentence[actor.end:t.start]:
            outside = _outside_relative(sentence, compounds, actor, t.start)
            # ("Refugees sheltering in Moldova, which borders Ukraine, thanked Romania": a subject before the clause
            # that the gazetteer does not know, not the one inside it.)
            in_relative = outside is None
            actor = outside
        if actor is not None and _APPOSITION_END.fullmatch(sentence, actor.end, t.start):
            # "Senegalese President Macky Sall, the current African Union chairman, spoke": the name the apposition
            # describes.
            named = next((c for c in reversed(compounds) if c.end <= actor.start), None)
            if named is not None and named.kind == "actor" and named.subject \
                    and _APPOSITION_GAP.fullmatch(sentence, named.end, actor.start):
                actor = named
        elif actor is not None and _POSSESSIVE_APPOSITION.fullmatch(sentence, actor.end, t.start):
            # "Greece, Turkey's longtime regional rival, sent": the name the apposition describes.
            named = next((c for c in reversed(compounds) if c.end <= actor.start), None)
            if named is not None and named.kind == "actor" and named.subject \
                    and sentence[named.end:actor.start] == ", ":
                actor = named
        if actor is not None and actor is not compounds[0] and compounds[0].kind == "actor" and compounds[0].subject \
                and _POSSESSIVE_APPOSITION_FROM.fullmatch(sentence, compounds[0].end, t.start):
            # "France, Cameroon's closest Western ally, also condemned the attack": the name the apposition
            # describes, not one inside it.
            actor = compounds[0]
        if actor is not None and _unknown_antecedent(sentence, compounds, actor.end, t.start):
            actor = None  # "Indian officials have linked the gunmen who killed 26 people": the gunmen killed
        if actor is not None and actor.end < t.start and (word := _WORD_AT.match(sentence, t.start)) is not None \
                and word.group().lower().endswith("ing") \
                and _PASSIVE_OF_SUBJECT.search(sentence, actor.end, t.start) is not None:
            # "Venezuela's ambassador was called in and handed a diplomatic note describing the incursion as a
            # violation": the subject of a passive is not who acts in the participle after it.
            actor = None
        if actor is not None and _RESTRICTIVE_THAT.search(sentence, max(0, t.start - 8), t.start) is not None:
            last = next((c for c in reversed(compounds) if c.end <= t.start), None)
            if last is not None and last is not actor and (last.locative or not last.subject) \
                    and _SPEECH.search(sentence, actor.end, last.start) is not None:
                # "the Guards said it was punishment for an air strike on Iran's consulate in Damascus that killed
                # seven officers": what the relative clause is about (the strike) acted, not the sentence's subject.
                actor = None
        if actor is not None and (fronted := fronted_participle(sentence, compounds)) is not None \
                and actor.end <= fronted.end() <= t.start:
            # "Addressing the U.N. Security Council, Kayikwamba Wagner called on members": the adjunct's object is not
            # the subject after it (one the gazetteer does not know).
            actor = None
        if actor is not None and actor.prep in _JOIN_WORDS and sentence[actor.end:t.start].strip().lower() == "in":
            # "Japan has joined Western countries in imposing sanctions": the one who joined acts.
            actor = nearest_subject_before(compounds, actor.start) or actor
        if actor is not None and sentence.endswith("to ", 0, t.start) and actor.prep not in _OBJECT_CONTROL \
                and (actor.prep in _MET_VERBS or not _TO_RIGHT_AFTER.fullmatch(sentence, actor.end, t.start)):
            # "police stormed the Mexican embassy in Quito to arrest a former minister": an infinitive of purpose
            # shares its clause's subject ("urged Russia to withdraw" keeps Russia, right before "to").
            actor = clause_subject_before(sentence, compounds, t.start) or actor
        between = sentence[actor.end:t.start] if actor is not None else ""
        if actor is not None and (";" in between or ":" in between or "wh" in between or "though" in between) \
                and _NEW_CLAUSE.search(sentence, actor.end, t.start):
            actor = None
        elif actor is not None and "that" in between and _THAT_NOUN.search(between):
            actor = None  # "Ankara maintained that the Su-24 bomber violated its airspace": a subject not known
        elif actor is not None and ("that" in between or "which" in between) and (
                _NOUN_RELATIVE.search(between) or _NON_STATE_RELATIVE.search(between)):
            # "deepening a dispute that has halted crude exports": the dispute halted them; "a rebel offensive that has
            # seized most of Goma": the rebels did
            actor = None
        elif actor is not None and _UNKNOWN_SUBJECT.search(between):
            actor = None  # "the PLA held drills after Pelosi visited Taipei": a subject the gazetteer does not know
        elif actor is not None and "," in between and _CLAIM_RELATIVE.search(between):
            actor = None  # "China claims the sea, a claim an international arbitration tribunal rejected": the tribunal
        elif actor is not None and _FINITE_HEAD.match(sentence, t.start) and _UNKNOWN_NOUN_SUBJECT.search(between):
            actor = None
        if actor is None and not in_relative:
            actor = _appositive(sentence, compounds, t.start)
    rule = t.rule
    recipients: tuple[Compound, ...] = ()
    if rule.recipient in ("right", "story"):
        recipients = recipients_after(sentence, compounds, start=head_end(sentence, t),
                                      window=rule.recipient_window, skip_preps=rule.skip_preps,
                                      within=t.end if rule.recipient_window == 0 else None,
                                      object_at=t.end if _ENDS_WITH_PREP.search(sentence, t.start, t.end) else -1,
                                      inside=t.end, only_preps=rule.recipient_preps,
                                      beneficiary=rule.event_type == "AID")
    return Arguments(actor, recipients, coordinated)


# A place visited right before a purpose infinitive: "visited Honiara last week to ask".
_VISITED: Final = re.compile(r"\b(?:visit(?:s|ed|ing)?|travell?(?:s|ed|ing)\s++to|fl(?:ew|ies|own)\s++to|went\s++to|"
                             r"arrived\s++in|came\s++to)\s++(?:the\s++)?$", re.IGNORECASE)
_SUMMONED: Final = re.compile(r"\b(?:summon(?:s|ed|ing)?|call(?:s|ed|ing)?\s++in)\s++(?:the\s++)?$", re.IGNORECASE)
_ENVOY_PURPOSE_GAP: Final = re.compile(r"(?:['’]s)?\s++(?:[\w'’-]++\s++){0,3}?(?:ambassador|envoy|charg[eé]\s++d['’]affaires|"
                                       r"diplomats?|representatives?)\s++(?:\S++\s++){0,3}?to\s++", re.IGNORECASE)
_PURPOSE_GAP: Final = re.compile(r"\s++(?:(?:on|last|this|early|late|in)\s++\S++\s++){0,2}?to\s++", re.IGNORECASE)


def _relative_antecedent(sentence: str, compounds: list[Compound], pos: int) -> Compound | None:
    """The named party a "who" or "which" right before the verb at pos stands for: ", Turkish President Tayyip Erdogan,
    who told Paris ...", "drawing a condemnation from Baghdad, which recalled its ambassador" (an adverb may stand
    between: "who later told")."""
    before = [c for c in compounds if c.end <= pos]
    if len(before) < 2 or before[-1].kind != "relative" or not sentence.startswith(("who", "which"), before[-1].start) \
            or _WHO_GAP.fullmatch(sentence, before[-1].end, pos) is None:
        return None
    named = before[-2]
    # (Not a place: "refugees sheltering in Moldova, who thanked Romania", "a star jailed in Russia, who")
    return named if named.kind == "actor" and not named.locative and named.prep not in _PLACE_OR_ORIGIN \
        and _COMMA_WHO.fullmatch(sentence, named.end, before[-1].start) else None


# Texts their authors speak through (see _DOCUMENT_BEFORE).
_TEXT_NOUNS: Final = r"resolution|statement|communiqu[eé]|declaration|letter|motion"
# ", which" right after a word that names no party, before the verb: its own subject is that thing (not a text or a
# meeting, through which its authors speak: "issued a joint statement, which condemned").
_WHICH_OF_A_THING: Final = re.compile(r"\b(?!(?:" + _TEXT_NOUNS + r"|report|summit|meeting|conference|session|talks)\b)"
                                      r"[a-z][a-z-]++,\s++which\s++(?:\w+ly\s++|also\s++|has\s++|have\s++|had\s++)*+$")
# ... or a short adjunct and a quotation mark: "who in a joint statement "unequivocally condemned"".
_WHO_GAP: Final = re.compile(r"\s++(?:[\"“]?(?:\w+ly|later|also|then|has|had|have|jointly|in\s++an?\s++(?:joint\s++|separate\s++)?"
                             r"(?:statement|communiqu[eé]|letter|declaration)|on\s++(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s++)*+"
                             r"[\"“]?", re.IGNORECASE)
_COMMA_WHO: Final = re.compile(r",\s++")
_PLACE_OR_ORIGIN: Final = frozenset("in at near into inside across to on".split())


def _with_absolute(sentence: str, compounds: list[Compound], t: TriggerMatch) -> Compound | None:
    """The subject of an absolute "with" clause: in "..., with Secretary of State Antony Blinken later urging New Delhi
    to cooperate", Blinken urges (the object of "with", right before an -ing verb)."""
    before = next((c for c in reversed(compounds) if c.end <= t.start), None)
    if before is None or before.prep != "with" or before.kind not in ("actor", "description") \
            or _WITH_GAP.fullmatch(sentence, before.end, t.start) is None:
        return None
    word = _WORD_AT.match(sentence, t.start)
    return before if word is not None and word.group().lower().endswith("ing") else None


def _unknown_antecedent(sentence: str, compounds: list[Compound], lo: int, pos: int) -> bool:
    """True when the verb at pos is in a restrictive relative clause ("the gunmen who killed") whose noun is not the
    compound ending at lo but a word after it that names no actor."""
    rel = next((c for c in compounds if c.kind == "relative" and lo <= c.start < pos), None)
    return rel is not None and not sentence.endswith(", ", 0, rel.start) and bool(sentence[lo:rel.start].strip()) \
        and not any(c.kind != "relative" and lo < c.start < rel.start for c in compounds) \
        and _DOCUMENT_BEFORE.search(sentence, max(0, rel.start - 20), rel.start) is None


_PASSIVE_OF_SUBJECT: Final = re.compile(r"\b(?:was|were|been)\s++(?:\w++(?<=ly)\s++)?(?:called\s++in|summoned|handed|given|"
                                        r"shown|told|asked|sent|presented)\b", re.IGNORECASE)
_RESTRICTIVE_THAT: Final = re.compile(r"(?<![,\w])\s*+(?<=\s)(?:that|which)\s++$", re.IGNORECASE)
# A text its author speaks through: "adopted a resolution that demands Russia withdraw" (the body demands).
_DOCUMENT_BEFORE: Final = re.compile(r"\b(?:" + _TEXT_NOUNS + r")\s++$", re.IGNORECASE)


def _outside_relative(sentence: str, compounds: list[Compound], actor: Compound, pos: int) -> Compound | None:
    """The subject before a non-restrictive relative clause that holds actor: in "Beijing, which regards Taiwan as a
    breakaway province, has urged", Beijing, not Taiwan; in "Merkel, whose government has tried to mediate,
    condemned", Merkel."""
    if actor.prep == "whose":
        return nearest_subject_before(compounds, actor.start) or actor
    named = nearest_subject_before(compounds, actor.start)
    if named is not None and _PARTICIPLE_ASIDE.fullmatch(sentence, named.end, pos):
        # "Belgrade, backed by Russia and China, still refuses", "Egypt, locked in its own dispute with Ethiopia,
        # voiced solidarity": the name before the participle's aside.
        return named
    if named is not None and _RELATIVE_START.fullmatch(sentence, named.end, pos):
        # "Hungary's prime minister, whose country holds the EU's rotating presidency, arrived": the name before the
        # clause, not one inside it.
        return named
    for c in reversed(compounds):
        if c.start >= actor.start:
            continue
        if c.kind == "relative":
            if sentence.endswith(", ", 0, c.start):
                return nearest_subject_before(compounds, c.start)
            return actor
        if c.end <= actor.start - 120:
            break
    return actor


def _decision_owner(sentence: str, compounds: list[Compound], pos: int) -> Compound | None:
    """The possessor of a decision or plan whose infinitive is the verb at pos: "retaliating against Algeria's
    decision at the weekend to order out 12 employees" - Algeria orders them out."""
    m = _OWNED_INFINITIVE.search(sentence, max(0, pos - 80), pos)
    if m is None:
        # "the decision of the "Port Sudan authority" to sever ties": the party after "of" or "by".
        for c in reversed(compounds):
            if c.end <= pos and c.kind == "actor" and _INFINITIVE_AFTER_OWNER.fullmatch(sentence, c.end, pos) \
                    and _DECISION_OF.search(sentence, max(0, c.start - 40), c.start):
                return c
        return None
    return next((c for c in compounds if c.end == m.start() and c.kind == "actor"), None)


def _appositive(sentence: str, compounds: list[Compound], pos: int) -> Compound | None:
    """The named party closing an appositive right before the verb, when the subject itself is unknown:
    "Kim Yo Jong, the sister of North Korean leader Kim Jong Un, dismissed ..." acts for North Korea (not a place in a
    relative clause: "Mohamed Nasheed, who lives in Colombo, called on")."""
    for c in reversed(compounds):
        if c.end <= pos:
            lo = max(0, c.start - 60)
            if c.kind == "actor" and sentence[c.end:pos].strip() == "," and ", " in sentence[lo:c.start] \
                    and not any(r.kind == "relative" and lo <= r.start < c.start for r in compounds):
                return c
            return None
    return None


# Between the name a passive's subject is "of" and the verb group: "members of the Russian embassy staff had been".
_AUX_GAP: Final = re.compile(r"(?:\s|['’]s\s)(?:(?:had|has|have|will|would|must|may|could|should)\s)?", re.IGNORECASE)
_OWNED: Final = re.compile(r"\b(?:its|their|our|his|her)\s", re.IGNORECASE)
# The police or a security body speaking of the people it holds ("The Ghana Police Service said 31 suspects had been
# arrested"), not a state speaking of its own people held by another ("Britain said the tanker had been seized by Iran").
_POLICE_SPEAKER: Final = re.compile(r"\b(?:police|security\s++(?:forces|services?)|interior\s++ministry|gendarmerie)\b",
                                    re.IGNORECASE)
_MISSION_IN: Final = re.compile(r"(?:embassy|consulate|mission|high\s++commission)\s++in\s++$", re.IGNORECASE)


def passive(sentence: str, compounds: list[Compound], t: TriggerMatch) -> Arguments:
    """Passive voice: the subject is the recipient, the agent phrase ("by X", "from X") the actor."""
    # The match starts at the subject's head noun ("Russian officials were expelled"): the phrase may overlap it, or
    # modify it after "of" ("three members of the Russian embassy staff had been declared persona non grata").
    recipient = nearest_subject_before(compounds, t.start + 1, overlap=True)
    modifier = next((c for c in reversed(compounds) if c.end <= t.start), None)
    host = None
    if modifier is not None and modifier.prep == "in" and _AUX_GAP.fullmatch(sentence, modifier.end, t.start):
        # "Two staff members of Russia's embassy in Lithuania have been declared persona non grata": the mission's
        # country is the recipient, the country it serves in the actor unless an agent is named.
        owner = next((c for c in reversed(compounds) if c.end <= modifier.start), None)
        if owner is not None and owner.prep == "of" and owner.kind == "actor" \
                and _MISSION_IN.search(sentence, owner.start, modifier.start):
            recipient, host = owner, modifier
    elif modifier is not None and modifier.prep == "of" and modifier.kind == "actor" \
            and _AUX_GAP.fullmatch(sentence, modifier.end, t.start):
        recipient = modifier  # "an employee of the Russian embassy had been declared ..."
    if recipient is not None and (t.rule.implicit_actor is not None or (
                t.rule.event_type == "COERCE" and _POLICE_SPEAKER.search(sentence, recipient.start, recipient.end))) \
            and recipient.end <= t.start and _SPEECH.search(sentence, recipient.end, t.start) \
            and not _OWNED.search(sentence, recipient.end, t.start):
        # "Linkevicius told reporters that the three had been declared ...", "Dendias said the ambassador, Mohamed
        # Younis Menfi, had been declared ...": where the actor is inferred, a speaker taken for the subject would turn
        # the act around; so would the police who say "31 suspects had been arrested" (not a state: "Britain said the
        # tanker had been seized by Iran"). (Not when the subject is the speaker's: "Russia said that its ambassador
        # had been summoned"; elsewhere the speaker's country is mostly the victim's: "Aliyev has said the plane was
        # hit by Russian air defence fire".)
        recipient = None
    if recipient is not None and _ACT_APPOSITIVE.search(sentence, max(0, t.start - 90), t.start) \
            and _PARTICIPLE_BY.match(sentence, t.start):
        # "expelled the French ambassador, a move condemned by the UN": the move's doer (see fill_recipient); not "a
        # move drawing criticism from the US", whose subject is the doer.
        recipient = None
    limit = t.end + t.rule.recipient_window
    # The agent's preposition may close the match ("hit by"), an article and a modifier between ("by a Russian drone").
    agent_in_match = sentence[t.start:t.end].rstrip().rsplit(None, 1)[-1].lower() in t.rule.agent
    actor = next((c for c in compounds if t.end <= c.start < limit and (
        c.prep in t.rule.agent or (agent_in_match and _ARTICLE_GAP.fullmatch(sentence, t.end, c.start)))), None)
    if actor is not None and actor.prep != "by" and "by" in t.rule.agent:
        # "was refused entry into the Gaza Strip by Israel": an explicit agent before the place it acts at.
        actor = next((c for c in compounds if actor.end <= c.start < limit and c.prep == "by"
                      and _BY_AFTER_PLACE.fullmatch(sentence, actor.end, c.start)), actor)
    if actor is not None and not no_break(sentence, t.end, actor.start):
        actor = None  # the agent phrase must sit in the clause of the verb
    if actor is None and host is not None:
        actor = host
    if actor is None and t.rule.implicit_actor is not None:
        # "The Iranian charge d'affaires in London was summoned", "Israel's ambassador to Spain was summoned", "...
        # was summoned on Friday in Madrid", "... summoned to the Chinese foreign ministry": the state where the envoy
        # serves or is summoned.
        actor = next((c for c in compounds if t.start <= c.start and c.end <= t.end + _SUMMONED_WHERE
                      and c.prep in ("in", "to") and c is not recipient), None)
    return Arguments(actor, (recipient,) if recipient else ())


_AND_ARTICLE: Final = re.compile(r"\s++(?:[a-z-]++\s++){0,2}?and\s++(?:the\s++|an?\s++)?", re.IGNORECASE)


def participants(sentence: str, compounds: list[Compound], t: TriggerMatch) -> Arguments:
    """Meetings: everyone named as subject, inside the trigger, or right after it ("talks between X and Y")."""
    rule = t.rule
    # (Not a place inside the match: "sent a delegation to Istanbul for talks with Ukraine", "met in Geneva"; but "in
    # the US-Russian talks" names the parties.)
    inside = tuple(c for c in compounds if t.start <= c.start and c.end <= t.end
                   and not ((c.prep == "to" or c.locative) and _MEETING_NOUN.match(sentence, c.end) is None
                            and _SPOKE_TO.search(sentence, max(0, c.start - 30), c.start) is None))
    after = () if rule.recipient_window == 0 else recipients_after(
        sentence, compounds, start=t.end, window=rule.recipient_window, skip_preps=rule.skip_preps,
        only_preps=rule.recipient_preps)
    if after and _VENUE_BEFORE.search(sentence, max(0, after[0].start - 40), after[0].start):
        after = ()  # "met on the sidelines of a Shanghai Cooperation Organisation summit": the venue's host
    if len(after) == 1 and sentence.endswith("between", 0, t.end):
        # "talks between a Saudi delegation and an Iranian delegation": the second party after "and" (an article
        # keeps the two phrases apart).
        second = next((c for c in compounds if c.start > after[0].end), None)
        if second is not None and _AND_ARTICLE.fullmatch(sentence, after[0].end, second.start):
            after = after + (second,)
    subject = None
    if not rule.nominal and rule.implicit_actor is None:
        subject = active(sentence, compounds, t).actor
    if subject is None and rule.id in _ASIDE_MEETINGS:
        # "Rubio, in a call with Kagame, urged", "In a phone call with Macron, Zelensky thanked": the subject of the
        # clause the phrase is set in, before it or after its comma.
        before = _ASIDE_BEFORE.search(sentence, max(0, t.start - 30), t.start)
        if before is not None:
            subject = next((c for c in reversed(compounds) if c.end == before.start()), None)
        else:
            comma = sentence.find(", ", t.end)
            subject = next((c for c in compounds if comma >= 0 and c.start > comma and c.kind == "actor"
                            and c not in after), None)
    return Arguments(subject, inside + after)


# The rules of a call, conversation or press conference named in a phrase set in its clause ("in a call with Kagame",
# "Speaking at a joint press conference with ...").
_ASIDE_MEETINGS: Final = frozenset({"in-a-call-with", "press-conference-with"})
_ASIDE_BEFORE: Final = re.compile(r",\s++(?:in|during)\s++an?\s++(?:\S++\s++)?$", re.IGNORECASE)


def attributed(sentence: str, compounds: list[Compound], t: TriggerMatch) -> Arguments:
    """"X said Y's involvement in the attack ...": Y is accused, the speaker X accuses; a match ending in "by" or "from"
    names the accused after it ("Albania said the attack had been orchestrated by Iran", "... launched from Iran")."""
    if sentence.endswith(("by ", "from "), 0, t.end):
        agent = next((c for c in compounds if t.end <= c.start and _ARTICLE_GAP.fullmatch(sentence, t.end, c.start)
                      or c.start == t.end), None)
        speaker = next((c for c in compounds if c.end <= t.start and c.subject
                        and _SPEECH.search(sentence, c.end, t.start)), None)
        return Arguments(speaker, (agent,)) if agent is not None and agent.kind == "actor" else Arguments(None, ())
    recipient = next((c for c in reversed(compounds) if c.end <= t.start and t.start - c.end <= 40), None)
    if recipient is not None and (_SPEECH.search(sentence, recipient.end, t.start) or _act_target(sentence, recipient)):
        # "China said the measures violated": the speaker, not the one accused; "said the raid on the Mexican
        # embassy violated": the act's target, not its doer (the act, below, names the doer).
        recipient = None
    # "Brazil said the raid violated the Vienna Convention": an act named between the speech verb and the trigger
    # (ending right at it); its doer comes from context (recipients.fill_recipient).
    act = _SAID_ACT.search(sentence, max(0, t.start - SAID_ACT_WINDOW), t.start) if recipient is None else None
    if recipient is None and act is None and t.rule.recipient != "none":
        return Arguments(None, ())  # (a rule that finds its own recipient needs only the speaker: "any-met-with")
    until = recipient.start if recipient is not None else t.start
    speaker = None
    # The clause's first subject that a speech verb follows ("The Czech Republic expelled 18 Russian diplomats,
    # saying Moscow's ..."): not a nearer object.
    fronted = fronted_participle(sentence, compounds)  # ("Speaking alongside Foreign Minister Cho, Blinken said")
    for c in compounds:
        if c.end >= until:
            break
        if c.subject and until - c.end < _SPEAKER_WINDOW and _SPEECH.search(sentence, c.end, until) \
                and (fronted is None or c.end > fronted.end()):
            speaker = c
            break
    if speaker is None:
        # "Iran will pay a heavy price, Netanyahu said": the attribution after the clause.
        speaker = next((c for c in compounds if t.end < c.start < t.end + _ATTRIBUTION_WINDOW and c.kind != "pronoun"
                        and attribution(sentence, c, office=True)), None)
    return Arguments(speaker, (recipient,) if recipient is not None else ())


def attribution(sentence: str, c: Compound, *, office: bool = False) -> bool:
    """True when c is the speaker of an attribution after its clause: ", Netanyahu said", "," the ministry added"; with
    office, also through an office or aide after it (", Armenia's defence ministry said")."""
    if _ATTRIBUTION_BEFORE.search(sentence, max(0, c.start - 6), c.start) is None:
        return False
    return _ATTRIBUTION_AFTER.match(sentence, c.end) is not None \
        or (office and _OFFICE_ATTRIBUTION_AFTER.match(sentence, c.end) is not None)


def cited_source(sentence: str, c: Compound) -> bool:
    """True when c is named as a report's source ("killed more than 1,000 people, according to the World Health
    Organization", "according to NATO"): never the one acted on."""
    return _ACCORDING_TO.search(sentence, max(0, c.start - _ACCORDING_REACH), c.start) is not None


_ACCORDING_TO: Final = re.compile(r"\baccording\s++to\s++(?:the\s++)?$", re.IGNORECASE)
_ACCORDING_REACH: Final = 20


def _act_target(sentence: str, c: Compound) -> bool:
    """True when c, inside an act's noun phrase, is what the act struck ("the raid on the Mexican embassy", "the
    seizure of a British tanker"), not its doer ("the launch from North Korea", "the decision of Russia")."""
    if c.prep in _ACT_OBJECT_PREPS:
        return True
    # After "of" or "from", a name that modifies a noun ("British tanker") is the target; one that ends its phrase
    # ("of Russia to recognise") is the doer.
    nxt = _NEXT_WORD.match(sentence, c.end)
    return c.prep in ("of", "for", "with") and nxt is not None and nxt.group(1) not in _NOT_A_NOUN


def possessor(sentence: str, compounds: list[Compound], t: TriggerMatch) -> Arguments:
    """"Britain's seizure of an Iranian tanker": the possessor acts (its "'s" at most two words before the noun), the
    object of the noun's preposition (the match's last word) is acted on."""
    # ("Pakistani air strikes on ...": a sentence's opening demonym may hold the act noun in its phrase.)
    actor = next((c for c in reversed(compounds)
                  if c.end <= t.start or (c.start < t.start < c.end and _opens_clause(sentence, c.start))), None)
    if actor is None or actor.kind != "actor" or not (
            _POSSESSED.fullmatch(sentence, actor.end, t.start)
            # "an Israeli air strike on", "the US drone strike on", "Israeli strikes on Gaza killed": a modifier after
            # an article, or opening the sentence, acts as well.
            or (actor.prep in _ACT_MODIFIER_PREPS and len(actor.phrases) == 1
                and _MODIFIER_GAP.fullmatch(sentence, actor.end, t.start)
                and _MILITARY_ACT.search(sentence, actor.end, t.end))
            # ... or a nation's measure: "a doubling of U.S. levies on Chinese goods", "new American tariffs on"
            or (actor.prep in _ARTICLES | {"of", "new", "fresh", ""} and len(actor.phrases) == 1
                and _MEASURE_GAP.fullmatch(sentence, actor.end, t.start)
                and _MEASURE_NOUN.match(sentence, t.start) is not None)
            # ... or a demonym opening the sentence (or a reported clause, in one phrase with the act's noun: "the
            # Taliban said Pakistani air strikes on Paktika had killed"), right before the act's noun and no agent
            # after it
            or ((actor.start == 0 or actor.end > t.start) and _opens_clause(sentence, actor.start)
                and len(actor.phrases) == 1
                and (actor.end > t.start or _ARMS_GAP.fullmatch(sentence, actor.end, t.start))
                and _MILITARY_ACT.search(sentence, min(actor.end, t.start), t.end)
                and _AGENT_AFTER.search(sentence, t.end, t.end + _AGENT_WINDOW) is None)):
        actor = _noun_agent(sentence, compounds, t)
        if actor is None:
            return Arguments(None, ())
    recipients = recipients_after(sentence, [c for c in compounds if c is not actor], start=t.end,
                                  window=t.rule.recipient_window, skip_preps=t.rule.skip_preps, object_at=t.end)
    return Arguments(actor, recipients)


def _noun_agent(sentence: str, compounds: list[Compound], t: TriggerMatch) -> Compound | None:
    """The doer of an act noun named after it by "by" ("a visit to Niamey this week by a U.S. delegation", "the
    seizure of an Iranian tanker by British marines"), in the same clause and not the agent of a participle ("the
    invasion of Ukraine, condemned by France")."""
    if _HEDGED_NOUN.search(sentence, max(0, t.start - 40), t.start) is not None:
        return None  # "preparing for a possible invasion of the island by China", "calls for sanctions on Israel by"
    for c in compounds:
        if c.start <= t.end or c.kind != "actor":
            continue
        if c.start - t.end > _AGENT_WINDOW:
            return None
        by = _BY_BEFORE.search(sentence, max(t.end, c.start - 12), c.start)
        if by is not None and no_break(sentence, t.end, by.start()):
            return c
    return None


def _opens_clause(sentence: str, at: int) -> bool:
    """True when at opens the sentence or a reported clause ("the Taliban said Pakistani air strikes")."""
    return at == 0 or _SAID_RIGHT_BEFORE.search(sentence, max(0, at - 40), at) is not None


def conveyed(sentence: str, compounds: list[Compound], t: TriggerMatch) -> Arguments:
    """Goods or help that travel to a state (or a crossing with it shut), the match starting at the goods: the giver
    follows an agent preposition ("medical supplies were sent to Libya by Turkey", "aid from the UAE reached Derna in
    eastern Libya", "the crossing with Afghanistan was closed by Pakistani authorities"), or is named
    between the goods and the verb ("the weapons that Iran supplied to"), or modifies the goods ("Spanish rescue teams
    were dispatched to Morocco", "Germany's IRIS-T systems arrived in Ukraine"); the receiver follows one of the rule's
    prepositions ("to", "in", or the verb: "reached Ukraine")."""
    rule = t.rule
    limit = t.end + rule.recipient_window
    actor = next((c for c in compounds if t.start <= c.start < limit and c.kind == "actor"
                  and c.prep in rule.agent and no_break(sentence, t.start, c.start)), None)
    if actor is None:
        actor = next((c for c in compounds if t.start < c.start and c.end < t.end and c.kind == "actor"
                      and c.prep not in rule.recipient_preps), None)
    if actor is None and _AGENT_PHRASE.match(sentence, t.end, t.end + 40) is None:
        # (Not when an agent the gazetteer does not know follows: "Thai rice was shipped ... by private traders".)
        before = next((c for c in reversed(compounds) if c.start < t.start), None)
        if before is not None and before.kind == "actor" and (
                before.end > t.start or _MODIFIER_GAP.fullmatch(sentence, before.end, t.start)
                or _POSSESSED.fullmatch(sentence, before.end, t.start)) and before.prep not in rule.recipient_preps:
            actor = before
    rest = [c for c in compounds if c is not actor]
    recipients = recipients_after(sentence, rest, start=t.start, window=t.end - t.start + rule.recipient_window,
                                  skip_preps=rule.skip_preps | frozenset(rule.agent), only_preps=rule.recipient_preps)
    return Arguments(actor, recipients)


# Between a place a passive's act happened at and its agent: "into the Gaza Strip by Israel", "to Niamey on Monday by".
_BY_AFTER_PLACE: Final = re.compile(r"\s++(?:\S++\s++){0,2}?by\s++(?:the\s++)?", re.IGNORECASE)
_AGENT_PHRASE: Final = re.compile(r"\s++(?:\S++\s++){0,4}?by\s", re.IGNORECASE)


def find_arguments(sentence: str, compounds: list[Compound], t: TriggerMatch) -> Arguments:
    """Dispatch on the rule's voice."""
    voice = t.rule.voice
    if voice == "conveyed":
        return conveyed(sentence, compounds, t)
    if voice == "passive":
        return passive(sentence, compounds, t)
    if voice == "participants":
        return participants(sentence, compounds, t)
    if voice == "attributed":
        return attributed(sentence, compounds, t)
    if voice == "possessor":
        return possessor(sentence, compounds, t)
    return active(sentence, compounds, t)


def cue_recipients(sentence: str, compounds: list[Compound], cue: re.Pattern[str],
                   after: int = 0) -> tuple[Compound, ...]:
    """Compounds right after a target cue ("on the border with X", "near X") in the clause that begins at after
    (a trigger's end), or fronted at the sentence's start ("Near the border with Ukraine, Russia massed ...");
    "..., adding that they could be used against Ukraine" names no target of the deployment."""
    out = []
    for m in cue.finditer(sentence):
        if m.start() < after:
            if "," in sentence[:m.start()] or "," not in sentence[m.end():after]:
                continue  # before the verb, only a fronted phrase closed by a comma counts
        elif not no_break(sentence, after, m.start()):
            break
        c = next((c for c in compounds if m.end() <= c.start <= m.end() + 2), None)
        if c is not None:
            out.append(c)
    return tuple(out)


def speaker_of(sentence: str, compounds: list[Compound], *, personal: bool = False) -> Compound | None:
    """The actor a speech verb attributes this sentence to ("..., Lukashevich tweeted", "X said"); with personal, the
    "he" or "she" it does ('..., she told her weekly briefing')."""
    for c in compounds:
        if c.kind != "actor" and not (personal and c.kind == "pronoun"
                                      and sentence[c.start:c.end].lower() in ("he", "she")):
            continue
        if _SPEECH.match(sentence, c.end + 1) or _SPEECH.search(sentence, max(0, c.start - 12), c.start):
            return c
    return None


def adjunct_participle(sentence: str, t: TriggerMatch) -> bool:
    """True when the trigger is a participle opening an adjunct clause: ", calling it", ", accusing Moscow of",
    "after blaming Moscow for"."""
    if not sentence[t.start:head_end(sentence, t)].lower().endswith("ing"):
        return False
    return sentence.endswith(", ", 0, t.start) or _COMMA_ADVERB.search(sentence, max(0, t.start - 24), t.start) is not None


def reporter_before(sentence: str, compounds: list[Compound], pos: int) -> Compound | None:
    """The subject of the last report before offset pos ("The Kyrgyz border service said [Tajik units fired at its
    positions]"): the first subject before the last speech verb before pos."""
    last = None
    for last in _SPEECH.finditer(sentence, 0, pos):
        pass
    return first_subject(compounds, last.start()) if last is not None else None


def unknown_speaker_before(sentence: str, compounds: list[Compound], pos: int) -> bool:
    """True when a speech verb comes before offset pos with words but no named party before it ("The M23 armed group
    said it ..."): "it" is that unnamed speaker, not a party of earlier sentences."""
    m = _SPEECH.search(sentence, 0, pos)
    if m is None or not sentence[:m.start()].strip():
        return False
    return not any(c.start < m.start() for c in compounds)


def reported_before(sentence: str, pos: int) -> bool:
    """True when a speech verb ("said", "told") comes before offset pos."""
    return _SPEECH.search(sentence, 0, pos) is not None
