"""Property-based tests: spans always map back to the text they claim, whatever the input."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paperlint.analysis.stats import paper_stats
from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from paperlint.errors import InputError
from paperlint.readers import read_bytes
from paperlint.reporters import formats
from paperlint.results import FileResult
from tests.test_cli import SCHEMA
from tests.test_reporters import SARIF_SCHEMA

RULES = load_rules()
WORDS = st.sampled_from([
    "Belgium", "don't", "don’t", "United Nation Security Council", "the the", "FATF", "CoE",
    "2 years", "as a whole", "programme", "program", "Liège", "Liege", "we", "I", "ISIS",
    "Hopefully", "13 views0 comments", "top of page", "مرحبا", "שלום", "😀", "👍🏽", "\u200f",
    "e.g.", "U.N.", "3.5", "(UNSC)", "<script>alert(1)</script>", "&amp;", "#", "- ", "* ", "**", "`", "---",
    "<!-- paperlint: disable=ST -->", "\t", "é", "\u0301",
])
PAPERS = st.lists(
    st.one_of(WORDS, st.text(min_size=1, max_size=12), st.sampled_from([" ", ". ", "\n", "\n\n", "\r\n"])),
    min_size=1, max_size=80,
).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WHOLE_RUN = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read(text: str, fmt: str):
    try:
        return read_bytes(text.encode("utf-8"), f"paper.{fmt}", fmt)
    except InputError:
        return None


def assert_spans_map_back(document) -> None:
    text = document.text
    for block in document.blocks:
        assert 0 <= block.start < block.end <= len(text)
        assert text[block.start : block.end].strip() == text[block.start : block.end]
    for sentence in document.sentences:
        assert sentence.block.start <= sentence.start < sentence.end <= sentence.block.end
    for offset in range(0, len(text), max(1, len(text) // 50)):
        where = document.locate(offset)
        if text[offset] != "\n":
            assert document.line_text(where.line)[where.column - 1] == text[offset]


@FAST
@given(PAPERS, st.sampled_from(["txt", "md"]))
def test_reader_spans_map_back(source, fmt):
    document = read(source, fmt)
    if document is None:
        return
    normalised = source.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    assert len(document.text) == len(normalised)
    assert document.text.count("\n") == normalised.count("\n")
    assert_spans_map_back(document)


@WHOLE_RUN
@given(PAPERS)
def test_findings_point_at_the_text_they_quote_and_reports_stay_valid(source):
    document = read(source, "txt")
    if document is None:
        return
    findings = run_rules(document, RULES)
    for f in findings:
        assert f.text == document.text[f.start : f.end]
        assert (f.line, f.column) == (document.locate(f.start).line, document.locate(f.start).column)
        assert (f.end_line, f.end_column) == (document.locate(f.end).line, document.locate(f.end).column)
    results = [FileResult(document.path, document, findings, stats=paper_stats(document))]
    payload = json.loads(formats()["json"](results))
    jsonschema.validate(payload, SCHEMA)
    jsonschema.validate(json.loads(formats()["sarif"](results)), SARIF_SCHEMA)
    page = formats()["html"](results)
    assert "<script>alert" not in page  # the paper's own markup is escaped
    for name, render in formats().items():
        assert isinstance(render(results), str), name
