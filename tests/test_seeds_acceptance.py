"""Issue 2's acceptance, run as a user would on ../shared/seeds (skipped when absent)."""

from __future__ import annotations

import pytest

from newskg.evaluate import load_gold, score
from newskg.queries import run

from conftest import SEEDS_GOLD

A, B = "000_058587eb05bbfb2b", "001_bb3ce15187442d6a"


def _pairs(rows):
    return {(r["measure"], r["groups"], r["role"], r["a_article"], r["a_min"], r["a_max"], r["b_article"], r["b_min"], r["b_max"]) for r in rows}


def test_seed_conflicts_are_the_two_real_disagreements(seeds_store):
    _, rows = run(seeds_store, "conflicts")
    pairs = _pairs(rows)
    assert ("killed", "VEN", "military", A, "23", "23", B, "24", None) in pairs
    assert ("killed", "CUB VEN", "military", A, "55", "55", B, "56", "56") in pairs
    # nothing else: not mourning 7 vs 2, not 70-80 vs 56, not at least 55 vs 56, not dozens vs 32
    assert len(pairs) == 2
    assert {r["kind"] for r in rows} == {"contradiction"}


def test_seed_corroborations(seeds_store):
    _, rows = run(seeds_store, "corroborations")
    pairs = {(r["measure"], r["groups"], r["a_min"], r["b_min"]) for r in rows}
    assert ("killed", "CUB", "32", "32") in pairs
    assert ("killed", "USA", "0", "0") in pairs


def test_seed_figures_against_gold(seeds_store):
    _, figures = run(seeds_store, "figures")
    _, conflicts = run(seeds_store, "conflicts")
    result = score(load_gold(SEEDS_GOLD), figures, conflicts)
    assert result["figures"]["precision"] >= 0.8, result["spurious"]
    assert result["figures"]["recall"] >= 0.8, result["missed"]
    assert result["conflicts"]["recall"] == 1.0


def test_seed_quotes_are_exact_slices(seeds_store):
    from conftest import SEEDS
    from newskg.read import read_all

    texts = {a.id: a.text for a in read_all([SEEDS])}
    _, figures = run(seeds_store, "figures")
    assert figures
    for r in figures:
        assert texts[r["article"]][int(r["begin"]):int(r["end"])] == r["quote"]


@pytest.mark.parametrize("profile", ["core"])
def test_seed_graph_validates(seeds_store, profile):
    from newskg.validate import validate_store

    report = validate_store(seeds_store, profile)
    assert report.conforms, [r for r in report.results if r.severity == "Violation"][:5]


def test_seed_totals_equal_to_their_parts_are_recorded_consistent(seeds_store):
    _, rows = run(seeds_store, "sum-checks")
    got = {(r["article"], r["total_min"], r["parts_sum"], r["consistent"]) for r in rows}
    assert (A, "55", "55", "true") in got  # 32 Cuban + 23 Venezuelan = 55
    assert (B, "56", "56", "true") in got  # 32 Cuban + 24 Venezuelan = 56
    assert all(r["consistent"] == "true" for r in rows)


def test_seed_estimate_keeps_the_disagreement_visible(seeds_store):
    _, rows = run(seeds_store, "estimates")
    (ven,) = [r for r in rows if r["variable"].startswith("VEN military personnel killed")]
    assert (ven["low"], ven["high"], ven["inconsistent"]) == ("23", None, "true")
    assert "23 (" in ven["stated"] and "at least 24 (" in ven["stated"]
