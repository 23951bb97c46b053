"""US and British spellings (UN005, CN019): one English per paper, or the UN's if the profile asks.

The paper's English comes from `paperlint.english`. A British paper, or any paper when the
conference profile sets `spelling = "un"`, gets UN005 on its US spellings; a US paper gets
CN019 on the British spellings mixed into it. A spelling used throughout is one finding.
"""

from __future__ import annotations

from paperlint.checks.habits import once_or_each
from paperlint.engine.kinds import Phrases, match_case
from paperlint.english import GB, US, english_variant, variant_uses
from paperlint.profiles import profile_for
from paperlint.regions import skipped


def _settings(config):
    """The one place the third argument of a rule function is read."""
    return profile_for(getattr(config, "config", config))


def un_spelling(document, rule, config):
    """US spellings in a British paper, or in any paper when the profile asks for UN spelling;
    with `spelling = "un"` also the rule's `un_terms` ("percent" → "per cent")."""
    un_profile = _settings(config).spelling == "un"
    if not un_profile and english_variant(document) != GB:
        return
    uses = [(u.start, u.end, u.other) for u in variant_uses(document, US, rule.skip + ("name",))]
    if un_profile:
        uses += _term_uses(document, rule)
    yield from _report(document, rule, sorted(uses))


def mixed_spelling(document, rule, config):
    """British spellings in a paper written in US English (unless the profile asks for UN spelling)."""
    if _settings(config).spelling == "un" or english_variant(document) != US:
        return
    uses = [(u.start, u.end, u.other) for u in variant_uses(document, GB, rule.skip + ("name",))]
    yield from _report(document, rule, uses, {"variant": "US"})


def _report(document, rule, uses, values=None):
    replacement = {(start, end): other for start, end, other in uses}
    yield from once_or_each(
        document,
        [(start, end) for start, end, _ in uses if not rule.excepted(document.text, start, end)],
        values,
        suggestions=lambda start, end: (replacement[(start, end)],),
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
