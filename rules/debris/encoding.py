"""Mis-decoded text (DB003): mojibake such as "womenâ€™s" or "CafÃ©", left where a page or a
file was read in the wrong character encoding and pasted into a paper.

ftfy finds it (its `badness` measure of character sequences that text in any language would
not hold) and repairs it (`fix_encoding`, which undoes the wrong decoding and nothing else);
each repaired stretch is reported as the word it sits in, with the repaired word as the fix.
"""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher

from paperlint.engine.kinds import Hit


def mis_decoded_text(document, rule, ctx) -> Iterator[Hit]:
    """Each word of a block that ftfy repairs, with the repaired word."""
    if document.text.isascii():  # each sequence ftfy's `is_bad` looks for holds a character beyond ASCII
        return
    from ftfy import fix_encoding
    from ftfy.badness import is_bad

    if not is_bad(document.text):
        return
    for block in document.blocks:
        piece = document.text[block.start : block.end]
        if not is_bad(piece):
            continue
        fixed = fix_encoding(piece)
        for a0, a1, b0, b1 in _changed_words(piece, fixed):
            yield Hit(block.start + a0, block.start + a1, {"expected": fixed[b0:b1]}, (fixed[b0:b1],))


def _changed_words(before: str, after: str) -> list[tuple[int, int, int, int]]:
    """(start, end) in `before` and in `after` of each word that differs, whole words."""
    spans: list[tuple[int, int, int, int]] = []
    for tag, a0, a1, b0, b1 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        while a0 > 0 and b0 > 0 and before[a0 - 1].isalnum():
            a0, b0 = a0 - 1, b0 - 1
        while a1 < len(before) and before[a1].isalnum():
            a1, b1 = a1 + 1, b1 + 1
        if spans and a0 <= spans[-1][1]:  # in the same word as the last change
            spans[-1] = (spans[-1][0], a1, spans[-1][2], b1)
        else:
            spans.append((a0, a1, b0, b1))
    return spans
