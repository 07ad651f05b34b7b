"""Properties of IRI minting (newskg.rdf.ids) and of the article-graph builder (newskg.rdf.build).

- Any text given to an IRI-minting method yields a valid IRI (pyoxigraph and
  rdflib accept it; no spaces or control characters), the same one every time.
- Any Extraction with valid figures (offsets inside the text) builds a graph
  that serialises as N-Triples, loads into pyoxigraph, and goes through the
  store's real write path (one SPARQL UPDATE) unchanged; every evidence or
  mention anchor is exactly the text slice its offsets name.
"""

from __future__ import annotations

import hashlib
import os
import re
from datetime import date

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, URIRef
from rdflib.term import _is_valid_uri

from newskg.model import (ACTOR_KINDS, MEASURES, QUALIFIERS, ROLES, ActorMention, Article, EventMention, Extraction,
                          Figure, Population, Span)
from newskg.nlp import gazetteer
from newskg.rdf.build import article_graph, article_ntriples
from newskg.rdf.ids import DEFAULT_BASE, Ids, slug
from newskg.rdf.vocab import EVENT_TYPE

SETTINGS = settings(max_examples=int(os.environ.get("NEWSKG_ROBUST_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
NKG = "https://w3id.org/newskg/ns#"
# Any Unicode text a file can hold (no lone surrogates), control characters included.
any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120)
bases = st.one_of(
    st.just(DEFAULT_BASE),
    st.from_regex(r"https://[a-z]{1,12}\.example/([a-z0-9_-]{1,8}/){0,3}", fullmatch=True),
    st.from_regex(r"http://[a-z]{1,12}\.example/[a-z]{1,8}#", fullmatch=True),
)
BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')


def assert_valid_iri(iri: URIRef) -> None:
    text = str(iri)
    assert not BAD_IRI_CHARS.search(text), text
    assert _is_valid_uri(text), text
    ox.NamedNode(text)  # raises ValueError on an invalid IRI
    g = Graph()
    g.parse(data=f"<{text}> <{text}> <{text}> .", format="nt")
    assert len(g) == 1


def minted(ids: Ids, text: str, n: int) -> list[URIRef]:
    """Every IRI Ids can mint from user-controlled text (names, ids, keys) and offsets."""
    return [
        ids.article(text), ids.article_graph(text), ids.text(text), ids.claim(text, n, n + 3),
        ids.mention(text, n, n + 1), ids.sumcheck(text, 0, n), ids.local_event(text, "e0"),
        ids.actor(text), ids.place(text), ids.event(text), ids.variable(text), ids.conflict(text, text[::-1]),
        ids.corroboration(text, "x"), ids.estimate(text), ids.sub(ids.claim(text, 0, n), "evidence"),
        ids.run("0.1.0"), ids.resolved_graph(text), ids.derived_graph_for(str(ids.resolved_graph(text))), ids.ontology_graph,
    ]


@SETTINGS
@given(base=bases, text=any_text, n=st.integers(min_value=0, max_value=10**9))
def test_any_text_mints_valid_deterministic_iris(base, text, n):
    first = minted(Ids(base), text, n)
    for iri in first:
        assert_valid_iri(iri)
        assert str(iri).startswith(Ids(base).base)
    assert minted(Ids(base), text, n) == first


@SETTINGS
@given(text=any_text)
def test_slug_is_short_plain_and_stable(text):
    s = slug(text)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s), s
    assert len(s) <= 80
    assert slug(s) == s
    assert slug(text) == s


@SETTINGS
@given(a=any_text, b=any_text)
def test_different_article_ids_get_different_iris(a, b):
    ids = Ids()
    assert (ids.article(a) == ids.article(b)) == (a == b)
    assert (ids.article_graph(a) == ids.article_graph(b)) == (a == b)


# --------------------------------------------------------------------------- the builder

COUNTRIES = sorted(gazetteer.load().countries)
codes = st.one_of(st.sampled_from(COUNTRIES), st.just("XXX"))  # "XXX": a code the gazetteer does not know
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
short = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


@st.composite
def extractions(draw) -> Extraction:
    text = draw(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
    n = len(text)

    def span() -> Span:
        b = draw(st.integers(0, n - 1))
        e = draw(st.integers(b + 1, n))
        return Span(b, e, text[b:e])

    article = Article(
        id=draw(names), text=text, source="generated", url=draw(st.none() | short), title=draw(st.none() | short),
        publisher=draw(st.none() | names), published=draw(st.none() | dates), author=draw(st.none() | short),
        content_hash=hashlib.sha1(text.encode("utf-8")).hexdigest(),
    )
    keys = [f"e{i}" for i in range(draw(st.integers(0, 3)))]
    events = [
        EventMention(
            key=k, type=draw(st.sampled_from(sorted(EVENT_TYPE))), label=draw(short),
            spans=tuple(span() for _ in range(draw(st.integers(0, 2)))), date=draw(st.none() | dates),
            place=draw(st.none() | names), place_country=draw(st.none() | codes),
            agents=tuple(draw(st.lists(names, max_size=2))), patients=tuple(draw(st.lists(names, max_size=2))),
            parent=keys[0] if i and draw(st.booleans()) else None,
        )
        for i, k in enumerate(keys)
    ]
    actors = [
        ActorMention(name=draw(names), kind=draw(st.sampled_from(ACTOR_KINDS)),
                     spans=tuple(span() for _ in range(draw(st.integers(0, 2)))), country=draw(st.none() | codes),
                     aliases=tuple(draw(st.lists(short, max_size=2))))
        for _ in range(draw(st.integers(0, 3)))
    ]
    figures, used = [], set()
    for _ in range(draw(st.integers(0, 5))):
        number = span()
        if (number.begin, number.end) in used:  # one claim per written number
            continue
        used.add((number.begin, number.end))
        lo = draw(st.integers(0, 10**7))
        figures.append(Figure(
            measure=draw(st.sampled_from(MEASURES)), min=lo, max=draw(st.none() | st.integers(lo, lo + 10**7)),
            qualifier=draw(st.sampled_from(QUALIFIERS)), stated_as=draw(short),
            population=Population(label=draw(short), groups=tuple(sorted(set(draw(st.lists(codes, max_size=3))))),
                                  role=draw(st.sampled_from(ROLES)), scope=draw(short)),
            evidence=span(), claimant=draw(st.none() | names), claimant_text=draw(st.none() | short),
            hedged=draw(st.booleans()), hedge_cue=draw(st.none() | short),
            event=draw(st.sampled_from(keys or ["e0"])), number=number,
        ))
    return Extraction(article=article, figures=figures, actors=actors, events=events)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from newskg.store import EmbeddedStore

    s = EmbeddedStore(tmp_path_factory.mktemp("props") / "store")
    yield s
    s.close()


@SETTINGS
@given(ex=extractions(), base=bases)
def test_built_graph_is_valid_rdf_and_survives_the_store(store, ex, base):
    iri, graph = article_graph(ex, Ids(base), model="test")
    nt = graph.serialize(format="nt")
    triples = {q.triple for q in ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)}
    assert len(triples) == len(graph)
    assert not any(isinstance(t, ox.BlankNode) for tr in triples for t in (tr.subject, tr.object))

    # the real write path: DROP SILENT GRAPH + INSERT DATA in one UPDATE
    store.replace_graph(iri, graph)
    stored = {q.triple for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(iri)))}
    assert stored == triples

    # one claim per figure; every anchor is the slice of the text its offsets name
    claims = {t.subject for t in triples if t.predicate.value == ox.NamedNode(
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type").value and t.object.value == NKG + "FigureClaim"}
    assert len(claims) == len(ex.figures)
    text = ex.article.text
    by_node: dict = {}
    for t in stored:
        if t.predicate.value in (NIF + "beginIndex", NIF + "endIndex", NIF + "anchorOf", NIF + "isString"):
            by_node.setdefault(t.subject, {}).setdefault(t.predicate.value.rsplit("#")[-1], []).append(t.object.value)
    anchors = 0
    for node, props in by_node.items():
        if "isString" in props:
            assert props["isString"] == [text]
            continue
        assert len(props["beginIndex"]) == len(props["endIndex"]) == len(props["anchorOf"]) == 1, (node, props)
        b, e = int(props["beginIndex"][0]), int(props["endIndex"][0])
        assert 0 <= b < e <= len(text)
        assert props["anchorOf"][0] == text[b:e]
        anchors += 1
    assert anchors >= len(ex.figures)

    # the same extraction builds the same graph
    assert sorted(article_graph(ex, Ids(base), model="test")[1].serialize(format="nt").splitlines()) == sorted(
        nt.splitlines())

    # ingest's own N-Triples writer (no rdflib Graph) gives the same triples, and parses
    fast_iri, fast_nt = article_ntriples(ex, Ids(base), model="test")
    assert fast_iri == iri
    assert {q.triple for q in ox.parse(fast_nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)} == triples
