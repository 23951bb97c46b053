"""--shard K/N: every paper in exactly one shard, the same one in every run and however its
path is spelled."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from paperlint.errors import PaperlintError
from paperlint.shard import papers_in_shard, parse_shard, repository_root, shard_key, shard_of

PAPERS = [f"papers/{committee}/paper-{n:03d}.txt" for committee in ("ga1", "sc", "hrc") for n in range(40)]


@pytest.mark.parametrize("count", [1, 2, 3, 4, 7])
def test_every_paper_is_in_exactly_one_shard(tmp_path, count):
    shards = [papers_in_shard(PAPERS, (k, count), tmp_path) for k in range(1, count + 1)]
    assert sorted(p for shard in shards for p in shard) == sorted(PAPERS)
    assert all(shard for shard in shards)  # 120 papers leave no shard empty
    assert all(shard == sorted(shard, key=PAPERS.index) for shard in shards)  # order kept


def test_without_a_shard_every_paper_is_checked(tmp_path):
    assert papers_in_shard(PAPERS, None, tmp_path) == PAPERS


def test_the_shard_is_a_fixed_hash_of_the_relative_path(tmp_path):
    # SHA-256 of the path, not Python's hash(): the same on every machine and in every run
    paths = [str(tmp_path / p) for p in ("papers/a.txt", "papers/b.txt", "c.md")]
    assert [shard_of(p, 4, tmp_path) for p in paths] == [3, 2, 3]


def test_shards_agree_across_processes_with_different_hash_seeds(tmp_path):
    code = "import sys; from pathlib import Path; from paperlint.shard import shard_of; " \
           "print([shard_of(f'p{n}.txt', 5, Path(sys.argv[1])) for n in range(50)])"
    seen = {
        subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(seen) == 1


def test_spellings_of_one_path_share_a_shard(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "papers" / "sub").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    spellings = ["papers/sub/kenya.txt", "./papers/sub/kenya.txt", "papers//sub/kenya.txt",
                 "papers/other/../sub/kenya.txt", str(tmp_path / "papers" / "sub" / "kenya.txt")]
    assert {shard_key(p, repository_root()) for p in spellings} == {"papers/sub/kenya.txt"}
    monkeypatch.chdir(tmp_path / "papers")  # a runner in a subfolder: the repository is the root
    assert repository_root() == tmp_path
    assert shard_key("sub/kenya.txt", repository_root()) == "papers/sub/kenya.txt"


def test_a_checkout_anywhere_gives_the_same_shards(tmp_path):
    one, two = tmp_path / "runner1" / "repo", tmp_path / "elsewhere" / "work"
    for root in (one, two):
        (root / ".git").mkdir(parents=True)
    assert [shard_of(str(one / p), 3, one) for p in PAPERS] == [shard_of(str(two / p), 3, two) for p in PAPERS]


def test_stdin_belongs_to_the_first_shard(tmp_path):
    assert papers_in_shard(["-"], (1, 3), tmp_path) == ["-"]
    assert papers_in_shard(["-"], (2, 3), tmp_path) == []


@pytest.mark.parametrize("spec", ["", "1", "0/3", "4/3", "a/b", "1/0", "-1/2"])
def test_bad_shard_specs_are_one_line_errors(spec):
    with pytest.raises(PaperlintError, match="--shard"):
        parse_shard(spec)


def test_parse_shard():
    assert parse_shard("2/5") == (2, 5) and parse_shard(" 1 / 1 ") == (1, 1)


def test_check_shards_split_a_folder(tmp_path, monkeypatch, run_cli):
    papers = tmp_path / "papers"
    papers.mkdir()
    for n in range(8):
        (papers / f"paper-{n}.txt").write_text(f"Country: Kenya\n\nKenya supports plan number {n}.\n")
    monkeypatch.chdir(tmp_path)
    seen = []
    for k in (1, 2, 3):
        code, out, err = run_cli("check", "papers", "--shard", f"{k}/3", "--grammar", "off", "--no-cache",
                                 "--output-format", "json")
        assert code in (0, 1), err
        seen.append([f["path"] for f in json.loads(out)["files"]])
    assert sorted(p for shard in seen for p in shard) == [f"papers/paper-{n}.txt" for n in range(8)]
    code, _, err = run_cli("check", "papers", "--shard", "4/3")
    assert code == 2 and err.count("\n") == 1 and "--shard" in err
