"""Across articles: which event mentions are the same event, and which claims measure the same thing.

Rebuilt from the article graphs after each ingest, so it never depends on the
order articles arrived in: main events are clustered and named over the whole
store each time (they are few, one per article), but only the resolved events
whose members changed, or whose members' articles were written or removed,
are built again, a chunk of events at a time (see ``make_plan``). Two main events are the same when their types are
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

import re

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from rdflib import RDF, RDFS, XSD, Literal, URIRef

from newskg.graphsync import sync_graphs
from newskg.nlp import gazetteer

from newskg.rdf.ids import Ids
from newskg.rdf.vocab import EVENT_TYPE, NKG, NOTATION, ROLE, SEM

FAMILY = gazetteer.EVENT_FAMILIES
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
UNNAMED_SCOPES = {"increment", "earlier"}  # parts, and counts an article says it has replaced: no other article counts them too
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

# other countries an event struck (nkg:alsoIn): a cyclone told from either side of a border is one event
ALSO_IN_QUERY = "SELECT ?ev ?iso WHERE { GRAPH ?g { ?ev nkg:alsoIn ?c . ?c nkg:isoCode ?iso } }"

# the claims about some events (VALUES inside GRAPH: Oxigraph then looks them up by event, ~100x faster)
CLAIMS_QUERY = """
SELECT ?claim ?ev ?measure ?groups ?role ?poplabel ?scope ?who WHERE {
  GRAPH ?g {
    VALUES ?ev { %s }
    ?claim a nkg:FigureClaim ; nkg:aboutEvent ?ev ; nkg:measure ?measure ; nkg:population ?p .
    ?p nkg:groupCodes ?groups ; nkg:role ?role .
    OPTIONAL { ?p rdfs:label ?poplabel }
    OPTIONAL { ?p nkg:scope ?scope }
    OPTIONAL { ?claim prov:wasAttributedTo ?who }
  }
}"""


# the actors and places some article graphs name (to tell which event an undated report belongs to)
NAMES_QUERY = """
SELECT ?g ?x WHERE {
  VALUES ?g { %s }
  GRAPH ?g { { ?x a sem:Actor } UNION { ?x a sem:Place } }
}"""


def names_in(store) -> Callable[[list[str]], dict[str, set[str]]]:
    """A lookup of the actors and places each article graph names, asked of the store when needed
    (each graph once)."""
    known: dict[str, set[str]] = {}

    def names(graphs: list[str]) -> dict[str, set[str]]:
        todo = sorted(set(graphs) - known.keys())
        for chunk in chunks(todo, 500):
            found: dict[str, set[str]] = {g: set() for g in chunk}
            for r in store.select_iter(NAMES_QUERY % " ".join(f"<{g}>" for g in chunk)):
                found[r["g"]].add(r["x"])
            known.update(found)
        return {g: known[g] for g in graphs}
    return names


# the main events each resolved graph holds now (sub-events are linked too: left out by the caller)
MEMBERS_QUERY = "SELECT ?r ?local WHERE { GRAPH ?r { ?local nkg:resolvedTo ?node } }"

CHUNK_SIZE = 200  # resolved events built and written together


@dataclass(slots=True)
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
    also_in: frozenset[str] = frozenset()  # other countries it struck (nkg:alsoIn)

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
    crossed = bool(a.country and b.country and (a.country in b.also_in or b.country in a.also_in))
    if a.country and b.country and a.country != b.country and not same_place and not crossed:
        return False  # (a lake or a border region named alike on both sides, or a storm that struck both, joins them)
    if not (a.country and b.country):
        gap = _day_gap(a, b, events_only=True)
        return gap is not None and gap <= EVENT_WINDOW_DAYS
    gap = _day_gap(a, b)
    if gap is not None:
        return gap <= LONG_EVENTS.get(FAMILY.get(a.type, a.type), PUBLISHED_WINDOW_DAYS)
    return True


def _most_shared(ev: LocalEvent, groups: dict[str, list[LocalEvent]], names: Callable[[list[str]], dict[str, set[str]]]
                 ) -> str | None:
    """The one group whose articles share the most names (actors, places) with ``ev``'s article: at
    least two, and more than any other group ("Tera" and "the Tillaberi governor" in two undated
    reports of one raid in Niger, none in a report of another raid there in January)."""
    known = names([ev.graph, *{m.graph for members in groups.values() for m in members}])
    mine = known.get(ev.graph, set())
    scores = sorted(((len(mine & set().union(*(known.get(m.graph, set()) for m in members))), g)
                     for g, members in groups.items()), reverse=True)
    if scores and scores[0][0] >= 2 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        return scores[0][1]
    return None


def cluster(events: list[LocalEvent], names: Callable[[list[str]], dict[str, set[str]]] | None = None
            ) -> dict[str, list[LocalEvent]]:
    """Main events grouped into resolved events; key = a readable, stable name.

    Dated events (an event or publication date with its year) are joined
    pairwise when ``same_event``. The others are then placed one by one, those
    with a yearless day first: such an event joins the one group of its family
    it fits (by country and calendar day); when several fit, the one that
    names the same place, if exactly one does; else it stays alone, since
    nothing tells which it belongs to (an undated earthquake in a country with
    two dated ones is neither), unless ``names`` (article graph -> the actors and
    places it names) shows one group sharing clearly more names with it than the
    others (``_most_shared``). With no group to fit, undated events of one
    family and country are taken to be one event, as nothing sets them apart.
    """
    uf = _UnionFind()
    by_family: dict[str, list[LocalEvent]] = defaultdict(list)
    for ev in events:
        uf.find(ev.iri)
        by_family[FAMILY.get(ev.type, ev.type)].append(ev)
    for family, fam in by_family.items():
        dated = sorted((e for e in fam if e.when), key=lambda e: (e.when, e.iri))
        loose = sorted((e for e in fam if not e.when), key=lambda e: (e.month_day is None, e.month_day or (0, 0), e.iri))
        # dated events: compare with the ones shortly before (sorted by date), no further back than
        # the family's window, past which ``same_event`` cannot hold
        window = max(LONG_EVENTS.get(family, PUBLISHED_WINDOW_DAYS), EVENT_WINDOW_DAYS)
        for i, ev in enumerate(dated):
            for j in range(i - 1, -1, -1):
                other = dated[j]
                if (ev.when - other.when).days > window:
                    break
                if same_event(ev, other):
                    uf.union(ev.iri, other.iri)
        placed = list(dated)
        for ev in loose:
            fits = {uf.find(o.iri) for o in placed if same_event(ev, o)}
            if len(fits) > 1 and ev.place_label:
                same_place = {uf.find(o.iri) for o in placed if uf.find(o.iri) in fits
                              and (o.place_label or "").lower() == ev.place_label.lower()}
                fits = same_place if len(same_place) == 1 or names is None else fits
            if len(fits) > 1 and names is not None:
                groups = {g: [o for o in placed if uf.find(o.iri) == g] for g in fits}
                best = _most_shared(ev, groups, names)
                fits = {best} if best else fits
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


@dataclass
class Plan:
    """What a refresh has to (re)build: every resolved event, by the graph it lives in, and the dirty ones.

    Clustering and naming run over all main events of the store (they are few:
    one per article), so an event gets the same name, ``-2`` suffix included,
    whether the store was built in one go or article by article.
    """

    graphs: dict[str, list[tuple[str, list[LocalEvent]]]]  # resolved graph -> its (key, main events), keys sorted
    subs: dict[str, list[LocalEvent]]  # main event -> the sub-events and consequences of its article
    dirty: list[str]  # the resolved graphs to build again
    gone: list[str]  # resolved graphs in the store whose event no longer exists


def read_events(store, ids: Ids) -> dict[str, LocalEvent]:
    """Every event mention of the article graphs (one row each, the first when a property has several values)."""
    prefix = ids.base + "graph/article/"
    local: dict[str, LocalEvent] = {}
    for r in store.select_iter(EVENTS_QUERY):
        if not (r["g"] or "").startswith(prefix) or r["ev"] in local:
            continue
        local[r["ev"]] = LocalEvent(
            iri=r["ev"], type=NOTATION.get(URIRef(r["type"]), "other"), date=_date(r["date"]),
            published=_date(r["published"]), place=r["place"], place_label=r["placeLabel"],
            country=r["country"], parent=r["parent"], graph=r["g"], month_day=_month_day(r["date"]),
        )
    also: dict[str, set[str]] = defaultdict(set)
    for r in store.select_iter(ALSO_IN_QUERY):
        also[r["ev"]].add(r["iso"])
    for iri, countries in also.items():
        if iri in local:
            local[iri].also_in = frozenset(countries)
    return local


def _main_of(iri: str) -> str:
    return iri.rsplit("/event/", 1)[0] + "/event/e0"


def make_plan(store, ids: Ids, changed: Iterable[str] | None = None) -> Plan:
    """Cluster every main event; say which resolved graphs must be built again.

    ``changed``: names of the graphs changed since the last refresh (article
    graphs written or removed, resolved graphs an interrupted refresh left to
    do); None when any may have changed: then every resolved graph is dirty.
    Otherwise a resolved graph is dirty when its members differ from those the
    store links to it (``?local nkg:resolvedTo ?node`` in it), or one of them
    comes from a changed article graph.
    """
    events = read_events(store, ids)
    mains = [e for e in events.values() if e.iri.endswith("/event/e0")]
    graphs: dict[str, list[tuple[str, list[LocalEvent]]]] = defaultdict(list)
    for key, members in sorted(cluster(mains, names_in(store)).items()):
        graphs[str(ids.resolved_graph(key))].append((key, members))  # (two keys of one slug share a graph)
    subs: dict[str, list[LocalEvent]] = defaultdict(list)
    for ev in events.values():
        if not ev.iri.endswith("/event/e0"):
            subs[_main_of(ev.iri)].append(ev)
    prefix = ids.resolved_graph_prefix
    gone = sorted({g for g in store.graph_names() if g.startswith(prefix)} - graphs.keys())
    if changed is None:
        return Plan(dict(graphs), dict(subs), sorted(graphs), gone)
    changed = set(map(str, changed))
    dirty = {g for g in changed if g in graphs}
    home: dict[str, str] = {}
    for g, clusters in graphs.items():
        for _key, members in clusters:
            for m in members:
                home[m.iri] = g
                if m.graph in changed:
                    dirty.add(g)
    stored: Counter[str] = Counter()  # members the store links to each resolved graph, where they still belong
    for r in store.select_iter(MEMBERS_QUERY):
        g, local = r["r"] or "", r["local"] or ""
        if not g.startswith(prefix) or not local.endswith("/event/e0"):
            continue
        now = home.get(local)
        if now == g:
            stored[g] += 1
        else:  # moved to another event, or its article is gone
            dirty.add(g)
            if now is not None:
                dirty.add(now)
    dirty |= {g for g, clusters in graphs.items() if stored[g] != sum(len(members) for _key, members in clusters)}
    return Plan(dict(graphs), dict(subs), sorted(dirty & graphs.keys()), gone)


def resolved_graphs(store, ids: Ids, plan: Plan, names: list[str]) -> dict[str, list[str]]:
    """The N-Triples lines of the resolved graphs ``names``: events, sub-events, links from the mentions, variables.

    Only the claims about these events are read, so memory follows ``names``.
    """
    graphs: dict[str, list[str]] = {name: [] for name in names}
    home: dict[URIRef, str] = {}  # resolved event (or sub-event) -> the name of its graph

    out: list[str] = []  # the graph being written: that of the event at hand

    def add(triple) -> None:
        out.append(" ".join(term.n3() for term in triple) + " .")

    canonical: dict[str, URIRef] = {}
    labels: dict[URIRef, str] = {}
    countries: dict[URIRef, set[str]] = {}  # resolved event -> the countries its reports place it in
    told_from: dict[str, str | None] = {}  # main event of an article -> the country that article places it in
    two_sided: set[URIRef] = set()
    families: dict[URIRef, str] = {}
    for name in names:
        for key, members in plan.graphs[name]:
            node = ids.event(key)
            home[node] = name
            out = graphs[name]
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
                told_from[m.iri] = m.country
            countries[node] = {m.country for m in members if m.country}
            if len(countries[node]) > 1 and any(m.also_in & countries[node] for m in members):
                two_sided.add(node)  # reports tell it from either side of a border it crossed
            families[node] = FAMILY.get(etype, etype)
    # sub-events and consequences follow their parent's resolution
    for main_iri in list(canonical):
        parent = canonical[main_iri]
        for ev in plan.subs.get(main_iri, ()):
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
    if not canonical:
        return graphs
    # variables
    seen_vars: set[URIRef] = set()
    rows = [r for r in select_values(store, CLAIMS_QUERY, list(canonical)) if r["ev"] in canonical]
    shares = _country_shares(rows, canonical, countries)
    # an event its reports place in two countries (a cyclone across a border): each report's own toll
    # is its country's share, and a count named for a country is that country's
    names_of = gazetteer.load().countries
    for r in rows:
        ev = canonical[r["ev"]]
        measure = NOTATION.get(URIRef(r["measure"]), "other")
        groups = r["groups"] or ""
        role, scope = _compared_as(r, groups, crossed=ev in shares or ev in two_sided, countries=countries.get(ev, set()),
                                   family=families.get(ev))
        side = told_from.get(r["ev"])
        if ev in two_sided and not scope and not groups and measure != "mourning_days" and side in names_of:
            scope = f"in {names_of[side].name}"
        key = f"{ev}|{measure}|{groups}|{role}" + (f"|{scope}" if scope else "")
        if measure == "mourning_days" and not groups:
            key += f"|{r.get('who') or 'article'}"  # a city's seven days and a state's three are two mournings
            # (a national one is its country's: the groups say whose)
        if scope in UNNAMED_SCOPES and not (scope == "part" and groups):
            key += f"|{r['claim']}"  # an unnamed part of one article's count is nobody else's population
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
        add((var, NKG.role, ROLE.get(role, URIRef(r["role"]))))
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
    return graphs


def _compared_as(r: dict, groups: str, *, crossed: bool, countries: set[str], family: str | None) -> tuple[str, str]:
    """(role, scope) under which a claim is compared with the others of its event: the words of
    the articles differ where the people counted do not."""
    role = NOTATION.get(URIRef(r["role"]), "unspecified")
    scope = r["scope"] or ""
    if scope and not crossed and _country_named(scope) in countries:
        scope = ""  # "killed 38 people in Mozambique", and no report gives another country's count: the toll
    if groups and (scope == "part" or scope.removeprefix("part: ") in NUMBER_WORDS):
        scope = ""  # "two of the dead were French": the French dead, whom their nationality already sets apart
    if groups and role == "civilian" and family not in {"attack", "protest"}:
        role = "all"  # outside fighting, "three French tourists" are the French dead, as "two of the dead were French"
    return role, _same_place_name(scope)


_HOSPITAL_SCOPE = re.compile(r"^(?:in|at) (?:the )?(.*\b(?:[Hh]ospital|[Cc]linic|[Ii]nfirmary|[Mm]edical [Cc]ent(?:re|er))\b.*)$")


_UNIT_OF = re.compile(r"^in (?:the )?(?:%s) of ([A-Z].*)$" % "|".join(
    sorted(gazetteer.ADMIN_UNITS | {"village", "town", "city", "island", "hamlet", "island district"})))


def _same_place_name(scope: str) -> str:
    """One name for one place: "in the State Specialist Hospital" is "at State Specialist Hospital",
    "in Dumaguete City" is "in Dumaguete" (not "in Mexico City": Mexico is a country)."""
    m = _HOSPITAL_SCOPE.match(scope)
    if m:
        return f"at {m.group(1)}"
    if scope.startswith("in ") and scope.endswith(" City") and len(scope) > 8 \
            and scope[3:-5].lower() not in gazetteer.load().country_names:
        return scope[:-5]
    m = _UNIT_OF.match(scope)
    if m:  # "in the commune of Valparaíso", "in village of Gantiadi": in Valparaíso, in Gantiadi
        return f"in {m.group(1)}"
    if scope.startswith("in "):
        return f"in {gazetteer.without_unit(scope[3:])}"  # "in Sigi regency": in Sigi
    return scope


def _country_named(scope: str) -> str | None:
    """The ISO code of the country a scope "in X" names, if X is a country."""
    if not scope.startswith("in "):
        return None
    return gazetteer.load().country_names.get(scope[3:].lower())


def _country_shares(rows: list[dict], canonical: dict[str, URIRef], countries: dict[URIRef, set[str]]) -> set[URIRef]:
    """The resolved events that crossed a border: some report counts the dead (or the hurt, …) of a
    country the event is not placed in ("in Georgia, six were killed"). In those, a count in the
    event's own country is that country's share, not the toll."""
    out: set[URIRef] = set()
    for r in rows:
        ev = canonical[r["ev"]]
        iso = _country_named(r["scope"] or "")
        if iso and countries.get(ev) and iso not in countries[ev]:
            out.add(ev)
    return out


def chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), max(1, size)):
        yield items[i:i + max(1, size)]


VALUES_MAX = 500  # IRIs in one VALUES: Oxigraph 0.5 looks up ~800 one by one, ~1600 take 40x longer


def select_values(store, query: str, iris: Iterable[str]) -> Iterator[dict[str, str | None]]:
    """Rows of ``query`` (its ``%s``: the inside of a VALUES) for ``iris``, a few hundred per query."""
    for part in chunks(list(iris), VALUES_MAX):
        yield from store.select_iter(query % " ".join(f"<{iri}>" for iri in part))


def resolve(store, ids: Ids, changed: Iterable[str] | None = None, *, plan: Plan | None = None,
            chunk_size: int = CHUNK_SIZE) -> dict[str, int]:
    """Resolve the store; write the graphs of the events whose resolution changed.

    ``changed``: see ``make_plan`` (None: every event is rebuilt); ``plan``:
    one already made. Dirty events are built ``chunk_size`` at a time, so
    memory follows the chunk, not the store. Returns sync counts (graphs
    written, unchanged, dropped).
    """
    plan = plan or make_plan(store, ids, changed)
    prefix = ids.resolved_graph_prefix
    counts: Counter[str] = Counter({"written": 0, "unchanged": 0, "dropped": 0})
    for names in chunks(plan.dirty, chunk_size):
        synced = sync_graphs(store, prefix, resolved_graphs(store, ids, plan, names).items(), names=names)
        if synced["written"]:
            store.flush()  # so that the store's memory, too, follows the chunk
        counts.update(synced)
    counts.update(sync_graphs(store, prefix, [], names=plan.gone))
    return dict(counts)
