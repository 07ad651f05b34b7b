"""Phrasings found in session 14, after the twentieth blind batch and in the twenty-first.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

import pytest

from datetime import date

from conftest import figures_of, main_event

pytestmark = pytest.mark.model


def test_one_of_a_building_s_walls_is_no_part_of_the_wounded():
    figs = figures_of("At least 90 people were wounded in the blast, which tore off the dome of the shrine and one of "
                      "its minarets, a hospital spokesman in Kesra said.")
    assert [(f.measure, f.min) for f in figs] == [("injured", 90)]


def test_people_living_in_the_wards_of_a_town_are_not_hospital_patients():
    figs = figures_of("About 2,500 houses stood in the path of the mudflow, and some 6,000 people lived in the "
                      "affected wards of Tolvi and Marrow Creek, the district council said.")
    assert [f for f in figs if f.measure == "injured"] == []


def test_patients_in_the_wards_of_a_hospital_are_still_injured():
    figs = figures_of("Some 40 people remain in the wards of the regional hospital after the gas blast.")
    assert [(f.measure, f.min, f.max) for f in figs] == [("injured", 36, 44)]


def test_each_number_of_a_nationality_list_counts_its_own_nationals():
    # (an adjective nationality before a comma: the parser makes "five British, two Canadians" one noun)
    figs = figures_of("Investigators said 12 of the dead were foreign nationals: five British, two Canadians, "
                      "three Germans and two Poles.")
    groups = sorted((f.min, f.population.groups) for f in figs if f.min < 12)
    assert groups == [(2, ("CAN",)), (2, ("POL",)), (3, ("DEU",)), (5, ("GBR",))]


def test_foreign_nationals_after_a_nationality_are_not_of_that_nationality():
    figs = figures_of("The coroner said seven of the dead were Greek and nine were foreign nationals.")
    nine = next(f for f in figs if f.min == 9)
    assert nine.population.groups == ()


def test_countries_with_bracketed_counts_are_the_nationalities_of_the_dead():
    figs = figures_of("All 149 people on board the airliner were killed. The victims came from 30 countries, "
                      "including Uganda (28), Germany (17), India (8), Japan (8) and Chile (5).")
    rows = sorted((f.min, f.population.groups, f.population.scope) for f in figs if f.min < 149)
    assert rows == [(5, ("CHL",), ""), (8, ("IND",), ""), (8, ("JPN",), ""), (17, ("DEU",), ""), (28, ("UGA",), "")]


def test_a_list_by_nationality_counts_nationals_not_places():
    figs = figures_of("All 149 people on board were killed. By nationality: Uganda 28, Germany 17, India 8 and Chile 5.")
    rows = sorted((f.min, f.population.groups) for f in figs if f.min < 149)
    assert rows == [(5, ("CHL",)), (8, ("IND",)), (17, ("DEU",)), (28, ("UGA",))]


def test_a_list_of_states_with_counts_stays_a_list_of_places():
    figs = figures_of("At least 52 people died in three states: Alabama 30, Georgia 14 and Tennessee 8.")
    rows = sorted((f.min, f.population.groups, f.population.scope) for f in figs if f.min < 52)
    assert rows == [(8, (), "in Tennessee"), (14, (), "in Georgia"), (30, (), "in Alabama")]


def test_countries_in_a_sentence_about_countries_with_in_are_places():
    figs = figures_of("The toll in the three countries stands at 80, officials said: 51 in Zambia and 29 in Malawi.")
    rows = sorted((f.min, f.population.groups, f.population.scope) for f in figs if f.min < 80)
    assert rows == [(29, (), "in Malawi"), (51, (), "in Zambia")]


def test_a_single_digit_in_brackets_is_not_an_emoticon():
    figs = figures_of("Forty people died in the fire. The dead came from 6 countries, including Italy (8) and Peru (9).")
    assert sorted((f.min, f.population.groups) for f in figs if f.min < 40) == [(8, ("ITA",)), (9, ("PER",))]


# --- tables set as text, and lists of nationals (after the twenty-first blind batch) -------------------

def test_rows_of_a_table_under_its_header_are_each_place_s_share_and_the_header_s_source():
    figs = figures_of("Floods in northern Zambia have killed 812 people, the civil defence agency said on Thursday.\n"
                      "The provincial police gave the following breakdown by district:\n"
                      "Lomasi — 402\nEsterra — 251\nKell Valley — 159\n")
    rows = sorted((f.min, f.measure, f.population.scope, f.claimant) for f in figs if f.min < 812)
    assert rows == [(159, "killed", "in Kell Valley", "Provincial police"), (251, "killed", "in Esterra", "Provincial police"),
                    (402, "killed", "in Lomasi", "Provincial police")]


def test_a_table_of_the_dead_by_nationality_counts_nationals():
    figs = figures_of("Police said 58 civilians and four soldiers had been killed in the siege.\n"
                      "The dead by nationality\n"
                      "The ministry released the following list of civilian victims:\n"
                      "Tanzania — 40\nNorway — 9\nJapan — 5\nBrazil — 4\nTotal — 58\n")
    rows = sorted((f.min, f.population.groups, f.population.role) for f in figs if f.population.groups)
    assert rows == [(4, ("BRA",), "civilian"), (5, ("JPN",), "civilian"), (9, ("NOR",), "civilian"), (40, ("TZA",), "civilian")]


def test_a_table_row_is_not_taken_for_a_headline_that_the_body_restates():
    # (a short line with no full stop looks like a heading; "more than 20" in the body overlaps every row)
    figs = figures_of("Officials said more than 20 people were killed.\n"
                      "The ministry's breakdown by district:\n"
                      "Sorrel — 131\nMadu — 87\n")
    assert sorted(f.min for f in figs if f.population.scope.startswith("in ")) == [87, 131]


def test_the_toll_a_table_divides_is_the_count_not_a_guess():
    figs = figures_of("The ministry's count stood at 2,310 on Monday. The president said the final toll could "
                      "exceed 5,000.\nThe ministry's breakdown by province:\nOsk — 1,200\nVarn — 1,110\n")
    rows = [f for f in figs if f.population.scope == "in Osk"]
    assert len(rows) == 1 and not rows[0].hedged and "president" not in (rows[0].claimant or "").lower()


def test_one_each_came_from_a_list_of_countries():
    figs = figures_of("Nine trekkers died in the slide. Five of the dead were Nepali guides; two were Germans, and one "
                      "each came from Chile and Poland.")
    assert sorted(f.population.groups for f in figs if f.min == 1) == [("CHL",), ("POL",)]


def test_a_past_toll_in_the_count_s_own_clause_dated_last_year_is_background():
    figs = figures_of("Rescuers said 14 people died in the avalanche, surpassing the 11 porters killed in a rockfall "
                      "in May last year.")
    assert [(f.measure, f.min) for f in figs] == [("killed", 14)]


def test_those_killed_were_passengers_and_crew():
    figs = figures_of("The operator said those killed were 61 passengers and four crew members.")
    assert sorted((f.measure, f.min) for f in figs) == [("killed", 4), ("killed", 61)]


def test_a_country_that_lost_citizens_counts_its_nationals():
    figs = figures_of("All 88 people on board died. Ghana lost 21 citizens, more than any other country.")
    ghana = next(f for f in figs if f.min == 21)
    assert ghana.measure == "killed" and ghana.population.groups == ("GHA",)


def test_countries_that_each_lost_citizens_are_one_count_each():
    figs = figures_of("All 88 people on board died. Chile, Japan and Egypt each lost three citizens.")
    assert sorted(f.population.groups for f in figs if f.min == 3) == [("CHL",), ("EGY",), ("JPN",)]


def test_a_total_before_a_colon_is_a_toll_of_its_own():
    # (the parser hangs "180" on the first count of the list after the colon)
    figs = figures_of("The interior ministry's latest tally is 212 dead: 150 in Hesse and 62 in Saxony.")
    rows = sorted((f.min, f.population.scope) for f in figs)
    assert rows == [(62, "in Saxony"), (150, "in Hesse"), (212, "")]


def test_of_the_people_counted_before_a_part_by_nationality():
    figs = figures_of("Police said 31 pilgrims and two drivers were killed. Of the pilgrims, 29 were Iraqi and "
                      "two were from Lebanon.")
    rows = sorted((f.min, f.measure, f.population.groups) for f in figs if f.population.groups)
    assert rows == [(2, "killed", ("LBN",)), (29, "killed", ("IRQ",))]


def test_people_who_cannot_return_to_their_homes_are_displaced_not_missing():
    figs = figures_of("About 30,000 people live along the river. More than 5,000 of them still cannot return to "
                      "their homes.")
    assert [(f.measure, f.min) for f in figs] == [("displaced", 5001)]


def test_fishermen_who_have_not_returned_are_still_missing():
    figs = figures_of("Twenty fishermen who put out to sea on Monday have not returned.")
    assert [(f.measure, f.min) for f in figs] == [("missing", 20)]


def test_each_person_of_a_list_of_single_foreigners_is_a_count_of_one():
    figs = figures_of("A Briton, a Frenchwoman and two Germans were among the dead.")
    rows = sorted((f.min, f.population.groups) for f in figs)
    assert rows == [(1, ("FRA",)), (1, ("GBR",)), (2, ("DEU",))]


def test_two_people_restated_as_a_man_and_his_grandson_stay_one_count():
    figs = figures_of("Two people, a man and his grandson, were killed when the wall fell.")
    assert [(f.measure, f.min) for f in figs] == [("killed", 2)]


def test_the_toll_of_the_event_after_since_a_month_when_is_background():
    figs = figures_of("The airliner came down on Sunday, killing all 96 people on board. It is the second crash of the "
                      "model since November, when 112 people were killed off the coast of Java.")
    assert [(f.measure, f.min) for f in figs] == [("killed", 96)]


def test_deaths_since_a_day_when_a_storm_struck_are_still_the_toll():
    figs = figures_of("At least 40 people have died since Monday, when the storm made landfall.")
    assert [(f.measure, f.min) for f in figs] == [("killed", 40)]


def test_the_number_of_injured_after_a_gapped_verb():
    figs = figures_of("The agency's count of the dead stood at 1,204 on Monday, and the number of injured at 3,870.")
    assert sorted((f.measure, f.min) for f in figs) == [("injured", 3870), ("killed", 1204)]


def test_a_count_whose_noun_is_left_out_takes_the_measure_of_the_clause_before():
    figs = figures_of("Lower Saxony reported 31 dead, while North Rhine-Westphalia counted 22, officials said.")
    rows = sorted((f.measure, f.min, f.population.scope) for f in figs)
    assert rows == [("killed", 22, "in North Rhine-Westphalia"), ("killed", 31, "in Lower Saxony")]


def test_a_list_entry_named_by_an_untagged_name_is_a_place_like_its_neighbours():
    # (the model tags "Rhineland-Palatinate" an organisation; its neighbours in the list are places)
    figs = figures_of("- In Germany, the ministry's latest tally is 160 dead: 112 in Rhineland-Palatinate, 47 in "
                      "North Rhine-Westphalia and one in Bavaria.")
    assert sorted((f.min, f.population.scope) for f in figs if f.min < 160) == [
        (1, "in Bavaria"), (47, "in North Rhine-Westphalia"), (112, "in Rhineland-Palatinate")]


def test_weeks_after_an_event_told_with_a_present_modal_date_it_from_the_article():
    ev = main_event("Six weeks after Harbour Mall, the city still cannot say how many died\nBy Ana Pereira\n"
                    "The siege of the Harbour Mall in Tarvo ended with the gunmen dead, the interior ministry said.",
                    published=date(2024, 11, 9))
    assert ev.date == date(2024, 9, 28)


def test_days_after_an_event_told_of_a_speech_on_the_article_s_day():
    ev = main_event("Twenty-five days after the airliner fell into a field near Kessa, the transport minister stood "
                    "before reporters on Thursday and read out the first report of the crash.",
                    published=date(2024, 4, 4))
    assert ev.date == date(2024, 3, 10)


def test_a_date_run_into_a_count_after_a_dash_is_still_a_date():
    from newskg.nlp.events import resolve_date
    assert resolve_date("March 10 - 149", date(2019, 4, 4)) == date(2019, 3, 10)


def test_a_ratio_is_no_count():
    figs = figures_of("The floods killed 1,700 people. Roughly one in seven residents had been affected, and two in "
                      "five victims were children.")
    assert [(f.measure, f.min) for f in figs] == [("killed", 1700)]


def test_a_place_that_recorded_deaths_against_other_places_counts_its_share_and_is_no_source():
    figs = figures_of("The earthquake in western Nepal has killed 8,100 people. Dolpa alone has recorded 2,940 deaths, "
                      "against 1,020 in Jumla district and 860 in Humla.")
    rows = sorted((f.min, f.population.scope, f.claimant) for f in figs if f.min < 8100)
    assert rows == [(860, "in Humla", None), (1020, "in Jumla", None), (2940, "in Dolpa", None)]


def test_people_among_the_dead_named_on_the_noun_are_a_part_of_the_dead():
    figs = figures_of("The attack killed 71 people. That makes 14 foreign nationals among the dead, and the ministry "
                      "counts six children among the dead.")
    rows = sorted((f.min, f.measure, f.population.scope) for f in figs if f.min < 71)
    assert rows == [(6, "killed", "part: child"), (14, "killed", "part: foreign national")]


def test_no_one_of_a_nationality_among_the_dead_is_a_count_of_zero():
    figs = figures_of("The attack killed 26 people. There was no Emirati among the dead, the police said.")
    zero = [f for f in figs if f.min == 0]
    assert [(f.measure, f.population.groups) for f in zero] == [("killed", ("ARE",))]


def test_the_row_of_a_table_named_like_the_event_s_place_is_that_place_s_share():
    # (the quake is placed in Pokhara; its row in the breakdown is still one district's count)
    figs = figures_of("An earthquake struck near Pokhara on Saturday. The ministry's count of the dead stood at 2,310.\n"
                      "The ministry's breakdown by district:\n"
                      "Kaski — 812\nPokhara — 640\nTanahun — 402\n")
    rows = sorted((f.min, f.population.scope) for f in figs if f.min < 2310)
    assert rows == [(402, "in Tanahun"), (640, "in Pokhara"), (812, "in Kaski")]


# --- after the twenty-second blind batch -----------------------------------------------------------------

def test_update_numbers_flight_codes_and_clock_times_are_no_counts():
    figs = figures_of("Officials said 148 people on board were feared dead.\n"
                      "The aircraft, flight 7Q 4410, took off from Lyon at 9:55 a.m. (0755 GMT).\n"
                      "The U.S. State Department said two American citizens were among the dead.\n"
                      "UPDATE 3 - 19:40 CEST\nProsecutors said 84 people had been killed.\n")
    assert sorted(f.min for f in figs) == [2, 84, 148]


def test_rows_under_a_bullet_that_says_where_the_dead_were_found():
    figs = figures_of("THE DEAD\n- 64 people have been confirmed dead, according to the county coroner.\n"
                      "- Where remains have been found, according to the coroner:\n"
                      "  • Pinecrest — 41\n  • Dover Flat — 15\n  • Ash Hollow — 8\n")
    rows = sorted((f.min, f.measure, f.population.scope) for f in figs if f.min < 64)
    assert rows == [(8, "killed", "in Ash Hollow"), (15, "killed", "in Dover Flat"), (41, "killed", "in Pinecrest")]


def test_rows_take_the_count_of_the_header_itself():
    figs = figures_of("- Relief forces had rescued 12,300 people by Monday evening, according to the ministry:\n"
                      "  • Navy (Operation Tide) — 5,100\n  • Army — 4,200\n  • Coast Guard — 3,000\n")
    rows = sorted((f.min, f.measure) for f in figs if f.min < 12300)
    assert rows == [(3000, "other"), (4200, "other"), (5100, "other")]


def test_a_breakdown_header_with_several_counts_divides_the_toll_it_names():
    figs = figures_of("The agency puts the number of deaths at 640. It says 1,210 people have been injured. "
                      "The breakdown by province:\nNorte: 402\nSul: 238\n")
    assert sorted((f.min, f.measure) for f in figs if f.min in {238, 402}) == [(238, "killed"), (402, "killed")]


def test_countries_that_each_lost_a_bare_number_and_one_person_each_from_a_list():
    figs = figures_of("All 96 people on board died. Chile, Peru and Japan each lost two, and one person each came "
                      "from Spain, Ghana and Norway, according to a tally.")
    rows = sorted((f.min, f.population.groups) for f in figs if f.min < 96)
    assert rows == [(1, ("ESP",)), (1, ("GHA",)), (1, ("NOR",)), (2, ("CHL",)), (2, ("JPN",)), (2, ("PER",))]


def test_a_gapped_nationality_after_a_second_count_is_that_count_s():
    figs = figures_of("Of the 96 victims, 51 were Dutch and 30 Belgian, according to the final lists.")
    rows = sorted((f.min, f.population.groups) for f in figs if f.min < 96)
    assert rows == [(30, ("BEL",)), (51, ("NLD",))]


def test_a_count_in_the_subject_does_not_take_the_nationality_from_its_whole():
    figs = figures_of("The other 20 people who died on board, including the three crew members, were Indonesian.")
    twenty = next(f for f in figs if f.min == 20)
    assert twenty.population.groups == ("IDN",)


def test_hundreds_tens_and_units_in_words():
    figs = figures_of("Three hundred and forty-six people were injured, the civil protection agency said.")
    assert [(f.measure, f.min) for f in figs] == [("injured", 346)]


def test_lakh_and_indian_digit_grouping():
    figs = figures_of("More than 3.4 lakh people were staying in 2,100 relief camps on Sunday. By Tuesday, "
                      "11,42,310 people were staying in the camps.")
    assert sorted((f.measure, f.min) for f in figs) == [("displaced", 340001), ("displaced", 1142310)]


def test_the_number_affected_at_a_count_after_the_number_displaced():
    figs = figures_of("The state has put the number displaced at about 2 million, and the number affected at some "
                      "6 million.")
    assert sorted((f.measure, f.min, f.max) for f in figs) == [
        ("affected", 5400000, 6600000), ("displaced", 1800000, 2200000)]


def test_people_on_a_list_of_the_unaccounted_for_are_missing():
    figs = figures_of("By Friday, 940 names were on the sheriff's list of people unaccounted for.")
    assert [(f.measure, f.min) for f in figs] == [("missing", 940)]


def test_a_count_after_a_speed_the_model_ran_into_one_quantity():
    # (the tokenizer reads "h." as an abbreviation and the model tags "roughly 700 km/h. All 150" one quantity)
    figs = figures_of("It struck a mountainside at a speed of roughly 700 km/h. All 150 people on board were killed.")
    assert [(f.measure, f.min) for f in figs] == [("killed", 150)]


def test_the_body_that_released_a_count_is_the_source_of_the_next_sentence_s_figures():
    figs = figures_of("The state disaster authority has released a district-wise count of deaths since June 3. "
                      "Kandy has been hit hardest with 38 deaths, followed by Matale with 21.")
    assert {f.claimant for f in figs} == {"State disaster authority"}


def test_a_source_in_brackets_on_the_line_that_opens_a_table():
    figs = figures_of("- 212 people have died since June 1, according to the governor's office.\n"
                      "- District-wise deaths since June 3 (State Disaster Management Centre, Monday, 9 AM):\n"
                      "Kandy — 38\nMatale — 21\n")
    rows = {f.min: f.claimant for f in figs if f.min < 212}
    assert rows == {38: "State Disaster Management Centre", 21: "State Disaster Management Centre"}
