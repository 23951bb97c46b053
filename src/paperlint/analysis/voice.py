"""Who the paper speaks as: a delegation (third person), or a person in a role.

A crisis or role-play paper is written by a minister, head of state or other office holder,
and is in the first person by design. `role_voice(document)` finds the evidence the paper
gives for that: a role in its header ("Role: Minister of Defence"), a crisis or cabinet
committee, a person's name as the delegation, an office in the opening lines ("Reverend John
Wise", "Tomas Vell, former state secretary"), a sentence that opens "As Minister of …, I", "I
represent …", "I, Mara Quell, …", a letter in which an envoy informs another government ("it is my
duty to inform the Empire"), a person who is "Represented by" the writer or a committee set in a
State of the past ("Czechoslovakia 1990") in a header that names no State, or a signature with a
title. Offices and persons are told by WordNet's senses, not by a list.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import pycountry

from paperlint.analysis.countries import paper_country, states
from paperlint.analysis.events import meaning_words, noun_senses, wordnet
from paperlint.analysis.regions import regions
from paperlint.document import Document
from paperlint.metadata import (
    TITLE_PARTS,
    Header,
    bare_opening_lines,
    member_state_forms,
    member_state_names,
    mentions_un_body,
    names_un_body,
    read_header,
)

CACHE_KEY = "voice.role"
_OPENING = 300  # characters in which a title is looked for
_TITLE = (
    r"(?:(?:Deputy|Vice|Prime|Foreign|Defence|Defense|Interior|Chief|Supreme|Grand|Crown|Acting)[- ]?)*"
    r"(?:Minister|President|Chancellor|Premier|King|Queen|Emperor|Empress|Sultan|Emir|Shah|Tsar|Czar|Pope|"
    r"Prince|Princess|Monarch|Secretary|Governor|General|Admiral|Marshal|Commander|Director|Chair(?:man|woman|person)?|"
    r"Head\s+of\s+(?:State|Government)|Ambassador|Senator|Attorney[- ]General|Mayor|Leader|Ayatollah|Justice|"
    r"Chief\s+of\s+Staff|Commissioner|CEO|Spokes(?:man|woman|person))"
)
_HEADER_ROLE = re.compile(
    r"^[ \t]*(?:role|character|persona|portfolio|position|title|office|cabinet\s+position|representing)[ \t]*[:\-–—][ \t]*"
    r"[^\n]{0,60}?\b" + _TITLE + r"\b",
    re.IGNORECASE | re.MULTILINE,
)
# A character or persona assigned in the header is a role, whatever it is called ("Assigned
# Character: Humphrey de Bohun, Earl of Hereford", "Role: Julio Borges (Miranda)", "Character
# Represented: Sir …").
_HEADER_CHARACTER = re.compile(
    r"^[ \t]*(?:assigned\s+)?(?:character|persona|role|person)(?:[ \t]+(?:represented|assigned|name|played|portrayed))?"
    r"[ \t]*[:\-–—][ \t]*(?-i:[A-Z])[^\n]{0,60}",
    re.IGNORECASE | re.MULTILINE,
)
# Committees of persons, not of States: a cabinet, a junta, a company's board; in the header's
# committee, a crisis committee too ("Committee: Historical Cabinet", "… the Crisis Committee of").
_PERSONS = r"cabinet|junta|politburo|privy\s+council|war\s+council|board\s+of\s+directors"
_CRISIS_COMMITTEE = re.compile(rf"\b(?:crisis|JCC|ad[- ]hoc|{_PERSONS})\b", re.IGNORECASE)
# Named on an opening line ("SSUNS Microsoft Board of Directors: Teri List-Stoll"); "crisis"
# there may be a title's topic ("The Crisis in Yemen"), so it is not enough.
_PERSONS_COMMITTEE = re.compile(rf"\b(?:{_PERSONS})\b", re.IGNORECASE)
_AS_ROLE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:As|In\s+my\s+capacity\s+as)\s+(?:the\s+)?(?:current\s+|newly\s+appointed\s+)?"
    + _TITLE + r"\b[^.\n]{0,80}?,\s+(?:I|we)\b"
    # "As a former CEO whose company …, one suggestion I had" (round 69): an office held, then "I" in its sentence
    r"|(?:^|[.!?]\s+|\n)As\s+an?\s+(?:former\s+|retired\s+|sitting\s+)?" + _TITLE
    + r"\b[^.\n]{0,80}?,\s+(?:[\w'’-]+\s+){0,3}?I\b",
)
# A delegate who speaks for an organisation or a person: "I represent Lumen Watch", "I am the
# Minister of …".
_I_REPRESENT = re.compile(
    r"\bI\s+(?:represent|speak\s+(?:for|on\s+behalf\s+of)|am\s+(?:the|a)\s+(?:representative|" + _TITLE + r"))\b"
)
# A person introduced by name and what they are ("I am Philip Martel, Doctor of Civil Law"), or an
# elected member speaking for a constituency ("representing the state of New Jersey, I").
# The writer names themselves, or says what they are, beside "I": "I, Mara Quell, will …",
# "I, as one of the captains of the guild, refuse …"; not a numeral ("After World War I, France").
_I_NAMED = re.compile(r"\bI,\s+(?:[A-Z][\w'’-]+\s+){0,4}[A-Z][\w'’-]+,?\s+(?:[a-z]+\s+)?[a-z]+")
# The writer says whom they play: "and as Jeff Weiner, I am determined …" (round 65).
_AS_NAMED = re.compile(r"\b[Aa]s\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),\s+I\b")
# "As <a post> of <a named body>, I …": "As Head Powder Monkey of the Queen Anne's Revenge, I",
# "As the head of the Central Bank, I".
_AS_POST_OF = re.compile(
    r"(?:^|[.!?]\s+|\n)As\s+(?:the\s+|an?\s+|one\s+of\s+the\s+)?(?:[\w'’-]+\s+){0,3}?([\w'’-]+)\s+(?:of|for|at|aboard)\s+"
    r"(?:the\s+)?[A-Z][^.\n]{0,60}?,\s+I\b"
)
_I_AS = re.compile(
    r"\bI,\s+as\s+(?:one\s+of\s+)?(?:the\s+|an?\s+|my\s+)?(?:[a-z'’-]+\s+){0,2}?([a-z]+)(?=\s+(?:of|for|in|at|from)\b|,)"
)
# The writer says what office they hold or held: "I was the Quartermaster of HMS Ruby".
_I_HELD = re.compile(
    r"\bI\s+(?:am|was|have\s+been|had\s+been|serve\s+as|served\s+as)\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}?"
    r"([A-Za-z][\w'’-]+)\s+(?:of|on|aboard|for|at|in|to)\b"
)
# The first person singular: a paper that says "I", "me" or "my" throughout speaks as one person.
_SINGULAR = re.compile(r"(?<![\w'’-])(?:I|me|my|myself)(?![\w'’-])")
_SINGULAR_MIN_COUNT, _SINGULAR_MIN_SHARE = 10, 0.015
_I_AM_NAMED = re.compile(r"\bI\s+am\s+[A-Z][\w'’-]+(?:\s+(?:de|van|von|of|al|bin)?\s*[A-Z][\w'’-]+)+,\s+(?:an?\s+|the\s+)?(\w+)")
# "My name is Mara Quell and I am a Federalist Senator": a person says who they are.
_MY_NAME = re.compile(r"\bMy\s+name\s+is\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:and\s+)?I\s+am\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?"
                      r"([A-Za-z]+)\b(?!\s+of\s+(?:the\s+)?(?:delegation|Republic|Kingdom|State))")
# An opening line that names a person and their title over a place: "Mara Quell, 5th High Steward
# of Norland", "Tomas Vell, Earl of Hereford" (round 51).
_NAME_AND_TITLE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}),[ \t]+(?:the[ \t]+)?(?:\d+(?:st|nd|rd|th)[ \t]+)?"
    r"(?:[A-Z][a-z]+[ \t]+){0,2}(?P<title>[A-Z][a-z]+)[ \t]+of[ \t]+[A-Z]", re.MULTILINE)
# The writer says what post they will fill: "I will act as the rebel quaestor and treasurer".
_I_ACT_AS = re.compile(
    r"\bI\s+(?:will\s+|shall\s+)?(?:act|serve)\s+as\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}?([A-Za-z][\w'’-]+)"
    r"(?=\s+(?:of|on|aboard|for|at|in|to|and)\b|\s*[,.;])"
)
# A letter between governments: an envoy informs another State of their own State's decision in
# a diplomatic formula ("it is my duty to inform the British Empire that …", "I have the honour to
# notify the Government of Norland"), which a delegation writing to its committee does not use.
_INFORMS = re.compile(
    r"(?:(?:\b[Ii]t\s+(?:is|was)\s+|\b)my\s+(?:solemn\s+|sad\s+)?(?:duty|honou?r|privilege|task|obligation|regret)"
    r"|\bI\s+(?:have\s+the\s+honou?r|am\s+(?:writing|instructed|directed)|write|regret))"
    r"\s+to\s+(?:inform|notify|assure|advise|warn|remind|tell)\s+"
    r"(?P<addressee>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4})"
)
# The words that make an addressee a State or its government ("the British Empire", "His
# Majesty's Government", "the Republic of Norland").
_POLITY_WORDS = frozenset(
    "empire reich kingdom republic government crown court majesty union federation confederation "
    "sultanate emirate caliphate shogunate dominion commonwealth principality duchy".split()
)
# A person whom the writer represents, named in a header part: "Represented by Ola Dee".
_REPRESENTED_BY = re.compile(r"represented[ \t]+by[ \t]*:?[ \t]*(?P<name>\S[^\n]*?)[ \t]*", re.IGNORECASE)
# A conference's own name, read as a header's committee line ("Secondary Schools' United Nations
# Symposium"): no committee of the United Nations.
_CONFERENCE = re.compile(r"(?i:\bsymposium|\bmodel\s+united\s+nations|\bmodel\s+un)\b|\bMUN\b")
# A person's name, a comma and an office in small letters: "Tomas Vell, former state secretary",
# "Ilse Brandvik, minister of mines".
_NAME_AND_OFFICE = re.compile(
    r"(?P<name>[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*){1,3}),[ \t]+(?:(?:the|a|an)[ \t]+)?"
    r"(?:(?!(?:of|for|to)[ \t])[a-z][\w'’-]*[ \t]+){0,3}(?P<office>[a-z]+)(?:[ \t]+(?:of|for|to)[ \t]+[^\n,]{1,40})?"
)
_CONSTITUENCY = re.compile(
    r"\brepresent(?:ing|s)?\s+the\s+(?:state|province|district|constituency|county|riding|people)\s+of\s+[A-Z][^.\n]{0,60}?,\s+I\b"
)
# A crisis paper says so in its title ("Crisis Position Paper").
# An opening line that is a crisis committee's name, in a paper that names no country: "NASA
# Crisis", "Cuban Missile Crisis Committee" (a title "The Crisis in Yemen" names its topic).
_CRISIS_NAME = re.compile(r"(?:[A-Z][\w'’&.-]*[ \t]+){0,3}Crisis(?:[ \t]+Committee)?")
# The writer says what part they play: "My role in this committee would be as the high commissioner".
_MY_ROLE = re.compile(r"\b[Mm]y\s+(?:role|character|part)\s+(?:in\s+[^.\n]{0,50}?\s+)?(?:is|was|will\s+be|would\s+be)\b")
# A paper that opens as a letter to the writer's own people ("To my grandsons Edward and Robert,",
# "Dear my fellow citizens,"): a character writes it, not a delegation.
_LETTER_TO_MY = re.compile(r"[ \t]*(?:To|Dear)[ \t]+my[ \t]+[^\n]{1,60},[ \t]*\n")
# A person named on an opening line and said to be one: "Position Paper for Caecillia, a featured
# rebel in the Third Servile Revolt".
_NAMED_ONE = re.compile(
    r"^[^\n]*?\b(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}),[ \t]+an?[ \t]+(?P<words>[a-z]+(?:[ \t]+[a-z]+){0,2})",
    re.MULTILINE,
)
_CRISIS_TITLE = re.compile(
    r"^[ \t]*(?:[^\n.!?]{0,60}\bcrisis\b[^\n.!?]{0,30}\bpaper\b[^\n]{0,30}"
    r"|character[ \t]+(?:profile|paper|sketch|statement))[ \t]*$",  # "Character Profile" (round 37)
    re.IGNORECASE | re.MULTILINE,
)
# A paper signed with a dash, a name and an office ("-Amy Hood, Chief Financial Officer of …"),
# after a paragraph that is not a quotation (whose source is signed the same way).
_DASH_SIGNED = re.compile(
    r"(?<![”\"'’])\n\n[ \t]*[-–—][ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]+)+,[ \t]+((?:[\w'’-]+[ \t]+){0,3}[\w'’-]+)"
)
_SIGNATURE = re.compile(
    r"(?:^|\n)[ \t]*(?:sincerely|respectfully|yours\s+(?:faithfully|sincerely|truly)|signed)[ \t]*,?[ \t]*\n",
    re.IGNORECASE,
)
_SIGNED_TITLE = re.compile(r"^[ \t]*[^\n]{0,40}\b" + _TITLE + r"\b[^\n]{0,60}$", re.MULTILINE)


# A ruler's name before "I" (a given name inside a sentence, or after a title), and what follows
# a ruler's number: "of", a stop, or a verb in the third person ("Edward I offers").
_RULER_BEFORE = re.compile(
    r"(?:\b(?:King|Queen|Emperor|Empress|Pope|Tsar|Czar|Sultan|Prince|Princess)[ \t]+|[a-z,;][ \t]+(?:the[ \t]+)?"
    r"|(?:^|[.!?])[ \t]+)"  # "… Norway. Edward I of England wants …"
    r"[A-Z][a-z]+[ \t]+$"
)
# "William I the Lion", "Edward I on his crusades" (round 62): a preposition, no verb, after it
_RULER_AFTER = re.compile(r"[ \t]+(?:(?:of|on|in|at|to|with|during|against|for|from|and)\b|[a-z]+(?:s|ed)\b|the[ \t]+[A-Z]"
                          r"|(?:were|is|has)\b)|[.,;:)]")  # "If Edward I were to get …" (round 70): "I" takes none of these


def ruler_number(text: str, start: int, end: int) -> bool:
    """True when the "I" at `start` is a ruler's number, not the pronoun: "Robert I of Scotland",
    "the advice King Edward I offers" (round 28), "Edward I of England" opening a sentence,
    "King William I the Lion", "Edward I demanded" (round 54); or the first of numbered parts
    ("PARPA I and II", "Phase I, II and III", round 57)."""
    if _NEXT_NUMERAL.match(text, end):
        return True
    return _RULER_BEFORE.search(text, max(0, start - 40), start) is not None and _RULER_AFTER.match(text, end) is not None


_NEXT_NUMERAL = re.compile(r"[ \t]*(?:,|and|&|to|-|–)[ \t]*(?:II|III|IV)\b")


def role_voice(document: Document) -> str | None:
    """The evidence that the paper is written by a person in a role, or None (computed once)."""
    if CACHE_KEY not in document.cache:
        document.cache[CACHE_KEY] = _role_evidence(document)
    evidence: str | None = document.cache[CACHE_KEY]
    return evidence


def _role_evidence(document: Document) -> str | None:
    return _role_in_the_text(document) or _set_before_the_united_nations(document)


# The year the United Nations was founded: a paper whose prose names no later year speaks from
# a world before it (a historical committee: "the 8th Congress, 1803", a bishop of 1294).
_UN_FOUNDED = 1945
_PROSE_YEAR = re.compile(r"(?<![\w/.,-])(?:1[0-9]{3}|20[0-9]{2})(?![\w/-]|[.,]\d)")


def _set_before_the_united_nations(document: Document) -> str | None:
    """ "set in 1803", when every year the paper's prose names (sources, quotations and addresses
    aside) is before 1945: a historical committee's paper plays a part of its time."""
    found = regions(document)
    years = [int(m.group()) for block in document.blocks if block.kind in ("paragraph", "heading")
             for m in _PROSE_YEAR.finditer(document.text, block.start, block.end)
             if found.at(m.start(), _NOT_THE_PAPERS_OWN) is None]
    return f"set in {max(years)}, before the United Nations" if years and max(years) < _UN_FOUNDED else None


_NOT_THE_PAPERS_OWN = ("bibliography", "citation", "quotation", "url", "header")


def _role_in_the_text(document: Document) -> str | None:
    text = document.text
    for pattern in (_HEADER_ROLE, _HEADER_CHARACTER, _AS_ROLE, _I_REPRESENT, _CONSTITUENCY):
        match = pattern.search(text)
        if match:
            return " ".join(match.group().split())
    named = next((m for m in _I_NAMED.finditer(text) if _pronoun_at(text, m.start())), None) or next(
        (m for m in _AS_NAMED.finditer(text) if _personal_name(m["name"])), None)
    if named:
        return " ".join(named.group().split())
    header = read_header(document)
    committee, delegation = header.first("committee"), header.first("country")
    if committee is not None and (_CRISIS_COMMITTEE.search(committee.value) or _names_a_legislature(committee.value)):
        return committee.value  # "Committee: 8th US Congress": its members speak for themselves (round 59)
    if delegation is not None and _personal_name(delegation.value.split(",")[0].strip()):
        return f"{delegation.label or 'delegation'}: {delegation.value}"
    opening = bare_opening_lines(document)
    if delegation is not None and delegation.label.lower() in _PART_LABELS and _plays_a_part(delegation.value):
        return f"{delegation.label}: {delegation.value}"  # "Position: James White": a part, not a State
    if delegation is None and not document.metadata.country:
        crisis_name = next((part for _, _, line in opening for part in map(str.strip, TITLE_PARTS.split(line))
                            if _CRISIS_NAME.fullmatch(part)), None)
        if crisis_name is not None:
            return crisis_name
    envoy = _writes_to_a_government(text)
    if envoy is not None:
        return envoy
    cabinet = _government_of_a_year(header)
    if cabinet is not None:
        return cabinet
    if not _speaks_for_a_state(document, header):
        past = _represented_person(header, opening) or _committee_in_a_past_state(header, opening)
        if past is not None:
            return past
    my_role = _MY_ROLE.search(text) or _LETTER_TO_MY.match(text)
    if my_role is not None:
        return my_role.group().strip()
    titled = _person_on_title_line(document, header) or _person_played(document, header, opening) or _legislator(opening)
    if titled is not None:
        return titled
    for named in _NAMED_ONE.finditer(text, 0, min(len(text), _OPENING)):
        if any(map(_is_one_person, named["words"].split())) and not member_state_names(ignore_case=True).search(named["name"]):
            return " ".join(named.group().split()[-6:])
    parts = [part.strip() for _, _, line in opening for part in TITLE_PARTS.split(line) if part.strip()]
    office = next((part for part in parts if _names_an_office(part) or _role_noun(part) or _name_and_office(part)), None)
    if office is not None:
        return office
    character = _character_written_about(document, opening)
    if character is not None:
        return character
    persons = next((line for _, _, line in opening if _PERSONS_COMMITTEE.search(line)), None) or next(
        (line.strip() for line in text[:_OPENING].splitlines()
         if _POSITION_PAPER.search(line) and _PERSONS_COMMITTEE.search(line)), None)  # "UK War Cabinet … Position Paper"
    if persons is not None:
        return persons
    described = next((m for m in _I_AS.finditer(text) if _pronoun_at(text, m.start())), None)
    if described and _is_person_noun(described.group(1)) and not _is_representative(described.group(1)):
        return " ".join(described.group().split())
    post = next((m for m in _AS_POST_OF.finditer(text) if _is_post(m.group(1))), None)
    if post:
        return " ".join(post.group().split()).lstrip(".!? ")
    named = _I_AM_NAMED.search(text) or _MY_NAME.search(text)
    if named and _is_person_noun(named.group(1)) and not _is_representative(named.group(1)):
        return " ".join(named.group().split())
    titled_name = next((m for m in _NAME_AND_TITLE.finditer(text, 0, min(len(text), _OPENING))
                        if _personal_name(m["name"]) and _is_person_noun(m["title"]) and not _is_representative(m["title"])),
                       None)
    if titled_name is not None:
        return titled_name.group().strip()
    held = next((m for m in _I_HELD.finditer(text) if _is_office(m.group(1))), None) or next(
        (m for m in _I_ACT_AS.finditer(text) if _is_office(m.group(1)) and not _is_diplomat(m.group(1))), None)
    if held is not None:
        return " ".join(held.group().split())
    singular = _singular_voice(document, header)
    if singular is not None:
        return singular
    crisis = _CRISIS_TITLE.search(text, 0, min(len(text), _OPENING))
    if crisis:
        return " ".join(crisis.group().split())
    for signed in _DASH_SIGNED.finditer(text):
        if any(_is_person_noun(word) for word in signed.group(1).split()):
            return " ".join(signed.group().split())
    signature = _SIGNATURE.search(text, max(0, len(text) - 600))
    if signature:
        title = _SIGNED_TITLE.search(text, signature.end())
        if title:
            return " ".join(title.group().split())
    return None


_POSITION_PAPER = re.compile(r"(?i:position\s+paper)")


def _writes_to_a_government(text: str) -> str | None:
    """A letter in which the writer, an envoy, informs another State or its government (no UN
    body, no committee, no chair): "it is my duty to inform the British Empire that …"."""
    for match in _INFORMS.finditer(text):
        addressee = match["addressee"]
        if names_un_body(addressee) or mentions_un_body(addressee) or _UNITED_NATIONS.search(addressee):
            continue
        if states().resolve(addressee) or {word.lower() for word in re.findall(r"[A-Za-z]+", addressee)} & _POLITY_WORDS:
            return " ".join(match.group().split())
    return None


def _speaks_for_a_state(document: Document, header: Header) -> bool:
    """Whether the header (or the reader's metadata) gives the paper a country, any at all ("Country:
    Norland", a bare line that is a State's name), or names a committee of the United Nations (not
    a conference's own name): a delegation's paper."""
    if header.first("country") is not None or document.metadata.country:
        return True
    committee = header.first("committee")
    return committee is not None and not _CONFERENCE.search(committee.value) and (
        mentions_un_body(committee.value) or _UNITED_NATIONS.search(committee.value) is not None)


def _represented_person(header: Header, opening: list[tuple[int, int, str]]) -> str | None:
    """A person "Represented by" the writer, in a header that names no State ("Represented by Ola
    Dee" beside a character and a government of the past): the writer plays a part. (In a
    delegation's header the line names the delegate or the school beside the State.)"""
    values = [line.value for line in header.lines if line.label.lower().startswith("represented")]
    values += [found["name"] for _, _, line in opening for part in TITLE_PARTS.split(line)
               if (found := _REPRESENTED_BY.fullmatch(part.strip()))]
    person = next((value for value in values if _personal_name(value.strip())), None)
    return f"Represented by {person}" if person is not None else None


def _government_of_a_year(header: Header) -> str | None:
    """A committee that is a State's government in a given year ("Committee: Czechoslovakian
    Government 1990", "Cabinet of Norland 1975"), no UN body: its members are ministers, whatever
    country line the header gives."""
    committee = header.first("committee")
    if committee is None or not _A_YEAR.search(committee.value) or mentions_un_body(committee.value) \
            or _UNITED_NATIONS.search(committee.value):
        return None
    words = re.findall(r"[A-Za-z]+", committee.value.lower())
    return committee.value if any(word in _GOVERNMENTS for word in words) else None


# What a committee that is a State's executive is called.
_GOVERNMENTS = frozenset({"government", "cabinet", "politburo", "junta", "presidium"})


def _committee_in_a_past_state(header: Header, opening: list[tuple[int, int, str]]) -> str | None:
    """A header line that sets the committee in a State that no longer exists, in a year
    ("Czechoslovakia 1990", "Position paper for Czechoslovakia government 1990"), in a header that
    names no State as the country and no UN body: its members are that State's people."""
    committee = header.first("committee")
    lines = [committee.value] if committee is not None else []
    lines += [part.strip() for _, _, line in opening for part in TITLE_PARTS.split(line)]
    for line in lines:
        if not _A_YEAR.search(line) or names_un_body(line) or mentions_un_body(line):
            continue
        if any(states().resolve(m.group()) in states().former for m in states().regex.finditer(line)):
            return line
    return None


def _name_and_office(part: str) -> bool:
    """A part of an opening line that is a person's name and an office in small letters ("Tomas
    Vell, former state secretary"); not a delegate's or a diplomat's ("Ola Dee, delegate")."""
    found = _NAME_AND_OFFICE.fullmatch(part.strip())
    return found is not None and _is_office(found["office"]) and not _is_diplomat(found["office"]) \
        and _named_before_an_office(found["name"])


def _named_before_an_office(name: str) -> bool:
    """Two to four capitalised words before an office: a person's name, though its words may be
    words WordNet lists ("Milos Jakes": "milo", "jakes"); not a State, a UN body or an organisation."""
    words = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.", word) for word in words) \
        and not member_state_names(ignore_case=True).search(name) and not states().regex.search(name) \
        and not mentions_un_body(name) and not _organisation(name)


def _singular_voice(document: Document, header: Header) -> str | None:
    """ "I", "me" and "my" throughout a paper whose header names no Member State as its country:
    the writer speaks as one person (a country paper speaks as its delegation)."""
    country = header.first("country")
    if country is not None and member_state_names(ignore_case=True).search(country.value):
        return None
    text = document.text
    uses = [m for m in _SINGULAR.finditer(text) if m.group() != "I" or _pronoun_at(text, m.start())]
    if len(uses) >= _SINGULAR_MIN_COUNT and len(uses) >= _SINGULAR_MIN_SHARE * len(text.split()):
        return f"the first person singular, {len(uses)} times"
    return None


def _pronoun_at(text: str, start: int) -> bool:
    """True when the "I" at `start` is the pronoun, not a numeral ("World War I, France"): it
    opens the text or a line, follows a mark, or follows a word in small letters."""
    window = text[max(0, start - 40) : start]
    before = window.rstrip()
    if not before or "\n" in window[len(before) :]:
        return True  # the paper or a line starts with it
    return not before[-1].isalnum() or before.split()[-1].islower()


def _person_on_title_line(document: Document, header: Header) -> str | None:
    """An opening "Position Paper" line that names a person other than the writer: over a
    `Delegate:` line that names someone else ("Joseph Phillips: Position Paper" over "Delegate:
    Khalil Mulji", round 32), or beside a committee that is no UN body in a paper of no State
    ("Agent Fanon Position Paper - Handmaid's Tale", round 33). A writer's own name beside a UN
    body or a school is not one."""
    delegate = header.first("delegate")
    writer = delegate.value.strip() if delegate is not None else None
    for line in document.text[:_OPENING].splitlines():
        parts = [part.strip() for part in TITLE_PARTS.split(line) if part.strip()]
        if not any(_POSITION_PAPER.search(part) for part in parts) or member_state_names(ignore_case=True).search(line):
            continue
        names = [_POSITION_PAPER.sub("", part).strip(" :") for part in parts]
        person = next((name for name in names if _personal_name(name) and name != writer), None)
        others = [name for name in names if name and name != person]
        if person is not None and (writer or others and _story_committee(document, others)):
            return line.strip()
    return None


def _a_name(part: str) -> bool:
    """Several capitalised words, or one that WordNet does not list in small letters ("Varro",
    not "Delegate")."""
    lexicon = wordnet()
    return " " in part.strip() or lexicon is not None and not lexicon.lists(part.strip().lower())


def _person_played(document: Document, header: Header, opening: list[tuple[int, int, str]]) -> str | None:
    """An opening line that names a person played by another ("John Rose Archer (Zachary
    Wheeler)"), or, under a committee that is no UN body, a second person named on a line of its
    own or after a dash (the writer and the character: "Audrey Jameson" then "Robert B. Dickey",
    "Ann Rell - Agent Dubois") in a header with no country line and no line that is a State's name
    (rounds 34, 60)."""
    for _, _, line in opening:
        played = _PLAYED_BY.fullmatch(line)
        if played and _personal_name(played["player"]) and not names_un_body(played["part"]) \
                and not member_state_names(ignore_case=True).search(played["part"]) and _a_name(played["part"]):
            return line  # "Varro (Jacob Maury)": one name, a word no dictionary lists, played by a person
    committee = header.first("committee")
    people = [line if _personal_name(line) else next((part for part in _DASHED.split(line) if _personal_name(part)), "")
              for _, _, line in opening]
    people = [person for person in people if person]
    if len(people) >= 2 and (committee is None or not mentions_un_body(committee.value)
                             and not _UNITED_NATIONS.search(committee.value)) and header.first("country") is None \
            and not document.metadata.country and not any(states().resolve(line) for _, _, line in opening
                                                          if not _A_YEAR.search(line)):
        return people[1]  # ("Czechoslovakia 1990": a committee of a year in a State's past, not a country)
    return None


# A dash between the parts of an opening line: "Ann Rell - Agent Dubois".
_DASHED = re.compile(r"[ \t]+[-–—][ \t]+")


def _legislator(opening: list[tuple[int, int, str]]) -> str | None:
    """A person named on an opening line beside a legislature that is no UN body ("8th Congress
    - Mary Quell", "The Althing" over "Jon Arason - NE", "Ann Fell 8th US Congress"): a member,
    who speaks in the first person (rounds 50, 53)."""
    parts = [part.strip() for _, _, line in opening for part in TITLE_PARTS.split(line) if part.strip()]
    body = next((part for part in parts if _names_a_legislature(part)), None)
    person = next((part for part in parts if _personal_name(part)), None)
    if body is not None and person is None:  # "John Archer 8th US Congress": the name opens the legislature's part
        words = body.split()
        person = next((" ".join(words[:n]) for n in (3, 2) if len(words) > n and _personal_name(" ".join(words[:n]))
                       and _names_a_legislature(" ".join(words[n:]))), None)
    return f"{person}, {body}" if body is not None and person is not None else None


def _names_a_legislature(part: str) -> bool:
    """A name whose head WordNet files under legislatures ("8th Congress", "Senate of Norland",
    "Parliament", "Diet"), and no UN body."""
    words = re.findall(r"[A-Za-z]+", re.split(r"\s+of\s+", part)[0])
    return bool(words) and words[-1][0].isupper() and "legislature" in meaning_words(words[-1].lower()) \
        and not names_un_body(part)


_A_YEAR = re.compile(r"\b1\d{3}\b|\b20\d\d\b")


# A committee of the United Nations that the shipped tables may not list ("United Nations
# Framework Convention on Climate Change").
_UNITED_NATIONS = re.compile(r"\bUnited\s+Nations\b|\bUN\b")
# A part and, in brackets, who plays it: "John Rose Archer (Zachary Wheeler)".
_PLAYED_BY = re.compile(r"(?P<part>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*\((?P<player>[^()]+)\)")


def _story_committee(document: Document, parts: list[str]) -> bool:
    """True when the other parts of a title line are a committee that is no UN body and no
    organisation ("Handmaid's Tale"; not "Citadel High School"), in a paper that speaks for no State."""
    return paper_country(document).iso3 is None and not any(
        names_un_body(part) or _organisation(part) for part in parts)


def _organisation(name: str) -> bool:
    """True when a name ends with a word for an organisation ("Citadel High School", "Vega Institute")."""
    senses = noun_senses(name.split()[-1].lower()) if name.split() else []
    return bool(senses) and senses[0].file == "noun.group"


def _character_written_about(document: Document, opening: list[tuple[int, int, str]]) -> str | None:
    """A person named on an opening line whom the body's first paragraph makes the subject of a
    verb, in the third person ("Petr Miller" on its own line, then "Petr Miller was an
    electrician at …", or "As a member of the board, Petr Miller has …"): the paper is a
    character's, not a State's."""
    if not opening:
        return None
    body = document.text[opening[-1][1] :].lstrip()
    first = next((text for text in (p.strip() for p in body.split("\n\n")) if len(text.split()) > _MAX_HEADING_WORDS), "")
    for name in (part.strip() for _, _, line in opening for part in TITLE_PARTS.split(line)):
        if not _personal_name(name):
            continue
        subject = re.compile(rf"(?:^|\W){re.escape(name)}\s+(?:[a-z]+ly\s+)?(?:{_THIRD_PERSON_VERB})\b")
        if body.startswith(name.split()[-1] + " ") or subject.search(first):
            return name
    return None


# The verb after a subject in the third person: an auxiliary, or a verb in -s or -ed.
_THIRD_PERSON_VERB = r"has|had|is|was|will|would|can|could|must|should|[a-z]+s|[a-z]+ed"
# A paragraph of more words is prose, not a heading ("League Expansion:").
_MAX_HEADING_WORDS = 8


def _personal_name(value: str) -> bool:
    """True when a header's delegation is a person's name ("Edward Salter"): two to four
    capitalised words, not all of them common words ("Human Rights Watch", "Red Cross") nor mostly
    words of Member States' names ("Syria Arab Republic"; "Troy Vincent" is a name), not ending in
    a word for an organisation ("College"), and no country ("Hong Kong")."""
    # a name's accents aside ("Miloš Jakeš" is read as "Milos Jakes")
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    words = [w for w in value.split() if not re.fullmatch(r"[A-Z]\.", w)]  # "Robert B. Dickey": an initial
    lexicon = wordnet()
    if lexicon is None or not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[A-Z][a-z-]+", w) for w in words):
        return False
    state_words = sum(word.lower() in _state_name_words() for word in words)
    if all(lexicon.lists(word.lower()) and not lexicon.names_a_person(word) for word in words) \
            or 2 * state_words > len(words):
        return False  # ("John Archer": "John" is a person's name, whatever "john" and "archer" mean)
    if _organisation(value):
        return False  # "Marianopolis College", "Vega Institute"
    try:
        pycountry.countries.lookup(value)
    except LookupError:
        return True
    return False


@cache
def _state_name_words() -> frozenset[str]:
    """The words of the Member States' names, in lower case ("the", "syrian", "arab", "republic")."""
    return frozenset(word.lower() for form in member_state_forms() for word in form.split())


_NAME_PARTICLES = {"of", "de", "van", "von", "al", "bin", "the"}  # "Bishop Anselm of Gaunt"
# What an office holder is, by WordNet's hypernyms: "Flight Director", "Reverend", "Magistrate".
_OFFICE_KINDS = {"leader", "official", "serviceman", "clergyman"}


def _names_an_office(line: str) -> bool:
    """True when an opening line names an office held by a person: the office last ("Apollo 13
    Flight Director") or first, before a name ("Reverend John Wise"). A UN body's name is no
    office ("General Assembly"), nor is a delegate's ("Ambassador")."""
    words = re.findall(r"[\w'’-]+", line)
    if not words:
        return False
    first_before_names = len(words) > 1 and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words[1:])
    lexicon = wordnet()
    # an office last is a word in use ("Flight Director"), not a surname WordNet lists ("Fatima Malik")
    last = [words[-1]] if lexicon is not None and lexicon.ranked(words[-1].lower()) else []
    candidates = {*last, *(words[:1] if first_before_names else [])}
    return any(_is_office(word) for word in candidates if word[:1].isupper()) \
        and not names_un_body(line) and not member_state_names(ignore_case=True).search(line)


def _role_noun(part: str) -> bool:
    """True when a part of an opening line is one capitalised noun for a person that is no
    delegate's ("Third Servile Revolt: Slave", round 28): the part the writer plays."""
    lexicon = wordnet()
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}", part)) and lexicon is not None and lexicon.ranked(part.lower()) \
        and _first_sense(part)[0] == "noun.person" and not _is_representative(part)


# Header labels of the part a writer plays, whose value stands where a country would.
_PART_LABELS = {"position", "character", "role", "persona", "person"}


def _plays_a_part(value: str) -> bool:
    """True when a header's "Position:" or "Character:" names a part, not a State or an organisation
    ("Quintus Arrius, Praetor"; not "International Committee of the Blue Shield" or "none given")."""
    return value[:1].isupper() and not member_state_names(ignore_case=True).search(value) and not any(
        (senses := noun_senses(word.lower())) and senses[0].file == "noun.group" for word in re.findall(r"[A-Z][a-z]+", value)
    )


def _is_one_person(noun: str) -> bool:
    """True when a noun in use means first a person, and no delegate ("rebel", "engineer"; not
    "member" or "delegate")."""
    lexicon = wordnet()
    return lexicon is not None and lexicon.ranked(noun) and _first_sense(noun)[0] == "noun.person" \
        and not _is_representative(noun)


def _is_office(word: str) -> bool:
    lexicon = wordnet()
    if lexicon is None or not lexicon.lists(word.lower()):
        return False  # a common noun: not "Eugene" (of Savoy)
    file, kinds = _first_sense(word)
    return file == "noun.person" and bool(kinds & _OFFICE_KINDS) and "representative" not in kinds


def _is_diplomat(word: str) -> bool:
    """An ambassador, envoy or consul: a title a delegate gives themselves as well."""
    return "diplomat" in _first_sense(word)[1]


@lru_cache(maxsize=4096)
def _first_sense(word: str) -> tuple[str, frozenset[str]]:
    """The WordNet file of a noun's first sense and the words of its hypernyms ("" and none when
    WordNet has no noun)."""
    lexicon = wordnet()
    senses = noun_senses(word.lower())[:1]
    if lexicon is None or not senses:
        return "", frozenset()
    return senses[0].file, frozenset(w for ancestor in lexicon.ancestors(senses[0], 8) for w in ancestor.words)


def _is_post(word: str) -> bool:
    """A noun that can name a person's post ("head", "Monkey" as a ship's boy, "founder"), and
    not a delegate's or a member's: a sense of it is a person."""
    return any(sense.file == "noun.person" for sense in noun_senses(word.lower())) and not _is_representative(word)


def _is_representative(word: str) -> bool:
    """A delegate, ambassador or member speaks for a State, not as a character."""
    return word.lower() == "member" or "representative" in _first_sense(word)[1]


def _is_person_noun(word: str) -> bool:
    """Whether one of a noun's first senses is a person ("Doctor", "adviser", "Earl")."""
    return any(sense.file == "noun.person" for sense in noun_senses(word.lower())[:3])
