"""Verb–object associations for lost verbs (CN011, CN012): what one does to a kind of object.

This is data that extends the parse-based analysis in `missing_verb.py`, not its limit. A noun
is classed by its head word or by the last part of a compound ("cyberattacks" is an attack,
"landmines" a mine); a noun in no class still gets a finding when the parse shows a strong cue
(an adverb of manner, "since", a direction), with the class-free verbs below.

Each class says which verbs fit the object, by the context the parse finds after it: a
preposition ("from", "to"…), `time` (a completed period: "since 2019", "this year"), or ""
when there is none. The first verbs are the likeliest.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ObjectClass:
    name: str
    nouns: frozenset[str]
    verbs: dict[str, tuple[str, ...]]
    # Events an agent fights: "our forces have three attacks" never means possession.
    fought: bool = False
    # Things an agent commonly owns or employs (staff, vessels, money, buildings): only a
    # direction ("to", "into"…) or a strong cue says a verb was lost, not a time phrase.
    owned: bool = False
    # Things one acts on that are not owned (people one rescues, goods one seizes).
    acted_on: bool = True

    def verbs_for(self, context: str) -> tuple[str, ...]:
        return self.verbs.get(context) or self.verbs[""]


def _class(name, nouns, verbs, **flags) -> ObjectClass:
    return ObjectClass(name, frozenset(nouns.split()), verbs, **flags)


_TO = ("to", "into", "back", "towards", "toward", "onto")
_FROM = ("from", "off", "out")


def _by(contexts, verbs):
    return {context: verbs for context in contexts}


CLASSES: tuple[ObjectClass, ...] = (
    _class("threat", "attack plot bombing shooting assault attempt conspiracy hijacking kidnapping "
           "abduction assassination massacre explosion infiltration incursion invasion intrusion "
           "breach ambush sabotage hack", {"": ("foiled", "thwarted", "prevented", "stopped")}, fought=True),
    _class("spreading", "outbreak epidemic pandemic spill infestation contagion",
           {"": ("contained", "controlled", "stopped")}, fought=True),
    _class("fire", "fire wildfire blaze bushfire", {"": ("contained", "put out", "extinguished")}, fought=True),
    _class("offender", "suspect poacher smuggler trafficker pirate militant insurgent fighter combatant "
           "criminal offender terrorist extremist rebel gunman gunmen kidnapper hacker fugitive looter "
           "deserter", {"": ("arrested", "detained", "captured"), "for": ("charged", "prosecuted", "arrested"),
                        **_by(_TO, ("repatriated", "returned", "transferred")),
                        "to_body": ("brought", "handed over", "referred")}),
    _class("displaced", "refugee migrant asylum-seeker evacuee deportee returnee",
           {"": ("hosted", "received", "welcomed"), **_by(_FROM, ("rescued", "intercepted", "evacuated")),
            **_by(_TO, ("resettled", "relocated", "returned"))}),
    _class("captive", "hostage detainee prisoner captive", {"": ("freed", "released", "visited")}),
    _class("patient", "patient", {"": ("treated", "cured", "cared for")}),
    _class("people", "person people civilian resident family child woman man men women girl boy villager "
           "survivor victim fisherman fishermen climber passenger household citizen orphan farmer youth "
           "beneficiary voter tourist pilgrim miner worker student infant baby newborn adolescent elderly hiker "
           "trekker swimmer",
           {"": ("reached", "helped", "assisted"), **_by(_FROM, ("rescued", "evacuated", "relocated")),
            **_by(("to", "towards", "toward", "onto"), ("moved", "relocated", "sent")),
            "into": ("placed", "enrolled", "brought"), "back": ("returned", "brought"),
            "against": ("vaccinated", "immunised", "protected"), "with": ("supplied", "provided", "treated"),
            "skill": ("trained", "taught", "educated")}),
    _class("staff", "staff personnel troop soldier nurse doctor teacher officer observer expert volunteer "
           "peacekeeper medic engineer inspector monitor adviser advisor trainer instructor ranger "
           "firefighter recruit member employee official judge midwife police policeman policemen",
           {"": ("trained", "recruited", "hired"), **_by(_TO, ("sent", "deployed", "posted")),
            "skill": ("trained", "taught", "instructed"),
            "into": ("placed", "integrated", "enrolled")},
           owned=True, acted_on=False),
    _class("supplies", "aid supply food parcel ration medicine medication vaccine dose blanket tent kit water "
           "fuel grain seed relief equipment assistance power electricity fertiliser fertilizer meal "
           "textbook book net voucher cash",
           {"": ("delivered", "distributed", "provided"), **_by(_TO, ("delivered", "distributed", "sent")),
            "for": ("delivered", "provided", "allocated"), "illicit": ("seized", "confiscated", "intercepted")},
           owned=True),
    _class("contraband", "cocaine heroin cannabis methamphetamine narcotic drug ivory weapon arm firearm gun "
           "rifle ammunition explosive contraband counterfeit", {
               "": ("seized", "confiscated", "intercepted"), **_by(_FROM, ("collected", "seized", "recovered"))}),
    _class("ordnance", "mine landmine ordnance munition device", {"": ("cleared", "removed", "destroyed")}),
    _class("remains", "body remains corpse", {"": ("recovered", "retrieved", "identified")}),
    _class("money", "dollar euro pound franc shilling naira rupee peso yen yuan cedi birr rand kwacha loan grant "
           "credit", {"": ("allocated", "provided", "disbursed"), "illicit": ("frozen", "seized", "recovered"),
                      **_by(_TO, ("pledged", "allocated", "contributed")), "into": ("invested", "put", "channelled"),
                      "for": ("allocated", "earmarked", "provided")}, owned=True),
    _class("building", "classroom school clinic hospital centre center shelter home house housing well "
           "borehole road bridge kilometre kilometer mile latrine dam camp station",
           {"": ("built", "opened", "rebuilt"), "illicit": ("dismantled", "closed", "destroyed"),
            "with": ("equipped", "fitted", "supplied")}, owned=True),
    _class("land", "hectare acre mangrove forest tree seedling reef wetland",
           {"": ("planted", "restored", "protected")}),
    _class("site", "site installation laboratory factory prison", {"": ("inspected", "visited", "closed")}),
    _class("vehicle", "vessel ship boat trawler aircraft plane truck vehicle convoy",
           {"": ("intercepted", "seized", "escorted"), "illicit": ("seized", "intercepted", "detained"),
            "through": ("escorted", "protected", "sent")}, owned=True),
    _class("held", "strike election summit meeting conference referendum workshop session campaign protest "
           "rally exercise drill operation mission patrol inspection raid",
           {"": ("held", "organised", "carried out"), "by": ("repelled", "foiled", "prevented")}),
    _class("ring", "network ring cell gang cartel", {"": ("dismantled", "disrupted", "broken up")}, owned=True),
    _class("instrument", "agreement convention treaty protocol statute accord covenant pact amendment",
           {"": ("ratified", "signed", "adopted")}, owned=True),
    _class("decision", "resolution declaration decision law bill decree roadmap framework plan strategy "
           "reform programme program initiative mechanism fund commission ceasefire truce deal",
           {"": ("adopted", "agreed", "approved")}, owned=True),
    _class("sanction", "sanction embargo ban restriction measure tariff",
           {"": ("imposed", "adopted", "lifted")}, owned=True),
)
MONEY = next(c for c in CLASSES if c.name == "money")
# A change measured after the object ("has its capacity tenfold", "… by 30 percent"), or the
# level it reached ("had its grid to 98% renewable sources").
CHANGE = _class("change", "", {"": ("increased", "reduced", "expanded"), "to": ("brought", "raised", "cut"),
                               "down": ("cut", "reduced", "brought"), "up": ("raised", "increased", "brought")})
# A text handed to a body or read by it ("had its report to the Council", "has the proposal
# carefully"), or a text a body decided on ("had the bill by 61 votes to 12").
TEXT = _class("text", "", {"": ("submitted", "presented", "introduced"), "to": ("submitted", "presented", "sent"),
                           "read": ("read", "studied", "noted"), "jointly": ("drafted", "submitted", "tabled"),
                           "decided": ("adopted", "passed", "approved")})
# An act completed on an object in no class ("had plastic bags completely", "… overnight").
ENDED = _class("ended", "", {"": ("banned", "stopped", "abolished")})
# A verb of giving, with two objects ("had Sri Lanka 700 million dollars", "has a million
# Ukrainians temporary protection").
GIVEN = _class("given", "", {"": ("granted", "given", "offered"), "money": ("lent", "granted", "given"),
                             "penalty": ("fined", "ordered", "charged")})
# Particles stranded after the object ("had 25 sweatshops down"): the verbs whose phrasal
# sense each particle completes when something is closed, cut off, broken up or taken away.
STRANDED = _class("stranded", "", {"": ("shut", "closed", "taken"), "down": ("shut", "closed", "taken"),
                                   "off": ("sealed", "cut", "closed"), "up": ("broken", "cleared", "set"),
                                   "away": ("taken", "cleared", "moved")})
# People rewarded for what they did or given an honour ("had 40 nurses with a medal").
REWARDED = _class("rewarded", "", {"": ("honoured", "awarded", "decorated")})
# A kind of wrongdoing a legislature made a crime ("had forced labour, making it a criminal offence").
OUTLAWED = _class("outlawed", "", {"": ("criminalised", "outlawed", "banned")})
# A term or date moved by a length of time ("had its mandate by two years").
RESCHEDULED = _class("rescheduled", "", {"": ("extended", "postponed", "shortened")})
# A goal whose kind says what was done to bring the object there, whatever the object: a language
# ("into French": translated), a network ("to the broadband network": connected), a state
# ("into detention", "into quarantine"). Keys are WordNet's words for the goal's kinds.
GOAL_KINDS = {"natural_language": "language", "network": "network", "power_system": "network", "state": "state"}
GOAL = _class("goal", "", {"": ("brought", "moved", "sent"), "language": ("translated", "rendered", "put"),
                           "network": ("connected", "linked", "added"), "state": ("taken", "brought", "placed")})
# A state the object was put in ("had its goal into law", "into force").
PUT_IN_A_STATE = _class("state", "", {"": ("put", "brought", "written")})
# Verbs for an object in no class, by context.
UNCLASSED = _class("unclassed", "", {"": ("delivered", "provided", "carried out"),
                                     **_by(_TO, ("sent", "delivered", "moved")), "back": ("returned", "brought", "sent"),
                                     **_by(_FROM, ("removed", "recovered", "rescued"))}, owned=True)
# Quantities and measures: the class is that of their "of" complement ("12 tonnes of ivory").
MEASURES = frozenset(
    "tonne ton kilogram kilo kg gram litre liter barrel crate bag box dozen dozens hundred hundreds thousand "
    "thousands million millions billion billions number series handful couple score scores wave most many some all half percent "
    "proportion share "
    "majority total lot lots part rest shipment consignment load batch quantity amount % metre meter "
    "package packet sack container".split())
# Modifiers that make goods contraband and people or places suspects: enforcement acts on them.
ILLICIT = frozenset("illegal illicit smuggled stolen counterfeit undeclared unlicensed unregistered "
                    "contraband trafficked clandestine".split())
# Offences: "for bribery" after people says they were charged or arrested.
OFFENCES = frozenset(
    "crime bribery corruption fraud terrorism murder trafficking smuggling theft abuse assault rape torture "
    "poaching piracy embezzlement laundering extortion kidnapping sabotage treason espionage".split())
# Nouns that "have" takes in a fixed phrase or that name a relation, never an object one acts on:
# "have a role", "have access to", "have an ambassador to".
IDIOMS = frozenset(
    "role impact effect influence concern doubt worry fear access right responsibility duty obligation mandate "
    "stake part share history record tradition experience chance opportunity interest say voice problem "
    "difficulty trouble need reason ability capacity capability jurisdiction authority relationship relation "
    "tie link commitment view position stance idea hope goal aim objective priority time way look word hand "
    "place seat vote membership presence footprint reputation potential tendency advantage edge lead "
    "knowledge information evidence data intelligence ambassador envoy delegate representative delegation "
    "contribution approach solution answer response route exposure claim alternative barrier obstacle key "
    "entitlement reference debt agenda option choice question issue say hold grip control freedom "
    "responsibility policy faith confidence trust belief sense understanding memory power-sharing".split())


def lemma(word: str) -> str:
    """A noun's singular, lower case ("families" → "family", "children" → "child")."""
    word = word.lower()
    irregular = {"people": "person", "children": "child", "women": "woman", "men": "man", "remains": "remains",
                 "arms": "arm", "data": "data", "police": "police", "personnel": "personnel", "staff": "staff"}
    if word in irregular:
        return irregular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_BY_NOUN = {noun: cls for cls in CLASSES for noun in cls.nouns}


def object_class(word: str) -> ObjectClass | None:
    """The class of a noun, by its lemma or the last part of a compound ("cyberattack")."""
    noun = lemma(word)
    if noun in _BY_NOUN:
        return _BY_NOUN[noun]
    parts = noun.replace("-", " ").split()
    if len(parts) > 1 and parts[-1] in _BY_NOUN:
        return _BY_NOUN[parts[-1]]
    for size in range(len(noun) - 3, 3, -1):  # closed compounds: "cyberattack", "landmine"
        if noun[-size:] in _BY_NOUN and len(noun) - size >= 3:
            return _BY_NOUN[noun[-size:]]
    return None


def is_idiom(word: str) -> bool:
    return lemma(word) in IDIOMS
