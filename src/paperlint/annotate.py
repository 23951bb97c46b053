"""`--annotate out.docx`: a copy of the paper with each finding as a Word comment; and
`--fix-output out.docx`: the same copy with the safe fixes as tracked changes.

For a .docx paper the copy is the original document, with runs split at the findings' span
boundaries so that each comment is anchored on exactly the flagged words. For .txt, .md and
.pdf papers the copy is a new .docx of the extracted text, one Word paragraph per block.
Comments are by "paperlint" and hold the message, the suggestions and the notes. A tracked
change is a `w:del` of the flagged runs (their formatting kept) and a `w:ins` of the
suggestion in the same formatting, by "paperlint" and dated, for the writer to accept or
reject in Word; a fix that cannot be made on plain runs of one paragraph becomes a comment.
The original file is never written.
"""

from __future__ import annotations

import bisect
import copy
import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.run import CT_R
from docx.text.hyperlink import Hyperlink
from docx.text.run import Run

from paperlint.document import Document
from paperlint.errors import PaperlintError
from paperlint.findings import Finding
from paperlint.output import write_atomically
from paperlint.readers.docx import block_text, note_number, numbered_blocks, paragraph_joint
from paperlint.reporters import describe_suggestion, source_place

AUTHOR, INITIALS = "paperlint", "PL"
# The run children that carry text, as python-docx's `Run.text` reads them.
_TEXT_TAGS = {qn(f"w:{tag}") for tag in ("br", "cr", "noBreakHyphen", "ptab", "t", "tab")}
# A run under one of these is already a tracked change, or text moved: not changed again.
_REVISIONS = {qn(f"w:{tag}") for tag in ("ins", "del", "moveFrom", "moveTo")}
_SPACES = re.compile(r"[ \t]{2,}|^[ \t]+|[ \t]+$", re.MULTILINE)


@dataclass
class Unit:
    """Word paragraphs whose text, joined by newlines, is one block of the extracted text.

    `offset` is where the unit's text starts in document.text and `skip` how many characters
    of the unit's own text come before that (whitespace the reader trimmed).
    `positions[i]` is the unit-text index of document.text[offset + i] when the unit's text
    was compacted (text papers), or None when the two match one for one (.docx).
    """

    paragraphs: list
    offset: int
    skip: int = 0
    positions: list[int] | None = field(default=None, repr=False)

    def local(self, offset: int) -> int:
        index = offset - self.offset
        if self.positions is None:
            return index + self.skip
        return self.positions[max(0, min(index, len(self.positions) - 1))]

    def pieces(self) -> list[tuple[CT_R, int, int]]:
        """(w:r element, start, end) of every run with text, in unit-text coordinates."""
        found: list[tuple[CT_R, int, int]] = []
        cursor = 0
        for number, paragraph in enumerate(self.paragraphs):
            if number:
                cursor += len(paragraph_joint(self.paragraphs[number - 1]._p))  # as the reader joins them
            for run in _runs(paragraph):
                length = len(run.text)
                if length:
                    found.append((run._r, cursor, cursor + length))
                cursor += length
        return found

    @property
    def text(self) -> str:
        return "".join(
            "".join(run.text for run in _runs(p)) + (paragraph_joint(p._p) if i < len(self.paragraphs) - 1 else "")
            for i, p in enumerate(self.paragraphs)
        )


def _runs(paragraph) -> list[Run]:
    """The paragraph's runs, as the reader reads them: a note's number in superscript is no text."""
    runs: list[Run] = []
    text = ""
    for item in paragraph.iter_inner_content():
        for run in item.runs if isinstance(item, Hyperlink) else [item]:
            if not note_number(run._r, text):
                runs.append(run)
                text += run.text
    return runs


def annotate(document: Document, findings: list[Finding], source_bytes: bytes | None, out_path: str,
             fixes: Sequence[Finding] = ()) -> tuple[int, int]:
    """Write the annotated copy to `out_path`, with `fixes` (fixable findings) made as tracked
    changes where they can be and every other finding as a comment; returns the number of
    tracked changes and of comments."""
    if document.format == "docx" and source_bytes is not None:
        word = docx.Document(io.BytesIO(source_bytes))
        units = _docx_units(word, document)
    else:
        word, units = _text_copy(document)
    changes = _trackable(units, document, fixes)
    commented = [f for f in [*findings, *fixes] if f not in changes]
    for finding in sorted(commented, key=lambda f: f.sort_key):
        runs = _anchor_runs(units, document, finding)
        _add_comment(word, runs, finding, exact=runs is not None)
    if changes:
        _track_changes(word, [(units[number], finding) for finding, number in changes.items()])
    buffer = io.BytesIO()
    word.save(buffer)
    write_atomically(out_path, buffer.getvalue())
    return len(changes), len(commented)


def check_output_path(out_path: str, inputs: list[str], option: str = "--annotate") -> None:
    """Refuse an output that is not a .docx or that would overwrite a paper being checked."""
    if not out_path.lower().endswith(".docx"):
        raise PaperlintError(f"{option} {out_path}: the copy is a Word file: name it .docx")
    target = os.path.realpath(out_path)
    for path in inputs:
        if path != "-" and os.path.realpath(path) == target:
            raise PaperlintError(f"{option} {out_path}: that is the paper itself; name a new file")


# --- .docx papers: the units are the paragraphs and table cells the reader numbered ---------

def _docx_units(word, document: Document) -> dict[int, Unit]:
    """The reader's numbered paragraphs and cells (see readers/docx.py), by number."""
    starts = {a.paragraph: a.offset for a in document.anchors if a.paragraph is not None}
    units: dict[int, Unit] = {}
    for number, _, paragraphs in numbered_blocks(word):
        if number in starts:
            text = block_text(paragraphs)
            units[number] = Unit(paragraphs, starts[number], len(text) - len(text.lstrip()))
    return units


# --- text papers: a new document, one paragraph per block ----------------------------------

def _text_copy(document: Document):
    word = docx.Document()
    title = document.metadata.title or os.path.basename(document.path)
    word.core_properties.title = f"{title} (annotated by paperlint)"
    units: dict[int, Unit] = {}
    for number, block in enumerate(document.blocks, 1):
        text, positions = _compact(document.text[block.start:block.end])
        paragraph = word.add_paragraph(style="Heading 2" if block.kind == "heading" else None)
        for index, line in enumerate(text.split("\n")):
            if index:
                paragraph.add_run().add_break()
            paragraph.add_run(line)
        units[number] = Unit([paragraph], block.start, positions=positions)
    return word, units


def _compact(text: str) -> tuple[str, list[int]]:
    """`text` with runs of spaces (blanked markup, indents) cut to one, and where each char went."""
    positions: list[int] = []
    kept: list[str] = []
    cursor = 0
    for match in _SPACES.finditer(text):
        for char in text[cursor:match.start()]:
            positions.append(len(kept))
            kept.append(char)
        keep_one = match.start() > 0 and text[match.start() - 1] != "\n" and match.end() < len(text) and text[match.end()] != "\n"
        positions.extend([len(kept)] * (match.end() - match.start()))
        if keep_one:
            kept.append(" ")
        cursor = match.end()
    for char in text[cursor:]:
        positions.append(len(kept))
        kept.append(char)
    positions.append(len(kept))
    return "".join(kept), positions


# --- anchoring ------------------------------------------------------------------------------

def _unit_number(document: Document, units: dict[int, Unit], offset: int) -> int | None:
    if document.format == "docx":
        return document.locate(offset).paragraph
    numbers = sorted(units)
    index = bisect.bisect_right([units[n].offset for n in numbers], offset) - 1
    return numbers[index] if index >= 0 else None


def _unit_at(document: Document, units: dict[int, Unit], offset: int) -> Unit | None:
    """The unit holding `offset`, or None."""
    number = _unit_number(document, units, offset)
    return None if number is None else units.get(number)


def _anchor_runs(units: dict[int, Unit], document: Document, f: Finding) -> list[Run] | None:
    """The runs covering exactly the finding's words, splitting runs as needed; None if lost."""
    first_unit = _unit_at(document, units, f.start)
    last_unit = _unit_at(document, units, max(f.start, f.end - 1))
    if first_unit is None or last_unit is None:
        return None
    start, end = first_unit.local(f.start), last_unit.local(f.end)
    if first_unit is last_unit:
        if first_unit.positions is None and first_unit.text[start:end] != f.text:
            found = _nearest(first_unit.text, f.text, start)
            if found is None:
                return None
            start, end = found, found + len(f.text)
        if end <= start:
            return None
    first = _split_at(first_unit, start, want="right")
    last = _split_at(last_unit, end, want="left")
    if first is None or last is None:
        return None
    return [Run(first, first_unit.paragraphs[0]), Run(last, last_unit.paragraphs[0])]


def _trackable(units: dict[int, Unit], document: Document, fixes: Sequence[Finding]) -> dict[Finding, int]:
    """The fixes that can be tracked changes, by unit number: each with a suggestion, inside
    one paragraph, on plain text runs that still hold its words, overlapping no other (the
    first of two overlapping fixes wins)."""
    chosen: dict[Finding, int] = {}
    end = -1
    for f in sorted((f for f in fixes if f.fixable and f.suggestions), key=lambda f: (f.start, -f.end, f.code)):
        number = _unit_number(document, units, f.start)
        unit = None if number is None else units.get(number)
        if number is None or f.start < end or unit is None or _unit_number(document, units, max(f.start, f.end - 1)) != number:
            continue
        start, stop = unit.local(f.start), unit.local(f.end)
        if " ".join(unit.text[start:stop].split()) != " ".join(f.text.split()) or "\n" in unit.text[start:stop]:
            continue
        if all(_splittable(r) and not _in_revision(r) for r, s, e in unit.pieces() if s < stop and start < e):
            chosen[f] = number
            end = f.end
    return chosen


def _in_revision(r) -> bool:
    return any(a.tag in _REVISIONS for a in r.iterancestors())


def _nearest(text: str, wanted: str, near: int) -> int | None:
    positions = [m.start() for m in re.finditer(re.escape(wanted), text)] if wanted else []
    return min(positions, key=lambda p: abs(p - near)) if positions else None


def _split_at(unit: Unit, position: int, want: str):
    """Split the run holding `position`; the w:r starting there (right) or ending there (left)."""
    for element, start, end in unit.pieces():
        if want == "right" and start <= position < end or want == "left" and start < position <= end:
            if position in (start, end):
                return element
            if not _splittable(element):
                return element  # a run with a drawing or a field: anchor on the whole run
            right = _split_run(element, position - start)
            return right if want == "right" else element
    return None


def _splittable(r) -> bool:
    return all(child.tag in _TEXT_TAGS or child.tag == qn("w:rPr") for child in r)


def _split_run(r, at: int):
    """Cut the w:r `r` after `at` characters; the new right-hand w:r follows it."""
    right = copy.deepcopy(r)
    _keep_text(r, 0, at)
    _keep_text(right, at, None)
    r.addnext(right)
    return right


def _keep_text(r, keep_from: int, keep_to: int | None) -> None:
    cursor = 0
    for child in [c for c in r if c.tag in _TEXT_TAGS]:
        text = str(child)
        start, end = cursor, cursor + len(text)
        cursor = end
        lo, hi = max(start, keep_from), end if keep_to is None else min(end, keep_to)
        if hi <= lo:
            r.remove(child)
        elif child.tag == qn("w:t") and (lo, hi) != (start, end):
            child.text = text[lo - start:hi - start]
            child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


# --- tracked changes ----------------------------------------------------------------------

def _track_changes(word, changes: list[tuple[Unit, Finding]]) -> None:
    """Make each fix a tracked change by paperlint: its runs wrapped in w:del (formatting
    kept), then a w:ins run with the same formatting and the suggestion. Last fix first, so
    the offsets of the ones before stay true."""
    body = word.element.body
    next_id = 1 + max((int(v) for e in body.iter() if (v := e.get(qn("w:id"), "")).isdigit()), default=0)
    date = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for unit, f in sorted(changes, key=lambda change: -change[1].start):
        start, end = unit.local(f.start), unit.local(f.end)
        _split_at(unit, start, want="right")
        _split_at(unit, end, want="left")
        runs = [r for r, s, e in unit.pieces() if start <= s and e <= end]
        wrapper = None
        for r in runs:
            if wrapper is None or wrapper.getnext() is not r:
                wrapper = _revision("w:del", next_id, date)
                next_id += 1
                r.addprevious(wrapper)
            wrapper.append(r)
            for t in r.iter(qn("w:t")):
                t.tag = qn("w:delText")
        if f.suggestions[0]:
            inserted = _revision("w:ins", next_id, date)
            next_id += 1
            if runs:
                inserted.append(_text_run(runs[0], f.suggestions[0]))
                assert wrapper is not None  # set by the loop over `runs`
                wrapper.addnext(inserted)
            else:  # a pure insertion: after the run that ends where it goes, with its formatting
                pieces = list(unit.pieces())
                before = next((r for r, s, e in reversed(pieces) if e <= start), None)
                after = next((r for r, s, e in pieces if s >= start), None)
                anchor = before if before is not None else after
                if anchor is None:
                    continue
                inserted.append(_text_run(anchor, f.suggestions[0]))
                (anchor.addnext if anchor is before else anchor.addprevious)(inserted)
        elif len(unit.paragraphs) == 1 and not "".join(run.text for run in _runs(unit.paragraphs[0])).strip():
            _delete_paragraph_mark(unit.paragraphs[0]._p, next_id, date)
            next_id += 1


def _revision(tag: str, number: int, date: str):
    element = OxmlElement(tag)
    element.set(qn("w:id"), str(number))
    element.set(qn("w:author"), AUTHOR)
    element.set(qn("w:date"), date)
    return element


def _text_run(like, text: str):
    """A w:r with the formatting of the run `like` and `text`."""
    r = OxmlElement("w:r")
    if like.find(qn("w:rPr")) is not None:
        r.append(copy.deepcopy(like.find(qn("w:rPr"))))
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


def _delete_paragraph_mark(p, number: int, date: str) -> None:
    """Mark a paragraph emptied by a fix as deleted too, so accepting the change removes it."""
    properties = p.get_or_add_pPr()
    marks = properties.find(qn("w:rPr"))
    if marks is None:
        marks = OxmlElement("w:rPr")
        later = [c for c in properties if c.tag in (qn("w:sectPr"), qn("w:pPrChange"))]
        if later:
            later[0].addprevious(marks)
        else:
            properties.append(marks)
    marks.append(_revision("w:del", number, date))


def _add_comment(word, runs: list[Run] | None, f: Finding, exact: bool) -> None:
    lines = [f"{f.code} {f.name} ({f.severity}): {f.message}"]
    if not exact:
        place = source_place(f) or f"line {f.line}"
        lines.append(f"At {place}: “{f.text}”.")
        runs = _first_runs(word)
    lines += [f"Suggestion: {describe_suggestion(f, s)}" for s in f.suggestions]
    lines += [f"Note: {d}" for d in f.details]
    comment = word.add_comment(runs, text=lines[0], author=AUTHOR, initials=INITIALS)
    for line in lines[1:]:
        comment.add_paragraph(line)


def _first_runs(word) -> list[Run]:
    """A place for a comment that cannot be anchored on its words: the first run with text."""
    for paragraph in word.paragraphs:
        runs = [run for run in _runs(paragraph) if run.text.strip()]
        if runs:
            return runs
    return [word.add_paragraph().add_run(" ")]


def annotate_results(results, out_path: str, fix: bool = False) -> tuple[int, int]:
    """`--annotate` (only comments) or `--fix-output` (safe fixes as tracked changes, other
    findings as comments): the copy of the one paper checked; returns the number of tracked
    changes and of comments."""
    option = "--fix-output" if fix else "--annotate"
    check_output_path(out_path, [r.path for r in results], option)
    readable = [r for r in results if r.document is not None and not r.error]
    if len(results) != 1 or not readable:
        raise PaperlintError(f"{option} takes exactly one readable paper")
    result = readable[0]
    source = None
    if result.document.format == "docx" and os.path.isfile(result.path):
        with open(result.path, "rb") as handle:
            source = handle.read()
    if not fix:
        return annotate(result.document, result.findings, source, out_path)
    fixes = [f for f in result.findings if f.fixable and f.suggestions]
    others = [f for f in result.findings if f not in fixes]
    return annotate(result.document, others, source, out_path, fixes)
