"""`paperlint merge`: the shard reports of `check --shard K/N` joined equal the report of one
run over all the papers, in json, sarif and junit."""

from __future__ import annotations

import json

import pytest

from paperlint.errors import PaperlintError
from paperlint.merge import merge_reports, walk_order
from tests.conftest import EXAMPLES

SHARDS = 3


@pytest.fixture
def papers(tmp_path, monkeypatch):
    """A folder of papers (one in a subfolder, one unreadable), checked from its parent."""
    folder = tmp_path / "papers"
    (folder / "sub").mkdir(parents=True)
    belgium = (EXAMPLES / "belgium.txt").read_text(encoding="utf-8")
    for country in ["Kenya", "Chile", "Japan", "Norway", "Ghana"]:
        (folder / f"{country.lower()}.txt").write_text(belgium.replace("Belgium", country), encoding="utf-8")
    (folder / "sub" / "peru.txt").write_text(belgium.replace("Belgium", "Peru"), encoding="utf-8")
    (folder / "zz-empty.txt").write_text("", encoding="utf-8")  # a paper that cannot be read
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _check(run_cli, cache, fmt, *extra):
    code, out, err = run_cli("check", "papers", "--grammar", "off", "--jobs", "1", "--cache-dir", cache,
                             "--output-format", fmt, *extra)
    assert code in (1, 2), err
    return out


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit"])
def test_merged_shards_equal_one_run(papers, run_cli, fmt):
    cache = str(papers / "cache")
    whole = _check(run_cli, cache, fmt)
    shards = [_check(run_cli, cache, fmt, "--shard", f"{k}/{SHARDS}") for k in range(1, SHARDS + 1)]
    assert sum(bool(s) for s in shards) == SHARDS and whole not in shards  # each shard has a share
    reports = []
    for k, text in enumerate(shards, 1):
        (papers / f"shard{k}.{fmt}").write_text(text, encoding="utf-8")
        reports.append(f"shard{k}.{fmt}")
    code, out, err = run_cli("merge", *reversed(reports))
    assert (code, err) == (0, "")
    assert out == whole
    assert merge_reports(list(reversed(shards))) == whole


def test_json_shards_split_files_and_findings(papers, run_cli):
    cache = str(papers / "cache")
    shards = [json.loads(_check(run_cli, cache, "json", "--shard", f"{k}/{SHARDS}")) for k in range(1, SHARDS + 1)]
    merged = json.loads(merge_reports([json.dumps(s) for s in shards]))
    assert merged["summary"]["files"] == 7 == sum(s["summary"]["files"] for s in shards)
    assert merged["summary"]["findings"] == sum(s["summary"]["findings"] for s in shards) > 0
    assert merged["summary"]["files_with_errors"] == 1


def test_a_paper_in_two_reports_is_an_error(papers, run_cli):
    report = _check(run_cli, str(papers / "cache"), "json", "--shard", f"1/{SHARDS}")
    with pytest.raises(PaperlintError, match="more than one report"):
        merge_reports([report, report])


def test_reports_of_different_formats_or_versions_are_errors(papers, run_cli):
    cache = str(papers / "cache")
    as_json, as_sarif = _check(run_cli, cache, "json", "--shard", "1/2"), _check(run_cli, cache, "sarif", "--shard", "2/2")
    with pytest.raises(PaperlintError, match="different formats"):
        merge_reports([as_json, as_sarif])
    other = json.loads(_check(run_cli, cache, "json", "--shard", "2/2"))
    other["paperlint_version"] = "0.0.1"
    with pytest.raises(PaperlintError, match="paperlint versions"):
        merge_reports([as_json, json.dumps(other)])


def test_bad_reports_are_one_line_errors(tmp_path, run_cli):
    (tmp_path / "notes.txt").write_text("not a report")
    (tmp_path / "broken.json").write_text('{"schema_version": 1, "files": [{}]}')
    for name in ("notes.txt", "broken.json", "missing.json"):
        code, out, err = run_cli("merge", str(tmp_path / name))
        assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err


def test_walk_order_puts_a_folders_files_before_its_subfolders():
    paths = ["a/b/c.txt", "a/z.txt", "b.txt", "a/a.txt", "a/b/a.txt"]
    assert sorted(paths, key=walk_order) == ["b.txt", "a/a.txt", "a/z.txt", "a/b/a.txt", "a/b/c.txt"]
