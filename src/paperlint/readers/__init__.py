"""Readers turn a file into a `Document`; the suffix picks the reader."""

from __future__ import annotations

import functools
import os
import re
import struct
import zipfile
import zlib
from pathlib import Path

from paperlint.document import Block, Document, SourceAnchor
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
# The most extracted text a paper may have: about 35,000 words or 70 pages, ten times the
# longest position paper. The checks' cost grows with the text (the parser's with every token),
# so this bounds a run's time and memory whatever a file holds; a 10 MB one-line .txt is
# refused here at once instead of running for minutes.
MAX_TEXT_CHARS = 200_000


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
    return read_bytes(load_bytes(path, max_bytes), path, format_for(path))


def load_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A paper's bytes, refusing a directory, an unknown type or an oversized file unread."""
    if os.path.isdir(path):
        raise InputError(f"no papers found in this directory (looked for {', '.join(sorted(SUFFIXES))})")
    if not os.path.lexists(path):
        raise InputError("no such file")
    format_for(path)  # an unknown type is refused before reading
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(
                f"file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit "
                "(set max-file-size-mb in the config to raise it)"
            )
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None


def read_bytes(data: bytes, path: str, fmt: str) -> Document:
    """Read a paper's bytes in format `fmt`; a malformed file is one InputError, never another exception."""
    if not data.strip():
        raise InputError("file is empty")
    try:
        document = _reader(fmt)(data, path)
    except malformed_container_errors() as error:
        if fmt not in _CONTAINERS:
            raise  # the text reader is our own parsing: anything else it raises is a bug
        raise InputError(f"corrupt {_CONTAINERS[fmt]}: {_reason(error)}") from None
    if not document.blocks:
        raise InputError("no text found in the file")
    if len(document.text) > MAX_TEXT_CHARS:
        raise InputError(
            f"{len(document.text):,} characters of text, over the limit of {MAX_TEXT_CHARS:,} for one paper "
            "(about 70 pages): is it several papers in one file?"
        )
    read_header_fields(document)
    return document


# The formats read through libraries that unpack a container (ZIP and XML, PDF objects), by
# the name an error message gives them.
_CONTAINERS = {"docx": ".docx", "pdf": "PDF"}


def _reader(fmt: str):
    if fmt in ("txt", "md"):
        from paperlint.readers.text import read_text

        return lambda data, path: read_text(data, path, fmt)
    if fmt == "docx":
        from paperlint.readers.docx import read_docx

        return read_docx
    from paperlint.readers.pdf import read_pdf

    return read_pdf


@functools.cache
def malformed_container_errors() -> tuple[type[Exception], ...]:
    """What the container readers' libraries raise on a truncated, bit-flipped or otherwise malformed file.

    The zip and deflate layers under python-docx (a cut or damaged .docx), XML parsing, pypdf's
    own errors, and the Python errors both libraries let through when a part or object they
    expect is missing or of the wrong type (they parse without validating). Imported on first
    use, so reading a .txt paper never loads pypdf.
    """
    from docx.exceptions import PythonDocxError
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError
    from pypdf.errors import DeprecationError, PyPdfError

    return (
        EOFError, zlib.error, zipfile.BadZipFile, struct.error, LxmlError,
        PythonDocxError, PackageNotFoundError, PyPdfError, DeprecationError,
        KeyError, IndexError, ValueError, TypeError, AttributeError, AssertionError,
        RecursionError, OverflowError, NotImplementedError,
    )


def _reason(error: Exception) -> str:
    """The error's first line, short; a missing ZIP member or relationship said in words."""
    from lxml.etree import LxmlError

    message = str(error.args[0]) if isinstance(error, KeyError) and error.args else str(error)
    missing = re.search(r"no item named '([^']+)'", message)
    if missing:
        return f"{missing.group(1)} is missing from the package"
    if "relationships/officeDocument" in message:
        return "the package has no main document part (word/document.xml)"
    if isinstance(error, EOFError):
        return "the data ends early (a truncated or damaged file)"
    first_line = (message.strip().splitlines() or [type(error).__name__])[0][:160]
    return f"invalid XML: {first_line}" if isinstance(error, LxmlError) else first_line


# The text between blank lines, trimmed: "a\n\nb" holds "a" and "b".
_BETWEEN_BLANK_LINES = re.compile(r"\S(?:(?!\n[ \t]*\n).)*", re.DOTALL)


class BlockWriter:
    """Builds a Document's text from blocks joined by a blank line, anchoring each piece.

    Readers that do not keep the source's line layout (.docx, .pdf) add one block at a time
    as pieces of text, each with the place in the source it comes from.
    """

    SEPARATOR = "\n\n"

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.anchors: list[SourceAnchor] = []

    def add(self, kind: str, pieces: list[tuple[str, dict]], split_at_blank_lines: bool = False) -> None:
        """Add a block made of `pieces`: (text, SourceAnchor fields) in order. With
        `split_at_blank_lines`, a blank line inside it (a Word paragraph whose "paragraphs" are
        line breaks) starts another block of the same kind; the text is kept as it is."""
        if not "".join(text for text, _ in pieces).strip():
            return
        if self.blocks:
            self._append(self.SEPARATOR)
        start = self.length
        for text, place in pieces:
            self.anchors.append(SourceAnchor(self.length + len(text) - len(text.lstrip()), **place))
            self._append(text)
        if not split_at_blank_lines:
            self.blocks.append(Block(kind, start, self.length))
            return
        for part in _BETWEEN_BLANK_LINES.finditer("".join(text for text, _ in pieces)):
            self.blocks.append(Block(kind, start + part.start(), start + part.start() + len(part.group().rstrip())))

    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)
