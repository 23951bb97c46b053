"""A State's name with a bare "s" before the noun it owns (GR005): "Spains beliefs", "Omans
small population", where the possessive needs its apostrophe ("Spain's").

The names are the forms of the States' names the country tables give
(paperlint.analysis.countries), but for those that end in "s" already ("Philippines"). What
follows must be a word WordNet lists as a noun or an adjective, or one it does not list (a noun
misspelt: "Spains belifes"), not a verb's form only ("the two Koreas have met": a plural, not an
owner); "the", "two" or "both" before the name make it a plural ("the Koreas").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from paperlint.analysis.countries import states
from paperlint.analysis.events import wordnet
from paperlint.analysis.phrases import Phrases
from paperlint.analysis.regions import skipped
from paperlint.engine.kinds import Hit

_PLURAL_BEFORE = re.compile(r"\b(?:the|two|both|all|several)[ \t]+$", re.IGNORECASE)
_NOT_OWNED = frozenset("and or is are was were has have had will would can could should must may might do does did".split())


@lru_cache(maxsize=1)
def _bare_possessive() -> re.Pattern[str]:
    names = Phrases((f for f in states().every_written_form if f[-1:].isalpha() and not f.endswith("s")), ignorecase=False)
    return re.compile(rf"(?<![\w'’-])(?P<name>{names.body})s[ \t]+(?P<next>[a-z]+)\b")


def possessive_without_apostrophe(document, rule, ctx) -> Iterator[Hit]:
    """A State's name and a bare "s" before a noun or an adjective it owns."""
    text, lexicon = document.text, wordnet()
    if lexicon is None:
        return
    for match in _bare_possessive().finditer(text):
        start, end = match.start(), match.end("name") + 1
        following = match["next"]
        if following in _NOT_OWNED or _PLURAL_BEFORE.search(text, max(0, start - 12), start):
            continue
        owned = lexicon.lemma(following, "noun") or lexicon.is_adjective(following) or not lexicon.lists(following)
        if not owned or skipped(document, rule.skip, start, end):
            continue  # a verb after a plural; a word WordNet lacks may be the noun misspelt ("Spains belifes")
        expected = f"{match['name']}'s"
        yield Hit(start, end, {"expected": expected}, (expected,))
