"""Word .docx files (python-docx).

The extracted text is the first page's page header (when it holds more than a page number),
the body's paragraphs and table cells in document order, then the footnotes and endnotes, then
the page footers' paragraphs (each once: notes typed there), one block each, separated by a blank
line. Paragraph numbers
(`SourceAnchor.paragraph`, shown as "paragraph N") count, from 1, every non-empty body
paragraph and every non-empty table cell (row by row, left to right; a merged cell once; the
paragraphs of a table of one cell, a frame around text, each on its own) in document order;
footnotes and endnotes continue the count after the body. Empty paragraphs (spacing) are not
counted, nor are the page header and footers (so --fix and --annotate leave them alone).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.table import Table
from docx.text.paragraph import Paragraph

from paperlint.document import Document, Metadata
from paperlint.errors import InputError
from paperlint.readers import BlockWriter

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # encrypted .docx and old .doc files are OLE compound files
_HEADING_STYLE = re.compile(r"(?:Heading \d|Title|Subtitle)\Z")
# Runs under these are not shown: deleted or moved-away text, and text boxes (own paragraphs).
_HIDDEN = {qn("w:del"), qn("w:moveFrom"), qn("w:p")}
# Word's own character styles for a note's number: typed in one ("conservation.¹ It"), it is raised
# as a footnote reference is, with no footnote behind it.
_NOTE_REFERENCE_STYLES = {"FootnoteReference", "EndnoteReference"}
# A note's number typed in superscript ("1", "2,3", "4-6", or in small Roman numerals as Word numbers
# endnotes: "iv", "ix,x"), not a Word footnote reference.
_NOTE_MARK = r"(?:\d{1,3}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))"
_NOTE_NUMBER = re.compile(rf"{_NOTE_MARK}(?:[,–-]{_NOTE_MARK})*")
_NOTE_PARTS = (
    (RELATIONSHIP_TYPE.FOOTNOTES, "footnote"),
    (RELATIONSHIP_TYPE.ENDNOTES, "endnote"),
)
def read_docx(data: bytes, path: str) -> Document:
    if data.startswith(OLE_SIGNATURE):
        raise InputError("password-protected or old-format Word file: save it as an unprotected .docx")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError("corrupt .docx: not a Word document (it is not a ZIP package)")
    _refuse_oversized(data)
    # A malformed package raises from python-docx, lxml or zipfile: read_bytes makes that one line.
    word = docx.Document(io.BytesIO(data))
    writer = BlockWriter()
    _read_page_header(word, writer)
    _read_notes(word, writer, _read_body(word, writer))
    _read_page_footers(word, writer)
    metadata = _metadata(word.core_properties)
    return Document(path, "docx", writer.text, writer.blocks, metadata, writer.anchors)


# Bounds on what a package may unpack to, checked from the ZIP directory before any part is
# read (zipfile never inflates a member past the size its directory declares). A long paper's
# document.xml is well under 1 MB; these refuse zip bombs and absurd documents (a million
# paragraphs) in bounded time and memory.
MAX_PARTS = 2000
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_TEXT_PART_BYTES = 16 * 1024 * 1024
_TEXT_PARTS = re.compile(r"word/(?:document|footnotes|endnotes|footer)\d*\.xml\Z")


def _refuse_oversized(data: bytes) -> None:
    members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    if len(members) > MAX_PARTS:
        raise InputError(f"corrupt .docx: {len(members)} parts in the package (a Word file has a few dozen)")
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(
            f".docx unpacks to {unpacked / 2**20:.0f} MB (over {MAX_UNPACKED_BYTES // 2**20} MB): refusing a possible zip bomb"
        )
    for member in members:
        if _TEXT_PARTS.match(member.filename) and member.file_size > MAX_TEXT_PART_BYTES:
            raise InputError(
                f".docx text part {member.filename} is {member.file_size / 2**20:.0f} MB "
                f"(over {MAX_TEXT_PART_BYTES // 2**20} MB): too large for a paper"
            )


def _read_page_header(word, writer: BlockWriter) -> None:
    """The page header of the first page, without its page number: a header of fields, a title
    or a date put there is the paper's opening as the student sees it ("Committee: …" typed in
    Word's header). It is read once, not per page, and has no paragraph number."""
    section = word.sections[0] if word.sections else None
    if section is None:
        return
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    if header.is_linked_to_previous:
        return  # the first section's header is not defined: no header
    for item in _body_items(word, header._element):
        for kind, paragraphs in _table_cells(item) if isinstance(item, Table) else [_paragraph(item)]:
            text = block_text(paragraphs).strip()
            if text and not _PAGE_NUMBER.fullmatch(text):
                writer.add(kind, [(text, {})])


_PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,4}(?:\s+(?:of|/)\s+\d{1,4})?", re.IGNORECASE)


def _read_body(word, writer: BlockWriter) -> int:
    """Add the body's paragraphs and table cells; returns how many were numbered."""
    number = 0
    for number, kind, paragraphs in numbered_blocks(word):
        writer.add(kind, [(block_text(paragraphs).strip(), {"paragraph": number})], split_at_blank_lines=kind == "paragraph")
    return number


def numbered_blocks(word) -> Iterator[tuple[int, str, list[Paragraph]]]:
    """(paragraph number, kind, Word paragraphs) of every non-empty body paragraph and table
    cell, numbered from 1 in document order: the numbering `SourceAnchor.paragraph` uses."""
    number = 0
    drop_caps: list[Paragraph] = []
    for item in _body_items(word, word.element.body):
        if isinstance(item, Paragraph) and drop_cap(item._p):
            drop_caps.append(item)
            continue
        for kind, paragraphs in _table_cells(item) if isinstance(item, Table) else [_paragraph(item)]:
            paragraphs, drop_caps = drop_caps + paragraphs, []
            if block_text(paragraphs).strip():
                number += 1
                yield number, kind, paragraphs
    if drop_caps and block_text(drop_caps).strip():  # a drop cap last of all is kept as it is
        yield number + 1, "paragraph", drop_caps


def block_text(paragraphs: list[Paragraph]) -> str:
    """The Word paragraphs of one block as one text: a line break between them, none after a
    drop cap (see `paragraph_joint`)."""
    return "".join(_text(p._p) + paragraph_joint(p._p) for p in paragraphs[:-1]) + _text(paragraphs[-1]._p)


def drop_cap(p) -> bool:
    """True when a w:p is a drop cap: the large first letter of the next paragraph, set apart."""
    frame = p.pPr.find(qn("w:framePr")) if p.pPr is not None else None
    return frame is not None and frame.get(qn("w:dropCap")) in ("drop", "margin")


def paragraph_joint(p) -> str:
    """What joins a Word paragraph to the next one of its block: nothing after a drop cap ("A" /
    "vast ye" reads "Avast ye"), a line break otherwise."""
    return "" if drop_cap(p) else "\n"


def _body_items(word, container):
    """Paragraphs and tables in document order, including those inside content controls."""
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, word)
        elif child.tag == qn("w:tbl"):
            yield Table(child, word)
        elif child.tag == qn("w:sdt"):
            for content in child.iterchildren(qn("w:sdtContent")):
                yield from _body_items(word, content)


def _paragraph(paragraph: Paragraph) -> tuple[str, list[Paragraph]]:
    style = paragraph.style
    name = (style.name if style is not None else None) or ""
    if _HEADING_STYLE.match(name):
        kind = "heading"
    elif name.startswith("List") or _has_numbering(paragraph):
        kind = "list_item"
    else:
        kind = "paragraph"
    return kind, [paragraph]


def _text(paragraph) -> str:
    """A w:p element's visible text: its runs, also inside tracked insertions, links, fields
    and content controls; not deleted text, and not the paragraphs of a text box in it."""
    parts: list[str] = []
    for run in paragraph.iter(qn("w:r")):
        if not _visible(run, paragraph):
            continue
        if note_number(run, next((part for part in reversed(parts) if part), "")):
            typed = "".join(t.text or "" for t in run.iter(qn("w:t")))
            parts.append(typed[len(typed.rstrip()) :])  # the space typed after the number still parts the words
            continue
        for child in run:
            if child.tag == qn("w:t"):
                parts.append(child.text or "")
            elif child.tag in (qn("w:tab"), qn("w:ptab")):  # a positional tab lays out page headers
                parts.append("\t")
            elif child.tag in (qn("w:br"), qn("w:cr")):
                parts.append("\n")
            elif child.tag == qn("w:noBreakHyphen"):
                parts.append("-")
    return "".join(parts)


def note_number(run, before: str) -> bool:
    """True when a w:r is a note's number typed in superscript (or in Word's note reference style)
    right after a word or a mark
    (`before` is the text before it: "… disabilities.”¹"): it is left out of the text, as a
    PDF's note numbers are, and is no word of the sentence (a space typed in its run after it
    stays: "levels.⁶ Our"). After a space it is kept, so that no space is left before the comma
    that may follow ("fifty percent ², and")."""
    if not before[-1:] or before[-1:].isspace():
        return False
    properties = run.find(qn("w:rPr"))
    align = properties.find(qn("w:vertAlign")) if properties is not None else None
    style = properties.find(qn("w:rStyle")) if properties is not None else None
    raised = align is not None and align.get(qn("w:val")) == "superscript"
    if not raised and (style is None or style.get(qn("w:val")) not in _NOTE_REFERENCE_STYLES):
        return False
    return bool(_NOTE_NUMBER.fullmatch("".join(t.text or "" for t in run.iter(qn("w:t"))).strip()))


def _visible(run, paragraph) -> bool:
    for ancestor in run.iterancestors():
        if ancestor is paragraph:
            return True
        if ancestor.tag in _HIDDEN:
            return False
    return False


def _has_numbering(paragraph: Paragraph) -> bool:
    properties = paragraph._p.pPr
    return properties is not None and properties.numPr is not None


def _table_cells(table: Table):
    """Each cell once, as one block; a table of one cell is a frame drawn around text (a paper
    typed in a bordered box), read as the paragraphs it holds."""
    cells = list({cell._tc: cell for row in table.rows for cell in row.cells}.values())
    if len(cells) == 1:
        for p in cells[0]._tc.iter(qn("w:p")):
            yield _paragraph(Paragraph(p, cells[0]))
        return
    for cell in cells:
        yield "table_cell", [Paragraph(p, cell) for p in cell._tc.iter(qn("w:p"))]


def _read_notes(word, writer: BlockWriter, number: int) -> None:
    """Footnotes and endnotes, which python-docx does not expose, numbered on from `number`."""
    for reltype, tag in _NOTE_PARTS:
        for relationship in word.part.rels.values():
            if relationship.reltype != reltype or relationship.is_external:
                continue
            notes = parse_xml(relationship.target_part.blob)
            for note in notes.iterchildren(qn(f"w:{tag}")):
                if note.get(qn("w:type"), "normal") != "normal":
                    continue  # the separator lines Word keeps as notes
                text = "\n".join(_text(p) for p in note.iter(qn("w:p"))).strip()
                if text:
                    number += 1
                    writer.add("footnote", [(text, {"paragraph": number})])


def _read_page_footers(word, writer: BlockWriter) -> None:
    """The page footers' paragraphs, each once and without page numbers, as notes: students put
    their sources there as notes typed by hand (round 36). They have no paragraph number, so
    --fix and --annotate leave them alone."""
    seen: set[str] = set()
    for relationship in word.part.rels.values():
        if relationship.reltype != RELATIONSHIP_TYPE.FOOTER or relationship.is_external:
            continue
        for paragraph in parse_xml(relationship.target_part.blob).iter(qn("w:p")):
            text = _text(paragraph).strip()
            if text and text not in seen and not _PAGE_NUMBER.fullmatch(text):
                seen.add(text)
                writer.add("footnote", [(text, {})])


def _metadata(properties) -> Metadata:
    written = properties.created or properties.modified
    return Metadata(
        title=(properties.title or "").strip() or None,
        file_date=written.date() if isinstance(written, datetime) else None,
    )
