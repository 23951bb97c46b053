"""consistency: one of two variants per paper; the first one used sets the paper's choice.

With `english_pairs: paper`, a pair of US and British spellings ("programme" / "program") in a
paper that plainly writes one English takes that English's form, whichever came first, so that
no two rules ask for opposite spellings (CN019 asks a US paper for US spellings, UN005 a British
one for British spellings); where the spellings say nothing, the first use decides.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from paperlint.analysis.english import GB, US, english_variant, is_us_spelling, other_english, plainly_british
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
        uses: dict[int, list[tuple[int, int, int]]] = {}  # pair index -> (variant index, start, end), in order
        for start, end in segments(document, rule.scope):
            for match in rule.params.phrases.regex.finditer(document.text, start, end):
                if not rule.excepted(document.text, match.start(), match.end()):
                    index = rule.params.phrases.index(match.group())
                    uses.setdefault(index // 2, []).append((index, match.start(), match.end()))
        english = _papers_english(document) if rule.params.english_pairs == "paper" else None
        hits = []
        for pair, found in uses.items():
            winner = _english_choice(variants, pair, english) if english else None
            winner = found[0][0] if winner is None else winner
            first = next((start for index, start, _ in found if index == winner), None)
            if first is None:
                continue  # one variant only: the paper's English checks judge it
            for index, start, end in found:
                if index != winner:
                    written = document.text[start:end]
                    expected = match_case(written, variants[winner]) if rule.params.ignorecase else variants[winner]
                    hits.append(Hit(start, end, {"expected": expected, "first_line": document.locate(first).line}, (expected,)))
        yield from sorted(hits, key=lambda hit: hit.start)


def _papers_english(document: Document) -> str | None:
    """US or GB when the paper's spellings plainly say which English it writes; else None."""
    return US if english_variant(document) == US else GB if plainly_british(document) else None


def _english_choice(variants: list[str], pair: int, english: str) -> int | None:
    """The index of the pair's variant of that English, when the pair is a US/British one."""
    one, other = variants[2 * pair], variants[2 * pair + 1]
    if not other_english(one, other):
        return None
    us = 2 * pair if is_us_spelling(one) else 2 * pair + 1
    return us if english == US else (4 * pair + 1) - us


KIND = Consistency()
