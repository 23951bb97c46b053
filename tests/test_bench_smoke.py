"""The benchmark runs end to end on a small corpus (its figures are read, not judged, here)."""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile

from tests.conftest import ROOT


def test_benchmark_smoke(tmp_path):
    out = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--count", "50", "--engines", "off,harper", "--json", str(out)],
        capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(out.read_text())
    assert figures["count"] == 50
    assert [run["engine"] for run in figures["corpus"]] == ["off", "harper"]
    for run in figures["corpus"]:
        assert run["papers"] == 50 and run["findings"] > 50 and run["peak_memory_mb"] > 0
        assert {"read", "rules", "readability", "report"} <= set(run["stages"])
    assert "grammar" in figures["corpus"][1]["stages"]
    assert set(figures["cached_rerun"]["stages"]) == {"cache", "report"}
    assert figures["harper_alone"]["papers"] == 50
    assert "papers/s" in result.stdout


def test_meaning_sets_scores_each_kind(tmp_path):
    """A mark of each kind is found; a mark the rules miss is a miss, and an unmarked error a false finding."""
    from bench.meaning_sets import papers_of, score

    paper = tmp_path / "japan.txt"
    paper.write_text(
        "Committee: Counter-Terrorism Committee\nCountry: Japan\nDate: 12 February 2019\n\n"
        "Japan has not faced any large terrorist attack [[in the past decade]]<TIME>. In 2016 a terrorist attack "
        "in Osaka killed seven people.\n\nOur police have several plots which were discovered by informants. "
        "Our police [[have a clear mandate]]<LOST> under the 2017 law.\n\n"
        "Japan works with the [[United Nation Security Council]]<NAME> and the World Health Organization.\n",
        encoding="utf-8")
    with tarfile.open(tmp_path / "set.tar.xz", "w:xz") as archive:
        archive.add(paper, arcname="set/japan.txt")
    assert papers_of(tmp_path / "set.tar.xz") == papers_of(tmp_path) == [("japan.txt", paper.read_text(encoding="utf-8"))]
    tallies = score(papers_of(tmp_path))
    assert (tallies["TIME"].true_pos, tallies["TIME"].false_pos, tallies["TIME"].false_neg) == (1, 0, 0)
    assert (tallies["LOST"].true_pos, tallies["LOST"].false_pos, tallies["LOST"].false_neg) == (0, 1, 1)
    assert (tallies["NAME"].true_pos, tallies["NAME"].false_pos, tallies["NAME"].false_neg) == (1, 0, 0)


def test_a_draw_leaves_out_what_earlier_rounds_drew(tmp_path):
    """bench/draw.py records digests, and a later draw never takes a paper drawn before."""
    from bench.draw import draw, drawn_digests

    source = tmp_path / "source"
    source.mkdir()
    for number in range(5):
        (source / f"paper{number}.txt").write_text(f"Paper number {number}.")
    (source / "notes.csv").write_text("not a paper")
    record = tmp_path / "drawn.txt"
    first = draw(source, tmp_path / "a", "1", seed=3, count=3, record=record)
    second = draw(source, tmp_path / "b", "2", seed=3, count=3, record=record)
    assert len(first) == 3 and len(second) == 2  # only two papers were left
    assert not {p.name for p in first} & {p.name for p in second}
    assert len(drawn_digests(record)) == 5
