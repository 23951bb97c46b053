"""Benchmark paperlint: one paper cold, a corpus with each grammar engine, proselint and Harper alone.

    python bench/run.py [--count 1000] [--jobs N] [--engines off,harper,languagetool] [--json out.json]

Writes a corpus with bench/make_corpus.py (unless --corpus names one), then measures:
- `paperlint --version` and `paperlint check` of one .txt paper, each a cold process (median);
- papers per second over the corpus for each grammar engine, with peak memory of the whole
  process tree and seconds per stage (read, rules, grammar, readability, facts, report);
- a second run over the unchanged corpus (the result cache);
- proselint over the same corpus (when installed) and Harper alone, as references.
Not part of the test suite; tests/test_bench_smoke.py runs a small configuration in CI.
proselint, the reference, comes from bench/requirements.txt.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def paperlint(*args: str) -> list[str]:
    return [sys.executable, "-m", "paperlint", *args]


def timed(command: list[str], env: dict | None = None) -> tuple[float, int, subprocess.CompletedProcess]:
    """Wall seconds and peak RSS (bytes, whole process tree, sampled every 20 ms) of a command."""
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peak = 0
    output: dict = {}

    def collect() -> None:
        output["out"], output["err"] = process.communicate()

    reader = threading.Thread(target=collect)
    reader.start()
    while reader.is_alive():
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        reader.join(0.02)
    elapsed = time.perf_counter() - started
    result = subprocess.CompletedProcess(command, process.returncode, output["out"], output["err"])
    return elapsed, peak, result


def median_cold(command: list[str], runs: int = 5) -> float:
    return statistics.median(timed(command)[0] for _ in range(runs))


def corpus_run(corpus: Path, engine: str, jobs: int, cache_dir: Path, use_cache: bool) -> dict:
    timings = Path(tempfile.mkstemp(suffix=".json")[1])
    args = ["check", str(corpus), "--grammar", engine, "--output-format", "json",
            "--jobs", str(jobs), "--timings", str(timings), "--cache-dir", str(cache_dir),
            "--fail-on", "error"]
    if not use_cache:
        args.append("--no-cache")
    seconds, peak, result = timed(paperlint(*args))
    if result.returncode not in (0, 1):
        raise SystemExit(f"paperlint failed ({result.returncode}): {result.stderr.decode()[-500:]}")
    report = json.loads(result.stdout)
    stages = json.loads(timings.read_text())["stages"]
    timings.unlink()
    papers = report["summary"]["files"]
    return {
        "engine": engine, "papers": papers, "seconds": round(seconds, 2),
        "papers_per_second": round(papers / seconds, 1), "peak_memory_mb": round(peak / 2**20),
        "findings": report["summary"]["findings"], "stages": {k: round(v, 2) for k, v in stages.items()},
    }


def proselint_run(corpus: Path) -> dict | None:
    if shutil.which("proselint") is None:
        return None
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    started = time.perf_counter()
    subprocess.run(["proselint", "check", *files], capture_output=True)
    seconds = time.perf_counter() - started
    return {"papers": len(files), "seconds": round(seconds, 2), "papers_per_second": round(len(files) / seconds, 1)}


def harper_alone(corpus: Path) -> dict | None:
    code = (  # harper-py itself, British English, one linter for the corpus, in one process
        "import sys, time, pathlib, harper\n"
        "texts = [p.read_text() for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))]\n"
        "start = time.perf_counter()\n"
        "linter = harper.Linter(harper.Dialect.BRITISH)\n"
        "for t in texts: linter.organized_lints(t)\n"
        "print(len(texts), time.perf_counter() - start)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, text=True)
    if result.returncode != 0:
        return {"error": result.stderr.strip().splitlines()[-1] if result.stderr else "failed"}
    papers, seconds = result.stdout.split()
    return {"papers": int(papers), "seconds": round(float(seconds), 2),
            "papers_per_second": round(int(papers) / float(seconds), 1)}


def table(results: dict) -> str:
    lines = [
        f"paperlint --version (cold, median): {results['version_seconds']:.3f} s",
        f"paperlint check one paper, Harper (cold, median): {results['one_paper_seconds']:.3f} s",
        "",
        f"{'engine':<14}{'papers':>7}{'seconds':>9}{'papers/s':>10}{'peak MB':>9}  stages (s)",
    ]
    for run in results["corpus"]:
        stages = ", ".join(f"{k} {v}" for k, v in run["stages"].items())
        lines.append(f"{run['engine']:<14}{run['papers']:>7}{run['seconds']:>9}{run['papers_per_second']:>10}{run['peak_memory_mb']:>9}  {stages}")
    cached = results["cached_rerun"]
    lines.append(f"{'cached rerun':<14}{cached['papers']:>7}{cached['seconds']:>9}{cached['papers_per_second']:>10}{cached['peak_memory_mb']:>9}")
    for name in ("proselint", "harper_alone"):
        ref = results.get(name)
        if ref and "seconds" in ref:
            lines.append(f"{name:<14}{ref['papers']:>7}{ref['seconds']:>9}{ref['papers_per_second']:>10}")
        elif ref:
            lines.append(f"{name:<14} {ref['error']}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--engines", default="off,harper")
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--json", type=Path, help="Also write the results here.")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="paperlint-bench-"))
    corpus = args.corpus or work / "corpus"
    if args.corpus is None:
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus), "--count", str(args.count)], check=True)
    one = next(iter(sorted(corpus.glob("*.txt"))))
    results = {
        "count": len(list(corpus.glob("*.txt"))),
        "jobs": args.jobs,
        "version_seconds": median_cold(paperlint("--version")),
        "one_paper_seconds": median_cold(paperlint("check", str(one), "--grammar", "harper", "--no-cache")),
        "corpus": [corpus_run(corpus, e, args.jobs, work / "cache", False) for e in args.engines.split(",")],
    }
    engine = args.engines.split(",")[-1]
    corpus_run(corpus, engine, args.jobs, work / "cache", True)  # fill the cache
    results["cached_rerun"] = corpus_run(corpus, engine, args.jobs, work / "cache", True)
    results["proselint"] = proselint_run(corpus)
    results["harper_alone"] = harper_alone(corpus)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
