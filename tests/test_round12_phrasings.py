"""Phrasings a twelfth blind batch (plain text, no metadata) showed: a hospital's count of the dead
is a rival toll, and alternatives that cover everyone are no subset.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

import pytest

from newskg.model import Article
from newskg.nlp.extract import extract

pytestmark = pytest.mark.model


def scopes(text: str, measure: str = "killed") -> dict[int, str]:
    return {f.min: f.population.scope for f in extract(Article(id="t", text=text, source="t")).figures
            if f.measure == measure}


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
