"""The fact forms (issue 12, item 6): SDGs, Security Council terms, memberships and resolutions
written in every common way, scored on tests/data/facts/*.yml.

A marked claim counts as found when a claim of the form overlaps its mark with the expected
verdict; any other claim of the form (unmarked, or with another verdict) is a false one.
Run `python -m tests.test_fact_forms` to print the figures and every mistake.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from paperlint.context import standalone_context
from paperlint.facts import CONTRADICTED
from tests.conftest import document_from
from tests.evaluation import Tally, overlaps, unmark

DATA = Path(__file__).parent / "data" / "facts"
FORMS = ("sdg", "council", "membership", "resolution")


def score(form: str) -> tuple[Tally, int, int]:
    """The tally for one form, and its passages with an error and its look-alikes."""
    data = yaml.safe_load((DATA / f"{form}.yml").read_text(encoding="utf-8"))
    kinds = set(data["kinds"])
    tally, errors, lookalikes = Tally(), 0, 0
    for passage in data["passages"]:
        text, _, spans = unmark(passage["text"])
        expected = passage.get("expect") or []
        assert len(expected) == len(spans), passage["text"]
        if CONTRADICTED in expected:
            errors += 1
        else:
            lookalikes += 1
        found = [c for c in standalone_context().checked_claims(document_from(text)) if c.claim.kind in kinds]
        used = set()
        for (start, end), status in zip(spans, expected):
            hit = next((i for i, c in enumerate(found) if i not in used and overlaps(c.claim, start, end)
                        and c.verdict.status == status), None)
            got = [(c.claim.describe(), c.verdict.status) for c in found]
            tally.found(hit is not None, f"{status}: {text[start:end]!r} in {text!r} (got {got})")
            used.add(hit)  # None when missed: no claim is used
        tally.false(f"{c.verdict.status}: {c.claim.describe()!r} in {text!r}: {c.verdict.fact}"
                    for i, c in enumerate(found) if i not in used)
    return tally, errors, lookalikes


@pytest.fixture(scope="module", params=FORMS)
def figures(request):
    return score(request.param)


def test_the_set_is_big_enough_and_balanced(figures):
    _, errors, lookalikes = figures
    assert errors + lookalikes >= 40
    assert lookalikes >= errors


def test_recall_floor(figures):
    tally = figures[0]
    assert tally.recall >= 0.85, tally.report()


def test_precision_floor(figures):
    tally = figures[0]
    assert tally.precision >= 0.95, tally.report()


if __name__ == "__main__":
    for form in FORMS:
        tally, errors, lookalikes = score(form)
        print(f"{form}: {errors} passages with an error, {lookalikes} look-alikes: {tally.report()}")
