"""substitution: a wrong phrase and the right one to use instead."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from paperlint.analysis.phrases import Phrases, segments
from paperlint.engine.kinds import Hit, Kind, match_case

if TYPE_CHECKING:
    from paperlint.context import RunContext
    from paperlint.document import Document
    from paperlint.engine.registry import Rule



@dataclass
class Params:
    swap: dict[str, str]
    ignorecase: bool = True

    @cached_property
    def phrases(self) -> Phrases:
        return Phrases(self.swap, self.ignorecase)

    @cached_property
    def replacements(self) -> list[str]:
        return list(self.swap.values())


class Substitution(Kind):
    name = "substitution"
    Params = Params
    PLACEHOLDERS = ("found", "expected")

    def check(self, document: Document, rule: Rule, ctx: RunContext) -> Iterator[Hit]:
        for start, end in segments(document, rule.scope):
            for match in rule.params.phrases.regex.finditer(document.text, start, end):
                replacement = rule.params.replacements[rule.params.phrases.index(match.group())]
                expected = match_case(match.group(), replacement)
                yield Hit(match.start(), match.end(), {"expected": expected}, (expected,))


KIND = Substitution()
