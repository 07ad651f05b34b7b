"""Describe one resource as an HTML page, Turtle and JSON-LD: shared by ``publish`` and ``serve``.

A *source* answers three questions about the graph: the quads a node is the
subject of, the nodes that point to it, and whether an IRI has a page. Two
sources exist: ``MemorySource`` (publish: one pass over the store, every
page written from memory) and ``StoreSource`` (serve: a lookup in the
Oxigraph store per request). The renderer does not know which one it has, so
a page served live and a page published statically are the same page.

Paths. An IRI ``{base}claim/abc/1-5`` lives at the path ``claim/abc/1-5`` and
its files are ``claim/abc/1-5.html``, ``.ttl`` and ``.jsonld``. Sub-nodes
such as ``claim/abc/1-5/population`` get their own files too
(``claim/abc/1-5/population.html``; a file and a folder of the same stem can
sit side by side) and are also *folded* into their parent's page and
descriptions, so a claim's page shows its population and quote. Only IRIs
whose path segments are plain (letters, digits, ``. _ ~ -``, not starting
with a dot, not ending in one of the three extensions) and whose first
segment is not one of the site's own names (``RESERVED``) get pages; the
others stay in the dumps. Links are relative, so a site works from any
folder, from ``file://`` and behind the ``serve`` command alike.

Everything that comes from the data is escaped: Jinja2 autoescapes every
template, and only ``http(s)`` IRIs become ``href``s (a ``javascript:`` IRI
in the data is shown as text, never linked).
"""

from __future__ import annotations

import json
import posixpath
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from jinja2 import Environment, FileSystemLoader, select_autoescape

from newskg.store import PREFIXES

TEMPLATES = Path(__file__).resolve().parent / "templates"
EXTENSIONS = (".html", ".ttl", ".jsonld")
# First path segments the site uses itself; resources under them get no page.
RESERVED = frozenset({"index", "void", "dump", "nginx", "ontology", "_list", "_static", "sparql", "context"})
_SEGMENT = re.compile(r"^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$")
INCOMING_LIMIT = 300  # "referenced by" rows shown on one page

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
NKG = PREFIXES["nkg"]
SCHEMA = PREFIXES["schema"]
PROV = PREFIXES["prov"]
NIF = PREFIXES["nif"]
SEM = PREFIXES["sem"]
SKOS = PREFIXES["skos"]
DCT = PREFIXES["dcterms"]
RDF_TYPE = ox.NamedNode(RDF + "type")
XSD_STRING = XSD + "string"
LABEL_PREDICATES = (SKOS + "prefLabel", RDFS + "label", SCHEMA + "headline", SCHEMA + "name", DCT + "title",
                    NIF + "anchorOf")
DISPLAY_PREFIXES = {**PREFIXES, "gdelt": "https://w3id.org/newskg/gdelt#", "vann": "http://purl.org/vocab/vann/",
                    "wd": "http://www.wikidata.org/entity/", "void": "http://rdfs.org/ns/void#",
                    "dcat": "http://www.w3.org/ns/dcat#"}

OWL = "http://www.w3.org/2002/07/owl#"
ANCHORED_TYPES = frozenset({OWL + "Class", OWL + "ObjectProperty", OWL + "DatatypeProperty", OWL + "AnnotationProperty",
                            RDF + "Property", SKOS + "ConceptScheme"})

Term = ox.NamedNode | ox.BlankNode | ox.Literal


def N(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


# --- paths -----------------------------------------------------------------------

def resource_path(iri: str, base: str) -> str | None:
    """``claim/abc/1-5`` for ``{base}claim/abc/1-5``; None when the IRI gets no page (see module doc)."""
    if not iri.startswith(base):
        return None
    rest = iri[len(base):]
    if not rest:
        return None
    segments = rest.split("/")
    if segments[0] in RESERVED or any(not _SEGMENT.match(s) for s in segments):
        return None
    if rest.endswith(EXTENSIONS):
        return None
    return rest


def relative(target: str, from_path: str) -> str:
    """Relative URL from the page at ``from_path`` (a site path) to the site file ``target``.

    Both are plain site paths (no ``.`` or ``..`` segments), so this is pure string work.
    """
    start = from_path.split("/")[:-1]
    dest = target.split("/")
    common = 0
    while common < len(start) and common < len(dest) - 1 and start[common] == dest[common]:
        common += 1
    rel = "../" * (len(start) - common) + "/".join(dest[common:])
    return quote(rel, safe="/._~-#")


def curie(iri: str) -> str:
    for prefix, ns in DISPLAY_PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def is_web_iri(iri: str) -> bool:
    return iri.startswith(("http://", "https://"))


# --- base rewriting ----------------------------------------------------------------

class Rewriter:
    """Maps IRIs minted under ``old`` to ``new`` (subjects, objects, graph names)."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        self.active = old != new

    def iri(self, value: str) -> str:
        if self.active and value.startswith(self.old):
            return self.new + value[len(self.old):]
        return value

    def term(self, t):
        if self.active and isinstance(t, ox.NamedNode) and t.value.startswith(self.old):
            return ox.NamedNode(self.new + t.value[len(self.old):])
        return t

    def quad(self, q: ox.Quad) -> ox.Quad:
        if not self.active:
            return q
        g = q.graph_name
        return ox.Quad(self.term(q.subject), self.term(q.predicate), self.term(q.object),
                       g if isinstance(g, ox.DefaultGraph) else self.term(g))

    def quads(self, quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        return (self.quad(q) for q in quads)


def detect_base(graph_names: Iterable[str], default: str) -> str:
    """The instance base a store was written with, read from its graph names (``{base}graph/...``)."""
    for marker in ("graph/article/", "graph/resolved", "graph/derived", "graph/ontology"):
        for name in graph_names:
            i = name.find(marker)
            if i > 0:
                return name[:i]
    return default


# --- sources -----------------------------------------------------------------------

class MemorySource:
    """All quads in memory, indexed by subject and by object: one pass over the store."""

    def __init__(self, quads: Iterable[ox.Quad], base: str) -> None:
        self.base = base
        self._out: dict[Term, list[tuple[ox.NamedNode, Term, str]]] = defaultdict(list)
        self._in: dict[ox.NamedNode, list[tuple[Term, ox.NamedNode]]] = defaultdict(list)
        self.quad_count = 0
        for q in quads:
            g = "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            self._out[q.subject].append((q.predicate, q.object, g))
            if isinstance(q.object, ox.NamedNode):
                self._in[q.object].append((q.subject, q.predicate))
            self.quad_count += 1

    def outgoing(self, node: Term) -> list[tuple[ox.NamedNode, Term, str]]:
        return self._out.get(node, [])

    def incoming(self, node: ox.NamedNode, predicate: str | None = None, limit: int | None = None) -> tuple[list[tuple[Term, ox.NamedNode]], int]:
        seen = list(dict.fromkeys(
            (s, p) for s, p in self._in.get(node, []) if predicate is None or p.value == predicate))
        return (seen if limit is None else seen[:limit]), len(seen)

    def subjects(self) -> Iterator[Term]:
        return iter(self._out)

    def has_page(self, iri: str) -> bool:
        return resource_path(iri, self.base) is not None and N(iri) in self._out


class StoreSource:
    """Lookups in an open Oxigraph store (``serve``); nothing is loaded up front."""

    def __init__(self, store: ox.Store, base: str) -> None:
        self.store, self.base = store, base
        self._pages: dict[str, bool] = {}

    def outgoing(self, node: Term) -> list[tuple[ox.NamedNode, Term, str]]:
        out = []
        for q in self.store.quads_for_pattern(node, None, None, None):
            g = "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            out.append((q.predicate, q.object, g))
        return out

    def incoming(self, node: ox.NamedNode, predicate: str | None = None, limit: int | None = None) -> tuple[list[tuple[Term, ox.NamedNode]], int]:
        seen: dict[tuple, None] = {}
        pred = N(predicate) if predicate else None
        for q in self.store.quads_for_pattern(None, pred, node, None):
            seen[(q.subject, q.predicate)] = None
        rows = list(seen)
        return (rows if limit is None else rows[:limit]), len(rows)

    def has_page(self, iri: str) -> bool:
        if iri not in self._pages:
            if len(self._pages) > 100_000:
                self._pages.clear()
            ok = resource_path(iri, self.base) is not None
            self._pages[iri] = ok and next(iter(self.store.quads_for_pattern(N(iri), None, None, None)), None) is not None
        return self._pages[iri]


# --- the vocabulary (ontology/newskg.ttl) ----------------------------------------------

class Vocab:
    """Labels, notations and ontology-page anchors of the vocabulary terms."""

    def __init__(self, ontology_ttl: Path | None) -> None:
        self.labels: dict[str, str] = {}
        self.notations: dict[str, str] = {}
        self.comments: dict[str, str] = {}
        self.anchors: dict[str, str] = {}
        self.graph = None
        if ontology_ttl is None or not Path(ontology_ttl).exists():
            return
        from rdflib import Graph, URIRef

        g = Graph()
        g.parse(ontology_ttl, format="turtle")
        self.graph = g
        for s, p, o in g:
            if not isinstance(s, URIRef):
                continue
            key, ps = str(s), str(p)
            if ps in (SKOS + "prefLabel", RDFS + "label") and (getattr(o, "language", None) in (None, "en")):
                if ps == SKOS + "prefLabel" or key not in self.labels:
                    self.labels[key] = str(o)
            elif ps == SKOS + "notation":
                self.notations[key] = str(o)
            elif ps in (RDFS + "comment", SKOS + "definition") and key not in self.comments:
                self.comments[key] = str(o)
            if (ps == RDF + "type" and str(o) in ANCHORED_TYPES) or ps == SKOS + "inScheme":
                self.anchors[key] = anchor(key)  # the terms the ontology page lists

    def label(self, iri: str) -> str | None:
        return self.labels.get(iri)


def anchor(iri: str) -> str:
    """The fragment id of a vocabulary term on the ontology page: ``Killed`` for nkg:, ``gdelt-KILL`` otherwise."""
    c = curie(iri)
    if c.startswith("nkg:"):
        return c[4:]
    return re.sub(r"[^A-Za-z0-9_-]", "-", c)


def jsonld_context(ontology_dir: Path | None) -> dict:
    """ontology/context.jsonld's ``@context`` when it is there (and self-contained), else the prefixes."""
    if ontology_dir is not None:
        path = Path(ontology_dir) / "context.jsonld"
        if path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                ctx = data.get("@context", data) if isinstance(data, dict) else None
                if isinstance(ctx, dict):
                    return ctx
            except (OSError, ValueError):
                pass
    return dict(PREFIXES)


def rebase_context(context: dict, old_base: str, new_base: str) -> dict:
    """The context with prefixes that name the store's base (``"id": "{base}"``) moved to the published base."""
    if old_base == new_base:
        return context
    return {k: (new_base if v == old_base else v) for k, v in context.items()}


# --- descriptions ----------------------------------------------------------------------

@dataclass
class Description:
    """What one resource's files say: its own statements, its folded sub-nodes, its blank nodes."""

    node: ox.NamedNode
    path: str
    statements: list[tuple[ox.NamedNode, Term, list[str]]]
    folded: list["Description"] = field(default_factory=list)
    bnodes: dict[ox.BlankNode, list[tuple[ox.NamedNode, Term]]] = field(default_factory=dict)

    @property
    def iri(self) -> str:
        return self.node.value

    def triples(self) -> list[ox.Triple]:
        out = [ox.Triple(self.node, p, o) for p, o, _ in self.statements]
        for b, pos in self.bnodes.items():
            out.extend(ox.Triple(b, p, o) for p, o in pos)
        for sub in self.folded:
            out.extend(sub.triples())
        return list(dict.fromkeys(out))

    def graphs(self) -> list[str]:
        return sorted({g for _, _, gs in self.statements for g in gs if g})


def _merge(rows: list[tuple[ox.NamedNode, Term, str]]) -> list[tuple[ox.NamedNode, Term, list[str]]]:
    merged: dict[tuple, list[str]] = {}
    for p, o, g in rows:
        merged.setdefault((p, o), [])
        if g not in merged[(p, o)]:
            merged[(p, o)].append(g)
    return [(p, o, gs) for (p, o), gs in merged.items()]


def describe(source, iri: str) -> Description | None:
    """The description of ``iri``, or None when it gets no page."""
    path = resource_path(iri, source.base)
    if path is None:
        return None
    node = N(iri)
    rows = source.outgoing(node)
    if not rows:
        return None
    desc = Description(node, path, _merge(rows))
    desc.bnodes = _bnode_closure(source, [o for _, o, _ in desc.statements])
    for p, o, _ in desc.statements:
        if isinstance(o, ox.NamedNode) and o.value.startswith(iri + "/") and "/" not in o.value[len(iri) + 1:]:
            sub_path = resource_path(o.value, source.base)
            sub_rows = source.outgoing(o)
            if sub_path and sub_rows and all(s.node != o for s in desc.folded):
                sub = Description(o, sub_path, _merge(sub_rows))
                sub.bnodes = _bnode_closure(source, [x for _, x, _ in sub.statements])
                desc.folded.append(sub)
    return desc


def _bnode_closure(source, objects: list[Term]) -> dict[ox.BlankNode, list[tuple[ox.NamedNode, Term]]]:
    out: dict[ox.BlankNode, list[tuple[ox.NamedNode, Term]]] = {}
    todo = [o for o in objects if isinstance(o, ox.BlankNode)]
    while todo:
        b = todo.pop()
        if b in out:
            continue
        pos = list(dict.fromkeys((p, o) for p, o, _ in source.outgoing(b)))
        out[b] = pos
        todo.extend(o for _, o in pos if isinstance(o, ox.BlankNode) and o not in out)
    return out


# --- serializations ----------------------------------------------------------------------

def _iris_used(triples: Iterable[ox.Triple]) -> set[str]:
    """The IRIs of the terms and of the literals' datatypes in ``triples``."""
    iris = set()
    for t in triples:
        for x in (t.subject, t.predicate, t.object):
            if isinstance(x, ox.NamedNode):
                iris.add(x.value)
            elif isinstance(x, ox.Literal):
                iris.add(x.datatype.value)
    return iris


def _used_prefixes(triples: Iterable[ox.Triple]) -> dict[str, str]:
    iris = _iris_used(triples)
    return {k: v for k, v in PREFIXES.items() if any(i.startswith(v) for i in iris)}


def turtle(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_used_prefixes(triples))


def to_rdflib(term):
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"cannot convert {term!r} (RDF-star triples are not supported in JSON-LD output)")


def prune_context(context: dict, triples: Iterable[ox.Triple]) -> dict:
    """The context without the term definitions these triples never use (each file embeds its context)."""
    used = _iris_used(triples)
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and v.endswith(("/", "#"))}

    def expand(value: str) -> str:
        head, sep, tail = value.partition(":")
        return prefixes[head] + tail if sep and head in prefixes else value

    out = {}
    for key, value in context.items():
        if key.startswith("@") or key in prefixes:
            out[key] = value
        elif isinstance(value, str) and (value.startswith("@") or expand(value) in used):
            out[key] = value
        elif isinstance(value, dict) and expand(str(value.get("@id", ""))) in used:
            out[key] = value
    return out


def jsonld(triples: list[ox.Triple], context: dict) -> bytes:
    """JSON-LD compacted with ``context`` (rdflib does the compaction; pyoxigraph writes no contexts).

    The context is embedded (pruned to the terms used), so every file parses on its own, offline.
    """
    from rdflib import Graph

    g = Graph()
    for t in triples:
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return g.serialize(format="json-ld", context=prune_context(context, triples), indent=2,
                       auto_compact=True).encode("utf-8")


# --- HTML ------------------------------------------------------------------------------------

def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    return env


def bounds(lo: str | None, hi: str | None) -> str:
    if lo is None:
        return ""
    if hi is None:
        return f"≥ {lo}"
    if lo == hi:
        return f"= {lo}"
    return f"{lo}–{hi}"


class Renderer:
    """Pages, Turtle and JSON-LD of resources, from any source (see module doc)."""

    def __init__(self, source, vocab: Vocab, *, context: dict | None = None, title: str = "newskg knowledge graph",
                 endpoint: str | None = None, live: bool = False) -> None:
        self.source = source
        self.vocab = vocab
        self.context = context or dict(PREFIXES)
        self.title = title
        self.endpoint = endpoint
        self.live = live  # served by `newskg serve`: the home page is the query page
        self.env = environment()
        self._labels: dict[str, str] = {}

    @property
    def base(self) -> str:
        return self.source.base

    # --- small lookups ---
    def values(self, node: Term, predicate: str) -> list[Term]:
        return list(dict.fromkeys(o for p, o, _ in self.source.outgoing(node) if p.value == predicate))

    def value(self, node: Term, predicate: str) -> Term | None:
        vs = self.values(node, predicate)
        return vs[0] if vs else None

    def text(self, node: Term | None, predicate: str) -> str | None:
        if node is None:
            return None
        v = self.value(node, predicate)
        return None if v is None else v.value

    def types(self, node: Term) -> set[str]:
        return {o.value for o in self.values(node, RDF + "type")}

    def label(self, iri: str) -> str:
        if iri in self._labels:
            return self._labels[iri]
        lab = self.vocab.label(iri)
        if lab is None and iri.startswith(self.base):
            node = N(iri)
            rows = self.source.outgoing(node)
            by_pred = {}
            for p, o, _ in rows:
                by_pred.setdefault(p.value, o.value)
            if NKG + "onVariable" in by_pred and not any(p in by_pred for p in LABEL_PREDICATES):
                what = by_pred.get(NKG + "conflictKind") or by_pred.get(RDF + "type")
                what_label = (self.vocab.label(what) if what else None) or "finding"
                lab = f"{what_label}: {self.label(by_pred[NKG + 'onVariable'])}"
            elif NKG + "statedAs" in by_pred:
                measure = by_pred.get(NKG + "measure")
                m = self.vocab.label(measure) if measure else None
                lab = f"“{by_pred[NKG + 'statedAs']}”" + (f" {m}" if m else "")
            else:
                lab = next((by_pred[p] for p in LABEL_PREDICATES if p in by_pred), None)
                if lab is None and DCT + "identifier" in by_pred:
                    lab = by_pred[DCT + "identifier"]
            if lab is not None and len(lab) > 120:
                lab = lab[:117] + "…"
        if lab is None:
            lab = curie(iri) if not iri.startswith(self.base) else iri[len(self.base):]
        if len(self._labels) > 200_000:
            self._labels.clear()
        self._labels[iri] = lab
        return lab

    def href(self, iri: str, from_path: str) -> str | None:
        """A link to the resource's page, the term's entry on the ontology page, or the web IRI; None: no link."""
        if self.source.has_page(iri):
            return relative(resource_path(iri, self.base) + ".html", from_path)
        if iri in self.vocab.anchors:
            return relative("ontology/index.html", from_path) + "#" + quote(self.vocab.anchors[iri], safe="-_")
        if is_web_iri(iri) and not iri.startswith(self.base):
            return iri
        return None

    def term(self, t: Term, from_path: str, bnodes: dict | None = None, depth: int = 0) -> dict:
        """A term as the templates show it."""
        if isinstance(t, ox.NamedNode):
            return {"kind": "iri", "iri": t.value, "href": self.href(t.value, from_path), "text": self.label(t.value),
                    "curie": curie(t.value)}
        if isinstance(t, ox.Literal):
            dt = t.datatype.value
            return {"kind": "literal", "text": t.value, "lang": t.language,
                    "datatype": None if dt == XSD_STRING or t.language else curie(dt), "long": len(t.value) > 300}
        if isinstance(t, ox.BlankNode):
            props = []
            if bnodes is not None and depth < 4:
                for p, o in bnodes.get(t, []):
                    props.append({"predicate": self.term(p, from_path), "object": self.term(o, from_path, bnodes, depth + 1)})
            return {"kind": "bnode", "text": "_:" + t.value, "props": props}
        return {"kind": "literal", "text": str(t), "lang": None, "datatype": None, "long": False}

    def predicate(self, iri: str, from_path: str) -> dict:
        """A predicate shows as its CURIE (exact for linked-data readers), its label as a tooltip."""
        t = self.term(N(iri), from_path)
        t["text"] = curie(iri)
        return t

    def properties(self, desc: Description) -> list[dict]:
        """(predicate, [objects]) groups: rdf:type first, then labels, then by CURIE."""
        groups: dict[str, list] = {}
        for p, o, _ in desc.statements:
            groups.setdefault(p.value, []).append(o)
        order = {RDF + "type": 0, **{p: 1 for p in LABEL_PREDICATES}}
        out = []
        for p in sorted(groups, key=lambda x: (order.get(x, 2), curie(x))):
            objs = sorted(groups[p], key=lambda o: (not isinstance(o, ox.NamedNode), o.value))
            out.append({"predicate": self.predicate(p, desc.path),
                        "objects": [self.term(o, desc.path, desc.bnodes) for o in objs]})
        return out

    def link(self, node: Term | None, from_path: str) -> dict | None:
        if node is None:
            return None
        return self.term(node, from_path)

    # --- summaries of the main kinds of resources ---
    def claim_summary(self, node: ox.NamedNode, path: str) -> dict:
        ev = self.value(node, NKG + "evidence")
        pop = self.value(node, NKG + "population")
        article = self.value(node, PROV + "wasDerivedFrom")
        quote_text = self.text(ev, NIF + "anchorOf")
        begin, end = self.text(ev, NIF + "beginIndex"), self.text(ev, NIF + "endIndex")
        before = after = ""
        ctx = self.value(ev, NIF + "referenceContext") if ev is not None else None
        text = self.text(ctx, NIF + "isString") if ctx is not None else None
        if text and begin is not None and end is not None and begin.isdigit() and end.isdigit():
            b, e = int(begin), int(end)
            if 0 <= b < e <= len(text):
                before, after = text[max(0, b - 160):b], text[e:e + 160]
        relations = []
        for pred in (NKG + "firstClaim", NKG + "secondClaim"):
            rows, _ = self.source.incoming(node, pred, limit=50)
            for s, _p in rows:
                other_pred = NKG + ("secondClaim" if pred.endswith("firstClaim") else "firstClaim")
                relations.append({"node": self.link(s, path), "types": [curie(t) for t in sorted(self.types(s))],
                                  "kind": self.link(self.value(s, NKG + "conflictKind"), path),
                                  "other": self.link(self.value(s, other_pred), path)})
        return {
            "stated_as": self.text(node, NKG + "statedAs"),
            "measure": self.link(self.value(node, NKG + "measure"), path),
            "qualifier": self.link(self.value(node, NKG + "qualifier"), path),
            "bounds": bounds(self.text(node, NKG + "minValue"), self.text(node, NKG + "maxValue")),
            "quote": quote_text, "begin": begin, "end": end, "before": before, "after": after,
            "article": self.link(article, path),
            "published": self.text(article, SCHEMA + "datePublished") if article is not None else None,
            "claimant": self.link(self.value(node, PROV + "wasAttributedTo"), path),
            "claimant_text": self.text(node, NKG + "claimantText"),
            "hedged": self.text(node, NKG + "hedged"),
            "hedge_cues": [c.value for c in self.values(node, NKG + "hedgeCue")],
            "population": self.link(pop, path),
            "groups": [self.link(g, path) for g in self.values(pop, NKG + "group")] if pop is not None else [],
            "group_codes": self.text(pop, NKG + "groupCodes") if pop is not None else None,
            "role": self.link(self.value(pop, NKG + "role"), path) if pop is not None else None,
            "event": self.link(self.value(node, NKG + "aboutEvent"), path),
            "variable": self.link(self.value(node, NKG + "variable"), path),
            "relations": relations,
        }

    def claim_row(self, c: Term, path: str) -> dict:
        article = self.value(c, PROV + "wasDerivedFrom")
        return {"claim": self.link(c, path), "measure": self.link(self.value(c, NKG + "measure"), path),
                "bounds": bounds(self.text(c, NKG + "minValue"), self.text(c, NKG + "maxValue")),
                "claimant": self.link(self.value(c, PROV + "wasAttributedTo"), path),
                "claimant_text": self.text(c, NKG + "claimantText"),
                "article": self.link(article, path),
                "published": self.text(article, SCHEMA + "datePublished") if article is not None else None}

    def claims_about(self, nodes: list[ox.NamedNode], predicate: str, path: str, limit: int = 500) -> list[dict]:
        rows = []
        for n in nodes:
            subjects, _ = self.source.incoming(n, predicate, limit=limit)
            for s, _p in subjects:
                if NKG + "FigureClaim" in self.types(s):
                    rows.append(self.claim_row(s, path))
        rows.sort(key=lambda r: (r["published"] or "", r["article"]["text"] if r["article"] else "",
                                 r["measure"]["text"] if r["measure"] else "", r["claim"]["iri"]))
        return rows[:limit]

    def pair_rows(self, variables: list[Term], path: str) -> list[dict]:
        rows = []
        for v in variables:
            subjects, _ = self.source.incoming(v, NKG + "onVariable", limit=500)
            for s, _p in subjects:
                types = self.types(s)
                if NKG + "Estimate" in types:
                    continue
                rows.append({"node": self.link(s, path), "type": curie(sorted(types)[0]) if types else "",
                             "kind": self.link(self.value(s, NKG + "conflictKind"), path),
                             "first": self.link(self.value(s, NKG + "firstClaim"), path),
                             "second": self.link(self.value(s, NKG + "secondClaim"), path),
                             "variable": self.link(v, path)})
        return rows

    def event_summary(self, node: ox.NamedNode, path: str) -> dict:
        local, _ = self.source.incoming(node, NKG + "resolvedTo", limit=500)
        local_nodes = [s for s, _p in local]
        variables = [s for s, _p in self.source.incoming(node, NKG + "aboutEvent", limit=500)[0]
                     if NKG + "Variable" in self.types(s)]
        return {"reported_as": [self.link(s, path) for s in local_nodes],
                "resolved_to": [self.link(o, path) for o in self.values(node, NKG + "resolvedTo")],
                "claims": self.claims_about([node, *local_nodes], NKG + "aboutEvent", path),
                "variables": [self.link(v, path) for v in variables],
                "pairs": self.pair_rows(variables, path)}

    def variable_summary(self, node: ox.NamedNode, path: str) -> dict:
        return {"claims": self.claims_about([node], NKG + "variable", path),
                "pairs": self.pair_rows([node], path),
                "estimates": [self.link(s, path) for s, _p in self.source.incoming(node, NKG + "onVariable", limit=50)[0]
                              if NKG + "Estimate" in self.types(s)]}

    def article_summary(self, node: ox.NamedNode, path: str) -> dict:
        ctx = self.value(node, NKG + "textContext")
        url = self.text(node, SCHEMA + "url")
        return {"headline": self.text(node, SCHEMA + "headline"),
                "published": self.text(node, SCHEMA + "datePublished"),
                "publisher": self.link(self.value(node, SCHEMA + "publisher"), path),
                "url": url, "url_is_web": bool(url and is_web_iri(url)),
                "claims": self.claims_about([node], PROV + "wasDerivedFrom", path, limit=2000),
                "text": self.text(ctx, NIF + "isString") if ctx is not None else None}

    # --- pages ---
    def page_context(self, path: str) -> dict:
        root = relative("index.html", path)[: -len("index.html")]
        return {"site_title": self.title, "root": root, "live": self.live, "endpoint": self.endpoint,
                "ontology_href": root + "ontology/index.html"}

    def html(self, desc: Description) -> str:
        node, path = desc.node, desc.path
        types = self.types(node)
        kind = None
        summary: dict = {}
        if NKG + "FigureClaim" in types:
            kind, summary = "claim", self.claim_summary(node, path)
        elif SEM + "Event" in types:
            kind, summary = "event", self.event_summary(node, path)
        elif NKG + "Variable" in types:
            kind, summary = "variable", self.variable_summary(node, path)
        elif SCHEMA + "NewsArticle" in types:
            kind, summary = "article", self.article_summary(node, path)
        elif types & {NKG + "Conflict", NKG + "Corroboration"}:
            kind = "pair"
            summary = {"first": self.value(node, NKG + "firstClaim"), "second": self.value(node, NKG + "secondClaim")}
            summary = {"claims": [self.claim_row(c, path) for c in summary.values() if c is not None],
                       "kind": self.link(self.value(node, NKG + "conflictKind"), path),
                       "variable": self.link(self.value(node, NKG + "onVariable"), path)}
        incoming, total = self.source.incoming(node, limit=INCOMING_LIMIT)
        stem = posixpath.basename(path)
        return self.env.get_template("resource.html").render(
            **self.page_context(path),
            title=self.label(node.value), iri=node.value, path=path,
            types=[self.term(N(t), path) for t in sorted(types)],
            kind=kind, s=summary,
            properties=self.properties(desc),
            folded=[{"iri": f.iri, "href": relative(f.path + ".html", path), "title": self.label(f.iri),
                     "properties": self.properties_from(f, path)} for f in desc.folded],
            incoming=[{"subject": self.term(s, path), "predicate": self.predicate(p.value, path)} for s, p in incoming],
            incoming_total=total, incoming_limit=INCOMING_LIMIT,
            graphs=desc.graphs(),
            ttl_href=quote(stem) + ".ttl", jsonld_href=quote(stem) + ".jsonld",
        )

    def properties_from(self, desc: Description, from_path: str) -> list[dict]:
        # the folded node's properties, linked relative to the page that shows them
        saved = desc.path
        desc.path = from_path
        try:
            return self.properties(desc)
        finally:
            desc.path = saved

    def turtle(self, desc: Description) -> bytes:
        return turtle(desc.triples())

    def jsonld(self, desc: Description) -> bytes:
        return jsonld(desc.triples(), self.context)

    @cached_property
    def _ontology_page(self) -> str:
        from newskg.publish.ontology import ontology_view

        return self.env.get_template("ontology.html").render(**self.page_context("ontology/index.html"),
                                                               **ontology_view(self.vocab))

    def ontology_html(self) -> str:
        return self._ontology_page
