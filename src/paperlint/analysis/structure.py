"""The structure checklist of a paper under a conference profile: `StructureReport`.

One report per document and profile: the header fields (labelled, unlabelled or missing), the
usual sections (by heading or by content), the sources, in-text citations, and the length of
each topic without the sources. It holds no findings: the PS rules (rules/structure/) turn
its missing items into findings, `paperlint stats` and the JSON report show it whole.
`paper_span` is where a finding about the whole paper goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from paperlint.analysis.regions import scattered_references
from paperlint.analysis.sections import (
    CONTENT,
    SECTION_HEADINGS,
    Topic,
    body_end,
    heading_matches,
    heading_text,
    is_prose,
    own_country,
    own_country_heading,
    scene_setting_opening,
    sources_start,
    topics,
    trailing_references,
)
from paperlint.analysis.voice import role_voice
from paperlint.document import Document
from paperlint.metadata import (
    HEADER_BLOCKS,
    TITLE_LINE,
    TITLE_PARTS,
    labelled_line,
    mentions_un_body,
    opening_parts,
    read_header,
)
from paperlint.profiles import (
    BUILTIN,
    DEFAULT_PROFILE,
    POSITION_ONLY_PAGES,
    POSITION_ONLY_SKIPS,
    SECTIONS,
    Profile,
)

FIELD_LABELS = {
    "committee": "Committee", "country": "Country", "topic": "Topic",
    "school": "School", "delegate": "Delegate", "date": "Date",
}
_CITATION = re.compile(
    r"\((?:[A-Z][^()\d\n]{0,80}?,?\s+)(?:1[89]\d\d|20\d\d)[a-z]?(?:,\s*(?:p|pp|para)\.?\s*\d+(?:[–-]\d+)?)?\)"
    r"|\([A-Z][^()\d\n]{0,80}?,?\s+n\.d\.\)"
    # MLA's title citation, with or without a page: ("Trafficking in Persons Report" 12)
    r"|\(\s*[\"“][A-Z][^\"”\n]{2,120}[\"”](?:,?\s*(?:p\.\s*)?\d{1,4}(?:[–-]\d{1,4})?)?\s*\)"
    r"|\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]"
    r"|(?<=[a-z.,;)])[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
)


@dataclass(frozen=True)
class Item:
    """One line of the checklist: what was looked for, whether it is there, and the evidence."""

    key: str
    label: str
    ok: bool
    evidence: str
    offset: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "ok": self.ok, "evidence": self.evidence}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Item:
        return cls(data["key"], data["label"], data["ok"], data["evidence"])


@dataclass(frozen=True)
class TopicLength:
    title: str
    words: int
    pages: float

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "words": self.words, "pages": round(self.pages, 2)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TopicLength:
        return cls(data["title"], data["words"], data["pages"])


@dataclass(frozen=True)
class StructureReport:
    profile: str
    applies: bool  # texts shorter than the profile's `min_words` are excerpts: nothing is required of them
    words: int  # the body's words: the sources left out
    pages: float  # the body's pages, counted (PDF) or estimated
    pages_counted: bool
    topics: tuple[TopicLength, ...]
    items: tuple[Item, ...]

    def item(self, key: str) -> Item | None:
        return next((i for i in self.items if i.key == key), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "applies": self.applies,
            "words": self.words,
            "pages": round(self.pages, 2),
            "pages_counted": self.pages_counted,
            "topics": [topic.to_dict() for topic in self.topics],
            "items": [item.to_dict() for item in self.items],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StructureReport:
        return cls(
            data["profile"], data["applies"], data["words"], data["pages"], data["pages_counted"],
            tuple(TopicLength.from_dict(t) for t in data["topics"]), tuple(Item.from_dict(i) for i in data["items"]),
        )


def structure_report(document: Document, profile: Profile | None = None) -> StructureReport:
    """The checklist for `profile` (default: the default profile), computed once per document and profile."""
    profile = profile or BUILTIN[DEFAULT_PROFILE]
    reports = document.cache.setdefault("structure", {})
    assert isinstance(reports, dict)
    if profile not in reports:
        reports[profile] = _build_report(document, profile)
    report: StructureReport = reports[profile]
    return report


def _build_report(document: Document, profile: Profile) -> StructureReport:
    end = body_end(document)
    parts = topics(document)
    body_words = sum(t.words for t in parts)
    pages = [anchor.page for anchor in document.anchors if anchor.page is not None]
    # Counted pages hold the sources too: the body's share of them is its share of the words.
    pages_per_word = max(pages) / max(document.word_count, 1) if pages else 1 / profile.words_per_page
    lengths = tuple(TopicLength(t.title, t.words, t.words * pages_per_word) for t in parts)
    listed = _listed_topics(document)
    if len(parts) == 1 and len(listed) > 1:  # "Topics: A, B & C" over one run of prose: its share each
        share = parts[0].words / len(listed)
        lengths = tuple(TopicLength(title, round(share), share * pages_per_word) for title in listed)
    # Without a chosen conference, a short paper is a statement of position (a web form's
    # 250-word answer): it is not asked for a background, the past action or sources.
    short = not profile.strict and bool(parts) and max(t.words for t in parts) < position_only_words(profile)
    items = [
        *_header_items(document, profile, parts),
        *_section_items(document, profile, end, short),
        # a paper written in a role owes a list of sources, as a short one does, only when its text
        # cites some (round 53: a pirate's monologue, 13 role papers judged pedantic, 2 citing right)
        *_source_items(document, profile, short or not profile.strict and bool(role_voice(document))),
        _length_item(profile, body_words, body_words * pages_per_word, bool(pages), lengths),
    ]
    return StructureReport(
        profile.name, document.word_count >= profile.min_words, body_words, body_words * pages_per_word,
        bool(pages), lengths, tuple(items),
    )


# The evidence of a country item that a role paper's part stands for.
PART_PLAYED = "the part the paper plays: "


def _title_line_parts(document: Document, role: str) -> list[tuple[int, int, str]]:
    """The parts of the opening "Position Paper" line that makes the paper a role's ("Agent Fanon
    Position Paper - Handmaid's Tale": the character and the committee), each with its line's span;
    else the parts of a role paper's title line other than its "Position Paper" ("First Scottish
    War - Joint Crisis: Position Paper": the crisis and its committee, round 52)."""
    header_end = document.blocks[min(len(document.blocks), HEADER_BLOCKS) - 1].end if document.blocks else 0
    start = document.text.find(role, 0, header_end)
    if start >= 0 and TITLE_LINE.search(role):
        return [(start, start + len(role), part.strip()) for part in TITLE_PARTS.split(role) if part.strip()]
    for block in document.blocks[:HEADER_BLOCKS]:
        if is_prose(document, block) and _running_text(document.text[block.start : block.end]):
            break  # the title stands above the prose
        line = document.text[block.start : block.end].strip()
        if "\n" not in line and TITLE_LINE.search(line):
            parts = [part.strip() for part in TITLE_PARTS.split(line) if part.strip() and not TITLE_LINE.fullmatch(part.strip())]
            return [(block.start, block.end, part) for part in parts]
    return []


# The items of a "Topics:" line: "Water, Energy & Health", "Water; Energy"; an "&" splits too, an
# "and" does not (it may join the words of one title: "Environment and Space Activity").
_TOPIC_ITEMS = re.compile(r"\s*[,;]\s*|\s+&\s+")


# An item of a numbered list of topics, on a line of its own: "1) Expansion", "2. Health".
_NUMBERED_TOPIC = re.compile(r"[ \t]*\(?\d{1,2}[.)][ \t]+(?P<title>\S[^\n]*)")


def _listed_topics(document: Document) -> list[str]:
    """The topics a plural "Topics:" header line lists, when it lists more than one: on its line,
    or as a numbered list under it ("Topics:" ⏎ "1) Expansion" ⏎ "2) Health", round 63)."""
    line = read_header(document).first("topic", labelled_only=True)
    if line is None or not line.label.lower().rstrip(":").endswith("topics"):
        return []
    first = _NUMBERED_TOPIC.fullmatch(line.value)
    if first is None:
        return [item for item in _TOPIC_ITEMS.split(line.value) if item.strip()]
    listed = [first["title"].strip()]
    for following in document.text[line.end :].lstrip("\n").split("\n"):
        item = _NUMBERED_TOPIC.fullmatch(following)
        if item is None:
            break
        listed.append(item["title"].strip())
    return listed


def _header_items(document: Document, profile: Profile, parts: tuple[Topic, ...]) -> list[Item]:
    items = []
    header = read_header(document)
    unlabelled = header.unlabelled
    # An unlabelled line of unknown field may be any field; the committee line is the committee only.
    unknown = [line for line in unlabelled if not line.field]
    # A paper written in a role may open with bare lines that name no UN body: the writer, the
    # character, a crisis committee ("Philip Martel, Doctor of Civil Law", "First Scottish War"),
    # on lines of their own or as the parts of one line.
    role = role_voice(document) if not profile.strict else None
    role_lines = (opening_parts(document) or _title_line_parts(document, role)) if not unlabelled and role else []
    for name in profile.required_fields:
        line = header.first(name)
        label = f"header: {FIELD_LABELS[name]}"
        given = getattr(document.metadata, name, None)  # front matter, or the reader's own metadata
        if name == "country" and role and (line is None or not line.labelled) and not given:
            # a paper written in a role speaks as a person, not for a country: its part stands instead
            items.append(Item(f"header.{name}", label, True, f"{PART_PLAYED}{role}"))
        elif line is not None and line.labelled:
            items.append(Item(f"header.{name}", label, True, f"{line.label}: {line.value}", line.start))
        elif given:
            items.append(Item(f"header.{name}", label, True, f"{FIELD_LABELS[name]}: {given}"))
        elif line is not None or unknown:
            shown = line.value if line is not None else ", ".join(repr(u.value) for u in unknown)
            items.append(Item(f"header.{name}", label, True, f"unlabelled: {shown}", (line or unknown[0]).start))
        elif len(role_lines) >= 2:
            shown = ", ".join(repr(text) for _, _, text in role_lines)
            items.append(Item(f"header.{name}", label, True, f"a role paper's opening lines: {shown}", role_lines[0][0]))
        elif name == "topic" and any(t.title for t in parts):
            titles = "; ".join(repr(t.title) for t in parts if t.title)
            items.append(Item(f"header.{name}", label, True, f"topic heading(s) {titles}"))
        else:
            items.append(Item(f"header.{name}", label, False, "missing"))
    for name in profile.forbidden_fields:
        line = header.first(name, labelled_only=True)
        evidence = f"{line.label}: {line.value}" if line else "absent"
        items.append(Item(
            f"no-header.{name}", f"no {FIELD_LABELS[name]} (blind grading)", line is None, evidence,
            line.start if line else None,
        ))
    return items


def position_only_words(profile: Profile) -> int:
    """Below this many words in its longest topic, a paper under the default profile is taken as
    a statement of position only."""
    return round(POSITION_ONLY_PAGES * profile.words_per_page)


def _committee_of_no_states(document: Document) -> bool:
    """True when the header names a committee that is no UN body and the paper speaks for no
    country it names: its writers play characters or companies, not States."""
    committee = read_header(document).first("committee")
    return committee is not None and not mentions_un_body(committee.value) and own_country(document) is None


def _section_items(document: Document, profile: Profile, end: int, short: bool = False) -> list[Item]:
    # Without a chosen conference, a paper written in a role (a crisis committee's minister, a
    # pirate's quartermaster) is asked for none of a country paper's sections: it speaks from
    # inside its own history, as a person, in the shape its committee asks for.
    if not profile.strict and role_voice(document):
        return []
    items = []
    for key in profile.sections:
        if short and key in POSITION_ONLY_SKIPS:
            continue
        if key == "country_policy" and not profile.strict and _committee_of_no_states(document):
            continue  # a character of a committee that is no UN body ("Literary: The Handmaid's Tale") has no country
        label = f"section: {SECTIONS[key]}"
        heading = next(
            (b for b in document.blocks
             if b.start < end and (h := heading_text(document, b)) and heading_matches(SECTION_HEADINGS[key], h)),
            None,
        ) or (own_country_heading(document, end) if key == "country_policy" else None)
        if heading is not None:
            line = document.locate(heading.start).line
            title = (heading_text(document, heading) or "").strip()
            items.append(Item(f"section.{key}", label, True, f"heading {title!r} (line {line})", heading.start))
            continue
        reader, needed = CONTENT[key]
        says_it = reader(document)
        said = [
            (s, amount) for s in document.sentences
            if s.end <= end and is_prose(document, s.block) and (amount := int(says_it(document.text, s.start, s.end)))
        ]
        total = sum(amount for _, amount in said)
        opening = scene_setting_opening(document, end) if key == "background" else None
        if total >= needed:
            first = said[0][0].start
            line = document.locate(first).line
            evidence = f"no heading; found by content ({total} in {len(said)} sentence(s), first on line {line})"
            items.append(Item(f"section.{key}", label, True, evidence, first))
        elif opening is not None:
            evidence = f"no heading; the opening paragraph sets the scene (line {document.locate(opening.start).line})"
            items.append(Item(f"section.{key}", label, True, evidence, opening.start))
        else:
            evidence = f"missing (no heading; {total} found, {needed} needed)"
            items.append(Item(f"section.{key}", label, False, evidence))
    return items


# How many references set among the prose give a paper its sources all the same.
_SCATTERED_REFERENCES = 3
# What makes a footnote a reference: a web address or a year of publication.
_REFERENCE = re.compile(r"https?://|www\.|\b(?:19|20)\d\d\b")


def _source_items(document: Document, profile: Profile, short: bool = False) -> list[Item]:
    items = []
    sources = sources_start(document)
    end = body_end(document)
    cited = [
        m for b in document.blocks if b.start < end and is_prose(document, b)
        for m in _CITATION.finditer(document.text, b.start, min(b.end, end))
    ]
    footnotes = [b for b in document.blocks if b.kind == "footnote"]
    # A short paper owes a list of sources only when its text cites some.
    if profile.sources and not (short and not cited and not footnotes):
        if sources is not None:
            evidence = f"heading (line {document.locate(sources).line})"
            items.append(Item("sources", "sources section", True, evidence, sources))
        else:
            trailing = trailing_references(document)
            cited_in_notes = [b for b in footnotes if _REFERENCE.search(document.text, b.start, b.end)]
            scattered = [] if trailing or cited_in_notes else scattered_references(document)
            scattered = scattered if len(scattered) >= _SCATTERED_REFERENCES else []
            if trailing:
                evidence = f"{len(trailing)} reference(s) at the end, no heading"
            elif cited_in_notes:  # round 34: every source cited in full in a footnote
                evidence = f"{len(cited_in_notes)} footnote(s) citing sources, no list"
            elif scattered:  # round 67: a PDF whose pages put them among the prose
                evidence = f"{len(scattered)} references in the text, not at its end"
            else:
                evidence = "missing"
            found = trailing or cited_in_notes or scattered
            items.append(Item("sources", "sources section", bool(found), evidence, found[0].start if found else None))
    if profile.citations:
        if cited:
            evidence = f"{len(cited)} citation(s), first {cited[0].group(0)!r} (line {document.locate(cited[0].start()).line})"
        elif footnotes:
            evidence = f"{len(footnotes)} footnote(s)"
        else:
            evidence = "none found"
        items.append(Item("citations", "in-text citations", bool(cited or footnotes), evidence))
    return items


def _length_item(
    profile: Profile, words: int, pages: float, counted: bool, lengths: tuple[TopicLength, ...]
) -> Item:
    how = "pages" if counted else f"pages, estimated at {profile.words_per_page} words a page"
    evidence = f"{words} words, {pages:.1f} {how}, sources left out"
    longest = max(lengths, key=lambda t: t.words, default=None)
    if len(lengths) > 1 and longest is not None:
        evidence += f"; {len(lengths)} topics, the longest {longest.words} words ({longest.pages:.1f} pages)"
    limits, over = [], False
    if profile.max_words is not None:
        limits.append(f"{profile.max_words} words")
        over = words > profile.max_words
    if profile.max_pages is not None:
        limits.append(f"{profile.max_pages:g} pages")
        over = over or pages > profile.max_pages
    if profile.max_pages_per_topic is not None and longest is not None:
        limits.append(f"{profile.max_pages_per_topic:g} pages a topic")
        over = over or longest.pages > profile.max_pages_per_topic
    label = f"length (at most {' and '.join(limits)})" if limits else "length"
    return Item("length", label, not over, evidence)


# A block this long is running text even without a sentence end (a paragraph cut short).
RUNNING_TEXT_WORDS = 12


def _running_text(text: str) -> bool:
    """A sentence or more, not a fragment such as "top of page" above the title."""
    return len(text.split()) >= RUNNING_TEXT_WORDS or text.rstrip()[-1:] in ".!?;"


def paper_span(document: Document) -> tuple[int, int]:
    """Where a finding about the whole paper goes: the paper's first header line, else its title.

    Both are looked for among the blocks before the first paragraph of running text; the title
    is the first of them that starts with a capital or a digit, which passes over web debris
    such as "top of page". Without either, the first block."""
    leading = []
    for block in document.blocks:
        if is_prose(document, block) and _running_text(document.text[block.start : block.end]):
            break
        leading.append(block)
    header = next((b for b in leading if labelled_line(document.text, b.start, b.end)), None)
    title = next((b for b in leading if document.text[b.start][:1].isupper() or document.text[b.start].isdigit()), None)
    chosen = header or title or document.blocks[0]
    return chosen.start, chosen.end
