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
    assert figures["wrong"] >= 12
    assert figures["right"] >= figures["wrong"]


def test_recall_floor(figures):
    assert figures["recall"] >= 0.9, figures["mistakes"]


def test_precision_floor(figures):
    assert figures["precision"] >= 0.95, figures["mistakes"]


if __name__ == "__main__":
    result = score(DATA, RULES)
    print(f"precision {result['precision']:.3f}, recall {result['recall']:.3f}")
    print("\n".join(result["mistakes"]))
