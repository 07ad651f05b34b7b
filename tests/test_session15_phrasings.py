"""Phrasings found in session 15, after the twenty-second blind batch.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

import pytest

from conftest import figures_of

pytestmark = pytest.mark.model


def _scopes(text: str) -> list[tuple[str, int, str]]:
    return [(f.measure, f.min, f.population.scope) for f in figures_of(text)]


def test_deaths_in_an_avalanche_set_off_by_an_earthquake_are_its_own_part():
    text = ("A magnitude 7.1 earthquake struck the Karsang valley on Monday, killing at least 640 people, the "
            "interior ministry said. Separately, 23 climbers died in an avalanche the quake set off on Mount Tirich.")
    assert _scopes(text) == [("killed", 640, ""), ("killed", 23, "in the avalanche")]


def test_deaths_blamed_on_an_aftershock_are_its_own_part():
    text = ("The earthquake has killed 1,904 people across the province. The disaster agency attributes at least "
            "36 deaths and 200 injuries to a second quake that struck on Thursday.")
    assert ("killed", 36, "in the aftershock") in _scopes(text)


def test_a_landslide_that_buried_a_village_after_a_quake_is_a_part():
    text = ("The earthquake killed more than 300 people in the mountain districts. Officials say 41 people died "
            "when a landslide swept over the hamlet of Dorvin.")
    assert ("killed", 41, "in the landslide") in _scopes(text)


def test_a_storm_s_floods_are_the_storm_itself():
    text = "Typhoon Kessa has killed 58 people, officials said. Most of the 58 died in flash floods and landslides."
    assert ("killed", 58, "") in _scopes(text)
    assert not any(scope.startswith("in the") for _, _, scope in _scopes(text))


def test_the_blast_of_a_bombing_is_the_bombing_itself():
    text = "A suicide bombing at a wedding hall in Farsan killed 19 people. Eleven more were hurt in the blast."
    assert not any(scope == "in the blast" for _, _, scope in _scopes(text))


def test_a_place_a_where_clause_hangs_on_scopes_the_count():
    text = ("The earthquake killed 120 people in Valdoro. In nearby Castelmonte, where no one was killed, several "
            "hundred people slept in their cars. The shaking also reached Pietrafonda, where two people died.")
    scopes = _scopes(text)
    assert ("killed", 0, "in Castelmonte") in scopes
    assert ("killed", 2, "in Pietrafonda") in scopes


def test_coffins_at_a_funeral_are_some_of_the_dead():
    text = ("The death toll from the earthquake rose to 247. The coffins of 31 victims were laid out in the sports "
            "hall of Bellamonte for a state funeral on Saturday.")
    assert ("killed", 31, "part: funeral") in _scopes(text)


def test_identified_victims_are_some_of_the_dead():
    text = "The fire killed 64 people. The coroner has so far named 40 identified victims."
    assert ("killed", 40, "part: identified") in _scopes(text)


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
    assert not any(scope.startswith("in the") for _, _, scope in _scopes(text))
