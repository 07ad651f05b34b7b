"""Phrasings a fourteenth blind batch (plain text, real past events retold) showed: people aboard
and taken into custody, and the day said of the event's own word before other days of its sentences.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import bounds_of, figures_of, main_event

pytestmark = pytest.mark.model


def test_people_aboard_are_on_board_and_people_taken_into_custody_are_arrested():
    got = bounds_of("The ferry capsized off Mindoro. Thirty-one passengers were aboard the vessel, the coast guard "
               "said. Police said six crew members were taken into custody.")
    assert {("other", 31, 31), ("arrested", 6, 6)} <= got


def test_the_day_said_of_the_event_comes_before_a_later_day_in_its_sentences():
    e = main_event("The toll from the shooting at the Tromso market has risen to 12 after a wounded woman died in "
                   "hospital on Thursday. On Saturday, March 8, a gunman opened fire on shoppers at the market.",
               published=date(2025, 5, 2))
    assert e.date == date(2025, 3, 8)


def test_a_wire_that_names_saturdays_attack_is_dated_by_it():
    e = main_event("Ouagadougou, 16 May 2025 — The army said on Wednesday that 14 soldiers were killed in Saturday's "
                   "attack on its post at Tin-Akoff.", published=date(2025, 5, 16))
    assert e.date == date(2025, 5, 10)


def test_what_befell_people_without_a_measure_word():
    got = bounds_of("The storm killed 2,100 people. More than 40,000 people have taken shelter in schools. Nearly "
               "90,000 children were exposed to the floodwater, and at least 31 children had been poisoned by "
               "dirty water. About 1,200 people in 14 villages were still isolated. Evacuation orders were issued "
               "on Tuesday for about 20,000 people.")
    assert {("displaced", 40001, None), ("affected", 0, 90000), ("injured", 31, None), ("affected", 1080, 1320),
            ("evacuated", 18000, 22000)} <= got


def test_an_aid_groups_own_volunteers_have_no_nationality_from_it():
    figs = figures_of("The Kenya Red Cross said two of its volunteers had died in the floods. Uganda said three "
                      "of its citizens were among the dead.")
    assert {(f.min, f.population.groups) for f in figs if f.measure == "killed"} == {(2, ()), (3, ("UGA",))}


def test_another_count_beside_a_toll_is_not_an_increment():
    figs = figures_of("The storm left 2,400 dead, with another 3,100 missing, the Red Crescent said.")
    assert {(f.measure, f.min, f.population.scope) for f in figs} == {("killed", 2400, ""), ("missing", 3100, "")}


def test_who_gave_a_count_of_the_dead_is_its_source():
    (fig,) = figures_of("The regional health minister, Amina Dervish, gave her own count on Monday of 1,204 deaths "
                        "in the city.")
    assert (fig.measure, fig.min) == ("killed", 1204)
    # the person the role is given to (session 13), the role kept in the words
    assert fig.claimant == "Amina Dervish" and "health minister" in (fig.claimant_text or "").lower()


def test_a_past_events_story_goes_on_in_the_sentence_after_its_year():
    got = bounds_of("The ferry sank off Lesbos on Tuesday, killing 31 people, the coast guard said. It revived memories "
               "of October 2015, when a fishing boat capsized off the same cape. Forty-three people died, including "
               "eleven children.")
    assert got == {("killed", 31, 31)}
    got = bounds_of("It was the worst accident on the lake since 2015. Rescuers said on Wednesday that 12 people died.")
    assert ("killed", 12, 12) in got


def test_a_total_set_off_after_its_clause_takes_the_clauses_measure():
    got = bounds_of("Everyone on both boats drowned, 41 people in all: 35 passengers and six crew members. Divers said "
               "19 bodies had been recovered from the ferry and three from the tug, 22 in all.")
    assert {("killed", 41, 41), ("killed", 35, 35), ("killed", 6, 6), ("killed", 22, 22)} <= got


def test_a_number_including_its_town_is_that_towns_share():
    figs = figures_of("Officials had recorded 180 deaths by Sunday, including 83 in Suzu and 71 in Wajima.")
    assert {(f.min, f.population.scope) for f in figs} >= {(180, ""), (83, "in Suzu"), (71, "in Wajima")}
