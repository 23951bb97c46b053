"""Dated events a paper names: "the 2018 Liège attack", "2016; Brussels Bombings", "the Liège
attack in May 2018", "the Beslan school siege (2004)".

One finder serves the time-claim check (checks/temporal.py), which compares events of the kind
a claim speaks of, and the fact checks (facts/claims.py), which list them for the delegate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from paperlint.engine.kinds import segments

# Kinds of event, each with the nouns that name one. Only events of the kind a claim speaks
# of count against it: a report about an attack is not an attack.
EVENT_KINDS = {
    "attack": (
        "attack", "attacks", "bombing", "bombings", "shooting", "shootings", "explosion",
        "explosions", "assault", "assaults", "massacre", "massacres", "hijacking", "hijackings",
        "stabbing", "stabbings", "siege", "sieges", "hostage crisis",
    ),
    "coup": ("coup", "coups", "coup d'état", "coup d'etat"),
    "outbreak": ("outbreak", "outbreaks", "epidemic", "epidemics"),
    "war": ("war", "wars", "armed conflict", "armed conflicts", "invasion", "invasions", "genocide"),
    "unrest": ("riot", "riots", "uprising", "uprisings"),
    "disaster": ("earthquake", "earthquakes", "tsunami", "tsunamis"),
}
KIND_OF_NOUN = {noun: kind for kind, nouns in EVENT_KINDS.items() for noun in nouns}
NOUNS = "(?i:" + "|".join(sorted(map(re.escape, KIND_OF_NOUN), key=len, reverse=True)) + ")"
YEAR = r"(?:19|20)\d{2}"
# Lowercase words that end a run of words between a year and an event noun: "the 2015
# report on the attack" names a report, not an attack.
_NOT_NAME = (
    "report|study|review|conference|law|act|resolution|summit|strategy|plan|inquiry|investigation|"
    "trial|anniversary|memorial|film|book|article|survey|census|election|debate|meeting|statement|"
    "on|of|in|at|the|a|an|after|before|and|or|to|by|for|with|that|which|was|were|is|are|has|had|have"
)
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?!(?:" + _NOT_NAME + r")(?![\w'’-]))[a-z][\w'’-]*)"
# Where: "at the Brussels central train station", "in Nairobi".
_PLACE = r"(?P<place>\s+(?:at|in|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?!and\b|or\b|to\b|which\b|that\b|was\b|were\b)[\w'’-]+){0,3})?"
_PATTERNS = (
    # "the 2018 Liège attack", "2014; Jewish Museum Shootings", "the 2017 explosion at the station"
    re.compile(
        r"(?<![\w-])(?P<year>" + YEAR + r")(?:'s)?[;,:]?\s+(?:the\s+)?"
        r"(?P<name>(?:" + _NAME_WORD + r"\s+){0,3}?)(?P<noun>" + NOUNS + r")(?![\w'’-])" + _PLACE,
    ),
    # "the Liège attack in May 2018", "the attack on the Jewish Museum in 2014"
    re.compile(
        r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,4})(?P<noun>" + NOUNS + r")"
        r"(?P<place>\s+(?:in|at|on|of)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
        r"\s*,?\s+(?:in|of|on)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?(?P<year>" + YEAR + r")(?!\d)",
    ),
    # "the Beslan school siege (2004)"
    re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4})(?P<noun>" + NOUNS + r")(?P<place>)\s*\((?P<year>" + YEAR + r")\)"),
)
_ARTICLES = {"The", "A", "An", "the", "a", "an"}


@dataclass(frozen=True)
class Event:
    """An event the paper dates: its kind, year, name and where the paper names it."""

    kind: str
    year: int
    name: str
    noun: str
    place: str
    start: int
    end: int

    @property
    def label(self) -> str:
        """"2018 Liege attack", "2017 explosion at the Brussels central train station"."""
        return f"{self.year} {self.name + ' ' if self.name else ''}{self.noun}{' ' + self.place if self.place else ''}"


def dated_events(document) -> list[Event]:
    """Every dated event the paper names in its running text, in order (computed once)."""
    if "events" not in document.cache:
        events: dict[int, Event] = {}
        for start, end in segments(document, "paragraph"):
            for pattern in _PATTERNS:
                for match in pattern.finditer(document.text, start, end):
                    begin = match.start()
                    if document.text.startswith(("The ", "the "), begin):
                        begin += 4
                    name = " ".join(w for w in match["name"].split() if w not in _ARTICLES)
                    place = " ".join((match["place"] or "").split())
                    events.setdefault(begin, Event(
                        KIND_OF_NOUN[match["noun"].lower()], int(match["year"]), name, match["noun"], place,
                        begin, match.end(),
                    ))
        document.cache["events"] = sorted(events.values(), key=lambda e: e.start)
    return document.cache["events"]
