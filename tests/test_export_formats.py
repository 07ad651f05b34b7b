"""Each export format written from the tiny fixture store and read back; the registry; the CLI.

No XSD validation: no PyPI package ships the GraphML or GEXF schemas (checked
pygraphml, gexfpy, simplegexf), and the schemas' own URLs are off limits
to a test; the files are checked by reading them back with networkx and lxml.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree
from lxml import html as lxml_html

import newskg.export as export_pkg
from newskg.errors import ConfigError
from newskg.export import export, for_path, get, names, register
from newskg.export.dot import quote as dot_quote
from newskg.export.project import CONFLICT_COLOR, project

sys.path.insert(0, str(Path(__file__).parent))
from test_export_views import A1, A2, B1, B2, C1, ID, MAIN, load_fixture  # noqa: E402


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export-formats") / "store"
    load_fixture(path).close()
    return path


@pytest.fixture(scope="module")
def store(store_path):
    from newskg.store import EmbeddedStore

    s = EmbeddedStore(store_path, read_only=True)
    yield s
    s.close()


def find_edges(g, relation):
    return {(u, v): d for u, v, d in g.edges(data=True) if d.get("relation") == relation}


# --- registry -------------------------------------------------------------------

def test_registry_names_and_suffixes():
    assert {"graphml", "gexf", "cyjs", "dot", "html"} <= set(names())
    assert for_path("x/claims.GraphML") == "graphml"
    assert for_path("g.gv") == "dot" and for_path("g.cyjs") == "cyjs" and for_path("v.html") == "html"
    with pytest.raises(ConfigError) as err:
        for_path("graph.txt")
    assert err.value.code == "E301"
    with pytest.raises(ConfigError) as err:
        get("pdf")
    assert "graphml" in str(err.value) and err.value.code == "E301"


def test_builtins_are_imported_lazily():
    code = ("import sys, newskg.export as e; e.get('dot'); "
            "print('newskg.export.dot' in sys.modules, 'newskg.export.html' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.split() == ["True", "False"]


def test_a_plugin_registers_like_a_builtin(store, tmp_path):
    @register("edgelist-test", suffixes=(".edges",), description="test exporter")
    def write(graph, path):
        nx.write_edgelist(graph, path, data=["relation"])

    try:
        result = export(store, tmp_path / "g.edges", view="claims")
        assert result.format == "edgelist-test" and result.edges > 0
        assert f"{A1} {B1} conflicts_with" in (tmp_path / "g.edges").read_text()
    finally:
        export_pkg._REGISTRY.pop("edgelist-test")


def test_unknown_view(store, tmp_path):
    with pytest.raises(ConfigError) as err:
        export(store, tmp_path / "x.dot", view="people")
    assert "claims" in str(err.value)
    assert not (tmp_path / "x.dot").exists()


# --- GraphML --------------------------------------------------------------------------

def test_graphml_round_trip(store, tmp_path):
    out = tmp_path / "claims.graphml"
    result = export(store, out)
    assert (result.format, result.view) == ("graphml", "claims")
    g = nx.read_graphml(out, force_multigraph=True)
    assert (g.number_of_nodes(), g.number_of_edges()) == (result.nodes, result.edges)
    a1 = g.nodes[A1]
    assert a1["label"] == "killed ≥ 24 (LMR TRS civilian)"
    assert a1["min"] == 24 and isinstance(a1["min"], int) and "max" not in a1
    assert a1["hedged"] is False and a1["quote"] == "At least 24 passengers drowned"
    assert g.nodes[A2]["quote"] == '20 "Lomari" </script><script>alert(1)</script> & <!-- co'
    conflict = find_edges(g, "conflicts_with")[(A1, B1)]
    assert conflict["kind"] == "contradiction" and conflict["color"] == CONFLICT_COLOR
    assert find_edges(g, "conflicts_with")[(B1, C1)]["kind"] == "revision"
    assert (A2, B2) in find_edges(g, "corroborates")
    assert g.graph["view"] == "claims"
    # edge ids unique (GraphML wants them so; yEd and Cytoscape rely on it)
    ids = [e.get("id") for e in etree.parse(str(out)).getroot().iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == len(set(ids)) == result.edges


def test_graphml_types_are_consistent(store, tmp_path):
    out = tmp_path / "actors.graphml"
    export(store, out, view="actors")
    root = etree.parse(str(out)).getroot()
    keys = [(k.get("for"), k.get("attr.name")) for k in root.iter("{http://graphml.graphdrawing.org/xmlns}key")]
    assert len(keys) == len(set(keys))  # one declared type per attribute
    g = nx.read_graphml(out, force_multigraph=True)
    assert find_edges(g, "claimed_about")[(ID + "actor/coast-guard", MAIN)]["weight"] == 3


# --- GEXF -------------------------------------------------------------------------------

def test_gexf_round_trip_with_colours(store, tmp_path):
    out = tmp_path / "claims.gexf"
    export(store, out, fmt="gexf")
    g = nx.read_gexf(out)
    a1 = g.nodes[A1]
    assert a1["label"] == "killed ≥ 24 (LMR TRS civilian)" and a1["type"] == "claim"
    assert a1["viz"]["color"] == {"r": 0x4E, "g": 0x79, "b": 0xA7, "a": 1.0}
    assert find_edges(g, "conflicts_with")[(A1, B1)]["kind"] == "contradiction"
    # networkx reads no edge colours back: look at the XML Gephi reads
    ns = {"g": "http://www.gexf.net/1.2draft", "viz": "http://www.gexf.net/1.2draft/viz"}
    root = etree.parse(str(out)).getroot()
    edge = root.xpath(f'//g:edge[@source="{A1}"][@target="{B1}"]', namespaces=ns)[0]
    color = edge.find("viz:color", ns)
    assert (color.get("r"), color.get("g"), color.get("b")) == ("214", "39", "40")
    assert edge.find("viz:thickness", ns) is not None


# --- Cytoscape.js -----------------------------------------------------------------------

def test_cyjs_round_trip(store, tmp_path):
    out = tmp_path / "claims.cyjs"
    export(store, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["directed"] and data["multigraph"]
    node = next(n["data"] for n in data["elements"]["nodes"] if n["data"]["id"] == A1)
    assert node["name"] == "killed ≥ 24 (LMR TRS civilian)"  # Cytoscape's label column
    edge = next(e["data"] for e in data["elements"]["edges"]
                if e["data"]["source"] == A1 and e["data"]["target"] == B1)
    assert edge["relation"] == "conflicts_with" and edge["kind"] == "contradiction" and edge["id"].startswith("e")
    g = nx.cytoscape_graph(data, name="label")
    assert g.nodes[A1]["min"] == 24 and "max" not in g.nodes[A1]
    assert g.edges[A1, B1, "conflicts_with"]["kind"] == "contradiction"


# --- DOT --------------------------------------------------------------------------------

_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|(->)|([\[\]=,;{}])|([A-Za-z_][\w.]*)')


def _unquote(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n"}.get(m.group(1), m.group(1)), text)


def parse_dot(text: str):
    """Just enough of DOT for what the writer emits: node and edge statements with attribute lists."""
    nodes, edges = {}, []
    for line in text.splitlines()[1:-1]:
        toks = []
        for m in _TOKEN.finditer(line.strip()):
            toks.append(("s", _unquote(m.group(1))) if m.group(1) is not None else ("p", m.group(0)))
        if not toks or toks[0] in (("p", "graph"), ("p", "node"), ("p", "edge")):
            continue
        i = toks.index(("p", "["))
        attrs, j = {}, i + 1
        while toks[j] != ("p", "]"):
            attrs[toks[j][1]] = toks[j + 2][1]
            j += 3 + (toks[j + 3] == ("p", ","))
        assert toks[-1] == ("p", ";")
        if i == 3 and toks[1] == ("p", "->"):
            edges.append((toks[0][1], toks[2][1], attrs))
        else:
            assert i == 1, line
            nodes[toks[0][1]] = attrs
    return nodes, edges


def test_dot_quoting():
    assert dot_quote('a "b" \\ c\nd') == r'"a \"b\" \\ c\nd"'
    assert dot_quote(True) == '"true"' and dot_quote(24) == '"24"'


def test_dot_round_trip(store, tmp_path):
    out = tmp_path / "claims.dot"
    result = export(store, out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith('digraph "newskg claims" {') and text.rstrip().endswith("}")
    nodes, edges = parse_dot(text)
    assert (len(nodes), len(edges)) == (result.nodes, result.edges)
    assert nodes[A1]["label"] == "killed ≥ 24 (LMR TRS civilian)" and nodes[A1]["min"] == "24"
    assert nodes[A2]["quote"] == '20 "Lomari" </script><script>alert(1)</script> & <!-- co'
    assert nodes[ID + "actor/lomar-police"]["label"] == 'Lomar "special" police <unit>'
    conflicts = {(u, v): a for u, v, a in edges if a["relation"] == "conflicts_with"}
    assert conflicts[(A1, B1)]["kind"] == "contradiction" and conflicts[(A1, B1)]["color"] == CONFLICT_COLOR
    assert conflicts[(B1, C1)]["style"] == "dashed"


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz (dot) is not installed")
@pytest.mark.parametrize("view", ["claims", "actors", "events"])
def test_graphviz_accepts_the_dot(store, tmp_path, view):
    out = tmp_path / f"{view}.dot"
    export(store, out, view=view)
    res = subprocess.run(["dot", "-Tsvg", str(out)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert "<svg" in res.stdout and "Warning" not in res.stderr


# --- HTML -------------------------------------------------------------------------------

def test_html_is_self_contained_and_escaped(store, tmp_path):
    out = tmp_path / "claims.html"
    result = export(store, out)
    text = out.read_text(encoding="utf-8")
    doc = lxml_html.fromstring(text)
    scripts = doc.xpath("//script")
    assert len(scripts) == 3  # data, vis-network, viewer: the quote's </script><script> made none
    assert not doc.xpath("//script[@src] | //link[@href] | //img[@src] | //iframe | //object | //embed")
    assert "vis.Network" in text and "Network" in scripts[1].text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text, flags=re.I)
    assert "default-src 'none'" in text  # the browser refuses any request
    data_text = doc.xpath('//script[@id="newskg-data"]')[0].text
    assert "<" not in data_text and "&" not in data_text
    data = json.loads(data_text)
    assert (len(data["nodes"]), len(data["edges"])) == (result.nodes, result.edges)
    by_id = {n["id"]: n["attrs"] for n in data["nodes"]}
    assert by_id[A2]["quote"] == '20 "Lomari" </script><script>alert(1)</script> & <!-- co'
    conflict = next(e for e in data["edges"] if e["source"] == A1 and e["target"] == B1)
    assert conflict["attrs"]["kind"] == "contradiction"
    assert "alert(1)" not in text.replace(data_text, "")  # only inside the JSON, as \u003c-escaped text
    assert doc.xpath("//title")[0].text.startswith("newskg: claims")


def test_html_title_is_escaped():
    from newskg.export.html import render

    g = nx.MultiDiGraph(view="claims")
    page = render(g, title='<img src=x onerror="alert(1)">')
    assert "<img" not in page and "&lt;img src=x" in page


def test_html_without_vis_network_says_what_to_install(monkeypatch, tmp_path):
    import importlib.util

    from newskg.export import html as html_mod

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ConfigError) as err:
        html_mod.vis_network_js()
    assert "pip install" in str(err.value)


# --- CLI --------------------------------------------------------------------------------

def test_cli_export(store_path, tmp_path):
    from typer.testing import CliRunner

    from newskg.cli import app

    runner = CliRunner()
    out = tmp_path / "sub" / "claims.gexf"
    res = runner.invoke(app, ["export", "--store", str(store_path), str(out)])
    assert res.exit_code == 0, res.output
    assert "16 nodes and" in res.output and str(out) in res.output and "gexf" in res.output
    assert nx.read_gexf(out).number_of_nodes() == 16

    res = runner.invoke(app, ["export", "--store", str(store_path), "-f", "dot", "--view", "events", str(tmp_path / "e.gv")])
    assert res.exit_code == 0, res.output
    assert "events view" in res.output

    res = runner.invoke(app, ["export", "--store", str(store_path), "-f", "pdf", str(tmp_path / "x.pdf")])
    assert res.exit_code == 2 and "E301" in res.output
    res = runner.invoke(app, ["export", "--store", str(tmp_path / "nope"), str(tmp_path / "x.dot")])
    assert res.exit_code == 2 and "E201" in res.output


def test_cli_and_api_agree(store, tmp_path):
    g = project(store, "claims")
    export(store, tmp_path / "c.graphml")
    back = nx.read_graphml(tmp_path / "c.graphml", force_multigraph=True)
    assert set(back.nodes) == set(g.nodes)
    assert {(u, v, d["relation"]) for u, v, d in back.edges(data=True)} == {(u, v, k) for u, v, k in g.edges(keys=True)}
