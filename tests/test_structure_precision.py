"""Regression cases of the structure checks' precision round (own wording): country policy found
by what the paper's own country or voice does, short position-only papers under the default
profile, and a committee given as a UN body's heading. Each error case has correct look-alikes."""

from __future__ import annotations

import pytest

from paperlint.analysis.structure import structure_report
from paperlint.config import Config
from paperlint.context import standalone_context
from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from paperlint.metadata import read_header
from paperlint.profiles import SECTIONS, profile_for
from tests.conftest import document_from

PS_RULES = [r for r in load_rules() if r.code.startswith("PS")]


def messages(text: str, profile: str | None = None) -> list[str]:
    """The PS findings' messages, and under the default profile, which reports no missing section,
    the sections its report (the figures' structure line) lists as missing, worded as PS002 would."""
    config = Config(profile=profile) if profile else None
    found = [f.message for f in run_rules(document_from(text), PS_RULES, standalone_context(config))]
    report = structure_report(document_from(text), profile_for(config))
    if not profile_for(config).strict:
        found += [f"No {SECTIONS[i.key.removeprefix('section.')]} section" for i in report.items
                  if i.key.startswith("section.") and not i.ok]
    return found


PROPOSALS = ("{c} proposes a regional fund, paid by the richest members, to train inspectors in every port. "
             "It urges the committee to set up a shared register of offenders, and it would host the first meeting of its board.")
BG = ("Illegal fishing strips coastal waters of their stocks, and about one fish in five sold worldwide is caught outside the law. "
      "Small fishing villages lose their income first, and the damage to reefs lasts for decades. ")
PAST = ("In 2009 the FAO adopted the Port State Measures Agreement, which entered into force in 2016, and the General Assembly "
        "has called for stronger controls in its annual resolutions on sustainable fisheries. ")

def hdr(country, committee="Committee: Food and Agriculture Organization", topic="Topic: Illegal Fishing"):
    return f"{committee}\nCountry: {country}\n{topic}\n\n"

CP: list[tuple[str, str, str | None, bool]] = []  # a "No Country Policy" finding expected?
CP.append(("ghana_deployed", hdr("Ghana") + BG + "\n\n" + PAST + "\n\nGhana has sent 800 soldiers to UN missions in Lebanon since 2008. Ghana also runs a training school for naval officers in Accra, and its navy currently patrols the whole coast twice a week.\n\n" + PROPOSALS.format(c="Ghana"), None, False))
CP.append(("we_our_government", hdr("Fiji") + BG + "\n\n" + PAST + "\n\nWe have opened three patrol stations along the northern reefs. Our government currently spends two percent of its budget on the coast guard and shares its catch data with its neighbours.\n\n" + PROPOSALS.format(c="Fiji"), None, False))
CP.append(("run_in_subheading", hdr("Chile") + BG + "\n\n" + PAST + "\n\nFisheries in Chile Chile currently tracks every trawler with satellite beacons. Chile also fines companies that land undeclared catch, and it seized eleven vessels last year.\n\n" + PROPOSALS.format(c="Chile"), None, False))
CP.append(("delegation_of_would_like", hdr("Peru") + BG + "\n\n" + PAST + "\n\nThe delegation of Peru would like to share its experience with coastal patrols. Peru currently uses drones to watch its anchovy grounds, and it trained 300 inspectors in 2022.\n\n" + PROPOSALS.format(c="Peru"), None, False))
CP.append(("formal_name_in_header", hdr("Republic of Korea") + BG + "\n\n" + PAST + "\n\nThe Republic of Korea inspects every foreign vessel that enters its ports. Korea has also built a monitoring centre in Busan that follows its distant-water fleet day and night.\n\n" + PROPOSALS.format(c="Korea"), None, False))
CP.append(("two_word_country", hdr("New Zealand") + BG + "\n\n" + PAST + "\n\nNew Zealand closed a third of its coastal waters to bottom trawling in 2020. New Zealand now requires cameras on every commercial boat over eight metres.\n\n" + PROPOSALS.format(c="New Zealand"), None, False))
CP.append(("no_header_country_by_subject", "Indonesia and Illegal Fishing\n\n" + BG + "\n\n" + PAST + "\n\nIndonesia sank more than 500 foreign poaching boats between 2014 and 2019. Indonesia publishes the positions of its licensed vessels on a public map.\n\n" + PROPOSALS.format(c="Indonesia"), None, False))
CP.append(("our_country_our_delegation", hdr("Senegal") + BG + "\n\n" + PAST + "\n\nOur country introduced licences for every pirogue in 2015. Our delegation calls for the same licences across West Africa, since our fishers already keep logbooks of their catch.\n\n" + PROPOSALS.format(c="Senegal"), None, False))
# thirteenth held-out round: the country's measures named as its own
CP.append(("own_initiatives", hdr("Chile") + BG + "\n\n" + PAST + "\n\nChile's coastal initiatives aim to give every village a patrol boat, and fishers who see poachers can call a hotline.\n\n" + PROPOSALS.format(c="The committee"), None, False))
# fourteenth held-out round: the delegate speaks for the country
CP.append(("delegate_of", hdr("Peru") + BG + "\n\n" + PAST + "\n\nThe delegate of Peru cites three ways to guard the anchovy grounds. Peru's fleet is small, and its ports are few.\n\n" + PROPOSALS.format(c="The committee"), None, False))
# look-alikes: no country policy, the finding must stay
CP.append(("other_states_initiatives", hdr("Kenya") + BG + "\n\n" + PAST + "\n\nBrazil's coastal initiatives give every village a patrol boat. Kenya's waters lose fish to foreign trawlers each year.\n\n" + PROPOSALS.format(c="The committee"), None, True))
CP.append(("world_only", hdr("Kenya") + BG + "\n\n" + PAST + "\n\nMany coastal States have sent patrol boats to the high seas. The Security Council has discussed piracy several times, and regional bodies share lists of vessels.\n\n" + PROPOSALS.format(c="The committee"), None, True))
CP.append(("other_states_act", hdr("Kenya") + BG + "\n\n" + PAST + "\n\nBrazil has sent engineers to build fish markets in Angola. Canada funds satellite tracking for small island States, and Norway trained inspectors in Mozambique.\n\n" + PROPOSALS.format(c="The committee"), None, True))
CP.append(("topic_nouns_as_subject", hdr("Kenya") + BG + "\n\n" + PAST + "\n\nOverfishing threatens coral reefs along every coast. Climate Change pushes fish towards colder waters, and Rising Temperatures bleach reefs each summer.\n\n" + PROPOSALS.format(c="The committee"), None, True))
CP.append(("country_in_heading_only", hdr("Ghana") + BG + "\n\n" + PAST + "\n\nFisheries in Ghana\n\nCanoe crews in the western region report smaller catches each year. Fish prices in the markets of the capital have doubled since 2015.\n\n" + PROPOSALS.format(c="The committee"), None, True))
CP.append(("country_as_object", hdr("Bangladesh") + BG + "\n\n" + PAST + "\n\nCyclones struck Bangladesh in 2020 and destroyed hundreds of boats. Donors sent nets and engines to Bangladesh the following spring.\n\n" + PROPOSALS.format(c="The committee"), None, True))
CP.append(("geography_only", hdr("Kenya") + BG + "\n\n" + PAST + "\n\nKenya lies on the Indian Ocean. Kenya has a coastline of 536 kilometres, and Kenya borders Somalia to the north.\n\n" + PROPOSALS.format(c="The committee"), None, True))
# tenth held-out round: the country's own laws by its adjective, a header in capitals, initials
CP.append(("adjective_law_and_plan", hdr("Portuguese Republic") + BG + "\n\n" + PAST + "\n\nPortuguese fisheries law requires every trawler over twelve metres to carry a tracking beacon. Portugal plans to double its fleet of inspection boats by 2027.\n\n" + PROPOSALS.format(c="Portugal"), None, False))
CP.append(("adjective_organ", hdr("Chile") + BG + "\n\n" + PAST + "\n\nThe Chilean navy has seized eleven foreign trawlers since 2021. Chilean authorities now publish every seizure online within a week.\n\n" + PROPOSALS.format(c="Chile"), None, False))
CP.append(("capitals_header_initials", hdr("UNITED ARAB EMIRATES") + BG + "\n\n" + PAST + "\n\nThe UAE has funded two fish hatcheries on its eastern coast since 2016. The UAE also trains inspectors from neighbouring States every spring.\n\n" + PROPOSALS.format(c="The UAE"), None, False))
CP.append(("named_law_and_long_run_aim", hdr("Chile") + BG + "\n\n" + PAST + "\n\nThe Chilean Clean Coasts Act of 2019 bans bottom trawling within five miles of the shore. Chile in the long run aims to close a tenth of its waters to all fishing.\n\n" + PROPOSALS.format(c="Chile"), None, False))
CP.append(("capitals_name_before_its_law", hdr("Chile") + BG + "\n\n" + PAST + "\n\nUnder CHILE: Fisheries Act 430, every trawler reports its catch daily. Chile in the long run aims to close a tenth of its waters to all fishing.\n\n" + PROPOSALS.format(c="Chile"), None, False))
# look-alikes: another country's laws, the country's people or waters, the country as a joined object
CP.append(("other_countrys_named_law", hdr("Kenya") + BG + "\n\n" + PAST + "\n\nThe Chilean Clean Coasts Act of 2019 bans bottom trawling near the shore. Fish prices in the markets of the capital have doubled since 2015.\n\n" + PROPOSALS.format(c="The committee"), None, True))
CP.append(("other_adjective_law", hdr("Kenya") + BG + "\n\n" + PAST + "\n\nNorwegian fisheries law requires cameras on large trawlers. German authorities have fined three fleets for false catch records.\n\n" + PROPOSALS.format(c="The committee"), None, True))
CP.append(("adjective_people_not_state", hdr("Kenya") + BG + "\n\n" + PAST + "\n\nKenyan fishermen have lost half of their catch since 2010. Kenyan waters grow warmer every year.\n\n" + PROPOSALS.format(c="The committee"), None, True))
CP.append(("joined_object", hdr("Ghana") + BG + "\n\n" + PAST + "\n\nLoans from the World Bank to Togo and Ghana have doubled since 2019. Storms in Benin and Ghana have destroyed hundreds of canoes.\n\n" + PROPOSALS.format(c="The committee"), None, True))

SHORT: list[tuple[str, str, str | None, dict[str, bool]]] = []  # which findings expected
def policy(c, verb1="has trained", extra=""):
    return (f"{c} {verb1} 400 rangers to protect its forests over the past decade. {c} also pays farmers who replant cleared land, and it publishes "
            f"satellite maps of its forest cover every year. {c} believes that forests store carbon for the whole planet. {extra}")
def props(c):
    return (f"{c} proposes a fund for forest rangers in the tropical belt, paid by the largest emitters. It urges the committee to set up a "
            f"shared satellite service for forest monitoring, and it would host the first training course for its staff. {c} also recommends "
            f"that timber importers check the origin of every shipment. ")
KEYS = ("No Topic Background", "No Past International Action", "No sources section", "No Proposed Solutions")
def short_header(c, t="Topic: Deforestation"):
    return f"Committee: UN Environment Assembly\nCountry: {c}\n{t}\n\n"
SHORT.append(("short_gabon", short_header("Gabon") + policy("Gabon") + policy("Gabon", "has hired") + "\n\n" + props("Gabon"), None, dict.fromkeys(KEYS, False)))
SHORT.append(("short_colombia_we", short_header("Colombia") + "We have declared 15 new national parks since 2018, and our rangers patrol them on foot and by river. We support payments to indigenous communities who guard their land. Our government believes that deforestation cannot be stopped by one State alone.\n\n" + props("Colombia") + "\n\n" + props("Colombia"), None, dict.fromkeys(KEYS, False)))
SHORT.append(("short_two_topics", "Committee: UN Environment Assembly\nCountry: Malaysia\n\nDeforestation\n\n" + policy("Malaysia") + props("Malaysia") + "\n\nMarine Plastic\n\n" + "Malaysia has banned plastic straws in three states and collects plastic from its rivers with floating barriers. Malaysia believes that producers must pay for the waste they create. " + props("Malaysia").replace("forest", "river"), None, dict.fromkeys(KEYS, False)))
SHORT.append(("short_with_past_mention", short_header("Ecuador") + policy("Ecuador", "has protected", "Ecuador signed the Paris Agreement in 2016.") + "\n\n" + props("Ecuador") + props("Ecuador"), None, dict.fromkeys(KEYS, False)))
SHORT.append(("short_amun_style_272w", short_header("Laos") + policy("Laos") + policy("Laos", "has planted") + "\n\n" + props("Laos") + props("Laos"), None, dict.fromkeys(KEYS, False)))
SHORT.append(("short_vague_solutions", short_header("Guyana") + policy("Guyana") + policy("Guyana", "has mapped") + policy("Guyana", "has paid") + "\n\nGuyana hopes that every nation will care more for the forests. Forests will continue to matter for the generations to come.", None, {**dict.fromkeys(KEYS, False), "No Proposed Solutions": True}))
SHORT.append(("short_cited_without_sources", short_header("Gabon") + policy("Gabon") + "Forest loss doubled between 2001 and 2020 (Global Forest Watch, 2021).\n\n" + props("Gabon") + props("Gabon"), None, {**dict.fromkeys(KEYS, False), "No sources section": True}))
SHORT.append(("short_under_generic", short_header("Gabon") + policy("Gabon") + "\n\n" + props("Gabon") + props("Gabon"), "generic", {**dict.fromkeys(KEYS, True), "No Proposed Solutions": False}))
SHORT.append(("short_two_proposals_in_one_sentence", short_header("Belize") + policy("Belize") + policy("Belize", "has fenced") + policy("Belize", "has planted") + "\n\nBelize encourages every coastal State to map its mangroves each year and calls on lenders to fund nurseries for seedlings in fishing villages.", None, {**dict.fromkeys(KEYS, False)}))
SHORT.append(("short_one_proposal_two_verbs", short_header("Belize") + policy("Belize") + policy("Belize", "has fenced") + policy("Belize", "has planted") + "\n\nBelize urges and encourages all nations to cooperate more closely on forests.", None, {**dict.fromkeys(KEYS, False), "No Proposed Solutions": True}))
SHORT.append(("short_belief_in_an_action_and_a_wish_to_contribute", short_header("Belize") + policy("Belize") + policy("Belize", "has fenced") + policy("Belize", "has planted") + "\n\nBelize firmly believes that expanding the regional ranger school would slow illegal logging. Belize wants to contribute its own trainers and a share of the costs.", None, {**dict.fromkeys(KEYS, False)}))
SHORT.append(("short_belief_without_an_action", short_header("Belize") + policy("Belize") + policy("Belize", "has fenced") + policy("Belize", "has planted") + "\n\nBelize firmly believes that the forests are a gift to every nation. No nation wants a world without them.", None, {**dict.fromkeys(KEYS, False), "No Proposed Solutions": True}))
SHORT.append(("short_we_can", short_header("Belize") + policy("Belize") + policy("Belize", "has fenced") + policy("Belize", "has planted") + "\n\nWe can further cut illegal logging by sharing satellite images with our neighbours. We could also look into paying villages that guard their forests.", None, {**dict.fromkeys(KEYS, False)}))
SHORT.append(("short_we_can_see", short_header("Belize") + policy("Belize") + policy("Belize", "has fenced") + policy("Belize", "has planted") + "\n\nWe can see that the forests are shrinking. We can say that no nation is safe from the damage.", None, {**dict.fromkeys(KEYS, False), "No Proposed Solutions": True}))
LONGPOL = " ".join(policy("Peru", v) for v in ("has trained", "has hired", "has equipped", "has paid", "has sent", "has recruited", "has housed", "has fed", "has armed", "has fined"))
LONGPROP = " ".join(props("Peru") for _ in range(5))
SHORT.append(("long_without_background_past_sources", short_header("Peru") + LONGPOL + "\n\n" + LONGPROP, None, {**dict.fromkeys(KEYS, True), "No Proposed Solutions": False}))

HEAD: list[tuple[str, str, str | None, str | None]] = []  # the PS001 message expected
BODY = ("Tunisia welcomes visitors to its beaches and desert towns, and tourism employs one worker in ten. Tunisia has trained 2,000 guides since 2016 and "
        "supports small hotels that hire local staff. Tunisia proposes a regional label for hotels that save water, and it urges the committee to set up a "
        "fund for training in small towns. Tunisia would host the first meeting of the label's board in Tozeur. It also recommends that lenders offer "
        "cheaper loans to family-run guest houses that use solar power. Tourism was hit hard during the pandemic, when arrivals fell by 80 percent. "
        "Tunisia has since reopened its airports to charter flights, and it has taught 400 young people in the south to run guest houses of their own. "
        "Tunisia believes that visitors should see more of the country than its beaches, and it supports walking routes through the oases.")
HEAD.append(("ordinal_committee_of_ga_colon", "Third Committee of the General Assembly: Social, Humanitarian and Cultural\n\n" + BODY, None, None))
HEAD.append(("ga_first_committee_dash", "General Assembly First Committee – Disarmament and International Security\n\n" + BODY, None, None))
HEAD.append(("environment_assembly", "United Nations Environment Assembly\n\n" + BODY, None, None))
HEAD.append(("security_council_alone", "Security Council\n\n" + BODY, None, None))
HEAD.append(("body_with_acronym", "Human Rights Council (HRC)\n\n" + BODY, None, None))
HEAD.append(("misspelt_body", "Economic and Social Counsil\n\n" + BODY, None, None))
HEAD.append(("lone_committee_generic", "Fourth Committee of the General Assembly (Special Political and Decolonization)\n\n" + BODY, "generic", "Header (generic profile): no Country, Topic line."))
HEAD.append(("ordinal_generic_only_country", "Second Committee of the General Assembly: Economic and Financial\n\nSustainable Tourism\n\n" + BODY, "generic", "Header (generic profile): the header lines are not labelled (Committee, Country, Topic)."))
HEAD.append(("title_with_country", "Tunisia and the Security Council\n\n" + BODY, None, "Header (default profile): no Committee, Country line."))
# round 28: the State and the body one after the other under the writer's name
HEAD.append(("state_then_body_line", "Ola Dee\n\nTunisia UNESCO\n\n" + BODY, None, None))
HEAD.append(("title_topic", "Tourism That Lasts\n\n" + BODY, None, "Header (default profile): no Committee, Country line."))
HEAD.append(("title_treaty", "The Future of the Paris Agreement\n\n" + BODY, None, "Header (default profile): no Committee, Country line."))
HEAD.append(("title_position", "Tunisia's Position on Tourism\n\n" + BODY, None, "Header (default profile): no Committee, Country, Topic line."))
HEAD.append(("title_fund_word", "A Fund for Small Hotels\n\n" + BODY, None, "Header (default profile): no Committee, Country line."))

HEAD.append(("position_paper_title_names_country", "2020 TUNISIA POSITION PAPER\n\n" + BODY, None, None))
HEAD.append(("position_paper_of_formal_name", "Position Paper of the Kingdom of Morocco\n\n" + BODY.replace("Tunisia", "Morocco"), None, None))
HEAD.append(("position_paper_title_without_country", "2020 POSITION PAPER\n\n" + BODY, None, "Header (default profile): no Committee, Country, Topic line."))
HEAD.append(("position_paper_title_names_an_organisation", "Position Paper of the African Union\n\n" + BODY, None, "Header (default profile): no Committee, Country, Topic line."))

@pytest.mark.parametrize(("name", "text", "profile", "expected"), CP, ids=[c[0] for c in CP])
def test_country_policy_is_found_by_what_the_country_does(name, text, profile, expected):
    assert any("No Country Policy" in m for m in messages(text, profile)) is expected


@pytest.mark.parametrize(("name", "text", "profile", "expected"), SHORT, ids=[c[0] for c in SHORT])
def test_a_short_paper_states_a_position(name, text, profile, expected):
    found = messages(text, profile)
    assert {key: any(key in m for m in found) for key in expected} == expected


@pytest.mark.parametrize(("name", "text", "profile", "expected"), HEAD, ids=[c[0] for c in HEAD])
def test_a_committee_heading_is_the_committee(name, text, profile, expected):
    assert [m for m in messages(text, profile) if m.startswith("Header")] == ([expected] if expected else [])


def test_representing_names_the_delegation():
    """Round 28: "Representing: GAMBIA" is the country line (a school's "Represented by" is not)."""
    header = read_header(document_from("Council: AFRICAN UNION\n\nRepresenting: NORLAND\n\nNorland funds schools."))
    assert header.first("country").value == "NORLAND"
