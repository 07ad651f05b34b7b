"""Breakdowns, coordinated counts, bracketed counts and ranges as reporters write them.

Every sentence here was written for these tests (none is taken from an article
of the corpus or of the held-out set). Each asserts what the extractor reads:
(measure, min, max) and, where it matters, the nationality groups or the role.
"""

from __future__ import annotations

from datetime import date

import pytest

from newskg.model import Article
from newskg.nlp.extract import extract

pytestmark = pytest.mark.model


def extracted(text: str):
    return extract(Article(id="t", text=text, source="t", published=date(2024, 3, 1))).figures


def figures(text: str) -> set[tuple[str, int, int | None]]:
    return {(f.measure, f.min, f.max) for f in extracted(text)}


def with_groups(text: str) -> set[tuple[str, int, int | None, tuple[str, ...]]]:
    return {(f.measure, f.min, f.max, f.population.groups) for f in extracted(text)}


# --- nationality (and who) stated as the predicate of a part of the toll --------------------

@pytest.mark.parametrize("text, expected", [
    # a fronted "Of the dead," with a second count that has no verb of its own
    ("Of the dead, five were Spanish and three French, the consulate said.",
     {("killed", 5, 5, ("ESP",)), ("killed", 3, 3, ("FRA",))}),
    # the predicate the parser attaches to the next clause
    ("Two of the victims were Dutch nationals and one was Belgian, police said.",
     {("killed", 2, 2, ("NLD",)), ("killed", 1, 1, ("BEL",))}),
    # the whole is "the six who drowned"; "one" counts too
    ("Of the six who drowned, four were Swedish and one was Norwegian.",
     {("killed", 4, 4, ("SWE",)), ("killed", 1, 1, ("NOR",))}),
    # "among the nine dead": the whole is a number with its adjective
    ("Among the nine dead were two Kenyan nationals, the embassy said.", {("killed", 2, 2, ("KEN",))}),
])
def test_a_nationality_predicate_gives_the_part_its_groups(text, expected):
    assert expected <= with_groups(text)


def test_a_fronted_whole_gives_a_part_with_its_role_and_scope():
    got = [f for f in extracted("Of the injured, 12 were children, a hospital spokesman said.") if f.min == 12]
    assert [(f.measure, f.max, f.population.role) for f in got] == [("injured", 12, "civilian")]
    assert got[0].population.scope.startswith("part")


def test_a_fronted_whole_that_names_a_place_keeps_the_place():
    got = [f for f in extracted("The quake killed 40 people. Of the dead, 31 were in Kotor, the ministry said.") if f.min == 31]
    assert got and got[0].measure == "killed" and got[0].population.scope == "in Kotor"


# --- a count coordinated with people named without a number ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The club's owner and two bouncers were arrested on Saturday, police said.", ("arrested", 3, 3)),
    ("Police detained the ferry's captain and four crew members.", ("arrested", 5, 5)),
    ("A pilot and three passengers survived the crash, the airline said.", ("other", 4, 4)),
    ("Rebels killed the village chief and four of his guards, residents said.", ("killed", 5, 5)),
    ("In Ruhengeri, a woman and her two daughters were killed when a wall collapsed.", ("killed", 3, 3)),
    ("The bodies of a fisherman and his son were recovered on Monday.", ("killed", 2, 2)),
    ("Nine miners and a surveyor were rescued after two days underground.", ("other", 10, 10)),
])
def test_a_named_person_coordinated_with_a_count_is_added_to_it(text, expected):
    got = figures(text)
    assert expected in got
    measure, total, _ = expected
    assert not any(m == measure and lo in {1, total - 1} for m, lo, _ in got), got  # no partial count left


@pytest.mark.parametrize("text, expected", [
    # each conjunct has its own number: two figures
    ("The ambush killed both drivers and three of the guards, the army said.", {("killed", 2, 2), ("killed", 3, 3)}),
    # another role: a figure of its own
    ("Militants killed 12 soldiers and a civilian, the army said.", {("killed", 12, 12), ("killed", 1, 1)}),
])
def test_conjuncts_with_their_own_number_or_role_stay_apart(text, expected):
    assert figures(text) == expected


def test_a_plural_without_a_number_is_not_summed():
    assert ("arrested", 2, 2) in figures("Police detained the manager and staff, and two guards were arrested.")


# --- counts in brackets, after a dash, and adjectives parsed as nouns --------------------------

@pytest.mark.parametrize("text, expected", [
    ("The wounded (at least 22) were taken to two hospitals in the city.", {("injured", 22, None)}),
    ("Toll so far — 4 dead, 17 hurt, the civil defence said.", {("killed", 4, 4), ("injured", 17, 17)}),
])
def test_a_count_in_brackets_or_after_a_dash(text, expected):
    assert expected <= figures(text)


def test_a_bracketed_count_of_most_of_the_whole_is_a_part():
    got = [f for f in extracted("The outbreak has caused 610 cases. The capital has most of the cases (402).") if f.min == 402]
    assert got and got[0].measure == "affected" and got[0].population.scope.startswith("part")


def test_a_bracketed_number_with_a_measure_of_its_own_keeps_it():
    assert figures("The ministry has issued its update: 7 dead, 52 injured.") == {("killed", 7, 7), ("injured", 52, 52)}


# --- ranges with a hyphen or an en dash ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Between 20-25 people were injured in the blast, witnesses said.", ("injured", 20, 25)),
    ("Officials said 30–40 injured were taken to hospital.", ("injured", 30, 40)),
    ("Troops killed between 8-12 attackers during the night, the army said.", ("killed", 8, 12)),
    ("The floods left 1,200–1,500 people homeless.", ("displaced", 1200, 1500)),
])
def test_a_hyphen_or_dash_range_is_a_range(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text", [
    "Between 10-15 villages were flooded, the agency said.",
    "The club finished third in the 2019–2020 season.",
    "The shelling lasted 10–15 minutes.",
])
def test_ranges_of_things_years_and_times_are_not_figures(text):
    assert figures(text) == set()


# --- other phrasings of tolls ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("At least nine people are feared to have drowned, the coast guard said.", ("killed", 9, None)),
    ("Four climbers are believed to be missing on the north face.", ("missing", 4, 4)),
    ("By noon the ministry had revised the number of dead to 14.", ("killed", 14, 14)),
    ("The province declared two days of mourning.", ("mourning_days", 2, 2)),
    ("Gunmen killed both guards at the gate, police said.", ("killed", 2, 2)),
])
def test_other_toll_phrasings(text, expected):
    assert expected in figures(text)


def test_a_raised_subject_keeps_the_hedge_of_its_verb():
    got = [f for f in extracted("At least nine people are feared to have drowned, the coast guard said.")]
    assert got and got[0].hedged


# --- who gives them ----------------------------------------------------------------------------------

def claimants(text: str) -> dict[int, str | None]:
    return {f.min: f.claimant for f in extracted(text)}


@pytest.mark.parametrize("text, count, who", [
    # a closing "…, X told reporters" parsed as a conjunct of the clause it reports
    ("Of the dead, five were Spanish and three French, the consul told reporters in Malaga.", 3, "consul"),
    ("In the village, a farmer and his four sons were killed, the district governor told local radio.", 5, "governor"),
    # … or as a relative clause of the noun before it
    ("Three of the dead were Polish citizens, Poland's foreign ministry confirmed.", 3, "foreign ministry"),
])
def test_a_trailing_reporting_clause_names_the_source(text, count, who):
    assert who in (claimants(text)[count] or "").lower()


def test_he_stands_for_the_spokesman_who_spoke_last_not_for_an_earlier_name():
    got = claimants("Colonel Idris Bello said the ambush had been repelled. Soldiers detained six men in a raid, "
                    "a police spokesman said. The driver and two guards were also detained, he added.")
    assert "spokesman" in (got[3] or "").lower()


# --- situations without a measure word, and fact boxes with a qualifier ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Five hikers were airlifted to safety on Sunday.", {("evacuated", 5, 5)}),
    ("Three crew members were found with severe burns.", {("injured", 3, 3)}),
    ("About 900 villagers fled to the hills, the governor said.", {("displaced", 810, 990)}),
    ("Eleven people were pulled from flooded cars, firefighters said.", {("other", 11, 11)}),
    ("Between 6-9 people were pulled from the roof of a bus.", {("other", 6, 9)}),
    # households are not people counted
    ("Some 200 families fled to the hills, the governor said.", set()),
])
def test_what_happened_to_people_says_the_measure(text, expected):
    assert figures(text) == expected


def test_a_fact_box_line_may_start_with_a_qualifier():
    got = figures("Key figures:\n- **Missing:** between 6-9\n- **Injured:** more than 250\n")
    assert got == {("missing", 6, 9), ("injured", 251, None)}


# --- more phrasings of tolls found missing while writing articles ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Nine people drowned, including four children, the coast guard said.", {("killed", 9, 9), ("killed", 4, 4)}),
    ("The fire killed a family of six in the early hours.", {("killed", 6, 6)}),
    ("A total of 41 people were detained overnight.", {("arrested", 41, 41)}),
    ("Officials put the number of missing at 33.", {("missing", 33, 33)}),
    ("Medics treated about 50 people for smoke inhalation.", {("injured", 45, 55)}),
    ("Three people have died and 12 are missing after the mudslide.", {("killed", 3, 3), ("missing", 12, 12)}),
])
def test_more_toll_phrasings(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people named without a number, coordinated: as many as are named
    ("Both the driver and the conductor died at the scene.", ("killed", 2, 2)),
    ("The bus owner and the depot manager were arrested on Friday.", ("arrested", 2, 2)),
    # "a couple" is two people (not "a couple of days")
    ("An elderly couple drowned when the river burst its banks.", ("killed", 2, 2)),
    # an ordinal on one person gives the new total
    ("A third patient has died, the hospital said.", ("killed", 3, 3)),
])
def test_people_named_without_a_number(text, expected):
    assert figures(text) == {expected}


def test_a_couple_of_days_is_not_two_people():
    assert figures("A couple of days later, 12 people were arrested.") == {("arrested", 12, 12)}


def test_a_list_of_nationalities_gives_one_figure_each():
    got = with_groups("The victims included four Germans, two Austrians and a Swiss national.")
    assert got == {("killed", 4, 4, ("DEU",)), ("killed", 2, 2, ("AUT",)), ("killed", 1, 1, ("CHE",))}
    got = with_groups("Two Britons and an Australian were among the dead.")
    assert got == {("killed", 2, 2, ("GBR",)), ("killed", 1, 1, ("AUS",))}


def test_a_second_subject_joined_by_and_is_a_conjunct():
    got = with_groups("A Dutch couple and their teenage daughter are believed to be among the dead, friends said.")
    assert got == {("killed", 3, 3, ("NLD",))}


@pytest.mark.parametrize("text, expected", [
    # a singular person of another role is a figure of its own, not added to the soldiers
    ("Two soldiers and a police officer were killed in the ambush.", {("killed", 2, 2), ("killed", 1, 1)}),
    # buried houses are not people
    ("The mudslide buried 23 houses, and nine people are still unaccounted for.", {("missing", 9, 9)}),
    ("As many as 150 miners may have been trapped, the company said.", {("missing", 0, 150)}),
    # trapped in a relative clause describes the rescued
    ("Six workers who were trapped in a lift were rescued.", {("other", 6, 6)}),
])
def test_roles_things_and_trapped(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, role", [
    ("Two hikers were killed by the avalanche.", "civilian"),
    ("Four labourers died when the scaffolding collapsed.", "civilian"),
    ("Soldiers killed about 12 attackers, the army said.", "military"),
])
def test_roles_the_corpus_gives_hikers_labourers_and_attackers(text, role):
    assert [f.population.role for f in extracted(text)] == [role]


@pytest.mark.parametrize("text, expected", [
    # a change of the toll is not a range: the new toll is the figure
    ("The death toll rose by 9 to 61 on Thursday.", {("killed", 61, 61)}),
    ("The ministry raised the toll from 23 to 31.", {("killed", 31, 31)}),
    # ages are not counts, nor is the second number of an age range
    ("The bus was carrying 40 passengers, aged 20-30, when it overturned.", {("other", 40, 40)}),
])
def test_toll_changes_and_age_ranges(text, expected):
    assert figures(text) == expected


def test_a_role_in_the_predicate_is_not_overwritten_by_the_whole():
    got = {f.min: f.population.role for f in extracted("Of the 12 killed, eight were civilians.")}
    assert got == {12: "all", 8: "civilian"}


@pytest.mark.parametrize("text, expected", [
    ("Among the victims were three Nepali workers and a Sri Lankan driver.",
     {("killed", 3, 3, ("NPL",)), ("killed", 1, 1, ("LKA",))}),
    ("Two of those killed were Germans, the embassy said.", {("killed", 2, 2, ("DEU",))}),
    # the whole of a partitive does not take the part's nationality
    ("Eleven of the 17 dead were Egyptian, the ministry said.", {("killed", 11, 11, ("EGY",)), ("killed", 17, 17, ())}),
])
def test_two_word_demonyms_and_partitive_wholes(text, expected):
    assert with_groups(text) == expected


def test_a_part_released_from_those_detained_is_not_an_arrest_count():
    assert ("arrested", 520, 520) not in figures("Police said 520 of those detained had been released on bail.")


@pytest.mark.parametrize("text, expected", [
    ("Death toll now at 17, officials say.", {("killed", 17, 17)}),
    ("The gunmen killed at least half a dozen people.", {("killed", 6, None)}),
    # an age is not a count: the driver is added to the passengers
    ("Police said the 23-year-old driver and two passengers died at the scene.", {("killed", 3, 3)}),
    # an apposition that names the counted people is not a second count
    ("The fire killed two people, a man and his grandson.", {("killed", 2, 2)}),
])
def test_headline_tolls_half_a_dozen_ages_and_appositions(text, expected):
    assert figures(text) == expected


def test_a_list_of_copular_clauses_shares_the_whole_of_the_first():
    got = with_groups("Nine of the victims were Kenyan, three were Ugandan and two were Somali, the police said.")
    assert got == {("killed", 9, 9, ("KEN",)), ("killed", 3, 3, ("UGA",)), ("killed", 2, 2, ("SOM",))}


def test_believed_to_be_among_the_dead_is_a_part():
    got = [f for f in extracted("The quake killed 40 people. Two teachers are believed to be among the dead.") if f.min == 2]
    assert got and got[0].measure == "killed" and got[0].population.scope.startswith("part")


@pytest.mark.parametrize("text, expected", [
    ("The floods killed 21 people, among them two rescue workers.", {("killed", 21, 21), ("killed", 2, 2)}),
    ("Police said 14 people were injured, among them three officers.", {("injured", 14, 14), ("injured", 3, 3)}),
])
def test_among_them_counts_a_part_of_the_count_before(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The district hospital has treated 212 people since the quake.", {("injured", 212, 212)}),
    ("Medics treated 30 people at the scene, the fire service said.", {("injured", 30, 30)}),
    # in an outbreak those treated are patients, not the injured
    ("Clinics have treated 400 patients since the cholera outbreak began.", set()),
])
def test_people_treated_are_injured_outside_an_outbreak(text, expected):
    assert figures(text) == expected


# --- those on board by nationality, and who declares a mourning --------------------------------

def test_citizens_of_a_country_are_that_nationality():
    got = with_groups("The manifest shows that 54 of the passengers were citizens of Kyrgyzstan.")
    assert ("other", 54, 54, ("KGZ",)) in got


def test_a_count_takes_its_own_nationality_not_the_next_entry_s():
    got = with_groups("Of the dead, 20 were Nepali, 9 were Indian, two Kazakh, one German and one Dutch.")
    assert ("killed", 9, 9, ("IND",)) in got
    assert not any(g == ("IND", "KAZ") for *_, g in got)


def test_the_crew_by_nationality_is_on_board():
    figs = [f for f in extracted("The airline said all five crew members were Kenyan.") if f.min == 5]
    assert [(f.measure, f.population.groups) for f in figs] == [("other", ("KEN",))]
    assert figs[0].population.scope.startswith("on board")


def test_a_country_declaring_a_mourning_is_its_mourning_even_when_not_called_national():
    got = with_groups("Floods swept through the valley on Monday. Tajikistan declared Wednesday a day of mourning.")
    assert ("mourning_days", 1, 1, ("TJK",)) in got


def test_national_mourning_begun_by_a_country_is_that_country_s():
    got = with_groups("The quake killed 30 people in Peru and four in Ecuador. "
                      "Ecuador began two days of national mourning on Tuesday.")
    assert ("mourning_days", 2, 2, ("ECU",)) in got


def test_those_on_board_are_named_on_board_whatever_the_cue():
    figs = [f for f in extracted("The rescue brigade's count is twelve people on board.") if f.min == 12]
    assert [(f.measure, f.population.scope) for f in figs] == [("other", "on board")]


def test_the_dead_on_board_and_on_the_ground_are_dead():
    got = figures("The ministry said 58 people died. Of the dead, 55 were on board the jet and three were "
                  "farmers working in the field.")
    assert ("killed", 55, 55) in got and ("killed", 3, 3) in got
    assert not {f for f in got if f[0] == "other"}


@pytest.mark.parametrize("text, expected", [
    ("The embassy said seven Canadians were on the flight.", ("other", 7, 7, ("CAN",))),
    ("There were 112 passengers on the ferry when it left port.", ("other", 112, 112, ())),
])
def test_people_on_a_flight_or_a_ferry_are_on_board(text, expected):
    assert expected in with_groups(text)


def test_people_on_a_bus_who_died_are_dead():
    assert ("killed", 3, 3) in figures("Three people on the minibus died when it overturned.")


def test_a_dateline_country_run_into_the_lead_is_not_the_victims_nationality():
    got = with_groups("Coach plunges into gorge\n\nCUSCO, Peru - Four Swiss hikers died when a coach left the road.")
    assert ("killed", 4, 4, ("CHE",)) in got


def test_a_government_declaring_a_mourning_declares_its_country_s():
    got = with_groups("Floods swept the valley on Monday. Kenya's government declared Friday a day of mourning.")
    assert ("mourning_days", 1, 1, ("KEN",)) in got
