"""Sentences written in another language than English: the French passages of a paper for a
bilingual committee are no English to check. By their grammar words, from the shipped lists
(rules/vocabularies/english and other-languages/function-words.txt)."""

from __future__ import annotations

import re
from functools import lru_cache

from paperlint.document import Document
from paperlint.wordlists import builtin_list

CACHE_KEY = "language.foreign"
# A sentence shorter than this says too little about its language.
_MIN_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def foreign_sentences(document: Document) -> list[tuple[int, int]]:
    """(start, end) of each sentence in another language (computed once): of its lower-case
    words, three or more are grammar words of another language or spelt with letters English
    does not use, and they outnumber its English grammar words twice over ("Sir Galt veut aussi
    faire des États-Unis notre principal partenaire"; not "Norland joins the Organisation
    internationale de la Francophonie")."""
    if CACHE_KEY not in document.cache:
        document.cache[CACHE_KEY] = [
            (s.start, s.end) for s in document.sentences if _in_another_language(document.text[s.start : s.end])
        ]
    found: list[tuple[int, int]] = document.cache[CACHE_KEY]
    return found


def _in_another_language(sentence: str) -> bool:
    words = [w for w in _WORD.findall(sentence) if w[0].islower()]
    if len(words) < _MIN_WORDS:
        return False
    other = sum(1 for w in words if w in other_grammar_words() or not w.isascii())
    english = sum(1 for w in words if w in english_grammar_words())
    return other >= 3 and other > 2 * english


@lru_cache(maxsize=1)
def english_grammar_words() -> frozenset[str]:
    """English closed-class words that no other language common in papers uses as its own."""
    return frozenset(builtin_list("function-words", "english"))


@lru_cache(maxsize=1)
def other_grammar_words() -> frozenset[str]:
    """Grammar words of other languages (French, Spanish, German…) that are no English words."""
    return frozenset(builtin_list("function-words", "other-languages"))
