"""Directory runs: a progress bar while papers are checked, then a summary table.

The bar shows only when stderr is a terminal and there is more than one paper; the table
(findings by severity, reading grade and status per paper) goes to stderr after the report of
a run over several papers in a human format, so stdout stays the report. On a terminal the
table fits the window; in a log (CI, pre-commit, a redirect) it is drawn at its full width,
so no header or name is cut.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from paperlint.analysis.stats import reading_grade
from paperlint.findings import severity_counts
from paperlint.reporters import short_names
from paperlint.results import FAILS, NOT_READ, PASSES

HUMAN_FORMATS = ("full", "concise")


def track(results: Iterable, total: int) -> Iterator:
    """Yield `results` as they come, drawing a progress bar on a terminal meanwhile."""
    if total < 2 or not sys.stderr.isatty():
        yield from results
        return
    with Progress(
        TextColumn("[bold]Checking[/bold] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("", total=total)
        for result in results:
            bar.update(task, description=os.path.basename(result.path))
            yield result
            bar.advance(task)


# Each paper's status (FileResult.status: by its own fail-on), coloured on a terminal.
_STATUS_STYLES = {NOT_READ: "red", FAILS: "red", PASSES: "green"}


def summary_table(results) -> Table:
    table = Table(title="paperlint summary", title_justify="left")
    table.add_column("paper", no_wrap=True)
    for name, style in (("errors", "red"), ("warnings", "yellow"), ("info", "blue")):
        table.add_column(name, justify="right", style=style)
    table.add_column("reading grade", justify="right")
    table.add_column("status")
    totals = {"error": 0, "warning": 0, "info": 0}
    names = short_names([r.path for r in results])
    for r, name in zip(results, names):
        counts = severity_counts(r.findings)
        for key in totals:
            totals[key] += counts[key]
        grade = reading_grade(r.stats)
        table.add_row(name, *(str(counts[k]) for k in totals), "" if grade is None else f"{grade:g}",
                      f"[{_STATUS_STYLES[r.status]}]{r.status}[/]")
    table.add_section()
    table.add_row(f"{len(results)} papers", *(str(n) for n in totals.values()), "", "", style="bold")
    return table


def print_summary(results, output_format: str) -> None:
    """The summary table on stderr, after a human-format report over several papers."""
    if len(results) > 1 and output_format in HUMAN_FORMATS:
        table = summary_table(results)
        console = Console(stderr=True)
        if not console.is_terminal:
            # A log has no window to fit: draw the table at its natural width, never squeezed.
            natural = console.measure(table, options=console.options.update_width(10_000)).maximum
            console = Console(stderr=True, width=max(natural, 80))
        console.print(table)
