"""What a clause says was done, and to what: "47 islands ran out of fresh water" is the deed
(run_out, {water}); "not one child has been recruited by traffickers" denies (recruit, {child}).

A deed is read from the dependency parse: the verb's base form with its particle ("ran out of"),
and the nouns it was done to (its object, a passive subject, the object of the particle's "of",
the noun a verb of declaring makes its object: "declared the drought a national disaster"). A
verb of needing or being made to ("has not needed to declare", "had to limit") gives the deed of
the verb it governs. The time-claim check compares a claim's denied deed with the deeds of the
paper's dated sentences, so a claim is checked even when no event noun names its sort.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from paperlint.analysis.events import MONTHS, PARTICLES, noun_lemma, noun_senses, verb_lemma, wordnet

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs that carry no deed of their own: being and seeming.
_NO_DEED = {"be", "seem", "appear", "become", "remain", "stay", "happen", "occur"}
# Verbs whose infinitive is the deed: "has not needed to declare", "had to limit", "was forced to close".
_CARRIERS = {"need", "have", "force", "oblige", "compel", "require", "manage", "begin", "start", "continue", "try"}
# Verbs of keeping a state: "has kept its borders open", "have stayed open".
_KEEPING = {"keep", "remain", "stay", "hold"}
# Dependents that are what a verb was done to.
_DONE_TO = {"dobj", "nsubjpass", "oprd", "dative"}
# Verbs that describe a noun rather than tell the clause's deed: "a laboratory producing drugs".
_DESCRIBING = {"acl", "relcl", "amod"}
# Auxiliaries of a deed that has not happened: a plan, a duty, a possibility.
_NOT_DONE = {"will", "would", "shall", "should", "must", "can", "could", "may", "might", "ought"}


@dataclass(frozen=True)
class Deed:
    """A verb (with its particle: "run_out") and the base forms of the nouns it was done to."""

    verb: str
    done_to: frozenset[str]
    start: int  # where the clause's told part starts in the document (its subject, else its verb)
    end: int  # where its last noun done to ends
    # the nouns the adjectives of those nouns pertain to: "rainy seasons failed" was done to the rain
    described: frozenset[str] = frozenset()
    doer: str = ""  # who did it, when its subject is a name or a pronoun ("tanzania", "we"); else unknown


def denied_deed(doc: Doc, offset: int, negation: int) -> Deed | None:
    """The deed a negation at document position `negation` denies: that of the first verb after it
    in its clause ("none of our islands has run out of water", "has not once had to limit transits")."""
    for token in doc:
        if offset + token.idx < negation or token.pos_ != "VERB":
            continue
        if token.dep_ in _DESCRIBING and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}
                                                 for c in token.children):
            continue  # "no laboratory producing drugs has been found": what was found, not produced (a verb
            # with a subject of its own, "not a single school has opened", is the clause's, however attached)
        if any(t.is_punct and t.text in ",;:" for t in doc[_first_after(doc, offset, negation) : token.i]):
            return None
        return deed_of(_carried(token), offset)
    return None


def broken_state(doc: Doc, offset: int, position: int) -> Deed | None:
    """The deed that would break a state a claim says was kept before a document position: "has
    kept its borders open" -> (close, {border}), "our schools have stayed open" -> (close, {school});
    the verb is the one whose participle WordNet gives as the state's opposite ("closed")."""
    db = wordnet()
    for token in doc:
        if offset + token.idx >= position or db is None:
            break
        if token.pos_ not in {"VERB", "AUX"} or verb_lemma(token.lower_) not in _KEEPING:
            continue
        state = next((c for c in token.children if c.dep_ in {"oprd", "acomp"} and c.pos_ == "ADJ"), None)
        things = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"] \
            or [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        breaking = [verb for opposite in (db.antonyms(state.lower_) if state is not None else ())
                    if (verb := db.lemma(opposite, "verb")) not in (None, opposite)]
        if state is not None and things and breaking:
            return Deed(breaking[0], frozenset(_noun_base(t) for t in things), offset + token.idx,
                        offset + state.idx + len(state.text))
    return None


def done_deeds(doc: Doc, offset: int) -> list[tuple[Deed, Token]]:
    """The deeds a parsed sentence says were done (past, not denied, not planned), each with its verb."""
    found = []
    for token in doc:
        if token.pos_ != "VERB" or token.tag_ not in {"VBD", "VBN"} and not _first_to_do(token) or _undone(token):
            continue
        deed = deed_of(token, offset)
        if deed is not None:
            found.append((deed, token))
    return found


def deed_of(verb: Token, offset: int) -> Deed | None:
    """The deed of one verb, or None when it has no noun done to or is a verb of being."""
    base = _base(verb)
    if base in _NO_DEED:
        return None
    particle = next((c for c in verb.children if c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in PARTICLES
                     and not any(o.dep_ == "pobj" for o in c.children)), None)
    heads = [c for c in verb.children if c.dep_ in _DONE_TO or c.dep_ == "ccomp" and c.pos_ == "NOUN"]
    if not heads and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
        heads = [verb.head]  # "resolution 2474, adopted in June 2019": the resolution was adopted
    if not heads and not _takes_a_person(verb):  # "the schools closed": what underwent it
        heads = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if particle is not None:  # "ran out of fresh water": what the particle's "of" names
        heads += [o for p in particle.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    heads += [s for h in heads if h.pos_ == "NOUN" for s in h.children if s.dep_ == "nsubj"]  # "the drought a disaster"
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    heads += [c for h in heads if h.pos_ == "PROPN" for c in h.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    # "convicted Ratko Mladić, the wartime commander": a commander was convicted
    heads += [o for h in heads if _a_collection(h) for p in h.children if p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]  # "a network of twenty marine protected areas": areas
    nouns = [h for h in heads if h.pos_ == "NOUN" or h.pos_ == "PROPN" and h.dep_ in _DONE_TO]  # "reached Ménaka"
    if not nouns:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        subject = verb.head  # "a network that had recruited six girls": told from the network
    told = [verb, *nouns, *([subject.left_edge] if subject is not None else [])]
    first, last = min(told, key=lambda t: t.i), max(told, key=lambda t: t.i)
    return Deed(f"{base}_{particle.lower_}" if particle is not None else base,
                frozenset(_noun_base(n) for n in nouns), offset + first.idx, offset + last.idx + len(last.text),
                _described(nouns), _doer(subject))


def _doer(subject: Token | None) -> str:
    """The subject's name or pronoun, lower-cased ("security council", "we"); "" for a common noun."""
    if subject is None or subject.pos_ not in {"PROPN", "PRON"}:
        return ""
    if subject.pos_ == "PRON":
        return subject.lower_
    return " ".join(t.lower_ for t in subject.subtree if t.pos_ == "PROPN")


def _described(nouns: list[Token]) -> frozenset[str]:
    """The one-word nouns WordNet says the nouns' adjectives pertain to ("rainy" -> "rain")."""
    db = wordnet()
    if db is None:
        return frozenset()
    return frozenset(noun for n in nouns for c in n.children if c.dep_ == "amod" and c.pos_ == "ADJ"
                     for noun in db.pertains_to(c.lower_) if "_" not in noun and "-" not in noun)


def _noun_base(noun: Token) -> str:
    """A noun's base form; a plural the tagger marks as one is made singular even where WordNet
    lists the plural as a word of its own ("banks", "arms")."""
    base = noun_lemma(noun.lower_)
    if noun.tag_ == "NNS" and base == noun.lower_ and base.endswith("s") and not base.endswith("ss"):
        singular = noun_lemma(base[:-1])
        return singular if noun_senses(singular) else base
    return base


def _a_collection(noun: Token) -> bool:
    """A noun WordNet first knows as a group of things ("network", "series", "fleet")."""
    senses = noun_senses(noun.lower_)[:1]
    return noun.pos_ == "NOUN" and bool(senses) and senses[0].file == "noun.group"


def _first_to_do(verb: Token) -> bool:
    """An infinitive that tells what the first to do it did: "became the first African country to
    receive results-based payments" says the payments were received."""
    if verb.tag_ != "VB" or verb.dep_ not in {"acl", "relcl", "xcomp", "advcl"}:
        return False
    head = verb.head  # "the first country to receive", or "became" with its "the first … State" to receive
    nouns = [head] if head.pos_ in {"NOUN", "PROPN"} else [c for c in head.children if c.dep_ == "attr"]
    told = head.head if head.pos_ in {"NOUN", "PROPN"} else head  # the verb that says it was so: "became", "was"
    return told.tag_ == "VBD" and any(t.lower_ == "first" and t.i < verb.i for noun in nouns for t in noun.subtree)


def _base(verb: Token) -> str:
    """A verb's base form, irregular first for a past ("found": find, not the verb "found")."""
    db = wordnet()
    irregular = db.irregular_bases(verb.lower_) if db is not None and verb.tag_ in {"VBD", "VBN"} else ()
    return irregular[0] if irregular else verb_lemma(verb.lower_)


def _takes_a_person(verb: Token) -> bool:
    """A verb whose subject is a person or a body ("officers freed", "the minister resigned", "the
    police raided"): the subject did it; not a body that is also a building ("the school opened")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    senses = noun_senses(subject.lower_)[:2] if subject is not None else ()
    if senses and senses[0].file == "noun.group" and any(s.file == "noun.artifact" for s in senses):
        return False  # "the school opened": a body that is also a building underwent it
    return not senses or senses[0].file in {"noun.person", "noun.group"}


def year_of(verb: Token) -> tuple[int, int | None] | None:
    """The year (and month) that dates a verb's clause: a year in its own phrases ("in the spring
    of 2023"), else the sentence's only year."""
    years = [t for t in verb.doc if t.like_num and len(t.text) == 4 and t.text[:2] in {"19", "20"} and t.text.isdigit()]
    own = [t for t in years if verb in t.ancestors and not any(
        a.dep_ in {"relcl", "advcl", "ccomp"} and a is not verb and verb in a.ancestors for a in t.ancestors)]
    chosen = own[0] if own else years[0] if len({t.text for t in years}) == 1 else None
    if chosen is None:
        return None
    before = verb.doc[chosen.i - 1] if chosen.i > 0 else None
    month = MONTHS.index(before.lower_) + 1 if before is not None and before.lower_ in MONTHS else None
    return int(chosen.text), month


def _carried(verb: Token) -> Token:
    """The verb a verb of needing carries: "needed to declare" -> "declare"."""
    while verb_lemma(verb.lower_) in _CARRIERS:
        infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if infinitive is None:
            break
        verb = infinitive
    return verb


def _undone(verb: Token) -> bool:
    """A verb denied ("did not close"), planned or possible ("will close", "could close"), or of a
    clause whose subject is denied ("no school closed")."""
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _NOT_DONE for c in verb.children):
        return True
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in {"none", "nobody", "nothing"} or any(
        d.dep_ in {"det", "neg"} and d.lower_ in {"no", "not"} for d in c.children)) for c in verb.children)


def _first_after(doc: Doc, offset: int, position: int) -> int:
    """The index of the first token at or after a document position."""
    return next((t.i for t in doc if offset + t.idx >= position), len(doc))
