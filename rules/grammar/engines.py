"""The rules that turn engine matches into paperlint findings (GR1xx here, SP001 in the spelling pack).

Each engine rule record (kind: python, check: `engines.engine_finding`) lists in its options the
engine rule ids and categories it claims, per engine (`languagetool`, `harper`). A match goes
to exactly one record: the one naming its rule id, else the one naming its category, else the
one claiming `*` (a name with `*` elsewhere is a rule-id pattern, tried after exact ids).
Matches no record claims are dropped.
"""

from __future__ import annotations

import dataclasses
import difflib
import fnmatch
import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

from paperlint.rules.grammar.agreement import irregular_plural, mandative, same_in_the_plural, third_person
from rapidfuzz.distance import Levenshtein

from paperlint.analysis.countries import states
from paperlint.analysis.elision import dictionary_word, elided_word, spoken_voice, written_as_spoken
from paperlint.analysis.english import other_english, spelling_pairs
from paperlint.analysis.events import SMALL_NUMBERS, noun_lemma, noun_senses, wordnet
from paperlint.analysis.language import english_grammar_words, in_another_language
from paperlint.analysis.parse import parsed_sentence
from paperlint.analysis.phrases import name_list_at
from paperlint.analysis.regions import regions
from paperlint.analysis.voice import ruler_number
from paperlint.document import is_abbreviation
from paperlint.engine.habits import PERVASIVE, once_in_a_voice, once_or_each
from paperlint.engine.kinds import Hit
from paperlint.grammar.matches import EngineMatch
from paperlint.grammar.vocabulary import document_words
from paperlint.metadata import HEADER_BLOCKS, un_body_names
from paperlint.wordlists import cmu_dictionary, known_acronyms

CHECK = f"{__name__}:engine_finding"  # as the registry names it (`kinds.python`)
ENGINES = ("languagetool", "harper")
ANY = "*"


def _claims(rule) -> dict[str, tuple[str, ...]]:
    options = rule.params.options
    return {engine: tuple(options.get(engine) or ()) for engine in ENGINES}


@lru_cache(maxsize=1)
def _builtin_claims() -> tuple[tuple[str, dict[str, tuple[str, ...]]], ...]:
    from paperlint.engine.registry import load_rules

    return tuple((r.code, _claims(r)) for r in load_rules() if getattr(r.params, "check", None) == CHECK)


def owner(match: EngineMatch, claims) -> str | None:
    """The code of the record that claims `match`: by rule id, then by a rule-id pattern
    (`*AGREEMENT*`), then by category, then by `*`."""
    tests = (
        lambda entry: entry == match.rule_id,
        lambda entry: entry != ANY and "*" in entry and fnmatch.fnmatchcase(match.rule_id, entry),
        lambda entry: entry == match.category,
        lambda entry: entry == ANY,
    )
    for test in tests:
        for code, claimed in claims:
            if any(test(entry) for entry in claimed.get(match.engine, ())):
                return code
    return None


def engine_finding(document, rule, ctx) -> Iterator[Hit]:
    """The engine matches this record claims, with the engine's message and suggestions."""
    claims = [(code, c) for code, c in _builtin_claims() if code != rule.code]
    claims.insert(0, (rule.code, _claims(rule)))
    skip_names = rule.params.options.get("flag_names") is False
    hits = []
    for match in ctx.grammar.matches(document, ctx.config):
        if other_english_spelling(document, match):
            continue  # the other English's own spelling: mixing is CN019's and UN005's business
        if any(misread(document.text, match) for misread in _MISREADINGS) \
                or any(misread(document, match) for misread in _MISREADINGS_IN_CONTEXT):
            continue
        if owner(match, claims) == rule.code and not (skip_names and is_name(document, match)):
            broken = _paragraph_breaks_sentence(document, match)
            respelt = None if broken else _respelling(document, match)
            message = _BROKEN_PARAGRAPH if broken else respelt[0] if respelt else match.message.strip()
            hits.append(Hit(
                match.start,
                match.end,
                values={"message": message},
                suggestions=() if broken else respelt[1] if respelt else _mended_stop(document.text, match)
                or _phrasal_verb_of_a_noun(document.text, match) or _split_first(
                    document.text[match.start : match.end], match.suggestions),
                engine_rule=f"{match.engine}:{match.rule_id}",
            ))
    spoken = written_as_spoken(document.text, document.cache) if hits else None
    if spoken is not None:  # round 65: a pirate's speech, whose spelling and grammar are the character's
        more = f" (and {len(hits) - 1} more like it)" if len(hits) > 1 else ""
        yield once_in_a_voice(document, hits, spoken_voice(spoken), {"message": hits[0].values["message"] + more})
        return
    groups: dict[tuple[str, tuple], list[Hit]] = {}
    for hit in hits:
        written = document.text[hit.start : hit.end]
        # spacing slips are one habit; so is one slip made again and again ("mexico" five times,
        # "in Gambia", "by Gambia" and "As Gambia" for "the Gambia")
        spacing = _spacing_only(written, hit.suggestions)
        key = ("spacing", ()) if spacing else (hit.engine_rule or "", _edit(written, hit.suggestions))
        groups.setdefault(key, []).append(hit)
    for key, group in groups.items():
        if len(group) < PERVASIVE:
            yield from group
            continue
        first = group[0]
        habit = "Spacing slips like this one run" if key[0] == "spacing" else "The same slip runs"
        message = f"{first.values['message']} {habit} through the paper: fix them in one pass."
        for found in once_or_each(document, [(hit.start, hit.end) for hit in group], {"message": message}):
            yield dataclasses.replace(found, suggestions=first.suggestions, engine_rule=first.engine_rule)


_IN_CAPITALS = "An acronym everyone knows, written in small letters: write it in capitals."


def _respelling(document, match: EngineMatch) -> tuple[str, tuple[str, ...]] | None:
    """The message and suggestions for a word the spelling engine flags whose fix the paper or the
    word's shape gives better than the engine's guesses (round 52, where both engines offered
    "sac", "all" or "Environment"): an acronym everyone knows in small letters ("unesco"); a name
    the paper capitalises elsewhere ("the oru groups" beside "the Oru"); a ruler's number typed with
    small l's ("King Albert lll"); a word of a name in another language after its elided article
    ("de l’Agriculteure"), which no English word mends; a plural written with "’s" before no noun it
    owns, from any engine rule ("our ropes and hammocks’s will", round 55), its plain plural; an
    article before another, one of the two; an article before a preposition, whose noun was lost.
    None for any other match."""
    text = document.text
    plural = _plural_owning_nothing(text, match.start, match.end)
    if plural:
        return f"A plural with a possessive's “’s” that owns nothing after it: write '{plural}'.", (plural,)
    if match.rule_id in ("AnA", "EN_A_VS_AN") and _ARTICLE_AFTER.match(text, match.end):
        return "Two articles in a row: keep one.", ()  # "was a an idea" (round 65): not "an an"
    lost = _WORD_AFTER.match(text, match.end) if match.rule_id in ("AnA", "EN_A_VS_AN") else None
    if lost is not None and lost[1].lower() in _NO_ARTICLE_BEFORE:  # "will have to find a in the city" (round 68)
        return f"'{text[match.start : match.end]}' stands before '{lost[1]}': the word it introduced was lost.", ()
    verb = _verb_after_an(text, match)
    if verb is not None:
        return f"'an' before the verb '{verb}': 'and' was meant.", ("and",)  # "peace an promoting" (round 66)
    if not _spell_check(match):
        return None
    capitals = _acronym_in_small_letters(text, match)
    if capitals:
        return _IN_CAPITALS, capitals
    name = _name_in_small_letters(text, match.start, match.end, match.suggestions)
    if name:
        return f"The paper writes '{name}' with a capital elsewhere, as a name: capitalise it here too.", (name,)
    joined = _prefix_written_apart(text, match.start, match.end)
    if joined:
        return f"'{text[match.start : match.end]}' is a prefix written apart from its word: join them with a hyphen.", (joined,)
    numeral = _numeral_in_small_letters(text, match.start, match.end)
    if numeral:
        return f"A ruler's number typed with small letters: write '{numeral}'.", (numeral,)
    if _ELIDED_ARTICLE.search(text, max(0, match.start - 5), match.start):
        # "l’Agriculteure": misspelt French, which "Agriculture" does not mend
        return f"{match.message.strip()} It follows an article of another language: no English spelling is offered.", ()
    return None


_PLURAL_AND_S = re.compile(r"([A-Za-z]{3,}s)['’]s")
# Prepositions and conjunctions, which no article comes straight before: the article's noun was lost.
_NO_ARTICLE_BEFORE = frozenset("in on at of for with by from into onto upon within without and or but nor so".split())
_ARTICLE_AFTER = re.compile(r"\s+(?:a|an|the)\b", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")


def _verb_after_an(text: str, match: EngineMatch) -> str | None:
    """The word after an "an" the engine would make "a", when it is a verb and no noun, nor a
    participle before its noun: "and" was meant."""
    lexicon = wordnet()
    after = _WORD_AFTER.match(text, match.end)
    if match.rule_id not in ("AnA", "EN_A_VS_AN") or text[match.start : match.end].lower() != "an" \
            or after is None or lexicon is None:
        return None
    word = after[1].lower()
    if noun_senses(word) or lexicon.lemma(word, "verb") is None:
        return None
    following = _WORD_AFTER.match(text, after.end())
    if word.endswith("ed") and following is not None and noun_senses(following[1].lower()) \
            and following[1].lower() not in english_grammar_words():
        return None  # "an shared database" (round 67): a participle before its noun, so "a" was meant
    return after[1]


def _plural_owning_nothing(text: str, start: int, end: int) -> str | None:
    """The plain plural of a plural noun written with "’s" before no noun it could own: "our
    ropes and hammocks’s will rot" (round 55); "the hammocks’s ropes" is a possessive, left to the engine."""
    written = _PLURAL_AND_S.fullmatch(text, start, end)
    lexicon = wordnet()
    if written is None or lexicon is None or lexicon.lemma(written[1], "noun") in (None, written[1].lower()):
        return None
    after = re.match(r"[ \t]*([\w'’]+|\S|$)", text[end:])
    following = after[1].lower() if after else ""
    owns_nothing = not following[:1].isalnum() or following in _BEFORE_A_BARE_VERB | _AUXILIARIES \
        or following in english_grammar_words() and following not in _DETERMINERS
    return written[1] if owns_nothing else None


def _prefix_written_apart(text: str, start: int, end: int) -> str | None:
    """The hyphenated word a prefix written apart makes with the word after it: "eco friendly
    innovations" -> "eco-friendly" (round 59, where "echo" and "ego" were offered)."""
    after = re.match(r" ([a-z]{3,})\b", text[end:])
    prefix = text[start:end]
    return f"{prefix}-{after[1]}" if prefix.lower() in _PREFIXES and after and _known_word(after[1]) else None


def _spell_check(match: EngineMatch) -> bool:
    """True for a match of the engine's dictionary check (Harper's SpellCheck, LanguageTool's
    MORFOLOGIK rules), not of a grammar or style rule."""
    return match.rule_id == "SpellCheck" or match.rule_id.startswith(("MORFOLOGIK", "HUNSPELL"))


# An elided article or preposition of French or Italian, right before a word: "l’", "d’", "dell’".
_ELIDED_ARTICLE = re.compile(r"(?<![\w'’])(?:[lLdD]|[dD]ell|[qQ]u)['’]$")


def _name_in_small_letters(text: str, start: int, end: int, suggestions: tuple[str, ...]) -> str | None:
    """The capitalised form of a lower-case word that the paper itself writes with a capital inside
    a sentence and alone, as a name ("the Oru and the Tamsi" … "the oru groups": "Oru"); None
    when it does not. A capital that only opens a sentence, or starts a longer name ("San
    Francisco" for "san"), says nothing; nor does one on a slip of a common word ("the
    Enviroment" beside "enviroment"), which the engine's guess mends."""
    word = text[start:end]
    if not word.isalpha() or not word.islower():
        return None
    lexicon = wordnet()
    if len(word) > _SHORT and suggestions and _one_edit(word, suggestions[0].lower()) \
            and lexicon is not None and lexicon.lists(suggestions[0].lower()):
        return None
    name = word[:1].upper() + word[1:]
    uses = re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text)
    return name if any(_inside_sentence(text, m.start()) and not _CAPITALISED_AFTER.match(text, m.end()) for m in uses) else None


_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z]")
# A ruler's number, as capitals would write it: I to XXXIX.
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# A capitalised name right before a word: "King Albert ".
_NAME_BEFORE_NUMBER = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+$")


def _numeral_in_small_letters(text: str, start: int, end: int) -> str | None:
    """The capitals of a ruler's number typed with a small "l" for "I" after a name ("Albert lll":
    "III", "King Albert ll": "II", "Henry Vlll": "VIII"); None for any other word. A grammar word
    before it ("The ll") is no name, and a word joined to the next by a hyphen ("Kim Il-Sung") is
    part of the name."""
    word = text[start:end]
    if "l" not in word or not re.fullmatch(r"[lIiVvXx]+", word) or text[end : end + 1] in {"-", "‐", "‑"}:
        return None
    numeral = word.upper().replace("L", "I")
    before = _NAME_BEFORE_NUMBER.search(text, max(0, start - 40), start)
    if not numeral or not _ROMAN.fullmatch(numeral) or before is None or before.group(1).lower() in english_grammar_words():
        return None
    return numeral


def _acronym_in_small_letters(text: str, match: EngineMatch) -> tuple[str, ...]:
    """The capitals of a known acronym the engine calls a misspelling, with its plural or its
    possessive as written: "unesco" -> "UNESCO", "ngo’s" -> "NGOs" or "NGO’s" (round 50, where the
    engines offered "fresco" and "ego's")."""
    if not (match.rule_id == "SpellCheck" or match.rule_id.startswith("MORFOLOGIK")):
        return ()
    found = re.fullmatch(r"(?P<word>[a-z]{2,}?)(?P<ending>['’]?s)?", text[match.start : match.end])
    if found is None or found["word"].upper() not in known_acronyms():
        return ()  # ("ngos": the acronym and its plural)
    if re.search(r"\ban[ \t]+$", text[max(0, match.start - 4) : match.start], re.IGNORECASE):
        return ()  # "an un development country": read as a word, not as "a UN" (round 63)
    acronym, ending = found["word"].upper(), found["ending"] or ""
    return (acronym + "s", acronym + ending) if ending[:1] in {"'", "’"} else (acronym + ending,)


def _mended_stop(text: str, match: EngineMatch) -> tuple[str, ...]:
    """A full stop typed twice before a new sentence, where the engine offers an ellipsis: "orbiting
    the Earth.. Many satellites" wants one stop (round 49)."""
    return (".",) if text[match.start : match.end] == ".." and re.match(r"\s+[A-Z]|\s*$", text[match.end :]) else ()


def _edit(written: str, suggestions: tuple[str, ...]) -> tuple:
    """What the first suggestion changes in the written words, each change with the word it
    stands before: the same slip in other words around it has the same edit."""
    if not suggestions:
        return (written,)
    before, after = written.split(), suggestions[0].split()
    return tuple(
        (tuple(before[a:b]), tuple(after[c:d]), before[b] if b < len(before) else "")
        for tag, a, b, c, d in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes() if tag != "equal"
    ) or (written,)


def _article_fits_an_acronym(text: str, match: EngineMatch) -> bool:
    """True when the engine would swap "a"/"an" before a word in capitals that may be said as a
    word, and some way of saying it suits the article as written: "a STEM degree", "a NATO
    member", "a UN agency" (the CMU Pronouncing Dictionary); or before a word in small letters
    that the dictionary says so: "an utter failure" (round 54, where Harper read "ut-" as "you").
    "a NGO", "an university" and "a honest" are still reported."""
    article = text[match.start : match.end].lower()
    following = re.match(r"\W*([A-Z]{2,}(?![a-z])|[a-z]+(?![\w'’]))", text[match.end : match.end + 30])
    if article not in {"a", "an"} or following is None:
        return False
    if following.group(1).islower() and [s.lower() for s in match.suggestions[:1]] != [{"a": "an", "an": "a"}[article]]:
        return False  # not the other article asked for: "herders an in the end" wants "and"
    sayings = cmu_dictionary().get(following.group(1).lower()) or []
    return any((saying[0][-1].isdigit()) == (article == "an") for saying in sayings)


_BROKEN_PARAGRAPH = (
    "A paragraph break cuts this sentence in two: the paragraph before ends mid-sentence. "
    "Join the two paragraphs rather than capitalising this word."
)


# A paragraph this long is running text, not a title line without a full stop; a title's last
# word has a capital ("… of the Water Crisis"), a sentence cut short ends on a small word or a comma.
_SENTENCE_WORDS = 6
_ENDS_MID_SENTENCE = re.compile(r"(?:^|\s)[a-z][\w'’-]*,?\s*$")


def _paragraph_breaks_sentence(document, match: EngineMatch) -> bool:
    """True when the engine asks for a capital on the first word of a paragraph whose previous
    paragraph ends mid-sentence, on a small word or a comma ("… controlling interactions" /
    "for various reasons …"): an Enter pressed inside a sentence, not a sentence to capitalise."""
    word = document.text[match.start : match.end]
    if not (word[:1].islower() and match.suggestions and match.suggestions[0] == word[:1].upper() + word[1:]):
        return False
    block = document.block_at(match.start)
    if block is None or block.start != match.start or block.kind not in ("paragraph", "heading"):
        return False
    index = document.blocks.index(block)
    if index == 0 or document.blocks[index - 1].kind not in ("paragraph", "heading"):
        return False
    before = document.blocks[index - 1]
    text = document.text[before.start : before.end]
    return len(text.split()) >= _SENTENCE_WORDS and _ENDS_MID_SENTENCE.search(text) is not None


_NEXT_WORDS = re.compile(r"(?:[ \t]+[A-Za-z][\w-]*){1,5}")
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "it", "them"}


def _noun_phrase_read_short(text: str, match: EngineMatch) -> bool:
    """True when the engine ended a noun phrase too early: a participle it wants as a verb's base
    form after "to" describes the noun after it ("contributing to improved health outcomes"), or
    a word it wants plural after "one of the" comes before the phrase's plural noun ("one of the
    smallest medical device markets", "one of the main and most worrying issues")."""
    lexicon = wordnet()
    flagged = text[match.start : match.end]
    following = _NEXT_WORDS.match(text, match.end)
    if lexicon is None or following is None or not match.suggestions:
        return False
    words = following.group().split()
    participle = re.fullmatch(r"to\s+([a-z]+ed)", flagged)
    if participle:
        return _participle_describing_its_noun(lexicon, participle.group(1), words)
    if flagged.isalpha() and match.suggestions[0].lower() in {flagged.lower() + "s", flagged.lower() + "es"}:
        for word in words:
            lower = word.lower()
            if noun_lemma(word) != lower and lexicon.senses(noun_lemma(word), "noun"):
                return True  # the phrase's plural noun
            if not (lower in _PHRASE_LINKS or lexicon.is_adjective(lower) or lexicon.lemma(lower, "noun")):
                return False  # the phrase ended: "one of the main reason why countries …" is a slip
    return False


def _participle_describing_its_noun(lexicon, participle: str, words: list[str]) -> bool:
    """True when a participle after "to" describes the noun after it, over adjectives between
    ("lead to reduced physical growth"): one WordNet lists as an adjective, or, before a plural
    noun, any verb's past participle ("respect to invented traditions", round 55). A determiner
    after it ("plans to expanded the grid") makes it the verb."""
    adjective = lexicon.is_adjective(participle)
    if not adjective and lexicon.lemma(participle, "verb") in (None, participle):
        return False
    for word in words[:3]:
        lower = word.lower()
        if lower in _DETERMINERS or not word.isalpha():
            return False
        noun = noun_lemma(lower)
        if lexicon.senses(noun, "noun"):
            return adjective or noun != lower
        if not lexicon.is_adjective(lower):
            return False
    return False


_FROM_BEFORE = re.compile(r"\bfrom[ \t]+(?:being[ \t]+)?([a-z]+)[ \t]+$", re.IGNORECASE)


def _to_of_a_range(text: str, match: EngineMatch) -> bool:
    """True when the engine wants a verb's base form after a "to" that closes a range "from" opens,
    between two adjectives: "from being agrarian to industrialised" (round 55); "to" is the preposition."""
    participle = re.fullmatch(r"to\s+([a-z]+ed)", text[match.start : match.end])
    start = _FROM_BEFORE.search(text, max(0, match.start - 40), match.start)
    lexicon = wordnet()
    return participle is not None and start is not None and lexicon is not None \
        and lexicon.is_adjective(participle[1]) and lexicon.is_adjective(start[1].lower())


def _abbreviation_before_an_ellipsis(text: str, match: EngineMatch) -> bool:
    """True when the engine calls a word misspelt whose stop an ellipsis took ("France, Germany,
    etc… we could ask", round 68): WordNet lists it with its stop ("etc.")."""
    lexicon = wordnet()
    return _spell_check(match) and lexicon is not None and text[match.end : match.end + 1] in {"…", "."} \
        and lexicon.is_adverb(text[match.start : match.end].lower() + ".")


def _repeat_closing_a_range(text: str, match: EngineMatch) -> bool:
    """True when the engine calls "sea to sea to" a duplicated phrase where "from" opens a range
    of one word twice ("from sea to sea to block the rebels", round 67): the range, then an infinitive."""
    repeated = re.fullmatch(r"(\w+)\s+(to)\s+\1\s+to", text[match.start : match.end], re.IGNORECASE)
    before = text[max(0, match.start - 8) : match.start]
    return repeated is not None and re.search(r"\bfrom\s+$", before, re.IGNORECASE) is not None


_BE_FORMS = frozenset("be been being is are was were".split())


def _verb_and_preposition_read_as_compound(text: str, match: EngineMatch) -> bool:
    """True when Harper wants the adjective "built-in" for the verb "built" and the preposition of
    a phrase, after "be" or before a determiner or a number: "wells must be built in remote
    villages", "roads built in 2010" (round 55).
    The compound describes a noun after a determiner or on its own: "a built in alarm"."""
    if text[match.start : match.end].lower() != "built in":
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start - 20), match.start)
    after = re.match(r"[ \t]+([\w'’]+)", text[match.end :])
    if before is not None and before[1].lower() in _DETERMINERS:
        return False
    return before is not None and before[1].lower() in _BE_FORMS or after is not None and (
        after[1].lower() in _OBJECT_OPENERS or after[1][0].isdigit() or after[1][0].isupper())


_LOTS_OF = re.compile(r"[ \t]+of((?:[ \t]+[a-z][\w-]*){1,4})")


def _lots_of_a_mass_noun(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "are" in "there is lots of" before a mass noun: "there is lots of
    wasted potential" (round 55), as "there is a lot of"; "there is lots of problems" is the slip.
    The noun is the last of the adjectives and nouns after "of"."""
    if text[match.start : match.end].lower() not in {"is lots", "'s lots", "’s lots"}:
        return False
    phrase = _LOTS_OF.match(text, match.end)
    lexicon = wordnet()
    if phrase is None or lexicon is None:
        return False
    head = None
    for word in phrase[1].split():
        if word in english_grammar_words() and head is not None or not (
                lexicon.is_adjective(word) or lexicon.lemma(word, "noun")):
            break
        head = word
    return head is not None and lexicon.lemma(head, "noun") == head and not head.endswith("s") \
        and not irregular_plural(head) and not same_in_the_plural(head)


_THAT_CLAUSE_BEFORE = re.compile(r"\b([a-z]+)[ \t]+that[ \t]+(?:[\w'’-]+[ \t]+){1,4}$", re.IGNORECASE)


def _subjunctive_after_a_word_of_demand(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "-s" on a base form in a "that" clause after a word of demand:
    "proposes that Congress abolish the toll" (round 55), the subjunctive GR003 leaves alone too."""
    flagged = text[match.start : match.end]
    if not flagged.isalpha() or not match.suggestions or match.suggestions[0].lower() not in {
            third_person(flagged.lower()), flagged.lower() + "s"}:
        return False
    clause = _THAT_CLAUSE_BEFORE.search(text, max(0, match.start - 60), match.start)
    return clause is not None and mandative(clause[1])


# Between "the" and a superlative: adjectives joined by "and" or "or", a comma and an adverb
# ("the most recent and, arguably, finest").
_THE_CARRIED_OVER = re.compile(
    r"\bthe[ \t]+(?:[a-z]+[ \t]+){0,2}?[a-z]+[ \t]*,?[ \t]+(?:and|or)[ \t]*,?[ \t]*(?:[a-z]+ly[ \t]*,?[ \t]+)?$",
    re.IGNORECASE)


def _superlative_after_its_shared_the(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool asks "the" before a superlative joined by "and" or "or" to words the
    "the" before them already opens: "one of the most recent and, arguably, finest bridges" (round 55)."""
    return match.rule_id == "THE_SUPERLATIVE" \
        and _THE_CARRIED_OVER.search(text, max(0, match.start - 60), match.start) is not None


def _prefix_hyphened_before_a_vowel(text: str, match: EngineMatch) -> bool:
    """True when the engine would close a prefix's hyphen before a vowel ("inter-ethnic" ->
    "interethnic", round 55): the hyphen that keeps two vowels apart is standard beside the closed
    form (co-operation, pre-existing). A hyphen before a consonant ("counter-act") is still reported."""
    flagged = text[match.start : match.end]
    prefix, hyphen, rest = flagged.partition("-")
    return bool(hyphen) and match.suggestions[:1] == (flagged.replace("-", ""),) and prefix.lower() in _PREFIXES \
        and rest[:1].lower() in "aeiou" and len(rest) > 2 and _known_word(rest)


# Words that carry a noun phrase on to its noun: "one of the main and most worrying issues".
_PHRASE_LINKS = frozenset("and or most more very less least".split())


# A time word after a noun starts an adjunct, not the noun's complement ("weigh the consequences
# before imposing sanctions"); after a compound adjective, a function word or a stop shows that
# no noun follows it ("kept up to date to catch new risks").
_TIME_PREPOSITIONS = frozenset("before after during until since throughout".split())
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:to|and|or|for|with|in|by|as|at|on|of|that|which|than|about|from|during"
    r"|however|but|yet|so|because|although|though|while|whereas|when|if|unless|since|therefore|thus"
    r"|the|an?|its|their|our|his|her)\b)"  # a determiner opens a noun phrase of its own ("were soon to be the …")
)


def _time_adjunct_read_as_complement(text: str, match: EngineMatch) -> bool:
    """True when the engine wants another preposition after a noun where the paper's says when
    ("consequences before imposing"), not what the noun is of."""
    words = text[match.start : match.end].split()
    return (
        len(words) == 2 and words[1].lower() in _TIME_PREPOSITIONS and bool(match.suggestions)
        and all(s.split()[:1] == words[:1] and len(s.split()) == 2 for s in match.suggestions)
    )


def _predicative_compound(text: str, match: EngineMatch) -> bool:
    """True when the engine hyphenates a compound adjective of three words or more that no noun
    follows ("are up to date to catch"), or of two after a form of "be" ("are well informed
    about"): only one before its noun takes hyphens ("an up-to-date register", "a well-informed
    public")."""
    written = text[match.start : match.end]
    words = written.split()
    after_be = _BE_BEFORE.search(text, max(0, match.start - 20), match.start) is not None
    return (
        (len(words) >= 3 or len(words) == 2 and after_be) and bool(match.suggestions)
        and match.suggestions[0] == "-".join(words) and _NO_NOUN_AFTER.match(text, match.end) is not None
    )


_HAVE_BEFORE = re.compile(r"\b(?:has|have|had|having)(?:[ \t]+not)?[ \t]+$", re.IGNORECASE)


def _perfect_verb_read_as_compound(text: str, match: EngineMatch) -> bool:
    """True when the engine hyphenates an adverb and a past participle after a form of "have": a
    verb in the perfect with its adverb ("Chile has well placed itself", round 64), not an adjective
    ("have long lasting effects" is one)."""
    words = text[match.start : match.end].split()
    lexicon = wordnet()
    return len(words) == 2 and match.suggestions[:1] == ("-".join(words),) and lexicon is not None \
        and _HAVE_BEFORE.search(text, max(0, match.start - 16), match.start) is not None \
        and lexicon.lemma(words[1].lower(), "verb") not in (None, words[1].lower()) and not words[1].lower().endswith("ing")


# Multipliers that stand before a determiner as predeterminers: "almost triple the number".
_MULTIPLIERS = frozenset({"double", "triple", "quadruple", "twice", "thrice", "half"})


def _multiplier_read_as_verb(text: str, match: EngineMatch) -> bool:
    """True when the engine asks a verb's form of a multiplier before a determiner: "the south had
    almost triple the number of workers" (round 64) counts, it does not "triple"."""
    return match.rule_id == "PRP_HAVE_VB" and text[match.start : match.end].lower() in _MULTIPLIERS \
        and _word_after(text, match.end) in _DETERMINERS


def _compound_before_a_count(text: str, match: EngineMatch) -> bool:
    """True when the engine hyphenates a compound of three words or more that a count follows and
    no determiner opens: "and up to date nine States have joined" (round 52) is the adverb "to
    date" before the clause's subject, as an adjective never stands before a number ("nine
    up-to-date units"); "an up to date register" is still reported."""
    words = text[match.start : match.end].split()
    if len(words) < 3 or match.suggestions[:1] != ("-".join(words),):
        return False
    count = _COUNT_AFTER.match(text, match.end)
    return count is not None and _DETERMINER_BEFORE.search(text, max(0, match.start - 8), match.start) is None


# A count: a number in figures or words, or a word of quantity that opens a noun phrase.
_COUNT_AFTER = re.compile(
    r"[ \t]+(?:\d[\d,.]*(?![\w-])|(?:" + "|".join(SMALL_NUMBERS[1:]) + r"|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundreds?|thousands?|millions?|dozens|several|many|most|all|some|few)\b)",
    re.IGNORECASE,
)


# A form of "be" or another linking verb right before a compound adjective ("the families are
# well informed about"), or a verb and the object the adjective describes ("makes it well placed
# to lead", round 24).
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|stays?|seems?|appears?|becomes?|became"
    r"|(?:is|are|was|were)n['’]t|(?:is|are|was|were|be|been)[ \t]+not"  # "if the forts aren’t well preserved," (round 54)
    r"|(?:makes?|made|making|keeps?|kept|leaves?|left|renders?|rendered)[ \t]+(?:it|them|us|him|her)"
    r"|more|most|less|least|very|so|too)[ \t]+$",  # "the most cost effective, they …" (round 49)
    re.IGNORECASE,
)


def _name_run_together(text: str, match: EngineMatch) -> bool:
    """True when the engine would join two capitalised words into one ("Viet Minh" -> "VietMinh"):
    they are a name, written as its bearers write it."""
    written = text[match.start : match.end]
    words = written.split()
    return (
        len(words) == 2 and all(word[:1].isupper() for word in words) and bool(match.suggestions)
        and match.suggestions[0].replace(" ", "").lower() == "".join(words).lower()  # "Space Ship" (round 66)
    )


def _name_hyphened_another_way(text: str, match: EngineMatch) -> bool:
    """True when the engine only rewrites a capitalised name's hyphens or the case after them ("Kim
    Jong-Un" -> "Kim Jong-un", "Kim Jong Un"): a romanisation written both ways."""
    written = text[match.start : match.end]
    words = re.split(r"[\s-]+", written)
    def plain(name: str) -> str:
        return re.sub(r"[\s-]+", " ", name).lower()
    return "-" in written and len(words) >= 2 and all(word[:1].isupper() for word in words) \
        and bool(match.suggestions) and plain(match.suggestions[0]) == plain(written)


# "by" is a preposition when a noun phrase follows it ("seen as a must by Germany", "by all
# accounts"), unless a modal or "to" makes it a verb's place ("should by the tickets").
_OBJECT_OPENERS = _DETERMINERS | {"any", "all", "many", "most", "some", "each", "every", "both", "several"}
_VERB_BEFORE = re.compile(r"(?:\b(a|an|the)\s+)?\b(can|could|may|might|must|shall|should|will|would|to)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")


def _preposition_read_as_buy(text: str, match: EngineMatch) -> bool:
    """True when the engine reads "by" as "buy" before a noun phrase that it introduces: a name
    or a determiner follows, and no modal or "to" asks for a verb ("a must" is a noun)."""
    following = _WORD_AFTER.match(text, match.end)
    if text[match.start : match.end].lower() != "by" or following is None:
        return False
    word = following.group(1)
    if word.lower() not in _OBJECT_OPENERS and not (word[0].isupper() and word != "I"):
        return False
    verb = _VERB_BEFORE.search(text, max(0, match.start - 40), match.start)
    return verb is None or verb.group(1) is not None


_WORD_RUN = re.compile(r"[A-Za-z'’-]+")


def _possessive_read_as_contraction(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "they're" for "their" before a noun phrase: an adjective or a
    participle and then a noun ("deny their pressing offers", "their potentially threatening
    attacks"), or a noun and then a participle ("make their will known", "get their voices
    heard"); "their going to vote" is still a slip."""
    if text[match.start : match.end].lower() != "their" or not match.suggestions[:1] \
            or not match.suggestions[0].lower().startswith("they"):
        return False
    words = [w for w in _WORD_RUN.findall(text, match.end, match.end + 80)[:5] if not w.lower().endswith("ly")]
    lexicon = wordnet()
    if lexicon is None or len(words) < 2 or words[1].lower() in {"to", "be", "been", "not"}:
        return False
    if lexicon.lemma(words[1], "noun") is not None:
        return True
    participle = lexicon.lemma(words[1], "verb") not in {None, words[1].lower()} and not words[1].lower().endswith(("s", "ing"))
    if participle and lexicon.lemma(words[0], "noun") is not None:
        return True
    # a modifier, and more adjectives before the noun ("their rapidly growing nuclear programme", round 52)
    modifier = lexicon.is_adjective(words[0]) or lexicon.lemma(words[0], "verb") not in {None, words[0].lower()}
    rest = list(itertools.dropwhile(lambda word: lexicon.is_adjective(word) and lexicon.lemma(word, "noun") is None, words[1:]))
    return modifier and len(rest) < len(words) - 1 and bool(rest) and rest[0].lower() not in english_grammar_words() \
        and lexicon.lemma(rest[0], "noun") is not None


# A quotation mark, a doubled single mark standing for a double one first ("school’’", "''Good'').
_QUOTE_MARKS = re.compile(r"''|’’|‘‘|[\"“”‘’']")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_DOUBLE_MARKS = frozenset({'"', "“", "”", "''", "’’", "‘‘"})
# What may stand before an opening mark and after a closing one.
_BEFORE_AN_OPENING = frozenset(" \t\n([{—–-/:")


def _quote_role(text: str, mark: re.Match[str]) -> tuple[str, str] | None:
    """A quotation mark's kind ("double" or "single") and role ("open", "close", or "either" for a
    straight double mark with blanks on both sides), read from what stands around it; None for an
    apostrophe ("women's", "States’ duty") or a single mark that could be either."""
    written, start, end = mark.group(), mark.start(), mark.end()
    kind = "double" if written in _DOUBLE_MARKS else "single"
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    if written in {"“", "‘", "‘‘"}:
        return kind, "open"
    if written == "”":
        return kind, "close"
    opens = before in _BEFORE_AN_OPENING and not after.isspace()
    closes = not before.isspace() and not after.isalnum()
    if kind == "single" and closes and before in "sS" and re.match(r"[ \t]+[a-z]", text[end : end + 3]):
        return None  # "the States’ duty": a plural's possessive
    if opens != closes:
        return kind, "open" if opens else "close"
    if kind == "double" and before.isspace() and after.isspace():
        return kind, "either"  # '" Spain promotes …”': a straight mark set off by a stray space
    return None


def _quotes_nested_or_run_on(text: str, match: EngineMatch) -> bool:
    """True when the flagged quotation mark is paired after all: its paragraph's marks of its kind
    open and close in turn with one quotation inside another (“… She says, “Girls …,” … tunics.”),
    or a quotation opened in one paragraph closes in the next (round 68, both engines)."""
    flagged = _QUOTE_MARKS.fullmatch(text, match.start, match.end)
    role = _quote_role(text, flagged) if flagged is not None else None
    if role is None or role[1] == "either":
        return False
    kind, side = role
    breaks = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text)), len(text)]
    index = next(i for i in range(len(breaks) - 1) if breaks[i] <= match.start < breaks[i + 1])

    def balance(i: int) -> tuple[int, bool]:
        """Opening marks less closing ones of the kind in paragraph i, and whether they never close more than opened."""
        depth, nested = 0, True
        if 0 <= i < len(breaks) - 1:
            for mark in _QUOTE_MARKS.finditer(text, breaks[i], breaks[i + 1]):
                found = _quote_role(text, mark)
                if found is not None and found[0] == kind and found[1] != "either":
                    depth += 1 if found[1] == "open" else -1
                    nested = nested and depth >= 0
        return depth, nested

    depth, nested = balance(index)
    if depth == 0:
        return nested
    neighbour = balance(index + 1 if side == "open" else index - 1)[0]
    return depth == (1 if side == "open" else -1) and neighbour == -depth


def _quote_closed_in_another_style(text: str, match: EngineMatch) -> bool:
    """True when the flagged quotation mark has its partner in the same paragraph, written in
    another style: "water is a right” opened with a straight mark, “all children deserve a
    school’’ closed with two apostrophes, 'the well belongs to all’ closed with a curly one. A
    mark whose partner is missing, or is a single mark for a double one, is still unpaired."""
    flagged = _QUOTE_MARKS.fullmatch(text, match.start, match.end)
    if flagged is None:
        return False
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, match.start)]
    following = _PARAGRAPH_BREAK.search(text, match.end)
    marks = [(m.start(), m.end(), _quote_role(text, m))
             for m in _QUOTE_MARKS.finditer(text, breaks[-1] if breaks else 0, following.start() if following else len(text))]
    at = next((i for i, (start, end, _) in enumerate(marks) if start <= match.start < end), None)
    role = marks[at][2] if at is not None else None
    if role is None or at is None:
        return False
    kind, side = role
    neighbours = marks[at + 1 :] if side == "open" else reversed(marks[:at])
    partner = next((other for _, _, other in neighbours if other is not None and other[0] == kind), None)
    return side != "either" and partner is not None and partner[1] != side


_APOSTROPHES = "’'"


def _elision_read_as_slip(text: str, match: EngineMatch) -> bool:
    """True when the engine flags speech written as spoken: a word whose "g" an apostrophe
    marks as dropped ("repeatin’", "steppin’"), a word whose apostrophe stands for one to three
    letters left out ("sanction’d", "toge’er", "o’er", "cap’n", "‘cross"), or the apostrophe
    of an elision read as an unpaired quotation mark ("m’ self", "we’e"). The dictionary must
    list the word with its letters back; "i’ll" and "the’crew" are still slips."""
    flagged = text[match.start : match.end]
    after = text[match.end : match.end + 1]
    if flagged.isalpha() and flagged.lower().endswith("in") and after and after in _APOSTROPHES:
        return dictionary_word(flagged.lower() + "g")
    if flagged in _APOSTROPHES and match.start > 0 and text[match.start - 1].isalpha() and not after.isalpha():
        return True
    if match.rule_id == "EN_UNPAIRED_QUOTES" and flagged in _APOSTROPHES and match.start > 0 \
            and text[match.start - 1].isalpha() and after.isalpha():
        return True  # "the College of Shari’a": an apostrophe inside a word (round 59)
    return elided_word(text, match.start, match.end)


def _verb_read_as_other_verbs_past(text: str, match: EngineMatch) -> bool:
    """True when the engine wants a base form for a word that is one already, of another verb:
    "helped found the state" (to found), not "helped found" as "find"."""
    flagged = text[match.start : match.end]
    lexicon = wordnet()
    return (
        lexicon is not None and flagged.isalpha() and bool(match.suggestions) and match.suggestions[0].lower() != flagged.lower()
        and lexicon.lemma(flagged.lower(), "verb") == flagged.lower() and not lexicon.inflections(flagged.lower())
        and flagged.lower() in {form for base in match.suggestions for form in lexicon.inflections(base.lower())}
    )


_PHRASE_AFTER_ALL = re.compile(r"[ \t]+(?:of|the|these|those|its|their|our|his|her|my|your|other|such)\b", re.IGNORECASE)


def _preposition_and_all_read_as_overall(text: str, match: EngineMatch) -> bool:
    """True when the engine joins "over all" before the phrase "all" heads: "control over all of
    the exchanges" ("overall of" is no English); or where "over" belongs to the word before it:
    "which will govern over all migrant workers" (round 62), not "the overall cost" nor "is overall"."""
    flagged = text[match.start : match.end]
    if flagged.lower() != "over all":
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start - 40), match.start)
    lexicon = wordnet()
    governed = before is not None and lexicon is not None and before.group(1).lower() not in _DETERMINERS | _BE_FORMS \
        and not lexicon.is_adjective(before.group(1)) and not _starts_a_sentence(text, before.start(1)) \
        and re.match(r"[ \t]+[A-Za-z]", text[match.end :]) is not None  # a phrase for "all" to head
    return governed or _PHRASE_AFTER_ALL.match(text, match.end) is not None


def _possessive_s_merged(text: str, match: EngineMatch) -> bool:
    """True when the engine would merge a possessive's "s" into the next word ("1967’s UN" ->
    "sUN")."""
    flagged = text[match.start : match.end]
    return (bool(match.suggestions) and flagged[:1] == "s" and text[match.start - 1 : match.start] in _APOSTROPHES
            and match.suggestions[0].replace(" ", "") == flagged.replace(" ", ""))


def _degree_word_read_as_quiet(text: str, match: EngineMatch) -> bool:
    """True when the engine offers "quiet" for "quite" before what "quite" qualifies: "quite a
    while", "quite large", "quite rapidly" ("the streets were quite." is still a slip)."""
    if text[match.start : match.end].lower() != "quite":
        return False
    word, lexicon = _word_after(text, match.end), wordnet()
    if word is None or lexicon is None:
        return False
    return word in {"a", "an", "some", "few", "so", "as", "the"} or word.endswith("ly") or lexicon.is_adjective(word)


def _word_after(text: str, end: int) -> str | None:
    """The word after `end`, in small letters, or None."""
    following = _WORD_AFTER.match(text, end)
    return following.group(1).lower() if following else None


_NAME_POSSESSIVE = re.compile(r"[ \t]*[A-Z][\w-]*['’]s\b")
_AFTER_POSSESSIVE = re.compile(
    r"[ \t]*(?:[^\w \t]|(?:of|in|to|and|or|at|for|with|from|by|on|were|are|have|had|was|is|has)\b)", re.IGNORECASE
)


def _plural_written_as_possessive(text: str, match: EngineMatch) -> bool:
    """True when the engine drops "the" before a name in the possessive that possesses nothing:
    "a return to the America’s, where" and "The Czech’s were struggling" (round 27) are plurals
    with a stray apostrophe, and without "the" they would be no fix ("the Kremlin's plan" is
    still the slip)."""
    if text[match.start : match.end].strip().lower() != "the" or match.suggestions[:1] != ("",):
        return False
    possessive = _NAME_POSSESSIVE.match(text, match.end)
    return possessive is not None and _AFTER_POSSESSIVE.match(text, possessive.end()) is not None


_NAME_AFTER_THE = re.compile(r"[ \t]*([A-Z][\w-]*)(?:['’]s?)")
# What names that take "the" are in WordNet: a group ("the Luftwaffe", "the Taliban"), a sea or
# river ("the Pacific"), a building ("the Kremlin"), a language whose name is its people's ("the
# English", "the French").
_KINDS_WITH_THE = {"noun.group", "noun.object", "noun.artifact", "noun.communication"}


def _name_that_takes_the(text: str, match: EngineMatch) -> bool:
    """True when the engine calls "the" redundant before a possessive name that takes it: one
    WordNet gives first as a group, a sea, a building or a people's language, or one the paper
    writes with "the" elsewhere ("the Luftwaffe's inability", "the French's sugar", "the Gambia's";
    not "the Kenya's population")."""
    if match.rule_id != "TheProperNounPossessive":
        return False
    name = _NAME_AFTER_THE.match(text, match.end)
    if name is None:
        return False
    senses = noun_senses(name.group(1))
    if senses and senses[0].file in _KINDS_WITH_THE:
        return True
    return re.search(rf"\b[Tt]he\s+{re.escape(name.group(1))}\b(?!['’])", text) is not None


def _closed_compound_before_a_hyphen(text: str, match: EngineMatch) -> bool:
    """True when the engine would close two words into one ("with out" -> "without") whose second
    goes on in a hyphenated word ("with out-most importance", round 30): the join makes no word."""
    return " " in text[match.start : match.end] and text[match.end : match.end + 1] == "-" \
        and text[match.end + 1 : match.end + 2].isalpha()


def _words_of_a_listed_compound(text: str, match: EngineMatch) -> bool:
    """True when the engine would close two words into one ("world wide" -> "worldwide") that,
    with the word after them, make a compound WordNet lists ("world wide web", round 45)."""
    flagged = text[match.start : match.end]
    if not re.fullmatch(r"[A-Za-z]+ [A-Za-z]+", flagged) or match.suggestions[:1] != (flagged.replace(" ", "").lower(),):
        return False
    return _listed_with_the_next_word(text, match.end, flagged)


def _hyphen_asked_before_a_listed_compound(text: str, match: EngineMatch) -> bool:
    """True when the engine would hyphen two words ("best selling" -> "best-selling") whose second
    makes, with the word after it, a compound WordNet lists: "best selling points" are the best
    of the selling points (round 63)."""
    flagged = text[match.start : match.end]
    words = re.fullmatch(r"[A-Za-z]+ ([A-Za-z]+)", flagged)
    if words is None or match.suggestions[:1] != (flagged.replace(" ", "-"),):
        return False
    return _listed_with_the_next_word(text, match.end, words[1])


def _listed_with_the_next_word(text: str, end: int, words: str) -> bool:
    """True when `words` and the word after `end` make a compound noun WordNet lists."""
    following = re.match(r"[ \t]+([A-Za-z]+)", text[end:])
    lexicon = wordnet()
    return following is not None and lexicon is not None and \
        lexicon.lemma(f"{words} {following[1]}".lower(), "noun") is not None


def _each_other_after_a_preposition(text: str, match: EngineMatch) -> bool:
    """True when the engine wants a singular after the "each" of "each other" that a preposition
    takes: "how far apart from each other schools can be" (round 63) is the reciprocal pronoun,
    and the plural after it opens the clause."""
    return match.rule_id == "EACH_EVERY_NNS" and re.match(r"each[ \t]+other\b", text[match.start : match.end], re.IGNORECASE) \
        is not None and re.search(r"\b(?:from|with|to|between|among|about|of|for|on)[ \t]+$", text[: match.start]) is not None


def _capital_asked_after_an_abbreviation(text: str, match: EngineMatch) -> bool:
    """True when the engine asks for a capital after an abbreviation's full stop inside a
    sentence: "Elizabeth Johnson Sr. of Andover" (round 30)."""
    if match.rule_id not in ("SentenceCapitalization", "UPPERCASE_SENTENCE_START"):
        return False
    window = max(0, match.start - 40)
    dot = window + len(text[window : match.start].rstrip(" \t")) - 1
    while dot > window and text[dot] == text[dot - 1] == ".":
        dot -= 1  # "physicians etc.. and" (round 31): the abbreviation's own stop comes first
    if text[max(0, match.start - 1) : match.start] == "." and re.search(r"\d\.$", text[max(0, match.start - 4) : match.start]):
        return True  # "targets 9.a and 10.b": a target's number, not a sentence's end (round 50)
    if _short_form_before(text, dot) and text[match.start : match.start + 1].islower():
        return True  # "4,200 sq. km": an abbreviation no list holds, and the writer goes on in small letters (round 55)
    return dot >= window and is_abbreviation(text, window, dot)


_SHORT_FORM = re.compile(r"(?<![\w'’.-])([a-z]{2,4})\.$")


def _short_form_before(text: str, dot: int) -> bool:
    """True when the full stop at `dot` ends a word of two to four small letters that is no word:
    neither one WordNet lists nor an English grammar word ("sq.", "approx."); "the law. the" ends a sentence."""
    short = _SHORT_FORM.search(text, max(0, dot - 6), dot + 1)
    lexicon = wordnet()
    return short is not None and lexicon is not None and not lexicon.lists(short[1]) \
        and short[1] not in english_grammar_words()


def _preposition_read_as_compound(text: str, match: EngineMatch) -> bool:
    """True when the engine closes "on board" into "onboard" where it is a preposition before a
    noun phrase: "our crew on board the ship" (round 31); "onboard" is the adjective."""
    return text[match.start : match.end].lower() == "on board" and _word_after(text, match.end) in _OBJECT_OPENERS


# Idioms whose preposition an engine calls the wrong collocation: "with the (regrettable)
# exception of", "make the most of".
_EXCEPTION_BEFORE = re.compile(r"\bwith\s+(?:the|one)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_MOST_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _preposition_of_a_fixed_phrase(text: str, match: EngineMatch) -> bool:
    """True when the engine flags the preposition of a fixed phrase: "with the regrettable
    exception of the Apollo 1 disaster", "making the most of opportunities" (round 31)."""
    flagged, before = text[match.start : match.end].lower(), text[max(0, match.start - 40) : match.start]
    if flagged.startswith("exception of"):
        return _EXCEPTION_BEFORE.search(before) is not None
    return flagged.startswith("most of") and _MOST_BEFORE.search(before) is not None


# A sentence opened by a clause of "what" or "how" that is its subject: "What has to be
# discussed is how …", "What the Council needs is funding." The clause has a subject or an
# auxiliary of its own before the "is" ("What measures are needed" is a question).
_WH_SUBJECT = re.compile(
    r"^(?:What|How|Why|Where|Whatever)\s+(?:(?:the|this|that|these|those|we|they|it|he|she|our|their|its|[A-Z][a-z]+)\s"
    r"|(?:has|have|had|does|do|did|can|could|will|would|should|must|may|might)\s)[^.?!;]*?\s(?:is|are|was|were)\s"
)


def _statement_read_as_question(text: str, match: EngineMatch) -> bool:
    """True when the engine asks for a question mark at the end of a statement whose subject is a
    clause of "what" or "how" ("What has to be discussed is how NCDs can be prevented.", round 31)."""
    if match.rule_id != "QUESTION_MARK":
        return False
    start = max(text.rfind(". ", 0, match.start), text.rfind("\n", 0, match.start)) + 1
    return _WH_SUBJECT.match(text[start : match.start].lstrip()) is not None


def _part_of_a_name_with_an_apostrophe(text: str, match: EngineMatch) -> bool:
    """True when the engine spells the part after an apostrophe of a capitalised name as a word
    of its own: "Mi’kmaq" -> "kmaq" (round 31), "N’Djamena"."""
    if not (match.rule_id == "SpellCheck" or match.rule_id.startswith("MORFOLOGIK")):
        return False
    name_start = re.search(r"(?:^|\s)[A-Z][a-z]{0,2}$", text[max(0, match.start - 5) : match.start - 1])
    flagged = text[match.start : match.end]
    return text[match.start - 1 : match.start] in _APOSTROPHES and name_start is not None and flagged.isalpha()


def _existential_there_read_as_their(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "their" for a "there" a verb follows ("there needs to be
    pressure", round 32), or one that a verb of being before it inverts where a clause opens or in
    a question ("Despite all this, is there peace between them?", round 64)."""
    if text[match.start : match.end].lower() != "there":
        return False
    if _word_after(text, match.end) in _SUBJECTS_VERBS:
        return True
    before = text[max(0, match.start - 40) : match.start]
    if _BE_OPENING_A_CLAUSE.search(before):
        return True
    stop = re.search(r"[.?!]", text[match.end : match.end + 300])
    return _BE_WORD_BEFORE.search(before) is not None and stop is not None and stop.group() == "?"


_BE_WORD_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$", re.IGNORECASE)
_BE_OPENING_A_CLAUSE = re.compile(
    r"(?:^|[,;:]|\b(?:and|but|yet|or|nor|so|why|how|where|when|what|only))\s*(?:is|are|was|were)\s+$", re.IGNORECASE)


def _pronoun_before_its_apposition(text: str, match: EngineMatch) -> bool:
    """True when the engine wants a verb between "we" and "the", where "the" opens a group or a
    people that "we" are: "We the country of Senegal, …", "we the people" (round 33). "We the
    documents …" still lacks its verb."""
    flagged = " ".join(text[match.start : match.end].lower().split())
    if flagged not in {"we the", "us the"}:
        return False
    senses = noun_senses(_word_after(text, match.end) or "")
    return bool(senses) and senses[0].file in _FILES_OF_A_GROUP


def _infinitive_to_read_as_two(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "two" for the "to" of an infinitive after a verb that takes one:
    "women have to faces …" (round 33, a slip in the verb, not in "to"); "to faces" alone stays."""
    before = _WORD_BEFORE.search(text, max(0, match.start - 20), match.start)
    return match.rule_id == "TO_TWO" and before is not None and before.group(1).lower() in _TAKES_AN_INFINITIVE


_TAKES_AN_INFINITIVE = frozenset(
    "have has had having ought need needs needed want wants wanted going used able unable tries tried".split()
)
def _degree_adverb_read_as_very(text: str, match: EngineMatch) -> bool:
    """True when Harper's "very less" lint flags an adverb of degree that may modify "less":
    "considerably less reliable" (round 34); "very less" stays."""
    flagged = text[match.start : match.end].lower().split()
    return match.rule_id == "VeryLess" and bool(flagged) and flagged[0] not in {"very", "too", "so"}


def _different_than_a_clause(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool wants "different from" where a clause follows "than": "different
    than it is here" (round 34); "different from it is" would be wrong."""
    return match.rule_id == "DIFFERENT_THAN" and _CLAUSE_AFTER_THAN.match(text, match.end) is not None


_CLAUSE_AFTER_THAN = re.compile(
    r"(?:\s+than)?\s+(?:it|they|he|she|we|you|I|this|that|there|what)\s+(?:is|are|was|were|has|have|had|would|will|do|does|did)\b",
    re.IGNORECASE,
)


_FILES_OF_A_GROUP = frozenset({"noun.group", "noun.person", "noun.location"})


_CLAUSE_AFTER_HOW = re.compile(
    r"(?:[ \t]+[\w'’-]+){1,4}?[ \t]+(?:it|they|he|she|we|this|that|these|those|there)[ \t]+"
    r"(?:is|are|was|were|has|have|had|can|could|will|would|should|may|might|does|do|did)\b",
    re.IGNORECASE,
)


def _how_of_a_clause(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "how to" where "how" opens a clause with its own subject and
    verb: "because of how spread out it is" (round 32), or a noun for its subject and a verb a
    few words on ("much like how people in the valley will be forced to move", round 52, where
    "people" may be a verb); "shows how repair the pumps" is still the slip."""
    if match.rule_id != "HowTo":
        return False
    if _CLAUSE_AFTER_HOW.match(text, match.end) is not None:
        return True
    clause, lexicon = _NOUN_CLAUSE_AFTER_HOW.match(text, match.end), wordnet()
    after = _word_after(text, match.end)
    if lexicon is not None and after is not None and after not in english_grammar_words() \
            and lexicon.lemma(after, "verb") is None and lexicon.lemma(after, "noun") is not None:
        return True  # "how climate change's reach grows" (round 58): a noun no verb, the subject of a clause
    return clause is not None and lexicon is not None and lexicon.lemma(clause[1], "noun") is not None \
        and not {word.lower() for word in clause[2].split()} & _CLAUSE_OPENERS_AFTER_A_NOUN


# The auxiliaries of a finite verb.
_FINITE_AUXILIARY = r"(?:is|are|was|were|has|have|had|can|could|will|would|should|may|might|must|does|do|did)\b"
# A word after "how", up to four more, and a finite verb's auxiliary: "how people in the valley will".
_NOUN_CLAUSE_AFTER_HOW = re.compile(r"[ \t]+([A-Za-z]+)((?:[ \t]+[\w'’-]+){0,4}?)[ \t]+" + _FINITE_AUXILIARY, re.IGNORECASE)
# Words that open another clause, whose verb is its own: "how repair pumps so that wells will flow".
_CLAUSE_OPENERS_AFTER_A_NOUN = frozenset("to that which who so and or but because if when while as".split())


def _mass_before_its_noun(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "en masse" for an "in mass" whose "mass" describes the noun after
    it: "to migrate in mass numbers" (round 52), "buried in mass graves" ("en masse numbers" is
    worse); "the families fled in mass to the coast" is still the slip."""
    if " ".join(text[match.start : match.end].lower().split()) != "in mass" or match.suggestions[:1] != ("en masse",):
        return False
    after, lexicon = _word_after(text, match.end), wordnet()
    return after is not None and lexicon is not None and lexicon.lemma(after, "noun") is not None \
        and after not in english_grammar_words() | _PREPOSITIONS_BEFORE_A_NOUN | _FUNCTION_WORDS_AFTER_A_NOUN


def _not_before_an_adjective_it_negates(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "no" for a "not" before an adjective that "not" negates, one
    whose opposite is the same word with a negative prefix: "there is not sufficient follow-up"
    (round 52: insufficient), "not adequate housing" (inadequate); "no sufficient follow-up" is
    worse. "There is not time to lose" is still the slip."""
    flagged = text[match.start : match.end]
    if flagged.split()[:1] != ["not"] or not match.suggestions or not match.suggestions[0].startswith("no"):
        return False
    adjective, lexicon = _word_after(text, match.start + 3), wordnet()
    return adjective is not None and lexicon is not None and lexicon.is_adjective(adjective) \
        and any(lexicon.is_adjective(prefix + adjective) for prefix in _NEGATIVE_PREFIXES)


_NEGATIVE_PREFIXES = ("in", "un", "im", "il", "ir", "non", "non-", "dis")


def _currency_code_before_the_sign(text: str, match: EngineMatch) -> bool:
    """True when the engine moves a "$" that a country code opens ("US$ 22 million", round 32),
    a written form of the currency."""
    return text[match.start : match.start + 1] == "$" and re.search(
        r"(?<![A-Za-z])[A-Z]{1,3}$", text[max(0, match.start - 4) : match.start]) is not None


def _apostrophe_style_only(text: str, match: EngineMatch) -> bool:
    """True when the engine's fix only changes a curly apostrophe to a straight one or drops the
    possessive's "s" ("fetus’s" -> "fetus's", "fetus'", round 32): both are English."""
    flagged = text[match.start : match.end].replace("’", "'")
    return "'" in flagged and bool(match.suggestions) and any(
        s.replace("’", "'") == flagged for s in match.suggestions)


def _pronoun_asked_where_no_verb_follows(text: str, match: EngineMatch) -> bool:
    """True when the engine capitalises an "i" that no verb follows: "who live i less developed
    countries" (round 32) is a slip for another word, which "I" does not mend."""
    if text[match.start : match.end] != "i" or match.rule_id != "CapitalizePersonalPronouns":
        return False
    after = _WORDS_AFTER.match(text, match.end)
    lexicon = wordnet()
    if after is None or lexicon is None:
        return False
    words = [w.lower() for w in after.group().split()]
    word = next((w for w in words if not (w.endswith("ly") or w in _PLAIN_ADVERBS)), words[-1])  # "i personally think"
    return word not in _SUBJECTS_VERBS and word != "am" and lexicon.lemma(word, "verb") is None


_WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Za-z]+){1,3}")
_PLAIN_ADVERBS = {"also", "just", "still", "never", "always", "often", "too", "now", "then", "even", "already"}


def _country_after_a_small_the(text: str, match: EngineMatch) -> bool:
    """True when the engine capitalises the "the" of a country inside a sentence: "in the Bahamas"
    (round 32) is how English writes it there."""
    flagged = text[match.start : match.end]
    return match.rule_id == "NationalCapitals" and flagged.startswith("the ") and (
        flagged.endswith("s") or re.match(r"[ \t]+[A-Z]", text[match.end :]) is not None)  # not "in the Hague"


def _article_of_a_longer_name(text: str, match: EngineMatch) -> bool:
    """True when the engine capitalises a "the" inside a sentence before a city's name that goes on
    into a longer one: "protected by the Hague Convention" (round 52) takes the article of the
    convention, not the city's own "The"; "the court sits in the Hague" is still reported."""
    return text[match.start : match.end] == "the" and match.suggestions[:1] == ("The",) \
        and _inside_sentence(text, match.start) and _NAME_GOES_ON.match(text, match.end) is not None


# A capitalised word, then another: a name that goes on ("Hague Convention", "Hague Academy").
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][\w'’-]*[ \t]+[A-Z]")


def _adjective_before_its_noun(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "economical" for an "economic" before the noun it describes:
    "through economic means" (round 32); "economical" (thrifty) stands after its noun."""
    lexicon = wordnet()
    after = _word_after(text, match.end)
    return text[match.start : match.end].lower() == "economic" and after is not None and lexicon is not None \
        and lexicon.lemma(after, "noun") is not None


def _prefix_read_as_pronoun(text: str, match: EngineMatch) -> bool:
    """True when the engine capitalises an "i" that is a hyphenated name's prefix: "i-Run",
    "i-Voting" (round 31); the pronoun stands alone."""
    return text[match.start : match.end] == "i" and text[match.end : match.end + 1] == "-"


def _participle_before_its_noun(text: str, match: EngineMatch) -> bool:
    """True when the engine reads a participle that describes the noun after it as a verb after
    "help": "helping developing nations find …" (round 38), "helped disadvantaged groups" (round 58)."""
    lexicon = wordnet()
    after = _word_after(text, match.end)
    return match.rule_id in ("ADVISE_VBG", "HelpedPast") and lexicon is not None and after is not None \
        and lexicon.is_adjective(text[match.start : match.end].lower()) and lexicon.lemma(after, "noun") is not None


_IN_COMPOUND = re.compile(r"[ \t]+in[ \t-]+([a-z]+)[ \t]+([a-z]+)")


def _article_of_an_in_compound(text: str, match: EngineMatch) -> bool:
    """True when Harper wants "and" for the article of a noun an "in" compound describes: "an in
    depth analysis", "an in kind grant" (round 38); "an in the" is "and in the"."""
    compound = _IN_COMPOUND.match(text, match.end)
    lexicon = wordnet()
    return match.rule_id == "AndIn" and compound is not None and lexicon is not None \
        and compound[1] not in _DETERMINERS | _OBJECT_OPENERS and lexicon.lemma(compound[1], "noun") is not None \
        and lexicon.lemma(compound[2], "noun") is not None


def _superlative_opening_a_name(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool asks "the" before a capitalised superlative that opens a name: "in
    Least Developed Countries (LDCs)" (round 39), a category's name, not a superlative."""
    flagged = text[match.start : match.end]
    return match.rule_id == "THE_SUPERLATIVE" and flagged[:1].isupper() and match.start > 0 \
        and re.match(r"[ \t]+[A-Z]", text[match.end :]) is not None and not _starts_a_sentence(text, match.start)


def _starts_a_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:\n"


_VERB_OPENERS = _OBJECT_OPENERS | {"to"}


def _verb_read_as_a_compound_noun(text: str, match: EngineMatch) -> bool:
    """True when Harper wants the noun "makeup" for the verb "make up" before its object:
    "communities that make up 3.7 billion people" (round 39)."""
    if match.rule_id != "MakeupCompoundNoun":
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, match.start - 30) : match.start])
    after = re.match(r"[ \t]+(\S+)", text[match.end :])
    return bool(before) and before[-1].lower() in {"that", "which", "who", "they", "we", "to", "can", "will", "would",
                                                     "could", "may", "might", "must", "should", "often", "together"} \
        or after is not None and (after[1][0].isdigit() or after[1].lower() in _VERB_OPENERS)


def _compound_noun_before_a_noun(text: str, match: EngineMatch) -> bool:
    """True when Harper wants a phrasal verb for a compound noun that modifies the noun after it:
    "Lockdown policy offers …" (round 41); not after "to", a modal or a subject pronoun ("to
    lockdown cities"), where the phrasal verb is meant."""
    if match.rule_id != "PhrasalVerbAsCompoundNoun":
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start - 20), match.start)
    if before is not None and before.group(1).lower() in _VERB_SLOTS | _SUBJECT_PRONOUNS:
        return False
    after = re.match(r"[ \t]+([a-z]+)\b", text[match.end :])
    lexicon = wordnet()
    return after is not None and lexicon is not None and lexicon.lemma(after[1], "noun") is not None \
        and after[1] not in _FUNCTION_WORDS_AFTER_A_NOUN | _NOUN_PHRASE_OPENERS | _SUBJECT_PRONOUNS | {"a", "an", "them", "us"}


# Words after which a word is a verb: "to", a modal, a subject pronoun.
_VERB_SLOTS = frozenset({"to", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "not",
                         "did", "do", "does"})


def _enumerator_read_as_an_article(text: str, match: EngineMatch) -> bool:
    """True when the engine swaps the article for a list's letter: "four approaches: a) establish
    …" (round 49)."""
    return text[match.start : match.end].lower() in {"a", "an"} and text[match.end : match.end + 1] == ")"


def _stray_article_before_a_participle(text: str, match: EngineMatch) -> bool:
    """True when the engine swaps a stray article between "have" and its participle: "has a adopted
    the Declaration" wants "a" gone, not "an" (round 49)."""
    flagged = text[match.start : match.end].lower()
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, match.start - 20) : match.start])
    after = re.match(r"\s+([a-z]+ed)\b", text[match.end : match.end + 30])
    lexicon = wordnet()
    return flagged in {"a", "an"} and before is not None and after is not None and lexicon is not None \
        and before[1].lower() in {"has", "have", "had"} and lexicon.lemma(after[1], "verb") not in (None, after[1])


def _merge_after_a_modal(text: str, match: EngineMatch) -> bool:
    """True when the engine joins the verb a modal governs to the word after it: "could be cause
    major harm" -> "could because" leaves the modal without a verb (round 49)."""
    flagged = text[match.start : match.end]
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, match.start - 20) : match.start])
    return " " in flagged and match.suggestions[:1] == (flagged.replace(" ", ""),) and before is not None \
        and before[1].lower() in _BEFORE_A_BARE_VERB


# Words a verb's base form follows: the modals and "to".
_BEFORE_A_BARE_VERB = frozenset("can could will would shall should may might must to".split())


def _irregular_past_read_as_a_noun(text: str, match: EngineMatch) -> bool:
    """True when the engine makes a noun plural that is a verb's irregular past: "he dove into the
    corporate world" -> "doves" (round 49)."""
    flagged = text[match.start : match.end]
    lexicon = wordnet()
    return lexicon is not None and flagged.isalpha() and match.suggestions[:1] == (flagged + "s",) \
        and bool(lexicon.irregular_bases(flagged.lower()))


def _numbering_read_as_a_pronoun(text: str, match: EngineMatch) -> bool:
    """True when the engine capitalises an "i" in brackets: "[i]", "(i)" and "i)" number notes and
    list items (round 41's endnote), they are no pronoun."""
    return match.rule_id == "CapitalizePersonalPronouns" and text[match.start : match.end] == "i" \
        and text[match.end : match.end + 1] in {")", "]"}


def _to_after_a_passive_participle(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "too" for the "to" a passive verb takes: "has been restored to
    much of its former state" (round 41); "too much" never follows a passive participle."""
    if match.rule_id != "TO_TOO":
        return False
    words = re.findall(r"[A-Za-z]+", text[max(0, match.start - 40) : match.start])[-2:]
    lexicon = wordnet()
    return len(words) == 2 and words[0].lower() in {"be", "been", "being", "is", "are", "was", "were"} \
        and lexicon is not None and (words[1].lower().endswith(("ed", "en")) or bool(lexicon.irregular_bases(words[1].lower()))) \
        and lexicon.lemma(words[1].lower(), "verb") is not None


def _gerund_after_a_to_of_giving(text: str, match: EngineMatch) -> bool:
    """True when the engine wants a base form after the "to" of a verb one gives something to:
    "a task force devoted to rescuing", "committed to ending" (round 59). WordNet gives the verb the
    frames of giving ("Somebody ----s something to somebody") and not "Somebody ----s to INFINITIVE",
    so its "to" is a preposition, and an "-ing" after it is a gerund."""
    if match.rule_id != "TO_NON_BASE" or not text[match.start : match.end].lower().endswith("ing"):
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, match.start - 40) : match.start])[-2:]
    lexicon = wordnet()
    if len(before) < 2 or before[1].lower() != "to" or lexicon is None:
        return False
    verb = lexicon.lemma(before[0].lower(), "verb")
    frames = lexicon.frames(verb) if verb else frozenset()
    return _FRAMES_OF_GIVING <= frames and _TO_INFINITIVE not in frames


_TO_INFINITIVE = 28  # WordNet's verb frame "Somebody ----s to INFINITIVE"


def _gerund_subject_read_as_people(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "are" after "people" in a clause whose subject is a gerund that
    opens it: "Building ties with not only the chiefs but the people is also smart" (round 59); the
    subject is the building, one act."""
    if match.rule_id != "PEOPLE_VBZ":
        return False
    opening = re.search(r"(?:^|[.!?;:]\s+)([A-Z][a-z]+ing)\b[^.!?;:]*$", text[max(0, match.start - 200) : match.start])
    lexicon = wordnet()
    gerund = opening[1].lower() if opening else ""
    return lexicon is not None and bool(gerund) and lexicon.lemma(gerund, "verb") not in (None, gerund)


def _possessive_its_after_a_preposition(text: str, match: EngineMatch) -> bool:
    """True when Harper wants "it's" for "its" right after a preposition: "to its will",
    "regarding its handling of", "despite its May 2016 announcement" (round 40 and the sweep); a
    preposition takes a noun phrase, never a clause that "it's" would open."""
    if match.rule_id != "ItsContraction" or text[match.start : match.end].lower() != "its":
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start - 20), match.start)
    return before is not None and before.group(1).lower() in _PREPOSITIONS_BEFORE_A_NOUN


_PREPOSITIONS_BEFORE_A_NOUN = frozenset(
    "of to in on at for with from by about regarding concerning despite into onto upon over under through "
    "against among between without within toward towards across behind beyond during like unlike "
    "throughout via".split())


def _initials_without_their_last_stop(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool asks for a space inside initials that lack their last full stop: "the
    U.N takes" read as two sentences, "U." and "N takes" (round 40); the slip is the missing stop."""
    return match.rule_id == "SENTENCE_WHITESPACE" and bool(_INITIALS_BEFORE.search(text, max(0, match.start - 4), match.start)) \
        and re.match(r"[A-Z]\b", text[match.start : match.end + 1]) is not None


_INITIALS_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.$")


def _every_day_before_a_clause(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool wants "everyday" for "every day" before a clause or a noun phrase of
    its own: "for every day the conflict continues" (round 39); the adjective needs its noun
    right after it ("everyday life")."""
    following = _word_after(text, match.end)
    return match.rule_id == "ANINFOR_EVERY_DAY" and following in _DETERMINERS | _OBJECT_OPENERS | {
        "we", "they", "he", "she", "i", "you", "that"}


def _spaces_between_words(document, match: EngineMatch) -> bool:
    """True when the engine flags spaces typed twice before a word ("the fleet is  small", "the
    plan,  and"): invisible in print, judged pedantic 39 times in 49 on real papers (rounds 50-54),
    as LanguageTool's CONSECUTIVE_SPACES (off). A space before a stop or a comma is still a slip."""
    text = document.text
    before = text[match.start - 1 : match.start]
    return len(text[match.start : match.end]) > 1 and not text[match.start : match.end].strip(" ") \
        and bool(before) and not before.isspace() and text[match.end : match.end + 1].isalnum()


def _name_alone_on_an_opening_line(document, match: EngineMatch) -> bool:
    """True when the engine flags a name of capitalised words that stands alone on one of the
    paper's opening lines: the writer's or the character's name ("John Carnes" read as "John
    Barnes", round 22), which only its bearer can spell."""
    flagged = document.text[match.start : match.end]
    words = flagged.split()
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return False
    return any(
        block.start <= match.start < block.end and document.text[block.start : block.end].strip() == flagged.strip()
        for block in document.blocks[:HEADER_BLOCKS]
    )


def _article_of_a_noun_before_a_clause(document, match: EngineMatch) -> bool:
    """True when LanguageTool's A_NNS reads "a" with a plural noun that starts a clause about the
    noun before it, a relative clause without "that": "a country investors tend to avoid" (the
    parse gives the article to "country" and makes "investors" a subject); or with a name that
    ends in a plural ("a Doctors without Borders programme"). "A small farmers need credit" is
    still the slip."""
    if match.rule_id != "A_NNS":
        return False
    flagged = document.text[match.start : match.end].split()
    if len(flagged) >= 2 and flagged[-1][:1].isupper():
        return True
    parsed = _parse_at(document, match.start)
    if parsed is None:
        return False
    start, doc = parsed
    words = [t for t in doc if match.start <= start + t.idx < match.end]
    if len(words) < 3:
        return False
    article, plural = words[0], words[-1]
    return article.dep_ == "det" and article.head.i != plural.i and plural.dep_ in ("nsubj", "nsubjpass") \
        and plural.head.i > plural.i


def _parse_at(document, position: int):
    """(where the sentence starts, its parse) of the sentence at a position; None without one."""
    sentence = next((s for s in document.sentences if s.start <= position < s.end), None)
    doc = parsed_sentence(document, sentence) if sentence is not None else None
    return (sentence.start, doc) if sentence is not None and doc is not None else None


def _preposition_after_a_noun_joined(document, match: EngineMatch) -> bool:
    """True when the engine closes a preposition and the word after it into one ("under developed"
    -> "underdeveloped") where the parse reads a preposition right after a noun: "places a heavier
    burden under developed nations" (round 52, meant "on developed nations") would read "a burden
    underdeveloped nations", an adjective after a whole noun phrase, no English. After a
    determiner or a verb ("the under developed countries", "to help under developed countries")
    the compound is still the slip."""
    flagged = document.text[match.start : match.end]
    words = flagged.split()
    if len(words) != 2 or words[0].lower() not in _PREPOSITIONS_BEFORE_A_NOUN or not match.suggestions \
            or match.suggestions[0].replace(" ", "").lower() != "".join(words).lower():
        return False
    parsed = _parse_at(document, match.start)
    if parsed is None:
        return False
    start, doc = parsed
    preposition = next((t for t in doc if start + t.idx == match.start), None)
    if preposition is None or preposition.i == 0:
        return False
    return preposition.dep_ == "prep" and doc[preposition.i - 1].pos_ == "NOUN"


_AUXILIARIES = {"can", "could", "may", "might", "must", "shall", "should", "will", "would", "is", "was", "has", "had"}


def _demonstrative_after_that(text: str, match: EngineMatch) -> bool:
    """True when the engine calls "that that" redundant where the second is the subject of a
    verb, or the determiner of a noun that is, before an auxiliary: "and that that can affect
    their schooling" (round 25), "the activity that that player should undergo" (round 26);
    "that that the plan" is a slip."""
    if " ".join(text[match.start : match.end].lower().split()) != "that that":
        return False
    following = _WORD_AFTER.match(text, match.end)
    if following is None:
        return False
    if following.group(1).lower() in _AUXILIARIES:
        return True
    lexicon = wordnet()
    after = _WORD_AFTER.match(text, following.end())
    return lexicon is not None and after is not None and lexicon.lemma(following.group(1), "noun") is not None \
        and after.group(1).lower() in _AUXILIARIES


def _tabs_laid_out(text: str, match: EngineMatch) -> bool:
    """True when the engine flags a run of blanks with a tab in it, or of more than three spaces:
    columns laid out on purpose ("Delegate representing" ⇥⇥⇥ "Represented by", round 25; a
    hundred spaces before "Represented by", round 28), not spaces typed twice. The run is read
    whole, past the span the engine flagged (two spaces after the tabs, round 52), and words in
    two columns are no phrase ("Representing" ⇥⇥⇥ "Represented by" is no repeated verb)."""
    flagged = text[match.start : match.end]
    if flagged.strip():
        return any(_COLUMN_GAP.fullmatch(gap) for gap in re.findall(r"[ \t]+", flagged))
    start, end = match.start, match.end
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    while end < len(text) and text[end] in " \t":
        end += 1
    return _COLUMN_GAP.fullmatch(text[start:end]) is not None


def _click_letter_read_as_a_stop(text: str, match: EngineMatch) -> bool:
    """True when the engine takes out a space before a "!" that is a click letter opening a name
    ("the Khwe and ! Kung", round 52, for "!Kung"): a word that cannot end a sentence (a
    conjunction, a preposition, a determiner) stands before it and a name's capital follows. "We
    must act now !" is still a stray space."""
    if text[match.start : match.end].strip(" \t") or text[match.end : match.end + 1] not in _CLICK_LETTERS:
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start - 20), match.end)
    name = re.match(r"[ \t]?[A-Z][a-z]", text[match.end + 1 : match.end + 4])
    return before is not None and name is not None \
        and before.group(1).lower() in _PREPOSITIONS_BEFORE_A_NOUN | {"and", "or", "nor", "the", "a", "an"}


# The clicks of the Khoisan languages as typed in names: "!Kung", "ǃXóõ", "ǂKhomani", "ǁKhara".
_CLICK_LETTERS = frozenset("!ǃǂǁǀ‡")


_TYPED_SPACES = 3  # a run of blanks someone may type by accident
# A gap between columns: a tab, or more spaces than anyone types by accident.
_COLUMN_GAP = re.compile(rf"[ \t]*\t[ \t]*|[ \t]{{{_TYPED_SPACES + 1},}}")


def _possessive_read_as_there(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "there" for a "their" that a noun follows, or a modifier and a
    noun ("enforce their right to freedom", round 24; "to hasten their on-team impact", round
    26): "their is a need" is still the slip."""
    if text[match.start : match.end].lower() != "their" or not match.suggestions[:1] \
            or match.suggestions[0].lower() != "there":
        return False
    lexicon = wordnet()
    following = _MODIFIER_AFTER.match(text, match.end)
    if following is None or lexicon is None:
        return False
    if lexicon.lemma(following.group(1), "noun") is not None:
        return True
    noun = _WORD_AFTER.match(text, following.end())
    modifier = following.group(1)
    return noun is not None and lexicon.lemma(noun.group(1), "noun") is not None \
        and ("-" in modifier or lexicon.is_adjective(modifier.lower()))


# A word after the flagged one, a hyphenated one too ("on-team").
_MODIFIER_AFTER = re.compile(r"[ \t]+([A-Za-z]+(?:-[A-Za-z]+)*)")


# Quantifiers that make a plural noun phrase: "there are few of the contenders", "are many".
_PLURAL_QUANTIFIERS = r"few|many|several|numerous|both|various|countless|dozens|hundreds|thousands|millions"
_PLURAL_AFTER = re.compile(rf"\s*(?:a\s+)?(?:very\s+|so\s+|too\s+)?(?:{_PLURAL_QUANTIFIERS})\b", re.IGNORECASE)


def _plural_quantifier_read_as_singular(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "is" for "there are" before a plural quantifier ("there are few
    of the 13 contenders", round 24)."""
    flagged = text[match.start : match.end].lower().split()
    return bool(flagged) and flagged[0] == "are" and _PLURAL_AFTER.match(text, match.start + 3) is not None


_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|our|its|my|your|this|that)[ \t]+$", re.IGNORECASE)


def _noun_read_as_adjective(text: str, match: EngineMatch) -> bool:
    """True when the engine wants an adjective for a word that is only a noun, which a
    determiner opens and no noun follows: "a confidant of the King" (round 24) is a person
    trusted, not "confident"; "I am confidant that", "a confidant adviser" and "tends to be the
    worse" (an adjective too) are the slip."""
    flagged = text[match.start : match.end]
    lexicon = wordnet()
    if lexicon is None or not flagged.isalpha() or not match.suggestions or " " in match.suggestions[0] \
            or match.suggestions[0].lower() == flagged.lower():
        return False  # a change of case ("the atlantic") is no other word
    following = _WORD_AFTER.match(text, match.end)
    return (
        _DETERMINER_BEFORE.search(text, max(0, match.start - 8), match.start) is not None
        and lexicon.lemma(flagged, "noun") is not None and not lexicon.is_adjective(flagged.lower())
        and lexicon.is_adjective(match.suggestions[0].lower())
        and (following is None or lexicon.lemma(following.group(1), "noun") is None)
    )


# An auxiliary and the subject it was inverted with: "why would anyone", "can the council".
_INVERTED_BEFORE = re.compile(
    r"\b(?:would|could|should|will|can|may|might|must|do|does|did)[ \t]+(?:anyone|anybody|someone|somebody|everyone|"
    r"no[ \t]?one|nobody|he|she|it|they|we|you|I|(?:the|a|an|this|that|our|its|their)[ \t]+[A-Za-z]+)[ \t]+$",
    re.IGNORECASE,
)


def _base_form_after_inverted_auxiliary(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "wants" for "want" right after an auxiliary and its subject in
    a question ("why would anyone want to go", round 27): the auxiliary takes the base form."""
    flagged = text[match.start : match.end]
    return bool(match.suggestions) and match.suggestions[0].lower() == flagged.lower() + "s" \
        and _INVERTED_BEFORE.search(text, max(0, match.start - 40), match.start) is not None


def _relative_that_read_as_than(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "than" for a "that" that a verb in the past or the third person
    follows: "nothing more than a leader that engulfed the country" (round 28) is a relative
    clause, and "than engulfed" no English."""
    if text[match.start : match.end].lower() != "that" or match.suggestions[:1] != ("than",):
        return False
    word, lexicon = _word_after(text, match.end), wordnet()
    if word is None or lexicon is None:
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, match.start - 60) : match.start])[-5:]
    if not any(_comparative(w.lower()) for w in before):
        return True  # "a leader that will make", "the leader that they want": "than" needs a comparison (round 50)
    return word.endswith(("ed", "s")) and lexicon.lemma(word, "verb") not in {None, word}


def _comparative_after_be(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool wants a participle for an adjective's comparative after "be": "the
    presence will be lower" is no "will be lowered" (round 66)."""
    return match.rule_id == "MUST_BE_DO" and _comparative(text[match.start : match.end].lower())


# "yields- food per acre- compared": two hyphens, a space after each, set off an aside as dashes.
_SPACED_HYPHEN = re.compile(r"\w-[ \t]+\w")


def _hyphens_as_dashes(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool would close or space a "word- word" that is one of two such hyphens
    in the sentence, set as a pair of dashes around an aside (round 66)."""
    if match.rule_id != "EN_SPLIT_WORDS_HYPHEN":
        return False
    around = text[max(0, match.start - 80) : match.end + 80]
    return len(_SPACED_HYPHEN.findall(around)) >= 2


def _comparative(word: str) -> bool:
    """A word a "than" may follow: "more", "rather", "other", or an adjective's form in -er
    ("bigger", "safer", "earlier"; not "leader" or "water")."""
    lexicon = wordnet()
    if word in _COMPARING or lexicon is None:
        return word in _COMPARING
    stems = (word[:-2], word[:-1], word[:-3], word[:-3] + "y") if word.endswith("er") else ()
    return any(len(stem) > 1 and lexicon.is_adjective(stem) for stem in stems)


_COMPARING = frozenset("more less fewer rather other otherwise else better worse sooner".split())  # not "further that goal"


# Words after which "let" is the verb itself, never "let's": "and let people decide", "to let".
_LET_OPENERS = _AUXILIARIES | {"and", "or", "to", "not", "never", "also", "do", "does", "did"}


def _verb_let_read_as_lets(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "let's" for a "let" that "and", "to" or an auxiliary governs:
    "we must stop the state and let people deal with it" (round 28)."""
    if text[match.start : match.end].lower() != "let" or not match.suggestions or "'" not in match.suggestions[0]:
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start - 20), match.start)
    return before is not None and before.group(1).lower() in _LET_OPENERS


def _verb_after_a_ruler_number(text: str, match: EngineMatch) -> bool:
    """True when the engine makes a verb agree with "I" that is a ruler's number: "the advice King
    Edward I offers" (round 28)."""
    before = re.search(r"\bI[ \t]+$", text[max(0, match.start - 4) : match.start])
    return before is not None and ruler_number(text, match.start - len(before.group()), match.start - len(before.group()) + 1)


_PLURAL_AUXILIARIES = {
    "have", "are", "were", "do", "did", "will", "would", "can", "could", "must", "should", "shall", "may", "might",
}
# Finite verbs that make the word before them a subject: "there needs to be", "i have".
_SUBJECTS_VERBS = _AUXILIARIES | _PLURAL_AUXILIARIES | {
    "does", "need", "needs", "seem", "seems", "remain", "remains", "exist", "exists", "appears",
}


def _plural_noun_after_we(text: str, match: EngineMatch) -> bool:
    """True when the engine makes a plural noun after "we" agree with it as a verb although an
    auxiliary follows, or a verb when the noun names people ("we pirates have free rein", round 30;
    "the problems we pirates face", round 31): the noun names who "we" are."""
    flagged = text[match.start : match.end]
    before = re.search(r"\b[Ww]e[ \t]+$", text[max(0, match.start - 4) : match.start])
    lexicon = wordnet()
    if before is None or lexicon is None or not flagged.isalpha() or not flagged.islower() \
            or lexicon.lemma(flagged, "noun") in {None, flagged}:
        return False
    after = _word_after(text, match.end)
    if after in _PLURAL_AUXILIARIES:
        return True
    senses = noun_senses(flagged)
    people = bool(senses) and senses[0].file in {"noun.person", "noun.group"}
    words = re.match(r"[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?", text[match.end :])
    if words and words[2] and lexicon.is_adverb(words[1]) and lexicon.lemma(words[1], "verb") is None:
        after = words[2].lower()  # "we pirates only control": the verb after an adverb (round 35)
    return people and after is not None and lexicon.lemma(after, "verb") == after


def _merge_of_a_word_part(text: str, match: EngineMatch) -> bool:
    """True when the engine would join words across a span that starts or ends inside a word
    ("the 60s and 70" -> "60sand", round 26): it read a word's ending as a word of its own."""
    flagged = text[match.start : match.end]
    if not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)+", flagged) or match.suggestions[:1] != (flagged.replace(" ", ""),):
        return False  # words joined, not a space taken out of "US$ 500"
    inside_before = match.start > 0 and text[match.start - 1].isalnum()
    inside_after = match.end < len(text) and text[match.end].isalnum()
    return inside_before or inside_after


# An enumerator that opens an item inside a sentence: "that: a) they were … and b) the war".
_ENUMERATOR = re.compile(r"(?:^|(?<=[\s:;(]))(?:[a-z]|[ivx]{1,4}|\d{1,2})\)", re.IGNORECASE)


def _enumerator_read_as_unpaired(text: str, match: EngineMatch) -> bool:
    """True when the engine calls the bracket of an enumerator unpaired: "a)", "ii)", "3)" after
    a space or a colon label the items of a list run into a sentence (round 26)."""
    if text[match.start : match.end] != ")":
        return False
    return any(m.end() == match.end for m in _ENUMERATOR.finditer(text, max(0, match.start - 5), match.end))


# Words after which "form" is a verb or a noun, never a slip for "from": "does form part of".
_FORM_OPENERS = _AUXILIARIES | {"do", "does", "did", "to", "may", "might", "the", "a", "this", "that", "any", "each", "new"}


def _verb_read_as_preposition(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "from" for a "form" that an auxiliary, "to" or a determiner
    makes a verb or a noun: "it does form part of major alliances" (round 26)."""
    if text[match.start : match.end].lower() != "form" or match.suggestions[:1] != ("from",):
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start - 20), match.start)
    return before is not None and before.group(1).lower() in _FORM_OPENERS


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")


def _modifier_of_a_count_read_as_the_noun(text: str, match: EngineMatch) -> bool:
    """True when the engine wants a plural of a word after "one of the" that qualifies a count or
    the plural noun later in the phrase ("one of the top 10 highest rates", round 35; "one of the
    four main NCDs", round 36), with no preposition or verb between ("one of the main cause of
    deaths" is still a slip)."""
    if match.rule_id != "OneOfTheSingular":
        return False
    for word in re.findall(r"[^\s]+", text[match.end : match.end + 60])[:3]:
        bare = word.strip(",.;:!?()\"'’”")
        if bare.lower() in _FUNCTION_WORDS_AFTER_A_NOUN:
            return False  # the phrase ended: a preposition, a conjunction, a verb
        if bare[:1].isdigit() or re.fullmatch(r"[A-Z]{2,}s|[a-z'’-]*[^su']s", bare):
            return True
        if bare != word:
            return False  # punctuation ends the phrase
    return False


# Words that end the noun phrase after "one of the …": a preposition, a conjunction, a verb.
_FUNCTION_WORDS_AFTER_A_NOUN = frozenset(
    "of in on at to for from by with and or but is are was were has have had that which who as than".split())


def _to_before_no_degree_word(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "too" for a "to" before a word "too" cannot qualify: an adverb
    that is no degree ("is to perhaps, not attack") or a verb with its particle ("a way to clean
    up"), as round 50 found, a comparative ("a way to better know them", round 60), or "much"
    before a participle ("access to much needed care"); "too" stands before an adjective or a word
    of quantity or time ("to slow", "to much", "to late")."""
    if match.rule_id not in {"TO_TOO", "WayTooAdjective"}:
        return False
    after = re.findall(r"[A-Za-z]+", text[match.end : match.end + 40])[:2]
    lexicon = wordnet()
    if len(after) == 2 and after[0].lower() == "much" and after[1].lower().endswith("ed"):
        return True  # "access to much needed care": "much" qualifies the participle after it (round 63)
    if not after or lexicon is None or after[0].lower() in _DEGREE_WORDS:
        return False
    word = after[0].lower()
    phrasal = len(after) == 2 and lexicon.phrasal_verb(word, after[1].lower())
    return phrasal or not lexicon.is_adjective(word) and lexicon.is_adverb(word) or _comparative(word)


# Words "too" qualifies that WordNet does not file as adjectives.
_DEGREE_WORDS = frozenset("much many few little late early far often soon long".split())


def _as_how_of_another_phrase(text: str, match: EngineMatch) -> bool:
    """True when Harper asks "as to how" of "such as how to" (an example, not a topic, round 62)
    or of "seeing as how" (a cause, round 63)."""
    return match.rule_id == "AsHow" and re.search(r"\b(?:such|seeing)[ \t]+$", text[: match.start], re.IGNORECASE) is not None


def _if_not_before_a_comparative(text: str, match: EngineMatch) -> bool:
    """True when Harper asks "no longer" of "if not longer": "decades, if not longer" raises the
    estimate, as "if not more" does (round 63)."""
    return match.rule_id == "NoLonger" and re.search(r"\bif[ \t]+$", text[: match.start], re.IGNORECASE) is not None


def _initialism_the_paper_defines(text: str, match: EngineMatch) -> bool:
    """True when Harper asks to spell out an everyday initialism ("ASAP") that the paper defines in
    brackets as a name of its own ("African Solutions to African Problems (ASAP)", round 62)."""
    word = text[match.start : match.end]
    return word.isupper() and len(word) > 1 and f"({word})" in text and match.message.startswith("Try expanding")


def _to_of_as_to(text: str, match: EngineMatch) -> bool:
    """True when Harper asks to drop the "to" of "as to how to" (round 60, two papers): the first
    "to" is part of the preposition "as to"."""
    return match.rule_id == "ToAdverb" and re.search(r"\bas[ \t]+$", text[: match.start], re.IGNORECASE) is not None


def _modal_that_ends_a_clause(text: str, match: EngineMatch) -> bool:
    """True when Harper reads two modals in a row where the first ends a clause of its own, its
    verb understood: "those who can should follow suit", "States that can must give more" (round 60)."""
    return match.rule_id == "DoubleModal" and re.search(
        r"\b(?:who|whoever|that|which|whatever)[ \t]+$", text[: match.start], re.IGNORECASE) is not None


def _some_body_of(text: str, match: EngineMatch) -> bool:
    """True when Harper wants "somebody" for "some body of water" (round 60): a body of something."""
    return match.rule_id == "Somebody" and re.match(r"[ \t]+of\b", text[match.end :]) is not None


def _going_forward(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool misses an auxiliary before "going forward", an adverb of time: "to
    address it going forward" (round 60)."""
    return match.rule_id == "PRP_VBG" and text[match.start : match.end].lower().endswith("going") \
        and re.match(r"[ \t]+forward\b", text[match.end :]) is not None


def _both_after_its_pronoun(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool wants "and" after a "both" that is a pronoun, not the first half of
    "both … and": "They both shared the same ideas, as well as …" (round 60), "the ministers both
    backed …"."""
    if match.rule_id != "BOTH_AS_WELL_AS":
        return False
    sentence = re.split(r"[.!?]\s", text[max(0, match.start - 300) : match.start])[-1]
    found = re.search(r"\b([A-Za-z]+)[ \t]+both[ \t]+([a-z]+)", sentence)
    return found is not None and (found[1].lower() in {"they", "we", "you", "these", "those", "them", "us"}
                                  or _a_plural(found[1].lower()) and found[2].endswith("ed"))


def _world_after_a_preposition(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool wants a possessive for "the world" that a preposition governs: "the
    countries in the world most at risk" (round 60) are the most at risk, not the world's most."""
    return match.rule_id == "WORLDS_BEST" and re.search(
        r"\b(?:in|of|across|around|throughout)[ \t]+the[ \t]+$", text[: match.start], re.IGNORECASE) is not None


def _good_in_a_place(text: str, match: EngineMatch) -> bool:
    """True when Harper wants "good at" where "in" names a place or a group, not a skill: "sanitation
    is good in schools", "good in the north" (round 60)."""
    after = re.match(r"[ \t]+([A-Za-z]+)", text[match.end :])
    if match.rule_id != "GoodAt" or after is None:
        return False
    word = after[1]
    return word[0].isupper() or word.lower() in _PLACE_DETERMINERS or _a_plural(word.lower())


_PLACE_DETERMINERS = frozenset("the a an our their its this these those most many all every some each".split())


def _adverbs_set_apart(text: str, match: EngineMatch) -> bool:
    """True when Harper calls two adverbs of frequency a contradiction though a comma sets the
    second apart as a correction: "very often, sometimes even daily" (round 60)."""
    return match.rule_id == "MultipleFrequencyAdverbs" and "," in text[match.start : match.end]


def _noun_of_a_compound_adjective(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool reads the first word of a compound adjective as the noun "many"
    counts: "many poverty ravished nations" (round 60), "many conflict-affected States"."""
    return match.rule_id == "MANY_NN_U" and re.match(r"(?:[-‑]|[ \t]+[a-z]+(?:ed|en)\b)", text[match.end :]) is not None


def _be_cause_for(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool wants "because" for "be cause for" or "be cause of", a noun after
    "be": "would be cause for dependency" (round 60)."""
    return match.rule_id == "BE_CAUSE" and re.match(r"[ \t]+(?:for|of)\b", text[match.end :]) is not None


def _to_before_a_name(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "too" for a "to" before a capitalised name inside a sentence:
    "making way to Martinique" (round 36), or for a capitalised "Two" after a name's word: "World
    War Two" (round 66); "too" never stands before a name, nor "Too" inside one."""
    if match.rule_id != "TO_TOO":
        return False
    return re.match(r"[ \t]+[A-Z][a-z]", text[match.end :]) is not None or text[match.start : match.end] == "Two" \
        and re.search(r"[A-Z][a-z]+[ \t]+$", text[max(0, match.start - 30) : match.start]) is not None


def _qualified_uncountable_of(text: str, match: EngineMatch) -> bool:
    """True when the engine drops "a" before an adjective and a mass noun that "of", "on" or
    "about" follows: "a good knowledge of", "a very uneven knowledge on the market" (round 35),
    the standard way to speak of one kind of it."""
    words = text[match.start : match.end].split()
    return match.rule_id == "A_UNCOUNTABLE" and len(words) >= 3 and words[0].lower() in {"a", "an"} \
        and re.match(r"[ \t]+(?:of|on|about)\b", text[match.end :]) is not None


def _verb_after_a_quantity_of_plurals(text: str, match: EngineMatch) -> bool:
    """True when the engine wants a singular verb after a word of quantity and "of" before a plural
    noun, which the verb agrees with: "A great deal of players are" (round 52), "a lot of farmers
    are", "the bulk of the refugees were". A collective noun keeps the check ("A fleet of ships
    are" still counts), and so does a mass noun after the quantity, which GR003 reads."""
    flagged, wanted = text[match.start : match.end].lower(), match.suggestions[0].lower() if match.suggestions else ""
    singular = wanted in {"is", "was", "has", "does"} or wanted.startswith(flagged) and wanted.endswith("s")
    if not flagged.isalpha() or not singular:
        return False  # not a verb made singular
    quantity = _QUANTITY_OF.search(text, max(0, match.start - 120), match.start)
    lexicon = wordnet()
    if quantity is None or lexicon is None:
        return False
    words = [w for w in re.findall(r"[A-Za-z'’-]+", quantity.group("phrase")) if w.lower() not in _PLAIN_ADVERBS
             and not (w.lower().endswith("ly") and lexicon.is_adverb(w))]
    noun = words[-1].lower() if words else ""
    return noun != "" and (lexicon.lemma(noun, "noun") not in {None, noun} and noun.endswith("s") or irregular_plural(noun))


# A word of quantity and "of", then the phrase that ends right before the verb: "a great deal of
# players", "a lot of the farmers also", "the bulk of refugees".
_QUANTITY_OF = re.compile(
    r"(?:\b(?:an?|the)[ \t]+(?:[a-z]+[ \t]+)?(?:deal|lot|number|majority|minority|bulk|host|multitude|handful|couple"
    r"|quantity|amount|proportion|share|percentage|fraction|portion|rest|remainder)|\blots|\bplenty)"
    r"[ \t]+of[ \t]+(?P<phrase>[^.;:!?,()\n]{1,60}?)[ \t]+$",
    re.IGNORECASE,
)


def _trouble_outside_its_idioms(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool's "in a trouble" rule drops the article of a "trouble" outside the
    idioms it is for ("in trouble", "have trouble"): "A trouble that governments have is …" (round
    52) is the count noun, a problem, and "Trouble that governments have" no better. "Norland is
    in a trouble" is still the slip."""
    before = _WORD_BEFORE.search(text, max(0, match.start - 20), match.start)
    return match.rule_id == "IN_A_TROUBLE" and (before is None or before.group(1).lower() not in _TROUBLE_IDIOMS)


# Words "trouble" takes no article after: "in trouble", "have trouble finding", "had trouble".
_TROUBLE_IDIOMS = frozenset("in into of have has had having".split())


# The pronouns that can be the subject of "knew".
_SUBJECT_PRONOUNS = {"i", "we", "you", "they", "he", "she", "it", "who"}


def _adjective_new_after_an_object(text: str, match: EngineMatch) -> bool:
    """True when the engine reads "new" after a pronoun that cannot be a subject as "knew":
    "gives me new hope", "got me new crew" (round 35), "her new plan"."""
    before = _WORD_BEFORE.search(text, max(0, match.start - 12), match.start)
    return match.rule_id == "PronounKnew" and before is not None and before.group(1).lower() not in _SUBJECT_PRONOUNS


# Words that open a noun phrase before a noun that could be read as a verb ("its mentions").
_NOUN_PHRASE_OPENERS = {"the", "a", "an", "no", "some", "any", "its", "their", "his", "her", "our", "these", "those", "such"}


def _noun_read_as_a_verb(text: str, match: EngineMatch) -> bool:
    """True when the engine drops "about" after "mentions" that is a noun, after an adjective or a
    determiner ("shorter mentions about HIV", round 35): the fix would make no sentence."""
    if match.rule_id != "MENTION_ABOUT":
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start - 30), match.start)
    word, lexicon = (before.group(1).lower() if before else ""), wordnet()
    comparative = [word[:-2], word[:-1]] + ([word[:-3] + "y"] if word.endswith("ier") else []) if word.endswith("er") else []
    return word in _NOUN_PHRASE_OPENERS or lexicon is not None and any(
        lexicon.is_adjective(form) for form in [word, *comparative] if form)


def _case_asked_of_capitals(text: str, match: EngineMatch) -> bool:
    """True when the engine would change only the case of words set all in capitals ("PERMANENT
    MISSION OF FRANCE TO THE UNITED NATIONS" -> "United Nations", round 45): capitals are a
    letterhead's or heading's type, not a slip of case."""
    flagged = text[match.start : match.end]
    return sum(c.isalpha() for c in flagged) > 1 and flagged.upper() == flagged and bool(match.suggestions) and all(
        suggestion.lower() == flagged.lower() for suggestion in match.suggestions)


def _the_asked_before_a_bare_state_name(text: str, match: EngineMatch) -> bool:
    """True when the engine asks for "the" before a State's name that the State's official name
    writes without it ("Republic of Maldives", "Republic of Seychelles"; not "Republic of the
    Gambia", round 45): its name takes no article."""
    flagged, suggestion = text[match.start : match.end], match.suggestions[0] if match.suggestions else ""
    article = next((m for m in re.finditer(r"\bthe ", suggestion)
                    if suggestion[: m.start()] + suggestion[m.end() :] == flagged), None)
    if article is None:
        return False
    name = suggestion[article.end() :]
    official = _official_name(name)
    return official is not None and official.endswith(f" of {name}")


@cache
def _official_name(name: str) -> str | None:
    """A State's official name in ISO 3166-1 ("Republic of Maldives"), if `name` is a State's."""
    import pycountry

    try:
        return getattr(pycountry.countries.lookup(name), "official_name", None)
    except LookupError:
        return None


def _phrasal_verb_of_a_noun(text: str, match: EngineMatch) -> tuple[str, ...]:
    """The phrasal verb a compound noun is made of, where a grammar rule finds a noun in a verb's
    place: "before a war can outbreak" wants "break out" (round 52, where the noun split in two,
    "out break", was offered), "to setup a fund" wants "set up"; () for a spelling match, a word
    that is a verb itself, a suggestion of the engine's own, or a word no phrasal verb makes."""
    word = text[match.start : match.end]
    lexicon = wordnet()
    if match.rule_id == "SpellCheck" or match.rule_id.startswith("MORFOLOGIK") or lexicon is None \
            or not word.isalpha() or not word.islower() or lexicon.lemma(word, "verb") is not None \
            or match.suggestions and match.suggestions[0].replace(" ", "") != word:
        return ()
    for i in range(2, len(word) - 1):
        head, tail = word[:i], word[i:]
        if lexicon.lemma(tail, "verb") == tail and lexicon.phrasal_verb(tail, head):
            return (f"{tail} {head}",)  # "outbreak": break out
        if lexicon.lemma(head, "verb") == head and lexicon.phrasal_verb(head, tail):
            return (f"{head} {tail}",)  # "setup": set up
    return ()


def _lets_opening_a_clause(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "lets" or "let" for a "let’s" that opens a clause: at a
    sentence's start, after a comma, a semicolon, a colon or a dash, or after a conjunction
    ("a cleaner river means a cleaner delta, let’s …", round 54) it is "let us", whatever
    slip comes after it. "The minister let’s the children play" is still the slip."""
    if text[match.start : match.end].replace("’", "'").lower() != "let's" \
            or not any(s.lower() in {"lets", "let"} for s in match.suggestions):
        return False
    before = text[max(0, match.start - 20) : match.start].rstrip(" \t")
    word = _WORD_BEFORE.search(text, max(0, match.start - 20), match.start)
    return not before or before[-1] in ".!?,;:—–-(\"“\n" or word is not None and word.group(1).lower() in _CLAUSE_JOINERS


# Words after which a clause opens: "so let’s act", "and let’s hope".
_CLAUSE_JOINERS = frozenset("and but so or nor yet now then therefore thus hence".split())


def _indirect_object_read_as_possessive(text: str, match: EngineMatch) -> bool:
    """True when the engine wants an apostrophe in a plural that is the first of a verb's two
    objects: a verb WordNet gives both frames of giving ("Somebody ----s somebody something",
    "Somebody ----s something to somebody"), and one noun after the plural that ends the phrase:
    "union would offer the territories strength through unity" (round 54) gives strength to the
    territories. "The territories strength grew", "make the countries government more aware"
    (an object and its complement) and "let the countries government decide" are still slips."""
    flagged = text[match.start : match.end]
    if not flagged.isalpha() or not flagged.endswith("s") or not match.suggestions \
            or not all("'" in s or "’" in s for s in match.suggestions):
        return False
    verb = _VERB_BEFORE_AN_OBJECT.search(text, max(0, match.start - 40), match.start)
    thing = _WORD_AFTER.match(text, match.end)
    lexicon = wordnet()
    if verb is None or thing is None or lexicon is None \
            or _DETERMINER_BEFORE.search(text, max(0, verb.start() - 8), verb.start()):
        return False  # "the offer the territories made": a noun
    lemma = lexicon.lemma(verb.group(1), "verb")
    ends = _NO_NOUN_AFTER.match(text, thing.end()) is not None or _word_after(text, thing.end()) in _PREPOSITIONS_BEFORE_A_NOUN
    return ends and lemma is not None and _FRAMES_OF_GIVING <= lexicon.frames(lemma)


# A verb, then the determiner of its first object: "offer the ", "grant their ".
_VERB_BEFORE_AN_OBJECT = re.compile(
    r"(?<![\w'’-])([A-Za-z]+)[ \t]+(?:the|these|those|its|their|our|his|her|all|both)[ \t]+$", re.IGNORECASE)
# WordNet's verb frames 14 and 15, "Somebody ----s somebody something" and "Somebody ----s
# something to somebody": a verb of giving (offer, grant, teach; not make, call or name).
_FRAMES_OF_GIVING = frozenset({14, 15})


def _article_before_a_described_noun(text: str, match: EngineMatch) -> bool:
    """True when the engine wants "they" for a "the" before an adverb and a participle that a noun
    phrase follows, across a comma too: "the privately run, rural clinics" (round 54) describes
    the clinics. "Then the quickly run to the shelters" is still the slip."""
    flagged = text[match.start : match.end].split()
    if len(flagged) < 3 or flagged[0].lower() != "the" or not match.suggestions[:1] \
            or not match.suggestions[0].lower().startswith("they "):
        return False
    words, lexicon = _NOUN_PHRASE_AFTER.match(text, match.end), wordnet()
    if words is None or lexicon is None:
        return False
    grammar = english_grammar_words()
    first, second = words.group(1).lower(), (words.group(2) or "").lower()
    if first in grammar:
        return False
    if lexicon.lemma(first, "noun") is not None:
        return True  # "the privately run clinics"
    return lexicon.is_adjective(first) and second not in grammar and lexicon.lemma(second, "noun") is not None


# One word or two after the flagged ones, across a comma: ", rural clinics".
_NOUN_PHRASE_AFTER = re.compile(r"[ \t]*,?[ \t]+([A-Za-z][\w-]*)(?:[ \t]+([A-Za-z][\w-]*))?")


def _plural_noun_read_as_a_verb(text: str, match: EngineMatch) -> bool:
    """True when the engine wants a gerund after a verb that is a plural noun here, after a
    determiner, an adjective, a preposition or "and": "fishers rely on new technology and
    practices to adapt" (round 54), where "to adapt" says what the practices are for. "He
    practices to stay fit" is still the slip."""
    words = text[match.start : match.end].split()
    lexicon = wordnet()
    if lexicon is None or len(words) < 3 or words[1].lower() != "to" or not match.suggestions \
            or not match.suggestions[0].split()[-1].endswith("ing"):
        return False
    noun = words[0].lower()
    if not noun.endswith("s") or lexicon.lemma(noun, "noun") in {None, noun}:
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start - 30), match.start)
    word = before.group(1).lower() if before else ""
    return word in _NOUN_PHRASE_OPENERS | _PREPOSITIONS_BEFORE_A_NOUN | {"and", "or"} \
        or word not in _SUBJECT_PRONOUNS and lexicon.is_adjective(word)


def _verb_after_a_noun_without_its_plural(text: str, match: EngineMatch) -> bool:
    """True when the engine wants a singular verb after "these" or "those" and a singular noun:
    "These tent are too small" (round 54) lacks the noun's plural, which the determiner's own rule
    reports ("These tents"), and "is" would leave "These tent" wrong. "This plan are ready" is
    still the slip."""
    flagged, wanted = text[match.start : match.end].lower(), match.suggestions[0].lower() if match.suggestions else ""
    singular = wanted in {"is", "was", "has", "does"} or wanted.startswith(flagged) and wanted.endswith("s")
    if not flagged.isalpha() or not singular:
        return False
    noun, lexicon = _PLURAL_DETERMINER_AND_NOUN.search(text, max(0, match.start - 40), match.start), wordnet()
    return noun is not None and lexicon is not None and lexicon.lemma(noun.group(1), "noun") == noun.group(1).lower()


_PLURAL_DETERMINER_AND_NOUN = re.compile(r"(?<![\w'’-])(?:these|those)[ \t]+([A-Za-z]+)[ \t]+$", re.IGNORECASE)


def _noun_after(text: str, end: int) -> bool:
    """True when the word after `end`, or after the adjectives that describe it with it ("everyday
    governmental and legislative concerns"), is a noun WordNet lists that is no grammar word."""
    lexicon = wordnet()
    words = _DESCRIBED_AFTER.match(text, end)
    for word in words.group().lower().split() if words else []:
        if word in english_grammar_words() and word != "and" or lexicon is None:
            return False
        if noun_senses(word) and not lexicon.is_adjective(word):
            return True
        if word != "and" and not lexicon.is_adjective(word):
            return False
    return False


# Up to five words: an adjective and those joined to it may take as many before their noun.
_DESCRIBED_AFTER = re.compile(r"(?:[ \t]+[A-Za-z]+){1,5}")


def _adjective_before_its_noun_read_as_another_word(text: str, match: EngineMatch) -> bool:
    """True when Harper asks for "every day" for "everyday", or LanguageTool for "allay" for
    "ally", before a noun the word describes: "their everyday lives", "ally countries" (round 56)."""
    return match.rule_id in ("Everyday", "ALLY_ALLAY") and text[match.start : match.end].lower() in ("everyday", "ally") \
        and _noun_after(text, match.end)


def _letter_label_read_as_an_article(text: str, match: EngineMatch) -> bool:
    """True when the engine would change an article that is a capital letter labelling a step,
    before a hyphen, a colon or a bracket ("R-Relief. A-Action.", round 56)."""
    return match.rule_id in ("AnA", "EN_A_VS_AN") and text[match.start : match.end] in ("A", "An") \
        and text[match.end : match.end + 1] in ("-", "–", ":", ")")


# "both" and one plural noun right before the flagged "as well as": "both parties as well as".
_BOTH_BEFORE_ITS_NOUN = re.compile(r"\bboth\s+([a-z]+s)\s+$", re.IGNORECASE)


def _both_before_its_plural(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool reads "both … as well as" as "both … and" where "both" goes with the
    plural noun after it: "a plan that suits both parties as well as the environment" (round 56)."""
    both = _BOTH_BEFORE_ITS_NOUN.search(text, max(0, match.start - 40), match.start)
    return match.rule_id == "BOTH_AS_WELL_AS" and both is not None and _a_plural(both.group(1))


# A phrase of time that ends with a plural right before "that": "at all times that", "in recent years that".
_TIME_PHRASE_BEFORE_THAT = re.compile(
    r"\b(?:at|in|for|over|during)\s+(?:all|recent|some|those|these|the|other)?\s*([a-z]+s)\s+that\s+$", re.IGNORECASE)


def _that_after_a_time_phrase(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool makes a plural of time the subject of the "that" clause after it:
    "a watch … to wear at all times that has a retinal scan" (round 56) goes with the watch."""
    phrase = _TIME_PHRASE_BEFORE_THAT.search(text, max(0, match.start - 40), match.start)
    senses = noun_senses(phrase.group(1)) if phrase else []
    return match.rule_id == "PLURAL_THAT_AGREEMENT" and bool(senses) and senses[0].file == "noun.time"


def _might_of_a_power(text: str, match: EngineMatch) -> bool:
    """True when Harper reads "might" as a modal before another modal where it is the noun, after an
    adjective or a possessive: "military might will win respect" (round 57)."""
    before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, match.start - 30) : match.start])
    lexicon = wordnet()
    return match.rule_id == "DoubleModal" and text[match.start : match.end].lower().startswith("might") \
        and before is not None and lexicon is not None \
        and (lexicon.is_adjective(before.group(1).lower()) or before.group(1).lower() in _POSSESSIVES)


_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your", "all"})


def _word_of_a_name_read_as_a_phrasal_verb(text: str, match: EngineMatch) -> bool:
    """True when Harper splits a capitalised word before another into a phrasal verb: "Baron
    William de Vesci" is a title and a name, not "Bar on" (round 57)."""
    return match.rule_id == "PhrasalVerbAsCompoundNoun" and text[match.start : match.start + 1].isupper() \
        and re.match(r"[ \t]+[A-Z]", text[match.end :]) is not None


# "the" that opens a name with "the" inside it: "the Twice the Rice initiative".
_THE_INSIDE_A_NAME = re.compile(r"the[ \t]+[A-Z][\w'’-]*[ \t]+the[ \t]+[A-Z]")


def _article_inside_a_name(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool calls one of two articles redundant where the second is inside a
    capitalised name ("the Twice the Rice initiative", round 57)."""
    return match.rule_id == "A_RB_A_JJ_NN" and _THE_INSIDE_A_NAME.match(text, match.start) is not None


# A concessive clause after a comma: ", whether that be goods or people", ", whether it is … or".
_WHETHER_CONCEDING = re.compile(r",[ \t]*whether[ \t]+(?:that|it|they|this|these)[ \t]+(?:be|is|are|was|were)\b", re.IGNORECASE)


def _comma_before_a_concession(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool asks for no comma before a "whether" that opens a concession, not an
    indirect question ("whatever we asked for, whether that be goods or people", round 57)."""
    return match.rule_id == "NO_COMMA_BEFORE_INDIRECT_QUESTION" and _WHETHER_CONCEDING.match(text, match.start) is not None


def _a_plural(word: str) -> bool:
    """A noun in a form other than its base: "parties", "populations"."""
    return noun_lemma(word) != word.lower()


def _plural_asked_of_a_plural(text: str, match: EngineMatch) -> bool:
    """True when Harper asks for a plural after "one of the" where the word is one already: "one of
    the highest working female populations" (round 58)."""
    word = text[match.start : match.end]
    return match.rule_id == "OneOfTheSingular" and word.isalpha() and _a_plural(word)


def _comparative_of_a_correlative(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool asks for a noun after "the" in "the less of a risk", "the more of a
    burden": a comparative, which "the … the …" takes there (round 58)."""
    return match.rule_id == "ARTICLE_ADJECTIVE_OF" and text[match.start : match.end].lower() in ("less", "more")


# Endings that make a noun of a word ("equitability", "readiness", "enforcement").
_NOUN_ENDINGS = ("ity", "ness", "tion", "sion", "ment", "ance", "ence", "ship", "hood", "ism")


def _noun_by_its_ending_read_as_adjective(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool asks for a noun between "the" and "of" where the word is one by its
    ending, though its dictionary lacks it: "adheres to the equitability of consumers" (round 61)."""
    word = text[match.start : match.end].lower()
    return match.rule_id == "ARTICLE_ADJECTIVE_OF" and word.isalpha() and word.endswith(_NOUN_ENDINGS)


_ADJECTIVE_AND_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+ing)[ \t]+([a-z]+)")


def _have_before_an_adjective_in_ing(text: str, match: EngineMatch) -> bool:
    """True when Harper asks for a progressive after "have" where the -ing word is an adjective
    before its noun: "even if they have preexisting conditions" is possession (round 61)."""
    after = _ADJECTIVE_AND_NOUN_AFTER.match(text, match.end)
    lexicon = wordnet()
    return match.rule_id == "ProgressiveNeedsBe" and after is not None and lexicon is not None \
        and lexicon.is_adjective(after.group(1)) and _mostly_noun(lexicon, after.group(2))


# The subject before a "were", past a phrase set off by commas: "diseases which, until now, were".
_SUBJECT_BEFORE_WERE = re.compile(r"\b(which|that|who|they|these|those|[a-z]+s)\s*(?:,[^,.;:]{1,40},\s*)?$", re.IGNORECASE)


def _past_were_read_as_we_are(text: str, match: EngineMatch) -> bool:
    """True when Harper reads "were" as "we're" where a subject stands before it, past a phrase set
    off by commas: "communicable diseases which, until now, were the leading cause" (round 61)."""
    return match.rule_id == "PronounContraction" and text[match.start : match.end].lower() == "were" \
        and _SUBJECT_BEFORE_WERE.search(text, max(0, match.start - 80), match.start) is not None


def _ruler_number_read_as_i(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool asks for a verb after "I" that is a ruler's number: "accompany Edward I
    on his crusades" (round 62)."""
    flagged = text[match.start : match.end]
    return match.rule_id == "PRP_JJ" and flagged[:2] == "I " and ruler_number(text, match.start, match.start + 1)


# A day before the month: "the 26th of September, 2011", "26 September, 2011".
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+$", re.IGNORECASE)


def _comma_of_a_full_date(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool calls the comma before a year needless where a day comes before the
    month: "on the 26th of September, 2011" is a full date (round 62)."""
    return match.rule_id == "COMMA_AFTER_A_MONTH" and _DAY_BEFORE.search(text, max(0, match.start - 12), match.start) is not None


# A plural named before an example of it: "other nations such as the USA have".
_EXAMPLE_OF_A_PLURAL = re.compile(r"\b[a-z]+s,?[ \t]+(?:such[ \t]+as|like|including)[ \t]+(?:the[ \t]+)?\S+[ \t]+$",
                                  re.IGNORECASE)


def _verb_of_a_plural_before_its_example(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool makes the verb after "the USA" singular where the USA is an example of
    the plural subject: "other nations such as the USA have rebuked it" (round 62)."""
    example = _EXAMPLE_OF_A_PLURAL.search(text, max(0, match.start - 60), match.start)
    return match.rule_id == "US_ONE_ENTITY" and example is not None


def _adjective_with_its_of(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool asks for a noun between "the" and "of" where the word and its "of" are
    one adjective WordNet lists: "the unheard of tax" (unheard-of, round 62)."""
    lexicon = wordnet()
    word = text[match.start : match.end].lower()
    return match.rule_id == "ARTICLE_ADJECTIVE_OF" and lexicon is not None and lexicon.is_adjective(f"{word}-of")


def _gerund_after_a_determiner(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool asks a gerund after a verb in -ing that is a noun after its article:
    "to stimulate an understanding to organize the two powers" (round 62)."""
    return match.rule_id == "ADMIT_ENJOY_VB" and re.search(r"\b(?:an?|the)[ \t]+$", text[max(0, match.start - 6) : match.start],
                                                            re.IGNORECASE) is not None


# A capital letter named as a letter, right before the flagged verb: "Second, the I stands for …".
_LETTER_NAMED_BEFORE = re.compile(r"\b(?:the|an?)[ \t]+[A-Z][ \t]+$")


def _verb_after_a_letter_read_as_i(text: str, match: EngineMatch) -> bool:
    """True when an engine asks a verb to agree with "I" where "the I" is a letter of an acronym the
    paper spells out ("FIRE: … Second, the I stands for increased support", round 62)."""
    return _LETTER_NAMED_BEFORE.search(text, max(0, match.start - 12), match.start) is not None


# Two capitalised words before a capitalised flagged word, the last a pronoun: "the He For She Impact".
_NAME_WITH_A_PRONOUN_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+(?:He|She|It|We|They|I|You)[ \t]+$")


def _word_of_a_name_after_its_pronoun(text: str, match: EngineMatch) -> bool:
    """True when Harper asks a capitalised word inside a name of capitalised words to agree with a
    pronoun the name holds: "a campaign called the He For She Impact" (round 62)."""
    word = text[match.start : match.end]
    return word[:1].isupper() and not _starts_a_sentence(text, match.start) \
        and _NAME_WITH_A_PRONOUN_BEFORE.search(text, max(0, match.start - 40), match.start) is not None


# A finite verb right after a word: "an uprate have been approved".
_FINITE_AFTER = re.compile(r"[ \t]+" + _FINITE_AUXILIARY, re.IGNORECASE)


def _noun_read_as_infinitive(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool reads the noun after "a"/"an" as a verb where a finite verb follows it,
    which makes it a subject: "plans for an uprate have been approved" (round 58)."""
    return match.rule_id == "A_INFINITIVE" and _FINITE_AFTER.match(text, match.end) is not None


# A quantity that counts the plural after it, right before the flagged verb: "a myriad of ideas".
_COUNTED_PLURAL_BEFORE = re.compile(
    r"\b(?:a|an)[ \t]+(?:myriad|number|host|variety|range|handful|plethora|couple|multitude|majority|lot)[ \t]+of"
    r"(?:[ \t]+[a-z]+)?[ \t]+([a-z]+s)[ \t]+$", re.IGNORECASE)


def _verb_of_a_counted_plural(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool wants a singular verb after "a myriad of ideas", "a host of new
    problems": the plural is the subject (round 58)."""
    counted = _COUNTED_PLURAL_BEFORE.search(text, max(0, match.start - 60), match.start)
    return match.rule_id.startswith("COLLECTIVE_NOUN_VERB_AGREEMENT") and counted is not None and _a_plural(counted.group(1))


# Words that count one of a group: "every one of us was", "neither of them is" take a singular verb.
_ONE_OF = re.compile(r"\b(?:(?:every|each|any|no)\s+one|one|each|either|neither|none|everyone|anyone)\s+of\s+(?:us|them|you)\s+$",
                     re.IGNORECASE)


def _one_of_a_group(text: str, match: EngineMatch) -> bool:
    """True when the engine closes "every one" before "of" ("every one of us", round 64: each
    member, not "everyone"), or asks a plural verb of a pronoun after a word that counts one of its
    group ("every one of us was", "neither of them is": the subject is the one)."""
    if match.rule_id == "Everyone":
        return _word_after(text, match.end) == "of"
    return match.rule_id == "PronounInflectionBe" and _ONE_OF.search(text, max(0, match.start - 40), match.start) is not None


# Between a State's name and its verb: adverbs and short phrases of time ("The United States in the past has").
_ADVERBIALS = re.compile(
    r"(?:[ \t]+(?:(?:in|at|during|for|since|over|on|by)[ \t]+(?:the[ \t]+)?[\w-]+(?:[ \t]+[\w-]+)?"
    r"|[a-z]+ly|also|still|now|already|long|never|always|often|itself))*[ \t]+$")


def _singular_verb_of_a_state(text: str, match: EngineMatch) -> bool:
    """True when LanguageTool asks a plural verb of a State whose name ends like a plural ("The
    United States in the past has ratified", round 65; "the Netherlands is"): one State."""
    if not match.rule_id.startswith("SUBJECT_VERB_AGREEMENT"):
        return False
    start = max(0, match.start - 80)
    state = next(reversed(list(states().regex.finditer(text, start, match.start))), None)
    return state is not None and state.group().endswith("s") \
        and _ADVERBIALS.fullmatch(text, state.end(), match.start) is not None \
        and _OPENS_A_CLAUSE.search(text, max(0, state.start() - 10), state.start()) is not None  # not "ministers of"


_OPENS_A_CLAUSE = re.compile(r"(?:^|[.;:!?,][ \t]+|\n)[ \t]*(?:[Tt]he[ \t]+)?$")


_MISREADINGS = (
    _singular_verb_of_a_state, _comparative_after_be, _hyphens_as_dashes,
    _plural_asked_of_a_plural, _comparative_of_a_correlative, _noun_read_as_infinitive, _verb_of_a_counted_plural,
    _might_of_a_power, _word_of_a_name_read_as_a_phrasal_verb, _article_inside_a_name, _comma_before_a_concession,
    _adjective_before_its_noun_read_as_another_word, _letter_label_read_as_an_article, _both_before_its_plural,
    _that_after_a_time_phrase,
    _lets_opening_a_clause, _indirect_object_read_as_possessive, _article_before_a_described_noun,
    _plural_noun_read_as_a_verb, _verb_after_a_noun_without_its_plural,
    _verb_read_as_other_verbs_past, _degree_word_read_as_quiet, _preposition_and_all_read_as_overall, _possessive_s_merged,
    _article_fits_an_acronym, _noun_phrase_read_short, _time_adjunct_read_as_complement, _predicative_compound,
    _compound_before_a_count,
    _name_run_together, _name_hyphened_another_way, _quote_closed_in_another_style, _quotes_nested_or_run_on,
    _preposition_read_as_buy, _possessive_read_as_contraction,
    _elision_read_as_slip, _plural_written_as_possessive, _possessive_read_as_there, _plural_quantifier_read_as_singular,
    _noun_read_as_adjective, _tabs_laid_out, _demonstrative_after_that, _merge_of_a_word_part,
    _enumerator_read_as_unpaired, _verb_read_as_preposition, _base_form_after_inverted_auxiliary,
    _verb_after_a_ruler_number, _relative_that_read_as_than, _verb_let_read_as_lets, _plural_noun_after_we,
    _capital_asked_after_an_abbreviation, _name_that_takes_the, _closed_compound_before_a_hyphen,
    _preposition_read_as_compound, _preposition_of_a_fixed_phrase, _statement_read_as_question, _prefix_read_as_pronoun,
    _part_of_a_name_with_an_apostrophe, _existential_there_read_as_their, _how_of_a_clause, _mass_before_its_noun,
    _not_before_an_adjective_it_negates, _click_letter_read_as_a_stop, _currency_code_before_the_sign,
    _apostrophe_style_only, _pronoun_asked_where_no_verb_follows, _country_after_a_small_the, _adjective_before_its_noun,
    _pronoun_before_its_apposition, _infinitive_to_read_as_two, _degree_adverb_read_as_very, _different_than_a_clause,
    _modifier_of_a_count_read_as_the_noun, _noun_read_as_a_verb, _adjective_new_after_an_object,
    _qualified_uncountable_of, _to_before_a_name, _to_before_no_degree_word, _participle_before_its_noun,
    _article_of_an_in_compound,
    _superlative_opening_a_name, _verb_read_as_a_compound_noun, _every_day_before_a_clause,
    _initials_without_their_last_stop, _possessive_its_after_a_preposition, _compound_noun_before_a_noun,
    _numbering_read_as_a_pronoun, _to_after_a_passive_participle, _gerund_after_a_to_of_giving, _case_asked_of_capitals,
    _gerund_subject_read_as_people,
    _the_asked_before_a_bare_state_name, _words_of_a_listed_compound, _enumerator_read_as_an_article,
    _stray_article_before_a_participle, _merge_after_a_modal, _irregular_past_read_as_a_noun,
    _article_of_a_longer_name, _trouble_outside_its_idioms, _verb_after_a_quantity_of_plurals,
    _to_of_a_range, _repeat_closing_a_range, _abbreviation_before_an_ellipsis, _verb_and_preposition_read_as_compound,
    _lots_of_a_mass_noun,
    _subjunctive_after_a_word_of_demand, _superlative_after_its_shared_the, _prefix_hyphened_before_a_vowel,
    _to_of_as_to, _modal_that_ends_a_clause, _some_body_of, _going_forward, _both_after_its_pronoun,
    _world_after_a_preposition, _good_in_a_place, _adverbs_set_apart, _noun_of_a_compound_adjective, _be_cause_for,
    _noun_by_its_ending_read_as_adjective, _have_before_an_adjective_in_ing, _past_were_read_as_we_are,
    _verb_after_a_letter_read_as_i, _word_of_a_name_after_its_pronoun, _as_how_of_another_phrase, _if_not_before_a_comparative,
    _initialism_the_paper_defines,
    _ruler_number_read_as_i, _comma_of_a_full_date, _verb_of_a_plural_before_its_example, _adjective_with_its_of,
    _gerund_after_a_determiner, _hyphen_asked_before_a_listed_compound, _each_other_after_a_preposition,
    _one_of_a_group, _perfect_verb_read_as_compound, _multiplier_read_as_verb,
)
# Misreadings that need the paper's blocks or its parse, not only its text.
def _sentence_that_goes_on(document, match: EngineMatch) -> bool:
    """True when the engine asks for a capital on a sentence that only seems to start (round 51):
    a paragraph in small letters after notes or sources set between the pages of a PDF ("…
    Accessed November 9, 2016." ⏎ "taxes, but Togo is …"); a numbered item that goes on from a
    lead-in with no full stop ("Therefore, the Cardinals" ⏎ "1. believe that …"); a word after a
    stray full stop that ends no sentence ("… economy. Libya. suggests two aspects")."""
    if match.rule_id not in ("SentenceCapitalization", "UPPERCASE_SENTENCE_START"):
        return False
    text, word = document.text, document.text[match.start : match.end]
    block = document.block_at(match.start)
    if block is None or not word[:1].islower():
        return False
    index = document.blocks.index(block)
    before = document.blocks[index - 1] if index > 0 else None
    marker = text[block.start : match.start]
    if before is not None and block.start == match.start and (
            regions(document).at(before.start, ("bibliography", "citation"))
            or _REFERENCE_LINE.search(text, before.start, before.end)):
        return True
    if marker.strip() and _LIST_MARKER.fullmatch(marker):
        lead = index - 1
        while lead >= 0 and _LIST_MARKER.match(text, document.blocks[lead].start):
            lead -= 1  # past the items before it, to the words they go on from
        if lead >= 0 and not re.search(r"[.!?:;]\s*$", text[document.blocks[lead].start : document.blocks[lead].end]):
            return True
    if block.kind == "list_item" and block.start == match.start and _item_of_a_lead_in(document, index):
        return True
    stray = re.search(r"(?:^|[.!?]\s+)([A-Z][\w'’-]*)\.\s+$", text[max(block.start, match.start - 40) : match.start])
    return stray is not None


def _item_of_a_lead_in(document, index: int) -> bool:
    """True when a list item goes on from the words before the list: a lead-in that ends with a
    colon ("Norland therefore:", "means such as:") or stops short of any full stop ("Therefore, the
    Republic of Velda" / "recognizes …; reaffirms …", resolution style), round 55. Its items
    open in small letters; after a lead-in that is a whole sentence ("Norland agrees.") an item is one too."""
    text, lead = document.text, index - 1
    while lead >= 0 and document.blocks[lead].kind == "list_item":
        lead -= 1  # past the items before it, to the words they go on from
    if lead < 0:
        return False
    words = text[document.blocks[lead].start : document.blocks[lead].end].rstrip()
    return bool(words) and (words.endswith(":") or words[-1].isalnum())


# A line of a source: an address, "Retrieved" or "Accessed" with its date.
_REFERENCE_LINE = re.compile(r"https?://|\bwww\.|\bRetrieved\b|\bAccessed\b", re.IGNORECASE)
_LIST_MARKER = re.compile(r"[ \t]*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)][ \t]*|[ \t]*[-•*][ \t]*")


def _how_opening_a_clause(document, match: EngineMatch) -> bool:
    """True when the engine wants "how to" where the parse gives the verb after "how" a subject of
    its own after it, and no verb stands before that subject: "interested in how water and energy
    policy can support farms" (round 64); "shows how repair the pumps" is still the slip."""
    if match.rule_id != "HowTo" or (parsed := _parse_at(document, match.start)) is None:
        return False
    start, doc = parsed
    how = next((t for t in doc if start + t.idx == match.start), None)
    if how is None or how.head.pos_ not in {"VERB", "AUX"}:
        return False
    subject = next((c for c in how.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > how.i), None)
    return subject is not None and not any(t.tag_.startswith("VB") for t in doc[how.i + 1 : subject.left_edge.i])


def _plural_noun_after_a_preposition_to(document, match: EngineMatch) -> bool:
    """True when the engine wants a verb's base form after a "to" whose word the parse reads as a
    plural noun it governs: "goods exposed to thieves" (round 64: "thieve" is a verb too); "we
    plan to expands" is still the slip."""
    if match.rule_id != "InflectedVerbAfterTo" or (parsed := _parse_at(document, match.start)) is None:
        return False
    start, doc = parsed
    words = [t for t in doc if match.start <= start + t.idx < match.end]
    return len(words) == 2 and words[0].dep_ == "prep" and words[1].tag_ in {"NNS", "NNPS"} and words[1].dep_ == "pobj"


_MISREADINGS_IN_CONTEXT = (_article_of_a_noun_before_a_clause, _name_alone_on_an_opening_line,
                           _spaces_between_words, _sentence_that_goes_on, _preposition_after_a_noun_joined,
                           _how_opening_a_clause, _plural_noun_after_a_preposition_to)


def _spacing_only(text: str, suggestions: tuple[str, ...]) -> bool:
    """The engine's fix only adds, removes or moves spaces ("  " -> " ", " ," -> ",")."""
    return bool(suggestions) and suggestions[0] != text and re.sub(r"\s", "", suggestions[0]) == re.sub(r"\s", "", text)


def other_english_spelling(document, match: EngineMatch) -> bool:
    """True when the flagged word is correct in the other English, US or British: a pair of the
    shipped table, or a suggestion that differs from it only as US and British spellings do
    ("favoritism" / "favouritism", "totaled" / "totalled", "monolog" / "monologue")."""
    word = document.text[match.start : match.end]
    return word.lower() in spelling_pairs() or any(other_english(word, s) for s in match.suggestions)


_INNER_CAPITAL = re.compile(r".[A-Z]")
_NAME_KINDS = ("header", "bibliography", "citation")
# A word the paper explains: "the harmattan (a dry wind)", "herders call it the X", "known
# locally as the X", "fined 300 X", a word alone in single quotes or in parentheses after what it
# glosses. (Double quotation marks are a region every rule skips.)
_GLOSS_AFTER = re.compile(r"\s*,?\s*(?:\(\s*[\"“‘']?[a-z]|[\"“‘']\s*[a-z]|,\s*(?:meaning|literally|i\.e\.)\b)")
_NAMED_BEFORE = re.compile(
    r"\b(?:(?:known|referred\s+to)(?:\s+\w+){0,3}?\s+as|(?:call|term|dub|name)(?:s|d|ed|led|bed)?(?:\s+(?!for\b)\w+){0,2}?"
    r"|locally)\s+(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)
_AMOUNT_BEFORE = re.compile(r"\d[\d,.]*\s+(?:million\s+|billion\s+)?$")
_QUOTED = re.compile(r"(?<!\w)[‘'(]([^“”‘’'()\n]{1,40})[’')](?!\w)")
# English prefixes that make compounds the dictionary does not list (antiweaponization,
# ethnolinguistic, narco-terrorists): each one a combining form the dictionaries give.
_PREFIXES = frozenset(
    "anti non post pre counter co de re un dis mis inter intra multi micro macro socio eco agro agri neuro psycho "
    "bio geo cyber trans sub super semi pro neo self mid pan quasi ultra hyper mega extra infra para "
    "poly mono auto tele petro hydro narco under over nano pico thermo circum electro photo aero astro "
    "ethno proto pseudo crypto exo endo".split()
)
# Endings that derive a word from one WordNet lists, and the endings that word may have there:
# a verb, or the act of it ("regional" -> "regionalize", "regionalization"), an adjective of a
# noun in -y, -ism or -ist ("oligopoly" -> "oligopolistic"), and an adverb of an adjective.
_DERIVATIONS = (
    *((suffix, ("", "ize", "e")) for suffix in "izations isations ization isation".split()),  # prioritizations
    # a final "e" of the listed word dropped: salinized, salinization, from saline (round 54)
    *((suffix, ("", "e")) for suffix in "izing ising ized ised izes ises ize ise".split()),
    ("istic", ("y", "ism", "ist")),
    *((suffix, ("",)) for suffix in "isms ism ists ist".split()),  # multilateralism, from multilateral
    ("ability", ("able",)),  # renewability, from renewable
    ("ity", ("",)),  # suicidality, from suicidal (round 35)
    ("eering", ("eer",)),  # privateering, the trade of a privateer (rounds 35 and 37)
    ("ibility", ("ible",)),
    # an adverb of a listed adjective (WordNet's adverbs are not read): debatably, steadily
    ("ably", ("able",)),
    ("ibly", ("ible",)),
    ("ily", ("y",)),
    ("ly", ("",)),
    # a noun of a listed adjective: prosperousness, inclusiveness; emptiness
    ("iness", ("y",)),
    ("ness", ("",)),
    ("ionary", ("ion",)),  # devolutionary, from devolution
    ("ional", ("ion",)),  # causational, from causation
    ("ical", ("ic",)),  # demographical, from demographic
    ("ically", ("ic",)),  # linguistically, from linguistic (round 52)
    ("ionally", ("ion",)),
    ("atory", ("ation",)),  # confiscatory, from confiscation
    *((suffix, ("ate",)) for suffix in ("ation", "ations")),  # advocation, from the verb advocate (round 52)
    ("ative", ("ate",)),  # allocative, from allocate
    *((suffix, ("",)) for suffix in ("ment", "ments")),  # diminishment, from the verb diminish (round 59)
    ("able", ("", "e")),  # replenishable, from replenish
    ("al", ("", "e", "us")),  # sectoral, from sector; retroviral, from retrovirus (of a noun only: not "improval")
    ("als", ("", "e", "us")),  # antiretrovirals
)
# A capitalised word right before an opening bracket: "… Intelligence Operations (".
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s*$")
# Where a sentence starts: the paper's start, or after a full stop, colon, quotation mark or bracket.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(\[]\s*|\n\s*)$")
_NUMBER_AFTER = re.compile(r"[ \t]+(\d{1,4})(?![\w.,]\d|%)\b")
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
# Below this length every token is one edit from some dictionary word, which says nothing.
_SHORT = 4
# The dot of a file type (".apk", ".docx") after a space or an opening mark, right before the word.
_FILE_TYPE = re.compile(r"(?:^|(?<=[\s(“\"']))\.$")
# A letter alone, or with a full stop: an initial or a list's letter ("a. Background").
_LETTER = re.compile(r"[^\W\d_]\.?")


def is_name(document, match: EngineMatch) -> bool:
    """True when the flagged word is a name or the paper's own word, not a misspelling: a word
    in the paper's `paperlint: words` comments; a word with digits or inner capitals (NotPetya,
    ICTs); a part of a hyphenated compound (non-invasive, agro-based, Mbeka-Ro); a word the
    paper glosses, quotes or counts money in; a word WordNet lists as written (crore, Donbas); a
    capitalised word in a list of names, part of a multi-word name (Jemaah Islamiyah), or in the
    header or sources. Any other word one letter away from
    the engine's suggestion ("Goverment", "self-sufficent") is still a misspelling, unless it
    is a capitalised name in a list or compound. (A US or British spelling is never a
    misspelling: `other_english_spelling`.)"""
    word = document.text[match.start : match.end]
    if word in document_words(document) or any(c.isdigit() for c in word) or _INNER_CAPITAL.search(word) \
            or match.start > 0 and document.text[match.start - 1].isdigit():
        return True  # "49ers": a word with digits, however the engine cut it
    if _numeral_in_small_letters(document.text, match.start, match.end):
        return False  # "Henry Vlll": a ruler's number mistyped, not a name of its own
    if _FILE_TYPE.search(document.text, max(0, match.start - 2), match.start):
        return True  # "compatible with .apk files": a file type, after its dot (round 63)
    capitalised = word[:1].isupper()
    if capitalised and _named_in_place(document, match.start, match.end):
        return True
    if _prefix_of_compound(document.text, match.start, match.end) or _source_in_brackets(document.text, match.start, match.end):
        return True  # "narco-terrorists", "(worldnewsdaily)"
    if _accented_form_of(word, match.suggestions):
        return True  # "Napoléon", "Québec": a name written with its own language's accents (round 61)
    if _known_word(word) or _possessive_of_a_noun(word) or _in_foreign_name(document.text, match.start, match.end) \
            or _joins_a_foreign_name(document.text, match.start, match.end) \
            or in_another_language(document.text, match.start, match.end) \
            or _in_listed_phrase(document.text, match.start, match.end):
        return True
    if _closed_form_listed(document.text, match.start, match.end):
        return True  # "whole-heartedly": the engine flags "heartedly", and "wholeheartedly" is a word (round 64)
    if _spell_check(match) and _plural_in_ies(word):
        return True  # "temporalities": a plural of a noun WordNet lists; a possessive rule's "territories" stands
    if _NAMED_BEFORE.search(document.text, max(0, match.start - 60), match.start):
        return True  # "(known in Libya as the gibli)": a term the paper gives here, even one letter from a word
    if _two_long_nouns(word):
        return True  # "crewmates" (round 65), however near "cremates": two nouns of four letters or more, closed
    # a guess that is the word itself in a bracket ("(Bolivarian", round 54) is no other word
    guesses = [s for s in match.suggestions if s.strip("()[]") != word]
    if len(word) > _SHORT and guesses and _one_edit(word.lower(), guesses[0].lower()):
        suggestion = guesses[0]
        if not (_split_of_name_or_prefix(word, suggestion) or _apostrophe_only(word, suggestion)
                or _name_beside_common_word(document.text, match.start, suggestion)
                or capitalised and _inside_sentence(document.text, match.start) and _unlisted_name(suggestion)
                or capitalised and _name_the_paper_uses(document.text, word, suggestion)):
            return False  # near a dictionary word: a slip, not a name
    if capitalised or _in_compound(document.text, match.start, match.end) or _prefixed(word, match.suggestions):
        return True
    if _noun_compound(word) or _of_a_numbered_series(word) or _particle_compound(word) \
            or _name_of_a_kind_used_again(document.text, word, match.suggestions):
        return True
    if _suspended_prefix(document.text, match.start, match.end):
        return True
    if _LETTER.fullmatch(word):
        return True
    uses = re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", document.text)
    return any(_explained(document.text, use.start(), use.end()) for use in uses)


def _accented_form_of(word: str, suggestions: tuple[str, ...]) -> bool:
    """True when the word has accents and, without them, is the engine's first guess or a word
    WordNet lists: the same word in its own language's letters ("Napoléon", "Québec", "café")."""
    plain = _without_accents(word)
    if plain == word:
        return False
    return bool(suggestions) and suggestions[0].lower() == plain.lower() or _known_word(plain)


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name_the_paper_uses(text: str, word: str, suggestion: str) -> bool:
    """True when the paper writes a capitalised word the same way at two uses or more, one of them
    inside a sentence, and never writes the engine's guess, which is no common word, adjective,
    place or word of a UN body's name ("the Kareni villages" … "the Kareni elders", where Harper
    offers "Karen"; round 52, a people's name): a name the paper spells its own way. A guess that is a common word
    ("Goverment"), an adjective ("Tibettan" for "Tibetan"), a place ("Phillipines") or one the
    paper uses elsewhere ("Kimberely" beside "Kimberley") makes it a slip."""
    lexicon = wordnet()
    if lexicon is None or lexicon.lists(suggestion.lower()) or lexicon.is_adjective(suggestion) \
            or suggestion.lower() in _un_name_words():
        return False
    uses = [m.start() for m in re.finditer(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", text)]
    if len(uses) < 2 or not any(_inside_sentence(text, start) for start in uses):
        return False
    if re.search(r"(?<![\w'’-])" + re.escape(suggestion) + r"(?![\w'’-])", text, re.IGNORECASE):
        return False
    return not any(sense.file == "noun.location" for sense in noun_senses(suggestion))


def _prefix_of_compound(text: str, start: int, end: int) -> bool:
    """True when the word is an English prefix joined by a hyphen to a word it makes a compound of
    ("narco-terrorists", "ethno-linguistic"): the engine flags the prefix alone."""
    after = re.match(r"-([^\W\d_]{3,})", text[end : end + 40])
    return text[start:end].lower() in _PREFIXES and after is not None and _known_word(after.group(1))


# A source named in brackets in the text: "(worldnewsdaily)", "(seapost, 2019)".
_SOURCE_OPENS = re.compile(r"\(\s*$")
_SOURCE_CLOSES = re.compile(r"\s*(?:[,;]?\s*(?:\d{4}[a-z]?|n\.\s?d\.)(?:,\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?)?\s*\)")


def _source_in_brackets(text: str, start: int, end: int) -> bool:
    """True when the word is all a bracket holds, with a year or page at most, and is made of two
    words or more run together ("(seapost)", "(worldnewsdaily, 2020)"): a website or a
    paper named as a source, as its address writes it, not prose. A slip in brackets
    ("(goverment)") is no run of words."""
    if not _SOURCE_OPENS.search(text, max(0, start - 3), start) or not _SOURCE_CLOSES.match(text, end):
        return False
    return _words_run_together(text[start:end].lower())


@lru_cache(maxsize=2048)
def _words_run_together(word: str, joined: bool = False) -> bool:
    """True when a lower-case word is two words or more run together, each an English grammar word
    or one of three letters or more that WordNet lists, as a name too ("voiceofamerica")."""
    lexicon = wordnet()
    if lexicon is None or not word.isalpha():
        return False

    def known(part: str) -> bool:
        return part in english_grammar_words() or len(part) >= 3 and bool(lexicon.lists(part) or lexicon.lists(part.capitalize()))

    if joined and known(word):
        return True
    return any(known(word[:i]) and _words_run_together(word[i:], True) for i in range(2, len(word) - 1))


def _inside_sentence(text: str, start: int) -> bool:
    """True when a word does not open a sentence or a line, where every word is capitalised."""
    before = text[:start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\n\"“'‘(•-–—"


def _unlisted_name(suggestion: str) -> bool:
    """True when the engine's suggestion is a name WordNet does not list ("Liddell" for "Riddell")
    or first knows as a person ("Goodall" for "Goodell", "Capra" for "Capua"): one name near
    another says nothing of a slip. A country or city WordNet lists ("Brazil" for "Brazill")
    still makes the word a slip."""
    lexicon = wordnet()
    if lexicon is None or not suggestion[:1].isupper():
        return False
    senses = noun_senses(suggestion)[:1]
    return not lexicon.lists(suggestion) or bool(senses) and senses[0].file == "noun.person"


def _named_in_place(document, start: int, end: int) -> bool:
    """True when a capitalised word stands where only names do: in a hyphenated name
    (Mbeka-Ro), a list of names, a multi-word name, before a number ("Kosmos 954"), after a
    person's title at any of its uses ("President Maduro … Maduro held"), or in the paper's
    header or sources."""
    text = document.text
    if _in_compound(text, start, end) or bool(name_list_at(text, start, end)) or _designated(text, end):
        return True
    if _titled(text, text[start:end]) or _surname_told_in_full(text, text[start:end]):
        return True
    found = regions(document)
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(text[start:end]) + r"(?![\w'’-])")
    return found.inside_longer_name(start, end) or any(found.at(m.start(), _NAME_KINDS) for m in pattern.finditer(text))


# A title a person's name follows: "President Maduro", "Prime Minister Sánchez"; a given name
# and an initial ("John A. Macdonald"); or a saint's or a place's abbreviated title, which names
# places after them ("St. Domingue", "Mt. Kenya", round 36).
_PERSON_TITLE = re.compile(
    r"(?<![\w'’])(?:(?:President|(?:Prime\s+|Foreign\s+)?Minister|Chancellor|Premier|King|Queen|Emperor|Sultan|Emir|"
    r"Prince|Princess|Ambassador|Senator|Governor|Mayor|Ayatollah|Pope|Mr|Mrs|Ms|Dr|Saint|St|Ste|Mt|Ft)\.?"
    r"|[A-Z][a-z]+[ \t]+[A-Z]\.)[ \t]+$"
)


def _titled(text: str, word: str) -> bool:
    """True when some use of the word follows a person's title: a name, wherever else it stands."""
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])")
    return any(_PERSON_TITLE.search(text, max(0, m.start() - 30), m.start()) for m in pattern.finditer(text))


def _surname_told_in_full(text: str, word: str) -> bool:
    """True when some use of the word ends a person's full name, given names first ("praetor Gaius
    Claudius Glaber … Glaber blocked the pass", round 67): the name, wherever else it stands."""
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])")
    lexicon = wordnet()
    return lexicon is not None and any(
        (given := _GIVEN_NAMES.search(text, max(0, m.start() - 40), m.start()))
        and given["before"] not in english_grammar_words()
        and all(lexicon.names_a_person(name) or not lexicon.lists(name) for name in given["names"].split())
        for m in pattern.finditer(text))


# Given names just before a surname, after a word in small letters that is no grammar word ("praetor
# Gaius Claudius "): each a person's name in WordNet or a word it lacks, so not "the United Natons".
_GIVEN_NAMES = re.compile(r"(?<![\w'’-])(?P<before>[a-z]+)[ \t]+(?P<names>(?:[A-Z][a-z]+[ \t]+){1,3})$")


def _designated(text: str, end: int) -> bool:
    """True when a number that is not a year follows the word: a craft's, model's or mission's
    name ("Kosmos 954", "Iridium 33"); a misspelt month before a year ("Febuary 2020") is not one."""
    number = _NUMBER_AFTER.match(text, end)
    return number is not None and not _YEAR.fullmatch(number.group(1))


def _in_compound(text: str, start: int, end: int) -> bool:
    """True when the word is one part of a hyphenated compound (eco-labels, al-Rashid), or the
    "s" of a decade written with an apostrophe (the 1990's)."""
    hyphen_before = start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()
    decade = start > 1 and text[start - 1] in "'’" and text[start - 2].isdigit()
    hyphen_after = end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()
    return hyphen_before or decade or hyphen_after


def _closed_form_listed(text: str, start: int, end: int) -> bool:
    """True when the word is a part of a hyphenated compound that WordNet lists closed
    ("whole-heartedly", "co-operation"): a way of writing a word, not a slip in one of its parts."""
    if not _in_compound(text, start, end):
        return False
    left, right = start, end
    while left > 0 and (text[left - 1].isalpha() or text[left - 1] == "-"):
        left -= 1
    while right < len(text) and (text[right].isalpha() or text[right] == "-"):
        right += 1
    return _known_word(text[left:right].strip("-").replace("-", ""))


def _prefixed(word: str, suggestions: tuple[str, ...]) -> bool:
    """True when the engine only knows the word without an English prefix (antiweaponization
    -> weaponization): a prefixed compound, often a line-end hyphen the reader joined."""
    lower = word.lower()
    return bool(suggestions) and lower.endswith(suggestions[0].lower()) and lower[: len(word) - len(suggestions[0])] in _PREFIXES


def _split_of_name_or_prefix(word: str, suggestion: str) -> bool:
    """True when the suggestion only splits the word in two, and the word is capitalised (a name:
    "Reppie" -> "Rep pie") or its first part is an English prefix ("supervolcanoes" -> "super
    volcanoes"); or splits, with a space or a hyphen, a compound closed as WordNet closes its
    kind ("tickborne" -> "tick borne", "machinemade" -> "machine-made", round 54). A small word
    run into the next ("allhistory" -> "all history") stays a slip."""
    head, space, tail = suggestion.partition(" ")
    if not space:
        head, hyphen, tail = suggestion.partition("-")
        return bool(hyphen) and (head + tail).lower() == word.lower() and word.islower() and _closed_like_its_kind(head, tail)
    if (head + tail).lower() != word.lower():
        return False
    return word[:1].isupper() or head.lower() in _PREFIXES or word.islower() and (
        _nouns_joined(head, tail) or _closed_like_its_kind(head, tail))


def _two_long_nouns(word: str) -> bool:
    """True when a lower-case word is two nouns of four letters or more written as one, the first
    not a plural ("crewmates"); not a name in small letters ("palestine": "pales" and "tine"), nor
    an adverb ("publically": "public" and "ally")."""
    lexicon = wordnet()
    if lexicon is None or not word.islower() or word.endswith("ly") or lexicon.lists(word.capitalize()):
        return False
    return any(_nouns_joined(word[:i], word[i:]) and lexicon.lemma(word[:i], "noun") == word[:i] for i in range(4, len(word) - 3))


_POSSESSIVE_END = re.compile(r"(?<![sS])['’]s$")


def _possessive_of_a_noun(word: str) -> bool:
    """True when the word is the possessive of a noun WordNet lists, mostly as a noun, that does
    not end in "s" ("warming's", round 65); not "let’s", nor a plural's "hammocks’s"."""
    lexicon = wordnet()
    base = _POSSESSIVE_END.sub("", word)
    return base != word and lexicon is not None and _mostly_noun(lexicon, base.lower()) and _known_word(base)


def _noun_compound(word: str) -> bool:
    """True when a lower-case word is two nouns written as one ("warbands", "codebreakers",
    "timeframes"), or a noun and a word that WordNet closes onto other nouns ("tickborne",
    "manmade", round 54): a closed compound the engine's dictionary lacks, not a slip."""
    return word.islower() and any(
        _nouns_joined(word[:i], word[i:]) or _closed_like_its_kind(word[:i], word[i:]) for i in range(3, len(word) - 3))


# Adverbs that close onto the noun after them as well as WordNet hyphenates them: "offseason",
# "onsite", "outpatient" (round 55).
_PARTICLES = frozenset("off on out up down back".split())


def _particle_compound(word: str) -> bool:
    """True when a lower-case word is a compound WordNet writes with a hyphen after an adverb
    particle, closed ("offseason" for "off-season", round 55): both are in use. A compound of
    other words closed so ("likeminded") is still reported."""
    hyphened = _hyphened(word)
    return hyphened is not None and hyphened.split("-")[0] in _PARTICLES


_SUSPENDED = re.compile(r"-?[ \t]+(?:and|or)[ \t]+((?:[a-z-]+[ \t]+){0,2}[a-z]+)")


def _suspended_prefix(text: str, start: int, end: int) -> bool:
    """True when an English prefix stands alone before "and" or "or" and one of the words after
    them makes a known word with it: "agro and rural tourism", "pre- and post-war" (round 55)."""
    word, after = text[start:end].lower(), _SUSPENDED.match(text, end)
    return word in _PREFIXES and after is not None and any(
        _known_word(word + tail) for tail in re.findall(r"[a-z]{3,}", after[1]))


# How many other nouns WordNet must close a word onto before a new one may be closed so too.
_CLOSED_KIN = 2


def _closed_like_its_kind(head: str, tail: str) -> bool:
    """True when a noun and a word WordNet lists are written as one word, as WordNet itself closes
    that word onto two other nouns or more: "tickborne" as "airborne" and "waterborne",
    "manmade" as "handmade" and "homemade" (round 54). A word WordNet closes onto no other noun
    ("schoolbased") and a small word run into the next ("alltime") are still slips."""
    lexicon = wordnet()
    head, tail = head.lower(), tail.lower()
    if lexicon is None or len(tail) < 4 or len(head) < 3 or not head.isalpha() or not tail.isalpha() \
            or not lexicon.lists(tail) or not _mostly_noun(lexicon, head):
        return False
    ending = lexicon.lemma(tail, "noun") or tail  # "-makers": WordNet closes "peacemaker"
    kin = {word[: -len(ending)] for word in _closed_words_by_ending().get(ending[-4:], ()) if word.endswith(ending)}
    return len({other for other in kin - {head} if len(other) >= 3 and lexicon.lemma(other, "noun") == other}) >= _CLOSED_KIN


@cache
def _closed_words_by_ending() -> dict[str, tuple[str, ...]]:
    """WordNet's one-word nouns and adjectives of seven letters or more, by their last four."""
    lexicon = wordnet()
    if lexicon is None:
        return {}
    found: dict[str, list[str]] = {}
    for pos in ("noun", "adj"):
        for word in lexicon.words(pos):
            if len(word) >= 7 and word.isalpha():
                found.setdefault(word[-4:], []).append(word)
    return {ending: tuple(words) for ending, words in found.items()}


# Number prefixes that make series of words: "biannual", "semiannual"; "biweekly", "triweekly".
_NUMBER_PREFIXES = ("uni", "bi", "di", "tri", "quadri", "tetra", "penta", "hexa", "semi", "multi", "mono", "poly")


def _of_a_numbered_series(word: str) -> bool:
    """True when a lower-case word is a number prefix before a word WordNet lists with another
    number prefix: "triweekly" beside "biweekly" and "semiweekly", "triannual" beside "biannual"
    (round 54), one of a series. A slip after the prefix ("triweelky") is still a slip."""
    lexicon = wordnet()
    if lexicon is None or not word.isalpha() or not word.islower():
        return False
    return any(
        word.startswith(prefix) and len(word) - len(prefix) >= 4 and lexicon.lists(word[len(prefix) :])
        and any(other != prefix and lexicon.lists(other + word[len(prefix) :]) for other in _NUMBER_PREFIXES)
        for prefix in _NUMBER_PREFIXES
    )


def _name_of_a_kind_used_again(text: str, word: str, guesses: tuple[str, ...]) -> bool:
    """True when a lower-case word is letters that make no word before a noun WordNet lists, the
    paper writes it at two places or more, and the engine's guesses are all three edits away or
    more: a product named with its kind ("hand out zorbanets … Zorbanets keep insects away";
    round 54's masks of a brand). The same word used once, two words run together
    ("allhistory"), and a slip near a word ("subsistent agriculture", "subsis" + "tent", two
    edits from "subsistence") are still reported."""
    lexicon = wordnet()
    if lexicon is None or not word.isalpha() or not word.islower() \
            or any(Levenshtein.distance(word, guess.lower()) <= _SLIP_EDITS for guess in guesses):
        return False
    grammar = english_grammar_words()
    if not any(lexicon.lemma(word[i:], "noun") is not None and lexicon.lists(word[i:]) and not lexicon.lists(word[:i])
               and word[:i] not in grammar for i in range(3, len(word) - 3)):
        return False
    return len(re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text, re.IGNORECASE)) >= 2


def _nouns_joined(head: str, tail: str) -> bool:
    """True when both parts are words WordNet gives mostly as nouns, the second of four letters
    or more, or the first is a noun of four letters or more that is more often a verb than an
    adjective ("stormwater", round 57). A small word run into the next stays a slip ("eventhough",
    "highlevel", "alot"), and so does an adjective run into a noun ("humanrights")."""
    lexicon = wordnet()
    return lexicon is not None and len(head) >= 3 and len(tail) >= 4 and _mostly_noun(lexicon, tail) and (
        _mostly_noun(lexicon, head) or len(head) >= 4 and lexicon.lists(head) and bool(noun_senses(head))
        and len(lexicon.senses(head, "noun")) >= len(lexicon.senses(head, "adj")))


def _mostly_noun(lexicon, word: str) -> bool:
    """True when WordNet lists the word as a noun at least as often as in its other parts of speech."""
    lemma = lexicon.lemma(word, "noun")
    if lemma is None or not lexicon.lists(lemma):  # in lower case: not "gary" in "hungary"
        return False
    nouns = len(lexicon.senses(lemma, "noun"))
    others = sum(len(lexicon.senses(word.lower(), pos)) for pos in ("verb", "adj"))
    return nouns >= others


def _in_foreign_name(text: str, start: int, end: int) -> bool:
    """True when the word is inside brackets that give a name in another language after its
    English one: "the Inspection for Defence Intelligence (Statens inspektion för …)". Most of
    the bracket's words are words WordNet does not list, and a capitalised name comes before."""
    opening = text.rfind("(", max(0, start - 120), start)
    closing = text.find(")", end, end + 120)
    if opening < 0 or closing < 0 or ")" in text[opening:start] or not _NAME_BEFORE.search(text, max(0, opening - 80), opening):
        return False
    lexicon = wordnet()
    words = re.findall(r"[^\W\d_]{2,}", text[opening + 1 : closing])
    unknown = [w for w in words if not w.isupper() and not (lexicon and lexicon.lists(w))]
    return len(words) >= 2 and len(unknown) * 2 > len(words)


def _joins_a_foreign_name(text: str, start: int, end: int) -> bool:
    """True for a short lower-case word between two capitalised words of a name in another language,
    half of whose words or more WordNet does not list: "the Syndicat National Autonome des Personnels"
    (round 59), or a particle of a person's name ("Said al Said"); not a slip inside an English name
    ("the Ministry fo Health")."""
    word = text[start:end]
    before = re.search(r"((?:[A-Z][\w'’-]*\s+){1,4})$", text[max(0, start - 80) : start])
    after = re.match(r"((?:\s+[A-Z][\w'’-]*){1,4})", text[end : end + 80])
    if not (word.islower() and len(word) <= _CONNECTIVE and before and after):
        return False
    if word in _NAME_PARTICLES:
        return True  # "Qaboos bin Said al Said" (round 63): a particle of a person's name
    lexicon = wordnet()
    words = before[1].split() + after[1].split()
    unknown = [w for w in words if not (lexicon and lexicon.lists(w.lower().strip("'’")))]
    return len(unknown) * 2 >= len(words)


_CONNECTIVE = 4
# The small words that join the parts of a person's name in Arabic, Dutch, German, French,
# Spanish, Portuguese and Italian names ("bin", "al", "van", "von", "de", "dos").
_NAME_PARTICLES = frozenset("al el bin ibn bint abu van von der den de da di du del della dos das le la".split())


def _name_beside_common_word(text: str, start: int, suggestion: str) -> bool:
    """True when a capitalised word inside a sentence is one letter from a common word that the
    paper never uses and no UN body's name holds ("the Koshe site" -> "kosher"): a name the
    engine does not know. At a sentence's start the capital says nothing ("Goverment"); a guess
    that is a name ("Phillipines"), or a word the paper uses or a UN name holds ("the Comittee"),
    makes it a slip."""
    lexicon = wordnet()
    if lexicon is None or not text[start].isupper() or _SENTENCE_START.search(text, max(0, start - 4), start):
        return False
    common = suggestion.lower()
    if not lexicon.lists(common) or common in _un_name_words():
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(common)}(?![\w'’-])", text, re.IGNORECASE) is None


@cache
def _un_name_words() -> frozenset[str]:
    """The words of the UN bodies' names in the shipped tables."""
    return frozenset(word for name in un_body_names()[1] for word in re.findall(r"[a-z]+", name))


def _apostrophe_only(word: str, suggestion: str) -> bool:
    """The suggestion only adds an apostrophe ("endangerments" -> "endangerment's"): the engine
    lacks a plural, which is no sign of a slip; or only takes one out of a transliterated name
    ("Qur’an" -> "Quran", round 32), one of its accepted spellings."""
    plain_word, plain_suggestion = (re.sub("['’]", "", w.lower()) for w in (word, suggestion))
    possessive = re.search(r"['’]s$", word) is not None  # "Netherland’s" for "Netherlands" is a slip
    return plain_word == plain_suggestion and word.lower() != suggestion.lower() and (
        plain_word == word.lower() or word[:1].isupper() and not possessive)


def _split_first(written: str, suggestions: tuple[str, ...]) -> tuple[str, ...]:
    """The engine's suggestions, led by the compound WordNet lists with a hyphen ("likeminded":
    "like-minded") or by the two words a word is made of when a space was lost ("allhistory": "all
    history", not "prehistory"), unless the engine's first is a slip of a letter or two that keeps
    the first of the two words ("independant": "independent", not "in dependant"; but "sealine":
    "sea line", not "saline", and "drawout": "draw out", not "dropout", round 52)."""
    split = _hyphened(written) or _run_together(written)
    if split is None or suggestions and suggestions[0].replace(" ", "") != written \
            and Levenshtein.distance(written.lower(), suggestions[0].lower()) <= _SLIP_EDITS \
            and suggestions[0].lower().startswith(re.split(r"[ -]", split)[0]):
        return suggestions
    return (split, *(s for s in suggestions if s != split))


_SLIP_EDITS = 2


@lru_cache(maxsize=2048)
def _hyphened(word: str) -> str | None:
    """The compound WordNet lists with a hyphen that a lower-case word runs together ("likeminded":
    "like-minded", "offseason": "off-season"); None for a word that is no such compound."""
    lexicon = wordnet()
    if lexicon is None or not word.isalpha() or not word.islower():
        return None
    return next((f"{word[:i]}-{word[i:]}" for i in range(2, len(word) - 1) if lexicon.lists(f"{word[:i]}-{word[i:]}")), None)


@lru_cache(maxsize=2048)
def _run_together(word: str) -> str | None:
    """Two words a lower-case word splits into, each one WordNet lists or an English grammar word,
    the shorter part as long as can be; None for a word that does not split so."""
    lexicon = wordnet()
    if lexicon is None or not word.isalpha() or not word.islower() or len(word) < 5:
        return None
    grammar = english_grammar_words()

    def known(part: str) -> bool:
        return part in grammar or len(part) >= 2 and lexicon.lists(part)

    splits = [(word[:i], word[i:]) for i in range(2, len(word) - 1) if known(word[:i]) and known(word[i:])]
    if not splits:
        return None
    left, right = max(splits, key=lambda parts: min(len(parts[0]), len(parts[1])))
    return f"{left} {right}"


def _known_word(word: str) -> bool:
    """True when WordNet lists the word as written (crore, rotavirus, Donbas; not a lower-case
    "ukraine"), an English prefix before a word it lists (biogas, geoeconomic), a word derived
    from one it lists (regionalization, oligopolistic, prosperousness): words the engine's dictionary lacks. A
    word WordNet lists is a word, however close to another; two words run together are not one
    ("humanrights", although WordNet lists "human rights")."""
    lexicon = wordnet()
    if lexicon is None:
        return False
    lower = word.lower()
    if _agent_variant(lower):
        return True  # "protestors", as "protesters"
    if _en_in_variant(lower):
        return True  # "engrained", as "ingrained" (round 56)
    if lower.endswith("ings") and lower.isalpha() and lexicon.lemma(lower[:-1], "verb") not in (None, lower[:-1]) \
            and lexicon.lists(lower[:-1]):
        return True  # "reapings", as "findings": the plural of a verb's -ing noun (round 55)
    return lexicon.lists(word) or any(
        lower.startswith(prefix) and len(lower) - len(prefix) >= 3 and _known_word(lower[len(prefix) :].removeprefix("-"))
        for prefix in _PREFIXES
    ) or any(
        # the word it derives from of five letters or more: "tradable", from "trade" (round 55)
        lower.endswith(suffix) and len(lower) - len(suffix) >= 4 and not _y_kept(lower[: -len(suffix)], suffix)
        and any(len(base) >= 5 and lexicon.lists(base) and (suffix not in _OF_NOUNS or _noun_only(base))
                and (suffix not in _OF_VERBS or lexicon.lemma(base, "verb") is not None)
                for base in (lower[: -len(suffix)] + ending for ending in endings))
        for suffix, endings in _DERIVATIONS
    )


def _plural_in_ies(word: str) -> bool:
    """The plural in "-ies" of a noun WordNet lists in "-y" ("spiritualities", round 56)."""
    lexicon = wordnet()
    lower = word.lower()
    singular = lower[:-3] + "y"
    return lexicon is not None and lower.endswith("ies") and len(lower) > 5 and lexicon.lemma(singular, "noun") == singular


def _en_in_variant(word: str) -> bool:
    """A word in "en-" whose "in-" form WordNet lists, with a word it lists after the prefix
    ("engrained" as "ingrained", "enclose" beside "inclose"): both spellings are in use."""
    lexicon = wordnet()
    return lexicon is not None and word.startswith("en") and len(word) > 6 and lexicon.lists("in" + word[2:]) \
        and lexicon.lists(word[2:])


def _agent_variant(word: str) -> bool:
    """A doer's noun in -or whose -er form WordNet lists as a person ("protestor", "advisor"):
    both spellings are in use ("collaborater" for "collaborator" is still a slip)."""
    lexicon = wordnet()
    stem = word[:-1] if word.endswith("s") else word
    senses = noun_senses(stem[:-2] + "er") if stem.endswith("or") and lexicon is not None else ()
    return bool(senses) and senses[0].file == "noun.person"


# Endings that make an adjective of a noun, never of a verb ("improve" makes no "improval"), and
# endings that make the act of a verb, never of a noun or an adjective ("climate" makes no "climation").
_OF_NOUNS = {"al", "als"}
_OF_VERBS = {"ation", "ations", "ment", "ments"}


def _noun_only(word: str) -> bool:
    lexicon = wordnet()
    return lexicon is not None and lexicon.lemma(word, "noun") is not None and lexicon.lemma(word, "verb") is None


def _y_kept(stem: str, suffix: str) -> bool:
    """True when a consonant and "y" stay before a suffix that turns them to "i": "happyness",
    "steadyly" are slips for "happiness", "steadily"."""
    return len(stem) > 1 and stem[-1] == "y" and stem[-2] not in "aeiou" and suffix[0] not in "aeiou"


# A word joined to the flagged one by a space or a hyphen, before it or after it.
_JOINED_BEFORE = re.compile(r"[^\W\d_][\w'’]*[ -]$")
_JOINED_AFTER = re.compile(r"[ -][^\W\d_][\w'’]*")


def _in_listed_phrase(text: str, start: int, end: int) -> bool:
    """True when the word is part of a phrase or a hyphenated word WordNet lists: "coup d’état",
    "de facto", "light-hearted", "scot free" (the engine flags one part of it)."""
    lexicon = wordnet()
    if lexicon is None:
        return False
    before = _JOINED_BEFORE.search(text, max(0, start - 20), start)
    after = _JOINED_AFTER.match(text, end)
    candidates = [before.group() + text[start:end]] if before else []
    candidates += [text[start:end] + after.group()] if after else []
    return any(_listed_phrase(lexicon, candidate) for candidate in candidates)


def _listed_phrase(lexicon, phrase: str) -> bool:
    plain = _without_accents(phrase.replace("’", "'")).lower()
    joined = plain.replace(" ", "_")
    return bool(lexicon.lemma(plain, "noun") or lexicon.is_adjective(joined) or lexicon.is_adverb(joined)
                or lexicon.lists(plain))


def _explained(text: str, start: int, end: int) -> bool:
    """True when the paper glosses, names or quotes the word at this use, or counts money in it."""
    before = text[max(0, start - 60) : start]
    if _GLOSS_AFTER.match(text, end) or _NAMED_BEFORE.search(before) or _AMOUNT_BEFORE.search(before):
        return True
    quoted = next((m for m in _QUOTED.finditer(text, max(0, start - 41), min(len(text), end + 41))
                   if m.start(1) <= start and end <= m.end(1)), None)
    return quoted is not None and len(quoted.group(1).split()) <= 3


def _one_edit(a: str, b: str) -> bool:
    """True when b is a with one letter added, dropped, changed or two letters swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
