"""Article -> Extraction: runs the pipeline and turns Doc annotations into model records.

This is the one function the rest of newskg calls; it is pure (same article,
same result) so extraction parallelises across processes and machines.
"""

from __future__ import annotations

import re

from collections.abc import Iterable, Iterator

from dataclasses import replace

from spacy.tokens import Doc

from newskg.model import ActorMention, Article, EventMention, Extraction, Figure, Population, Span
from newskg.boilerplate import heading_spans, in_ranges
from newskg.nlp import gazetteer, pipeline
from newskg.nlp.extensions import sentences
from newskg.nlp.numbers import overlaps
from newskg.nlp.events import FAMILY_CROSSES
from newskg.nlp.figures import PLACE_ROW_LINE, sites_named

# events at one site, whose victims a foreign country counts as its own nationals ("Indonesia raised its
# count to 34" after a crush at the Hajj), not as a toll in that country
ONE_SITE_EVENTS = {"crowd_crush", "air_crash", "rail_crash", "road_crash", "sinking", "building_collapse"}


# events with no warning, whose people are moved out of what they destroyed (not ahead of a threat)
AFTERMATH_EVENTS = {"earthquake", "explosion", "landslide"}

# events that go on for days: a count over one night of them is an increment, not the toll
LASTING_EVENTS = {"protest", "crackdown", "mass_arrest", "epidemic", "military_operation"}


def _span(doc: Doc, start: int, end: int, text: str | None = None) -> Span:
    """The text of tokens [start, end) with offsets; pass ``text`` (the article text): doc.text
    is rebuilt from the tokens on every access."""
    a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return Span(a, b, (text if text is not None else doc.text)[a:b])


def to_extraction(article: Article, doc: Doc) -> Extraction:
    g = gazetteer.load()
    text = article.text  # == doc.text, without rebuilding it from the tokens
    ex = Extraction(article=article)
    seen: dict[tuple, ActorMention] = {}
    spans: dict[tuple, list[Span]] = {}
    for a in doc._.newskg_actors or []:
        key = (a.name, a.kind)
        spans.setdefault(key, []).append(_span(doc, a.start, a.end, text))
        seen.setdefault(key, ActorMention(a.name, a.kind, (), a.country))
    for key, m in seen.items():
        aliases = tuple(sorted({s.text for s in spans[key]}))
        ex.actors.append(ActorMention(m.name, m.kind, tuple(spans[key]), m.country, aliases))
    for e in doc._.newskg_events or []:
        ex.events.append(EventMention(
            key=e.key, type=e.type, label=e.label,
            spans=tuple(_span(doc, i, i + 1, text) for i in e.tokens[:5]),
            date=e.date, month_day=e.month_day, place=e.place, place_country=e.place_country, also_in=tuple(e.also_in),
            agents=tuple(e.agents), patients=tuple(e.patients), parent=e.parent,
        ))
    mourning = {ev.key: ev for ev in ex.events if ev.type == "mourning"}
    # a story that counts at several named sites (three churches, three hotels) gives each site's share
    sites = {f.site for f in doc._.newskg_figures or [] if f.site} | sites_named(doc)
    listed = _listed_places(doc, doc._.newskg_figures or [])
    at_home: set[int] = set()  # figures whose place is the event's own country
    own_place: dict[int, str] = {}  # figures counted "in" the event's own place, which count as its whole toll
    fig_sents: list[int] = []  # the sentence of each figure (its first token's)
    told_by: list[str | None] = []  # the country of each figure's source
    # the largest count of each measure not limited to a night or a day: what a day's count is a part of
    whole_of: dict[str, int] = {}
    for f in doc._.newskg_figures or []:
        if not (f.overnight or f.one_day or f.scope):
            whole_of[f.measure] = max(whole_of.get(f.measure, 0), f.min)
    for f in doc._.newskg_figures or []:
        ev = "e0"
        if f.measure == "mourning_days":
            ev = next((k for k, m in mourning.items() if f.cue is not None and m.spans and m.spans[0].begin == doc[f.cue].idx), "e0")
        claimant = f.claimant
        groups = f.groups
        if f.measure == "mourning_days" and not groups and _national(text, doc[f.span[0]].idx, doc[f.span[1] - 1].idx):
            # national mourning is declared by a country: the one it is held in, the declarer, else where the
            # event happened
            e0 = ex.events[0] if ex.events else None
            country = _mourning_held_in(text, doc[f.span[0]].idx, doc[f.span[1] - 1].idx + len(doc[f.span[1] - 1]), g)
            country = country or f.claimant_country or f.subject_country  # "Armenia began two days of national mourning"
            country = country or (e0.place_country if e0 else None)
            groups = (country,) if country else ()
        elif f.measure == "mourning_days" and not groups and f.claimant_country and (
                f.claimant_kind == "country" or (claimant or "").lower().endswith(("government", "cabinet", "presidency"))):
            groups = (f.claimant_country,)  # "Georgia('s government) declared Friday a day of mourning"
        if claimant and f.claimant_kind == "country" and f.claimant_country in g.countries:
            canonical = g.countries[f.claimant_country].name
        else:
            canonical = claimant
        scope = f.scope
        e0 = ex.events[0] if ex.events else None
        place_pp = f.place_pp
        if place_pp == "the country":
            place_pp = g.countries[e0.place_country].name if e0 is not None and e0.place_country in g.countries else ""
        if place_pp == "there":
            place_pp = _there(doc, f)
        if place_pp == "its side":  # "31 people had been hurt on its side of the border", said Georgia's ministry
            place_pp = g.countries[f.claimant_country].name if f.claimant_country in g.countries else ""
        if not scope and place_pp and e0 is not None:
            whole = _whole(e0, g)
            if _unit_named(place_pp) and not _larger_toll(doc, f, whole):
                pass  # "61 deaths in Masvingo province" with no larger count of the kind: the outbreak's own province
            elif place_pp == "all countries" or (_region_core(place_pp) not in whole and f.measure != "mourning_days"):
                scope = f"in {place_pp}"  # a province's or a neighbour's count, not the event's total
            elif _region_core(place_pp) not in g.country_names:
                own_place[len(ex.figures)] = _without_unit(f"in {place_pp}")
            if place_pp == "all countries" and len(groups) < 2:
                groups = ()  # "claimed 28 lives in the two countries": where, not whose (not one of them only)
        if scope and f.scope_place and e0 is not None and _region_core(f.scope_place) in _whole(e0, g) \
                and (f.scope_place not in listed.get(doc[f.span[0]].sent.start, ())
                     or _region_core(f.scope_place) in g.country_names):
            own_place[len(ex.figures)] = _without_unit(scope)
            scope = ""  # "killed 38 people in Mozambique" in a story of a Mozambican event: the whole toll
        if not scope and (f.overnight or (f.one_day and whole_of.get(f.measure, 0) > f.min)) \
                and e0 is not None and e0.type in LASTING_EVENTS:
            # "73 people were arrested overnight" on the third day of protests; "Six people had died on
            # Tuesday" in a story that gives the toll of all the days
            scope = "increment"
        if not scope and f.site and len(sites) > 1 and not groups:
            scope = f"in {f.site}"  # "at least 25 people had been killed at Zion Church" (as "…, 19 in La Belle Equipe")
        if not scope and f.cause and ev == "e0" and e0 is not None and _sub_event(f.cause, e0.type, g):
            scope = f"in the {f.cause}"  # "19 people died in the avalanche at Everest base camp" after an earthquake
        abroad = _foreign_country(scope, f.subject_country, e0, g) if not groups and f.measure != "mourning_days" else None
        if abroad and e0.type in ONE_SITE_EVENTS and f.measure in {"killed", "injured", "missing"}:
            # "Indonesia raised its count to 34", "- Iran: 464" after a crush in Mina: a country's count of its
            # own people, who died where the event was (not "Pakistan arrests 10 suspected traffickers": there)
            groups, scope = (abroad,), ""
        elif not scope and abroad:
            scope = f"in {g.countries[abroad].name}"  # "neighbouring Malawi reported 14 deaths"
        scope = _without_unit(scope.replace("*", "").strip())  # ("five in Navarra**": markdown bold read with the name)
        if groups and (scope == "part" or scope in {f"part: {w}" for w in _BARE_PART_WORDS} or scope.startswith("from ")):
            scope = ""  # "one of its citizens was among those killed", "one from Uzbekistan": the nationality names the part
        if not scope and not groups and ev == "e0" and e0 is not None and e0.type in FAMILY_CROSSES \
                and f.measure != "mourning_days":
            scope = _country_share(doc, f, e0, g) or scope
        if not scope and e0 is not None and e0.place_country in g.countries and ev == "e0" \
                and _names_country(place_pp or f.scope_place, g.countries[e0.place_country]):
            at_home.add(len(ex.figures))  # "46 people had died in Armenia": the whole toll, unless a neighbour has its own
        measure = f.measure
        if measure == "evacuated" and e0 is not None and e0.type in AFTERMATH_EVENTS and f.cue is not None \
                and doc[f.cue].lower_.startswith("relocat"):
            measure = "displaced"  # "46,500 people had been relocated" after a quake: out of their ruined homes
        fig_sents.append(doc[f.span[0]].sent.start)
        told_by.append(f.claimant_country)
        ex.figures.append(Figure(
            measure=measure, min=f.min, max=f.max, qualifier=f.qualifier, stated_as=f.stated_as,
            population=Population(f.pop_label, groups, f.role, scope),
            evidence=_span(doc, *f.span, text=text),
            claimant=canonical, claimant_kind=f.claimant_kind if claimant else None,
            claimant_text=f.claimant_text_raw or claimant, hedged=f.hedged, hedge_cue=f.hedge_cue, event=ev,
            number=_span(doc, f.num_start, f.num_end, text),
        ))
    ex.figures = _country_sections(ex, doc, fig_sents, told_by, g)
    # (after the sections: "In Zimbabwe, the government said 98 people had died" is the neighbour's own count)
    ex.figures = _home_country_scoped(ex, at_home, g)
    ex.figures = _own_place_listed(ex.figures, own_place, fig_sents)
    ex.figures = _without_restated_headline(ex.figures, text)
    # claimants are actors too
    names = {(a.name, a.kind) for a in ex.actors}
    for f in ex.figures:
        if f.claimant and (f.claimant, f.claimant_kind) not in names:
            names.add((f.claimant, f.claimant_kind))
            ex.actors.append(ActorMention(f.claimant, f.claimant_kind or "organization", (), None, (f.claimant_text or f.claimant,)))
    return ex


def _line_before(text: str, begin: int) -> str:
    """The text of ``begin``'s line before it: a fact box's label ("- National mourning: ", "- Zimbabwe: ")."""
    return text[text.rfind("\n", 0, begin) + 1:begin]


def _national(text: str, begin: int, end: int) -> bool:
    """Mourning called national in its phrase ("three days of national mourning") or in the label of its
    line ("- National mourning: one day")."""
    label = _line_before(text, begin)
    label = label if len(label) <= 30 and not label.rstrip().endswith(".") else ""
    return "national" in (label + text[begin:end + 20]).lower()


def _mourning_held_in(text: str, begin: int, end: int, g) -> str | None:
    """The country a mourning is held in, when the text names it: "a day of national mourning in
    Azerbaijan", or a fact box's row "- Zimbabwe: two days of national mourning"."""
    after = re.match(r",?\s+(?:in|across|throughout)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})", text[end:end + 60])
    if after:
        words = after.group(1).split()
        for n in range(len(words), 0, -1):
            if iso := g.country_names.get(" ".join(words[:n]).lower()):
                return iso
    label = re.fullmatch(r"\W*([A-Z][\w'’ -]*?)\s*:\s*", _line_before(text, begin))
    return g.country_names.get(label.group(1).lower()) if label else None


def _foreign_country(scope: str, subject_country: str | None, e0: EventMention | None, g) -> str | None:
    """Another country than the event's that a count is of: its subject ("Malawi reported 14 deaths")
    or, for an event at one site, the country its scope names ("- Iran: 464")."""
    if e0 is None or not e0.place_country:
        return None
    if not scope and subject_country and subject_country != e0.place_country and subject_country in g.countries:
        return subject_country
    named = g.country_names.get(scope[3:].lower()) if scope.startswith("in ") else None
    if named and named != e0.place_country and e0.type in ONE_SITE_EVENTS:
        return named
    return None


def _sub_event(cause: str, etype: str, g) -> bool:
    """A hazard of another kind than the story's event (an earthquake's aftershock or avalanche, a
    stampede in an attack), not the event itself told with another word (a bombing's blast, a
    cyclone's floods, an arson attack's fire)."""
    if cause == "aftershock":
        return etype == "earthquake"
    own = gazetteer.EVENT_FAMILIES.get(etype, etype)
    theirs = gazetteer.EVENT_FAMILIES.get(g.events.get(cause, cause), g.events.get(cause, cause))
    if own in {"attack", "protest"} and theirs == "fire":
        return False
    return own != theirs and etype not in {"accident", "mourning"}


def _country_share(doc, f, e0: EventMention, g) -> str:
    """A storm's or a quake's count that is one country's share: in a story of one that struck two
    countries, "In Myanmar, …" or a struck country's own body; in any such story, another country's
    government ("Across the border, Myanmar's military government raised its toll to 41")."""
    struck = {e0.place_country, *e0.also_in}
    c = _fronted_country(doc[f.span[0]].sent, g) if e0.also_in else None
    if c not in struck:
        c = f.claimant_country if e0.also_in and f.claimant_country in struck else None
    if c is None and f.claimant_country != e0.place_country and f.claimant_kind != "person":
        c = f.claimant_country
    return f"in {g.countries[c].name}" if c in g.countries else ""


def _fronted_country(sent, g) -> str | None:
    """The country a sentence opens with: "In Myanmar, state media put the toll at 23"."""
    words = [t for t in sent if not t.is_space and t.text not in {"-", "*", "**"}]
    if len(words) < 3 or words[0].lower_ != "in":
        return None
    comma = next((i for i, t in enumerate(words[:6]) if t.text == ","), None)
    return g.country_names.get(" ".join(t.lower_ for t in words[1:comma])) if comma else None


def _names_country(place: str, country) -> bool:
    core = _region_core(place or "")
    return bool(core) and core in {country.name.lower(), *(a.lower() for a in country.aliases)}


def _home_country_scoped(ex: Extraction, at_home: set[int], g) -> list[Figure]:
    """In a story of an event that crossed a border, a count "in" the event's own country is that
    country's share, not the toll: "46 died in Armenia … in Georgia, six were killed" (52 in all).
    Told only where the article gives another country's count too (elsewhere it is the whole toll)."""
    e0 = ex.events[0] if ex.events else None
    if not at_home or e0 is None:
        return ex.figures
    home = g.countries[e0.place_country].name
    abroad = any(f.event == "e0" and f.population.scope.startswith("in ") and f.population.scope[3:] != home
                 and f.population.scope[3:].lower() in g.country_names for f in ex.figures)
    if not abroad:
        return ex.figures
    return [replace(f, population=replace(f.population, scope=f"in {home}")) if i in at_home else f
            for i, f in enumerate(ex.figures)]


def _number_token(doc, f: Figure):
    """The token where the figure's number is written."""
    at = (f.number or f.evidence).begin
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _countries_named(doc, start: int, end: int, g, names_only: bool = False, within=None) -> set[str]:
    """The countries that tokens [start, end) name: a country, its people, its capital or a place of
    it (``names_only``: a country's own name). ``within``: only in the clauses that hold this token
    (not "…, which also brought down a tower in Bangkok" of a count in Mandalay)."""
    found = set()
    for t in doc[start:end]:
        if t.pos_ != "PROPN" and (names_only or t.lower_ not in g.demonyms):
            continue
        if within is not None and any(a.dep_ in {"relcl", "acl", "advcl"} and within not in a.subtree
                                      for a in (t, *t.ancestors)):
            continue
        placed = t.ent_type_ in {"GPE", "LOC"} or (t.i > 0 and doc[t.i - 1].lower_ in {"in", "of"})
        iso = g.country_names.get(t.lower_) if names_only else (
            g.country_names.get(t.lower_) or g.demonyms.get(t.lower_)
            or (g.capitals.get(t.lower_) or g.places.get(t.lower_) if placed else None))  # (not "Anta", a town name twice over)
        if iso is None and t.i + 1 < len(doc):
            iso = g.country_names.get(f"{t.lower_} {doc[t.i + 1].lower_}")  # "South Africa"
        if iso:
            found.add(iso)
    return found


def _country_sections(ex: Extraction, doc, fig_sents: list[int], told_by: list[str | None], g) -> list[Figure]:
    """In a story of a storm, flood or quake that struck several countries and gives each its count,
    a count whose sentence names no place is the share of the country its paragraph is about: "How
    many people have died in Mayotte? The official toll rose to 31" is Mayotte's (France's), and
    "Mozambique's disaster agency said 45 people had died" Mozambique's, not two rival tolls."""
    e0 = ex.events[0] if ex.events else None
    if e0 is None or e0.type not in FAMILY_CROSSES or e0.place_country not in g.countries:
        return ex.figures
    struck = {e0.place_country, *e0.also_in}
    sents = {s.start: s for s in sentences(doc)}
    for f, start in zip(ex.figures, fig_sents):
        scope = f.population.scope
        if scope.startswith("in ") and scope[3:].lower() in g.country_names:
            struck.add(g.country_names[scope[3:].lower()])
        if f.event == "e0" and not f.population.groups and start in sents:  # ("In Malawi, 13 people had died")
            struck |= {iso for iso in _countries_named(doc, start, sents[start].end, g, names_only=True) if iso in g.countries}
    if len(struck) < 2:
        return ex.figures
    text = ex.article.text
    out = []
    for f, start, country in zip(ex.figures, fig_sents, told_by):
        if f.population.scope or f.event != "e0" or f.measure == "mourning_days":
            out.append(f)
            continue
        sent = sents.get(start)
        if sent is None:
            out.append(f)
            continue
        named = _countries_named(doc, sent.start, sent.end, g, within=_number_token(doc, f)) & struck
        if not named and _countries_named(doc, sent.start, sent.end, g) & struck:
            out.append(f)  # the countries named are in a clause of their own ("…, which also brought down a
            continue       # tower in Bangkok"): nothing says whose count this is
        if len(named) != 1:
            named = {country} if country in struck else set()
        if not named:
            named = _paragraph_country(doc, text, sent, struck, g)
        if len(named) == 1 and next(iter(named)) != e0.place_country:
            # (the story's own country's count stays unscoped: resolving the event across reports tells
            # whether it is a share, see resolve._compared_as)
            iso = next(iter(named))
            f = replace(f, population=replace(f.population, scope=f"in {g.countries[iso].name}"))
        out.append(f)
    return out


def _paragraph_country(doc, text: str, sent, struck: set[str], g) -> set[str]:
    """The one struck country the figure's paragraph names before it, nearest first, else the one its
    heading names ("What's the situation in Mozambique?"); none when that is not one country."""
    para = max(text.rfind("\n\n", 0, sent.start_char), 0)
    k = sent.start
    while k > 0:
        prev = doc[k - 1].sent
        if prev.start_char < para:
            break
        here = _countries_named(doc, prev.start, prev.end, g) & struck
        if here:
            return here if len(here) == 1 else set()
        k = prev.start
    top = text.rfind("\n\n", 0, max(para - 1, 0)) + 1
    heading = text[top:para].strip()
    if not heading or len(heading.split()) > 15 or heading.endswith("."):
        return set()  # (a paragraph before is no heading: "the US Geological Survey said …" names no share)
    lines = [s for s in sentences(doc) if s.start_char < para and s.end_char > top]
    here = {iso for s in lines for iso in (_countries_named(doc, s.start, s.end, g) & struck)
            | _countries_named(doc, s.start, s.end, g, names_only=True)}
    return here if len(here) == 1 else set()


def _there(doc, f) -> str:
    """The place a "there" points back to: the last one named earlier in the sentence ("Officials in
    Travis County said 13 people were still missing there"); else "there" stays, a place the count
    is of, not known to be the event's own."""
    sent = doc[f.span[0]].sent
    places = [e for e in sent.ents if e.label_ in {"GPE", "LOC", "FAC"} and e.end <= f.span[0]]
    if not places:
        return "there"
    place = places[-1]
    of = place.root.head
    if place.root.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN":
        # "which operates in the opposition-held north-west of Syria, says 1,280 were killed there":
        # that part of the country
        return doc[of.head.left_edge.i:place.end].text
    return place.text


def _own_place_listed(figures: list[Figure], own_place: dict[int, str], sents: list[int]) -> list[Figure]:
    """A count "in" the event's own place is its share, not the toll, where the article lists that
    place in a breakdown with others ("119 dead: 95 in Kerr County, 9 in Travis, …" then "the sheriff
    said 95 people were killed in Kerr County"); not the whole the breakdown of its own sentence
    splits ("58 deaths across Kerala, Karnataka and Goa, 31 of them in Kerala")."""
    listed: dict[str, set[int]] = {}
    for f, sent in zip(figures, sents):
        if f.population.scope.startswith("in "):
            listed.setdefault(f.population.scope, set()).add(sent)
    out = []
    for i, f in enumerate(figures):
        place = own_place.get(i)
        if place and listed.get(place, set()) - {sents[i]}:  # listed in another sentence
            f = replace(f, population=replace(f.population, scope=place))
        out.append(f)
    return out


def _listed_places(doc, figures) -> dict[int, set[str]]:
    """Places that share a sentence with another place's count ("Odisha has recorded 22 deaths, Andhra
    Pradesh 19"), by sentence start: one entry of a breakdown, even when the event is placed there."""
    by_sent: dict[int, set[str]] = {}
    for f in figures:
        if f.scope_place:
            sent = doc[f.span[0]].sent
            places = by_sent.setdefault(sent.start, set())
            places.add(f.scope_place)
            # "58 deaths across Kerala, Karnataka and Goa, 31 of them in Kerala": coordinated places
            places.update(e.text for e in sent.ents if e.label_ in {"GPE", "LOC"}
                          and (e.root.dep_ == "conj" or any(c.dep_ == "conj" for c in e.root.children)))
    # the rows of a table set as text ("Sindhupalchok — 1,662" / "Kathmandu — 1,039"), each a sentence of its
    # own, split one toll: each row is listed with the others
    rows: dict[int, list[tuple[int, str]]] = {}
    for f in figures:
        if f.scope_place and f.whole is not None:
            rows.setdefault(id(f.whole), []).append((doc[f.span[0]].sent.start, f.scope_place))
    for block in rows.values():
        if len(block) > 1:
            for start, _ in block:
                by_sent.setdefault(start, set()).update(place for _, place in block)
    return {k: v for k, v in by_sent.items() if len(v) > 1}


def _without_unit(scope: str) -> str:
    """One name per place: "in Chiredzi district" and "in Chiredzi" are the same scope."""
    return "in " + gazetteer.without_unit(scope[3:]) if scope.startswith("in ") else scope


_BARE_PART_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "citizen", "national", "person", "people"}  # ("three of its citizens": the nationality is the part)


def _unit_named(place: str) -> bool:
    """"Zaragoza province", "Galle district": a name and its unit."""
    words = place.split()
    return len(words) >= 2 and words[-1].lower() in gazetteer.ADMIN_UNITS and words[0][:1].isupper()


def _larger_toll(doc, fig, whole: set[str]) -> bool:
    """Whether the article gives a larger count of the same measure for no place, or for the event's
    own: then a count in one province is that province's share ("seven deaths in Zaragoza province"
    beside a national toll of 11)."""
    return any(o.measure == fig.measure and o is not fig and o.min > fig.min and not o.scope.startswith("part")
               and (o.place_pp in {"", "the country"} or _region_core(o.place_pp) in whole)
               for o in doc._.newskg_figures or [])


def _whole(e0: EventMention, g) -> set[str]:
    """Names of the main event's own place and country: a count "in" one of them is the whole toll."""
    # ("Masvingo province" is also named "Masvingo")
    whole = {(e0.place or "").lower(), gazetteer.without_unit(e0.place or "").lower()}
    if e0.place_country in g.countries:
        c = g.countries[e0.place_country]
        whole |= {c.name.lower(), *(a.lower() for a in c.aliases)}
    return whole


_COMPASS = re.compile(r"^(?:(?:the|parts?|of|much|most|large|swathes?|areas?|coastal|rural|"
                      r"(?:north|south)?(?:[\s-]*(?:east|west))?(?:ern)?|north|south|central|far|deep)[\s-]+)+")


def _region_core(place: str) -> str:
    """The place a compass region names: "south-western Sri Lanka" -> "sri lanka" (a region of the
    event's country is where the event is, not a part of its toll). Lower case only: "North Korea",
    "West Bengal" are names."""
    core = _COMPASS.sub("", place.strip()).strip().lower()
    unit, _, name = core.partition(" of ")
    if name and unit in gazetteer.ADMIN_UNITS:
        core = name  # "the state of Rio Grande do Sul" is Rio Grande do Sul
    return core or place.strip().lower()


_KEY_VALUE_LINE = re.compile(r"^[\s\-*•]*[A-Za-z][\w ]{0,30}:[*\s]*\d")


def _without_restated_headline(figures: list[Figure], text: str) -> list[Figure]:
    """A headline figure that the body restates is the body's figure: keep the body's, which
    carries the source, the qualifier and the population ("Quake kills dozens" / "87 were killed")."""
    headings = heading_spans(text)
    in_heading = lambda f: in_ranges(f.evidence.begin, headings)  # noqa: E731
    head = [f for f in figures if in_heading(f)]
    body = [f for f in figures if not in_heading(f)]
    if not head:
        return figures

    def restated(f: Figure, b: Figure) -> bool:
        if b.measure != f.measure or not set(f.population.groups) <= set(b.population.groups):
            return False
        line_start = text.rfind("\n", 0, f.evidence.begin) + 1
        line_end = text.find("\n", f.evidence.end)
        if PLACE_ROW_LINE.match(text[line_start:f.evidence.end]) and (f.population.scope or (b.min, b.max) != (f.min, f.max)) \
                and not text[f.evidence.end:line_end if line_end >= 0 else len(text)].strip(" *"):
            return False  # "Nuwakot — 601", "Kathmandu — 1,039": a table row set as a short line is no headline
        if _KEY_VALUE_LINE.match(text[line_start:f.evidence.end]):
            # a fact box ("Displaced: 4,213") restates only the same count, not "more than 4,200"
            return (b.min, b.max) == (f.min, f.max)
        return overlaps(b.min, b.max, f.min, f.max)

    keep = [f for f in head if not any(restated(f, b) for b in body)]
    return sorted(keep + body, key=lambda f: f.evidence.begin)


def _prepared(nlp, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.newskg_published = article.published
    doc.user_data["newskg_text"] = article.text  # == doc.text (extensions.text_of)
    return doc


def extract(article: Article) -> Extraction:
    nlp = pipeline.load()
    doc = _prepared(nlp, article)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return to_extraction(article, doc)


def extract_many(articles: Iterable[Article], batch_size: int = 16) -> Iterator[Extraction]:
    """Extracts in batches with ``nlp.pipe`` (much faster than one at a time)."""
    nlp = pipeline.load()
    batch: list[Article] = []

    def run(batch: list[Article]) -> Iterator[Extraction]:
        docs = (_prepared(nlp, a) for a in batch)
        for article, doc in zip(batch, nlp.pipe(docs, batch_size=batch_size)):
            yield to_extraction(article, doc)

    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from run(batch)
            batch = []
    if batch:
        yield from run(batch)
