"""Fault injection: a LanguageTool server that hangs or answers garbage, an output folder that
cannot be written, Ctrl-C mid-run. The run reports what it could, says what failed, and
leaves no partial output file and no orphan process."""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from paperlint.grammar import languagetool
from tests.conftest import EXAMPLES, ROOT

BELGIUM = EXAMPLES / "belgium.txt"
LANGUAGES = [{"name": "English (GB)", "code": "en", "longCode": "en-GB"}]


class FakeLanguageTool(BaseHTTPRequestHandler):
    """Answers /v2/languages properly and /v2/check as the test's `behaviour` says."""

    behaviour = "garbage"

    def _answer(self) -> None:
        if self.path.startswith("/v2/languages"):
            self._send(200, json.dumps(LANGUAGES).encode())
        elif self.behaviour == "hang":
            time.sleep(3)
            self._send(200, b"{}")
        elif self.behaviour == "garbage":
            self._send(200, b"<html>Service Unavailable</html>")
        else:
            self._send(500, b"internal error")

    do_GET = do_POST = _answer

    def _send(self, status: int, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def fake_server():
    servers = []

    def start(behaviour: str) -> str:
        handler = type("Handler", (FakeLanguageTool,), {"behaviour": behaviour})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()


@pytest.mark.parametrize("behaviour", ["hang", "garbage", "error"])
def test_a_failing_languagetool_server_falls_back_to_harper(run_cli, fake_server, monkeypatch, behaviour):
    import paperlint.grammar as grammar

    monkeypatch.setattr(languagetool, "REQUEST_TIMEOUT", 0.5)
    grammar.shared_service().close()
    url = fake_server(behaviour)
    started = time.perf_counter()
    code, out, err = run_cli("check", BELGIUM, "--languagetool-url", url, "--output-format", "concise", "-j", "1", "--no-cache")
    grammar.shared_service().close()
    assert time.perf_counter() - started < 60
    assert code == 1 and "Traceback" not in err
    assert f"LanguageTool server at {url} stopped answering" in err
    assert "Harper checked grammar and spelling from here on" in err
    assert "UN001" in out and "DB001" in out  # the other checks still ran


def test_report_into_a_read_only_folder_is_one_line_and_leaves_nothing(run_cli, tmp_path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()

    def read_only(*args, **kwargs):  # as mkstemp fails on a read-only file system (root ignores chmod)
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    for args in (["-o", folder / "report.json", "--output-format", "json"], ["--annotate", folder / "copy.docx"]):
        code, _, err = run_cli("check", BELGIUM, "--select", "DB", "--no-cache", *args)
        assert code == 2 and err.count("\n") == 1 and "cannot write (Read-only file system)" in err, err
    assert list(folder.iterdir()) == []


class _FullDisk(io.FileIO):
    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")


def test_full_disk_leaves_the_old_report_whole(run_cli, tmp_path, monkeypatch):
    report = tmp_path / "report.json"
    report.write_text("the old report\n")
    monkeypatch.setattr(os, "fdopen", lambda fd, mode: _FullDisk(fd, "wb"))
    code, _, err = run_cli("check", BELGIUM, "--select", "DB", "--no-cache", "-o", report, "--output-format", "json")
    monkeypatch.undo()
    assert code == 2 and "No space left on device" in err and err.count("\n") == 1
    assert report.read_text() == "the old report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_ctrl_c_mid_run_writes_no_partial_report(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    for index in range(300):
        (papers / f"p{index}.txt").write_text(BELGIUM.read_text(encoding="utf-8"), encoding="utf-8")
    report = tmp_path / "report.json"
    process = subprocess.Popen(
        [sys.executable, "-m", "paperlint", "check", str(papers), "--grammar", "harper", "--no-cache",
         "-j", "2", "-o", str(report), "--output-format", "json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, start_new_session=True,
    )
    time.sleep(3)
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130 and "interrupted" in err and "Traceback" not in err, err
    assert not report.exists() and list(tmp_path.iterdir()) == [papers]
    time.sleep(0.5)
    assert not _children_of(process.pid)


def _children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


FINALIZER_CHECK = '''
import os
import signal
import weakref


class Anything:
    pass


def check(document, rule, ctx):
    """Ctrl-C lands while a finalizer runs, where Python prints the exception and drops it."""
    weakref.finalize(Anything(), os.kill, os.getpid(), signal.SIGINT)
    return []
'''
FINALIZER_PACK = """pack: finalizer
prefix: XF
category: style
rules:
  - code: XF001
    name: ctrl-c-in-a-finalizer
    kind: python
    severity: error
    message: "Never said."
    check: "finalizer_check:check"
    docs: {summary: Sends Ctrl-C from a finalizer., why: To test., bad: "A [[paper]].", good: "A paper."}
"""


def test_ctrl_c_dropped_by_a_finalizer_still_stops_the_run(tmp_path):
    """Python drops a KeyboardInterrupt raised in a finalizer (a closed HTTP connection, say),
    and would print its traceback: the run prints none, and still stops at the next paper, with
    exit 130 and no report."""
    (tmp_path / "finalizer_check.py").write_text(FINALIZER_CHECK, encoding="utf-8")
    (tmp_path / "pack.yml").write_text(FINALIZER_PACK, encoding="utf-8")
    (tmp_path / "paperlint.toml").write_text('packs = ["pack.yml"]\nselect = ["XF"]\n', encoding="utf-8")
    for index in range(3):
        (tmp_path / f"p{index}.txt").write_text(BELGIUM.read_text(encoding="utf-8"), encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "paperlint", "check", "p0.txt", "p1.txt", "p2.txt", "--grammar", "off", "--no-cache", "-j", "1"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))},
    )
    assert "Exception ignored" not in completed.stderr and "Traceback" not in completed.stderr
    assert completed.returncode == 130 and "paperlint: interrupted" in completed.stderr
    assert "paperlint summary" not in completed.stderr and "No findings" not in completed.stdout


def test_ctrl_c_in_a_worker_stops_its_paper_and_every_later_one_but_not_the_worker(monkeypatch):
    from paperlint import checker
    from paperlint.checker import RunOptions

    def check_pressed_midway(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(1)  # the handler runs before this returns
        raise AssertionError("Ctrl-C did not stop the paper")

    monkeypatch.setattr(checker, "_worker_stopping", False)
    monkeypatch.setattr(checker, "check_path", check_pressed_midway)
    previous = signal.signal(signal.SIGINT, checker._ctrl_c_in_worker)
    try:
        with pytest.raises(KeyboardInterrupt):
            checker._check_in_worker((str(BELGIUM), RunOptions()))
        assert checker._worker_stopping and not checker._worker_checking
        monkeypatch.setattr(checker, "_worker_stopping", False)
        os.kill(os.getpid(), signal.SIGINT)  # between papers: remembered, nothing raised
        time.sleep(0.1)
        assert checker._worker_stopping
        monkeypatch.setattr(checker, "check_path", lambda *a, **k: pytest.fail("a paper checked after Ctrl-C"))
        with pytest.raises(KeyboardInterrupt):
            checker._check_in_worker((str(BELGIUM), RunOptions()))
    finally:
        signal.signal(signal.SIGINT, previous)


def test_a_failure_after_ctrl_c_is_reported_as_the_interruption(run_cli, monkeypatch):
    from paperlint import app, cli
    from paperlint.errors import ctrl_c_pressed

    def broken_by_ctrl_c(*args, **kwargs):
        ctrl_c_pressed.set()  # as the handler does when Ctrl-C lands in a finalizer
        raise RuntimeError("A process in the process pool was terminated abruptly")

    monkeypatch.setattr(app, "run_check", broken_by_ctrl_c)
    monkeypatch.setattr(cli, "_interrupted", lambda: sys.exit(130))
    try:
        code, _, err = run_cli("check", BELGIUM)
    finally:
        ctrl_c_pressed.clear()
    assert code == 130 and "internal error" not in err

    def broken(*args, **kwargs):
        raise RuntimeError("A process in the process pool was terminated abruptly")

    monkeypatch.setattr(app, "run_check", broken)  # the same failure without Ctrl-C is a bug
    code, _, err = run_cli("check", BELGIUM)
    assert code == 2 and "internal error: RuntimeError" in err
