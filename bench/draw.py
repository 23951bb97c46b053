"""Draw real papers for a judged round, leaving out every paper an earlier round drew.

    python bench/draw.py SOURCE_DIR OUT_DIR --round N --seed S [--count 30] [--record FILE]

SOURCE_DIR holds the candidate papers (.pdf, .docx, .txt, .md), kept outside the repository. The
papers drawn, in a seeded random order, are copied to OUT_DIR, and their SHA-256 digests are added to
the record (bench/rounds/drawn.txt): digests only, so no paper's name or text is committed, and a new
machine can still leave out what earlier rounds drew. docs/precision.md tells each round.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
from pathlib import Path

RECORD = Path(__file__).resolve().parent / "rounds" / "drawn.txt"
FORMATS = {".pdf", ".docx", ".txt", ".md"}


def drawn_digests(record: Path) -> set[str]:
    """The digests the record holds (lines "ROUND DIGEST"; "#" opens a comment)."""
    if not record.exists():
        return set()
    lines = (line.split() for line in record.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return {fields[1] for fields in lines if len(fields) == 2}


def draw(source: Path, out: Path, round_name: str, seed: int, count: int, record: Path) -> list[Path]:
    """Copy `count` papers of `source` no earlier round drew to `out`, and record their digests."""
    seen = drawn_digests(record)
    candidates = sorted(p for p in source.iterdir() if p.is_file() and p.suffix.lower() in FORMATS)
    random.Random(seed).shuffle(candidates)
    out.mkdir(parents=True, exist_ok=True)
    chosen: list[Path] = []
    for paper in candidates:
        digest = hashlib.sha256(paper.read_bytes()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        shutil.copy2(paper, out / paper.name)
        with record.open("a", encoding="utf-8") as lines:
            lines.write(f"{round_name} {digest}\n")
        chosen.append(out / paper.name)
        if len(chosen) == count:
            break
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--round", required=True, dest="round_name")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--record", type=Path, default=RECORD)
    args = parser.parse_args()
    chosen = draw(args.source, args.out, args.round_name, args.seed, args.count, args.record)
    print(f"{len(chosen)} papers drawn into {args.out}")


if __name__ == "__main__":
    main()
