"""Phrasings a twelfth blind batch (plain text, no metadata) showed: a hospital's count of the dead
is a rival toll, and alternatives that cover everyone are no subset.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

import pytest

from newskg.model import Article
from newskg.nlp.extract import extract

from conftest import scopes_of as scopes

pytestmark = pytest.mark.model


def test_a_hospital_director_who_says_how_many_died_gives_a_toll():
    got = scopes("Police said 14 people were killed in the attack on the market. Lakeside General Hospital's "
                 "medical director, Dr Amina Yusuf, said 19 people had died of their wounds.")
    assert got == {14: "", 19: ""}
    got = scopes("Police said 14 people were killed. At Lakeside General Hospital, the medical director said 19 "
                 "people had died.")
    assert got == {14: "", 19: ""}


def test_the_bodies_or_wounded_a_hospital_received_are_its_share():
    got = scopes("Police said 14 people were killed. The director of Lakeside General Hospital said it had "
                 "received 11 bodies and 30 wounded people.")
    assert got[11] == "at Lakeside General Hospital"


def test_either_at_the_scene_or_in_hospital_covers_everyone():
    got = scopes("The medical superintendent said 17 people had died, either at the scene or after reaching "
                 "the hospital. Police said nine died at the scene.")
    assert got == {17: "", 9: "at the scene"}


def test_a_count_with_its_own_kind_of_people_does_not_take_the_people_before():
    got = [(f.measure, f.min, f.population.role, f.population.label)
           for f in extract(Article(id="t", text="Three of the gunmen were shot dead by soldiers and four suspects "
                                                  "were arrested.", source="t")).figures]
    assert ("arrested", 4, "all", "suspects") in got


def test_a_block_of_place_lines_under_a_breakdown_header_divides_the_toll_above():
    text = ("The death toll has risen to 41, up from 30 on Monday.\n\n"
            "The breakdown by district:\n"
            "Kandy: 17\n"
            "Badulla: 14\n"
            "Nuwara Eliya: 10\n\n"
            "The agency says 55 people have been injured.")
    assert scopes(text) == {41: "", 17: "in Kandy", 14: "in Badulla", 10: "in Nuwara Eliya"}
    # the same lines with no breakdown header are not counts of the dead
    assert scopes("Flights resumed on Monday.\n\nGates:\nKandy: 17\nBadulla: 14\n") == {}


def test_a_rival_figure_put_at_a_number_restates_the_toll_with_its_own_source():
    got = [(f.measure, f.min, f.claimant) for f in extract(Article(id="t", source="t", text=(
        "The emergencies ministry said 52 people had died. An hour later the mayor put the figure at 60.")))
        .figures]
    assert ("killed", 60, "Mayor") in got


def test_a_count_that_stands_at_a_number_after_a_toll_and_the_hurt_is_the_toll():
    got = scopes("The floods have claimed 38 lives in the state, the minister said, adding that 70 people had "
                 "been injured. The federal count, however, stands at 25 for the state.")
    assert 25 in got


def test_one_from_a_country_in_a_list_of_nationals_is_of_that_country_and_the_whole_is_their_union():
    got = {f.min: f.population.groups for f in extract(Article(id="t", source="t", text=(
        "The quake killed 58 people. Five foreign nationals are among the dead, according to the ministry: two "
        "citizens of Tajikistan, two Turkish citizens and one from Georgia."))).figures if f.measure == "killed"}
    assert got[1] == ("GEO",)
    assert got[5] == ("GEO", "TJK", "TUR")


def test_a_country_s_death_toll_is_the_toll_in_that_country_not_of_its_nationals():
    got = [(f.min, f.population.groups) for f in extract(Article(id="t", source="t", text=(
        "Typhoon Kajiki has killed 28 people in Vietnam and Laos. Vietnam's death toll climbed to 21 on "
        "Thursday, the disaster authority said."))).figures]
    assert (21, ()) in got


def test_one_survivor_who_speaks_is_the_source_not_a_count():
    got = [(f.measure, f.min) for f in extract(Article(id="t", source="t", text=(
        "The ferry capsized near the port. We were packed on the deck, one survivor said. One survivor was "
        "pulled from the water by fishermen."))).figures]
    assert got == [("other", 1)]
