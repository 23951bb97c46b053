"""`--annotate out.docx`: one Word comment per finding, anchored on exactly the flagged words,
reopened with python-docx and converted by headless LibreOffice to prove Word-compatible
software opens it."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections import defaultdict

import docx
import pypdf
import pytest
from docx.oxml.ns import qn

from paperlint.annotate import _compact
from paperlint.checker import check_path
from paperlint.config import Config
from paperlint.settings import resolve
from tests.conftest import EXAMPLES

ARTIFACTS = EXAMPLES.parent / "tests" / "artifacts"


def anchored_texts(path) -> tuple[list, dict[str, str]]:
    """The comments of a .docx and, by comment id, the text between its range markers."""
    word = docx.Document(str(path))
    texts: dict[str, str] = defaultdict(str)
    open_ranges: set[str] = set()
    for element in word.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ranges.add(element.get(qn("w:id")))
        elif element.tag == qn("w:commentRangeEnd"):
            open_ranges.discard(element.get(qn("w:id")))
        elif element.tag == qn("w:p") and open_ranges:
            for comment_id in open_ranges:
                texts[comment_id] += "\n" if texts[comment_id] else ""
        elif element.tag in (qn("w:t"), qn("w:tab"), qn("w:br")):
            for comment_id in open_ranges:
                texts[comment_id] += element.text or "" if element.tag == qn("w:t") else ("\t" if element.tag == qn("w:tab") else "\n")
    return list(word.comments), texts


def findings_of(path):
    return check_path(str(path), resolve(Config())).findings


@pytest.mark.parametrize("name", ["belgium.docx", "belgium.txt", "belgium.pdf"])
def test_each_finding_is_a_comment_on_exactly_its_words(run_cli, tmp_path, name):
    paper = tmp_path / name
    shutil.copy(EXAMPLES / name, paper)
    before = paper.read_bytes()
    out_path = tmp_path / "annotated.docx"
    code, out, err = run_cli("check", paper, "--annotate", out_path, "--output-format", "concise")
    assert code == 1, err
    assert paper.read_bytes() == before  # the original is never touched
    findings = sorted(findings_of(paper), key=lambda f: f.sort_key)
    comments, texts = anchored_texts(out_path)
    assert len(comments) == len(findings) > 10
    assert f"with {len(findings)} comments" in err
    for comment, finding in zip(comments, findings):
        assert comment.author == "paperlint" and comment.initials == "PL"
        assert comment.text.startswith(f"{finding.code} {finding.name} ({finding.severity}): {finding.message}")
        for suggestion in finding.suggestions:
            assert (f"remove {finding.text!r}" if suggestion == "" else repr(suggestion)) in comment.text
        expected = finding.text if name != "belgium.txt" else " ".join(finding.text.split())
        assert " ".join(texts[str(comment.comment_id)].split()) == " ".join(expected.split()), finding


def test_docx_copy_keeps_the_original_text_and_formatting(tmp_path, run_cli):
    out_path = tmp_path / "annotated.docx"
    run_cli("check", EXAMPLES / "belgium.docx", "--annotate", out_path)
    original, annotated = docx.Document(str(EXAMPLES / "belgium.docx")), docx.Document(str(out_path))
    assert [p.text for p in annotated.paragraphs] == [p.text for p in original.paragraphs]
    assert [p.style.name for p in annotated.paragraphs] == [p.style.name for p in original.paragraphs]
    bold_before = "".join(r.text for p in original.paragraphs for r in p.runs if r.bold)
    bold_after = "".join(r.text for p in annotated.paragraphs for r in p.runs if r.bold)
    assert bold_after == bold_before


def test_a_span_across_formatted_runs_is_split_at_its_edges(tmp_path, run_cli):
    word = docx.Document()
    paragraph = word.add_paragraph("Belgium supports the ")
    paragraph.add_run("United Nation Sec").bold = True
    paragraph.add_run("urity Council and we don't agree.")
    paper = tmp_path / "runs.docx"
    word.save(str(paper))
    out_path = tmp_path / "out.docx"
    code, out, err = run_cli("check", paper, "--annotate", out_path, "--select", "UN001,ST001")
    assert code == 1, err
    comments, texts = anchored_texts(out_path)
    assert sorted(texts[str(c.comment_id)] for c in comments) == ["United Nation Security Council", "don't"]
    result = docx.Document(str(out_path)).paragraphs[0]
    assert result.text == "Belgium supports the United Nation Security Council and we don't agree."
    assert "".join(r.text for r in result.runs if r.bold) == "United Nation Sec"


def fixed_deletions(word, tmp_path, run_cli) -> list[str]:
    """The text of each tracked deletion the UN001 fixes make in a copy of `word`."""
    paper = tmp_path / "paper.docx"
    word.save(str(paper))
    out_path = tmp_path / "out.docx"
    code, out, err = run_cli("check", paper, "--fix", "--fix-output", out_path, "--select", "UN001")
    assert code == 1 and "1 tracked change" in err, err
    result = docx.Document(str(out_path)).element.body
    return ["".join(t.text for t in d.iter(qn("w:delText"))) for d in result.iter(qn("w:del"))]


def test_a_fix_after_a_note_number_in_superscript_is_made_on_its_words(tmp_path, run_cli):
    """The reader leaves a note's number out of the text; the annotator counts runs the same way,
    so a fix after it is a tracked change on exactly its words."""
    word = docx.Document()
    paragraph = word.add_paragraph("Belgium backs the plan.")
    paragraph.add_run("4").font.superscript = True
    paragraph.add_run(" It works with the United Nation Security Council.")
    assert fixed_deletions(word, tmp_path, run_cli) == ["United Nation Security Council"]


def test_a_fix_after_a_drop_cap_is_made_on_its_words(tmp_path, run_cli):
    """The reader joins a drop cap to its paragraph with nothing between; the annotator too."""
    from tests.test_readers import with_drop_cap

    word = docx.Document()
    with_drop_cap(word, "B", "elgium works with the United Nation Security Council.")
    assert fixed_deletions(word, tmp_path, run_cli) == ["United Nation Security Council"]


def test_refuses_to_write_over_the_paper_or_a_non_docx(run_cli, tmp_path):
    paper = tmp_path / "paper.docx"
    shutil.copy(EXAMPLES / "belgium.docx", paper)
    before = paper.read_bytes()
    code, out, err = run_cli("check", paper, "--annotate", paper)
    assert code == 2 and "is the paper itself" in err and "Traceback" not in err
    code, out, err = run_cli("check", paper, "--annotate", tmp_path / "out.pdf")
    assert code == 2 and "name it .docx" in err
    assert paper.read_bytes() == before
    code, out, err = run_cli("check", paper, EXAMPLES / "belgium.txt", "--annotate", tmp_path / "two.docx")
    assert code == 2 and "exactly one" in err
    assert not (tmp_path / "two.docx").exists()


def test_compacting_maps_every_offset():
    text, positions = _compact("  **Bold**  words\n  next   line  ")
    assert text == "**Bold** words\nnext line"
    assert len(positions) == len("  **Bold**  words\n  next   line  ") + 1
    assert text[positions[2]:positions[10]] == "**Bold**"


def test_libreoffice_opens_the_annotated_copy(run_cli, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is missing: .ci/run installs libreoffice-writer-nogui")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    out_path = tmp_path / "annotated.docx"
    run_cli("check", EXAMPLES / "belgium.docx", "--annotate", out_path)
    comments, _ = anchored_texts(out_path)
    export = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    completed = subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", export, "--outdir", str(tmp_path), str(out_path)],
        capture_output=True, text=True, timeout=180,
    )
    pdf = tmp_path / "annotated.pdf"
    assert pdf.is_file(), completed.stdout + completed.stderr
    reader = pypdf.PdfReader(io.BytesIO(pdf.read_bytes()))
    notes = [
        annotation.get_object()
        for page in reader.pages
        for annotation in page.get("/Annots") or []
        if annotation.get_object()["/Subtype"] == "/Text"
    ]
    assert len(notes) == len(comments)
    assert sorted(str(n["/Contents"]).split(":")[0] for n in notes) == sorted(c.text.split(":")[0] for c in comments)
    assert "Belgium" in "".join(page.extract_text() for page in reader.pages)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(out_path, ARTIFACTS / "belgium-annotated.docx")
    shutil.copy(pdf, ARTIFACTS / "belgium-annotated.pdf")
