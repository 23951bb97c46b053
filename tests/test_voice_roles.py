"""Round 52: papers written in a role that the voice analysis missed, in fresh wording (a fictional
Norland and Kestra), with the delegation papers that look like them and must stay country papers;
and what ST002, PS001 and PS002 make of each."""

from __future__ import annotations

import pytest

from paperlint.analysis.structure import structure_report
from paperlint.analysis.voice import role_voice
from paperlint.config import Config
from paperlint.context import standalone_context
from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from tests.conftest import document_from

RULES = [rule for rule in load_rules() if rule.code in {"ST002", "PS001", "PS002", "PS003"}]
BODY = ("The old order is breaking, and the streets are full every night. The party has ruled the country for "
        "forty years and must now decide whether to bend or to break. ")
I_BELIEVE = "I believe that the party must keep its hold on the ministries, and my colleagues agree with me. "


def codes(text: str, config: Config | None = None) -> set[str]:
    return {finding.code for finding in run_rules(document_from(text), RULES, standalone_context(config))}


@pytest.mark.parametrize(
    "text",
    [
        # a character and an office in small letters, beside "Represented by" and the writer, over a
        # government of a State that no longer exists, in a year
        "Tomas Vellark, former state secretary\t\t\tRepresented by Ola Dee\n\nof the ruling party\n\n"
        "Position paper for Kestra government 1990\n\n" + BODY + I_BELIEVE,
        # each sign alone: "Represented by" a person in a header that names no State
        "Represented by: Ola Dee\n\nThe Harbour Guild of Kestra\n\n" + BODY + I_BELIEVE,
        # a name and an office in small letters on an opening line
        "Ilse Brandvik, minister of mines\n\nThe Salt Uprising\n\n" + BODY + I_BELIEVE,
        # a committee set in a State that no longer exists, in a year, on a line of its own
        "Czechoslovakia 1968\n\nOla Dee\n\n" + BODY + I_BELIEVE,
        # … or in the header's committee: a government of such a State, in a year
        "Position paper for Yugoslavia government 1991\n\n" + BODY + I_BELIEVE,
        # the same beside a conference's own name, which is no committee of the United Nations
        "Soviet Union 1991\n\nOla Dee\n\nHarbour View Model United Nations\n\n" + BODY + I_BELIEVE,
        # a letter in which the writer informs another government of their own State's decision
        "While Norland regrets the invasion, it is my duty to inform the Kestran Empire that Norland will not "
        "join the war. " + BODY + I_BELIEVE,
        "I have the honour to notify the Government of Kestra that Norland closes its ports. " + BODY + I_BELIEVE,
        # the post the writer says they will fill
        "Gaius Ferox\n\n" + BODY + "I will act as the rebel quaestor and keep the coin of the camp. " + I_BELIEVE,
        # round 53: a committee that is a State's government in a year, whatever the country line
        "Committee: Kestran Cabinet 1968\n\nTopic: The Salt Tax\n\nCountry: Kestra\n\n" + BODY + I_BELIEVE,
        # round 53: a member named before the legislature on one line, a first name that is also a word
        "Mark Baker 9th US Congress\n\nKestra Harbour Conference\n\nTopic 1: The Salt Tax\n\n" + BODY + I_BELIEVE,
        # round 59: a header whose committee is a legislature, and no State
        "Name: Ola Dee\n\nSchool: Harbour High\n\nDelegate: Tomas Vellark\n\nCommittee: 3rd Kestran Parliament\n\n"
        + BODY + I_BELIEVE,
        # round 60: the writer and the character on one opening line, a dash between them
        "The Salt Uprising\n\nOla Dee - Warden Brandvik\n\n" + BODY + I_BELIEVE,
        # round 65: the writer says whom they play, mid-sentence
        "Harbour Board\n\n" + BODY + "Sitting on the board, and as Tomas Vellark, I will press for the new docks. "
        + I_BELIEVE,
        # round 69: an office the writer held, then "I" later in the sentence
        "Topic: The Harbour Company\n\n" + BODY + "As a former CEO whose firm ships salt, one plan I have is a new dock. "
        + I_BELIEVE,
    ],
)
def test_a_role_paper_is_read_as_one(text):
    assert role_voice(document_from(text))
    assert codes(text) == set()  # no first person, header or section finding without a chosen conference


@pytest.mark.parametrize(
    "text",
    [
        # "Represented by" the delegate, beside a Member State: a delegation's header (NMUN's layout)
        "Delegation from\t\t\tRepresented by\n\nNorland\t\t\tOla Dee\n\nTopic: Water\n\n" + BODY + I_BELIEVE,
        "Country: Norland\n\nRepresented by: Ola Dee\n\n" + BODY + I_BELIEVE,
        # a delegate's own title, and a school's
        "Ola Dee, delegate of Peru\n\nGeneral Assembly\n\n" + BODY + I_BELIEVE,
        "Ola Dee, ambassador\n\nPeru\n\nWorld Health Organization\n\n" + BODY + I_BELIEVE,
        # a State of the past as a historical Security Council's member, and a past year beside a UN body
        "Committee: Historical Security Council 1990\nCountry: Czechoslovakia\n\n" + BODY + I_BELIEVE,
        "Security Council 1994 - Czechoslovakia\n\n" + BODY + I_BELIEVE,
        # a delegate who informs the committee, its chair or a UN body, not another government
        "Country: Peru\n\nIt is my duty to inform the committee that Peru will vote against. " + BODY + I_BELIEVE,
        "Country: Peru\n\nI have the honour to inform the Security Council that Peru agrees. " + BODY + I_BELIEVE,
        # a delegate who acts as something no office is
        "Country: Peru\n\n" + BODY + "I will act as a mediator between the two blocs. " + I_BELIEVE,
        # "as" a State or a body, not a person
        "Country: Peru\n\n" + BODY + "As Member States, I think we must act. " + I_BELIEVE,
        # "as a" something that holds no office, with "I" later in the sentence
        "Country: Peru\n\n" + BODY + "As a former colony of two empires, the view I hold is plain. " + I_BELIEVE,
    ],
)
def test_a_delegation_paper_is_not_a_role_paper(text):
    assert role_voice(document_from(text)) is None
    assert "ST002" in codes(text)


def test_a_chosen_profile_still_asks_a_role_paper_for_its_header_sections_and_sources():
    letter = ("it is my duty to inform the Kestran Empire that Norland will not join the war. " + BODY) * 12
    assert codes(letter) == set()  # round 53: no sources asked of a character's letter either
    assert {"PS001", "PS002", "PS003"} <= codes(letter, Config(profile="generic"))


def test_a_crisis_title_line_gives_a_role_paper_its_committee_and_topic():
    # round 52: "… War of Independence - Joint Crisis: Position Paper" over a character's first person
    paper = ("The Long War of the Fjords - Joint Crisis: Position Paper\n\n" + BODY * 3
             + "I, Tomas Vellark, sworn to the northern king, will hold the pass. " + BODY * 3)
    assert role_voice(document_from(paper)) and codes(paper) == set()
    header = [item for item in structure_report(document_from(paper)).items if item.key.startswith("header.")]
    assert all(item.ok for item in header), header
    assert "'The Long War of the Fjords', 'Joint Crisis'" in header[0].evidence
