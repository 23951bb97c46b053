"""What `paperlint serve` lets a delegate download: the paper with their changes as a clean
text file, the HTML report, and a Word copy (`word_copy`, the seam to paperlint.annotate)."""

from __future__ import annotations

import os
import tempfile

from paperlint.document import Document
from paperlint.findings import Finding
from paperlint.fix import Edit, Source, apply
from paperlint.serve.edits import Changes


def word_copy(document: Document, source: bytes | None, accepted: list[Finding], remaining: list[Finding]) -> bytes:
    """The paper as .docx: for a .docx upload the original file, else a new document of its text.
    `accepted` are the delegate's changes (fixable findings whose one suggestion is the new text)
    and `remaining` the findings still open, all placed on `document`, the paper as read.

    paperlint.annotate writes the accepted changes as tracked changes (w:ins/w:del, author
    "paperlint") where they lie inside one paragraph, as comments otherwise, and every other
    finding as a Word comment."""
    from paperlint.annotate import annotate

    with tempfile.TemporaryDirectory(prefix="paperlint-serve-") as folder:
        path = os.path.join(folder, "paper.docx")
        annotate(document, remaining, source if document.format == "docx" else None, path, fixes=accepted)
        with open(path, "rb") as handle:
            return handle.read()


def clean_text(document: Document, source: bytes, changes: Changes) -> tuple[bytes, str]:
    """The paper with the changes made and nothing else: (bytes, suffix). A .txt or .md paper
    comes back in its own format, encoding and line endings when every change lies on text
    the file holds as such (not on Markdown markup); any other paper as UTF-8 .txt."""
    if document.format in ("txt", "md"):
        original = Source.from_bytes(source)
        if all(original.text[c.start:c.end] == document.text[c.start:c.end] for c in changes.items):
            offsets = original.raw_offsets()
            newline = "\r\n" if "\r\n" in original.raw else "\n"
            edits = [Edit(offsets[c.start], offsets[c.end], c.replacement.replace("\n", newline), ()) for c in changes.items]
            return original.encode(apply(original.raw, edits)), document.format
    return changes.text.encode("utf-8"), "txt"
