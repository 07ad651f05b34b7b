"""The store as a ``networkx.MultiDiGraph``, one view at a time, from a few SPARQL queries.

Only what a view needs is asked of the store (a handful of SELECTs run by
Oxigraph); nothing loads the whole store into rdflib or networkx.

Views:

- ``claims``: figure claims with the article each comes from (``source``),
  its claimant (``claimed_by``), the resolved event it is about (``about``),
  and, from the derived graph, ``conflicts_with`` (attribute ``kind``:
  contradiction | revision; from the earlier claim to the later) and
  ``corroborates`` edges between claims.
- ``actors``: actors and resolved events; ``agent``/``patient``/``participant``
  edges from the article events' ``nkg:agent``/``nkg:patient``/``sem:hasActor``
  (through ``nkg:resolvedTo``) and ``claimed_about`` edges from each claimant
  to the events it gave figures about (``weight`` = number of claims; a claim
  the article states itself counts for the claimant the builder records, its
  publisher, or for nobody when there is none).
- ``events``: resolved events with their dates, type and counts, their places
  (``has_place``) and the events they are part of (``sub_event_of``) or a
  consequence of (``consequence_of``).

Conventions every writer relies on:

- node keys are IRIs; every node has ``type`` (claim | article | actor | event
  | place), ``label``, ``iri`` and ``color``;
- every edge has ``relation`` (also its key in the multigraph), ``color`` and
  a unique ``id``; conflicts are red, corroborations green, the rest grey;
- attribute values are ``str``/``int``/``bool`` only, never ``None``: GraphML
  and GEXF cannot hold a null, so a missing value is a missing attribute (an
  unbounded claim has ``min`` and no ``max``);
- nodes and edges are added in sorted order, so the same store exports to
  the same bytes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

import networkx as nx

from newskg import __version__

NKG = "https://w3id.org/newskg/ns#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
SCHEMA = "https://schema.org/"

NODE_COLORS = {
    "claim": "#4e79a7",
    "article": "#8c8c8c",
    "actor": "#f28e2b",
    "event": "#b07aa1",
    "place": "#9c755f",
}
CONFLICT_COLOR = "#d62728"
CORROBORATION_COLOR = "#2ca02c"
EDGE_COLOR = "#a0a0a0"
EDGE_COLORS = {"conflicts_with": CONFLICT_COLOR, "corroborates": CORROBORATION_COLOR}

# roles that add nothing to a label ("killed 7" rather than "killed 7 (all)")
_PLAIN_ROLES = {"all", "unspecified", "all_roles", "unspecified_role"}
_ACTOR_KINDS = {SCHEMA + "Country": "country", SCHEMA + "Organization": "organization", SCHEMA + "Person": "person"}
_KIND_ORDER = ("country", "organization", "person")  # when an actor got several types, the first wins

# --- queries ------------------------------------------------------------------
# Each query stays inside one graph pattern (GRAPH ?g { ... }, its OPTIONALs on
# the same subject); what lives in another named graph (the resolved event, the
# variable's label) is a query of its own, joined here in Python by IRI.
# Measured on 290k triples (7,000 claims): an OPTIONAL { GRAPH ?r { ... } }
# across graphs made Oxigraph's claims query 42 s (quadratic), the split
# queries take well under a second together.

NOTATIONS_Q = "SELECT ?c ?n WHERE { GRAPH ?o { ?c skos:notation ?n } }"

CLAIMS_Q = """
SELECT ?claim ?measure ?qualifier ?min ?max ?stated ?groups ?role ?population ?hedged ?cue
       ?claimant ?claimantText ?article ?quote ?begin ?end ?local
WHERE {
  GRAPH ?g {
    ?claim a nkg:FigureClaim ; nkg:minValue ?min ; prov:wasDerivedFrom ?article .
    OPTIONAL { ?claim nkg:measure ?measure }
    OPTIONAL { ?claim nkg:qualifier ?qualifier }
    OPTIONAL { ?claim nkg:maxValue ?max }
    OPTIONAL { ?claim nkg:statedAs ?stated }
    OPTIONAL { ?claim nkg:population ?p .
               OPTIONAL { ?p nkg:groupCodes ?groups } OPTIONAL { ?p nkg:role ?role } OPTIONAL { ?p rdfs:label ?population } }
    OPTIONAL { ?claim nkg:hedged ?hedged }
    OPTIONAL { ?claim nkg:hedgeCue ?cue }
    OPTIONAL { ?claim prov:wasAttributedTo ?claimant }
    OPTIONAL { ?claim nkg:claimantText ?claimantText }
    OPTIONAL { ?claim nkg:evidence ?ev . ?ev nif:anchorOf ?quote .
               OPTIONAL { ?ev nif:beginIndex ?begin } OPTIONAL { ?ev nif:endIndex ?end } }
    OPTIONAL { ?claim nkg:aboutEvent ?local }
  }
}"""

ARTICLES_Q = """
SELECT ?article (MIN(?i) AS ?id) (MIN(?h) AS ?headline) (MIN(?d) AS ?published) (MIN(?u) AS ?url) (MIN(?pl) AS ?publisher)
WHERE {
  GRAPH ?g {
    ?article a schema:NewsArticle .
    OPTIONAL { ?article dcterms:identifier ?i }
    OPTIONAL { ?article schema:headline ?h }
    OPTIONAL { ?article schema:datePublished ?d }
    OPTIONAL { ?article schema:url ?u }
    OPTIONAL { ?article schema:publisher ?p . ?p rdfs:label ?pl }
  }
} GROUP BY ?article"""

ACTORS_Q = """
SELECT ?actor (MIN(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types)
       (MIN(?c) AS ?iso) (MIN(STR(?wd)) AS ?wikidata)
WHERE {
  GRAPH ?g {
    ?actor a sem:Actor .
    OPTIONAL { ?actor rdfs:label ?l }
    OPTIONAL { ?actor a ?t }
    OPTIONAL { ?actor nkg:isoCode ?c }
    OPTIONAL { ?actor owl:sameAs ?wd }
  }
} GROUP BY ?actor"""

EVENTS_Q = """
SELECT ?event (MIN(?l) AS ?label) (MIN(?t) AS ?type) (MIN(?d) AS ?date) (MIN(?pl) AS ?place)
       (MIN(?sub) AS ?partOf) (MIN(?cause) AS ?consequenceOf)
WHERE {
  GRAPH ?r {
    ?local nkg:resolvedTo ?event . ?event a sem:Event .
    OPTIONAL { ?event rdfs:label ?l }
    OPTIONAL { ?event sem:eventType ?t }
    OPTIONAL { ?event sem:hasTimeStamp ?d }
    OPTIONAL { ?event sem:hasPlace ?pl }
    OPTIONAL { ?event sem:subEventOf ?sub }
    OPTIONAL { ?event nkg:consequenceOf ?cause }
  }
} GROUP BY ?event"""

EVENT_COUNTS_Q = """
SELECT ?event (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?article) AS ?articles)
WHERE {
  GRAPH ?r { ?local nkg:resolvedTo ?event }
  GRAPH ?g { ?local prov:wasDerivedFrom ?article . OPTIONAL { ?claim nkg:aboutEvent ?local } }
} GROUP BY ?event"""

PLACES_Q = """
SELECT ?place (MIN(?l) AS ?label) WHERE { GRAPH ?g { ?place a sem:Place ; rdfs:label ?l } } GROUP BY ?place"""

PAIRS_Q = """
SELECT ?node ?cls ?first ?second ?kind ?var WHERE {
  GRAPH ?d {
    ?node a ?cls ; nkg:firstClaim ?first ; nkg:secondClaim ?second .
    FILTER(?cls IN (nkg:Conflict, nkg:Corroboration))
    OPTIONAL { ?node nkg:conflictKind ?kind }
    OPTIONAL { ?node nkg:onVariable ?var }
  }
}"""

RESOLVED_Q = "SELECT ?local ?event WHERE { GRAPH ?r { ?local nkg:resolvedTo ?event } }"

CLAIM_VARIABLES_Q = "SELECT ?claim ?var WHERE { GRAPH ?r { ?claim nkg:variable ?var } }"

VARIABLE_LABELS_Q = "SELECT ?var ?label WHERE { GRAPH ?r { ?var a nkg:Variable ; rdfs:label ?label } }"

INVOLVEMENT_Q = """
SELECT DISTINCT ?actor ?prop ?event WHERE {
  GRAPH ?g { ?local ?prop ?actor . FILTER(?prop IN (sem:hasActor, nkg:agent, nkg:patient)) }
  GRAPH ?r { ?local nkg:resolvedTo ?event }
}"""

CLAIMED_ABOUT_Q = """
SELECT ?claimant ?event (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
  GRAPH ?g { ?claim a nkg:FigureClaim ; prov:wasAttributedTo ?claimant ; nkg:aboutEvent ?local }
  GRAPH ?r { ?local nkg:resolvedTo ?event }
} GROUP BY ?claimant ?event"""


# --- helpers ------------------------------------------------------------------

def clean(**attrs) -> dict[str, str | int | bool]:
    """Only the attributes with a value; everything else as ``str`` (GraphML/GEXF need scalars)."""
    out: dict[str, str | int | bool] = {}
    for k, v in attrs.items():
        if v is None or v == "":
            continue
        out[k] = v if isinstance(v, (bool, int, float)) else str(v)
    return out


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def _bool(value: str | None) -> bool | None:
    return None if value is None else value.strip().lower() in ("true", "1")


def local_notation(iri: str) -> str:
    """``…#MourningDays`` -> ``mourning_days``: a readable stand-in when the ontology graph is absent."""
    name = re.split(r"[#/]", iri)[-1]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


class _Notations:
    """skos:notation of the ontology's concepts (measure, qualifier, role, event type, conflict kind)."""

    def __init__(self, store) -> None:
        self.table = {r["c"]: r["n"] for r in store.select(NOTATIONS_Q) if r["c"] and r["n"]}

    def __call__(self, iri: str | None) -> str | None:
        if not iri:
            return None
        return self.table.get(iri) or local_notation(iri)


def bounds(lo: int, hi: int | None, qualifier: str | None = None) -> str:
    """A claim's interval in a few characters: ``≥ 24``, ``23``, ``≤ 30``, ``70–80``."""
    if hi is None:
        return f"≥ {lo}"
    if lo == hi:
        return str(lo)
    if lo == 0 and qualifier == "at_most":
        return f"≤ {hi}"
    return f"{lo}–{hi}"


def claim_label(measure: str | None, lo: int, hi: int | None, qualifier: str | None,
                groups: str | None, role: str | None) -> str:
    """``killed ≥ 24 (VEN military)``: measure, bounds, then nationality codes and role when they say something."""
    what = (measure or "figure").replace("_", " ")
    if what == "other":
        what = "count"
    who = " ".join(p for p in ((groups or "").strip(), "" if (role or "all") in _PLAIN_ROLES else role) if p)
    return f"{what} {bounds(lo, hi, qualifier)}" + (f" ({who})" if who else "")


def _short(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _tail(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/"))[-1]


class _Builder:
    """Collects nodes and edges, then adds them to the graph in sorted order with unique edge ids."""

    def __init__(self, view: str) -> None:
        self.view = view
        self.nodes: dict[str, dict] = {}
        self.edges: dict[tuple[str, str, str], dict] = {}

    def node(self, iri: str, type_: str, label: str, **attrs) -> None:
        if iri in self.nodes:
            return
        self.nodes[iri] = clean(type=type_, label=label or _tail(iri), iri=iri, color=NODE_COLORS[type_], **attrs)

    def edge(self, u: str, v: str, relation: str, **attrs) -> None:
        if u not in self.nodes or v not in self.nodes:
            return  # an edge to something the view does not show
        self.edges.setdefault((u, v, relation), clean(relation=relation, color=EDGE_COLORS.get(relation, EDGE_COLOR), **attrs))

    def graph(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph(view=self.view, generator=f"newskg {__version__}")
        for iri in sorted(self.nodes):
            g.add_node(iri, **self.nodes[iri])
        for i, (u, v, rel) in enumerate(sorted(self.edges)):
            g.add_edge(u, v, key=rel, id=f"e{i}", **self.edges[(u, v, rel)])
        return g


def _actor_table(store) -> dict[str, dict]:
    out = {}
    for r in store.select(ACTORS_Q):
        types = set((r["types"] or "").split())
        kinds = {_ACTOR_KINDS[t] for t in types if t in _ACTOR_KINDS}
        kind = next((k for k in _KIND_ORDER if k in kinds), "actor")
        out[r["actor"]] = {"label": r["label"], "kind": kind, "iso": r["iso"], "wikidata": r["wikidata"]}
    return out


def _add_actor(b: _Builder, iri: str, actors: dict[str, dict], fallback_label: str | None = None) -> None:
    a = actors.get(iri, {})
    b.node(iri, "actor", a.get("label") or fallback_label or _tail(iri),
           kind=a.get("kind", "actor"), iso=a.get("iso"), wikidata=a.get("wikidata"))


def _events(store, notation: _Notations) -> dict[str, dict]:
    counts = {r["event"]: r for r in store.select(EVENT_COUNTS_Q)}
    out = {}
    for r in store.select(EVENTS_Q):
        c = counts.get(r["event"], {})
        out[r["event"]] = {
            "label": r["label"], "event_type": notation(r["type"]), "date": r["date"], "place_iri": r["place"],
            "part_of": r["partOf"], "consequence_of": r["consequenceOf"],
            "claims": _int(c.get("claims")) or 0, "articles": _int(c.get("articles")) or 0,
        }
    return out


def _add_events(b: _Builder, events: dict[str, dict], places: dict[str, str]) -> None:
    for iri, e in events.items():
        b.node(iri, "event", e["label"], event_type=e["event_type"], date=e["date"],
               place=places.get(e["place_iri"] or ""), claims=e["claims"], articles=e["articles"])


# --- views --------------------------------------------------------------------

def claims_view(store) -> nx.MultiDiGraph:
    notation = _Notations(store)
    b = _Builder("claims")
    articles = {r["article"]: r for r in store.select(ARTICLES_Q)}
    actors = _actor_table(store)
    events = _events(store, notation)
    places = {r["place"]: r["label"] for r in store.select(PLACES_Q)}
    _add_events(b, events, places)
    for iri, a in articles.items():
        ident = a["id"] or _tail(iri)
        b.node(iri, "article", _short(a["headline"]) if a["headline"] else ident, article=ident,
               headline=a["headline"], published=a["published"], url=a["url"], publisher=a["publisher"])
    resolved = {r["local"]: r["event"] for r in store.select(RESOLVED_Q)}
    var_labels = {r["var"]: r["label"] for r in store.select(VARIABLE_LABELS_Q)}
    claim_vars = {r["claim"]: r["var"] for r in store.select(CLAIM_VARIABLES_Q)}
    rows: dict[str, dict] = {}
    for r in store.select(CLAIMS_Q):
        rows.setdefault(r["claim"], r)  # a claim with two values of an optional field keeps one row
    links: list[tuple[str, str, str]] = []
    for iri, r in rows.items():
        lo, hi = _int(r["min"]) or 0, _int(r["max"])
        measure, qualifier, role = notation(r["measure"]), notation(r["qualifier"]), notation(r["role"])
        article = articles.get(r["article"], {})
        event = resolved.get(r["local"] or "")
        b.node(
            iri, "claim", claim_label(measure, lo, hi, qualifier, r["groups"], role),
            measure=measure, min=lo, max=hi, bounds=bounds(lo, hi, qualifier), qualifier=qualifier,
            stated=r["stated"], groups=r["groups"], role=role, population=r["population"],
            hedged=_bool(r["hedged"]) or False, hedge_cue=r["cue"], quote=r["quote"],
            quote_begin=_int(r["begin"]), quote_end=_int(r["end"]),
            claimant=r["claimantText"] or (actors.get(r["claimant"], {}).get("label") if r["claimant"] else None) or "article",
            claimant_iri=r["claimant"],
            article=article.get("id") or _tail(r["article"]), article_iri=r["article"],
            published=article.get("published"),
            event=events.get(event, {}).get("label") if event else None, event_iri=event,
            variable=var_labels.get(claim_vars.get(iri, "")),
        )
        links.append((iri, r["article"], "source"))
        if r["claimant"]:
            _add_actor(b, r["claimant"], actors, r["claimantText"])
            links.append((iri, r["claimant"], "claimed_by"))
        if event:
            links.append((iri, event, "about"))
    for u, v, rel in links:
        b.edge(u, v, rel)
    for r in store.select(PAIRS_Q):
        if r["cls"] == NKG + "Conflict":
            b.edge(r["first"], r["second"], "conflicts_with", kind=notation(r["kind"]) or "contradiction",
                   iri=r["node"], variable=var_labels.get(r["var"] or ""))
        else:
            b.edge(r["first"], r["second"], "corroborates", iri=r["node"], variable=var_labels.get(r["var"] or ""))
    return b.graph()


def actors_view(store) -> nx.MultiDiGraph:
    notation = _Notations(store)
    b = _Builder("actors")
    actors = _actor_table(store)
    events = _events(store, notation)
    places = {r["place"]: r["label"] for r in store.select(PLACES_Q)}
    _add_events(b, events, places)
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in store.select(INVOLVEMENT_Q):
        roles[(r["actor"], r["event"])].add(r["prop"])
    for (actor, event), props in roles.items():
        _add_actor(b, actor, actors)
        if NKG + "agent" in props:
            b.edge(actor, event, "agent")
        if NKG + "patient" in props:
            b.edge(actor, event, "patient")
        if not props & {NKG + "agent", NKG + "patient"}:
            b.edge(actor, event, "participant")
    for r in store.select(CLAIMED_ABOUT_Q):
        _add_actor(b, r["claimant"], actors)
        b.edge(r["claimant"], r["event"], "claimed_about", weight=_int(r["claims"]) or 0)
    return b.graph()


def events_view(store) -> nx.MultiDiGraph:
    notation = _Notations(store)
    b = _Builder("events")
    events = _events(store, notation)
    places = {r["place"]: r["label"] for r in store.select(PLACES_Q)}
    _add_events(b, events, places)
    for iri, e in events.items():
        if e["place_iri"]:
            b.node(e["place_iri"], "place", places.get(e["place_iri"]) or _tail(e["place_iri"]))
            b.edge(iri, e["place_iri"], "has_place")
        if e["part_of"]:
            b.edge(iri, e["part_of"], "sub_event_of")
        if e["consequence_of"]:
            b.edge(iri, e["consequence_of"], "consequence_of")
    return b.graph()


VIEWS: dict[str, Callable[[object], nx.MultiDiGraph]] = {
    "claims": claims_view,
    "actors": actors_view,
    "events": events_view,
}


def project(store, view: str = "claims") -> nx.MultiDiGraph:
    """The graph of one view (``claims``, ``actors`` or ``events``) of the store."""
    return VIEWS[view](store)
