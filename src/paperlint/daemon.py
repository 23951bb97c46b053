"""The per-user daemon: one process that keeps the engines warm and runs `paperlint check` for
every client (docs/daemon.md).

The daemon holds what is slow to load: the check modules and rule packs, the spaCy pipeline,
Harper's linters and a LanguageTool server, each loaded on the first request that needs it.
A client (`paperlint check`, so the pre-commit hook too) sends its papers, working folder,
environment and `RunOptions`; the daemon resolves their configuration afresh, warms what they
need, and forks a process that runs the same pipeline as an in-process run
(`checker.check_paths`, with its workers forked from the warm process) and streams the
`FileResult`s back. The client renders them as it always does, so the output is the same.

Transport: `multiprocessing.connection` on a Unix socket in a per-user folder (0700), with an
authentication key in a 0600 file. A file lock makes concurrent first runs start one daemon.
The daemon stops after an idle time, and is replaced when the client's paperlint version,
code or Python differs. A daemon that does not answer within a bound, or drops a check, is
killed and replaced with one note; if none can start, the client checks in its own process.
"""

from __future__ import annotations

import json
import os
import pickle
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing import AuthenticationError
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path
from typing import Any

from paperlint import __version__
from paperlint.budget import paper_budget
from paperlint.checker import STDIN, RunOptions, check_paths, needs_grammar, warm_up
from paperlint.errors import BudgetExceeded, PaperlintError, note
from paperlint.grammar import GrammarService
from paperlint.output import write_atomically
from paperlint.results import FileResult

FOLDER_VARIABLE = "PAPERLINT_DAEMON_DIR"
SWITCH_VARIABLE = "PAPERLINT_DAEMON"  # 0, off, false or no: every run checks in its own process
BOUND_VARIABLE = "PAPERLINT_DAEMON_TIMEOUT"
OFF_VALUES = ("0", "off", "false", "no")
# Seconds a daemon has to accept a request. Another client's first request may hold it while
# LanguageTool starts (up to languagetool.STARTUP_TIMEOUT), so the bound is above that.
ANSWER_BOUND = 120.0
START_BOUND = 30.0  # seconds for a new daemon to listen
SOCKET, AUTHKEY, LOCK, INFO, LOG = "daemon.sock", "authkey", "start.lock", "daemon.json", "daemon.log"


def state_folder() -> Path:
    """$PAPERLINT_DAEMON_DIR, else $XDG_RUNTIME_DIR/paperlint, else ~/.cache/paperlint/daemon."""
    if os.environ.get(FOLDER_VARIABLE):
        return Path(os.environ[FOLDER_VARIABLE]).expanduser()
    if os.environ.get("XDG_RUNTIME_DIR"):
        return Path(os.environ["XDG_RUNTIME_DIR"]) / "paperlint"
    return Path.home() / ".cache" / "paperlint" / "daemon"


def identity() -> tuple[str, ...]:
    """What a daemon must share with its client: paperlint's version and code, and the Python
    (its interpreter and environment, however the executable is named: python or python3)."""
    from paperlint.cache import code_fingerprint

    return (__version__, os.path.realpath(sys.executable), sys.prefix, code_fingerprint())


def client_for(paths: list[str], options: RunOptions, idle_minutes: float, enabled: bool) -> DaemonClient | None:
    """The daemon client for this run, or None where a run checks in its own process: turned
    off (--no-daemon, config `daemon = false`, $PAPERLINT_DAEMON=0), a paper read from stdin,
    or a platform without fork and Unix sockets."""
    if not (options.use_daemon and enabled) or os.environ.get(SWITCH_VARIABLE, "").lower() in OFF_VALUES:
        return None
    if STDIN in paths or not hasattr(os, "fork") or sys.platform == "win32":
        return None
    return DaemonClient(state_folder(), idle_minutes * 60)


@dataclass(frozen=True)
class Request:
    """One `check` as a client asks it: everything an in-process run would read from its process."""

    identity: tuple[str, ...]
    cwd: str
    environment: dict[str, str]
    papers: list[str]
    options: RunOptions
    jobs: int


class DaemonFailure(Exception):
    """The daemon did not answer or dropped a check; `started` is False when none could start."""

    def __init__(self, reason: str, kill: bool = True, started: bool = True, quiet: bool = False):
        super().__init__(reason)
        self.kill, self.started, self.quiet = kill, started, quiet


class DaemonClient:
    """One run's side of the daemon: sends checks, replaces a failed daemon once, and falls
    back to this process. Keeps the engine lines and run notes (grammar and online) of its
    checks, in the daemon or here."""

    def __init__(self, folder: Path, idle_seconds: float):
        self.folder = folder
        self.idle_seconds = idle_seconds
        self.bound = float(os.environ.get(BOUND_VARIABLE) or ANSWER_BOUND)
        self.engine_lines: list[str] = []
        self.run_notes: list[str] = []
        self._replaced = False
        self._given_up = False
        self._pid: int | None = None  # the daemon this client talks to, as recorded when it connected

    def check_paths(self, papers: list[str], options: RunOptions, grammar: GrammarService,
                    jobs: int) -> Iterator[FileResult]:
        """`checker.check_paths` through the daemon; what it cannot check, `grammar` checks here."""
        left = list(papers)
        while left and not self._given_up:
            try:
                for result in self._remote(left, options, jobs):
                    left = left[left.index(result.path) + 1:] if result.path in left else left
                    yield result
                return
            except DaemonFailure as failure:
                self._recover(failure)
        if left:
            yield from check_paths(left, options, grammar, jobs)
            from paperlint.facts import online_notes

            self.run_notes += online_notes()

    def _recover(self, failure: DaemonFailure) -> None:
        if failure.kill:
            with self._lock():
                if _recorded_pid(self.folder) == self._pid:  # not replaced by another client meanwhile
                    kill_daemon(self.folder)
        if not failure.started or self._replaced:
            note(f"the paperlint daemon {failure}; checking in this process")
            self._given_up = True
            return
        self._replaced = True
        if not failure.quiet:
            note(f"the paperlint daemon {failure}; it was replaced")

    def _remote(self, papers: list[str], options: RunOptions, jobs: int) -> Iterator[FileResult]:
        request = Request(identity(), os.getcwd(), dict(os.environ), papers, options, jobs)
        with self._connection() as connection:
            try:
                connection.send(("check", request))
                if not connection.poll(self.bound):
                    raise DaemonFailure(f"did not answer within {self.bound:g} s")
                answer = connection.recv()
            except (OSError, EOFError) as error:
                raise DaemonFailure(f"dropped the connection ({type(error).__name__})") from None
            if answer[0] == "stale":  # another version of paperlint or Python: it has stopped
                raise DaemonFailure("was of another paperlint or Python", kill=False, quiet=True)
            while True:
                try:
                    kind, *values = connection.recv()
                except (OSError, EOFError) as error:
                    raise DaemonFailure(f"stopped in the middle of a check ({type(error).__name__})") from None
                if kind == "result":
                    yield values[0]
                elif kind == "raise":
                    raise values[0]
                else:  # "done"
                    self.engine_lines += values[0]
                    self.run_notes += values[1]
                    return

    def _connection(self) -> Connection:
        self._pid = _recorded_pid(self.folder)
        connection = connect(self.folder, self.bound)
        return connection if connection is not None else self._start()

    def _start(self) -> Connection:
        """Start a daemon, unless another client started one while this one waited for the lock."""
        try:
            make_folder(self.folder)
            lock = self._lock()
            lock.acquire()
        except OSError as error:
            raise DaemonFailure(f"cannot start ({error})", kill=False, started=False) from None
        try:
            self._pid = _recorded_pid(self.folder)
            connection = connect(self.folder, self.bound)
            if connection is not None:
                return connection
            kill_daemon(self.folder)  # what is left of one that died
            key = self.folder / AUTHKEY
            key.unlink(missing_ok=True)
            descriptor = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(secrets.token_bytes(32))
            with open(self.folder / LOG, "wb") as log:
                process = subprocess.Popen(
                    [sys.executable, "-c", "from paperlint.daemon import main; main()",
                     str(self.folder), str(self.idle_seconds), json.dumps(identity())],
                    stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True, cwd="/",
                )
            deadline = time.monotonic() + START_BOUND
            while time.monotonic() < deadline:
                if process.poll():  # it exits 0 once the daemon it forked listens
                    raise DaemonFailure(f"could not start (exit code {process.returncode}; see {self.folder / LOG})",
                                        kill=False, started=False)
                connection = connect(self.folder, self.bound)
                if connection is not None:
                    self._pid = _recorded_pid(self.folder)
                    return connection
                time.sleep(0.02)
            kill_daemon(self.folder)
            raise DaemonFailure(f"did not start within {START_BOUND:g} s", kill=False, started=False)
        except OSError as error:
            raise DaemonFailure(f"cannot start ({error})", kill=False, started=False) from None
        finally:
            lock.release()

    def _lock(self):
        from filelock import FileLock

        return FileLock(str(self.folder / LOCK), timeout=START_BOUND + self.bound)


def make_folder(folder: Path) -> None:
    """The state folder, for this user only."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)


def connect(folder: Path, bound: float) -> Connection | None:
    """A connection to the daemon of `folder`; None when none is listening there.
    DaemonFailure when one is there but does not answer within `bound` seconds."""
    socket_path, key = folder / SOCKET, folder / AUTHKEY
    try:
        authkey = key.read_bytes()
        before = os.stat(socket_path).st_ino
    except OSError:
        return None
    try:
        with paper_budget(bound):  # only the alarm of a paper's budget: the handshake can block
            return Client(str(socket_path), "AF_UNIX", authkey=authkey)
    except (FileNotFoundError, ConnectionRefusedError):
        return None  # a daemon that died left its socket
    except BudgetExceeded:
        raise DaemonFailure(f"did not answer within {bound:g} s") from None
    except (AuthenticationError, EOFError, OSError) as error:
        try:
            if os.stat(socket_path).st_ino == before:
                raise DaemonFailure(f"refused the connection ({type(error).__name__})") from None
        except FileNotFoundError:
            pass
        return None  # it stopped (idle) as this client came


def kill_daemon(folder: Path) -> None:
    """SIGKILL the daemon's process group (its checks and workers; its LanguageTool server dies
    with it), then remove its socket and record. Call with the start lock held."""
    pid = _recorded_pid(folder)
    if pid is not None:
        try:
            if os.getpgid(pid) == pid:  # still a daemon's session, not a reused process id
                os.killpg(pid, signal.SIGKILL)
                _wait_gone(pid, 5.0)
        except (ProcessLookupError, PermissionError):
            pass
    for name in (SOCKET, INFO):
        (folder / name).unlink(missing_ok=True)


def _recorded_pid(folder: Path) -> int | None:
    try:
        return int(json.loads((folder / INFO).read_text(encoding="utf-8"))["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _wait_gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.02)
    return False


def status(folder: Path | None = None) -> dict[str, Any] | None:
    """The running daemon's own account of itself, or None when none answers."""
    connection = _existing(folder or state_folder())
    if connection is None:
        return None
    try:
        with connection:
            connection.send(("status",))
            return connection.recv() if connection.poll(ANSWER_BOUND) else None
    except (EOFError, OSError):
        return None  # it stopped (idle) as it was asked


def stop(folder: Path | None = None) -> int | None:
    """Stop the running daemon (it finishes the checks it runs); its process id, or None."""
    folder = folder or state_folder()
    connection = _existing(folder)
    if connection is None:
        return None
    pid = _recorded_pid(folder)
    try:
        with connection:
            connection.send(("stop",))
            stopped = connection.poll(ANSWER_BOUND) and connection.recv()
    except (EOFError, OSError):
        stopped = True  # it stopped (idle) as it was asked
    if pid is not None and not (stopped and _wait_gone(pid, ANSWER_BOUND)):
        kill_daemon(folder)
    return pid


def _existing(folder: Path) -> Connection | None:
    try:
        return connect(folder, ANSWER_BOUND)
    except DaemonFailure as failure:
        raise PaperlintError(f"the paperlint daemon in {folder} {failure}") from None


# The daemon's side.

class _Idle(Exception):
    """The daemon waited its idle time for a request."""


def main() -> None:
    """`python -c 'from paperlint.daemon import main; main()' FOLDER IDLE IDENTITY`: listen, then
    go on in a forked process of its own session (so no client has to reap it) and exit."""
    folder, idle_seconds, own_identity = Path(sys.argv[1]), float(sys.argv[2]), tuple(json.loads(sys.argv[3]))
    daemon = Daemon(folder, idle_seconds, own_identity)
    listener = daemon.listen()
    if os.fork():
        os._exit(0)
    os.setsid()
    daemon.run(listener)


class Daemon:
    """The accept loop: one request at a time is prepared (configuration, warm engines) here,
    then checked in a forked process, so requests run side by side and the warm state stays."""

    def __init__(self, folder: Path, idle_seconds: float, own_identity: tuple[str, ...]):
        self.folder = folder
        self.idle_seconds = idle_seconds
        self.identity = own_identity
        self.grammar = GrammarService()
        self.languagetool_homes: set[Path] = set()
        self.warmed: set[tuple[Any, ...]] = set()
        self.children: set[int] = set()
        self.started = time.time()
        self.served = 0
        self.socket_inode: int | None = None
        self.temporary = folder / f"daemon-{os.getpid()}.sock"  # the socket's name until it listens

    def listen(self) -> Listener:
        """The listening socket, under a name of its own until `run` puts it in place."""
        listener = Listener(str(self.temporary), "AF_UNIX", authkey=(self.folder / AUTHKEY).read_bytes())
        os.chmod(self.temporary, 0o600)
        self.socket_inode = os.stat(self.temporary).st_ino
        return listener

    def run(self, listener: Listener) -> None:
        write_atomically(str(self.folder / INFO), json.dumps({"pid": os.getpid()}).encode("ascii"))
        os.replace(self.temporary, self.folder / SOCKET)  # clients never see a socket that is not listening
        signal.signal(signal.SIGALRM, _raise_idle)
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
        try:
            while self._serve_one(listener):
                pass
        finally:
            self._remove_files()
            try:
                listener.close()
            except FileNotFoundError:
                pass  # its temporary name was replaced by the socket's own
            for pid in list(self.children):
                _reap(pid, wait=True)
            self.grammar.close()

    def _serve_one(self, listener: Listener) -> bool:
        """Serve one connection; False when the daemon should stop."""
        self.children = {pid for pid in self.children if not _reap(pid)}
        signal.setitimer(signal.ITIMER_REAL, self.idle_seconds)
        try:
            connection = listener.accept()
        except _Idle:
            return bool(self.children) or not self._remove_files(wait=False)
        except (AuthenticationError, EOFError, OSError):
            return True
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        with connection:
            return self._handle(connection)

    def _handle(self, connection: Connection) -> bool:
        try:
            if not connection.poll(ANSWER_BOUND):
                return True
            kind, *values = connection.recv()
            if kind == "status":
                connection.send(self._status())
                return True
            if kind == "stop":
                self._remove_files()
                connection.send(("stopping",))
                return False
            if kind != "check":
                return True
            request: Request = values[0]
            if tuple(request.identity) != tuple(self.identity):
                self._remove_files()
                connection.send(("stale",))
                return False
            connection.send(("accepted",))
        except (EOFError, OSError):
            return True
        failures, settings = self._prepare(request)
        self.served += 1
        pid = os.fork()
        if pid == 0:
            self._check(connection, request, failures)  # exits
        self.children.add(pid)
        os.chdir("/")
        for each in settings:  # while the request is checked: for the next ones
            self._warm_check(each)
        return True

    def _status(self) -> dict[str, Any]:
        self.children = {pid for pid in self.children if not _reap(pid)}
        servers = [self.grammar.local_server(home) for home in self.languagetool_homes]
        return {
            "pid": os.getpid(), "version": self.identity[0], "python": self.identity[2], "folder": str(self.folder),
            "started": self.started, "idle_minutes": self.idle_seconds / 60, "checks": self.served,
            "running": len(self.children), "languagetool": [s.url for s in servers if s is not None],
        }

    def _prepare(self, request: Request) -> tuple[list[tuple[Any, Exception]], list[Any]]:
        """Take the request's folder and environment, resolve its configuration afresh (a config
        or pack edited since the last run counts), and load what its rules need here, where it
        stays loaded: check modules, tables, spaCy and a LanguageTool server. Returns the
        LanguageTool servers that could not start, with why, and the resolved settings."""
        from paperlint.settings import settings_for_file

        failures: list[tuple[Any, Exception]] = []
        resolved: list[Any] = []
        self.grammar.forget_stopped_servers()
        try:
            os.chdir(request.cwd)
            os.environ.clear()
            os.environ.update(request.environment)
            settings_for_file.cache_clear()
            seen: set[int] = set()
            for path in request.papers:
                settings = request.options.settings_for(path)
                if id(settings) in seen:
                    continue
                seen.add(id(settings))
                resolved.append(settings)
                warm_up(list(settings.rules))
                if needs_grammar(settings):
                    error = self._start_languagetool(settings.config)
                    if error is not None:
                        failures.append((settings.config, error))
        except Exception:  # noqa: BLE001 - the check itself meets the same error and reports it as a run here would
            pass
        return failures, resolved

    def _start_languagetool(self, config: Any) -> Exception | None:
        """Start the local LanguageTool server the config's engines use, if any; why it failed."""
        from paperlint.grammar import LANGUAGETOOL
        from paperlint.grammar.languagetool import LanguageToolFailure

        session = self.grammar.session(config)
        if LANGUAGETOOL in session.engines and not session.url and session.home:
            try:
                self.grammar.connection(None, session.home)
            except LanguageToolFailure as error:
                return error
            self.languagetool_homes.add(session.home)
        return None

    def _warm_check(self, settings: Any) -> None:
        """Once per rule set and engine setting, build Harper's linters (British and US) and
        check a sample paper made of the rules' own examples, so what loads on first use
        (Harper's and LanguageTool's first answers, spaCy's first batch, word lists) is loaded
        here, offline, and stays loaded. Run while the first such request is checked."""
        import dataclasses

        from paperlint.checker import check_document
        from paperlint.engine.registry import strip_marks
        from paperlint.grammar import HARPER, harper_engine
        from paperlint.grammar.vocabulary import vocabulary
        from paperlint.readers import read_bytes
        from paperlint.settings import Settings

        config = settings.config
        key = (tuple(r.code for r in settings.rules), config.grammar, config.languagetool_url,
               config.languagetool_dir, tuple(config.vocabulary.accept))
        if key in self.warmed:
            return
        self.warmed.add(key)
        try:
            if needs_grammar(settings) and HARPER in self.grammar.session(config).engines:
                harper_engine.warm(vocabulary(config).accepted_words)
            examples = [strip_marks(example)[0] for rule in settings.rules for example in rule.docs.bad_examples]
            text = "Sample\n\n" + "\n\n".join(examples) + "\n"
            sample = read_bytes(text.encode("utf-8"), "warm-up.txt", "txt")
            offline = Settings(dataclasses.replace(config, online=False), settings.rules)
            check_document(sample, offline, self.grammar.sharing_servers())
        except Exception:  # noqa: BLE001 - a warm-up only saves time; the checks report their own errors
            pass

    def _check(self, connection: Connection, request: Request, failures: list[tuple[Any, Exception]]) -> None:
        """In the forked process: the run's checks, as `paperlint check` runs them, streamed back."""
        code = 0
        try:
            signal.signal(signal.SIGALRM, signal.SIG_DFL)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            grammar = self.grammar.sharing_servers()
            for config, error in failures:
                grammar.session(config).fall_back(error)
            for result in check_paths(request.papers, request.options, grammar, request.jobs):
                connection.send(("result", result))
            from paperlint.facts import online_notes

            connection.send(("done", grammar.describe(), grammar.notes() + online_notes()))
        except BaseException as error:  # noqa: BLE001 - the client raises it as a run here would
            code = 1
            try:
                connection.send(("raise", _sendable(error)))
            except (OSError, EOFError):
                pass
        finally:
            os._exit(code)  # no atexit: the servers and files belong to the daemon

    def _remove_files(self, wait: bool = True) -> bool:
        """Remove the socket and record if they are still this daemon's, under the start lock
        (so a client starting a new daemon never loses its files). False if the lock is busy."""
        from filelock import FileLock, Timeout

        try:
            with FileLock(str(self.folder / LOCK), timeout=START_BOUND if wait else 0):
                try:
                    if os.stat(self.folder / SOCKET).st_ino == self.socket_inode:
                        (self.folder / SOCKET).unlink()
                except FileNotFoundError:
                    pass
                if _recorded_pid(self.folder) == os.getpid():
                    (self.folder / INFO).unlink(missing_ok=True)
        except Timeout:
            return False
        return True


def _raise_idle(signum, frame) -> None:
    raise _Idle()


def _reap(pid: int, wait: bool = False) -> bool:
    """True when the forked check `pid` has ended (and is reaped)."""
    try:
        done, _ = os.waitpid(pid, 0 if wait else os.WNOHANG)
    except ChildProcessError:
        return True
    return done == pid


def _sendable(error: BaseException) -> BaseException:
    """`error` if it survives pickling, else a RuntimeError that says what it was."""
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:  # noqa: BLE001 - any pickling failure
        return RuntimeError(f"{type(error).__name__}: {error}")
