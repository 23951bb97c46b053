"""Subject–verb agreement (GR003): a singular subject with a plural verb ("Sweden also have
participated", "The treaty require each party to report").

Read from spaCy's dependency parse: the subject of a finite verb in the present tense ("have",
"support", "are") or "were", where the subject is singular. Singular means a proper name
("Chile", "the Security Council") or a singular common noun, with no other subject joined to
it ("Chile and Peru"), no plural after "of" ("a number of States"), and, in a British or Canadian
paper, no collective noun ("the committee have", "the crew are"), which Commonwealth English may
treat as plural (a noun whose usual sense in WordNet is a group of people). Subjunctives keep
their base form and are left alone: after a verb of demand ("recommends that the Assembly
admit") and "were" in a condition ("if Egypt were").

A cheap test on the words selects the sentences worth parsing: a word that can be a verb's
base form after a name or a determiner and a noun. The grammar engines find agreement errors
too (GR101); this rule works without them and with Harper, which misses most of these.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from paperlint.analysis.countries import states
from paperlint.analysis.elision import elided_word, spoken_voice, written_as_spoken
from paperlint.analysis.english import US, canadian, english_variant
from paperlint.analysis.events import MONTHS, YEAR, noun_lemma, verb_lemma, wordnet
from paperlint.analysis.parse import parsed_docs, parses_when
from paperlint.engine.habits import once_in_a_voice
from paperlint.engine.kinds import Hit, match_case
from paperlint.metadata import mentions_un_body

_WORD = re.compile(r"[A-Za-z][\w’'-]*|[^\w\s]")
_DETERMINERS = frozenset("the this that our its each every his her their a an one".split())
ADVERBS = frozenset("also still now currently not never always often already further jointly firmly strongly "
                     "fully thus therefore hereby".split())
# Words that cannot be the singular noun before the verb: pronouns ("We support" is right),
# prepositions, conjunctions, modals and auxiliaries ("reports can be").
_CLOSED_CLASS = _DETERMINERS | frozenset(
    "i we you they he she it who whom which what there here to of in on at by for with from as into than "
    "and or but nor if so yet can could may might must shall should will would do does did is are was "
    "were be been being has have had not".split())
# Words after which the candidate is a noun ending its phrase ("the water supply is").
_NOUN_PHRASE_ENDS = frozenset("is are was were has had 's ’s of and or".split())
_IRREGULAR_THIRD_PERSON = {"have": "has", "do": "does", "are": "is", "were": "was", "go": "goes"}
# Verbs, adjectives and nouns after which a "that" clause takes the subjunctive: "recommends
# that the Assembly admit", "it is essential that each State report", "the request that ...".
_MANDATIVE = frozenset(
    "recommend insist demand request urge propose suggest require ask decide move order command advise "
    "stipulate mandate direct prefer stress call essential vital important necessary imperative crucial "
    "urgent critical desirable requirement recommendation proposal demand insistence".split())
# Verbs of causing and perceiving, which take a bare infinitive: "have each State report".
_BARE_INFINITIVE = frozenset("have make let help see watch hear feel notice bid".split())
# Nouns that name a share of something, and agree with what they share ("the majority are women").
_PARTITIVE = frozenset("percent percentage per half third quarter fifth tenth majority minority rest remainder "
                       "proportion share part bulk number total lot plenty".split())
# Nouns of quantity that take a count after "of" for a share of it: "an estimated amount of 1:300 are".
_QUANTITIES = frozenset("amount quantity portion fraction".split())
# Marks of a condition or comparison, where "were" is the subjunctive: "if Egypt were to sign".
_CONDITION_MARKS = frozenset("if though unless whether as lest".split())


def _may_disagree(text: str) -> bool:
    """Cheap test before parsing: a word that can be a verb's base form (or "were") after a
    capitalised name, or after a determiner and a singular noun, and not ending a noun phrase."""
    words = _WORD.findall(text)
    for i, word in enumerate(words[1:-1], start=1):
        lower = word.lower()
        if not may_be_a_base_form(lower):
            continue
        if word[0].isupper() or words[i + 1].lower() in _NOUN_PHRASE_ENDS or not words[i + 1][0].isalnum():
            continue
        before = i - 1
        while before > 0 and (words[before].lower() in ADVERBS or words[before].lower().endswith("ly")):
            before -= 1
        noun = words[before]
        if not noun.replace("-", "").isalpha() or _plural_looking(noun) or noun.lower() in _CLOSED_CLASS:
            continue
        if noun[0].isupper() or any(_determiner(w) for w in words[max(0, before - 3) : before]):
            return True  # a name, or a noun up to two modifiers after a determiner ("the new law")
    return False


@parses_when(_may_disagree)
def disagreeing_verb(document, rule, ctx) -> Iterator[Hit]:
    """A finite plural verb whose subject is singular."""
    # Commonwealth English: a paper read as British, or a Canadian one ("program" beside "manoeuvre",
    # round 54: "the ground crew are" is its usage too)
    british = english_variant(document) != US or canadian(document)
    hits = []
    for sentence, doc in parsed_docs(document, _may_disagree):
        for subject in doc:
            if _counted_acronym(document.text, subject):
                continue
            verb = _disagreeing(subject, british)
            if verb is not None and not _spoken(document.text, sentence.start, subject, verb):
                start = sentence.start + verb.idx
                fixed = match_case(verb.text, third_person(verb.lower_))
                hits.append(Hit(start, start + len(verb.text), {"subject": subject.text, "expected": fixed}, (fixed,),
                                safe=False))
    spoken = written_as_spoken(document.text, document.cache) if hits else None
    yield from [once_in_a_voice(document, hits, spoken_voice(spoken))] if spoken else hits


def _counted_acronym(text: str, subject) -> bool:
    """An acronym that stands for things in the plural: defined after a plural noun in small
    letters ("middle-income countries (MIC)", round 33), or said to be things in the plural ("NCD
    are slow diseases", rounds 32 and 56: it lacks its "s", which "is" would not mend); or defined
    by a name in capitals whose initials it is and whose
    last word is a plural ("Foreign Direct Investments (FDI)", round 52). "The UN need" is still
    reported, as is "FDI are given" where the paper defines it in the singular or not at all, and
    a name WordNet lists as one ("United Nations (UN)")."""
    acronym = subject.text
    if len(acronym) < 2 or not acronym.isupper() or any(t.dep_ == "det" for t in subject.children):
        return False
    defined = re.search(rf"\b([a-z]+)\s*\(\s*{re.escape(acronym)}\s*\)", text)
    if defined and _plural_looking(defined[1]):
        return True
    if _defined_by_a_plural_name(text, acronym):
        return True
    return any(c.dep_ == "attr" and c.tag_ == "NNS" for c in subject.head.children)


def _defined_by_a_plural_name(text: str, acronym: str) -> bool:
    """True when the paper spells the acronym out as a name in capitals whose words' initials it
    is and whose last word is a plural, and WordNet does not list the name as written as one
    thing: "Foreign Direct Investments (FDI)", "Small Island Developing States (SIDS)"; not "United
    Nations (UN)" or "United Arab Emirates (UAE)"."""
    words_before = rf"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \t]+){{{len(acronym) - 1}}}[A-Z][\w'’-]*)"
    for defined in re.finditer(rf"{words_before}\s*\(\s*{re.escape(acronym)}\s*\)", text):
        words = defined[1].split()
        if "".join(word[0] for word in words) != acronym or not _plural_looking(words[-1]):
            continue
        lexicon = wordnet()
        name = " ".join(words).lower()
        listed = lexicon.lemma(name, "noun") if lexicon is not None else None
        if listed is None or listed != name.replace(" ", "_"):
            return True
    return False


@lru_cache(maxsize=16384)
def may_be_a_base_form(word: str) -> bool:
    """A verb's base form other than "be" (which has no present plural of its own): "have",
    "support", "address"."""
    if word in _IRREGULAR_THIRD_PERSON:
        return True
    lexicon = wordnet()
    return word != "be" and lexicon is not None and lexicon.lemma(word, "verb") == word


def _determiner(word: str) -> bool:
    return word.lower() in _DETERMINERS or word.endswith(("'s", "’s"))


def _plural_looking(word: str) -> bool:
    """A plural's ending ("States", "FDIs"; not "crisis" or "status")."""
    lower = word.lower()
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is")) or _ACRONYM_PLURAL.fullmatch(word) is not None


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "FDIs", "NGOs"


def _disagreeing(subject, british: bool):
    """The finite verb that disagrees with `subject`, or None."""
    if subject.dep_ not in {"nsubj", "nsubjpass"} or not _singular(subject, british) or _names_a_pronoun(subject):
        return None
    head = subject.head
    auxiliaries = [child for child in head.children if child.dep_ in {"aux", "auxpass"} and child.i < head.i]
    finite = auxiliaries[0] if auxiliaries else head
    if finite.lower_ == "be":
        return None  # a wish or a subjunctive ("praise be to its leaders", "that the fund be audited")
    if finite.text[:1] in "'’":
        return None  # "NGO’s to contribute": an apostrophe plural or a possessive the parser split off, no verb
    if _come_a_time(finite):
        return None  # "a larger success come 2030": "when 2030 comes", a subjunctive (round 59)
    if _another_subject_between(subject, finite) or _noun_before_a_verb(finite) or _ends_a_list(subject):
        return None
    if _a_plural_subject_beside(subject) or _a_noun_read_as_the_verb(subject, finite):
        return None
    if any(child.dep_ == "mark" and child.lower_ in _PHRASE_PREPOSITIONS for child in head.children):
        return None  # "With the Mission launch our government will …": a noun ending a phrase, no clause (round 63)
    if _opening_word_before_the_subject(subject, finite) or _set_off_after_the_subject(subject, finite):
        return None
    if finite.tag_ == "VBP" and finite.lower_ not in {"am", "'m"}:
        return None if _subjunctive_clause(head) or _past_of_another_verb(finite.lower_) else finite
    if finite.tag_ == "VB" and head.dep_ == "ROOT" and finite is head:
        return finite  # "Fiji propose a network": the parser reads a base form with a subject
    if finite.lower_ == "were" and subject.i < finite.i and not _conditional(head):
        return finite  # "were" before its subject is inverted: a condition, or "where" mistyped (round 54)
    return None


def _come_a_time(verb) -> bool:
    """Whether a verb is "come" before a year or a month: the subjunctive of "come 2030", "come
    January", which means "when that time comes"."""
    following = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    return verb.lower_ == "come" and following is not None and (
        re.fullmatch(YEAR, following.text) is not None or following.lower_ in MONTHS)


def _set_off_after_the_subject(subject, finite) -> bool:
    """The verb opens a phrase a comma sets off after the subject, whose own verb comes later:
    "Liebergot, commonly know as “Sy”, was born …" (round 37) lost a participle ("known"), not
    the subject's agreement."""
    before = [t for t in subject.doc[subject.i + 1 : finite.i] if t.pos_ != "ADV"]
    later = [t for t in subject.doc[finite.i + 1 :] if t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and t.dep_ != "relcl"]
    return len(before) == 1 and before[0].text == "," and bool(later)


def _opening_word_before_the_subject(subject, finite) -> bool:
    """The parsed subject is a word set off by a comma before the real one, which runs on to the
    verb with no comma to close it as an apposition: "Aye, our crew on board have" (round 31);
    not "Kenya, a coastal State, have"."""
    phrase = next((c for c in subject.children if c.dep_ == "appos"), None)
    if phrase is None or subject.i + 1 >= len(subject.doc) or subject.doc[subject.i + 1].text != ",":
        return False
    last = next((c for c in subject.children if c.dep_ == "appos" and c.i > phrase.i), phrase)
    between = subject.doc[last.right_edge.i + 1 : finite.i]
    return not any(t.text == "," for t in between)


def _names_a_pronoun(subject) -> bool:
    """The subject is a name set beside "I" or "we" ("I, Roger Bigod believe"): the pronoun is the
    subject the verb agrees with."""
    left = subject.left_edge.i
    return left >= 2 and subject.doc[left - 1].text == "," and subject.doc[left - 2].lower_ in {"i", "we"}


def _past_of_another_verb(word: str) -> bool:
    """A form that is also another verb's past ("This view underlay my opposition": underlie;
    "the answer lay in"): the parse's present tense is only one reading."""
    lexicon = wordnet()
    return lexicon is not None and any(base not in {word, "be"} for base in lexicon.irregular_bases(word))


def _spoken(text: str, offset: int, subject, verb) -> bool:
    """True when the subject or the verb is a word written as spoken ("scatter’d ‘cross"),
    whose parse is no guide to agreement."""
    return any(elided_word(text, offset + t.idx, offset + t.idx + len(t.text)) for t in (subject, verb))


def _another_subject_between(subject, verb) -> bool:
    """Words between the subject and its verb that may be (part of) the real subject, which the
    parse missed: a list ("The UK, Russia and Mexico have"), a plural noun not after a
    preposition ("Overtime, vaccination practices have"), right before the verb after one of
    comparison ("like other nations have") or owned by a name, or another subject the parse gave the
    same verb ("the more land we buy, the less of a threat the French become")."""
    between = subject.doc[subject.i + 1 : verb.i]
    return any(
        t.dep_ in {"cc", "conj"}
        or (t.tag_ in {"NNS", "NNPS"} and (t.dep_ != "pobj" or t.head.lower_ in _COMPARING and t.i == verb.i - 1
                                           or _owned_after_a_name(t)))
        or (t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == subject.head.i)
        for t in between
    )


def _a_plural_subject_beside(subject) -> bool:
    """The parse gave the verb a plural subject too, or joined the verb to a plural noun before
    it: a list it split ("Ideas of taking the city and then the whole of the territory have been
    proposed", round 64)."""
    verb = subject.head
    if verb.dep_ == "conj" and verb.head.tag_ in {"NNS", "NNPS"} and verb.head.i < subject.i:
        return True
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == verb.i and t.i != subject.i
               and t.tag_ in {"NNS", "NNPS"} for t in subject.doc)


def _a_noun_read_as_the_verb(subject, finite) -> bool:
    """The verb follows an object that is not its subject, and a finite verb later in the sentence
    hangs on it with no subject of its own: the flagged word is a noun of a compound ("the first
    pick following the Rams move to Denver is Dublin", round 64: "move" is the noun and "is" the
    verb); not a clause inside the subject ("The impacts climate change have on us include")."""
    before = finite.doc[finite.i - 1] if finite.i > 0 else None
    if before is None or before.i == subject.i or before.pos_ not in {"NOUN", "PROPN"} or before.dep_ not in {"pobj", "dobj"}:
        return False
    return any(
        t.tag_ in {"VBZ", "VBD", "VBP"} and t.dep_ in {"advcl", "ccomp"} and t.head.i == finite.head.i
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj", "mark"} for c in t.children)
        for t in finite.doc[finite.i + 1 :]
    )


def _owned_after_a_name(noun) -> bool:
    """A plural noun a name owns, where the parse took a capitalised word of the name for a
    preposition: "Research In Motion Limited’s smartphones were" (round 63)."""
    return noun.head.text[:1].isupper() and any(child.dep_ == "poss" for child in noun.children)


# Prepositions that open a phrase, never a clause with a finite verb: a verb the parse marks with
# one ("With the Mission launch our government will") is a noun.
_PHRASE_PREPOSITIONS = frozenset({"with", "without", "despite", "during", "amid", "via", "through", "of"})
# Words of comparison the parse reads as prepositions, whose noun is a clause's subject: "an
# expansion into space much like other nations have done" (round 56).
_COMPARING = frozenset({"like", "unlike", "as", "than"})
# The roles of a noun: a word the parse tags as a verb but places in one is the noun it is.
_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
_CLAUSE_SUBJECTS = frozenset({"csubj", "csubjpass"})


# How far back a list's earlier members are looked for.
_LIST_REACH = 10
# The most words a person's name has before its last one.
_NAME_WORDS = 3


def _ends_a_list(subject) -> bool:
    """The subject is the last member of a list the parse broke ("the crises in Abyei, South
    Kordofan, and the Blue Nile need"; "Tampa Bay, and Jacksonville have"; "human lives and the
    ecosystem were"): "and" or "or" opens its phrase, and a noun joined to another stands shortly
    before, or a plural noun right before that "and", or, for a name, another name and a comma."""
    doc, left = subject.doc, subject.left_edge.i
    while subject.pos_ == "PROPN" and left > 0 and doc[left - 1].pos_ == "PROPN" and subject.i - left < _NAME_WORDS:
        left -= 1  # "… & Ana María Ruiz": a name's first words the parse hung elsewhere
    if left == 0 or doc[left - 1].lower_ not in {"and", "or", "&"}:
        return False
    before = doc[max(0, left - 1 - _LIST_REACH) : left - 1]
    if any(t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"} for t in before) or before and before[-1].tag_ in {"NNS", "NNPS"}:
        return True
    named = before[-2:]  # "Tampa Bay, and": a comma may stand between two names
    return subject.pos_ == "PROPN" and (len(named) == 2 and named[1].text == "," and named[0].pos_ == "PROPN"
                                        or bool(named) and named[-1].pos_ == "PROPN" and doc[left - 1].text == "&")


def _noun_before_a_verb(word) -> bool:
    """A noun the parse read as a verb: another finite verb follows it ("the pressure build up
    will cause"), or the parse itself makes it a subject or object ("Benefit cover under the
    schemes has been …")."""
    following = [t for t in word.doc[word.i + 1 : word.i + 3] if t.dep_ != "prt"]
    if word.dep_ in _CLAUSE_SUBJECTS and not any(t.dep_ == "mark" or t.tag_.startswith("W") for t in word.subtree):
        return True  # "The WHO report on … demonstrates": a bare verb cannot head a subject clause
    return word.dep_ in _NOUN_ROLES or bool(following) and following[0].tag_ in {"MD", "VBZ", "VBD", "VBP"}


def _singular(subject, british: bool) -> bool:
    if subject.tag_ not in {"NN", "NNP"} or _plural_looking(subject.text) or not _a_word(subject):
        return False
    lower = subject.lower_
    if lower in _SAME_IN_THE_PLURAL or lower.endswith("craft") or irregular_plural(lower):
        return False  # "spacecraft like these are", "country folk inform", "none of the four have", "Policemen … have"
    following = subject.nbor() if subject.i + 1 < len(subject.doc) else None
    if following is not None and following.text in {"'", "’"}:
        return False  # "Crisis’ affect": a plural written with the possessive's apostrophe
    if following is not None and following.lower_ in {"'s", "’s"} and not _owns(following):
        return False  # "NGO’s such as these offer": a plural written with an apostrophe, owning nothing
    if subject.text[:1].isupper() and _a_movement(subject.lower_):
        return False  # "the Taliban are": a movement, read as its members
    if _adjective_only(subject.lower_) or _people_of_a_nation(subject):
        return False  # "the Indigenous are", "the elderly are", "the French become": people
    if subject.text.islower() and _adverb_only(subject.lower_):
        return False  # "and therefor suffer" (round 67): an adverb the parser took for the subject
    children = list(subject.children)
    if any(child.dep_ in {"conj", "cc"} for child in children):
        return False  # "Chile and Peru", "Neither Chile nor Peru"
    if subject.tag_ == "NN" and any(t.dep_ == "conj" and t.tag_ in {"NN", "NNS", "NNP"} and t.head.tag_ in {"NN", "NNS", "NNP"}
                                    for t in subject.doc[subject.left_edge.i : subject.i]):
        return False  # "The cloud and LinkedIn acquisition are" (round 69): two things, not a name, may share the head
    if any(_two_places(child, subject) for child in children):
        return False  # "Central and South America": two places that share their name's head
    if subject.tag_ == "NN" and any(child.dep_ == "amod" and any(g.dep_ == "conj" for g in child.children)
                                    for child in children):
        return False  # "marital and dowry-related violence are": two kinds that share the noun
    if subject.lower_ in _PARTITIVE or subject.text == "%" or any(child.dep_ in {"nummod", "quantmod"} for child in children):
        return False  # "40 % are under eighteen", "half are children", "the rest live in camps": a share of a plural
    if subject.tag_ == "NN" and any(
        child.dep_ == "prep" and child.lower_ == "of" and any(g.tag_ in {"NNS", "NNPS"} for g in child.children)
        for child in children
    ):
        return False  # "a number of States", "the majority of refugees"; not a name ("Organisation of American States")
    if subject.lower_ in _QUANTITIES and any(
        child.dep_ == "prep" and child.lower_ == "of" and any(g.tag_ == "CD" for g in child.children)
        for child in children
    ):
        return False  # "a large amount of these 2 million are": a share of a count, plural in sense (round 52)
    if british and _a_group(subject):
        return False  # "the committee have": British English allows the plural
    if subject.text.islower() and _people_collectively(subject.lower_):
        return False  # "Inuit youth are", "the clergy were": people, in any English (round 62)
    if subject.tag_ == "NN" and not subject.text[0].isupper() and _personnel(subject.lower_):
        return False  # "the nursing staff do not": a body of workers, read as its members in US English too (round 55)
    if any(child.dep_ == "det" and child.lower_ in {"these", "those"} for child in children):
        return False  # "These mask are": the noun lacks its plural, which "is" would not mend
    return True


# Nouns whose plural is the singular's form, and "none", which takes either verb.
_SAME_IN_THE_PLURAL = frozenset(
    "species series sheep deer fish offspring personnel cattle police folk people livestock headquarters means "
    "crossroads swine bison moose salmon trout shrimp squid none".split())


def _a_word(subject) -> bool:
    """Not a piece the tokenizer split off a word ("wed" read as "we" and "d")."""
    return len(subject.text) > 1 and subject.text.isalpha()


def irregular_plural(word: str) -> bool:
    """A plural without "-s" whose singular WordNet knows ("children", "policemen", "women")."""
    lexicon = wordnet()
    if lexicon is None or word.endswith("s"):
        return False
    singular = lexicon.lemma(word, "noun")
    if word.endswith("men") and singular is None:
        singular = lexicon.lemma(word[:-3] + "man", "noun")
    return singular is not None and singular != word


# WordNet files of places: regions and States, and land masses ("South America" is an object).
_PLACE_FILES = frozenset({"noun.location", "noun.object"})


def _adjective_only(word: str) -> bool:
    """A word WordNet lists as an adjective and never as a noun ("indigenous", "elderly")."""
    lexicon = wordnet()
    return lexicon is not None and lexicon.is_adjective(word) and not lexicon.senses(word)


def _adverb_only(word: str) -> bool:
    """A word WordNet lists as an adverb and never as a noun, verb or adjective ("therefor", "hence")."""
    lexicon = wordnet()
    return lexicon is not None and lexicon.is_adverb(word) and not lexicon.senses(word) \
        and lexicon.lemma(word, "verb") is None and not lexicon.is_adjective(word)


def _people_of_a_nation(subject) -> bool:
    """"The" and a nation's adjective ("the French", "the Dutch"), a member of a people ("the
    Maya", "the Inuit") or a one-word name WordNet lacks ("the Batwa"): the whole people, plural."""
    lexicon = wordnet()
    if lexicon is None or not subject.text[:1].isupper():
        return False
    if not any(child.dep_ in {"det", "poss", "nummod"} for child in subject.children) and _of_a_people(lexicon, subject):
        return True  # "Turkmen emigrate": a people's members in general, with no article
    if not _after_the(subject):
        return False
    if lexicon.pertains_to(subject.text):
        return True
    if not subject.text.isupper() and not lexicon.senses(subject.lower_) \
            and not any(c.dep_ == "compound" for c in subject.children):
        return True  # "the Batwa are", "the Yanomami have": a people's own name, which WordNet lacks
    return _of_a_people(lexicon, subject)


def _of_a_people(lexicon, subject) -> bool:
    """A member of a people by WordNet ("Kurd": an inhabitant of Asia; "Maya": an Amerindian)."""
    senses = lexicon.senses(lexicon.lemma(subject.lower_, "noun") or subject.lower_)[:1]
    return any(s.file == "noun.person" and _PEOPLES & {w for a in lexicon.ancestors(s, 4) for w in a.words} for s in senses)


def _owns(possessive) -> bool:
    """Whether an "’s" has a noun phrase after it to own ("NGO’s staff", "NGO’s local staff")."""
    doc, after = possessive.doc, possessive.i + 1
    if after >= len(doc):
        return False
    if doc[after].pos_ in {"NOUN", "PROPN", "NUM"}:
        return True
    return doc[after].pos_ == "ADJ" and after + 1 < len(doc) and doc[after + 1].pos_ in {"NOUN", "PROPN"}


def _a_movement(word: str) -> bool:
    """A group WordNet files under movements or sects ("Taliban": a religious movement; "Shia": a
    sect, round 64), spoken of as its members."""
    lexicon = wordnet()
    senses = lexicon.senses(word)[:1] if lexicon is not None else []
    return any(s.file == "noun.group" and {"movement", "sect"} & {w for a in lexicon.ancestors(s, 2) for w in a.words}
               for s in senses) if lexicon is not None else False


def _after_the(subject) -> bool:
    return any(child.dep_ == "det" and child.lower_ == "the" for child in subject.children)


# What WordNet makes a member of a people a kind of ("Maya": an Amerindian; "Kurd": an inhabitant).
_PEOPLES = frozenset({"inhabitant", "ethnic_group", "people", "native", "indian", "amerindian", "african", "asian",
                      "european", "nomad", "tribesman"})


def _two_places(modifier, head) -> bool:
    """A modifier joined to another ("Central and South") where each with the head names a place
    WordNet lists ("Central America", "South America"; not "Economic and Social Council")."""
    joined = [g for g in modifier.children if g.dep_ == "conj"]
    lexicon = wordnet()
    if not joined or lexicon is None:
        return False
    return all(
        any(sense.file in _PLACE_FILES for sense in lexicon.senses(f"{word.lower_}_{head.lower_}"))
        for word in [modifier, *joined]
    )


def _collective(noun: str) -> bool:
    lexicon = wordnet()
    if lexicon is None:
        return True  # without WordNet, any common noun may be a group
    senses = lexicon.senses(lexicon.lemma(noun, "noun") or noun)
    if not senses or senses[0].file != "noun.group":
        return False  # its usual sense is not a group: "plan", "majority"
    return any(word in _PEOPLE for sense in lexicon.ancestors(senses[0], depth=8) for word in sense.words)


def _a_group(subject) -> bool:
    """A group that British English gives a plural verb: a common noun ("the committee", "the police
    force") or a name of its own whose head is one ("the Farmers' Party", round 61); not a State, nor
    a UN body, whose own style is singular ("the Republic of Korea", "the General Assembly", "the
    Council", "UNICEF")."""
    if not (_collective(subject.lower_) or _collective(_with_its_compound(subject))):
        return False
    if subject.text.islower():
        return True
    named = any(child.i < subject.i and child.text[:1].isupper() and child.dep_ in {"compound", "amod", "poss"}
                for child in subject.children)
    name = subject.doc[subject.left_edge.i : subject.right_edge.i + 1].text
    return named and not subject.text.isupper() and not mentions_un_body(name) and not states().regex.search(name)


def _people_collectively(noun: str) -> bool:
    """A noun with a sense WordNet files as a group and glosses as people "collectively" ("youth":
    young people collectively; "clergy", "elderly"), which takes a plural verb."""
    lexicon = wordnet()
    return lexicon is not None and any(
        sense.file == "noun.group" and "collectively" in lexicon.gloss_words(sense)
        for sense in lexicon.senses(lexicon.lemma(noun, "noun") or noun))


def _with_its_compound(subject) -> str:
    """The noun with the noun before it that makes one word of WordNet's: "police force" -> "police_force"."""
    before = [child for child in subject.children if child.dep_ == "compound" and child.i == subject.i - 1]
    return f"{before[0].lower_}_{subject.lower_}" if before else subject.lower_


def _personnel(noun: str) -> bool:
    """A noun whose usual sense WordNet files right under "personnel", the people who work for a
    body ("staff", "workforce"), which takes a plural verb as "personnel" does; a body that acts
    as one ("the board", "the committee") is not one."""
    lexicon = wordnet()
    if lexicon is None:
        return False
    senses = lexicon.senses(lexicon.lemma(noun, "noun") or noun)
    return bool(senses) and senses[0].file == "noun.group" and any(
        "personnel" in parent.words for parent in lexicon.ancestors(senses[0], depth=1))


# WordNet's words for a group of people ("delegation", "government", "population"), not of
# things ("law" is a collection of rules).
_PEOPLE = frozenset({"social_group", "people"})


def mandative(word: str) -> bool:
    """True for a word of demand after which a "that" clause takes the subjunctive, in any form
    ("proposes", "recommended", "essential"): "proposes that Congress abolish"."""
    lower = word.lower()
    return lower in _MANDATIVE or verb_lemma(lower) in _MANDATIVE or noun_lemma(lower) in _MANDATIVE


def same_in_the_plural(word: str) -> bool:
    """A noun whose plural is its singular's form ("people", "species", "police")."""
    return word.lower() in _SAME_IN_THE_PLURAL


def _subjunctive_clause(head) -> bool:
    """A base form that is right: a "that" clause (or one without "that") after a word of demand
    ("recommends that the Assembly admit"), or the bare infinitive after a verb of causing or
    perceiving ("to have each country reach", "help each village build")."""
    if head.dep_ == "conj" and any(child.dep_ == "mark" and child.lower_ == "that" for child in head.children):
        governor = head.head  # "It is essential, according to the nurses, that the ministry have" (round 55)
    elif head.dep_ not in {"ccomp", "xcomp", "acl", "advcl"}:
        return False
    else:
        governor = head.head
    lemma = verb_lemma(governor.lower_) if governor.pos_ in {"VERB", "AUX"} else noun_lemma(governor.lower_)
    if governor.pos_ in {"VERB", "AUX"} and (lemma in _BARE_INFINITIVE or governor.lower_ in _bare_infinitive_forms()):
        return True  # "saw their output remain stable": "saw" is also a verb of its own
    return lemma in _MANDATIVE or any(
        child.lower_ in _MANDATIVE for child in governor.children if child.dep_ in {"acomp", "attr"}
    )


@lru_cache(maxsize=1)
def _bare_infinitive_forms() -> frozenset[str]:
    """The irregular forms of the verbs of causing and perceiving ("saw", "made", "heard")."""
    lexicon = wordnet()
    return frozenset(form for verb in _BARE_INFINITIVE for form in (lexicon.inflections(verb) if lexicon else ()))


def _conditional(head) -> bool:
    """A verb a condition mark opens ("if Egypt were to sign"), even one the parse hangs on a word
    between ("if said event were to occur", round 49), or one before its subject ("Were Egypt to sign")."""
    opening = []
    for token in reversed(head.doc[max(0, head.i - _MARK_REACH) : head.i]):
        if token.is_punct:
            break
        opening.append(token)
    return any(child.dep_ == "mark" and child.lower_ in _CONDITION_MARKS for child in head.children) or any(
        token.dep_ == "mark" and token.lower_ in _CONDITION_MARKS for token in opening) or any(
        child.dep_ == "nsubj" and child.i > head.i for child in head.children)


_MARK_REACH = 4  # words between a condition's mark and its verb: "if said event were"


def third_person(verb: str) -> str:
    """The third person singular of a verb's base form ("support" -> "supports")."""
    if verb in _IRREGULAR_THIRD_PERSON:
        return _IRREGULAR_THIRD_PERSON[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        return verb[:-1] + "ies"
    return verb + "s"
