"""Readers turn a file into a `Document`; the suffix picks the reader."""

from __future__ import annotations

import os
from pathlib import Path

from paperlint.document import Document
from paperlint.errors import InputError
from paperlint.metadata import read_header_fields

SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".pdf": "pdf",
}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def format_for(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if suffix == ".doc":
        raise InputError("old Word .doc files are not supported: save the paper as .docx")
    readable = ", ".join(sorted(set(SUFFIXES)))
    raise InputError(f"unsupported file type {suffix or '(none)'!r}: paperlint reads {readable}")


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a paper from disk, refusing anything that is not a readable paper."""
    fmt = format_for(path)
    if os.path.isdir(path):
        raise InputError("is a directory")
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(
                f"file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit "
                "(set max-file-size in the config to raise it)"
            )
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    return read_bytes(data, path, fmt)


def read_bytes(data: bytes, path: str, fmt: str) -> Document:
    if not data.strip():
        raise InputError("file is empty")
    if fmt in ("txt", "md"):
        from paperlint.readers.text import read_text

        document = read_text(data, path, fmt)
    elif fmt == "docx":
        from paperlint.readers.docx import read_docx

        document = read_docx(data, path)
    else:
        from paperlint.readers.pdf import read_pdf

        document = read_pdf(data, path)
    if not document.blocks:
        raise InputError("no text found in the file")
    read_header_fields(document)
    return document
