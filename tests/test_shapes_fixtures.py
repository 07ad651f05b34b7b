"""Paired PASS / FAIL fixtures for every shape that matters (UCO style).

Each FAIL file in tests/data/shapes/ breaks exactly one constraint; its test
asserts the one result it must produce: focus node, result path, constraint
component, severity and source shape. Its PASS twin differs only in the
broken detail (often the boundary value) and must conform. A shape that
fails for the wrong reason, or also fails elsewhere, breaks the test.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pytest
import rdflib.plugins.sparql.processor as sparql_processor
from pyshacl import validate

from newskg.validate import cached_sparql_parsing  # the cache newskg validate uses
from rdflib import Graph, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
DATA = ROOT / "tests" / "data" / "shapes"

SH = Namespace("http://www.w3.org/ns/shacl#")
NKGSH = Namespace("https://w3id.org/newskg/shapes#")
NKG = Namespace("https://w3id.org/newskg/ns#")
ID = Namespace("https://w3id.org/newskg/id/")
PROV = Namespace("http://www.w3.org/ns/prov#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")


_UNPATCHED_QUERY = sparql_processor.SPARQLProcessor.query


class Result(NamedTuple):
    focus: URIRef
    path: URIRef | None
    component: URIRef
    severity: URIRef
    shape: URIRef


@lru_cache(maxsize=None)
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY / "newskg.ttl", format="turtle")


@lru_cache(maxsize=None)
def shapes(profile: str) -> Graph:
    g = Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    if profile == "publish":
        g.parse(ONTOLOGY / "shapes-publish.ttl", format="turtle")
    return g


@pytest.fixture(scope="module", autouse=True)
def _fast_sparql():
    with cached_sparql_parsing():
        yield


def validate_fixture(name: str, kind: str, profile: str):
    data = Graph().parse(DATA / f"{name}.{kind}.ttl", format="turtle")
    # The union with the ontology supplies the concepts' skos:Concept types
    # (test_shapes_example.py checks the ont_graph= route validate.py takes).
    return validate(data + ontology(), shacl_graph=shapes(profile), inference="none")


@lru_cache(maxsize=None)
def run(name: str, kind: str, profile: str) -> tuple[bool, frozenset[Result], tuple[str, ...], str]:
    conforms, report, text = validate_fixture(name, kind, profile)
    results, messages = set(), []
    for res in report.subjects(RDF.type, SH.ValidationResult):
        results.add(
            Result(
                report.value(res, SH.focusNode),
                report.value(res, SH.resultPath),
                report.value(res, SH.sourceConstraintComponent),
                report.value(res, SH.resultSeverity),
                report.value(res, SH.sourceShape),
            )
        )
        messages.extend(str(m) for m in report.objects(res, SH.resultMessage))
    return conforms, frozenset(results), tuple(messages), text


# name, profile, expected result of the FAIL file
CASES = [
    ("claim_without_source", "core",
     Result(ID["claim/a1/0-30"], PROV.wasDerivedFrom, SH.MinCountConstraintComponent, SH.Violation,
            NKGSH.ClaimHasOneSource)),
    ("min_above_max", "core",
     Result(ID["claim/a1/0-36"], NKG.minValue, SH.LessThanOrEqualsConstraintComponent, SH.Violation,
            NKGSH.ClaimMinValueNotAboveMaxValue)),
    ("negative_min_value", "core",
     Result(ID["claim/a1/0-30"], NKG.minValue, SH.MinInclusiveConstraintComponent, SH.Violation,
            NKGSH.ClaimMinValueIsNonNegativeInteger)),
    ("offsets_outside_text", "core",
     Result(ID["claim/a1/60-90/evidence"], NIF.endIndex, SH.SPARQLConstraintComponent, SH.Violation,
            NKGSH.SpanInsideText)),
    ("quote_differs_from_text", "core",
     Result(ID["claim/a1/0-30/evidence"], NIF.anchorOf, SH.SPARQLConstraintComponent, SH.Violation,
            NKGSH.SpanAnchorMatchesText)),
    ("empty_span", "core",
     Result(ID["claim/a1/0-0/evidence"], NIF.beginIndex, SH.LessThanConstraintComponent, SH.Violation,
            NKGSH.SpanBeginBeforeEnd)),
    ("missing_measure", "core",
     Result(ID["claim/a1/0-30"], NKG.measure, SH.MinCountConstraintComponent, SH.Violation,
            NKGSH.ClaimHasOneMeasure)),
    ("bad_role", "core",
     Result(ID["claim/a1/0-30/population"], NKG.role, SH.InConstraintComponent, SH.Violation,
            NKGSH.PopulationHasOneRole)),
    ("bad_group_codes", "core",
     Result(ID["claim/a1/0-30/population"], NKG.groupCodes, SH.PatternConstraintComponent, SH.Violation,
            NKGSH.PopulationHasGroupCodes)),
    ("sumcheck_inconsistent", "core",
     Result(ID["sumcheck/a1/0-23"], NKG.consistent, SH.HasValueConstraintComponent, SH.Violation,
            NKGSH.SumCheckConsistent)),
    ("killed_above_affected", "core",
     Result(ID["claim/a1/0-30"], NKG.minValue, SH.SPARQLConstraintComponent, SH.Violation,
            NKGSH.KilledNotAboveAffected)),
    ("event_after_publication", "core",
     Result(ID["article/a1/event/e0"], SEM.hasTimeStamp, SH.SPARQLConstraintComponent, SH.Violation,
            NKGSH.EventNotAfterPublication)),
    ("consequence_before_cause", "core",
     Result(ID["article/a1/event/e1"], NKG.consequenceOf, SH.SPARQLConstraintComponent, SH.Violation,
            NKGSH.ConsequenceNotBeforeCause)),
    ("hedged_unattributed", "core",
     Result(ID["claim/a1/0-31"], PROV.wasAttributedTo, SH.MinCountConstraintComponent, SH.Warning,
            NKGSH.HedgedClaimIsAttributed)),
    ("hedged_without_cue", "core",
     Result(ID["claim/a1/0-30"], None, SH.OrConstraintComponent, SH.Violation,
            NKGSH.HedgeAgreementShape)),
    ("publish_unattributed_claim", "publish",
     Result(ID["claim/a1/0-30"], PROV.wasAttributedTo, SH.MinCountConstraintComponent, SH.Violation,
            NKGSH.PublishClaimIsAttributed)),
    ("publish_article_without_publisher", "publish",
     Result(ID["article/a1"], SCHEMA.publisher, SH.MinCountConstraintComponent, SH.Violation,
            NKGSH.PublishArticleHasPublisher)),
    ("publish_actor_without_label", "publish",
     Result(ID["actor/daily-news"], RDFS.label, SH.MinCountConstraintComponent, SH.Violation,
            NKGSH.PublishActorHasLabel)),
]
IDS = [case[0] for case in CASES]


@pytest.mark.parametrize("name, profile, expected", CASES, ids=IDS)
def test_fail_fixture_fails_for_the_right_reason(name, profile, expected):
    conforms, results, messages, text = run(name, "fail", profile)
    assert not conforms
    assert results == {expected}, text
    # every result speaks to a researcher, with the SPARQL variables filled in
    assert messages and all(m.strip() and "{?" not in m and "{$" not in m for m in messages), messages


@pytest.mark.parametrize("name, profile, expected", CASES, ids=IDS)
def test_pass_twin_conforms(name, profile, expected):
    conforms, results, _, text = run(name, "pass", profile)
    assert conforms and not results, text


def test_every_fixture_has_a_case():
    files = {p.name for p in DATA.glob("*.ttl")}
    expected = {f"{name}.{kind}.ttl" for name in IDS for kind in ("fail", "pass")}
    assert files == expected


@pytest.mark.parametrize("name", IDS)
def test_fixture_header_states_the_expected_focus(name):
    """The comment at the top of each FAIL file tells a reader what it breaks."""
    header = (DATA / f"{name}.fail.ttl").read_text(encoding="utf-8").split("\n@", 1)[0]
    expected = dict((c[0], c[2]) for c in CASES)[name]
    focus = str(expected.focus).removeprefix(str(ID))
    assert f"focus <{focus}>" in header
    assert str(expected.shape).split("#")[1] in header


def test_sparql_messages_carry_the_figures():
    _, _, messages, _ = run("killed_above_affected", "fail", "core")
    assert any("30 killed" in m and "20 affected" in m for m in messages), messages
    _, _, messages, _ = run("quote_differs_from_text", "fail", "core")
    assert any('"At least 30 people were killed"' in m for m in messages), messages


@pytest.mark.parametrize("profile_file", ["shapes.ttl", "shapes-publish.ttl"])
def test_every_named_shape_is_documented(profile_file):
    """Shapes as documentation: each named property shape has a sh:message
    (on itself or on its SPARQL constraint), each node shape a comment."""
    g = Graph().parse(ONTOLOGY / profile_file, format="turtle")
    named = {s for s in g.subjects(RDF.type, None) if str(s).startswith(str(NKGSH))}
    assert named
    for shape in named:
        if (shape, RDF.type, SH.PropertyShape) in g:
            sparql = list(g.objects(shape, SH.sparql))
            documented = g.value(shape, SH.message) or (sparql and all(g.value(q, SH.message) for q in sparql))
            assert documented, f"{shape} has no sh:message"
        else:
            assert g.value(shape, RDFS.comment), f"{shape} has no rdfs:comment"
    # and a prose comment right above each named property shape in the source
    text = (ONTOLOGY / profile_file).read_text(encoding="utf-8")
    for match in re.finditer(r"^(nkgsh:\w+) a sh:PropertyShape", text, flags=re.M):
        before = text[: match.start()].rstrip("\n").splitlines()
        assert before and before[-1].startswith("#"), f"{match.group(1)} has no comment above it"


def test_query_cache_does_not_change_results():
    """The parse cache above is an optimisation only: same report without it."""
    with_cache = validate_fixture("killed_above_affected", "fail", "core")[1]
    original = sparql_processor.SPARQLProcessor.query
    sparql_processor.SPARQLProcessor.query = _UNPATCHED_QUERY
    try:
        without_cache = validate_fixture("killed_above_affected", "fail", "core")[1]
    finally:
        sparql_processor.SPARQLProcessor.query = original
    assert isomorphic(with_cache, without_cache)
