"""Verdicts: each claim checked against the offline knowledge base.

A verdict is `supported`, `contradicted` (with the fact and its source) or `unverifiable`
(with the reason and a suggested search). Rows marked verified=no and years outside the
tables give "unverifiable", never a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from paperlint.facts.claims import Claim
from paperlint.facts.knowledge import KnowledgeBase, Row, Term

SUPPORTED, CONTRADICTED, UNVERIFIABLE = "supported", "contradicted", "unverifiable"
OFFLINE = "offline knowledge base"
GA_SESSIONS = "General Assembly session numbering: the Nth regular session opens in September of 1945 + N"


@dataclass(frozen=True)
class Verdict:
    status: str
    fact: str
    source: str = ""
    search: str = ""
    via: str = OFFLINE


@dataclass(frozen=True)
class Checked:
    """A claim and its verdict."""

    claim: Claim
    verdict: Verdict

    def as_dict(self) -> dict:
        claim, verdict = self.claim, self.verdict
        return {
            "kind": claim.kind,
            "claim": claim.describe(),
            "start": claim.start,
            "end": claim.end,
            "country": claim.country,
            "status": verdict.status,
            "fact": verdict.fact,
            "source": verdict.source,
            "search": verdict.search,
            "via": verdict.via,
        }


def verify(claim: Claim, kb: KnowledgeBase, today: date) -> Verdict:
    return CHECKS[claim.kind](claim, kb, today)


def _name(kb: KnowledgeBase, iso3: str | None) -> str:
    return kb.country_names.get(iso3 or "", iso3 or "the country")


def _unknown_country(claim: Claim, topic: str) -> Verdict:
    return Verdict(UNVERIFIABLE, f"The paper does not say which country {topic} is about.",
                   search=claim.describe())


def check_sc_resolution(claim: Claim, kb: KnowledgeBase, today: date) -> Verdict:
    number, year = claim.fields["number"], claim.fields["year"]
    search = f"S/RES/{number}"
    row = kb.resolution_year(number)
    if row is None or not row.verified:
        last = kb.last_verified_resolution
        if year is not None and number > int(last["last"]) and year <= int(last["year"]):
            return Verdict(CONTRADICTED, f"Resolution {number} is later than {last['last']}, the last one of "
                           f"{last['year']}, so it cannot date from {year}.", last.citation)
        return Verdict(UNVERIFIABLE, f"The shipped table does not place resolution {number} in a verified year.",
                       search=f"{search} in the UN Digital Library")
    adopted = int(row["year"])
    if year is None or year == adopted:
        return Verdict(SUPPORTED, f"Resolution {number} was adopted in {adopted}.", row.citation)
    return Verdict(CONTRADICTED, f"Resolution {number} was adopted in {adopted}, not {year} "
                   f"(resolutions {row['first']}–{row['last']} are from {adopted}).", row.citation)


def check_ga_resolution(claim: Claim, kb: KnowledgeBase, today: date) -> Verdict:
    session, number, year = claim.fields["session"], claim.fields["number"], claim.fields["year"]
    symbol = f"A/RES/{session}/{number}"
    current = today.year - 1945 - (1 if today.month < 9 else 0)
    first_year = 1945 + session
    if session < 1 or session > current:
        return Verdict(CONTRADICTED, f"There has been no session {session} of the General Assembly "
                       f"(the current one is session {current}).", GA_SESSIONS)
    span = f"{first_year}–{str(first_year + 1)[2:]}"
    if year is not None and year not in (first_year, first_year + 1):
        return Verdict(CONTRADICTED, f"Resolution {session}/{number} is from session {session}, which ran "
                       f"{span}, so it cannot date from {year}.", GA_SESSIONS)
    return Verdict(UNVERIFIABLE, f"Session {session} ran {span}; the shipped tables do not list General "
                   f"Assembly resolutions, so its number and subject are unchecked.",
                   search=f"{symbol} in the UN Digital Library")


def check_sc_seat(claim: Claim, kb: KnowledgeBase, today: date) -> Verdict:
    iso3, seat, years = claim.country, claim.fields["seat"], claim.fields["years"]
    if iso3 is None:
        return _unknown_country(claim, "this seat")
    name = _name(kb, iso3)
    permanent_row = kb.permanent_in(iso3, None)
    source = _latest_source(kb, iso3)
    if seat == "permanent":
        if permanent_row is not None:
            return Verdict(SUPPORTED, f"{name} is a permanent member of the Security Council.", permanent_row.citation)
        members = ", ".join(kb.country_names.get(r["iso3"], r["country"]) for r in kb.permanent_members if not r["to_year"])
        return Verdict(CONTRADICTED, f"{name} is not a permanent member of the Security Council; the five are "
                       f"{members}.", kb.permanent_members[0].citation)
    if seat == "elected" and permanent_row is not None:
        return Verdict(CONTRADICTED, f"{name} is a permanent member of the Security Council and does not hold an "
                       "elected (non-permanent) seat.", permanent_row.citation)
    terms = kb.elected_terms.get(iso3, [])
    if not years:
        if terms:
            return Verdict(SUPPORTED, f"{name} has held elected seats in {_terms(t for t, _ in terms)}.", source)
        return Verdict(CONTRADICTED, f"{name} has never held an elected seat on the Security Council "
                       f"({kb.elected_years[0]}–{kb.elected_years[1]}).", source)
    first, last = kb.elected_years
    if any(y < first or y > last for y in years):
        return Verdict(UNVERIFIABLE, f"The shipped Security Council tables cover {first}–{last} only.",
                       search=f"{name} Security Council membership {years[0]}")
    served = {y: row for term, row in terms for y in range(term.start, term.end + 1)}
    permanent_years = {y for y in years if kb.permanent_in(iso3, y)}
    missing = [y for y in years if y not in served and y not in permanent_years]
    if not missing:
        held = [term for term, _ in terms if any(term.start <= y <= term.end for y in years)]
        rows = [served[y] for y in years if y in served]
        if rows and not all(row.verified for row in rows):
            return Verdict(UNVERIFIABLE, f"The shipped table's row for {name} is not verified.",
                           search=f"{name} Security Council {years[0]}")
        what = f"an elected seat in {_terms(held)}" if held else "a permanent seat"
        if rows:
            return Verdict(SUPPORTED, f"{name} held {what}.", rows[0].citation)
        assert permanent_row is not None  # every year claimed was a permanent member's
        return Verdict(SUPPORTED, f"{name} held {what}.", permanent_row.citation)
    claimed = _years(years)
    if not terms:
        return Verdict(CONTRADICTED, f"{name} has never held an elected seat on the Security Council "
                       f"({first}–{last}), so not in {claimed}.", source)
    nearest = _nearest_terms([t for t, _ in terms], missing[0])
    return Verdict(CONTRADICTED, f"{name} held elected seats in {_terms(nearest)}, not in {claimed}.", source)


def _latest_source(kb: KnowledgeBase, iso3: str) -> str:
    terms = kb.elected_terms.get(iso3)
    return terms[-1][1].citation if terms else "https://www.un.org/securitycouncil/content/countries-elected-members"


def _nearest_terms(terms: list[Term], year: int) -> list[Term]:
    """The last term before `year` and the first after it."""
    before = [t for t in terms if t.end < year]
    after = [t for t in terms if t.start > year]
    return ([before[-1]] if before else []) + ([after[0]] if after else [])


def _terms(terms) -> str:
    labels = [term.label() for term in terms]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _years(years: tuple[int, ...]) -> str:
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def check_membership(claim: Claim, kb: KnowledgeBase, today: date) -> Verdict:
    iso3, org = claim.country, claim.fields["org"]
    if org is None:
        body = claim.fields["body"]
        return Verdict(UNVERIFIABLE, f"The shipped tables do not cover the {body}.",
                       search=f"{_name(kb, iso3)} member of {body}")
    if iso3 is None:
        return _unknown_country(claim, "this membership")
    name, label = _name(kb, iso3), ORGANISATION_LABELS.get(org, f"the {org}")
    search = f"{name} {org} membership"
    row = kb.membership(org, iso3)
    if row is None and claim.fields["relation"] == "participates":
        return Verdict(UNVERIFIABLE, f"{name} is not a member of {label}: make sure the paper does not imply it is.",
                       kb.memberships[org][0].citation, search=search)
    if row is None:
        count = sum(1 for member in kb.memberships[org] if not member["left"])
        as_of = kb.memberships[org][0]["as_of"]
        return Verdict(CONTRADICTED, f"{name} is not among the {count} members of {label} "
                       f"(as of {as_of}).", kb.memberships[org][0].citation)
    if not row.verified:
        return Verdict(UNVERIFIABLE, f"The shipped row for {name} in {label} is not verified.", search=search)
    joined = int(row["joined"][:4]) if row["joined"] else None
    if row["left"]:
        return Verdict(CONTRADICTED, f"{name} left {label} on {row['left']} ({row['status']}).", row.citation)
    if "suspended" in row["status"]:
        return Verdict(UNVERIFIABLE, f"{name} in {label}: {row['status']}.", search=search)
    year = claim.fields["year"]
    if claim.fields["founding"]:
        founded = kb.founding_year(org)
        if joined is None or founded is None:
            return Verdict(UNVERIFIABLE, f"{name} is a member of {label}; the shipped table has no accession "
                           "year to confirm it was a founding member.", search=f"{org} founding members")
        if joined != founded:
            return Verdict(CONTRADICTED, f"{name} joined {label} in {joined}, not as a founding member "
                           f"({founded}).", row.citation)
        return Verdict(SUPPORTED, f"{name} is a founding member of {label} ({joined}).", row.citation)
    if year is not None:
        if joined is None:
            return Verdict(UNVERIFIABLE, f"{name} is a member of {label}; the shipped table has no accession "
                           "year.", search=f"{name} joined {org} year")
        if year != joined:
            return Verdict(CONTRADICTED, f"{name} joined {label} in {joined}, not {year}.", row.citation)
    since = f" (since {joined})" if joined else ""
    role = "participating State" if row["status"].startswith("participating") else "member"
    return Verdict(SUPPORTED, f"{name} is a {role} of {label}{since}.", row.citation)


# How an organisation reads after "a member of".
ORGANISATION_LABELS = {"NATO": "NATO", "ASEAN": "ASEAN"}


def check_un_admission(claim: Claim, kb: KnowledgeBase, today: date) -> Verdict:
    iso3 = claim.country
    if iso3 is None:
        return _unknown_country(claim, "this admission")
    name = _name(kb, iso3)
    row = kb.member_states.get(iso3)
    if row is None:
        return Verdict(CONTRADICTED, f"{name} is not one of the 193 Member States of the United Nations.",
                       "https://www.un.org/en/about-us/member-states")
    if not row.verified:
        return Verdict(UNVERIFIABLE, f"The shipped row for {name} is not verified.", search=f"{name} UN admission")
    admitted = date.fromisoformat(row["admission_date"])
    when = f"{admitted.day} {admitted:%B %Y}"
    if claim.fields["founding"]:
        if admitted.year == 1945:
            return Verdict(SUPPORTED, f"{name} is an original Member of the United Nations ({when}).", row.citation)
        return Verdict(CONTRADICTED, f"{name} was admitted to the United Nations on {when}; it is not an original "
                       "(1945) Member.", row.citation)
    if claim.fields["year"] != admitted.year:
        return Verdict(CONTRADICTED, f"{name} was admitted to the United Nations on {when}, not in "
                       f"{claim.fields['year']}.", row.citation)
    return Verdict(SUPPORTED, f"{name} was admitted to the United Nations on {when}.", row.citation)


def check_treaty_date(claim: Claim, kb: KnowledgeBase, today: date) -> Verdict:
    row: Row = claim.fields["treaty"]
    year, event = claim.fields["year"], claim.fields["event"]
    name = row["short_name"] or row["name"]
    adopted = row["adopted"]
    in_force = row["entry_into_force"]
    dates = f"adopted {_day(adopted)}" + (f", in force since {_day(in_force)}" if in_force else ", not in force")
    if not row.verified:
        return Verdict(UNVERIFIABLE, f"The shipped table gives {name}: {dates}, but marks these dates unverified.",
                       search=f"{row['name']} adoption entry into force")
    expected = {"adoption": [adopted], "entry": [in_force], "either": [adopted, in_force]}[event]
    if any(value and int(value[:4]) == year for value in expected):
        return Verdict(SUPPORTED, f"{name}: {dates}.", row.citation)
    return Verdict(CONTRADICTED, f"{name}: {dates}; not {year}.", row.citation)


def _day(iso: str) -> str:
    parsed = date.fromisoformat(iso)
    return f"{parsed.day} {parsed:%B %Y}"


def check_sdg(claim: Claim, kb: KnowledgeBase, today: date) -> Verdict:
    number, name, named = claim.fields["number"], claim.fields["name"], claim.fields["named"]
    row = kb.sdgs.get(number)
    elsewhere = "".join(f"; '{name}' is SDG {goal}" for goal in sorted(named)[:1])
    if row is None:
        return Verdict(CONTRADICTED, f"There are {len(kb.sdgs)} Sustainable Development Goals; Goal {number} "
                       f"does not exist{elsewhere}.", kb.sdgs[1].citation)
    title = f"SDG {number} is {row['short_name']} ({row['official_title']})"
    if name and number not in named:
        return Verdict(CONTRADICTED, f"{title}, not '{name}'{elsewhere}.", row.citation)
    return Verdict(SUPPORTED, f"{title}.", row.citation)


def check_event(claim: Claim, kb: KnowledgeBase, today: date) -> Verdict:
    return Verdict(UNVERIFIABLE, f"'{claim.fields['label']}' is a dated event the shipped tables do not cover: "
                   "check its date and name.", search=claim.fields["label"])


def check_needs_source(claim: Claim, kb: KnowledgeBase, today: date) -> Verdict:
    return Verdict(UNVERIFIABLE, f"A {claim.fields['what']} with no source in its sentence.",
                   search=f"source for: {claim.describe()}")


CHECKS: dict[str, Callable[[Claim, KnowledgeBase, date], Verdict]] = {
    "sc-resolution": check_sc_resolution,
    "ga-resolution": check_ga_resolution,
    "sc-seat": check_sc_seat,
    "membership": check_membership,
    "un-admission": check_un_admission,
    "treaty-date": check_treaty_date,
    "sdg": check_sdg,
    "event": check_event,
    "needs-source": check_needs_source,
}
