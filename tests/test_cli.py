"""The command line end to end: exit codes, selection, formats, config, suppression, stdin."""

from __future__ import annotations

import json

import jsonschema
import pytest

from tests.conftest import EXAMPLES, ROOT

BELGIUM = str(EXAMPLES / "belgium.txt")
SCHEMA = json.loads((ROOT / "docs" / "json-schema.json").read_text())


def codes(stdout: str) -> list[str]:
    return [line.split(": ")[1].split()[0] for line in stdout.splitlines() if line]


def test_belgium_reports_the_known_problems(run_cli):
    code, out, err = run_cli("check", BELGIUM, "--output-format", "concise")
    assert code == 1 and err == ""
    expected = {
        (1, "DB001"), (9, "CF002"), (13, "AC001"), (13, "UN002"), (15, "RD001"),
        (15, "UN001"), (15, "ST001"), (17, "ST004"), (19, "DB002"),
        (21, "DB002"), (23, "DB001"), (25, "DB001"), (28, "DB001"), (5, "CN002"),
    }
    found = {(int(line.split(":")[1]), line.split(": ")[1].split()[0]) for line in out.splitlines()}
    assert expected <= found
    acronyms = [line for line in out.splitlines() if "AC001" in line]
    assert ["FATF" in acronyms[0], "OSCE" in acronyms[1], "CoE" in acronyms[2]] == [True, True, True]
    # The paper is in US English (center, programs): UN spelling only when a profile asks for it.
    assert (15, "UN005") not in found
    assert (11, "ST005") not in found  # "2 years": UN number style only when asked for (extend-select)


def test_un_spelling_profile_reports_the_us_spellings(tmp_path, run_cli):
    config = tmp_path / "paperlint.toml"
    config.write_text('profile = "un"\n[profiles.un]\nspelling = "un"\n')
    code, out, _ = run_cli("check", BELGIUM, "--config", str(config), "--select", "UN005", "--output-format", "concise")
    assert "'programs' is US spelling where the conference asks for UN spelling: write 'programmes'" in out


def test_full_format_underlines_the_span_and_suggests(run_cli):
    code, out, _ = run_cli("check", BELGIUM, "--select", "UN001")
    lines = out.splitlines()
    assert lines[0].startswith(f"{BELGIUM}:15:127: UN001 error")
    source_line = next(line for line in lines if line.lstrip().startswith("15 |"))
    caret_line = lines[lines.index(source_line) + 1]
    start = caret_line.index("^")
    assert source_line[start : start + caret_line.count("^")] == "United Nation Security Council"
    assert "= suggestion: 'United Nation Security Council' → 'United Nations Security Council'" in out
    assert "help: paperlint rule UN001" in out
    assert lines[-1] == "Found 1 finding (1 error) in 1 paper."
    assert "structure (default profile): 5 of 10 present; missing: header: Committee" in out
    assert "longest 58" in out


def test_json_output_matches_the_documented_schema(run_cli):
    code, out, _ = run_cli("check", BELGIUM, "--output-format", "json")
    payload = json.loads(out)
    jsonschema.validate(payload, SCHEMA)
    finding = next(f for f in payload["findings"] if f["code"] == "ST001")
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (15, 308, 15, 313)
    assert finding["text"] == "don’t" and finding["suggestions"] == ["do not"]
    assert payload["summary"]["findings"] == len(payload["findings"])


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--select", "DB"], {"DB001", "DB002"}),
        (["--select", "debris"], {"DB001", "DB002"}),
        (["--select", "misnamed-un-body"], {"UN001"}),
        (["--select", "UN,CF0", "--ignore", "UN005,UN002,UN003,CF001"], {"UN001", "CF002"}),
        (["--ignore", "ALL", "--extend-select", "ST001"], set()),
    ],
)
def test_select_and_ignore(run_cli, args, expected):
    _, out, _ = run_cli("check", BELGIUM, "--output-format", "concise", *args)
    assert set(codes(out)) == expected


def test_exit_codes_follow_fail_on(run_cli, tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text("Belgium believes in cooperation. Hopefully it works.\n")
    assert run_cli("check", paper, "--fail-on", "error")[0] == 0
    assert run_cli("check", paper, "--fail-on", "warning")[0] == 1
    assert run_cli("check", paper, "--select", "DB")[0] == 0
    assert run_cli("check", paper, "--min-severity", "error", "--fail-on", "info")[0] == 0


def test_usage_errors_exit_2_with_one_line(run_cli):
    for args in (["check", BELGIUM, "--select", "XX9"], ["check", BELGIUM, "--output-format", "yaml"],
                 ["check", BELGIUM, "--fail-on", "fatal"], ["rule", "ZZ999"], ["nonsense"]):
        code, out, err = run_cli(*args)
        assert code == 2, args
        assert "Traceback" not in err and len(err.strip().splitlines()) <= 2, (args, err)


def test_rule_explains_with_examples(run_cli):
    code, out, _ = run_cli("rule", "UN001")
    assert code == 0
    for heading in ("UN001 misnamed-un-body", "Why is this bad?", "Example", "Use instead"):
        assert heading in out
    assert "United Nation Security Council in 2019" in out and "[[" not in out
    assert run_cli("rule", "misnamed-un-body")[1] == out


def test_rules_lists_every_rule(run_cli):
    from paperlint.engine.registry import load_rules

    code, out, _ = run_cli("rules", "--format", "json")
    listed = json.loads(out)
    assert [r["code"] for r in listed] == [r.code for r in load_rules()]
    assert all(r["docs"]["summary"] and r["docs"]["bad"] for r in listed)


def test_stdin(run_cli):
    code, out, _ = run_cli("check", "-", "--output-format", "concise", input="They don't agree.\n")
    assert code == 1 and out.startswith("stdin.txt:1:6: ST001")


def test_config_found_by_walking_up(run_cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.paperlint]\nignore = ["ST004"]\n[tool.paperlint.rules.RD001]\nmax = 3\n'
    )
    papers = tmp_path / "papers" / "2019"
    papers.mkdir(parents=True)
    (papers / "a.txt").write_text("Hopefully Belgium believes in strong cooperation.\n")
    _, out, _ = run_cli("check", papers / "a.txt", "--output-format", "concise")
    assert codes(out) == ["RD001"]
    assert "(more than 3)" in out


def test_per_file_ignores_and_user_pack(run_cli, tmp_path):
    (tmp_path / "pack.yml").write_text(
        "pack: conference\nprefix: XC\ncategory: style\nrules:\n"
        "  - code: XC001\n    name: banned-phrase\n    kind: existence\n    severity: error\n"
        "    message: \"Our conference bans '{found}'.\"\n    tokens: [delegates of the world]\n"
        "    docs: {summary: Bans a phrase., why: House style., bad: \"[[delegates of the world]]\", good: Delegates.}\n"
    )
    (tmp_path / "paperlint.toml").write_text(
        'packs = ["pack.yml"]\n[per-file-ignores]\n"old/*" = ["XC"]\n'
    )
    (tmp_path / "old").mkdir()
    for folder in (tmp_path, tmp_path / "old"):
        (folder / "p.txt").write_text("We greet the delegates of the world.\n")
    _, out, _ = run_cli("check", tmp_path, "--select", "XC", "--output-format", "concise")
    assert out.splitlines() == [f"{tmp_path / 'p.txt'}:1:14: XC001 [error] Our conference bans 'delegates of the world'."]
    assert "banned-phrase" in run_cli("rule", "XC001", "--config", tmp_path / "paperlint.toml")[1]


def test_a_user_pack_counts_its_own_token_and_words_per_sentence(run_cli, tmp_path):
    """The occurrence kind counts words by the document's own word offsets and any other token
    by its pattern: both limits hold."""
    (tmp_path / "pack.yml").write_text(
        "pack: conference\nprefix: XC\ncategory: style\nrules:\n"
        "  - {code: XC001, name: few-commas, kind: occurrence, token: ',', max: 2, message: '{count} commas.',\n"
        "     docs: {summary: s, why: w, bad: '[[a, b, c, d.]]', good: 'a, b.'}}\n"
        "  - {code: XC002, name: short-sentences, kind: occurrence, max: 5, message: '{count} words.',\n"
        "     docs: {summary: s, why: w, bad: '[[One two three four five six.]]', good: 'One two.'}}\n"
    )
    (tmp_path / "paperlint.toml").write_text('packs = ["pack.yml"]\n')
    (tmp_path / "p.txt").write_text("Chile, Peru and Bolivia agree. Chile, Peru, Bolivia, Ecuador agree too.\n")
    _, out, _ = run_cli("check", tmp_path / "p.txt", "--config", tmp_path / "paperlint.toml", "--select", "XC",
                        "--output-format", "concise")
    assert [line.split(": ", 1)[1] for line in out.splitlines()] == ["XC001 [warning] 3 commas.",
                                                                     "XC002 [warning] 6 words."]

@pytest.mark.parametrize(
    "content, message",
    [
        ('selct = ["ST"]\n', "unknown key 'selct'"),
        ('select = "ST"\n', "key 'select': expected a list"),
        ('fail-on = "fatal"\n', "unknown severity"),
        ("[rules.RD001]\nmaxx = 3\n", "unknown key 'maxx'"),
        ('[rules.RD001]\nmax = "many"\n', "expected int"),
        ("[rules.ZZ001]\nmax = 3\n", "names no rule"),
        ("select = [\n", "invalid TOML"),
        ('packs = ["missing.yml"]\n', "no such pack file"),
    ],
)
def test_bad_config_is_one_line_naming_file_and_key(run_cli, tmp_path, content, message):
    config = tmp_path / "paperlint.toml"
    config.write_text(content)
    (tmp_path / "p.txt").write_text("Belgium believes.\n")
    code, _, err = run_cli("check", tmp_path / "p.txt")
    assert code == 2
    assert err.count("\n") == 1 and str(config) in err and message in err, err


def test_inline_suppression(run_cli, tmp_path):
    paper = tmp_path / "p.md"
    paper.write_text(
        "They don't agree.\n\n"
        "<!-- paperlint: disable-next-line=ST001 -->\nThey don't agree.\n\n"
        "<!-- paperlint: disable=style -->\nThey don't agree. Hopefully.\n<!-- paperlint: enable=style -->\n\n"
        "They don't agree.\n"
    )
    _, out, _ = run_cli("check", paper, "--select", "ST001,ST004", "--output-format", "concise")
    assert [int(line.split(":")[1]) for line in out.splitlines()] == [1, 10]


def test_date_option_is_validated(run_cli):
    code, _, err = run_cli("check", BELGIUM, "--date", "someday")
    assert code == 2 and "cannot read date" in err


def test_version(run_cli):
    from paperlint import __version__

    code, out, _ = run_cli("--version")
    assert code == 0 and __version__ in out
