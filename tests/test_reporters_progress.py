"""Directory runs: the progress bar on a terminal, the summary table, the exit code by
--fail-on, and the example papers repository's configuration."""

from __future__ import annotations

import io
import shutil
import sys
from types import SimpleNamespace

from paperlint import progress
from tests.conftest import ROOT

PAPERS_REPO = ROOT / "examples" / "papers-repo"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_for_several_papers(monkeypatch):
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    papers = [SimpleNamespace(path=name) for name in ("a.txt", "b.txt", "c.txt")]
    assert list(progress.track(iter(papers), 3)) == papers
    drawn = terminal.getvalue()
    assert "Checking" in drawn and "3/3" in drawn
    terminal.truncate(0)
    assert list(progress.track(papers[:1], 1)) == papers[:1]
    assert terminal.getvalue() == ""
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    assert list(progress.track(papers[:2], 2)) == papers[:2]
    assert piped.getvalue() == ""


def test_directory_run_prints_a_summary_table_and_exits_by_fail_on(run_cli, tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(PAPERS_REPO, repo)
    papers = repo / "papers"
    code, out, err = run_cli("check", papers, "--fail-on", "error", "--select", "DB,ST001,CF002")
    assert code == 1  # france-disarmament.txt has web debris, an error
    assert "paperlint summary" in err
    rows = {line.split("│")[1].strip(): line for line in err.splitlines() if "│" in line and (".txt" in line or ".md" in line)}
    assert len(rows) == 2
    france = next(line for name, line in rows.items() if "france" in name)
    cells = [cell.strip() for cell in france.split("│")[2:5]]
    assert cells == ["3", "1", "0"]  # two debris lines and a malapropism (errors), a contraction
    assert "2 papers" in err
    assert "DB001" in out  # the report itself stays on stdout
    code, out, err = run_cli("check", papers / "kenya-climate.md", papers / "france-disarmament.txt",
                             "--fail-on", "error", "--select", "ST001")
    assert code == 0 and "paperlint summary" in err


def test_no_table_for_one_paper_or_a_machine_format(run_cli):
    papers = PAPERS_REPO / "papers"
    code, out, err = run_cli("check", papers / "kenya-climate.md")
    assert "paperlint summary" not in err
    code, out, err = run_cli("check", papers, "--output-format", "json")
    assert "paperlint summary" not in err and out.startswith("{")


def test_example_repository_is_complete_and_its_config_loads(run_cli):
    for name in ("paperlint.toml", ".pre-commit-config.yaml", ".github/workflows/papers.yml", "README.md"):
        assert (PAPERS_REPO / name).is_file(), name
    papers = sorted(p.name for p in (PAPERS_REPO / "papers").iterdir())
    assert papers == ["france-disarmament.txt", "kenya-climate.md"]
    code, out, err = run_cli("check", PAPERS_REPO / "papers" / "kenya-climate.md", "--output-format", "concise",
                             "--fail-on", "warning")
    assert (code, err) == (0, ""), out + err
    assert "springfield profile" in run_cli("check", PAPERS_REPO / "papers" / "france-disarmament.txt")[1]


def test_table_in_a_log_is_not_squeezed_and_every_status_is_filled(run_cli, tmp_path, monkeypatch):
    """stderr is not a terminal here (as in CI or pre-commit): the table keeps its full headers
    and names at any width, and says for every paper whether it fails, passes or was not read."""
    monkeypatch.setenv("COLUMNS", "60")
    long_name = "delegation-of-the-kingdom-of-belgium-to-the-security-council-final-version-2.txt"
    (tmp_path / long_name).write_text("Belgium does not agree. They don't agree.\n", encoding="utf-8")
    (tmp_path / "clean.txt").write_text("Belgium does not agree.\n", encoding="utf-8")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not a package")

    def statuses(fail_on: str) -> dict[str, str]:
        code, _, err = run_cli("check", tmp_path, "--select", "ST001", "--fail-on", fail_on, "--no-cache", "-j", "1")
        assert code in (1, 2)
        lines = err.splitlines()
        header = next(line for line in lines if "paper" in line and "status" in line)
        for column in ("errors", "warnings", "info", "reading grade", "status"):
            assert column in header
        rows = [[cell.strip() for cell in line.split("│")] for line in lines]
        return {cells[1]: cells[-2] for cells in rows if len(cells) > 2 and cells[1].endswith((".txt", ".docx"))}

    assert statuses("warning") == {long_name: "fails", "clean.txt": "passes", "broken.docx": "not read"}
    assert statuses("error")[long_name] == "passes"  # its one finding is a warning
