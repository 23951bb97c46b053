"""Web debris (DB001, DB002): lines a browser copy-paste drags in from the page around a text.

A line is scored on what it is made of, not matched against phrases: the words of web
interfaces it holds (the rules' `vocabulary`, data in this pack's pack.yml, weighed by tier,
inflections at half weight), separators (| • · »), counts ("1.2K", "(42)", "page 3 of 9"),
dates and times, handles, the page speaking of itself ("this post", "last edited on 2 May"),
and a URL standing alone; each ordinary word costs. Its items (between separators or wide gaps)
and its shape can make it debris alone: a counter, a breadcrumb, numbered contents, a language
switcher, a copyright notice, a row of hashtags or of counts beside icons, one count beside a
pictograph, a stamp "<n> hours ago", links under an interface label. A line that speaks to its
reader ("you", "please", a hook question) is debris on its interface words alone; a call to act
on the page (a web verb in the imperative with now/today, "!" or "us"/"our"), a caption that
begins or ends with a news photo's credit and, in an English paper, a line in another language
(no English grammar word, words an English dictionary does not know or another language's
grammar words) or in another script that nothing beside it translates are debris whole; so are
a post's or a record's metadata, answer buttons after a question, a lone count and a video's
length. Header fields
("Committee: …"), citations and URLs in a references section are left alone. The rule whose
vocabulary weighs most in a debris line reports it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from paperlint.analysis.language import english_grammar_words, other_grammar_words
from paperlint.analysis.regions import is_sources_title, regions, skipped
from paperlint.engine.kinds import Hit
from paperlint.metadata import (
    TITLE_LINE,
    labelled_line,
    member_state_forms,
    member_state_names,
    mentions_un_body,
    read_header,
)
from paperlint.wordlists import cmu_dictionary

TIERS = {"decisive": 2.0, "strong": 1.0, "weak": 0.5}
THRESHOLD = 1.0
ORDINARY_WORD_COST = 0.45
MAX_WORDS = 30
PROSE_COST = 0.6

# Words that say nothing either way: grammar words, and the parts of dates and times.
NEUTRAL = frozenset(
    "a an the to of on in for and or with by this that these our your you we us it its is are be "
    "was will not at from via as per every any here there my me i he she they them what how "
    "now been being off up out daily weekly monthly morning evening am pm gmt utc cet est edt bst ist et "
    "hours hour minutes mins days weeks months years yesterday today "
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
    "august september october november december mon tue wed thu fri sat sun monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)
AUXILIARIES = frozenset("is are was were has have had will would can could should must shall does do did".split())
SUBJECTS = frozenset("it he she they we i who which".split())
_TOKEN = re.compile(
    r"(?P<url>(?:https?://|www\.)\S+)"
    r"|(?P<email>[\w.+-]+@[\w-]+\.[\w.]+)"
    r"|(?P<handle>[@#][^\W_][\w.]*)"
    r"|(?P<time>\b\d{1,2}:\d{2}(?::\d{2})?\b)"
    r"|(?P<number>\d+(?:[.,]\d+)*[KkMm]?)"
    r"|(?P<word>[^\W\d_]+(?:['’.-][^\W\d_]+)*)"
    r"|(?P<symbol>[©®™])"
    r"|(?P<separator>[|•·»›‹«→←↑↓>/▸►▹]|(?<=\s)[-–—](?=\s))"
    r"|(?P<icon>[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27ff\u2b00-\u2bff\U0001f300-\U0001faff])"
)
_HEADER_FIELD = re.compile(r"\s*(?:[←→‹«]\s*)?(?P<label>[A-Z][^:|•·»›\d\n]{0,30}?)\s*(?::|\s›)(?:\s+(?P<value>\S.*))?$")
_CITATION = re.compile(
    r"\((?:19|20)\d{2}[a-z]?(?:,[^()\n]{1,20})?\)|\(n\.\s?d\.\)"  # "(2009, October)", "(n.d.)"
    r"|\bet al\.|\bdoi(?:\.org|:)|\"[^\"]*\s[^\"]*\"|“[^”]*\s[^”]*”|\bISBN\b|\((?:accessed|retrieved)\b",
    re.IGNORECASE,
)
_COUNTER = re.compile(r"(?:[^\W\d_]+\.?\s+)?\d+\s*(?:of|/)\s*\d+", re.IGNORECASE)
_COPYRIGHT = re.compile(r"©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4})", re.IGNORECASE)
# An item of a post's metadata: a count and its label ("418 quotes"), a handle, a short age ("3h").
_HANDLE_OR_AGE = re.compile(r"[@#][^\W_][\w.]*|\d{1,2}[smhdw]")
_METRIC = re.compile(rf"\d[\d,.]*[KkMm]?\s+[^\W\d_]+|{_HANDLE_OR_AGE.pattern}")
_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})"
_DATED_FIELD = re.compile(rf"[A-Z][^\W\d_]*(?:\s+[^\W\d_]+)?\s*:\s*{_DATE}")
# A video's length after its title ("Watch: Farmers adapt (2:14)").
_DURATION = re.compile(r"\(\d{1,2}:\d{2}(?::\d{2})?\)\s*$")
_PAREN_COUNT = re.compile(r"\(\d[\d,.]*[KkMm]?\)")
_ITEM_SEPARATOR = re.compile(r"\s[|•·»›>/▸►▹]\s|\s{3,}|\t")
_TAIL = re.compile(r"[.!?]\s+(?P<tail>[A-Z][^.!?]*?)\s*$")  # words after the last sentence, with no full stop
_CREDIT = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
_BRACKETED = re.compile(r"\[([^\[\]\n]{1,25})\]")
_URL_ALONE = re.compile(r"\s*(?:\(?\d{1,3}[.)]\s*)?(?:https?://|www\.)\S+\s*")  # a note's number kept: "(1)https://…"
# A list of sources drawn on one line, the notes' numbers kept or not: "i http://… ii http://…".
_NUMBERED_URL = r"(?:(?:[ivxlc]{1,6}|\d{1,3})[.)]?\s+|\((?:[ivxlc]{1,6}|\d{1,3})\)\s*)?(?:https?://|www\.)\S+"  # "(1)https://…"
_URLS_ONLY = re.compile(rf"\s*(?:{_NUMBERED_URL}\s+)+{_NUMBERED_URL}\s*")
_REFERENCE_TAIL = re.compile(r"https?://|\bwww\.|\b(?:accessed|retrieved)\b", re.IGNORECASE)
NAVIGATION, SOCIAL = "DB001", "DB002"
# Another language: lower-case words (any script, not in a URL or an address), and the share of
# English grammar words among a paper's words above which the paper is written in English.
_LOWER_WORD = re.compile(r"(?<![\w@#/.])[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|\S+\.(?:com|org|net|gov|edu|int)\b\S*")
ENGLISH_PAPER_SHARE = 0.15
_ATTRIBUTION = re.compile(r"\s[-–—]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$")  # "… – Simón Bolívar"
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|do|dos|del|la|le|van|von|der|den|bin|al|el))*"
_PHOTO_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?;,)—–-])\s+|\(\s*)"
    rf"(?:(?i:photo|photograph|picture|image|credit|foto)s?(?i:\s+credit)?\s*(?::|\b(?i:by)\b)\s*{_NAME}"
    rf"(?:\s*/\s*{_NAME})?(?:\s+(?:for|via|on|from)\s+(?:the\s+)?{_NAME})?"
    rf"|[A-Z]{{3,}}(?:\s+[A-Z]{{2,}})*\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)"
    r"\s*\)?\s*$"
)
# A credit that opens a caption ("Photo: UNICEF/Ahmed — children queue for water").
_LEADING_CREDIT = re.compile(rf"\s*(?i:photo|photograph|picture|image|credit|foto)s?\s*:\s*{_NAME}\s*/\s*{_NAME}\s*[—–-]\s")
_NUMBERED_CAPTION = re.compile(r"\s*(?:figure|fig\.|table|chart|graph|map|image|photo|photograph|picture)\s*\d", re.IGNORECASE)
# "<n> <unit> ago" in English, and the same stamp in other languages ("hace 5 horas", "il y a 2 jours",
# "vor 3 Stunden", "2 jam yang lalu", "3 timer siden", "5 часов назад").
_AGO = re.compile(
    r"\b\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)\s+ago\b"
    r"|\b(?:hace|il y a|há|vor)\s+\d+\s+[^\W\d_]+"
    r"|\b\d+\s+[^\W\d_]+\s+(?:fa|geleden|siden|sedan|sitten|yang lalu|lalu|temu|önce|назад)\b",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]+")  # the words of a line, without separators or numbers
_LONE_COUNT = re.compile(r"\(\d{2}[\d,.]*[KkMm]?\)")  # a list's enumerator "(3)" has one digit
# A question and its answer buttons ("Was this page helpful?  Yes  No"), in English and other languages.
_FEEDBACK = re.compile(
    r"\?\s+(?:yes|sí|si|oui|ja|sim|tak|evet|да|kyllä|ya)\s+(?:no|non|nein|não|nie|nei|nej|ei|hayır|нет|tidak|nee)\b",
    re.IGNORECASE,
)
_REACTIONS = "♥♡❤★☆"
_QUOTED = re.compile(r"\s*[\"“‘'«]")
_PLEASE = re.compile(r"\bplease\b", re.IGNORECASE)
# A line opening on a word of the interface and "now", "here" or "today" ("Register now to read …")
_CALL = re.compile(r"\W*(?P<word>[^\W\d_]+)\s+(?:now|here|today)\b", re.IGNORECASE)
READER_WEAK = 1.5  # weak words that make an appeal to the reader without a strong one
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
# A short sentence ending in "?" or "!" that opens a line: a hook when its first word is not a
# question word, an auxiliary, a conjunction or a determiner ("Why does this matter?" is a question).
_HOOK = re.compile(r"\s*(?P<first>[^\W\d_]+)(?:\s+[^\s.?!]+){0,5}\s*[?!]+(?=\s)")
_NOT_A_HOOK = AUXILIARIES | SUBJECTS | NEUTRAL | frozenset(
    "why who whom whose where when which what how if but so yet nor or and can may might need dare "
    "isn't aren't wasn't weren't don't doesn't didn't won't can't shouldn't".split()
)
FOREIGN_SHARE = 0.3
# Verbs a web page calls its reader with, in English and other languages: data for `_appeal`.
WEB_VERBS = (
    "subscribe sign join donate give support share follow click tap download watch listen get become create "
    "register log buy upgrade unlock try discover explore contact visit "
    "suscríbete únete dona comparte síguenos haz abonnez-vous rejoignez soutenez partagez cliquez faites "
    "assine apoie compartilhe siga abonnieren unterstützen spenden teilen klicken dukung bagikan klik"
).split()
URGENT_WORDS = "now today here ahora hoy maintenant aujourd'hui agora hoje jetzt heute sekarang".split()
# A clause opening on a web verb, after an urgent word in a language that sets it first ("Jetzt abonnieren").
_IMPERATIVE = re.compile(
    rf"(?:^|[.!?:;—–|•·]\s+|,\s+)(?P<clause>(?:(?:{'|'.join(URGENT_WORDS)})\s+)?(?:{'|'.join(WEB_VERBS)})\b[^.!?:;—–]*)"
    r"(?P<end>[.!?]*)",
    re.IGNORECASE,
)
SHORT_CALL = 5  # words; "Give every child a school meal today" is a paper's proposal
_LAST_PART = re.compile(r"[.!?:;—–]\s+")
_URGENT = re.compile(rf"\b(?:{'|'.join(URGENT_WORDS)})\s*$", re.IGNORECASE)
_SITE = re.compile(r"\b(?:us|our|nos|nous|nuestro|nuestra|notre|nosso|nossa|uns|unser\w*|kami)\b", re.IGNORECASE)
# The mark of a translation beside a line in another script: quotes, brackets, the words that give a meaning.
_QUOTES_OR_BRACKETS = re.compile(r"[\"“”«»‘’(\[]")
_TRANSLATION = re.compile(r"\s*[\"“«‘(\[]|.*\b(?:translat|mean(?:s|ing)\b|literally\b|in English\b)", re.IGNORECASE)
# The page speaking of itself ("this story", "last reviewed on 3 May"): a sentence of debris.
_PAGE_TALK = (
    re.compile(
        r"\b(?:this|our)\s+(?:page|site|website|story|post|entry|blog|piece|newsletter|video|(?-i:article))\b(?!\s+of\b)",
        re.I,
    ),
    re.compile(r"\blast\s+[^\W\d_]+ed(?:\s+on|:)?(?=\s+(?:\d|yesterday|today))", re.I),
)


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    weight: float
    rule: str


def page_furniture(document, rule, ctx):
    """DB001: navigation, consent banners, footers, viewer and repository toolbars."""
    return _debris_of(document, rule)


def social_furniture(document, rule, ctx):
    """DB002: share and follow buttons, comment counts, bylines, reading times, subscriptions."""
    return _debris_of(document, rule)


def _debris_of(document, rule):
    vocabularies = _vocabularies(rule)
    found = document.cache.setdefault("debris.spans", {})  # by vocabularies: DB001 and DB002 share theirs
    if vocabularies not in found:
        found[vocabularies] = list(debris_spans(document, _terms(vocabularies)))
    for start, end, owner in found[vocabularies]:
        if owner == rule.code:
            yield Hit(start, end, {}, ("",))


def debris_spans(document, terms: dict[tuple[str, ...], Term]):
    """(start, end, rule code) of each debris line or fragment of `document`."""
    text = document.text
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    references_from = _references_start(document)
    fields = [(line.start, line.end) for line in read_header(document).labelled]  # "Committee (Specialised) : …"
    # A paper that puts an address alone after two or more of its paragraphs cites by address:
    # each is the source of the paragraph above it, not a stray link.
    cites_by_address = sum(
        1 for start, end in lines if start < references_from and _URL_ALONE.fullmatch(text[start:end])
    ) >= 2
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        stripped = line.strip()
        lead = start + len(line) - len(line.lstrip())
        span = (lead, lead + len(stripped))
        if not stripped or any(first <= span[0] and span[1] <= last for first, last in fields) \
                or labelled_line(text, *span) is not None:
            continue  # a field of the paper's own header, or of the header it repeats over a topic ("Written by: …")
        if start >= references_from and (_REFERENCE_TAIL.search(line) or start == references_from and is_sources_title(stripped)):
            continue  # a reference's address or access date, or the title of the sources ("Citations")
        before, after = _beside(text, lines, index)
        if _URLS_ONLY.fullmatch(line) or is_sources_title(stripped):
            continue  # a list of addresses; the title of sources the bibliography reading missed ("Citations")
        if start < _OPENING and (mentions_un_body(stripped) or TITLE_LINE.search(stripped)):
            continue  # the paper's own title line ("SSUNS Positon Paper: UNOOSA- ICAO", "Ana Ruiz, VA: Position Paper")
        if _titled_in_two_scripts(stripped):
            continue  # "日本国 | Japan": the delegation's name in its own script beside English
        if _URL_ALONE.fullmatch(line):
            if start >= references_from or cites_by_address or _ends_with_sources_title(before) or any(
                    _AN_ADDRESS.search(n) or _CITATION.search(n) for n in (before, after)) \
                    or index > 0 and _under_a_heading(document, lines[index - 1][0]):
                continue  # beside another address or a citation, after "References:", or the source of
                # the section whose heading it follows (round 54: both judges, wrong)
            yield (*span, NAVIGATION)
            continue
        in_quotation = skipped(document, ("quotation",), *span)
        if start < references_from and not in_quotation and _foreign(stripped, before, after) and _english_paper(document):
            yield (*span, NAVIGATION)  # a link or a notice of a page in another language ("Lire aussi : …")
            continue
        if start < references_from and _credited_caption(stripped):
            yield (*span, NAVIGATION)  # a photo's caption and credit, without the photo
            continue
        tail = _TAIL.search(line)
        owner = tail and line_owner(tail["tail"], terms)
        if tail and owner and not line_owner(line[: tail.start("tail")].strip(), terms):
            yield start + tail.start("tail"), start + tail.end("tail"), owner  # buttons after a sentence
            continue
        if stripped.endswith(":") and _LIST_ITEM.match(after):
            continue  # "Most recent:" over the writer's own list of points: a lead-in, not a page's menu (round 57)
        owner = line_owner(stripped, terms)
        if owner:
            yield (*span, owner)
            continue
        for bracket in _BRACKETED.finditer(line):
            if _REFERENCE_TAIL.search(line) or _CITATION.search(line):
                break  # "Preventing Nuclear Terrorism [PDF]. … Retrieved …": a reference's format
            owner = _all_interface(_tokens(bracket[1]), terms)
            if owner:
                yield start + bracket.start(), start + bracket.end(), owner


# A list item's mark: a bullet, a dash, or a number or letter and its stop.
_LIST_ITEM = re.compile(r"\s*(?:[•▪◦·*–-]|\d{1,2}[.)]|[a-z][.)])\s")
# How far into the paper its own title may stand.
_OPENING = 300
_AN_ADDRESS = re.compile(r"https?://|\bwww\.")


def _ends_with_sources_title(line: str) -> bool:
    """A line whose last words, after its last sentence, are a sources title and a colon ("… on
    climate change. References:"): the addresses after it are the sources."""
    last = re.split(r"[.!?]\s+", line.rstrip())[-1]
    return last.endswith(":") and is_sources_title(last)


def _titled_in_two_scripts(line: str) -> bool:
    """A line of two items, one a Member State's name and the other in another script ("日本国 |
    Japan"): a title in the delegation's own script, which its English translates."""
    items = [item.strip() for item in re.split(r"\s+[|•·/]\s+", line) if item.strip()]
    return len(items) == 2 and any(member_state_names().fullmatch(item) for item in items) and any(
        _in_another_script(item) for item in items)


def line_owner(line: str, terms: dict[tuple[str, ...], Term]) -> str | None:
    """The code of the rule whose debris `line` is, or None when it is part of the paper."""
    if len(line.split()) > MAX_WORDS or _CITATION.search(line):
        return None
    items = _items(line)
    menu = _menu_kind(line, items, terms)
    if _AGO.search(line) and len(_LETTERS.findall(line)) <= 8 and not _has_finite_verb(_tokens(line)):
        return SOCIAL  # a time stamp relative to the reading ("Last updated: 2 weeks ago", "5h ago")
    if _FEEDBACK.search(line):
        return NAVIGATION  # a question and its answer buttons ("Was this page helpful?  Yes  No")
    if _appeal(line) or _DURATION.search(line):
        return SOCIAL  # a call to act on the page, a video's length
    header = None if menu else _HEADER_FIELD.match(line)
    if header and header["value"]:
        # "Tags: …" is debris, "Topic: …" is not; after a credit ("Photo: A. Ruiz/Agency") a weak label will do
        least = TIERS["weak"] if _CREDIT.fullmatch(header["value"]) else THRESHOLD
        labelled = _all_interface(_tokens(header["label"]), terms, least)
        if labelled or len(items) == 1:
            return labelled  # a field with items after it ("Last updated: 4 May | Report an error") is scored whole
    if len(items) > 1 and len(items[0].split()) > 1 and _all_interface(_tokens(items[0]), terms):
        return _all_interface(_tokens(items[0]), terms)  # links under an interface label ("Related stories ▸ …")
    found, rest = _page_talk(line)
    speaks_of_itself = bool(found)
    weights = {NAVIGATION: 0.0, SOCIAL: 0.0}
    score, ordinary = 0.0, 0
    tokens = _tokens(rest)
    for kind, value, term in _read(tokens, terms):
        if term:
            weights[term.rule] += term.weight
            found.append(term)
        elif kind == "word" and value not in NEUTRAL:
            ordinary += 1
    if _addresses_reader(line, terms):
        # the page talking to its reader ("If you liked this story, share it"): its other words are
        # free, an inflection weighs its word ("sharing"), an address to write to is a strong word
        distinct = {t.words: terms[t.words].weight if t.words in terms else t.weight for t in found}
        distinct.update({(value,): TIERS["strong"] for kind, value in tokens if kind in ("handle", "email")})
        if sum(distinct.values()) >= (THRESHOLD if max(distinct.values(), default=0) >= TIERS["strong"] else READER_WEAK):
            return NAVIGATION if weights[NAVIGATION] >= weights[SOCIAL] else SOCIAL
    structure = _structure(line, items, menu, tokens, bool(found))
    buttons = bool(menu) and _controls(items, terms)
    label = len(found) >= 2 and not ordinary and not line.endswith((".", "?"))
    handles = sum(1 for kind, _ in tokens if kind in ("handle", "email"))
    strongest = max((t.weight for t in found), default=0)
    interface = sum(t.weight for t in found)
    if not (structure or label or handles or strongest >= TIERS["strong"] or (buttons and interface >= THRESHOLD)):
        return None  # weak words alone ("the report above") make no debris
    score += interface + 0.5 * handles
    score += 0.3 * any(kind == "separator" for kind, _ in tokens)
    score += 0.2 * bool(found and any(kind in ("number", "time") for kind, _ in tokens))
    score += 0.3 * len(_PAREN_COUNT.findall(line))
    score += 0.5 * label
    if structure:
        score += THRESHOLD
        weights[structure] += THRESHOLD
    if _has_finite_verb(tokens) and not speaks_of_itself and not any(t.weight >= TIERS["decisive"] for t in found):
        score -= PROSE_COST  # a clause of the paper that uses a word of the web
    if not (structure or buttons):  # beside a menu's controls, the other items are section names
        score -= ORDINARY_WORD_COST * ordinary
    if score < THRESHOLD:
        return None
    return NAVIGATION if weights[NAVIGATION] >= weights[SOCIAL] else SOCIAL


def _under_a_heading(document, line_start: int) -> bool:
    """Whether the line that starts at `line_start` (the one before an address) is a heading."""
    return any(block.kind == "heading" and block.start <= line_start < block.end for block in document.blocks)


def _beside(text: str, lines: list[tuple[int, int]], index: int) -> tuple[str, str]:
    """The lines before and after line `index` (blank lines skipped), or "" at the text's ends."""
    before = text[slice(*lines[index - 1])] if index else ""
    after = text[slice(*lines[index + 1])] if index + 1 < len(lines) else ""
    return before, after


def _foreign(line: str, before: str, after: str) -> bool:
    """Whether `line` is in another language than English and is no quotation the paper
    translates: in Latin letters, by its words (`_in_another_language`); in another script, when it
    holds no quotes or brackets, the line before does not introduce it (":", or a sign-off's ",")
    and the line after is no translation in Latin letters (quoted or bracketed, or saying
    "translated", "meaning")."""
    if _in_another_script(line):
        translated = bool(_TRANSLATION.match(after)) and not _in_another_script(after)
        return not (_QUOTES_OR_BRACKETS.search(line) or before.rstrip().endswith((":", ",")) or translated)
    return _in_another_language(line)


def _in_another_script(line: str) -> bool:
    """Whether most letters of `line` (two or more) are of a script other than Latin."""
    if line.isascii():
        return False
    letters = [char for char in line if char.isalpha()]
    foreign = sum(1 for char in letters if not unicodedata.name(char, "").startswith("LATIN"))
    return len(letters) >= 2 and 2 * foreign > len(letters)


def _in_another_language(line: str) -> bool:
    """Whether `line` is written in a language other than English: three or more lower-case
    words, none of them an English grammar word, and at least 30 % of them unknown to an English
    dictionary (or spelt with letters English does not use). A header field with an English
    label ("Motto: …"), a quotation and a citation are not."""
    if len(line.split()) > MAX_WORDS or _CITATION.search(line) or _ATTRIBUTION.search(line):
        return False
    header = _HEADER_FIELD.match(line)
    label, value = (header["label"], line[header.end("label") :]) if header and header["value"] else ("", line)
    # a label in sentence case ("Lire aussi : …", "Soma pia: …") or of words English does not know
    # ("Etiquetas: …") is a page's; its words count with the value's
    sentence_case = len(label.split()) > 1 and not any(word[:1].isupper() for word in label.split()[1:])
    labelled = bool(label) and (sentence_case or bool(_foreign_words(_lower_words(label, lower_only=False))))
    if label and not labelled:
        return False  # an English label ("Motto: …", "Delegate Name: …")
    words = (_lower_words(label, lower_only=False) if labelled else []) + _lower_words(value if labelled else line)
    if len(words) < 3 or any(word in english_grammar_words() for word in words):
        return False
    if len(_foreign_words(words)) < FOREIGN_SHARE * len(words):
        return False
    # a title ("Ley General de Acceso …") or a motto stands alone; a link, a notice, a toolbar do not
    title = len(words) <= len(_lower_words(line, lower_only=False)) - len(words)
    return labelled or not title and (len(line.split()) >= 8 or len(_items(line)) > 1)


def _lower_words(text: str, lower_only: bool = True) -> list[str]:
    """The words of `text` outside URLs and addresses, in lower case (with `lower_only`, only the
    words not written with a capital: names tell nothing of a language)."""
    words = _LOWER_WORD.findall(_ADDRESS.sub(" ", text))
    return [word.lower().replace("’", "'") for word in words
            if len(word) > 1 and not (lower_only and word[0].isupper()) and not _NUMERAL.fullmatch(word)]


# A section's number in Roman numerals ("Topic III"), which is of no language.
_NUMERAL = re.compile(r"(?i:[ivx]{2,4})")


def _foreign_words(words: list[str]) -> list[str]:
    """The words an English dictionary does not know, spelt with letters beyond ASCII, or grammar
    words of another language ("la", "und", "yang")."""
    known, other_grammar = cmu_dictionary(), other_grammar_words()
    return [
        word
        for word in words
        if word in other_grammar or not word.isascii() or any(part not in known for part in word.split("-"))
    ]


def _english_paper(document) -> bool:
    """Whether the paper is written in English: its English grammar words are 15 % or more of its
    lower-case words (computed once)."""
    if "debris.english" not in document.cache:
        words = _lower_words(document.text)
        grammar = sum(1 for word in words if word in english_grammar_words())
        document.cache["debris.english"] = bool(words) and grammar >= ENGLISH_PAPER_SHARE * len(words)
    return bool(document.cache["debris.english"])


def _credited_caption(line: str) -> bool:
    """Whether `line` ends with a photo credit, the mark of a news photo's caption: "Photo: Name /
    Agency", "(Photo: Name/Agency)", "Credit: Name/AGENCY via Getty Images", "Photo by Name on
    Site", "AGENCY/Name", or opens with one ("Photo: Name/Agency — …"). A caption the delegate
    numbered ("Figure 2: …", "Photo 1 (taken by …)") is the paper's own."""
    return not _NUMBERED_CAPTION.match(line) and bool(_PHOTO_CREDIT.search(line) or _LEADING_CREDIT.match(line))


def _addresses_reader(line: str, terms: dict[tuple[str, ...], Term]) -> bool:
    """Whether `line` speaks to its reader: in the second person ("you", "your"), with "please",
    opening on a strong interface word before now/here/today ("Register now …"), or on a short
    question or exclamation with no subject ("Enjoyed this piece?", "Love this?"). A paper speaks
    of its State and to Member States, in the third person: a quotation, an attributed line and a
    line naming a Member State or speaking of delegations or resolutions are the paper's."""
    words = _ADDRESS.sub(" ", line)  # not the "you" of "what-you-need-to-know" in an address
    call = _CALL.match(line)
    hook = _HOOK.match(line)
    reader = (
        bool(_SECOND_PERSON.search(words) or _PLEASE.search(words))
        or (call is not None and terms.get((call["word"].lower(),), Term((), 0.0, "")).weight >= TIERS["strong"])
        or (hook is not None and hook["first"].lower() not in _NOT_A_HOOK and hook.end() < len(line.rstrip()))
    )
    return reader and not _in_papers_voice(line)


def _appeal(line: str) -> bool:
    """Whether `line` calls its reader to act on the page: a clause opening on a web verb in the
    imperative ("Donate", "Sign", "Únete") that asks for "us"/"our" ("Contact our newsroom"), ends
    on "!", or is a short call ending on now/today ("Donate now"), or a line with such a clause that
    ends on a short call ("Support our work — make a gift today"), outside the paper's voice."""
    clauses = list(_IMPERATIVE.finditer(line))
    called = any(_short_call(c["clause"]) or "!" in c["end"] or _SITE.search(c["clause"]) for c in clauses)
    return bool(called or clauses and _short_call(_LAST_PART.split(line.rstrip(" .!"))[-1])) and not _in_papers_voice(line)


def _short_call(words: str) -> bool:
    """Whether `words` are a call of a few words ending on now/today/here ("give today")."""
    return len(words.split()) <= SHORT_CALL and bool(_URGENT.search(words))


def _in_papers_voice(line: str) -> bool:
    """Whether `line` is quoted, attributed ("– Name") or speaks of what a paper speaks of."""
    return bool(_QUOTED.match(line) or _ATTRIBUTION.search(line) or _paper_voice().search(line))


@lru_cache(maxsize=1)
def _paper_voice() -> re.Pattern[str]:
    """A Member State by any of its names, or the words of a conference ("member states",
    "delegation", "resolution"): what a paper speaks of, and a page's appeal to its reader does not."""
    names = "|".join(re.escape(name) for name in member_state_forms())
    return re.compile(
        rf"\b(?:{names})\b|\b(?i:member\s+states?|delegations?|delegates?|resolutions?|committees?|co-?sponsor\w*|states\s+parties)\b"
    )


def _page_talk(line: str) -> tuple[list[Term], str]:
    """The phrases in which the page speaks of itself ("this story", "last updated on 3 May"),
    as strong terms owned by neither rule (the interface words decide), and the line without them."""
    found = []
    for pattern in _PAGE_TALK:
        found += [Term((match[0],), TIERS["strong"], "") for match in pattern.finditer(line)]
        line = pattern.sub(" ", line)
    return found, line


def _structure(line: str, items: list[str], menu: str | None, tokens, interface: bool) -> str | None:
    """The rule owning a line whose shape alone makes it debris, or None: a page counter (alone
    or as an item of a running head), a breadcrumb trail, a numbered table of contents, a
    language switcher, a copyright notice, a row of hashtags or of counts beside icons."""
    if _dated_fields(items) or _post_metadata(items):
        return SOCIAL
    if _COUNTER.fullmatch(line) or (len(items) > 1 and any(_COUNTER.fullmatch(item) for item in items)):
        return NAVIGATION
    if menu == "breadcrumb" or (interface and _numbered(line)) or _language_switcher(line, items) or _COPYRIGHT.match(line):
        return NAVIGATION
    kinds = [kind for kind, _ in tokens]
    if "word" in kinds or "name" in kinds:
        return None
    icon_counts = sum(1 for first, second in zip(kinds, kinds[1:]) if (first, second) == ("icon", "number"))
    if kinds.count("handle") >= 2 or icon_counts >= 2:
        return SOCIAL
    if _LONE_COUNT.fullmatch(line):
        return SOCIAL  # a count in brackets left by its icon ("(218)")
    if kinds == ["icon", "number"] and (tokens[0][1] in _REACTIONS or "\U0001f300" <= tokens[0][1] <= "\U0001faff"):
        return SOCIAL  # one count beside a pictograph ("👁 8,903", "♥ 212")
    return None


def _has_finite_verb(tokens) -> bool:
    """A cheap sign of a clause: an auxiliary, or a subject pronoun followed by a word."""
    words = [value for kind, value in tokens if kind == "word"]
    return any(word in AUXILIARIES for word in words) or any(
        word in SUBJECTS and following not in NEUTRAL for word, following in zip(words, words[1:])
    )


def _items(line: str) -> list[str]:
    """The items of `line` between separators (| • · » › > /) or wide gaps (a tab, 3+ spaces)."""
    return [item.strip() for item in _ITEM_SEPARATOR.split(line.strip())]


def _menu_kind(line: str, items: list[str], terms) -> str | None:
    """"breadcrumb" (World › Africa › Sahel, Home / Ministries / Health), "menu" (Home | News |
    Contact): three or more items of at most four content words; else None."""
    if len(items) < 3 or any(not item or len(_content_words(item)) > 4 for item in items):
        return None
    if any(mark in line for mark in "»›>") or (" / " in line and tuple(_content_words(items[0])) in terms):
        return "breadcrumb"
    return "menu"


def _controls(items: list[str], terms) -> bool:
    """Whether a menu's items are controls: two or more hold interface words, or every item is a
    count and its label ("1,204 views · 17 citations · 9 shares")."""
    with_words = sum(1 for item in items if any(term for *_, term in _read(_tokens(item), terms)))
    return with_words >= 2 or all(_METRIC.fullmatch(item) for item in items)


def _post_metadata(items: list[str]) -> bool:
    """Whether a post's metadata makes the line: three items or more, each a count and its
    label, a handle or a short age, one of them a handle or an age ("@user · 3h · 418 quotes")."""
    return (
        len(items) >= 3
        and all(_METRIC.fullmatch(item) for item in items)
        and any(_HANDLE_OR_AGE.fullmatch(item) for item in items)
    )


def _dated_fields(items: list[str]) -> bool:
    """Whether two items or more are labelled dates, a record's history ("Received: 4 May 2021 /
    Accepted: 19 August 2021")."""
    return len(items) >= 2 and all(_DATED_FIELD.fullmatch(item) for item in items)


def _content_words(text: str) -> list[str]:
    """The words of `text` that are not grammar, date or time words."""
    return [value for kind, value in _tokens(text) if kind == "word" and value not in NEUTRAL]


def _numbered(line: str) -> bool:
    """Whether three or more capitalised entries are numbered in sequence ("1 Origins  2 Programmes  3 Notes")."""
    numbers = [int(match[1]) for match in re.finditer(r"(?:^|\s)(\d{1,2})\s+[A-Z]", line)]
    return len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _language_switcher(line: str, items: list[str]) -> bool:
    """Whether `line` names languages in their own scripts: letters of three writing systems or
    more, or two items or more of one or two words in two scripts ("Монгол | English")."""
    scripts = len(_scripts(line))
    return scripts >= 3 or (scripts == 2 and len(items) >= 2 and all(0 < len(item.split()) <= 2 for item in items))


def _scripts(text: str) -> set[str]:
    """The writing systems of the letters of `text` ("LATIN", "CYRILLIC", "ARABIC", "CJK"…)."""
    if text.isascii():
        return {"LATIN"} if any(char.isalpha() for char in text) else set()
    return {unicodedata.name(char, "?").split()[0] for char in text if char.isalpha()}


def _all_interface(tokens, terms, least: float = THRESHOLD) -> str | None:
    """The owner of a label or bracket made only of interface words weighing at least `least`."""
    read = [(kind, value, term) for kind, value, term in _read(tokens, terms) if kind != "separator"]
    if not read or any(term is None and value not in NEUTRAL for _, value, term in read):
        return None
    weights = {NAVIGATION: 0.0, SOCIAL: 0.0}
    for _, _, term in read:
        if term:
            weights[term.rule] += term.weight
    if sum(weights.values()) < least:
        return None
    return NAVIGATION if weights[NAVIGATION] >= weights[SOCIAL] else SOCIAL


def _tokens(text: str) -> list[tuple[str, str]]:
    """(kind, value) of each token; words in lower case, names after "by" as kind "name"."""
    tokens: list[tuple[str, str]] = []
    names_left = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        assert kind is not None  # every alternative of _TOKEN is a named group
        value = match.group()
        if kind == "word":
            if names_left and value[:1].isupper():
                names_left -= 1
                tokens.append(("name", value))
                continue
            names_left = 3 if value.lower() == "by" else 0
            value = value.lower().replace("’", "'")
        elif kind == "url":
            for label in re.split(r"[./]", re.sub(r"^(?:https?://)?(?:www\.)?", "", value).split("/")[0]):
                tokens.append(("domain", label.lower()))
        tokens.append((kind, value))
    return tokens


def _read(tokens, terms):
    """(kind, value, Term or None) for each token, the longest vocabulary phrase taken first."""
    longest = max(map(len, terms), default=1)
    values = [value for _, value in tokens]
    index = 0
    while index < len(tokens):
        kind, value = tokens[index]
        if kind in ("word", "symbol", "domain"):
            for size in range(min(longest, len(tokens) - index), 0, -1):
                words = tuple(values[index : index + size])
                if words in terms and all(k in ("word", "symbol", "domain") for k, _ in tokens[index : index + size]):
                    yield kind, " ".join(words), terms[words]
                    index += size
                    break
            else:
                if kind != "domain":
                    yield kind, value, _inflected(value, terms) if kind == "word" else None
                index += 1
            continue
        yield kind, value, None
        index += 1


def _inflected(word: str, terms) -> Term | None:
    """The strong one-word term of which `word` is an inflection ("replying", "accepted",
    "shared"), at half its weight: an inflected word is more often prose than a button."""
    for suffix in ("ing", "ed", "s"):
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        for base in (stem, stem + "e", stem[:-1]):
            term = terms.get((base,))
            if term and term.weight >= TIERS["strong"]:
                return Term(term.words, term.weight / 2, term.rule)
    return None


@lru_cache(maxsize=8)
def _terms(vocabularies: tuple[tuple[str, str, float], ...]) -> dict[tuple[str, ...], Term]:
    terms: dict[tuple[str, ...], Term] = {}
    for code, phrase, weight in vocabularies:
        words = tuple(value for _, value in _tokens(phrase))
        if words and (words not in terms or terms[words].weight < weight):
            terms[words] = Term(words, weight, code)
    return terms


# The vocabularies last read for each rule, with the options they were read from.
_READ_VOCABULARIES: dict[str, tuple[dict, tuple[tuple[str, str, float], ...]]] = {}


def _vocabularies(rule) -> tuple[tuple[str, str, float], ...]:
    """(rule code, phrase, weight) from `rule`'s vocabulary and its sibling debris rules', read
    again only when the rule's options change."""
    options = rule.params.options
    read = _READ_VOCABULARIES.get(rule.code)
    if read and read[0] is options:
        return read[1]
    rules = {code: sibling for code, sibling in _sibling_options(rule.pack, rule.code)}
    rules[rule.code] = options
    vocabularies = tuple(
        (code, phrase, TIERS[tier])
        for code, rule_options in sorted(rules.items())
        for tier, phrases in rule_options.get("vocabulary", {}).items()
        for phrase in phrases
    )
    _READ_VOCABULARIES[rule.code] = (options, vocabularies)
    return vocabularies


@lru_cache(maxsize=4)
def _sibling_options(pack: str, code: str) -> tuple[tuple[str, dict], ...]:
    from paperlint.engine.registry import load_rules

    return tuple(
        (other.code, other.params.options)
        for other in load_rules()
        if other.pack == pack and other.code != code and other.kind.name == "python"
    )


def _references_start(document) -> int:
    """Offset of the paper's bibliography ("References", "Sources"…), or the end of the text."""
    bibliography = regions(document).of("bibliography")
    return bibliography[0].start if bibliography else len(document.text)
