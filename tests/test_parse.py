"""The shared spaCy parse: the trimmed pipeline gives the tags, parts of speech and dependencies
of the model's whole pipeline (less NER and lemmas), and parses only what callers ask for."""

from __future__ import annotations

from paperlint.analysis.parse import MODELS, load_pipeline, parsed_sentences
from tests.conftest import EXAMPLES, document_from


def _analysis(doc) -> list[tuple[str, str, str, str, int]]:
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i) for t in doc]


def test_parts_of_speech_equal_the_whole_attribute_ruler():
    import spacy

    nlp = load_pipeline()
    assert nlp is not None
    whole = next(spacy.load(name, exclude=["ner", "lemmatizer"]) for name in MODELS if spacy.util.is_package(name))
    assert len(nlp.get_pipe("attribute_ruler").patterns) < len(whole.get_pipe("attribute_ruler").patterns)
    document = document_from((EXAMPLES / "belgium.txt").read_text(encoding="utf-8"))
    texts = [document.text[s.start : s.end] for s in document.sentences] + [
        "But it's the States' role; that's what they'd said, isn't it?",
        "The U.N. hasn't got a ship, so it can't sail there.",
    ]
    for ours, theirs in zip(nlp.pipe(texts), whole.pipe(texts), strict=True):
        assert _analysis(ours) == _analysis(theirs)


def test_only_wanted_sentences_are_parsed_and_each_once():
    document = document_from("Japan signed the treaty in 2012. It ratified it later. Peru abstained.")
    first = parsed_sentences(document, lambda text: "2012" in text)
    assert first is not None
    assert [doc is not None for _, doc in first] == [True, False, False]
    again = parsed_sentences(document, lambda text: True)
    assert again is not None and again[0][1] is first[0][1]  # the parse is shared, not redone
    assert all(doc is not None for _, doc in again)
