"""Lost verbs: "our security forces have multiple small attacks" (lost "foiled"), verbless clauses.

CN011 reads "have + object" from spaCy's dependency parse and flags it when the object is
something one acts on and the sentence shows that an action was meant: an agent "has" the
events it fights, an adverb of manner ("have successfully 19 attempts"), "since …" with the
present tense, a direction ("has 4,000 officers to remote districts"), a completed period for
people or goods one acts on, goods taken "from" a vessel or place at a completed time, and for
any subject a phrase possession cannot take ("had 1,400 warheads back to Russia", "had its goal
into law", "had its grid to 98%", "has its debt from 90% to 70%"), or that shows an action on a
text ("had its report to the Council" in 2023, "had the bill by 61 votes to 12", "has the
proposals carefully"), or a past tense sharing "has" as its auxiliary, or a complement that
only an action licenses ("had 25 sweatshops down", "had 3,000 goats against anthrax", "by
statute", "section by section", "by three months", "from card indexes into an archive").
CN012 flags a clause whose verb is missing: a subject followed directly by its object ("the
ministry 200 new teachers to rural schools"), a relative clause with no verb ("the convention
that the Assembly in 2006"), a subject left without a predicate ("Japan, a long-standing donor
to the fund."), a modal or "does not" before an object ("States must the convention", "should
paid leave", "can heat-resistant seed"), "to" before an object after a verb WordNet gives "to"
only before an infinitive ("Mali intends to the outcome"), an adverb of manner between "be" or
"to" and an object ("observers were carefully the ballots", "decided to unilaterally the
tariffs"), "would have" with an adverb before an object ("would have certainly the famine"), and
a person or body that "is" a count of things ("Ghana is 80,000 visa applications a year"), and
gaps the parse hides: "to" and an object after a phrasal verb or "would like" ("calls on all
States to the norms", "would like the Council to a resolution"), a relative clause between
commas with a noun and no verb ("The coast guard, which all patrol boats in the bay, reports …"), a
subject and its object before a clause of its own, in a clause "although" opens, after a name's
"of" or after phrases that say with whom the subject acted ("the ministry, with the help of two
charities, 400 wells"), or a relative word after a noun before its verb's object ("the boats that
their transponders as they near"). Suggested verbs come from the verb–object associations in
`verb_objects.py`.

A cheap test on the words selects the sentences worth parsing; most are never parsed. The
parse comes from the `meaning` extra (spaCy's small English pipeline, installed as a wheel,
nothing downloaded at run time). Without it, CN011 falls back to a word pattern for events
one fights, at info severity, and CN012 is off.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from paperlint.rules.consistency import delegation
from paperlint.rules.consistency.verb_objects import (
    CHANGE,
    CLASSES,
    ENDED,
    GIVEN,
    GOAL,
    GOAL_KINDS,
    ILLICIT,
    MEASURES,
    MONEY,
    OFFENCES,
    OUTLAWED,
    PUT_IN_A_STATE,
    RESCHEDULED,
    REWARDED,
    STRANDED,
    TEXT,
    UNCLASSED,
    is_idiom,
    lemma,
    object_class,
)

from paperlint.analysis.events import (
    SMALL_NUMBERS,
    is_disease,
    names_a_text,
    names_a_time,
    noun_lemma,
    noun_senses,
    verb_lemma,
    wordnet,
)
from paperlint.analysis.parse import MAX_SENTENCE_CHARS, PARSED_KINDS, parsed_docs, parsed_sentences, parses_when
from paperlint.analysis.regions import regions
from paperlint.engine.kinds import Hit
from paperlint.findings import Severity

FALLBACK_NOTE = (
    "Found by the word-list fallback (lower confidence): install paperlint[meaning] "
    "for part-of-speech analysis."
)
_FINITE_TAGS = {"VBD", "VBP", "VBZ", "MD"}
_VERB_TAGS = {"VB", "VBD", "VBP", "VBZ", "VBN", "VBG", "MD"}


# CN011 lost-verb-after-have ---------------------------------------------------------------

_AUXILIARIES = frozenset(
    "is are was were am be been being has have had does do did will would can could shall should may "
    "might must".split())
_BE_FORMS = frozenset("is are was were am be been being".split())
# Irregular past participles: "has taken" is a verb form, not "have + object".
_PARTICIPLES = frozenset(
    "been done made taken given seen known shown grown drawn thrown flown blown written driven ridden risen "
    "fallen chosen spoken broken frozen stolen forgotten gotten got begun run won lost led held kept left "
    "met paid said sent spent built brought bought caught fought sought taught thought felt found heard "
    "meant put set cut hit let shut spread struck stood understood undertaken overseen withdrawn become "
    "come gone had told sold laid read lent dealt sworn torn born borne beaten hidden shaken hung dug fed "
    "fled shot split upheld withheld overcome forgiven forbidden mistaken arisen eaten proven swept".split())
_HAVE_THEN_OBJECT = re.compile(
    r"\b(?:have|has|had)\s+[$€£]?(?!(?:to|not(?!\s+yet\b)|no|never|yet|got|just)\b)(?!\w+ed\b)([\w'’-]+)", re.IGNORECASE)

# Adverbs that sit between "have" and a possessed object without signalling an action.
_NEUTRAL_ADVERBS = frozenset(
    "also still only now currently even just always usually often generally typically traditionally "
    "historically ever probably certainly clearly reportedly apparently really actually indeed thus "
    "therefore however nearly almost about approximately roughly some over around barely hardly "
    "too either else presently rarely sometimes mostly mainly largely well exactly precisely fully".split())
# Adverbs of degree: before an object in no class they measure a change ("has sharply its spending").
# Adverbs that sit between "be" or "to" and a noun phrase: of focus, time, degree and view ("is
# clearly the largest donor", "was previously the host", "to nearly the same level").
_LINKING_ADVERBS = _NEUTRAL_ADVERBS | frozenset(
    "undoubtedly ultimately solely simply merely essentially especially truly primarily obviously notably "
    "genuinely definitely arguably previously formerly once undeniably seemingly recently possibly particularly "
    "originally normally likely ironically inevitably frequently emphatically effectively literally perhaps surely "
    "increasingly partly partially chiefly principally predominantly supposedly allegedly evidently virtually "
    "practically basically fundamentally inherently naturally unquestionably indisputably again already soon "
    "later first finally equally similarly likewise instead otherwise then so rightly justly famously notoriously "
    "nominally ostensibly necessarily long".split())
# Adverbs of a perfect, never of what is owned: "has already new rules", "has long the rights of …".
_PERFECT_ADVERBS = frozenset({"already", "long"})
_DEGREE_ADVERBS = frozenset(
    "significantly substantially considerably drastically dramatically sharply greatly markedly steadily "
    "gradually slightly massively".split())
_COMPARED = frozenset("few fewer less more enough no".split())
# Adjectives that compare: "a different approach altogether" is no completed act.
_COMPARISON = frozenset("different other another new separate distinct unrelated similar".split())
# Measures that name one quantity: "the number of solar home systems, from three to six million".
_ONE_QUANTITY = frozenset("number share proportion amount total".split())
# Adverbs of completion: closing the clause after "had + object" they say an act was finished
# ("had plastic bags completely", "had all imports overnight"); possession is not done or undone.
_COMPLETION_ADVERBS = frozenset("completely entirely totally altogether outright overnight permanently".split())
# Words of a measured change after "by" ("by more than half", "by about a third", "by 40 percent").
_FRACTIONS = frozenset("half third quarter fifth tenth two-thirds three-quarters %".split())
_APPROXIMATE = frozenset("more than less about nearly almost over some around roughly a an at least well".split())
_DIRECTIONS = frozenset("to into back towards toward onto from off out through".split())
# Particles of motion: with a "to"/"from"/"of" phrase after them ("back to Russia", "home from the
# Gulf", "out of the reserve") they move the object; alone they may state where it is ("had its land back").
_MOTION_PARTICLES = {"back": {"to", "into", "from"}, "home": {"to", "from"}, "out": {"of"}}
# Words before "to" that make it a bound or a comparison, not a level reached ("up to 30%", "close to").
_BOUND_BEFORE_TO = frozenset("up close equal near next similar compared relative".split())
# Hypernyms of things that stay put or run between places: "a railway to the port", "a ferry to the islands".
_FIXED_OR_ROUTE = frozenset("way passage structure facility connection track line conduit conveyance".split())
_RATE_WORDS = frozenset("each every per a an".split())
_CARRIED_CLASSES = frozenset(
    "supplies contraband ordnance money remains people displaced offender captive patient staff".split())
_TIME_NOUNS = frozenset("year month week season winter summer spring autumn day decade quarter term".split())
_YEAR = re.compile(r"(?:19|20)\d\d$")
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_EVENT_TIME_PREPS = frozenset("after following during within".split())
# How a body decides on a text: "by consensus", "with a large majority", "by 61 votes to 12".
_DECIDING = frozenset("consensus acclamation majority unanimity vote".split())
# WordNet files of what one takes things from: a vessel or container, a natural object, a place.
_SOURCE_FILES = frozenset({"noun.artifact", "noun.object", "noun.location"})
# WordNet files of things one can carry, catch or gather (goods, animals, plants, materials).
_MATERIAL_FILES = frozenset({"noun.artifact", "noun.substance", "noun.food", "noun.animal", "noun.plant", "noun.body"})
# Hypernyms of a state of mind one reads a text with ("with great concern", "with interest").
_STATES_OF_MIND = frozenset({"feeling", "cognitive_state"})
# Parts of a day that date an action as "this morning" or "last night" do.
_DAY_PARTS = frozenset("morning afternoon evening night".split())
# WordNet files of things one can shut, seal off or take away.
_CONCRETE_FILES = frozenset({"noun.artifact", "noun.location", "noun.object", "noun.group", "noun.substance"})
# WordNet files of states, qualities and ideas: nothing one acts on by statute or section by section.
_ABSTRACT_FILES = frozenset({"noun.state", "noun.cognition", "noun.feeling", "noun.time", "noun.relation"})
# WordNet files of amounts and qualities, which a means ("by dredging the channel") changes.
_MEASURABLE_FILES = frozenset({"noun.attribute", "noun.quantity"})
# WordNet files of natural things, which use no tools ("the wetlands … using satellites").
_NATURAL_FILES = frozenset({"noun.object", "noun.location", "noun.plant", "noun.animal", "noun.substance"})
# WordNet's words for an honour one is given ("a medal", "the prize") and for a wrongdoing.
_HONOURS = frozenset("award honor honour decoration".split())
_WRONGDOING = frozenset({"crime", "wrongdoing"})
# Where guests are had: "had the mayors to dinner", "to a reception".
_OCCASIONS = frozenset("meal social_gathering party celebration".split())
_PLACE_NOUNS = frozenset(
    "country nation region island city town village province district continent world territory republic "
    "kingdom capital area coast zone basin state".split())


def _have_may_take_an_object(text: str) -> bool:
    """Cheap test before parsing: a form of "have" not followed by "to", "not" or a participle."""
    return any(m[1].lower() not in _PARTICIPLES for m in _HAVE_THEN_OBJECT.finditer(text))


@parses_when(_have_may_take_an_object)
def lost_verb_after_have(document, rule, ctx):
    """Have + an object one acts on, where the sentence shows an action was meant (CN011)."""
    parsed = parsed_sentences(document, _have_may_take_an_object)
    without_parser = parsed is None
    if without_parser:
        parsed = [(s, None) for s in document.sentences if s.block.kind in PARSED_KINDS]
    for sentence, doc in parsed:
        if doc is None:
            if without_parser or sentence.end - sentence.start > MAX_SENTENCE_CHARS:
                yield from _fought_event_by_words(document, sentence)
            continue
        for have in doc:
            finding = _lost_verb(have)
            if finding is not None:
                start, end, cls, context, reason = finding
                goal = _goal_kind(have) if cls is not TEXT else None  # a text goes to a body
                verbs = GOAL.verbs[goal] if goal else cls.verbs_for(context)
                yield _hit(document, sentence.start, doc, have, start, end, verbs, reason)


def _goal_kind(have) -> str | None:
    """The kind of the goal a "to" or "into" phrase after the object names, when the kind says how
    the object got there ("into Pashto", "to the broadband network", "into detention"), else None."""
    obj = next(c for c in have.children if c.dep_ == "dobj")
    goals = (_pobj(p) for p in (*have.children, *obj.children) if p.dep_ == "prep" and p.lower_ in {"to", "into"}
             and p.i > obj.i)
    for goal in filter(None, goals):
        for place in (goal, *(c for c in goal.children if c.dep_ == "conj")):
            senses = _senses(place)[:2]
            kinds = {w for sense in senses for w in _sense_kinds(sense)}
            found = next((GOAL_KINDS[k] for k in GOAL_KINDS if k in kinds), None)
            if found == "state" and senses[0].file != "noun.state":
                continue  # "to the border": a place, whatever its later senses
            if found is not None:
                return found
    return None


def _lost_verb(have):
    """(start, end, object class, context, reason) when `have` has lost the verb after it."""
    if have.lower_ not in {"have", "has", "had"} or have.dep_ in {"aux", "auxpass"}:
        return None
    following = have.doc[have.i + 1] if have.i + 1 < len(have.doc) else None
    if have.tag_ not in {"VBP", "VBZ", "VBD", "VB"} or following is None or following.lower_ == "to" \
            or following.tag_ == "VBN":
        return None  # "have registered returnees, … and connected": a perfect the parse read as a description
    obj = next((c for c in have.children if c.dep_ == "dobj"), None)
    if any(c.dep_ in {"xcomp", "ccomp"} for c in have.children) and (
            obj is None or _second_object(obj, _head_noun(obj) or obj) is None):
        return None  # "have the documents translated", "have to act", not "had Sri Lanka $700 million to protect …"
    if obj is not None and any(t.dep_ in {"advcl", "acl"} and t.tag_ == "VBN" and t.i > obj.i and not any(
            d.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for d in t.children) and (
                t.head.i == have.i or (t.head.tag_ == "CD" and _within_clause(t, have))) for t in have.subtree):
        return None  # "had 90% of children under five vaccinated": a participle on "have", or on a number, which no one acts on
    subject = _subject(have)
    if obj is None or subject is None or subject.tag_ in {"EX", "WDT", "WP"}:
        return None
    if any(c.dep_ == "acl" and c.tag_ == "VBN" for c in obj.children):
        return None  # "have several raids planned"
    if any(_in_a_state(prep) for prep in (*obj.children, *have.children)):
        return None  # "had 200 suspects in custody", "has three plants in operation": what holds, not what was done
    noun = _head_noun(obj)
    if noun is None:
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or _comparative(obj, noun):
        return None  # "have no protection", "have bigger fish to fry", "has more people": what is had, or how much
    cues = _cues(have, obj, noun)
    perfect = next((a for a in cues["adverbs"] if a.lower() in _PERFECT_ADVERBS and not _a_holding(noun)), None)
    movement = _movement(have, obj, noun, object_class(noun.text), cues) or _text_action(
        have, obj, noun, object_class(noun.text), cues) or _change_between(have, obj, noun, cues)
    put_in_a_state = movement is not None and movement[2] in {"state", "change", "level"}
    changed_by_a_means = _measurable(noun) and _means(have, noun, cues) is not None
    if (is_idiom(noun.text) or is_idiom(obj.text)) and not _counted(noun) and cues["change"] is None \
            and not put_in_a_state and not changed_by_a_means and perfect is None:
        return None  # "have a claim to", but "have 300 asylum claims", "has its capacity tenfold", "had its goal into law",
        # "has the depth of its harbour by dredging the channel"; not "has long the rights of …", a perfect
    cls = MONEY if noun.tag_ == "CD" or _currency(noun) or _funds(noun) else object_class(noun.text)
    illicit = any(t.lower_ in ILLICIT or t.lower_.removesuffix("ly") in ILLICIT for t in _noun_phrase(obj, noun))
    if illicit and (cls is None or cls.name in {"supplies", "money", "building", "vehicle"}):
        cls = _CONTRABAND if cls is None or cls.name == "supplies" else cls
    if cls is not None and cls.name == "captive" and object_class(subject.text) is _OFFENDER:
        return None  # "the rebels have 40 hostages from the convoy": captors hold their captives
    owned = cls is None or (cls.owned and not illicit)
    agent = not _is_place(subject)
    if _inhabitants(noun) and (not agent or _first_a_thing(subject)):
        return None  # "the camp has around 80,000 residents": who live there, not whom it acted on
    present = have.tag_ in {"VBP", "VBZ", "VB"}
    span = (have.idx, noun.idx + len(noun.text))
    cues["illicit"] = illicit
    found = cls or UNCLASSED

    acted_on = cls is not None and cls.acted_on and not owned
    adverb = next((a for a in cues["adverbs"]), None)
    named_instrument = cls is not None and cls.name == "instrument" and _names_an_instrument(obj)
    held = adverb is not None and adverb.lower() in _PERFECT_ADVERBS and _a_holding(noun)
    if adverb is not None and not held and (adverb.lower() != "yet" or acted_on or (_counted(noun) and cues["time"])
                                            or named_instrument):
        # "have not yet the means" is possession, "has not yet the Ottawa Convention" is not; "has
        # already a plan" is no English possession (on some 300 real papers, "already" after "have"
        # always comes before a participle), unless what is had is money or a quality held
        # ("had already a budget of $4 million", "has already a majority")
        changed = CHANGE if adverb.lower() in _DEGREE_ADVERBS and cls is None else found
        return (*span, changed, _context(cues, changed), f"'{adverb}' describes an action, not ownership")
    if cues["change"] is not None:
        return (*span, CHANGE, "", f"'{cues['change']}' measures a change, which 'have' cannot make")
    complement = _action_complement(have, obj, noun, cls, cues, agent) if _can_act(subject) else None
    if complement is not None:
        phrase, licensed, context, reason = complement
        return (*span, licensed, context, reason.format(phrase))
    if movement is not None and movement[2] == "change":
        return _moved(span, found, movement)
    if cues["completion"] and _dated(cues) and _can_act(subject) and _completed_on(noun, cues["completion"], agent):
        ended = found if acted_on else ENDED
        return (*span, ended, "", f"'{cues['completion']}' says an act was completed, which 'have' cannot say")
    objects = _second_object(obj, noun)
    if objects is not None:
        recipient, given = objects
        return (have.idx, max(span[1], given.idx + len(given.text)), GIVEN, _given_context(given, cues),
                f"'{recipient.text}' and '{given.text}' are two objects, which only a verb of giving takes")
    # "within 18 months" also schedules events ("has elections within six months"): only for
    # things one acts on does it date an action.
    scheduled = cls is None or not cls.acted_on or cls.name == "held"
    period = cues["period"] or (None if scheduled else cues["window"])
    if present and period and _can_act(subject) and (agent or cls is not None) and not _compared(noun):
        return (*span, found, _context(cues, found), f"'{period}' dates a completed action, not what is owned now")
    ratified = cues["year"] or (not present and _dated(cues))  # "in 2016", "last spring … had", not "has … since 2018"
    if cls is not None and cls.name == "instrument" and ratified and _names_an_instrument(obj) and not _kept(have, obj, cues):
        return (*span, cls, "", f"a State does not own {obj.text}: it ratifies or signs it in a given year")
    shared = _shares_the_auxiliary(have) if present and (acted_on or (cls is not None and cls.fought)) else None
    if shared is not None:
        return (*span, found, _context(cues, found),
                f"'{shared.text}' shares '{have.text}' as its auxiliary, so a past participle is missing before the object")
    if not agent:
        return _moved(span, found, movement)
    if cls is not None and cls.fought:
        return (*span, cls, "", "those who fight an event do not own it")
    if illicit:
        return (*span, cls, _context(cues, cls), "those who fight illegal activity do not own its goods")
    direction = _direction(cues, cls)
    if direction is not None:
        context = "to_body" if direction == "to" and "to_body" in found.verbs and _to_a_body(cues) else direction
        return (*span, found, context, f"'{direction}' shows a movement that 'have' cannot make")
    source = _taken_from(have, obj, noun, cls, cues)
    if source is not None:
        return (*span, found, "from", f"'{source}' says where the {noun.text} were taken from, which 'have' cannot say")
    if cls is not None and cls.name in {"people", "patient", "displaced"} and cues["for_people"]:
        prep = cues["for_people"]
        return (*span, cls, prep, f"'{prep}' shows what was done to the {noun.text}")
    if cls is not None and cls.name in {"offender", "people", "staff"} and cues["offence"]:
        return (*span, _OFFENDER, "for", f"'for {cues['offence']}' goes with a charge or an arrest, not ownership")
    if cls is not None and cls.name == "offender" and cues["in_connection"]:
        return (*span, cls, "", "'in connection with' goes with an arrest, not ownership")
    dated = cues["time"] if present else cues["deadline"]
    if dated and acted_on and not _compared(noun):
        return (*span, cls, _context(cues, cls), f"'{dated}' dates an action on the {noun.text}")
    return _moved(span, found, movement)


def _comparative(obj, noun) -> bool:
    """An object measured against another: a comparative before its noun ("bigger fish", "a higher
    amount of profit", "more people")."""
    return any((c.tag_ in {"JJR", "RBR"} or c.lower_ in {"more", "less", "fewer"})
               and not (c.i + 1 < len(c.doc) and c.nbor().lower_ == "than")  # "more than 3,000 officers": a count
               for c in obj.subtree if c.i < noun.i)


def _noun_phrase(obj, noun):
    """The object's words up to its noun and those of an "of" phrase after it ("300 kilos of illegal
    drugs"), not of a clause or another phrase that follows ("no protection under the law … counterfeit")."""
    after_of = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
    return [t for t in obj.subtree if t.i <= noun.i] + after_of


def _completed_on(noun, adverb, agent) -> bool:
    """Whether an adverb of completion closing the clause can only tell of an act on the object:
    not on something compared ("a different plan altogether"), nor on people kept, weather or a
    state one lives through ("had 300 guests overnight", "had heavy rain overnight")."""
    if _compared(noun) or any(c.dep_ == "amod" and c.lower_ in _COMPARISON for c in noun.children):
        return False
    senses = _senses(noun)[:1]
    if senses and senses[0].file in {"noun.phenomenon", "noun.event", "noun.state", "noun.feeling", "noun.person",
                                     "noun.animal", "noun.time", "noun.group"}:
        return False
    return agent or adverb != "overnight"


# Complements only an action licenses --------------------------------------------------------

def _action_complement(have, obj, noun, cls, cues, agent):
    """(phrase, class, context, reason) for a complement after the object that only an action
    verb licenses, never possession, a relation or an experience: a particle left from a phrasal
    verb, a disease one is protected "against", how the act was done, a length of time a term was
    moved "by", a kind of wrongdoing made a crime, or an honour given "with" at an occasion."""
    found = _against_a_disease(noun, cls, cues) or _manner(have, obj, noun, cls, cues) or _moved_by_a_length_of_time(
        have, obj, noun, cues) or _outlawed(have, obj, noun)
    if found is None and agent:  # a place's things may stand "down", and its people hold honours
        found = _stranded_particle(have, obj, noun, cls) or _honoured_with(have, obj, noun, cls, cues)
    return found


def _outlawed(have, obj, noun):
    """A kind of wrongdoing, named in general (no count, article or owner), that a legislature
    "has" or whose result a clause states ("had forced labour, making it a criminal offence"): made a
    crime, which no one has. A wrongdoing counted or placed is one that happened ("had 40 thefts")."""
    if _counted(noun) or any(c.dep_ in {"det", "poss"} for c in (*obj.children, *noun.children)) or not (
            lemma(noun.text) in OFFENCES or _kinds(noun.text, 8) & _WRONGDOING):
        return None
    if any(p.lower_ in {"in", "at", "on", "among", "within", "for"} and p.i > noun.i and (pobj := _pobj(p)) is not None
           and not _YEAR.match(pobj.text) for p in (*have.children, *obj.children, *noun.children)):
        return None  # "had fraud in its accounts", "had terrorism … for a decade": it happened
    result = next((c for c in have.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > noun.i and any(
        d.dep_ == "nsubj" and d.lower_ in {"it", "them"} for d in c.subtree)), None)
    subject = _subject(have)
    if result is None and (subject is None or "legislature" not in _kinds_first(lemma(subject.text))):
        return None
    return obj.text, OUTLAWED, "", "a legislature does not have '{}': it makes it a crime"


def _stranded_particle(have, obj, noun, cls):
    """"had 25 sweatshops down": a particle after the object, with no object of its own, left
    from a verb of closing or removing ("shut down", "cut off"). Not the state of something
    one's own ("had its flags up"), nor of people, body parts, times or qualities ("a day off")."""
    particle = next((c for c in have.children if c.dep_ in {"prt", "advmod"} and c.i > noun.i
                     and c.lower_ in STRANDED.verbs and not _opens_a_noun_phrase(c)), None)
    if particle is None or _own(obj) or _own(noun):
        return None
    if particle.i + 1 < len(particle.doc) and particle.nbor(1).tag_ == "CC":
        return None  # "had the machines up and running": a state
    placed = particle.i + 1 < len(particle.doc) and particle.nbor(1).tag_ == "IN"
    if placed and not (cls is not None and cls.acted_on and not cls.owned):
        return None  # "had two generators down in the basement", "the shutters down before the storm": a state
    senses = _senses(noun)[:1]
    if not senses or senses[0].file not in _CONCRETE_FILES:
        return None
    return particle.text, STRANDED, particle.lower_, "'{}' is left from a verb of closing or removing, which 'have' lacks"


def _opens_a_noun_phrase(particle) -> bool:
    """A particle the parser took for a preposition's start ("off the coast"): it has an object."""
    following = particle.doc[particle.i + 1] if particle.i + 1 < len(particle.doc) else None
    return following is not None and following.tag_ in {"DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "CD"}


def _own(noun) -> bool:
    """A noun with an owner before it ("its flags", "the suspects' phones")."""
    return any(c.dep_ == "poss" for c in noun.children)


def _against_a_disease(noun, cls, cues):
    """"had 3,000 goats against anthrax": people or animals protected against a disease."""
    if not (_a_person(noun, cls) if cls is not None else _living(noun)):
        return None
    prep = next((p for p in cues["preps"] if p.lower_ == "against" and p.i > noun.i and (
        pobj := _pobj(p)) is not None and is_disease(pobj.text)), None)
    if prep is None:
        return None
    return _phrase(prep), _PEOPLE, "against", "'{}' names what they were protected from, which 'have' cannot say"


def _a_plain_state(noun) -> bool:
    """A state WordNet first knows as such that is no disease ("poverty", "hunger"): one fights it, not vaccinates against it."""
    senses = _senses(noun)[:1]
    return bool(senses) and senses[0].file == "noun.state" and not is_disease(noun.text)


def _living(noun) -> bool:
    """People or animals, by WordNet's first sense."""
    senses = _senses(noun)[:1]
    return bool(senses) and senses[0].file in {"noun.person", "noun.animal"}


def _honoured_with(have, obj, noun, cls, cues):
    """"At a ceremony the king had 40 nurses with a medal": people "with" an honour at the occasion
    it was given at; without one, they are people who hold it."""
    if not _a_person(noun, cls) or not _at_an_occasion(cues):
        return None  # "has three professors with a Nobel Prize", "had two athletes with a medal last year": who won it
    for prep in cues["preps"]:
        pobj = _pobj(prep)
        if prep.lower_ == "with" and pobj is not None and prep.head.i in {have.i, obj.i, noun.i} and _an_honour(pobj):
            return _phrase(prep), REWARDED, "", "'{}' is an honour given to them, which 'have' cannot say"
    return None


def _at_an_occasion(cues) -> bool:
    """"at a ceremony", "during the celebrations": an act, an event or a gathering that dates what was done at it."""
    return any(p.lower_ in {"at", "during"} and (pobj := _pobj(p)) is not None and (_an_occasion(pobj) or any(
        s.file in {"noun.act", "noun.event"} for s in _senses(pobj)[:2])) for p in cues["preps"])


def _an_honour(noun) -> bool:
    """An award, honour or decoration, in one of WordNet's first three senses ("a medal", "the prize")."""
    return any(_sense_kinds(sense) & _HONOURS for sense in _senses(noun)[:3])


def _manner(have, obj, noun, cls, cues):
    """How an act was done, which possession has no way of: "by statute" (a legal document),
    "section by section", "by dredging the channel" (a means), "using satellites" (an
    instrument). Not for what WordNet knows as a state, a quality or an idea ("has powers by statute")."""
    senses = _senses(noun)[:1]
    if not senses or noun.tag_ == "CD":
        return None
    means = _means(have, noun, cues)
    if _measurable(noun):  # "has the depth of its harbour by dredging …"; not "have access by having hospitals"
        definite = any(c.dep_ == "poss" or c.lower_ in {"the", "its", "their", "our"} for c in noun.children)
        return _acted(means, CHANGE) if means is not None and definite else None
    if senses[0].file in _ABSTRACT_FILES:
        return None
    if means is not None:
        # "has the bridge by building …"; not "has a trustworthy government by supporting the people",
        # "have access by having public hospitals": how the State came to have it
        return _acted(means, cls) if cls is not None and cls.acted_on and not cls.owned else None
    for prep in cues["preps"]:
        pobj = _pobj(prep)
        if prep.lower_ != "by" or pobj is None or prep.i < noun.i or prep.head.i not in {have.i, obj.i, noun.i, pobj.i}:
            continue
        if not _determined(pobj) and "legal_document" in _kinds_first(pobj.text) and _a_person(noun, cls):
            return _acted(prep, cls)  # "had 2,000 detainees by statute", not "has the land by treaty"
        if lemma(pobj.text) == lemma(prep.head.text):
            return _acted(prep.head, cls)  # "section by section", "step by step"
    using = next((c for c in (*have.children, *obj.children) if c.dep_ in {"advcl", "acl"} and c.lower_ == "using"
                  and c.i > noun.i and any(d.dep_ == "dobj" for d in c.children)), None)
    if using is None or _counted(noun) or (using.head.i == obj.i and senses[0].file not in _NATURAL_FILES):
        return None  # "has 30 schools using solar power": the schools use it
    return _acted(using, cls)


def _means(have, noun, cues):
    """"by dredging the channel": a gerund after "by" on "have", the means of an act."""
    return next((p for p in cues["preps"] if p.lower_ == "by" and p.head.i == have.i and p.i > noun.i and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children)), None)


def _measurable(noun) -> bool:
    """An amount or a quality ("capacity", "the price"), by WordNet's first sense: a means changes it."""
    senses = _senses(noun)[:1]
    return bool(senses) and senses[0].file in _MEASURABLE_FILES


def _sense_kinds(sense) -> set[str]:
    """The words of a WordNet sense and of its hypernyms, eight levels up."""
    lexicon = wordnet()
    return {*sense.words, *(w for a in lexicon.ancestors(sense, 8) for w in a.words)} if lexicon is not None else set()


def _acted(phrase_head, cls):
    return (_phrase(phrase_head), cls or UNCLASSED, "", "'{}' tells how an act was done, which 'have' cannot say")


def _moved_by_a_length_of_time(have, obj, noun, cues):
    """"had the licence of the plant by five years": a term or a date moved by a counted length of
    time. Not a margin ("the oldest parliament by two centuries") nor an age."""
    if any(c.tag_ in {"JJS", "JJR", "RBS"} for c in noun.children) or _living(noun):
        return None
    for prep in cues["preps"]:
        pobj = _pobj(prep)
        if prep.lower_ == "by" and prep.head.i in {have.i, obj.i, noun.i} and prep.i > noun.i and pobj is not None \
                and pobj.lower_.rstrip("s") in _TIME_NOUNS and _counted(pobj):
            return _phrase(prep), RESCHEDULED, "", "'{}' is how long a term was moved, which 'have' cannot say"
    return None


def _second_object(obj, noun):
    """(recipient, thing given) when "have" has the two objects of a verb of giving: "had Zambia
    1.3 billion dollars" (two objects, or a count in apposition, with no comma between), "has a
    million Ukrainians temporary protection" (people counted before an act or state they were
    given). "Have" takes one object only."""
    after = (c for c in (*obj.head.children, *obj.children) if c.i > obj.i and (
        c.dep_ == "dobj" and c.tag_ in {"NN", "NNS"} or c.dep_ == "appos" and (
            c.tag_ == "CD" or any(d.dep_ == "nummod" for d in c.children) or _an_amount_of_money(c))))
    second = next(after, None)
    if second is not None and not any(t.is_punct or t.text[-1] in "-–—" for t in obj.doc[obj.i : second.left_edge.i]) and (
            obj.tag_ in {"NNP", "NNPS"} or _counted(obj) and _agents(obj) and _an_amount_of_money(second) and _for_a_deed(
                (*obj.head.children, *obj.children), second)):
        return obj, second  # "had Zambia 1.3 billion dollars", "had two airlines 8 million dollars for sharing fares"
    for child in noun.children:
        if child.dep_ in {"nmod", "compound"} and child.i < noun.i and child.tag_ in {"NNS", "NNPS"} and any(
                c.dep_ == "nummod" for c in child.children) and _people(child) \
                and not any(t.is_punct for t in noun.doc[child.i + 1 : noun.i]):  # "institutions-- a few schools"
            senses = _senses(noun)
            if senses and senses[0].file in {"noun.act", "noun.state", "noun.possession", "noun.attribute",
                                             "noun.communication"}:
                return child, noun
    return None


def _given_context(given, cues) -> str:
    """Money given "for" a deed (a gerund or an offence: "… 8 million dollars for sharing fares") is a
    fine; other money is lent or granted."""
    if not _money(_head_noun(given) or given):
        return ""
    return "penalty" if _for_a_deed(cues["preps"], given) else "money"


def _for_a_deed(preps, given) -> bool:
    """A "for" phrase after what was given that names a deed: a gerund ("for sharing fares") or an offence."""
    return any(prep.lower_ == "for" and prep.i > given.i and (any(t.tag_ == "VBG" for t in prep.subtree) or (
        (pobj := _pobj(prep)) is not None and lemma(pobj.text) in OFFENCES)) for prep in preps)


def _shares_the_auxiliary(have):
    """A past tense coordinated with present "has" and no subject or auxiliary of its own ("Germany
    has a million asylum seekers and integrated many of them"): "has" is the auxiliary of both
    verbs, so the first one is missing ("has received … and integrated")."""
    return next((c for c in have.children if c.dep_ == "conj" and c.tag_ in {"VBD", "VBN"} and not any(
        d.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for d in c.children)), None)


def _moved(span, cls, movement):
    """The finding for a phrase that moves the object or brings it to a level (`_movement`), or None."""
    if movement is None:
        return None
    phrase, context, kind = movement
    if kind == "level":
        return (*span, CHANGE, "to", f"'{phrase}' is a level the object was brought to, which 'have' cannot do")
    if kind == "state":
        return (*span, PUT_IN_A_STATE, "", f"'{phrase}' is a state the object was put in, which 'have' cannot do")
    if kind == "resettled":
        return (*span, _PEOPLE, context, f"'{phrase}' shows a movement that 'have' cannot make")
    if kind == "taught":
        taught = cls if context in cls.verbs else _PEOPLE
        return (*span, taught, context, f"'{phrase}' is what they were taught, which 'have' cannot say")
    if kind == "change":
        return (*span, CHANGE, context, f"'{phrase}' joins two values of one quantity, which only a change can do")
    if kind == "text":
        return (*span, TEXT, context, _TEXT_REASONS[context].format(phrase))
    return (*span, cls, context, f"'{phrase}' shows a movement that 'have' cannot make")


_CONTRABAND, _OFFENDER, _PEOPLE = (next(c for c in CLASSES if c.name == name) for name in ("contraband", "offender", "people"))


def _in_a_state(prep) -> bool:
    """ "in custody", "under quarantine", "in its possession": a preposition whose object WordNet
    first knows as a state, or as possession."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.dep_ != "prep" or prep.lower_ not in {"in", "under"} or pobj is None:
        return False
    senses = noun_senses(pobj.lower_)
    return bool(senses) and (senses[0].file == "noun.state" or "possession" in senses[0].words)  # "in its possession"


def _subject(verb):
    """The verb's subject, or that of the verb it is coordinated with ("… and has …")."""
    for candidate in (verb, verb.head if verb.dep_ == "conj" else None):
        if candidate is None:
            continue
        subject = next((c for c in candidate.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
    return None


def _head_noun(obj):
    """The noun an object names, through quantities and measures ("12 tonnes of ivory")."""
    noun = obj
    for _ in range(3):
        if lemma(noun.text) not in MEASURES and noun.tag_ not in {"CD", "JJS", "DT", "JJ"}:
            break
        complement = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        pobj = next((c for c in complement.children if c.dep_ == "pobj"), None) if complement else None
        if pobj is None:
            break
        noun = pobj
    if noun.tag_ == "CD" and any(t.tag_ == "$" for t in noun.subtree):
        return noun  # "$45 million": an amount of money
    return noun if noun.tag_ in {"NN", "NNS", "NNP", "NNPS"} else None


def _counted(noun) -> bool:
    """A noun counted by a number ("12,000 asylum claims"): things, not the idiom "have a claim"."""
    return any(c.dep_ == "nummod" and c.tag_ == "CD" for c in noun.children)


def _compared(noun) -> bool:
    """An object measured against another time, not counted ("few nurses", "fewer patients"):
    with a period it states a shortage, not what was done ("has fewer patients since 2019")."""
    return any(c.dep_ in {"amod", "det"} and c.lower_ in _COMPARED for c in noun.children)


def _is_place(subject) -> bool:
    """A country or a place: "Jordan has two camps" is possession, whatever follows."""
    name = " ".join(t.text for t in subject.subtree if t.i <= subject.i and t.dep_ != "det")
    return bool(delegation.canonical_country(name) or delegation.canonical_country(subject.text)
                or subject.lower_ in _PLACE_NOUNS or subject.lower_.rstrip("s") in _PLACE_NOUNS or _named_place(subject))


def _inhabitants(noun) -> bool:
    """People WordNet first knows as those who live in a place ("residents", "occupants", "villagers")."""
    lexicon, senses = wordnet(), noun_senses(noun.text)[:1]
    return lexicon is not None and bool(senses) and any(
        "inhabitant" in (*sense.words,) for sense in (senses[0], *lexicon.ancestors(senses[0], 2)))


def _first_a_thing(subject) -> bool:
    """A common noun WordNet first knows as a made or natural thing or a place ("the camp", "the island")."""
    senses = noun_senses(subject.text)[:1] if subject.tag_ in {"NN", "NNS"} else []
    return bool(senses) and senses[0].file in {"noun.artifact", "noun.object", "noun.location"}


def _named_place(subject) -> bool:
    """A name WordNet first knows as a place ("Kisumu", "Mombasa"), not a body named after one."""
    if subject.tag_ != "NNP" or any(c.dep_ == "compound" for c in subject.children):
        return False
    senses = noun_senses(subject.text)[:1]
    return bool(senses) and senses[0].file == "noun.location"


def _can_act(subject) -> bool:
    """Whether the subject may be an agent: not a common noun that WordNet knows only as a thing,
    a text or an idea ("the treaty", "the plan"), whose "has … since 2005" is a state."""
    if subject.tag_ not in {"NN", "NNS"}:
        return True
    senses = noun_senses(subject.text)
    return not senses or any(s.file in {"noun.person", "noun.group"} for s in senses)


def _within_clause(token, have):
    """True when `token` hangs from `have` through nouns and prepositions only, not another verb."""
    while token.i != have.i:
        token = token.head
        if token.i != have.i and (token.tag_ in _VERB_TAGS or token.dep_ in {"relcl", "acl", "advcl"}):
            return False
        if token.head.i == token.i:
            return token.i == have.i
    return True


def _cues(have, obj, noun):
    """What the clause of `have` says besides the object: adverbs, prepositions, time phrases."""
    cues = {"adverbs": [], "period": None, "window": None, "year": False, "time": None, "deadline": None, "change": None,
            "preps": [], "for_people": None, "in_connection": False, "offence": None, "by": False,
            "completion": None}
    doc = have.doc
    clause = [t for t in doc if t.i != have.i and _within_clause(t, have)]
    cues["clause"] = clause
    for token in clause:
        if _between_have_and_object(token, have, obj) and token.lower_ not in _NEUTRAL_ADVERBS and token.tag_ == "RB":
            cues["adverbs"].append(token.text)
        if (token.dep_ in {"prep", "dative"} or (
                token.dep_ in {"advmod", "prt"} and token.lower_ in {"back", "off", "out", "home"})) \
                and (token.i > have.i or token.head.i == have.i):  # not "access to care" in "As a result of …,"
            cues["preps"].append(token)
        if token.lower_.endswith("fold") and len(token) > 4 and not obj.left_edge.i <= token.i <= obj.i:
            cues["change"] = token.text  # "has its capacity twentyfold", not "has a threefold plan"
        if token.lower_ in {"far", "date"} and token.i > 0 and token.nbor(-1).lower_ in {"so", "thus", "to"}:
            cues["time"] = f"{token.nbor(-1).text} {token.text}"  # "so far", "to date": a state may hold so far
    for prep in cues["preps"]:
        word = prep.lower_
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        period = _period(prep)
        if period is not None:
            cues["time"] = cues["period"] = period
            continue
        if pobj is None:
            continue
        timed = pobj.lower_.rstrip("s") in _TIME_NOUNS
        if word == "within" and timed and any(c.tag_ == "CD" for c in pobj.children):
            cues["window"] = _phrase(prep)  # of completion ("within 18 months") or of a plan ("… a vote within a month")
        if _YEAR.match(pobj.text) and word in {"in", "during"}:
            cues["year"] = True
            cues["time"] = f"{prep.text} {pobj.text}"
        elif word == "by" and prep.head.i == have.i and (timed or _YEAR.match(pobj.text) or pobj.lower_ in {
                "end", "time"} | _MONTHS):
            cues["deadline"] = _phrase(prep)
        elif word == "by" and prep.head.i in {have.i, noun.i} and _by_a_measure(prep):
            cues["change"] = _phrase(prep)
        elif word in _EVENT_TIME_PREPS and prep.head.i == have.i:
            cues["time"] = _phrase(prep) if word != "during" else cues["time"]
        elif word in {"in", "during"} and (object_class(pobj.text) or UNCLASSED).name == "held":
            cues["time"] = _phrase(prep)
        if word in {"against", "with"} and prep.head.i in {noun.i, have.i, obj.i}:
            if word == "against" and not _a_plain_state(pobj) or (
                    object_class(pobj.text) or UNCLASSED).name in {"supplies", "money"}:
                cues["for_people"] = word  # "against measles", not "against poverty"
        if word == "for" and lemma(pobj.text) in OFFENCES:
            cues["offence"] = pobj.text
        if word == "by" and prep.head.i == noun.i:
            cues["by"] = True
        if word == "in" and pobj.lower_ == "connection":
            cues["in_connection"] = True
    for token in clause:
        if token.dep_ == "npadvmod" and token.lower_.rstrip("s") in _TIME_NOUNS and token.head.i in {have.i, obj.i, noun.i}:
            if any(c.lower_ in {"this", "last", "past"} for c in token.children):
                cues["time"] = _phrase(token)
        if token.lower_ == "ago":
            cues["time"] = cues["time"] or token.text
        if token.i > noun.i and _closes_the_clause(token) and (token.lower_ in _COMPLETION_ADVERBS or (
                token.lower_ == "good" and token.dep_ == "pobj" and token.nbor(-1).lower_ == "for")) \
                and token.head.i in {have.i, obj.i, noun.i, token.nbor(-1).i}:
            cues["completion"] = token.text if token.lower_ != "good" else "for good"
    for clause_verb in have.children:
        if clause_verb.dep_ == "advcl" and clause_verb.tag_ == "VBD" and any(
                c.dep_ == "mark" and c.lower_ == "since" for c in clause_verb.children):
            cues["time"] = _phrase(clause_verb)  # "since the outbreak began"
    for verb in _infinitives(have, obj):
        period = next(filter(None, (_period(c) for c in verb.children if c.dep_ == "prep")), None)
        if period is not None:
            cues["time"] = cues["period"] = period
    if any(c.lower_ == "still" and c.i < have.i for c in have.children):
        cues.update(time=None, period=None, year=False)  # "here in 2016 … still has 115 million children": now, not done
    return cues


def _closes_the_clause(token) -> bool:
    """The last word before a comma, a conjunction or the full stop."""
    after = token.i + 1
    return after == len(token.doc) or token.doc[after].is_punct or token.doc[after].tag_ == "CC"


def _by_a_measure(prep) -> bool:
    """"by half", "by more than half", "by about a third", "by 40 percent": the size of a change;
    not a share of people who act ("signatures by 20% of the committee")."""
    for token in prep.doc[prep.i + 1 : prep.i + 6]:
        if token.lower_ in _FRACTIONS or token.lower_ in {"percent", "per"} or token.lower_.endswith("%"):
            after = prep.doc[token.i + 1 : token.i + 4] if token.lower_ != "per" else prep.doc[token.i + 2 : token.i + 5]
            return not (after and after[0].lower_ == "of" and any(_person_or_body(t) for t in after[1:]))
        if token.lower_ not in _APPROXIMATE and token.tag_ != "CD":
            return False
    return False


def _period(prep) -> str | None:
    """A period up to now, which "has" alone cannot last over: "since 2019", "over the past decade"."""
    if prep.lower_ == "since":
        return _phrase(prep)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_.rstrip("s") not in _TIME_NOUNS:
        return None
    if prep.lower_ in {"in", "over", "during", "within"} and any(c.lower_ in {"past", "last"} for c in pobj.children):
        return _phrase(prep)
    return None


def _phrase(token) -> str:
    """The text of the phrase `token` heads ("since the outbreak began", "over the past decade")."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text


def _infinitives(have, obj):
    """To-infinitives that hang from `have` or its object ("laws to protect journalists"): an
    infinitive has no tense, so a past period inside one dates the verb "have" stands for."""
    for verb in (*have.children, *obj.children):
        if verb.dep_ in {"advcl", "acl", "relcl"} and verb.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            yield verb


def _between_have_and_object(adverb, have, obj) -> bool:
    """An adverb after `have` and before its object, even one parsed into the object's count
    ("had already over 800,000 residents") or, after a negation, hung on it or on the object ("has
    not yet the treaty")."""
    if adverb.dep_ != "advmod" or not have.i < adverb.i <= obj.left_edge.i:
        return False
    not_yet = adverb.lower_ == "yet" and any(c.dep_ == "neg" for c in have.children)  # not "do not have as much"
    return adverb.head.i == have.i or (adverb.i == obj.left_edge.i and (adverb.head.tag_ == "CD" or not_yet)) \
        or (adverb.head.dep_ == "neg" and adverb.head.head.i == have.i)


def _direction(cues, cls):
    """A direction that moves the object ("to remote districts", "from the rubble"), or None."""
    for prep in cues["preps"]:
        word = prep.lower_
        if word not in _DIRECTIONS or ((pobj := _pobj(prep)) is not None and not _a_goal(pobj)):
            continue  # "its budget into the next decade": a time, not a place
        if word == "to" and (prep.nbor(1).lower_ == "date" or (
                (pobj := _pobj(prep)) is not None and ("compass_point" in _kinds(pobj.text, 3) or _an_occasion(pobj)))):
            continue  # "to date": a time; "to the east of the dam": where; "to dinner": a guest, not whither
        if word == "to" and prep.nbor(1).tag_ == "VB":
            continue  # an infinitive: "powers to search cargo", "bigger fish to fry"
        if cls is None or cls.name in {"instrument", "decision", "sanction"} or (
                cls is MONEY and _named_after_a_transfer(prep.head)):
            continue  # "a commitment to", "a treaty with", "loans to Greece": the preposition belongs to the noun
        if word in {"from", "off", "out"} and (not cls.acted_on or cls.owned):
            continue  # "members from each region", "staff from 40 countries": origin, not movement
        if word == "from" and _origin(prep):
            continue  # "refugees from Syria", "patients from all over the region", "hostages from the attack"
        if word == "through" and cls.name != "vehicle":
            continue
        if word in {"from", "to"} and any(t.lower_ in _RANGING for t in prep.doc[: prep.i]):
            continue  # "37 missions, ranging from offices in Africa to …": a range, not a movement
        if word in _MOTION_PARTICLES and not _moves_on(prep):
            continue  # "children out of school", "ships back in port": where they are
        return word
    return None


def _movement(have, obj, noun, cls, cues):
    """(phrase, context, kind) for a phrase that "have" in its sense of possession cannot
    take, whoever the subject: a particle of motion with its goal or source ("back to Russia",
    "out of the reserve"), "into" a state ("had its goal into law"), "to" a level ("to 98%"), or
    "to" someone or somewhere for a thing or person one can hand over ("500 million euros to the
    Fund"). A phrase that completes a noun ("access to", "insight into", "a railway to the port"),
    a place beside ("Iraq to its east"), a ratio ("to every 3,000") or a rate ("a year") is none."""
    attached = {have.i, obj.i, noun.i}
    source = next((p for p in cues["preps"] if p.lower_ == "from" and p.i > noun.i and p.head.i in attached), None)
    for prep in cues["preps"]:
        if prep.head.i not in attached or prep.i < obj.i:
            continue  # "To date, the coalition has 40 members": not after the object
        word, pobj = prep.lower_, _pobj(prep)
        if word == "into" and source is not None and source.i < prep.i and pobj is not None and _determined(pobj) \
                and _a_goal(pobj) and not _a_route(noun):
            return prep.doc[source.i : prep.right_edge.i + 1].text, word, "motion"  # "from card indexes into an archive"
        if word == "into" and pobj is not None and _is_text(noun, cls) and _goal_kind(have) == "language":
            return _phrase(prep), word, "motion"  # "the labour code into Portuguese": translated
        if word == "in" and _taught(prep) and _a_person(noun, cls) and "expert" not in _kinds_first(lemma(noun.text)):
            return _phrase(prep), "skill", "taught"  # "3,000 civil servants in how to spot phishing": trained
        if word in _MOTION_PARTICLES:
            if _moves_on(prep):
                return _phrase(prep), "back" if word == "home" else word, "motion"
        elif word in {"into", "onto"} and pobj is not None:
            own = prep.head.i == have.i or any(c.dep_ == "poss" for c in obj.children)  # "its code into force"
            if own and pobj.tag_ == "NN" and not _determined(pobj):
                return _phrase(prep), word, "state"  # "into law", "into force": the state it was put in
            if _carried(noun, cls) and not _rate(have) and _a_goal(pobj):
                return _phrase(prep), word, "motion"
        elif word == "to" and prep.head.i in {have.i, noun.i} and _a_level(prep, obj, on_the_object=prep.head.i == noun.i):
            return _phrase(prep), "to", "level"  # "its rice output to more than one million tonnes"
        elif word == "to" and pobj is not None and prep.nbor(-1).lower_ not in _BOUND_BEFORE_TO:
            if any(t.lower_ in {"%", "percent"} for t in pobj.subtree) or _no_amount(prep.nbor(1)):
                return _phrase(prep), "to", "level"
            goods = _carried_measure(obj, noun) or (_carried(noun, cls) and not _a_person(noun, cls) and not any(
                s.file == "noun.animal" for s in _senses(noun)[:1]))  # storks and tourists move themselves
            if (_carried(noun, cls) or goods) and not _beside_or_per(pobj) and not _an_occasion(pobj) and (
                    not _rate(have) or (goods and _can_act(_subject(have)))):
                return _phrase(prep), "to", "motion"  # a rate of people arriving, but of goods sent
            if _settlement(noun) and _a_place(pobj) and not _beside_or_per(pobj):
                return _phrase(prep), "to", "resettled"  # "two coastal villages to higher ground": moved
    return None


def _a_level(prep, obj, on_the_object: bool) -> bool:
    """A number of a unit of measure or of time after "to" ("to more than one million tonnes", "to
    under four hours"), when the object is a quantity of its own ("its rice output", "the travel
    time"): the level it was brought to. Not a count of things ("its ties to 40 countries"), nor what
    the object itself takes: on the object, only a measure is a level ("its exports to 40,000
    tonnes"), not a time ("the right to 200 hours of legal aid")."""
    own = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
    unit = next((t for t in prep.subtree if t.tag_ == "CD" and not _YEAR.match(t.text)), None)
    while unit is not None and unit.tag_ == "CD" and unit.head.i != unit.i:
        unit = unit.head  # "one million tonnes": the unit after the number's words
    senses = _senses(unit)[:1] if unit is not None and unit.pos_ == "NOUN" else []
    return own and bool(senses) and senses[0].file in ({"noun.quantity"} if on_the_object else {"noun.quantity", "noun.time"})


def _no_amount(word) -> bool:
    """A word WordNet first knows as an amount that is no number ("nil", "nothing"): a level reached."""
    senses = noun_senses(word.text)[:1] if word.tag_ in {"CD", "NN"} and word.is_alpha else ()
    return bool(senses) and senses[0].file == "noun.quantity" and "number" not in _kinds_first(word.text)


def _a_goal(noun) -> bool:
    """Somewhere a thing can be put, not a time or an amount ("into the next decade", "into the millions")."""
    senses = _senses(noun)[:1]
    return noun.tag_ != "CD" and not (senses and senses[0].file in {"noun.time", "noun.quantity"})


def _a_route(noun) -> bool:
    """A thing built between places ("a pipeline", "a railway"), which runs from one into another:
    an artifact among its first senses in WordNet that is a way, a conduit or a line."""
    return any(sense.file == "noun.artifact" and _sense_kinds(sense) & _FIXED_OR_ROUTE for sense in _senses(noun)[:3])


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _an_occasion(noun) -> bool:
    """A meal or a gathering ("to lunch", "to a reception"): where guests are had, not sent."""
    return bool(_kinds(noun.text, 8) & _OCCASIONS)


_TEXT_REASONS = {
    "to": "'{}' hands the text to a body or person, which 'have' cannot do",
    "decided": "'{}' is how a body decides on a text, which 'have' cannot say",
    "read": "'{}' tells how the text was read, which 'have' cannot say",
    "jointly": "'{}' names those the text was drafted with, which 'have' cannot say",
    "": "'{}' names those the text was introduced for, which 'have' cannot say",
}


def _text_action(have, obj, noun, cls, cues):
    """(phrase, context, "text") for a text or case that a phrase shows was handed over, decided
    on, read, or drafted with others: "to the Council" (a body or person, with a completed time:
    "its annual report to the Assembly" may still be due), "by consensus",
    "with great concern", "carefully", "together with Mexico", "on behalf of the Group of 77"."""
    subject = _subject(have)
    if not _is_text(noun, cls) or subject is None or not _can_act(subject):
        return None  # "the bill had its second reading with a large majority": a text does not act
    within = {t.i for t in obj.subtree} | {have.i}
    for prep in cues["preps"]:
        word, pobj = prep.lower_, _pobj(prep)
        if pobj is None or prep.i < noun.i or prep.head.i not in within:
            continue
        if word == "to" and _on_the_text(prep, have, obj, noun) and _dated(cues) and _recipient(pobj):
            return _phrase(prep), "to", "text"
        if word in {"by", "with"} and lemma(pobj.text) in _DECIDING and (
                pobj.lower_ != "vote" or any(c.lower_ == "unanimous" for c in pobj.children)):  # not "with one vote each"
            return _phrase(prep), "decided", "text"
        if word == "with" and (prep.nbor(-1).lower_ == "together" or any(c.lower_ == "together" for c in prep.children)):
            return _phrase(prep), "jointly", "text"
        if word == "with" and not any(c.dep_ == "det" for c in pobj.children) and _kinds_first(pobj.text) & _STATES_OF_MIND:
            return _phrase(prep), "read", "text"
        if word == "on" and pobj.lower_ == "behalf" and prep.head.i in {have.i, obj.i, noun.i}:
            return _phrase(prep), "", "text"
    adverb = next((c for c in have.children if c.dep_ == "advmod" and c.tag_ == "RB" and c.i > obj.i
                   and c.lower_.endswith("ly") and c.lower_ not in _NEUTRAL_ADVERBS), None)
    if adverb is not None and (adverb.i + 1 == len(adverb.doc) or adverb.nbor(1).is_punct or adverb.nbor(1).tag_ == "CC"):
        return adverb.text, "read", "text"  # "has the proposals carefully": how it was read
    return None


def _on_the_text(prep, have, obj, noun) -> bool:
    """A phrase on "have", on the text, or on the noun of the text's own complement ("its plan for
    a floating city to investors"), unless that noun takes the phrase itself ("access to")."""
    head = prep.head
    if head.i in {have.i, obj.i, noun.i}:
        return True
    return head.dep_ == "pobj" and head.head.head.i == noun.i and not is_idiom(head.text)


def _is_text(noun, cls) -> bool:
    """A text or case one drafts, hands over or decides on ("report", "draft resolution", "bill",
    "plan", a lawsuit): an instrument or decision in the verb–object table, or a noun whose first
    first WordNet sense is a communication or whose first three make it a document, a writing, a
    plan or a legal proceeding ("review")."""
    if cls is not None and cls.name in {"instrument", "decision"}:
        return True
    if cls is not None or noun.tag_ in {"CD", "NNP", "NNPS"} and not noun_senses(noun.text):
        return False
    senses = noun_senses(noun.text)[:1]
    return any(s.file == "noun.communication" for s in senses) or bool(
        _kinds(noun.text, 8) & {"document", "writing", "plan", "proceeding"})


def _recipient(pobj) -> bool:
    """A body or person one hands a text to ("the Council", "the public prosecutor", "investors"),
    not a country, a place, a time or another text ("an amendment to the Charter")."""
    if delegation.canonical_country(pobj.text) or pobj.lower_.rstrip("s") in _TIME_NOUNS:
        return False
    senses = _senses(pobj)
    if any(s.file == "noun.communication" for s in senses[:3]):
        return False
    if pobj.tag_ in {"NNP", "NNPS"}:  # "the UNFCCC", "the General Assembly": a named body
        return not senses or any(s.file in {"noun.group", "noun.person"} for s in senses)
    return bool(senses) and senses[0].file in {"noun.group", "noun.person"}


def _taught(prep) -> bool:
    """ "in how to spot phishing": a skill, as a "how to" infinitive after "in"."""
    return any(c.dep_ == "pcomp" and any(w.tag_ == "WRB" for w in c.children)
               and any(w.dep_ == "aux" and w.lower_ == "to" for w in c.children) for c in prep.children)


def _people(noun) -> bool:
    """A plural that names people: in the verb–object table, or a person in one of its first three
    senses in WordNet ("Ukrainians": the language is no plural)."""
    cls = object_class(noun.text)
    if cls is not None:
        return _a_person(noun, cls)
    singular = lemma(noun.text)
    if noun.text[:1].isupper():
        singular = noun.text[:1] + singular[1:]  # "Ukrainians" → "Ukrainian"
        lexicon = wordnet()
        if noun.tag_ in {"NNS", "NNPS"} and lexicon is not None and any(
                delegation.canonical_country(name.replace("_", " ")) for name in lexicon.pertains_to(singular)):
            return True  # counted in the plural, the people of a country: WordNet knows "Ukrainian" as a language
    return any(s.file == "noun.person" for s in noun_senses(singular)[:3])


def _an_amount_of_money(noun) -> bool:
    """"a total of 12 million dollars", "$3 million": a measure of money, or a sum."""
    amount = _head_noun(noun)
    return amount is not None and amount.i != noun.i and _money(amount)


def _money(noun) -> bool:
    """A sum ("$3 million") or a unit of money ("dollars", "kroner")."""
    return noun.tag_ == "CD" or _currency(noun) or object_class(noun.text) is MONEY


def _agents(noun) -> bool:
    """People, or groups WordNet first knows as such (firms, banks, clubs): who can be given or fined."""
    senses = _senses(noun)[:1]
    return bool(senses) and senses[0].file in {"noun.person", "noun.group"}


def _a_person(noun, cls) -> bool:
    """People in the verb–object table, or a noun WordNet first knows as a person."""
    if cls is not None:
        return cls.name in {"people", "staff", "displaced", "patient", "captive", "offender"}
    senses = _senses(noun)
    return bool(senses) and senses[0].file == "noun.person"


def _settlement(noun) -> bool:
    """A village or community, which WordNet first knows as a group of people: moved as they are."""
    senses = _senses(noun)
    return bool(senses) and senses[0].file == "noun.group" and "community" in _kinds_first(lemma(noun.text))


def _a_place(noun) -> bool:
    """A common noun for land or a site ("higher ground", "a new site"), not a body or a text."""
    senses = _senses(noun)[:2]
    return noun.tag_ in {"NN", "NNS"} and bool(senses) and senses[0].file != "noun.group" and any(
        s.file in {"noun.object", "noun.location"} for s in senses)


def _currency(noun) -> bool:
    """A unit of money WordNet knows that the verb–object table lacks ("kroner", "dinars")."""
    return object_class(noun.text) is None and "monetary_unit" in _kinds(noun.text, 8)


def _a_holding(noun) -> bool:
    """A noun WordNet first knows as a possession or a quality ("a budget", "a majority"): what a
    body holds, not what it made."""
    senses = _senses(noun)[:1]
    return bool(senses) and senses[0].file in {"noun.possession", "noun.attribute"}


def _funds(noun) -> bool:
    """Money a body holds ("revenue", "savings", "its budget"), which WordNet first knows as assets or money."""
    senses = _senses(noun)[:1]
    return object_class(noun.text) is None and bool(senses) and senses[0].file == "noun.possession" and bool(
        _kinds_first(lemma(noun.text)) & {"assets", "money", "payment"})


def _senses(noun):
    """A noun's WordNet senses, a plural read as its singular ("fields" is not W. C. Fields)."""
    if noun.tag_ == "NNS":
        return noun_senses(lemma(noun.text)) or noun_senses(noun.text)  # "midwives": WordNet's own plural
    return noun_senses(noun.text)


def _to_a_body(cues) -> bool:
    """A "to" phrase whose goal is a body or person ("to court", "to the prosecutor"), not a place."""
    return any(p.lower_ == "to" and (pobj := _pobj(p)) is not None and pobj.tag_ in {"NN", "NNS"} and _recipient(pobj)
               for p in cues["preps"])


def _dated(cues) -> bool:
    """A completed time in the clause: a year, "since …", "last week", "this morning", "had … in March"."""
    if any(cues[key] for key in ("time", "period", "year", "deadline", "window")):
        return True
    for prep in cues["preps"]:
        pobj = _pobj(prep)
        if prep.lower_ in {"in", "on"} and pobj is not None and pobj.lower_ in _MONTHS and prep.head.tag_ == "VBD":
            return True  # "had … in March", not "has its report due in June"
    return any(t.dep_ == "npadvmod" and t.lower_ in _DAY_PARTS | _MONTHS and any(
        c.lower_ in {"this", "last", "yesterday"} for c in t.children) for t in cues["clause"])


def _kinds_first(word: str) -> set[str]:
    """The hypernym words of a noun's first sense in WordNet."""
    lexicon = wordnet()
    senses = noun_senses(word)
    if lexicon is None or not senses:
        return set()
    return {kind for ancestor in lexicon.ancestors(senses[0], 8) for kind in ancestor.words}


def _change_between(have, obj, noun, cues):
    """(phrase, "down" or "up", "change") for "its debt from 90% of GDP to about 70%": two
    values of one quantity, which only a change joins. A plural without a possessive and a
    time may be a range ("poverty rates from 4% in the cities to 20% in the mountains")."""
    own = any(c.dep_ == "poss" for c in obj.children) or (
        lemma(obj.text) in _ONE_QUANTITY and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children))
    if not own and not (noun.tag_ == "NN" and _dated(cues)):
        return None
    senses = noun_senses(noun.text)
    if senses and senses[0].file in {"noun.act", "noun.event"}:
        return None  # "its elections from 1 to 3 March": when an event takes place
    for prep in cues["preps"]:
        if prep.lower_ != "from" or prep.head.i not in {have.i, obj.i, noun.i} or prep.i < noun.i:
            continue
        goal = next((p for p in (*prep.children, *prep.head.children)
                     if p.dep_ == "prep" and p.lower_ == "to" and p.i > prep.i), None)
        if any(t.lower_ in _MONTHS or t.lower_.rstrip("s") in _TIME_NOUNS | _DAY_PARTS for t in prep.subtree):
            continue  # "from 10 to 12 May", "from 18 to 65 years": dates and ages
        if goal is not None:
            start, end = _value(prep, {t.i for t in goal.subtree}), _value(goal, set())
            last = goal.right_edge.i
        else:  # "from 240 to 170 deaths": the parser joins the two numbers into one count
            joined = next((t for t in prep.subtree if t.lower_ == "to" and t.dep_ == "quantmod"), None)
            if joined is None:
                continue
            before = {t.i for t in prep.subtree if t.i <= joined.i}
            start, end = _value(prep, {t.i for t in prep.subtree} - before), _value(joined.head, before)
            last = prep.right_edge.i
        if start is None or end is None or start == end or any(_YEAR.match(f"{v:.0f}") for v in (start, end)):
            continue
        if any(t.lower_ in {"per", "each", "every", "a"} and t.nbor(1).tag_.startswith("NN")
               for t in prep.doc[prep.i : last + 3] if t.i + 1 < len(prep.doc)):
            continue  # "from three to six per household": a range, not a change
        phrase = prep.doc[prep.i : last + 1].text
        return phrase, "down" if end < start else "up", "change"
    return None


def _value(prep, skipped) -> float | None:
    """The first number in a phrase ("from about 145% of GDP" → 145), or None."""
    for token in prep.subtree:
        if token.i in skipped or token.tag_ != "CD":
            continue
        if token.lower_ in SMALL_NUMBERS:
            return float(SMALL_NUMBERS.index(token.lower_))  # "from three to six million"
        try:
            return float(token.text.replace(",", ""))
        except ValueError:
            return None
    return None




def _taken_from(have, obj, noun, cls, cues):
    """'from a cargo ship', 'from the river banks' after goods, animals or materials, with a
    completed time: the place a thing was taken from, which possession cannot name. Not what is
    owned ("staff", "fuel", "vessels" from wherever), nor an origin: a named place, a time, a body
    or people ("vaccines from UNICEF", "rifles from the 1990s")."""
    if (cls is not None and (cls.owned or not cls.acted_on)) or not _dated(cues):
        return None
    senses = noun_senses(noun.text)[:2]
    if not any(s.file in _MATERIAL_FILES for s in senses) or _named_after_a_transfer(noun):
        return None
    for prep in cues["preps"]:
        pobj = _pobj(prep)
        if prep.lower_ != "from" or pobj is None or prep.head.i not in {have.i, obj.i, noun.i} or prep.i < noun.i:
            continue
        if pobj.tag_ in {"NNP", "NNPS"} or pobj.lower_.rstrip("s") in _TIME_NOUNS or _origin(prep) or any(
                c.tag_ == "PRP$" for c in pobj.children):
            continue  # "crops from their fields": what one's own land gives
        source = _senses(pobj)[:2]  # "the highland forests": a group of trees, then land
        if source and source[0].file != "noun.person" and any(s.file in _SOURCE_FILES for s in source):
            return _phrase(prep)
    return None


_RANGING = frozenset({"ranging", "range", "ranges", "ranged", "varying", "vary", "varies"})


def _origin(prep) -> bool:
    """A "from" phrase that says where someone or something comes from, not where it was taken
    from: a country, "all over …", an act or a time ("hostages from the attack", "rifles from the
    Soviet era")."""
    pobj = _pobj(prep)
    if pobj is None:
        return True  # "from all over the region": no place of its own
    name = " ".join(t.text for t in pobj.subtree if t.dep_ != "det")
    if delegation.canonical_country(name) or delegation.canonical_country(pobj.text):
        return True
    senses = noun_senses(pobj.text)
    return bool(senses) and senses[0].file in {"noun.act", "noun.time", "noun.event"}  # "the attack", "the Soviet era",
    # "their time in the rebel groups"


def _moves_on(particle) -> bool:
    """A particle of motion with its goal or source after it: "back to Russia", "out of the
    reserve", "out of the shelters … and into new homes", not "had its land back", "children out of school"
    (a state)."""
    goal = next((c for c in particle.children if c.dep_ in {"prep", "dative"}
                 and c.lower_ in _MOTION_PARTICLES[particle.lower_]), None)
    target = _pobj(goal) if goal is not None else None
    onward = any(c.dep_ == "conj" and c.lower_ in {"to", "into"} for c in particle.children)
    return target is not None and (particle.lower_ != "out" or _determined(target) or onward)


def _determined(noun) -> bool:
    """A noun that names a particular thing ("the reserve", "its shops", "Russia"), not a state ("school")."""
    return noun.tag_ in {"NNP", "NNPS"} or any(c.dep_ in {"det", "poss"} for c in noun.children)


def _carried(noun, cls) -> bool:
    """A person or a thing one can send or hand over (goods and money in the verb–object table,
    or WordNet's first sense: a person, an artifact, a substance, food, a sum of money), not one
    that stays put or runs between places, nor one named after its transfer ("exports to
    Morocco", "loans to Greece": the "to" completes the noun)."""
    if _named_after_a_transfer(noun):
        return False
    if noun.tag_ == "CD" or (cls is not None and cls.name in _CARRIED_CLASSES) or _funds(noun):
        return True  # "$45 million", "aid", "ammunition", "families", "its oil revenue"
    senses = noun_senses(noun.text)
    if senses and senses[0].file == "noun.group" and "military_unit" in _kinds_first(lemma(noun.text)):
        return True  # "three battalions": a unit is sent as its soldiers are
    if not senses or senses[0].file not in {"noun.person", "noun.artifact", "noun.substance", "noun.food", "noun.quantity",
                                            "noun.animal"}:
        return False
    kinds = _kinds(noun.text, 8)
    if senses[0].file == "noun.quantity":
        return "monetary_unit" in kinds
    return not kinds & _FIXED_OR_ROUTE


def _carried_measure(obj, noun) -> bool:
    """A measured amount of goods or material ("billions of cubic metres of gas", "a million packages
    of blood"): a measure picks out the noun's sense of a material, whichever WordNet lists first;
    or a container or load that is itself carried ("150 containers of plastic waste")."""
    if obj.i == noun.i or lemma(obj.text) not in MEASURES:
        return False
    if obj.tag_ in {"NN", "NNS"} and _carried(obj, None):
        return True
    return any(s.file in _MATERIAL_FILES - {"noun.animal"} for s in _senses(noun)[:3]) and not _kinds(
        noun.text, 8) & _FIXED_OR_ROUTE


def _named_after_a_transfer(noun) -> bool:
    """"exports", "loans": a noun WordNet derives from a verb of giving or taking."""
    lexicon = wordnet()
    verb = lexicon.lemma(noun_lemma(noun.text), "verb") if lexicon is not None else None
    if lexicon is None or verb is None:
        return False
    senses = lexicon.senses(verb, "verb")
    return bool(senses) and senses[0].file == "verb.possession" and noun_lemma(noun.text) in lexicon.derived_nouns(verb)


def _beside_or_per(pobj) -> bool:
    """"to its east", "to either side", "to every 3,000 inhabitants", "to date": where or per what, not whither."""
    if pobj.lower_.rstrip("s") in _TIME_NOUNS | {"date"} or any(c.dep_ in {"nummod", "det"} and (
            c.tag_ == "CD" or c.lower_ in {"every", "each", "either", "both"}) for c in pobj.children):
        return True
    return "compass_point" in _kinds(pobj.text, 3)


def _kinds(word: str, depth: int) -> set[str]:
    """The words of the hypernyms of a noun's first three senses in WordNet, `depth` levels up."""
    lexicon = wordnet()
    if lexicon is None:
        return set()
    return {kind for sense in noun_senses(word)[:3] for ancestor in lexicon.ancestors(sense, depth) for kind in ancestor.words}


def _rate(have) -> bool:
    """A rate on "have" ("each year", "a week", "annually"): a recurring flow one has, not one act."""
    for token in have.subtree:
        if token.dep_ == "npadvmod" and token.lower_.rstrip("s") in _TIME_NOUNS and any(
                c.lower_ in _RATE_WORDS for c in token.children):
            return True
        if token.lower_ in {"annually", "daily", "weekly", "monthly", "yearly"} and token.head.i == have.i:
            return True
    return False


def _context(cues, cls) -> str:
    """The context whose verbs fit best: a direction or preposition found, a time, or none."""
    direction = _direction(cues, cls) if cls is not UNCLASSED else next(
        (p.lower_ for p in cues["preps"] if p.lower_ in _DIRECTIONS), None)
    if cues["illicit"] and "illicit" in cls.verbs:
        return "illicit"
    if cues["by"] and "by" in cls.verbs:
        return "by"
    if not direction and "with" in cls.verbs and any(
            p.lower_ == "with" and (pobj := _pobj(p)) is not None and _senses(pobj)[:1]
            and _senses(pobj)[0].file == "noun.artifact" for p in cues["preps"]):
        return "with"  # "400 schools with rooftop solar panels": equipped
    return direction or cues["for_people"] or ("time" if cues["time"] or cues["period"] or cues["window"] else "")


def _kept(have, obj, cues) -> bool:
    """Where the object is kept or what it serves as ("on its agenda", "on display", "in a glass
    case", "as its reference text"): a phrase on "have" or the object that names a place, a thing
    or a text (not a time or an act: "in a referendum"), and no part of its name ("the Convention
    on Mercury")."""
    for prep in cues["preps"]:
        pobj = _pobj(prep)
        if pobj is None or prep.i < obj.i or prep.head.i not in {have.i, obj.i} or pobj.tag_ in {"NNP", "NNPS"}:
            continue
        if prep.lower_ == "as" or prep.lower_ in {"on", "in", "at", "under", "among"} and not _YEAR.match(pobj.text) and any(
                s.file in {"noun.artifact", "noun.location", "noun.communication"} for s in _senses(pobj)[:3]):
            return True
    return False


def _names_an_instrument(obj) -> bool:
    """"the Paris Agreement", "the Minamata Convention": a named treaty, not "a treaty"."""
    return obj.tag_ in {"NNP", "NNPS"} or obj.text[:1].isupper()


def _hit(document, offset, doc, have, start, end, verbs, reason):
    """A finding on "have … object", with the object's verbs inserted after "have" and its adverbs."""
    obj = next(t for t in have.children if t.dep_ == "dobj")
    first = obj.left_edge
    while first.tag_ == "RB" and first.i < obj.i:
        first = first.nbor()  # "have not yet the treaty", the parse hanging "yet" on the object
    insert_at = first.idx
    before, after = doc.text[have.idx : insert_at], doc.text[insert_at:end]
    if before.rstrip().lower() == have.lower_:
        before = have.text + " "
    suggestions = tuple(f"{before}{verb} {after}" for verb in verbs)
    return Hit(offset + start, offset + end, {"verbs": ", ".join(verbs), "reason": reason}, suggestions)


# Without spaCy: "have" and an event one fights, within four words.
_HAVE_THEN_WORDS = re.compile(r"(?<![\w'’-])(?P<have>have|has)(?P<words>(?:\s+[\w'’-]+){1,4})", re.IGNORECASE)
# Words between "have" and the event that show it is not "have + object": a participle, a
# negation, or a preposition that starts another phrase ("have long shifts during outbreaks").
_NOT_POSSESSION = re.compile(
    r"\w+ed|been|had|not|to|no|during|in|on|at|for|with|from|by|after|before|since|against|into|over|under|"
    r"between|among|across|within|without", re.IGNORECASE)


def _fought_event_by_words(document, sentence):
    for match in _HAVE_THEN_WORDS.finditer(document.text, sentence.start, sentence.end):
        words = list(re.finditer(r"[\w'’-]+", match["words"]))
        event = next((w for w in words if (object_class(w[0]) or UNCLASSED).fought), None)
        if event is None or any(_NOT_POSSESSION.fullmatch(w[0]) for w in words[: words.index(event)]):
            continue
        end = match.start("words") + event.end()
        if end < sentence.end and re.match(r"\s+\w+ed\b", document.text[end : sentence.end]):
            continue  # "have several raids planned"
        before = document.text[sentence.start : match.start()].split()[-2:]
        if before and (delegation.canonical_country(" ".join(before)) or delegation.canonical_country(before[-1])):
            continue
        verbs = object_class(event[0]).verbs_for("")
        rest = document.text[match.end("have") : end].strip()
        values = {"verbs": ", ".join(verbs), "reason": "those who fight an event do not own it"}
        suggestions = tuple(f"{match['have']} {verb} {rest}" for verb in verbs)
        yield Hit(match.start("have"), end, values, suggestions, (FALLBACK_NOTE,), Severity.INFO)


# CN012 verbless-clause ----------------------------------------------------------------------

_QUANTITY_STARTS = frozenset(
    "several many dozens hundreds thousands millions tens more over nearly almost some about around".split())
_FUNCTION_WORDS = frozenset(
    "of for in on at to by with from than and or but the a an about over some into onto per as via under "
    "between among across after before during since until within without against toward towards this "
    "that these those its their our his her every each".split())
# "that/which" + the start of a noun phrase + the rest of the clause, up to a comma or full stop.
_RELATIVE = re.compile(
    r"\b(?:that|which|whom)\s+((?:the|our|its|their|both|all|these|those|this|a|an|most|many|several|some|over|about|nearly|"
    r"[A-Z\d][\w'’-]*|(?:two|three|four|five|six|seven|eight|nine|ten)\b)[^,.;:]*)")
# A year, number, month or time word: a verbless relative clause is found only when it is dated.
_DATED = re.compile(r"\d|\b(?:ago|year|month|week|decade|january|february|march|april|may|june|july|august|"
                    r"september|october|november|december)", re.IGNORECASE)
_SUBJECT_THEN_COMMA = re.compile(
    r"^(?:The\s+|Our\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*,\s+"
    r"(?:a|an|the|one|together|with|along|alongside|as)\b")
# A sentence that opens with a linking adverb or conjunction ("Hence, the land …", "Thus, …") has
# its subject after the comma, not before it.
_LINKING_TAGS = {"RB", "RBR", "RBS", "CC", "IN"}
_NP_TAGS = {"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "CD"}


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’.,-]+", text)


# A count in words: "two million", "thirty-four", "hundreds".
_NUMBER_WORD = (r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
                r"|sixty|seventy|eighty|ninety|hundreds|thousands|millions|dozens)(?:-[a-z]+)?)\b")
_A_NUMBER_WORD = re.compile(_NUMBER_WORD)
# A modal straight before what would be its verb's object: "we will 5,000 teachers", "States
# must the convention".
_MODAL_THEN_OBJECT = re.compile(
    r"\b(?:(?:will|would|cannot|can|could|shall|should|must|may|might)\s+(?:not\s+)?|ought\s+(?:not\s+)?to\s+"
    r"|(?:do|does|did)\s+not\s+)"
    r"(?:(?:[a-z]+ly|then|also|still|soon|now|thus|therefore|again|further|first|once|together|never|always|ever|almost"
    r"|quite|very)\s+){0,2}"
    r"(?:up\s+to\s+|more\s+than\s+|at\s+least\s+|(?:about|around|nearly|almost|over|some|roughly)\s+(?=\d|" + _NUMBER_WORD
    + r"))?"
    r"(?:(?:the|a|an|any|more|some|many|several|all|its|their|our|these|those|this|that|every|each|another|both|enough)\b|\d"
    r"|" + _NUMBER_WORD + r"|[A-Za-z]+(?:['’]s\b|s['’])|[A-Z]{3}\s+\d)"  # "will NOK 110 million": a currency and its amount
)


# "be" or "to" with an adverb in -ly before a noun phrase: "observers were carefully the ballots",
# "decided to unilaterally the tariffs".
_ADVERB_THEN_OBJECT = re.compile(
    r"\b(?:is|are|was|were|am|be|been|being|to)\s+(?:[a-z]+\s+)?[a-z]+ly\s+"
    r"(?:the|a|an|its|their|our|his|her|this|these|those|every|each|all|any|another|\d)\b")


_HAVE_THEN_WITH = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?with\b", re.IGNORECASE)
# A modal's "have" with an adverb before an object: "would have certainly the famine"; "have never"
# before one: "have never the pension money".
_PERFECT_THEN_ADVERB = re.compile(
    r"\b(?:(?:would|should|could|might|must|may|will)\s+have\s+(?:[a-z]+\s+)?[a-z]+ly|(?:have|has|had)\s+never)\s+"
    r"(?:the|a|an|its|their|our|his|her|this|these|those|\d)\b")
# The prepositions that follow the object of a lost verb of moving, giving or joining.
_ITEM_PREPOSITIONS = frozenset("to with at into across from onto towards toward on for in about among".split())
# A list item between commas made of a noun and a preposition, before "and" and a word that may be
# a verb: "trains police officers, survivors to legal care and supports shelters" (lost "refers").
_ITEM_THEN_ACTION = re.compile(
    r",\s+(?!(?:which|who|whom|whose|where|when|while|as|in|on|at|to|for|with|by|from|into|including|such|especially|"
    r"particularly|notably|both|either|and|or|but|then|also|so|thus|however|although|though|because|if|since|until|"
    r"after|before|through|under|over|among|between|like|not|only|even)\b)"
    r"(?:[A-Za-z'’-]+\s+){0,4}[a-z-]+\s+(?:" + "|".join(sorted(_ITEM_PREPOSITIONS)) + r")\s+[^;:]{1,160}?,?\s+(?:and|or)\s+"
    r"(?!(?:the|a|an|their|its|our|other|in|on|to|at|for|with|by|from|also|then|that|more|less|most|all|many|some)\b)[a-z]+")
# "be" with an adverb of manner before a bare noun phrase: "the coast guard was routinely foreign trawlers".
# "is more than 100,000 applications", "were thousands of containers": "be" before a count.
_BE_THEN_COUNT = re.compile(
    r"\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:(?:more|less|fewer)\s+than\s+|at\s+least\s+|(?:around|about|nearly|almost|over|some|roughly)\s+)?"
    r"(?:\d|(?:" + "|".join(SMALL_NUMBERS[2:]) + r"|dozens|hundreds|thousands|millions)\b)", re.IGNORECASE)
# "be" and "by" with at most two adverbs between: "has been by successive governments".
_BE_THEN_BY = re.compile(r"\b(?:is|are|was|were|been)\s+(?:(?:[a-z]+ly|almost|also|only|still|now|often|always)\s+){0,2}"
                         r"by\s+(?!far\b|no\b|then\b|now\b|\d)")
# "be" and "or"/"and" straight before a participle: "were or damaged" (lost "destroyed").
_BE_THEN_OR = re.compile(r"\b(?:is|are|was|were|been)\s+(?:or|and)\s+(?!(?:is|are|was|were|be|been|being|not)\b)[a-z]+\b")
_BE_THEN_ADVERB = re.compile(r"\b(?:is|are|was|were|am|be|been|being)\s+(?P<adverb>[a-z]+ly)\s+[^\W\d_]+(?<!ed)(?<!ing)(?<!en)\b")
# "has been" before a bare plural, in a sentence that says since when: "has been observers on board
# since 2020" (lost "placing").
_BEEN_THEN_PLURAL = re.compile(r"\b(?:has|had)\s+been\s+(?:[a-z]+\s+)?[a-z]+s\b(?=.*\b(?:since|for)\b)|"
                               r"\b(?:since|for)\b.*\b(?:has|had)\s+been\s+(?:[a-z]+\s+)?[a-z]+s\b", re.IGNORECASE)
_DELEGATION_IS = re.compile(r"\bdelegation\s+(?:is|was)\s+(?:(?:now|currently|also|still|therefore)\s+)?(?:a|an|the)\b",
                            re.IGNORECASE)
_BE_THEN_PROGRESS = re.compile(r"\b(?:is|are|was|were)\s+(?:currently|now|presently)\s+(?:a|an|the|its|their|our|his|her|\d)",
                               re.IGNORECASE)


# What opens another clause after a comma ("…, and the State will …"), and where a sentence's first
# clause ends: there, at a relative clause ("…, which made") or at a semicolon.
_NEXT_CLAUSE = frozenset({"and", "but", "while", "whereas", "yet"})
_ANOTHER_CLAUSE = re.compile(r",\s+(?:" + "|".join(sorted(_NEXT_CLAUSE | {"which", "who", "whose"})) + r")\b"
                             r"|,\s+(?:in|under|by|with|through|from|for|to|on|at)\s+(?:which|whom)\b|;")


def _may_lack_a_verb(text: str, relative_objects: bool = True) -> bool:
    """Cheap test before parsing: one of CN012's shapes in the words alone."""
    if relative_objects and any(_no_verb_after(text[m.end() :].split(";")[0]) and not (m["plural"] and _only_a_verb(m["plural"]))
                                for m in _RELATIVE_THEN_OBJECT.finditer(text)):
        return True  # "that reflects its …" has its verb
    if _MODAL_THEN_OBJECT.search(text) or _modal_then_describing_word(text) or _to_after_an_infinitive_verb(text) \
            or _ADVERB_THEN_OBJECT.search(text) or _PERFECT_THEN_ADVERB.search(text) \
            or any(_acts_in_a_manner(m["adverb"]) for m in _BE_THEN_ADVERB.finditer(text)) \
            or _BE_THEN_COUNT.search(text) or _BE_THEN_PROGRESS.search(text) or _DELEGATION_IS.search(text) \
            or _BE_THEN_BY.search(text) or _BE_THEN_OR.search(text) or _BEEN_THEN_PLURAL.search(text) \
            or _HAVE_THEN_WITH.search(text) or _ITEM_THEN_ACTION.search(text):
        return True
    if not _finite_auxiliaries(text) and _SUBJECT_THEN_COMMA.match(text):
        return True
    clauses = _ANOTHER_CLAUSE.split(text) + [m[0] for m in _SUBORDINATE_OPENING.finditer(text)] \
        + _SUBORDINATOR.split(text)[:1]
    if any(not _finite_auxiliaries(clause) and _noun_then_quantity(clause) for clause in clauses):
        return True
    if any(not _finite_auxiliaries(clause) and _noun_then_determiner(clause) for clause in clauses):
        return True
    if any(_an_aside_without_a_verb(m[1]) for m in _ASIDE.finditer(text)):
        return True
    for match in _RELATIVE.finditer(text):
        rest = match[1].split()
        if len(rest) <= 10 and _DATED.search(match[1]) and not any(
                w.lower() in _AUXILIARIES | _PARTICIPLES
                or (w.endswith("ed") or _present_participle(w.lower())) and not _describes_after(rest, i)
                for i, w in enumerate(rest)):
            return True
    return False


# A relative word after a noun, then what would be its verb's object: "ships that their tracking
# systems", "the Act, which refugees a number", "people who drinking water".
_RELATIVE_THEN_OBJECT = re.compile(r"[a-z],?\s+(?:that|which|who)\s+(?:(?:their|its|our|his|her|the|these|those|a|an)\s"
                                   r"|[a-z]+ing\s+[a-z]|(?P<plural>[a-z]+s)\s+(?:a|an|the|their|its|our)\s)")


def _no_verb_after(rest: str) -> bool:
    """Cheap test: no auxiliary and no past form in "-ed" in the rest of a clause."""
    return not _finite_auxiliaries(rest) and not re.search(r"[a-z]ed\b", rest)


def _finite_auxiliaries(text: str) -> set[str]:
    """The words of a text that may be a finite auxiliary; not one after "to", an infinitive ("to do
    so", "to be among the first"), nor a capital inside the text, a month ("In May 2018")."""
    words = [w.strip(".,") for w in _words(text)]
    return {w.lower() for i, w in enumerate(words) if w.lower() in _AUXILIARIES
            and not (i and (words[i - 1].lower() == "to" or w[:1].isupper()))}


# Conjunctions that open a clause of their own and are never prepositions.
_SUBORDINATORS = frozenset("although though while whereas because unless when whenever if once".split())
_SUBORDINATOR_WORDS = sorted(_SUBORDINATORS, key=len, reverse=True)
# A clause a subordinating conjunction opens, up to its comma: "Although Norland the largest share …,".
_SUBORDINATE_OPENING = re.compile(
    r"(?:^|[,;]\s+)(?:" + "|".join([w.capitalize() for w in _SUBORDINATOR_WORDS] + _SUBORDINATOR_WORDS) + r")\s[^,;]+")
_SUBORDINATOR = re.compile(r"\b(?:" + "|".join(_SUBORDINATOR_WORDS) + r")\b")


# A relative clause set off by commas, and the word after it: ", which all patrol boats in the bay, reports".
# A figure's grouping comma or decimal point is no clause's end: ", which more than 250,000 members,".
_ASIDE = re.compile(r",\s+(?:which|who)\s+((?:[^,;:.()\[\]]|(?<=\d)[,.](?=\d))+),\s+[a-z]")


def _an_aside_without_a_verb(words: str) -> bool:
    """Up to twelve words none of which is an auxiliary or may be a verb's form only."""
    rest = words.split()
    return len(rest) <= 12 and not any(
        w.lower() in _AUXILIARIES | _PARTICIPLES | {"that"} or _only_a_verb(w.lower())
        or (w.endswith("ed") or _present_participle(w.lower())) and not _describes_after(rest, i)
        and not (i > 0 and rest[i - 1].lower() in _QUANTIFIERS)  # "all fishing boats"
        for i, w in enumerate(rest))


_QUANTIFIERS = frozenset("all every each some many most both no any several".split())


def _noun_then_determiner(text: str) -> bool:
    """A word only ever a noun straight before a determiner ("Health a National Plan", "children
    their first phone"): with no verb in the sentence, a subject and its object."""
    lexicon = wordnet()
    words = [w.strip(",") for w in text.split()]
    return lexicon is not None and any(
        after.lower() in _OBJECT_DETERMINERS and before.isalpha() and before.lower() not in _FUNCTION_WORDS
        and lexicon.lemma(before, "noun") is not None
        and (lexicon.lemma(before, "verb") is None and not lexicon.is_adjective(before) and not lexicon.is_adverb(before)
             or i >= 2 and words[i - 1] == "of" and before[:1].isupper() and words[i - 2][:1].isupper())  # "Ministry of Health"
        for i, (before, after) in enumerate(zip(words, words[1:])))


# A figure, or a sum of money: "1,200", "€1", "US$5.6".
_AMOUNT = re.compile(r"(?:[A-Z]{0,3}[$€£¥₹])?\d")


def _noun_then_quantity(text: str) -> bool:
    """A word that may be a subject, then a count or an amount ("the ministry 300 nurses"); not a
    date ("January 2020", "Agenda 2030") nor a bare number that names a thing, with no noun after it
    ("Article 5 of the Charter", "Resolution 2178 (2014)")."""
    words = [w.strip(",") for w in text.split()]
    for before, after, then in zip(words, words[1:], [*words[2:], ""]):
        if before.lower() in _FUNCTION_WORDS or not before[:1].isalpha() or before.endswith((",", ":", ";", "ed")):
            continue
        if before.lower() in _MONTHS or before[:1].isupper() and _YEAR.fullmatch(after.rstrip(".;:)")):
            continue
        if re.fullmatch(r"\d+[.;:)]*", after) and not (then[:1].islower() and then.lower() not in _FUNCTION_WORDS):
            continue
        if _AMOUNT.match(after) or after.lower() in _QUANTITY_STARTS or _A_NUMBER_WORD.fullmatch(after.lower()):
            return True
    return False


_MODAL_THEN_WORD = re.compile(r"\b(?:will|would|can|could|shall|should|must|may|might)\s+(?:not\s+)?"
                             r"(?:(?:[a-z]+ly|now|then|also|still|soon|thus|therefore|again|further|first|once|never|always|ever)\s+){0,2}"
                             r"([a-z]+)(?:-([a-z]+))?(?=\s+[a-z])")
_TO_THEN_OBJECT = re.compile(r"\bto\s+(?:the|a|an|its|their|our|his|her|this|these|those|any|all|every|each|half|most|\d|"
                             + _NUMBER_WORD + r"|[a-z]{3,}s|[a-z]+-[a-z]+)\b", re.IGNORECASE)
# (or a bare plural, "ready to talks", or a hyphened adjective, "to climate-resilient clauses")


def _modal_then_describing_word(text: str) -> bool:
    """A modal, and perhaps an adverb, before a word that is never a verb's base form: "must
    measurable benchmarks", "can now coca fields", "can now drones over the reefs", "should paid leave",
    "can heat-resistant seed"."""
    return any(_no_verb_form(m[1]) or _past_form_only(m[1]) or _present_participle(m[1]) or m[2] and _only_describes(m[2])
               for m in _MODAL_THEN_WORD.finditer(text))


def _to_after_an_infinitive_verb(text: str) -> bool:
    """ "to" + an object within five words of a verb or adjective that "to" can only follow with
    an infinitive ("intends to the outcome", "urge the Secretariat to a full audit")."""
    for match in _TO_THEN_OBJECT.finditer(text):
        before = re.findall(r"[A-Za-z']+", text[max(0, match.start() - 90) : match.start()])[-8:]
        if tuple(w.lower() for w in before[-2:]) in _PURPOSE:
            return True  # "in order to every mining camp": "in order to" takes only an infinitive (the parse
            # sets aside "put in order to the satisfaction of")
        aside = text[: match.start()].rstrip().endswith(",")  # "urge all States, particularly small ones, to the treaty"
        last = before[-(5 + _ASIDE_WORDS // 2 * aside) :]
        if any(_takes_only_an_infinitive(w.lower(), object_between=i < len(last) - 1) for i, w in enumerate(last)):
            return True
        if any(_urging_pair(w.lower(), after.lower()) for w, after in zip(before, before[1:-1])):
            return True  # "calls on all States to", "would like the Council to"
        if len(before) >= 2 and before[-2].lower() in _BE_FORMS and (
                _passive_takes_only_an_infinitive(before[-1].lower()) or before[-1].lower() == "about"):
            return True  # "is expected to a report": the passive of "expect somebody to"; "is about to a plan"
    return False


# Quantities the tagger reads as nouns, which open an object: "intend to half of all capacity".
_QUANTIFIER_NOUNS = frozenset({"half", "most"})
# The phrases of purpose, which take only an infinitive: "in order to", "so as to"; and the verbs that
# make "in order" a state ("were put in order to the satisfaction of …").
_PURPOSE = frozenset({("in", "order"), ("so", "as")})
_PUT_IN_ORDER = frozenset({"put", "set", "keep", "get", "be"})


def _urging_pair(word: str, after: str) -> bool:
    """A phrasal verb whose object only an infinitive may follow ("calls on"), or "would" before a
    verb of wanting ("would like")."""
    if word in {"would", "'d"}:
        return _a_kind_of_want(after)
    phrasal = _phrasal_verb(word, after) if after in {"on", "upon"} else None
    return phrasal is not None and _takes_only_an_infinitive(phrasal, object_between=True)


@parses_when(_may_lack_a_verb)
def verbless_clause(document, rule, ctx):
    """A clause whose verb is missing: subject + object, relative clause, bare subject, a modal
    before its object (CN012)."""
    min_words = int(rule.params.options.get("min_words", 5))
    references = _reference_blocks(document)
    for sentence, doc in parsed_docs(document, _may_lack_a_verb):
        if sentence.block in references or not _may_lack_a_verb(document.text[sentence.start : sentence.end]):
            continue
        if sum(1 for t in doc if t.is_alpha) < min_words or not _plain_english(doc.text):
            continue
        kind = sentence.block.kind if _after_a_whole_sentence(document, sentence) else "continued"
        for start, end, shape, suggestions in _verbless_shapes(doc, kind):
            yield Hit(sentence.start + start, sentence.start + end, {"shape": shape}, suggestions)
            break


# What opens a body's name as a noun phrase ("the Red Crescent 4,000 tents"), not a numbered one.
_NAME_DETERMINERS = frozenset("the a an our its their his her this that these those".split())


def _plain_english(text: str) -> bool:
    """Text a parse of English can judge: mostly Latin letters, its words spaced ("TheUnitedNations
    Millennium…" is a PDF's lost spaces, and Chinese is not read)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) >= 0.9 * len(letters) \
        and not any(len(word) > _LONGEST_WORD for word in re.findall(r"[^\W\d_]+", text))


_LONGEST_WORD = 25


def _after_a_whole_sentence(document, sentence) -> bool:
    """Whether what comes before the sentence ends a sentence: a paragraph that opens after text
    ending mid-sentence ("… the Rakhine state of" ⏎ "Myanmar, with …") or after a heading is the
    rest of that sentence or a caption, not a subject that lost its verb."""
    before = document.text[: sentence.start].rstrip()
    return not before or before[-1] in ".!?:;\"”’)"


def _verbless_shapes(doc, kind):
    """(start, end, shape, suggestions) of each verbless clause of a parsed sentence."""
    ends_sentence = doc.text.rstrip("\"'”’)").endswith((".", "!", "?"))
    pair = _subject_then_object(doc) if ends_sentence else None
    if pair is not None and not _verb_in_its_clause(doc, pair[0], pair[2]):
        subject, first, noun = pair
        start, end = _name_start(subject).idx, noun.idx + len(noun.text)
        yield start, end, "a subject followed directly by its object", _inserted(
            doc, start, first.idx, end, _verbs_after(noun))
    elif ends_sentence and kind == "paragraph" and not any(_finite_verb(t) for t in doc) \
            and doc.text.rstrip("\"'”’)").endswith(".") and _SUBJECT_THEN_COMMA.match(doc.text) \
            and not _LINKING_TAGS & {doc[0].tag_} and not doc[0].like_num and not any(
            t.tag_ in {"VBG", "VBN"} and t.dep_ not in {"amod", "compound"} for t in doc):
        text = doc.text.rstrip()
        copula = re.sub(r",\s+(?=(?:a|an|the|one)\b)", " is ", text, count=1)
        yield 0, len(text), "a subject with no verb after it", (copula,) if copula != text else ()
    modal = _verbless_modal(doc)
    if modal is not None:
        auxiliary, noun = modal
        shape = "a modal with no verb after it" if auxiliary.tag_ == "MD" else f"'{auxiliary.lower_} not' with no verb after it"
        yield _gap_after(doc, auxiliary, noun, shape)
    lost = _verbless_to(doc)
    if lost is not None:
        yield _gap_after(doc, *lost, "a 'to' with no verb after it")
    perfect = _verbless_perfect(doc)
    if perfect is not None:
        modal, opening, noun = perfect
        start, end = modal.idx, noun.idx + len(noun.text)
        kind = object_class(noun.text)
        verbs = tuple(dict.fromkeys(_PAST.get(v, v) for v in kind.verbs_for(""))) if kind else ()
        yield start, end, f"'{modal.lower_} {modal.nbor().lower_}' with no participle after it", _inserted(
            doc, start, opening.idx, end, verbs)
    copula = _verbless_copula(doc)
    if copula is not None:
        be, opening, noun = copula
        start, end = be.idx, noun.idx + len(noun.text)
        kind = object_class(noun.text)
        verbs = tuple(dict.fromkeys(_ing_form(verb_lemma(v)) for v in kind.verbs_for(""))) if kind else ()
        adverb = doc[opening.i - 1].lower_
        told = f"'{adverb}', which says something is under way," if adverb in _PROGRESS_ADVERBS else "an adverb of manner"
        yield start, end, f"'{be.lower_}' and {told} with no verb after them", _inserted(
            doc, start, opening.idx, end, verbs)
    counted = _copula_before_a_count(doc)
    if counted is not None:
        be, noun = counted
        kind = object_class(noun.text)
        verbs = tuple(dict.fromkeys(_ing_form(verb_lemma(v)) for v in kind.verbs_for(""))) if kind else ()
        start, end = be.idx, noun.idx + len(noun.text)
        yield start, end, f"'{be.lower_}' and a count of things with no verb between them", _inserted(
            doc, start, be.nbor().idx, end, verbs)
    plural = _been_before_plural_things(doc)
    if plural is not None:
        be, noun = plural
        kind = object_class(noun.text)
        verbs = tuple(dict.fromkeys(_ing_form(verb_lemma(v)) for v in kind.verbs_for(""))) if kind else ()
        have = next(c for c in be.children if c.dep_ == "aux")
        start, end = have.idx, noun.idx + len(noun.text)
        yield start, end, f"'{have.lower_} been' before a plural with no verb between them", _inserted(
            doc, start, be.nbor().idx, end, verbs)
    partner = _have_then_with(doc)
    if partner is not None:
        have, with_ = partner
        yield have.idx, with_.idx + len(with_.text), f"'{have.lower_}' and 'with' with no participle between them", \
            _inserted(doc, have.idx, with_.idx, with_.idx + len(with_.text), _WORKED_WITH)
    joined = _participle_without_a_partner(doc)
    if joined is not None:
        be, participle = joined
        yield be.idx, participle.idx + len(participle.text), \
            f"'{be.lower_} {be.nbor().lower_}' with no participle between them", ()
    passive = _verbless_passive(doc)
    if passive is not None:
        be, by, subject = passive
        kind = object_class(subject.text)
        verbs = tuple(dict.fromkeys(kind.verbs_for(""))) if kind else ()
        start = min([c.idx for c in be.children if c.dep_ == "aux" and c.i < be.i] + [be.idx])  # "has been by"
        yield start, by.idx + len(by.text), f"'{be.lower_}' and 'by' with no participle between them", _inserted(
            doc, start, by.idx, by.idx + len(by.text), verbs)
    equated = _delegation_as_a_thing(doc)
    if equated is not None:
        be, noun = equated
        kind = object_class(noun.text)
        verbs = tuple(dict.fromkeys(_ing_form(verb_lemma(v)) for v in kind.verbs_for(""))) if kind else _DELEGATES_DO
        start, end = be.idx, noun.idx + len(noun.text)
        yield start, end, f"'{be.lower_}' makes the delegation a thing", _inserted(doc, start, be.nbor().idx, end, verbs)
    aside = _verbless_aside(doc)
    if aside is not None:
        pronoun, last = aside
        yield pronoun.idx, last.idx + len(last.text), "a relative clause with no verb between commas", ()
    item = _verbless_list_item(doc)
    if item is not None:
        first, last, prep, verb = item
        cls = object_class(doc[prep.i - 1].text)
        verbs = tuple(_in_the_tense_of(verb, v) for v in cls.verbs_for(prep.lower_)) if cls else ()
        yield first.idx, last.idx + len(last.text), f"an item in a list of actions after '{verb.text}'", _inserted(
            doc, first.idx, first.idx, last.idx + len(last.text), verbs)
    # its cheap test is the older shapes', not the test for an object after a relative word
    relative = _verbless_relative(doc) if _may_lack_a_verb(doc.text, relative_objects=False) else None
    if relative is not None:
        pronoun, insert_before, last, counted = relative
        start, end = pronoun.idx, last.idx + len(last.text)
        antecedent = counted or next((t for t in reversed(doc[max(0, pronoun.i - 6) : pronoun.i]) if object_class(t.text)), None)
        kind = object_class(antecedent.text) if antecedent is not None else None
        verbs = kind.verbs_for("") if kind is not None else ()
        yield start, end, "a relative clause with no verb", _inserted(doc, start, insert_before.idx, end, verbs)
    object_after = _object_after_a_relative_word(doc)
    if object_after is not None:
        yield _gap_after(doc, *object_after, f"a clause after '{object_after[0].lower_}' with no verb")


def _verbless_list_item(doc):
    """(first, last, preposition, verb) of a noun phrase listed among actions, between a verb with
    its object and a verb joined by "and" or "or": "surveyed every baseline, the coordinates with
    the Secretary-General and published the charts" (lost "deposited"). Not an object listed with
    others ("judges and prosecutors"), a name's apposition ("UNHCR, the refugee agency,"), a noun
    after another's preposition ("treatment of cholera, malaria in the south,"), an adjective that
    may be a verb ("lower taxes for firms") or a series of adjectives ("a clean, safe, reliable
    supply for …")."""
    for joined in doc:
        if joined.dep_ != "conj" or not joined.tag_.startswith("VB") or joined.i < 3 \
                or doc[joined.i - 1].lower_ not in {"and", "or"}:
            continue
        verb = joined.head
        while verb.dep_ == "conj" and not _acting_verb(verb):
            verb = verb.head
        if not _acting_verb(verb) or verb.i >= joined.i or not any(c.dep_ in {"dobj", "dative"} for c in verb.children):
            continue
        bounds = [t.i for t in doc[verb.i + 1 : joined.i - 1] if t.text == ","]
        bounds += [] if doc[joined.i - 2].text == "," else [joined.i - 1]
        for after, before in zip(bounds, bounds[1:]):
            found = _bare_item(doc[after + 1 : before], verb)
            if found is not None and not _gapped(doc[verb.i : after], found):
                return (doc[after + 1], doc[before - 1], found, verb)
    return None


def _gapped(before, prep) -> bool:
    """Whether the item repeats the preposition of the words before it, a verb left out on purpose:
    "sent doctors to Nepal, engineers to Sri Lanka and grain to Afghanistan"."""
    return any(t.lower_ == prep.lower_ for t in before)


def _acting_verb(token) -> bool:
    return token.tag_.startswith("VB") and token.dep_ not in {"amod", "compound", "aux", "auxpass"}


def _bare_item(item, verb):
    """The preposition after the head noun of a list item that is a bare noun phrase, or None."""
    first = item[0] if len(item) >= 2 else None
    if first is None or first.tag_ in {"IN", "RB", "CC", "WDT", "WP", "TO", "CD"} or first.tag_.startswith("VB") \
            or any(_acting_verb(t) for t in item):
        return None
    prep = next((t for t in item if t.tag_ == "IN" and t.lower_ != "of"), None)  # "plots of land to 3,000 families"
    if prep is None or prep.lower_ not in _ITEM_PREPOSITIONS or prep.i == item.start \
            or item.doc[prep.i - 1].tag_ not in {"NN", "NNS"} \
            or any(t.lower_ in {"and", "or"} for t in item.doc[item.start : prep.i]):
        return None
    head = next(t for t in item if not item.start <= t.head.i < item.end or t.head == t)
    before = item.doc[item.start - 2]
    if head.dep_ == "dobj" and head.head == verb and not any(c.dep_ == "dobj" and c.i < item.start for c in verb.children) \
            or head.dep_ in {"appos", "conj"} and head.head.dep_ == "pobj" \
            or first.tag_ in {"JJ", "JJR"} and verb.tag_ in {"VB", "VBP"} and _is_base_verb(first.lower_) \
            or before.tag_ in {"NNP", "NNPS"} and before.dep_ in {"dobj", "appos", "conj"} \
            or any(t.tag_ in {"JJS", "RBS"} or t.lower_ in _ORDINALS for t in item):
        return None  # nor "the largest intake in its history", which describes the object
    return prep


def _in_the_tense_of(verb, participle: str) -> str:
    """A verb of a class, given as its past participle, in the tense of the listed `verb`."""
    if verb.tag_ == "VBN":
        return participle
    if verb.tag_ == "VBD":
        return _PAST.get(participle, participle)
    base = _base_form(participle)
    if verb.tag_ == "VBG":
        return _ing_form(base)
    if verb.tag_ == "VBZ":
        first, _, rest = base.partition(" ")
        third = first + "es" if first.endswith(("s", "sh", "ch", "x", "z", "o")) else \
            first[:-1] + "ies" if first.endswith("y") and first[-2:-1] not in "aeiou" else first + "s"
        return f"{third} {rest}".strip()
    return base


def _object_after_a_relative_word(doc):
    """(relative word, object noun) when "that", "which" or "who" after a noun opens a noun phrase,
    a plural and a noun phrase, or a gerund and its noun, and no verb of that clause follows: "the
    very ships that their tracking systems as they near the border", "the Act, which refugees a
    number", "people who drinking water by truck" (set 64). A verb of a clause of its own (after
    "as", or with its own subject) is not the relative clause's."""
    for word in doc[1:-2]:
        antecedent = doc[word.i - 1 - (doc[word.i - 1].text == ",")]
        if word.lower_ not in _RELATIVE_WORDS or antecedent.pos_ not in {"NOUN", "PROPN", "NUM"}:
            continue  # after a noun, or a name's year ("the Decree of 2021, which"); not "so that", "now that"
        if word.dep_ == "mark" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > word.i for c in word.head.children):
            continue  # the parse gives the clause a predicate with its subject, whatever it tagged it ("that the
            # HoloLens and Xbox appeal to": "appeal" read as a noun)
        opening = word.nbor()
        if opening.tag_ == "VBG" and opening.lower_ != "being" and opening.nbor().pos_ in {"NOUN", "ADJ"}:
            noun = next((t for t in doc[opening.i + 1 : opening.i + 4] if t.pos_ == "NOUN" and t.dep_ != "compound"), None)
        elif opening.tag_ in {"PRP$", "DT"} and opening.lower_ not in {"that", "this", "all", "each", "both"}:
            noun = _noun_it_opens(opening)
        elif opening.tag_ in {"NNS", "VBZ"} and opening.nbor().tag_ in {"DT", "PRP$"} and _a_plural_noun(opening.lower_) \
                and not _a_verb_in_s(opening):
            noun = opening.nbor().head  # "which migrants a work permit": a plural, then what it was given
        else:
            continue
        if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or _only_a_verb(noun.lower_):
            continue  # "that his darkens": a verb the tagger read as a noun
        aside = doc[word.i - 1].text == ","  # "…, which …, became": the aside ends at its comma
        end = _clause_end(doc, noun.i) if aside else next((t.i for t in doc[noun.i :] if t.text in {";", ":"}), len(doc))
        while end > noun.i + 1 and doc[end - 1].is_punct:
            end -= 1  # the sentence's full stop
        if not any(_verb_of_the_clause(t, noun) for t in doc[opening.i + 1 : end]) \
                and not _verb_ending_the_clause(doc, opening.i, end, bare=not aside):  # the opening is no verb here
            return word, noun
    return None


_RELATIVE_WORDS = frozenset({"that", "which", "who"})


def _verb_ending_the_clause(doc, start: int, end: int, bare: bool = False) -> bool:
    """Whether a relative clause ends with a verb the tagger read as a noun, after its subject,
    perhaps before a name: "The port, which the navy guards, handles …", "The island, which the
    French call Maurice, lies …"; a clause that ends its sentence (`bare`) only as its subject and
    verb alone: "the larger army that the Romans command." (round 65), not "people who drinking
    water by tanker truck"."""
    last = end - 1
    while last > start and doc[last].tag_ in {"NNP", "NNPS"} and doc[last - 1].pos_ not in {"DET", "ADP"}:
        last -= 1  # past the name the verb gives ("call Maurice")
    verb = doc[last]
    lexicon = wordnet()
    base = lexicon.lemma(verb.lower_, "verb") if lexicon is not None else None
    subject = doc[last - 1]  # a noun, or a people by its adjective ("the French")
    if bare and any(t.tag_ == "IN" for t in doc[start:last]):
        return False
    return last > start and base is not None and not verb.lower_.endswith("ing") \
        and (subject.pos_ in {"NOUN", "PROPN", "PRON"} and subject.tag_ != "PRP$"
             or subject.pos_ == "ADJ" and subject.text[:1].isupper())


def _verb_of_the_clause(token, noun) -> bool:
    """A finite verb, or a modal, that may be the relative clause's own: not one with a subject of
    its own after the clause's noun, or a mark of another clause ("as they near")."""
    if not (token.tag_ in {"VBZ", "VBP", "VBD", "MD"} or token.tag_ == "VB" and token.dep_ != "xcomp"
            or token.tag_ == "VBN" and token.dep_ not in {"amod", "compound"}):
        return False
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i > noun.i for c in token.children)
    marked = any(c.dep_ == "mark" for c in token.children)
    return not (own_subject and marked)


def _gap_after(doc, word, noun, shape: str):
    """(start, end, shape, suggestions) of a verb lost after `word` ("must", "to") before the
    object whose head is `noun`: verbs for the object's class go into the gap."""
    start, end = word.idx, noun.idx + len(noun.text)
    kind = object_class(noun.text)
    verbs = tuple(dict.fromkeys(_base_form(v) for v in kind.verbs_for(""))) if kind else ()
    gap = word.nbor()
    while gap.i < noun.i and (gap.tag_ == "RB" and gap.lower_ != "up" and not _approximates(gap)
                              or gap.lower_ == "to" and word.lower_ == "ought"):
        gap = gap.nbor()  # "will strongly oppose any attempt", "does not oppose", "ought to cut"; not "will reach about 40,000"
    return start, end, shape, _inserted(doc, start, gap.idx, end, verbs)


def _base_form(verb: str) -> str:
    """The base form of a verb, a phrasal verb's first word's ("carried out" -> "carry out")."""
    first, _, rest = verb.partition(" ")
    return f"{verb_lemma(first)} {rest}".strip()


def _approximates(word) -> bool:
    """An adverb that qualifies the count after it ("about 40,000", "nearly two hundred")."""
    return word.i + 1 < len(word.doc) and word.nbor().tag_ == "CD" and (word.dep_ == "quantmod" or word.head.tag_ == "CD")


# What follows a modal that lost its verb: the object's determiner, number or quantity.
_OBJECT_OPENING_TAGS = {"DT", "CD", "JJR", "PDT", "PRP$"}


def _at_least(token) -> bool:
    """The "at" of "at least" or "at most", which qualify a count as an adverb does."""
    return token.lower_ == "at" and token.i + 1 < len(token.doc) and token.nbor().lower_ in {"least", "most"}


def _verbless_modal(doc):
    """(modal, object noun) when a modal governs no verb and its object follows it at once:
    "with partners, we will 5,000 teachers in the camps". Not an inverted modal, whose verb
    comes after its subject ("should a disaster occur", "not only would the plan cut costs", "so
    too will the number"), nor an elided one ("as one would any other foe")."""
    for token in doc[:-1]:
        if (token.tag_ != "MD" and not _do_not(token)) or token.text != token.lower_:
            continue
        if token.head.i > token.i and _a_verb_in_s(token.head) and all(t.tag_ == "RB" for t in doc[token.i + 1 : token.head.i]):
            continue  # "will not affects the state": its verb, in the wrong form (round 51)
        hung = _hung_on_another_clause(token)  # its head is no verb of its own
        if token.head.pos_ in {"VERB", "AUX"} and token.head.i != token.i and not _no_verb_form(token.head.lower_) \
                and not _currency_before_an_amount(token.head) \
                and token.dep_ != "conj" \
                and not (token.dep_ == "aux" and (token.head.tag_ in {"VBG", "VBN"} or _participle_after_object(token))) \
                and token.dep_ != "ccomp" \
                and not _before_an_infinitive(token) and not hung and not _verb_with_a_determiner(token):
            continue  # a modal of a verb, or one that opens a question ("Will the Council act?")
        before = {t.lower_ for t in doc[max(0, token.i - 3) : token.i]}
        following = token.nbor()
        while following.i + 1 < len(doc) and (following.lower_ in {"not", "up", "to", "than", "least"}
                                              or following.tag_ == "RB"):
            following = following.nbor()
        opening = token.nbor()
        if token.lower_ == "ought" and opening.lower_ == "to" and opening.i + 1 < len(doc):
            opening = opening.nbor()  # "ought to their emissions": "ought to" is one modal
        currency = _currency_before_an_amount(opening)
        if currency:
            opening = opening.nbor()  # "will NOK 110 million to the fund": the amount opens the object
        while (opening.tag_ == "RB" and opening.lower_ not in {"not", "up"} or _at_least(opening)) and opening.i + 2 < len(doc):
            # "will strongly any attempt", "should at least 2,000 homes": the object after an adverb
            opening = opening.nbor(2 if _at_least(opening) else 1)
        owner = opening.i + 1 < len(doc) and opening.nbor().tag_ == "POS"  # "must women's full participation"
        bare = _a_plural_noun(opening.lower_) and not _a_verb_in_s(opening)  # "can now drones over the reefs"
        if opening.tag_ not in _OBJECT_OPENING_TAGS and opening.lower_ not in {"up", "not"} and not owner and not bare \
                and not _adjective_for_an_object(opening) and not _participle_for_an_object(opening) \
                or before & _INVERTING or _after_a_preposition(token):
            continue
        if token.lower_ == "should" and opening.tag_ == "DT" and not _after_its_subject(token) and any(
                _subjects_verb(t) for t in doc[opening.i + 1 : _clause_end(doc, opening.i)]):
            continue  # "should a disaster occur", "should the expansion befall us": a condition, its verb later
        if following.tag_ == "PDT" and _is_base_verb(following.lower_):
            continue  # "it would not only nearly double the territory": a verb the tagger read as "double the"
        amount = list(itertools.takewhile(lambda t: t.like_num, doc[opening.i :])) if currency else []
        noun = opening if bare else amount[-1] if amount else next(
            (t for t in doc[following.i : following.i + 5] if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"),
            _noun_it_opens(opening))
        if noun is not None and noun.i == following.i and opening.lower_ == "not" and _is_base_verb(noun.lower_):
            continue  # "cannot as easily transition": a verb the tagger read as a noun
        if noun is not None and _is_base_verb(noun.lower_) and noun.i > token.i + 1 \
                and doc[noun.i - 1].tag_ in {"NN", "NNS"} and names_a_time(doc[noun.i - 1].lower_):
            continue  # "our children will one day inherit": a time, then the verb the tagger read as a noun
        if noun is None or any(t.pos_ == "VERB" and not _describes(t) and not _no_verb_form(t.lower_)
                               and not _currency_before_an_amount(t)
                               and not (t.i == opening.i and _participle_for_an_object(t)) for t in doc[token.i + 1 : noun.i]):
            continue
        # a bare object or one a noun opens may be an inverted subject whose verb comes after a comma:
        # "Under no circumstances will sources like blogs, or tabloids, be accepted"
        clause = doc[noun.i + 1 :] if bare or _never_a_verb(opening.lower_) else doc[noun.i + 1 : _clause_end(doc, noun.i + 1)]
        if not any(t.tag_ == "VB" and t.i > 0 and doc[t.i - 1].lower_ != "to" and not _own_modal_between(doc, noun.i, t.i)
                   and not (hung and t.i == token.head.i) for t in clause):
            owned = noun.head if noun.dep_ == "poss" and noun.head.i > noun.i else noun  # "must farmers' full access"
            return token, owned  # no verb of its own later in the clause, as an inverted modal has
    return None


def _verb_with_a_determiner(modal) -> bool:
    """A modal whose "verb" takes a determiner between them: a noun the tagger read as a verb ("they
    must that pledge before the summit", set 64)."""
    return any(c.dep_ == "det" and modal.i < c.i < modal.head.i for c in modal.head.children)


def _hung_on_another_clause(modal) -> bool:
    """A modal the parse hangs on the verb of a later clause, which a conjunction opens after the
    modal ("we will a binding cap, as other states have"), or on a noun it read as a verb with two
    subjects, one on each side of the modal ("partners should the meals programme"): the modal lost
    its own verb. Not "situations … can many times be difficult", whose "be" is surely a verb.
    A verb in the third person or the past ("teams must a further 1,600 km before that land is
    safe") is never a modal's own."""
    verb = modal.head
    if verb.i <= modal.i:
        return False
    if verb.tag_ in {"VBZ", "VBD"}:
        return True  # a present form in -s or a past form; "may migrant workers fail" may be a base form
    if any(c.tag_ == "MD" and c.dep_ == "aux" and c.i > modal.i for c in verb.children):
        return True  # "the Department will the size of its inspectorate, and disputes will continue": one verb, one modal
    subjects = [child.i for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    lexicon = wordnet()
    a_noun = lexicon is not None and verb.lower_ not in _AUXILIARIES and lexicon.lemma(verb.lower_, "noun") is not None
    return any(child.dep_ == "mark" and modal.i < child.i for child in verb.children) \
        or a_noun and any(i < modal.i for i in subjects) and any(i > modal.i for i in subjects)


def _after_its_subject(modal) -> bool:
    """A modal straight after a noun or a pronoun, its subject, or after an aside set off by commas
    after one ("Governments, in our view, should", round 64): not an inverted one."""
    before = modal.i - 1
    if before > 0 and modal.doc[before].text == ",":
        opening = _opening_comma(modal.doc, before)
        before = opening - 1 if opening is not None else before
    return before >= 0 and modal.doc[before].pos_ in {"NOUN", "PROPN", "PRON"}


def _opening_comma(doc, closing: int) -> int | None:
    """The comma that opens an aside a comma closes at `closing`, a few words before it."""
    return next((t.i for t in reversed(doc[max(0, closing - _ASIDE_WORDS) : closing]) if t.text == ","), None)


_ASIDE_WORDS = 8


def _own_modal_between(doc, start: int, end: int) -> bool:
    """A modal, a conjunction or a subject of its own between two words: a later verb it governs is
    another clause's ("must their records every year so that children can be reached", "must its
    seawalls with money it does not have")."""
    return any(t.tag_ == "MD" or t.dep_ == "mark" or t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == end
               for t in doc[start + 1 : end])


def _noun_it_opens(opening):
    """The noun a determiner or a describing word opens, when the parse gives it within eight
    words ("will its first fully national launch vehicle")."""
    head = opening.head
    # a word after a determiner that may be a noun, whatever the tagger made of it: "must that promise" (set 64)
    a_noun = head.pos_ in {"NOUN", "PROPN"} or opening.dep_ == "det" \
        and _is_base_verb(head.lower_) and (lexicon := wordnet()) is not None and lexicon.lemma(head.lower_, "noun") is not None
    return head if opening.dep_ in {"det", "poss", "nummod", "amod"} and a_noun and opening.i < head.i <= opening.i + 8 else None


def _verbless_copula(doc):
    """("be", first word of the object, object noun) when a form of "be" has an adverb of manner
    and then a noun phrase but no verb: "observers were carefully the ballots" (lost "counting").
    Only with a person or body as the subject and a thing as the noun, which "be" cannot equate:
    "Norway is proudly the largest donor", "Chile was formally a member" are whole. An adverb of
    progress ("is currently a second pipeline", lost "building") counts only before a noun that is
    nothing but a thing, after a body that is surely one ("the Ministry", not a name alone)."""
    for token in doc[1:-2]:
        if token.lower_ not in _BE_FORMS or token.nbor(-1).lower_ == "there":
            continue
        opening = token.nbor()
        while opening.tag_ == "RB" and opening.i + 1 < len(doc) and opening.i - token.i <= 2:
            opening = opening.nbor()
        adverbs = doc[token.i + 1 : opening.i]
        bare = opening.tag_ in {"JJ", "NN", "NNS"}  # "was routinely foreign trawlers", "have been illegally gold"
        owner = opening.i + 2 < len(doc) and opening.tag_ == "NNP" and opening.nbor().tag_ == "POS"  # "closely Lima's …"
        progress = len(adverbs) == 1 and adverbs[0].lower_ in _PROGRESS_ADVERBS
        if not adverbs or not (_acts_in_a_manner(adverbs[-1].lower_) or progress) \
                or opening.tag_ not in _OBJECT_OPENING_TAGS and not bare and not owner:
            continue  # "was still quietly the terms": the adverb before the noun phrase tells how
        owned = opening.i + 2 if owner else opening.i
        noun = next((c for c in token.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None) if progress else next(
            (t for t in doc[owned : owned + 5] if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"
             or t.dep_ == "attr" and t.pos_ == "VERB"), None)  # "the records" read as a verb
        if noun is None or any(t.pos_ in {"VERB", "AUX"} and not _describes(t) and t.dep_ not in {"amod", "compound"}
                               and not (owner and t.tag_ == "VBG") or t.tag_ in {"JJS", "RBS"} or t.lower_ in _ORDINALS
                               and not progress for t in doc[owned : noun.i]):
            continue  # "is proudly the first country to …": a rank, which "be" states
        if bare and (any(t.tag_ not in {"JJ", "NN", "NNS", "HYPH"} for t in doc[opening.i : noun.i])
                     or any(a.head.i != token.i and a.head.i >= opening.i and a.head.i != noun.i for a in adverbs)):
            continue  # "are deeply concerned about …", "are highly efficient services": the adverb is the adjective's
        subject = _subject(token) or (_subject(token.head) if token.dep_ in {"aux", "auxpass"} else None)
        if subject is None or not _acting_subject(subject) or _what_be_can_equate(noun, subject):
            continue
        if progress and not (_surely_a_body(subject) and _only_a_thing(noun)):
            continue  # "we are currently the chair of …", "Japan is now a hub for …"
        clause = doc[noun.i + 1 : _clause_end(doc, noun.i + 1)]
        if not any(t.tag_ in {"VB", "VBG", "VBN"} and t.dep_ not in {"acl", "relcl", "amod"} for t in clause):
            return token, opening, noun
    return None


# Adverbs that say something is under way: only a verb in -ing can be, before a thing.
_PROGRESS_ADVERBS = frozenset({"currently", "now", "presently"})


def _surely_a_body(subject) -> bool:
    """"We", "they", or a noun or a name's head word one of whose first two senses is a person or a
    group ("the Suez Canal Authority", "Congress"), not any name."""
    if subject.pos_ == "PRON":
        return subject.lower_ in {"we", "they"}
    return any(s.file in {"noun.person", "noun.group"} for s in noun_senses(subject.text)[:2])


def _only_a_thing(noun) -> bool:
    """A noun whose first sense is a thing, a text, an act or an idea, and none of whose first three
    senses is a person, a group or a place: "a pipeline", "a bill", not "the chair" or "a hub"."""
    senses = noun_senses(noun.text)[:3]
    return bool(senses) and senses[0].file in _THING_FILES \
        and not any(s.file in {"noun.person", "noun.group", "noun.location"} for s in senses)


_THING_FILES = frozenset({"noun.artifact", "noun.object", "noun.substance", "noun.plant", "noun.food", "noun.animal",
                          "noun.communication", "noun.cognition", "noun.act", "noun.possession"})


def _copula_before_a_count(doc):
    """("be", counted noun) when a person or body "is" a count of things: "Norland is more than
    40,000 visa applications a year" (lost "processing"), "the coast guard was thousands of
    containers" (lost "inspecting"). "Be" can give a count of people, places, measures or times
    ("we are 54 States", "Kenya is 580,000 square kilometres"), and what a thing or an act comes to
    ("the cost is 5 million dollars", "our contribution was 500 tents"), or a group of things its
    members ("the fleet is 30 ships"), and a text the things it is ("the Geneva Conventions are four
    treaties"); never another verb's work."""
    for be in doc:
        if be.lower_ not in _BE_FORMS or be.dep_ in {"aux", "auxpass"} or be.tag_ not in {"VBZ", "VBP", "VBD"} \
                and not _perfect(be):
            continue  # "is", "were", and "has been": "has been thousands of fragments"
        counted = next((c for c in be.children if c.dep_ == "attr" and c.tag_ == "NNS"), None)
        if counted is None or any(c.dep_ in {"acomp", "xcomp", "ccomp"} for c in be.children):
            continue  # "was 3 votes short of", "is 30 ships strong"
        noun = counted
        measure = _a_measure(counted) and any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PRON"} for c in be.children)
        # (not "Norway is 385,000 km² of …")
        if counted.lower_ in _QUANTITY_STARTS or measure:  # "thousands of containers", "forty kilometres of levees"
            noun = _what_of(counted)
            if noun is not None and noun.lower_ not in _QUANTITY_STARTS and _a_measure(noun):
                noun = _what_of(noun)  # "dozens of kilometres of pipeline"
        elif not any(t.tag_ == "CD" for t in doc[be.i + 1 : counted.i]):
            continue
        subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if noun is None or noun.pos_ != "NOUN" or subject is None or subject.i > be.i or not _acting_subject(subject):
            continue  # (a count's thing may be a mass: "was dozens of kilometres of emergency pipeline")
        people = _counts_people(noun)
        if (_what_be_can_equate(noun, subject) or people) and not (people and _sent_somewhere(be, noun)) \
                or _a_collection(subject) or names_a_text(subject.lower_) \
                or any(p.lower_ == "of" for p in counted.children) and counted is noun:
            continue  # "the Geneva Conventions are four treaties", "are two examples of treaties": what it is
        senses = noun_senses(noun.text)
        if senses and senses[0].file in {"noun.quantity", "noun.time", "noun.location", "noun.possession"}:
            continue  # "580,000 square kilometres", "12 years", "5 million dollars"
        clause = doc[noun.i + 1 : _clause_end(doc, noun.i + 1)]
        if not any(t.tag_ in {"VB", "VBG", "VBN"} and t.dep_ not in {"acl", "relcl", "amod"} for t in clause):
            return be, noun
    return None


def _perfect(be) -> bool:
    """ "been" after "has", "have" or "had"."""
    return be.lower_ == "been" and any(c.dep_ == "aux" and c.lower_ in {"has", "have", "had"} for c in be.children)


def _been_before_plural_things(doc):
    """("been", plural noun) when a single person or body "has been" a bare plural, since a time:
    "the Agency has been observers on board every trawler since 2020" (lost "placing"), "since 2018
    the Ministry has been refugee teachers in certificate courses" (lost "training"). One body is not
    many things or people; a plural that describes it ("strong supporters of", "partners with") is
    a role, which "be" states."""
    for be in doc:
        if not _perfect(be) or be.dep_ in {"aux", "auxpass"}:
            continue
        noun = next((c for c in be.children if c.dep_ == "attr" and c.tag_ == "NNS"), None)
        subject = _unparsed_subject(be) or next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
        if noun is None or subject is None or subject.tag_ not in {"NN", "NNP"} or not _acting_subject(subject) \
                or noun.lower_ in _QUANTITY_STARTS or noun_senses(noun.text)[:1] and noun_senses(noun.text)[0].file in {
                    "noun.quantity", "noun.time", "noun.location", "noun.possession", "noun.attribute"}:
            continue
        if any(c.dep_ in {"det", "poss", "amod", "nummod", "acl", "relcl"}
               and not (c.dep_ == "poss" and _moved_to_a_place(be, noun))
               or c.lower_ == "of" or c.lower_ == "with" and not _with_things(c) for c in noun.children):
            continue  # "has been strong supporters of", "partners with": what the body is
        if _counts_people(noun) and not any(c.dep_ == "poss" for c in noun.children) \
                and any(c.lower_ == "to" for c in (*noun.children, *be.children) if c.i == noun.i + 1):
            continue  # "has been donors to many causes", "partners to farmers": a role, which "to" completes
        if _made_of_people(subject):
            continue  # "the delegation has been observers at the talks": its members are
        if not any(t.lower_ in {"since", "for"} and t.head.i == be.i for t in doc):
            continue  # only a span of time shows the work went on
        clause = doc[noun.i + 1 : _clause_end(doc, noun.i + 1)]
        if not any(t.pos_ == "VERB" and t.dep_ not in {"acl", "relcl", "amod", "advcl", "ccomp"} for t in clause):
            return be, noun
    return None


def _moved_to_a_place(be, noun) -> bool:
    """ "its" or "their" things sent to a place or a thing ("has been its archives to a new
    building", lost "moving"): a body is never its own things, and "to" a place is where they went.
    Not "to date", nor "to" people ("their partners to the end")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    places = [o for t in (be, noun) for p in t.children
              if p.dep_ == "prep" and p.lower_ in {"to", "into", "onto"} and p.i > noun.i
              for o in p.children if o.dep_ == "pobj"]
    return owner is not None and owner.lower_ in {"its", "their"} and bool(places) and all(
        (senses := _senses(o)) and senses[0].file in {"noun.artifact", "noun.location"} for o in places)


def _with_things(with_) -> bool:
    """ "with" before things one is given or fitted with ("farmers … with water pumps"), not before
    a partner ("partners with three universities")."""
    things = [o for o in with_.children if o.dep_ == "pobj"]
    return bool(things) and all((senses := _senses(o)) and senses[0].file in _MATERIAL_FILES for o in things)


def _unparsed_subject(be):
    """The noun straight before "has been" when the parse made the noun of a phrase that "since"
    opens its subject, having hung the name on that phrase ("Since its launch in 2020 the
    Fund has been …"): "since" with a noun and no verb is a preposition."""
    doc = be.doc
    subjects = [c for c in be.children if c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}]
    if be.i < 2 or len(subjects) != 1 or not any(
            c.dep_ == "mark" and c.lower_ == "since" and c.i < subjects[0].i for c in be.children):
        return None
    have, noun = doc[be.i - 1], doc[be.i - 2]
    return noun if have.lower_ in {"has", "had"} and have.dep_ == "aux" and noun.tag_ in {"NN", "NNP"} else None


def _made_of_people(noun) -> bool:
    """A group whose first sense WordNet defines by the people in it ("delegation: a group of
    representatives or delegates"), who may together be a plural."""
    lexicon = wordnet()
    senses = noun_senses(noun.text)[:1]
    return lexicon is not None and bool(senses) and bool(lexicon.gloss_words(senses[0]) & _MEMBERS)


_MEMBERS = frozenset({"representatives", "delegates", "members", "persons", "people", "players", "workers"})


# What a delegation does to a text or a plan, when the object's class names no verb of its own.
_DELEGATES_DO = ("proposing", "supporting", "welcoming")


def _participle_without_a_partner(doc):
    """("be", participle) when "or"/"and" joins a participle to nothing: "200 boats were or damaged"
    (lost "destroyed"). Not "were, or were not, damaged", "are and remain open"."""
    for be in doc[:-2]:
        joiner, participle = be.nbor(), be.nbor(2)
        if be.lower_ in _BE_FORMS and joiner.lower_ in {"or", "and"} and participle.tag_ == "VBN" \
                and participle.lower_ not in _BE_FORMS:
            return be, participle
    return None


def _verbless_passive(doc):
    """("be", "by", subject) when "be" has no participle and "by" names who acted: "the programme
    has been by successive governments" (lost "cut"), "the dam was almost entirely by its citizens"
    (lost "financed"). Only after a perfect, an adverb or before a plural: "the painting is by a
    Ghanaian artist" names its maker. Not a subject that is itself an act or event ("the attacks
    were by armed groups"), nor "by" a place, time or means ("by the sea", "by 2030", "by boat")."""
    for by in doc:
        be = by.head
        if by.lower_ != "by" or by.dep_ != "prep" or be.lower_ not in _BE_FORMS or be.i > by.i:
            continue
        if any(t.tag_ not in {"RB", "RBR"} for t in doc[be.i + 1 : by.i]) or any(
                c.dep_ in {"acomp", "attr", "oprd", "xcomp", "dobj"} and c.i < by.i for c in be.children):
            continue
        agent = next((c for c in by.children if c.dep_ == "pobj"), None)
        subject = _subject(be)
        if agent is None or agent.pos_ != "NOUN" or not _agents(agent) or subject is None \
                or subject.pos_ not in {"NOUN", "PROPN"} or not _senses(subject):
            continue  # (a name's last word WordNet knows: "the Renaissance Dam"; not a person's name)
        if (senses := _senses(subject)[:1]) and senses[0].file in {"noun.act", "noun.event", "noun.person", "noun.group"}:
            continue  # what is done, and who does it, may be told by whom: "the attacks were by armed groups"
        perfect = any(c.lower_ in {"has", "have", "had"} for c in be.children)
        if perfect or by.i > be.i + 1 or agent.tag_ == "NNS":
            return be, by, subject
    return None


def _delegation_as_a_thing(doc):
    """("be", noun) when a delegation "is" a thing: "our delegation is a regional register of
    vessels" (lost "proposing"). A delegation is people: it may be a sponsor, a member, a party or
    a voice, never a register, a levy or an opinion; nor, in the papers read, a bridge "between"
    or an addition "to" anything, which stay silent."""
    for be in doc:
        if be.lower_ not in _BE_FORMS or be.tag_ not in {"VBZ", "VBD"} or be.dep_ in {"aux", "auxpass"}:
            continue
        subject = _subject(be)
        noun = next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if subject is None or subject.i > be.i or noun_lemma(subject.lower_) != "delegation" or noun is None:
            continue
        if not _only_a_thing(noun) or any(c.dep_ in {"acomp", "xcomp", "ccomp"} for c in be.children) \
                or any(t.tag_ in {"JJS", "RBS"} or t.lower_ in _ORDINALS for t in doc[be.i + 1 : noun.i]) \
                or any(p.lower_ in {"between", "to"} for p in noun.rights):
            continue  # "is the first to ratify", "is a bridge between regions"
        return be, noun
    return None


def _what_of(noun):
    """The noun after a count's or a measure's "of" ("thousands of containers")."""
    return next((o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)


def _a_measure(noun) -> bool:
    """A unit by its first sense ("kilometres", "tonnes")."""
    senses = noun_senses(noun.text)[:1]
    return bool(senses) and senses[0].file == "noun.quantity"


def _sent_somewhere(be, noun) -> bool:
    """Whether "into", "onto" or "towards" follows a count, hung on "be" or the counted noun: what
    another verb sends there ("is more than 1,500 women into cash-for-work programmes", lost
    "enrolling"), which a count of people that "be" gives never is."""
    return any(c.dep_ == "prep" and c.lower_ in {"into", "onto", "towards", "toward"}
               and not any(names_a_time(o.lower_) for o in c.children if o.dep_ == "pobj")  # "300 staff into its second year"
               for t in (be, noun) for c in t.children)


def _counts_people(noun) -> bool:
    """A plural of people or groups by its singular's first sense ("judges": not the Book of Judges)."""
    forms = {noun_lemma(noun.text), noun.lower_.removesuffix("s")}
    return any(senses[0].file in {"noun.person", "noun.group"} for form in forms if (senses := noun_senses(form)))


def _a_collection(subject) -> bool:
    """A group of things by its first sense ("fleet", "arsenal"): "be" may count its members."""
    lexicon = wordnet()
    if lexicon is None or subject.pos_ != "NOUN":
        return False
    senses = lexicon.senses(noun_lemma(subject.text))
    return bool(senses) and any("collection" in a.words for a in lexicon.ancestors(senses[0]))


def _have_then_with(doc):
    """("have", "with") when a main verb "have" is followed, after adverbs only, by "with": "the
    Ministry has with more than 400 village committees since 2022" (lost "worked"). "Have" is no
    auxiliary there, and nothing has "with" right after it."""
    for token in doc[:-2]:
        if token.lower_ not in {"has", "have", "had"} or token.dep_ in {"aux", "auxpass", "relcl"}:
            continue  # not "the ties the people have with the State": its object is the noun it describes
        if token.i >= 2 and doc[token.i - 2].tag_ in {"NN", "NNS"} and doc[token.i - 1].tag_ in {"NNP", "PRP"}:
            continue  # "the relationship England has with the Pope", parsed otherwise (round 62): the same
        after = token.nbor()
        while after.tag_ == "RB" and after.i + 1 < len(doc):
            after = after.nbor()
        if after.lower_ == "with" and after.i + 1 < len(doc) and after.nbor().tag_ != "PRP" \
                and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i < after.i for c in token.children):
            return token, after  # not "has with it the support of …", which carries a thing
    return None


# The verbs of working together that "has … with" most often lost.
_WORKED_WITH = ("worked", "partnered", "cooperated")


def _verbless_perfect(doc):
    """(modal or "have", first word of the object, object noun) when "would have", "should have" …
    has an adverb and then an object but no participle: "earlier warnings would have certainly the
    famine" (lost "prevented"), and when "have" has "never" before an object: "miners have never
    the pension money they earned" (lost "received"). An adverb that may qualify a noun phrase
    ("would have roughly the same number") leaves the words as possession."""
    for token in doc[:-3]:
        never = token.lower_ in {"have", "has", "had"} and token.nbor().lower_ == "never"
        if not never and (token.tag_ != "MD" or token.nbor().lower_ != "have"):
            continue
        opening = token.nbor() if never else token.nbor().nbor()
        while opening.tag_ == "RB" and opening.i + 1 < len(doc) and opening.i - token.i <= 3:
            opening = opening.nbor()
        adverbs = doc[token.i + (1 if never else 2) : opening.i]
        if not adverbs or adverbs[-1].lower_ in _NOUN_PHRASE_ADVERBS and not never or opening.tag_ not in _OBJECT_OPENING_TAGS:
            continue
        noun = next((t for t in doc[opening.i : opening.i + 5] if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"), None)
        if noun is None or any(t.pos_ in {"VERB", "AUX"} and not _describes(t) and t.dep_ not in {"amod", "compound"}
                               for t in doc[opening.i : noun.i]):
            continue
        clause = _own_clause(doc[noun.i + 1 : _clause_end(doc, noun.i + 1)], token)  # not "… before it expired"
        if not any(t.tag_ in {"VBN", "VBD"} and t.dep_ not in {"acl", "relcl", "amod"} for t in clause):
            return token, opening, noun
    return None


# Adverbs that may qualify a noun phrase: "roughly the same", "only the poorest", "largely the result".
_NOUN_PHRASE_ADVERBS = frozenset(
    "roughly nearly almost about approximately exactly precisely only just even especially particularly mainly "
    "mostly largely primarily chiefly partly twice also still already always never together quite rather well "
    "some over around".split())
_ORDINALS = frozenset("first second third fourth fifth last only sole main leading principal".split())
_PERSONAL_PRONOUNS = frozenset("we they i he she you".split())


@lru_cache(maxsize=4096)
def _acts_in_a_manner(adverb: str) -> bool:
    """An adverb in -ly that tells how something is done ("carefully", "actively"), which only a
    verb takes: not one of focus, time or view ("clearly", "previously", "legally")."""
    lexicon = wordnet()
    if lexicon is None or not adverb.endswith("ly") or adverb in _LINKING_ADVERBS:
        return False
    stem = adverb[:-2]
    adjectives = [a for a in (stem, stem[:-1] + "y", stem + "e", stem + "le", adverb[:-4]) if lexicon.is_adjective(a)]
    return bool(adjectives) and not any(lexicon.is_relational(a) for a in adjectives)


def _acting_subject(subject) -> bool:
    """A person or a body by its first sense, or an act whose next sense is the people who do it
    ("the administration", "the leadership"), a name, or a personal pronoun: not "it" or "this"."""
    if subject.pos_ == "PRON":
        return subject.lower_ in _PERSONAL_PRONOUNS
    senses = noun_senses(subject.text)[:2]
    return _person_or_body(subject) or len(senses) == 2 and senses[0].file == "noun.act" \
        and senses[1].file in {"noun.person", "noun.group"}


def _what_be_can_equate(noun, subject) -> bool:
    """A noun the subject can be: a name, a person or a group, a place when the subject is a name
    or a pronoun, which may stand for a country ("we are the home of …"), not for guards; before
    "of", a person or group by a later sense or a part or quality of something ("the voice of")."""
    if noun.pos_ == "PROPN":
        return True
    senses = noun_senses(noun.text)
    places = {"noun.location"} if subject.pos_ in {"PROPN", "PRON"} else set()
    if not senses or senses[0].file in {"noun.person", "noun.group"} | places:
        return True
    if not any(t.lower_ == "of" for t in noun.rights):
        return False
    # "the N of": a role ("visibly the target of …", a person by a later sense) or a part or quality
    # of something ("openly the face of the protest")
    return senses[0].file in {"noun.body", "noun.attribute"} or any(s.file in {"noun.person", "noun.group"} for s in senses[1:3])


def _ing_form(verb: str) -> str:
    """The present participle of a base form ("count" -> "counting", "commit" -> "committing");
    a phrasal verb's first word takes it ("break up" -> "breaking up")."""
    first, _, rest = verb.partition(" ")
    lexicon = wordnet()
    listed = next((f for f in (lexicon.inflections(first) if lexicon else ()) if f.endswith("ing")), None)
    if listed is None:
        listed = first[:-2] + "ying" if first.endswith("ie") else \
            first[:-1] + "ing" if first.endswith("e") and not first.endswith(("ee", "ye", "oe")) else first + "ing"
    return f"{listed} {rest}".strip()


def _participle_after_object(modal) -> bool:
    """A modal the parser hangs on a past tense just after the modal's object, which is a
    participle describing it ("must not the safeguards agreed in 2019"): a modal never governs a
    past tense. Not one far off ("should the nations of the UN assist …, suggested"), a misparse."""
    verb = modal.head
    return verb.tag_ == "VBD" and modal.i < verb.i <= modal.i + 5 and not any(t.is_punct for t in modal.doc[modal.i : verb.i])


def _clause_end(doc, start: int) -> int:
    return next((t.i for t in doc[start:] if t.is_punct), len(doc))


def _before_an_infinitive(modal) -> bool:
    """A modal the parse hangs on a later verb that its own "to" marks, which no modal governs:
    "may an independent panel … to investigate" lost the verb after "may". Not a modal right after
    a verb ("attempts to work will each country", a slip for "with")."""
    verb = modal.head
    return verb.i > modal.i and any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children) \
        and not (modal.i > 0 and modal.nbor(-1).pos_ == "VERB")


def _only_a_verb(word: str) -> bool:
    """A word WordNet knows as a verb's form and not as a noun ("identifies", "ensures")."""
    lexicon = wordnet()
    return lexicon is not None and lexicon.lemma(word, "verb") is not None and lexicon.lemma(word, "noun") is None


def _is_base_verb(word: str) -> bool:
    lexicon = wordnet()
    return lexicon is not None and lexicon.lemma(word, "verb") == word


def _describes(word) -> bool:
    """A participle a determiner opens, which describes the noun after it ("all remaining mines",
    "its updated plan"), or a word that is only ever an adjective, whatever its tag."""
    before = word.i - 1
    while before > 0:
        previous = word.doc[before]
        if previous.tag_ == "HYPH":
            before -= 2  # "an early-warning siren"
        elif previous.tag_ in _ADJECTIVE_TAGS or previous.tag_ == "RB" and previous.lower_.endswith("ly"):
            before -= 1  # "a legally binding cap", "its last suspected area"
        else:
            break
    return word.tag_ in {"VBG", "VBN"} and before >= 0 and word.doc[before].tag_ in {"DT", "PDT", "PRP$", "POS"} \
        or _only_describes(word.lower_)


_ADJECTIVE_TAGS = {"JJ", "JJR", "JJS"}


@lru_cache(maxsize=4096)
def _only_describes(word: str) -> bool:
    """WordNet lists the word as an adjective and never as a verb: "measurable", not "open" or "in"."""
    lexicon = wordnet()
    return lexicon is not None and word.isalpha() and word not in _FUNCTION_WORDS and lexicon.is_adjective(word) \
        and lexicon.lemma(word, "verb") is None


def _subjects_verb(token) -> bool:
    """The verb of an inverted "should" clause: a verb by its tag, or a word that is only ever a
    verb straight after the subject's noun ("should the expansion befall us"); not a noun of a
    later phrase ("should an arms embargo on all parties to the conflict")."""
    lexicon = wordnet()
    return token.tag_ in {"VB", "VBP"} or _is_base_verb(token.lower_) and token.doc[token.i - 1].pos_ in {"NOUN", "PROPN"} \
        and lexicon is not None and lexicon.lemma(token.lower_, "noun") is None


def _adjective_for_an_object(token) -> bool:
    """An adjective or a noun opening the object a modal's lost verb took ("must measurable
    benchmarks", "can now coca fields", "can drought-tolerant seed"), not one written for an
    adverb before the verb ("could potential result in")."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    if following is not None and following.tag_ == "HYPH" and following.i + 2 < len(token.doc) \
            and following.nbor().tag_ in {"JJ", "VBN"} and _only_describes(following.nbor().lower_):
        noun = following.nbor().nbor()  # "heat-resistant rice": an adjective, and the noun the tagger reads after it
        return token.tag_ in {"JJ", "VB", "VBP", "NN"} and noun.tag_ in {"NN", "NNS", "NNP", "NNPS"}
    describing = _only_describes(token.lower_) or _never_a_verb(token.lower_)
    return token.tag_ in {"JJ", "VB", "VBP", "NN"} and describing \
        and following is not None and (following.pos_ in {"NOUN", "PROPN", "ADJ"} or following.tag_ == "VBG") \
        and not _is_base_verb(following.lower_)


def _a_verb_in_s(token) -> bool:
    """A verb's form in -s, tagged as one: "he will makes clear" is a verb in the wrong form, not a
    lost one; "can now glaciers", which the tagger also read as a verb, is no verb's form."""
    lexicon = wordnet()
    return token.tag_ == "VBZ" and lexicon is not None and lexicon.lemma(token.lower_, "verb") is not None


def _past_form_only(word: str) -> bool:
    """A verb's past form that is not also its base form: "paid", "trained"; not "cut" or "found"."""
    lexicon = wordnet()
    return lexicon is not None and word.isalpha() and not word.endswith(("s", "ing")) \
        and lexicon.lemma(word, "verb") not in (None, word)


def _participle_for_an_object(token) -> bool:
    """A participle that is no base form, straight before a noun or an adjective, where a modal's
    verb belongs: "should paid maternity leave", "could teaching materials"; not "should cut
    emissions" ("cut" is a base form too)."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    participle = token.tag_ in {"VBN", "VBD"} and _past_form_only(token.lower_) \
        or token.tag_ in {"VBG", "NN"} and _present_participle(token.lower_)
    return participle and following is not None and following.tag_ in {"NN", "NNS", "JJ"}


def _present_participle(word: str) -> bool:
    """A verb's form in -ing ("teaching", "training"; not "thing" or "during"), which a modal never takes."""
    lexicon = wordnet()
    return lexicon is not None and word.isalpha() and word.endswith("ing") and lexicon.lemma(word, "verb") not in (None, word)


def _never_a_verb(word: str) -> bool:
    """A word WordNet lists only as a noun ("coca", "cargo"), or a word it does not list that ends
    as adjectives do ("genomic"): never the base form a modal takes."""
    lexicon = wordnet()
    if lexicon is None or not word.isalpha() or word in _FUNCTION_WORDS or lexicon.is_adverb(word):
        return False
    if not lexicon.lists(word):
        return word.endswith(_ADJECTIVE_ENDINGS)
    return lexicon.lemma(word, "verb") is None and lexicon.lemma(word, "noun") is not None


def _currency_before_an_amount(token) -> bool:
    """A three-letter code in capitals before a number: a currency ("NOK 110 million", "USD 5"), which
    the tagger may read as a verb after a modal."""
    return len(token.text) == 3 and token.text.isupper() and token.i + 1 < len(token.doc) and token.nbor().like_num


def _no_verb_form(word: str) -> bool:
    """A word a modal cannot take as its verb, whatever its tag: an adjective, a noun, a plural noun."""
    return _only_describes(word) or _never_a_verb(word) or _a_plural_noun(word)


def _a_plural_noun(word: str) -> bool:
    """A plural noun that is no base form of a verb ("drones", "poachers"), which a modal never takes."""
    lexicon = wordnet()
    return lexicon is not None and word.isalpha() and word.endswith("s") and lexicon.lemma(word, "noun") not in (None, word) \
        and lexicon.lemma(word, "verb") != word


_ADJECTIVE_ENDINGS = ("ic", "ical", "ous", "ful", "less", "ary")


def _after_a_preposition(modal) -> bool:
    """A modal's word straight after a preposition, a determiner or an adjective is no modal: "on
    may 10th", "political will matters"."""
    return modal.i > 0 and (modal.nbor(-1).tag_ == "IN" and modal.nbor(-1).lower_ not in _INVERTING | {"that", "if"}
                            or modal.nbor(-1).tag_ in {"JJ", "PRP$", "POS"} or modal.nbor(-1).lower_ in {"a", "an", "the"})


def _do_not(token) -> bool:
    """ "does not", "did not" with a subject of its own: "Argentina does not the jurisdiction", or
    one the parse gave the object or a word it read as the predicate ("Morocco does not the regime",
    "does not enough vessels")."""
    holders = [token] + ([token.head] if token.head.pos_ in {"NOUN", "PROPN", "ADJ"} and token.head.i > token.i else [])
    return token.lower_ in {"do", "does", "did"} and token.i + 1 < len(token.doc) and token.nbor().lower_ == "not" \
        and any(child.dep_ in {"nsubj", "nsubjpass"} for holder in holders for child in holder.children)


# WordNet's sentence frames (wninput(5WN)) with a "to" phrase after the verb: "to somebody" (12,
# 27), any prepositional phrase (4, 22), and an object before one (15, 20, 21); and "It ----s that
# CLAUSE" (34), whose verb takes the one it seems to: "It seems to the delegation that …".
_PHRASE_FRAMES = frozenset({4, 12, 15, 20, 21, 22, 27, 34})
_TO_INFINITIVE, _OBJECT_TO_INFINITIVE = 28, 24  # "Somebody ----s (somebody) to INFINITIVE"
_WHETHER_TO_INFINITIVE = 29  # "Somebody ----s whether to INFINITIVE": "decide" takes an infinitive
# Adjectives a "to" follows only with an infinitive: "able to", "willing to", "prepared to".
_INFINITIVE_ADJECTIVES = frozenset(
    "able unable willing unwilling eager reluctant keen determined likely unlikely ready prepared".split())


_THAT_CLAUSE = 26  # "Somebody ----s that CLAUSE"


def _own_clause(words, governor):
    """The words up to a clause of their own: one an adverbial or relative word opens ("before the
    budget is renewed", "which …"), or "that" unless the governing verb takes a that-clause ("prove
    to the world that …" has its verb)."""
    lexicon = wordnet()
    takes_that = lexicon is not None and _THAT_CLAUSE in lexicon.frames(verb_lemma(governor.lower_))
    for t in words:
        if t.lower_ in {"that", "whether"} and takes_that:
            continue
        if t.dep_ == "mark" or t.tag_ in {"WDT", "WP"}:
            return words[: t.i - words.start]
    return words


def _person_or_body(noun) -> bool:
    """A name, a pronoun, or a noun whose first sense is a person or a group: "urge States to"."""
    if noun.pos_ in {"PROPN", "PRON"}:
        return True
    lexicon = wordnet()
    senses = lexicon.senses(noun_lemma(noun.text)) if lexicon is not None else []
    return bool(senses) and senses[0].file in {"noun.person", "noun.group"}


def _may_be_a_body(noun) -> bool:
    """A person or a group by its first sense, or by a later one for a noun whose first is a place
    ("urge every coastal state to"): one urged to act."""
    if _person_or_body(noun):
        return True
    senses = noun_senses(noun.text)[:3]
    return bool(senses) and senses[0].file == "noun.location" and any(s.file == "noun.group" for s in senses[1:])


@lru_cache(maxsize=4096)
def _takes_only_an_infinitive(word: str, object_between: bool) -> bool:
    """A verb whose every sense takes "to" only before an infinitive, with an object between when
    `object_between` ("urge States to"), or else right after it ("intend to"); or such an adjective."""
    if word in _INFINITIVE_ADJECTIVES and not object_between:
        return True
    lexicon = wordnet()
    verb = lexicon.lemma(word, "verb") if lexicon is not None else None
    if verb is None or lexicon is None:
        return False
    frames = lexicon.frames(verb)
    wanted = {_OBJECT_TO_INFINITIVE} if object_between else {_TO_INFINITIVE, _WHETHER_TO_INFINITIVE}
    return bool(wanted & frames) and not frames & _PHRASE_FRAMES


def _passive_takes_only_an_infinitive(word: str) -> bool:
    """A participle whose verb takes "to" only before an infinitive, with an object or without
    one: "is expected to" ("expect somebody to", "expect to"); not "is entitled to", "was
    sentenced to", whose verbs take no infinitive without an object ("entitled to the rights")."""
    return _takes_only_an_infinitive(word, object_between=True) and _takes_only_an_infinitive(word, object_between=False)


def _verbless_to(doc):
    """("to", object noun) when "to" follows a verb or adjective that takes it only before an
    infinitive and an object follows it with no verb: "Mali intends to the outcome of the
    dialogue", "we urge the Secretariat to a full audit". Not "urge all parties to the conflict
    to cease fire", whose verb comes later."""
    for marker in doc[1:-1]:
        if marker.lower_ != "to":
            continue
        opening = marker.nbor()
        while opening.tag_ == "RB" and opening.i + 1 < len(doc) and opening.i - marker.i <= 2:
            opening = opening.nbor()  # "to fully the ceasefire": the object after an adverb
        bare = opening.tag_ == "NNS" and _a_plural_noun(opening.lower_) and not _a_verb_in_s(opening)
        if opening.tag_ not in _OBJECT_OPENING_TAGS and opening.lower_ not in _QUANTIFIER_NOUNS and not bare \
                and not _compound_adjective(opening):
            continue
        adverbs = [t.lower_ for t in doc[marker.i + 1 : opening.i]]
        about_to = marker.nbor(-1).lower_ == "about" and marker.i > 1 and doc[marker.i - 2].lower_ in _BE_FORMS
        purpose = marker.i > 1 and (doc[marker.i - 2].lower_, marker.nbor(-1).lower_) in _PURPOSE \
            and not (marker.i > 2 and verb_lemma(doc[marker.i - 3].lower_) in _PUT_IN_ORDER)  # not "put in order to the …"
        if adverbs and _acts_in_a_manner(adverbs[-1]) or about_to or purpose:
            found = _object_without_verb(doc, marker, marker.nbor(-1))
            if found is not None:
                return marker, found  # "going to formally the amendment", "is about to a programme", "in order to
                # every camp": a verb is needed
            continue
        governor = marker.nbor(-1)
        object_between, looked_up = False, governor.lower_
        if governor.pos_ in {"NOUN", "PROPN", "PRON"} or governor.text == "," and _aside_before(marker) is not None:
            urged = _urged_body(marker)
            if urged is None:
                continue  # "cause damage to the environment": "to" belongs to the object
            governor, looked_up = urged
            object_between = True
        passive = governor.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in governor.children)
        if governor.lower_ not in _INFINITIVE_ADJECTIVES and (governor.pos_ != "VERB" or governor.tag_ == "VBN" and not passive
                                                              or governor.dep_ in {"amod", "acomp", "compound"}):
            continue  # "the aid pledged to the region", "life-threatening to the health"
        if not _takes_only_an_infinitive(looked_up, object_between) or passive and not _passive_takes_only_an_infinitive(
                governor.lower_):
            continue  # "is expected to": the passive of "expect somebody to"
        found = _object_without_verb(doc, marker, governor)
        if found is not None:
            return marker, found
    return None


def _compound_adjective(token) -> bool:
    """A noun that opens a hyphened adjective of its noun phrase: "climate-resilient debt clauses" (set 66)."""
    return token.tag_ == "NN" and token.i + 3 < len(token.doc) and token.nbor().tag_ == "HYPH" \
        and (token.nbor(2).tag_ in {"JJ", "VBN"} or token.nbor(2).dep_ == "amod") and token.nbor(3).pos_ in {"NOUN", "PROPN"}


def _urged_body(marker):
    """(verb, the verb WordNet is asked about) when a person or body straight before "to" is the
    object of a verb that may take it and an infinitive: "urge the Secretariat to", the object of
    a phrasal verb's particle ("calls on all States to", "calls on States with greater means to":
    "call on") and of a verb of wanting in the conditional ("would like the Council to", read as
    "want"). None when "to" may belong to the noun ("cause damage to the environment")."""
    doc, body, end = marker.doc, marker.nbor(-1), marker.i
    if body.text == "," and (aside := _aside_before(marker)) is not None:
        body, end = doc[aside - 1], aside  # "encourage all States, particularly developing States, to the Convention"
    verb = next((t for t in body.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.i < end - 8 or verb.i > body.i:
        return None
    if body.dep_ == "dobj" and body.head.i == verb.i and verb.i >= end - 6 and _may_be_a_body(body):
        wanting = any(c.lower_ in {"would", "'d"} and c.dep_ == "aux" for c in verb.children) and _a_kind_of_want(verb.lower_)
        return verb, "want" if wanting else verb.lower_
    for particle in (c for c in verb.children if c.dep_ == "prep" and c.i < body.i):
        urged = next((o for o in particle.children if o.dep_ == "pobj"), None)
        phrasal = _phrasal_verb(verb.lower_, particle.lower_)
        between = doc[urged.i + 1 : marker.i] if urged is not None else doc[0:0]
        if urged is not None and phrasal and _may_be_a_body(urged) and particle.i == verb.i + 1 \
                and all(t.tag_ in _NP_TAGS | {"IN", "CC"} and t.lower_ not in {"to", "than"} for t in between):
            return verb, phrasal  # "calls on States with greater resources to", "on lenders and borrowers to" (set 66)
    return None


def _aside_before(marker) -> int | None:
    """Where the comma opens an aside that a comma closes right before `marker`, after a noun, and
    that a word of focus or example opens ("all States, particularly developing States, to"); None
    for a list or a clause."""
    doc, closing = marker.doc, marker.i - 1
    opening = _opening_comma(doc, closing)
    if opening is None or opening < 1 or doc[opening - 1].pos_ not in {"NOUN", "PROPN"}:
        return None
    inside = doc[opening + 1 : closing]
    if not inside or inside[0].lower_ not in _ASIDE_OPENERS:
        return None
    return opening


_ASIDE_OPENERS = frozenset({"particularly", "especially", "notably", "in", "including", "mainly", "above", "not"})


def _phrasal_verb(verb: str, particle: str) -> str | None:
    """The phrasal verb WordNet lists for a verb and its particle ("calls", "on": "call_on"); "upon"
    as "on"."""
    lexicon = wordnet()
    lemma = lexicon.lemma(verb, "verb") if lexicon is not None else None
    if lexicon is None or lemma is None:
        return None
    particle = "on" if particle == "upon" and not lexicon.phrasal_verb(verb, particle) else particle
    return f"{lemma}_{particle}" if lexicon.phrasal_verb(verb, particle) else None


@lru_cache(maxsize=1024)
def _a_kind_of_want(verb: str) -> bool:
    """A verb whose first sense WordNet files under wanting ("like": "wish, care, like", a kind of
    "desire, want"): in the conditional it takes an object and an infinitive as "want" does."""
    lexicon = wordnet()
    senses = lexicon.senses(verb_lemma(verb), "verb")[:1] if lexicon is not None else []
    return any("want" in lexicon.sense(h, "verb").words for s in senses for h in s.hypernyms) if lexicon else False


def _object_without_verb(doc, marker, governor):
    """The head noun of the object after "to" when no verb comes before it or later in its clause."""
    # (not a noun of a hyphened adjective: "climate-resilient clauses", "drought-proof terms")
    noun = next((t for t in doc[marker.i + 1 : marker.i + 7]
                 if t.pos_ in {"NOUN", "PROPN"} and t.dep_ not in {"compound", "npadvmod", "amod"}), None)
    if noun is None or any(t.pos_ in {"VERB", "AUX"} and not _describes(t) for t in doc[marker.i + 1 : noun.i]):
        return None
    if noun.tag_ == "NN" and _a_degree(noun):
        return None  # "encourages farmers to the extent possible", "to a degree": how far, not what
    if any(t.tag_ == "VB" and t.i >= 2 and doc[t.i - 1].lower_ == "to" and doc[t.i - 2].text == "," for t in doc[noun.i + 1 :]):
        return None  # "urge the parties to the agreement, who met in Paris, to respect it": its infinitive after an aside
    if marker.nbor(-1).pos_ in {"NOUN", "PROPN"} and any(
            t.lower_ == "to" and not any(p.lower_ == "from" for p in doc[noun.i : t.i]) and not _beside_the_governor(t, governor)
            for t in doc[noun.i + 1 : _clause_end(doc, noun.i + 1)]):
        return None  # "calls on the parties to the conflict in Yemen to …": the first "to" may be the noun's
    if any(t.tag_ in _VERB_TAGS and not (t.dep_ == "acl" and t.tag_ == "VBN" or t.dep_ == "pcomp")
           and not any(a.dep_ == "prep" and a.i > noun.i for a in t.ancestors) and not _another_infinitive(t)
           and not _beside_the_governor(t, governor) and not _describing_clause(t, noun)
           for t in _own_clause(doc[noun.i + 1 : _clause_end(doc, noun.i + 1)], governor)):
        return None  # a verb of its own later; not a participle describing the object ("the truce announced in
        # March") nor one after a preposition ("a programme for detecting …", "by paying employers to take on")
    return noun


def _a_degree(noun) -> bool:
    """A noun whose first sense is a degree or an extent, or a kind of one ("extent", "degree",
    "limit", "utmost"): "to the extent possible" says how far."""
    lexicon = wordnet()
    senses = lexicon.senses(noun_lemma(noun.text))[:1] if lexicon is not None else []
    return lexicon is not None and any(
        {"degree", "extent"} & set(s.words) for sense in senses for s in (sense, *lexicon.ancestors(sense, 2)))


def _beside_the_governor(verb, governor) -> bool:
    """A verb joined by "and" to the one that governs "to", or within such a verb's clause: "would
    like to a regional workshop … and invites every delegation to attend" has its own later verbs."""
    return any(a.dep_ == "conj" and a.head.i == governor.i for a in (verb, *verb.ancestors))


def _describing_clause(verb, noun) -> bool:
    """A verb that describes a noun of the object, not the verb "to" lost: a relative clause's ("the
    children who arrive at the border", "a resolution that updates …") or a past participle straight
    after a noun with no subject of its own ("the norms agreed in 2015"). Never an infinitive."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(a.dep_ == "relcl" and a.i > noun.i for a in (verb, *verb.ancestors)):
        return True
    if verb.dep_ == "conj" and verb.head.i > noun.i and {verb.tag_, verb.head.tag_} <= {"VBD", "VBN"} \
            and _describing_clause(verb.head, noun):
        return True  # "agreed in 2015 and endorsed by the Assembly"
    return verb.tag_ in {"VBD", "VBN"} and verb.i > 0 and verb.nbor(-1).tag_ in {"NN", "NNS", "NNP", "NNPS"} \
        and _past_form_only(verb.lower_) and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)


def _another_infinitive(verb) -> bool:
    """A verb of an infinitive joined on by "and" or "or" ("urge all States to the Convention and
    to apply it"): the first "to" still lacks its own verb."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].lower_ == "to" and doc[verb.i - 2].lower_ in {"and", "or"}


# Words before a modal that invert it or leave its verb understood: "so too will", "how can",
# "not only would", "as one would", "never again will".
_INVERTING = frozenset("so too nor neither only how where when why what which as than never seldom rarely nowhere".split())


def _plural_after_number(token) -> bool:
    """"300 midwives" tagged as a verb: a verb in -s cannot follow a number above one."""
    if token.tag_ != "VBZ" or token.i < 2 or token.nbor(-1).tag_ != "CD" or token.nbor(-1).lower_ in {"1", "one"}:
        return False
    if _YEAR.match(token.nbor(-1).text) and (token.nbor(-2).lower_ in _MONTHS | {"in", "since", "of"}
                                             or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?,?", token.nbor(-2).lower_)):
        return False  # "the council elected in 2021 meets", "on November 12th 2015 demonstrates": a year, not a count
    return not token.nbor(-2).text[:1].isupper()  # "Resolution 2417 condemns": a number in a name


def _phrase_start(noun):
    """The first word of the noun phrase that ends with `noun` ("the Ghanaian government")."""
    first = noun
    while first.i > 0 and first.tag_ not in {"DT", "PRP$"} and first.nbor(-1).tag_ in _NP_TAGS - {"CD"} \
            and not _is_time(first.nbor(-1)):
        first = first.nbor(-1)  # up to its determiner: "During the drought the WFP …" opens with "the WFP"
    return first


def _verbs_after(noun) -> tuple[str, ...]:
    """Past-tense verbs for an object, by the direction or preposition that follows it."""
    cls = MONEY if _an_amount(noun) else object_class(noun.text)  # "about US$5.6 billion for peacekeeping"
    if cls is None:
        return ()
    following = next((t.lower_ for t in noun.doc[noun.i + 1 :] if t.tag_ in {"IN", "RB", "RP", "TO"}), "")
    return tuple(_PAST.get(verb, verb) for verb in cls.verbs_for(following))


_PAST = {"frozen": "froze", "broken up": "broke up"}


def _inserted(doc, start, at, end, verbs) -> tuple[str, ...]:
    """The span's text with each verb inserted before offset `at`."""
    return tuple(f"{doc.text[start:at]}{verb} {doc.text[at:end]}" for verb in verbs)


def _is_time(token) -> bool:
    """A year, a number, a month or a time word: what dates the action a relative clause lost."""
    return token.tag_ == "CD" or token.lower_ in _MONTHS | {"ago"} or token.lower_.rstrip("s") in _TIME_NOUNS


def _finite_verb(token) -> bool:
    """A finite verb, a base form the parse makes the root ("Ensure that …"), or a verb's form the
    tagger called a noun but the parse gives a subject ("25% of people fall under the line")."""
    return (token.tag_ in _FINITE_TAGS and not _plural_after_number(token)) or (token.tag_ == "VB" and token.dep_ == "ROOT") \
        or token.tag_ in {"NN", "NNS"} and token.dep_ == "ROOT" and _is_base_verb(verb_lemma(token.lower_)) \
        and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) \
        and not any(c.dep_ in {"det", "amod", "nummod", "poss", "compound"} for c in token.children)  # "the Council a mandate"


def _verb_in_its_clause(doc, subject, noun) -> bool:
    """Whether the clause of a subject and the object after it has a verb: one before the subject
    (so "…, and the police 900 tonnes" leaves a verb understood), or one after the object before
    another clause opens ("…, and the State will"). A relative clause's own verb does not count."""
    if any(_finite_verb(t) for t in doc[_after_an_opening_clause(doc, subject) : subject.i]):
        return True
    subordinate = _in_a_subordinate_clause(subject)
    i = noun.i + 1
    while i < len(doc):
        token = doc[i]
        if token.text == ";" or token.text == "," and (subordinate or i + 1 < len(doc) and doc[i + 1].lower_ in _NEXT_CLAUSE):
            return False  # "Although Norland the largest share …, our voice is …": the comma ends the clause
        relative = _opens_a_relative_clause(doc, i)
        if relative:
            i = next((t.i for t in doc[i + relative :] if t.text == ","), len(doc))  # ", which made …": read to its end
            continue
        if _relative_that(doc, i) or _opens_a_subordinate_clause(doc, i):
            i = token.head.right_edge.i + 1  # "a plan that extends …", "because we believe …": past its clause
            continue
        if token.lower_ == "and" and _finite_after_and(doc, i):
            return False  # "Our Government a National Plan in 2019 and has since built …": the verb of a second
            # predicate that shares the subject; the first lost its own
        if _finite_verb(token):
            return True
        i += 1
    return False


def _finite_after_and(doc, index: int) -> bool:
    """Whether the word after an "and" (past adverbs) is a finite verb with no subject of its own."""
    after = next((t for t in doc[index + 1 : index + 4] if t.tag_ != "RB"), None)
    return after is not None and _finite_verb(after) and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > index
                                                                 for c in after.children)


# Conjunctions that open a clause set before the main one: "Before Iota made landfall, …".
_OPENING_CONJUNCTIONS = _SUBORDINATORS | {"before", "after", "until", "since", "as"}


def _after_an_opening_clause(doc, subject) -> int:
    """Where the main clause starts: after the comma that closes a clause a conjunction opens the
    sentence with ("Before Iota made landfall, SINAPRED …"), whose verb is its own; else 0."""
    if not len(doc) or doc[0].lower_ not in _OPENING_CONJUNCTIONS:
        return 0
    commas = [t.i for t in doc[: _name_start(subject).i] if t.text == ","]
    return commas[-1] + 1 if commas else 0


def _opens_a_relative_clause(doc, i: int) -> int:
    """How many words open a relative clause at `i` (0 if none): ", which", ", under which",
    or "who"/"which" straight after a noun ("hundreds of children who travel alone")."""
    token = doc[i]
    if token.text == "," and i + 1 < len(doc) and doc[i + 1].tag_ in {"WDT", "WP", "WP$"}:
        return 2
    if token.text == "," and i + 2 < len(doc) and doc[i + 1].tag_ == "IN" and doc[i + 2].tag_ in {"WDT", "WP"}:
        return 3
    if token.tag_ in {"WP", "WDT"} and token.lower_ != "that" and i > 0 and doc[i - 1].tag_ in {"NN", "NNS"}:
        return 1
    return 0


def _in_a_subordinate_clause(subject) -> bool:
    """A subject whose noun phrase a subordinating conjunction opens ("Although Norland …", "when our
    officers …"): its clause ends at the next comma."""
    start = _name_start(subject)
    return start.i > 0 and start.nbor(-1).lower_ in _SUBORDINATORS and start.nbor(-1).dep_ == "mark"


def _relative_that(doc, i: int) -> int:
    """1 when "that" straight after a noun opens a relative clause whose subject or object it is
    ("a new plan that extends the Green Dam"), not the "that" of a clause a verb reports."""
    token = doc[i]
    return int(token.lower_ == "that" and token.tag_ == "WDT" and i > 0 and doc[i - 1].tag_ in {"NN", "NNS", "NNP", "NNPS"}
               and token.dep_ in {"nsubj", "nsubjpass", "dobj"} and token.head.dep_ == "relcl" and token.head.i > i)


def _opens_a_subordinate_clause(doc, i: int) -> int:
    """1 when a subordinating conjunction after the object opens a clause with a subject of its own
    ("… early because we believe …", "… by air when the roads were closed"): its verb is not the
    main clause's."""
    token = doc[i]
    verb = token.head
    return int(token.lower_ in _SUBORDINATORS and (token.dep_ == "mark" or token.tag_ == "WRB" and token.dep_ == "advmod")
               and verb.i > i and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and i < c.i < verb.i for c in verb.children))


def _name_start(noun):
    """The first word of a noun phrase, through the "of" of a name ("the Ministry of Health")."""
    first = _phrase_start(noun)
    while first.i >= 2 and first.nbor(-1).lower_ == "of" and first.nbor(-2).tag_ in {"NNP", "NNPS"}:
        first = _phrase_start(first.nbor(-2))
    return first


# Determiners that open an object straight after its subject in a sentence with no verb.
_OBJECT_DETERMINERS = frozenset("a an the their its our his her".split())


def _subject_then_object(doc, start: int = 0):
    """(subject noun, first word of the object, object noun) for "the ministry 200 new teachers"; an
    "object" a count follows is the subject of that count ("In the first year of the emergency our
    Government more than 6,000 acres …", set 64)."""
    for token in doc[start:-1]:
        following = token.nbor(1)
        if not _a_noun_as_tagged_or_misread(token) or token.lower_ in _FUNCTION_WORDS:
            continue
        if any(a.tag_.startswith("VB") and a.i < token.i for a in token.ancestors):
            continue  # "Giving the consumer side of business a try": a verb's objects before it, no subject
        if following.text == ",":
            following = _after_a_partner_phrase(token)  # "the ministry, with the help of two charities, 400 wells"
            if following is None or not (following.tag_ == "CD" or following.lower_ in _QUANTITY_STARTS and (
                    following.lower_ in _COUNTING_WORDS or _count_follows(following))):
                continue
        opens_a_phrase = following.lower_ in _OBJECT_DETERMINERS and not _verb_in_its_clause(doc, token, token) \
            and (_never_a_verb_form(token.lower_) or _closes_a_name(token) or _a_noun_with_an_object(token))
        counts = _a_count_opens(following)
        if not counts and not opens_a_phrase:
            continue  # a count, or in a clause with no verb a determiner ("the Ministry of Health a National Plan",
            # "In May 2018 Austria the Treaty …, becoming …"), after a word that is never a verb
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and (before.tag_ in {"IN", "TO"} and before.lower_ != "of" and not _in_a_subordinate_clause(token)
                                   or before.tag_ in {"NNS", "CD"} and _is_base_verb(token.lower_)):
            continue  # "in rooms 2,150 feet underground"; "Cities house more than 55%": the verb read as a noun
        if token.tag_ == "NNS" and _only_a_verb(token.lower_):
            continue  # "the Plan for 2023 to 2050 identifies more than one hundred …": a verb the tagger read as a noun
        if _is_base_verb(token.lower_) and any(c.dep_ == "nsubj" and c.tag_ in {"NNS", "NNPS"} for c in token.children):
            continue  # "Indigenous people all over the world experience a worse quality of life" (round 62): the
            # verb the tagger read as a noun, with its plural subject
        if counts and _counted_before(token):
            continue  # "Coal supplies 40%, wind 12% and solar 3%": the verb told once, for every pair
        if token.tag_ == "NNS" and before is not None and before.text == "," and verb_lemma(token.lower_) != token.lower_:
            continue  # "Windows, as of October 2016, powers over 90% of …": a verb after a phrase set off by commas
        if token.text[:1].isupper() and following.tag_ == "CD" and (
                _name_start(token).lower_ not in _NAME_DETERMINERS or _YEAR.fullmatch(following.text)):
            continue  # "Section 1915 waivers", "Article 33", "Enterprises 2011 edition", "the UNHCR 2023 report"
        if token.tag_ in {"NN", "NNS"} and (senses := _senses(token)) and senses[0].file == "noun.time":
            continue  # "Every year millions of tonnes …", "Each night 300 boats …": when, not who
        if following.lower_ in {"a", "an", "per"} and following.i + 1 < len(doc) \
                and (senses := _senses(doc[following.i + 1])) and senses[0].file == "noun.time":
            continue  # "five dollars a day", "two meals a day": a rate
        for later in doc[following.i + (following.tag_ == "IN") :]:  # past "over" of "over 1.7 million"
            if later.tag_ in {"NN", "NNS", "NNPS"} or (later.tag_ == "NNP" and later.i > following.i) \
                    or _plural_after_number(later) or _an_amount(later):
                while later.i + 1 < len(doc) and (later.nbor(1).tag_ in {"NN", "NNS"}
                                                   or later.tag_ in {"NNP", "NNPS"} and later.nbor(1).tag_ in {"NNP", "NNPS"}):
                    later = later.nbor(1)  # the head of a compound: "hygiene kits", "National HIV Action Plan"
                if following.lower_ in _OBJECT_DETERMINERS and (senses := _senses(later)) and senses[0].file == "noun.time":
                    break  # "The Bank of England the day after raised rates": when, not what
                if not counts and later.i + 1 < len(doc) and _a_count_opens(later.nbor(1)):
                    deeper = _subject_then_object(doc, later.i)
                    if deeper is not None and deeper[0].i == later.i:
                        return deeper
                return token, following, _measured(later)
            if later.tag_ not in _NP_TAGS | {"IN", "RB", "QM", "$"} and not _modifies_as_a_gerund(later) \
                    or (later.tag_ == "IN" and later.lower_ not in {"than", "of"}):
                break
    return None


def _a_count_opens(word) -> bool:
    """A number, a currency sign before one, or a word that opens a count ("more than", "thousands")."""
    return word.tag_ in {"CD", "$"} or word.lower_ in _QUANTITY_STARTS and (
        word.lower_ in _COUNTING_WORDS or _count_follows(word))


def _a_noun_as_tagged_or_misread(token) -> bool:
    """A noun, or a word the tagger read otherwise that can only be one: an acronym read as an
    adjective or a verb ("SINAPRED more than …"), a plural noun read as a verb ("delegations the
    Declaration")."""
    if token.tag_ in {"NN", "NNS", "NNP", "NNPS"}:
        return True
    if token.is_alpha and token.text.isupper() and len(token.text) > 1:
        return True  # "CONRED" read as a past tense
    lexicon = wordnet()
    return token.tag_ == "VBZ" and lexicon is not None and _never_a_verb_form(token.lower_) \
        and lexicon.lemma(token.lower_, "noun") not in (None, token.lower_)


def _a_noun_with_an_object(token) -> bool:
    """A noun the parse makes the sentence's root with a direct object, as only a verb has: "ministers
    the Declaration", where "ministers" may be a verb's form but is none here."""
    return token.dep_ == "ROOT" and token.tag_ in {"NN", "NNS"} and any(c.dep_ == "dobj" for c in token.children)


def _counted_before(token) -> bool:
    """Whether a count ends the words before the comma before `token`: the pair before it in a list
    whose verb the later pairs share ("… account for 0.05%, barley 0.31%")."""
    index = token.i - 1
    while index > 0 and token.doc[index].lower_ in {",", ";", "and", "or"}:
        index -= 1  # past ", and"
    last = token.doc[index]
    return index < token.i - 1 and (last.tag_ == "CD" and not _YEAR.fullmatch(last.text)
                                     or last.text == "%" and last.i > 0 and last.nbor(-1).tag_ == "CD")  # not "Since 2020,"


def _after_a_partner_phrase(subject):
    """The word after phrases set off by commas that say with whom the subject acted ("nurses,
    working with midwives in the camps, some 40,000 children", "the ministry, together with two
    charities and a bank, more than 400 wells", "our delegation, working with students, with
    farmers and with partners, 90 co-sponsors"); None when the phrases have a
    verb or open otherwise ("Kenya, for example, …")."""
    doc, comma, segments = subject.doc, subject.nbor(), 0
    while comma.i + 2 < len(doc) and segments < 3:
        opening = comma.nbor()
        words = [opening.lower_, opening.nbor().lower_, doc[opening.i + 2].lower_ if opening.i + 2 < len(doc) else ""]
        partnered = words[0] in {"with", "alongside"} or words[0] in {"together", "along", "and"} and words[1] == "with" \
            or words[0] == "in" and words[2] == "with" or opening.tag_ == "VBG" and words[1] in {"with", "alongside"}
        if not partnered:
            return opening if segments else None
        end = next((t for t in doc[opening.i :] if t.is_punct and t.tag_ != "HYPH"), None)
        if end is None or end.text != "," or end.i - opening.i > 14 or any(
                t.tag_ in _VERB_TAGS | {"WDT", "WP"} and t.i != opening.i for t in doc[opening.i : end.i]):
            return None
        comma, segments = end, segments + 1
    return None


def _closes_a_name(token) -> bool:
    """A capitalised word after the "of" of a name that "the" opens, before a word in lower case:
    "the Ministry of Health a programme", "the Ministry of Works the contract"; a name's word,
    not a verb, whatever WordNet lists ("minister", "work"). Not in a title written in capitals."""
    doc = token.doc
    start = _name_start(token)
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    return token.tag_ in {"NNP", "NNPS"} and token.text[:1].isupper() and token.i >= 3 and token.nbor(-1).lower_ == "of" \
        and token.nbor(-2).tag_ in {"NNP", "NNPS"} and start.lower_ == "the" and start.i < token.i - 2 \
        and after is not None and after.text[:1].islower()


def _count_follows(word) -> bool:
    """A count after a word that may open one ("over 1.7 million", "about US$5 billion", "more than
    300"), not "control over their lands"."""
    after = [t for t in word.doc[word.i + 1 : word.i + 4] if t.lower_ not in {"than", "a"}]
    counts = _COUNTING_WORDS - {"several", "many"}  # "violence over many of the country's issues" (round 51)
    return bool(after) and (after[0].tag_ in {"CD", "$"} or after[0].lower_ in counts)


# Words that are counts themselves: "several schools", "hundreds of homes".
_COUNTING_WORDS = frozenset("several many dozens hundreds thousands millions tens".split())


def _an_amount(token) -> bool:
    """The last figure of a sum of money ("about US$5.6 billion"), which needs no noun after it."""
    return token.tag_ == "CD" and (token.i + 1 == len(token.doc) or token.nbor().tag_ != "CD") \
        and any(t.tag_ == "$" for t in token.doc[max(0, token.i - 3) : token.i])


def _modifies_as_a_gerund(token) -> bool:
    """A form in -ing straight before a noun it describes ("eleven trafficking networks"), or a
    participle that describes the noun after it ("3,000 newly trained soldiers", "displaced people")."""
    return (token.tag_ == "VBG" or token.tag_ == "VBN" and token.dep_ == "amod") and token.i + 1 < len(token.doc) \
        and token.nbor().tag_ in {"NN", "NNS"}


def _never_a_verb_form(word: str) -> bool:
    """A word WordNet does not list as a verb form: "Government", "Austria"; not "plans" or "police"."""
    lexicon = wordnet()
    return lexicon is not None and lexicon.lemma(word, "verb") is None


def _measured(noun):
    """What a measure counts: "tonnes of aid" → aid; any other noun is itself."""
    doc = noun.doc
    if lemma(noun.text) in MEASURES and noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "of":
        return doc[noun.i + 2] if doc[noun.i + 2].tag_.startswith("NN") else noun
    return noun


def _verbless_relative(doc):
    """(relative pronoun, word after its subject, last word, the object when the pronoun is the
    subject) of "that the Assembly in 2006" and "that over 400 areas during the season"."""
    for token in doc[1:]:
        if token.lower_ not in {"that", "which", "whom"}:
            continue
        if token.tag_ != "WDT" and token.nbor(-1).tag_ not in {"NN", "NNS", "NNP", "NNPS"}:
            continue
        counted = _count_after_a_subject_pronoun(doc, token)
        if counted is not None:  # "patrol groups that over 400 fish conservation areas during …": the areas are its object
            head = next((t for t in doc[token.i + 1 : counted.i + 1] if t.tag_ in {"NN", "NNS"}
                         and not (t.i + 1 < len(doc) and t.nbor().tag_ in {"NN", "NNS"})), None)
            return token, token.nbor(), counted, head
        subject_nouns, last, after_subject = 0, token, None
        for later in doc[token.i + 1 :]:
            if later.is_punct or later.tag_ == "CC":
                break
            if later.tag_ in _VERB_TAGS:
                last = None
                break
            if subject_nouns == 0 and later.tag_ not in _NP_TAGS:
                break
            if subject_nouns and after_subject is None and (
                    later.tag_ in {"IN", "RB", "CD"} or later.lower_ in {"last", "this", "two", "few"}):
                after_subject = later
            subject_nouns += later.tag_ in {"NN", "NNS", "NNP", "NNPS", "PRP"}
            last = later
        if last is None or after_subject is None or token.i < token.head.i <= last.i:
            continue  # a pronoun whose head is in the clause has a verb, even one tagged as a noun
        if any(_is_time(t) for t in doc[after_subject.i : last.i + 1]):
            return token, after_subject, last, None
    return None


def _verbless_aside(doc):
    """(relative pronoun, last word) of a clause set off by commas between a subject and its verb
    that has a noun of its own but no verb: "The coast guard, which all patrol boats in the bay,
    reports to the navy" (lost "commands"), "the resorts, which nearly a third of our waste, are
    …" (lost "produce"). Not a noun only in a prepositional phrase ("which, like last year's,"),
    only a time ("which this year,"), nor a clause whose comma is followed by anything but the
    main verb ("which the Assembly, in its wisdom, adopted")."""
    for pronoun in doc[2:-3]:
        if pronoun.lower_ not in {"which", "who"} or doc[pronoun.i - 1].text != "," \
                or doc[pronoun.i - 2].tag_ not in {"NN", "NNS", "NNP", "NNPS", "-RRB-"}:
            continue
        closing = next((t for t in doc[pronoun.i + 1 :] if t.is_punct and t.tag_ != "HYPH"), None)
        if closing is None or closing.text != "," or not 1 <= closing.i - pronoun.i - 1 <= 12:
            continue
        words = doc[pronoun.i + 1 : closing.i]
        if any(t.tag_ in _VERB_TAGS and not _never_a_verb_form(t.lower_) or t.tag_ in {"WDT", "WP", "TO"} or t.lower_ == "that"
               for t in words):
            continue  # a verb; not a noun the tagger read as one ("which eleven provinces home to …", set 62)
        if not _bare_noun(words):
            continue
        verb = closing.nbor() if closing.i + 1 < len(doc) else None
        while verb is not None and verb.tag_ == "RB" and verb.i + 1 < len(doc) and verb.i - closing.i < 3:
            verb = verb.nbor()  # "…, still runs offices"
        if verb is None or verb.tag_ not in _FINITE_TAGS:
            continue
        antecedent = doc[pronoun.i - 2]
        if antecedent.dep_ != "pobj" and (verb.tag_ == "VBP" and antecedent.tag_ in {"NN", "NNP"}
                                          or verb.tag_ == "VBZ" and antecedent.tag_ in {"NNS", "NNPS"}):
            continue  # "The Court, who its critics, call biased, ruled": the verb agrees with the clause's noun, not the subject
        if any(_finite_verb(t) and t.i != verb.i and t.dep_ != "conj" and not any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i > verb.i or c.dep_ == "aux" and c.i < t.i
                for c in (t.head if t.dep_ in {"aux", "auxpass"} else t).children)  # "and many farmers have stopped"
               and not (t.dep_ == "aux" and t.head.i == verb.i or verb.dep_ == "aux" and verb.head.i == t.i)
               for t in doc[verb.i + 1 :]):
            continue  # another verb with no subject of its own: the comma may have been the clause's own
        return pronoun, words[-1]
    return None


def _bare_noun(words) -> bool:
    """A noun in the words that no preposition governs, and which is no time: the subject or
    object of a clause ("all patrol boats in the bay", "for decades our young men"), not "like
    last year's" or "in turn"."""
    in_phrase, found = False, False
    for t in words:
        if t.tag_ == "IN" and t.lower_ not in {"of"} and not (t.i + 1 < words.end and t.nbor().tag_ == "CD"):
            in_phrase = True  # not the "than" of "more than 250,000 members", nor "about 900 wells": a count's
        elif t.tag_ in {"DT", "PRP$", "PDT", "CD"} and t.i > words.start and t.nbor(-1).tag_ in {"NN", "NNS", "NNP", "NNPS"}:
            in_phrase = False  # "for decades our young men": a new noun phrase after the first
        elif t.tag_ in {"NN", "NNS", "NNP", "NNPS", "PRP"} and not in_phrase and not _is_time(t) \
                and not ((senses := _senses(t)) and senses[0].file == "noun.time"):
            following = t.nbor() if t.i + 1 < words.end else None
            rate = following is not None and following.lower_ in {"a", "an", "per"} and following.i + 1 < words.end \
                and (senses := _senses(following.nbor())) and senses[0].file == "noun.time"  # "of water a day"
            if following is not None and not rate and (following.tag_ in {"DT", "PRP$", "PDT", "CD", "PRP"}
                                                       or following.tag_ in {"NNP", "NNPS"} and t.tag_ in {"NN", "NNS"}):
                return False  # "which the French call Maurice": two noun phrases, a verb read as a noun between
            if following is not None and t.tag_ in {"NN", "NNP", "PRP"} and not t.lower_.endswith("ing") \
                    and _third_person_form(following.lower_):
                return False  # "which the navy guards", "which our government funds": a subject and its verb
            found = True
    return found


def _third_person_form(word: str) -> bool:
    """A word in -s that WordNet gives as a verb's present form ("guards", "funds", "hosts")."""
    lexicon = wordnet()
    return lexicon is not None and word.endswith("s") and lexicon.lemma(word, "verb") not in (None, word)


def _describes_after(words: list[str], i: int) -> bool:
    """A form in -ed or -ing after a determiner or a number, where it describes the noun after it
    ("the spawning season", "300 protected wells")."""
    return i > 0 and (words[i - 1].lower() in _NAME_DETERMINERS or words[i - 1][:1].isdigit())


def _count_after_a_subject_pronoun(doc, pronoun):
    """The last word of a relative clause after a noun that opens with a count ("that over 400
    fish conservation areas during the season"), when no verb follows before the clause ends: the
    pronoun is its subject, and its verb was lost. None otherwise."""
    opening = pronoun.nbor() if pronoun.i + 1 < len(doc) else None
    if opening is None or pronoun.nbor(-1).tag_ not in {"NNS", "NN"}:
        return None
    figure = opening.nbor() if opening.lower_ in _APPROXIMATE and opening.i + 1 < len(doc) else opening
    if figure.tag_ != "CD" or _YEAR.fullmatch(figure.text):
        return None
    last = None
    for later in doc[figure.i + 1 :]:
        if later.is_punct or later.tag_ == "CC":
            break
        if later.tag_ in _VERB_TAGS and not (later.tag_ in {"VBG", "VBN"} and later.dep_ in {"amod", "compound"}):
            return None
        last = later
    return last if last is not None and any(t.tag_ in {"NN", "NNS"} for t in doc[figure.i + 1 : last.i + 1]) else None


def _reference_blocks(document) -> set:
    """Blocks of a bibliography or shaped like a citation: not running text."""
    found = regions(document)
    return {block for block in document.blocks if found.at(block.start, ("bibliography", "citation"))}
