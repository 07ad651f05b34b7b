"""The ``newskg_actors`` component: countries, people and organisations, canonically named.

Countries come from the shipped gazetteer (names, aliases, demonyms, and
capitals used as the subject of a verb: "Washington said"); people lose their
titles and a surname alone is merged with the full name seen earlier in the
same article; organisations keep their name and, where the text says so, the
country they belong to ("Cuba's Foreign Ministry").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newskg.boilerplate import in_ranges
from newskg.nlp import gazetteer
from newskg.nlp.extensions import ActorMatch

ORG_ALIASES = {
    "un": "United Nations", "u.n.": "United Nations", "the un": "United Nations",
    "united nations": "United Nations", "who": "World Health Organization",
    "nato": "NATO", "eu": "European Union", "european union": "European Union",
    "red cross": "Red Cross", "icrc": "International Committee of the Red Cross",
    "unicef": "UNICEF", "unhcr": "UNHCR",
}


def strip_title(text: str) -> str:
    words = text.split()
    titles = gazetteer.load().titles
    changed = True
    while changed and len(words) > 1:
        changed = False
        for title in titles:
            n = len(title)
            if len(words) > n and tuple(w.lower() for w in words[:n]) == title:
                words = words[n:]
                changed = True
                break
    return " ".join(words)


def country_of(text: str) -> str | None:
    g = gazetteer.load()
    low = text.lower().strip()
    if low.endswith("'s") or low.endswith("’s"):
        low = low[:-2]
    if low.startswith("the "):
        low = low[4:]
    return g.country_names.get(low) or g.demonyms.get(low)


class ActorFinder:
    def __init__(self) -> None:
        self.g = gazetteer.load()

    def __call__(self, doc: Doc) -> list[ActorMatch]:
        g = self.g
        skip = doc._.newskg_boilerplate or []
        out: list[ActorMatch] = []
        persons: dict[str, str] = {}  # surname -> full name
        for ent in doc.ents:
            if in_ranges(ent.start_char, skip):
                continue
            text = ent.text.strip()
            if text.isupper() and len(text) > 4:
                text = text.title()  # "MWANZA" in a dateline is Mwanza
            if ent.label_ in {"GPE", "NORP", "LOC"}:
                iso = country_of(text)
                if iso is None and text.lower() in g.capitals and ent.root.dep_ in {"nsubj", "nsubjpass", "poss"}:
                    iso = g.capitals[text.lower()]  # "Havana confirmed"
                if iso:
                    out.append(ActorMatch(ent.start, ent.end, g.countries[iso].name, "country", iso))
            elif ent.label_ == "PERSON":
                name = strip_title(text)
                if name.endswith("'s") or name.endswith("’s"):
                    name = name[:-2]
                if not name or not any(ch.isalpha() for ch in name):
                    continue
                parts = name.split()
                if len(parts) > 1:
                    persons[parts[-1]] = name
                elif name in persons:
                    name = persons[name]
                out.append(ActorMatch(ent.start, ent.end, name, "person"))
            elif ent.label_ == "ORG":
                name = text[4:] if text.lower().startswith("the ") else text
                name = ORG_ALIASES.get(name.lower(), name)
                iso = country_of(name)
                if iso:  # "U.S." tagged ORG
                    out.append(ActorMatch(ent.start, ent.end, g.countries[iso].name, "country", iso))
                    continue
                country = None
                for t in ent:
                    country = g.demonyms.get(t.lower_) or country
                if ent.start > 0:
                    prev = doc[ent.start - 1]
                    if prev.dep_ == "poss" or prev.text in {"'s", "’s"}:
                        owner = doc[ent.start - 2] if prev.text in {"'s", "’s"} and ent.start > 1 else prev
                        country = country_of(owner.text) or country
                out.append(ActorMatch(ent.start, ent.end, name, "organization", country))
        # a surname seen before its full name
        for a in out:
            if a.kind == "person" and " " not in a.name and a.name in persons:
                a.name = persons[a.name]
        return out


@Language.factory("newskg_actors", assigns=["doc._.newskg_actors"], requires=["doc.ents"])
def make_actors(nlp: Language, name: str) -> "ActorsComponent":
    return ActorsComponent()


class ActorsComponent:
    def __init__(self) -> None:
        self.finder = ActorFinder()

    def __call__(self, doc: Doc) -> Doc:
        doc._.newskg_actors = self.finder(doc)
        return doc

