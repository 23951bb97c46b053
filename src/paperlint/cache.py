"""A content-hash cache of check results, so a second run over unchanged papers is instant.

A result is stored under a key made of the paper's path and bytes, paperlint's version and
code, the rule packs, and the resolved configuration: change any of them and the entry is
not found. Entries are JSON written atomically (temporary file, then rename), so two runs
sharing a cache folder never see half an entry; an unreadable entry is a miss.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from datetime import date
from functools import lru_cache
from pathlib import Path

from paperlint import __version__
from paperlint.analysis.stats import PaperStats
from paperlint.document import Block, Document, Metadata, SourceAnchor
from paperlint.errors import PaperlintError
from paperlint.findings import Finding, Severity
from paperlint.output import write_atomically

FORMAT_VERSION = 2
@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """paperlint's version plus the contents of every file of the package and its packs.
    Contents, not modification times: pip sets those to the time of installing, and a CI
    runner installs afresh every run, so a cache restored from CI would never match."""
    digest = hashlib.sha256(f"{__version__}/{FORMAT_VERSION}".encode())
    import paperlint
    import paperlint.rules

    for root in sorted({Path(paperlint.__file__).parent, Path(paperlint.rules.__file__).parent}):
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(f"{path.relative_to(root)}\0".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


_fingerprints: dict[int, tuple] = {}


def settings_fingerprint(settings, grammar=None) -> str:
    """A key for everything in a resolved configuration that changes results: the config,
    the rules it selects, the packs it adds and the grammar engines it would run (asked of
    `grammar`, the run's GrammarService)."""
    known = _fingerprints.get(id(settings))
    if known is not None and known[0] is settings:
        return known[1]
    digest = hashlib.sha256(json.dumps(dataclasses.asdict(settings.config), sort_keys=True, default=str).encode())
    digest.update(" ".join(sorted(r.code for r in settings.rules)).encode())
    for pack in settings.config.packs:
        digest.update(Path(pack).read_bytes())
    if any("grammar" in r.needs for r in settings.rules):
        from paperlint.grammar import VERSION, shared_service

        engines = (grammar or shared_service()).session(settings.config).engines
        digest.update(f"{engines}:{VERSION}".encode())
    _fingerprints[id(settings)] = (settings, digest.hexdigest())
    return _fingerprints[id(settings)][1]


class ResultCache:
    """Check results by content key, under `<cache folder>/results/`."""

    def __init__(self, folder: Path | str):
        self.folder = Path(folder) / "results" / f"v{FORMAT_VERSION}"

    def key(self, path: str, data: bytes, settings_key: str) -> str:
        digest = hashlib.sha256()
        for part in (code_fingerprint(), settings_key, os.path.abspath(path)):
            digest.update(part.encode())
            digest.update(b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> tuple[Document, list[Finding], PaperStats | None] | None:
        """(document, findings, stats) stored under `key`, or None."""
        try:
            payload = json.loads(self._entry(key).read_text(encoding="utf-8"))
            findings = [finding_from_dict(f) for f in payload["findings"]]
            stats = PaperStats.from_dict(payload["stats"]) if payload["stats"] is not None else None
            return document_from_dict(payload["document"]), findings, stats
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, document: Document, findings: list[Finding], stats: PaperStats | None) -> None:
        entry = self._entry(key)
        payload = {
            "document": document_to_dict(document),
            "findings": [finding_to_dict(f) for f in findings],
            "stats": stats.to_dict() if stats else None,
        }
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(str(entry), json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        except (OSError, PaperlintError):
            return  # a cache that cannot be written only makes the next run slower


def document_to_dict(document: Document) -> dict:
    return {
        "path": document.path,
        "format": document.format,
        "text": document.text,
        "blocks": [[b.kind, b.start, b.end] for b in document.blocks],
        "metadata": document.metadata.as_dict(),
        "anchors": [dataclasses.astuple(a) for a in document.anchors],
        "directives": [list(d) for d in document.directives],
    }


def document_from_dict(data: dict) -> Document:
    metadata = Metadata(**data["metadata"])
    for name in ("date", "file_date"):
        if getattr(metadata, name) is not None:
            setattr(metadata, name, date.fromisoformat(getattr(metadata, name)))
    return Document(
        data["path"], data["format"], data["text"],
        [Block(*b) for b in data["blocks"]],
        metadata,
        [SourceAnchor(*a) for a in data["anchors"]],
        [tuple(d) for d in data["directives"]],
    )


def finding_to_dict(finding: Finding) -> dict:
    data = dataclasses.asdict(finding)
    data["severity"] = int(finding.severity)
    return data


def finding_from_dict(data: dict) -> Finding:
    data = dict(data)
    data["severity"] = Severity(data["severity"])
    data["suggestions"] = tuple(data["suggestions"])
    data["details"] = tuple(data["details"])
    return Finding(**data)
