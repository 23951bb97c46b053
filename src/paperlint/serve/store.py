"""Papers in memory, per browser session, deleted after a while.

A session is a random id in a cookie; a paper is a random id inside one session, so a
session can only name its own papers. Nothing a user sends becomes a path: an uploaded
file's name gives only its suffix (the format) and a cleaned-up title for downloads.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import PurePosixPath, PureWindowsPath

from paperlint.document import Document
from paperlint.errors import InputError
from paperlint.readers import SUFFIXES
from paperlint.results import FileResult
from paperlint.serve.edits import Changes

_UNSAFE = re.compile(r"[^\w .()-]+")


@dataclass(frozen=True)
class Limits:
    """What one server accepts: upload size, papers per session, sessions, and how long an
    unused session (with its papers) is kept."""

    max_upload_mb: float = 10.0
    max_papers: int = 20
    max_sessions: int = 1000
    keep_minutes: float = 120.0
    # A chair's folder of papers (.zip): its size, its papers, and folders kept per session.
    max_folder_mb: float = 100.0
    max_folder_papers: int = 300
    max_folders: int = 3

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def max_folder_bytes(self) -> int:
        return int(self.max_folder_mb * 1024 * 1024)


class Full(Exception):
    """A limit on sessions or papers is reached."""


def clean_title(stem: str) -> str:
    """A file name's stem as letters, digits and a few marks, for display and downloads."""
    return _UNSAFE.sub("-", stem).strip(" .-")[:80] or "paper"


def safe_name(name: str) -> tuple[str, str]:
    """(title, format) from an uploaded file's name: only the last path segment's stem,
    cleaned to letters, digits and a few marks, and the format its suffix names."""
    last = PureWindowsPath(PurePosixPath(name or "").name).name
    stem, dot, suffix = last.rpartition(".")
    fmt = SUFFIXES.get(f".{suffix.lower()}") if dot else None
    if fmt is None:
        raise InputError(f"paperlint reads {', '.join(sorted(SUFFIXES))} files")
    return clean_title(stem), fmt


@dataclass
class Paper:
    """One uploaded paper: its bytes and its reading as uploaded, the delegate's changes and
    choices, and the latest check of the current text."""

    id: str
    title: str
    source: bytes
    document: Document
    changes: Changes
    result: FileResult | None = None
    dismissed: set[tuple[str, int, int]] = field(default_factory=set)
    ignored: set[str] = field(default_factory=set)
    version: int = 0

    @property
    def file_name(self) -> str:
        return f"{self.title}.{self.document.format}"

    def dismiss_key(self, finding) -> tuple[str, int, int]:
        """A finding as the original text places it, so it stays dismissed while text elsewhere changes."""
        return finding.code, self.changes.to_original(finding.start, "start"), self.changes.to_original(finding.end, "end")

    def shown(self) -> list:
        """The findings of the latest check the delegate has not dismissed or ignored."""
        if self.result is None:
            return []
        return [f for f in sorted(self.result.findings, key=lambda f: f.sort_key)
                if f.code not in self.ignored and self.dismiss_key(f) not in self.dismissed]


@dataclass
class Folder:
    """A chair's folder of papers, checked: the results in the folder's order, and the files
    in it that are not papers, with why."""

    id: str
    title: str
    results: list[FileResult]
    skipped: list[tuple[str, str]]


@dataclass
class Session:
    id: str
    papers: dict[str, Paper] = field(default_factory=dict)
    folders: dict[str, Folder] = field(default_factory=dict)
    used: float = field(default_factory=time.monotonic)


class Store:
    """Every session's papers, in memory; `sweep` forgets sessions unused for `keep_minutes`."""

    def __init__(self, limits: Limits, clock=time.monotonic) -> None:
        self.limits = limits
        self.clock = clock
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def session(self, session_id: str | None, create: bool = True) -> Session | None:
        """The live session with this id, else a new one (None when `create` is false)."""
        with self._lock:
            self._sweep()
            found = self._sessions.get(session_id or "")
            if found is None and create:
                if len(self._sessions) >= self.limits.max_sessions:
                    raise Full("the server is busy: try again later")
                found = Session(secrets.token_urlsafe(24))
                self._sessions[found.id] = found
            if found is not None:
                found.used = self.clock()
            return found

    def add(self, session: Session, paper: Paper) -> None:
        with self._lock:
            if len(session.papers) >= self.limits.max_papers:
                raise Full(f"at most {self.limits.max_papers} papers at a time: close one first")
            session.papers[paper.id] = paper

    def add_folder(self, session: Session, folder: Folder) -> None:
        """Keep the folder, forgetting the session's oldest when it holds too many."""
        with self._lock:
            while len(session.folders) >= self.limits.max_folders:
                del session.folders[next(iter(session.folders))]
            session.folders[folder.id] = folder

    def sweep(self) -> int:
        """Forget expired sessions and their papers; returns how many."""
        with self._lock:
            return self._sweep()

    def _sweep(self) -> int:
        cutoff = self.clock() - self.limits.keep_minutes * 60
        expired = [key for key, s in self._sessions.items() if s.used < cutoff]
        for key in expired:
            del self._sessions[key]
        return len(expired)

    def __len__(self) -> int:
        return len(self._sessions)


def new_paper_id() -> str:
    return secrets.token_urlsafe(12)
