"""Relative time claims checked against the dated events the paper itself names.

"Belgium has not witnessed any terrorist attacks for the last 2 years" is resolved against
the paper's date (`ctx.dates.paper_date`) and compared with the events of the same kind
that the paper dates ("the 2018 Liège attack", "2016; Brussels Bombings"). An event inside
the claimed window contradicts the claim; an event older than the window does not.
"""

from __future__ import annotations

import re
from datetime import date

from paperlint.document import WORD
from paperlint.engine.kinds import Hit
from paperlint.events import KIND_OF_NOUN, NOUNS, YEAR, Event, dated_events
from paperlint.findings import Severity

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "several": None, "few": None, "couple of": 2,
}
_COUNT = r"(?P<count>\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_PERIOD = re.compile(
    r"(?P<phrase>(?:for|in|over|during|within|throughout)\s+the\s+(?:last|past|previous)\s+"
    r"(?:" + _COUNT + r"\s+)?(?P<unit>years?|months?|decades?))(?![\w-])"
    r"|(?P<since>since\s+(?:(?:early|late|mid-?)\s*)?(?P<since_year>" + YEAR + r"))(?![\w-])"
    r"|(?P<recent>recently|lately|in\s+recent\s+years)(?![\w-])",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"(?<![\w'’-])(?:not|no|never|none|nor|without|zero|free\s+(?:of|from))(?![\w'’-])|n['’]t\b",
    re.IGNORECASE,
)
# Words too general to tie a claim to some events only ("no terrorist attacks").
_GENERIC = {
    "terrorist", "terror", "large", "major", "deadly", "single", "serious", "further", "other",
    "more", "such", "kind", "there", "been", "have", "witnessed", "seen", "suffered", "recorded",
}
_PAST_YEAR = re.compile(r"(?<![\w-])(?P<year>" + YEAR + r")(?![\w-])")
# Words before a year that make it a target, not a past year: "by 2030", "Agenda 2030".
_FUTURE_CUE = re.compile(r"(?:by|until|till|before|through|to|Agenda|Vision|target|goal)\s+$", re.IGNORECASE)
# How far before the event noun the negation may stand ("has not witnessed any terrorist attacks").
_NEGATION_REACH = 50
_CLAIM_NOUN = re.compile(r"(?<![\w'’-])(?P<noun>" + NOUNS + r")(?![\w'’-])", re.IGNORECASE)


def stale_relative_period(document, rule, ctx):
    """A negative time claim ("no attacks for the last 2 years") that a dated event contradicts."""
    options = rule.params.options
    recent_years = int(options.get("recent_years", 2))
    paper_date = ctx.dates.paper_date(document)
    events = dated_events(document)
    written_after = _latest_past_year(document)
    for sentence in document.sentences:
        if sentence.block.kind == "heading":
            continue
        text = document.text[sentence.start : sentence.end]
        claimed_kinds = {
            KIND_OF_NOUN[m["noun"].lower()] for m in _CLAIM_NOUN.finditer(text)
            if _NEGATION.search(_clause_before(text, m.start()))
        }
        for period in _PERIOD.finditer(document.text, sentence.start, sentence.end):
            for kind in sorted(claimed_kinds):
                relevant = _about_the_same(text, [
                    e for e in events if e.kind == kind and not sentence.start <= e.start < sentence.end
                ])
                hit = _contradiction(period, relevant, paper_date, written_after, recent_years)
                if hit is not None:
                    yield hit
                    break


def _clause_before(text: str, offset: int) -> str:
    """The words of the same clause just before `offset`, where a negation of the noun stands."""
    return re.split(r"[,;:]", text[max(0, offset - _NEGATION_REACH) : offset])[-1]


def _about_the_same(claim: str, events: list[Event]) -> list[Event]:
    """The events that share a specific word with the claim ("polio", "Paris"), else all of them."""
    words = {w.lower() for w in WORD.findall(claim) if len(w) > 3} - _GENERIC - set(KIND_OF_NOUN)
    specific = [e for e in events if words & {w.lower() for w in WORD.findall(e.label)}]
    return specific or events


def _latest_past_year(document) -> int | None:
    """The latest year the paper names as past: the paper cannot be older than that year."""
    years = [
        int(m["year"]) for m in _PAST_YEAR.finditer(document.text)
        if not _FUTURE_CUE.search(document.text, max(0, m.start() - 12), m.start())
    ]
    return max(years, default=None)


def _contradiction(
    period: re.Match, events: list[Event], paper_date: date | None, written_after: int | None, recent_years: int
) -> Hit | None:
    if not events:
        return None
    latest = max(events, key=lambda e: e.year)
    phrase = period.group(0)
    suggestion = (f"since the {latest.label}",)
    span = (period.start(), period.end())
    if period["since"]:
        since = int(period["since_year"])
        if latest.year <= since:
            return None
        return Hit(*span, _values(latest, True), suggestion, (
            f"'{phrase}' says nothing of this kind happened after {since}, "
            f"but the paper names the {latest.label}.",
        ))
    years = _window_years(period, recent_years)
    if years is None:
        return None
    holds_from = latest.year + years  # the claim holds only if written after this year
    if paper_date is None and written_after is not None and holds_from < written_after:
        return None  # the paper names a later year, so it was written after the window
    if paper_date is None:
        return Hit(*span, _values(latest, False), suggestion, (
            f"The paper has no date: the claim holds only if the paper was written after {_year_text(holds_from)}; "
            f"the most recent {latest.kind} the paper names is the {latest.label}.",
            "Give the date with --date or a 'Date:' line to check it.",
        ), Severity.WARNING)
    window_start = paper_date.year + (paper_date.timetuple().tm_yday - 1) / 366 - years
    if latest.year + 1 <= window_start or latest.year > paper_date.year:
        return None  # older than the window, or after the paper (the date is then suspect)
    certain = latest.year >= window_start and not period["recent"]
    reason = (
        f"The paper is dated {paper_date.isoformat()}, so '{phrase}' reaches back to {_year_text(window_start)}; "
        f"the paper names the {latest.label}, inside that window."
        if certain else
        f"The paper is dated {paper_date.isoformat()}, so '{phrase}' reaches back to {_year_text(window_start)}; "
        f"the {latest.label} may fall inside that window."
    )
    return Hit(*span, _values(latest, certain), suggestion, (reason,),
               None if certain else Severity.WARNING)


def _values(event: Event, certain: bool) -> dict[str, str]:
    return {"event": f"the {event.label}", "verdict": "is contradicted by" if certain else "may be contradicted by"}


def _window_years(period: re.Match, recent_years: int) -> float | None:
    """How many years the claim covers, or None when its count is vague ("several")."""
    if period["recent"]:
        return recent_years
    count_text = (period["count"] or "1").lower()
    count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS.get(count_text)
    if count is None:
        return None
    unit = period["unit"].lower()
    if unit.startswith("decade"):
        return count * 10
    if unit.startswith("month"):
        return count / 12
    return count


def _year_text(value: float) -> str:
    year = int(value)
    if value == year:
        return str(year)
    return f"mid-{year}" if 0.3 < value - year < 0.7 else (f"early {year}" if value - year <= 0.3 else f"late {year}")
