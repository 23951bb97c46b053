"""Grammar and spelling: Harper in-process, the MUN vocabulary, rule mapping, offsets, install
pieces and the no-network guarantee. Tests that need LanguageTool are in
test_grammar_languagetool.py."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from paperlint.rules.grammar.engines import CHECK, owner

import paperlint.grammar as grammar
from paperlint.config import Config, Vocabulary
from paperlint.context import standalone_context
from paperlint.document import MAX_SENTENCE_CHARS
from paperlint.engine.registry import load_rules, strip_marks
from paperlint.engine.runner import run_rules
from paperlint.errors import PaperlintError
from paperlint.grammar import harper_engine
from paperlint.grammar.install import (
    Artifact,
    _download,
    installed_home,
    locked_artifacts,
    write_server_jar,
)
from paperlint.grammar.languagetool import Utf16, chunks
from paperlint.grammar.matches import EngineMatch
from tests.conftest import ROOT, document_from

BELGIUM = ROOT / "examples" / "belgium.txt"
ENGINE_RULES = [r for r in load_rules() if getattr(r.params, "check", None) == CHECK]
UN_WORDS = ("FATF", "OSCE", "CoE", "ISIS", "ISIL", "counter-terrorism", "Liège")
# Loaded by a subprocess through PYTHONPATH: every connect to a non-loopback address fails.
NO_NETWORK = """
import socket

_connect = socket.socket.connect


def _loopback_only(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if self.family in (socket.AF_INET, socket.AF_INET6) and host not in ("127.0.0.1", "::1", "localhost"):
        raise OSError(f"network blocked by the test: {address!r}")
    return _connect(self, address)


socket.socket.connect = _loopback_only
socket.socket.connect_ex = _loopback_only
"""


def network_guard(folder: Path) -> Path:
    """`folder`, holding the sitecustomize.py that blocks non-loopback connections."""
    (folder / "sitecustomize.py").write_text(NO_NETWORK, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def no_network(tmp_path_factory) -> Path:
    return network_guard(tmp_path_factory.mktemp("no_network"))


@pytest.fixture(scope="session")
def languagetool_if_required():
    """The LanguageTool installation, or None; under CI=true a missing one fails the test."""
    home = installed_home()
    if home is None and os.environ.get("CI") == "true":
        pytest.fail("LanguageTool is not installed: .ci/run must run `paperlint setup languagetool`")
    return home


def harper_config(**changes) -> Config:
    config = Config(grammar="harper")
    for name, value in changes.items():
        setattr(config, name, value)
    return config


def findings(text: str, config: Config, prefix: tuple[str, ...] = ("SP", "GR1")):
    rules = [r for r in load_rules() if r.code.startswith(prefix)]
    return run_rules(document_from(text), rules, standalone_context(config))


def spans(found) -> list[tuple[str, int, int, str]]:
    return [(f.code, f.start, f.end, f.engine_rule) for f in found]


# Harper, the embedded default


def test_harper_flags_a_wrong_article_at_its_exact_span():
    text = "This is a error."
    assert spans(findings(text, harper_config())) == [("GR102", 8, 9, "harper:AnA")]


def test_harper_offsets_stay_exact_after_emoji():
    text = "Peace 😀🇧🇪 matters. This is a error and he go home."
    found = spans(findings(text, harper_config()))
    assert ("GR102", text.index(" a error") + 1, text.index(" a error") + 2, "harper:AnA") in found
    assert ("GR101", text.index(" go ") + 1, text.index(" go ") + 3, "harper:PronounVerbAgreement") in found


def test_both_engines_with_languagetool_missing_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PAPERLINT_LANGUAGETOOL_DIR", str(tmp_path))
    monkeypatch.delenv(grammar.URL_VARIABLE, raising=False)
    grammar.shared_service().close()
    with pytest.raises(PaperlintError, match="paperlint setup languagetool"):
        grammar.shared_service().matches(document_from("This is a error."), Config(grammar="both"))
    assert grammar.shared_service().session(Config(grammar="auto")).engines == ("harper",)
    grammar.shared_service().close()


def test_matches_started_early_in_a_thread_equal_matches_computed_when_asked():
    service, config = grammar.GrammarService(), harper_config()
    text = BELGIUM.read_text(encoding="utf-8")
    early, asked = document_from(text), document_from(text)
    service.prefetch(early, config)
    assert isinstance(early.cache[grammar.CACHE_KEY], grammar.Pending)
    assert service.matches(early, config) == service.matches(asked, config) != []
    assert early.cache[grammar.CACHE_KEY] == asked.cache[grammar.CACHE_KEY]


def test_an_engine_failure_in_the_thread_is_raised_where_the_matches_are_asked(tmp_path, monkeypatch):
    monkeypatch.setenv("PAPERLINT_LANGUAGETOOL_DIR", str(tmp_path))
    monkeypatch.delenv(grammar.URL_VARIABLE, raising=False)
    service, document = grammar.GrammarService(), document_from("This is a error.")
    service.prefetch(document, Config(grammar="both"))
    with pytest.raises(PaperlintError, match="paperlint setup languagetool"):
        service.matches(document, Config(grammar="both"))


def test_no_thread_is_started_when_the_engines_are_off():
    document = document_from("This is a error.")
    grammar.GrammarService().prefetch(document, Config(grammar="off"))
    assert grammar.CACHE_KEY not in document.cache


@pytest.mark.parametrize("engine", ["harper", "languagetool"])
@pytest.mark.parametrize("rule", ENGINE_RULES, ids=lambda r: r.code)
def test_engine_rule_examples_hold_for_each_engine(rule, engine, languagetool_if_required):
    """Each engine rule's docs examples give the marked spans with Harper and with LanguageTool
    (the generic docs test runs them with whichever engine `auto` picks)."""
    if engine == "languagetool" and languagetool_if_required is None:
        pytest.skip("LanguageTool is not installed (CI installs it)")
    config = Config(grammar=engine)
    for example in rule.docs.bad_examples:
        text, marked = strip_marks(example)
        assert [(f.start, f.end) for f in run_rules(document_from(text), [rule], standalone_context(config))] == marked
    for example in rule.docs.good_examples:
        text, _ = strip_marks(example)
        assert run_rules(document_from(text), [rule], standalone_context(config)) == []


# The MUN vocabulary


def test_belgium_paper_has_no_spelling_finding_on_un_words():
    text = BELGIUM.read_text(encoding="utf-8")
    raw = {text[m.start : m.end] for m in harper_engine.check(text)}
    assert {"FATF", "OSCE", "CoE"} <= raw  # Harper alone flags them
    flagged = {f.text for f in findings(text, harper_config(), ("SP",))}
    assert flagged.isdisjoint(UN_WORDS)


def test_accepted_words_match_as_written_or_capitalised():
    words = grammar.vocabulary(None)
    text = "Counter-terrorism, WHO and who."
    assert words.covers(text, 0, len("Counter-terrorism"))
    assert words.covers(text, text.index("WHO"), text.index("WHO") + 3)
    assert not words.covers(text, text.index("who"), text.index("who") + 3)


def test_config_vocabulary_accepts_and_rejects_terms():
    text = "Molenbeek police will utilise the zorbly programme."
    assert "zorbly" in {f.text for f in findings(text, harper_config(), ("SP",))}
    config = harper_config(vocabulary=Vocabulary(accept=["zorbly"], reject=["utilise => use"]))
    found = findings(text, config, ("SP",))
    assert [(f.code, f.text, f.suggestions) for f in found] == [("SP002", "utilise", ("use",))]


def test_rejected_builtin_terms_name_the_un_form():
    found = findings("We fight counterterrorism with Turkey, not turkey.", harper_config(), ("SP002",))
    assert [(f.text, f.suggestions) for f in found] == [
        ("counterterrorism", ("counter-terrorism",)),
        ("Turkey", ("Türkiye",)),
    ]


def test_harper_disjoint_prefix_rule_is_off():
    text = "Belgium funds counter-terrorism and co-operation."
    assert [m for m in harper_engine.check(text) if m.rule_id == "DisjointPrefixes"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Debt traps poor farmers in a vicious cycle of borrowing.",
        "Harvests failed due to late rains and costly seed.",
        "Flooding has lasting health effects on coastal towns.",
        "One might argue that the treaty came too late.",
        "The coalition called for an expansion of clean energy research.",
        "Rebels loyal to Al Shabaab raided the port.",
        "Exports from the oil fields fell sharply last year.",
        "As the AU and the UN it is our duty to respond.",
        "Delegates cannot condone attacks on aid convoys.",
        "The Republic has trade deals with its neighbours.",
        "Demand for grain will increase in demand-driven markets and rise in demand overall.",
        "The parties agreed to a 60-40 split of the revenue.",
        "All parties benefitted from the truce from the very beginning of the talks.",
        "Surveys help find out how many children go hungry, and also where they live.",
        "Both parties endorsed the Quartet's Roadmap for Peace and a national roadmap for water.",
        "The plan shares all of the water of the basin among the riparian States.",
        "The delegation calls for investment in tree cover and soil protection.",
        "The treaty was signed in 2019.  It entered into force two years later.",
        "There is much that coastal States can do to help the fishing villages.",
        # round 29: "some" before a number is "about"
        "The fleet has some 300 light bombers ready, and some 40 ships more.",
    ],
)
def test_harper_lints_that_misread_formal_english_are_off(text):
    assert [(f.code, f.text, f.engine_rule) for f in findings(text, harper_config())] == []


def test_a_word_of_the_other_english_is_no_error_in_a_us_paper():
    """Held-out round 17: Harper's American English asks for "cellphone"; the UN writes "mobile phone"."""
    text = "The program gives every girl a mobile phone and a laptop."
    assert [m.rule_id for m in harper_engine.check(text, variant="en-US")] == []


def test_a_surname_after_a_given_name_and_an_initial_is_a_name():
    """Held-out round 20: "John A. Macdonald" (Harper asks for "MacDonald")."""
    text = "A legislative union was favoured by John A. Macdonald, and Macdonald won the vote."
    assert [f.text for f in findings(text, harper_config()) if f.code == "SP001"] == []


@pytest.mark.parametrize(("text", "flagged"), [
    # held-out round 36: a place named after a saint's abbreviated title; a slip elsewhere stays one
    ("The prisoners were sent to the French colony of St. Domingue in 1707.", []),
    ("The prisoners were sent to the French colony in 1707. Domingue was far.", ["Domingue"]),
])
def test_a_word_after_an_abbreviated_saint_is_a_name(text, flagged):
    assert [f.text for f in findings(text, harper_config()) if f.code == "SP001"] == flagged


@pytest.mark.parametrize(("fmt", "flagged"), [("md", []), ("txt", [])])
def test_double_spaces_count_only_where_the_reader_sees_them(fmt, flagged):
    """Held-out round 36: a page shows one space for many in Markdown and HTML; rounds 50-54: spaces
    typed twice in plain text or Word are invisible in print too, and judged pedantic."""
    text = "Norland supports the plan,  and the fund must grow before the rains."
    rules = [r for r in load_rules() if r.code == "GR103"]
    found = run_rules(document_from(text, fmt=fmt), rules, standalone_context(harper_config()))
    assert [f.text for f in found] == flagged


def test_a_name_of_two_capitalised_words_is_not_run_together():
    """Held-out round 18: Harper's MergeWords asks for "VietMinh"."""
    text = "The Viet Minh held the north, and the Pathet Lao held the hills."
    assert [f.text for f in findings(text, harper_config())] == []


@pytest.mark.parametrize(("text", "flagged"), [
    # held-out round 20: "their" before an adjective or participle and a noun is the possessive
    ("For this reason, Norland is inclined to deny their pressing offers of partnership.", []),
    ("We will capture their leader and end any of their potentially threatening future attacks.", []),
    ("The delegates said their going to vote tomorrow.", ["their"]),
    ("I think their ready to sign the treaty.", ["their"]),
    # round 29: a noun and then a participle ("make their will known")
    ("The voters will make their will known at the ballot box.", []),
])
def test_a_possessive_before_its_noun_phrase_is_not_they_are(text, flagged):
    assert [f.text for f in findings(text, harper_config()) if f.text.lower() == "their"] == flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # held-out round 22: a verb's base form that is another verb's past ("helped found" a state),
    # "over all of", a possessive's "s" before an acronym; the slips beside them are still reported
    ("The settlers helped found the state of Vermont.", []),
    ("The donors helped funded the school.", ["funded"]),
    ("The bank wants control over all of the exchanges.", []),
    ("Under 1967’s UN Outer Space Treaty, no State may claim the Moon.", []),
])
def test_harper_misreadings_of_round_22(text, flagged):
    assert [f.text for f in findings(text, harper_config()) if f.code.startswith("GR")] == flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # held-out rounds 24 and 25: "their" before its noun, "there are" before a plural quantifier, a noun
    # a determiner opens; the slips beside them are still reported
    ("Citizens may enforce their right to a fair trial.", []),
    ("There are few of the nine candidates who can win, and there are many others.", []),
    ("The envoy, a confidant of the King, returned.", []),
    ("I am confidant that the vote will pass.", ["confidant"]),
    ("Farm goods are not sold across the atlantic, but nearby.", ["atlantic"]),  # a change of case stays
    # round 25: columns laid out with tabs; rounds 50-54: spaces typed twice are no slip a chair marks
    ("Delegate of Chile\t\t\t\tValley College\n\nChile funds  schools.", []),
    ("Chores fall on girls, and that that can end their schooling is known.", []),
    ("Chile thinks that that the plan will work.", ["that that"]),
])
def test_harper_misreadings_of_rounds_24_and_25(text, flagged):
    assert [f.text for f in findings(text, harper_config()) if f.code.startswith(("GR", "SP"))] == flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # held-out round 26: "their" before a hyphenated modifier and its noun, "that that" before a
    # noun and an auxiliary, a decade's "s" read as a word, a part of "scot free"; the slips
    # beside them are still reported
    ("Doctors may not clear players early to hasten their on-team impact.", []),
    ("The doctor sets the activity that that player should undergo.", []),
    ("Chile thinks that that the plan will work.", ["that that"]),
    ("Programmes began in the 60s and 70 across the region.", []),
    ("Offenders must not get off scot free after misconduct.", []),
    ("Offenders must not get off scott free after misconduct.", ["scott"]),
    # round 27: a base form after an inverted auxiliary, a plural with a stray apostrophe before
    # its verb, the plural of a noun derived from a listed verb
    ("Why would anyone want to leave a safe harbour for the open sea?", []),
    ("The Czech’s were struggling to keep up with the industrial regions.", []),
    ("The regions set their own prioritizations for the budget.", []),
    # round 28: a ruler's number read as "I", columns laid out with runs of spaces, a prefixed word
    ("Regarding the royal advice King Edward I offers, the council is divided.", []),
    ("Sir Andrew Moray" + " " * 100 + "Represented by\n\n(Uncle of Randolph)" + " " * 80 + "Valley College\n\n"
     "The council trains teachers.", []),
    ("It is a neurodegenerative disease of the brain.", []),
    ("Chavez was nothing more than a charismatic leader that engulfed the country in debt.", []),
    ("We have to stop taxing everything and let people and towns decide.", []),
    # round 30: a plural noun that names who "we" are, before an auxiliary
    ("While the others argue, we pirates have free rein over the coast.", []),
    # round 30: no capital after an abbreviation inside a sentence; a sentence in small letters still asks for one
    ("He accused my aunt Mary Tolle Sr. of signing the devil's book.", []),
    ("The crops failed. then the village starved.", ["then"]),
    ("The ministers agreed that it was worth it. the council then voted.", ["the"]),
    # round 29: a name that takes "the" (a group, a building, or so written elsewhere) keeps it in the possessive
    ("A weakness of the Luftwaffe's plan was its range, and the Kremlin's silence did not help.", []),
    ("The Gambia's fleet is small, and the Gambia buys its boats abroad.", []),
    ("Herders make up a quarter of the Kenya's people.", ["the "]),
    # round 30: a people named by its language takes "the"; two words closed into one before a hyphen make none
    ("The ships carry the English's tobacco and the French's sugar.", []),
    ("Every disease should be treated with out-most importance by the ministry.", []),
    ("The council acted with out delay.", ["with out"]),
])
def test_harper_misreadings_of_round_26(text, flagged):
    assert [f.text for f in findings(text, harper_config()) if f.code.startswith(("GR", "SP"))] == flagged


@pytest.mark.parametrize(("text", "rule_id", "start", "end", "suggestions", "misread"), [
    # held-out round 26, LanguageTool: the bracket of an enumerator, "form" after an auxiliary
    ("Voters believe that: a) the war was lost, and b) the peace was unfair.", "EN_UNPAIRED_BRACKETS", 22, 23, (), True),
    ("Voters believe that the war was lost (and unfair).", "EN_UNPAIRED_BRACKETS", 48, 49, (), False),
    ("Voters believe that the war was lost) and unfair.", "EN_UNPAIRED_BRACKETS", 36, 37, (), False),
    ("The alliance does form part of the treaty system.", "TYPO_FORM_FROM", 18, 22, ("from",), True),
    ("Aid came form the north.", "TYPO_FORM_FROM", 9, 13, ("from",), False),
])
def test_languagetool_misreadings_of_round_26(text, rule_id, start, end, suggestions, misread):
    from paperlint.rules.grammar.engines import _MISREADINGS

    from paperlint.grammar.matches import EngineMatch

    match = EngineMatch("languagetool", rule_id, "TYPOS", start, end, "", suggestions)
    assert any(misreading(text, match) for misreading in _MISREADINGS) is misread


@pytest.mark.parametrize(("text", "flagged"), [
    # held-out round 31: a noun naming who "we" are before a verb, "over all other", a prefix "i-";
    # the slips beside them are still reported
    ("Last winter we needs more fuel than we had.", ["needs"]),
    ("The envoy has authority over all other officials.", []),
    ("The plan is good over all.", ["over all"]),
    ("The city runs ‘i-Cycle’, a free bicycle scheme.", []),
    ("Then i went to the council.", ["i"]),
])
def test_harper_misreadings_of_round_31(text, flagged):
    assert [f.text for f in findings(text, harper_config()) if f.code.startswith(("GR", "SP"))] == flagged


@pytest.mark.parametrize(("text", "rule_id", "flagged", "suggestions", "misread"), [
    # held-out round 31, LanguageTool: "on board" before its noun phrase, fixed phrases, a statement
    # opened by a clause of "what", a name's part after an apostrophe, a capital after "etc.."
    ("One of the hardships we sailors face at sea is scurvy.", "NON3PRS_VERB", "sailors", ("sailor",), True),
    ("Every year we requests support from donors.", "NON3PRS_VERB", "requests", ("request",), False),
    ("Our crew on board the frigate is loyal.", "ON_COMPOUNDS", "on board", ("onboard",), True),
    ("The on board crew is loyal.", "ON_COMPOUNDS", "on board", ("onboard",), False),
    ("The agency has a clean record, with the sad exception of the 1998 launch.", "EXCEPTION_OF_TO", "exception of",
     ("exception to",), True),
    ("This case is an exception of the rule.", "EXCEPTION_OF_TO", "exception of", ("exception to",), False),
    ("Partners should make the most of chances to meet.", "MOST_SOME_OF_NNS", "most of chances", ("most chances",), True),
    ("Partners ignored most of chances to meet.", "MOST_SOME_OF_NNS", "most of chances", ("most chances",), False),
    ("What must be settled first is how clinics are paid.", "QUESTION_MARK", ".", ("?",), True),
    ("What the ministry needs is more nurses.", "QUESTION_MARK", ".", ("?",), True),
    ("What measures are planned for the north.", "QUESTION_MARK", ".", ("?",), False),
    ("The Mi’kmaq people fished these rivers.", "MORFOLOGIK_RULE_EN_GB", "kmaq", ("KMA",), True),
    ("The Mi’kmaq people fished these rivvers.", "MORFOLOGIK_RULE_EN_GB", "rivvers", ("rivers",), False),
    ("It pays nurses, midwives etc.. and it trains them.", "UPPERCASE_SENTENCE_START", "and", ("And",), True),
    ("It pays nurses and midwives.. and it trains them.", "UPPERCASE_SENTENCE_START", "and", ("And",), False),
    # held-out round 32: an existential "there", "how" opening a clause, a currency code before "$",
    # an apostrophe's style, an "i" that no verb follows, a small "the" before a country, "economic"
    # before its noun; the slips beside them are still reported
    ("Chile suggests that there needs to be more pressure.", "ThereToTheir", "there", ("their",), True),
    ("The mayors lost there homes in the flood.", "ThereToTheir", "there", ("their",), False),
    ("It is hard because of how spread out it is.", "HowTo", "how", ("how to",), True),
    ("The farmers do not know how plant the seeds.", "HowTo", "how", ("how to",), False),
    ("Chile gave US$ 22 million to the fund.", "CurrencyPlacement", "$ 22", ("$22",), True),
    ("Chile gave 22$ to the fund.", "CurrencyPlacement", "22$", ("$22",), False),
    ("The law protects the fetus’s health.", "WRONG_GENITIVE_APOSTROPHE", "fetus’s", ("fetus's", "fetus'"), True),
    ("The law protects the fetuss health.", "WRONG_GENITIVE_APOSTROPHE", "fetuss", ("fetus's",), False),
    ("Most people who live i poor districts lack clinics.", "CapitalizePersonalPronouns", "i", ("I",), True),
    ("Then i went to the council.", "CapitalizePersonalPronouns", "i", ("I",), False),
    ("As a senator i personally think the act must go.", "CapitalizePersonalPronouns", "i", ("I",), False),
    ("He traded for years in the Bahamas before the war.", "NationalCapitals", "the Bahamas", ("The Bahamas",), True),
    ("Sites are protected by the Hague Convention of 1954.", "NationalCapitals", "the Hague", ("The Hague",), True),
    ("The court sits in the Hague every spring.", "NationalCapitals", "the Hague", ("The Hague",), False),
    ("The ports will fight through economic means.", "ECONOMIC_ECONOMICAL", "economic", ("economical",), True),
    ("The new engines are more economic.", "ECONOMIC_ECONOMICAL", "economic", ("economical",), False),
    # held-out round 33: "we" before the group it names, the "to" of an infinitive
    ("We the country of Norland, a victim of these diseases, would like to act.", "PRP_THE", "We the", (), True),
    ("We the documents to the council last week.", "PRP_THE", "We the", (), False),
    ("But women have to faces different problems.", "TO_TWO", "to", ("two",), True),
    ("The clinic lost to faces of its staff.", "TO_TWO", "to", ("two",), False),
    # held-out round 34: an adverb of degree before "less", "different than" before a clause
    ("The second source, and considerably less reliable, was a diary.", "VeryLess", "considerably less",
     ("considerably few",), True),
    ("The second source, and very less reliable, was a diary.", "VeryLess", "very less", ("far less",), False),
    ("Conditions in orbit are different than they are on the ground.", "DIFFERENT_THAN", "than", ("from",), True),
    ("Conditions in orbit are different than the ground.", "DIFFERENT_THAN", "than", ("from",), False),
    # held-out round 35: a word qualifying a count after "one of the", "mentions" as a noun
    ("Norland has one of the top 5 lowest birth rates.", "OneOfTheSingular", "top", ("tops",), True),
    ("Norland has one of the top cause of deaths.", "OneOfTheSingular", "cause", ("causes",), False),
    # round 36: a word before the plural noun later in the phrase
    ("Asthma is one of the four main NCDs in Norland.", "OneOfTheSingular", "main", ("mains",), True),
    ("Norland has one of the top birth rates.", "OneOfTheSingular", "top", ("tops",), True),
    ("Norland has one of the main problem, and it grows.", "OneOfTheSingular", "problem", ("problems",), False),
    ("The report has brief mentions about malaria and measles.", "MENTION_ABOUT", "mentions about malaria",
     ("mentions malaria",), True),
    ("The report gives fewer mentions about malaria.", "MENTION_ABOUT", "mentions about malaria",
     ("mentions malaria",), True),
    ("The report mentions about malaria twice.", "MENTION_ABOUT", "mentions about malaria", ("mentions malaria",), False),
    ("We sailors only fish the bay in spring.", "PronounVerbAgreement", "sailors", ("sailor",), True),
    ("We sailors fish the bay in spring.", "PronounVerbAgreement", "sailors", ("sailor",), True),
    ("We boats only the bay in spring.", "PronounVerbAgreement", "boats", ("boat",), False),
    ("The treaty gives them new hope.", "PronounKnew", "new", ("knew",), True),
    ("The treaty gives me new hope.", "PronounKnew", "new", ("knew",), True),
    ("They new the treaty would fail.", "PronounKnew", "new", ("knew",), False),
    ("Farmers have a very uneven knowledge of the seed market.", "A_UNCOUNTABLE", "a very uneven knowledge",
     ("very uneven knowledge",), True),
    ("Farmers need a very uneven knowledge to trade.", "A_UNCOUNTABLE", "a very uneven knowledge",
     ("very uneven knowledge",), False),
    # held-out round 36: "to" before a name, a compound before a noun phrase of its own
    ("The fleet sailed by the Cape before making way to Kestra and Norland.", "TO_TOO", "to", ("too",), True),
    ("The fleet was to slow to reach Kestra.", "TO_TOO", "to", ("too",), False),
    ("Pirates were soon to be the worst enemies of the fleet.", "SoonToBe", "soon to be", ("soon-to-be",), True),
    ("The soon to be minister spoke first.", "SoonToBe", "soon to be", ("soon-to-be",), False),
    # held-out round 38: an "-ing" word before its noun, an "in" compound after "an"
    ("The fund is helping developing nations protect their forests.", "ADVISE_VBG", "developing",
     ("to develop",), True),
    ("The ministry recommends planting trees along the rivers.", "ADVISE_VBG", "planting", ("to plant",), False),
    ("The committee needs an in depth study of the river basin.", "AndIn", "an", ("and",), True),
    ("Farmers, herders an in the end fishers lost their income.", "AndIn", "an", ("and",), False),
    # held-out round 39: a category's name, the verb "make up", "every day" before a clause
    ("Most of them live in Least Developed Countries (LDCs) far from cables.", "THE_SUPERLATIVE", "Least",
     ("The Least",), True),
    ("Norland is least able to pay.", "THE_SUPERLATIVE", "least", ("the least",), False),
    ("The plan serves villages that make up 2 million people.", "MakeupCompoundNoun", "make up", ("makeup",), True),
    ("The stage make up of the actors ran in the heat.", "MakeupCompoundNoun", "make up", ("makeup",), False),
    ("Prices rise for every day the blockade lasts.", "ANINFOR_EVERY_DAY", "for every day", ("for everyday",), True),
    ("Water is a need for every day life in the camps.", "ANINFOR_EVERY_DAY", "for every day", ("for everyday",), False),
    # held-out round 40: initials that lack their last stop
    ("We ask that the U.N takes care when it drafts the text.", "SENTENCE_WHITESPACE", "N", (" N",), True),
    ("The vote was held in June.Norland objected to the text.", "SENTENCE_WHITESPACE", "Norland", (" Norland",), False),
    # round 40 and the sweep: Harper's "it's" for a possessive "its" right after a preposition
    ("The court can bend the charter to its will.", "ItsContraction", "its", ("it's",), True),
    ("Despite its May 2016 sale, Norland kept the mine.", "ItsContraction", "its", ("it's",), True),
    ("Norland says its ready to host the talks.", "ItsContraction", "its", ("it's",), False),
    # held-out round 41: a compound noun before its noun, a note's number, the "to" of a passive
    ("Crackdown policy in the capital worries families.", "PhrasalVerbAsCompoundNoun", "Crackdown",
     ("Crack down",), True),
    ("The shutdown order closed every port.", "PhrasalVerbAsCompoundNoun", "shutdown", ("shut down",), True),
    ("The ministry will shutdown every port.", "PhrasalVerbAsCompoundNoun", "shutdown", ("shut down",), False),
    ("We must shutdown ports that smuggle arms.", "PhrasalVerbAsCompoundNoun", "shutdown", ("shut down",), False),
    ("Should the talks breakdown it would be a disaster.", "PhrasalVerbAsCompoundNoun", "breakdown", ("break down",), False),
    ("The fund pays for repairs.[i] Norland, Report on the Coast (2020).", "CapitalizePersonalPronouns", "i",
     ("I",), True),
    ("The plan has three parts: (i) roads, (ii) schools and (iii) clinics.", "CapitalizePersonalPronouns", "i",
     ("I",), True),
    ("Then i think the plan will fail.", "CapitalizePersonalPronouns", "i", ("I",), False),
    ("The old harbour has been returned to much of its former shape.", "TO_TOO", "to", ("too",), True),
    ("The army spent to much of the budget on tanks.", "TO_TOO", "to", ("too",), False),
    # held-out round 45: a case change asked of words set in capitals, "the" asked before a State
    # name that its official name writes without it
    ("EMBASSY OF NORLAND TO THE UNITED NATIONS", "UnitedOrganizations", "UNITED NATIONS", ("United Nations",), True),
    ("Norland writes to the united nations every year.", "UnitedOrganizations", "united nations",
     ("United Nations",), False),
    ("Norland helps the islands of Seychelles with patrols.", "DETERMINER_GEOGRAPHICAL_WORD", "of Seychelles",
     ("of the Seychelles",), True),
    ("Norland helps the fishing fleet of Gambia with patrols.", "DETERMINER_GEOGRAPHICAL_WORD", "of Gambia",
     ("of the Gambia",), False),
    ("Norland buys its tea in United Kingdom.", "DETERMINER_GEOGRAPHICAL_WORD", "in United Kingdom",
     ("in the United Kingdom",), False),
    # held-out round 45: two words of a compound WordNet lists with the next word are not one word
    ("The world wide web reached our schools in 1998.", "Worldwide", "world wide", ("worldwide",), True),
    ("Our exports are sold world wide every year.", "Worldwide", "world wide", ("worldwide",), False),
    # round 50: a capital asked for the letter of a target's number
    ("Norland meets targets 9.a and 10.b of the Goals.", "SentenceCapitalization", "a", ("A",), True),
    ("Norland met its targets.a new plan follows.", "SentenceCapitalization", "a", ("A",), False),
    # round 50: "too" asked before an adverb of no degree or a verb with its particle; "than" asked
    # for a relative "that" with no comparison before it
    ("The wisest course is to perhaps, not march on the capital.", "TO_TOO", "to", ("too",), True),
    ("Norland needs a way to clean up the oil.", "WayTooAdjective", "to", ("too",), True),
    ("The rains came to late for the harvest.", "TO_TOO", "to", ("too",), False),
    ("Voters want a mayor that will listen.", "ThatThan", "that", ("than",), True),
    ("He is the mayor that they chose.", "ThatThan", "that", ("than",), True),
    ("The new dam is safer that the old one.", "ThatThan", "that", ("than",), False),
])
def test_engine_misreadings_of_held_out_rounds(text, rule_id, flagged, suggestions, misread):
    from paperlint.rules.grammar.engines import _MISREADINGS

    from paperlint.grammar.matches import EngineMatch

    if flagged == ".":
        start = text.rindex(flagged)
    elif flagged[0].isalpha():
        start = re.search(r"(?<!\w)" + re.escape(flagged) + r"(?!\w)", text).start()
    else:
        start = text.index(flagged)
    match = EngineMatch("languagetool", rule_id, "TYPOS", start, start + len(flagged), "", suggestions)
    assert any(misreading(text, match) for misreading in _MISREADINGS) is misread


@pytest.mark.parametrize(("word", "known"), [
    # round 32: a prefix before a word derived from one WordNet lists; a transliterated name
    ("multisectoral", True), ("antiretrovirals", True), ("circumlunar", True),
    ("enviromental", False), ("conprehensive", False), ("improval", False), ("destroyal", False),
    # round 34: a mass noun made plural is a slip the spelling engine may report ("prosperities",
    # "imageries" on the sweep), so a listed noun's plural in "-ies" is not made a word
    ("prosperities", False), ("stratergies", False),
    # round 35: a noun in "-ity" of an adjective WordNet lists; slips on "-ity" words stay slips
    ("suicidality", True), ("possibilty", False), ("responsibity", False), ("communitity", False),
    # round 37: the trade of a person in "-eer"; a slip before the ending stays one
    ("privateering", True), ("privatering", False), ("privateerring", False),
    # round 50: a doer's noun in "-or" whose "-er" form is listed, or the other way round
    ("protestors", True), ("advisor", True), ("collaborater", False), ("govenor", False),
])
def test_words_derived_from_listed_ones_are_words(word, known):
    from paperlint.rules.grammar.engines import _known_word

    assert _known_word(word) is known


@pytest.mark.parametrize(("written", "capitals"), [
    ("unesco", ("UNESCO",)), ("ngo’s", ("NGOs", "NGO’s")), ("ngos", ("NGOs",)), ("fresco", ()), ("Unesco", ()),
])
def test_a_known_acronym_in_small_letters_is_offered_in_capitals(written, capitals):
    """Round 50: "unesco" and "ngo’s" were offered "fresco" and "ego's"."""
    from paperlint.rules.grammar.engines import _acronym_in_small_letters

    from paperlint.grammar.matches import EngineMatch

    text = f"The policies that {written} has taken up work."
    start = text.index(written)
    match = EngineMatch("harper", "SpellCheck", "Spelling", start, start + len(written), "", ("fresco",))
    assert _acronym_in_small_letters(text, match) == capitals


def test_a_small_un_after_an_is_a_word_split_not_the_acronym():
    """Held-out round 63: "an un development country" was offered "UN"; "an" says the writer
    reads it as a word (a prefix typed apart), while "the un" is still the acronym."""
    from paperlint.rules.grammar.engines import _acronym_in_small_letters

    from paperlint.grammar.matches import EngineMatch

    for text, capitals in (("Aid reaches an un developed region slowly.", ()), ("Aid from the un reaches the region.", ("UN",))):
        start = text.index(" un ") + 1
        match = EngineMatch("harper", "SpellCheck", "Spelling", start, start + 2, "", ("in",))
        assert _acronym_in_small_letters(text, match) == capitals, text


def test_a_transliterated_name_with_an_apostrophe_is_no_slip():
    from paperlint.rules.grammar.engines import _apostrophe_only

    assert _apostrophe_only("Qur’an", "Quran")
    assert not _apostrophe_only("doesn’t", "doesnt")
    assert not _apostrophe_only("Netherland’s", "Netherlands")  # a possessive of a misspelt name


def test_quite_before_what_it_qualifies_is_not_quiet():
    """Held-out round 23: Harper's QuiteQuiet on "for quite a while"; "quite" at a clause's end is
    still the slip it may be."""
    from paperlint.rules.grammar.engines import _degree_word_read_as_quiet

    text = "The council has protected its minorities for quite a while, and quite rapidly."
    assert [f.text for f in findings(text, harper_config()) if f.code in ("SP001", "GR107")] == []
    slip = "After the curfew the streets were quite."
    start = slip.index("quite")
    match = EngineMatch("harper", "QuiteQuiet", "Typo", start, start + 5, "", ("quiet",))
    assert not _degree_word_read_as_quiet(slip, match)



def test_a_name_in_the_possessive_that_possesses_nothing_keeps_its_article():
    """Held-out round 22: Harper's TheProperNounPossessive on "a return to the America’s, where"
    (the plural "the Americas"): dropping "the" is no fix. A possessive before its noun is
    still the slip."""
    from paperlint.rules.grammar.engines import _plural_written_as_possessive

    def match_on_the(text):
        start = text.index("the ")
        return EngineMatch("harper", "TheProperNounPossessive", "Style", start, start + 4, "", ("",))

    for text in ("After a return to the America’s, the envoy sold the farm.", "Trade with the Caribbean's in decline."):
        assert _plural_written_as_possessive(text, match_on_the(text)), text
    text = "Ministers rejected the Kremlin's plan for the ports."
    assert not _plural_written_as_possessive(text, match_on_the(text))
    text = "The envoy went back to the America’s, where trade had collapsed."
    assert [f for f in findings(text, harper_config()) if f.engine_rule == "harper:TheProperNounPossessive"] == []


@pytest.mark.skipif(importlib.util.find_spec("spacy") is None, reason="needs paperlint[meaning]")
@pytest.mark.parametrize("text, slip, misread", [
    ("The crisis drove capital abroad, making Norland a country investors tend to avoid.", "a country investors", True),
    ("Tarvia is a place tourists love to visit in winter.", "a place tourists", True),
    ("A small farmers need more credit from the banks.", "A small farmers", False),
    ("Teachers could join a Doctors without Borders style of programme.", "a Doctors", True),  # round 24: a name
])
def test_an_article_before_a_clause_without_that_is_no_plural_slip(text, slip, misread):
    """Held-out round 22: LanguageTool's A_NNS on "a country investors tend to not invest in"."""
    from paperlint.rules.grammar.engines import _article_of_a_noun_before_a_clause

    start = text.index(slip)
    match = EngineMatch("languagetool", "A_NNS", "GRAMMAR", start, start + len(slip), "")
    assert _article_of_a_noun_before_a_clause(document_from(text), match) is misread


def test_harper_suggestions_are_what_the_span_becomes():
    """Harper's "insert after" keeps the flagged words: "For example" becomes "For example,"."""
    import harper

    text = "For example there is a problem with the water supply in the region."
    (lint,) = harper.Linter(harper.Dialect.BRITISH).organized_lints(text)["DiscourseMarkers"]
    assert harper_engine._replacement(text, lint, lint.suggestions[0]) == "For example,"


def test_no_comma_is_asked_after_an_opening_discourse_marker():
    """Judged pedantic on real papers (9 of 10), so off, as LanguageTool's rule for it is."""
    text = "However we must act now. Therefore the delegation proposes a regional fund."
    assert not [f for f in findings(text, harper_config()) if f.engine_rule == "harper:DiscourseMarkers"]


def test_harper_lints_that_were_right_on_real_papers_stay_on():
    text = "Aid reached them as a an option , and the fee was 700$.."
    rules = {f.engine_rule for f in findings(text, harper_config())}
    assert {"harper:AnA", "harper:CommaFixes", "harper:CurrencyPlacement"} <= rules


# Mapping engine matches to paperlint rules


def test_a_match_goes_to_one_record_by_rule_id_then_pattern_then_category():
    claims = [
        ("GR101", {"languagetool": ("*AGREEMENT*",), "harper": ()}),
        ("GR102", {"languagetool": ("EN_A_VS_AN",), "harper": ()}),
        ("GR107", {"languagetool": ("*", "MISC"), "harper": ()}),
    ]

    def match(rule_id, category, engine="languagetool"):
        return EngineMatch(engine, rule_id, category, 0, 1, "")

    assert owner(match("EN_A_VS_AN", "MISC"), claims) == "GR102"
    assert owner(match("AGREEMENT_SENT_START", "GRAMMAR"), claims) == "GR101"
    assert owner(match("OTHER", "MISC"), claims) == "GR107"
    assert owner(match("OTHER", "GRAMMAR"), claims) == "GR107"
    assert owner(match("AnA", "Miscellaneous", "harper"), claims) is None


def test_every_engine_match_on_the_paper_gives_at_most_one_finding():
    text = BELGIUM.read_text(encoding="utf-8")
    config = harper_config()
    per_span = {}
    for finding in findings(text, config):
        per_span.setdefault((finding.start, finding.end), []).append(finding.code)
    assert all(len(codes) == 1 for codes in per_span.values()), per_span


def test_engine_finding_inside_a_paperlint_fix_is_dropped():
    text = "Belgium funds the UN counter-terrorism center in New York."
    codes = {(f.code, f.text) for f in findings(text, harper_config(), ("SP", "GR1", "UN"))}
    assert ("UN002", "UN counter-terrorism center") in codes
    assert not any(code == "SP001" for code, _ in codes)


def test_select_and_ignore_work_on_engine_rules(tmp_path, run_cli):
    paper = tmp_path / "paper.txt"
    paper.write_text("This is a error in the goverment plan.\n", encoding="utf-8")
    code, out, _ = run_cli("check", paper, "--grammar", "harper", "--select", "SP001", "--output-format", "concise")
    assert code == 1 and "SP001" in out and "GR102" not in out
    code, out, _ = run_cli("check", paper, "--grammar", "harper", "--ignore", "SP001", "--output-format", "concise")
    assert "SP001" not in out and "GR102" in out
    _, out, _ = run_cli("check", paper, "--grammar", "off", "--select", "SP,GR1", "--output-format", "concise")
    assert "SP001" not in out and "GR102" not in out


def test_full_report_names_the_engine(tmp_path, run_cli):
    paper = tmp_path / "paper.txt"
    paper.write_text("This is a error.\n", encoding="utf-8")
    grammar.shared_service().close()
    _, out, err = run_cli("check", paper, "--grammar", "harper")
    assert "grammar and spelling: Harper (built in)" in err
    assert "harper:AnA" in run_cli("check", paper, "--grammar", "harper", "--output-format", "json")[1]
    grammar.shared_service().close()


def test_unknown_grammar_setting_in_config_is_one_line(tmp_path, run_cli):
    (tmp_path / "paperlint.toml").write_text('grammar = "word"\n', encoding="utf-8")
    (tmp_path / "paper.txt").write_text("Belgium acts.\n", encoding="utf-8")
    code, _, err = run_cli("check", tmp_path / "paper.txt")
    assert code == 2 and "key 'grammar'" in err and "Traceback" not in err


# LanguageTool offsets (UTF-16) and chunks


def test_utf16_offsets_round_trip_around_astral_characters():
    text = "a😀b🇧🇪c"
    units = Utf16(text)
    encoded = text.encode("utf-16-le")
    for index in range(len(text) + 1):
        unit = units.to_units(index)
        assert encoded[: unit * 2].decode("utf-16-le") == text[:index]
        assert units.to_chars(unit) == index


def test_chunks_cover_the_text_within_the_limit_and_cut_at_newlines():
    text = ("Belgium acts 😀 now.\n" * 40) + "x" * 50 + " " + "y" * 30
    pieces = chunks(text, 100)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(len(text[a:b].encode("utf-16-le")) // 2 <= 100 for a, b in pieces)
    assert all(text[b - 1] == "\n" for a, b in pieces[:-2])


# Installing LanguageTool from Maven Central: the pieces that need no network


def test_lock_pins_the_server_and_english_with_checksums():
    artifacts = {a.name: a for a in locked_artifacts()}
    assert {"languagetool-server", "language-en", "languagetool-core"} <= set(artifacts)
    assert all(len(a.sha1) == 40 and a.size > 0 for a in artifacts.values())
    assert "language-all" not in artifacts and "language-de" not in artifacts


def test_server_jar_manifest_lists_every_jar(tmp_path):
    jars = [f"some-long-artifact-name-{i}-6.6.jar" for i in range(30)]
    path = write_server_jar(tmp_path, jars)
    manifest = zipfile.ZipFile(path).read("META-INF/MANIFEST.MF").decode("utf-8")
    assert all(len(line.encode("utf-8")) <= 72 for line in manifest.split("\r\n"))
    joined = manifest.replace("\r\n ", "")
    class_path = next(line for line in joined.split("\r\n") if line.startswith("Class-Path: "))
    assert class_path.split()[1:] == [f"lib/{name}" for name in jars]
    assert "Main-Class: org.languagetool.server.HTTPServer" in joined


def test_download_refuses_a_jar_whose_checksum_differs(tmp_path, httpserver):
    body = b"not the real jar"
    artifact = Artifact("org.example", "thing", "1.0", hashlib.sha1(b"other").hexdigest(), len(body))
    httpserver.expect_request("/org/example/thing/1.0/thing-1.0.jar").respond_with_data(body)
    import requests

    with pytest.raises(PaperlintError, match="checksum mismatch"):
        _download(requests.Session(), artifact, httpserver.url_for("/"), tmp_path / artifact.file_name)
    assert list(tmp_path.iterdir()) == []
    good = Artifact("org.example", "thing", "1.0", hashlib.sha1(body).hexdigest(), len(body))
    _download(requests.Session(), good, httpserver.url_for("/"), tmp_path / good.file_name)
    assert (tmp_path / good.file_name).read_bytes() == body


# No network


def run_blocked(no_network: Path, *args: str) -> subprocess.CompletedProcess:
    """`paperlint ARGS` in a subprocess whose sockets may only connect to loopback."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(no_network), environment.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "paperlint", *args], capture_output=True, text=True, env=environment, timeout=600
    )


def test_the_network_guard_itself_blocks_outside_addresses(no_network):
    code = "import socket; socket.create_connection(('192.0.2.1', 80), timeout=5)"
    environment = {**os.environ, "PYTHONPATH": str(no_network)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment)
    assert result.returncode != 0 and "network blocked" in result.stderr


def test_check_with_harper_opens_no_network_connection(no_network):
    result = run_blocked(no_network, "check", str(BELGIUM), "--grammar", "harper", "--output-format", "concise")
    assert "network blocked" not in result.stderr
    assert result.returncode == 1 and "GR107" in result.stdout, result.stderr


def test_harper_s_own_output_never_reaches_a_json_report(tmp_path):
    """Harper's native code prints a line on standard output for "looking forward to reach" (found
    on the sweep): standard output must stay the report alone."""
    paper = tmp_path / "paper.txt"
    paper.write_text("Country: Norland\n\nNorland is looking forward to reach an agreement on the river.\n")
    result = subprocess.run(
        [sys.executable, "-m", "paperlint", "check", str(paper), "--grammar", "harper", "--output-format", "json",
         "--no-cache"], capture_output=True, text=True, env={**os.environ, "PAPERLINT_DAEMON": "0"}, timeout=600)
    assert json.loads(result.stdout)["files"][0]["path"] == str(paper), result.stdout[:200]


# Hostile input


def test_runaway_text_reaches_the_engine_in_pieces_and_offsets_hold():
    text = ("Belgium acts and the Council acts " * 2_000).strip() + ".\nThis is a error.\n"
    document = document_from(text)
    assert max(s.end - s.start for s in document.sentences) <= MAX_SENTENCE_CHARS
    found = spans(findings(text, harper_config(), ("GR102",)))
    article = text.index(" a error") + 1
    assert found == [("GR102", article, article + 1, "harper:AnA")]
    assert grammar.engine_text(document) == (text, False)


def test_a_paper_past_the_limit_is_checked_up_to_it_with_a_note(monkeypatch):
    monkeypatch.setattr(grammar, "MAX_CHARS", 100)
    grammar.shared_service().close()
    text = "This is a error. " * 20
    found = findings(text, harper_config(), ("GR102",))
    assert 0 < len(found) < 20 and all(f.end <= 120 for f in found)
    assert any("only the first" in note for note in grammar.shared_service().notes())
    grammar.shared_service().close()


def test_a_paragraph_broken_inside_a_sentence_is_named_as_such():
    text = (
        "Norland has tightened its export rules over the last decade for all\n\n"
        "dual-use goods, and it shares its licence lists with its neighbours.\n\n"
        "Norland funds river gauges in every province of the country.\n\n"
        "many villages still lack one.\n"
    )
    messages = {f.text: f.message for f in findings(text, harper_config(), ("GR105",))}
    assert messages["dual"].startswith("A paragraph break cuts this sentence in two")
    assert not messages["many"].startswith("A paragraph break")  # the paragraph before is whole


def test_a_name_alone_on_an_opening_line_is_its_bearer_s_to_spell():
    """Held-out round 22: LanguageTool's EN_MULTITOKEN_SPELLING read a character's name on its
    own header line ("John Carnes") as "John Barnes"; in a sentence it is still checked."""
    from paperlint.rules.grammar.engines import _name_alone_on_an_opening_line

    text = "Mara Quill\n\nJohn Carnes\n\nHead Gunner\n\nAs Head Gunner, I admire John Carnes and his songs."
    document = document_from(text)

    def match_at(start):
        return EngineMatch("languagetool", "EN_MULTITOKEN_SPELLING_TWO", "TYPOS", start, start + 11, "", ("John Barnes",))

    assert _name_alone_on_an_opening_line(document, match_at(text.index("John Carnes")))
    assert not _name_alone_on_an_opening_line(document, match_at(text.rindex("John Carnes")))


def test_a_sentence_in_another_language_is_noted_once_and_not_spell_checked():
    """The sweep: a paper for a bilingual committee got a spelling finding on nearly every French
    word (171 in one paper). Its French sentences are left to one SP003 note; its English slips
    are still found."""
    text = ("Norland backs the goverment plan. Le Canada veut que les États-Unis soient un partenaire pour "
            "les échanges avec une économie forte. Norland will fund the port.")
    found = findings(text, harper_config())
    french = text.index("Le Canada"), text.index("Norland will")
    assert [f.code for f in found if french[0] <= f.start < french[1]] == ["SP003"]
    assert any(f.code == "SP001" and f.text == "goverment" for f in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Norland strived to end the war.", ("strove", "striven")),
    ("Norland has strived to end the war.", ("striven", "strove")),
    ("The wind blowed the tents away.", ("blew", "blown")),
])
def test_harpers_irregular_forms_come_in_a_fixed_order_the_context_asks_for(text, expected):
    """Harper names the two forms in an order that changes between processes; both orders give
    the same finding, the form the context asks for first."""
    from paperlint.grammar.harper_engine import _forms_in_a_fixed_order
    from paperlint.grammar.matches import EngineMatch

    written = next(word for word in text.split() if word.endswith("ed"))
    start = text.index(written)
    for forms in (expected, expected[::-1]):
        message = f"Use the irregular form '{forms[0]}' or '{forms[1]}' instead of '{written}'"
        match = EngineMatch("harper", "RegularIrregulars", "Grammar", start, start + len(written), message, forms)
        fixed = _forms_in_a_fixed_order(text, match)
        assert fixed.suggestions == expected
        assert fixed.message == f"Use the irregular form '{expected[0]}' or '{expected[1]}' instead of '{written}'"


@pytest.mark.parametrize("text", [
    "Norland can act in four ways: a) establish a new authority; b) draft new laws.",
    "The Assembly has a adopted the declaration on the rights of fishers.",
    "Shortly after the war, he dove into the family business in the capital.",
])
def test_round_49_misreadings_of_harper_are_not_reported(text):
    """Round 49 (both judges: wrong): a list's letter read as an article, a stray article between
    "have" and its participle offered as "an", and a verb's irregular past read as a noun."""
    assert findings(text, harper_config(), ("GR1",)) == []


def test_a_stop_typed_twice_is_mended_to_one_and_a_hyphened_compound_leads():
    """Round 49: ".." before a new sentence wants one stop, not an ellipsis; a compound WordNet
    lists with a hyphen ("like-minded") comes before the engine's guesses."""
    stops = findings("Debris ends up orbiting the Earth.. Many satellites have collided.", harper_config(), ("GR1",))
    assert [f.suggestions for f in stops] == [(".",)]
    minded = findings("The delegation works with likeminded nations.", harper_config(), ("SP",))
    assert [f.suggestions[0] for f in minded] == ["like-minded"]


@pytest.mark.parametrize(("text", "word", "goes_on"), [
    # round 51: a paragraph after sources set between a PDF's pages, items that go on from a lead-in,
    # a word after a stray full stop
    ("Norland cut its import duties on grain and\n\nSmith, A. “Grain.” Accessed May 9, 2016.\n\n"
     "taxes on seed, but farmers still pay too much.", "taxes", True),
    ("Therefore, the Norland Farmers' Union\n\n1. believes that the duty must fall.\n\n2. asks the Council to act.",
     "asks", True),
    ("Donors must help Norland grow its economy. Norland. suggests two steps to the committee.", "suggests", True),
    # look-alikes: a small letter after a whole sentence, an item after a sentence, a name that ends one
    ("Norland cut its duties on grain.\n\ntaxes on seed still burden farmers.", "taxes", False),
    ("Norland asks for two things.\n\n1. believes that the duty must fall.", "believes", False),
    ("Donors must help the people of Norland. suggests two steps to the committee.", "suggests", False),
])
def test_a_sentence_that_goes_on_needs_no_capital(text, word, goes_on):
    from paperlint.rules.grammar.engines import _sentence_that_goes_on

    start = re.search(rf"(?<![\w-]){word}\b", text).start()
    match = EngineMatch("harper", "SentenceCapitalization", "Capitalization", start, start + len(word), "",
                        (word.capitalize(),))
    assert _sentence_that_goes_on(document_from(text), match) is goes_on


def test_an_article_before_another_is_offered_no_third():
    """Round 65 (Harper, both judges: wrong): "was a an offer" was offered "an", giving "an an"."""
    text = "Closest to that plan was a an offer by the Union in 1972."
    found = [f for f in findings(text, harper_config()) if f.code == "GR102"]
    assert [(f.text, f.suggestions, f.message) for f in found] == [("a", (), "Two articles in a row: keep one.")]


def test_an_before_a_verb_is_offered_and():
    """Round 66 (both engines, both judges: wrong): "peace an promoting" was offered "a"; "and" was meant."""
    text = "Parties act in the interest of maintaining peace an promoting cooperation. The plan needs an building."
    found = [f for f in findings(text, harper_config()) if f.code == "GR102"]
    assert [(f.text, f.suggestions[:1]) for f in found] == [("an", ("and",)), ("an", ("a",))]


def test_an_before_a_participle_and_its_noun_is_offered_a():
    """Round 67 (both judges: wrong): "create an shared register" was offered "and"; the participle
    is the noun's adjective, so "a" was meant; a participle with no noun after it is still a verb."""
    text = "Members should create an shared register of sites. The council met an reviewed the list."
    found = [f for f in findings(text, harper_config()) if f.code == "GR102"]
    assert [(f.text, f.suggestions[:1]) for f in found] == [("an", ("a",)), ("an", ("and",))]



def test_an_article_before_a_preposition_says_its_word_was_lost():
    """Round 68 (both engines, both judges: wrong): "will have to find a in the city" was offered
    "an"; the article's noun was lost, so no article is offered (the case file runs both engines)."""
    text = "Many herders will have to find a in the capital."
    found = [f for f in findings(text, harper_config()) if f.code == "GR102"]
    assert [(f.text, f.suggestions, f.message) for f in found] == [
        ("a", (), "'a' stands before 'in': the word it introduced was lost.")]
