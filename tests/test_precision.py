"""Findings a chair agrees with: prose regions, the paper's English and voice, names, safe fixes,
and clean papers that pass quietly (issue 13)."""

from __future__ import annotations

import io

import docx
import pytest

from paperlint.analysis.english import english_variant
from paperlint.analysis.regions import regions, skipped
from paperlint.analysis.voice import role_voice
from paperlint.config import Config
from paperlint.context import standalone_context
from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from paperlint.metadata import read_header
from paperlint.profiles import CustomProfile
from paperlint.readers import read_bytes
from tests.conftest import EXAMPLES, ROOT, document_from

CLEAN = sorted((ROOT / "tests" / "data" / "clean").glob("*.txt")) + [EXAMPLES / "control.txt"]
RULES = {rule.code: rule for rule in load_rules()}


def run(text: str, code: str, config: Config | None = None):
    return run_rules(document_from(text), [RULES[code]], standalone_context(config))


# A topic and its first source, with no title over the sources.
_WATER_TOPIC = ("Topic 1: Water\n\nNorland pipes water to every village and asks donors to help.\n\n"
                "Ruiz, Ana. \"Wells of the North.\" Water Today. N.p., 3 May 2015. Web. 6 Nov. 2016.\n\n")


@pytest.mark.parametrize(("rest", "sources", "prose"), [
    # round 51: a paper that lists its sources after each topic, with no title over them
    ("\"Norland Water Plan.\" Wikipedia. Wikimedia Foundation, n.d. Web. 6 Nov. 2016.\n\n"
     "Topic 2: Health\n\nNorland builds clinics in the hills.\n\n"
     "(BBC, 2009) http://news.bbc.co.uk/ 2/hi/africa/7923073.stm\n\n(WHO, 2015) https://www.who.int/norland\n\n"
     "Topic 3: Schools\n\nNorland trains teachers in every district, and it pays them on time.",
     [("Ruiz, Ana.", "6 Nov. 2016."), ("(BBC, 2009)", "")], ["Norland builds clinics", "Norland trains teachers"]),
    # round 58: an entry cut by a line break into a block without a reference's marks, and sources
    # typed as numbered labels and addresses on one line; prose with two addresses stays prose
    ("Coastal Trust. RIVERS, WELLS AND THE DRY SEASON: LESSONS FOR THE\n\nNORTH (n.d.): n. pag. Web.\n\n"
     "Topic 2: Health\n\nNorland builds clinics in the hills and trains nurses in every district.\n\n"
     "1.Clinics in the hills: http://www.example.org/clinics/hills-2015.html 2.Nurses: "
     "https://www.example.org/health/nurses-in-norland\n\n"
     "Topic 3: Schools\n\nNorland trains teachers, and see http://www.example.org/a and http://www.example.org/b "
     "for the figures of every district that the ministry publishes each year in its report.",
     [("Ruiz, Ana.", "n. pag. Web."), ("1.Clinics", "")], ["Norland trains teachers"]),
])
def test_sources_listed_under_each_topic_are_a_bibliography(rest, sources, prose):
    text = _WATER_TOPIC + rest
    document = document_from(text)
    found = [text[r.start : r.end] for r in regions(document).of("bibliography")]
    for first, last in sources:
        assert any(f.startswith(first) and f.endswith(last) for f in found), (first, found)
    for words in prose:
        assert regions(document).at(text.index(words)) is None


def test_regions_find_each_kind_of_non_prose():
    text = (
        "Committee: DISEC\nDelegate Name: Ana Ruiz\n\nPOSITION PAPER\n\n"
        "Kenya recalls A/RES/70/237 (United Nations, 2015) and \"a quoted line\" at https://un.org/x.\n\n"
        "Sources\n\nUnited Nations. (2015). Report. https://undocs.org/\n"
    )
    document = document_from(text)
    found = {kind: [text[r.start : r.end] for r in regions(document).of(kind)] for kind in
             ("header", "heading", "symbol", "citation", "quotation", "url", "bibliography")}
    assert "Delegate Name: Ana Ruiz" in found["header"]
    assert "POSITION PAPER" in found["heading"]
    assert "A/RES/70/237" in found["symbol"]
    assert "(United Nations, 2015)" in found["citation"]
    assert "\"a quoted line\"" in found["quotation"]
    assert "https://un.org/x" in found["url"]
    assert found["bibliography"][0].startswith("Sources")


def test_an_author_cited_surname_first_without_a_year_is_a_citation():
    """Held-out round 63: "by 2015(Tamang, Priya)." was read as prose and the surname was a
    spelling finding four times; a bracket of plain words stays prose."""
    text = ("Every district met the goal by 2015(Tamang, Priya). Clinics (rural and urban) stayed open, "
            "and the survey (Okafor, Chidi M.) agrees.")
    found = [text[r.start : r.end] for r in regions(document_from(text)).of("citation")]
    assert found == ["(Tamang, Priya)", "(Okafor, Chidi M.)"]


@pytest.mark.parametrize("title", ["Sources consulted:", "Works consulted", "Sources used:", "Notes", "Work cited:"])
def test_a_sources_title_on_a_line_of_its_own_opens_the_sources(title):
    body = ("Chile has cut its coal use by half since 2015 and plans to close its last plant by 2040. "
            "Chile proposes a regional fund for clean power and urges lenders to finance grid links. ") * 14
    text = f"Country: Chile\n\n{body}\n\n{title}\n\nChile&apos;s energy roadmap - chile-roadmap-2040.pdf\n\nGrid links | IEA\n"
    document = document_from(text)
    [bibliography] = [text[r.start : r.end] for r in regions(document).of("bibliography")]
    assert bibliography.startswith(title) and bibliography.rstrip().endswith("IEA")
    assert not [f for f in run_rules(document, [RULES["PS003"]], standalone_context(None))]


def test_a_bibliography_kept_per_topic_stays_a_bibliography_and_a_topic_after_it_is_prose():
    """Round 24: "Bibliography" / "Topic 1" / its sources / "Topic 2" / its sources is one sources
    section; a topic heading after the sources that opens with prose opens prose again."""
    body = "Norland funds satellite tracking and urges every State to share its orbital data. " * 12
    per_topic = ("Bibliography\n\nTopic 1\n\nRuiz, Ana. Space Debris. Orbit Press, 2015.\n\n"
                 "Stratfor. \u201cThe Danger from Space Weapons.\u201d 2016. https://example.org/a\n\n"
                 "Topic 2\n\nLee, Kim. Orbits. 2014.\n\nKessler, Don. Debris. Accessed 3 May 2016.\n")
    text = f"Country: Norland\n\nTopic 1: Debris\n\n{body}\n\n{per_topic}"
    [bibliography] = [text[r.start : r.end] for r in regions(document_from(text)).of("bibliography")]
    assert bibliography.startswith("Bibliography") and bibliography.rstrip().endswith("2016.")
    after = f"Country: Norland\n\n{body}\n\nBibliography\n\nRuiz, Ana. Debris. 2015.\n\nTopic 2: Orbits\n\n{body}"
    [bibliography] = [after[r.start : r.end] for r in regions(document_from(after)).of("bibliography")]
    assert "Topic 2" not in bibliography

def test_an_mla_reference_that_ends_with_web_keeps_a_topic_s_sources_in_the_bibliography():
    """Round 35: "Topic II" over references whose only mark is the "Web." that ends them."""
    text = ("Norland acts.\n\nCitations\n\nTopic I\n\n\"Rivers of Norland.\" Atlas Review, n.d. Web. 3 May 2020.\n\n"
            "Topic II\n\nCoastal Trust. SHORELINE WATCH (n.d.): n. pag. Web.\n\n"
            "\"Dunes and Dikes.\" Sea Letters (n.d.): n. pag. Web.\n")
    document = document_from(text)
    bibliography = [(r.start, r.end) for r in regions(document).of("bibliography")]
    assert bibliography == [(text.index("Citations"), len(text.rstrip()))]


@pytest.mark.parametrize("title", ["Citations (MLA):", "Works Cited – APA", "References (Chicago style)"])
def test_a_sources_title_that_names_its_citation_style_opens_the_bibliography(title):
    """Round 60: "Citations (MLA):" over references, one of them with no MLA mark ("…, n.d. PDF.")."""
    text = (f"Norland acts.\n\n{title}\n\nRuiz, Ana. Coasts of Norland. Harbour Press, n.d. PDF.\n\n"
            "\"Dunes and Dikes.\" Sea Letters. Sea Letters, 4 May 2015. Web. 7 Nov. 2016.\n")
    bibliography = [(r.start, r.end) for r in regions(document_from(text)).of("bibliography")]
    assert bibliography == [(text.index(title), len(text.rstrip()))]


def test_one_whole_mla_entry_among_paragraphs_is_a_reference():
    """Round 60: a PDF's page note, a whole MLA entry, set between two paragraphs of the body."""
    body = "Norland funds sea walls and asks donors to pay for them."
    entry = "\"Sea Walls of the Pacific.\" N.p., n.d. Web. 9 Nov. 2016."
    text = f"{body}\n\n{entry}\n\n{body}\n\nNorland thinks the Web. It is 9 May 2016 now.\n"
    bibliography = [text[r.start : r.end] for r in regions(document_from(text)).of("bibliography")]
    assert bibliography == [entry]


def test_a_reference_title_broken_across_paragraphs_stays_in_the_bibliography():
    """Round 31: a title whose second half opens a paragraph with a section word ("Country Case
    Study,” WHO, 2010") ends a reference; it is no heading that opens prose again."""
    body = "Norland funds rural pharmacies and urges donors to pay for essential medicines. " * 12
    sources = ("Bibliography:\n\nRuiz, Ana. \u201cMedicines in Norland,\u201d Health Press. 2014\n\n"
               "\u201cPricing and Access to Medicines: Norland, a\n\nCountry Case Study,\u201d WHO Norland Office. 2010\n")
    text = f"Country: Norland\n\n{body}\n\n{sources}"
    [bibliography] = [text[r.start : r.end] for r in regions(document_from(text)).of("bibliography")]
    assert bibliography.rstrip().endswith("2010")


def test_references_wrapped_into_paragraphs_at_the_end_are_one_bibliography():
    """Round 56: an MLA list whose entries Word split at each line, with no title over it: a line
    that goes on from one cut mid-sentence ("survey? A second look …", "#ref=2"), or an address cut
    at a "/", stays in the bibliography with that line, and so does every entry between them."""
    body = "Norland funds rural clinics and urges donors to pay for essential medicines in the valley. " * 10
    sources = ("Ruiz, Ana. \u201cWhy do clinics fail the\n\nsurvey? A second look at rural care\u201d\n\n"
               "Health Weekly, 3 Mar. 2016, www.healthweekly.org/2016/\n\nwhy-clinics-fail-the-survey/. Accessed 5 Nov. 2016.\n\n"
               "Lee, Kim. \u201cNew medicines for Norland.\u201d\n\nNorland Press, 13 June 2016, news.norland.org/2016/06/\n\n"
               "new-medicines-for-norland/\n\n#ref=2. Accessed 6 Nov. 2016.\n")
    text = f"Country: Norland\n\n{body}\n\n{sources}"
    found = [text[r.start : r.end] for r in regions(document_from(text)).of("bibliography")]
    assert found == [text[text.index("Ruiz, Ana.") :].rstrip()]
    # a paragraph of prose that opens with a small letter is no reference
    alone = f"Country: Norland\n\n{body}\n\nmost clinics also lack a fridge for vaccines, and the ministry knows it."
    assert not regions(document_from(alone)).of("bibliography")


def test_notes_typed_at_the_end_with_the_body_s_marks_are_notes():
    # round 41: "[i] ARTeCLIMA: … | UNESCO" after the last paragraph gave an acronym finding
    text = ("Norland trains guards for the old forts.[i] It also pays for repairs.[ii]\n\n"
            "[i]\u00a0FORTNET: Guarding Heritage | UNESCO\n\n[ii] Norland, Annual Report (2021)")
    found = [text[r.start : r.end] for r in regions(document_from(text)).of("bibliography")]
    assert found == ["[i]\u00a0FORTNET: Guarding Heritage | UNESCO", "[ii] Norland, Annual Report (2021)"]
    # a paragraph opening with a mark the body never used is prose
    alone = "Norland trains guards for the old forts.\n\n[i] The guards also teach children to swim."
    assert not regions(document_from(alone)).of("bibliography")


def test_a_header_label_followed_by_a_no_break_space_is_read():
    text = "Delegate Name: Ana Ruiz\n\nCountry:\u00a0DPRK\n\nTopic:\u00a0Outer space\n\nThe DPRK launched a satellite in 2023."
    document = document_from(text)
    assert read_header(document).first("country", labelled_only=True).value == "DPRK"
    assert run(text, "AC001") == []


def test_a_saying_signed_with_a_dash_is_a_quotation_and_a_dashed_heading_is_not():
    text = ("Topic A – Climate Change\n\nYou either help your neighbours or you leave them behind   -Ana Ruiz Costa\n\n"
            "Chile has cut its emissions by a fifth since 2010 - and it plans to do more.")
    document = document_from(text)
    quoted = [text[r.start : r.end] for r in regions(document).of("quotation")]
    assert quoted == ["You either help your neighbours or you leave them behind"]
    assert [text[r.start : r.end] for r in regions(document).of("attribution")] == ["   -Ana Ruiz Costa"]
    assert run(text, "PS006") == []


def test_a_hit_mostly_inside_a_skipped_region_is_skipped_and_a_sentence_with_a_citation_is_not():
    text = "Kenya acts (Smith, 2020) at once, as every State must."
    document = document_from(text)
    citation = text.index("(Smith")
    assert skipped(document, ("citation",), citation + 1, citation + 6)
    assert not skipped(document, ("citation",), 0, len(text))


@pytest.mark.parametrize(
    "text, variant",
    [
        ("The center analyzed the program; its neighbors favor defense.", "en-US"),
        ("The centre analysed the programme; its neighbours favour defence.", "en-GB"),
        ("Kenya organises training and recognises the work of its partners.", "en-GB"),
        ("Kenya trains officers.", "en-GB"),
        ("Malicious computer programs hit the Pew Research Center; the centre recovered.", "en-GB"),
        # round 40: "analyses" is the plural of "analysis" in both Englishes, no British verb
        ("The health centers published analyses of the data.", "en-US"),
    ],
)
def test_english_variant_is_read_from_the_papers_spellings(text, variant):
    assert english_variant(document_from(text)) == variant


US_PAPER = "The center runs programs on labor rights. Its neighbors favor the plan, and twelve percent agree."


def test_us_paper_gets_no_un_spelling_by_default_but_does_when_the_profile_asks():
    assert run(US_PAPER, "UN005") == []
    config = Config(profile="un-style", profiles={"un-style": CustomProfile(spelling="un")})
    found = run(US_PAPER, "UN005", config)
    assert [f.text for f in found] == ["center"]
    assert "(and 5 more uses)" in found[0].message and found[0].details
    assert "percent" in found[0].details[0]


def test_un_spelling_says_why_the_us_spelling_is_out_of_place():
    """Round 42's sample of the sweep: "UN spelling is 'labour'" read as a rule from outside the
    paper (pedantic or wrong in 13 of 14); the message now says what the paper itself is written in."""
    british = "Norland's labour programmes are a favour to the centres of its neighbours, and its labor force grows."
    assert run(british, "UN005") == []  # no conference chosen: a lone slip of the other English is left alone
    [found] = run(british, "UN005", Config(profile="generic"))
    assert found.message == "'labor' is US spelling in a paper written in British English: write 'labour'."
    [name] = run("Norland funds the World Food Program.", "UN005")
    assert name.message == "'Program' is US spelling in the name of a UN body: write 'Programme'."


def test_un_spelling_preference_of_sp002_needs_a_british_paper_or_the_un_profile():
    text = "Norland's counterterrorism program centers on the labor of its police."
    assert run(text, "SP002") == []
    config = Config(profile="un-style", profiles={"un-style": CustomProfile(spelling="un")})
    assert [f.text for f in run(text, "SP002", config)] == ["counterterrorism"]


def test_a_state_name_written_as_english_writes_it_needs_the_un_profile():
    text = "Norland's labour programmes favour the farmers of Vietnam and the ports of Burma."
    assert [f.text for f in run(text, "SP002")] == ["Burma"]
    config = Config(profile="un-style", profiles={"un-style": CustomProfile(spelling="un")})
    assert [(f.text, f.suggestions) for f in run(text, "SP002", config)] == [("Vietnam", ("Viet Nam",)),
                                                                             ("Burma", ("Myanmar",))]


def test_lower_case_member_states_need_a_mixed_paper_or_the_un_profile():
    text = "All member states pay dues, and member states in arrears lose their vote."
    assert run(text, "UN006") == []
    config = Config(profile="un-style", profiles={"un-style": CustomProfile(spelling="un")})
    assert [f.text for f in run(text, "UN006", config)] == ["member states"]


@pytest.mark.parametrize(
    "word, other",
    [("rancor", "rancour"), ("totaled", "totalled"), ("epilogs", "epilogues"), ("meager", "meagre"),
     ("recentralization", "recentralisation"), ("clamoring", "clamouring"), ("offense", "offence"),
     ("license", "licence"), ("pretense", "pretence")],
)
def test_other_english_knows_the_regular_us_and_british_differences(word, other):
    from paperlint.analysis.english import other_english

    assert other_english(word, other) and other_english(other, word)


@pytest.mark.parametrize(
    "slip, word",
    [("realy", "really"), ("controled", "controlled"), ("yor", "your"), ("sentense", "sentence"),
     ("ocurred", "occurred"), ("enviroment", "environment"), ("fourty", "forty")],
)
def test_other_english_is_not_fooled_by_a_misspelling(slip, word):
    from paperlint.analysis.english import other_english

    assert not other_english(slip, word)


def test_a_long_paper_allows_a_filler_phrase_by_its_length():
    filler = "Chile funds rural schools, as a whole, to keep girls in class. "
    padding = "Teachers, parents and local councils share the cost of books, meals and transport. " * 60
    long_paper = filler + padding + filler + padding + filler  # about 1,600 words: 3 allowed
    assert run(long_paper, "CN002") == []
    assert [f.text for f in run(long_paper + filler, "CN002")] == ["as a whole"]
    short_paper = filler * 3  # each use an echo of the one before
    assert len(run(short_paper, "CN002")) == 2


def test_unknown_profile_spelling_is_a_one_line_config_error():
    from paperlint.errors import ConfigError
    from paperlint.profiles import build_profile

    with pytest.raises(ConfigError, match="spelling"):
        build_profile("x", CustomProfile(spelling="oxford"), "paperlint.toml")


@pytest.mark.parametrize(
    "text",
    [
        "Committee: Historical Cabinet of Kenya\nCountry: Kenya\n\nWe hold the border.",
        "Role: Minister of Energy\n\nWe renegotiate our pipeline fees.",
        "As Minister of Energy, I propose that we renegotiate our pipeline fees.",
        "I represent Lumen Watch, a human-rights organisation.",
        "We shall act.\n\nSincerely,\nPrime Minister of Norland",
        # held-out round 19: a character in the header, a person introduced by name and what they
        # are, a member speaking for a constituency
        "Committee: The Harbour War\n\nAssigned Character: Agnes Mure, Countess of Lorne\n\nWe hold the fords.",
        # round 58: the character under a longer label
        "Character Represented: Sir Tomas Vell\n\nRepresented by: Ola Dee\n\nI believe the colonies must unite.",
        "The river lords are restless. I am Tomas Vell, Keeper of the Seal and an adviser to the Queen.",
        "As a member of the Whig Party representing the county of Kent, I am sure the canal will pay.",
        # held-out round 20: a crisis paper's title, and a paper signed with a name and an office
        "Crisis Position Paper\n\nAna Ruiz\n\nI will not back the junta.",
        "Our company must buy the rival firm.\n\n-Ana Ruiz, Chief Executive of Lumen Works\n\nBibliography",
        # held-out round 21: a person as the delegation, an office in the opening lines, a crisis
        # committee named in the title, the writer named or described beside "I"
        "Committee: The Salt Road\n\nDelegation: Oriel Vantas\n\nName: Ola Dee\n\nThe caravans pay me or burn.",
        "Ines Varga\n\nOrbital Station Seven Mission Commander\n\nThe hull is failing and we must act.",
        "Li Ostrava\n\nBishop Anselm of Gaunt\n\nThe abbey will not yield its grain.",
        "Position Paper for the Cabinet of the Free City\n\nThe walls must be rebuilt.",
        "The harvest failed. I, Mirela Tosk, will not sign the decree.",
        "I, as one of the captains of the harbour guild, refuse the new tax.",
        # round 22: the self-naming "I" opens a paragraph after a line ending in a name
        "The Western Hills Farmers\n\nI, Tomas Vell, was born in the hills.",
        "As Chief Lamp Keeper of the Northern Lighthouse, I will ration the oil.",
        "As the head of the Harbour Bank, I will guard the reserves.",
        "Ola Dee\n\nMarek Vostal\n\nMarek Vostal was a welder at the shipyard before the strike.",
        # round 25: a name of four words beside "I" (a Roman's three names and a title)
        "The slaves are in revolt. I, Gaius Marcius Rutilus Censorinus, swear to hold the pass.",
        # round 26: the character named on an opening line is the subject later in the first
        # paragraph; a name that shares a word with a State's ("Vincent") is still a name
        "Ola Dee\n\nTroy Keller\n\nLeague Growth:\n\nAs head of the players' council, Troy Keller has argued for new teams.",
        "Ola Dee\n\nMarek Vincent\n\nMarek Vincent was a welder at the shipyard before the strike.",
        # round 27: the character as one part of a line ("committee – character"), a company's board
        "Completed by: Ola Dee\n\nHarbour War 1812 – Tomas Vell\n\nTomas Vell was the harbour master of the port.",
        "Ola Dee\n\nVega Motors Board of Directors: Ines Varga\n\nVega Motors must sell its truck division.",
        # round 29: a crisis committee's name on an opening line of a paper that names no country,
        # and a character said to be a person on the title line
        "Ines Varga\n\nOrbital Station Crisis\n\nAs a former flight engineer, I know the station's pumps.",
        "Position Paper for Livia, a freed gladiator in the Hill Revolt\n\nThe revolt needs grain more than swords.",
        # round 30: a person as the header's position, the writer's own part, a crisis committee
        # named far into the title line or after a dash
        "Committee: The Harbour Guild\n\nPosition: Tomas Vell\n\nThe docks must stay open at night.",
        "Ines Varga\n\nMy role in this council would be as the royal treasurer. The treasury is empty.",
        "The Crew of the Northern Star Brig - Crisis Committee Position Paper\n\nThe seas are the only home left.",
        "Ola Dee\n\nMarch 3rd, 2024\n\nOrbital Station 9 - Crisis Committee\n\nThe station is losing air.",
        # round 36: a person as the header's "Person:", the office the writer held, two persons on
        # lines of their own with no committee line, and "I", "me", "my" throughout
        "Committee: The Harbour Guild\n\nPerson: Tomas Vell\n\nThe docks must stay open at night.",
        "The Northern Star Brig\n\nOla Dee\n\nI was the Harbourmaster of Kestra until the fleet burned it.",
        "Ola Dee\n\nTomas Vell\n\nMarlow Academy\n\nOrbital Station Seven\n\nThe station is losing air.",
        "The Northern Star Brig\n\n" + "I sailed with my brothers, and the sea gave me my trade. " * 4,
        # round 37: a paper titled as a character's profile
        "Character Profile\n\nThe boatswain of a ship keeps its rigging and its crew in order.",
        # round 42's sample of the sweep: a one-word character played by a person, a letter to the
        # writer's own people, a cabinet on a title line cut by double bars
        "Kestra 1402\n\nThe Salt Uprising\n\nOrsk (Ola Dee)\n\nI have freed the salt workers of the coast.",
        "To my daughters Ana and Lina,\n\nThese are dark days for our house, and the harbour has fallen.",
        "Kestra 1402 || Lord Orsk, Keeper of the Salt || Kestra Harbour Cabinet Position Paper by Ola Dee\n\nThe salt must flow.",
        # round 50: a member of a legislature named beside it on the opening lines
        "The 5th Norland Parliament\n\nTomas Vellark - NE\n\nThe district of Elm holds the views of myself.",
        "Senate of Norland - Ilse Brandvik\n\nTopic 1: Pirates\n\nWe must decide as a senate what to do.",
        # round 51: a person who says their name and what they are; a name and a title over a place
        "Greetings:\n\nMy name is Tomas Vellark and I am a Federalist Senator from the state of Elm.",
        "Ilse Brandvik, 4th High Steward of Norland\n\nThe death of the king has left the throne empty.",
        "Czechoslovakia 1990\nTomas Vellark\n\nIlse Brandvik\n\nThe Fall of Communism\n\nThe old order is gone.",
    ],
)
def test_role_papers_are_recognised(text):
    assert role_voice(document_from(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya believes that we must act. The Minister of Health agrees.",
        "I am Maria Lopez, and I believe Peru must act.",
        "Character: none given\n\nPeru believes the fund must grow.",
        "Peru, representing the people of the Andes, believes the fund must grow.",
        # a quotation's source is signed the same way, and a crisis named in the body is no title
        "Peru quotes its minister:\n\n“Water is the first medicine.”\n\n– Ana Ruiz, Adviser, PAHO\n\nPeru agrees.",
        "Peru believes the fund must grow. The climate crisis is the topic of this paper and of the committee.",
        # look-alikes of round 21's shapes: an organisation, a territory or a misspelt State as the
        # delegation; a UN body, a school or a delegate in the opening lines; a delegate beside "I"
        "Committee: WHO\n\nDelegation: Human Rights Watch\n\nWe urge the Assembly to act.",
        "Committee: WTO\n\nDelegation: Hong Kong\n\nHong Kong trades freely.",
        "Committee: UNICEF\n\nCountry: The Syria Arab Republic\n\nSyria protects its children.",
        "General Assembly\n\nPeru\n\nPeru believes the fund must grow.",
        "Mentor College\n\nPeru\n\nEconomic and Social Council\n\nPeru believes the fund must grow.",
        "I, as the delegate of Peru, believe the fund must grow.",
        "After World War I, France and Britain redrew the map of the region.",
        "As the delegate of Peru to the Assembly, I believe the fund must grow.",
        "As a member of the Security Council, I believe Peru must act.",
        "As a result of the Geneva talks, I believe Peru must act.",
        "Ola Dee\n\nPeru\n\nUNICEF\n\nPeru believes that every child must be registered at birth.",
        "I, as a member of the delegation of Peru, believe the fund must grow.",
        "Position Paper for the Disarmament Committee\n\nCountry: Peru\n\nPeru backs the treaty.",
        # a school named on an opening line and then in the body is no character
        "Ola Dee\n\nMarlow Academy\n\nPeru\n\nThis year, Marlow Academy has sent two delegates, and Peru believes the fund must grow.",
        # a name beside a quotation, a school or a label is no character
        "“Peace is the only battle worth waging.” – Albert Camus\n\nPeru believes the fund must grow.",
        "Ola Dee - Marlow Academy Delegation\n\nPeru believes the fund must grow.",
        "Committee\n\n: UNICEF\n\nDelegate\n\n: Ola Dee\n\nPeru believes the fund must grow.",
        # round 29's look-alikes: a crisis as a country paper's topic, a State said to be a leader
        "Country: Peru\n\nThe Water Crisis\n\nPeru believes the fund must grow.",
        "Position Paper for Peru, a leader in mountain farming\n\nPeru believes the fund must grow.",
        # round 30's look-alikes: an organisation as the position, a delegation's role
        "Committee: UNESCO\n\nPosition: International Council of Museums\n\nThe council urges States to act.",
        "Country: Peru\n\nOur role in this committee is to defend small States. Peru believes the fund must grow.",
        # round 36's look-alikes: "I" throughout a paper whose header names a Member State, "I" a few
        # times in a long paper, and a delegate said to be one ("I am a delegate of")
        "Country: Peru\n\n" + "I believe my delegation must act, and I ask my friends to help me. " * 4,
        "Peru\n\nI believe Peru must act. " + "Peru believes the fund must grow and the water must be shared. " * 30,
        "I am a delegate of Peru to the Assembly. Peru believes the fund must grow.",
        # round 50's look-alikes: a legislature named in the body, a UN assembly beside a delegate
        "Committee: Sixth Committee\nCountry: Peru\nDelegate: Ilse Brandvik\n\nThe Congress of Peru passed a law.",
        "General Assembly - Ilse Brandvik\n\nPeru\n\nPeru believes the fund must grow.",
        "My name is Ilse Brandvik and I am the delegate of Peru. Peru believes the fund must grow.",
        "Ilse Brandvik, Delegate of Peru\n\nPeru believes the fund must grow.",
        # round 37's look-alike: a country profile, and "character" inside a sentence of the body
        "Country Profile\n\nPeru believes the fund must grow, whatever its character profile.",
        # round 42's look-alikes: a delegate in brackets after a State, a committee or a word any
        # dictionary lists; a letter to the chairs; a title line cut by double bars naming a State
        "Peru (Ola Dee)\n\nUNICEF\n\nPeru believes the fund must grow.",
        "WHO (Ola Dee)\n\nPeru\n\nPeru believes the fund must grow.",
        "Delegate (Ola Dee)\n\nPeru\n\nPeru believes the fund must grow.",
        "To the honourable chairs,\n\nPeru believes the fund must grow.",
        "Marlow 2024 || Peru || World Health Organization Position Paper\n\nPeru believes the fund must grow.",
    ],
)
def test_delegation_paper_is_not_a_role_paper(text):
    assert role_voice(document_from(text)) is None


def test_a_characters_contractions_are_one_note_with_their_places():
    text = ("In my capacity as Minister of Fisheries, I don’t fear the storm.\n\n"
            "We’ll mend the nets, and they’re ready.")
    [note] = run(text, "ST001")
    assert note.severity.name == "INFO" and note.text == "don’t" and "(and 2 more)" in note.message
    assert "Used 3 times: line 1 ('don’t'), line 3 ('We’ll'), line 3 ('they’re')." in note.details


def test_unsure_contraction_fix_is_offered_but_not_safe():
    found = run("The United States don't agree.", "ST001")
    assert found[0].suggestions == ("do not",) and not found[0].fixable
    assert run("France don't agree.", "ST001")[0].fixable


def harper() -> Config:
    return Config(grammar="harper")


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between the Tumbari and Ogel Dinka herders spread along the Rivenna river.",
        "Foreign direct investment reached 40 GW; the RETs and R2P debates went on.",
        "The IMO’s mandate grew. Kenya funds cybercrime units.",
        "Kimathi Wanjiru spoke. Later, Wanjiru spoke again.",
        "<!-- paperlint: words Zorvath -->\nzorvath is the local word for a well.",
    ],
)
def test_names_and_the_papers_own_words_are_not_misspellings(text):
    assert run(text, "SP001", harper()) == []


def test_misspelt_ordinary_words_are_still_reported():
    found = run("The goverment acted. Goverment officials met.", "SP001", harper())
    assert [f.text for f in found] == ["goverment", "Goverment"]


# Words a paper explains or builds, next to real slips in the same places (invented wording).
SPELLING_SET = [
    ("Minority tongues such as Orvesi, Tama-Lek and Kudrani have few speakers left.", []),
    ("Coastal fishers call this current the tolvano, and it brings rain.", []),
    ("Herders in the south fear the kharaf (a season of dust storms).", []),
    ("The dry wind, known in the valleys as the surrano, ruins harvests.", []),
    ("Fines reach 12,000 ngultrum for each offence.", []),
    ("Villages keep the custom of mbaraza (open-air councils) alive. Mbaraza meet monthly.", []),
    ("The elders named it ‘kelemba’ long ago.", []),
    ("Co-benefits reach agri-food chains and non-invasively tested crops.", []),
    ("The ruling al-Mansur family spoke in the 1970’s.", []),
    ("Vrelnik ministers met on Monday.", []),
    ("Both blocs back antidesertification and postconflict funds.", []),
    ("Both sides benefitted, and the talks focussed on water.", []),
    ("The comittee adopted the text.", ["comittee"]),
    ("Sucessful reforms took years.", ["Sucessful"]),
    ("The Ministry built a well-establised network of clinics.", ["establised"]),
    ("Food prices rose by 40 percnt last year.", ["percnt"]),
    ("It is a neccessary step (as noted above) for peace.", ["neccessary"]),
    ("Known as the Pact of Aldora, the agreemnt failed.", ["agreemnt"]),
    ("Enviroment ministers met in the capital.", ["Enviroment"]),
    ("Our wayward bretheren must return to the table.", ["bretheren"]),
    ("Every state must be self-sufficent in grain.", ["sufficent"]),
    ("The region needs thegovernment to act.", ["thegovernment"]),
    # Words the engine lacks but WordNet knows, prefixed compounds and outline letters (held-out round).
    ("Clean cookstoves and the rotavirus vaccine save lives in rural clinics.", []),
    ("Villages near dormant supervolcanoes now burn biogas made from farm waste.", []),
    ("Part I: The Country (most of the paper) a. Profile and history. Note: what matters changes with "
     "the committee and the topic. b. Stance on the topic", []),
    # a plural the engine lacks, "corrected" to a possessive (fourth held-out round)
    ("Coast guards aim to prevent further endangerments of migrants at sea.", []),
    ("The treaty lists three infringments of the ceasefire.", ["infringments"]),
    ("Peru defends the humanrights of every refugee.", ["humanrights"]),
    ("The report covers allhistory of the dispute.", ["allhistory"]),
    # two nouns written as one are a closed compound; a small word or an adjective run in is a slip
    ("Rival warbands raided the border villages, so the agency hired codebreakers.", []),
    ("Donors must give peacebuilders timeframes they can keep.", []),
    ("The clinic lost its bookeeping records.", ["bookeeping"]),
    ("The delegation wants highlevel talks and longterm goals.", ["highlevel", "longterm"]),
    # a noun made of a listed adjective is a word; a "y" kept before the suffix is a slip
    ("The region seeks the prosperousness its neighbours enjoy.", []),
    ("Refugees deserve happyness and a home.", ["happyness"]),
    # speech written as spoken, its dropped letters marked; unmarked, a slip is still a slip
    ("The old sailor kept repeatin’ his tale to m’ crew, and they kept workin’.", []),
    ("The delegation is commitin to peace.", ["commitin"]),
    # round 24: an apostrophe for one to three letters left out, inside a word or before it;
    # a contraction's apostrophe restores nothing, and a word run into "the" is still a slip
    ("Them sailors were scatter’d ‘cross th’ bay, toge’er they renam’d the brig o’er the winter.", []),
    ("The bosun said i’ll sail and we’r leaving, but the’crew refused.", ["i’ll", "we’r", "the’crew"]),
    # a part of a phrase or hyphenated word WordNet lists; an -ionary adjective of a listed noun
    ("After the coup d’état, a de facto ban on rallies seemed light-hearted to no one.", []),
    ("The devolutionary process began in the north.", []),
    ("The devolutionery process began in the north.", ["devolutionery"]),
    # round 23: "thermo-" is a prefix; an -atory adjective of a listed -ation noun is a word
    ("Heat waves strain the body's thermoregulatory system, and confiscatory taxes strain trade.", []),
    # round 24: an -ional adjective of a listed -ion noun is a word; a misspelt stem is not
    ("Poverty and violence share a causational link, and aid is allocated causationally.", []),
    ("Poverty and violence share a causasional link.", ["causasional"]),
    # round 25: an -ical adjective of a listed -ic one
    ("Heat waves bring demographical health risks.", []),
    ("Heat waves bring demograpical health risks.", ["demograpical"]),
]


@pytest.mark.parametrize("text, misspelt", SPELLING_SET)
def test_explained_words_and_compound_parts_pass_and_slips_beside_them_do_not(text, misspelt):
    assert [f.text for f in run(text, "SP001", harper())] == misspelt


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_clean_papers_pass_quietly_with_harper(path, run_cli):
    code, out, _ = run_cli("check", str(path), "--grammar", "harper", "--no-cache")
    assert code == 0, out
    assert "warning" not in out and "error" not in out


def test_whole_paper_findings_on_the_title_are_not_skipped():
    whole_paper = [code for code in RULES if code.startswith("PS") and code != "PS006"]  # PS006 marks each 'you'
    assert RULES["RD003"].skip == RULES["RD004"].skip == () and all(RULES[code].skip == () for code in whole_paper)


@pytest.mark.parametrize(("body", "flagged"), [
    ("In 1643 the raiders burned my town while I was away picking berries in the woods.", []),
    ("In 1643 the KRF burned my town while I was away picking berries in the woods.", ["KRF"]),
])
def test_the_bare_lines_that_open_a_docx_are_its_header(body, flagged):
    """Held-out round 37: "SSUNS", the conference, on a .docx's first line beside the writer's and
    the committee's names, spaced out as columns, is no acronym to define in the prose."""
    paper = docx.Document()
    paper.add_paragraph("SSUNS" + " " * 40 + "Ola Dee" + " " * 40 + "Harbour War")
    paper.add_paragraph(body)
    data = io.BytesIO()
    paper.save(data)
    document = read_bytes(data.getvalue(), "paper.docx", "docx")
    rules = [rule for rule in load_rules() if rule.code == "AC001"]
    assert [f.text for f in run_rules(document, rules, standalone_context())] == flagged


def test_a_parenthesis_that_cites_a_source_is_no_later_definition():
    """Round 47: "(HPV Vaccine)", an in-text citation, let AC001 say HPV "is defined later" on
    the very line it flagged. A parenthesis that defines follows a name or holds the acronym alone."""
    text = "Schools offer shots against HPV. The series costs 500 dollars (HPV Vaccine)."
    (finding,) = run(text, "AC001")
    assert "defined later" not in finding.message
    defined = "Schools offer shots against HPV. We fund vaccines against the human papillomavirus (HPV)."
    (finding,) = run(defined, "AC001")
    assert "defined later" in finding.message


def test_an_acronym_in_capitals_gives_only_its_own_letters_when_no_name_goes_on():
    """Round 39: "UNESCO to Promote" in a reference title spelt no UNEP, so AC001 no longer says
    UNEP "is defined later"; "KAVO Solar Fields Authority" still spells KSFA."""
    text = ("The hosting nation pays a fee to UNEP every year.\n\nWorks Cited\n\n"
            "“National Commissions for UNESCO to Promote the Recommendation.” Unesco.org, 2025.")
    (finding,) = run(text, "AC001")
    assert "defined later" not in finding.message
