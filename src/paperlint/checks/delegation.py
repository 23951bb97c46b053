"""Who speaks: another delegation speaking in this paper, and a paper that switches self-reference.

The paper's country is `document.metadata.country` (from the header), else the country that
speaks most often ("Belgium believes", "the Delegation of Belgium urges"), the first one on a tie.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from paperlint.analysis.phrases import phrases_regex
from paperlint.engine.kinds import Hit
from paperlint.findings import Severity

# Short names people write for Member States whose UN name is long or different.
ALIASES = {
    "United States": "United States of America", "USA": "United States of America",
    "United Kingdom": "United Kingdom of Great Britain and Northern Ireland",
    "UK": "United Kingdom of Great Britain and Northern Ireland",
    "Great Britain": "United Kingdom of Great Britain and Northern Ireland",
    "Britain": "United Kingdom of Great Britain and Northern Ireland",
    "Russia": "Russian Federation", "Syria": "Syrian Arab Republic", "Iran": "Iran (Islamic Republic of)",
    "Venezuela": "Venezuela (Bolivarian Republic of)", "Bolivia": "Bolivia (Plurinational State of)",
    "Tanzania": "United Republic of Tanzania", "Moldova": "Republic of Moldova",
    "South Korea": "Republic of Korea", "North Korea": "Democratic People's Republic of Korea",
    "Laos": "Lao People's Democratic Republic", "Micronesia": "Micronesia (Federated States of)",
    "Netherlands": "Netherlands (Kingdom of the)", "the Netherlands": "Netherlands (Kingdom of the)",
    "Turkey": "Türkiye", "Vietnam": "Viet Nam", "Czech Republic": "Czechia", "Ivory Coast": "Côte d'Ivoire",
    "Swaziland": "Eswatini", "Macedonia": "North Macedonia", "Cape Verde": "Cabo Verde",
    "Burma": "Myanmar", "East Timor": "Timor-Leste", "DRC": "Democratic Republic of the Congo",
}
SPEECH_VERBS = (
    "believes", "urges", "calls", "proposes", "supports", "recommends", "encourages", "hopes",
    "affirms", "reaffirms", "stresses", "emphasizes", "emphasises", "condemns", "welcomes",
    "suggests", "wishes", "would like", "maintains", "advocates", "recognizes", "recognises",
    "requests", "invites", "endorses", "insists", "looks forward", "is committed", "stands",
)
_ADVERB = r"(?:(?:firmly|strongly|also|further|therefore|thus|hence|fully|deeply|again|still)\s+)?"
_VERB = r"(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in SPEECH_VERBS) + r")(?![\w'’-])"
_FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:we|our)(?![\w'’-])", re.IGNORECASE)
_DELEGATION_WORD = re.compile(r"(?<![\w'’-])(?:the|this|our)\s+delegation(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def member_states() -> tuple[str, ...]:
    """The 193 UN Member States, as named in the packaged un_member_states.csv."""
    table = resources.files("paperlint").joinpath("data/un_member_states.csv")
    with table.open(encoding="utf-8") as handle:
        return tuple(row["country"] for row in csv.DictReader(handle))


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every name a paper may use for a Member State (lower case) → its UN name."""
    names = {}
    for state in member_states():
        names[state.lower()] = state
        short = re.sub(r"\s*\(.*\)$", "", state)
        names[short.lower()] = state
    names.update({alias.lower(): state for alias, state in ALIASES.items()})
    return names


def canonical_country(name: str | None) -> str | None:
    """The UN name of a country as written in a paper, or None when it is not a Member State."""
    if not name:
        return None
    cleaned = re.sub(r"^(?:the\s+)?(?:delegation|republic|kingdom|state)\s+of\s+", "", name.strip(), flags=re.I)
    return _names().get(cleaned.lower()) or _names().get(re.sub(r"^the\s+", "", cleaned, flags=re.I).lower())


@lru_cache(maxsize=1)
def _country_regex() -> re.Pattern:
    written = [re.sub(r"\s*\(.*\)$", "", s) for s in member_states()] + list(ALIASES)
    return phrases_regex(sorted(set(written)), ignorecase=False)


@lru_cache(maxsize=1)
def _speaker_regexes() -> tuple[re.Pattern, re.Pattern]:
    country = r"(?P<country>" + _country_regex().pattern + r")"
    delegation = re.compile(
        r"(?<![\w'’-])(?:[Tt]he\s+)?[Dd]elegation\s+of\s+(?:the\s+)?" + country + r"\s+" + _ADVERB + _VERB
        + r"|" + country.replace("?P<country>", "?P<country2>") + r"['’]s\s+[Dd]elegation\s+" + _ADVERB + _VERB
    )
    speaker = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))" + country + r"\s+" + _ADVERB + _VERB, re.MULTILINE)
    return delegation, speaker


def _speakers(document) -> list[tuple[int, int, str, bool]]:
    """(start, end, Member State, is_delegation_phrase) for each "X believes"/"Delegation of X urges"."""
    if "delegation.speakers" not in document.cache:
        delegation, speaker = _speaker_regexes()
        found = {}
        for block in document.blocks:
            if block.kind == "heading":
                continue
            for pattern, formal in ((delegation, True), (speaker, False)):
                for match in pattern.finditer(document.text, block.start, block.end):
                    group = "country" if match["country"] else "country2"
                    state = canonical_country(match[group])
                    if state and match.start() not in found:
                        found[match.start()] = (match.start(group), match.end(group), state, formal)
        document.cache["delegation.speakers"] = sorted(found.values())
    return document.cache["delegation.speakers"]


def paper_country(document) -> str | None:
    """The Member State the paper speaks for: its header, else its most frequent speaker."""
    if document.metadata.country:
        return canonical_country(document.metadata.country)  # None for an observer: no guessing
    counts = Counter(state for *_, state, _ in _speakers(document))
    if not counts:
        return None
    first_seen = {state: index for index, (*_, state, _) in reversed(list(enumerate(_speakers(document))))}
    return max(counts, key=lambda state: (counts[state], -first_seen[state]))


def other_delegation_speaks(document, rule, ctx):
    """"The Delegation of France urges…" in Japan's paper: a copy-paste slip."""
    country = paper_country(document)
    if country is None:
        return
    short = re.sub(r"\s*\(.*\)$", "", country)
    for start, end, state, formal in _speakers(document):
        if state == country:
            continue
        detail = f"The paper speaks for {short} ({_source(document)})."
        yield Hit(start, end, {"country": short}, (short,), (detail,), None if formal else Severity.WARNING)


def _source(document) -> str:
    return "from its header" if canonical_country(document.metadata.country) else "its most frequent speaker"


@lru_cache(maxsize=1)
def _of_country() -> re.Pattern:
    return re.compile(r"\s+of\s+(?:the\s+)?(" + _country_regex().pattern + ")")


def _delegation_of(text: str, offset: int) -> str | None:
    """The Member State named right after "the delegation" ("… of France"), if any."""
    match = _of_country().match(text, offset)
    return canonical_country(match.group(1)) if match else None


def mixed_self_reference(document, rule, ctx):
    """The paper calls itself by several names: "Belgium believes", "we", "the Delegation"."""
    country = paper_country(document)
    if country is None:
        return
    forms: dict[str, list[tuple[int, int]]] = {"the country's name": [], "we/our": [], "the delegation": []}
    written = [name for name, state in _names().items() if state == country]
    as_subject = re.compile(phrases_regex(written).pattern + r"(?=\s+[a-z])", re.IGNORECASE)
    for block in document.blocks:
        if block.kind == "heading":
            continue
        forms["the country's name"].extend(
            m.span() for m in as_subject.finditer(document.text, block.start, block.end) if m.group()[0].isupper()
        )
        for label, pattern in (("we/our", _FIRST_PERSON), ("the delegation", _DELEGATION_WORD)):
            forms[label].extend(
                m.span() for m in pattern.finditer(document.text, block.start, block.end)
                if _delegation_of(document.text, m.end()) in (None, country)
            )
    used = {label: spans for label, spans in forms.items() if spans}
    if len(used) < 2:
        return
    main = max(used, key=lambda label: (len(used[label]), -used[label][0][0]))
    for label, spans in used.items():
        if label != main:
            start, end = spans[0]
            yield Hit(start, end, {"main": main, "count": len(used[main]), "form": label})
