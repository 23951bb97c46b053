"""Conference profiles: what a position paper must contain and how long it may be.

A profile names the header fields a paper needs (or must not have, for blind grading), the
sections it should cover, whether it needs a sources section and in-text citations, and its
length limit. Three are built in: `default` (no conference chosen), `generic` and `nmun`; config
picks one with `profile = "…"` and defines its own under `[tool.paperlint.profiles.<name>]`,
starting from a built-in one (`extends`) and changing only the keys it names. See docs/profiles.md.

Without a chosen conference the structure rules report only what is plainly missing: a paper
with no header at all, no sources, a paper more than twice as long as a page a topic (a missing
section is listed in the figures, not reported). A chosen profile (`strict`) reports every required item it lacks.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from paperlint.errors import ConfigError

HEADER_FIELDS = ("committee", "country", "topic", "school", "delegate", "date")
# Section keys, in the order a paper usually takes them, with the name a suggestion uses.
SECTIONS = {
    "background": "Topic Background",
    "past_action": "Past International Action",
    "country_policy": "Country Policy",
    "solutions": "Proposed Solutions",
}
DEFAULT_PROFILE = "default"
# Without a chosen conference, a paper is "plainly" too long at this many times the page limit.
LENIENT_LENGTH_FACTOR = 2
# Without a chosen conference, a paper with no topic heading may cover this many topics (conferences
# ask one paper for up to three): its words are measured against that many topics' pages. Over
# rounds 51-63, 17 of 22 default-profile length findings were judged wrong or pedantic by both
# judges, none on a paper of more than 4.9 pages of words; the three both judged right had 5.7 and more.
UNTOLD_TOPICS = 3
# Without a chosen conference, a paper whose longest topic is under this share of a page (350
# words at 500 words a page) is a statement of position: a conference that asks for four parts and
# sources asks for about a page a topic (background and past action take half of it), while a
# format that asks only for the delegation's position (a web form, 250-300 words a topic, no
# footnotes) leaves no room for them. Such a paper is not asked for these sections, nor for
# sources unless its text cites some.
POSITION_ONLY_PAGES = 0.7
POSITION_ONLY_SKIPS = ("background", "past_action")
# `spelling`: "paper" keeps the English the paper is written in (US or British) and reports
# only mixed spellings; "un" asks for the UN's own spelling (British, with -ize) in every paper.
SPELLINGS = ("paper", "un")


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    required_fields: tuple[str, ...] = ("committee", "country", "topic")
    forbidden_fields: tuple[str, ...] = ()
    sections: tuple[str, ...] = tuple(SECTIONS)
    sources: bool = True
    citations: bool = True
    max_pages: float | None = None
    max_pages_per_topic: float | None = None
    max_words: int | None = None
    words_per_page: int = 500
    third_person: bool = True
    spelling: str = "paper"
    # Shorter texts are excerpts, not papers: the structure checks leave them alone.
    min_words: int = 120
    # A conference's own profile reports every required item a paper lacks; the default one
    # (no conference chosen) only what is plainly missing.
    strict: bool = True


BUILTIN = {
    "default": Profile(
        name="default",
        description="No conference chosen: the generic layout, reporting only what is plainly missing.",
        max_pages_per_topic=1.5,
        strict=False,
    ),
    "generic": Profile(
        name="generic",
        description="A high-school conference: Committee / Country / Topic header, about one page per topic.",
        max_pages_per_topic=1.5,
    ),
    "nmun": Profile(
        name="nmun",
        description="NMUN-style: country, school and committee on page one, at most two pages.",
        required_fields=("country", "school", "committee"),
        max_pages=2,
    ),
}


@dataclass
class CustomProfile:
    """A `[tool.paperlint.profiles.<name>]` table: a built-in profile with some keys changed."""

    extends: str = "generic"
    description: str | None = None
    required_fields: list[str] | None = None
    forbidden_fields: list[str] | None = None
    sections: list[str] | None = None
    sources: bool | None = None
    citations: bool | None = None
    max_pages: float | None = None
    max_pages_per_topic: float | None = None
    max_words: int | None = None
    words_per_page: int | None = None
    third_person: bool | None = None
    spelling: str | None = None
    min_words: int | None = None


def build_profile(name: str, custom: CustomProfile, where: str) -> Profile:
    """The profile a config table defines, checked: known base, fields and sections."""
    if custom.extends not in BUILTIN:
        raise ConfigError(f"{where}: key 'extends': no built-in profile {custom.extends!r} (known: {', '.join(BUILTIN)})")
    changes: dict[str, Any] = {
        f.name: (tuple(value) if isinstance(value, list) else value)
        for f in dataclasses.fields(custom)
        if f.name != "extends" and (value := getattr(custom, f.name)) is not None
    }
    for key, known in (("required_fields", HEADER_FIELDS), ("forbidden_fields", HEADER_FIELDS), ("sections", SECTIONS)):
        unknown = [item for item in changes.get(key, ()) if item not in known]
        if unknown:
            raise ConfigError(
                f"{where}: key {key.replace('_', '-')!r}: unknown {unknown[0]!r} (known: {', '.join(known)})"
            )
    if changes.get("spelling", "paper") not in SPELLINGS:
        raise ConfigError(f"{where}: key 'spelling': {changes['spelling']!r} is not one of {', '.join(SPELLINGS)}")
    for key in ("max_pages", "max_pages_per_topic", "max_words", "words_per_page"):
        if key in changes and changes[key] <= 0:
            raise ConfigError(f"{where}: key {key.replace('_', '-')!r}: must be positive")
    base = BUILTIN[custom.extends]
    # A profile written in config is a conference's choice: it reports every item a paper lacks.
    return dataclasses.replace(
        base, name=name, description=changes.pop("description", base.description), strict=True, **changes
    )


def profile_names(custom: dict[str, CustomProfile]) -> list[str]:
    return sorted({*BUILTIN, *custom})


def select_profile(name: str, custom: dict[str, CustomProfile], where: str) -> Profile:
    """The profile called `name`: a custom one from config first, then a built-in one."""
    if name in custom:
        return build_profile(name, custom[name], f"{where}: [profiles.{name}]")
    if name in BUILTIN:
        return BUILTIN[name]
    raise ConfigError(f"{where}: no profile {name!r} (known: {', '.join(profile_names(custom))})")


def validate_profiles(selected: str, custom: dict[str, CustomProfile], where: str) -> None:
    """Fail with a one-line ConfigError unless every custom profile and the selected one are valid."""
    for name in {selected, *custom}:
        select_profile(name, custom, where)


def profile_for(config) -> Profile:
    """The profile a resolved `paperlint.config.Config` selects (the default when config is None)."""
    if config is None:
        return BUILTIN[DEFAULT_PROFILE]
    return select_profile(config.profile, config.profiles, config.path or "command line")
