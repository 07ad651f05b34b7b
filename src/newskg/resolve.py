"""Across articles: which event mentions are the same event, and which claims measure the same thing.

Rebuilt from the article graphs after each ingest, so it never depends on the
order articles arrived in. Two main events are the same when their types are
of one family (a raid and an airstrike; a storm and its floods), their
countries do not differ and their dates (or, lacking one, the publication
dates) are close. A day without a known year ("KERMAN, Jan. 22 —" in an
article with no publication date) is compared across the calendar. An event
with no date at all, or only a yearless day, joins another only when exactly
one event of its family and country fits (see ``cluster``). Claims are then
comparable when they share the resolved event, the measure, the nationality
set and the role: that is a Variable.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from rdflib import RDF, RDFS, XSD, Literal, URIRef

from newskg.graphsync import sync_graphs

from newskg.rdf.ids import Ids
from newskg.rdf.vocab import EVENT_TYPE, NKG, NOTATION, SEM

FAMILY = {
    "attack": "attack", "bombing": "attack", "shooting": "attack", "airstrike": "attack",
    "military_operation": "attack", "capture": "attack",
    "storm": "storm", "flood": "storm", "landslide": "storm",
    "fire": "fire", "explosion": "fire",
    "air_crash": "crash", "rail_crash": "crash", "road_crash": "crash", "sinking": "crash", "accident": "crash",
    "protest": "protest", "crackdown": "protest", "mass_arrest": "protest",
}
EVENT_WINDOW_DAYS = 3  # two event dates at most this far apart can be one event
PUBLISHED_WINDOW_DAYS = 7  # same, when only publication dates are known
LONG_EVENTS = {"epidemic": 90, "storm": 14, "protest": 14}  # families that last: their own window

EVENTS_QUERY = """
SELECT ?ev ?type ?date ?published ?place ?placeLabel ?country ?parent ?g WHERE {
  GRAPH ?g {
    ?ev a sem:Event ; sem:eventType ?type ; prov:wasDerivedFrom ?article .
    OPTIONAL { ?ev sem:hasTimeStamp ?date }
    OPTIONAL { ?article schema:datePublished ?published }
    OPTIONAL { ?ev sem:hasPlace ?place . ?place rdfs:label ?placeLabel .
               OPTIONAL { ?place schema:containedInPlace ?c . ?c nkg:isoCode ?country } }
    OPTIONAL { ?ev sem:subEventOf ?parent }
  }
}"""

CLAIMS_QUERY = """
SELECT ?claim ?ev ?measure ?groups ?role ?poplabel ?scope WHERE {
  GRAPH ?g {
    ?claim a nkg:FigureClaim ; nkg:aboutEvent ?ev ; nkg:measure ?measure ; nkg:population ?p .
    ?p nkg:groupCodes ?groups ; nkg:role ?role .
    OPTIONAL { ?p rdfs:label ?poplabel }
    OPTIONAL { ?p nkg:scope ?scope }
  }
}"""


@dataclass
class LocalEvent:
    iri: str
    type: str
    date: date | None
    published: date | None
    place: str | None
    place_label: str | None
    country: str | None
    parent: str | None
    graph: str
    month_day: tuple[int, int] | None = None  # a day whose year is unknown (only when date is None)

    @property
    def when(self) -> date | None:
        return self.date or self.published


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month_day(value: str | None) -> tuple[int, int] | None:
    """(month, day) of an xsd:gMonthDay stamp ("--03-03"): a day whose year the article does not give."""
    if not value or not value.startswith("--") or len(value) < 7:
        return None
    try:
        return int(value[2:4]), int(value[5:7])
    except ValueError:
        return None


def _calendar_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two days of the year when the years are unknown (the nearest reading: Dec. 30
    and Jan. 2 are three days apart)."""
    da, db = date(2000, *a).toordinal(), date(2000, *b).toordinal()  # 2000: a leap year
    d = abs(da - db)
    return min(d, 366 - d)


def _day_gap(a: "LocalEvent", b: "LocalEvent", *, events_only: bool = False) -> int | None:
    """Days between the best-known dates of two events (the event date, else the publication
    date; with ``events_only`` event dates only); across the calendar when either side has only a
    day without a year; None when a side has no date at all."""
    wa, wb = (a.date, b.date) if events_only else (a.when, b.when)
    if wa and wb:
        return abs((wa - wb).days)
    da = a.month_day or ((wa.month, wa.day) if wa else None)
    db = b.month_day or ((wb.month, wb.day) if wb else None)
    if da and db:
        return _calendar_gap(da, db)
    return None


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def same_event(a: LocalEvent, b: LocalEvent) -> bool:
    """Could be one real event: same family of type, same country, close in time.

    Without a country on one side, only close event days can join them. The
    best-known dates (event date, else publication date) must be within the
    family's window; a day without a year is compared across the calendar.
    When a side has no date at all, nothing in time tells them apart: this
    says True, and ``cluster`` joins such an event only to the one event of
    its family and country that fits.
    """
    if FAMILY.get(a.type, a.type) != FAMILY.get(b.type, b.type):
        return False
    same_place = bool(a.place_label and b.place_label and a.place_label.lower() == b.place_label.lower())
    if a.country and b.country and a.country != b.country and not same_place:
        return False  # (a lake or a border region named alike on both sides still joins them)
    if not (a.country and b.country):
        gap = _day_gap(a, b, events_only=True)
        return gap is not None and gap <= EVENT_WINDOW_DAYS
    gap = _day_gap(a, b)
    if gap is not None:
        return gap <= LONG_EVENTS.get(FAMILY.get(a.type, a.type), PUBLISHED_WINDOW_DAYS)
    return True


def cluster(events: list[LocalEvent]) -> dict[str, list[LocalEvent]]:
    """Main events grouped into resolved events; key = a readable, stable name.

    Dated events (an event or publication date with its year) are joined
    pairwise when ``same_event``. The others are then placed one by one, those
    with a yearless day first: such an event joins the one group of its family
    it fits (by country and calendar day); when several fit, the one that
    names the same place, if exactly one does; else it stays alone, since
    nothing tells which it belongs to (an undated earthquake in a country with
    two dated ones is neither). With no group to fit, undated events of one
    family and country are taken to be one event, as nothing sets them apart.
    """
    uf = _UnionFind()
    by_family: dict[str, list[LocalEvent]] = defaultdict(list)
    for ev in events:
        uf.find(ev.iri)
        by_family[FAMILY.get(ev.type, ev.type)].append(ev)
    for fam in by_family.values():
        dated = sorted((e for e in fam if e.when), key=lambda e: (e.when, e.iri))
        loose = sorted((e for e in fam if not e.when), key=lambda e: (e.month_day is None, e.month_day or (0, 0), e.iri))
        # dated events: compare with the ones shortly before (sorted by date)
        for i, ev in enumerate(dated):
            for other in reversed(dated[:i]):
                if (ev.when - other.when).days > max(LONG_EVENTS.values()):
                    break
                if same_event(ev, other):
                    uf.union(ev.iri, other.iri)
        placed = list(dated)
        for ev in loose:
            fits = {uf.find(o.iri) for o in placed if same_event(ev, o)}
            if len(fits) > 1 and ev.place_label:
                fits = {uf.find(o.iri) for o in placed if uf.find(o.iri) in fits
                        and (o.place_label or "").lower() == ev.place_label.lower()}
            if len(fits) == 1:
                uf.union(ev.iri, fits.pop())
            placed.append(ev)
    groups: dict[str, list[LocalEvent]] = defaultdict(list)
    for ev in events:
        groups[uf.find(ev.iri)].append(ev)
    named: dict[str, list[LocalEvent]] = {}
    for members in groups.values():
        etype = Counter(m.type for m in members).most_common(1)[0][0]
        dates = sorted(m.date for m in members if m.date) or sorted(m.published for m in members if m.published)
        countries = Counter(m.country for m in members if m.country)
        places = Counter(m.place_label for m in members if m.place_label)
        where = countries.most_common(1)[0][0].lower() if countries else (places.most_common(1)[0][0] if places else "")
        key = "-".join(p for p in (etype.replace("_", "-"), dates[0].isoformat() if dates else "", where) if p)
        base, n = key, 2
        while key in named:
            key, n = f"{base}-{n}", n + 1
        named[key] = members
    return named


def resolve(store, ids: Ids) -> dict[str, int]:
    """Resolve everything in the store; write the graphs of the events whose resolution changed.

    Returns sync counts (graphs written, unchanged, dropped).
    """
    prefix = ids.base + "graph/article/"
    rows = [r for r in store.select(EVENTS_QUERY) if (r["g"] or "").startswith(prefix)]
    local: dict[str, LocalEvent] = {}
    for r in rows:
        if r["ev"] in local:
            continue
        local[r["ev"]] = LocalEvent(
            iri=r["ev"], type=NOTATION.get(URIRef(r["type"]), "other"), date=_date(r["date"]),
            published=_date(r["published"]), place=r["place"], place_label=r["placeLabel"],
            country=r["country"], parent=r["parent"], graph=r["g"], month_day=_month_day(r["date"]),
        )
    mains = [e for e in local.values() if e.iri.endswith("/event/e0")]
    graphs: dict[str, list[str]] = defaultdict(list)  # one named graph per resolved event
    home: dict[URIRef, str] = {}  # resolved event (or sub-event) -> the name of its graph

    out: list[str] = []  # the graph being written: that of the event at hand

    def add(triple) -> None:
        out.append(" ".join(term.n3() for term in triple) + " .")

    canonical: dict[str, URIRef] = {}
    labels: dict[URIRef, str] = {}
    for key, members in sorted(cluster(mains).items()):
        node = ids.event(key)
        home[node] = str(ids.resolved_graph(key))
        out = graphs[home[node]]
        etype = Counter(m.type for m in members).most_common(1)[0][0]
        dates = sorted(m.date for m in members if m.date)
        label_place = Counter(m.place_label for m in members if m.place_label).most_common(1)
        label = etype.replace("_", " ")
        if label_place:
            label += f", {label_place[0][0]}"
        if dates:
            label += f", {dates[0].isoformat()}"
        labels[node] = label
        add((node, RDF.type, SEM.Event))
        add((node, RDFS.label, Literal(label)))
        add((node, SEM.eventType, EVENT_TYPE.get(etype, NKG.OtherEvent)))
        if dates:
            add((node, SEM.hasTimeStamp, Literal(dates[0].isoformat(), datatype=XSD.date)))
        places = Counter((m.place, m.place_label) for m in members if m.place)
        if places:
            (place, place_label), _n = places.most_common(1)[0]
            add((node, SEM.hasPlace, URIRef(place)))
            if place_label:
                add((URIRef(place), RDFS.label, Literal(place_label)))
        for m in members:
            canonical[m.iri] = node
    # sub-events and consequences follow their parent's resolution
    for ev in local.values():
        if ev.iri in canonical:
            continue
        main_iri = ev.iri.rsplit("/event/", 1)[0] + "/event/e0"
        parent = canonical.get(main_iri)
        if parent is None:
            continue
        suffix = ev.type.replace("_", "-")
        if ev.type == "mourning" and ev.country:
            suffix += f"-{ev.country.lower()}"
        node = URIRef(f"{parent}/{suffix}")
        canonical[ev.iri] = node
        home[node] = home[parent]
        out = graphs[home[node]]
        labels[node] = f"{ev.type.replace('_', ' ')} ({labels.get(parent, '')})"
        add((node, RDF.type, SEM.Event))
        add((node, RDFS.label, Literal(labels[node])))
        add((node, SEM.eventType, EVENT_TYPE.get(ev.type, NKG.OtherEvent)))
        if ev.type == "mourning":
            add((node, NKG.consequenceOf, parent))
        else:
            add((node, SEM.subEventOf, parent))
    for local_iri, node in canonical.items():
        out = graphs[home[node]]
        add((URIRef(local_iri), NKG.resolvedTo, node))
    # variables
    seen_vars: set[URIRef] = set()
    for r in store.select(CLAIMS_QUERY):
        ev = canonical.get(r["ev"])
        if ev is None:
            continue
        measure = NOTATION.get(URIRef(r["measure"]), "other")
        role = NOTATION.get(URIRef(r["role"]), "unspecified")
        groups = r["groups"] or ""
        scope = r["scope"] or ""
        key = f"{ev}|{measure}|{groups}|{role}" + (f"|{scope}" if scope else "")
        var = ids.variable(key)
        out = graphs[home[ev]]
        add((URIRef(r["claim"]), NKG.variable, var))
        if var in seen_vars:
            continue
        seen_vars.add(var)
        add((var, RDF.type, NKG.Variable))
        add((var, NKG.aboutEvent, ev))
        add((var, NKG.measure, URIRef(r["measure"])))
        add((var, NKG.groupCodes, Literal(groups)))
        add((var, NKG.role, URIRef(r["role"])))
        who = {"military": "military personnel", "security": "security forces", "civilian": "civilians",
               "all": "people", "unspecified": "people"}[role]
        if measure == "mourning_days":
            text = f"days of mourning{' in ' + groups if groups else ''} for {labels.get(ev, 'the event')}"
        else:
            text = f"{groups + ' ' if groups else ''}{who} {measure.replace('_', ' ')} in {labels.get(ev, 'the event')}"
        if scope:
            add((var, NKG.scope, Literal(scope)))
            text += f" ({scope})"
        add((var, RDFS.label, Literal(text)))
    return sync_graphs(store, ids.resolved_graph_prefix, graphs.items())
