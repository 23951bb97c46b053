"""Build examples/belgium.docx and examples/belgium.pdf from examples/belgium.txt.

    python examples/make_formats.py

The .docx has the title as "Heading 1", every other blank-line separated block of the .txt
as one paragraph, and its core properties title and dates set. The .pdf is A4, set in
DejaVu Serif (a real TrueType font that covers “ ” ’ and è; on Debian/Ubuntu it comes from
the fonts-dejavu-core package, or pass --font), with a running header, "Page N of M"
footers and soft hyphens in a few long words so that some words are hyphenated across a
line end, as a word processor does: the PDF reader's repairs run on a real file.

Needs python-docx (a paperlint dependency) and fpdf2 (in paperlint's `test` extra).
The generated files are committed; rerun this script after editing belgium.txt.
"""

from __future__ import annotations

import argparse
import re
from datetime import UTC, datetime
from pathlib import Path

import docx
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
TITLE = "Belgium's standoff with Terrorism"
RUNNING_HEADER = "Belgium — Counter-terrorism"
WRITTEN = datetime(2020, 11, 20, 9, 30, tzinfo=UTC)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
# Where a word may be hyphenated at a line end (U+00AD, a soft hyphen): the PDF shows
# "incre-" / "mental" only when the line breaks there.
SOFT_HYPHENS = {
    "incremental": "incre\u00admental",
    "transnational": "trans\u00adnational",
    "deradicalization": "deradi\u00adcalization",
    "investigate": "inves\u00adtigate",
    "cognizance": "cogni\u00adzance",
    "globalized": "global\u00adized",
    "progression": "progres\u00adsion",
    "integrated": "inte\u00adgrated",
    "participates": "partici\u00adpates",
    "commitment": "commit\u00adment",
}


def paper_blocks(source: Path) -> list[str]:
    """The blank-line separated blocks of the .txt, each on one line."""
    text = source.read_text(encoding="utf-8")
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]


def make_docx(blocks: list[str], target: Path) -> None:
    document = docx.Document()
    for block in blocks:
        if block == TITLE:
            document.add_heading(block, level=1)
        else:
            document.add_paragraph(block)
    properties = document.core_properties
    properties.title = TITLE
    properties.author = "Delegation of Belgium"
    properties.created = WRITTEN
    properties.modified = WRITTEN
    properties.last_modified_by = "Delegation of Belgium"
    properties.revision = 1
    document.save(target)


class _Paper(FPDF):
    def header(self) -> None:
        self.set_font("Serif", size=9)
        self.cell(0, 8, RUNNING_HEADER, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Serif", size=9)
        self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")


def hyphenatable(block: str) -> str:
    for word, marked in SOFT_HYPHENS.items():
        block = block.replace(word, marked)
    return block


# A break point inside a word: a soft hyphen, or just after the hyphen of a compound.
_BREAK_POINT = re.compile("(\u00ad|(?<=\\w-)(?=\\w))")


def wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """Break `text` into lines as a word processor with hyphenation does.

    A line breaks at a space, after the hyphen of a compound ("counter-" / "terrorism"),
    or at a soft hyphen, which then shows as "-" ("incre-" / "mental").
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        parts = _BREAK_POINT.split(word)
        while parts:
            joined = "".join(parts[0::2])
            candidate = f"{line} {joined}" if line else joined
            if pdf.get_string_width(candidate) <= width:
                line = candidate
                break
            fitted = _longest_fitting_head(pdf, line, parts, width)
            if fitted:
                lines.append(fitted[0])
                parts = fitted[1]
            elif line:
                lines.append(line)
            else:  # a word longer than the line: let it overflow
                line = joined
                break
            line = ""
    if line:
        lines.append(line)
    return lines


def _longest_fitting_head(pdf: FPDF, line: str, parts: list[str], width: float):
    """The line completed with the longest head of the word that fits, and the word's rest."""
    for cut in range(len(parts) - 2, 0, -2):
        head = "".join(parts[0:cut:2]) + ("-" if parts[cut] == "\u00ad" else "")
        candidate = f"{line} {head}" if line else head
        if pdf.get_string_width(candidate) <= width:
            return candidate, parts[cut + 1 :]
    return None


def make_pdf(blocks: list[str], target: Path, font: str) -> list[str]:
    """Write the PDF; returns the lines that end in a hyphen."""
    pdf = _Paper(format="A4")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("Serif", "", font)
    pdf.set_title(TITLE)
    pdf.set_author("Delegation of Belgium")
    pdf.set_creation_date(WRITTEN)
    pdf.alias_nb_pages()
    pdf.add_page()
    hyphenated = []
    for block in blocks:
        size, height = (16, 9) if block == TITLE else (12, 6.5)
        pdf.set_font("Serif", size=size)
        for line in wrap(pdf, hyphenatable(block), pdf.epw):
            pdf.cell(0, height, line, new_x="LMARGIN", new_y="NEXT")
            if line.endswith("-"):
                hyphenated.append(line)
        pdf.ln(4)
    pdf.output(str(target))
    return hyphenated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--font", default=FONT, help="TrueType font for the PDF [%(default)s]")
    args = parser.parse_args()
    if not Path(args.font).is_file():
        parser.error(f"no font at {args.font}: install fonts-dejavu-core or pass --font")
    blocks = paper_blocks(HERE / "belgium.txt")
    if TITLE not in blocks:
        parser.error(f"belgium.txt has no block {TITLE!r}: update TITLE")
    make_docx(blocks, HERE / "belgium.docx")
    hyphenated = make_pdf(blocks, HERE / "belgium.pdf", args.font)
    if not any(line.endswith("-") and not line.endswith(("--", " -")) for line in hyphenated):
        parser.error("no word is hyphenated at a line end: adjust SOFT_HYPHENS")
    print("lines ending in a hyphen:", *hyphenated, sep="\n  ")


if __name__ == "__main__":
    main()
