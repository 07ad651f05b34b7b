"""The query library: every queries/*.rq is documented and answers exactly as expected.

The fixture, tests/data/queries/fixture.trig, is three articles about one ferry
sinking. It has a revision (the coast guard's 24, then 31), two contradictions
(India's High Commission's "about 20" against both), a corroboration (20
Bangladeshis, twice), a hedged claim, unattributed claims, a sum check, a scoped
count, an undated article without a publisher and an event that has no figure.

The tests are parametrized over the queries/ folder. A new query fails until it
has a header naming each of its columns and an entry in EXPECTED. docs/queries.md
must equal what newskg.tools.query_docs generates from the headers.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import graph_diff, to_isomorphic

from newskg.queries import Query, get, library, run
from newskg.rdf.vocab import NKG
from newskg.store import EmbeddedStore
from newskg.tools import query_docs

ROOT = Path(__file__).resolve().parent.parent
QUERY_DIR = ROOT / "queries"
FIXTURE = ROOT / "tests" / "data" / "queries" / "fixture.trig"
DOCS = ROOT / "docs" / "queries.md"
QUERIES = sorted(p.stem for p in QUERY_DIR.glob("*.rq"))

# Column lists that evaluation scripts rely on (README, "Query library").
FIGURES_COLUMNS = ["article", "measure", "min", "max", "qualifier", "population", "groups", "role",
                   "claimant", "hedged", "begin", "end", "quote"]
PAIR_COLUMNS = ["measure", "groups", "role", "a_article", "a_min", "a_max", "a_claimant", "a_quote",
                "b_article", "b_min", "b_max", "b_claimant", "b_quote"]

# --- the fixture, in words ---------------------------------------------------------
A1, A2, A3 = "meghna_01_wire", "meghna_02_daily", "meghna_03_brief"
D1, D2 = "2024-03-05", "2024-03-07"  # A3 is undated
Q24 = "24 passengers drowned"  # coast guard, A1
Q20 = "20 Bangladeshis"  # article, A1
Q4 = "4 Indian nationals"  # article, A1
Q3 = "Police arrested 3 crew members"  # police, A1, scope "in Chandpur"
Q31 = "31 Bangladeshi and Indian passengers had died"  # coast guard, A2
Q12 = "12 people are still missing"  # officials, A2, hedged
QABOUT20 = "About 20 Bangladeshi and Indian passengers died"  # High Commission, A3
QTWENTY = "Twenty Bangladeshis"  # article, A3
PASSENGERS = "Bangladeshi and Indian passengers"
EVENT = "sinking, Chandpur, 2024-03-04"
V_ALL = f"BGD IND people killed in {EVENT}"  # outside fighting, nationals of any role are one variable
V_BGD = f"BGD people killed in {EVENT}"
V_IND = f"IND people killed in {EVENT}"
V_ARRESTED = f"civilians arrested in {EVENT} (in Chandpur)"
V_MISSING = f"people missing in {EVENT}"
ID = "https://w3id.org/newskg/id/"
EVENT_IRI = ID + "event/sinking-2024-03-04-bgd"
HC = "India's High Commission in Dhaka"

# name -> (key columns, expected rows as tuples of those columns; None = unbound)
EXPECTED: dict[str, tuple[list[str], list[tuple]]] = {
    "figures": (FIGURES_COLUMNS, [
        (A1, "killed", "24", "24", "exact", "passengers", "BGD IND", "civilian", "the coast guard", "false", "29", "50", Q24),
        (A1, "killed", "20", "20", "exact", "Bangladeshis", "BGD", "civilian", "article", "false", "140", "155", Q20),
        (A1, "killed", "4", "4", "exact", "Indian nationals", "IND", "civilian", "article", "false", "160", "178", Q4),
        (A1, "arrested", "3", "3", "exact", "crew members", "", "civilian", "Police", "false", "180", "210", Q3),
        (A2, "killed", "31", "31", "exact", PASSENGERS, "BGD IND", "civilian", "The coast guard", "false", "51", "96", Q31),
        (A2, "missing", "12", "12", "exact", "people", "", "unspecified", "Officials", "true", "124", "151", Q12),
        (A3, "killed", "18", "22", "approximately", PASSENGERS, "BGD IND", "civilian", HC, "false", "47", "94", QABOUT20),
        (A3, "killed", "20", "20", "exact", "Bangladeshis", "BGD", "civilian", "article", "false", "169", "188", QTWENTY),
    ]),
    "conflicts": (PAIR_COLUMNS + ["kind", "variable", "a_published", "b_published"], [
        ("killed", "BGD IND", "all", A1, "24", "24", "the coast guard", Q24,
         A2, "31", "31", "The coast guard", Q31, "revision", V_ALL, D1, D2),
        ("killed", "BGD IND", "all", A1, "24", "24", "the coast guard", Q24,
         A3, "18", "22", HC, QABOUT20, "contradiction", V_ALL, D1, None),
        ("killed", "BGD IND", "all", A2, "31", "31", "The coast guard", Q31,
         A3, "18", "22", HC, QABOUT20, "contradiction", V_ALL, D2, None),
    ]),
    # one row for the one disagreeing variable: its three conflicts, one a revision, by the widest pair (31 vs about 20)
    "disagreements": (["measure", "groups", "role", "variable", "conflicts", "revisions", "kind",
                       "a_article", "a_min", "a_max", "a_claimant", "a_quote", "a_published",
                       "b_article", "b_min", "b_max", "b_claimant", "b_quote", "b_published"], [
        ("killed", "BGD IND", "all", V_ALL, "3", "1", "contradiction",
         A2, "31", "31", "The coast guard", Q31, D2, A3, "18", "22", HC, QABOUT20, None),
    ]),
    "corroborations": (PAIR_COLUMNS + ["variable", "a_published", "b_published"], [
        ("killed", "BGD", "all", A1, "20", "20", "article", Q20,
         A3, "20", "20", "article", QTWENTY, V_BGD, D1, None),
    ]),
    "claims-by-source": (["claimant", "claims", "articles", "hedged"], [
        ("article", "3", "2", "0"),
        ("coast guard", "2", "2", "0"),
        ("Indian High Commission", "1", "1", "0"),
        ("Officials", "1", "1", "1"),
        ("Police", "1", "1", "0"),
    ]),
    "actors": (["actor", "kind", "articles", "wikidata", "iri"], [
        ("Bangladesh", "Country", "3", "http://www.wikidata.org/entity/Q902", ID + "actor/bangladesh"),
        ("India", "Country", "3", "http://www.wikidata.org/entity/Q668", ID + "actor/india"),
        ("coast guard", "Organization", "2", None, ID + "actor/coast-guard"),
        ("Delta Daily", "Organization", "1", None, ID + "actor/delta-daily"),
        ("Indian High Commission", "Organization", "1", None, ID + "actor/indian-high-commission"),
        ("Officials", "Organization", "1", None, ID + "actor/officials"),
        ("Police", "Organization", "1", None, ID + "actor/police"),
        ("River Post", "Organization", "1", None, ID + "actor/river-post"),
    ]),
    "events": (["date", "event", "type", "place", "articles", "claims", "parent", "iri"], [
        ("2024-03-04", EVENT, "sinking", "Chandpur", "3", "8", None, EVENT_IRI),
        (None, f"mourning ({EVENT})", "mourning", None, "1", "0", EVENT_IRI, EVENT_IRI + "/mourning"),
    ]),
    "figure-evolution": (["variable", "date", "article", "claimant", "min", "max", "qualifier", "quote", "change"], [
        (V_ALL, D1, A1, "the coast guard", "24", "24", "exact", Q24, None),
        (V_ALL, D2, A2, "The coast guard", "31", "31", "exact", Q31, "up"),
        (V_ALL, None, A3, HC, "18", "22", "approximately", QABOUT20, "down"),
        (V_BGD, D1, A1, "article", "20", "20", "exact", Q20, None),
        (V_BGD, None, A3, "article", "20", "20", "exact", QTWENTY, "same"),
        (V_IND, D1, A1, "article", "4", "4", "exact", Q4, None),
        (V_ARRESTED, D1, A1, "Police", "3", "3", "exact", Q3, None),
        (V_MISSING, D2, A2, "Officials", "12", "12", "exact", Q12, None),
    ]),
    "source-agreement": (["source", "agreements", "disagreements", "claims", "kind"], [
        # River Post printed the corroborated 20 and the contradicted 24; the coast
        # guard's revision of its own 24 is not a disagreement with others for it
        ("River Post", "1", "2", "4", "publisher"),
        ("Delta Daily", "0", "2", "2", "publisher"),
        ("coast guard", "0", "2", "2", "claimant"),
        ("Indian High Commission", "0", "2", "1", "claimant"),
        ("Officials", "0", "0", "1", "claimant"),
        ("Police", "0", "0", "1", "claimant"),
    ]),
    "hedged-claims": (["article", "measure", "min", "max", "qualifier", "cue", "claimant", "quote"], [
        (A2, "missing", "12", "12", "exact", "reportedly", "Officials", Q12),
    ]),
    "unattributed-claims": (["article", "publisher", "measure", "min", "max", "qualifier", "population", "groups", "role", "quote"], [
        (A1, "River Post", "killed", "20", "20", "exact", "Bangladeshis", "BGD", "civilian", Q20),
        (A1, "River Post", "killed", "4", "4", "exact", "Indian nationals", "IND", "civilian", Q4),
        (A3, None, "killed", "20", "20", "exact", "Bangladeshis", "BGD", "civilian", QTWENTY),
    ]),
    "claims-by-actor": (["actor", "role", "measure", "min", "max", "article", "quote", "iri"], [
        ("coast guard", "claimant", "killed", "24", "24", A1, Q24, ID + "actor/coast-guard"),
        ("coast guard", "claimant", "killed", "31", "31", A2, Q31, ID + "actor/coast-guard"),
        ("Police", "claimant", "arrested", "3", "3", A1, Q3, ID + "actor/police"),
        ("Officials", "claimant", "missing", "12", "12", A2, Q12, ID + "actor/officials"),
        ("Indian High Commission", "claimant", "killed", "18", "22", A3, QABOUT20, ID + "actor/indian-high-commission"),
        ("Bangladesh", "counted", "killed", "24", "24", A1, Q24, ID + "actor/bangladesh"),
        ("Bangladesh", "counted", "killed", "20", "20", A1, Q20, ID + "actor/bangladesh"),
        ("Bangladesh", "counted", "killed", "31", "31", A2, Q31, ID + "actor/bangladesh"),
        ("Bangladesh", "counted", "killed", "18", "22", A3, QABOUT20, ID + "actor/bangladesh"),
        ("Bangladesh", "counted", "killed", "20", "20", A3, QTWENTY, ID + "actor/bangladesh"),
        ("India", "counted", "killed", "24", "24", A1, Q24, ID + "actor/india"),
        ("India", "counted", "killed", "4", "4", A1, Q4, ID + "actor/india"),
        ("India", "counted", "killed", "31", "31", A2, Q31, ID + "actor/india"),
        ("India", "counted", "killed", "18", "22", A3, QABOUT20, ID + "actor/india"),
    ]),
    "events-without-figures": (["date", "event", "type", "place", "articles", "parent", "iri"], [
        (None, f"mourning ({EVENT})", "mourning", None, "1", EVENT_IRI, EVENT_IRI + "/mourning"),
    ]),
    "conflict-actors": (["actor", "role", "conflicts", "contradictions", "revisions", "iri"], [
        ("Bangladesh", "counted", "3", "2", "1", ID + "actor/bangladesh"),
        ("India", "counted", "3", "2", "1", ID + "actor/india"),
        ("coast guard", "claimant", "3", "2", "1", ID + "actor/coast-guard"),
        ("Indian High Commission", "claimant", "2", "2", "0", ID + "actor/indian-high-commission"),
    ]),
    "estimates": (["variable", "low", "best", "high", "inconsistent", "claims"], [
        # latest of each claimant: the coast guard's 31 and the High Commission's 18-22
        (V_ALL, "18", "26", "31", "true", "3"),
        (V_BGD, "20", "20", "20", "false", "2"),
    ]),
    "sum-checks": (["article", "total_quote", "total_min", "total_max", "parts_sum", "consistent", "measure", "groups", "parts"], [
        (A1, Q24, "24", "24", "24", "true", "killed", "BGD IND", "2"),
    ]),
}

# Queries whose row order is part of what they answer: compared in order too.
ORDERED = {"figure-evolution", "source-agreement"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = EmbeddedStore(tmp_path_factory.mktemp("queries") / "store")
    s.ox.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    yield s
    s.close()


def _query(name: str) -> Query:
    return get(str(QUERY_DIR / f"{name}.rq"))


def _sorted(rows: list[tuple]) -> list[tuple]:
    return sorted(rows, key=lambda row: [(v is not None, v or "") for v in row])


# --- every query -------------------------------------------------------------------


@pytest.mark.parametrize("name", QUERIES)
def test_header_names_every_column(store, name):
    header = query_docs.parse_header(_query(name))
    assert header.title.startswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")), (
        f"queries/{name}.rq must open with a comment header whose first line is its title")
    assert header.answers, f"queries/{name}.rq: the header says what it answers in an 'Answers:' line"
    columns, _ = run(store, str(QUERY_DIR / f"{name}.rq"))
    assert header.column_names == columns, (
        f"queries/{name}.rq: the header's Columns: section must name each SELECT column, in order "
        f"(missing: {[c for c in columns if c not in header.column_names]}, "
        f"not selected: {[c for c in header.column_names if c not in columns]})")
    assert all(text for _, text in header.columns), f"queries/{name}.rq: a column has no description"


@pytest.mark.parametrize("name", QUERIES)
def test_rows_on_the_fixture(store, name):
    assert name in EXPECTED, f"queries/{name}.rq has no expected rows: add them to EXPECTED in {Path(__file__).name}"
    keys, expected = EXPECTED[name]
    assert expected, f"{name}: the fixture must give every query at least one row, or the check proves nothing"
    columns, rows = run(store, str(QUERY_DIR / f"{name}.rq"))
    assert set(keys) <= set(columns), f"{name}: no column(s) {sorted(set(keys) - set(columns))}"
    actual = [tuple(r[k] for k in keys) for r in rows]
    assert _sorted(actual) == _sorted(expected)
    if name in ORDERED:
        assert actual == expected, f"{name}: the rows are right but not in the documented order"


def test_expected_rows_are_for_existing_queries():
    assert sorted(EXPECTED) == QUERIES


# --- contracts and cross-checks ----------------------------------------------------


def test_contract_column_lists(store):
    assert run(store, str(QUERY_DIR / "figures.rq"))[0] == FIGURES_COLUMNS
    assert run(store, str(QUERY_DIR / "conflicts.rq"))[0][:14] == PAIR_COLUMNS + ["kind"]
    assert run(store, str(QUERY_DIR / "corroborations.rq"))[0][:13] == PAIR_COLUMNS


def test_events_without_figures_are_the_events_with_no_claims(store):
    _, events = run(store, str(QUERY_DIR / "events.rq"))
    _, without = run(store, str(QUERY_DIR / "events-without-figures.rq"))
    assert sorted(r["iri"] for r in events if r["claims"] == "0") == sorted(r["iri"] for r in without)


def test_figure_evolution_has_one_row_per_claim(store):
    _, figures = run(store, str(QUERY_DIR / "figures.rq"))
    _, evolution = run(store, str(QUERY_DIR / "figure-evolution.rq"))
    assert sorted((r["article"], r["quote"]) for r in evolution) == sorted((r["article"], r["quote"]) for r in figures)


# --- the fixture is what newskg writes ---------------------------------------------


def _iso_diff(got: Graph, want: Graph) -> str:
    _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
    lines = [f"  computed only: {' '.join(t.n3() for t in triple)}" for triple in sorted(only_got)]
    lines += [f"  fixture only:  {' '.join(t.n3() for t in triple)}" for triple in sorted(only_want)]
    return "\n".join(lines)


def test_fixture_resolved_and_derived_graphs_are_what_newskg_computes(tmp_path):
    """If resolve or derive changes what it writes, update the fixture's two graphs (and EXPECTED)."""
    from newskg.derive import derive
    from newskg.rdf.ids import Ids
    from newskg.resolve import resolve

    fixture = ox.Store()
    fixture.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    ids = Ids()
    with EmbeddedStore(tmp_path / "store") as s:
        s.ox.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
        resolve(s, ids)
        derive(s, ids)
        for name in ("graph/resolved/sinking-2024-03-04-bgd", "graph/derived/sinking-2024-03-04-bgd"):
            name = ids.base + name
            graph = Graph().parse(data=s.graph_ntriples(name), format="nt")
            assert len(list(graph.triples((URIRef(name), NKG.contentHash, None)))) == 1  # the graph's own digest
            graph.remove((URIRef(name), NKG.contentHash, None))  # (not written in the fixture by hand)
            nt = fixture.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(name)))
            want = Graph().parse(data=nt.decode("utf-8"), format="nt")
            assert to_isomorphic(graph) == to_isomorphic(want), f"{name} differs:\n{_iso_diff(graph, want)}"


def test_fixture_quotes_are_the_text_they_point_to():
    fixture = ox.Store()
    fixture.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    rows = fixture.query("""
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        PREFIX nkg: <https://w3id.org/newskg/ns#>
        SELECT ?text ?hash ?length ?b ?e ?anchor WHERE { GRAPH ?g {
          ?art nkg:contentHash ?hash ; nkg:textContext ?ctx . ?ctx nif:isString ?text ; nif:endIndex ?length .
          ?span nif:referenceContext ?ctx ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor .
        } }""")
    checked = 0
    for row in rows:
        text = row["text"].value
        assert hashlib.sha1(text.encode("utf-8")).hexdigest() == row["hash"].value
        assert int(row["length"].value) == len(text)
        assert text[int(row["b"].value):int(row["e"].value)] == row["anchor"].value
        checked += 1
    assert checked == 19  # 8 claims, 4 events, 7 actor mentions


# --- docs/queries.md ---------------------------------------------------------------


def test_docs_page_is_generated_from_the_headers(tmp_path):
    assert sorted(library()) == QUERIES, "the installed query library is not the queries/ folder"
    out = tmp_path / "queries.md"
    assert query_docs.main(["-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == query_docs.render()
    assert DOCS.exists() and DOCS.read_text(encoding="utf-8") == query_docs.render(), (
        "docs/queries.md is out of date: run python -m newskg.tools.query_docs")
    assert query_docs.main(["--check", "-o", str(DOCS)]) == 0


# --- LATERAL, and the same query for SPARQL 1.1 servers -----------------------------

LATERAL_GROUP = re.compile(r"\bLATERAL\s*\{")
LATERAL_QUERIES = sorted(n for n, q in library().items() if LATERAL_GROUP.search(q.text))


def test_some_library_query_uses_lateral():
    assert "disagreements" in LATERAL_QUERIES


@pytest.mark.parametrize("name", LATERAL_QUERIES)
def test_sparql11_form_gives_the_same_rows(store, name):
    """What a Virtuoso or GraphDB user gets (LATERAL dropped) is what Oxigraph answers."""
    from newskg.remote import sparql11

    text = _query(name).text
    plain = sparql11(text)
    assert not LATERAL_GROUP.search(plain)
    with_lateral = store.select(text)
    assert with_lateral, f"{name}: no rows on the fixture, the comparison proves nothing"
    assert store.select(plain) == with_lateral


def test_sparql11_keeps_braces_inside_strings_and_other_groups():
    from newskg.remote import sparql11

    q = 'SELECT * WHERE { ?s ?p ?o LATERAL { OPTIONAL { ?s <urn:p> ?x FILTER(?x != "}{") } } FILTER(?o != "{") }'
    assert sparql11(q) == 'SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s <urn:p> ?x FILTER(?x != "}{") } FILTER(?o != "{") }'
    other = "SELECT * WHERE { ?s ?p ?o LATERAL { SELECT ?x WHERE { ?s <urn:p> ?x } LIMIT 1 } }"
    assert sparql11(other) == other  # only the OPTIONAL form means the same without LATERAL


def test_a_server_without_lateral_gets_the_sparql11_query(store):
    """A SPARQL 1.1 server answers 400 to LATERAL; newskg sends the same query without it."""
    import httpx
    from urllib.parse import parse_qs

    from newskg.remote import RemoteStore

    seen: list[str] = []

    def server(request: httpx.Request) -> httpx.Response:
        query = parse_qs(request.content.decode())["query"][0]
        seen.append(query)
        if LATERAL_GROUP.search(query):
            return httpx.Response(400, text="syntax error at LATERAL")
        body = store.ox.query(query).serialize(format=ox.QueryResultsFormat.JSON)
        return httpx.Response(200, content=body, headers={"content-type": "application/sparql-results+json"})

    client = httpx.Client(transport=httpx.MockTransport(server))
    remote = RemoteStore("http://sparql11.test/sparql", check=False, client=client)
    columns, rows = run(remote, "disagreements")
    assert rows and rows == run(store, "disagreements")[1]
    assert len(seen) == 2 and LATERAL_GROUP.search(seen[0]) and not LATERAL_GROUP.search(seen[1])
