"""Issue 4's cases, each a small article written for the test, through the whole chain.

mine_01 and mine_02: the same ministry raises its own toll a day later (revision).
mine_03: the union disagrees with the ministry (contradiction); its injured figure
agrees with the ministry's (corroboration); "dozens" overlaps 30 (compatible); its
"at least 40 killed or hurt" includes rescuers (another scope, not comparable).
mine_04: parts (15 + 6) larger than the stated total (18): a SHACL violation.
"""

from __future__ import annotations

import json

from pathlib import Path

import pytest

from newskg.queries import run

CASES = Path(__file__).parent / "data" / "cases"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from newskg.ingest import ingest
    from newskg.store import EmbeddedStore

    s = EmbeddedStore(tmp_path_factory.mktemp("cases") / "store")
    ingest([CASES], s)
    yield s
    s.close()


def _conflicts(store):
    _, rows = run(store, "conflicts")
    return {(r["measure"], r["a_article"], r["a_min"], r["b_article"], r["b_min"], r["kind"]) for r in rows}


def test_same_ministry_raising_its_toll_is_a_revision(store):
    assert ("killed", "mine_01_ministry", "12", "mine_02_ministry_update", "19", "revision") in _conflicts(store)


def test_different_claimants_disagreeing_is_a_contradiction(store):
    got = _conflicts(store)
    assert ("killed", "mine_01_ministry", "12", "mine_03_union", "25", "contradiction") in got
    assert ("killed", "mine_02_ministry_update", "19", "mine_03_union", "25", "contradiction") in got


def test_equal_exact_values_corroborate_and_overlaps_are_compatible(store):
    _, rows = run(store, "corroborations")
    pairs = {(r["measure"], r["a_article"], r["b_article"], r["a_min"]) for r in rows}
    assert ("injured", "mine_01_ministry", "mine_03_union", "30") in pairs
    # "dozens" (>= 24) overlaps 30: no conflict on injured at all
    assert not [c for c in _conflicts(store) if c[0] == "injured"]


def test_revision_and_contradiction_filter_in_the_cli(store):
    from typer.testing import CliRunner

    from newskg.cli import app

    path = str(store.path)
    store_obj = store
    store_obj.close()  # the CLI opens it itself
    try:
        res = CliRunner().invoke(app, ["conflicts", "--store", path, "--pairs", "--kind", "revision", "--format", "json"])
        assert res.exit_code == 0, res.output
        assert '"revision"' in res.output and '"contradiction"' not in res.output
        # one entry per disagreeing variable; --kind keeps those holding a conflict of that kind
        res = CliRunner().invoke(app, ["conflicts", "--store", path, "--format", "json"])
        assert res.exit_code == 0, res.output
        entries = json.loads(res.output)
        pairs = json.loads(CliRunner().invoke(app, ["conflicts", "--store", path, "--pairs", "--format", "json"]).output)
        assert len({e["variable"] for e in entries}) == len(entries) == len({p["variable"] for p in pairs})
        assert sum(int(e["conflicts"]) for e in entries) == len(pairs)
        assert sum(int(e["revisions"]) for e in entries) == sum(p["kind"] == "revision" for p in pairs)
        revised = json.loads(CliRunner().invoke(app, ["conflicts", "--store", path, "--kind", "revision", "--format", "json"]).output)
        assert revised and all(int(e["revisions"]) > 0 for e in revised)
        res = CliRunner().invoke(app, ["conflicts", "--store", path, "--kind", "bogus"])
        assert res.exit_code == 2 and "contradiction or revision" in res.output
        res = CliRunner().invoke(app, ["conflicts", "--store", path, "--fail-on-conflict"])
        assert res.exit_code == 1
        assert "mine_01_ministry" in res.output
    finally:
        from newskg.store import EmbeddedStore

        store_obj.__dict__.update(EmbeddedStore(path).__dict__)


def test_parts_larger_than_the_total_fail_shacl(store):
    from newskg.validate import validate_store

    report = validate_store(store)
    bad = [r for r in report.results if r.severity == "Violation"]
    assert bad and all(r.article == "mine_04_sum" for r in bad)
    assert any(r.path.endswith("#consistent") for r in bad)
