"""One body, one name (CN015): precision and recall on tests/data/body_names.yml.

Run `python -m tests.test_body_names` to print the figures and every mistake.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from paperlint.engine.registry import load_rules
from tests.test_un_names import score

DATA = Path(__file__).parent / "data" / "body_names.yml"
RULES = [rule for rule in load_rules() if rule.code == "CN015"]


@pytest.fixture(scope="module")
def figures():
    return score(DATA, RULES)


def test_the_set_is_balanced(figures):
    _, wrong, right = figures
    assert wrong >= 12
    assert right >= wrong


def test_recall_floor(figures):
    tally = figures[0]
    assert tally.recall >= 0.9, tally.report()


def test_precision_floor(figures):
    tally = figures[0]
    assert tally.precision >= 0.95, tally.report()


if __name__ == "__main__":
    print(score(DATA, RULES)[0].report())
