"""consistency: one of two variants per paper; the first one used sets the paper's choice.

With `english_pairs: paper`, a pair of US and British spellings ("programme" / "program") is
left to the paper's English where the paper plainly has one (CN019 reports British spellings in
a US paper, UN005 US ones in a British paper): the first use decides only in a paper whose
spellings say nothing, so no two rules ask for opposite spellings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from paperlint.analysis.english import US, english_variant, other_english, plainly_british
from paperlint.analysis.phrases import Phrases, segments
from paperlint.engine.kinds import Hit, Kind, match_case

if TYPE_CHECKING:
    from paperlint.context import RunContext
    from paperlint.document import Document
    from paperlint.engine.registry import Rule



@dataclass
class Params:
    either: dict[str, str]
    ignorecase: bool = False
    english_pairs: str = "first"  # or "paper": see the module's docstring

    @cached_property
    def phrases(self) -> Phrases:
        return Phrases(self.variants, self.ignorecase)

    @cached_property
    def variants(self) -> list[str]:
        return [v for pair in self.either.items() for v in pair]


class Consistency(Kind):
    name = "consistency"
    Params = Params
    DEFAULT_SCOPE = "text"
    PLACEHOLDERS = ("found", "expected", "first_line")

    def check(self, document: Document, rule: Rule, ctx: RunContext) -> Iterator[Hit]:
        variants = rule.params.variants
        left = _left_to_the_papers_english(document, rule.params)
        chosen: dict[int, tuple[int, int]] = {}  # pair index -> (variant index, first offset)
        for start, end in segments(document, rule.scope):
            for match in rule.params.phrases.regex.finditer(document.text, start, end):
                if rule.excepted(document.text, match.start(), match.end()):
                    continue
                index = rule.params.phrases.index(match.group())
                pair = index // 2
                if pair in left:
                    continue
                if pair not in chosen:
                    chosen[pair] = (index, match.start())
                    continue
                winner, first = chosen[pair]
                if winner != index:
                    expected = match_case(match.group(), variants[winner]) if rule.params.ignorecase else variants[winner]
                    yield Hit(
                        match.start(), match.end(),
                        {"expected": expected, "first_line": document.locate(first).line},
                        (expected,),
                    )


def _left_to_the_papers_english(document: Document, params: Params) -> frozenset[int]:
    """The pairs of US and British spellings, when the paper plainly writes one English."""
    if params.english_pairs != "paper" or not (english_variant(document) == US or plainly_british(document)):
        return frozenset()
    pairs = list(params.either.items())
    return frozenset(index for index, (one, other) in enumerate(pairs) if other_english(one, other))


KIND = Consistency()
