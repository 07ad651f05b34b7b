"""Where extraction runs: in this process (``local``) or on a dask cluster (``dask://HOST:PORT``).

Extraction is a pure function of one article (``newskg.ingest._build_batch``
turns a batch of articles into ``[(graph IRI, N-Triples, n_figures)]``), so
it can run on any machine that has newskg and its spaCy pipeline installed.
Only the text goes out and only N-Triples text comes back: the store stays
with the caller, which writes the graphs in input order.

A dask cluster for ``--executor dask://HOST:PORT``::

    dask scheduler --host HOST --port PORT          # on one machine
    dask worker tcp://HOST:PORT --nthreads 1        # on each worker, in a venv with newskg

(one thread per worker process: spaCy is CPU-bound and the GIL would
serialize the threads anyway). dask is imported only here, lazily: without
it, asking for a dask executor says ``pip install 'newskg[dask]'``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from newskg.errors import ConfigError

T = TypeVar("T")
R = TypeVar("R")
LOCAL = ("", "local")


def is_local(spec: Any) -> bool:
    return spec is None or (isinstance(spec, str) and spec.strip().lower() in LOCAL)


def dask_address(spec: str) -> str:
    """``dask://host:port`` → ``tcp://host:port`` (``tcp://``, ``tls://``, ``ws(s)://`` pass through)."""
    s = spec.strip()
    scheme, sep, rest = s.partition("://")
    scheme = scheme.lower()
    if sep and scheme in ("tcp", "tls", "ws", "wss", "inproc", "ucx") and rest:
        return s
    if sep and scheme == "dask" and rest.strip("/"):
        hostport = rest.strip("/")
        if ":" not in hostport.rsplit("]", 1)[-1]:
            hostport += ":8786"  # dask's default scheduler port
        return f"tcp://{hostport}"
    raise ConfigError("E301", name="executor", value=spec, reason="not local nor a dask scheduler address",
                      expected="local or dask://HOST:PORT")


def _distributed():
    try:
        import distributed
    except ImportError as exc:  # dask is an optional extra
        raise ConfigError("E303", what="the dask executor", reason=str(exc).splitlines()[0] if str(exc) else "dask") from exc
    return distributed


class DaskExecutor:
    """Runs functions on a dask cluster, results in input order, a bounded number in flight.

    ``executor`` is ``dask://HOST:PORT`` (or a scheduler address such as
    ``tcp://HOST:PORT``), or a ``distributed.Client`` the caller owns (then it
    is left open). ``max_in_flight`` defaults to twice the cluster's threads:
    enough to keep every worker busy while the caller writes, and a cap on
    the articles and graphs held in memory at once.
    """

    def __init__(self, executor: Any, *, max_in_flight: int | None = None, connect_timeout: float = 10.0) -> None:
        distributed = _distributed()
        if isinstance(executor, distributed.Client):
            self.client, self._own = executor, False
            self.address = str(getattr(executor.scheduler, "address", None) or executor)
        else:
            self.address = dask_address(str(executor))
            try:
                self.client = distributed.Client(self.address, timeout=connect_timeout, set_as_default=False)
            except (OSError, TimeoutError) as exc:
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise ConfigError("E304", location=self.address, reason=reason) from exc
            self._own = True
        if max_in_flight is None:
            try:
                threads = sum(self.client.nthreads().values())
            except Exception:  # a scheduler that will not say: a small default
                threads = 2
            max_in_flight = 2 * max(threads, 1)
        self.max_in_flight = max(1, int(max_in_flight))

    def imap(self, fn: Callable[[T], R], items: Iterable[T], *, tag: Callable[[T], Any] = lambda item: None) -> Iterator[tuple[Any, R]]:
        """``(tag(item), fn(item))`` for each item, in input order, at most ``max_in_flight`` pending.

        ``tag`` keeps something of each item on this side (the articles, to
        report them) without sending it back from the workers. A task that
        fails raises its exception here; the tasks still pending are cancelled.
        """
        pending: deque = deque()
        try:
            for item in items:
                pending.append((tag(item), self.client.submit(fn, item, pure=False)))
                while len(pending) >= self.max_in_flight:
                    t, fut = pending.popleft()
                    yield t, fut.result()
            while pending:
                t, fut = pending.popleft()
                yield t, fut.result()
        finally:
            if pending:
                self.client.cancel([f for _, f in pending])

    def close(self) -> None:
        if self._own:
            self.client.close()

    def __enter__(self) -> "DaskExecutor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def get_executor(spec: Any, **kw) -> DaskExecutor | None:
    """None for local execution, a ``DaskExecutor`` for ``dask://...`` or a ``distributed.Client``."""
    if is_local(spec):
        return None
    return DaskExecutor(spec, **kw)
