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
# A phrase inside a sentence ends at punctuation, a bracket, a quotation mark or a line end.
_PHRASE_EDGE = re.compile(r"[.,;:!?()\[\]\"“”«»\n]")
_PHRASE_REACH = 150
# Grammar words of other languages that English writes in names too ("Rio de Janeiro", "La Paz"):
# not enough for a sentence, but two in one phrase mark it.
_NAME_GRAMMAR_WORDS = frozenset({"de", "la", "da", "di"})
# An article or preposition elided before a vowel: "d’embarquement", "l’Union", "dell’Ambiente".
_ELIDED = re.compile(r"(?:d|l|qu|dell|all|nell|sull)['’][^\W\d_]", re.IGNORECASE)


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


def in_another_language(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a phrase of another language inside an English sentence,
    a name mostly: the run of words around it, up to punctuation or an English grammar word, holds
    two or more grammar words of another language, elided articles and "de", "la" included ("the
    Comité National de Lutte contre le Paludisme in", "(Vieux quartier des pêcheurs de
    Libreville,"; not "Rio de Janeiro")."""
    opening = max(0, start - _PHRASE_REACH)
    edges = list(_PHRASE_EDGE.finditer(text, opening, start))
    opening = edges[-1].end() if edges else opening
    closing = _PHRASE_EDGE.search(text, end, end + _PHRASE_REACH)
    run: list[str] = []
    for word in _WORD.finditer(text, opening, closing.start() if closing else min(len(text), end + _PHRASE_REACH)):
        lower = word.group().lower()
        if lower in english_grammar_words():
            if word.start() >= end:
                break
            run = []
        else:
            run.append(lower)
    return sum(1 for w in run if w in other_grammar_words() or w in _NAME_GRAMMAR_WORDS or _ELIDED.match(w)) >= 2


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
