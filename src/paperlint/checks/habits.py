"""A habit that runs through a paper is one finding, not one per word.

`once_or_each` turns the uses of one habit (we/our, a US spelling…) into hits: each use while
they are few, else one hit at the first use that gives the count and lists the places.
"""

from __future__ import annotations

from typing import Iterator

from paperlint.document import Document
from paperlint.engine.kinds import Hit

# From this many uses on, a habit is reported once.
PERVASIVE = 3
_PLACES_SHOWN = 12


def once_or_each(
    document: Document,
    uses: list[tuple[int, int]],
    values: dict | None = None,
    suggestions=lambda start, end: (),
    pervasive: int = PERVASIVE,
) -> Iterator[Hit]:
    """Hits for `uses` (sorted spans): `values` fill the message, plus `{more}`: "" for a single
    use, else " (and N more uses)"; `suggestions(start, end)` gives a use's replacements."""
    values = values or {}
    if len(uses) < pervasive:
        for start, end in uses:
            yield Hit(start, end, {**values, "more": "", "count": 1}, tuple(suggestions(start, end)))
        return
    start, end = uses[0]
    places = [
        f"line {document.locate(s).line} ('{document.text[s:e]}')" for s, e in uses[:_PLACES_SHOWN]
    ]
    if len(uses) > _PLACES_SHOWN:
        places.append(f"and {len(uses) - _PLACES_SHOWN} more")
    yield Hit(
        start, end,
        {**values, "more": f" (and {len(uses) - 1} more uses)", "count": len(uses)},
        tuple(suggestions(start, end)),
        details=(f"Used {len(uses)} times: " + ", ".join(places) + ".",),
    )
