"""Claim extraction: the checkable statements of fact in a paper, with their spans.

Each extractor finds one kind of claim in each sentence. Claims never overlap: when two
extractors want the same text, the one listed first in `EXTRACTORS` keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from paperlint.analysis import events
from paperlint.analysis.countries import paper_country
from paperlint.analysis.phrases import phrases_regex
from paperlint.document import Document, Sentence
from paperlint.facts.knowledge import ORGANISATIONS, KnowledgeBase

YEAR = r"(?:1[89]\d\d|20\d\d)"
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DAY_MONTH = rf"(?:\d{{1,2}}\s+{MONTHS}\s+|{MONTHS}\s+\d{{1,2}},?\s+|{MONTHS}\s+)?"
DASH = r"\s*(?:-|–|—|to|and)\s*"


@dataclass(frozen=True)
class Claim:
    """One statement of fact: its kind, span, subject country (ISO3) and parsed fields."""

    kind: str
    start: int
    end: int
    text: str
    country: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        return " ".join(self.text.split())


# --- country names ---------------------------------------------------------------------------

def subject_country(document: Document, kb: KnowledgeBase, sentence: Sentence, before: int, default: str | None) -> str | None:
    """The country a claim at `before` is about: the first country named earlier in its
    sentence; for "its …" with none earlier ("During its term, Chile …"), the first one named
    later; else the paper's own country ("it", "we", "our country")."""
    named = [(start, iso3) for start, _, iso3 in kb.countries.mentions(document) if sentence.start <= start < sentence.end]
    earlier = [iso3 for start, iso3 in named if start < before]
    if earlier:
        return earlier[0]
    if named and re.search(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:\S+\s+){0,2}$", document.text[sentence.start : before]):
        return named[0][1]
    return default


# --- extractors --------------------------------------------------------------------------------

@dataclass
class Context:
    document: Document
    kb: KnowledgeBase
    country: str | None

    def text(self, start: int, end: int) -> str:
        return self.document.text[start:end]

    def claim(self, kind: str, start: int, end: int, sentence: Sentence | None = None, **fields) -> Claim:
        subject = None
        if sentence is not None:
            subject = subject_country(self.document, self.kb, sentence, start, self.country)
        return Claim(kind, start, end, self.text(start, end), subject, fields)


_RES_YEAR = (
    rf"(?:\s*\((?P<paren_year>{YEAR})\)"
    rf"|,?\s+(?:of|in|(?:adopted|passed|approved|agreed)\s+(?:in|on)|from)\s+{DAY_MONTH}(?P<of_year>{YEAR})\b)?"
)
_SC_RES = re.compile(
    r"(?:S/RES/|\bUNSCRs?\s*|\bSCRs?\s+)(?P<symbol>\d{1,4})(?![\d/])"
    r"|(?P<word>\b[Rr]esolutions?\s+(?:No\.?\s*)?)(?P<number>\d{1,4})(?![\d/.])"
)
_SC_MORE = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<number>\d{{1,4}})\s*\((?P<year>{YEAR})\)")
# The body a resolution belongs to, when the text names one: right before "resolution"
# ("HRC resolution 41/2", "City council resolution 45") or as the subject of "adopted"
# ("The Governing Council of UN-Habitat adopted resolution 26/8").
_BODY = (
    r"(?P<body>(?:[A-Z][\w.&'’-]*\s+(?:(?:of|the|and|for|on)\s+)*)*[A-Z][\w.&'’-]*"
    r"|(?:[A-Za-z]+\s+)?(?:council|assembly|parliament|board|committee|commission|congress|senate)(?:['’]s)?)"
)
_BODY_BEFORE = re.compile(_BODY + r"\s+$")
_BODY_ADOPTED = re.compile(
    _BODY + r"(?:\s+of\s+[\w-]+(?:\s+[A-Z][\w-]*)*)?\s+(?:has\s+)?(?:adopted|passed|approved|issued)\s+(?:its\s+|a\s+|the\s+)?$"
)
_NO_BODY = re.compile(
    r"(?:the\s+|its\s+)?(?:(?:United\s+Nations|UN|U\.N\.)\s*)?(?:Council['’]s|Council|UN|U\.N\.)?|The|Its|Paragraph|Article|Operative|Landmark",
    re.I,
)


def resolution_body(text: str, sentence: Sentence, start: int) -> str:
    """Whose resolution starts at `start`: "sc", "ga", "" (not said) or "other"."""
    lead = text[max(sentence.start, start - 80) : start]
    found = _BODY_BEFORE.search(lead) or _BODY_ADOPTED.search(lead)
    if found is None:
        return ""
    body = found["body"]
    un = r"(?:the\s+)?(?:(?:United\s+Nations|UN|U\.N\.)\s+)?"
    if re.fullmatch(rf"{un}(?:Security\s+Council|UNSC|SC)(?:['’]s)?", body, re.I):
        return "sc"
    if re.fullmatch(rf"{un}(?:General\s+Assembly|UNGA|GA|Assembly)(?:['’]s)?", body, re.I):
        return "ga"
    if not lead[: found.start()].strip() and not body.split()[0].isupper():
        body = body.partition(" ")[2]  # a sentence's first word ("Under resolution 1325") is no name
    return "" if _NO_BODY.fullmatch(body.strip()) else "other"


def security_council_resolutions(ctx: Context, sentence: Sentence) -> Iterator[Claim]:
    """'resolution 1373 (2001)', 'S/RES/2396 (2017)', 'UNSCR 1325', 'Security Council
    resolution 2178 of 2014'; not another body's ("City council resolution 45 of 2020")."""
    text = ctx.document.text
    for match in _SC_RES.finditer(text, sentence.start, sentence.end):
        dated = re.compile(_RES_YEAR).match(text, match.end(), sentence.end)
        assert dated is not None  # _RES_YEAR is optional, so it always matches
        year = _int(dated["paren_year"] or dated["of_year"])
        end = dated.end() if year else match.end()
        if match["symbol"]:
            yield ctx.claim("sc-resolution", match.start(), end, number=int(match["symbol"]), year=year)
            continue
        body = resolution_body(text, sentence, match.start())
        number = int(match["number"])
        if body in ("ga", "other") or (body != "sc" and year is None):
            continue  # a bare "resolution 12" may be anything
        if body != "sc" and _numbered_elsewhere(ctx.kb, number, year):
            continue  # "resolution 12 in 2018": another body's numbering, not the Council's
        yield ctx.claim("sc-resolution", match.start("number") if match["word"] else match.start(),
                        end, number=number, year=year)
        cursor = end
        while year is not None and (more := _SC_MORE.match(text, cursor, sentence.end)):
            yield ctx.claim("sc-resolution", more.start("number"), more.end(),
                            number=int(more["number"]), year=int(more["year"]))
            cursor = more.end()


def _numbered_elsewhere(kb: KnowledgeBase, number: int, year: int | None) -> bool:
    """The Council's resolution `number` is decades away from `year`: the text counts another body's."""
    row = kb.resolution_year(number)
    return year is not None and row is not None and abs(int(row["year"]) - year) > 15


_GA_RES = re.compile(
    rf"(?:A/RES/|\b[Rr]esolutions?\s+(?:No\.?\s*)?)(?P<session>\d{{1,3}})/(?P<number>\d{{1,4}})\b{_RES_YEAR}"
)


def general_assembly_resolutions(ctx: Context, sentence: Sentence) -> Iterator[Claim]:
    """'A/RES/60/288', 'resolution 60/251 in 2008'; not another body's ("HRC resolution 41/2",
    "UNEA resolution 5/14")."""
    text = ctx.document.text
    for match in _GA_RES.finditer(text, sentence.start, sentence.end):
        body = resolution_body(text, sentence, match.start()) if not match.group().startswith("A/RES/") else "ga"
        year = _int(match["paren_year"] or match["of_year"])
        if body in ("sc", "other"):
            continue
        if body == "" and year is not None and abs(year - (_FIRST_SESSION_YEAR + int(match["session"]))) > _SESSION_SLACK:
            continue  # "Resolution 7/23 (2008)": another body's numbering (the Human Rights Council's), not the Assembly's
        yield ctx.claim("ga-resolution", match.start(), match.end(), session=int(match["session"]),
                        number=int(match["number"]), year=year)


# The Assembly's session N opens in 1945 + N; a year further off belongs to another body's count.
_FIRST_SESSION_YEAR, _SESSION_SLACK = 1945, 2


_COUNCIL = (
    r"(?:(?:the\s+)?(?:United\s+Nations?|UN|U\.N\.)\s+Security\s+Council(?:\s*\(UNSC\))?"
    r"|(?:the\s+)?Security\s+Council|(?:the\s+)?UNSC)"
)
_YEARS = rf"(?P<first>{YEAR})(?:{DASH}(?P<last>{YEAR}|\d\d)\b)?"
_SEAT = re.compile(
    rf"\b(?:a|an|its|our|their|the|as)\s+(?P<kind>non[-‐–\s]?permanent|elected|rotating|permanent)\s+"
    rf"(?:seat|member|membership)(?!s)(?:\s+(?:in|on|of|at)\s+{_COUNCIL})"
    rf"(?:[^.;\d]{{0,25}}?\b(?:in|during|for|from|between)\s+(?:the\s+)?{_YEARS})?",
)
_COUNCIL_MEMBER = re.compile(
    rf"\b(?:(?:a|an)\s+)?(?P<body>member\s+of|served\s+(?:(?:\w+\s+){{0,2}}?terms?\s+)?on|sat\s+on|elected\s+to|seat\s+on)\s+{_COUNCIL}"
    rf"(?:[^.;\d]{{0,25}}?\b(?:in|during|for|from|between)\s+(?:the\s+)?{_YEARS})?",
)
_LEADING_YEAR = re.compile(rf"\s*(?:In|During|From)\s+{_YEARS},?\s")
_EARLY_YEARS = _YEARS.replace("?P<first>", "?P<early_first>").replace("?P<last>", "?P<early_last>")
_PAREN_YEARS = r"\s*\(" + _YEARS.replace("?P<first>", "?P<paren_first>").replace("?P<last>", "?P<paren_last>") + r"\)"
_TERM_WORDS = r"(?:(?:two-year|first|second|third|fourth|latest|last|most\s+recent|previous|elected|non-permanent)\s+)*"
_LATER_YEARS = rf"(?:[^.;\d]{{0,25}}?\b(?:in|during|for|from|between)\s+(?:the\s+)?{_YEARS})?"
# "its 2015–16 term on the Security Council", "a two-year term (2019-20) on the UNSC",
# "Germany's 2017–2018 Security Council term", "a Security Council member in 2013 and 2014".
_AFTER_YEARS = rf"(?:{_PAREN_YEARS.replace('paren_', 'after_')})?{_LATER_YEARS}"
_TERM = re.compile(
    rf"(?P<body>(?:\b{_EARLY_YEARS}\s+)?{_TERM_WORDS}(?:term|tenure|stint)(?:{_PAREN_YEARS})?\s+(?:on|in|at)\s+{_COUNCIL})"
    + _AFTER_YEARS
)
_COUNCIL_TERM = re.compile(
    rf"(?P<body>(?:\b{_EARLY_YEARS}\s+)?{_TERM_WORDS}{_COUNCIL}\s+(?:term|seat|tenure|member|membership)(?!s))" + _AFTER_YEARS
)


# What each pattern of `security_council_seats` names: a sentence without it is not searched.
_NAMES_THE_COUNCIL = re.compile(r"Security\s+Council|UNSC")


def security_council_seats(ctx: Context, sentence: Sentence) -> Iterator[Claim]:
    """'its non-permanent seat in the Security Council during 2019', 'a permanent member of the
    Security Council', 'a member of the Security Council in 2019–2020'."""
    text = ctx.document.text
    if not _NAMES_THE_COUNCIL.search(text, sentence.start, sentence.end):
        return
    for pattern in (_SEAT, _COUNCIL_MEMBER, _TERM, _COUNCIL_TERM):
        for match in pattern.finditer(text, sentence.start, sentence.end):
            groups = match.groupdict()
            kind = re.sub(r"[-‐–\s]", "-", groups.get("kind") or "any").lower()
            kind = {"rotating": "elected", "non-permanent": "elected"}.get(kind, kind)
            years = next((_year_range(groups[f"{tag}first"], groups[f"{tag}last"])
                          for tag in ("", "early_", "paren_", "after_") if groups.get(f"{tag}first")), None)
            if years is None and (leading := _LEADING_YEAR.match(text, sentence.start, sentence.end)):
                years = _year_range(leading["first"], leading["last"])
            if years is None and kind == "any":
                continue  # "a member of the Security Council" with no year says too little
            start = match.start("kind") if groups.get("kind") else match.start("body")
            yield ctx.claim("sc-seat", start, match.end(), sentence, seat=kind, years=years)


_ORG = phrases_regex([alias for aliases in ORGANISATIONS.values() for alias in aliases], ignorecase=False)
_ORG_LIST_TAIL = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")
_MEMBER_OF = re.compile(
    r"\b(?:(?:(?P<founding>founding|founder|original)\s+)?member(?:\s+State|\s+state|\s+country)?\s+of"
    r"|belongs?\s+to|belonging\s+to)\s+(?:the\s+)?"
)
# "a NATO member", "an EU member state since 1995", "a G20 and NATO member".
_ORG_MEMBER = re.compile(
    rf"\b(?:a|an)\s+(?:(?P<founding>founding)\s+)?(?P<orgs>{_ORG.pattern}(?:(?:,\s*|\s+and\s+){_ORG.pattern})*)"
    r"\s+member\b(?!s)(?:\s+State|\s+state|\s+country)?"
)
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer|neither|nor)\b[^.;,]*$|n['’]t\b[^.;,]*$", re.IGNORECASE)
# Others that the membership describes, not the sentence's country: "the countries belonging to",
# "States that are members of".
_OTHERS_BEFORE = re.compile(
    r"\b(?:countries|states|nations|governments|economies|partners|neighbou?rs|allies|those|others)"
    r"(?:\s+(?:that|which|who)\s+are)?\s+$",
    re.IGNORECASE,
)
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")  # "the NATO Parliamentary Assembly" is another body
_JOINED = re.compile(r"\b(?:joined|acceded\s+to|accession\s+to|admitted\s+to|became\s+a\s+member\s+of)\s+(?:the\s+)?")
_WITH = re.compile(
    r"\b(?:participat\w+|cooperat\w+|co-operat\w+|work\w*|partner\w*|collaborat\w+)\b[^.;]{0,60}?\bwith\s+(?:the\s+)?"
)
_SINCE_YEAR = re.compile(rf"\s*(?:,\s*)?(?:since|in|from)\s+{DAY_MONTH}(?P<year>{YEAR})\b")
_NAMED_BODY = re.compile(r"(?:[A-Z][\w'’.-]*|of|for|to|and|the|on|in|against|defeat|counter)(?:\s+|(?=[,.;:)]|$))")


def memberships(ctx: Context, sentence: Sentence) -> Iterator[Claim]:
    """'a member of FATF', 'a NATO member', 'a founding member of the OECD', 'joined NATO in
    1949', and lists: 'participates … with the EU, NATO, the OSCE, and CoE'."""
    text = ctx.document.text
    for trigger, relation in ((_MEMBER_OF, "member"), (_JOINED, "joined"), (_WITH, "participates")):
        for lead in trigger.finditer(text, sentence.start, sentence.end):
            founding = bool(lead.groupdict().get("founding"))
            if relation == "participates" and not _explicit_subject(ctx, sentence, lead.start()):
                continue  # "Member States should cooperate with the AU" is no claim about a country
            if _NEGATED.search(text, sentence.start, lead.start()):
                continue  # "Norway is not a member of the EU" is true, and no claim to check
            if relation == "member" and _OTHERS_BEFORE.search(text, sentence.start, lead.start()):
                continue  # "works with the countries belonging to the EU": a claim about those countries
            cursor = lead.end()
            org_match = _ORG.match(text, cursor, sentence.end)
            if org_match is None:
                if relation != "participates" and not founding:
                    yield from _other_body(ctx, sentence, lead.start(), cursor, relation)
                continue
            while org_match is not None and not _NAME_GOES_ON.match(text, org_match.end()):
                if text[org_match.end() : org_match.end() + 1] == "-":
                    break  # "joined the EU-funded SWITCH-Asia project": a modifier, not the organisation
                end = org_match.end()
                year_match = _SINCE_YEAR.match(text, end, sentence.end)
                if year_match and relation == "member" and not year_match.group().strip(" ,").startswith(("since", "from")):
                    year_match = None  # "the second poorest member of the EU in 2011": when, not since when
                if year_match and relation != "participates":
                    end = year_match.end()
                start = lead.start() if cursor == lead.end() and relation != "participates" else org_match.start()
                yield ctx.claim("membership", start, end, sentence, org=_org_key(org_match.group(0)),
                                relation=relation, founding=founding,
                                year=_int(year_match["year"]) if year_match else None)
                tail = _ORG_LIST_TAIL.match(text, org_match.end(), sentence.end)
                cursor = tail.end() if tail else sentence.end
                org_match = _ORG.match(text, cursor, sentence.end) if tail else None
    for match in _ORG_MEMBER.finditer(text, sentence.start, sentence.end):
        if _NEGATED.search(text, sentence.start, match.start()):
            continue
        year_match = _SINCE_YEAR.match(text, match.end(), sentence.end)
        orgs = list(_ORG.finditer(text, match.start("orgs"), match.end("orgs")))
        for index, org_match in enumerate(orgs):
            last = index == len(orgs) - 1
            start = match.start("orgs") if len(orgs) == 1 else org_match.start()
            end = (year_match.end() if year_match else match.end()) if len(orgs) == 1 else org_match.end()
            yield ctx.claim("membership", start, end, sentence, org=_org_key(org_match.group(0)), relation="member",
                            founding=bool(match["founding"]), year=_int(year_match["year"]) if year_match and last else None)


_PRONOUN = re.compile(r"\b(?:[Ii]t|[Ww]e|[Oo]ur\s+(?:country|nation|delegation|government))\b")


def _explicit_subject(ctx: Context, sentence: Sentence, before: int) -> bool:
    """A country, or "it"/"we"/"our country", comes before `before` in the sentence."""
    if subject_country(ctx.document, ctx.kb, sentence, before, None):
        return True
    return bool(_PRONOUN.search(ctx.document.text, sentence.start, before))


def _other_body(ctx: Context, sentence: Sentence, start: int, cursor: int, relation: str) -> Iterator[Claim]:
    """'a member of the Global Coalition to defeat ISIS': an organisation not in the tables."""
    text = ctx.document.text
    words: list[re.Match[str]] = []
    position = cursor
    while (word := _NAMED_BODY.match(text, position, sentence.end)) and len(words) < 8:
        words.append(word)
        position = word.end()
    while words and not words[-1].group(0)[0].isupper():
        words.pop()
    if not words:
        return
    name = text[cursor : words[-1].start() + len(words[-1].group(0).rstrip())].rstrip(".")
    if re.fullmatch(r"(?:United\s+Nations|UN|U\.N\.)", name) or re.match(r"(?:United Nations |UN )?Security Council|UNSC", name):
        return
    if ctx.kb.country(name) or subject_country(ctx.document, ctx.kb, sentence, start, ctx.country) is None:
        return  # "a member of the Peace Council" says nothing checkable without a country
    end = cursor + len(name)
    year_match = _SINCE_YEAR.match(text, end, sentence.end)
    yield ctx.claim("membership", start, year_match.end() if year_match else end, sentence, org=None, body=name,
                    relation=relation, founding=False, year=_int(year_match["year"]) if year_match else None)


_UN = r"(?:United\s+Nations|UN|U\.N\.)(?!\s+[A-Z])(?![\w-])"
_ADMISSION = re.compile(
    rf"\b(?:(?P<founding>founding|original)\s+(?:member|Member)(?:\s+State)?\s+of\s+(?:the\s+)?{_UN}"
    rf"|(?:joined|admitted\s+to|became\s+a\s+(?:member|Member)(?:\s+State)?\s+of|(?:member|Member)(?:\s+State)?\s+of)\s+(?:the\s+)?{_UN}"
    rf"(?:\s*,?\s*(?:in|on|since)\s+{DAY_MONTH}(?P<year>{YEAR})\b)?)"
)


def un_admissions(ctx: Context, sentence: Sentence) -> Iterator[Claim]:
    """'joined the United Nations in 1945', 'a founding member of the UN'."""
    for match in _ADMISSION.finditer(ctx.document.text, sentence.start, sentence.end):
        if not match["founding"] and not match["year"]:
            continue
        yield ctx.claim("un-admission", match.start(), match.end(), sentence,
                        founding=bool(match["founding"]), year=_int(match["year"]))


_TREATY_EVENT = (
    r"(?P<event>adopted|signed|concluded|agreed|opened\s+for\s+signature|entered\s+into\s+force|"
    r"came\s+into\s+(?:force|effect)|took\s+effect|in\s+force\s+since|ratified)"
)


def treaty_dates(ctx: Context, sentence: Sentence) -> Iterator[Claim]:
    """'the Paris Agreement, adopted in 2016', 'the 1951 Refugee Convention', 'Rome Statute (1998)'."""
    text = ctx.document.text
    names = ctx.kb.treaty_aliases
    pattern = _treaty_regex(tuple(names))
    for match in pattern.finditer(text, sentence.start, sentence.end):
        row = names[next(n for n in names if re.fullmatch(_loose(n), match["name"]))]
        window = max(sentence.start, match.start() - 10)
        if _A_STATES_ACT.search(text, max(sentence.start, match.start() - 160), match.start()):
            continue  # "Viet Nam signed the Kyoto Protocol in 1998 and ratified it in 2002": the State's dates
        before = re.search(rf"(?<![-–\w])(?P<year>{YEAR})\s+$", text[window : match.start()])  # not "post-2020"
        if before and _QUALIFIED.match(text, match.end(), sentence.end):
            before = None  # "the 2030 Paris Agreement targets", "the 2010 NPT Review Conference": the year dates them
        after = re.match(rf"\s*\((?P<year>{YEAR})\)", text[match.end() : sentence.end])
        dated = re.match(
            rf"(?:,\s*)?[^.;(),]{{0,40}}?\b{_TREATY_EVENT}\s+(?:in|on|since)?\s*{DAY_MONTH}(?P<year>{YEAR})\b",
            text[match.end() : sentence.end],
        )
        if dated:
            event = "entry" if re.match(r"ent|came|took|in\s", dated["event"]) else "adoption"
            yield ctx.claim("treaty-date", match.start(), match.end() + dated.end(), treaty=row, event=event,
                            year=int(dated["year"]))
        elif after:
            yield ctx.claim("treaty-date", match.start(), match.end() + after.end(), treaty=row, event="either",
                            year=int(after["year"]))
        elif before:
            yield ctx.claim("treaty-date", window + before.start(), match.end(), treaty=row, event="either",
                            year=int(before["year"]))


_QUALIFIED = re.compile(r"\s+(?:targets?|goals?|commitments?|pledges?|deadlines?|objectives?|milestones?|"
                        r"review\s+conferences?|conferences?|summits?|meetings?|sessions?|negotiations|talks)\b", re.IGNORECASE)
# A State's own act on a treaty, before its name (or a list of names: "a signatory to the UNCCD
# (1992) and the Kyoto Protocol (1999)"): the years near it are the State's, not the treaty's.
_A_STATES_ACT = re.compile(
    r"\b(?:signed|ratified|acceded\s+to|joined|signatory\s+(?:to|of)|(?:a\s+)?part(?:y|ies)\s+to)\b[^.;]{0,140}$",
    re.IGNORECASE)


def _loose(name: str) -> str:
    return r"\s+".join(re.escape(word) for word in name.split())


_TREATY_REGEXES: dict[tuple[str, ...], re.Pattern] = {}


def _treaty_regex(names: tuple[str, ...]) -> re.Pattern:
    if names not in _TREATY_REGEXES:
        alternatives = "|".join(_loose(n) for n in sorted(names, key=len, reverse=True))
        _TREATY_REGEXES[names] = re.compile(rf"(?<![\w-])(?P<name>{alternatives})(?![\w-])")
    return _TREATY_REGEXES[names]


_CARDINALS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
              "sixteen seventeen eighteen nineteen twenty").split()
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_NUMBER_WORDS = {word: index + 1 for words in (_CARDINALS, _ORDINALS) for index, word in enumerate(words)}
_GOAL_WORD = r"(?:SDGs?|Sustainable\s+Development\s+Goals?|Goals?)"
_SDG_LEAD = re.compile(
    r"(?<![\w-])(?<!Millennium\s)(?<!Millennium\sDevelopment\s)(?P<word>SDGs?|Sustainable\s+Development\s+Goals?|Goals?)"
    r"\s*(?:No\.?\s*|#\s*)?(?P<number>\d{1,3}(?![\d.,]\d)|(?i:" + "|".join(_CARDINALS) + r"))\b"
    r"(?P<more>(?:\s*(?:,|and|&)\s*\d{1,3}\b(?![\d.]))*)"
    r"|(?<![\w-])[Tt]he\s+(?P<ordinal>(?i:" + "|".join(_ORDINALS) + r")|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?P<oword>SDG|Sustainable\s+Development\s+Goal|Goal)\b"
)
_SDG_CONTEXT = re.compile(r"\bSDGs?\b|Sustainable\s+Development\s+Goals?|\b(?:2030\s+Agenda|Agenda\s+2030)\b|Global\s+Goals")
_NAME_AFTER = re.compile(r"\s*(?:(?P<paren>\()|(?P<colon>[:–—]|\s-)|(?P<comma>,)|\s+(?P<on>on|for)\b)\s*")
_NAME_BEFORE = re.compile(r"(?:(?P<paren>\()|(?P<comma>,)(?:\s*(?:or|i\.e\.|namely))?)\s*$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*|&")
_NAME_SMALL = {"and", "&", "for", "the", "on", "of"}


def _goal_vocabulary(kb: KnowledgeBase) -> dict[int, frozenset[str]]:
    """The content words of each Goal's short name, folded ("Reduced Inequalities" → reduced, inequality)."""
    return {number: frozenset(_fold(w) for w in _WORD.findall(row["short_name"]) if _fold(w) not in _NAME_SMALL)
            for number, row in kb.sdgs.items()}


def _fold(word: str) -> str:
    """A word of a Goal's name, folded: lower case, no hyphen, singular."""
    word = word.lower().replace("-", "")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _contiguous(text: str, words: list[re.Match], backwards: bool = False) -> list[re.Match]:
    """The leading words of `words` joined by spaces and commas only (a name stops at other marks)."""
    kept = words[:1]
    for word in words[1:]:
        gap = text[word.end() : kept[-1].start()] if backwards else text[kept[-1].end() : word.start()]
        if gap.strip(" ,"):
            break
        kept.append(word)
    return kept


def sdg_names(kb: KnowledgeBase, words: list[str], min_words: int) -> set[int]:
    """The Goals whose short name `words` (all of them) are taken from: enough of the name
    (half, at least `min_words` words unless that is the whole name) and no other word."""
    content = [_fold(w) for w in words if _fold(w) not in _NAME_SMALL]
    if not content:
        return set()
    return {number for number, vocabulary in _goal_vocabulary(kb).items()
            if set(content) <= vocabulary and len(set(content)) * 2 >= len(vocabulary)
            and (len(set(content)) >= min_words or set(content) == vocabulary)}


def _longest_name(kb: KnowledgeBase, words: list[re.Match], min_words: int) -> tuple[int, set[int]]:
    """How many of `words` (from the first) name a Goal, and which Goals; (0, set()) if none."""
    for count in range(min(len(words), 8), 0, -1):
        if _fold(words[count - 1].group()) in _NAME_SMALL:
            continue
        goals = sdg_names(kb, [w.group() for w in words[:count]], min_words)
        if goals:
            return count, goals
    return 0, set()


def _sdg_number(match: re.Match) -> int:
    text = (match["number"] or match["ordinal"]).lower()
    if not text[0].isdigit():
        return _NUMBER_WORDS[text]
    digits = re.match(r"\d+", text)
    assert digits is not None  # the text starts with a digit
    return int(digits[0])


def sdgs(ctx: Context, sentence: Sentence) -> Iterator[Claim]:
    """'SDG 6 (Clean Water and Sanitation)', 'Goal 14 – Life on Land', 'the fifth Sustainable
    Development Goal', 'Climate Action (SDG 13)', 'SDGs 5 and 16', 'Goal Seventeen'."""
    text = ctx.document.text
    for match in _SDG_LEAD.finditer(text, sentence.start, sentence.end):
        number, start, end = _sdg_number(match), match.start(), match.end("number") if match["number"] else match.end()
        name: str | None = None
        goals: set[int] = set()
        after = _NAME_AFTER.match(text, end, sentence.end)
        if after and not match["more"]:
            words = _contiguous(text, list(_WORD.finditer(text, after.end(), min(sentence.end, after.end() + 120))))
            count, goals = _longest_name(ctx.kb, words, 1 if after["paren"] or after["colon"] else 2)
            if count:
                name, end = text[words[0].start() : words[count - 1].end()], words[count - 1].end()
                end += 1 if after["paren"] and text[end : end + 1] == ")" else 0
        before = _NAME_BEFORE.search(text, sentence.start, start)
        if name is None and before:
            window = _WORD.finditer(text, max(sentence.start, before.start() - 120), before.start())
            words = _contiguous(text, list(window)[::-1], backwards=True)
            count, goals = _longest_name(ctx.kb, words, 1 if before["paren"] else 2)
            if count:
                name, start = text[words[count - 1].start() : words[0].end()], words[count - 1].start()
                end += 1 if before["paren"] and text[end : end + 1] == ")" else 0
        word = match["word"] or match["oword"]
        if word.startswith("Goal") and name is None:
            lead = text[max(sentence.start, match.start() - 20) : match.start()]
            if not _SDG_CONTEXT.search(text) or re.search(r"(?:['’]s|\b(?:our|its|their|my|this|that))\s+$", lead, re.I) \
                    or re.match(r"\s+of\s+(?!the\s+(?:SDGs|2030|Sustainable))", text[match.end() : sentence.end]):
                continue  # "Goal 3 of the national policy", "the committee's Goal 2"
        yield ctx.claim("sdg", start, end, number=number, name=name, named=frozenset(goals))
        for more in re.finditer(r"\d{1,3}", match["more"] or ""):
            offset = match.start("more") + more.start()
            yield ctx.claim("sdg", offset, offset + len(more.group(0)), number=int(more.group(0)), name=None,
                            named=frozenset())


def dated_events(ctx: Context, sentence: Sentence) -> Iterator[Claim]:
    """'the 2018 Liege attack', '2016; Brussels Bombings', 'the Paris attacks of November 2015'
    (found by paperlint.analysis.events, as the time-claim check finds them)."""
    for event in events.dated_events(ctx.document):
        if sentence.start <= event.start < sentence.end:
            yield ctx.claim("event", event.start, event.end, year=event.year, label=event.label)


_CITATION = re.compile(
    r"\[\d+\]|\(\s*[A-Z][\w&.' -]+,?\s+(?:19|20)\d\d[a-z]?\s*\)|according\s+to|\bsource[sd]?\b|reported|"
    r"https?://|www\.|\bcited\b|\bestimates?\b\s+(?:by|from)|\bdata\s+from\b",
    re.IGNORECASE,
)
_AMOUNT = r"(?:(?:US|A|C)?[$€£¥]\s?)?(?<![\w.,])\d+(?:[,.]\d+)*"
_PEOPLE = r"\s+(?:people|persons|deaths|victims|casualties|refugees|fighters|civilians|children|women|migrants)\b"
_COUNTED = f"(?:{_PEOPLE})?"
_DIGIT = re.compile(r"\d")
_STATISTIC = re.compile(
    rf"{_AMOUNT}\s*(?:%|per\s?cent\b|percent\b)"
    rf"|{_AMOUNT}\s+(?:million|billion|trillion|thousand)\b{_COUNTED}"
    rf"|(?:(?:US|A|C)?[$€£¥]\s?)?(?<![\w.,])\d{{1,3}}(?:,\d{{3}})+(?![,.]?\d){_COUNTED}(?=\s+[a-z])"
    rf"|(?<![\w.,])\d+{_PEOPLE}"
)
_SUPERLATIVE = re.compile(
    r"\b(?:one\s+of\s+)?the\s+(?:single\s+)?(?:biggest|largest|greatest|highest|lowest|worst|deadliest|"
    r"smallest|fastest|strongest|weakest|richest|poorest|most\s+(?:dangerous|affected|common|deadly|populous|"
    r"significant|serious|successful|effective))(?:\s+(?!(?:in|on|of|among|since|ever)\b)[a-z][\w-]*)?"
)
# A superlative is a claim when it ranks within a stated field ("the largest emitter in the
# world", "the deadliest flood on record", "the most populous country in Africa"); "the
# greatest hope for our youth" is rhetoric.
_RANKED_WITHIN = re.compile(
    r"[^.;:]{0,40}?\b(?:in|of|on|among|across|since)\s+(?:the\s+|all\s+)?"
    r"(?:world|globe|planet|earth|region|continent|history|record|century|decade|[A-Z][a-z]+|\d{4})\b|\s+ever\b"
)


def unsourced_figures(ctx: Context, sentence: Sentence) -> Iterator[Claim]:
    """Statistics ('45% of', '$2 billion', '2 million refugees') and ranking superlatives ('the
    largest donor in the region') in a sentence that cites nothing; the span is the figure."""
    text = ctx.document.text
    if _CITATION.search(text, sentence.start, sentence.end):
        return
    if _DIGIT.search(text, sentence.start, sentence.end):  # every statistic has one
        for match in _STATISTIC.finditer(text, sentence.start, sentence.end):
            yield ctx.claim("needs-source", match.start(), match.end(), what="statistic")
    for match in _SUPERLATIVE.finditer(text, sentence.start, sentence.end):
        if _RANKED_WITHIN.match(text, match.end(), sentence.end):
            yield ctx.claim("needs-source", match.start(), match.end(), what="superlative")


def cites_sources(document: Document) -> bool:
    """The paper cites something somewhere: a citation marker, or a references section."""
    return bool(_CITATION.search(document.text)) or any(
        block.kind == "heading"
        and re.search(r"reference|bibliograph|works\s+cited|sources|notes", document.text[block.start : block.end], re.I)
        for block in document.blocks
    )


Extractor = Callable[[Context, Sentence], Iterator[Claim]]
EXTRACTORS: tuple[Extractor, ...] = (
    general_assembly_resolutions, security_council_resolutions, security_council_seats, un_admissions,
    memberships, treaty_dates, sdgs, dated_events, unsourced_figures,
)


def extract_claims(document: Document, kb: KnowledgeBase, events: bool = True) -> list[Claim]:
    """Every claim in the paper, in text order, none overlapping another (dated events only
    with `events`: they come after every other kind but unsourced figures, so leaving them out
    changes no other claim but those)."""
    ctx = Context(document, kb, paper_country(document).iso3)
    extractors = EXTRACTORS if events else tuple(e for e in EXTRACTORS if e is not dated_events)
    taken: list[Claim] = []
    for sentence in document.sentences:
        for extractor in extractors:
            for claim in extractor(ctx, sentence):
                if not any(claim.start < other.end and other.start < claim.end for other in taken):
                    taken.append(claim)
    return sorted(taken, key=lambda c: (c.start, c.end))


def _year_range(first: str | None, last: str | None) -> tuple[int, ...] | None:
    if not first:
        return None
    start = int(first)
    if not last:
        return (start,)
    end = int(last) if len(last) == 4 else start // 100 * 100 + int(last)
    return tuple(range(start, end + 1)) if start <= end <= start + 10 else (start,)


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _org_key(alias: str) -> str:
    normalised = " ".join(alias.split())
    return next(key for key, aliases in ORGANISATIONS.items() if normalised in aliases)
