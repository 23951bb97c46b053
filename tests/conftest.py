"""Shared helpers: papers built from text, and the CLI run in-process through its entry point."""

from __future__ import annotations

import io
import os
import signal
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The default run is deterministic: every property and fuzz test draws the same inputs each time
# (derandomize, no example database), so the README's test command passes or fails the same way
# on every machine. The long random round finds new failures, each kept as an explicit regression
# test in tests/test_fuzz.py:  pytest tests/test_fuzz.py --hypothesis-profile=fuzz
# No deadline and no timing health check either: a slow shared machine must not fail a test.
settings.register_profile(
    "deterministic", derandomize=True, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=30000, deadline=None, suppress_health_check=list(HealthCheck), print_blob=True
)

# Tests check in their own process and leave no daemon behind; tests/test_daemon.py turns the
# daemon on in a temporary state folder and always stops it.
os.environ["PAPERLINT_DAEMON"] = "0"

# The Ctrl-C tests send SIGINT to paperlint. A suite started in the background by a
# non-interactive shell has SIGINT ignored, and a child inherits an ignored signal: a handled
# one is reset to the default at exec, so the children get their Ctrl-C back.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from paperlint.readers import read_bytes


def pytest_configure(config):
    if not config.getoption("hypothesis_profile", default=None):
        settings.load_profile("deterministic")


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
