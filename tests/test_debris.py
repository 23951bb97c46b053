"""Web debris (DB001, DB002): precision and recall on tests/data/debris.yml, and the line scorer.

Run `python -m tests.test_debris` to print the figures and every mistake.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from tests.conftest import EXAMPLES, document_from

DATA = Path(__file__).parent / "data" / "debris.yml"
MARK = re.compile(r"\[\[(.+?)\]\](?!\])")
DEBRIS_RULES = [rule for rule in load_rules() if rule.pack == "debris"]


def marked(passage: str) -> tuple[str, list[tuple[int, int]], int]:
    """The passage without marks, the (start, end) of each marked debris, and its look-alike lines."""
    text, spans, cursor = "", [], 0
    for match in MARK.finditer(passage):
        text += passage[cursor : match.start()]
        spans.append((len(text), len(text) + len(match[1])))
        text += match[1]
        cursor = match.end()
    text += passage[cursor:]
    look_alikes = sum(1 for line in passage.splitlines() if line.strip() and "[[" not in line)
    return text, spans, look_alikes


def score() -> dict:
    passages = yaml.safe_load(DATA.read_text(encoding="utf-8"))["passages"]
    true_pos = false_pos = false_neg = look_alikes = 0
    mistakes = []
    for passage in passages:
        text, spans, clean_lines = marked(passage)
        look_alikes += clean_lines
        findings = run_rules(document_from(text), DEBRIS_RULES)
        for finding in findings:
            if any(a < finding.end and finding.start < b for a, b in spans):
                true_pos += 1
            else:
                false_pos += 1
                mistakes.append(f"false positive {finding.code}: {finding.text!r}")
        for a, b in spans:
            if not any(f.start < b and a < f.end for f in findings):
                false_neg += 1
                mistakes.append(f"missed: {text[a:b]!r}")
    found = true_pos + false_pos
    return {
        "debris": true_pos + false_neg,
        "look_alikes": look_alikes,
        "precision": true_pos / found if found else 1.0,
        "recall": true_pos / (true_pos + false_neg),
        "mistakes": mistakes,
    }


@pytest.fixture(scope="module")
def figures():
    return score()


def test_the_set_is_big_enough_and_balanced(figures):
    assert figures["debris"] >= 40
    assert figures["look_alikes"] >= figures["debris"]


def test_recall_floor(figures):
    assert figures["recall"] >= 0.85, figures["mistakes"]


def test_precision_floor(figures):
    assert figures["precision"] >= 0.95, figures["mistakes"]


def test_example_paper_keeps_its_debris_findings():
    text = (EXAMPLES / "belgium.txt").read_text(encoding="utf-8")
    found = {(f.code, f.text) for f in run_rules(document_from(text), DEBRIS_RULES)}
    assert found == {
        ("DB001", "top of page"),
        ("DB002", "Follow us on Instagram and Facebook to get the latest updates!"),
        ("DB002", "13 views0 comments"),
        ("DB001", "Recent Posts"),
        ("DB001", "See All"),
        ("DB001", "bottom of page"),
    }


def test_an_interface_fragment_in_brackets_is_flagged_alone():
    text = "Early history[edit]\n\nThe Antarctic Treaty was signed in 1959 [1]."
    found = [(f.code, f.text) for f in run_rules(document_from(text), DEBRIS_RULES)]
    assert found == [("DB001", "[edit]")]


def test_a_url_among_citations_or_under_a_sources_title_is_a_citation():
    urls = "https://www.unicef.org/reports/sowc-2023\nhttps://www.who.int/data/gho"
    assert run_rules(document_from(f"Kenya vaccinates.\n\n{urls}"), DEBRIS_RULES) == []
    assert run_rules(document_from("Sources\n\nhttps://www.who.int/data/gho"), DEBRIS_RULES) == []


if __name__ == "__main__":
    result = score()
    print(f"debris {result['debris']}, look-alike lines {result['look_alikes']}")
    print(f"precision {result['precision']:.3f}, recall {result['recall']:.3f}")
    print("\n".join(result["mistakes"]))
