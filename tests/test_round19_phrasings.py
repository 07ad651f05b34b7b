"""Phrasings found after the eighteenth blind batch and in the nineteenth.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

import pytest

from conftest import figures_of

pytestmark = pytest.mark.model


def test_adults_and_teachers_listed_beside_children_are_parts_of_the_toll():
    figs = figures_of("A gunman opened fire at a primary school in Ridgeford on Thursday. Police said 17 children "
                      "and three adults were killed. Two teachers were among the dead.")
    scopes = {f.min: f.population.scope for f in figs if f.measure == "killed"}
    assert scopes[17] == "part: child" and scopes[3] == "part: adult" and scopes[2] == "part: teacher"


def test_shot_dead_before_its_object_is_a_killing():
    figs = figures_of("Soldiers shot dead two protesters in Harbour Square on Monday, witnesses said.")
    assert [(f.measure, f.min, f.max) for f in figs] == [("killed", 2, 2)]


def test_adults_are_people_who_can_be_counted():
    figs = figures_of("The sheriff said 31 people had died in the county: 19 adults and 12 children.")
    rows = {f.min: (f.measure, f.population.scope) for f in figs}
    assert rows[19] == ("killed", "part: adult") and rows[12] == ("killed", "part: child")
