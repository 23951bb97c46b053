"""Chair triage: `--summary` (one row per paper, totals per rule, copies), `--output-format
csv`, and the sortable triage table, totals and side-by-side copies of the HTML report."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest

from paperlint.checker import check_path
from paperlint.config import Config
from paperlint.reporters import csv as csv_report
from paperlint.reporters import html as html_report
from paperlint.results import FileResult
from paperlint.settings import resolve
from paperlint.triage import needs_attention, triage
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """The example paper, a copy with only the country changed, a clean paper, an unreadable one."""
    folder = tmp_path_factory.mktemp("chair")
    shutil.copy(EXAMPLES / "belgium.txt", folder / "belgium.txt")
    shutil.copy(EXAMPLES / "control.txt", folder / "control.txt")
    (folder / "norway.txt").write_text((EXAMPLES / "belgium.txt").read_text(encoding="utf-8").replace("Belgium", "Norway"),
                                       encoding="utf-8")
    (folder / "broken.docx").write_bytes(b"not a zip")
    return folder


@pytest.fixture(scope="module")
def results(folder):
    settings = resolve(Config(grammar="off"))
    return [check_path(str(folder / name), settings) for name in ("belgium.txt", "broken.docx", "control.txt", "norway.txt")]


def test_needs_attention_score_is_as_documented():
    assert needs_attention(0, 0, 700, copy=False, shares=False) == 0
    assert needs_attention(2, 4, 1000, copy=False, shares=False) == 5  # (3·2 + 4) per 1,000 words, halved
    assert needs_attention(2, 4, 100, copy=False, shares=False) == 20  # a short paper counts as 250 words
    assert needs_attention(0, 0, 700, copy=False, shares=True) == 20
    assert needs_attention(100, 0, 300, copy=True, shares=True) == 100  # findings at most 60, plus 40
    assert needs_attention(0, 0, None, copy=False, shares=False, read=False) == 100


def test_rows_totals_and_copies(results):
    report = triage(results)
    rows = {Path(row.path).name: row for row in report.rows}
    assert [row.attention for row in report.rows] == sorted((row.attention for row in report.rows), reverse=True)
    assert (rows["control.txt"].country, rows["control.txt"].committee) == ("Japan", "General Assembly First Committee")
    assert (rows["norway.txt"].country, rows["belgium.txt"].country) == ("Norway", "Belgium")
    assert {name: row.status for name, row in rows.items()} == {
        "belgium.txt": "fails", "norway.txt": "fails", "control.txt": "passes", "broken.docx": "not read"}
    assert rows["broken.docx"].attention == 100 and rows["control.txt"].attention == 0
    assert rows["belgium.txt"].words == results[0].document.word_count
    totals = {rule.code: rule.findings for rule in report.rules}
    assert totals == {code: sum(row.by_rule.get(code, 0) for row in report.rows) for code in totals}
    assert sum(totals.values()) == sum(len(r.findings) for r in results)
    [pair] = report.copies.pairs
    assert {Path(pair.first).name, Path(pair.second).name} == {"belgium.txt", "norway.txt"} and pair.is_copy


def test_summary_prints_the_table_rules_and_copies(run_cli, folder, monkeypatch):
    monkeypatch.chdir(folder)
    code, out, err = run_cli("check", ".", "--summary", "--grammar", "off")
    assert code == 2, err  # a paper could not be read
    lines = out.splitlines()
    assert lines[0].split() == ["paper", "country", "committee", "words", "grade", "errors", "warnings", "attention", "status"]
    assert lines[1].startswith("broken.docx") and lines[1].rstrip().endswith("not read")
    assert re.search(r"^control\.txt\s+Japan\s+General Assembly First Committee\s+\d+\s+[\d.]+\s+0\s+0\s+0\s+passes$", out, re.M)
    assert "Findings per rule:" in out and re.search(r"^  UN001  misnamed-un-body\s+error\s+2 in 2 papers$", out, re.M)
    assert re.search(r"^  belgium\.txt and norway\.txt: copy, resemblance \d+%", out, re.M)
    assert "DB001 [error]" not in out and "paperlint summary" not in err  # the table, not each finding


def test_summary_with_a_machine_format_is_a_usage_error(run_cli, folder):
    code, out, err = run_cli("check", folder, "--summary", "--output-format", "json", "--grammar", "off")
    assert code == 2 and "--summary" in err and "Traceback" not in err and out == ""


def test_csv_has_a_row_per_paper_a_column_per_rule_and_totals(results):
    rows = list(csv.reader(io.StringIO(csv_report.render(results))))
    head, body, total = rows[0], rows[1:-1], rows[-1]
    assert head[:11] == ["file", "country", "committee", "words", "reading_grade", "errors", "warnings", "info",
                         "needs_attention", "status", "shares_passages_with"]
    assert len(body) == len(results) and total[0] == "TOTAL"
    codes = head[11:]
    assert set(codes) == {f.code for r in results for f in r.findings}
    for column in ["errors", "warnings", "info", *codes]:
        index = head.index(column)
        assert int(total[index]) == sum(int(row[index]) for row in body)
    by_file = {Path(row[0]).name: row for row in body}
    assert Path(by_file["belgium.txt"][10]).name == "norway.txt"
    assert by_file["broken.docx"][9] == "not read"


def test_csv_cells_never_start_a_formula():
    results = [FileResult('=HYPERLINK("http://x").txt', error="unreadable"), FileResult("-cmd.txt", error="unreadable")]
    rows = list(csv.reader(io.StringIO(csv_report.render(results))))
    assert sorted(row[0] for row in rows[1:-1]) == ["'-cmd.txt", "'=HYPERLINK(\"http://x\").txt"]


def test_csv_format_through_the_cli(run_cli, folder, tmp_path):
    target = tmp_path / "papers.csv"
    code, out, err = run_cli("check", folder, "--output-format", "csv", "-o", target, "--grammar", "off")
    assert code == 2 and out == ""
    assert target.read_text(encoding="utf-8").startswith("file,country,committee,")


def test_html_triage_table_is_sortable_without_inline_handlers(results):
    page = html_report.render(results)
    index = re.search(r'<section class="index".*?</section>', page, re.S)[0]
    assert index.count('<button type="button" class="sort">') == 10
    assert 'data-type="number"><button type="button" class="sort">needs attention' in index
    assert "not read: corrupt .docx" in index
    assert not re.search(r"\son[a-z]+=", page)  # the CSP allows no inline event handler
    assert 'table class="sortable"' in re.search(r'<section class="rules".*?</section>', page, re.S)[0]


def test_html_shows_shared_passages_side_by_side_escaped(tmp_path):
    shared = ("The delegation <script>alert(1)</script> recalls that coastal nations face rising seas, failing "
              "harvests and the loss of fresh water, and asks every Member State to fund early warning systems, "
              "regional insurance pools and training for local authorities before the next review conference.")
    settings = resolve(Config(grammar="off", select=["ST001"]))
    results = []
    for name, own in (("a.txt", "Japan opens its paper with its own words on the matter."),
                      ("b.txt", "Kenya begins with entirely different sentences of its own.")):
        (tmp_path / name).write_text(f"{own}\n\n{shared}\n", encoding="utf-8")
        results.append(check_path(str(tmp_path / name), settings))
    page = html_report.render(results)
    copies = re.search(r'<section class="copies".*?</section>', page, re.S)[0]
    assert copies.count('<div class="passage">') == 2
    assert "<script>alert" not in copies and "&lt;script&gt;alert(1)&lt;/script&gt;" in copies
