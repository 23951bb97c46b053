"""Real-word errors: a right word in the wrong place ("GDP per capital", "the Council's advise").

CF001 judges each member of a confusion set (src/paperlint/data/confusables.yml) by its
context: patterns of neighbouring words and tags where one member belongs, and, with the
`meaning` extra, the part of speech the parse gives the slot ("the Council's advise" puts a
verb where a noun goes). CF002 finds phrases wrong as a whole (data/confusables-phrases.yml).
Only sentences where the parse could change a member's judgement are parsed (about a third of
the benchmark's sentences, docs/performance.md); the others are judged on plain words, and
the parse is shared with the other meaning checks. Without spaCy, word patterns still run; tag
patterns and slots do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from importlib import resources
from typing import NamedTuple

from paperlint import yamlfile
from paperlint.analysis.events import wordnet
from paperlint.analysis.parse import parsed_sentences, parses_when
from paperlint.analysis.phrases import Phrases, phrases_regex
from paperlint.engine.kinds import Hit, match_case

_SETS_FILE = "data/confusables.yml"
_PHRASES_FILE = "data/confusables-phrases.yml"
_PARSED_KINDS = ("paragraph", "list_item")
# Dependencies and left neighbours that make a slot a noun's ("the Council's advise").
_NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
_FINITE_OR_BASE = {"VB", "VBP", "VBZ"}  # not participles: "the most affected" is a noun phrase
_NOUN_OPENERS = {"the", "a", "an", "its", "their", "our", "his", "her", "your", "'s", "every"}
_WORD = re.compile(r"\w+|['’]\w+|[^\w\s]")
# Words a gap (`...`) never runs past: they end the clause or open another one, whose tense
# and subject are its own ("last year they backed whichever side we choose").
_CLAUSE_BREAKS = {";", ":", "that", "which", "who", "whom", "whose", "whichever", "whatever", "whoever",
                  "when", "if", "because", "unless", "while", "although", "whether"}


class Token(NamedTuple):
    """A word of a sentence with what the parse says of it ('' without spaCy)."""

    lower: str
    start: int
    end: int
    tag: str = ""
    pos: str = ""
    dep: str = ""


@dataclass(frozen=True)
class Element:
    """One position of a context pattern: word sequences, tags, or any word."""

    words: tuple[tuple[str, ...], ...] = ()
    tags: frozenset[str] = frozenset()
    negated: bool = False
    at_edge: bool = False  # `$`/`^`: the sentence ends (or starts) here
    any_word: bool = False
    gap: bool = False  # `...`: any run of words, none included, inside the clause

    def untagged(self) -> Element:
        """This element as it may match before the parse: tags read as any word."""
        return replace(self, tags=frozenset(), any_word=True) if self.tags else self

    @cached_property
    def _by_length(self) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
        """The word sequences, grouped by how many words they have."""
        grouped: dict[int, set[tuple[str, ...]]] = {}
        for words in self.words:
            grouped.setdefault(len(words), set()).add(words)
        return tuple((size, frozenset(sequences)) for size, sequences in grouped.items())

    def lengths(self, tokens: list[Token], at: int) -> Iterator[int]:
        """How many tokens from `at` this element can consume (0 = the sentence edge)."""
        if self.gap:
            yield 0
            for size, token in enumerate(tokens[at:], 1):
                if token.lower in _CLAUSE_BREAKS:
                    return
                yield size
            return
        if at >= len(tokens):
            if self.at_edge or self.negated:
                yield 0
            return
        token = tokens[at]
        if self.any_word:
            yield 1
        elif self.tags:
            if token.tag and (token.tag in self.tags or token.pos in self.tags) != self.negated:
                yield 1
        elif self.negated:
            if not any(len(w) == 1 and w[0] == token.lower for w in self.words):
                yield 1
        else:
            for size, sequences in self._by_length:
                if tuple(t.lower for t in tokens[at : at + size]) in sequences:
                    yield size


@dataclass(frozen=True)
class Pattern:
    """Words around the judged word `_`: `before` read right to left, `after` left to right."""

    before: tuple[Element, ...]
    after: tuple[Element, ...]

    @property
    def tagged(self) -> bool:
        return any(e.tags for e in self.before + self.after)

    def untagged(self) -> Pattern:
        return Pattern(tuple(e.untagged() for e in self.before), tuple(e.untagged() for e in self.after))

    def matches(self, tokens: list[Token], index: int) -> bool:
        return _match(self.before, tokens[:index][::-1], 0) and _match(self.after, tokens, index + 1)


def _match(elements, tokens, at) -> bool:
    if not elements:
        return True
    return any(_match(elements[1:], tokens, at + n) for n in elements[0].lengths(tokens, at))


@dataclass(frozen=True)
class Member:
    word: str
    means: str
    example: str
    forms: tuple[str, ...]
    pos: frozenset[str]
    here: tuple[Pattern, ...]
    keep: tuple[Pattern, ...]

    def form(self, index: int) -> str:
        return self.forms[index]


@dataclass(frozen=True)
class ConfusionSet:
    name: str
    members: tuple[Member, ...]


@lru_cache(maxsize=1)
def confusion_sets() -> tuple[ConfusionSet, ...]:
    """The shipped confusion sets."""
    data = _load(_SETS_FILE)
    lists = {name: tuple(words) for name, words in data["lists"].items()}
    return tuple(
        ConfusionSet(name, tuple(_member(word, spec, lists) for word, spec in members.items()))
        for name, members in data["sets"].items()
    )


def not_judged() -> dict[str, str]:
    """Words deliberately left alone, with the reason."""
    return _load(_SETS_FILE)["not_judged"]


def _load(name: str) -> dict:
    return yamlfile.safe_load(resources.files("paperlint").joinpath(name).read_text(encoding="utf-8"))


def _member(word: str, spec: dict, lists: dict) -> Member:
    return Member(
        word=word,
        means=spec["means"],
        example=spec["example"],
        forms=tuple(spec.get("forms") or (word,)),
        pos=frozenset(spec.get("pos") or ()),
        here=tuple(_pattern(text, lists) for text in spec.get("here") or ()),
        keep=tuple(_pattern(text, lists) for text in spec.get("keep") or ()),
    )


def _pattern(text: str, lists: dict) -> Pattern:
    chunks = text.split()
    middle = chunks.index("_")
    return Pattern(
        before=tuple(_element(c, lists, backwards=True) for c in reversed(chunks[:middle])),
        after=tuple(_element(c, lists, backwards=False) for c in chunks[middle + 1 :]),
    )


def _element(chunk: str, lists: dict, backwards: bool) -> Element:
    """`a|b+c` words (`+` joins a multi-word alternative, also in a list), `<NN|VERB>` tags,
    `@list`, `!` negation, `*` any word, `...` a gap inside the clause, `^`/`$` the sentence edge."""
    if chunk == "*":
        return Element(any_word=True)
    if chunk == "...":
        return Element(gap=True)
    if chunk in ("^", "$"):
        return Element(at_edge=True)
    negated = chunk.startswith("!") or chunk.startswith("<!")
    chunk = chunk.replace("!", "", 1) if negated else chunk
    if chunk.startswith("<"):
        tags = frozenset(chunk.strip("<>").split("|"))
        return Element(tags=tags - {"$"}, negated=negated, at_edge="$" in tags)
    alternatives: list[tuple[str, ...]] = []
    edge = False
    for alternative in chunk.split("|"):
        for written in lists[alternative[1:]] if alternative.startswith("@") else (alternative,):
            if written in ("$", "^"):
                edge = True
            else:
                words = tuple(written.split("+"))
                alternatives.append(tuple(reversed(words)) if backwards else words)
    return Element(words=tuple(alternatives), negated=negated, at_edge=edge)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[tuple[ConfusionSet, Member, int], ...]]:
    """Each written form: the sets it belongs to, as which member, at which form index."""
    found: dict[str, list] = {}
    for confusion in confusion_sets():
        for member in confusion.members:
            for number, form in enumerate(member.forms):
                found.setdefault(form.lower(), []).append((confusion, member, number))
    return {form: tuple(entries) for form, entries in found.items()}


@lru_cache(maxsize=1)
def _form_pattern() -> re.Pattern:
    """Any written form of a member, as a whole word: one trie regex (a plain alternation of
    the 655 forms took ten times as long, a tenth of a paper's own checks)."""
    return phrases_regex(_index())


def _mentions_member(text: str) -> bool:
    return _form_pattern().search(text) is not None


class _BeforeParse(NamedTuple):
    """What can decide a member's judgement before the parse (see `_expected`); tagged patterns
    are read with their tags as any word, which is what they may match once parsed."""

    keeps: tuple[Pattern, ...]  # its patterns without tags: one that matches keeps the word
    by_slot: frozenset[str]  # the parts of speech of its slot, when it is judged by them
    may_keep: tuple[Pattern, ...]  # its patterns with tags
    calls: tuple[Pattern, ...]  # the other members' `here` patterns without tags
    may_call: tuple[Pattern, ...]  # the other members' `here` patterns with tags

    def parse_may_decide(self, text: str, tokens: list[Token], index: int) -> bool:
        """Whether the parse could judge this member otherwise than its words do: without tags
        a member is flagged exactly when another's word pattern calls for it."""
        if any(p.matches(tokens, index) for p in self.keeps):
            return False
        if self.by_slot and not _own_slot_told(text, tokens, index, self.by_slot) \
                or any(p.matches(tokens, index) for p in self.may_call):
            return True
        return any(p.matches(tokens, index) for p in self.calls) and any(p.matches(tokens, index) for p in self.may_keep)


@lru_cache(maxsize=1)
def _before_parse() -> dict[str, tuple[_BeforeParse, ...]]:
    """For each written form, what can decide its judgement before the parse, per set."""
    def judged(confusion: ConfusionSet, member: Member) -> _BeforeParse:
        own, others = member.here + member.keep, [p for m in confusion.members if m is not member for p in m.here]
        closed = member.pos <= _CLOSED_CLASSES and len(member.forms) == 1  # "through", not "except", "excepted"
        return _BeforeParse(tuple(p for p in own if not p.tagged), frozenset() if closed else member.pos,
                            tuple(p.untagged() for p in own if p.tagged),
                            tuple(p for p in others if not p.tagged),
                            tuple(p.untagged() for p in others if p.tagged))

    return {form: tuple(judged(c, m) for c, m, _ in entries) for form, entries in _index().items()}


# Parts of speech whose words a tagger seldom reads otherwise: a member that is one word of them
# ("through", "against", "whether") is taken for another only where a word pattern calls for it.
_CLOSED_CLASSES = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "PRON", "DET", "PART"})


def _own_slot_told(text: str, tokens: list[Token], index: int, pos: frozenset[str]) -> bool:
    """Whether the word before a verb member already makes its slot a verb's: a subject pronoun, a
    name inside the sentence or an adverb in -ly ("Kenya believes", "we firmly believe"). (A
    determiner says less of a noun: "the principle cause" puts it in an adjective's slot.)"""
    before = tokens[index - 1] if index else None
    if before is None or pos != {"VERB"}:
        return False
    named = text[before.start].isupper() and before.lower not in _DETERMINERS \
        and (index > 1 or not _may_be_an_adjective(before.lower))
    return before.lower in _SUBJECT_PRONOUNS or named or before.lower.endswith("ly") and _an_adverb(before.lower)


_SUBJECT_PRONOUNS = frozenset("i we you they he she it who".split())
_DETERMINERS = _NOUN_OPENERS | frozenset(
    "this that these those such many some all no any both each other most several few".split())


def _an_adverb(word: str) -> bool:
    lexicon = wordnet()
    return lexicon is not None and lexicon.is_adverb(word)


def _may_be_an_adjective(word: str) -> bool:
    """A word that may be an adjective ("Religious believes …" opens with one, not a name)."""
    lexicon = wordnet()
    return lexicon is None or lexicon.is_adjective(word)


def _parse_may_decide(text: str) -> bool:
    """Cheap test before parsing: a member the parse could judge otherwise than its words do."""
    if not _mentions_member(text):
        return False
    tokens = _plain_tokens(text)
    return any(
        judged.parse_may_decide(text, tokens, index)
        for index, token in enumerate(tokens)
        for judged in _before_parse().get(token.lower, ())
    )


# A word in capitals throughout, possessive or not: an acronym or a shouted label.
_IN_CAPITALS = re.compile(r"[A-Z]{2,}(?:['’]s)?")


@parses_when(_parse_may_decide)
def confused_word(document, rule, ctx) -> Iterator[Hit]:
    """A member of a confusion set where the context calls for another member. A word inside
    a wrong phrase is left to CF002, so one problem gives one finding."""
    in_phrases = [(hit.start, hit.end) for hit in _wrong_phrases(document)]
    for start, tokens in _sentences(document):
        for index, token in enumerate(tokens):
            entries = _index().get(token.lower, ())
            if not entries or any(a <= start + token.start < b for a, b in in_phrases):
                continue
            if _IN_CAPITALS.fullmatch(document.text, start + token.start, start + token.end):
                continue  # "WHO's approach", "the US": an acronym, not the word
            text = document.text
            if index and text[start + token.start].isupper() and text[start + tokens[index - 1].start].islower():
                continue  # "within the Isles": a capital after a small word is a name ("the Security Counsel" is read)
            # Inside a capitalised name ("the World Heritage Conservation with UNESCO") only the name's own
            # words before it judge it ("Security Counsel"): what follows the name is not the word's context.
            in_a_name = index > 1 and text[start + token.start].isupper() and text[start + tokens[index - 1].start].isupper()
            for confusion, member, number in entries:
                # Only a member with the written form's counterpart: "lessened" is no form of "lesson".
                expected = [m for m in _expected(confusion, member, tokens, index, in_a_name) if number < len(m.forms)]
                if expected and _part_of_a_compound(tokens, index):
                    break  # "make believe transactions": WordNet's "make-believe", written open
                if expected:
                    yield _hit(document, start, token, member, number, expected)
                    break


def _part_of_a_compound(tokens: list[Token], index: int) -> bool:
    """True when the word and the one before or after it make a hyphened compound WordNet lists
    ("make-believe", "a well-being"): the word is part of it, not a member of its set alone."""
    db = wordnet()
    pairs = [(tokens[i].lower, tokens[i + 1].lower) for i in (index - 1, index) if 0 <= i and i + 1 < len(tokens)]
    return db is not None and any(
        first.isalpha() and second.isalpha() and db.lists(f"{first}-{second}") for first, second in pairs)


def _expected(confusion: ConfusionSet, member: Member, tokens: list[Token], index: int, in_a_name: bool = False) -> list[Member]:
    """The other members the context calls for (none when it suits the written one); inside a
    name, only by the words before it."""
    if any(p.matches(tokens, index) for p in member.here + member.keep):
        return []
    others = [m for m in confusion.members if m is not member]
    called = [m for m in others if any(p.matches(tokens, index) for p in m.here if not (in_a_name and p.after))]
    if called or not member.pos or not tokens[index].tag or in_a_name:
        return called
    slots = _slots(tokens, index)
    if slots & member.pos:
        return []
    return [m for m in others if slots & m.pos and (_in_common_use(m) or not _in_common_use(member))]


# Parts of speech as WordNet files them.
_WORDNET_POS = {"NOUN": "noun", "VERB": "verb", "ADJ": "adj", "ADV": "adv"}


def _in_common_use(member: Member) -> bool:
    """Whether WordNet's tagged corpus ever met the member in its part of speech: a rare word
    ("preform", "solider") is called for by its own context only, never by a slot alone, in place
    of a common one ("who kept at home perform household duties", round 61)."""
    lexicon = wordnet()
    return lexicon is None or any(lexicon.ranked(member.word, _WORDNET_POS[pos]) for pos in member.pos if pos in _WORDNET_POS)


def _slots(tokens: list[Token], index: int) -> set[str]:
    """The parts of speech the sentence allows at this position: the parser's, corrected by
    the plainest cues (a verb after "the" or as an object is in a noun's slot, or an
    adjective's before a noun; a noun after a modal or infinitive "to" is in a verb's; a noun
    modifying a noun may be an adjective)."""
    token = tokens[index]
    previous = tokens[index - 1] if index else None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    slot = {"PROPN": "NOUN"}.get(token.pos, token.pos)
    opened = previous is not None and previous.lower in _NOUN_OPENERS
    if slot == "VERB" and opened and following is not None and following.pos in {"NOUN", "PROPN"}:
        return {"ADJ"}
    if slot == "VERB" and token.tag in _FINITE_OR_BASE and (token.dep in _NOUN_DEPS or opened):
        return {"NOUN"}
    if slot == "NOUN" and previous and (previous.tag == "MD" or (previous.lower == "to" and previous.pos == "PART")):
        return {"VERB"}
    if slot == "NOUN" and token.dep in {"compound", "amod"}:
        return {"NOUN", "ADJ"}
    return {slot}


def _hit(document, start, token, member, number, expected) -> Hit:
    found = document.text[start + token.start : start + token.end]
    suggestions = tuple(dict.fromkeys(match_case(found, m.form(number)) for m in expected))
    return Hit(
        start + token.start,
        start + token.end,
        {
            "found_means": member.means,
            "expected": " or ".join(f"'{s}'" for s in suggestions),
            "expected_means": "; ".join(f"{m.form(number)}: {m.means}" for m in expected),
        },
        suggestions,
    )


def _sentences(document) -> Iterator[tuple[int, list[Token]]]:
    """(sentence start, tokens) of each sentence that mentions a member: parsed when spaCy
    is installed and the parse may decide, else plain words without tags."""
    parsed = parsed_sentences(document, _parse_may_decide)
    if parsed is None:
        for sentence in document.sentences:
            text = document.text[sentence.start : sentence.end]
            if sentence.block.kind in _PARSED_KINDS and _mentions_member(text):
                yield sentence.start, _plain_tokens(text)
        return
    for sentence, doc in parsed:
        if doc is not None:
            yield sentence.start, _joined([
                Token(_normal(t.lower_), t.idx, t.idx + len(t.text), t.tag_, t.pos_, t.dep_) for t in doc
            ])
        else:
            text = document.text[sentence.start : sentence.end]
            if _mentions_member(text):
                yield sentence.start, _plain_tokens(text)


def _plain_tokens(text: str) -> list[Token]:
    return _joined([Token(_normal(m.group().lower()), m.start(), m.end()) for m in _WORD.finditer(text)])


def _joined(tokens: list[Token]) -> list[Token]:
    """Tokens with contractions that are set members joined again ("it" + "'s" -> "it's")."""
    joined: list[Token] = []
    for token in tokens:
        previous = joined[-1] if joined else None
        if previous and token.lower.startswith("'") and previous.end == token.start \
                and previous.lower + token.lower in _index():
            joined[-1] = previous._replace(lower=previous.lower + token.lower, end=token.end)
        else:
            joined.append(token)
    return joined


def _normal(word: str) -> str:
    return word.replace("’", "'")


@lru_cache(maxsize=1)
def _phrases() -> tuple[Phrases, list[tuple[str, str, frozenset[str]]]]:
    """The wrong phrases as one trie regex, and (replacement, why) for each."""
    entries = [
        (wrong, right, group["why"], frozenset(group.get("not_before", ())))
        for group in _load(_PHRASES_FILE)["groups"].values()
        for wrong, right in group["phrases"].items()
    ]
    return Phrases([wrong for wrong, *_ in entries]), [(right, why, not_before) for _, right, why, not_before in entries]


def wrong_phrase(document, rule, ctx) -> Iterator[Hit]:
    """A phrase wrong as a whole ("in near future", "free reign"), with the right one."""
    return iter(_wrong_phrases(document))


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+|\d)")
_NUMBER = "<number>"  # in a group's `not_before`: any figure


def _wrong_phrases(document) -> list[Hit]:
    """CF002's hits, found once per document."""
    cached = document.cache.get(_PHRASES_FILE)
    if cached is not None:
        return cached
    phrases, replacements = _phrases()
    hits = []
    for block in document.blocks:
        for match in phrases.regex.finditer(document.text, block.start, block.end):
            right, why, not_before = replacements[phrases.index(match.group())]
            following = _NEXT_WORD.match(document.text, match.end())
            word = following.group(1).lower() if following else ""
            if word in not_before or word[:1].isdigit() and _NUMBER in not_before:
                continue  # "would of course be": a modal and an aside; "160 in favour to 1 against": a tally
            expected = match_case(match.group(), right)
            hits.append(Hit(match.start(), match.end(), {"expected": expected, "why": why}, (expected,)))
    document.cache[_PHRASES_FILE] = hits
    return hits
