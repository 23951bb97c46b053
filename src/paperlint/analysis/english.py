"""Which English a paper is written in: US, or British (the UN's own style is British with -ize).

`english_variant(document)` counts the paper's spellings that only one variant uses (color /
colour, center / centre, program / programme, analyze / analyse, and -ise verbs), in its prose
only, and returns "en-US" or "en-GB" (ties and papers without evidence: "en-GB", the UN's
choice). Pass it to a grammar engine; UN005 and CN019 use `variant_uses` to report the other
variant's spellings. `other_english(word, other)` tells two spellings of one word apart by the
regular US/British differences (-ize/-ise, -or/-our, -er/-re, -og/-ogue, -l-/-ll-, -se/-ce, e/ae/oe),
so a spelling checker of one English need not report the other's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from paperlint.analysis.events import wordnet
from paperlint.analysis.phrases import Phrases
from paperlint.analysis.regions import NOT_PROSE, mid_sentence, skipped
from paperlint.document import Document
from paperlint.wordlists import builtin_list

US, GB = "en-US", "en-GB"
# Words spelt -ise, or -ize, in every English: never evidence of a variant.
ISE_ONLY = {
    "advise", "arise", "chastise", "circumcise", "comprise", "compromise", "concise", "cruise",
    "demise", "despise", "devise", "disguise", "enterprise", "excise", "exercise", "expertise",
    "franchise", "guise", "improvise", "incise", "merchandise", "noise", "otherwise", "paradise",
    "poise", "praise", "precise", "premise", "promise", "raise", "reprise", "revise", "rise",
    "supervise", "surmise", "surprise", "televise", "treatise", "wise", "likewise", "clockwise",
    "advertise", "apprise", "bruise", "anise", "valise", "porpoise", "tortoise", "turquoise",
}
IZE_ONLY = {"size", "seize", "prize", "capsize", "downsize", "maize", "baize", "assize", "outsize", "oversize"}
CACHE_KEY = "english.variant"
_SPELLINGS_KEY = "english.spellings"
_PAIRS = "=>"
# "program" after one of these is software, spelt "program" in every English.
_SOFTWARE = re.compile(
    r"(?:computer|software|antivirus|anti-virus|malicious|malware|spyware|hacking|spy|AI|application|"
    r"executable|coding|encryption|surveillance)[\s-]+$",
    re.IGNORECASE,
)
_ISE = re.compile(r"(?<![\w'’-])(?P<stem>[a-z]{3,}is)(?:e|es|ed|ing|ation|ations)(?![\w'’-])")


@dataclass(frozen=True)
class Use:
    """One word of a variant in the paper, with its spelling in the other variant."""

    start: int
    end: int
    other: str


@lru_cache(maxsize=1)
def spelling_pairs() -> dict[str, str]:
    """Each US form → its British form, and each British form → its US form."""
    pairs: dict[str, str] = {}
    for line in builtin_list("spellings", "english"):
        us, _, gb = line.partition(_PAIRS)
        for us_form, gb_form in zip(us.split(), gb.split(), strict=True):
            pairs[us_form] = gb_form
            pairs[gb_form] = us_form
    return pairs


@lru_cache(maxsize=1)
def us_forms() -> frozenset[str]:
    """The US forms of the pairs (lower case)."""
    return frozenset(us for line in builtin_list("spellings", "english") for us in line.partition(_PAIRS)[0].split())


@lru_cache(maxsize=1)
def _forms() -> tuple[frozenset[str], Phrases]:
    return us_forms(), Phrases(spelling_pairs(), ignorecase=True)


def variant_uses(document: Document, variant: str, skip: tuple[str, ...] = NOT_PROSE + ("name",)) -> list[Use]:
    """Words spelt the `variant` way ("en-US" or "en-GB") outside the `skip` regions, in order."""
    us_forms = _forms()[0]
    text, uses = document.text, []
    for start, end, word in _spellings(document):
        key = word.lower()
        if (key in us_forms) != (variant == US) or word[:1].isupper() and mid_sentence(text, start):
            continue  # the other variant, or a capitalised name ("Pew Research Center")
        if key.startswith("program") and _SOFTWARE.search(text, max(0, start - 40), start):
            continue
        if variant == GB and _plural_in_both(key):
            continue  # "analyses": the plural of "analysis" in every English, not the British verb
        if skipped(document, skip, start, end):
            continue
        other = spelling_pairs()[key]
        uses.append(Use(start, end, other.capitalize() if word[:1].isupper() else other))
    return uses


def _plural_in_both(word: str) -> bool:
    """A British verb form that is also the plural of a noun in -sis ("analyses", "paralyses")."""
    lexicon = wordnet()
    return lexicon is not None and (lexicon.lemma(word, "noun") or "").endswith("sis")


def _spellings(document: Document) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word of the spelling pairs in the paper, either variant (found once)."""
    if _SPELLINGS_KEY not in document.cache:
        document.cache[_SPELLINGS_KEY] = [(m.start(), m.end(), m.group()) for m in _forms()[1].regex.finditer(document.text)]
    found: list[tuple[int, int, str]] = document.cache[_SPELLINGS_KEY]
    return found


def english_variant(document: Document) -> str:
    """"en-US" or "en-GB": the variant most of the paper's telling spellings belong to (ties and
    papers without any: the UN's, "en-GB")."""
    us, gb = variant_counts(document)
    return US if us > gb else GB


def canadian(document: Document) -> bool:
    """The paper is in Canadian English, one English of its own: British -our, -re, -ce and "ll"
    beside US -yze, "program", "aging", "aluminum" and medical words without "ae"/"oe", and
    nothing US outside these."""
    us, gb = variant_uses(document, US), variant_uses(document, GB)
    text = document.text
    return bool(us) and bool(gb) and all(_canadian_us(text[u.start : u.end].lower(), u.other.lower()) for u in us) \
        and not any(_canadian_us(u.other.lower(), text[u.start : u.end].lower()) for u in gb)


def _canadian_us(us: str, british: str) -> bool:
    """A US form Canadian English writes too ("analyze", "program", "pediatric")."""
    return "yz" in us or us.startswith("program") or us in {"aging", "aluminum"} \
        or re.sub(r"ae|oe", "e", british) == us


def plainly_british(document: Document) -> bool:
    """The paper may be asked for the UN's (British) spelling: it has no US spelling at all, or
    more British ones than US; a tie ("program" once, "offences" once) says too little."""
    us, gb = variant_counts(document)
    return us == 0 or gb > us


def variant_counts(document: Document) -> tuple[int, int]:
    """How many telling spellings of the paper are US, and how many British (computed once)."""
    if CACHE_KEY not in document.cache:
        document.cache[CACHE_KEY] = (len(variant_uses(document, US)),
                                     len(variant_uses(document, GB)) + len(_ise_words(document)))
    counts: tuple[int, int] = document.cache[CACHE_KEY]
    return counts


def _ise_words(document: Document) -> list[re.Match[str]]:

    return [
        m for m in _ISE.finditer(document.text)
        if m["stem"] + "e" not in ISE_ONLY
        and not skipped(document, NOT_PROSE, m.start(), m.end())
    ]


# The regular differences between US and British spelling, each written as a rewrite of the
# British form (or the US one) to one common form: two spellings that meet are one word.
_COMMON_FORM = (
    (re.compile(r"(?<=[a-z]{2})our(?=s?$|ed$|ing$|it|able|ably|ful|less|ism|ist|ly$|hood|er)"), "or"),  # favour, neighbourly
    (re.compile(r"(?<=[a-z])is(?=e$|es$|ed$|ing$|er$|ers$|ation|ational)"), "iz"),  # organise, organisation
    (re.compile(r"(?<=[a-z])ys(?=e$|es$|ed$|ing$)"), "yz"),  # analyse
    (re.compile(r"(?<=[a-z][bgt])re(?=s?$)"), "er"),  # centre, meagre, fibre
    (re.compile(r"(?<=[a-z][bt])red$"), "ered"),  # centred
    (re.compile(r"(?<=[a-z]{2})ogue(?=s?$)"), "og"),  # catalogue, monologue
    (re.compile(r"(?<=[a-z][^aeiou][ae])ll(?=ed$|ing$|er$|ers$|or$|ors$|ous|ation)"), "l"),  # travelled, quarrelled
    (re.compile(r"(?<=[a-z][aeiou])ll(?=ment|ful)"), "l"),  # fulfilment, skilful
    (re.compile(r"(?<=[a-z]{2})amme(?=s?$)"), "am"),  # programme
    (re.compile(r"(?:(?<=def|off|lic)|(?<=pret))ence"), "ense"),  # defence, offence, licence, pretence
    (re.compile(r"(?<=[^aeiou])(?:ae|oe)(?=[^aeiou])|^oe(?=[^aeiou])"), "e"),  # paediatric, oestrogen
)


def is_us_spelling(word: str) -> bool:
    """True when the word is already in the form the regular US/British differences lead to
    ("program", "recognize"; not "programme", "recognise"): of a pair, the US spelling."""
    return _common_form(word.lower()) == word.lower()


def _common_form(word: str) -> str:
    for pattern, common in _COMMON_FORM:
        word = pattern.sub(common, word)
    return word


def other_english(word: str, other: str) -> bool:
    """True when `word` and `other` are two spellings of one word, US and British ("favoritism"
    and "favouritism", "quarreled" and "quarrelled", "monolog" and "monologue"): the pairs of the
    shipped table, and any word whose regular US/British differences are all that tell it apart."""
    a, b = word.lower(), other.lower()
    if a == b or not a.isalpha() or not b.isalpha():
        return False
    if spelling_pairs().get(a) == b:
        return True
    return _common_form(a) == _common_form(b)
