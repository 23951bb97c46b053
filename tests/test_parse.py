"""The shared spaCy parse: the trimmed pipeline gives the tags, parts of speech and dependencies
of the model's whole pipeline (less NER and lemmas), and parses only what callers ask for."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from paperlint.analysis.parse import MODELS, PartsOfSpeech, _year_after_its_part, load_pipeline, parsed_sentences
from tests.conftest import EXAMPLES, ROOT, document_from
from tests.evaluation import unmark

DATA = ROOT / "tests" / "data"


def _analysis(doc) -> list[tuple[str, str, str, str, int]]:
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i) for t in doc]


def _sentences_of_every_kind() -> list[str]:
    """Every sentence of the examples and of the evaluation sets (thousands, in many shapes)."""
    texts = [
        "But it's the States' role; that's what they'd said, isn't it?",
        "The U.N. hasn't got a ship, so it can't sail there.",
        "There are  two spaces here,\nand a line break; there is more.",
    ]
    for path in sorted(EXAMPLES.glob("*.txt")):
        document = document_from(path.read_text(encoding="utf-8"))
        texts += [document.text[s.start : s.end] for s in document.sentences]
    for path in sorted((DATA).rglob("*.yml")):
        texts += [t for t in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))) if " " in t]
    for path in sorted(DATA.rglob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [unmark(line)[0] for line in lines if " " in line and not line.startswith("#")]
    return texts


def _strings(data) -> list[str]:
    if isinstance(data, str):
        return [unmark(data)[0]]
    if isinstance(data, dict):
        data = list(data.values())
    return [s for item in data for s in _strings(item)] if isinstance(data, list) else []


def test_parts_of_speech_equal_the_whole_attribute_ruler():
    import spacy

    nlp = load_pipeline()
    assert nlp is not None
    assert isinstance(nlp.get_pipe("attribute_ruler"), PartsOfSpeech)
    whole = next(spacy.load(name, exclude=["ner", "lemmatizer"]) for name in MODELS if spacy.util.is_package(name))
    _year_after_its_part(whole)  # the same tokens ("mid-2023" split), so only the ruler differs
    texts = _sentences_of_every_kind()
    assert len(texts) > 1500
    for ours, theirs in zip(nlp.pipe(texts), whole.pipe(texts), strict=True):
        assert _analysis(ours) == _analysis(theirs), ours.text


def test_only_wanted_sentences_are_parsed_and_each_once():
    document = document_from("Japan signed the treaty in 2012. It ratified it later. Peru abstained.")
    first = parsed_sentences(document, lambda text: "2012" in text)
    assert first is not None
    assert [doc is not None for _, doc in first] == [True, False, False]
    again = parsed_sentences(document, lambda text: True)
    assert again is not None and again[0][1] is first[0][1]  # the parse is shared, not redone
    assert all(doc is not None for _, doc in again)


def test_a_rule_finds_the_same_alone_as_in_the_whole_run():
    # A check reads every sentence parsed for the paper, so the parse must not depend on which
    # checks were selected (stop 35: GR003 found an agreement slip in a sentence CN011 had asked
    # for, and nothing when run alone).
    from paperlint.engine.registry import load_rules
    from paperlint.engine.runner import run_rules

    text = "Over the last decade, climate change have severely affected the coastal towns of Norland."
    alone = [f.text for f in run_rules(document_from(text), [r for r in load_rules() if r.code == "GR003"])]
    whole = [f.text for f in run_rules(document_from(text), load_rules()) if f.code == "GR003"]
    assert alone == whole == ["have"]


def test_a_pattern_the_compiled_ruler_cannot_read_is_refused():
    import spacy

    with pytest.raises(ValueError, match="SHAPE"):
        PartsOfSpeech(spacy.blank("en").vocab, [([[{"SHAPE": "Xxxx"}]], "PROPN", 0)])


def test_a_runs_checks_are_parsed_in_one_batch_a_paper(monkeypatch):
    """Checks marked with `parses_when` are parsed ahead, together: one nlp.pipe call a paper."""
    from paperlint.engine.registry import load_rules
    from paperlint.engine.runner import run_rules

    nlp = load_pipeline()
    calls: list[int] = []
    pipe = nlp.pipe

    def counted(texts, **options):
        texts = list(texts)
        calls.append(len(texts))
        return pipe(texts, **options)

    monkeypatch.setattr(nlp, "pipe", counted)
    rules = [rule for rule in load_rules() if rule.enabled and "grammar" not in rule.needs]
    marked = [r.code for r in rules if r.kind.name == "python" and hasattr(r.params.function, "parse_when")]
    assert {"CF001", "CN011", "CN012", "GR003", "GR004"} <= set(marked)
    run_rules(document_from((EXAMPLES / "belgium.txt").read_text(encoding="utf-8")), rules)
    assert len(calls) == 1 and calls[0] > 0


def test_dated_events_are_parsed_only_when_a_check_needs_them():
    """FC001 offline cannot contradict a dated event, and CN017 needs the events only for a
    statistic: a paper without one parses nothing for them. CN010 reads the parse of its claims
    (their denied deeds), so like every check that reads it, it has the paper parsed ahead."""
    from paperlint.analysis.parse import CACHE_KEY
    from paperlint.engine.registry import load_rules
    from paperlint.engine.runner import run_rules

    rules = [rule for rule in load_rules() if rule.code in {"FC001", "CN017"}]
    plain = document_from("Chile signed the Paris Agreement in 2016. The 2010 earthquake hit the coast hard.")
    run_rules(plain, rules)
    assert not any(plain.cache.get(CACHE_KEY, {}).values())
    claim = document_from("The 2010 earthquake hit the coast hard. Chile has had no earthquakes in the last 5 years.")
    run_rules(claim, [rule for rule in load_rules() if rule.code == "CN010"])
    assert any(claim.cache.get(CACHE_KEY, {}).values())


def test_the_pipeline_loads_without_spacys_command_line_which_stays_importable():
    """spaCy's own import pulls in its command line (typer, requests) only to export `spacy.info`;
    the pipeline loads without it, and `spacy.cli` and `spacy.info` still work after."""
    script = (
        "import sys\n"
        "from paperlint.analysis.parse import load_pipeline\n"
        "assert load_pipeline() is not None\n"
        "assert 'spacy.cli' not in sys.modules and 'requests' not in sys.modules, sorted(sys.modules)\n"
        "import spacy, spacy.cli\n"
        "assert callable(spacy.cli.download) and isinstance(spacy.info(), dict)\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr

