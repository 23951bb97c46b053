"""A habit that runs through a paper is one finding, not one per word.

`once_or_each` turns the uses of one habit (we/our, a US spelling…) into hits: each use while
they are few, else one hit at the first use that gives the count and lists the places;
`once_in_a_voice` makes the findings of a voice the paper chose (a role, speech) one note.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from paperlint.document import Document
from paperlint.engine.kinds import Hit
from paperlint.findings import Severity

# From this many uses on, a habit is reported once.
PERVASIVE = 3
_PLACES_SHOWN = 12


def once_or_each(
    document: Document,
    uses: list[tuple[int, int]],
    values: dict[str, Any] | None = None,
    suggestions: Callable[[int, int], Iterable[str]] = lambda start, end: (),
    pervasive: int = PERVASIVE,
) -> Iterator[Hit]:
    """Hits for `uses` (sorted spans): `values` fill the message, plus `{more}`: "" for a single
    use, else " (and N more uses)", and `{expected}`: the first of `suggestions(start, end)`."""
    values = values or {}

    def hit(start: int, end: int, more: str, count: int, details: tuple[str, ...] = ()) -> Hit:
        replacements = tuple(suggestions(start, end))
        expected = {"expected": replacements[0]} if replacements else {}
        return Hit(start, end, {**values, **expected, "more": more, "count": count}, replacements, details)

    if len(uses) < pervasive:
        for start, end in uses:
            yield hit(start, end, "", 1)
        return
    start, end = uses[0]
    yield hit(start, end, f" (and {len(uses) - 1} more uses)", len(uses), (where_used(document, uses),))


def where_used(document: Document, uses: list[tuple[int, int]]) -> str:
    """A habit's detail: how many times, and where ("Used 4 times: line 3 ('we'), …")."""
    places = [f"line {document.locate(s).line} ('{document.text[s:e]}')" for s, e in uses[:_PLACES_SHOWN]]
    if len(uses) > _PLACES_SHOWN:
        places.append(f"and {len(uses) - _PLACES_SHOWN} more")
    return f"Used {len(uses)} times: " + ", ".join(places) + "."


def once_in_a_voice(document: Document, hits: list[Hit], voice: str, values: dict[str, Any] | None = None) -> Hit:
    """One note, at info severity, at the first of `hits` (with `values` for its message, if
    given): a habit that may be the paper's chosen voice, said with `voice` and the places."""
    first = hits[0]
    return dataclasses.replace(first, values=values if values is not None else first.values, severity=Severity.INFO,
                               details=(voice, where_used(document, [(hit.start, hit.end) for hit in hits])))
