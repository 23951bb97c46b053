"""Paper metadata shared by every reader: MUN header fields and dates."""

from __future__ import annotations

import re
from datetime import date, datetime

from paperlint.document import Document

FIELD_NAMES = {
    "committee": "committee",
    "country": "country",
    "delegation": "country",
    "member state": "country",
    "topic": "topic",
    "topic area": "topic",
    "date": "date",
    "delegate": "delegate",
    "delegates": "delegate",
    "name": "delegate",
    "school": "school",
    "title": "title",
}
HEADER_FIELD = re.compile(
    r"^[ \t]*(?P<name>" + "|".join(sorted(map(re.escape, FIELD_NAMES), key=len, reverse=True))
    + r")[ \t]*[:\-–—][ \t]*(?P<value>\S[^\n]*?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_BLOCKS = 12

_DATE_FORMATS = (
    "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y",
    "%d/%m/%Y", "%d.%m.%Y", "%B %Y", "%b %Y", "%Y-%m", "%Y",
)


def parse_date(value: str) -> date | None:
    """Parse the date formats people put in paper headers; None when it is not a date."""
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value.strip().rstrip("."))
    cleaned = re.sub(r"\s+", " ", cleaned)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", cleaned)  # ISO datetimes, PDF dates
    if match:
        try:
            return date(*map(int, match.groups()))
        except ValueError:
            return None
    return None


def read_header_fields(document: Document) -> None:
    """Fill missing metadata from `Committee: …`-style lines in the paper's first blocks."""
    meta = document.metadata
    for block in document.blocks[:_HEADER_BLOCKS]:
        for match in HEADER_FIELD.finditer(document.text, block.start, block.end):
            attribute = FIELD_NAMES[match["name"].lower()]
            value = match["value"]
            if attribute == "date":
                value = parse_date(value)
                if value is None:
                    continue
            if getattr(meta, attribute) is None:
                setattr(meta, attribute, value)
    if meta.title is None:
        meta.title = next(
            (document.text[b.start : b.end] for b in document.blocks if b.kind == "heading"), None
        )
