"""Graphviz DOT, written by hand (no pygraphviz or pydot needed): ``dot -Tsvg claims.dot > claims.svg``.

One statement a line. Every ID and value is a double-quoted string in which
``\\`` and ``"`` are escaped and line breaks become ``\\n``, so any label is
safe; for Graphviz's escString attributes (``label``) ``\\\\`` is a literal
backslash. The projection's attributes are all written (Graphviz keeps
attributes it does not know, so ``gvpr`` and other tools can read them);
``color``, ``fillcolor``, ``shape`` and ``penwidth`` make the drawing readable:
filled shapes by node type, red conflicts (dashed for revisions), green
corroborations.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from newskg.export import register

SHAPES = {"claim": "box", "article": "note", "actor": "ellipse", "event": "hexagon", "place": "house"}


def quote(value) -> str:
    """A DOT double-quoted string for any scalar."""
    if isinstance(value, bool):
        value = "true" if value else "false"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return f'"{text}"'


def _attrs(attrs: dict) -> str:
    return "[" + ", ".join(f"{quote(k)}={quote(v)}" for k, v in attrs.items()) + "]"


def lines(graph: nx.MultiDiGraph):
    name = f"newskg {graph.graph.get('view', '')}".strip()
    yield f"digraph {quote(name)} {{"
    yield f"  graph {_attrs({'label': name, 'labelloc': 't', 'overlap': 'false', 'splines': 'true'})};"
    yield f"  node {_attrs({'style': 'filled', 'fontname': 'Helvetica', 'fontsize': 10})};"
    yield f"  edge {_attrs({'fontname': 'Helvetica', 'fontsize': 8, 'arrowsize': 0.6})};"
    for node, data in graph.nodes(data=True):
        attrs = dict(data)
        attrs.setdefault("fillcolor", data.get("color", "#ffffff"))
        attrs.setdefault("shape", SHAPES.get(data.get("type", ""), "ellipse"))
        yield f"  {quote(node)} {_attrs(attrs)};"
    for u, v, _key, data in graph.edges(keys=True, data=True):
        attrs = dict(data)
        if data.get("relation") in ("conflicts_with", "corroborates"):
            attrs.setdefault("penwidth", 2)
        if data.get("kind") == "revision":
            attrs.setdefault("style", "dashed")
        yield f"  {quote(u)} -> {quote(v)} {_attrs(attrs)};"
    yield "}"


@register("dot", suffixes=(".dot", ".gv"), description="Graphviz DOT")
def write(graph: nx.MultiDiGraph, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for line in lines(graph):
            fh.write(line + "\n")
