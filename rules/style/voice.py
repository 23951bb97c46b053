"""First person in a position paper (ST002, ST003): one finding per habit, none in a role paper."""

from __future__ import annotations

import re
from functools import lru_cache

from paperlint.analysis.events import MONTHS, wordnet
from paperlint.analysis.phrases import Phrases
from paperlint.analysis.regions import skipped
from paperlint.analysis.voice import role_voice, ruler_number
from paperlint.engine.habits import once_or_each
from paperlint.profiles import profile_for


def first_person(document, rule, ctx):
    """Uses of the pronouns the rule lists (`options.pronouns`, case as written), outside
    quotations and other non-prose and not hyphenated to a following word, unless the paper
    speaks as a person in a role, or the rule leaves it to the conference
    (`options.profile_decides`) and none was chosen, or its profile allows the first person."""
    if role_voice(document):
        return
    profile = profile_for(ctx.config)
    if rule.params.options.get("profile_decides") and not (profile.strict and profile.third_person):
        return  # no conference chosen (the default profile), or one that allows the first person
    phrases = _phrases(tuple(rule.params.options["pronouns"]))
    text = document.text
    uses = [
        match.span()
        for match in phrases.regex.finditer(text)
        if not rule.excepted(text, *match.span()) and not skipped(document, rule.skip, *match.span())
        and not _compound_part(text, match.end()) and not _numeral(text, *match.span())
        and not _mine_of_the_earth(text, *match.span()) and not _dotted_letter(text, *match.span())
        and not _in_a_title(text, *match.span()) and not _slip_for_another_word(text, *match.span())
    ]
    yield from once_or_each(document, uses)


# Where "mine" is the possessive pronoun: after "of" or a form of "be" ("a friend of mine", "the
# choice is mine"), or before a stop. Elsewhere it is the verb or the noun ("to mine asteroids").
_MINE_OWNED_BEFORE = re.compile(r"(?:\bof|\b(?:is|are|was|were|be|been)|\band|\bor)[ \t]+$", re.IGNORECASE)
_MINE_OWNED_AFTER = re.compile(r"[ \t]*(?:[.,;:!?)\]”\"'’]|$)")


def _mine_of_the_earth(text: str, start: int, end: int) -> bool:
    """True when "mine" is the verb or the noun, not the pronoun: "objects to mine", "a coal mine"."""
    if text[start:end].lower() != "mine":
        return False
    return not (_MINE_OWNED_BEFORE.search(text, max(0, start - 12), start) or _MINE_OWNED_AFTER.match(text, end))


def _dotted_letter(text: str, start: int, end: int) -> bool:
    """True when "I" is a letter of initials written with stops: "H.I.V.", "I.C.J."."""
    before, after = text[max(0, start - 2) : start], text[end : end + 3]
    if end - start != 1 or after[:1] != ".":
        return False
    return bool(re.fullmatch(r"[A-Za-z]\.", before) or re.fullmatch(r"\.[A-Za-z]\.", after))


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)[ \t]+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must)[ \t]+$", re.IGNORECASE)


def _in_a_title(text: str, start: int, end: int) -> bool:
    """True when the word is part of a name or a title: after an article ("the My Son Sanctuary"),
    or before a verb written with a capital ("Because I Am A Girl", "the ‘I Paid a Bribe’ app"),
    which prose writes in small letters after the pronoun."""
    if _DETERMINER_BEFORE.search(text, max(0, start - 6), start):
        return True
    following = _NEXT_WORD.match(text, end)
    lexicon = wordnet()
    if following is None or not following[1][:1].isupper() or following[1].isupper() or lexicon is None:
        return False
    word = following[1].lower()
    return word in {"am", "was"} or lexicon.lemma(word, "verb") is not None and lexicon.lemma(word, "noun") is None


def _slip_for_another_word(text: str, start: int, end: int) -> bool:
    """True when the word cannot be the pronoun where it stands, a slip of the keys for another:
    "me" straight after a modal ("there will me a market", for "be"), "my" before a word that is
    only ever a verb ("its powers my deserve", for "may") or before a date ("93 States my mid-March
    of 2016", for "by": round 67); "My" inside a sentence before a capital is a name's word."""
    word = text[start:end].lower()
    if word == "me":
        return _MODAL_BEFORE.search(text, max(0, start - 8), start) is not None
    if word == "my" and _DATE_AFTER.match(text, end):
        return True
    if text[start:end] == "My" and _NAME_AROUND.match(text, end) and _INSIDE_A_SENTENCE.search(text, max(0, start - 20), start):
        return True  # "refuge in My Ayni Camp" (round 69): a capital inside a sentence, before a name's next word
    following = _NEXT_WORD.match(text, end)
    lexicon = wordnet()
    if word != "my" or following is None or lexicon is None:
        return False
    after = following[1].lower()
    return lexicon.lemma(after, "verb") == after and lexicon.lemma(after, "noun") is None \
        and not lexicon.is_adjective(after)


_DATE_AFTER = re.compile(r"[ \t]+(?:(?:mid-?|early[ \t]+|late[ \t]+)?(?:" + "|".join(m.title() for m in MONTHS) + r")"
                         r"|(?:19|20)\d\d)\b")


_NAME_AROUND = re.compile(r"[ \t]+[A-Z][a-z]")
_INSIDE_A_SENTENCE = re.compile(r"[a-z,][ \t]+$")


def _compound_part(text: str, end: int) -> bool:
    """True when a hyphen joins the word to the next one: "I-Kiribati" names a people, not the writer."""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalnum()


# Where a sentence or a line begins: "I" after it and before ".", ")" or ":" numbers a heading
# or a list item ("I. Background", "I: Funding").
_ITEM_START = re.compile(r"(?:^|[\n.;:!?]|\()[ \t(]*$")
_ITEM_MARK = re.compile(r"[.:]?[ \t\xa0]+[A-Z0-9\"“‘(]")
_LATER_NUMERAL = re.compile(r"(?m)^[ \t(]*(?:II|III|IV|V|VI)(?:[.):]|[ \t])")
# A name, then "I" and a stop: the first of a series ("FESP I,", "Phase I.").
_NAME_BEFORE = re.compile(r"(?<![\w'’])(?:[A-Z]{2,}|[A-Z][a-z]+)[ \t]+$")


def _numeral(text: str, start: int, end: int) -> bool:
    """True when "I" is the Roman numeral one: before a closing bracket ("(I)", "(FESP I)", "I)
    Funding"), which the pronoun never is; after a name and before a stop ("Phase I."); "I." or
    "I:" where a line or sentence begins; "I" alone before a capitalised word at a line's start
    when a later line starts with "II", "III"…; after a ruler's name ("Robert I of Scotland")."""
    after = text[end : end + 3]
    if after[:1] == ")" or after[:1] in ".,;:" and _NAME_BEFORE.search(text, max(0, start - 40), start):
        return True
    if ruler_number(text, start, end):
        return True
    before = text[max(0, start - 40) : start]
    if not _ITEM_START.search(before):
        return False
    if after[:1] in ".:" and _ITEM_MARK.match(text, end, end + 12):
        return True  # "I. Background", "I.    Addressing …" (spaces or no-break spaces before it)
    line_start = re.search(r"(?:^|\n)[ \t]*$", before) is not None
    titled = re.match(r"[ \t]+[A-Z]", text[end : end + 4]) is not None
    return line_start and titled and _LATER_NUMERAL.search(text, end) is not None


@lru_cache(maxsize=8)
def _phrases(pronouns: tuple[str, ...]) -> Phrases:
    return Phrases(pronouns, ignorecase=False)
