"""What every grammar engine's findings become before paperlint rules claim them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EngineMatch:
    """One engine finding: offsets are Python character offsets into the checked text."""

    engine: str  # "languagetool" or "harper"
    rule_id: str  # the engine's own rule id (EN_A_VS_AN, AnA…)
    category: str  # the engine's category (TYPOS, GRAMMAR… or Harper's lint kind)
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
