"""Phrasings found in session 15, after the twenty-second blind batch.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

import pytest

from datetime import date

from conftest import figure_scopes, figures_of, main_event

pytestmark = pytest.mark.model


def test_deaths_in_an_avalanche_set_off_by_an_earthquake_are_its_own_part():
    text = ("A magnitude 7.1 earthquake struck the Karsang valley on Monday, killing at least 640 people, the "
            "interior ministry said. Separately, 23 climbers died in an avalanche the quake set off on Mount Tirich.")
    assert figure_scopes(text) == [("killed", 640, ""), ("killed", 23, "in the avalanche")]


def test_deaths_blamed_on_an_aftershock_are_its_own_part():
    text = ("The earthquake has killed 1,904 people across the province. The disaster agency attributes at least "
            "36 deaths and 200 injuries to a second quake that struck on Thursday.")
    assert ("killed", 36, "in the aftershock") in figure_scopes(text)


def test_a_landslide_that_buried_a_village_after_a_quake_is_a_part():
    text = ("The earthquake killed more than 300 people in the mountain districts. Officials say 41 people died "
            "when a landslide swept over the hamlet of Dorvin.")
    assert ("killed", 41, "in the landslide") in figure_scopes(text)


def test_a_storm_s_floods_are_the_storm_itself():
    text = "Typhoon Kessa has killed 58 people, officials said. Most of the 58 died in flash floods and landslides."
    assert ("killed", 58, "") in figure_scopes(text)
    assert not any(scope.startswith("in the") for _, _, scope in figure_scopes(text))


def test_the_blast_of_a_bombing_is_the_bombing_itself():
    text = "A suicide bombing at a wedding hall in Farsan killed 19 people. Eleven more were hurt in the blast."
    assert not any(scope == "in the blast" for _, _, scope in figure_scopes(text))


def test_a_place_a_where_clause_hangs_on_scopes_the_count():
    text = ("The earthquake killed 120 people in Valdoro. In nearby Castelmonte, where no one was killed, several "
            "hundred people slept in their cars. The shaking also reached Pietrafonda, where two people died.")
    scopes = figure_scopes(text)
    assert ("killed", 0, "in Castelmonte") in scopes
    assert ("killed", 2, "in Pietrafonda") in scopes


def test_coffins_at_a_funeral_are_some_of_the_dead():
    text = ("The death toll from the earthquake rose to 247. The coffins of 31 victims were laid out in the sports "
            "hall of Bellamonte for a state funeral on Saturday.")
    assert ("killed", 31, "part: funeral") in figure_scopes(text)


def test_identified_victims_are_some_of_the_dead():
    text = "The fire killed 64 people. The coroner has so far named 40 identified victims."
    assert ("killed", 40, "part: identified") in figure_scopes(text)


def test_the_ages_of_identified_victims_divide_them():
    text = ("The fire killed 64 people. Of the 40 identified victims, 25 were 70 or older. Nearly ten were over 85.")
    ages = [(f.min, f.max, f.population.scope) for f in figures_of(text) if f.min < 30]
    assert len(ages) == 2 and all(scope.startswith("part") for *_, scope in ages)


def test_a_list_line_names_the_people_it_counts_before_its_verb():
    figs = figures_of("Tally after the blaze:\n- Residents killed: 14.\n- Firefighters killed: none.\n- Homes destroyed: 300.")
    zero = next(f for f in figs if f.min == 0)
    assert zero.population.role != "all" and "irefighter" in zero.population.label


def test_a_count_after_a_colon_names_its_own_people():
    figs = figures_of("All 58 people on board were killed: 54 passengers and four crew members.")
    assert ("killed", 54, "passengers") in [(f.measure, f.min, f.population.label) for f in figs]


def test_a_verb_that_names_a_hazard_is_no_sub_event():
    text = ("The earthquake killed 212 people in the province. Two pilgrims were killed and five others injured when "
            "falling rocks crushed their bus near the border crossing.")
    assert not any(scope.startswith("in the") for _, _, scope in figure_scopes(text))


def test_a_fire_service_is_no_fire():
    text = ("Harbour County Fire Rescue said crews pulled 12 people from the collapsed apartment block on Ocean Drive. "
            "Fire officials said the search of the collapsed building would go on through the night; four residents died.")
    assert main_event(text).type == "building_collapse"


def test_a_collapse_named_once_by_its_building_types_the_whole_story():
    text = ("Coastal condo collapse: 11 dead, 80 unaccounted for\n"
            "The partial collapse of the Seabreeze Towers condominium killed at least 11 people, officials said.\n"
            "TIMELINE: how the collapse unfolded\nEngineers had warned of cracks in 2019.")
    assert main_event(text).type == "building_collapse"


def test_a_raid_on_a_sit_in_is_a_crackdown():
    text = ("Soldiers raided the protest camp outside the ministry at dawn. Doctors said 44 people were killed in the "
            "raid on the sit-in, and the generals denied ordering the attack on the protesters.")
    assert main_event(text).type == "crackdown"


def test_the_day_a_finding_was_announced_is_not_the_day_of_the_event():
    text = ("KADURA — An inquiry announced on Saturday that 87 people had been killed when troops dispersed the "
            "sit-in outside the army headquarters on 3 June.")
    assert main_event(text, published=date(2019, 7, 28)).date == date(2019, 6, 3)


def test_days_counted_back_from_the_news_of_the_day():
    text = ("SEAVIEW — Thirty-three days after the Seabreeze Towers came down, the families of the people who died "
            "said they would not let the disaster end as a number on a slide. The collapse killed 98 people.")
    assert main_event(text, published=date(2021, 7, 27)).date == date(2021, 6, 24)


def test_an_outlet_and_a_date_on_one_line_date_the_article():
    from newskg.read import read_all
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feature.txt"
        path.write_text("Thirteen minutes over the sea\nBy Ana Lim\nThe Harbour Review, Thursday 29 November 2018\n"
                        "A month after the airliner went down, investigators have a first account of the crash.\n",
                        encoding="utf-8")
        (article,) = read_all([path])
    assert article.published == date(2018, 11, 29)


def test_a_place_the_gazetteer_does_not_know_takes_the_country_of_the_city_beside_it():
    text = ("Hundreds of pilgrims died in a crush in Qadira on Thursday. Hospitals in Qadira and Mecca treated 900 "
            "injured, the health ministry said. Iran said 160 of its pilgrims were dead. Iran began three days of "
            "mourning. Iranian officials criticised the organisers, and Iran demanded an inquiry.")
    event = main_event(text)
    assert (event.place, event.place_country) == ("Qadira", "SAU")


def test_a_table_of_a_crush_by_nationality_counts_nationals():
    text = ("More than 2,000 pilgrims died in the crush at Qadira, near Mecca, by governments' own counts.\n"
            "DEAD BY NATIONALITY (governments' figures for their own citizens)\n"
            "- Egypt: 182\n- Nigeria: 199\n- Senegal: 61\n")
    rows = sorted((f.min, f.population.groups) for f in figures_of(text) if f.min < 2000)
    assert rows == [(61, ("SEN",)), (182, ("EGY",)), (199, ("NGA",))]


def test_a_foreign_country_s_count_after_a_crush_is_of_its_own_people():
    text = ("At least 769 pilgrims died in the crush at Qadira, near Mecca, Saudi officials said. "
            "Indonesia raised its death toll to 34 on Saturday.")
    figs = figures_of(text)
    assert ("killed", 34, ("IDN",), "") in [(f.measure, f.min, f.population.groups, f.population.scope) for f in figs]


def test_a_line_with_no_verb_still_counts_the_missing():
    text = ("At least 769 pilgrims died in the crush at Qadira, near Mecca.\nSTILL MISSING\n"
            "- Ghana: nine pilgrims still unaccounted for, Accra says.\n")
    assert ("missing", 9) in [(f.measure, f.min) for f in figures_of(text)]


def test_among_a_number_just_given_divides_that_toll():
    text = ("The final toll was 98. Among the 98 were nine Argentines, six Paraguayans and one Chilean.")
    rows = sorted((f.measure, f.min, f.population.groups) for f in figures_of(text) if f.min < 98)
    assert rows == [("killed", 1, ("CHL",)), ("killed", 6, ("PRY",)), ("killed", 9, ("ARG",))]


def test_a_capital_that_begins_mourning_declares_it_for_its_country():
    text = "Hundreds of pilgrims died in a crush in Mina, near Mecca. Tehran began three days of national mourning."
    mourning = next(f for f in figures_of(text) if f.measure == "mourning_days")
    assert mourning.population.groups == ("IRN",)


def test_a_toll_said_of_a_country_in_a_storm_that_struck_three_is_that_country_s_share():
    text = ("A cyclone tore through Mozambique and its neighbours. The official toll in Mozambique stood at 84 on Monday, the "
            "president said.\nIn Zimbabwe, the government said 98 people had died.\nThat brings the number of confirmed "
            "deaths across the three countries to at least 238.")
    scopes = figure_scopes(text)
    assert ("killed", 84, "in Mozambique") in scopes
    assert ("killed", 238, "in all countries") in scopes


def test_a_part_told_between_the_count_and_a_place_takes_the_place():
    text = ("A cyclone struck Mozambique on Thursday. In neighbouring Zimbabwe, the local government ministry said "
            "259 people had died, 197 of them in Chimanimani district and 62 in Chipinge.")
    scopes = dict((n, scope) for _, n, scope in figure_scopes(text))
    assert scopes[197] == "in Chimanimani" and scopes[259] != "in Chimanimani"


def test_a_country_named_before_a_death_toll_is_where_not_whose():
    figs = figures_of("Malawi death toll passes 50 as floods spread\nFloods have killed 52 people in Malawi, officials said.")
    assert all(f.population.groups == () for f in figs)


def test_foreigners_and_foreign_nationals_are_one_part_of_the_dead():
    text = ("The bombings killed 359 people. The foreign ministry said 38 foreign nationals had been killed. Hospital "
            "sources earlier put the number of foreigners among the dead at 35, and said 35 foreigners had died.")
    scopes = {n: scope for _, n, scope in figure_scopes(text)}
    assert scopes[359] == "" and scopes[38] == scopes[35] == "part: foreign national"


def test_a_state_named_in_full_is_the_event_s_own_place():
    text = ("The number of people killed by floods in the northern Malaysian state of Kedah has risen to 75, the "
            "state's civil defence agency said. Floods have swamped Kedah for a week.")
    assert ("killed", 75, "") in figure_scopes(text)


def test_countries_that_each_reported_their_dead_count_their_own():
    text = ("The bombings killed 253 people. Chile and Norway each reported two of their citizens dead, and Greece and "
            "Peru one each.")
    rows = sorted((f.min, f.population.groups) for f in figures_of(text) if f.min < 10)
    assert rows == [(1, ("GRC",)), (1, ("PER",)), (2, ("CHL",)), (2, ("NOR",))]


def test_a_country_that_lost_a_bare_number_lost_its_own_nationals():
    text = "The attacks killed 253 people. Spain lost 11 citizens, the largest foreign group; Italy lost eight."
    rows = sorted((f.min, f.population.groups) for f in figures_of(text) if f.min < 20)
    assert rows == [(8, ("ITA",)), (11, ("ESP",))]


def test_each_site_of_an_attack_on_several_buildings_has_its_own_count():
    text = ("Bombers struck St Brendan's Church in Harlow and the Marlowe Hotel on Sunday, killing 140 people. "
            "At least 60 people were killed at St Brendan's Church, police said. Hotel staff said 32 people died at the "
            "Marlowe Hotel.")
    scopes = {n: scope for _, n, scope in figure_scopes(text)}
    assert scopes[140] == "" and scopes[60] == "in St Brendan" and scopes[32] == "in Marlowe"


def test_a_count_at_the_one_building_of_the_story_is_the_whole_toll():
    text = "A fire swept through the Lantern Club in Varna overnight. Fire officials said 27 people died at the Lantern Club."
    assert ("killed", 27, "") in figure_scopes(text)


def test_an_aircraft_model_and_body_bags_are_not_counts_of_people():
    text = ("All 112 people on board were killed. The remains were taken in two dozen body bags to the police hospital. "
            "It was the second loss of a 737 MAX in five months.")
    assert [(f.measure, f.min) for f in figures_of(text)] == [("killed", 112)]


def test_a_toll_of_last_month_s_attacks_elsewhere_is_background():
    text = ("The bombings killed 253 people on Sunday. Officials said they were meant as revenge for last month's "
            "attacks on two mosques in Dunmore, which killed 40 people.")
    assert [f.min for f in figures_of(text)] == [253]


def test_of_the_other_three_is_no_whole_already_counted():
    text = ("Three people wounded in the attack remain in hospital. Police arrested four people. Of the other three, "
            "two were released without charge.")
    assert not any(f.measure == "injured" and f.min == 2 for f in figures_of(text))


def test_a_city_that_names_the_attacks_places_them_despite_arrests_abroad():
    text = ("Madrid attacks: toll rises to 40\nGunmen attacked a concert hall and three cafes across Madrid on Friday "
            "night, killing 40 people, officials said.\nIn Morocco, police arrested three people in Tangier in "
            "connection with the attacks, after a car rented in Morocco was found near the hall.\nMorocco's foreign "
            "minister said two Moroccans were among the dead.")
    event = main_event(text)
    assert (event.place, event.place_country) == ("Madrid", "ESP")


def test_the_shooting_of_protesters_is_a_crackdown():
    text = ("The shooting of protesters at the Ikoyi bridge killed at least nine people, a rights group said. The "
            "protests had begun two weeks earlier.")
    assert main_event(text).type == "crackdown"


def test_a_broadcast_stamp_with_the_local_time_dates_the_article():
    from newskg.boilerplate import classify_line

    match = classify_line("Thursday 22 October 2020, 11:00 GMT (12:00 in Accra)")
    assert match is not None and match.date == date(2020, 10, 22)


def test_passengers_killed_are_killed_not_on_board():
    text = "All 239 people on board died. The passengers killed included 50 Chinese nationals and 12 Australians."
    rows = sorted((f.measure, f.min, f.population.groups) for f in figures_of(text) if f.min < 100)
    assert rows == [("killed", 12, ("AUS",)), ("killed", 50, ("CHN",))]


def test_each_entry_of_a_gapped_list_counts_its_own_nationals():
    text = "The airline put the number of Dutch dead at 180, Malaysian passengers at 30 and Britons at 9."
    rows = sorted((f.min, f.population.groups) for f in figures_of(text))
    assert rows == [(9, ("GBR",)), (30, ("MYS",)), (180, ("NLD",))]


def test_a_named_concert_hall_is_a_site_and_the_next_entry_s_site_is_not_the_first_s():
    text = ("Gunmen attacked the Orpheon concert hall and two cafes in the city on Friday, killing 120 people. "
            "Ninety people died at the Orpheon concert hall. At the Cafe Lumiere, 19 people were killed.")
    scopes = {n: scope for _, n, scope in figure_scopes(text)}
    assert scopes[120] == "" and scopes[90] == "in Orpheon"


def test_suicide_bombers_counted_are_dead_attackers():
    text = ("The bombings killed 253 people on Sunday. The minister said seven suicide bombers, six men and one woman, "
            "had carried out the attacks. A suicide bomber also struck a guesthouse. Police moved two bombers' "
            "relatives to a safe house.")
    rows = [(f.measure, f.min, f.population.role, f.population.scope) for f in figures_of(text)]
    assert rows == [("killed", 253, "all", ""), ("killed", 7, "military", "attackers")]
