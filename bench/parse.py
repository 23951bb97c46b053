"""How much of a corpus the shared spaCy parse reads, and what it costs.

    python bench/parse.py CORPUS_DIR [CORPUS_DIR ...] [--rules N]

Runs every rule on by default except the grammar engines on each paper of the folders (every
format paperlint reads), in one process with the pipeline already loaded, and prints the share
of the sentences of paragraphs and list items that were parsed (each at most once,
`analysis.parse`), the number of `nlp.pipe` calls, and the CPU milliseconds a paper of the
parse and of all the rules. With `--rules N`, a second pass over the papers read again runs the
rules one at a time and prints the N costliest, in CPU milliseconds a paper (an analysis that
several rules share, such as the dated events, counts for the first rule that asks for it).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from paperlint.analysis.parse import PARSED_KINDS, load_pipeline
from paperlint.checker import warm_up
from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from paperlint.readers import SUFFIXES, read_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="+")
    parser.add_argument("--rules", type=int, default=0, help="also print the N costliest rules")
    arguments = parser.parse_args()
    folders = arguments.corpus
    papers = sorted(path for folder in folders for path in folder.iterdir() if path.suffix.lower() in SUFFIXES)
    rules = [rule for rule in load_rules() if rule.enabled and "grammar" not in rule.needs]
    warm_up(rules)
    nlp = load_pipeline()
    if nlp is None:
        raise SystemExit("spaCy or its model is missing: pip install paperlint[meaning]")
    parsed = {"sentences": 0, "calls": 0, "cpu": 0.0}
    pipe = nlp.pipe

    def counted_pipe(texts, **options):
        texts = list(texts)
        started = time.process_time()
        docs = list(pipe(texts, **options))
        parsed["cpu"] += time.process_time() - started
        parsed["sentences"] += len(texts)
        parsed["calls"] += 1
        return docs

    nlp.pipe = counted_pipe  # type: ignore[method-assign]
    documents = [read_path(str(path)) for path in papers]  # read before the clock starts: a .pdf takes a while
    sentences = 0
    started = time.process_time()
    for document in documents:
        sentences += sum(1 for s in document.sentences if s.block.kind in PARSED_KINDS)
        run_rules(document, rules)
    rules_cpu = time.process_time() - started
    print(f"{len(papers)} papers, {sentences} sentences: {parsed['sentences']} parsed "
          f"({parsed['sentences'] / max(sentences, 1):.1%}) in {parsed['calls']} nlp.pipe calls; "
          f"parse {1000 * parsed['cpu'] / len(papers):.1f} ms CPU a paper, "
          f"all rules {1000 * rules_cpu / len(papers):.0f} ms CPU a paper")
    if arguments.rules:
        _costliest(papers, rules, arguments.rules)


def _costliest(papers: list[Path], rules: list, shown: int) -> None:
    """Each rule alone, in the run's order, on the papers read again."""
    spent = dict.fromkeys((rule.code for rule in rules), 0.0)
    for path in papers:
        document = read_path(str(path))
        for rule in rules:
            started = time.process_time()
            run_rules(document, [rule])
            spent[rule.code] += time.process_time() - started
    for code, seconds in sorted(spent.items(), key=lambda item: -item[1])[:shown]:
        print(f"{code}  {1000 * seconds / len(papers):.1f} ms CPU a paper")


if __name__ == "__main__":
    main()
