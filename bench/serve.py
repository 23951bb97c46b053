"""Benchmark `paperlint serve`: the time from an edit in the page to the new findings, warm.

    python bench/serve.py [--engines languagetool,harper] [--edits 10] [--json out.json]

Starts the app under uvicorn on 127.0.0.1 (engines warmed as `paperlint serve` does), uploads
a two-page paper (examples/belgium.txt and examples/control.txt, about 900 words), then makes
`--edits` small edits through the API, as the page does after a pause in typing, and reports
the median and slowest round trip per engine. The target is at most 1 s warm.
Not part of the test suite (speed is measured here, never in tests).
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from paperlint.checker import RunOptions
from paperlint.serve import server_config
from paperlint.serve.app import create_app

ROOT = Path(__file__).resolve().parent.parent
WRITE = {"X-Paperlint": "1"}


def two_pages() -> str:
    return (
        "\n\n".join((ROOT / "examples" / name).read_text(encoding="utf-8").strip() for name in ("belgium.txt", "control.txt"))
        + "\n"
    )


def measure(engine: str, edits: int) -> dict:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(RunOptions(grammar=engine))
    server = uvicorn.Server(server_config(app, "127.0.0.1", port))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=300) as client:
            text = two_pages()
            started = time.perf_counter()
            view = client.post("/api/papers", params={"name": "paper.txt"}, content=text.encode(), headers=WRITE).json()
            upload = time.perf_counter() - started
            times = []
            for number in range(edits):
                # a word added to a different paragraph each time, as a delegate revises
                paragraphs = text.split("\n\n")
                target = 1 + number % (len(paragraphs) - 1)
                paragraphs[target] = paragraphs[target].replace(" the ", f" the {'very ' if number % 2 else 'new '}", 1)
                text = "\n\n".join(paragraphs)
                started = time.perf_counter()
                response = client.post(
                    f"/api/papers/{view['id']}/text", json={"version": view["version"], "text": text}, headers=WRITE
                )
                times.append(time.perf_counter() - started)
                response.raise_for_status()
                view = response.json()
            engines = client.get("/api/papers").json()["engines"]
    finally:
        server.should_exit = True
        thread.join()
    return {"engine": engine, "engines": engines, "words": view["words"], "findings": len(view["findings"]),
            "upload_s": round(upload, 3), "recheck_median_s": round(statistics.median(times), 3),
            "recheck_max_s": round(max(times), 3), "edits": edits}


def run_edits(description: str, measure, describe) -> int:
    """The command line shared by the re-check benchmarks: `measure(engine, edits)` for each of
    --engines, a line each by `describe(result)`, and the results as JSON with --json."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--engines", default="languagetool,harper")
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    results = [measure(engine, args.edits) for engine in args.engines.split(",")]
    for r in results:
        print(describe(r))
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def main() -> int:
    return run_edits(__doc__.splitlines()[0], measure, lambda r: (
        f"{r['engine']:<13} {r['words']} words: upload {r['upload_s']} s, re-check after an edit "
        f"median {r['recheck_median_s']} s, slowest {r['recheck_max_s']} s ({r['edits']} edits; {'; '.join(r['engines'])})"))


if __name__ == "__main__":
    sys.exit(main())
