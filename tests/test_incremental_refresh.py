"""An ingest rebuilds only the events it touched, and the store ends exactly as if built in one go.

Corpus: tests/data/corpus (several reports of one attack, crash, fire, flood…),
split in two halves that share events. Each test compares whole stores, quad
by quad (the ontology graph, which has blank nodes, up to their renaming).
Extraction is a pure function of the article, so it is done once per article
for the whole module (``_build_batch`` memoised); what is tested is the
write, resolve and derive path of ``ingest``, ``remove`` and ``refresh``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import newskg.ingest as ingest_module
import newskg.resolve as resolve_module
from newskg.ingest import ingest, refresh, remove
from newskg.rdf.ids import Ids
from newskg.store import EmbeddedStore

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
FILES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md", ".html", ".jsonl"))
HALF_A, HALF_B = FILES[0::2], FILES[1::2]  # attack_01, 03, 05 in A, attack_02, 04 in B: events span both
IDS = Ids()


@pytest.fixture(scope="module", autouse=True)
def extract_once():
    """Each article through the NLP once for the module, whatever the store it is ingested into."""
    original = ingest_module._build_batch
    done: dict[tuple, tuple[str, str, int]] = {}

    def build_batch(args):
        batch, base = args
        todo = [a for a in batch if (a.id, a.content_hash, base) not in done]
        if todo:
            for article, result in zip(todo, original((todo, base))):
                done[(article.id, article.content_hash, base)] = result
        return [done[(a.id, a.content_hash, base)] for a in batch]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ingest_module, "_build_batch", build_batch)
        yield


def quads(store: EmbeddedStore) -> tuple[set[str], Graph]:
    """Every quad as an N-Quads line, but the ontology graph's (blank nodes): that one as an rdflib Graph."""
    lines, ontology = set(), []
    name = str(IDS.ontology_graph)
    for q in store.quads():
        if q.graph_name.value == name:
            ontology.append(f"{q.subject} {q.predicate} {q.object} .")
        else:
            lines.add(f"{q.subject} {q.predicate} {q.object} {q.graph_name} .")
    return lines, Graph().parse(data="\n".join(ontology), format="nt")


def assert_same_store(got: EmbeddedStore, want: EmbeddedStore) -> None:
    (g_lines, g_onto), (w_lines, w_onto) = quads(got), quads(want)
    only_got, only_want = sorted(g_lines - w_lines), sorted(w_lines - g_lines)
    assert not only_got and not only_want, (f"{len(only_got)} quads only in the store built step by step "
                                            f"(e.g. {only_got[:3]}), {len(only_want)} only in the one built "
                                            f"in one go (e.g. {only_want[:3]})")
    assert isomorphic(g_onto, w_onto)
    assert str(IDS.pending_graph) not in got.graph_names()  # nothing left to do


def graphs_of(store: EmbeddedStore, family: str) -> set[str]:
    return {g for g in store.graph_names() if f"/graph/{family}/" in g}


@pytest.fixture
def new_store(tmp_path):
    opened = []

    def make(name: str) -> EmbeddedStore:
        opened.append(EmbeddedStore(tmp_path / name))
        return opened[-1]

    yield make
    for s in opened:
        s.close()


@pytest.fixture(params=[1, resolve_module.CHUNK_SIZE], ids=["chunk-1", "chunk-default"])
def chunk_size(request, monkeypatch):
    """Resolved events built together: one at a time, or the default."""
    monkeypatch.setattr(resolve_module, "CHUNK_SIZE", request.param)
    return request.param


def test_ingesting_in_two_parts_gives_the_store_of_one_ingest(new_store, chunk_size):
    whole = new_store("whole")
    ingest(FILES, whole)
    parts = new_store("parts")
    ingest(HALF_A, parts)
    report = ingest(HALF_B, parts)
    assert report.ingested == len(HALF_B)
    assert graphs_of(whole, "derived")  # (the corpus has conflicts and corroborations across the halves)
    assert_same_store(parts, whole)
    ingest(FILES, parts)  # all unchanged: nothing to redo, nothing moves
    assert_same_store(parts, whole)


def test_removing_an_article_gives_the_store_without_it(new_store, chunk_size):
    gone = CORPUS / "attack_02_feature.md"
    store = new_store("store")
    ingest(FILES, store)
    assert remove(store, "attack_02_feature", IDS)
    without = new_store("without")
    ingest([f for f in FILES if f != gone], without)
    assert_same_store(store, without)


def test_reingesting_a_corrected_article_gives_the_store_of_the_corrected_corpus(new_store, tmp_path, chunk_size):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    store = new_store("store")
    ingest([folder], store)
    text = (folder / "attack_01_wire.txt").read_text(encoding="utf-8")
    assert "killing 17 soldiers" in text
    (folder / "attack_01_wire.txt").write_text(text.replace("killing 17 soldiers", "killing 19 soldiers"),
                                               encoding="utf-8")
    report = ingest([folder], store)
    assert report.ingested == 1
    clean = new_store("clean")
    ingest([folder], clean)
    assert_same_store(store, clean)


def test_chunk_size_does_not_change_the_store(new_store):
    stores = []
    for size in (1, 3, 10_000):
        s = new_store(f"chunk-{size}")
        ingest(FILES, s, derive_after=False)
        refresh(s, IDS, chunk_size=size)  # everything, a chunk at a time
        stores.append(s)
    for s in stores[1:]:
        assert_same_store(s, stores[0])


def test_refresh_follows_what_changed(new_store):
    store = new_store("store")
    ingest(HALF_A, store)
    events = len(graphs_of(store, "resolved"))
    assert events > 3
    nothing = refresh(store, IDS, changed=[])
    assert nothing["resolved"] == nothing["derived"] == {"written": 0, "unchanged": 0, "dropped": 0}
    one = next(f for f in HALF_B if f.name.startswith("fire"))  # another report of a fire in half A
    report = ingest([one], store, derive_after=False)
    synced = refresh(store, IDS, changed=report.written)
    assert 1 <= sum(synced["resolved"].values()) <= 2  # its event (and the one it joined or left), not all
    whole = new_store("whole")
    ingest([*HALF_A, one], whole)
    assert_same_store(store, whole)


def test_an_interrupted_refresh_is_finished_by_the_next_ingest(new_store, monkeypatch):
    store = new_store("store")
    ingest(HALF_A, store)

    import newskg.derive

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(newskg.derive, "derive", crash)  # resolved graphs written, derived ones not
    with pytest.raises(KeyboardInterrupt):
        ingest(HALF_B, store)
    monkeypatch.undo()
    assert str(IDS.pending_graph) in store.graph_names()
    report = ingest(FILES, store)  # every article is current: only the note says what is left to do
    assert report.ingested == 0
    whole = new_store("whole")
    ingest(FILES, whole)
    assert_same_store(store, whole)


def _article_nt(article_id: str) -> str:
    """A minimal article graph: an undated protest, no place, published 1 May 2024, one figure."""
    from newskg.rdf.vocab import EVENT_TYPE, MEASURE, NKG, ROLE, SCHEMA, SEM

    prov, xsd = "http://www.w3.org/ns/prov#", "http://www.w3.org/2001/XMLSchema#"
    art, ev = IDS.article(article_id), IDS.local_event(article_id, "e0")
    claim = IDS.claim(article_id, 0, 2)
    pop = f"{claim}/population"
    return "\n".join([
        f'<{art}> <{SCHEMA.datePublished}> "2024-05-01"^^<{xsd}date> .',
        f"<{ev}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{SEM.Event}> .",
        f"<{ev}> <{SEM.eventType}> <{EVENT_TYPE['protest']}> .",
        f"<{ev}> <{prov}wasDerivedFrom> <{art}> .",
        f"<{claim}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{NKG.FigureClaim}> .",
        f"<{claim}> <{NKG.aboutEvent}> <{ev}> .",
        f"<{claim}> <{NKG.measure}> <{MEASURE['arrested']}> .",
        f"<{claim}> <{NKG.population}> <{pop}> .",
        f'<{claim}> <{NKG.minValue}> "{len(article_id)}"^^<{xsd}integer> .',
        f"<{claim}> <{prov}wasDerivedFrom> <{art}> .",
        f'<{pop}> <{NKG.groupCodes}> "" .',
        f"<{pop}> <{NKG.role}> <{ROLE['all']}> .",
    ]) + "\n"


def test_names_with_a_suffix_are_those_of_a_full_run(new_store):
    """Undated protests without a country are never joined: six events share one name, told apart by -2, -3…

    Which one gets which suffix depends on all of them; adding one may rename
    others. After each article added, the store is the one a full run gives.
    """
    store = new_store("store")
    renamed = 0
    for i in range(6):
        article = f"protest-{i}"
        before = {r["local"]: r["node"] for r in store.select(
            "SELECT ?local ?node WHERE { GRAPH ?g { ?local nkg:resolvedTo ?node } }")}
        name = str(IDS.article_graph(article))
        mark = ingest_module.mark_pending  # as ingest does: noted, written, refreshed
        mark(store, IDS, [name])
        store.replace_graph_nt(name, _article_nt(article))
        refresh(store, IDS, changed=[name])
        after = {r["local"]: r["node"] for r in store.select(
            "SELECT ?local ?node WHERE { GRAPH ?g { ?local nkg:resolvedTo ?node } }")}
        renamed += sum(after[local] != node for local, node in before.items())
        whole = new_store(f"whole-{i}")
        for j in range(i + 1):
            whole.replace_graph_nt(str(IDS.article_graph(f"protest-{j}")), _article_nt(f"protest-{j}"))
        refresh(whole, IDS)
        assert len(graphs_of(whole, "resolved")) == i + 1
        assert_same_store(store, whole)
    assert renamed, "no event changed its name on the way: the case is not exercised"
