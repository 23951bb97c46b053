"""The per-rule case files in tests/rules/cases/, run through paperlint.testing."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperlint.engine.registry import load_rules
from paperlint.testing import check_case, load_cases

CASES_DIR = Path(__file__).parent / "rules" / "cases"
CASES = load_cases(CASES_DIR)
RULES = load_rules()


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case(case):
    check_case(case, RULES)


def test_every_case_file_names_a_rule():
    codes = {r.code for r in RULES}
    assert {c.rule for c in CASES} <= codes
