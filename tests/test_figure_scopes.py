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


def test_one_named_hospital_gives_its_own_share():
    got = scopes("The clashes killed 40 people, the interior ministry said. In the north, a nurse at "
                 "St Agnes District Hospital told us eleven people were brought in dead and 23 wounded are being treated.")
    assert got[40] == ""
    assert got[11] == "at St Agnes District Hospital"
    assert scopes("A nurse at St Agnes District Hospital told us eleven people were brought in dead "
                  "and 23 wounded are being treated.", "injured")[23] == "at St Agnes District Hospital"


def test_people_taken_to_or_kept_in_hospital_are_the_in_hospital_part_of_the_injured():
    # some of the injured are treated at the scene: a hospital count is not the injured toll
    assert scopes("Thirty-one survivors were taken to hospital, the ministry said.", "injured")[31] == "in hospital"
    assert scopes("Forty people were hurt. Four remain hospitalised.", "injured") == {40: "", 4: "in hospital"}
    assert scopes("Nine people were injured and treated at the scene.", "injured") == {9: ""}


def test_hospital_care_in_a_side_clause_is_not_a_scope():
    got = scopes("The death toll rose to 52 on Monday after a boy died of his injuries in the city's "
                 "main hospital, the ministry said.")
    assert got[52] == ""


def test_a_neighbouring_country_reporting_its_own_count_gets_that_country_as_scope():
    text = ("LUSAKA (Wire) — Floods have killed 64 people in Zambia, the disaster agency said on Monday. "
            "Neighbouring Malawi, where the river burst its banks on Saturday, reported 12 deaths and 40 injuries "
            "in two southern districts. Malawi has not updated its figure of 40 injured since Sunday.")
    # with Malawi's own count beside it, Zambia's 64 is Zambia's share of the toll
    assert scopes(text) == {64: "in Zambia", 12: "in Malawi"}
    assert scopes(text, "injured") == {40: "in Malawi"}


def test_the_event_country_named_as_a_place_is_the_whole_toll_unless_another_country_has_its_own_count():
    text = ("LUSAKA (Wire) — Floods have killed 64 people in Zambia, the disaster agency said on Monday. "
            "In Malawi, the floods have claimed 12 lives, according to the government.")
    assert scopes(text) == {64: "in Zambia", 12: "in Malawi"}
    assert scopes("LUSAKA (Wire) — Floods have killed 64 people in Zambia, the disaster agency said.") == {64: ""}


def test_a_place_in_another_country_is_not_the_event_place_and_its_count_is_scoped():
    text = ("Zambia: measles outbreak spreads\n\nZambia's health ministry has reported 830 measles cases in the "
            "country since June, the ministry said on Monday. Zambia has asked for vaccines. "
            "Three cases linked to travellers have been reported in Malawi's Chitipa district, "
            "according to Malawian health authorities.")
    ex = extract(Article(id="t", text=text, source="t", published=date(2024, 3, 1)))
    assert ex.events[0].place != "Chitipa district"
    got = {f.min: f.population.scope for f in ex.figures if f.measure == "affected"}
    assert got[830] == ""
    assert got[3] == "in Chitipa"


def test_a_nights_arrests_during_days_of_protest_are_an_increment():
    text = ("Protests against the new tax entered their third day on Wednesday. Police said 520 people had been "
            "arrested since the protests began. Police in the capital say 64 people were arrested overnight "
            "after protesters tried to march on parliament.")
    assert scopes(text, "arrested") == {520: "", 64: "increment"}


def test_a_sudden_event_overnight_is_still_the_whole_toll():
    text = "A fire in a hotel in the town killed nine people overnight, the fire service said."
    assert scopes(text) == {9: ""}


def test_a_name_the_article_calls_a_district_is_a_place_scope():
    text = ("The earthquake in Nepal killed 31 people, officials said. Twelve of the dead were in Bhimkot district. "
            "Police said dozens of people remained unaccounted for in Bhimkot.")
    assert scopes(text, "missing") == {24: "in Bhimkot"}


def test_the_hospital_the_wounded_were_taken_to_is_not_a_share():
    got = scopes("Eighteen soldiers were wounded in the ambush. The 18 wounded soldiers were flown to the "
                 "military hospital in the capital, the army said.", "injured")
    assert set(got.values()) == {""}


def test_a_partitive_in_a_district_gets_that_place_and_one_name_per_place():
    got = scopes("Floods have killed 150 people in Kenya. Over 50 of the deaths were in Marsabit county.")
    assert got == {150: "", 51: "in Marsabit"}
    got = scopes("Floods have killed 120 people in Kenya. In Marsabit county alone, 38 people have died.")
    assert got == {120: "", 38: "in Marsabit"}


ARTICLE_A = """---
title: Floods kill 120 in Kenya
publisher: Rift Daily
published: 2024-05-06
---
NAIROBI, 6 May 2024 — Floods have killed 120 people in Kenya since heavy rains began on Thursday, the interior ministry said on Monday.

In Marsabit county alone, 38 people have died, the county governor said.

No deaths have been reported outside the flooded districts, the ministry added.
"""

ARTICLE_B = """---
title: Kenya flood toll rises to 150
publisher: Coast Herald
published: 2024-05-08
---
NAIROBI, 8 May 2024 — The number of people killed by floods in Kenya has risen to 150, the Kenya Red Cross said on Wednesday.

Over 50 of the deaths were in Marsabit county, the Red Cross said.
"""


def test_tolls_conflict_with_tolls_and_a_district_with_the_same_district_only(tmp_path):
    from newskg.evaluate import predict

    (tmp_path / "a.md").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "b.md").write_text(ARTICLE_B, encoding="utf-8")
    _, conflicts = predict([tmp_path])
    pairs = {tuple(sorted((int(c["a_min"]), int(c["b_min"])))) for c in conflicts if c["measure"] == "killed"}
    assert pairs == {(120, 150), (38, 51)}  # not 38 or 0 ("outside the flooded districts") against 150


def test_a_breakdown_by_role_gives_each_role_s_count_not_an_unnamed_part():
    # the 40 are the civilian dead, the population "18 civilians were killed" counts in another report
    ex = extract(Article(id="t", text="The governor put the toll at 46 dead: 40 villagers and six soldiers.",
                         source="t", published=date(2024, 3, 1)))
    got = {f.min: (f.population.role, f.population.scope) for f in ex.figures if f.measure == "killed"}
    assert got[40] == ("civilian", "")
    assert got[6] == ("military", "")


def test_a_kind_of_resident_stays_a_part():
    got = scopes("The blast at the plant killed 12 workers. No residents were among the dead.")
    assert got[0].startswith("part")


def test_people_on_the_ground_killed_by_a_crash_are_civilians():
    ex = extract(Article(id="t", text="The cargo plane crashed into a market. Four people on the ground were killed.",
                         source="t", published=date(2024, 3, 1)))
    assert [(f.population.role, f.population.scope) for f in ex.figures if f.min == 4] == [("civilian", "on ground")]


def test_a_partitive_that_died_in_a_place_is_that_place_s_count():
    got = scopes("The storm killed 31 people across the island. Nineteen of the victims died in Kandy, "
                 "the disaster centre said.")
    assert got == {31: "", 19: "in Kandy"}
