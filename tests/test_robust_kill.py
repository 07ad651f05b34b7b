"""kill -9 in the middle of ``newskg ingest``: the store must stay usable and whole.

Each article is one SPARQL UPDATE (drop the graph, insert the new one), which
Oxigraph commits as one transaction. So after a kill -9 at any moment:

- the store opens (``newskg stats``) and ``newskg validate`` passes;
- every article graph in it is exactly the graph a clean ingest of that
  article gives (never half of it, never a mix of an old and a new version);
- running the same ingest again finishes the job, and the store is then
  identical to one ingested cleanly in one go.

When to kill: the writer holds the store's lock, so instead of reading the
store the test watches its write-ahead log grow. A reference ingest (same
files, same operations, through the Python API with a per-article hook, in a
fresh process so it runs the same code as the CLI) tells how many
WAL bytes have been written after k articles (and after each graph resolve
and derive write); the test kills the CLI as soon as the WAL reaches that
size, i.e. right after the k-th commit, while more is still to be written.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_robust_support import (Reference, article_graphs, claims_per_graph, cli, flood_articles, popen,
                                 retry_if_source_changed, stats, store_diff)

N = 40


def wal_bytes(store: Path, old: frozenset[str] = frozenset()) -> int:
    """Bytes in the store's write-ahead log files, leaving out the files in ``old``."""
    total = 0
    try:
        names = os.listdir(store)
    except FileNotFoundError:
        return 0
    for name in names:
        if name.endswith(".log") and name not in old:
            try:
                total += os.path.getsize(store / name)
            except FileNotFoundError:
                pass
    return total


def old_logs(store: Path) -> frozenset[str]:
    return frozenset(n for n in os.listdir(store) if n.endswith(".log")) if store.exists() else frozenset()


def measured_ingest(folder: Path, store: Path) -> tuple[list[int], list[int]]:
    """Ingest as the CLI does (in a fresh process: today's code).

    Returns the WAL bytes after each article, and after each graph written by
    resolve/derive (ontology, resolved, derived).
    """
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[3]); from pathlib import Path; "
        "from test_robust_kill import _measured_ingest; "
        "print(json.dumps(_measured_ingest(Path(sys.argv[1]), Path(sys.argv[2]))))"
    )
    r = subprocess.run([sys.executable, "-c", code, str(folder), str(store), str(Path(__file__).parent)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    after, steps = json.loads(r.stdout.splitlines()[-1])
    return after, steps


def _measured_ingest(folder: Path, store: Path) -> tuple[list[int], list[int]]:
    from newskg.ingest import ingest
    from newskg.store import EmbeddedStore

    old = old_logs(store)
    after: list[int] = [0]
    steps: list[int] = []
    s = EmbeddedStore(store)
    write_graph = s.replace_graph_nt

    def replace_graph_nt(name, text):  # besides articles, what refresh() writes: ontology, resolved and derived graphs
        write_graph(name, text)
        if "/graph/article/" not in str(name):
            steps.append(wal_bytes(store, old))

    s.replace_graph_nt = replace_graph_nt
    try:
        ingest([folder], s, on_article=lambda status, item: after.append(wal_bytes(store, old))
               if status == "ingested" else None)
    finally:
        s.close()
    return after, steps


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    root = tmp_path_factory.mktemp("kill")
    v1, v2 = root / "v1", root / "v2"
    flood_articles(v1, N)
    flood_articles(v2, N, revision=1)  # the same files, corrected

    def build(folder: Path) -> dict:
        ref1, ref2, template = folder / "ref-v1", folder / "ref-v2", folder / "v1-store"
        wal1, steps1 = measured_ingest(v1, ref1)  # a clean ingest of v1
        shutil.copytree(ref1, template)  # the v1 store the update rounds start from
        shutil.copytree(ref1, ref2)
        wal2, _ = measured_ingest(v2, ref2)  # v1 updated to v2, as the update rounds do it
        assert len(wal1) == len(wal2) == N + 1
        assert len(steps1) >= 2 and steps1[0] > wal1[N], steps1
        return {"ref1": ref1, "ref2": ref2, "wal1": wal1, "wal2": wal2, "steps1": steps1, "template": template}

    return {"v1": v1, "v2": v2, "refs": Reference(root, build)}


def kill_when(store: Path, folder: Path, threshold: int, old: frozenset[str]) -> float:
    """Start ``newskg ingest folder``; kill -9 it as soon as the WAL holds ``threshold`` bytes."""
    proc = popen("ingest", folder, "--store", store, "-q")
    t0 = time.monotonic()
    try:
        while proc.poll() is None and wal_bytes(store, old) < threshold:
            time.sleep(0.0005)
        if proc.poll() is not None:
            pytest.fail(f"the ingest ended (exit {proc.returncode}) before the WAL reached {threshold} bytes: "
                        f"{proc.stderr.read()[-500:]}")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return time.monotonic() - t0


ROUNDS = {
    # name: (start from the v1 store?, corpus, articles committed before the kill, or None = in resolve/derive)
    "fresh-after-3": (False, "v1", 3),
    "fresh-after-20": (False, "v1", 20),
    "fresh-in-resolve-derive": (False, "v1", None),
    "update-after-10": (True, "v2", 10),
}


@pytest.mark.parametrize("name", ROUNDS)
def test_kill_9_during_ingest_leaves_whole_articles_and_rerun_completes(work, tmp_path, name):
    attempts = iter(range(2))
    retry_if_source_changed(lambda: kill_round(work, tmp_path / f"store-{next(attempts)}", name))


def kill_round(work: dict, store: Path, name: str) -> None:
    from_v1, corpus, k = ROUNDS[name]
    folder = work[corpus]
    refs = work["refs"].get()
    if from_v1:
        shutil.copytree(refs["template"], store)
    wal = refs["wal2"] if from_v1 else refs["wal1"]
    # k articles committed; or, after the last article, the first graph of resolve/derive (the ontology) committed
    threshold = wal[k] if k is not None else refs["steps1"][0]
    kill_when(store, folder, threshold, old_logs(store))

    # the store opens, and what is in it is whole
    counts = stats(store)
    present = article_graphs(store)
    assert counts["articles"] == len(present)
    ref_new = article_graphs(refs["ref2" if from_v1 else "ref1"])
    ref_old = article_graphs(refs["ref1"]) if from_v1 else {}
    n_new = n_old = 0
    for g, triples in present.items():
        if triples == ref_new[g]:
            n_new += 1
        elif triples == ref_old.get(g):
            n_old += 1
        else:
            pytest.fail(f"{g} is neither the old nor the new version: {claims_per_graph(triples)} claims, "
                        f"new has {claims_per_graph(ref_new[g])}")
    print(f"{name}: killed with {n_new} new and {n_old} old article graphs in the store")
    if from_v1:
        assert len(present) == N and n_new + n_old == N
        assert k <= n_new < N, f"kill expected after {k} replaced articles and before the last, got {n_new}"
    elif k is not None:
        assert k <= n_new < N, f"kill expected after {k} articles and before the last, got {n_new}"
    else:
        assert n_new == N
        unfinished = store_diff(store, refs["ref1"])  # the ontology, resolved or derived graph not (yet) rewritten
        assert unfinished, "the kill came after resolve/derive had finished"
        print(f"{name}: {'; '.join(p[:90] for p in unfinished)}")
    if name == "fresh-after-3":  # SHACL takes about a second an article: check the small store only
        v = cli("validate", "--store", store)
        assert v.returncode == 0, v.stdout[-2000:] + v.stderr

    # the same command again finishes the job
    r = cli("ingest", folder, "--store", store, "-q")
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    todo = N - n_new
    assert re.search(rf"ingested {todo} article\(s\), {n_new} unchanged, 0 failed", r.stdout), r.stdout
    ref = refs["ref2" if from_v1 else "ref1"]
    assert store_diff(store, ref) == []
    assert stats(store) == stats(ref)
