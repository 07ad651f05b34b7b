"""RemoteStore against a real Oxigraph server: same answers as the embedded store.

The server is the ``oxigraph`` CLI from PyPI (in the ``test`` extra), started
here, once per session, on a free loopback port with its data in a temporary
folder; it is killed at the end. Set ``NEWSKG_TEST_SPARQL_URL`` to use a
server of your own instead: it must hold an empty dataset (these tests write
to it and refuse to touch one that has data).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from newskg.errors import StoreError
from newskg.ingest import ingest, remove
from newskg.queries import library, run
from newskg.rdf.ids import DEFAULT_BASE, Ids
from newskg.remote import RemoteStore
from newskg.stats import stats
from newskg.store import EmbeddedStore, open_store

pytestmark = pytest.mark.server

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
IDS = Ids(DEFAULT_BASE)


# --------------------------------------------------------------------------- the server
def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    return str(here) if here.exists() else shutil.which("oxigraph")


class OxigraphServers:
    """Starts ``oxigraph serve`` processes on free loopback ports; stops them all at the end."""

    def __init__(self, binary: str, root: Path) -> None:
        self.binary, self.root = binary, root
        self.procs: list[subprocess.Popen] = []

    def start(self) -> str:
        location = self.root / f"server{len(self.procs)}"
        log = open(self.root / f"server{len(self.procs)}.log", "wb")
        port = _free_port()
        proc = subprocess.Popen([self.binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        self.procs.append(proc)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                text = (self.root / f"server{len(self.procs) - 1}.log").read_text(errors="replace")
                pytest.fail(f"oxigraph serve exited with {proc.returncode}: {text[-2000:]}")
            try:
                r = httpx.post(url + "/query", data={"query": "ASK {}"}, timeout=2,
                               headers={"Accept": "application/sparql-results+json"})
                if r.status_code == 200:
                    return url
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        pytest.fail(f"oxigraph serve did not answer on {url} within 30 s")

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(10)


@pytest.fixture(scope="session")
def oxigraph_servers(tmp_path_factory):
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("no oxigraph server binary next to python or on PATH: pip install 'oxigraph>=0.5,<0.6' "
                    "(it is in the test extra), or set NEWSKG_TEST_SPARQL_URL")
    servers = OxigraphServers(binary, tmp_path_factory.mktemp("oxigraph"))
    yield servers
    servers.stop_all()


@pytest.fixture(scope="session")
def sparql_url(request):
    url = os.environ.get("NEWSKG_TEST_SPARQL_URL")
    if url:
        with RemoteStore(url) as s:
            if len(s):
                pytest.skip(f"NEWSKG_TEST_SPARQL_URL={url} holds data; these tests need an empty dataset")
        return url
    return request.getfixturevalue("oxigraph_servers").start()


@pytest.fixture(scope="session")
def both(sparql_url, tmp_path_factory):
    """The samples ingested into the server (through RemoteStore) and into an embedded store."""
    remote = RemoteStore(sparql_url)
    embedded = EmbeddedStore(tmp_path_factory.mktemp("embedded") / "store")
    t0 = time.monotonic()
    r_report = ingest([SAMPLES], remote)
    e_report = ingest([SAMPLES], embedded)
    assert r_report.failed == e_report.failed == 0
    assert r_report.ingested == e_report.ingested > 0
    assert time.monotonic() - t0 < 300
    yield remote, embedded
    remote.close()
    embedded.close()


def _sorted(rows: list[dict]) -> list[tuple]:
    return sorted(tuple(sorted((k, "" if v is None else v) for k, v in r.items())) for r in rows)


def _same_queries(a, b) -> None:
    for name in library():
        ca, ra = run(a, name)
        cb, rb = run(b, name)
        assert ca == cb, name
        assert _sorted(ra) == _sorted(rb), name


# --------------------------------------------------------------------------- same answers
@pytest.mark.parametrize("name", sorted(library()))
def test_every_library_query_gives_the_same_rows(both, name):
    remote, embedded = both
    cols_r, rows_r = run(remote, name)
    cols_e, rows_e = run(embedded, name)
    assert cols_r == cols_e
    assert _sorted(rows_r) == _sorted(rows_e)


def test_the_comparison_is_not_vacuous(both):
    _, embedded = both
    found = {name: len(run(embedded, name)[1]) for name in library()}
    assert found["conflicts"] > 0 and found["figures"] > 0
    assert sum(n > 0 for n in found.values()) >= len(found) // 2, found  # some queries may find nothing in 4 samples


def test_stats_are_equal(both):
    remote, embedded = both
    s_r, s_e = stats(remote), stats(embedded)
    assert s_r == s_e
    assert s_r["articles"] == 4 and s_r["triples"] == len(embedded) > 0


def test_same_graphs_same_triples(both):
    remote, embedded = both
    assert sorted(remote.graph_names()) == sorted(embedded.graph_names())
    for name in embedded.graph_names():
        g_r = Graph().parse(data=remote.graph_ntriples(name), format="nt")
        g_e = Graph().parse(data=embedded.graph_ntriples(name), format="nt")
        assert len(g_r) == len(g_e) > 0, name
        assert isomorphic(g_r, g_e), name
    assert remote.graph_ntriples("https://example.org/no-such-graph") == ""
    assert sum(1 for _ in remote.quads()) == len(remote)


def test_query_result_objects_have_the_pyoxigraph_shape(both):
    remote, embedded = both
    q = "SELECT ?a ?t WHERE { GRAPH ?g { ?a a schema:NewsArticle . OPTIONAL { ?a schema:nope ?t } } }"
    res_r, res_e = remote.query(q), embedded.query(q)
    assert [v.value for v in res_r.variables] == [v.value for v in res_e.variables] == ["a", "t"]
    sols = list(res_r)
    assert sols and all(sol["t"] is None and sol["a"].value.startswith("https://") for sol in sols)
    assert sols[0][0] == sols[0]["a"] == sols[0]["?a"]
    assert remote.ask("ASK { GRAPH ?g { ?a a schema:NewsArticle } }") is True
    assert remote.ask("ASK { GRAPH ?g { ?a a schema:Nothing } }") is False
    triples = remote.query("CONSTRUCT { ?a a schema:NewsArticle } WHERE { GRAPH ?g { ?a a schema:NewsArticle } }")
    assert len(triples) == 4 and {t.subject for t in triples} == {s["a"] for s in sols}


def test_validation_agrees(both):
    from newskg.validate import validate_store

    remote, embedded = both
    r_rep, e_rep = validate_store(remote), validate_store(embedded)
    assert r_rep.graphs == e_rep.graphs == 4
    key = lambda r: (r.article, r.focus, r.path, r.message, r.severity)  # noqa: E731
    assert sorted(map(key, r_rep.results)) == sorted(map(key, e_rep.results))


def test_reingest_skips_unchanged_articles_on_the_server(both):
    remote, _ = both
    report = ingest([SAMPLES], remote, derive_after=False)
    assert (report.read, report.unchanged, report.ingested) == (4, 4, 0)


def test_dump_loads_back(both, tmp_path):
    remote, embedded = both
    remote.dump(tmp_path / "all.nq", "nq")
    copy = EmbeddedStore(tmp_path / "copy")
    copy.load_quads_nq((tmp_path / "all.nq").read_text(encoding="utf-8"))
    assert len(copy) == len(embedded)
    _same_queries(copy, embedded)
    copy.close()


# --------------------------------------------------------------------------- removal
def test_removing_an_article_works_on_both(both, oxigraph_servers, tmp_path):
    _, source = both
    nq = tmp_path / "samples.nq"
    source.dump(nq, "nq")
    data = nq.read_text(encoding="utf-8")
    remote = RemoteStore(oxigraph_servers.start())  # a fresh server: the session one stays as it is
    embedded = EmbeddedStore(tmp_path / "store")
    remote.load_quads_nq(data)
    embedded.load_quads_nq(data)
    assert stats(remote) == stats(embedded)

    article = "ferry_02_daily"
    before = stats(embedded)
    assert remove(remote, article, IDS) is True
    assert remove(embedded, article, IDS) is True
    assert str(IDS.article_graph(article)) not in remote.graph_names()
    assert sorted(remote.graph_names()) == sorted(embedded.graph_names())
    after = stats(remote)
    assert after == stats(embedded)
    assert after["articles"] == before["articles"] - 1
    _same_queries(remote, embedded)
    assert remove(remote, article, IDS) is False
    assert remove(embedded, article, IDS) is False
    remote.close()
    embedded.close()


# --------------------------------------------------------------------------- refusals and errors
def test_read_only_refuses_updates(both, sparql_url):
    remote, _ = both
    ro = open_store(sparql_url, read_only=True)
    assert isinstance(ro, RemoteStore) and ro.read_only
    size = len(remote)
    name = remote.graph_names()[0]
    attempts = [
        lambda: ro.replace_graph_nt(name, "<urn:a> <urn:b> <urn:c> .\n"),
        lambda: ro.remove_graph(name),
        lambda: ro.load_quads_nq("<urn:a> <urn:b> <urn:c> <urn:g> .\n"),
        lambda: ro.update("DROP ALL"),
        lambda: ingest([SAMPLES], ro, force=True),
    ]
    for attempt in attempts:
        with pytest.raises(StoreError) as exc:
            attempt()
        assert exc.value.code == "E206" and "\n" not in str(exc.value)
    assert len(remote) == size and name in remote.graph_names()
    assert stats(ro) == stats(remote)  # reading is fine
    ro.close()


def test_a_server_that_is_down_gives_one_line_store_error():
    url = f"http://127.0.0.1:{_free_port()}"  # nothing listens there
    with pytest.raises(StoreError) as exc:
        RemoteStore(url)
    text = str(exc.value)
    assert exc.value.code == "E205" and "\n" not in text and url in text and "Fix:" in text


def test_cli_reports_a_down_server_in_one_line():
    from typer.testing import CliRunner

    from newskg.cli import app

    url = f"http://127.0.0.1:{_free_port()}"
    result = CliRunner().invoke(app, ["stats", "--store", url])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "[E205]" in lines[0] and "Traceback" not in result.output


def test_http_errors_are_store_errors(sparql_url, both):
    remote, _ = both
    with pytest.raises(StoreError) as exc:
        RemoteStore(sparql_url + "/no/such/dataset")  # Fuseki-style path: /no/such/dataset/query is a 404
    assert exc.value.code == "E204" and "404" in str(exc.value) and "\n" not in str(exc.value)
    with pytest.raises(StoreError) as exc:
        remote.select("SELEC nothing")  # the server says 400 and why
    assert exc.value.code == "E204" and "400" in str(exc.value) and "\n" not in str(exc.value)


def test_cli_query_against_the_server(both, sparql_url):
    from typer.testing import CliRunner

    from newskg.cli import app

    result = CliRunner().invoke(app, ["query", "conflicts", "--store", sparql_url, "--format", "csv"])
    assert result.exit_code == 0, result.output
    _, rows = run(both[1], "conflicts")
    assert len(result.output.strip().splitlines()) >= 1 + len(rows)
