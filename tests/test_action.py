"""The GitHub Action (action.yml): its check step run by bash as the runner would, and the
example papers repository's hook and workflow agreeing on one fail-on."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from paperlint.grammar.install import DIR_VARIABLE, installed_home
from tests.conftest import EXAMPLES, ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
PAPERS_REPO = EXAMPLES / "papers-repo"


def step(name: str) -> dict:
    return next(s for s in ACTION["runs"]["steps"] if s.get("name") == name)


def run_check_step(workspace: Path, paths: str, fail_on: str = "", args: str = "") -> tuple[str, str, Path]:
    """The "Check papers" step's script in `workspace`, with the inputs as the runner passes
    them (environment variables); its stdout, exit-code output and job summary file."""
    output, summary = workspace.parent / "github-output", workspace.parent / "step-summary"
    output.unlink(missing_ok=True)
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_ACTION_PATH": str(ROOT), "GITHUB_OUTPUT": str(output), "GITHUB_STEP_SUMMARY": str(summary),
        "PAPERLINT_PATHS": paths, "PAPERLINT_FAIL_ON": fail_on, "PAPERLINT_FORMAT": "concise",
        "PAPERLINT_ARGS": f"--grammar off --no-cache -j 1 {args}",
    }
    completed = subprocess.run(["bash", "-e", "-c", step("Check papers")["run"]], cwd=workspace, env=env,
                               capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    return completed.stdout, output.read_text(encoding="utf-8"), summary


def test_paths_with_spaces_one_per_line_and_globs(tmp_path):
    workspace = tmp_path / "repo"
    (workspace / "papers" / "sub folder").mkdir(parents=True)
    shutil.copy(EXAMPLES / "belgium.docx", workspace / "FINAL (1).docx")
    (workspace / "papers" / "sub folder" / "kenya draft.txt").write_text("Kenya doesn't agree.\n", encoding="utf-8")
    (workspace / "papers" / "notes.md").write_text("Kenya does not agree.\n", encoding="utf-8")
    out, exit_output, summary = run_check_step(
        workspace, "FINAL (1).docx\n  papers/**/*.txt  \n\n", args="--select ST001")
    assert "FINAL (1).docx" in out and "papers/sub folder/kenya draft.txt:1:" in out
    assert "notes.md" not in out  # only what the lines name
    assert exit_output == "exit-code=1\n"
    assert "ST001" in summary.read_text(encoding="utf-8")


def test_a_path_that_matches_nothing_is_named_not_dropped(tmp_path):
    workspace = tmp_path / "repo"
    workspace.mkdir()
    _, exit_output, _ = run_check_step(workspace, "missing paper.docx")
    assert exit_output == "exit-code=2\n"


def test_empty_fail_on_leaves_it_to_the_config_and_a_given_one_wins(tmp_path):
    workspace = tmp_path / "repo"
    workspace.mkdir()
    (workspace / "paper.txt").write_text("Kenya doesn't agree.\n", encoding="utf-8")  # a warning
    (workspace / "paperlint.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    assert ACTION["inputs"]["fail-on"]["default"] == ""
    assert run_check_step(workspace, "paper.txt", args="--select ST001")[1] == "exit-code=0\n"
    assert run_check_step(workspace, "paper.txt", fail_on="warning", args="--select ST001")[1] == "exit-code=1\n"


def test_example_repository_has_one_fail_on_for_the_hook_and_ci():
    """The hook and the workflow pass no fail-on of their own, so both use paperlint.toml's."""
    config = tomllib.loads((PAPERS_REPO / "paperlint.toml").read_text(encoding="utf-8"))
    assert config["fail-on"] in ("error", "warning", "info")
    hooks = yaml.safe_load((PAPERS_REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [hook] = [h for repo in hooks["repos"] for h in repo["hooks"] if h["id"].startswith("paperlint")]
    assert not any(arg.startswith("--fail-on") for arg in hook.get("args", []))
    workflow = yaml.safe_load((PAPERS_REPO / ".github" / "workflows" / "papers.yml").read_text(encoding="utf-8"))
    [action_step] = [s for s in workflow["jobs"]["paperlint"]["steps"] if "paperlint" in s.get("uses", "")]
    assert "fail-on" not in action_step.get("with", {})
    assert "--fail-on" not in action_step.get("with", {}).get("args", "")


def test_the_action_installs_languagetool_as_the_hook_uses_it(tmp_path):
    """With Java on the runner, the Action's steps put LanguageTool where `paperlint check`
    finds it (auto picks it, as the hook does); a restored cache of the jars is reused, not
    downloaded again (the suite has no network)."""
    installed = installed_home()
    if installed is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LanguageTool is not installed: .ci/run must run `paperlint setup languagetool`")
        pytest.skip("LanguageTool is not installed (run `paperlint setup languagetool`)")
    home = tmp_path / "home"
    restored = home / ".cache" / "paperlint-languagetool" / installed.name / "lib"
    restored.mkdir(parents=True)
    for jar in (installed / "lib").iterdir():  # what actions/cache restores
        (restored / jar.name).symlink_to(jar)
    github_env = tmp_path / "github-env"
    env = {key: value for key, value in os.environ.items() if key != DIR_VARIABLE}
    env.update(HOME=str(home), GITHUB_ENV=str(github_env),
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    assert ACTION["inputs"]["languagetool"]["default"] == "true"
    for name in ("Set up LanguageTool", "Install LanguageTool"):
        completed = subprocess.run(["bash", "-e", "-c", step(name)["run"]], env=env, capture_output=True, text=True, timeout=300)
        assert completed.returncode == 0, completed.stderr
        env.update(line.split("=", 1) for line in github_env.read_text(encoding="utf-8").splitlines())
    assert step("Cache LanguageTool")["with"]["path"] == "~/.cache/paperlint-languagetool"
    assert installed_home(env[DIR_VARIABLE]) == restored.parent
