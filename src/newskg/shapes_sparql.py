"""SHACL shapes compiled to SPARQL, so the store validates itself.

pyshacl evaluates every constraint in Python, node by node, on an rdflib copy
of each article graph: about 0.2 s an article, hours for a large store. The
shapes newskg ships use a small part of SHACL (targets by class or by
subject, predicate paths, the count, value-type, value-range, string,
property-pair, ``sh:hasValue``, ``sh:in`` and ``sh:or`` components, and
SPARQL-based constraints), and each of those is one SPARQL pattern: "the
focus nodes that break it". Compiled once, each runs as one query over
every article graph of the store (``GRAPH ?g``), on the store's own engine.

The semantics are those of pyshacl run per article graph together with the
ontology (see ``newskg.validate``): the data graph is one article graph, and
the ontology supplies the class hierarchy and the typing of the SKOS
concepts. A shapes graph that uses anything outside this subset raises
``Unsupported``, and the caller falls back to pyshacl;
tests/test_shapes_sparql.py checks that both engines give the same results
on every shape fixture and on damaged real article graphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD

# Shape predicates understood here; any other sh: term on a shape is Unsupported.
_PROPERTY_KEYS = {SH.path, SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH["in"], SH.hasValue,
                  SH.pattern, SH.flags, SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive,
                  SH.lessThan, SH.lessThanOrEquals, SH.sparql, SH.message, SH.severity, SH.name,
                  SH.description}
_NODE_KEYS = {SH.targetClass, SH.targetSubjectsOf, SH.property, SH["or"], SH.message, SH.severity,
              SH.name, SH.description}
_RANGES = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}
_PAIRS = {SH.lessThan: "<", SH.lessThanOrEquals: "<="}
# datatypes whose cast function tells a well-formed literal from an ill-formed one
_CASTABLE = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.boolean, XSD.date, XSD.dateTime}
_COMPONENT = {
    SH.minCount: SH.MinCountConstraintComponent, SH.maxCount: SH.MaxCountConstraintComponent,
    SH.datatype: SH.DatatypeConstraintComponent, SH["class"]: SH.ClassConstraintComponent,
    SH["in"]: SH.InConstraintComponent, SH.hasValue: SH.HasValueConstraintComponent,
    SH.pattern: SH.PatternConstraintComponent, SH.minInclusive: SH.MinInclusiveConstraintComponent,
    SH.maxInclusive: SH.MaxInclusiveConstraintComponent, SH.minExclusive: SH.MinExclusiveConstraintComponent,
    SH.maxExclusive: SH.MaxExclusiveConstraintComponent, SH.lessThan: SH.LessThanConstraintComponent,
    SH.lessThanOrEquals: SH.LessThanOrEqualsConstraintComponent, SH.sparql: SH.SPARQLConstraintComponent,
    SH["or"]: SH.OrConstraintComponent,
}


class Unsupported(ValueError):
    """The shapes use SHACL outside the compiled subset; validate with pyshacl instead."""


@dataclass(frozen=True)
class Check:
    """One constraint of one shape, as a query whose rows are its violations.

    The query selects ``?g`` (the article graph), ``?this`` (the focus node)
    and, when there is one, ``?value``; a SPARQL-based constraint adds the
    variables its message names.
    """

    shape: URIRef  # the sh:sourceShape of its results
    component: URIRef
    path: URIRef | None
    severity: URIRef
    message: str
    query: str


def _n3(term) -> str:
    return term.n3()


def _values(var: str, terms: Iterable) -> str:
    return f"VALUES ?{var} {{ {' '.join(_n3(t) for t in terms)} }}"


class _Compiler:
    def __init__(self, shapes: Graph, ontology: Graph) -> None:
        self.shapes = shapes
        self.ontology = ontology

    # --- the ontology's part of each article's data graph ------------------------
    def subclasses(self, cls: URIRef) -> list[URIRef]:
        """``cls`` and every class below it (rdfs:subClassOf*, from the ontology)."""
        found, todo = {cls}, [cls]
        while todo:
            for sub in self.ontology.subjects(RDFS.subClassOf, todo.pop()):
                if isinstance(sub, URIRef) and sub not in found:
                    found.add(sub)
                    todo.append(sub)
        return sorted(found)

    def ontology_instances(self, cls: URIRef) -> list[URIRef]:
        """What the ontology itself types as ``cls`` (the SKOS concepts, say)."""
        classes = self.subclasses(cls)
        return sorted({s for c in classes for s in self.ontology.subjects(RDF.type, c) if isinstance(s, URIRef)})

    # --- patterns ---------------------------------------------------------------
    def target(self, node: URIRef | BNode) -> str:
        """The focus nodes of a node shape, as a pattern binding ?this."""
        parts = []
        for cls in self.shapes.objects(node, SH.targetClass):
            if self.ontology_instances(cls):
                raise Unsupported(f"the ontology holds instances of target class {cls}")
            parts.append(f"?this a ?_class . {_values('_class', self.subclasses(cls))}")
        for pred in self.shapes.objects(node, SH.targetSubjectsOf):
            parts.append(f"?this {_n3(pred)} ?_object .")
        if not parts:
            raise Unsupported(f"node shape {node} has no target this compiler knows")
        return " UNION ".join(f"{{ {p} }}" for p in parts)

    def violation(self, key: URIRef, arg, path: str) -> str:
        """Pattern (inside the article graph, with ?this bound) matching a violation; binds ?value if any."""
        if key == SH.minCount:
            n = int(arg)
            if n == 0:
                return "FILTER (false)"
            if n == 1:
                return f"FILTER NOT EXISTS {{ ?this {path} ?_any }}"
            return (f"OPTIONAL {{ SELECT ?this (COUNT(DISTINCT ?_v) AS ?_n) WHERE {{ ?this {path} ?_v }} GROUP BY ?this }} "
                    f"FILTER (!BOUND(?_n) || ?_n < {n})")
        if key == SH.maxCount:
            n = int(arg)
            if n == 0:
                return f"?this {path} ?value ."
            if n == 1:  # two different values: no aggregate needed
                return f"?this {path} ?_a , ?_b . FILTER (!sameTerm(?_a, ?_b))"
            return (f"{{ SELECT ?this (COUNT(DISTINCT ?_v) AS ?_n) WHERE {{ ?this {path} ?_v }} "
                    f"GROUP BY ?this HAVING (COUNT(DISTINCT ?_v) > {n}) }}")
        if key == SH.hasValue:
            return f"FILTER NOT EXISTS {{ ?this {path} {_n3(arg)} }}"
        values = f"?this {path} ?value . "
        if key == SH.datatype:
            test = f"!isLiteral(?value) || DATATYPE(?value) != {_n3(arg)}"
            if arg in _CASTABLE:
                test += f" || !isLiteral(COALESCE({_n3(arg)}(STR(?value)), <urn:newskg:ill-typed>))"
            return values + f"FILTER ({test})"
        if key == SH["class"]:
            known = self.ontology_instances(arg)
            outside = f"FILTER (?value NOT IN ({', '.join(_n3(t) for t in known)})) " if known else ""
            return values + outside + (f"FILTER NOT EXISTS {{ ?value a ?_type . "
                                       f"{_values('_type', self.subclasses(arg))} }}")
        if key == SH["in"]:
            allowed = list(Collection(self.shapes, arg))
            same = " || ".join(f"sameTerm(?value, {_n3(t)})" for t in allowed) or "false"
            return values + f"FILTER (!({same}))"
        if key == SH.pattern:
            return values + f"FILTER (isBlank(?value) || !REGEX(STR(?value), {_n3(Literal(str(arg)))}))"
        if key in _RANGES:
            return values + f"FILTER (!COALESCE(?value {_RANGES[key]} {_n3(arg)}, false))"
        if key in _PAIRS:
            return values + f"?this {_n3(arg)} ?_other . FILTER (!COALESCE(?value {_PAIRS[key]} ?_other, false))"
        raise Unsupported(f"constraint {key}")

    def conforms_to(self, node) -> str:
        """Pattern true when ?this breaks the (target-less) node shape ``node``: for sh:or."""
        breaks = []
        for prop in self.shapes.objects(node, SH.property):
            path = self.path_of(prop)
            for key, arg in self.constraints(prop):
                breaks.append(f"EXISTS {{ {self.violation(key, arg, path)} }}")
        if not breaks or set(self.shapes.predicates(node)) - {SH.property, RDF.type, RDFS.comment}:
            raise Unsupported(f"sh:or member {node}")
        return " || ".join(breaks)

    def path_of(self, prop) -> str:
        path = self.shapes.value(prop, SH.path)
        if not isinstance(path, URIRef):
            raise Unsupported(f"property shape {prop}: only predicate paths are compiled")
        return _n3(path)

    def constraints(self, prop) -> Iterator[tuple[URIRef, object]]:
        for key, arg in self.shapes.predicate_objects(prop):
            if key in (RDF.type, RDFS.comment, RDFS.label, SH.path, SH.message, SH.severity, SH.name,
                       SH.description, SH.flags):
                continue
            if key not in _PROPERTY_KEYS:
                raise Unsupported(f"{key} on {prop}")
            if key == SH.pattern and self.shapes.value(prop, SH.flags):
                raise Unsupported(f"sh:flags on {prop}")
            yield key, arg

    # --- SPARQL-based constraints ------------------------------------------------------
    def prefixes(self, constraint) -> str:
        lines = []
        for onto in self.shapes.objects(constraint, SH.prefixes):
            for decl in self.shapes.objects(onto, SH.declare):
                prefix, ns = self.shapes.value(decl, SH.prefix), self.shapes.value(decl, SH.namespace)
                lines.append(f"PREFIX {prefix}: <{ns}>")
        return "\n".join(lines)

    def sparql(self, constraint, path: str) -> tuple[str, list[str]]:
        """The body and projected variables of a SPARQL-based constraint, $this as ?this."""
        select = str(self.shapes.value(constraint, SH.select))
        match = re.match(r"\s*SELECT\s+(?:DISTINCT\s+)?(.*?)\s*WHERE\s*\{(.*)\}\s*$", select, flags=re.S | re.I)
        if not match or re.search(r"\b(SELECT|GROUP|ORDER|LIMIT|OFFSET|HAVING|SERVICE|GRAPH)\b", match.group(2), re.I) \
                or "$currentShape" in select or "$shapesGraph" in select:
            raise Unsupported(f"SPARQL constraint {constraint}: only a plain SELECT … WHERE {{ … }} is compiled")
        body = match.group(2).replace("$PATH", path).replace("$this", "?this")
        names = [v for v in re.findall(r"[?$](\w+)", match.group(1)) if v != "this"]
        return body, names

    # --- all checks ------------------------------------------------------------------
    def checks(self) -> list[Check]:
        out = []
        node_shapes = set(self.shapes.subjects(SH.targetClass, None)) | set(self.shapes.subjects(SH.targetSubjectsOf, None))
        for node in sorted(node_shapes, key=str):
            extra = set(self.shapes.predicates(node)) - _NODE_KEYS - {RDF.type, RDFS.comment, RDFS.label}
            if extra:
                raise Unsupported(f"{', '.join(sorted(map(str, extra)))} on {node}")
            target = self.target(node)
            severity = self.shapes.value(node, SH.severity, default=SH.Violation)
            for alternatives in self.shapes.objects(node, SH["or"]):
                members = list(Collection(self.shapes, alternatives))
                test = " && ".join(f"({self.conforms_to(m)})" for m in members)
                out.append(Check(node, SH.OrConstraintComponent, None, severity,
                                 str(self.shapes.value(node, SH.message, default="")),
                                 self.query(target, f"FILTER ({test})", [])))
            for prop in sorted(self.shapes.objects(node, SH.property), key=str):
                out.extend(self.property_checks(prop, target))
        return out

    def property_checks(self, prop, target: str) -> Iterator[Check]:
        path = self.path_of(prop)
        severity = self.shapes.value(prop, SH.severity, default=SH.Violation)
        message = str(self.shapes.value(prop, SH.message, default=""))
        source = prop if isinstance(prop, URIRef) else None
        for key, arg in self.constraints(prop):
            if key == SH.sparql:
                body, names = self.sparql(arg, path)
                own = self.shapes.value(arg, SH.message)
                query = self.prefixes(arg) + "\n" + self.query(target, body, names)
                yield Check(source, SH.SPARQLConstraintComponent, URIRef(path[1:-1]), severity,
                            str(own) if own is not None else message, query)
                continue
            pattern = self.violation(key, arg, path)
            names = ["value"] if "?value" in pattern else []
            yield Check(source, _COMPONENT[key], URIRef(path[1:-1]), severity, message,
                        self.query(target, pattern, names))

    @staticmethod
    def query(target: str, pattern: str, names: list[str]) -> str:
        projected = " ".join(f"?{n}" for n in ["g", "this", *names])
        return (f"SELECT DISTINCT {projected} WHERE {{\n  #GRAPHS#\n  GRAPH ?g {{\n    {target}\n    {pattern}\n  }}\n}}")


def compile_shapes(shapes: Graph, ontology: Graph) -> list[Check]:
    """Every constraint of ``shapes`` as a Check; raises Unsupported outside the subset."""
    return _Compiler(shapes, ontology).checks()


def graphs_clause(graphs: list[str] | None, prefix: str) -> str:
    """Restrict ?g to the given article graphs, or to every graph named ``prefix…``."""
    if graphs is not None:
        return _values("g", [URIRef(g) for g in graphs])
    return f"FILTER (STRSTARTS(STR(?g), {Literal(prefix).n3()}))"


def message(template: str, row: dict[str, str | None]) -> str:
    """Fill ``{?var}`` and ``{$var}`` in a sh:message from a result row."""
    return re.sub(r"\{[?$](\w+)\}", lambda m: str(row.get(m.group(1)) or ""), template)
