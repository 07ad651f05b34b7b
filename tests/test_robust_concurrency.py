"""Two writers, and readers during a write, on one store folder.

- Two ``newskg ingest`` at once: one finishes (exit 0), the other fails fast
  with the one-line lock message (E202, exit 2); the store is whole.
- Readers while an ingest runs: ``newskg query figures`` and ``newskg stats``
  either answer with consistent rows (every article they show is complete)
  or fail with a one-line error; never a traceback, never half an article.
- Opening read-only while a store is being created or is damaged gives a
  StoreError (E201/E202/E203), not a raw pyoxigraph RuntimeError.

pyoxigraph documents a read-only open during a write by another process as
undefined behaviour. What was seen here (pyoxigraph 0.5): a reader opened
during a write sees the commits made before its open (RocksDB replays the
WAL), whole transactions only, and keeps that snapshot. Opened while the
writer creates the store, or while the writer's start-up flush deletes SST
files, the open fails with RocksDB errors raised as RuntimeError ("Column
family not found: id2str", "Inserts are only possible on read-write
instances", "Corruption: ... No such file ... 000014.sst"): tracebacks that
told the user the store was corrupt, until store.py turned them into E202
(a writer holds the lock: wait) or E203 (damaged, no writer).
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from test_robust_support import Reference, cli, flood_articles, popen, retry_in_fresh_folder, stats, store_diff

N = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("concurrency")
    folder = root / "articles"
    flood_articles(folder, N)

    def build(where: Path) -> dict:
        ref = where / "store"
        r = cli("ingest", folder, "--store", ref, "-q")
        assert r.returncode == 0, r.stderr
        by_article: dict[str, list] = defaultdict(list)
        for row in json.loads(cli("query", "figures", "--store", ref, "--format", "json").stdout):
            by_article[row["article"]].append(row)
        return {"store": ref, "rows": by_article}

    return {"folder": folder, "ref": Reference(root, build)}


def retried(test):
    """Run ``test(corpus, reference, fresh folder)``, again if newskg's source changed under a failure."""
    def run(corpus, tmp_path):
        retry_in_fresh_folder(tmp_path, lambda folder: test(corpus, corpus["ref"].get(), folder))
    run.__name__, run.__doc__ = test.__name__, test.__doc__
    return run


@retried
def test_two_ingests_at_once_one_wins_the_other_fails_fast(corpus, ref, tmp_path):
    store = tmp_path / "store"
    a = popen("ingest", corpus["folder"], "--store", store, "-q")
    b = popen("ingest", corpus["folder"], "--store", store, "-q")
    started = time.monotonic()
    results = {}
    while len(results) < 2:
        for name, p in (("a", a), ("b", b)):
            if name not in results and p.poll() is not None:
                results[name] = (p.returncode, time.monotonic() - started, p.stdout.read(), p.stderr.read())
        time.sleep(0.01)
    for p in (a, b):
        p.stdout.close()
        p.stderr.close()
    codes = sorted(rc for rc, *_ in results.values())
    assert codes == [0, 2], results
    (_, won_after, won_out, won_err), = [v for v in results.values() if v[0] == 0]
    (_, lost_after, lost_out, lost_err), = [v for v in results.values() if v[0] == 2]
    assert lost_after < won_after, "the loser must not wait for the winner"
    assert lost_out == ""
    assert lost_err.count("\n") == 1 and "[E202]" in lost_err and "locked by another process" in lost_err
    assert f"ingested {N} article(s)" in won_out and won_err == ""
    assert store_diff(store, ref["store"]) == []  # not corrupt: exactly the clean store
    assert stats(store) == stats(ref["store"])


def _reader(store: Path, what: str):
    args = ["query", "figures"] if what == "figures" else ["stats"]
    r = cli(*args, "--store", store, "--format", "json")
    return what, r.returncode, r.stdout, r.stderr


@retried
def test_readers_during_an_ingest_see_whole_articles_or_a_clear_error(corpus, ref, tmp_path):
    store = tmp_path / "store"
    first = sorted(corpus["folder"].iterdir())[0]
    assert cli("ingest", first, "--store", store, "-q").returncode == 0  # ontology in: figures show up as they land
    writer = popen("ingest", corpus["folder"], "--store", store, "-q")
    outcomes = []
    with ThreadPoolExecutor(1) as pool:  # one reader at a time: the machine has two cores
        futures = []
        while writer.poll() is None:
            if not futures or futures[-1].done():
                futures.append(pool.submit(_reader, store, "figures" if len(futures) % 2 == 0 else "stats"))
            time.sleep(0.05)
        outcomes = [f.result() for f in futures]
    out, err = writer.communicate()
    assert writer.returncode == 0, err
    seen = Counter()
    for what, rc, stdout, stderr in outcomes:
        assert "Traceback" not in stderr, stderr
        if rc != 0:
            assert rc == 2 and stderr.count("\n") == 1 and "[E2" in stderr, (what, rc, stderr)
            seen["error"] += 1
            continue
        data = json.loads(stdout)
        if what == "stats":
            assert 1 <= data["articles"] <= N
            seen["stats"] += 1
            continue
        by_article = defaultdict(list)
        for row in data:
            by_article[row["article"]].append(row)
        for article, rows in by_article.items():  # every article shown is shown whole
            assert sorted(rows, key=str) == sorted(ref["rows"][article], key=str), article
        seen[f"figures of {len(by_article)} articles"] += 1
    assert seen["stats"] + sum(v for k, v in seen.items() if k.startswith("figures")) >= 1, seen
    final = {row["article"] for row in json.loads(_reader(store, "figures")[2])}
    assert len(final) == N  # a read after the ingest sees everything
    assert store_diff(store, ref["store"]) == []
    print("reader outcomes:", dict(seen))



@retried
def test_snapshot_reads_during_an_ingest_never_show_half_an_article(corpus, ref, tmp_path):
    """The same, in a tight loop in-process (many more reads than CLI readers manage)."""
    from newskg.errors import StoreError
    from newskg.queries import run
    from newskg.store import EmbeddedStore

    store = tmp_path / "store"
    assert cli("ingest", sorted(corpus["folder"].iterdir())[0], "--store", store, "-q").returncode == 0
    writer = popen("ingest", corpus["folder"], "--store", store, "-q")
    seen: Counter = Counter()
    while writer.poll() is None:
        try:
            s = EmbeddedStore(store, read_only=True)
        except StoreError as exc:
            seen[exc.code] += 1
            continue
        try:
            _, rows = run(s, "figures")
        finally:
            s.close()
        by_article = defaultdict(list)
        for row in rows:
            by_article[row["article"]].append(row)
        for article, got in by_article.items():
            assert sorted(got, key=str) == sorted(ref["rows"][article], key=str), article
        seen[len(by_article)] += 1
    writer.communicate()
    assert writer.returncode == 0
    assert sum(v for k, v in seen.items() if isinstance(k, int)) > 0, seen
    print("articles seen by snapshot reads (count: times):", dict(seen))


def _open_while_created(store: Path, rounds: int) -> Counter:
    """Open read-only in a tight loop while other processes create the store; what came out."""
    from newskg.errors import StoreError
    from newskg.stats import stats as store_stats
    from newskg.store import EmbeddedStore

    seen: Counter = Counter()
    for i in range(rounds):
        target = store.with_name(f"{store.name}-{i}")
        code = f"from newskg.store import EmbeddedStore; EmbeddedStore({str(target)!r}).close()"
        creator = subprocess.Popen([sys.executable, "-c", code])
        while True:
            done = creator.poll() is not None
            try:
                s = EmbeddedStore(target, read_only=True)
                try:
                    store_stats(s)
                    seen["opened"] += 1
                finally:
                    s.close()
            except StoreError as exc:
                seen[exc.code] += 1
            except Exception as exc:  # noqa: BLE001 - what the test is looking for
                seen[f"{type(exc).__name__}: {str(exc)[:60]}"] += 1
            if done:
                break
        assert creator.returncode == 0
    return seen


def test_read_only_open_while_the_store_is_created_gives_store_errors(tmp_path):
    seen = _open_while_created(tmp_path / "store", rounds=5)
    raw = {k: v for k, v in seen.items() if not (k == "opened" or k.startswith("E2"))}
    assert raw == {}, f"raw exceptions escaped EmbeddedStore: {raw} (all outcomes: {dict(seen)})"
    print("read-only opens during creation:", dict(seen))


def _corrupt(store: Path) -> None:
    (store / "CURRENT").write_text("this is not a manifest name\n")


def test_damaged_store_is_a_one_line_error_for_readers_and_writers(corpus, tmp_path):
    store = tmp_path / "store"
    assert cli("ingest", sorted(corpus["folder"].iterdir())[0], "--store", store, "-q").returncode == 0
    _corrupt(store)
    for args in (["stats"], ["query", "figures"], ["ingest", corpus["folder"]]):
        r = cli(*args, "--store", store)
        assert "Traceback" not in r.stderr, (args, r.stderr[-600:])
        assert r.returncode == 2, (args, r.returncode)
        assert r.stderr.count("\n") == 1 and "[E203]" in r.stderr and str(store) in r.stderr, r.stderr
    # the failed writer let go of the lock
    fd = os.open(store / "newskg.lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    finally:
        os.close(fd)


def test_reader_of_a_store_being_written_is_told_to_wait_not_to_rebuild(tmp_path):
    """A writer holds the lock and RocksDB's files are not all there yet: E202 (wait), not E203 (rebuild)."""
    store = tmp_path / "store"
    store.mkdir()
    fd = os.open(store / "newskg.lock", os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a writer does
    os.write(fd, b"12345")
    (store / "IDENTITY").write_text("0c0c0c0c-rocksdb-identity\n")  # creation under way: no CURRENT yet
    try:
        r = cli("stats", "--store", store)
    finally:
        os.close(fd)
    assert "Traceback" not in r.stderr
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "[E202]" in r.stderr, r.stderr
