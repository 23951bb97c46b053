"""A verb's base form after "has/have/had" (GR004): "Sweden has decline steadily", "Chile has
sign the agreement", where the perfect needs the past participle ("has declined").

Read from spaCy's dependency parse: a verb tagged as a base form (VB) whose auxiliary is
"has", "have", "had" or "'ve", before it with only adverbs or "not" between ("has not sign",
"have already contribute"). A noun after "has" ("has control of", "has support from") is
tagged as a noun and left alone, as are "has to decline", "had better act", a causative ("to
have each district have a clinic", "had them sign") and a question ("Has Japan ratify …?").
A verb whose participle may be its base form ("has come", "has run", "has put") is never
flagged: the parser tags those as participles, and WordNet's forms tell most of them apart too.

The participle suggested is derived, not listed: the irregular forms WordNet lists for the verb
(verb.exc; "taken" rather than "took", "begun" rather than "began"), else the regular form
("declined", "ratified", "adopted") when the CMU Pronouncing Dictionary lists it. Without a
confirmed form the finding gives no suggestion.

A cheap test on the words selects the sentences worth parsing: "has/have/had/'ve", perhaps
adverbs, then a word WordNet knows as a verb's base form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from paperlint.rules.grammar.agreement import ADVERBS, may_be_a_base_form

from paperlint.analysis.events import wordnet
from paperlint.analysis.parse import parsed_docs, parses_when
from paperlint.engine.kinds import Hit, match_case
from paperlint.wordlists import cmu_dictionary

_HAVE = frozenset({"has", "have", "had", "'ve", "’ve"})
# "has/have/had/'ve" (or "hasn't") and the up to four words after it.
_MAY_BE = re.compile(r"(?:\b(?:has|have|had)(?:n['’]t)?|['’]ve)((?:\s+[A-Za-z]+){1,4})", re.IGNORECASE)
_MORE_ADVERBS = ADVERBS | {"long", "just", "since", "yet", "recently", "not"}
# Words between the auxiliary and the verb that make the base form right: "had better act".
_NOT_ADVERBS = frozenset({"better", "best", "rather", "sooner"})


def _may_have_a_base_form(text: str) -> bool:
    """Cheap test before parsing: "has/have/had/'ve", perhaps adverbs, then a word that can be a
    verb's base form."""
    for match in _MAY_BE.finditer(text):
        for word in match[1].lower().split():
            if may_be_a_base_form(word):
                return True  # "apply" is a verb, though it ends in -ly
            if word not in _MORE_ADVERBS and not word.endswith("ly"):
                break
    return False


@parses_when(_may_have_a_base_form)
def base_form_after_have(document, rule, ctx) -> Iterator[Hit]:
    """A base form where the perfect needs the past participle."""
    for sentence, doc in parsed_docs(document, _may_have_a_base_form):
        for verb in doc:
            auxiliary = _perfect_auxiliary(verb)
            if auxiliary is None or _may_be_its_own_participle(verb.lower_):
                continue
            start = sentence.start + verb.idx
            participle = past_participle(verb.lower_)
            if participle is None:
                yield Hit(start, start + len(verb.text), {"auxiliary": auxiliary.text, "suggestion": ""}, safe=False)
                continue
            fixed = match_case(verb.text, participle)
            yield Hit(start, start + len(verb.text), {"auxiliary": auxiliary.text, "suggestion": f": write '{fixed}'"},
                      (fixed,), safe=False)


def _perfect_auxiliary(verb):
    """The finite "has/have/had" whose base form `verb` is, or None: the verb tagged VB, the
    auxiliary to its left with only adverbs or "not" between, and no subject after the
    auxiliary (a question)."""
    if verb.tag_ != "VB" or verb.lower_ == "be" or not may_be_a_base_form(verb.lower_):
        return None
    auxiliaries = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if not auxiliaries or auxiliaries[-1].lower_ not in _HAVE or auxiliaries[-1].tag_ not in {"VBZ", "VBP", "VBD"}:
        return None
    auxiliary = auxiliaries[-1]
    between = verb.doc[auxiliary.i + 1 : verb.i]
    if any(t.tag_ != "RB" and t.dep_ != "neg" or t.lower_ in _NOT_ADVERBS for t in between):
        return None
    if len(auxiliaries) > 1 or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i > auxiliary.i for c in verb.children):
        return None  # "will have …" is not finite "have"; "Has Japan ratify …?" is a question
    return auxiliary


def _participle_shaped(form: str, verb: str) -> int:
    """How much `form` looks like a past participle rather than a past tense: 3 for a strong
    participle ("taken", "shown", "done", "begun"), 2 for a vowel changed to "u" ("hung",
    "struck"), 1 for a weak form in -t or -d, which serves as both ("sent", "committed", "made"); 0 for a
    past tense only ("came", "ran", "took", "rode")."""
    if form.endswith(("en", "wn", "ne", "rn", "un", "on", "ain")):
        return 3
    if "u" in form and "u" not in verb:
        return 2
    weak = form.endswith(("t", "d")) or form.endswith("de") and form[:-2] == verb[:-2]  # "made"
    return 1 if weak else 0


def _irregular_forms(verb: str) -> list[str]:
    """The past forms WordNet lists for a verb, without -ing and -s forms."""
    lexicon = wordnet()
    forms = lexicon.inflections(verb) if lexicon is not None else ()
    return [f for f in forms if "_" not in f and f != verb and not f.endswith(("ing", "s"))]


@lru_cache(maxsize=4096)
def _may_be_its_own_participle(verb: str) -> bool:
    """A verb whose participle may be its base form, as far as WordNet's forms tell: one past
    form that is a past tense only ("come" - "came", "run" - "ran"), or a doubled -ing form with
    no -ed form ("put" - "putting", "cut" - "cutting")."""
    lexicon = wordnet()
    if lexicon is None:
        return False
    past = _irregular_forms(verb)
    if past:
        return max(_participle_shaped(f, verb) for f in past) == 0
    doubled = verb + verb[-1:]
    return doubled + "ing" in lexicon.inflections(verb)


@lru_cache(maxsize=4096)
def past_participle(verb: str) -> str | None:
    """The past participle of a verb's base form, or None when no form is confirmed.

    Irregular: the most participle-like of the forms WordNet lists ("taken", not "took"; "begun",
    not "began"; "shrunk", not "shrunken"). Regular: "declined", "ratified", "adopted", "banned",
    each accepted only when the CMU Pronouncing Dictionary lists it."""
    past = _irregular_forms(verb)
    if past:
        ranked = [f for f in past if _participle_shaped(f, verb) and not (f.endswith("en") and f[:-2] in past)]
        return max(ranked, key=lambda f: _participle_shaped(f, verb), default=None)
    if verb.endswith("e"):
        candidates = [verb + "d"]
    elif len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        candidates = [verb[:-1] + "ied"]
    else:
        candidates = [verb + "ed", verb + verb[-1] + "ed"]
    known = cmu_dictionary()
    return next((c for c in candidates if c in known), None)
