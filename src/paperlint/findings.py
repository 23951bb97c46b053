"""What a check reports: a `Finding` with a stable code, a severity and an exact span."""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Finding:
    """One problem at one span of one document.

    `start`/`end` are offsets into the document's extracted text; line and column are
    1-based, and `end_line`/`end_column` point just past the span (end exclusive).
    Each suggestion is replacement text for the span; an empty string means "remove it".
    """

    path: str
    code: str
    name: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    suggestions: tuple[str, ...] = ()
    fixable: bool = False
    paragraph: int | None = None
    page: int | None = None
    page_line: int | None = None
    engine_rule: str | None = None
    details: tuple[str, ...] = field(default=(), compare=False)

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start, self.end, self.code)


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Findings per severity, most severe first, zeros included."""
    counts = Counter(str(f.severity) for f in findings)
    return {str(s): counts.get(str(s), 0) for s in sorted(Severity, reverse=True)}
