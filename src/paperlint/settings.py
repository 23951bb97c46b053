"""A configuration resolved for a run: the `Config` with its overrides, and the rules it turns
on with their options applied (`Settings`)."""

from __future__ import annotations

import dataclasses
import fnmatch
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from paperlint.config import Config, load_config
from paperlint.engine import selection
from paperlint.engine.registry import Rule, load_rules
from paperlint.errors import ConfigError
from paperlint.findings import Severity
from paperlint.profiles import validate_profiles


@dataclass(frozen=True)
class Settings:
    """A resolved configuration: the config and the rules it turns on, options applied."""

    config: Config
    rules: tuple[Rule, ...]

    @property
    def fail_on(self) -> Severity:
        return Severity.parse(self.config.fail_on)

    @property
    def min_severity(self) -> Severity:
        return Severity.parse(self.config.min_severity)

    def rules_for(self, path: str) -> list[Rule]:
        """The rules for one paper, less its per-file ignores."""
        relative = _relative(path, self.config.root)
        ignored = [
            selector
            for pattern, selectors in self.config.per_file_ignores.items()
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(path).name, pattern)
            for selector in selectors
        ]
        if not ignored:
            return list(self.rules)
        return [r for r in self.rules if not any(selection.matches(r, s) for s in ignored)]

    def excluded(self, path: str) -> bool:
        relative = _relative(path, self.config.root)
        return any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(Path(path).name, p) for p in self.config.exclude)


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def resolve(config: Config, overrides: dict[str, Any] | None = None) -> Settings:
    """Apply command-line overrides, load the rules and apply their options."""
    if overrides:
        config = dataclasses.replace(config, **{k: v for k, v in overrides.items() if v not in (None, ())})
        config.paper_date(config.override_date)
    where = config.path or "command line"
    validate_profiles(config.profile, config.profiles, where)
    rules = load_rules(tuple(config.packs))
    by_key = {key: rule for rule in rules for key in (rule.code, rule.name, *rule.aliases)}
    for key, options in config.rules.items():
        if key not in by_key:
            raise ConfigError(f"{where}: [rules.{key}] names no rule (see `paperlint rules`)")
        rule = by_key[key]
        rules[rules.index(rule)] = rule.with_options(options, f"{where}: [rules.{key}]")
    for selectors in (config.select, config.ignore, config.extend_select):
        selection.validate(selectors, rules, where)
    for selectors in config.per_file_ignores.values():
        selection.validate(selectors, rules, where)
    chosen = selection.select(rules, config.select, config.ignore, config.extend_select)
    return Settings(config, tuple(chosen))


@lru_cache(maxsize=64)
def settings_for_file(config_file: Path | None, overrides: tuple[tuple[str, Any], ...]) -> Settings:
    return resolve(load_config(config_file), dict(overrides))
