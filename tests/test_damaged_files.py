"""Truncated and bit-flipped copies of every example paper, through the real CLI: each is
either read or refused with one line naming the file (exit 2), never a traceback, and the
file is never changed. The damage is deterministic (fixed offsets and a fixed seed)."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

EXAMPLE_FILES = ("belgium.txt", "belgium.docx", "belgium.pdf", "control.txt")
CUTS = (0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99)
FLIPPED_BITS_SEEDS = range(6)


def damaged_copies(name: str) -> dict[str, bytes]:
    """Name → bytes: the file cut at fixed fractions, and with bits flipped at seeded offsets
    (one bit, then 32 bits, for each seed)."""
    data = (EXAMPLES / name).read_bytes()
    copies = {f"cut-{int(share * 100)}": data[: int(len(data) * share)] for share in CUTS}
    for seed in FLIPPED_BITS_SEEDS:
        rng = random.Random(f"{name}-{seed}")
        for flips in (1, 32):
            flipped = bytearray(data)
            for _ in range(flips):
                flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
            copies[f"flip-{flips}-seed-{seed}"] = bytes(flipped)
    return copies


CASES = [(name, label) for name in EXAMPLE_FILES for label in damaged_copies(name)]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name, label", CASES, ids=[f"{n}-{label}" for n, label in CASES])
def test_damaged_example_is_read_or_refused_in_one_line(run_cli, tmp_path, name, label):
    path = tmp_path / f"{label}-{name}"
    path.write_bytes(damaged_copies(name)[label])
    before = digest(path)
    code, out, err = run_cli("check", path, "--select", "ST", "--grammar", "off", "--no-cache", "-j", "1")
    assert digest(path) == before
    assert "Traceback" not in err + out
    if code == 2:
        assert err.startswith(f"paperlint: error: {path}: ") and err.count("\n") == 1, err
        assert "internal error" not in err, err
    else:
        assert code in (0, 1) and "error" not in err, err


def test_damaged_papers_do_not_stop_the_others(run_cli, tmp_path):
    """Every damaged copy that is refused is one line; the intact paper after them is still checked."""
    paths = []
    for name in ("belgium.docx", "belgium.pdf"):
        for label in ("cut-50", "flip-32-seed-0"):
            paths.append(tmp_path / f"{label}-{name}")
            paths[-1].write_bytes(damaged_copies(name)[label])
    control = tmp_path / "control.txt"
    control.write_bytes((EXAMPLES / "control.txt").read_bytes())
    code, out, err = run_cli("check", *paths, control, "--select", "ST", "--grammar", "off", "--no-cache", "-j", "1",
                             "--output-format", "json")
    assert code == 2
    errors = [line for line in err.splitlines() if line.startswith("paperlint: error: ")]
    assert sorted(line.split(": ")[2] for line in errors) == sorted(map(str, paths))
    assert "Traceback" not in err
    assert str(control) in out
