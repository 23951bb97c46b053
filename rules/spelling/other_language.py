"""SP003: sentences in another language, which the English checks leave alone (a bilingual
committee's paper may mix French and English): said once, not found word by word."""

from __future__ import annotations

from collections.abc import Iterator

from paperlint.analysis.regions import regions
from paperlint.engine.habits import once_or_each
from paperlint.engine.kinds import Hit


def other_language(document, rule, ctx) -> Iterator[Hit]:
    """Each sentence the regions call foreign; from three on, one note with the places."""
    yield from once_or_each(document, [(region.start, region.end) for region in regions(document).of("foreign")])
