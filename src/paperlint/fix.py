"""`--fix` and `--diff` for .txt and .md papers: apply the safe fixes, or show them as a diff.

Only fixable findings are applied, each with its first suggestion, and only where the source
still holds exactly the flagged text (Markdown markup inside a span is left alone). Edits
never overlap: of two overlapping fixes the first is applied and the other waits for the next
run. Removing a span that is a whole line (web debris) removes the line, and the blank lines
around it collapse so paragraphs stay one blank line apart. Nothing outside the edits
changes: the file is decoded, edited and encoded back with its own encoding, byte-order mark
and line endings, then written atomically.
"""

from __future__ import annotations

import bisect
import codecs
import difflib
import os
import re
from dataclasses import dataclass

from paperlint.document import Document
from paperlint.errors import InputError
from paperlint.findings import Finding
from paperlint.output import write_atomically
from paperlint.readers.text import decode

FIXABLE_FORMATS = ("txt", "md")
# What may stand on a line beside a removed span for the whole line to go: space and the
# Markdown markup that the reader blanked (heading, list, quote and emphasis marks).
_LINE_REST = re.compile(r"[ \t#>*_+\-|`~=\d.)]*")


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with `replacement`, fixing `findings` (offsets into the text)."""

    start: int
    end: int
    replacement: str
    findings: tuple[Finding, ...]


@dataclass
class FixPlan:
    edits: list[Edit]
    skipped: list[Finding]  # fixable, but overlapping another edit or no longer matching


@dataclass(frozen=True)
class Source:
    """A text file as decoded: its normalised text (what the reader saw) and how to write it back."""

    raw: str  # decoded, with the file's own line endings
    text: str  # "\n" line endings, as the reader's offsets count
    encoding: str
    bom: bytes

    @classmethod
    def from_bytes(cls, data: bytes) -> Source:
        raw = decode(data)
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding, bom = (
                ("utf-16-le", codecs.BOM_UTF16_LE) if data.startswith(codecs.BOM_UTF16_LE) else ("utf-16-be", codecs.BOM_UTF16_BE)
            )
        else:
            encoding, bom = "utf-8", (codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b"")
        return cls(raw, raw.replace("\r\n", "\n").replace("\r", "\n"), encoding, bom)

    def raw_offsets(self) -> list[int]:
        """For each offset into `text` (and its end), the matching offset into `raw`."""
        offsets, position = [], 0
        while position < len(self.raw):
            offsets.append(position)
            position += 2 if self.raw.startswith("\r\n", position) else 1
        offsets.append(len(self.raw))
        return offsets

    def encode(self, raw: str) -> bytes:
        return self.bom + raw.encode(self.encoding)


def plan(text: str, document: Document, findings: list[Finding]) -> FixPlan:
    """The edits to make on `text` (the normalised source) for the fixable findings.

    Findings that remove a whole line are merged with the blank lines around them: a run of
    removed and blank lines between two paragraphs becomes one blank line (none if there was
    none), and at the start or end of the text it goes entirely.
    """
    lines = _Lines(text)
    removed_lines: dict[int, list[Finding]] = {}
    span_edits: list[Edit] = []
    skipped: list[Finding] = []
    for finding in sorted((f for f in findings if f.fixable and f.suggestions), key=lambda f: (f.start, -f.end, f.code)):
        if text[finding.start:finding.end] != finding.text or document.text[finding.start:finding.end] != finding.text:
            skipped.append(finding)
        elif finding.suggestions[0] == "" and (line := lines.whole_line(finding, document.text)) is not None:
            removed_lines.setdefault(line, []).append(finding)
        else:
            span_edits.append(Edit(finding.start, finding.end, finding.suggestions[0], (finding,)))
    edits = [*lines.removals(removed_lines)]
    for edit in span_edits:
        if any(edit.start < other.end and other.start < edit.end for other in edits):
            skipped.extend(edit.findings)
        else:
            edits.append(edit)
    edits.sort(key=lambda e: e.start)
    return FixPlan(edits, skipped)


class _Lines:
    """The lines of a text, by number (0-based), with their start offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def end(self, number: int) -> int:
        """Where line `number`'s content ends (before its newline)."""
        return self.starts[number + 1] - 1 if number + 1 < len(self.starts) else len(self.text)

    def blank(self, number: int) -> bool:
        return not self.text[self.starts[number]:self.end(number)].strip()

    def whole_line(self, finding: Finding, extracted: str) -> int | None:
        """The line number when the finding's span is all there is on its line, else None."""
        number = bisect.bisect_right(self.starts, finding.start) - 1
        start, end = self.starts[number], self.end(number)
        if finding.end > end or extracted[start:finding.start].strip() or extracted[finding.end:end].strip():
            return None
        rest = self.text[start:finding.start] + self.text[finding.end:end]
        return number if _LINE_REST.fullmatch(rest) else None

    def removals(self, removed: dict[int, list[Finding]]) -> list[Edit]:
        edits: list[Edit] = []
        done: set[int] = set()
        for number in sorted(removed):
            if number in done:
                continue
            first = last = number
            while first > 0 and (first - 1 in removed or self.blank(first - 1)):
                first -= 1
            while last + 1 < len(self.starts) and (last + 1 in removed or self.blank(last + 1)):
                last += 1
            group = range(first, last + 1)
            done.update(group)
            fixed = tuple(f for n in group for f in removed.get(n, ()))
            had_blank = any(n not in removed for n in group)
            if first == 0 and last == len(self.starts) - 1:
                edits.append(Edit(0, len(self.text), "", fixed))
            elif first == 0:
                edits.append(Edit(0, self.starts[last + 1], "", fixed))
            elif last == len(self.starts) - 1:
                ending = "\n" if self.text.endswith("\n") else ""
                edits.append(Edit(self.end(first - 1), len(self.text), ending, fixed))
            else:
                edits.append(Edit(self.starts[first], self.starts[last + 1], "\n" if had_blank else "", fixed))
        return edits


def apply(text: str, edits: list[Edit]) -> str:
    """`text` with the (sorted, non-overlapping) edits made; nothing else changes."""
    parts, cursor = [], 0
    for edit in edits:
        parts += [text[cursor:edit.start], edit.replacement]
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)


def fixed_bytes(data: bytes, document: Document, findings: list[Finding]) -> tuple[bytes, FixPlan]:
    """The file's bytes with the fixes made, in its own encoding and line endings."""
    if document.format not in FIXABLE_FORMATS:
        raise InputError(f"--fix works on .txt and .md papers, not .{document.format} (use --annotate)")
    source = Source.from_bytes(data)
    fix_plan = plan(source.text, document, findings)
    offsets = source.raw_offsets()
    raw_edits = [
        Edit(offsets[e.start], offsets[e.end], _with_newlines(e.replacement, source.raw), e.findings)
        for e in fix_plan.edits
    ]
    return source.encode(apply(source.raw, raw_edits)), fix_plan


def _with_newlines(replacement: str, raw: str) -> str:
    return replacement.replace("\n", "\r\n") if "\r\n" in raw else replacement


def unified_diff(path: str, before: bytes, after: bytes) -> str:
    old, new = Source.from_bytes(before).text, Source.from_bytes(after).text
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


@dataclass
class FixOutcome:
    """What `--fix`/`--diff` did (or would do) to one paper."""

    diff: str = ""
    applied: int = 0
    skipped: int = 0
    note: str = ""


def fix_paper(result, write: bool) -> FixOutcome:
    """Fix one checked paper in place (when `write`), or only work out the diff."""
    document = result.document
    if document is None or result.error or result.path == "-" or not os.path.isfile(result.path):
        return FixOutcome()
    if document.format not in FIXABLE_FORMATS:
        if any(f.fixable for f in result.findings):
            return FixOutcome(
                note=f"{result.path}: not fixed in place: --fix changes .txt and .md papers "
                "(use --fix-output NEW.docx for tracked changes)"
            )
        return FixOutcome()
    with open(result.path, "rb") as handle:
        before = handle.read()
    after, fix_plan = fixed_bytes(before, document, result.findings)
    applied = sum(len(edit.findings) for edit in fix_plan.edits)
    outcome = FixOutcome(unified_diff(result.path, before, after), applied, len(fix_plan.skipped))
    if write and after != before:
        write_atomically(result.path, after)
    return outcome
