"""Deterministic IRIs: the same article always yields the same nodes.

Articles are named by their identifier (file stem or url), so a corrected
article keeps its IRI and replaces its own graph; claims by the character
offsets of their number; actors and places by their canonical name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/newskg/id/"


def short_hash(text: str, size: int = 16) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:size]


def slug(text: str) -> str:
    """ASCII, lower case, hyphenated; a hash when nothing readable is left."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    norm = re.sub(r"['’`]s\b", "", norm)
    norm = re.sub(r"[^a-z0-9]+", "-", norm).strip("-")[:80].strip("-")
    return norm or short_hash(text, 12)


def _check_base(base: str) -> None:
    """A base that is not an absolute IRI would only fail deep inside the store: say so now."""
    import pyoxigraph

    from newskg.errors import ConfigError

    ok = re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base) is not None and not re.search(r"[\s<>\"{}|\\^`]", base)
    if ok:
        try:
            pyoxigraph.NamedNode(base + "x")
        except ValueError:
            ok = False
    if not ok:
        raise ConfigError("E301", name="base", value=base, reason="not an absolute IRI",
                          expected="an absolute IRI such as https://example.org/kg/")


class Ids:
    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not base.endswith(("/", "#")):
            base += "/"
        _check_base(base)
        self.base = base

    def _iri(self, path: str) -> URIRef:
        return URIRef(self.base + path)

    def article_key(self, article_id: str) -> str:
        return short_hash(article_id)

    def article(self, article_id: str) -> URIRef:
        return self._iri(f"article/{self.article_key(article_id)}")

    def article_graph(self, article_id: str) -> URIRef:
        return self._iri(f"graph/article/{self.article_key(article_id)}")

    def text(self, article_id: str) -> URIRef:
        return self._iri(f"article/{self.article_key(article_id)}/text")

    def claim(self, article_id: str, begin: int, end: int) -> URIRef:
        return self._iri(f"claim/{self.article_key(article_id)}/{begin}-{end}")

    def sub(self, node: URIRef, part: str) -> URIRef:
        return URIRef(f"{node}/{part}")

    def local_event(self, article_id: str, key: str) -> URIRef:
        return self._iri(f"article/{self.article_key(article_id)}/event/{key}")

    def mention(self, article_id: str, begin: int, end: int) -> URIRef:
        return self._iri(f"article/{self.article_key(article_id)}/mention/{begin}-{end}")

    def actor(self, name: str) -> URIRef:
        return self._iri(f"actor/{slug(name)}")

    def place(self, name: str) -> URIRef:
        return self._iri(f"place/{slug(name)}")

    def run(self, version: str) -> URIRef:
        return self._iri(f"run/newskg-{version}")

    def event(self, key: str) -> URIRef:
        return self._iri(f"event/{slug(key)}")

    def variable(self, key: str) -> URIRef:
        return self._iri(f"variable/{short_hash(key)}")

    def conflict(self, a: str, b: str) -> URIRef:
        return self._iri(f"conflict/{short_hash(a + ' ' + b)}")

    def corroboration(self, a: str, b: str) -> URIRef:
        return self._iri(f"corroboration/{short_hash(a + ' ' + b)}")

    def estimate(self, variable_key: str) -> URIRef:
        return self._iri(f"estimate/{short_hash(variable_key)}")

    def sumcheck(self, article_id: str, begin: int, end: int) -> URIRef:
        return self._iri(f"sumcheck/{self.article_key(article_id)}/{begin}-{end}")

    def resolved_graph(self, event_key: str) -> URIRef:
        """The named graph of one resolved event: its node, variables and the links to it."""
        return self._iri(f"graph/resolved/{slug(event_key)}")

    @property
    def resolved_graph_prefix(self) -> str:
        return str(self._iri("graph/resolved/"))

    @property
    def derived_graph_prefix(self) -> str:
        return str(self._iri("graph/derived/"))

    def derived_graph_for(self, resolved_graph: str) -> URIRef:
        """The named graph of what is derived from one resolved event's variables."""
        return URIRef(self.derived_graph_prefix + resolved_graph[len(self.resolved_graph_prefix):])

    @property
    def pending_graph(self) -> URIRef:
        """The graphs whose resolved and derived results are not up to date yet (empty once a refresh ends)."""
        return self._iri("graph/pending")

    @property
    def ontology_graph(self) -> URIRef:
        return self._iri("graph/ontology")
