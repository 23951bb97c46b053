"""The parts of a position paper: prose, headings, topics, the usual sections and the sources.

A section is found by its heading ("Past International Action", "Japan's Position", numbered or
not), or, when the paper has no such heading, by what its sentences do: a paper that proposes,
recommends, urges or calls upon someone to set something up has solutions, whatever its headings
say. Topics are the headings that are not one of the usual sections ("Water Security"), so a
two-topic paper is measured topic by topic.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from paperlint.analysis.countries import paper_country
from paperlint.analysis.events import wordnet
from paperlint.analysis.regions import (
    CLEAR_REFERENCE,
    NOT_PROSE,
    is_sources_title,
    is_sources_title_block,
    reference_run,
    regions,
)
from paperlint.document import WORD, Block, Document, Sentence
from paperlint.metadata import country_forms, informal_names, labelled_line, member_state_forms, name_initials, read_header

_NUMBERING = r"^\W*(?:(?:[IVX]+|\d+|[A-Z])[.):]\s+)?"
SECTION_HEADINGS = {
    "background": r"(?:topic\s+)?(?:background|introduction|overview|context|summary)|"
                  r"topic\s+(?:overview|summary|introduction)|"
                  r"(?:history|statement)\s+of\s+the\s+(?:topic|issue|problem)|the\s+(?:issue|problem|situation)",
    "past_action": r"past\s+(?:international\s+|un\s+|united\s+nations\s+)?(?:actions?|involvement|efforts)|"
                   r"(?:previous|prior|international)\s+(?:international\s+|un\s+)?(?:actions?|efforts|involvement)|"
                   r"(?:un|united\s+nations)\s+(?:actions?|involvement|efforts)|"
                   r"history\s+of\s+(?:international|un)\s+(?:action|involvement)",
    "country_policy": r"(?:[\w-]+\s+(?:and|&)\s+)?"  # "Laws and Policies"
                      r"(?:[\w-]+['’]s\s+|country\s+|national\s+|government\s+|our\s+|delegation\s+)?"
                      r"(?:policy|policies|position(?!\s+papers?\b)|stance|perspective|views?)|"  # not "Position Paper"
                      r"(?:[\w-]+['’]s|country|national|domestic)\s+(?:actions?|involvement|efforts|approach|profile)",
    "solutions": r"(?:proposed\s+|possible\s+|potential\s+|recommended\s+|suggested\s+|our\s+)?"
                 r"(?:solutions?|recommendations?|proposals?)|(?:the\s+)?way\s+forward|(?:plan\s+of\s+action|action\s+plan)",
}
# A heading, or a paragraph that starts like one ("Proposed Solutions: …").
_HEADING_MAX_CHARS = 60
# A topic heading is a short title followed by prose.
_TOPIC_MAX_WORDS = 15
_TITLE_LINE = re.compile(r"\bposition\s+paper\b|^\W*\d{4}\W*$", re.IGNORECASE)

# What a section's sentences do when it has no heading. Every pattern is bounded, so a
# pathological one-sentence paper stays linear.
_PAST_TERM = re.compile(
    r"\b(?:(?i:resolutions?|conventions?|treat(?:y|ies)|protocols?|declarations?|summits?|"
    r"(?:trade\s+|negotiating\s+)?rounds?|accords?|agreements?|negotiations|mandates?|sanctions|peacekeep\w*|"
    r"missions?|initiatives?|programmes?|programs?|frameworks?|goals|aid|donations?|grants?|loans?|"
    r"contributions?)|A/RES|S/RES|"
    r"United\s+Nations?|UN|UNSC|Security\s+Council|General\s+Assembly|[A-Z]{2,}(?=\W))"
)
# When the sentence speaks of the past: a year, a perfect or passive tense, a verb of what was
# done ("adopted", "joined"), or standing membership ("a signatory of", "a member of").
_PAST_WHEN = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|adopted|established|signed|ratified|launched|created|passed|joined|agreed|held|"
    r"founded|approved|implemented|introduced|initiated|convened|endorsed|declared|began|participated|"
    r"contributed|hosted|funded|donated|pledged|granted|deployed|signatory|member\s+of|party\s+to|"
    r"(?:has|have|had)\s+(?:\w+\s+)?(?:[a-z]+(?:ed|en|wn)|made|done|built|held|led|set|paid|brought|sought|kept|sent|"
    r"spent|met|won|put|lent)|(?:was|were)\s+(?:\w+\s+)?[a-z]+ed)\b"
)
# A sentence about an instrument already in force, named as its subject: "The Paris Agreement
# targets…", "Sustainable Development Goals prioritise…"; a passing mention ("aligns with the
# Kyoto Protocol") or one the paper asks for ("a new Global Convention") is not one.
_NAMED_INSTRUMENT = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w'’-]+\s+(?:(?:of|on|for|and|the)\s+)*){1,6}"
    r"(?:Agreement|Convention|Treaty|Protocol|Declaration|Accord|Goals|Charter|Conferences?|Summit|Resolution)"
    r"(?:\s+\([A-Z]+\))?,?\s+(?:\w+ly\s+)?[a-z]{3,}\b"
)
_BACKGROUND = re.compile(
    r"\b(?:\d[\d,.]{0,20}\s*(?:%|percent|per\s+cent|million|billion)|problems?|issues?|threats?|crisis|"
    r"challenges?|risks?|according\s+to|affect(?:s|ed)?|impacts?|defined\s+as|since\s+\d{4}|controvers\w*|debated|"
    # figures reported: "statistics show that 1 in 5 patients …", "costs of €2,456"
    r"(?:statistics|studies|surveys|data|figures|reports?|research)\s+(?:show|shows|suggest|suggests|indicate|indicates|"
    r"reveal|reveals|estimate|estimates|found|finds)|\d+\s+(?:in|out\s+of)\s+(?:every\s+)?\d+)\b|[$€£¥]\s?\d",
    re.IGNORECASE,
)
# Who holds a policy: a State or a role named with capitals ("Japan", "The United Kingdom", "DPRK"),
# the delegation or government, or the paper's own voice ("we", "I" in a crisis paper).
_SPEAKER = (
    r"(?:\b(?!(?:The\s+)?(?:General|Security|United\s+Nations|Human|Economic|Secretary|Council|Assembly|Group|"
    r"Working|Committee|Conference|It|This|These|That|There|They)\b)(?:[A-Z][a-z]+|[A-Z]{2,6})(?:\s+(?:of\s+)?[A-Z][a-z]+){0,4}"
    r"|\b(?:[Tt]he|[Oo]ur|[Tt]his|[Mm]y)\s+(?:[Dd]elegation|[Gg]overnment|country|nation|[Mm]inistry|people)"
    r"(?:\s+of\s+[A-Z][\w ]{0,40}?)?|\b(?:[Ww]e|I))"
)
_STANCE = (
    r"(?:believes?|supports?|maintains?|remains?|recogni[sz]es?|acknowledges?|condemns?|considers?|views?|sees?|"
    r"feels?|hopes?|holds?|affirms?|reaffirms?|stands?|opposes?|rejects?|welcomes?|endorses?|favou?rs?|"
    r"prioriti[sz]es?|agrees?|expresses|declares?|insists?|wishes|wants?|refuses?|intends?|plans?|seeks?|aims?|"
    r"treats?|contributes?|hosts?|signed|ratified|adopted|enacted|published|established|launched|joined|passed|"
    r"implemented|invested|pledged|developed|made|committed|would|will|"
    r"(?:is|are|was|remains)\s+(?:\w+\s+)?(?:committed|dedicated|determined|willing|ready|eager|enthusiastic|"
    r"open|concerned|proud|opposed|a\s+(?:[a-z]+\s+){0,2}(?:member|party|signatory|leader|advocate|proponent|"
    r"supporter|champion|defender|donor|contributor)))"
)
_POLICY_NOUN = r"(?:policy|policies|position|stance|strategy|law|laws|legislation|constitution|government)\b"
_NAMED_LAW = r"(?:Act|Law|Code|Constitution|Strategy|Plan|Policy|Programme|Program)\b"
# What a country's law makes a thing: "In Cameroon, school is compulsory until 12".
_LEGAL_STATUS = (
    r"(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+(?:now\s+|still\s+)?"
    r"(?:compulsory|mandatory|free|illegal|banned|prohibited|legal|required|criminali[sz]ed|outlawed|guaranteed)\b"
)
_COUNTRY_POLICY = re.compile(
    _SPEAKER + r"(?:\s+(?:has|have|had|is|was|does|did))?"
    r"(?:\s+(?:firmly|strongly|fully|also|since|long|already|recently|actively|heartily|deeply|not)){0,2}"
    r"(?:,?\s+(?:in|over|for|since|at)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?,?)?"  # "in the long run"
    r"\s+" + _STANCE + r"\b"
    r"|\b(?:[A-Z][a-z]+['’]s|national|our)\s+(?:foreign\s+|domestic\s+|official\s+|national\s+)?" + _POLICY_NOUN
)
# The paper's own voice doing something, in any verb: "Ghana has sent 800 soldiers", "our government
# currently spends…", "the delegation of Peru would like to…", "we opened…". The subject is the paper's
# own country (`paper_country`) or its own voice;
# the verb is a finite one: a modal or perfect, a past tense, an -s form or a progressive. Verbs of
# being and having a place or a size ("lies", "borders", "has a coastline", "was hit") describe the
# country rather than its policy.
_OWN_VOICE = (
    r"\b(?:[Oo]ur\s+(?:delegation|government|country|nation|state|ministry|administration|people)|"
    r"[Tt]h(?:e|is)\s+(?:delegation|government|administration)|"
    # a stand-in for the paper's own State once it is named: "the kingdom", "its government", "the president"
    r"(?:[Tt]he|[Ii]ts)\s+(?:[Kk]ingdom|[Rr]epublic|[Ff]ederation|[Mm]onarchy|[Gg]overnment|[Aa]dministration|"
    r"[Kk]ing|[Qq]ueen|[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]abinet|[Pp]arliament))"
)
# The organs through which a State acts, after its adjective: "the Kenyan government has…".
_STATE_ORGAN = (
    r"(?:government|parliament|ministry|ministries|delegation|administration|authorities|cabinet|president|"
    r"navy|army|armed\s+forces|police|coast\s+guard|courts?|state)\b"
)
# A header's misspelt country still names the closest Member State ("Syria Arab Republic").
_NAME_SIMILARITY = 0.85
# A capitalised word, and with the next one ("Sri Lankan"): found at every word, overlapping.
_CAPITALISED_WORDS = re.compile(r"\b(?=([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b)")
# A name joined to the object of a preposition is an object too: "the committees for the CAR and
# the DRC have designated…" (the committees did it, not the DRC).
_JOINED_OBJECT = re.compile(
    r"\b(?:in|of|from|by|with|for|on|at|to|against|between|among)\s+(?:the\s+)?[\w-]+\s+(?:and|or)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OF_COUNTRY = r"(?:[Tt]he\s+)?(?:[Dd]elegation|[Dd]elegate|[Gg]overnment|[Pp]eople|[Mm]inistry\s+of\s+\w+)\s+of\s+(?:the\s+)?"
_ADVERBS = r"(?:,?\s+(?:[a-z]+ly|also|still|now|already|further|then|too|once|often|not|never|always|alone),?){0,2}"
_STATIVE = (
    r"is|are|was|were|be|been|has|have|had|lies|lay|borders|bordered|faces|faced|suffers|suffered|experiences|"
    r"experienced|lacks|lacked|ranks|ranked|includes|contains|covers|spans|consists|depends|relies|sits|shares|"
    r"counts|receives|received|loses|lost|needs|struggles|struggled|remains|seems|appears|becomes|became|"
    r"does|did|doesn|didn|this|that|and|or|as|the|a|an|all|both|each|its|their|our|his|her"
)
_PARTICIPLE = r"[a-z]+(?:ed|en|wn|ne|nt|lt|ght|ld|id|ung|un|ade|ept|ot|ut|et|it|ound)"
_FINITE = (
    r"(?:(?:will|would|shall|can|could|must|should|may|might)(?:\s+(?:also|not|now|further|[a-z]+ly))?\s+[a-z]{2,}"
    r"|(?:has|have|had)" + _ADVERBS + r"\s+(?!been\b)" + _PARTICIPLE +
    r"|(?:is|are|was|were)\s+(?:now\s+|also\s+|currently\s+)?(?!being\b|facing|suffering|experiencing|struggling)"
    r"[a-z]{3,}ing"
    r"|(?!(?:" + _STATIVE + r")\b)[a-z]{2,}(?:ed|s)(?<!ss)(?<!us)(?<!is)"
    r"|(?:sent|built|gave|made|took|spent|led|set|put|brought|sought|held|won|began|ran|cut|kept|paid|sold|bought|"
    r"sank|chose|drew|wrote|taught|fought|met|left|lent|rose|grew|froze|withdrew|became))\b"
)
_PLURAL_FINITE = r"(?!(?:" + _STATIVE + r")\b)[a-z]{2,}\b"
# Where a subject may stand: not after a preposition or a verb that takes it as an object.
_NOT_AN_OBJECT = "".join(
    rf"(?<!\b{word}\s)(?<!\b{word.capitalize()}\s)"
    for word in ("to", "in", "of", "from", "by", "with", "for", "on", "at", "than", "as", "into", "like", "across")
)
def own_country(document: Document) -> str | None:
    """The country a paper speaks for, as its header writes it or by the State's name
    (`paper_country`: its header, else the State that speaks or is a subject most often)."""
    return paper_country(document).name


def own_country_names(document: Document) -> tuple[str, ...]:
    """The ways the paper may name its own country, longest first (cached per document): its
    `country_forms`; written in capitals in the header ("DEMOCRATIC REPUBLIC OF CONGO"), read as
    a name; misspelt in the header ("Syria Arab Republic"), the Member State it is closest to;
    the informal names no standard keeps ("Türkiye" -> "Turkey"); the other names WordNet gives
    the place ("Syrian Arab Republic" -> "Syria"); and the initials
    of a name of several words when the paper uses them ("DRC", "UAE")."""
    cached = document.cache.get("sections.own_country_names")
    if isinstance(cached, tuple):
        return cached
    country = own_country(document)
    forms = set(country_forms(country)) if country else set()
    forms |= {_as_name(form) for form in forms}
    states = member_state_forms()
    if forms and not forms & set(states):
        forms |= {f for close in difflib.get_close_matches(max(forms, key=len), states, n=1, cutoff=_NAME_SIMILARITY)
                  for f in country_forms(close)}
    forms |= {informal for form in list(forms) for informal in informal_names(form)}
    forms |= {_as_name(word.replace("_", " ")) for word in _place_names(sorted(forms, key=len, reverse=True))}
    forms |= {letters for form in list(forms) for letters in name_initials(form)[:1]
              if re.search(rf"\b{letters}\b", document.text)}
    document.cache["sections.own_country_names"] = names = tuple(sorted(forms, key=len, reverse=True))
    return names


def _place_names(forms: list[str]) -> list[str]:
    """WordNet's names of the place that the longest of `forms` it knows names: its first sense
    that is a place ("China" is the People's Republic; Taiwan is a later sense, and "Congo", the
    Republic of the Congo, is not read for the Democratic Republic)."""
    lexicon = wordnet()
    if lexicon is None:
        return []
    for form in forms:
        place = next((sense for sense in lexicon.senses(form.lower().replace(" ", "_")) if sense.file == "noun.location"), None)
        if place is not None:
            return list(place.words)
    return []


def _as_name(form: str) -> str:
    """A name written in capitals (a header's "DEMOCRATIC REPUBLIC OF CONGO") or in small letters
    (WordNet's "syrian arab republic") as a name is written: "Democratic Republic of Congo".
    Initials are written in capitals ("US", "U.K."; WordNet gives "us", "u.k.")."""
    if " " not in form and (len(form) <= 3 or "." in form):
        return form.upper()
    if not (form.isupper() or form.islower()):
        return form
    return re.sub(r"[\w'’]+", lambda m: m.group().lower() if m.start() and m.group().lower() in ("of", "the", "and")
                  else m.group().capitalize(), form)


def own_demonyms(document: Document) -> tuple[str, ...]:
    """The adjectives of the paper's own country that it uses ("German", "Sri Lankan"): its
    capitalised words that WordNet relates to one of the country's names (cached per document)."""
    cached = document.cache.get("sections.own_demonyms")
    if isinstance(cached, tuple):
        return cached
    lexicon = wordnet()
    found: set[str] = set()
    if lexicon is not None and (names := {form.lower() for form in own_country_names(document)}):
        words = {w for pair in _CAPITALISED_WORDS.findall(document.text) for w in {pair, pair.split()[0]}}
        found = {
            word for word in words
            if word.lower() not in names and names & {n.replace("_", " ").lower() for n in lexicon.pertains_to(word)}
        }
    document.cache["sections.own_demonyms"] = demonyms = tuple(sorted(found, key=len, reverse=True))
    return demonyms


def _own_subject(document: Document) -> str:
    """The paper's own country or voice as a singular subject, as a pattern: "our government",
    "the delegation of Peru", "Peru", "the Peruvian government"."""
    names = "|".join(map(re.escape, own_country_names(document)))
    demonyms = "|".join(map(re.escape, own_demonyms(document)))
    return (
        _OWN_VOICE
        + (rf"|{_NOT_AN_OBJECT}(?:{_OF_COUNTRY})?\b(?:{names})\b" if names else "")
        + (rf"|\b(?:[Tt]he\s+)?(?:{demonyms})\s+{_STATE_ORGAN}" if demonyms else "")
    )


def own_action_regex(document: Document) -> re.Pattern[str]:
    """A sentence in which the paper's own country or voice does something (cached per document)."""
    cached = document.cache.get("sections.own_action")
    if isinstance(cached, re.Pattern):
        return cached
    # "we" may take a plural verb too; the verbs are written once, since compiling them is most
    # of a paper's cost here (a conditional group: the plural form only after "we")
    pattern = re.compile(
        rf"(?:{_own_subject(document)}|\b(?P<we>[Ww]e)){_ADVERBS}\s+(?:{_FINITE}|(?(we){_PLURAL_FINITE}|(?!)))"
    )
    document.cache["sections.own_action"] = pattern
    return pattern


def states_country_policy(document: Document) -> Callable[[str, int, int], bool]:
    """Does a sentence state the paper's country policy: a stance of a State or of the paper's
    voice ("Japan believes"), or the paper's own country or voice doing something."""
    own, own_laws = own_action_regex(document), own_laws_regex(document)
    return lambda text, start, end: bool(
        _COUNTRY_POLICY.search(text, start, end)
        or any(not _JOINED_OBJECT.search(text, start, m.start()) for m in own.finditer(text, start, end))
        or own_laws.search(text, start, end)
    )


# What a State does, named as its own: "Norland's digital initiatives", "Chile's reforms".
_OWN_MEASURES = (
    r"(?:initiatives?|programmes?|programs?|efforts|measures|plans?|commitments?|approach|agenda|priorities|reforms?|"
    r"schemes?|campaigns?)\b"
)


def own_laws_regex(document: Document) -> re.Pattern[str]:
    """The country's own laws, policies and measures, by its adjective or name: "German
    constitutional law", "the Canadian Net-Zero Emissions Accountability Act", "THAILAND: Petroleum
    Act", "Norland's digital initiatives", "In Norland, primary school is free", "In Norland abortion
    before the twelfth week is legal" (cached)."""
    cached = document.cache.get("sections.own_laws")
    if isinstance(cached, re.Pattern):
        return cached
    adjectives = "|".join(map(re.escape, own_demonyms(document))) or "(?!)"
    names = "|".join(map(re.escape, own_country_names(document))) or "(?!)"
    pattern = re.compile(
        rf"\b(?:{adjectives})\s+(?:[a-z]+\s+)?{_POLICY_NOUN}"
        rf"|\b(?:{adjectives}|(?i:{names}))(?:['’]s)?\W{{0,3}}(?:[A-Z][\w-]*\s+){{1,6}}{_NAMED_LAW}"
        rf"|\b(?:{names})['’]s\s+(?:[a-z]+\s+){{0,2}}{_OWN_MEASURES}"
        rf"|\b[Ii]n\s+(?:the\s+)?(?:{names}),?\s+[^.;]{{0,80}}?\b{_LEGAL_STATUS}"
    )
    document.cache["sections.own_laws"] = pattern
    return pattern


# A proposal: a verb of proposing ("proposes that…", "urges States to…", "is willing to…"; in the
# past, "the UN has advocated", it reports another's proposal, not the paper's), or a
# modal or judgement ("should", "will", "it is essential to") followed closely by something to do
# or set up ("will fund a programme"); a modal alone ("will continue to pose a threat") is not one.
_PROPOSING = re.compile(
    r"\b(?:propos(?:e|es|ing|als?)|recommend(?:s|ing|ations?)?|suggest(?:s|ing)?|urg(?:e|es|ing)|"
    r"calls?\s+(?:on|upon|for)|encourag(?:e|es|ing)|advocat(?:e|es|ing)|(?:would|['’]d)\s+like\b|"
    r"asks?\s+(?:that|for)|requests?\s+that|wish(?:es)?\s+(?:that|to)|wants?\s+(?:\w+\s+){0,5}to\b|"
    r"(?:hopes?|plans?|intends?|seeks?|aims?|offers?|is\s+willing|is\s+ready|stands?\s+ready|is\s+open)\s+to|insists?\s+on|"
    # a solution announced, or ways to act set out: "Another solution is …", "cites various methods to reduce …"
    r"solutions?\s+(?:is|are|would\s+be|could\s+be|will\s+be|lies|lie)|"
    r"(?:cites?|outlines?|presents?|puts?\s+forward|sets?\s+out|alludes?\s+(?:to|upon))\s+(?:\w+\s+){0,3}?"
    r"(?:methods|techniques|measures|ways|solutions|steps|strategies|approaches|options)\s+(?:to|for|of)|"
    # measures others can take, and a list of them announced: "there are measures every country can take
    # to …", "These actions include: …"
    r"(?:measures|steps|actions)\s+(?:that\s+)?(?:\w+\s+){0,3}?(?:can|could|should|must)\s+take|"
    r"(?:these|such|the\s+following)\s+(?:actions|measures|steps|solutions|proposals)\s+(?:include|are))\b",
    re.IGNORECASE,
)
_MODAL = re.compile(
    r"\b(?:(?P<normative>should|must|shall|needs?\s+to|ought\s+to)|will|would|"
    r"(?:crucial|essential|necessary|vital|important|imperative)\s+(?:to|that)|solutions?|options?)\b",
    re.IGNORECASE,
)
_ACTION = re.compile(
    r"\b(?:establish|creat|set(?:ting)?\s+up|fund|financ|invest|implement|adopt|develop|build|train|educat|"
    r"provid|shar|expand|strengthen|improv|increas|reduc|ban|impos|regulat|monitor|enforc|cooperat|collaborat|"
    r"coordinat|support|dispos|donat|subsidi[sz]|tax|sanction|negotiat|ratif|sign|launch|form|host|deploy|"
    r"protect|prevent|combat|promot|standardi[sz]|harmoni[sz]|procur|allocat|reform|abolish|restor|repatriat|"
    r"limit|restrict|curb|halt|cut|decreas|lower|phas(?:e|ing)\s+out|purchas|acquir|buy)\w*"
    r"|\b(?:fund|programmes?|programs?|framework|treaty|resolution|mechanism|database|network|initiative|"
    r"agreement|convention|task\s+force|cent(?:re|er)|system|standards?|regulations?|laws?|training|aid|"
    r"funding|investment|sanctions|committee|commission|conference|partnership|plan|strategy|repository)\b",
    re.IGNORECASE,
)


# A belief that doing something would help: "believes that strengthening the agency…", "believes
# in the formation of a fund".
_BELIEF_IN_ACTION = re.compile(
    r"\b(?:believes?|(?:is|am|are)\s+convinced|considers?|trusts?)\s+(?:that\s+(?:\w+\s+)?(?=" + _ACTION.pattern + r")\w+ing\b"
    r"|in\s+(?:the\s+)?(?=" + _ACTION.pattern + r")\w+)",
    re.IGNORECASE,
)
# What "we" (or the committee, or the States) can do: "we can also look into other sources of
# energy". Seeing and concluding are not proposals ("we can see that prices rose").
_WE_CAN = re.compile(
    r"\b(?:we|the\s+(?:committee|council|assembly|international\s+community)|member\s+states|all\s+(?:states|nations|"
    r"countries))\s+(?:can|could)(?:\s+(?:also|further|then|now|jointly|together|first))*\s+"
    r"(?!(?:see|observe|notice|say|conclude|infer|understand|tell|agree\s+that|be\s+(?:sure|certain))\b)[a-z]{2,}",
    re.IGNORECASE,
)
# A means to solve the problem: "this can be solved through more mediation" (not a date: "by 2030").
_SOLVED_THROUGH = re.compile(
    r"\b(?:can|could|should|must|will|would)\s+(?:only\s+|best\s+|also\s+)?be\s+(?:solved|resolved|addressed|"
    r"tackled|overcome|mitigated|reduced|prevented|fixed|remedied|countered|curbed|achieved)\s+(?:through|by|with|via)\s+"
    r"(?!\d)",
    re.IGNORECASE,
)
# Steps announced as the paper's to take: "Steps can be taken by the UN", "measures must be adopted".
_STEPS_TAKEN = re.compile(
    r"\b(?:steps|measures|actions?)\s+(?:can|could|should|must|need\s+to|ought\s+to)\s+(?:also\s+|now\s+)?be\s+"
    r"(?:taken|adopted|implemented|introduced)\b",
    re.IGNORECASE,
)
# A deed judged needed: a sentence whose subject is an action on something ("Modernizing rural
# clinics is crucial"), after an optional linking word ("Furthermore, strengthening …").
_ACTION_SUBJECT = re.compile(
    r"(?:[A-Z][a-z]+,\s+)?([A-Za-z][a-z]+ing)\s+(?!(?:is|are|was|were|has|have|had|in|of|on|at|for|to|with|by|and|or)\b)[a-z]"
)
_JUDGED_NEEDED = re.compile(
    r"\b(?:is|remains|will\s+be|would\s+be)\s+(?:also\s+|therefore\s+|thus\s+|equally\s+|especially\s+)?"
    r"(?:crucial|essential|necessary|vital|key|critical|imperative|paramount|needed|required|indispensable)\b",
    re.IGNORECASE,
)
# An instruction's verb, then what it acts on; not an address to the reader ("Follow us on …").
_FIRST_WORD = re.compile(r"([A-Z][a-z]{2,})\s+(?!(?:us|me|you|your|our|here|now|more|up|on|this|it)\b)(?:the\s+|an?\s+)?[a-z]")
# A modal governs the action: it comes within a few words after it, or, after "should" and
# "must", anywhere in the rest of the clause ("should be broad, combining port checks, shared
# registers and joint patrols").
_MODAL_REACH = 6
_CLAUSE_END = re.compile(r"[;:]|\s(?:but|while|whereas|although)\s")
# What the paper's own country could do: "Chile could host the first meeting". Being hit is not
# doing ("could face sanctions", "could lose its coast").
_OWN_CAN = r"{ADVERBS}\s+(?:can|could|may|might)(?:\s+(?:also|further|then|now|jointly|together|first))*\s+" \
    r"(?!(?:be|become|face|suffer|lose|experience|see|remain|struggle|fall|collapse)\b)[a-z]{{2,}}"


# Two proposing verbs this many words apart or more are two proposals ("encourages States to
# publish … and calls on donors to fund …"); closer, one ("urges and encourages").
_SEPARATE_PROPOSALS = 4


def _proposals(text: str, start: int, end: int) -> int:
    """How many proposals a sentence makes: its proposing verbs far enough apart, else one when a
    modal governs an action ("will fund a programme"), else none."""
    count, last = 0, None
    for match in _PROPOSING.finditer(text, start, end):
        if last is None or len(text[last : match.start()].split()) >= _SEPARATE_PROPOSALS:
            count += 1
        last = match.end()
    if count:
        return count
    if any(pattern.search(text, start, end) for pattern in (_BELIEF_IN_ACTION, _WE_CAN, _SOLVED_THROUGH, _STEPS_TAKEN)):
        return 1
    for match in _MODAL.finditer(text, start, end):
        if _governs_action(text, match.end(), end, clause=bool(match.group("normative"))):
            return 1
    return 0


def _governs_action(text: str, at: int, end: int, clause: bool = False) -> bool:
    """Whether an action follows a modal ending at `at`: within a few words, or in its clause."""
    if clause:
        stop = _CLAUSE_END.search(text, at, end)
        return _ACTION.search(text, at, stop.start() if stop else end) is not None or _a_deed_follows(text, at, end)
    reach = re.match(rf"(?:\W+\w+){{1,{_MODAL_REACH}}}", text[at:end])
    return bool(reach and _ACTION.search(reach.group(0)))


def _imperative(text: str, start: int, end: int) -> bool:
    """A sentence that opens with a verb's base form that is nothing else in WordNet, an
    instruction: "Integrate green chemistry into every new site." ("Support grew" opens with a noun.)"""
    first = _FIRST_WORD.match(text, start, end)
    lexicon = wordnet()
    if first is None or lexicon is None:
        return False
    word = first.group(1).lower()
    return bool(lexicon.senses(word, "verb")) and not lexicon.senses(word, "noun") and not lexicon.is_adjective(word)


def _a_deed_follows(text: str, at: int, end: int) -> bool:
    """Whether a verb of doing follows "must", "should", "need to" at once: "we need to harness the
    lava", "States must act"; not "be", "have" or a verb of knowing or staying."""
    lexicon = wordnet()
    if lexicon is None:
        return False
    found = _NEXT_WORDS.match(text, at, end)
    for word in found.group().lower().split() if found else []:
        if lexicon.lemma(word, "verb") == word:
            return word not in _NO_DEED  # "must apply", "need to rely on": the verb, though it ends in -ly
        if word not in _MOVABLE and not (word.endswith("ly") and lexicon.is_adverb(word)):
            return False
    return False


_NEXT_WORDS = re.compile(r"(?:\s+[A-Za-z]+){0,2}")  # the verb, or an adverb and the verb
_MOVABLE = frozenset({"also", "further", "first", "now"})
_NO_DEED = frozenset({"be", "have", "do", "get", "know", "remain", "continue", "seem", "understand", "realize", "realise",
                      "recognize", "recognise", "note", "keep", "stay", "consider", "remember", "bear"})


def _needed_action(text: str, start: int, end: int) -> bool:
    """A sentence that judges an action needed: its subject is a gerund with an object, a verb's
    form that WordNet does not list as an adjective ("Strengthening border checks is essential";
    not "Existing law is essential"), and a singular "is" judges it needed in the same clause
    ("Rising seas are a critical threat" has a plural subject)."""
    subject = _ACTION_SUBJECT.match(text, start, end)
    lexicon = wordnet()
    if subject is None or lexicon is None:
        return False
    clause = _CLAUSE_END.search(text, subject.end(), end)
    if not _JUDGED_NEEDED.search(text, subject.end(), clause.start() if clause else end):
        return False
    gerund = subject.group(1).lower()
    return lexicon.lemma(gerund, "verb") not in (None, gerund, "be", "have") and not lexicon.is_adjective(gerund)


# What a verb of backing means in WordNet: one of its first two senses is, or is a kind of (three
# levels up), supporting, approving, proposing, urging, requesting, promising or promoting
# ("champions" → defend → back; "invites" → request). Giving is not: "pays farmers who replant" is
# the country's policy, not a proposal.
_BACKING = frozenset({"support", "back", "approve", "propose", "urge", "request", "promise", "promote"})
_OWN_VERB = r"{ADVERBS}\s+(?:(?:will|would|shall)(?:\s+(?:also|further|now|[a-z]+ly))?\s+)?(?P<verb>[a-z]{{3,}})\b"


def _backs(verb: str) -> bool:
    """A verb of backing or asking ("supports", "endorses", "champions", "invites", "pledges");
    not of saying or judging ("notes", "condemns", "welcomes")."""
    lexicon = wordnet()
    lemma = lexicon.lemma(verb, "verb") if lexicon else None
    if lexicon is None or lemma is None:
        return False
    return any(_BACKING & {word for kind in (sense, *lexicon.ancestors(sense, 3)) for word in kind.words}
               for sense in lexicon.senses(lemma, "verb")[:2])


def proposals_counter(document: Document) -> Callable[[str, int, int], int]:
    """How many proposals a sentence of this paper makes: `_proposals`, or one when the paper's own
    country or voice can, could or may do something ("the DRC could seek support from donors"),
    backs something now or will ("Peru champions a ban on …"), when the sentence is an
    instruction, or when it judges an action needed."""
    subject = _own_subject(document)
    own_can = re.compile(rf"(?:{subject}){_OWN_CAN.format(ADVERBS=_ADVERBS)}")
    own_verb = re.compile(rf"(?:{subject}|\b[Ww]e|\b[Ii]t){_OWN_VERB.format(ADVERBS=_ADVERBS)}")

    def backs(text: str, start: int, end: int) -> bool:
        return any(not match["verb"].endswith("ed") and not re.search(r"\b(?:not|never)\b", match.group())
                   and _backs(match["verb"]) for match in own_verb.finditer(text, start, end))

    def count(text: str, start: int, end: int) -> int:
        found = _proposals(text, start, end)
        if found:
            return found
        return int(
            own_can.search(text, start, end) is not None
            or backs(text, start, end)
            or _imperative(text, start, end)
            or _needed_action(text, start, end)
        )

    return count


def _says_background(document: Document) -> Callable[[str, int, int], bool]:
    return lambda text, start, end: bool(_BACKGROUND.search(text, start, end))


def _says_past_action(document: Document) -> Callable[[str, int, int], bool]:
    return lambda text, start, end: bool(
        _PAST_TERM.search(text, start, end) and _PAST_WHEN.search(text, start, end)
        or _NAMED_INSTRUMENT.match(text, start, end)
    )


# For each section: what tells, for a paper, how much of it a sentence says (a sentence that
# says it counts 1; one may make several proposals), and how much makes the section.
CONTENT: dict[str, tuple[Callable[[Document], Callable[[str, int, int], int]], int]] = {
    "background": (_says_background, 1),
    "past_action": (_says_past_action, 1),
    "country_policy": (states_country_policy, 2),
    "solutions": (proposals_counter, 2),
}


# An opening sets the scene when this many sentences lead it and none states a policy or proposes;
# it may end on the country's policy ("In response, the Armenian government has passed …").
_SCENE_SENTENCES = 2


def scene_setting_opening(document: Document, end: int) -> Block | None:
    """The paper's first paragraph of running text (two sentences or more) when it sets the scene:
    its first two sentences neither state a policy nor propose. Papers open with their
    background, headed or not."""
    found = regions(document)
    paragraphs = (
        b for b in document.blocks if b.start < end and b.kind == "paragraph" and is_prose(document, b)
        and found.at(b.start, NOT_PROSE) is None  # not the epigraph and its attribution
    )
    # running text: not a signature or a rule line ("______") left between the epigraph and the body
    opening = next((b for b in paragraphs if len(_sentences_in(document, b)) >= _SCENE_SENTENCES), None)
    if opening is None:
        return None
    leading = _sentences_in(document, opening)[:_SCENE_SENTENCES]
    does_more = (states_country_policy(document), proposals_counter(document))
    if any(says(document.text, s.start, s.end) for says in does_more for s in leading):
        return None
    return opening


def _sentences_in(document: Document, block: Block) -> list[Sentence]:
    return [s for s in document.sentences if block.start <= s.start < block.end]


def own_country_heading(document: Document, end: int) -> Block | None:
    """A heading, or a title line, after the paper's first paragraph that opens with its own
    country's name: "Canada – A Large Producer", "Kenya's Record" (a title above the prose is
    not one)."""
    names = own_country_names(document)
    first_prose = next((b.start for b in document.blocks if b.kind == "paragraph" and is_prose(document, b)), end)
    opens = re.compile(rf"\W*(?:{'|'.join(map(re.escape, names))})\b") if names else None
    return next(
        (b for b in document.blocks
         if opens and first_prose < b.start < end and (h := heading_text(document, b) or _title_line(document, b))
         and opens.match(h) and len(h.split()) <= _TOPIC_MAX_WORDS),
        None,
    )


def _title_line(document: Document, block: Block) -> str | None:
    """A paragraph that is a title: one short line without a full stop (a heading set in bold)."""
    text = document.text[block.start : block.end].strip()
    return text if "\n" not in text and len(text.split()) <= _TOPIC_MAX_WORDS and text[-1:] not in ".?!:;," else None


def is_prose(document: Document, block: Block) -> bool:
    """A block of running text: not a heading and not a header line."""
    if block.kind == "heading":
        return False
    if labelled_line(document.text, block.start, block.end) is not None:
        return False
    return not read_header(document).covers(block.start, block.end)


def heading_text(document: Document, block: Block) -> str | None:
    """The block's text if it is a heading, or the lead of a paragraph that opens like one."""
    text = document.text[block.start : block.end]
    if labelled_line(document.text, block.start, block.end):
        return None
    if block.kind == "heading":
        return text
    lead = re.match(rf"([^:\n]{{3,{_HEADING_MAX_CHARS}}}):(?:\s|$)", text)  # "Sources consulted:" alone too
    return lead.group(1) if lead else None


def heading_matches(pattern: str, heading: str) -> bool:
    return re.match(_NUMBERING + r"(?:" + pattern + r")\b", heading.strip(), re.IGNORECASE) is not None


def is_section_heading(heading: str) -> bool:
    """A heading of one of the usual sections, or of the sources."""
    return any(heading_matches(p, heading) for p in SECTION_HEADINGS.values()) or is_sources_title(heading)


def sources_start(document: Document) -> int | None:
    """Where the sources section's heading starts, if the paper has one."""
    for block in document.blocks:
        heading = heading_text(document, block)
        if (heading and is_sources_title(heading)) or is_sources_title_block(document.text[block.start : block.end]):
            return block.start
    return None


def trailing_references(document: Document) -> list[Block]:
    """The run of blocks at the end of the paper that look like references (URLs, 'Retrieved')."""
    return reference_run(document, CLEAR_REFERENCE)[0]


def body_end(document: Document) -> int:
    """Where the paper's body ends: at its sources heading, else before trailing references
    (found once per document)."""
    if _BODY_END_KEY not in document.cache:
        start = sources_start(document)
        trailing = trailing_references(document) if start is None else []
        document.cache[_BODY_END_KEY] = start if start is not None else trailing[0].start if trailing else len(document.text)
    end: int = document.cache[_BODY_END_KEY]
    return end


_BODY_END_KEY = "sections.body_end"


def block_words(document: Document, blocks: list[Block]) -> int:
    return sum(len(WORD.findall(document.text, b.start, b.end)) for b in blocks)


@dataclass(frozen=True)
class Topic:
    """One topic of the paper: its heading ("" for a part before any topic heading) and its words."""

    title: str
    start: int
    end: int
    words: int


# A title numbered as a topic on a line of its own, with no full stop after it: "I. Women and
# Sustainability", "2) Clean Water" (round 51).
_NUMBERED_TITLE = re.compile(r"(?:[IVX]{1,4}|\d{1,2})[.)][\s\xa0]+[A-Z][^\n.!?]{2,80}")
# "Topic 1", "Topic B", "TOPIC II" alone on its line, its title in the prose after it (round 53).
_BARE_TOPIC = re.compile(r"topic[\s\xa0]+(?:\d{1,3}|[A-Z]|[IVX]{1,4}|one|two|three|four)", re.IGNORECASE)


def _among(line: str, listed: set[str]) -> bool:
    """Whether a line names one of the topics the paper listed, as written or nearly ("LinkedIn
    Aquisition" for "LinkedIn Acquisition", "Commitment to the mobile space" for "Microsoft's
    Commitment to the Mobile Space")."""
    return any(fuzz.token_set_ratio(line, item) >= _SAME_TOPIC for item in listed)


_SAME_TOPIC = 85


def _plain(text: str) -> str:
    """A line's words in small letters, without its closing colon: "Strategic placement:" -> "strategic placement"."""
    return " ".join(text.strip().rstrip(":").lower().split())


def topics(document: Document) -> tuple[Topic, ...]:
    """The paper's topics, each from its heading to the next, within the body.

    A topic heading is a short heading followed by prose that is not one of the usual sections,
    a header line or the paper's title; a "Topic B: …" line after the first paragraph is one.
    Prose before the first one is a topic of its own when it is at least half as long as the
    average titled topic (else an introduction, counted with the first topic). A paper without
    topic headings is one topic."""
    end = body_end(document)
    header = read_header(document)
    # A labelled line after the first paragraph of prose ("Topic B: Energy") heads a topic, not the header.
    opening = next((b.start for b in document.blocks if b.kind == "paragraph" and is_prose(document, b)
                    and not header.covers(b.start, b.end)), end)
    body = [b for b in document.blocks if b.start < end and not (b.start < opening and header.covers(b.start, b.end))]
    starts: list[tuple[int, str]] = []
    listed = {_plain(document.text[b.start : b.end]) for b in body if b.kind == "list_item"}  # "The topics: ⏎ • Water"
    for index, block in enumerate(body):
        heading = heading_text(document, block) if block.kind == "heading" else None
        if block.kind in {"heading", "paragraph"} and block.start >= opening:
            label = labelled_line(document.text, block.start, block.end)  # "Topic 2: …", a heading or a line of its own
            line = document.text[block.start : block.end]
            if label and label.field == "topic" or _NUMBERED_TITLE.fullmatch(line.strip()) \
                    or _BARE_TOPIC.fullmatch(line.strip()) or line.rstrip().endswith(":") and _among(_plain(line), listed):
                heading = line  # "Topic 1", and "Water:" over its part when the paper listed "Water" among its topics
        # a topic's own header lines may come between its "Topic:" line and its prose ("Country: …")
        following = next((b for b in body[index + 1 :] if not (heading and labelled_line(document.text, b.start, b.end))), None)
        if (
            heading and len(heading.split()) <= _TOPIC_MAX_WORDS and not is_section_heading(heading)
            and not _TITLE_LINE.search(heading) and following is not None and is_prose(document, following)
        ):
            starts.append((block.start, heading.strip()))
    prose = [b for b in body if is_prose(document, b)]
    if not starts:
        return (Topic("", prose[0].start if prose else 0, end, block_words(document, prose)),) if prose else ()
    bounds = [*(s for s, _ in starts), end]
    titled = [
        Topic(title, start, stop, block_words(document, [b for b in prose if start <= b.start < stop]))
        for (start, title), stop in zip(starts, bounds[1:])
    ]
    lead = block_words(document, [b for b in prose if b.start < starts[0][0]])
    mean = sum(t.words for t in titled) / len(titled)
    if lead and lead >= mean / 2:
        first_title = header.first("topic")  # "Topic 1: …" read with the header, before "Topic 2: …"
        return (Topic(first_title.value if first_title else "", prose[0].start, starts[0][0], lead), *titled)
    first = titled[0]
    return (Topic(first.title, first.start, first.end, first.words + lead), *titled[1:])
