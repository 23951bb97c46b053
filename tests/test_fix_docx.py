"""`--fix --fix-output new.docx`: each safe fix a tracked change (w:del of the flagged runs,
w:ins of the suggestion, by "paperlint", dated) that Word can accept or reject, the other
findings as comments; read back with python-docx and lxml, and converted by headless
LibreOffice to prove Word-compatible software shows the insertion."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess

import docx
import pypdf
import pytest
from docx.oxml.ns import qn

from paperlint.checker import check_path
from paperlint.config import Config
from paperlint.readers import read_bytes
from paperlint.settings import resolve
from tests.conftest import EXAMPLES
from tests.test_annotate import anchored_texts


def revisions(path, tag: str) -> list[tuple[str, str, str]]:
    """(text, author, date) of each w:ins or w:del in the body."""
    body = docx.Document(str(path)).element.body
    return [
        ("".join(t.text or "" for t in element.iter(qn("w:t"), qn("w:delText"))), element.get(qn("w:author")),
         element.get(qn("w:date")))
        for element in body.iter(qn(tag))
    ]


def fixable(findings):
    return [f for f in findings if f.fixable and f.suggestions]


@pytest.fixture(scope="module")
def fixed_example(tmp_path_factory):
    from paperlint.cli import main

    folder = tmp_path_factory.mktemp("fixed")
    paper = folder / "belgium.docx"
    shutil.copy(EXAMPLES / "belgium.docx", paper)
    out_path = folder / "belgium-fixed.docx"
    with pytest.raises(SystemExit):
        main(["check", str(paper), "--fix", "--fix-output", str(out_path), "--grammar", "off", "--output-format", "concise"])
    return paper, out_path


def test_each_safe_fix_is_a_tracked_change_by_paperlint(fixed_example):
    paper, out_path = fixed_example
    assert paper.read_bytes() == (EXAMPLES / "belgium.docx").read_bytes()  # never in place
    findings = check_path(str(paper), resolve(Config(grammar="off"))).findings
    deleted, inserted = revisions(out_path, "w:del"), revisions(out_path, "w:ins")
    assert {author for _, author, _ in deleted + inserted} == {"paperlint"}
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", date) for _, _, date in deleted + inserted)
    deleted_texts = [text for text, _, _ in deleted if text]
    fixes = fixable(findings)
    assert len(fixes) >= 10
    for finding in fixes:
        assert finding.text in deleted_texts, finding
        if finding.suggestions[0]:
            assert finding.suggestions[0] in [text for text, _, _ in inserted], finding
    assert "in the mere future" in deleted_texts and "in the near future" in [t for t, _, _ in inserted]
    comments, _ = anchored_texts(out_path)
    assert len(comments) == len(findings) - len(fixes)  # the rest, as comments


def test_accepting_every_change_gives_the_fixed_paper(fixed_example):
    _, out_path = fixed_example
    word = docx.Document(str(out_path))
    for element in list(word.element.body.iter(qn("w:del"))):
        parent = element.getparent()
        if parent.tag == qn("w:rPr"):  # a deleted paragraph mark: the paragraph goes
            paragraph = parent.getparent().getparent()
            paragraph.getparent().remove(paragraph)
        else:
            parent.remove(element)
    buffer = io.BytesIO()
    word.save(buffer)
    accepted = read_bytes(buffer.getvalue(), "accepted.docx", "docx")
    for gone in ("Recent Posts", "bottom of page", "13 views0 comments", "in the mere future", "UN counter-terrorism center"):
        assert gone not in accepted.text
    assert "in the near future" in accepted.text and "Financial Action Task Force (FATF)" in accepted.text


def test_the_inserted_text_keeps_the_formatting_of_the_run_it_replaces(tmp_path, run_cli):
    word = docx.Document()
    paragraph = word.add_paragraph("Belgium supports the ")
    paragraph.add_run("United Nation Security Council").italic = True
    paragraph.add_run(" and we ")
    paragraph.add_run("don't").bold = True
    paragraph.add_run(" agree.")
    paper = tmp_path / "runs.docx"
    word.save(str(paper))
    out_path = tmp_path / "out.docx"
    code, out, err = run_cli("check", paper, "--fix-output", out_path, "--select", "UN001,ST001", "--grammar", "off")
    assert code == 1, err
    assert "2 tracked changes and 0 comments" in err
    body = docx.Document(str(out_path)).element.body
    inserted = {"".join(t.text for t in e.iter(qn("w:t"))): e for e in body.iter(qn("w:ins"))}
    assert set(inserted) == {"United Nations Security Council", "do not"}
    assert inserted["do not"].find(f".//{qn('w:b')}") is not None
    assert inserted["United Nations Security Council"].find(f".//{qn('w:i')}") is not None
    deleted = ["".join(t.text for t in e.iter(qn("w:delText"))) for e in body.iter(qn("w:del"))]
    assert deleted == ["United Nation Security Council", "don't"]
    assert read_bytes(out_path.read_bytes(), "out.docx", "docx").text == \
        "Belgium supports the United Nations Security Council and we do not agree."


def test_a_text_paper_gets_a_word_copy_with_tracked_changes_and_stays_as_it_is(tmp_path, run_cli):
    paper = tmp_path / "paper.txt"
    paper.write_text("Belgium believes we can't wait.\n\nThe delegation supports the plan.\n", encoding="utf-8")
    before = paper.read_bytes()
    out_path = tmp_path / "paper-fixed.docx"
    code, out, err = run_cli("check", paper, "--fix", "--fix-output", out_path, "--select", "ST001", "--grammar", "off")
    assert paper.read_bytes() == before
    assert [text for text, _, _ in revisions(out_path, "w:ins")] == ["cannot"]
    assert [text for text, _, _ in revisions(out_path, "w:del")] == ["can't"]


def test_refuses_the_paper_itself_a_non_docx_several_papers_and_diff(run_cli, tmp_path):
    paper = tmp_path / "paper.docx"
    shutil.copy(EXAMPLES / "belgium.docx", paper)
    before = paper.read_bytes()
    for args, message in (
        ((paper, "--fix", "--fix-output", paper), "is the paper itself"),
        ((paper, "--fix-output", tmp_path / "out.txt"), "name it .docx"),
        ((paper, EXAMPLES / "belgium.txt", "--fix-output", tmp_path / "two.docx"), "exactly one"),
        ((paper, "--diff", "--fix-output", tmp_path / "diff.docx"), "--diff writes nothing"),
    ):
        code, out, err = run_cli("check", *args, "--grammar", "off")
        assert code == 2 and message in err and "Traceback" not in err, (args, err)
    assert paper.read_bytes() == before
    assert not (tmp_path / "two.docx").exists()


def test_fix_alone_on_a_docx_points_to_fix_output(run_cli, tmp_path):
    paper = tmp_path / "paper.docx"
    shutil.copy(EXAMPLES / "belgium.docx", paper)
    before = paper.read_bytes()
    code, out, err = run_cli("check", paper, "--fix", "--grammar", "off", "--output-format", "concise")
    assert "--fix-output" in err
    assert paper.read_bytes() == before


def test_libreoffice_shows_the_insertions(fixed_example, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is missing: .ci/run installs libreoffice-writer-nogui")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    _, out_path = fixed_example
    completed = subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out_path)],
        capture_output=True, text=True, timeout=180,
    )
    pdf = tmp_path / (out_path.stem + ".pdf")
    assert pdf.is_file(), completed.stdout + completed.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(pdf)).pages)
    for inserted in ("in the near future", "Financial Action Task Force (FATF)", "United Nations Security Council"):
        assert inserted in text
