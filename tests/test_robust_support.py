"""Helpers shared by the tests/test_robust_*.py files (no tests in here).

They run the real ``newskg`` command in a subprocess and look at what is in a
store folder afterwards with pyoxigraph directly (not through newskg), so a
test sees what a user would see.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import pyoxigraph as ox
from rdflib import Graph
from rdflib.compare import isomorphic

ROBUST = Path(__file__).resolve().parent / "data" / "robust"
NEWSKG = str(Path(sys.executable).with_name("newskg"))
ARTICLE_GRAPH = "/graph/article/"
ONE_LINE_ERROR = r"\[E\d{3}\]"

TOWNS = ["Arlow", "Bexby", "Corran", "Dunmere", "Elsford", "Fenwick", "Galloway", "Harrow", "Ilsby",
         "Jorvik", "Kelton", "Larkin", "Marlow", "Norby", "Oakham", "Pellam", "Quarry", "Ravel", "Selby",
         "Tarrow"]
COUNTRIES = ["Kenya", "Peru", "Ghana", "Nepal", "Chile"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def cli(*args: str | os.PathLike, timeout: float = 180, **kw) -> subprocess.CompletedProcess:
    """Run ``newskg ARGS`` and capture its output (text)."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    env.pop("NEWSKG_STORE", None)
    return subprocess.run([NEWSKG, *map(str, args)], capture_output=True, text=True, timeout=timeout, env=env, **kw)


def popen(*args: str | os.PathLike, **kw) -> subprocess.Popen:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    env.pop("NEWSKG_STORE", None)
    return subprocess.Popen([NEWSKG, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, **kw)


def stats(store: Path) -> dict[str, int]:
    r = cli("stats", "--store", store, "--format", "json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def figures(store: Path) -> list[dict]:
    r = cli("query", "figures", "--store", store, "--format", "json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def flood_articles(folder: Path, n: int, prefix: str = "flood", revision: int = 0) -> list[Path]:
    """``n`` short, distinct, made-up flood reports (headline and three sentences with figures).

    A later ``revision`` is the same articles (same file names) with updated figures.
    """
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        town = TOWNS[i % len(TOWNS)] + ("" if i < len(TOWNS) else "ton")
        r = 100 * revision
        text = (
            f"Flood in {town}\n"
            f"At least {3 + i + r} people were killed and {10 + 2 * i + r} were injured when floodwater swept "
            f"through {town} in {COUNTRIES[i % len(COUNTRIES)]} on {DAYS[i % len(DAYS)]}, police said.\n"
            f"Rescue teams evacuated about {100 + 10 * i + 10 * r} residents from homes near the river.\n"
            f"The regional governor said {1 + i % 7 + r} people were missing.\n"
        )
        path = folder / f"{prefix}_{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


# --------------------------------------------------------------------------- others edit the tree meanwhile
#
# The package is installed editable and other people change the extractor while
# these tests run: a CLI run a minute later may extract differently from a
# reference built before. References are rebuilt when the source changed, and
# a test that fails while the source changed under it is run once more.


def source_fingerprint() -> str:
    import newskg

    root = Path(newskg.__file__).parent
    h = hashlib.sha1()
    for p in sorted(root.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            st = p.stat()
            h.update(f"{p}:{st.st_mtime_ns}:{st.st_size}\n".encode())
    return h.hexdigest()


class Reference:
    """What ``build(folder)`` returns (a clean store, ...), rebuilt whenever newskg's source changed."""

    def __init__(self, root: Path, build: Callable[[Path], Any]) -> None:
        self.root, self.build = root, build
        self.fingerprint: str | None = None
        self.value: Any = None
        self.builds = 0

    def get(self) -> Any:
        fp = source_fingerprint()
        if fp != self.fingerprint:
            self.builds += 1
            folder = self.root / f"ref-{self.builds}"
            folder.mkdir(parents=True)
            self.value = self.build(folder)
            self.fingerprint = fp
        return self.value


def retry_if_source_changed(fn: Callable[[], None]) -> None:
    """Run ``fn``; if it fails and newskg's source changed meanwhile, run it once more."""
    before = source_fingerprint()
    try:
        fn()
    except (AssertionError, pytest.fail.Exception):
        if source_fingerprint() == before:
            raise
        fn()


def retry_in_fresh_folder(tmp_path: Path, fn: Callable[[Path], None]) -> None:
    """``retry_if_source_changed``, each attempt given a new empty folder under ``tmp_path``."""
    attempts = iter(range(2))

    def once():
        folder = tmp_path / f"try-{next(attempts)}"
        folder.mkdir()
        fn(folder)

    retry_if_source_changed(once)


# --------------------------------------------------------------------------- looking into a store


def _has_bnode(q: ox.Quad) -> bool:
    return isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)


def graphs(store: Path) -> dict[str, set[str]]:
    """Every named graph of the store folder: name -> set of N-Triples lines (read-only open)."""
    s = ox.Store.read_only(str(store))
    out: dict[str, set[str]] = defaultdict(set)
    for q in s:
        out[str(q.graph_name)].add(f"{q.subject} {q.predicate} {q.object} .")
    del s
    return dict(out)


def article_graphs(store: Path) -> dict[str, set[str]]:
    return {g: t for g, t in graphs(store).items() if ARTICLE_GRAPH in g}


def claims_per_graph(triples: set[str]) -> int:
    return sum(1 for t in triples if t.endswith("<https://w3id.org/newskg/ns#FigureClaim> ."))


def _same_graph(a: set[str], b: set[str]) -> bool:
    if a == b:
        return True
    if not any("_:" in t for t in a | b):
        return False
    ga, gb = Graph(), Graph()  # blank nodes (the ontology's OWL lists): compare up to renaming
    ga.parse(data="\n".join(a), format="nt")
    gb.parse(data="\n".join(b), format="nt")
    return isomorphic(ga, gb)


def store_diff(a: Path, b: Path) -> list[str]:
    """What differs between two stores, graph by graph (blank nodes compared up to renaming); [] when equal."""
    ga, gb = graphs(a), graphs(b)
    problems = []
    for name in sorted(set(ga) | set(gb)):
        if name not in ga or name not in gb:
            problems.append(f"graph {name} only in {'second' if name not in ga else 'first'} store")
        elif not _same_graph(ga[name], gb[name]):
            only_a, only_b = ga[name] - gb[name], gb[name] - ga[name]
            problems.append(f"graph {name}: {len(only_a)} triples only in first (e.g. {sorted(only_a)[:2]}), "
                            f"{len(only_b)} only in second (e.g. {sorted(only_b)[:2]})")
    return problems


def all_text(store: Path) -> str:
    """Every term of every quad, one quad a line: for "is this anywhere in the store" checks."""
    s = ox.Store.read_only(str(store))
    text = "\n".join(f"{q.subject} {q.predicate} {q.object} {q.graph_name}" for q in s)
    del s
    return text
