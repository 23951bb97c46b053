"""The shape of a position paper, as a conference profile asks for it (rules PS…).

The checklist itself (header fields, sections, sources, citations, length per topic) is
`paperlint.analysis.structure.structure_report`; the rules here turn its missing items into
findings. Without a chosen conference (the `default` profile, not `strict`) they report only
what is plainly missing, and no missing section; a chosen profile reports every item it requires.

A finding about the whole paper (a missing section, the length) has no natural place, so it
is reported on the paper's first header line or title (`analysis.structure.paper_span`).
"""

from __future__ import annotations

from paperlint.analysis.phrases import phrases_regex
from paperlint.analysis.regions import skipped
from paperlint.analysis.sections import is_prose
from paperlint.analysis.structure import FIELD_LABELS, PART_PLAYED, StructureReport, paper_span, structure_report
from paperlint.analysis.voice import role_voice
from paperlint.document import Document
from paperlint.engine.habits import once_or_each
from paperlint.engine.kinds import Hit, paper_hit
from paperlint.metadata import read_header
from paperlint.profiles import LENIENT_LENGTH_FACTOR, SECTIONS, UNTOLD_TOPICS, Profile, profile_for

_SECOND_PERSON = phrases_regex(["you", "your", "yours", "yourself", "yourselves"])


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




def _report(document: Document, ctx) -> tuple[Profile, StructureReport]:
    profile = profile_for(ctx.config)
    return profile, structure_report(document, profile)


def header_field_mismatch(document, rule, ctx):
    """Required header fields that are missing or unlabelled, and fields a blind-graded paper
    must not carry. Without a chosen conference, only a paper with no header at all."""
    profile, report = _report(document, ctx)
    required = [i for i in report.items if i.key.startswith("header.")]
    missing = [i for i in required if not i.ok]
    unlabelled = [i for i in required if i.ok and i.evidence.startswith("unlabelled")]
    # Plainly missing: no header line at all, and nothing but perhaps a topic heading. A paper
    # written in a role (a crisis letter, a character's statement) is asked for no delegation's
    # header without a chosen conference: its committee sets its own shape.
    plainly = not read_header(document).lines and not role_voice(document) and all(
        not i.ok for i in required if i.key != "header.topic" and not i.evidence.startswith(PART_PLAYED))
    if report.applies and missing and (profile.strict or plainly):
        names = [FIELD_LABELS[i.key.split(".", 1)[1]] for i in missing]
        example = "; ".join(f"'{name}: …'" for name in names)
        yield paper_hit(
            document,
            {"profile": profile.name, "problem": f"no {', '.join(names)} line"},
            details=(f"Start the paper with one line per field: {example}.",),
        )
    elif report.applies and unlabelled and profile.strict:
        names = [FIELD_LABELS[i.key.split(".", 1)[1]] for i in unlabelled]
        yield paper_hit(
            document,
            {"profile": profile.name, "problem": f"the header lines are not labelled ({', '.join(names)})"},
            details=("Label each line, as in " + "; ".join(f"'{name}: …'" for name in names) + ".",),
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
                {"profile": profile.name, "problem": f"the {name} line identifies the delegation's author"},
                details=("This conference grades papers blind: remove the line.",),
            )


def missing_section(document, rule, ctx):
    """Each required section found neither by a heading nor by what the paper's sentences say,
    under a chosen conference profile. Without one, the figures list the missing sections and no
    finding is made: chairs judged 64 of 67 such findings on real papers pedantic or wrong."""
    profile, report = _report(document, ctx)
    if not report.applies or not profile.strict:
        return
    for key in profile.sections:
        item = report.item(f"section.{key}")
        if item and not item.ok:
            yield paper_hit(
                document,
                {"section": SECTIONS[key], "profile": profile.name},
                details=(SECTION_ADVICE[key][0].upper() + SECTION_ADVICE[key][1:] + ".", f"Looked for: {item.evidence}."),
            )


def missing_sources(document, rule, ctx):
    profile, report = _report(document, ctx)
    item = report.item("sources")
    if report.applies and item and not item.ok:
        yield paper_hit(document, {"profile": profile.name})


def missing_citations(document, rule, ctx):
    """Sources never cited in the text: a conference's choice, so only under a chosen profile,
    and never on a paper without sources (PS003 already says so)."""
    profile, report = _report(document, ctx)
    item, sources = report.item("citations"), report.item("sources")
    if profile.strict and report.applies and item and not item.ok and (sources is None or sources.ok):
        yield paper_hit(document, {"profile": profile.name})


def over_length(document, rule, ctx):
    """Longer than the profile allows; without a chosen conference, only when plainly too long:
    more than twice the limit both in the pages counted and in pages of the profile's words (a
    double-spaced export or a title page makes counted pages long, not the paper); a paper that
    does not say its topics, only past `UNTOLD_TOPICS` topics at the limit."""
    profile, report = _report(document, ctx)
    item = report.item("length")
    if item is None or item.ok:
        return
    if not profile.strict:
        longest = max(report.topics, key=lambda topic: topic.words, default=None)
        # (plainly too long past this many pages, pages counted, words)
        bounds = [(_lenient(profile.max_pages), report.pages, report.words)]
        if longest is not None and profile.max_pages_per_topic is not None:
            # a paper that does not say its topics may hold as many as a conference asks of one paper
            told = _topics_told(document, report)
            bound = _lenient(profile.max_pages_per_topic) if told else profile.max_pages_per_topic * UNTOLD_TOPICS
            bounds.append((bound, longest.pages, longest.words))
        if not any(
            bound is not None and min(counted, words / profile.words_per_page) > bound for bound, counted, words in bounds
        ):
            return
    yield paper_hit(
        document,
        {"length": item.evidence, "limit": item.label.removeprefix("length (at most ").rstrip(")"),
         "profile": profile.name},
    )


def _lenient(limit: float | None) -> float | None:
    return None if limit is None else LENIENT_LENGTH_FACTOR * limit


def _topics_told(document, report: StructureReport) -> bool:
    """Whether the paper says what its topics are: topic headings, or one "Topic:" header line
    (a "Topics:" line that lists none says only that there are several)."""
    if len(report.topics) > 1 or any(topic.title for topic in report.topics):
        return True
    line = read_header(document).first("topic", labelled_only=True)
    return line is not None and not line.label.lower().rstrip(":").endswith("topics")


def second_person(document, rule, ctx):
    """'you' and 'your' in the prose, quotations and sources aside: a habit is one finding. A
    paper written in a role speaks to the committee as a person does, so it is left alone."""
    if not profile_for(ctx.config).third_person or role_voice(document):
        return
    uses = [
        match.span()
        for block in document.blocks if is_prose(document, block)
        for match in _SECOND_PERSON.finditer(document.text, block.start, block.end)
        if not skipped(document, rule.skip, *match.span())
    ]
    yield from once_or_each(document, uses)
