"""PDF files (pypdf): text by page, re-flowed into paragraphs.

Each page's text lines come from pypdf with their position and font size. Running headers
and footers (a line among the first or last three of a page that repeats, numbers aside,
on at least two pages and more than half of them) and page numbers ("3", "Page 3 of 4",
"- 3 -") at the top or bottom of a page are dropped. The remaining lines are re-flowed:
a paragraph ends at a blank line, a vertical gap clearly wider than the usual line spacing,
a change of font size, a short line ending with sentence punctuation, or before a list
marker; a short line without closing punctuation stands alone as a heading, as does a line
set larger than the body text. A word hyphenated at a line end is joined ("interna-" /
"tional" → "international") unless the hyphen is real: the hyphenated form is used
elsewhere in the paper more often than the joined one, or the part before the hyphen is
already a compound or a prefix that takes a hyphen ("counter-", "non-", "self-"…), or the
part after it does not start with a lowercase letter.

Source places are pages and lines: line L is the L-th non-blank text line of the page as
pypdf reads it, counted from the top with the running header included.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
import struct
import warnings
import zlib
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, DeprecationError, PyPdfError

from paperlint.document import WORD, Document, Metadata
from paperlint.errors import InputError
from paperlint.metadata import parse_date
from paperlint.readers import BlockWriter

# What pypdf raises on malformed files besides its own errors (it parses without
# validating, so broken objects surface as Python errors); caught only around pypdf calls.
_CORRUPT = (
    PyPdfError, DeprecationError, ValueError, KeyError, IndexError, TypeError, AttributeError, AssertionError,
    RecursionError, OverflowError, zlib.error, struct.error,
)
HYPHEN_PREFIXES = frozenset(
    "all anti co counter cross ex half mid multi neo non post pre pro quasi re self semi "
    "ultra vice well".split()
)
_PAGE_NUMBER = re.compile(
    r"(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE
)
_LIST_MARKER = re.compile(r"(?:[•◦▪●‣∙·]|[-–]\s|\d{1,3}[.)]\s)\s*")
_CLOSING = "\"'”’)]»"
_SENTENCE_END = (".", "!", "?", "…", ":")
_HEADING_MAX_WORDS = 12
_EDGE_LINES = 3  # running headers and footers are among a page's first or last lines
_SHORT = 0.75  # a line shorter than this share of a full line does not reach the margin
_WIDE_GAP = 1.3  # a gap this many times the usual line spacing separates paragraphs
_NO_TEXT = "no text found: is it a scanned image? export the paper as a text PDF"


@dataclass
class _Line:
    text: str
    page: int
    number: int  # 1-based among the page's non-blank lines
    y: float | None
    size: float | None
    blank_before: bool = False


def read_pdf(data: bytes, path: str) -> Document:
    if b"%PDF-" not in data[:1024]:
        raise InputError("not a PDF file (it has no %PDF header): is the file extension right?")
    with _quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data))
            _unlock(reader)
            pages = [_page_chunks(page) for page in reader.pages]
            info = reader.metadata
            raw_title = info.get("/Title") if info else None
            raw_date = info.get("/CreationDate") if info else None
        except DependencyError:
            raise InputError("encrypted PDF: install the 'cryptography' package to open it") from None
        except NotImplementedError:
            raise InputError(
                "PDF encrypted in a way pypdf cannot open: export it again without a password"
            ) from None
        except _CORRUPT as error:
            raise InputError(f"corrupt PDF: {_reason(error)}") from None
    lines = _body_lines([_lines(chunks, number) for number, chunks in enumerate(pages, 1)])
    if not lines:
        raise InputError(_NO_TEXT)
    writer, counts = BlockWriter(), _word_counts(lines)
    for kind, block_lines in _paragraphs(lines):
        writer.add(kind, _joined(block_lines, counts))
    metadata = Metadata(title=_title(raw_title), file_date=_pdf_date(raw_date))
    return Document(path, "pdf", writer.text, writer.blocks, metadata, writer.anchors)


@contextmanager
def _quiet_pypdf():
    """pypdf logs and warns about every oddity it repairs; the user only needs our one line."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _unlock(reader: PdfReader) -> None:
    """Open a PDF encrypted with an empty user password (restrictions only); refuse others."""
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise InputError("password-protected PDF: export it again without a password")


def _page_chunks(page) -> list[tuple[str, list, list, float]]:
    chunks: list[tuple[str, list, list, float]] = []
    page.extract_text(visitor_text=lambda text, cm, tm, font, size: chunks.append((text, cm, tm, size)))
    return chunks


def _lines(chunks, page: int) -> list[_Line]:
    """The page's non-blank lines, each with the position and size of its first text."""
    lines: list[_Line] = []
    text, place, blank_before = "", None, False
    pieces = [
        (piece, i > 0, cm, tm, size)
        for chunk, cm, tm, size in chunks
        for i, piece in enumerate(chunk.split("\n"))
    ]
    for piece, starts_line, cm, tm, size in pieces + [("", True, None, None, None)]:
        if starts_line:
            cleaned = " ".join(text.split())
            if cleaned:
                lines.append(_Line(cleaned, page, len(lines) + 1, *(place or (None, None)), blank_before))
                blank_before = False
            else:
                blank_before = bool(lines)
            text, place = "", None
        text += piece
        if place is None and piece.strip() and cm is not None:
            place = _position(cm, tm, size)
    return lines


def _position(cm: list, tm: list, size: float) -> tuple[float, float]:
    """Baseline height on the page and rendered font size of text drawn with these matrices."""
    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
    return y, size * scale


def _body_lines(pages: list[list[_Line]]) -> list[_Line]:
    """All pages' lines without running headers, footers and page numbers."""
    def margin_keys(lines: list[_Line]) -> dict[int, set[tuple[int, str]]]:
        """A page's first and last lines (by id), keyed by place and text, numbers aside."""
        keys: dict[int, set[tuple[int, str]]] = {}
        for index, line in enumerate(lines):
            text = re.sub(r"\d+", "#", line.text.lower())
            if index < _EDGE_LINES:
                keys.setdefault(id(line), set()).add((index, text))
            if index >= len(lines) - _EDGE_LINES:
                keys.setdefault(id(line), set()).add((index - len(lines), text))
        return keys

    margins = [margin_keys(lines) for lines in pages]
    seen_on = Counter(key for page in margins for key in set().union(*page.values()))
    repeated = {key for key, n in seen_on.items() if n >= 2 and n > len(pages) / 2}
    return [
        line
        for lines, page in zip(pages, margins)
        for line in lines
        if id(line) not in page or not (page[id(line)] & repeated or _PAGE_NUMBER.fullmatch(line.text))
    ]


def _paragraphs(lines: list[_Line]):
    """Group lines into (kind, lines) blocks."""
    full = _full_line_length(lines)
    body_size = _most_common_size(lines)
    spacing = _usual_spacing(lines)
    block: list[_Line] = []
    for previous, line in zip([None] + lines, lines):
        if previous is not None and _breaks(previous, line, full, spacing):
            yield _kind(block, full, body_size), block
            block = []
        block.append(line)
    yield _kind(block, full, body_size), block


def _breaks(previous: _Line, line: _Line, full: float, spacing: float | None) -> bool:
    """Whether a new block starts at `line`."""
    if _LIST_MARKER.match(line.text):
        return True
    if _ends_hyphenated(previous.text):
        return False
    if line.blank_before or _is_heading_line(previous.text, full) or _size_changes(previous, line):
        return True
    if _ends_sentence(previous.text) and (
        len(previous.text) < _SHORT * full or _is_heading_line(line.text, full)
    ):
        return True
    if spacing and previous.page == line.page and previous.y is not None and line.y is not None:
        gap = previous.y - line.y
        return gap < 0 or gap > _WIDE_GAP * spacing
    return False


def _kind(block: list[_Line], full: float, body_size: float | None) -> str:
    if _LIST_MARKER.match(block[0].text):
        return "list_item"
    larger = body_size and all(line.size and line.size > 1.15 * body_size for line in block)
    if larger or (len(block) == 1 and _is_heading_line(block[0].text, full)):
        return "heading"
    return "paragraph"


def _is_heading_line(text: str, full: float) -> bool:
    return (
        not _ends_sentence(text)
        and not text.rstrip(_CLOSING).endswith((",", ";", "-", "\u00ad"))
        and len(text) < _SHORT * full
        and len(text.split()) <= _HEADING_MAX_WORDS
    )


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSING).endswith(_SENTENCE_END)


def _ends_hyphenated(text: str) -> bool:
    return len(text) > 1 and text[-1] in "-\u00ad" and text[-2].isalpha()


def _size_changes(previous: _Line, line: _Line) -> bool:
    return bool(previous.size and line.size) and abs(previous.size - line.size) > 0.1 * previous.size


def _full_line_length(lines: list[_Line]) -> float:
    lengths = sorted(len(line.text) for line in lines)
    return lengths[round(0.9 * (len(lengths) - 1))]


def _most_common_size(lines: list[_Line]) -> float | None:
    """The body text's font size: the size most of the characters are set in."""
    sizes = Counter()
    for line in lines:
        if line.size:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _usual_spacing(lines: list[_Line]) -> float | None:
    gaps = [
        a.y - b.y
        for a, b in zip(lines, lines[1:])
        if a.page == b.page and a.y is not None and b.y is not None and a.y > b.y
    ]
    return statistics.median(gaps) if gaps else None


def _word_counts(lines: list[_Line]) -> Counter:
    """How often each lowercase word and hyphenated compound occurs within the lines."""
    hyphenated = re.compile(WORD.pattern + r"(?:-" + WORD.pattern + r")*")
    return Counter(m.group().lower() for line in lines for m in hyphenated.finditer(line.text))


def _joined(block: list[_Line], counts: Counter) -> list[tuple[str, dict]]:
    """The block's lines as anchored pieces: spaces between lines, hyphenation repaired."""
    pieces: list[tuple[str, dict]] = []
    marker = _LIST_MARKER.match(block[0].text)
    text = block[0].text[marker.end() if marker else 0 :]
    for line, following in zip(block, block[1:] + [None]):
        joiner = ""
        if following is not None:
            joiner = " "
            if _ends_hyphenated(text):
                keep = text.endswith("-") and _real_hyphen(text[:-1], following.text, counts)
                text = text if keep else text[:-1]
                joiner = ""
        pieces.append((text.replace("\u00ad", "") + joiner, {"page": line.page, "line": line.number}))
        text = following.text if following is not None else ""
    return pieces


def _real_hyphen(before: str, after: str, counts: Counter) -> bool:
    """Whether the hyphen between a line's end and the next line's start belongs to the word."""
    head = before.split()[-1].lstrip("(\"'“‘[")
    tail = re.match(r"[^\W\d_]*", after).group()
    if not tail or not tail[0].islower() or not head.replace("-", "").isalpha():
        return True
    hyphenated, joined = f"{head}-{tail}".lower(), f"{head}{tail}".lower()
    if counts[hyphenated] != counts[joined]:
        return counts[hyphenated] > counts[joined]
    return "-" in head or head.lower() in HYPHEN_PREFIXES


def _title(raw) -> str | None:
    """The info dictionary's title, unless it is a file name a converter put there."""
    title = str(raw).strip() if raw else ""
    title = re.sub(r"^Microsoft Word - ", "", title)
    if not title or re.search(r"\.(?:docx?|odt|rtf|pdf|txt)$", title, re.IGNORECASE):
        return None
    return title


def _pdf_date(raw):
    """The date of a PDF date string, `D:YYYYMMDDHHmmSS…`."""
    match = re.match(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?", str(raw or "").strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    return parse_date(f"{year}-{month}-{day}")


def _reason(error: Exception) -> str:
    first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return first_line[:160]
