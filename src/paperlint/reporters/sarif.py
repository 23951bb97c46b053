"""sarif: SARIF 2.1.0, the format GitHub code scanning and other review tools read.

Columns count Unicode code points (declared with `columnKind`), and a finding in a .docx or
.pdf keeps its line and column in the extracted text and names its paragraph or page in the
result's properties. Rule help is the rule's documentation page.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from paperlint import __version__
from paperlint.docs import rule_markdown, rule_text
from paperlint.reporters import rules_by_code

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> dict:
    """A path relative to the working directory (under %SRCROOT%), else an absolute file URI."""
    absolute = Path(os.path.abspath(path))
    try:
        return {"uri": absolute.relative_to(Path.cwd()).as_posix(), "uriBaseId": "%SRCROOT%"}
    except ValueError:
        return {"uri": absolute.as_uri()}


def _rule_descriptor(code: str, sample) -> dict:
    rule = rules_by_code().get(code)
    if rule is None:  # a rule from a pack the config added: describe it from its findings
        return {"id": code, "name": sample.name, "properties": {"category": sample.category}}
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.docs.summary},
        "fullDescription": {"text": rule.docs.why},
        "help": {"text": rule_text(rule), "markdown": rule_markdown(rule)},
        "defaultConfiguration": {"level": _LEVEL[str(rule.severity)], "enabled": rule.enabled},
        "properties": {"category": rule.category, "tags": [rule.category], "fixable": rule.fixable},
    }


def _region(f) -> dict:
    return {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
        "snippet": {"text": f.text},
    }


def _result(f, rule_index: int, document_format: str | None) -> dict:
    message = f.message
    if f.suggestions:
        shown = ", ".join("remove it" if s == "" else repr(s) for s in f.suggestions)
        message += f" Suggestion: {shown}."
    result = {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": _LEVEL[str(f.severity)],
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_uri(f.path), "region": _region(f)}}],
        "partialFingerprints": {"paperlintFinding/v1": f"{f.code}:{f.text}"},
        "properties": {
            "category": f.category,
            **{k: v for k, v in (("paragraph", f.paragraph), ("page", f.page), ("pageLine", f.page_line)) if v is not None},
            **({"notes": list(f.details)} if f.details else {}),
        },
    }
    if f.fixable and f.suggestions and document_format in ("txt", "md"):
        result["fixes"] = [{
            "description": {"text": "Remove the text" if f.suggestions[0] == "" else f"Replace with {f.suggestions[0]!r}"},
            "artifactChanges": [{
                "artifactLocation": artifact_uri(f.path),
                "replacements": [{"deletedRegion": _region(f), "insertedContent": {"text": f.suggestions[0]}}],
            }],
        }]
    return result


def render(results) -> str:
    codes: dict[str, int] = {}
    rules: list[dict] = []
    sarif_results: list[dict] = []
    for r in results:
        for f in r.findings:
            if f.code not in codes:
                codes[f.code] = len(rules)
                rules.append(_rule_descriptor(f.code, f))
            sarif_results.append(_result(f, codes[f.code], r.document.format if r.document else None))
    notifications = [
        {
            "level": "error",
            "message": {"text": r.error},
            "locations": [{"physicalLocation": {"artifactLocation": artifact_uri(r.path)}}],
        }
        for r in results
        if r.error
    ]
    run = {
        "tool": {"driver": {
            "name": "paperlint",
            "version": __version__,
            "semanticVersion": __version__,
            "informationUri": "https://pypi.org/project/paperlint/",
            "rules": rules,
        }},
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
        "artifacts": [{"location": artifact_uri(r.path)} for r in results],
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
        "results": sarif_results,
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2) + "\n"
