"""Plain text and Markdown.

The extracted text keeps every line and column of the source: markup, front matter, code
and `paperlint:` comments are blanked with spaces rather than removed, so a finding's
line:column is the line:column in the file.
"""

from __future__ import annotations

import codecs
import datetime
import re

import yaml

from paperlint.document import Block, Document, Metadata
from paperlint.errors import InputError
from paperlint.metadata import field_for_label, parse_date

DIRECTIVE = re.compile(r"<!--\s*paperlint\s*:\s*(?P<body>.*?)\s*-->", re.DOTALL)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]*\1[ \t]*$|\Z)", re.DOTALL | re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(?=\S)|[ \t]+#+[ \t]*$", re.MULTILINE)
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|(?:\d{1,3}|[a-z]|[ivx]{2,4})[.)])[ \t]+(?=\S)", re.MULTILINE)  # "- ", "1.", "a)"
_QUOTE_MARKER = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)
_SETEXT_UNDERLINE = re.compile(r"^[ \t]*(?:=+|-{3,}|\*{3,}|_{3,})[ \t]*$", re.MULTILINE)
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"(\[)[^\]\n]*(\]\([^)\n]*\))")
_EMPHASIS = re.compile(r"(?<![\w*_])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*_])")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.MULTILINE)
_SENTENCE_PUNCTUATION = (".", "!", "?", ":", ";", ",", "…")
_HEADING_MAX_WORDS = 12
_HEADING_MAX_CHARS = 120


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; refuse anything else."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("corrupt UTF-16 text") from None
    if b"\x00" in data:
        raise InputError("binary data, not text (is the file extension right?)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}): "
            "save the paper as UTF-8"
        ) from None


def read_text(data: bytes, path: str, fmt: str) -> Document:
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    chars = list(text)
    directives = [(m.start(), m["body"]) for m in DIRECTIVE.finditer(text)]
    metadata = Metadata()
    if fmt == "md":
        _blank_markdown(text, chars, metadata)
    else:
        for match in DIRECTIVE.finditer(text):
            _blank(chars, match.start(), match.end())
    clean = "".join(chars)
    blocks = _markdown_blocks(text, clean) if fmt == "md" else _text_blocks(clean)
    return Document(path, fmt, clean, blocks, metadata, directives=directives)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _blank_markdown(text: str, chars: list[str], metadata: Metadata) -> None:
    front = _FRONT_MATTER.match(text)
    if front:
        _read_front_matter(front["yaml"], metadata)
        _blank(chars, 0, front.end())
    for pattern in (_FENCE, _HTML_COMMENT, _INLINE_CODE, _IMAGE, _TABLE_RULE, _SETEXT_UNDERLINE):
        for match in pattern.finditer(text):
            if not front or match.start() >= front.end():
                _blank(chars, match.start(), match.end())
    for pattern in (_HEADING, _LIST_MARKER, _QUOTE_MARKER):
        for match in pattern.finditer(text):
            _blank(chars, match.start(), match.end())
    for match in _LINK.finditer(text):
        _blank(chars, *match.span(1))
        _blank(chars, *match.span(2))
    for match in _EMPHASIS.finditer(text):
        _blank(chars, *match.span(1))
        _blank(chars, match.end(2), match.end())
    for i, char in enumerate(text):
        if char == "|":
            chars[i] = " "


def _read_front_matter(source: str, metadata: Metadata) -> None:
    try:
        data = yaml.safe_load(source)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise InputError(f"invalid YAML front matter{where}") from None
    if not isinstance(data, dict):
        return
    fields: dict[str, object] = {}
    # The header's own labels ("delegation", "delegate name"…), a field's own name first.
    for key, value in sorted(data.items(), key=lambda item: field_for_label(str(item[0])) != str(item[0]).lower()):
        field = field_for_label(str(key))
        if field and value is not None:
            fields.setdefault(field, value)
    for key in ("title", "committee", "country", "topic", "delegate", "school"):
        if fields.get(key) is not None:
            setattr(metadata, key, str(fields[key]))
    raw_date = fields.get("date")
    if raw_date is not None:
        paper_date = raw_date if isinstance(raw_date, datetime.date) else parse_date(str(raw_date))
        if isinstance(paper_date, datetime.datetime):
            paper_date = paper_date.date()
        metadata.date = paper_date


def _lines(clean: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in clean.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _trimmed(clean: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and clean[start].isspace():
        start += 1
    while end > start and clean[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.endswith(_SENTENCE_PUNCTUATION) and (
        len(stripped) <= _HEADING_MAX_CHARS and len(stripped.split()) <= _HEADING_MAX_WORDS
    )


def _is_title_above(line: str, following: str) -> bool:
    """A title line above a sentence, not the first line of a hard-wrapped one: a title is in
    title case ("Statement on Water Security") or plainly shorter than the paragraph line after
    it ("Position paper for the Fourth Committee"); a wrapped line is about as long as the
    next, ends on any word ("... of the") and has lower-case words ("Chile believes that")."""
    words = _TITLE_WORD.findall(line)
    length, next_length = len(line.strip()), len(following.strip())
    title_case = all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words)
    return (
        _looks_like_heading(line) and ":" not in line and len(words) >= 2
        and words[-1].lower() not in _TITLE_SMALL_WORDS and following.lstrip()[:1].isupper()
        and (title_case and length < 0.8 * next_length or length < 0.5 * next_length)
    )


_TITLE_WORD = re.compile(r"[^\W_][\w'’-]*")
_TITLE_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
                      "with"}


def _text_blocks(clean: str) -> list[Block]:
    """Blank-line separated paragraphs; a group of short unpunctuated lines is one block each,
    and a title-case line above a paragraph's first sentence is a heading of its own."""
    blocks: list[Block] = []
    group: list[tuple[int, int]] = []
    for span in _lines(clean) + [(len(clean), len(clean))]:
        if _trimmed(clean, *span):
            group.append(span)
            continue
        if group:
            lines = [clean[s:e] for s, e in group]
            if all(_looks_like_heading(line) or ":" in line[:30] for line in lines) and len(group) > 1:
                for s, e in group:
                    kind = "heading" if _looks_like_heading(clean[s:e]) else "paragraph"
                    trimmed = _trimmed(clean, s, e)
                    assert trimmed is not None  # the group holds only lines with text
                    blocks.append(Block(kind, *trimmed))
            else:
                while len(group) > 1 and _is_title_above(lines[0], lines[1]):
                    title = _trimmed(clean, *group[0])
                    assert title is not None  # the group holds only lines with text
                    blocks.append(Block("heading", *title))
                    group, lines = group[1:], lines[1:]
                trimmed = _trimmed(clean, group[0][0], group[-1][1])
                assert trimmed is not None  # the group holds only lines with text
                start, end = trimmed
                kind = "heading" if len(group) == 1 and _looks_like_heading(lines[0]) else "paragraph"
                blocks.append(Block(kind, start, end))
            group = []
    return blocks


def _markdown_blocks(source: str, clean: str) -> list[Block]:
    """Headings, list items and paragraphs, judged from the source's markup."""
    blocks: list[Block] = []
    current: list[int] | None = None
    current_kind = "paragraph"

    def close() -> None:
        nonlocal current
        if current:
            span = _trimmed(clean, current[0], current[1])
            if span:
                blocks.append(Block(current_kind, *span))
        current = None

    source_lines = source.split("\n")
    for (start, end), raw in zip(_lines(clean), source_lines):
        trimmed = _trimmed(clean, start, end)
        if not trimmed:
            close()
            continue
        if _HEADING.match(raw) or _setext_follows(source_lines, raw, start, clean):
            close()
            blocks.append(Block("heading", *trimmed))
            continue
        if _LIST_MARKER.match(raw):
            close()
            current, current_kind = [start, end], "list_item"
            continue
        if current is None:
            current, current_kind = [start, end], "paragraph"
        else:
            current[1] = end
    close()
    return blocks


def _setext_follows(source_lines: list[str], raw: str, start: int, clean: str) -> bool:
    index = clean.count("\n", 0, start)
    following = source_lines[index + 1] if index + 1 < len(source_lines) else ""
    return bool(raw.strip()) and bool(re.fullmatch(r"[ \t]*(=+|-+)[ \t]*", following))
