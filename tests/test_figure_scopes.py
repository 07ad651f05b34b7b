"""Scopes: a count that covers only a part of an event's toll is kept apart from the whole toll.

Claims are compared only within one variable (event, measure, groups, role and
scope), so a figure that gets a scope is never reported as conflicting with the
whole toll. Every sentence here was written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newskg.model import Article
from newskg.nlp.extract import extract

pytestmark = pytest.mark.model


def scopes(text: str, measure: str = "killed") -> dict[int, str]:
    ex = extract(Article(id="t", text=text, source="t", published=date(2024, 3, 1)))
    return {f.min: f.population.scope for f in ex.figures if f.measure == measure}


def test_members_of_a_militia_are_not_the_soldiers_toll():
    got = scopes("Gunmen stormed a border post on Friday, killing 12 soldiers and five members of a "
                 "local self-defence militia, the army said. The five militia members who died were farmers.")
    assert got[12] == ""
    assert got[5] == "militia"


def test_a_place_named_with_alone_is_a_part_of_the_toll():
    got = scopes("The fever has killed 140 people across the region, officials said. "
                 "In the port city alone, 38 people have died.")
    assert got[140] == ""
    assert got[38] == "in port city"


def test_a_count_outside_a_place_is_not_the_toll():
    got = scopes("The outbreak has killed 52 people in the northern province. "
                 "Health officials said no deaths had been recorded outside the province.")
    assert got[52] == ""
    assert got[0].startswith("outside")
