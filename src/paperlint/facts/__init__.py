"""The fact-check assistant: claims in a paper, each checked against the shipped knowledge base
(and, with --online, against Wikipedia and Wikidata)."""

from __future__ import annotations

from paperlint.context import RunContext, standalone_context
from paperlint.document import Document
from paperlint.facts.claims import Claim, extract_claims
from paperlint.facts.verdicts import (
    CONTRADICTED,
    SUPPORTED,
    UNVERIFIABLE,
    Checked,
    Verdict,
    verify,
)

__all__ = ["Checked", "Claim", "Verdict", "SUPPORTED", "CONTRADICTED", "UNVERIFIABLE", "checked_claims"]
CACHE_KEY = "facts.checked"
WITHOUT_EVENTS_KEY = "facts.checked.without-events"


def checked_claims(document: Document, ctx: RunContext | None = None, events: bool = True) -> list[Checked]:
    """Every claim of the paper with its verdict, as of the paper's date (else today);
    computed once per document. `events=False` leaves out dated events, which no offline check
    can contradict, and so spares parsing the sentences that name a year."""
    cached = document.cache.get(CACHE_KEY) if events else document.cache.get(
        CACHE_KEY, document.cache.get(WITHOUT_EVENTS_KEY))
    if cached is None:
        ctx = ctx or standalone_context()
        kb = ctx.knowledge
        as_of = ctx.dates.as_of(document)
        cached = [Checked(claim, verify(claim, kb, as_of)) for claim in extract_claims(document, kb, events)]
        if ctx.config.online:
            from paperlint.facts.online import client_for, verify_online

            client = client_for(ctx.config)
            cached = [verify_online(item, client, kb) for item in cached]
        document.cache[CACHE_KEY if events else WITHOUT_EVENTS_KEY] = cached
    return cached
