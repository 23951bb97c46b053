"""Scoring a check on an evaluation set: the marked spans it must find, everything else it must
leave alone. Every set in tests/data marks an error as `[[span]]`; `unmark` strips the marks and
`Tally` counts hits, misses and false findings into precision and recall.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

MARK = re.compile(r"\[\[(.+?)\]\](?!\])", re.DOTALL)


def unmark(passage: str, mark: re.Pattern[str] = MARK) -> tuple[str, list[re.Match[str]], list[tuple[int, int]]]:
    """The passage without marks, each mark's match, and the (start, end) of its text in the result."""
    text, matches, spans, cursor = "", [], [], 0
    for match in mark.finditer(passage):
        text += passage[cursor : match.start()]
        matches.append(match)
        spans.append((len(text), len(text) + len(match[1])))
        text += match[1]
        cursor = match.end()
    return text + passage[cursor:], matches, spans


def overlaps(item: Any, start: int, end: int) -> bool:
    """Whether a finding (anything with .start and .end) overlaps [start, end)."""
    return item.start < end and start < item.end


@dataclass
class Tally:
    """True positives, false positives and false negatives, with a line for each mistake."""

    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    mistakes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_pos + self.false_neg
        return self.true_pos / expected if expected else 1.0

    def found(self, hit: bool, miss_note: str) -> None:
        """One expected error: found (`hit`) or missed."""
        if hit:
            self.true_pos += 1
        else:
            self.false_neg += 1
            self.mistakes.append(f"missed: {miss_note}")

    def false(self, notes: Iterable[str]) -> None:
        """Findings where there is no error."""
        for note in notes:
            self.false_pos += 1
            self.mistakes.append(f"false: {note}")

    def spans(self, findings: list, spans: list[tuple[int, int]], text: str) -> list:
        """Score `findings` against the marked `spans` of `text`; returns the findings that hit."""
        hits = [f for f in findings if any(overlaps(f, a, b) for a, b in spans)]
        for a, b in spans:
            self.found(any(overlaps(f, a, b) for f in hits), f"{text[a:b]!r} in {text!r}")
        self.false(f"{f.code} {f.text!r} in {text!r}" for f in findings if f not in hits)
        return hits

    def add(self, other: Tally) -> None:
        self.true_pos += other.true_pos
        self.false_pos += other.false_pos
        self.false_neg += other.false_neg
        self.mistakes += other.mistakes

    def summary(self) -> str:
        return f"precision {self.precision:.3f}, recall {self.recall:.3f}"

    def report(self) -> str:
        return "\n".join([self.summary(), *self.mistakes])


def score_passages(passages: Iterable[str], findings_of: Callable[[str], list]) -> tuple[Tally, int, int]:
    """Score a check (`findings_of(text)`) on marked passages: the tally, the number of marked
    errors, and of passages without a mark (the look-alikes)."""
    tally, errors, look_alikes = Tally(), 0, 0
    for passage in passages:
        text, _, spans = unmark(passage)
        errors += len(spans)
        look_alikes += not spans
        tally.spans(findings_of(text), spans, text)
    return tally, errors, look_alikes
