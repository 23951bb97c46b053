"""Benchmark copy detection: a generated corpus of 2,000 papers with 20 planted copies and 20
passages pasted into several papers (tests/copies_corpus.py), timed, with precision and recall
over pairs of papers.

    python bench/copies.py [--count 2000] [--copies 20] [--pastes 20] [--seed 11] [--json out.json]

Not part of the test suite; tests/test_copies.py runs 200 papers of the same generator.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from paperlint.copies import find_copies  # noqa: E402
from paperlint.readers import read_bytes  # noqa: E402
from tests.copies_corpus import make_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--pastes", type=int, default=20)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    corpus = make_corpus(args.count, args.copies, args.pastes, args.seed)
    documents = [read_bytes(text.encode("utf-8"), name, "txt") for name, text in corpus.papers.items()]
    started = time.perf_counter()
    found = find_copies(documents)
    seconds = time.perf_counter() - started
    pairs = {frozenset((p.first, p.second)) for p in found.pairs}
    truth = corpus.true_pairs
    hits = len(pairs & truth)
    result = {
        "papers": len(documents),
        "words": sum(d.word_count for d in documents),
        "true_pairs": len(truth),
        "reported_pairs": len(pairs),
        "precision": round(hits / len(pairs), 4) if pairs else 1.0,
        "recall": round(hits / len(truth), 4) if truth else 1.0,
        "copies_found": len(pairs & corpus.copy_pairs),
        "paste_groups_found": sum(1 for g in corpus.paste_groups if len(g) >= 3 and set(g) in map(set, found.groups)),
        "paste_groups": sum(1 for g in corpus.paste_groups if len(g) >= 3),
        "seconds": round(seconds, 2),
    }
    print(json.dumps(result, indent=2))
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
