"""`paperlint merge`: join the reports of `paperlint check --shard K/N` runs into one report
of the same format (json, sarif or junit), equal to the report of one run over all papers.

Pure functions of the reports' texts. Papers are ordered as one run over a folder finds them
(each folder's files by name, then its subfolders by name); a paper in two reports, reports
of different formats or of different paperlint versions are errors.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from types import SimpleNamespace
from urllib.parse import unquote, urlparse

from paperlint.errors import PaperlintError

FORMATS = ("json", "sarif", "junit")


def walk_order(path: str) -> tuple:
    """A sort key putting paths in the order `paperlint check FOLDER` reports them: a folder's
    files by name before its subfolders, by name."""
    parts = path.replace("\\", "/").split("/")
    return tuple((1, part) for part in parts[:-1]) + ((0, parts[-1]),)


def report_format(text: str) -> str:
    """json, sarif or junit: which paperlint format a report is in."""
    if text.lstrip().startswith("<"):
        return "junit"
    try:
        data = json.loads(text)
    except ValueError:
        raise PaperlintError("not a paperlint report (json, sarif or junit)") from None
    if isinstance(data, dict) and "runs" in data and data.get("version") == "2.1.0":
        return "sarif"
    if isinstance(data, dict) and "schema_version" in data and "files" in data:
        return "json"
    raise PaperlintError("not a paperlint report (json, sarif or junit)")


def merge_reports(texts: list[str]) -> str:
    """One report from shard reports, all in the same format."""
    if not texts:
        raise PaperlintError("no reports to merge")
    kinds = {report_format(text) for text in texts}
    if len(kinds) > 1:
        raise PaperlintError(f"reports in different formats ({', '.join(sorted(kinds))}): merge one format at a time")
    merge = {"json": merge_json, "sarif": merge_sarif, "junit": merge_junit}[kinds.pop()]
    return merge(texts)


def _one_paper_each(paths: list[str]) -> None:
    seen: set[str] = set()
    for path in paths:
        if path in seen:
            raise PaperlintError(f"{path} is in more than one report (were two shards the same?)")
        seen.add(path)


def _same(values: list, what: str) -> None:
    if len(set(values)) > 1:
        raise PaperlintError(f"reports from different {what} ({', '.join(sorted(map(str, set(values))))})")


def merge_json(texts: list[str]) -> str:
    """Files and findings of every report, in one run's order, with the summary recounted."""
    from paperlint.findings import Severity
    from paperlint.reporters import summary

    reports = [json.loads(text) for text in texts]
    _same([r["schema_version"] for r in reports], "report schema versions")
    _same([r["paperlint_version"] for r in reports], "paperlint versions")
    files = sorted((f for r in reports for f in r["files"]), key=lambda f: walk_order(f["path"]))
    _one_paper_each([f["path"] for f in files])
    findings_of: dict[str, list[dict]] = {}
    for report in reports:
        for finding in report["findings"]:
            findings_of.setdefault(finding["path"], []).append(finding)
    findings = [finding for f in files for finding in findings_of.get(f["path"], [])]
    results = [  # just what reporters.summary reads, so the summary is counted one way
        SimpleNamespace(
            error=f["error"],
            findings=[SimpleNamespace(severity=Severity.parse(x["severity"]), code=x["code"], fixable=x["fixable"])
                      for x in findings_of.get(f["path"], [])],
        )
        for f in files
    ]
    merged = {**reports[0], "files": files, "findings": findings, "summary": summary(results)}
    return json.dumps(merged, ensure_ascii=False, indent=2) + "\n"


def _uri_path(location: dict) -> str:
    uri = location["uri"]
    return unquote(urlparse(uri).path) if uri.startswith("file:") else uri


def _location_uri(item: dict) -> str:
    return item["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]


def merge_sarif(texts: list[str]) -> str:
    """One SARIF run: artifacts, results and notifications in one run's order, the rules each
    once, indexed in the order their first result appears."""
    runs = []
    for text in texts:
        log = json.loads(text)
        if len(log["runs"]) != 1:
            raise PaperlintError("a paperlint SARIF report has one run")
        runs.append(log["runs"][0])
    _same([run["tool"]["driver"]["version"] for run in runs], "paperlint versions")
    artifacts = sorted((a for run in runs for a in run["artifacts"]), key=lambda a: walk_order(_uri_path(a["location"])))
    _one_paper_each([a["location"]["uri"] for a in artifacts])
    rule_of = {rule["id"]: rule for run in runs for rule in run["tool"]["driver"]["rules"]}
    results_of: dict[str, list[dict]] = {}
    notifications_of: dict[str, list[dict]] = {}
    for run in runs:
        for result in run["results"]:
            results_of.setdefault(_location_uri(result), []).append(result)
        for invocation in run["invocations"]:
            for notification in invocation["toolExecutionNotifications"]:
                notifications_of.setdefault(_location_uri(notification), []).append(notification)
    rules: list[dict] = []
    index_of: dict[str, int] = {}
    results = []
    for artifact in artifacts:
        for result in results_of.get(artifact["location"]["uri"], []):
            if result["ruleId"] not in index_of:
                index_of[result["ruleId"]] = len(rules)
                rules.append(rule_of[result["ruleId"]])
            results.append({**result, "ruleIndex": index_of[result["ruleId"]]})
    notifications = [n for a in artifacts for n in notifications_of.get(a["location"]["uri"], [])]
    first = runs[0]
    run = {
        **first,
        "tool": {"driver": {**first["tool"]["driver"], "rules": rules}},
        "artifacts": artifacts,
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
        "results": results,
    }
    log = {**json.loads(texts[0]), "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def merge_junit(texts: list[str]) -> str:
    """One <testsuites> with every paper's <testsuite>, in one run's order, totals recounted."""
    suites: list[ET.Element] = []
    for text in texts:
        try:
            root = ET.fromstring(text)
        except ET.ParseError as error:
            raise PaperlintError(f"not a JUnit report ({error})") from None
        if root.tag != "testsuites":
            raise PaperlintError("not a paperlint JUnit report (no <testsuites>)")
        suites.extend(root)
    suites.sort(key=lambda suite: walk_order(suite.get("name", "")))
    _one_paper_each([suite.get("name", "") for suite in suites])
    merged = ET.Element("testsuites", name="paperlint")
    merged.extend(suites)
    for total in ("tests", "failures", "errors"):
        merged.set(total, str(sum(int(suite.get(total, "0")) for suite in suites)))
    ET.indent(merged)
    return ET.tostring(merged, encoding="unicode", xml_declaration=True) + "\n"
