"""Near-miss names of UN bodies (UN001, UN002): precision and recall on tests/data/un_names.yml,
and the shipped bodies tables.

Run `python -m tests.test_un_names` to print the figures and every mistake.
"""

from __future__ import annotations

import csv
import re
from importlib import resources
from pathlib import Path

import pytest
import yaml

from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from tests.conftest import EXAMPLES, document_from

DATA = Path(__file__).parent / "data" / "un_names.yml"
MARK = re.compile(r"\[\[(.+?)\]\]")
NAME_RULES = [rule for rule in load_rules() if rule.code in ("UN001", "UN002")]


def score() -> dict:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    true_pos = false_pos = false_neg = 0
    mistakes = []
    for item in data["wrong"]:
        match = MARK.search(item["text"])
        text = MARK.sub(r"\1", item["text"])
        start, end = match.start(), match.start() + len(match[1])
        findings = run_rules(document_from(text), NAME_RULES)
        right = [f for f in findings if f.start < end and start < f.end and item["expected"] in f.suggestions]
        true_pos += bool(right)
        false_neg += not right
        if not right:
            mistakes.append(f"missed: {match[1]!r} -> {item['expected']!r} (got {[(f.text, f.suggestions) for f in findings]})")
        for finding in findings:
            if finding not in right:
                false_pos += 1
                mistakes.append(f"false positive {finding.code}: {finding.text!r} -> {finding.suggestions}")
    for text in data["right"]:
        for finding in run_rules(document_from(text), NAME_RULES):
            false_pos += 1
            mistakes.append(f"false positive {finding.code}: {finding.text!r} -> {finding.suggestions}")
    found = true_pos + false_pos
    return {
        "wrong": len(data["wrong"]),
        "right": len(data["right"]),
        "precision": true_pos / found if found else 1.0,
        "recall": true_pos / (true_pos + false_neg),
        "mistakes": mistakes,
    }


@pytest.fixture(scope="module")
def figures():
    return score()


def test_the_set_is_big_enough_and_balanced(figures):
    assert figures["wrong"] >= 40
    assert figures["right"] >= figures["wrong"]


def test_recall_floor(figures):
    assert figures["recall"] >= 0.85, figures["mistakes"]


def test_precision_floor(figures):
    assert figures["precision"] >= 0.95, figures["mistakes"]


if __name__ == "__main__":
    result = score()
    print(f"wrong names {result['wrong']}, right names {result['right']}")
    print(f"precision {result['precision']:.3f}, recall {result['recall']:.3f}")
    print("\n".join(result["mistakes"]))
