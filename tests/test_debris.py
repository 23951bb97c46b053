"""Web debris (DB001, DB002): precision and recall on tests/data/debris.yml and
tests/data/debris_reader.yml (round 24), and the line scorer; mis-decoded text (DB003) on
tests/data/encodings.yml.

Run `python -m tests.test_debris` to print the figures and every mistake.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from tests.conftest import EXAMPLES, document_from
from tests.evaluation import Tally, unmark

DATA = Path(__file__).parent / "data" / "debris.yml"
READER = Path(__file__).parent / "data" / "debris_reader.yml"
GENERAL = Path(__file__).parent / "data" / "debris_general.yml"
DEBRIS_RULES = [rule for rule in load_rules() if rule.pack == "debris"]


def score(data: Path | None = None) -> tuple[Tally, int, int]:
    """The tally, the number of debris marked, and of look-alike lines (unmarked, not blank), on
    `data` (by default `DATA`)."""
    tally, debris, look_alikes = Tally(), 0, 0
    for passage in yaml.safe_load((data or DATA).read_text(encoding="utf-8"))["passages"]:
        text, _, spans = unmark(passage)
        debris += len(spans)
        look_alikes += sum(1 for line in passage.splitlines() if line.strip() and "[[" not in line)
        tally.spans(run_rules(document_from(text), DEBRIS_RULES), spans, text)
    return tally, debris, look_alikes


# Each evaluation set: its file, the least debris it holds, and its recall and precision floors.
# The reader set (round 24): appeals to the reader, paywalls, counters, stamps, other languages,
# photo credits.
# The general set (round 27): debris told by what it is, in languages and scripts of its own.
SETS = {"debris": (DATA, 40, 0.85, 0.95), "reader": (READER, 60, 0.80, 0.95), "general": (GENERAL, 20, 0.80, 1.0)}


@pytest.fixture(scope="module", params=sorted(SETS))
def figures(request):
    data, least, recall, precision = SETS[request.param]
    return (*score(data), least, recall, precision)


def test_the_set_is_big_enough_and_balanced(figures):
    _, debris, look_alikes, least, _, _ = figures
    assert debris >= least
    assert look_alikes >= debris


def test_recall_floor(figures):
    tally, _, _, _, recall, _ = figures
    assert tally.recall >= recall, tally.report()


def test_precision_floor(figures):
    tally, _, _, _, _, precision = figures
    assert tally.precision >= precision, tally.report()


def test_example_paper_keeps_its_debris_findings():
    text = (EXAMPLES / "belgium.txt").read_text(encoding="utf-8")
    found = {(f.code, f.text) for f in run_rules(document_from(text), DEBRIS_RULES)}
    assert found == {
        ("DB001", "top of page"),
        ("DB002", "Follow us on Instagram and Facebook to get the latest updates!"),
        ("DB002", "13 views0 comments"),
        ("DB001", "Recent Posts"),
        ("DB001", "See All"),
        ("DB001", "bottom of page"),
    }


def test_an_interface_fragment_in_brackets_is_flagged_alone():
    text = "Early history[edit]\n\nThe Antarctic Treaty was signed in 1959 [1]."
    found = [(f.code, f.text) for f in run_rules(document_from(text), DEBRIS_RULES)]
    assert found == [("DB001", "[edit]")]


def test_a_url_among_citations_or_under_a_sources_title_is_a_citation():
    urls = "https://www.unicef.org/reports/sowc-2023\nhttps://www.who.int/data/gho"
    assert run_rules(document_from(f"Kenya vaccinates.\n\n{urls}"), DEBRIS_RULES) == []
    assert run_rules(document_from("Sources\n\nhttps://www.who.int/data/gho"), DEBRIS_RULES) == []


if __name__ == "__main__":
    for path in (DATA, READER, GENERAL):
        tally, debris, look_alikes = score(path)
        print(f"{path.name}: debris {debris}, look-alike lines {look_alikes}")
        print(tally.report())


# DB003 mis-decoded text -------------------------------------------------------------------

ENCODINGS = Path(__file__).parent / "data" / "encodings.yml"
MIS_DECODED = [rule for rule in DEBRIS_RULES if rule.code == "DB003"]


def _db003(text: str):
    return run_rules(document_from(text), MIS_DECODED)


def _mis_decoded(sentence: str, codec: str) -> str:
    import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252

    return sentence.encode("utf-8").decode(codec)


def _repaired(text: str, found) -> str:
    for finding in sorted(found, key=lambda f: f.start, reverse=True):
        text = text[: finding.start] + finding.suggestions[0] + text[finding.end :]
    return text


def test_mis_decoded_text_is_found_and_repaired_exactly():
    """Every sentence of the set, mis-decoded as Windows-1252 and as Latin-1, is repaired to
    the original by DB003's suggestions; the sentences as written give no finding."""
    sentences = yaml.safe_load(ENCODINGS.read_text(encoding="utf-8"))["sentences"]
    assert len(sentences) >= 30
    tally = Tally()
    for sentence in sentences:
        tally.false_pos += len(_db003(sentence))
        for codec in ("sloppy-windows-1252", "latin-1"):
            broken = _mis_decoded(sentence, codec)
            found = _db003(broken)
            if found and _repaired(broken, found) == sentence:
                tally.true_pos += 1
            else:
                tally.false_neg += 1
                tally.mistakes.append(f"{codec}: {broken!r}")
    assert tally.precision == 1.0, tally.mistakes
    assert tally.recall >= 0.95, tally.mistakes


def test_ascii_text_is_never_mis_decoded():
    """DB003 skips a text of ASCII alone: every sequence ftfy's `is_bad` looks for holds a
    character beyond ASCII (checked here on every run of three printable ASCII characters
    that ends in a space, a letter or a full stop)."""
    import string

    from ftfy.badness import is_bad

    assert not any(is_bad(a + b + c) for a in string.printable for b in string.printable for c in " aA.")
