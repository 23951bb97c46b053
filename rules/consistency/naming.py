"""Internal consistency of names and numbers: one body, one name; one acronym, one meaning;
one statistic, one value; one spelling system (-ise or -ize)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from paperlint.analysis.english import ISE_ONLY, IZE_ONLY
from paperlint.analysis.events import dated_events, noun_senses, wordnet
from paperlint.analysis.phrases import Phrases, segments
from paperlint.engine.habits import once_or_each
from paperlint.engine.kinds import Hit
from paperlint.facts.knowledge import ORGANISATIONS, read_table
from paperlint.metadata import UN_BODY_TABLES
from paperlint.profiles import profile_for

# The UN itself is in no bodies table: its one full name and its short forms.
THE_UN = ("United Nations", ("United Nations",), ("UN", "U.N."))
_UN_PREFIX = re.compile(r"^United\s+Nations\s+")


def _forms_of(official: str, acronym: str, other_names: list[str]) -> tuple[list[str], list[str]]:
    """(full names, short forms) of one body of the tables: "Security Council" (UNSC) is
    "United Nations Security Council" in full, and "Security Council", "UN Security Council" or
    "UNSC" for short; a name that begins with "United Nations" is its own full name."""
    name = re.sub(r"\s*\([^)]*\)", "", official).strip()
    short = [acronym] if acronym else []
    if _UN_PREFIX.match(name):
        full = [name]
        short += ["UN " + _UN_PREFIX.sub("", name), "U.N. " + _UN_PREFIX.sub("", name)]
    elif "United Nations" in name:
        full = [name]
    else:
        full = ["United Nations " + name]
        short += [name, "UN " + name, "U.N. " + name]
    for other in other_names:
        (short if other.isupper() or other.startswith("UN ") else full).append(other)
    return full, short


@lru_cache(maxsize=1)
def bodies() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], str]]:
    """Each body by its official name: (full names, the first the right one; short forms; acronym),
    from the shipped UN bodies tables and the organisations of the knowledge base."""
    found: dict[str, tuple[list[str], list[str], str]] = {THE_UN[0]: (list(THE_UN[1]), list(THE_UN[2]), "UN")}
    rows = [row for table in UN_BODY_TABLES for row in read_table(table)]
    official_of = {row["acronym"]: row["official_name"] for row in rows if row["official_name"]}
    for row in rows:
        official = row["official_name"] or official_of.get(row["acronym"], "")
        others = [n.strip() for n in (row["other_names"] or "").split(";") if n.strip()]
        full, short = _forms_of(official, row["acronym"], others)
        known = found.setdefault(official, ([], [], row["acronym"]))
        known[0].extend(f for f in full if f not in known[0])
        known[1].extend(f for f in short if f not in known[1])
    for key, aliases in ORGANISATIONS.items():
        found[key] = ([a for a in aliases if " " in a], [a for a in aliases if " " not in a], key)
    return {body: (tuple(full), tuple(s for s in short if s not in full), acronym)
            for body, (full, short, acronym) in found.items()}


@lru_cache(maxsize=1)
def _body_forms() -> tuple[list[tuple[str, str]], Phrases]:
    """(body, form) for each name and acronym of each body, and the phrases matching all of them."""
    forms = [(body, form) for body, (full, short, _) in bodies().items() for form in (*full, *short)]
    return forms, Phrases([form for _, form in forms], ignorecase=False)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def bodies_named(text: str, start: int, end: int) -> Iterator[tuple[int, frozenset[str]]]:
    """(offset, its acronyms) of each body named in text[start:end] by a name that is not an
    acronym: "the Peacebuilding Commission" → PBC."""
    forms, phrases = _body_forms()
    for match in phrases.regex.finditer(text, start, end):
        body, _ = forms[phrases.index(match.group())]
        full, short, acronym = bodies()[body]
        if not _is_acronym(match.group(), acronym) and not _PARAGRAPH_BREAK.search(match.group()):
            yield match.start(), frozenset(form for form in (*full, *short) if _is_acronym(form, acronym))


@lru_cache(maxsize=1)
def _bodies_by_words() -> dict[frozenset[str], str]:
    """Each body by the capitalised words of one of its names: "Security Council" → {security, council}."""
    by_words: dict[frozenset[str], str] = {}
    for body, (full, short, acronym) in bodies().items():
        for form in (*full, *short):
            words = _capitalised_words(_without_un(form))
            if len(words) > 1 and not _is_acronym(form, acronym):
                by_words.setdefault(words, body)
    return by_words


def body_named_several_ways(document, rule, ctx):
    """A body called by two different names ("Security Council" and "Council of Security") or by two
    different acronyms, each told to use the first name the tables list (round 59: not the first
    written, "Commission of the Status of Women"). A name and its acronym together are the norm."""
    mentions = [(start, end, body, form, "acronym" if _is_acronym(form, bodies()[body][2]) else "name")
                for start, end, body, form in _body_mentions(document)]
    chosen: dict[tuple[str, str], str] = {}
    for _, _, body, form, kind in mentions:  # the first form the tables list, else the first written
        if (body, kind) not in chosen or not _listed(body, chosen[body, kind]) and _listed(body, form):
            chosen[body, kind] = form
    for start, end, body, form, kind in mentions:
        if not _same_form(chosen[body, kind], form, kind):
            expected = chosen[body, kind]
            yield Hit(start, end, {"expected": expected, "kind": kind, "body": bodies()[body][0][0]}, (expected,))


def _listed(body: str, form: str) -> bool:
    """Whether the tables list a form as one of the body's names ("Commission on the Status of
    Women"; not the words of one in another order, "Commission of the Status of Women")."""
    full, short, _ = bodies()[body]
    return form in full or form in short


def _body_mentions(document):
    """(start, end, body, form) of every mention of a body, in text order: its known names and
    acronyms, and its name's words in another order ("Council of Security")."""
    forms, phrases = _body_forms()
    by_words = _bodies_by_words()
    mentions = []
    for start, end in segments(document, "paragraph"):
        known = []
        for match in phrases.regex.finditer(document.text, start, end):
            if not _inside_longer_name(document.text, match.start(), start):
                body, _ = forms[phrases.index(match.group())]
                known.append((match.start(), match.end(), body, match.group()))
        for match in _NAME_RUN.finditer(document.text, start, end):
            name = re.sub(rf"^(?:(?:The|{_CONNECTOR})\s+)+", "", match.group())
            body = by_words.get(_capitalised_words(_without_un(name)))
            offset = match.end() - len(name)
            if body and not any(s < match.end() and offset < e for s, e, *_ in known):
                known.append((offset, match.end(), body, name))
        mentions.extend(sorted(known))
    return mentions


def _is_acronym(form: str, acronym: str) -> bool:
    """An acronym ("UNSC", "U.N.", "CoE", "G7", the tables' "UN Women"), not a name in words."""
    def capitals(token: str) -> int:
        return sum(c.isupper() or c.isdigit() for c in token)

    if form == acronym:  # an organisation's table entry may give its name in words here
        return any(capitals(token) > 1 for token in form.split())
    return " " not in form and capitals(form) > 1


def _same_form(first: str, other: str, kind: str) -> bool:
    """Two acronyms are one when they differ in stops and hyphens ("UN", "U.N."); two names are one
    when one holds the other, less "UN" ("Security Council" in "UN Security Council", "World Bank"
    in "World Bank Group"), or one names several ("Special Rapporteurs"), but not the same words in another
    order ("Council of Security")."""
    if kind == "acronym":
        return re.sub(r"[.\-]", "", first) == re.sub(r"[.\-]", "", other)
    one, two = (f" {' '.join(w for w in _without_un(name).lower().split() if w != 'the').removesuffix('s')} "
                for name in (first, other))
    return one in two or two in one


def _capitalised_words(name: str) -> frozenset[str]:
    return frozenset(word.lower() for word in name.split() if word[:1].isupper())


def _without_un(form: str) -> str:
    """A name less its "United Nations" or "UN" prefix: "UN Security Council" → "Security Council"."""
    return re.sub(r"^(?:United\s+Nations|UN|U\.N\.)\s+", "", form)


def _inside_longer_name(text: str, offset: int, block_start: int) -> bool:
    before = text[block_start:offset].rstrip()
    previous = re.search(r"([\w'’.-]+)$", before)
    if not previous or before.endswith((".", "!", "?", ":", ";")):
        return False
    word = previous.group(1)
    return word[:1].isupper() and word not in {"The", "the", "UN", "U.N."}


_CONNECTOR = r"(?:of|the|and|for|on|in|to|against|&)"
_NAME_WORD = r"(?:[A-Z][\w'’-]*|" + _CONNECTOR + r")"
_CAPITALISED = r"[A-Z][\w'’-]*"
_NAME_RUN = re.compile(  # capitalised words, with connectors between them: "Council of Security"
    r"(?<![\w'’-])" + _CAPITALISED + r"(?:(?:[ \t]+" + _NAME_WORD + r"){0,10}[ \t]+" + _CAPITALISED + r")?(?![\w'’-])"
)
_DEFINITION = re.compile(
    r"(?P<full>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){1,11})[ \t]+\((?P<acronym>[A-Z][A-Za-z&]*[A-Z])s?\)"
)


def acronym_redefined(document, rule, ctx):
    """An acronym defined twice with different full names ("UNSC" for two bodies)."""
    first: dict[str, tuple[str, str, int]] = {}
    for start, end in segments(document, "paragraph"):
        for match in _DEFINITION.finditer(document.text, start, end):
            full_start, full = _trim_definition(match["full"], match["acronym"], match.start("full"))
            if full is None:
                continue
            acronym = match["acronym"]
            key = _normalised_name(full)
            if acronym not in first:
                first[acronym] = (full, key, full_start)
            elif not _same_name(first[acronym][1], key) and not _one_body(first[acronym][0], full):
                earlier, _, offset = first[acronym]
                line = document.locate(offset).line
                yield Hit(full_start, full_start + len(full), {"acronym": acronym, "expected": earlier, "first_line": line},
                          (earlier,))


def _trim_definition(run: str, acronym: str, offset: int) -> tuple[int, str | None]:
    """The full name inside a run of name words: no leading connectors, at most one word per letter."""
    words = list(re.finditer(r"\S+", run))
    capitals = [w for w in words if w.group()[0].isupper()]
    letters = sum(1 for c in acronym if c.isupper())
    while len(capitals) > max(letters, 1) + 2 and words:
        dropped = words.pop(0)
        if dropped.group()[0].isupper():
            capitals.pop(0)
    while words and (re.fullmatch(_CONNECTOR, words[0].group(), re.IGNORECASE) or words[0].group() == "The"):
        words.pop(0)
    words = _after_list(words, acronym)
    if len(words) < 2:
        return offset, None
    return offset + words[0].start(), run[words[0].start() : words[-1].end()]


def _after_list(words: list[re.Match], acronym: str) -> list[re.Match]:
    """The last name of a list, when the acronym spells it alone: "the United Nations and the
    Non-Proliferation Treaty (NPT)" defines the treaty. "Food and Agriculture Organization (FAO)"
    stays whole, as its tail does not spell FAO."""
    for index in range(len(words) - 1, 0, -1):
        if words[index].group().lower() in {"and", "or", "&"}:
            tail = words[index + 1 :]
            while tail and tail[0].group().lower() == "the":
                tail = tail[1:]
            initials = "".join(part[0] for word in tail for part in re.split(r"[-‐]", word.group()) if part[:1].isupper())
            return tail if initials == acronym.upper() else words
    return words


def _one_body(one: str, other: str) -> bool:
    """Two names of one body in the shipped tables ("UN Refugee Agency" and "Office of the United
    Nations High Commissioner for Refugees")."""
    body = _body_by_name().get(_normalised_name(one))
    return body is not None and body == _body_by_name().get(_normalised_name(other))


@lru_cache(maxsize=1)
def _body_by_name() -> dict[str, str]:
    return {_normalised_name(form): body for body, (full, short, _) in bodies().items() for form in (*full, *short)}


def _same_name(one: str, other: str) -> bool:
    """Two normalised names are one when the words of one are all in the other
    ("Non-Proliferation Treaty" and "Treaty on the Non-Proliferation of Nuclear Weapons")."""
    a, b = set(one.split()), set(other.split())
    return a <= b or b <= a


def _normalised_name(name: str) -> str:
    name = re.sub(r"\bU\.?N\.?(?=\s)", "United Nations", name)  # "UN Development Programme" is the same name
    name = re.sub(r"[-‐–\s]+", " ", name.lower())
    name = re.sub(r"\b(the|of|and|for|on|&)\b", " ", name)
    return re.sub(r"s\b|(?<=i)[sz](?=ation|e\b)", "", " ".join(name.split()))


_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<scale>thousand|million|billion))?"
_SCALES = {None: 1, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_PEOPLE = (
    "people|persons|civilians|victims|deaths|casualties|refugees|fighters|foreign fighters|"
    "children|women|migrants|nationals|soldiers|officers|troops|attacks|terrorists"
)
_OUTCOMES = (
    "killed|dead|died|injured|wounded|displaced|arrested|detained|returned|trained|deployed|"
    "convicted|prosecuted|radicalised|radicalized|recruited|foiled|thwarted"
)
_STATISTIC = re.compile(
    _NUMBER + r"(?:\s*(?P<percent>%|per\s*cent|percent)\s+of\s+(?:the\s+|all\s+|its\s+)?(?P<of>[a-z][\w'’-]*(?:\s+[a-z][\w-]*)?)"
    r"|\s+(?P<who>" + _PEOPLE + r")(?![\w-]))",
    re.IGNORECASE,
)
_OUTCOME = re.compile(r"\b(?:" + _OUTCOMES + r")\b", re.IGNORECASE)
# What a share is said to do, the word after its "of" group: "40% of clinics lack …" and "20% of
# them recover" are two statistics.
# Where the clause of a share ends, and a range's first figure before it ("50-90%").
_CLAUSE_END = re.compile(r"[,;:.()]|\s(?:and|but|while|whereas)\s")
_RANGE_BEFORE = re.compile(r"\d%?\s*(?:[-–—]|to\b)\s*$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A share that is another part of the same whole: "the other 85%", "the remaining 10%", "another 5%".
_ANOTHER_SHARE = re.compile(r"\b(?:other|remaining|another|further|additional)\s+$", re.IGNORECASE)


def statistic_two_values(document, rule, ctx):
    """The same statistic given two values ("32 people were killed" … "35 people were killed")."""
    seen: dict[tuple, tuple[str, int, float]] = {}
    for sentence in document.sentences:
        if sentence.block.kind == "heading":
            continue
        text = document.text[sentence.start : sentence.end]
        years = frozenset(_YEAR.findall(text))
        for match in _STATISTIC.finditer(document.text, sentence.start, sentence.end):
            if match["percent"]:
                if _ANOTHER_SHARE.search(document.text, max(sentence.start, match.start() - 20), match.start()):
                    continue  # "for 15% of the population … for the other 85% of the population"
                if _RANGE_BEFORE.search(document.text, max(sentence.start, match.start() - 8), match.start()):
                    continue  # "50-90% of all air pollution": a range, not one value
                clause = _CLAUSE_END.split(document.text[match.end() : sentence.end], maxsplit=1)[0]
                rest = tuple(w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", clause))  # "… have clean water" / "… sanitation"
                key = ("%", match["of"].lower(), rest, years, _place_of(text))
            else:
                outcome = _nearest(_OUTCOME.finditer(text), match.start() - sentence.start)
                if outcome is None:
                    continue
                event = next((e.label.lower() for e in dated_events(document)
                              if sentence.start <= e.start < sentence.end), None)
                if outcome is None or (event is None and not years):
                    continue  # not enough context to tell one statistic from another
                key = (match["who"].lower(), _stem(outcome.group()), event, years if event is None else None)
            value = float(match["number"].replace(",", "")) * _SCALES[(match["scale"] or "").lower() or None]
            span = (match.start("number"), match.end("scale") if match["scale"] else match.end("number"))
            if key not in seen:
                seen[key] = (document.text[span[0] : span[1]], span[0], value)
            elif seen[key][2] != value:
                written, offset, _ = seen[key]
                yield Hit(*span, {"expected": written, "first_line": document.locate(offset).line})


# Where a share is said to hold: "In low-income countries 37% of deaths …" and "In Pakistan, 50% of
# deaths …" are two statistics (round 32).
_IN_PLACE = re.compile(r"\s*In\s+(?P<place>[^,.;]{1,40}?)(?:,|\s+(?=\d))")


def _place_of(sentence: str) -> str:
    """The place a sentence opens with ("In low-income countries", "In Pakistan"), not another
    phrase of "in" ("In fact they grow …"): its last word a name or a place in WordNet."""
    opening = _IN_PLACE.match(sentence)
    last = opening["place"].split()[-1] if opening else ""
    senses = noun_senses(last.lower()) if last else ()
    if not last or not (last[0].isupper() or senses and senses[0].file == "noun.location"):
        return ""
    return " ".join(opening["place"].lower().split()) if opening else ""


def _nearest(matches, offset: int) -> re.Match | None:
    """The match closest to `offset` ("killed 32 people", "32 people were killed")."""
    return min(matches, key=lambda m: min(abs(m.start() - offset), abs(m.end() - offset)), default=None)


def _stem(word: str) -> str:
    return {"dead": "killed", "died": "killed", "wounded": "injured"}.get(word.lower(), word.lower()[:6])


# Words spelt -ise (or -ize) in every variety of English: not a choice between the two.
_ISE_IZE = re.compile(
    r"(?<![\w'’-])(?P<word>(?P<stem>[A-Za-z]+i)(?P<letter>[sz])(?P<ending>e|es|ed|ing|er|ers|ation|ations|ational))(?![\w'’-])"
)


def mixed_ise_ize(document, rule, ctx):
    """A paper that writes some verbs -ise and others -ize (organise … recognize), under a chosen
    profile: without one, both judges called it right in none of 23 findings over rounds 54–63."""
    if not profile_for(ctx.config).strict:
        return
    partners = _cn001_partners()
    uses: dict[str, list[re.Match]] = {"s": [], "z": []}
    for start, end in segments(document, "paragraph"):
        for match in _ISE_IZE.finditer(document.text, start, end):
            base = (match["stem"] + match["letter"] + "e").lower()
            if base in ISE_ONLY or base in IZE_ONLY or len(match["stem"]) < 4:
                continue
            if match["word"][0].isupper() and not _opens_a_plain_phrase(document.text, start, match):
                continue  # capitalised inside a name ("World Health Organization"); not "Summarized below …"
            if not _an_english_verb(match["stem"].lower()):
                continue  # not a word in either spelling ("responsabilise"): SP001's business, if any
            uses[match["letter"].lower()].append(match)
    if not uses["s"] or not uses["z"] or len(uses["s"]) == len(uses["z"]):
        return  # one system throughout, or no majority to follow ("emphasize" beside "recognised")
    main = "z" if len(uses["z"]) > len(uses["s"]) else "s"
    other = "s" if main == "z" else "z"
    example = uses[main][0]["word"]
    slips = {}
    for match in uses[other]:
        word = match["word"]
        partner = partners.get(word.lower())
        if partner and re.search(r"(?<![\w'’-])" + re.escape(partner) + r"(?![\w'’-])", document.text, re.IGNORECASE):
            continue  # both spellings of a pair CN001 lists: CN001 reports it
        letter = "z" if match["letter"] == "s" else "s"
        slips[match.span()] = match["stem"] + letter + match["ending"]
    # one habit, however many words show it: one finding at its first use, with the others listed
    yield from once_or_each(document, sorted(slips), {"example": example, "style": f"-i{main}e"},
                            suggestions=lambda start, end: (slips[(start, end)],), pervasive=2)


def _opens_a_plain_phrase(text: str, start: int, match: re.Match) -> bool:
    """A capitalised word that opens its paragraph or sentence and is followed by a word in small
    letters: "Summarized below are …", not "Organization" in a name."""
    before = text[start : match.start()].rstrip()
    after = re.match(r"\s+([A-Za-z])", text[match.end() :])
    return (not before or before[-1] in ".!?:") and (after is None or after[1].islower())


@lru_cache(maxsize=4096)
def _an_english_verb(stem: str) -> bool:
    """Whether stem + "ze" is an English verb: WordNet lists it (in its -ize spelling), or the word
    it is made from ("operational", "security", "incentive"); without WordNet every form counts."""
    lexicon = wordnet()
    if lexicon is None or lexicon.lemma(stem + "ze", "verb"):
        return True
    base = stem[:-1]  # "securiti" -> "securit"
    return any(lexicon.lemma(word, "noun") or lexicon.is_adjective(word) for word in (base, base + "e", base + "y"))


@lru_cache(maxsize=1)
def _cn001_partners() -> dict[str, str]:
    """Each word of a pair CN001 (mixed-spelling-variants) lists → the other word, in lower case."""
    from paperlint.engine.registry import load_rules

    partners = {}
    for rule in load_rules():
        if rule.code == "CN001":
            for one, other in rule.params.either.items():
                partners[one.lower()] = other.lower()
                partners[other.lower()] = one.lower()
    return partners
