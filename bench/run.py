"""Benchmark paperlint beside proselint, harper-py alone and LanguageTool alone, on one corpus in one run.

    python bench/run.py [--count 200] [--jobs N] [--engines off,harper,languagetool]
                        [--scale 50,200,800,2000] [--scale-engines off,harper]
                        [--json out.json] [--docs docs/performance.md]

Writes a corpus with bench/make_corpus.py (unless --corpus names one), then measures:
- start-up: `paperlint --version`, `paperlint --help` and `paperlint check` of one .txt paper
  (grammar off, and Harper), each a cold process (median of 5);
- each grammar engine over the corpus: wall and CPU seconds (user + system of the whole
  process tree), peak memory of the tree and of its largest process (a worker, or the main
  process holding every result), seconds per stage (read, rules, grammar, readability, facts,
  report);
- a second run over the unchanged corpus (the result cache);
- the references on the same papers: proselint (bench/requirements.txt), harper-py alone (one
  Linter in one process) and, when LanguageTool is installed and `languagetool` is among the
  engines, LanguageTool alone (its own server answering the papers over HTTP, `--jobs` at once);
- with --scale, each engine (or each of --scale-engines) again over corpora of those sizes: time
  and peak memory, and the fixed and per-paper cost fitted to them.
--docs rewrites the measured part of that Markdown file (between the bench markers) with the
figures, the ratios and the command behind each figure.
Not part of the test suite; tests/test_bench_smoke.py runs a small configuration.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def paperlint(*args: str) -> list[str]:
    return [sys.executable, "-m", "paperlint", *args]


def shown(command: list[str], corpus: Path, cache_dir: Path) -> str:
    """A paperlint command as a reader would type it, with CORPUS and CACHE for the bench's folders."""
    return shlex.join(["paperlint", *command[3:]]).replace(str(corpus), "CORPUS").replace(str(cache_dir), "CACHE")


def children_cpu() -> float:
    """User + system seconds of every waited-for child process (and theirs) so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict | None = None) -> dict:
    """Wall and CPU seconds and peak memory (MiB: the process tree, and its largest process,
    sampled every 20 ms) of a command, with its output."""
    cpu_before = children_cpu()
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peak = largest = 0
    output: dict = {}

    def collect() -> None:
        output["out"], output["err"] = process.communicate()

    reader = threading.Thread(target=collect)
    reader.start()
    while reader.is_alive():
        try:
            sizes = [p.memory_info().rss for p in [process, *process.children(recursive=True)] if p.is_running()]
            peak, largest = max(peak, sum(sizes)), max(largest, *sizes, 0)
        except psutil.Error:
            pass
        reader.join(0.02)
    return {
        "seconds": time.perf_counter() - started, "cpu_seconds": children_cpu() - cpu_before,
        "peak_memory_mb": round(peak / 2**20), "peak_process_mb": round(largest / 2**20),
        "returncode": process.returncode, "stdout": output["out"], "stderr": output["err"],
    }


def median_cold(command: list[str], runs: int = 5) -> float:
    return round(statistics.median(timed(command)["seconds"] for _ in range(runs)), 3)


def corpus_run(corpus: Path, engine: str, jobs: int, cache_dir: Path, use_cache: bool) -> dict:
    timings = Path(tempfile.mkstemp(suffix=".json")[1])
    args = ["check", str(corpus), "--grammar", engine, "--output-format", "json", "--jobs", str(jobs),
            "--cache-dir", str(cache_dir), "--fail-on", "error"]
    if not use_cache:
        args.append("--no-cache")
    run = timed(paperlint(*args, "--timings", str(timings)))
    if run["returncode"] not in (0, 1):
        raise SystemExit(f"paperlint failed ({run['returncode']}): {run['stderr'].decode()[-500:]}")
    report = json.loads(run["stdout"])
    stages = json.loads(timings.read_text())["stages"]
    timings.unlink()
    papers = report["summary"]["files"]
    return {
        "engine": engine, "command": shown(paperlint(*args), corpus, cache_dir), "papers": papers,
        "seconds": round(run["seconds"], 2), "cpu_seconds": round(run["cpu_seconds"], 2),
        "papers_per_second": round(papers / run["seconds"], 1),
        "peak_memory_mb": run["peak_memory_mb"], "peak_process_mb": run["peak_process_mb"],
        "findings": report["summary"]["findings"], "stages": {k: round(v, 2) for k, v in stages.items()},
    }


def reference(name: str, command: str, papers: int, seconds: float, cpu_seconds: float, **extra) -> dict:
    return {"name": name, "command": command, "papers": papers, "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu_seconds, 2), "papers_per_second": round(papers / seconds, 1), **extra}


def proselint_run(corpus: Path) -> dict | None:
    if importlib.util.find_spec("proselint") is None:
        return None
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    command = [sys.executable, "-m", "proselint", "check", *files]
    run = timed(command)
    return reference("proselint", "proselint check CORPUS/*.txt", len(files), run["seconds"], run["cpu_seconds"])


HARPER_ALONE = (  # harper-py itself, British English, one Linter for the corpus, in one process
    "import sys, time, pathlib, harper\n"
    "texts = [p.read_text() for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))]\n"
    "start = time.perf_counter()\n"
    "linter = harper.Linter(harper.Dialect.BRITISH)\n"
    "for t in texts: linter.organized_lints(t)\n"
    "print(len(texts), time.perf_counter() - start, time.process_time())\n"
)


def harper_alone(corpus: Path) -> dict | None:
    if importlib.util.find_spec("harper") is None:
        return None
    result = subprocess.run([sys.executable, "-c", HARPER_ALONE, str(corpus)], capture_output=True, text=True)
    if result.returncode != 0:
        return {"name": "harper_alone", "error": result.stderr.strip().splitlines()[-1] if result.stderr else "failed"}
    papers, seconds, cpu = result.stdout.split()
    return reference("harper_alone", "python -c 'harper.Linter(BRITISH).organized_lints(text) for each paper'",
                     int(papers), float(seconds), float(cpu))


def languagetool_alone(corpus: Path, jobs: int) -> dict | None:
    """LanguageTool's own server (as paperlint starts it) answering every paper over HTTP,
    `jobs` requests at once; start-up included, as a paperlint run pays it."""
    from paperlint.grammar.install import installed_home

    home = installed_home()
    if home is None or shutil.which("java") is None:
        return None
    import requests

    from paperlint.grammar.languagetool import DISABLED_RULES, LANGUAGE, LocalServer

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    cpu_before = children_cpu()
    started = time.perf_counter()
    server = LocalServer(home)
    server.start()
    ready = time.perf_counter()

    def check(text: str) -> int:
        data = {"text": text, "language": LANGUAGE, "disabledRules": ",".join(DISABLED_RULES)}
        answer = requests.post(f"{server.url}v2/check", data=data, timeout=300)
        answer.raise_for_status()
        return len(answer.json()["matches"])

    try:
        with ThreadPoolExecutor(jobs) as pool:
            matches = sum(pool.map(check, texts))
    finally:
        finished = time.perf_counter()
        server.stop()  # waited for, so its CPU time counts below
    return reference("languagetool_alone", f"LanguageTool server, POST /v2/check for each paper, {jobs} at once",
                     len(texts), finished - started, children_cpu() - cpu_before,
                     startup_seconds=round(ready - started, 2), matches=matches)


def scale_runs(sizes: list[int], engines: list[str], jobs: int, work: Path) -> list[dict]:
    """Each engine over corpora of each size, without the cache; and a line fitted to the times."""
    runs = []
    for size in sizes:
        corpus = work / f"scale-{size}"
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus), "--count", str(size)], check=True)
        for engine in engines:
            run = corpus_run(corpus, engine, jobs, work / "cache", False)
            runs.append({k: run[k] for k in ("engine", "command", "papers", "seconds", "cpu_seconds",
                                             "peak_memory_mb", "peak_process_mb")})
        shutil.rmtree(corpus, ignore_errors=True)
    return runs


def fitted(runs: list[dict], engine: str, key: str = "seconds") -> dict | None:
    """Fixed seconds plus seconds per paper, by least squares over the scale runs of `engine`."""
    points = [(r["papers"], r[key]) for r in runs if r["engine"] == engine]
    if len(points) < 2 or len({n for n, _ in points}) < 2:
        return None
    slope, intercept = statistics.linear_regression([n for n, _ in points], [s for _, s in points])
    return {"fixed_seconds": round(intercept, 2), "ms_per_paper": round(slope * 1000, 1)}


def ratios(results: dict) -> list[tuple[str, float, str, str]]:
    """(what, ratio, of which time, target) for each comparison the corpus allows."""
    runs = {run["engine"]: run for run in results["corpus"]}
    found = []
    for engine, name, key, target in (
        ("off", "proselint", "cpu_seconds", "≤ 2.5×"),
        ("harper", "harper_alone", "cpu_seconds", "≤ 1.5×"),
        ("languagetool", "languagetool_alone", "seconds", "≤ 1.1×"),
    ):
        ref = results.get(name) or {}
        if engine in runs and ref.get(key):
            found.append((f"paperlint `--grammar {engine}` / {name.replace('_', ' ')}",
                          round(runs[engine][key] / ref[key], 2), "CPU" if key == "cpu_seconds" else "wall", target))
    return found


def table(results: dict) -> str:
    start = results["startup"]
    lines = [f"paperlint {name} (cold, median): {seconds:.3f} s" for name, seconds in start.items()]
    lines += ["", f"{'run':<20}{'papers':>7}{'seconds':>9}{'CPU s':>8}{'papers/s':>10}{'peak MB':>9}{'1 proc MB':>10}"
              "  stages (s)"]
    for run in [*results["corpus"], {**results["cached_rerun"], "engine": "cached rerun"}]:
        stages = ", ".join(f"{k} {v}" for k, v in run["stages"].items())
        lines.append(f"{run['engine']:<20}{run['papers']:>7}{run['seconds']:>9}{run['cpu_seconds']:>8}"
                     f"{run['papers_per_second']:>10}{run['peak_memory_mb']:>9}{run['peak_process_mb']:>10}  {stages}")
    for ref in results["references"]:
        if "error" in ref:
            lines.append(f"{ref['name']:<20} {ref['error']}")
        else:
            lines.append(f"{ref['name']:<20}{ref['papers']:>7}{ref['seconds']:>9}{ref['cpu_seconds']:>8}{ref['papers_per_second']:>10}")
    lines += [f"{what}: {ratio}× ({kind} time; target {target})" for what, ratio, kind, target in ratios(results)]
    for run in results.get("scale", []):
        lines.append(f"scale {run['engine']:<12}{run['papers']:>7}{run['seconds']:>9}{run['cpu_seconds']:>8}"
                     f"{run['peak_memory_mb']:>9}{run['peak_process_mb']:>10}")
    return "\n".join(lines)


def markdown(results: dict) -> str:
    """The measured part of docs/performance.md."""
    machine = results["machine"]
    lines = [
        START,
        f"Measured by `{results['command']}` on {results['date']}: {machine}, {results['count']} generated papers "
        f"(bench/make_corpus.py), `--jobs {results['jobs']}`. CPU time is user + system time of the whole process "
        "tree; memory is the peak resident size (RSS) of the tree and of its largest process: a worker, or the main "
        "process, which holds every paper's result until the report (`python bench/memory.py COMMAND` gives each "
        "process's RSS and PSS).",
        "",
        "### Start-up (a new process each time, median of 5)",
        "",
        "| command | seconds |",
        "|---|---|",
        *[f"| `paperlint {name}` | {seconds:.3f} |" for name, seconds in results["startup"].items()],
        "",
        "### The corpus, beside the references",
        "",
        "| run | papers | wall s | CPU s | peak MiB (tree / one process) | command |",
        "|---|---|---|---|---|---|",
    ]
    for run in [*results["corpus"], {**results["cached_rerun"], "engine": "cached re-run"}]:
        lines.append(f"| paperlint {run['engine']} | {run['papers']} | {run['seconds']} | {run['cpu_seconds']} | "
                     f"{run['peak_memory_mb']} / {run['peak_process_mb']} | `{run['command']}` |")
    for ref in results["references"]:
        if "error" not in ref:
            lines.append(f"| {ref['name'].replace('_', ' ')} | {ref['papers']} | {ref['seconds']} | {ref['cpu_seconds']} | "
                         f"| {ref['command']} |")
    lines += ["", "| ratio | measured | target |", "|---|---|---|"]
    lines += [f"| {what} ({kind} time) | {ratio}× | {target} |" for what, ratio, kind, target in ratios(results)]
    if results.get("scale"):
        lines += ["", "### Scale (no cache)", "",
                  "| engine | papers | wall s | CPU s | peak MiB (tree / one process) | command |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| {r['engine']} | {r['papers']} | {r['seconds']} | {r['cpu_seconds']} | {r['peak_memory_mb']} / "
                  f"{r['peak_process_mb']} | `{r['command']}` |" for r in results["scale"]]
        lines += ["", "Fitted (least squares over the sizes above): wall seconds = fixed + per paper × papers."]
        lines += [f"- {engine}: {fit['fixed_seconds']} s + {fit['ms_per_paper']} ms × papers"
                  for engine, fit in results["fits"].items() if fit]
        lines += ["", "Fitted the same way to CPU seconds (less disturbed by other work on a shared machine):"]
        lines += [f"- {engine}: {fit['fixed_seconds']} s + {fit['ms_per_paper']} ms × papers"
                  for engine, fit in results.get("cpu_fits", {}).items() if fit]
    lines.append(END)
    return "\n".join(lines) + "\n"


def recorded_command(script: str, arguments: list[str]) -> str:
    """The command as the docs record it: where the JSON copy went is not how it was measured."""
    kept = [a for i, a in enumerate(arguments)
            if a != "--json" and not a.startswith("--json=") and (i == 0 or arguments[i - 1] != "--json")]
    return f"python bench/{script} " + shlex.join(kept)


def write_docs(path: Path, section: str, start: str = START, end: str = END) -> None:
    """Put the measured section between the markers of `path` (the rest is prose)."""
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Performance\n\n{start}\n{end}\n"
    if start not in text or end not in text:
        text = text.rstrip("\n") + f"\n\n{start}\n{end}\n"
    before, rest = text.split(start, 1)
    after = rest.split(end, 1)[1]
    path.write_text(before + section + ("\n" + after.lstrip("\n") if after.strip() else ""), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--engines", default="off,harper")
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--scale", default="", help="Corpus sizes for time and memory, e.g. 50,200,800,2000.")
    parser.add_argument("--scale-engines", help="The engines of the scale runs (default: --engines).")
    parser.add_argument("--json", type=Path, help="Also write the results here.")
    parser.add_argument("--docs", type=Path, help="Rewrite the measured section of this Markdown file.")
    args = parser.parse_args()
    os.environ["PAPERLINT_DAEMON"] = "0"  # new processes, as a CI runner starts them; bench/daemon.py measures the daemon
    engines = args.engines.split(",")
    work = Path(tempfile.mkdtemp(prefix="paperlint-bench-"))
    corpus = args.corpus or work / "corpus"
    if args.corpus is None:
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus), "--count", str(args.count)], check=True)
    one = str(next(iter(sorted(corpus.glob("*.txt")))))
    results = {
        "command": recorded_command("run.py", sys.argv[1:]),
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "count": len(list(corpus.glob("*.txt"))),
        "jobs": args.jobs,
        "startup": {
            "--version": median_cold(paperlint("--version")),
            "--help": median_cold(paperlint("--help")),
            "check ONE.txt --grammar off": median_cold(paperlint("check", one, "--grammar", "off", "--no-cache")),
            "check ONE.txt --grammar harper": median_cold(paperlint("check", one, "--grammar", "harper", "--no-cache")),
        },
        "corpus": [corpus_run(corpus, engine, args.jobs, work / "cache", False) for engine in engines],
    }
    corpus_run(corpus, engines[-1], args.jobs, work / "cache", True)  # fill the cache
    results["cached_rerun"] = corpus_run(corpus, engines[-1], args.jobs, work / "cache", True)
    references = [proselint_run(corpus), harper_alone(corpus)]
    if "languagetool" in engines:
        references.append(languagetool_alone(corpus, args.jobs))
    results["references"] = [ref for ref in references if ref]
    for ref in results["references"]:
        results[ref["name"]] = ref
    if args.scale:
        scaled = args.scale_engines.split(",") if args.scale_engines else engines
        results["scale"] = scale_runs([int(n) for n in args.scale.split(",")], scaled, args.jobs, work)
        results["fits"] = {engine: fitted(results["scale"], engine) for engine in scaled}
        results["cpu_fits"] = {engine: fitted(results["scale"], engine, "cpu_seconds") for engine in scaled}
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    if args.docs:
        write_docs(args.docs, markdown(results))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
