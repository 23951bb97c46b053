"""Copy detection across papers (paperlint.copies) on a generated corpus with planted copies
and pasted passages: every planted pair found, no other pair. The 2,000-paper run, timed, is
bench/copies.py."""

from __future__ import annotations

import pytest

from paperlint.copies import CopySettings, find_copies
from paperlint.readers import read_bytes
from tests.copies_corpus import make_corpus


def documents(papers: dict[str, str]):
    return [read_bytes(text.encode("utf-8"), name, "txt") for name, text in papers.items()]


@pytest.fixture(scope="module")
def corpus():
    return make_corpus(200, copies=20, pastes=20, seed=11)


@pytest.fixture(scope="module")
def found(corpus):
    return find_copies(documents(corpus.papers))


def test_every_planted_pair_is_found_and_no_other(corpus, found):
    pairs = {frozenset((p.first, p.second)) for p in found.pairs}
    assert len(corpus.true_pairs) >= 60
    assert pairs - corpus.true_pairs == set()  # no false pair
    assert corpus.true_pairs - pairs == set()  # every copy and every shared paste


def test_copies_are_copies_and_pastes_share_their_passage(corpus, found):
    by_pair = {frozenset((p.first, p.second)): p for p in found.pairs}
    copies = [by_pair[pair] for pair in corpus.copy_pairs]
    assert sum(p.is_copy for p in copies) >= 15  # a copy with a paragraph replaced may fall under 0.5
    assert all(p.passages for p in copies)
    texts = {d.path: d.text for d in documents(corpus.papers)}
    for pair, pasted in corpus.passages.items():
        reported = by_pair[pair]
        assert not reported.is_copy
        shared = " ".join(texts[reported.first][s:e] for s, e in (p.first for p in reported.passages))
        assert all(word in shared.split() for word in pasted.split()), pair


def test_only_the_country_name_changed_is_one_copy_with_small_changes(corpus, found):
    source, copy = sorted(next(iter(p for p in corpus.copy_pairs if "paper-0180.txt" in p)))
    pair = next(p for p in found.pairs if {p.first, p.second} == {source, copy})
    assert pair.resemblance > 0.5 and pair.is_copy
    words = len(corpus.papers[source].split())
    assert pair.shared_words > 0.8 * words
    assert any(not passage.exact for passage in pair.passages)  # joined across the changed names


def test_papers_pasted_from_one_web_page_are_one_group(corpus, found):
    groups = [set(g) for g in found.groups]
    for pasted in corpus.paste_groups:
        if len(pasted) >= 3:
            assert set(pasted) in groups


def test_passages_are_offsets_of_the_same_words_in_both_papers(corpus, found):
    texts = {d.path: d.text for d in documents(corpus.papers)}
    for pair in found.pairs:
        for passage in pair.passages:
            first = texts[pair.first][slice(*passage.first)].lower().split()
            second = texts[pair.second][slice(*passage.second)].lower().split()
            if passage.exact:
                assert first == second
            assert first[:3] == second[:3] and first[-3:] == second[-3:]


def test_a_short_shared_sentence_is_not_copying():
    corpus = make_corpus(6, copies=0, pastes=0, seed=3)
    quote = "Recalling General Assembly resolution on the protection of civilians in armed conflict and the rule of law."
    papers = {name: text + "\n" + quote + "\n" for name, text in corpus.papers.items()}
    assert find_copies(documents(papers)).pairs == ()


def test_text_that_many_papers_share_is_a_template_not_a_copy():
    corpus = make_corpus(12, copies=0, pastes=0, seed=5)
    template = make_corpus(1, copies=0, pastes=0, seed=99).papers["paper-0000.txt"].split("\n\n")[1]
    papers = {name: template + "\n\n" + text for name, text in corpus.papers.items()}
    assert find_copies(documents(papers), CopySettings(common_text_papers=8)).pairs == ()
    assert len(find_copies(documents(papers), CopySettings(common_text_papers=50)).pairs) == 66


def test_the_same_papers_give_the_same_answer(corpus, found):
    assert find_copies(documents(corpus.papers)) == found
