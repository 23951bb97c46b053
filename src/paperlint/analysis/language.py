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
    """(start, end) of each sentence in another language (computed once): of its words, three or
    more are grammar words of another language or spelt with letters English does not use, and
    they outnumber its English grammar words twice over ("Sir Galt veut aussi faire des États-Unis
    notre principal partenaire"; not "Norland joins the Organisation internationale de la
    Francophonie"). Beside such a sentence in its paragraph, two such words (names included) and no
    English grammar word are enough ("Nous devons avoir une union fédérale.", "La Colonie de la
    Rivière Rouge doit rester au Canada.")."""
    if CACHE_KEY not in document.cache:
        sentences = document.sentences
        counts = [_grammar_words(document.text[s.start : s.end]) for s in sentences]
        foreign = [len(words) >= _MIN_WORDS and other >= 3 and other > 2 * english for words, other, english, _ in counts]
        lenient = [len(words) >= _MIN_WORDS and other + names >= 2 and not english for words, other, english, names in counts]
        grown = True
        while grown:  # a run of short sentences beside a long one
            grown = False
            for i, sentence in enumerate(sentences):
                if not foreign[i] and lenient[i] and any(
                        foreign[j] and sentences[j].block is sentence.block for j in (i - 1, i + 1) if 0 <= j < len(sentences)):
                    foreign[i] = grown = True
        document.cache[CACHE_KEY] = [(s.start, s.end) for s, found in zip(sentences, foreign) if found]
    found: list[tuple[int, int]] = document.cache[CACHE_KEY]
    return found


def _grammar_words(sentence: str) -> tuple[list[str], int, int, int]:
    """The sentence's lower-case words (and its first word, lowered, when it is another language's
    grammar word: "Nous …"), how many are another language's or spelt with letters English does not
    use, how many are English grammar words, and how many capitalised words have such letters."""
    found = _WORD.findall(sentence)
    words = [w for w in found if w[0].islower()]
    if found and found[0][0].isupper() and found[0].lower() in other_grammar_words():
        words.append(found[0].lower())
    other = sum(1 for w in words if w in other_grammar_words() or not w.isascii())
    english = sum(1 for w in words if w in english_grammar_words())
    return words, other, english, sum(1 for w in found if w[0].isupper() and not w.isascii())


@lru_cache(maxsize=1)
def english_grammar_words() -> frozenset[str]:
    """English closed-class words that no other language common in papers uses as its own."""
    return frozenset(builtin_list("function-words", "english"))


@lru_cache(maxsize=1)
def other_grammar_words() -> frozenset[str]:
    """Grammar words of other languages (French, Spanish, German…) that are no English words."""
    return frozenset(builtin_list("function-words", "other-languages"))
