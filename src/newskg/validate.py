"""SHACL validation of the store's article graphs: the report names the article and the quote behind every failing node.

Two engines give the same results (tests/test_shapes_sparql.py):

- ``sparql`` (the default): the shapes compiled to SPARQL
  (``newskg.shapes_sparql``), each constraint one query over every article
  graph, run by the store itself;
- ``pyshacl``: each article graph copied into rdflib and validated on its own
  together with the ontology, the reference implementation, about a hundred
  times slower; used as well when the shapes step outside the compiled subset.

Exit codes (the CLI's contract): 0 conforms, 1 violations, 2 input or load error.
"""

from __future__ import annotations

import contextlib
import functools
import os
from concurrent.futures import ThreadPoolExecutor
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


@contextlib.contextmanager
def cached_sparql_parsing():
    """Parse each SPARQL constraint once, not once per focus node.

    pyshacl hands rdflib the same query text for every focus node of a
    SPARQL-based constraint (only $this changes) and rdflib parses it anew each
    time: over 90% of validation time (an 800-triple article: 14.7 s without,
    1.3 s with). A translated query is meant to be reused with other
    initBindings (that is what rdflib's prepareQuery does), so results are
    unchanged; tests/test_shapes_fixtures.py checks it.
    """
    from rdflib.plugins.sparql import processor as sparql_processor

    original = sparql_processor.SPARQLProcessor.query
    prepared: dict = {}

    def query(self, str_or_query, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        if isinstance(str_or_query, str):
            key = (str_or_query, base, tuple(sorted((k, str(v)) for k, v in (initNs or {}).items())))
            if key not in prepared:
                prepared[key] = sparql_processor.translateQuery(sparql_processor.parseQuery(str_or_query), base, initNs)
            str_or_query = prepared[key]
        return original(self, str_or_query, initBindings, initNs, base, DEBUG)

    sparql_processor.SPARQLProcessor.query = query
    try:
        yield
    finally:
        sparql_processor.SPARQLProcessor.query = original


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
    with cached_sparql_parsing():
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


ENGINES = ("sparql", "pyshacl")
GRAPH_CHUNK = 2000  # article graphs named in one query (VALUES ?g) when validating a given set
SCRATCH_MAX = 5000  # a set up to this many graphs is validated on a copy in memory


@functools.lru_cache(maxsize=None)
def compiled_checks(profile: str):
    from newskg.shapes_sparql import compile_shapes

    return compile_shapes(shapes_graph(profile), _ontology())


def validate_store(store, profile: str = "core", graphs: list[str] | None = None, progress=None,
                   engine: str = "sparql") -> Report:
    """Validate every article graph (or just ``graphs``) of the store.

    ``progress`` is called once per unit of work done (a constraint with the
    sparql engine, a graph with pyshacl); ``units(...)`` says how many there are.
    """
    if engine == "sparql":
        from newskg.shapes_sparql import Unsupported

        try:
            checks = compiled_checks(profile)
        except Unsupported:
            engine = "pyshacl"
        else:
            return _validate_sparql(store, checks, graphs, progress)
    return _validate_pyshacl(store, profile, graphs, progress)


def units(store, profile: str, graphs: list[str] | None, engine: str = "sparql") -> int:
    """How many times ``validate_store`` will call ``progress``."""
    if engine == "sparql":
        from newskg.shapes_sparql import Unsupported

        with contextlib.suppress(Unsupported):
            chunks = -(-len(graphs) // GRAPH_CHUNK) if graphs is not None and len(graphs) > SCRATCH_MAX else 1
            return len(compiled_checks(profile)) * max(1, chunks)
    return len(graphs) if graphs is not None else len(_article_graphs(store))


def _article_graphs(store) -> list[str]:
    return [g for g in store.graph_names() if "/graph/article/" in g]


def _validate_sparql(store, checks, graphs: list[str] | None, progress) -> Report:
    from newskg.shapes_sparql import graphs_clause, message
    from newskg.store import PREFIXES

    names = graphs if graphs is not None else _article_graphs(store)
    prefix = next((n.split("/graph/article/")[0] + "/graph/article/" for n in names), "")
    report = Report(graphs=len(names))
    if not names:
        return report
    if graphs is not None and len(graphs) <= SCRATCH_MAX:
        # a batch (the graphs an ingest wrote): copied to a store in memory, so the
        # cost follows the batch, not the size of the store it sits in
        from newskg.store import EmbeddedStore

        scratch = EmbeddedStore.in_memory()
        scratch.copy_graphs(store, graphs)
        store, graphs = scratch, None
    chunks = [names[i:i + GRAPH_CHUNK] for i in range(0, len(names), GRAPH_CHUNK)] if graphs is not None else [None]
    jobs = [(check, check.query.replace("#GRAPHS#", graphs_clause(chunk, prefix))) for check in checks for chunk in chunks]
    found = []  # (check, row)
    # the store's engine releases the GIL: one query per core at a time (1.9x on 2 cores)
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        for (check, _query), rows in zip(jobs, pool.map(lambda job: store.select(job[1]), jobs)):
            found.extend((check, row) for row in rows)
            if progress:
                progress()
    articles, quotes = _article_ids(store, {row["g"] for _, row in found}), _quotes(store, found)
    for check, row in found:
        report.results.append(Result(
            severity=str(check.severity).rsplit("#", 1)[-1], article=articles.get(row["g"], row["g"]),
            focus=row["this"], path=str(check.path or ""),
            message=message(check.message, row) or f"{short(str(check.component))} on {short(str(check.path))}",
            quote=quotes.get((row["g"], row["this"]), ""), shape=str(check.shape or ""),
        ))
    return report


def _rows_for(store, template: str, pairs: list[str]) -> list[dict]:
    rows = []
    for i in range(0, len(pairs), GRAPH_CHUNK):
        rows.extend(store.select(template.replace("#VALUES#", " ".join(pairs[i:i + GRAPH_CHUNK]))))
    return rows


def _article_ids(store, graphs: set[str]) -> dict[str, str]:
    template = "SELECT ?g ?id WHERE { VALUES ?g { #VALUES# } GRAPH ?g { ?a a schema:NewsArticle ; dcterms:identifier ?id } }"
    ids: dict[str, str] = {}
    for r in _rows_for(store, template, [f"<{g}>" for g in sorted(graphs)]):
        ids[r["g"]] = min(ids.get(r["g"], r["id"]), r["id"])  # one name, even when the article has two
    return ids


def _quotes(store, found) -> dict[tuple[str, str], str]:
    """The quote behind each failing node: its evidence, or the span itself."""
    focus = sorted({(row["g"], row["this"]) for _, row in found if row["this"] and "://" in row["this"]})
    template = ("SELECT ?g ?f ?q WHERE { VALUES (?g ?f) { #VALUES# } GRAPH ?g { "
                "{ ?f nkg:evidence/nif:anchorOf ?q } UNION { ?f nif:anchorOf ?q } } }")
    return {(r["g"], r["f"]): r["q"] for r in _rows_for(store, template, [f"(<{g}> <{f}>)" for g, f in focus])}


def _validate_pyshacl(store, profile: str, graphs: list[str] | None, progress) -> Report:
    shapes, ontology = shapes_graph(profile), _ontology()
    report = Report()
    names = graphs if graphs is not None else _article_graphs(store)
    for name in names:
        data = Graph()
        data.parse(data=store.graph_ntriples(name), format="nt")
        article = min((str(o) for o in data.objects(None, DCT_ID)), default=name)  # one name, even when two
        report.results.extend(validate_graph(data, shapes, ontology, article))
        report.graphs += 1
        if progress:
            progress()
    return report
