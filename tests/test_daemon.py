"""The per-user daemon (paperlint.daemon), run for real: `paperlint` processes talk to a daemon
in a temporary state folder, which every test stops; no process is left behind.

The rest of the suite checks in its own process (conftest sets PAPERLINT_DAEMON=0)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from paperlint import daemon
from tests.conftest import EXAMPLES

PAPER = "Belgium will not accept this. We don't agree with the proposal.\n"


@pytest.fixture
def folder():
    """A daemon state folder (short: a Unix socket path has a length limit). Afterwards the
    daemon is stopped and nothing started from the folder is still running."""
    path = Path(tempfile.mkdtemp(prefix="pl-daemon-", dir="/tmp"))
    try:
        yield path
    finally:
        daemon.stop(path)
        left = _wait(lambda: not processes_of(path), 10)
        for pid in processes_of(path):
            os.kill(pid, signal.SIGKILL)
        shutil.rmtree(path, ignore_errors=True)
        assert left, "a daemon process was left running"


def processes_of(path: Path) -> list[int]:
    """Processes whose command line names the state folder: the daemon and its forked checks."""
    return processes_with(str(path).encode())


def processes_with(needle: bytes) -> list[int]:
    """Running processes whose command line (arguments joined by NUL) contains `needle`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if needle in cmdline and state != "Z":
                found.append(int(entry.name))
    return found


def _wait(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def environment(folder: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "PAPERLINT_DAEMON": "1", "PAPERLINT_DAEMON_DIR": str(folder), **extra}


def paperlint(*args, env: dict[str, str], cwd: Path | None = None) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-m", "paperlint", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=300)
    return done.returncode, done.stdout, done.stderr


def daemon_pid(folder: Path) -> int | None:
    found = daemon.status(folder)
    return found["pid"] if found else None


@pytest.mark.parametrize("output", ["full", "json"])
def test_output_is_that_of_a_run_in_this_process(folder, tmp_path, output):
    """Cold daemon, warm daemon and no daemon give the same report, notes and exit code, on
    the examples (txt, docx, pdf, and a folder of papers checked by two workers)."""
    args = ["check", EXAMPLES, "--grammar", "harper", "--output-format", output, "--jobs", "2",
            "--cache-dir", tmp_path / "cache"]
    env = environment(folder)
    alone = paperlint(*args, "--no-daemon", env=env)
    assert daemon_pid(folder) is None
    cold = paperlint(*args, "--no-cache", env=env)
    pid = daemon_pid(folder)
    warm = paperlint(*args, "--no-cache", env=env)
    cached = paperlint(*args, env=env)
    assert alone[0] == 1 and "belgium.docx" in alone[1]
    assert cold == alone and warm == alone and cached == alone
    assert pid is not None and daemon_pid(folder) == pid


def test_fixes_and_budgets_are_those_of_a_run_in_this_process(folder, tmp_path):
    """--fix re-checks the fixed paper through the daemon; a paper over its time budget is
    stopped there as here."""
    for name in ("here", "daemon"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "paper.txt").write_text(PAPER)
    env = environment(folder)
    here = paperlint("check", "--fix", "--grammar", "off", tmp_path / "here" / "paper.txt", "--no-daemon", env=env)
    there = paperlint("check", "--fix", "--grammar", "off", tmp_path / "daemon" / "paper.txt", env=env)
    assert there == tuple(part.replace("/here/", "/daemon/") if isinstance(part, str) else part for part in here)
    assert (tmp_path / "daemon" / "paper.txt").read_text() == "Belgium will not accept this. We do not agree with the proposal.\n"
    (tmp_path / "paperlint.toml").write_text("time-budget = 0.0001\n")
    here = paperlint("check", "--grammar", "off", "--no-cache", tmp_path / "here", "--no-daemon", env=env)
    there = paperlint("check", "--grammar", "off", "--no-cache", tmp_path / "here", env=env)
    assert here[0] == there[0] == 2 and "time budget of 0.0001 s" in here[2]
    assert there == here and daemon_pid(folder) is not None


def test_a_config_or_pack_edited_between_runs_is_seen(folder, tmp_path):
    (tmp_path / "paper.txt").write_text("We greet the delegates of the world. We don't agree.\n")
    pack = "pack: conference\nprefix: XC\ncategory: style\nrules:\n" \
           "  - code: XC001\n    name: banned-phrase\n    kind: existence\n    severity: error\n" \
           "    message: \"{message} '{{found}}'.\"\n    tokens: [delegates of the world]\n" \
           "    docs: {{summary: Bans a phrase., why: House style., bad: \"[[delegates of the world]]\", good: Delegates.}}\n"
    (tmp_path / "pack.yml").write_text(pack.format(message="Our conference bans"))
    (tmp_path / "paperlint.toml").write_text('packs = ["pack.yml"]\n')
    args = ("check", "paper.txt", "--grammar", "off", "--output-format", "concise")
    env = environment(folder)
    _, out, _ = paperlint(*args, env=env, cwd=tmp_path)
    pid = daemon_pid(folder)
    assert "XC001 [error] Our conference bans 'delegates of the world'." in out and "ST001" in out
    (tmp_path / "pack.yml").write_text(pack.format(message="Springfield MUN bans"))
    (tmp_path / "paperlint.toml").write_text('packs = ["pack.yml"]\nignore = ["ST001"]\n')
    _, out, _ = paperlint(*args, env=env, cwd=tmp_path)
    assert "XC001 [error] Springfield MUN bans 'delegates of the world'." in out and "ST001" not in out
    assert daemon_pid(folder) == pid


def test_concurrent_first_runs_start_one_daemon(folder, tmp_path):
    (tmp_path / "paper.txt").write_text(PAPER)
    command = [sys.executable, "-m", "paperlint", "check", str(tmp_path / "paper.txt"), "--grammar", "off", "--no-cache"]
    runs = [subprocess.Popen(command, env=environment(folder), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(3)]
    outputs = [(run.wait(timeout=300), *run.communicate()) for run in runs]
    assert outputs[0][0] == 1 and "ST001" in outputs[0][1] and outputs[0][2] == ""
    assert outputs == [outputs[0]] * 3
    leaders = [pid for pid in processes_of(folder) if os.getpgid(pid) == pid]
    assert len(leaders) == 1 and daemon.status(folder)["checks"] == 3


def test_another_paperlint_or_python_replaces_the_daemon(folder, tmp_path, monkeypatch, run_cli):
    """A daemon started for another version, code or Python stops when asked, and a new one
    takes its place, without a note."""
    (tmp_path / "paper.txt").write_text(PAPER)
    monkeypatch.setenv("PAPERLINT_DAEMON", "1")
    monkeypatch.setenv("PAPERLINT_DAEMON_DIR", str(folder))
    real = daemon.identity()
    monkeypatch.setattr(daemon, "identity", lambda: ("0.0.1", *real[1:]))
    assert run_cli("check", tmp_path / "paper.txt", "--grammar", "off", "--no-cache")[0] == 1
    old = daemon_pid(folder)
    assert daemon.status(folder)["version"] == "0.0.1"
    monkeypatch.setattr(daemon, "identity", lambda: real)
    code, out, err = run_cli("check", tmp_path / "paper.txt", "--grammar", "off", "--no-cache")
    assert code == 1 and "ST001" in out and err == ""
    assert daemon.status(folder)["version"] == real[0]
    assert daemon_pid(folder) != old and _wait(lambda: not _alive(old), 10)


def _alive(pid: int) -> bool:
    return _state(pid) != "Z"


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def test_a_hung_daemon_is_killed_and_replaced_with_one_note(folder, tmp_path):
    (tmp_path / "paper.txt").write_text(PAPER)
    env = environment(folder, PAPERLINT_DAEMON_TIMEOUT="2")
    alone = paperlint("check", tmp_path / "paper.txt", "--grammar", "off", "--no-cache", "--no-daemon", env=env)
    paperlint("check", tmp_path / "paper.txt", "--grammar", "off", "--no-cache", env=env)
    hung = daemon_pid(folder)
    os.kill(hung, signal.SIGSTOP)
    code, out, err = paperlint("check", tmp_path / "paper.txt", "--grammar", "off", "--no-cache", env=env)
    assert (code, out) == alone[:2]
    assert err == "paperlint: note: the paperlint daemon did not answer within 2 s; it was replaced\n"
    assert not _alive(hung) and daemon_pid(folder) not in (None, hung)


def test_a_daemon_that_died_is_replaced_quietly(folder, tmp_path):
    (tmp_path / "paper.txt").write_text(PAPER)
    env = environment(folder)
    first = paperlint("check", tmp_path / "paper.txt", "--grammar", "off", "--no-cache", env=env)
    dead = daemon_pid(folder)
    os.killpg(dead, signal.SIGKILL)
    assert _wait(lambda: not _alive(dead), 10) and (folder / "daemon.sock").exists()
    assert paperlint("check", tmp_path / "paper.txt", "--grammar", "off", "--no-cache", env=env) == first
    assert daemon_pid(folder) not in (None, dead)


def test_when_no_daemon_can_start_the_check_runs_here_with_one_note(tmp_path):
    (tmp_path / "paper.txt").write_text(PAPER)
    (tmp_path / "not-a-folder").write_text("")
    env = environment(tmp_path / "not-a-folder" / "daemon")
    code, out, err = paperlint("check", tmp_path / "paper.txt", "--grammar", "off", "--no-cache", env=env)
    assert code == 1 and "ST001" in out
    assert err.startswith("paperlint: note: the paperlint daemon cannot start (") and err.count("\n") == 1
    assert err.endswith("; checking in this process\n")


def test_the_daemon_stops_after_its_idle_time(folder, tmp_path):
    (tmp_path / "paper.txt").write_text(PAPER)
    (tmp_path / "paperlint.toml").write_text("daemon-idle-minutes = 0.02\n")
    paperlint("check", "paper.txt", "--grammar", "off", "--no-cache", env=environment(folder), cwd=tmp_path)
    pid = daemon_pid(folder)
    assert pid is not None and daemon.status(folder)["idle_minutes"] == pytest.approx(0.02)
    assert _wait(lambda: not _alive(pid), 20)
    assert not (folder / "daemon.sock").exists() and not (folder / "daemon.json").exists()


def test_status_and_stop(folder, tmp_path):
    (tmp_path / "paper.txt").write_text(PAPER)
    env = environment(folder)
    assert paperlint("daemon", "status", env=env) == (0, f"no daemon is running (state folder {folder})\n", "")
    paperlint("check", tmp_path / "paper.txt", "--grammar", "off", env=env)
    pid = daemon_pid(folder)
    code, out, _ = paperlint("daemon", "status", env=env)
    assert code == 0 and out.startswith(f"daemon running: pid {pid}, paperlint ")
    assert "1 checks served" in out and "LanguageTool: none started" in out
    assert paperlint("daemon", "stop", env=env) == (0, f"stopped the daemon (pid {pid})\n", "")
    assert not _alive(pid) and not processes_of(folder)
    assert paperlint("daemon", "stop", env=env)[1] == f"no daemon is running (state folder {folder})\n"


def test_off_by_switch_config_or_stdin(folder, tmp_path):
    """--no-daemon, PAPERLINT_DAEMON=0, config `daemon = false` and a paper from stdin check here."""
    (tmp_path / "paper.txt").write_text(PAPER)
    paperlint("check", "paper.txt", "--grammar", "off", "--no-daemon", env=environment(folder), cwd=tmp_path)
    paperlint("check", "paper.txt", "--grammar", "off", env=environment(folder, PAPERLINT_DAEMON="0"), cwd=tmp_path)
    done = subprocess.run([sys.executable, "-m", "paperlint", "check", "-", "--grammar", "off"], input=PAPER,
                          capture_output=True, text=True, env=environment(folder), timeout=300)
    assert done.returncode == 1 and "ST001" in done.stdout
    (tmp_path / "paperlint.toml").write_text("daemon = false\n")
    paperlint("check", "paper.txt", "--grammar", "off", env=environment(folder), cwd=tmp_path)
    assert not (folder / "daemon.sock").exists() and daemon_pid(folder) is None


def needs_languagetool() -> None:
    from paperlint.grammar.install import installed_home

    if installed_home() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LanguageTool is not installed: .ci/run must run `paperlint setup languagetool`")
        pytest.skip("LanguageTool is not installed (run `paperlint setup languagetool`)")


def test_hook_batches_share_one_languagetool(folder, tmp_path):
    """pre-commit runs the hook once per batch of files: every batch uses the daemon's one
    LanguageTool server, which stops with the daemon."""
    needs_languagetool()
    hook = Path(sys.executable).parent / "paperlint-hook"
    env = environment(folder)
    servers = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("This is a error in the paper.\n")
        done = subprocess.run([str(hook), "--grammar", "languagetool", "--no-cache", "--output-format", "json",
                               str(tmp_path / name)],
                              capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 1 and "EN_A_VS_AN" in done.stdout, done.stderr
        servers.append(daemon.status(folder)["languagetool"])
    assert len(servers[0]) == 1 and servers[1] == servers[0]
    port = servers[0][0].rsplit(":", 1)[1].strip("/")
    java = processes_with(f"--port\0{port}".encode())
    assert len(java) == 1
    daemon.stop(folder)
    assert _wait(lambda: not any(_alive(pid) for pid in java), 10)


CRASHING_CHECK = '''
import os
import signal


def check(document, rule, ctx):
    """Kill the process that checks a paper saying CRASH, unless it is the test's own."""
    if "CRASH" in document.text and os.getpid() != int(os.environ["TEST_PID"]):
        os.kill(os.getpid(), signal.SIGKILL)
    return []
'''
CRASHING_PACK = """pack: crashing
prefix: XT
category: style
rules:
  - code: XT001
    name: crashing-check
    kind: python
    severity: error
    message: "Never said."
    check: "crashing_check:check"
    docs: {summary: Crashes., why: To test., bad: "A [[paper]].", good: "A paper."}
"""


def test_a_daemon_that_crashes_in_a_check_is_replaced_then_left(folder, tmp_path, monkeypatch, capsys):
    """The daemon dies in the middle of a check: the client notes it, replaces it and sends the
    papers not yet checked; when the new one dies too, the rest is checked in this process.
    The results are those of a run in this process, in order."""
    from paperlint.checker import RunOptions, check_paths
    from paperlint.grammar import GrammarService

    (tmp_path / "crashing_check.py").write_text(CRASHING_CHECK)
    (tmp_path / "pack.yml").write_text(CRASHING_PACK)
    (tmp_path / "paperlint.toml").write_text('packs = ["pack.yml"]\n')
    papers = []
    for name, text in (("p1.txt", PAPER), ("p2.txt", "CRASH. " + PAPER), ("p3.txt", PAPER)):
        (tmp_path / name).write_text(text)
        papers.append(str(tmp_path / name))
    monkeypatch.setenv("TEST_PID", str(os.getpid()))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")])))
    monkeypatch.syspath_prepend(str(tmp_path))
    options = RunOptions(grammar="off", use_cache=False, select=("XT", "ST001"))
    here = list(check_paths(papers, options, GrammarService(), 1))
    client = daemon.DaemonClient(folder, 60)
    checked = list(client.check_paths(papers, options, GrammarService(), 1))
    assert [r.path for r in checked] == papers
    assert [r.findings for r in checked] == [r.findings for r in here] and here[1].findings
    assert capsys.readouterr().err.splitlines() == [
        "paperlint: note: the paperlint daemon stopped in the middle of a check (EOFError); it was replaced",
        "paperlint: note: the paperlint daemon stopped in the middle of a check (EOFError); checking in this process",
    ]
    assert daemon_pid(folder) is None


def test_an_idle_time_that_is_not_positive_is_a_config_error(run_cli, tmp_path, monkeypatch):
    (tmp_path / "paper.txt").write_text(PAPER)
    (tmp_path / "paperlint.toml").write_text("daemon-idle-minutes = 0\n")
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli("check", "paper.txt")
    assert (code, out) == (2, "")
    assert err == f"paperlint: error: {tmp_path / 'paperlint.toml'}: key 'daemon-idle-minutes': must be more than 0\n"


def test_a_languagetool_server_that_died_is_started_again(folder, tmp_path):
    needs_languagetool()
    (tmp_path / "paper.txt").write_text("This is a error in the paper.\n")
    args = ("check", tmp_path / "paper.txt", "--grammar", "languagetool", "--no-cache")
    env = environment(folder)
    first = paperlint(*args, env=env)
    assert first[0] == 1 and "LanguageTool" in first[2]
    (url,) = daemon.status(folder)["languagetool"]
    (java,) = processes_with(f"--port\0{url.rsplit(':', 1)[1].strip('/')}".encode())
    os.kill(java, signal.SIGKILL)
    assert _wait(lambda: not _alive(java), 10)
    assert paperlint(*args, env=env) == first
    assert daemon.status(folder)["languagetool"] not in ([], [url])
