"""RemoteStore without a server: endpoint conventions, SPARQL JSON parsing, prefixes."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from newskg.errors import StoreError
from newskg.remote import RemoteBoolean, RemoteSolutions, RemoteStore, endpoints, parse_results_json, with_prefixes


@pytest.mark.parametrize("url, expected", [
    ("http://127.0.0.1:7878", ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")),
    ("http://127.0.0.1:7878/", ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")),
    ("http://fuseki:3030/ds", ("http://fuseki:3030/ds/query", "http://fuseki:3030/ds/update", "http://fuseki:3030/ds/data")),
    ("https://h/a/b/", ("https://h/a/b/query", "https://h/a/b/update", "https://h/a/b/data")),
    ("http://h:8890/?query=/sparql&update=/sparql", ("http://h:8890/sparql", "http://h:8890/sparql", None)),
    ("http://h/x?query=/sparql&update=/sparql/update&store=/rdf-graph-store",
     ("http://h/sparql", "http://h/sparql/update", "http://h/rdf-graph-store")),
    ("http://h/repositories/r?query=http://h/repositories/r&update=http://h/repositories/r/statements&store=none",
     ("http://h/repositories/r", "http://h/repositories/r/statements", None)),
    ("http://u:secret@h:3030/ds", ("http://h:3030/ds/query", "http://h:3030/ds/update", "http://h:3030/ds/data")),
])
def test_endpoint_conventions(url, expected):
    q, u, s, location = endpoints(url)
    assert (q, u, s) == expected
    assert "secret" not in location


@pytest.mark.parametrize("url", ["ftp://h/x", "http://", "http://h/?update=/u"])
def test_bad_urls_are_store_errors(url):
    with pytest.raises(StoreError):
        endpoints(url)


def test_select_json_becomes_pyoxigraph_terms():
    doc = {
        "head": {"vars": ["s", "o", "missing"]},
        "results": {"bindings": [
            {"s": {"type": "uri", "value": "http://a"},
             "o": {"type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}},
            {"s": {"type": "bnode", "value": "b0"}, "o": {"type": "literal", "value": "hi", "xml:lang": "en"}},
            {"s": {"type": "bnode", "value": "b0"}, "o": {"type": "literal", "value": "plain"}},
            {"s": {"type": "bnode", "value": "not a valid id!"}, "o": {"type": "typed-literal", "value": "x",
                                                                      "datatype": "http://ex/dt"}},
        ]},
    }
    res = parse_results_json(json.dumps(doc))
    assert isinstance(res, RemoteSolutions) and len(res) == 4
    assert [v.value for v in res.variables] == ["s", "o", "missing"]
    rows = list(res)
    assert rows[0]["s"] == ox.NamedNode("http://a")
    assert rows[0]["o"] == ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    assert rows[0]["missing"] is None and rows[0][2] is None
    assert rows[1]["o"] == ox.Literal("hi", language="en")
    assert rows[1]["s"] == rows[2]["s"]  # one blank node stays one node within a result
    assert rows[2]["o"].value == "plain"
    assert isinstance(rows[3]["s"], ox.BlankNode) and rows[3]["o"].datatype == ox.NamedNode("http://ex/dt")
    with pytest.raises(KeyError):
        rows[0]["nope"]


def test_ask_json():
    assert isinstance(parse_results_json('{"head": {}, "boolean": true}'), RemoteBoolean)
    assert bool(parse_results_json('{"head": {}, "boolean": true}')) is True
    assert bool(parse_results_json('{"head": {}, "boolean": false}')) is False


def test_prefixes_are_added_only_when_missing():
    q = with_prefixes("SELECT * WHERE { ?s a nkg:Thing }")
    assert "PREFIX nkg: <https://w3id.org/newskg/ns#>" in q and q.endswith("SELECT * WHERE { ?s a nkg:Thing }")
    own = "PREFIX nkg: <http://other/>\nprefix schema: <http://schema.org/>\nSELECT * WHERE { ?s a nkg:Thing }"
    q = with_prefixes(own)
    assert q.count("nkg:") == 2 and "https://w3id.org/newskg/ns#" not in q
    assert "https://schema.org/" not in q and "PREFIX prov:" in q


def test_read_only_refuses_without_asking_the_server():
    store = RemoteStore("http://127.0.0.1:9", read_only=True, check=False)
    for attempt in (lambda: store.replace_graph_nt("urn:g", "<urn:a> <urn:b> <urn:c> ."),
                    lambda: store.remove_graph("urn:g"), lambda: store.update("DROP ALL"),
                    lambda: store.load_quads_nq("<urn:a> <urn:b> <urn:c> <urn:g> .")):
        with pytest.raises(StoreError) as exc:
            attempt()
        assert exc.value.code == "E206"
    store.close()
