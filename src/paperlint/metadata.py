"""Paper metadata shared by every reader: the one reader of MUN header fields, and dates.

`read_header(document)` reads page one's header once (kept in `document.cache`), for `check`,
`facts` and `stats` alike. It knows the labels people write ("Committee:", "Topic A:",
"Agenda:", "Position:", "Delegate Name:", "Name of Delegate:", Markdown `**COMMITTEE**:`), the
NMUN phrases without a colon ("Delegation from …", "Represented by …", "Position Paper for …"),
and a bare header block with no labels at all ("Committee on …" / "Japan" / a topic), which it
keeps as unlabelled lines: it names the committee line when one names a UN body and the
country line when one is a Member State's name alone, and guesses nothing else.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache

from paperlint.document import Block, Document
from paperlint.tables import table_rows

# Every label a header line may carry (lower case, single spaces) → the field it fills.
FIELD_NAMES = {
    "committee": "committee", "committee name": "committee", "council": "committee", "organ": "committee",
    "country": "country", "country name": "country", "delegation": "country", "member state": "country",
    "delegate of": "country", "delegation of": "country", "representing": "country",
    "nation": "country", "represented country": "country",
    # A crisis paper speaks as a role rather than a State: the role stands where the country would.
    "position": "country", "role": "country", "portfolio": "country", "character": "country",
    "topic": "topic", "topics": "topic", "topic area": "topic", "agenda": "topic", "agenda item": "topic",
    "date": "date",
    "delegate": "delegate", "delegates": "delegate", "delegate name": "delegate", "delegate's name": "delegate",
    "delegate’s name": "delegate", "name of delegate": "delegate", "name": "delegate", "student": "delegate",
    "author": "delegate", "submitted by": "delegate", "written by": "delegate", "prepared by": "delegate",
    "school": "school", "school name": "school", "name of school": "school", "institution": "school",
    "university": "school",
    "title": "title",
}
# What a label may add after its name: "Topic A", "Topic 2", "Topic 001", "Topic #2", "Topic No. 2",
# "Topic II", "Agenda Item One". (Spaces include the no-break space Word puts after a colon.)
# After a label, a topic's letter or number ("Topic B:"; up to three digits, as a conference that
# numbers its topics writes them: "Topic 001:", round 52) or a word in brackets ("Committee (Specialised) :").
_LABEL_SUFFIX = (r"(?:[ \t\xa0]+(?:#|no\.?[ \t\xa0]*)?(?:[A-D]|\d{1,3}|[IV]{1,3}|one|two|three|four))?"
                 r"(?:[ \t\xa0]*\([^()\n]{1,30}\))?")
_LABEL = "|".join(
    sorted((re.escape(name).replace(r"\ ", r"[ \t\xa0]+") for name in FIELD_NAMES), key=len, reverse=True)
)
# Two labels of one field may share a line: "Country/Delegation:", "Council/Committee:".
HEADER_FIELD = re.compile(
    r"^[ \t\xa0]*[*_]{0,2}(?P<name>(?:" + _LABEL + r")(?:[ \t\xa0]*/[ \t\xa0]*(?:" + _LABEL + r"))?)" + _LABEL_SUFFIX
    + r"[*_]{0,2}[ \t\xa0]*[:\-–—][*_]{0,2}[ \t\xa0]*(?P<value>[^\s*_][^\n]*?)[*_]{0,2}[ \t\xa0]*$",
    re.IGNORECASE | re.MULTILINE,
)
# NMUN-style lines that state a field without a colon.
_PHRASE_FIELD = re.compile(
    r"^[ \t\xa0]*(?:(?P<country>(?:delegation|delegate|representative)[ \t\xa0]+(?:from|of))|(?P<school>represented[ \t\xa0]+by)|"
    r"(?P<committee>position[ \t\xa0]+paper[ \t\xa0]+for(?:[ \t\xa0]+the)?)|(?P<delegate>submitted[ \t\xa0]+by))\b"
    r"[ \t\xa0:\-–—]*(?P<value>\S[^\n]*?)[ \t\xa0]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A header value is short; a longer "Name: …" line is a sentence that happens to open with a label.
_MAX_VALUE_WORDS = 20
# Header lines are looked for in this many first blocks (page one of any paper).
HEADER_BLOCKS = 12
# An unlabelled header line is short and is not a sentence.
_MAX_UNLABELLED_WORDS = 12
# What names a UN body or a committee in an unlabelled header line.
_BODY = re.compile(
    r"\b(?:Committee|Council|Assembly|Organi[sz]ation|Programme|Program|Commission|Agency|Fund|Union|"
    r"Conference|Panel|Court|Forum|Office|Summit|Cabinet|Board|Triumvirate|Session|Commissions|Committees|Councils)\b"
    r"|\bUnited\s+Nations\b|^[A-Z]{3,8}\d{0,2}$"  # "Commissions On The Status Of women" (round 67)
)
_NAMED_BODY = re.compile(_BODY.pattern.rpartition("|^")[0])  # a body's word, not a lone acronym ("SSUNS")
TITLE_LINE = re.compile(r"\bposition\s+papers?\b", re.IGNORECASE)  # a paper's title names what it is
# The shipped tables of UN bodies (official names, acronyms, other names): a lone heading line
# that names one of them is the committee ("Human Rights Council (HRC)").
UN_BODY_TABLES = ("un_bodies.csv", "un_bodies_extra.csv")
# Treaties and other instruments of the UN system, whose names UN001 checks as it does bodies'.
UN_INSTRUMENT_TABLES = ("treaties.csv", "instruments_extra.csv")
# What may stand beside a body's name in a committee heading: "Second Committee of the General
# Assembly", "UN General Assembly First (Main) Committee", "Special Session of the Council".
_COMMITTEE_WORDS = frozenset(
    "the of on for and un united nations committee main plenary special session emergency "
    "first second third fourth fifth sixth high level executive".split()
)
# After the name, a heading may give the committee's subject: "…: Economic and Financial",
# "… – Disarmament and International Security", "… (HRC)".
_COMMITTEE_SUBJECT = re.compile(r"\s*(?::|\s[-–—]\s|\().*$")
# A misspelt name still names the body ("Economic and Social Counsil").
_BODY_NAME_SIMILARITY = 0.85


# Formal styles and prefixes a header's country may carry: "Republic of Korea", "The Kingdom of Spain".
_STYLE = (
    r"(?:the\s+)?(?:(?:delegation|government|permanent\s+mission)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:federal|democratic|islamic|people's|socialist|united|plurinational|bolivarian|arab|independent|"
    r"hashemite|sovereign)\s+)*(?:republic|kingdom|state|commonwealth|federation|principality|sultanate|emirate|"
    r"grand\s+duchy)\s+of\s+(?:the\s+)?"
)
_COUNTRY_STYLE = re.compile("^" + _STYLE, re.IGNORECASE)
# The same style closing a part, before the State's name: "… Climate Change Republic of ".
_COUNTRY_STYLE_END = re.compile(r"\s" + _STYLE + "$", re.IGNORECASE)


def country_forms(name: str) -> list[str]:
    """The ways a paper may name a country, longest first: as given, and without its formal style
    or a bracketed part ("Iran (Islamic Republic of)" → "Iran")."""
    name = re.sub(r"^(?:the\s+)?(?:delegation|government)\s+of\s+(?:the\s+)?", "", name.strip(), flags=re.IGNORECASE)
    forms = {name, re.sub(r"\s*\(.*?\)\s*", " ", name).strip(), _COUNTRY_STYLE.sub("", name).strip()}
    return sorted((f for f in forms if len(f) >= 2), key=len, reverse=True)


# Names people write that no ISO or UN list keeps (old, informal or short), by ISO3.
INFORMAL_NAMES: dict[str, tuple[str, ...]] = {
    "USA": ("US", "U.S."),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain"),
    "CHN": ("PRC",),
    "NLD": ("Holland",),
    "CIV": ("Ivory Coast",),
    "SWZ": ("Swaziland",),
    "MKD": ("Macedonia",),
    "CPV": ("Cape Verde",),
    "TUR": ("Turkey", "Turkiye"),
    "RUS": ("Russia",),
    "COD": ("DR Congo", "Congo-Kinshasa"),
    "COG": ("Congo-Brazzaville",),
    "BRN": ("Brunei",),
    "VAT": ("Vatican",),
    "SUN": ("Soviet Union",),
    "DDR": ("East Germany",),
}


def informal_names(name: str) -> tuple[str, ...]:
    """The informal names of the Member State `name` is a form of ("Türkiye" → "Turkey"), or none."""
    return INFORMAL_NAMES.get(_member_states().get(name, ""), ())


# Small words a name's initials skip: "Republic of Korea" -> "RK".
_NAME_SMALL_WORDS = {"of", "the", "and", "da", "de"}


def name_initials(name: str) -> list[str]:
    """"United Arab Emirates" → "UAE", "U.A.E."; for a name of two words or more, read as written."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _NAME_SMALL_WORDS]
    if len(words) < 2 or "," in name or "(" in name or not all(w[0].isupper() for w in words):
        return []
    letters = "".join(w[0] for w in words)
    return [letters, ".".join(letters) + "."]


@cache
def member_state_forms() -> tuple[str, ...]:
    """Every form of every UN Member State's name (the shipped table), longest first."""
    return tuple(sorted(_member_states(), key=len, reverse=True))


@cache
def _member_states() -> dict[str, str]:
    """The ISO3 code of each form of each Member State's name in the shipped table, and of its ISO
    names without a comma or bracket ("United Kingdom", "Bolivia", "Vietnam": round 67)."""
    import pycountry  # loaded only once a name is looked up

    def names(row: dict[str, str]) -> list[str]:
        country = pycountry.countries.get(alpha_3=row["iso3"])
        iso_names = (getattr(country, key, "") for key in ("name", "common_name"))
        return [row["country"], *(name for name in iso_names if name and not re.search(r"[,(]", name))]

    rows = table_rows("un_member_states.csv")
    return {form: row["iso3"] for row in rows for name in names(row) for form in country_forms(name)}


@dataclass(frozen=True)
class HeaderLine:
    """One header line: the field it fills ("" when it is unlabelled and unknown), its label
    as written ("" when unlabelled), its value and where the line is."""

    field: str
    label: str
    value: str
    start: int
    end: int

    @property
    def labelled(self) -> bool:
        return bool(self.label)


@dataclass(frozen=True)
class Header:
    """The paper's header, as read from page one."""

    lines: tuple[HeaderLine, ...]

    def first(self, field: str, labelled_only: bool = False) -> HeaderLine | None:
        """The first line of `field`; of two country lines, the first that names a Member State
        ("Delegation: St. Anne's School" above "Country: Ghana", round 35)."""
        lines = [line for line in self.lines if line.field == field and (line.labelled or not labelled_only)]
        if field == "country":
            lines.sort(key=lambda line: member_state_names(ignore_case=True).search(line.value) is None)
        return lines[0] if lines else None

    @property
    def labelled(self) -> tuple[HeaderLine, ...]:
        return tuple(line for line in self.lines if line.labelled)

    @property
    def unlabelled(self) -> tuple[HeaderLine, ...]:
        return tuple(line for line in self.lines if not line.labelled)

    def covers(self, start: int, end: int) -> bool:
        """True when [start, end) is one of the header's lines."""
        return any(line.start <= start and end <= line.end for line in self.lines)


def field_for_label(label: str) -> str | None:
    """The field a label fills ("Delegate Name" → "delegate"; "Country/Delegation" → "country"),
    or None (also for two labels of different fields)."""
    fields = {FIELD_NAMES.get(re.sub(r"\s+", " ", part.strip().lower())) for part in label.split("/")}
    return fields.pop() if len(fields) == 1 else None


def labelled_line(text: str, start: int = 0, end: int | None = None) -> HeaderLine | None:
    """The labelled header line that is exactly text[start:end], or None."""
    end = len(text) if end is None else end
    for pattern in (HEADER_FIELD, _PHRASE_FIELD):
        match = pattern.fullmatch(text, start, end)
        if match:
            return _line(match)
    return None


def _line(match: re.Match) -> HeaderLine | None:
    value = match["value"].strip()
    if len(value.split()) > _MAX_VALUE_WORDS or _grid_field(value):
        return None  # a sentence, or the next label of a row of labels ("Delegation from ⇥ Represented by")
    groups = match.groupdict()
    if "name" in groups:
        field, label = field_for_label(match["name"]) or "", match["name"]
    else:
        key = next(k for k in ("country", "school", "committee", "delegate") if groups.get(k))
        field, label = key, match[key]
    if field != "date":
        value = _DATE_AFTER.sub("", value)  # "Representative of Sweden 11/7/16": the date is no part of the country
    return HeaderLine(field, label.strip(), value, match.start(), match.end())


_DATE_AFTER = re.compile(r"(?<=\S)[ \t\xa0]+\d{1,2}/\d{1,2}/\d{2,4}$")


def read_header(document: Document) -> Header:
    """The paper's header lines (computed once per document)."""
    cached = document.cache.get("header")
    if cached is None:
        lines = _labelled(document) + _unlabelled(document) + _title_country(document)
        cached = document.cache["header"] = Header(lines)
    return cached


def _labelled(document: Document) -> tuple[HeaderLine, ...]:
    lines = []
    for block in document.blocks[:HEADER_BLOCKS]:
        indent = document.text.rfind("\n", 0, block.start) + 1  # a block may start after its line's indent
        start = indent if not document.text[indent : block.start].strip() else block.start
        for pattern in (HEADER_FIELD, _PHRASE_FIELD):
            for match in pattern.finditer(document.text, start, block.end):
                line = _line(match)
                if line is not None:
                    lines.append(line)
    lines += _grid(document)
    if not any(line.field == "country" for line in lines):
        lines += _country_without_colon(document, comma_only=len(lines) < 2)
    return tuple(sorted(lines, key=lambda line: line.start))


def _grid_field(cell: str) -> str | None:
    """The field of a label standing alone in a cell of a header laid out as a table, or None."""
    match = _PHRASE_FIELD.fullmatch(cell.strip() + " x")  # the phrase labels want a value after them
    if match and match["value"] == "x":
        return next(key for key in ("country", "school", "committee", "delegate") if match[key])
    return field_for_label(cell.rstrip(":"))


def _grid(document: Document) -> list[HeaderLine]:
    """A header laid out as a table: a row of labels, then a row of their values in the same
    columns ("Delegation from ⇥ Represented by", then "The Republic of Iceland ⇥ École …"), or one
    "Label:" on a line over its value."""
    return [
        HeaderLine(_grid_field(name) or "", name.strip().rstrip(":"), cell.group(), cell.start(), cell.end())
        for _, _, names, cells in _grid_rows(document) for name, cell in zip(names, cells)
    ]


def _grid_rows(document: Document) -> list[tuple[Block, Block, list[str], list[re.Match[str]]]]:
    """(labels block, values block, labels, value cells) of each such pair of header lines
    (computed once per document: the header, its bare lines and the role reading all ask)."""
    cached = document.cache.get("header.grid")
    if cached is not None:
        return cached
    blocks = document.blocks[:HEADER_BLOCKS]
    found: list[tuple[Block, Block, list[str], list[re.Match[str]]]] = []
    for labels, values in zip(blocks, blocks[1:]):
        names = [m.group() for m in _CELL.finditer(document.text, labels.start, labels.end)]
        cells = list(_CELL.finditer(document.text, values.start, values.end))
        short = all(len(cell.group().split()) <= _MAX_CELL_WORDS and not _SENTENCE_STOP.search(cell.group()) for cell in cells)
        if names and all(map(_grid_field, names)) and len(names) == len(cells) and short and (
                len(names) > 1 or names[0].rstrip().endswith(":")):
            found.append((labels, values, names, cells))
    document.cache["header.grid"] = found
    return found


# A value in a header laid out in columns is a name, not a sentence.
_MAX_CELL_WORDS = 12
_SENTENCE_STOP = re.compile(r"[a-z]{2}[.!?](?:\s|$)")
# A cell of a header laid out in columns: text between tabs or wide runs of spaces.
_CELL = re.compile(r"[^\t\n ](?:[^\t\n]*?[^\t\n ])?(?= *\t| {3,}|[ \t]*$)", re.MULTILINE)


# "Country UK" in a header whose other lines have their colons: the label, a space and a State;
# or "Country, Argentina", a comma for its colon, in any header.
_COUNTRY_WITHOUT_COLON = re.compile(
    r"^[ \t\xa0]*(?P<label>country|delegation)(?P<comma>,)?[ \t\xa0]+(?P<value>[^\n:]+?)[ \t\xa0]*$",
    re.IGNORECASE | re.MULTILINE)


def _country_without_colon(document: Document, comma_only: bool = False) -> list[HeaderLine]:
    """The country line written without its colon, when its value is a Member State's name or
    initials in capitals ("Country UK"; not "Country Policy", a section's heading); with
    `comma_only`, only one that sets its value apart with a comma ("Country, Argentina", round 62)."""
    for block in document.blocks[:HEADER_BLOCKS]:
        match = _COUNTRY_WITHOUT_COLON.fullmatch(document.text, block.start, block.end)
        if match and (match["comma"] or not comma_only) \
                and (re.fullmatch(r"[A-Z]{2,5}", match["value"]) or match["value"] in member_state_forms()):
            return [HeaderLine("country", match["label"], match["value"], match.start(), match.end())]
    return []


def bare_opening_lines(document: Document) -> list[tuple[int, int, str]]:
    """(start, end, text) of the short unlabelled lines that open the paper, before its prose;
    see `opening_parts` for a header written on one line."""
    in_grid = {block.start for labels, values, _, _ in _grid_rows(document) for block in (labels, values)}
    listed = [(block.start, block.end) for block in document.blocks[:HEADER_BLOCKS] if block.kind == "list_item"]
    return [
        (start, end, document.text[start:end].strip()) for start, end in _opening_lines(document)
        if not labelled_line(document.text, start, end) and not TITLE_LINE.search(document.text, start, end)
        and start not in in_grid and not any(a <= start < b for a, b in listed)  # a list of contents is no header
    ]


def _unlabelled(document: Document) -> tuple[HeaderLine, ...]:
    """A bare header: the short lines that open the paper, one to a paragraph or several in one
    ("Ethiopia⏎UNEP"), when one of them names a UN body (the committee, perhaps with the topic
    after a colon). A line that is a Member State's name and nothing else, in its formal style or
    not ("Republic of India"), is the country; the others are kept as lines of unknown field."""
    bare = bare_opening_lines(document)
    committee = next((line for line in bare if _BODY.search(line[2])), None)
    if len(bare) == 1 and bare[0][0] == document.blocks[0].start:
        # A lone heading line is the committee only when it is a UN body's name and nothing else.
        committee = bare[0] if names_un_body(bare[0][2]) else None
    elif len(bare) < 2 and not _grid_rows(document) and not _titled(document):
        return ()  # one bare line is a header's only beside a title line or a header laid out in columns
    if committee is None:
        return _state_part(bare) if len(bare) >= 2 else ()  # one line alone may be a title ("Chile - Climate and Water")
    country = next((line for line in bare if line is not committee and _names_a_state(line[2])), None)
    return tuple(
        HeaderLine("committee" if line is committee else "country" if line is country else "", "",
                   line[2].partition("/")[0].strip() if line is country else line[2], line[0], line[1])
        for line in bare
    )


def _state_part(bare: list[tuple[int, int, str]]) -> tuple[HeaderLine, ...]:
    """A bare opening line, among two or more, that is a Member State's name ("Romania" over its
    committee and the writer's name, round 55) or sets one apart with tabs, a dash or a colon
    ("Palau⇥⇥Future of Food", round 50; "Unesco - Croatia.", round 55): the country."""
    for start, _, line in bare:
        cursor = 0
        for part in TITLE_PARTS.split(line):
            at = line.find(part, cursor)
            cursor = at + len(part)
            name = part.strip().rstrip(".")
            if _names_a_state(name):
                return (HeaderLine("country", "", name, start + at, start + at + len(name)),)
    return ()


def _names_a_state(line: str) -> bool:
    """A Member State's name and nothing else, in its formal style or not, with or without "the":
    "Republic of India", "The United States of America"."""
    if "/" in line:  # "The Kingdom of Thailand/Thailand": a name and its short form (round 64)
        return all(_names_a_state(part.strip()) for part in line.split("/"))
    return member_state_names(ignore_case=True).fullmatch(_THE.sub("", _COUNTRY_STYLE.sub("", line))) is not None


_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _titled(document: Document) -> bool:
    """Whether one of the opening lines is the paper's title ("Liberia Position Paper")."""
    return any(TITLE_LINE.search(document.text, start, end) for start, end in _opening_lines(document))


def _opening_lines(document: Document) -> list[tuple[int, int]]:
    """(start, end) of the short lines that open the paper: up to the first line that is long (its
    subject after a colon aside) or ends with a full stop."""
    lines: list[tuple[int, int]] = []
    for block in document.blocks[:HEADER_BLOCKS]:
        for line in re.finditer(r"[^\n]*\S[^\n]*", document.text[block.start : block.end]):
            text = line.group()
            if text.rstrip().endswith(".") or len(text.partition(":")[0].split()) > _MAX_UNLABELLED_WORDS \
                    and not names_un_body(text):  # a joint committee's long name is still a header line (round 64)
                return lines
            lines.append((block.start + line.start(), block.start + line.end()))
    return lines


def _title_country(document: Document) -> tuple[HeaderLine, ...]:
    """The country a paper's title line names ("2019 Chile Position Paper", "Position Paper of
    the Republic of Ghana"), as an unlabelled country line; and the committee, where the title
    is the State and the body set apart by dashes or one after the other, on one of the opening
    lines ("SSUNS Costa Rica - UNESCO", round 24; "Costa Rica UNESCO" under the writer's name); a
    title line that is a body's name and "Position Paper" alone gives the committee (round 62)."""
    titled_body: tuple[HeaderLine, ...] = ()
    for index, block in enumerate(document.blocks[:HEADER_BLOCKS]):
        line = document.text[block.start : block.end].strip()
        if "\n" in line or len(line.split()) > _MAX_TITLE_WORDS:
            continue
        bodies = [body for part in TITLE_PARTS.split(line) if (body := _after_a_state(part))
                  and (any(names_un_body(name) for name in body.split("/"))  # "UNOOSA/ICAO": a joint committee
                       or body != part.strip() and part.strip().endswith(body) and _NAMED_BODY.search(body))]
        # (the second: a body named after its State, "Indonesia-Special Session on Indigenous Affairs", round 67)
        if len(line.split()) > _MAX_UNLABELLED_WORDS and not TITLE_LINE.search(line) and not bodies:
            continue  # a long line is a header's when it names a body ("SSUNS 2016 – United Nations Framework …")
        addressed = _FOR_A_BODY.search(line)  # "Position Paper of Ghana for the World Health Organization (WHO)"
        if not bodies and addressed and names_un_body(addressed["body"]):
            bodies = [addressed["body"]]
        if not TITLE_LINE.search(line) and not (index < _OPENING_BLOCKS and bodies):
            continue
        joined = [match for part in TITLE_PARTS.split(line) if (state := _JOINED_BY_A_HYPHEN.match(part))
                  and _names_a_state(state["state"]) for match in member_state_names(ignore_case=True).finditer(state["state"])]
        found = [match.group().lower() for match in [*member_state_names(ignore_case=True).finditer(line), *joined]]
        if found:
            named = max(found, key=len)
            country = HeaderLine("country", "", _listed_forms()[named], block.start, block.end)
            committee = [HeaderLine("committee", "", bodies[0], block.start, block.end)] if bodies else []
            return (country, *committee)
        body = TITLE_LINE.sub("", line).strip(" ,-–—:|")
        if TITLE_LINE.search(line) and names_un_body(body) and not titled_body:
            titled_body = (HeaderLine("committee", "", body, block.start, block.end),)  # "Commission on the Status
            # of Women, Position Paper": the committee, unless a later line names the State too
    return titled_body


# A header's State and body stand on one of its first lines, after the writer's name at most.
_OPENING_BLOCKS = 3
# A title line may be longer than a bare header line: "Position Paper of United Arab Emirates (UAE)
# for the World Health Organization (WHO)" (round 34).
_MAX_TITLE_WORDS = 20
# The body a title addresses, at its end, without its acronym: "… for the World Health Organization (WHO)".
_FOR_A_BODY = re.compile(r"\bfor\s+(?:the\s+)?(?P<body>[A-Z][^:;]*?)(?:\s*\([^()]*\))?\s*$")


def _after_a_state(part: str) -> str:
    """A part of a title line without the Member State's name it opens with ("Costa Rica UNESCO"
    -> "UNESCO")."""
    part = part.strip()
    state = member_state_names(ignore_case=True).match(part)
    joined = _JOINED_BY_A_HYPHEN.match(part) if state is None else None  # "Indonesia-Special Session …" (round 67)
    if joined and _names_a_state(joined["state"]):
        return part[joined.end() :]
    rest = part[state.end() :].strip(" -–—|:,") if state else ""
    if not state:  # or closes with it: "United Nations Framework Convention on Climate Change Republic of Uzbekistan"
        last = next((m for m in member_state_names(ignore_case=True).finditer(part) if m.end() == len(part)), None)
        rest = _COUNTRY_STYLE_END.sub("", part[: last.start()]).strip(" -–—|:,") if last else ""
    return rest if rest[:1].isupper() else part  # not "Tunisia and the Security Council", a title


_JOINED_BY_A_HYPHEN = re.compile(r"(?P<state>[^-–—]+)[-–—](?=[A-Z])")
# "Costa Rica - UNESCO", "Position Paper – Chile – ICAO", "Independence- Scotland- John",
# "The 8th Congress; Joshua Sands", columns laid out with tabs or runs of spaces.
TITLE_PARTS = re.compile(r"\s+(?:[-–—]|\|\|?)\s+|(?<=\w)[-–—]\s+|[:;]\s+|\t+|[ \xa0]{3,}")


def opening_parts(document: Document) -> list[tuple[int, int, str]]:
    """The bare opening lines, a lone one cut at its dashes, bars or colons: a header written on
    one line ("Scottish War of Independence - England - Roger Bigod (Earl Marshal)") gives its
    parts, each with the span of its line."""
    bare = bare_opening_lines(document)
    if len(bare) != 1:
        return bare
    start, end, line = bare[0]
    return [(start, end, part.strip()) for part in TITLE_PARTS.split(line) if part.strip()]


@cache
def member_state_names(ignore_case: bool = False) -> re.Pattern[str]:
    """Any form of a Member State's name as a word, a possessive too ("Albania's"); compiled once."""
    forms = "|".join(map(re.escape, member_state_forms()))  # longest first
    return re.compile(rf"(?<![\w'’-])(?:{forms})(?![\w-])", re.IGNORECASE if ignore_case else 0)


@cache
def _listed_forms() -> dict[str, str]:
    """Each Member State name form, in lower case, as the table writes it."""
    return {form.lower(): form for form in member_state_forms()}


# "Secretariat of the United Nations Framework Convention on Climate Change (UN Climate Change)".
_SECRETARIAT_OF = re.compile(r"secretariat of the (?P<convention>[^()]+?)(?:\s*\(.*\))?$")


@cache
def un_body_names() -> tuple[frozenset[str], tuple[str, ...]]:
    """The acronyms (as written) and the names (lower case) of the UN bodies in the shipped tables."""
    acronyms: set[str] = set()
    names: set[str] = set()
    for table in UN_BODY_TABLES:
        for row in table_rows(table):
            acronym = (row.get("acronym") or "").strip()
            if acronym:
                acronyms.add(acronym.removesuffix(" secretariat"))  # "UNFCCC secretariat": the convention's bodies too
            for name in (row.get("official_name") or "", *(row.get("other_names") or "").split(";")):
                name = re.sub(r"\s+", " ", name.strip().lower())
                if name:
                    names.add(name)
                    convention = _SECRETARIAT_OF.match(name)
                    if convention:  # "UNFCCC" as a committee: the Conference of the Parties its secretariat serves
                        names.add(convention["convention"])
    return frozenset(acronyms), tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=4096)
def names_un_body(line: str) -> bool:
    """True when a heading line is a UN body's name: a name or acronym of the shipped tables,
    spelt closely enough, with nothing beside it but committee words ("Third Committee of the
    General Assembly") and, after a colon, dash or bracket, the committee's subject."""
    head = _COMMITTEE_SUBJECT.sub("", line.strip()).strip()
    acronyms, names = un_body_names()
    if head in acronyms or head.startswith("UN") and head[2:] in acronyms:
        return True  # "UNESCAP": a body's acronym after "UN", as the UN itself often writes it
    rest = re.sub(r"\s+", " ", head.lower())
    found = False
    for name in _body_name_patterns():
        if name.search(rest):
            rest, found = name.sub(" ", rest), True
    words = re.findall(r"[a-z]+", rest)
    if found:
        return all(word in _COMMITTEE_WORDS for word in words)
    # No name spelt exactly: the line without its committee words, close to one name.
    core = " ".join(word for word in words if word not in _COMMITTEE_WORDS - {"and", "of", "on", "for"})
    core = re.sub(r"^(?:(?:and|of|on|for)\s+)+|(?:\s+(?:and|of|on|for))+$", "", core)
    return len(core) >= 8 and bool(difflib.get_close_matches(core, names, n=1, cutoff=_BODY_NAME_SIMILARITY))


def mentions_un_body(text: str) -> bool:
    """True when a UN body's name or acronym of the shipped tables stands anywhere in `text`
    ("United Nations Educational, Scientific, and Cultural Organization Denmark")."""
    acronyms, _ = un_body_names()
    lower = re.sub(r"\s+", " ", text.lower())
    return any(name.search(lower) for name in _body_name_patterns()) or any(
        word in acronyms for word in re.findall(r"\b[A-Z]{2,8}\b", text))


@cache
def _body_name_patterns() -> tuple[re.Pattern[str], ...]:
    """Each UN body name of the tables as a whole-word pattern, longest first; compiled once."""
    return tuple(re.compile(rf"\b{re.escape(name)}\b") for name in un_body_names()[1])


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
    """Fill missing metadata from the header's labelled lines (the first of each field wins; of
    the country lines, the first that names a Member State)."""
    meta = document.metadata
    header = read_header(document)
    for line in header.labelled:
        if line.field == "country" and line is not header.first("country", labelled_only=True):
            continue
        value: str | date | None = line.value
        if line.field == "date":
            value = parse_date(line.value)
        if value is not None and line.field and getattr(meta, line.field) is None:
            setattr(meta, line.field, value)
    if meta.title is None:
        meta.title = next(
            (document.text[b.start : b.end] for b in document.blocks if b.kind == "heading"), None
        )
