"""Measure one paper checked in a new process, by a daemon started for it, and by a warm daemon.

    python bench/daemon.py [--engines off,harper,languagetool] [--runs 5] [--json out.json]
                           [--docs docs/performance.md]

For each grammar engine, on one generated paper (bench/make_corpus.py, the first of its
corpus, as bench/run.py's ONE.txt), with `--no-cache` and in a temporary daemon state folder:
- new process: `paperlint check ONE.txt --no-daemon` (median of --runs);
- cold daemon: the same without --no-daemon after `paperlint daemon stop`, so the run starts a
  daemon and waits for it to load what the check needs (median of 3);
- warm daemon: the same again with the daemon running (median of --runs, after one run);
- with LanguageTool: two pre-commit batches of one paper each through `paperlint-hook`, with
  and without the daemon (the daemon's one LanguageTool serves both).
LanguageTool is measured when it is installed (`paperlint setup languagetool`). --docs
rewrites the part of that Markdown file between the daemon-bench markers.
Not part of the test suite: the targets of issue 18 are read here, never in timed tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import HERE, paperlint, recorded_command, timed, write_docs

START, END = "<!-- daemon-bench:start -->", "<!-- daemon-bench:end -->"
TARGETS = ("Targets of issue 18: one paper with Harper in a new process at most 1.5 s; a re-check with the warm "
           "daemon, LanguageTool included, at most 1.0 s.")


def median_seconds(command: list[str], env: dict[str, str], runs: int, before=None) -> float:
    figures = []
    for _ in range(runs):
        if before:
            before()
        result = timed(command, env)
        if result["returncode"] not in (0, 1):
            raise SystemExit(f"{shlex.join(command)} failed: {result['stderr'][-500:]}")
        figures.append(result["seconds"])
    return round(statistics.median(figures), 3)


def engine_runs(one: str, engine: str, env: dict[str, str], runs: int) -> dict:
    check = paperlint("check", one, "--grammar", engine, "--no-cache")
    stop = paperlint("daemon", "stop")

    def stopped() -> None:
        subprocess.run(stop, env=env, capture_output=True, check=True)

    figures = {
        "new process": median_seconds([*check, "--no-daemon"], env, runs),
        "cold daemon": median_seconds(check, env, min(runs, 3), before=stopped),
    }
    subprocess.run(check, env=env, capture_output=True)
    figures["warm daemon"] = median_seconds(check, env, runs)
    stopped()
    return figures


def hook_batches(papers: list[str], env: dict[str, str], daemon: bool) -> float:
    """Seconds for pre-commit's batches, one `paperlint-hook` per paper, one after the other."""
    hook = str(Path(sys.executable).parent / "paperlint-hook")
    started = time.perf_counter()
    for paper in papers:
        command = [hook, "--grammar", "languagetool", "--no-cache", paper, *([] if daemon else ["--no-daemon"])]
        subprocess.run(command, env=env, capture_output=True)
    seconds = time.perf_counter() - started
    subprocess.run(paperlint("daemon", "stop"), env=env, capture_output=True, check=True)
    return round(seconds, 3)


def markdown(results: dict) -> str:
    engines = list(results["engines"])
    lines = [
        START,
        f"Measured by `{results['command']}` on {results['date']}: {results['machine']}. One generated paper "
        f"(bench/make_corpus.py, {results['words']} words), `--no-cache`, in seconds of wall time; "
        f"medians of {results['runs']} runs (3 for the cold daemon).",
        "",
        "| run | " + " | ".join(engines) + " |",
        "|---" * (len(engines) + 1) + "|",
    ]
    for run in ("new process", "cold daemon", "warm daemon"):
        lines.append(f"| {run} | " + " | ".join(f"{results['engines'][e][run]:.2f}" for e in engines) + " |")
    lines += [
        "",
        "- new process: `paperlint check ONE.txt --grammar ENGINE --no-cache --no-daemon`",
        "- cold daemon: `paperlint daemon stop`, then `paperlint check ONE.txt --grammar ENGINE --no-cache`",
        "- warm daemon: `paperlint check ONE.txt --grammar ENGINE --no-cache` again",
    ]
    if "hooks" in results:
        hooks = results["hooks"]
        lines += [
            f"- {hooks['batches']} pre-commit batches of one paper each (`paperlint-hook --grammar languagetool "
            f"--no-cache PAPER`, one after the other): {hooks['no daemon']:.1f} s with `--no-daemon` "
            f"(a LanguageTool per batch), {hooks['daemon']:.1f} s with the daemon (one LanguageTool, started by "
            "the first batch)",
        ]
    lines += ["", TARGETS, END]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="off,harper,languagetool")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="Also write the results here.")
    parser.add_argument("--docs", type=Path, help="Rewrite the daemon section of this Markdown file.")
    args = parser.parse_args()
    from paperlint.grammar.install import installed_home

    engines = [e for e in args.engines.split(",") if e != "languagetool" or installed_home() is not None]
    work = Path(tempfile.mkdtemp(prefix="pl-bench-"))
    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(work / "corpus"), "--count", "3"],
                   check=True, capture_output=True)
    papers = [str(p) for p in sorted((work / "corpus").glob("*.txt"))]
    env = {**os.environ, "PAPERLINT_DAEMON": "1", "PAPERLINT_DAEMON_DIR": str(work / "daemon"),
           "PAPERLINT_CACHE_DIR": str(work / "cache")}
    results: dict = {
        "command": recorded_command("daemon.py", sys.argv[1:]),
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "words": len(Path(papers[0]).read_text(encoding="utf-8").split()),
        "runs": args.runs,
    }
    try:
        results["engines"] = {engine: engine_runs(papers[0], engine, env, args.runs) for engine in engines}
        if "languagetool" in engines:
            results["hooks"] = {"batches": len(papers), "no daemon": hook_batches(papers, env, daemon=False),
                                "daemon": hook_batches(papers, env, daemon=True)}
    finally:  # no daemon and no folder left behind, whatever happened
        subprocess.run(paperlint("daemon", "stop"), env=env, capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    section = markdown(results)
    print(section)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.docs:
        write_docs(args.docs, section, START, END)


if __name__ == "__main__":
    main()
