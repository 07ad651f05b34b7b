"""Derived results: conflicts, corroborations and estimates, computed within each Variable.

Claims are compared only inside their variable (same event, measure,
nationality set and role), never pairwise across the whole store, so the cost
follows the size of the largest variable, not the square of all claims.

- conflict: two claims from different articles whose intervals do not overlap;
  ``revision`` when the same claimant (or the same publisher) gave both,
  ``contradiction`` otherwise;
- corroboration: the same exact value from different articles;
- estimate (in the manner of UCDP): low / best / high over the latest claim of
  each claimant, with ``inconsistent`` set when the variable holds a conflict.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass

from rdflib import RDF, Graph, Literal, URIRef

from newskg.nlp.numbers import overlaps
from newskg.rdf.ids import Ids
from newskg.rdf.vocab import CONFLICT_KIND, NKG

CLAIMS_QUERY = """
SELECT ?claim ?var ?min ?max ?claimant ?article ?published ?publisher WHERE {
  GRAPH ?r { ?claim nkg:variable ?var }
  GRAPH ?g {
    ?claim nkg:minValue ?min ; prov:wasDerivedFrom ?article .
    OPTIONAL { ?claim nkg:maxValue ?max }
    OPTIONAL { ?claim prov:wasAttributedTo ?claimant }
    OPTIONAL { ?article schema:datePublished ?published }
    OPTIONAL { ?article schema:publisher ?publisher }
  }
}"""

METHOD = ("low = lowest lower bound and high = highest upper bound over the latest claim of each "
          "claimant (unbounded when one is); best = median of those claims' point values "
          "(the value, the lower bound of 'at least', the middle of a range)")


@dataclass(frozen=True)
class Claim:
    iri: str
    variable: str
    min: int
    max: int | None
    claimant: str | None
    article: str
    published: str
    publisher: str | None

    def overlaps(self, other: "Claim") -> bool:
        return overlaps(self.min, self.max, other.min, other.max)

    @property
    def exact(self) -> bool:
        return self.max is not None and self.min == self.max

    @property
    def point(self) -> float:
        return self.min if self.max is None else (self.min + self.max) / 2

    def order(self) -> tuple:
        return (self.published or "9999", self.article, self.iri)


def load_claims(store) -> dict[str, list[Claim]]:
    by_var: dict[str, list[Claim]] = defaultdict(list)
    for r in store.select(CLAIMS_QUERY):
        by_var[r["var"]].append(Claim(
            r["claim"], r["var"], int(r["min"]), int(r["max"]) if r["max"] is not None else None,
            r["claimant"], r["article"], r["published"] or "", r["publisher"],
        ))
    return by_var


def conflict_kind(a: Claim, b: Claim) -> str:
    same_source = (a.claimant and a.claimant == b.claimant) or (a.publisher and a.publisher == b.publisher)
    return "revision" if same_source and a.published != b.published else "contradiction"


def derive(store, ids: Ids) -> Graph:
    g = Graph()
    for var, claims in sorted(load_claims(store).items()):
        claims.sort(key=Claim.order)
        inconsistent = False
        for i, a in enumerate(claims):
            for b in claims[i + 1:]:
                if a.article == b.article:
                    continue
                if not a.overlaps(b):
                    inconsistent = True
                    node = ids.conflict(a.iri, b.iri)
                    g.add((node, RDF.type, NKG.Conflict))
                    g.add((node, NKG.conflictKind, CONFLICT_KIND[conflict_kind(a, b)]))
                elif a.exact and b.exact and a.min == b.min:
                    node = ids.corroboration(a.iri, b.iri)
                    g.add((node, RDF.type, NKG.Corroboration))
                else:
                    continue
                g.add((node, NKG.onVariable, URIRef(var)))
                g.add((node, NKG.firstClaim, URIRef(a.iri)))
                g.add((node, NKG.secondClaim, URIRef(b.iri)))
        if len({c.article for c in claims}) < 2:
            continue
        latest: dict[str, Claim] = {}
        for c in claims:  # sorted by publication: later ones replace earlier ones
            latest[c.claimant or c.article] = c
        chosen = list(latest.values())
        node = ids.estimate(var)
        g.add((node, RDF.type, NKG.Estimate))
        g.add((node, NKG.onVariable, URIRef(var)))
        g.add((node, NKG.low, Literal(min(c.min for c in chosen))))
        if all(c.max is not None for c in chosen):
            g.add((node, NKG.high, Literal(max(c.max for c in chosen))))
        g.add((node, NKG.best, Literal(int(round(statistics.median(c.point for c in chosen))))))
        g.add((node, NKG.method, Literal(METHOD)))
        g.add((node, NKG.inconsistent, Literal(inconsistent)))
    store.replace_graph(ids.derived_graph, g)
    return g
