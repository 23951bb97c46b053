"""Word lists shipped as data in `paperlint.rules/vocabularies/<name>/<kind>.txt`: one entry a
line, `#` starting a comment."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

BUILTIN = "mun"


def entries(text: str) -> list[str]:
    """The entries of a word-list text, comments and blank lines left out."""
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


@lru_cache(maxsize=None)
def builtin_list(kind: str, name: str = BUILTIN) -> tuple[str, ...]:
    path = resources.files("paperlint.rules") / "vocabularies" / name / f"{kind}.txt"
    return tuple(entries(path.read_text(encoding="utf-8"))) if path.is_file() else ()
