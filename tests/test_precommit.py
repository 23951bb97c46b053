"""The pre-commit hook, run by pre-commit itself on a temporary papers repository.

pre-commit clones a snapshot of this repository (committed into a temporary git repository,
so uncommitted work is tested too) and installs the hook's environment with pip, which needs
the package index; the first run takes about a minute, later ones reuse pip's cache."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

PAPERS_REPO = ROOT / "examples" / "papers-repo"
# What pre-commit needs from this repository to install paperlint.
SNAPSHOT = ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml", "src/", "rules/")
GIT_ENV = {
    "GIT_AUTHOR_NAME": "paperlint tests", "GIT_AUTHOR_EMAIL": "tests@example.invalid",
    "GIT_COMMITTER_NAME": "paperlint tests", "GIT_COMMITTER_EMAIL": "tests@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(cwd: Path, *args: str) -> str:
    completed = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                               env={**os.environ, **GIT_ENV, "HOME": str(cwd)})
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.strip()


def test_hooks_filter_by_file_type_so_a_files_pattern_only_narrows_them():
    """A user's `files:` replaces a hook's own; the file types stay, and identify (pre-commit's
    file typing) gives papers these types and other common files none of them."""
    identify = pytest.importorskip("identify.identify")
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    types = {hook_id: set(hook["types_or"]) for hook_id, hook in hooks.items()}
    for name in ("a.txt", "a.md", "a.markdown", "a.pdf"):
        assert identify.tags_from_filename(name) & types["paperlint"], name
    for name in ("a.txt", "a.md"):
        assert identify.tags_from_filename(name) & types["paperlint-fix"], name
    for name in ("a.py", "a.json", "a.csv", "a.html", "paperlint.toml", "a.yaml"):
        assert not identify.tags_from_filename(name) & types["paperlint"], name
    for name in ("a.pdf", "a.png", "a.py", "a.csv"):
        assert not identify.tags_from_filename(name) & types["paperlint-fix"], name


def test_hook_entry_checks_only_papers_and_names_the_rest(tmp_path, capsys):
    """What `types_or` lets through that is no paper (pre-commit types a .docx only as binary)
    the entry leaves out, naming it; with --fix, only .txt and .md are passed on."""
    from paperlint.precommit import main as hook

    def main(args):
        try:
            hook(args)
        except SystemExit as exit_:
            return exit_.code
        return 0

    paper = tmp_path / "paper.txt"
    paper.write_text("They don't agree.\n", encoding="utf-8")
    image, word = tmp_path / "map.png", tmp_path / "paper.docx"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    word.write_bytes((ROOT / "examples" / "belgium.docx").read_bytes())
    code = main(["--select", "ST001", "--no-cache", str(image), str(paper)])
    out, err = capsys.readouterr()
    assert code == 1 and "ST001" in out
    assert err == f"paperlint: note: {image}: not checked (the hook reads .docx, .markdown, .md, .pdf, .text, .txt)\n"
    before = word.read_bytes()
    code = main(["--fix", "--select", "ST001", "--no-cache", str(word), str(paper)])
    out, err = capsys.readouterr()
    assert code == 0 and paper.read_text(encoding="utf-8") == "They do not agree.\n"
    assert word.read_bytes() == before and f"{word}: not checked" in err
    assert main(["--select", "ST001", str(image)]) == 0  # nothing left to check, nothing run
    out, err = capsys.readouterr()
    assert out == "" and "not checked" in err


def test_hook_definition_matches_the_cli():
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["paperlint"]["entry"] == "paperlint-hook"
    assert hooks["paperlint"]["language"] == "python"
    import re

    pattern = re.compile(hooks["paperlint"]["files"])
    for name in ("papers/a.txt", "a.md", "b.docx", "c.pdf"):
        assert pattern.search(name)
    for name in ("a.py", "paperlint.toml", "a.doc"):
        assert not pattern.search(name)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> tuple[Path, str]:
    """This repository's current files, committed into a temporary git repository."""
    snapshot = tmp_path_factory.mktemp("paperlint-hook-repo")
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.splitlines()
    for name in listed:
        source = ROOT / name
        if source.is_file() and name.startswith(SNAPSHOT) and "__pycache__" not in name:
            target = snapshot / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git(snapshot, "init", "-q")
    git(snapshot, "add", "-A")
    git(snapshot, "commit", "-q", "-m", "snapshot")
    return snapshot, git(snapshot, "rev-parse", "HEAD")


def pre_commit(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(cwd.parent / "pre-commit-home"),
           "PRE_COMMIT_COLOR": "never", "HOME": str(cwd)}
    env.pop("CI", None)  # not a reason for pre-commit to change its output
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, capture_output=True,
                          text=True, env=env, timeout=900)


def test_pre_commit_checks_only_the_papers_a_commit_changes(hook_repo, tmp_path):
    pytest.importorskip("pre_commit", reason="pre-commit is in the test extra")
    repo_path, rev = hook_repo
    papers = tmp_path / "papers-repo"
    shutil.copytree(PAPERS_REPO, papers)
    # The hook's environment has only the required dependencies (no optional grammar or
    # meaning models), so the test picks rules that do not depend on them.
    hook = {"id": "paperlint", "files": "^papers/", "args": ["--select", "DB,ST001,CF002,UN"]}
    config = {"repos": [{"repo": str(repo_path), "rev": rev, "hooks": [hook]}]}
    # A map next to the papers: `files: ^papers/` must not make the hook read it.
    (papers / "papers" / "map.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (papers / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    bad = papers / "papers" / "france-disarmament.txt"
    parked = tmp_path / bad.name
    shutil.move(bad, parked)
    git(papers, "init", "-q")

    # 1. A commit with only the clean paper passes.
    git(papers, "add", "-A")
    first = pre_commit(papers, "run")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "paperlint" in first.stdout and "Passed" in first.stdout
    git(papers, "commit", "-q", "--no-verify", "-m", "clean paper")

    # 2. Adding the paper with debris and a contraction fails, naming only that paper.
    shutil.move(parked, bad)
    git(papers, "add", "papers/france-disarmament.txt")
    second = pre_commit(papers, "run")
    assert second.returncode == 1, second.stdout + second.stderr
    assert "Failed" in second.stdout
    assert "papers/france-disarmament.txt:5:1: DB001" in second.stdout
    assert "ST001" in second.stdout and "CF002" in second.stdout
    assert "kenya-climate.md" not in second.stdout  # unchanged papers are not checked

    # 3. Nothing staged under papers/: the hook is skipped.
    git(papers, "commit", "-q", "--no-verify", "-m", "france")
    (papers / "notes.py").write_text("x = 1\n", encoding="utf-8")
    git(papers, "add", "notes.py")
    third = pre_commit(papers, "run")
    assert third.returncode == 0 and "(no files to check)Skipped" in third.stdout.replace(".", "")

    # 4. paperlint-fix with the same `files: ^papers/` fixes a .txt paper and leaves a .docx
    #    paper and the map untouched.
    fix_hook = {"id": "paperlint-fix", "files": "^papers/", "args": ["--select", "ST001"]}
    config = {"repos": [{"repo": str(repo_path), "rev": rev, "hooks": [fix_hook]}]}
    (papers / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    git(papers, "add", "-A")
    git(papers, "commit", "-q", "--no-verify", "-m", "fix hook")
    fixable, word = papers / "papers" / "sweden.txt", papers / "papers" / "belgium.docx"
    fixable.write_text("Sweden doesn't agree.\n", encoding="utf-8")
    word.write_bytes((ROOT / "examples" / "belgium.docx").read_bytes())
    map_before = (papers / "papers" / "map.png").read_bytes()
    (papers / "papers" / "map.png").write_bytes(map_before + b"\0")
    git(papers, "add", "-A")
    fourth = pre_commit(papers, "run")
    assert fourth.returncode == 1 and "files were modified by this hook" in fourth.stdout, fourth.stdout
    assert fixable.read_text(encoding="utf-8") == "Sweden does not agree.\n"
    assert word.read_bytes() == (ROOT / "examples" / "belgium.docx").read_bytes()
    assert (papers / "papers" / "map.png").read_bytes() == map_before + b"\0"
