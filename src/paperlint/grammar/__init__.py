"""Grammar and spelling through real engines: LanguageTool (local server or URL) and Harper.

`matches(document, config)` runs the chosen engine(s) once per document (kept in
`document.cache`) and returns their findings, less those on accepted vocabulary; the rules in
rules/spelling.yml and rules/grammar-engines.yml each claim their share
(see `paperlint.grammar.rules`). One `Session` per run and per engine setting holds the
LanguageTool server, started on first use and stopped at exit.
"""

from __future__ import annotations

import os
import re
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
# Limits that keep the engines' time bounded on hostile input (a paper is ~20,000 characters).
MAX_SENTENCE_CHARS = 5_000
MAX_CHARS = 500_000


def _setting(config, name: str, default=None):
    return getattr(config, name, None) or default


@dataclass
class Session:
    """The engines of one run with one setting: which ones, and the LanguageTool connection."""

    mode: str
    url: str | None
    home: Path | None
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

    def _languagetool(self):
        if not (self.url or self.home):
            raise PaperlintError(
                "LanguageTool is not installed: run `paperlint setup languagetool`, "
                f"or give a server with --languagetool-url / {URL_VARIABLE}"
            )
        return _connection(self.url, self.home)

    def check(self, text: str, accepted_words: tuple[str, ...]) -> list[EngineMatch]:
        """Every engine's matches on `text`."""
        from paperlint.grammar.languagetool import LanguageToolFailure

        found: list[EngineMatch] = []
        if LANGUAGETOOL in self.engines:
            try:
                found += self._languagetool().check(text)
            except LanguageToolFailure as error:
                self.close()
                self.failed = True
                self.notes.append(f"{error}; Harper checked grammar and spelling from here on")
        if HARPER in self.engines:
            harper_matches = harper_engine.check(text, accepted_words)
            found += [h for h in harper_matches if not any(_overlap(h, m) for m in found)]
        return sorted(found, key=lambda m: (m.start, m.end))

    def close(self) -> None:
        _disconnect(self.url, self.home)


def _overlap(a: EngineMatch, b: EngineMatch) -> bool:
    return a.start < b.end and b.start < a.end


_sessions: dict[tuple, Session] = {}
# (url, home) -> (local server or None, client): one LanguageTool server per run.
_connections: dict[tuple, tuple] = {}


def _connection(url: str | None, home: Path | None):
    """The client for a LanguageTool URL, or for a local server from `home` started now."""
    key = (url, home)
    if key not in _connections:
        from paperlint.grammar.languagetool import Client, LocalServer

        server = None
        if url is None:
            server = LocalServer(home)
            server.start()
        try:
            _connections[key] = (server, Client(url or server.url))
        except PaperlintError:
            if server is not None:
                server.stop()
            raise
    return _connections[key][1]


def _disconnect(url: str | None, home: Path | None) -> None:
    server, _ = _connections.pop((url, home), (None, None))
    if server is not None:
        server.stop()


def session(config=None) -> Session:
    """The run's session for this config's engine setting (created on first use)."""
    mode = _setting(config, "grammar", "auto")
    if mode not in GRAMMAR_MODES:
        raise ConfigError(f"grammar: {mode!r} is not one of {', '.join(GRAMMAR_MODES)}")
    url = _setting(config, "languagetool_url") or os.environ.get(URL_VARIABLE) or None
    directory = _setting(config, "languagetool_dir")
    key = (mode, url, directory)
    if key not in _sessions:
        home = None if url else installed_home(directory)
        _sessions[key] = Session(mode, url, home)
    return _sessions[key]


def engine_text(document) -> tuple[str, bool]:
    """The text the engines see, with the same offsets: "sentences" too long to be prose
    (pasted tables, runaway text) blanked, since engines slow down steeply on them, and no
    sentence after the first MAX_CHARS characters of prose. The flag says whether it was cut."""
    text, prose = document.text, 0
    for sentence in document.sentences:
        length = sentence.end - sentence.start
        if length > MAX_SENTENCE_CHARS:
            blank = re.sub(r"[^\n]", " ", text[sentence.start : sentence.end])
            text = text[: sentence.start] + blank + text[sentence.end :]
            continue
        prose += length
        if prose > MAX_CHARS:
            return text[: sentence.start], True
    return text, False


def matches(document, config=None) -> list[EngineMatch]:
    """The engines' matches on `document` outside accepted vocabulary, computed once."""
    if CACHE_KEY not in document.cache:
        words = vocabulary(config)
        current = session(config)
        text, cut = engine_text(document)
        if cut and current.engines:
            current.notes.append(f"{document.path}: only the first {len(text):,} characters were checked for grammar and spelling")
        found = current.check(text, words.accepted_words)
        document.cache[CACHE_KEY] = words.keep(document.text, found)
    return document.cache[CACHE_KEY]


def run_notes() -> list[str]:
    """What the user should know about this run's engines: which ran, and any failure."""
    lines = []
    for current in _sessions.values():
        lines += [f"grammar: {note}" for note in current.notes]
    return lines


def describe_sessions() -> list[str]:
    return [f"grammar and spelling: {s.describe()}" for s in _sessions.values() if s.engines]


def shutdown() -> None:
    """Stop every LanguageTool server this process started and forget the sessions."""
    for url, home in list(_connections):
        _disconnect(url, home)
    _sessions.clear()


def shared_server_url(config=None) -> str | None:
    """Start this run's LanguageTool server now, if the config's engines use a local one, and
    return its URL for worker processes (see `use_server`); None when there is nothing to share."""
    from paperlint.grammar.languagetool import LanguageToolFailure

    current = session(config)
    if LANGUAGETOOL not in current.engines or current.url:
        return current.url
    try:
        _connection(None, current.home)
    except LanguageToolFailure as error:
        current.failed = True  # workers forked from here inherit the fallback to Harper
        current.notes.append(f"{error}; Harper checked grammar and spelling from here on")
        return None
    server, _ = _connections[(None, current.home)]
    return server.url


def use_server(url: str) -> None:
    """In a worker process: forget sessions inherited from the parent and use the parent's
    server at `url`, so a run has one LanguageTool server however many workers it has."""
    _sessions.clear()
    _connections.clear()
    os.environ[URL_VARIABLE] = url


def take_notes() -> list[str]:
    """This process's engine notes so far (see `run_notes`), cleared: a worker sends them back."""
    lines = run_notes()
    for current in _sessions.values():
        current.notes.clear()
    return lines
