"""The networkx projection of each view, on the hand-written store in tests/data/export/tiny.trig."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from newskg.export.project import (
    CONFLICT_COLOR,
    CORROBORATION_COLOR,
    bounds,
    claim_label,
    local_notation,
    project,
)

FIXTURE = Path(__file__).parent / "data" / "export" / "tiny.trig"
ID = "https://w3id.org/newskg/id/"
A1, A2, A3 = ID + "claim/aaaa/25-55", ID + "claim/aaaa/99-108", ID + "claim/aaaa/140-146"
B1, B2, B3 = ID + "claim/bbbb/10-40", ID + "claim/bbbb/50-60", ID + "claim/bbbb/70-90"
C1 = ID + "claim/cccc/5-30"
MAIN = ID + "event/sinking-2024-03-04-lmr"
MOURNING = MAIN + "/mourning-lmr"
RESCUE = MAIN + "/other"


def load_fixture(folder: Path, *, ontology: bool = True):
    """An EmbeddedStore holding the fixture (and the ontology graph, as ingest writes it)."""
    from newskg.resources import ontology_file
    from newskg.store import EmbeddedStore

    store = EmbeddedStore(folder)
    store.ox.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    if ontology:
        store.ox.load(path=str(ontology_file()), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ID + "graph/ontology"))
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = load_fixture(tmp_path_factory.mktemp("export-views") / "store")
    yield s
    s.close()


@pytest.fixture(scope="module")
def claims(store) -> nx.MultiDiGraph:
    return project(store, "claims")


def edges_of(g: nx.MultiDiGraph, relation: str) -> dict[tuple[str, str], dict]:
    return {(u, v): d for u, v, k, d in g.edges(keys=True, data=True) if k == relation}


def test_claims_view_nodes(claims):
    types = {}
    for _, d in claims.nodes(data=True):
        types[d["type"]] = types.get(d["type"], 0) + 1
    assert types == {"claim": 7, "article": 3, "event": 3, "actor": 3}  # actors: the three claimants


def test_claim_attributes(claims):
    a1 = claims.nodes[A1]
    assert a1["label"] == "killed ≥ 24 (LMR TRS civilian)"
    assert a1["min"] == 24 and "max" not in a1  # unbounded: no max at all
    assert a1["qualifier"] == "at_least" and a1["measure"] == "killed"
    assert a1["groups"] == "LMR TRS" and a1["role"] == "civilian"
    assert a1["hedged"] is False
    assert a1["quote"] == "At least 24 passengers drowned"
    assert (a1["quote_begin"], a1["quote_end"]) == (25, 55)
    assert a1["claimant"] == "the coast guard"
    assert a1["article"] == "ferry_01_wire" and a1["published"] == "2024-03-05"
    assert a1["event"] == "sinking, Lomar, 2024-03-04"
    assert a1["variable"] == "LMR TRS civilians killed in sinking, Lomar, 2024-03-04"
    assert a1["iri"] == A1 and a1["type"] == "claim"

    b3 = claims.nodes[B3]
    assert b3["label"] == "killed 30–40 (LMR TRS civilian)"
    assert (b3["min"], b3["max"], b3["hedged"], b3["hedge_cue"]) == (30, 40, True, "reportedly")

    a2 = claims.nodes[A2]
    assert a2["claimant"] == "article"  # stated by the article itself
    assert "claimant_iri" not in a2
    assert a2["quote"].startswith('20 "Lomari" </script>')

    assert claims.nodes[A3]["label"] == "mourning days 3 (LMR)"  # role unspecified adds nothing
    assert claims.nodes[C1]["published"] == "2024-03-07"
    assert "published" in claims.nodes[B1]


def test_claims_view_edges(claims):
    assert edges_of(claims, "source")[(A1, ID + "article/aaaa")]["relation"] == "source"
    assert (A1, ID + "actor/coast-guard") in edges_of(claims, "claimed_by")
    assert not any(u == A2 for u, _ in edges_of(claims, "claimed_by"))
    about = edges_of(claims, "about")
    assert (A1, MAIN) in about and (A3, MOURNING) in about and (C1, MAIN) in about

    conflicts = edges_of(claims, "conflicts_with")
    assert set(conflicts) == {(A1, B1), (B1, C1)}
    assert conflicts[(A1, B1)]["kind"] == "contradiction"
    assert conflicts[(B1, C1)]["kind"] == "revision"
    assert conflicts[(A1, B1)]["color"] == CONFLICT_COLOR
    assert conflicts[(A1, B1)]["iri"] == ID + "conflict/c1"
    corr = edges_of(claims, "corroborates")
    assert set(corr) == {(A2, B2)}
    assert corr[(A2, B2)]["color"] == CORROBORATION_COLOR
    assert corr[(A2, B2)]["variable"] == "LMR civilians killed in sinking, Lomar, 2024-03-04"


def test_article_and_actor_nodes(claims):
    art = claims.nodes[ID + "article/aaaa"]
    assert art["type"] == "article" and art["article"] == "ferry_01_wire"
    assert art["headline"] == 'Ferry capsizes off "Lomar" & <b>24</b> drown'
    assert art["publisher"] == "Harbour Daily News" and art["url"] == "https://example.test/ferry"
    assert claims.nodes[ID + "article/cccc"]["label"] == "ferry_03_update"  # no headline: the identifier
    police = claims.nodes[ID + "actor/lomar-police"]
    assert police["label"] == 'Lomar "special" police <unit>' and police["kind"] == "organization"


@pytest.mark.parametrize("view", ["claims", "actors", "events"])
def test_every_element_is_typed_labelled_and_scalar(store, view):
    g = project(store, view)
    assert g.number_of_nodes() > 0 and g.number_of_edges() > 0
    for n, d in g.nodes(data=True):
        assert d["type"] and d["label"] and d["iri"] == n and d["color"].startswith("#")
        assert all(isinstance(v, (str, int, float, bool)) for v in d.values()), (n, d)
    ids = set()
    for u, v, k, d in g.edges(keys=True, data=True):
        assert d["relation"] == k and d["color"].startswith("#")
        assert all(isinstance(x, (str, int, float, bool)) for x in d.values()), (u, v, d)
        ids.add(d["id"])
    assert len(ids) == g.number_of_edges()


def test_actors_view(store):
    g = project(store, "actors")
    assert {d["type"] for _, d in g.nodes(data=True)} == {"actor", "event"}
    assert (ID + "actor/coast-guard", MAIN) in edges_of(g, "agent")
    assert (ID + "actor/tarsia", MAIN) in edges_of(g, "patient")
    assert (ID + "actor/tarsia", MAIN) not in edges_of(g, "participant")  # patient already says it
    assert (ID + "actor/ferry-operator", MAIN) in edges_of(g, "participant")
    claimed = edges_of(g, "claimed_about")
    assert claimed[(ID + "actor/coast-guard", MAIN)]["weight"] == 3
    assert claimed[(ID + "actor/lomar-police", MAIN)]["weight"] == 2
    assert claimed[(ID + "actor/lomar", MOURNING)]["weight"] == 1
    lomar = g.nodes[ID + "actor/lomar"]
    assert (lomar["kind"], lomar["iso"], lomar["wikidata"]) == ("country", "LMR", "http://www.wikidata.org/entity/Q0")


def test_events_view(store):
    g = project(store, "events")
    main = g.nodes[MAIN]
    assert main["type"] == "event" and main["label"] == "sinking, Lomar, 2024-03-04"
    assert (main["date"], main["event_type"], main["place"]) == ("2024-03-04", "sinking", "Lomar")
    assert (main["claims"], main["articles"]) == (6, 3)
    assert g.nodes[MOURNING]["event_type"] == "mourning" and "date" not in g.nodes[MOURNING]
    assert g.nodes[ID + "place/lomar"]["type"] == "place"
    assert (MAIN, ID + "place/lomar") in edges_of(g, "has_place")
    assert (MOURNING, MAIN) in edges_of(g, "consequence_of")
    assert (RESCUE, MAIN) in edges_of(g, "sub_event_of")


def test_without_the_ontology_graph_labels_fall_back_to_local_names(tmp_path, claims):
    s = load_fixture(tmp_path / "store", ontology=False)
    try:
        g = project(s, "claims")
    finally:
        s.close()
    assert {n: d["label"] for n, d in g.nodes(data=True)} == {n: d["label"] for n, d in claims.nodes(data=True)}
    assert edges_of(g, "conflicts_with")[(A1, B1)]["kind"] == "contradiction"


def test_projection_is_deterministic(store):
    one, two = project(store, "claims"), project(store, "claims")
    assert list(one.nodes(data=True)) == list(two.nodes(data=True))
    assert list(one.edges(keys=True, data=True)) == list(two.edges(keys=True, data=True))


def test_label_helpers():
    assert bounds(24, None) == "≥ 24"
    assert bounds(23, 23) == "23"
    assert bounds(0, 30, "at_most") == "≤ 30"
    assert bounds(70, 80, "range") == "70–80"
    assert claim_label("killed", 24, None, "at_least", "VEN", "military") == "killed ≥ 24 (VEN military)"
    assert claim_label("injured", 5, 5, "exact", "", "all") == "injured 5"
    assert local_notation("https://w3id.org/newskg/ns#MourningDays") == "mourning_days"
