"""Rule kinds: each module here defines one `Kind`, found by discovery, not by a list.

A kind turns a rule's parameters into `Hit`s over a document. The runner turns hits into
findings (location, message, severity, suppression), so kinds never format output.
"""

from __future__ import annotations

import dataclasses
import pkgutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING, Any

from paperlint import records
from paperlint.findings import Severity

if TYPE_CHECKING:
    from paperlint.context import RunContext
    from paperlint.document import Document
    from paperlint.engine.registry import Rule


@dataclass(frozen=True)
class Hit:
    """A span a rule flags. `values` fill the message; `found` is added by the runner."""

    start: int
    end: int
    values: dict[str, Any] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    severity: Severity | None = None
    engine_rule: str | None = None
    safe: bool = True  # False: the suggestion needs a human look, --fix leaves it alone
    # About the whole paper, only placed on this span to be seen: never dropped with the text
    # it sits on (web debris that another finding removes).
    about_paper: bool = False


def paper_hit(document: Document, values: dict[str, Any], details: tuple[str, ...] = (),
              severity: Severity | None = None) -> Hit:
    """A hit about the whole paper, placed on its header line or title (`paper_span`)."""
    from paperlint.analysis.structure import paper_span

    return Hit(*paper_span(document), values, details=details, severity=severity, about_paper=True)


class Kind:
    """Base class for a rule kind; subclasses set the class attributes and `check`."""

    name: str = ""
    Params: type = type(None)
    DEFAULT_SCOPE = "block"
    PLACEHOLDERS: tuple[str, ...] | None = ("found",)

    def check(self, document: Document, rule: Rule, ctx: RunContext) -> Iterable[Hit]:
        """Hits of `rule` on `document`, in the run described by `ctx`."""
        raise NotImplementedError

    def bind(self, current: Any, package: str | None, where: str) -> Any:
        """The parameters of a record of the pack whose Python package is `package` (None for
        a pack file outside a package), with anything named relative to the pack resolved."""
        return current

    def override(self, current: Any, overrides: dict[str, Any], where: str) -> Any:
        merged = {f.name: getattr(current, f.name) for f in dataclasses.fields(current)}
        merged.update(overrides)
        return records.build(self.Params, merged, where)


def match_case(found: str, replacement: str) -> str:
    """Give `replacement` the capitalisation of `found` when `found` starts a sentence."""
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


@cache
def kinds() -> dict[str, Kind]:
    found: dict[str, Kind] = {}
    for module_info in pkgutil.iter_modules(__path__):
        module = import_module(f"{__name__}.{module_info.name}")
        kind = getattr(module, "KIND", None)
        if isinstance(kind, Kind):
            found[kind.name] = kind
    return found
