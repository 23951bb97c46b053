"""Who speaks: another delegation speaking in this paper, and a paper that switches self-reference.

The paper's country is `paperlint.analysis.countries.paper_country`, the one every rule and
`paperlint facts` use: its header, else the country that speaks most often ("Belgium believes",
"the Delegation of Belgium urges"), else the one most often a verb's subject.
"""

from __future__ import annotations

import re

from paperlint.analysis.countries import paper_country, speakers
from paperlint.analysis.phrases import phrases_regex
from paperlint.engine.kinds import Hit
from paperlint.facts.knowledge import knowledge_base
from paperlint.findings import Severity

_FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:we|our)(?![\w'’-])", re.IGNORECASE)
_DELEGATION_WORD = re.compile(r"(?<![\w'’-])(?:the|this|our)\s+delegation(?![\w'’-])", re.IGNORECASE)


def canonical_country(name: str | None) -> str | None:
    """The UN name of a country as written in a paper, or None when it names no State."""
    countries = knowledge_base().countries
    iso3 = countries.resolve(name)
    return countries.names[iso3] if iso3 else None


def _short(iso3: str) -> str:
    return re.sub(r"\s*\(.*\)$", "", knowledge_base().countries.names[iso3])


def other_delegation_speaks(document, rule, ctx):
    """"The Delegation of France urges…" in Japan's paper: a copy-paste slip."""
    country = paper_country(document)
    if country.iso3 is None:
        return
    short = _short(country.iso3)
    for speaker in speakers(document, knowledge_base().countries):
        if speaker.iso3 == country.iso3:
            continue
        detail = f"The paper speaks for {short} ({country.source})."
        yield Hit(speaker.start, speaker.end, {"country": short}, (short,), (detail,),
                  None if speaker.formal else Severity.WARNING)


def _delegation_of(text: str, offset: int) -> str | None:
    """The State named right after "the delegation" ("… of France"), if any."""
    countries = knowledge_base().countries
    match = re.compile(r"\s+of\s+(?:the\s+)?").match(text, offset)
    name = countries.regex.match(text, match.end()) if match else None
    return countries.resolve(name.group(0)) if name else None


def mixed_self_reference(document, rule, ctx):
    """The paper calls itself by several names: "Belgium believes", "we", "the Delegation"."""
    country = paper_country(document).iso3
    if country is None:
        return
    forms: dict[str, list[tuple[int, int]]] = {"the country's name": [], "we/our": [], "the delegation": []}
    written = knowledge_base().countries.written_forms(country)
    as_subject = re.compile(phrases_regex(written, ignorecase=False).pattern + r"(?=\s+[a-z])", re.IGNORECASE)
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
