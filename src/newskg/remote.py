"""The store on a SPARQL 1.1 server: the same interface as ``EmbeddedStore``, over HTTP.

``open_store("http://...")`` returns a ``RemoteStore``, so every command runs
unchanged against Oxigraph server, Apache Jena Fuseki, Virtuoso, GraphDB or
Neptune: reads go through the SPARQL 1.1 Protocol (results as SPARQL JSON),
writes through the Graph Store Protocol where the server has one (replacing
an article's graph is one ``PUT``, atomic on the server) and SPARQL 1.1 Update
otherwise.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit, urlunsplit

import httpx
import pyoxigraph as ox
from rdflib import Graph, URIRef

from newskg.errors import StoreError
from newskg.store import PREFIXES

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
N_QUADS = "application/n-quads"
_PREFIX_DECL = re.compile(r"(?im)^\s*PREFIX\s+([A-Za-z][\w.-]*)?\s*:")
_DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=10.0)
_NO_GSP = (404, 405, 415)  # statuses that mean "no Graph Store endpoint here"


# --- results with the shape of pyoxigraph's ----------------------------------------------
class RemoteSolution:
    """One row of a SELECT: ``sol["x"]`` (or ``sol[0]``) is a pyoxigraph term, None when unbound."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: list[Any]) -> None:
        self._index = index
        self._values = values

    def __getitem__(self, key) -> Any:
        if isinstance(key, int):
            return self._values[key]
        name = key.value if isinstance(key, ox.Variable) else str(key).lstrip("?$")
        try:
            return self._values[self._index[name]]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"<RemoteSolution {dict(zip(self._index, self._values))}>"


class RemoteSolutions:
    """SELECT results: ``.variables`` (pyoxigraph ``Variable``s) and an iterable of solutions."""

    def __init__(self, variables: list[str], solutions: list[RemoteSolution]) -> None:
        self.variables = [ox.Variable(v) for v in variables]
        self._solutions = solutions

    def __iter__(self) -> Iterator[RemoteSolution]:
        return iter(self._solutions)

    def __len__(self) -> int:
        return len(self._solutions)


class RemoteBoolean:
    """ASK result: truthy like pyoxigraph's ``QueryBoolean``."""

    def __init__(self, value: bool) -> None:
        self.value = bool(value)

    def __bool__(self) -> bool:
        return self.value

    def __repr__(self) -> str:
        return f"<RemoteBoolean {self.value}>"


def _term(t: dict[str, Any] | None, bnodes: dict[str, ox.BlankNode]):
    """A SPARQL JSON term as the pyoxigraph term the embedded store would give."""
    if t is None:
        return None
    kind, value = t.get("type"), t.get("value")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in t:
            return ox.Literal(value, language=t["xml:lang"])
        if "datatype" in t:
            return ox.Literal(value, datatype=ox.NamedNode(t["datatype"]))
        return ox.Literal(value)
    if kind == "bnode":
        if value not in bnodes:
            try:
                bnodes[value] = ox.BlankNode(value)
            except ValueError:  # an id pyoxigraph will not take: a fresh one, stable in this result
                bnodes[value] = ox.BlankNode()
        return bnodes[value]
    if kind == "triple":  # RDF-star / SPARQL 1.2
        v = value or {}
        return ox.Triple(_term(v.get("subject"), bnodes), _term(v.get("predicate"), bnodes), _term(v.get("object"), bnodes))
    raise ValueError(f"unknown term type {kind!r} in SPARQL JSON results")


def parse_results_json(data: bytes | str) -> RemoteSolutions | RemoteBoolean:
    """SPARQL 1.1 Query Results JSON → solutions or a boolean."""
    doc = json.loads(data)
    if "boolean" in doc:
        return RemoteBoolean(doc["boolean"])
    variables = list(doc.get("head", {}).get("vars", []))
    index = {v: i for i, v in enumerate(variables)}
    bnodes: dict[str, ox.BlankNode] = {}
    rows = []
    for binding in doc.get("results", {}).get("bindings", []):
        rows.append(RemoteSolution(index, [_term(binding.get(v), bnodes) for v in variables]))
    return RemoteSolutions(variables, rows)


_LATERAL_OPTIONAL = re.compile(r"\bLATERAL\s*\{\s*OPTIONAL\b", re.IGNORECASE)


def _close_brace(text: str, i: int) -> int:
    """Index just past the brace that closes the one at ``text[i]`` (quoted strings skipped)."""
    depth, quote = 0, None
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced braces in the query")


def sparql11(sparql: str) -> str:
    """The query with each ``LATERAL { OPTIONAL { P } }`` written ``OPTIONAL { P }``.

    The query library wraps OPTIONALs in LATERAL so that Oxigraph looks each
    row's value up instead of joining with every claim in the store. For a
    plain pattern whose shared variables are bound by the rows before it, both
    forms give the same rows; a SPARQL 1.1 server (Virtuoso, GraphDB) only
    accepts the second.
    """
    out, pos = [], 0
    for m in _LATERAL_OPTIONAL.finditer(sparql):
        if m.start() < pos:
            continue
        outer = sparql.index("{", m.start())
        end = _close_brace(sparql, outer)
        inner = sparql[outer + 1:end - 1].strip()
        out.append(sparql[pos:m.start()])
        out.append(inner)
        pos = end
    out.append(sparql[pos:])
    return "".join(out)


def with_prefixes(sparql: str) -> str:
    """The query with newskg's PREFIX lines added for the prefixes it does not declare itself.

    The embedded store hands the same prefixes to Oxigraph as defaults; a
    server only knows what is in the query text.
    """
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(sparql)}
    missing = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items() if k not in declared)
    return missing + sparql


# --- endpoints ------------------------------------------------------------------------------
def endpoints(url: str) -> tuple[str, str, str | None, str]:
    """(query URL, update URL, Graph Store URL or None, display location) for ``url``.

    See ``RemoteStore`` for the conventions.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError("E205", location=url, reason="not an http(s) URL with a host")
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if parts.port:
        netloc += f":{parts.port}"
    base = urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    root = base.rstrip("/") + "/"
    explicit = {k: v for k, v in params.items() if k in ("query", "update", "store")}
    if explicit:
        if "query" not in explicit:
            raise StoreError("E205", location=url, reason="an explicit endpoint URL needs ?query=")
        q = urljoin(root, explicit["query"])
        u = urljoin(root, explicit.get("update") or explicit["query"])
        s = explicit.get("store")
        gsp = urljoin(root, s) if s and s.lower() != "none" else None
    elif parts.path.strip("/"):  # Fuseki: http://host:3030/ds
        q, u, gsp = root + "query", root + "update", root + "data"
    else:  # Oxigraph server: http://host:7878
        q, u, gsp = root + "query", root + "update", root + "store"
    return q, u, gsp, base


class RemoteStore:
    """A dataset on a SPARQL 1.1 server, with ``EmbeddedStore``'s interface.

    Endpoints come from the URL:

    - ``http://host:7878`` (no path: Oxigraph server): queries ``/query``,
      updates ``/update``, Graph Store ``/store``.
    - ``http://host:3030/ds`` (a path: Fuseki's dataset URL): ``/ds/query``,
      ``/ds/update``, Graph Store ``/ds/data``.
    - Any other server: name them in the query string, relative to the URL or
      absolute: ``http://host/x?query=/sparql&update=/sparql/update&store=/rdf-graph-store``.
      Without ``store=`` (or with ``store=none``) graphs are written with
      SPARQL Update (``DROP SILENT GRAPH``; ``INSERT DATA`` in one request).

    A Graph Store endpoint that answers 404/405/415 is dropped and SPARQL
    Update used instead. ``user:password@`` in the URL is sent as HTTP basic
    auth (and never shown in messages). ``read_only=True`` refuses every
    write with E206. The server is asked ``ASK {}`` on opening, so a wrong
    URL or a server that is down fails at once with a one-line ``StoreError``.
    """

    def __init__(self, url: str, *, read_only: bool = False, timeout: float | httpx.Timeout | None = None,
                 check: bool = True, client: httpx.Client | None = None) -> None:
        self.url = url
        self.read_only = read_only
        self.query_url, self.update_url, self.store_url, self.location = endpoints(url)
        parts = urlsplit(url)
        auth = (unquote(parts.username), unquote(parts.password or "")) if parts.username else None
        self._own_client = client is None
        self._http = client or httpx.Client(timeout=timeout or _DEFAULT_TIMEOUT, auth=auth,
                                            headers={"User-Agent": "newskg"})
        if check:
            try:
                self.ask("ASK {}")
            except Exception:
                self.close()
                raise

    # --- plumbing ---------------------------------------------------------------------
    def _request(self, method: str, url: str, what: str, **kw) -> httpx.Response:
        try:
            resp = self._http.request(method, url, **kw)
        except httpx.TimeoutException as exc:
            raise StoreError("E205", location=self.location, reason=f"timed out ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:  # refused, DNS, reset...
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise StoreError("E205", location=self.location, reason=reason) from exc
        if resp.status_code >= 400:
            raise StoreError("E204", location=self.location, value=f"HTTP {resp.status_code} {resp.reason_phrase}".strip(),
                             reason=_reason(resp), what=what, status=resp.status_code)
        return resp

    def _writable(self, what: str) -> None:
        if self.read_only:
            raise StoreError("E206", location=self.location, what=what)
        if self._http is None:
            raise StoreError("E205", location=self.location, reason="the store was closed")

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update on the server (one request: one transaction on Oxigraph/Fuseki)."""
        self._writable("run a SPARQL update")
        self._request("POST", self.update_url, "SPARQL update", data={"update": sparql})

    def close(self) -> None:
        if self._http is not None and self._own_client:
            self._http.close()
        self._http = None  # type: ignore[assignment]

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r}, read_only={self.read_only})"

    # --- writing ----------------------------------------------------------------------
    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        """Atomically make the named graph ``name`` hold exactly ``graph``."""
        self.replace_graph_nt(str(name), graph.serialize(format="nt"))

    def replace_graph_nt(self, name: str, ntriples: str) -> None:
        self._writable(f"replace graph <{name}>")
        if not ntriples.strip():
            self.remove_graph(name)  # as embedded: an empty graph is no graph
            return
        if self.store_url is not None:
            try:
                self._request("PUT", self.store_url, "Graph Store PUT of N-Triples", params={"graph": str(name)},
                              content=ntriples.encode("utf-8"), headers={"Content-Type": N_TRIPLES})
                return
            except StoreError as exc:
                if _status(exc) not in _NO_GSP:
                    raise
                self.store_url = None  # this server has no Graph Store endpoint there: use SPARQL Update
        self.update(f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{ntriples}\n}} }}")

    def remove_graph(self, name: URIRef | str) -> None:
        self._writable(f"remove graph <{name}>")
        self.update(f"DROP SILENT GRAPH <{name}>")

    def load_quads_nq(self, nquads: str) -> None:
        """Add N-Quads to the dataset (one POST to the Graph Store, or one INSERT DATA)."""
        self._writable("load quads")
        if not nquads.strip():
            return
        if self.store_url is not None:
            try:
                self._request("POST", self.store_url, "Graph Store POST of N-Quads",
                              content=nquads.encode("utf-8"), headers={"Content-Type": N_QUADS})
                return
            except StoreError as exc:
                if _status(exc) not in (400, *_NO_GSP):  # 400: this Graph Store takes triples only
                    raise
        self.update("INSERT DATA {\n" + _quads_as_update_data(nquads) + "\n}")

    def flush(self) -> None:
        """Nothing to do: the server manages its own memory."""

    # --- reading ----------------------------------------------------------------------
    def _post_query(self, sparql: str, accept: str) -> httpx.Response:
        if self._http is None:
            raise StoreError("E205", location=self.location, reason="the store was closed")
        return self._request("POST", self.query_url, "SPARQL query", data={"query": with_prefixes(sparql)},
                             headers={"Accept": accept})

    def query(self, sparql: str):
        """SELECT → ``RemoteSolutions``; ASK → ``RemoteBoolean``; CONSTRUCT/DESCRIBE → list of ``pyoxigraph.Triple``."""
        accept = f"{RESULTS_JSON}, {N_TRIPLES};q=0.9, text/turtle;q=0.8"
        try:
            resp = self._post_query(sparql, accept)
        except StoreError as exc:
            if exc.fields.get("status") != 400 or not _LATERAL_OPTIONAL.search(sparql):
                raise
            resp = self._post_query(sparql11(sparql), accept)  # a SPARQL 1.1 server: same rows without LATERAL
        ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype in (RESULTS_JSON, "application/json"):
            return parse_results_json(resp.content)
        fmt = {N_TRIPLES: ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
               "text/turtle": ox.RdfFormat.TURTLE}.get(ctype)
        if fmt is None:
            raise StoreError("E204", location=self.location, value=f"HTTP {resp.status_code}",
                             reason=f"unexpected content type {ctype or 'none'!r}", what="query (expected SPARQL JSON results or N-Triples back)")
        return [q.triple for q in ox.parse(resp.content, format=fmt)]

    def select(self, sparql: str) -> list[dict[str, str | None]]:
        """Rows of a SELECT as dicts of plain strings (None when unbound)."""
        res = self.query(sparql)
        names = [v.value for v in res.variables]
        return [{n: (sol[n].value if sol[n] is not None else None) for n in names} for sol in res]

    def select_iter(self, sparql: str) -> Iterator[dict[str, str | None]]:
        """As ``select`` (the server sends the whole result anyway)."""
        return iter(self.select(sparql))

    def ask(self, sparql: str) -> bool:
        return bool(self.query(sparql))

    def graph_names(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"] for r in rows if r["g"])

    def graph_ntriples(self, name: str) -> str:
        """The named graph ``name`` as N-Triples text ("" when it is empty or missing)."""
        resp = self._post_query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}", N_TRIPLES)
        ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype in (N_TRIPLES, "text/plain", ""):
            return resp.text
        fmt = ox.RdfFormat.TURTLE if ctype == "text/turtle" else ox.RdfFormat.RDF_XML
        return ox.serialize((q.triple for q in ox.parse(resp.content, format=fmt)), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        return int(rows[0]["n"]) if rows and rows[0]["n"] is not None else 0

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the dataset (default graph and named graphs), as pyoxigraph ``Quad``s."""
        res = self.query("SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        for sol in res:
            g = sol["g"]
            yield ox.Quad(sol["s"], sol["p"], sol["o"], g if g is not None else ox.DefaultGraph())

    def dump(self, path: str | os.PathLike, fmt: str = "trig") -> None:
        fmts = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "nquads": ox.RdfFormat.N_QUADS}
        ox.serialize(self.quads(), str(Path(path)), format=fmts[fmt])


def _reason(resp: httpx.Response) -> str:
    """The first non-empty line of the server's error body, short."""
    try:
        text = resp.text
    except Exception:  # undecodable body
        text = ""
    for line in text.splitlines():
        line = re.sub(r"<[^>]+>", " ", line).strip()  # HTML error pages
        if line:
            return line[:300]
    return resp.reason_phrase or "no reason given"


def _status(exc: StoreError) -> int | None:
    """The HTTP status of an E204 error."""
    return exc.fields.get("status") if exc.code == "E204" else None


def _quads_as_update_data(nquads: str) -> str:
    """N-Quads as the body of INSERT DATA: default-graph triples, then one GRAPH block per graph."""
    by_graph: dict[Any, list[ox.Triple]] = {}
    for q in ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS):
        by_graph.setdefault(q.graph_name, []).append(q.triple)
    parts = []
    for g, triples in by_graph.items():
        nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        parts.append(nt if isinstance(g, ox.DefaultGraph) else f"GRAPH {g} {{\n{nt}}}")
    return "\n".join(parts)
