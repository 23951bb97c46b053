"""Rule kinds: each module here defines one `Kind`, found by discovery, not by a list.

A kind turns a rule's parameters into `Hit`s over a document. The runner turns hits into
findings (location, message, severity, suppression), so kinds never format output.
"""

from __future__ import annotations

import dataclasses
import pkgutil
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from paperlint.engine import params
from paperlint.findings import Severity

if TYPE_CHECKING:
    from paperlint.document import Document
    from paperlint.context import RunContext
    from paperlint.engine.registry import Rule


@dataclass(frozen=True)
class Hit:
    """A span a rule flags. `values` fill the message; `found` is added by the runner."""

    start: int
    end: int
    values: dict[str, Any] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    severity: Severity | None = None
    engine_rule: str | None = None
    safe: bool = True  # False: the suggestion needs a human look, --fix leaves it alone


class Kind:
    """Base class for a rule kind; subclasses set the class attributes and `check`."""

    name: str = ""
    Params: type = type(None)
    DEFAULT_SCOPE = "block"
    PLACEHOLDERS: tuple[str, ...] = ("found",)

    def check(self, document: "Document", rule: "Rule", ctx: "RunContext") -> Iterable[Hit]:
        """Hits of `rule` on `document`, in the run described by `ctx`."""
        raise NotImplementedError

    def override(self, current: Any, overrides: dict[str, Any], where: str) -> Any:
        merged = {f.name: getattr(current, f.name) for f in dataclasses.fields(current)}
        merged.update(overrides)
        return params.build(self.Params, merged, where)


def segments(document: "Document", scope: str) -> Iterator[tuple[int, int]]:
    """The (start, end) spans of `document` that a rule with this scope looks at."""
    if scope == "text":
        if document.blocks:
            yield document.blocks[0].start, document.blocks[-1].end
    elif scope == "sentence":
        for sentence in document.sentences:
            yield sentence.start, sentence.end
    else:
        for block in document.blocks:
            if scope == "block" or block.kind == scope or (
                scope == "paragraph" and block.kind != "heading"
            ):
                yield block.start, block.end


def match_case(found: str, replacement: str) -> str:
    """Give `replacement` the capitalisation of `found` when `found` starts a sentence."""
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


class Phrases:
    """A set of literal phrases matched as whole words by one regex built as a trie.

    Runs of spaces in a phrase match any whitespace and ' matches ’. The trie shares common
    prefixes, so each position of the text tries a few branches instead of every phrase.
    """

    def __init__(self, phrases: Iterable[str], ignorecase: bool = True):
        self.phrases = list(phrases)
        self.ignorecase = ignorecase
        trie: dict = {}
        self._index: dict[str, int] = {}
        for index, phrase in enumerate(self.phrases):
            self._index.setdefault(self._key(phrase), index)
            node = trie
            for atom in self._atoms(phrase):
                node = node.setdefault(atom, {})
            node[""] = {}
        body = _trie_pattern(trie) if self.phrases else "(?!)"
        self.regex = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’])", re.IGNORECASE if ignorecase else 0)

    def _key(self, text: str) -> str:
        key = re.sub(r"\s+", " ", text.strip()).replace("’", "'")
        return key.lower() if self.ignorecase else key

    def _atoms(self, phrase: str) -> list[str]:
        atoms: list[str] = []
        for number, word in enumerate(self._key(phrase).split(" ")):
            if number:
                atoms.append(r"\s+")
            atoms.extend("['’]" if char == "'" else re.escape(char) for char in word)
        return atoms

    def index(self, found: str) -> int:
        """Which phrase the matched text `found` is (index into `phrases`)."""
        return self._index[self._key(found)]


def phrases_regex(phrases: Iterable[str], ignorecase: bool = True) -> re.Pattern:
    """The whole-word regex of `Phrases(phrases, ignorecase)`."""
    return Phrases(phrases, ignorecase).regex


def _trie_pattern(node: dict) -> str:
    branches = [atom + _trie_pattern(child) for atom, child in node.items() if atom != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=None)
def kinds() -> dict[str, Kind]:
    found: dict[str, Kind] = {}
    for module_info in pkgutil.iter_modules(__path__):
        module = import_module(f"{__name__}.{module_info.name}")
        kind = getattr(module, "KIND", None)
        if isinstance(kind, Kind):
            found[kind.name] = kind
    return found
