"""The offline knowledge base: the fact tables shipped in `paperlint/data/`, indexed for look-ups.

Every table row keeps its `source` and `verified` columns. A row with verified=no is never
asserted: look-ups return it, and the verdict code turns it into "unverifiable".
Countries are matched by ISO3 code through `paperlint.analysis.countries` (pycountry joined with
the UN Member States table), never by exact strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from paperlint.analysis.countries import Countries, states
from paperlint.tables import table_rows

ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "NATO": ("NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
             "North Atlantic Alliance"),
    "EU": ("EU", "E.U.", "European Union"),
    "FATF": ("FATF", "Financial Action Task Force"),
    "OSCE": ("OSCE", "Organization for Security and Co-operation in Europe",
             "Organization for Security and Cooperation in Europe",
             "Organisation for Security and Co-operation in Europe"),
    "Council of Europe": ("Council of Europe", "CoE"),
    "African Union": ("African Union", "AU"),
    "ASEAN": ("ASEAN", "Association of Southeast Asian Nations"),
    "OECD": ("OECD", "Organisation for Economic Co-operation and Development",
             "Organization for Economic Cooperation and Development",
             "Organisation for Economic Cooperation and Development"),
    "G7": ("G7", "G-7", "Group of Seven"),
    "G20": ("G20", "G-20", "Group of Twenty"),
}

# Other names of treaties (the table's name and short names are always aliases).
TREATY_ALIASES: dict[str, tuple[str, ...]] = {
    "UN Charter": ("United Nations Charter", "Charter of the UN", "UN Charter"),
    "Paris Agreement": ("Paris Climate Agreement", "Paris Accord", "Paris Climate Accord"),
    "NPT": ("Non-Proliferation Treaty", "Nuclear Non-Proliferation Treaty"),
    "Geneva Conventions": ("Geneva Conventions",),
    "1951 Refugee Convention": ("Refugee Convention",),
    "CWC": ("Chemical Weapons Convention",),
    "BWC": ("Biological Weapons Convention",),
    "UNCLOS": ("Law of the Sea Convention",),
    "Rome Statute": ("Rome Statute of the ICC",),
    "Ottawa Convention (Mine Ban Treaty)": ("Ottawa Treaty",),
}


@dataclass(frozen=True)
class Row:
    """One table row: its columns, with `source`, `official_source` and `verified` kept."""

    values: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.values.get(column, "") or ""

    @property
    def verified(self) -> bool:
        return self["verified"].strip().lower() == "yes"

    @property
    def citation(self) -> str:
        """What users are pointed to: the organisation's or the UN's own list; `source`, where
        the row was checked, stays as provenance."""
        return self["official_source"] or self["source"]


def read_table(name: str) -> list[Row]:
    return [Row(record) for record in table_rows(name)]


@dataclass(frozen=True)
class Term:
    """One Security Council term of one country (first and last year served)."""

    start: int
    end: int

    def label(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}–{self.end}"


class KnowledgeBase:
    """Look-ups over the shipped tables. Build once with `knowledge_base()`."""

    @cached_property
    def member_states(self) -> dict[str, Row]:
        return {row["iso3"]: row for row in read_table("un_member_states.csv")}

    @property
    def countries(self) -> Countries:
        """Every name of every State (`analysis.countries.states`)."""
        return states()

    @property
    def country_names(self) -> dict[str, str]:
        """Display name by ISO3 (the UN short name for Member States)."""
        return self.countries.names

    def country(self, name: str | None) -> str | None:
        """The ISO3 code of a country named `name`, or None."""
        return self.countries.resolve(name)

    @cached_property
    def elected_terms(self) -> dict[str, list[tuple[Term, Row]]]:
        terms: dict[str, dict[Term, Row]] = {}
        for row in read_table("unsc_elected_members.csv"):
            term = Term(int(row["term_start"]), int(row["term_end"]))
            terms.setdefault(row["iso3"], {}).setdefault(term, row)
        return {iso3: sorted(found.items(), key=lambda item: item[0].start) for iso3, found in terms.items()}

    @cached_property
    def elected_years(self) -> tuple[int, int]:
        years = [int(row["year"]) for row in read_table("unsc_elected_members.csv")]
        return min(years), max(years)

    @cached_property
    def permanent_members(self) -> list[Row]:
        return read_table("unsc_permanent_members.csv")

    def permanent_in(self, iso3: str, year: int | None) -> Row | None:
        """The permanent-member row for `iso3` in `year` (any year when None)."""
        for row in self.permanent_members:
            if row["iso3"] != iso3:
                continue
            until = int(row["to_year"]) if row["to_year"] else 9999
            if year is None or int(row["from_year"]) <= year <= until:
                return row
        return None

    @cached_property
    def resolution_years(self) -> list[Row]:
        return read_table("unsc_resolutions_by_year.csv")

    def resolution_year(self, number: int) -> Row | None:
        for row in self.resolution_years:
            if int(row["first"]) <= number <= int(row["last"]):
                return row
        return None

    @cached_property
    def last_verified_resolution(self) -> Row:
        return max((r for r in self.resolution_years if r.verified), key=lambda r: int(r["last"]))

    @cached_property
    def memberships(self) -> dict[str, list[Row]]:
        by_org: dict[str, list[Row]] = {}
        for row in read_table("org_memberships.csv"):
            by_org.setdefault(row["org"], []).append(row)
        return by_org

    def membership(self, org: str, iso3: str) -> Row | None:
        return next((row for row in self.memberships.get(org, []) if row["iso3"] == iso3), None)

    def founding_year(self, org: str) -> int | None:
        years = [int(row["joined"][:4]) for row in self.memberships.get(org, []) if row["joined"]]
        return min(years) if years else None

    @cached_property
    def sdgs(self) -> dict[int, Row]:
        return {int(row["number"]): row for row in read_table("sdgs.csv")}

    @cached_property
    def treaties(self) -> list[Row]:
        return read_table("treaties.csv")

    @cached_property
    def treaty_aliases(self) -> dict[str, Row]:
        """Treaty row by alias: its name, each short name (parenthesised ones split), extras."""
        aliases: dict[str, Row] = {}
        for row in self.treaties:
            short = row["short_name"]
            names = [row["name"], *re.split(r"\s*[()]\s*", short), *TREATY_ALIASES.get(short, ())]
            for name in names:
                name = re.sub(r"^\d{4}\s+", "", name.strip())  # "1951 Refugee Convention"
                if len(name) > 2 and " " in name or name.isupper() and len(name) >= 3:
                    aliases.setdefault(name, row)
        return aliases


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    return KnowledgeBase()
