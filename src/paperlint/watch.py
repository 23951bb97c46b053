"""`paperlint check --watch`: re-check papers each time they are saved, with the engines warm.

The papers are checked once, then again whenever one of them is written: an editor's save in
place or by rename (write a temporary file, rename it over the paper), a paper deleted and
made again, a new paper in a watched folder; every paper when a config file in a watched folder
is saved (a config elsewhere counts from the next save). Only the changed papers' report is printed, on a
cleared screen when stdout is a terminal. Every paper is checked in this process, so the
LanguageTool server, Harper and spaCy load once and stay warm; Ctrl-C stops it (exit 0) and
stops LanguageTool. A paper that cannot be read is one line, and the watch goes on.

Files are watched through their folder (watchfiles, inotify on Linux), since a save by
rename replaces the file that a watch on the file itself would follow.
"""

from __future__ import annotations

import dataclasses
import os
import queue
import sys
import threading
from dataclasses import dataclass, field

import click

from paperlint.app import EXIT_CLEAN, ReportOptions, ctrl_c_kept, report_format, write_report
from paperlint.checker import STDIN, RunOptions, check_paths, discover
from paperlint.config import CONFIG_FILES
from paperlint.errors import fail, note
from paperlint.grammar import GrammarService
from paperlint.results import FileResult
from paperlint.settings import settings_for_file

# The watcher wakes this often when nothing changes; its first wake starts the first check,
# so no save made after the watch began is missed.
WAKE_MS = 500
# A save is complete once nothing has changed for this long; changes over at most GROUP_MS
# make one re-check (an editor's save is several writes and a rename).
QUIET_MS = 100
GROUP_MS = 1600
# What --watch cannot be combined with: it prints a report for each save, and writes nothing.
NOT_WITH_WATCH = {"fix": "--fix", "show_diff": "--diff", "fix_output": "--fix-output", "annotate_path": "--annotate",
                  "output_file": "--output-file", "timings_file": "--timings", "summary": "--summary"}


@dataclass
class WatchControl:
    """How a caller (a test) drives a watch: `ready` is set once the first check is reported,
    each re-check's results are put on `rechecked`, and the watch ends when `stop` is set or
    after `max_rechecks` re-checks."""

    stop: threading.Event = field(default_factory=threading.Event)
    ready: threading.Event = field(default_factory=threading.Event)
    rechecked: queue.Queue = field(default_factory=queue.Queue)
    max_rechecks: int | None = None


def run_watch(paths: list[str], options: RunOptions, report: ReportOptions, control: WatchControl | None = None) -> int:
    """`paperlint check --watch PATH...`: check, then re-check each saved paper until Ctrl-C."""
    control = control or WatchControl()
    paths = paths or ["."]
    _refuse_options(paths, options, report)
    chosen, render = report_format(report, options.run_config())
    folders, recursive = _watched_folders(paths)
    options = dataclasses.replace(options, jobs=1)  # in this process, where the engines stay warm
    grammar = GrammarService(long_running=True)
    with ctrl_c_kept() as pressed:
        return _watch(paths, folders, recursive, options, chosen, render, report, grammar, control,
                      _EitherSet(control.stop, pressed))


class _EitherSet:
    """Set when any of its events is: the caller's stop, or a Ctrl-C whose KeyboardInterrupt may
    have been lost (raised in a finalizer), so the watch still ends at the next wake."""

    def __init__(self, *events: threading.Event):
        self._events = events

    def is_set(self) -> bool:
        return any(event.is_set() for event in self._events)


def _watch(paths: list[str], folders: list[str], recursive: bool, options: RunOptions, chosen: str, render,
           report: ReportOptions, grammar: GrammarService, control: WatchControl, stop: _EitherSet) -> int:
    """The first check, then a re-check of the papers each save touches, until `stop` is set or Ctrl-C."""
    import watchfiles

    known: set[str] = set()
    rechecks = 0
    try:
        for changes in watchfiles.watch(*folders, watch_filter=None, debounce=GROUP_MS, step=QUIET_MS,
                                        stop_event=stop, rust_timeout=WAKE_MS, yield_on_timeout=True,
                                        raise_interrupt=True, recursive=recursive):
            papers = discover(paths).papers
            if not control.ready.is_set():
                _check_and_report(papers, options, chosen, render, report, grammar, clear=False)
                known = _existing(papers)
                _say_watching(paths)
                control.ready.set()
                continue
            changed = {os.path.abspath(path) for _, path in changes}
            settings_for_file.cache_clear()  # a config edited meanwhile counts from this check on
            config_saved = any(os.path.basename(path) in CONFIG_FILES for path in changed)
            touched = [p for p in papers if (config_saved or os.path.abspath(p) in changed) and os.path.isfile(p)]
            removed = tuple(sorted(p for p in known - _existing(papers) if os.path.abspath(p) in changed))
            known = _existing(papers)
            if not touched and not removed:
                continue
            results = _check_and_report(touched, options, chosen, render, report, grammar, clear=True, removed=removed)
            control.rechecked.put(results)
            rechecks += 1
            if control.max_rechecks is not None and rechecks >= control.max_rechecks:
                break
            _say_watching(paths)
    except KeyboardInterrupt:
        pass
    finally:
        grammar.close()
        control.ready.set()  # a caller waiting for the first check is not left waiting
    return EXIT_CLEAN


def _refuse_options(paths: list[str], options: RunOptions, report: ReportOptions) -> None:
    """--watch reads saved files and prints reports: no stdin, nothing written, no shards."""
    if STDIN in paths:
        raise click.BadParameter("--watch re-checks saved files; it cannot read stdin (-)", param_hint="--watch")
    for name, option in NOT_WITH_WATCH.items():
        if getattr(report, name):
            raise click.BadParameter(f"--watch prints a report at each save; it cannot be used with {option}",
                                     param_hint="--watch")
    if options.shard:
        raise click.BadParameter("--watch re-checks the papers you save; it cannot be used with --shard",
                                 param_hint="--watch")


def _watched_folders(paths: list[str]) -> tuple[list[str], bool]:
    """The folders to watch (each named folder, and the folder of each named file, which may
    not exist yet) and whether to watch inside subfolders (when a folder is named)."""
    folders: dict[str, None] = {}
    recursive = False
    for path in paths:
        if os.path.isdir(path):
            folders[os.path.abspath(path)] = None
            recursive = True
            continue
        parent = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(parent):
            raise click.BadParameter(f"{path}: no such file or folder, and no folder {parent} to wait for it in",
                                     param_hint="--watch")
        folders[parent] = None
    return list(folders), recursive


def _existing(papers: list[str]) -> set[str]:
    return {paper for paper in papers if os.path.isfile(paper)}


def _check_and_report(papers: list[str], options: RunOptions, chosen: str, render, report: ReportOptions,
                      grammar: GrammarService, clear: bool, removed: tuple[str, ...] = ()) -> list[FileResult]:
    """Check `papers` and print their report (the screen cleared first on a terminal);
    a paper that cannot be read is one line."""
    if clear and sys.stdout.isatty():
        click.clear()
    for path in removed:
        note(f"{path}: deleted; it is checked again when it is saved")
    results = []
    for result in check_paths(papers, options, grammar):
        if result.error:
            fail(f"{result.path}: {result.error}")
        results.append(result)
    if results:
        write_report(results, chosen, render, report, grammar)
    return results


def _say_watching(paths: list[str]) -> None:
    click.echo(f"paperlint: watching {', '.join(paths)} for saves (Ctrl-C to stop)", err=True)
