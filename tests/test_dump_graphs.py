"""graphs/ is written in a fixed order, so a diff of it shows only real changes."""

from __future__ import annotations

from rdflib import Dataset

from newskg.store import EmbeddedStore
from newskg.tools.dump_graphs import dump

BASE = "https://w3id.org/newskg/id/graph/article/"


def _store(path, order):
    store = EmbeddedStore(path)
    for name in order:
        store.replace_graph_nt(BASE + name, f'<https://x.test/{name}> <http://www.w3.org/2000/01/rdf-schema#label> "{name}" .\n')
    store.flush()
    store.close()
    return path


def test_the_same_graphs_written_in_any_order_dump_to_the_same_bytes_sorted_by_name(tmp_path):
    names = [f"a{i:02d}" for i in range(12)]
    one = dump(str(_store(tmp_path / "s1", names)), str(tmp_path / "o1"))
    two = dump(str(_store(tmp_path / "s2", list(reversed(names)))), str(tmp_path / "o2"))
    text = one[0].read_text(encoding="utf-8")
    assert text == two[0].read_text(encoding="utf-8")
    assert [text.index(BASE + n) for n in names] == sorted(text.index(BASE + n) for n in names)
    ds = Dataset()
    ds.parse(data=text, format="trig")
    assert len(ds) == 12
