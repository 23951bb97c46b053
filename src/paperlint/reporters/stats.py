"""`paperlint stats`: a paper's figures (`PaperStats`) as tables, drawn with rich on a terminal
and as plain text otherwise."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table as RichTable

from paperlint.analysis.stats import PaperStats

Table = tuple[str, list[str], list[list[str]]]  # title, column headers, rows

_SCORE_NAMES = {
    "flesch_reading_ease": "Flesch reading ease",
    "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "gunning_fog": "Gunning fog",
    "smog_index": "SMOG",
    "dale_chall": "Dale–Chall",
}


def paper_tables(path: str, stats: PaperStats) -> list[Table]:
    """The tables `paperlint stats` shows for one paper."""
    scores, lengths, structure = stats.scores, stats.sentence_lengths, stats.structure
    prose = f"{scores.words} words, {scores.sentences} sentences of prose"
    score_rows = [[label, f"{getattr(scores, key):.1f}"] for key, label in _SCORE_NAMES.items()]
    most = max(lengths.distribution.values(), default=0) or 1
    length_rows = [
        [bucket, str(count), "#" * round(20 * count / most)] for bucket, count in lengths.distribution.items()
    ]
    checklist = [["ok" if item.ok else "MISSING", item.label, item.evidence] for item in structure.items]
    excerpt = "" if structure.applies else " (under the profile's min-words: nothing required)"
    return [
        (f"{path}: readability ({prose})", ["score", "value"], score_rows),
        (
            f"Sentence length in words: mean {lengths.mean:.1f}, median {lengths.median:g}, "
            f"longest {lengths.longest}; {stats.passive_sentences} passive sentence(s)",
            ["words", "sentences", ""],
            length_rows,
        ),
        (f"Structure checklist ({structure.profile} profile){excerpt}", ["", "item", "evidence"], checklist),
    ]


def summary_table(stats_by_path: dict[str, PaperStats]) -> Table:
    """One row per paper, for `paperlint stats` on several papers."""
    headers = ["paper", "words", "FRE", "FK grade", "fog", "SMOG", "Dale–Chall", "mean", "longest", "passive", "checklist"]
    rows = []
    for path, stats in stats_by_path.items():
        scores, items = stats.scores, stats.structure.items
        rows.append([
            path, str(scores.words), *(f"{getattr(scores, key):.1f}" for key in _SCORE_NAMES),
            f"{stats.sentence_lengths.mean:.1f}", str(stats.sentence_lengths.longest),
            str(stats.passive_sentences), f"{sum(i.ok for i in items)}/{len(items)}",
        ])
    return "Readability and structure", headers, rows


def render_plain(tables: list[Table]) -> str:
    """Tables as aligned plain text."""
    out = []
    for title, headers, rows in tables:
        widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows)]
        out.append(title)
        for row in [headers, *rows]:
            out.append("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
        out.append("")
    return "\n".join(out)


def render_rich(tables: list[Table], console: Console) -> None:
    """Tables drawn with rich on `console`."""
    for title, headers, rows in tables:
        table = RichTable(*headers, title=title, title_justify="left")
        for row in rows:
            style = "bold red" if row and row[0] == "MISSING" else None
            table.add_row(*row, style=style)
        console.print(table)
