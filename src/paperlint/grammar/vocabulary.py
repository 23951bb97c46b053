"""The MUN vocabulary: words no engine may flag (accept) and terms to avoid (reject).

Lists ship as data in `paperlint.rules/vocabularies/<name>/{accept,reject}.txt`, one entry a
line, `#` starting a comment (accepted entries match as written, or capitalised); a reject line
may name its replacement, and the day from which the replacement holds (a State renamed):
`Swaziland => Eswatini (since 2018-04-19)`.
Config adds entries: `[tool.paperlint.vocabulary] accept = [...]`, `reject = [...]`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from paperlint.analysis.phrases import phrases_regex
from paperlint.grammar.matches import EngineMatch
from paperlint.wordlists import builtin_list

REPLACEMENT = "=>"


@dataclass(frozen=True)
class Rejected:
    """A term to avoid, its replacement (None when the list gives none), and the day from which
    the replacement holds (None: always); a paper written before it may use the term."""

    term: str
    replacement: str | None = None
    since: datetime.date | None = None


@dataclass(frozen=True)
class Vocabulary:
    accept: tuple[str, ...]
    reject: tuple[Rejected, ...]

    @property
    def accepted_words(self) -> tuple[str, ...]:
        """Single words of the accepted phrases, for an engine's dictionary."""
        return tuple(sorted({word for phrase in self.accept for word in phrase.split()}))

    def covers(self, text: str, start: int, end: int) -> bool:
        """True when text[start:end] lies inside an accepted phrase there."""
        pattern = _pattern(self.accept)
        if pattern is None:
            return False
        window = max(0, start - 100)
        return any(m.start() <= start and end <= m.end() for m in pattern.finditer(text, window, min(len(text), end + 100)))

    def keep(self, text: str, matches: list[EngineMatch]) -> list[EngineMatch]:
        return [m for m in matches if not self.covers(text, m.start, m.end)]


@lru_cache(maxsize=64)
def _pattern(phrases: tuple[str, ...]) -> re.Pattern | None:
    """Accepted phrases as written, or capitalised at a sentence start ("Counter-terrorism"):
    case matters otherwise, so accepting "WHO" does not accept "who"."""
    if not phrases:
        return None
    capitalised = [p[0].upper() + p[1:] for p in phrases if p[:1].islower()]
    return phrases_regex(phrases + tuple(capitalised), ignorecase=False)


_SINCE = re.compile(r"\s*\(since\s+(\d{4}-\d{2}-\d{2})\)\s*$")


def _reject_entry(line: str) -> Rejected:
    term, _, replacement = line.partition(REPLACEMENT)
    since = _SINCE.search(replacement)
    if since:
        replacement = replacement[: since.start()]
    return Rejected(term.strip(), replacement.strip() or None, datetime.date.fromisoformat(since.group(1)) if since else None)


def vocabulary(config=None) -> Vocabulary:
    """The built-in MUN lists plus the config's own (config may be None: built-ins only)."""
    extra = getattr(config, "vocabulary", None)
    return _vocabulary(tuple(getattr(extra, "accept", ()) or ()), tuple(getattr(extra, "reject", ()) or ()))


@lru_cache(maxsize=16)
def _vocabulary(accept: tuple[str, ...], reject: tuple[str, ...]) -> Vocabulary:
    accepted = builtin_list("accept") + accept
    rejected = tuple(_reject_entry(line) for line in builtin_list("reject") + reject)
    rejected_terms = {_reject_entry(line).term.lower() for line in reject}
    return Vocabulary(tuple(a for a in accepted if a.lower() not in rejected_terms), rejected)


_WORDS_DIRECTIVE = re.compile(r"^words\s*[:=]?\s*(?P<words>.+)$", re.IGNORECASE | re.DOTALL)


def document_words(document) -> frozenset[str]:
    """The paper's own vocabulary: the words of its `<!-- paperlint: words Foo, Bar -->` comments."""
    found: set[str] = set()
    for _, body in document.directives:
        match = _WORDS_DIRECTIVE.match(body.strip())
        if match:
            found.update(word.strip() for word in re.split(r"[,;\n]", match["words"]) if word.strip())
    return frozenset(found)
