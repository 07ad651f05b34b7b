"""read -> extract -> build -> store, then resolve and derive: the main job.

Each article's graph is written in its own transaction; an article whose text
and extractor version are already in the store is skipped, so re-running an
ingest (after a crash, or on a grown corpus) only does the missing work.
Extraction runs in ``jobs`` processes when asked, or on a dask cluster
(``executor="dask://HOST:PORT"``, see ``newskg.executors``): it is a pure
function of one article, and workers send back N-Triples text.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from newskg import __version__
from newskg.errors import InputError
from newskg.model import Article
from newskg.rdf.ids import DEFAULT_BASE, Ids
from newskg.read import read_all


@dataclass
class IngestReport:
    read: int = 0
    ingested: int = 0
    unchanged: int = 0
    figures: int = 0
    errors: list[InputError] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # names of the article graphs written

    @property
    def failed(self) -> int:
        return len(self.errors)


def build_nt(article: Article, base: str) -> tuple[str, str, int]:
    """(graph IRI, N-Triples, number of figures) for one article: the unit of parallel work."""
    from newskg.nlp import pipeline
    from newskg.nlp.extract import extract
    from newskg.rdf.build import article_ntriples

    ex = extract(article)
    iri, nt = article_ntriples(ex, Ids(base), model=pipeline.model_name())
    return str(iri), nt, len(ex.figures)


def _build_batch(args: tuple[list[Article], str]) -> list[tuple[str, str, int]]:
    articles, base = args
    from newskg.nlp import pipeline
    from newskg.nlp.extract import extract_many

    return _graphs(extract_many(articles), Ids(base), pipeline.model_name())


def _graphs(extractions: Iterable, ids: Ids, model: str) -> list[tuple[str, str, int]]:
    """(graph IRI, N-Triples, number of figures) of each extraction."""
    from newskg.rdf.build import article_ntriples

    out = []
    for ex in extractions:
        iri, nt = article_ntriples(ex, ids, model=model)
        out.append((str(iri), nt, len(ex.figures)))
    return out


def _overlapped(batches: Iterator[list[Article]], base: str) -> Iterator[tuple[list[Article], list[tuple[str, str, int]]]]:
    """(batch, its graphs) in input order, one process: spaCy reads the next batch in a thread
    while this thread builds and writes the graphs of the one before. The model's matrix
    products release the GIL, so the graph building runs in their shadow instead of after them.
    The thread stays at most two batches ahead; an error in it is raised here."""
    import queue
    import threading

    from newskg.nlp import pipeline
    from newskg.nlp.extract import extract_many

    ids, model = Ids(base), pipeline.model_name()
    pipeline.load()
    ready: queue.Queue = queue.Queue(maxsize=2)
    stop = threading.Event()
    done = object()

    def extract() -> None:
        try:
            for batch in batches:
                extractions = list(extract_many(batch))
                while not stop.is_set():
                    try:
                        ready.put((batch, extractions), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            ready.put((done, None))
        except BaseException as exc:  # noqa: BLE001  (re-raised in the consumer)
            ready.put((exc, None))

    worker = threading.Thread(target=extract, name="newskg-extract", daemon=True)
    worker.start()
    try:
        while True:
            batch, extractions = ready.get()
            if batch is done:
                return
            if isinstance(batch, BaseException):
                raise batch
            yield batch, _graphs(extractions, ids, model)
    finally:
        stop.set()
        worker.join(timeout=5)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def is_current(store, ids: Ids, article: Article) -> bool:
    """True when the store already holds this exact text, extracted by this version."""
    return store.ask(
        f'ASK {{ GRAPH <{ids.article_graph(article.id)}> {{ <{ids.article(article.id)}> nkg:contentHash "{article.content_hash}" ; '
        f'prov:wasGeneratedBy <{ids.run(__version__)}> }} }}'
    )


def load_ontology(store, ids: Ids) -> None:
    """Write the ontology graph, unless the store already holds this exact ontology.

    The ontology has blank nodes (owl:unionOf lists), which a store relabels on
    every insert: rewriting an unchanged ontology would churn quads on each ingest.
    """
    import hashlib

    from rdflib import Literal

    from newskg.rdf.vocab import NKG
    from newskg.resources import ontology_file

    data = ontology_file("newskg.ttl").read_bytes()
    digest = hashlib.sha1(data).hexdigest()
    name = ids.ontology_graph
    if store.ask(f'ASK {{ GRAPH <{name}> {{ <{name}> nkg:contentHash "{digest}" }} }}'):
        return
    g = Graph()
    g.parse(data=data, format="turtle")
    g.add((name, NKG.contentHash, Literal(digest)))  # which ontology file this graph holds
    store.replace_graph(name, g)


def ingest(
    paths: Iterable[str | Path],
    store,
    *,
    base: str = DEFAULT_BASE,
    jobs: int = 1,
    batch_size: int = 16,
    force: bool = False,
    on_article: Callable[[str, Article | InputError], None] | None = None,
    derive_after: bool = True,
    executor=None,
) -> IngestReport:
    """Ingest articles into ``store``; bad inputs are reported, never fatal.

    ``executor``: None or "local" extracts here (in ``jobs`` processes);
    "dask://HOST:PORT" (or a ``distributed.Client``) extracts on that dask
    cluster, ``jobs`` ignored, graphs written here in input order.
    """
    ids = Ids(base)
    report = IngestReport()
    seen: dict[str, str] = {}

    def todo() -> Iterator[Article]:
        for item in read_all(paths):
            if isinstance(item, InputError):
                report.errors.append(item)
                if on_article:
                    on_article("error", item)
                continue
            report.read += 1
            if item.id in seen:
                report.duplicates.append(f"{item.source} has the same article id as {seen[item.id]}: it replaces it")
            seen[item.id] = item.source
            if not force and is_current(store, ids, item):
                report.unchanged += 1
                if on_article:
                    on_article("unchanged", item)
                continue
            yield item

    def write(results: list[tuple[str, str, int]], batch: list[Article]) -> None:
        mark_pending(store, ids, [iri for iri, _nt, _n in results])
        for (iri, nt, nfig), article in zip(results, batch):
            store.replace_graph_nt(iri, nt)
            report.written.append(iri)
            report.ingested += 1
            report.figures += nfig
            if on_article:
                on_article("ingested", article)

    from newskg.executors import get_executor

    remote = get_executor(executor)
    if remote is not None:
        with remote:
            work = ((b, base) for b in _batches(todo(), batch_size))
            for batch, results in remote.imap(_build_batch, work, tag=lambda item: item[0]):
                write(results, batch)
    elif jobs <= 1:
        for batch, results in _overlapped(_batches(todo(), batch_size), base):
            write(results, batch)
    else:
        ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
        with ctx.Pool(jobs) as pool:
            # At most 2 batches per process in flight: memory follows the batch, not the corpus
            # (Pool.imap would read the whole input ahead), and graphs are written in input order.
            window: deque = deque()
            for batch in _batches(todo(), batch_size):
                window.append((batch, pool.apply_async(_build_batch, ((batch, base),))))
                while len(window) >= 2 * jobs:
                    done, pending = window.popleft()
                    write(pending.get(), done)
            while window:
                done, pending = window.popleft()
                write(pending.get(), done)
    if derive_after:
        refresh(store, ids, changed=report.written)
    return report


PENDING_QUERY = "SELECT ?m WHERE { GRAPH <%s> { <%s> prov:hadMember ?m } }"
_HAD_MEMBER = "http://www.w3.org/ns/prov#hadMember"


def mark_pending(store, ids: Ids, names: Iterable[str]) -> None:
    """Note, before they change, the graphs whose resolved and derived results a refresh must redo.

    The note (``graph/pending``) is dropped when a refresh ends: after a crash
    the next refresh finds it and redoes what was left, even for articles the
    next ingest skips as current. The pending graph's own name stands for
    "every graph" (a whole refresh was under way).
    """
    g = ids.pending_graph
    quads = "".join(f"<{g}> <{_HAD_MEMBER}> <{name}> <{g}> .\n" for name in names)
    if quads:
        store.load_quads_nq(quads)


def pending(store, ids: Ids) -> set[str]:
    g = ids.pending_graph
    return {r["m"] for r in store.select_iter(PENDING_QUERY % (g, g))}


def refresh(store, ids: Ids, changed: Iterable[str] | None = None, *, chunk_size: int | None = None
            ) -> dict[str, dict[str, int]]:
    """Bring the ontology, resolved and derived graphs up to date with the article graphs.

    ``changed``: the article graphs written or removed since the last refresh
    (``IngestReport.written``); only the resolved events they touch, and those
    whose members changed, are rebuilt. None: every event is rebuilt. Either
    way events are built a chunk at a time (``chunk_size`` resolved events) and
    only the per-event graphs whose content changed are written: the store
    ends the same as after a full recomputation. Returns the graphs written /
    unchanged / dropped, for resolved and derived.
    """
    from newskg.derive import derive
    from newskg.resolve import CHUNK_SIZE, make_plan, resolve

    chunk_size = chunk_size or CHUNK_SIZE
    load_ontology(store, ids)
    changed = None if changed is None else [*map(str, changed)]
    noted = pending(store, ids)
    everything = changed is None or str(ids.pending_graph) in noted
    if not everything and not noted and not changed:
        # nothing written or removed, nothing left by an interrupted refresh: every resolved and derived
        # graph is still what a full recomputation would give (re-running an ingest of a corpus
        # already in the store costs no clustering)
        return {k: {"written": 0, "unchanged": 0, "dropped": 0} for k in ("resolved", "derived")}
    plan = make_plan(store, ids, None if everything else {*changed, *noted})
    todo = [*plan.dirty, *plan.gone]
    mark_pending(store, ids, [str(ids.pending_graph)] if everything else todo)
    out = {"resolved": resolve(store, ids, plan=plan, chunk_size=chunk_size),
           "derived": derive(store, ids, None if everything else todo, chunk_size=chunk_size)}
    if noted or everything or todo:
        store.remove_graph(ids.pending_graph)
    return out


def remove(store, article_id: str, ids: Ids) -> bool:
    """Delete an article's graph and what was derived only from it."""
    name = ids.article_graph(article_id)
    if str(name) not in store.graph_names():
        return False
    mark_pending(store, ids, [str(name)])
    store.remove_graph(name)
    refresh(store, ids, changed=[str(name)])
    return True
