"""Regular expressions written in rule packs, matched with a time limit.

A pack may come from anyone (a chair, a conference repository), and a pattern such as
`(a|aa)+$` backtracks for ever on the wrong text. Pack patterns are therefore compiled
with the `regex` module, whose matching takes a timeout; a pattern that runs out of time
raises `PatternTimeout` naming the rule, instead of hanging the run.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeAlias

import regex

from paperlint.errors import PaperlintError

# `regex` ships no type information, so its pattern type is Any to mypy.
Pattern: TypeAlias = regex.Pattern
TIMEOUT_SECONDS = 2.0


class PatternTimeout(PaperlintError):
    """A pack pattern took longer than TIMEOUT_SECONDS on one paper."""


def compile_pattern(source: str, flags: int = 0) -> Pattern:
    """Compile a pack pattern; raises regex.error for invalid syntax."""
    compiled: Pattern = regex.compile(source, flags | regex.VERSION0)
    return compiled


def finditer(pattern: Pattern, text: str, start: int = 0, end: int | None = None) -> Iterator[Any]:
    with _time_limited(pattern):
        yield from pattern.finditer(text, start, len(text) if end is None else end, timeout=TIMEOUT_SECONDS)


def count(pattern: Pattern, text: str, start: int = 0, end: int | None = None) -> int:
    """How many matches `finditer` finds, without a match object each."""
    with _time_limited(pattern):
        return len(pattern.findall(text, start, len(text) if end is None else end, timeout=TIMEOUT_SECONDS))


@contextmanager
def _time_limited(pattern: Pattern) -> Iterator[None]:
    try:
        yield
    except TimeoutError:
        raise PatternTimeout(f"pattern {pattern.pattern[:60]!r} took over {TIMEOUT_SECONDS:g} s") from None
