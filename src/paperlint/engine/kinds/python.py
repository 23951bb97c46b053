"""python: a rule whose logic is a Python function, with typed options declared in its record.

The function is `check(document, rule, ctx) -> Iterable[Hit]`; it reads its options from
`rule.params.options` and what it knows of the run from `ctx` (a `paperlint.context.RunContext`:
config, dates, grammar engines, fact tables).

The record names the function in a module of its own pack: `check: temporal.stale_relative_period`
is `stale_relative_period` in the pack package's `temporal` module. Each leading dot climbs one
package, as in a relative import: `check: .grammar.engines.engine_finding` is in the sibling pack
`grammar`. A pack file outside a package (config `packs = [...]`) names it absolutely, as
`package.module:function`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from importlib.util import resolve_name
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

    def bind(self, current: Any, package: str | None, where: str) -> Any:
        """`current` with its check named absolutely (`package.module:function`)."""
        if ":" in current.check:
            return current
        module, _, function = current.check.rpartition(".")
        if package is None:
            raise ConfigError(
                f"{where}: check {current.check!r} names a module of its pack, but this pack is a file: "
                "write 'package.module:function', or install the pack as a package (entry point group paperlint.packs)"
            )
        try:
            absolute = resolve_name("." + module, package) if module.strip(".") and function else ""
        except (ImportError, ValueError):
            absolute = ""
        if not absolute:
            raise ConfigError(f"{where}: check {current.check!r} must be 'module.function' in the pack's package")
        return Params(f"{absolute}:{function}", current.options)

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
