"""substitution: a wrong phrase and the right one to use instead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from paperlint.engine.kinds import Hit, Kind, match_case, matched_index, phrases_regex, segments


@dataclass
class Params:
    swap: dict[str, str]
    ignorecase: bool = True

    @cached_property
    def regex(self) -> re.Pattern:
        return phrases_regex(self.swap, self.ignorecase, group=True)

    @cached_property
    def replacements(self) -> list[str]:
        return list(self.swap.values())


class Substitution(Kind):
    name = "substitution"
    Params = Params
    PLACEHOLDERS = ("found", "expected")

    def check(self, document, rule, config=None):
        for start, end in segments(document, rule.scope):
            for match in rule.params.regex.finditer(document.text, start, end):
                expected = match_case(match.group(), rule.params.replacements[matched_index(match)])
                yield Hit(match.start(), match.end(), {"expected": expected}, (expected,))


KIND = Substitution()
