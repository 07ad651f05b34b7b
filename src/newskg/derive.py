"""Derived results: conflicts, corroborations and estimates, computed within each Variable.

Claims are compared only inside their variable (same event, measure,
nationality set and role), never pairwise across the whole store, so the cost
follows the size of the largest variable, not the square of all claims.

- conflict: two claims from different articles whose intervals do not overlap;
  ``revision`` when the same claimant (or the same publisher) gave both,
  ``contradiction`` otherwise;
- corroboration: the same exact value from different articles;
- estimate (in the manner of UCDP): low / best / high over the latest claim of
  each claimant, with ``inconsistent`` set when the variable holds a conflict,
  how many conflicts (and revisions) it holds, and the widest one: the
  variable's disagreement in one row, for listings that must stay short and
  fast when a variable holds hundreds of pairs.

What is derived from one resolved event's variables is one named graph
(``graph/derived/<event>``); it is recomputed for the events a refresh
rebuilt, a chunk of events at a time, and only the graphs whose content
changed are written (see ``newskg.graphsync``), so memory follows the chunk
and writes follow what changed, not the size of the store.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby

from rdflib import Literal

from newskg.graphsync import sync_graphs
from newskg.nlp.numbers import overlaps
from newskg.rdf.ids import Ids
from newskg.rdf.vocab import CONFLICT_KIND, NKG
from newskg.resolve import CHUNK_SIZE, chunks, select_values

# The claims of the variables of some resolved graphs, in two queries: Oxigraph
# evaluates a GRAPH ?g block beside a GRAPH ?r one over the whole store before
# joining them, but looks claims up one by one when VALUES is inside the block.
VARIABLES_QUERY = "SELECT ?r ?claim ?var WHERE { GRAPH ?r { VALUES ?r { %s } ?claim nkg:variable ?var } }"
FIGURES_QUERY = """
SELECT ?claim ?min ?max ?claimant ?article ?published ?publisher WHERE {
  GRAPH ?g {
    VALUES ?claim { %s }
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

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_INT = "<http://www.w3.org/2001/XMLSchema#integer>"
_BOOL = "<http://www.w3.org/2001/XMLSchema#boolean>"
_METHOD_LITERAL = Literal(METHOD).n3()


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


def claims_by_variable(rows: Iterable[dict]) -> Iterator[tuple[str, list[Claim]]]:
    """(variable, its claims in publication order), one variable at a time (rows sorted by variable)."""
    for var, group in groupby(rows, key=lambda r: r["var"]):
        claims = [Claim(r["claim"], var, int(r["min"]), int(r["max"]) if r["max"] is not None else None,
                        r["claimant"], r["article"], r["published"] or "", r["publisher"]) for r in group]
        claims.sort(key=Claim.order)
        yield var, claims


def conflict_kind(a: Claim, b: Claim) -> str:
    same_source = (a.claimant and a.claimant == b.claimant) or (a.publisher and a.publisher == b.publisher)
    return "revision" if same_source and a.published != b.published else "contradiction"


def gap(a: Claim, b: Claim) -> int:
    """How far apart two disjoint intervals lie (the lower one's top to the higher one's bottom)."""
    lower, higher = (a, b) if a.max is not None and a.max < b.min else (b, a)
    return higher.min - (lower.max if lower.max is not None else lower.min)


def variable_triples(var: str, claims: list[Claim], ids: Ids) -> Iterator[str]:
    """N-Triples lines of one variable's conflicts, corroborations and estimate."""
    v = f"<{var}>"
    conflicts = revisions = 0
    widest: tuple[int, str] | None = None
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.article == b.article:
                continue
            if not a.overlaps(b):
                kind = conflict_kind(a, b)
                node = f"<{ids.conflict(a.iri, b.iri)}>"
                conflicts += 1
                revisions += kind == "revision"
                width = gap(a, b)
                if widest is None or width > widest[0]:
                    widest = (width, node)
                yield f"{node} {_RDF_TYPE} <{NKG.Conflict}> ."
                yield f"{node} <{NKG.conflictKind}> <{CONFLICT_KIND[kind]}> ."
            elif a.exact and b.exact and a.min == b.min:
                node = f"<{ids.corroboration(a.iri, b.iri)}>"
                yield f"{node} {_RDF_TYPE} <{NKG.Corroboration}> ."
            else:
                continue
            yield f"{node} <{NKG.onVariable}> {v} ."
            yield f"{node} <{NKG.firstClaim}> <{a.iri}> ."
            yield f"{node} <{NKG.secondClaim}> <{b.iri}> ."
    if len({c.article for c in claims}) < 2:
        return
    latest: dict[str, Claim] = {}
    for c in claims:  # sorted by publication: later ones replace earlier ones
        latest[c.claimant or c.article] = c
    chosen = list(latest.values())
    e = f"<{ids.estimate(var)}>"
    yield f"{e} {_RDF_TYPE} <{NKG.Estimate}> ."
    yield f"{e} <{NKG.onVariable}> {v} ."
    yield f'{e} <{NKG.low}> "{min(c.min for c in chosen)}"^^{_INT} .'
    if all(c.max is not None for c in chosen):
        yield f'{e} <{NKG.high}> "{max(c.max for c in chosen)}"^^{_INT} .'
    yield f'{e} <{NKG.best}> "{int(round(statistics.median(c.point for c in chosen)))}"^^{_INT} .'
    yield f"{e} <{NKG.method}> {_METHOD_LITERAL} ."
    yield f'{e} <{NKG.inconsistent}> "{"true" if conflicts else "false"}"^^{_BOOL} .'
    if widest is not None:
        yield f'{e} <{NKG.conflictCount}> "{conflicts}"^^{_INT} .'
        yield f'{e} <{NKG.revisionCount}> "{revisions}"^^{_INT} .'
        yield f"{e} <{NKG.widestConflict}> {widest[1]} ."


def claim_rows(store, resolved: list[str]) -> list[dict[str, str | None]]:
    """A row per claim of the resolved graphs ``resolved`` and its variable (one per value of a property
    with several), sorted by graph, variable, then all the rest."""
    links = list(select_values(store, VARIABLES_QUERY, resolved))
    if not links:
        return []
    figures: dict[str, list[dict]] = defaultdict(list)
    for row in select_values(store, FIGURES_QUERY, sorted({r["claim"] for r in links})):
        figures[row["claim"]].append(row)
    rows = [{**f, "r": link["r"], "var": link["var"]} for link in links for f in figures.get(link["claim"], ())]
    rows.sort(key=lambda r: tuple(r[k] or "" for k in ("r", "var", "claim", "min", "max", "claimant", "article",
                                                       "published", "publisher")))
    return rows


def derive(store, ids: Ids, events: Iterable[str] | None = None, *, chunk_size: int = CHUNK_SIZE) -> dict[str, int]:
    """Recompute conflicts, corroborations and estimates; write the event graphs that changed.

    ``events``: the resolved graphs whose derived graph may have changed
    (None: all of them); they are derived ``chunk_size`` at a time. Derived
    graphs whose resolved graph is gone are dropped. Returns sync counts
    (graphs written, unchanged, dropped).
    """
    rprefix, dprefix = ids.resolved_graph_prefix, ids.derived_graph_prefix
    names = store.graph_names()
    resolved = sorted(g for g in names if g.startswith(rprefix))
    todo = resolved if events is None else sorted(set(map(str, events)))
    if not all(r.startswith(rprefix) for r in todo):
        raise ValueError(f"events are named by their resolved graph ({rprefix}…)")

    def graphs(chunk: list[str]) -> Iterator[tuple[str, list[str]]]:
        for resolved_graph, rows in groupby(claim_rows(store, chunk), key=lambda r: r["r"]):
            lines = [line for var, claims in claims_by_variable(rows) for line in variable_triples(var, claims, ids)]
            if lines:
                yield str(ids.derived_graph_for(resolved_graph)), lines

    counts: Counter[str] = Counter({"written": 0, "unchanged": 0, "dropped": 0})
    for chunk in chunks(todo, chunk_size):
        targets = [str(ids.derived_graph_for(r)) for r in chunk]
        synced = sync_graphs(store, dprefix, graphs(chunk), names=targets)
        if synced["written"]:
            store.flush()  # so that the store's memory, too, follows the chunk
        counts.update(synced)
    orphans = ({g for g in names if g.startswith(dprefix)} - {str(ids.derived_graph_for(r)) for r in resolved}
               - {str(ids.derived_graph_for(r)) for r in todo})
    counts.update(sync_graphs(store, dprefix, [], names=orphans))
    return dict(counts)
