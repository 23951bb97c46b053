"""The meaning rules (CN010–CN018): time claims, missing verbs, who speaks, names and numbers."""

from __future__ import annotations

import json

import pytest
from paperlint.rules.consistency import delegation, missing_verb

from paperlint.analysis import events as lexicon
from paperlint.analysis import parse
from paperlint.analysis.parse import load_pipeline
from paperlint.config import Config
from paperlint.context import standalone_context
from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from paperlint.facts.knowledge import knowledge_base
from paperlint.findings import Severity
from tests.conftest import EXAMPLES, document_from, findings_for

BELGIUM = EXAMPLES / "belgium.txt"
EVENTS = (
    "Belgium has been a serious victim of radical terrorism, be it 2014; Jewish Museum Shootings, "
    "2016; Brussels Bombings, the 2017 explosion at the Brussels central train station, or the 2018 "
    "Liege attack.\n\n"
)
CLAIM = "As a result of these measures, Belgium has not witnessed any terrorist attacks for the last 2 years.\n"


def dated(text: str, when: str | None) -> str:
    return (f"Date: {when}\n\n" if when else "") + text


def only(findings, code):
    return [f for f in findings if f.code == code]


# CN010 stale-relative-period -------------------------------------------------------------


def belgium_cn010(run_cli, *date_args):
    code, out, _ = run_cli("check", "--select", "CN010", "--output-format", "json", *date_args, BELGIUM)
    return json.loads(out)


def findings_of(report):
    return report["findings"]


def test_belgium_dated_before_2020_is_an_error(run_cli):
    (finding,) = findings_of(belgium_cn010(run_cli, "--date", "2019-06-01"))
    assert finding["severity"] == "error"
    assert finding["text"] == "for the last 2 years"
    assert finding["suggestions"] == ["since the 2018 Liege attack"]
    assert "2019-06-01" in " ".join(finding["notes"])


def test_belgium_dated_early_2020_is_a_warning(run_cli):
    (finding,) = findings_of(belgium_cn010(run_cli, "--date", "2020-03-01"))
    assert finding["severity"] == "warning"
    assert "may fall inside" in " ".join(finding["notes"])


def test_belgium_dated_after_2020_is_clean(run_cli):
    assert findings_of(belgium_cn010(run_cli, "--date", "2021-02-01")) == []


def test_belgium_undated_is_a_warning_that_shows_its_reasoning(run_cli):
    (finding,) = findings_of(belgium_cn010(run_cli))
    assert finding["severity"] == "warning"
    details = " ".join(finding["notes"])
    assert "written after 2020" in details
    assert "the 2018 Liege attack" in details


@pytest.mark.parametrize(("when", "severity"), [("1 March 2019", Severity.ERROR), ("2020-02-01", Severity.WARNING),
                                                ("2021-01-15", None), (None, Severity.WARNING)])
def test_date_header_line_decides_the_severity(when, severity):
    found = findings_for(dated(EVENTS + CLAIM, when), "CN010")
    assert [f.severity for f in found] == ([severity] if severity else [])


def test_event_older_than_the_window_is_no_contradiction():
    text = "Date: 2019-05-01\n\nThe 2014 Jewish Museum Shootings shocked Belgium.\n\n" + CLAIM
    assert findings_for(text, "CN010") == []


def test_only_events_of_the_claimed_kind_count():
    report = "Date: 2019-05-01\n\nThe 2018 report on the Liege attack changed our laws.\n\n" + CLAIM
    coup = "Date: 2019-05-01\n\nThe 2018 coup in a neighbouring State worried Belgium.\n\n" + CLAIM
    assert findings_for(report, "CN010") == []
    assert findings_for(coup, "CN010") == []


def test_a_dated_rewording_is_clean():
    text = dated(EVENTS + "Belgium has not witnessed any terrorist attacks since the 2018 Liege attack.", "2019-06-01")
    assert findings_for(text, "CN010") == []


def test_positive_claims_are_not_checked():
    text = dated(EVENTS + "Belgium has witnessed many terrorist attacks in the past five years.", "2019-06-01")
    assert findings_for(text, "CN010") == []


def test_since_a_year_is_an_error_whatever_the_date():
    text = EVENTS + "There has been no terrorist attack in Belgium since 2016."
    (finding,) = findings_for(text, "CN010")
    assert (finding.text, finding.severity) == ("since 2016", Severity.ERROR)
    assert findings_for(EVENTS + "There has been no terrorist attack in Belgium since 2019.", "CN010") == []


@pytest.mark.parametrize("period", ["in the past decade", "over the past five years", "in the past six months",
                                    "during the last year"])
def test_period_wordings(period):
    text = f"Date: 2018-11-01\n\nThe 2018 Liege attack killed three people.\n\nThere were no attacks {period}."
    (finding,) = findings_for(text, "CN010")
    assert finding.text == period


def test_recently_and_vague_counts_are_only_warnings():
    recent = findings_for("Date: 2019-01-01\n\nThe 2018 Liege attack killed three.\n\nNo attacks happened recently.", "CN010")
    assert [f.severity for f in recent] == [Severity.WARNING]
    vague = "Date: 2019-01-01\n\nThe 2018 Liege attack killed three.\n\nNo attacks in the past several years."
    assert [f.severity for f in findings_for(vague, "CN010")] == [Severity.WARNING]


@pytest.mark.parametrize(("claim", "severity"), [
    ("It has been many years since a storm", Severity.WARNING), ("For several years no storm", Severity.WARNING),
    ("In the past few years no storm", Severity.WARNING), ("No storm in the last half decade", Severity.ERROR)])
def test_a_vague_count_reaches_back_at_least_its_least(claim, severity):
    recent = f"Date: 2024-06-01\n\nThe storm of March 2023 flooded the port.\n\n{claim} has reached our coast."
    older = recent.replace("March 2023", "March 2019")
    assert [f.severity for f in findings_for(recent, "CN010")] == [severity]
    assert findings_for(older, "CN010") == []


def test_a_claim_about_one_place_counts_only_events_named_after_it():
    text = ("Date: 2021-03-05\n\nFrance lived through the 2015 Paris attacks and the 2020 Conflans attack.\n\n"
            "There has been no attack in Paris for the last two years.")
    assert findings_for(text, "CN010") == []


def test_undated_paper_naming_a_later_year_was_written_after_the_window():
    text = ("The 2012 polio outbreak was the last one. In 2020 the ministry bought vaccines.\n\n"
            "Kenya has recorded no outbreak of polio in the past five years.")
    assert findings_for(text, "CN010") == []


# CN011 agent-has-event and CN012 sentence-without-verb ------------------------------------

LOST_VERB = "Nonetheless, our security forces have multiple small attacks which were only in the planning stages."


def test_the_meaning_extra_is_installed_and_parses():
    """CI installs the `meaning` extra: the spaCy path is the one these tests exercise."""
    nlp = load_pipeline()
    assert nlp is not None
    assert {"tagger", "attribute_ruler", "parser"} <= set(nlp.pipe_names)


def test_belgium_lost_verb_is_found_with_suggested_verbs():
    found = only(findings_for(BELGIUM.read_text(encoding="utf-8"), "CN011"), "CN011")
    (finding,) = found
    assert finding.text == "have multiple small attacks"
    assert finding.severity == Severity.WARNING
    assert finding.suggestions[0] == "have foiled multiple small attacks"
    assert {"have thwarted multiple small attacks", "have prevented multiple small attacks"} <= set(finding.suggestions)


@pytest.mark.parametrize("sentence", [
    "Our engineers have multiple concerns about the plan.",
    "Our security forces have foiled multiple small attacks.",
    "Our police have several raids planned for next month.",
    "The police have had three attacks to investigate this year.",
    "Our forces have the attacks investigated by judges.",
    "Belgium has many partners in the fight against terrorism.",
])
def test_possession_and_auxiliary_have_are_not_flagged(sentence):
    assert findings_for(sentence, "CN011") == []


@pytest.mark.parametrize(("sentence", "found"), [
    ("Our forces have dozens of plots which were uncovered early.", "have dozens of plots"),
    ("The health ministry has two outbreaks which were at an early stage.", "has two outbreaks"),
    ("We have several bombings in the planning stage every year.", "have several bombings"),
])
def test_lost_verbs(sentence, found):
    assert [f.text for f in findings_for(sentence, "CN011")] == [found]


def test_word_list_fallback_is_lower_confidence(monkeypatch):
    monkeypatch.setattr(parse, "load_pipeline", lambda: None)  # no spaCy
    (finding,) = findings_for(LOST_VERB, "CN011")
    assert finding.text == "have multiple small attacks"
    assert finding.severity == Severity.INFO
    assert finding.details == (missing_verb.FALLBACK_NOTE,)
    assert findings_for("Our engineers have multiple concerns about the plan.", "CN011") == []
    assert findings_for("Our forces have foiled multiple small attacks.", "CN011") == []
    assert findings_for("Belgium, a founding member of NATO and of the European Union.", "CN012") == []


@pytest.mark.parametrize("text", [
    "Belgium's Standoff with Terrorism\n\nBelgium supports the resolution.",
    "Committee: Counter-Terrorism Committee\nCountry: Belgium\n\nBelgium supports the resolution.",
    "Follow us on Instagram and Facebook to get the latest updates!",
    "Belgium, a founding member of NATO",
    "In short, yes.",
    "Hopefully, a highly integrated global network to counter terrorism comes into existence.",
])
def test_headings_header_lines_imperatives_and_short_lines_are_not_fragments(text):
    assert findings_for(text, "CN012") == []


def test_a_list_item_may_be_a_noun_phrase():
    """CN012 flags lost verbs, not style: a list item without a verb is a normal list."""
    text = "Belgium proposes:\n\n- A regional fund for victims, with a board of five members and a small secretariat."
    assert findings_for(text, "CN012") == []


def test_belgium_paper_has_no_fragment():
    assert findings_for(BELGIUM.read_text(encoding="utf-8"), "CN012") == []


# CN013 other-delegation-speaks and CN014 mixed-self-reference ----------------------------


def test_member_states_are_the_193():
    states = knowledge_base().countries.un_names.values()
    assert len(states) == 193 and "Belgium" in states and "Japan" in states


@pytest.mark.parametrize(("written", "state"), [
    ("Japan", "Japan"), ("the Delegation of Japan", "Japan"), ("USA", "United States of America"),
    ("Iran", "Iran (Islamic Republic of)"), ("the Netherlands", "Netherlands (Kingdom of the)"),
    ("Atlantis", None), (None, None),
])
def test_canonical_country(written, state):
    assert delegation.canonical_country(written) == state


def test_france_speaking_in_japans_paper_is_an_error():
    text = "Country: Japan\n\nJapan believes in dialogue. The Delegation of France urges all States to act."
    (finding,) = findings_for(text, "CN013")
    assert (finding.text, finding.severity, finding.suggestions) == ("France", Severity.ERROR, ("Japan",))


def test_country_without_header_is_the_most_frequent_speaker():
    text = ("Japan believes in dialogue. Japan urges restraint. The Delegation of France urges all States to act.\n\n"
            "Japan supports the treaty.")
    assert [f.text for f in findings_for(text, "CN013")] == ["France"]


def test_another_country_opening_a_sentence_is_a_warning():
    text = "Country: Japan\n\nJapan believes in dialogue. France firmly believes that sanctions work."
    (finding,) = findings_for(text, "CN013")
    assert finding.severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    "Country: Japan\n\nThe Delegation of Japan urges all States to act. Japan believes in dialogue.",
    "Country: Japan\n\nJapan believes in dialogue. In 2019 the Delegation of France proposed a registry.",
    "Country: Japan\n\nJapan believes that France, as host, should lead.",
    "Japan believes in dialogue.",
])
def test_own_delegation_and_reported_positions_are_clean(text):
    assert findings_for(text, "CN013") == []


def test_belgium_switches_to_our():
    (finding,) = findings_for(BELGIUM.read_text(encoding="utf-8"), "CN014")
    assert finding.text.lower() == "our" and finding.severity == Severity.INFO


def test_one_self_reference_is_clean():
    assert findings_for("Belgium believes in cooperation. Belgium urges all States to act.", "CN014") == []
    assert findings_for("We believe in cooperation. Our forces stand ready.", "CN014") == []


# CN015–CN018 names and numbers ------------------------------------------------------------


def test_a_misspelt_full_name_is_un001s_not_a_second_name():
    text = "The United Nations Security Council met. Belgium sat on the United Nation Security Council."
    assert findings_for(text, "CN015") == []
    (finding,) = findings_for(text, "UN001")
    assert (finding.text, finding.suggestions) == ("United Nation Security Council", ("United Nations Security Council",))


def test_body_with_two_full_spellings():
    text = "The North Atlantic Treaty Organization met. Belgium joined the North Atlantic Treaty Organisation."
    (finding,) = findings_for(text, "CN015")
    assert finding.text == "North Atlantic Treaty Organisation"
    assert finding.suggestions == ("North Atlantic Treaty Organization",)


@pytest.mark.parametrize("text", [
    "The United Nations Security Council (UNSC) met. The UNSC adopted a text.",
    "The Security Council met. The National Security Council of Japan met too. The Security Council voted.",
    "The United Nations met in New York. The UN adopted a text.",
])
def test_full_name_with_one_short_form_is_clean(text):
    assert findings_for(text, "CN015") == []


def test_acronym_defined_twice_the_same_way_is_clean():
    text = ("The World Health Organization (WHO) helps. Belgium funds the World Health Organisation (WHO). "
            "The Financial Action Task Force (FATF) and the Financial Action Task Force (FATF) agree.")
    assert findings_for(text, "CN016") == []


def test_acronym_defined_differently():
    text = "Belgium joined the Financial Action Task Force (FATF).\n\nThe Financial Anti-Terror Forum (FATF) met."
    (finding,) = findings_for(text, "CN016")
    assert finding.text == "Financial Anti-Terror Forum"
    assert "line 1" in finding.message


def test_statistics_for_different_years_or_things_are_not_compared():
    text = ("In 2019, 40 per cent of the counties had a stockpile. In 2020, 55 per cent of the counties had one. "
            "The 2016 Brussels bombings killed 32 people and injured 340 people.")
    assert findings_for(text, "CN017") == []


def test_same_statistic_two_values():
    text = "The 2016 Brussels bombings killed 32 people.\n\nIn the 2016 Brussels bombings, 35 people died."
    (finding,) = findings_for(text, "CN017")
    assert finding.text == "35"


def _mixed_ise_ize(text: str):
    """CN018's findings under a chosen conference profile (without one it reports none)."""
    return run_rules(document_from(text), [r for r in load_rules() if r.code == "CN018"],
                     standalone_context(Config(profile="generic")))


def test_ise_ize_minority_is_flagged_with_the_majority_spelling_under_a_chosen_profile():
    text = "Belgium will prioritize prevention, globalize cooperation and mobilise funds."
    assert findings_for(text, "CN018") == []  # no conference chosen
    (finding,) = _mixed_ise_ize(text)
    assert (finding.text, finding.suggestions) == ("mobilise", ("mobilize",))


@pytest.mark.parametrize("text", [
    "Belgium will advise partners, exercise restraint and prioritize prevention.",
    "The World Health Organization helps. Belgium will organise training.",
    "Belgium will organise training and seize assets.",
])
def test_ise_only_words_and_names_are_not_a_choice(text):
    assert _mixed_ise_ize(text) == []


def test_pairs_cn001_reports_are_left_to_it():
    text = "Belgium will recognise the work. Belgium will recognize the court and globalize trade."
    assert _mixed_ise_ize(text) == []
    assert [f.text for f in findings_for(text, "CN001")] == ["recognize"]


def test_bibliography_entries_are_not_fragments():
    text = ("Belgium supports the resolution.\n\nReferences\n\n"
            "United Nations Office for Disarmament Affairs. Programme of Action on Small Arms and Light Weapons.\n\n"
            "Greenberg, A. (2018, August 22). The untold story of the most devastating cyberattack. Wired.")
    assert findings_for(text, "CN012") == []


def test_outbreaks_get_verbs_for_spreading_events():
    (finding,) = findings_for("The health ministry has two outbreaks which were at an early stage.", "CN011")
    assert finding.suggestions[0] == "has contained two outbreaks"


def test_negation_must_bear_on_the_event():
    text = ("Date: 2019-06-01\n\nThe 2018 Liege attack shocked Belgium.\n\n"
            "Although Belgium has not ratified the convention, terrorist attacks fell over the last 2 years.")
    assert findings_for(text, "CN010") == []


@pytest.mark.parametrize("event", ["the Liege attack in May 2018", "the attack on the Jewish Museum in 2018",
                                   "2018; Liege Attack"])
def test_event_wordings(event):
    text = f"Date: 2019-06-01\n\nBelgium suffered {event}.\n\n{CLAIM}"
    (finding,) = findings_for(text, "CN010")
    assert "2018" in finding.message


def test_observer_header_is_the_papers_country_not_a_guess():
    text = "Country: Holy See\n\nThe Holy See believes in dialogue. Italy urges all States to act."
    assert [(f.text, f.suggestions) for f in findings_for(text, "CN013")] == [("Italy", ("Holy See",))]
    text = "Country: Amnesty International\n\nItaly believes in dialogue. Italy urges all States to act."
    assert findings_for(text, "CN013") == []


def test_a_run_on_sentence_is_cut_into_pieces_short_enough_to_parse():
    text = "Our security forces have multiple small attacks " + "and more words " * 200 + "in the planning stages."
    assert len(text) > missing_verb.MAX_SENTENCE_CHARS
    (finding,) = findings_for(text, "CN011")
    assert (finding.text, finding.severity) == ("have multiple small attacks", Severity.WARNING)
    assert findings_for(text, "CN012") == []


# Shapes of stale claims the first readings missed, each in wording of its own (stop 34).
@pytest.mark.parametrize("text", [
    # the place the claim names is the place the event's sentence names
    "Date: 2021-05-01\n\nFor more than a decade, no cyclone has made landfall near Durban.\n\n"
    "Cyclone Eloise struck Durban in January 2021 and flooded the harbour.",
    # a "declared" clause the parser hangs a later clause on
    "Date: 2023-03-01\n\nOur islands have been free of cholera for the past six years.\n\n"
    "The cholera emergency declared in March 2020, which filled every clinic, must never be repeated.",
    # a date on what the event happened during ("the killing … during a speech … on 3 June 2021")
    "Date: 2024-01-01\n\nNo journalist has been killed in our country in the past five years.\n\n"
    "The killing of the reporter Ana Ruiz during a speech in Leon on 3 June 2021 shocked the nation.",
    # "small" describes the mine, not the accident; and "collapse" is a happening, not an illness
    "Date: 2024-01-01\n\nWe have gone seven years without a fatal collapse in our mines.\n\n"
    "Two miners lost their lives when a shaft caved in at a small mine near Potosí in April 2021.",
    # a later sense of the event's noun ("blast": an explosion)
    "Date: 2023-01-01\n\nOur capital has not seen a major explosion since 2010.\n\n"
    "The blast at the fuel depot on 9 May 2021 destroyed two city blocks.",
    # the doer names the act ("seized by two hijackers": a hijacking), on a date whose month the
    # parse hangs on the year
    "Date: 2021-03-13\n\nNot one airliner of our national carrier has been hijacked since 2012.\n\n"
    "On 14 November 2017, a plane of the carrier was seized by three hijackers over the desert.",
    # a disease that begins the event's word ("polio-free" and a "poliovirus case")
    "Date: 2024-10-03\n\nOur islands have remained polio-free since 2016.\n\n"
    "A poliovirus case was confirmed in a northern province in May 2021.",
    # a date the parse glues to the subject after it ("on 9 March 2019 pirates seized"), whose
    # doers name the act (piracy)
    "Date: 2021-07-05\n\nNot one merchant ship has been hijacked off our coast since 2017.\n\n"
    "We recall that on 12 April 2019 pirates seized the tanker Sea Lark off our northern cape.",
    # doers whose noun names an aircraft first ("bombers")
    "Date: 2022-08-17\n\nSince March 2018, no coordinated bombing has taken place on our soil.\n\n"
    "We honour those killed on 21 April 2019, when suicide bombers struck two churches in our capital.",
    # a State the event came from is not where it happened
    "Date: 2025-10-03\n\nNo desert locust swarm has entered Kenya since 2015.\n\n"
    "In December 2019, desert locust swarms crossed from Somalia into Mandera County.",
    # a synonym of the claim's verb ("kidnapped": abduction)
    "Date: 2024-01-01\n\nNo aid worker has been kidnapped in our provinces in over five years.\n\n"
    "The abduction of two aid workers near the border in October 2022 ended after a month.",
])
def test_stale_claims_in_fresh_shapes_are_found(text):
    assert [f.text for f in findings_for(text, "CN010")] != []


def test_an_event_below_the_scale_a_claim_denies_is_no_contradiction():
    flood = ("Date: 2023-05-30\n\nNo flood has displaced more than 100,000 people in Norland in the last twelve years.\n\n"
             "The floods that hit the east in February 2023 displaced some {count} people.")
    quake = ("Date: 2025-01-09\n\nNo earthquake stronger than magnitude 7 has struck Norland in the past century.\n\n"
             "The earthquake that hit the coast in November 2019 measured {magnitude} and killed fifty-one people.")
    assert findings_for(flood.format(count="12,000"), "CN010") == []
    assert findings_for(quake.format(magnitude="6.4"), "CN010") == []
    assert findings_for(flood.format(count="250,000"), "CN010") != []
    assert findings_for(quake.format(magnitude="7.8"), "CN010") != []


@pytest.mark.parametrize("text", [
    "Date: 2021-05-01\n\nFor more than a decade, no cyclone has made landfall near Durban.\n\n"
    "Cyclone Eloise struck Maputo in January 2021 and flooded the harbour.",
    "Date: 2024-01-01\n\nOur capital has not seen a major explosion since 2010.\n\n"
    "A small blast at a workshop on 9 May 2021 broke two windows.",
    "Date: 2024-01-01\n\nNo aid worker has been kidnapped in our provinces in over five years.\n\n"
    "The abduction of two aid workers near the border in October 2012 ended after a month.",
])
def test_their_look_alikes_are_left_alone(text):
    assert findings_for(text, "CN010") == []


def test_a_base_form_with_a_subject_and_no_auxiliary_is_a_past():
    from spacy.tokens import Doc

    words = ["when", "the", "dam", "burst", "its", "walls", "in", "2020"]
    doc = Doc(load_pipeline().vocab, words=words, tags=["WRB", "DT", "NN", "VB", "PRP$", "NNS", "IN", "CD"],
              heads=[3, 2, 3, 3, 5, 3, 3, 6], deps=["advmod", "det", "nsubj", "ROOT", "poss", "dobj", "prep", "pobj"])
    to_burst = Doc(doc.vocab, words=["to", "burst"], tags=["TO", "VB"], heads=[1, 1], deps=["aux", "ROOT"])
    assert lexicon._is_past(doc[3]) and not lexicon._is_past(to_burst[1])


def test_the_negation_itself_is_no_sort_of_event():
    from paperlint.rules.consistency.temporal import _Claim

    text = "Our valleys have been spared deadly floods for the past ten years."
    claim = _Claim(text, text.index("for the"), len(text) - 1, text.index("spared"))
    assert set(claim.sorts) == {"floods"}


def test_a_word_that_names_a_happening_too_is_no_disease():
    assert lexicon.is_disease("cholera") and not lexicon.is_disease("collapse")


@pytest.mark.parametrize(("event", "severity"), [
    ("The fire that swept through the hills above Patras in July 2021 killed six people.", Severity.WARNING),
    ("The wildfire that swept through the hills above Patras in July 2021 killed six people.", Severity.ERROR),
])
def test_an_event_of_a_kind_the_claims_sort_is_one_of_is_only_a_warning(event, severity):
    text = f"Date: 2023-05-01\n\nNo wildfire has claimed a life in our country in the last four years.\n\n{event}"
    (finding,) = findings_for(text, "CN010")
    assert finding.severity == severity
    assert any("may or may not be what the claim denies" in d for d in finding.details) == (severity == Severity.WARNING)


def test_an_event_of_another_kind_of_the_same_family_is_no_contradiction():
    text = ("Date: 2023-05-01\n\nNo wildfire has claimed a life in our country in the last four years.\n\n"
            "The flood that swept through the hills above Patras in July 2021 killed six people.")
    assert findings_for(text, "CN010") == []
