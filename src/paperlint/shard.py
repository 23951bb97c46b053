"""Sharding: `paperlint check --shard K/N` checks a stable share of the papers, so N CI
runners can check one repository between them and `paperlint merge` can join their reports.

A paper's shard comes from a SHA-256 hash of its path relative to the repository (the
nearest folder above the working directory with a `.git`, else the working directory), in
`/` form, so every runner, every run and every spelling of the path (`./papers/a.txt`,
`papers//a.txt`, an absolute path) agree on it.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path, PurePath

from paperlint.errors import PaperlintError

STDIN = "-"
_SPEC = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")


def parse_shard(spec: str) -> tuple[int, int]:
    """`K/N` as (K, N), with 1 <= K <= N; a PaperlintError otherwise."""
    match = _SPEC.fullmatch(spec)
    if not match:
        raise PaperlintError(f"--shard {spec!r}: expected K/N, for example 1/4")
    index, count = int(match.group(1)), int(match.group(2))
    if not 1 <= index <= count:
        raise PaperlintError(f"--shard {spec!r}: K must be from 1 to N")
    return index, count


def repository_root(start: Path | None = None) -> Path:
    """The nearest folder at or above `start` (the working directory) holding `.git`, else `start`."""
    start = Path(os.path.abspath(start or Path.cwd()))
    return next((folder for folder in (start, *start.parents) if (folder / ".git").exists()), start)


def shard_key(path: str, root: Path) -> str:
    """The path as every runner spells it: relative to `root`, normalised, with `/`."""
    relative = os.path.relpath(os.path.abspath(path), root)
    return PurePath(relative).as_posix()


def shard_of(path: str, count: int, root: Path) -> int:
    """The shard (1..count) a paper belongs to."""
    digest = hashlib.sha256(shard_key(path, root).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def papers_in_shard(papers: list[str], shard: tuple[int, int] | None, root: Path | None = None) -> list[str]:
    """The papers of shard K of N, in their order; all of them without a shard. A paper read
    from stdin belongs to shard 1."""
    if shard is None:
        return papers
    index, count = shard
    root = root or repository_root()
    return [p for p in papers if (1 if p == STDIN else shard_of(p, count, root)) == index]
