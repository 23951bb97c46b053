"""repetition: a word doubled ("the the") or a phrase used more often than allowed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from paperlint.analysis.events import wordnet
from paperlint.analysis.phrases import phrases_regex, segments
from paperlint.engine.habits import where_used
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
    # Phrases of formal English a paper may use more often ("in order to": 6): that many uses,
    # and no echo.
    phrase_max: dict[str, int] = field(default_factory=dict)

    def allowed(self, text: str, phrase: str = "") -> int:
        """How many uses of one phrase `text` may hold."""
        least = self.phrase_max.get(phrase, self.max)
        if not self.max_per_1000_words:
            return least
        return max(least, len(_WORD.findall(text)) * self.max_per_1000_words // 1000)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return _DOUBLED if self.adjacent else phrases_regex(self.tokens)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _particle_then_preposition(text: str, match: re.Match[str]) -> bool:
    """A verb's particle, then a preposition of the same spelling: "taken in in 2015" (take in),
    "cut off off the coast" (cut off)."""
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    lexicon = wordnet() if before else None
    return lexicon is not None and before is not None and lexicon.phrasal_verb(before[1], match[1])


class Repetition(Kind):
    name = "repetition"
    Params = Params
    DEFAULT_SCOPE = "text"
    PLACEHOLDERS = ("found", "count", "max", "first_line")

    def check(self, document: Document, rule: Rule, ctx: RunContext) -> Iterator[Hit]:
        for start, end in segments(document, rule.scope):
            if rule.params.adjacent:
                for match in rule.params.regex.finditer(document.text, start, end):
                    if not _particle_then_preposition(document.text, match):
                        yield Hit(match.start(), match.end(), suggestions=(match.group(1),))
                continue
            seen: dict[str, list[tuple[int, int]]] = {}
            for match in rule.params.regex.finditer(document.text, start, end):
                seen.setdefault(re.sub(r"\s+", " ", match.group().lower()), []).append(match.span())
            text, formal = document.text[start:end], rule.params.phrase_max
            hits = [hit for phrase, uses in seen.items()
                    for hit in self._overused(document, rule, uses, rule.params.allowed(text, phrase), phrase not in formal)]
            yield from sorted(hits, key=lambda hit: hit.start)

    @staticmethod
    def _overused(document: Document, rule: Rule, uses: list[tuple[int, int]], allowed: int, echoes: bool) -> Iterator[Hit]:
        """One hit at the first use past `allowed`, with the count and every place (a habit is one
        finding), and, when `echoes`, one at each echo before it: a use close after the one before."""
        first_line = document.locate(uses[0][0]).line
        values = {"count": len(uses), "max": allowed, "first_line": first_line}
        for index, (start, end) in enumerate(uses[1:allowed], start=1):
            between = len(_WORD.findall(document.text, uses[index - 1][0], start))
            if echoes and rule.params.echo_words and between <= rule.params.echo_words:
                yield Hit(start, end, {**values, "count": index + 1})
        if len(uses) > allowed:
            yield Hit(*uses[allowed], values, (), (where_used(document, uses),))


KIND = Repetition()
