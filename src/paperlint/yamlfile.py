"""YAML for the rule packs and shipped tables, read with libyaml's C parser when PyYAML has
it (about nine times faster on the packs), else with the pure-Python one: the same safe
subset of YAML, the same errors (yaml.YAMLError with a problem_mark)."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
