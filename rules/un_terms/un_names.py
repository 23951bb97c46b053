"""Near-miss names of UN bodies and instruments (UN001, UN002) and wrong acronyms after bodies'
names (UN007), measured against the shipped tables.

A name is compared token by token with every accepted form of every body in
`paperlint/data/un_bodies.csv` and `un_bodies_extra.csv`, and of every treaty or other instrument in
`treaties.csv` and `instruments_extra.csv` (the official name, with or without "United
Nations"/"UN" or a title's closing years, and the table's other names). rapidfuzz aligns the tokens
(`Levenshtein.opcodes` on token lists) and scores each changed word (`fuzz.ratio`). A name
is a near miss when what differs is small: a word spelt a few letters off ("Counsil"), a small
word changed, added or left out ("Office of Drugs", "Asia and Pacific"), a word WordNet gives
the official word's sense or nearest kind in a name of three words of its own ("Office on
Narcotics and Crime", "International Nuclear Energy Agency"), or, in a name that begins with
"United Nations"/"UN", one word left out (its first own word only when no other body has the
rest: "United Nations Settlements Programme"), or one inner word left out of a name of five words
of its own or more ("Economic Commission for Asia and the Pacific"). A body's former name (the
tables' `former_names`) is flagged in a paper written after the renaming, unless its sentence
tells it as history. A different word ("Human Rights
Watch", "National Security Council") makes another body, not a near miss, and so does an "and"
the name lacks ("the United Nations and World Health Organization" names two). Spelling systems
do not count: -isation/-ization and hyphens or spaces inside words are the same name.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from paperlint.analysis.events import YEAR, Sense, noun_lemma, noun_senses, verb_lemma, wordnet
from paperlint.analysis.phrases import Phrases, segments
from paperlint.engine.kinds import Hit
from paperlint.facts.knowledge import read_table
from paperlint.metadata import UN_BODY_TABLES, UN_INSTRUMENT_TABLES, labelled_line, member_state_forms, read_header
from paperlint.tables import table_rows

SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "against", "at", "with", "&"})
UN_PREFIXES = (("united", "nations"), ("un",))
_CONJUNCTIONS = frozenset({"and", "&"})
PREFIX_WORDS = frozenset(word for prefix in UN_PREFIXES for word in prefix)
LETTER_SIMILARITY = 70  # fuzz.ratio of two spellings of one word ("counsel"/"council" is 71)

_NAME_WORD = r"(?:U\.N\.|[A-Z][\w'’/-]*)"
_SMALL = r"(?:of|the|and|for|on|in|to|against|at|with|&)"
_CAPITALISED_RUN = re.compile(rf"{_NAME_WORD}(?:,?[ \t]+(?:{_SMALL}[ \t]+)*{_NAME_WORD})*")
# A body's acronym in brackets right after its name: "… and Crime (UNODC)".
_ACRONYM_AFTER = re.compile(r"[ \t]+\((?P<acronym>[A-Z][A-Za-z]*[A-Z])\)")
# The share of the body's own words a name must have for its acronym to say which body it means.
_ACRONYM_NAME_SHARE = 0.6
_INFORMAL_RUN = re.compile(r"\b(?:United[ \t]+Nations|U\.N\.|UN)(?:[ \t]+[\w'’/-]+){1,12}")


@dataclass(frozen=True)
class Body:
    official: str
    acronym: str
    source: str
    operation: bool = False  # a peace operation or political mission, of a family named alike
    instrument: bool = False  # a treaty, declaration or programme of action, not a body


@dataclass(frozen=True)
class Form:
    """One accepted way of writing a body's name."""

    text: str
    tokens: tuple[str, ...]
    body: Body

    @property
    def un_prefixed(self) -> bool:
        return bool(_prefix_length(self.tokens))


def _prefix_length(tokens: tuple[str, ...]) -> int:
    """How many tokens of "United Nations"/"UN" a name begins with (0 if none)."""
    return next((len(prefix) for prefix in UN_PREFIXES if tokens[: len(prefix)] == prefix), 0)


def misnamed_body(document, rule, ctx):
    """UN001: a capitalised name a little off an official one, or a known misnomer."""
    misnomers = rule.params.options.get("misnomers", {})
    phrases = _names_as_written(tuple(misnomers))
    header = read_header(document)
    for start, end in segments(document, "block"):
        # a committee named after a treaty on the header's line is the conference's name for it
        label = labelled_line(document.text, start, end)  # the first header's, or one a later topic repeats
        line = document.text[start:end].strip()  # or a line that is the name alone, over a topic
        in_header = header.covers(start, end) or label is not None and label.field == "committee" \
            or _CAPITALISED_RUN.fullmatch(line) is not None
        hits = [hit for run in _CAPITALISED_RUN.finditer(document.text, start, end)
                for hit in _near_misses(run, lowercase=False, instruments=not in_header)]
        for match in phrases.regex.finditer(document.text, start, end):
            if _of_another_body(document.text, match.start(), match.end()):
                continue  # "NATO Secretary General", "Secretary General of the Communist Party"
            overlapping = [hit for hit in hits if hit.start < match.end() and match.start() < hit.end]
            if all(hit.start <= match.start() and match.end() <= hit.end for hit in overlapping) and overlapping:
                continue  # inside a near miss already found
            hits = [hit for hit in hits if hit not in overlapping]  # "UN Secretary General", not "UN Secretary"
            expected = misnomers[phrases.phrases[phrases.index(match.group())]]
            hits.append(Hit(match.start(), match.end(), {"expected": expected}, (expected,)))
        hits += [hit for hit in _former_names_in(document, ctx, start, end)
                 if not any(hit.start < other.end and other.start < hit.end for other in hits)]
        for hit in _misnamed_before_acronym(document.text, start, end):
            # The name its acronym identifies replaces a near miss found inside it.
            if all(hit.start <= other.start and other.end <= hit.end
                   for other in hits if other.start < hit.end and hit.start < other.end):
                hits = [other for other in hits if not (hit.start <= other.start and other.end <= hit.end)] + [hit]
        yield from sorted(hits, key=lambda hit: hit.start)


@lru_cache(maxsize=8)
def _names_as_written(names: tuple[str, ...]) -> Phrases:
    """The names as one regex, compiled once per list rather than once a paper."""
    return Phrases(names, ignorecase=False)


_OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][\w.&-]*)(?:['’]s)?[ \t]+$")
_OWNER_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<owner>[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*)?)")
_UN_ITSELF = r"(?:United[ \t]+Nations?|U\.?N\.?)"
_THE_UN = re.compile(rf"\b{_UN_ITSELF}(?:['’]s?)?[ \t]+$")


def _of_another_body(text: str, start: int, end: int) -> bool:
    """Whether a name of an office belongs to a body named beside it that is not the UN: before it
    ("the NATO Secretary General", "ASEAN's Secretary General") or after "of" ("Secretary General
    of the Communist Party"). A sentence's first word is no owner."""
    if _THE_UN.search(text, max(0, start - 40), start):
        return False  # "the UN Secretary General", "United Nations' Secretary General"
    before = _OWNER_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and (not re.search(r"(?:^|[.!?:\n])\s*$", text[: before.start()])
                               or before["owner"].isupper() or before.group().rstrip().endswith(("'s", "’s"))):
        return True  # not a sentence's first word, unless an acronym or a possessive ("ASEAN's")
    after = _OWNER_AFTER.match(text, end)
    return after is not None and not re.match(rf"{_UN_ITSELF}(?![\w.])", after["owner"])


@dataclass(frozen=True)
class FormerName:
    """A name a body had until a day: "Commission on Human Rights" until 2006-06-16."""

    name: str
    until: datetime.date
    body: Body


_FORMER_NAME = re.compile(r"(?P<name>[^(;]+?)\s*\(until (?P<until>\d{4}-\d{2}-\d{2})\)")
# What tells a former name as history: "replaced the Commission on Human Rights", "its
# predecessor", "the former Department of …", "until 2019".
_HISTORY = re.compile(
    r"\b(?:replac\w*|succe(?:ed|ss)\w*|supersed\w*|abolish\w*|predecessor\w*|forerunner\w*|renam\w*|"
    r"merg\w*|dissol\w*|former(?:ly)?|previous(?:ly)?|until|then|old|used\s+to|once)\b",
    re.IGNORECASE,
)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
# A year, with the word that puts the time before it: "before the 2019 reform", "prior to 2006".
_YEAR_AND_WHAT_PUTS_BEFORE = re.compile(rf"(?:\b(before|prior\s+to|until)\s+(?:the\s+)?)?(?<!\d)({YEAR})(?!\d)", re.IGNORECASE)
_PRESENT = frozenset({"is", "are", "am", "has", "does"})  # irregular forms that are no past


def _tells_the_past(sentence: str) -> bool:
    """True when a verb of the sentence is in the past ("adopted", "was", "held"): "Aquino
    created the Commission on Human Rights" is history, not the body's name today."""
    lexicon = wordnet()
    words = _LOWER_WORD.findall(sentence)
    for index, word in enumerate(words):
        if {"has", "have", "is", "are", "be", "being"} & set(words[max(0, index - 2) : index]):
            continue  # "has long supported", "is based": the present
        if word in {"was", "were", "had", "did"} or lexicon is not None and (
                word.endswith("ed") and lexicon.lemma(word, "verb") not in {None, word}
                or word not in _PRESENT and lexicon.irregular_bases(word) and word not in lexicon.irregular_bases(word)):
            return True
    return False


@lru_cache(maxsize=1)
def _former_names() -> tuple[FormerName, ...]:
    bodies = _bodies_by_acronym()
    return tuple(
        FormerName(form, datetime.date.fromisoformat(entry["until"]), bodies[row["acronym"]])
        for table in UN_BODY_TABLES for row in table_rows(table)
        for entry in _FORMER_NAME.finditer(row.get("former_names") or "")
        for form in _written_forms(entry["name"])
    )


def _former_names_in(document, ctx, start: int, end: int):
    """A body's former name in a paper written after the renaming, or undated and telling of a
    later year ("In 2021 the Department of Peacekeeping Operations sent …"). Not when its sentence
    names a year before the renaming or tells it as history ("replaced the Commission on Human
    Rights"), nor, without a later year, when it is told in the past tense."""
    former = _former_names()
    phrases = _former_phrases()
    for match in phrases.regex.finditer(document.text, start, end):
        name = former[phrases.index(match.group())]
        if ctx.dates.written_before(document, name.until) or not _names_only(document.text, match, start, end):
            continue
        sentence = next((s for s in document.sentences if s.start <= match.start() < s.end), None)
        around = document.text[sentence.start : sentence.end] if sentence else match.group()
        # ("before the 2019 reform": 2018)
        years = [int(year) - bool(before) for before, year in _YEAR_AND_WHAT_PUTS_BEFORE.findall(around)]
        if any(year < name.until.year for year in years) or _HISTORY.search(around):
            continue
        if not any(year >= name.until.year for year in years) and _tells_the_past(around):
            continue  # "the Commission on Human Rights adopted …": its own time, not today
        values = {"expected": name.body.official}
        detail = f"The {name.name} was replaced by the {name.body.official} on {name.until.isoformat()}."
        yield Hit(match.start(), match.end(), values, (name.body.official,), (detail,), safe=False)


def _names_only(text: str, match: re.Match, start: int, end: int) -> bool:
    """True when the name is the whole run of capitalised words it stands in, so that it names
    no other body ("ASEAN Intergovernmental Commission on Human Rights", "… of the Philippines"),
    or goes on with where the body sits ("… in Vienna")."""
    run = next((run for run in _CAPITALISED_RUN.finditer(text, start, end) if run.start() <= match.start() < run.end()), None)
    if run is None or run.end() < match.end():
        return False  # a name broken across lines: what stands around it cannot be read
    words = [(m.start() + run.start(), m.end() + run.start(), m.group()) for m in _WORD.finditer(run.group())]
    first = next(index for index, word in enumerate(words) if word[0] >= match.start())
    last = next(index for index, word in enumerate(words) if word[1] >= match.end())
    return _whole_run(words, first, last, text) or _place_follows([_norm(word) for *_, word in words], last)


@lru_cache(maxsize=1)
def _former_phrases() -> Phrases:
    return Phrases([name.name for name in _former_names()], ignorecase=False)


def _misnamed_before_acronym(text: str, start: int, end: int):
    """A name its acronym identifies but which is not one of the body's names: "United Nations
    Organization of Drugs and Crime (UNODC)". The acronym says which body was meant, so a
    changed word is a misnomer here, not another body, as long as most of the name's words
    are the body's."""
    for run, acronym in _names_before_acronyms(text, start, end):
        body = _bodies_by_acronym().get(acronym["acronym"])
        if body is None:
            continue
        words = [(m.start() + run.start(), m.group()) for m in _WORD.finditer(run.group())]
        official = [t for t in _tokens(body.official) if t not in SMALL_WORDS]
        best = None
        for first in range(len(words)):
            tokens = tuple(_norm(w) for _, w in words[first:])
            tokens = (*tokens[:-1], _POSSESSIVE.sub("", tokens[-1]))  # "the World Health Organization’s (WHO) office"
            if tokens[0] in SMALL_WORDS or len(tokens) > len(official) + 2 * len(SMALL_WORDS & set(tokens)) + 2:
                continue
            if any(form.body == body and (form.tokens == tokens or _only_the_before_a_state(tokens, form.tokens))
                   for form in _forms()[0]):
                best = None
                break  # the body's own name, its State's name with or without "the" ("Mission in Sudan (UNMIS)")
            shared = len(set(_expanded(tokens)) & set(official))
            offset, word = words[first]
            if word.isupper() and len(word) > 1 and text.startswith(",", offset + len(word)):
                continue  # "UNICEF, United Nations Development Program (UNDP)": the acronym ends an item of a list
            # on a tie the later start: words before that are not the body's are no part of its name
            # ("Working with the UN World Food Program (WFP)")
            if shared >= 2 and shared >= _ACRONYM_NAME_SHARE * len(official) and (best is None or shared >= best[0]):
                best = (shared, words[first][0])
        named = [word for _, word in words] if best is not None else []  # the run's words, before the name's start too
        if any(_names_an_instrument(word) for word in named) and not any(
                _names_an_instrument(word) for word in body.official.split()):
            continue  # the treaty its body is named after ("[United Nations] Convention on … against Women (CEDAW)")
        treaty = _treaties_by_acronym().get(acronym["acronym"])
        if best is not None and treaty is not None:
            written = set(_expanded(tuple(_norm(w) for _, w in words)))
            if len(written & (set(_tokens(treaty)) - SMALL_WORDS)) >= best[0]:
                best = None  # the treaty of the same acronym ("Convention on the Rights of the Child (CRC)")
        if best is not None:
            end = run.end() - (2 if re.search(r"['’]s$", run.group()) else 0)  # the possessive's "’s" stays
            begin = best[1]
            lower = re.search(r"(?<![\w'’-])([a-z]+)[ \t]+$", text[max(0, begin - 30) : begin])
            if lower is not None and begin == run.start() and _norm(lower[1]) == _tokens(body.official)[0]:
                begin -= len(lower.group())  # "the united Nations Environment Programme": its first word in small letters
            yield Hit(begin, end, {"expected": body.official}, (body.official,), _what_it_is(acronym["acronym"], body))


def wrong_body_acronym(document, rule, ctx):
    """UN007: a UN body's own name followed by an acronym in brackets that is not the body's:
    "International Court of Justice (INJ)"."""
    forms = {form.tokens: form.body for form in _forms()[0]}
    for start, end in segments(document, "block"):
        for run, written in _names_before_acronyms(document.text, start, end):
            body = forms.get(_tokens(_LEADING_THE.sub("", run.group())))
            if body is None or body.instrument or not body.acronym.isalpha() or written["acronym"] in _own_acronyms(body) \
                    or _initials_of_a_short_form(run.group(), written["acronym"], body):
                continue
            yield Hit(*written.span("acronym"), {"expected": body.acronym, "body": body.official}, (body.acronym,),
                      _what_it_is(body.acronym, body))


_LEADING_THE = re.compile(r"^The[ \t]+")


def _initials_of_a_short_form(name: str, acronym: str, body: Body) -> bool:
    """A name shorter than the official one, with its own initials after it: "the World Bank (WB)"
    for the World Bank Group (round 60), which the paper defines for itself."""
    written = _LEADING_THE.sub("", name)
    initials = "".join(word[0] for word in written.split() if word[0].isupper())
    return len(_tokens(written)) < len(_tokens(body.official)) and acronym == initials


def _names_before_acronyms(text: str, start: int, end: int):
    """(name, acronym) for each capitalised name with an acronym in brackets right after it."""
    runs = {run.end(): run for run in _CAPITALISED_RUN.finditer(text, start, end)}
    for acronym in _ACRONYM_AFTER.finditer(text, start, end):
        if acronym.start() in runs:
            yield runs[acronym.start()], acronym


def _what_it_is(acronym: str, body: Body) -> tuple[str]:
    """A finding's detail: the body an acronym stands for, and where the table has it from."""
    return (f"{acronym} is the {body.official}" + (f"; see {body.source}" if body.source else ""),)


def _own_acronyms(body: Body) -> set[str]:
    """The acronyms a body may take: the table's, with or without "UN" before it ("UNGA", "GA"),
    and every form of the body in capitals."""
    own = {body.acronym, "UN" + body.acronym, body.acronym.removeprefix("UN")}
    return own | {form.text for form in _forms()[0] if form.body == body and form.text.isupper() and " " not in form.text}


# What a treaty or other instrument is called, as against a body ("Committee", "Council").
_INSTRUMENTS = frozenset({"convention", "treaty", "protocol", "covenant", "agreement", "declaration", "charter", "statute"})


def _names_an_instrument(word: str) -> bool:
    return _norm(word) in _INSTRUMENTS


def _expanded(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """"UN" read as the words it stands for."""
    return tuple(word for token in tokens for word in (("united", "nations") if token == "un" else (token,)))


@lru_cache(maxsize=1)
def _treaties_by_acronym() -> dict[str, str]:
    """The shipped treaties' names by their acronyms: an acronym may be a treaty's and a body's."""
    return {row["short_name"]: row["name"] for row in read_table("treaties.csv") if row["short_name"]}


@lru_cache(maxsize=1)
def _bodies_by_acronym() -> dict[str, Body]:
    """The bodies by their acronyms (an instrument's, "CRC", is read by `_treaties_by_acronym`)."""
    return {form.body.acronym: form.body for form in _forms()[0] if form.body.acronym and not form.body.instrument}


def informal_body_name(document, rule, ctx):
    """UN002: "UN" or "United Nations" and a body's name in small letters ("UN children's fund")."""
    for start, end in segments(document, "block"):
        for run in _INFORMAL_RUN.finditer(document.text, start, end):
            yield from _near_misses(run, lowercase=True)


def _near_misses(run: re.Match, lowercase: bool, instruments: bool = True):
    """Hits for the best non-overlapping name matches inside a run of words (of instruments' names
    too, unless `instruments` is False)."""
    words = _rejoined([(m.start() + run.start(), m.end() + run.start(), m.group()) for m in _WORD.finditer(run.group())],
                      run.string)
    normed = [_norm(w) for *_, w in words]
    small = [not (w[:1].islower() and n not in SMALL_WORDS) for (*_, w), n in zip(words, normed, strict=True)]
    matches = []
    text = run.string
    for first in range(len(words)):
        for last in range(first, min(len(words), first + _longest_name())):
            if lowercase and all(small[first : last + 1]):
                continue  # capitalised throughout: UN001's business
            if _APPOSED.search(text, words[first][0], words[last][1]):
                break  # "the United Nations, the International Labour Organization": two names, not one
            if words[last][2].endswith("-"):
                continue  # "UN Secretary- General", "Secretary-⏎General": a word that goes on after its hyphen
            tokens = (*normed[first:last], _POSSESSIVE.sub("", normed[last]))  # "the Council's"
            found = _best_form(tokens, informal=lowercase)
            if found:
                matches.append((first, last, *found))
    chosen: list[tuple] = []
    for match in sorted(matches, key=lambda m: (m[0] - m[1], m[2])):
        if all(match[1] < other[0] or other[1] < match[0] for other in chosen):
            chosen.append(match)
    for first, last, edits, form in chosen:
        if form.body.instrument and not instruments:
            continue
        spaced = any(re.search(r"-[ \t]", text[start:end]) for start, end, _ in words[first : last + 1])
        if edits == 0 and not lowercase and not spaced:
            continue  # the official name, or one broken at a line's end ("Secretary-⏎General")
        written = _join_split_words(tuple(normed[first : last + 1]))
        if _only_the_before_a_state(written, form.tokens):
            continue  # "Mission in Sudan" for "Mission in the Sudan": the State's name with or without its "the"
        if form.body.operation and _one_word_more_or_less(written, form.tokens):
            continue  # "Integrated Office in Burundi" beside "Office in Burundi": another operation of the family
        if not _whole_run(words, first, last, text, names_joined=not lowercase) and not _place_follows(normed, last) \
                and _kind_swapped(_join_split_words(tuple(normed[first : last + 1])), form):
            continue  # "International Conference on Population and Development": a longer name
        expected = _informal_suggestion(form.body) if lowercase else form.text
        details = (f"Official name: {form.body.official}" + (f" ({form.body.acronym})" if form.body.acronym else "")
                   + (f"; see {form.body.source}" if form.body.source else ""),)
        end = words[last][1] - (2 if re.search(r"['’]s$", words[last][2]) else 0)
        yield Hit(words[first][0], end, {"expected": expected}, (expected,), details)


# The notes of the bodies tables' peace operations and political missions, named alike ("United
# Nations [Observer|Integrated|Support] Mission in …"): one word more or less names another.
_OPERATIONS = ("Peacekeeping operation", "Special political mission")


def _one_word_more_or_less(written: tuple[str, ...], official: tuple[str, ...]) -> bool:
    """True when two names differ only by one word of their own (not a small word) that one has
    and the other lacks, the rest in the same order."""
    extra = _words_more(tuple(t for t in written if t not in SMALL_WORDS), tuple(t for t in official if t not in SMALL_WORDS))
    return extra is not None and len(extra[1]) == 1


def _only_the_before_a_state(written: tuple[str, ...], official: tuple[str, ...]) -> bool:
    """True when two names differ only by a "the" before the name of a Member State ("in Sudan",
    "in the Sudan"), which the State's own usage and the reader's leave open; a "the" before any
    other word ("Asia and Pacific") is still a word of the name left out."""
    extra = _words_more(written, official)
    if extra is None:
        return False
    longer, places = extra
    return bool(places) and all(longer[i] == "the" and i + 1 < len(longer) and longer[i + 1] in _state_words() for i in places)


def _words_more(one: tuple[str, ...], other: tuple[str, ...]) -> tuple[tuple[str, ...], list[int]] | None:
    """The longer of two names and the places of its words the shorter lacks, when the shorter is
    the longer with those words left out; None otherwise."""
    longer, shorter = (one, other) if len(one) >= len(other) else (other, one)
    places, matched = [], 0
    for index, token in enumerate(longer):
        if matched < len(shorter) and shorter[matched] == token:
            matched += 1
        else:
            places.append(index)
    return (longer, places) if matched == len(shorter) else None


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """The first word of each Member State's name, as names are compared: "sudan", "gambia"."""
    return frozenset(_tokens(name)[0] for name in member_state_forms() if _tokens(name))


def _rejoined(words: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """The words with a compound of some name broken after its hyphen by a space or a line's end
    joined again ("Secretary- General" → "Secretary-General"; not "Japan- World Health …", a dash)."""
    joined: list[tuple[int, int, str]] = []
    for start, end, word in words:
        if joined and joined[-1][2].endswith("-") and not text[joined[-1][1] : start].strip() \
                and _norm(joined[-1][2] + word) in _forms()[1]:
            joined[-1] = (joined[-1][0], end, joined[-1][2] + word)
        else:
            joined.append((start, end, word))
    if joined and (modifier := _MODIFIER_SUFFIX.search(joined[-1][2])):
        start, end, word = joined[-1]  # "the General Assembly-backed plan": the name ends before "-backed"
        joined[-1] = (start, end - len(modifier.group()), word[: modifier.start()])
    return joined


# A lower-case word hyphened to the last word of a name, which makes the name a modifier.
_MODIFIER_SUFFIX = re.compile(r"(?<=\w)-[a-z]+$")


def _split_compound(tokens: tuple[str, ...], official: tuple[str, ...]) -> tuple[str, ...] | None:
    """`tokens` with a hyphened compound written for two of the official name's words and the
    small words between them ("asiapacific" → "asia and the pacific"), or None."""
    compounds = _compounds(official)
    for at, token in enumerate(tokens):
        joined = compounds.get(token) if token not in official else None
        if joined is not None:
            first, last = joined
            return (*tokens[:at], *official[first : last + 1], *tokens[at + 1 :])
    return None


@lru_cache(maxsize=4096)
def _compounds(official: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """Two words of a name joined with only small words between them ("asiapacific"), and where they stand."""
    found: dict[str, tuple[int, int]] = {}
    for first in range(len(official)):
        for last in range(first + 1, min(len(official), first + 4)):
            if all(w in SMALL_WORDS for w in official[first + 1 : last]):
                found.setdefault(official[first] + official[last], (first, last))
    return found


def _place_follows(normed: list[str], last: int) -> bool:
    """True when the run goes on with "in" or "at" and a place, or a name WordNet lacks ("… of
    Justice in The Hague", "… in the Sahel"): where the body sits or works, after its name ended."""
    rest = [word for word in normed[last + 1 : last + 4] if word != "the"]
    if len(rest) < 2 or rest[0] not in {"in", "at"}:
        return False
    senses = [s for name in (rest[1], f"the_{rest[1]}") for s in noun_senses(name)[:1]]  # "the_hague"
    return not senses or any(s.file == "noun.location" for s in senses)  # a place, or a name WordNet lacks ("Sahel")


def _whole_run(words: list[tuple[int, int, str]], first: int, last: int, text: str, names_joined: bool = False) -> bool:
    """True when words first..last are the whole run of capitalised words, but for small words
    before them and a sentence's first word before those ("According to the …"), or the run's end
    after "of" ("the Incident and Emergency Centre of the International Atomic Energy …"); or one
    of two capitalised names "and" joins (`names_joined`: "the International Office for Migration
    and the Inter-American …"; not "the UN environment agency and UN peacekeepers")."""
    lower = [word.lower() for *_, word in words]
    if last != len(words) - 1 and not (names_joined and lower[last + 1] in _CONJUNCTIONS):
        return False
    before = lower[max(0, first - 2) : first]
    if before[-1:] == ["of"] or before == ["of", "the"]:
        return True
    if names_joined and (before[-1:] in (["and"], ["&"]) or before[:1] in (["and"], ["&"]) and before[-1:] == ["the"]):
        return True
    lead = lower[:first]
    if lead and lead[0] not in SMALL_WORDS and _opens_a_sentence(text, words[0][0]):
        lead = lead[1:]
    return all(word in SMALL_WORDS for word in lead)


def _opens_a_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def _informal_suggestion(body: Body) -> str:
    return f"{body.official} ({body.acronym})" if body.acronym else body.official


@lru_cache(maxsize=20_000)  # a paper names the same bodies again and again
def _best_form(tokens: tuple[str, ...], informal: bool) -> tuple[int, Form] | None:
    """(number of differences, form) of the closest accepted form, or None if none is near."""
    tokens = _join_split_words(tokens)
    if not tokens or tokens[0] in SMALL_WORDS or tokens[-1] in SMALL_WORDS or tokens in _names_of_other_bodies():
        return None  # "International Energy Agency": another body, not the IAEA misnamed
    found = []
    for form in _candidates(tokens):
        if informal and not (len(tokens) >= 3 and form.un_prefixed and form.body.official.startswith("United Nations")):
            continue  # "UN environment" alone may be a description
        edits = _differences(tokens, form)
        if edits is not None:
            lost = {token for token in tokens if token not in _MEETING_KINDS | _ACTING_KINDS} - set(form.tokens)
            found.append((edits, len(lost), form.text, form))
    # Fewest differences; on a tie, the form that keeps more of the written words other than the
    # kind ("United Nations Industrial Development Programme" is UNIDO's name with another kind,
    # not UNDP's with a word more), then one that opens as the written name does (with or without
    # "United Nations"), then the form's text, so that the answer never depends on the order of a set.
    prefix = _prefix_length(tokens)
    best = min(found, default=None, key=lambda item: (*item[:2], _prefix_length(item[3].tokens) != prefix, item[2]))
    return (best[0], best[3]) if best else None


def _differences(tokens: tuple[str, ...], form: Form) -> int | None:
    """How many small differences separate `tokens` from `form`; None when they are two names."""
    if tokens == form.tokens:
        return 0
    split = _split_compound(tokens, form.tokens)
    if split is not None:
        edits = _differences(split, form)
        joined = len(split) - len(tokens) == 1  # "Underwater" for "Under Water": the same words, written as one
        return None if edits is None else edits + (0 if joined else 1)  # "Asia-Pacific" for "Asia and the Pacific"
    if len(form.tokens) < 2 or abs(len(tokens) - len(form.tokens)) > 2:
        return None
    if _kind_swapped(tokens, form):
        return 1  # "Peacebuilding Committee": the body's own words with another kind of body
    if len(tokens) == len(form.tokens) and sorted(tokens) == sorted(form.tokens) \
            and _distinctive(tokens) >= 3 and tokens[-1] == form.tokens[-1] \
            and (tokens[0] == form.tokens[0] or _bodies_by_own_words().get(_own_words(tokens)) == {form.body}):
        return 1  # "Educational, Cultural and Scientific Organization", "Social and Economic Council": another order
    if _same_own_words(tokens, form):
        return 1  # "Office of Coordination for Humanitarian Affairs", "… Equality and Women's Empowerment"
    letters = small = dropped = extra = 0
    for opcode in Levenshtein.opcodes(tokens, form.tokens):
        tag, a, b, c, d = opcode.tag, opcode.src_start, opcode.src_end, opcode.dest_start, opcode.dest_end
        written, official = tokens[a:b], form.tokens[c:d]
        if tag == "replace":
            if len(written) != len(official):
                return None
            for one, other in zip(written, official):
                if one in SMALL_WORDS and other in SMALL_WORDS:
                    small += 1
                elif other in _INSTRUMENTS and noun_lemma(one) != other:
                    return None  # "World Heritage Conservation": another word for what the instrument is
                elif one[:1] == other[:1] and (fuzz.ratio(one, other) >= LETTER_SIMILARITY or _one_verb(one, other)):
                    letters += 1  # "Trading" for "Trade"
                elif _distinctive(tokens) >= 3 and not {one, other} & (_MEETING_KINDS | _ACTING_KINDS) \
                        and (_same_meaning(one, other) or _one_word_for_another(tokens, form, one, other)):
                    letters += 1  # "Office on Narcotics and Crime", "International Nuclear Energy Agency"
                else:
                    return None
        elif tag == "delete":
            if _extra_word_inside(tokens, a, b, form) and not extra:
                extra = 1  # "United Nations International Children's Fund"
                continue
            if any(word not in SMALL_WORDS for word in written):
                return None  # an extra word makes another body ("National Security Council")
            if any(word in _CONJUNCTIONS for word in written):
                return None  # "the United Nations and World Health Organization": two bodies
            small += len(written)
        elif tag == "insert":
            if "in" in form.tokens[:c] and any(word not in SMALL_WORDS for word in official):
                return None  # "Mission in Sudan" for "Mission in South Sudan": another place, another body
            if form.body.instrument and official[-1:] in (("and",), ("&",)):
                return None  # "Beijing Platform for Action": one of the parts "and" joins names it
            small += sum(word in SMALL_WORDS for word in official)
            dropped += sum(word not in SMALL_WORDS for word in official)
            if dropped and (c < _prefix_length(form.tokens) or d == len(form.tokens)
                            or c == _prefix_length(form.tokens) and (
                                not _names_one_body(tokens, form) or set(official) & (_MEETING_KINDS | _ACTING_KINDS))):
                return None  # a name's first or last word says which body it is, and its kind ("Office") too
    if dropped and not (dropped == 1 and form.un_prefixed and len(form.tokens) >= 4 and _prefix_length(tokens)
                        or dropped == 1 and len(_own_words(form.tokens)) >= _LONG_NAME
                        or dropped == 1 and len(set(_own_words(tokens))) >= 3 and _bodies_with_all(tokens) == {form.body}):
        return None  # one inner word left out of a long name: the rest still says which body
    if dropped and tokens in _name_starts():
        return None  # "… Commission for Asia": the opening words of another body's name ("… for Asia and the Pacific")
    total = letters + small + dropped + extra
    return total if total <= (1 if len(form.tokens) <= 2 else 2) else None


# Own words (not small words, not "United Nations") of a name so long that one inner word left out
# of it leaves no other body's name: "Secretariat of the … Convention on Climate Change".
_LONG_NAME = 5


# The words that say what kind of body a name is: bodies that meet and decide, and bodies that
# act. A name with the wrong one is still its body's when its other words name that body alone.
_MEETING_KINDS = frozenset("council committee commission conference assembly board forum panel court tribunal".split())
_ACTING_KINDS = frozenset(
    "organization agency programme program fund union office authority institute centre center service secretariat "
    "foundation administration".split()
)


def _kind_swapped(tokens: tuple[str, ...], form: Form) -> bool:
    """True when `tokens` are `form`'s words with its kind word changed for another of the same
    sort, at the end of the name or before a small word ("World Food Organization", "United
    Nations Council on Trade and Development"); its other words are two of the body's own or follow
    "United Nations" ("UN Peacebuilding Council"; not "Security Commission", "General Conference"),
    and name no other body of that sort ("Human Rights Commission" could be the Council or the
    Committee) nor begin a longer name ("Economic and Social Commission for Asia and the Pacific")."""
    if len(tokens) != len(form.tokens):
        return False
    changed = [i for i, (written, official) in enumerate(zip(tokens, form.tokens, strict=True)) if written != official]
    if len(changed) != 1 or tokens in _name_starts():
        return False
    at = changed[0]
    same_sort = next((kinds for kinds in (_MEETING_KINDS, _ACTING_KINDS) if tokens[at] in kinds), frozenset())
    if form.tokens[at] not in same_sort or at + 1 < len(tokens) and tokens[at + 1] not in SMALL_WORDS:
        return False
    written, official = tokens[at], form.tokens[at]
    if official.startswith(written) or sorted(written) == sorted(official):
        return False  # "Program", "Center": the same kind, spelt another way
    rest = (*tokens[:at], *tokens[at + 1 :])
    if _distinctive(rest) < (1 if _prefix_length(tokens) or _coined(rest) else 2):
        return False
    return {body for kind, body in _bodies_of_kinds().get((rest, at), ()) if kind in same_sort} == {form.body}


@lru_cache(maxsize=1)
def _bodies_of_kinds() -> dict[tuple[tuple[str, ...], int], set[tuple[str, Body]]]:
    """(kind word, body) of every form by its other words and the kind word's place."""
    found: dict[tuple[tuple[str, ...], int], set[tuple[str, Body]]] = {}
    for form in _forms()[0]:
        for at, token in enumerate(form.tokens):
            if token in _MEETING_KINDS | _ACTING_KINDS:
                found.setdefault(((*form.tokens[:at], *form.tokens[at + 1 :]), at), set()).add((token, form.body))
    return found


@lru_cache(maxsize=1)
def _name_starts() -> frozenset[tuple[str, ...]]:
    """The opening words of every form that has more words after them."""
    return frozenset(form.tokens[:end] for form in _forms()[0] for end in range(1, len(form.tokens)))


def _same_own_words(tokens: tuple[str, ...], form: Form) -> bool:
    """True when `tokens` are the words of `form`'s name and of no other body's, three or more,
    with only small words changed or the words after the first moved; one name, not a run over
    two ("Trade Organization and the World", "… Organization, the United Nations"): it opens
    with the form's first word or a whole "United Nations", has no "United Nations" after that and
    no conjunction the form lacks."""
    own = _own_words(tokens)
    if len(own) < 3 or own != _own_words(form.tokens) or _bodies_by_own_words().get(own) != {form.body}:
        return False
    prefix, form_prefix = _prefix_length(tokens), _prefix_length(form.tokens)
    if tokens[prefix:] == form.tokens[form_prefix:]:
        return False  # "Office for Outer Space Affairs": the name without "United Nations" is no error
    first = next(t for t in tokens[prefix:] if t not in SMALL_WORDS)
    return (tokens[0] not in PREFIX_WORDS or prefix > 0) and not PREFIX_WORDS & set(tokens[prefix:]) \
        and first == next(t for t in form.tokens[form_prefix:] if t not in SMALL_WORDS) \
        and set(tokens) & _CONJUNCTIONS <= set(form.tokens)


@lru_cache(maxsize=65_536)  # asked once for each form a run of words is held against
def _own_words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words but its small words and "United Nations", possessives undone, in any order:
    what stays when only its small words or its order are changed."""
    return tuple(sorted(_POSSESSIVE.sub("", t) for t in tokens if t not in SMALL_WORDS and t not in PREFIX_WORDS))


@lru_cache(maxsize=1)
def _bodies_by_own_words() -> dict[tuple[str, ...], set[Body]]:
    found: dict[tuple[str, ...], set[Body]] = {}
    for form in _forms()[0]:
        found.setdefault(_own_words(form.tokens), set()).add(form.body)
    return found


def _names_one_body(tokens: tuple[str, ...], form: Form) -> bool:
    """True when a name that opens with "United Nations" has two or more words of its own and
    only `form`'s body, whose official name opens so too, has them all: "United Nations
    Settlements Programme" can only be UN-Habitat."""
    if not _prefix_length(tokens) or len(set(_own_words(tokens))) < 2 or not form.body.official.startswith("United Nations"):
        return False
    return _bodies_with_all(tokens) == {form.body}


def _bodies_with_all(tokens: tuple[str, ...]) -> set[Body]:
    """The bodies whose names have all of a name's own words ("International Atomic Agency": only the
    International Atomic Energy Agency's)."""
    own = set(_own_words(tokens))
    return {body for words, bodies in _bodies_by_own_words().items() if own <= set(words) for body in bodies}


def _coined(tokens: tuple[str, ...]) -> bool:
    """True when a name's own words include one no dictionary lists, coined for the body
    ("Peacebuilding"): it names the body alone, as "Security" or "General" cannot."""
    lexicon = wordnet()
    return lexicon is not None and any(
        token not in SMALL_WORDS and token not in PREFIX_WORDS and not lexicon.lists(token) for token in tokens)


def _one_verb(word: str, other: str) -> bool:
    """Two forms of one verb WordNet lists ("trading", "trade")."""
    lexicon = wordnet()
    return lexicon is not None and verb_lemma(word) == verb_lemma(other) and bool(lexicon.senses(verb_lemma(word), "verb"))


@lru_cache(maxsize=4096)
def _same_meaning(word: str, other: str) -> bool:
    """True when WordNet gives two words a sense in common ("nuclear", "atomic"), or one word's
    sense is the other's nearest kind ("narcotics" are drugs): a near-synonym written for the
    official word, not another body's word ("Security" for "Peace"), or one is the adjective of
    the other ("Legal", "Law"). Kind words ("Commission",
    "Committee") are read by `_kind_swapped`."""
    lexicon = wordnet()
    if lexicon is None or word in SMALL_WORDS or other in SMALL_WORDS:
        return False
    if noun_lemma(other) in lexicon.pertains_to(word) or noun_lemma(word) in lexicon.pertains_to(other):
        return True  # "Legal" for "Law": an adjective of the official noun
    for pos in ("noun", "adj"):
        mine = _first_senses(word, pos)
        theirs = _first_senses(other, pos)
        if {s.offset for s in mine} & {s.offset for s in theirs}:
            return True
        if pos == "noun" and any(s.offset in t.hypernyms or t.offset in s.hypernyms for s in mine[:1] for t in theirs[:1]):
            return True  # first senses only: a child is a person only in a later sense of "child"
    return False


def _first_senses(word: str, pos: str) -> list[Sense]:
    """A word's first three senses; a noun's of its singular too when WordNet lists the plural as a
    word of its own ("affairs" is also the plural of "affair")."""
    lexicon = wordnet()
    if lexicon is None:
        return []
    if pos != "noun":
        return list(lexicon.senses(word, pos)[:3])
    lemma = noun_lemma(word)
    singular = word[:-1] if word.endswith("s") and lemma == word else lemma
    return [*lexicon.senses(lemma, pos)[:3], *(lexicon.senses(singular, pos)[:3] if singular != lemma else ())]


def _one_word_for_another(tokens: tuple[str, ...], form: Form, one: str, other: str) -> bool:
    """True when a word stands for another with its first letter ("Aid" for "Affairs", "International"
    for "Intergovernmental") in a name whose other words, three or more of its own, are `form`'s
    body's alone: "Office for the Coordination of Humanitarian Aid" can only be OCHA."""
    if one in PREFIX_WORDS or other in PREFIX_WORDS:
        return False  # "Under the International Monetary Fund": a word before the name, not "UN"
    rest = tuple(token for token in tokens if token != one)
    return one[:1] == other[:1] and len(set(_own_words(rest))) >= 3 and _bodies_with_all(rest) == {form.body}


def _distinctive(tokens: tuple[str, ...]) -> int:
    """How many words of a name are its own: not small words, not "United Nations"."""
    return sum(token not in SMALL_WORDS and token not in PREFIX_WORDS for token in tokens)


def _extra_word_inside(tokens: tuple[str, ...], start: int, end: int, form: Form) -> bool:
    """One word more inside a long name: after a "United Nations" prefix and before its last word
    ("United Nations International Children's Fund"), or, in a name of three words of its own,
    joined by "and" ("Agricultural and Rural Development") or not just before the last word
    ("International Criminal Court of Justice"). A word at either end, or one that makes a new
    kind of body, makes another body ("National Security Council", "Social Research Council")."""
    prefix = _prefix_length(tokens)
    inside = end - start == 1 and 0 < start and end < len(tokens) and tokens[start] not in SMALL_WORDS | _CONJUNCTIONS
    joined = end - start == 2 and 0 < start and end < len(tokens) and tokens[start] in _CONJUNCTIONS \
        and tokens[start + 1] not in SMALL_WORDS  # "Agricultural and Rural Development"
    if (joined or inside and end < len(tokens) - 1) and len([t for t in form.tokens if t not in SMALL_WORDS]) >= 3:
        return True  # "International Criminal Court of Justice"; not "… Social Research Council", another body
    return inside and form.un_prefixed and len(form.tokens) >= 4 and 0 < prefix <= start


def _join_split_words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """"peace building" → "peacebuilding" when the joined word is a word of some name."""
    vocabulary = _forms()[1]
    joined: list[str] = []
    for token in tokens:
        if joined and joined[-1] + token in vocabulary and joined[-1] not in vocabulary | SMALL_WORDS:
            joined[-1] += token
        else:
            joined.append(token)
    return tuple(joined)


def _candidates(tokens: tuple[str, ...]) -> set[Form]:
    """Forms sharing a word's first three letters with `tokens` (a cheap pre-filter)."""
    index = _forms()[2]
    words = [token for token in tokens if token not in SMALL_WORDS and token not in PREFIX_WORDS] or tokens
    return {form for token in words for form in index.get(token[:3], ())}


def _norm(word: str) -> str:
    word = word.lower().replace("’", "'")
    return word.replace("u.n.", "un").replace("-", "").replace("isation", "ization")


_WORD = re.compile(r"[^\s,]+?(?=[-–—](?:19|20)\d\d\b|[\s,]|$)")  # "… the Pacific-2016": the year is no word of the name
_POSSESSIVE = re.compile(r"'s$|(?<=s)'$")
# A comma and "the" open a noun phrase of their own, which no official name has.
_APPOSED = re.compile(r",\s+the\s", re.IGNORECASE)


def _tokens(name: str) -> tuple[str, ...]:
    """The name's words, normalised; a lone dash is no word ("the United Nations - falls …")."""
    return tuple(token for word in _WORD.findall(name) if (token := _norm(word)))


@lru_cache(maxsize=1)
def _names_of_other_bodies() -> frozenset[tuple[str, ...]]:
    """Names one word from a UN body's that name another body: real bodies outside the UN
    (other_bodies.csv), and former bodies, which `_former_names_in` reads by the paper's date
    ("Department of Political Affairs", not the DPPA's name with a word left out)."""
    outside = {_tokens(row["official_name"]) for row in table_rows("other_bodies.csv")}
    return frozenset(outside | {_tokens(former.name) for former in _former_names()})


@lru_cache(maxsize=1)
def _longest_name() -> int:
    """The most words a name may have: the longest accepted form's, and two words more."""
    return max(len(form.tokens) for form in _forms()[0]) + 2


@lru_cache(maxsize=1)
def _forms() -> tuple[list[Form], frozenset[str], dict[str, list[Form]]]:
    """Every accepted form, the words they use, and the forms by the first letters of a word."""
    bodies: dict[str, Body] = {}
    other_names: list[tuple[str, str]] = []
    for table in UN_BODY_TABLES:
        for row in table_rows(table):
            key = row["acronym"] or row["official_name"]
            if row["official_name"]:
                bodies[key] = Body(row["official_name"], row["acronym"], row.get("official_source", ""),
                                   (row.get("note") or "").startswith(_OPERATIONS))
            other_names += [(key, name.strip()) for name in (row.get("other_names") or "").split(";") if name.strip()]
    for table in UN_INSTRUMENT_TABLES:
        for row in table_rows(table):
            short = row["short_name"]
            key = f"instrument:{row['name']}"
            bodies[key] = Body(row["name"], short if re.fullmatch(r"[A-Z]{2,}", short) else "",
                               row.get("official_source", ""), instrument=True)
            other_names += [(key, name.strip()) for name in (row.get("other_names") or "").split(";") if name.strip()]
    texts: dict[str, Body] = {}
    for body in bodies.values():
        for text in _written_forms(body.official):
            texts.setdefault(text, body)
    for key, name in other_names:
        for text in _written_forms(name):
            texts.setdefault(text, bodies[key])
    for body in bodies.values():
        if " " in body.acronym:  # "UN Women"
            texts.setdefault(body.acronym, body)
    forms = [Form(text, _tokens(text), body) for text, body in texts.items()]
    index: dict[str, list[Form]] = {}
    for form in forms:
        for token in set(form.tokens) - SMALL_WORDS - PREFIX_WORDS:
            index.setdefault(token[:3], []).append(form)
    return forms, frozenset(t for form in forms for t in form.tokens), index


# The year or years that end an instrument's title: "…, 1930", "… 2015-2030".
_YEARS_AT_END = re.compile(r",?\s+\d{4}(?:[-–]\d{4})?$")
# What an instrument's name is for, after its short name: " to Prevent, Deter and Eliminate …".
_PURPOSE = re.compile(r"\s+to\s+(?P<verb>[A-Z][a-z]+)\b")


def _a_verb(word: str) -> bool:
    """True when WordNet gives the word as a verb."""
    lexicon = wordnet()
    return lexicon is not None and lexicon.lemma(word.lower(), "verb") is not None


def _written_forms(official: str) -> list[str]:
    """The official name and the ways of writing it that are not errors."""
    name = re.sub(r"\s*\([^)]*\)", "", official)
    forms = [official, name, _YEARS_AT_END.sub("", name)]  # "Sendai Framework … Reduction" without "2015-2030"
    forms += re.findall(r"\(([^)]*)\)", official)  # "(UN Climate Change)"
    title, colon, _subtitle = name.partition(": ")
    if colon and len(title.split()) >= 4:  # "Antigua and Barbuda Agenda for Small Island Developing States"
        forms.append(title)
    purpose = next((m for m in _PURPOSE.finditer(name) if _a_verb(m["verb"])), None)
    if purpose and len(name[: purpose.start()].split()) >= 4:  # "Agreement on Port State Measures", without "to
        forms.append(name[: purpose.start()])  # Prevent, Deter and Eliminate …"
    if name.startswith("Office of the United Nations "):
        forms.append(name.removeprefix("Office of the "))
    if " United Nations " in f" {name} " and not name.startswith("United Nations "):
        forms.append(re.sub(r"\s+", " ", name.replace("the United Nations ", "the ").replace(" of the United Nations", "")))
    base = [form for form in forms if form]
    for form in list(base):
        if form.startswith("United Nations "):
            forms.append("UN " + form.removeprefix("United Nations "))
        elif not form.startswith(("UN ", "Joint ")) and not form.split()[0].isupper():  # not "UN UNESCO Institute …"
            forms += ["United Nations " + form, "UN " + form]
    return list(dict.fromkeys(forms))
