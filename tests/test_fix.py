"""`--fix` and `--diff`: only fixable findings, only inside their spans (and the blank lines
around a removed debris line), the file's own encoding and line endings, atomically."""

from __future__ import annotations

import re
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paperlint import fix
from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from tests.conftest import EXAMPLES, document_from

RULES = load_rules()


def fixed(text: str, fmt: str = "txt") -> tuple[str, fix.FixPlan, list]:
    document = document_from(text, fmt)
    findings = run_rules(document, RULES)
    data, plan = fix.fixed_bytes(text.encode("utf-8"), document, findings)
    return data.decode("utf-8"), plan, findings


def test_fixes_contraction_un_name_and_malapropism_only():
    text = "Belgium don't accept this in the mere future.\n\nIt joined the United Nation Security Council.\n"
    result, plan, findings = fixed(text)
    assert result == "Belgium does not accept this in the near future.\n\nIt joined the United Nations Security Council.\n"
    assert {e.findings[0].code for e in plan.edits} == {f.code for f in findings if f.fixable}


def test_removing_a_debris_line_collapses_the_blank_lines_around_it():
    text = "Belgium supports the treaty.\n\nRecent Posts\n\nBelgium urges States to act.\n"
    assert fixed(text)[0] == "Belgium supports the treaty.\n\nBelgium urges States to act.\n"


def test_debris_at_the_start_and_end_goes_with_its_blank_lines():
    text = "top of page\n\nBelgium supports the treaty.\n\nSee All\n\n\nbottom of page"
    assert fixed(text)[0] == "Belgium supports the treaty."
    assert fixed(text + "\n")[0] == "Belgium supports the treaty.\n"


def test_debris_line_inside_a_paragraph_leaves_no_gap():
    text = "Belgium supports the treaty.\nRecent Posts\nBelgium urges States to act.\n"
    assert fixed(text)[0] == "Belgium supports the treaty.\nBelgium urges States to act.\n"


def test_crlf_and_bom_are_kept(tmp_path):
    text = "Belgium don't accept this.\r\n\r\nRecent Posts\r\n\r\nIt acts.\r\n"
    data = b"\xef\xbb\xbf" + text.encode("utf-8")
    document = document_from(text.replace("\r\n", "\n"))
    after, _ = fix.fixed_bytes(data, document, run_rules(document, RULES))
    assert after == b"\xef\xbb\xbf" + b"Belgium does not accept this.\r\n\r\nIt acts.\r\n"


def test_markdown_markup_inside_a_span_is_left_alone():
    result, plan, _ = fixed("# Title\n\nBelgium **don't** accept it in the *mere* future.\n", "md")
    assert "**does not**" in result and "in the *mere* future" in result
    assert [f.code for f in plan.skipped] == ["CF002"]


def test_overlapping_fixes_apply_the_first_and_skip_the_rest():
    document = document_from("Belgium don't accept it.\n")
    finding = next(f for f in run_rules(document, RULES) if f.fixable)
    from dataclasses import replace

    clash = replace(finding, start=finding.start + 1, end=finding.end + 2, text=document.text[finding.start + 1:finding.end + 2])
    plan = fix.plan(document.text, document, [finding, clash])
    assert [e.findings for e in plan.edits] == [(finding,)] and plan.skipped == [clash]


def test_fix_refuses_docx(tmp_path):
    from paperlint.checker import check_path
    from paperlint.config import Config
    from paperlint.settings import resolve

    paper = tmp_path / "b.docx"
    shutil.copy(EXAMPLES / "belgium.docx", paper)
    before = paper.read_bytes()
    outcome = fix.fix_paper(check_path(str(paper), resolve(Config())), write=True)
    assert outcome.applied == 0 and ".txt and .md" in outcome.note
    assert paper.read_bytes() == before


# --- the property: nothing changes outside the edits ------------------------------------------

_WORDS = ["Belgium", "supports", "the", "treaty", "don't", "can't", "in", "mere", "future", "United",
          "Nation", "Security", "Council", "States", "programs", "act", "and", "It"]
_DEBRIS = ["Recent Posts", "See All", "top of page", "bottom of page", "13 views0 comments"]
sentence = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(lambda w: " ".join(w) + ".")
line = st.one_of(sentence, st.sampled_from(_DEBRIS), st.just(""), st.just("  "))
paper_text = st.lists(line, min_size=1, max_size=14).map("\n".join).filter(lambda t: t.strip())


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paper_text, st.booleans())
def test_fix_changes_nothing_outside_the_fixed_spans(text, final_newline):
    text = text + ("\n" if final_newline else "")
    document = document_from(text)
    findings = run_rules(document, RULES)
    plan = fix.plan(document.text, document, findings)
    edits = plan.edits
    # edits are sorted and never overlap
    assert all(a.end <= b.start for a, b in zip(edits, edits[1:]))
    for edit in edits:
        assert all(f.fixable for f in edit.findings)
        spans = sorted((f.start, f.end) for f in edit.findings)
        assert edit.start <= spans[0][0] and spans[-1][1] <= edit.end
        # beyond the findings' own spans an edit removes only whitespace (blank lines)
        outside, cursor = [], edit.start
        for start, end in spans:
            outside.append(text[cursor:start])
            cursor = max(cursor, end)
        outside.append(text[cursor:edit.end])
        assert not "".join(outside).strip()
        assert edit.replacement in (edit.findings[0].suggestions[0], "\n")
    result = fix.fixed_bytes(text.encode("utf-8"), document, findings)[0].decode("utf-8")
    # everything between the edits is byte-for-byte the original
    cursor = position = 0
    for edit in edits:
        kept = text[cursor:edit.start]
        assert result[position:position + len(kept)] == kept
        position += len(kept) + len(edit.replacement)
        cursor = edit.end
    assert result[position:] == text[cursor:]


# --- through the CLI ---------------------------------------------------------------------------

def test_diff_prints_a_unified_diff_and_writes_nothing(run_cli, tmp_path):
    paper = tmp_path / "belgium.txt"
    shutil.copy(EXAMPLES / "belgium.txt", paper)
    before = paper.read_bytes()
    code, out, err = run_cli("check", paper, "--diff")
    assert code == 1, err
    assert paper.read_bytes() == before
    assert out.startswith(f"--- a/{paper}\n+++ b/{paper}\n")
    assert "-Recent Posts\n" in out and "+Belgium takes into cognizance" in out
    assert "in the near future" in out


def test_fix_writes_atomically_and_reports_what_is_left(run_cli, tmp_path):
    paper = tmp_path / "belgium.txt"
    shutil.copy(EXAMPLES / "belgium.txt", paper)
    code, out, err = run_cli("check", paper, "--fix", "--output-format", "concise")
    text = paper.read_text(encoding="utf-8")
    assert re.search(r"Fixed \d+ findings", err)
    assert "Recent Posts" not in text and "mere future" not in text and "don’t" not in text
    assert "\n\n\n" not in text and not text.startswith("\n")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".paperlint-")]
    assert "DB001" not in out and "CF002" not in out  # the report is of the fixed paper
    assert code in (0, 1)
    code, out, err = run_cli("check", paper, "--diff")
    assert (code, out) == (0, "")


def test_fix_leaves_a_clean_paper_untouched(run_cli, tmp_path):
    paper = tmp_path / "clean.txt"
    paper.write_bytes(b"Belgium supports the treaty.\n")
    stat = paper.stat()
    code, out, err = run_cli("check", paper, "--fix")
    assert paper.read_bytes() == b"Belgium supports the treaty.\n"
    assert paper.stat().st_mtime_ns == stat.st_mtime_ns
    assert "Fixed 0 findings" in err
