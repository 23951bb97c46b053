"""Typed, strict records: a YAML or TOML mapping becomes a dataclass or a one-line error."""

from __future__ import annotations

import dataclasses
import typing
from functools import cache
from typing import Any

import regex

from paperlint import patterns
from paperlint.errors import ConfigError


def build(cls: type, mapping: dict[str, Any], where: str) -> Any:
    """Build dataclass `cls` from `mapping`, refusing unknown keys and wrong types."""
    fields = {f.name: f for f in dataclasses.fields(cls)}
    hints = _type_hints(cls)
    values = {}
    for key, value in mapping.items():
        attribute = str(key).replace("-", "_")
        if attribute not in fields:
            known = ", ".join(sorted(f.replace("_", "-") for f in fields)) or "none"
            raise ConfigError(f"{where}: unknown key {key!r} (known: {known})")
        values[attribute] = check_type(value, hints[attribute], f"{where}: key {key!r}")
    missing = [
        name for name, f in fields.items()
        if name not in values
        and f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise ConfigError(f"{where}: missing required key {missing[0].replace('_', '-')!r}")
    return cls(**values)


@cache
def _type_hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def check_type(value: Any, hint: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is Any:
        return value
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return check_type(value, arg, where)
            except ConfigError as error:
                errors.append(error)
        raise errors[0]
    if origin is list:
        if isinstance(value, str) or not isinstance(value, (list, tuple)):
            raise ConfigError(f"{where}: expected a list, got {_describe(value)}")
        return [check_type(item, args[0], where) for item in value]
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: expected a mapping, got {_describe(value)}")
        return {
            check_type(k, args[0], where): check_type(v, args[1], where) for k, v in value.items()
        }
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint is patterns.Pattern:
        return compile_pattern(value, where)
    if dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: expected a mapping, got {_describe(value)}")
        return build(typing.cast(type, hint), value, where)
    if not isinstance(value, hint) or (hint is int and isinstance(value, bool)):
        raise ConfigError(f"{where}: expected {hint.__name__}, got {_describe(value)}")
    return value


def compile_pattern(value: Any, where: str, flags: int = 0) -> patterns.Pattern:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: expected a regular expression, got {_describe(value)}")
    try:
        return patterns.compile_pattern(value, flags)
    except regex.error as error:
        raise ConfigError(f"{where}: invalid regular expression ({error})") from None


def _describe(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"[:80]

