"""Where the graph lives: an embedded on-disk Oxigraph store, behind one small interface.

Writes replace one named graph at a time in a single SPARQL UPDATE, which
Oxigraph runs as one transaction: a crash leaves either the old graph or the
new one, never half of it. A lock file keeps two writers from sharing one
store; readers open it read-only.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from newskg.errors import StoreError

DEFAULT_STORE = "newskg-store"
PREFIXES = {
    "nkg": "https://w3id.org/newskg/ns#",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def _nt(graph: Graph) -> str:
    return graph.serialize(format="nt")


def term_value(term) -> str | None:
    """A SPARQL result term as plain text (IRI, literal value), None when unbound."""
    if term is None:
        return None
    return term.value


class EmbeddedStore:
    """An Oxigraph store in a folder; ``read_only`` for commands that only look."""

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False, create: bool = True) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._lock_fd: int | None = None
        if read_only:
            if not (self.path / "CURRENT").exists() and not any(self.path.glob("*.sst")) and not (self.path.exists() and any(self.path.iterdir())):
                raise StoreError("E201", location=str(self.path))
            try:
                self.ox = ox.Store.read_only(str(self.path))
            except (OSError, RuntimeError) as exc:  # RocksDB corruption/invalid-argument errors are RuntimeError
                if self._writer_active():  # a store being created or written: the reader should wait, not rebuild
                    raise StoreError("E202", location=str(self.path)) from exc
                raise StoreError("E203", location=str(self.path), reason=(str(exc).splitlines() or ["?"])[0]) from exc
            return
        if not create and not self.path.exists():
            raise StoreError("E201", location=str(self.path))
        self.path.mkdir(parents=True, exist_ok=True)
        self._take_lock()
        try:
            self.ox = ox.Store(str(self.path))
        except (OSError, RuntimeError) as exc:
            self._release_lock()
            raise StoreError("E203", location=str(self.path), reason=(str(exc).splitlines() or ["?"])[0]) from exc

    @classmethod
    def in_memory(cls) -> "EmbeddedStore":
        """A scratch store held in memory only: nothing on disk, no lock."""
        store = cls.__new__(cls)
        store.path, store.read_only, store._lock_fd = None, False, None
        store.ox = ox.Store()
        return store

    def copy_graphs(self, source, names: list[str]) -> None:
        """Load the named graphs ``names`` of ``source`` (any store) into this one."""
        for name in names:
            self.ox.load(source.graph_ntriples(name).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES,
                         to_graph=ox.NamedNode(name))

    def _writer_active(self) -> bool:
        """True when another process holds the writer's lock on this store (without taking it)."""
        try:
            fd = os.open(self.path / "newskg.lock", os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError:
            return False
        finally:
            os.close(fd)  # also drops the shared lock if it was taken
        return False

    def _take_lock(self) -> None:
        fd = os.open(self.path / "newskg.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            os.close(fd)
            raise StoreError("E202", location=str(self.path)) from exc
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._lock_fd = fd

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            os.close(self._lock_fd)
            self._lock_fd = None

    def close(self) -> None:
        if not self.read_only:
            try:
                self.ox.flush()
            except (OSError, AttributeError):
                pass
        self.ox = None  # type: ignore[assignment]
        self._release_lock()

    def __enter__(self) -> "EmbeddedStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------
    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        """Atomically make the named graph ``name`` hold exactly ``graph``."""
        self.replace_graph_nt(str(name), _nt(graph))

    def replace_graph_nt(self, name: str, ntriples: str) -> None:
        self.ox.update(f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{ntriples}\n}} }}")

    def remove_graph(self, name: URIRef | str) -> None:
        self.ox.update(f"DROP SILENT GRAPH <{name}>")

    def load_quads_nq(self, nquads: str) -> None:
        self.ox.load(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)

    def flush(self) -> None:
        """Move what was written from memory to disk (RocksDB keeps up to ~300 MB of writes in memory)."""
        self.ox.flush()

    # --- reading ---------------------------------------------------------------
    def query(self, sparql: str):
        return self.ox.query(sparql, prefixes=PREFIXES)

    def select(self, sparql: str) -> list[dict[str, str | None]]:
        """Rows of a SELECT as dicts of plain strings (None when unbound)."""
        return list(self.select_iter(sparql))

    def select_iter(self, sparql: str) -> Iterator[dict[str, str | None]]:
        """As ``select``, one row at a time (for results too big to hold as dicts)."""
        res = self.query(sparql)
        names = [v.value for v in res.variables]
        for sol in res:
            yield {n: term_value(sol[n]) for n in names}

    def ask(self, sparql: str) -> bool:
        return bool(self.query(sparql))

    def graph_names(self) -> list[str]:
        return [g.value for g in self.ox.named_graphs()]

    def graph_ntriples(self, name: str) -> str:
        """The named graph ``name`` as N-Triples text ("" when it is empty or missing)."""
        triples = (q.triple for q in self.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(name))))
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")

    def __len__(self) -> int:
        return len(self.ox)

    def dump(self, path: str | os.PathLike, fmt: str = "trig") -> None:
        fmts = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "nquads": ox.RdfFormat.N_QUADS}
        self.ox.dump(str(path), format=fmts[fmt])

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.ox)


def open_store(location: str | None = None, *, read_only: bool = False) -> EmbeddedStore:
    """The store named by ``--store``, ``NEWSKG_STORE`` or the default folder."""
    location = location or os.environ.get("NEWSKG_STORE") or DEFAULT_STORE
    if location.startswith(("http://", "https://")):
        from newskg.remote import RemoteStore  # a SPARQL 1.1 server

        return RemoteStore(location, read_only=read_only)  # type: ignore[return-value]
    return EmbeddedStore(location, read_only=read_only)

