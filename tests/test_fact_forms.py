"""The fact forms (issue 12, item 6): SDGs, Security Council terms, memberships and resolutions
written in every common way, scored on tests/data/facts/*.yml.

A marked claim counts as found when a claim of the form overlaps its mark with the expected
verdict; any other claim of the form (unmarked, or with another verdict) is a false one.
Run `python -m tests.test_fact_forms` to print the figures and every mistake.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from paperlint.facts import CONTRADICTED, checked_claims
from tests.conftest import document_from

DATA = Path(__file__).parent / "data" / "facts"
FORMS = ("sdg", "council", "membership", "resolution")
MARK = re.compile(r"\[\[(.+?)\]\]")


def _marks(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The passage without its marks, and the span of each mark in it."""
    spans, plain, cursor = [], [], 0
    for match in MARK.finditer(text):
        plain.append(text[cursor : match.start()])
        start = sum(map(len, plain))
        plain.append(match[1])
        spans.append((start, start + len(match[1])))
        cursor = match.end()
    plain.append(text[cursor:])
    return "".join(plain), spans


def score(form: str) -> dict:
    data = yaml.safe_load((DATA / f"{form}.yml").read_text(encoding="utf-8"))
    kinds = set(data["kinds"])
    true_pos = false_pos = false_neg = errors = lookalikes = 0
    mistakes = []
    for passage in data["passages"]:
        text, spans = _marks(passage["text"])
        expected = passage.get("expect") or []
        assert len(expected) == len(spans), passage["text"]
        if CONTRADICTED in expected:
            errors += 1
        else:
            lookalikes += 1
        found = [c for c in checked_claims(document_from(text)) if c.claim.kind in kinds]
        used = set()
        for (start, end), status in zip(spans, expected):
            hit = next((i for i, c in enumerate(found) if i not in used and c.claim.start < end
                        and start < c.claim.end and c.verdict.status == status), None)
            if hit is None:
                false_neg += 1
                got = [(c.claim.describe(), c.verdict.status) for c in found]
                mistakes.append(f"missed {status}: {text[start:end]!r} in {text!r} (got {got})")
            else:
                used.add(hit)
                true_pos += 1
        for index, item in enumerate(found):
            if index not in used:
                false_pos += 1
                mistakes.append(f"false {item.verdict.status}: {item.claim.describe()!r} in {text!r}: {item.verdict.fact}")
    claimed = true_pos + false_pos
    return {
        "passages": len(data["passages"]),
        "errors": errors,
        "lookalikes": lookalikes,
        "precision": true_pos / claimed if claimed else 1.0,
        "recall": true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0,
        "mistakes": mistakes,
    }


@pytest.fixture(scope="module", params=FORMS)
def figures(request):
    return score(request.param)


def test_the_set_is_big_enough_and_balanced(figures):
    assert figures["passages"] >= 40
    assert figures["lookalikes"] >= figures["errors"]


def test_recall_floor(figures):
    assert figures["recall"] >= 0.85, figures["mistakes"]


def test_precision_floor(figures):
    assert figures["precision"] >= 0.95, figures["mistakes"]


if __name__ == "__main__":
    for form in FORMS:
        result = score(form)
        print(f"{form}: {result['passages']} passages ({result['errors']} with an error, "
              f"{result['lookalikes']} look-alikes): precision {result['precision']:.2f}, "
              f"recall {result['recall']:.2f}")
        for mistake in result["mistakes"]:
            print("   ", mistake)
