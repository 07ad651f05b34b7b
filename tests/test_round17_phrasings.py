"""Phrasings found after the sixteenth blind batch and in the seventeenth: a neighbouring capital's
own officials give that country's share of a quake; "eight from Cambodia" in a list says who they
are, not where they were counted.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

import pytest

from conftest import figures_of

pytestmark = pytest.mark.model


def test_a_neighbouring_capitals_officials_give_their_countrys_share_of_a_quake():
    figs = figures_of(
        "A magnitude 7.4 earthquake struck northern Pakistan on Monday, flattening villages around Mansehra. "
        "Pakistan's disaster authority said 412 people had been killed. "
        "Kabul city officials said 9 people had died across the capital and 30 had been injured.")
    scopes = {(f.measure, f.min): f.population.scope for f in figs}
    assert scopes[("killed", 412)] == ""
    assert scopes[("killed", 9)] == "in Afghanistan" and scopes[("injured", 30)] == "in Afghanistan"


def test_a_capital_named_alone_as_the_source_is_still_a_country():
    figs = figures_of("A magnitude 6.9 earthquake struck central Peru on Sunday, killing at least 58 people, "
                      "the Peruvian civil defence said. Lima said three people had died in the capital.")
    scopes = {f.min: f.population.scope for f in figs if f.measure == "killed"}
    assert scopes[58] == "" and scopes[3] == ""


def test_people_from_a_country_in_a_list_are_its_nationals_not_a_count_there():
    figs = figures_of("The ministry said the missing include 21 Bolivians, 12 workers from Paraguay, five from Chile "
                      "and two from Uruguay.")
    rows = {f.min: (f.population.groups, f.population.scope) for f in figs if f.measure == "missing"}
    assert rows[5] == (("CHL",), "") and rows[2] == (("URY",), "")
