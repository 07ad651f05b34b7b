"""SHACL validation of the store with pyshacl, one article graph at a time.

pyshacl's SPARQL-based constraints run on rdflib's engine, so each article's
graph is validated on its own (small, fast) together with the ontology; the
report names the article and the quote behind every failing node.

Exit codes (the CLI's contract): 0 conforms, 1 violations, 2 input or load error.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyshacl import validate as shacl_validate
from rdflib import RDF, Graph, Namespace, URIRef

from newskg.resources import ontology_file

SH = Namespace("http://www.w3.org/ns/shacl#")
NIF_ANCHOR = URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf")
NKG_EVIDENCE = URIRef("https://w3id.org/newskg/ns#evidence")
DCT_ID = URIRef("http://purl.org/dc/terms/identifier")
PROFILES = {"core": ("shapes.ttl",), "publish": ("shapes.ttl", "shapes-publish.ttl")}


@dataclass
class Result:
    severity: str  # Violation | Warning | Info
    article: str
    focus: str
    path: str
    message: str
    quote: str
    shape: str


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    graphs: int = 0

    @property
    def violations(self) -> int:
        return sum(r.severity == "Violation" for r in self.results)

    @property
    def conforms(self) -> bool:
        return self.violations == 0


def shapes_graph(profile: str = "core") -> Graph:
    g = Graph()
    for name in PROFILES[profile]:
        g.parse(ontology_file(name), format="turtle")
    return g


def _ontology() -> Graph:
    g = Graph()
    g.parse(ontology_file("newskg.ttl"), format="turtle")
    return g


def validate_graph(data: Graph, shapes: Graph, ontology: Graph | None = None, article: str = "") -> list[Result]:
    if ontology is not None:
        data = data + ontology  # concept typing (skos:Concept, schemes) lives in the ontology
    conforms, results_graph, _text = shacl_validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True,
    )
    out = []
    for res in results_graph.subjects(RDF.type, SH.ValidationResult):
        focus = results_graph.value(res, SH.focusNode)
        path = results_graph.value(res, SH.resultPath)
        sev = results_graph.value(res, SH.resultSeverity)
        msg = results_graph.value(res, SH.resultMessage)
        shape = results_graph.value(res, SH.sourceShape)
        quote = ""
        ev = data.value(focus, NKG_EVIDENCE) if focus is not None else None
        if ev is not None:
            quote = str(data.value(ev, NIF_ANCHOR) or "")
        elif focus is not None and data.value(focus, NIF_ANCHOR) is not None:
            quote = str(data.value(focus, NIF_ANCHOR))
        out.append(Result(
            severity=str(sev).rsplit("#", 1)[-1] if sev else "Violation",
            article=article, focus=str(focus), path=str(path or ""), message=str(msg or ""),
            quote=quote, shape=str(shape or ""),
        ))
    return out


def short(iri: str) -> str:
    """An IRI in prefixed form for reports (nkg:measure, id:claim/…)."""
    from newskg.store import PREFIXES

    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    if "/id/" in iri:
        return "id:" + iri.split("/id/", 1)[1]
    return iri


def validate_store(store, profile: str = "core", graphs: list[str] | None = None, progress=None) -> Report:
    """Validate every article graph (or just ``graphs``) of the store."""
    shapes, ontology = shapes_graph(profile), _ontology()
    report = Report()
    names = graphs if graphs is not None else [g for g in store.graph_names() if "/graph/article/" in g]
    for name in names:
        data = Graph()
        nt = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in store.ox.quads_for_pattern(None, None, None, _ox_node(name)))
        data.parse(data=nt, format="nt")
        article = next((str(o) for o in data.objects(None, DCT_ID)), name)
        report.results.extend(validate_graph(data, shapes, ontology, article))
        report.graphs += 1
        if progress:
            progress()
    return report


def _ox_node(name: str):
    import pyoxigraph as ox

    return ox.NamedNode(name)
