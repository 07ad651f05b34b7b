"""Phrasings a thirteenth blind batch (plain text, real past events retold) showed: a key-facts
line is read on its own line, an age set off by commas after any singular noun, the nationalities
of "the passengers were …", "N of them were South Korean", and what people need.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

import pytest

from conftest import figure_rows, figures_of

pytestmark = pytest.mark.model


def rows(text: str) -> set[tuple]:
    return {(m, lo, hi, groups) for m, lo, hi, groups, _ in figure_rows(text)}


def test_a_key_facts_line_is_not_read_with_the_next_lines_label():
    got = rows("Storm Idris: key facts\nDeaths: 41\nMissing: 12 (official)\nEvacuated: 3,000")
    assert ("killed", 41, 41, ()) in got
    assert ("missing", 41, 41, ()) not in got
    assert ("missing", 12, 12, ()) in got


def test_an_age_set_off_after_a_singular_noun_is_not_a_count():
    got = rows("Three miners were hurt in the blast at Ostrava. Their foreman, 52, is being treated for burns. "
               "His apprentice, 19, was discharged on Friday.")
    assert got == {("injured", 3, 3, ())}


def test_in_one_case_is_a_manner_of_speaking():
    got = rows("Four suspects appeared in court on Monday, two of them limping and, in one case, unable to stand.")
    assert all(m != "affected" for m, *_ in got)


def test_people_in_need_of_aid_are_affected():
    got = rows("The Red Crescent said about 40,000 people need humanitarian assistance after the cyclone. "
               "More than 9,000 people require food aid in Sittwe alone.")
    assert ("affected", 36000, 44000, ()) in got
    assert ("affected", 9001, None, ()) in got


def test_the_nationalities_of_the_passengers_are_counts_of_those_on_board():
    got = rows("The ferry Santa Lucia was carrying 96 people. According to the operator, the passengers were "
               "71 Filipino nationals, 12 Japanese nationals and one Australian national.")
    assert {("other", 71, 71, ("PHL",)), ("other", 12, 12, ("JPN",)), ("other", 1, 1, ("AUS",))} <= got


def test_n_of_them_were_of_a_two_word_nationality_after_the_passengers():
    got = rows("The bus was carrying 44 passengers. The passengers were aged between nine and 80, and 40 of "
               "them were South African, the transport department said; the other four were Zimbabwean.")
    assert ("other", 40, 40, ("ZAF",)) in got
    assert ("other", 4, 4, ("ZWE",)) in got


def test_the_dead_comprise_names_the_parts_of_the_toll():
    figs = [f for f in figures_of("The coach left the road near Brasov. The dead comprise all 23 passengers "
                                  "and two of the three drivers.") if f.measure == "killed"]
    assert {(f.min, f.max) for f in figs} >= {(23, 23), (2, 2)}


def test_of_them_after_a_toll_divides_the_dead_by_where_they_were():
    figs = [f for f in figures_of("Ninety-one people died, the coroner of Marsabit County said on Sunday. Of them, "
                                  "84 were on board the train and seven were on the platform.")]
    assert {(f.measure, f.min) for f in figs} >= {("killed", 91), ("killed", 84), ("killed", 7)}
    assert not any(f.measure == "other" for f in figs)


def test_a_hospital_chief_who_gives_the_toll_after_it_gives_the_toll_not_a_share():
    figs = figures_of("Ninety-one people died, the medical superintendent of Marsabit General Hospital said on Sunday.")
    assert [(f.measure, f.min, f.population.scope) for f in figs] == [("killed", 91, "")]


def test_crew_members_listed_after_foreign_passengers_are_not_of_their_nationality():
    got = rows("Among the dead were 30 Chileans and all four Peruvian passengers, as well as all six crew members.")
    assert ("killed", 6, 6, ()) in got
    assert ("killed", 4, 4, ("PER",)) in got


def test_a_bracket_after_a_count_of_nationals_divides_those_nationals():
    got = rows("The dead include 17 Bolivians (13 passengers and the four crew members) and five foreign "
               "climbers: three Spaniards and two Austrians.")
    assert {("killed", 13, 13, ("BOL",)), ("killed", 4, 4, ("BOL",)), ("killed", 5, 5, ("AUT", "ESP"))} <= got


def test_a_toll_expected_to_reach_a_number_is_a_hedged_toll():
    (fig,) = figures_of("A rescue official told the state broadcaster that the toll was expected to reach 64.")
    assert (fig.measure, fig.min, fig.max, fig.hedged) == ("killed", 64, 64, True)


def test_a_count_the_authorities_had_not_confirmed_is_hedged():
    figs = figures_of("Local radio reported on Tuesday that the toll had risen to 38, but the health ministry had "
                      "not confirmed the figure.")
    assert [(f.measure, f.min, f.hedged) for f in figs] == [("killed", 38, True)]
    figs = figures_of("The health ministry said on Tuesday that the toll had risen to 38.")
    assert [(f.measure, f.min, f.hedged) for f in figs] == [("killed", 38, False)]


def test_who_reported_the_dead_when_a_time_follows_the_count():
    figs = figures_of("Firefighters reported 19 dead shortly before 10 a.m. and 46 by the evening.")
    assert [(f.min, f.claimant) for f in figs][0] == (19, "Firefighters")


def test_including_after_a_toll_that_rose_is_a_part_of_the_new_toll():
    got = rows("The emergencies ministry says the death toll has risen to 57, including nine children.")
    assert {("killed", 57, 57, ()), ("killed", 9, 9, ())} <= got


def test_towns_listed_with_their_dead_are_not_people_and_a_bare_bracket_takes_the_measure():
    figs = figures_of("According to the regional list, the worst-hit towns include Sedavi, where 14 people died, "
                      "Massanassa (11 deaths), Benetusser (7) and Llocnou (3), officials said.")
    got = {(f.measure, f.min, f.population.scope) for f in figs}
    assert ("killed", 7, "in Benetusser") in got
    assert not any(m == "killed" and lo == 4 for m, lo, _ in got)  # not the four towns counted as people


def test_they_include_divides_the_count_of_the_sentence_before():
    figs = figures_of("Police said 17 people had been arrested by Friday. They include the ferry's two owners "
                      "and three harbour inspectors.")
    got = {(f.measure, f.min, f.population.scope.split(":")[0]) for f in figs}
    assert {("arrested", 17, ""), ("arrested", 2, "part"), ("arrested", 3, "part")} <= got


def test_people_charged_and_people_helped_to_escape_are_other_counts():
    got = rows("Prosecutors said more than 20 people could be charged. A waiter helped about 40 guests escape "
               "through the kitchen.")
    assert ("other", 21, None, ()) in got
    assert ("other", 36, 44, ()) in got
