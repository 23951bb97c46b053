"""Chair triage over a run's results: one row per paper, totals per rule, and copies across papers.

The needs-attention score (0–100; higher first) orders papers for a chair with little time:

- a paper that could not be read scores 100: it has to be opened by hand;
- otherwise half its weighted findings per 1,000 words, 3 per error and 1 per warning (info
  does not count), at most 60, with the paper's length floored at 250 words so a short
  paper is not blown up;
- plus 40 when the paper is a copy of another (most of its text the same), or 20 when it
  only shares passages with another;
- rounded to a whole number.

A paper's status is FileResult.status: fails (a finding at or above its `fail-on`), passes,
or not read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from paperlint.analysis.stats import reading_grade
from paperlint.copies import Copies, find_copies
from paperlint.findings import severity_counts
from paperlint.results import FileResult

ERROR_WEIGHT, WARNING_WEIGHT = 3, 1
MIN_WORDS = 250
FINDINGS_POINTS, COPY_POINTS, PASSAGE_POINTS = 60, 40, 20


@dataclass(frozen=True)
class PaperRow:
    path: str
    country: str | None
    committee: str | None
    words: int | None
    reading_grade: float | None
    errors: int
    warnings: int
    info: int
    attention: int
    status: str
    by_rule: dict[str, int]


@dataclass(frozen=True)
class RuleTotal:
    code: str
    name: str
    severity: str
    findings: int
    papers: int


@dataclass(frozen=True)
class Triage:
    rows: tuple[PaperRow, ...]  # most attention first, then by path
    rules: tuple[RuleTotal, ...]  # most findings first
    copies: Copies


def needs_attention(errors: int, warnings: int, words: int | None, copy: bool, shares: bool, read: bool = True) -> int:
    """The needs-attention score defined in this module's docstring."""
    if not read:
        return 100
    density = (ERROR_WEIGHT * errors + WARNING_WEIGHT * warnings) * 1000 / max(words or 0, MIN_WORDS)
    shared = COPY_POINTS if copy else PASSAGE_POINTS if shares else 0
    return round(min(FINDINGS_POINTS, density / 2) + shared)


def triage(results: list[FileResult]) -> Triage:
    readable = [r for r in results if r.document is not None and not r.error]
    copies = find_copies([r.document for r in readable if r.document is not None]) if len(readable) > 1 else Copies((), ())
    rows = sorted((_row(r, copies) for r in results), key=lambda row: (-row.attention, row.path))
    return Triage(tuple(rows), _rule_totals(results), copies)


def _row(result: FileResult, copies: Copies) -> PaperRow:
    counts = severity_counts(result.findings)
    document = result.document if not result.error else None
    pairs = copies.pairs_of(result.path)
    words = document.word_count if document is not None else None
    return PaperRow(
        path=result.path,
        country=_country(document),
        committee=document.metadata.committee if document is not None else None,
        words=words,
        reading_grade=reading_grade(result.stats),
        errors=counts["error"],
        warnings=counts["warning"],
        info=counts["info"],
        attention=needs_attention(counts["error"], counts["warning"], words, any(p.is_copy for p in pairs),
                                  bool(pairs), read=document is not None),
        status=result.status,
        by_rule=dict(Counter(f.code for f in result.findings)),
    )


def _country(document) -> str | None:
    """The Member State the paper speaks for (its header, else its most frequent speaker),
    or the header's own words for a delegation that is not a Member State."""
    if document is None:
        return None
    from paperlint.analysis.countries import paper_country
    from paperlint.facts.knowledge import knowledge_base

    knowledge = knowledge_base()
    found = paper_country(document).iso3
    return knowledge.country_names.get(found) if found else document.metadata.country


def _rule_totals(results: list[FileResult]) -> tuple[RuleTotal, ...]:
    findings = [f for r in results for f in r.findings]
    counts = Counter(f.code for f in findings)
    papers = Counter(code for r in results for code in {f.code for f in r.findings})
    first = {f.code: f for f in reversed(findings)}
    return tuple(
        RuleTotal(code, first[code].name, str(first[code].severity), counts[code], papers[code])
        for code in sorted(counts, key=lambda c: (-counts[c], c))
    )
