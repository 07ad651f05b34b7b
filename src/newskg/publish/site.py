"""Write the static linked-data site: resource pages, index, VoID/DCAT, dumps, ontology page, nginx snippet.

Layout of ``DIR`` (``{base}`` is the published base IRI)::

    index.html                 dataset overview (classes, articles, events, conflicts)
    void.ttl                   VoID + DCAT description; the dataset is <{base}void.ttl#dataset>
    dump.trig, dump.nq.gz      the whole store (all named graphs), IRIs rewritten to {base}
    ontology/index.html        the ontology for people; ontology/newskg.ttl (+ context.jsonld)
    _list/<class>.html         every resource of one class
    nginx.conf                 content negotiation for the layout below
    <path>.html|.ttl|.jsonld   one resource: IRI {base}<path> (see newskg.publish.render)
    .newskg-site               marks the folder as a site newskg may replace

The site is written into a temporary folder next to ``DIR`` and renamed into
place at the end: a failed publish leaves the previous site (or nothing),
never half a site. A non-empty ``DIR`` that is not a newskg site is never
replaced.

Memory: the store's quads are read once and indexed in memory (subject and
object), about 1 KB per quad in Python objects; a few million quads fit on
an ordinary machine.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox

from newskg import __version__
from newskg.publish.render import (
    NKG, RDF, SCHEMA, SEM, MemorySource, Renderer, Rewriter, Vocab, bounds, curie, describe, detect_base,
    jsonld_context, rebase_context,
)
from newskg.rdf.ids import DEFAULT_BASE
from newskg.resources import ontology_dir, ontology_file
from newskg.store import PREFIXES

MARKER = ".newskg-site"
DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
RIGHTS = ("The graph (claims, figures, links) is published under the licence above. Article texts and quotes "
          "remain the property of their publishers and are included for verification.")
Progress = Callable[[int, int, str], None]


class PublishError(Exception):
    """Publishing cannot start or finish; the message says what to do."""


@dataclass
class PublishReport:
    out_dir: Path
    base: str
    store_base: str
    pages: int = 0
    quads: int = 0
    triples: int = 0
    subjects: int = 0
    graphs: int = 0
    skipped: list[str] = field(default_factory=list)  # IRIs under the base that got no page (odd paths)


def normalize_base(base: str) -> str:
    if not base.startswith(("http://", "https://")):
        raise PublishError(f"--base {base!r} is not an http(s) IRI. Fix: give the address the site will live at, "
                           "e.g. --base https://example.org/kg/")
    return base if base.endswith(("/", "#")) else base + "/"


def _check_target(out_dir: Path) -> None:
    if out_dir.exists():
        if not out_dir.is_dir():
            raise PublishError(f"{out_dir} exists and is not a folder. Fix: choose another output folder.")
        if any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
            raise PublishError(f"{out_dir} is not empty and is not a site newskg published, so it is left alone. "
                               "Fix: choose a new or empty folder.")


def publish(store, out_dir: str | os.PathLike, *, base: str | None = None, store_base: str | None = None,
            endpoint: str | None = None, license: str = DEFAULT_LICENSE, title: str = "newskg knowledge graph",
            progress: Progress | None = None) -> PublishReport:
    """Write the site for ``store`` into ``out_dir`` (replacing a previous newskg site there)."""
    out_dir = Path(out_dir).resolve()
    store_base = normalize_base(store_base or detect_base(store.graph_names(), DEFAULT_BASE))
    base = normalize_base(base or store_base)
    _check_target(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.publishing-", dir=out_dir.parent))
    try:
        report = _write_site(store, tmp, base=base, store_base=store_base, endpoint=endpoint, license=license,
                             title=title, progress=progress, final_dir=out_dir)
        report.out_dir = out_dir
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it 0700: a web server could not read it
        _swap(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return report


def _swap(tmp: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        tmp.rename(out_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
    old.rmdir()
    out_dir.rename(old)
    try:
        tmp.rename(out_dir)
    except OSError:
        old.rename(out_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)


def _list_name(class_iri: str) -> str:
    return "_list/" + re.sub(r"[^A-Za-z0-9_-]+", "-", curie(class_iri)).strip("-") + ".html"


def _write_site(store, out: Path, *, base, store_base, endpoint, license, title, progress, final_dir) -> PublishReport:
    report = PublishReport(out, base, store_base)
    rewriter = Rewriter(store_base, base)
    quads = list(rewriter.quads(store.quads()))
    source = MemorySource(quads, base)
    vocab = Vocab(ontology_file("newskg.ttl"))
    context = rebase_context(jsonld_context(ontology_dir()), store_base, base)
    renderer = Renderer(source, vocab, context=context, title=title, endpoint=endpoint)

    report.quads = len(quads)
    report.graphs = len({q.graph_name for q in quads})
    subjects = sorted((s for s in source.subjects() if isinstance(s, ox.NamedNode)), key=lambda s: s.value)
    report.subjects = len(subjects) + sum(1 for s in source.subjects() if not isinstance(s, ox.NamedNode))
    pages = [s for s in subjects if source.has_page(s.value)]
    report.skipped = [s.value for s in subjects if s.value.startswith(base) and not source.has_page(s.value)
                      and s.value != base]

    total = len(pages) + 6
    done = 0
    for node in pages:
        desc = describe(source, node.value)
        stem = out / desc.path
        _write(stem.with_name(stem.name + ".html"), renderer.html(desc))
        _write(stem.with_name(stem.name + ".ttl"), renderer.turtle(desc))
        _write(stem.with_name(stem.name + ".jsonld"), renderer.jsonld(desc))
        done += 1
        if progress and (done % 25 == 0 or done == len(pages)):
            progress(done, total, "pages")
    report.pages = len(pages)

    # dumps first: the VoID description gives their sizes
    ox.serialize(quads, str(out / "dump.trig"), ox.RdfFormat.TRIG, prefixes=PREFIXES)
    with gzip.open(out / "dump.nq.gz", "wb", compresslevel=6) as fh:
        ox.serialize(quads, fh, ox.RdfFormat.N_QUADS)
    done += 1
    progress and progress(done, total, "dumps")

    stats = _statistics(source, pages, renderer)
    report.triples = stats["triples"]
    _write_lists(out, renderer, stats)
    done += 1
    progress and progress(done, total, "class lists")

    _write(out / "void.ttl", _void(base, stats, report, endpoint, license, title, out))
    done += 1
    progress and progress(done, total, "void.ttl")

    _write(out / "index.html", _index(renderer, stats, report, endpoint, license))
    done += 1
    progress and progress(done, total, "index.html")

    (out / "ontology").mkdir(exist_ok=True)
    _write(out / "ontology" / "index.html", renderer.ontology_html())
    shutil.copyfile(ontology_file("newskg.ttl"), out / "ontology" / "newskg.ttl")
    if (ontology_dir() / "context.jsonld").exists():
        shutil.copyfile(ontology_dir() / "context.jsonld", out / "ontology" / "context.jsonld")
    done += 1
    progress and progress(done, total, "ontology")

    _write(out / "nginx.conf", nginx_conf(base, str(final_dir)))
    _write(out / MARKER, f"newskg {__version__} site for {base}\n")
    done += 1
    progress and progress(done, total, "done")
    return report


def _statistics(source: MemorySource, pages: list[ox.NamedNode], renderer: Renderer) -> dict:
    triples = 0
    objects: set = set()
    properties: Counter = Counter()
    classes: dict[str, list[ox.NamedNode]] = {}
    subjects = 0
    for s in source.subjects():
        subjects += 1
        distinct = set((p, o) for p, o, _ in source.outgoing(s))
        triples += len(distinct)
        for p, o in distinct:
            objects.add(o)
            properties[p.value] += 1
            if p.value == RDF + "type" and isinstance(o, ox.NamedNode) and isinstance(s, ox.NamedNode) \
                    and source.has_page(s.value):
                classes.setdefault(o.value, []).append(s)
    return {"triples": triples, "subjects": subjects, "objects": len(objects), "properties": properties,
            "classes": classes, "pages": pages}


def _write_lists(out: Path, renderer: Renderer, stats: dict) -> None:
    for cls, members in stats["classes"].items():
        path = _list_name(cls)
        rows = [renderer.term(m, path) for m in members]
        rows.sort(key=lambda r: r["text"].lower())
        html = renderer.env.get_template("list.html").render(
            **renderer.page_context(path), title=renderer.label(cls), cls=renderer.term(ox.NamedNode(cls), path),
            rows=rows)
        _write(out / path, html)


def _index(renderer: Renderer, stats: dict, report: PublishReport, endpoint, license) -> str:
    path = "index.html"
    src = renderer.source
    classes = [{"term": renderer.term(ox.NamedNode(c), path), "count": len(m), "href": _list_name(c)}
               for c, m in sorted(stats["classes"].items(), key=lambda kv: (-len(kv[1]), curie(kv[0])))]
    by_class = stats["classes"]
    articles = []
    for a in by_class.get(SCHEMA + "NewsArticle", []):
        claims = [s for s, _p in src.incoming(a, "http://www.w3.org/ns/prov#wasDerivedFrom")[0]
                  if NKG + "FigureClaim" in renderer.types(s)]
        articles.append({"article": renderer.term(a, path), "published": renderer.text(a, SCHEMA + "datePublished"),
                         "identifier": renderer.text(a, "http://purl.org/dc/terms/identifier"),
                         "publisher": renderer.link(renderer.value(a, SCHEMA + "publisher"), path),
                         "claims": len(claims)})
    articles.sort(key=lambda r: (r["published"] or "9999", r["article"]["text"].lower()))
    resolved = {o for s in src.subjects() for p, o, _ in src.outgoing(s) if p.value == NKG + "resolvedTo"}
    events = [e for e in by_class.get(SEM + "Event", []) if e in resolved] or by_class.get(SEM + "Event", [])
    event_rows = [{"event": renderer.term(e, path), "date": renderer.text(e, SEM + "hasTimeStamp"),
                   "place": renderer.link(renderer.value(e, SEM + "hasPlace"), path)} for e in events]
    event_rows.sort(key=lambda r: (r["date"] or "", r["event"]["text"].lower()))
    conflicts = []
    for c in by_class.get(NKG + "Conflict", []):
        first, second = renderer.value(c, NKG + "firstClaim"), renderer.value(c, NKG + "secondClaim")
        conflicts.append({
            "conflict": renderer.term(c, path), "kind": renderer.link(renderer.value(c, NKG + "conflictKind"), path),
            "variable": renderer.link(renderer.value(c, NKG + "onVariable"), path),
            "first": renderer.link(first, path), "second": renderer.link(second, path),
            "first_bounds": bounds(renderer.text(first, NKG + "minValue"), renderer.text(first, NKG + "maxValue")) if first else "",
            "second_bounds": bounds(renderer.text(second, NKG + "minValue"), renderer.text(second, NKG + "maxValue")) if second else "",
        })
    conflicts.sort(key=lambda r: r["variable"]["text"].lower() if r["variable"] else "")
    return renderer.env.get_template("index.html").render(
        **renderer.page_context(path), title="Dataset", base=report.base, report=report, stats=stats,
        classes=classes, articles=articles, events=event_rows, conflicts=conflicts, license=license,
        corroborations=len(by_class.get(NKG + "Corroboration", [])),
        corroboration_href=_list_name(NKG + "Corroboration"), version=__version__,
        dump_sizes={n: (report.out_dir / n).stat().st_size for n in ("dump.trig", "dump.nq.gz")})


def _void(base: str, stats: dict, report: PublishReport, endpoint, license, title, out: Path) -> bytes:
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCAT, DCTERMS, RDF as R, RDFS, VOID, XSD

    g = Graph()
    for k, v in {"void": VOID, "dcat": DCAT, "dcterms": DCTERMS, "xsd": XSD, "rdfs": RDFS}.items():
        g.bind(k, v)
    IANA = Namespace("http://www.iana.org/assignments/media-types/")
    ds = URIRef(base + "void.ttl#dataset")
    lic = URIRef(license)
    g.add((ds, R.type, VOID.Dataset))
    g.add((ds, R.type, DCAT.Dataset))
    g.add((ds, DCTERMS.title, Literal(title, lang="en")))
    g.add((ds, DCTERMS.description, Literal(
        "Figures reported in news articles (deaths, injuries, arrests, ...) as claims with their claimant, source "
        "article and exact quote; the events they are about; and the conflicts and corroborations between "
        "sources. Made with newskg.", lang="en")))
    g.add((ds, DCTERMS.license, lic))
    g.add((ds, DCTERMS.rights, Literal(RIGHTS, lang="en")))
    g.add((ds, DCTERMS.modified, Literal(datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
                                         datatype=XSD.dateTime)))
    g.add((ds, DCAT.landingPage, URIRef(base + "index.html")))
    g.add((ds, VOID.uriSpace, Literal(base)))
    g.add((ds, VOID.triples, Literal(stats["triples"], datatype=XSD.integer)))
    g.add((ds, VOID.distinctSubjects, Literal(stats["subjects"], datatype=XSD.integer)))
    g.add((ds, VOID.distinctObjects, Literal(stats["objects"], datatype=XSD.integer)))
    g.add((ds, VOID.properties, Literal(len(stats["properties"]), datatype=XSD.integer)))
    g.add((ds, VOID.classes, Literal(len(stats["classes"]), datatype=XSD.integer)))
    g.add((ds, RDFS.comment, Literal(f"{report.quads} quads in {report.graphs} named graphs (one per article, one "
                                     f"for resolved entities, one for derived results, one for the ontology); "
                                     f"void:triples counts the distinct triples of their merge.", lang="en")))
    for ns in ("nkg", "sem", "prov", "nif", "schema", "skos", "dcterms"):
        g.add((ds, VOID.vocabulary, URIRef(PREFIXES[ns])))
    if stats["pages"]:
        g.add((ds, VOID.exampleResource, URIRef(stats["pages"][0].value)))
    for cls, members in sorted(stats["classes"].items()):
        part = BNode()
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(len(members), datatype=XSD.integer)))
    for prop, n in sorted(stats["properties"].items()):
        part = BNode()
        g.add((ds, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(prop)))
        g.add((part, VOID.triples, Literal(n, datatype=XSD.integer)))
    for name, media, fragment, label in (("dump.trig", "application/trig", "dump-trig", "TriG dump (all named graphs)"),
                                         ("dump.nq.gz", "application/n-quads", "dump-nquads", "gzipped N-Quads dump (all named graphs)")):
        url = URIRef(base + name)
        dist = URIRef(base + "void.ttl#" + fragment)
        g.add((ds, VOID.dataDump, url))
        g.add((ds, DCAT.distribution, dist))
        g.add((dist, R.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(label, lang="en")))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCAT.accessURL, url))
        g.add((dist, DCAT.mediaType, IANA[media]))
        g.add((dist, DCAT.byteSize, Literal((out / name).stat().st_size, datatype=XSD.nonNegativeInteger)))
        g.add((dist, DCTERMS.license, lic))
        if name.endswith(".gz"):
            g.add((dist, DCAT.compressFormat, IANA["application/gzip"]))
    if endpoint:
        svc = URIRef(base + "void.ttl#sparql")
        g.add((ds, VOID.sparqlEndpoint, URIRef(endpoint)))
        g.add((ds, DCAT.accessService, svc))
        g.add((svc, R.type, DCAT.DataService))
        g.add((svc, DCAT.endpointURL, URIRef(endpoint)))
        g.add((svc, DCAT.servesDataset, ds))
        g.add((svc, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
    return g.serialize(format="turtle").encode("utf-8")


def nginx_conf(base: str, site_dir: str | None = None) -> str:
    """An nginx config for the site: include it in the http {} block (it holds a map and a server {})."""
    parts = urlsplit(base)
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    root = site_dir or "/srv/newskg-site"
    host = parts.hostname or "example.org"
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"""# nginx content negotiation for the newskg site published for {base}
#
# Every resource IRI {base}<path> answers with
#   <path>.ttl     for Accept: text/turtle
#   <path>.jsonld  for Accept: application/ld+json
#   <path>.html    otherwise (browsers)
# and the files themselves (index.html, void.ttl, dump.trig, <path>.html, ...)
# as they are. nginx's map takes the first pattern that matches and ignores
# q-values, so a client that accepts both RDF formats gets Turtle.
#
# Use: `include {root}/nginx.conf;` inside the http {{ }} block, or copy the
# map into http {{ }} and the location into your own server {{ }}. The site
# folder is {root} (where `newskg publish` wrote it); change the alias if
# you move it. Add your TLS settings to the server block (listen {port} ssl;
# ssl_certificate ...) when the base is https.

map $http_accept $newskg_ext {{
    default                    ".html";
    "~*text/turtle"            ".ttl";
    "~*application/ld\\+json"  ".jsonld";
}}

server {{
    listen {port};
    server_name {host};

    location {path} {{
        alias {root}/;
        index index.html;
        types {{
            text/html              html;
            text/turtle            ttl;
            application/ld+json    jsonld;
            application/trig       trig;
            application/gzip       gz;
            text/plain             conf;
        }}
        default_type application/octet-stream;
        charset utf-8;
        charset_types text/turtle application/ld+json application/trig text/plain;
        add_header Vary Accept always;
        add_header X-Content-Type-Options nosniff always;
        add_header Access-Control-Allow-Origin "*" always;
        try_files $uri $uri$newskg_ext $uri/ =404;
    }}
}}
"""
