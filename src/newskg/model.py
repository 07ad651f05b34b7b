"""Plain records that flow between the stages: no spaCy, no rdflib.

read -> Article; nlp -> Extraction (figures, actors, events); rdf.build turns an
Extraction into one named graph. Offsets are Python ``str`` indexes (Unicode
code points) into ``Article.text``, the text exactly as read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

MEASURES = (
    "killed", "injured", "missing", "arrested", "displaced", "evacuated",
    "affected", "mourning_days", "other",
)
QUALIFIERS = ("exact", "at_least", "at_most", "approximately", "range", "vague")
ROLES = ("military", "security", "civilian", "all", "unspecified")
# The people a place or a vehicle holds, named by what they do there (civilians). Listed beside
# another kind ("nine workers and two guards") a count of them is a part of the toll.
WHOLE_TOLL_NOUNS = frozenset({
    "worker", "employee", "staff", "labourer", "laborer", "passenger", "traveller", "traveler",
    "commuter", "resident", "villager", "tenant", "occupant", "shopper", "guest", "diner",
    "miner", "pilgrim", "worshipper", "spectator", "migrant", "inmate",
})
ACTOR_KINDS = ("country", "person", "organization", "group")


@dataclass(frozen=True)
class Article:
    """One news article as read from a file or a JSONL line."""

    id: str  # file name without extension, or the url, or "sha1:<hash>"
    text: str  # the text as read; every offset points into it
    source: str  # where it came from: "path" or "path:line"
    url: str | None = None
    title: str | None = None  # headline
    publisher: str | None = None
    published: date | None = None
    author: str | None = None
    content_hash: str = ""  # sha1 of text, filled by the reader


@dataclass(frozen=True)
class Span:
    begin: int
    end: int
    text: str  # == article.text[begin:end]


@dataclass(frozen=True)
class Population:
    """Who is counted: the words, their nationality set and role."""

    label: str
    groups: tuple[str, ...] = ()  # ISO 3166 alpha-3, sorted
    role: str = "unspecified"  # one of ROLES
    scope: str = ""  # a place or part the count is restricted to ("Sofala", "on the ground"); "" = whole event


@dataclass(frozen=True)
class ActorMention:
    """An actor as found in one article, already given its canonical name."""

    name: str  # canonical name ("United States")
    kind: str  # one of ACTOR_KINDS
    spans: tuple[Span, ...] = ()
    country: str | None = None  # ISO3 of the country it belongs to, if said
    aliases: tuple[str, ...] = ()  # surface forms seen


@dataclass(frozen=True)
class EventMention:
    """An event as one article describes it."""

    key: str  # local id, unique in the article ("e0" is the main event)
    type: str  # notation in the event-type scheme
    label: str
    spans: tuple[Span, ...] = ()
    date: date | None = None
    # (month, day) when the article names the day but no year can be known (no publication
    # date, a dateline like "ANKARA, March 3 —"): set only when ``date`` is None
    month_day: tuple[int, int] | None = None
    place: str | None = None  # canonical place name
    place_country: str | None = None  # ISO3
    also_in: tuple[str, ...] = ()  # ISO3 of the other countries it struck, when it crossed a border
    agents: tuple[str, ...] = ()  # canonical actor names
    patients: tuple[str, ...] = ()
    parent: str | None = None  # key of the event it is part of


@dataclass(frozen=True)
class Figure:
    """One reported number: a claim by somebody about an event."""

    measure: str  # one of MEASURES
    min: int
    max: int | None  # None = unbounded
    qualifier: str  # one of QUALIFIERS
    stated_as: str  # the number as written ("at least 24", "dozens")
    population: Population
    evidence: Span  # the exact quote
    claimant: str | None = None  # canonical actor name; None = the article itself
    claimant_kind: str | None = None
    claimant_text: str | None = None  # the words naming the claimant
    hedged: bool = False
    hedge_cue: str | None = None
    event: str = "e0"  # EventMention.key
    number: Span | None = None  # where the number itself is written; names the claim


@dataclass
class Extraction:
    """Everything one article says, as found by the NLP stage."""

    article: Article
    figures: list[Figure] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
