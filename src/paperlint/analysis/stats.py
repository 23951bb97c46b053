"""A paper's figures as typed data: `PaperStats` (readability, sentence lengths, passive voice,
each paragraph's scores, and the structure checklist).

`paper_stats` builds it from the analyses; `to_dict` is the JSON report's `stats` object
(docs/json-schema.json) and what the result cache stores, `from_dict` reads it back.
Rendering it is the reporters' job (reporters/stats.py).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from paperlint.analysis.readability import (
    Scores,
    length_distribution,
    passive_phrase,
    prose_blocks,
    readability,
)
from paperlint.analysis.structure import StructureReport, structure_report
from paperlint.document import Document
from paperlint.profiles import Profile


@dataclass(frozen=True)
class SentenceLengths:
    mean: float
    median: float
    longest: int
    distribution: dict[str, int]  # bucket ("1-10", …, "41+") → sentences

    def to_dict(self) -> dict[str, Any]:
        return {"mean": self.mean, "median": self.median, "longest": self.longest, "distribution": dict(self.distribution)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SentenceLengths:
        return cls(data["mean"], data["median"], data["longest"], dict(data["distribution"]))


@dataclass(frozen=True)
class ParagraphScores:
    line: int
    scores: Scores

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, **self.scores.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ParagraphScores:
        return cls(data["line"], Scores.from_dict(data))


@dataclass(frozen=True)
class PaperStats:
    scores: Scores
    sentence_lengths: SentenceLengths
    passive_sentences: int
    paragraphs: tuple[ParagraphScores, ...]
    structure: StructureReport

    def to_dict(self) -> dict[str, Any]:
        return {
            "scores": self.scores.to_dict(),
            "sentence_lengths": self.sentence_lengths.to_dict(),
            "passive_sentences": self.passive_sentences,
            "paragraphs": [paragraph.to_dict() for paragraph in self.paragraphs],
            "structure": self.structure.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PaperStats:
        return cls(
            Scores.from_dict(data["scores"]),
            SentenceLengths.from_dict(data["sentence_lengths"]),
            data["passive_sentences"],
            tuple(ParagraphScores.from_dict(p) for p in data["paragraphs"]),
            StructureReport.from_dict(data["structure"]),
        )


def paper_stats(document: Document, profile: Profile | None = None) -> PaperStats:
    """The figures and the structure checklist of one paper under `profile` (default: the default one)."""
    figures = readability(document)
    lengths = list(figures.sentence_lengths)
    prose = set(prose_blocks(document))
    passive = [s for s in document.sentences if s.block in prose and passive_phrase(document, s)]
    return PaperStats(
        scores=figures.paper,
        sentence_lengths=SentenceLengths(
            mean=round(statistics.fmean(lengths), 2) if lengths else 0.0,
            median=statistics.median(lengths) if lengths else 0,
            longest=max(lengths, default=0),
            distribution=length_distribution(lengths),
        ),
        passive_sentences=len(passive),
        paragraphs=tuple(
            ParagraphScores(document.locate(block.start).line, scores) for block, scores in figures.paragraphs
        ),
        structure=structure_report(document, profile),
    )


def reading_grade(stats: PaperStats | None) -> float | None:
    """The Flesch–Kincaid grade level of a paper's figures, when there are some."""
    return round(stats.scores.flesch_kincaid_grade, 1) if stats else None
