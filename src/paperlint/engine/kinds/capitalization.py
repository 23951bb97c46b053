"""capitalization: terms with a fixed capitalisation, and a case style for a scope.

With `once`, a term written without its capitals throughout a paper is one finding (a habit), and
the rule's exceptions ("permanent member states") are not uses of it. `house_style` terms are
ordinary English in small letters ("member states") and capitalised only by the UN's house
style: they are reported when the paper also writes them with capitals, or when the conference
profile asks for UN style (`spelling = "un"`). One of the `bodies` in small letters after a word
that makes it another body ("the national human rights council") is not the UN's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import TYPE_CHECKING

from paperlint.analysis.phrases import Phrases, segments
from paperlint.engine.habits import once_or_each
from paperlint.engine.kinds import Hit, Kind
from paperlint.profiles import profile_for

if TYPE_CHECKING:
    from paperlint.context import RunContext
    from paperlint.document import Document
    from paperlint.engine.registry import Rule


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
    once: bool = False  # a term's lower-case uses are one finding per paper
    house_style: list[str] = field(default_factory=list)  # reported only when mixed or asked for
    # terms that name one body or post: in small letters after a modifier, they are another's
    bodies: list[str] = field(default_factory=list)


    @cached_property
    def phrases(self) -> Phrases:
        return Phrases(self.terms, ignorecase=True)


class Capitalization(Kind):
    name = "capitalization"
    Params = Params
    PLACEHOLDERS = ("found", "expected", "more", "count")

    def check(self, document: Document, rule: Rule, ctx: RunContext) -> Iterator[Hit]:
        style = _STYLE.get(rule.params.match) if rule.params.match else None
        misses: dict[str, list[tuple[int, int, str]]] = {}
        for start, end in segments(document, rule.scope):
            if style is not None:
                found = document.text[start:end]
                expected = style(found)
                if expected != found:
                    yield Hit(start, end, {"expected": expected, "more": "", "count": 1}, (expected,))
            if not rule.params.terms:
                continue
            for match in rule.params.phrases.regex.finditer(document.text, start, end):
                expected = rule.params.terms[rule.params.phrases.index(match.group())]
                if match.group() == expected or re.sub(r"\s+", " ", match.group()) == expected:
                    continue
                if match.group().isupper() and not expected.isupper():
                    continue  # "… AT THE SECURITY COUNCIL": a title in capitals has the term's capitals too
                if expected in rule.params.house_style and (not _house_style_asked(document, rule, ctx, expected)
                                                            or _of_another_organisation(document.text, match.end())):
                    continue
                if expected in rule.params.bodies and match.group().islower() and _another_body(document.text, match.start()):
                    continue
                if not rule.params.once:
                    yield Hit(match.start(), match.end(), {"expected": expected, "more": "", "count": 1}, (expected,))
                elif not rule.excepted(document.text, match.start(), match.end()):
                    # "Member State" and "Member States" are one habit
                    misses.setdefault(expected.removesuffix("s"), []).append((match.start(), match.end(), expected))
        for uses in misses.values():
            expected_at = {(start, end): expected for start, end, expected in uses}
            yield from once_or_each(document, list(expected_at), pervasive=2, suggestions=partial(_expected, expected_at))


# What may stand before the UN's body in small letters: "the", "UN", a preposition or a conjunction.
_THE_UN_BODY_BEFORE = re.compile(
    r"(?:^|[^\w\s'’]|\b(?:the|un|u\.n\.|un['’]s|nations|and|or|of|to|at|in|into|by|for|from|with|on|before|as|"
    r"that|which|whereas|while|than)\b)\s*$",
    re.IGNORECASE,
)


def _another_body(text: str, start: int) -> bool:
    """A body's name in small letters after a word that makes it another body: "the national
    human rights council", "Oman's general assembly", "a security council" (not "the", "UN")."""
    return _THE_UN_BODY_BEFORE.search(text, max(0, start - 30), start) is None


# "member state of the European Union", "a member state to the Association of Caribbean States".
_OF_AN_ORGANISATION = re.compile(r"[ \t]+(?:of|to|in|within)[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][\w'’.-]*)")


def _of_another_organisation(text: str, end: int) -> bool:
    """Whether a house-style term is a member of another organisation, which has its own style:
    "member state of the European Union" (round 39), not "of the United Nations" or "of the UN"."""
    organisation = _OF_AN_ORGANISATION.match(text, end)
    return organisation is not None and organisation["name"] not in {"United", "UN", "U.N."}


def _house_style_asked(document: Document, rule: Rule, ctx: RunContext, term: str) -> bool:
    """The UN's capitals for an ordinary term are asked for: by the profile, or by the paper,
    which writes the term (singular or plural) with them elsewhere."""
    if profile_for(ctx.config).spelling == "un":
        return True
    stem = term.removesuffix("s")
    return re.search(rf"\b{re.escape(stem)}s?\b", document.text) is not None


def _expected(expected_at: dict[tuple[int, int], str], start: int, end: int) -> tuple[str, ...]:
    return (expected_at[(start, end)],)


KIND = Capitalization()
