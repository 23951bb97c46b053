"""Numbers in running text."""

from __future__ import annotations

import re

from paperlint.analysis.phrases import segments
from paperlint.engine.kinds import Hit

_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_DIGIT = re.compile(r"(?<![\w.,/$€£#%:+\-–])([1-9])(?=\s+[a-z])(?![\w.,%:/\-–])")
# Words after which a digit names a numbered thing, not a count.
_NUMBERED = {
    "goal", "goals", "sdg", "article", "articles", "art", "chapter", "section", "paragraph", "para",
    "page", "pp", "p", "resolution", "annex", "phase", "level", "no", "number", "target", "principle",
    "pillar", "protocol", "tier", "step", "stage", "part", "figure", "table", "option", "category",
    "grade", "round", "session", "item", "clause", "point", "rule", "covid", "g", "p5", "vol", "volume",
}
_PREVIOUS_WORD = re.compile(r"([\w]+)\W*$")


def small_number_as_digit(document, rule, ctx):
    """Digits 1–9 used as a count in a sentence ("2 years"), not numbered things or figures."""
    for start, end in segments(document, "paragraph"):
        for match in _DIGIT.finditer(document.text, start, end):
            before = _PREVIOUS_WORD.search(document.text, max(start, match.start() - 30), match.start())
            if before and before.group(1).lower() in _NUMBERED:
                continue
            word = _WORDS[int(match.group(1)) - 1]
            at_sentence_start = not document.text[start : match.start()].strip() or re.search(
                r"[.!?]\s+$", document.text[max(start, match.start() - 3) : match.start()]
            )
            expected = word.capitalize() if at_sentence_start else word
            yield Hit(match.start(), match.end(), {"expected": expected}, (expected,))
