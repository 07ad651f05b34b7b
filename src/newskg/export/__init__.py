"""Exporters: the store's graph as files for Gephi, Cytoscape, yEd, Graphviz and the browser.

In the manner of datasette's plugin hooks, the built-in formats go through the
same registry a plugin would use: a module registers a writer under a name
with ``@register(name, suffix=...)``, and ``get(name)`` imports the module
that provides it only when it is asked for (so ``newskg export -f dot`` never
reads the 460 kB of JavaScript the HTML viewer inlines). A third-party package
adds a format by declaring an entry point in the ``newskg.exporters`` group
that points at a module calling ``register``.

A writer takes the ``networkx.MultiDiGraph`` that ``newskg.export.project``
builds for one view (claims, actors or events) and a path. ``export()`` is
the Python API behind ``newskg export``: it resolves the writer and the view
first (so a typo fails before any query runs), queries the store, and writes
through a temporary file in the same folder, so OUT is either the old file or
the complete new one.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path

import networkx as nx

from newskg.errors import ConfigError

__all__ = ["ENTRY_POINT_GROUP", "ExportResult", "Exporter", "export", "for_path", "get", "names", "register"]

ENTRY_POINT_GROUP = "newskg.exporters"

# name -> module that registers it; imported on first use
BUILTIN: dict[str, str] = {
    "graphml": "newskg.export.graphml",
    "gexf": "newskg.export.gexf",
    "cyjs": "newskg.export.cyjs",
    "dot": "newskg.export.dot",
    "html": "newskg.export.html",
}

Writer = Callable[[nx.MultiDiGraph, Path], None]


@dataclass(frozen=True)
class Exporter:
    name: str
    write: Writer
    suffixes: tuple[str, ...]
    description: str


_REGISTRY: dict[str, Exporter] = {}


def register(name: str, *, suffixes: tuple[str, ...] = (), description: str = "") -> Callable[[Writer], Writer]:
    """Register ``write(graph, path)`` as the exporter ``name`` (files ending in ``suffixes``)."""

    def deco(fn: Writer) -> Writer:
        doc = description or ((fn.__doc__ or "").strip().splitlines() or [name])[0]
        _REGISTRY[name] = Exporter(name, fn, tuple(s.lower() for s in suffixes), doc)
        return fn

    return deco


def _plugins() -> dict:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def names() -> list[str]:
    """Every format that ``get`` can provide, built-in or from a plugin."""
    return sorted(set(BUILTIN) | set(_REGISTRY) | set(_plugins()))


def _bad(setting: str, value: str, reason: str, choices: list[str]) -> ConfigError:
    return ConfigError("E301", name=setting, value=value, reason=reason, expected="one of " + ", ".join(choices))


def get(name: str) -> Exporter:
    """The exporter called ``name``, importing its module on first use."""
    if name not in _REGISTRY:
        if name in BUILTIN:
            importlib.import_module(BUILTIN[name])
        else:
            plugin = _plugins().get(name)
            if plugin is not None:
                plugin.load()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise _bad("--format", name, "no exporter by that name", names()) from None


def for_path(path: str | os.PathLike) -> str:
    """The format whose suffix ``path`` ends with (``out.graphml`` -> ``graphml``)."""
    suffix = Path(path).suffix.lower()
    for name in names():
        exporter = get(name)
        if suffix and suffix in exporter.suffixes:
            return name
    raise _bad("--format", "", f"cannot tell the format from the file name {Path(path).name!r}", names())


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    view: str
    nodes: int
    edges: int
    bytes: int


def export(store, out: str | os.PathLike, *, fmt: str | None = None, view: str = "claims") -> ExportResult:
    """Write one view of ``store`` to ``out`` as ``fmt`` (default: from the suffix of ``out``)."""
    from newskg.export.project import VIEWS, project

    out = Path(out)
    fmt = fmt or for_path(out)
    exporter = get(fmt)
    if view not in VIEWS:
        raise _bad("--view", view, "no such view", sorted(VIEWS))
    graph = project(store, view)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        exporter.write(graph, tmp)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return ExportResult(out, fmt, view, graph.number_of_nodes(), graph.number_of_edges(), out.stat().st_size)
