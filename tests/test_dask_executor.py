"""Extraction on a dask cluster gives the same store as extraction here.

A ``distributed.LocalCluster`` of two worker processes (one thread each) on
loopback stands in for machines: the workers import newskg and load the spaCy
pipeline themselves, get batches of articles and send back N-Triples.
"""

from __future__ import annotations

import socket
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from newskg.errors import ConfigError
from newskg.ingest import ingest
from newskg.store import EmbeddedStore

distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed (pip install 'newskg[dask]')")

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=40) as c:
        yield c


def _dask_url(cluster) -> str:
    return "dask://" + cluster.scheduler_address.split("://", 1)[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _same_store(a: EmbeddedStore, b: EmbeddedStore) -> None:
    assert sorted(a.graph_names()) == sorted(b.graph_names())
    assert len(a) == len(b) > 0
    for name in a.graph_names():
        ga = Graph().parse(data=a.graph_ntriples(name), format="nt")
        gb = Graph().parse(data=b.graph_ntriples(name), format="nt")
        assert isomorphic(ga, gb), name  # the ontology graph has blank nodes: compare up to their names
    plain = lambda s: {q for q in s.quads() if not any(type(t).__name__ == "BlankNode" for t in (q.subject, q.object))}  # noqa: E731
    assert plain(a) == plain(b)


def test_dask_ingest_gives_the_same_quads_as_local(cluster, tmp_path):
    t0 = time.monotonic()
    local, dasked = EmbeddedStore(tmp_path / "local"), EmbeddedStore(tmp_path / "dask")
    seen_local, seen_dask = [], []
    r_local = ingest([SAMPLES], local, on_article=lambda st, a: seen_local.append((st, a.source)))
    # batch_size=1: one task per article, spread over both workers, written back in input order
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as watcher, \
            distributed.get_task_stream(client=watcher) as stream:
        r_dask = ingest([SAMPLES], dasked, executor=_dask_url(cluster), batch_size=1,
                        on_article=lambda st, a: seen_dask.append((st, a.source)))
    assert (r_dask.read, r_dask.ingested, r_dask.figures, r_dask.failed) == \
           (r_local.read, r_local.ingested, r_local.figures, r_local.failed)
    assert r_dask.ingested == 4
    assert seen_dask == seen_local
    _same_store(local, dasked)
    # the work went to the cluster, one task per article
    tasks = [d for d in stream.data if d["key"].startswith("_build_batch")]
    assert len(tasks) == 4, stream.data
    assert len({d["worker"] for d in tasks}) == 2  # both workers took some
    # a second run through dask skips everything: nothing is sent
    again = ingest([SAMPLES], dasked, executor=_dask_url(cluster), derive_after=False)
    assert (again.unchanged, again.ingested) == (4, 0)
    local.close()
    dasked.close()
    assert time.monotonic() - t0 < 120


def test_results_come_back_in_order_with_a_bounded_number_in_flight(cluster):
    from newskg.executors import DaskExecutor

    pulled = []

    def items():
        for i in range(12):
            pulled.append(i)
            yield i

    # early items are slow, late ones fast: they finish out of order
    slow_first = lambda x: (time.sleep(0.3 if x < 3 else 0.0), x * x)[1]  # noqa: E731
    with DaskExecutor(distributed.Client(cluster.scheduler_address, set_as_default=False), max_in_flight=3) as ex:
        out = []
        for tag, value in ex.imap(slow_first, items(), tag=lambda x: -x):
            assert len(pulled) - len(out) <= 3  # never more than 3 submitted and not yet consumed
            out.append((tag, value))
        ex.client.close()
    assert out == [(-i, i * i) for i in range(12)]


def test_a_failing_task_raises_here(cluster):
    from newskg.executors import DaskExecutor

    with DaskExecutor(_dask_url(cluster), max_in_flight=2) as ex:
        with pytest.raises(ZeroDivisionError):
            list(ex.imap(lambda x: 1 / x, [3, 2, 1, 0, 5, 6]))


def test_bad_executor_specs_are_config_errors():
    from newskg.executors import DaskExecutor, dask_address, get_executor

    assert get_executor(None) is None and get_executor("local") is None
    assert dask_address("dask://10.0.0.5:8786") == "tcp://10.0.0.5:8786"
    assert dask_address("dask://sched") == "tcp://sched:8786"
    assert dask_address("tls://sched:8786") == "tls://sched:8786"
    for spec in ("spark://x:1", "dask://", "threads"):
        with pytest.raises(ConfigError) as exc:
            get_executor(spec)
        assert exc.value.code == "E301"
    t0 = time.monotonic()
    with pytest.raises(ConfigError) as exc:
        DaskExecutor(f"dask://127.0.0.1:{_free_port()}", connect_timeout=2)
    assert exc.value.code == "E304" and "\n" not in str(exc.value)
    assert time.monotonic() - t0 < 30


def test_missing_dask_names_the_extra(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    store = EmbeddedStore(tmp_path / "s")
    with pytest.raises(ConfigError) as exc:
        ingest([SAMPLES], store, executor="dask://127.0.0.1:8786")
    assert exc.value.code == "E303" and "pip install 'newskg[dask]'" in str(exc.value)
    assert len(store) == 0  # failed before doing anything
    store.close()
