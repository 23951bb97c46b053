"""Near-miss names of UN bodies (UN001, UN002): precision and recall on tests/data/un_names.yml,
and the shipped bodies tables.

Run `python -m tests.test_un_names` to print the figures and every mistake.
"""

from __future__ import annotations

import csv
import re
from importlib import resources
from pathlib import Path

import pytest
import yaml

from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from tests.conftest import EXAMPLES, document_from
from tests.evaluation import Tally, overlaps, unmark

DATA = Path(__file__).parent / "data" / "un_names.yml"
NAME_RULES = [rule for rule in load_rules() if rule.code in ("UN001", "UN002")]


def score(path: Path = DATA, rules=NAME_RULES) -> tuple[Tally, int, int]:
    """The tally of `rules` on an evaluation set of `wrong` (marked, with the `expected` name)
    and `right` texts, and the size of each half. A finding hits only with the expected name."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    tally = Tally()
    for item in data["wrong"]:
        text, [mark], [(start, end)] = unmark(item["text"])
        findings = run_rules(document_from(text), rules)
        right = [f for f in findings if overlaps(f, start, end) and item["expected"] in f.suggestions]
        tally.found(bool(right), f"{mark[1]!r} -> {item['expected']!r} (got {[(f.text, f.suggestions) for f in findings]})")
        tally.false(f"{f.code} {f.text!r} -> {f.suggestions}" for f in findings if f not in right)
    for text in data["right"]:
        tally.false(f"{f.code} {f.text!r} -> {f.suggestions}" for f in run_rules(document_from(text), rules))
    return tally, len(data["wrong"]), len(data["right"])


@pytest.fixture(scope="module")
def figures():
    return score()


def test_the_set_is_big_enough_and_balanced(figures):
    _, wrong, right = figures
    assert wrong >= 40
    assert right >= wrong


def test_recall_floor(figures):
    tally = figures[0]
    assert tally.recall >= 0.98, tally.report()


def test_precision_floor(figures):
    tally = figures[0]
    assert tally.precision >= 0.98, tally.report()


def test_example_paper_keeps_its_name_findings():
    text = (EXAMPLES / "belgium.txt").read_text(encoding="utf-8")
    found = [(f.code, f.text, f.suggestions) for f in run_rules(document_from(text), NAME_RULES)]
    assert found == [
        ("UN002", "UN counter-terrorism center", ("United Nations Counter-Terrorism Centre (UNCCT)",)),
        ("UN001", "United Nation Security Council", ("United Nations Security Council",)),
    ]


def test_the_finding_cites_the_official_name_and_its_source():
    [finding] = run_rules(document_from("Nepal joined the Peacebuilding Comission."), NAME_RULES)
    assert finding.suggestions == ("Peacebuilding Commission",)
    assert finding.details == ("Official name: Peacebuilding Commission (PBC); see https://www.un.org/peacebuilding/commission",)


FORMER = Path(__file__).parent / "data" / "meaning" / "former_bodies.yml"


def test_former_names_in_a_paper_written_after_the_renaming():
    tally, wrong, right = score(FORMER)
    assert wrong >= 10 and right >= wrong
    assert tally.recall >= 0.9, tally.report()
    assert tally.precision == 1.0, tally.report()


def test_a_former_name_is_read_from_the_tables_and_cites_the_day_it_changed():
    [finding] = run_rules(document_from("Date: 3 May 2021\n\nMali thanks the Department of Peacekeeping Operations."),
                          NAME_RULES)
    assert finding.suggestions == ("Department of Peace Operations",)
    assert finding.details == ("The Department of Peacekeeping Operations was replaced by the Department of Peace "
                               "Operations on 2019-01-01.",)
    assert not run_rules(document_from("Date: 3 May 2018\n\nMali thanks the Department of Peacekeeping Operations."),
                         NAME_RULES)


def test_a_former_name_broken_across_lines_is_left_alone():
    # "… the Department of\nPeacekeeping Operations": the run of capitals stops at the line end
    text = "Date: 3 May 2021\n\nMali thanks the Department of\nPeacekeeping Operations for its help."
    assert not run_rules(document_from(text), NAME_RULES)


@pytest.mark.parametrize("text", [
    "Vanuatu built its island resilience plan on the Antigua and Barbuda Agenda for Small Island Developing States.",
    "Small island States rely on shipping data from UN Trade and Development (UNCTAD).",
])
def test_a_title_without_its_subtitle_or_a_body_by_its_new_name_is_right(text):
    assert not run_rules(document_from(text), NAME_RULES)


def read(table: str) -> list[dict]:
    with resources.files("paperlint.data").joinpath(table).open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_bodies_tables_keep_their_columns_and_cover_the_un_system():
    base, extra = read("un_bodies.csv"), read("un_bodies_extra.csv")
    for row in base + extra:
        assert row["source"] and row["official_source"].startswith("https://"), row
        assert row["verified"] in ("yes", "no"), row
    assert all(row["verified"] == "no" for row in extra)  # from memory: never asserted as facts
    names = {row["official_name"] for row in base + extra}
    for body in ("Trusteeship Council", "World Food Programme", "Peacebuilding Commission", "Human Rights Committee",
                 "Economic Commission for Africa", "Economic and Social Commission for Western Asia",
                 "International Labour Organization", "Committee against Torture", "United Nations Population Fund"):
        assert body in names
    official = {row["acronym"] for row in base + extra if row["official_name"]}
    assert {row["acronym"] for row in extra if not row["official_name"]} <= official  # other names of known bodies
    for row in extra:  # "Commission on Human Rights (until 2006-06-16)": each former name with its day
        assert re.fullmatch(r"(?:[^;()]+ \(until \d{4}-\d{2}-\d{2}\))?(?:;[^;()]+ \(until \d{4}-\d{2}-\d{2}\))*",
                            row["former_names"]), row


def test_instruments_table_keeps_its_columns_and_rows_from_memory_are_unverified():
    rows = read("instruments_extra.csv")
    treaties = {row["name"] for row in read("treaties.csv")}
    for row in rows:
        assert row["name"] and row["source"] and row["official_source"].startswith("https://"), row
        assert row["verified"] == "no" and row["name"] not in treaties, row
    names = {row["name"] for row in rows}
    for instrument in ("Convention on the Rights of Persons with Disabilities", "Vienna Convention on Consular Relations",
                       "Minamata Convention on Mercury", "Global Compact for Safe, Orderly and Regular Migration"):
        assert instrument in names


def test_names_are_checked_offline_from_the_shipped_tables(monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise OSError("network blocked")

    monkeypatch.setattr(socket, "socket", no_network)
    [finding] = run_rules(document_from("Kiribati addressed the Trusteeship Counsel."), NAME_RULES)
    assert finding.suggestions == ("Trusteeship Council",)


if __name__ == "__main__":
    tally, wrong, right = score()
    print(f"wrong names {wrong}, right names {right}")
    print(tally.report())


@pytest.mark.parametrize(("name", "expected"), [
    ("International Criminal Court of Justice", "International Court of Justice"),
    ("International Fund for Agricultural and Rural Development", "International Fund for Agricultural Development"),
    ("Food-Agriculture Organization", "Food and Agriculture Organization"),
])
def test_a_word_more_or_a_hyphened_compound_is_a_near_miss(name, expected):
    text = f"Our delegation has long worked with the {name} on this question."
    findings = run_rules(document_from(text), NAME_RULES)
    assert [(f.text, f.suggestions[:1]) for f in findings] == [(name, (expected,))]


def test_a_word_more_before_the_kind_makes_another_body():
    text = "The Economic and Social Research Council funds studies of migration."
    assert run_rules(document_from(text), NAME_RULES) == []
