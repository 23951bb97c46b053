"""The fact-check rules (this pack's pack.yml): each turns claims with one kind of verdict into hits."""

from __future__ import annotations

from collections.abc import Iterator

from paperlint.analysis.events import names_a_year
from paperlint.analysis.parse import parses_when
from paperlint.engine.kinds import Hit
from paperlint.facts import CONTRADICTED, UNVERIFIABLE
from paperlint.facts.claims import cites_sources

NEEDS_SOURCE = "needs-source"


def contradicted_claim(document, rule, ctx) -> Iterator[Hit]:
    """Claims the knowledge base (or, online, Wikidata) contradicts, with the fact and its source.
    Offline, no dated event can be contradicted, so events are not looked for."""
    for item in ctx.checked_claims(document, events=ctx.config.online):
        if item.verdict.status == CONTRADICTED:
            yield Hit(item.claim.start, item.claim.end, {"fact": item.verdict.fact}, details=_details(item.verdict))


@parses_when(names_a_year)
def unverifiable_claim(document, rule, ctx) -> Iterator[Hit]:
    """Claims nothing shipped (or found online) can confirm or refute, with a suggested search."""
    for item in ctx.checked_claims(document):
        if item.verdict.status == UNVERIFIABLE and item.claim.kind != NEEDS_SOURCE:
            yield Hit(item.claim.start, item.claim.end, {"fact": item.verdict.fact}, details=_details(item.verdict))


@parses_when(names_a_year)
def unsourced_figure(document, rule, ctx) -> Iterator[Hit]:
    """Statistics and ranking superlatives in a sentence that cites no source, in a paper that
    cites sources elsewhere; a paper that cites nothing at all is PS003's finding, once."""
    if not cites_sources(document):
        return
    for item in ctx.checked_claims(document):
        if item.claim.kind == NEEDS_SOURCE:
            claim = item.claim
            yield Hit(claim.start, claim.end, {"what": claim.fields["what"], "advice": "cite one in the sentence"})


def _details(verdict) -> tuple[str, ...]:
    details = []
    if verdict.source:
        details.append(f"Source: {verdict.source} ({verdict.via})")
    if verdict.search:
        details.append(f"Suggested search: {verdict.search}")
    return tuple(details)
