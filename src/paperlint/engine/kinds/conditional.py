"""conditional: a term that needs an earlier definition, such as an acronym at first use."""

from __future__ import annotations

from dataclasses import dataclass, field

from paperlint.engine import patterns
from paperlint.engine.kinds import Hit, Kind, segments


@dataclass
class Params:
    first: patterns.Pattern  # group 1: the term used
    second: patterns.Pattern  # its first group that matched: the term defined
    expansions: dict[str, str] = field(default_factory=dict)


def _defined_group(match) -> int:
    """The first group that took part in the match: `second` may offer alternative forms."""
    return next(i for i in range(1, (match.re.groups or 0) + 1) if match.group(i) is not None)


class Conditional(Kind):
    name = "conditional"
    Params = Params
    DEFAULT_SCOPE = "block"
    PLACEHOLDERS = ("found", "definition")

    def check(self, document, rule, ctx):
        text = document.text
        definitions: dict[str, int] = {}
        defining_spans: set[tuple[int, int]] = set()
        for match in patterns.finditer(rule.params.second, text):
            group = _defined_group(match)
            definitions.setdefault(match.group(group), match.start())
            defining_spans.add(match.span(group))
        reported: set[str] = set()
        for start, end in segments(document, rule.scope):
            for match in patterns.finditer(rule.params.first, text, start, end):
                term = match.group(1)
                if term in reported or match.span(1) in defining_spans:
                    reported.add(term)
                    continue
                defined_at = definitions.get(term)
                if defined_at is not None and defined_at <= match.start():
                    continue
                reported.add(term)
                expansion = rule.params.expansions.get(term)
                definition = (
                    f"; it is defined later, at line {document.locate(defined_at).line}"
                    if defined_at is not None else ""
                )
                suggestions = (f"{expansion} ({term})",) if expansion else ()
                yield Hit(*match.span(1), {"definition": definition}, suggestions)


KIND = Conditional()
