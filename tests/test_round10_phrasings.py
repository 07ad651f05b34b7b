"""Phrasings a tenth blind batch showed: passenger lists, place lists read from their words,
restated numbers, one day of mourning named by its date, and sentences the parser split.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

import pytest

from conftest import figure_rows, figures_of

pytestmark = pytest.mark.model


figures, rows = figures_of, figure_rows


# --- who was on board ---------------------------------------------------------------------

def test_passengers_said_to_be_nationals_of_a_country_are_on_board_by_nationality():
    got = rows("The turboprop was carrying 30 passengers and two pilots. Nine of the passengers were foreign "
               "climbers: four Poles, three Czechs and two South Africans. The other 21 passengers were Peruvian citizens.")
    assert ("other", 9, 9, ("CZE", "POL", "ZAF"), "on board") in got
    assert {(m, lo, g) for m, lo, _hi, g, _s in got} >= {("other", 4, ("POL",)), ("other", 3, ("CZE",)),
                                                          ("other", 2, ("ZAF",)), ("other", 21, ("PER",))}


def test_a_manifest_named_before_lists_those_on_board():
    got = rows("The operator released the passenger manifest on Monday. It lists 16 Bolivian passengers and "
               "five foreigners, and two Bolivian crew.")
    assert ("other", 16, 16, ("BOL",), "on board") in got
    assert ("other", 5, 5, (), "on board") in got  # the foreigners are not Bolivians
    assert any(m == "other" and lo == 2 and g == ("BOL",) for m, lo, _hi, g, _s in got)


def test_one_person_described_in_an_apposition_has_its_nationality():
    got = rows("One passenger, a Chilean man, was pulled alive from the fuselage.")
    assert got == [("other", 1, 1, ("CHL",), "rescued")]


def test_a_list_of_nationals_after_the_source_of_the_count_is_its_breakdown():
    got = rows("- Six foreigners are among the dead, according to their embassies: three Italians, two Belgians and a Swede.")
    assert ("killed", 6, 6, ("BEL", "ITA", "SWE"), "part: foreigner") in got
    assert {(lo, g) for m, lo, _hi, g, _s in got if m == "killed"} >= {(3, ("ITA",)), (2, ("BEL",)), (1, ("SWE",))}


def test_bodies_seen_by_witnesses_are_dead_and_planes_flying_in_tents_are_not_people():
    assert rows("Herders told police they had seen at least nine bodies near the wreck.")[0][:3] == ("killed", 9, None)
    assert rows("Four military transport planes have flown in tents and blankets.") == []


# --- places read from the words, whatever the parse -----------------------------------------

def test_a_list_of_places_with_their_counts_gives_each_place_its_share():
    got = rows("Sylhet accounted for 14 of the deaths, followed by Habiganj with six, Moulvibazar with four, "
               "Sunamganj with three and Netrokona with one.")
    assert [(lo, s) for m, lo, _hi, _g, s in got if s.startswith("in ")] == [
        (6, "in Habiganj"), (4, "in Moulvibazar"), (3, "in Sunamganj"), (1, "in Netrokona")]


def test_a_unit_named_before_or_after_the_place_is_that_place():
    got = rows("The storm killed 60 people across Chile on Sunday. Twenty-five died in the commune of Coquimbo "
               "and 15 in the commune of Ovalle, the disaster service said.")
    assert ("killed", 25, 25, (), "in commune of Coquimbo") in got
    assert ("killed", 15, 15, (), "in commune of Ovalle") in got
    got = rows("The cyclone killed 31 people in Bangladesh, among them four on the island district of Hatiya.")
    assert ("killed", 4, 4, (), "in district of Hatiya") in got


# --- numbers that restate a figure, or name one day -----------------------------------------

def test_the_real_number_restates_the_figure_just_before():
    got = rows("The navy said 12 fishermen were still missing. A union leader said the real number was closer to 40.")
    assert ("missing", 12, 12, (), "") in got
    assert [m for m, lo, *_ in got if lo == 36] == ["missing"]


def test_the_number_of_people_listed_as_missing_is_a_count_of_the_missing():
    assert rows("The number of people listed as missing fell to 58 on Tuesday.")[0][:2] == ("missing", 58)


def test_a_day_of_mourning_named_by_its_date_is_one_day():
    assert rows("After Monday's day of national mourning, schools reopened.") == [("mourning_days", 1, 1, (), "")]


def test_a_ratio_is_not_a_count():
    assert rows("The ministry promised 900 tents, roughly one for every family left homeless.") == []


# --- counts that are sources, or freed ------------------------------------------------------

def test_an_official_who_speaks_is_not_counted():
    assert rows("A regional health official says more than 50 people have been injured.") == [
        ("injured", 51, None, (), "")]


def test_people_rescued_from_where_they_were_trapped_are_rescued_not_missing():
    got = rows("Firefighters have rescued about 60 people trapped in flooded basements since dawn.")
    assert got == [("other", 54, 66, (), "rescued")]


def test_patients_in_the_intensive_care_unit_are_injured():
    got = rows("Two of the patients died overnight. Seven are still in the intensive care unit, the doctor said.")
    assert ("injured", 7, 7, (), "") in got


# --- the parser does not split a line where no punctuation ends a sentence -------------------

def test_a_bullet_under_a_two_word_heading_is_read_whole():
    text = ("Storm: the facts\n\n- Rescuers say 13 bodies have been recovered so far.\n\n## Missing and injured\n\n"
            "- 22 people are still missing, the interior ministry said on Friday, after several were found in shelters.\n")
    assert ("missing", 22, 22, (), "") in rows(text)


def test_a_count_of_tolls_is_not_a_count_of_people():
    assert rows("The spokesman said the two tolls would be reconciled once the lists were checked.") == []


def test_its_toll_is_the_claimant_s_count_not_its_nationals():
    got = rows("Chile's government raised its toll to 44 on Monday. Chile's army said it had lost 3 of its soldiers.")
    assert ("killed", 44, 44, (), "") in got
    assert any(lo == 3 and g == ("CHL",) for _m, lo, _hi, g, _s in got)  # its soldiers are Chile's own


def test_the_critically_wounded_are_a_part_of_the_injured_not_a_rival_count():
    got = rows("Ambulances took 12 critically wounded people to the provincial hospital.")
    assert got == [("injured", 12, 12, (), "serious condition")]
    assert rows("Five were seriously injured.") == [("injured", 5, 5, (), "serious condition")]


def test_a_person_described_in_an_apposition_is_not_one_more():
    assert rows("The youngest victim, a boy named Idris, was four years old.") == []
    assert rows("The governor declared Monday a day of mourning.")[0][:2] == ("mourning_days", 1)


def test_people_treated_as_missing_are_missing_not_injured():
    assert rows("Police are treating two people as missing until the remains are identified.") == [
        ("missing", 2, 2, (), "")]


def test_the_number_of_people_on_board_is_those_on_board():
    got = rows("A late booking would bring the number of people on board to 31.")
    assert got == [("other", 31, 31, (), "on board")]


def test_people_who_lost_their_homes_are_displaced():
    assert rows("Nearly 2,000 people lost their homes in the landslide.")[0][:3] == ("displaced", 0, 2000)
    assert rows("Some 800 people are staying in temporary sites.")[0][0] == "displaced"


def test_the_state_named_before_is_the_place_of_a_count_in_the_state():
    got = rows("The cyclone killed 38 people in Bangladesh. Officials said 57 people were still missing in "
               "Rakhine state. A rebel group said more than 200 people had died in the state.")
    assert ("killed", 201, None, (), "in Rakhine") in got


def test_bodies_recovered_by_a_time_are_all_of_them_so_far_and_on_a_day_only_that_day_s():
    assert rows("Police said divers had recovered 14 bodies by Tuesday evening.") == [("killed", 14, 14, (), "")]
    assert rows("Divers recovered six bodies on Tuesday.") == [("killed", 6, 6, (), "increment")]


def test_a_rival_figure_restates_the_toll_not_the_part_just_before_it():
    got = rows("The fire service says 32 people lost their lives, including three who jumped. "
               "The labour ministry's figure, updated on Friday, is 29.")
    assert ("killed", 29, 29, (), "") in got


def test_a_breakdown_put_in_places_gives_each_place_its_share():
    got = rows("The quake killed 79 people. The agency's breakdown puts 56 of the fatalities in Dumaguete, "
               "14 in Sibulan and nine in Bais.")
    assert [(lo, s) for _m, lo, _hi, _g, s in got if lo in (56, 14, 9)] == [
        (56, "in Dumaguete"), (14, "in Sibulan"), (9, "in Bais")]
    got = rows("A strong earthquake struck central Peru on Sunday, near Lima. The institute said 35 people had "
               "died: 24 in Huanuco region and 11 in neighbouring Pasco.")
    assert [(lo, s) for _m, lo, _hi, _g, s in got if lo in (24, 11)] == [(24, "in Huanuco"), (11, "in Pasco")]
