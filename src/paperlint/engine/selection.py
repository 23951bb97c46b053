"""Selectors pick rules by code, code prefix, alias, name or category, as ruff's do."""

from __future__ import annotations

from collections.abc import Iterable

from paperlint.engine.registry import Rule
from paperlint.errors import ConfigError


def matches(rule: Rule, selector: str) -> bool:
    selector = selector.strip()
    upper = selector.upper()
    return (
        upper == "ALL"
        or rule.code.startswith(upper) and upper[:2].isalpha()
        or upper in rule.aliases
        or selector.lower() == rule.name
        or selector.lower() == rule.category
    )


def validate(selectors: Iterable[str], rules: list[Rule], where: str) -> None:
    for selector in selectors:
        if not any(matches(rule, selector) for rule in rules):
            raise ConfigError(f"{where}: selector {selector!r} matches no rule (see `paperlint rules`)")


def select(
    rules: list[Rule],
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    extend_select: Iterable[str] = (),
) -> list[Rule]:
    """Rules on by default (or named by `select`), plus `extend_select`, less `ignore`."""
    select, ignore, extend_select = list(select), list(ignore), list(extend_select)

    def chosen(rule: Rule) -> bool:
        if select:
            on = any(matches(rule, s) for s in select)
        else:
            on = rule.enabled
        on = on or any(matches(rule, s) for s in extend_select)
        return on and not any(matches(rule, s) for s in ignore)

    return [rule for rule in rules if chosen(rule)]
