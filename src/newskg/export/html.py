"""One self-contained HTML file that shows the graph in a browser, offline.

The vis-network script comes from the installed ``pyvis`` package (it ships
``lib/vis-<version>/vis-network.min.js``) and is inlined at export time, so
the page makes no network request at all; a Content-Security-Policy in the
page (``default-src 'none'``) makes the browser refuse any that a future
change might add. The template is ``templates/viewer.html`` (a
``string.Template``: ``$name`` placeholders, ``$$`` for a dollar sign).

Everything from the data is escaped: the graph goes in as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` written
as ``\\u003c``/``\\u003e``/``\\u0026`` (so no ``</script>`` or ``<!--`` can
end or bend the block), the page reads it with ``JSON.parse`` and puts text
on the page with ``textContent`` only; the title is HTML-escaped.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
from pathlib import Path
from string import Template

import networkx as nx

from newskg import __version__
from newskg.errors import ConfigError
from newskg.export import register
from newskg.export.project import CONFLICT_COLOR, CORROBORATION_COLOR, EDGE_COLOR

TEMPLATE = Path(__file__).resolve().parent / "templates" / "viewer.html"


def vis_network_js() -> str:
    """The vis-network script shipped inside pyvis (the newest version it ships)."""
    spec = importlib.util.find_spec("pyvis")
    roots = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    found = sorted(
        (p for root in roots for p in root.glob("**/vis-network.min.js")),
        key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.name)] or [0],
    )
    if not found:
        raise ConfigError(
            "E301", name="--format", value="html",
            reason="the HTML viewer inlines the vis-network script shipped in the pyvis package, and it was not found",
            expected="another format, or install pyvis (pip install 'pyvis>=0.3.2')",
        )
    js = found[-1].read_text(encoding="utf-8")
    # inline script: nothing in it may close the <script> element or open an HTML comment
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def json_for_script(value) -> str:
    """JSON that can sit inside a <script> element: no <, > or & characters."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def payload(graph: nx.MultiDiGraph) -> dict:
    nodes = [{"id": n, "attrs": dict(d)} for n, d in graph.nodes(data=True)]
    edges = [{"id": d.get("id", f"e{i}"), "source": u, "target": v, "attrs": dict(d)}
             for i, (u, v, d) in enumerate(graph.edges(data=True))]
    colors = {"conflict": CONFLICT_COLOR, "corroboration": CORROBORATION_COLOR, "edge": EDGE_COLOR}
    return {"view": graph.graph.get("view", ""), "generator": f"newskg {__version__}", "colors": colors,
            "nodes": nodes, "edges": edges}


def render(graph: nx.MultiDiGraph, title: str | None = None) -> str:
    view = graph.graph.get("view", "graph")
    title = title or f"newskg: {view} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)"
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        title=html.escape(title),
        vis_js=vis_network_js(),
        data=json_for_script(payload(graph)),
    )


@register("html", suffixes=(".html", ".htm"), description="a self-contained, offline HTML viewer")
def write(graph: nx.MultiDiGraph, path: Path) -> None:
    Path(path).write_text(render(graph), encoding="utf-8")
