"""existence: flag every occurrence of listed phrases or patterns."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import regex

from paperlint import patterns
from paperlint.analysis.phrases import phrases_regex, segments
from paperlint.engine.kinds import Hit, Kind
from paperlint.patterns import Pattern

if TYPE_CHECKING:
    from paperlint.context import RunContext
    from paperlint.document import Document
    from paperlint.engine.registry import Rule



@dataclass
class Params:
    tokens: list[str] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)  # checked when the pack loads
    ignorecase: bool = True
    suggest: str | None = None

    @cached_property
    def regex(self) -> Pattern:
        parts = [phrases_regex(self.tokens, self.ignorecase).pattern] if self.tokens else []
        parts += [_scoped(p.pattern) for p in self.patterns]
        return patterns.compile_pattern("|".join(parts) or r"(?!)", regex.IGNORECASE if self.ignorecase else 0)


def _scoped(pattern: str) -> str:
    """`(?im)body` becomes `(?im:body)`, so patterns with their own flags can be combined."""
    flags = regex.match(r"\(\?([aiLmsux]+)\)", pattern)
    if flags:
        return f"(?{flags.group(1)}:{pattern[flags.end():]})"
    return f"(?:{pattern})"


class Existence(Kind):
    name = "existence"
    Params = Params

    def check(self, document: Document, rule: Rule, ctx: RunContext) -> Iterator[Hit]:
        suggestions = () if rule.params.suggest is None else (rule.params.suggest,)
        for start, end in segments(document, rule.scope):
            for match in patterns.finditer(rule.params.regex, document.text, start, end):
                if match.end() > match.start():
                    yield Hit(match.start(), match.end(), suggestions=suggestions)


KIND = Existence()
