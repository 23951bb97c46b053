"""Copy detection across papers: near-duplicate papers and passages two papers share.

Each paper's words (lower-cased, as `document.WORD` counts them) are cut into 5-word
shingles, and the shingles into windows of 50 words, overlapping by half. Every window gets a
MinHash signature and goes into one MinHashLSH index (datasketch), so papers whose windows
look alike are found without comparing every pair of papers. Each candidate pair is then
verified exactly, word by word:

- its passages: runs of identical words, joined across gaps of a few changed words (a
  country name swapped), kept when they are at least `min_passage_words` long;
- its resemblance: the Jaccard index of the two papers' whole shingle sets.

A pair is reported when it shares a passage or resembles past `copy_resemblance` (a copy).
Papers linked by reported pairs form groups; a group of three or more is, typically, papers
pasted from the same web page (the same paragraphs, and the same debris between them).

Text that very many papers share (a conference's template, a famous quotation) is not
copying: a shingle found in more than `common_text_papers` papers neither makes papers
candidates nor starts a passage.
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from paperlint.document import WORD, Document

SHINGLE_WORDS = 5


@dataclass(frozen=True)
class CopySettings:
    """The thresholds of copy detection (documented in docs/reports.md)."""

    min_passage_words: int = 40
    copy_resemblance: float = 0.5
    window_words: int = 50
    window_stride: int = 25
    window_similarity: float = 0.5  # the LSH threshold: it finds candidates, verified exactly
    num_perm: int = 64
    max_gap_words: int = 4
    common_text_papers: int = 50


@dataclass(frozen=True)
class Passage:
    """The same words in two papers: [start, end) offsets into each paper's text."""

    first: tuple[int, int]
    second: tuple[int, int]
    words: int
    exact: bool  # word for word; False when a few words differ inside it


@dataclass(frozen=True)
class CopyPair:
    first: str  # paper paths, in the order the papers were given
    second: str
    resemblance: float  # Jaccard index of the two papers' 5-word shingles, 0–1
    passages: tuple[Passage, ...]
    is_copy: bool  # resemblance at or over the copy threshold: most of the two papers is the same

    @property
    def shared_words(self) -> int:
        return sum(p.words for p in self.passages)


@dataclass(frozen=True)
class Copies:
    pairs: tuple[CopyPair, ...]  # most alike first
    groups: tuple[tuple[str, ...], ...]  # three or more papers linked by pairs

    def pairs_of(self, path: str) -> list[CopyPair]:
        return [p for p in self.pairs if path in (p.first, p.second)]


@dataclass
class _Paper:
    path: str
    words: list[str]
    spans: list[tuple[int, int]]
    shingles: list[str]

    @classmethod
    def read(cls, document: Document) -> _Paper:
        matches = list(WORD.finditer(document.text))
        words = [m.group().lower().replace("’", "'") for m in matches]
        shingles = [" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)]
        return cls(document.path, words, [m.span() for m in matches], shingles)

    def windows(self, settings: CopySettings, common: set[str]) -> list[set[int]]:
        """The hashed shingles of each window of `window_words` words, every `window_stride`
        words, leaving out common text."""
        hashed = [zlib.crc32(shingle.encode("utf-8")) for shingle in self.shingles if shingle not in common]
        size = settings.window_words - SHINGLE_WORDS + 1
        starts = range(0, max(1, len(hashed) - size + settings.window_stride), settings.window_stride)
        return [window for start in starts if (window := set(hashed[start:start + size]))]


def find_copies(documents: Sequence[Document], settings: CopySettings = CopySettings()) -> Copies:
    """The pairs of papers that share passages or are copies, and the groups they form."""
    papers = [_Paper.read(d) for d in documents]
    spread = Counter(shingle for paper in papers for shingle in set(paper.shingles))
    common = {shingle for shingle, count in spread.items() if count > settings.common_text_papers}
    pairs = []
    for i, j in sorted(_candidates(papers, settings, common)):
        pair = _verify(papers[i], papers[j], settings, common)
        if pair.passages or pair.is_copy:
            pairs.append(pair)
    pairs.sort(key=lambda p: (-p.resemblance, -p.shared_words, p.first, p.second))
    return Copies(tuple(pairs), _groups(pairs, [p.path for p in papers]))


def _candidates(papers: list[_Paper], settings: CopySettings, common: set[str]) -> set[tuple[int, int]]:
    """Pairs of papers with at least one pair of look-alike windows, by MinHashLSH."""
    from datasketch import MinHash, MinHashLSH  # here: it imports scipy, which `check` of one paper never needs

    keys, window_sets = [], []
    for number, paper in enumerate(papers):
        for index, window in enumerate(paper.windows(settings, common)):
            keys.append((number, index))
            window_sets.append(window)
    signatures = MinHash.bulk(window_sets, num_perm=settings.num_perm, hashfunc=_hashed)
    index = MinHashLSH(threshold=settings.window_similarity, num_perm=settings.num_perm)
    with index.insertion_session() as session:
        for key, signature in zip(keys, signatures):
            session.insert(key, signature, check_duplication=False)
    found: set[tuple[int, int]] = set()
    for (number, _), signature in zip(keys, signatures):
        others = {other for other, _ in index.query(signature)} - {number}
        found.update((min(number, other), max(number, other)) for other in others)
    return found


def _hashed(value: int) -> int:
    """The windows hold shingles hashed once per paper: MinHash takes them as they are."""
    return value


def _verify(a: _Paper, b: _Paper, settings: CopySettings, common: set[str]) -> CopyPair:
    set_a, set_b = set(a.shingles), set(b.shingles)
    union = len(set_a | set_b)
    resemblance = len(set_a & set_b) / union if union else 0.0
    passages = tuple(
        Passage((a.spans[i][0], a.spans[i + n - 1][1]), (b.spans[p][0], b.spans[p + m - 1][1]), n, exact)
        for i, p, n, m, exact in _joined(_runs(a, b, common), settings.max_gap_words)
        if min(n, m) >= settings.min_passage_words
    )
    return CopyPair(a.path, b.path, round(resemblance, 3), passages, resemblance >= settings.copy_resemblance)


def _runs(a: _Paper, b: _Paper, common: set[str]) -> list[tuple[int, int, int]]:
    """(word index in a, word index in b, length) of the longest runs of identical words
    that start at each shared shingle (not common text), left to right through `a`."""
    where_b: dict[str, list[int]] = defaultdict(list)
    for position, shingle in enumerate(b.shingles):
        if shingle not in common:
            where_b[shingle].append(position)
    runs, i = [], 0
    while i < len(a.shingles):
        best = None
        for p in where_b.get(a.shingles[i], ())[:16]:
            length = SHINGLE_WORDS
            while i + length < len(a.words) and p + length < len(b.words) and a.words[i + length] == b.words[p + length]:
                length += 1
            if best is None or length > best[2]:
                best = (i, p, length)
        if best is None:
            i += 1
        else:
            runs.append(best)
            i += best[2]
    return runs


def _joined(runs: list[tuple[int, int, int]], max_gap: int) -> list[tuple[int, int, int, int, bool]]:
    """Runs that follow each other in both papers, a few words apart, joined into one passage:
    (word index in a, in b, length in a, length in b, word for word)."""
    joined: list[tuple[int, int, int, int, bool]] = []
    for i, p, n in runs:
        if joined:
            ji, jp, jn, jm, _ = joined[-1]
            gap_a, gap_b = i - (ji + jn), p - (jp + jm)
            if 0 <= gap_a <= max_gap and 0 <= gap_b <= max_gap:
                joined[-1] = (ji, jp, i + n - ji, p + n - jp, False)
                continue
        joined.append((i, p, n, n, True))
    return joined


def _groups(pairs: list[CopyPair], paths: list[str]) -> tuple[tuple[str, ...], ...]:
    """Connected papers (three or more), each group in the papers' order, biggest first."""
    parent = {path: path for path in paths}

    def root(path: str) -> str:
        while parent[path] != path:
            parent[path] = parent[parent[path]]
            path = parent[path]
        return path

    for pair in pairs:
        parent[root(pair.first)] = root(pair.second)
    members: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        members[root(path)].append(path)
    groups = [tuple(group) for group in members.values() if len(group) >= 3]
    return tuple(sorted(groups, key=lambda g: (-len(g), paths.index(g[0]))))

