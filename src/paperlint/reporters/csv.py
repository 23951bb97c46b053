"""csv: the chair's triage table (paperlint.triage), one row per paper, for a spreadsheet.

Columns: file, country, committee, words, reading grade, errors, warnings, info, needs
attention, status, the papers it shares passages with, then one column per rule with the
paper's findings of that rule. The last row, `TOTAL`, sums every count column.
"""

from __future__ import annotations

import csv
import io

from paperlint.triage import triage

_HEAD = ["file", "country", "committee", "words", "reading_grade", "errors", "warnings", "info",
         "needs_attention", "status", "shares_passages_with"]


def render(results) -> str:
    report = triage(results)
    codes = [rule.code for rule in report.rules]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_HEAD + codes)
    for row in report.rows:
        partners = [p.second if p.first == row.path else p.first for p in report.copies.pairs_of(row.path)]
        writer.writerow([
            _safe(row.path), _safe(row.country or ""), _safe(row.committee or ""),
            "" if row.words is None else row.words, "" if row.reading_grade is None else row.reading_grade,
            row.errors, row.warnings, row.info, row.attention, row.status, _safe("; ".join(partners)),
            *(row.by_rule.get(code, 0) for code in codes),
        ])
    writer.writerow([
        "TOTAL", "", "", sum(r.words or 0 for r in report.rows), "",
        *(sum(getattr(r, key) for r in report.rows) for key in ("errors", "warnings", "info")),
        "", "", "", *(rule.findings for rule in report.rules),
    ])
    return out.getvalue()


def _safe(value: str) -> str:
    """A cell a spreadsheet will not run as a formula (text from a paper or a file name)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
