"""Cytoscape.js JSON (``.cyjs``): opens in Cytoscape (File > Import > Network from File) and in Cytoscape.js.

``networkx.cytoscape_data`` with the node ``label`` as Cytoscape's ``name``
(the column Cytoscape shows by default). Edges keep their ``id``, so the same
store gives the same element ids each time.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from newskg.export import register


@register("cyjs", suffixes=(".cyjs", ".json"), description="Cytoscape.js JSON for Cytoscape and the web")
def write(graph: nx.MultiDiGraph, path: Path) -> None:
    data = nx.cytoscape_data(graph, name="label")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
