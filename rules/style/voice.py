"""First person in a position paper (ST002, ST003): one finding per habit, none in a role paper."""

from __future__ import annotations

from functools import lru_cache

from paperlint.analysis.phrases import Phrases
from paperlint.analysis.regions import skipped
from paperlint.analysis.voice import role_voice
from paperlint.engine.habits import once_or_each
from paperlint.profiles import profile_for


def first_person(document, rule, ctx):
    """Uses of the pronouns the rule lists (`options.pronouns`, case as written), outside
    quotations and other non-prose, unless the paper speaks as a person in a role, or the rule
    leaves it to the conference (`options.profile_decides`) and none was chosen, or its profile
    allows the first person."""
    if role_voice(document):
        return
    profile = profile_for(ctx.config)
    if rule.params.options.get("profile_decides") and not (profile.strict and profile.third_person):
        return  # no conference chosen (the default profile), or one that allows the first person
    phrases = _phrases(tuple(rule.params.options["pronouns"]))
    uses = [
        match.span()
        for match in phrases.regex.finditer(document.text)
        if not rule.excepted(document.text, *match.span()) and not skipped(document, rule.skip, *match.span())
    ]
    yield from once_or_each(document, uses)


@lru_cache(maxsize=8)
def _phrases(pronouns: tuple[str, ...]) -> Phrases:
    return Phrases(pronouns, ignorecase=False)
