"""PDF files (pypdf): text by page, re-flowed into paragraphs, footnotes set apart.

Each page's text comes from pypdf run by run, with its position, rendered size and font.
Dropped: running headers and footers (a line among the first or last three of a page that
repeats, numbers aside, on at least two pages and more than half of them), page numbers at
the top or bottom of a page, and a browser's print header and footer (a date and time, or
an address, in the strip along the page's edge). Ligature characters become their letters, and a
glyph the font maps to no letter (NUL) the ligature's letters that make a dictionary word.
A page whose words were set apart without space characters (most of its letters in runs
longer than any word) takes its spaces from pypdf's layout mode, which reads each glyph's place.
A footnote reference (a number set smaller than its line) is left out of the text; the
footnotes at a page's foot (smaller than the body, the first starting with a number) become
footnote blocks after the body. The remaining lines are re-flowed: a line that does not end
a sentence runs on into a line that starts mid-sentence; a paragraph ends at a blank line, a
wide vertical gap, a change of size or heading style, after a sentence end on a short line
or before an indented line, and before a list marker (a long dash after a colon, semicolon or
comma) or an address. Text set larger than the body, a short bold line and a short line
without closing punctuation are headings. A
word hyphenated at a line end is joined or keeps its hyphen by the paper's own spelling,
then the UN spellings, then the CMU Pronouncing Dictionary (see `_real_hyphen`).

Source places are pages and lines: line L is the L-th non-blank text line of the page
counted from the top, the running header included.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
import struct
import unicodedata
import warnings
import zlib
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import groupby, pairwise

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, DeprecationError, PyPdfError

from paperlint.document import WORD, Document, Metadata
from paperlint.errors import InputError
from paperlint.metadata import parse_date
from paperlint.readers import BlockWriter
from paperlint.wordlists import builtin_list, cmu_dictionary

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
_LIST_MARKER = re.compile(
    r"(?:[•◦▪●‣∙·]|[-–]\s|(?:\d{1,3}|[a-z]|[ivx]{2,4})[.)]\s|(?:\d{1,2}|[A-Z]|[IVX]{2,4})\.(?=[A-Z][a-z]))\s*")
# "•", "- ", "1.", "a)", "iv.", and an outline's label whose tab the PDF lost: "B.Failure of …", "II.Anti-Corruption"
# An item marked by a long dash, after a line that ends in a colon, semicolon or comma: "including: ¶ — the
# Geneva Protocol …; ¶ — the Treaty …" (a line that only wraps before a dash ends in a word).
_DASH_ITEM = re.compile(r"—\s+")
_BEFORE_AN_ITEM = (":", ";", ",")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# A footnote reference or number: digits, the traditional signs, or a lower-case roman numeral.
_NOTE_MARK = re.compile(r"(?:\d{1,3}|[*†‡§¶]{1,3}|x{0,3}(?:ix|iv|v?i{0,3}))")
_SUPERSCRIPT_REFERENCE = re.compile(r"(?<=[^\W\d_]|[.,;:!?)\]”’\"'])[¹²³⁰⁴-⁹]+")
_SUPERSCRIPT_NOTE = re.compile(r"([¹²³⁰⁴-⁹]+)\s*")
_INLINE_NOTE = re.compile(r"(\d{1,3}|[*†‡§¶]{1,3})[.)]?\s+(?=\S)")
_URL = re.compile(r"(?:https?://|www\.)\S", re.IGNORECASE)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# What a browser prints in a page's margins: the date and time with the page's title at the
# top, its address with the page counter ("1/3") at the bottom.
_DATE_TIME = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?"
_BROWSER_MARGIN = re.compile(rf"(?:^|\s){_DATE_TIME}(?:\s|$)|(?:^|\s)(?:file|https?|about|chrome):\S")
_CLOSING = "\"'”’)]»"
_AFTER_A_NOTE = frozenset(".,;:!?)")  # marks a note reference stands before, with no space between
_SENTENCE_END = (".", "!", "?", "…", ":")
_HEADING_MAX_WORDS = 12
_EDGE_LINES = 3  # running headers and footers are among a page's first or last lines
_HEADER_PASSES = 3  # ... or come to them once the lines before them are dropped (a header of 4 lines)
_SHORT = 0.75  # a line shorter than this share of a full line does not reach the margin
_WIDE_GAP = 1.3  # a gap this many times the usual line spacing separates paragraphs
_SAME_BASELINE = 0.2  # runs whose baselines differ by less than this share of the size share a line
_NO_SPACE_BEFORE = ",.;:!?)]}”’%"
_INDENT = 0.8  # a line starting this many font sizes right of the one before is indented
_HEADING_SIZE = 1.15  # text this many times the body's size is a heading
_NOTE_SIZE = 0.85  # a number set under this share of its line's size is a footnote reference
_NOTE_TEXT_SIZE = 0.92  # footnotes are set under this share of the body's size
_WIDEST_LETTER = 0.6  # a run's width is taken as at most this many font sizes a character
_COLUMN_GAP = 4  # a run this many font sizes right of the end of the one before starts a column
_MAX_ROW_CHARACTERS = 80  # a line in columns is no longer than this
_RAISED_MARK_SIZE = 0.65  # a lone number under this share of the body's size is a raised footnote number
_MARGIN_STRIP = 0.045  # a browser prints its header and footer this close to the page's edge
_NO_TEXT = "no text found: is it a scanned image? export the paper as a text PDF"
_UNMAPPED = ("its text does not read as letters (its fonts map their glyphs to other characters): "
             "export the paper again as a PDF, or check the .docx or a .txt copy")
_MIN_CASED_LETTERS = 200  # enough text to judge
_MIN_LOWER_SHARE = 0.15  # prose in a cased script is mostly lower case; a PDF whose fonts map no letters is not


@dataclass
class _Run:
    """A piece of text pypdf drew in one go, with its place, rendered size and weight."""

    text: str
    x: float | None
    y: float | None
    size: float | None
    bold: bool


@dataclass
class _Line:
    text: str
    page: int
    number: int  # 1-based among the page's non-blank lines, counted from the top
    x: float | None
    y: float | None
    size: float | None
    bold: bool = False
    blank_before: bool = False
    in_margin: bool = False  # in the strip along the page's top or bottom edge
    note: str | None = None  # the small or raised footnote number the line starts with
    bold_lead: bool = False  # opens with bold words in a line that is not bold: a run-in heading
    glued: bool = False  # follows a line of zero-width characters only: no space before it ("f" / "ormer")


def read_pdf(data: bytes, path: str) -> Document:
    if b"%PDF-" not in data[:1024]:
        raise InputError("not a PDF file (it has no %PDF header): is the file extension right?")
    with _quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data))
            _unlock(reader)
            pages = [_page_runs(page) for page in reader.pages]
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
    page_lines = [_lines(runs, number, height) for number, (runs, height) in enumerate(pages, 1)]
    for page, lines_of_page in zip(reader.pages, page_lines):
        if _spaces_lost(lines_of_page):
            _respace(lines_of_page, page)
    lines = _body_lines(page_lines)
    if not lines:
        raise InputError(_NO_TEXT)
    if _letters_unmapped(" ".join(line.text for line in lines)):
        raise InputError(_UNMAPPED)
    body_size = _most_common_size(lines)
    body, notes = _footnotes_apart(lines, body_size)
    writer, counts = BlockWriter(), _word_counts(lines)
    for kind, block_lines in _paragraphs(body, body_size):
        writer.add(kind, _joined(block_lines, counts, drop_marker=kind == "list_item"))
    for note in notes:
        writer.add("footnote", _joined(note, counts))
    metadata = Metadata(title=_title(raw_title), file_date=_pdf_date(raw_date))
    return Document(path, "pdf", writer.text, writer.blocks, metadata, writer.anchors)


def _spaces_lost(lines: list[_Line]) -> bool:
    """Whether a page's text lost the spaces between its words: a PDF that places each word apart
    without a space character ("Duringthenextconference,thecommittee…"), where most letters
    stand in runs longer than any word."""
    letters = sum(c.isalpha() for line in lines for c in line.text)
    glued = sum(len(run) for line in lines for run in _GLUED_WORDS.findall(line.text))
    return letters >= _MIN_CASED_LETTERS and glued >= _GLUED_SHARE * letters


# A run of letters longer than any word a paper uses; the share of a page's letters in such runs
# that says its spaces were lost.
_GLUED_WORDS = re.compile(r"[^\W\d_]{21,}")
_GLUED_SHARE = 0.3


def _respace(lines: list[_Line], page) -> None:
    """Put back the spaces that pypdf's layout mode, which reads each glyph's place, finds between
    a page's words: "Duringthenext" becomes "During the next" where the layout text has the same
    letters in the same order. A page pypdf cannot lay out is left as it was."""
    with _quiet_pypdf():
        try:
            layout = page.extract_text(extraction_mode="layout")
        except (*_CORRUPT, ValueError, KeyError, TypeError):
            return
    glyphs: list[tuple[str, bool]] = []  # each character the layout draws, and whether a blank precedes it
    blank = False
    for character in layout:
        if character.isspace():
            blank = True
            continue
        glyphs.append((character, blank))
        blank = False
    at = 0
    for line in lines:
        written: list[str] = []
        for character in line.text:
            if character.isspace():
                written.append(character)
                continue
            found = next((i for i in range(at, min(at + _ALIGN_REACH, len(glyphs))) if glyphs[i][0] == character), None)
            if found is not None:
                if glyphs[found][1] and written and not written[-1].isspace():
                    written.append(" ")
                at = found + 1
            written.append(character)
        line.text = "".join(written)


_ALIGN_REACH = 40  # characters the layout text may have that a line does not (a dropped mark, a ligature)


def _letters_unmapped(text: str) -> bool:
    """Whether a PDF's text is what fonts without a map to Unicode give: glyph numbers read as other
    characters ("3RVLWLRQ3DSHU" for "Position Paper"), with almost no small letters. A script
    without case (Chinese, Arabic) is not judged."""
    cased = [c for c in text if c.isupper() or c.islower()]
    return len(cased) >= _MIN_CASED_LETTERS and sum(c.islower() for c in cased) < _MIN_LOWER_SHARE * len(cased)


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


def _page_runs(page) -> tuple[list[_Run], float | None]:
    """The page's text runs in drawing order ("\\n" where pypdf starts a line) and its height."""
    runs: list[_Run] = []

    def visit(text, cm, tm, font, size):
        if text:
            runs.append(_Run(text, *_placement(cm, tm, size), _is_bold(font)))

    page.extract_text(visitor_text=visit)
    try:
        height = float(page.mediabox.height)
    except _CORRUPT:
        height = None
    return runs, height


def _placement(cm: list, tm: list, size: float) -> tuple[float, float, float]:
    """Start on the page (x, baseline y) and rendered font size of text drawn with these matrices."""
    x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    return x, y, size * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])


def _is_bold(font) -> bool:
    name = str(font.get("/BaseFont", "")) if hasattr(font, "get") else ""
    return bool(_BOLD_FONT.search(name.rpartition("+")[2]))


def _lines(runs: list[_Run], page: int, height: float | None) -> list[_Line]:
    """The page's non-blank lines, footnote references taken out, numbered from the top."""
    lines: list[_Line] = []
    current: list[_Run] = []
    blank_before = False
    pieces = [
        (_Run(piece, run.x, run.y, run.size, run.bold), i > 0)
        for run in runs
        for i, piece in enumerate(run.text.split("\n"))
    ]
    following = _next_written(pieces)
    last: _Run | None = None
    joined = False  # a line start was passed over: the next run continues the line
    # A zero-width character ended the line before, or stood on a line of its own (Google Docs
    # draws them inside words: "f", "\u200b", "ormer"): the next line joins it without a space.
    glue = False
    spaced = False  # the last line drawn ended with a space: the next one never joins it without one
    for index, (run, starts_line) in enumerate(pieces + [(None, True)]):
        if starts_line:
            joined = _same_line(last, following[index])
            if not joined:
                line = _line(current, page, blank_before)
                drawn = "".join(piece.text for piece in current)
                if line is None and _ZERO_WIDTH.search(drawn):
                    glue = glue or bool(lines)  # no blank line either
                    current, last = [], None
                    continue
                if line is not None:
                    visible = _ZERO_WIDTH.sub("", drawn)  # "\u200b to get": a space after the mark is a word's end
                    line.glued = (glue or _ZERO_WIDTH.match(drawn) is not None) and not visible[:1].isspace() \
                        and not spaced
                    glue = _ZERO_WIDTH.match(drawn[-1:]) is not None and not drawn[-2:-1].isspace()
                    spaced = visible[-1:].isspace()
                    lines.append(line)
                blank_before = line is None and bool(lines)
                current, last = [], None
        if run is not None and run.text:
            if joined and current and _needs_space(current[-1].text, run.text):
                current.append(replace(run, text=" "))
            current.append(run)
            last, joined = (run if _ZERO_WIDTH.sub("", run.text) else last), False
    lines = _note_marks_attached(lines)
    if lines and all(line.y is not None for line in lines):
        for rank, line in enumerate(sorted(lines, key=lambda line: -(line.y or 0.0)), 1):
            line.number = rank
    if height:
        for line in lines:
            line.in_margin = line.y is not None and min(line.y, height - line.y) < _MARGIN_STRIP * height
    return lines


_NOTE_MARKS = re.compile(r"\d{1,3}(?:[ ,]+\d{1,3})*")
_NOTE_PUNCTUATION = re.compile(r"[.,;:]")


def _note_marks_attached(lines: list[_Line]) -> list[_Line]:
    """Lines that are only small note numbers, drawn apart from the words they mark: raised over
    the line drawn before them, they are its note references ("… Although I" ¹), which are left
    out; raised over the line after them, they are that footnote's own number."""
    kept: list[_Line] = []
    for index, line in enumerate(lines):
        before = kept[-1] if kept else None
        after = lines[index + 1] if index + 1 < len(lines) else None
        if _NOTE_PUNCTUATION.fullmatch(line.text) and line.size and before is not None and before.size \
                and line.size < _NOTE_SIZE * before.size:
            continue  # the stop set small with a note number ("The CDC⁴ has", round 61): part of the mark
        if _NOTE_MARKS.fullmatch(line.text) and line.size:
            if _raised_over(line, before):
                if after is not None and before is not None and not _ends_sentence(before.text) and _continues(after.text):
                    after.blank_before = line.blank_before  # the gap under a note number drawn apart is no paragraph's
                continue
            if _raised_over(line, after) and after is not None and after.note is None:
                after.note = line.text
                continue
        kept.append(line)
    return kept


def _raised_over(mark: _Line, line: _Line | None) -> bool:
    """True when `mark` is set smaller than `line` and above its baseline, within its height."""
    if line is None or line.y is None or mark.y is None or not (line.size and mark.size):
        return False
    return mark.size < _NOTE_SIZE * line.size and 0 < mark.y - line.y < line.size


def _next_written(pieces: list[tuple[_Run, bool]]) -> list[_Run | None]:
    """For each piece (and one past the end), the first piece from there on with any text other
    than zero-width characters, whose place says nothing of the line (Google Docs sets them
    anywhere)."""
    following: list[_Run | None] = [None]
    for run, _ in reversed(pieces):
        following.append(run if _ZERO_WIDTH.sub("", run.text) else following[-1])
    return following[::-1]


def _same_line(last: _Run | None, following: _Run | None) -> bool:
    """Whether a line start pypdf reports joins text on one baseline, left to right: Google Docs
    draws every word as its own text object, and pypdf starts a line before each one."""
    if last is None or following is None or not last.size:
        return False
    if last.x is None or last.y is None or following.x is None or following.y is None:
        return False
    return abs(following.y - last.y) <= _SAME_BASELINE * last.size and following.x > last.x


def _needs_space(before: str, after: str) -> bool:
    """Whether two runs joined on one line need a space between them: none before punctuation,
    and none beside a zero-width character (Google Docs draws one inside a word: "f", "\u200b",
    "ormer" is "former")."""
    return not (before[-1:].isspace() or after[:1].isspace() or after[:1] in _NO_SPACE_BEFORE or before[-1:] in "([“‘"
                or _ZERO_WIDTH.match(after) or _ZERO_WIDTH.fullmatch(before[-1:]))


_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def _line(runs: list[_Run], page: int, blank_before: bool) -> _Line | None:
    """One line from its runs: a small or raised number after a word is a footnote reference and
    is left out; at the start of the line it marks the line as a footnote's first."""
    inked = [run for run in runs if _ZERO_WIDTH.sub("", run.text).strip()]
    if not inked:
        return None
    main = max(inked, key=lambda run: len(run.text.strip()) if run.size else 0)
    note = None
    parts: list[str] = []
    cells: list[list[str]] = [parts]
    previous: _Run | None = None
    marked = False  # a note reference was left out of the line
    # Columns are looked for on short lines only (a header or a table's row), before a capital:
    # where prose seems to jump, it is the runs' places that are off (an italic title, a lost glyph).
    in_columns = len(" ".join("".join(run.text for run in runs).split())) <= _MAX_ROW_CHARACTERS
    for run in runs:
        before = "".join(piece for cell in cells for piece in cell).rstrip()
        if run is not main and _is_note_mark(run, main, before):
            note = note if before else run.text.strip()
            marked = True
            continue
        inked_text = _ZERO_WIDTH.sub("", run.text).strip()
        if in_columns and previous is not None and inked_text[:1].isupper() and _column_gap(previous, run):
            parts = []
            cells.append(parts)
        parts.append(run.text)
        previous = run if inked_text else previous
    if marked:  # "lands ⁵. Not": the room left for the number is no space before the stop
        cells = [[piece.rstrip() if later.lstrip()[:1] in _AFTER_A_NOTE else piece for piece, later in pairwise([*cell, ""])]
                 for cell in cells]
    # columns are kept apart by a tab; the runs' own tabs are spaces
    text = "\t".join(_restored_glyphs(_unfolded_ligatures(" ".join(_ZERO_WIDTH.sub("", "".join(cell)).split())))
                     for cell in cells)
    text = _SUPERSCRIPT_REFERENCE.sub("", text)
    if leading := _SUPERSCRIPT_NOTE.match(text):
        note, text = leading.group(1), text[leading.end() :]
    if not text:
        return None
    first = inked[0] if inked[0].y is not None else main
    bold_lead = inked[0].bold and not main.bold
    return _Line(text, page, 0, first.x, main.y, main.size, main.bold, blank_before, note=note, bold_lead=bold_lead)


def _column_gap(previous: _Run, run: _Run) -> bool:
    """True when a run starts far right of where the one before it ends on the same line: the
    next column of a table or of a header laid out in columns ("Delegation from ⇥ Represented by")."""
    if previous.x is None or run.x is None or not previous.size:
        return False
    end = previous.x + _WIDEST_LETTER * previous.size * len(previous.text.rstrip())
    return run.x - end > _COLUMN_GAP * previous.size


def _is_note_mark(run: _Run, main: _Run, before: str) -> bool:
    """A footnote number or sign set smaller than the line's text, raised, or on its baseline
    (a text rise pypdf does not report) unless it follows a capital, as in "CO2"."""
    mark = run.text.strip()
    if not mark or not _NOTE_MARK.fullmatch(mark) or not (run.size and main.size):
        return False
    if run.size >= _NOTE_SIZE * main.size:
        return False
    rise = run.y - main.y if run.y is not None and main.y is not None else 0
    if abs(rise) > 0.1 * main.size:
        return rise > 0
    return not before[-1:].isupper()


def _restored_glyphs(text: str) -> str:
    """A word with a glyph the font maps to no letter, read as NUL ("speci\x00ic", "\x00irst", round
    69): the letters of a ligature, the usual such glyph, that make a word of the CMU Pronouncing
    Dictionary ("specific", "first"); a word that none makes loses the glyph."""
    return _UNMAPPED_GLYPH.sub(_restored_word, text) if "\x00" in text else text


def _restored_word(match: re.Match[str]) -> str:
    word, cmu = match.group(), cmu_dictionary()
    return next((candidate for letters in _LIGATURE_LETTERS if (candidate := word.replace("\x00", letters)).lower() in cmu),
                word.replace("\x00", ""))


_UNMAPPED_GLYPH = re.compile(r"[A-Za-z]*\x00[A-Za-z\x00]*")
_LIGATURE_LETTERS = ("f", "fi", "fl", "ff", "ffi", "ffl")


def _unfolded_ligatures(text: str) -> str:
    """Ligature characters ("ﬁ", "ﬀ", "ﬃ"…) as their letters, by NFKC; nothing else changes."""
    return _NON_ASCII.sub(lambda match: _unfolded(match.group()), text)


@cache
def _unfolded(character: str) -> str:
    """NFKC of a compatibility character that stands for several letters; others stay as they are
    (NFKC would also turn a superscript "¹" into "1" or "½" into "1⁄2")."""
    if unicodedata.decomposition(character).startswith("<compat>"):
        letters = unicodedata.normalize("NFKC", character)
        if len(letters) > 1 and letters.isalpha():
            return letters
    return character


def _body_lines(pages: list[list[_Line]]) -> list[_Line]:
    """All pages' lines without running headers, footers, page numbers and a browser's print margins."""
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

    body_size = _most_common_size([line for lines in pages for line in lines])

    def page_number(line: _Line) -> bool:
        """A lone number, unless set as small as a footnote number raised above its note."""
        raised = body_size and line.size and line.size < _RAISED_MARK_SIZE * body_size
        return bool(_PAGE_NUMBER.fullmatch(line.text)) and not raised

    for _ in range(_HEADER_PASSES):  # a running header of more lines than a page's edge holds: its
        margins = [margin_keys(lines) for lines in pages]  # next lines come to the edge once the first go
        seen_on = Counter(key for page in margins for key in set().union(*page.values()))
        repeated = {key for key, n in seen_on.items() if n >= 2 and n > len(pages) / 2}
        kept = [
            [line for line in lines
             if not (line.in_margin and _BROWSER_MARGIN.search(line.text))
             and (id(line) not in page or not (page[id(line)] & repeated or page_number(line)))]
            for lines, page in zip(pages, margins)
        ]
        if sum(map(len, kept)) == sum(map(len, pages)):
            break
        pages = kept
    return [line for lines in pages for line in lines]


def _footnotes_apart(lines: list[_Line], body_size: float | None) -> tuple[list[_Line], list[list[_Line]]]:
    """The body's lines, and the footnotes' lines, one list per footnote.

    A page's footnotes are the run of lines at its foot (by position, whatever order they were
    drawn in) set smaller than the body text, the first of which starts with a footnote number;
    lines before that number continue the last footnote of the page before."""
    body: list[_Line] = []
    notes: list[list[_Line]] = []
    for _, grouped in groupby(lines, key=lambda line: line.page):
        page_lines = list(grouped)
        placed = all(line.y is not None for line in page_lines)
        ordered = sorted(page_lines, key=lambda line: line.number) if placed else page_lines
        start = len(ordered)
        while start and body_size:
            size = ordered[start - 1].size
            if not (size and size < _NOTE_TEXT_SIZE * body_size):
                break
            start -= 1
        foot = _marks_joined([_note_started(line) for line in ordered[start:]])
        first = next((i for i, line in enumerate(foot) if line.note), None)
        if first is None or (first and not notes) or not _below(foot, ordered[:start]):
            body.extend(page_lines)
            continue
        in_foot = {id(line) for line in ordered[start:]}
        body.extend(line for line in page_lines if id(line) not in in_foot)
        for index, line in enumerate(foot):
            if line.note and index >= first:
                notes.append([line])
            else:
                notes[-1].append(line)
    return body, notes


def _note_started(line: _Line) -> _Line:
    """The line with a footnote number set in line with its text ("1 Source…") taken as its note."""
    if line.note is None and (match := _INLINE_NOTE.match(line.text)):
        return replace(line, text=line.text[match.end() :], note=match.group(1))
    return line


def _marks_joined(foot: list[_Line]) -> list[_Line]:
    """A footnote number raised onto a line of its own is the note number of the line under it."""
    joined: list[_Line] = []
    for line in foot:
        if joined and joined[-1].note is None and _NOTE_MARK.fullmatch(joined[-1].text.strip()):
            line = replace(line, note=line.note or joined.pop().text.strip())
        joined.append(line)
    return joined


def _below(foot: list[_Line], above: list[_Line]) -> bool:
    """Whether the foot lines lie under the rest of the page (when positions are known)."""
    heights = [line.y for line in above if line.y is not None]
    return not heights or all(line.y is None or line.y < min(heights) for line in foot)


def _paragraphs(lines: list[_Line], body_size: float | None):
    """Group lines into (kind, lines) blocks. Where blank lines stand between most lines, they
    are the document's line spacing, not paragraph breaks: the other signs decide."""
    if sum(line.blank_before for line in lines[1:]) > _BLANK_SPACED * (len(lines) - 1):
        lines = [replace(line, blank_before=False) for line in lines]
    layout = _Layout(_full_line_length(lines), body_size, _usual_spacing(lines))
    block: list[_Line] = []
    for previous, line in zip([None, *lines], lines):
        if previous is not None and _breaks(previous, line, layout):
            yield _kind(block, layout), block
            block = []
        block.append(line)
    if block:
        yield _kind(block, layout), block


@dataclass(frozen=True)
class _Layout:
    full: float  # characters on a full line
    body_size: float | None  # font size of the body text
    spacing: float | None  # usual distance between baselines, in font sizes


# Share of lines with a blank line before them above which blank lines are line spacing.
_BLANK_SPACED = 0.6


def _breaks(previous: _Line, line: _Line, layout: _Layout) -> bool:
    """Whether a new block starts at `line`."""
    if _LIST_MARKER.match(line.text) or _URL.match(line.text):
        return True
    if _DASH_ITEM.match(line.text) and previous.text.rstrip().endswith(_BEFORE_AN_ITEM):
        return True
    if _ends_hyphenated(previous.text):
        return False
    if line.page != previous.page and not _ends_sentence(previous.text) and _continues(line.text):
        return False  # a sentence runs on over the page break (its running footer and header left out)
    if line.blank_before and not _size_changes(previous, line) and not _ends_sentence(previous.text) \
            and _continues(line.text) and len(previous.text) >= _SHORT * layout.full:
        return False  # a full line whose sentence runs on past a blank line: a passage set double-spaced
    if line.blank_before or _size_changes(previous, line):
        return True
    if line.page != previous.page and _ends_sentence(previous.text) and previous.size and line.size \
            and previous.size < line.size:
        return True  # the page's notes or sources, set smaller at its foot, end; the next page's text begins
    if line.text[:1].islower() and not _ends_sentence(previous.text) and not _wide_gap(previous, line, layout.spacing):
        return False  # a sentence runs on in a small letter, out of bold into plain type too (a list item's bold lead)
    if _styled_as_heading(previous, layout) != _styled_as_heading(line, layout):
        return True
    full_line = len(previous.text) >= _SHORT * layout.full
    if not _ends_sentence(previous.text) and _continues(line.text):
        # a sentence runs on; past a wide gap only from a full line (a taller line may widen it)
        return not full_line and _wide_gap(previous, line, layout.spacing)
    if _wide_gap(previous, line, layout.spacing):
        return True
    if not _ends_sentence(previous.text):
        return _is_heading_line(previous.text, layout.full)
    if line.bold_lead and not previous.bold:
        return True  # a run-in heading ("Topic A: …" in bold) opens a paragraph
    return not full_line or _is_heading_line(line.text, layout.full) or _indented(previous, line) \
        or _indented(line, previous) and bool(_LIST_MARKER.match(previous.text) or _DASH_ITEM.match(previous.text))
    # (the last: text back at the margin after an indented list item of one line)


def _kind(block: list[_Line], layout: _Layout) -> str:
    styled = all(_styled_as_heading(line, layout) for line in block)
    text = " ".join(line.text for line in block)
    if styled and (_larger(block[0], layout) or _is_heading_text(text, _HEADING_MAX_WORDS)):
        return "heading"
    if _LIST_MARKER.match(block[0].text) or _DASH_ITEM.match(block[0].text):
        return "list_item"
    if len(block) == 1 and _is_heading_line(block[0].text, layout.full):
        return "heading"
    return "paragraph"


def _styled_as_heading(line: _Line, layout: _Layout) -> bool:
    """Set larger than the body text, or in bold where the body is not."""
    return _larger(line, layout) or (line.bold and len(line.text.split()) <= _HEADING_MAX_WORDS)


def _larger(line: _Line, layout: _Layout) -> bool:
    return bool(layout.body_size and line.size and line.size > _HEADING_SIZE * layout.body_size)


def _is_heading_line(text: str, full: float) -> bool:
    return len(text) < _SHORT * full and _is_heading_text(text, _HEADING_MAX_WORDS) and not text.endswith(":")


def _is_heading_text(text: str, max_words: int) -> bool:
    """Short, and not ending as a sentence or a clause does (a label may end with a colon)."""
    stripped = text.rstrip(_CLOSING)
    return (
        not stripped.endswith((".", "!", "?", "…", ",", ";", "-", "\u00ad"))
        and len(text.split()) <= max_words
        and not _URL.search(text)
    )


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSING).endswith(_SENTENCE_END)


def _continues(text: str) -> bool:
    """Whether a line starts the way only the middle of a sentence does (lowercase, a digit…)."""
    return not text[0].isupper() and not _LIST_MARKER.match(text) and text[0] not in "\"'“‘([«"


def _ends_hyphenated(text: str) -> bool:
    return len(text) > 1 and text[-1] in "-\u00ad" and text[-2].isalpha()


def _size_changes(previous: _Line, line: _Line) -> bool:
    if not (previous.size and line.size):
        return False
    return abs(previous.size - line.size) > 0.1 * previous.size


def _wide_gap(previous: _Line, line: _Line, spacing: float | None) -> bool:
    """Whether the lines are further apart than the usual spacing, in sizes of their font."""
    if not spacing or previous.page != line.page or previous.y is None or line.y is None or not line.size:
        return False
    gap = (previous.y - line.y) / line.size
    return gap < 0 or gap > _WIDE_GAP * spacing


def _indented(previous: _Line, line: _Line) -> bool:
    """A first-line indent: the line starts clearly right of the line before it."""
    if previous.x is None or line.x is None or not line.size:
        return False
    return line.x - previous.x > _INDENT * line.size


def _full_line_length(lines: list[_Line]) -> float:
    lengths = sorted(len(line.text) for line in lines)
    return lengths[round(0.9 * (len(lengths) - 1))] if lengths else 0


def _most_common_size(lines: list[_Line]) -> float | None:
    """The body text's font size: the size most of the characters are set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.size:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _usual_spacing(lines: list[_Line]) -> float | None:
    """The usual distance from one baseline to the next, in sizes of the lower line's font."""
    gaps = [
        (a.y - b.y) / b.size
        for a, b in pairwise(lines)
        if a.page == b.page and a.y is not None and b.y is not None and a.y > b.y and b.size
    ]
    return statistics.median(gaps) if gaps else None


def _word_counts(lines: list[_Line]) -> Counter:
    """How often each lowercase word and hyphenated compound occurs within the lines."""
    hyphenated = re.compile(WORD.pattern + r"(?:-" + WORD.pattern + r")*")
    return Counter(m.group().lower() for line in lines for m in hyphenated.finditer(line.text))


def _joined(block: list[_Line], counts: Counter, drop_marker: bool = False) -> list[tuple[str, dict]]:
    """The block's lines as anchored pieces: spaces between lines, hyphenation repaired."""
    pieces: list[tuple[str, dict]] = []
    marker = (_LIST_MARKER.match(block[0].text) or _DASH_ITEM.match(block[0].text)) if drop_marker else None
    text = block[0].text[marker.end() if marker else 0 :]
    for line, following in zip(block, block[1:] + [None]):
        joiner = ""
        if following is not None:
            joiner = "" if following.glued else " "
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
    letters = re.match(r"[^\W\d_]*", after)
    assert letters is not None  # the pattern matches the empty string
    tail = letters.group()
    if not tail or not tail[0].islower() or not head.replace("-", "").isalpha():
        return True
    hyphenated, joined = f"{head}-{tail}".lower(), f"{head}{tail}".lower()
    if counts[hyphenated] != counts[joined]:
        return counts[hyphenated] > counts[joined]
    if "-" in head:
        return not _split_word(head.rsplit("-", 1)[1].lower(), tail.lower())
    return _spelt_with_hyphen(head.lower(), tail.lower())


def _split_word(head: str, tail: str) -> bool:
    """True when the last part of a hyphenated compound and the next line's start are one word
    cut at the line end ("under-devel-" / "oped", "decision-mak-" / "ing"), not two words
    ("state-of-the-" / "art")."""
    cmu = cmu_dictionary()
    both_words = len(head) >= 4 and len(tail) >= 4 and head in cmu and tail in cmu
    return f"{head}{tail}" in cmu and not both_words


def _spelt_with_hyphen(head: str, tail: str) -> bool:
    """What the dictionaries say of "head-" / "tail": the UN spellings of the MUN vocabulary
    first, then the CMU Pronouncing Dictionary. A prefix before the vowel it ends with keeps its
    hyphen ("re-election"); a word neither lists keeps it when both parts are words of their own
    ("peace-building") or the first is a prefix ("multi-stakeholder")."""
    hyphenated, joined = f"{head}-{tail}", f"{head}{tail}"
    (accepted, rejected), cmu = _un_spellings(), cmu_dictionary()
    if hyphenated in rejected or joined in rejected:
        return joined in rejected
    if (hyphenated in accepted) != (joined in accepted):
        return hyphenated in accepted
    if hyphenated in cmu:
        return True
    if joined in cmu:
        return head in HYPHEN_PREFIXES and head[-1] == tail[0] and head[-1] in "aeiou"
    return tail in cmu and (head in HYPHEN_PREFIXES or head in cmu)


@lru_cache(maxsize=1)
def _un_spellings() -> tuple[frozenset[str], frozenset[str]]:
    """Single words the built-in MUN vocabulary accepts, and those it rejects, lowercase
    (it rejects "counterterrorism" for the UN's "counter-terrorism")."""
    rejected = {line.partition("=>")[0].strip().lower() for line in builtin_list("reject")}
    rejected = {term for term in rejected if " " not in term}
    accepted = {word.lower() for phrase in builtin_list("accept") for word in phrase.split()}
    return frozenset(accepted - rejected), frozenset(rejected)


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
