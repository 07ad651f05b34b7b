"""The ontology page: classes, properties and concept schemes of ontology/newskg.ttl, for people."""

from __future__ import annotations

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from newskg.publish.render import DCT, NKG, anchor, curie, is_web_iri

VANN = "http://purl.org/vocab/vann/"
PROPERTY_KINDS = ((OWL.ObjectProperty, "object property"), (OWL.DatatypeProperty, "datatype property"),
                  (OWL.AnnotationProperty, "annotation property"), (RDF.Property, "property"))
MATCHES = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch, OWL.sameAs)


def _text(g: Graph, s, *preds) -> str | None:
    for p in preds:
        values = list(g.objects(s, p))
        en = [v for v in values if getattr(v, "language", None) in (None, "en")]
        if en:
            return str(en[0])
    return None


def _link(vocab, term) -> dict:
    """A term on the ontology page: an anchor on this page, an outside link, or text."""
    iri = str(term)
    if iri in vocab.anchors:
        return {"text": curie(iri), "href": "#" + vocab.anchors[iri], "label": vocab.labels.get(iri)}
    return {"text": curie(iri), "href": iri if is_web_iri(iri) else None, "label": None}


def _class_expr(g: Graph, vocab, node) -> list[dict]:
    """A class or an owl:unionOf of classes, as links (shown joined by "or")."""
    if isinstance(node, BNode):
        union = g.value(node, OWL.unionOf)
        if union is not None:
            return [_link(vocab, m) for m in Collection(g, union)]
        return [{"text": "(anonymous class)", "href": None, "label": None}]
    return [_link(vocab, node)]


def ontology_view(vocab) -> dict:
    g: Graph | None = vocab.graph
    if g is None:
        return {"meta": None, "classes": [], "reused_classes": [], "properties": [], "reused_properties": [], "schemes": []}
    onto = next((s for s in g.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef)), None)
    meta = None
    if onto is not None:
        meta = {"iri": str(onto), "title": _text(g, onto, URIRef(DCT + "title"), RDFS.label),
                "description": _text(g, onto, URIRef(DCT + "description"), RDFS.comment),
                "version": _text(g, onto, OWL.versionInfo),
                "license": str(g.value(onto, URIRef(DCT + "license")) or "") or None,
                "prefix": _text(g, onto, URIRef(VANN + "preferredNamespacePrefix")),
                "namespace": _text(g, onto, URIRef(VANN + "preferredNamespaceUri"))}

    def entry(s) -> dict:
        iri = str(s)
        return {"iri": iri, "anchor": anchor(iri), "curie": curie(iri),
                "label": _text(g, s, SKOS.prefLabel, RDFS.label),
                "comment": _text(g, s, RDFS.comment, SKOS.definition),
                "defined_by": [_link(vocab, o) for o in g.objects(s, RDFS.isDefinedBy)]}

    classes, reused_classes = [], []
    for s in sorted({s for s in g.subjects(RDF.type, OWL.Class) if isinstance(s, URIRef)}, key=curie):
        e = entry(s)
        e["superclasses"] = [x for o in g.objects(s, RDFS.subClassOf) for x in _class_expr(g, vocab, o)]
        (classes if str(s).startswith(NKG) else reused_classes).append(e)

    properties, reused_properties = [], []
    seen = set()
    for kind_iri, kind in PROPERTY_KINDS:
        for s in sorted({s for s in g.subjects(RDF.type, kind_iri) if isinstance(s, URIRef)}, key=curie):
            if s in seen:
                continue
            seen.add(s)
            e = entry(s)
            e["kind"] = kind
            e["functional"] = (s, RDF.type, OWL.FunctionalProperty) in g
            e["domain"] = [x for o in g.objects(s, RDFS.domain) for x in _class_expr(g, vocab, o)]
            e["range"] = [x for o in g.objects(s, RDFS.range) for x in _class_expr(g, vocab, o)]
            e["superproperties"] = [_link(vocab, o) for o in g.objects(s, RDFS.subPropertyOf)]
            (properties if str(s).startswith(NKG) else reused_properties).append(e)
    properties.sort(key=lambda e: e["curie"])
    reused_properties.sort(key=lambda e: e["curie"])

    schemes = []
    for s in sorted({s for s in g.subjects(RDF.type, SKOS.ConceptScheme) if isinstance(s, URIRef)}, key=curie):
        e = entry(s)
        concepts = []
        for c in sorted(set(g.subjects(SKOS.inScheme, s)), key=lambda c: (str(g.value(c, SKOS.notation) or ""), str(c))):
            ce = entry(c)
            ce["notation"] = str(g.value(c, SKOS.notation) or "") or None
            ce["matches"] = [{"relation": curie(str(p)), **_link(vocab, o)} for p in MATCHES for o in g.objects(c, p)]
            concepts.append(ce)
        e["concepts"] = concepts
        schemes.append(e)
    return {"meta": meta, "classes": classes, "reused_classes": reused_classes, "properties": properties,
            "reused_properties": reused_properties, "schemes": schemes}
