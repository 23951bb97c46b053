"""Rule test cases as data, sqlfluff-style; shared with conferences that test their own packs.

A case file is YAML named after the rule it tests (`UN001.yml`):

    rule: UN001
    config: {}                      # optional: rule options for every case
    cases:
      misspelt_council:
        fail: "Belgium sat on the [[United Nation Security Council]]."
        suggestion: United Nations Security Council   # optional: first suggestion of each finding
      official_name:
        pass: "Belgium sat on the United Nations Security Council."
      name_in_exceptions:
        pass: "…"
        config: {exceptions: ["…"]}  # optional: per-case rule options

`profile` (a conference profile, as `--profile`) and `grammar` (the engines, as `--grammar`:
`harper` is embedded, so its cases run everywhere) set the run, for the file or one case.

`fail` marks every span the rule must report with `[[…]]`, no more and no fewer; `pass`
must give no finding of that rule. Call `check_case` from a parametrised test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from paperlint import records, yamlfile
from paperlint.config import Config
from paperlint.context import standalone_context
from paperlint.engine.registry import Rule, load_rules, strip_marks
from paperlint.engine.runner import run_rules
from paperlint.errors import ConfigError
from paperlint.readers import read_bytes


@dataclass
class _CaseRecord:
    fail: str | None = None
    pass_: str | None = None
    suggestion: str | None = None
    config: dict[str, Any] = field(default_factory=dict)
    format: str = "txt"
    profile: str | None = None
    grammar: str | None = None


@dataclass
class _FileRecord:
    rule: str
    cases: dict[str, dict]
    config: dict[str, Any] = field(default_factory=dict)
    profile: str | None = None
    grammar: str | None = None


@dataclass(frozen=True)
class Case:
    rule: str
    name: str
    text: str
    spans: tuple[tuple[int, int], ...]
    expect_findings: bool
    suggestion: str | None
    options: dict
    format: str
    profile: str | None = None  # the run's conference profile and grammar engines, when set
    grammar: str | None = None

    @property
    def id(self) -> str:
        return f"{self.rule}_{self.name}"


def load_cases(folder: Path | str) -> list[Case]:
    """Every case of every `*.yml` file in `folder`, validated strictly."""
    cases = []
    for path in sorted(Path(folder).glob("*.y*ml")):
        data = yamlfile.safe_load(path.read_text(encoding="utf-8"))
        record = records.build(_FileRecord, data if isinstance(data, dict) else {}, str(path))
        if path.stem != record.rule:
            raise ConfigError(f"{path}: file name must be the rule code {record.rule!r}")
        for name, raw in record.cases.items():
            where = f"{path}: cases.{name}"
            raw = {("pass_" if k == "pass" else k): v for k, v in (raw or {}).items()}
            case = records.build(_CaseRecord, raw, where)
            if (case.fail is None) == (case.pass_ is None):
                raise ConfigError(f"{where}: give exactly one of 'fail' and 'pass'")
            text, spans = strip_marks(case.fail if case.fail is not None else case.pass_)
            if case.fail is not None and not spans:
                raise ConfigError(f"{where}: a 'fail' case must mark its spans with [[...]]")
            cases.append(Case(
                record.rule, name, text, tuple(spans), case.fail is not None, case.suggestion,
                {**record.config, **case.config}, case.format,
                case.profile or record.profile, case.grammar or record.grammar,
            ))
    return cases


def rule_for(case: Case, rules: list[Rule] | None = None) -> Rule:
    rules = rules if rules is not None else load_rules()
    rule = next((r for r in rules if r.code == case.rule), None)
    if rule is None:
        raise ConfigError(f"case {case.id}: no rule {case.rule}")
    return rule.with_options(case.options, f"case {case.id}") if case.options else rule


def check_case(case: Case, rules: list[Rule] | None = None) -> None:
    """Assert that the rule reports exactly the case's marked spans (and suggestion)."""
    rule = rule_for(case, rules)
    document = read_bytes(case.text.encode("utf-8"), f"case.{case.format}", case.format)
    config = Config()
    config.profile = case.profile or config.profile
    config.grammar = case.grammar or config.grammar
    findings = run_rules(document, [rule], standalone_context(config))
    found = [(f.start, f.end) for f in findings]
    assert found == list(case.spans), (
        f"{case.id}: expected {[case.text[a:b] for a, b in case.spans]}, "
        f"got {[case.text[a:b] for a, b in found]}"
    )
    if case.suggestion is not None:
        for finding in findings:
            assert finding.suggestions[:1] == (case.suggestion,), (
                f"{case.id}: suggestion {finding.suggestions[:1]} != {case.suggestion!r}"
            )
