"""json: the versioned machine format; its schema is docs/json-schema.json."""

from __future__ import annotations

import json

from paperlint import __version__
from paperlint.reporters import summary

SCHEMA_VERSION = 1


def finding_dict(f) -> dict:
    return {
        "path": f.path,
        "code": f.code,
        "name": f.name,
        "category": f.category,
        "severity": str(f.severity),
        "message": f.message,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "suggestions": list(f.suggestions),
        "fixable": f.fixable,
        "paragraph": f.paragraph,
        "page": f.page,
        "page_line": f.page_line,
        "engine_rule": f.engine_rule,
        "notes": list(f.details),
    }


def render(results) -> str:
    payload = {
        "schema_version": SCHEMA_VERSION,
        "paperlint_version": __version__,
        "files": [
            {
                "path": r.path,
                "format": r.document.format if r.document else None,
                "metadata": r.document.metadata.as_dict() if r.document else None,
                "error": r.error,
                "stats": r.stats.to_dict() if r.stats else None,
            }
            for r in results
        ],
        "findings": [finding_dict(f) for r in results for f in r.findings],
        "summary": summary(results),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
