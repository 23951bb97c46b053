"""US and British spellings (UN005, CN019): one English per paper, or the UN's if the profile asks.

The paper's English comes from `paperlint.analysis.english`. Under a chosen conference profile, a
British paper, or any paper when the profile sets `spelling = "un"`, gets UN005 on its US spellings,
and a US paper gets CN019 on the British spellings mixed into it, but not on an -our or -re the paper spells no other
way (Canadian English keeps them beside US forms). Canadian English (British -our and -re, US -yze
and "program") is one English of its own: neither is reported in it. A spelling used throughout is one finding.
Without a chosen profile only a UN body's name in US spelling is reported: over rounds 50–63 both judges
called a lone spelling of the other English right 4 times in 48 (the same word spelt both ways is CN001's).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from paperlint.analysis.english import (
    GB,
    US,
    canadian,
    english_variant,
    plainly_british,
    spelling_pairs,
    us_forms,
    variant_uses,
)
from paperlint.analysis.phrases import Phrases
from paperlint.analysis.regions import skipped
from paperlint.engine.habits import PERVASIVE, once_or_each
from paperlint.engine.kinds import match_case
from paperlint.profiles import profile_for


def _profile(ctx):
    """The one place the third argument of a rule function is read."""
    return profile_for(ctx.config)


def un_spelling(document, rule, ctx):
    """A UN body's name in US spelling in any paper; US spellings in a British paper under a chosen
    profile, or in any paper when the profile asks for UN spelling; with `spelling = "un"` also the
    rule's `un_terms` ("percent" → "per cent")."""
    profile = _profile(ctx)
    un_profile = profile.spelling == "un"
    names = _body_name_uses(document, rule)
    yield from _report(document, rule, names, {"where": "in the name of a UN body"})
    uses = []
    if un_profile or profile.strict and plainly_british(document) and not canadian(document):
        uses += [(u.start, u.end, u.other) for u in variant_uses(document, US, rule.skip + ("name",))]
    if un_profile:
        uses += _term_uses(document, rule)
    where = "where the conference asks for UN spelling" if un_profile else "in a paper written in British English"
    # a slip from the paper's own English is a habit from its second use; UN spelling asked for is each word's
    yield from _report(document, rule, sorted(set(uses) - set(names)), {"where": where}, pervasive=PERVASIVE if un_profile else 2)


def mixed_spelling(document, rule, ctx):
    """British spellings in a paper written in US English, under a chosen profile that does not ask
    for UN spelling, other than a doubled "l" that US dictionaries list as a variant too, and an -our or
    -re that Canadian English writes beside US forms, unless the paper spells that ending the US
    way elsewhere ("labor" and "colour")."""
    profile = _profile(ctx)
    if not profile.strict or profile.spelling == "un" or english_variant(document) != US or canadian(document):
        return
    text = document.text
    us_endings = {_ending(u.other, text[u.start : u.end]) for u in variant_uses(document, US)}
    uses = [
        (u.start, u.end, u.other) for u in variant_uses(document, GB, rule.skip + ("name",))
        if not _doubled_l(text[u.start : u.end], u.other)
        and (_ending(text[u.start : u.end], u.other) in us_endings | {None})
    ]
    yield from _report(document, rule, uses, {"variant": "US"}, pervasive=2)


def _ending(british: str, us: str) -> str | None:
    """The British ending a pair of spellings differs by, when Canadian English keeps it beside US
    forms: "our" ("neighbouring", "neighboring"), "re" ("centres", "centers"); None for another."""
    british, us = british.lower(), us.lower()
    if british.replace("our", "or", 1) == us:
        return "our"
    if re.sub(r"re(?=s?$)", "er", british) == us:
        return "re"
    return None


def _doubled_l(british: str, us: str) -> bool:
    """ "cancelled" for "canceled", "travelling", "counsellor": Merriam-Webster lists the doubled
    "l" of these inflections as a US variant, so a US paper may write it."""
    return british.lower().replace("ll", "l", 1) == us.lower()


def _report(document, rule, uses, values=None, pervasive=PERVASIVE):
    replacement = {(start, end): other for start, end, other in uses}
    yield from once_or_each(
        document,
        [(start, end) for start, end, _ in uses if not rule.excepted(document.text, start, end)],
        values,
        suggestions=lambda start, end: (replacement[(start, end)],),
        pervasive=pervasive,
    )


def _term_uses(document, rule) -> list[tuple[int, int, str]]:
    terms = rule.params.options.get("un_terms") or {}
    if not terms:
        return []
    phrases = Phrases(terms, ignorecase=True)
    replacements = list(terms.values())
    return [
        (m.start(), m.end(), match_case(m.group(), replacements[phrases.index(m.group())]))
        for m in phrases.regex.finditer(document.text)
        if not skipped(document, rule.skip + ("name",), m.start(), m.end())
    ]


@lru_cache(maxsize=1)
def _us_spelt_body_names() -> tuple[Phrases, tuple[tuple[int, str, str], ...]]:
    """UN bodies' official names written in US spelling ("World Food Program"): the phrases, and
    for each the US word's position in the name, the word and its UN spelling."""
    table = resources.files("paperlint").joinpath("data/un_bodies.csv")
    with table.open(encoding="utf-8") as handle:
        names = [row["official_name"] for row in csv.DictReader(handle)]
    pairs = spelling_pairs()
    variants, words = [], []
    for name in names:
        parts = name.split(" ")
        for index, word in enumerate(parts):
            us = pairs.get(word.lower())
            if us and word.lower() not in us_forms():
                us_word = us.capitalize() if word[:1].isupper() else us
                variants.append(" ".join(parts[:index] + [us_word] + parts[index + 1 :]))
                words.append((index, us_word, word))
    return Phrases(variants, ignorecase=False), tuple(words)


def _body_name_uses(document, rule) -> list[tuple[int, int, str]]:
    """A UN body's official name in US spelling is a wrong name in any paper."""
    phrases, words = _us_spelt_body_names()
    uses = []
    for match in phrases.regex.finditer(document.text):
        index, us_word, un_word = words[phrases.index(match.group())]
        start = match.start() + sum(len(part) + 1 for part in match.group().split(" ")[:index])
        if not skipped(document, rule.skip, start, start + len(us_word)):
            uses.append((start, start + len(us_word), un_word))
    return uses
