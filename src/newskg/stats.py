"""Counts of what the store holds, from one SPARQL query each."""

from __future__ import annotations

COUNTS = {
    "articles": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } }",
    "claims": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a nkg:FigureClaim } }",
    "actors": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a sem:Actor } }",
    "events": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a sem:Event ; ^nkg:resolvedTo ?x } }",
    "variables": "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { GRAPH ?g { ?v a nkg:Variable } }",
    "conflicts": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a nkg:Conflict } }",
    "corroborations": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a nkg:Corroboration } }",
}


def stats(store) -> dict[str, int]:
    out = {}
    for name, q in COUNTS.items():
        rows = store.select(q)
        out[name] = int(rows[0]["n"]) if rows and rows[0]["n"] is not None else 0
    out["triples"] = len(store)
    return out
