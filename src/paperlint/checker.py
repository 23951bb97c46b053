"""The one pipeline behind `check`, `facts` and `stats`: find papers, read them, analyse them,
run the rules, and collect one result per paper.

Each paper is judged by its own configuration (rules, `fail-on`), found by walking up from
it. Papers are checked in worker processes when there are several (`--jobs`); results come
back in the order the papers were named. A content-hash cache (paperlint.cache) skips papers
that have not changed since the last run with the same configuration. Every paper has a
time and memory budget (`paperlint.budget`); one that exceeds it is reported, and the run
goes on.
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from paperlint.analysis.stats import paper_stats
from paperlint.budget import paper_budget, worker_memory_limit
from paperlint.cache import ResultCache, settings_fingerprint
from paperlint.config import CONFIG_FILES, Config, cache_dir_for, find_config_file, load_config
from paperlint.context import RunContext
from paperlint.document import Document
from paperlint.engine.registry import Rule
from paperlint.engine.runner import run_rules
from paperlint.errors import BudgetExceeded, InputError, PaperlintError
from paperlint.findings import Finding
from paperlint.grammar import GrammarService
from paperlint.profiles import profile_for
from paperlint.readers import SUFFIXES, format_for, load_bytes, read_bytes
from paperlint.results import FileResult
from paperlint.settings import Settings, settings_for_file

STDIN = "-"
# Fewer papers than this are checked in this process: starting workers would cost more.
PARALLEL_FROM = 4


@dataclass(frozen=True)
class RunOptions:
    """What the command line says about a run; None or empty means "as the config says"."""

    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    min_severity: str | None = None
    paper_date: str | None = None
    profile: str | None = None
    online: bool = False
    cache_dir: str | None = None
    grammar: str | None = None
    languagetool_url: str | None = None
    config_file: str | None = None
    stdin_filename: str | None = None
    jobs: int | None = None
    use_cache: bool = True
    shard: tuple[int, int] | None = None  # (K, N): check only shard K of N (paperlint.shard)
    use_daemon: bool = True  # False: --no-daemon (paperlint.daemon)

    def overrides(self) -> tuple[tuple[str, Any], ...]:
        """The config keys this run overrides, as a hashable key for `settings_for_file`."""
        values = {
            "select": self.select, "extend_select": self.extend_select, "ignore": self.ignore,
            "fail_on": self.fail_on, "min_severity": self.min_severity,
            "override_date": self.paper_date, "profile": self.profile,
            "online": self.online or None,
            # relative to where the command runs, not to a config file
            "cache_dir": os.path.abspath(self.cache_dir) if self.cache_dir else None,
            "grammar": self.grammar, "languagetool_url": self.languagetool_url,
        }
        return tuple(sorted((k, v) for k, v in values.items() if v not in (None, ())))

    def settings_for(self, path: str) -> Settings:
        """The resolved configuration of one paper: --config, else the file found above it."""
        if self.config_file:
            config_path: Path | None = Path(self.config_file)
        else:
            config_path = find_config_file(Path(path if path != STDIN else "."))
        return settings_for_file(config_path, self.overrides())

    def run_config(self) -> Config:
        """The configuration of the run as a whole (output format, jobs, cache): --config,
        else the config of the folder the command runs in, never one paper's."""
        return load_config(Path(self.config_file) if self.config_file else find_config_file(Path.cwd()))


@dataclass(frozen=True)
class Discovery:
    """The papers to check, and the files found in folders that are not papers, with why."""

    papers: list[str]
    skipped: list[tuple[str, str]]


def discover(paths: list[str]) -> Discovery:
    """Papers named on the command line, and papers found under named folders (hidden files
    and folders are not looked at). A named path that is missing, or a folder without
    papers, stays a paper to check, so its reader reports it and the run counts it."""
    found = Discovery([], [])
    for path in paths:
        papers = _papers_in(path, found.skipped) if os.path.isdir(path) else []
        found.papers.extend(papers or [path])
    return found


def _papers_in(folder: str, skipped: list[tuple[str, str]]) -> list[str]:
    found = []
    for directory, subfolders, files in os.walk(folder):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(directory, name)
            if name.startswith(".") or name in CONFIG_FILES:
                continue
            if name.startswith("~$"):
                skipped.append((path, "a Word lock file, not a paper"))
            elif Path(name).suffix.lower() in SUFFIXES:
                found.append(path)
            else:
                skipped.append((path, f"not a paper format paperlint reads ({', '.join(sorted(SUFFIXES))})"))
    return found


def read_paper(path: str, settings: Settings, stdin_filename: str | None = None) -> Document:
    """One paper (or stdin) as a Document; InputError when it cannot be read."""
    if path == STDIN:
        name = stdin_filename or "stdin.txt"
        return read_bytes(sys.stdin.buffer.read(), name, format_for(name))
    data = load_bytes(path, settings.config.max_file_size_mb * 1024 * 1024)
    return read_bytes(data, path, format_for(path))


def check_path(
    path: str,
    settings: Settings,
    grammar: GrammarService | None = None,
    stdin_filename: str | None = None,
    use_cache: bool = False,
) -> FileResult:
    """Read one paper (or stdin) and run the rules of `settings` on it, within its budget;
    with `use_cache`, reuse the result of an unchanged paper and store a new one."""
    started = time.perf_counter()
    name = (stdin_filename or "stdin.txt") if path == STDIN else path
    try:
        if path == STDIN:
            document = read_paper(path, settings, stdin_filename)
            cache = key = None
        else:
            data = load_bytes(path, settings.config.max_file_size_mb * 1024 * 1024)
            cache, key = _cache_entry(path, data, settings, grammar) if use_cache else (None, None)
            cached = cache.get(key) if cache and key else None
            if cached is not None:
                return _from_cache(name, cached, settings, started)
            document = read_bytes(data, name, format_for(path))
    except InputError as error:
        return FileResult(name if path != STDIN else (stdin_filename or STDIN), error=str(error),
                          fail_on=settings.fail_on)
    result = _run_rules(document, settings, grammar, {"read": time.perf_counter() - started})
    if cache is not None and key is not None and not result.error and not result.notes:
        cache.put(key, document, result.findings, result.stats)
    result.findings = _shown(result.findings, settings)
    return result


def check_document(document: Document, settings: Settings, grammar: GrammarService | None = None) -> FileResult:
    """Run the rules of `settings` on a paper already read (`paperlint serve` re-checks edits so)."""
    result = _run_rules(document, settings, grammar, {})
    result.findings = _shown(result.findings, settings)
    return result


def _run_rules(document: Document, settings: Settings, grammar: GrammarService | None,
               timings: dict[str, float]) -> FileResult:
    """Every finding of the rules of `settings` on `document`, within its budget, unfiltered."""
    from paperlint.grammar import shared_service

    fail_on = settings.fail_on
    ctx = RunContext(settings.config, grammar or shared_service())
    rules = settings.rules_for(document.path)
    if any("grammar" in rule.needs for rule in rules):
        ctx.grammar.prefetch(document, ctx.config)  # the engines run while the rules load and run
    warm_up(rules)
    failures: list[str] = []
    try:
        with paper_budget(settings.config.time_budget):
            findings = run_rules(document, rules, ctx, timings, None if os.environ.get("PAPERLINT_DEBUG") else failures)
            stats = paper_stats(document, profile_for(settings.config))
    except (PaperlintError, BudgetExceeded, MemoryError) as error:
        reason = "stopped: the paper exceeded its memory budget" if isinstance(error, MemoryError) else str(error)
        return FileResult(document.path, document, error=reason, timings=timings, fail_on=fail_on)
    finally:
        document.cache.clear()  # the rules' analyses (parses, engine matches) are done with
    return FileResult(document.path, document, findings, notes=failures, timings=timings, stats=stats,
                      fail_on=fail_on)


def warm_up(rules: list[Rule]) -> None:
    """Load, once per process and before any paper's budget starts, what these rules need:
    their check modules, the readability tables and, for rules that parse, the spaCy
    pipeline. A budget that ran out inside an import would leave the module half-made."""
    checks = tuple(sorted({rule.params.check for rule in rules if rule.kind.name == "python"}))
    _load(checks, any("parse" in rule.needs for rule in rules))


@lru_cache(maxsize=16)
def _load(checks: tuple[str, ...], parse: bool) -> None:
    """Load with the garbage collector paused, then freeze what is loaded: the tables and the
    pipeline (a quarter of a million objects) made it walk them five times, about 0.4 s of a
    one-paper run, and every later full collection, in this process and in forked workers,
    would walk them again (and copy their pages). Loading leaves almost no garbage to keep; a
    process that loads again (the daemon, for other rules) collects first, so as to freeze no
    garbage of its earlier work."""
    from paperlint.analysis.readability import load_tables
    from paperlint.engine.registry import resolve_callable

    thresholds = gc.get_threshold()
    gc.set_threshold(0)  # paused even where a library enables the collector (srsly, loading spaCy's model)
    try:
        for check in checks:
            resolve_callable(check, "python rule")
        load_tables()
        if parse:
            from paperlint.analysis.parse import load_pipeline

            load_pipeline()
    finally:
        gc.set_threshold(*thresholds)
    if gc.get_freeze_count():
        gc.collect()
    gc.freeze()


def _cache_entry(path: str, data: bytes, settings: Settings, grammar: GrammarService | None) -> tuple[ResultCache, str]:
    cache = ResultCache(cache_dir_for(settings.config))
    return cache, cache.key(path, data, settings_fingerprint(settings, grammar))


def _cached(path: str, settings: Settings, grammar: GrammarService | None) -> FileResult | None:
    """The stored result of an unchanged paper, or None (also for any paper that cannot be read)."""
    if path == STDIN:
        return None
    try:
        data = load_bytes(path, settings.config.max_file_size_mb * 1024 * 1024)
    except InputError:
        return None
    started = time.perf_counter()
    cache, key = _cache_entry(path, data, settings, grammar)
    cached = cache.get(key)
    return None if cached is None else _from_cache(path, cached, settings, started)


def _from_cache(path: str, cached: tuple, settings: Settings, started: float) -> FileResult:
    """A stored result, under the path this run names the paper by (relative or absolute)."""
    document, findings, stats = cached
    document.path = path
    findings = [dataclasses.replace(f, path=path) for f in _shown(findings, settings)]
    return FileResult(path, document, findings, timings={"cache": time.perf_counter() - started}, stats=stats,
                      fail_on=settings.fail_on)


def _shown(findings: list[Finding], settings: Settings) -> list[Finding]:
    return [f for f in findings if f.severity >= settings.min_severity]


def needs_grammar(settings: Settings) -> bool:
    return any("grammar" in rule.needs for rule in settings.rules)


def check_paths(paths: list[str], options: RunOptions, grammar: GrammarService, jobs: int = 1) -> Iterator[FileResult]:
    """Check every paper not excluded by its config, unchanged ones from the cache, the others
    in worker processes when there are several and `jobs` > 1; yields results in the order
    of `paths`."""
    tasks = [
        (path, settings)
        for path in paths
        if (settings := options.settings_for(path)) and (path == STDIN or not settings.excluded(path))
    ]
    hits = [_cached(path, settings, grammar) if options.use_cache else None for path, settings in tasks]
    misses = [task for task, hit in zip(tasks, hits) if hit is None]
    checked = _check_all(misses, options, grammar, jobs)
    for hit in hits:
        yield hit if hit is not None else next(checked)


def _check_all(tasks: list[tuple[str, Settings]], options: RunOptions, grammar: GrammarService,
               jobs: int) -> Iterator[FileResult]:
    if jobs < 2 or len(tasks) < PARALLEL_FROM:
        for path, settings in tasks:
            yield check_path(path, settings, grammar, options.stdin_filename, options.use_cache)
        return
    grammar_config = next((settings.config for _, settings in tasks if needs_grammar(settings)), None)
    url = grammar.start_shared_server(grammar_config) if grammar_config else None
    failed = grammar_config is not None and grammar.session(grammar_config).failed
    memory = max(settings.config.memory_budget_mb for _, settings in tasks)
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    if context.get_start_method() == "fork":  # loaded once here, shared by every forked worker
        for settings in {id(settings): settings for _, settings in tasks}.values():
            warm_up(list(settings.rules))
        if grammar_config is not None:
            _warm_harper(grammar, grammar_config)
    work = [(path, options) for path, _ in tasks]
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                             initargs=(url, failed, memory)) as pool:
        yield from pool.map(_check_in_worker, work, chunksize=max(1, min(16, len(work) // (jobs * 4))))


def _warm_harper(grammar: GrammarService, config: Any) -> None:
    """Load Harper before the workers fork, so that they share it instead of each loading it."""
    from paperlint.grammar import HARPER, harper_engine
    from paperlint.grammar.vocabulary import vocabulary

    if HARPER in grammar.session(config).engines:
        harper_engine.warm(vocabulary(config).accepted_words)


# A worker process's own grammar service, talking to the parent's LanguageTool server.
_worker_grammar: GrammarService | None = None
# Ctrl-C in a worker: it stops the paper being checked and every later one. Between papers
# (waiting for one, sending a result back) it is only remembered, so that the worker never
# dies of it and leaves its pool broken; the parent reports the interruption.
_worker_checking = False
_worker_stopping = False


def _start_worker(languagetool_url: str | None, languagetool_failed: bool, memory_budget_mb: int) -> None:
    global _worker_grammar
    _worker_grammar = GrammarService(languagetool_url, languagetool_failed)
    worker_memory_limit(memory_budget_mb)
    signal.signal(signal.SIGINT, _ctrl_c_in_worker)


def _ctrl_c_in_worker(signum, frame) -> None:
    global _worker_stopping
    _worker_stopping = True
    if _worker_checking:
        raise KeyboardInterrupt


def _check_in_worker(task: tuple[str, RunOptions]) -> FileResult:
    global _worker_checking
    path, options = task
    _worker_checking = True
    try:
        if _worker_stopping:
            raise KeyboardInterrupt
        result = check_path(path, options.settings_for(path), _worker_grammar, use_cache=options.use_cache)
    finally:
        _worker_checking = False
    from paperlint.facts import online_notes

    if _worker_grammar is not None:
        result.notes.extend(_worker_grammar.take_notes())
    result.notes.extend(online_notes())
    return result
