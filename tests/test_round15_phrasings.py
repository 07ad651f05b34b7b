"""Phrasings a fifteenth blind batch (plain text, real past events retold) showed, and the gaps left
open after the fourteenth: people searched for are missing.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

import pytest

from conftest import figure_rows

pytestmark = pytest.mark.model


def rows(text: str) -> set[tuple]:
    return {(m, lo, hi) for m, lo, hi, _groups, _scope in figure_rows(text)}


def test_people_searched_for_are_missing_but_suspects_searched_for_are_not():
    got = rows("Divers on the Sava were still searching for 17 people on Monday after the barge went down. "
               "Police said they were looking for two suspects who fled in a car.")
    assert ("missing", 17, 17) in got
    assert not any(lo == 2 for _m, lo, _hi in got)


def test_a_passport_or_citizenship_held_names_the_nationality_of_a_part():
    from conftest import figures_of

    figs = figures_of("The hotel fire killed 40 people. Two of the victims had Latvian passports. Four of them "
                      "held Irish citizenship, the ministry said. Three of the victims had burns to the face.")
    groups = {f.min: f.population.groups for f in figs if f.measure == "killed"}
    assert groups[2] == ("LVA",) and groups[4] == ("IRL",)
    assert groups[3] == ()
