"""GraphML, for Cytoscape (File > Import > Network from File), yEd and networkx.

Plain GraphML through ``networkx.write_graphml``: every attribute becomes a
typed ``<key>`` (string, long, boolean), every edge gets the projection's
unique ``id`` (GraphML wants edge ids unique, and the multigraph keys, which
are relation names, are not). In yEd, map ``label`` and ``color`` onto the
node labels and fills with Edit > Properties Mapper.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from newskg.export import register


@register("graphml", suffixes=(".graphml",), description="GraphML for Cytoscape, yEd and networkx")
def write(graph: nx.MultiDiGraph, path: Path) -> None:
    nx.write_graphml(graph, path, encoding="utf-8", prettyprint=True, edge_id_from_attribute="id")
