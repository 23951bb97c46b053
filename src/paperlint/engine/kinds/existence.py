"""existence: flag every occurrence of listed phrases or patterns."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from paperlint.analysis.phrases import phrases_regex, segments
from paperlint.engine import patterns
from paperlint.engine.kinds import Hit, Kind


@dataclass
class Params:
    tokens: list[str] = field(default_factory=list)
    patterns: list[patterns.Pattern] = field(default_factory=list)  # checked when the pack loads
    ignorecase: bool = True
    suggest: str | None = None

    @cached_property
    def regex(self) -> patterns.Pattern:
        parts = [phrases_regex(self.tokens, self.ignorecase).pattern] if self.tokens else []
        parts += [_scoped(p.pattern) for p in self.patterns]
        return patterns.compile_pattern("|".join(parts) or r"(?!)", patterns.regex.IGNORECASE if self.ignorecase else 0)


def _scoped(pattern: str) -> str:
    """`(?im)body` becomes `(?im:body)`, so patterns with their own flags can be combined."""
    flags = patterns.regex.match(r"\(\?([aiLmsux]+)\)", pattern)
    if flags:
        return f"(?{flags.group(1)}:{pattern[flags.end():]})"
    return f"(?:{pattern})"


class Existence(Kind):
    name = "existence"
    Params = Params

    def check(self, document, rule, ctx):
        suggestions = () if rule.params.suggest is None else (rule.params.suggest,)
        for start, end in segments(document, rule.scope):
            for match in patterns.finditer(rule.params.regex, document.text, start, end):
                if match.end() > match.start():
                    yield Hit(match.start(), match.end(), suggestions=suggestions)


KIND = Existence()
