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
