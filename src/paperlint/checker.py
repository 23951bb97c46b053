"""Check papers: find them, read them, run the rules, and collect one result per paper."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from paperlint.config import Settings, find_config_file, settings_for_file
from paperlint.document import Document
from paperlint.engine.runner import run_rules
from paperlint.errors import InputError, PaperlintError
from paperlint.findings import Finding
from paperlint.readers import SUFFIXES, read_bytes, read_path

STDIN = "-"


@dataclass
class FileResult:
    path: str
    document: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None


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
            raise InputError(f"{path}: no papers found (looked for {', '.join(sorted(SUFFIXES))})")


def settings_for(path: str, config_file: str | None, overrides: dict[str, Any]) -> Settings:
    config_path = Path(config_file) if config_file else find_config_file(Path(path if path != STDIN else "."))
    return settings_for_file(config_path, tuple(sorted(overrides.items())))


def check_path(path: str, settings: Settings, stdin_filename: str | None = None) -> FileResult:
    try:
        if path == STDIN:
            name = stdin_filename or "stdin.txt"
            from paperlint.readers import format_for

            document = read_bytes(sys.stdin.buffer.read(), name, format_for(name))
        else:
            document = read_path(path, settings.config.max_file_size_mb * 1024 * 1024)
    except InputError as error:
        return FileResult(path if path != STDIN else (stdin_filename or STDIN), error=str(error))
    if document.metadata.date is None:
        document.metadata.date = settings.config.paper_date()
    try:
        findings = run_rules(document, settings.rules_for(document.path), settings.config)
    except PaperlintError as error:
        return FileResult(document.path, document, error=str(error))
    findings = [f for f in findings if f.severity >= settings.min_severity]
    return FileResult(document.path, document, findings)
