"""python: a rule whose logic is a Python function, with typed options declared in its record.

The function is `check(document, rule, ctx) -> Iterable[Hit]`; it reads its options from
`rule.params.options` and what it knows of the run from `ctx` (a `paperlint.context.RunContext`:
config, dates, grammar engines, fact tables).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from paperlint.engine.kinds import Hit, Kind
from paperlint.errors import ConfigError

if TYPE_CHECKING:
    from paperlint.context import RunContext
    from paperlint.document import Document
    from paperlint.engine.registry import Rule



@dataclass
class Params:
    check: str
    options: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def function(self) -> Callable[..., Iterable[Hit]]:
        from paperlint.engine.registry import resolve_callable

        return resolve_callable(self.check, "python rule")


class Python(Kind):
    name = "python"
    Params = Params
    PLACEHOLDERS = None  # the function supplies whatever its message names

    def check(self, document: Document, rule: Rule, ctx: RunContext) -> Iterable[Hit]:
        hits: Iterable[Hit] = rule.params.function(document, rule, ctx)
        return hits

    def override(self, current: Any, overrides: dict[str, Any], where: str) -> Any:
        options = dict(current.options)
        for key, value in overrides.items():
            name = key.replace("-", "_")
            if name not in options:
                known = ", ".join(sorted(options)) or "none"
                raise ConfigError(f"{where}: unknown option {key!r} (known: {known})")
            default = options[name]
            if default is not None and not _same_type(value, default):
                raise ConfigError(f"{where}: option {key!r} expects {type(default).__name__}, got {value!r}")
            options[name] = value
        return Params(current.check, options)


def _same_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))


KIND = Python()
