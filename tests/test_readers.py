"""The .docx and .pdf readers: blocks, kinds, source places, metadata and repairs."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime

import docx
import pypdf
import pytest
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from fpdf import FPDF

from paperlint.readers import read_bytes, read_path
from tests.conftest import EXAMPLES

W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def txt_blocks() -> list[str]:
    """The blank-line separated blocks of examples/belgium.txt, whitespace normalised."""
    text = (EXAMPLES / "belgium.txt").read_text(encoding="utf-8")
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]


def block_texts(document) -> list[str]:
    return [document.text[b.start : b.end] for b in document.blocks]


def place(document, phrase: str, occurrence: int = 0):
    """Location of the start of the n-th occurrence of `phrase` in the extracted text."""
    offset = -1
    for _ in range(occurrence + 1):
        offset = document.text.index(phrase, offset + 1)
    return document.locate(offset)


# --- .docx -------------------------------------------------------------------------------


def test_docx_example_has_the_papers_blocks_numbered_as_paragraphs():
    document = read_path(str(EXAMPLES / "belgium.docx"))
    assert block_texts(document) == txt_blocks()
    assert [b.kind for b in document.blocks].count("heading") == 1
    assert document.blocks[1].kind == "heading"
    assert document.text == "\n\n".join(txt_blocks())
    for number, block in enumerate(document.blocks, 1):
        assert document.locate(block.start).paragraph == number
        assert document.locate(block.end - 1).paragraph == number
    assert place(document, "United Nation Security Council").paragraph == 8
    assert place(document, "Hopefully").paragraph == 9


def test_docx_example_metadata_comes_from_core_properties():
    metadata = read_path(str(EXAMPLES / "belgium.docx")).metadata
    assert metadata.title == "Belgium's standoff with Terrorism"
    assert metadata.file_date == date(2020, 11, 20)


def _footnotes_part(package, *notes: str) -> Part:
    separator = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    )
    bodies = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:t xml:space="preserve">{note}</w:t></w:r></w:p></w:footnote>'
        for i, note in enumerate(notes, 1)
    )
    xml = f'<w:footnotes xmlns:w="{W_NAMESPACE}">{separator}{bodies}</w:footnotes>'
    return Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, xml.encode(), package)


def built_docx(tmp_path, *, title: str | None = None, footnotes: tuple[str, ...] = ()) -> str:
    """A small .docx with every kind of block, saved in tmp_path; returns its path."""
    document = docx.Document()
    document.add_paragraph("Committee: Security Council")
    document.add_paragraph("Country: Belgium\nTopic: Counter-terrorism\nDate: 12 March 2026")
    document.add_paragraph("Position paper", style="Title")
    document.add_paragraph("")  # spacing: not counted
    document.add_heading("Background", level=2)
    document.add_paragraph("Belgium supports the Counter-Terrorism Committee.")
    document.add_paragraph("First, share information.", style="List Bullet")
    document.add_paragraph("Second, fund prevention.", style="List Number")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Year"
    table.cell(0, 1).text = "Attacks"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "None since 2018"
    document.add_paragraph("Belgium closes with a call for cooperation.")
    if footnotes:
        document.part.relate_to(_footnotes_part(document.part.package, *footnotes), RELATIONSHIP_TYPE.FOOTNOTES)
    properties = document.core_properties
    properties.title = title or ""
    properties.created = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    properties.modified = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)
    path = tmp_path / "built.docx"
    document.save(path)
    return str(path)


def test_docx_blocks_kinds_tables_and_footnotes_in_order(tmp_path):
    document = read_path(built_docx(tmp_path, footnotes=("UN document S/RES/1373 (2001).", "Global Terrorism Index.")))
    expected = [
        ("paragraph", "Committee: Security Council", 1),
        ("paragraph", "Country: Belgium\nTopic: Counter-terrorism\nDate: 12 March 2026", 2),
        ("heading", "Position paper", 3),
        ("heading", "Background", 4),
        ("paragraph", "Belgium supports the Counter-Terrorism Committee.", 5),
        ("list_item", "First, share information.", 6),
        ("list_item", "Second, fund prevention.", 7),
        ("table_cell", "Year", 8),
        ("table_cell", "Attacks", 9),
        ("table_cell", "None since 2018", 10),
        ("paragraph", "Belgium closes with a call for cooperation.", 11),
        ("footnote", "UN document S/RES/1373 (2001).", 12),
        ("footnote", "Global Terrorism Index.", 13),
    ]
    assert [(b.kind, document.text[b.start : b.end], document.locate(b.start).paragraph) for b in document.blocks] == expected
    assert place(document, "fund prevention").paragraph == 7
    assert place(document, "since 2018").paragraph == 10
    assert place(document, "Terrorism Index").paragraph == 13


def test_docx_paragraph_of_line_breaks_is_read_as_its_paragraphs(tmp_path):
    """A Word paragraph whose "paragraphs" are blank lines made of line breaks is several blocks,
    all anchored to that Word paragraph; the text is kept as it is."""
    import docx

    word = docx.Document()
    paragraph = word.add_paragraph("Norland funds pumps.")
    for line in ("", "Norland trains engineers.", "Each valley has a well."):
        paragraph.add_run().add_break()
        paragraph.add_run(line)
    path = tmp_path / "breaks.docx"
    word.save(path)
    document = read_path(str(path))
    assert document.text == "Norland funds pumps.\n\nNorland trains engineers.\nEach valley has a well."
    assert [document.text[b.start : b.end] for b in document.blocks] == [
        "Norland funds pumps.", "Norland trains engineers.\nEach valley has a well."]
    assert {document.locate(b.start).paragraph for b in document.blocks} == {1}


def test_docx_table_of_one_cell_is_a_frame_read_as_its_paragraphs(tmp_path, run_cli):
    """Round 46: a sample paper typed in a one-cell bordered table was one table cell, which the
    prose rules skip (one finding against the PDF's four). A table of more cells stays cells."""
    lines = ["Committee: World Health Organization", "Country: Norland",
             "Norland funds pumps in every valley.", "The Secretary General praised our wells."]
    framed, plain = docx.Document(), docx.Document()
    cell = framed.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
    for line in lines:
        plain.add_paragraph(line)
    framed.save(tmp_path / "framed.docx")
    plain.save(tmp_path / "plain.docx")
    document = read_path(str(tmp_path / "framed.docx"))
    assert [(b.kind, document.text[b.start : b.end]) for b in document.blocks] == [("paragraph", line) for line in lines]
    assert [document.locate(b.start).paragraph for b in document.blocks] == [1, 2, 3, 4]
    code, out, _ = run_cli("check", "--output-format", "json", "--grammar", "off", "--select", "UN001",
                           str(tmp_path / "framed.docx"), str(tmp_path / "plain.docx"))
    found = [(f["path"].rsplit("/", 1)[-1], f["text"], f["paragraph"]) for f in json.loads(out)["findings"]]
    assert found == [("framed.docx", "Secretary General", 4), ("plain.docx", "Secretary General", 4)]


def _read_with_raised_runs(tmp_path, first: str, runs: list[tuple[str, bool]]) -> str:
    """The text read from a .docx paragraph of `first`, then `runs` of text, raised or not."""
    word = docx.Document()
    paragraph = word.add_paragraph(first)
    for text, raised in runs:
        paragraph.add_run(text).font.superscript = raised
    path = tmp_path / "notes.docx"
    word.save(path)
    return read_path(str(path)).text


def test_docx_note_number_in_superscript_after_a_word_is_no_text(tmp_path):
    """A note's number typed in superscript right after a word or a quotation mark is left out,
    as a PDF's are; after a space it stays, so no space is left before the comma; a digit in
    superscript that is not a number alone (a unit's "m2" is) and text in superscript stay."""
    runs = [("12", True), (" Costs fell by half ", False), ("3", True), (", and the 1", False), ("st", True),
            (" phase ended.", False)]
    assert _read_with_raised_runs(tmp_path, "Clinics opened in every “rural district.”", runs) == (
        "Clinics opened in every “rural district.” Costs fell by half 3, and the 1st phase ended.")


def test_docx_note_mark_in_small_roman_numerals_is_no_text(tmp_path):
    """Held-out round 63: endnote marks typed as superscript Roman numerals ("harvests" + "vii")
    were read into the word ("harvestsvii"); raised letters that are no numeral ("TM") stay."""
    runs = [("vii", True), (" of two provinces, and wells ran dry", False), ("ix,x", True),
            (". Pumps came from Aquaflow", False), ("TM", True), (".", False)]
    assert _read_with_raised_runs(tmp_path, "Drought cut the harvests", runs) == (
        "Drought cut the harvests of two provinces, and wells ran dry. Pumps came from AquaflowTM.")


def test_docx_note_number_typed_with_its_space_leaves_the_space(tmp_path):
    """Held-out round 37: "levels." then a superscript run "6 " (number and space) then "Our":
    the number goes, the space stays ("levels. Our", not "levels.Our")."""
    runs = [("6 ", True), ("Our next aim is a safe supply route.", False)]
    assert _read_with_raised_runs(tmp_path, "Rations fell to dangerous levels.", runs) == (
        "Rations fell to dangerous levels. Our next aim is a safe supply route.")


def test_docx_note_number_in_words_note_reference_style_is_no_text(tmp_path):
    """Round 54: "conservation." then a run "1 " in Word's FootnoteReference character style, with
    no footnote behind it, made one 73-word sentence of two: the number goes as a raised one does."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    word = docx.Document()
    paragraph = word.add_paragraph("Farmers keep the old terraces in repair.")
    number = paragraph.add_run("1 ")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "FootnoteReference")
    number._r.get_or_add_rPr().append(style)
    paragraph.add_run("The rains do the rest.")
    path = tmp_path / "styled-note.docx"
    word.save(path)
    assert read_path(str(path)).text == "Farmers keep the old terraces in repair. The rains do the rest."


def test_docx_page_header_with_fields_opens_the_paper_and_a_page_number_does_not(tmp_path):
    """Fields typed in Word's page header are the paper's header, read once and numbered as no
    paragraph (so --fix leaves them alone); a header that is only a page number adds nothing."""
    word = docx.Document()
    header = word.sections[0].header
    header.paragraphs[0].text = "Committee: UNEP"
    header.add_paragraph("Country: Norland")
    word.add_paragraph("Norland funds pumps.")
    path = tmp_path / "header.docx"
    word.save(path)
    document = read_path(str(path))
    assert document.text == "Committee: UNEP\n\nCountry: Norland\n\nNorland funds pumps."
    assert (document.metadata.committee, document.metadata.country) == ("UNEP", "Norland")
    assert [document.locate(b.start).paragraph for b in document.blocks] == [None, None, 1]
    word.sections[0].header.paragraphs[0].text = "Page 2 of 3"
    word.sections[0].header.paragraphs[1].text = ""
    word.save(path)
    assert read_path(str(path)).text == "Norland funds pumps."


def test_docx_page_footer_notes_are_read_once_as_notes_and_a_page_number_is_not(tmp_path):
    """Sources typed as notes in Word's page footer (round 36) are notes of the paper, read once
    whatever pages repeat them, numbered as no paragraph; the footer's page number adds nothing."""
    word = docx.Document()
    footer = word.sections[0].footer
    footer.paragraphs[0].text = "1 Ruiz, Ana. “River Pumps in Norland.” Water Review, 2019."
    footer.add_paragraph("Page 1")
    word.add_paragraph("Norland funds pumps.")
    word.add_section()
    word.sections[1].footer.is_linked_to_previous = True
    path = tmp_path / "footer.docx"
    word.save(path)
    document = read_path(str(path))
    assert document.text == "Norland funds pumps.\n\n1 Ruiz, Ana. “River Pumps in Norland.” Water Review, 2019."
    assert [(b.kind, document.locate(b.start).paragraph) for b in document.blocks] == [("paragraph", 1), ("footnote", None)]


def with_drop_cap(word, letter: str, rest: str):
    """Add a Word drop cap paragraph holding `letter`, then a paragraph holding `rest`."""
    from docx.oxml import OxmlElement

    cap = word.add_paragraph(letter)
    frame = OxmlElement("w:framePr")
    frame.set(qn("w:dropCap"), "drop")
    frame.set(qn("w:lines"), "3")
    cap._p.get_or_add_pPr().append(frame)
    word.add_paragraph(rest)


def test_docx_drop_cap_is_the_first_letter_of_the_next_paragraph(tmp_path):
    word = docx.Document()
    word.add_paragraph("Committee: UNEP")
    with_drop_cap(word, "W", "ater is scarce in Norland.")
    with_drop_cap(word, "Z", "")
    path = tmp_path / "cap.docx"
    word.save(path)
    document = read_path(str(path))
    assert document.text == "Committee: UNEP\n\nWater is scarce in Norland.\n\nZ"
    assert [document.locate(b.start).paragraph for b in document.blocks] == [1, 2, 3]


def test_docx_metadata_core_title_created_date_and_header_fields(tmp_path):
    document = read_path(built_docx(tmp_path, title="Belgium on terrorism"))
    metadata = document.metadata
    # The paper's own Date: line is its date; the file's creation date is kept apart.
    assert (metadata.title, metadata.date, metadata.file_date) == (
        "Belgium on terrorism", date(2026, 3, 12), date(2026, 3, 1))
    assert (metadata.committee, metadata.country, metadata.topic) == ("Security Council", "Belgium", "Counter-terrorism")


def test_docx_without_core_title_takes_the_first_heading(tmp_path):
    document = read_path(built_docx(tmp_path))
    assert document.metadata.title == "Position paper"
    assert not [b for b in document.blocks if b.kind == "footnote"]


def test_docx_text_in_tracked_changes_content_controls_and_links(tmp_path):
    document = docx.Document()
    document.add_paragraph("Opening paragraph.")
    body = document.element.body
    namespace = f'xmlns:w="{W_NAMESPACE}"'
    edited = (
        f'<w:p {namespace}><w:r><w:t xml:space="preserve">Belgium </w:t></w:r>'
        '<w:del w:id="1" w:author="Chair"><w:r><w:delText>never </w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="Chair"><w:r><w:t xml:space="preserve">strongly </w:t></w:r></w:ins>'
        '<w:hyperlink><w:r><w:t>supports</w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>it.</w:t></w:r></w:p>'
    )
    control = f'<w:sdt {namespace}><w:sdtContent><w:p><w:r><w:t>Inside a content control.</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    for xml in (edited, control):
        body.insert(len(body) - 1, parse_xml(xml))  # before the section properties
    path = tmp_path / "edited.docx"
    document.save(path)
    read = read_path(str(path))
    assert block_texts(read) == ["Opening paragraph.", "Belgium strongly supports\tit.", "Inside a content control."]
    assert place(read, "Inside").paragraph == 3


# --- .pdf --------------------------------------------------------------------------------


def test_pdf_example_reflows_to_the_papers_blocks():
    document = read_path(str(EXAMPLES / "belgium.pdf"))
    assert block_texts(document) == txt_blocks()
    assert "Page 1 of 2" not in document.text and "Belgium — Counter-terrorism" not in document.text
    assert "deradicalization" in document.text  # "deradi-" / "calization" joined
    assert "counter-terrorism operations" in document.text  # "counter-" / "terrorism" kept
    assert document.blocks[1].kind == "heading"


@pytest.mark.parametrize(
    ("phrase", "shift", "page", "line"),
    [
        ("top of page", 0, 1, 2),  # line 1 is the running header
        ("Belgium's standoff", 0, 1, 3),
        ("our internal/external", 0, 1, 6),
        ("in the mere future", 0, 1, 17),
        ("terrorism; implementing", 0, 1, 21),  # "counter-" ends line 20
        ("Network.", 0, 1, 34),
        ("Belgium is working", 0, 2, 2),
        ("United Nation Security Council", 0, 2, 3),
        ("deradicalization", 0, 2, 4),
        ("deradicalization", len("deradi"), 2, 5),  # "deradi-" / "calization"
        ("don’t", 0, 2, 6),
        ("Hopefully", 0, 2, 8),
        ("bottom of page", 0, 2, 16),
    ],
)
def test_pdf_example_places_are_page_lines(phrase, shift, page, line):
    document = read_path(str(EXAMPLES / "belgium.pdf"))
    location = document.locate(document.text.index(phrase) + shift)
    assert (location.page, location.page_line) == (page, line)


def test_pdf_example_metadata_comes_from_the_info_dictionary():
    metadata = read_path(str(EXAMPLES / "belgium.pdf")).metadata
    assert metadata.title == "Belgium's standoff with Terrorism"
    assert metadata.file_date == date(2020, 11, 20)


class _Sheet(FPDF):
    """Test PDFs: every page has a running header and a footer with its number."""

    running_header = "Model UN 2026 - Belgium"
    footer_text = "- {n} -"

    def header(self) -> None:
        if self.running_header:
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, self.running_header, new_x="LMARGIN", new_y="NEXT")

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=9)
        self.cell(0, 8, self.footer_text.format(n=self.page_no()), align="C")


def built_pdf(pages: list[list[object]], **attributes) -> bytes:
    """A PDF with these pages; each item is a line, ("text", size) or None for a gap."""
    pdf = _Sheet(format="A4")
    for name, value in attributes.items():
        setattr(pdf, name, value)
    pdf.set_auto_page_break(False)
    for lines in pages:
        pdf.add_page()
        for item in lines:
            if item is None:
                pdf.ln(6)
                continue
            text, size = item if isinstance(item, tuple) else (item, 11)
            pdf.set_font("Helvetica", size=size)
            pdf.cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


THREE_PAGES = [
    [
        ("Terrorism and the Security Council", 16),
        None,
        "The Security Council has adopted resolutions on terrorism for more than two",
        "decades, and their implementation is the work of every Member State in the interna-",
        "tional system, including Belgium, whose record on counter-",
        "terrorism is well known.",
        "A short paragraph follows without a gap.",
        "Background",
        "Belgium supports the right of self-",
        "defence and the co-",
        "operation of police forces, and it recalls that cooperation works best when the",
        "rules are clear to all.",
    ],
    [
        "Belgium has acted since the post-",
        "2015 attacks with determination, and it will keep working with every partner in",
        "the Council.",
        None,
        "- shared watch lists for all Member States",
        "- funding for prevention programmes",
        None,
        "The last paragraph of the second page runs on to the next page because the",
    ],
    [
        "line continues there, as lines do.",
    ],
]


def test_pdf_reflow_headers_footers_and_hyphenation():
    document = read_bytes(built_pdf(THREE_PAGES), "built.pdf", "pdf")
    assert [(b.kind, document.text[b.start : b.end]) for b in document.blocks] == [
        ("heading", "Terrorism and the Security Council"),
        ("paragraph", "The Security Council has adopted resolutions on terrorism for more than two "
         "decades, and their implementation is the work of every Member State in the international "
         "system, including Belgium, whose record on counter-terrorism is well known."),
        ("paragraph", "A short paragraph follows without a gap."),
        ("heading", "Background"),
        ("paragraph", "Belgium supports the right of self-defence and the cooperation of police forces, "
         "and it recalls that cooperation works best when the rules are clear to all."),
        ("paragraph", "Belgium has acted since the post-2015 attacks with determination, and it will keep "
         "working with every partner in the Council."),
        ("list_item", "shared watch lists for all Member States"),
        ("list_item", "funding for prevention programmes"),
        ("paragraph", "The last paragraph of the second page runs on to the next page because the "
         "line continues there, as lines do."),
    ]
    assert "Model UN" not in document.text and "- 2 -" not in document.text


def test_pdf_every_line_is_anchored_to_its_page_and_line():
    document = read_bytes(built_pdf(THREE_PAGES), "built.pdf", "pdf")
    for phrase, page, line in [
        ("Terrorism and the Security Council", 1, 2),
        ("decades, and", 1, 4),
        ("tional system", 1, 5),
        ("terrorism is well known", 1, 6),
        ("A short paragraph", 1, 7),
        ("Background", 1, 8),
        ("operation of police", 1, 11),
        ("rules are clear", 1, 12),
        ("2015 attacks", 2, 3),
        ("funding for prevention", 2, 6),
        ("line continues there", 3, 2),
    ]:
        offset = document.text.index(phrase)
        location = document.locate(offset)
        assert (phrase, location.page, location.page_line) == (phrase, page, line)
        end = document.locate(offset + len(phrase) - 1)
        assert (end.page, end.page_line) == (page, line)
    joined = document.text.index("international") + len("interna")
    assert (document.locate(joined).page, document.locate(joined).page_line) == (1, 5)
    assert (document.locate(joined - 1).page, document.locate(joined - 1).page_line) == (1, 4)


@pytest.mark.parametrize(
    ("head", "tail", "word"),
    [
        ("interna", "tional", "international"),
        ("Euro", "pean", "European"),
        ("counter", "terrorism", "counter-terrorism"),  # a prefix that takes a hyphen
        ("self", "defence", "self-defence"),
        ("state-of-the", "art", "state-of-the-art"),  # already a compound
        ("post", "2015", "post-2015"),  # not a lowercase letter next
        ("pro", "European", "pro-European"),
    ],
)
def test_pdf_hyphen_at_a_line_end(head, tail, word):
    lines = [f"The delegation of Belgium speaks today about the {head}-", f"{tail} question."]
    document = read_bytes(built_pdf([lines], running_header=""), "built.pdf", "pdf")
    assert document.text == f"The delegation of Belgium speaks today about the {word} question."


def test_pdf_hyphen_follows_the_papers_own_spelling():
    lines = [
        "Cooperation matters: Belgium asks for co-",
        "operation, since cooperation works and cooperation lasts.",
        "The counter-",
        "terrorism plan and the counterterrorism budget and the counterterrorism office.",
    ]
    document = read_bytes(built_pdf([lines], running_header=""), "built.pdf", "pdf")
    assert "asks for cooperation, since" in document.text
    assert "The counterterrorism plan" in document.text


@pytest.mark.parametrize("footer", ["{n}", "Page {n} of 3", "- {n} -", "Page {n}"])
def test_pdf_page_numbers_are_dropped(footer):
    document = read_bytes(built_pdf(THREE_PAGES, footer_text=footer), "built.pdf", "pdf")
    assert document.text.endswith("as lines do.")
    assert "Page" not in document.text


def test_pdf_single_page_keeps_its_only_header_but_drops_the_page_number():
    pages = [["A single page paper about the Council and its work on terrorism.", "It ends here."]]
    document = read_bytes(built_pdf(pages), "built.pdf", "pdf")
    assert block_texts(document) == [
        "Model UN 2026 - Belgium",
        "A single page paper about the Council and its work on terrorism. It ends here.",
    ]


def test_pdf_line_repeated_in_the_body_is_not_a_running_header():
    repeated = "Belgium recalls resolution 1373 of the Security Council."
    filler = [f"Line {n} of the body, which says something different each time." for n in range(8)]
    pages = [filler[:4] + [repeated] + filler[4:], [repeated] + filler]
    document = read_bytes(built_pdf(pages), "built.pdf", "pdf")
    assert document.text.count(repeated) == 2
    assert document.text.count("Model UN") == 0


def test_pdf_metadata_title_and_creation_date():
    pdf = _Sheet()
    pdf.running_header = ""
    pdf.set_title("Microsoft Word - belgium.docx")
    pdf.set_creation_date(datetime(2026, 2, 3, 10, 0, tzinfo=UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.cell(0, 8, "Belgium and terrorism", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 6, "Committee: Security Council", new_x="LMARGIN", new_y="NEXT")
    document = read_bytes(bytes(pdf.output()), "built.pdf", "pdf")
    assert document.metadata.file_date == date(2026, 2, 3)
    assert document.metadata.title == "Belgium and terrorism"  # a file name is no title: first heading
    assert document.metadata.committee == "Security Council"


def test_pdf_encrypted_with_an_empty_user_password_is_read():
    writer = pypdf.PdfWriter(clone_from=io.BytesIO((EXAMPLES / "belgium.pdf").read_bytes()))
    writer.encrypt(user_password="", owner_password="chair", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    document = read_bytes(buffer.getvalue(), "locked.pdf", "pdf")
    assert block_texts(document) == txt_blocks()


# --- the example paper in three formats, through the CLI -------------------------------

ISSUE_RULES = "DB,UN001,UN002,ST001,ST004,ST005,CF002,AC001,CN002,RD001"
# (code, start of the flagged text): (.docx paragraph, .pdf page, .pdf line), read off the
# printed pages (line 1 of each PDF page is the running header).
EXPECTED_PLACES = {
    ("DB001", "top of page"): (1, 1, 2),
    ("CN002", "as a whole"): (3, 1, 8),
    ("CF002", "in the mere future"): (5, 1, 17),
    ("ST005", "2"): (6, 1, 25),
    ("AC001", "FATF"): (7, 1, 30),
    ("UN002", "UN counter-terrorism center"): (7, 1, 31),
    ("AC001", "OSCE"): (7, 1, 32),
    ("AC001", "CoE"): (7, 1, 32),
    ("RD001", "Belgium is working"): (8, 2, 2),
    ("UN001", "United Nation Security Council"): (8, 2, 3),
    ("ST001", "don’t"): (8, 2, 6),
    ("ST004", "Hopefully"): (9, 2, 8),
    ("DB002", "Follow us on Instagram"): (10, 2, 12),
    ("DB002", "13 views0 comments"): (11, 2, 13),
    ("DB001", "Recent Posts"): (12, 2, 14),
    ("DB001", "See All"): (13, 2, 15),
    ("DB001", "bottom of page"): (14, 2, 16),
}


def test_example_in_three_formats_has_the_same_findings_at_the_right_places(run_cli):
    paths = [EXAMPLES / f"belgium.{fmt}" for fmt in ("txt", "docx", "pdf")]
    code, out, err = run_cli("check", "--output-format", "json", "--select", ISSUE_RULES, *paths)
    assert (code, err) == (1, "")
    by_path = {str(path): [] for path in paths}
    for finding in json.loads(out)["findings"]:
        by_path[finding["path"]].append(finding)
    txt, docx_findings, pdf_findings = (by_path[str(path)] for path in paths)

    def what(f):
        return (f["code"], f["message"], f["text"])

    assert [what(f) for f in docx_findings] == [what(f) for f in txt]
    assert [what(f) for f in pdf_findings] == [what(f) for f in txt]
    for f_docx, f_pdf in zip(docx_findings, pdf_findings):
        key = next(k for k in EXPECTED_PLACES if k[0] == f_docx["code"] and f_docx["text"].startswith(k[1]))
        paragraph, page, line = EXPECTED_PLACES[key]
        assert (key, f_docx["paragraph"]) == (key, paragraph)
        assert (key, f_pdf["page"], f_pdf["page_line"]) == (key, page, line)
    found = {k for f in docx_findings for k in EXPECTED_PLACES if k[0] == f["code"] and f["text"].startswith(k[1])}
    assert found == set(EXPECTED_PLACES)
