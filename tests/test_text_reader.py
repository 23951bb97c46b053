"""The .txt and .md readers: blocks, exact spans, metadata, ignored markup."""

from __future__ import annotations

from datetime import date

import pytest

from paperlint.errors import InputError
from paperlint.metadata import read_header
from paperlint.readers import read_path
from tests.conftest import EXAMPLES, document_from, findings_for


def texts(document, kind=None):
    return [document.text[b.start : b.end] for b in document.blocks if kind is None or b.kind == kind]


def test_extracted_text_keeps_source_lines_and_columns():
    source = "Title\n\nFirst paragraph here.\nStill first.\n\nSecond one."
    document = document_from(source)
    assert document.text == source
    offset = source.index("Still")
    assert (document.locate(offset).line, document.locate(offset).column) == (4, 1)
    assert texts(document) == ["Title", "First paragraph here.\nStill first.", "Second one."]
    assert [b.kind for b in document.blocks] == ["heading", "paragraph", "paragraph"]


def test_crlf_and_bom_keep_line_numbers():
    document = document_from("\ufeffTitle\r\n\r\nA sentence here.\r\n")
    assert document.text.startswith("Title\n\nA sentence")
    assert document.locate(document.text.index("A sentence")).line == 3


def test_header_lines_are_separate_blocks_and_fill_metadata():
    document = document_from(
        "Committee: Security Council\nCountry: Belgium\nTopic: Counter-terrorism\nDate: 1 March 2019\n\nBelgium believes."
    )
    meta = document.metadata
    assert (meta.committee, meta.country, meta.topic, meta.date) == (
        "Security Council", "Belgium", "Counter-terrorism", date(2019, 3, 1)
    )
    assert len(document.blocks) == 5


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        ("Statement on Water Security in the Sahel\nMali has rationed water in three regions since the dry season began.",
         ["Statement on Water Security in the Sahel"]),
        ("Fourth Committee\nTopic I: Questions of Decolonisation\nFiji supports the right of every people to decide.",
         ["Fourth Committee"]),
        ("Position paper for the Third Committee on refugees\nThe committee will discuss the protection of"
         " refugees in protracted situations and the funding of the agency that serves them across the region.",
         ["Position paper for the Third Committee on refugees"]),
        # hard-wrapped sentences: the first line is not a title above them
        ("In 2015 the Member States of the\nUnited Nations adopted seventeen goals.", []),
        ("Chile welcomes the work of the Development\nProgramme in the Andes and asks for more.", []),
        ("Ghana has asked the donors of the\nGlobal Fund to double their pledges for malaria and tuberculosis"
         " programmes in the north of the country, where most cases are.", []),
        ("Ghana believes that the donors must\nAct now.", []),
        ("The Sahel Alliance and the African Union Commission have set up a fund for the region\n"
         "Mali Welcomes It.", []),
    ],
)
def test_a_title_case_line_above_a_sentence_is_a_heading(text, headings):
    document = document_from(text)
    assert [document.text[b.start : b.end] for b in document.blocks if b.kind == "heading"] == headings


def test_sentences_do_not_split_at_abbreviations_or_decimals():
    document = document_from("The U.N. met on 3 Oct. 2019, e.g. in New York (eg. Queens). It adopted 2.5 per cent. Then it ended.")
    sentences = [document.text[s.start : s.end] for s in document.sentences]
    assert sentences == [
        "The U.N. met on 3 Oct. 2019, e.g. in New York (eg. Queens).",
        "It adopted 2.5 per cent.",
        "Then it ended.",
    ]


def test_a_full_stop_with_no_space_before_a_capital_ends_the_sentence():
    # round 41: "… in Europe.Within France, …" was read as one sentence of 64 words
    document = document_from("Clinics opened in Norland.Within a year, they treated many. See un.Org or Node.js now.")
    sentences = [document.text[s.start : s.end] for s in document.sentences]
    assert sentences == ["Clinics opened in Norland.", "Within a year, they treated many.", "See un.Org or Node.js now."]


def test_a_full_stop_with_no_space_after_a_note_a_citation_a_quotation_or_a_space_ends_the_sentence():
    # round 50: each of these was read as one sentence over 49 words (RD001)
    document = document_from("Aid fell in the north[2].The ministry acted (Ola, 2015).Prices rose, as the report said "
                             "growth .This trend held. The risk is “real.”70 percent live on the coast. "
                             "Lena has a stronger claim than I. Many others agree. John F. Kennedy came. "
                             "Farms feed the towns(14).Norland also trades.")
    sentences = [document.text[s.start : s.end] for s in document.sentences]
    assert sentences == ["Aid fell in the north[2].", "The ministry acted (Ola, 2015).", "Prices rose, as the report said growth .",
                         "This trend held.", "The risk is “real.”", "70 percent live on the coast.",
                         "Lena has a stronger claim than I.", "Many others agree.", "John F. Kennedy came.",
                         "Farms feed the towns(14).", "Norland also trades."]


def test_a_row_of_labels_over_a_row_of_values_is_read_as_header_fields():
    document = document_from("Delegation from\tRepresented by\n\nThe Republic of Norland\tValley College\n\n"
                             "Norland funds clinics in the dry north.")
    assert (document.metadata.country, document.metadata.school) == ("The Republic of Norland", "Valley College")
    # a label whose value is the next label names nothing
    assert document_from("Delegation from Represented by\n\nNorland funds clinics.").metadata.country is None
    # columns laid out with runs of tabs and spaces (a Word table copied out), and a UN body on its own line
    columns = document_from("Delegation From\t\t\t      Represented By\n\nNorland  \t\t\t   Valley College\n\n"
                            "Commission on the Status of Women\n\nNorland funds clinics in the dry north.")
    assert (columns.metadata.country, columns.metadata.school) == ("Norland", "Valley College")
    assert read_header(columns).first("committee").value == "Commission on the Status of Women"
    # each label on a line of its own over its value
    stacked = document_from("Committee:\n\nWorld Health Organization\n\nCountry:\n\nNorland\n\nNorland funds clinics.")
    assert (stacked.metadata.committee, stacked.metadata.country) == ("World Health Organization", "Norland")
    # a label over a paragraph is the paragraph's heading, not a field
    assert document_from("Position:\n\nNorland believes that every child must go to school for free.").metadata.country is None


def test_a_bracketed_note_number_after_a_full_stop_ends_the_sentence():
    document = document_from("The league began in 1920.[i] It hired a doctor in 1994.[12][13] See [ii] for more.")
    sentences = [document.text[s.start : s.end] for s in document.sentences]
    assert sentences == ["The league began in 1920.[i]", "It hired a doctor in 1994.[12][13]", "See [ii] for more."]


def test_markdown_front_matter_headings_lists_and_code():
    source = (
        "---\ntitle: Belgium on Terrorism\ndate: 2019-03-01\ncountry: Belgium\n---\n"
        "# Background\n\n"
        "Belgium **strongly** believes in [cooperation](https://example.org).\n\n"
        "- First item\n- Second item\n\n"
        "```\nI don't care about this code.\n```\n\n"
        "Some `don't` inline code.\n"
    )
    document = document_from(source, "md")
    assert document.metadata.title == "Belgium on Terrorism"
    assert document.metadata.date == date(2019, 3, 1)
    assert document.metadata.country == "Belgium"
    assert texts(document, "heading") == ["Background"]
    assert texts(document, "list_item") == ["First item", "Second item"]
    assert len(document.text) == len(source)
    assert "I don't care" not in document.text and "`" not in document.text
    assert "https://" not in document.text
    assert not findings_for(source, "ST001", fmt="md")
    assert not findings_for(source, "ST002", fmt="md")
    offset = document.text.index("strongly")
    assert (document.locate(offset).line, document.locate(offset).column) == (8, 11)


def test_markdown_setext_heading():
    document = document_from("Background\n==========\n\nText here.", "md")
    assert texts(document, "heading") == ["Background"]


def test_invalid_front_matter_is_an_input_error():
    with pytest.raises(InputError, match="front matter"):
        document_from("---\ntitle: [unclosed\n---\nText.", "md")


def test_belgium_blocks():
    document = read_path(str(EXAMPLES / "belgium.txt"))
    assert texts(document)[:2] == ["top of page", "Belgium's standoff with Terrorism"]
    assert document.word_count > 400
    longest = max(len(document.text[s.start : s.end].split()) for s in document.sentences)
    assert longest > 50
