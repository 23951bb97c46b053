"""A generated corpus for copy detection: papers in varied random wording, with planted copies
and planted passages pasted from "web pages" into several papers, and the truth about both.

    corpus = make_corpus(200, copies=20, pastes=20, seed=11)

Deterministic for a seed. Copies cycle through disguises (only the country name changed,
paragraphs reordered, a few words swapped for synonyms, a paragraph replaced); each pasted
passage is two paragraphs of a web page with its debris lines between them, pasted whole or
in part into two to four papers. Every other pair of papers shares no passage.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from itertools import combinations

COUNTRIES = [
    "Belgium", "Japan", "Brazil", "Kenya", "Canada", "India", "Norway", "Mexico", "Ghana", "Indonesia",
    "Chile", "Viet Nam", "Côte d'Ivoire", "Germany", "Egypt", "Peru", "Sweden", "Nigeria", "Australia",
    "Morocco", "Philippines", "Poland", "Senegal", "Jordan", "Argentina", "Finland", "Malaysia", "Nepal",
    "Portugal", "Rwanda", "Uruguay", "Zambia", "Tunisia", "Ecuador", "Ireland", "Mongolia", "Fiji",
]
COMMITTEES = ["Security Council", "General Assembly First Committee", "Economic and Social Council",
              "Human Rights Council", "UNEP", "World Health Assembly"]
TOPICS = ["climate finance", "cyber security", "refugee protection", "global health", "food security",
          "nuclear disarmament", "ocean governance", "digital inclusion", "water scarcity", "migration"]
SUBJECTS = ["{country}", "The Delegation of {country}", "The Government of {country}", "Member States",
            "Regional organizations", "Civil society", "Donor countries", "Local authorities",
            "The international community", "Developing countries", "Small island states", "Our delegation"]
VERBS = ["supports", "calls for", "proposes", "welcomes", "urges", "recommends", "encourages", "funds",
         "questions", "reviews", "expands", "strengthens", "monitors", "coordinates", "protects", "reforms",
         "finances", "measures", "promotes", "rejects", "studies", "shares", "designs", "evaluates"]
ADJECTIVES = ["sustainable", "regional", "national", "transparent", "voluntary", "binding", "rapid", "local",
              "independent", "affordable", "digital", "coastal", "rural", "urban", "long-term", "shared",
              "inclusive", "preventive", "technical", "financial", "legal", "public", "private", "joint",
              "annual", "modest", "ambitious", "flexible", "reliable", "open", "safe", "fair"]
NOUNS = ["funding", "training", "monitoring", "research", "data", "partnerships", "schools", "clinics",
         "border controls", "early warning", "reporting", "infrastructure", "courts", "insurance", "markets",
         "technology transfer", "capacity building", "peer review", "legislation", "budgets", "audits",
         "supply chains", "water systems", "vaccines", "satellites", "ports", "farms", "grids", "networks",
         "universities", "hospitals", "shelters", "pipelines", "treaties", "standards", "registries"]
PLACES = ["in rural areas", "across the region", "at the national level", "along the coast", "in cities",
          "within five years", "before the next review", "under existing mandates", "with partners",
          "through the United Nations", "in conflict zones", "for young people", "for women and girls"]
CONNECTORS = ["because", "so that", "while", "although", "since", "whereas", "provided that", "until"]
SYNONYMS = {"supports": "backs", "urges": "presses", "proposes": "suggests", "funding": "financing",
            "rapid": "quick", "shared": "common", "schools": "colleges", "data": "statistics"}
DEBRIS = ["Share this article", "Advertisement", "Read more", "Subscribe to our newsletter",
          "Posted by admin", "Leave a comment", "Click here to continue", "Related posts"]


def _phrase(rng: random.Random) -> str:
    return f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"


def _sentence(rng: random.Random, country: str) -> str:
    subject = rng.choice(SUBJECTS).format(country=country)
    clause = f"{subject} {rng.choice(VERBS)} {_phrase(rng)} {rng.choice(PLACES)}"
    if rng.random() < 0.6:
        clause += f" {rng.choice(CONNECTORS)} {_phrase(rng)} {rng.choice(VERBS)} {_phrase(rng)}"
    if rng.random() < 0.4:
        clause += f" and {_phrase(rng)} {rng.choice(PLACES)}"
    return clause + "."


def _paragraph(rng: random.Random, country: str, sentences: int) -> str:
    return " ".join(_sentence(rng, country) for _ in range(sentences))


@dataclass
class Corpus:
    papers: dict[str, str]  # name -> text
    copy_pairs: set[frozenset[str]] = field(default_factory=set)
    paste_groups: list[tuple[str, ...]] = field(default_factory=list)
    passages: dict[frozenset[str], str] = field(default_factory=dict)  # pair -> pasted text

    @property
    def true_pairs(self) -> set[frozenset[str]]:
        pasted = {frozenset(pair) for group in self.paste_groups for pair in combinations(group, 2)}
        return self.copy_pairs | pasted


def _paper(rng: random.Random, country: str) -> tuple[str, list[str]]:
    header = (f"Country: {country}\nCommittee: {rng.choice(COMMITTEES)}\n"
              f"Topic: {rng.choice(TOPICS).capitalize()}\nDelegate: Student {rng.randrange(10**6)}")
    return header, [_paragraph(rng, country, rng.randint(4, 7)) for _ in range(rng.randint(4, 6))]


def _join(header: str, paragraphs: list[str]) -> str:
    return header + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _disguise(rng: random.Random, number: int, header: str, paragraphs: list[str], country: str) -> str:
    """A copy of a paper: the country name changed, and by `number`, one more disguise."""
    other = rng.choice([c for c in COUNTRIES if c != country])
    paragraphs = list(paragraphs)
    kind = number % 4
    if kind == 1:
        rng.shuffle(paragraphs)
    elif kind == 2:
        paragraphs = [" ".join(SYNONYMS.get(w, w) if rng.random() < 0.5 else w for w in p.split(" ")) for p in paragraphs]
    elif kind == 3:
        paragraphs[rng.randrange(len(paragraphs))] = _paragraph(rng, other, 5)
    return _join(header, paragraphs).replace(country, other)


def make_corpus(count: int, copies: int = 20, pastes: int = 20, seed: int = 11) -> Corpus:
    """`count` papers in all, `copies` of them copies of others, and `pastes` passages each
    pasted into two to four papers (none of them a copy or copied)."""
    rng = random.Random(seed)
    base = count - copies
    made = [(_paper(rng, country), country) for country in (rng.choice(COUNTRIES) for _ in range(base))]
    names = [f"paper-{n:04d}.txt" for n in range(count)]
    order = list(range(base))
    rng.shuffle(order)
    sources, order = order[:copies], order[copies:]
    corpus = Corpus({})
    pasted_into: dict[int, str] = {}
    for _ in range(pastes):
        web = [_paragraph(rng, "the region", rng.randint(4, 5)) for _ in range(2)]
        debris = rng.sample(DEBRIS, 3)
        full = "\n\n".join([debris[0], web[0], debris[1], web[1], debris[2]])
        group_size = rng.randint(2, 4)
        group, order = order[:group_size], order[group_size:]
        for position, index in enumerate(group):
            text = full if position == 0 or rng.random() < 0.5 else "\n\n".join([web[0], debris[1]])
            pasted_into[index] = text
        corpus.paste_groups.append(tuple(names[i] for i in group))
        for a, b in combinations(group, 2):
            shared = pasted_into[a] if len(pasted_into[a]) <= len(pasted_into[b]) else pasted_into[b]
            corpus.passages[frozenset((names[a], names[b]))] = shared
    for index, ((header, paragraphs), _) in enumerate(made):
        if index in pasted_into:
            paragraphs = list(paragraphs)
            paragraphs.insert(rng.randint(1, len(paragraphs)), pasted_into[index])
        corpus.papers[names[index]] = _join(header, paragraphs)
    for number, source in enumerate(sources):
        (header, paragraphs), country = made[source]
        name = names[base + number]
        corpus.papers[name] = _disguise(rng, number, header, paragraphs, country)
        corpus.copy_pairs.add(frozenset((names[source], name)))
    return corpus
