"""Precision and recall of the meaning rules (CN010–CN018) on example papers with planted errors.

Each paper in tests/data/meaning/papers/ marks a planted error as `[[span]]<CODE>`; everything else,
including look-alike correct sentences, must stay clean. A finding is a true positive when a
planted error of the same code overlaps it. The papers are checked under a chosen conference
profile (`generic`), under which CN018 reports a mix of -ise and -ize.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from paperlint.config import Config
from paperlint.context import standalone_context
from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from tests.conftest import document_from
from tests.evaluation import Tally, overlaps, unmark

DATA = Path(__file__).parent / "data" / "meaning" / "papers"
PLANTED = re.compile(r"\[\[(.+?)\]\]<(CN\d{3})>", re.DOTALL)
MEANING_RULES = [rule for rule in load_rules() if "CN010" <= rule.code <= "CN018"]  # of the consistency pack


def planted_paper(path: Path) -> tuple[str, list[tuple[str, int, int]]]:
    """The paper's text without marks, and (code, start, end) for each planted error."""
    text, marks, spans = unmark(path.read_text(encoding="utf-8"), PLANTED)
    return text, [(mark[2], a, b) for mark, (a, b) in zip(marks, spans)]


def score(paths) -> Tally:
    """A finding hits a planted error of its own code that it overlaps."""
    tally = Tally()
    for path in paths:
        text, planted = planted_paper(path)
        findings = run_rules(document_from(text), MEANING_RULES, standalone_context(Config(profile="generic")))
        hits = [f for f in findings if any(code == f.code and overlaps(f, a, b) for code, a, b in planted)]
        for code, a, b in planted:
            tally.found(any(f.code == code and overlaps(f, a, b) for f in hits), f"{path.name}: {code} {text[a:b]!r}")
        tally.false(f"{path.name}: {f.code} {f.text!r}" for f in findings if f not in hits)
    return tally


PAPERS = sorted(DATA.glob("*.txt"))


def test_every_rule_has_planted_errors():
    planted_codes = {code for path in PAPERS for code, *_ in planted_paper(path)[1]}
    assert planted_codes == {rule.code for rule in MEANING_RULES}


@pytest.mark.parametrize("subset", ["tuned", "heldout"])
def test_precision_and_recall(subset):
    """The tuned papers were used while writing the rules; the held-out one only to measure."""
    paths = [p for p in PAPERS if p.name.startswith("heldout") == (subset == "heldout")]
    tally = score(paths)
    print(f"{subset}: {tally.report()}")
    assert tally.precision >= 0.85, tally.report()
    assert tally.recall >= 0.85, tally.report()


def test_planted_marks_are_stripped():
    text, planted = planted_paper(DATA / "japan.txt")
    assert "[[" not in text and "]]<" not in text
    assert any(code == "CN011" and text[a:b] == "have several plots" for code, a, b in planted)
