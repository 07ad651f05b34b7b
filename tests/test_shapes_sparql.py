"""The shapes compiled to SPARQL report exactly what pyshacl reports.

`newskg validate` runs the compiled queries by default (newskg.shapes_sparql);
pyshacl stays as the reference. Both engines are run here on every shape
fixture and on real article graphs damaged in the ways a buggy extractor or
a hand edit would damage them, and must agree result for result.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from newskg.shapes_sparql import Unsupported, compile_shapes
from newskg.store import EmbeddedStore
from newskg.validate import _ontology, shapes_graph, validate_store
from test_shapes_fixtures import CASES, DATA

ARTICLE_GRAPH = "https://w3id.org/newskg/graph/article/a1"
CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def _keys(report) -> set[tuple]:
    return {(r.severity, r.article, r.focus, r.path, r.shape, r.message, r.quote) for r in report.results}


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory):
    """Each shape fixture in a store of its own, as one article graph."""
    stores = {}
    for name, _profile, _expected in CASES:
        for kind in ("fail", "pass"):
            store = EmbeddedStore(tmp_path_factory.mktemp(f"{name}-{kind}") / "store")
            data = Graph().parse(DATA / f"{name}.{kind}.ttl", format="turtle")
            store.replace_graph(URIRef(ARTICLE_GRAPH), data)
            stores[name, kind] = store
    yield stores
    for store in stores.values():
        store.close()


@pytest.mark.parametrize("name, profile, expected", CASES, ids=[c[0] for c in CASES])
def test_compiled_shapes_give_each_fixture_its_one_result(fixture_store, name, profile, expected):
    report = validate_store(fixture_store[name, "fail"], profile, engine="sparql")
    assert report.graphs == 1
    assert [(URIRef(r.focus), r.path or None, r.severity, URIRef(r.shape)) for r in report.results] == [
        (expected.focus, str(expected.path) if expected.path else None,
         str(expected.severity).rsplit("#", 1)[-1], expected.shape)]
    assert all(r.message and "{?" not in r.message for r in report.results)
    passed = validate_store(fixture_store[name, "pass"], profile, engine="sparql")
    assert passed.conforms and not passed.results


@pytest.mark.parametrize("name, profile", [(c[0], c[1]) for c in CASES], ids=[c[0] for c in CASES])
def test_both_engines_agree_on_the_fixtures(fixture_store, name, profile):
    for kind in ("fail", "pass"):
        store = fixture_store[name, kind]
        assert _keys(validate_store(store, profile, engine="sparql")) == _keys(
            validate_store(store, profile, engine="pyshacl"))


DAMAGE = {
    "a claim loses its measure": "DELETE { GRAPH ?g { ?c nkg:measure ?m } } WHERE { GRAPH ?g { ?c nkg:measure ?m } }",
    "a second, unknown measure": "INSERT { GRAPH ?g { ?c nkg:measure nkg:Sneezed } } WHERE { GRAPH ?g { ?c a nkg:FigureClaim } }",
    "a negative lower bound": ("DELETE { GRAPH ?g { ?c nkg:minValue ?v } } INSERT { GRAPH ?g { ?c nkg:minValue -3 } } "
                               "WHERE { GRAPH ?g { ?c nkg:minValue ?v } }"),
    "a bound that is not an integer": ("DELETE { GRAPH ?g { ?c nkg:maxValue ?v } } INSERT { GRAPH ?g { ?c nkg:maxValue \"many\" } } "
                                       "WHERE { GRAPH ?g { ?c nkg:maxValue ?v } }"),
    "lower-case group codes": ("DELETE { GRAPH ?g { ?p nkg:groupCodes ?v } } INSERT { GRAPH ?g { ?p nkg:groupCodes \"usa gbr\" } } "
                               "WHERE { GRAPH ?g { ?p nkg:groupCodes ?v } }"),
    "a quote that is not the text": ("DELETE { GRAPH ?g { ?s nif:anchorOf ?v } } INSERT { GRAPH ?g { ?s nif:anchorOf \"nothing of the sort\" } } "
                                     "WHERE { GRAPH ?g { ?s nif:anchorOf ?v } }"),
    "offsets past the end": ("DELETE { GRAPH ?g { ?s nif:endIndex ?v } } INSERT { GRAPH ?g { ?s nif:endIndex 999999 } } "
                             "WHERE { GRAPH ?g { ?s nif:endIndex ?v } }"),
    "hedged without a cue": "DELETE { GRAPH ?g { ?c nkg:hedgeCue ?v } } WHERE { GRAPH ?g { ?c nkg:hedgeCue ?v } }",
    "a cue on an unhedged claim": ("INSERT { GRAPH ?g { ?c nkg:hedgeCue \"perhaps\" } } "
                                   "WHERE { GRAPH ?g { ?c nkg:hedged false } }"),
    "an untyped event": "DELETE { GRAPH ?g { ?e a sem:Event } } WHERE { GRAPH ?g { ?e a sem:Event } }",
    "an event after its article": ("INSERT { GRAPH ?g { ?e sem:hasTimeStamp \"2099-01-01\"^^xsd:date . "
                                   "?a schema:datePublished \"2001-01-01\"^^xsd:date } } "
                                   "WHERE { GRAPH ?g { ?e a sem:Event ; prov:wasDerivedFrom ?a } }"),
    "two identifiers": "INSERT { GRAPH ?g { ?a dcterms:identifier \"other\" } } WHERE { GRAPH ?g { ?a a schema:NewsArticle } }",
}


@pytest.fixture(scope="module")
def damaged_store(tmp_path_factory):
    """Three corpus articles, damaged."""
    from newskg.ingest import ingest

    store = EmbeddedStore(tmp_path_factory.mktemp("damaged") / "store")
    ingest([CORPUS / "attack_01_wire.txt", CORPUS / "quake_02_liveblog.md", CORPUS / "epidemic_01_bulletin.txt"], store)
    clean = (validate_store(store, "core", engine="sparql"), validate_store(store, "core", engine="pyshacl"))
    from newskg.store import PREFIXES

    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    # damages that hide one another (an untyped event is no longer checked for
    # its date; a span past the end is not compared with the text) go to
    # different articles
    only = {"an untyped event": "epidemic_01_bulletin", "offsets past the end": "epidemic_01_bulletin",
            "an event after its article": "attack_01_wire", "a quote that is not the text": "attack_01_wire"}
    for what, update in DAMAGE.items():
        if what in only:
            update = update.replace("WHERE { GRAPH ?g {", f'WHERE {{ GRAPH ?g {{ ?_a dcterms:identifier "{only[what]}" .')
        store.ox.update(prologue + update)
    yield store, clean
    store.close()


def test_both_engines_agree_on_undamaged_articles(damaged_store):
    _store, (sparql, pyshacl) = damaged_store
    assert sparql.graphs == pyshacl.graphs == 3
    assert _keys(sparql) == _keys(pyshacl)


def test_both_engines_agree_on_damaged_articles(damaged_store):
    store, _clean = damaged_store
    for profile in ("core", "publish"):
        sparql = validate_store(store, profile, engine="sparql")
        reference = validate_store(store, profile, engine="pyshacl")
        assert _keys(sparql) == _keys(reference)
        # the damage is found: every kind of breakage shows up
        shapes = {r.shape.rsplit("#", 1)[-1] for r in sparql.results}
        assert {"ClaimHasOneMeasure", "ClaimMinValueIsNonNegativeInteger", "ClaimMaxValueIsInteger",
                "PopulationHasGroupCodes", "SpanAnchorMatchesText", "SpanInsideText", "HedgeAgreementShape",
                "ClaimHasOneEvent", "EventNotAfterPublication", "ArticleHasOneIdentifier"} <= shapes


@pytest.mark.parametrize("copied", [True, False], ids=["batch copied to memory", "batch named in the query"])
def test_validating_some_graphs_reports_only_those(damaged_store, monkeypatch, copied):
    import newskg.validate

    if not copied:  # the route of batches too big to copy: VALUES ?g, in chunks
        monkeypatch.setattr(newskg.validate, "SCRATCH_MAX", 0)
        monkeypatch.setattr(newskg.validate, "GRAPH_CHUNK", 1)
    store, _clean = damaged_store
    one = next(g for g in store.graph_names() if "/graph/article/" in g)
    report = validate_store(store, "core", graphs=[one], engine="sparql")
    assert report.graphs == 1 and report.results
    assert len({r.article for r in report.results}) == 1
    assert _keys(report) == _keys(validate_store(store, "core", graphs=[one], engine="pyshacl"))


def test_shapes_outside_the_compiled_subset_are_refused():
    shapes = shapes_graph("core")
    shape = next(shapes.subjects(SH.targetClass, None))
    shapes.add((shape, SH.closed, Literal(True)))
    with pytest.raises(Unsupported, match="closed"):
        compile_shapes(shapes, _ontology())
