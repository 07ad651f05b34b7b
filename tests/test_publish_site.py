"""`newskg publish`: a static linked-data site that a crawler can walk and whose files add up to the store.

The store is the hand-made fixture tests/data/publish/site.trig (no spaCy model
needed): two articles with conflicting tolls, one of them carrying
<script>alert(1)</script> in its headline and text.
"""

from __future__ import annotations

import gzip
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import VOID
from typer.testing import CliRunner

from newskg.cli import app
from newskg.store import EmbeddedStore

FIXTURE = Path(__file__).parent / "data" / "publish" / "site.trig"
STORE_BASE = "https://w3id.org/newskg/id/"
NEW_BASE = "https://example.org/kg/"


def make_store(path: Path) -> Path:
    store = EmbeddedStore(path)
    store.ox.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    store.close()
    return path


def store_quads(path: Path) -> list[ox.Quad]:
    store = EmbeddedStore(path, read_only=True)
    quads = list(store.quads())
    store.close()
    return quads


def rebased_nquads(quads: list[ox.Quad]) -> str:
    text = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
    return text.replace("<" + STORE_BASE, "<" + NEW_BASE)


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def parse_html(path: Path) -> Links:
    p = Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def crawl(site: Path):
    """Walk the site from index.html: (html pages seen, other local files linked, broken links, missing anchors)."""
    seen: set[Path] = set()
    files: set[Path] = set()
    broken, anchors = [], []
    todo = [site / "index.html"]
    wanted_fragments: list[tuple[Path, str, Path]] = []
    while todo:
        page = todo.pop()
        if page in seen:
            continue
        seen.add(page)
        for link in parse_html(page).links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//"):
                assert parts.scheme in ("http", "https"), f"{page}: link with scheme {parts.scheme!r}: {link}"
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_file():
                broken.append((str(page.relative_to(site)), link))
                continue
            assert site.resolve() in target.parents or target == site.resolve(), f"{link} leaves the site"
            if parts.fragment:
                wanted_fragments.append((page, parts.fragment, target))
            if target.suffix == ".html":
                todo.append(target)
            else:
                files.add(target)
    ids = {}
    for page, fragment, target in wanted_fragments:
        if target not in ids:
            ids[target] = parse_html(target).ids
        if fragment not in ids[target]:
            anchors.append((str(page.relative_to(site)), fragment))
    return seen, files, broken, anchors


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    root = tmp_path_factory.mktemp("publish")
    store_path = make_store(root / "store")
    site = root / "site"
    result = CliRunner().invoke(app, ["publish", str(site), "--store", str(store_path), "--base", NEW_BASE,
                                      "--endpoint", "https://example.org/sparql"])
    assert result.exit_code == 0, result.output
    return store_path, site


def test_crawl_from_index_reaches_every_page_and_no_link_is_broken(published):
    _store, site = published
    seen, files, broken, anchors = crawl(site)
    assert broken == []
    assert anchors == [], "links to fragments that the target page does not have"
    all_pages = {p.resolve() for p in site.rglob("*.html")}
    assert {p.resolve() for p in seen} == all_pages, "pages nobody links to"
    names = {p.name for p in files}
    assert {"dump.trig", "dump.nq.gz", "void.ttl", "newskg.ttl", "nginx.conf"} <= names
    # every resource page links its Turtle and JSON-LD twins, and they exist beside it
    for page in all_pages:
        if page.parent.name in ("_list", "ontology") or page.name == "index.html" and page.parent == site.resolve():
            continue
        assert page.with_suffix(".ttl") in files and page.with_suffix(".jsonld") in files, page


def test_path_scheme_puts_each_iri_at_its_path(published):
    _store, site = published
    claim = site / "claim" / "aaaa000000000001" / "25-36"
    for ext in (".html", ".ttl", ".jsonld"):
        assert claim.with_name(claim.name + ext).is_file()
    # sub-nodes have their own files and are folded into the claim's description
    assert (claim / "population.ttl").is_file() and (claim / "evidence.ttl").is_file()
    g = Graph().parse(claim.with_name("25-36.ttl"), format="turtle")
    assert (URIRef(NEW_BASE + "claim/aaaa000000000001/25-36/evidence"),
            URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"), None) in g


def test_resource_files_and_dumps_add_up_to_the_store_rewritten_to_the_new_base(published):
    store_path, site = published
    quads = store_quads(store_path)
    expected = Dataset()
    expected.parse(data=rebased_nquads(quads), format="nquads")
    expected_triples = {(s, p, o) for s, p, o, _g in expected.quads((None, None, None, None))}
    assert all(str(s).startswith(NEW_BASE) for s, _p, _o in expected_triples)

    turtle_union, jsonld_union = set(), set()
    for path in site.rglob("*.ttl"):
        if path.parent.name == "ontology" or path.name == "void.ttl":
            continue
        turtle_union |= set(Graph().parse(path, format="turtle"))
    for path in site.rglob("*.jsonld"):
        if path.parent.name == "ontology":
            continue
        jsonld_union |= set(Graph().parse(path, format="json-ld"))
    assert turtle_union == expected_triples, (
        f"only in the store: {sorted(expected_triples - turtle_union)[:5]}; "
        f"only in the files: {sorted(turtle_union - expected_triples)[:5]}")
    assert jsonld_union == expected_triples

    expected_quads = set(expected.quads((None, None, None, None)))
    for name, fmt in (("dump.trig", "trig"), ("dump.nq.gz", "nquads")):
        data = (site / name).read_bytes()
        if name.endswith(".gz"):
            data = gzip.decompress(data)
        got = Dataset()
        got.parse(data=data.decode("utf-8"), format=fmt)
        assert set(got.quads((None, None, None, None))) == expected_quads, name

    # nothing under the store's base is left anywhere in the data files
    for path in list(site.rglob("*.ttl")) + list(site.rglob("*.jsonld")) + [site / "dump.trig"]:
        if path.parent.name != "ontology":
            assert STORE_BASE not in path.read_text(encoding="utf-8"), path


def test_void_describes_the_dataset_and_its_dumps(published):
    store_path, site = published
    g = Graph().parse(site / "void.ttl", format="turtle")
    ds = URIRef(NEW_BASE + "void.ttl#dataset")
    n_triples = len({(q.subject, q.predicate, q.object) for q in store_quads(store_path)})
    assert int(g.value(ds, VOID.triples)) == n_triples
    assert set(g.objects(ds, VOID.dataDump)) == {URIRef(NEW_BASE + "dump.trig"), URIRef(NEW_BASE + "dump.nq.gz")}
    assert g.value(ds, VOID.sparqlEndpoint) == URIRef("https://example.org/sparql")
    assert g.value(ds, URIRef("http://purl.org/dc/terms/license")) is not None
    classes = {g.value(part, VOID["class"]): int(g.value(part, VOID.entities)) for part in g.objects(ds, VOID.classPartition)}
    assert classes[URIRef("https://w3id.org/newskg/ns#FigureClaim")] == 2
    dcat = "http://www.w3.org/ns/dcat#"
    assert len(list(g.objects(ds, URIRef(dcat + "distribution")))) == 2


def test_ontology_page_lists_classes_properties_and_concept_notations(published):
    _store, site = published
    html = (site / "ontology" / "index.html").read_text(encoding="utf-8")
    ids = parse_html(site / "ontology" / "index.html").ids
    assert {"FigureClaim", "minValue", "MeasureScheme", "Killed"} <= ids
    assert "<code>killed</code>" in html and "<code>at_least</code>" in html


def test_everything_from_the_data_is_escaped_in_every_page(published):
    _store, site = published
    pages = list(site.rglob("*.html"))
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html, page
        assert "<b>&amp;</b>" not in html, page
        assert not re.search(r"""(href|src)\s*=\s*["']?\s*javascript:""", html, re.I), page
        assert "<script" not in html.lower(), f"{page}: a static page needs no script"
    article = (site / "article" / "bbbb000000000002.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Ferry toll" in article  # the headline, escaped
    assert "Lomar Times &lt;b&gt;&amp;amp;&lt;/b&gt;" in article           # the publisher's label, escaped
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in index


def test_nginx_snippet_negotiates_the_three_formats(published):
    _store, site = published
    conf = (site / "nginx.conf").read_text(encoding="utf-8")
    assert "location /kg/" in conf
    assert '"~*text/turtle"' in conf and ".ttl" in conf and ".jsonld" in conf
    assert "try_files $uri $uri$newskg_ext" in conf


def test_publish_refuses_when_the_publish_profile_fails_and_force_overrides(tmp_path):
    store_path = make_store(tmp_path / "store")
    store = EmbeddedStore(store_path)
    store.ox.update("DELETE WHERE { GRAPH ?g { <https://w3id.org/newskg/id/claim/bbbb000000000002/52-54> "
                    "<http://www.w3.org/ns/prov#wasAttributedTo> ?who } }")
    store.close()
    site = tmp_path / "site"
    result = CliRunner().invoke(app, ["publish", str(site), "--store", str(store_path), "--base", NEW_BASE])
    assert result.exit_code == 1, result.output
    assert "1 violation" in result.output
    assert "wasAttributedTo" in result.output and "claim/bbbb000000000002/52-54" in result.output
    assert not site.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".site")] == []

    forced = CliRunner().invoke(app, ["publish", str(site), "--store", str(store_path), "--force"])
    assert forced.exit_code == 0, forced.output
    assert (site / "index.html").is_file()
    assert (site / "claim" / "bbbb000000000002" / "52-54.html").is_file()


def test_a_failed_publish_leaves_the_previous_site_untouched(tmp_path, monkeypatch):
    from newskg.publish import publish
    from newskg.publish import render

    store_path = make_store(tmp_path / "store")
    site = tmp_path / "site"
    store = EmbeddedStore(store_path, read_only=True)
    publish(store, site, base=NEW_BASE)
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    index = (site / "index.html").read_bytes()

    calls = {"n": 0}
    original = render.Renderer.html

    def failing(self, desc):
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError("disk on fire")
        return original(self, desc)

    monkeypatch.setattr(render.Renderer, "html", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        publish(store, site, base="https://example.net/other/")
    store.close()
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before
    assert (site / "index.html").read_bytes() == index
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_publish_never_replaces_a_folder_that_is_not_a_site(tmp_path):
    store_path = make_store(tmp_path / "store")
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    result = CliRunner().invoke(app, ["publish", str(target), "--store", str(store_path), "--force"])
    assert result.exit_code == 2
    assert "not empty" in result.output
    assert (target / "notes.txt").read_text() == "keep me"
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt"]
