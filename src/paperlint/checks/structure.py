"""The shape of a position paper, as a conference profile asks for it (rules PS…).

`structure_report` builds, once per document, a checklist: header fields, the four usual
sections (found by headings, or by what the paragraphs say when the paper has no headings),
a sources section, in-text citations and the length. The rules here turn its missing items
into findings; `paperlint stats` and the JSON report show the whole checklist.

A finding about the whole paper (a missing section, the length) has no natural place, so it
is reported on the paper's first header line or title (see `paper_span`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from paperlint.analysis.phrases import phrases_regex
from paperlint.document import Block, Document
from paperlint.engine.kinds import Hit
from paperlint.metadata import FIELD_NAMES, HEADER_FIELD
from paperlint.profiles import BUILTIN, DEFAULT_PROFILE, SECTIONS, Profile, profile_for
from paperlint.readability import is_prose

# Header lines are looked for in this many first blocks (page one of any paper).
HEADER_BLOCKS = 12
# NMUN-style header lines the core's `Committee: …` reader does not know.
_NMUN_HEADER = re.compile(
    r"^[ \t]*(?:(?P<country>delegation\s+from)|(?P<school>represented\s+by)|"
    r"(?P<committee>position\s+paper\s+for(?:\s+the)?))\b[ \t:\-–—]*(?P<value>\S[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)

_NUMBERING = r"^\W*(?:(?:[IVX]+|\d+|[A-Z])[.):]\s+)?"
_SECTION_HEADINGS = {
    "background": r"(?:topic\s+)?background|introduction|overview|topic\s+(?:overview|summary)|"
                  r"(?:history|statement)\s+of\s+the\s+(?:topic|issue|problem)|the\s+(?:issue|problem)",
    "past_action": r"past\s+(?:international\s+|un\s+|united\s+nations\s+)?(?:actions?|involvement)|"
                   r"(?:previous|prior|international)\s+(?:international\s+|un\s+)?(?:actions?|efforts|involvement)|"
                   r"(?:un|united\s+nations)\s+(?:actions?|involvement)|"
                   r"history\s+of\s+(?:international|un)\s+(?:action|involvement)",
    "country_policy": r"(?:[\w-]+['’]s\s+|country\s+|national\s+|government\s+)?(?:policy|policies|position|stance)",
    "solutions": r"(?:proposed\s+|possible\s+|potential\s+|recommended\s+)?(?:solutions?|recommendations?|proposals?)|"
                 r"(?:the\s+)?way\s+forward",
}
_SOURCES_HEADING = r"sources|works\s+cited|bibliography|references|reference\s+list|citations|endnotes"
# A heading, or a paragraph that starts like one ("Proposed Solutions: …").
_HEADING_MAX_CHARS = 60

# What a section says when it has no heading: a test on a sentence, and how many sentences it takes.
# Every pattern is bounded, so a pathological one-sentence paper stays linear.
_PAST_TERM = re.compile(
    r"\b(?:resolutions?|A/RES|S/RES|conventions?|treat(?:y|ies)|protocols?|declarations?|summits?|"
    r"United\s+Nations?|UN|UNSC|Security\s+Council|General\s+Assembly|[A-Z]{2,}(?=\W))"
)
_PAST_WHEN = re.compile(r"\b(?:1[89]\d\d|20\d\d|adopted|established|signed|ratified|launched|created|passed)\b")
_BACKGROUND = re.compile(
    r"\b(?:\d[\d,.]{0,20}\s*(?:%|percent|per\s+cent|million|billion)|problems?|issues?|threats?|crisis|"
    r"challenges?|risks?|according\s+to|affect(?:s|ed)?|impacts?|defined\s+as|since\s+\d{4})\b",
    re.IGNORECASE,
)
_COUNTRY_POLICY = re.compile(
    # A country or "the Delegation" as the subject (not a UN organ), then what it does or holds.
    r"(?:\b(?!(?:The\s+)?(?:General|Security|United|Human|Economic|Secretary|Council|Assembly|Group|"
    r"Working|Committee|Conference)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}"
    r"|\b(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?:[Dd]elegation|[Gg]overnment|country|nation)(?:\s+of\s+[A-Z][\w ]{0,40}?)?)"
    r"(?:\s+(?:has|have|had|is|was))?(?:\s+(?:firmly|strongly|fully|also|since|long|already|recently|actively)){0,2}"
    r"\s+(?:believes|supports|maintains|remains|recognizes|recognises|condemns|considers|treats|contributes|"
    r"hosts|signed|ratified|adopted|enacted|published|established|launched|joined|passed|implemented|made|"
    r"committed|a\s+(?:member|party|signatory))\b"
    r"|\b(?:[A-Z][a-z]+['’]s|national)\s+(?:policy|policies|position|strategy|law)\b"
)
_SOLUTIONS = re.compile(
    r"\b(?:propos(?:e|es|ed|al|als)|recommend(?:s|ed|ations?)?|suggests?|calls?\s+(?:on|upon|for)|"
    r"encourages?|urges?|would\s+like\s+to\s+see|solutions?)\b",
    re.IGNORECASE,
)
_CONTENT = {
    "background": (lambda text, start, end: bool(_BACKGROUND.search(text, start, end)), 1),
    "past_action": (
        lambda text, start, end: bool(_PAST_TERM.search(text, start, end) and _PAST_WHEN.search(text, start, end)),
        1,
    ),
    "country_policy": (lambda text, start, end: bool(_COUNTRY_POLICY.search(text, start, end)), 2),
    "solutions": (lambda text, start, end: bool(_SOLUTIONS.search(text, start, end)), 2),
}
_REFERENCE = re.compile(r"https?://|\bwww\.|\bdoi:|\bRetrieved\b|\bAccessed\b", re.IGNORECASE)
_CITATION = re.compile(
    r"\((?:[A-Z][^()\d\n]{0,80}?,?\s+)(?:1[89]\d\d|20\d\d)[a-z]?(?:,\s*(?:p|pp|para)\.?\s*\d+(?:[–-]\d+)?)?\)"
    r"|\([A-Z][^()\d\n]{0,80}?,?\s+n\.d\.\)"
    r"|\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]"
    r"|(?<=[a-z.,;)])[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
)
_SECOND_PERSON = phrases_regex(["you", "your", "yours", "yourself", "yourselves"])

FIELD_LABELS = {
    "committee": "Committee", "country": "Country", "topic": "Topic",
    "school": "School", "delegate": "Delegate", "date": "Date",
}


@dataclass(frozen=True)
class Item:
    """One line of the checklist: what was looked for, whether it is there, and the evidence."""

    key: str
    label: str
    ok: bool
    evidence: str
    offset: int | None = None

    def as_dict(self) -> dict:
        return {"key": self.key, "label": self.label, "ok": self.ok, "evidence": self.evidence}


@dataclass(frozen=True)
class StructureReport:
    profile: Profile
    words: int
    pages: float
    pages_counted: bool
    items: tuple[Item, ...]

    @property
    def applies(self) -> bool:
        """Texts shorter than the profile's `min_words` are excerpts: nothing is required of them."""
        return self.words >= self.profile.min_words

    def item(self, key: str) -> Item | None:
        return next((i for i in self.items if i.key == key), None)

    def as_dict(self) -> dict:
        return {
            "profile": self.profile.name,
            "applies": self.applies,
            "words": self.words,
            "pages": round(self.pages, 2),
            "pages_counted": self.pages_counted,
            "items": [item.as_dict() for item in self.items],
        }


def structure_report(document: Document, profile: Profile | None = None) -> StructureReport:
    """The checklist for `profile` (by default: the one the check used, else the default)."""
    cached = document.cache.get("structure")
    if profile is None:
        profile = cached.profile if cached else BUILTIN[DEFAULT_PROFILE]
    if cached is None or cached.profile != profile:
        cached = _build_report(document, profile)
        document.cache["structure"] = cached
    return cached


def _build_report(document: Document, profile: Profile) -> StructureReport:
    words = document.word_count
    pages = [anchor.page for anchor in document.anchors if anchor.page is not None]
    page_count = float(max(pages)) if pages else words / profile.words_per_page
    sources = sources_start(document)
    items = [
        *_header_items(document, profile),
        *_section_items(document, profile, sources),
        *_source_items(document, profile, sources),
        _length_item(profile, words, page_count, bool(pages)),
    ]
    return StructureReport(profile, words, page_count, bool(pages), tuple(items))


def header_fields(document: Document) -> dict[str, tuple[str, int | None]]:
    """Header fields found on page one: name → (value, offset of its line or None)."""
    found = {
        name: (str(value), None)
        for name, value in document.metadata.as_dict().items()
        if value and name in FIELD_LABELS
    }
    for block in document.blocks[:HEADER_BLOCKS]:
        for match in HEADER_FIELD.finditer(document.text, block.start, block.end):
            name = FIELD_NAMES[match["name"].lower()]
            if name in found and found[name][1] is None:
                found[name] = (found[name][0], match.start("name"))
        for match in _NMUN_HEADER.finditer(document.text, block.start, block.end):
            name = next(key for key in ("country", "school", "committee") if match[key])
            found.setdefault(name, (match["value"].strip(), match.start()))
    return found


def _header_items(document: Document, profile: Profile) -> list[Item]:
    fields = header_fields(document)
    items = []
    for name in profile.required_fields:
        value, offset = fields.get(name, (None, None))
        evidence = f"{FIELD_LABELS[name]}: {value}" if value else "missing"
        items.append(Item(f"header.{name}", f"header: {FIELD_LABELS[name]}", value is not None, evidence, offset))
    for name in profile.forbidden_fields:
        value, offset = fields.get(name, (None, None))
        evidence = f"{FIELD_LABELS[name]}: {value}" if value else "absent"
        items.append(Item(f"no-header.{name}", f"no {FIELD_LABELS[name]} (blind grading)", value is None, evidence, offset))
    return items


def _heading_text(document: Document, block: Block) -> str | None:
    """The block's text if it is a heading, or the lead of a paragraph that opens like one."""
    text = document.text[block.start : block.end]
    if HEADER_FIELD.match(text) or _NMUN_HEADER.match(text):
        return None
    if block.kind == "heading":
        return text
    lead = re.match(r"([^:\n]{3,%d}):\s" % _HEADING_MAX_CHARS, text)
    return lead.group(1) if lead else None


def _heading_matches(pattern: str, heading: str) -> bool:
    return re.match(_NUMBERING + r"(?:" + pattern + r")\b", heading.strip(), re.IGNORECASE) is not None


def sources_start(document: Document) -> int | None:
    """Where the sources section's heading starts, if the paper has one."""
    for block in document.blocks:
        heading = _heading_text(document, block)
        if heading and _heading_matches(_SOURCES_HEADING, heading):
            return block.start
    return None


def _section_items(document: Document, profile: Profile, sources: int | None) -> list[Item]:
    body_end = sources if sources is not None else len(document.text)
    items = []
    for key in profile.sections:
        label = f"section: {SECTIONS[key]}"
        heading = next(
            (b for b in document.blocks
             if b.start < body_end and (h := _heading_text(document, b)) and _heading_matches(_SECTION_HEADINGS[key], h)),
            None,
        )
        if heading is not None:
            line = document.locate(heading.start).line
            title = (_heading_text(document, heading) or "").strip()
            items.append(Item(f"section.{key}", label, True, f"heading {title!r} (line {line})", heading.start))
            continue
        says_it, needed = _CONTENT[key]
        signals = [
            s for s in document.sentences
            if s.end <= body_end and is_prose(document, s.block) and says_it(document.text, s.start, s.end)
        ]
        if len(signals) >= needed:
            line = document.locate(signals[0].start).line
            evidence = f"no heading; found by content ({len(signals)} sentence(s), first on line {line})"
            items.append(Item(f"section.{key}", label, True, evidence, signals[0].start))
        else:
            items.append(Item(f"section.{key}", label, False, "missing (no heading, too little matching content)"))
    return items


def _source_items(document: Document, profile: Profile, sources: int | None) -> list[Item]:
    items = []
    if profile.sources:
        if sources is not None:
            evidence = f"heading (line {document.locate(sources).line})"
            items.append(Item("sources", "sources section", True, evidence, sources))
        else:
            trailing = _trailing_references(document)
            evidence = f"{len(trailing)} reference(s) at the end, no heading" if trailing else "missing"
            items.append(Item("sources", "sources section", bool(trailing), evidence, trailing[0].start if trailing else None))
    if profile.citations:
        body_end = sources if sources is not None else len(document.text)
        cited = [
            m for b in document.blocks if b.start < body_end and is_prose(document, b)
            for m in _CITATION.finditer(document.text, b.start, min(b.end, body_end))
        ]
        footnotes = [b for b in document.blocks if b.kind == "footnote"]
        if cited:
            evidence = f"{len(cited)} citation(s), first {cited[0].group(0)!r} (line {document.locate(cited[0].start()).line})"
        elif footnotes:
            evidence = f"{len(footnotes)} footnote(s)"
        else:
            evidence = "none found"
        items.append(Item("citations", "in-text citations", bool(cited or footnotes), evidence))
    return items


def _trailing_references(document: Document) -> list[Block]:
    """The run of blocks at the end of the paper that look like references (URLs, 'Retrieved')."""
    run: list[Block] = []
    for block in reversed(document.blocks):
        if not _REFERENCE.search(document.text, block.start, block.end):
            break
        run.insert(0, block)
    return run


def _length_item(profile: Profile, words: int, pages: float, counted: bool) -> Item:
    how = "pages" if counted else f"pages, estimated at {profile.words_per_page} words a page"
    evidence = f"{words} words, {pages:.1f} {how}"
    limits = []
    if profile.max_words is not None:
        limits.append(f"{profile.max_words} words")
    if profile.max_pages is not None:
        limits.append(f"{profile.max_pages:g} pages")
    over = (profile.max_words is not None and words > profile.max_words) or (
        profile.max_pages is not None and pages > profile.max_pages
    )
    label = f"length (at most {' and '.join(limits)})" if limits else "length"
    return Item("length", label, not over, evidence)


# Advice for each missing piece: what to add and why it matters to a chair.
SECTION_ADVICE = {
    "background": "add a Topic Background section: two or three sentences on the problem, with one sourced "
                  "figure, show the chair you understand the topic",
    "past_action": "add a Past International Action section: name the UN resolutions, treaties and programmes "
                   "already tried (with symbols such as A/RES/…), and what they achieved",
    "country_policy": "add a Country Policy section: what your country has done and believes, with its laws, "
                      "votes and programmes",
    "solutions": "add a Proposed Solutions section: many conferences give it up to half the marks; offer two or "
                 "three concrete proposals and say who would carry and fund them",
}


def _report(document: Document, config) -> StructureReport:
    return structure_report(document, profile_for(config))


def paper_span(document: Document) -> tuple[int, int]:
    """Where a finding about the whole paper goes: the paper's first header line, else its title.

    Both are looked for among the blocks before the first paragraph of running text; the title
    is the first of them that starts with a capital or a digit, which passes over web debris
    such as "top of page" (the DB rules remove it, and would take a finding on it along).
    Without either, the first block."""
    leading = []
    for block in document.blocks:
        if is_prose(document, block):
            break
        leading.append(block)
    header = next((b for b in leading if HEADER_FIELD.fullmatch(document.text, b.start, b.end)), None)
    title = next((b for b in leading if document.text[b.start][:1].isupper() or document.text[b.start].isdigit()), None)
    chosen = header or title or document.blocks[0]
    return chosen.start, chosen.end


def header_field_mismatch(document, rule, ctx):
    """Required header fields that are missing, and fields a blind-graded paper must not carry."""
    report = _report(document, ctx.config)
    missing = [i for i in report.items if i.key.startswith("header.") and not i.ok]
    if report.applies and missing:
        names = [FIELD_LABELS[i.key.split(".", 1)[1]] for i in missing]
        example = "; ".join(f"'{name}: …'" for name in names)
        yield Hit(
            *paper_span(document),
            {"profile": report.profile.name, "problem": f"no {', '.join(names)} line"},
            details=(f"Start the paper with one line per field: {example}.",),
        )
    for item in report.items:
        if item.key.startswith("no-header.") and not item.ok:
            name = FIELD_LABELS[item.key.split(".", 1)[1]]
            start = item.offset if item.offset is not None else paper_span(document)[0]
            block = document.block_at(start)
            line_end = document.text.find("\n", start)
            end = min(line_end if line_end != -1 else len(document.text), block.end if block else len(document.text))
            yield Hit(
                start, end,
                {"profile": report.profile.name, "problem": f"the {name} line identifies the delegation's author"},
                details=("This conference grades papers blind: remove the line.",),
            )


def missing_section(document, rule, ctx):
    report = _report(document, ctx.config)
    if not report.applies:
        return
    for key in report.profile.sections:
        item = report.item(f"section.{key}")
        if item and not item.ok:
            yield Hit(
                *paper_span(document),
                {"section": SECTIONS[key], "profile": report.profile.name},
                details=(SECTION_ADVICE[key][0].upper() + SECTION_ADVICE[key][1:] + ".",),
            )


def missing_sources(document, rule, ctx):
    report = _report(document, ctx.config)
    item = report.item("sources")
    if report.applies and item and not item.ok:
        yield Hit(*paper_span(document), {"profile": report.profile.name})


def missing_citations(document, rule, ctx):
    report = _report(document, ctx.config)
    item = report.item("citations")
    if report.applies and item and not item.ok:
        yield Hit(*paper_span(document), {"profile": report.profile.name})


def over_length(document, rule, ctx):
    report = _report(document, ctx.config)
    item = report.item("length")
    if item and not item.ok:
        yield Hit(
            *paper_span(document),
            {"length": item.evidence, "limit": item.label.removeprefix("length (").rstrip(")"),
             "profile": report.profile.name},
        )


def second_person(document, rule, ctx):
    if not profile_for(ctx.config).third_person:
        return
    for block in document.blocks:
        if is_prose(document, block):
            for match in _SECOND_PERSON.finditer(document.text, block.start, block.end):
                yield Hit(match.start(), match.end())
