"""Round 65: a paper written as spoken throughout (a sailor's speech, "th' crew", "o' th' fleet")
gives its spelling, grammar and contraction findings once, as a note on the character's voice;
a paper with a few elisions, or French ones, is checked word by word."""

from __future__ import annotations

from paperlint.analysis.elision import written_as_spoken
from paperlint.config import Config
from paperlint.context import standalone_context
from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from paperlint.findings import Severity
from tests.conftest import document_from

SPOKEN = (
    "Bosun Ned Carrow\n\nThe Salt Gull\n\n"
    "Ever since th' storm o' last spring, me an' th' lads been sailin' 'round th' cape wit' no rest. "
    "Th' cap'n says we be needin' new sails afore th' winter, an' I reckon he be right. "
    "Them merchant ships be carryin' more gold than e'er, an' th' navy be chasin' us o'er every wave. "
    "Me crew be wantin' their share o' th' plunder, an' they'll not wait much longer for it. "
    "Many a sailor were lost to th' sea, an' we don't forget 'em. Aye, th' Gull be a fine ship, "
    "an' she'll be sailin' long after them navy dogs be sunk. Th' powder be dry an' th' cannons be loaded, "
    "so let them come an' try their luck wit' us an' our mates o' th' Gull.\n"
)
PLAIN = (
    "Country: Norland\n\nCommittee: UNEP\n\n"
    "Norland's fleet has sailed the northern cape since 1990, and the navy's role has grown. "
    "The 'blue economy' is central to its plan, and the ministry's report sets new goals. "
    "The goverment will fund clean ports, and it don't wait for others to act.\n"
)


def run(text: str, codes: set[str]):
    rules = [rule for rule in load_rules() if rule.code in codes]
    return run_rules(document_from(text), rules, standalone_context(Config(grammar="harper")))


def test_a_paper_written_as_spoken_is_told_by_its_elisions():
    assert written_as_spoken(SPOKEN, {})
    assert written_as_spoken(PLAIN, {}) is None
    french = "Il est d’avis que l’État doit agir, c’est clair, et qu’il faut l’aide d’une agence. " * 3
    assert written_as_spoken(french, {}) is None  # another language's elisions are no speech


def test_each_rule_gives_one_note_on_a_paper_written_as_spoken():
    found = run(SPOKEN, {"SP001", "GR003", "ST001", "GR101", "GR102", "GR107"})
    assert found, "the character's speech still gets its notes"
    assert {f.severity for f in found} == {Severity.INFO}
    assert len([f.code for f in found]) == len({f.code for f in found})  # one a rule
    assert all("written as spoken" in " ".join(f.details) for f in found)


def test_a_plain_paper_keeps_each_finding():
    found = run(PLAIN, {"SP001", "ST001"})
    assert {(f.code, f.text, f.severity) for f in found} >= {("SP001", "goverment", Severity.WARNING),
                                                             ("ST001", "don't", Severity.WARNING)}
