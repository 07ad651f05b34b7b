"""--jobs N gives the same graph as one process, and --validate checks what the run wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from newskg.ingest import ingest
from newskg.store import EmbeddedStore

CASES = Path(__file__).parent / "data" / "cases"
pytestmark = pytest.mark.model


def _quads(store) -> set[str]:
    """Data quads (the ontology graph's blank nodes get fresh labels each load)."""
    return {str(q) for q in store.quads() if not str(q.graph_name).endswith("/graph/ontology>")}


def test_two_processes_write_the_same_quads_as_one(tmp_path):
    one, two = EmbeddedStore(tmp_path / "one"), EmbeddedStore(tmp_path / "two")
    r1 = ingest([CASES], one, jobs=1, batch_size=1)
    r2 = ingest([CASES], two, jobs=2, batch_size=1)
    assert (r1.ingested, r2.ingested) == (4, 4)
    assert r1.written == r2.written  # input order is kept
    assert _quads(one) == _quads(two)
    one.close(), two.close()


def test_ingest_validate_reports_only_the_graphs_written(tmp_path):
    from typer.testing import CliRunner

    from newskg.cli import app

    store = str(tmp_path / "s")
    good = [p for p in CASES.iterdir() if not p.name.startswith("mine_04")]
    res = CliRunner().invoke(app, ["ingest", "--validate", "--store", store, *map(str, good)])
    assert res.exit_code == 0, res.output
    assert "validated the 3 article graph(s) written: conform" in res.output
    res = CliRunner().invoke(app, ["ingest", "--validate", "--store", store, str(CASES)])
    assert res.exit_code == 1  # the article whose parts exceed its total
    assert "validated the 1 article graph(s) written: 1 violation(s)" in res.output


def test_one_process_writes_in_input_order_while_the_next_batch_is_read(tmp_path):
    """jobs=1 reads batch n+1 with spaCy in a thread while it writes batch n: same order, and an
    error in the reading thread reaches the caller instead of being lost."""
    from newskg import ingest as ingest_module
    from newskg.model import Article

    arts = [Article(id=f"a{i}", text=f"Floods killed {i + 2} people in Malawi on Monday, officials said.",
                    source=f"a{i}.txt") for i in range(7)]
    got = [(b[0].id, len(res)) for b, res in ingest_module._overlapped(ingest_module._batches(iter(arts), 3),
                                                                       "https://example.org/")]
    assert got == [("a0", 3), ("a3", 3), ("a6", 1)]

    def broken():
        yield arts[:3]
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        for _ in ingest_module._overlapped(broken(), "https://example.org/"):
            pass
