"""Extraction -> the article's named graph, written with a few verbs.

Every triple traces back to the article (``prov:wasDerivedFrom``), to a span of
its text (``nkg:evidence``) and to the extraction run (``prov:wasGeneratedBy``).
Only what this one article says goes here; resolution across articles is
``newskg.resolve``'s job.
"""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from newskg import __version__
from newskg.model import ActorMention, EventMention, Extraction, Figure, Span
from newskg.nlp import gazetteer
from newskg.rdf.ids import Ids
from newskg.rdf.vocab import EVENT_TYPE, MEASURE, NIF, NKG, QUALIFIER, ROLE, SCHEMA, SEM, WD

KIND_CLASS = {"country": SCHEMA.Country, "person": SCHEMA.Person, "organization": SCHEMA.Organization,
              "group": SCHEMA.Organization}


class ArticleGraph:
    """Builds one article's graph; ``triples`` holds it (in insertion order, once each), ``iri`` names it.

    The triples are kept in a plain dict, not an rdflib ``Graph``: ingest only needs
    them as N-Triples (``ntriples``), and an rdflib store's indexes cost more than
    the rest of building. ``graph()`` gives the rdflib ``Graph`` when one is wanted.
    """

    def __init__(self, ex: Extraction, ids: Ids, model: str = "") -> None:
        self.ex, self.ids, self.model = ex, ids, model
        self.a = ex.article
        self.triples: dict[tuple, None] = {}
        self.iri = ids.article_graph(self.a.id)
        self.article = ids.article(self.a.id)
        self.context = ids.text(self.a.id)
        self.run = ids.run(__version__)
        self.countries = gazetteer.load().countries

    def add(self, s, p, o) -> None:
        self.triples[(s, p, o)] = None

    # --- verbs ---------------------------------------------------------------
    def make_article(self) -> None:
        a, art = self.a, self.article
        self.add(art, RDF.type, SCHEMA.NewsArticle)
        self.add(art, DCTERMS.identifier, Literal(a.id))
        if a.url:
            self.add(art, SCHEMA.url, Literal(a.url))
        if a.title:
            self.add(art, SCHEMA.headline, Literal(a.title))
        if a.publisher:
            pub = self.ids.actor(a.publisher)
            self.add(art, SCHEMA.publisher, pub)
            self.make_node(pub, a.publisher, SCHEMA.Organization, SEM.Actor)
        if a.published:
            self.add(art, SCHEMA.datePublished, Literal(a.published.isoformat(), datatype=XSD.date))
        if a.author:
            self.add(art, SCHEMA.author, Literal(a.author))
        self.add(art, NKG.contentHash, Literal(a.content_hash))
        self.add(art, NKG.textContext, self.context)
        self.add(art, PROV.wasGeneratedBy, self.run)
        self.add(self.context, RDF.type, NIF.Context)
        self.add(self.context, NIF.isString, Literal(a.text))
        self.add(self.context, NIF.beginIndex, Literal(0))
        self.add(self.context, NIF.endIndex, Literal(len(a.text)))
        self.add(self.run, RDF.type, NKG.ExtractionRun)
        self.add(self.run, RDF.type, PROV.Activity)
        self.add(self.run, RDFS.label, Literal(f"newskg {__version__} extraction ({self.model})" if self.model else f"newskg {__version__} extraction"))
        self.add(self.run, NKG.toolVersion, Literal(__version__))

    def make_node(self, node: URIRef, label: str, *classes: URIRef) -> URIRef:
        """``node`` has these types and this label."""
        for cls in classes:
            self.add(node, RDF.type, cls)
        self.add(node, RDFS.label, Literal(label))
        return node

    def mark_span(self, node: URIRef, span: Span) -> None:
        """``node`` is the exact text ``span`` of this article."""
        self.add(node, RDF.type, NIF.OffsetBasedString)
        self.add(node, RDF.type, NIF.String)
        self.add(node, NIF.referenceContext, self.context)
        self.add(node, NIF.beginIndex, Literal(span.begin))
        self.add(node, NIF.endIndex, Literal(span.end))
        self.add(node, NIF.anchorOf, Literal(span.text))

    def make_actor(self, actor: ActorMention) -> URIRef:
        node = self.make_node(self.ids.actor(actor.name), actor.name, SEM.Actor,
                              KIND_CLASS.get(actor.kind, SCHEMA.Organization))
        for alias in actor.aliases:
            if alias != actor.name:
                self.add(node, NKG.alias, Literal(alias))
        for span in actor.spans:
            m = self.ids.mention(self.a.id, span.begin, span.end)
            self.mark_span(m, span)
            self.add(node, NKG.mention, m)
        iso = actor.country
        if actor.kind == "country" and iso in self.countries:
            self.make_country(iso)
        elif iso in self.countries:
            self.add(node, SCHEMA.location, self.make_country(iso))
        return node

    def make_country(self, iso: str) -> URIRef:
        c = self.countries[iso]
        node = self.make_node(self.ids.actor(c.name), c.name, SEM.Actor, SCHEMA.Country)
        self.add(node, NKG.isoCode, Literal(iso))
        if c.wikidata:
            self.add(node, OWL.sameAs, WD[c.wikidata])
        return node

    def make_event(self, ev: EventMention) -> URIRef:
        node = self.ids.local_event(self.a.id, ev.key)
        self.add(node, RDF.type, SEM.Event)
        self.add(node, RDFS.label, Literal(ev.label))
        self.add(node, SEM.eventType, EVENT_TYPE.get(ev.type, NKG.OtherEvent))
        self.add(node, PROV.wasDerivedFrom, self.article)
        if ev.date:
            self.add(node, SEM.hasTimeStamp, Literal(ev.date.isoformat(), datatype=XSD.date))
        elif ev.month_day:  # a day without a known year: "--03-03"^^xsd:gMonthDay
            self.add(node, SEM.hasTimeStamp, Literal("--%02d-%02d" % ev.month_day, datatype=XSD.gMonthDay))
        if ev.place:
            place = self.ids.place(ev.place)
            self.add(node, SEM.hasPlace, place)
            self.make_node(place, ev.place, SEM.Place, SCHEMA.Place)
            if ev.place_country in self.countries:
                self.add(place, SCHEMA.containedInPlace, self.make_country(ev.place_country))
        for iso in ev.also_in:
            if iso in self.countries:
                self.add(node, NKG.alsoIn, self.make_country(iso))  # a cyclone that crossed a border
        for name in ev.agents:
            actor = self.ids.actor(name)
            self.add(node, NKG.agent, actor)
            self.add(node, SEM.hasActor, actor)
        for name in ev.patients:
            actor = self.ids.actor(name)
            self.add(node, NKG.patient, actor)
            self.add(node, SEM.hasActor, actor)
            self.make_node(actor, name, SEM.Actor)
        if ev.parent:
            self.add(node, SEM.subEventOf, self.ids.local_event(self.a.id, ev.parent))
        if ev.type == "mourning":
            self.add(node, NKG.consequenceOf, self.ids.local_event(self.a.id, "e0"))
        if ev.spans:
            ev_span = ev.spans[0]
            evidence = self.ids.sub(node, "evidence")
            self.mark_span(evidence, ev_span)
            self.add(node, NKG.evidence, evidence)
        return node

    def claim_iri(self, fig: Figure) -> URIRef:
        where = fig.number or fig.evidence
        return self.ids.claim(self.a.id, where.begin, where.end)

    def make_claim(self, fig: Figure) -> URIRef:
        claim = self.claim_iri(fig)
        self.add(claim, RDF.type, NKG.FigureClaim)
        self.add(claim, NKG.measure, MEASURE[fig.measure])
        self.add(claim, NKG.qualifier, QUALIFIER[fig.qualifier])
        self.add(claim, NKG.minValue, Literal(fig.min))
        if fig.max is not None:
            self.add(claim, NKG.maxValue, Literal(fig.max))
        self.add(claim, NKG.statedAs, Literal(fig.stated_as))
        pop = self.ids.sub(claim, "population")
        self.add(claim, NKG.population, pop)
        self.add(pop, RDF.type, NKG.Population)
        self.add(pop, RDFS.label, Literal(fig.population.label or "people"))
        self.add(pop, NKG.groupCodes, Literal(" ".join(sorted(fig.population.groups))))
        self.add(pop, NKG.role, ROLE[fig.population.role])
        if fig.population.scope:
            self.add(pop, NKG.scope, Literal(fig.population.scope))
        for iso in fig.population.groups:
            if iso in self.countries:
                self.add(pop, NKG.group, self.make_country(iso))
        self.add(claim, NKG.aboutEvent, self.ids.local_event(self.a.id, fig.event))
        if fig.claimant:
            self.add(claim, PROV.wasAttributedTo, self.ids.actor(fig.claimant))
            self.add(claim, NKG.claimantText, Literal(fig.claimant_text or fig.claimant))
        elif self.a.publisher:
            # the article states it itself: its publisher answers for it (no claimantText: the
            # figures query still reports "article")
            self.add(claim, PROV.wasAttributedTo, self.ids.actor(self.a.publisher))
        self.add(claim, NKG.hedged, Literal(fig.hedged))
        if fig.hedge_cue:
            self.add(claim, NKG.hedgeCue, Literal(fig.hedge_cue))
        self.add(claim, PROV.wasDerivedFrom, self.article)
        evidence = self.ids.sub(claim, "evidence")
        self.mark_span(evidence, fig.evidence)
        self.add(claim, NKG.evidence, evidence)
        self.add(claim, PROV.wasGeneratedBy, self.run)
        return claim

    def mark_sums(self) -> None:
        """A stated total and the parts the same article gives of it (one per group)."""
        figs = self.ex.figures
        for total in figs:
            groups = set(total.population.groups)
            if len(groups) < 2:
                continue
            parts: dict[str, Figure] = {}
            for f in figs:
                g = f.population.groups
                if f is total or f.measure != total.measure or len(g) != 1 or g[0] not in groups:
                    continue
                if f.population.role != total.population.role or f.qualifier not in {"exact", "at_least"}:
                    continue
                parts.setdefault(g[0], f)
            if set(parts) != groups:
                continue
            where = total.number or total.evidence
            node = self.ids.sumcheck(self.a.id, where.begin, where.end)
            parts_sum = sum(p.min for p in parts.values())
            self.add(node, RDF.type, NKG.SumCheck)
            self.add(node, NKG.total, self.claim_iri(total))
            for p in parts.values():
                self.add(node, NKG.part, self.claim_iri(p))
            self.add(node, NKG.partsSum, Literal(parts_sum))
            self.add(node, NKG.consistent, Literal(total.max is None or parts_sum <= total.max))

    def build(self) -> "ArticleGraph":
        self.make_article()
        for actor in self.ex.actors:
            self.make_actor(actor)
        keys = {ev.key for ev in self.ex.events}
        for ev in self.ex.events:
            self.make_event(ev)
        if "e0" not in keys:
            self.make_event(EventMention("e0", "other", "event"))
        for fig in self.ex.figures:
            self.make_claim(fig)
        self.mark_sums()
        return self

    def graph(self) -> Graph:
        g = Graph()
        g.bind("nkg", NKG)
        for triple in self.triples:
            g.add(triple)
        return g

    def ntriples(self) -> str:
        """The triples as N-Triples text, one line each (what ``Graph.serialize(format="nt")`` gives,
        in insertion order)."""
        return "".join(f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)} .\n" for s, p, o in self.triples)


def _nt_term(term) -> str:
    if isinstance(term, Literal):
        text = '"' + str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'
        if term.language:
            return f"{text}@{term.language}"
        return f"{text}^^<{term.datatype}>" if term.datatype else text
    return f"<{term}>"  # only IRIs here: an article graph has no blank nodes


def article_graph(ex: Extraction, ids: Ids, model: str = "") -> tuple[URIRef, Graph]:
    b = ArticleGraph(ex, ids, model).build()
    return b.iri, b.graph()


def article_ntriples(ex: Extraction, ids: Ids, model: str = "") -> tuple[URIRef, str]:
    """(graph IRI, N-Triples): what ingest writes, without building an rdflib ``Graph``."""
    b = ArticleGraph(ex, ids, model).build()
    return b.iri, b.ntriples()
