"""`paperlint check --watch`, driven by real file writes in a temporary folder: each test waits
for the watch's own signals (`ready`, one result list per re-check), never for a time.

Harper checks grammar here; tests/test_grammar_languagetool.py covers a watch with LanguageTool
(Ctrl-C leaves no Java behind)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from paperlint.app import ReportOptions
from paperlint.checker import RunOptions
from paperlint.errors import ctrl_c_pressed
from paperlint.watch import WatchControl, run_watch
from tests.conftest import ROOT

# Long enough for a loaded shared machine; a watch that works answers in about a second.
PATIENCE = 120
ERROR = "The delegation believe this is a error.\n"
FIXED = "The delegation believes this is an error.\n"


class Watching:
    """A watch running in a thread, with what it printed and the results of each re-check."""

    def __init__(self, paths: list[Path], capsys, max_rechecks: int | None = None, **options) -> None:
        self.control = WatchControl(max_rechecks=max_rechecks)
        self.capsys = capsys
        run_options = RunOptions(grammar="harper", use_cache=False, select=("GR",), **options)
        report = ReportOptions(output_format="concise")
        self.code: int | None = None

        def watch() -> None:
            self.code = run_watch([str(p) for p in paths], run_options, report, self.control)

        self.thread = threading.Thread(target=watch, daemon=True)
        self.thread.start()
        assert self.control.ready.wait(PATIENCE), "the first check never finished"

    def next_recheck(self) -> dict[str, list[str]]:
        """The next re-check: each paper's finding codes (or its error)."""
        results = self.control.rechecked.get(timeout=PATIENCE)
        return {Path(r.path).name: ([r.error] if r.error else [f.code for f in r.findings]) for r in results}

    def recheck_until(self, name: str, code: str) -> list[dict[str, list[str]]]:
        """Re-checks until one finds `code` in paper `name`: a save in place may be seen half
        done (an empty file) before it is seen whole."""
        seen = [self.next_recheck()]
        while code not in seen[-1].get(name, []):
            assert len(seen) < 3, seen
            seen.append(self.next_recheck())
        return seen

    def stop(self) -> int | None:
        self.control.stop.set()
        self.thread.join(PATIENCE)
        assert not self.thread.is_alive()
        return self.code


def save_by_rename(path: Path, text: str) -> None:
    """Save as editors do atomically: a temporary file, renamed over the paper."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def test_a_folder_is_checked_then_each_saved_paper_again(tmp_path, capsys):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "belgium.txt").write_text(ERROR, encoding="utf-8")
    watching = Watching([folder], capsys)
    out, err = capsys.readouterr()
    assert "belgium.txt:1:32: GR102" in out and "watching" in err

    save_by_rename(folder / "belgium.txt", FIXED)
    assert watching.next_recheck() == {"belgium.txt": []}

    (folder / "belgium.txt").write_text(ERROR, encoding="utf-8")  # saved in place
    assert all(list(rechecked) == ["belgium.txt"] for rechecked in watching.recheck_until("belgium.txt", "GR102"))

    (folder / "notes.csv").write_text("not a paper", encoding="utf-8")
    save_by_rename(folder / "france.txt", ERROR)  # a new paper in the folder
    rechecked = watching.next_recheck()
    assert list(rechecked) == ["france.txt"] and "GR102" in rechecked["france.txt"]
    assert watching.stop() == 0


def test_a_paper_deleted_and_saved_again_and_bad_input_keep_the_watch_going(tmp_path, capsys):
    paper = tmp_path / "belgium.txt"
    paper.write_text(FIXED, encoding="utf-8")
    watching = Watching([paper], capsys)
    capsys.readouterr()

    paper.unlink()
    assert watching.next_recheck() == {}
    assert "belgium.txt: deleted; it is checked again when it is saved" in capsys.readouterr().err

    save_by_rename(paper, ERROR)
    assert "GR102" in watching.next_recheck()["belgium.txt"]

    paper.write_bytes(b"")  # saved empty
    [error] = watching.next_recheck()["belgium.txt"]
    err = capsys.readouterr().err
    assert error and f"paperlint: error: {paper}: " in err and "Traceback" not in err

    save_by_rename(paper, FIXED)
    assert watching.next_recheck() == {"belgium.txt": []}
    assert watching.stop() == 0


def test_a_config_saved_in_a_watched_folder_rechecks_every_paper_under_it(tmp_path, capsys):
    for name in ("belgium.txt", "france.txt"):
        (tmp_path / name).write_text(ERROR, encoding="utf-8")
    watching = Watching([tmp_path], capsys)
    save_by_rename(tmp_path / "paperlint.toml", 'ignore = ["GR102"]\n')
    rechecked = watching.next_recheck()
    assert sorted(rechecked) == ["belgium.txt", "france.txt"]
    assert not any("GR102" in codes for codes in rechecked.values())
    save_by_rename(tmp_path / "paperlint.toml", "")
    assert all("GR102" in codes for codes in watching.next_recheck().values())
    assert watching.stop() == 0


def test_a_paper_that_does_not_exist_yet_is_waited_for(tmp_path, capsys):
    paper = tmp_path / "draft.md"
    watching = Watching([paper], capsys)
    assert "draft.md" in capsys.readouterr().err  # one line: it cannot be read (yet)
    save_by_rename(paper, ERROR)
    assert "GR102" in watching.next_recheck()["draft.md"]
    assert watching.stop() == 0


def test_the_watch_ends_after_its_last_recheck(tmp_path, capsys):
    paper = tmp_path / "belgium.txt"
    paper.write_text(FIXED, encoding="utf-8")
    watching = Watching([paper], capsys, max_rechecks=1)
    save_by_rename(paper, ERROR)
    assert "GR102" in watching.next_recheck()["belgium.txt"]
    watching.thread.join(PATIENCE)
    assert not watching.thread.is_alive() and watching.code == 0


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("--fix", "--watch prints a report at each save; it cannot be used with --fix"),
        ("--diff", "it cannot be used with --diff"),
        ("--shard=1/2", "it cannot be used with --shard"),
    ],
)
def test_options_that_write_or_split_are_refused(tmp_path, run_cli, option, message):
    paper = tmp_path / "belgium.txt"
    paper.write_text(FIXED, encoding="utf-8")
    code, out, err = run_cli("check", "--watch", option, paper)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_stdin_and_a_path_with_no_folder_are_refused(tmp_path, run_cli):
    code, _, err = run_cli("check", "--watch", "-")
    assert code == 2 and "cannot read stdin" in err
    code, _, err = run_cli("check", "--watch", tmp_path / "missing" / "paper.txt")
    assert code == 2 and "no such file or folder" in err and len(err.strip().splitlines()) == 1


def test_a_ctrl_c_whose_interrupt_was_lost_still_ends_the_watch(tmp_path, capsys):
    """A Ctrl-C is remembered as well as raised: one whose KeyboardInterrupt was dropped (raised
    in a finalizer, where Python prints it and goes on) still ends the watch at its next wake."""
    paper = tmp_path / "belgium.txt"
    paper.write_text(ERROR, encoding="utf-8")
    watching = Watching([paper], capsys)
    try:
        ctrl_c_pressed.set()  # what the Ctrl-C handler leaves behind, its exception lost
        watching.thread.join(PATIENCE)
        assert not watching.thread.is_alive() and watching.code == 0
    finally:
        ctrl_c_pressed.clear()
        watching.stop()


def test_ctrl_c_ends_the_watch_with_exit_0_and_no_traceback(tmp_path):
    paper = tmp_path / "belgium.txt"
    paper.write_text(ERROR, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "paperlint", "check", "--watch", str(paper), "--grammar", "harper", "--no-cache"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONFAULTHANDLER": "1"},  # a watch stuck past its Ctrl-C shows where, on SIGABRT
    )
    assert process.stderr is not None
    try:
        for line in process.stderr:  # the first report is out: the watch has begun
            if "watching" in line:
                break
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=PATIENCE)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)
        _, stuck = process.communicate(timeout=PATIENCE)
        pytest.fail(f"the watch missed its Ctrl-C; its threads:\n{stuck[:8000]}")
    finally:
        process.kill()  # a watch that missed its Ctrl-C is not left running
    assert process.returncode == 0, err
    assert "GR102" in out and "Traceback" not in err
