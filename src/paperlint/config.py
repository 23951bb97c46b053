"""Configuration: `paperlint.toml`, `.paperlint.toml` or `[tool.paperlint]` in pyproject.toml.

The file is found by walking up from each paper, as ruff does; `--config` names one
explicitly. Loading is strict: an unknown key or a wrong type is a one-line error naming the
file and key. `paperlint.settings` resolves a `Config` into the rules it enables; nothing else
reads configuration files.
"""

from __future__ import annotations

import datetime
import os
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from paperlint import records
from paperlint.errors import ConfigError
from paperlint.findings import Severity
from paperlint.metadata import parse_date
from paperlint.profiles import DEFAULT_PROFILE, CustomProfile, validate_profiles

CONFIG_FILES = ("paperlint.toml", ".paperlint.toml", "pyproject.toml")
_NOT_IN_FILES = ("path", "override_date", "override-date")
OUTPUT_FORMATS = ("full", "concise", "json", "sarif", "github", "junit", "markdown", "html", "csv")
GRAMMAR_MODES = ("auto", "languagetool", "harper", "both", "off")


@dataclass
class Vocabulary:
    accept: list[str] = field(default_factory=list)
    reject: list[str] = field(default_factory=list)


@dataclass
class Config:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    fail_on: str = "warning"
    min_severity: str = "info"
    output_format: str | None = None
    date: str | None = None
    packs: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    max_file_size_mb: int = 20
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    # The conference profile the structure checks follow (docs/profiles.md), and custom ones.
    profile: str = DEFAULT_PROFILE
    profiles: dict[str, CustomProfile] = field(default_factory=dict)
    # Fact checks (docs/facts.md): look claims up online, and where to cache the answers.
    online: bool = False
    cache_dir: str | None = None
    # Grammar and spelling engines (docs/grammar.md): auto, languagetool, harper, both or off;
    # a LanguageTool server URL to use instead of a local one; where LanguageTool is installed.
    grammar: str = "auto"
    languagetool_url: str | None = None
    languagetool_dir: str | None = None
    # Papers checked at once in worker processes (default: one per CPU), and the result cache.
    jobs: int | None = None
    cache: bool = True
    # Each paper's budget: seconds to check it, and memory a worker may add while checking it (MB).
    time_budget: float = 30.0
    memory_budget_mb: int = 1024
    # The per-user daemon that keeps the engines warm (docs/daemon.md), and its idle time.
    daemon: bool = True
    daemon_idle_minutes: float = 15.0
    # Set by the loader and the command line, not by the file:
    path: str | None = None
    override_date: str | None = None  # --date: wins over the date a paper gives

    @property
    def root(self) -> Path:
        return Path(self.path).parent if self.path else Path.cwd()

    def paper_date(self, value: str | None = None) -> datetime.date | None:
        """`value` (default: the config's fallback `date`) as a date; None when unset."""
        value = self.date if value is None else value
        if value is None:
            return None
        parsed = parse_date(value)
        if parsed is None:
            raise ConfigError(f"{self.path or '--date'}: cannot read date {value!r} (use YYYY-MM-DD)")
        return parsed


def find_config_file(start: Path) -> Path | None:
    """The nearest config file at or above `start` (a pyproject.toml counts only with [tool.paperlint])."""
    directory = start if start.is_dir() else start.parent
    for folder in [directory.resolve(), *directory.resolve().parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_paperlint_table(candidate)):
                return candidate
    return None


def _has_paperlint_table(path: Path) -> bool:
    try:
        return "paperlint" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
        return False


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: invalid TOML ({error})") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("paperlint", {})
    for key in data:
        if key in _NOT_IN_FILES:
            raise ConfigError(f"{path}: unknown key {key!r}")
    config = records.build(Config, data, str(path))
    if config.jobs is not None and config.jobs < 1:
        raise ConfigError(f"{path}: key 'jobs': must be 1 or more")
    if config.daemon_idle_minutes <= 0:
        raise ConfigError(f"{path}: key 'daemon-idle-minutes': must be more than 0")
    if config.time_budget < 0 or config.memory_budget_mb < 0:
        raise ConfigError(f"{path}: keys 'time-budget' and 'memory-budget-mb' must be 0 (no limit) or more")
    config.path = str(path)
    for name in ("fail_on", "min_severity"):
        try:
            Severity.parse(getattr(config, name))
        except ValueError as error:
            raise ConfigError(f"{path}: key {name.replace('_', '-')!r}: {error}") from None
    if config.output_format is not None and config.output_format not in OUTPUT_FORMATS:
        raise ConfigError(f"{path}: key 'output-format': expected one of {', '.join(OUTPUT_FORMATS)}")
    if config.grammar not in GRAMMAR_MODES:
        raise ConfigError(f"{path}: key 'grammar': expected one of {', '.join(GRAMMAR_MODES)}")
    if config.languagetool_dir is not None:
        config.languagetool_dir = str(path.parent / Path(config.languagetool_dir).expanduser())
    config.packs = [str(path.parent / p) for p in config.packs]
    for pack in config.packs:
        if not Path(pack).is_file():
            raise ConfigError(f"{path}: key 'packs': no such pack file {pack}")
    config.paper_date()
    validate_profiles(config.profile, config.profiles, str(path))
    return config


CACHE_ENVIRONMENT = "PAPERLINT_CACHE_DIR"


def default_cache_dir() -> Path:
    """The user cache folder: %LOCALAPPDATA% on Windows, ~/Library/Caches on macOS, else XDG."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "paperlint" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "paperlint"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "paperlint"


def cache_dir_for(config) -> Path:
    """--cache-dir, else `cache-dir` in the config (relative to the config file), else
    $PAPERLINT_CACHE_DIR, else the user cache folder."""
    configured = getattr(config, "cache_dir", None)
    if configured:
        path = Path(configured).expanduser()
        config_file = getattr(config, "path", None)
        return path if path.is_absolute() or not config_file else Path(config_file).parent / path
    chosen = os.environ.get(CACHE_ENVIRONMENT)
    return Path(chosen).expanduser() if chosen else default_cache_dir()
