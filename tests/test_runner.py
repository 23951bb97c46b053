"""The runner: exceptions, overlapping findings, and the trie-built phrase regex."""

from __future__ import annotations

import pytest

from paperlint.analysis.phrases import Phrases
from paperlint.engine.registry import load_pack
from paperlint.engine.runner import run_rules
from tests.conftest import document_from

PACK = """pack: test
prefix: TT
category: style
rules:
  - code: TT001
    name: long-name
    kind: substitution
    fix: {long_fix}
    message: m
    swap: {{"UN counter-terrorism center": "United Nations Counter-Terrorism Centre"}}
    docs: {{summary: s, why: w, bad: "[[x]]", good: g}}
  - code: TT002
    name: spelling
    kind: substitution
    fix: true
    message: m
    swap: {{center: centre}}
    docs: {{summary: s, why: w, bad: "[[x]]", good: g}}
  - code: TT003
    name: same-span
    kind: substitution
    fix: false
    message: m
    swap: {{center: middle}}
    docs: {{summary: s, why: w, bad: "[[x]]", good: g}}
  - code: TT004
    name: same-span-and-severe
    kind: substitution
    severity: error
    fix: false
    message: m
    swap: {{center: core}}
    docs: {{summary: s, why: w, bad: "[[x]]", good: g}}
"""


def rules(tmp_path, long_fix: bool):
    path = tmp_path / "test.yml"
    path.write_text(PACK.format(long_fix=str(long_fix).lower()))
    return list(load_pack(path).rules)


def test_nested_safe_fixes_are_one_problem_and_the_longer_span_wins(tmp_path):
    findings = run_rules(document_from("The UN counter-terrorism center met."), rules(tmp_path, True)[:2])
    assert [f.code for f in findings] == ["TT001"]


def test_nested_finding_without_safe_fix_is_kept(tmp_path):
    findings = run_rules(document_from("The UN counter-terrorism center met."), rules(tmp_path, False)[:2])
    assert [f.code for f in findings] == ["TT001", "TT002"]


def test_two_replacements_for_the_same_span_are_one_finding(tmp_path):
    findings = run_rules(document_from("The center met."), rules(tmp_path, True)[1:3])
    assert [f.code for f in findings] == ["TT002"]


def test_of_two_replacements_for_the_same_span_the_more_severe_is_kept(tmp_path):
    """Round 59: "use the official name" (an error) outranks "two names for one body" (info)."""
    findings = run_rules(document_from("The center met."), rules(tmp_path, True)[1:])
    assert [(f.code, str(f.severity)) for f in findings] == [("TT004", "error")]


@pytest.mark.parametrize("ignorecase", [True, False])
def test_phrases_match_whole_words_and_know_which_phrase(ignorecase):
    phrases = Phrases(["don't", "do", "does not", "in the mere future", "in the"], ignorecase)
    text = "Do they don’t? It does  not do, in the mere future, in the end. Undo done."
    found = [(m.group(), phrases.phrases[phrases.index(m.group())]) for m in phrases.regex.finditer(text)]
    expected = [("don’t", "don't"), ("does  not", "does not"), ("do", "do"),
                ("in the mere future", "in the mere future"), ("in the", "in the")]
    if ignorecase:
        expected.insert(0, ("Do", "do"))
    assert found == expected


def test_a_catastrophic_pack_pattern_times_out_and_names_the_rule(tmp_path, monkeypatch):
    from paperlint import patterns

    monkeypatch.setattr(patterns, "TIMEOUT_SECONDS", 0.2)
    path = tmp_path / "evil.yml"
    path.write_text(
        "pack: evil\nprefix: EV\ncategory: style\nrules:\n"
        "  - {code: EV001, name: evil, kind: existence, message: m, patterns: ['(a|aa)+$'],"
        " docs: {summary: s, why: w, bad: '[[a]]', good: g}}\n"
        "  - {code: EV002, name: fine, kind: existence, message: m, tokens: [paper],"
        " docs: {summary: s, why: w, bad: '[[paper]]', good: g}}\n"
    )
    document = document_from("a" * 60 + "b paper.")  # a sentence: style rules skip headings
    failures: list[str] = []
    findings = run_rules(document, load_pack(path).rules, failures=failures)
    assert [f.code for f in findings] == ["EV002"]
    assert len(failures) == 1 and "EV001" in failures[0] and str(path) in failures[0]
    with pytest.raises(patterns.PatternTimeout, match="EV001"):
        run_rules(document, load_pack(path).rules)


def test_a_very_long_phrase_compiles_at_any_stack_depth():
    """A phrase list's trie regex recurses only at branch points: a worker forked deep in a
    caller's stack could not compile a 3,000-character phrase when it recursed per character."""
    phrases = Phrases(["a" * 3000, "ab", "in the near future"])
    assert phrases.regex.search("x " + "a" * 3000 + " y") and phrases.regex.search("in the near future")
    assert not phrases.regex.search("abd")
