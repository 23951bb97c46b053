"""Sentence ends the splitter must see, and look-alikes it must not cut (RD001 counts on them)."""

from __future__ import annotations

import pytest

from paperlint.document import split_sentences
from tests.conftest import findings_for


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 52: a note's number in round brackets written straight after the full stop
        ("Herders lost their grazing land to settlers who came at a later date.(3) Several villages were moved.(3) "
         "The move broke their ties to the land.",
         ["Herders lost their grazing land to settlers who came at a later date.(3)", "Several villages were moved.(3)",
          "The move broke their ties to the land."]),
        # after a figure, two notes in a row, and with no space before the next sentence
        ("One nurse serves 1:8 000 people.(2)(4) Most clinics are far away.", ["One nurse serves 1:8 000 people.(2)(4)",
                                                                              "Most clinics are far away."]),
        ("Roads in the north are less developed.(3)A result of this is poor access to markets.",
         ["Roads in the north are less developed.(3)", "A result of this is poor access to markets."]),
        # round 65: a space inside the square brackets of a PDF's note
        ("Three bodies advise the committee.[ 5] All sites pass a review.", ["Three bodies advise the committee.[ 5]",
                                                                             "All sites pass a review."]),
        # look-alikes: a numbered item after a stop and before a small letter, an abbreviation, a
        # bracketed number inside the sentence, and a note before the stop
        ("Norland sets two aims.(1) the first is clean water.", ["Norland sets two aims.(1) the first is clean water."]),
        ("See the appendix, no.(3) The table follows.", ["See the appendix, no.(3) The table follows."]),
        ("The plan has (3) parts and ends in 2030. It starts now.", ["The plan has (3) parts and ends in 2030.", "It starts now."]),
        ("Herders were moved (3). Some went to the towns.", ["Herders were moved (3).", "Some went to the towns."]),
    ],
)
def test_a_note_number_after_a_full_stop_ends_the_sentence(text, expected):
    assert sentences(text) == expected


SHORT = ("Herders in the northern plains lost most of their grazing land to settlers and traders who arrived there "
         "at a much later date.(3) ")


def test_sentences_joined_by_note_numbers_are_not_one_long_sentence():
    # three sentences of 19 to 21 words each: no sentence over the limit
    paper = SHORT + ("Several villages were moved by the government so that a large national park could be opened "
                     "in their place.(3) This move broke the ties of the herders to the land where their ancestors "
                     "are buried.(4) ")
    assert findings_for(paper, "RD001") == []


def test_a_long_sentence_before_a_note_number_is_still_found():
    long_sentence = ("Herders in the northern plains, who had kept cattle and goats on the same land for many "
                     "generations and who buried their dead beside the old wells, lost most of their grazing land to "
                     "settlers, traders and later a national park that the government opened without asking them, "
                     "and they were moved to towns where they had neither work nor schools nor clinics.(3) ")
    [finding] = findings_for(SHORT + long_sentence + "The move broke their ties to the land.", "RD001")
    assert finding.text.startswith("Herders in the northern plains, who had") and finding.text.endswith("clinics.(3)")
