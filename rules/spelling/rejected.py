"""SP002: the terms the vocabulary rejects, with the UN form it gives.

A State's formal name is UN usage as much as its short name ("the Czech Republic" beside
"Czechia"): a rejected term that is a Member State's short or formal name (the shipped UN table,
joined by ISO3 code with ISO 3166-1's official names) is never reported. A term that is only
another spelling of its replacement (the same letters: "counterterrorism" / "counter-terrorism")
is a UN spelling preference, reported like UN005: in a paper plainly written in British English,
or in any paper when the conference profile asks for UN spelling, never in a US paper. A State's
name so written ("Vietnam" for "Viet Nam") is how English writes it, British and US alike: it is
reported only when the profile asks for UN spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import pycountry

from paperlint.analysis.english import plainly_british
from paperlint.analysis.phrases import Phrases
from paperlint.analysis.regions import skipped
from paperlint.analysis.voice import role_voice
from paperlint.engine.habits import once_or_each
from paperlint.engine.kinds import Hit
from paperlint.facts.knowledge import KnowledgeBase
from paperlint.grammar.vocabulary import vocabulary
from paperlint.profiles import profile_for


def rejected_term(document, rule, ctx) -> Iterator[Hit]:
    """Terms on the vocabulary's reject list, with their replacement when the list gives one;
    possessives ("Vietnam's") as the bare term. A term used throughout is one finding. A State's
    former name is not reported in a paper written before the renaming ("Swaziland" in 2016, or in
    an undated paper that tells of no later year), nor
    a State's name in a paper written in a role (a character names States as its time did)."""
    states = state_names(ctx.knowledge)
    in_role = role_voice(document) is not None  # a character names States as its time did ("Vietnam" in 1954)
    rejected = [(entry.term, entry.replacement) for entry in vocabulary(ctx.config).reject
                if _key(entry.term) not in states and not (entry.since and ctx.dates.written_before(document, entry.since))
                and not (in_role and _key(entry.replacement or "") in states)]
    if not rejected:
        return
    un_spelling = None  # decided once, and only when the paper uses a spelling preference
    phrases = Phrases([term for term, _ in rejected], ignorecase=False, possessive=True)
    uses: dict[int, list[tuple[int, int]]] = {}
    for match in phrases.regex.finditer(document.text):
        if skipped(document, rule.skip, match.start(), match.end()):
            continue  # not prose (the header's "Country: Vietnam"): the habit is counted in the prose
        if _FORMER_NAME_BEFORE.search(document.text, max(0, match.start() - 60), match.start()):
            continue  # a former name used as one: "back when it was Burma"
        index = phrases.index(match.group())
        term, replacement = rejected[index]
        if spelling_only(term, replacement):
            if _key(replacement or "") in states:
                if profile_for(ctx.config).spelling != "un":
                    continue  # "Vietnam" for "Viet Nam": the State's name as English writes it
            else:
                if un_spelling is None:
                    un_spelling = profile_for(ctx.config).spelling == "un" or plainly_british(document)
                if not un_spelling:
                    continue
        uses.setdefault(index, []).append((match.start(), match.end()))
    fixes: dict[tuple[int, int], tuple[str, ...]] = {
        span: (replacement,) if (replacement := rejected[index][1]) else () for index, spans in uses.items() for span in spans
    }
    for index, spans in uses.items():
        values = {"expected": rejected[index][1] or "another term"}
        yield from once_or_each(document, spans, values, lambda start, end: fixes[(start, end)])


# What introduces a former name as a former name: "formerly", "then called", "until 1989",
# "when it was (still) called", "the colonial …", "renamed from".
_FORMER_NAME_BEFORE = re.compile(
    r"\b(?:(?:formerly|previously|once|then|until\s+\d{4}|before\s+\d{4}|in\s+colonial\s+times)"
    r"(?:\s+(?:called|known\s+as|named))?|when\s+(?:it|the\s+country|the\s+state|the\s+territory)\s+was"
    r"(?:\s+still)?(?:\s+(?:called|known\s+as|named))?|(?:former|old|colonial)(?:\s+name)?|renamed\s+from|"
    r"used\s+to\s+be(?:\s+called)?)\s+(?:of\s+)?$",
    re.IGNORECASE,
)


def spelling_only(term: str, replacement: str | None) -> bool:
    """True when the replacement writes the same letters otherwise ("counter-terrorism")."""
    return replacement is not None and _letters(term) == _letters(replacement)


def _letters(text: str) -> str:
    return re.sub(r"[^\w]|_", "", text).lower()


def _key(name: str) -> str:
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", name.strip()), flags=re.IGNORECASE).lower()


@lru_cache(maxsize=2)
def state_names(kb: KnowledgeBase) -> frozenset[str]:
    """Every Member State's UN short name and formal name, lower case and without "the"."""
    names = set()
    for iso3, row in kb.member_states.items():
        names.add(_key(row["country"]))
        country = pycountry.countries.get(alpha_3=iso3) if iso3 else None
        official = getattr(country, "official_name", None) if country else None
        if official:
            names.add(_key(official))
    return frozenset(names)
