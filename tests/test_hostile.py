"""Hostile input: nothing crashes, nothing is read that should not be, nothing is changed.

Each case runs the real CLI and checks the exit code, one clear line (or a correct result),
bounded time and memory, and an unchanged input file.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_with(document_xml: str, tmp_path: Path, name: str = "paper.docx") -> Path:
    """The Belgium .docx with its word/document.xml replaced."""
    path = tmp_path / name
    with zipfile.ZipFile(EXAMPLES / "belgium.docx") as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = document_xml.encode("utf-8") if item.filename == "word/document.xml" else source.read(item)
            target.writestr(item, data)
    return path


def body(paragraphs: str, doctype: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
        f'<w:document xmlns:w="{W}"><w:body>{paragraphs}</w:body></w:document>'
    )


def para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_json(run_cli, path: Path):
    before = digest(path)
    started = time.perf_counter()
    code, out, err = run_cli("check", path, "--select", "ST,DB,UN001", "--output-format", "json")
    elapsed = time.perf_counter() - started
    assert digest(path) == before
    assert "Traceback" not in err
    return code, (json.loads(out) if out else None), err, elapsed


PEAK_MEMORY = (
    "import atexit, resource, sys\n"
    "atexit.register(lambda: print('peak', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr))\n"
    "from paperlint.cli import main\n"
    "main(sys.argv[1:])\n"
)


def peak_memory_kib(*args) -> tuple[int, int, str]:
    """Run paperlint in a fresh process; its exit code, peak RSS (KiB) and stderr."""
    result = subprocess.run([sys.executable, "-c", PEAK_MEMORY, *map(str, args)], capture_output=True, text=True)
    peak = int(result.stderr.rsplit("peak ", 1)[1])
    return result.returncode, peak, result.stderr.rsplit("peak ", 1)[0]


def test_external_entity_is_not_resolved(run_cli, tmp_path):
    doctype = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    path = docx_with(body(para("Belgium says &xxe; here.") + para("They don't agree."), doctype), tmp_path)
    code, report, err, _ = check_json(run_cli, path)
    if code == 2:
        assert err.count("\n") == 1
    else:
        assert "root:" not in json.dumps(report)
        assert any(f["code"] == "ST001" for f in report["findings"])


def test_entity_expansion_bomb_stays_small_and_fast(run_cli, tmp_path):
    entities = '<!ENTITY a0 "lol lol lol lol lol lol lol lol lol lol">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    path = docx_with(body(para("Belgium &a9; end.") + para("They don't."), f"<!DOCTYPE w:document [{entities}]>"), tmp_path)
    code, report, err, elapsed = check_json(run_cli, path)
    assert elapsed < 30
    if code != 2:
        text_size = sum(len(f["text"]) for f in report["findings"])
        assert text_size < 10_000
    else:
        assert err.count("\n") == 1


def test_zip_bomb_is_refused_before_inflating(run_cli, tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(EXAMPLES / "belgium.docx") as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        with target.open("word/media/padding.bin", "w") as padding:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                padding.write(chunk)
    assert path.stat().st_size < 2 * 2**20
    code, _, err, elapsed = check_json(run_cli, path)
    assert code == 2 and "zip bomb" in err and err.count("\n") == 1
    assert elapsed < 10
    _, baseline, _ = peak_memory_kib("check", EXAMPLES / "belgium.docx", "--select", "ST")
    code, peak, _ = peak_memory_kib("check", path, "--select", "ST")
    assert code == 2 and peak - baseline < 30 * 1024


def test_a_million_paragraphs_is_refused_quickly(run_cli, tmp_path):
    path = docx_with(body(para("Belgium believes.") * 1_000_000), tmp_path)
    code, _, err, elapsed = check_json(run_cli, path)
    assert code == 2 and "too large for a paper" in err and err.count("\n") == 1
    assert elapsed < 10


def test_huge_text_file_is_refused_without_reading_it(run_cli, tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(200 * 2**20)  # sparse: 200 MB that cost nothing to make
    code, _, err, _ = check_json(run_cli, path)
    assert code == 2 and "over the 20 MB limit" in err
    _, baseline, _ = peak_memory_kib("check", EXAMPLES / "belgium.txt", "--select", "ST")
    code, peak, _ = peak_memory_kib("check", path, "--select", "ST")
    assert code == 2 and peak - baseline < 30 * 1024


@pytest.mark.parametrize(
    "data, expected",
    [
        ("\ufeffThey don't agree.".encode("utf-8"), 6),  # UTF-8 BOM: not a column
        ("They don't agree.".encode("utf-16"), 6),  # UTF-16 with BOM
        ("😀👍🏽 They don't agree.".encode(), 10),  # emoji: a column per code point
        ("مرحبا. שלום. They don't agree.".encode(), 19),  # right-to-left text before it
    ],
)
def test_encodings_and_scripts_keep_exact_spans(run_cli, tmp_path, data, expected):
    path = tmp_path / "paper.txt"
    path.write_bytes(data)
    code, report, _, _ = check_json(run_cli, path)
    finding = next(f for f in report["findings"] if f["code"] == "ST001")
    assert finding["column"] == expected and finding["text"] == "don't"


def test_mixed_encodings_are_one_clear_error(run_cli, tmp_path):
    path = tmp_path / "paper.txt"
    path.write_bytes("Liège and ".encode() + "Liège".encode("latin-1"))
    code, _, err, _ = check_json(run_cli, path)
    assert code == 2 and "not UTF-8" in err and err.count("\n") == 1


def test_extremely_long_line_and_sentence(run_cli, tmp_path):
    """One line and one sentence of 180,000 characters, just under the text limit."""
    path = tmp_path / "long.txt"
    path.write_text(("Belgium don't agree and the the Council acts " * 4_000).strip() + ".\n")
    code, report, _, elapsed = check_json(run_cli, path)
    assert code == 1
    assert sum(f["code"] == "ST001" for f in report["findings"]) == 4_000
    assert elapsed < 60
    code, out, _ = run_cli("check", path, "--select", "RD001")
    assert code == 1 and max(len(line) for line in out.splitlines()) < 200


BOUNDED_RUN = (
    "import atexit, resource, sys\n"
    "atexit.register(lambda: print('peak', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr))\n"
    "from paperlint.cli import main\n"
    "main(sys.argv[1:])\n"
)
# Generous bounds: the requirement is that a run is bounded at all, not that it is fast. The
# hard timeout only stops a run that would otherwise never end.
SECONDS, MEBIBYTES, HARD_TIMEOUT = 30, 1024, 300


def bounded_check(path: Path, *args: str) -> tuple[int, float, float, str]:
    """`paperlint check PATH --grammar off` in a fresh process: exit code, seconds, peak MiB, stderr."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", BOUNDED_RUN, "check", str(path), "--grammar", "off", "--no-cache", "-j", "1", *args],
        capture_output=True, text=True, timeout=HARD_TIMEOUT,
    )
    elapsed = time.perf_counter() - started
    stderr, peak = result.stderr.rsplit("peak ", 1)
    return result.returncode, elapsed, int(peak) / 1024, stderr


def test_ten_megabyte_single_line_is_bounded(tmp_path):
    """The issue's input: "word " two million times, one line, no sentence end (10 MB, under
    the 20 MB file limit). It is far more text than a paper: one line, exit 2, at once."""
    path = tmp_path / "one-line.txt"
    path.write_text("word " * 2_000_000, encoding="utf-8")
    assert path.stat().st_size == 10_000_000
    before = digest(path)
    code, elapsed, peak, err = bounded_check(path)
    assert code == 2 and err.count("\n") == 1 and "over the limit" in err, err
    assert elapsed < SECONDS and peak < MEBIBYTES, (elapsed, peak)
    assert digest(path) == before


def test_pathological_text_at_the_size_limit_is_checked_in_bounded_time(tmp_path):
    """Just under the text limit: one word repeated, one line, no sentence end. It is cut into
    bounded sentences and every check runs (the doubled words are found)."""
    from paperlint.readers import MAX_TEXT_CHARS

    path = tmp_path / "run-on.txt"
    path.write_text(("word " * (MAX_TEXT_CHARS // 5))[: MAX_TEXT_CHARS - 10], encoding="utf-8")
    code, elapsed, peak, err = bounded_check(path, "--output-format", "concise")
    assert code == 1 and "Traceback" not in err, err
    assert elapsed < SECONDS and peak < MEBIBYTES, (elapsed, peak)


@pytest.mark.parametrize("text", [
    "word " * 3000,  # no sentence end
    "x" * 7000,  # one token, no space at all
    "a" * 1500 + " " + "b" * 5000 + " end",  # no space in the second half of a window to cut at
    "Belgium acts. " + "word " * 900 + ". Then it stops.",
])
def test_sentences_are_cut_to_the_maximum_length_and_cover_the_text(text):
    from paperlint.document import MAX_SENTENCE_CHARS, split_sentences

    spans = split_sentences(text, 0, len(text))
    assert all(0 < end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_a_run_on_sentence_is_cut_between_words():
    from paperlint.document import split_sentences

    text = "word " * 3000
    spans = split_sentences(text, 0, len(text))
    assert len(spans) > 1 and all(set(text[s:e].split(" ")) == {"word"} for s, e in spans)


def test_runs_of_end_punctuation_split_as_before():
    from paperlint.document import split_sentences

    text = "It ends?! Really... Yes.) And \u201cso.\u201d Then e.g. this. Dots.....x and more."
    pieces = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert pieces == ["It ends?!", "Really...", "Yes.)", "And \u201cso.\u201d", "Then e.g. this.", "Dots.....x and more."]


def test_a_long_line_without_words_is_a_paragraph_not_a_heading():
    """A heading is short: a 5,000-character rule of dashes used to become one, and the
    structure checks then matched heading patterns against all of it (quadratic)."""
    from tests.conftest import document_from

    assert [b.kind for b in document_from("-" * 5000 + "\n").blocks] == ["paragraph"]
    assert [b.kind for b in document_from("Topic Background\n").blocks] == ["heading"]
