"""The fact-check assistant: claims in a paper, each checked against the shipped knowledge base
(and, with --online, against Wikipedia and Wikidata)."""

from __future__ import annotations

import datetime
import sys
from typing import TYPE_CHECKING

from paperlint.document import Document
from paperlint.facts.claims import Claim, extract_claims
from paperlint.facts.knowledge import KnowledgeBase
from paperlint.facts.verdicts import (
    CONTRADICTED,
    SUPPORTED,
    UNVERIFIABLE,
    Checked,
    Verdict,
    verify,
)

if TYPE_CHECKING:
    from paperlint.config import Config

__all__ = ["Checked", "Claim", "Verdict", "SUPPORTED", "CONTRADICTED", "UNVERIFIABLE", "checked_claims", "online_notes"]
CACHE_KEY = "facts.checked"
WITHOUT_EVENTS_KEY = "facts.checked.without-events"


def checked_claims(document: Document, knowledge: KnowledgeBase, as_of: datetime.date,
                   online: Config | None = None, events: bool = True) -> list[Checked]:
    """Every claim of the paper with its verdict as of `as_of`, computed once per document; with
    `online` (a configuration that asks for lookups) each is also looked up online. `events=False`
    leaves out dated events, which no offline check can contradict, and so spares parsing the
    sentences that name a year."""
    cached = document.cache.get(CACHE_KEY) if events else document.cache.get(
        CACHE_KEY, document.cache.get(WITHOUT_EVENTS_KEY))
    if cached is None:
        cached = [Checked(claim, verify(claim, knowledge, as_of))
                  for claim in extract_claims(document, knowledge, events)]
        if online is not None:
            from paperlint.facts.online import client_for, verify_online

            client = client_for(online)
            cached = [verify_online(item, client, knowledge) for item in cached]
        document.cache[CACHE_KEY if events else WITHOUT_EVENTS_KEY] = cached
    return cached


def online_notes() -> list[str]:
    """This process's notes from online lookups, cleared; none, and no HTTP client imported (about
    0.05 s), when no lookup ran."""
    online = sys.modules.get("paperlint.facts.online")
    return online.take_notes() if online is not None else []
