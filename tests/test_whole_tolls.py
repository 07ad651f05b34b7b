"""Which counts meet in one variable, on the round-3 articles (tests/data/corpus/r3c_*).

- "killed nine workers" (a factory blast) and "the toll has risen to 12" are one variable,
  and so are "killed 26 passengers" and "the death toll has risen to 23" (a ferry): the
  people a site held are its whole toll. The claims keep their civilian role.
- one hospital's patients, those flown elsewhere, the guards among the dead, the injured
  who died later are parts: they are never compared with the whole toll.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newskg.resolve import variable_role

CORPUS = Path(__file__).parent / "data" / "corpus"


@pytest.mark.parametrize("role, measure, label, etype, keyed", [
    ("civilian", "killed", "workers", "explosion", "all"),
    ("civilian", "killed", "garment workers", "fire", "all"),
    ("civilian", "killed", "passengers", "sinking", "all"),
    ("civilian", "injured", "residents", "building_collapse", "all"),
    ("civilian", "killed", "children", "fire", "civilian"),  # a kind of people, not those the site held
    ("civilian", "killed", "villagers", "attack", "civilian"),  # sides: "people" may include fighters
    ("civilian", "affected", "passengers", "storm", "civilian"),  # a region: passengers are some of many
    ("civilian", "other", "passengers", "air_crash", "civilian"),  # on board: passengers and crew
    ("security", "killed", "security guards", "fire", "security"),
    ("military", "killed", "soldiers", "explosion", "military"),
])
def test_the_role_a_count_is_compared_under(role, measure, label, etype, keyed):
    assert variable_role(role, measure, label, etype) == keyed


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from newskg.ingest import ingest
    from newskg.store import EmbeddedStore

    s = EmbeddedStore(tmp_path_factory.mktemp("r3c") / "store")
    ingest(sorted(CORPUS.glob("r3c_blast_*")) + sorted(CORPUS.glob("r3c_ferry_*")), s)
    yield s
    s.close()


def _conflicts(store):
    from newskg.queries import run

    _, rows = run(store, "conflicts")
    return {(r["measure"], r["a_article"], r["a_min"], r["b_article"], r["b_min"]) for r in rows}


def _pair(conflicts, measure, a, b):
    return {c for c in conflicts if c[0] == measure and {(c[1], c[2]), (c[3], c[4])} == {a, b}}


@pytest.mark.model
def test_the_people_a_site_held_are_compared_with_its_whole_toll(store):
    got = _conflicts(store)
    assert _pair(got, "killed", ("r3c_blast_01_wire", "9"), ("r3c_blast_02_local", "12"))
    assert _pair(got, "killed", ("r3c_ferry_01_liveblog", "23"), ("r3c_ferry_02_wire", "26"))
    assert _pair(got, "injured", ("r3c_blast_01_wire", "14"), ("r3c_blast_02_local", "17"))


@pytest.mark.model
def test_the_claims_keep_their_own_role(store):
    from newskg.queries import run

    _, rows = run(store, "figures")
    roles = {(r["article"], r["measure"], r["min"]): r["role"] for r in rows}
    assert roles[("r3c_blast_01_wire", "killed", "9")] == "civilian"
    assert roles[("r3c_ferry_02_wire", "killed", "26")] == "civilian"


@pytest.mark.model
def test_parts_are_never_compared_with_the_whole(store):
    got = _conflicts(store)
    parts = {("r3c_blast_01_wire", "5"), ("r3c_blast_01_wire", "2"), ("r3c_blast_01_wire", "3"),
             ("r3c_blast_02_local", "7"), ("r3c_blast_02_local", "2"), ("r3c_blast_02_local", "1"),
             ("r3c_ferry_01_liveblog", "18"), ("r3c_ferry_01_liveblog", "4")}
    assert not [c for c in got if (c[1], c[2]) in parts or (c[3], c[4]) in parts]
