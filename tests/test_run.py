"""The run as a whole: each paper judged by its own config, one date policy for every
command, and each paper's budget."""

from __future__ import annotations

import datetime

import docx
import pytest

from paperlint.context import DatePolicy
from tests.conftest import document_from


def _two_folders(tmp_path, first: str, second: str):
    for name, fail_on in ((first, "error"), (second, "info")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "paperlint.toml").write_text(f'fail-on = "{fail_on}"\nselect = ["ST001"]\n')
        (folder / "p.txt").write_text("Kenya believes in cooperation, and it can't wait.\n")


def test_each_paper_is_judged_by_its_own_fail_on_whatever_the_order(run_cli, tmp_path, monkeypatch):
    _two_folders(tmp_path, "strict", "lenient")
    monkeypatch.chdir(tmp_path)
    assert run_cli("check", "strict", "lenient")[0] == 1  # 'lenient' fails on its warning
    assert run_cli("check", "lenient", "strict")[0] == 1
    assert run_cli("check", "strict")[0] == 0  # a warning does not fail fail-on = "error"


def test_output_options_come_from_the_folder_the_command_runs_in(run_cli, tmp_path, monkeypatch):
    _two_folders(tmp_path, "a", "b")
    (tmp_path / "b" / "paperlint.toml").write_text('output-format = "json"\nselect = ["ST001"]\n')
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("check", "a", "b")
    assert not out.lstrip().startswith("{")  # not the last paper's json
    (tmp_path / "paperlint.toml").write_text('output-format = "concise"\n')
    code, out, _ = run_cli("check", "a", "b")
    assert out.splitlines()[0].startswith("a/p.txt:1:")


def test_date_precedence_override_then_paper_then_config_then_file():
    document = document_from("Date: 1 March 2024\n\nKenya supports the resolution.\n")
    document.metadata.file_date = datetime.date(2015, 5, 5)
    assert DatePolicy().paper_date(document) == datetime.date(2024, 3, 1)
    assert DatePolicy(fallback=datetime.date(2020, 1, 1)).paper_date(document) == datetime.date(2024, 3, 1)
    assert DatePolicy(override=datetime.date(2019, 1, 1)).paper_date(document) == datetime.date(2019, 1, 1)
    document.metadata.date = None
    assert DatePolicy(fallback=datetime.date(2020, 1, 1)).paper_date(document) == datetime.date(2020, 1, 1)
    assert DatePolicy().paper_date(document) == datetime.date(2015, 5, 5)


def test_a_stale_template_date_does_not_beat_the_papers_date_line(run_cli, tmp_path):
    paper = tmp_path / "paper.docx"
    made = docx.Document()
    made.core_properties.created = datetime.datetime(2013, 2, 1)
    for line in ("Country: Republic of Kenya", "Date: 3 March 2024",
                 "Kenya welcomes General Assembly resolution 77/1 and its follow-up."):
        made.add_paragraph(line)
    made.save(paper)
    code, out, err = run_cli("facts", paper)
    assert code == 0, out + err
    assert "contradicted" not in out.split("\n", 1)[1]
    code, out, err = run_cli("check", paper, "--select", "FC001", "--output-format", "concise")
    assert (code, out.strip()) == (0, "")


def test_a_paper_over_its_time_budget_is_reported_and_the_run_goes_on(run_cli, tmp_path):
    slow = tmp_path / "slow"
    slow.mkdir()
    (slow / "paperlint.toml").write_text("time-budget = 0.001\n")
    (slow / "p.txt").write_text("Kenya supports the resolution on clean water. " * 200 + "\n")
    good = tmp_path / "good.txt"
    good.write_text("Kenya supports the United Nation Security Council.\n")
    code, out, err = run_cli("check", slow / "p.txt", good, "--select", "UN001", "--output-format", "concise")
    assert code == 2
    assert f"paperlint: error: {slow / 'p.txt'}: stopped: checking took more than its time budget of 0.001 s" in err
    assert out.startswith(f"{good}:1:")


def test_a_rule_that_fails_is_reported_and_the_papers_other_rules_still_run(monkeypatch):
    """Stop 38: a bug in one rule (a lone dash read as an empty word) stopped a whole sweep."""
    from paperlint.engine import runner
    from paperlint.engine.registry import load_rules

    rules = [rule for rule in load_rules() if rule.code in {"UN001", "GR002"}]
    real = runner._rule_findings

    def failing(document, rule, ctx, suppressed):
        if rule.code == "GR002":
            raise ValueError("a bug")
        return real(document, rule, ctx, suppressed)

    monkeypatch.setattr(runner, "_rule_findings", failing)
    failures: list[str] = []
    found = runner.run_rules(document_from("Kenya sat on the United Nation Security Council."), rules, None, None, failures)
    assert [f.code for f in found] == ["UN001"]
    assert failures == ["rule GR002 failed on this paper (ValueError: a bug); its other rules ran. "
                        "Please report it (PAPERLINT_DEBUG=1 shows the traceback)."]
    with pytest.raises(ValueError):
        runner.run_rules(document_from("Kenya sat on the council."), rules)


def test_wordnet_and_names_never_read_an_empty_word():
    from paperlint.rules.un_terms.un_names import _tokens

    from paperlint.analysis.events import wordnet

    lexicon = wordnet()
    assert lexicon is None or (lexicon.senses("", "noun") == [] and lexicon.senses(" x", "verb") == [])
    assert _tokens("the United Nations - falls into neither") == ("the", "united", "nations", "falls", "into", "neither")
