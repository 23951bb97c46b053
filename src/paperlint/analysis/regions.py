"""Where a paper is not prose: typed spans computed once per document.

Checks that judge prose (style, spelling, acronyms, terminology…) should not read a header
field ("Delegate Name: …"), a heading used as a label, a URL, a UN document symbol
(A/RES/70/237), a bibliography, an in-text citation, a quotation, a table of figures, code, or
a sentence in another language (`paperlint.analysis.language`).
`regions(document)` finds each kind once (kept in `document.cache`); a rule record names the
kinds it skips (`skip: [...]`, default by category, see `paperlint.engine.registry`) and the
runner drops a hit that lies mostly inside them (`skipped`).

`name` spans are capitalised multi-word names ("Global Coalition to defeat ISIS"). A rule that
skips names still flags a whole name written wrong; it only leaves alone a word that is a part
of a longer name.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass

from paperlint.analysis.language import foreign_sentences
from paperlint.document import Block, Document
from paperlint.metadata import TITLE_LINE, bare_opening_lines, labelled_line, read_header

KINDS = (
    "header", "heading", "url", "symbol", "bibliography", "citation", "quotation", "attribution", "table", "code",
    "foreign", "name",
)
# Everything that is not running text: what a prose-judging rule skips by default.
NOT_PROSE = tuple(kind for kind in KINDS if kind != "name")
CACHE_KEY = "regions"
# Header lines are looked for in this many first blocks (page one).
HEADER_BLOCKS = 12

_LABEL_LINE = re.compile(
    # "Committee: …", "Delegate Name: …", "Topic A: …", "COMMITTEE : …": a short label, a colon, a short value.
    r"^[ \t]*(?P<label>[A-Z][\w'’&/().-]*(?:[ \t]+[\w'’&/().-]+){0,4})[ \t]*[:：][ \t]*(?P<value>\S[^\n]*)$",
    re.MULTILINE,
)
_MAX_HEADER_VALUE_WORDS = 15
_URL = re.compile(
    r"(?:\b(?:https?|ftp|file)://|\bwww\.)[^\s<>\"“”]+"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[\w-]+\.)+(?:org|com|int|gov|edu|net|info|io|uk|eu|ch|fr|de|be|jp|ca|au)(?:/[^\s<>\"“”]*)?(?![\w.])",
    re.IGNORECASE,
)
_URL_TAIL = ".,;:!?)]}'’\"”"
# A/RES/70/237, S/2019/123, E/CN.6/2020/3, S/RES/2178 (2014): capitals, slashes, and a number; and a
# treaty body's decision, numbered within its session: 36/CP.7, 1/CMA.3.
_SYMBOL = re.compile(r"(?<![\w/])[A-Z][A-Z.]{0,9}(?:/[A-Za-z0-9][\w.-]*)+(?:\s\(\d{4}\))?"
                     r"|(?<![\w/])\d{1,3}/[A-Z]{2,4}\. ?\d{1,3}(?![\w/])")
# A source's title may hold a bracket of its own: "(Draft Intended Nationally Determined Contribution (INDC)
# of the Republic of Angola, 2015)".
_CITED = r"(?:[^()\n]|\([^()\n]{1,40}\))"
_CITATION = re.compile(
    r"\((?=" + _CITED + r"{0,160}?(?:\b(?:1[5-9]\d\d|20\d\d)[a-z]?\b|\bn\.\s?d\.))" + _CITED + r"{1,160}\)"
    r"|\([ \t]*[“\"][^()\n“”\"]{1,160}[”\"][ \t]*\)"  # a source's title in quotation marks: (“No Lifeline …”)
    # an author named surname first, with no year: "(Baral, Patrick)", "(Van Dyk, Lisa M.)"
    r"|\([ \t]*(?:[A-Z][a-z’'-]+[ \t]){0,2}[A-Z][a-z’'-]+,[ \t]*[A-Z][a-z’'-]*\.?(?:[ \t][A-Z][a-z]*\.?)?[ \t]*\)"
    r"|\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]"
)
# A quotation in curly quotes or guillemets may wrap onto the next line, never past a blank one;
# straight quotes stay on one line, and a straight mark that opens a word ('… again. "I've been …')
# opens the next quotation: the one before it was left unclosed and ends there. The source signed
# after it with a dash, to the end of its line, is its attribution: "“… is guaranteed.” – Article 10
# of the Constitution."
_QUOTATION = re.compile(
    r"(?P<quote>“(?:[^“”\n]|\n(?![ \t]*\n)){1,1000}”|\"[^\"\n]{1,1000}(?:\"(?!\w)|(?=[ \t]\"\w))"
    r"|«(?:[^«»\n]|\n(?![ \t]*\n)){1,1000}»)"
    r"(?:[ \t]+(?P<source>[-–—]{1,2}[ \t]*[A-Z][^\n]{0,80})$)?",
    re.MULTILINE,
)
_CODE = re.compile(r"`[^`\n]+`")
# A saying signed with a dash and a name of a few capitalised words at the end of its line.
_SIGNED = re.compile(r"\S\s+(?P<dash>[-–—]{1,2})\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*$")
_SIGNATURE_LINE = re.compile(r"[-–—]{1,2}[ \t]*[A-Z][^\n]{0,120}")
_EPIGRAPH_WORDS = 60
_EPIGRAPH_MIN_WORDS = 5  # "Topic A – Climate Change" is a heading, not a saying
_TITLE_WORDS = 30  # a reference's title alone on its line, at most
_REFERENCE_MAX_CHARS = 600  # a longer block is prose, whatever it cites
# The titles of a sources section, for this module's bibliography region and for the sections.
SOURCES_TITLE = (
    r"(?:sources(?:\s+(?:cited|consulted|used))?|works?\s+(?:cited|consulted)|bibliography|references|"
    r"reference\s+list|citations|endnotes|footnotes|notes)"
)
# The title, its number, and the citation style it names: "Works Cited (MLA):", "References – APA".
_SOURCES_HEADING = re.compile(r"^\W*(?:(?:[IVX]+|\d+|[A-Z])[.):]\s+)?" + SOURCES_TITLE
                              + r"(?:\W+(?:MLA|APA|Chicago|Harvard)(?:\s+(?:style|format))?)?\W*$", re.IGNORECASE)
# A one-word sources title misspelt ("BIBLIOGRAPGHY:", "Refrences") is still the title.
_ONE_WORD_TITLES = ("sources", "bibliography", "references", "citations", "endnotes", "footnotes")
_TITLE_SIMILARITY = 0.85
_SOURCES_TITLE_MAX_CHARS = 40


def is_sources_title(line: str) -> bool:
    """A sources section's title as written, or one word misspelt from one (same first letter)."""
    if _SOURCES_HEADING.match(line):
        return True
    word = re.fullmatch(r"\W*([A-Za-z]{6,})\W*", line)
    written = word.group(1).lower() if word else ""
    return any(
        written[:1] == title[0] and difflib.SequenceMatcher(None, written, title).ratio() >= _TITLE_SIMILARITY
        for title in _ONE_WORD_TITLES
    )


def is_sources_title_block(text: str) -> bool:
    """A block that is a sources title alone, whatever its kind ("Bibliography" as a plain Word
    paragraph)."""
    return len(text) <= _SOURCES_TITLE_MAX_CHARS and is_sources_title(text)


# A heading that opens prose again after a bibliography: another topic, or a usual section.
_SECTION_HEADING = re.compile(
    r"^\W*(?:topic|committee|country|delegation|background|introduction|overview|past|history|"
    r"(?:[\w-]+['’]s\s+)?(?:country\s+|national\s+)?(?:policy|position)|proposed|solutions?|recommendations?|conclusion)\b",
    re.IGNORECASE,
)
# The marks of a print reference in MLA style, which has no address: "Web. 11 Nov. 2016.", "N.p.,",
# "Web." ending a line or a paragraph ("(n.d.): n. pag. Web.").
MLA_MARKS = r"\b(?:Web|Print)\.(?:\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[ \t]*$)|\bN\.\s?p\.,"
_REFERENCE = re.compile(
    r"https?://|\bwww\.|\bdoi\b|\bRetrieved\b|\bAccessed\b|\(\s*(?:1[5-9]\d\d|20\d\d|n\.\s?d\.)[a-z]?[^()]{0,20}\)|"
    + MLA_MARKS,
    re.IGNORECASE | re.MULTILINE,
)
# A reference's plainest marks, which prose seldom has: an address, "Retrieved", "Accessed".
CLEAR_REFERENCE = re.compile(r"https?://|\bwww\.|\bdoi:|\bRetrieved\b|\bAccessed\b|" + MLA_MARKS, re.IGNORECASE | re.MULTILINE)
_NUMBER = re.compile(r"[-+(]?\d[\d,.]*%?[).,;:]?")
_TOKEN = re.compile(r"\S+")
_CAPTION = re.compile(r"^\s*(?:table|figure|chart|graph)\s+\d+\b", re.IGNORECASE)
_WORDS_IN_CAPS = re.compile(r"^[^a-z]*[A-Z]{2,}[^a-z]*$")
# A capitalised multi-word name: capitalised words joined by spaces or small words
# ("Council of Europe", "Global Coalition to defeat ISIS", "Ban Ki-moon").
_NAME_WORD = r"[A-Z][\w'’&-]*"
# Words that open a sentence or a noun phrase rather than a name.
_NOT_NAME_START = (
    r"(?!(?:The|A|An|This|That|These|Those|In|On|At|For|By|As|It|Its|Our|We|If|When|While|Since|After|"
    r"Before|However|Moreover|Furthermore|Although|Because|Both|Each|Every|All|Many|Most|Some|Such|Their|"
    r"His|Her|Under|With|From|During|Through|To|Of|And|But|Or)\b)"
)
_JOINER = r"(?:of|the|and|for|on|in|against|de|du|des|la|le|del|da|al|bin|von|van|&|to(?:\s+[a-z]+)?)"
_NAME = re.compile(rf"(?<![\w'’])(?<!\w-){_NOT_NAME_START}{_NAME_WORD}(?:[ \t]+(?:{_JOINER}[ \t]+)*{_NAME_WORD})+(?![\w'’-])")


@dataclass(frozen=True)
class Region:
    kind: str
    start: int
    end: int


class Regions:
    """The non-prose spans of one document, by kind, each kind sorted and merged."""

    def __init__(self, spans: dict[str, list[tuple[int, int]]]):
        self._spans = {kind: _merged(spans.get(kind, [])) for kind in KINDS}
        self._starts = {kind: [s for s, _ in found] for kind, found in self._spans.items()}

    def of(self, kind: str) -> list[Region]:
        return [Region(kind, s, e) for s, e in self._spans[kind]]

    def at(self, offset: int, kinds: tuple[str, ...] = KINDS) -> str | None:
        """The kind of the region holding `offset`, if any."""
        for kind in kinds:
            span = self._containing(kind, offset)
            if span is not None:
                return kind
        return None

    def covered(self, start: int, end: int, kinds: tuple[str, ...]) -> int:
        """How many characters of [start, end) lie in regions of `kinds` (names excepted)."""
        marks: list[tuple[int, int]] = []
        for kind in kinds:
            if kind == "name":
                continue
            index = max(0, bisect.bisect_right(self._starts[kind], start) - 1)
            for s, e in self._spans[kind][index:]:
                if s >= end:
                    break
                if e > start:
                    marks.append((max(s, start), min(e, end)))
        return sum(e - s for s, e in _merged(marks))

    def inside_longer_name(self, start: int, end: int) -> bool:
        span = self._containing("name", start)
        return span is not None and span[0] <= start and end <= span[1] and (span[1] - span[0]) > (end - start)

    def _containing(self, kind: str, offset: int) -> tuple[int, int] | None:
        index = bisect.bisect_right(self._starts[kind], offset) - 1
        if index >= 0 and self._spans[kind][index][0] <= offset < self._spans[kind][index][1]:
            return self._spans[kind][index]
        return None


def regions(document: Document) -> Regions:
    """The document's regions, computed once."""
    if CACHE_KEY not in document.cache:
        document.cache[CACHE_KEY] = Regions(_find(document))
    found: Regions = document.cache[CACHE_KEY]
    return found


def skipped(document: Document, kinds: tuple[str, ...], start: int, end: int) -> bool:
    """True when text[start:end] lies mostly in regions of `kinds`, or is part of a longer name
    while `kinds` holds "name"."""
    if not kinds:
        return False
    found = regions(document)
    if "name" in kinds and found.inside_longer_name(start, end):
        return True
    length = max(end - start, 1)
    return found.covered(start, max(end, start + 1), kinds) * 2 > length


def mid_sentence(text: str, offset: int) -> bool:
    """True when the word at `offset` does not open a sentence, line or quotation: a capital
    there marks a name."""
    before = text[max(0, offset - 3) : offset].rstrip(" \t\"“'‘(")
    return bool(before) and before[-1] not in ".!?:\n"


def _find(document: Document) -> dict[str, list[tuple[int, int]]]:
    text = document.text
    spans: dict[str, list[tuple[int, int]]] = {kind: [] for kind in KINDS}
    spans["header"] = _header(document)
    spans["heading"] = _headings(document)
    spans["url"] = [_without_tail(text, m.start(), m.end()) for m in _URL.finditer(text)]
    spans["symbol"] = [m.span() for m in _SYMBOL.finditer(text) if any(c.isdigit() for c in m.group())]
    spans["bibliography"] = _bibliography(document)
    spans["citation"] = [m.span() for m in _CITATION.finditer(text)]
    quotations = [(m.span("quote"), m.span("source")) for m in _QUOTATION.finditer(text)]
    quotations += _epigraphs(document) + _single_quoted_paragraphs(document)
    spans["quotation"] = [quote for quote, _ in quotations]
    spans["attribution"] = [source for _, source in quotations if source[0] >= 0] + _signatures(document)
    spans["table"] = _tables(document)
    spans["code"] = [m.span() for m in _CODE.finditer(text)]
    spans["foreign"] = foreign_sentences(document)
    spans["name"] = [m.span() for m in _NAME.finditer(text)]
    return spans


def _epigraphs(document: Document) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """A saying quoted without quotation marks and signed with a dash on its own line, and its
    signature: "You are either part of the solution or part of the problem – Eldridge Cleaver"."""
    found = []
    for block in document.blocks:
        line = document.text[block.start : block.end]
        signed = _SIGNED.search(line)
        if signed and "\n" not in line.strip() and _EPIGRAPH_MIN_WORDS <= len(line[: signed.start()].split()) <= _EPIGRAPH_WORDS:
            quote_end = block.start + signed.start() + 1
            found.append(((block.start, quote_end), (quote_end, block.end)))  # the signature with the space before it
    return found


# A paragraph that is one saying in single curly quotes, perhaps signed after it on its line:
# "‘If you educate a woman, you educate a nation’". (Inside a sentence ’ is an apostrophe too,
# so single quotes are read only around a whole paragraph.)
_SINGLE_QUOTED = re.compile(r"[ \t]*(?P<quote>‘[^\n]+’)[.!]?(?:[ \t]*(?P<source>[-–—]{1,2}[ \t]*[A-Z][^\n]{0,80}))?[ \t]*")


def _single_quoted_paragraphs(document: Document) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Paragraphs that are a saying in single curly quotes, and its signature (or (-1, -1))."""
    found = []
    for block in document.blocks:
        match = _SINGLE_QUOTED.fullmatch(document.text, block.start, block.end)
        if match and len(match["quote"].split()) >= _EPIGRAPH_MIN_WORDS:
            found.append((match.span("quote"), match.span("source")))
    return found


def _signatures(document: Document) -> list[tuple[int, int]]:
    """A quotation's source signed on a line of its own after it: "-António Guterres, Secretary
    General" below a paragraph that ends with a closing quotation mark."""
    text, blocks = document.text, document.blocks
    return [
        (block.start, block.end) for previous, block in zip(blocks, blocks[1:])
        if _SIGNATURE_LINE.fullmatch(text, block.start, block.end) and text[previous.start : previous.end].rstrip()[-1:] in "”\"»"
    ]


_MAX_TITLE_WORDS = 16


def _header(document: Document) -> list[tuple[int, int]]:
    """The header's lines (the one header reader's), the short unlabelled lines that open the
    paper before its prose and end no sentence ("SSUNS ⇥ Katarina Jakobsh"), any other short `Label:
    value` line on page one, and the paper's title line ("SSUNS 2016 Position Paper for …")."""
    text, found = document.text, [(line.start, line.end) for line in read_header(document).lines]
    found += [(start, end) for start, end, line in bare_opening_lines(document) if not line.endswith((".", "?", "!"))]
    for block in document.blocks[:HEADER_BLOCKS]:
        if "\n" not in text[block.start : block.end].strip() and TITLE_LINE.search(text, block.start, block.end) \
                and len(text[block.start : block.end].split()) <= _MAX_TITLE_WORDS:
            found.append((block.start, block.end))
        for match in _LABEL_LINE.finditer(text, block.start, block.end):
            if len(match["value"].split()) <= _MAX_HEADER_VALUE_WORDS:
                found.append(match.span())
    return found


def _headings(document: Document) -> list[tuple[int, int]]:
    """Heading blocks, and lines in capitals used as labels ("POSITION PAPER", "ABOUT THE COUNTRY:")."""
    text, found = document.text, []
    for block in document.blocks:
        if block.kind == "heading":
            found.append((block.start, block.end))
            continue
        for line in re.finditer(r"[^\n]+", text[block.start : block.end]):
            start, end = block.start + line.start(), block.start + line.end()
            label = re.match(r"\s*([^:\n]{2,60}):", line.group())
            if _WORDS_IN_CAPS.match(line.group()) and len(line.group().split()) <= 12:
                found.append((start, end))
            elif label and _WORDS_IN_CAPS.match(label.group(1)):
                found.append((start, start + label.end()))
    return found


def _bibliography(document: Document) -> list[tuple[int, int]]:
    """From a sources heading to the next section heading; trailing reference-like blocks;
    footnotes."""
    text, blocks, found = document.text, document.blocks, []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind == "footnote":
            found.append((block.start, block.end))
        if is_sources_title_block(text[block.start : block.end]):
            end = index + 1
            while end < len(blocks) and not _reopens_prose(document, blocks, end):
                end += 1
            found.append((block.start, blocks[end - 1].end))
            index = end
            continue
        index += 1
    run, references = reference_run(document, _REFERENCE)
    if references >= 2:
        found.append((run[0].start, blocks[-1].end))
    found += _sources_after_each_topic(document)
    found += [(block.start, block.end) for block in _typed_notes(document)]
    return found


def _sources_after_each_topic(document: Document) -> list[tuple[int, int]]:
    """Runs of two or more short blocks with a reference's plainest marks (an address,
    "Retrieved", MLA's "Web.") inside the paper: sources listed under each topic, with no title
    over them (round 51). A block cut off between two such blocks is a reference broken across
    lines and belongs to the run (round 58). One whole MLA entry is a run of its own (round 60)."""
    text, blocks = document.text, document.blocks
    found: list[tuple[int, int]] = []
    run: list[Block] = []

    def referenced(block: Block | None) -> bool:
        return block is not None and block.end - block.start < _REFERENCE_MAX_CHARS \
            and CLEAR_REFERENCE.search(text, block.start, block.end) is not None

    for index, block in enumerate([*blocks, None]):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block is not None and (referenced(block) or run and referenced(following) and _cut_entry(document, block)):
            run.append(block)
            continue
        if len(run) >= 2 or run and (_list_of_addresses(text[run[0].start : run[0].end])
                                     or _MLA_ENTRY_END.search(text, run[0].start, run[0].end)):
            found.append((run[0].start, run[-1].end))
        run = []
    return found


# The end of a whole MLA entry, its access date after "Web.": one such block is a reference even
# alone among paragraphs, as a PDF sets a page's note (round 60: "… N.p., n.d. Web. 9 Nov. 2016.").
_MLA_ENTRY_END = re.compile(r"\bWeb\.\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}\.?\s*$")


def _cut_entry(document: Document, block: Block) -> bool:
    """A short block of four words or more that ends without a stop, a colon or a closing mark and
    is no labelled line: the first part of a reference broken across lines ("… PREPARING FOR THE")."""
    line = document.text[block.start : block.end].strip()
    return block.end - block.start < _REFERENCE_MAX_CHARS and len(line.split()) >= 4 \
        and line[-1:].isalnum() and labelled_line(document.text, block.start, block.end) is None


def _list_of_addresses(block: str) -> bool:
    """A block of two or more web addresses that make up most of it: sources typed on one line
    ("1.Women's education: http://… 2.Barriers: http://…", round 58)."""
    addresses = _URL.findall(block)
    return len(addresses) >= 2 and sum(map(len, addresses)) * 2 >= len("".join(block.split()))


# A note typed at the paper's end with the mark the body gave it: "[i] ARTeCLIMA: … | UNESCO", "[12] Ibid."
_NOTE_MARK = re.compile(r"\s*(\[(?:\d{1,3}|[ivx]{1,5})\])")


def _typed_notes(document: Document) -> list[Block]:
    """The blocks that end the paper, each opening with a note's mark in square brackets that
    the text before them uses too: notes typed by hand, not made by Word (round 41)."""
    text, blocks, notes = document.text, document.blocks, []
    for block in reversed(blocks):
        mark = _NOTE_MARK.match(text, block.start, block.end)
        if mark is None or block.end - block.start >= _REFERENCE_MAX_CHARS:
            break
        notes.append(block)
    first = notes[-1].start if notes else 0
    return [block for block in notes if (mark := _NOTE_MARK.match(text, block.start)) and mark.group(1) in text[:first]]


def scattered_references(document: Document) -> list[Block]:
    """The short blocks anywhere in the paper with a reference's plainest marks (an address,
    "Accessed", "Web. 9 Nov. 2016"): references, wherever a PDF's pages put them."""
    return [block for block in document.blocks if block.end - block.start < _REFERENCE_MAX_CHARS
            and CLEAR_REFERENCE.search(document.text, block.start, block.end)]


def reference_run(document: Document, reference: re.Pattern[str]) -> tuple[list[Block], int]:
    """The blocks of references that end the paper, from its first `reference` block, and how
    many are references: a title alone on its line between two ("… – Heal Africa Health City")
    belongs to the run, and so does one after the last."""
    text, blocks = document.text, document.blocks
    tail, references = len(blocks), 0
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if block.end - block.start >= _REFERENCE_MAX_CHARS:
            break
        if reference.search(text, block.start, block.end):
            tail, references = index, references + 1
        elif _rest_of_a_line(text, blocks, index):
            cut = index > 0 and not text[blocks[index - 1].start : blocks[index - 1].end].rstrip().endswith((".", "!", "?", ":"))
            tail = index - 1 if references and cut else tail  # with the line cut before it
        elif not _title_alone(text[block.start : block.end]):
            break
    return (blocks[tail:] if references else []), references


def _rest_of_a_line(text: str, blocks: list[Block], index: int) -> bool:
    """A block of a reference wrapped into paragraphs: it opens with a small letter, "#" or "/"
    ("acquisitions? Kurt DelBene explains …", "#sm.000lrua"), or follows or ends with an address
    cut at a "/" (round 56)."""
    block = blocks[index]
    opening = text[block.start : block.start + 1]
    before = text[blocks[index - 1].start : blocks[index - 1].end].rstrip() if index else ""
    cut_after = text[block.start : block.end].rstrip().endswith("/")
    return opening.islower() or opening in {"#", "/"} or before.endswith("/") or cut_after


def _title_alone(line: str) -> bool:
    """A reference given by its title only: one line of a few words, not a sentence of prose."""
    words = line.split()
    heading = _SECTION_HEADING.match(line) or is_sources_title(line)
    return "\n" not in line.strip() and 0 < len(words) <= _TITLE_WORDS and not heading and not (
        line.rstrip().endswith(".") and len(words) > _TITLE_WORDS // 2
    )


def _reopens_prose(document: Document, blocks: list[Block], index: int) -> bool:
    """A section heading after a bibliography opens prose again, unless references follow it: a
    bibliography kept per topic ("Topic 2" over that topic's sources, round 24)."""
    block = blocks[index]
    line = document.text[block.start : block.end]
    return bool(
        (block.kind == "heading" or len(line) <= 60)
        and _SECTION_HEADING.match(line)
        and not _REFERENCE.search(line)
        and line.count("”") <= line.count("“")  # "Country Case Study,” WHO, 2010": a title's end (round 31)
        and not any(
            later.end - later.start < _REFERENCE_MAX_CHARS and CLEAR_REFERENCE.search(document.text, later.start, later.end)
            for later in blocks[index + 1 : index + 3]
        )
    )


def _tables(document: Document) -> list[tuple[int, int]]:
    text, found = document.text, []
    for block in document.blocks:
        if block.kind == "table_cell":
            found.append((block.start, block.end))
            continue
        for line in re.finditer(r"[^\n]+", text[block.start : block.end]):
            tokens = _TOKEN.findall(line.group())
            numbers = [token for token in tokens if _NUMBER.fullmatch(token)]
            if _CAPTION.match(line.group()) or (len(numbers) >= 3 and len(numbers) * 2 >= len(tokens)):
                found.append((block.start + line.start(), block.start + line.end()))
    return found


def _without_tail(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _URL_TAIL:
        end -= 1
    return start, end


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
