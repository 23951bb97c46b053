"""Speech written as spoken: words whose apostrophe stands for letters left out ("sanction’d",
"toge’er", "o’er", "‘cross"), which spelling and grammar checks must not read as slips, and
whether a whole paper is written so (`written_as_spoken`)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from paperlint.analysis.events import wordnet
from paperlint.wordlists import cmu_dictionary

_ELISION_MARKS = "’'‘"
_SPOKEN_WORD = re.compile(r"[‘’']?[A-Za-z]+(?:[’'][A-Za-z]+)*")
_CONTRACTED = {"s", "ll", "ve", "re", "m", "t"}  # what follows the apostrophe of a possessive or a contraction
_PRONOUNS = {"i", "you", "he", "she", "it", "we", "they"}  # what a contraction's apostrophe follows


def elided_word(text: str, start: int, end: int) -> bool:
    """True when the word around `start`–`end` has an apostrophe, at its start or inside it,
    for letters left out that the dictionary gives back (one to three of them)."""
    begin = start
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in _ELISION_MARKS):
        begin -= 1
    word = _SPOKEN_WORD.match(text, begin)
    if word is None or word.end() < end:
        return False
    written = word.group()
    parts = re.split(r"[’'‘]", written.lower())
    if len(parts) < 2 or parts[-1] in _CONTRACTED or parts[0] in _PRONOUNS:
        return False  # no apostrophe, a possessive or a contraction ("i’ll", "we’r" are slips)
    return all(_restores(before, after) for before, after in zip(parts, parts[1:])) and len("".join(parts)) >= 2


def _restores(before: str, after: str) -> bool:
    """True when a dictionary word is `before`, one to three letters, then `after`."""
    reverse = len(after) > len(before)  # look the word up by its longer known end
    key = after[::-1] if reverse else before
    words = _sorted_dictionary(reverse)
    index = bisect.bisect_left(words, key)
    while index < len(words) and words[index].startswith(key):
        word = words[index][::-1] if reverse else words[index]
        if 1 <= len(word) - len(before) - len(after) <= 3 and word.startswith(before) and word.endswith(after) \
                and dictionary_word(word):
            return True
        index += 1
    return False


@lru_cache(maxsize=2)
def _sorted_dictionary(reverse: bool) -> list[str]:
    """The dictionary's words, sorted as written or, with `reverse`, each written backwards."""
    return sorted(word[::-1] if reverse else word for word in cmu_dictionary() if word.isalpha())


def dictionary_word(word: str) -> bool:
    """True when the CMU dictionary or WordNet lists the word (lower case)."""
    lexicon = wordnet()
    return word in cmu_dictionary() or (lexicon is not None and lexicon.lists(word))


# What a French or Italian elision opens with ("d’une", "l’Est", "qu’ils"): another language, not speech.
_OTHER_LANGUAGE_OPENINGS = frozenset({"l", "d", "n", "c", "qu", "m", "s", "j", "t", "dell", "nell", "all", "sull"})
# A word with the apostrophes inside it or after it ("toge’er", "sailin’", "th’").
_WORD_AND_MARKS = re.compile(r"(?<![\w’'‘])[A-Za-z]+(?:[’'‘][A-Za-z]+)*[’'‘]?(?![A-Za-z])")


def _elided(text: str, word: re.Match[str]) -> bool:
    """Whether a word's apostrophe inside it or at its end stands for letters left out ("o’er",
    "sailin’", "th’"); not another language's elision ("d’une")."""
    parts = re.split(r"[’'‘]", word.group().lower())
    if len(parts) < 2 or parts[0] in _OTHER_LANGUAGE_OPENINGS:
        return False
    if parts[-1] == "":  # at its end: a dropped "g", "e", "f" or "d" ("sailin’", "th’", "o’", "an’")
        return len(parts) == 2 and _restores(parts[0], "")
    return elided_word(text, word.start(), word.end())


_SPOKEN_MIN_COUNT, _SPOKEN_MIN_SHARE = 10, 0.02
_CACHE_KEY = "elision.spoken"


def written_as_spoken(text: str, cache: dict[str, Any]) -> str | None:
    """The evidence that a paper is written as spoken throughout (a pirate's or a sailor's speech:
    "Durin’ th’ war, me wents…"): ten words or more, and one word in fifty, whose apostrophe inside
    or at the end stands for letters left out; None otherwise (computed once per paper)."""
    if _CACHE_KEY not in cache:
        words = list(_WORD_AND_MARKS.finditer(text))
        spoken = [w.group() for w in words if _elided(text, w)]
        enough = len(spoken) >= _SPOKEN_MIN_COUNT and len(spoken) >= _SPOKEN_MIN_SHARE * len(words)
        examples = ", ".join(f"“{word}”" for word in list(dict.fromkeys(spoken))[:3])
        cache[_CACHE_KEY] = f"{len(spoken)} words such as {examples}" if enough else None
    found: str | None = cache[_CACHE_KEY]
    return found


def spoken_voice(spoken: str) -> str:
    """What a note on a paper written as spoken says of its voice."""
    return f"The paper is written as spoken ({spoken}): its spelling and grammar may be the character's voice."
