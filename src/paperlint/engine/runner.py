"""Run rules over a document and turn their hits into findings."""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Callable, Iterable
from functools import cache

from paperlint.analysis.parse import parse_ahead
from paperlint.analysis.regions import skipped
from paperlint.context import RunContext, standalone_context
from paperlint.document import Document
from paperlint.engine.kinds import Hit
from paperlint.engine.registry import Rule, load_rules
from paperlint.engine.selection import matches
from paperlint.errors import BudgetExceeded, PaperlintError
from paperlint.findings import Finding
from paperlint.patterns import PatternTimeout

_DIRECTIVE = re.compile(r"^(?P<action>disable-next-line|disable|enable)\s*(?:=\s*(?P<codes>[\w\s,.-]*))?$")


def run_rules(
    document: Document,
    rules: Iterable[Rule],
    ctx: RunContext | None = None,
    timings: dict[str, float] | None = None,
    failures: list[str] | None = None,
) -> list[Finding]:
    """Every finding of `rules` on `document`, less those suppressed inline, sorted.

    `ctx` (default: `standalone_context()`) is what the rules know of the run; `timings`,
    when given, adds up seconds spent per stage (see `stage_of`). A rule whose pattern times
    out, or that fails, is skipped: with `failures` given, a line saying so is added to it, else
    the error is raised."""
    ctx = ctx or standalone_context()
    rules = list(rules)
    suppressed = _suppressions(document)
    findings: list[Finding] = []
    about_paper: list[Finding] = []
    started = time.perf_counter()
    parse_ahead(document, _parse_tests(rules))
    if timings is not None:
        timings["parse"] = timings.get("parse", 0.0) + time.perf_counter() - started
    for rule in rules:
        started = time.perf_counter()
        try:
            for finding, whole in _rule_findings(document, rule, ctx, suppressed):
                (about_paper if whole else findings).append(finding)
        except PatternTimeout as error:
            message = f"rule {rule.code} ({rule.source}) skipped: {error}"
            if failures is None:
                raise PatternTimeout(message) from None
            failures.append(message)
        except (BudgetExceeded, MemoryError, PaperlintError):
            raise  # the paper's own limits and bad input stop the paper, not one rule
        except Exception as error:  # a bug in one rule: the paper's other rules and the other papers still run
            if failures is None:
                raise
            failures.append(f"rule {rule.code} failed on this paper ({type(error).__name__}: {error}); "
                            "its other rules ran. Please report it (PAPERLINT_DEBUG=1 shows the traceback).")
        if timings is not None:
            stage = stage_of(rule)
            timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started
    kept = _one_fix_per_span(_outside_removals(sorted(findings, key=lambda f: f.sort_key)))
    return sorted(kept + about_paper, key=lambda f: f.sort_key)


def _parse_tests(rules: list[Rule]) -> list[Callable[[str], bool]]:
    """The cheap tests of the checks about to run and, when one of them reads the parse, of every
    check on by default: a check reads every sentence parsed for the paper, so what it finds must
    not depend on which others were selected (`--select GR003` finds what the whole run finds)."""
    own = [test for rule in rules if (test := _parse_test(rule)) is not None]
    return list(dict.fromkeys(own + _default_parse_tests())) if own else []


@cache
def _default_parse_tests() -> list[Callable[[str], bool]]:
    """The cheap tests of the checks on by default, read from the packs once a process."""
    return [test for rule in load_rules() if rule.enabled and (test := _parse_test(rule)) is not None]


def _parse_test(rule: Rule) -> Callable[[str], bool] | None:
    """The cheap test of a check marked with `parses_when`, if the rule is such a check."""
    return getattr(rule.params.function, "parse_when", None) if rule.kind.name == "python" else None


def stage_of(rule: Rule) -> str:
    """The benchmark stage a rule's time counts towards."""
    return _STAGES.get(rule.category, "rules")


_STAGES = {"grammar": "grammar", "spelling": "grammar", "readability": "readability",
           "structure": "readability", "facts": "facts"}


def _rule_findings(
    document: Document, rule: Rule, ctx: RunContext, suppressed: list[tuple[int, int, list[str]]]
) -> Iterable[tuple[Finding, bool]]:
    """The rule's findings, each with whether it is about the whole paper."""
    for hit in rule.kind.check(document, rule, ctx):
        if rule.excepted(document.text, hit.start, hit.end) or skipped(document, rule.skip, hit.start, hit.end):
            continue
        if any(a <= hit.start < b and any(matches(rule, s) for s in sel) for a, b, sel in suppressed):
            continue
        yield make_finding(document, rule, hit), hit.about_paper


def make_finding(document: Document, rule: Rule, hit: Hit) -> Finding:
    found = document.text[hit.start : hit.end]
    start, end = document.locate(hit.start), document.locate(hit.end)
    values = {"found": found, **hit.values}
    return Finding(
        path=document.path,
        code=rule.code,
        name=rule.name,
        category=rule.category,
        severity=hit.severity or rule.severity,
        message=rule.format_message(values),
        start=hit.start,
        end=hit.end,
        line=start.line,
        column=start.column,
        end_line=end.line,
        end_column=end.column,
        text=found,
        suggestions=hit.suggestions,
        fixable=rule.fixable and bool(hit.suggestions) and hit.safe,
        paragraph=start.paragraph,
        page=start.page,
        page_line=start.page_line,
        details=hit.details,
        engine_rule=hit.engine_rule,
    )


def _suppressions(document: Document) -> list[tuple[int, int, list[str]]]:
    """(start, end, selectors) ranges switched off by `paperlint:` comments."""
    ranges: list[tuple[int, int, list[str]]] = []
    open_ranges: dict[str, int] = {}
    for offset, body in document.directives:
        match = _DIRECTIVE.match(body.strip())
        if not match:
            continue
        selectors = [s.strip() for s in (match["codes"] or "ALL").split(",") if s.strip()] or ["ALL"]
        if match["action"] == "disable-next-line":
            line_end = document.text.find("\n", offset)
            if line_end == -1:
                continue
            next_start = line_end + 1
            while next_start < len(document.text) and document.text[next_start] == "\n":
                next_start += 1
            next_end = document.text.find("\n", next_start)
            ranges.append((next_start, next_end if next_end != -1 else len(document.text), selectors))
        elif match["action"] == "disable":
            for selector in selectors:
                open_ranges.setdefault(selector, offset)
        else:
            for selector in selectors:
                for key in [k for k in open_ranges if k == selector or selector.upper() == "ALL"]:
                    ranges.append((open_ranges.pop(key), offset, [key]))
    ranges.extend((start, len(document.text) + 1, [s]) for s, start in open_ranges.items())
    return ranges


def _outside_removals(findings: list[Finding]) -> list[Finding]:
    """Drop findings inside text that another finding says to remove (web debris)."""
    removals = sorted((f.start, f.end) for f in findings if "" in f.suggestions)
    if not removals:
        return findings
    starts = [start for start, _ in removals]
    kept = []
    for finding in findings:
        index = bisect.bisect_right(starts, finding.start) - 1
        inside = index >= 0 and finding.end <= removals[index][1] and "" not in finding.suggestions
        if not inside:
            kept.append(finding)
    return kept


def _one_fix_per_span(findings: list[Finding]) -> list[Finding]:
    """One problem, one finding: two findings that propose replacements for the same span, or
    two safe fixes whose spans overlap, are one problem; keep the longer span (the more
    specific rule), and of two on one span the more severe ("use the official name" over "two
    names for one body"). `findings` are sorted by start, so only findings still open can clash."""
    kept: list[Finding] = []
    open_: list[Finding] = []
    for finding in findings:
        open_ = [k for k in open_ if k.end > finding.start or (k.start, k.end) == (finding.start, finding.end)]
        clash = next((k for k in open_ if _same_problem(k, finding)), None) if finding.suggestions else None
        if clash is None:
            kept.append(finding)
            open_.append(finding)
        elif (finding.end - finding.start, finding.severity) > (clash.end - clash.start, clash.severity):
            kept[kept.index(clash)] = finding
            open_[open_.index(clash)] = finding
    return kept


def _same_problem(a: Finding, b: Finding) -> bool:
    if not a.suggestions or a.path != b.path:
        return False
    if (a.start, a.end) == (b.start, b.end):
        return True
    # A grammar engine's suggestion overlapping a paperlint rule's is the same problem too.
    engine_and_rule = bool(b.suggestions) and (a.engine_rule is None) != (b.engine_rule is None)
    return (a.fixable and b.fixable or engine_and_rule) and a.start < b.end and b.start < a.end
