"""One paper's result of a run: what the pipeline hands to reporters, the app and triage."""

from __future__ import annotations

from dataclasses import dataclass, field

from paperlint.analysis.stats import PaperStats
from paperlint.document import Document
from paperlint.findings import Finding, Severity

FAILS, PASSES, NOT_READ = "fails", "passes", "not read"


@dataclass
class FileResult:
    path: str
    document: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    stats: PaperStats | None = None  # readability and structure figures
    fail_on: Severity = Severity.WARNING  # this paper's own threshold, from its config

    @property
    def status(self) -> str:
        if self.error:
            return NOT_READ
        return FAILS if any(f.severity >= self.fail_on for f in self.findings) else PASSES
