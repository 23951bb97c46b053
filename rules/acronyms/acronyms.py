"""AC001: an acronym used before the paper says what it stands for.

An acronym is defined when the paper gives, before it or in the same sentence, its full name
in any common way: "Inter-Agency Standing Committee (IASC)", "IASC (Inter-Agency Standing
Committee)", "(DR Congo)", "the IASC, the Inter-Agency Standing Committee", or simply the full
name whose initials spell it (across hyphens and small words: "Council of Europe" for CoE).
A run of small-letter words its letters start, across hyphens, defines it too ("climate-smart
agriculture, or CSA"). Acronyms everyone knows (rules/vocabularies/mun/known-acronyms.txt), Roman
numerals, words in capitals for emphasis or as labels ("POSITION PAPER", "NOT", a dictionary word
of seven letters or more: "PREPAREDNESS") and text that is not prose
(headers, URLs, document symbols, sources) are not acronyms to define; an acronym in the
header ("Committee: UNESCO"), or of the body the header names ("Committee: Security Council"
for UNSC), names the committee every reader is in.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import pycountry
from paperlint.rules.consistency.naming import bodies_named

from paperlint.analysis.events import noun_lemma, noun_senses, wordnet
from paperlint.analysis.language import english_grammar_words
from paperlint.analysis.phrases import name_list_at
from paperlint.analysis.regions import regions, skipped
from paperlint.engine.kinds import Hit
from paperlint.metadata import member_state_forms
from paperlint.wordlists import cmu_dictionary, known_acronyms

ACRONYM = re.compile(r"(?<![\w'’&.-])(?P<acronym>[A-Z](?:[A-Za-z&]*[A-Z]))(?P<plural>s)?(?![\w'’&-])")
_ROMAN = re.compile(r"[IVXLCDM]+")
_WORD_INSIDE = re.compile(r"[a-z]{3}")
_AMOUNT_AFTER = re.compile(r"[ \t]*\d")
_CODE_AFTER = re.compile(r"[./-]\d")
_AMOUNT_BEFORE = re.compile(r"\d[\d,.]*(?:\s+(?:million|billion|thousand))?[ \t]+$")
# A quantity that a unit follows: "3 million BPD", "750K BPD", "40 MW" (not a year: "In 2022 UNDP").
_QUANTITY_BEFORE = re.compile(
    r"(?<![\w.,])(?!(?:1[5-9]|20)\d\d[ \t])\d[\d,.]*(?:[kKmM]|\s+(?:million|billion|thousand))?[ \t]+$"
)
# Words written in capitals for emphasis or in labels, not acronyms.
_CAPITAL_WORDS = {
    "A", "AN", "THE", "AND", "OR", "NOR", "BUT", "OF", "ON", "IN", "TO", "FOR", "BY", "AT", "AS", "IS", "ARE",
    "WAS", "BE", "NOT", "NO", "ALL", "ANY", "MUST", "SHALL", "SHOULD", "WILL", "CAN", "MAY", "ONLY", "NEVER",
    "VERY", "NOW", "NEW", "WE", "OUR", "THIS", "THAT", "WITH", "FROM", "NOTE", "YES", "END",
    # every other auxiliary, set in capitals for stress ("gender equality DOES exist")
    "DO", "DOES", "DID", "HAS", "HAVE", "HAD", "WERE", "BEEN", "BEING", "COULD", "WOULD", "MIGHT", "CANNOT",
}
# ", the Food Systems, Land Use and Restoration …": two or more capitalised words after a comma.
_APPOSITION = re.compile(
    r",\s*(?:or\s+)?(?:the\s+|an?\s+)?(?P<name>[A-Z][a-z][\w'’-]*(?:,?\s+(?:(?:and|of|for|on|to|in|the|&)\s+)*[A-Z][a-z][\w'’-]*)+)"
)
# What the acronym is, said in apposition: "ZTE, a Chinese telecoms company".
_DESCRIBED = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:company|firm|corporation|group|bank|agency|organi[sz]ation|"
    r"body|network|coalition|alliance|party|movement|militia|institute|foundation|charity|NGO|programme|program|"
    r"initiative|project|treaty|convention|fund|court|council|commission|union|bloc)\b"
)
# "SAMBAL, a chatbot for women survivors": an indefinite noun phrase in apposition, up to the
# word that ends it; its head says whether it describes a thing or an act ("CPTPP, a move that…").
_A_NOUN_PHRASE = re.compile(
    r",\s+an?\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*(?:[,.;:)]|\s(?:for|of|to|in|on|that|which|who|with|by|from)\b))"
)
_ACTS = frozenset({"noun.act", "noun.event", "noun.state", "noun.feeling", "noun.cognition", "noun.time"})


def _described_as_a_thing(text: str, end: int) -> bool:
    """True when a noun phrase with "a"/"an" follows the acronym after a comma and names a thing
    (its head is no act, event or state in WordNet, or a word WordNet lacks: "a chatbot")."""
    phrase = _A_NOUN_PHRASE.match(text, end)
    lexicon = wordnet()
    if phrase is None or lexicon is None:
        return False
    senses = lexicon.senses(noun_lemma(phrase.group(1).split()[-1]))
    return not senses or senses[0].file not in _ACTS


# The rest of a capitalised name, then an acronym in brackets: " Green Hydrogen Company (NGHC)".
_NAME_THEN_BRACKET = re.compile(
    r"(?:\s+(?:(?:of|and|for|on|the|&)\s+)*[A-Z][\w'’-]*){1,8}\s*\((?P<defined>[A-Z][A-Za-z&]*[A-Z])\)"
)
# What the acronym is, said just before it, or with a few words and a comma: "the eco-friendly
# company DROPP", "the satellite NOAA", "its pension programme for the elderly, PAMI".
_KINDS = (
    r"company|firm|corporation|start-?up|brand|label|bank|charity|militia|satellite|ship|vessel|app|platform|website|"
    r"program(?:me)?|scheme|plan|project|initiative|fund|campaign"
)
_KIND_BEFORE = re.compile(rf"\b(?:{_KINDS})(?:(?:[ \t]+[a-z][\w'’-]*){{1,4}},)?\s+$", re.IGNORECASE)
# …or just after it, as the head of a name: "the SUMAR Program", "the AQUA Initiative".
_KIND_AFTER = re.compile(r"[ \t]+(?:Program(?:me)?|Project|Initiative|Scheme|Plan|Fund|Campaign)\b")
# A name of three capitalised words or more, then "or" or "known as": "the Support for Inclusive
# Public Policies Programme or APIA" names the acronym's body, whatever its letters spell.
_NAME_THEN_OR = re.compile(
    r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|for|on|in|to|the|&)[ \t]+)*[A-Z][\w'’-]*){2,},?[ \t]+"
    r"(?:or|(?:also[ \t]+)?known[ \t]+as)[ \t]+(?:the[ \t]+)?$"
)
# What it is, then a naming verb: "the United Nations branch on AIDS, called UNAIDS".
_NAMED_AS = re.compile(
    r"[a-z][\w'’-]*,?[ \t]+(?:(?:also|often|commonly|simply)[ \t]+)?"
    r"(?:called|named|dubbed|abbreviated(?:[ \t]+as)?|referred[ \t]+to[ \t]+as)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_PARENTHESES = re.compile(r"\((?P<inner>[^()\n]{1,80})\)")
_WORD = re.compile(r"[^\W_][\w'’]*")
_JOINERS = {"of", "and", "the", "for", "on", "in", "to", "de", "against", "at", "&", "du", "des", "la", "el"}
# A name never runs across these; a single line break is a wrapped line, not a break.
_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]]|\n[ \t]*\n")


def undefined_acronym(document, rule, ctx):
    """The first use of each acronym the paper has not defined by then."""
    text = document.text
    expansions = rule.params.options.get("expansions") or {}
    parenthesised, defining = _parenthesised(text)
    in_header = set()
    for region in regions(document).of("header"):
        line = re.sub(r"[-–/]", " ", text[region.start : region.end])  # "Committee: UNOOSA-ICAO": two bodies
        in_header.update(m["acronym"] for m in ACRONYM.finditer(line))
    words = _words(text)
    named = list(bodies_named(text, 0, len(text)))  # "the Peacebuilding Commission" defines PBC
    reported: set[str] = set()
    sentence_starts = [s.start for s in document.sentences]
    for match in ACRONYM.finditer(text):
        acronym = match["acronym"]
        if (acronym in reported or acronym in in_header or not _is_acronym(text, match)
                or rule.excepted(text, *match.span("acronym"))):
            continue
        if skipped(document, rule.skip, *match.span("acronym")):
            continue
        if _plural_in_capitals(acronym, match.start(), parenthesised):
            continue  # "NCDS" after "non-communicable diseases (NCD)": the plural set in capitals
        if _written_as_a_name(text, acronym):
            continue  # "TIKTOK" in a paper that writes "TikTok": a name set in capitals
        reported.add(acronym)
        sentence_index = max(0, bisect.bisect_right(sentence_starts, match.start()) - 1)
        sentence_start = sentence_starts[sentence_index] if sentence_starts else 0
        sentence_end = _sentence_end(document, match.start())
        defined = [offset for offset in parenthesised.get(acronym, ()) if offset < sentence_end]
        defined += [offset for offset in _spelt_out(words, acronym) if offset < sentence_end]
        defined += [offset for offset, acronyms in named if acronym in acronyms and offset < sentence_end]
        expansion = expansions.get(acronym)
        if expansion:  # the full name this rule would suggest, already written ("Committee: International
            defined += _named_in_full(text, expansion, sentence_end)  # Criminal Police Organization")
        if any(offset < match.start() or offset >= sentence_start for offset in defined):
            continue
        if _apposed(text, match.end("acronym"), acronym) or _DESCRIBED.match(text, match.end()) \
                or _described_as_a_thing(text, match.end()) or _FOR_SHORT.match(text, match.end()) \
                or _STANDS_FOR.match(text, match.end("acronym")) \
                or _described_in_brackets(text, match.end()):
            continue  # "…, the Convention on …", "…, a Chinese telecoms company", "or DAR for short", "ENI (gas extraction)"
        if _BRAND_GOODS.match(text, match.end()):
            continue  # "LG devices", "IOS devices": a maker's or a product's name before what it makes
        if _KIND_BEFORE.search(text, max(0, match.start() - 60), match.start()) or _KIND_AFTER.match(text, match.end()):
            continue  # "eco-friendly company DROPP", "the SUMAR Program": said what it is
        if _spelt_in_small_letters(text, match.start(), acronym):
            continue  # "… a direct result of foreign direct investment. But FDI still …"
        if _NAME_THEN_OR.search(text, max(0, match.start() - 120), match.start()):
            continue  # "the Inclusive Public Policies Programme or APIA": named just before
        if _glossed_with_or(text, match, acronym):
            continue  # "anti-satellite systems or ASATs", "BBTP or Big brother transparency partnerships"
        if _letter_by_letter(text, match.end("acronym"), acronym):
            continue  # "the protocol RAD: A. R-Relief … A-Analysis … D-Decontamination" (round 68)
        if _NAMED_AS.search(text, max(0, match.start() - 60), match.start()):
            continue  # "the United Nations branch on AIDS, called UNAIDS": said what it is
        if _opens_defined_name(text, words, match):
            continue  # "the NEOM Green Hydrogen Company (NGHC)": part of a name the paper defines
        if _inside_a_name(text, match, sentence_start):
            continue  # "Mac OS X", "the NY Times": part of a product's or a paper's name
        if any(not ACRONYM.fullmatch(item) and not item.isupper() for item in name_list_at(text, *match.span("acronym"))):
            continue  # a name among names ("BP, Chevron and Shell"), not an acronym to spell out
        later = min([*defining.get(acronym, ()), *_spelt_out(words, acronym),
                     *(_named_in_full(text, expansion, len(text)) if expansion else ())], default=None)
        definition = f"; it is defined later, at line {document.locate(later).line}" if later is not None else ""
        slip = None if later is not None else _slip_for(acronym, defining)
        if slip is not None:  # "the WJO Rule of Law Index" beside the defined WJP (round 66)
            other, offset = slip
            definition = f" (it may be a slip for {other}, which the paper defines at line {document.locate(offset).line})"
            yield Hit(*match.span("acronym"), {"definition": definition}, (other,))
            continue
        yield Hit(*match.span("acronym"), {"definition": definition},
                  (f"{expansion} ({acronym})",) if expansion else ())


def _inside_a_name(text: str, match: re.Match, sentence_start: int) -> bool:
    """An acronym joined to a capitalised word of a name, before it inside the sentence ("Mac OS
    X") or, as its only other word, after it ("the NY Times"): the name is what the reader needs,
    not the letters. An acronym that opens a longer name ("the KAVO Solar Fields Authority") is
    still the reader's to learn."""
    before = _NAME_WORD_BEFORE.search(text, max(sentence_start, match.start() - 30), match.start())
    opens_sentence = before is not None and not text[sentence_start : before.start()].strip()
    return before is not None and not opens_sentence or _NAME_WORD_AFTER.match(text, match.end()) is not None


_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+|[a-z]+[A-Z][A-Za-z]*)[ \t]$")  # "Mac", "iPhone"
# A note in small letters in brackets after the acronym: "ENI (gas extraction)", "(mostly in the capital)".
_NOTE_IN_BRACKETS = re.compile(r"[ \t]*\((?:an?[ \t]+|the[ \t]+)?(?P<words>[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+){0,5})\)")


def _described_in_brackets(text: str, end: int) -> bool:
    """True when a noun phrase in small letters in brackets follows the acronym and says what it
    is: "ENI (gas extraction)", "MSF (a medical charity)"; not a note of where or when ("PWID
    (mostly in the capital)"), which has a grammar word or an adverb."""
    note = _NOTE_IN_BRACKETS.match(text, end)
    lexicon = wordnet()
    if note is None or lexicon is None:
        return False
    words = note["words"].split()
    return not any(w in english_grammar_words() or lexicon.is_adverb(w) for w in words) and bool(noun_senses(words[-1]))
# The writer's own note that the acronym is short for what came before: "… or DAR for short".
_FOR_SHORT = re.compile(r"[ \t,]+for[ \t]+short\b")
# The name given right after: "… is the NDERP. This stands for the Natural Disaster …", ", which stands for".
_STANDS_FOR = re.compile(r"s?[.,]?\s+(?:this|it|which)\s+(?:stands|is\s+short)\s+for\b", re.IGNORECASE)
# Goods a brand is named before, in small letters: "LG devices", "IOS phones" name a maker or a
# product, not initials a reader must learn.
_BRAND_GOODS = re.compile(r"[ \t]+(?:devices?|(?:smart)?phones?|tablets?|laptops?|computers?|consoles?|handsets?|products?)\b")

_NAME_WORD_AFTER = re.compile(r"[ \t][A-Z][a-z]+(?![\w'’-])(?![ \t]+(?:[A-Z]|(?:of|for|and)\b))")


def _plural_in_capitals(acronym: str, start: int, parenthesised: dict[str, tuple[int, ...]]) -> bool:
    """An acronym whose last "S" makes the plural of one defined before it or known to all."""
    singular = acronym[:-1]
    return len(acronym) > 2 and acronym.endswith("S") and (
        singular in known_acronyms() or any(offset < start for offset in parenthesised.get(singular, ())))


# Letters from which a word in capitals that the dictionary lists is that word, not initials that
# happen to spell it (short ones do: "CARE", "WASH", "TRIPS").
_LONG_WORD = 6  # "EMPIRE" in capitals is emphasis (round 49, both judges)
_MISSPELT_WORD = 8  # a word this long one letter off a word is no acronym; shorter ones may be ("UNICEF")


def _slip_for(acronym: str, defining: dict[str, tuple[int, ...]]) -> tuple[str, int] | None:
    """(acronym, where it is defined) of the one acronym the paper defines that differs from
    `acronym` by one letter in the same place, three letters or more; None for none or several."""
    near = [(other, offsets[0]) for other, offsets in defining.items() if len(other) == len(acronym) >= 3 and offsets
            and sum(a != b for a, b in zip(other, acronym)) == 1]
    return near[0] if len(near) == 1 else None


def _a_letter_from_a_word(word: str) -> bool:
    """True when one letter more, less, changed or swapped makes the word one the dictionary lists."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in cuts if b} | {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1} \
        | {a + c + b[1:] for a, b in cuts if b for c in letters} | {a + c + b for a, b in cuts for c in letters}
    dictionary = cmu_dictionary()
    return any(edit in dictionary for edit in edits - {word})


def _written_as_a_name(text: str, acronym: str) -> bool:
    """The paper also writes the word as a name, not in capitals: with a capital inside ("TikTok")
    or capitalised inside a sentence ("on Tiktok"), when it is no English word ("Who", "Car")."""
    lexicon = wordnet()
    if not acronym.isupper() or lexicon is not None and lexicon.lists(acronym.lower()):
        return False
    for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text, re.IGNORECASE):
        word = match.group()
        if word.isupper() or word.islower():
            continue
        if any(c.isupper() for c in word[1:]) or re.search(r"[\w,;:]\s+$", text[max(0, match.start() - 3) : match.start()]):
            return True
    return False


def _is_acronym(text: str, match: re.Match) -> bool:
    acronym = match["acronym"]
    if acronym in known_acronyms() or acronym in _CAPITAL_WORDS or _ROMAN.fullmatch(acronym):
        return False
    if _WORD_INSIDE.search(acronym):
        return False  # a name with a word in it ("DirectX", "PlayStation"), not initials ("CoE", "RtoP")
    if len(acronym) >= _LONG_WORD and acronym.isupper() and (lexicon := wordnet()) is not None \
            and (lexicon.lists(acronym.lower()) or lexicon.is_adverb(acronym.lower())):
        return False  # a long English word in capitals ("PREPAREDNESS", "SECONDARY", "AVIDLY"): emphasis or a label
    if len(acronym) >= _MISSPELT_WORD and acronym.isupper() and _a_letter_from_a_word(acronym.lower()):
        return False  # a long word in capitals one letter off ("REFRENCES:" over the sources, round 66): a misspelt label
    if acronym.isupper() and acronym.title() in _state_names():
        return False  # a Member State's name set in capitals ("THAILAND: Petroleum Act")
    if _state_name_tail(text, match):
        return False  # the initials of a State's name after its first word ("Lao PDR")
    if _CODE_AFTER.match(text, match.end()):
        return False  # part of a document's or decree's number ("Decree ADM.140/323/01", "ISO-9001")
    if (_AMOUNT_AFTER.match(text, match.end()) or _AMOUNT_BEFORE.search(text, max(0, match.start() - 20), match.start())) \
            and _currency(acronym):
        return False  # "EUR 30,000", "EURO 234 million", "645 HUF": a currency beside an amount
    if match["plural"] is None and _QUANTITY_BEFORE.search(text, max(0, match.start() - 24), match.start()):
        return False  # "3 million BPD", "40 MW": a unit after a quantity ("12 NGOs" counts things)
    return not _in_capital_run(text, match.start(), match.end())


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    return frozenset(member_state_forms())


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]+(?:['’]s)?", name) if w.lower() not in _JOINERS]


@lru_cache(maxsize=1)
def _state_tails() -> dict[str, frozenset[str]]:
    """The first word of each State's name of three words or more, and the initials of the words
    after it: "Lao" -> {"PDR"}."""
    tails: dict[str, set[str]] = {}
    for words in map(_name_words, member_state_forms()):
        if len(words) >= 3:
            tails.setdefault(words[0], set()).add("".join(w[0] for w in words[1:]))
    return {first: frozenset(found) for first, found in tails.items()}


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+),?[ \t]+$")


def _state_name_tail(text: str, match: re.Match) -> bool:
    """True when the acronym gives the initials of the rest of a State's name after its first
    word, written just before it: "Lao PDR", "Lao, PDR"."""
    before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
    return before is not None and match["acronym"] in _state_tails().get(before.group(1), ())


@lru_cache(maxsize=1024)
def _currency(word: str) -> bool:
    """An ISO 4217 currency, by its code ("EUR", "USD") or its name in capitals ("EURO")."""
    return (pycountry.currencies.get(alpha_3=word) or pycountry.currencies.get(name=word.capitalize())) is not None


def _in_capital_run(text: str, start: int, end: int) -> bool:
    """A word in a run of words in capitals ("POSITION PAPER", "ABOUT THE COUNTRY") is a label,
    unless the run opens with a known acronym ("UN OCHA")."""
    before = re.search(r"(?:^|[^\w])([A-Z][A-Z&]+)[ \t]+$", text[max(0, start - 30) : start])
    after = re.match(r"[ \t]+([A-Z][A-Z&]+)(?![\w'’-])", text[end : end + 30])
    if before and before.group(1) not in known_acronyms():
        return True
    return bool(after) and text[start:end] not in known_acronyms()


Offsets = dict[str, tuple[int, ...]]


def _parenthesised(text: str) -> tuple[Offsets, Offsets]:
    """Acronym → offsets of parentheses that name it, after a full name or before one:
    "(IASC)", "(the “IASC”)", "(DR Congo)", "IASC (Inter-Agency Standing Committee)"; and of
    those that define it. Any parenthesis naming an acronym lets its later uses pass ("(like the
    NIH)"); only one that defines it may be cited as its definition."""
    found: dict[str, list[int]] = {}
    defining: dict[str, list[int]] = {}
    for match in _PARENTHESES.finditer(text):
        after_a_name = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start()) is not None
        for inner in ACRONYM.finditer(match["inner"]):
            found.setdefault(inner["acronym"], []).append(match.start())
            if after_a_name or _DECORATION.sub("", match["inner"]).strip() in {inner["acronym"], inner["acronym"] + "s"}:
                defining.setdefault(inner["acronym"], []).append(match.start())
        before = re.search(r"(?<![\w'’&.-])([A-Z][A-Za-z&]*[A-Z])s?\s*$", text[max(0, match.start() - 20) : match.start()])
        if before and (re.match(r"\s*[A-Z]", match["inner"]) or _initials_spell(match["inner"], before.group(1))
                       or _initials_spell(re.split(r"[,;:–—]", match["inner"])[0], before.group(1))):
            # "LEO (lower earth orbit, 160-2,000 km up)": a name, then a note on it
            for offsets in (found, defining):
                offsets.setdefault(before.group(1), []).append(match.start())
    return ({acronym: tuple(offsets) for acronym, offsets in found.items()},
            {acronym: tuple(offsets) for acronym, offsets in defining.items()})


# A parenthesis defines the acronyms in it when it follows a name ("Democratic Republic of the
# Congo (DR Congo)") or holds the acronym alone ("human papillomavirus (HPV)", "(hereafter
# “UNCLOS”)"); "the vaccine series (HPV Vaccine)" cites a source and defines nothing.
_NAME_BEFORE = re.compile(r"[A-Z][\w'’&.-]*\s+(?:(?:" + "|".join(sorted(_JOINERS - {"&"})) + r")\s+)*[A-Z][\w'’&.-]*\s*$")
_DECORATION = re.compile(r"^\s*(?:(?:the|hereafter|hereinafter|henceforth|or|(?:also\s+)?known\s+as|in\s+short),?\s+)+|[\"“”‘’']",
                         re.IGNORECASE)


def _initials_spell(name: str, acronym: str) -> bool:
    """True when a name in small letters gives the acronym's letters in order by its words'
    initials, from its first word to its last: "MSM (men who have sex with men)"."""
    initials = "".join(word[0] for word in re.findall(r"[a-z]+", name.lower()))
    letters = acronym.lower()
    if len(letters) < 2 or not initials or initials[0] != letters[0] or initials[-1] != letters[-1]:
        return False
    rest = iter(initials[1:-1])
    return all(letter in rest for letter in letters[1:-1]) and len(initials) <= 2 * len(letters) + 2


def _named_in_full(text: str, name: str, end: int) -> list[int]:
    """Offsets before `end` where `name` is written out, in any case and across line breaks."""
    pattern = r"(?<![\w-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w-])"
    return [match.start() for match in re.finditer(pattern, text[:end], re.IGNORECASE)]


# How far back, in characters, a name in small letters still defines the acronym after it.
_SMALL_LETTERS_REACH = 200


def _spelt_in_small_letters(text: str, start: int, acronym: str) -> bool:
    """True when the acronym (three letters or more) follows, in the same paragraph and shortly, a
    run of words in small letters (the first may open a sentence) that its letters start, across
    hyphens too: "foreign direct investment … FDI", "Climate-smart agriculture, or CSA"."""
    if len(acronym) < 3 or not acronym.isalpha():
        return False
    first, rest = acronym[0], acronym[1:]
    words = r"(?:\s+|-)".join([rf"[{first.lower()}{first}][a-z]+", *(rf"{letter.lower()}[a-z]+" for letter in rest)])
    before = text[max(0, start - _SMALL_LETTERS_REACH) : start]
    found = list(re.finditer(rf"(?<![\w-]){words}(?![\w-])", before))
    return bool(found) and "\n\n" not in before[found[-1].end() :]


# Up to five words, in any case, either side of "or" beside the acronym.
_WORDS_THEN_OR = re.compile(r"(?P<words>[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,4})[ \t]+or[ \t]+$")
_OR_THEN_WORDS = re.compile(r"s?[ \t]+or[ \t]+(?:the[ \t]+)?(?P<words>[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,4})")


def _glossed_with_or(text: str, match: re.Match, acronym: str) -> bool:
    """True when "or" joins the acronym to the words it stands for, either side: after it, words
    whose initials spell it ("BBTP or Big brother transparency partnerships"); before it, words
    that open with its first letter and hold its letters in order ("anti-satellite systems or
    ASATs", a syllable acronym)."""
    after = _OR_THEN_WORDS.match(text, match.end("acronym"))
    words = after["words"].split() if after is not None else []
    if any(_initials_spell(" ".join(words[:count]), acronym) for count in range(2, len(words) + 1)):
        return True
    before = _WORDS_THEN_OR.search(text, max(0, match.start() - 80), match.start())
    if before is None:
        return False
    words = re.split(r"[ \t-]+", before["words"])
    for first in range(len(words) - 1):  # each run of two words or more that ends before "or"
        letters = iter("".join(words[first:]).lower())
        if words[first][:1].lower() == acronym[0].lower() and all(letter in letters for letter in acronym.lower()):
            return True
    return False


def _letter_by_letter(text: str, end: int, acronym: str) -> bool:
    """True when the text after the acronym spells it out one letter at a time, in order, each
    letter set before its word ("R-Relief", "A – Analysis", "D: Decontamination")."""
    at = end
    for letter in acronym:
        told = re.compile(rf"(?<![\w-]){letter}[ \t]*[-–—:][ \t]*{letter}[a-z]+").search(text, at, at + _LETTER_REACH)
        if told is None:
            return False
        at = told.end()
    return len(acronym) >= 2


# How far after the acronym, or after the word of its letter before, the next letter's word may stand.
_LETTER_REACH = 1500


def _apposed(text: str, end: int, acronym: str) -> bool:
    """True when the acronym is followed by its name in apposition, a run of capitalised words
    starting with its first letter: "FOLUR, the Food Systems, Land Use and Restoration project", "the LOT,
    or Leaders of Tomorrow Initiative"."""
    name = _APPOSITION.match(text, end)
    return name is not None and name["name"][0] == acronym[0]


def _opens_defined_name(text: str, words: list[tuple[int, str, str]], match: re.Match) -> bool:
    """True when the acronym is the first word of a name defined by the acronym in brackets after
    it, whose first letter it gives: "NEOM Green Hydrogen Company (NGHC)"."""
    name = _NAME_THEN_BRACKET.match(text, match.end())
    return name is not None and match.start() in _spelt_out(words, name["defined"])


def _words(text: str) -> list[tuple[int, str, str]]:
    """(offset, word, gap before it) for every word; hyphens and slashes split words."""
    words, previous_end = [], 0
    for match in _WORD.finditer(text):
        words.append((match.start(), match.group(), text[previous_end : match.start()]))
        previous_end = match.end()
    return words


def _spelt_out(words: list[tuple[int, str, str]], acronym: str) -> list[int]:
    """Offsets where a run of words spells `acronym` by initials: small words may be skipped, a
    word may give up to three leading letters ("Economic and Social Council" for ECOSOC) and a
    word in capitals all of its letters ("UN Office of Counter-Terrorism" for UNOCT)."""
    return [
        offset for index, (offset, word, _) in enumerate(words)
        if word[0] == acronym[0] and word != acronym and _spells(words, index, acronym, 0)
    ]


def _spells(words, index: int, acronym: str, position: int) -> bool:
    if position == len(acronym):
        return not _name_goes_on(words, index, acronym)
    if index >= len(words) or (position and _CLAUSE_BREAK.search(words[index][2])):
        return False
    word, gap = words[index][1], words[index][2]
    if word.lower() in _JOINERS:
        # a small word gives its first letter or all of them, in small letters ("Responsibility to Protect" for
        # RtoP), or its first letter in capitals ("Joint Comprehensive Plan of Action" for JCPOA)
        for piece in {word[0].lower(), word.lower(), word[0].upper()}:
            if acronym[position : position + len(piece)] == piece and _spells(words, index + 1, acronym, position + len(piece)):
                return True
        return position > 0 and _spells(words, index + 1, acronym, position)
    if not word[0].isupper():
        # the lower-case half of a hyphenated word ("Co-operation") gives no letter
        return position > 0 and gap == "-" and _spells(words, index + 1, acronym, position)
    # a word in capitals gives all its letters ("UN Office …") or, in a name set in capitals
    # ("HUMAN RIGHTS COUNCIL"), its first ones
    named_on = any(0 <= i < len(words) and words[i][1][0].isupper() and words[i][1].lower() not in _JOINERS
                   for i in (index - 1, index + 1))
    if word.isupper() and len(word) > 1:  # "KAVO Solar Fields": a name goes on; "UNESCO to Promote" spells no UNEP
        lengths = [len(word), 1, 2, 3] if named_on else [len(word)]
    else:
        lengths = list(range(1, 4))
    for length in lengths:
        piece = acronym[position : position + length]
        if len(piece) < length or word[:length].lower() != piece.lower():
            continue
        if _spells(words, index + 1, acronym, position + length):
            return True
    return False


def _name_goes_on(words, index: int, acronym: str) -> bool:
    """True when the word at `index` continues the capitalised name whose first words spelt the
    acronym: "Singapore Gender Pay Gap" is not "SG" spelt out. The acronym itself may follow, and
    so may another word in capitals, which starts something else ("National Football League
    SUNNS Montreal" on a header line)."""
    if index >= len(words):
        return False
    _, word, gap = words[index]
    return (gap.strip(" \t-") == "" and gap.count("\n") < 2 and word[0].isupper() and not _in_capitals(word)
            and word.lower() not in _JOINERS and word.removesuffix("s") != acronym)


def _in_capitals(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _sentence_end(document, offset: int) -> int:
    for sentence in document.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.end
    return offset + 1
