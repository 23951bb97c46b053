"""Bad input through the CLI: one error line, exit 2, the other papers still checked,
the input untouched, never a traceback."""

from __future__ import annotations

import hashlib
import io
import json
import random
import shutil
import zipfile

import docx
import pypdf
import pytest

from paperlint.errors import InputError
from paperlint.readers import read_bytes
from tests.conftest import EXAMPLES

GOOD_PAPER = EXAMPLES / "belgium.txt"


def _docx_without(part: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(EXAMPLES / "belgium.docx") as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename != part:
                target.writestr(item, source.read(item))
    return out.getvalue()


def _encrypted_pdf(user_password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=EXAMPLES / "belgium.pdf")
    writer.encrypt(user_password=user_password, owner_password="chair", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _blank_pdf() -> bytes:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _empty_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)

# name: (file name, contents, a phrase the error line must contain)
BAD_FILES = {
    "empty": ("empty.txt", b"", "file is empty"),
    "blank": ("blank.md", b"  \n\n \t\n", "file is empty"),
    "binary": ("data.txt", bytes(range(256)) * 4, "binary data, not text"),
    "wrong-extension": ("paper.rtf", b"{\\rtf1 Belgium}", "unsupported file type '.rtf'"),
    "doc": ("paper.doc", OLE_HEADER, "old Word .doc files are not supported"),
    "docx-as-txt": ("paper.txt", (EXAMPLES / "belgium.docx").read_bytes(), "binary data"),
    "pdf-as-txt": ("paper.txt", (EXAMPLES / "belgium.pdf").read_bytes(), "binary data"),
    "latin-1": ("latin1.txt", "Liège café\n".encode("latin-1"), "not UTF-8 text (byte 0xe8 at offset 2)"),
    "corrupt-docx": ("paper.docx", (EXAMPLES / "belgium.docx").read_bytes()[:5000], "corrupt .docx"),
    "text-as-docx": ("paper.docx", b"Belgium supports the Council.", "not a ZIP package"),
    "docx-without-document": ("paper.docx", _docx_without("word/document.xml"), "word/document.xml is missing"),
    "protected-docx": ("paper.docx", OLE_HEADER, "password-protected or old-format Word file: save it as an unprotected .docx"),
    "docx-without-text": ("paper.docx", _empty_docx(), "no text found"),
    "corrupt-pdf": ("paper.pdf", (EXAMPLES / "belgium.pdf").read_bytes()[:9000], "corrupt PDF"),
    "text-as-pdf": ("paper.pdf", b"Belgium supports the Council.", "not a PDF file"),
    "protected-pdf": ("paper.pdf", _encrypted_pdf("secret"), "password-protected PDF"),
    "scanned-pdf": ("paper.pdf", _blank_pdf(), "no text found: is it a scanned image? export the paper as a text PDF"),
}


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check(run_cli, *paths):
    """`paperlint check PATHS` with two rules (the others are not under test here), as JSON."""
    code, out, err = run_cli("check", "--output-format", "json", "--select", "UN001,DB001", *paths)
    assert "Traceback" not in err and "Traceback" not in out
    return code, json.loads(out), err.strip().splitlines()


def reported(report, path) -> set[tuple[str, int, int]]:
    return {(f["code"], f["line"], f["column"]) for f in report["findings"] if f["path"] == str(path)}


def check_alongside_a_good_paper(run_cli, bad_path) -> str:
    """Run `paperlint check BAD GOOD`: one error line for BAD, GOOD's findings still reported."""
    code, report, errors = check(run_cli, bad_path, GOOD_PAPER)
    assert code == 2
    assert len(errors) == 1 and errors[0].startswith(f"paperlint: error: {bad_path}: "), errors
    assert {("UN001", 15, 127), ("DB001", 1, 1)} <= reported(report, GOOD_PAPER)
    assert [f["error"] is not None for f in report["files"]] == [True, False]
    return errors[0]


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_gives_one_error_line_and_the_rest_is_checked(run_cli, tmp_path, case):
    name, data, message = BAD_FILES[case]
    path = tmp_path / name
    path.write_bytes(data)
    before = sha256(path)
    line = check_alongside_a_good_paper(run_cli, path)
    assert message in line
    assert sha256(path) == before


def test_fix_on_an_unreadable_paper_gives_the_error_line_only(run_cli, tmp_path):
    name, data, _ = BAD_FILES["corrupt-docx"]
    path = tmp_path / name
    path.write_bytes(data)
    before = sha256(path)
    code, _, err = run_cli("check", path, "--fix")
    assert code == 2
    assert err.strip().splitlines() == [f"paperlint: error: {path}: corrupt .docx: not a Word document (it is not a ZIP package)"]
    assert sha256(path) == before


def test_missing_file(run_cli, tmp_path):
    line = check_alongside_a_good_paper(run_cli, tmp_path / "missing.docx")
    assert line.endswith("no such file")


def test_missing_file_without_an_extension_is_missing_not_unsupported(run_cli, tmp_path):
    line = check_alongside_a_good_paper(run_cli, tmp_path / "paper")
    assert line.endswith("no such file")


def test_directory_with_no_papers(run_cli, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    code, report, lines = check(run_cli, folder, GOOD_PAPER)
    assert code == 2
    assert [line for line in lines if "error" in line] == [
        f"paperlint: error: {folder}: no papers found in this directory (looked for .docx, .markdown, .md, .pdf, .text, .txt)"
    ]
    assert [f["error"] is not None for f in report["files"]] == [True, False]


def test_files_found_that_are_not_papers_are_named_with_the_reason(run_cli, tmp_path):
    (tmp_path / "paper.txt").write_text("Kenya supports the resolution on clean water.\n")
    (tmp_path / "sweden.odt").write_bytes(b"PK\x03\x04")
    (tmp_path / ".notes.txt").write_text("hidden: never looked at\n")
    code, report, lines = check(run_cli, tmp_path)
    assert code == 0
    assert lines == [f"paperlint: note: {tmp_path / 'sweden.odt'}: skipped: not a paper format paperlint reads "
                     "(.docx, .markdown, .md, .pdf, .text, .txt)"]
    assert [f["path"] for f in report["files"]] == [str(tmp_path / "paper.txt")]


def test_a_missing_paper_is_not_counted_as_checked(run_cli, tmp_path):
    code, out, err = run_cli("check", "--select", "UN001", tmp_path / "missing.txt")
    assert code == 2
    assert "No findings in 0 papers. 1 could not be read." in out


def test_file_over_the_size_limit_is_refused_unread(run_cli, tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: 50 MB without writing them
        handle.truncate(50 * 1024 * 1024)
    line = check_alongside_a_good_paper(run_cli, path)
    assert "file is 50.0 MB, over the 20 MB limit" in line
    assert path.stat().st_size == 50 * 1024 * 1024


def test_every_bad_file_at_once(run_cli, tmp_path):
    paths = []
    for case, (name, data, _) in sorted(BAD_FILES.items()):
        (tmp_path / case).mkdir()
        paths.append(tmp_path / case / name)
        paths[-1].write_bytes(data)
    good = tmp_path / "good" / "belgium.pdf"
    good.parent.mkdir()
    shutil.copy(EXAMPLES / "belgium.pdf", good)
    code, report, errors = check(run_cli, *paths, good)
    assert code == 2
    assert len(errors) == len(BAD_FILES) and all(line.startswith("paperlint: error: ") for line in errors)
    assert ("UN001", 15, 127) in reported(report, good)


def test_owner_password_only_pdf_is_read(run_cli, tmp_path):
    path = tmp_path / "restricted.pdf"
    path.write_bytes(_encrypted_pdf(""))
    code, report, errors = check(run_cli, path)
    assert (code, errors) == (1, [])
    assert ("UN001", 15, 127) in reported(report, path)
    assert report["findings"][-1]["page"] == 2


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_damaged_files_raise_input_error_only(fmt):
    """Truncated and byte-flipped copies of the examples never raise anything but InputError."""
    source = (EXAMPLES / f"belgium.{fmt}").read_bytes()
    rng = random.Random(2026)
    outcomes = set()
    for _ in range(60):
        data = bytearray(source)
        if rng.random() < 0.5:
            data = data[: rng.randrange(len(data))]
        else:
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            read_bytes(bytes(data), f"damaged.{fmt}", fmt)
            outcomes.add("read")
        except InputError as error:
            assert "\n" not in str(error)
            outcomes.add("error")
    assert "error" in outcomes
