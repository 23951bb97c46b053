"""Who the paper speaks as: a delegation (third person), or a person in a role.

A crisis or role-play paper is written by a minister, head of state or other office holder,
and is in the first person by design. `role_voice(document)` finds the evidence the paper
gives for that: a role in its header ("Role: Minister of Defence"), a crisis or cabinet
committee, a sentence that opens "As Minister of …, I", "I represent …", or a signature with a
title.
"""

from __future__ import annotations

import re

from paperlint.analysis.events import noun_senses
from paperlint.document import Document

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
# Character: Humphrey de Bohun, Earl of Hereford").
_HEADER_CHARACTER = re.compile(
    r"^[ \t]*(?:assigned\s+)?(?:character|persona)[ \t]*[:\-–—][ \t]*(?-i:[A-Z])[^\n]{0,60}", re.IGNORECASE | re.MULTILINE
)
_CRISIS_COMMITTEE = re.compile(
    r"^[ \t]*committee[ \t]*[:\-–—][^\n]*\b(?:crisis|cabinet|JCC|war\s+council|ad[- ]hoc|junta|politburo|privy\s+council)\b",
    re.IGNORECASE | re.MULTILINE,
)
_AS_ROLE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:As|In\s+my\s+capacity\s+as)\s+(?:the\s+)?(?:current\s+|newly\s+appointed\s+)?"
    + _TITLE + r"\b[^.\n]{0,80}?,\s+(?:I|we)\b",
)
# A delegate who speaks for an organisation or a person: "I represent Lumen Watch", "I am the
# Minister of …".
_I_REPRESENT = re.compile(
    r"\bI\s+(?:represent|speak\s+(?:for|on\s+behalf\s+of)|am\s+(?:the|a)\s+(?:representative|" + _TITLE + r"))\b"
)
# A person introduced by name and what they are ("I am Philip Martel, Doctor of Civil Law"), or an
# elected member speaking for a constituency ("representing the state of New Jersey, I").
_I_AM_NAMED = re.compile(r"\bI\s+am\s+[A-Z][\w'’-]+(?:\s+(?:de|van|von|of|al|bin)?\s*[A-Z][\w'’-]+)+,\s+(?:an?\s+|the\s+)?(\w+)")
_CONSTITUENCY = re.compile(
    r"\brepresent(?:ing|s)?\s+the\s+(?:state|province|district|constituency|county|riding|people)\s+of\s+[A-Z][^.\n]{0,60}?,\s+I\b"
)
# A crisis paper says so in its title ("Crisis Position Paper").
_CRISIS_TITLE = re.compile(r"^[ \t]*[^\n]{0,30}\bcrisis\b[^\n]{0,30}\bpaper\b[^\n]{0,30}$", re.IGNORECASE | re.MULTILINE)
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


def role_voice(document: Document) -> str | None:
    """The evidence that the paper is written by a person in a role, or None (computed once)."""
    if CACHE_KEY not in document.cache:
        document.cache[CACHE_KEY] = _role_evidence(document)
    evidence: str | None = document.cache[CACHE_KEY]
    return evidence


def _role_evidence(document: Document) -> str | None:
    text = document.text
    for pattern in (_HEADER_ROLE, _HEADER_CHARACTER, _CRISIS_COMMITTEE, _AS_ROLE, _I_REPRESENT, _CONSTITUENCY):
        match = pattern.search(text)
        if match:
            return " ".join(match.group().split())
    named = _I_AM_NAMED.search(text)
    if named and _is_person_noun(named.group(1)):
        return " ".join(named.group().split())
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


def _is_person_noun(word: str) -> bool:
    """Whether one of a noun's first senses is a person ("Doctor", "adviser", "Earl")."""
    return any(sense.file == "noun.person" for sense in noun_senses(word.lower())[:3])
