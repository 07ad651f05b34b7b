"""ontology/EXAMPLE.trig, the contract of what the builder writes, conforms to
the core shapes, and its quotes really sit at their offsets."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from pyshacl import validate
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
NKG = "https://w3id.org/newskg/ns#"


@lru_cache(maxsize=None)
def example_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(ONTOLOGY / "EXAMPLE.trig", format="trig")
    return ds


def union(ds: Dataset) -> Graph:
    g = Graph()
    for triple in ds.triples((None, None, None)):
        g.add(triple)
    return g


@lru_cache(maxsize=None)
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY / "newskg.ttl", format="turtle")


@lru_cache(maxsize=None)
def core_shapes() -> Graph:
    return Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")


def test_example_union_conforms_to_core_shapes():
    """Through pyshacl's ont_graph=, the route newskg.validate takes (the
    fixture tests validate data + ontology, the other route)."""
    data = union(example_dataset())
    assert len(data) > 150  # the whole example, not an empty default graph
    conforms, _, text = validate(data, shacl_graph=core_shapes(), ont_graph=ontology(), inference="none")
    assert conforms, text


def test_each_article_graph_conforms_on_its_own():
    """validate.py checks one article graph at a time; that must work too."""
    ds = example_dataset()
    article_graphs = [g for g in ds.graphs() if "/graph/article/" in str(g.identifier)]
    assert article_graphs
    for g in article_graphs:
        data = Graph()
        for triple in g:
            data.add(triple)
        conforms, _, text = validate(data, shacl_graph=core_shapes(), ont_graph=ontology(), inference="none")
        assert conforms, text


def test_example_anchors_sit_at_their_offsets():
    g = union(example_dataset())
    spans = list(g.subjects(RDF.type, URIRef(NIF + "OffsetBasedString")))
    assert len(spans) >= 5
    for span in spans:
        text = str(g.value(g.value(span, URIRef(NIF + "referenceContext")), URIRef(NIF + "isString")))
        begin = g.value(span, URIRef(NIF + "beginIndex")).toPython()
        end = g.value(span, URIRef(NIF + "endIndex")).toPython()
        assert text[begin:end] == str(g.value(span, URIRef(NIF + "anchorOf"))), span
        # claim and mention IRIs carry the offsets of their span
        owner = str(span).removesuffix("/evidence")
        if "/claim/" in owner or "/mention/" in owner:
            assert owner.endswith(f"/{begin}-{end}"), span


def test_example_context_and_hash_are_real():
    g = union(example_dataset())
    context = next(g.subjects(RDF.type, URIRef(NIF + "Context")))
    text = str(g.value(context, URIRef(NIF + "isString")))
    assert g.value(context, URIRef(NIF + "endIndex")).toPython() == len(text)
    article = next(g.subjects(URIRef(NKG + "textContext"), context))
    assert str(g.value(article, URIRef(NKG + "contentHash"))) == hashlib.sha1(text.encode("utf-8")).hexdigest()


def test_example_sumcheck_parts_exist_and_add_up():
    g = union(example_dataset())
    sumcheck = next(g.subjects(RDF.type, URIRef(NKG + "SumCheck")))
    parts = list(g.objects(sumcheck, URIRef(NKG + "part")))
    assert len(parts) == 2
    values = [g.value(p, URIRef(NKG + "minValue")) for p in parts]
    assert None not in values
    assert sum(v.toPython() for v in values) == g.value(sumcheck, URIRef(NKG + "partsSum")).toPython()
