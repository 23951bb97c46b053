"""A chair's folder of papers, uploaded as a .zip: its papers read in memory, never unpacked.

Each member's name is only a label (cleaned, folders kept as "committee-a/france.docx"); its
suffix gives the format. Limits hold against zip bombs: a member is read at most one byte past
the upload limit, and the papers are counted as they are found.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import PurePosixPath

from paperlint.errors import InputError
from paperlint.readers import SUFFIXES
from paperlint.serve.store import Limits, clean_title


def papers_in_zip(data: bytes, limits: Limits) -> tuple[list[tuple[str, str, bytes]], list[tuple[str, str]]]:
    """(label, format, bytes) for each paper in the archive, and (label, reason) for each
    other file; an unreadable archive, or one with no paper, is an InputError."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise InputError(f"not a readable .zip archive ({error})") from None
    papers: list[tuple[str, str, bytes]] = []
    skipped: list[tuple[str, str]] = []
    for member in members:
        path = PurePosixPath(member.filename.replace("\\", "/"))
        parts = [part for part in path.parts if part not in ("", ".", "..", "/")]
        if member.is_dir() or not parts or parts[0] == "__MACOSX" or parts[-1].startswith((".", "~$")):
            continue
        stem, dot, suffix = parts[-1].rpartition(".")
        label = "/".join([*(clean_title(p) for p in parts[:-1]), f"{clean_title(stem)}{dot}{clean_title(suffix)}"])
        fmt = SUFFIXES.get(f".{suffix.lower()}") if dot else None
        if fmt is None:
            skipped.append((label, "not a paper format paperlint reads"))
            continue
        if len(papers) >= limits.max_folder_papers:
            raise InputError(f"more than {limits.max_folder_papers} papers in one folder: split it")
        if member.file_size > limits.max_upload_bytes:
            skipped.append((label, f"over the {limits.max_upload_mb:g} MB limit for one paper"))
            continue
        try:
            with archive.open(member) as stream:
                content = stream.read(limits.max_upload_bytes + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as error:
            skipped.append((label, f"cannot be read from the archive ({type(error).__name__})"))
            continue
        if len(content) > limits.max_upload_bytes:
            skipped.append((label, f"over the {limits.max_upload_mb:g} MB limit for one paper"))
            continue
        papers.append((_unique(label, {name for name, _, _ in papers}), fmt, content))
    if not papers:
        raise InputError("the archive holds no paper (.docx, .pdf, .md or .txt)")
    return papers, skipped


def _unique(label: str, taken: set[str]) -> str:
    """`label`, or "name (2).txt" and so on when another member was cleaned to the same name."""
    stem, dot, suffix = label.rpartition(".")
    number, unique = 1, label
    while unique in taken:
        number += 1
        unique = f"{stem} ({number}){dot}{suffix}"
    return unique
