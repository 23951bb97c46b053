"""The one model every reader produces: text, blocks, sentences and a map back to the source.

A `Document` holds the extracted plain text of a paper. Every check works on offsets into
that text; `Document.locate` turns an offset into a `Location` that names both the line and
column in the extracted text and, through the reader's source anchors, the place in the
original file (a paragraph of a .docx, a page and line of a .pdf).
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

BLOCK_KINDS = ("heading", "paragraph", "list_item", "table_cell", "footnote")


@dataclass(frozen=True)
class Block:
    """A run of text that a reader recognised as one unit: a heading, paragraph, list item…"""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: Block


@dataclass(frozen=True)
class SourceAnchor:
    """From `offset` on, the extracted text comes from this place in the source file.

    `paragraph` is 1-based (docx), `page` and `line` are 1-based (pdf: line on the page).
    """

    offset: int
    paragraph: int | None = None
    page: int | None = None
    line: int | None = None


@dataclass(frozen=True)
class Location:
    """Where an offset lies: line/column (1-based) in the extracted text, plus its source place."""

    line: int
    column: int
    paragraph: int | None = None
    page: int | None = None
    page_line: int | None = None


@dataclass
class Metadata:
    """What a paper says about itself. `date` is the paper's own (a `Date:` line, front
    matter); `file_date` is the file's creation date, which a template can leave stale."""

    title: str | None = None
    date: datetime.date | None = None
    file_date: datetime.date | None = None
    committee: str | None = None
    country: str | None = None
    topic: str | None = None
    delegate: str | None = None
    school: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            name: (value.isoformat() if isinstance(value, date) else value)
            for name, value in vars(self).items()
        }


@dataclass
class Document:
    path: str
    format: str
    text: str
    blocks: list[Block]
    metadata: Metadata = field(default_factory=Metadata)
    anchors: list[SourceAnchor] = field(default_factory=list)
    # (offset, directive) for each inline `paperlint:` comment the reader found.
    directives: list[tuple[int, str]] = field(default_factory=list)
    # Analyses shared by several rules on this document (tags, grammar matches…), by name.
    cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    @cached_property
    def _anchor_offsets(self) -> list[int]:
        return [anchor.offset for anchor in self.anchors]

    @cached_property
    def _block_starts(self) -> list[int]:
        return [block.start for block in self.blocks]

    def locate(self, offset: int) -> Location:
        line_index = bisect.bisect_right(self._line_starts, offset) - 1
        column = offset - self._line_starts[line_index] + 1
        anchor_index = bisect.bisect_right(self._anchor_offsets, offset) - 1
        if anchor_index < 0:
            return Location(line_index + 1, column)
        anchor = self.anchors[anchor_index]
        page_line = None
        if anchor.line is not None:
            page_line = anchor.line + self.text.count("\n", anchor.offset, offset)
        return Location(line_index + 1, column, anchor.paragraph, anchor.page, page_line)

    def line_text(self, line: int) -> str:
        """The extracted text of a 1-based line, without its newline."""
        start = self._line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start : end if end != -1 else len(self.text)]

    def block_at(self, offset: int) -> Block | None:
        index = bisect.bisect_right(self._block_starts, offset) - 1
        if index >= 0 and self.blocks[index].start <= offset < self.blocks[index].end:
            return self.blocks[index]
        return None

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [
            Sentence(start, end, block)
            for block in self.blocks
            for start, end in split_sentences(self.text, block.start, block.end)
        ]

    @cached_property
    def word_count(self) -> int:
        return sum(len(WORD.findall(self.text, b.start, b.end)) for b in self.blocks)

    @cached_property
    def word_starts(self) -> list[int]:
        """Where each word of the text starts, in order: the words of any span are counted by
        bisection instead of matching again."""
        return [match.start() for match in WORD.finditer(self.text)]


# A word: letters, with inner apostrophes ("don't"); hyphens split and numbers do not count,
# as in the usual readability counts.
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "art", "arts", "para", "paras",
    "vol", "fig", "e.g", "i.e", "eg", "ie", "ex", "etc", "vs", "cf", "al", "approx", "inc", "ltd", "co",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.n", "u.s", "u.k", "u.s.a", "e.u", "h.e", "res", "rev", "add", "corr", "op",
    "pp", "sec", "secs", "ch", "chap", "vols", "figs", "ibid", "viz", "ca", "n.d",
    "gen", "sen", "rep", "gov", "pres", "amb", "lt", "col", "jr", "sr", "dept", "govt", "univ", "est",
    "incl", "esp", "resp", "ed", "eds", "repr", "transl", "suppl", "ref", "refs", "mins", "hrs", "yrs", "intl",
}
# A run of end punctuation, taken whole (no match starts inside a run, none backtracks into
# one: a run of a million full stops costs one pass), then closing quotes and brackets and a note's
# number in square brackets (a space inside them too: "… and Sites.[ 5] All of", round 65) or round
# ones, written straight after the stop ("… in 1920.[iv] In 1994", "… at a later date.(3) There were
# …"); or a full stop with no space between a word (or a quotation's end) and a capital ("quarantines.COVID-19
# also …", "… projects in Europe.Within France", "… migrant workers”.Furthermore"), a note's
# number in round brackets between them too ("… less advanced.(3)A result …", round 52).
_SENTENCE_END = re.compile(
    r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?:\[[ \t]?(?:\d{1,3}|[ivx]{1,5})[ \t]?\]|(?<=[.!?…\])])\(\d{1,3}\))*+(?=\s|$)"
    r"|(?:(?<=[a-z][\"”’])|(?<=[a-z\])]))\.[\"”’]?(?:\(\d{1,3}\)(?=[A-Z])|(?=[A-Z][A-Za-z]))"
    # … or after a note's bracket ("government[1].The Mesa"), before a figure after a quotation's
    # end ("vulnerability.”70 percent"), or after a space ("for growth .This environment")
    r"|(?<=[a-z])\.[\"”’](?=\d)|(?<=[a-z] )\.(?=[A-Z][a-z])"
)
_NEXT_VISIBLE = re.compile(r"\s*(\S)")
_WORD_BEFORE_STOP = re.compile(r"(?:(?<!\S)[\"“‘]?(?=[A-Za-z][a-z]{2})[A-Za-z]?[a-z]*[aeiouy][a-z]*(?:\[\d{1,3}\])?"
                               r"|\([A-Za-z\d][^()]{0,80}\))"
                               r"[\"”’]?(?<=[a-z\]\)\"”’]) ?$")
# No sentence is longer than this: text without sentence ends (a pasted table, a run-on line,
# hostile input) is cut into pieces of at most this many characters, at a space where there is
# one, so every check works on bounded sentences. A real sentence of 150 words is about 1,000.
MAX_SENTENCE_CHARS = 2000


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] into sentence spans (trimmed of surrounding whitespace), none
    longer than MAX_SENTENCE_CHARS."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if (is_abbreviation(text, cursor, match.start()) and not _ends_a_list(text, cursor, match, end)) or (
            _next_is_lowercase(text, match.end(), end) and not _ends_a_word(text, cursor, match)
        ):
            continue
        if match.end() < end and not text[match.end()].isspace() and not _WORD_BEFORE_STOP.search(text, cursor, match.start()):
            continue  # a full stop inside a name or an address ("un.Org"); "quarantines.The" ends a sentence
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    return [piece for s, e in spans for piece in _bounded(text, s, e)]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] trimmed, in pieces of at most MAX_SENTENCE_CHARS: each cut at the last
    space in the second half of its window, else at the limit (linear in the length)."""
    pieces = []
    while (trimmed := _trim(text, start, end)) is not None:
        start, end = trimmed
        if end - start <= MAX_SENTENCE_CHARS:
            pieces.append(trimmed)
            break
        limit = start + MAX_SENTENCE_CHARS
        cut = limit
        while cut > start + MAX_SENTENCE_CHARS // 2 and not text[cut].isspace():
            cut -= 1
        cut = cut if text[cut].isspace() else limit
        pieces.append((start, cut))
        start = cut
    return pieces


def is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    """True when the full stop at `dot` ends an abbreviation ("Sr.", "e.g.") or an initial."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > sentence_start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot].lstrip("(\"'“‘")
    if word == "I" and re.search(r"(?<![\w'’-])[a-z]+\s+$", text[max(sentence_start, word_start - 30) : word_start]):
        return False  # "a much stronger claim than I. Many men …": the pronoun, not an initial
    return word.lower() in _ABBREVIATIONS or bool(re.fullmatch(r"[a-z]", word.lower()))


def _ends_a_list(text: str, sentence_start: int, end: re.Match[str], stop: int) -> bool:
    """"etc." before a capitalised word ends the sentence too: "… mass production etc. The market…"."""
    following = _NEXT_VISIBLE.match(text, end.end(), stop)
    return (text[max(sentence_start, end.start() - 4) : end.start()].lower() == " etc" and following is not None
            and following.group(1).isupper())


def _ends_a_word(text: str, sentence_start: int, end: re.Match[str]) -> bool:
    """A single full stop after a whole word or a bracket ("rose. during", "(AMO). the"): a
    sentence ends there although the next one opens in small letters; an unknown abbreviation
    ("approx. the") is shorter or not a word."""
    return end.group() == "." and _WORD_BEFORE_STOP.search(text, sentence_start, end.start()) is not None


def _next_is_lowercase(text: str, after: int, end: int) -> bool:
    following = _NEXT_VISIBLE.match(text, after, end)
    return following is not None and following.group(1).islower()


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
