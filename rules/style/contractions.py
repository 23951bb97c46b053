"""ST001: contractions, expanded so that the verb agrees with its subject.

"France don't accept" expands to "France does not accept": the verb takes the number of the
subject before it, not of the contraction. When the subject's number cannot be told, the
literal expansion is offered but not as a safe fix. In a paper written in a role, contractions
used throughout are the character's voice: one note, with the places.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from paperlint.analysis.elision import spoken_voice, written_as_spoken
from paperlint.analysis.phrases import Phrases
from paperlint.analysis.voice import role_voice
from paperlint.engine.habits import PERVASIVE, once_in_a_voice
from paperlint.engine.kinds import Hit, match_case

# Verbs whose form depends on the subject: plural (and I/you) form, singular form.
AGREEING = {"do": "does", "have": "has", "are": "is", "were": "was"}
_SINGULAR_FORMS = {singular: plural for plural, singular in AGREEING.items()}
# ("that" and "who" are left out: as relative pronouns they take the number of what they follow,
# "the measures that aren't funded".)
_SINGULAR_SUBJECTS = {
    "he", "she", "it", "this", "everyone", "everybody", "nobody", "someone", "somebody",
    "anyone", "anybody", "one", "each", "either", "neither",
}
_PLURAL_SUBJECTS = {
    "i",
    "you",
    "we",
    "they",
    "these",
    "those",
    "people",
    "children",
    "both",
    "many",
    "few",
    "several",
    "others",
    "men",
    "women",
}
_NOT_SUBJECTS = {
    "not", "which", "what", "there", "hence", "thus", "so", "then", "but", "or", "if", "please",
    "therefore", "why", "how", "when", "where", "to", "than", "that", "who", "and", "nor", "yet",
}
# A preposition just before the word: the subject's head is before its phrase ("6 of the 46
# countries in sub-Saharan Africa don't").
_PREPOSITIONS = {
    "of", "in", "on", "at", "from", "for", "with", "across", "among", "between", "within", "without",
    "under", "over", "by", "into", "around", "throughout", "like", "unlike",
}
_ADVERBS = {
    "still",
    "also",
    "simply",
    "really",
    "often",
    "just",
    "even",
    "generally",
    "usually",
    "clearly",
    "certainly",
    "currently",
    "already",
}
_ARTICLES = {"a", "an", "the"}
# Quantifiers that stand alone for what they count, plural ("most don't") or not ("all of it"):
# their number is the one the writer gave the verb.
_QUANTIFIERS = {"most", "some", "all", "more", "any", "none", "half", "enough", "such"}


@lru_cache(maxsize=4)
def _phrases(contractions: tuple[str, ...]) -> Phrases:
    return Phrases(contractions, ignorecase=True)


def contraction(document, rule, ctx):
    """Each contraction the rule's `swap` option lists, with an expansion that agrees; in a
    paper written in a role, contractions used throughout are one note at the first."""
    hits = list(_expanded(document, rule.params.options["swap"]))
    spoken = written_as_spoken(document.text, document.cache) if hits else None
    role = role_voice(document) if len(hits) >= PERVASIVE else None
    if spoken is None and role is None:
        yield from hits
        return
    voice = spoken_voice(spoken) if spoken else \
        f"The paper speaks in a role ({role}): the contractions may be the character's voice."
    more = f" (and {len(hits) - 1} more)" if len(hits) > 1 else ""
    yield once_in_a_voice(document, hits, voice, {**hits[0].values, "more": more})


def _expanded(document, swap: dict[str, str]):
    phrases = _phrases(tuple(swap))
    expansions = list(swap.values())
    for match in phrases.regex.finditer(document.text):
        if match.group().isupper():
            continue  # "LET'S MAKE PLUNDERING GREAT AGAIN!": a slogan in capitals, not running prose (round 49)
        literal = expansions[phrases.index(match.group())]
        asked = _INVERTED.match(document.text, match.end()) if _NOT.search(match.group()) else None
        if asked is not None:  # "why haven't we banned …": "have we not", the subject before "not"
            auxiliary = "can" if literal == "cannot" else literal.removesuffix(" not")
            auxiliary = "am" if auxiliary == "are" and asked["subject"] == "I" else auxiliary  # "aren't I": "am I not"
            expected = match_case(match.group(), f"{auxiliary} {asked['subject']} not")
            yield Hit(match.start(), asked.end(), {"expected": expected, "more": ""}, (expected,))
            continue
        if literal == "it is" and _OWNER_SLOT.search(document.text, max(0, match.start() - 20), match.start()):
            expected = match_case(match.group(), "its")  # "provide for all it’s citizens": the possessive was meant (round 65)
            yield Hit(match.start(), match.end(), {"expected": expected, "more": " (the possessive, not 'it is')"},
                      (expected,), safe=False)
            continue
        verb, _, rest = literal.partition(" ")
        number = _subject_number(document.text, match.start())
        participle = _PARTICIPLE_AFTER.match(document.text, match.end()) if literal.endswith(" is") else None
        if participle is not None:  # "the launches it's done": "it has" as often as "it is"
            has = match_case(match.group(), f"{verb} has")
            if participle["word"].lower() == "been":
                yield Hit(match.start(), match.end(), {"expected": has, "more": ""}, (has,))
                continue
            expected = match_case(match.group(), literal)
            yield Hit(match.start(), match.end(), {"expected": expected, "more": f" (or '{has}', by what it stands for)"},
                      (expected, has), safe=False)
            continue
        if verb in AGREEING or verb in _SINGULAR_FORMS:
            plural = _SINGULAR_FORMS.get(verb, verb)
            agreed = {"plural": plural, "singular": AGREEING[plural]}.get(number or "", verb)
            expansion, safe = f"{agreed} {rest}", number is not None
        else:
            expansion, safe = literal, True
        expected = match_case(match.group(), expansion)
        yield Hit(match.start(), match.end(), {"expected": expected, "more": ""}, (expected,), safe=safe)


_NOT = re.compile(r"n['’]t$", re.IGNORECASE)
# A word after which "it" is no subject, so "it's" stands for "its": a preposition or "all".
_OWNER_SLOT = re.compile(r"\b(?:all|of|to|for|with|by|from|into|through|about|under|upon|within|across|among|towards?"
                         r"|against|throughout)\s+$", re.IGNORECASE)
# A subject pronoun after "n't": a question, whose subject comes before "not" ("haven't we").
_INVERTED = re.compile(r"\s+(?P<subject>I|we|you|they|he|she|it)\b(?!['’])", re.IGNORECASE)
# A past participle after "'s" that no past tense shares: "it's been" is "it has been"; "it's done"
# may be either ("the launches it's done", "the work is done"), while "it's based" is "it is".
_PARTICIPLE_AFTER = re.compile(r"\s+(?P<word>been|done|gone|taken|given|seen|shown|known|grown|become|begun|gotten|"
                               r"written|chosen|broken|spoken|driven|fallen|risen|undertaken|overseen)\b")


def _subject_number(text: str, offset: int) -> str | None:
    """"singular", "plural" or None: the number of the word before `offset` read as a subject."""
    words = re.findall(r"[\w'’-]+|[.!?;:,]", text[max(0, offset - 80) : offset])
    while words and words[-1].lower() in _ADVERBS:
        words.pop()
    if len(words) > 3 and words[-3].lower() == "as" and words[-2].lower() in _ARTICLES:
        del words[-3:]  # "we as a committee don't": the subject is before its "as" phrase
    if not words or not words[-1][0].isalnum():
        return None
    word = words[-1]
    lower = word.lower()
    if lower in _SINGULAR_SUBJECTS:
        return "singular"
    if lower in _PLURAL_SUBJECTS:
        return "plural"
    if lower in _NOT_SUBJECTS:
        return None  # "and if that isn't": no subject to read before the verb
    if lower in _QUANTIFIERS:
        return None  # "what most don't know": a quantifier standing for things counted or not, as written (round 55)
    near = [w.lower() for w in words[-4:-1]]
    if "and" in near and not any(not w[0].isalnum() for w in near[near.index("and") :]):
        return "plural"  # "France and Chile don't"; not "Apple and Android, it doesn't"
    phrase = list(itertools.takewhile(lambda w: w[0].isalnum(), reversed([w.lower() for w in words[-7:-1]])))
    if _PREPOSITIONS & set(phrase):
        return None  # "the reduction of fuels isn't", "our involvements in the consumer product market aren't":
        # the head may be before the phrase
    if word[0].isupper():
        return None if lower.endswith("s") else "singular"
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return "plural"
    return "singular" if lower.isalpha() and lower not in _NOT_SUBJECTS else None
