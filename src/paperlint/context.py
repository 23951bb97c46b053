"""What a rule may know about the run it is part of: the `RunContext`.

A Python rule is `check(document, rule, ctx)`. `ctx` carries the resolved configuration, the
date policy, and the run's services (grammar engines, the fact tables), so no rule reads
module globals, environment variables or files of its own.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from paperlint.analysis.events import years_told
from paperlint.document import Document

if TYPE_CHECKING:
    from paperlint.config import Config
    from paperlint.facts import Checked
    from paperlint.facts.knowledge import KnowledgeBase
    from paperlint.grammar import GrammarService


@dataclass(frozen=True)
class DatePolicy:
    """The one answer to "when was this paper written?", for every rule and command.

    Precedence: `--date`; the paper's own date (a `Date:` line or front matter); the
    config's fallback `date`; the file's creation date last (templates leave it stale)."""

    override: datetime.date | None = None
    fallback: datetime.date | None = None

    def paper_date(self, document: Document) -> datetime.date | None:
        meta = document.metadata
        return self.override or meta.date or self.fallback or meta.file_date

    def written_before(self, document: Document, day: datetime.date) -> bool:
        """Whether the paper was written before `day`: by its date, or, undated, when every year
        it tells of is earlier (a paper of 2016 that says "Swaziland" is not wrong)."""
        written = self.paper_date(document)
        if written is not None:
            return written < day
        years = years_told(document.text)
        return bool(years) and max(years) < day.year

    def as_of(self, document: Document, today: datetime.date | None = None) -> datetime.date:
        """The date facts are checked as of: the paper's date, else today."""
        return self.paper_date(document) or today or datetime.date.today()


@dataclass(frozen=True)
class RunContext:
    """One configuration's view of a run: config, dates and the shared services."""

    config: Config
    grammar: GrammarService = field(compare=False)

    @cached_property
    def dates(self) -> DatePolicy:
        return DatePolicy(self.config.paper_date(self.config.override_date), self.config.paper_date())

    @property
    def knowledge(self) -> KnowledgeBase:
        from paperlint.facts.knowledge import knowledge_base

        return knowledge_base()

    def checked_claims(self, document: Document, events: bool = True) -> list[Checked]:
        """The paper's claims with their verdicts as of its date (else today), looked up online
        when the configuration asks (see `paperlint.facts.checked_claims`)."""
        from paperlint.facts import checked_claims

        online = self.config if self.config.online else None
        return checked_claims(document, self.knowledge, self.dates.as_of(document), online, events)


def standalone_context(config: Config | None = None) -> RunContext:
    """A context for library use and tests: `config` (default: defaults) with the process's
    shared grammar service. The command line makes a service of its own for each run."""
    from paperlint.config import Config
    from paperlint.grammar import shared_service

    return RunContext(config or Config(), shared_service())
