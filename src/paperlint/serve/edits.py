"""A paper's edits in `paperlint serve`: accepted suggestions and typing, kept as changes to
the text as it was read, so that every download starts from the original file.

`Changes` holds sorted, non-overlapping replacements in the original text's offsets. A change
made on the current text (an accepted suggestion, a stretch the delegate retyped) is merged
with any change it touches; one that restores the original text disappears. Offsets map both
ways, so findings on the current text can be placed on the original (for the Word copy) and
a dismissed finding stays dismissed after the text around it changes.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from paperlint.document import Block, Document
from paperlint.findings import Finding, Severity


@dataclass(frozen=True)
class Change:
    """Replace original[start:end] with `replacement`; `accepted` are the findings it fixes
    (empty for the delegate's own typing)."""

    start: int
    end: int
    replacement: str
    accepted: tuple[Finding, ...] = ()


@dataclass
class Changes:
    original: str
    items: list[Change] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The current text: the original with every change made."""
        parts, cursor = [], 0
        for change in self.items:
            parts += [self.original[cursor:change.start], change.replacement]
            cursor = change.end
        return "".join(parts) + self.original[cursor:]

    def _spans(self):
        """(change, start, end in the current text, shift after it) for each change."""
        shift = 0
        for change in self.items:
            start = change.start + shift
            end = start + len(change.replacement)
            shift = end - change.end
            yield change, start, end, shift

    def to_current(self, offset: int, side: str = "start") -> int:
        """An original offset in the current text; inside a change, its start or its end."""
        shift = 0
        for change, start, end, after in self._spans():
            if offset < change.start or (offset == change.start and (side == "start" or change.end > change.start)):
                return offset + shift
            if offset < change.end or (offset == change.end and side == "end"):
                return start if side == "start" else end
            shift = after
        return offset + shift

    def to_original(self, offset: int, side: str = "start") -> int:
        """A current offset in the original text; inside a change, its start or its end."""
        shift = 0
        for change, start, end, after in self._spans():
            if offset <= start:
                return offset - shift
            if offset < end:
                return change.start if side == "start" else change.end
            shift = after
        return offset - shift

    def record(self, start: int, end: int, replacement: str, accepted: tuple[Finding, ...] = ()) -> None:
        """Replace current[start:end] with `replacement`, merged with every change it touches."""
        current = self.text
        before, touched, after = [], [], []
        shift_before = shift_after = 0
        for change, c_start, c_end, shift in self._spans():
            if c_end < start:
                before.append(change)
                shift_before = shift_after = shift
            elif c_start > end:
                after.append(change)
            else:
                touched.append((change, c_start, c_end))
                shift_after = shift
        region_start = min([start, *(s for _, s, _ in touched)])
        region_end = max([end, *(e for _, _, e in touched)])
        new_text = current[region_start:start] + replacement + current[end:region_end]
        merged = Change(
            region_start - shift_before, region_end - shift_after, new_text,
            tuple(f for change, _, _ in touched for f in change.accepted) + accepted,
        )
        kept = [merged] if new_text != self.original[merged.start:merged.end] else []
        self.items = before + kept + after

    def retype(self, new_text: str) -> bool:
        """Take the delegate's whole edited text: record the one stretch that differs from the
        current text (common beginning and end left out); False when nothing changed."""
        current = self.text
        if new_text == current:
            return False
        head = 0
        limit = min(len(current), len(new_text))
        while head < limit and current[head] == new_text[head]:
            head += 1
        tail = 0
        while tail < limit - head and current[len(current) - 1 - tail] == new_text[len(new_text) - 1 - tail]:
            tail += 1
        self.record(head, len(current) - tail, new_text[head:len(new_text) - tail])
        return True

    def edited(self, document: Document) -> Document:
        """`document` (the paper as read) with the changes made: its blocks, source anchors and
        directives moved with the text, so the checks see the same structure."""
        if not self.items:
            return document
        blocks = [Block(b.kind, self.to_current(b.start, "start"), self.to_current(b.end, "end")) for b in document.blocks]
        anchors = [dataclasses.replace(a, offset=self.to_current(a.offset)) for a in document.anchors]
        return Document(
            document.path, document.format, self.text, [b for b in blocks if b.end > b.start],
            dataclasses.replace(document.metadata), anchors,
            [(self.to_current(offset), directive) for offset, directive in document.directives],
        )

    def on_original(self, finding: Finding, document: Document) -> Finding:
        """A finding on the current text, placed on the original `document` (the paper as read)."""
        start, end = self.to_original(finding.start, "start"), self.to_original(finding.end, "end")
        return _placed(finding, document, start, end)

    def accepted(self, document: Document) -> list[Finding]:
        """Each change as a fixable finding on the original: the accepted suggestion's finding,
        or an "edit" for the delegate's own typing; its one suggestion is the new text."""
        found = []
        for change in self.items:
            first = change.accepted[0] if len(change.accepted) == 1 else None
            finding = first or Finding(document.path, "EDIT", "edited-in-paperlint-serve", "edit", Severity.INFO,
                                       "Edited in paperlint serve.", 0, 0, 1, 1, 1, 1, "")
            placed = _placed(finding, document, change.start, change.end)
            found.append(dataclasses.replace(placed, suggestions=(change.replacement,), fixable=True))
        return found


def _placed(finding: Finding, document: Document, start: int, end: int) -> Finding:
    begin, finish = document.locate(start), document.locate(end)
    return dataclasses.replace(
        finding, path=document.path, start=start, end=end, text=document.text[start:end],
        line=begin.line, column=begin.column, end_line=finish.line, end_column=finish.column,
        paragraph=begin.paragraph, page=begin.page, page_line=begin.page_line,
    )
