"""Writes graphs/: the portable TriG of a store, one file per named-graph family, canonical order.

Run by ``make graphs`` after ingesting the bundled samples into a fresh store.
The output is sorted N-Quads-stable TriG so a diff shows only real changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Dataset, URIRef

from newskg.store import EmbeddedStore


PREFIXES = (("nkg", "https://w3id.org/newskg/ns#"), ("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"),
            ("prov", "http://www.w3.org/ns/prov#"), ("schema", "https://schema.org/"),
            ("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"),
            ("dcterms", "http://purl.org/dc/terms/"))


def dump(store_path: str, out_dir: str) -> list[Path]:
    store = EmbeddedStore(store_path, read_only=True)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    families: dict[str, list[str]] = {"articles": [], "resolved": [], "derived": [], "ontology": []}
    for name in sorted(store.graph_names()):
        if "/graph/article/" in name:
            families["articles"].append(name)
        elif "/graph/resolved/" in name:
            families["resolved"].append(name)
        elif "/graph/derived/" in name:
            families["derived"].append(name)
        elif name.endswith("/graph/ontology"):
            families["ontology"].append(name)
    written = []
    for family, names in families.items():
        if family == "ontology" or not names:
            continue  # the ontology ships in ontology/
        # one graph at a time, in sorted order: rdflib writes a dataset's graphs in no fixed order
        header: list[str] = []
        bodies: list[str] = []
        for name in names:
            ds = Dataset()
            for prefix, ns in PREFIXES:
                ds.bind(prefix, ns)
            ds.graph(URIRef(name)).parse(data=store.graph_ntriples(name), format="nt")
            lines = ds.serialize(format="trig").splitlines()
            prefixes = [line for line in lines if line.startswith("@prefix")]
            header = sorted(set(header) | set(prefixes))
            bodies.append("\n".join(line for line in lines if not line.startswith("@prefix")).strip("\n"))
        path = out / f"samples-{family}.trig"
        path.write_text("\n".join(header) + "\n\n" + "\n\n".join(bodies) + "\n", encoding="utf-8")
        written.append(path)
    store.close()
    return written


if __name__ == "__main__":  # pragma: no cover
    if len(sys.argv) != 3:
        sys.exit("usage: python -m newskg.tools.dump_graphs STORE OUT_DIR")
    for p in dump(sys.argv[1], sys.argv[2]):
        print(p)
