"""Which counts of two reports measure the same people (one variable), so that they can conflict.

Every article here was written for these tests.
"""

from __future__ import annotations

import pytest

from newskg.queries import run

pytestmark = pytest.mark.model


def _pairs(tmp_path, articles: dict[str, str]) -> set[tuple[tuple[str, str], ...]]:
    from newskg.ingest import ingest
    from newskg.store import EmbeddedStore

    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = EmbeddedStore(tmp_path / "store")
    try:
        ingest([tmp_path], store)
        _, rows = run(store, "conflicts")
    finally:
        store.close()
    return {tuple(sorted([(r["a_article"], r["a_min"]), (r["b_article"], r["b_min"])])) for r in rows}


def test_nationals_among_the_dead_are_compared_with_nationals_killed(tmp_path):
    pairs = _pairs(tmp_path, {
        "coach_a.txt": ("Coach crash kills 18 in Andes\n\nLIMA, Peru, June 3 (Wire) - A coach plunged into a ravine in "
                        "southern Peru on Tuesday, killing 18 people, police said. Two of the dead were French, the "
                        "police said.\n"),
        "coach_b.txt": ("French citizens among Peru coach dead\n\nLIMA, Peru, June 4 (Wire) - Three French citizens "
                        "were killed when a coach plunged into a ravine in southern Peru on Tuesday, France's foreign "
                        "ministry said on Wednesday.\n"),
    })
    assert (("coach_a", "2"), ("coach_b", "3")) in pairs


def test_outside_fighting_tourists_of_a_nationality_are_that_nationality_s_dead(tmp_path):
    pairs = _pairs(tmp_path, {
        "coach_a.txt": ("Coach crash kills 18 in Andes\n\nLIMA, Peru, June 3 (Wire) - A coach plunged into a ravine in "
                        "southern Peru on Tuesday, killing 18 people, police said. Two of the dead were French, the "
                        "police said.\n"),
        "coach_c.txt": ("French tourists among Peru coach dead\n\nLIMA, Peru, June 4 (Wire) - Three French tourists "
                        "were killed when a coach plunged into a ravine in southern Peru on Tuesday, France's foreign "
                        "ministry said on Wednesday.\n"),
    })
    assert (("coach_a", "2"), ("coach_c", "3")) in pairs


def test_in_an_attack_civilians_of_a_nationality_are_not_its_soldiers(tmp_path):
    pairs = _pairs(tmp_path, {
        "raid_a.txt": ("Gunmen kill 20 in Mali\n\nBAMAKO, Mali, June 3 (Wire) - Gunmen killed 20 people in an attack "
                       "on a village in central Mali on Tuesday, officials said. Four of the dead were Burkinabe "
                       "soldiers, officials said.\n"),
        "raid_b.txt": ("Burkinabe civilians among Mali dead\n\nBAMAKO, Mali, June 4 (Wire) - Six Burkinabe civilians "
                       "were killed in an attack on a village in central Mali on Tuesday, Burkina Faso's foreign "
                       "ministry said on Wednesday.\n"),
    })
    assert (("raid_a", "4"), ("raid_b", "6")) not in pairs


@pytest.mark.parametrize("scope, same", [
    ("in the State Specialist Hospital", "at State Specialist Hospital"),
    ("at State Specialist Hospital", "at State Specialist Hospital"),
    ("in Dumaguete City", "in Dumaguete"),
    ("in Mexico City", "in Mexico City"),  # Mexico alone is a country
    ("in Sibulan", "in Sibulan"),
    ("in the commune of Quilpué", "in Quilpué"),
    ("in village of Kerkenah", "in Kerkenah"),
    ("in district of Hatiya", "in Hatiya"),
    ("in Donggala regency", "in Donggala"),
    ("in the State", "in the State"),  # no name before the unit: left as it is
])
def test_one_place_has_one_name_in_a_variable(scope, same):
    from newskg.resolve import _same_place_name

    assert _same_place_name(scope) == same


def test_mournings_declared_by_different_authorities_do_not_conflict(tmp_path):
    pairs = _pairs(tmp_path, {
        "mourn_a.txt": ("Gunman kills 11 at festival\n\nRECIFE, Brazil, July 1 (Wire) - A gunman killed 11 people at a "
                        "festival in Caruaru on Sunday. The state governor declared three days of mourning.\n"),
        "mourn_b.txt": ("Caruaru mourns\n\nRECIFE, Brazil, July 2 (Wire) - The mayor of Caruaru declared seven days of "
                        "mourning after a gunman killed 11 people at a festival in the city on Sunday.\n"),
    })
    assert not [p for p in pairs if {p[0][1], p[1][1]} == {"3", "7"}]
