"""`newskg serve` over real HTTP: the CLI starts uvicorn in a subprocess on 127.0.0.1, httpx is the client.

The store is tests/data/publish/site.trig plus 3,000 generated triples in a
graph of their own, so that a three-way cross join over them never finishes
and the timeout has something to stop waiting for.
"""

from __future__ import annotations

import csv
import io
import os
import re
import signal
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from newskg.store import PREFIXES, EmbeddedStore

FIXTURE = Path(__file__).parent / "data" / "publish" / "site.trig"
BASE = "https://w3id.org/newskg/id/"
CLAIM = BASE + "claim/aaaa000000000001/25-36"
HEAVY = "urn:newskg:test:heavy"
CLAIMS_QUERY = "SELECT ?c ?min WHERE { ?c a nkg:FigureClaim ; nkg:minValue ?min } ORDER BY ?min"
HEAVY_QUERY = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{HEAVY}> {{ ?a ?p ?x . ?b ?p ?y . ?c ?p ?z }} }}"
LIMIT = 50


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    store = EmbeddedStore(path)
    store.ox.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    g = ox.NamedNode(HEAVY)
    p = ox.NamedNode("urn:newskg:test:p")
    store.ox.extend([ox.Quad(ox.NamedNode(f"urn:newskg:test:s{i}"), p, ox.Literal(i), g) for i in range(3000)])
    store.close()
    return path


class Server:
    def __init__(self, store: Path, log: Path, *args: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(log, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "newskg.cli", "serve", "--store", str(store), "--host", "127.0.0.1",
             "--port", str(self.port), *args],
            stdout=self.log, stderr=subprocess.STDOUT, env={**os.environ, "NO_COLOR": "1"})
        deadline = time.monotonic() + 30
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {log.read_text(errors='replace')}")
            try:
                if httpx.get(self.url + "/", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"server did not start: {log.read_text(errors='replace')}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.log.close()


@pytest.fixture(scope="module")
def server(store_path, tmp_path_factory):
    srv = Server(store_path, tmp_path_factory.mktemp("log") / "serve.log", "--timeout", "10", "--limit", str(LIMIT))
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=20) as c:
        yield c


def select(client, accept: str, query: str = CLAIMS_QUERY, method: str = "GET") -> httpx.Response:
    if method == "GET":
        return client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    return client.post("/sparql", data={"query": query}, headers={"Accept": accept})


def test_select_as_json_with_get_form_post_and_query_body(client):
    for resp in (select(client, "application/sparql-results+json"),
                 select(client, "application/sparql-results+json", method="POST"),
                 client.post("/sparql", content=CLAIMS_QUERY.encode(),
                             headers={"Content-Type": "application/sparql-query",
                                      "Accept": "application/sparql-results+json"})):
        assert resp.status_code == 200, resp.text
        assert resp.headers["content-type"].startswith("application/sparql-results+json")
        data = resp.json()
        assert data["head"]["vars"] == ["c", "min"]
        rows = [(b["c"]["value"], b["min"]["value"], b["min"]["datatype"]) for b in data["results"]["bindings"]]
        assert rows == [(BASE + "claim/bbbb000000000002/52-54", "23", "http://www.w3.org/2001/XMLSchema#integer"),
                        (CLAIM, "24", "http://www.w3.org/2001/XMLSchema#integer")]
        assert "x-newskg-truncated" not in resp.headers


def test_select_as_csv_tsv_and_xml(client):
    resp = select(client, "text/csv")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(resp.text)))
    assert rows == [["c", "min"], [BASE + "claim/bbbb000000000002/52-54", "23"], [CLAIM, "24"]]

    resp = select(client, "text/tab-separated-values")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/tab-separated-values")
    lines = resp.text.strip().splitlines()
    assert lines[0].split("\t") == ["?c", "?min"]
    assert lines[2].split("\t") == [f"<{CLAIM}>", "24"]

    resp = select(client, "application/sparql-results+xml")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(resp.content)
    results = root.findall("r:results/r:result", ns)
    assert [r.find("r:binding[@name='min']/r:literal", ns).text for r in results] == ["23", "24"]

    ask = client.get("/sparql", params={"query": "ASK { ?c a nkg:FigureClaim }"},
                     headers={"Accept": "application/sparql-results+json"})
    assert ask.json() == {"head": {}, "boolean": True}


def test_construct_as_turtle_ntriples_and_jsonld(client):
    query = f"CONSTRUCT {{ <{CLAIM}> ?p ?o }} WHERE {{ GRAPH ?g {{ <{CLAIM}> ?p ?o }} }}"
    expected = {("minValue", "24"), ("statedAs", "At least 24")}
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")):
        resp = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
        assert resp.status_code == 200, resp.text
        assert resp.headers["content-type"].startswith(accept)
        g = Graph().parse(data=resp.text, format=fmt)
        got = {(str(p).rsplit("#", 1)[-1], str(o)) for p, o in g.predicate_objects(URIRef(CLAIM))}
        assert expected <= got, (accept, got)
        assert len(g) == 14  # 13 statements in the article graph + nkg:variable in the resolved graph


def test_malformed_query_is_400_with_the_parser_message(client):
    bad = "SELECT ?x WHERE { ?x ?y"
    try:
        ox.Store().query(bad, prefixes=PREFIXES)
    except SyntaxError as exc:
        message = str(exc)
    resp = client.get("/sparql", params={"query": bad})
    assert resp.status_code == 400
    assert message in resp.text


def test_updates_are_refused_with_403_and_change_nothing(client):
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = select(client, "application/sparql-results+json", count).json()["results"]["bindings"][0]["n"]["value"]
    attempts = [
        client.get("/sparql", params={"update": "DROP ALL"}),
        client.post("/sparql", data={"update": "DROP ALL"}),
        client.post("/sparql", content=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"}),
        client.get("/sparql", params={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}),
        client.post("/sparql", data={"query": "DELETE WHERE { ?s ?p ?o }"}),
        client.post("/sparql", content=b"LOAD <http://127.0.0.1:9/x>", headers={"Content-Type": "application/sparql-query"}),
        client.get("/sparql", params={"query": "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"}),
    ]
    for resp in attempts:
        assert resp.status_code == 403, (resp.request.url, resp.text)
        assert "read-only" in resp.text or "SERVICE" in resp.text
    # a keyword inside a string, an IRI or a comment is no update
    ok = client.get("/sparql", params={"query": 'SELECT ("insert delete" AS ?x) WHERE { } # drop all'})
    assert ok.status_code == 200, ok.text
    after = select(client, "application/sparql-results+json", count).json()["results"]["bindings"][0]["n"]["value"]
    assert before == after


def test_results_are_cut_at_the_limit_and_say_so(client):
    resp = select(client, "application/sparql-results+json", f"SELECT ?s WHERE {{ GRAPH <{HEAVY}> {{ ?s ?p ?o }} }}")
    assert resp.status_code == 200
    assert len(resp.json()["results"]["bindings"]) == LIMIT
    assert resp.headers["x-newskg-truncated"] == "true"
    assert resp.headers["x-newskg-limit"] == str(LIMIT)


def test_oversized_requests_get_413(client):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 1_100_000
    resp = client.post("/sparql", content=big.encode(), headers={"Content-Type": "application/sparql-query"})
    assert resp.status_code == 413
    resp = client.post("/sparql", data={"query": big})
    assert resp.status_code == 413

    def chunks():  # no Content-Length: the server counts as it reads
        for _ in range(12):
            yield b"#" + b"y" * 99_999

    resp = client.post("/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"})
    assert resp.status_code == 413


def test_resource_iris_negotiate_html_turtle_and_jsonld(client):
    path = "/" + CLAIM[len(BASE):]
    html = client.get(path, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "At least 24 passengers drowned" in html.text
    assert html.headers["vary"] == "Accept"

    ttl = client.get(path, headers={"Accept": "text/turtle"})
    assert ttl.status_code == 200 and ttl.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=ttl.text, format="turtle")
    assert (URIRef(CLAIM), URIRef("https://w3id.org/newskg/ns#minValue"), None) in g
    assert (URIRef(CLAIM + "/evidence"), None, None) in g  # sub-nodes folded into the claim

    jl = client.get(path, headers={"Accept": "application/ld+json"})
    assert jl.status_code == 200 and jl.headers["content-type"].startswith("application/ld+json")
    assert set(Graph().parse(data=jl.text, format="json-ld")) == set(g)

    assert client.get(path + ".ttl").headers["content-type"].startswith("text/turtle")
    assert client.get(path + ".jsonld").headers["content-type"].startswith("application/ld+json")
    # the same page the static site has: links are relative and resolve on this server too
    assert 'href="../../actor/coast-guard.html"' in html.text
    assert client.get("/actor/coast-guard.html").status_code == 200
    assert client.get("/ontology/index.html").status_code == 200

    assert client.get("/claim/nope/1-2").status_code == 404
    assert client.get("/claim/nope/1-2", headers={"Accept": "text/turtle"}).status_code == 404


def raw_get(server, target: str) -> tuple[int, bytes]:
    """A request line sent as is: no client normalizes the dots away."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def test_path_traversal_is_404_and_never_a_file(server):
    for target in ("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/claim/..%2f..%2f..%2fetc/passwd",
                   "/_static/../../../pyproject.toml", "/ontology/../../pyproject.toml", "/..%5c..%5cetc/passwd"):
        status, body = raw_get(server, target)
        assert status == 404, (target, status)
        assert b"root:" not in body and b"[project]" not in body


def test_html_is_escaped_everywhere(client):
    page = client.get("/article/bbbb000000000002", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Ferry toll" in page.text
    assert "javascript:alert(1)" in page.text  # shown as text (the IRI and the schema:url literal) ...
    assert not re.search(r"""(href|src)\s*=\s*["']?\s*javascript:""", page.text, re.I)  # ... never as a link
    home = client.get("/")
    assert home.status_code == 200
    assert home.text.count("<script") == 1 and '<script src="_static/query.js"' in home.text
    assert "default-src 'none'" in home.headers["content-security-policy"]
    js = client.get("/_static/query.js")
    assert js.status_code == 200 and "textContent" in js.text and "innerHTML" not in js.text
    # the library's queries are in the page, ready to run (escaped into attributes)
    assert 'value="conflicts"' in home.text


def test_a_query_past_the_timeout_gets_503(store_path, tmp_path):
    srv = Server(store_path, tmp_path / "serve-timeout.log", "--timeout", "0.2")
    try:
        with httpx.Client(base_url=srv.url, timeout=20) as c:
            started = time.monotonic()
            resp = c.get("/sparql", params={"query": HEAVY_QUERY})
            elapsed = time.monotonic() - started
            assert resp.status_code == 503, resp.text
            assert "timeout" in resp.text
            assert elapsed < 5
            # the server still answers (the abandoned query keeps one thread busy)
            ok = c.get("/sparql", params={"query": "ASK { }"}, headers={"Accept": "application/sparql-results+json"})
            assert ok.status_code == 200
    finally:
        srv.stop()
