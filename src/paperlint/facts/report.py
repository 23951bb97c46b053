"""`paperlint facts PATH`: every claim of a paper with its verdict, as a checklist (text or JSON)."""

from __future__ import annotations

import json
from collections import Counter

from paperlint.analysis.countries import paper_country
from paperlint.document import Document
from paperlint.facts import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Checked
from paperlint.facts.knowledge import knowledge_base

MARKS = {SUPPORTED: "[ok]", CONTRADICTED: "[!!]", UNVERIFIABLE: "[??]"}


def _summary(checked: list[Checked]) -> dict[str, int]:
    counts = Counter(item.verdict.status for item in checked)
    return {status: counts.get(status, 0) for status in (SUPPORTED, CONTRADICTED, UNVERIFIABLE)}


def _country(document: Document) -> str | None:
    kb = knowledge_base()
    iso3 = paper_country(document).iso3
    return kb.country_names.get(iso3) if iso3 else None


def checklist_text(document: Document, checked: list[Checked]) -> str:
    summary = _summary(checked)
    country = _country(document)
    lines = [
        f"{document.path}: {len(checked)} claims: {summary[SUPPORTED]} supported, "
        f"{summary[CONTRADICTED]} contradicted, {summary[UNVERIFIABLE]} to check"
        + (f" (paper's country: {country})" if country else " (paper's country: unknown)"),
        "",
    ]
    for item in checked:
        claim, verdict = item.claim, item.verdict
        where = document.locate(claim.start)
        lines.append(f"{MARKS[verdict.status]} {where.line}:{where.column} {claim.kind}: {claim.describe()}")
        lines.append(f"     {verdict.status}: {verdict.fact}")
        if verdict.source:
            lines.append(f"     source: {verdict.source} ({verdict.via})")
        if verdict.search:
            lines.append(f"     search: {verdict.search}")
    if not checked:
        lines.append("No claims of fact found.")
    return "\n".join(lines) + "\n"


def checklist_json(document: Document, checked: list[Checked]) -> str:
    claims = []
    for item in checked:
        where = document.locate(item.claim.start)
        claims.append({**item.as_dict(), "line": where.line, "column": where.column})
    report = {"path": document.path, "country": _country(document), "summary": _summary(checked), "claims": claims}
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
