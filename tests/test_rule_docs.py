"""Every rule's documented examples are tests: `bad` gives the rule at the marked span,
`good` gives nothing from that rule. So the docs cannot drift from behaviour."""

from __future__ import annotations

import pytest

from paperlint.config import Config
from paperlint.context import standalone_context
from paperlint.engine.registry import load_rules, strip_marks
from paperlint.engine.runner import run_rules
from tests.conftest import document_from

RULES = load_rules()


def findings_for(text: str, rule):
    """The rule's findings under the conference profile its docs say the examples assume."""
    return run_rules(document_from(text), [rule], standalone_context(Config(profile=rule.docs.profile or "default")))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_bad_example_flags_the_marked_span(rule):
    for example in rule.docs.bad_examples:
        text, spans = strip_marks(example)
        found = [(f.start, f.end) for f in findings_for(text, rule)]
        assert found == spans, f"{rule.code} on {text!r}: got {[text[a:b] for a, b in found]}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_good_example_is_clean(rule):
    for example in rule.docs.good_examples:
        text, _ = strip_marks(example)
        found = findings_for(text, rule)
        assert not found, f"{rule.code} flags {[f.text for f in found]} in its good example"
