"""Harper (PyPI `harper-py`): grammar and spelling in-process, no Java, nothing downloaded."""

from __future__ import annotations

from functools import cache

from paperlint.grammar.matches import EngineMatch

# Harper rules that other paperlint rules already cover, or that contradict UN style.
DISABLED_RULES = {
    "DisjointPrefixes": False,  # suggests "counterterrorism"; the UN writes "counter-terrorism"
    "OxfordComma": False,  # UN editorial style uses no serial comma
    "RepeatedWords": False,  # GR002 doubled-word
    "LongSentences": False,  # the readability pack measures sentence length
    "SpelledNumbers": False,  # the style pack owns numbers in running text
}


@cache
def linter(accepted: tuple[str, ...], variant: str = "en-GB"):
    """One Harper linter per vocabulary and English (building it takes about half a second)."""
    import harper

    checker = harper.Linter(harper.Dialect.AMERICAN if variant == "en-US" else harper.Dialect.BRITISH)
    checker.set_lint_config({**checker.get_lint_config(), **DISABLED_RULES})
    if accepted:
        checker.import_words(list(accepted))
    return checker


def check(text: str, accepted: tuple[str, ...] = (), variant: str = "en-GB") -> list[EngineMatch]:
    """Harper's lints on `text` read as `variant` English; its spans are already Python
    character offsets."""
    found = []
    for rule_id, lints in linter(accepted, variant).organized_lints(text).items():
        for lint in lints:
            found.append(
                EngineMatch(
                    engine="harper",
                    rule_id=rule_id,
                    category=lint.lint_kind,
                    start=lint.span.start,
                    end=lint.span.end,
                    message=lint.message,
                    suggestions=tuple(s.replacement_text for s in lint.suggestions[:3]),
                )
            )
    return sorted(found, key=lambda m: (m.start, m.end, m.rule_id))
