"""Who claims a figure: attribution rules on sentences written for these tests."""

from __future__ import annotations

import pytest

from newskg.model import Article
from newskg.nlp.extract import extract

pytestmark = pytest.mark.model


def claimant(text: str, measure: str, n: int, after: str = "") -> str | None:
    """The claimant (as written) of the figure ``measure`` with minimum ``n`` (the first one
    after the words ``after``); "article" if the article itself states it."""
    ex = extract(Article(id="t", text=text, source="t"))
    start = text.index(after) if after else 0
    got = [f for f in ex.figures if f.measure == measure and f.min == n and f.evidence.begin >= start]
    assert got, [(f.measure, f.min) for f in ex.figures]
    return got[0].claimant_text or "article"


def test_dateline_parsed_as_a_second_subject_is_not_the_speaker():
    text = "Nairobi, 3 March 2025 (Wire) — Kenya's coast guard said on Monday that 14 fishermen were missing."
    assert "coast guard" in claimant(text, "missing", 14)


def test_event_subject_before_the_reporting_clause_is_not_the_speaker():
    text = ("A blast that tore through a fuel depot overnight killed at least 9 workers, "
            "the regional governor's office said on Tuesday.")
    assert "governor" in claimant(text, "killed", 9)


def test_coordinated_reporting_verb_takes_the_first_verbs_subject():
    text = ("The interior minister dismissed the reports as exaggerated and said only four people "
            "had been injured.")
    assert "interior minister" in claimant(text, "injured", 4)


def test_participle_saying_takes_the_main_subject():
    text = "The army rejected the opposition's account on Sunday, saying 6 soldiers had died in the ambush."
    assert claimant(text, "killed", 6).lower().endswith("army")


def test_source_carries_over_within_a_paragraph_only():
    text = ("Flood waters rose overnight, the river authority said, and 8 people drowned.\n"
            "The authority said 12 people were missing. Another 30 were injured.\n"
            "Local schools reported that 5 pupils were hurt.\n"
            "About 40 houses were evacuated by late afternoon, and 2 people were injured in the rush.")
    assert "authority" in claimant(text, "injured", 30)
    assert claimant(text, "injured", 2) == "article"


def test_headline_figure_does_not_lend_its_source_to_the_body():
    text = ("Blast at chemical plant kills at least 7\n"
            "DURBAN (Wire) — A blast at a chemical plant killed at least 7 workers on Monday.\n"
            "\u201cWe found 7 bodies in the ruins,\u201d a firefighter told reporters.")
    assert claimant(text, "killed", 7, after="DURBAN") == "article"


def test_quote_speaker_is_the_nearest_reporting_clause_in_the_paragraph():
    text = ("The mayor said the town was in shock.\n\n"
            "\u201cWe have found 6 bodies so far. The river is still rising,\u201d the district police chief "
            "told reporters.")
    assert "police chief" in claimant(text, "killed", 6)


def test_pronoun_it_is_the_last_named_source_not_an_earlier_figure_source():
    text = ("Home Affairs Minister Jane Otieno said 20 people had been injured. "
            "The Kenya Red Cross says its volunteers have opened 9 shelters. "
            "It estimates that about 3,000 people have been displaced.")
    assert "Red Cross" in claimant(text, "displaced", 2700)


def test_we_inside_a_quote_is_the_speaker_of_the_quote():
    text = ("The provincial governor visited the camps on Sunday. \u201cWe fear that more than 50 people "
            "have died in the hills,\u201d Governor Amal Haddad told reporters.")
    assert "Haddad" in claimant(text, "killed", 51)


def test_markdown_heading_quoting_the_body_takes_the_speakers_name():
    text = ('## "We buried 40 villagers"\n\n'
            "The volunteer sat outside the clinic on the edge of the town, where families had been "
            "waiting since dawn for news of relatives who were swept away when the river burst its banks "
            "late on Thursday night, and where the few nurses left were sleeping in shifts.\n\n"
            "\u201cWe buried 40 villagers in one morning,\u201d said Samuel Osei, a volunteer medic.")
    assert "Osei" in claimant(text, "killed", 40)


def test_their_homes_does_not_give_the_counted_the_claimants_nationality():
    ex = extract(Article(id="t", text=("The Kenya Red Cross said on Monday that about 2,000 people had fled "
                                       "their homes along the river."), source="t"))
    fled = [f for f in ex.figures if f.measure == "displaced"]
    assert fled and "Red Cross" in fled[0].claimant_text
    assert fled[0].population.groups == ()


def test_according_to_the_same_report_names_who_issued_it():
    text = ("The fire service published its morning report on the blaze.\n\n"
            "According to the same report, 14 people were injured.")
    assert "fire service" in claimant(text, "injured", 14)


def test_recap_takes_the_source_given_with_the_figure_earlier():
    text = ("The health ministry said 37 people had died.\n\n"
            "Schools in the district will stay closed this week.\n\n"
            "To sum up: 37 dead and roads still closed.")
    assert "ministry" in claimant(text, "killed", 37, after="To sum up")


def test_the_authority_doing_the_counted_act_is_its_source():
    assert "navy" in claimant("The Greek navy rescued 31 migrants from a sinking boat on Sunday.", "other", 31)
    assert "governor" in claimant("The regional governor has declared three days of mourning.", "mourning_days", 3)


def test_an_act_is_not_carried_over_as_a_statement():
    text = "The navy rescued 31 migrants off the island. Another 12 people are missing."
    assert claimant(text, "missing", 12) == "article"


def test_reduced_passive_subject_is_the_counted_not_the_source():
    text = "Protesters gathered again on Monday.\n\n- 40 students arrested near the campus."
    assert claimant(text, "arrested", 40) == "article"


def test_live_blog_time_stamp_is_not_a_source():
    text = "**14:05 BST** \u2014 The interior ministry has raised the toll to 19 dead."
    assert "ministry" in claimant(text, "killed", 19)


# --- fifth blind batch: relative pronouns, nested reporters, agents, datelines -------------------

def test_which_said_is_the_noun_before_it():
    text = ("The quarrel pits the province against the railway operator and the National Transport Safety "
            "Board (NTSB), which said on Friday it had confirmed 19 deaths.")
    assert "National Transport Safety Board" in claimant(text, "killed", 19)


def test_a_reporter_inside_the_sentence_beats_an_according_to_outside_its_clause():
    text = ("Rebels overran the base, killing 14 soldiers, according to the army, while a village chief said "
            "at least 60 civilians had been buried by nightfall.")
    assert "army" in claimant(text, "killed", 14)
    assert "village chief" in claimant(text, "killed", 60)


def test_our_information_is_the_speakers():
    text = '"The toll according to our information is 16," district police chief Imran Khattak said at the scene.'
    assert "Imran Khattak" in claimant(text, "killed", 16)


def test_mourning_declared_by_someone_is_theirs():
    text = "Flags flew at half mast on the second of three days of mourning declared by the city council."
    assert "city council" in claimant(text, "mourning_days", 3)


def test_a_wire_dateline_is_not_part_of_the_claimant():
    text = "KANO - Nigeria's police said on Sunday that 23 people had been arrested after the riots."
    assert claimant(text, "arrested", 23).startswith("Nigeria")


def test_a_participle_before_the_speaker_is_not_the_speaker():
    text = ("Briefing reporters at Government House in Maiduguri, the Commissioner for Home Affairs, Umar Bako, "
            "said 12 people had been confirmed dead.")
    who = claimant(text, "killed", 12)
    assert "Commissioner" in who and "reporters" not in who


def test_a_lead_that_the_body_attributes_takes_the_body_s_source():
    text = ("Coach plunges into gorge\n\nCUSCO, Peru - Four Swiss hikers and a Canadian are among the dead after a "
            "coach left the road above Cusco on Sunday night.\n\nThe regional police said four Swiss hikers and a "
            "Canadian were among the 14 people killed. Rescuers worked through the night.")
    assert "police" in claimant(text, "killed", 4).lower()


def test_a_lead_figure_the_body_never_repeats_stays_the_article_s():
    text = ("Coach plunges into gorge\n\nCUSCO, Peru - Nine people died when a coach left the road above Cusco.\n\n"
            "The regional police said four Swiss hikers were among the dead.")
    assert claimant(text, "killed", 9) == "article"


KEY_FACTS = """# The mine collapse: key facts

## How many people died?

- **31**, according to the mines ministry.
- By nationality, according to the mine operator:
  - Zambian: 19
  - Congolese: 12
- The regional hospital is treating 8 miners.
"""


def test_an_indented_list_takes_the_source_its_opening_line_names():
    assert "operator" in claimant(KEY_FACTS, "killed", 19).lower()


def test_a_bullet_beside_the_opening_line_does_not_take_its_source():
    assert "operator" not in claimant(KEY_FACTS, "injured", 8).lower()


def test_an_agency_acronym_opening_a_paragraph_is_the_speaker_not_a_dateline():
    text = "Quake in Peru\n\nINDECI said the quake had injured more than 300 people.\n"
    assert claimant(text, "injured", 301) == "INDECI"


def test_a_dateline_in_capitals_is_still_not_a_speaker():
    text = "Floods in Zimbabwe\n\nHARARE, March 3 - Floods killed 12 people, officials said.\n"
    assert claimant(text, "killed", 12) != "HARARE"


def test_an_acronym_after_a_comma_in_the_middle_of_a_sentence_is_a_source():
    text = ("Close to 6,000 residents were moved out of the valley on Thursday, according to CONRED, "
            "and about 900 were still sleeping in schools on Saturday.")
    got = extract(Article(id="t", text=text, source="t")).figures
    assert [f.claimant_text for f in got] == ["CONRED", "CONRED"]


def test_a_source_named_with_its_acronym_keeps_it_and_the_acronym_later_is_the_same_source():
    text = ("Of the dead, 17 were in Kupang, the Regional Disaster Management Agency (BPBD) said. "
            "BPBD said on Friday that 22 people had died.")
    got = extract(Article(id="t", text=text, source="t")).figures
    assert got[0].claimant_text == "Regional Disaster Management Agency (BPBD)"
    assert got[1].claimant == got[0].claimant == "Regional Disaster Management Agency"


def test_told_reporters_that_is_a_report_even_when_parsed_as_a_relative_clause():
    text = "The district's police chief, Omar Haddad, told reporters outside the morgue that 23 people had died."
    assert "police chief" in claimant(text, "killed", 23)


def test_a_decree_of_mourning_is_the_government_s():
    assert "government" in claimant("The government has decreed three days of national mourning.", "mourning_days", 3)


def test_who_lists_or_identifies_the_counted_is_the_source():
    assert "coroner" in claimant("The coroner's office has identified 12 of the victims.", "killed", 12)
    text = "Forty people were still listed as missing by the civil protection agency, which warned that names may repeat."
    got = extract(Article(id="t", text=text, source="t")).figures
    assert "civil protection agency" in got[0].claimant_text and not got[0].hedged  # the relative clause hedges nothing


def test_a_breakdown_after_a_sentence_that_ends_with_its_source_takes_that_source():
    text = ("Most victims were caught by the rising water on their way home, the interior ministry said. "
            "Nine of the deaths were in Sylhet and five in Sunamganj.")
    assert "interior ministry" in claimant(text, "killed", 9)
    assert "interior ministry" in claimant(text, "killed", 5)


def test_a_sentence_with_a_source_but_no_figure_does_not_lend_it_across_paragraphs():
    text = ("Most victims were caught by the rising water on their way home, the interior ministry said.\n\n"
            "Nine of the deaths were in Sylhet.")
    assert claimant(text, "killed", 9) == "article"


def test_a_bullet_that_divides_the_total_above_takes_its_source():
    text = ("- **Deaths:** 48 people have died, according to the civil defence service.\n"
            "- **Where:** Of the victims, 30 died in the district of Kasese and 18 in Bundibugyo.\n"
            "- **Missing:** 11 people.")
    assert "civil defence" in claimant(text, "killed", 30)
    assert "civil defence" in claimant(text, "killed", 18)
    assert claimant(text, "missing", 11) == "article"


def test_a_source_named_by_a_two_word_country_gives_its_nationals_their_country():
    text = "New Zealand's foreign ministry says three of its citizens were killed in the crash."
    got = extract(Article(id="t", text=text, source="t")).figures
    assert [(f.min, f.population.groups) for f in got] == [(3, ("NZL",))]
