"""Every rule's documented examples are tests: `bad` gives the rule at the marked span,
`good` gives nothing from that rule. So the docs cannot drift from behaviour."""

from __future__ import annotations

import pytest

from paperlint.engine.registry import load_rules, strip_marks
from tests.conftest import findings_for

RULES = load_rules()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_bad_example_flags_the_marked_span(rule):
    for example in rule.docs.bad_examples:
        text, spans = strip_marks(example)
        found = [(f.start, f.end) for f in findings_for(text, rule.code)]
        assert found == spans, f"{rule.code} on {text!r}: got {[text[a:b] for a, b in found]}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_good_example_is_clean(rule):
    for example in rule.docs.good_examples:
        text, _ = strip_marks(example)
        found = findings_for(text, rule.code)
        assert not found, f"{rule.code} flags {[f.text for f in found]} in its good example"
