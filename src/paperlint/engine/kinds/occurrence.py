"""occurrence: too many (or too few) tokens in a scope, such as words in a sentence."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from paperlint import patterns
from paperlint.analysis.phrases import segments
from paperlint.analysis.regions import regions
from paperlint.document import WORD
from paperlint.engine.kinds import Hit, Kind

if TYPE_CHECKING:
    from paperlint.context import RunContext
    from paperlint.document import Document
    from paperlint.engine.registry import Rule



@dataclass
class Params:
    max: int | None = None
    min: int | None = None
    token: str = WORD.pattern
    list_items: bool = False  # a list in a sentence ("…: A; B; C.") is measured item by item
    names_as_one: bool = False  # a name or title of four capitalised words or more counts as one word
    series_as_one: bool = False  # a series of four items or more ("…, …, …, and …") counts as its first item
    # A segment at most this many tokens over `max` passes when no stretch of it between commas,
    # semicolons, colons, dashes or brackets has more than `max` minus this many tokens.
    paused_extra: int = 0

    @cached_property
    def regex(self) -> patterns.Pattern:
        return patterns.compile_pattern(self.token)


class Occurrence(Kind):
    name = "occurrence"
    Params = Params
    DEFAULT_SCOPE = "sentence"
    PLACEHOLDERS = ("found", "count", "max", "min")

    def check(self, document: Document, rule: Rule, ctx: RunContext) -> Iterator[Hit]:
        limits = {"max": rule.params.max, "min": rule.params.min}
        words = document.word_starts if rule.params.token == WORD.pattern else None
        citations = [(r.start, r.end) for r in regions(document).of("citation")
                     if _names_a_source(document, r.start, r.end)] if "citation" in rule.skip else []
        for start, end in _pieces(document, rule.scope, rule.params.list_items):
            if words is not None:  # words, as the document counts them: by bisection
                count = _between(words, start, end) - sum(
                    _between(words, max(start, s), min(end, e)) for s, e in citations if s < end and start < e
                )  # an in-text citation ("(“No Lifeline …”)", "(WHO 2021)") is no part of the sentence to read
            else:
                count = patterns.count(rule.params.regex, document.text, start, end)
            read = count  # what a reader takes in: "the Convention on the Elimination of All Forms of …" is one name
            if rule.params.names_as_one:
                read -= sum(len(WORD.findall(name.group())) - 1 for name in _NAME_RUN.finditer(document.text, start, end))
            if rule.params.series_as_one:
                read -= _words_after_first_items(document.text[start:end])
            too_many = rule.params.max is not None and read > rule.params.max \
                and not _paused(document, start, end, read, rule.params)
            too_few = rule.params.min is not None and read < rule.params.min
            if too_many or too_few:
                yield Hit(start, end, {"count": count, **limits})


def _pieces(document: Document, scope: str, list_items: bool) -> Iterator[tuple[int, int]]:
    """The scope's segments; with `list_items`, a segment that lists items after a colon,
    separated by semicolons ("… the following measures: negotiate …; ban …; share ….") or by
    commas before a verb in -ing that opens each of three items or more ("… include: expanding …,
    bringing …, and creating …"), as its lead-in and its items."""
    for start, end in segments(document, scope):
        opening = _LIST_OPENING.search(document.text, start, end) if list_items else None
        colon = opening.start() if opening else -1
        cuts = [m.end() for m in _ITEM_END.finditer(document.text, colon + 1, end)] if opening else []
        if opening and not cuts and _GERUND.match(document.text, colon + 1):
            cuts = [m.end() for m in _GERUND_ITEM.finditer(document.text, colon + 1, end)]
            cuts = cuts if len(cuts) >= _GERUND_ITEMS - 1 else []
        if not cuts:
            yield start, end
            continue
        yield from zip([start, colon + 1, *cuts], [colon + 1, *cuts, end])


_LIST_OPENING = patterns.compile_pattern(r"(?<!\d):\s")  # not a ratio's ("0.99:1")
# A name or title: four capitalised words or more, small joining words allowed between them.
_CAPITALISED = r"[A-Z][\w'’.-]*"
_NAME_RUN = patterns.compile_pattern(
    _CAPITALISED + r"(?:\s+(?:(?:of|the|and|on|for|in|to|against|at|by|with|from|&|a|an)\s+)*" + _CAPITALISED + r"){3,}"
)
_ITEM_END = patterns.compile_pattern(r";\s")
# Items that each open with a verb in -ing, after the first: ", bringing", ", and creating", " and prioritizing".
_GERUND = patterns.compile_pattern(r"\s*[a-z]+ing\s")
_GERUND_ITEM = patterns.compile_pattern(r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?=[a-z]+ing\s)")
_GERUND_ITEMS = 3


def _words_after_first_items(sentence: str) -> int:
    """The words of every item but the first of each series in a sentence, which a reader takes in
    as one list: four items or more set off by commas, each short and the last after "and" or "or"
    ("…, establishing reserves, raising awareness, increasing forestation and living …"), or three
    numbered ones or more ("(1) encouraging …, (2) forming …, (3) sponsoring …")."""
    numbered = list(_ITEM_NUMBER.finditer(sentence))
    if len(numbered) >= _NUMBERED_ITEMS:
        return len(WORD.findall(sentence, numbered[1].start()))  # from the second item to the end
    chunks = sentence.split(",")
    words = [len(WORD.findall(chunk)) for chunk in chunks]
    last = next((i for i in range(len(chunks) - 1, 0, -1) if _LAST_ITEMS.search(chunks[i])), None)
    if last is None or words[last] > _LAST_ITEM_WORDS:
        return 0
    first = last
    while first > 1 and words[first - 1] <= _ITEM_WORDS:
        first -= 1
    if _LEAD_IN.match(chunks[first]):
        first += 1  # "…, such as engineers, surveyors, …": the series' first item opens that piece
    joined = not _LAST_ITEMS.match(chunks[last])  # "…, building dams and planting trees": two items
    items_after_the_first = last - first + 1 + joined
    return sum(words[first : last + 1]) if items_after_the_first >= _SERIES_ITEMS - 1 else 0


_ITEM_NUMBER = patterns.compile_pattern(r"(?<![\w(])\(?(?:\d{1,2}|[a-h]|i{1,3}|iv|v)\)\s")
_NUMBERED_ITEMS = 3
_LEAD_IN = patterns.compile_pattern(r"\s*(?:such\s+as|including|like|namely|for\s+example|e\.g\.)\s")
_LAST_ITEMS = patterns.compile_pattern(r"^\s*(?:and|or)\s|\s(?:and|or)\s")  # "…, and planting"; "…, dams and trees"
_SERIES_ITEMS, _ITEM_WORDS, _LAST_ITEM_WORDS = 4, 8, 12


def _paused(document: Document, start: int, end: int, read: int, params: Params) -> bool:
    """A segment long only by a little whose every stretch between pauses is short: it reads clearly."""
    if params.max is None or not params.paused_extra or read > params.max + params.paused_extra:
        return False
    stretches = _PAUSE.split(document.text[start:end])
    return max(len(params.regex.findall(stretch)) for stretch in stretches) <= params.max - params.paused_extra


_PAUSE = patterns.compile_pattern(r"[,;:()\[\]–—]|\s-\s")


def _names_a_source(document: Document, start: int, end: int) -> bool:
    """A citation that only names its source: a title in quotation marks, or a few words ("(J.
    Ribeiro, 2011)"); not an aside that holds a year ("(in particular Hurricane Mitch, which
    devastated the country in 1998, …)"), which the reader reads."""
    inner = document.text[start + 1 : end - 1].strip()
    return inner[:1] in "“\"" or _between(document.word_starts, start, end) <= _SOURCE_WORDS


_SOURCE_WORDS = 8


def _between(word_starts: list[int], start: int, end: int) -> int:
    return bisect.bisect_left(word_starts, end) - bisect.bisect_left(word_starts, start)


KIND = Occurrence()
