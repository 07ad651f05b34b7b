"""The ``Doc`` extensions newskg's components write, registered once at import."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

# a dateline opening a line: "NAIROBI —", "CUSCO, Peru -", "PIURA, Peru, May 4 (Andean Wire) -"
DATELINE = re.compile(r"^[A-Z][A-Z .'’/]{2,40}(?:,[^-–—\n]{0,60})?[ \t]+[-–—]+[ \t]+", re.MULTILINE)


def is_year(tok) -> bool:
    """A token that is a year: four digits from 1900 to 2100 ("2013", not "1,200" nor "4000")."""
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) <= 2100


def reference_year(doc: Doc) -> int | None:
    """The article's year: its publication's, else the latest year its dates name. A year before it
    marks background about earlier events ("the worst since the 2013 crash")."""
    published = getattr(doc._, "newskg_published", None)
    if published is not None:
        return published.year
    years = [int(t.text) for t in doc if is_year(t) and t.ent_type_ == "DATE"]
    return max(years) if years else None


@dataclass
class FigureMatch:
    """A figure as found in a Doc: token indexes plus what they mean."""

    num_start: int  # token range of the number phrase, qualifier words included
    num_end: int
    head: int  # the token standing for the counted people (or the number)
    min: int
    max: int | None
    qualifier: str
    stated_as: str
    measure: str = ""
    cue: int | None = None  # token that says the measure
    gov: int | None = None  # the verb (or noun) the measure was read from
    pop: int | None = None  # head noun of the population
    pop_label: str = ""
    groups: tuple[str, ...] = ()
    role: str = "unspecified"
    scope: str = ""  # "in Sofala", "on the ground": a part of the event's toll
    place_pp: str = ""  # "in Gaza province" on the count's clause: a scope unless it is the event's place
    scope_place: str = ""  # the place a plain "in X" scope names (dropped when X is the event's own place)
    site: str = ""  # a named site the count is said at ("killed at Zion Church"): a part when a story counts several
    cause: str = ""  # the hazard the count's clause blames ("died in the avalanche"): a sub-event's part, told once events are known
    overnight: bool = False  # "73 people were arrested overnight": a count over one night
    one_day: bool = False  # "Six people had died on Tuesday": a count dated to one day
    subject_country: str | None = None  # "Malawi reported 14 deaths": the country the count is said by/of
    toll_country: str | None = None  # "Vietnam's death toll": the country whose toll it is (a place, not a nationality)
    explicit_population: bool = False
    possessive: bool = False  # "its", "their own": groups come from the claimant
    collective: bool = False  # "combined", "both countries": groups from earlier figures
    span: tuple[int, int] = (0, 0)  # evidence token range [start, end)
    claimant_span: tuple[int, int] | None = None  # token range naming the claimant
    claimant: str | None = None  # canonical name of the source
    claimant_text_raw: str | None = None  # the words naming it, as written
    claimant_kind: str | None = None
    claimant_country: str | None = None
    hedged: bool = False
    hedge_cue: str | None = None
    event: str = "e0"
    whole: "FigureMatch | None" = field(default=None, repr=False)  # the toll a breakdown line ("Sindh: 402") splits


@dataclass
class ActorMatch:
    start: int  # token range
    end: int
    name: str  # canonical
    kind: str  # country | person | organization | group
    country: str | None = None


@dataclass
class EventMatch:
    key: str
    type: str
    label: str
    tokens: list[int] = field(default_factory=list)
    date: object | None = None  # datetime.date
    month_day: tuple[int, int] | None = None  # (month, day) of a date whose year cannot be known
    place: str | None = None
    place_country: str | None = None
    also_in: list[str] = field(default_factory=list)  # other countries it struck (a cyclone across a border)
    agents: list[str] = field(default_factory=list)
    patients: list[str] = field(default_factory=list)
    parent: str | None = None


def register() -> None:
    for name, default in (
        ("newskg_boilerplate", None),  # list of (begin, end) character ranges
        ("newskg_figures", None),
        ("newskg_actors", None),
        ("newskg_events", None),
        ("newskg_published", None),  # datetime.date of publication, set by the caller
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()


def verb_above(tok):
    """The clause verb a token hangs from: itself when it is a verb, else its nearest verb ancestor
    (the root when the parse has none)."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def sentences(doc: Doc) -> list:
    """The doc's sentences, listed once: ``doc.sents`` walks every token on each call, and the
    components ask for them several times per article."""
    cached = doc.user_data.get("newskg_sentences")
    if cached is None:
        cached = doc.user_data["newskg_sentences"] = list(doc.sents)
    return cached


def text_of(doc: Doc) -> str:
    """The doc's text, built once: ``doc.text`` joins every token again on each access (the
    extractor stores the article text here before the pipeline runs)."""
    text = doc.user_data.get("newskg_text")
    if text is None:
        text = doc.user_data["newskg_text"] = doc.text
    return text
