"""Relative time claims checked against the dated events the paper itself names.

A claim says that no event of some sort happened in a window: "no cholera cases for the last
seven years", "not once in the past five years", "since 2015", "since the 2011 revolution",
"never before", "for the first time in its history", "last year", "recently", "cholera-free
for five years"; an anchor named without its year ("since the restructuring", "since its adoption")
is dated where the paper told it before. The window is resolved against the paper's date (`ctx.dates.paper_date`;
without one, against the latest year the paper names, and the finding says so). An event the paper dates inside the window
contradicts the claim when it, or another happening its date governs ("…, and the lagoon
flooded the market"), is of the sort the claim names: the same head word, a synonym or a kind of
it in WordNet ("an epidemic is an outbreak"), a deed whose verb of several words WordNet derives
the claim's noun from ("the levee gave way" and "failure"), or a shared narrowing noun ("cholera cases"
and "the cholera outbreak"), never merely the same country. A claim whose parse denies a deed
("none of our islands has run out of fresh water") is contradicted by a dated clause that tells the same
verb done to a thing of the same word ("47 islands ran out of fresh water"); a state kept ("has kept
its borders open") by the deed WordNet gives as its opposite ("closed its borders"); a streak ("have
gone down year after year", "held steady every year", "for eight consecutive years") by a dated change
of the same thing; a thing said to go on unbroken ("has stayed open continuously") by a dated stop of
it; and one said to be left as it was ("has stood unaltered since 2008") by a dated change to it. A deed
denied with no time phrase ("has never adopted a resolution on …") is denied up to the paper's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from paperlint.analysis import events as lexicon
from paperlint.analysis.countries import paper_country, states
from paperlint.analysis.deeds import Deed, broken_state, denied_deed, done_deeds, year_of
from paperlint.analysis.events import MONTHS, YEAR, Event, dated_events, names_a_year, years_told
from paperlint.analysis.language import english_grammar_words
from paperlint.analysis.parse import parsed_docs, parsed_sentence, parses_when
from paperlint.document import WORD
from paperlint.engine.kinds import Hit
from paperlint.findings import Severity
from paperlint.metadata import member_state_forms, member_state_names

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "half a": 0.5,
    "dozen": 12, "a quarter of a": 0.25, "quarter of a": 0.25, "a quarter": 0.25,  # "a quarter century"
    "several": None, "few": None, "many": None, "couple of": 2,
}
# The least a vague count can mean: "many years since" is at least three, and the window's start is vague.
_VAGUE_COUNTS = {"few": 2, "several": 3, "many": 3}
_UNIT_YEARS = {"day": 1 / 365, "week": 7 / 365, "month": 1 / 12, "year": 1, "decade": 10, "generation": 25, "century": 100,
               "half-decade": 5, "half-century": 50}
# A season comes once a year: "the last three summers", "the past two monsoon seasons".
_SEASONS = (
    r"(?:(?:summer|winter|spring|autumn|fall|monsoon|rainy|dry|hurricane|cyclone|typhoon|fire|harvest)s?\s+)?seasons?"
    r"|summers?|winters?|springs?|autumns?|monsoons?"
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_COUNT = (r"(?:(?:\d{1,3}|(?:" + "|".join(_TENS) + r")-(?:" + "|".join(_UNITS) + r")|"
          + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True)) + r")(?:\s+and\s+a\s+half)?)")
_UNIT = (
    r"(?:(?:school|fiscal|financial|calendar|academic)\s+)?"
    r"(?:days?|weeks?|months?|years?|half[\s-]decades?|half[\s-]century|decades?|generations?|century|centuries|"
    + _SEASONS + r")(?:\s+and\s+a\s+half)?"  # "a decade and a half"
)
_MONTH = r"(?:" + "|".join(MONTHS) + r")"
# "two full years", "a whole decade", "three straight years": the same length of time.
_WHOLE = r"(?:(?:full|whole|entire|straight|consecutive)\s+)?"
_TIME = re.compile(
    # Every phrase below starts a word with one of these letters: the boundary and the look-ahead
    # let the search skip every other position at once (a fifth of the time), and no phrase is
    # read inside a word ("again this year" is not "in this year").
    r"\b(?=[\dacdefilmnorstw])(?:"
    # "for the last 2 years", "in the past decade", "during the previous three years"
    r"(?P<period>(?:(?:for|in|over|during|within|throughout|across)\s+)?(?:the|these|those)\s+(?:last|past|previous|preceding)\s+"
    r"(?:(?P<count>" + _COUNT + r")\s+)?" + _WHOLE + r"(?P<unit>" + _UNIT + r"))(?![\w-])"
    # "for more than five years", "in over five years", "for a decade", "for a generation"
    r"|(?P<span>(?:for|in|over|within)\s+(?P<approx>(?:more\s+than|(?:well\s+)?over|nearly|almost|at\s+least|close\s+to|some|a\s+good|a\s+full|fully"
    r"|the\s+(?:better|best|greater)\s+part\s+of)\s+)?"
    r"(?P<count2>" + _COUNT + r")\s+" + _WHOLE + r"(?P<unit2>" + _UNIT + r"))(?![\w-])"
    # "it has been more than a decade since …": no such event for that long
    r"|(?P<since_ago>it(?:\s+has|['’]s)\s+been\s+(?P<approx4>(?:more\s+than|over|nearly|almost|at\s+least)\s+)?"
    r"(?P<count4>" + _COUNT + r")\s+(?P<unit4>" + _UNIT + r")\s+since)(?![\w-])"
    # "four years without a flood", "gone more than six years without", "twenty years of protest without looting"
    r"|(?P<without>(?P<approx3>(?:more\s+than|over|nearly|almost|at\s+least|close\s+to|some)\s+)?"
    r"(?P<count3>" + _COUNT + r")\s+" + _WHOLE + r"(?P<unit3>" + _UNIT + r")\s+(?:of\s+[a-z]+\s+)?without)(?![\w-])"
    # "since three years ago", and a learner's "since three years", "since the last decade": for that long
    r"|(?P<since_ago2>since\s+(?:the\s+(?:last|past)\s+)?(?P<count5>" + _COUNT + r")\s+(?P<unit5>" + _UNIT + r")"
    r"(?:\s+ago)?)(?![\w-])"
    r"|(?P<since_ago3>since\s+the\s+(?:last|past)\s+(?P<unit6>" + _UNIT + r"))(?![\w-])"
    # "since the start of this decade", "since the turn of the century"
    # "at any point this century", "so far this decade", "in this century", "this decade": since it began
    r"|(?P<since_start>(?:since\s+the\s+(?:start|beginning|turn)\s+of\s+(?:this|the)|(?:at\s+any\s+(?:point|time)\s+(?:in\s+)?"
    r"|so\s+far\s+(?:in\s+)?|(?:in|during|throughout)\s+)this|this(?=\s+(?:decade|century)))\s+(?P<since_unit>year|decade|century))(?![\w-])"
    # "since 2015", "since March 2019", "since Al Hoceima in 2004", "since reunification in 1990", "since its
    # opening in May 2023", "since the 2011 revolution"
    r"|(?P<since>since\s+(?-i:(?:(?:[A-Z][\w'’-]*\s+){1,3}|(?:[a-z]+\s+){1,3})in\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?P<since_month>"
    + _MONTH
    + r")\s+)?(?P<since_year>"
    + YEAR
    + r"))(?![\w-])"
    # "since the 1980s": nothing of the sort after that decade
    r"|(?P<since_decade>since\s+the\s+(?:early\s+|late\s+|mid-?\s*)?(?P<decade>(?:19|20)\d0)['’]?s)(?![\w-])"
    # ("since the Baltic has gone five years without …" gives a reason: a clause in the present)
    r"|(?P<since_event>since\s+(?:the|that|this|its|their)\s+"
    r"(?!(?:[\w'’-]+\s+){1,4}(?:has|have|is|are|does|do|can|will|must|should|may)\s)[^,.;:!?]+)"
    # "never before", "for the first time in its history", "never in the history of the country"; not the
    # degree of "focus as never before", nor a first since a time, which its "since" phrase claims ("for
    # the first time since that influx", set 64: the influx opens the stretch)
    r"|(?P<ever>(?<!as\s)never\s+before|for\s+the\s+first\s+time(?!\s+since\b)"
    r"(?:\s+(?:ever|in\s+(?:its|their|our|the\s+[\w'’]+)\s+history))?"
    r"|in\s+(?:its|their|our)\s+(?:\w+\s+)?history|in\s+the\s+history\s+of\s+the\s+\w+)(?![\w-])"
    # "last year", "this year", "recently", "lately", "in recent years"
    r"|(?P<calendar>last\s+year|this\s+year)(?![\w-])"
    r"|(?P<recent>recently|lately|(?:in|within|during|over|throughout)\s+recent\s+(?:years|months|times))(?![\w-])"
    # "in recent memory" (about a decade), "in living memory" (a lifetime): vague windows
    r"|(?P<memory>(?:in|within)\s+(?P<memory_reach>recent|living)\s+memory)(?![\w-])"
    # "The last deadly cyclone to hit us was Idai in 2019": read only after "the last … was"
    r"|(?P<last_in>in\s+(?P<last_year>" + YEAR + r"))(?![\w-])"
    # "The last time a jet crashed here was fourteen years ago": read only after "the last … was"
    r"|(?P<last_ago>(?:(?:nearly|almost|about|some|over|more\s+than|just\s+over|around)\s+)?(?P<count6>" + _COUNT
    + r")\s+(?P<unit7>" + _UNIT + r")\s+ago)(?![\w-])"
    r")",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"(?<![\w'’-])(?:not|no|never|none|nobody|nor|without|zero|free\s+(?:of|from)|not\s+once|spared|avoided|averted|prevented|forestalled|escaped|untouched|unaffected|unscathed|absent|disappeared|vanished|(?:stayed|kept)\s+away)(?![\w'’-])"
    r"|n['’]t\b|(?<![\w'’-])[a-z]+-free(?![\w'’-])",
    re.IGNORECASE,
)
# "the last deadly cyclone to hit Mozambique was …": what the claim says has not happened since.
_LAST_WAS = re.compile(
    r"\bthe\s+last\s+(?!year\b|decade\b)(?P<what>[^.;:]{1,80}?)\s(?:was|were)\s[^.;:]{0,60}$", re.IGNORECASE
)
_PAST_FIRST = re.compile(r"\b(?:was|were)\s+(?:the|its|their)\s+(?:\w+\s+)?first\b", re.IGNORECASE)
# A claim whose window closed before the paper was written: "had gone", "had not seen".
_PAST_PERFECT = re.compile(r"\bhad\s+(?:not\s+|never\s+|been\s+|gone\s+|n['’]t\s+)", re.IGNORECASE)
_SUPERLATIVE = re.compile(r"(?<![\w-])(?!first\b)(?P<word>\w+est|most\s+\w+|worst)(?:\s+\w+)?\s+$", re.IGNORECASE)


def _superlative_before(text: str, start: int, end: int) -> bool:
    """A superlative just before a time phrase ("the worst since 1994", "the highest level since"),
    not a noun or verb that ends like one ("with every harvest since", "the interest since")."""
    found = _SUPERLATIVE.search(text, start, end)
    if found is None:
        return False
    word, db = found["word"].lower(), lexicon.wordnet()
    if not word.endswith("est") or word == "best" or db is None:
        return True
    # the adjective it is made from: "high-est", "larg(e)-st", "big-g-est", "earl(y)-iest"
    return any(db.is_adjective(stem) for stem in (word[:-3], word[:-2], word[:-4], word[:-4] + "y"))
_FIRST = re.compile(r"(?<![\w-])first(?![\w-])", re.IGNORECASE)
# A claim about the future ("will have no cholera within five years") is a target, not a claim.
_FUTURE = re.compile(r"\b(?:will|shall|aims?\s+to|plans?\s+to|intends?\s+to|seeks?\s+to|by\s+" + YEAR + r")\b", re.IGNORECASE)
# A window ahead of the paper: "could go the next twenty years without an epidemic".
_AHEAD = re.compile(r"\b(?:next|coming|following)\s+$", re.IGNORECASE)
_PAST_YEAR = re.compile(r"(?<![\w-])(?P<year>" + YEAR + r")(?![\w-])")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")
# A capitalised name denied by "-free" ("Ebola-free"), after "free of" ("free of Ebola"), or before
# "case" or "outbreak" ("an Ebola case"): read as the name.
_NAME_FREE = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z]+-free(?![\w'’-])|(?<=\bfree of )[A-Z][A-Za-z]+(?![\w'’-])"
                        r"|(?<![\w'’-])[A-Z][A-Za-z]+(?=\s+(?:cases?|outbreaks?|epidemics?|infections?)\b)")


@dataclass(frozen=True)
class Window:
    """The span of time a claim covers, in years (fractions for months), and how sure it is."""

    start: float
    end: float
    vague: bool = False  # "recently", "a generation", "almost": a boundary event is only a warning
    reach: str = ""  # how the window was worked out, for the finding


def _may_deny_a_deed(text: str) -> bool:
    """Cheap test of the sentences whose parse a claim may need: a negation or a state kept, and a
    time phrase."""
    return bool(_NEGATION.search(text) or _KEPT.search(text)) and _TIME.search(text) is not None


@parses_when(_may_deny_a_deed)
def stale_relative_period(document, rule, ctx):
    """A negative time claim ("no floods in the past five years") that a dated event contradicts.
    The paper's dated events (which parse every sentence naming a year) are found only once a
    claim is."""
    recent_years = int(rule.params.options.get("recent_years", 2))
    paper_date = ctx.dates.paper_date(document)
    written_after = max(years_told(document.text), default=None)  # the paper is no older than this

    def sentence_of(event: Event, own_clause: bool = False) -> str:
        """The sentence that tells the event; with `own_clause`, without a clause hung on it after
        the event ("…, as gas transit through Ukraine came to an end")."""
        sentence = next((x for x in document.sentences if x.start <= event.start < x.end), None)
        if sentence is None:
            return event.label
        hung = _HUNG_CLAUSE.search(document.text, event.end, sentence.end) if own_clause else None
        return document.text[sentence.start : hung.start() if hung else sentence.end]

    def told_before(event: Event) -> str:
        """The two sentences before the event's ("No measles outbreak … since 2019. The outbreak
        declared in March 2023 …": that outbreak is of measles)."""
        index = next((i for i, x in enumerate(document.sentences) if x.start <= event.start < x.end), None)
        before = document.sentences[max(0, index - 2) : index] if index is not None else []
        return document.text[before[0].start : before[-1].end] if before else ""

    for sentence in document.sentences:
        if sentence.block.kind == "heading":
            continue
        text = document.text[sentence.start : sentence.end]
        if not _may_claim(text):
            continue
        claimed_until = 0  # the end of the clause whose claim was found: another clause may make its own
        if _TIME.search(document.text, sentence.start, sentence.end) is None:
            hit = _denied_until_now(document, sentence, text, _speaker_states(document, ctx), paper_date)
            if hit is not None:
                yield hit
            continue
        for match in _TIME.finditer(document.text, sentence.start, sentence.end):
            if match.start() - sentence.start < claimed_until:
                continue
            if _FUTURE.search(text, 0, _clause_end(text, match.end() - sentence.start)):
                continue  # a target ("By 2035, … no cholera for five years"); not "…, and we will keep it so"
            if match["since"] and _superlative_before(document.text, max(sentence.start, match.start() - 30), match.start()):
                continue  # "the worst since 1994" compares severity, which the paper's dates cannot check
            if _AHEAD.search(document.text, max(sentence.start, match.start() - 12), match.start()):
                continue
            if _PAST_PERFECT.search(text):
                continue  # "Before 2023, Morocco had gone twenty years without …": a window closed in the past
            if _DATED_WINDOW.search(text):
                continue  # "Between 2016 and 2021, Burkina Faso went five years without a coup": a window the years fix
            if _EQUATIVE.search(text):
                continue  # "no earthquake as strong as the 2010 one": a comparison of severity
            read_after_last = match["last_in"] or match["last_ago"]
            last = _LAST_WAS.search(text, 0, match.start() - sentence.start) if read_after_last else None
            if read_after_last and last is None:
                continue  # a year, not the end of "the last … was … in 2019"
            if _YEARS_OF.match(document.text, match.end()) and (match["span"] or match["period"]):
                continue  # "over 11 years of natural disasters": a stretch the writer says was full of them
            # "since the restructuring": the paper's own earlier telling dates it
            anchor = _anchor_told_before(document, sentence, match) if match["since_event"] and not _IN_YEAR.search(
                match.group(0)) else []
            streak = _STREAK.search(text, 0, match.start() - sentence.start) if last is None else None
            if streak is None and last is None and _STREAK_IN_THE_PHRASE.search(
                    document.text, match.start(), min(sentence.end, match.end() + _STREAK_TAIL)):
                streak = _VERB_BEFORE.search(text, 0, match.start() - sentence.start)  # "have shrunk for eight consecutive years"
            streak = streak if streak is None or _stretch_named(streak) else None  # not "every province"
            told_of = text[: streak.start()] if streak else ""
            cue = _STREAK_CUE_BEFORE.search(text, 0, match.start() - sentence.start) if streak is None and last is None else None
            cue = cue if cue is None or _stretch_named(cue) else None
            if cue is not None:  # "every year since 2016 it has fallen"
                streak = _STREAK_AFTER.match(text, match.end() - sentence.start)
                told_of = _told_of(text, streak, cue.start()) if streak else ""
            elif streak is None and last is None and _opens_its_clause(text, match.start() - sentence.start):
                streak = _STREAK_AFTER_ITS_TIME.match(text, match.end() - sentence.start)
                streak = streak if streak is None or _stretch_named(streak) else None
                told_of = streak["subject"] if streak else ""
            breaking = _breaking(streak) if streak else ()
            if streak is not None and breaking:
                # "exports have grown every year since 2012": a year they fell breaks it; "cases have
                # fallen each year since 2016": a year they rose; "the quota has been held steady": either
                claim = _Claim(text, match.start() - sentence.start, match.end() - sentence.start, streak.start())
                claim.sorts = {direction: set() for direction in breaking}
                claim.narrowing = {direction: set() for direction in breaking}
                subject = _streak_subject(_object_of(streak) or told_of)
                owners = _owners(told_of)
                breaks = [turn for direction in breaking for turn in _turns(document, sentence, subject, direction, owners)
                          if turn.year not in _years_set_aside(text)]  # "With the exception of 2020, …"
                hit = _contradiction(match, claim, breaks, anchor, False, paper_date, written_after, recent_years)
                if hit is not None:
                    yield hit
                continue
            unbroken = _UNBROKEN.search(text, 0, match.start() - sentence.start) if last is None and not breaking else None
            changed = unbroken["noun"] if unbroken is not None and unbroken["noun"] and not _a_stop(unbroken["noun"]) else None
            if unbroken is not None and changed and _a_noun_of_change(changed):
                # "the Regulations have gone without a single amendment for seven years": a dated change breaks it,
                # its verb ("amended") or its noun ("the 2024 amendments")
                undone = _verbs_of_the_noun(changed.lower())
                changes = _stoppages(document, sentence, _told_of_unbroken(text, unbroken),
                                     lambda verb, undone=undone: verb in undone or _alters(verb), "change", undone)
                hit = _contradiction(match, _one_sort_claim(text, match, sentence, unbroken.start(), "change"), changes, anchor,
                                     False, paper_date, written_after, recent_years)
                if hit is not None:
                    yield hit
                    continue
            if unbroken is not None and _goes_on_unbroken(unbroken):
                # "the helpline has operated without a single interruption since 2015", "the clinic has stayed
                # open continuously since 2011": a year it was shut breaks it
                stops = _stoppages(document, sentence, _told_of_unbroken(text, unbroken))
                hit = _contradiction(match, _one_sort_claim(text, match, sentence, unbroken.start(), "stop"), stops, anchor,
                                     False, paper_date, written_after, recent_years)
                if hit is not None:
                    yield hit
                    continue  # else read as any negation: "has kept its borders open without a single interruption"
            unchanged = _UNCHANGED.search(text, 0, match.start() - sentence.start) if last is None and not breaking else None
            if unchanged is not None and _left_as_it_was(unchanged):
                # "the Act has stood unaltered since 2008", "the preamble has kept the same wording": a dated change breaks it
                changes = _changes_to(document, sentence, text, unchanged)
                hit = _contradiction(match, _one_sort_claim(text, match, sentence, unchanged.start(), "change"), changes, anchor,
                                     False, paper_date, written_after, recent_years)
                if hit is not None:
                    yield hit
                    continue
            negation = _nearest_negation(text, match.start() - sentence.start) if last is None else None
            if negation and _COORDINATED.search(text, min(negation.end(), match.start() - sentence.start),
                                                max(negation.start(), match.start() - sentence.start)):
                negation = None  # "… not helping women are known, and as recently …": another clause's negation
            first_word = _first_in_clause(text, match.start() - sentence.start) if not negation and last is None else None
            if first_word is not None and len(text[first_word : match.start() - sentence.start].split()) > _FIRST_REACH:
                first_word = None  # "The first zone was enforced and has been bolstered ever since 1969": not its time
            first = first_word is not None
            changed = _changed_for_the_first_time(document, sentence, first_word, paper_date) if first else None
            if changed is not None:  # "arrivals fell for the first time": only an earlier fall of them gainsays it
                claim, breaks, own_change = changed
                hit = _contradiction(match, claim, breaks, own_change, True, paper_date, written_after, recent_years)
                if hit is not None:
                    yield hit
                continue
            peace = _at_peace(text, match.start() - sentence.start) if not first and not negation and last is None else None
            kept = _KEPT.search(_clause_at(text, match.start() - sentence.start)) if not first and last is None else None
            if not first and not negation and not match["since_ago"] and last is None and peace is None and kept is None:
                continue  # a positive claim ("three floods in the past decade") says nothing false
            found = _events_with_named_diseases(document)
            own = [e for e in found if sentence.start <= e.start < sentence.end]
            if not any(match.start() <= e.start < match.end() for e in own):
                own += anchor
            if first and _FIRST_OF_WHAT_CAME_BEFORE.search(text):  # "This is the first treaty … since 2001":
                before = next((x for x in reversed(document.sentences) if x.end <= sentence.start), None)
                own += [e for e in found if before is not None and before.start <= e.start < before.end]  # the one told before
                told = set(_CAPITALISED.findall(document.text[before.start : before.end])) if before is not None else set()
                own += [e for e in found if len(told & set(_CAPITALISED.findall(e.label))) >= 2]  # and it named again
            # "the first tsunami … in a decade": the claim's sort is what "first" names; "flooded for
            # the first time in a decade": what the clause says happened
            named_by_first = first_word if first and not _FIRST_TIME.match(text, first_word) else None
            if first and named_by_first is None:  # "conducted a nuclear test for the first time": its clause's deed
                named_by_first = text.find(_clause_at(text, match.start() - sentence.start))
            scope = negation.start() if negation else match.end() - sentence.start if match["since_ago"] else named_by_first
            scope = peace.start() if peace else scope
            kept_only = kept is not None and scope is None  # "our schools have stayed open since 2021"
            scope = text.find(_clause_at(text, match.start() - sentence.start)) + kept.start() if kept_only else scope
            if last is not None:  # the claim is what the "last" names, up to its "was"
                claim = _Claim(text[: last.end("what")], last.end("what"), last.end("what"), last.start("what"))
            else:
                claim = _Claim(text, match.start() - sentence.start, match.end() - sentence.start, scope,
                               _paper_diseases(document))
            if peace:  # "the border has remained calm for two years": no unrest, violence or fighting there
                broken = _peace_of(peace)
                claim.sorts = {noun: set() for noun in broken}
                claim.narrowing = {noun: set() for noun in broken}
            if kept_only:  # only the deed that would have broken the state it was kept in gainsays it
                claim.sorts, claim.narrowing, claim.deed = {}, {}, None
            if (negation is not None or kept is not None) and peace is None:  # "none of our islands has run out of
                # water", "has kept its borders open": the deed denied, or that would have broken the state
                claim.done = _denied_in_parse(document, sentence, sentence.start + negation.start() if negation else None,
                                              match.start())
            if not claim.sorts and claim.deed is None and claim.done is None:
                continue
            own_voice = _speaks_for_itself(text, scope if scope is not None else match.start() - sentence.start)
            claim.speaker_states = _speaker_states(document, ctx)
            if own_voice and (not claim.states or _partners_only(text, claim.states)):
                # "our border with China has been free of clashes": the writer's State is the claim's too,
                # and a writer whose State the paper does not say may be any ("Tajik border guards")
                claim.states = claim.states | claim.speaker_states if claim.speaker_states else set()
            set_aside = _set_aside(text, found, sentence_of)
            candidates = [e for e in found if e not in own and e not in set_aside]
            if claim.done is not None:  # "47 islands ran out of fresh water" in 2023, whatever its event nouns
                candidates += _deeds_done(document, claim.done, sentence)
            others = claim.relevant(candidates, sentence_of, told_before)
            if first or last is not None:  # a "first" or a "last" is of one sort, not of its kind
                others = [e for e in others if claim.names_its_sort(e)]
            as_of = paper_date
            dated = [int(year) for year in re.findall(rf"(?<!\d)({YEAR})(?!\d)", text)] if first and not own else []
            if dated:  # "In March 2024 … the first such visit in eight years": its own year ends the window
                others = [e for e in others if e.year <= max(dated)]
            if first and (_PAST_FIRST.search(text) and others or own):
                # "It was the first tsunami … for more than a decade", "In 2024 … the first such visit in nine
                # years": the window ends at that event
                latest = max(own or others, key=lambda e: e.when)
                as_of = date(latest.year, latest.month or 1, 1)
                others = [e for e in others if e.when < latest.when]
            if own and _LAST_TOLD_AFTER.match(text, _clause_end(text, match.end() - sentence.start)):
                # "… no deadly flood in the past decade; the last one struck in June 2015": the writer dates
                # the last of the sort, so only an event told by the claim's own word gainsays it
                others = [e for e in others if claim.told_by_its_word(e)]
            hit = _contradiction(match, claim, others, own, first, as_of, written_after, recent_years)
            if hit is not None:
                yield hit  # "…, and that our hospitals have not been closed by a strike since 2020" is a claim of its own
                claimed_until = _clause_end(text, match.end() - sentence.start)
                if match.start() == sentence.start and _FRONTED.match(text, claimed_until):
                    # "Since the storm of 2013, Norland has gone twelve years without …": one claim, told once
                    claimed_until = _clause_end(text, claimed_until + 1)


# A deed denied up to now, with no time phrase: "has never adopted", "has not once held", "has yet to
# ratify", "not a single commander has been convicted"; its `verb` group holds the word that may be the verb.
_UNTIL_NOW = re.compile(
    r"\b(?:has|have)(?:\s+(?:never|not)|n['’]t)(?:\s+(?:once|yet|ever))?\s+(?:[a-z]+ly\s+)?(?:been\s+)?(?P<verb>[a-z]+)\b"
    r"|\b(?:has|have)\s+yet\s+to\s+(?:be\s+)?(?P<verb2>[a-z]+)\b"
    r"|\b(?:no|not\s+(?:a\s+single|one)|none\s+of)\s+(?:[\w'’-]+\s+){1,8}?(?:has|have)\s+(?:ever\s+|yet\s+)?(?:been\s+)?"
    r"(?P<verb3>[a-z]+)\b",
    re.IGNORECASE,
)
# Clauses whose denial is about a kind or a condition, not a record: "States that have not ratified
# it", "until it has been adopted".
_CONDITIONS = {"if", "unless", "until", "till", "once", "when", "whether", "before", "where"}


def _denied_until_now(document, sentence, text: str, speaker: set[str], paper_date: date | None) -> Hit | None:
    """A deed the sentence says was never done ("the Council has never adopted a resolution on …"),
    contradicted by a dated clause of the paper's that tells it done, before the paper's date, by
    the same doer when both name theirs."""
    claim = _UNTIL_NOW.search(text)
    if claim is None or _FUTURE.search(text) or _PAST_PERFECT.search(text):
        return None
    lemma = lexicon.verb_lemma((claim["verb"] or claim["verb2"] or claim["verb3"]).lower())
    if lemma not in _dated_verbs(document, sentence):
        return None  # cheap: no other dated sentence tells the verb, so the claim needs no parse
    doc = parsed_sentence(document, sentence)
    verb = next((t for t in doc or () if t.idx >= claim.start() and t.pos_ == "VERB"), None)
    if doc is None or verb is None or verb.dep_ in {"relcl", "acl", "advcl", "pcomp"} \
            or any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
        return None
    denied = denied_deed(doc, sentence.start, sentence.start + claim.start())
    if denied is None:
        return None
    latest = paper_date.year if paper_date else None
    done = [e for e, doer in _deeds_done_by(document, denied, sentence)
            if (latest is None or e.year <= latest) and _same_doer(denied.doer, doer, speaker)]
    named = set(_CAPITALISED.findall(text[claim.end() : _clause_end(text, claim.end())]))
    if len(named) >= 2:  # "has not ratified the Migrant Workers Convention": not the Framework Convention
        done = [e for e in done
                if len(named & set(_CAPITALISED.findall(document.text[slice(*_sentence_around(document, e.start))]))) >= 2]
    if not done:
        return None
    event = max(done, key=lambda e: e.when)
    start, end = sentence.start + claim.start(), sentence.start + claim.end()
    found = " ".join(document.text[start:end].split())
    return Hit(start, end, _values(event, True), (), (
        f"'{found}' says this has not been done, but the paper tells it done in {event.time}: {event.name}.",
    ))


def _dated_verbs(document, sentence) -> set[str]:
    """The verb base forms a word of a dated sentence other than `sentence` may be (read once a paper)."""
    if _DATED_VERBS_KEY not in document.cache:
        document.cache[_DATED_VERBS_KEY] = [
            (s, {lexicon.verb_lemma(w) for w in _LOWER_WORD.findall(document.text[s.start : s.end].lower())})
            for s in document.sentences if names_a_year(document.text[s.start : s.end])]
    return {lemma for s, lemmas in document.cache[_DATED_VERBS_KEY] if s is not sentence for lemma in lemmas}


_DATED_VERBS_KEY = "temporal.dated_verbs"


def _same_doer(claimed: str, done: str, speaker: set[str]) -> bool:
    """Whether two subjects may be one doer: either unknown, the same name, or "we" and the paper's State."""
    if not claimed or not done or claimed in {"it", "they"} or done in {"it", "they"}:
        return True
    own = {"we", "us", "our"}
    names = {name.lower() for name in speaker}
    if claimed in own or done in own:
        other = done if claimed in own else claimed
        return other in own or other in names or any(other in name or name in other for name in names)
    return claimed == done or claimed in done or done in claimed


# A state a claim says was kept: "has kept its borders open", "our schools have stayed open".
# Its cue only: the parse reads the state and WordNet its opposite.
_KEPT = re.compile(r"\b(?:kept|remained|stayed)\s", re.IGNORECASE)
# The recurring stretch a streak counts in: "every year", "each month", "with every harvest"
# (`_a_stretch` reads the word).
_EVERY = r"(?:every|each)\s+(?:(?:single|successive|consecutive)\s+)?(?P<unit>[a-z]+)(?:\s+(?P<unit_head>[a-z]+))?"
# A rise the claim says went on unbroken: "have grown every year", "has risen year after year",
# "have increased without a break", up to its time phrase.
# The words that tell a streak: "each of", "every one of", "every year", "year after year", "annually".
_STREAK_WORDS = r"(?:(?:each|every)\s+(?:one\s+)?of|" + _EVERY + r"|year\s+(?:after|on)\s+year|uninterruptedly|annually)"
_STREAK_TOLD = (
    r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+(?P<after>(?:[a-z-]+\s+){0,5}?)"
    r"(?:(?:in\s+)?" + _STREAK_WORDS + r"|without\s+(?:a\s+)?(?:break|interruption|pause))\b")
_STREAK = re.compile(_STREAK_TOLD + r"[^,;:.]*$", re.IGNORECASE)
# The streak told after a time phrase that opens its clause (after at most one word, such as "Indeed,"):
# "since the 2012 campaign, our case numbers have fallen year after year".
_STREAK_AFTER_ITS_TIME = re.compile(r",\s+(?P<subject>(?:[\w'’-]+\s+){1,6}?)" + _STREAK_TOLD, re.IGNORECASE)
# A streak of no change: "has been held steady every year", "has stayed flat year after year".
_STEADY = {"steady", "stable", "unchanged", "constant", "flat", "level"}
# A time phrase that is itself a streak: "for eight consecutive years", "for six straight years",
# "in five successive years"; the verb before it tells what went on.
_STREAK_IN_THE_PHRASE = re.compile(r"\b(?:consecutive|straight|successive|running)\s+(?:[a-z]+\s+)?"
                                   r"(?:years|months|quarters|seasons)\b|\b(?:years|months)\s+(?:running|in\s+a\s+row)\b",
                                   re.IGNORECASE)
# How far after a time phrase its streak may be told: "for six years running", "in a row".
_STREAK_TAIL = 12
_VERB_BEFORE = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+(?P<after>(?:[a-z]+\s+){0,3}?)$", re.IGNORECASE)
_STREAK_CUE = re.compile(r"\b" + _STREAK_WORDS + r"\b", re.IGNORECASE)
# How far after the thing a verb of change may stand: "arrivals in Fiji fell", "reported cases of
# acute malnutrition in children under five nearly doubled"; a word that opens another clause ends it.
_TURN_REACH = 10
_CLAUSE_OPENERS = {"and", "but", "while", "whereas", "as", "although", "though", "which", "that", "who", "when"}


# The streak told after its time phrase: "every year since 2016 [, ]it has fallen", "each year since
# 2019 our exports have grown".
_STREAK_CUE_BEFORE = re.compile(r"\b" + _EVERY + r"\s+$", re.IGNORECASE)
_STREAK_AFTER = re.compile(
    r",?\s+(?P<subject>(?:[\w'’-]+\s+){1,5}?)(?:has|have)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)(?P<after>(?:\s+[a-z]+)?)\b",
    re.IGNORECASE)
_PRONOUNS = {"it", "they", "this", "these"}
# The subject of a clause, up to its verb: "Liberia's maternal mortality ratio is still high".
_SUBJECT_UP_TO_ITS_VERB = re.compile(r"^\s*(?P<subject>.*?)\s+(?:is|are|was|were|has|have|had|remains?|stays?)\b")


@lru_cache(maxsize=256)
def _opens_its_clause(text: str, at: int) -> bool:
    """Whether a time phrase opens its clause, after at most one word ("Indeed, since …", "…: since …")."""
    return len(re.split(r"[:;]", text[:at])[-1].split()) <= 1


def _stretch_named(cue: re.Match[str]) -> bool:
    """Whether a streak's "every" names a stretch by its word or by the word after it ("every
    budget cycle"); a cue with no "every" ("for six straight years") names one by its time phrase."""
    unit, head = cue.groupdict().get("unit"), cue.groupdict().get("unit_head")
    return _a_stretch(unit) or head is not None and _a_stretch(head)


def _a_stretch(unit: str | None) -> bool:
    """Whether a streak's "every" names a stretch that recurs: a time ("year", "month", "quarter") or
    an act ("harvest", "census"), not a place, a group or a person ("every province", "each school")."""
    if unit is None:
        return True
    senses = lexicon.noun_senses(unit.lower())
    return bool(senses) and senses[0].file not in _NOT_A_STRETCH \
        and any(sense.file in ("noun.time", "noun.act") for sense in senses)


_NOT_A_STRETCH = {"noun.location", "noun.group", "noun.person"}


def _gerund_denied(text: str, scope: int | None, word: re.Match[str], following: re.Match[str] | None) -> bool:
    """Whether a verb's "-ing" that WordNet lists as no noun ends the noun phrase a negation opens,
    within three words of it: "no mass bleaching for", "spared any mass bleaching" (it names the
    events denied); not one before a noun ("no bleaching agent")."""
    lower = word.group().lower()
    return scope is not None and lower.endswith("ing") and not lexicon.noun_senses(lower) \
        and lexicon.verb_lemma(lower) != lower and len(text[scope : word.start()].split()) <= _GERUND_REACH \
        and (following is None or bool(text[word.end() : following.start()].strip())
             or not lexicon.noun_senses(following.group().lower()))


_GERUND_REACH = 3


# A claim that something went on unbroken: "has operated without a single interruption", "has run
# without a major break", up to its time phrase; `_a_stop` reads the noun.
# Words that say a thing went on with no break: "has stayed open continuously", "has maintained an
# uninterrupted presence", "has continuously operated".
_CONTINUOUSLY = frozenset({"continuously", "uninterruptedly", "unceasingly", "ceaselessly", "uninterrupted", "unbroken",
                           "continuous", "non-stop"})
_GOING_ON = "|".join(sorted(_CONTINUOUSLY))
_GOING_ON_WORD = re.compile(r"\b(?:" + _GOING_ON + r")\b", re.IGNORECASE)
_UNBROKEN = re.compile(
    r"\b(?:has|have)\s+(?:(?:" + _GOING_ON + r")\s+[a-z]+|(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:without\s+(?:(?:a\s+single|a\s+major|a\s+serious|a|any|one|major|serious)\s+)?(?P<noun>[a-z]+)|(?:"
    + _GOING_ON + r")))\b[^,;:.]*$", re.IGNORECASE)


# A claim that a thing was left as it was: "has stood unaltered", "has remained unchanged", "has gone
# unrevised", "has kept exactly the same wording", "has remained word for word as adopted", "has
# stayed flat", up to its time phrase; or that it did not change or move, by no amount ("has not
# changed", "has not moved by a single peso").
_UNCHANGED = re.compile(
    r"\b(?:has|have)\s+(?:(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?P<undone>un[a-z]+ed)|(?P<same>the\s+same|word\s+for\s+word|flat|frozen))\b[^,;:.]*"
    r"|(?:not|never)\s+(?P<moved>[a-z]+)(?:\s+(?:by\s+(?:a\s+single\s+|one\s+|an?\s+|any\s+)?[\w'’-]+|an\s+inch|at\s+all))?\s*)$",
    re.IGNORECASE)
# The cheap test's words of a thing left as it was.
_LEFT_AS_IT_WAS = re.compile(r"\b(?:un[a-z]+ed|the\s+same|word\s+for\s+word|flat|frozen)\b", re.IGNORECASE)  # "not": a negation


def _changes_to(document, sentence, text: str, unchanged: re.Match[str]) -> list[Event]:
    """The dated changes to what a claim says was left as it was: a verb of change, or the verb its
    "un-" word undoes or that verb's noun ("has gone unrevised" and "was revised in 2019" or "the
    2019 revision")."""
    undone = lexicon.verb_lemma(unchanged["undone"][2:].lower()) if unchanged["undone"] else None
    return _stoppages(document, sentence, _told_of_unbroken(text, unchanged),
                      lambda verb: verb == undone or _alters(verb), "change", (undone,) if undone else ())


def _left_as_it_was(unchanged: re.Match[str]) -> bool:
    """Whether the claim's "un-" word is a verb's participle undone ("unaltered", "unrevised",
    "unanswered"), the claim says "the same", or it denies a verb of change or moving ("has not
    changed", "has not budged")."""
    if unchanged["same"]:
        return True
    if unchanged["moved"]:
        verb = lexicon.verb_lemma(unchanged["moved"].lower())  # a thing not moved by some amount: a figure
        return _alters(verb) or _moves(verb) and re.search(r"\sby\s", unchanged.group()) is not None
    participle = unchanged["undone"][2:].lower()
    return lexicon.verb_lemma(participle) != participle


@lru_cache(maxsize=256)
def _moves(verb: str) -> bool:
    """A verb whose first sense is moving ("move", "budge"): a figure that has not moved is unchanged."""
    return any("move" in kind for kind in lexicon.verb_kinds(verb, senses=None, depth=2)[:1])


@lru_cache(maxsize=1024)
def _alters(verb: str) -> bool:
    """A verb whose first sense is a kind of change, or whose first two are kinds of altering: "amend",
    "modify", "add", "update"; not "adopt" or "translate"."""
    kinds = lexicon.verb_kinds(verb, senses=None, depth=3)
    return any("change" in kind for kind in kinds[:1]) or any("alter" in kind for kind in kinds[:2])


def _one_sort_claim(text: str, match: re.Match[str], sentence, scope: int, sort: str) -> _Claim:
    """A claim of the time phrase `match` that only events of one sort break ("stop", "change")."""
    claim = _Claim(text, match.start() - sentence.start, match.end() - sentence.start, scope)
    claim.sorts, claim.narrowing = {sort: set()}, {sort: set()}
    return claim


def _a_noun_of_change(noun: str) -> bool:
    """A noun of changing a thing ("amendment", "revision", "update"): what a claim that a thing
    went "without" one says it stayed as it was."""
    return any(_alters(verb) for verb in _verbs_of_the_noun(noun.lower()))


def _goes_on_unbroken(unbroken: re.Match[str]) -> bool:
    """Whether an unbroken claim's words say it went on with no break: a noun of stopping after
    "without", or a word of going on ("continuously")."""
    return unbroken["noun"] is None or _a_stop(unbroken["noun"])


@lru_cache(maxsize=256)
def _a_stop(noun: str) -> bool:
    """A noun of stopping: one WordNet derives from a verb of stopping ("interruption", "break",
    "pause", "stoppage", "closure", "shutdown")."""
    db = lexicon.wordnet()
    return db is not None and any(_stops(verb) for verbs in db.derived_verbs(lexicon.noun_lemma(noun.lower())) for verb in verbs)


@lru_cache(maxsize=1024)
def _stops(verb: str) -> bool:
    """A verb whose first senses are kinds of stopping or closing ("shut", "suspend", "halt")."""
    kinds = lexicon.verb_kinds(verb, senses=None, depth=3)[:_STOP_SENSES]
    return bool(kinds) and not kinds[0] & _STARTING and any(kind & _STOPPING for kind in kinds)  # not "broke out"


_STOP_SENSES = 4
_STOPPING = frozenset({"stop", "halt", "close", "interrupt", "discontinue", "cease", "shut_down", "withdraw"})
_STARTING = frozenset({"begin", "start"})


def _told_of_unbroken(text: str, unbroken: re.Match[str]) -> str:
    """What an unbroken claim is about: the words before its verb, or for a pronoun ("it has
    run …") the subject of the clause before."""
    before = text[: unbroken.start()]
    words = before.split()
    return _subject_of_the_clause_before(" ".join(words[:-1])) if words and words[-1].lower() in _PRONOUNS else before


def _stoppages(document, claim_sentence, told_of: str, breaks_it: Callable[[str], bool] = _stops,
               kind: str = "stop", nouns_of: tuple[str, ...] = ()) -> list[Event]:
    """The dated sentences that tell the thing an unbroken claim is about (`told_of`: its head
    noun, the nouns before it, its "of") stopping: a verb of stopping in a sentence that names it
    ("it was shut for four months", "it was pulled out"), or the thing gone ("left the islands without
    internet for five weeks"). A sentence with no year of its own takes the one year of the sentence
    before it in its paragraph ("The eruption … cut the cable"). With `breaks_it`, another kind of
    verb breaks the claim ("amended" breaks "has stood unaltered"); with `nouns_of`, a noun of one of
    those verbs, dated beside it, does too ("the 2020 revision" breaks "has remained unrevised")."""
    subject = _streak_subject(told_of)
    if subject is None:
        return []
    noun, things = subject
    clause = re.split(r"[,;:]", told_of)[-1].split()
    modifiers = {lexicon.noun_lemma(w) for w in clause[:-1] if w.isalpha() and w.islower() and _counted_noun(w)}
    named = {noun} | things | modifiers
    found, before = [], None
    after_the_claim = _sentence_after(document, claim_sentence)
    for sentence in document.sentences:
        text = document.text[sentence.start : sentence.end]
        years = years_told(text) or (years_told(document.text[before.start : before.end])
                                    if before is not None and before.block is sentence.block else [])
        before = sentence
        if sentence is claim_sentence or not years:
            continue
        words = list(_ANY_CASE_WORD.finditer(text))
        named_here = any(lexicon.noun_lemma(w.group().lower()) in named for w in words)
        if not named_here and not _told_again(sentence, after_the_claim, words):  # "It was shut …"
            continue
        stops = [w for i, w in enumerate(words) if (_is_participle(w.group()) or w.group() in _SAME_IN_THE_PAST)
                 and (w.group().islower() or i == 0) and _verb_or_phrasal(words, i, breaks_it)
                 and not _NEGATION.search(text, max(0, w.start() - 12), w.start())]
        # "the 2019 amendment", "amendments … adopted in June 2024": a noun of the verb
        stops += [w for w in words if w.group().islower() and set(_verbs_of_the_noun(w.group())) & set(nouns_of)
                  and not _NEGATION.search(text, max(0, w.start() - 12), w.start())]
        if kind == "stop":
            stops += [m for m in _WITHOUT_THING.finditer(text) if lexicon.noun_lemma(m["thing"].lower()) in named]
        # the sentence's one year, or the year beside the word where it names more than one
        dated = ((w, years[0] if len(set(years)) == 1 else _year_beside(text, w)) for w in stops)
        stop, year = next(((w, y) for w, y in dated if y is not None), (None, None))
        if stop is not None and year is not None:
            told = f"{kind} (“{text[stop.start() : stop.end()]}”)"
            found.append(Event(kind, year, "", told, "", sentence.start + stop.start(), sentence.start + stop.end()))
    return found


@lru_cache(maxsize=4096)
def _verbs_of_the_noun(word: str) -> tuple[str, ...]:
    """The verbs WordNet derives a noun's first senses from ("amendments" -> "amend"), when its first
    sense is an act, an event or a message."""
    db = lexicon.wordnet()
    noun = lexicon.noun_lemma(word)
    senses = db.senses(noun)[:1] if db else []
    if not senses or senses[0].file not in _ACTS:
        return ()
    return tuple(dict.fromkeys(verbs[0] for verbs in db.derived_verbs(noun)[:_DERIVED_SENSES])) if db else ()


_ACTS = frozenset({"noun.act", "noun.event", "noun.communication"})


_DERIVED_SENSES = 2
# A year just before a noun ("the 2019 amendment"), or the first after it within a few words that no
# bracket holds ("amendments to the Regulations (2005) adopted in June 2024").
_YEAR_BEFORE = re.compile(rf"\b(?P<year>{YEAR})\s+(?:[a-z]+\s+)?$")
_YEAR_AFTER = re.compile(rf"(?:[^.;()]|\([^()]*\)){{0,80}}?(?<!\()\b(?P<year>{YEAR})\b(?!\))")


def _year_beside(text: str, noun: re.Match[str]) -> int | None:
    """The year that dates a noun of change in a sentence that names more than one."""
    told = _YEAR_BEFORE.search(text, max(0, noun.start() - 12), noun.start()) or _YEAR_AFTER.match(text, noun.end())
    return int(told["year"]) if told else None


def _verb_or_phrasal(words: list[re.Match[str]], index: int, test: Callable[[str], bool]) -> bool:
    """Whether a past verb, or the phrasal verb it makes with the particle after it, passes `test`:
    "shut", "pulled out"."""
    verb = lexicon.verb_lemma(words[index].group().lower())
    particle = words[index + 1].group().lower() if index + 1 < len(words) else ""
    db = lexicon.wordnet()
    if particle in lexicon.PARTICLES and db is not None and db.phrasal_verb(verb, particle):
        return test(f"{verb}_{particle}")  # "broke out" starts a war; it stops nothing
    return test(verb)


_WITHOUT_THING = re.compile(r"\bwithout\s+(?:its\s+|their\s+|the\s+)?(?P<thing>[a-z]+)\s+for\b", re.IGNORECASE)


# Verbs whose past is their base, which `_is_participle` cannot tell: "it was shut".
_SAME_IN_THE_PAST = frozenset({"shut", "cut", "put"})


def _changed_for_the_first_time(document, sentence, first_word: int | None, paper_date: date | None):
    """A claim that a thing changed "for the first time" ("holders fell for the first time"): a
    streak claim whose breaks are the paper's other changes of the thing in that direction, before
    the claim's own (in the year its sentence names, else the paper's); None for any other "first"."""
    text = document.text[sentence.start : sentence.end]
    if first_word is None or not _FIRST_TIME.match(text, first_word):
        return None
    verb = _VERB_FOR_THE_FIRST.search(text, 0, first_word)
    if verb is None:
        return None
    direction = next((d for d in _OPPOSITE if _changes_in(verb["verb"], d)), None)
    if direction is None:
        return None
    claim = _Claim(text, first_word, first_word, verb.start())
    claim.sorts, claim.narrowing = {direction: set()}, {direction: set()}
    breaks = _turns(document, sentence, _streak_subject(text[: verb.start()]), direction)
    years = years_told(text)
    year = max(years) if years else paper_date.year if paper_date else None
    own = [Event(direction, year, "", "", "", sentence.start + verb.start(), sentence.start + verb.end("verb"))] if year else []
    return claim, breaks, own


_VERB_FOR_THE_FIRST = re.compile(r"\b(?P<verb>[a-z]+)\s+for\s+the\s+$")


def _told_of(text: str, streak: re.Match[str], cue: int) -> str:
    """What a streak told after its time phrase is about: its subject, or for a pronoun ("it has
    fallen") the subject of the clause before its cue ("The ratio is still high, although every
    year since 2016 it has fallen")."""
    subject = streak["subject"].strip()
    return _subject_of_the_clause_before(text[:cue]) if subject.lower() in _PRONOUNS else subject


def _subject_of_the_clause_before(text: str) -> str:
    """The subject of the last clause of `text` that has one, up to its verb ("The ratio is still high")."""
    clause = next((part for part in reversed(re.split(r"[,;:]", text)) if _SUBJECT_UP_TO_ITS_VERB.match(part)), "")
    told = _SUBJECT_UP_TO_ITS_VERB.match(clause)
    return told["subject"] if told else ""


def _object_of(streak: re.Match[str]) -> str | None:
    """The object a streak's verb changed, when it has one: "has increased its per-pupil spending in
    every fiscal year" -> "its per-pupil spending" (what went up is the spending, not the State)."""
    told = _OBJECT_TOLD.match(streak.groupdict().get("after") or "")
    return told["object"] if told else None


_OBJECT_TOLD = re.compile(r"(?P<object>(?:its|their|our|the|his|her)\s+[a-z-]+(?:\s+[a-z-]+){0,2}?)"
                          r"\s+(?:in|at|on|for|with|by)?\s*$")


def _breaking(streak: re.Match[str]) -> tuple[str, ...]:
    """The changes that break a streak: a fall breaks "have risen every year" ("have gone up"), a
    rise breaks "have fallen", and either breaks "has been held steady"."""
    verb, after = streak["verb"].lower(), streak["after"].lower().split()
    if verb == "been" and after:  # "has been growing every year", "has been raised"
        verb, after = after[0], after[1:]
    toward = next((_COMPARATIVE_DIRECTION[w] for w in after[:1] if w in _COMPARATIVE_DIRECTION), None)
    if toward is not None:  # "have edged higher every year": a fall breaks it
        return (_OPPOSITE[toward],)
    if _STEADY & {verb, *after}:
        return tuple(_OPPOSITE)
    if after and after[0] in lexicon.PARTICLES:  # "have gone down year after year"
        verb = f"{lexicon.verb_lemma(verb)}_{after[0]}"
    return tuple(_OPPOSITE[d] for d in _OPPOSITE if _changes_in(verb, d))[:1]


def _streak_subject(text: str) -> tuple[str, set[str]] | None:
    """The head noun of a streak claim's subject and the things its "of" names: "Coffee exports
    from Uganda" -> ("export", {}), "arrivals by sea" -> ("arrival", {}); "cases of acute malnutrition among children" -> ("case",
    {"malnutrition"}) (people, who it is about, are left to the sentence: "returns of nationals")."""
    clause = _FRONTED_TIME.sub("", re.split(r"[,;:]|\bthat\b", text)[-1])  # "claims that the Act …": its subject
    head, *rest = re.split(r"(?<![\w-])(?:from|of|in|to|for|at|on|among|by|across|through|into|via|along|near|within|around"
                           r"|inside|between)(?![\w-])", clause, maxsplit=1)  # not the "to" of "debt-to-GDP"
    words = head.split()
    word = words[-1].lower() if words else ""
    db = lexicon.wordnet()
    if db is None or not (word.isalpha() and lexicon.noun_senses(word)) or states().resolve(words[-1]):
        return None  # not a State ("Chad has hosted refugees continuously"), whose doings are many
    of = re.match(r"\s*(?P<what>[^,;:]*?)(?:\s+\b(?:from|in|to|for|at|on|among)\b|$)", rest[0]) \
        if rest and re.search(r"\bof\s*$", clause[: len(head) + 3]) else None
    lemma = word[:-1] if word[:-1] in _COUNTS else lexicon.noun_lemma(word)  # "numbers", not the book of Numbers
    measured = _measured_by(lemma, words[-2] if len(words) > 1 else "")
    if measured is not None:
        return measured, set()  # "our debt-to-GDP ratio has fallen": debt, which the paper tells in figures
    counts = lemma in _COUNTS  # "the number of identified victims" counts the victims
    counted = words[-2:-1] if counts and of is None else of["what"].split() if of else []  # "passenger numbers"
    things = {lexicon.noun_lemma(w.lower()) for w in counted
              if w.isalpha() and lexicon.noun_senses(w.lower()) and (counts or w.islower() and not _is_people(w))
              and not db.is_adjective(w.lower())}
    return lemma, things


def _measured_by(head: str, modifier: str) -> str | None:
    """What a measure named by its modifier measures: "debt-to-GDP ratio" -> "debt", "unemployment
    rate" -> "unemployment"; a head WordNet files as a magnitude relation (ratio, rate, percentage),
    not a quantity of the thing itself ("the sardine quota"), and a modifier that is a noun."""
    part = modifier.split("-")[0].lower()
    senses = lexicon.noun_senses(head)[:1]
    db = lexicon.wordnet()
    if db is None or not senses or not part.isalpha() or not lexicon.noun_senses(part) or db.is_adjective(part):
        return None
    kinds = {w for sense in db.ancestors(senses[0], 4) for w in sense.words}
    return lexicon.noun_lemma(part) if "magnitude_relation" in kinds else None


# A time phrase that opens the clause: "In the spring of 2025 the number … fell".
_FRONTED_TIME = re.compile(rf"^\s*(?:In|By|During|Over|Throughout)\b[^,]*?\b{YEAR}\b,?\s*")


def _turns(document, claim_sentence, subject: tuple[str, set[str]] | None, direction: str,
           owners: frozenset[str] = frozenset()) -> list[Event]:
    """The dated changes in `direction` of the thing a streak claim says went the other way every
    year ("in 2023 … our exports fell by about four percent", "in 2020 reported cases … nearly
    doubled"), each in a sentence of its own that names the year and the things the claim's "of" names;
    not a change another owner's thing made ("Ferrovia's debt" and "Alcaste saw its debt ratio jump")."""
    if subject is None:
        return []
    noun, things = subject
    found = []
    after_the_claim = _sentence_after(document, claim_sentence)
    for sentence in document.sentences:
        text = document.text[sentence.start : sentence.end]
        years = years_told(text)
        if sentence is claim_sentence or not years:
            continue
        words = list(_ANY_CASE_WORD.finditer(text))
        pronoun = _told_again(sentence, after_the_claim, words)
        if things and not pronoun and not things & {lexicon.noun_lemma(w.group()) for w in words}:
            continue  # "cases of malnutrition" are not cases of cholera
        for index, word in enumerate(words):
            counted = noun in _COUNTS and lexicon.noun_lemma(word.group()) in things  # "the number of incidents"
            told_again = pronoun and word.group().lower() in _PRONOUNS  # "… since 2016. In 2021 they rose …"
            if not _names_the_thing(word.group(), noun) and not counted and not told_again:
                continue
            if owners and _owned_by_another(text, word.start(), owners):
                continue
            change = _change_after(text, words, index, direction) or _change_before(text, words, index, direction) \
                or (_compared(text, word.start(), direction) if counted else None) or _from_to(text, word.end(), direction)
            if change is None:
                continue
            told_years = [m for m in _YEAR_IN_TEXT.finditer(text) if int(m.group()) in years]
            between = word.end() < change.start() and any(word.end() <= m.start() < change.start() for m in told_years)
            # a year between the thing and its change dates what came before the change ("stood at 61 per
            # cent in 2018 and climbed …"): the change's own year is after it
            year = min(told_years, key=lambda m: ((m.start() > change.start()) != between, abs(m.start() - change.start())))
            first, last = min(word.start(), change.start()), max(word.end(), change.end())
            found.append(Event(direction, int(year.group()), "", _turn_told(direction, text[first:last]), "",
                               sentence.start + first, sentence.start + last))
        if not found or found[-1].start < sentence.start:
            found += _series_turns(document, sentence, noun, things, direction)
    return found


# A figure, not a year: "356", "1,240", "4.5".
_FIGURE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w]|[.,]\d)")
# A figure's year after it: "356 victims in 2022", "the 153 it had counted in 2023".
_FIGURE_YEAR = re.compile(rf"(?P<between>(?:\s+[\w'’-]+){{0,5}}?)\s+(?:in|during|for|of)\s+(?P<year>{YEAR})\b")


def _series_turns(document, sentence, noun: str, things: set[str], direction: str) -> list[Event]:
    """A change told by a sentence's figures for the thing, year by year: "identified 356 victims in
    2022 and 412 in 2023" is a rise in 2023. Each figure is followed by its year, with no other
    thing counted between ("356 victims in 2022 and 12 convictions in 2023" is no series)."""
    text = document.text[sentence.start : sentence.end]
    series = []
    for figure in _FIGURE.finditer(text):
        dated = _FIGURE_YEAR.match(text, figure.end())
        if dated is None or re.fullmatch(YEAR, figure.group()):
            continue
        nouns = [w for w in _LOWER_WORD.findall(dated["between"]) if _counted_noun(w)]
        names = [w for w in nouns if _names_the_thing(w, noun) or lexicon.noun_lemma(w) in things]
        if len(names) != len(nouns):
            continue  # another thing counted
        series.append((int(dated["year"]), float(figure.group().replace(",", "")), bool(names), figure.start(), dated.end()))
    series += _compared_with(text, noun, things)
    if not any(named for _, _, named, _, _ in series):
        return []
    series.sort()
    return [Event(direction, later[0], "", _turn_told(direction, text[earlier[3] : later[4]]),
                  "", sentence.start + min(earlier[3], later[3]), sentence.start + max(earlier[4], later[4]))
            for earlier, later in zip(series, series[1:])
            if later[0] > earlier[0] and (later[1] > earlier[1]) == (direction == "increase") and later[1] != earlier[1]]


def _compared_with(text: str, noun: str, things: set[str]) -> list[tuple[int, float, bool, int, int]]:
    """A figure of the thing compared with an earlier dated one, the sentence's other year its own:
    "Figures for 2022 show 940 homicides, compared with 810 in 2021" (both figures, as a series)."""
    found = []
    for told in _COMPARED_WITH.finditer(text):
        nouns = [w for w in _LOWER_WORD.findall(told["what"]) if _counted_noun(w)]
        if not nouns or not (_names_the_thing(nouns[-1], noun) or lexicon.noun_lemma(nouns[-1]) in things):
            continue  # "412 road deaths": its head names the thing
        other_years = set(years_told(text[: told.start()] + text[told.end() :])) - {int(told["year"])}
        if len(other_years) != 1:
            continue
        later, earlier = (float(told[n].replace(",", "")) for n in ("figure", "earlier"))
        found += [(other_years.pop(), later, True, told.start(), told.end()),
                  (int(told["year"]), earlier, True, told.start("earlier"), told.end())]
    return found


_COMPARED_WITH = re.compile(
    rf"(?<![\w.,])(?!{YEAR}\b)(?P<figure>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?P<what>(?:\s+[A-Za-z'’-]+){{1,4}}?),?\s+compared\s+(?:with|to)\s+"
    rf"(?P<earlier>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)\s+(?:in|for)\s+(?P<year>{YEAR})\b")


def _turn_told(direction: str, words: str) -> str:
    """How a turn is told in a finding: "rise (“arrivals in Fiji fell”)"."""
    return f"{'rise' if direction == 'increase' else 'fall'} (“{words}”)"


def _counted_noun(word: str) -> bool:
    """A word that names a thing counted: a noun, not a past verb, an adjective or a grammar word
    ("victims", "fines"; not "counted", "significant", "it")."""
    db = lexicon.wordnet()
    return db is not None and bool(lexicon.noun_senses(word)) and not word.endswith("ed") and not db.is_adjective(word) \
        and word not in english_grammar_words()


# Nouns that count the things their "of" names: "the number of incidents" rises with the incidents.
_COUNTS = {"number", "count", "total", "amount", "volume"}
# A comparison of quantity before the things counted: "twice as many reported incidents as",
# "more asylum claims than"; "fewer", "less" and "half as many" for a fall.
_COMPARED = re.compile(
    r"\b(?P<more>(?:twice|thrice|double|[a-z]+\s+times)\s+as\s+(?:many|much)|more)|(?P<fewer>fewer|less|half\s+as\s+(?:many|much))"
    r"\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


def _compared(text: str, position: int, direction: str) -> re.Match[str] | None:
    """A comparison of quantity in `direction` just before the things at `position`, with its "than"
    or "as" after them."""
    compared = _COMPARED.search(text, max(0, position - 60), position)
    if compared is None or (compared["more"] is not None) != (direction == "increase"):
        return None
    return compared if _THAN.match(text, position) else None  # "more nurses than in 2020", not "more nurses"


_THAN = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:than|as)\b")


def _owners(told_of: str) -> frozenset[str]:
    """The names a streak's subject gives its owner: "Public debt in Ferrovia" -> {"Ferrovia"} (not
    the word that opens the sentence)."""
    return frozenset(_CAPITALISED.findall(told_of)[1:] if told_of[:1].isupper() else _CAPITALISED.findall(told_of))


def _owned_by_another(text: str, at: int, owners: frozenset[str]) -> bool:
    """Whether a name just before the thing in its clause, and not the sentence's first word, is another
    owner than the claim's: "Neighbouring Alcaste saw its debt ratio jump"; not a place of the claim's
    own ("in Abdali and Wafra, and domestic vegetable output fell")."""
    before = text[:at].split()
    parts = re.split(r"[,;:]|\b(?:and|but|while|as|when)\b", " ".join(before[-_OWNER_REACH:]))
    clause = parts[-1].split()[1:] if len(parts) == 1 and len(before) <= _OWNER_REACH else parts[-1].split()
    names = {w.strip(".,;:'’s") for w in clause if w[:1].isupper()}  # not the sentence's first word
    names = {n for n in names if n and n.lower() not in MONTHS}
    return bool(names) and not any(_same_owner(name, owner) for name in names for owner in owners)


def _same_owner(name: str, owner: str) -> bool:
    """Whether two names are one owner's: the same, or its name and its people's ("Uganda",
    "Ugandan"; "Chad", "Chadian")."""
    shorter, longer = sorted((name.lower(), owner.lower()), key=len)
    return longer.startswith(shorter) or len(shorter) >= _STEM and shorter[:_STEM] == longer[:_STEM]


_STEM = 5
_OWNER_REACH = 5


def _years_set_aside(text: str) -> set[int]:
    """The years a claim's exception names: "With the exception of 2020, …", "apart from 2016"."""
    return {int(year) for aside in _EXCEPTION.finditer(text) for year in re.findall(rf"(?<!\d)({YEAR})(?!\d)", aside["what"])}


# A word, lower-case or capitalised ("Debt stood at …", "It was shut in 2019"); a pronoun of the
# sentence after a claim stands for what it told of.
_ANY_CASE_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][a-z'’-]+(?![\w'’-])")


def _sentence_after(document, sentence):
    """The sentence after `sentence`, whose pronoun may stand for what it told of."""
    index = document.sentences.index(sentence)
    return document.sentences[index + 1] if index + 1 < len(document.sentences) else None


def _told_again(sentence, after_the_claim, words: list[re.Match[str]]) -> bool:
    """Whether a sentence is the one after the claim and has a pronoun for its thing ("In 2021 they rose")."""
    return sentence is after_the_claim and any(w.group().lower() in _PRONOUNS for w in words)


def _names_the_thing(word: str, noun: str) -> bool:
    """Whether a word names what a streak is about: its noun, its verb ("the number of Hondurans
    returned"), or a sense that is a kind of it (people "landing" are arrivals)."""
    word = word.lower()
    if lexicon.noun_lemma(word) == noun or word.endswith("ed") and _verb_of(lexicon.verb_lemma(word), noun):
        return True
    acts = {s.offset for s in lexicon.noun_senses(noun) if s.file in lexicon.EVENT_FILES}
    return any(acts & set(s.hypernyms) for s in lexicon.noun_senses(lexicon.noun_lemma(word)))


def _verb_of(verb: str, noun: str) -> bool:
    """Whether a verb is the one a noun is made from: "returned" of "return", "seized" of "seizure"."""
    db = lexicon.wordnet()
    return verb == noun or db is not None and verb[:4] == noun[:4] and any(verb in verbs for verbs in db.derived_verbs(noun))


def _change_after(text: str, words: list[re.Match[str]], index: int, direction: str) -> re.Match[str] | None:
    """A verb of change in `direction` after the thing, in its clause ("arrivals in Fiji fell"), or
    in a phrase set beside it ("seized 1.9 tonnes of heroin, more than double the year before"); past
    a relative clause set off by commas ("Public debt, which stood near 68 percent in 2019, climbed")."""
    aside = _RELATIVE_ASIDE.match(text, words[index].end())
    if aside is not None:  # the clause's verb comes first after the aside, after an adverb at most
        after = [w for w in words[index + 1 :] if w.start() >= aside.end()][:2]
        verb = after[1] if len(after) == 2 and after[0].group().lower().endswith("ly") else after[0] if after else None
        return verb if verb is not None and _changes_in(verb.group(), direction) else None
    for position, later in enumerate(words[index + 1 : index + 1 + _TURN_REACH], index + 1):
        if re.search(r"[,;:]", text[words[index].end() : later.start()]):
            return _change_beside(text, words, position, direction)
        if later.group().lower() == "and" and position + 1 < len(words) and _changes_in(words[position + 1].group(), direction):
            return words[position + 1]  # "Debt stood at 61 per cent in 2018 and climbed to 67 per cent in 2019"
        if later.group().lower() in _CLAUSE_OPENERS:
            return None
        if _changes_in(later.group(), direction):
            return later
    return None


# A relative clause set off by commas right after a thing: ", which stood near 68 percent of GDP in 2019,".
_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:which|who)\b[^,;:]*,")


def _change_beside(text: str, words: list[re.Match[str]], index: int, direction: str) -> re.Match[str] | None:
    """A change in a phrase set beside the clause after its comma: ", a sharp increase on …", ", more
    than double …"; not another clause (", a year when imports fell")."""
    opener = _BESIDE_OPENER.match(text, words[index - 1].end(), words[index].end())
    if opener is None or opener["word"].lower() not in _BESIDE:
        return None
    for later in words[index : index + _BESIDE_REACH]:
        if later.group().lower() in _CLAUSE_OPENERS:
            return None
        if _changes_in(later.group(), direction) or _a_change(later.group(), direction) \
                or _MULTIPLES.get(later.group().lower()) == direction:
            return later
    return None


# A multiple of what came before, set beside a figure: ", almost twice the year before", ", half".
_MULTIPLES = {"twice": "increase", "thrice": "increase", "half": "decrease"}


# How a phrase set beside a clause opens, and how far its change may stand.
_BESIDE = {"a", "an", "more", "nearly", "almost", "roughly", "about", "over", "some", "well", "up", "down"}
_BESIDE_REACH = 4
_BESIDE_OPENER = re.compile(r"[^,;:]*,\s*(?P<word>[a-z]+)\b", re.IGNORECASE)


def _from_to(text: str, after: int, direction: str) -> re.Match[str] | None:
    """A change in `direction` told by two figures after the thing, in its clause: "cut rural access
    from 41 per cent to 37 per cent"."""
    told = _FROM_TO.match(text, after)
    if told is None or re.search(r"[,;:]", told["between"]) or all(re.fullmatch(YEAR, told[n]) for n in ("earlier", "later")):
        return None  # "from 2019 to 2021" is a span of years
    earlier, later = (float(told[n].replace(",", "")) for n in ("earlier", "later"))
    return told if earlier != later and (later > earlier) == (direction == "increase") else None


_FROM_TO = re.compile(r"(?P<between>(?:\W+[\w'’-]+){0,6}?)\W+from\s+(?P<earlier>\d[\d,]*(?:\.\d+)?)\s*(?:per\s*cent|percent|%)?"
                      r"\s+to\s+(?P<later>\d[\d,]*(?:\.\d+)?)(?!\d)")


def _change_before(text: str, words: list[re.Match[str]], index: int, direction: str) -> re.Match[str] | None:
    """A change in `direction` told before the thing: a noun of change whose "in" or "of" names it ("a
    nine per cent rise in arrests"), or a verb of change whose object it is ("cut the hake catch")."""
    for back in range(index - 1, max(-1, index - 1 - _CHANGE_BEFORE_REACH), -1):
        earlier, between = words[back], text[words[back].end() : words[index].start()]
        if re.search(r"[,;:]", between) or earlier.group().lower() in _CLAUSE_OPENERS:
            return None
        if not _changes_in(earlier.group(), direction) and not _a_change(earlier.group(), direction):
            continue
        if re.search(r"\b(?:in|of)\b", between) or _OBJECT_OPENER.match(between):
            return earlier
    return None


# How far before the thing a change may stand: "cut the hake total allowable catch".
_CHANGE_BEFORE_REACH = 6
_OBJECT_OPENER = re.compile(r"\s+(?:the|its|their|our|his|her|a|an)\s")


@lru_cache(maxsize=1024)
def _a_change(word: str, direction: str) -> bool:
    """A noun of change in `direction`, by the verbs WordNet derives it from ("rise", "drop", "decline")."""
    db = lexicon.wordnet()
    return db is not None and any(_changes_in(verb, direction) for words in db.derived_verbs(lexicon.noun_lemma(word))
                                  for verb in words)


_YEAR_IN_TEXT = re.compile(rf"(?<!\d){YEAR}(?!\d)")


@lru_cache(maxsize=1024)
def _changes_in(word: str, direction: str) -> bool:
    """Whether a sense of a verb form is a kind of `direction` ("fell", "dropped", "declined":
    decrease; "grown", "risen": increase) and none of its first senses the other way."""
    db = lexicon.wordnet()
    if db is None:
        return False
    verbs = {verb for verb in (db.lemma(word, "verb"), *db.irregular_bases(word)) if verb is not None}
    kinds = [k for verb in verbs for k in lexicon.verb_kinds(verb, senses=None, depth=3)]
    other = _OPPOSITE[direction]
    return any(direction in k or _MOVING[direction] in k for k in kinds) \
        and not any(other in k or _MOVING[other] in k for k in kinds[:6])


_OPPOSITE = {"increase": "decrease", "decrease": "increase"}
# A direction told by the word after a verb of moving: "edged higher", "drifted lower".
_COMPARATIVE_DIRECTION = {"higher": "increase", "upward": "increase", "upwards": "increase",
                          "lower": "decrease", "downward": "decrease", "downwards": "decrease"}
# Kinds of a verb of moving up or down that WordNet files apart from "increase": "plummeted" (go down),
# "surged" (go up).
_MOVING = {"increase": "go_up", "decrease": "go_down"}


def _nearest_negation(text: str, time_phrase: int) -> re.Match[str] | None:
    """The negation that governs a time phrase: the last one before it ("… worked without a break
    because the city has remained calm, without any protests, over the past year") with those just before it
    in its clause ("has not gone without heat"), or else the first after it."""
    negations = list(_NEGATION.finditer(text))
    before = [n for n in negations if n.end() <= time_phrase]
    if not before:
        after = negations[0] if negations else None
        if after is not None and _IN_A_SUBORDINATE_CLAUSE.search(text, 0, time_phrase) \
                and re.search(r"[,;:]", text[time_phrase : after.start()]):
            return None  # "Since 2021, when the gates were closed for the first time, no surge …": not its negation
        return after
    nearest = before.pop()
    if _RELATIVE_CLAUSE_OF_ITS_OWN.search(text, nearest.end(), time_phrase):
        return None  # "has not seen such a day, unthinkable for anyone who lived through the last decade"
    while before and not re.search(r"[,;:]", text[before[-1].end() : nearest.start()]) \
            and len(text[before[-1].end() : nearest.start()].split()) <= _NEGATION_REACH:
        nearest = before.pop()  # "have not gone without heat": the first negation of the clause
    return nearest


# A relative clause after a comma that holds the time phrase: the time is that clause's, not the negation's.
_RELATIVE_CLAUSE_OF_ITS_OWN = re.compile(r"[,;:][^,;:]*\b(?:who|whom|whose)\b[^,;:]*$", re.IGNORECASE)


# A time phrase inside a clause set off after a comma and opened by a subordinator.
_IN_A_SUBORDINATE_CLAUSE = re.compile(r"[,;:(]\s*(?:when|where|which|who|whose|after|while|as)\b[^,;:()]*$", re.IGNORECASE)
_NEGATION_REACH = 3  # words between two negations of one clause ("has not gone a winter without")


def _at_peace(text: str, time_phrase: int) -> re.Match[str] | None:
    """A claim of peace just before its time phrase ("has remained calm for the past three years",
    "has been at peace since 2019", "has enjoyed unbroken calm since"): a claim that nothing broke
    it. Not a hedged one ("relatively calm", "largely peaceful"), which admits some events, nor
    "stable", which may be a price's."""
    found = next(reversed(list(_AT_PEACE.finditer(text, 0, time_phrase))), None)  # the last before the time phrase
    if found is None or re.search(r"[,;:]", text[found.end() : time_phrase]) \
            or len(text[found.end() : time_phrase].split()) > _PEACE_REACH:
        return None
    return found if found["domain"] is None or _peace_of(found) else None


def _peace_of(peace: re.Match[str]) -> tuple[str, ...]:
    """What a claim of peace says did not break it: the events its adverb's adjective pertains to
    ("seismically quiet": no earthquake), or, with no such adverb, unrest, violence or fighting."""
    if peace["domain"] is None:
        return _PEACE_BROKEN
    adverb = peace["domain"].lower()
    db = lexicon.wordnet()
    adjectives = (adverb.removesuffix("ally"), adverb.removesuffix("ly"))
    nouns = [n for a in adjectives for n in (db.pertains_to(a) if db is not None else ()) if lexicon.is_event_noun(n)]
    return tuple(lexicon.noun_lemma(n) for n in nouns[:1])


_AT_PEACE = re.compile(
    r"\b(?:(?:remained|been|stayed|kept)\s+(?:(?:entirely|completely|fully|totally|perfectly)\s+)?(?:(?P<domain>[a-z]+ly)\s+)?"
    r"(?:calm|peaceful|quiet|at\s+peace)"
    # peace had: "has enjoyed unbroken calm", "has known only peace"
    r"|(?:enjoyed|known|had)\s+(?:(?:unbroken|uninterrupted|complete|total|only|nothing\s+but)\s+)?(?:calm|peace))\b",
    re.IGNORECASE)
_PEACE_REACH = 3  # words between the claim of peace and its time phrase ("calm along the border for …")
_PEACE_BROKEN = ("unrest", "violence", "fighting", "conflict")


def _events_with_named_diseases(document) -> list[Event]:
    """The paper's dated events, with "the disease", "the virus" read as the disease the text last
    named before them, when they tell what it did ("… free of measles … In 2019 the disease swept
    through three schools": measles)."""
    if "events_named" not in document.cache:
        named = []
        own = _paper_diseases(document)
        for event in dated_events(document):
            if (event.words | event.qualifiers) & _ANAPHORS or any(h.words & _ANAPHORS for h in event.happenings):
                start, end = _sentence_around(document, event.start)
                words = [w.lower() for w in WORD.findall(document.text, event.start, event.end)] + [
                    w.lower() for w in WORD.findall(document.text, start, event.start)][::-1] + [
                    w.lower() for w in WORD.findall(document.text, event.end, end)] + [
                    w.lower() for w in WORD.findall(document.text, max(0, start - _ANAPHORA_REACH), start)][::-1]
                # the event's own words first ("the first dengue infections"), then its sentence's ("… for the
                # virus, weeks before … the spread of mpox …"), then the text before it
                disease = next((w for w in words if (lexicon.is_disease(w) or w in own)
                                and w not in lexicon.GENERIC_DISEASES), None)
                if disease is not None:  # what the disease did, not a dated mention of it ("the disease was the subject …")
                    outbreak = not event.clause and lexicon.same_sort("outbreak", event.kind)  # "an outbreak of the disease"
                    event = replace(event, words=event.words | ({disease} if event.clause else set()),
                                    qualifiers=event.qualifiers - _ANAPHORS | {disease} if outbreak else event.qualifiers,
                                    happenings=tuple(
                        replace(h, words=h.words | {disease}) if h.clause else h for h in event.happenings))
            named.append(event)
        document.cache["events_named"] = named
    events_named: list[Event] = document.cache["events_named"]
    return events_named


def _paper_diseases(document) -> set[str]:
    """Diseases newer than WordNet that a paper names as diseases: "cases of mpox", "the mpox virus",
    "oropouche cases" (read once a paper)."""
    if "temporal.diseases" not in document.cache:
        named = {(m["name"] or m["name2"]).lower() for m in _NAMED_AS_A_DISEASE.finditer(document.text)}
        document.cache["temporal.diseases"] = {name for name in named if _newer_than_wordnet(name)}
    diseases: set[str] = document.cache["temporal.diseases"]
    return diseases


def _newer_than_wordnet(word: str) -> bool:
    """A lower-case word WordNet does not list that is no grammar word ("mpox"; not "the")."""
    db = lexicon.wordnet()
    return db is not None and not db.lists(word) and word not in english_grammar_words() and word not in _ARTICLES


_NAMED_AS_A_DISEASE = re.compile(
    r"\bcases?\s+of\s+(?P<name>[a-z]{3,})\b|\b(?P<name2>[a-z]{3,})\s+(?:virus|outbreak|epidemic|infections?|cases)\b")


def _sentence_around(document, position: int) -> tuple[int, int]:
    return next(((x.start, x.end) for x in document.sentences if x.start <= position < x.end), (position, position))


# A disease or germ named by its kind, which stands for the one named before it.
_ANAPHORS = lexicon.GENERIC_DISEASES - {"outbreak", "epidemic"} | {"virus", "bacterium", "pathogen"}
_ANAPHORA_REACH = 800  # characters: about the paragraph before


_FIRST_TIME = re.compile(r"first\s+time\b", re.IGNORECASE)
# After a claim's clause, the writer's own date for the last event of its sort: "; the last one
# struck in June 2015", ", the most recent in 2009".
_LAST_TOLD_AFTER = re.compile(r"\s*[;,:–—-]\s*(?:and\s+)?(?:the|its|our)\s+(?:last|most\s+recent|latest)\b", re.IGNORECASE)
# How far "first" may stand before the time phrase it governs ("the first anti-terrorism treaty
# adopted since 2001"), and a "first" that is what the sentence before told ("This is the first …").
_FIRST_REACH = 10
_FIRST_OF_WHAT_CAME_BEFORE = re.compile(
    r"^(?:\W*\w+\W+){0,8}?(?:this|it|that)\s+(?:is|was|became|becomes|marks|marked)\s+(?:\w+\s+){0,2}?first\b", re.IGNORECASE)
# Years that fix a claim's window in the past, whatever the paper's date.
_DATED_WINDOW = re.compile(
    r"\b(?:between\s+" + YEAR + r"\s+and\s+" + YEAR + r"|from\s+" + YEAR + r"\s+(?:to|until|till)\s+" + YEAR
    + r"|(?:until|till|up\s+to|before)\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTH + r"\s+)?" + YEAR + r")\b",
    re.IGNORECASE,
)
# "as strong as", "as large as": an event of the sort, but not of that size, is no contradiction.
_EQUATIVE = re.compile(r"\bas\s+(?:\w+\s+)?\w+\s+as\b", re.IGNORECASE)
# A claim the writer makes of their own country: "our country", "we", "our coast"; not of what
# lies beyond it ("our region", "our neighbourhood").
_SPEAKS_FOR_ITSELF = re.compile(
    r"\b(?:we|us|our(?!\s+(?:\w+\s+)?(?:region|neighbou?rhood|continent|sub-?region|world|planet|hemisphere)\b))\b",
    re.IGNORECASE,
)


def _speaks_for_itself(text: str, position: int) -> bool:
    """Whether the clause of a claim, after any "that" reporting it ("We are glad to note that our
    neighbourhood has …"), is said in the first person of the writer's country."""
    clause = _clause_at(text, position)
    reported = list(re.finditer(r"\bthat\s", clause[: max(0, position - text.find(clause))], re.IGNORECASE))
    return _SPEAKS_FOR_ITSELF.search(clause[reported[-1].end() :] if reported else clause) is not None


def _partners_only(text: str, states: set[str]) -> bool:
    """Whether every State a claim names follows "with" ("our frontier with China"): a partner of
    the writer's State, which the claim is about as well."""
    return all(re.search(rf"\bwith\s+(?:the\s+)?{re.escape(state)}\b", text) for state in states)


def _speaker_states(document, ctx) -> set[str]:
    """The paper's own Member State (from its header, else the State it speaks for), by the names
    `_states_in` reads."""
    iso3 = paper_country(document).iso3
    name = ctx.knowledge.countries.un_names.get(iso3, "") if iso3 else ""
    return _states_in(name) or ({name} if name else set())


_YEARS_OF = re.compile(r"\s+of\s+(?!the\b|this\b|its\b|our\b|their\b)[a-z]", re.IGNORECASE)
# Where one coordinated clause ends and the next begins.
_COORDINATED = re.compile(r"[,;]\s*(?:and|but|while|whereas|yet)\b|;", re.IGNORECASE)


def _first_in_clause(text: str, position: int) -> int | None:
    """Where "first" stands in the clause of the time phrase at `position`, or None: "Member of
    the Agency since 1963, …, the first treaty to ban …" makes no claim of the time phrase."""
    clause = _clause_at(text, position)
    start = text.find(clause)
    found = _FIRST.search(clause)
    return start + found.start() if found and start >= 0 else None


def _may_claim(text: str) -> bool:
    """Cheap test before the time phrases are searched: a claim has a negation, "first", "been"
    ("it has been a decade since"), "the last … was", a claim of peace ("remained calm"), a state
    kept ("stayed open") or a streak ("every year")."""
    lower = text.lower()
    return "been" in lower or "last" in lower or bool(_NEGATION.search(text) or _FIRST.search(text)) \
        or _AT_PEACE.search(text) is not None or _KEPT.search(text) is not None \
        or any(_stretch_named(cue) for cue in _STREAK_CUE.finditer(text)) \
        or _STREAK_IN_THE_PHRASE.search(text) is not None or _GOING_ON_WORD.search(text) is not None \
        or _LEFT_AS_IT_WAS.search(text) is not None
    # "every year", not "every child"; "for six straight years"; "continuously"; "unaltered", "the same"


# What a claim sets aside before it: "Apart from the Afriqiyah plane in 2016, no hijacked aircraft …".
_EXCEPTION = re.compile(
    r"\b(?:(?:apart|aside)\s+from|except(?:\s+for)?|other\s+than|with\s+the\s+exception\s+of|save\s+for|barring)\b"
    r"(?P<what>[^,;:.]*)",
    re.IGNORECASE,
)


def _set_aside(text: str, events: list[Event], sentence_of: Callable[[Event], str]) -> list[Event]:
    """The events a claim's exception names, by their year or a capitalised word of the sentence
    that tells them ("apart from the Kivu disaster"): the writer has already acknowledged them."""
    named = [m["what"] for m in _EXCEPTION.finditer(text)]
    if not named:
        return []
    years = {int(m["year"]) for what in named for m in _PAST_YEAR.finditer(what)}
    words = {w for what in named for w in _CAPITALISED.findall(what)}
    return [e for e in events if e.year in years or words & set(_CAPITALISED.findall(sentence_of(e)))]


_CAPITALISED = re.compile(r"\b[A-Z][\w-]+")


class _Claim:
    """What a claim sentence says did not happen: its event nouns and their narrowing nouns."""

    def __init__(self, text: str, start: int, end: int, scope: int | None, diseases: Collection[str] = ()):
        """`text` is the sentence, `start`–`end` its time phrase, `scope` where its negation starts
        (None for a claim without one: "for the first time in a decade"); `diseases` are those the
        paper names that WordNet does not know ("mpox")."""
        outside = text[:start] + " " * (end - start) + text[end:]
        self.sorts: dict[str, set[str]] = {}
        self.before_any_event: set[str] = set()  # "a mass bleaching event": the word that names its sort
        self.severe = False  # "no major earthquake": a minor one does not count against it
        self.classes: dict[str, set[str]] = {}  # "the first local elections": only elections called local count
        self.carriers: set[str] = set()  # "no mosquito-borne disease": what carries the diseases it denies
        self.acted_on: set[str] = set()  # "no cyberattack has disrupted our power supply": what it was done to
        self.doers = _thing_subject(text, scope)  # "no vehicle has damaged the lines": what did it
        self.deed = _deed_denied(text[:start] + " " * (end - start) + text[end:], scope)  # ("receive", "threat")
        self.done: Deed | None = None  # the deed the parse says is denied: (run_out, {water})
        self.least = _least_scale(outside)  # "no flood has displaced more than 100,000 people": (100000, "people")
        words = list(_LOWER_WORD.finditer(outside)) + list(_NAME_FREE.finditer(outside))
        words.sort(key=lambda w: w.start())
        # A verb's acts when another word names the sort: its agent ("struck by a cyclone") or its
        # object ("conducted a nuclear test"); dropped when that word gives a sort of its own.
        named_otherwise: set[str] = set()
        cause_from: int | None = None  # "an outage caused by an attack": the attack is its cause
        object_until: int | None = None  # "no cyber incident has disrupted the counting of votes": up to its end
        for index, word in enumerate(words):
            if scope is not None and (word.start() < scope or re.search(r"[,;:]", outside[scope : word.start()])):
                continue
            if cause_from is not None and word.start() > cause_from:
                break
            following = words[index + 1] if index + 1 < len(words) else None
            if following is not None and following.group().lower() == "by" and index > 0 \
                    and _is_participle(word.group().lower()):
                if words[index - 1].group().lower() in _PASSIVE_AUXILIARIES:
                    acts = _acts_of(word.group().lower(), True) or _acts_of(word.group().lower())
                    named_otherwise.update(acts)  # "has not been struck by a cyclone"
                    agent = _agent(outside, words, index + 2)  # "killed by falling debris": not by a drone
                    for noun in acts:
                        self.sorts.setdefault(noun, set()).update({agent} if agent else set())
                    continue
                if lexicon.noun_senses(words[index - 1].group().lower()):
                    cause_from = word.start()  # "no outage caused by an attack": what follows is a cause
                    continue
            if word.start() == scope and not word.group().lower().endswith("-free"):
                continue  # the negation itself ("spared", "avoided") is no sort of event; "cholera-free" names one
            lower = word.group().lower().removesuffix("-free")  # "cholera-free": free of cholera
            if "-" in lower and not lexicon.is_event_noun(lower) and lexicon.is_event_noun(lower.replace("-", "")):
                lower = lower.replace("-", "")  # "a satellite break-up": a breakup
            life = (_LIFE_LOST.match(outside, word.end()) or _person_lost(outside, word.end(), lower)) \
                if lower in _LOSING else None
            if life is not None:
                for noun in ("death", "killing") if not self.sorts else ():
                    self.sorts.setdefault(noun, set())  # "no seafarer has lost their life": a death;
                    # "no wildfire has claimed a life": a wildfire
                cause = _DEATH_BY.match(outside, life.end())
                if cause is not None and lexicon.is_event_noun(cause["what"]) and cause["what"].lower() not in _NOT_SORTS \
                        and lexicon.noun_lemma(cause["what"]) not in lexicon.GENERIC_DISEASES | _TOO_VAGUE_CAUSES:
                    self.sorts.setdefault(lexicon.noun_lemma(cause["what"]), set())  # "lost a single life to extreme heat"
                cause_from = life.end()  # "… to hostile action": what follows is the cause
                continue
            if index > 0 and words[index - 1].group().lower() in _BECOMING:
                continue  # "the last state to become self-governing": a state reached, not an event
            if _infinitive_of_a_capacity(outside, words, index):
                continue  # "no government has weakened the right to strike": what the right allows
            if index > 0 and _particle_of(words[index - 1].group().lower(), lower):
                continue  # the "out" of "carried out" is no noun
            particle = following if following is not None and _particle_of(lower, following.group().lower()) else None
            deed = _performed(outside, f"{lower} {particle.group().lower()}" if particle else lower,
                              particle.end() if particle else word.end())
            if deed is not None:  # "has not conducted a nuclear test", "carried out a raid": the test, the raid
                self.sorts.setdefault(lexicon.noun_lemma(deed["noun"]), set()).update(
                    lexicon.noun_lemma(w) for w in deed["describing"].split() if _is_qualifier(w))
                continue
            phrasal = _phrasal_acts_of(lower, following.group().lower()) if following is not None else ()
            for noun in phrasal:
                self.sorts.setdefault(noun, set())  # "has not shut down": shutdown, closure
            if phrasal:
                continue
            passive = index > 0 and words[index - 1].group().lower() in _PASSIVE_AUXILIARIES \
                and (following is None or following.group().lower() != "by")  # "hit by a tsunami": the agent says it
            irregular = _acts_of(lower, passive) if passive and not lower.endswith(("ed", "en")) else ()
            for noun in irregular:
                self.sorts.setdefault(noun, set())  # "has been shot dead": shooting, not the adjective "shot"
            if irregular:
                continue
            participle = passive and lower.endswith(("ed", "en"))  # "has been abducted in …": no adjective
            if following is not None and not outside[word.end() : following.start()].strip() \
                    and not participle and _modifies(lower, following.group(), _next_word(outside, words, index + 1)):
                self.severe = self.severe or lower in _SEVERE
                continue  # "a single journalist", "a major flood": the word describes the noun after it
            if lexicon.is_disease(lower):
                self.sorts.setdefault("outbreak", set()).add(lexicon.noun_lemma(lower))  # "free of cholera"
                carrier = _CARRIED.fullmatch(words[index - 1].group().lower()) if index > 0 else None
                touching = index > 0 and not outside[words[index - 1].end() : word.start()].strip()
                named = words[index - 1].group().lower() if touching else None
                if named is not None and carrier is not None:
                    self.carriers.add(lexicon.noun_lemma(carrier[1]))  # "a mosquito-borne disease"
                elif named is not None and "-" in named and lower in lexicon.GENERIC_DISEASES:
                    self.sorts["outbreak"] |= set(named.split("-")) - {"and", "of"}  # "foot-and-mouth disease"
                continue
            infection = _case_of(words, index)
            if infection is not None:  # "a single case of mpox", a disease newer than WordNet
                self.sorts.setdefault("outbreak", set()).add(infection)
                continue
            if object_until is not None and word.start() < object_until:
                continue  # the thing a denied event was done to ("the counting of votes") is no sort
            acts = _acts_of(lower, passive)
            done_by_the_sort = bool(self.sorts) and not passive and _is_participle(lower)
            thing = _thing_object(outside, word.end()) if (acts or done_by_the_sort) and not passive else None
            if thing is not None:
                named_otherwise.update(a for a in acts if a not in self.sorts)  # "conducted a nuclear test"
                if self.sorts:  # "no cyberattack has disrupted our power supply": what it did narrows it
                    self.acted_on |= _things_acted_on(thing)
                    object_until = thing.end()
            for noun in acts:
                self.sorts.setdefault(noun, set())  # "not a single journalist has been killed": killing
            if _changes_government(outside, words, index):
                self.sorts.setdefault("coup", set())  # "an unconstitutional change of government"
            if following is not None and following.group().lower() in _ANY_EVENT \
                    and not outside[word.end() : following.start()].strip() and not lexicon.is_event_noun(lower) \
                    and (lexicon.noun_senses(lower) or lower.endswith("ing") and lexicon.verb_lemma(lower) != lower):
                # a noun or a verb's -ing ("bleaching"), not a word of no sense of its own ("cyber")
                self.before_any_event.add(lexicon.noun_lemma(lower))  # "no mass bleaching event": bleaching
                self.sorts.setdefault(lexicon.noun_lemma(lower), set())
                continue
            if _gerund_denied(outside, scope, word, following):  # "spared any mass bleaching": a verb's -ing
                self.before_any_event.add(lower)  # WordNet lacks as a noun names the sort, as before "event"
                self.sorts.setdefault(lower, set())
                continue
            if lower in _NOT_SORTS or not lexicon.is_event_noun(lower) or _an_adverb_here(words, index):
                continue
            if following is not None and not outside[word.end() : following.start()].strip() \
                    and following.group().lower() not in _NOT_SORTS and lexicon.is_event_noun(following.group().lower()):
                continue  # "a cartel bombing campaign": a campaign, which the bombing narrows
            if _an_infinitive(outside, words, index):  # "no shelter has had to close": closure, not "a close"
                for noun in lexicon.acts_of_verb(lower):
                    self.sorts.setdefault(noun, set())
                continue
            told = _told_before_such(words, index)
            if told is not None:  # "declared a famine …, the first such finding": a famine
                self.sorts.setdefault(told, set())
                continue
            classes = _classes_before(outside, words, index)
            if classes:
                self.classes[lower] = classes
            qualifiers = set()
            for before in reversed(words[max(0, index - 2) : index]):
                if outside[before.end() : words[index].start()].strip() and before is not words[index - 1]:
                    break
                if scope is not None and before.start() <= scope:
                    break  # "operated without a spill": the negation narrows nothing
                if not _is_qualifier(before.group()):
                    break
                qualifiers.add(lexicon.noun_lemma(before.group()))
            if lexicon.EXTENSION.get(lower, lower) != lower:
                qualifiers.add(lower)  # "no ransomware": an attack of that kind, not any attack
            self.sorts[lower] = qualifiers
            target = _ON_A_TARGET.match(outside, word.end())
            thing = _OBJECT_AFTER.match(outside, target.end() - 1) if target is not None else None
            if thing is not None and any(_is_qualifier(w) for w in thing["describing"].split()):
                self.acted_on |= _things_acted_on(thing)  # "no attack on the national payment system": a thing so
                # qualified narrows it ("its barracks" alone is left to the claim's places)
        occasions = _occasion_nouns(outside, scope)
        if set(self.sorts) - occasions:  # "has not needed rescue teams after an earthquake": no earthquake denied
            self.sorts = {noun: narrowing for noun, narrowing in self.sorts.items() if noun not in occasions}
        if set(self.sorts) - named_otherwise:
            self.sorts = {noun: narrowing for noun, narrowing in self.sorts.items() if noun not in named_otherwise}
        cause = _CAUSE.search(outside, scope or 0)
        caused = next((w for w in _LOWER_WORD.findall(outside[cause.end() :])[:_CAUSE_REACH] if w in self.sorts), None) \
            if cause is not None else None
        if caused is not None:  # "has not been shut down because of an earthquake": only an earthquake gainsays it
            self.sorts = {caused: self.sorts[caused]}
        # "nobody has been killed by an avalanche": only an avalanche that killed gainsays it
        self.deadly = bool(_deaths_told(outside if scope is None else _clause_at(outside, scope)))
        subject = _SUBJECT.search(outside, 0, scope) if scope is not None else None
        if subject is not None and (lexicon.is_disease(subject["noun"].lower()) or subject["noun"].lower() in diseases):
            self.sorts.setdefault("outbreak", set()).add(lexicon.noun_lemma(subject["noun"]))  # "cholera has not killed"
        elif subject is not None and not self.sorts and subject["noun"].islower() \
                and lexicon.is_event_noun(subject["noun"]) and subject["noun"] not in _NOT_SORTS:
            self.sorts[lexicon.noun_lemma(subject["noun"])] = set()  # "a lynching has not occurred": its subject
        self.narrowing = {noun: set(narrowing) for noun, narrowing in self.sorts.items()}  # before the people
        clause = outside if scope is None else _clause_at(outside, scope)
        counted = self.least[1] if self.least else None  # "displaced more than a million Pakistanis": a size, not who
        people = {lexicon.noun_lemma(w) for w in WORD.findall(clause) if _is_people(w)} - {counted}
        self.sorts = {noun: qualifiers | people for noun, qualifiers in self.sorts.items()}
        anchor = _ANCHOR_CLAUSE.match(outside, end)  # "since 2008, when ten people were killed in Kauhajoki"
        claimed = outside[: anchor.start()] + outside[_clause_end(outside, anchor.end()) :] if anchor else outside
        joined = _COORDINATED.match(claimed, _clause_end(claimed, end)) if not anchor else None
        claimed = claimed[: joined.start()] if joined else claimed  # "…, yet a warehouse in Lilongwe …": another clause's
        self.names = {w.lower() for w in WORD.findall(claimed[1:]) if w[0].isupper() and not _states_of(w)}
        # ("Croatian soil" names the claim's State, read below, not an event's name: "Croatian Mine Action Centre")
        self.places = _capitalised_words(claimed)  # with the first word: "Kampala has not been …"; not the anchor's
        self.spots = _spots_named(claimed, facilities_only=True)
        self.titles = _titled_things(claimed)
        # "Zambia has been …, and we help Malawi"; "Malaysian football has not …" is about Malaysia
        self.states = _states_of(clause) or _states_of(outside)
        self.speaker_states: set[str] = set()  # the writer's: an event "in our desert" is in them
        reported = _REPORTED.search(clause[: scope - clause_start]) if scope is not None and (
            clause_start := outside.find(clause)) >= 0 else None
        inner = clause[reported.end() :].strip() if reported else ""
        if inner and not _states_in(inner) and re.search(r"(?<!^)\b[A-Z][a-z]", inner):
            self.states = set()  # "Indonesia is proud that Southeast Asia has not …": the claim is about a region

    def matches(self, event: Event) -> bool:
        """Whether the event, or another happening its date governs, is of the claim's sort, or of
        the kind the claim's sort is one of ("the fire that engulfed Mati" may be a wildfire)."""
        return any(self._is_of_sort(happening, loose=True) for happening in (event, *event.happenings))

    def told_by_its_word(self, event: Event) -> bool:
        """Whether the event, or a happening its date governs, is told by one of the claim's own
        nouns or its verb ("flood", "flooded"), not only by a word of that sort ("torrent")."""
        nouns = {lexicon.noun_lemma(noun) for noun in self.sorts}
        return any(nouns & ({h.kind, lexicon.noun_lemma(h.noun.lower())} | set(h.words)) for h in (event, *event.happenings))

    def names_its_sort(self, event: Event) -> bool:
        """Whether the event is surely of the claim's sort, not only of a kind it is one of."""
        return any(self._is_of_sort(happening, loose=False) for happening in (event, *event.happenings))

    def _is_of_sort(self, event: Event, loose: bool) -> bool:
        if event.clause and self.done is not None and _same_verb(self.done.verb, event.kind) and (
                self.done.done_to & event.words or loose and _akin_persons(self.done.done_to, event.words)):
            return True  # "has not run out of water" and "ran out of fresh water"; "no child" and "six girls", maybe
        if event.clause and self.deed is not None and self.deed[1] in event.words \
                and (self.deed[0] == event.kind or _finds(self.deed[0]) and lexicon.is_event_verb(event.kind)):
            return True  # "no school has received a hoax threat" and "schools … received fake bomb threats";
            # "has not detected a plantation" and "officers destroyed a plantation": it was found
        if event.clause:  # the clause's acts and event nouns; its other nouns ("pupils") only narrow it
            candidates = {w for w in event.words if lexicon.is_event_noun(w)} | (event.words & lexicon.INFERRED_KINDS)
        else:
            candidates = {event.kind, event.noun.lower()} | (event.words & lexicon.INFERRED_KINDS)
            if lexicon.meaning_words(event.kind) & _GROWTH_OR_START:  # "an escalation of hostilities": hostilities
                candidates |= {q for q in event.qualifiers if lexicon.is_event_noun(q)}
        diseases = {w for w in event.words if lexicon.is_disease(w)} - lexicon.GENERIC_DISEASES
        for noun, qualifiers in self.sorts.items():
            narrowing = self.narrowing.get(noun, set())
            if narrowing and event.clause and not _shared(narrowing, event.qualifiers | event.words) \
                    and not _of_manner(narrowing) and not _of_motive(narrowing) \
                    and not any(_akin(one, other) for one in narrowing for other in event.words):
                continue  # "no car bomb attack" and "a drone struck a helicopter": told, and not of that sort
                # ("no dam collapse" and "a reservoir embankment gave way": an embankment is akin to a dam)
            if noun in self.classes and not _classed_alike(self.classes[noun], event):
                continue  # "the first local elections since 1988" and "the elections of 2015": of no class said
            if diseases and narrowing and narrowing <= lexicon.GENERIC_DISEASES and _a_spread(event) \
                    and all(self._carried_by(d) for d in diseases):
                return True  # "no outbreak of any mosquito-borne disease" and "dengue cases were confirmed"
            if qualifiers and event.qualifiers and not _shared(qualifiers, event.qualifiers | event.words) \
                    and not _of_manner(event.qualifiers) and not (_of_place(event.qualifiers) and _of_motive(qualifiers)) \
                    and not any(_akin(one, other, levels=1) for one in qualifiers for other in event.qualifiers):
                # "measles" against a "cholera" outbreak; not "river" against a "flash" flood, nor
                # "terror" against a "mall" attack, nor "disease" against an outbreak of "illness"
                continue
            if qualifiers and diseases and not _shared(qualifiers, diseases):
                continue  # "cholera" against "the dengue epidemic", whose disease the parse gave no noun
            if noun in self.before_any_event and noun in event.words:
                return True  # "no mass bleaching event" and "the mass bleaching that hit the reef"
            if any(lexicon.same_sort(noun, c) for c in candidates) or event.clause and event.words & lexicon.idioms_of(noun):
                return True  # "no pump has failed" and "the levee gave way" (give_way, a way to fail)
            if loose and any(lexicon.noun_lemma(c) in lexicon.kinds_of(noun) or lexicon.a_later_sense_is_a_kind_of(noun, c)
                             for c in candidates if c):
                return True  # "no wildfire" and "the fire that engulfed Mati": a kind a wildfire is one of; "no
                # armed clashes" and "troops fought": a clash, by a later sense, is a fight
            if loose and _a_disorder(noun) and any(
                    _a_disorder(c) or "violence" in lexicon.meaning_words(c) for c in candidates if c):
                return True  # "free of civil unrest" and "riots left 200 dead": both states of disorder
            if event.clause and any(lexicon.has_a_sense_of_kind(w, noun) for w in event.words - candidates):
                return True  # "no earthquake" and "two violent shocks levelled …": a sense of "shock" is one
            if event.clause and lexicon.named_by_its_verb(noun, event.kind, event.words):
                return True  # "no landslide" and "mud and rock slid down onto the hamlet": a landslide is a slide
            if not event.clause and lexicon.noun_lemma(noun) in event.qualifiers and _is_instance(event.kind):
                return True  # "famine-free" and "famine conditions"; not "the flood relief conference"
            if _shared(narrowing, event.qualifiers | event.words) \
                    and not _acts_among(event.qualifiers) - qualifiers - set(self.sorts) \
                    and (event.clause or lexicon.is_event_noun(event.kind) and not _a_thing_named(event.noun)):
                return True  # "cholera cases" and "the cholera outbreak"; not "the diphtheria vaccination drive",
                # nor, by the people alone, "opened fire on miners" and "a cage fell, killing 13 miners", nor a
                # body that shares the word ("a cyber incident" and "the 2021 National Cyber Security Agency")
        return False

    def _carried_by(self, disease: str) -> bool:
        """Whether WordNet's definition of a disease names every carrier the claim gives ("dengue:
        … transmitted by mosquitoes")."""
        db = lexicon.wordnet()
        told = {lexicon.noun_lemma(w) for s in lexicon.noun_senses(disease)[:1] for w in db.gloss_words(s)} if db else set()
        return self.carriers <= told

    def relevant(self, events: list[Event], sentence_of: Callable[..., str], told_before: Callable[[Event], str]) -> list[Event]:
        """The events of the claim's sort in its place (`in_its_place`). An event whose sentence calls
        it minor is not one when the claim denies major ones."""
        same = [e for e in events if self.matches(e)]
        if self.acted_on:  # "no cyberattack has disrupted our power supply" and "criminals encrypted a hospital's records"
            same = [e for e in same if self._names_its_thing(sentence_of(e))]
        if self.doers:  # "no vehicle has damaged the lines" and "heavy rains damaged the walls": not by a vehicle
            same = [e for e in same if any(_akin(doer, lexicon.noun_lemma(w)) for doer in self.doers
                                           for w in WORD.findall(sentence_of(e).lower()))]
        diseases = {q for qualifiers in self.narrowing.values() for q in qualifiers if lexicon.is_disease(q)} \
            - lexicon.GENERIC_DISEASES
        if diseases:  # "no case of dengue" and "the 2019 outbreak in Nuku'alofa": of a disease the paper does not say
            same = [e for e in same if _shared(diseases, _diseases_of(sentence_of(e)) or _diseases_of(told_before(e))[-1:])]
        if self.done is not None and (persons := _persons(self.done.done_to)) and persons == set(self.done.done_to):
            same = [e for e in same if _names_the_persons(sentence_of(e), persons)]  # "no customs officer has been charged"
            # (not "our farmers have been spared any flooding": what the claim denies is the flood)
        if self.deadly:
            same = [e for e in same if _deaths_told(sentence_of(e))]
        if self.least is not None:
            same = [e for e in same if not _below(sentence_of(e), *self.least)]
        if self.least is not None and self.done is not None and _of_change(self.done.verb):
            same = [e for e in same if _sizes(sentence_of(e), self.least[1])]  # "has not risen above 7 percent": to what
        if self.severe or self.least is not None:  # "no flood has displaced more than 1,000 people": not a small one
            same = [e for e in same if not _is_mild(sentence_of(e))]
        if self.titles:  # "no Labour Force Survey since 2015" and "a 2021 survey of fishing households": another survey
            same = [e for e in same if not (titled := self._titled_as(e)) or titled <= set(WORD.findall(sentence_of(e)))]
        return self.in_its_place(same, sentence_of)

    def _titled_as(self, event: Event) -> set[str]:
        """The words of the title the claim gives to the event's thing ("Labour Force" for a survey), if any."""
        nouns = {event.kind, lexicon.noun_lemma(event.noun.lower()), *event.words}
        return next((words for noun, words in self.titles.items() if noun in nouns), set())

    def in_its_place(self, events: list[Event], sentence_of: Callable[..., str]) -> list[Event]:
        """The events told of the claim's place: those named after a place the claim names, else
        those whose sentence names no other place, nor other States (in a clause hung on it after
        it), and is not abroad."""
        named = [e for e in events if self.names & {w.lower() for w in WORD.findall(e.label)}]
        places = {name for name in self.places - {s.lower() for s in self.states} if _is_place(name)}
        same = events
        if self.spots:  # "the Kivu highway has seen no ambush" and "a convoy was ambushed near Mbeya": elsewhere
            # (the claim's own "in Kivu" may hold Mbeya, so only a named road, port or site counts)
            same = [e for e in same if not (spots := _spots_named(sentence_of(e))) or spots & self.spots]
        if places:  # "Kampala has not been affected …" and "the landslide at Bududa": another place's
            same = [e for e in same if places & (where := _capitalised_words(e.label) | {  # "Idai struck Beira"
                w for w in _capitalised_words(sentence_of(e)) if _is_place(w)}) or not where and not _in_regions(sentence_of(e))]
        if self.states:
            same = [e for e in same if not ((states := self._states_told(sentence_of(e, True))) and not states & self.states)]
        same = [e for e in same if not _abroad(sentence_of(e))]
        return named or same

    def _names_its_thing(self, sentence: str) -> bool:
        """Whether a sentence names the thing the claimed event was done to, by its word or one of
        its nearest kind ("power lines"; "the records of the tax office" are no water supply). When
        the claim's thing is qualified ("the national payment system"), a word the sentence qualifies
        otherwise ("the records system") names another thing."""
        words = WORD.findall(sentence.lower())
        told = {lexicon.noun_lemma(w) for i, w in enumerate(words) if not (
            len(self.acted_on) > 1 and i and _is_qualifier(words[i - 1])
            and lexicon.noun_lemma(words[i - 1]) not in self.acted_on)}
        return _shared(self.acted_on, told) or any(_akin(one, other, levels=1) for one in self.acted_on for other in told)

    def _states_told(self, sentence: str) -> set[str]:
        """The States an event's sentence names, not those it comes "from"; with the writer's when it
        happened "in our" land ("a drone struck a base in our desert, killing three American soldiers")."""
        where = _FROM_A_PLACE.sub(" ", sentence)
        states = _states_in(where) | _states_of_cities(where) | _states_of_adjectives(where)
        return states | self.speaker_states if _in_our_land(sentence) else states


def _denied_in_parse(document, sentence, negation: int | None, time_phrase: int) -> Deed | None:
    """The deed a claim's negation denies, else the one that would have broken the state the claim
    says was kept before its time phrase, read from the parse of its sentence."""
    doc = parsed_sentence(document, sentence)
    if doc is None:
        return None
    denied = denied_deed(doc, sentence.start, negation) if negation is not None else None
    return denied or broken_state(doc, sentence.start, time_phrase)


def _deeds_done(document, denied: Deed, claim_sentence) -> list[Event]:
    """The dated sentences' deeds of the same verb done to a thing of the same word, as events."""
    return [event for event, _ in _deeds_done_by(document, denied, claim_sentence)]


def _deeds_done_by(document, denied: Deed, claim_sentence) -> list[tuple[Event, str]]:
    """The events of `_deeds_done`, each with who did it (`Deed.doer`)."""
    if _DEEDS_KEY not in document.cache:  # read once a paper, whatever the number of its claims
        document.cache[_DEEDS_KEY] = [(sentence, deed, verb) for sentence, doc in parsed_docs(document, names_a_year)
                                      for deed, verb in done_deeds(doc, sentence.start)]
    found = []
    for sentence, deed, verb in document.cache[_DEEDS_KEY]:
        dated = year_of(verb) if sentence is not claim_sentence and _same_deed(denied, deed) else None
        if dated is not None:
            found.append((Event(deed.verb, dated[0], "", " ".join(document.text[deed.start : deed.end].split()), "",
                                deed.start, deed.end, dated[1], words=deed.done_to, clause=True), deed.doer))
    return found


_DEEDS_KEY = "temporal.deeds"  # the deeds of the paper's dated sentences, with their sentence and verb


def _same_deed(denied: Deed, done: Deed) -> bool:
    """The same verb (any, after a verb of finding) done to a thing of the same word, or of a thing
    its adjective pertains to ("the rains have not failed" and "rainy seasons failed"), or to people
    of one kind ("not one child has been recruited" and "a network had recruited six girls")."""
    return _same_verb(denied.verb, done.verb) and (
        bool(denied.done_to & (done.done_to | done.described)) or _akin_persons(denied.done_to, done.done_to))


def _same_verb(denied: str, done: str) -> bool:
    """The same verb, or one of change the same way ("risen" and "climbed"), or, after a verb of
    finding, a deed against the thing ("no laboratory has been found" and "officers dismantled a
    laboratory": it was found; not "opened a laboratory"), or two verbs of bringing a thing into
    being ("created", "established")."""
    return denied == done or any(_changes_in(denied, way) and _changes_in(done, way) for way in _OPPOSITE) \
        or _finds(denied) and any(kinds & _AGAINST for kinds in lexicon.verb_kinds(done, 2, 1)) \
        or _brings_into_being(denied) and _brings_into_being(done) or _synonyms(denied, done)


def _synonyms(one: str, other: str) -> bool:
    """Two verbs that share a WordNet synset among their first senses: "hurt" and "injured" (stop 55)."""
    db = lexicon.wordnet()
    return db is not None and any(other in sense.words for sense in db.senses(one, "verb")[:_SYNONYM_SENSES]) \
        and any(one in sense.words for sense in db.senses(other, "verb")[:_SYNONYM_SENSES])


# How deep into a verb's senses a shared synset makes two verbs one deed: "hurt" meets "injure" at its fourth.
_SYNONYM_SENSES = 4


# Verbs that bring a thing into being: "no new park has been created" and "we established a park".
_BRINGING_INTO_BEING = frozenset({"create", "establish", "found", "set_up", "build", "construct", "open", "launch",
                                  "inaugurate", "commission", "introduce"})


def _brings_into_being(verb: str) -> bool:
    """A verb whose first two senses are, or are kinds of, bringing a thing into being."""
    return any(kinds & _BRINGING_INTO_BEING for kinds in lexicon.verb_kinds(verb, 2, 1))


def _of_change(verb: str) -> bool:
    """A verb of rising or falling."""
    return any(_changes_in(verb, way) for way in _OPPOSITE)




def _akin_persons(some: Collection[str], others: Collection[str]) -> bool:
    """Whether two sets of nouns name people of one kind ("child" and "girl")."""
    return any(_akin(one, other, levels=2) for one in _persons(some) for other in _persons(others))


def _persons(nouns: Collection[str]) -> set[str]:
    """The nouns whose first sense is a person ("child", "officer")."""
    return {n for n in nouns if (senses := lexicon.noun_senses(n)[:1]) and senses[0].file == "noun.person"}


def _names_the_persons(sentence: str, persons: set[str]) -> bool:
    """Whether a sentence names people of a kind the claim says nothing befell ("two port managers"
    are no customs officers)."""
    return any(_akin(person, lexicon.noun_lemma(w), levels=2) for w in WORD.findall(sentence.lower())
               for person in persons if _persons({lexicon.noun_lemma(w)}))


def _diseases_of(text: str) -> list[str]:
    """The diseases a text names, in order ("measles", "polio"; not "disease" itself)."""
    return [lemma for w in WORD.findall(text.lower())
            if lexicon.is_disease(w) and (lemma := lexicon.noun_lemma(w)) not in lexicon.GENERIC_DISEASES]


def _deaths_told(text: str) -> bool:
    """Whether a text tells of deaths, by a verb of dying or killing ("drowned", "were killed") or
    a word for a death ("lives", "dead")."""
    db = lexicon.wordnet()
    return bool(_DEATH_WORDS.search(text)) or db is not None and any(
        (verb := db.lemma(word, "verb")) is not None and _of_dying(verb)
        and (verb != word or not (db.lemma(word, "noun") or db.is_adjective(word) or db.is_adverb(word)))  # not "gone down"
        for word in _LOWER_WORD.findall(text) if word not in _NOT_DYING)


_DEATH_WORDS = re.compile(r"\b(?:deaths?|dead|lives|fatalit(?:y|ies)|(?:loss\s+of|a\s+single|any)\s+(?:human\s+)?life)\b",
                          re.IGNORECASE)
_NOT_DYING = {"execute", "executed", "executes"}  # carrying out a plan, far more often than an execution


def _of_dying(verb: str) -> bool:
    """Whether one of a verb's first senses is dying or killing, or a kind of them ("perish",
    "drown", "massacre")."""
    return any({"die", "kill"} & kinds for kinds in lexicon.verb_kinds(verb, senses=3, depth=2))


def _a_spread(event: Event) -> bool:
    """An event that is a disease spreading: an outbreak, cases or infections, or the disease itself
    ("the dengue epidemic", "measles cases"); not a campaign against it."""
    return event.kind in lexicon.GENERIC_DISEASES | {"case"} or lexicon.is_disease(event.kind)


# A describing word that names what carries a disease: "mosquito-borne", "waterborne".
_CARRIED = re.compile(r"([a-z]+?)-?borne")


def _in_our_land(sentence: str) -> bool:
    """Whether a sentence places what it tells in the writer's own land: "in our north-eastern
    desert", "on our border"; not "in our view"."""
    db = lexicon.wordnet()
    for found in _OUR.finditer(sentence):
        words = found["words"].lower().split()
        for position, word in enumerate(words):
            if db is not None and db.is_adjective(word) and position + 1 < len(words) \
                    and lexicon.noun_senses(words[position + 1]):
                continue  # "our north-eastern desert"
            senses = lexicon.noun_senses(word)
            if senses and senses[0].file in _PLACE_FILES | {"noun.object"} and word not in _WIDER_THAN_A_STATE:
                return True
            break
    return False


_WIDER_THAN_A_STATE = {"region", "regions", "subregion", "continent", "hemisphere", "neighbourhood", "neighborhood", "world"}


_OUR = re.compile(r"\b(?:in|on|at|across|along|near|into|over)\s+our\s+(?P<words>(?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)


# Words that make a claim deny only the grave events of its sort ("no major earthquake"), and
# words that make an event a light one ("a minor tremor … nobody was injured").
_SEVERE = {"major", "serious", "deadly", "severe", "significant", "large", "big", "devastating",
           "catastrophic", "fatal", "destructive", "violent", "strong", "massive", "lethal"}
_MILD = re.compile(
    r"\b(?:minor|small|slight|mild|light|weak|brief)\s+(?P<what>[a-z]+)\b"
    r"|\b(?:was|were)\s+(?:\w+ly\s+)?(?:minor|small|slight|mild|light|weak|brief)\b"
    r"|\b(?:no\s+one|nobody|none)\s+(?:was|were)\s+(?:hurt|injured|killed)\b"
    r"|\bno\s+(?:casualties|deaths|injuries|victims)\b|\bwithout\s+(?:casualties|loss\s+of\s+life)\b",
    re.IGNORECASE,
)


# "a million", "2.5 million", "five hundred": the word that multiplies a figure.
_MULTIPLIERS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}
# A scale a claim denies ("more than 100,000 people", "stronger than magnitude 7"), and the
# figures an event's sentence gives in the same unit ("displaced some 12,000 people", "measured 6.4").
_NUMBER = r"(?P<number>(?:\d[\d,]*(?:\.\d+)?|(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_UNITS) + r"))?|" \
    + "|".join(w for w in _NUMBER_WORDS if w.isalpha() and len(w) > 2) + r")(?:\s+(?:" + "|".join(_MULTIPLIERS) + r"))?" \
    + r"|an?\s+(?:" + "|".join(_MULTIPLIERS) + r"))"
_LEAST_SCALE = re.compile(
    r"\b(?:more\s+than|over|above|stronger\s+than|greater\s+than|larger\s+than|at\s+least)\s+(?:(?P<magnitude>magnitude|category)\s+)?"
    + _NUMBER + r"(?:\s+(?P<unit>[a-z]+))?", re.IGNORECASE)


def _least_scale(text: str) -> tuple[float, str] | None:
    """The least size a claim denies, with its unit: (100000.0, "people"), (7.0, "magnitude")."""
    match = _LEAST_SCALE.search(text)
    value = _figure(match["number"]) if match else None
    if match is None or value is None:
        return None
    unit = match["magnitude"].lower() if match["magnitude"] else (match["unit"] or "").lower()
    return (value, lexicon.noun_lemma(unit)) if unit and not re.fullmatch(_UNIT, unit, re.IGNORECASE) else None


def _figure(text: str) -> float | None:
    plain = text.replace(",", "").lower()
    *number, last = plain.split()
    if last in _MULTIPLIERS:
        value = _figure(" ".join(number)) if number and number != ["a"] and number != ["an"] else 1.0
        return value * _MULTIPLIERS[last] if value is not None else None
    try:
        return float(plain)
    except ValueError:
        return _number_words(plain)


def _below(sentence: str, least: float, unit: str) -> bool:
    """Whether an event's sentence gives its size in the claim's unit, or in a kind of it ("sixty
    herders" for "people"), and every such figure is smaller than the size the claim denies."""
    figures = _sizes(sentence, unit)
    return bool(figures) and max(figures) < least


def _sizes(sentence: str, unit: str) -> list[float]:
    """The figures a sentence gives in a unit, or in a kind of it."""
    if unit in {"magnitude", "category"}:
        pattern = r"(?:" + unit + r"|measured|measuring)\s+(?:of\s+)?(?:about\s+|some\s+)?" + _NUMBER
        matches = list(re.finditer(pattern, sentence, re.IGNORECASE))
    else:
        pattern = _NUMBER + r"\s+(?P<counted>[a-z]+)\b"
        matches = [m for m in re.finditer(pattern, sentence, re.IGNORECASE) if _counts_in(m["counted"], unit)]
    return [f for m in matches if (f := _figure(m["number"])) is not None]


def _counts_in(noun: str, unit: str) -> bool:
    """Whether a counted noun is the claim's unit or a kind of it: "herders" are "people"."""
    lemma = lexicon.noun_lemma(noun)
    if lemma == unit:
        return True
    if unit in {"people", "person"}:
        return _is_people(noun)
    return unit in lexicon.meaning_words(noun)


def _is_mild(sentence: str) -> bool:
    """Whether a sentence calls its event a light one: "a minor tremor", "nobody was injured";
    not "a gallery caved in at a small mine"."""
    return any(not m["what"] or lexicon.is_event_noun(m["what"]) for m in _MILD.finditer(sentence))


# Event nouns that stand for time or manner in a claim, not the sort of event it denies.
_NOT_SORTS = {"time", "history", "scale", "record", "way", "period", "year", "part", "course", "hit", "landfall"}


def _an_adverb_here(words: list[re.Match[str]], index: int) -> bool:
    """A word WordNet knows as an adverb and never as a verb, with no determiner before it to make it
    a noun: "has disappeared altogether", not "in the altogether"."""
    db, word = lexicon.wordnet(), words[index].group().lower()
    return db is not None and db.is_adverb(word) and not db.senses(lexicon.verb_lemma(word), "verb") and (
        index == 0 or words[index - 1].group().lower() not in _DETERMINERS_OF_A_NOUN)  # not "forced … to close"


_DETERMINERS_OF_A_NOUN = frozenset("the a an any no this that every each".split())


# What a coup is in WordNet ("a sudden and decisive change of government illegally or by force"):
# a change or a taking whose object is the government or power. Adjectives that make it lawful
# ("a peaceful change of government") make it something else.
_GOVERNMENT = {"government", "power", "regime"}
_LAWFUL = {"peaceful", "democratic", "constitutional", "orderly", "lawful", "legal", "smooth", "electoral"}


def _changes_government(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether the word at `index` opens "change of government", "seizure of power", or is a verb
    of taking or overthrowing before "power" or "the government" ("seize power") (a coup)."""
    if index + 1 < len(words) and _takes(words[index].group().lower()):
        following = [w.group().lower() for w in words[index + 1 : index + 3]]
        if following[:1] and (following[0] in _GOVERNMENT or following[0] in {"the", "its", "our", "their"}
                              and following[1:] and following[1] in _GOVERNMENT):
            return True
    if index + 2 >= len(words) or words[index + 1].group().lower() != "of":
        return False
    between = text[words[index].end() : words[index + 2].start()]
    if words[index + 2].group().lower() not in _GOVERNMENT or re.search(r"[,;:]", between):
        return False
    if index > 0 and words[index - 1].group().lower() in _LAWFUL:
        return False
    return bool(lexicon.meaning_words(words[index].group()) & {"change", "acquiring", "capture", "takeover"})


def _takes(word: str) -> bool:
    """A verb whose first senses WordNet files as taking or overthrowing ("seize", "topple", "grab")."""
    db = lexicon.wordnet()
    verb = db.lemma(word, "verb") if db is not None else None
    if db is None or verb is None:
        return False
    senses = db.senses(verb, "verb")[:2]
    kinds = {w for s in senses for w in s.words} | {w for s in senses for h in s.hypernyms for w in db.sense(h, "verb").words}
    return bool(kinds & _TAKING_POWER)


_TAKING_POWER = frozenset({"seize", "usurp", "overthrow", "topple", "depose", "oust", "subvert", "grab", "take_over", "capture"})


# The noun just before a negated auxiliary: the claim's subject ("cholera has not killed anyone").
_SUBJECT = re.compile(r"(?<![\w'’-])(?P<noun>[A-Za-z]+)\s+(?:has|have|had|did|does|do|was|were|is|are)\s+$")
# The last "that" before a claim: the clause after it is what is claimed ("officials stress that …").
_REPORTED = re.compile(r".*\bthat\s", re.IGNORECASE | re.DOTALL)


def _shared(claimed: Collection[str], named: Collection[str]) -> bool:
    """Whether a claim's narrowing word is among an event's, or begins one ("polio" and the
    "poliovirus case")."""
    return any(word == other or len(word) >= 5 and other.startswith(word) for word in claimed for other in named)


def _of_manner(qualifiers: Collection[str]) -> bool:
    """Whether the nouns narrowing an event say only how or when it happened ("flash", "spring":
    events and times in WordNet), not where, whom or what caused it ("storm", a phenomenon, makes a
    storm flood another sort than a river flood): a "flash flood" is still a river flood."""
    return _all_in_files(qualifiers, _MANNER_FILES)


_MANNER_FILES = {"noun.event", "noun.time"}


def _of_place(qualifiers: Collection[str]) -> bool:
    """Whether the nouns narrowing an event say only where it happened ("mall", "church": a
    building or a place in WordNet)."""
    return _all_in_files(qualifiers, _PLACE_FILES)


def _of_motive(qualifiers: Collection[str]) -> bool:
    """Whether the nouns narrowing a claim say only why or how its events are done ("terror",
    "suicide": a feeling, a motive or an act): a "mall attack" may be the "terror attack" a claim
    denies, though not the "school attack" another denies."""
    return _all_in_files(qualifiers, _MOTIVE_FILES)


def _all_in_files(nouns: Collection[str], files: set[str]) -> bool:
    found = [senses[0].file for noun in nouns if (senses := lexicon.noun_senses(noun))]
    return bool(found) and len(found) == len(nouns) and all(f in files for f in found)


_MOTIVE_FILES = {"noun.feeling", "noun.motive", "noun.act"}
_PLACE_FILES = {"noun.artifact", "noun.location"}


@lru_cache(maxsize=4096)
def _a_disorder(noun: str) -> bool:
    """A state of public disorder ("unrest", "turmoil", "chaos"), which WordNet files as a state,
    apart from the riots and violence that make one; not a bodily disorder ("choking")."""
    db = lexicon.wordnet()
    senses = lexicon.noun_senses(noun)[:1]
    return db is not None and bool(senses) and senses[0].file == "noun.state" and any(
        "disorder" in kind.words and any("state" in db.sense(h).words for h in kind.hypernyms)
        for kind in (senses[0], *db.ancestors(senses[0], 3)))


def _is_instance(kind: str) -> bool:
    """A head noun that stands for an occurrence of what narrows it ("famine conditions", "cholera
    cases": a state or an event in WordNet), not for what was done about it ("relief", "conference")."""
    senses = lexicon.noun_senses(kind)
    return bool(senses) and senses[0].file in {"noun.state", "noun.event"}


def _acts_among(nouns: frozenset[str]) -> set[str]:
    """The nouns whose first sense is an act ("vaccination"): a qualifier that names what was done."""
    return {n for n in nouns if (senses := lexicon.noun_senses(n)) and senses[0].file == "noun.act"}


def _clause_at(text: str, position: int) -> str:
    """The stretch of a sentence between the punctuation marks around a position: "… for the
    past ten years, and our borders are safe for travellers" is not about travellers."""
    start = max(text.rfind(mark, 0, position) for mark in ",;:") + 1
    return text[start : _clause_end(text, position)]


# A time phrase that opens its sentence, set off by a comma before the clause it dates.
_FRONTED = re.compile(r",\s+(?!(?:and|but|while|whereas|yet|which|who)\b)")


def _clause_end(text: str, position: int) -> int:
    """Where the stretch of a sentence around a position ends: at the next comma, semicolon or colon."""
    return min((end for end in (text.find(mark, position) for mark in ",;:") if end >= 0), default=len(text))


# Words for any event: the word before one names the claim's sort ("a mass bleaching event").
_ANY_EVENT = {"event", "events", "incident", "incidents", "episode", "episodes"}
# What an event noun is a kind of when its "of" names the happening itself: "an escalation of
# hostilities", "a resumption of fighting", "a series of raids".
_GROWTH_OR_START = frozenset({"increase", "beginning", "repetition", "series"})


def _modifies(word: str, following: str, then: str | None = None) -> bool:
    """True when `word` is an adjective WordNet lists and the word after it a noun it lists, or an
    adjective before one (`then`): "a single fatal assault" ("single" is no event, though a hit in
    baseball is one); not "has sunk on Lake Orra"."""
    db = lexicon.wordnet()
    if db is None or not db.is_adjective(word):
        return False
    return bool(db.lemma(following, "noun")) or then is not None and db.is_adjective(following) and bool(db.lemma(then, "noun"))


@lru_cache(maxsize=4096)
def _akin(one: str, other: str, levels: int = 3) -> bool:
    """Two nouns of one kind within three levels up WordNet (a dam and an embankment: structures),
    a kind narrower than the most general ones (a bomb and a boat are both only instrumentalities)."""
    return bool(_near_kinds(one, levels) & _near_kinds(other, levels) - _TOO_GENERAL)


_TOO_GENERAL = frozenset({"entity", "physical_entity", "abstraction", "abstract_entity", "object", "physical_object",
                          "whole", "unit", "artifact", "artefact", "instrumentality", "instrumentation", "matter",
                          "thing", "group", "grouping", "attribute", "relation", "psychological_feature", "event"})


@lru_cache(maxsize=4096)
def _near_kinds(noun: str, levels: int) -> frozenset[str]:
    db = lexicon.wordnet()
    if db is None:
        return frozenset()
    return frozenset(word for sense in lexicon.noun_senses(noun)[:2] for kind in (sense, *db.ancestors(sense, levels))
                     for word in kind.words)


def _next_word(text: str, words: list[re.Match[str]], index: int) -> str | None:
    """The word after `words[index]` when only a space parts them."""
    if index + 1 >= len(words) or text[words[index].end() : words[index + 1].start()].strip():
        return None
    return words[index + 1].group()


def _case_of(words: list[re.Match[str]], index: int) -> str | None:
    """The disease a "case of" names when WordNet does not list it ("a case of mpox"); one it lists
    as a disease is read on its own."""
    if words[index].group().lower() not in {"case", "cases"} or index + 2 >= len(words) \
            or words[index + 1].group().lower() != "of":
        return None
    named = words[index + 2].group().lower()
    return named if _newer_than_wordnet(named) else None


def _agent(text: str, words: list[re.Match[str]], index: int) -> str | None:
    """The noun that does a passive's deed, from `words[index]` on ("by falling debris": debris),
    when it is no event (an event, "by a cyclone", gives a sort of its own)."""
    for offset in range(index, min(index + 3, len(words))):
        word = words[offset].group().lower()
        if offset > index and text[words[offset - 1].end() : words[offset].start()].strip():
            return None
        if lexicon.noun_senses(word) and not _modifies(word, words[offset + 1].group() if offset + 1 < len(words) else ""):
            return None if lexicon.is_event_noun(word) else lexicon.noun_lemma(word)
    return None


# "No vehicle has", "No shelter in Tapachula has had": a negated subject, perhaps placed, and its verb.
_NEGATED_SUBJECT = re.compile(r"(?:no|not\s+one|not\s+a\s+single)\s+(?P<noun>[a-z]+)(?:\s+(?:in|at|on|of)(?:\s+[\w'’-]+){1,3}?)?"
                              r"\s+(?:has|have|had|was|were|is|are|ever|yet)\b", re.IGNORECASE)


# A clause hung on a claim's time phrase, which tells the event the window starts at: its names
# and places are the anchor's, not the claim's.
_ANCHOR_CLAUSE = re.compile(r"\s*,\s*(?:when|after)\b")


def _thing_subject(text: str, scope: int | None) -> set[str]:
    """The thing a negation makes the subject ("No vehicle has damaged the lines": vehicle): only
    an event it did gainsays the claim. Not a person or a group, whom the claim's people narrow,
    nor an event ("no flood has …" names the sort itself)."""
    subject = _NEGATED_SUBJECT.match(text, scope) if scope is not None else None
    if subject is None:
        return set()
    word = subject["noun"].lower()
    senses = lexicon.noun_senses(word)[:1]
    return {lexicon.noun_lemma(word)} if senses and senses[0].file in {"noun.artifact", "noun.object", "noun.substance"} \
        and not lexicon.is_event_noun(word) else set()


# "after an earthquake", "during the storms", "for a drug offence": the occasion or the reason of
# what a claim denies, up to a pause.
_OCCASION = re.compile(r"\b(?:after|before|during|following|amid|for)\s+(?P<occasion>[^,;:.]*)", re.IGNORECASE)


def _occasion_nouns(text: str, scope: int | None) -> set[str]:
    """The event nouns of the occasions and reasons after a claim's negation ("… teams after an
    earthquake", "has not hanged anyone for a political offence")."""
    return {lexicon.noun_lemma(w) for m in _OCCASION.finditer(text, scope or 0)
            for w in _LOWER_WORD.findall(m["occasion"]) if lexicon.is_event_noun(w)}


def _an_infinitive(text: str, words: list[re.Match[str]], index: int) -> bool:
    """A verb's base form straight after "to" ("has had to close"), read as the verb."""
    db, word = lexicon.wordnet(), words[index].group().lower()
    return index > 0 and text[words[index - 1].end() : words[index].start()] == " " \
        and words[index - 1].group().lower() == "to" and db is not None and db.lemma(word, "verb") == word


def _infinitive_of_a_capacity(text: str, words: list[re.Match[str]], index: int) -> bool:
    """An infinitive after a noun WordNet first knows as an attribute or a state ("the right to
    strike", "the freedom to protest"): what it allows, not an event that happened. Not after a
    noun of another kind ("a return to war")."""
    if index < 2 or text[words[index - 2].end() : words[index - 1].start()] != " " or not _an_infinitive(text, words, index):
        return False
    senses = lexicon.noun_senses(words[index - 2].group().lower())[:1]
    return bool(senses) and senses[0].file in {"noun.attribute", "noun.state"}


def _thing_object(text: str, end: int) -> re.Match[str] | None:
    """The object, when a verb ending at `end` takes one that is no person ("conducted a nuclear
    test", "issued an announcement"; not "killed two villagers"): it, not the verb, names the sort."""
    found = _OBJECT_AFTER.match(text, end)
    return found if found is not None and not _is_people(found["noun"]) else None


_ON_A_TARGET = re.compile(r"\s+(?:on|against|targeting)\s")
_OBJECT_AFTER = re.compile(r"\s+(?:(?:a\s+single|a|an|the|its|their|his|her|our|any|some|two|three|several)\s+)?"
                           r"(?P<describing>(?:[a-z-]+\s+){0,2}?)"
                           r"(?P<noun>[a-z]+)\b(?=\s*(?:[,.;:]|$)|\s+(?:for|in|since|over|during|this|these|at|on|with|to)\b)")


def _things_acted_on(phrase: re.Match[str]) -> set[str]:
    """The nouns of what a claimed event was done to ("our power supply": power, supply), when it is
    a thing: not a person or a place, which the claim's people and places narrow, nor an event."""
    nouns = [*(w for w in phrase["describing"].split() if _is_qualifier(w)), phrase["noun"]]
    return {lexicon.noun_lemma(n) for n in nouns if n.islower() and (senses := lexicon.noun_senses(n)[:2])
            and not any(s.file in {"noun.person", "noun.location", "noun.object"} for s in senses)
            and not lexicon.is_event_noun(n)}


def _finds(verb: str) -> bool:
    """A verb of finding ("detect", "discover", "uncover", "find"): what is done to a thing shows it was found."""
    return any(kinds & _FINDING for kinds in lexicon.verb_kinds(verb, 2, 1))


_FINDING = frozenset({"discover", "find", "detect", "uncover"})
# Deeds done against a thing, which show it was found: destroyed, seized, raided, shut, arrested.
_AGAINST = _FINDING | {"destroy", "attack", "seize", "confiscate", "impound", "close", "stop", "apprehend", "arrest",
                       "break_up", "raid", "capture", "intercept"}


def _deed_denied(text: str, scope: int | None) -> tuple[str, str] | None:
    """The verb and object a negated claim says were never done: "no Latvian school has received a
    hoax threat" -> ("receive", "threat"), from the first participle after the negation."""
    db = lexicon.wordnet()
    if scope is None or db is None:
        return None
    for word in _LOWER_WORD.finditer(text, scope):
        if re.search(r"[,;:]", text[scope : word.start()]):
            return None
        if _is_participle(word.group()):
            thing = _OBJECT_AFTER.match(text, word.end())
            verb = db.lemma(word.group(), "verb")
            return (verb, lexicon.noun_lemma(thing["noun"])) if thing is not None and verb is not None else None
    return None


def _is_participle(word: str) -> bool:
    """A past participle: "caused", "struck", "driven" (a verb's form WordNet gives, not its base)."""
    db = lexicon.wordnet()
    verb = db.lemma(word, "verb") if db is not None else None
    return verb is not None and verb != word and not word.endswith(("ing", "s"))


def _acts_of(word: str, passive: bool = False) -> tuple[str, ...]:
    """The event nouns of a past participle ("killed" -> "killing", "closed" -> "closure"): what a
    negated passive says did not happen. Verbs of undergoing or reporting give none. After "been"
    or "was" an irregular participle that is a noun too is the verb's ("has been shot")."""
    db = lexicon.wordnet()
    irregular = db is not None and not word.endswith(("ing", "s")) and db.lemma(word, "verb") not in (None, word)
    if db is None or not (word.endswith(("ed", "en")) or passive or irregular) or db.lemma(word, "noun") and not passive:
        return ()  # "sunk", "sank": an irregular past tense or participle ("has sunk") is the verb's too
    if passive and (word.endswith("ing") or db.lemma(word, "verb") == word):
        return ()  # "has been hosting", "has been hit": not an irregular participle
    verb = db.lemma(word, "verb")
    return () if verb is None or verb in _UNDERGOING else lexicon.acts_of_verb(verb)  # "kidnapped": abduction too


def _particle_of(word: str, particle: str) -> bool:
    """Whether a word is a particle that makes one verb with the verb form before it ("carried out")."""
    db = lexicon.wordnet()
    return particle in lexicon.PARTICLES and db is not None and db.phrasal_verb(word, particle)


def _performed(text: str, verb: str, end: int) -> re.Match[str] | None:
    """The object after a verb of carrying out (its form, with its particle: "carried out") that
    ends at `end`, when the object names an act: "conducted a nuclear test", not "conducted an orchestra"."""
    db = lexicon.wordnet()
    form, _, particle = verb.partition(" ")
    base = db.lemma(form, "verb") if db is not None else None
    if base is None or not lexicon.performs(f"{base}_{particle}" if particle else base):
        return None
    thing = _OBJECT_AFTER.match(text, end)
    return thing if thing is not None and lexicon.names_an_act(thing["noun"]) else None


def _phrasal_acts_of(word: str, particle: str) -> tuple[str, ...]:
    """The event nouns of a verb and its particle that WordNet lists as one verb ("shut down" ->
    "shutdown", "closure"; "broke out" -> "outbreak")."""
    db = lexicon.wordnet()
    if db is None or particle not in lexicon.PARTICLES or not word.isalpha():
        return ()
    verb = db.lemma(word, "verb")
    phrasal = db.lemma(f"{verb}_{particle}", "verb") if verb and verb not in _UNDERGOING else None
    if not phrasal:
        return ()
    # ("shut down" gives "shutdown" and "closure", not "close", a time, which would meet any ending)
    return tuple(n for n in db.derived_nouns(phrasal) if lexicon.is_event_noun(n) and not lexicon.names_a_time(n))


# The cause a claim gives what it denies: "shut down because of an earthquake", "closed due to floods".
_CAUSE = re.compile(r"\b(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of)\b", re.IGNORECASE)
_CAUSE_REACH = 4  # words after "because of" in which the cause's noun stands ("because of a major flood")


# "lost their lives", "claimed a single life": a death told by what it took.
_LOSING = {"lose", "loses", "lost", "losing", "claim", "claims", "claimed", "claiming"}
_LIFE_LOST = re.compile(r"\s+(?:(?:their|his|her|its|our|your|my|one['’]s|a|the|any|a\s+single|one|more)\s+)?"
                        r"(?:human\s+)?li(?:fe|ves)\b", re.IGNORECASE)
# Who a loss may be of: "has not lost a single migrant at sea".
_LOST_WHO = re.compile(r"\s+(?:(?:a\s+single|a|an|the|any|one|more|our|its|their|his|her)\s+)?(?P<who>[a-z]+)\b"
                       r"(?:\s+(?P<next>[a-z]+))?")


# Grammar words English shares with other languages, which `english_grammar_words` leaves out.
_SHARED_GRAMMAR_WORDS = frozenset({"in", "on", "since", "off", "last"})


def _person_lost(text: str, end: int, verb: str) -> re.Match[str] | None:
    """A person lost after a form of "lose" ("lost a single migrant", "lost any fishermen"), whom
    only death takes from a State or a service: a person by the noun's first sense, not a noun's
    describing word ("lost patient data")."""
    found = _LOST_WHO.match(text, end)
    if found is None or not verb.startswith("los") \
            or found["next"] and found["next"] not in english_grammar_words() | _SHARED_GRAMMAR_WORDS:
        return None
    senses = lexicon.noun_senses(found["who"])[:1]
    return found if senses and senses[0].file == "noun.person" else None


# The cause of a death, "to extreme heat": an event of that sort is a death's occasion.
_DEATH_BY = re.compile(r"\s+to\s+(?:(?:a|an|the|any|extreme|severe|heavy|armed|violent)\s+)?(?P<what>[a-z]+)\b", re.IGNORECASE)
_TOO_VAGUE_CAUSES = {"action", "act", "cause", "violence"}
_BECOMING = {"become", "became", "becomes", "becoming"}
_PASSIVE_AUXILIARIES = {"been", "was", "were", "being", "be", "is", "are", "got", "get", "gets"}


# Verbs that say an event befell, was noted or was done, not which event: the claim's noun says that
# ("has not conducted a missile test", "no election has been held").
_UNDERGOING = {"see", "experience", "suffer", "witness", "face", "record", "report", "register", "have", "be", "detect",
               "happen", "occur", "endure", "undergo", "know", "need", "take", "give", "make",
               "conduct", "perform", "carry", "stage", "hold", "commit", "undertake"}


def _states_in(text: str) -> set[str]:
    """The Member States a text names ("Burkina Faso", "Thailand")."""
    return set(member_state_names().findall(text))


# Where a happening came from, not where it happened: "swarms crossed from Somalia into Mandera";
# nor is the neighbour of a shared border the only land it touched: "on the border with Tajikistan".
_FROM_A_PLACE = re.compile(r"\b(?:from|(?:border|frontier|boundary)\s+with)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _states_of(text: str) -> set[str]:
    """The Member States a text names, or else those its adjectives pertain to ("the Peruvian
    mayor")."""
    return _states_in(text) or _states_of_adjectives(text)


# A clause hung on a sentence's main one: "…, as gas transit through Ukraine came to an end"; not
# "such as", "as well as", "as part of".
_HUNG_CLAUSE = re.compile(
    r"\b(?:while|whereas|although|though|because|when|after|before|until|(?<!such\s)as(?=\s+(?!well\b)(?:the|a|an|its|their|our|[A-Z])))\b")
# Grammar words that open sentences and that other languages share, so the English list leaves them out.
_SHARED_OPENERS = frozenset({"in", "on", "since", "a", "an"})
# A run of capitalised words, with the small words that join names ("Surigao del Sur", "Gulf of Aden").
_NAME_RUN = re.compile(r"\b[A-Z][\w-]+(?:\s+(?:(?:of|de|del|la|el|al)\s+)?[A-Z][\w-]+)*")


def _states_of_cities(text: str) -> set[str]:
    """The Member States the cities a text names lie in, by WordNet, when all the city's senses
    agree ("an air strike in Doha" -> Qatar; not "Valencia", a city of Spain and of Venezuela)."""
    db = lexicon.wordnet()
    if db is None:
        return set()
    found: set[str] = set()
    for name in {name for name in _names_alone(text) if _is_place(name)}:
        states = {frozenset(_states_of_whole(whole)) for whole in db.wholes(name)}
        if len(states) == 1 and (only := next(iter(states))):
            found |= only
    return found


def _names_alone(text: str) -> list[str]:
    """The capitalised words that are names by themselves, not words of a longer name ("Aden",
    not the Gulf of Aden's); a grammar word opening a sentence is no part of a name ("In Doha")."""
    runs = [run.split() for run in _NAME_RUN.findall(text)]
    opening = english_grammar_words() | _SHARED_OPENERS
    return [words[-1] for words in runs if len(words) == 1 or len(words) == 2 and words[0].lower() in opening]


def _states_of_whole(words: tuple[str, ...]) -> set[str]:
    """The Member States a place is, or is part of ("Buganda" -> Uganda)."""
    db = lexicon.wordnet()
    return _states_in(_as_text(words)) or {
        state for whole in (db.wholes(words[0]) if db else ()) for state in _states_in(_as_text(whole))}


def _as_text(names: Collection[str]) -> str:
    """WordNet's words as written in a text ("State_of_Qatar" -> "State of Qatar")."""
    return " ".join(name.replace("_", " ") for name in names)


def _states_of_adjectives(text: str) -> set[str]:
    """The Member States the capitalised adjectives of a text pertain to in WordNet ("Malaysian"
    -> Malaysia, "Haitian" -> Haiti)."""
    db = lexicon.wordnet()
    if db is None:
        return set()
    found: set[str] = set()
    for word in re.findall(r"(?<![\w'’-])[A-Z][a-z]{3,}(?![\w'’-])", text):
        if db.is_adjective(word):
            found |= _states_in(_as_text(db.pertains_to(word)))
        elif not db.lists(word.lower()):
            found |= _state_begun_by(word)
    return found


@lru_cache(maxsize=256)
def _state_begun_by(word: str) -> set[str]:
    """The one Member State whose name a word WordNet lacks begins ("Kyrgyz": Kyrgyzstan), else none."""
    begun = {form for form in member_state_forms() if form.startswith(word) and form[len(word) :].isalpha()}
    return begun if len(begun) == 1 else set()


# An event its sentence places in another country than the writer's: "a neighbouring kingdom".
_ELSEWHERE = re.compile(
    r"\b(?:neighbou?ring|nearby|adjacent|foreign|another)\s+(?P<noun>[a-z]+)(?![a-z])(?!\s+of\b)", re.IGNORECASE
)


def _abroad(sentence: str) -> bool:
    """Whether a sentence places its event in a country other than the writer's ("across the
    border", "in a neighbouring kingdom", "another State"), by a noun that is a kind of country in WordNet: one
    of its words, or a kind of more than one ("nearby neighbourhoods" are only a "country" side)."""
    return bool(_OVER_THE_BORDER.search(sentence)) or any(
        lexicon.noun_lemma(m["noun"]) in _COUNTRY_WORDS or len(lexicon.meaning_words(m["noun"]) & _COUNTRY_WORDS) > 1
        for m in _ELSEWHERE.finditer(sentence) if not _FROM_THERE.search(sentence, 0, m.start()))


# What came from another country, not where the event was: "acting on information from a neighbouring country".
_FROM_THERE = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


# "Across the border, …", "beyond our borders": in another country.
_OVER_THE_BORDER = re.compile(r"\b(?:across|over|beyond)\s+(?:the|our|its)\s+borders?\b", re.IGNORECASE)


_COUNTRY_WORDS = frozenset({"country", "state", "nation", "land"})


def _is_place(name: str) -> bool:
    """A name WordNet knows first as a city ("Kampala", "Lagos"), inside a State; not a region
    that holds others ("West Africa")."""
    senses = lexicon.noun_senses(name)
    return bool(senses) and senses[0].file == "noun.location" and bool(lexicon.meaning_words(name) & _CITIES)


_CITIES = {"city", "town", "municipality", "national_capital"}
# A place word a few words after "in", "across", "through" or "throughout": "in eleven southern provinces".
_PLACED_IN = re.compile(r"\b(?:in|across|through|throughout)((?:\s+[\w-]+){1,4})")
_WHOLE_OR_CITY = _CITIES | _COUNTRY_WORDS | {"territory", "area", "capital", "place", "world"}


def _in_regions(sentence: str) -> bool:
    """Whether a sentence places what it tells in regions it does not name, which a claim about
    one city is not ("in eleven southern provinces", "across the north"; not "in the capital")."""
    for match in _PLACED_IN.finditer(sentence):
        for word in re.findall(r"\b[a-z]+\b", match[1]):
            senses, lemma = lexicon.noun_senses(word)[:1], lexicon.noun_lemma(word)
            if senses and senses[0].file == "noun.location" and lemma not in _WHOLE_OR_CITY \
                    and not lexicon.meaning_words(lemma) & _CITIES:
                return True
    return False


# A capitalised name after a word that places something, or before the common noun it names ("at
# Kisite", "near Mbeya", "the Kivu highway"); a name WordNet lacks is read as a place by where it stands.
_SPOT = re.compile(rf"\b(?:(?:in|at|on|near|around|along|off)\s+(?:the\s+)?(?P<after>{_NAME_RUN.pattern})"
                   rf"|(?P<before>{_NAME_RUN.pattern})\s+(?P<noun>[a-z]+))")
# A title: capitalised words, with the small words that join them, ending in a common noun ("Labour
# Force Survey", "Demographic and Health Survey").
_TITLE = re.compile(r"\b(?P<words>(?:[A-Z][\w'’-]+\s+(?:(?:and|of|on|for)\s+)?)+)(?P<noun>[A-Z][a-z]+)\b")


def _spots_named(text: str, facilities_only: bool = False) -> set[str]:
    """The names of places a text gives that WordNet lacks and that are no State's: local places
    read by where they stand ("near Mbeya", "the Kivu highway"); acronyms are bodies, not places.
    With `facilities_only`, only names of a thing's place ("the Kivu highway"), not areas ("in
    Kivu"), which may hold other named places."""
    db = lexicon.wordnet()
    if db is None:
        return set()
    found = set()
    for match in _SPOT.finditer(text):
        if facilities_only and match["after"]:
            continue
        if match["noun"] and not _plain_noun(match["noun"]):
            continue  # "Port Vila has", "the Drava and", "Norland a": no noun the name stands before
        name = match["after"] or match["before"]
        words = name.split()
        if not any(w.isupper() for w in words) and not all(db.lists(w) for w in words) \
                and not _states_in(name) and words[0].lower() not in english_grammar_words():
            found.add(" ".join(words).lower())
    return found


def _titled_things(text: str) -> dict[str, set[str]]:
    """The common nouns a text names by a title, with the title's own words: {"survey": {"Labour",
    "Force"}}; not a State's name or adjective ("the Gambian Coast Guard" is a coast guard)."""
    titles: dict[str, set[str]] = {}
    for match in _TITLE.finditer(text):
        own = {w for w in WORD.findall(match["words"])
               if w[0].isupper() and w.lower() not in english_grammar_words() | _SHARED_OPENERS}
        if own and not any(_states_of(w) for w in own) and _plain_noun(match["noun"].lower()):
            titles[lexicon.noun_lemma(match["noun"].lower())] = own
    return titles


def _plain_noun(word: str) -> bool:
    """A word WordNet lists as a noun as written (not read into a compound: "norland" is no "land")
    that is no grammar word: "highway", "survey"; not "a", "has"."""
    db = lexicon.wordnet()
    return db is not None and len(word) > 2 and word not in english_grammar_words() | _SHARED_OPENERS \
        and db.lemma(word, "noun") is not None


def _told_before_such(words: list[re.Match[str]], index: int) -> str | None:
    """The event noun an event noun after "such" stands for: the last one its sentence named before."""
    if index == 0 or words[index - 1].group().lower() != "such":
        return None
    told = [w.group().lower() for w in words[: index - 1]
            if w.group().islower() and w.group().lower() not in _NOT_SORTS and lexicon.is_event_noun(w.group().lower())]
    return lexicon.noun_lemma(told[-1]) if told else None


def _classes_before(text: str, words: list[re.Match[str]], index: int) -> set[str]:
    """The relational adjectives right before an event noun that the sentence sets against another
    class of the same noun ("the general elections … included the first local elections"); alone,
    such a word often names the usual class ("a severe tropical cyclone", "a national election")."""
    lexicon_db = lexicon.wordnet()
    if lexicon_db is None:
        return set()
    classes: set[str] = set()
    for before in reversed(words[max(0, index - 2) : index]):
        word = before.group()
        if text[before.end() : words[index].start()].strip(" -") and before is not words[index - 1]:
            break
        if not word.islower() or not lexicon_db.is_adjective(word) or not lexicon_db.is_relational(word):
            break
        classes.add(word.lower())
    if not classes:
        return classes  # the sentence's other uses of the noun are read only for a class there is
    noun = lexicon.noun_lemma(words[index].group())
    others = {words[i - 1].group().lower() for i in range(1, len(words))
              if i != index and lexicon.noun_lemma(words[i].group()) == noun and lexicon_db.is_adjective(words[i - 1].group())}
    return classes if others - classes else set()


def _classed_alike(classes: set[str], event: Event) -> bool:
    """Whether an event is called by one of a claim's classes, or by a noun it pertains to
    ("municipal" and "the municipality's elections")."""
    lexicon_db = lexicon.wordnet()
    named = event.qualifiers | event.words | {w.lower() for w in event.name.split()} | {event.noun.lower()}
    pertaining = {lexicon.noun_lemma(n) for c in classes for n in lexicon_db.pertains_to(c)} if lexicon_db else set()
    return bool(named & classes or {lexicon.noun_lemma(w) for w in named} & pertaining)


def _capitalised_words(text: str) -> set[str]:
    return {w.lower() for w in _CAPITALISED.findall(text)}


def _is_qualifier(word: str) -> bool:
    """A common noun that narrows the event noun after it ("cholera cases"), not an adjective
    nor an article ("an earthquake": WordNet lists "an" as a nursing degree)."""
    lexicon_db = lexicon.wordnet()
    if lexicon_db is None or word.lower() in _ARTICLES:
        return False
    if word.islower() and len(word) > 2 and not lexicon_db.lists(word) and not lexicon_db.is_adverb(word):
        return True  # a word newer than WordNet ("mpox outbreak"), read as its event's narrowing noun
    return bool(lexicon_db.lemma(word, "noun")) and not lexicon_db.is_adjective(word)


_ARTICLES = {"a", "an", "the", "this", "that", "these", "those", "any", "each", "every", "some"}


def _is_people(word: str) -> bool:
    """A plural noun for people ("nurses", "teachers"): who the claim is about narrows its sort."""
    senses = lexicon.noun_senses(word.lower())
    return word.lower().endswith("s") and bool(senses) and senses[0].file == "noun.person"


def _now(paper_date: date) -> float:
    return paper_date.year + (paper_date.timetuple().tm_yday - 1) / 366


def _contradiction(match, claim, events, own, first, paper_date, written_after, recent_years) -> Hit | None:
    """A hit when an event of the claim's sort falls inside the claim's window."""
    if not events:
        return None
    phrase = " ".join(match.group(0).split())
    span = (match.start(), match.end())
    if match["since_start"] and paper_date is None:  # "this decade" in an undated paper
        size = _START_UNITS[match["since_unit"].lower()]
        return _undated(match, phrase, span, events, written_after, lambda year: (year // size + 1) * size)
    if match["since"] or match["since_event"] or match["since_start"] or match["last_in"] or match["last_ago"] \
            or match["since_decade"]:
        return _since(match, phrase, span, events, own, paper_date, claim)
    if match["ever"]:
        return _ever(phrase, span, events, own, first or phrase.lower().startswith("never before"), paper_date)
    years = _window_years(match, recent_years)
    if years is None:
        return None
    if paper_date is None:
        return _undated(match, phrase, span, events, written_after, lambda year: year + years)
    now = _now(paper_date)
    if match["calendar"]:
        start = paper_date.year - (1 if match["calendar"].lower().startswith("last") else 0)
        window = Window(start, start + 1 if match["calendar"].lower().startswith("last") else now)
    else:
        vague = bool(match["recent"] or match["memory"] or (match["unit2"] or "").lower().startswith("generation")
                     or (match["approx"] or match["approx3"] or match["approx4"] or "").split()[:1] in _VAGUE_APPROX
                     or _count_text(match) in _VAGUE_COUNTS)
        window = Window(now - years, now, vague)
    placed = [(e, _inside(e, window)) for e in events]
    inside = [(e, certain) for e, certain in placed if certain is not None]
    if not inside:
        return None
    event, certain = max(inside, key=lambda pair: (pair[1], claim.names_its_sort(pair[0]), pair[0].when))
    of_its_sort = claim.names_its_sort(event)
    reaches = f"reaches back to {_year_text(window.start)}" if not match["calendar"] else f"covers {int(window.start)}"
    reasons = (
        f"The paper is dated {paper_date.isoformat()}, so '{phrase}' {reaches}; the paper names "
        f"{event.mention}, {'inside' if certain else 'which may fall inside'} that window.",
        *_kind_doubt(event, of_its_sort),
    )
    certain = certain and of_its_sort
    return Hit(*span, _values(event, certain), _suggestions(event), reasons, None if certain else Severity.WARNING)


def _kind_doubt(event: Event, of_its_sort: bool) -> tuple[str, ...]:
    """The reason a finding is only a warning when the event is of a kind the claim's sort is one of."""
    if of_its_sort:
        return ()
    return (f"{event.mention[0].upper()}{event.mention[1:]} may or may not be what the claim denies: it is of a kind"
            " that includes it.",)


# "nearly a decade", "the better part of a decade": the window's start is vague.
_VAGUE_APPROX = (["nearly"], ["almost"], ["close"], ["some"], ["the"])


def _a_thing_named(noun: str) -> bool:
    """Whether an event's head word is a common noun that names no event: "Agency" in "the 2021
    National Cyber Security Agency" (a body); not "attack", nor the name "Irma"."""
    head = noun.split()[-1].lower() if noun.split() else ""
    return bool(lexicon.noun_senses(head)) and not lexicon.is_event_noun(head)


def _anchor_told_before(document, sentence, match: re.Match[str]) -> list[Event]:
    """The anchor a "since …" phrase names without its year, dated where the paper told it before:
    "since the restructuring" after "our 2015 restructuring", "since its adoption" after "adopted in
    2009" (the nearest telling before the claim, and the year nearest its word there); not a time
    ("since that year"), which names no thing of its own."""
    words = [w.lower() for w in match.group(0).split()[1:]]
    head = next((w for i, w in enumerate(words[1:], 1) if (lexicon.noun_senses(w) or w.endswith("ing"))
                 and (i + 1 == len(words) or not lexicon.noun_senses(words[i + 1]))), None)  # "the restructuring"
    if head is None or any(sense.file == "noun.time" for sense in lexicon.noun_senses(head)[:1]):
        return []
    forms = {lexicon.noun_lemma(head), lexicon.verb_lemma(head)} | {verb for verbs in _derived_verbs(head) for verb in verbs}
    for earlier in reversed([s for s in document.sentences if s.end <= sentence.start] + [sentence]):
        text = document.text[earlier.start : min(earlier.end, match.start())]
        told = [w for w in _LOWER_WORD.finditer(text) if {lexicon.noun_lemma(w.group()), lexicon.verb_lemma(w.group())} & forms]
        years = list(_YEAR_IN_TEXT.finditer(text))
        if told and years:
            year = min(years, key=lambda y: abs(y.start() - told[0].start()))
            return [Event("anchor", int(year.group()), "", head, "", match.start(), match.end())]
    return []


def _derived_verbs(noun: str) -> list[tuple[str, ...]]:
    db = lexicon.wordnet()
    return db.derived_verbs(noun) if db is not None else []


def _inside(event: Event, window: Window) -> bool | None:
    """True when the event is surely inside the window, False when it may be, None when not."""
    if event.last <= window.start or event.when > window.end:  # the end of the month or year it names
        return None
    return event.when >= window.start and not window.vague


def _since(match, phrase, span: tuple[int, int], events, own, paper_date, claim: _Claim) -> Hit | None:
    if match["since_start"]:
        size = _START_UNITS[match["since_unit"].lower()]
        since = paper_date.year - paper_date.year % size
        since_text = f"{since}"
        later = [e for e in events if e.year >= since]
    elif match["since_event"]:
        anchors = [e for e in own if match.start() <= e.start < match.end()]
        dated = _IN_YEAR.search(match.group(0))  # "since the end of the war in 2009": no event, but its year
        if not anchors and dated is None:
            return None
        if anchors:
            anchor = anchors[0]
            since, since_text = anchor.when, anchor.mention
            later = [
                e
                for e in events
                if e.when > anchor.when and e.year > anchor.year or e.month and anchor.month and e.when > anchor.when
            ]
        elif dated is not None:
            since, since_text = int(dated["year"] or dated["year_before"]), " ".join(match.group(0).split()[1:])
            later = [e for e in events if (e.until or e.year) > since]
    elif match["since_decade"]:
        since, since_text = int(match["decade"]) + 9, f"the {match['decade']}s"
        later = [e for e in events if (e.until or e.year) > since]
    elif match["last_in"]:
        since, since_text = int(match["last_year"]), match["last_year"]
        later = [e for e in events if (e.until or e.year) > since]
    elif match["last_ago"]:
        years = _window_years(match, 0)
        if years is None or paper_date is None:
            return None
        since = _now(paper_date) - years  # "fourteen years ago": nothing of the sort after then
        since_text = _year_text(since)
        later = [e for e in events if (e.until or e.year) > since + 1]
    else:
        month = MONTHS.index(match["since_month"].lower()) + 1 if match["since_month"] else None
        since = int(match["since_year"]) + ((month - 1) / 12 if month else 0)
        since_text = " ".join(match.group(0).split()[1:])
        later = [e for e in events if (e.until or e.year) > int(match["since_year"]) or month and e.month and e.when > since]
    if not later:
        return None
    event = max(later, key=lambda e: (claim.names_its_sort(e), e.when))
    certain = claim.names_its_sort(event)
    return Hit(*span, _values(event, certain), _suggestions(event), (
        f"'{phrase}' says nothing of this sort happened after {since_text}, but the paper names {event.mention}.",
        *_kind_doubt(event, certain),
    ), None if certain else Severity.WARNING)


# The year a "since the …" phrase ends on: "since the return to democracy in 1985".
# The year of an anchor the paper dates in passing: "since the end of the war in 2009", "since the
# 2006 ceasefire" (a year before the anchor's noun), "since the Sava disaster of May 2014".
_IN_YEAR = re.compile(r"(?:\b(?:in|of)\s+(?:" + _MONTH + r"\s+)?(?P<year>" + YEAR + r")|^since\s+the\s+(?P<year_before>" + YEAR
                      + r")\s+[a-z][\w-]*)\s*$", re.IGNORECASE)


def _ever(phrase, span: tuple[int, int], events, own, relative, paper_date) -> Hit | None:
    """ "never in its history": any earlier event of the sort; "never before" and "for the first
    time": one earlier than the event the claim is about (in its sentence, else the latest)."""
    if relative:
        current = max((e.when for e in own), default=None)
        if current is None:
            current = max(e.when for e in events)
        earlier = [e for e in events if e.when < current and e.year < int(current)]
    else:
        end = _now(paper_date) if paper_date else float("inf")
        earlier = [e for e in events if e.when <= end]
    if not earlier:
        return None
    event = max(earlier, key=lambda e: e.when)
    return Hit(*span, _values(event, True), (f"for the first time {event.since}",), (
        f"'{phrase}' says this had not happened before, but the paper names {event.mention}.",
    ))


_START_UNITS = {"year": 1, "decade": 10, "century": 100}


def _undated(match, phrase, span: tuple[int, int], events, written_after, holds_after: Callable[[int], float]) -> Hit | None:
    """Without a date, the claim holds only if the paper is later than the window after the last
    event (`holds_after` its year: five years later, or the next decade's start for "this decade")."""
    if match["calendar"]:
        return None
    latest = max(events, key=lambda e: e.when)
    holds_from = holds_after(latest.year)
    if written_after is not None and holds_from < written_after:
        return None  # the paper names a later year, so it was written after the window
    reasoning = (
        f"The paper has no date: the claim holds only if the paper was written after {_year_text(holds_from)}; "
        f"the most recent such event the paper names is {latest.mention}"
        + (f", and the latest year it names is {written_after}." if written_after else ".")
    )
    return Hit(*span, _values(latest, False), _suggestions(latest), (
        reasoning, "Give the date with --date or a 'Date:' line to check it.",
    ), Severity.WARNING)


def _values(event: Event, certain: bool) -> dict[str, str]:
    return {"event": event.mention, "verdict": "is contradicted by" if certain else "may be contradicted by"}


def _suggestions(event: Event) -> tuple[str, ...]:
    return (event.since,)


def _window_years(match, recent_years: int) -> float | None:
    """How many years the claim covers, at least ("several": three), or None when it cannot say."""
    if match["recent"]:
        return recent_years
    if match["memory"]:
        return _MEMORY_YEARS[match["memory_reach"].lower()]
    if match["calendar"]:
        return 1
    count_text = _count_text(match)
    whole, half = count_text.removesuffix(" and a half"), count_text.endswith(" and a half")  # "four and a half"
    count = int(whole) if whole.isdigit() else _number_words(whole) or _VAGUE_COUNTS.get(whole)
    if count is None:
        return None
    units = (match["unit"], match["unit2"], match["unit3"], match["unit4"], match["unit5"], match["unit6"], match["unit7"])
    written = next(u for u in units if u).lower()
    count += 0.5 if half else count / 2 if written.endswith(" and a half") else 0  # "a decade and a half"
    unit = re.sub(r"half\s+", "half-", written.removesuffix(" and a half")).split()[-1]  # "fiscal years", "half decade"
    if re.fullmatch(_SEASONS, unit):
        return count
    return count * next(years for name, years in sorted(_UNIT_YEARS.items(), key=lambda item: -len(item[0]))
                        if unit.startswith(name[:5] if name.isalpha() else name))


_MEMORY_YEARS = {"recent": 10, "living": 60}


def _count_text(match) -> str:
    return " ".join((match["count"] or match["count2"] or match["count3"] or match["count4"] or match["count5"]
                     or match["count6"] or "1")
                    .lower().split())


def _number_words(text: str) -> float | None:
    """ "five" -> 5, "twenty-four" -> 24; None for a vague count ("several")."""
    tens, _, units = text.partition("-")
    if units:
        return (_TENS.index(tens) + 2) * 10 + _UNITS.index(units) + 1
    return _NUMBER_WORDS.get(text)


def _year_text(value: float) -> str:
    year = int(value)
    if value == year:
        return str(year)
    return f"mid-{year}" if 0.3 < value - year < 0.7 else (f"early {year}" if value - year <= 0.3 else f"late {year}")
