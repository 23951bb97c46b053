"""The per-rule case files in tests/rules/<pack>/<CODE>.yml, run through paperlint.testing."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperlint.engine.registry import load_rules
from paperlint.testing import check_case, load_cases

CASES_DIR = Path(__file__).parent / "rules"
RULES = load_rules()
# A pack's folder (rules/<folder>/ and tests/rules/<folder>/) is its name as a Python package.
FOLDER = {rule.code: rule.pack.replace("-", "_") for rule in RULES}
FOLDERS = sorted(path for path in CASES_DIR.iterdir() if path.is_dir())
CASES = [case for folder in FOLDERS for case in load_cases(folder)]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case(case):
    check_case(case, RULES)


def test_every_case_file_names_a_rule_of_its_pack():
    misplaced = [
        f"{path.relative_to(CASES_DIR)} (rule of {FOLDER.get(path.stem, 'no pack')})"
        for folder in FOLDERS for path in folder.glob("*.y*ml")
        if FOLDER.get(path.stem) != folder.name
    ]
    assert misplaced == []


def test_every_rule_has_a_case_file():
    missing = [f"tests/rules/{FOLDER[code]}/{code}.yml" for code in sorted(FOLDER)
               if not (CASES_DIR / FOLDER[code] / f"{code}.yml").is_file()]
    assert missing == []
