"""``newskg serve``: a read-only SPARQL 1.1 endpoint and linked-data pages over the store.

Routes
  ``/``                        a query page: the library's queries (queries/*.rq) ready to run
  ``/sparql``                  SPARQL 1.1 Protocol: GET ``?query=``, POST form ``query=``, POST
                               ``application/sparql-query``; ``default-graph-uri`` and
                               ``named-graph-uri`` are honoured
  ``/{path}``                  the resource ``{base}{path}``: HTML, Turtle or JSON-LD by the Accept
                               header (``/{path}.html|.ttl|.jsonld`` pick one), the same pages
                               ``newskg publish`` writes
  ``/ontology/index.html``     the ontology page (and ``/ontology/newskg.ttl``)

Results. SELECT and ASK: SPARQL JSON (default), XML, CSV or TSV by Accept (or
``format=json|xml|csv|tsv``). CONSTRUCT and DESCRIBE: Turtle (default),
N-Triples, JSON-LD or RDF/XML. Without ``default-graph-uri`` the default graph
is the union of all named graphs (the store's own default graph is empty), as
Oxigraph server's ``--union-default-graph`` does; ``GRAPH ?g`` works as usual.
The prefixes of the query library (nkg:, sem:, prov:, ...) are predeclared,
so a library query pasted into the page runs unchanged.

Limits and refusals
  * read-only: an ``update=`` parameter, an ``application/sparql-update`` body, or a query that
    contains an update operation (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY)
    gets 403; so does ``SERVICE``: Oxigraph would fetch the remote endpoint from this machine,
    which would let anyone make it send requests into your network. The store is also opened
    read-only, so even a query that slipped past the check could not write.
  * malformed query: 400 with the parser's message.
  * ``--timeout``: each query runs in a worker thread and the server stops waiting after the
    timeout (503). pyoxigraph cannot cancel a running query: the abandoned thread runs to its end
    and keeps a CPU busy meanwhile. At most ``max_running`` queries (abandoned ones included) run
    at once; beyond that requests get 503 at once, so runaway queries cannot pile up. Restart the
    server to reclaim a thread stuck in a query that never ends.
  * ``--limit``: at most that many result rows (or triples); when a result is cut, the response
    carries ``X-Newskg-Truncated: true`` and ``X-Newskg-Limit: N``.
  * request bodies and query strings over 1 MB: 413. (uvicorn's HTTP parser rejects request
    lines or headers over about 16 KB on its own; send long queries by POST.)
  * no file is ever served from a path in the URL: pages are rendered from the store and the few
    fixed files (query.js, the ontology) are fixed routes, so ``/../`` leads nowhere (404).
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from newskg.publish.render import (
    EXTENSIONS, Renderer, StoreSource, Vocab, describe, detect_base, jsonld, jsonld_context, resource_path, turtle,
)
from newskg.rdf.ids import DEFAULT_BASE
from newskg.resources import ontology_dir, ontology_file
from newskg.store import PREFIXES

MAX_BYTES = 1_000_000
TEMPLATES_DIR = Path(__file__).resolve().parent / "publish" / "templates"
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; "
                                "connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
                                "frame-ancestors 'none'"),
}
RESULT_FORMATS = {  # media type -> (pyoxigraph format, response media type)
    "application/sparql-results+json": ("json", "application/sparql-results+json"),
    "application/json": ("json", "application/sparql-results+json"),
    "application/sparql-results+xml": ("xml", "application/sparql-results+xml"),
    "application/xml": ("xml", "application/sparql-results+xml"),
    "text/xml": ("xml", "application/sparql-results+xml"),
    "text/csv": ("csv", "text/csv; charset=utf-8"),
    "text/tab-separated-values": ("tsv", "text/tab-separated-values; charset=utf-8"),
}
GRAPH_FORMATS = {
    "text/turtle": ("turtle", "text/turtle; charset=utf-8"),
    "application/x-turtle": ("turtle", "text/turtle; charset=utf-8"),
    "application/n-triples": ("ntriples", "application/n-triples"),
    "text/plain": ("ntriples", "application/n-triples"),
    "application/ld+json": ("jsonld", "application/ld+json"),
    "application/rdf+xml": ("rdfxml", "application/rdf+xml"),
}
FORMAT_PARAM = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle", "ttl": "text/turtle",
                "ntriples": "application/n-triples", "nt": "application/n-triples", "jsonld": "application/ld+json",
                "rdfxml": "application/rdf+xml"}
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/turtle": "ttl",
              "application/ld+json": "jsonld"}
EXT_KIND = {".html": "html", ".ttl": "ttl", ".jsonld": "jsonld"}

# Strings, IRIs and comments are blanked before looking for keywords, so "delete" in a literal is no update.
_LEXICAL = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                      r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*', re.S)
_UPDATE = re.compile(r"(?<![\w:?$@.-])(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)(?![\w:-])", re.I)
_SERVICE = re.compile(r"(?<![\w:?$@.-])SERVICE(?![\w:-])", re.I)


class Refused(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


def _strip(query: str) -> str:
    return _LEXICAL.sub(" ", query)


def update_keyword(query: str) -> str | None:
    """The first update operation in ``query`` (outside strings, IRIs and comments), or None."""
    m = _UPDATE.search(_strip(query))
    return m.group(1).upper() if m else None


def uses_service(query: str) -> bool:
    return _SERVICE.search(_strip(query)) is not None


def negotiate(accept: str | None, offers: list[str]) -> str | None:
    """The offer the Accept header prefers (q-values, specificity, then the order of ``offers``)."""
    if not accept or not accept.strip():
        return offers[0]
    ranges = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranges.append((media, q, i))
    best, best_key = None, None
    for rank, offer in enumerate(offers):
        otype = offer.partition("/")[0]
        match = None  # (specificity, q) of the most specific range that covers the offer
        for media, q, _i in ranges:
            if media == offer:
                spec = 2
            elif media == otype + "/*":
                spec = 1
            elif media == "*/*":
                spec = 0
            else:
                continue
            if match is None or spec > match[0]:
                match = (spec, q)
        if match is None or match[1] <= 0:
            continue
        key = (match[1], match[0], -rank)
        if best_key is None or key > best_key:
            best, best_key = offer, key
    return best


# --- query execution ----------------------------------------------------------------------

@dataclass
class Outcome:
    kind: str  # solutions | boolean | graph
    variables: list[str]
    rows: list
    boolean: bool = False
    truncated: bool = False


def execute(store: ox.Store, query: str, *, limit: int, default_graphs: list[str], named_graphs: list[str]) -> Outcome:
    kwargs: dict = {"prefixes": PREFIXES}
    if default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    else:
        kwargs["use_default_graph_as_union"] = True
    if named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    res = store.query(query, **kwargs)
    if isinstance(res, ox.QueryBoolean):
        return Outcome("boolean", [], [], boolean=bool(res))
    rows = []
    truncated = False
    if isinstance(res, ox.QuerySolutions):
        variables = [v.value for v in res.variables]
        for sol in res:
            if len(rows) >= limit:
                truncated = True
                break
            rows.append(tuple(sol[v] for v in variables))
        return Outcome("solutions", variables, rows, truncated=truncated)
    for t in res:
        if len(rows) >= limit:
            truncated = True
            break
        rows.append(t)
    return Outcome("graph", [], rows, truncated=truncated)


def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(t.subject), "predicate": _json_term(t.predicate),
                                            "object": _json_term(t.object)}}
    raise TypeError(type(t))


def results_json(outcome: Outcome) -> bytes:
    if outcome.kind == "boolean":
        return json.dumps({"head": {}, "boolean": outcome.boolean}).encode()
    bindings = [{v: _json_term(t) for v, t in zip(outcome.variables, row) if t is not None} for row in outcome.rows]
    return json.dumps({"head": {"vars": outcome.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode("utf-8")


def serialize_results(outcome: Outcome, fmt: str) -> bytes:
    """SELECT/ASK results: JSON written here (the rows may be cut), XML/CSV/TSV by pyoxigraph from it."""
    data = results_json(outcome)
    if fmt == "json":
        return data
    target = {"xml": ox.QueryResultsFormat.XML, "csv": ox.QueryResultsFormat.CSV,
              "tsv": ox.QueryResultsFormat.TSV}[fmt]
    return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(format=target)


def serialize_graph(triples: list[ox.Triple], fmt: str, context: dict) -> bytes:
    if fmt == "turtle":
        return turtle(triples)
    if fmt == "ntriples":
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    if fmt == "rdfxml":
        return ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES)
    return jsonld(triples, context)


class Runner:
    """Runs blocking work in daemon threads with a timeout and a cap on threads alive at once."""

    def __init__(self, max_running: int = 4) -> None:
        self.max_running = max_running
        self._slots = threading.BoundedSemaphore(max_running)

    async def run(self, fn, timeout: float):
        if not self._slots.acquire(blocking=False):
            raise Refused(503, f"the server is busy: {self.max_running} queries are running (some may be queries "
                               "that timed out and cannot be stopped). Try again later.", {"Retry-After": "10"})
        loop = asyncio.get_running_loop()
        fut = loop.create_future()

        def settle(result, error) -> None:
            if not fut.done():
                if error is not None:
                    fut.set_exception(error)
                else:
                    fut.set_result(result)

        def work() -> None:
            result, error = None, None
            try:
                result = fn()
            except BaseException as exc:  # handed to the waiting request
                error = exc
            finally:
                self._slots.release()
            try:
                loop.call_soon_threadsafe(settle, result, error)
            except RuntimeError:  # the loop is gone (server stopped)
                pass

        threading.Thread(target=work, name="newskg-query", daemon=True).start()
        try:
            return await asyncio.wait_for(fut, timeout)
        except asyncio.TimeoutError:
            raise Refused(503, f"the query ran longer than the {timeout:g} s timeout and was abandoned. "
                               "Make it more selective (add LIMIT, bind a subject or a graph), or ask the "
                               "administrator to raise --timeout.") from None


# --- the application ---------------------------------------------------------------------

class Service:
    def __init__(self, store, *, timeout: float = 10.0, limit: int = 10_000, base: str | None = None,
                 max_running: int = 4, title: str = "newskg knowledge graph") -> None:
        self.store = store  # an EmbeddedStore (read-only) or anything with .ox and .graph_names()
        self.ox: ox.Store = store.ox
        self.timeout, self.limit = timeout, limit
        self.base = base or detect_base(store.graph_names(), DEFAULT_BASE)
        self.runner = Runner(max_running)
        self.context = jsonld_context(ontology_dir())
        self.renderer = Renderer(StoreSource(self.ox, self.base), Vocab(ontology_file("newskg.ttl")),
                                 context=self.context, title=title, live=True)

    @cached_property
    def query_page(self) -> str:
        from newskg.queries import library

        queries = [{"name": q.name, "title": q.title, "doc": q.doc, "text": q.text} for q in library().values()]
        return self.renderer.env.get_template("query.html").render(
            **self.renderer.page_context("index.html"), title="SPARQL query", queries=queries,
            limit=self.limit, timeout=self.timeout, base=self.base)

    # --- /sparql ---
    async def sparql(self, request: Request) -> Response:
        try:
            query, default_graphs, named_graphs, fmt_param = await self._read_query(request)
            if query is None:
                if negotiate(request.headers.get("accept"), ["text/html", "application/sparql-results+json"]) == "text/html":
                    return RedirectResponse("/", status_code=303)
                raise Refused(400, "no query: give the SPARQL query as query=... (GET or form POST) or as an "
                                   "application/sparql-query body.")
            if len(query.encode("utf-8")) > MAX_BYTES:
                raise Refused(413, f"the query is larger than {MAX_BYTES} bytes.")
            op = update_keyword(query)
            if op:
                raise Refused(403, f"this endpoint is read-only: {op} is an update operation and is refused.")
            if uses_service(query):
                raise Refused(403, "federated queries (SERVICE) are disabled: the server would send requests to "
                                   "other hosts on your behalf.")
            accept = FORMAT_PARAM.get(fmt_param or "", None) or request.headers.get("accept")
            outcome = await self.runner.run(
                lambda: self._run(query, default_graphs, named_graphs, accept), self.timeout)
            body, media, truncated = outcome
            headers = {"Vary": "Accept", "Access-Control-Allow-Origin": "*"}
            if truncated:
                headers.update({"X-Newskg-Truncated": "true", "X-Newskg-Limit": str(self.limit)})
            return Response(body, media_type=media, headers=headers)
        except Refused as exc:
            return PlainTextResponse(exc.message + "\n", status_code=exc.status, headers=exc.headers)

    async def _read_query(self, request: Request):
        params = {k: request.query_params.getlist(k) for k in request.query_params.keys()}
        if "update" in params or "using-graph-uri" in params or "using-named-graph-uri" in params:
            raise Refused(403, "this endpoint is read-only: SPARQL updates are refused.")
        query = params.get("query", [None])[0]
        if request.method == "POST":
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            body = await read_body(request)
            if ctype == "application/sparql-update":
                raise Refused(403, "this endpoint is read-only: SPARQL updates are refused.")
            if ctype == "application/x-www-form-urlencoded":
                try:
                    form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False,
                                    max_num_fields=1000)
                except (UnicodeDecodeError, ValueError) as exc:
                    raise Refused(400, f"the form could not be read: {exc}") from None
                if "update" in form:
                    raise Refused(403, "this endpoint is read-only: SPARQL updates are refused.")
                for k, v in form.items():
                    params.setdefault(k, []).extend(v)
                query = form.get("query", [query])[0]
            elif ctype == "application/sparql-query":
                try:
                    query = body.decode("utf-8")
                except UnicodeDecodeError:
                    raise Refused(400, "the query is not UTF-8 text.") from None
            else:
                raise Refused(415, "POST the query as application/x-www-form-urlencoded (query=...) or as "
                                   "application/sparql-query.")
        return (query, params.get("default-graph-uri", []), params.get("named-graph-uri", []),
                (params.get("format") or [None])[0])

    def _run(self, query, default_graphs, named_graphs, accept):
        try:
            outcome = execute(self.ox, query, limit=self.limit, default_graphs=default_graphs, named_graphs=named_graphs)
        except SyntaxError as exc:
            raise Refused(400, f"malformed query: {exc}") from None
        except (OSError, ValueError, TypeError, RuntimeError) as exc:
            raise Refused(400, f"the query failed: {exc}") from None
        if outcome.kind == "graph":
            offer = negotiate(accept, ["text/turtle", "application/n-triples", "application/ld+json",
                                       "application/rdf+xml", "text/plain", "application/x-turtle"])
            if offer is None:
                raise Refused(406, "CONSTRUCT and DESCRIBE results come as text/turtle, application/n-triples, "
                                   "application/ld+json or application/rdf+xml.")
            fmt, media = GRAPH_FORMATS[offer]
            return serialize_graph(outcome.rows, fmt, self.context), media, outcome.truncated
        offer = negotiate(accept, ["application/sparql-results+json", "application/sparql-results+xml",
                                   "text/csv", "text/tab-separated-values", "application/json", "application/xml",
                                   "text/xml"])
        if offer is None:
            raise Refused(406, "SELECT and ASK results come as application/sparql-results+json, "
                               "application/sparql-results+xml, text/csv or text/tab-separated-values.")
        fmt, media = RESULT_FORMATS[offer]
        return serialize_results(outcome, fmt), media, outcome.truncated

    # --- pages ---
    async def home(self, request: Request) -> Response:
        return HTMLResponse(self.query_page)

    async def resource(self, request: Request) -> Response:
        path: str = request.path_params.get("path", "")
        if path == "index.html":
            return RedirectResponse("/", status_code=301)
        if path == "ontology/index.html" or path == "ontology/" or path == "ontology":
            return HTMLResponse(self.renderer.ontology_html())
        if path == "ontology/newskg.ttl":
            return FileResponse(ontology_file("newskg.ttl"), media_type="text/turtle; charset=utf-8")
        if path == "_static/query.js":
            return FileResponse(TEMPLATES_DIR / "query.js", media_type="text/javascript; charset=utf-8")
        kind = None
        for ext in EXTENSIONS:
            if path.endswith(ext) and resource_path(self.base + path[: -len(ext)], self.base):
                path, kind = path[: -len(ext)], EXT_KIND[ext]
                break
        iri = self.base + path
        if resource_path(iri, self.base) is None:
            return PlainTextResponse("not found\n", status_code=404)
        if kind is None:
            offer = negotiate(request.headers.get("accept"), list(PAGE_TYPES)) or "text/html"
            kind = PAGE_TYPES[offer]
        try:
            result = await self.runner.run(lambda: self._render(iri, kind), self.timeout)
        except Refused as exc:
            return PlainTextResponse(exc.message + "\n", status_code=exc.status, headers=exc.headers)
        if result is None:
            return PlainTextResponse("not found\n", status_code=404)
        body, media = result
        return Response(body, media_type=media, headers={"Vary": "Accept", "Access-Control-Allow-Origin": "*",
                                                         "Link": f'<{iri}>; rel="canonical"'})

    def _render(self, iri: str, kind: str):
        desc = describe(self.renderer.source, iri)
        if desc is None:
            return None
        if kind == "ttl":
            return self.renderer.turtle(desc), "text/turtle; charset=utf-8"
        if kind == "jsonld":
            return self.renderer.jsonld(desc), "application/ld+json"
        return self.renderer.html(desc).encode("utf-8"), "text/html; charset=utf-8"


async def read_body(request: Request) -> bytes:
    """The request body, or 413 as soon as it passes MAX_BYTES (whatever Content-Length says)."""
    length = request.headers.get("content-length")
    if length is not None:
        try:
            if int(length) > MAX_BYTES:
                raise Refused(413, f"the request body is larger than {MAX_BYTES} bytes.")
        except ValueError:
            raise Refused(400, "bad Content-Length.") from None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BYTES:
            raise Refused(413, f"the request body is larger than {MAX_BYTES} bytes.")
        chunks.append(chunk)
    return b"".join(chunks)


class _Guard:
    """ASGI middleware: 413 for oversized requests before any route reads them; security headers on every response."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        too_big = len(scope.get("query_string", b"")) > MAX_BYTES
        if length is not None:
            try:
                too_big = too_big or int(length) > MAX_BYTES
            except ValueError:
                pass
        if too_big:
            resp = PlainTextResponse(f"the request is larger than {MAX_BYTES} bytes.\n", status_code=413,
                                     headers={"Connection": "close"})
            return await resp(scope, receive, self._with_headers(send))
        return await self.app(scope, receive, self._with_headers(send))

    @staticmethod
    def _with_headers(send):
        async def wrapped(message):
            if message["type"] == "http.response.start":
                hs = list(message.get("headers", []))
                present = {k.lower() for k, _ in hs}
                for k, v in SECURITY_HEADERS.items():
                    if k.lower().encode() not in present:
                        hs.append((k.lower().encode(), v.encode()))
                message = {**message, "headers": hs}
            await send(message)
        return wrapped


def create_app(store, **options) -> Starlette:
    """The ASGI app over an open (read-only) store; options as ``Service``."""
    service = Service(store, **options)
    routes = [
        Route("/", service.home, methods=["GET"]),
        Route("/sparql", service.sparql, methods=["GET", "POST"]),
        Route("/{path:path}", service.resource, methods=["GET"]),
    ]
    app = Starlette(routes=routes)
    app.state.service = service
    return _Guard(app)


def run(store, *, host: str = "127.0.0.1", port: int = 8080, log_level: str = "info", **options) -> None:
    import uvicorn

    uvicorn.run(create_app(store, **options), host=host, port=port, log_level=log_level,
                limit_concurrency=64, timeout_keep_alive=5, server_header=False)
