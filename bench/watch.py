"""Benchmark `paperlint check --watch`: the time from a save to the new report, warm.

    python bench/watch.py [--engines languagetool,harper] [--edits 10] [--json out.json]

Watches a two-page paper (examples/belgium.txt and examples/control.txt, about 1,170 words) in
a temporary folder as `paperlint check --watch` does, then saves `--edits` small edits the way
editors do (a temporary file renamed over the paper) and reports, per engine, the median and
slowest time from the save to the re-check's results: the watcher's wait for the save to
settle (paperlint.watch.QUIET_MS), reading, every rule and the grammar engine. The target is
at most 1 s warm. Not part of the test suite (speed is measured here, never in tests).
"""

from __future__ import annotations

import contextlib
import io
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from serve import run_edits, two_pages

from paperlint.app import ReportOptions
from paperlint.checker import RunOptions
from paperlint.watch import WatchControl, run_watch


def save_by_rename(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def measure(engine: str, edits: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="paperlint-bench-watch-") as folder:
        paper = Path(folder) / "paper.txt"
        text = two_pages()
        paper.write_text(text, encoding="utf-8")
        control = WatchControl(max_rechecks=edits)
        options = RunOptions(grammar=engine, use_cache=False)
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            thread = threading.Thread(target=run_watch, args=([str(paper)], options, ReportOptions(), control))
            thread.start()
            control.ready.wait()
            first = time.perf_counter() - started
            times, findings = [], 0
            for number in range(edits):
                # a word added to a different paragraph each time, as a delegate revises
                paragraphs = text.split("\n\n")
                target = 1 + number % (len(paragraphs) - 1)
                paragraphs[target] = paragraphs[target].replace(" the ", f" the {'very ' if number % 2 else 'new '}", 1)
                text = "\n\n".join(paragraphs)
                saved = time.perf_counter()
                save_by_rename(paper, text)
                [result] = control.rechecked.get()
                times.append(time.perf_counter() - saved)
                findings = len(result.findings)
            thread.join()
    return {"engine": engine, "words": len(text.split()), "findings": findings, "first_check_s": round(first, 3),
            "recheck_median_s": round(statistics.median(times), 3), "recheck_max_s": round(max(times), 3), "edits": edits}


def main() -> int:
    return run_edits(__doc__.splitlines()[0], measure, lambda r: (
        f"{r['engine']:<13} {r['words']} words: first check {r['first_check_s']} s, save to new report "
        f"median {r['recheck_median_s']} s, slowest {r['recheck_max_s']} s ({r['edits']} saves)"))


if __name__ == "__main__":
    sys.exit(main())
