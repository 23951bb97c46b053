"""Text matching shared by rules and analyses: the spans a scope covers, and phrase lists
compiled into one whole-word trie regex."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from paperlint.document import Document


def segments(document: Document, scope: str) -> Iterator[tuple[int, int]]:
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


class Phrases:
    """A set of literal phrases matched as whole words by one regex built as a trie.

    Runs of spaces in a phrase match any whitespace and ' matches ’. The trie shares common
    prefixes, so each position of the text tries a few branches instead of every phrase.
    """

    def __init__(self, phrases: Iterable[str], ignorecase: bool = True, possessive: bool = False):
        self.phrases = list(phrases)
        self.ignorecase = ignorecase
        trie: dict[str, Any] = {}
        self._index: dict[str, int] = {}
        for index, phrase in enumerate(self.phrases):
            self._index.setdefault(self._key(phrase), index)
            node = trie
            for atom in self._atoms(phrase):
                node = node.setdefault(atom, {})
            node[""] = {}
        self.body = _trie_pattern(trie) if self.phrases else "(?!)"  # the phrases, not yet as whole words
        # With `possessive`, a phrase also matches before "'s" or a bare apostrophe ("Vietnam's").
        end = r"(?=['’]s?(?![\w'’])|(?![\w'’]))" if possessive else r"(?![\w'’])"
        self.regex = re.compile(rf"(?<![\w'’-])(?:{self.body}){end}", re.IGNORECASE if ignorecase else 0)

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


def phrases_regex(phrases: Iterable[str], ignorecase: bool = True) -> re.Pattern[str]:
    """The whole-word regex of `Phrases(phrases, ignorecase)`."""
    return Phrases(phrases, ignorecase).regex


def _trie_pattern(node: dict[str, Any]) -> str:
    """The regex of a trie; runs of single-child nodes are joined without recursing, so the
    depth is the number of branch points, not the length of the longest phrase."""
    prefix = ""
    while len(node) == 1 and "" not in node:
        ((atom, node),) = node.items()
        prefix += atom
    branches = [atom + _trie_pattern(child) for atom, child in node.items() if atom != ""]
    if not branches:
        return prefix
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return prefix + (f"(?:{body})?" if "" in node else body)


# Three or more capitalised items in a comma list that ends with "and" or "or": "Tavuli, Mbeka-Ro
# and Sonje", "BP, Chevron, Shell and many more" (a signature, "Ana Ruiz, Adviser, PAHO", is not a
# list). A list never runs across a line break.
_NAME_ITEM = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"
_LAST_SEPARATOR = r"[ \t]*,?[ \t]*(?:and|or)[ \t]+"
_LIST_SEPARATOR = rf"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|{_LAST_SEPARATOR}"
_NAME_LIST = re.compile(
    rf"{_NAME_ITEM}(?:[ \t]*,[ \t]*{_NAME_ITEM})+(?:(?:{_LAST_SEPARATOR}){_NAME_ITEM}|(?={_LAST_SEPARATOR}[a-z]|,?[ \t]*etc\b))"
)


def name_list_at(text: str, start: int, end: int) -> list[str]:
    """The items of the list of three or more capitalised names the span lies in, or []."""
    window = max(0, start - 200)
    for match in _NAME_LIST.finditer(text, window, min(len(text), end + 200)):
        if match.start() <= start and end <= match.end():
            return [item for item in re.split(_LIST_SEPARATOR, match.group()) if item]
    return []
