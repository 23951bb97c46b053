"""Shared helpers: papers built from text, and the CLI run in-process through its entry point."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The long fuzzing round of tests/test_fuzz.py: pytest --hypothesis-profile=fuzz
settings.register_profile("fuzz", max_examples=30000, deadline=None, suppress_health_check=list(HealthCheck))

from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from paperlint.readers import read_bytes

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def document_from(text: str, fmt: str = "txt", path: str | None = None):
    return read_bytes(text.encode("utf-8"), path or f"paper.{fmt}", fmt)


def findings_for(text: str, select: str | None = None, fmt: str = "txt"):
    """Findings of every rule (or only of the rule with code `select`) on `text`."""
    rules = [r for r in load_rules() if select is None or r.code == select]
    return run_rules(document_from(text, fmt), rules)


@pytest.fixture
def run_cli(capsys, monkeypatch):
    """Run `paperlint ARGS` through `paperlint.cli.main`; returns (exit code, stdout, stderr)."""
    from paperlint.cli import main

    def run(*args: str, input: bytes | str | None = None):
        if input is not None:
            data = input.encode("utf-8") if isinstance(input, str) else input
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
        out, err = capsys.readouterr()
        return code, out, err

    return run
