"""SP002: the terms the vocabulary rejects, with the UN form it gives."""

from __future__ import annotations

from collections.abc import Iterator

from paperlint.analysis.phrases import Phrases
from paperlint.engine.kinds import Hit
from paperlint.grammar.vocabulary import vocabulary


def rejected_term(document, rule, ctx) -> Iterator[Hit]:
    """Terms on the vocabulary's reject list, with their replacement when the list gives one."""
    rejected = vocabulary(ctx.config).reject
    if not rejected:
        return
    phrases = Phrases([term for term, _ in rejected], ignorecase=False)
    for match in phrases.regex.finditer(document.text):
        replacement = rejected[phrases.index(match.group())][1]
        yield Hit(
            match.start(),
            match.end(),
            values={"expected": replacement or "another term"},
            suggestions=(replacement,) if replacement else (),
        )
