"""The chair's triage as text (`paperlint check DIR --summary`): one row per paper, totals
per rule, and the papers that share passages or are copies (paperlint.triage)."""

from __future__ import annotations

from paperlint.copies import Copies, CopyPair, Passage
from paperlint.reporters import short_names
from paperlint.triage import Triage, triage

_COLUMNS = ("paper", "country", "committee", "words", "grade", "errors", "warnings", "attention", "status")
_NUMERIC = {"words", "grade", "errors", "warnings", "attention"}
_WIDEST = 32
_EXCERPT_WORDS = 10


def render(results) -> str:
    report = triage(results)
    lines = _table(report, results)
    lines += ["", "Findings per rule:"] + _rule_lines(report) if report.rules else ["", "No findings."]
    lines += copies_lines(report.copies, results, short_names)
    return "\n".join(lines) + "\n"


def _cut(value: str) -> str:
    return value if len(value) <= _WIDEST else value[:_WIDEST - 1] + "…"


def _table(report: Triage, results) -> list[str]:
    names = dict(zip([r.path for r in results], short_names([r.path for r in results])))
    cells = [list(_COLUMNS)]
    for row in report.rows:
        grade = "" if row.reading_grade is None else f"{row.reading_grade:g}"
        cells.append([
            names[row.path], _cut(row.country or ""), _cut(row.committee or ""),
            "" if row.words is None else str(row.words), grade, str(row.errors), str(row.warnings),
            str(row.attention), row.status,
        ])
    widths = [max(len(line[i]) for line in cells) for i in range(len(_COLUMNS))]
    return [
        "  ".join(cell.rjust(w) if name in _NUMERIC else cell.ljust(w) for cell, w, name in zip(line, widths, _COLUMNS)).rstrip()
        for line in cells
    ]


def _rule_lines(report: Triage) -> list[str]:
    width = max(len(rule.name) for rule in report.rules)
    return [
        f"  {rule.code}  {rule.name.ljust(width)}  {rule.severity:<7}  "
        f"{rule.findings:>5} in {rule.papers} paper{'s' if rule.papers != 1 else ''}"
        for rule in report.rules
    ]


def copies_lines(copies: Copies, results, shorten=list) -> list[str]:
    """The pairs of papers that share passages, each passage where it is in both, and groups;
    papers named by `shorten` (paths to names)."""
    if not copies.pairs:
        return []
    documents = {r.path: r.document for r in results if r.document is not None}
    name = dict(zip(documents, shorten(list(documents))))
    lines = ["", f"Copies across papers: {len(copies.pairs)} pair{'s' if len(copies.pairs) != 1 else ''}"]
    for pair in copies.pairs:
        lines.append(f"  {name[pair.first]} and {name[pair.second]}: {describe_pair(pair)}")
        for passage in pair.passages:
            lines.append(
                f"    {_place(documents[pair.first], passage.first)} = {_place(documents[pair.second], passage.second)}"
                f" ({passage.words} words{'' if passage.exact else ', a few changed'}): "
                f"{excerpt(documents[pair.first].text, passage)}"
            )
    for group in copies.groups:
        lines.append(
            f"  {len(group)} papers linked by shared text (one source, such as a web page): {', '.join(name[p] for p in group)}"
        )
    return lines


def describe_pair(pair: CopyPair) -> str:
    kind = "copy" if pair.is_copy else "shared passages"
    passages = len(pair.passages)
    return (f"{kind}, resemblance {pair.resemblance:.0%}, {pair.shared_words} shared words"
            f" in {passages} passage{'s' if passages != 1 else ''}")


def _place(document, span: tuple[int, int]) -> str:
    first, last = document.locate(span[0]).line, document.locate(max(span[0], span[1] - 1)).line
    return f"lines {first}–{last}" if last != first else f"line {first}"


def excerpt(text: str, passage: Passage) -> str:
    """The passage's first and last words, on one line."""
    words = text[passage.first[0]:passage.first[1]].split()
    if len(words) <= 2 * _EXCERPT_WORDS:
        return "“" + " ".join(words) + "”"
    return "“" + " ".join(words[:_EXCERPT_WORDS]) + " … " + " ".join(words[-_EXCERPT_WORDS:]) + "”"
