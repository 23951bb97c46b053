"""The machine formats: SARIF against the official schema, GitHub workflow commands, JUnit
XML and the Markdown summary, each produced for the example papers through the CLI."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from paperlint.checker import check_path
from paperlint.config import OUTPUT_FORMATS, Config
from paperlint.reporters import formats, github, junit, markdown, sarif
from paperlint.results import FileResult
from paperlint.settings import resolve
from tests.conftest import EXAMPLES, ROOT

SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
PAPERS = [EXAMPLES / "belgium.txt", EXAMPLES / "belgium.docx", EXAMPLES / "belgium.pdf"]


@pytest.fixture(scope="module")
def results():
    settings = resolve(Config())
    return [check_path(str(path), settings) for path in PAPERS]


def test_every_new_format_is_discovered_and_allowed_in_config():
    for name in ("sarif", "github", "junit", "markdown", "html"):
        assert name in formats()
        assert name in OUTPUT_FORMATS


# --- SARIF -------------------------------------------------------------------------------

def test_sarif_for_the_example_papers_is_valid_against_the_official_schema(results):
    log = json.loads(sarif.render(results))
    validator = jsonschema.validators.validator_for(SARIF_SCHEMA)(SARIF_SCHEMA)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    run = log["runs"][0]
    findings = [f for r in results for f in r.findings]
    assert len(run["results"]) == len(findings) > 10
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert len(rule_ids) == len(set(rule_ids)) == len({f.code for f in findings})
    for result, finding in zip(run["results"], findings):
        assert rule_ids[result["ruleIndex"]] == result["ruleId"] == finding.code
        region = result["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (finding.line, finding.column)
        assert region["snippet"]["text"] == finding.text


def test_sarif_rule_help_is_the_rule_documentation(results):
    from paperlint.docs import rule_markdown
    from paperlint.reporters import rules_by_code

    log = json.loads(sarif.render(results))
    rule = log["runs"][0]["tool"]["driver"]["rules"][0]
    assert rule["help"]["markdown"] == rule_markdown(rules_by_code()[rule["id"]])
    assert rule["shortDescription"]["text"] == rules_by_code()[rule["id"]].docs.summary


def test_sarif_levels_fixes_and_docx_places(results):
    log = json.loads(sarif.render(results))
    by_uri: dict[str, list] = {}
    for result in log["runs"][0]["results"]:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        by_uri.setdefault(uri.rsplit("/", 1)[-1], []).append(result)
    levels = {r["level"] for r in by_uri["belgium.txt"]}
    assert levels <= {"error", "warning", "note"} and "error" in levels
    fixes = [r for r in by_uri["belgium.txt"] if "fixes" in r]
    assert fixes and all(r["fixes"][0]["artifactChanges"][0]["replacements"] for r in fixes)
    assert not any("fixes" in r for r in by_uri["belgium.docx"])  # a .docx is not patched by text offsets
    assert all(isinstance(r["properties"]["paragraph"], int) for r in by_uri["belgium.docx"])


def test_sarif_reports_an_unreadable_paper_as_a_failed_invocation(tmp_path):
    log = json.loads(sarif.render([FileResult(str(tmp_path / "gone.txt"), error="no such file")]))
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == "no such file"


# --- GitHub workflow commands -------------------------------------------------------------

_COMMAND = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def _unescape(value: str) -> str:
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def test_github_annotations_one_per_finding_with_exact_positions(results):
    lines = github.render(results).splitlines()
    findings = [f for r in results for f in r.findings]
    assert len(lines) == len(findings)
    for line, finding in zip(lines, findings):
        match = _COMMAND.match(line)
        assert match, line
        props = dict(part.split("=", 1) for part in match["props"].split(","))
        assert _unescape(props["file"]) == finding.path
        assert (int(props["line"]), int(props["col"])) == (finding.line, finding.column)
        assert (int(props["endLine"]), int(props["endColumn"])) == (finding.end_line, finding.end_column)
        assert _unescape(props["title"]).startswith(finding.code)
        assert _unescape(match["message"]).startswith(finding.message)
        assert match.group(1) == {"error": "error", "warning": "warning", "info": "notice"}[str(finding.severity)]


def test_github_escapes_newlines_percent_and_property_separators():
    assert github.escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert github.escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    line = github.command("error", "two\nlines", file="papers/a,b:c.txt", line=3)
    assert "\n" not in line
    assert line == "::error file=papers/a%2Cb%3Ac.txt,line=3::two%0Alines"


# --- JUnit ---------------------------------------------------------------------------------

def test_junit_parses_with_one_suite_per_paper_and_one_case_per_finding(results, tmp_path):
    clean = FileResult(str(tmp_path / "clean.txt"))
    broken = FileResult(str(tmp_path / "broken.docx"), error="corrupt .docx: not a Word document")
    root = ET.fromstring(junit.render([*results, clean, broken]).encode("utf-8"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [r.path for r in results] + [clean.path, broken.path]
    for suite, result in zip(suites, results):
        cases = suite.findall("testcase")
        assert len(cases) == len(result.findings) == int(suite.get("failures")) == int(suite.get("tests"))
        for case, finding in zip(cases, result.findings):
            failure = case.find("failure")
            assert failure.get("message") == finding.message
            assert failure.get("type").startswith(finding.code)
            assert f"flagged: {finding.text}" in failure.text
    assert [c.find("failure") for c in suites[-2].findall("testcase")] == [None]
    assert suites[-1].find("testcase/error").get("message").startswith("corrupt .docx")
    assert int(root.get("failures")) == sum(len(r.findings) for r in results)
    assert int(root.get("errors")) == 1


def test_junit_survives_control_characters_in_a_paper(run_cli, tmp_path):
    paper = tmp_path / "odd.txt"
    paper.write_text("We don't agree.\x0b Hopefully this works.\n", encoding="utf-8")
    code, out, err = run_cli("check", paper, "--output-format", "junit")
    assert code == 1, err
    assert ET.fromstring(out.encode("utf-8")).findall("testsuite/testcase/failure")


# --- Markdown --------------------------------------------------------------------------------

def test_markdown_summary_counts_and_rows(results):
    text = markdown.render(results)
    total = sum(len(r.findings) for r in results)
    assert text.startswith(f"## paperlint: {total} findings")
    table_rows = [line for line in text.splitlines() if line.startswith("| ") and "belgium" in line]
    assert len(table_rows) == len(results)
    finding_rows = [line for line in text.splitlines() if re.match(r"\| \d+ \| [A-Z]+\d{3} \|", line)]
    assert len(finding_rows) == min(total, markdown.MAX_ROWS_PER_PAPER * len(results))


def test_markdown_escapes_paper_text_and_pipes():
    cell = markdown.cell("a | b <script>alert(1)</script> *x*\nnext")
    assert "|" not in cell.replace("\\|", "")
    assert "<script>" not in cell and "&lt;script&gt;" in cell
    assert "\n" not in cell and "\\*x\\*" in cell


# --- through the CLI -------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["sarif", "github", "junit", "markdown"])
def test_cli_writes_each_format_to_a_file(run_cli, tmp_path, fmt):
    target = tmp_path / f"report.{fmt}"
    code, out, err = run_cli("check", EXAMPLES / "belgium.txt", "--output-format", fmt, "-o", target)
    assert code == 1, err
    assert out == ""
    text = target.read_text(encoding="utf-8")
    if fmt == "sarif":
        jsonschema.validate(json.loads(text), SARIF_SCHEMA)
    elif fmt == "junit":
        assert ET.fromstring(text.encode("utf-8")).get("failures") != "0"
    else:
        assert "DB001" in text


def test_config_output_format_accepts_the_new_formats(run_cli, tmp_path, monkeypatch):
    (tmp_path / "paperlint.toml").write_text('output-format = "github"\n', encoding="utf-8")
    paper = tmp_path / "paper.txt"
    paper.write_text(Path(EXAMPLES / "belgium.txt").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the run's output format is the config of the folder it runs in
    code, out, err = run_cli("check", paper)
    assert code == 1, err
    assert out.startswith("::")
