"""The ``newskg_events`` component: the event an article is about, its date and place.

The main event (key "e0") is the event type named most often, the headline
and first sentences weighing more. Its date is the first date written near an
event word, absolute dates normalised and relative ones ("on Tuesday",
"yesterday") resolved against the publication date when it is known. Sub-events
the figures imply are added: a capture inside a raid, a declared mourning.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta

from dateutil import parser as dateparser
from spacy.language import Language
from spacy.tokens import Doc, Span

from newskg.boilerplate import in_ranges
from newskg.nlp import gazetteer
from newskg.nlp.actors import country_of
from newskg.nlp.extensions import EventMatch, is_year, reference_year, sentences, text_of, verb_above
from newskg.nlp.figures import PLACE_ROW_LINE
from newskg.nlp.numbers import parse_number

# "Fifteen days after", "a week after", "one month on", "three weeks since"
ELAPSED = re.compile(r"(?i)\b(?P<n>\d{1,3}|an?|(?:[a-z]+-)?[a-z]+)(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>days?|weeks?|months?)"
                     r"\s+(?:after|since|on\b)")
PRESENT_MODALS = {"can", "ca", "cannot", "will", "wo", "may", "must", "shall"}  # "still cannot say": now
MONTH_RE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
VEHICLE = {"plane": "air_crash", "aircraft": "air_crash", "airliner": "air_crash", "jet": "air_crash",
           "flight": "air_crash", "helicopter": "air_crash", "train": "rail_crash", "rail": "rail_crash",
           "funicular": "rail_crash", "tram": "rail_crash", "streetcar": "rail_crash", "locomotive": "rail_crash",
           "bus": "road_crash", "coach": "road_crash", "truck": "road_crash", "car": "road_crash",
           "ferry": "sinking", "boat": "sinking", "ship": "sinking", "vessel": "sinking"}
RAIL_VEHICLES = {w for w, kind in VEHICLE.items() if kind == "rail_crash"} - {"rail"}  # whose "car" is a rail car
WEATHER = {"storm", "flood", "landslide"}  # one weather event, told by any of its words
FIRE_SERVICE = {"rescue", "department", "service", "brigade", "crew", "chief", "truck", "engine", "station", "official",
                "officer", "marshal", "unit", "authority", "captain", "commissioner", "spokesperson", "spokesman", "spokeswoman"}
PROTEST_TARGETS = {"protester", "protestor", "demonstrator", "demonstration", "protest", "rally", "march",
                   "encampment", "marcher"}  # (and a "sit-in", which the tokenizer splits: see _on_protesters)
CONTINENTS = {"europe", "asia", "africa", "north america", "south america", "latin america", "central america",
              "oceania", "antarctica", "middle east", "eurasia", "americas"}
COLLAPSING = {"condo", "condominium", "building", "block", "bridge", "tower", "roof", "ceiling", "mine", "stadium", "school", "factory", "house",
              "hotel", "structure", "nightclub", "club", "venue", "church", "mosque", "temple", "market", "mall", "hall",
              "theatre", "theater", "warehouse", "apartment", "balcony", "wall", "dam"}  # what a "collapse" can be of
LABELS = {"military_operation": "military operation", "air_crash": "air crash", "rail_crash": "rail crash",
          "road_crash": "road crash", "building_collapse": "building collapse", "mass_arrest": "mass arrest",
          "crowd_crush": "crowd crush"}


def _months_before(day: date, n: int) -> date:
    """The same day of the month ``n`` months earlier (the month's last day where it has fewer)."""
    y, m = divmod(day.year * 12 + day.month - 1 - n, 12)
    last = (date(y + (m + 1) // 12, (m + 1) % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m + 1, min(day.day, last))


def _with_day(ent: Span) -> str:
    """A DATE entity's text with the day the model left out of it: "the night of 28 February",
    tagged "February" alone, is read "28 February"."""
    doc = ent.doc
    if len(ent) == 1 and MONTH_RE.fullmatch(ent.text.lower()):
        if ent.start > 0 and re.fullmatch(r"\d{1,2}", doc[ent.start - 1].text):
            return f"{doc[ent.start - 1].text} {ent.text}"
        if ent.end < len(doc) and re.fullmatch(r"\d{1,2}", doc[ent.end].text):
            return f"{ent.text} {doc[ent.end].text}"
    return ent.text


def resolve_date(text: str, published: date | None) -> date | None:
    """An absolute date for a DATE entity's text, or None when it names no day."""
    low = text.lower().strip()
    if published is not None:
        if low in {"today", "this morning", "tonight", "this evening", "this afternoon"}:
            return published
        if low in {"yesterday", "last night"}:
            return published - timedelta(days=1)
        for i, day in enumerate(WEEKDAYS):
            if re.search(rf"\b{day}\b", low) and not (MONTH_RE.search(low) and re.search(r"\b\d{1,2}\b", low)):
                # ("Sunday, 24 March" names its day: the weekday is only its name)
                delta = (published.weekday() - i) % 7
                return published - timedelta(days=delta)
    if not re.search(r"\d", low):
        return None
    if not (MONTH_RE.search(low) or re.search(r"\d{4}-\d{2}-\d{2}", low)):
        return None  # "Flight 2419", "2015": no day named
    if re.fullmatch(r"\d{4}", low) or re.search(r"\b(years?|months?|weeks?|days?|decades?|hours?)\b", low):
        return None
    text = re.sub(r"\s+[-–—]\s+\d+\s*$", "", text)  # "March 10 - 149": the entity ran into a count after a dash
    default = datetime(published.year if published else 1900, 1, 1)
    try:
        parsed = dateparser.parse(text, default=default, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    if parsed is None or not re.search(r"[a-z]{3}", low) and not re.search(r"\d{4}-\d{2}-\d{2}", low):
        return None
    if parsed.year == 1900:
        return None
    if not re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", low) and not re.search(r"\d{4}-\d{2}-\d{2}", low):
        return None  # "April 2015" names a month, not the day of an event
    d = parsed.date()
    if published is not None and not re.search(r"\d{4}", low) and (d - published).days > 31:
        d = d.replace(year=d.year - 1)  # "December 30" read in January (not "Sunday, 24 March" announced on the 23rd)
    return d


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a DATE entity's text that names a day of a month but no year ("March 3",
    "Jan. 22", "3 March"), else None. For an article whose year cannot be known."""
    low = text.lower().strip()
    if re.search(r"\d{4}", low) or not MONTH_RE.search(low) or not re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", low):
        return None
    if re.search(r"\b(years?|months?|weeks?|days?|decades?|hours?)\b", low):
        return None
    try:  # 2000 is a leap year: "Feb. 29" is a day too
        parsed = dateparser.parse(text, default=datetime(2000, 1, 1), fuzzy=True)
    except (ValueError, OverflowError):
        return None
    if parsed is None or parsed.year != 2000:
        return None
    return parsed.month, parsed.day


PEOPLE_FROM = {"couple", "family", "man", "woman", "people", "person", "child", "boy", "girl", "resident", "student",
               "tourist", "pilgrim", "worker", "labourer", "traveller", "traveler", "passenger", "visitor", "group",
               "teacher", "doctor", "nurse", "driver", "farmer", "fisherman", "trader", "migrant", "national", "citizen"}
MOTION_VERBS = {"cross", "move", "sweep", "spread", "push", "travel", "track", "head", "veer", "swing", "roll"}
# natural events that cross borders: the countries they struck are one event's places
FAMILY_CROSSES = {"storm", "flood", "landslide", "earthquake", "epidemic"}
FOREIGN_SERVICE = {"embassy", "consulate", "commission", "consul", "ambassador"}
# a wire dateline at the start of a line: "MOSHI, Tanzania, Nov 9 (Agency) -", "NEW DELHI/BHUBANESWAR, Sept 9",
# "CEDAR HOLLOW, Calif. (PCNS) -", "DUMAGUETE CITY -": a city in capitals, perhaps its region or country, a
# date, the agency, then a dash (or the date alone ends it)
_DATE_PART = r"(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,}\.?)(?:,?\s+\d{4})?"
_DATELINE = re.compile(r"^(?P<city>[A-Z][A-Z .'’-]{1,40}?)(?:/[A-Z][A-Z .'’-]{1,40}?)*"
                       r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}))?"
                       r"(?:(?:,?\s+" + _DATE_PART + r")?\s*(?:\([^)\n]{1,40}\))?\s*[-–—:]|,?\s+" + _DATE_PART + r")",
                       re.MULTILINE)
# AP style's abbreviations of US states in datelines ("SONORA, Calif.")
US_STATES_AP = {"ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.",
                "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.",
                "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.",
                "vt.", "va.", "wash.", "w.va.", "wis.", "wyo."}


def dateline_country(text: str, g) -> tuple[str | None, bool]:
    """The country of the dateline in the opening lines of wire copy (its city or the country after it),
    and whether it is a full wire dateline (with a date or an agency: where the story was filed, most
    often where it happened) rather than a city and a dash ("NAIROBI —", a paper's own desk as often)."""
    m = _DATELINE.search(text[:600])
    if m is None:
        return None, False
    full = bool(re.search(r"\d|\(", m.group(0)))
    region = (m.group("region") or "").strip()
    city = m.group("city").strip().title()
    if region.lower() in US_STATES_AP:
        return "USA", full
    for name in filter(None, (region, city, city[:-5] if city.endswith(" City") else None)):
        iso = _place_country(name, g) or _town_country(name, g)
        if iso:
            return iso, full
    return None, False


# verbs that take people somewhere else: their destination is not where the event happened
_TAKE_AWAY = {"flee", "cross", "escape", "evacuate", "move", "relocate", "airlift", "fly", "transfer", "repatriate",
              "send", "take", "bring", "run", "head", "return"}


def _said_of(ent: Span, on_trigger: set[int]) -> bool:
    """A date said of the event's own word: on it, or through "on (Friday) afternoon" to it."""
    t = ent.root
    for _ in range(3):
        if t.head.i in on_trigger:
            return True
        if t.dep_ not in {"compound", "pobj"} or t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ == "prep" and t.lower_ == "on" and t.head.i in on_trigger:
            return True
    return False


def _place_country(name: str, g) -> str | None:
    """The country of a place name: a country, a capital, a city or region the gazetteer knows ("Kwara
    State" as Kwara)."""
    low = name.lower()
    return country_of(name) or g.capitals.get(low) or g.places.get(low) or g.places.get(gazetteer.without_unit(name).lower())


def _town_country(name: str, g) -> str | None:
    """The country of a town found in one country only ("Dumaguete", "Tuolumne County"): weaker evidence
    than the names above. The name as written: "Rasht district" (in Tajikistan) is not the city of
    Rasht (in Iran)."""
    return g.cities.get(name.lower())


POINTING_VERBS = {"point", "look", "gesture", "hint", "nod", "wag", "lash", "hit", "strike", "swipe", "jab"}  # "… at Kyiv"


def _bomb_told(doc: Doc, bomb_words: list[int]) -> bool:
    """A word of a bombing in a sentence about this event: not the background's "2005 truck bombing",
    nor a cause weighed ("possibilities such as … a bomb")."""
    if not bomb_words:
        return False
    past = _past_sentences(doc)
    return any(doc[i].sent.start not in past and not _SUPPOSED.search(doc[i].sent.text) for i in bomb_words)


_SUPPOSED = re.compile(r"\b(?:such as|possibilit|whether|rule[sd]? out|ruling out|speculat|if )", re.I)  # a cause weighed


def _said_country(doc: Doc, tok_ids: list[int], past: set[int], g) -> str | None:
    """The one country the text says the event happened in, by a word for it: "the crash in
    Kazakhstan", "crashed near Aktau", "the fire in Dhaka" (not in background sentences)."""
    found: set[str] = set()
    for i in tok_ids:
        t = doc[i]
        if t.sent.start in past:
            continue
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ not in {"in", "near", "outside"}:
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if p.lemma_.lower() in {"city", "town", "village"}:  # "near the port city of Aktau"
                    p = next((q for d in p.children if d.dep_ == "prep" and d.lower_ == "of"
                              for q in d.children if q.dep_ == "pobj"), p)
                if p.ent_type_ not in {"GPE", "LOC"} and p.pos_ != "PROPN":
                    continue
                text = next((e.text for e in doc.ents if e.start <= p.i < e.end), p.text)
                iso = _place_country(text.removeprefix("the "), g)
                if iso:
                    found.add(iso)
    return found.pop() if len(found) == 1 else None


def _dated_before(tok, year: int) -> bool:
    """An event word dated by its own phrase to a year before ``year``: "Floods in 2011 and 2014", "the
    2013 crash" (not by a clause on it: "the bombings …, where explosions struck people walking to the
    grave of a man killed in 2020")."""
    for w in tok.subtree:
        if w.i == tok.i or not is_year(w) or int(w.text) >= year:
            continue
        a = w
        while a.i != tok.i and a.dep_ not in {"relcl", "acl", "advcl", "ccomp", "xcomp"} and a.head.i != a.i:
            a = a.head
        if a.i == tok.i:
            return True
    return False


def _past_sentences(doc: Doc) -> set[int]:
    """Starts of the sentences that name a year before the article's (``reference_year``): background
    about earlier events ("the worst since the 2013 crash in Namibia")."""
    ref = reference_year(doc)
    return {t.sent.start for t in doc if ref is not None and is_year(t) and int(t.text) < ref}


def _day_of_saying(ent: Span, reporting: set[str]) -> bool:
    """A day said of a reporting verb ("announced on Saturday that …", "on Saturday night rejected the
    findings"): the day of the news, not of the event."""
    head = ent.root.head
    if head.dep_ == "prep" or head.lower_ in {"on", "late", "early"}:
        head = head.head
    return head.pos_ == "VERB" and (head.lemma_.lower() in reporting or head.lemma_.lower() in {"reject", "issue", "release", "publish"})


def _table_row(doc: Doc, ent: Span) -> bool:
    """The name that opens a table's row ("- Iran: 464", "Sindhupalchok — 1,662")."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    return not text[line_start:ent.start_char].strip(" \t-*•") and PLACE_ROW_LINE.match(text, line_start) is not None


def _destination(ent) -> bool:
    """The place is where people went: "fled into Benin", "flown to Tbilisi", "villages across the border
    in Benin"."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj":
        return False
    if prep.lower_ in {"into", "to", "towards", "toward"} and prep.head.lemma_.lower() in _TAKE_AWAY:
        return True
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - 6):ent.start].text.lower()
    return "across the border" in before or "over the border" in before


def _abroad(ent) -> bool:
    """A country named as the owner of its foreign service ("Kenya's foreign ministry", "the
    Spanish embassy", "France's consulate in Rabat"): it speaks of its nationals in another country."""
    head = ent.root.head
    if ent.root.dep_ not in {"poss", "compound", "amod"} or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if head.lemma_.lower() in FOREIGN_SERVICE:
        return True
    return head.lemma_.lower() in {"ministry", "minister", "office", "secretary"} and any(
        c.lower_ == "foreign" or (c.dep_ == "compound" and c.lower_ == "affairs") for c in head.children)


def _origin_listed(e) -> bool:
    """``e`` is a country a list of people comes from ("one person each from the United States, France
    and Ukraine", "nationals from countries including Iran and China"), not where the event was."""
    t = e.root
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    prep = t.head
    if prep.lower_ == "including" and prep.head.lemma_.lower() in {"country", "nation"}:
        prep = prep.head.head
    who = prep.head  # people ("nationals", "two South Koreans"), not things ("figures from Vietnam", "teams from Manila")
    return prep.lower_ == "from" and (
        who.lemma_.lower() in PEOPLE_FROM | {"national", "citizen", "victim", "foreigner", "tourist"}
        or (who.pos_ in {"NOUN", "PROPN"} and country_of(who.text) is not None) or prep.doc[prep.i - 1].lower_ == "each")


def _aftermath_of(tok) -> bool:
    """The event named as what something else is about: "arrested three people in connection with the
    attacks", "raids linked to the bombings" (a sentence of the aftermath, not of the event)."""
    head = tok.head
    return tok.dep_ == "pobj" and ((head.lower_ == "with" and head.head.lower_ == "connection")
                                   or (head.lower_ == "to" and head.head.lemma_.lower() in {"link", "relate", "connect"}))


def _collapsing(tok) -> bool:
    """A word for something that can collapse ("the condominium", "Champlain Towers")."""
    return tok.lemma_.lower() in COLLAPSING or tok.lower_.removesuffix("s") in COLLAPSING


def _on_protesters(tok) -> bool:
    """A raid, attack or dispersal aimed at protesters: "the raid on the sit-in", "attack the
    protesters", "dispersed the crowd of demonstrators"."""
    targets = [c for c in tok.children if c.dep_ == "dobj"]
    preps = {"on", "against", "of"} if tok.pos_ == "NOUN" else {"on", "against"}
    targets += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in PROTEST_TARGETS or (t.lower_ == "in" and any(c.lower_ == "sit" for c in t.children))
               for t in targets)


def _car_of_rail(tokens) -> bool:
    """The text speaks of a funicular, tram or train, whose "car" is a rail car."""
    return any(t.lemma_.lower() in RAIL_VEHICLES for t in tokens)


class EventFinder:
    def __init__(self) -> None:
        self.g = gazetteer.load()
        self._vehicle_doc: Doc | None = None
        self._vehicle: str | None = None
        self._collapse_doc: Doc | None = None
        self._collapse = False

    def _type_of(self, tok, doc: Doc) -> str | None:
        lem = tok.lemma_.lower()
        etype = self.g.events.get(lem) or self.g.events.get(tok.lower_)
        if etype in {"road_crash", "accident"} or lem == "crash":
            kinds = [VEHICLE[t.lemma_.lower()] for t in tok.sent if t.lemma_.lower() in VEHICLE and t.pos_ != "PROPN"]
            if kinds:  # (not the "Jet Set" nightclub; "the funicular's car" is a rail car)
                return "rail_crash" if "rail_crash" in kinds and _car_of_rail(tok.sent) else kinds[0]
            if etype == "accident" and lem in {"disaster", "tragedy"}:
                return None  # "disaster" alone names no kind of event
            if lem == "crash":  # "KS417 crash: toll reaches 47": the vehicle the article speaks of most
                return self._doc_vehicle(doc) or etype
        if etype == "military_operation" and tok.lemma_.lower() == "operation" and any(
                c.lemma_.lower() in {"rescue", "search", "relief", "recovery", "salvage", "evacuation", "clean", "police"} for c in tok.children):
            return None  # a rescue operation is not a military one
        if etype == "fire" and tok.head.lemma_.lower() == "exchange":
            return "shooting"  # "officers exchanged fire with the driver"
        if etype == "fire" and any(c.lemma_.lower() == "open" for c in [tok.head]):
            # "opened fire", and on protesters a crackdown ("soldiers opened fire on protesters")
            return "crackdown" if _on_protesters(tok.head) else "shooting"
        if etype == "fire" and lem == "fire" and tok.pos_ == "VERB":
            return None  # "fired ballistic missiles", "police fired tear gas": a weapon, not a blaze
        if etype == "fire" and lem == "fire" and (tok.ent_type_ == "ORG" or (
                tok.dep_ in {"compound", "nmod", "amod"} and tok.head.lemma_.lower() in FIRE_SERVICE)
                or (tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_.lower() in FIRE_SERVICE and tok.text == "Fire")):
            return None  # "Miami-Dade Fire Rescue", "fire trucks", "Fire officials": the firefighters, not a blaze
        if etype in {"military_operation", "attack", "shooting"} and _on_protesters(tok):
            return "crackdown"  # "the raid on the sit-in", "ordered to attack the sit-in", "the shooting of protesters"
        if lem == "disperse" and _on_protesters(tok):
            return "crackdown"  # "when security forces dispersed the sit-in"
        if etype == "crowd_crush" and lem == "crush" and (tok.pos_ != "NOUN" or tok.dep_ == "compound"):
            return None  # "crushed by debris", "crush injuries": not a crowd crush
        if etype == "building_collapse" and not any(_collapsing(t) for t in tok.sent) and not self._doc_collapse(doc):
            return None  # ("How the collapse unfolded" in a story of a tower's collapse)
        return etype

    def _doc_collapse(self, doc: Doc) -> bool:
        """The article tells of a building's collapse somewhere: "the partial collapse of the Champlain
        Towers South condominium", or "the collapse" under a headline about the bridge (once per document)."""
        if self._collapse_doc is not doc:
            self._collapse_doc = doc
            said = [t for t in doc if t.lemma_.lower() == "collapse"]
            # (or told of as "the collapse" in a story whose headline is about the structure: "Under the broken
            # bridge, the evacuees ask when they can go home")
            self._collapse = any(any(_collapsing(w) for w in t.sent) for t in said) or (bool(said) and any(
                _collapsing(w) and w.pos_ == "NOUN" for s in sentences(doc)[:3] for w in s))
        return self._collapse

    def _doc_vehicle(self, doc: Doc) -> str | None:
        """The kind of crash the vehicles an article names point to (once per document)."""
        if self._vehicle_doc is not doc:
            rail_cars = _car_of_rail(doc)  # ("the car of the funicular": a rail car, not a road crash)
            kinds = Counter(VEHICLE[t.lemma_.lower()] for t in doc if t.lemma_.lower() in VEHICLE and t.pos_ != "PROPN"
                            and not (rail_cars and t.lemma_.lower() == "car"))
            self._vehicle_doc, self._vehicle = doc, (kinds.most_common(1)[0][0] if kinds else None)
        return self._vehicle

    def __call__(self, doc: Doc) -> list[EventMatch]:
        skip = doc._.newskg_boilerplate or []
        published = doc._.newskg_published
        scores: Counter[str] = Counter()
        triggers: dict[str, list[int]] = {}
        words: dict[str, Counter] = {}
        sents = sentences(doc)
        first = {s.start for s in sents[:3]}
        ref = reference_year(doc)
        for s in sents:
            weight = 3 if s.start == 0 else 2 if s.start in first else 1
            for t in s:
                if in_ranges(t.idx, skip):
                    continue
                etype = self._type_of(t, doc)
                if not etype or etype == "mourning" or _aftermath_of(t):
                    continue
                if ref is not None and _dated_before(t, ref):
                    continue  # "Floods in 2011 and 2014 killed seven people in Genoa": another, earlier event
                scores[etype] += weight
                triggers.setdefault(etype, []).append(t.i)
                words.setdefault(etype, Counter())[t.lower_] += 1
        events: list[EventMatch] = []
        if scores:
            main_type = scores.most_common(1)[0][0]
            if main_type == "explosion" and _bomb_told(doc, triggers.get("bombing", [])):
                # "a suicide car bombing … the blast": the blast was the bomb's (not "the 2005 truck bombing"
                # of the background, nor one passing "such as a missile or a bomb")
                main_type = "bombing"
        else:
            main_type = "other"
        tok_ids = triggers.get(main_type, [])
        label = words[main_type].most_common(1)[0][0] if main_type in words else "event"
        e0 = EventMatch("e0", main_type, label, tokens=tok_ids[:20])
        e0.date = self._date(doc, tok_ids, published)
        if e0.date is None and published is None:  # no year to be had: keep the day
            e0.month_day = self._month_day(doc, tok_ids)
        e0.place, e0.place_country = self._place(doc, tok_ids, crosses=main_type in FAMILY_CROSSES)
        if e0.place is None and e0.place_country:
            e0.place = self.g.countries[e0.place_country].name
        if main_type in FAMILY_CROSSES and e0.place_country:
            # (told with any word of the weather's family: "Torrential rain brought by Storm Boris sent rivers
            # surging through towns in Poland, the Czech Republic, …" in a story of its floods)
            kin = WEATHER if main_type in WEATHER else {main_type}
            e0.also_in = self._also_in(doc, e0.place_country, sorted(i for t in kin for i in triggers.get(t, [])))
        e0.agents = self._agents(doc, tok_ids) if main_type in {"military_operation", "airstrike", "attack", "bombing", "shooting", "crackdown"} else []
        events.append(e0)
        if main_type in {"military_operation", "attack", "airstrike"}:
            cap = self._capture(doc, e0)
            if cap is not None:
                events.append(cap)
        for fig in doc._.newskg_figures or []:
            if fig.measure == "mourning_days":
                key = f"e{len(events)}"
                ev = EventMatch(key, "mourning", "mourning", tokens=[fig.cue] if fig.cue is not None else [],
                                parent=None)
                ev.agents = [self.g.countries[c].name for c in fig.groups if c in self.g.countries]
                ev.place_country = fig.groups[0] if len(fig.groups) == 1 else None
                events.append(ev)
        return events

    def _date(self, doc: Doc, tok_ids: list[int], published: date | None) -> date | None:
        """The first day named in a sentence about the event (then in the opening sentences)."""
        skip = doc._.newskg_boilerplate or []
        dates = [e for e in doc.ents if e.label_ == "DATE" and not in_ranges(e.start_char, skip)]
        anchor = published or self._dateline(doc, dates)
        stamped = anchor or self._dateline(doc, [e for e in doc.ents if e.label_ == "DATE"])  # (an "Updated" stamp)
        if stamped is not None and (elapsed := self._elapsed(doc, stamped, skip)) is not None:
            # "Fifteen days after a fire destroyed Lahaina, …": counted back from the article's day (or its
            # dateline's, "Updated: Feb. 1, 2025", where no metadata gives it)
            when, months = elapsed
            if months > 1:  # "Six months after the bombing, …" is a round number: the story's first full date,
                # when near it ("On the evening of August 26, 2021, …"; not "warned on 20 July", weeks before)
                told = next((d for e in dates if MONTH_RE.search(e.text.lower()) and re.search(r"\d", e.text)
                             and (d := resolve_date(_with_day(e), stamped)) is not None and d < stamped), None)
                if told is not None and abs((told - when).days) <= 7 * months:
                    return told
            return when
        sent_starts = {doc[i].sent.start for i in tok_ids}
        opening = {s.start for s in sentences(doc)[:3]}
        lead = {s.start for s in sentences(doc)[:6]}  # ("took off … on Thursday 12 June", no event word in it)
        # (and the first sentences of the story itself, past a headline, a masthead, a byline and a date line)
        lead |= {s.start for s in [s for s in sentences(doc) if not in_ranges(s.start_char, skip)
                                   and sum(t.is_alpha for t in s) >= 6][:6]}
        years = [int(y) for e in dates for y in re.findall(r"\b(19\d\d|20\d\d)\b", e.text)]
        ref_year = anchor.year if anchor else (max(years) if years else None)
        mourning = {i for f in doc._.newskg_figures or [] if f.measure == "mourning_days" and f.gov is not None
                    for i in (f.gov, doc[f.gov].head.i, verb_above(doc[f.gov]).i)}  # "declared Sunday, 24 March, a day of mourning"
        # a day said of the event's own word first ("On Friday, March 15, a gunman opened fire", "the 15 March
        # attacks"), then any day of a sentence about it (not "the toll rose after a man died on Thursday")
        on_trigger = set(tok_ids) | {doc[i].head.i for i in tok_ids}
        # "A passenger train ran into a freight train shortly before midnight on Tuesday, killing at least 26
        # people": a sentence of the lead that tells the toll as the event's outcome is about the event
        outcome = {doc[f.cue].sent.start for f in doc._.newskg_figures or [] if f.cue is not None
                   and doc[f.cue].tag_ == "VBG" and doc[f.cue].lemma_.lower() in self.g.measure_verbs_obj}
        in_lead = [e for e in dates if e.sent.start in lead and not re.search(r"\b(?:updated|published|posted)\b", e.sent.text, re.I)]
        pools = ([e for e in dates if e.sent.start in sent_starts and _said_of(e, on_trigger)],
                 [e for e in in_lead if e.sent.start in outcome],
                 [e for e in dates if e.sent.start in sent_starts],
                 [e for e in dates if e.sent.start in opening],
                 [e for e in in_lead if MONTH_RE.search(e.text.lower())])
        for pool in pools:
            for ent in pool:
                if ent.root.head.i in mourning or ent.root.i in mourning:
                    continue  # "declared Sunday, 24 March, a day of national mourning": the mourning's day
                if pool is not pools[0] and _day_of_saying(ent, self.g.reporting):
                    continue  # "the committee announced on Saturday that 87 people had been killed": when it was said
                d = resolve_date(_with_day(ent), anchor)
                if d is None or (anchor is not None and d > anchor) or (ref_year and d.year < ref_year - (1 if anchor else 0)):
                    continue
                if pool is pools[-1] and anchor is not None and (anchor - d).days > 60:
                    continue  # a day of the lead far before the article: background, not the event
                return d
        return None

    @staticmethod
    def _elapsed(doc: Doc, published: date, skip: list[tuple[int, int]]) -> tuple[date, int] | None:
        """The day an opening sentence counts back to from the article's own day: "Fifteen days
        after a wind-driven fire destroyed Lahaina, the question still has no answer", "Six days
        after a student opened fire, …", "… floods, one month on". Only when the rest of the
        sentence speaks of now (a present tense): "Two days after the quake, a boy was pulled
        out" is a day after the event, not the article's. With the number of months it counts back
        (0 for days and weeks), as such a count is a round one."""
        opening = [s for s in sentences(doc) if not in_ranges(s.start_char, skip)
                   and sum(t.is_alpha for t in s) >= 6][:4]  # (not the masthead, kicker, byline or date lines)
        for sent in opening:
            for m in ELAPSED.finditer(sent.text):
                n = parse_number(m.group("n").split()) if m.group("n").lower() not in {"a", "an"} else 1
                if not n or n > 400:
                    continue
                after = [t for t in sent if t.idx >= sent.start_char + m.end()]
                # (or the clause the count of days is set after: "The toll has risen to 29, more than three
                # weeks after the fires ripped through Los Angeles County")
                told = [t for t in sent if t.idx < sent.start_char + m.start() and t.tag_ in {"VBZ", "VBP"}]
                # (the article's own day anywhere in the sentence: "Rescuers stopped searching on Wednesday, …
                # two weeks after the building came down"; or the news of the day: "Thirty-three days after
                # the tower came down, the families said …")
                today = any(e.label_ in {"DATE", "TIME"} and resolve_date(e.text, published) == published for e in sent.ents) \
                    or sent.root.lemma_.lower() in gazetteer.load().reporting and sent.root.idx >= sent.start_char + m.end()
                verbless = not any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"relcl", "acl", "amod"} for t in sent)
                if not m.group(0).lower().endswith("on") and not told and not today and not verbless and not any(
                        (t.tag_ in {"VBZ", "VBP"} or (t.tag_ == "MD" and t.lower_ in PRESENT_MODALS))
                        for t in after if t.dep_ not in {"relcl", "acl"}):
                    continue  # ("… one month on" speaks of now in any tense, and so does a headline with no verb:
                    # "One month after the mud: the woman who keeps the list"; "Twenty-five days after …, the
                    # minister stood before reporters on Thursday", the article's own day, too)
                unit = {"day": 1, "week": 7, "month": 30}[m.group("unit").lower().rstrip("s")]
                if unit == 30 and not m.group("half"):
                    return _months_before(published, n), n  # calendar months: "a month after" 4 August is 4 September
                days = n * unit + (unit // 2 if m.group("half") else 0)  # ("two and a half weeks after")
                return published - timedelta(days=days), 0
        return None

    def _month_day(self, doc: Doc, tok_ids: list[int]) -> tuple[int, int] | None:
        """The first day without a year named where the event is told or in the opening sentences
        (the dateline "ANKARA, March 3 —" of an article with no publication date): the year
        cannot be known, the day still tells two events of one kind apart."""
        skip = doc._.newskg_boilerplate or []
        text = text_of(doc)
        for m in _DATELINE.finditer(text[:1500]):
            md = month_day(re.sub(r"\([^)]*\)", " ", m.group(0)))  # "KATHMANDU, Nov 4 -", which the model may not tag
            if md is not None:
                return md
        dates = [e for e in doc.ents if e.label_ == "DATE" and not in_ranges(e.start_char, skip)]
        sent_starts = {doc[i].sent.start for i in tok_ids}
        opening = {s.start for s in sentences(doc)[:3]}
        for pool in ([e for e in dates if e.sent.start in opening], [e for e in dates if e.sent.start in sent_starts]):
            for ent in pool:
                md = month_day(ent.text)
                if md is not None:
                    return md
        return None

    def _dateline(self, doc: Doc, dates: list[Span]) -> date | None:
        """The latest full date (with a year) of the opening sentences: wire copy dates itself there
        (past a kicker, a headline, a byline and a dateline split from its date)."""
        sents = sentences(doc)
        opening = {s.start for s in sents[:4]}
        # ("BRUMADINHO, Minas Gerais -" then "Monday 25 February 2019": the date split from its dateline)
        opening |= {b.start for a, b in zip(sents[:4], sents[1:5]) if a.text.rstrip().endswith(("-", "—", "–"))}
        found = [resolve_date(e.text, None) for e in dates if e.sent.start in opening and re.search(r"\d{4}", e.text)]
        found = [d for d in found if d is not None]
        return max(found) if found else None

    def _place(self, doc: Doc, tok_ids: list[int], crosses: bool = False) -> tuple[str | None, str | None]:
        """(place, country): the place named most where the event is told; its country, else the
        country the article's places and demonyms point to most."""
        g = self.g
        skip = doc._.newskg_boilerplate or []
        sent_starts = {doc[i].sent.start for i in tok_ids}
        places: Counter[str] = Counter()
        countries: Counter[str] = Counter()
        owners: dict[str, str] = {}
        by_region: Counter[str] = Counter()  # the part of each country's votes given by subdivision names
        by_town: Counter[str] = Counter()  # votes of towns (``_town_country``)
        region_mentions: Counter[str] = Counter()
        headline_countries: set[str] = set()  # "Myanmar earthquake: …"
        heading = {s.start for s in sentences(doc)[:3]}  # (a kicker, the headline)
        past = _past_sentences(doc)
        for e in doc.ents:
            if e.sent.start in past:
                continue  # "the deadliest since the 2013 loss of an airliner in Namibia": another event's place
            if e.label_ == "ORG" and not in_ranges(e.start_char, skip):
                # "the Tanzania Civil Aviation Authority": a national body, most often of the event's country
                first = e[1] if e[0].lower_ == "the" and len(e) > 1 else e[0]
                iso = country_of(first.text) if first.pos_ == "PROPN" else None
                if iso and not any(t.lemma_.lower() in FOREIGN_SERVICE | {"foreign"} for t in e):
                    countries[iso] += 1
                continue
            if e.label_ not in {"GPE", "LOC", "FAC", "NORP"} or in_ranges(e.start_char, skip):
                continue
            if _table_row(doc, e):
                continue  # "- Iran: 464", "Sindhupalchok — 1,662": a row of a table, one share of a toll
            text = (e.text[4:] if e.text.lower().startswith("the ") else e.text).strip()
            if text.lower() in CONTINENTS:
                continue  # "IBC News | Europe", "migrants bound for Europe": too wide to be where it happened
            prep = e.root.head
            if prep.lower_ == "from" and any(o.pos_ == "PRON" or o.lemma_.lower() in PEOPLE_FROM
                                            for o in (prep.head, doc[prep.i - 1])):
                continue  # "a couple from Nakuru": where people come from, not where it happened
            if _destination(e):
                continue  # "families who fled into Benin", "flown to Tbilisi": where people went, not where it happened
            if prep.lower_ == "at" and prep.head.lemma_.lower() in POINTING_VERBS:
                continue  # "the Kremlin keeps pointing at Kyiv": whom it blames, not where it happened
            if _origin_listed(e):
                continue  # "foreign nationals from countries including Iran, China …": whose, not where
            weight = 2 if e.sent.start in sent_starts else 1
            located = e.root.head.lower_ in {"in", "near", "at", "outside", "off", "across", "into", "on"}
            if located and e.root.head.i == e.sent.start and e.end < len(doc) and doc[e.end].text == ",":
                located = False  # "In Paris, the French foreign ministry said": where it was said
            if located and e.sent.start in sent_starts:
                weight += 3  # "killed in X" where the event is told (not "In Nairobi, the president said")
            elif located:
                weight += 1
            iso = _place_country(text, g)
            if iso is None and e.label_ != "NORP" and (town := _town_country(text, g)):
                by_town[town] += weight
            if iso and _abroad(e):
                iso = None  # "Kenya's foreign ministry said seven Kenyans died": its nationals, elsewhere
            if iso and any(t.lemma_.lower() == "mourning" for t in e.sent) and e.root.dep_ in {"nsubj", "poss"}:
                weight += 3  # "Tanzania began three days of national mourning": the country of the event
            if iso and e.sent.start == 0 and e.root.dep_ in {"compound", "amod", "poss", "nmod"} \
                    and e.root.head.i in tok_ids and country_of(text):
                headline_countries.add(iso)  # the headline's "Myanmar earthquake": the country the story is about
            if iso:
                countries[iso] += weight if e.label_ != "NORP" else 0.25
                if text.lower() in g.regions and not country_of(text):
                    by_region[iso] += weight
                    region_mentions[iso] += 1
            first = e.root
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head  # ("Japan, Iran and the US say their nationals …": all three speak)
            actor_like = e.root.dep_ in {"compound", "amod", "poss", "nmod", "nsubj"} or (
                first.dep_ == "nsubj" and first.head.lemma_.lower() in self.g.reporting)
            eventish = any(self.g.events.get(t.lemma_.lower()) for t in e)
            if e.label_ in {"GPE", "LOC"} and e.root.dep_ in {"compound", "nmod"} and e.root.head.i in tok_ids \
                    and not country_of(text):
                places[text] += weight + 3 + (4 if e.sent.start in heading else 0)
                # "Paris attacks: toll rises to 129": the place the event is named by (in the headline most of all)
            elif e.label_ != "NORP" and not actor_like and not eventish:
                places[text] += weight
                owner = next((country_of(c.text) for c in e.root.children if c.dep_ == "poss"), None)
                if owner:
                    owners[text] = owner  # "Mozambique's Gaza province"
        # names of the gazetteer the model did not tag as places ("at Lobito stadium", "on his way to
        # Luanda"): they still say which country the story is in
        for t in doc:
            if t.pos_ != "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC", "NORP", "PERSON"} or in_ranges(t.idx, skip) \
                    or t.sent.start in past:
                continue
            iso = g.capitals.get(t.lower_) or g.places.get(t.lower_)
            if iso:
                located = t.head.lower_ in {"in", "near", "at", "outside", "off", "across", "into", "on", "to"}
                countries[iso] += (2 if t.sent.start in sent_starts else 1) + (2 if located else 0)
                if t.lower_ in g.regions:
                    by_region[iso] += (2 if t.sent.start in sent_starts else 1) + (2 if located else 0)
                    region_mentions[iso] += 1
        named = any(countries[c] - by_region[c] >= 1 for c in countries)  # a country, capital or city (demonyms count a quarter)
        for iso, n in by_town.items():
            countries[iso] += n / 2  # towns the story names, at half weight ("Pemba", "Mueda" in Mozambique)
        dateline, full = dateline_country(text_of(doc), g)
        if dateline and full:
            countries[dateline] += 4  # wire copy says where it was filed: most often the event's country
        elif dateline and not named:
            # "NAIROBI —", a city and a dash, is as often a paper's own desk: it counts only when nothing but
            # subdivision names tells the country ("DUMAGUETE CITY -" in a story naming the town of Valencia once)
            countries[dateline] += 2
        top = countries.most_common(1)[0][0] if countries else None
        # a place the text puts in another country than the article's ("cases in Mozambique's Gaza
        # province" in a Zimbabwean bulletin) is where the event spread, not where it is
        # (and a region the gazetteer puts in another country: "the fire crossed into Extremadura")
        region = lambda p: None if country_of(p) else g.places.get(p.lower())  # noqa: E731  (a country name is trusted)
        ranked = [p for p, _n in places.most_common() if owners.get(p) in (None, top) and region(p) in (None, top)]
        if not ranked:
            return None, top
        place = ranked[0]
        abroad = _place_country(place, g)
        outweighed = abroad not in (None, top) and countries[top] >= 1.5 * countries[abroad]
        if country_of(place) not in (None, top) or outweighed:
            # (or its capital: "suggested the answer lay in Kyiv" in a story set in Russia)
            # another country named about as often as a place of the story's own country ("JNIM, active in Mali
            # and Benin" in a story of a raid in Kwara): the story's own place
            home = next((p for p in ranked[1:] if _place_country(p, g) in (None, top)
                         and places[p] >= 0.75 * places[place]), None)
            if home is None and crosses and outweighed and headline_countries == {top}:
                # a quake or a storm felt across a border: the story's country, named in the headline's
                # event and far more than the other's, keeps its own best place, however often the other
                # capital is named ("… also brought down a tower in Bangkok" in a
                # story of a quake in Myanmar)
                home = next((p for p in ranked[1:] if _place_country(p, g) in (None, top)), None)
            place = home or place
        said = None if crosses else _said_country(doc, tok_ids, past, g)
        if said and said not in {top, _place_country(place, g)}:
            # "the Azerbaijan Airlines crash in Kazakhstan", in a story told from the airline's country
            # (its mourning, its capital): the text says where it happened
            place = next((p for p in ranked if _place_country(p, g) == said), g.countries[said].name)
            return place, said
        country = _place_country(place, g) or self._colocated_country(doc, place)
        if country is None and len(headline_countries) == 1:
            country = next(iter(headline_countries))  # "Greece shipwreck: …", then "off Kalamata" in a story
            # that names Pakistan, where many of the passengers came from, more often than Greece
        if country is None and top and _town_country(place, g) == top:
            country = top  # a town of the story's country ("Dumaguete" in a story the dateline puts in PHL)
        if country is None and countries and (countries[top] > by_region[top] or region_mentions[top] > 1):
            country = top  # (a country known only from one mention of a subdivision the place is not,
            # "Valencia" in a story set in unknown towns of Negros, is too weak: towns of that name are everywhere)
        return place, country

    def _colocated_country(self, doc: Doc, place: str) -> str | None:
        """The country of a place the gazetteer does not know, by a known place named right beside it:
        "hospitals in Mina and Mecca", "in Mina, about 5 km east of Mecca", "Kisenso, near Kinshasa"."""
        found: Counter[str] = Counter()
        for e in doc.ents:
            if e.text != place:
                continue
            for other in e.sent.ents:
                if other.start < e.end or other.start > e.end + 8 or other.label_ not in {"GPE", "LOC"}:
                    continue
                between = {t.lower_ for t in doc[e.end:other.start]}
                if not (between & {"and", "near", "of", "outside"}) or country_of(other.text):
                    continue
                iso = self.g.capitals.get(other.text.lower()) or self.g.places.get(other.text.lower())
                if iso:
                    found[iso] += 1
        return found.most_common(1)[0][0] if found else None

    def _also_in(self, doc: Doc, home: str, tok_ids: list[int]) -> list[str]:
        """Other countries a storm, flood or earthquake struck, by the article's opening: the headline
        or the lead names them beside the event's own ("the cyclone that hit Bangladesh and Myanmar",
        "crossed the coast between Teknaf in Bangladesh and Maungdaw in Myanmar")."""
        skip = doc._.newskg_boilerplate or []
        found: list[str] = []
        told = {doc[i].sent.start for i in tok_ids}
        # (the opening past the page's furniture: a section path, a date stamp, a byline)
        for sent in [s for s in sentences(doc) if not in_ranges(s.start_char, skip)][:4]:
            if sent.start not in told:
                continue  # a byline ("our team in Kinshasa and Nairobi") tells where reporters are
            named = []
            # country names, whatever the model tags them ("Mozambique" as ORG, "Malawi" as PERSON)
            # (not a word of a longer name: "the Indian Ocean archipelago")
            longer = {i for e in sent.ents if len(e) > 1 and e.label_ != "GPE" for i in range(e.start, e.end)}
            names = [e for e in sent.ents if e.label_ == "GPE"] + [doc[t.i:t.i + 1] for t in sent if t.pos_ == "PROPN"
                                                                      and not t.ent_type_ == "GPE" and t.i not in longer]
            for e in sorted(names, key=lambda e: e.start):
                if in_ranges(e.start_char, skip) or _abroad(e) or _destination(e) \
                        or (e.root.head.lower_ == "from" and e.root.head.head.lemma_.lower() not in MOTION_VERBS):
                    continue  # ("six from Lucknow": where the victims came from)
                iso = country_of(e.text) if e.label_ != "GPE" else (country_of(e.text) or _place_country(e.text, self.g))
                if iso is None and e.label_ != "GPE" and e.root.pos_ == "PROPN":
                    iso = self.g.places.get(e.text.lower())  # a territory the model took for no place ("Mayotte")
                if iso and iso not in named:
                    named.append(iso)
            if home in named and len(named) >= 2:
                found += [c for c in named if c != home and c not in found]
        return found

    def _agents(self, doc: Doc, tok_ids: list[int]) -> list[str]:
        agents: Counter[str] = Counter()
        for i in tok_ids:
            t = doc[i]
            for c in t.children:
                if c.dep_ in {"compound", "amod", "poss", "nmod"}:
                    iso = country_of(c.text)
                    if iso:
                        agents[self.g.countries[iso].name] += 1
                        break
        return [a for a, _ in agents.most_common(2)][:1]

    def _capture(self, doc: Doc, parent: EventMatch) -> EventMatch | None:
        for t in doc:
            if t.lemma_.lower() in {"capture", "seize", "abduct", "kidnap"} and t.pos_ in {"VERB", "NOUN"}:
                patients = []
                for c in t.subtree:
                    if c.ent_type_ == "PERSON" and c.ent_iob_ == "B":
                        ent = next((e for e in doc.ents if e.start == c.i), None)
                        if ent is not None:
                            from newskg.nlp.actors import strip_title
                            patients.append(strip_title(ent.text))
                if patients:
                    ev = EventMatch("e1", "capture", "capture", tokens=[t.i], parent="e0")
                    ev.patients = patients[:3]
                    ev.agents = list(parent.agents)
                    ev.date = parent.date
                    ev.place, ev.place_country = parent.place, parent.place_country
                    return ev
        return None


@Language.factory("newskg_events", assigns=["doc._.newskg_events"], requires=["doc.ents", "doc._.newskg_figures"])
def make_events(nlp: Language, name: str) -> "EventsComponent":
    return EventsComponent()


class EventsComponent:
    def __init__(self) -> None:
        self.finder = EventFinder()

    def __call__(self, doc: Doc) -> Doc:
        doc._.newskg_events = self.finder(doc)
        return doc

