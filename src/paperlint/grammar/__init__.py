"""Grammar and spelling through real engines: LanguageTool (local server or URL) and Harper.

A run owns one `GrammarService` (it travels in the `RunContext`). `service.matches(document,
config)` runs the chosen engine(s) once per document (kept in `document.cache`) and returns
their matches, less those on accepted vocabulary; the engine rules of the grammar and spelling
packs each claim their share (see rules/grammar/engines.py). The service
holds one `Session` per engine setting and at most one LanguageTool server per installation,
started on first use and stopped by `close()`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from paperlint.config import GRAMMAR_MODES
from paperlint.errors import ConfigError, PaperlintError
from paperlint.grammar import harper_engine
from paperlint.grammar.install import VERSION, installed_home
from paperlint.grammar.matches import EngineMatch
from paperlint.grammar.vocabulary import vocabulary

URL_VARIABLE = "PAPERLINT_LANGUAGETOOL_URL"
CACHE_KEY = "grammar.matches"
LANGUAGETOOL, HARPER = "languagetool", "harper"
# The prose engines check, at most (a paper is ~20,000 characters; longer input is refused).
MAX_CHARS = 500_000


@dataclass
class Session:
    """The engines of one engine setting: which ones, and how to reach LanguageTool."""

    mode: str
    url: str | None
    home: Path | None
    service: GrammarService = field(repr=False)
    notes: list[str] = field(default_factory=list)
    failed: bool = False

    @property
    def engines(self) -> tuple[str, ...]:
        if self.mode == "off":
            return ()
        if self.mode == HARPER or self.failed:
            return (HARPER,)
        if self.mode == LANGUAGETOOL:
            return (LANGUAGETOOL,)
        if self.mode == "both":
            return (LANGUAGETOOL, HARPER)
        return (LANGUAGETOOL,) if (self.url or self.home) else (HARPER,)

    def describe(self) -> str:
        names = []
        for engine in self.engines:
            if engine == HARPER:
                names.append("Harper (built in)")
            elif self.url:
                names.append(f"LanguageTool at {self.url}")
            else:
                names.append(f"LanguageTool {VERSION} (local server)")
        return " + ".join(names) or "off"

    def languagetool(self):
        if not (self.url or self.home):
            raise PaperlintError(
                "LanguageTool is not installed: run `paperlint setup languagetool`, "
                f"or give a server with --languagetool-url / {URL_VARIABLE}"
            )
        return self.service.connection(self.url, self.home)

    def check(self, text: str, accepted_words: tuple[str, ...], variant: str = "en-GB") -> list[EngineMatch]:
        """Every engine's matches on `text`, read as `variant` English ("en-GB" or "en-US")."""
        from paperlint.grammar.languagetool import LanguageToolFailure

        found: list[EngineMatch] = []
        if LANGUAGETOOL in self.engines:
            try:
                found += self.languagetool().check(text, variant)
            except LanguageToolFailure as error:
                self.fall_back(error)
        if HARPER in self.engines:
            harper_matches = harper_engine.check(text, accepted_words, variant)
            found += [h for h in harper_matches if not any(_overlap(h, m) for m in found)]
        return sorted(found, key=lambda m: (m.start, m.end))

    def fall_back(self, error: Exception) -> None:
        """LanguageTool failed: stop it and check with Harper from here on, saying so once."""
        self.service.disconnect(self.url, self.home)
        self.failed = True
        self.notes.append(f"{error}; Harper checked grammar and spelling from here on")


def _overlap(a: EngineMatch, b: EngineMatch) -> bool:
    return a.start < b.end and b.start < a.end


class GrammarService:
    """The grammar engines of one run: a session per engine setting, and the LanguageTool
    servers they share. `languagetool_url` is a server to use instead of a local one (a
    worker process is given its parent's); `languagetool_failed` says the parent's could not
    start, so Harper checks instead; `long_running` says the service outlives many checks
    (serve, watch), so a local server is compiled for steady speed."""

    def __init__(self, languagetool_url: str | None = None, languagetool_failed: bool = False,
                 long_running: bool = False):
        self.languagetool_url = languagetool_url
        self.languagetool_failed = languagetool_failed
        self.long_running = long_running
        self._sessions: dict[tuple, Session] = {}
        # (url, home) -> (local server or None, client)
        self._connections: dict[tuple, tuple] = {}
        self._engines_busy = threading.Lock()  # one paper's engines at a time; close() waits for them

    def session(self, config=None) -> Session:
        """The session for this config's engine setting (created on first use)."""
        mode = getattr(config, "grammar", None) or "auto"
        if mode not in GRAMMAR_MODES:
            raise ConfigError(f"grammar: {mode!r} is not one of {', '.join(GRAMMAR_MODES)}")
        url = (getattr(config, "languagetool_url", None) or self.languagetool_url
               or os.environ.get(URL_VARIABLE) or None)
        directory = getattr(config, "languagetool_dir", None)
        key = (mode, url, directory)
        if key not in self._sessions:
            home = None if url else installed_home(directory)
            self._sessions[key] = Session(mode, url, home, self, failed=self.languagetool_failed)
        return self._sessions[key]

    def connection(self, url: str | None, home: Path | None):
        """The client for a LanguageTool URL, or for a local server from `home` started now."""
        key = (url, home)
        if key not in self._connections:
            from paperlint.grammar.languagetool import Client, LocalServer

            server = None
            if url is None:
                assert home is not None  # a session without a URL has an installed home
                server = LocalServer(home, long_running=self.long_running)
                server.start()
                url = server.url
            try:
                self._connections[key] = (server, Client(url))
            except PaperlintError:
                if server is not None:
                    server.stop()
                raise
        return self._connections[key][1]

    def disconnect(self, url: str | None, home: Path | None) -> None:
        server, _ = self._connections.pop((url, home), (None, None))
        if server is not None:
            server.stop()

    def sharing_servers(self) -> GrammarService:
        """A new service, with its own sessions and notes, that uses the LanguageTool servers
        this one started: one request of the daemon (paperlint.daemon), in a process forked
        from the one that owns the servers."""
        shared = GrammarService(self.languagetool_url, self.languagetool_failed)
        shared._connections = dict(self._connections)
        return shared

    def forget_stopped_servers(self) -> None:
        """Drop the local servers whose process has ended, so the next need starts a new one."""
        for (url, home), (server, _) in list(self._connections.items()):
            if server is not None and (server.process is None or server.process.poll() is not None):
                self.disconnect(url, home)

    def local_server(self, home: Path | None):
        """The local LanguageTool server started for `home`, if any (for tests and notes)."""
        return self._connections.get((None, home), (None, None))[0]

    def matches(self, document, config=None) -> list[EngineMatch]:
        """The engines' matches on `document` outside accepted vocabulary, in the paper's own
        English (US or British), computed once (or collected from `prefetch`)."""
        found = document.cache.get(CACHE_KEY)
        if found is None:
            found = self._engine_run(document, config)()
        elif isinstance(found, Pending):
            found = found.result()
        document.cache[CACHE_KEY] = found
        return found

    def prefetch(self, document, config=None) -> None:
        """Start the engines on `document` in a thread, for `matches` to collect: Harper's
        linter and the wait for LanguageTool run outside Python's lock, so they work while
        the rules load and run (Harper's half-second start among them)."""
        if CACHE_KEY not in document.cache and self.session(config).engines:
            document.cache[CACHE_KEY] = Pending(self._engine_run(document, config))

    def _engine_run(self, document, config) -> Callable[[], list[EngineMatch]]:
        """Read what the engines need from `document` now; the returned call runs them."""
        from paperlint.analysis.english import english_variant

        words = vocabulary(config)
        current = self.session(config)
        text, cut = engine_text(document)
        if cut and current.engines:
            current.notes.append(
                f"{document.path}: only the first {len(text):,} characters were checked for grammar and spelling"
            )
        variant = english_variant(document)

        def run() -> list[EngineMatch]:
            with self._engines_busy:
                return words.keep(document.text, current.check(text, words.accepted_words, variant))

        return run

    def start_shared_server(self, config=None) -> str | None:
        """Start the run's LanguageTool server now, if the config's engines use a local one,
        and return its URL for worker processes; None when there is nothing to share."""
        from paperlint.grammar.languagetool import LanguageToolFailure

        current = self.session(config)
        if LANGUAGETOOL not in current.engines or current.url:
            return current.url
        try:
            self.connection(None, current.home)
        except LanguageToolFailure as error:
            current.fall_back(error)  # workers are told to use Harper too (no URL)
            return None
        return self.local_server(current.home).url

    def notes(self) -> list[str]:
        """What the user should know about the engines: any failure, any text left unchecked."""
        return [f"grammar: {note}" for current in self._sessions.values() for note in current.notes]

    def take_notes(self) -> list[str]:
        """The notes so far, cleared: a worker process sends them back to the parent."""
        lines = self.notes()
        for current in self._sessions.values():
            current.notes.clear()
        return lines

    def describe(self) -> list[str]:
        return [f"grammar and spelling: {s.describe()}" for s in self._sessions.values() if s.engines]

    def close(self) -> None:
        """Stop every LanguageTool server this service started and forget the sessions."""
        with self._engines_busy:
            for url, home in list(self._connections):
                self.disconnect(url, home)
        self._sessions.clear()


class Pending:
    """Engine matches computed in a thread of their own; `result()` waits for them."""

    def __init__(self, run: Callable[[], list[EngineMatch]]):
        self._found: list[EngineMatch] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, args=(run,), name="paperlint-engines", daemon=True)
        self._thread.start()

    def _work(self, run: Callable[[], list[EngineMatch]]) -> None:
        try:
            self._found = run()
        except BaseException as error:  # raised again in the thread that collects the result
            self._error = error

    def result(self) -> list[EngineMatch]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._found


_shared: GrammarService | None = None


def shared_service() -> GrammarService:
    """The process's service for library use and tests (see `standalone_context`)."""
    global _shared
    if _shared is None:
        _shared = GrammarService()
    return _shared


def engine_text(document) -> tuple[str, bool]:
    """The text the engines see, with the same offsets: no sentence after the first MAX_CHARS
    characters of prose (runaway text arrives in sentences of at most
    `document.MAX_SENTENCE_CHARS`, which engines handle). The flag says whether it was cut."""
    prose = 0
    for sentence in document.sentences:
        prose += sentence.end - sentence.start
        if prose > MAX_CHARS:
            return document.text[: sentence.start], True
    return document.text, False
