"""GEXF 1.2 for Gephi, with colours: each node type has its fill, conflict edges are red.

``networkx.write_gexf`` reads colours from a ``viz`` dict; the projection's
``color`` (``#rrggbb``) is turned into one here, and kept as a plain
attribute too so it can be used in Gephi's Appearance panel. Edge ``weight``
(claims per claimant and event in the actors view) is GEXF's own weight.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from newskg.export import register


def rgb(color: str) -> dict[str, int | float]:
    """``#d62728`` -> ``{"r": 214, "g": 39, "b": 40, "a": 1.0}``"""
    h = color.lstrip("#")
    return {"r": int(h[0:2], 16), "g": int(h[2:4], 16), "b": int(h[4:6], 16), "a": 1.0}


def with_viz(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    g = graph.copy()
    for _, data in g.nodes(data=True):
        viz: dict = {"color": rgb(data["color"])}
        if data.get("type") == "claim":
            viz["size"] = 8.0
        data["viz"] = viz
    for *_, data in g.edges(keys=True, data=True):
        viz = {"color": rgb(data["color"])}
        if data["relation"] in ("conflicts_with", "corroborates"):
            viz["thickness"] = 3.0
        data["viz"] = viz
    return g


@register("gexf", suffixes=(".gexf",), description="GEXF for Gephi, coloured by node type and conflict")
def write(graph: nx.MultiDiGraph, path: Path) -> None:
    nx.write_gexf(with_viz(graph), path, encoding="utf-8", prettyprint=True, version="1.2draft")
