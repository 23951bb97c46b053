"""capitalization: terms with a fixed capitalisation, and a case style for a scope."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from paperlint.analysis.phrases import Phrases, segments
from paperlint.engine.kinds import Hit, Kind

_SMALL_WORDS = {
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at",
    "to", "by", "with", "from", "as", "into", "per", "via", "vs", "than",
}
STYLES = ("$title", "$upper", "$lower")


def title_case(text: str) -> str:
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        if i and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        elif word[:1].islower():
            out.append(word[:1].upper() + word[1:])
        else:
            out.append(word)
    return " ".join(out)


_STYLE = {"$title": title_case, "$upper": str.upper, "$lower": str.lower}


@dataclass
class Params:
    terms: list[str] = field(default_factory=list)
    match: str | None = None

    @cached_property
    def phrases(self) -> Phrases:
        return Phrases(self.terms, ignorecase=True)


class Capitalization(Kind):
    name = "capitalization"
    Params = Params
    PLACEHOLDERS = ("found", "expected")

    def check(self, document, rule, ctx):
        style = _STYLE.get(rule.params.match) if rule.params.match else None
        for start, end in segments(document, rule.scope):
            if style is not None:
                found = document.text[start:end]
                expected = style(found)
                if expected != found:
                    yield Hit(start, end, {"expected": expected}, (expected,))
            if not rule.params.terms:
                continue
            for match in rule.params.phrases.regex.finditer(document.text, start, end):
                expected = rule.params.terms[rule.params.phrases.index(match.group())]
                if match.group() != expected and re.sub(r"\s+", " ", match.group()) != expected:
                    yield Hit(match.start(), match.end(), {"expected": expected}, (expected,))


KIND = Capitalization()
