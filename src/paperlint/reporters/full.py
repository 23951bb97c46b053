"""full: each finding as a compiler shows it, with the source line, a caret and the fix."""

from __future__ import annotations

import textwrap

import click

from paperlint.analysis.stats import PaperStats
from paperlint.reporters import describe_suggestion, source_place, summary, where

_WIDTH = 100
_SEVERITY_COLOUR = {"error": "red", "warning": "yellow", "info": "blue"}


def render(results) -> str:
    out: list[str] = []
    for result in results:
        for finding in result.findings:
            out.extend(_finding(result.document, finding))
            out.append("")
        if result.stats:
            out.extend(_figures(result.path, result.stats))
            out.append("")
    out.extend(_copies(results))
    out.append(_summary_line(results))
    return "\n".join(out) + "\n"


def _copies(results) -> list[str]:
    """For several papers, the pairs that share text (paperlint.copies), then a blank line."""
    readable = [r.document for r in results if r.document is not None and not r.error]
    if len(readable) < 2:
        return []
    from paperlint.copies import find_copies
    from paperlint.reporters import short_names
    from paperlint.reporters._summary import copies_lines

    lines = copies_lines(find_copies(readable), results, short_names)[1:]
    return [click.style(lines[0], bold=True), *lines[1:], ""] if lines else []


def _figures(path: str, stats: PaperStats) -> list[str]:
    """The paper's readability figures and structure checklist (`paperlint stats` has more)."""
    scores, lengths, items = stats.scores, stats.sentence_lengths, stats.structure.items
    missing = [item.label for item in items if not item.ok]
    checklist = f"{len(items) - len(missing)} of {len(items)} present" + (
        f"; missing: {', '.join(missing)}" if missing else ""
    )
    lines = [
        f"{scores.words} words, {scores.sentences} sentences (mean {lengths.mean:g} words,"
        f" longest {lengths.longest}); Flesch–Kincaid grade {round(scores.flesch_kincaid_grade, 2):g},"
        f" reading ease {round(scores.flesch_reading_ease, 2):g}, Gunning fog {round(scores.gunning_fog, 2):g},"
        f" SMOG {round(scores.smog_index, 2):g}, Dale–Chall {round(scores.dale_chall, 2):g}",
        f"structure ({stats.structure.profile} profile): {checklist}",
    ]
    wrapped = [textwrap.fill(line, _WIDTH, initial_indent="  ", subsequent_indent="    ") for line in lines]
    return [click.style(f"{path}: figures", bold=True), *wrapped]


def _finding(document, f) -> list[str]:
    colour = _SEVERITY_COLOUR[str(f.severity)]
    head = (
        f"{click.style(where(f), bold=True)}: {click.style(f.code, fg=colour, bold=True)} "
        f"{click.style(str(f.severity), fg=colour)} {f.message}"
    )
    lines = [head]
    place = source_place(f)
    gutter = len(str(f.end_line)) + 1
    if place:
        lines.append(f"{' ' * gutter}--> {place} of {f.path}")
    for number in range(f.line, f.end_line + 1):
        text = document.line_text(number)
        start = f.column - 1 if number == f.line else 0
        end = f.end_column - 1 if number == f.end_line else len(text)
        if number == f.end_line and end == 0 and number != f.line:
            break
        shown, start, end = _window(text, start, max(end, start + 1))
        lines.append(f"{str(number).rjust(gutter)} | {shown}")
        lines.append(f"{' ' * gutter} | {' ' * start}{click.style('^' * (end - start), fg=colour)}")
    for suggestion in f.suggestions:
        lines.append(f"{' ' * gutter} = suggestion: {describe_suggestion(f, suggestion)}")
    for detail in f.details:
        lines.append(f"{' ' * gutter} = note: {detail}")
    lines.append(f"{' ' * gutter} = help: paperlint rule {f.code}")
    return lines


def _window(text: str, start: int, end: int) -> tuple[str, int, int]:
    """Cut a long line to about `_WIDTH` characters around the span."""
    if len(text) <= _WIDTH:
        return text, start, min(end, len(text) + 1)
    end = min(end, start + _WIDTH - 30)  # a long span: underline its beginning
    left = max(0, start - 30)
    right = min(len(text), max(end + 30, left + _WIDTH))
    prefix = "…" if left else ""
    suffix = "…" if right < len(text) else ""
    shown = prefix + text[left:right] + suffix
    offset = len(prefix) - left
    return shown, start + offset, min(end, right) + offset


def _summary_line(results) -> str:
    counts = summary(results)
    read = counts["files"] - counts["files_with_errors"]
    papers = f"{read} paper" + ("s" if read != 1 else "")
    if not counts["findings"]:
        text = f"No findings in {papers}."
    else:
        parts = ", ".join(f"{n} {s}{'s' if n != 1 and s != 'info' else ''}" for s, n in counts["by_severity"].items() if n)
        noun = "finding" if counts["findings"] == 1 else "findings"
        text = f"Found {counts['findings']} {noun} ({parts}) in {papers}."
    if counts["files_with_errors"]:
        text += f" {counts['files_with_errors']} could not be read."
    return click.style(text, bold=True)
