"""The extractor on sentences written for these tests (model-backed, one pipeline for all)."""

from __future__ import annotations

from datetime import date

import pytest

from newskg.model import Article
from newskg.nlp.extract import extract

pytestmark = pytest.mark.model


def figures(text: str, published: date | None = None):
    ex = extract(Article(id="t", text=text, source="t", published=published))
    return [(f.measure, f.min, f.max, f.qualifier, f.population.groups, f.population.role) for f in ex.figures], ex


def test_passive_toll_with_qualifier_and_nationality():
    got, _ = figures("At least 14 Chilean miners were killed when the tunnel caved in, the ministry said.")
    assert ("killed", 14, None, "at_least", ("CHL",), "civilian") in got


def test_noun_tolls_and_words_for_numbers():
    got, _ = figures("The death toll rose to eighty on Tuesday. Rescuers said some 300 people were injured.")
    assert ("killed", 80, 80, "exact", (), "all") in got
    assert ("injured", 270, 330, "approximately", (), "all") in got


def test_range_more_than_and_zero():
    got, _ = figures("Between 30 and 40 protesters were detained. More than 200 people were evacuated. "
                     "No one was killed in the stampede.")
    assert ("arrested", 30, 40, "range", (), "civilian") in got
    assert ("evacuated", 201, None, "at_least", (), "all") in got
    assert ("killed", 0, 0, "exact", (), "unspecified") in got or ("killed", 0, 0, "exact", (), "all") in got


def test_vague_quantities_have_documented_minimums():
    got, _ = figures("Dozens of villagers were injured and several soldiers died.")
    assert ("injured", 24, None, "vague", (), "civilian") in got
    assert ("killed", 3, None, "vague", (), "military") in got


def test_mourning_days_take_the_declaring_country():
    got, _ = figures("Peru declared three days of national mourning after the landslide.")
    assert ("mourning_days", 3, 3, "exact", ("PER",), "unspecified") in got


def test_numbers_that_are_not_counts_of_people_are_ignored():
    got, _ = figures("The magnitude 6.8 quake struck at 3:40 a.m. on 12 March 2023, 40 km from the coast. "
                     "A 34-year-old man said damage could reach $2 million, about 15 percent of the town's budget. "
                     "Flight 302 landed safely; 120 firefighters were deployed.")
    assert got == []


def test_claimant_and_hedging():
    _, ex = figures("According to the Red Cross, as many as 60 people may have drowned. "
                    "Police said 12 suspects were arrested.")
    by = {f.measure: f for f in ex.figures}
    assert by["killed"].claimant_text == "Red Cross" and by["killed"].hedged
    assert (by["killed"].min, by["killed"].max, by["killed"].qualifier) == (0, 60, "at_most")
    assert by["arrested"].claimant_text == "Police" and not by["arrested"].hedged


def test_quote_is_the_exact_text_at_its_offsets():
    text = "Flooding in the delta forced 20,000 people from their homes, officials said."
    _, ex = figures(text)
    (f,) = [f for f in ex.figures if f.measure == "displaced"]
    assert (f.min, f.max) == (20000, 20000)
    assert text[f.evidence.begin:f.evidence.end] == f.evidence.text


def test_boilerplate_lines_are_not_content():
    got, _ = figures("Ferry sinks near the island\nRead also: Storm kills 40 in neighbouring province\n"
                     "Nine passengers drowned when the ferry sank, the coast guard said.")
    assert [g for g in got if g[0] == "killed"] == [("killed", 9, 9, "exact", (), "civilian")]


def test_relative_dates_resolve_against_publication():
    _, ex = figures("A fire broke out in a Lagos market on Tuesday, killing five traders.", published=date(2024, 3, 8))
    assert ex.events[0].type == "fire"
    assert ex.events[0].date == date(2024, 3, 5)
    assert ex.events[0].place_country == "NGA"


def test_partial_counts_are_scoped_so_they_never_conflict_with_the_toll():
    _, ex = figures("Floods killed 410 people across the country, the agency said. Kerala was the worst hit, "
                    "with 212 deaths. The agency said 31 deaths were recorded in the past 24 hours.")
    scopes = {f.min: f.population.scope for f in ex.figures if f.measure == "killed"}
    assert scopes[410] == ""
    assert scopes[212] == "in Kerala"
    assert scopes[31] == "increment"


def test_suffered_injuries():
    got, _ = figures("Two firefighters suffered minor burns while a third officer suffered serious injuries.")
    assert ("injured", 2, 2, "exact", (), "civilian") in got
