"""Print tests/data/pdf/print.html to PDF with headless Chromium, with and without the
browser's print header and footer (date and title at the top, address and page counter at
the bottom), as a student does with "Print > Save as PDF".

    python tests/data/pdf/make_print_pdfs.py

The page is copied to a neutral folder first so that the address printed in the footer does
not name this machine's checkout. The generated PDFs are committed.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def print_to_pdf(html: Path, target: Path, header_footer: bool) -> None:
    command = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={target}"]
    if not header_footer:
        command.append("--no-pdf-header-footer")
    subprocess.run([*command, html.as_uri()], check=True, capture_output=True, timeout=120)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="paperlint-print-") as folder:
        page = Path(folder) / "paper.html"
        shutil.copy(HERE / "print.html", page)
        print_to_pdf(page, HERE / "print-with-header-footer.pdf", header_footer=True)
        print_to_pdf(page, HERE / "print-clean.pdf", header_footer=False)


if __name__ == "__main__":
    main()
