"""Check papers: find them, read them, run the rules, and collect one result per paper.

Papers are checked in worker processes when there are several (`--jobs`); results come back
in the order the papers were named. A content-hash cache (paperlint.cache) skips papers
that have not changed since the last run with the same configuration.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from paperlint.cache import ResultCache, cache_dir_for, settings_fingerprint
from paperlint.config import Settings, find_config_file, settings_for_file
from paperlint.document import Document
from paperlint.engine.runner import run_rules
from paperlint.errors import InputError, PaperlintError
from paperlint.findings import Finding
from paperlint.profiles import profile_for
from paperlint.readability import paper_stats
from paperlint.readers import SUFFIXES, format_for, load_bytes, read_bytes

STDIN = "-"
# Fewer papers than this are checked in this process: starting workers would cost more.
PARALLEL_FROM = 4


@dataclass
class FileResult:
    path: str
    document: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    stats: dict | None = None  # readability and structure figures (paperlint.readability.paper_stats)


def discover(paths: list[str]) -> Iterator[str]:
    """Papers named on the command line, and papers found under named directories."""
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            yield path
            continue
        found = False
        for folder, subfolders, files in os.walk(path):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            for name in sorted(files):
                if Path(name).suffix.lower() in SUFFIXES and not name.startswith((".", "~$")):
                    found = True
                    yield os.path.join(folder, name)
        if not found:
            yield path  # read_path reports it, so the other paths are still checked


def settings_for(path: str, config_file: str | None, overrides: dict[str, Any]) -> Settings:
    config_path = Path(config_file) if config_file else find_config_file(Path(path if path != STDIN else "."))
    return settings_for_file(config_path, tuple(sorted(overrides.items())))


def check_path(path: str, settings: Settings, stdin_filename: str | None = None, use_cache: bool = False) -> FileResult:
    """Read one paper (or stdin) and run the rules of `settings` on it; with `use_cache`,
    reuse the result of an unchanged paper and store a new one."""
    started = time.perf_counter()
    name = (stdin_filename or "stdin.txt") if path == STDIN else path
    try:
        if path == STDIN:
            data, fmt = sys.stdin.buffer.read(), format_for(name)
        else:
            data, fmt = load_bytes(path, settings.config.max_file_size_mb * 1024 * 1024), format_for(path)
        cache, key = _cache_entry(path, data, settings) if use_cache and path != STDIN else (None, None)
        cached = cache.get(key) if cache else None
        if cached is not None:
            return _from_cache(name, cached, settings, started)
        document = read_bytes(data, name, fmt)
    except InputError as error:
        return FileResult(name if path != STDIN else (stdin_filename or STDIN), error=str(error))
    timings = {"read": time.perf_counter() - started}
    document.metadata.date = settings.config.date_for(document.metadata.date)
    failures: list[str] = []
    try:
        findings = run_rules(document, settings.rules_for(document.path), settings.config, timings, failures)
    except PaperlintError as error:
        return FileResult(document.path, document, error=str(error), timings=timings)
    stats = paper_stats(document, profile_for(settings.config))
    document.cache.clear()  # the rules' analyses (parses, engine matches) are done with
    if cache is not None and not failures:
        cache.put(key, document, findings, stats)
    return FileResult(document.path, document, _shown(findings, settings), notes=failures, timings=timings, stats=stats)


def _cache_entry(path: str, data: bytes, settings: Settings) -> tuple[ResultCache, str]:
    cache = ResultCache(cache_dir_for(settings.config))
    return cache, cache.key(path, data, settings_fingerprint(settings))


def _cached(path: str, settings: Settings) -> FileResult | None:
    """The stored result of an unchanged paper, or None (also for any paper that cannot be read)."""
    if path == STDIN:
        return None
    try:
        data = load_bytes(path, settings.config.max_file_size_mb * 1024 * 1024)
    except InputError:
        return None
    started = time.perf_counter()
    cache, key = _cache_entry(path, data, settings)
    cached = cache.get(key)
    return None if cached is None else _from_cache(path, cached, settings, started)


def _from_cache(path: str, cached: tuple, settings: Settings, started: float) -> FileResult:
    """A stored result, under the path this run names the paper by (relative or absolute)."""
    document, findings, stats = cached
    document.path = path
    findings = [dataclasses.replace(f, path=path) for f in _shown(findings, settings)]
    return FileResult(path, document, findings, timings={"cache": time.perf_counter() - started}, stats=stats)


def _shown(findings: list[Finding], settings: Settings) -> list[Finding]:
    return [f for f in findings if f.severity >= settings.min_severity]


def check_paths(
    paths: list[str],
    config_file: str | None,
    overrides: dict[str, Any],
    jobs: int = 1,
    use_cache: bool = False,
    stdin_filename: str | None = None,
) -> Iterator[FileResult]:
    """Check every paper not excluded by its config, unchanged ones from the cache, the others
    in worker processes when there are several and `jobs` > 1; yields results in the order
    of `paths`."""
    tasks = [
        (path, settings)
        for path in paths
        if (settings := settings_for(path, config_file, overrides)) and (path == STDIN or not settings.excluded(path))
    ]
    hits = [_cached(path, settings) if use_cache else None for path, settings in tasks]
    misses = [task for task, hit in zip(tasks, hits) if hit is None]
    checked = _check_all(misses, config_file, overrides, jobs, use_cache, stdin_filename)
    for hit in hits:
        yield hit if hit is not None else next(checked)


def _check_all(tasks, config_file, overrides, jobs, use_cache, stdin_filename) -> Iterator[FileResult]:
    if jobs < 2 or len(tasks) < PARALLEL_FROM:
        for path, settings in tasks:
            yield check_path(path, settings, stdin_filename, use_cache)
        return
    url = _shared_languagetool_url([settings for _, settings in tasks])
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    work = [(path, config_file, overrides, use_cache) for path, _ in tasks]
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(url,)) as pool:
        yield from pool.map(_check_in_worker, work, chunksize=max(1, min(16, len(work) // (jobs * 4))))


def _shared_languagetool_url(all_settings: list[Settings]) -> str | None:
    """Start the run's one LanguageTool server here, before the workers, if any paper needs
    it; the workers then talk to it by URL."""
    grammar = [s for s in all_settings if any(r.category in ("grammar", "spelling") and r.kind.name == "python" for r in s.rules)]
    if not grammar:
        return None
    from paperlint.grammar import shared_server_url

    return shared_server_url(grammar[0].config)


def _start_worker(languagetool_url: str | None) -> None:
    if languagetool_url:
        from paperlint.grammar import use_server

        use_server(languagetool_url)


def _check_in_worker(task: tuple) -> FileResult:
    path, config_file, overrides, use_cache = task
    result = check_path(path, settings_for(path, config_file, overrides), use_cache=use_cache)
    grammar = sys.modules.get("paperlint.grammar")
    if grammar is not None:
        result.notes.extend(grammar.take_notes())
    return result
