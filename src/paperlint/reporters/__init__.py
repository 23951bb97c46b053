"""Reporters: pure functions of the check results, one module per output format.

Each format's module defines `render(results, settings_summary) -> str`. Formats are discovered
from the modules here that define `render`, so adding one is adding a file; a module without it
renders something else (stats.py: the `paperlint stats` tables).
"""

from __future__ import annotations

import os
import pkgutil
from collections import Counter
from collections.abc import Callable
from functools import cache
from importlib import import_module

from paperlint.findings import severity_counts


@cache
def formats() -> dict[str, Callable]:
    modules = (import_module(f"{__name__}.{info.name}") for info in pkgutil.iter_modules(__path__))
    return {
        module.__name__.rpartition(".")[2]: module.render
        for module in modules
        if not module.__name__.rpartition(".")[2].startswith("_") and hasattr(module, "render")
    }


def summary(results) -> dict:
    """Counts shared by every reporter's closing summary."""
    findings = [f for r in results for f in r.findings]
    return {
        "files": len(results),
        "files_with_errors": sum(1 for r in results if r.error),
        "findings": len(findings),
        "by_severity": severity_counts(findings),
        "by_code": dict(sorted(Counter(f.code for f in findings).items())),
        "fixable": sum(1 for f in findings if f.fixable),
    }


def where(finding) -> str:
    """`path:line:col`, the position every line-oriented format starts with."""
    return f"{finding.path}:{finding.line}:{finding.column}"


def source_place(finding) -> str:
    """The place in a .docx or .pdf, for formats whose line numbers are in extracted text."""
    if finding.page is not None:
        return f"page {finding.page}, line {finding.page_line}" if finding.page_line else f"page {finding.page}"
    if finding.paragraph is not None:
        return f"paragraph {finding.paragraph}"
    return ""


def describe_suggestion(finding, text: str) -> str:
    return f"remove {finding.text!r}" if text == "" else f"{finding.text!r} → {text!r}"


@cache
def rules_by_code() -> dict:
    """The installed rules by code, for formats that describe the rules behind their findings."""
    from paperlint.engine.registry import load_rules

    return {rule.code: rule for rule in load_rules()}


def short_names(paths: list[str]) -> list[str]:
    """Paths relative to the working directory, or to the papers' common folder outside it."""
    relative = [os.path.relpath(p) if p != "-" else p for p in paths]
    if not any(name.startswith("..") for name in relative):
        return relative
    try:
        common = os.path.commonpath([os.path.abspath(p) for p in paths])
    except ValueError:
        return paths
    common = common if not os.path.isfile(common) else os.path.dirname(common)
    return [os.path.relpath(os.path.abspath(p), common) for p in paths]
