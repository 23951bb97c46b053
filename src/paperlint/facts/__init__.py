"""The fact-check assistant: claims in a paper, each checked against the shipped knowledge base
(and, with --online, against Wikipedia and Wikidata)."""

from __future__ import annotations

from datetime import date

from paperlint.document import Document
from paperlint.facts.claims import Claim, extract_claims
from paperlint.facts.knowledge import knowledge_base
from paperlint.facts.verdicts import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Checked, Verdict, verify

__all__ = ["Checked", "Claim", "Verdict", "SUPPORTED", "CONTRADICTED", "UNVERIFIABLE", "checked_claims"]
CACHE_KEY = "facts.checked"


def checked_claims(document: Document, config=None) -> list[Checked]:
    """Every claim of the paper with its verdict; computed once per document."""
    cached = document.cache.get(CACHE_KEY)
    if cached is None:
        kb = knowledge_base()
        today = document.metadata.date or date.today()
        cached = [Checked(claim, verify(claim, kb, today)) for claim in extract_claims(document, kb)]
        if config is not None and getattr(config, "online", False):
            from paperlint.facts.online import client_for, verify_online

            client = client_for(config)
            cached = [verify_online(item, client, kb) for item in cached]
        document.cache[CACHE_KEY] = cached
    return cached
