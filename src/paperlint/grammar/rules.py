"""Python rules that turn engine matches into paperlint findings.

Each engine rule record (kind: python, check: `engine_finding`) lists in its options the
engine rule ids and categories it claims, per engine (`languagetool`, `harper`). A match goes
to exactly one record: the one naming its rule id, else the one naming its category, else the
one claiming `*` (a name with `*` elsewhere is a rule-id pattern, tried after exact ids).
Matches no record claims are dropped.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator
from functools import lru_cache

from paperlint.analysis.phrases import Phrases
from paperlint.analysis.regions import mid_sentence, regions
from paperlint.engine.kinds import Hit
from paperlint.grammar.matches import EngineMatch
from paperlint.grammar.vocabulary import document_words, vocabulary

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
    skip_names = rule.params.options.get("flag_names") is False
    for match in ctx.grammar.matches(document, ctx.config):
        if owner(match, claims) == rule.code and not (skip_names and is_name(document, match)):
            yield Hit(
                match.start,
                match.end,
                values={"message": match.message.strip()},
                suggestions=match.suggestions,
                engine_rule=f"{match.engine}:{match.rule_id}",
            )


_INNER_CAPITAL = re.compile(r".[A-Z]")
_NAME_KINDS = ("header", "bibliography", "citation")


def is_name(document, match: EngineMatch) -> bool:
    """True when the flagged word is a name or the paper's own word, not a misspelling: a word
    in the paper's `paperlint: words` comments; a word with digits or inner capitals (NotPetya,
    ICTs); a capitalised word within a sentence, part of a multi-word name (Jemaah Islamiyah), that
    the paper writes again, or that its header or sources hold. A capitalised word one letter away from
    the engine's suggestion ("Goverment") is still a misspelling. A spelling of the paper's
    own English, US or British, is not a misspelling either."""
    from paperlint.analysis.english import spelling_pairs

    word = document.text[match.start : match.end]
    if word in document_words(document) or any(c.isdigit() for c in word) or _INNER_CAPITAL.search(word):
        return True
    if word.lower() in spelling_pairs():
        return True  # a US or British spelling: which one is CN019's and UN005's business
    if not word[:1].isupper():
        return False
    found = regions(document)
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])")
    uses = [m.start() for m in pattern.finditer(document.text)]
    if found.inside_longer_name(match.start, match.end) or any(found.at(offset, _NAME_KINDS) for offset in uses):
        return True
    near_word = bool(match.suggestions) and _one_edit(word.lower(), match.suggestions[0].lower())
    return not near_word and (len(uses) > 1 or mid_sentence(document.text, match.start))


def _one_edit(a: str, b: str) -> bool:
    """True when b is a with one letter added, dropped, changed or two letters swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


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
