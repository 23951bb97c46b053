"""Rule records and the packs they live in.

A pack is a folder: `pack.yml` (`pack`, `prefix`, `category`, `rules`) beside the Python
modules its `kind: python` records name (`check: temporal.stale_relative_period`). Each rule
record holds its code, name, kind, severity, message, docs and the parameters of its kind: the
records are the registry, with no side table. Built-in packs (`rules/<pack>/` in the source,
shipped as `paperlint.rules.<pack>`) are found through the `paperlint.packs` entry-point group,
the same path a conference's plugin pack takes; config adds pack files.
"""

from __future__ import annotations

import dataclasses
import re
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import import_module, resources
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import yaml

from paperlint import records, yamlfile
from paperlint.analysis.phrases import phrases_regex
from paperlint.analysis.regions import KINDS as REGION_KINDS
from paperlint.analysis.regions import NOT_PROSE
from paperlint.engine.kinds import Kind, kinds
from paperlint.errors import ConfigError
from paperlint.findings import Severity

CODE = re.compile(r"^[A-Z]{2,4}\d{3}$")
NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
SPAN_MARK = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)
SCOPES = ("text", "block", "paragraph", "heading", "sentence")
# Services a rule may need from the run, started only when a selected rule needs them:
# `grammar` (LanguageTool or Harper), `parse` (the spaCy pipeline of the `meaning` extra).
NEEDS = ("grammar", "parse")
CATEGORIES = (
    "style", "terminology", "spelling", "grammar", "readability", "structure",
    "consistency", "debris", "facts", "acronyms",
)
ENTRY_POINT_GROUP = "paperlint.packs"
# The regions (see `paperlint.analysis.regions`) a rule skips unless its record says `skip: [...]`
# (`skip: []` reads everything): rules that judge prose skip everything that is not prose;
# structure, debris and fact rules read the whole paper.
# Names and spellings are judged in headings too; acronyms, names and spellings also in the
# writer's own words naming a quotation's source ("– Ana Ruiz, Adviser, PAHO"), which is not
# a sentence for the prose rules.
DEFAULT_SKIP = {
    "style": NOT_PROSE, "grammar": NOT_PROSE, "readability": NOT_PROSE, "consistency": NOT_PROSE,
    "acronyms": tuple(k for k in NOT_PROSE if k != "attribution"),
    "terminology": tuple(k for k in NOT_PROSE if k not in ("heading", "attribution")),
    "spelling": tuple(k for k in NOT_PROSE if k not in ("heading", "attribution")),
}


@dataclass(frozen=True)
class RuleDocs:
    """A rule's documentation, in the fixed order `paperlint rule CODE` prints it."""

    summary: str
    why: str
    bad: str | list[str]
    good: str | list[str]
    options: str | None = None
    fix: str | None = None
    known_problems: str | None = None
    source: str | None = None
    # The conference profile the examples assume (`--profile`), when they depend on one.
    profile: str | None = None

    @property
    def bad_examples(self) -> list[str]:
        return [self.bad] if isinstance(self.bad, str) else list(self.bad)

    @property
    def good_examples(self) -> list[str]:
        return [self.good] if isinstance(self.good, str) else list(self.good)


@dataclass(frozen=True)
class RuleRecord:
    """The YAML shape of a rule, before its kind's parameters are split off."""

    code: str
    name: str
    kind: str
    message: str
    docs: RuleDocs
    severity: str = "warning"
    category: str | None = None
    scope: str | None = None
    aliases: list[str] = field(default_factory=list)
    enabled: bool = True
    fix: bool = False
    exceptions: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    skip: list[str] | None = None


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    kind: Kind
    category: str
    severity: Severity
    message: str
    scope: str
    docs: RuleDocs
    params: Any
    pack: str
    source: str
    aliases: tuple[str, ...] = ()
    enabled: bool = True
    fixable: bool = False
    exceptions: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()  # region kinds whose text the rule does not judge

    def format_message(self, values: dict[str, Any]) -> str:
        return self.message.format_map(values)

    def with_options(self, overrides: dict[str, Any], where: str) -> Rule:
        """A copy with config overrides for `severity` and the kind's parameters."""
        overrides = dict(overrides)
        changes: dict[str, Any] = {}
        if "severity" in overrides:
            changes["severity"] = _severity(overrides.pop("severity"), where)
        if "exceptions" in overrides:
            extra = records.check_type(overrides.pop("exceptions"), list[str], f"{where}: key 'exceptions'")
            changes["exceptions"] = self.exceptions + tuple(extra)
        if overrides:
            changes["params"] = self.kind.override(self.params, overrides, where)
        return dataclasses.replace(self, **changes)

    def excepted(self, text: str, start: int, end: int) -> bool:
        """True when text[start:end] lies inside one of the rule's exception phrases."""
        pattern = _exception_pattern(self.exceptions)
        if pattern is None:
            return False
        window_start = max(0, start - 200)
        for match in pattern.finditer(text, window_start, min(len(text), end + 200)):
            if match.start() <= start and end <= match.end():
                return True
        return False


@dataclass(frozen=True)
class Pack:
    name: str
    prefix: str
    source: str
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class _PackRecord:
    pack: str
    prefix: str
    rules: list[dict[str, Any]]
    category: str | None = None
    description: str | None = None


def load_pack(path: Path | Any, label: str | None = None, package: str | None = None) -> Pack:
    """Load and validate one pack file; any problem is a ConfigError naming file and key.
    `package` is the Python package the pack's checks are named in (None for a plain file)."""
    label = label or str(path)
    try:
        data = yamlfile.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{label}: invalid YAML{where}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{label}: cannot read pack ({getattr(error, 'strerror', None) or error})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{label}: a pack must be a mapping with pack, prefix and rules")
    record = records.build(_PackRecord, data, label)
    if not re.fullmatch(r"[A-Z]{2,4}", record.prefix):
        raise ConfigError(f"{label}: prefix {record.prefix!r} must be 2-4 capital letters")
    rules = []
    for index, raw in enumerate(record.rules):
        where = f"{label}: rules[{index}]"
        if isinstance(raw, dict) and "code" in raw:
            where += f" ({raw['code']})"
        rules.append(_load_rule(raw, record, label, where, package))
    return Pack(record.pack, record.prefix, label, tuple(rules))


def _load_rule(raw: Any, pack: _PackRecord, label: str, where: str, package: str | None) -> Rule:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: a rule must be a mapping")
    record_keys = {f.name for f in dataclasses.fields(RuleRecord)}
    kind_name = raw.get("kind")
    all_kinds = kinds()
    if kind_name not in all_kinds:
        raise ConfigError(f"{where}: unknown kind {kind_name!r} (known: {', '.join(sorted(all_kinds))})")
    kind = all_kinds[kind_name]
    record = records.build(RuleRecord, {k: v for k, v in raw.items() if k in record_keys}, where)
    kind_params = records.build(kind.Params, {k: v for k, v in raw.items() if k not in record_keys}, where)
    kind_params = kind.bind(kind_params, package, where)
    if not CODE.match(record.code) or not record.code.startswith(pack.prefix):
        raise ConfigError(f"{where}: code {record.code!r} must be the pack prefix {pack.prefix!r} plus three digits")
    if not NAME.match(record.name):
        raise ConfigError(f"{where}: name {record.name!r} must be kebab-case")
    category = record.category or pack.category
    if category not in CATEGORIES:
        raise ConfigError(f"{where}: category {category!r} is not one of {', '.join(CATEGORIES)}")
    scope = record.scope or kind.DEFAULT_SCOPE
    if scope not in SCOPES:
        raise ConfigError(f"{where}: scope {scope!r} is not one of {', '.join(SCOPES)}")
    for need in record.needs:
        if need not in NEEDS:
            raise ConfigError(f"{where}: needs {need!r} is not one of {', '.join(NEEDS)}")
    skip = record.skip if record.skip is not None else DEFAULT_SKIP.get(category, ())
    unknown_regions = [kind for kind in skip if kind not in REGION_KINDS]
    if unknown_regions:
        raise ConfigError(f"{where}: skip: {unknown_regions[0]!r} is not one of {', '.join(REGION_KINDS)}")
    placeholders = {name for _, name, _, _ in string.Formatter().parse(record.message) if name}
    unknown = placeholders - set(kind.PLACEHOLDERS or placeholders)
    if unknown:
        raise ConfigError(
            f"{where}: message placeholder {{{sorted(unknown)[0]}}} is not one of "
            f"{', '.join('{' + p + '}' for p in kind.PLACEHOLDERS or ())}"
        )
    for example in record.docs.bad_examples:
        if not SPAN_MARK.search(example):
            raise ConfigError(f"{where}: docs.bad must mark the flagged span with [[...]]")
    return Rule(
        code=record.code,
        name=record.name,
        kind=kind,
        category=category,
        severity=_severity(record.severity, where),
        message=record.message,
        scope=scope,
        docs=record.docs,
        params=kind_params,
        pack=pack.pack,
        source=label,
        aliases=tuple(record.aliases),
        enabled=record.enabled,
        fixable=record.fix,
        exceptions=tuple(record.exceptions),
        needs=tuple(record.needs),
        skip=tuple(skip),
    )


def _severity(value: Any, where: str) -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError as error:
        raise ConfigError(f"{where}: {error}") from None


@lru_cache(maxsize=256)
def _exception_pattern(exceptions: tuple[str, ...]) -> re.Pattern[str] | None:
    if not exceptions:
        return None
    return phrases_regex(exceptions, ignorecase=True)


PACK_FILE = "pack.yml"


def builtin_pack_files() -> list[tuple[str, Any, str]]:
    """(label, traversable, package) for every pack of every installed `paperlint.packs` plugin:
    each `<folder>/pack.yml` of the plugin's package (the pack's package is that folder's), and
    each YAML file at the top of it (a pack whose checks are in the plugin's package itself)."""
    found = []
    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        root = resources.files(entry.value)
        prefix = entry.value.replace(".", "/")
        for item in sorted(root.iterdir(), key=lambda t: t.name):
            if item.name.endswith((".yml", ".yaml")):
                found.append((f"{prefix}/{item.name}", item, entry.value))
            elif item.is_dir() and item.joinpath(PACK_FILE).is_file():
                found.append((f"{prefix}/{item.name}/{PACK_FILE}", item.joinpath(PACK_FILE), f"{entry.value}.{item.name}"))
    return found


@cache
def _load_builtin() -> tuple[Pack, ...]:
    return tuple(load_pack(item, label, package) for label, item, package in builtin_pack_files())


def load_rules(extra_packs: tuple[str, ...] = ()) -> list[Rule]:
    """Every rule from the installed packs and from `extra_packs` files, checked for clashes."""
    packs = list(_load_builtin()) + [load_pack(Path(p)) for p in extra_packs]
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            for key in (rule.code, rule.name, *rule.aliases):
                if key in seen:
                    raise ConfigError(f"{pack.source}: {key!r} is already used by {seen[key]}")
                seen[key] = f"{rule.code} in {pack.source}"
            rules.append(rule)
    return sorted(rules, key=lambda r: r.code)


def resolve_callable(spec: str, where: str) -> Callable[..., Any]:
    """Import `package.module:function`."""
    module_name, _, attribute = spec.partition(":")
    try:
        function: Callable[..., Any] = getattr(import_module(module_name), attribute)
        return function
    except (ImportError, AttributeError, ValueError) as error:
        raise ConfigError(f"{where}: cannot load check {spec!r} ({error})") from None


def strip_marks(example: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove `[[…]]` marks from a docs example; return the text and the marked spans."""
    spans, parts, cursor, removed = [], [], 0, 0
    for match in SPAN_MARK.finditer(example):
        parts.append(example[cursor : match.start()])
        start = match.start() - removed
        parts.append(match.group(1))
        spans.append((start, start + len(match.group(1))))
        removed += 4
        cursor = match.end()
    parts.append(example[cursor:])
    return "".join(parts), spans
