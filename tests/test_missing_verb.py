"""Precision and recall of the lost-verb rules (CN011, CN012) on fresh wording, with floors.

tests/data/meaning/lost_verbs.yml was written before the rules were redesigned;
lost_verbs_heldout.yml after, and measured once before any change (docs/meaning.md);
lost_verbs_round24.yml before round 24's changes; lost_verbs_complements.yml in round 26;
lost_verbs_gaps.yml at stop 33; lost_verbs_adverbs.yml at stop 34; lost_verbs_manner.yml at stop
35; lost_verbs_counts.yml at stop 39; lost_verbs_modal_nouns.yml at stop 40;
lost_verbs_modal_clauses.yml at stop 41; lost_verbs_progress.yml at stop 42;
lost_verbs_delegation.yml at stop 44; lost_verbs_sent.yml at stop 45; lost_verbs_clauses.yml at
stop 46; lost_verbs_been.yml at stop 49; lost_verbs_set57.yml at stop 50 (set 57's shapes); lost_verbs_set59.yml at stop 52; lost_verbs_set60.yml at stop 53; lost_verbs_lists.yml and its held-out half at stop 54. A passage's [[span]] is a
lost verb that a CN011 or CN012 finding must overlap; every `correct` passage and every finding
outside a span is a false positive.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from paperlint.rules.consistency import missing_verb

from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from tests.conftest import document_from
from tests.evaluation import Tally, unmark

DATA = Path(__file__).parent / "data" / "meaning"
RULES = [rule for rule in load_rules() if rule.code in {"CN011", "CN012"}]


def score(path: Path) -> tuple[Tally, int]:
    """The tally, and how many found lost verbs have a fitting verb in the first three suggestions."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    tally, suggested = Tally(), 0
    for item in data["lost"]:
        text, _, spans = unmark(item["text"])
        hits = tally.spans(run_rules(document_from(text), RULES), spans, text)
        suggested += any(verb in s.split() for f in hits for s in f.suggestions[:3] for verb in item["verbs"])
    for text in data["correct"]:
        tally.spans(run_rules(document_from(text), RULES), [], text)
    return tally, suggested


# Recall floors: the first two sets stand at 0.96 and 0.92; the round-24 set (written before
# that round's changes, 0.33 then) at 0.83; the round-26 set of complements only an action
# licenses at 0.75 (13 of its lost verbs were written after that round's code: 8 found); the
# stop-33 set of gaps no modal or "have" points to at 0.85 (none found before that stop). Most
# of that set's objects ("the review", "its thanks") name no verb, so a fitting suggestion is
# asked of a few only; of the stop-34 set's (adverbs, "ought to", passives), none; of the
# stop-35 set's (adverbs of manner after "be" and "to"), those whose object names its verbs;
# its floor is 0.75, as "be" may equate its subject with a group or a person ("are patiently
# the remaining brackets", "will be gently the survivors"), which the rule leaves alone. The
# stop-39 set of "be" before a count of things stood at 0.0 before that stop and 0.6 after: a
# subject WordNet first knows as an act or a thing ("the customs service", "the archive") or a
# noun it first knows as a group ("clinics", "levees") is left alone. The stop-40 set of a modal
# before a noun, an adjective or a bare plural stood at 0.1 before that stop and 1.0 after. In
# the stop-41 set of modals the parse hides, a fitting verb is among the first suggestions for
# only 1 of 14 objects ("a flood-warning system", "another 40 hectares"), hence its low share.
# The stop-42 set of "be" and an adverb of progress before a thing finds 2 of 5: a subject first
# known as a building ("the statistics office", "the national assembly") and a thing with a rare
# person sense ("a solar plant") are left alone, as a chair's trust asks. The stop-44 set of a
# delegation that "is" a thing finds all 4, with what delegations do ("proposing") when the
# object's class names no verb. The stop-45 set (a count of people "be" sends somewhere, a measure
# of a mass, "at least" after a modal) finds all 6, but the verb that fits is seldom one the
# object's class names ("enrolling" growers, "laying" cable): 1 of 6. The stop-46 set (a subject and
# a count with another clause's verb beside them, "be" and "by" or "or" with no participle between)
# stood at 0.0 before that stop and finds all 13; its verbs fit 7. The stop-57 set (gaps the parse
# hides: "calls on States to the norms", "would like the Council to", a relative clause between
# commas with no verb, a subject and object before a clause of its own or after partner phrases,
# "has been" after a "since" phrase) found 1 of 19 before that stop, with 1 false finding among its look-alikes
# ("urge the parties to the agreement, who met in Lima, to respect it"), and finds all 19 after; most of its
# objects ("the regional register", "the smallest share") name no verb, so its verbs fit 4. The
# stop-52 set (a subject and a count the parse hid: a participle before the counted noun, an acronym
# read as an adjective, a plural read as a verb, an opening clause's verb) found none of 6 before that
# stop and finds 5 after: "ministers the … Declaration" is left to the cheap test, which passes over
# a plural that may be a verb ("the ministry funds the …") so as not to parse most sentences. The
# stop-54 sets of a list of actions with one bare noun phrase among them found none before that stop;
# the half they were built on finds 11 of 15, the held-out half 4 of 12, where the parse joins the
# item to the object or reads the next verb as a noun. What a listed object needs is seldom in its
# class, so no share of suggestions is asked.
@pytest.mark.parametrize(("name", "recall", "suggested_share"), [
    ("lost_verbs.yml", 0.90, 0.8), ("lost_verbs_heldout.yml", 0.90, 0.8), ("lost_verbs_round24.yml", 0.75, 0.8),
    ("lost_verbs_complements.yml", 0.70, 0.8), ("lost_verbs_gaps.yml", 0.85, 0.1), ("lost_verbs_adverbs.yml", 0.85, 0.0),
    ("lost_verbs_manner.yml", 0.75, 0.05), ("lost_verbs_counts.yml", 0.55, 0.3), ("lost_verbs_modal_nouns.yml", 0.8, 0.1),
    ("lost_verbs_modal_clauses.yml", 0.9, 0.05), ("lost_verbs_progress.yml", 0.4, 0.0),
    ("lost_verbs_delegation.yml", 1.0, 0.75), ("lost_verbs_sent.yml", 1.0, 0.1), ("lost_verbs_clauses.yml", 1.0, 0.4),
    ("lost_verbs_been.yml", 0.8, 0.3), ("lost_verbs_set57.yml", 0.9, 0.15), ("lost_verbs_set59.yml", 0.8, 0.8),
    ("lost_verbs_set60.yml", 1.0, 0.3), ("lost_verbs_lists.yml", 0.7, 0.0), ("lost_verbs_lists_heldout.yml", 0.3, 0.0)])
def test_precision_and_recall_floors(name, recall, suggested_share):
    tally, suggested = score(DATA / name)
    print(f"{name}: {tally.summary()}, fitting verb in the first three suggestions {suggested}/{tally.true_pos}")
    assert tally.precision >= 0.95, tally.report()
    assert tally.recall >= recall, tally.report()
    assert suggested >= suggested_share * tally.true_pos, tally.report()


def test_the_sets_are_large_and_balanced():
    data = yaml.safe_load((DATA / "lost_verbs.yml").read_text(encoding="utf-8"))
    assert len(data["lost"]) >= 40 and len(data["correct"]) >= len(data["lost"])


@pytest.mark.parametrize(("text", "found", "verb"), [
    ("Since June, harbour police [[have 6 tonnes of smuggled cigarettes]] at the port.", "have 6 tonnes of smuggled cigarettes", "seized"),
    ("Volunteers [[have 300 families]] from the burning hills above Marseille.", "have 300 families", "evacuated"),
    ("The health service [[has efficiently two measles outbreaks]] on the islands.", "has efficiently two measles outbreaks", "contained"),
])
def test_suggestions_fit_the_object(text, found, verb):
    (finding,) = run_rules(document_from(unmark(text)[0]), RULES)
    assert finding.text == found
    assert any(verb in s.split() for s in finding.suggestions[:3])
    assert finding.code == "CN011"


# Round 19 (blind set 19): an action dated by a period up to now, a window, a past-perfect
# deadline or a measured change; an adverb in the count; a sum of money; a counted idiom noun.
@pytest.mark.parametrize(("text", "verb"), [
    ("Within six months, the Red Cross [[has 250 flood-damaged homes]] in Sindh.", "rebuilt"),
    ("In the past three years, Senegal [[has 1.2 million children]] against polio.", "vaccinated"),
    ("Over the last two years, the ministry [[has 1,300 new classrooms]] in the north.", "built"),
    ("Within two years, engineers [[have 90 pumping stations]] along the flooded delta.", "built"),
    ("Our parliament [[has many bills]] to curb child labour over the last decade, yet it persists.", "adopted"),
    ("Mobile teams [[have 900 patients]] for cholera since the rains stopped in May.", "treated"),
    ("By the end of 2019, the border police [[had 800 kilograms of cocaine]] at the airport.", "seized"),
    ("The Kenyan Wildlife Service [[had 60 poachers]] by March of that year.", "arrested"),
    ("Haiti [[had already some 5,000 families]] out of the flood zone before the storm.", "evacuated"),
    ("The relief fund [[has €3 million]] to displaced families since April.", "allocated"),
    ("Senegal [[has its rice exports]] more than threefold since 2008.", "increased"),
    ("Our forestry agency [[has its logging quotas]] by 40 percent.", "reduced"),
    ("The tribunal [[has already 340 land claims]] this year.", None),
])
def test_dated_or_measured_actions_are_found(text, verb):
    plain, _, ((start, end),) = unmark(text)
    (finding,) = run_rules(document_from(plain), RULES)
    assert finding.code == "CN011" and finding.text == plain[start:end]
    assert verb is None or any(verb in s.split() for s in finding.suggestions[:3])


@pytest.mark.parametrize("sentence", [
    "So far, the fund has $2 million in pledges.",
    "To date, the coalition has 40 members.",
    "By 2015, our navy had only six vessels.",
    "By the end of 2020, Kenya had 47 county hospitals.",
    "By the time of the vote, the coalition had 30 members.",
    "Our ministry had 300 nurses by the end of 2019.",
    "Japan has many reactors since it lacks fossil fuels.",
    "Kenya has few doctors since many emigrated.",
    "Since its independence in 1960, Nigeria has 36 states.",
    "Since 2010, Chile has one of the lowest homicide rates in the region.",
    "In the past decade, Nigeria has one of the highest rates of poverty.",
    "Over the past decade, Chile has had one of the lowest rates of poverty.",
    "The treaty has two protocols since 2005.",
    "The city has 400 schools within 10 minutes' walk of every home.",
    "The plan has three phases within ten years.",
    "The country has a general election within three months.",
    "The ministry has three deadlines within six months.",
    "The agency has 300 new teachers within a year.",
    "Our ministry has plans to build 300 schools within five years.",
    "Kenya has laws to protect journalists, but in the past years the killings continued.",
    "Tuvalu has well over 10,000 residents on its atolls.",
    "The agency had already a budget of $4 million by 2018.",
    "Our delegation has three concerns about the draft.",
    "Ghana has a claim to the disputed islands.",
    "The fund has $2 million for small grants.",
    "The programme has a target to cut emissions by 30 percent.",
    "The country has a threefold approach to security.",
    "The hospital has few nurses since 2019.",
    "The clinic has fewer patients since the outbreak ended.",
    "Our hospitals have few doctors over the past decade.",
    "Before the war, Syria had over 20 million people.",
    # blind set 19c: what the object is in holds, it was not done
    "By the end of the month, border guards had 40 smugglers in custody.",
    "Since 2019 the port has three cranes in operation.",
])
def test_possession_beside_a_period_count_or_measure_stays_silent(sentence):
    assert run_rules(document_from(sentence), RULES) == []


# Round 25 (blind set 24): an adverb of completion closing the clause, the two objects of a verb
# of giving, a measured change ("by more than a third", "the number of … from four to nine
# thousand"), goods measured in units sent "to" a place even at a rate, a percentage of people.
@pytest.mark.parametrize(("text", "verb"), [
    ("In 2019 the city council [[had single-use straws]] entirely, and cafés switched to paper.", "banned"),
    ("In 2021 Palau [[had all commercial fishing]] in its waters completely.", "banned"),
    ("Last autumn the IMF [[had Zambia 1.3 billion dollars]] under a new credit line.", "lent"),
    ("Since 2015 Sweden [[has 70,000 Eritreans temporary protection]].", "granted"),
    ("In 2022 the ministry [[had the fuel levy]] by more than a third, and transport costs fell.", "reduced"),
    ("In only six years, the cooperatives [[have the number of biogas plants]], from four to nine thousand.", "increased"),
    ("Since 2018 Uganda [[has 30 tonnes of coffee]] to Europe each month.", "sent"),
    ("In 2018 our ministry [[had 40,000 tonnes of rice]] to Haiti after the earthquake.", "sent"),
    ("By the end of 2022 the clinics [[had 85% of newborns]] against tuberculosis.", "vaccinated"),
])
def test_completed_given_or_sent_is_found(text, verb):
    plain, _, ((start, end),) = unmark(text)
    (finding,) = run_rules(document_from(plain), RULES)
    assert finding.code == "CN011" and finding.text == plain[start:end]
    assert any(verb in s.split() for s in finding.suggestions[:3])


@pytest.mark.parametrize("sentence", [
    "In 2016 the city had a different mayor altogether.",
    "In 2018 the ministry had a new approach altogether, built on prevention.",
    "In 2020 the shelter had 300 guests overnight.",
    "In May the town had heavy rain overnight, and the river rose.",
    "In 2021 the hospital had 60 patients overnight.",
    "In 2015 the hospital had its wards completely full.",
    "By 2010 Iceland had its electricity entirely from renewable sources.",
    "The fund has Kenya, its largest borrower, on a watch list.",
    "The league table has Norway 12 points ahead of Sweden.",
    "The committee has Chile 4 votes short of a majority.",
    "Turkey has 3.6 million Syrian refugees under temporary protection.",
    "Lebanon has 1.5 million Syrians in need of shelter.",
    "The ruling party had its majority by a wide margin.",
    "The survey has the number of respondents from three to six per household.",
    "Norway has enough gas to spare every winter.",
    "The pipeline has 10 billion cubic metres of gas to Europe each year.",
    "Each year Kenya has two million tourists to its coast.",
    "Every winter the park service has 20,000 geese to its wetlands.",
    "The ministry has 2,000 cubic metres of water to the east of the dam.",
    "The cooperative has billions of litres of milk to sell.",
    "By the end of 2023 the ministry had over 90% of children under five vaccinated against measles.",
])
def test_state_comparison_rate_or_causative_stays_silent(sentence):
    assert run_rules(document_from(sentence), RULES) == []


def test_subject_object_suggestion_inserts_a_past_tense_verb():
    (finding,) = run_rules(document_from("In 2022 the Red Crescent 4,000 tents to families in Hatay."), RULES)
    assert finding.code == "CN012"
    assert finding.suggestions[0] == "the Red Crescent delivered 4,000 tents"


def test_relative_clause_suggestion_goes_after_its_subject():
    (finding,) = run_rules(document_from("Ghana backs the treaty that the African Union in 2019."), RULES)
    assert finding.text == "that the African Union in 2019"
    assert finding.suggestions[0] == "that the African Union ratified in 2019"


@pytest.mark.parametrize("sentence", [
    "Rwanda has a plan for every district.",
    "Ghana has 16 regions and a coastline of 550 kilometres.",
    "Each year the fund has more applicants than places.",
    "Cities have to adapt to rising heat.",
    "The ministry has given 300 grants since 2020.",
])
def test_cheap_test_lets_plain_sentences_through_unparsed_or_silent(sentence):
    assert run_rules(document_from(sentence), RULES) == []


def test_most_sentences_are_never_parsed():
    """The pre-filter parses only sentences that show "have + object" or a verbless shape."""
    plain = ["Ghana supports the resolution.", "The Council adopted a resolution in 2018.",
             "Kenya believes that preparedness saves lives.", "Our delegation urges every State to act.",
             "Floods displaced 400,000 people in 2020."]
    assert not any(missing_verb._have_may_take_an_object(s) or missing_verb._may_lack_a_verb(s) for s in plain)


def test_a_modal_before_its_verb_in_the_wrong_form_lost_no_verb():
    """Round 51: "will not affects the state" has its verb, in the wrong form (GR003's business)."""
    text = "Norland warns that the use of coal will not affects the state of the rivers in the north."
    assert not [f for f in run_rules(document_from(text), RULES) if f.code == "CN012"]


@pytest.mark.parametrize(("text", "selected"), [
    ("In 2019 the health ministry 300 midwives to rural clinics.", True),
    ("Last year the Red Cross 9,000 hygiene kits to the camps.", True),
    # a date and numbers that name things are no counts: the cheap test leaves these unparsed
    ("The Council met in January 2020 under Article 7 of the Charter.", False),
    ("Norland backs Agenda 2030 and Resolution 2178 (2014).", False),
])
def test_the_cheap_test_passes_counts_not_dates_or_numbered_names(text, selected):
    assert missing_verb._may_lack_a_verb(text) is selected

