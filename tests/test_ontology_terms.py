"""The ontology parses, defines every nkg term the project uses, and its SKOS
schemes hold exactly the agreed concepts and notations."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
NKG = "https://w3id.org/newskg/ns#"

LABELS = (RDFS.label, SKOS.prefLabel)
COMMENTS = (RDFS.comment, SKOS.definition)

EXPECTED_NOTATIONS = {
    "MeasureScheme": {
        "Killed": "killed",
        "Injured": "injured",
        "Missing": "missing",
        "Arrested": "arrested",
        "Displaced": "displaced",
        "Evacuated": "evacuated",
        "Affected": "affected",
        "MourningDays": "mourning_days",
        "OtherCount": "other",
    },
    "QualifierScheme": {
        "Exact": "exact",
        "AtLeast": "at_least",
        "AtMost": "at_most",
        "Approximately": "approximately",
        "Range": "range",
        "Vague": "vague",
    },
    "RoleScheme": {
        "Military": "military",
        "Security": "security",
        "Civilian": "civilian",
        "AllRoles": "all",
        "UnspecifiedRole": "unspecified",
    },
    "EventTypeScheme": {
        "Attack": "attack",
        "Bombing": "bombing",
        "Shooting": "shooting",
        "Airstrike": "airstrike",
        "MilitaryOperation": "military_operation",
        "Capture": "capture",
        "Disaster": "disaster",
        "Earthquake": "earthquake",
        "Flood": "flood",
        "Storm": "storm",
        "Fire": "fire",
        "Landslide": "landslide",
        "Explosion": "explosion",
        "BuildingCollapse": "building_collapse",
        "CrowdCrush": "crowd_crush",
        "Epidemic": "epidemic",
        "Accident": "accident",
        "AirCrash": "air_crash",
        "RailCrash": "rail_crash",
        "RoadCrash": "road_crash",
        "Sinking": "sinking",
        "Protest": "protest",
        "Crackdown": "crackdown",
        "MassArrest": "mass_arrest",
        "MourningDeclaration": "mourning",
        "LegislativeAction": "legislative_action",
        "LegalAction": "legal_action",
        "OtherEvent": "other",
    },
    "ConflictKindScheme": {"Contradiction": "contradiction", "Revision": "revision"},
}

EXPECTED_BROADER = {
    "CrowdCrush": "Disaster",
    "Bombing": "Attack",
    "Shooting": "Attack",
    "Airstrike": "Attack",
    "MilitaryOperation": "Attack",
    "Earthquake": "Disaster",
    "Flood": "Disaster",
    "Storm": "Disaster",
    "Fire": "Disaster",
    "Landslide": "Disaster",
    "Explosion": "Disaster",
    "BuildingCollapse": "Disaster",
    "Epidemic": "Disaster",
    "AirCrash": "Accident",
    "RailCrash": "Accident",
    "RoadCrash": "Accident",
    "Sinking": "Accident",
}

# The terms the brief and EXAMPLE.trig promise, whatever the files contain.
EXPECTED_CLASSES = {
    "FigureClaim", "Population", "Variable", "Conflict", "Corroboration",
    "Estimate", "SumCheck", "ExtractionRun",
}
EXPECTED_PROPERTIES = {
    "measure", "qualifier", "minValue", "maxValue", "statedAs", "population",
    "aboutEvent", "claimantText", "hedged", "hedgeCue", "evidence", "group",
    "groupCodes", "role", "textContext", "contentHash", "alias", "mention",
    "isoCode", "toolVersion", "resolvedTo", "variable", "onVariable",
    "firstClaim", "secondClaim", "conflictKind", "low", "best", "high",
    "method", "inconsistent", "total", "part", "partsSum", "consistent",
    "agent", "patient", "consequenceOf",
}


def n(local: str) -> URIRef:
    return URIRef(NKG + local)


@lru_cache(maxsize=None)
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY / "newskg.ttl", format="turtle")


def _nkg_iris_in(graph: Graph) -> set[URIRef]:
    return {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(NKG)
    }


def nkg_iris_in_file(name: str) -> set[URIRef]:
    path = ONTOLOGY / name
    if path.suffix == ".trig":
        ds = Dataset(default_union=True)
        ds.parse(path, format="trig")
        return _nkg_iris_in(ds)
    iris = _nkg_iris_in(Graph().parse(path, format="turtle"))
    # SPARQL-based constraints use nkg terms inside query strings.
    text = path.read_text(encoding="utf-8")
    iris |= {n(local) for local in re.findall(r"\bnkg:([A-Za-z_][A-Za-z0-9_]*)", text)}
    return iris


def test_ontology_header():
    g = ontology()
    onto = URIRef("https://w3id.org/newskg/ns")
    assert (onto, RDF.type, OWL.Ontology) in g
    assert g.value(onto, OWL.versionInfo) is not None
    assert g.value(onto, URIRef("http://purl.org/dc/terms/license")) == URIRef(
        "https://opensource.org/licenses/MIT"
    )
    assert g.value(onto, URIRef("http://purl.org/dc/terms/description")) is not None


@pytest.mark.parametrize("name", ["EXAMPLE.trig", "shapes.ttl", "shapes-publish.ttl"])
def test_every_nkg_term_used_is_defined_with_label_and_comment(name):
    g = ontology()
    used = nkg_iris_in_file(name)
    assert used, f"{name} uses no nkg terms?"
    undefined = sorted(str(t) for t in used if (t, RDF.type, None) not in g)
    assert not undefined, f"{name} uses nkg terms newskg.ttl does not define: {undefined}"
    unlabelled = sorted(str(t) for t in used if not any(g.value(t, p) for p in LABELS))
    assert not unlabelled, f"no rdfs:label / skos:prefLabel: {unlabelled}"
    uncommented = sorted(str(t) for t in used if not any(g.value(t, p) for p in COMMENTS))
    assert not uncommented, f"no rdfs:comment / skos:definition: {uncommented}"


def test_every_nkg_term_defined_has_label_and_comment():
    g = ontology()
    for term in {s for s in g.subjects(RDF.type, None) if str(s).startswith(NKG)}:
        assert any(g.value(term, p) for p in LABELS), f"{term} has no label"
        assert any(g.value(term, p) for p in COMMENTS), f"{term} has no comment/definition"


def test_promised_classes_and_properties_exist():
    g = ontology()
    for local in EXPECTED_CLASSES:
        assert (n(local), RDF.type, OWL.Class) in g, local
    for local in EXPECTED_PROPERTIES:
        kinds = set(g.objects(n(local), RDF.type))
        assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, local


def test_reuse_axioms():
    g = ontology()
    prov = "http://www.w3.org/ns/prov#"
    sem = "http://semanticweb.cs.vu.nl/2009/11/sem/"
    assert (n("FigureClaim"), RDFS.subClassOf, URIRef(prov + "Entity")) in g
    assert (n("ExtractionRun"), RDFS.subClassOf, URIRef(prov + "Activity")) in g
    for local in ("agent", "patient"):
        assert (n(local), RDFS.subPropertyOf, URIRef(sem + "hasActor")) in g


def test_no_multiple_domains_or_ranges():
    """Several rdfs:domain values mean their intersection; unions must be explicit."""
    g = ontology()
    for prop in {s for s in g.subjects(RDF.type, None) if str(s).startswith(NKG)}:
        assert len(set(g.objects(prop, RDFS.domain))) <= 1, prop
        assert len(set(g.objects(prop, RDFS.range))) <= 1, prop


@pytest.mark.parametrize("scheme", sorted(EXPECTED_NOTATIONS))
def test_scheme_concepts_and_notations(scheme):
    g = ontology()
    scheme_iri = n(scheme)
    assert (scheme_iri, RDF.type, SKOS.ConceptScheme) in g
    concepts = set(g.subjects(SKOS.inScheme, scheme_iri))
    found = {}
    for concept in concepts:
        assert (concept, RDF.type, SKOS.Concept) in g, concept
        notations = list(g.objects(concept, SKOS.notation))
        assert len(notations) == 1, f"{concept}: {notations}"
        notation = notations[0]
        assert isinstance(notation, Literal)
        assert notation.language is None and notation.datatype in (None, XSD.string), (
            f"{concept}: skos:notation must be a plain string, got {notation!r}"
        )
        assert g.value(concept, SKOS.prefLabel), concept
        assert g.value(concept, SKOS.definition), concept
        found[str(concept)[len(NKG):]] = str(notation)
    assert found == EXPECTED_NOTATIONS[scheme]


def test_every_concept_is_in_one_scheme_with_one_notation():
    g = ontology()
    for concept in g.subjects(RDF.type, SKOS.Concept):
        assert len(list(g.objects(concept, SKOS.inScheme))) == 1, concept
        assert len(list(g.objects(concept, SKOS.notation))) == 1, concept


def test_concepts_are_named_individuals_and_schemes_do_not_link_back():
    """pySHACL's ont_graph copies owl:NamedIndividual nodes (with their
    skos:Concept type) into the data graph by following their links; links
    from a scheme back to its concepts would make that copy explode."""
    g = ontology()
    for concept in g.subjects(RDF.type, SKOS.Concept):
        assert (concept, RDF.type, OWL.NamedIndividual) in g, concept
    assert not list(g.triples((None, SKOS.hasTopConcept, None)))


def test_event_type_hierarchy():
    g = ontology()
    broader = {
        str(s)[len(NKG):]: str(o)[len(NKG):]
        for s, o in g.subject_objects(SKOS.broader)
        if str(s).startswith(NKG)
    }
    assert broader == EXPECTED_BROADER
    tops = {str(c)[len(NKG):] for c in g.subjects(SKOS.topConceptOf, n("EventTypeScheme"))}
    assert tops == set(EXPECTED_NOTATIONS["EventTypeScheme"]) - set(EXPECTED_BROADER)


def test_qualifier_definitions_state_their_interval():
    g = ontology()
    approx = str(g.value(n("Approximately"), SKOS.definition))
    assert "floor(0.9N)" in approx and "ceil(1.1N)" in approx
    vague = str(g.value(n("Vague"), SKOS.definition))
    for word, bound in [("some", 1), ("a few", 2), ("several", 3), ("many", 3),
                        ("dozens", 24), ("scores", 40), ("hundreds", 200), ("thousands", 2000)]:
        assert f'"{word}" >= {bound}' in vague, word


def test_external_mappings():
    g = ontology()
    wd = "http://www.wikidata.org/entity/"
    gdelt = "https://w3id.org/newskg/gdelt#"
    assert (n("Killed"), SKOS.closeMatch, URIRef(wd + "P1120")) in g
    assert (n("Injured"), SKOS.closeMatch, URIRef(wd + "P1339")) in g
    assert (n("Missing"), SKOS.closeMatch, URIRef(wd + "P1446")) in g
    assert (n("Killed"), SKOS.closeMatch, URIRef(gdelt + "KILL")) in g
    assert (n("Earthquake"), SKOS.closeMatch, URIRef(wd + "Q7944")) in g
    assert (n("Flood"), SKOS.closeMatch, URIRef(wd + "Q8068")) in g
    # P1561 (number of survivors) is no measure of ours.
    assert not list(g.subjects(None, URIRef(wd + "P1561")))
    gdelt_types = {
        str(o)[len(gdelt):] for o in g.objects() if str(o).startswith(gdelt) and (o, RDF.type, SKOS.Concept) in g
    }
    assert {"KILL", "WOUND", "ARREST", "AFFECT", "EVACUATION"} <= gdelt_types
    assert gdelt_types <= {"KILL", "WOUND", "ARREST", "KIDNAP", "AFFECT", "EVACUATION",
                           "SICKENED", "PROTEST", "SEIZE"}
