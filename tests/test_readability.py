"""Readability: textstat's scores offline from the packaged CMU dictionary, without importing
textstat or NLTK; lengths, passive voice, the grade band, `paperlint stats` and the JSON report's
figures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from paperlint.analysis.readability import (
    cmu_dictionary,
    length_distribution,
    passive_phrase,
    prose_blocks,
    readability,
    syllables,
    text_scores,
)
from paperlint.analysis.stats import PaperStats, paper_stats
from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from paperlint.findings import Severity
from tests.conftest import EXAMPLES, document_from, findings_for

SAMPLE = (
    "Cyberattacks on hospitals threaten essential services in every region. In 2015 a group of "
    "governmental experts agreed on eleven voluntary norms of responsible behaviour. Japan ratified "
    "the Budapest Convention on Cybercrime in 2012 and supports international cooperation. "
    "Unfamiliar words such as zqxwvy and cyberresilience fall back to hyphenation."
)
SCORES = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "dale_chall")

# Refuses every connection: run first in a child process.
BLOCK_NETWORK = textwrap.dedent(
    """
    import socket
    def refuse(*args, **kwargs):
        raise OSError("network blocked by the test")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    """
)


def _run_child(code: str, env: dict) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_NETWORK + textwrap.dedent(code)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def offline_env(tmp_path):
    """An environment with an empty NLTK data folder and a fresh home."""
    home, nltk_data = tmp_path / "home", tmp_path / "nltk_data"
    home.mkdir()
    nltk_data.mkdir()
    env = {**os.environ, "HOME": str(home), "NLTK_DATA": str(nltk_data), "PYTHONPATH": os.pathsep.join(sys.path)}
    return env, home, nltk_data


def _prose_texts(name: str) -> tuple[str, list[str]]:
    """The prose of an example paper as one text (as the paper is scored) and paragraph by paragraph."""
    document = document_from((EXAMPLES / name).read_text(encoding="utf-8"))
    paragraphs = [document.text[b.start : b.end] for b in prose_blocks(document)]
    return "\n\n".join(paragraphs), paragraphs


def test_scores_offline_equal_untouched_textstat_reading_the_same_dictionary_through_nltk(offline_env, tmp_path):
    env, home, nltk_data = offline_env
    texts = [SAMPLE, "", "Yes. No!", "Don't stop; it's the States' 'own' choice... e.g. U.N.-led re-election"]
    for name in ("belgium.txt", "control.txt"):
        paper, paragraphs = _prose_texts(name)
        texts += [paper, *paragraphs]
    ours = _run_child(
        f"""
        import json, sys
        from paperlint.analysis.readability import text_scores
        print(json.dumps([text_scores(text) for text in {texts!r}]))
        assert not {{"textstat", "nltk", "scipy"}} & set(sys.modules), "imported textstat, NLTK or SciPy"
        """,
        env,
    )
    # Nothing was downloaded or written to the home folder or the NLTK data folder.
    assert not list(home.iterdir()) and not list(nltk_data.iterdir())

    # textstat's normal path: NLTK finds corpora/cmudict in its data folder. Give it the same
    # dictionary, written in NLTK's corpus format, and leave textstat untouched.
    corpus = tmp_path / "reference" / "corpora" / "cmudict"
    corpus.mkdir(parents=True)
    dictionary = cmu_dictionary()
    with open(corpus / "cmudict", "w", encoding="utf-8") as handle:
        for word in dictionary:
            for number, phones in enumerate(dictionary[word], 1):
                handle.write(f"{word.upper()} {number} {' '.join(phones)}\n")
    reference = _run_child(
        f"""
        import json, textstat
        print(json.dumps([{{
            "flesch_reading_ease": textstat.flesch_reading_ease(text),
            "flesch_kincaid_grade": textstat.flesch_kincaid_grade(text),
            "gunning_fog": textstat.gunning_fog(text),
            "smog_index": textstat.smog_index(text),
            "dale_chall": textstat.dale_chall_readability_score(text),
        }} for text in {texts!r}]))
        """,
        {**env, "NLTK_DATA": str(tmp_path / "reference")},
    )
    assert all(set(scores) == set(SCORES) for scores in ours)
    for text, mine, theirs in zip(texts, ours, reference, strict=True):
        assert mine == pytest.approx(theirs, abs=1e-9), text[:60]


@pytest.mark.parametrize("name", ["belgium.txt", "control.txt"])
def test_paper_and_paragraph_scores_are_those_of_their_texts(name):
    paper, paragraphs = _prose_texts(name)
    figures = readability(document_from((EXAMPLES / name).read_text(encoding="utf-8")))
    for scores, text in [(figures.paper, paper), *zip((s for _, s in figures.paragraphs), paragraphs, strict=True)]:
        assert {key: getattr(scores, key) for key in SCORES} == pytest.approx(text_scores(text), abs=1e-9)


def test_syllables_come_from_the_cmu_dictionary_with_hyphenation_for_unknown_words():
    assert cmu_dictionary()["international"][0] == "IH2 N T ER0 N AE1 SH AH0 N AH0 L".split()
    assert syllables("international") == 5
    assert syllables("cyberresilience") >= 4  # not in the dictionary: Pyphen


def test_small_text_scores_match_the_formulas_by_hand():
    # 2 sentences and 12 words; syllables counted here from the CMU entries directly.
    text = "The treaty entered into force. Japan signed it in two thousand twelve."
    words, sentences = 12, 2
    syllables = sum(
        sum(p[-1].isdigit() for p in cmu_dictionary()[w.lower()][0]) for w in text.replace(".", "").split()
    )
    scores = text_scores(text)
    assert scores["flesch_reading_ease"] == pytest.approx(
        206.835 - 1.015 * words / sentences - 84.6 * syllables / words
    )
    assert scores["flesch_kincaid_grade"] == pytest.approx(0.39 * words / sentences + 11.8 * syllables / words - 15.59)


def test_belgium_sentence_lengths_agree_with_rd001_and_its_grade_is_reported():
    document = document_from((EXAMPLES / "belgium.txt").read_text(encoding="utf-8"))
    figures = readability(document)
    long_ones = sorted(n for n in figures.sentence_lengths if n > 40)
    assert long_ones == [45, 58]
    assert figures.paper.longest_sentence_words == 58
    rd001 = findings_for((EXAMPLES / "belgium.txt").read_text(encoding="utf-8"), "RD001")
    assert [int(f.message.split()[3]) for f in rd001] == [58]  # 45 words is long but readable
    assert 16 < figures.paper.flesch_kincaid_grade < 18
    grade = findings_for((EXAMPLES / "belgium.txt").read_text(encoding="utf-8"), "RD004")
    assert len(grade) == 1 and grade[0].severity == Severity.WARNING
    assert f"grade {figures.paper.flesch_kincaid_grade:.1f} is above the target band 12–16" in grade[0].message
    assert grade[0].text == "Belgium's standoff with Terrorism"  # the title, not the "top of page" debris
    assert "Gunning fog" in grade[0].details[0]


def test_scores_leave_out_headings_header_lines_and_sources():
    paper = (
        "Committee: General Assembly First Committee\nCountry: Japan\n\nTopic Background\n\n"
        "Japan supports cooperation. It shares information with its partners.\n\n"
        "Sources\n\nNational Audit Office. (2018). Investigation: WannaCry cyber attack and the NHS. https://www.nao.org.uk/\n"
    )
    figures = readability(document_from(paper))
    assert figures.paper.words == 9 and figures.paper.sentences == 2
    assert len(figures.paragraphs) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The treaty was signed in 2001.", "was signed"),
        ("Measures were quickly taken by the police.", "were quickly taken"),
        ("The report has been written by experts.", "been written"),
        ("Japan is committed to the treaty.", None),
        ("Japan signed the treaty.", None),
    ],
)
def test_passive_phrase(sentence, expected):
    document = document_from(sentence)
    assert passive_phrase(document, document.sentences[0]) == expected


def _rule(code, **options):
    rule = next(r for r in load_rules() if r.code == code)
    return rule.with_options(options, "test") if options else rule


def test_dense_passive_voice_flags_paragraphs_and_the_paper_with_configurable_shares():
    passive = "The treaty was signed. It was ratified by forty States. Its protocol was adopted later."
    active = "Japan signed the treaty. Forty States ratified it. They adopted its protocol later."
    document = document_from(f"Passive Voice\n\n{passive}\n\n{active}")
    hits = run_rules(document, [_rule("RD003")])
    assert [h.text for h in hits] == [passive]
    assert hits[0].message.startswith("3 of 3 sentences in this paragraph are in the passive voice (100%")
    assert "was signed, was ratified, was adopted" in hits[0].details[0]
    # The paper has 6 sentences, half passive: flagged once the paper minimum is lowered.
    hits = run_rules(document, [_rule("RD003", min_paper_sentences=6, max_paragraph_share=1.0)])
    assert [(h.text, h.message[:34]) for h in hits] == [("Passive Voice", "3 of 6 sentences in the paper are ")]
    assert not run_rules(document, [_rule("RD003", max_paragraph_share=1.0)])


def test_grade_below_the_band_is_an_info_finding_and_the_band_is_configurable():
    simple = " ".join(["Japan has a plan. It is good. We like it. It will help."] * 10)
    document = document_from(simple)
    hits = run_rules(document, [_rule("RD004")])
    assert len(hits) == 1 and hits[0].severity == Severity.INFO and "below the target band" in hits[0].message
    assert not run_rules(document, [_rule("RD004", min_grade=-5.0)])
    assert not run_rules(document, [_rule("RD004", min_words=1000)])


def test_length_distribution_buckets():
    assert length_distribution([1, 10, 11, 20, 35, 40, 41, 58]) == {
        "1-10": 2, "11-20": 2, "21-30": 0, "31-40": 2, "41+": 2,
    }


def test_paper_stats_is_plain_data():
    document = document_from((EXAMPLES / "control.txt").read_text(encoding="utf-8"))
    typed = paper_stats(document)
    stats = json.loads(json.dumps(typed.to_dict()))
    assert PaperStats.from_dict(stats).to_dict() == stats  # what the result cache stores and reads back
    assert set(stats) == {"scores", "sentence_lengths", "passive_sentences", "paragraphs", "structure"}
    assert 12 <= stats["scores"]["flesch_kincaid_grade"] <= 16
    assert sum(stats["sentence_lengths"]["distribution"].values()) == stats["scores"]["sentences"]
    assert len(stats["paragraphs"]) == 4
    assert all(item["ok"] for item in stats["structure"]["items"])


def test_stats_command_for_one_paper(run_cli):
    code, out, err = run_cli("stats", EXAMPLES / "belgium.txt")
    assert code == 0, err
    assert "Flesch–Kincaid grade  16.6" in out
    assert "mean 27.3, median 24.5, longest 58" in out
    assert "41+    2" in out
    assert "MISSING  section: Proposed Solutions" in out
    assert "ok       section: Country Policy" in out


def test_stats_command_table_for_several_papers_and_json(run_cli):
    code, out, _ = run_cli("stats", EXAMPLES / "belgium.txt", EXAMPLES / "control.txt")
    assert code == 0
    rows = [line for line in out.splitlines() if line.strip().startswith(str(EXAMPLES))]
    assert len(rows) == 2 and rows[0].split()[-1] == "5/10" and rows[1].split()[-1] == "10/10"
    code, out, _ = run_cli("stats", "--format", "json", "--profile", "nmun", EXAMPLES / "control.txt")
    stats = json.loads(out)[str(EXAMPLES / "control.txt")]
    assert stats["structure"]["profile"] == "nmun"
    assert [i["label"] for i in stats["structure"]["items"] if not i["ok"]] == ["header: School"]


def test_stats_command_errors_are_one_line(run_cli, tmp_path):
    code, out, err = run_cli("stats", tmp_path / "missing.txt")
    assert code == 2 and err.count("\n") == 1 and "no such file" in err


def test_json_report_has_stats_per_file(run_cli):
    code, out, _ = run_cli("check", "--select", "RD001", "--output-format", "json", EXAMPLES / "belgium.txt")
    stats = json.loads(out)["files"][0]["stats"]
    assert stats["sentence_lengths"]["longest"] == 58
    assert stats["scores"]["flesch_kincaid_grade"] == pytest.approx(16.6, abs=0.05)


def test_stats_tables_render_with_rich():
    import io

    from rich.console import Console

    from paperlint.reporters.stats import paper_tables, render_rich

    document = document_from((EXAMPLES / "belgium.txt").read_text(encoding="utf-8"))
    buffer = io.StringIO()
    render_rich(paper_tables("belgium.txt", paper_stats(document)), Console(file=buffer, width=160, color_system=None))
    out = buffer.getvalue()
    assert "Flesch–Kincaid grade" in out and "16.6" in out
    assert "MISSING" in out and "section: Proposed Solutions" in out
