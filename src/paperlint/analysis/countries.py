"""Countries: every name a paper may give a State, and the one country a paper speaks for.

Names come from pycountry (ISO 3166-1: names, official and common names, codes; ISO 3166-3:
former names that share a current country's numeric code, such as Burma or Zaire) joined with
the shipped UN Member States table, whose names are the ones shown to users. Forms are
derived, not listed: "Korea, Republic of" also reads "Republic of Korea", "Iran (Islamic
Republic of)" also reads "Iran" and "Islamic Republic of Iran", and a name of several words
gives its initials ("DRC", "UAE", "U.S."). `INFORMAL_NAMES` only extends this with names no
standard keeps. A form two States could claim ("Korea", "SA") names neither.

`paper_country` is the one answer to "whose paper is this?" for `check` and `facts`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property

import pycountry

from paperlint.analysis.phrases import phrases_regex
from paperlint.document import Document
from paperlint.metadata import INFORMAL_NAMES, name_initials, read_header
from paperlint.tables import table_rows

# Words of a State's formal style: "Republic of Kenya", "the Kingdom of Spain" name Kenya, Spain.
_STYLE = re.compile(
    r"^(?:(?:federal|democratic|islamic|people's|socialist|united|plurinational|bolivarian|arab|"
    r"independent|hashemite|oriental|co-?operative|sovereign)\s+)*"
    r"(?:republic|kingdom|state|states|commonwealth|federation|principality|sultanate|emirate|"
    r"grand\s+duchy|union)\s+of\s+(?:the\s+)?"
)
_DELEGATION = re.compile(r"^(?:the\s+)?(?:delegation|government|permanent\s+mission)\s+of\s+(?:the\s+)?")
SPEECH_VERBS = (
    "believes", "urges", "calls", "proposes", "supports", "recommends", "encourages", "hopes",
    "affirms", "reaffirms", "stresses", "emphasizes", "emphasises", "condemns", "welcomes",
    "suggests", "wishes", "would like", "maintains", "advocates", "recognizes", "recognises",
    "requests", "invites", "endorses", "insists", "looks forward", "is committed", "stands",
)
_ADVERB = r"(?:(?:firmly|strongly|also|further|therefore|thus|hence|fully|deeply|again|still)\s+)?"
_VERB = r"(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in SPEECH_VERBS) + r")(?![\w'’-])"


def normalise(name: str) -> str:
    """A name folded for comparison: no accents, lower case, single spaces, no 'the'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"[’']", "'", folded)
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", folded).strip())


def _inverted(name: str) -> list[str]:
    """Readings of an ISO or UN name: "Korea, Republic of" → "Korea", "Republic of Korea";
    "Iran (Islamic Republic of)" → "Iran", "Islamic Republic of Iran"; "USSR, Union of…" → both."""
    parts = re.fullmatch(r"(.+?),\s*(.+)", name) or re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if parts is None:
        return [name]
    base, rest = parts[1], parts[2].strip("() ")
    if re.search(r"\bof(?: the)?$", rest, re.IGNORECASE):
        return [name, base, f"{rest[0].upper()}{rest[1:]} {base}"]
    return [name, base, rest] if " " in rest else [name, base]  # not "Virgin Islands, U.S." → "U.S."


@dataclass(frozen=True)
class _Entry:
    iso3: str
    primary: bool  # an official name: wins over another State's informal form


class Countries:
    """Name look-ups for States: `resolve` any written name, `names` to show, `regex` to find."""

    def __init__(self, un_names: dict[str, str], former: dict[str, str]):
        self.un_names = un_names  # UN short name by ISO3, for the 193 Member States
        self.former = former  # States the shipped tables name that no longer exist

    @cached_property
    def names(self) -> dict[str, str]:
        """The name shown to users, by ISO3: the UN's name, else the table's, else the ISO name."""
        shown = {c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries}
        shown.update(self.former)
        shown.update(self.un_names)
        return shown

    @cached_property
    def _forms(self) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        """ISO3 by normalised name; by code or initials, as written (case counts: "CAN" is
        Canada, "can" is not); and by each form the text is searched for."""
        found: dict[str, set[_Entry]] = {}
        codes: dict[str, set[str]] = {}
        written: dict[str, set[str]] = {}
        searched = set(self.un_names) | set(self.former) | {"VAT", "PSE"}

        def add(iso3: str, names: Iterable[str], primary: bool, initials: bool = True, searched_initials: bool = False) -> None:
            for name in names:
                for form in (form for inverted in _inverted(name) for form in _with_and_left_out(inverted)):
                    if re.fullmatch(r"[A-Z.]+", form):  # "US", "UK": case counts, like a code
                        codes.setdefault(form, set()).add(iso3)
                    else:
                        found.setdefault(normalise(form), set()).add(_Entry(iso3, primary))
                    for letters in name_initials(form) if initials else ():
                        codes.setdefault(letters, set()).add(iso3)
                        if searched_initials and len(letters.replace(".", "")) >= 3:  # not "SS", "CV", "E.G."
                            written.setdefault(letters, set()).add(iso3)
                    if iso3 in searched:
                        written.setdefault(form, set()).add(iso3)

        for country in pycountry.countries:
            iso3 = country.alpha_3
            add(iso3, [country.name, getattr(country, "common_name", country.name)], primary=True)
            if hasattr(country, "official_name"):
                add(iso3, [country.official_name], primary=False, initials=False)
            for code in (country.alpha_2, country.alpha_3):
                codes.setdefault(code, set()).add(iso3)
        numeric = {c.numeric: c.alpha_3 for c in pycountry.countries}
        for old in pycountry.historic_countries:
            successor = old.alpha_3 if old.alpha_3 in self.former else numeric.get(getattr(old, "numeric", ""))
            if successor:
                add(successor, [old.name], primary=old.alpha_3 in self.former, initials=False)
        for iso3, name in {**self.former, **self.un_names}.items():
            add(iso3, [name], primary=True, searched_initials=True)
        for iso3, names in INFORMAL_NAMES.items():
            add(iso3, names, primary=False, initials=False)
        unique = {form: iso3s.pop() for form, iso3s in codes.items() if len(iso3s) == 1}
        return _unambiguous(found), unique, {form: iso3s.pop() for form, iso3s in written.items() if len(iso3s) == 1}

    def resolve(self, name: str | None) -> str | None:
        """The ISO3 code of the State `name` names ("Republic of Kenya", "the US", "DRC"), or None."""
        if not name:
            return None
        aliases, codes, _ = self._forms
        name = re.sub(r"^(?:the\s+)", "", name.strip(" ,;:"), flags=re.IGNORECASE)
        if name in codes:
            return codes[name]
        folded = _DELEGATION.sub("", normalise(name.rstrip(".")))
        return aliases.get(folded) or aliases.get(_STYLE.sub("", folded))

    def written_forms(self, iso3: str) -> list[str]:
        """Every form of one State's name that `regex` finds."""
        return [form for form, code in self._forms[2].items() if code == iso3]

    @cached_property
    def every_written_form(self) -> tuple[str, ...]:
        """Every form of every State's name that `regex` finds."""
        return tuple(self._forms[2])

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """State names as written in running text (case-sensitive), possessives included ("Kenya's")."""
        whole_word = phrases_regex(sorted(self._forms[2]), ignorecase=False).pattern
        return re.compile(whole_word.removesuffix(r"(?![\w'’])") + r"(?!\w|['’](?!s\b))")

    @cached_property
    def _code_by_written(self) -> dict[str, str]:
        return {_written(form): code for form, code in self._forms[2].items()}

    def mentions(self, document: Document) -> list[tuple[int, int, str]]:
        """(start, end, ISO3) of every State named in the paper."""
        cached = document.cache.get("countries.mentions")
        if cached is None:
            forms = self._code_by_written
            cached = [(m.start(), m.end(), forms[_written(m.group(0))]) for m in self.regex.finditer(document.text)]
            document.cache["countries.mentions"] = cached
        return cached


def _with_and_left_out(name: str) -> list[str]:
    """A name, and the same with its "and" or "&" left out or put the other way, as papers write
    them ("Bosnia Herzegovina", "Trinidad & Tobago"); no two States' names differ by it alone."""
    if not re.search(r"\s(?:and|&)\s", name):
        return [name]
    return [name, *dict.fromkeys(re.sub(r"\s(?:and|&)\s", joint, name) for joint in (" ", " & ", " and "))]


def _written(name: str) -> str:
    """A name as the phrase regex matches it: any run of spaces, either apostrophe."""
    return re.sub(r"\s+", " ", name).replace("’", "'")


def _unambiguous(found: dict[str, set[_Entry]]) -> dict[str, str]:
    """ISO3 by name, keeping a name two States share only when it is one State's official name."""
    aliases = {}
    for name, entries in found.items():
        codes = {e.iso3 for e in entries}
        primary = {e.iso3 for e in entries if e.primary}
        if len(codes) == 1:
            aliases[name] = codes.pop()
        elif len(primary) == 1:
            aliases[name] = primary.pop()
    return aliases


# --- whose paper is it? -----------------------------------------------------------------------

# A paper that no State speaks in is taken to be one State's only when it names that State as a
# subject this often, and more often than any other: a character's paper names its country in
# passing ("America is a new country"), or two States as often.
_LEAST_SUBJECT_USES = 2
_SUBJECT_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?:is|was|has|had|have|are|were|will|would|can|could|should|must|\w+s|[a-z]\w+ed)\b")


def _clear_subject(counts: Counter[str]) -> bool:
    ranked = [count for _, count in counts.most_common(2)] + [0]
    return ranked[0] >= _LEAST_SUBJECT_USES and ranked[0] > ranked[1]


def _most_named(document: Document, named: list[tuple[int, int, str]], source: str) -> PaperCountry:
    """The State of `named` ((start, end, ISO3) of each mention) named most, as the paper first
    writes it; on a tie, the one named first."""
    counts = Counter(iso3 for _, _, iso3 in named)
    start, end, iso3 = max(named, key=lambda mention: (counts[mention[2]], -mention[0]))
    return PaperCountry(iso3, source, document.text[start:end])


@dataclass(frozen=True)
class Speaker:
    """A State speaking in the paper: "Japan believes", "the Delegation of Japan urges"."""

    start: int  # of the State's name
    end: int
    iso3: str
    formal: bool  # "the Delegation of X …" (else "X believes …" opening a sentence)


def speakers(document: Document, countries: Countries) -> list[Speaker]:
    """Each State that speaks in the paper's prose (headings are not speech), in text order: a
    mention of it (`Countries.mentions`) with a verb of speech after it, and "the Delegation of"
    before it or "'s delegation" after it, or a sentence's start before it."""
    cached = document.cache.get("countries.speakers")
    if cached is None:
        text, cached = document.text, []
        prose = [(b.start, b.end) for b in document.blocks if b.kind != "heading"]
        for start, end, iso3 in countries.mentions(document):
            block_start = next((s for s, e in prose if s <= start and end <= e), None)
            if block_start is None:
                continue
            before = text[max(block_start, start - 30) : start]
            speaks = _SPEECH.match(text, end)
            if speaks and _DELEGATION_OF.search(before) or _DELEGATION_SPEAKS.match(text, end):
                cached.append(Speaker(start, end, iso3, True))
            elif speaks and (start == block_start or _SENTENCE_END.search(before)):
                cached.append(Speaker(start, end, iso3, False))
        document.cache["countries.speakers"] = cached
    return cached


# What makes a State's name a speaker: "[the Delegation of] Japan [firmly] urges", "Japan's
# delegation believes".
_SPEECH = re.compile(rf"\s+{_ADVERB}{_VERB}")
_DELEGATION_SPEAKS = re.compile(rf"['’]s\s+[Dd]elegation\s+{_ADVERB}{_VERB}")
_DELEGATION_OF = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?[Dd]elegation\s+of\s+(?:the\s+)?$")
_SENTENCE_END = re.compile(r"(?:[.!?]\s|\n)$")


@cache
def states() -> Countries:
    """Every name of every State (built once): the UN Member States table, and the former States
    the Security Council tables name."""
    members = {row["iso3"]: row["country"] for row in table_rows("un_member_states.csv")}
    former = {row["iso3"]: row["country"] for table in ("unsc_elected_members.csv", "unsc_permanent_members.csv")
              for row in table_rows(table) if row["iso3"] and row["iso3"] not in members}
    return Countries(members, former)


@dataclass(frozen=True)
class PaperCountry:
    """The State a paper speaks for, and how it was found."""

    iso3: str | None
    source: str  # "from its header", "its most frequent speaker", "the State it names most as a subject", ""
    name: str | None = None  # as the paper writes it (its header, else its first mention); None when none was found


def paper_country(document: Document) -> PaperCountry:
    """The one country of a paper, for every rule and command.

    Its header's country line (`Country:`, `Delegation of …`, a bare line naming a Member State,
    a title such as "Position Paper of Ghana") when it has one: a header naming no State (an
    observer, a character) gives no country, never a guess. Otherwise the State that speaks most
    often ("Japan believes", "the Delegation of Japan urges"; on a tie, the one named first), else
    the State most often the subject of a verb, when it is clearly the most (`_clear_subject`)."""
    cached = document.cache.get("countries.paper")
    if isinstance(cached, PaperCountry):
        return cached
    countries = states()
    line = read_header(document).first("country")
    header = line.value if line else document.metadata.country
    if header:
        result = PaperCountry(countries.resolve(header), "from its header", header)
    else:
        result = PaperCountry(None, "")
        spoken = [(s.start, s.end, s.iso3) for s in speakers(document, countries)]
        subjects = [(start, end, iso3) for start, end, iso3 in countries.mentions(document)
                    if iso3 in countries.un_names and _SUBJECT_VERB.match(document.text, end)]
        if spoken:
            result = _most_named(document, spoken, "its most frequent speaker")
        elif _clear_subject(Counter(iso3 for _, _, iso3 in subjects)):
            result = _most_named(document, subjects, "the State it names most as a subject")
    document.cache["countries.paper"] = result
    return result
