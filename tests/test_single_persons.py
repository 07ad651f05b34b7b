"""One person counted without a number, and mourning given in hours.

News often reports a single victim or a single arrest by role ("a retired
schoolteacher died", "police arrested the owner"), and a relative clause can
tell what happened to someone before the main clause says they died. Every
sentence here was written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newskg.model import Article
from newskg.nlp.extract import extract

pytestmark = pytest.mark.model


def figures(text: str):
    return extract(Article(id="t", text="Local news\n\n" + text, source="t", published=date(2025, 3, 4))).figures


def readings(text: str) -> set[tuple[str, int, int | None]]:
    return {(f.measure, f.min, f.max) for f in figures(text)}


@pytest.mark.parametrize("text", [
    "A 64-year-old retired shopkeeper died in hospital on Monday night.",
    "An elderly shepherd drowned when the river burst its banks near the village.",
    "A 23-year-old pupil was killed when the classroom roof fell in.",
])
def test_one_person_named_by_occupation_or_age_is_a_count_of_one(text):
    assert ("killed", 1, 1) in readings(text)


@pytest.mark.parametrize("text", [
    "Police arrested the owner of the warehouse on Thursday.",
    "The depot's night supervisor was detained for questioning.",
    "A magistrate ordered the arrest of the site manager.",
    "Officers arrested the bus company's director in Arequipa.",
])
def test_one_person_arrested_by_role_is_one_arrest(text):
    assert ("arrested", 1, 1) in readings(text)


@pytest.mark.parametrize("text", [
    "Police said they were not arresting the owner of the warehouse.",
    "Prosecutors want to arrest the owner of the warehouse.",
    "The owner of the warehouse was not detained.",
])
def test_an_arrest_that_did_not_happen_is_not_a_figure(text):
    assert not any(f.measure == "arrested" for f in figures(text))


def test_the_main_clause_tells_the_fate_of_someone_described_by_a_relative_clause():
    got = readings("A man who leapt from the burning roof on Friday has died of his injuries.")
    assert ("killed", 1, 1) in got
    assert ("other", 1, 1) not in got


def test_people_who_jumped_listed_among_the_dead_are_a_part_of_the_toll():
    figs = figures("The blaze killed 17 garment workers, including four who jumped from the top floor.")
    four = [f for f in figs if f.min == 4]
    assert [f.measure for f in four] == ["killed"]
    assert four[0].population.scope.startswith("part")


def test_people_who_jumped_and_survived_are_still_counted_apart():
    got = readings("Nine workers jumped from the windows to escape the smoke, firefighters said.")
    assert ("other", 9, 9) in got


@pytest.mark.parametrize("text, days", [
    ("The president declared 72 hours of national mourning.", 3),
    ("The governor announced 48 hours of mourning across the state.", 2),
])
def test_mourning_in_hours_is_counted_in_days(text, days):
    assert ("mourning_days", days, days) in readings(text)


def test_mourning_hours_that_are_not_whole_days_are_left_out():
    assert not any(f.measure == "mourning_days" for f in figures("The city observed 36 hours of mourning."))
