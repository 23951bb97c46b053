"""markdown: a summary fit for a pull-request comment (GitHub-flavoured Markdown).

A table of findings by severity per paper, then each paper's findings in a collapsible
section. Text from papers is escaped, so a paper cannot inject markup into the comment.
"""

from __future__ import annotations

import html

from paperlint.findings import severity_counts
from paperlint.reporters import describe_suggestion, summary

# Rows shown per paper: a PR comment has a size limit (65,536 characters on GitHub).
MAX_ROWS_PER_PAPER = 50


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell: HTML-escaped, no pipes, no line breaks."""
    escaped = html.escape(" ".join(text.split()), quote=False)
    for char in "\\`*_[]|~":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def _paper_table(results) -> list[str]:
    lines = ["| paper | errors | warnings | info | status |", "| --- | ---: | ---: | ---: | --- |"]
    for r in results:
        counts = severity_counts(r.findings)
        status = f"could not be read: {cell(r.error)}" if r.error else ("clean" if not r.findings else "findings")
        lines.append(f"| {cell(r.path)} | {counts['error']} | {counts['warning']} | {counts['info']} | {status} |")
    return lines


def _findings_section(result) -> list[str]:
    shown = result.findings[:MAX_ROWS_PER_PAPER]
    lines = [
        "<details>",
        f"<summary>{html.escape(result.path)}: "
        f"{len(result.findings)} finding{'s' if len(result.findings) != 1 else ''}</summary>",
        "",
        "| line | code | severity | message | suggestion |",
        "| ---: | --- | --- | --- | --- |",
    ]
    for f in shown:
        suggestion = "; ".join(describe_suggestion(f, s) for s in f.suggestions)
        lines.append(f"| {f.line} | {f.code} | {f.severity} | {cell(f.message)} | {cell(suggestion)} |")
    if len(result.findings) > len(shown):
        lines += ["", f"… and {len(result.findings) - len(shown)} more (run paperlint locally for all of them)."]
    return lines + ["", "</details>", ""]


def render(results) -> str:
    counts = summary(results)
    papers = f"{counts['files']} paper{'s' if counts['files'] != 1 else ''}"
    if counts["findings"]:
        parts = ", ".join(f"{n} {s}" for s, n in counts["by_severity"].items() if n)
        title = f"## paperlint: {counts['findings']} findings ({parts}) in {papers}"
    else:
        title = f"## paperlint: no findings in {papers}"
    lines = [title, "", *_paper_table(results), ""]
    for r in results:
        if r.findings:
            lines += _findings_section(r)
    if counts["fixable"]:
        lines.append(f"{counts['fixable']} of these can be fixed with `paperlint check --fix` (.txt and .md papers).")
        lines.append("")
    return "\n".join(lines)
