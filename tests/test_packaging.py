"""The wheel a user installs carries the rule packs (pack.yml and checks), vocabularies, fact tables, lock file and
py.typed marker (built as pip builds it, with setuptools from PyPI)."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_wheel_ships_the_data_the_checks_need(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True, timeout=600,
    )
    wheel = zipfile.ZipFile(next(tmp_path.glob("paperlint-*.whl")))
    names = set(wheel.namelist())
    packs = [p.relative_to(ROOT / "rules") for p in (ROOT / "rules").glob("*/*") if p.suffix in (".yml", ".py")]
    assert len(packs) > 20 and {f"paperlint/rules/{path.as_posix()}" for path in packs} <= names
    data = {p.name for p in (ROOT / "src" / "paperlint" / "data").iterdir() if p.suffix in (".csv", ".md")}
    assert {f"paperlint/data/{name}" for name in data} <= names
    assert "paperlint/rules/vocabularies/mun/accept.txt" in names
    assert "paperlint/py.typed" in names  # PEP 561: type checkers read paperlint's annotations
    assert any(n.startswith("paperlint/grammar/languagetool-") and n.endswith(".lock") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "builtin = paperlint.rules" in wheel.read(entry_points).decode()
