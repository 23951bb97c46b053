"""The entry of the pre-commit hooks (.pre-commit-hooks.yaml): `paperlint check` on the papers
among the files pre-commit passes.

A user's `files:` replaces a hook's own pattern, and pre-commit's file types cannot tell a
.docx from any other binary file, so the hooks' `types_or` lets through some files that are
not papers (an image, an .odt). This entry keeps only the files paperlint reads (with --fix,
only those it can fix), names the others on stderr, and runs `paperlint check` on the rest:
a user's `files:` narrows the hooks and never widens them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from paperlint.cli import check
from paperlint.cli import main as paperlint
from paperlint.fix import FIXABLE_FORMATS
from paperlint.readers import SUFFIXES


def main(argv: list[str] | None = None) -> None:
    """`paperlint-hook [paperlint check options] FILES…`; exit 0 when no paper is among FILES."""
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        params = check.make_context("paperlint check", list(args), resilient_parsing=True).params
    except click.ClickException:
        paperlint(["check", *args])  # paperlint reports the usage error itself
        return
    formats = FIXABLE_FORMATS if params.get("fix") else tuple(set(SUFFIXES.values()))
    left_out = [p for p in params.get("paths") or () if SUFFIXES.get(Path(p).suffix.lower()) not in formats]
    readable = ", ".join(sorted(s for s, f in SUFFIXES.items() if f in formats))
    for path in left_out:
        click.echo(f"paperlint: note: {path}: not checked (the hook reads {readable})", err=True)
    kept_paths = len(params.get("paths") or ()) - len(left_out)
    if kept_paths == 0:
        return
    paperlint(["check", *(a for a in args if a not in left_out)])
