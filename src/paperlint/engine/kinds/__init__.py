"""Rule kinds: each module here defines one `Kind`, found by discovery, not by a list.

A kind turns a rule's parameters into `Hit`s over a document. The runner turns hits into
findings (location, message, severity, suppression), so kinds never format output.
"""

from __future__ import annotations

import dataclasses
import pkgutil
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from paperlint.engine import params
from paperlint.findings import Severity

if TYPE_CHECKING:
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


class Kind:
    """Base class for a rule kind; subclasses set the class attributes and `check`."""

    name: str = ""
    Params: type = type(None)
    DEFAULT_SCOPE = "block"
    PLACEHOLDERS: tuple[str, ...] = ("found",)

    def check(self, document: "Document", rule: "Rule", config: Any = None) -> Iterable[Hit]:
        """Hits of `rule` on `document`; `config` is the resolved `paperlint.config.Config`."""
        raise NotImplementedError

    def override(self, current: Any, overrides: dict[str, Any], where: str) -> Any:
        merged = {f.name: getattr(current, f.name) for f in dataclasses.fields(current)}
        merged.update(overrides)
        return params.build(self.Params, merged, where)


def segments(document: "Document", scope: str) -> Iterator[tuple[int, int]]:
    """The (start, end) spans of `document` that a rule with this scope looks at."""
    if scope == "text":
        if document.blocks:
            yield document.blocks[0].start, document.blocks[-1].end
    elif scope == "sentence":
        for sentence in document.sentences:
            yield sentence.start, sentence.end
    else:
        for block in document.blocks:
            if scope == "block" or block.kind == scope or (
                scope == "paragraph" and block.kind != "heading"
            ):
                yield block.start, block.end


def match_case(found: str, replacement: str) -> str:
    """Give `replacement` the capitalisation of `found` when `found` starts a sentence."""
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


def phrase_pattern(phrase: str) -> str:
    """A literal phrase as a regex: any run of spaces matches, and ' matches ’ too."""
    words = [re.escape(word) for word in phrase.split()]
    return re.sub("['’]", "['’]", r"\s+".join(words))


def phrases_regex(phrases: Iterable[str], ignorecase: bool = True, group: bool = False) -> re.Pattern:
    """One regex for whole-word literal phrases, longest first.

    With `group=True` each phrase gets its own group `p<index>` (index into `phrases`).
    """
    indexed = sorted(enumerate(phrases), key=lambda item: len(item[1]), reverse=True)
    parts = [
        (f"(?P<p{index}>{phrase_pattern(p)})" if group else phrase_pattern(p)) for index, p in indexed
    ]
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(parts) + r")(?![\w'’])", re.IGNORECASE if ignorecase else 0)


def matched_index(match: re.Match) -> int:
    """Which phrase of a `phrases_regex(..., group=True)` matched."""
    return int(match.lastgroup[1:])


@lru_cache(maxsize=None)
def kinds() -> dict[str, Kind]:
    found: dict[str, Kind] = {}
    for module_info in pkgutil.iter_modules(__path__):
        module = import_module(f"{__name__}.{module_info.name}")
        kind = getattr(module, "KIND", None)
        if isinstance(kind, Kind):
            found[kind.name] = kind
    return found
