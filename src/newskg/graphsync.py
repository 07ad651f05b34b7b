"""Write a family of named graphs, touching only those whose content changed.

Resolved and derived results are kept in one named graph per resolved event
(``graph/resolved/<event>``, ``graph/derived/<event>``). After an ingest they
are recomputed, but only the graphs whose content differs are written (each
in its own transaction), and graphs of events that no longer exist are
dropped. Each graph carries the SHA-1 of its content on its own IRI
(``nkg:contentHash``), so an unchanged graph costs a string comparison, not
a write: adding 200 articles to a store of 100,000 rewrites a few hundred
small graphs instead of the whole resolved and derived data.

Two modes: the whole family (``prefix``: every graph under it that is not
given is dropped), or a part of it (``names``: only these graphs are looked
at; those of them not given are dropped), for callers that recompute the
graphs of a few events, or all of them a chunk at a time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from newskg.rdf.vocab import NKG

HASHES_QUERY = "SELECT ?g ?h WHERE { GRAPH ?g { ?g nkg:contentHash ?h } }"
SOME_HASHES_QUERY = "SELECT ?g ?h WHERE { VALUES ?g { %s } GRAPH ?g { ?g nkg:contentHash ?h } }"


def content_hash(lines: list[str]) -> str:
    """Order-free digest of N-Triples lines (no blank nodes in these graphs)."""
    return hashlib.sha1("\n".join(sorted(lines)).encode("utf-8")).hexdigest()


def sync_graphs(store, prefix: str, graphs: Iterable[tuple[str, list[str]]], *,
                names: Iterable[str] | None = None) -> dict[str, int]:
    """Make the graphs named ``prefix…`` in ``store`` exactly ``graphs`` ((name, N-Triples lines) pairs).

    ``graphs`` may be a generator, so that only one graph is in memory at a
    time. With ``names``, only the graphs so named are synced: each is
    written as given, or dropped when not given; other graphs under
    ``prefix`` are left alone. Returns counts: written, unchanged, dropped.
    """
    if names is None:
        existing = {r["g"]: r["h"] for r in store.select(HASHES_QUERY) if (r["g"] or "").startswith(prefix)}
        present = {g for g in store.graph_names() if g.startswith(prefix)}
    else:
        scope = set(map(str, names))
        if not all(n.startswith(prefix) for n in scope):
            raise ValueError(f"only graphs named {prefix}… can be synced here")
        existing = {r["g"]: r["h"] for r in store.select(SOME_HASHES_QUERY % " ".join(f"<{n}>" for n in sorted(scope)))} \
            if scope else {}
        present = set(existing)  # (a graph of the family without its hash: found below before it is dropped)
    counts = {"written": 0, "unchanged": 0, "dropped": 0}
    kept: set[str] = set()
    for name, lines in graphs:
        if names is not None and name not in scope:
            raise ValueError(f"{name} is not among the graphs to sync")
        kept.add(name)
        digest = content_hash(lines)
        if existing.get(name) == digest:
            counts["unchanged"] += 1
            continue
        stamp = f'<{name}> <{NKG.contentHash}> "{digest}" .'
        store.replace_graph_nt(name, "\n".join([*lines, stamp]) + "\n")
        counts["written"] += 1
    if names is not None:
        present |= {n for n in scope - kept - present if store.ask(f"ASK {{ GRAPH <{n}> {{ ?s ?p ?o }} }}")}
    for name in sorted(present - kept):
        store.remove_graph(name)
        counts["dropped"] += 1
    return counts
