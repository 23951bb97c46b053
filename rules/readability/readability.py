"""Readability rules that need more than counting words: passive voice and the grade band."""

from __future__ import annotations

from paperlint.analysis.readability import passive_phrase, prose_blocks, readability
from paperlint.analysis.structure import paper_span
from paperlint.engine.kinds import Hit
from paperlint.findings import Severity


def _share(value: float) -> str:
    return f"{value:.0%}"


def dense_passive_voice(document, rule, ctx):
    """Paragraphs, and the paper as a whole, where too many sentences are passive."""
    options = rule.params.options
    prose = prose_blocks(document)
    passive_by_block: dict = {block: [] for block in prose}
    totals = dict.fromkeys(prose, 0)
    for sentence in document.sentences:
        if sentence.block in totals:
            totals[sentence.block] += 1
            phrase = passive_phrase(document, sentence)
            if phrase:
                passive_by_block[sentence.block].append(phrase)
    for block in prose:
        count, total = len(passive_by_block[block]), totals[block]
        if total >= options["min_sentences"] and count / total > options["max_paragraph_share"]:
            yield Hit(
                block.start, block.end,
                {"count": count, "sentences": total, "where": "this paragraph",
                 "share": _share(count / total), "max": _share(options["max_paragraph_share"])},
                details=(f"Passive: {', '.join(passive_by_block[block])}.",),
            )
    count, total = sum(map(len, passive_by_block.values())), sum(totals.values())
    if prose and total >= options["min_paper_sentences"] and count / total > options["max_paper_share"]:
        yield Hit(
            *paper_span(document),
            {"count": count, "sentences": total, "where": "the paper",
             "share": _share(count / total), "max": _share(options["max_paper_share"])},
            details=("Reported on the paper's first header line or title: it is about the whole paper.",),
        )


def grade_outside_target(document, rule, ctx):
    """The paper's Flesch–Kincaid grade, when it lies outside the target band."""
    options = rule.params.options
    figures = readability(document)
    paper = figures.paper
    if paper.words < options["min_words"]:
        return
    grade = paper.flesch_kincaid_grade
    low, high = options["min_grade"], options["max_grade"]
    if low <= grade <= high:
        return
    advice = (
        "split long sentences and prefer short, common words" if grade > high
        else "it reads simpler than a position paper should: join choppy sentences and use the committee's terms"
    )
    yield Hit(
        *paper_span(document),
        {
            "grade": f"{grade:.1f}",
            "low": f"{low:g}",
            "high": f"{high:g}",
            "side": "above" if grade > high else "below",
            "advice": advice,
        },
        details=(
            f"Flesch reading ease {paper.flesch_reading_ease:.1f}, Gunning fog {paper.gunning_fog:.1f}, "
            f"SMOG {paper.smog_index:.1f}, Dale–Chall {paper.dale_chall:.1f}; "
            f"{paper.sentences} sentences, mean {paper.mean_sentence_words:.1f} words, "
            f"longest {paper.longest_sentence_words}.",
            "Reported on the paper's first header line or title: it is about the whole paper. "
            "`paperlint stats` shows every score.",
        ),
        severity=None if grade > high else Severity.INFO,
    )
