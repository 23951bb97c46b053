"""The tables shipped in `paperlint/data/` (CSV, UTF-8, one header row), read as rows."""

from __future__ import annotations

import csv
from importlib import resources

DATA_PACKAGE = "paperlint.data"


def table_rows(name: str) -> list[dict[str, str]]:
    """The rows of the shipped table `name`, each a mapping of column to value."""
    # typeshed's Traversable.open omits newline=, which the files' open() accepts.
    with resources.files(DATA_PACKAGE).joinpath(name).open(encoding="utf-8", newline="") as stream:  # type: ignore[call-overload]
        return [dict(record) for record in csv.DictReader(stream)]
