"""Lists of places, nationality breakdowns and the other phrasings a fifth blind batch showed.

Every sentence here was written for these tests, about places and events of
their own. Each asserts what the extractor reads and, where the comparison
of sources depends on it, the place or the part a count covers.
"""

from __future__ import annotations

from datetime import date

import pytest

from newskg.model import Article
from newskg.nlp.extract import extract

pytestmark = pytest.mark.model


def extracted(text: str, published: date | None = date(2024, 10, 2)):
    return extract(Article(id="t", text=text, source="t", published=published)).figures


def by_value(text: str, **kw) -> dict[int, tuple]:
    return {f.min: (f.measure, f.population.scope, f.population.groups) for f in extracted(text, **kw)}


# --- "NAME NUMBER" lists: each entry is that place's share --------------------------------

def test_a_list_of_regions_after_a_count_gives_each_region_its_share():
    got = by_value("Landslides and floods have killed 71 people across the north of Vietnam. "
                   "Lao Cai has recorded 30 deaths, Yen Bai 22, Cao Bang 12 and Ha Giang seven, the disaster agency said.")
    assert got[71] == ("killed", "", ())
    assert got[30] == ("killed", "in Lao Cai", ())
    assert got[22] == ("killed", "in Yen Bai", ())
    assert got[12] == ("killed", "in Cao Bang", ())
    assert got[7] == ("killed", "in Ha Giang", ())


def test_a_list_after_a_colon_continues_the_toll_of_the_sentence_before():
    got = by_value("The civil defence puts the toll at 140 dead and 900 injured. "
                   "By governorate: Idlib 81, Aleppo 45, Hama 14.")
    assert got[81] == ("killed", "in Idlib", ())
    assert got[45] == ("killed", "in Aleppo", ())
    assert got[14] == ("killed", "in Hama", ())
    assert got[900][0] == "injured" and got[900][1] == ""


def test_a_model_number_is_still_not_a_count():
    got = by_value("The Airbus A320 and a Boeing 737, carrying 150 people, were grounded.")
    assert 737 not in got and got[150][0] == "other"


def test_a_region_whose_government_reports_a_count_owns_it():
    got = by_value("Storms killed 40 people across four provinces on Sunday. "
                   "Sindh's government reports 17 deaths and says nine people are missing.")
    assert got[17] == ("killed", "in Sindh", ())
    assert 4 not in got  # "four provinces" are places, not people


def test_a_region_in_a_where_clause_owns_its_count():
    got = by_value("Rains hit five states of Mexico this week. In Oaxaca, where 11 people have died according to "
                   "the state, rivers burst their banks. The federal toll stands at 38.")
    assert got[11] == ("killed", "in Oaxaca", ())
    assert got[38] == ("killed", "", ())


def test_a_count_across_several_places_is_the_whole_toll():
    got = by_value("The agency listed 58 deaths across Kerala, Karnataka and Goa in its evening report, "
                   "31 of them in Kerala.")
    assert got[58] == ("killed", "", ())
    assert got[31] == ("killed", "in Kerala", ())


# --- nationality breakdowns of those on board --------------------------------------------

def test_a_breakdown_of_passengers_by_nationality_counts_those_on_board():
    got = by_value("The airline said nine of the passengers were Irish, while five were Dutch and three were Polish.")
    assert got[9] == ("other", "on board", ("IRL",))
    assert got[5] == ("other", "on board", ("NLD",))
    assert got[3] == ("other", "on board", ("POL",))


def test_a_toll_of_one_nationality_brought_to_a_number():
    got = by_value("A hospital death on Friday brings the number of Swedes killed in the collapse to four.")
    assert got[4] == ("killed", "", ("SWE",))


def test_the_number_of_foreigners_killed_is_a_part_of_the_toll():
    got = by_value("The fire killed 25 people. A Lebanese cook also died, bringing the number of foreigners killed to six.")
    assert got[6][0] == "killed" and got[6][1].startswith("part")


# --- who counts as what ---------------------------------------------------------------------

@pytest.mark.parametrize("text, value, measure", [
    ("Three of the injured died in hospital on Tuesday, a doctor said.", 3, "killed"),
    ("Paramedics carried 12 dead bodies and 30 wounded people out of the hall.", 12, "killed"),
    ("Paramedics carried 12 dead bodies and 30 wounded people out of the hall.", 30, "injured"),
    ("The mortuary has received 16 bodies since the morning.", 16, "killed"),
    ("The minister said 55 wounded soldiers were flown to the capital.", 55, "injured"),
    ("Elders said at least 40 villagers had been buried by Friday evening.", 40, "killed"),
    ("Ninety people could still be buried under collapsed flats, the rescuers said.", 90, "missing"),
    ("Gunmen abducted 23 students from the college on Monday.", 23, "missing"),
    ("About 4,000 people have been registered as displaced in the camps.", 3600, "displaced"),
])
def test_what_the_count_counts(text, value, measure):
    assert by_value(text)[value][0] == measure


@pytest.mark.parametrize("text, absent", [
    ("Lightning kills dozens of farmers every year in the region.", 24),
    ("Seven pupils, aged between six and 11, were among the dead, the school said.", 6),
    ("Floods kill 30 across three districts.", 3),
])
def test_not_this_events_counts(text, absent):
    assert absent not in by_value(text)


def test_an_earlier_months_event_is_background():
    got = by_value("A blast at a bus station killed 14 people on Tuesday, police said. "
                   "In April, a bombing at the same station killed nine commuters.", published=date(2024, 10, 2))
    assert 14 in got and 9 not in got


def test_the_same_month_is_not_background():
    got = by_value("In October, the floods killed 14 people in the valley, the governor said.", published=date(2024, 10, 20))
    assert got[14][0] == "killed"


def test_an_outside_site_is_not_a_limit_on_the_toll():
    got = by_value("The toll from a car bombing at a checkpoint outside a busy bazaar in Quetta rose to 19, police said.")
    assert got[19] == ("killed", "", ())


def test_victims_counted_twice_are_a_correction_not_a_count():
    got = by_value("Police lowered the toll to 30, saying three victims had been counted twice.")
    assert got[30][0] == "killed" and 3 not in got


def test_a_named_village_limits_a_count():
    got = by_value("The quake killed 120 people in the province. Officials said up to 25 people may have died "
                   "in the village of Dar Kalay, but that could not be verified.")
    assert got[0][1] == "in village of Dar Kalay" and got[120][1] == ""


def test_people_who_have_not_returned_are_missing():
    got = by_value("At least 19 fishermen who put out to sea on Friday have not returned, the port authority said. "
                   "Six trawlers failed to return.")
    assert got[19][0] == "missing"


def test_others_after_a_count_of_one_nationality_are_of_that_nationality():
    got = by_value("Three Turkish pilgrims were killed and eight others injured when the bus overturned.")
    assert got[8] == ("injured", "", ("TUR",))


@pytest.mark.parametrize("text", [
    "Her husband, 41, is among the missing, she said.",
    "The woman, 33, from Cork, was treated for burns.",
])
def test_an_age_after_a_person_noun_is_not_a_count(text):
    assert not [n for n in by_value(text) if n in {41, 33}]


def test_a_count_before_a_colon_list_of_nationalities_covers_them_all():
    got = by_value("Nine foreigners died in the fire: five Germans, three Danes and a Norwegian, police said.")
    assert got[9][2] == ("DEU", "DNK", "NOR")
    assert got[5][2] == ("DEU",) and got[3][2] == ("DNK",)


def test_a_provincial_toll_and_all_of_a_group_are_parts():
    got = by_value("The national toll stands at 120. The governor's office puts the provincial toll at 80. "
                   "A van carrying a family of six was swept away, and all six are feared dead.")
    assert got[120][1] == "" and got[80][1] == "part: provincial"
    dead = [f for f in extracted("A van carrying a family of six was swept away, and all six are feared dead.")
            if f.measure == "killed"]
    assert [(f.min, f.population.scope, f.hedged) for f in dead] == [(6, "part", True)]


# --- round 6: manifests, breakdowns by nationality and by age, bare counts after a colon ----------

def test_a_manifest_counts_those_on_board():
    got = by_value("The vessel's manifest listed 212 passengers and 19 crew. Survivors said that between "
                   "300 and 320 people were aboard when the ship left.")
    assert got[212] == ("other", "on board", ())
    assert got[300][:2] == ("other", "on board")


def test_a_breakdown_of_passengers_after_a_fronted_whole():
    got = by_value("Of the passengers on the manifest, 150 were Indonesians, 12 Australians and three Dutch "
                   "nationals, the coast guard said.")
    assert got[150] == ("other", "on board", ("IDN",))
    assert got[12] == ("other", "on board", ("AUS",))
    assert got[3] == ("other", "on board", ("NLD",))


@pytest.mark.parametrize("text, expected", [
    ("Of the victims identified so far, 21 are Kenyans, three are Ugandans and one is Rwandan.",
     {21: ("KEN",), 3: ("UGA",), 1: ("RWA",)}),
    ("Eleven of the dead were Nepali, four were Indian and two were Bangladeshi, the embassy said.",
     {11: ("NPL",), 4: ("IND",), 2: ("BGD",)}),
    ("Nine of the dead were Turkish, three Syrian and two Afghan, according to the governor.",
     {9: ("TUR",), 3: ("SYR",), 2: ("AFG",)}),
])
def test_each_count_of_a_nationality_list_keeps_its_own_nationality(text, expected):
    got = by_value(text)
    assert {n: got[n][2] for n in expected} == expected and all(got[n][0] == "killed" for n in expected)


def test_kinds_and_ages_after_a_toll_are_its_parts():
    got = by_value("The attacker killed eight people at the market. Three were children. Two were over 70.")
    assert got[8] == ("killed", "", ())
    assert got[3] == ("killed", "part: child", ())
    assert got[2] == ("killed", "part: over 70", ())


def test_bare_counts_after_a_colon_are_parts_and_a_count_before_a_label_colon_is_not_a_label():
    got = by_value("Officials now count 61 injured: 35 with gunshot wounds and 26 hurt in the panic.")
    assert got[61] == ("injured", "", ())
    assert got[35][:2] == ("injured", "part") and got[26][:2] == ("injured", "part")


def test_deaths_at_the_scene_are_not_the_toll_and_key_facts_bullets_take_their_heading():
    got = by_value("Police said 11 people died in the attack. Paramedics confirmed seven deaths at the scene.")
    assert got[11] == ("killed", "", ()) and got[7] == ("killed", "at the scene", ())
    facts = by_value("Attack: key facts\n\n**Dead**\n\n- **15**, according to the interior ministry.\n\n"
                     "**Injured**\n\n- **40**, the ministry says.\n")
    assert facts[15][0] == "killed" and facts[40][0] == "injured"


@pytest.mark.parametrize("text, absent", [
    ("Officials gave three different death tolls on Friday.", 3),
    ("Dozens of ambulances ferried the injured to hospitals.", 24),
])
def test_counts_of_tolls_and_of_vehicles_are_not_counts_of_people(text, absent):
    assert absent not in by_value(text)


def test_dozens_of_people_and_of_the_injured_still_count():
    assert by_value("Dozens of people were injured when the roof fell.")[24][0] == "injured"
    assert by_value("The fire injured 40 people. Several of the injured suffered burns.")[3][0] == "injured"


@pytest.mark.parametrize("text, value, expected", [
    ("The coast guard lists 32 people as missing.", 32, ("missing", "")),
    ("Five patients have been transferred to Recife by helicopter.", 5, ("injured", "part: transferred")),
    ("Doctors said seven survivors being treated at the regional hospital were stable.", 7,
     ("injured", "at regional hospital")),
    ('"We have taken 22 bodies out of the wreckage so far," the civil protection chief said.', 22, ("killed", "")),
    ("About 2,100 people are sleeping in classrooms and tents.", 1890, ("displaced", "")),
])
def test_more_ways_of_saying_who_is_counted(text, value, expected):
    assert by_value(text)[value][:2] == expected


# --- round 7 -------------------------------------------------------------------------------------

def test_places_listed_with_with_after_the_worst_hit():
    got = by_value("Sindh was worst hit with 40 deaths, followed by Balochistan with 12 and Punjab with seven, "
                   "the agency said.")
    assert got[40][:2] == ("killed", "in Sindh") or got[40][:2] == ("killed", "")
    assert got[12] == ("killed", "in Balochistan", ()) and got[7] == ("killed", "in Punjab", ())


def test_a_count_parsed_as_the_speaker_is_the_object_of_the_verb_before_it():
    text = ("ISLAMABAD, July 16 (Wire) - Flash floods and landslides triggered by two days of torrential rain "
            "have killed at least 93 people across northern Pakistan, the disaster authority said on Thursday.")
    assert by_value(text)[93][0] == "killed"


@pytest.mark.parametrize("text, absent", [
    ("The group has killed thousands of civilians in the province over the past decade.", 2000),
    ("The fire came nine years after the Grenfell Tower fire in London, which killed 72 people.", 72),
])
def test_histories_and_other_events_are_background(text, absent):
    assert absent not in by_value(text)


def test_more_of_another_measure_are_more_people_of_that_nationality():
    got = by_value("Three Chinese workers died in the collapse. Five more were injured.")
    assert got[5] == ("injured", "", ("CHN",))


@pytest.mark.parametrize("text, value, measure", [
    ("The council said 212 residents had been placed in hotels.", 212, "displaced"),
    ("Officials said 246 residents have been rehoused.", 246, "displaced"),
    ("About 16,500 residents remain under evacuation orders.", 14850, "evacuated"),
    ("The passengers, who according to the manifest included 41 Indonesians, were mostly tourists.", 41, "other"),
])
def test_round_seven_phrasings(text, value, measure):
    assert by_value(text)[value][0] == measure


def test_a_key_facts_list_of_provinces_under_a_label():
    got = by_value("**The toll**\n\n- **Deaths:** 146, according to the disaster authority.\n"
                   "- **By province:** Khyber Pakhtunkhwa 84; Punjab 27; Gilgit-Baltistan 21.\n")
    assert got[146] == ("killed", "", ())
    assert got[84] == ("killed", "in Khyber Pakhtunkhwa", ())
    assert got[27] == ("killed", "in Punjab", ())
    assert got[21] == ("killed", "in Gilgit-Baltistan", ())


# --- round 8 -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, expected", [
    ("Nineteen of the bodies were found on the fifth floor, the fire service said.", 19, "killed"),
    ("At least 11 workers jumped from windows to escape the flames.", 11, "other"),
    ("Helicopters plucked more than 200 people from rooftops.", 201, "other"),
])
def test_bodies_found_people_who_jumped_and_people_plucked_from_roofs(text, value, expected):
    assert by_value(text)[value][0] == expected


def test_a_conflicts_history_is_not_this_events_toll():
    got = by_value("A bomb killed 12 people at the market. The insurgency has killed more than 40,000 people "
                   "and displaced around two million in the region.")
    assert got[12][0] == "killed" and 40001 not in got and 1800000 not in got


def test_the_nationality_of_a_crashed_aircraft_is_not_the_victims():
    got = by_value("The death toll from Friday's crash of a Peruvian Air Force helicopter has risen to eight.")
    assert got[8] == ("killed", "", ())


# --- an explainer's question headings and its lists by nationality -------------------------

EXPLAINER = """# The warehouse fire: what we know

## How many people died?

- **23**, according to the regional governor.
- By nationality:
  - Ghanaian: 15
  - Togolese: 6

Most of the victims were night-shift workers.

## How many were hurt?

- **41**, most of them with burns.
"""


def test_bullets_answer_the_question_heading_above_them():
    got = {(f.measure, f.min, f.population.groups) for f in extracted(EXPLAINER)}
    assert ("killed", 23, ()) in got
    assert ("injured", 41, ()) in got


def test_a_nationality_label_in_a_list_under_a_question_gives_that_nationality_s_dead():
    got = {(f.measure, f.min, f.population.groups) for f in extracted(EXPLAINER)}
    assert ("killed", 15, ("GHA",)) in got
    assert ("killed", 6, ("TGO",)) in got


def test_a_question_that_asks_for_no_count_gives_no_measure():
    text = "## Why did the fire spread so fast?\n\n- **3** fire exits were locked, inspectors said.\n"
    assert not [f for f in extracted(text) if f.min == 3]


def test_a_hospital_in_a_clause_after_the_count_does_not_make_it_that_hospital_s_share():
    text = ("## How many people died?\n\n- **27**, according to the health ministry, after a student died of his "
            "injuries at Korle Bu Teaching Hospital on Sunday.\n")
    toll = [f for f in extracted(text) if f.min == 27]
    assert [(f.measure, f.population.scope) for f in toll] == [("killed", "")]


def test_the_answer_under_a_question_heading_counts_what_the_question_asks():
    text = ("# The depot fire: what we know\n\n## Has anyone been arrested?\n\nTwo people: the depot's owner and its "
            "night manager. A court remanded them on Friday.\n\n## What happened?\n\n12 tankers caught fire in an hour.\n")
    got = {(f.measure, f.min) for f in extracted(text)}
    assert ("arrested", 2) in got
    assert not any(n == 12 for _m, n in got)  # the other section asks for no count


def test_a_bold_question_line_is_a_heading_too_and_a_long_label_keeps_its_measure():
    text = ("# The warehouse fire\n\n**Who has been arrested?**\n\nThree people: the owner, the manager and a guard.\n\n"
            "**Key facts**\n\n- Rescued by boat since Monday: 210\n")
    got = {(f.measure, f.min, f.population.scope) for f in extracted(text)}
    assert ("arrested", 3, "") in got
    assert ("other", 210, "rescued") in got
