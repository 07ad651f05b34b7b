"""ontology/context.jsonld: every nkg term has a short name, and a graph
written with the context reads back unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = ROOT / "ontology" / "context.jsonld"
NKG = "https://w3id.org/newskg/ns#"


def _context() -> dict:
    return json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]


def _expand(ctx: dict, value: str) -> str:
    prefix, _, local = value.partition(":")
    return ctx[prefix] + local if isinstance(ctx.get(prefix), str) and local else value


def test_context_is_jsonld_11():
    ctx = _context()
    assert ctx["@version"] == 1.1
    assert ctx["nkg"] == NKG


def test_every_nkg_term_has_a_short_name():
    ctx = _context()
    mapped = set()
    for key, value in ctx.items():
        iri = value if isinstance(value, str) else value.get("@id") if isinstance(value, dict) else None
        if iri:
            mapped.add(_expand(ctx, iri))
    onto = Graph().parse(ROOT / "ontology" / "newskg.ttl", format="turtle")
    terms = {str(s) for s in onto.subjects(RDF.type, None) if str(s).startswith(NKG)}
    missing = sorted(t for t in terms if t not in mapped and not t.endswith("Scheme"))
    assert not missing, f"no short name in context.jsonld for: {missing}"


def test_term_types():
    ctx = _context()
    assert ctx["measure"] == {"@id": "nkg:measure", "@type": "@vocab"}
    assert ctx["minValue"] == {"@id": "nkg:minValue", "@type": "xsd:integer"}
    assert ctx["hedged"]["@type"] == "xsd:boolean"
    assert ctx["evidence"]["@type"] == "@id"


def test_example_roundtrips_through_jsonld():
    ds = Dataset(default_union=True)
    ds.parse(ROOT / "ontology" / "EXAMPLE.trig", format="trig")
    graph = Graph()
    for triple in ds.triples((None, None, None)):
        graph.add(triple)
    text = graph.serialize(format="json-ld", context=_context(), auto_compact=True)
    doc = json.loads(text)
    claim = next(n for n in doc["@graph"] if n.get("@id", "").endswith("claim/3f2a9c0d1e4b5a67/25-55"))
    assert claim["measure"] == "Killed" and claim["qualifier"] == "AtLeast" and claim["type"] == "FigureClaim"
    assert isomorphic(graph, Graph().parse(data=text, format="json-ld"))
