"""Precision and recall of the meaning rules (CN010–CN018) on example papers with planted errors.

Each paper in tests/data/meaning/papers/ marks a planted error as `[[span]]<CODE>`; everything else,
including look-alike correct sentences, must stay clean. A finding is a true positive when a
planted error of the same code overlaps it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from tests.conftest import document_from

DATA = Path(__file__).parent / "data" / "meaning" / "papers"
PLANTED = re.compile(r"\[\[(.+?)\]\]<(CN\d{3})>", re.DOTALL)
MEANING_RULES = [rule for rule in load_rules() if "CN010" <= rule.code <= "CN018"]  # of the consistency pack


def planted_paper(path: Path) -> tuple[str, list[tuple[str, int, int]]]:
    """The paper's text without marks, and (code, start, end) for each planted error."""
    raw = path.read_text(encoding="utf-8")
    text, planted, cursor = "", [], 0
    for match in PLANTED.finditer(raw):
        text += raw[cursor : match.start()]
        planted.append((match[2], len(text), len(text) + len(match[1])))
        text += match[1]
        cursor = match.end()
    return text + raw[cursor:], planted


def score(paths) -> tuple[int, int, int, list[str]]:
    """True positives, false positives, false negatives, and a line for each mistake."""
    true_pos = false_pos = false_neg = 0
    mistakes = []
    for path in paths:
        text, planted = planted_paper(path)
        findings = run_rules(document_from(text), MEANING_RULES)
        for finding in findings:
            if any(code == finding.code and a < finding.end and finding.start < b for code, a, b in planted):
                true_pos += 1
            else:
                false_pos += 1
                mistakes.append(f"{path.name}: false positive {finding.code} {finding.text!r}")
        for code, a, b in planted:
            if not any(f.code == code and a < f.end and f.start < b for f in findings):
                false_neg += 1
                mistakes.append(f"{path.name}: missed {code} {text[a:b]!r}")
    return true_pos, false_pos, false_neg, mistakes


PAPERS = sorted(DATA.glob("*.txt"))


def test_every_rule_has_planted_errors():
    planted_codes = {code for path in PAPERS for code, *_ in planted_paper(path)[1]}
    assert planted_codes == {rule.code for rule in MEANING_RULES}


@pytest.mark.parametrize("subset", ["tuned", "heldout"])
def test_precision_and_recall(subset):
    """The tuned papers were used while writing the rules; the held-out one only to measure."""
    paths = [p for p in PAPERS if p.name.startswith("heldout") == (subset == "heldout")]
    true_pos, false_pos, false_neg, mistakes = score(paths)
    precision = true_pos / (true_pos + false_pos)
    recall = true_pos / (true_pos + false_neg)
    print(f"{subset}: precision {precision:.2f}, recall {recall:.2f}", *mistakes, sep="\n  ")
    assert precision >= 0.85, mistakes
    assert recall >= 0.85, mistakes


def test_planted_marks_are_stripped():
    text, planted = planted_paper(DATA / "japan.txt")
    assert "[[" not in text and "]]<" not in text
    assert any(code == "CN011" and text[a:b] == "have several plots" for code, a, b in planted)
