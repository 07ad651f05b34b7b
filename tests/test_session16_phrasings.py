"""Phrasings found in session 16, after the twenty-fourth and twenty-fifth blind batches.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import figure_rows, figure_scopes, figures_of, main_event

pytestmark = pytest.mark.model


def test_national_mourning_named_in_a_fact_box_label_is_the_event_country_s():
    text = ("LUSAKA - A tunnel at a copper mine near Chingola, Zambia, caved in on Monday, killing 31 miners.\n"
            "- National mourning: three days, from Wednesday\n")
    assert ("mourning_days", 3, 3, ("ZMB",), "") in figure_rows(text)


def test_a_label_of_another_sentence_does_not_make_mourning_national():
    text = ("LUSAKA - A tunnel at a copper mine near Chingola, Zambia, caved in on Monday, killing 31 miners.\n"
            "National teams of rescuers arrived. The mine's owners held a day of mourning.\n")
    assert ("mourning_days", 1, 1, (), "") in figure_rows(text)


def test_national_mourning_held_in_a_named_country_is_that_country_s():
    text = ("A ferry capsized off Zanzibar, Tanzania, on Sunday, drowning 44 passengers. Flags flew at half-mast "
            "on Tuesday, a day of national mourning in Burundi, home to 12 of the passengers.")
    assert ("mourning_days", 1, 1, ("BDI",), "") in figure_rows(text)


def test_a_fact_box_row_names_the_country_that_mourns():
    text = ("Storm Halvar flattened villages along the border on Friday.\n"
            "Mourning\n"
            "- Malawi: three days of national mourning\n"
            "- Zambia: two days of national mourning\n")
    rows = figure_rows(text)
    assert ("mourning_days", 3, 3, ("MWI",), "") in rows
    assert ("mourning_days", 2, 2, ("ZMB",), "") in rows


def test_a_country_in_a_person_s_name_is_not_the_claimant_s_country():
    text = ("A gas explosion destroyed a block of flats in Porto, Portugal, on Monday, killing nine people. The "
            "government of Prime Minister Ana Montenegro declared Wednesday a day of national mourning.")
    assert ("mourning_days", 1, 1, ("PRT",), "") in figure_rows(text)


def test_the_number_of_a_nationality_killed_rose_to_is_their_toll():
    text = ("QUETTA - A car bomb tore through a bus station on Monday. A provincial official said on Tuesday "
            "evening that the number of Hazaras killed had risen to 61. The number of Afghans killed rose to 14.")
    rows = figure_rows(text)
    assert ("killed", 61, 61, (), "") in rows
    assert ("killed", 14, 14, ("AFG",), "") in rows


def test_a_toll_revised_down_to_a_number_is_the_new_toll():
    text = ("Police have revised the death toll from Sunday's stampede at the Ndola stadium down to 88, saying some "
            "victims had been counted twice.")
    assert ("killed", 88, 88, (), "") in figure_rows(text)


def test_patients_discharged_are_some_of_the_injured():
    text = ("A footbridge gave way over the river in Tervo on Saturday, killing four people.\n"
            "- Twenty-two people were hurt. Fifteen have been discharged and seven are still in hospital.\n")
    rows = figure_rows(text)
    assert ("injured", 22, 22, (), "") in rows
    assert ("injured", 15, 15, (), "part: discharged") in rows


def test_survivors_who_were_discharged_are_still_counted_as_survivors():
    text = "A ferry sank on Lake Kivu on Monday. All 61 survivors have now been discharged from hospital."
    assert [(m, lo) for m, lo, _, _, _ in figure_rows(text)] == [("other", 61)]


def test_a_country_in_a_headline_s_other_clause_is_not_the_dead_s_nationality():
    text = ("Boat sinks off Turkey; 41 dead\n"
            "A boat carrying migrants sank off Bodrum on Sunday, drowning 41 people.\n")
    assert all(groups == () for _, _, _, groups, _ in figure_rows(text))


def test_a_list_by_nationality_after_a_colon_divides_the_whole_named_before_it():
    text = ("A smugglers' boat sank off Crete on Monday. The coast guard released its list of survivors by "
            "nationality: 31 are Sudanese, 18 Eritrean and five Somali.")
    rows = [(m, lo, g) for m, lo, _, g, _ in figure_rows(text)]
    assert ("other", 31, ("SDN",)) in rows
    assert ("other", 18, ("ERI",)) in rows
    assert ("other", 5, ("SOM",)) in rows


def test_parts_listed_after_a_colon_share_the_whole_s_nationality():
    text = ("A roadside bomb struck a convoy near Gao on Friday. The French defence ministry said seven French "
            "soldiers died: five legionnaires and two medics.")
    rows = figure_rows(text)
    assert ("killed", 7, 7, ("FRA",), "") in rows
    assert ("killed", 5, 5, ("FRA",), "part: legionnaire") in rows
    assert ("killed", 2, 2, ("FRA",), "part: medic") in rows


def _rows(text: str) -> list[tuple]:
    return [(f.measure, f.min, f.max, f.qualifier, f.population.groups, f.hedged) for f in figures_of(text)]


def test_perhaps_and_maybe_are_rough_and_unconfirmed():
    text = ("Gunmen stormed a village market near Tillaberi on Sunday. Perhaps 30 of the attackers were killed "
            "when soldiers arrived, an officer said. Maybe 40 villagers were wounded.")
    rows = _rows(text)
    assert ("killed", 27, 33, "approximately", (), True) in rows
    assert ("injured", 36, 44, "approximately", (), True) in rows


def test_a_boat_that_may_have_carried_people_is_an_estimate_not_a_capacity():
    text = ("A wooden boat sank off Lampedusa, Italy, on Friday. Survivors said it may have carried 90 to 120 "
            "people. The coast guard's new cutter can carry 300 passengers.")
    rows = figure_rows(text)
    assert ("other", 90, 120, (), "on board") in rows
    assert not any(lo == 300 for _, lo, _, _, _ in rows)


def test_survivors_admitted_to_a_hospital_are_injured():
    text = "A ferry capsized off Chittagong on Monday. The district hospital admitted 17 survivors overnight."
    assert [(m, lo) for m, lo, _, _, _ in figure_rows(text)] == [("injured", 17)]


def test_people_ordered_out_of_their_homes_are_evacuated():
    text = ("A viaduct collapsed in Ostrava on Tuesday. About 260 residents of the blocks beneath it were ordered "
            "out of their homes for fear of further collapse.")
    assert any(m == "evacuated" and lo == 234 for m, lo, _, _, _ in figure_rows(text))


def test_no_reports_that_any_nationals_were_killed_is_a_count_of_none_of_them():
    text = ("A bomb exploded outside the embassy district of Bamako on Friday. The Foreign Office said there were "
            "no reports that any British citizens were killed.")
    assert ("killed", 0, 0, ("GBR",), "") in figure_rows(text)


def test_the_estimate_of_an_official_that_many_died_does_not_count_the_official():
    text = ("A cyclone struck the coast of Odisha on Sunday. In the first days, the estimate of a provincial "
            "police commander that 3,000 had died in Puri set off a row with the state capital.")
    rows = figure_rows(text)
    assert not any(lo == 1 for _, lo, _, _, _ in rows)
    assert any(m == "killed" and lo == 3000 for m, lo, _, _, _ in rows)


def test_a_second_group_beside_a_toll_of_one_group_has_a_toll_of_its_own():
    text = ("A car bomb hit a checkpoint outside Mogadishu. The inquiry's findings were released on Monday: one "
            "bomber, no accomplices, and a toll of nine Ugandan soldiers and at least 30 Somalis.")
    rows = figure_rows(text)
    assert ("killed", 9, 9, ("UGA",), "") in rows
    assert ("killed", 30, None, ("SOM",), "") in rows


def test_a_day_the_model_tags_without_its_number_still_dates_the_event():
    text = ("A month on from the derailment at Kessel, the line is still closed. The station master still keeps the "
            "log he wrote on the night of 12 October, when the freight train left the rails and killed nine people.")
    assert main_event(text, published=date(2024, 11, 12)).date == date(2024, 10, 12)


def test_the_day_of_the_lead_that_tells_the_toll_dates_the_event_not_the_dateline():
    text = ("OSTRAVA, Czech Republic, June 8 (Wire) - An express ran into a stationary goods train late on Friday "
            "near Studenka, killing at least 14 people, the rescue service said on Saturday.\n"
            "The driver of the goods train had rented a room in the town on Tuesday, police said, before the crash.")
    assert main_event(text, published=date(2024, 6, 8)).date == date(2024, 6, 7)


def test_an_earlier_year_s_event_word_does_not_type_the_story():
    text = ("Under the broken bridge, families of Via Roma wait to go home\n"
            "For six days the families have lived in hotels. Twelve people were injured in the collapse. The "
            "collapse has cut the town in two.\nThe town has known disaster before. Floods in 2009 and 2015 killed "
            "four people here.")
    assert main_event(text, published=date(2024, 5, 3)).type == "building_collapse"


def test_a_headline_country_places_the_event_when_its_town_is_unknown():
    text = ("Turkey shipwreck: six smugglers charged as hope fades\n"
            "Coastal Radio | News | Europe\n"
            "Six men who survived Monday's shipwreck off Kumkoy have been charged, prosecutors said. Afghanistan, "
            "whose citizens were most of the passengers, asked for the bodies. Afghanistan's embassy in Ankara and "
            "Afghanistan's consulate opened a hotline. Afghan families gathered in Kabul and Herat, and "
            "Afghanistan's foreign ministry said 40 Afghans were missing.")
    ev = main_event(text, published=date(2024, 3, 6))
    assert ev.place_country == "TUR"
    assert ev.place != "Europe"


def test_months_counted_back_are_calendar_months_and_a_round_count_takes_the_story_s_own_date():
    one = "A month after the blast that gutted the port of Sfax, the city is still clearing the rubble."
    assert main_event(one, published=date(2024, 9, 4)).date == date(2024, 8, 4)
    six = ("Six months after the suicide bombing at the gate of Mogadishu airport, the officials who counted the dead "
           "still disagree.\nOn the evening of March 19, 2024, the duty doctor was at his desk when the bomb went off.")
    assert main_event(six, published=date(2024, 9, 1)).date == date(2024, 3, 19)


def test_officers_who_exchanged_fire_with_an_attacker_are_no_fire():
    text = ("A man drove a van into a crowd at a market in Lyon on Saturday, killing nine people. Officers exchanged "
            "fire with the driver before killing him in the cab.")
    assert main_event(text, published=date(2024, 6, 2)).type != "fire"


def test_both_of_a_kind_of_people_are_some_of_the_dead():
    text = ("A tram ran into a lorry in Poznan, Poland, killing 14 people. Both drivers of the lorry were believed "
            "to have died in the impact.")
    assert ("killed", 2, "part: driver") in figure_scopes(text)


def test_an_eyewitness_s_own_count_is_a_part():
    text = ("The landslide buried part of the village of Karamay, killing at least 70 people. \"I counted 12 "
            "bodies on the road to the school,\" a teacher said.")
    assert ("killed", 12, "part: eyewitness") in figure_scopes(text)


def test_the_other_few_are_a_part_but_the_remaining_missing_are_who_is_missing():
    text = ("The collapse of the stand in Kisumu killed 31 people. Six of them were stewards; the other 25 died "
            "as they watched the match. Of the 12 people reported missing on Friday, ten have been found; the "
            "remaining two are still missing.")
    rows = figure_scopes(text)
    assert ("killed", 25, "part: other") in rows
    assert ("missing", 2, "") in rows


def test_a_witness_s_own_relatives_are_a_part_but_our_people_are_a_community_s_toll():
    text = ("Gunmen attacked the market of Dogo on Tuesday, killing at least 40 people. A trader said two of her "
            "cousins had been shot dead. \"We believe more than 50 of our people were killed,\" the village chief said.")
    rows = figure_scopes(text)
    assert ("killed", 2, "part: kin") in rows
    assert ("killed", 51, "") in rows


def test_the_gapped_entries_of_a_list_of_origins_are_parts():
    text = ("A bus fell into a gorge near Kalambaka, Greece, killing 31 people. Eleven of the dead came from "
            "Trikala, nine from Kalambaka, and the others from all over the country.")
    rows = figure_scopes(text)
    assert ("killed", 9, "part: come from kalambaka") in rows


def test_a_town_that_reports_its_dead_reports_its_own_share():
    text = ("Cyclone Idris killed more than 600 people across the islands, the government said. Mabini, the "
            "coastal town where the storm made landfall, has reported 64 dead.")
    assert ("killed", 64, "in Mabini") in figure_scopes(text)


def test_a_toll_of_so_many_confirmed_dead_is_the_toll_not_a_part():
    text = ("Cyclone Mora struck the coast of Rakhine on Saturday. The disaster agency put the toll at 312 confirmed "
            "dead as of 6 a.m. on Monday, with 90 people missing. Four workers who were trapped in a mill died.")
    rows = figure_scopes(text)
    assert ("killed", 312, "") in rows
    assert ("killed", 4, "part: trap in mill") in rows


def test_arrests_made_abroad_after_a_shipwreck_are_not_of_that_country_s_nationals():
    text = ("A fishing boat carrying migrants sank off Crete, Greece, on Tuesday; 61 people drowned.\n"
            "- Egypt arrests 12 suspected smugglers\n")
    rows = figure_rows(text)
    assert ("arrested", 12, 12, (), "in Egypt") in rows  # where they were arrested, not whose nationals


def test_a_headline_with_no_verb_counts_back_from_a_date_split_from_its_dateline():
    text = ("THE LONG READ | Harbour Weekly\n"
            "Two weeks after the flood: the nurse who keeps the list\n"
            "By Ana Ferreira\n"
            "PETROPOLIS, Rio de Janeiro -\n"
            "Monday 28 February 2022\n"
            "Every morning the nurse pins a new sheet to the board by the door. The flood killed 231 people.\n")
    assert main_event(text).date == date(2022, 2, 14)


def test_the_place_a_headline_names_the_event_by_outweighs_another_country_s_mentions():
    text = ("Madrid attacks: what we know three days on\n"
            "Three days after bombs struck four commuter trains in Madrid, investigators have named two suspects. "
            "French police arrested a man suspected of planning an attack in France. Prosecutors in Paris said "
            "there was no link. The suspects had travelled through France, and French officials said a car was "
            "found near Paris.")
    ev = main_event(text, published=date(2004, 3, 14))
    assert ev.place_country == "ESP"


def test_a_number_word_opening_a_line_is_a_number_not_a_name():
    text = ("A bomb exploded at a metro station in Lisbon, killing 21 people. All 21 have now been identified.\n"
            "Seventeen of the victims were Portuguese.\n")
    rows = figure_rows(text)
    assert ("killed", 17, 17, ("PRT",), "") in rows


def test_bringing_the_number_of_dead_to_a_figure_is_the_toll_however_parsed():
    text = ("A runaway freight train derailed and exploded in Sainte-Claire, Quebec, on Saturday. Police found two "
            "more bodies on Sunday, bringing the number of confirmed dead to seven. A third discovery brought the "
            "number of people believed dead to 31.")
    rows = [(m, lo) for m, lo, _, _, _ in figure_rows(text)]
    assert ("killed", 7) in rows
    assert ("killed", 31) in rows
