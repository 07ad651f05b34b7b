"""An event that crossed a border: each country's count is its own variable.

A quake felt on both sides of a border is reported as a toll per country and a
combined toll. In a report that gives another country's count, a count "in Peru"
(or "in the country") is Peru's share, not the toll; in a report with no other
country's count it is the whole toll (a report that counts only Peru's dead
without saying so is then compared with the combined toll: a known limit).
Every article here was written for these tests.
"""

from __future__ import annotations

import pytest

from newskg.queries import run

pytestmark = pytest.mark.model

QUAKE = {
    "quake_wire.txt": (
        "Quake kills dozens in Peru and Ecuador\n\n"
        "PIURA, Peru, May 4 (Andean Wire) - A strong earthquake shook the border region of Peru and Ecuador "
        "on Sunday. Peru's civil defence institute said 27 people had died in Peru. In Ecuador, four people "
        "were killed, the Ecuadorian risk management secretariat said. The toll on both sides of the border "
        "stands at 31.\n"),
    "quake_local.txt": (
        "Earthquake toll rises\n\n"
        "Published May 5, 2025\n\n"
        "The earthquake that struck northern Peru on Sunday has killed 22 people in the country, the civil "
        "defence institute said on Monday, correcting an earlier count. In neighbouring Ecuador, officials "
        "reported five deaths.\n"),
    "quake_ecuador.txt": (
        "Ecuador counts its dead\n\n"
        "Published May 5, 2025\n\n"
        "On the Ecuadorian side of the border, six people died in Sunday's earthquake in Peru, "
        "the mayor of Macara said.\n"),
}

FLOOD = {
    "flood_a.txt": (
        "Floods kill 12\n\nNAIROBI, Kenya, April 2 (Wire) - Floods have killed 12 people in Kenya since "
        "Sunday, the interior ministry said.\n"),
    "flood_b.txt": (
        "Flood toll reaches 15\n\nNAIROBI, Kenya, April 3 (Wire) - The floods that hit Kenya on Sunday have "
        "killed 15 people, the Kenya Red Cross said.\n"),
}


def _ingest(tmp_path, articles):
    from newskg.ingest import ingest
    from newskg.store import EmbeddedStore

    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = EmbeddedStore(tmp_path / "store")
    ingest([tmp_path], store)
    return store


def _pairs(store) -> set[tuple[str, str, str, str]]:
    _, rows = run(store, "conflicts")
    return {tuple(sorted([(r["a_article"], r["a_min"]), (r["b_article"], r["b_min"])])) for r in rows}


def test_each_country_share_is_compared_only_with_the_same_country(tmp_path):
    store = _ingest(tmp_path, QUAKE)
    try:
        pairs = _pairs(store)
    finally:
        store.close()
    assert (("quake_local", "22"), ("quake_wire", "27")) in pairs  # Peru against Peru ("in the country")
    assert (("quake_ecuador", "6"), ("quake_wire", "4")) in pairs  # Ecuador against Ecuador ("the Ecuadorian side")
    flat = {x for p in pairs for x in p}
    assert ("quake_wire", "31") not in flat  # the combined toll is no country's share


def test_a_count_in_the_only_country_is_the_whole_toll(tmp_path):
    store = _ingest(tmp_path, FLOOD)
    try:
        pairs = _pairs(store)
    finally:
        store.close()
    assert (("flood_a", "12"), ("flood_b", "15")) in pairs


def test_a_quake_toll_named_after_two_countries_is_not_their_nationals():
    from newskg.model import Article
    from newskg.nlp.extract import extract

    text = "Peru-Ecuador quake toll rises to 31\n\nThe toll rose to 31 on Monday, officials said."
    figs = extract(Article(id="t", text=text, source="t")).figures
    assert figs and all(f.population.groups == () for f in figs if f.min == 31)


def test_a_toll_that_climbed_in_one_country_is_that_country_s_share():
    from newskg.model import Article
    from newskg.nlp.extract import extract

    text = ("Quake toll climbs\n\nTUMBES, Peru (Wire) - The toll has climbed to 19 in Peru, the civil defence "
            "institute said on Monday. In Ecuador, three people died, officials there said.")
    scopes = {f.min: f.population.scope for f in extract(Article(id="t", text=text, source="t")).figures}
    assert scopes == {19: "in Peru", 3: "in Ecuador"}


# A storm told from either side of the border it crossed: one article placed in Mozambique, one in
# Malawi, whose opening names both countries.
STORM = {
    "storm_moz.txt": (
        "Cyclone Tende kills 18 in Mozambique\n\n"
        "BEIRA, Mozambique, March 9 (Wire) - Cyclone Tende tore through central Mozambique on Sunday. "
        "Mozambique's disaster agency said 18 people had died, and rescuers were still searching flooded "
        "villages in Sofala province.\n"),
    "storm_mwi.txt": (
        "Cyclone Tende: storm that hit Mozambique and Malawi leaves trail of ruin\n\n"
        "Published March 11, 2025\n\n"
        "Cyclone Tende, which crossed from Mozambique into southern Malawi on Monday, has killed 9 people "
        "in Malawi, the Malawian disaster management department said on Tuesday. Floods cut roads in Blantyre, "
        "Chikwawa and Nsanje, and Malawi's president toured the flooded districts of Blantyre. "
        "Mozambique's government raised its own toll to 25 on Tuesday.\n"),
}


def test_a_storm_that_crossed_a_border_is_one_event_and_each_side_keeps_its_toll(tmp_path):
    from newskg.model import Article
    from newskg.nlp.extract import extract

    e0 = extract(Article(id="t", text=STORM["storm_mwi.txt"], source="t")).events[0]
    assert (e0.place_country, e0.also_in) == ("MWI", ("MOZ",))
    store = _ingest(tmp_path, STORM)
    try:
        events = store.select("SELECT DISTINCT ?r WHERE { GRAPH ?g { ?e nkg:resolvedTo ?r } }")
        pairs = _pairs(store)
    finally:
        store.close()
    assert len(events) == 1  # placed in two countries, one storm
    assert (("storm_moz", "18"), ("storm_mwi", "25")) in pairs  # Mozambique's toll against Mozambique's
    flat = {x for p in pairs for x in p}
    assert ("storm_mwi", "9") not in flat  # Malawi's dead are no share of Mozambique's


def test_an_article_naming_a_second_country_only_as_where_victims_came_from_is_not_across_a_border():
    from newskg.model import Article
    from newskg.nlp.extract import extract

    text = ("Floods in Kenya kill 30, among them four from Uganda\n\n"
            "NAIROBI, Kenya (Wire) - Floods have killed 30 people in Kenya, four of them from Uganda, police said.")
    assert extract(Article(id="t", text=text, source="t")).events[0].also_in == ()
