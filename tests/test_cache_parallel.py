"""The result cache and parallel checking: same results, fewer re-checks, safe when shared."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLES

ARGS = ("--grammar", "off", "--output-format", "concise")


def papers(tmp_path: Path, count: int = 6) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    source = (EXAMPLES / "belgium.txt").read_text(encoding="utf-8")
    for index in range(count):
        (folder / f"paper-{index}.txt").write_text(source.replace("Belgium", f"Country{index}", index), encoding="utf-8")
    return folder


def stages(path: Path) -> dict:
    return json.loads(path.read_text())["stages"]


def test_second_run_comes_from_the_cache_and_says_the_same(run_cli, tmp_path):
    folder, cache = papers(tmp_path), tmp_path / "cache"
    first = run_cli("check", folder, *ARGS, "--cache-dir", cache, "--timings", tmp_path / "t1.json", "-j", "1")
    second = run_cli("check", folder, *ARGS, "--cache-dir", cache, "--timings", tmp_path / "t2.json", "-j", "1")
    assert first[:2] == second[:2] and first[0] == 1
    assert "rules" in stages(tmp_path / "t1.json") and "cache" not in stages(tmp_path / "t1.json")
    assert set(stages(tmp_path / "t2.json")) == {"cache", "report"}


def test_a_changed_paper_or_config_is_checked_again(run_cli, tmp_path):
    folder, cache = papers(tmp_path, 2), tmp_path / "cache"
    run_cli("check", folder, *ARGS, "--cache-dir", cache, "-j", "1")
    with open(folder / "paper-1.txt", "a", encoding="utf-8") as handle:
        handle.write("\nThey don't agree.\n")
    _, out, _ = run_cli("check", folder, *ARGS, "--cache-dir", cache, "--timings", tmp_path / "t.json", "-j", "1")
    assert "paper-1.txt:29:6: ST001" in out
    assert "rules" in stages(tmp_path / "t.json")
    _, out, _ = run_cli("check", folder, *ARGS, "--cache-dir", cache, "--select", "ST001", "-j", "1")
    assert {line.split(": ")[1].split()[0] for line in out.splitlines()} == {"ST001"}


def test_no_cache_neither_reads_nor_writes(run_cli, tmp_path):
    folder, cache = papers(tmp_path, 2), tmp_path / "cache"
    run_cli("check", folder, *ARGS, "--cache-dir", cache, "--no-cache", "-j", "1")
    assert not cache.exists()


def test_broken_or_unwritable_cache_is_only_a_slower_run(run_cli, tmp_path):
    folder, cache = papers(tmp_path, 2), tmp_path / "cache"
    expected = run_cli("check", folder, *ARGS, "--no-cache", "-j", "1")[:2]
    run_cli("check", folder, *ARGS, "--cache-dir", cache, "-j", "1")
    for entry in cache.rglob("*.json"):
        entry.write_text("{not json")
    assert run_cli("check", folder, *ARGS, "--cache-dir", cache, "-j", "1")[:2] == expected
    shutil.rmtree(cache)
    cache.mkdir()
    cache.chmod(0o500)
    try:
        code, out, err = run_cli("check", folder, *ARGS, "--cache-dir", cache, "-j", "1")
        assert (code, out) == expected and "Traceback" not in err
    finally:
        cache.chmod(0o700)


def test_parallel_run_gives_the_same_report_in_the_same_order(run_cli, tmp_path):
    folder = papers(tmp_path, 8)
    sequential = run_cli("check", folder, *ARGS, "--no-cache", "-j", "1")
    parallel = run_cli("check", folder, *ARGS, "--no-cache", "-j", "2", "--output-format", "concise")
    assert parallel[:2] == sequential[:2]
    paths = [line.split(":")[0] for line in parallel[1].splitlines()]
    assert paths == sorted(paths) and len(set(paths)) == 8


def test_two_runs_sharing_a_cache_at_once(tmp_path):
    folder, cache = papers(tmp_path, 8), tmp_path / "cache"
    command = [sys.executable, "-m", "paperlint", "check", str(folder), *ARGS, "--cache-dir", str(cache), "-j", "2"]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [1, 1]
    assert outputs[0][0] == outputs[1][0] and outputs[0][0]
    assert all(b"Traceback" not in err for _, err in outputs)
    third = subprocess.run(command, capture_output=True, timeout=300)
    assert third.stdout == outputs[0][0]
    assert not list(cache.rglob("*.tmp"))


def test_a_cached_result_keeps_the_path_the_paper_is_named_by(run_cli, tmp_path, monkeypatch):
    folder, cache = papers(tmp_path, 1), tmp_path / "cache"
    absolute = run_cli("check", folder / "paper-0.txt", *ARGS, "--cache-dir", cache)[1]
    monkeypatch.chdir(folder)
    relative = run_cli("check", "paper-0.txt", *ARGS, "--cache-dir", cache, "--timings", tmp_path / "t.json")[1]
    assert set(stages(tmp_path / "t.json")) == {"cache", "report"}
    assert relative == absolute.replace(f"{folder}/", "")
    assert relative.startswith("paper-0.txt:1:1: DB001")


def test_parallel_harper_run_uses_linters_built_before_the_workers_fork(run_cli, tmp_path):
    from paperlint.grammar import harper_engine

    folder = papers(tmp_path, 6)
    args = ("--grammar", "harper", "--no-cache", "--output-format", "concise")
    harper_engine.linter.cache_clear()
    parallel = run_cli("check", folder, *args, "-j", "2")
    assert harper_engine.linter.cache_info().currsize == 2  # British and US English, in this process
    sequential = run_cli("check", folder, *args, "-j", "1")
    assert parallel[:2] == sequential[:2]
    assert ": GR" in sequential[1] or ": SP" in sequential[1]  # Harper's findings are in both
