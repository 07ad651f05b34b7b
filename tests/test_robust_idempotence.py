"""Ingesting again, correcting an article, removing one: the store ends up as if
it had been built cleanly from the articles it should now hold.

Corpus (tests/data/robust/corpus): two reports of one flood in Ghana that
disagree on the toll (14 vs 17 killed: a conflict) and agree on 60 injured
(a corroboration), and an unrelated earthquake report from Peru.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from test_robust_support import (ROBUST, Reference, all_text, article_graphs, claims_per_graph, cli, figures, graphs,
                                 retry_in_fresh_folder, stats, store_diff)

CORPUS = ROBUST / "corpus"
OLD_QUOTE = "Fourteen people were killed"
NEW_QUOTE = "Sixteen people lost their lives"


def ingest(folder: Path, store: Path, *extra: str):
    r = cli("ingest", folder, "--store", store, *extra)
    assert r.returncode == 0, r.stdout + r.stderr
    return r


@pytest.fixture(scope="module")
def references(tmp_path_factory):
    """Clean stores: the corpus; the corpus with river_a corrected; the corpus without river_b."""
    root = tmp_path_factory.mktemp("idem")
    corrected = root / "corrected"
    shutil.copytree(CORPUS, corrected)
    shutil.copy(ROBUST / "river_a_corrected.txt", corrected / "river_a.txt")
    without_b = root / "without-b"
    shutil.copytree(CORPUS, without_b)
    (without_b / "river_b.txt").unlink()

    def build(where: Path) -> dict[str, Path]:
        stores = {}
        for name, folder in (("corpus", CORPUS), ("corrected", corrected), ("without_b", without_b)):
            stores[name] = where / f"store-{name}"
            ingest(folder, stores[name], "-q")
        return stores

    return Reference(root, build)


def retried(test):
    """Run ``test(clean stores, fresh folder)``, again if newskg's source changed under a failure."""
    def run(references, tmp_path):
        retry_in_fresh_folder(tmp_path, lambda folder: test(references.get(), folder))
    run.__name__, run.__doc__ = test.__name__, test.__doc__
    return run


@retried
def test_corpus_has_a_conflict_and_a_corroboration(clean, tmp_path):
    counts = stats(clean["corpus"])
    assert counts["articles"] == 3
    assert counts["conflicts"] >= 1 and counts["corroborations"] >= 1


@retried
def test_ingesting_twice_changes_nothing(clean, tmp_path):
    store = tmp_path / "store"
    ingest(CORPUS, store, "-q")
    first_stats, first_graphs = stats(store), graphs(store)
    r = ingest(CORPUS, store)
    assert re.search(r"ingested 0 article\(s\), 3 unchanged, 0 failed", r.stdout), r.stdout
    assert stats(store) == first_stats
    assert set(graphs(store)) == set(first_graphs)
    assert store_diff(store, clean["corpus"]) == []
    r = ingest(CORPUS, store, "--force", "-q")  # re-extracting everything gives the same triples too
    assert re.search(r"ingested 3 article\(s\), 0 unchanged", r.stdout), r.stdout
    assert stats(store) == first_stats
    assert store_diff(store, clean["corpus"]) == []



def test_ingesting_twice_keeps_exactly_the_same_quads(tmp_path):
    store = tmp_path / "store"
    ingest(CORPUS / "quake_c.txt", store, "-q")
    first = graphs(store)
    ingest(CORPUS / "quake_c.txt", store, "-q")
    second = graphs(store)
    assert set(first) == set(second)
    changed = {g: len(first[g] ^ second[g]) for g in first if first[g] != second[g]}
    assert changed == {}


@retried
def test_corrected_article_replaces_its_old_claims(clean, tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(CORPUS, folder)
    store = tmp_path / "store"
    ingest(folder, store, "-q")
    assert OLD_QUOTE in {row["quote"] for row in figures(store)}

    shutil.copy(ROBUST / "river_a_corrected.txt", folder / "river_a.txt")  # same file name, new text
    r = ingest(folder, store)
    assert re.search(r"ingested 1 article\(s\), 2 unchanged, 0 failed", r.stdout), r.stdout

    rows = figures(store)
    quotes = {row["quote"] for row in rows if row["article"] == "river_a"}
    assert NEW_QUOTE in quotes and OLD_QUOTE not in quotes
    assert OLD_QUOTE not in all_text(store)  # not in any graph: article, resolved or derived
    expected = article_graphs(clean["corrected"])
    got = article_graphs(store)
    assert set(got) == set(expected)
    for g in got:
        assert claims_per_graph(got[g]) == claims_per_graph(expected[g])
    assert store_diff(store, clean["corrected"]) == []
    assert stats(store) == stats(clean["corrected"])


@retried
def test_remove_deletes_the_article_and_what_was_derived_from_it(clean, tmp_path):
    store = tmp_path / "store"
    ingest(CORPUS, store, "-q")
    before = graphs(store)
    b_graph = [g for g, triples in article_graphs(store).items() if any('"river_b"' in t for t in triples)]
    assert len(b_graph) == 1
    b_claims = {t.split(" ", 1)[0] for t in before[b_graph[0]] if t.endswith("#FigureClaim> .")}
    assert b_claims
    derived = [g for g in before if "/graph/derived/" in g]
    assert derived and any(c in t for g in derived for t in before[g] for c in b_claims)  # it took part in a conflict

    r = cli("remove", "river_b", "--store", store)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "removed river_b" and r.stderr == ""

    after = graphs(store)
    assert b_graph[0] not in after
    everything = all_text(store)
    for claim in b_claims:  # not in the resolved graph, not in any conflict or corroboration
        assert claim.strip("<>") not in everything
    assert all(row["article"] != "river_b" for row in figures(store))
    counts = stats(store)
    assert counts["articles"] == 2 and counts["conflicts"] == 0 and counts["corroborations"] == 0
    assert store_diff(store, clean["without_b"]) == []

    again = cli("remove", "river_b", "--store", store)
    assert again.returncode == 2
    assert again.stderr.count("\n") == 1 and "river_b" in again.stderr
