"""Python rules that turn engine matches into paperlint findings.

Each engine rule record (kind: python, check: `engine_finding`) lists in its options the
engine rule ids and categories it claims, per engine (`languagetool`, `harper`). A match goes
to exactly one record: the one naming its rule id, else the one naming its category, else the
one claiming `*` (a name with `*` elsewhere is a rule-id pattern, tried after exact ids).
Matches no record claims are dropped.
"""

from __future__ import annotations

import fnmatch
from functools import lru_cache
from typing import Iterator

from paperlint.engine.kinds import Hit, Phrases
from paperlint.grammar.matches import EngineMatch
from paperlint.grammar.vocabulary import vocabulary

CHECK = "paperlint.grammar.rules:engine_finding"
ENGINES = ("languagetool", "harper")
ANY = "*"


def _claims(rule) -> dict[str, tuple[str, ...]]:
    options = rule.params.options
    return {engine: tuple(options.get(engine) or ()) for engine in ENGINES}


@lru_cache(maxsize=1)
def _builtin_claims() -> tuple[tuple[str, dict[str, tuple[str, ...]]], ...]:
    from paperlint.engine.registry import load_rules

    return tuple((r.code, _claims(r)) for r in load_rules() if getattr(r.params, "check", None) == CHECK)


def owner(match: EngineMatch, claims) -> str | None:
    """The code of the record that claims `match`: by rule id, then by a rule-id pattern
    (`*AGREEMENT*`), then by category, then by `*`."""
    tests = (
        lambda entry: entry == match.rule_id,
        lambda entry: entry != ANY and "*" in entry and fnmatch.fnmatchcase(match.rule_id, entry),
        lambda entry: entry == match.category,
        lambda entry: entry == ANY,
    )
    for test in tests:
        for code, claimed in claims:
            if any(test(entry) for entry in claimed.get(match.engine, ())):
                return code
    return None


def engine_finding(document, rule, ctx) -> Iterator[Hit]:
    """The engine matches this record claims, with the engine's message and suggestions."""
    claims = [(code, c) for code, c in _builtin_claims() if code != rule.code]
    claims.insert(0, (rule.code, _claims(rule)))
    for match in ctx.grammar.matches(document, ctx.config):
        if owner(match, claims) == rule.code:
            yield Hit(
                match.start,
                match.end,
                values={"message": match.message.strip()},
                suggestions=match.suggestions,
                engine_rule=f"{match.engine}:{match.rule_id}",
            )


def rejected_term(document, rule, ctx) -> Iterator[Hit]:
    """Terms on the vocabulary's reject list, with their replacement when the list gives one."""
    rejected = vocabulary(ctx.config).reject
    if not rejected:
        return
    phrases = Phrases([term for term, _ in rejected], ignorecase=False)
    for match in phrases.regex.finditer(document.text):
        replacement = rejected[phrases.index(match.group())][1]
        yield Hit(
            match.start(),
            match.end(),
            values={"expected": replacement or "another term"},
            suggestions=(replacement,) if replacement else (),
        )
