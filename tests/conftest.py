"""Shared fixtures: the seeds (when ../shared is there), stores ingested once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEEDS_GOLD = SHARED / "gold" / "seeds.yaml"
SAMPLES = ROOT / "samples"
CORPUS = ROOT / "tests" / "data" / "corpus"


def figures_of(text: str):
    """The figures newskg extracts from ``text`` (an article with no metadata)."""
    from newskg.model import Article
    from newskg.nlp.extract import extract

    return extract(Article(id="t", text=text, source="t")).figures


def figure_scopes(text: str) -> list[tuple[str, int, str]]:
    """(measure, min, scope) of each figure of ``text``: whether a count is a part, and of what."""
    return [(f.measure, f.min, f.population.scope) for f in figures_of(text)]


def figure_rows(text: str) -> list[tuple]:
    """(measure, min, max, groups, scope) of each figure of ``text``."""
    return [(f.measure, f.min, f.max, f.population.groups, f.population.scope) for f in figures_of(text)]


def bounds_of(text: str) -> set[tuple]:
    """(measure, min, max) of each figure of ``text``."""
    return {(m, lo, hi) for m, lo, hi, _groups, _scope in figure_rows(text)}


def scopes_of(text: str, measure: str = "killed") -> dict[int, str]:
    """Scope of each ``measure`` figure of ``text``, by its lower bound."""
    return {f.min: f.population.scope for f in figures_of(text) if f.measure == measure}


def main_event(text: str, published=None):
    """The main event newskg finds in ``text`` (published on ``published`` when given)."""
    from newskg.model import Article
    from newskg.nlp.extract import extract

    return extract(Article(id="t", text=text, source="t", published=published)).events[0]


def _ingested(tmp_path_factory, name: str, paths: list[Path]):
    from newskg.ingest import ingest
    from newskg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path_factory.mktemp(name) / "store")
    report = ingest(paths, store)
    return store, report


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory):
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not here")
    store, _ = _ingested(tmp_path_factory, "seeds", [SEEDS])
    yield store
    store.close()


@pytest.fixture(scope="session")
def samples_store(tmp_path_factory):
    store, _ = _ingested(tmp_path_factory, "samples", [SAMPLES])
    yield store
    store.close()
