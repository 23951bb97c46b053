"""Precision and recall of the meaning checks on sets of papers written blind, in fresh wording.

    python bench/meaning_sets.py SET [SET ...] [--verbose]

A set is a folder of papers (`*.txt`) or a .tar.xz of one: a sealed set is kept packed in
bench/sets/ so that it is measured without being read. Each paper marks a planted error as
`[[words]]<KIND>`: TIME, a stale time claim (CN010); LOST, a lost verb (CN011, CN012); NAME, a
misnamed UN body (UN001, UN002). The marks are removed and the paper is read as a .txt file; a
finding hits when it overlaps a mark of its kind, and every other finding of those rules is
false. `--verbose` lists each miss and false finding. docs/meaning.md keeps each set's figures.
"""

from __future__ import annotations

import argparse
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from paperlint.engine.registry import load_rules  # noqa: E402
from paperlint.engine.runner import run_rules  # noqa: E402
from paperlint.readers import read_bytes  # noqa: E402
from tests.evaluation import Tally, overlaps, unmark  # noqa: E402

KINDS = {"TIME": ("CN010",), "LOST": ("CN011", "CN012"), "NAME": ("UN001", "UN002")}
PLANTED = re.compile(r"\[\[(.+?)\]\]<(" + "|".join(KINDS) + r")>", re.DOTALL)


def papers_of(source: Path) -> list[tuple[str, str]]:
    """(name, text) of each paper of a folder or a .tar.xz, by name."""
    if source.is_dir():
        return [(path.name, path.read_text(encoding="utf-8")) for path in sorted(source.glob("*.txt"))]
    with tarfile.open(source, "r:xz") as archive:
        members = sorted((m for m in archive.getmembers() if m.isfile() and m.name.endswith(".txt")), key=lambda m: m.name)
        return [(Path(m.name).name, archive.extractfile(m).read().decode("utf-8")) for m in members]  # type: ignore[union-attr]


def score(papers: list[tuple[str, str]]) -> dict[str, Tally]:
    """One tally per kind over `papers`, (name, marked text) each."""
    codes = {code: kind for kind, kind_codes in KINDS.items() for code in kind_codes}
    rules = [rule for rule in load_rules() if rule.code in codes]
    tallies = {kind: Tally() for kind in KINDS}
    for name, marked in papers:
        text, marks, spans = unmark(marked, PLANTED)
        planted = [(mark[2], a, b) for mark, (a, b) in zip(marks, spans)]
        findings = run_rules(read_bytes(text.encode("utf-8"), name, "txt"), rules)
        for kind, a, b in planted:
            hit = any(codes[f.code] == kind and overlaps(f, a, b) for f in findings)
            tallies[kind].found(hit, f"{name}: {text[a:b]!r}")
        unplanted = [f for f in findings
                     if not any(codes[f.code] == kind and overlaps(f, a, b) for kind, a, b in planted)]
        for finding in unplanted:
            tallies[codes[finding.code]].false([f"{name}: {finding.code} {finding.text!r}"])
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", type=Path, nargs="+")
    parser.add_argument("--verbose", "-v", action="store_true")
    arguments = parser.parse_args()
    for source in arguments.sets:
        tallies = score(papers_of(source))
        print(source.name + "  " + "  ".join(
            f"{kind} {t.precision:.2f}/{t.recall:.2f} ({t.true_pos} of {t.true_pos + t.false_neg}, {t.false_pos} false)"
            for kind, t in tallies.items()))
        if arguments.verbose:
            for kind, tally in tallies.items():
                print("\n".join(f"  {kind} {line}" for line in tally.mistakes))


if __name__ == "__main__":
    main()
