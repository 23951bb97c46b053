"""The commands as functions of typed options: what `paperlint check`, `facts` and `stats` do,
with the command line's parsing left to paperlint.cli. Each returns the exit code.

Exit codes: 0 no paper fails its own `fail-on`; 1 some paper does; 2 a usage, config or
input error. With --diff: 0 nothing to fix, 1 the diff is not empty, 2 an error.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import click

from paperlint.checker import RunOptions, check_path, check_paths, discover, read_paper
from paperlint.daemon import DaemonClient, client_for
from paperlint.errors import InputError, PaperlintError, ctrl_c_pressed, fail, note
from paperlint.fix import FixOutcome, fix_paper
from paperlint.grammar import GrammarService
from paperlint.output import write_atomically
from paperlint.progress import HUMAN_FORMATS, print_summary, track
from paperlint.results import FAILS, FileResult
from paperlint.shard import papers_in_shard

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
# Notes about the run as a whole (said once), not about one paper.
RUN_NOTES = ("grammar:", "online:")


@dataclass(frozen=True)
class ReportOptions:
    """What to do with the results: the report's format and file, fixes, an annotated copy."""

    output_format: str | None = None
    output_file: str | None = None
    timings_file: str | None = None
    fix: bool = False
    show_diff: bool = False
    annotate_path: str | None = None
    fix_output: str | None = None  # a new .docx: the safe fixes as tracked changes, the rest as comments
    summary: bool = False  # the chair's triage table instead of each finding (text formats)


def run_check(paths: list[str], options: RunOptions, report: ReportOptions) -> int:
    """`paperlint check`: every paper judged by its own config; the run's output options
    from the command line or the config of the folder the command runs in."""
    run_config = options.run_config()
    chosen, render = report_format(report, run_config)
    found = discover(paths or ["."])
    chosen, render, report = _triage_and_fix_output(chosen, render, report, found.papers)
    for path, reason in found.skipped:
        note(f"{path}: skipped: {reason}")
    papers = papers_in_shard(found.papers, options.shard)
    use_cache = run_config.cache and options.use_cache and not report.fix
    options = dataclasses.replace(options, use_cache=use_cache)
    jobs = options.jobs or run_config.jobs or os.cpu_count() or 1
    grammar = GrammarService()
    daemon = client_for(papers, options, run_config.daemon_idle_minutes, run_config.daemon)
    try:
        with ctrl_c_kept() as pressed:
            results, fixes = _check_and_fix(papers, options, report, grammar, jobs, daemon, pressed)
        errors = any(r.error for r in results)
        if report.show_diff:
            click.echo("".join(f.diff for f in fixes), nl=False, color=False)
            return EXIT_ERROR if errors else EXIT_FINDINGS if any(f.diff for f in fixes) else EXIT_CLEAN
        write_report(results, chosen, render, report, grammar, daemon)
    finally:
        grammar.close()
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if any(r.status == FAILS for r in results) else EXIT_CLEAN


@contextmanager
def ctrl_c_kept() -> Iterator[threading.Event]:
    """Ctrl-C raises KeyboardInterrupt as always, and is also remembered: one that lands in a
    finalizer, where Python would print a traceback and drop it, is kept quiet and still stops
    the run at the next paper. Only in the main thread, and only where Ctrl-C is not ignored."""
    ctrl_c_pressed.clear()
    in_main = threading.current_thread() is threading.main_thread()
    if not in_main or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield ctrl_c_pressed
        return

    def remember(signum, frame):
        ctrl_c_pressed.set()
        raise KeyboardInterrupt

    def unraisable(report) -> None:
        if not isinstance(report.exc_value, KeyboardInterrupt):
            default_unraisable(report)

    default_unraisable = sys.unraisablehook
    signal.signal(signal.SIGINT, remember)
    sys.unraisablehook = unraisable
    try:
        yield ctrl_c_pressed
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        sys.unraisablehook = default_unraisable


def report_format(report: ReportOptions, run_config) -> tuple[str, Callable[[list[FileResult]], str]]:
    """The report's format (--output-format, else the run's config, else full) and its renderer."""
    from paperlint.reporters import formats

    chosen = report.output_format or run_config.output_format or "full"
    renderers = formats()
    if chosen not in renderers:
        raise click.BadParameter(f"{chosen!r} is not one of {', '.join(sorted(renderers))}", param_hint="--output-format")
    return chosen, renderers[chosen]


def _triage_and_fix_output(chosen: str, render, report: ReportOptions, papers: list[str]):
    """--summary: the triage table for the text formats (csv and html always have it).
    --fix-output: checked before any paper is read; the fixes go to that copy, never in place."""
    if report.summary and chosen not in ("csv", "html"):
        if chosen not in HUMAN_FORMATS:
            raise click.BadParameter("the triage table is text: use it with full, concise, csv or html", param_hint="--summary")
        from paperlint.reporters._summary import render

        chosen = "summary"
    if report.fix_output:
        from paperlint.annotate import check_output_path

        if report.show_diff:
            raise click.BadParameter("--fix-output writes the fixes to a copy; --diff writes nothing", param_hint="--fix-output")
        check_output_path(report.fix_output, papers, "--fix-output")
        report = dataclasses.replace(report, fix=False)
    return chosen, render, report


def _write_fixed_copy(results: list[FileResult], out_path: str) -> None:
    from paperlint.annotate import annotate_results

    changes, comments = annotate_results(results, out_path, fix=True)
    click.echo(f"Wrote {out_path} with {changes} tracked change{'s' if changes != 1 else ''}"
               f" and {comments} comment{'s' if comments != 1 else ''}.", err=True)


def _check_and_fix(papers: list[str], options: RunOptions, report: ReportOptions, grammar: GrammarService,
                   jobs: int, daemon: DaemonClient | None,
                   pressed: threading.Event) -> tuple[list[FileResult], list[FixOutcome]]:
    """Every paper's result, in order, checked by the daemon or here; with --fix or --diff,
    each paper's fixes too (a fixed paper is checked again)."""
    results: list[FileResult] = []
    fixes: list[FixOutcome] = []
    checked = daemon.check_paths(papers, options, grammar, jobs) if daemon else check_paths(papers, options, grammar, jobs)
    for result in track(checked, len(papers)):
        if pressed.is_set():
            raise KeyboardInterrupt
        if result.error:
            fail(f"{result.path}: {result.error}")
        if report.fix or report.show_diff:
            fixes.append(outcome := fix_paper(result, write=report.fix and not report.show_diff))
            if outcome.note:
                note(outcome.note)
            if outcome.applied and report.fix and not report.show_diff:
                result = _check_again(result.path, options, grammar, daemon)
        results.append(result)
    if pressed.is_set():
        raise KeyboardInterrupt
    if report.fix and any(not result.error for result in results):  # a paper that could not be read had nothing to fix
        applied, skipped = sum(f.applied for f in fixes), sum(f.skipped for f in fixes)
        left = f" ({skipped} overlapping or changed: run --fix again)" if skipped else ""
        click.echo(f"Fixed {applied} finding{'s' if applied != 1 else ''}{left}.", err=True)
    return results, fixes


def _check_again(path: str, options: RunOptions, grammar: GrammarService, daemon: DaemonClient | None) -> FileResult:
    """A fixed paper's new result, never from the cache."""
    if daemon is None:
        return check_path(path, options.settings_for(path), grammar, options.stdin_filename)
    return next(daemon.check_paths([path], dataclasses.replace(options, use_cache=False), grammar, 1))


def write_report(results: list[FileResult], chosen: str, render, report: ReportOptions,
                 grammar: GrammarService, daemon: DaemonClient | None = None) -> None:
    """The report of `results` on stdout (or its file), then the summary table and the notes on stderr."""
    if report.annotate_path:
        from paperlint.annotate import annotate_results

        _, comments = annotate_results(results, report.annotate_path)
        click.echo(f"Wrote {report.annotate_path} with {comments} comment{'s' if comments != 1 else ''}.", err=True)
    if report.fix_output:
        _write_fixed_copy(results, report.fix_output)
    started = time.perf_counter()
    text = render(results)
    if report.timings_file:
        _write_timings(report.timings_file, results, time.perf_counter() - started)
    if report.output_file:
        write_atomically(report.output_file, text.encode("utf-8"))
    else:
        click.echo(text, nl=False, color=None if chosen == "full" else False)
    print_summary(results, chosen)
    engines = grammar.describe() + (daemon.engine_lines if daemon else [])
    lines = engines if chosen == "full" else []
    if daemon is None:
        from paperlint.facts import online_notes

        lines += grammar.notes() + online_notes()
    else:
        lines += grammar.notes() + daemon.run_notes
    lines += [n if n.startswith(RUN_NOTES) else f"{r.path}: {n}" for r in results for n in r.notes]
    for line in dict.fromkeys(lines):
        note(line)


def _write_timings(path: str, results: list[FileResult], report_seconds: float) -> None:
    """Seconds per stage over the whole run: read, rules, grammar, readability, facts, report."""
    stages: dict[str, float] = {}
    for result in results:
        for stage, seconds in result.timings.items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    stages["report"] = report_seconds
    payload = {"papers": len(results), "stages": {k: round(v, 4) for k, v in stages.items()}}
    write_atomically(path, (json.dumps(payload, indent=2) + "\n").encode("utf-8"))


def run_facts(path: str, options: RunOptions, fmt: str) -> int:
    """`paperlint facts`: the paper's claims with their verdicts, read and dated as `check` does."""
    from paperlint.context import RunContext
    from paperlint.facts import CONTRADICTED
    from paperlint.facts.report import checklist_json, checklist_text

    settings = options.settings_for(path)
    try:
        document = read_paper(path, settings)
    except InputError as error:
        raise PaperlintError(f"{path}: {error}") from None
    checked = RunContext(settings.config, GrammarService()).checked_claims(document)
    click.echo(checklist_json(document, checked) if fmt == "json" else checklist_text(document, checked), nl=False)
    return EXIT_FINDINGS if any(item.verdict.status == CONTRADICTED for item in checked) else EXIT_CLEAN


def run_stats(paths: list[str], options: RunOptions, fmt: str) -> int:
    """`paperlint stats`: readability and structure figures, from the same reading as `check`."""
    from paperlint.analysis.stats import paper_stats
    from paperlint.profiles import profile_for
    from paperlint.reporters.stats import (
        paper_tables,
        render_plain,
        render_rich,
        summary_table,
    )

    found = discover(paths)
    for path, reason in found.skipped:
        note(f"{path}: skipped: {reason}")
    stats_by_path, failed = {}, False
    for path in found.papers:
        try:
            document = read_paper(path, options.settings_for(path))
        except InputError as error:
            fail(f"{path}: {error}")
            failed = True
            continue
        stats_by_path[path] = paper_stats(document, profile_for(options.settings_for(path).config))
    if fmt == "json":
        click.echo(json.dumps({path: stats.to_dict() for path, stats in stats_by_path.items()}, ensure_ascii=False, indent=2))
    elif stats_by_path:
        tables = (
            [summary_table(stats_by_path)] if len(stats_by_path) > 1
            else paper_tables(*next(iter(stats_by_path.items())))
        )
        if sys.stdout.isatty():
            from rich.console import Console

            render_rich(tables, Console())
        else:
            click.echo(render_plain(tables), nl=False)
    return EXIT_ERROR if failed else EXIT_CLEAN
