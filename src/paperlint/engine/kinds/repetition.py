"""repetition: a word doubled ("the the") or a phrase used more often than allowed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from paperlint.analysis.phrases import phrases_regex, segments
from paperlint.engine.kinds import Hit, Kind

if TYPE_CHECKING:
    from paperlint.context import RunContext
    from paperlint.document import Document
    from paperlint.engine.registry import Rule


_WORD = re.compile(r"[^\W_][\w'’-]*")
_DOUBLED = re.compile(r"(?<![\w'’-])([^\W\d_]+)\s+(\1)(?![\w'’-])", re.IGNORECASE)


@dataclass
class Params:
    tokens: list[str] = field(default_factory=list)
    max: int = 1
    # When set, a longer text allows more: this many uses per 1,000 words, if more than `max`.
    max_per_1000_words: int = 0
    # When set, a use this many words or fewer after the previous one is reported anyway (an echo).
    echo_words: int = 0
    adjacent: bool = False

    def allowed(self, text: str) -> int:
        """How many uses of one phrase `text` may hold."""
        if not self.max_per_1000_words:
            return self.max
        return max(self.max, len(_WORD.findall(text)) * self.max_per_1000_words // 1000)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return _DOUBLED if self.adjacent else phrases_regex(self.tokens)


class Repetition(Kind):
    name = "repetition"
    Params = Params
    DEFAULT_SCOPE = "text"
    PLACEHOLDERS = ("found", "count", "max", "first_line")

    def check(self, document: Document, rule: Rule, ctx: RunContext) -> Iterator[Hit]:
        for start, end in segments(document, rule.scope):
            if rule.params.adjacent:
                for match in rule.params.regex.finditer(document.text, start, end):
                    yield Hit(match.start(), match.end(), suggestions=(match.group(1),))
                continue
            seen: dict[str, list[int]] = {}
            allowed = rule.params.allowed(document.text[start:end])
            for match in rule.params.regex.finditer(document.text, start, end):
                uses = seen.setdefault(re.sub(r"\s+", " ", match.group().lower()), [])
                uses.append(match.start())
                echo = (rule.params.echo_words and len(uses) > 1
                        and len(_WORD.findall(document.text, uses[-2], match.start())) <= rule.params.echo_words)
                if len(uses) > allowed or echo:
                    first_line = document.locate(uses[0]).line
                    yield Hit(match.start(), match.end(), {"count": len(uses), "max": allowed, "first_line": first_line})


KIND = Repetition()
