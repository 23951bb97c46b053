"""The fact-check assistant offline: claim extraction, verdicts from the shipped tables,
the FC rules and `paperlint facts`."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paperlint.context import standalone_context
from paperlint.facts import CONTRADICTED, SUPPORTED, UNVERIFIABLE
from paperlint.facts.knowledge import knowledge_base
from paperlint.facts.verdicts import GA_SESSIONS
from tests.conftest import EXAMPLES, document_from, findings_for

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def verdicts(text: str) -> list[tuple[str, str, str, str]]:
    """(kind, claim text, status, fact) for each claim of `text`."""
    return [
        (c.claim.kind, c.claim.describe(), c.verdict.status, c.verdict.fact)
        for c in standalone_context().checked_claims(document_from(text))
    ]


def only(text: str):
    found = standalone_context().checked_claims(document_from(text))
    assert len(found) == 1, [c.claim.describe() for c in found]
    return found[0]


# --- the Belgium paper -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def belgium():
    from paperlint.readers import read_path

    return standalone_context().checked_claims(read_path(str(EXAMPLES / "belgium.txt")))


def test_belgium_security_council_seat_in_2019_is_supported(belgium):
    seat = [c for c in belgium if c.claim.kind == "sc-seat"]
    assert len(seat) == 1
    assert seat[0].claim.country == "BEL"
    assert seat[0].claim.fields["years"] == (2019,)
    assert seat[0].verdict.status == SUPPORTED
    assert "2019–2020" in seat[0].verdict.fact


def test_belgium_fatf_and_listed_memberships_are_supported(belgium):
    members = {c.claim.fields["org"]: c.verdict.status for c in belgium if c.claim.kind == "membership"}
    assert members == {"FATF": SUPPORTED, "EU": SUPPORTED, "NATO": SUPPORTED, "OSCE": SUPPORTED,
                       "Council of Europe": SUPPORTED, None: UNVERIFIABLE}


def test_belgium_four_attacks_are_dated_events(belgium):
    events = [(c.claim.fields["year"], c.claim.describe()) for c in belgium if c.claim.kind == "event"]
    assert [year for year, _ in events] == [2014, 2016, 2017, 2018]
    assert events[3][1] == "2018 Liege attack"
    assert all(c.verdict.status == UNVERIFIABLE for c in belgium if c.claim.kind == "event")


def test_belgium_rhetoric_needs_no_source(belgium):
    """"the biggest impediments to all worldly reforms" ranks nothing: rhetoric, not a statistic."""
    assert [c.claim.describe() for c in belgium if c.claim.kind == "needs-source"] == []


def test_belgium_has_no_contradiction(belgium):
    assert [c.claim.describe() for c in belgium if c.verdict.status == CONTRADICTED] == []


# --- contradictions, each naming its source -----------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Japan used its non-permanent seat on the Security Council in 2019.",
         "Japan held elected seats in 2016–2017 and 2023–2024, not in 2019."),
        ("Japan is a permanent member of the Security Council.", "Japan is not a permanent member"),
        ("France held a non-permanent seat on the Security Council in 2010.", "France is a permanent member"),
        ("Counter-terrorism rests on resolution 1373 (2002).", "Resolution 1373 was adopted in 2001, not 2002"),
        ("See S/RES/2396 (2016).", "Resolution 2396 was adopted in 2017, not 2016"),
        ("General Assembly resolution 60/251 in 2008 created the Council.", "ran 2005–06, so it cannot date from 2008"),
        ("Japan is a member of NATO.", "Japan is not among the 32 members of NATO"),
        # the members counted are those of the date given, without the State that left
        ("Norway is a member of the EU.", "Norway is not among the 27 members of the EU (as of 2020-02-01)"),
        ("Japan is a founding member of the OECD.", "Japan joined the OECD in 1964, not as a founding member (1961)"),
        ("Finland joined NATO in 2021.", "Finland joined NATO in 2023, not 2021"),
        ("Japan joined the United Nations in 1945.",
         "Japan was admitted to the United Nations on 18 December 1956, not in 1945."),
        ("Poverty is addressed by Sustainable Development Goal 18.",
         "There are 17 Sustainable Development Goals; Goal 18 does not exist."),
        ("Schools matter for SDG 4 (Clean Water).", "SDG 4 is Quality Education"),
        ("The Rome Statute, adopted in 1999, created the court.", "adopted 17 July 1998"),
    ],
)
def test_false_claims_are_contradicted_with_a_source(text, expected):
    item = only(text)
    assert item.verdict.status == CONTRADICTED, item.verdict
    assert expected in item.verdict.fact
    assert item.verdict.source in _official_sources()


def _official_sources() -> set[str]:
    """Every `official_source` of the shipped tables, and the UN's list of General Assembly
    sessions: what fact findings cite to users."""
    data = resources.files("paperlint.data")
    return {GA_SESSIONS} | {
        row["official_source"]
        for name in data.iterdir() if name.name.endswith(".csv")
        for row in csv.DictReader(name.open(encoding="utf-8"))
    }


@pytest.mark.parametrize(
    "text",
    [
        "Belgium held a non-permanent seat on the Security Council during 2019–2020.",
        "In 2019, Belgium served on the Security Council.",
        "China is a permanent member of the Security Council.",
        "This builds on resolution 1373 (2001) and resolutions 2178 (2014) and 2396 (2017).",
        "Belgium is a founding member of NATO.",
        "Belgium joined the United Nations in 1945.",
        "Finland, a NATO member since 2023, agrees.",
        "SDG 16 (Peace, Justice and Strong Institutions) matters.",
        "The 1998 Rome Statute matters.",
        "Türkiye is a member of the Council of Europe.",
    ],
)
def test_true_claims_are_supported(text):
    found = standalone_context().checked_claims(document_from(text))
    assert found, "no claim found"
    assert all(item.verdict.status == SUPPORTED for item in found), [(c.claim.describe(), c.verdict) for c in found]


def test_verified_no_rows_are_never_asserted():
    item = only("The Paris Agreement, adopted in 2016, guides us.")
    assert item.verdict.status == UNVERIFIABLE
    assert "unverified" in item.verdict.fact


def test_year_beyond_the_tables_is_unknown():
    item = only("Belgium will hold a non-permanent seat on the Security Council in 2031.")
    assert item.verdict.status == UNVERIFIABLE


def test_resolution_in_a_partial_year_is_unknown_but_an_impossible_year_is_contradicted():
    assert only("Security Council resolution 2780 (2025) was adopted.").verdict.status == UNVERIFIABLE
    assert only("Security Council resolution 2780 (2020) was adopted.").verdict.status == CONTRADICTED


def test_subject_is_the_first_country_of_the_sentence_else_the_papers_country():
    text = ("Belgium believes in cooperation. Belgium urges action. Japan is a member of NATO. "
            "It is also a member of the OECD.")
    found = {c.claim.describe(): c.claim.country for c in standalone_context().checked_claims(document_from(text))}
    assert found == {"member of NATO": "JPN", "member of the OECD": "BEL"}


def test_metadata_country_wins():
    document = document_from("Country: Japan\n\nWe are a member of NATO. Belgium believes. Belgium urges.")
    assert [c.claim.country for c in standalone_context().checked_claims(document)] == ["JPN"]


def test_countries_match_by_alias():
    kb = knowledge_base()
    assert {kb.country(n) for n in ("Turkey", "Türkiye", "the Netherlands", "Netherlands (Kingdom of the)")} == {"TUR", "NLD"}
    assert kb.country("Viet Nam") == kb.country("Vietnam") == "VNM"


def test_sourced_figures_need_no_source():
    assert verdicts("According to UNHCR, 45% of refugees are children.") == []
    assert [v[1] for v in verdicts("About 45% of refugees and 2 million people are children.")] == [
        "45%", "2 million people"]


def test_no_claims_in_plain_prose():
    assert verdicts("Belgium urges every nation to cooperate against terrorism.") == []


# --- the rules ----------------------------------------------------------------------------------

def test_contradiction_finding_is_an_error_with_its_source():
    [finding] = findings_for("Japan used its non-permanent seat on the Security Council in 2019.", "FC001")
    assert str(finding.severity) == "error"
    assert finding.text == "non-permanent seat on the Security Council in 2019"
    assert finding.message == "Contradicted: Japan held elected seats in 2016–2017 and 2023–2024, not in 2019."
    assert finding.details[0].startswith("Source: ")


def test_supported_claims_are_not_findings():
    text = "Belgium is a member of NATO and joined the United Nations in 1945."
    assert [f for code in ("FC001", "FC002", "FC003") for f in findings_for(text, code)] == []


def test_unverifiable_finding_suggests_a_search():
    [finding] = findings_for("Belgium suffered the 2018 Liège attack.", "FC002")
    assert str(finding.severity) == "info"
    assert "Suggested search: 2018 Liège attack" in finding.details


# --- shipped data -------------------------------------------------------------------------------

def test_shipped_tables_keep_their_source_columns_and_match_the_shared_copy():
    data = resources.files("paperlint.data")
    names = sorted(p.name for p in data.iterdir() if p.name.endswith(".csv"))
    # The eight verified tables, plus the project's own un_bodies_extra.csv, other_bodies.csv and
    # instruments_extra.csv (verified=no rows).
    own = {"un_bodies_extra.csv", "other_bodies.csv", "instruments_extra.csv"}
    assert len(names) == 11 and own <= set(names)
    for name in names:
        with data.joinpath(name).open(encoding="utf-8", newline="") as stream:
            header = next(csv.reader(stream))
        assert {"source", "official_source", "verified"} <= set(header), name
        if SHARED_DATA.is_dir() and name not in own:
            assert data.joinpath(name).read_bytes() == (SHARED_DATA / name).read_bytes(), name
    assert "as of" in data.joinpath("SOURCES.md").read_text(encoding="utf-8").lower()


# --- the command --------------------------------------------------------------------------------

def test_facts_command_prints_a_checklist(run_cli):
    code, out, err = run_cli("facts", EXAMPLES / "belgium.txt")
    assert code == 0, err
    assert "11 claims: 6 supported, 0 contradicted, 5 to check (paper's country: Belgium)" in out
    assert "[ok] 15:105 sc-seat: non-permanent seat in United Nation Security Council (UNSC) during 2019" in out


def test_facts_command_json_and_exit_code_on_contradiction(run_cli, tmp_path):
    paper = tmp_path / "japan.txt"
    paper.write_text("Japan joined the United Nations in 1945. Japan is a member of the OECD.\n", encoding="utf-8")
    code, out, _ = run_cli("facts", paper, "--format", "json")
    report = json.loads(out)
    assert code == 1
    assert report["country"] == "Japan"
    assert report["summary"] == {"supported": 1, "contradicted": 1, "unverifiable": 0}
    assert [c["status"] for c in report["claims"]] == ["contradicted", "supported"]
    assert report["claims"][0]["line"] == 1 and report["claims"][0]["source"]


def test_facts_command_bad_input_is_one_line(run_cli, tmp_path):
    code, out, err = run_cli("facts", tmp_path / "missing.txt")
    assert code == 2
    assert err.strip().count("\n") == 0 and "missing.txt" in err


def test_participation_with_a_non_member_organisation_is_not_contradicted():
    item = only("France cooperates closely with the African Union.")
    assert item.verdict.status == UNVERIFIABLE
    assert "France is not a member of the African Union" in item.verdict.fact


def test_participation_without_a_country_subject_is_no_claim():
    assert verdicts("Member States of the EU should cooperate with the African Union.") == []


def test_general_assembly_session_after_the_papers_date_is_contradicted():
    document = document_from("Date: 2026-11-30\n\nWe welcome A/RES/81/1 and A/RES/82/1.")
    statuses = [c.verdict.status for c in standalone_context().checked_claims(document)]
    assert statuses == [UNVERIFIABLE, CONTRADICTED]


PIECES = [
    "Belgium", "Japan", "its", "non-permanent seat on the Security Council", "permanent member of the",
    "Security Council", "in", "during", "2019", "2019–20", "1945", "resolution", "S/RES/", "A/RES/", "1373",
    "(2001)", "60/251", "Goal", "SDG", "18", "(Quality Education)", "member of", "NATO", "the EU", ",", "and",
    "joined the United Nations", "founding", "Paris Agreement", "adopted", "attack", "45%", "the biggest",
    "with", "participates", ".", ";", "\n\n", "of", "since",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_any_text_gives_claims_inside_the_text_that_never_overlap(pieces):
    text = "Belgium believes. " + " ".join(pieces)
    found = standalone_context().checked_claims(document_from(text))
    spans = [(c.claim.start, c.claim.end) for c in found]
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b <= c for (_, b), (c, _) in zip(spans, spans[1:]))
    assert all(c.verdict.status in (SUPPORTED, CONTRADICTED, UNVERIFIABLE) and c.verdict.fact for c in found)
