"""Sentences in another language (paperlint.analysis.language), in our own words."""

from __future__ import annotations

import pytest

from paperlint.analysis.language import foreign_sentences
from tests.conftest import document_from


def foreign(text: str) -> list[str]:
    document = document_from(text)
    return [document.text[start:end] for start, end in foreign_sentences(document)]


def test_a_short_sentence_beside_a_french_one_is_french_too():
    text = ("Norland backs the treaty.\n\nLe Canada est un pays qui a beaucoup de ressources pour les provinces. "
            "Nous voulons une voix forte. La Banque de Montréal doit rester au Canada.")
    assert foreign(text) == ["Le Canada est un pays qui a beaucoup de ressources pour les provinces.",
                             "Nous voulons une voix forte.", "La Banque de Montréal doit rester au Canada."]


@pytest.mark.parametrize("text", [
    # an English sentence with names in another language, beside a French one
    "Le Canada est un pays qui a beaucoup de ressources pour les provinces. We thank Señor Peña and the Banco de México.",
    # the same short sentence with no French sentence beside it in its paragraph
    "Norland backs the treaty.\n\nLe Canada est un pays qui a beaucoup de ressources.\n\nNous voulons une voix forte.",
    "I am Rubén Darío Núñez, a member of the assembly since 2019.",
])
def test_english_and_lone_short_sentences_stay_english(text):
    assert not any(s.startswith(("We thank", "Nous", "I am")) for s in foreign(text))
