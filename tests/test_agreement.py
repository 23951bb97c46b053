"""Subject–verb agreement (GR003): precision and recall on tests/data/meaning/agreement.yml,
and the third person it suggests.

Run `python -m tests.test_agreement` to print the figures and every mistake.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from paperlint.rules.grammar.agreement import third_person

from tests.conftest import findings_for
from tests.evaluation import Tally, score_passages

DATA = Path(__file__).parent / "data" / "meaning" / "agreement.yml"
HELD_OUT = DATA.with_name("agreement_heldout.yml")


def score(data: Path = DATA) -> tuple[Tally, int, int]:
    passages = yaml.safe_load(data.read_text(encoding="utf-8"))["passages"]
    return score_passages(passages, lambda text: findings_for(text, "GR003"))


@pytest.fixture(scope="module")
def figures():
    return score()


def test_the_set_has_more_look_alikes_than_errors(figures):
    _, errors, look_alikes = figures
    assert errors >= 40 and look_alikes >= errors


def test_precision_floor(figures):
    tally, _, _ = figures
    assert tally.precision >= 0.95, tally.mistakes


def test_recall_floor(figures):
    tally, _, _ = figures
    assert tally.recall >= 0.80, tally.mistakes


def test_held_out_floors():
    """The half written after the check: lower floors, as its first blind run set them."""
    tally, errors, look_alikes = score(HELD_OUT)
    assert errors >= 20 and look_alikes >= errors
    assert tally.precision >= 0.90 and tally.recall >= 0.60, tally.mistakes


@pytest.mark.parametrize(
    ("verb", "expected"),
    [("have", "has"), ("are", "is"), ("do", "does"), ("were", "was"), ("support", "supports"),
     ("focus", "focuses"), ("reach", "reaches"), ("rely", "relies"), ("pay", "pays"), ("go", "goes")],
)
def test_third_person(verb, expected):
    assert third_person(verb) == expected


if __name__ == "__main__":
    for data in (DATA, HELD_OUT):
        tally, errors, look_alikes = score(data)
        print(f"{data.name}: {errors} errors, {look_alikes} look-alikes: "
              f"precision {tally.precision:.3f}, recall {tally.recall:.3f}")
        print("\n".join(tally.mistakes))


def test_a_bare_verb_heading_a_subject_clause_is_read_as_a_noun():
    """Round 33: "The WHO report on … demonstrates …" parses "report" as a verb heading a subject
    clause, which a bare verb never does; a clause opened by "that" is one."""
    from paperlint.rules.grammar.agreement import _noun_before_a_verb

    from paperlint.analysis.parse import load_pipeline

    nlp = load_pipeline()
    if nlp is None:
        pytest.skip("needs the `meaning` extra (spaCy)")
    noun = next(t for t in nlp("The WHO report on the global diabetes epidemic of 2017 demonstrates that "
                               "several regulations banning sales work.") if t.text == "report")
    assert noun.dep_ == "csubj" and _noun_before_a_verb(noun)
    clause = nlp("That the council rejected the plan shows its weakness.")
    verb = next(t for t in clause if t.text == "rejected")
    assert verb.dep_ == "csubj" and not _noun_before_a_verb(verb)


def test_the_last_of_two_names_joined_by_an_ampersand_ends_a_list():
    """Round 35: "the authors Ana Ruiz & Lena Maria Holm investigate", parsed with "Holm" alone as
    the subject and "Lena" hung on the first name: the subject is both authors, plural."""
    import spacy
    from paperlint.rules.grammar.agreement import _ends_a_list
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab

    words = ["the", "authors", "Ana", "Ruiz", "&", "Lena", "Maria", "Holm", "investigate", "it"]
    heads = [1, 3, 3, 3, 3, 3, 7, 8, 8, 8]
    deps = ["det", "compound", "compound", "ROOT", "cc", "conj", "compound", "nsubj", "ROOT", "dobj"]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "VERB", "PRON"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _ends_a_list(doc[7])
    one = Doc(vocab, words=["the", "author", "Lena", "Maria", "Holm", "investigate", "it"],
              heads=[1, 4, 4, 4, 5, 5, 5], deps=["det", "compound", "compound", "compound", "nsubj", "ROOT", "dobj"],
              pos=["DET", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PRON"])
    assert not _ends_a_list(one[4])


@pytest.mark.parametrize(("text", "flagged"), [
    # the sweep (stop 33), with every rule on as a run has it ("have many", CN011's cue, has the
    # sentence parsed): two adjectives joined before one noun name two kinds of it; one, one kind
    ("Marital and dowry-related violence are pressing issues that have many victims in the north.", []),
    ("Domestic violence are a pressing issue that has many victims in the north.", ["are"]),
])
def test_two_kinds_of_one_noun_take_a_plural_verb(text, flagged):
    assert [f.text for f in findings_for(text) if f.code == "GR003"] == flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # held-out round 37: a verb that opens a phrase set off after the subject, whose own verb comes
    # later, lost a participle ("known"), so "knows" would be a wrong fix; without the later verb
    # the verb is the subject's own
    ("Tomas Vellen, commonly know as “Tom”, was born in Kestra in 1950.", []),
    ("Tomas Vellen, as a rule, know the river better than anyone.", ["know"]),
])
def test_a_verb_set_off_after_the_subject_is_not_its_predicate(text, flagged):
    assert [f.text for f in findings_for(text) if f.code == "GR003"] == flagged
