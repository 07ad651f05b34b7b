"""The ``newskg_figures`` component: reported counts of people in a parsed Doc.

A number is a figure only when the dependency parse ties it to a measure word
("killed", "deaths", "the death toll rose to", "missing", "days of mourning").
That one requirement is what keeps dates, ages, money, magnitudes and counts
of rescuers out. The measure, qualifier and population are read from the
parse; who claims the figure is left to ``newskg_attribution``.
"""

from __future__ import annotations

import re

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from newskg.boilerplate import in_ranges
from newskg.nlp import gazetteer
from newskg.model import WHOLE_TOLL_NOUNS
from newskg.nlp.extensions import FigureMatch, is_year, reference_year, text_of, verb_above
from newskg.nlp.numbers import interval, parse_number

SKIP_ENTS = {"MONEY", "PERCENT", "TIME", "ORDINAL", "QUANTITY"}
TIME_UNITS = {"day", "week", "month", "year", "hour", "minute", "second", "decade", "century", "time"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTH_NUMBERS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
NOT_COUNT_BEFORE = {"flight", "no", "no.", "number", "route", "highway", "platform", "gate", "page",
                    "chapter", "article", "section", "level", "category", "magnitude", "grade", "$",
                    "£", "€", "¥", "us$", "aged", "age", "ages", "room", "floor", "line", "bus", "classroom",
                    "update"}  # ("UPDATE 3 - 19:40 CEST": the third update of a wire story)
SEVERITY = {"seriously": "serious condition", "critically": "serious condition", "severely": "serious condition",
            "badly": "serious condition", "moderately": "moderate", "slightly": "minor", "lightly": "minor"}
SEVERELY = {w for w, grade in SEVERITY.items() if grade == "serious condition"} | {"gravely"}  # "critically wounded"
INJURE_VERBS = {"hurt", "injure", "wound"}
# the words for a grade of injury on the injuries themselves ("suffered grievous injuries")
INJURY_GRADES = {"serious": "serious condition", "grievous": "serious condition", "critical": "serious condition",
                 "severe": "serious condition", "life-threatening": "serious condition"}  # (minor injuries are most of a toll)
KIN_OF = {"relative", "friend", "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "cousin",
          "uncle", "aunt", "parent", "family", "neighbour", "neighbor", "colleague", "lawyer", "widow", "fiancé", "fiancee"}
LABEL_PLURALS = {"rooms", "classrooms", "floors", "flights", "routes", "gates", "platforms", "wards", "lines",
                 "buildings", "blocks", "units", "terminals", "pages", "chapters", "sections", "levels"}
TOLL_VERBS = {"rise", "climb", "reach", "increase", "jump", "grow", "stand", "bring", "put", "raise",
              "hit", "mount", "soar", "swell", "go", "push", "take", "revise", "lift", "surge",
              "top", "exceed", "pass", "near", "approach", "fall", "drop", "lower", "edge"}
COPULA_LIKE = {"be", "total", "reach", "hit", "top", "exceed", "number", "include", "comprise", "stand",
               "remain", "pass", "near", "approach", "surpass"}
OF_HEADS = {"loss": "killed", "killing": "killed", "death": "killed", "murder": "killed",
            "toll": "killed", "arrest": "arrested", "detention": "arrested", "evacuation": "evacuated",
            "rescue": "other", "disappearance": "missing", "displacement": "displaced",
            "injury": "injured", "wounding": "injured"}
LIFE_VERBS = {"claim", "take", "lose", "cost", "lost"}
COLLECTIVE = {"combined", "together", "both"}
VERB_QUALIFIERS = {"exceed": ("at_least", 1), "top": ("at_least", 1), "surpass": ("at_least", 1),
                   "pass": ("at_least", 1), "near": ("at_most", 0), "approach": ("at_most", 0)}
KEY_VALUE_HEADS = {"dead": "killed", "deaths": "killed", "killed": "killed", "death toll": "killed", "toll": "killed",
                   "fatalities": "killed", "injured": "injured", "wounded": "injured", "injuries": "injured",
                   "missing": "missing", "displaced": "displaced", "homeless": "displaced", "evacuated": "evacuated",
                   "arrested": "arrested", "detained": "arrested", "arrests": "arrested", "affected": "affected",
                   "cases": "affected", "rescued": "other", "survivors": "other",
                   "in shelters": "displaced", "sheltered": "displaced", "evacuees": "evacuated",
                   "hospitalised": "injured", "hospitalized": "injured", "in hospital": "injured",
                   "bodies recovered": "killed", "unaccounted for": "missing", "arrests made": "arrested",
                   "relocated": "evacuated"}
# singular nouns that a number set off by commas restates rather than ages ("the total, 45, …")
NOT_AGED_NOUNS = {"dead", "injured", "wounded", "missing", "number", "figure", "total", "count", "tally", "estimate",
                  "death", "casualty", "fatality", "sum", "share", "rest", "majority", "minority", "crowd", "group"}
# one person named by a singular noun that the role list does not know (kin, jobs, ranks)
PERSON_NOUNS = {"mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother",
                "grandfather", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin", "fiancé",
                "fiancée", "partner", "boyfriend", "girlfriend", "widow", "owner", "chief", "pilot", "co-pilot",
                "copilot", "captain", "commander", "guide", "cook", "chef", "clerk", "suspect", "gunman", "bomber",
                "assailant", "mayor", "principal", "imam", "priest", "pastor", "monk", "nun", "official", "technician",
                "mechanic", "electrician", "engineer", "musician", "guard", "accountant", "secretary", "assistant",
                "surgeon", "paramedic", "lawyer", "deputy", "colonel", "lieutenant", "sergeant", "corporal",
                "constable", "inspector", "superintendent", "chairman", "chairwoman", "director", "national", "citizen"}
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
COLLECTIVE_NOUNS = {"crew", "family", "household", "team", "group", "unit", "army", "police", "military", "staff",
                    "company", "government", "ministry", "force", "people", "public", "couple", "band", "gang"}
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "eer")
OBJECT_SITUATIONS = {"carry"}  # situations.tsv verbs whose object, not subject, is counted
PEOPLE_PRONOUNS = {"they", "them", "who"}
ADMIN_UNITS = gazetteer.ADMIN_UNITS
PLACE_UNITS = ADMIN_UNITS | {"country", "village", "town", "city", "island", "continent", "territory", "hamlet",
                             "hospital", "clinic"}  # ("taken to at least six hospitals")
DECADE_OF_LIFE = re.compile(r"(\d0|teen)'?s")  # "in their 20s", "in their teens"
# where someone's family comes from, which is not their nationality ("a Briton of Pakistani descent")
ORIGIN_NOUNS = {"origin", "descent", "heritage", "ancestry", "extraction", "background", "roots"}
# words for people that name no role ("dozens of individuals", "hundreds of souls")
PEOPLE_WORDS = {"individual", "soul", "kid", "local", "inhabitant", "occupant", "family", "relative", "body", "life"}


class FigureFinder:
    """Finds number phrases, then reads measure and population off the parse."""

    def __init__(self) -> None:
        self.g = gazetteer.load()
        self.max_qual = max(len(k) for k in self.g.qualifiers)
        self._ref_doc: Doc | None = None
        self._ref_value: int | None = None
        self._police_doc: Doc | None = None
        self._police_value = False
        self._last_place = ""  # the place of the last plain "in X" scope
        # what the part finders learn of the count being read (reset for each count): the place of its list
        # entry, whether it is an entry of a list ("Kenya — 42"), and whether that list counts nationals
        self._elliptical_place, self._elliptical_entry, self._nationality_block = "", False, False
        self._places_doc: Doc | None = None
        self._places: set[str] = set()
        self._counted: list[FigureMatch] = []

    # --- number phrases -------------------------------------------------
    def _is_num_word(self, tok: Token) -> bool:
        low = tok.lower_
        if tok.like_num and not tok.is_punct:
            return True
        return low in self.g.number_units or low in self.g.number_scales

    def phrases(self, doc: Doc, skip: list[tuple[int, int]]) -> list[tuple[int, int, int, int | None, str]]:
        """(start, end, min_value, max_value, kind) token runs that state a quantity.

        kind: "num", "vague", "zero".
        """
        out = self._person_groups(doc, skip) + self._persons_arrested(doc, skip)
        skip = skip + phone_spans(text_of(doc))
        i, n = 0, len(doc)
        while i < n:
            tok = doc[i]
            if in_ranges(tok.idx, skip):
                i += 1
                continue
            low = tok.lower_
            # vague multi-word quantities first ("tens of thousands", "a few", "no one")
            matched = self._match_vague(doc, i)
            if matched:
                j, value, kind = matched
                out.append((i, j, value, None, kind))
                i = j
                continue
            if low in {"a", "an"} and tok.dep_ == "det" and tok.head.lemma_.lower() == "couple" and tok.head.tag_ == "NN" \
                    and not (tok.head.i + 1 < n and doc[tok.head.i + 1].lower_ == "of"):
                out.append((i, i + 1, 2, 2, "both"))  # "an elderly couple died" (not "a couple of days")
                i += 1
                continue
            if low in {"a", "an"} and tok.dep_ == "det" and (self._person_noun(tok.head) or tok.head.lemma_.lower() in PERSON_NOUNS or _aged(tok.head) or (
                    tok.head.lemma_.lower() == "day" and any(_mourning(t) for t in tok.head.subtree))) \
                    and tok.head.tag_ in {"NN", "NNP"} \
                    and not (i + 1 < n and doc[i + 1].lower_ in {"dozen", "hundred", "thousand", "million", "few", "number", "handful"}) \
                    and not (tok.head.dep_ == "nsubj" and tok.head.head.lemma_.lower() in self.g.reporting) \
                    and not (tok.head.dep_ == "appos" and tok.head.head.pos_ in {"NOUN", "PROPN"} and not _has_number(tok.head.head)
                             and tok.head.head.tag_ in {"NN", "NNP"} and tok.head.lemma_.lower() != "day"):  # "a health official says …": the source;
                # "the youngest victim, a girl named Sana": who the victim was, not one more
                nth = next((ORDINALS[c.lower_] for c in tok.head.children if c.dep_ == "amod" and c.lower_ in ORDINALS), 1)
                if nth == 1 or tok.head.dep_ in {"nsubj", "nsubjpass", "dobj"}:
                    out.append((i, i + 1, nth, nth, "one"))  # "a police officer drowned"; "a second man has died": the toll is 2
                i += 1  # ("the leg of a sixth victim": no count)
                continue
            if _only_survivor(tok):
                end = i + 2 if tok.head.i == i + 1 and tok.head.lower_ == "one" else i + 1  # ("the only one … to survive")
                out.append((i, end, 1, 1, "one"))  # "the captain was the only person to survive", "the lone survivor"
                i = end
                continue
            if tok.lemma_.lower() == "day" and tok.tag_ == "NN" and any(c.dep_ == "poss" for c in tok.children) \
                    and not any(c.dep_ in {"det", "nummod"} for c in tok.children) and any(_mourning(t) for t in tok.subtree):
                out.append((i, i + 1, 1, 1, "one"))  # "after Saturday's day of provincial mourning": one day
                i += 1
                continue
            joined = _JOINED_RANGE.match(tok.text)
            if joined:  # "10–15" is one token: a range
                lo, hi = (int(joined.group(k).replace(",", "")) for k in ("lo", "hi"))
                if lo < hi:
                    out.append((i, i + 1, lo, hi, "range"))
                i += 1
                continue
            if low == "both" and tok.dep_ in {"det", "predet"} and tok.head.tag_ in {"NNS", "NNPS"} \
                    and (self._person_noun(tok.head) or tok.head.lemma_.lower() in self.g.roles) \
                    and tok.head.lemma_.lower() not in {"side", "country", "nation", "family", "household"}:
                out.append((i, i + 1, 2, 2, "both"))  # "killing both pilots"
                i += 1
                continue
            if low == "half" and i + 2 < n and doc[i + 1].lower_ in {"a", "an"} and doc[i + 2].lower_ == "dozen":
                out.append((i, i + 3, 6, 6, "num"))  # "half a dozen"
                i += 3
                continue
            if self._is_num_word(tok) or (low in {"a", "an"} and i + 1 < n and doc[i + 1].lower_ in {"dozen", "hundred", "thousand", "million"}):
                j = self._number_run_end(doc, i)
                words = [t.text for t in doc[i:j]]
                value = parse_number(words)
                if value is not None:
                    out.append((i, j, value, value, "num"))
                i = j
                continue
            i += 1
        return sorted(out)

    def _person_groups(self, doc: Doc, skip: list[tuple[int, int]]) -> list[tuple[int, int, int, int | None, str]]:
        """Two or more people named without a number and coordinated: "the driver and the conductor
        died" (2), "the pilot and co-pilot were killed" (2). A person with "a" is a count of one already
        (see the coordinated sums)."""
        out = []
        for tok in doc:
            if tok.dep_ == "conj" or tok.pos_ not in {"NOUN", "PROPN"} or in_ranges(tok.idx, skip):
                continue
            members, t = [tok], tok
            while True:
                nxt = next((c for c in t.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}), None)
                if nxt is None:
                    break
                members.append(nxt)
                t = nxt
            if len(members) < 2 or not all(self._single_person(m) for m in members):
                continue
            if any(m.lower_ in TOLL_NOUNS or m.lower_ in self.g.measure_nouns for m in members):
                continue  # "… 2025: Death Toll, Magnitude and Everything We Know", names the model took for people
            if any(_own_number(m) or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in m.children) for m in members):
                continue
            if any(m.ent_type_ == "PERSON" and m.dep_ == "compound" for m in members):
                continue
            if any(self._named_place(doc, m) or (m.lower_ in self.g.cities and not any(
                    c.dep_ == "compound" for c in m.children)) or (m.i + 2 < len(doc) and m.nbor(1).text == "(" and m.nbor(2).like_num)
                   for m in members):
                continue  # "the worst-hit towns include Paiporta, Catarroja (25 deaths) and Alfafar": places
            start = tok.left_edge.i
            out.append((start, members[-1].i + 1, len(members), len(members), "group"))
        return out

    def _persons_arrested(self, doc: Doc, skip: list[tuple[int, int]]) -> list[tuple[int, int, int, int | None, str]]:
        """One person arrested, named by role rather than counted: "police arrested the owner",
        "the plant's manager was detained", "ordered the arrest of the signalman"."""
        out = []
        for t in doc:
            lem = t.lemma_.lower()
            if self.g.measure_verbs_obj.get(lem) == "arrested" and t.pos_ == "VERB" and t.tag_ in {"VBD", "VBN"}:
                people = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}]
            elif self.g.measure_nouns.get(lem) == "arrested" and t.pos_ == "NOUN" and t.tag_ == "NN" \
                    and t.head.lemma_.lower() in {"order", "confirm", "announce", "make"}:
                people = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            else:
                continue
            if _negated(t):
                continue
            for p in people:
                if in_ranges(p.idx, skip) or _own_number(p) or any(c.dep_ in {"conj", "cc"} for c in p.children) \
                        or p.dep_ == "conj" or not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "no", "any", "every", "each"}
                                                      for c in p.children):
                    continue
                if self._single_person(p) and p.ent_type_ != "PERSON":
                    out.append((p.i, p.i + 1, 1, 1, "one"))
        return out

    def _demonym_pair(self, t: Token) -> str | None:
        """The country of a two-word demonym that ``t`` is part of ("Sri Lankan", "South Korean")."""
        doc = t.doc
        for a, b in ((t.i - 1, t.i), (t.i, t.i + 1)):
            if 0 <= a and b < len(doc):
                iso = self.g.demonyms.get(f"{doc[a].lower_} {doc[b].lower_}")
                if iso:
                    return iso
        return None

    def _person_noun(self, tok: Token) -> bool:
        low, lem = tok.lower_, tok.lemma_.lower()
        return (lem in self.g.roles and lem not in {"people", "other", "family", "household", "crew", "military", "army", "police", "security"}) \
            or low in self.g.demonyms or lem in {"teenager", "toddler", "hiker", "trekker", "climber", "foreigner", "expatriate", "visitor", "driver", "pilot", "officer", "soldier", "resident",
                        "reservist", "ranger", "volunteer", "labourer", "laborer", "herder", "nurse", "doctor",
                        "mechanic", "engineer", "technician", "instructor", "steward", "stewardess", "muleteer", "porter", "watchman"}

    def _peopleish(self, x: Token) -> bool:
        """The counted token names people: a number alone, "people", "others", a role or a demonym."""
        lem = x.lemma_.lower()
        return x.pos_ == "NUM" or lem in self.g.roles or lem in {"people", "person", "other", "man", "member", "national", "citizen"} \
            or self._person_noun(x) or x.lower_ in {"others", "men", "women", "children"}

    def _number_run_end(self, doc: Doc, i: int) -> int:
        """End of the run of number words starting at i ("two hundred and fifty", "twenty-three")."""
        n, units, j = len(doc), self.g.number_units, i + 1
        while j < n:
            t = doc[j]
            if self._is_num_word(t) and not (t.like_num and doc[j - 1].like_num and t.text[0].isdigit() and doc[j - 1].text[0].isdigit()):
                j += 1
            elif t.text == "-" and j + 1 < n and doc[j - 1].lower_ in units and doc[j + 1].lower_ in units:
                j += 1  # "twenty-three"
            elif t.lower_ == "and" and j + 1 < n and doc[j + 1].lower_ in units and doc[j - 1].lower_ in {"hundred", "thousand"}:
                j += 1  # "two hundred and fifty"
            else:
                break
        return j

    def _match_vague(self, doc: Doc, i: int):
        low = doc[i].lower_
        if low not in VAGUE_STARTS:
            return None  # (asked at every token: the common answer first)
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        nxt2 = doc[i + 2].lower_ if i + 2 < len(doc) else ""
        if low in {"tens", "hundreds"} and nxt == "of" and nxt2 in {"thousands", "millions"}:
            return i + 3, self.g.vague[f"{low} of {nxt2}"] if f"{low} of {nxt2}" in self.g.vague else 20000, "vague"
        if low in {"a"} and nxt in {"few", "handful", "number"}:
            if nxt == "number" and nxt2 != "of":
                return None
            if nxt == "few" and nxt2 in self.g.number_scales:
                return i + 3, self.g.vague["a few"] * self.g.number_scales[nxt2], "vague"  # "a few thousand": 2,000 or more
            return i + 2, self.g.vague.get(f"a {nxt}", 2), "vague"
        if low == "no" and nxt == "one":
            return i + 2, 0, "zero"
        if low in {"dozens", "scores", "hundreds", "thousands", "millions"}:
            if low == "scores" and nxt != "of":
                return None
            return i + 1, self.g.vague[low], "vague"
        if low == "several" and nxt in self.g.number_scales:
            return i + 2, self.g.vague["several"] * self.g.number_scales[nxt], "vague"  # "several hundred": 300 or more
        if low in {"several", "some"}:
            if nxt and (self._is_num_word(doc[i + 1]) or nxt in {"a"}):
                return None  # "some 40" is a qualifier, read with the number
            return i + 1, self.g.vague[low], "vague"
        if low in {"none", "nobody"}:
            return i + 1, 0, "zero"
        if low == "no" and doc[i].dep_ == "det" and not (nxt in {"fewer", "less", "more"} and nxt2 == "than") \
                and doc[i].head.lemma_.lower() not in TOLL_NOUNS | {"estimate"}:
            # ("no fewer than 35" is a qualifier, however the parser reads "no"; "no confirmed death toll" is no count)
            return i + 1, 0, "zero"
        return None

    def _qualifier_before(self, doc: Doc, start: int) -> tuple[str, int, int]:
        """(qualifier, offset, new_start) from the words right before a number."""
        for size in range(self.max_qual, 0, -1):
            b = start - size
            if b < 0:
                continue
            key = tuple(t.lower_ for t in doc[b:start])
            if key in self.g.qualifiers:
                q, off = self.g.qualifiers[key]
                return q, off, b
        return "exact", 0, start

    # --- measure ----------------------------------------------------------
    def counted(self, doc: Doc, start: int, end: int) -> Token:
        """The token that stands for the counted people: the number's head noun, or the number."""
        head = None
        for t in doc[start:end]:
            if not (start <= t.head.i < end) or t.head.i == t.i:
                head = t
                break
        head = head or doc[end - 1]
        if end + 1 < len(doc) and doc[end].text in {"-", "–"} and doc[end + 1].lower_ == "strong" \
                and doc[end + 1].head.pos_ in {"NOUN", "PROPN"}:
            return doc[end + 1].head  # "a four-strong crew": the crew is counted
        if _across_colon(head):
            return head  # "its count is 67: 61 civilians and …", the total parsed onto the first part: itself
        if head.dep_ in {"nummod", "amod", "quantmod", "det", "nmod", "compound", "advmod"} and head.head.i != head.i \
                and head.head.pos_ in {"NOUN", "PROPN", "ADJ", "PRON", "NUM", "VERB"} and not (start <= head.head.i < end):
            if head.head.pos_ != "VERB" or head.head.tag_ in {"VBN", "VBG"} and head.head.lower_ in self.g.measure_nouns:
                return head.head
        return head

    def _among_whole(self, x: Token) -> Token | None:
        """The whole that "among" after the counted noun names, on the noun or on a verb of counting:
        "That makes 19 foreign nationals among the dead", "There was no Emirati among the dead", "the
        ministry now counts 57 foreign nationals among the dead"."""
        counting = x.head.children if x.dep_ == "dobj" and x.head.lemma_.lower() in {"count", "list", "number", "record"} else ()
        for c in (*x.children, *counting):
            if c.dep_ == "prep" and c.lower_ == "among" and c.i > x.i:
                whole = next((p for p in c.children if p.dep_ == "pobj"), None)
                if whole is not None and self._whole_measure(whole):
                    return whole
        return None

    def _those_who(self, tok: Token) -> str | None:
        """The measure of "those killed", "those who died", "the people injured": a pronoun or "people"
        that its own clause says what befell (the subject of "those killed were 149 passengers")."""
        if tok.lower_ not in {"those", "people", "all"}:
            return None
        for c in tok.children:
            lem = c.lemma_.lower()
            if c.dep_ == "acl" and c.tag_ == "VBN" and lem in self.g.measure_verbs_obj:
                return self.g.measure_verbs_obj[lem]
            if c.dep_ == "relcl" and lem in self.g.measure_verbs_subj:
                return self.g.measure_verbs_subj[lem]
            if c.dep_ == "relcl" and c.tag_ == "VBN" and lem in self.g.measure_verbs_obj:
                return self.g.measure_verbs_obj[lem]  # "those who were killed"
        return None

    def _of_pobj(self, tok: Token) -> Token | None:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in {"of", "among"}:
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        return None

    def _noun_measure(self, tok: Token) -> str | None:
        lem, low = tok.lemma_.lower(), tok.lower_
        if lem in {"life", "body"}:
            return None  # only with the verbs that make them tolls
        if lem in {"number", "total", "count", "tally", "figure", "estimate"}:
            pobj = self._of_pobj(tok) or next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                               for p in c.children if p.dep_ == "pcomp"), None)  # "the number of missing"
            if pobj is not None:
                # "the number of people killed", or with the participle parsed onto "number":
                # "the number of miners killed", "the number of miners confirmed dead"
                for c in (*pobj.children, *(c for c in tok.children if c.i > pobj.i)):
                    if c.dep_ not in {"acl", "amod"}:
                        continue
                    if c.lemma_.lower() in self.g.measure_verbs_obj:
                        return self.g.measure_verbs_obj[c.lemma_.lower()]
                    for d in c.children:
                        if d.dep_ in {"oprd", "acomp", "xcomp"} and d.lower_ in self.g.measure_adjs:
                            return self.g.measure_adjs[d.lower_]
                    m, _ = self._as_complement(c)  # "the number of people listed as missing"
                    if m is None:
                        m = next((self.g.measure_adjs.get(p.lower_) for a in c.children if a.lower_ == "as"
                                  for p in a.children if p.dep_ == "pcomp"), None)
                    if m:
                        return m
                after = [t for t in tok.doc[pobj.i + 1:pobj.i + 3] if t.lower_ not in {
                    "still", "now", "reported", "officially", "believed", "presumed", "feared", "confirmed"}]
                if after and after[0].lower_ in self.g.measure_adjs and after[0].lower_ != "alive":
                    return self.g.measure_adjs[after[0].lower_]  # "the number of people still missing", however parsed
                if after and after[0].tag_ in {"VBN", "VBD"} and after[0].lemma_.lower() in self.g.measure_verbs_obj \
                        and after[0].i == tok.head.i:
                    # "The number of Afghans killed rose to 170", parsed with "killed" as the sentence's verb
                    return self.g.measure_verbs_obj[after[0].lemma_.lower()]
                if [t.lower_ for t in after[:2]] == ["on", "board"] or (after and after[0].lower_ == "aboard"):
                    return "other"  # "would bring the number of people on board to 23"
                return self._noun_measure(pobj) or self.g.measure_adjs.get(pobj.lower_)
            for c in tok.children:  # "the number killed on the ground", "the number missing"
                if c.dep_ in {"acl", "amod"} and c.i == tok.i + 1:
                    m = (self.g.measure_verbs_obj.get(c.lemma_.lower()) if c.tag_ == "VBN" else None) \
                        or self.g.measure_adjs.get(c.lower_)
                    if m:
                        return m
            return None
        m = self.g.measure_nouns.get(lem) or self.g.measure_nouns.get(low)
        if lem == "toll":
            for c in tok.children:
                if c.dep_ in {"compound", "amod"}:
                    cm = self.g.measure_nouns.get(c.lemma_.lower()) or self.g.measure_adjs.get(c.lower_)
                    if cm:
                        return cm
        if m == "mourning_days":
            return None
        return m

    def _police_story(self, doc: Doc) -> bool:
        """Officers are police when the story speaks of police more than of an army."""
        if self._police_doc is not doc:
            self._police_doc, self._police_value = doc, self._count_police(doc)
        return self._police_value

    def _count_police(self, doc: Doc) -> bool:
        police = sum(t.lower_ in {"police", "policeman", "policemen"} for t in doc)
        army = sum(t.lemma_.lower() in {"army", "soldier", "troop", "military"} for t in doc)
        return police > army

    def _victims_dead(self, x: Token) -> bool:
        """"victims" are the dead unless the clause says otherwise (injured victims, victims treated)."""
        for t in x.sent:
            if t.lemma_.lower() in {"injure", "wound", "treat", "hospitalize", "hospitalise", "rescue", "survive"} | set(self.g.measure_adjs) - {"dead"}:
                if t.head.i == x.i or x.head.i == t.i or t.head.i == x.head.i:
                    return False
        return True

    def _told_by_main_clause(self, x: Token) -> bool:
        """The count's fate is told outside its relative clause: it is the subject of a death,
        injury or disappearance ("a woman who jumped … has died"), or listed among a toll
        ("29 dead, including three who jumped")."""
        g = self.g
        if x.dep_ == "nsubj" and g.measure_verbs_subj.get(x.head.lemma_.lower(), "other") != "other":
            return True
        if x.dep_ == "nsubjpass" and g.measure_verbs_obj.get(x.head.lemma_.lower(), "other") != "other":
            return True
        return x.dep_ == "pobj" and x.head.lower_ in {"including", "among"}

    def _as_complement(self, verb: Token) -> tuple[str | None, Token | None]:
        """(measure, word) of an "as" complement of ``verb``: "confirmed as cholera deaths",
        "registered as displaced", "lists 32 people as missing"."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                for p in c.children:
                    m = (self._noun_measure(p) if p.dep_ == "pobj" else None) or self.g.measure_adjs.get(p.lower_)
                    if m:
                        return m, p
        return None, None

    def _adj_complement(self, verb: Token) -> tuple[str | None, Token | None]:
        for c in verb.children:
            if c.dep_ in {"acomp", "oprd", "xcomp", "attr", "advmod", "ccomp", "dobj"}:
                m = self.g.measure_adjs.get(c.lower_) or self.g.measure_adjs.get(c.lemma_.lower())
                if m:
                    return m, c
                if c.lower_ == "unaccounted":
                    return "missing", c
                if c.lower_ == "aboard" and verb.lemma_.lower() == "be":
                    return "other", c  # "between 380 and 400 people were aboard"
        return None, None

    def _state_measure(self, adj: Token) -> str | None:
        """The measure an adjective of state says ("dead", "missing", "unaccounted"); not "alive"."""
        if adj.lower_ == "alive":
            return None
        return self.g.measure_adjs.get(adj.lower_) or ("missing" if adj.lower_ == "unaccounted" else None)

    def _merged_partitive(self, doc: Doc, x: Token) -> bool:
        """``x`` is "N of them" made the subject of a later count's verb ("…, 2,159 of them in Kunar, and
        3,640 injured"), after another count of the sentence."""
        of = self._of_pobj(x) if x.dep_ in {"nsubj", "nsubjpass"} and x.pos_ == "NUM" else None
        return of is not None and of.lower_ in {"them", "those"} \
            and any(c.dep_ == x.dep_ and c.i > x.i and (c.pos_ == "NUM" or _has_number(c)) for c in x.head.children) \
            and any(t.pos_ == "NUM" for t in doc[x.sent.start:x.i])

    def measure(self, doc: Doc, x: Token, num_head: Token) -> tuple[str | None, Token | None, Token | None]:
        """(measure, cue token, governing token) for the counted token x."""
        g = self.g
        if x.dep_ == "appos" and x.pos_ == "NUM" and x.head.i < x.i and any(
                p.lower_ in {"them", "those"} for c in x.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children):
            # "2,012 people had died and 2,059 had been injured, 1,404 of them critically", parsed onto the
            # first count: "them" are the ones counted last
            nearer = next((t for t in reversed(doc[x.head.i + 1:x.i]) if t.pos_ == "NUM"
                           and t.dep_ in {"nsubj", "nsubjpass", "dobj"}), None)
            if nearer is not None:
                return self.measure(doc, nearer, nearer)
        if x.pos_ == "NUM" and x.i + 1 < len(doc) and doc[x.i + 1].lower_ in SEVERITY and not (
                x.dep_ in {"nsubj", "nsubjpass", "dobj"} and x.head.lemma_.lower() in INJURE_VERBS):
            # "15 were seriously hurt, 37 moderately and 16 slightly": the verb of the first count, gapped
            verb = next((t.head for t in reversed(doc[x.sent.start:x.i]) if t.pos_ == "NUM" and t.dep_ in {"nsubj", "nsubjpass"}
                         and t.head.lemma_.lower() in INJURE_VERBS), None)
            if verb is not None:
                return "injured", verb, verb
        if x.dep_ in {"nsubjpass", "dobj"} and x.head.lemma_.lower() == "discharge" and (own := self._noun_measure(x)):
            return own, x, x  # "the 112 survivors have all been discharged": survivors (not "Seven have been discharged")
        if x.dep_ == "conj" and x.head.lemma_.lower() in {"toll", "tally"} and x.head.i < x.i \
                and (of := self._of_pobj(x.head)) is not None and _has_number(of) and _has_number(x) \
                and x.pos_ in {"NOUN", "PROPN"} and x.lower_ not in g.measure_adjs and not self._noun_measure(x) \
                and not any(c.dep_ in {"acl", "amod", "relcl"} for c in x.children):  # (not "a toll of 23 dead and 306 injured")
            m = self._noun_measure(x.head)  # "a toll of 13 American service members and at least 170 Afghans",
            if m:                            # parsed with the Afghans beside the toll
                return m, x.head, x.head
        if self._merged_partitive(doc, x) or (x.dep_ == "conj" and x.pos_ == "NUM" and self._merged_partitive(doc, x.head)):
            # "2,205 people had been killed, 2,159 of them in Kunar and 46 in Nangarhar, and 3,640 injured",
            # parsed as if the 2,159 were injured too: "them" are the ones counted before (see _elliptical)
            return None, None, None
        # mourning: "seven days of national mourning", "a three-day mourning"
        if x.lemma_.lower() in {"day", "week"} or num_head.head.lemma_.lower() == "day":
            day = x if x.lemma_.lower() in {"day", "week"} else num_head.head
            pobj = self._of_pobj(day)
            if pobj is not None and _mourning(pobj):
                return ("mourning_days" if day.lemma_.lower() == "day" else None), pobj, day
            if _mourning(day.head):
                return ("mourning_days" if day.lemma_.lower() == "day" else None), day.head, day
            if day.head.lemma_.lower() == "period":  # "a two-day period of national mourning"
                pobj = self._of_pobj(day.head)
                if pobj is not None and _mourning(pobj) and day.lemma_.lower() == "day":
                    return "mourning_days", pobj, day
            for c in day.children:
                if _mourning(c):
                    return "mourning_days", c, day
            return None, None, None
        if x.lemma_.lower() == "hour" and (pobj := self._of_pobj(x)) is not None and _mourning(pobj):
            return "mourning_days", pobj, x  # "72 hours of national mourning" (counted in days below)
        if x.lemma_.lower() in TIME_UNITS:
            return None, None, None
        if x.lemma_.lower() in {"family", "household"} and x.pos_ == "NOUN" and (_has_number(x) or x.tag_ == "NNS"):
            return None, None, None  # "some 300 families fled": households, not people counted
        # the counted word is itself a measure noun: "55 deaths", "300 homeless"
        m = self._noun_measure(x)
        if not m and x.pos_ != "NUM" and x.lower_ in g.measure_adjs and x.lower_ != "alive" \
                and any(c.dep_ == "nummod" for c in x.children):
            m = g.measure_adjs[x.lower_]  # "9 dead, 31 hurt": the adjective parsed as the counted noun
        if m == "other" and x.lemma_.lower() == "survivor":
            # "her staff are treating 22 survivors", "seven survivors being treated at the referral hospital",
            # "the hospital had admitted nearly 30 survivors":
            # injured in someone's care
            treat = next((v for v in (x.head, *x.children) if v.lemma_.lower() in {"treat", "admit"} and (
                (v.i == x.head.i and x.dep_ == "dobj") or (v.head.i == x.i and v.dep_ in {"acl", "relcl"}))), None)
            if treat is not None:
                return "injured", treat, treat
            if x.dep_ in {"nsubj", "nsubjpass"} and g.measure_verbs_obj.get(x.head.lemma_.lower()) == "injured":
                return "injured", x.head, x.head  # "All 29 survivors were injured"
        if m in {"other", "affected"}:
            h0 = x
            while h0.dep_ in {"conj", "appos"} and h0.head.pos_ in {"NOUN", "PROPN", "NUM"}:
                h0 = h0.head
            sit = self._situation(x, h0)
            if sit[0] and sit[0] != m:
                return sit
        if m == "killed" and x.lemma_.lower() == "victim" and not self._victims_dead(x):
            m = None
        if m:
            return m, x, x
        if x.pos_ in {"NOUN", "PROPN", "ADJ"} and self._peopleish(x) and (whole := self._among_whole(x)) is not None:
            return self._whole_measure(whole), whole, whole  # "That makes 19 foreign nationals among the dead"
        pobj = self._of_pobj(x)
        if pobj is not None and (x.pos_ == "NUM" or x.lemma_.lower() in self.g.roles or x.lower_ in self.g.vague
                                 or x.lemma_.lower() in {"member", "body", "life"}):
            m = self._noun_measure(pobj)  # "24 of the dead", "dozens of deaths" (not "two versions of the dead")
            if not m and pobj.lemma_.lower() == "body" and x.pos_ == "NUM":
                m = "killed"  # "Nineteen of the bodies were found on the fifth floor"
            verb = x.head if x.dep_ in {"nsubj", "nsubjpass"} else None
            if m in {"injured", "missing"} and verb is not None and g.measure_verbs_subj.get(verb.lemma_.lower()) == "killed":
                return "killed", verb, verb  # "three of the wounded died overnight": deaths, not injuries
            if m == "other" and pobj.lemma_.lower() == "survivor" and (sit := self._situation(x, x))[0] == "injured":
                return sit  # "Eleven of the survivors are in a serious condition": injured
            if m:
                return m, pobj, pobj
        if pobj is not None and x.pos_ == "NUM" and pobj.lower_ in {"them", "those"} and self._demonym_predicate(x):
            if _on_board(pobj):
                return "other", pobj, pobj  # "42 of those on board were citizens of Azerbaijan"
            before = [t for t in doc[max(x.sent.start - 40, 0):x.i] if t.dep_ in {"nsubj", "nsubjpass", "dobj"}
                      and t.pos_ in {"NOUN", "PROPN"}]
            if before and before[-1].lemma_.lower() in ON_BOARD_NOUNS:
                return "other", before[-1], before[-1]  # "The passengers were aged 3 to 78, and 173 of them were Korean"
        if pobj is not None and x.pos_ == "NUM" and pobj.lemma_.lower() in ON_BOARD_NOUNS and (self._demonym_predicate(x) or (
                x.dep_ == "nsubj" and x.head.lemma_.lower() == "be" and any(
                    c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"} for c in x.head.children))):
            return "other", pobj, pobj  # "12 of the passengers were Canadian", "16 of the passengers were employees"
        attr = x.head if x.dep_ == "conj" and x.head.dep_ == "attr" else x
        if x.lemma_.lower() in ON_BOARD_NOUNS | CREW_NOUNS and attr.dep_ == "attr" and attr.head.lemma_.lower() == "be" and any(
                c.dep_ == "expl" for c in attr.head.children):
            return "other", x, x  # "There were 68 passengers", "There were two pilots and 17 passengers": those on board
        if (x.lemma_.lower() in ON_BOARD_NOUNS | {"crew"} or (x.lemma_.lower() == "member" and any(
                c.lower_ == "crew" for c in x.children))) and self._demonym_predicate(x):
            return "other", x, x  # "all six crew members were Uzbek": on board, by nationality
        gapped = self._gapped_subject(x) or self._breakdown_lead(x)
        if gapped is not None:  # "four were British and two Irish": the second count is read like the first
            return self.measure(doc, gapped, gapped)
        # "23 members killed in the raid", "people who died"
        told_elsewhere = self._told_by_main_clause(x)
        freed = x.dep_ == "dobj" and g.measure_verbs_obj.get(x.head.lemma_.lower()) == "other"
        for c in x.children:
            if freed and c.i > x.i and (c.lower_ in {"trapped", "stranded", "missing", "buried"} or c.dep_ == "acl"):
                continue  # "rescued about 120 people trapped on roofs": rescued, no longer trapped
            if c.dep_ == "acl" and c.i > x.i and c.lower_ in {"missing", "injured", "wounded", "dead", "trapped"} \
                    and not told_elsewhere:
                return g.measure_adjs[c.lower_], c, c  # "there were dozens of people missing" (parsed onto "dozens")
            if c.dep_ in {"acl", "relcl"} and c.pos_ in {"VERB", "AUX"}:
                lem = c.lemma_.lower()
                own_subject = next((d for d in c.children if d.dep_ in {"nsubj", "nsubjpass"} and d.tag_ not in {"WP", "WDT"}
                                    and d.lower_ not in {"that", "who", "which"}
                                    and not any(w.tag_ == "WP$" for w in d.children)), None)  # ("whose house collapsed")
                if x.lemma_.lower() not in NEWS_NOUNS and own_subject is not None and (
                        own_subject.dep_ == "nsubjpass" or lem in g.measure_verbs_subj or any(d.dep_ == "mark" for d in c.children)):
                    continue  # "the estimate of a police commander that 10,000 had died": what he said, not him
                    # (but "a man whom the police shot": him)
                if x.dep_ == "nsubjpass" and x.head.lemma_.lower() == "find" and any(
                        d.lower_ in {"alive", "safe"} for d in x.head.children):
                    continue  # "1,285 people who had been reported missing have been found safe": no longer missing
                if told_elsewhere and (g.measure_verbs_obj.get(lem) == "other" or g.measure_verbs_subj.get(lem) == "other"):
                    continue  # "a woman who jumped … has died": what befell them is told by the main clause
                if lem in g.measure_verbs_obj and (c.tag_ == "VBN" or (c.dep_ == "acl" and c.tag_ == "VBD")):
                    return g.measure_verbs_obj[lem], c, c  # ("the five Indians killed when …", tagged as a past tense)
                if lem in g.measure_verbs_subj and c.dep_ == "relcl":
                    return g.measure_verbs_subj[lem], c, c
                am, cue = self._adj_complement(c)
                if am:
                    return am, cue, c
            if c.dep_ == "amod" and c.lower_ in g.measure_adjs and (c.i > x.i or (
                    c.lower_ in {"injured", "wounded", "dead", "missing"} and any(
                        d.dep_ == "nummod" and d.i < c.i for d in x.children)
                    and not (x.dep_ == "nsubj" and x.head.lemma_.lower() in g.measure_verbs_subj))):
                return g.measure_adjs[c.lower_], c, x  # "people injured", "47 wounded civilians"
        # "left nine people dead", "87 dead and 260 injured": a predicate adjective right after
        nxt = doc[x.i + 1] if x.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in g.measure_adjs and nxt.lower_ != "alive" and not (freed and nxt.head == x):
            return g.measure_adjs[nxt.lower_], nxt, nxt
        if x.pos_ == "NUM" and x.dep_ == "appos" and x.head.i < x.i \
                and any(t.text in {"(", "[", "—", "–"} for t in doc[x.head.i + 1:x.i]):
            whole = x.head  # "the injured (at least 14)", "most of the cases (874)"
            if whole.lower_ in {"most", "many", "some", "half", "majority", "rest", "bulk"} and self._of_pobj(whole) is not None:
                whole = self._of_pobj(whole)
            m = self._whole_measure(whole)
            if m:
                return m, whole, whole
        if x.pos_ == "NUM" and x.i > 1 and doc[x.i - 1].text == "," and x.dep_ in {"npadvmod", "appos", "dep"}:
            # "Its toll of soldiers killed, 45, was pure fantasy": the number set off after the toll
            toll = next((t for t in reversed(doc[max(x.sent.start, x.i - 8):x.i - 1])
                         if t.lemma_.lower() in TOLL_NOUNS and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}), None)
            m = self._noun_measure(toll) if toll is not None else None
            if m:
                return m, toll, toll
        # bodies are the dead when they are recovered, found, pulled out, identified
        if x.lemma_.lower() == "body":
            if x.head.lemma_.lower() in {"recover", "find", "pull", "retrieve", "identify", "bury", "discover", "wash", "count", "see", "spot", "collect", "carry",
                                         "remove", "return", "repatriate", "receive", "shift", "bring", "transport"} \
                    or (x.head.lemma_.lower() == "take" and any(c.lower_ in {"out", "from"} for c in x.head.children)) \
                    or x.dep_ == "nsubjpass" or self._of_pobj(x) is not None \
                    or any(c.dep_ == "amod" and c.lower_ == "dead" for c in x.children):
                return "killed", x, x.head
        # climb through coordination to the clause
        h = self._coordination_root(x)
        rel, gov = self._between_repaired(h)
        if rel in {"nsubj", "nsubjpass"} and gov.dep_ in {"aux", "auxpass"} and gov.head.i > gov.i:
            gov = gov.head  # "15 are missing": the subject hung on the auxiliary
        hc = self._coordination_root(x, appos=False)
        if hc.dep_ in {"appos", "dep", "npadvmod"}:
            rel, gov, h = *self._subject_repaired(hc, rel, gov), hc
        elif x.dep_ == "conj" and x.pos_ == "NUM" and x.right_edge.i + 1 < len(doc):
            verb = doc[x.right_edge.i + 1]  # "64 were on board the Airbus and three were residents": "three" is
            if verb.pos_ in {"VERB", "AUX"} and verb.dep_ == "conj" and not any(  # the subject of the verb after it
                    c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
                rel, gov, h = "nsubj", verb, x
        lem = gov.lemma_.lower()
        before = doc[x.left_edge.i - 1] if x.left_edge.i > 0 else None
        if rel == "nsubj" and lem in g.reporting and before is not None and before.pos_ == "VERB" \
                and before.lemma_.lower() in g.measure_verbs_obj and not any(c.dep_ == "dobj" for c in before.children):
            # "floods have killed at least 93 people across Pakistan, the authority said", the count parsed
            # as the subject of "said": the object of the verb right before it
            return g.measure_verbs_obj[before.lemma_.lower()], before, before
        if rel in {"nsubj", "nsubjpass"}:
            raised = next((c for c in gov.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
            if raised is not None:  # "seven people are known to have died", "are feared to have been killed"
                rlem = raised.lemma_.lower()
                passive = any(c.dep_ == "auxpass" for c in raised.children)
                if rlem in g.measure_verbs_subj and not passive:
                    return g.measure_verbs_subj[rlem], raised, raised
                if rlem in g.measure_verbs_obj and (passive or raised.tag_ == "VBN"):
                    return g.measure_verbs_obj[rlem], raised, raised
                am, cue = self._adj_complement(raised)  # "believed to be missing"
                if am:
                    return am, cue, raised
                for c, p in _prep_objects(raised):  # "are believed to be among the dead"
                    if c.lower_ == "among" and self._whole_measure(p):
                        return self._whole_measure(p), p, p
        # a line with no verb: "- Iran: seven pilgrims still unaccounted for, Tehran says" (the adjective the
        # subject's clause, or a reduced relative on the noun)
        states = [gov] if rel == "nsubj" and gov.dep_ in {"acl", "ROOT", "ccomp"} else []
        if h.pos_ in {"NOUN", "PROPN"}:
            states += [c for c in h.children if c.dep_ == "acl" and c.i > h.i]
        for state in states:
            if state.pos_ == "ADJ" and (m := self._state_measure(state)):
                return m, state, state
        if rel == "nsubjpass" and lem in g.measure_verbs_obj:
            return g.measure_verbs_obj[lem], gov, gov
        if rel == "nsubj" and lem in g.measure_verbs_subj:
            return g.measure_verbs_subj[lem], gov, gov
        if rel == "nsubj" and lem in {"return", "fail"} and self._peopleish(x) and (
                (lem == "return" and any(c.dep_ == "neg" for c in gov.children))
                or any(c.dep_ == "xcomp" and c.lemma_.lower() == "return" for c in gov.children)):
            back = gov if lem == "return" else next(c for c in gov.children if c.dep_ == "xcomp")
            if any(c.dep_ == "prep" and c.lower_ in {"to", "home"} and any(
                    p.lemma_.lower() in {"home", "house", "village", "town", "city"} for p in c.subtree) for c in back.children) \
                    or any(c.lower_ == "home" for c in back.children):
                return "displaced", gov, gov  # "8,000 of them still cannot return to their homes": the homeless
            return "missing", gov, gov  # "37 fishermen who put out to sea have not returned", "failed to return"
        if rel == "nsubj" and lem in g.measure_verbs_obj and gov.tag_ in {"VBD", "VBN"} \
                and not any(c.dep_ in {"dobj", "obj"} for c in gov.children) and gov.i > h.i:
            return g.measure_verbs_obj[lem], gov, gov  # a reduced passive: "46 journalists briefly detained"
        if rel == "nsubjpass" and lem == "bury" and self._peopleish(x) and not any(
                c.lower_ in {"still", "alive", "under", "beneath", "underneath", "may", "might", "could"}
                or (c.dep_ == "prep" and any(p.lemma_.lower() in RUBBLE for p in c.children)) for c in gov.children):
            return "killed", gov, gov  # "94 civilians had been buried by Monday" (not "still buried under rubble")
        if rel == "nsubjpass" and lem == "bury" and self._peopleish(x):
            return "missing", gov, gov  # "up to 90 people could still be buried under collapsed flats"
        if rel == "dobj" and lem == "bury" and self._peopleish(x):  # (not "buried 17 houses")
            return "killed", gov, gov  # "we buried 83 villagers" (not "buried under rubble": that is passive)
        if rel in {"nsubj", "nsubjpass"}:
            m, p = self._as_complement(gov)  # "12 have been confirmed as cholera deaths", "registered as displaced"
            if m:
                return m, p, gov
        if rel == "nsubjpass" and gov.lower_ == "trapped" and not any(c.dep_ == "agent" for c in gov.children):
            return "missing", gov, gov  # "up to 300 people may have been trapped" (the adjective, read as a verb)
        if rel == "nsubj" and gov.lower_ == "missing":
            return "missing", gov, gov  # "four people were missing", parsed as the verb "miss"
        if rel == "nsubj" and lem in {"suffer", "sustain", "receive"}:
            for c in gov.children:  # "two officers suffered minor injuries"
                if c.dep_ == "dobj" and c.lemma_.lower() in {"injury", "wound", "burn", "fracture"}:
                    return "injured", c, gov
        if rel == "nsubj" and lem in {"lose", "give"}:
            for c in gov.children:
                if c.dep_ == "dobj" and c.lemma_.lower() == "life":
                    return "killed", c, gov
        if rel in {"nsubj", "nsubjpass", "dobj"}:
            am, cue = self._adj_complement(gov)
            if am:
                return am, cue, gov
        if rel in {"dobj", "nsubjpass"} and lem in g.measure_verbs_obj:
            return g.measure_verbs_obj[lem], gov, gov
        if rel == "dobj" and gov.pos_ == "VERB" and gov.i + 1 < x.i and doc[gov.i + 1].lower_ == "dead":
            return "killed", gov, gov  # "soldiers shot dead two protesters", however "dead" is parsed
        if rel in {"dobj", "nsubjpass"} and lem in {"force", "drive", "chase", "make", "render", "leave"}:
            for c in gov.children:
                if c.dep_ == "prep" and c.lower_ in {"from", "out"}:
                    if any(p.lemma_.lower() in {"home", "house", "village", "town"} for p in c.subtree):
                        return "displaced", c, gov
                if c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() in {"shelter", "camp"} for p in c.children):
                    return "displaced", c, gov
            am, cue = self._adj_complement(gov)
            if am:
                return am, cue, gov
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() in {"shelter", "camp"} for p in c.children):
                    return "displaced", c, gov
        if rel == "dobj" and lem == "lose" and x.pos_ != "NUM" and self._peopleish(x) \
                and not any(c.dep_ == "prep" and c.lower_ in {"to", "from"} for c in gov.children):
            return "killed", gov, gov  # "the army lost two men" (not "lost 30 workers to a rival")
        if rel == "dobj" and lem == "lose" and x.pos_ == "NUM" and x.i + 1 < len(doc) and not doc[x.i + 1].is_alpha \
                and any(c.dep_ == "nsubj" and self._country(c) for c in gov.children):
            return "killed", gov, gov  # "Australia, Argentina and Japan each lost two": their nationals
        if rel in {"nsubjpass", "nsubj"} and lem == "admit" and (rel == "nsubjpass" or gov.tag_ == "VBN") \
                and self._peopleish(x):
            return "injured", gov, gov  # "41 people had been admitted" (to hospital)
        if rel in {"dobj", "nsubjpass"} and lem in LIFE_VERBS and x.lemma_.lower() == "life":
            return "killed", x, gov
        if rel in {"dobj", "attr", "npadvmod", "nsubj", "acomp"} and lem in COPULA_LIKE | TOLL_VERBS:
            raised = gov.head.children if gov.dep_ == "xcomp" and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in gov.children) else ()
            for c in (*gov.children, *raised):  # ("the toll was expected to reach 179": the subject of "expected")
                if c.dep_ in {"nsubj", "nsubjpass"} and c.i != h.i:
                    m = self._noun_measure(c) or self._those_who(c) or (  # "the passengers killed included …"
                        self._whole_measure(c) if c.lemma_.lower() in {"passenger", "crew"} else None)
                    if not m and (lem in {"include", "comprise"} or (lem == "be" and self._peopleish(x))) and (
                            c.lemma_.lower() in {"passenger", "crew"} or (
                            c.lower_ in {"who", "which"} and gov.dep_ == "relcl" and gov.head.lemma_.lower() in {"passenger", "crew"})):
                        m = "other"  # "the passengers included 52 Kazakh citizens", "the passengers, who … included"
                    if m:
                        return (m, gov.head, gov.head) if c.lower_ in {"who", "which"} else (m, c, c)
                if c.dep_ == "prep" and c.lower_ == "among":
                    for p in c.children:
                        m = self._whole_measure(p) \
                            or ("other" if p.lemma_.lower() in {"passenger", "crew"} else None)
                        if m:
                            return m, p, p  # "among the dead were ...", "among the passengers were ..." 
        if rel == "pobj":
            prep, head = gov, gov.head
            plow, hlem = prep.lower_, head.lemma_.lower()
            if plow in {"at", "to"} and head.dep_ == "acl" and head.head.lemma_.lower() in COUNT_HEADS \
                    and self._of_pobj(head.head) is None \
                    and (m := self.g.measure_verbs_obj.get(hlem) or self.g.measure_adjs.get(head.lower_)):
                return m, head, head  # "the number affected at some 5.4 million", the phrase hung on the participle
            first_toll = head.head if head.dep_ == "conj" else None
            if plow == "at" and first_toll is not None and (first_toll.lemma_.lower() in TOLL_VERBS | COPULA_LIKE or (
                    first_toll.lemma_.lower() in COUNT_HEADS
                    and first_toll.head.lemma_.lower() in TOLL_VERBS | COPULA_LIKE | {"put", "place"})) \
                    and hlem in COUNT_HEADS and (m := self._noun_measure(head)):
                # ("put the number displaced at about 1.4 million, and the number affected at some 5.4 million")
                return m, head, head.head  # "the toll stood at 5,057 and the number of injured at 10,915": the verb gapped
            if plow in {"by", "from"} and hlem in TOLL_VERBS and any(c.lower_ == "to" and c.i < x.i for c in x.children):
                plow = "to"  # "the toll rose by 9 to 61", parsed with "to" inside the number
            if plow == "to" and head.lower_ in {"down", "up"} and head.dep_ in {"advmod", "prt", "prep"} \
                    and head.head.lemma_.lower() in TOLL_VERBS:
                head, hlem = head.head, head.head.lemma_.lower()  # "revised the death toll … down to 125"
            if plow in {"to", "at", "above", "past", "beyond"} and hlem not in TOLL_VERBS | COPULA_LIKE \
                    and head.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass", "appos", "compound", "prep", "acl"}:
                # "revised the number of injured to 640": the phrase hangs inside the toll verb's object
                # ("brings the number of Australians killed in the blaze to three": on its participle)
                up = head.head
                for _ in range(4):
                    if up.pos_ in {"VERB", "AUX"} or up.head.i == up.i:
                        break
                    up = up.head
                if up.pos_ in {"VERB", "AUX"} and up.lemma_.lower() in TOLL_VERBS and up.i < head.i:
                    head, hlem = up, up.lemma_.lower()
            if plow in {"at", "to"} and head.pos_ in {"NOUN", "PROPN"} and hlem in {"toll", "tally", "count"}:
                m = self._noun_measure(head)  # "Death toll now at 17" (a headline without a verb)
                if m:
                    return m, head, head
            if plow in {"to", "at", "above", "past", "beyond"} and hlem in TOLL_VERBS | COPULA_LIKE:
                # the object first: "the new victim brings the number of Australians killed to three"
                subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
                if not subjects and head.dep_ in {"dobj", "ccomp", "conj", "xcomp"} and head.head.i < head.i:
                    # "the number of Afghans killed rose to 170", parsed as "number … killed [rose to 170]": the
                    # subject of the participle the toll verb hangs on
                    subjects = [c for c in head.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in {"number", "total", "count", "tally"}]
                for c in sorted(subjects, key=lambda c: c.dep_ != "dobj"):
                    m = self._noun_measure(c)
                    if m:
                        return m, c, c
                    if c.lower_ == "it" and c.dep_ == "dobj" and (count := _count_named_before(c)) is not None:
                        # "The number of injured has been revised several times. The prosecutor now puts it at
                        # 299": the count the sentence before names
                        m = self._noun_measure(count)
                        if m:
                            return m, c, c
            if plow == "to" and hlem not in TOLL_VERBS and (toll := self._toll_object_before(x)) is not None \
                    and (m := self._noun_measure(toll)):
                return m, toll, toll  # "bringing the number of confirmed dead to five", "to" parsed onto "confirmed"
            if plow in {"including", "among"} and head.pos_ in {"VERB", "AUX"} and (x.pos_ == "NUM" or _has_number(x)):
                whole = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.i < x.i
                              and (c.pos_ == "NUM" or _own_number(c))), None)
                if whole is None:  # "stood by their count of 27 dead, including four of their own men"
                    whole = next((t for t in reversed(doc[max(head.left_edge.i, x.sent.start):prep.i])
                                  if _own_number(t) and (self._noun_measure(t) or t.lower_ in g.measure_adjs)), None)
                if whole is None and head.lemma_.lower() in TOLL_VERBS | COPULA_LIKE:
                    # "the death toll has risen to 93, including three children": the toll's new value
                    whole = next((p for c in head.children if c.dep_ == "prep" and c.lower_ in {"to", "at"} and c.i < prep.i
                                  for p in c.children if p.dep_ == "pobj" and p.pos_ == "NUM"), None)
                if whole is not None:  # "Nine people drowned, including four children" (hung on the verb)
                    head = whole
            if plow in {"including", "among"} and head.pos_ in {"NOUN", "PROPN", "NUM"} and head.i < x.i \
                    and (head.pos_ == "NUM" or _has_number(head)) and (x.pos_ == "NUM" or _has_number(x)) \
                    and all(m.i == x.i or _has_number(m) for m in self._conjuncts(x)):
                m, cue, g2 = self.measure(doc, head, head)  # "eight people died, including three children"
                if m:
                    return m, cue, g2
            if plow == "of" and hlem in {"total", "number"} and head.dep_ in {"nsubj", "nsubjpass", "dobj"} \
                    and x.i - head.i <= 3:
                return self.measure(doc, head, head)  # "a total of 37 people were detained"
            if plow == "of" and hlem in {"family", "household"} and x.pos_ == "NUM" and not _has_number(head):
                return self.measure(doc, head, head)  # "killed a family of five": five people
            if plow == "of":
                m = OF_HEADS.get(hlem) or self._noun_measure(head)
                if m:
                    return m, head, head
                if hlem == "body" and self._peopleish(x):
                    return "killed", head, head  # "the bodies of four others were found"
                if hlem == "life" and head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in LIFE_VERBS:
                    return "killed", head, head.head  # "claimed the lives of 34 workers"
            if plow == "to" and head.lower_ in {"closer", "close", "nearer"} and head.head.lemma_.lower() == "be":
                for c in head.head.children:  # "the toll in the state could be closer to 100"
                    if c.dep_ in {"nsubj", "nsubjpass"}:
                        m = self._noun_measure(c)
                        if m:
                            return m, c, c
            if plow == "as" and head.lower_ in {"high", "many", "much", "low", "large"}:
                verb = head.head  # "the toll could be as high as 80"
                for c in verb.children:
                    if c.dep_ in {"nsubj", "nsubjpass"}:
                        m = self._noun_measure(c)
                        if m:
                            return m, c, c
            if plow == "in" and hlem == "number":  # "the dead could number in the hundreds"
                for c in head.children:
                    if c.dep_ == "nsubj":
                        m = self._noun_measure(c)
                        if m:
                            return m, c, c
        brought_in = lem == "bring" and any(c.dep_ == "prt" and c.lower_ == "in" for c in gov.children)
        intake = gov.head if rel == "pobj" and gov.lower_ == "for" and gov.head.lemma_.lower() == "care" else \
            gov if (rel == "dobj" and lem in HOSPITAL_INTAKE) or (rel == "nsubjpass" and brought_in) else None
        if intake is not None and (x.pos_ == "NUM" or self._peopleish(x)) and _hospital_speaks(intake) \
                and not self._epidemic(doc):  # (in an outbreak the patients are the sick)
            return "injured", intake, intake  # "the hospital said it had admitted 22 people", "was caring for nine patients"
        if rel == "pobj" and gov.lower_ == "for" and self._peopleish(x):
            order = gov.head if gov.head.pos_ == "NOUN" else next(
                (c for c in gov.head.children if c.dep_ in {"nsubjpass", "dobj"} and c.pos_ == "NOUN"), None)
            if order is not None and order.lemma_.lower() in {"order", "warning", "advisory", "alert", "instruction"} \
                    and any(c.lemma_.lower() in {"evacuation", "evacuate"} for c in order.children):
                return "evacuated", order, gov.head  # "evacuation orders were issued for about 97,000 people"
            if gov.head.lemma_.lower() in SEARCH_VERBS and gov.head.pos_ in {"VERB", "NOUN"} and not (
                    {x.lemma_.lower(), *(c.lemma_.lower() for c in x.children)} & SOUGHT_NOT_MISSING):
                return "missing", gov.head, gov.head  # "rescuers were still searching for 30 people"
        sit = self._situation(x, h, (rel, gov))
        if sit[0] == "other" and sit[1] is not None and sit[1].lower_ == "on" and rel in {"nsubj", "nsubjpass"}:
            whole = self._fronted_whole(h)  # "Of the dead, 64 were on board": dead on board, not those on board
            if whole is not None and self._whole_measure(whole) in {"killed", "injured", "missing"}:
                return self._whole_measure(whole), whole, whole
        if sit[0]:
            return sit
        if rel == "dobj" and lem == "lose" and x.pos_ == "NUM" and (pobj_own := self._of_pobj(x)) is not None \
                and (any(c.lower_ == "own" for c in (pobj_own, *pobj_own.children)) or (self._peopleish(pobj_own) and any(
                    c.dep_ == "poss" and c.lower_ in {"its", "their", "our", "his", "her"} for c in pobj_own.children))):
            return "killed", gov, gov  # "while losing only two of their own", "lost three of its men"
        if x.dep_ == "appos" and x.head.lemma_.lower() == "list" and any(c.lower_ == "manifest" for c in x.head.children):
            return "other", x.head, x.head  # "the ferry's manifest lists 269 people", parsed as a noun "lists"
        if rel == "dobj" and lem in {"list", "show", "include", "record", "name"} and (self._peopleish(x) or x.lower_ == "crew") \
                and any(c.dep_ == "nsubj" and _manifest(c) for c in gov.children):
            return "other", gov, gov  # "the manifest listed 238 passengers": those on board
        if rel == "dobj" and lem in {"list", "register", "record", "count", "report", "treat", "consider", "regard", "classify"}:
            m, p = self._as_complement(gov)  # "the coast guard lists 32 people as missing", "treating one person as missing"
            if m:
                return m, p, gov
        if rel == "dobj" and lem in TALLY_VERBS and x.pos_ == "NUM" and not list(x.children):
            for t in reversed(doc[x.sent.start:gov.i]):
                # "Rhineland-Palatinate reported 63 dead …, while North Rhine-Westphalia counted 43": the
                # measure of the clause before, its noun left out
                if t.dep_ == "dobj" and t.head.lemma_.lower() in TALLY_VERBS and t.head.i != gov.i:
                    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
                    m = self._noun_measure(t) or (g.measure_adjs.get(nxt.lower_) if nxt is not None and t.pos_ == "NUM" else None)
                    if m:
                        return m, gov, gov
                    break
        if x.lemma_.lower() == "patient" and not self._epidemic(doc) and rel == "dobj" \
                and lem in {"take", "receive", "accept", "admit", "treat", "host"} and any(
                    c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in gov.children):
            return "injured", gov, gov  # "Greece took 13 patients": the hurt that a country or hospital took in
        if x.lemma_.lower() == "patient" and not self._epidemic(doc) and (
                x.head.lemma_.lower() in TRANSFER_VERBS | {"transfer", "move", "admit", "send"}):
            return "injured", x.head, x.head  # "five patients have been transferred to Recife"
        if rel == "dobj" and lem == "treat" and self._peopleish(x) and not self._epidemic(doc):
            return "injured", gov, gov  # "hospitals have treated 212 people" (in an outbreak: patients, not injured)
        pobj = self._of_pobj(x)
        if pobj is not None and (x.pos_ == "NUM" or x.lemma_.lower() in self.g.vague) and (
                rel not in {"nsubj", "nsubjpass"} or lem in {"be", "remain"}):
            m = self._whole_measure(pobj)  # "Two of those killed were Germans" (not "520 of those detained were released")
            if m:
                return m, pobj, pobj
        if rel in {"nsubj", "nsubjpass"}:
            whole = self._fronted_whole(h)
            if whole is not None:  # "Of the dead, four were British", "Of the four who died, two were American"
                return self._whole_measure(whole) or "other", whole, whole
        if rel == "nsubj" and lem == "be" and (self._peopleish(x) or x.lemma_.lower() == "name"):
            for c, p in _prep_objects(gov):  # "228 people were still on his office's list of those unaccounted for"
                if c.lower_ == "on" and p.lemma_.lower() == "list" and (whole := self._of_pobj(p)) is not None \
                        and (m := self._whole_measure(whole) or next((
                            g.measure_adjs.get(a.lower_, "missing") for a in (*whole.subtree, doc[min(whole.i + 1, len(doc) - 1)])
                            if a.lower_ in {"missing", "unaccounted"}), None)):
                    return m, p, gov
        if rel == "pobj" and gov.lower_ in {"among", "including"} and gov.head.pos_ in {"VERB", "AUX"} \
                and any(p.dep_ == "pobj" and p.lower_ in {"them", "those"} for p in gov.children):
            for c in gov.head.children:  # "the injured (…, among them two German hikers) were taken …"
                if c.dep_ in {"nsubj", "nsubjpass"}:
                    m = self._whole_measure(c)
                    if m:
                        return m, c, c
        if x.dep_ == "pobj" and x.head.lower_ in {"to", "at"} and x.head.head.lemma_.lower() in TOLL_VERBS:
            # "the number of people still missing has fallen to three", with "missing" parsed as the verb:
            # the toll noun before the verb, however it hangs
            toll = next((t for t in reversed(doc[x.sent.start:x.head.head.i])
                         if t.lemma_.lower() in {"number", "toll", "total", "tally"}), None)
            m = self._noun_measure(toll) if toll is not None else None
            if m:
                return m, toll, x.head.head
        return None, None, None

    def _epidemic(self, doc: Doc) -> bool:
        """The article is about an outbreak: those treated are patients, not the injured."""
        if getattr(self, "_epidemic_doc", None) is not doc:
            self._epidemic_doc = doc
            self._epidemic_value = any(self.g.events.get(t.lemma_.lower()) == "epidemic" for t in doc)
        return self._epidemic_value

    def _whole_measure(self, p: Token) -> str | None:
        """The measure a noun phrase naming a whole stands for: "the dead", "the six dead",
        "the injured", "the victims", "the four who died", "those killed"."""
        g = self.g
        m = self._noun_measure(p) or g.measure_adjs.get(p.lower_)
        if m == "killed" and p.lemma_.lower() == "victim" and not self._victims_dead(p):
            return None
        if m:
            return m
        for c in p.children:
            lem = c.lemma_.lower()
            if c.dep_ == "amod" and c.lower_ in g.measure_adjs and c.lower_ != "alive":
                return g.measure_adjs[c.lower_]
            if c.dep_ == "relcl" and lem in g.measure_verbs_subj:
                return g.measure_verbs_subj[lem]
            if c.dep_ in {"relcl", "acl"} and lem in g.measure_verbs_obj and (c.tag_ == "VBN" or any(
                    a.dep_ == "auxpass" for a in c.children)):
                return g.measure_verbs_obj[lem]
            if c.dep_ == "acl" and any(a.dep_ in {"oprd", "acomp"} and a.lower_ in g.measure_adjs and a.lower_ != "alive"
                                       for a in c.children):
                return next(g.measure_adjs[a.lower_] for a in c.children if a.lower_ in g.measure_adjs)  # "the 35 confirmed dead"
            if c.dep_ == "acl" and p.lemma_.lower() == "body" and lem in {"recover", "find", "retrieve", "pull", "identify"}:
                return "killed"  # "Among the seven bodies recovered, two are children"
        nxt = p.doc[p.i + 1] if p.i + 1 < len(p.doc) else None
        if p.pos_ == "NUM" and nxt is not None and nxt.lower_ in g.measure_adjs and nxt.lower_ != "alive":
            return g.measure_adjs[nxt.lower_]
        if p.like_num and p.dep_ == "pobj" and p.head.lower_ in {"of", "among"} and p.head.i == p.sent.start \
                and not any(c.lower_ in {"other", "remaining"} for c in p.children):  # (not "Of the other three, …")
            # "The final toll was 98. Among the 98 were nine Argentines, …": the count just given
            value = parse_number([p.text])
            earlier = [f for f in self._counted if f.min == value and f.max == value and f.num_start < p.i
                       and p.sent.start - f.num_start < 600 and f.measure in {"killed", "injured", "missing"}]
            if earlier:
                return earlier[-1].measure
        if p.lower_ == "them" and p.dep_ == "pobj" and p.head.lower_ in {"of", "among"} and p.head.i == p.sent.start \
                and p.i + 1 < len(p.doc) and p.doc[p.i + 1].text == ",":
            return self._them_measure(p)  # a fronted "Of them, …" opening the sentence
        if p.dep_ == "pobj" and p.head.lower_ in {"of", "among"} and p.head.i == p.sent.start and p.tag_ == "NNS" \
                and p.i + 1 < len(p.doc) and p.doc[p.i + 1].text == ",":
            return self._them_measure(p, p.lemma_.lower())  # "25 tourists were killed. Of the tourists, 24 were …"
        return None

    def _them_measure(self, them: Token, noun: str = "") -> str | None:
        """What "Of them, 241 were on board" divides: the people the sentence before (or this one,
        before "them") counted as dead, hurt or missing ("260 people died, the hospital said."); with
        ``noun``, only people counted with that noun ("Of the tourists, …")."""
        doc, sent = them.doc, them.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in reversed(doc[start:them.i]):
            if noun and t.lemma_.lower() != noun:
                continue
            if t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"VERB", "AUX"} and (
                    t.pos_ == "NUM" or any(c.dep_ == "nummod" for c in t.children)):
                verbs = self.g.measure_verbs_obj if t.dep_ == "nsubjpass" else self.g.measure_verbs_subj
                m = verbs.get(t.head.lemma_.lower())
                if m in {"killed", "injured", "missing"}:
                    return m
        return None

    def _fronted_whole(self, subj: Token) -> Token | None:
        """The whole named by a fronted "Of the dead, …" or "Among the injured, …" on the clause whose
        subject is a bare count ("four", "one", "11"), or on the clause it is coordinated with."""
        if not (subj.pos_ == "NUM" or subj.lower_ == "one" or (subj.like_num and not any(
                c.dep_ in {"det", "amod", "compound"} for c in subj.children))):  # ("ten" tagged a noun)
            return None
        verb = subj.head
        for _ in range(3):
            # (the fronted phrase is at times parsed onto the count itself: "Of the 41 confirmed dead, nine were …")
            for c, p in [*_prep_objects(verb), *(_prep_objects(subj) if verb.i == subj.head.i else ())]:
                if c.lower_ in {"of", "among"} and c.i < subj.i and (self._whole_measure(p) or (
                        (p.lemma_.lower() in ON_BOARD_NOUNS or _on_board(p)) and self._demonym_predicate(subj))):
                    return p  # ("Of the passengers, 201 were Filipinos", "Of the 67 on board, 42 were Azerbaijani")
            if verb.dep_ in {"conj", "ccomp"} and verb.head.i != verb.i:
                verb = verb.head
            else:
                break
        # "its list of survivors by nationality: 47 are Syrian, 43 Egyptian": the whole named before a colon
        colon = next((t for t in reversed(subj.sent[:subj.i - subj.sent.start]) if t.text == ":"), None)
        if colon is not None and self._demonym_predicate(subj):
            p = next((t for t in reversed(subj.doc[subj.sent.start:colon.i]) if t.pos_ in {"NOUN", "PROPN", "ADJ"}
                      and self._whole_measure(t)), None)
            if p is not None:
                return p
        # "Eight of the victims were Bulgarian citizens, four were British, two were German": a list of
        # copular clauses whose first subject names the whole
        if subj.head.lemma_.lower() == "be":
            for v in subj.sent:  # "Of the dead, 20 are men, 18 are women …", the fronted whole on the first clause
                if v.i >= subj.i:
                    break
                if v.lemma_.lower() == "be" and v.i != subj.head.i:
                    for c, p in _prep_objects(v):
                        if c.lower_ in {"of", "among"} and c.i < v.i and self._whole_measure(p):
                            return p
            for t in subj.sent:
                if t.i >= subj.i:
                    break
                if t.dep_ == "nsubj" and t.head.lemma_.lower() == "be" and (t.pos_ == "NUM" or _own_number(t)):
                    p = self._of_pobj(t)
                    if p is not None and self._whole_measure(p):
                        return p
        return None

    def _demonym_predicate(self, x: Token) -> bool:
        """x is the subject of "be" with a nationality for predicate: "12 … were Canadian"."""
        cop = x.head if x.dep_ == "nsubj" else None
        if cop is None and x.dep_ == "conj" and x.i + 2 < len(x.doc) and x.nbor(1).lemma_.lower() == "be":
            cop = x.nbor(1)  # "… and two were British", the count parsed as a conjunct of the nationality before
        def national(t: Token) -> bool:
            return t.lower_ in self.g.demonyms or t.ent_type_ == "NORP"

        return cop is not None and cop.lemma_.lower() == "be" and (any(
            c.dep_ in {"acomp", "attr"} and (national(c) or self._citizens_of(c) or (c.pos_ == "NOUN" and any(
                m.dep_ in {"amod", "compound"} and (national(m) or m.lower_ == "foreign") for m in c.children)))
            for c in cop.children) or bool(self._from_country(cop)) or (
            # "three were Kazakh and two …", the nationality parsed as the next clause's subject
            cop.i + 1 < len(cop.doc) and cop.nbor(1).lower_ in self.g.demonyms and cop.nbor(1).dep_ not in {"acomp", "attr"}))
        # "… were Canadian", "… were citizens of Uzbekistan", "… were Nepali citizens", "… were from Chile"

    def _from_country(self, cop: Token) -> list[Token]:
        """The country of "… were from Kyrgyzstan" on a copula."""
        return [p for c in cop.children if c.dep_ == "prep" and c.lower_ == "from"
                for p in c.children if p.dep_ == "pobj" and self._country(p)]

    def _citizens_of(self, c: Token) -> str | None:
        """The country of "citizens of Uzbekistan", "nationals of Nepal"."""
        if c.lemma_.lower() not in {"citizen", "national"}:
            return None
        of = self._of_pobj(c)
        return self._country(of) if of is not None else None

    def _breakdown_lead(self, x: Token) -> Token | None:
        """In "12 of the passengers were Canadian, while four were German and two were British" the
        later bare counts continue the first one's breakdown by nationality: its count is returned."""
        if x.pos_ != "NUM" or self._of_pobj(x) is not None or not self._demonym_predicate(x):
            return None
        for t in reversed(x.sent[:x.i - x.sent.start]):
            if t.pos_ == "NUM" and t.dep_ == "nsubj" and (self._of_pobj(t) is not None or self._fronted_whole(t) is not None) \
                    and self._demonym_predicate(t):
                return t  # ("Of the victims identified so far, 33 are Filipinos, four are Malaysians")
        return None

    def _gapped_subject(self, x: Token) -> Token | None:
        """In "four were British and two Irish" the second count has no verb of its own: its
        nationality is coordinated with the first one's, so the first count's subject is returned."""
        demonym = x.lower_ in self.g.demonyms or any(c.dep_ == "amod" and c.lower_ in self.g.demonyms for c in x.children)
        numbered = x.pos_ == "NUM" or any(c.dep_ == "nummod" for c in x.children)
        second_predicate = x.dep_ in {"attr", "acomp"} and any(
            (c.dep_ in {"attr", "acomp"} and c.i < x.i)  # "19 were Russian, three Kazakh"
            or (c.dep_ == "nsubj" and c.pos_ == "NUM" and any(d.dep_ == "nummod" for d in x.children))
            for c in x.head.children)  # ("47 are Syrian, 43 Egyptian", "Syrian" parsed onto "Egyptian")
        if (x.dep_ not in {"conj", "appos", "npadvmod"} and not second_predicate) or not demonym or not numbered:
            return None
        # "201 were Filipinos, 29 Malaysians, six Indonesians and two Chinese nationals", "Nine of the dead
        # were Turkish, three Syrian and two Afghan": up to the copula of the first count
        pred = x.head
        for _ in range(4):
            if pred.lemma_.lower() == "be" or pred.dep_ in {"acomp", "attr"} or pred.head.i == pred.i:
                break
            pred = pred.head
        cop = pred.head if pred.dep_ in {"acomp", "attr"} else pred
        if cop.lemma_.lower() != "be":
            return None
        return next((c for c in cop.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < x.i
                     and (c.pos_ == "NUM" or _has_number(c))), None)

    @staticmethod
    def _subject_repaired(h: Token, rel: str, gov: Token) -> tuple[str, Token]:
        """A noun phrase right before a verb that has no subject is that verb's subject, however the
        parser attached it ("In Hoseynabad, a mother and her three children were killed", where the
        mother is parsed as an apposition to the village)."""
        j = h.right_edge.i + 1
        if j >= len(h.doc):
            return rel, gov
        t = h.doc[j]
        if j >= h.sent.end:
            return rel, gov  # "Deaths: 219" then "Missing: 78" on the next line: another sentence's verb
        verb = t.head if t.dep_ in {"aux", "auxpass", "neg"} else t
        if verb.pos_ != "VERB" or verb.i < j or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
            return rel, gov
        return ("nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"), verb

    def _coordination_root(self, x: Token, appos: bool = True) -> Token:
        """The first of the conjuncts ``x`` is coordinated with ("the manager and two workers"). A count
        the parser coordinated with the verb ("killing both pilots and three of the soldiers") is
        coordinated with the verb's object."""
        h = x
        while h.dep_ in ({"conj", "appos"} if appos else {"conj"}) and h.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON", "ADJ"}:
            h = h.head
        if h.dep_ == "conj" and h.head.pos_ == "VERB" and h.pos_ in {"NUM", "NOUN", "PROPN"} \
                and not any(c.dep_ in {"nsubj", "dobj", "aux", "auxpass"} for c in h.children):
            obj = next((c for c in h.head.children if c.dep_ == "dobj" and c.i < h.i), None)
            if obj is not None:
                return obj
        return h

    def _between_repaired(self, h: Token) -> tuple[str, Token]:
        """(relation, governor) of the counted token. "Between 10-15 people were injured" and
        "neutralised between 10-15 assailants" are often parsed with "between" as a preposition or a
        subordinator; the counted people are then the verb's subject or object."""
        rel, gov = h.dep_, h.head
        if _across_colon(h):
            return gov.dep_, gov.head  # "The ministry's tally is 180 dead: 132 in …": the total's place is its part's
        if rel == "pobj" and gov.lower_ in {"over", "above", "under", "around", "about", "near"} and gov.dep_ in {"prep", "advmod"} \
                and gov.head.lemma_.lower() == "be" and gov.head.i < gov.i:
            return "attr", gov.head  # "the number of deaths may be (well) over 100", the qualifier parsed as a preposition
        if rel != "pobj" or gov.lower_ != "between" or gov.head.pos_ not in {"VERB", "AUX"} \
                or any(c.dep_ == "cc" for c in h.children) or any(t.lower_ == "and" for t in h.doc[gov.i:h.i]):
            return rel, gov  # "between 30 and 40 people" is read by the range rule; "between police and …"
        verb = gov.head
        if h.i < verb.i and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return ("nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"), verb
        if h.i > verb.i and not any(c.dep_ in {"dobj", "obj"} for c in verb.children):
            return "dobj", verb
        return rel, gov

    def _situation(self, x: Token, h: Token, repaired: tuple[str, Token] | None = None) -> tuple[str | None, Token | None, Token | None]:
        """"taken to hospital", "fled their homes", "in custody", "on board": see situations.tsv.
        ``repaired``: the counted token's (relation, governor) where the parse was mended."""
        rel, head = repaired if repaired is not None else (h.dep_, h.head)
        if x.lemma_.lower() in CARRIERS | SHELTERS:
            return None, None, None  # "three transport planes have flown in tents", "60 camps set up in schools": things
        verb = head if rel in {"nsubj", "nsubjpass", "dobj", "attr"} else None
        if verb is not None and verb.lemma_.lower() in {"force", "compel", "oblige", "drive"}:
            went = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in FORCED_OUT), None)
            if went is not None:  # "the floods have forced 337,346 people to leave their homes"
                return FORCED_OUT[went.lemma_.lower()], went, verb
        holders = [t for t in (x, h, verb) if t is not None]
        if h.pos_ in {"NOUN", "PROPN"}:  # "33 soldiers, five crew members and six passengers on board": of the whole list
            holders += [c for c in _conjuncts(h) if c.i > h.i]
        # "3,500 people spent the night in sports halls", the verb parsed as a reduced relative
        # ("About 40 survivors who lost their homes": what the relative clause says befell them)
        holders += [c for t in (x, h) for c in t.children if (c.dep_ == "acl" or (c.dep_ == "relcl" and any(
            r.lower_ in {"who", "that"} and r.dep_ == "nsubj" for r in c.children) and _subject_of_an_untold_verb(t, self.g)))
            and c.pos_ == "VERB" and (self._peopleish(t) or self.g.measure_nouns.get(t.lemma_.lower()) == "other")]
        # "seven survivors, three of them in a critical condition": what follows the part is the part's
        part = next((a.i for a in h.children if a.dep_ == "appos" and a.like_num
                     and any(c.lower_ == "of" for c in a.children)), None)
        for holder in holders:
            # a relative clause on the counted is their own verb ("survivors who lost their homes")
            acting = holder if holder.dep_ == "relcl" and holder.head in (x, h) else verb
            for c in holder.children:
                if c.dep_ not in {"prep", "prt", "dobj", "advmod", "agent"} and c.lower_ not in {"alive", "safe"}:
                    continue  # ("pulled out alive", "found safe": the word hangs as a clause or a predicate)
                if part is not None and holder is verb and c.i > part:
                    continue
                objs = [p for p in c.children if p.dep_ in {"pobj", "dobj"} and not _council_ward(p)] or [c]
                for v, prep, nouns, measure in self.g.situations:
                    if v != "*" and (acting is None or acting.lemma_.lower() != v or (prep == "-" and holder is not acting)):
                        continue  # (the phrase may hang on the counted noun: "treated 60 people for smoke inhalation")
                    if prep == "-":
                        if v in OBJECT_SITUATIONS:
                            continue  # "the plane carried 68 people", not "some of them will carry burns"
                        if c.dep_ == "dobj" and c.i != x.i and (c.lemma_.lower() in nouns or "*" in nouns):
                            return measure, c, holder
                        continue
                    if c.lower_ != prep:
                        continue
                    if "*" in nouns or any(o.lemma_.lower() in nouns or o.lower_ in nouns or (
                            o.lemma_.lower() == "unit" and "icu" in nouns and any(d.lower_ == "care" for d in o.children))
                            for o in objs):  # "in the intensive care unit" is "in ICU"
                        return measure, c, holder
            if holder is verb:
                for v, prep, nouns, measure in self.g.situations:
                    if prep == "-" and v == holder.lemma_.lower() and "*" in nouns and rel == "dobj":
                        if v in OBJECT_SITUATIONS and (not self._peopleish(h) or any(
                                c.dep_ == "prt" for c in holder.children)):
                            continue  # "carried out several attacks": not people carried
                        if v in OBJECT_SITUATIONS and (holder.tag_ in {"VB", "VBZ", "VBP"} or any(
                                c.dep_ == "aux" and c.lower_ in {"can", "could", "may", "would"} for c in holder.children)) \
                                and not any(c.dep_ == "aux" and c.lower_ == "have" for c in holder.children):
                            continue  # "licensed to carry 300 passengers", "the line carries a million a year": capacity
                        return measure, holder, holder
        return None, None, None

    # --- population -----------------------------------------------------------
    def population(self, doc: Doc, fig: FigureMatch, x: Token, cue: Token | None, num_range: range) -> None:
        """Fill label, groups, role of ``fig`` from the counted noun and the measure noun."""
        g = self.g
        nouns: list[Token] = []
        if x.lemma_.lower() in NEWS_NOUNS:
            # "no reports that any British service personnel were killed": the people the news is of
            x = next((d for c in x.children if c.dep_ in {"acl", "relcl", "ccomp"} for d in c.children
                      if d.dep_ in {"nsubj", "nsubjpass"} and d.pos_ in {"NOUN", "PROPN"}), x)
        if x.i not in num_range and x.pos_ in {"NOUN", "PROPN", "ADJ"}:
            nouns.append(x)
        def counted_of(noun: Token) -> Token | None:
            of = self._of_pobj(noun)  # (not "the survivor of the Air India crash": the event, not who is counted)
            return None if of is None or g.events.get(of.lemma_.lower()) or of.lemma_.lower() in {"crash"} | ORIGIN_NOUNS else of

        pobj = counted_of(x)
        if pobj is not None and pobj.i not in num_range:
            nouns.append(pobj)
            inner = self._of_pobj(pobj)
            if inner is not None:
                nouns.append(inner)
        beside_toll = cue is not None and x.dep_ == "conj" and cue.i == x.head.i and cue.lemma_.lower() in {"toll", "tally"}
        if cue is not None and cue.i not in num_range and cue not in nouns and cue.pos_ in {"NOUN", "PROPN", "ADJ"} \
                and not beside_toll:  # ("a toll of 13 American service members and at least 170 Afghans": the Afghans)
            nouns.append(cue)
            among = counted_of(cue)
            if among is not None and among not in nouns:
                nouns.append(among)
        mods: list[Token] = []
        for noun in nouns:
            # "three British, two Canadians", parsed as one noun with two numbers: each number's own words
            others = [c.i for c in noun.children if c.dep_ == "nummod" and c.i not in num_range and c.i < noun.i] \
                if any(doc[i].dep_ == "nummod" and doc[i].head.i == noun.i for i in num_range) else []
            def another_counts(t: Token) -> bool:
                return any(o < t.i < num_range.start or num_range.stop <= o < t.i for o in others)
            if not another_counts(noun):
                mods.append(noun)
            for t in noun.subtree:
                if t.i in num_range or t.i == noun.i or another_counts(t):
                    continue
                if t.dep_ in {"relcl", "acl"}:
                    continue
                if t.i < num_range.start < noun.i and t.lower_ in g.demonyms:
                    continue  # "47 are Syrian, 43 Egyptian", parsed with "Syrian" onto "Egyptian": the 47's
                if any(a.dep_ in {"ccomp", "advcl", "parataxis"} for a in _path_up(t, noun)):
                    continue  # "Boat sinks off Greece; 78 dead": a clause of its own, not who the dead were
                if any(a.dep_ == "prep" and a.lower_ not in {"of", "from", "among"} for a in _path_up(t, noun)):
                    continue  # "casualties in US Venezuela operation": a place, not who
                if any(a.lemma_.lower() in ORIGIN_NOUNS or a.lower_ == "each" or (a.lower_ == "from" and doc[a.i - 1].lower_ == "each")
                       for a in _path_up(t, noun)):
                    continue  # "a British national of Indian origin": British; "… and one each from France": theirs
                if t.i < noun.i and any(d.text in {"-", "—", "–"} for d in doc[t.i + 1:noun.i]):
                    continue  # "CUSCO, Peru - Four Swiss hikers": a dateline run into the noun phrase
                if any(a.dep_ == "pobj" and a.i != t.i and (g.events.get(a.lemma_.lower()) or a.lemma_.lower() == "crash")
                       for a in _path_up(t, noun)):
                    # "the toll from the crash of a Peruvian Air Force helicopter", "the survivor of the Air India
                    # crash": the event's name, not the victims' nationality
                    continue
                if any(a.dep_ in {"compound", "nmod", "amod"} and a.i != t.i and g.events.get(a.lemma_.lower())
                       for a in _path_up(t, noun)) or (noun.lemma_.lower() in TOLL_NOUNS and any(
                        c.dep_ in {"compound", "nmod"} and c.i > t.i and g.events.get(c.lemma_.lower()) for c in noun.children)):
                    continue  # "the Armenia-Georgia quake toll": where the quake struck, not whose dead
                # keep modifiers: adjectives, compounds, possessives and their conjuncts, "from X"
                if any(a.dep_ in {"relcl", "acl", "appos"} or (a.dep_ == "conj" and (_has_number(a) or any(
                        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in a.children))) for a in _path_up(t, noun)):
                    continue
                mods.append(t)
        h = x
        while h.dep_ in {"conj", "appos"} and h.head.pos_ in {"NOUN", "PROPN", "NUM"}:
            h = h.head
        predicate_role = False
        cop = h.head if h.dep_ == "nsubj" and h.head.lemma_.lower() == "be" else None
        nxt = doc[x.i + 1] if x.i + 1 < len(doc) else None
        if cop is None and x.i in num_range and nxt is not None and nxt.lemma_.lower() == "be" and nxt.pos_ == "AUX" \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in nxt.children):
            cop, h = nxt, x  # "… and one was Belgian", the count parsed as a conjunct of the noun before
        if cop is not None:
            own_words = {t.i for t in h.subtree}  # ("The other 20 people who died, including the three crew, were …")
            preds = [c for c in cop.children if c.dep_ in {"attr", "acomp"}]
            for c in preds:
                mods.extend(t for t in c.subtree if (t.lower_ in g.demonyms or self._demonym_pair(t)) and not any(
                    (a.dep_ in {"conj", "appos"} and _has_number(a)) or a.dep_ in {"relcl", "acl"}
                    or a.lemma_.lower() in ORIGIN_NOUNS for a in (t, *_path_up(t, c)))
                    and not (t.i > x.i and any(d.dep_ == "nummod" for d in t.children))  # not "… and two Irish", "three Kazakh"
                    and not (t.i > x.i and any(d.like_num and d.i not in num_range and d.i not in own_words
                                               for d in doc[x.i + 1:t.i])))
                # ("72 were German and 50 Spanish", parsed with "Spanish" as the predicate of both: the 50's)
                if c.dep_ == "attr" and self._citizens_of(c):
                    mods.append(self._of_pobj(c))  # "71 of the passengers were citizens of Uzbekistan"
                if (x.pos_ == "NUM" or x.lower_ == "one") and c.dep_ == "attr" and c.lemma_.lower() in g.roles:
                    mods.append(c)  # "Of the dead, 11 were children": who the part is
                    predicate_role = True
                if c.dep_ == "attr" and c.lemma_.lower() in {"national", "citizen"} and any(
                        d.lower_ == "foreign" for d in c.children):
                    predicate_role = True  # "five were Portuguese and 11 were foreign nationals": not Portuguese
            # "… and three were from Kyrgyzstan": where they are from is whose nationals they are
            mods.extend(self._from_country(cop))
            if not preds and h.i < cop.i:
                # the predicate the parser attached elsewhere ("Two of the dead were Brazilian nationals
                # and one was Angolan"): the words right after the copula, up to the next punctuation
                j = cop.i + 1
                while j < len(doc) and doc[j].pos_ in {"ADJ", "NOUN", "PROPN", "DET", "ADV"} and not doc[j].is_punct:
                    if doc[j].lower_ in g.demonyms:
                        mods.append(doc[j])
                    j += 1
        if h.dep_ == "nsubj" and h.head.lemma_.lower() in {"have", "hold", "carry"}:
            # "Two of the victims had Russian passports": the passport says whose nationals they were
            mods.extend(t for c in h.head.children if c.dep_ == "dobj" and c.lemma_.lower() in NATIONALITY_PAPERS
                        for t in c.subtree if t.i <= c.i and (t.lower_ in g.demonyms or self._demonym_pair(t)))
        for ap in (c for c in x.children if c.dep_ == "appos" and c.i > x.i and not _has_number(c)):
            # "One passenger, a Nepali woman, was pulled alive": the apposition says who the one is
            singular = any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in ap.children)
            if (singular and fig.min == 1 == fig.max) or (not singular and ap.tag_ in {"NNS", "NNPS"}):
                mods.extend(t for t in ap.subtree if t.i <= ap.i and (t.lower_ in g.demonyms or self._demonym_pair(t)))
        if x.pos_ == "NUM":  # "Nine of the dead were Turkish, three Syrian": the nationality parsed onto the count
            mods.extend(c for c in x.children if c.dep_ == "amod" and c.lower_ in g.demonyms)
            after = doc[num_range.stop] if num_range.stop < len(doc) else None
            if after is not None and after.pos_ in {"ADJ", "PROPN"} and after.lower_ in g.demonyms and x.dep_ == "conj" \
                    and (after.i + 1 >= len(doc) or not doc[after.i + 1].is_alpha or doc[after.i + 1].lower_ in {"and", "or"}):
                mods.append(after)  # "72 were German and 50 Spanish": the gapped predicate right after the count
            # "…: three citizens of Kyrgyzstan, two Chinese citizens and one from Uzbekistan"
            mods.extend(p for c in x.children if c.dep_ == "prep" and c.lower_ == "from"
                        for p in c.children if p.dep_ == "pobj" and self._country(p))
        if x.dep_ == "dobj" and x.head.lemma_.lower() == "lose":
            # "the army had lost 11 men": the loser's own people; "Kenya lost 32 citizens": its nationals
            # ("India lost 11 citizens; Britain lost eight": a bare number lost by a country is its nationals too)
            mods.extend(c for c in x.head.children if c.dep_ == "nsubj" and (c.lemma_.lower() in g.roles or (
                (x.lemma_.lower() in {"citizen", "national"} or x.pos_ == "NUM") and self._country(c)
                and len(_conjuncts(c)) == 1)))
        roles: set[str] = set()
        groups: set[str] = set()
        explicit = False
        mods = sorted({t.i: t for t in mods}.values(), key=lambda t: t.i)
        text_lows = [t.lower_ for t in mods]
        for t in mods:
            low, lem = t.lower_, t.lemma_.lower()
            if low in {"its", "their", "our", "his", "her"} and t.dep_ == "poss" and t.head.lemma_.lower() not in TOLL_NOUNS:
                fig.possessive = True  # "its soldiers" are the claimant's own; "its toll" is only its count
            if low in COLLECTIVE or (lem in {"country", "nation", "side"} and any(c.lower_ in {"both", "two"} for c in t.children)):
                fig.collective = True
            iso = g.demonyms.get(low) or g.demonyms.get(t.text.lower()) or self._demonym_pair(t)
            if iso is None and t.pos_ == "PROPN":
                iso = g.country_names.get(low) or g.country_names.get(_compound_text(t).lower())
                if iso and (t.dep_ == "poss" or (t.dep_ == "compound" and t.i < t.head.i)) and (
                        t.head.lemma_.lower() in TOLL_NOUNS or (t.head.dep_ == "compound" and t.head.head.lemma_.lower() in TOLL_NOUNS)):
                    # "Vietnam's death toll", "Mozambique death toll passes 400": the toll in that country, not of its people
                    fig.toll_country = iso
                    iso = None
            if iso:
                groups.add(iso)
            role = g.roles.get(lem) or g.roles.get(low) or (
                g.roles.get(low.removesuffix("s")) if t.pos_ == "PROPN" else None)  # ("Firefighters killed: none")
            if role:
                roles.add(role)
                if t in nouns:
                    explicit = True
        for i, low in enumerate(text_lows[:-1]):
            pair = f"{low} {text_lows[i + 1]}"
            if pair == "air force" and {"crew", "personnel"} & set(text_lows):
                roles.add("military")  # "five air force crew"
            if pair in {"service members", "police officers", "security forces", "armed forces"}:
                roles.add("security" if pair.startswith(("police", "security")) else "military")
                explicit = True  # "six members of the security forces": people of their own, not the civilians before
        if groups:
            explicit = True
        if "security" in roles and "police" not in text_lows and "officer" in (t.lemma_.lower() for t in mods) and "military" in roles:
            roles.discard("security")
        lemmas = [t.lemma_.lower() for t in mods]
        if "officer" in lemmas and ("police" in text_lows or self._police_story(doc)) and not {"soldier", "army", "troop", "military"} & set(lemmas):
            roles.discard("military")
            roles.add("security")
        for role in ("military", "security", "civilian", "all"):
            if role in roles:
                fig.role = role
                break
        else:
            fig.role = "all"  # no word of role: everyone counted ("27 had been injured", "52 of the dead")
        if fig.role in {"unspecified", "all"} and groups:
            # "three Britons", "43 Syrian nationals were killed": people named by their nationality and by no
            # role word are civilians (the convention of eleven blind batches of annotators out of thirteen)
            fig.role = "civilian"
        fig.groups = tuple(sorted(groups))
        fig.explicit_population = explicit or predicate_role or bool(nouns and nouns[0].pos_ == "NOUN" and (
            nouns[0].lemma_.lower() in g.roles or nouns[0].lemma_.lower() in OWN_KIND_NOUNS or any(
                c.dep_ == "compound" and c.lemma_.lower() in g.roles for c in nouns[0].children)))
        # ("three suspects were arrested", "all 12 crew members": people of their own, not the last figure's)
        head_noun = nouns[-1] if len(nouns) > 1 and nouns[0].lemma_.lower() in {"number", "total", "count"} else (nouns[0] if nouns else None)
        own = {t.i for t in head_noun.subtree} if head_noun is not None else set()
        if head_noun is not None and head_noun.dep_ == "ROOT" and head_noun.pos_ in {"NOUN", "PROPN"}:
            # a list entry parsed as the root ("…, according to their embassies: three Italians"): its own words
            own = {head_noun.i} | {t.i for c in head_noun.children if c.i < head_noun.i
                                   and c.dep_ in {"nummod", "det", "amod", "compound", "poss", "quantmod"} for t in c.subtree}
        keep = {t.i for t in mods if head_noun is not None and ((t.i <= head_noun.i and t.i in own) or t in nouns[1:2])}
        label_tokens = sorted({i for i in keep if doc[i].dep_ not in {"det", "punct", "cc", "prep"} or doc[i].lower_ in {"and", "of"}}
                              - set(num_range))
        while label_tokens and doc[label_tokens[-1]].lower_ in {"of", "and"}:
            label_tokens.pop()
        if label_tokens:
            a, b = label_tokens[0], label_tokens[-1] + 1
            label = doc[a:b].text
            fig.pop_label = label if len(label) < 120 else doc[nouns[0].i].text
            fig.pop = nouns[0].i if nouns else None
        if fig.measure == "mourning_days":
            fig.role = "unspecified"

    # --- the whole pass ---------------------------------------------------------
    def __call__(self, doc: Doc) -> list[FigureMatch]:
        skip = doc._.newskg_boilerplate or []
        figures: list[FigureMatch] = []
        self._counted = figures  # the counts read so far, which a later "Among the 98, …" can name
        found = self.phrases(doc, skip)
        used: set[int] = set()
        k = 0
        while k < len(found):
            start, end, value, _max, kind = found[k]
            k += 1
            if start in used:
                continue
            tok = doc[start]
            self._elliptical_place, self._elliptical_entry = "", False  # (set by the part finders below)
            self._nationality_block = False
            if self._not_a_count(doc, start, end, kind):
                if k < len(found) and [t.lower_ for t in doc[end:found[k][0]]] in (["-"], ["–"], ["to"], ["and"]) \
                        and not (start > 0 and doc[start - 1].lower_ in {"by", "from"}):
                    used.add(found[k][0])  # "aged 20-30": the second number is not a count either
                continue
            qualifier, offset, qstart = ("exact", 0, start)
            lo, hi = value, value
            range_second = None
            if kind == "vague":
                qualifier, lo, hi = "vague", value, None
                # "dozens" is vague; "some" before a number was read as a qualifier
            elif kind == "zero":
                qualifier, lo, hi = "exact", 0, 0
            elif kind == "one":
                qualifier, lo, hi = "exact", value, value
            elif kind in {"both", "group"}:
                qualifier, lo, hi = "exact", value, value
            elif kind == "range":  # "10–15 injured", "between 8–10"
                qualifier, lo, hi = "range", value, _max
                if start > 0 and doc[start - 1].lower_ in {"between", "from"}:
                    qstart = start - 1
            else:
                qualifier, offset, qstart = self._qualifier_before(doc, start)
                lo, hi = interval(qualifier, value, offset)
                # ranges: "between 30 and 40", "30 to 40", "30-40", "two or three"
                nxt = k
                if nxt < len(found):
                    s2, e2, v2, _m2, kind2 = found[nxt]
                    gap = [t.lower_ for t in doc[end:s2]]
                    before = doc[start - 1] if start > 0 else None
                    toll_change = before is not None and gap == ["to"] and (before.lower_ == "by" or (
                        before.lower_ == "from" and before.head.lemma_.lower() in TOLL_VERBS))
                    if kind2 == "num" and gap in (["to"], ["-"], ["and"], ["or"], ["–"]) and v2 > value and not toll_change:
                        # ("raised the toll from 23 to 31", "rose by 9 to 61": a change, not a range)
                        if gap != ["and"] or (qstart > 0 and doc[qstart - 1].lower_ == "between") or (start > 0 and doc[start - 1].lower_ == "between"):
                            qualifier, lo, hi = "range", value, v2
                            used.add(s2)
                            range_second = (s2, e2)
                            end = e2
                            k += 1
                            if start > 0 and doc[start - 1].lower_ in {"between", "from"}:
                                qstart = start - 1
                # "80 or more"
                if end + 1 < len(doc) and doc[end].lower_ == "or" and doc[end + 1].lower_ in {"more", "so"}:
                    if doc[end + 1].lower_ == "more":
                        qualifier, lo, hi = "at_least", value, None
                    else:
                        qualifier, lo, hi = "approximately", *interval("approximately", value)
                    end += 2
            x = self.counted(doc, start, end)
            measure, cue, gov = self.measure(doc, x, doc[start:end].root)
            if not measure and range_second:  # "between 1,100 and 1,400 people": the noun hangs off the second
                x0 = x
                x = self.counted(doc, *range_second)
                measure, cue, gov = self.measure(doc, x, doc[start:end].root)
                if not measure and x0.pos_ != "NUM":
                    x = x0  # "between 15 and 20 soldiers were deployed": soldiers, not a part of an earlier count
            if measure == "mourning_days" and x.lemma_.lower() == "hour":
                if lo % 24 or (hi is not None and hi % 24):
                    continue  # "36 hours of mourning" is not a whole number of days
                lo, hi = lo // 24, (hi // 24 if hi is not None else None)
            inherited = restated = whole = None
            if not measure and kind in {"num", "zero"}:
                measure, cue, gov = self._key_value(doc, qstart)  # "Missing: between 8-10", "Injured: more than 400"
            if not measure and kind == "num" and (_opens_bullet(doc, qstart) or _opens_answer(doc, qstart)):
                measure = _section_measure(doc, qstart)  # "**Dead**" then "- **21**, according to the ministry"
            national = x.lemma_.lower() in {"citizen", "national"} and any(
                c.dep_ == "amod" and (c.lower_ in self.g.demonyms or self._demonym_pair(c)) for c in x.children)
            if not measure and kind == "one" and (x.lower_ in self.g.demonyms or self._demonym_pair(x) or national):
                # ("…, an Australian, a French citizen and an Irish citizen")
                inherited = self._listed_part(doc, x, range(start, end), figures)  # "…: four Argentines and a Uruguayan"
                if inherited is not None:
                    listed_part, kind_part = True, ""
                    measure, cue, gov = inherited.measure, None, x
            if not measure and kind == "num":
                inherited = self._breakdown_line(doc, qstart, figures)  # "Swat: 22" under "The breakdown by district:"
                whole = inherited
                if inherited is None:
                    inherited = self._bracketed_entry(doc, x, figures)  # "Catarroja (25 deaths), Alfafar (9)"
                if inherited is None:
                    inherited = self._they_include(doc, x, figures)  # "24 were detained. They include two managers"
                listed_part = False
                if inherited is None:
                    inherited = self._listed_part(doc, x, range(start, end), figures)
                    listed_part = inherited is not None
                kind_part = ""
                if inherited is None:
                    inherited, kind_part = self._kind_part(doc, x, range(start, end), figures)
                    kind_part = kind_part if inherited is not None else ""
                inherited = inherited or self._elliptical(doc, x, range(start, end), figures)
                restated = None if inherited is not None else self._restated_number(doc, x, range(start, end), figures)
                inherited = inherited or restated
                if inherited is not None and x.dep_ == "nsubj" and x.head.lemma_.lower() in self.g.reporting:
                    inherited = None  # "One of them, a livestock trader, said …": a witness, not a part of the count
                if inherited is not None:
                    measure, cue, gov = inherited.measure, None, x
            if not measure and kind == "num":
                measure, cue, gov = self._in_all(doc, x, range(start, end), figures)  # "…, 67 people in all"
            if not measure and _suicide_bombers(x) and kind == "num" and lo >= 2:
                measure, cue, gov = "killed", x, x  # "nine suicide bombers carried out the attacks": dead by their own bombs
            if not measure:
                continue
            if measure == "arrested" and x.dep_ in {"nsubj", "nsubjpass"} and x.head.lemma_.lower() in RELEASE_VERBS:
                measure = "other"  # "612 people were detained. 215 of them have been released": the released
            if measure == "injured" and gov is not None and gov.lemma_.lower() == "seek" and self._epidemic(doc):
                measure = "affected"  # "2,000 people sought treatment" in an outbreak: the sick, not the hurt
            if self._background(doc, tok) or _shouted(tok.sent) or _habitual(gov) or _counted_twice(x) or _history(gov) \
                    or _counterfactual(gov):
                continue
            if any(c.dep_ == "amod" and c.lower_ in {"different", "separate", "conflicting", "competing", "contradictory"}
                   for c in x.children) or (x.tag_ == "NNS" and x.i not in range(start, end) and x.lemma_.lower() in
                                            TOLL_NOUNS | {"figure", "tally", "count", "estimate", "list", "version"}):
                continue  # "three different death tolls", "the two tolls would be reconciled": tolls, not people
            if kind == "vague" and x.i not in range(start, end) and x.dep_ == "nsubj" and not self._peopleish(x) \
                    and x.head.lemma_.lower() in self.g.reporting:
                continue  # "Some local news websites reported that …": the sources, not people counted
            if kind == "vague" and x.i not in range(start, end) and x.pos_ == "NOUN" and not self._peopleish(x) \
                    and not self._whole_measure(x) and x.lower_ not in self.g.measure_adjs and x.lemma_.lower() not in PEOPLE_WORDS:
                continue  # "a few rows behind him", "several communities": things and places, not people
            things = self._of_pobj(x) if x.i in range(start, end) and kind == "vague" else None
            if things is not None and things.pos_ == "NOUN" and not self._peopleish(things) \
                    and not self._whole_measure(things) and things.lower_ not in self.g.measure_adjs and things.lower_ not in PARTITIVE_WHOLES:
                continue  # "dozens of ambulances ferried the injured": vehicles, not people
            if qualifier == "exact" and kind == "num" and gov is not None:
                vq = VERB_QUALIFIERS.get(gov.lemma_.lower()) if gov.pos_ in {"VERB", "AUX"} else None
                for c in (x.head,) if x.dep_ in {"dobj", "attr"} else ():
                    vq = VERB_QUALIFIERS.get(c.lemma_.lower()) or vq
                if vq:
                    qualifier, off = vq
                    lo, hi = interval(qualifier, value, off)
            unaccounted = measure in {"missing", "displaced"} and gov is not None and gov.lemma_.lower() in {"return", "account", "hear", "fail"}
            if gov is not None and _negated(gov) and kind != "zero" and not unaccounted:
                continue  # ("have not returned", "have not been accounted for" is what makes them missing)
            if unaccounted and gov.lemma_.lower() in {"account", "hear"} and not _negated(gov):
                continue  # "all guests are accounted for": none missing, not a count of the missing
            labelled = _labelled_people(x, gov, self.g.roles)
            if labelled is not None:
                x = labelled  # "- Firefighters killed: none": the firefighters are who is counted
            fig = FigureMatch(
                num_start=qstart, num_end=end, head=x.i, min=lo, max=hi, qualifier=qualifier,
                stated_as=doc[qstart:end].text, measure=measure,
                cue=cue.i if cue is not None else None, gov=gov.i if gov is not None else None, whole=whole,
            )
            self.population(doc, fig, x, cue, range(start, end))
            if _suicide_bombers(x):
                fig.role = "military"  # attackers, as "gunmen" and "militants" are
            fig.place_pp = self._labelled_line_place(doc, qstart) or self._place_pp(doc, x, gov, cue) \
                or self._town_subject(x)
            if not fig.place_pp and fig.toll_country in self.g.countries:
                fig.place_pp = self.g.countries[fig.toll_country].name  # "Vietnam's death toll climbed to 21"
            self._last_place = ""
            fig.scope = self._scope(doc, x, range(start, end), measure, cue, gov, fig.place_pp)
            fig.scope_place = self._last_place if fig.scope.startswith("in ") else ""
            fig.cause = "" if fig.scope else self._cause(x, gov)
            fig.site = "" if fig.scope else _named_site(x, gov)
            if fig.place_pp and fig.scope.startswith("part: ") and (fig.scope[6:].replace(",", "").isdigit()
                                                                    or fig.scope[6:] in self.g.number_units):
                fig.scope, fig.scope_place = f"in {fig.place_pp}", fig.place_pp  # "202 deaths, including 91 in Suzu"
            if fig.groups and fig.scope.startswith("part: "):
                # "three Britons are among the dead": the nationality already names the part
                fig.scope = "part" if self._of_pobj(x) is not None and x.i in range(start, end) else ""
            if not fig.scope and not fig.groups and measure != "other" and _foreigners(x):
                fig.scope = FOREIGNERS_PART  # "38 foreign nationals had been killed": some of the dead
            if measure == "mourning_days" and fig.scope.startswith("part"):
                fig.scope = ""  # "the last of the three days of mourning": the mourning is not a part of anything
            # (a capital stands for its country: "Tehran began three days of national mourning", "…, Tehran says")
            fig.subject_country = self._subject_country(x) or self._capital_subject(x)
            entry = self._list_entry(doc, start, end) if fig.subject_country else None
            if entry is not None and self._country(entry):
                fig.subject_country = self._country(entry)  # "Greece took 13 patients, Serbia 12": Serbia's 12
            fig.overnight = _overnight(x, gov)
            fig.one_day = _one_day(x, gov)
            if not fig.scope and fig.place_pp and x.dep_ == "pobj" and x.head.lower_ == "with":
                fig.scope = f"in {fig.place_pp}"  # "Kerala was the worst hit, with 212 deaths": a breakdown
            if inherited is None and x.i in range(start, end) and not fig.scope:
                whole = self._listed_part(doc, x, range(start, end), figures)
                if whole is not None and whole.measure == measure:
                    fig.scope = "part"  # "58 injured: 31 with gunshot wounds and 27 hurt in the stampede"
            if inherited is None and x.i in range(start, end) and not fig.scope and not fig.place_pp \
                    and _part_of_earlier(doc, x, fig.min, [f for f in figures if f.measure == measure]):
                fig.scope = "part"  # "88,067 people had been forced from their homes, and about 16,000 of them
                # were staying in schools": some of those just counted, in a place of their own
            if inherited is not None and kind_part == "part: nationals":
                fig.scope = ""  # "Twenty-two were Paraguayan": like "22 Paraguayans were among the dead"
                fig.role = fig.role if fig.role != "all" else inherited.role
                fig.pop_label, fig.explicit_population = inherited.pop_label, True
            elif inherited is not None and kind_part:
                fig.scope = kind_part  # "The gunman killed nine people. Three were children."
                fig.role = fig.role if fig.role != "all" else inherited.role
                fig.pop_label, fig.explicit_population = inherited.pop_label, True
            elif inherited is not None and listed_part:
                # "Twelve foreigners were among the dead: nine Afghans, two Iraqi pilgrims and …": a part
                # named by its own people; the whole is the union of their nationalities ("…: 24 in Huanuco
                # region and 11 in Pasco": each place's share)
                place = fig.place_pp or _named_unit(x)
                if not fig.scope and place and place not in {"there", "the country", "its side"}:
                    fig.scope, fig.scope_place = f"in {place}", place
                fig.scope = fig.scope or "part"
                fig.explicit_population = True
            elif inherited is not None and inherited is restated:  # the same people, counted otherwise
                fig.role, fig.pop_label, fig.groups = inherited.role, inherited.pop_label, inherited.groups
                fig.scope, fig.scope_place = inherited.scope, inherited.scope_place
                fig.explicit_population = True
            elif inherited is not None:
                # ("23 dead, among them three police officers": the part's own role word stands)
                fig.role = fig.role if fig.role not in {"all", "unspecified"} else inherited.role
                if inherited.subject_country and not inherited.groups:
                    fig.groups = ()  # "Greece took 13 patients, Serbia 12": where they went, not who they are
                fig.pop_label = inherited.pop_label
                fig.explicit_population = True
                place = self._elliptical_place or fig.place_pp
                iso = self.g.country_names.get(place.lower()) if self._elliptical_entry else None
                if iso and (self._nationality_block or _nationality_list(x)):
                    # "The victims came from 35 countries, including Kenya (32), Canada (18)": whose nationals
                    fig.groups, fig.role, place = (iso,), "civilian" if inherited.role == "all" else inherited.role, ""
                    fig.scope = fig.scope or "part"
                if place and (not fig.scope or self._elliptical_place):
                    fig.scope, fig.scope_place = f"in {place}", place
                    if not inherited.groups and fig.groups == (self.g.country_names.get(place.lower()),):
                        fig.groups, fig.role = (), inherited.role  # "… 25 deaths, Georgia 17": a place's share
                fig.scope = fig.scope or "part"
            at = x.head if x.dep_ == "pobj" and x.head.lower_ == "at" and x.i in range(start, end) else None
            if at is not None and at.i > 0 and doc[at.i - 1].pos_ in {"NOUN", "PROPN"}:
                own = self._own_nationality(doc[at.i - 1])  # "… the number of Dutch dead at 189, Malaysian
                if own and fig.groups != (own,):  # passengers at 28, Indonesians at 12": each entry's own people
                    fig.groups = (own,)
            idx = {qstart, end - 1, x.i}
            if cue is not None:
                idx.add(cue.i)
            if fig.pop is not None:
                idx.add(fig.pop)
            sent = tok.sent
            a, b = max(min(idx), sent.start), min(max(idx) + 1, sent.end)
            while b > a + 1 and doc[b - 1].is_punct:
                b -= 1
            fig.span = (a, b)
            figures.append(fig)
        for i, fig in enumerate(figures):
            added = (fig.num_end < len(doc) and doc[fig.num_end].lower_ == "more") or (
                fig.num_start > 0 and doc[fig.num_start - 1].lower_ in {"further", "additional", "another"})
            if fig.scope == "increment" and added \
                    and doc[fig.head].lemma_.lower() != "body" and not any(f.measure == fig.measure for f in figures[:i]):
                fig.scope = ""  # "Three workers died. Five more were injured", "75 dead … A further 103 people are
                # missing": more people, not more injured or missing
        for fig in figures:
            if not fig.scope and fig.place_pp and fig.place_pp not in {"the country", "there", "its side", "all countries"} \
                    and fig.measure != "mourning_days" and any(
                    f is not fig and f.measure == fig.measure and f.scope_place and f.scope_place != fig.place_pp
                    and doc[f.num_start].sent == doc[fig.num_start].sent for f in figures):
                # "101 dead in Jajarkot and 52 in Rukum West": one entry of a breakdown, even where the story is set
                fig.scope, fig.scope_place = f"in {fig.place_pp}", fig.place_pp
        figures = self._each_of_a_list(doc, figures)
        figures = self._singletons_of_a_list(doc, figures)
        _union_of_listed_nationalities(doc, figures)
        figures = self._coordinated_sums(doc, figures)
        _sub_kind_parts(doc, figures)
        _parts_before_others(doc, figures)
        _role_parts_are_the_role(doc, figures)
        _colon_parts_share_nationality(doc, figures)
        _bystanders_are_civilians(figures)
        _named_people_are_a_part(doc, figures)
        _few_of_a_kind_are_a_part(doc, figures)
        return figures  # populations are completed after attribution: see inherit_populations

    def _each_of_a_list(self, doc: Doc, figures: list[FigureMatch]) -> list[FigureMatch]:
        """"four each from China and Russia", "one person each from the United States, France and
        Ukraine": one count of that many for every country of the list."""
        out: list[FigureMatch] = []
        for fig in figures:
            each = next((t for t in doc[fig.num_end:min(fig.num_end + 3, len(doc))] if t.lower_ == "each"), None)
            frm = next((c for c in (each.children if each is not None else ()) if c.dep_ == "prep" and c.lower_ == "from"), None)
            if frm is None and each is not None and each.i + 1 < len(doc) and doc[each.i + 1].lower_ == "from":
                frm = doc[each.i + 1]  # ("each" parsed as a determiner, "from" hung elsewhere)
            if frm is None and each is not None and each.i + 2 < len(doc) and doc[each.i + 1].lemma_.lower() in {"come", "be", "hail"} \
                    and doc[each.i + 2].lower_ == "from":
                frm = doc[each.i + 2]  # "one each came from Australia, China and Japan"
            first = next((p for p in frm.children if p.dep_ == "pobj"), None) if frm is not None else None
            x = doc[fig.head]
            if first is None and (x.lemma_.lower() in {"citizen", "national"} or x.pos_ == "NUM"):
                # "China, Italy and the United States each lost eight citizens", "Australia and Turkey each
                # reported two of their citizens dead": the countries the verb's subject lists
                verb = x.head
                for _ in range(3):
                    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != x.i), None)
                    if subj is not None and subj.i < verb.i and any(t.lower_ == "each" for t in doc[subj.i:verb.i + 1]):
                        first = subj
                        break
                    if verb.head.i == verb.i:
                        break
                    verb = verb.head
            if first is None and each is not None and x.dep_ == "appos" and self._country(x.head) \
                    and doc[fig.num_start - 1].text != "(":
                first = x.head  # "…, and Japan and Portugal one each" (a bracketed "(one each)" is read as a list entry)
            countries = []
            names = [first, *_conjuncts(first)] if first is not None else []
            if first is not None and first.dep_ == "nsubj":  # ("Australia, Argentina, Japan … each lost two": a list
                names = [t for t in first.subtree if t.pos_ == "PROPN" and t.dep_ != "compound"]  # the parser splits)
            for t in names:
                iso = self._country(t) or self.g.country_names.get(_compound_text(t).lower().removeprefix("the "))
                if iso and iso not in countries:
                    countries.append(iso)
            if len(countries) < 2:
                out.append(fig)
                continue
            for iso in countries:
                out.append(replace(fig, groups=(iso,), role="civilian" if fig.role in {"all", "unspecified"} else fig.role,
                                   explicit_population=True,
                                   scope="" if fig.scope == "part" or " from " in fig.scope else fig.scope))
        return out

    def _own_nationality(self, t: Token) -> str | None:
        """The country of the demonym ``t`` is or carries ("a Briton", "a Dutch woman", "a South African")."""
        for w in (t, *(c for c in t.children if c.dep_ in {"amod", "compound"} and c.i < t.i)):
            iso = self.g.demonyms.get(w.lower_) or self._demonym_pair(w)
            if iso:
                return iso
        return None

    def _singletons_of_a_list(self, doc: Doc, figures: list[FigureMatch]) -> list[FigureMatch]:
        """"One Chinese woman, a South African and a Dutch woman were also killed": one count of one
        for each person of the list, of their own nationality (a member with a number of its own,
        "… and two Germans", is its own figure already)."""
        out: list[FigureMatch] = []
        for fig in figures:
            out.append(fig)
            x = doc[fig.head]
            if not (fig.min == fig.max == 1 and fig.stated_as.lower() in {"one", "a", "an"} and x.pos_ in {"NOUN", "PROPN"}):
                continue
            own = self._own_nationality(x)
            members, todo = [], [c for c in x.children if c.dep_ in {"appos", "conj"} and c.i > x.i]
            while todo:
                m = todo.pop(0)
                members.append(m)
                todo += [c for c in m.children if c.dep_ == "conj" and c.i > m.i]
            counted = {f.head for f in figures}
            singles = [(m, next(c for c in m.children if c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one"}),
                        self._own_nationality(m)) for m in members
                       if m.tag_ not in {"NNS", "NNPS"} and m.i not in counted and any(
                           c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one"} for c in m.children)]
            singles = [(m, one, iso) for m, one, iso in singles if iso]
            if own is None or not singles:
                continue
            fig.groups = (own,)
            for m, one, iso in singles:
                out.append(replace(fig, groups=(iso,), head=m.i, pop=m.i, explicit_population=True, stated_as=one.text,
                                   num_start=one.i, num_end=one.i + 1, span=(one.i, m.i + 1), pop_label=doc[one.i + 1:m.i + 1].text))
        return out

    def _coordinated_sums(self, doc: Doc, figures: list[FigureMatch]) -> list[FigureMatch]:
        """A count coordinated with one person named without a number is a count of them all:
        "the manager and two workers were detained" (3), "a pilot and four passengers survived" (5),
        "killing the post commander and four of his officers" (5), "a man and his son" (2).
        A conjunct with its own number is its own figure ("both pilots and three of the soldiers"),
        and so is one of another role ("a soldier and two civilians")."""
        if not figures:
            return figures
        counted_at = {i for f in figures if f.stated_as.lower() not in {"a", "an"} for i in range(f.num_start, f.num_end)}
        single = {f.head: f for f in figures if f.stated_as.lower() in {"a", "an"}}  # "a police officer": a count of one
        dropped: set[int] = set()
        for fig in figures:
            if id(fig) in dropped or fig.measure in {"mourning_days", ""}:
                continue
            x = doc[fig.head]
            members = self._conjuncts(x)
            if len(members) < 2:
                continue
            if sum(1 for m in members if m.i in counted_at or _own_number(m)) >= 2:
                continue  # a list of counts: "four Germans, two Austrians and a Swiss national"
            after = [m for m in members if m.i > x.i]
            if after and after[0].left_edge.i > 0 and doc[after[0].left_edge.i - 1].text == "," \
                    and len(after) == fig.min and x.i < fig.num_end + 4:
                continue  # "two of the club's owners, brothers Rodrigo and Marcelo Acosta": the two, named
            extra: list[Token] = []
            for m in members:
                if m.i == x.i or fig.num_start <= m.i < fig.num_end:
                    continue
                own_number = m.i in counted_at or any((t.like_num and not _age(t)) or t.i in counted_at for t in m.subtree if t.i <= m.i)
                if own_number:
                    continue  # "both pilots and three of the soldiers": two figures
                if m.i + 2 < len(doc) and doc[m.i + 1].lower_ == "with" and self._is_num_word(doc[m.i + 2]):
                    continue  # "Patuakhali with three and Noakhali with two": a list of places, not a person
                if m.i > x.i and m.pos_ == "PROPN" and any(t.dep_ == "prep" and t.head.i == x.i for t in doc[x.i + 1:m.i]):
                    continue  # "600 people from the village and neighbouring Pechea and Cudalbi": where they were
                if m.pos_ == "PROPN" and (m.ent_type_ in {"GPE", "LOC", "FAC"} or self._country(m) or self.g.places.get(m.lower_)):
                    continue  # "Nampula for 19 and Niassa for four": the next place of a list, not one more person
                if m.tag_ in {"NNS", "NNPS"}:
                    extra = []
                    break  # "the manager and staff": a part of unknown size
                role = self.g.roles.get(m.lemma_.lower())
                nation = {self.g.demonyms.get(t.lower_) or self._demonym_pair(t) for t in m.subtree if t.i <= m.i} - {None}
                if nation and not nation <= set(fig.groups):
                    continue  # "two Britons and an Australian": another nationality, its own figure
                if m.i in single and single[m.i].role not in {fig.role, "all"} and fig.role != "all":
                    continue  # "three soldiers and a police officer": another role, its own figure
                if self._single_person(m) and (role is None or role == fig.role or fig.role == "all"):
                    extra.append(m)
            if not extra:
                continue
            n = len(extra)
            fig.min += n
            fig.max = fig.max + n if fig.max is not None else None
            a = min([fig.num_start] + [m.left_edge.i for m in extra])
            b = max([fig.num_end, x.i + 1] + [m.i + 1 for m in extra])
            fig.num_start, fig.num_end = a, b
            fig.stated_as = doc[a:b].text
            fig.span = (min(fig.span[0], a), max(fig.span[1], b))
            heads = {m.i for m in extra}
            for other in figures:
                if other is not fig and other.head in heads:
                    dropped.add(id(other))  # "a pilot" was read as a count of one: it is in the sum now
        by_head = {f.head: f for f in figures if id(f) not in dropped}
        for f in figures:  # "two people, a man and his grandson": the apposition restates the count
            x = doc[f.head]
            other = by_head.get(x.head.i) if x.dep_ == "appos" else None
            if other is not None and other is not f and (other.min, other.max, other.measure) == (f.min, f.max, f.measure) \
                    and not (f.groups and other.groups and f.groups != other.groups):  # ("a Briton, a Frenchman": two)
                dropped.add(id(f))
        return [f for f in figures if id(f) not in dropped]

    def _conjuncts(self, x: Token) -> list[Token]:
        """The nouns coordinated with ``x``, itself included ("the manager and two workers")."""
        root = self._coordination_root(x, appos=False)

        def chain(t: Token):
            for c in t.children:
                if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}:
                    yield c
                    yield from chain(c)

        members = [root, *chain(root)]
        if root.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(c.dep_ == "cc" and c.i > root.i for c in root.children):
            # "A British couple in their sixties and their adult son are …": the second parsed as
            # another subject of the same verb, not as a conjunct
            members += [t for t in root.head.children if t.dep_ == root.dep_ and t.i > root.i and t.pos_ in {"NOUN", "PROPN"}]
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in {"body", "life", "death"}:
            members += chain(root.head.head)  # "the bodies of a fisherman and his son": the son's body too
        if all(m.i != x.i for m in members):
            if x.dep_ != "conj" or x.head.pos_ != "VERB":
                return []
            members += [x, *chain(x)]  # "killing the post commander and four of his officers"
        return members

    def _single_person(self, m: Token) -> bool:
        """One person: a name, or a singular noun for a person ("the manager", "a flight technician",
        "his teenage son"), not a group ("the crew", "the family") nor a thing."""
        if m.tag_ not in {"NN", "NNP"}:
            return False
        lem = m.lemma_.lower()
        if m.ent_type_ == "PERSON":
            return True
        if m.ent_type_ in {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "DATE", "TIME"} or lem in COLLECTIVE_NOUNS:
            return False
        return self._person_noun(m) or lem in self.g.roles or lem in PERSON_NOUNS or (
            lem.endswith(AGENT_SUFFIXES) and len(lem) > 5 and any(c.dep_ in {"det", "poss"} for c in m.children))

    def _key_value(self, doc: Doc, start: int):
        """"Dead: 21" or "- **Missing:** 11" on a line of its own."""
        colon = lambda t: t.text.strip("*_") == ":"  # noqa: E731  markdown bold: "**Missing:** 11"
        j = start - 1
        while j >= 0 and (doc[j].is_punct or not doc[j].text.strip("*_")) and "\n" not in doc[j].text_with_ws \
                and not colon(doc[j]):
            j -= 1
        if j < 0 or not colon(doc[j]):
            return None, None, None
        k = j - 1
        words, first = [], None
        while k >= 0 and "\n" not in doc[k].text_with_ws:
            if doc[k].like_num:
                return None, None, None  # "54 injured: 29 by gunfire, 25 in the crush": a breakdown, not a label
            if doc[k].is_alpha:
                words.insert(0, doc[k].lower_)
                first = doc[k]
            k -= 1
        label = " ".join(words[-2:]) if len(words) >= 2 and " ".join(words[-2:]) in KEY_VALUE_HEADS else (words[-1] if words else "")
        if len(words) <= 3 and label in KEY_VALUE_HEADS:
            return KEY_VALUE_HEADS[label], doc[j - 1], doc[j - 1]
        if 3 < len(words) <= 6 and words[0] in KEY_VALUE_HEADS and words[1] in {"by", "since", "in", "so", "as", "to"}:
            return KEY_VALUE_HEADS[words[0]], first, first  # "Rescued by helicopter since Monday: 340"
        if 1 <= len(words) <= 2 and " ".join(words) in self.g.demonyms:
            line_start = k + 1  # "- Nepali: 7" in a list under "How many people died?": the dead of that nationality
            measure = _section_measure(doc, line_start) if line_start < len(doc) else None
            if measure:
                return measure, doc[j - 1], doc[j - 1]
        return None, None, None

    def _breakdown_line(self, doc: Doc, start: int, figures: list[FigureMatch]) -> FigureMatch | None:
        """"Swat: 22" on a line of its own, in a block of such lines under "The breakdown by district:"
        (or "Deaths by province:"): that place's share of the last toll before the block, whose place
        is kept in ``self._elliptical_place``."""
        text = doc.text
        begin = text.rfind("\n", 0, doc[start].idx) + 1
        m = PLACE_ROW_LINE.match(text, begin)
        if m is None or m.end("name") > doc[start].idx:
            return None
        name = m.group("name")
        if name.lower() in KEY_VALUE_HEADS or self.g.measure_nouns.get(name.lower()) or name.lower() in self.g.demonyms \
                or name.lower() in {"total", "totals", "overall", "all"}:
            return None
        end = begin - 1  # walk up the block to its header
        while end > 0:
            top = text.rfind("\n", 0, end) + 1
            line = text[top:end]
            if PLACE_ROW_LINE.match(line) or not line.strip():
                end = top - 1
                continue
            # the header's own count ("Central forces had rescued 40,100 people …, according to the Union
            # Home Ministry:", "Of these, 253 died after August 8. District-wise deaths since August 8:")
            last = doc.char_span(top, end, alignment_mode="expand")
            last = last[-1].sent if last is not None and len(last) else None  # the header's sentence that opens the list
            own = [f for f in figures if last is not None and last.start_char <= doc[f.num_start].idx < last.end_char
                   and not f.scope.startswith("part") and f.measure]
            if not (_BREAKDOWN_HEADER.search(line) or _BREAKDOWN_HEADING.match(line) or (line.rstrip(" *_").endswith(":") and (own or re.search(
                    r"(?i)\b(?:according to|deaths?|dead|killed|died|victims|remains|injured|wounded|missing|toll)\b", line)))):
                return None
            above = text[text.rfind("\n", 0, max(top - 1, 0)) + 1:top] if top > 0 else ""
            if own:
                self._elliptical_place, self._elliptical_entry, self._nationality_block = name, True, False
                return own[-1]
            tolls = [f for f in figures if doc[f.num_start].idx < end and not f.scope and f.measure
                     in {"killed", "injured", "missing", "displaced", "affected", "evacuated"}]
            tolls = [f for f in tolls if not f.groups] or tolls  # (a table of places divides everyone's toll, not "Ten Nepalis")
            # "the following toll by state:", "the following list of civilian victims:": the header's measure
            said = next((self.g.measure_nouns.get(w) or self.g.measure_nouns[w[:-1]] for w in re.findall(r"[a-z]+", line.lower())
                         if {self.g.measure_nouns.get(w), self.g.measure_nouns.get(w[:-1])} & {"killed", "injured", "missing", "displaced"}), None)
            tolls = [f for f in tolls if f.measure == said] or tolls
            role_said = next((self.g.roles[w] for w in re.findall(r"[a-z]+", line.lower()) if self.g.roles.get(w)
                              in {"civilian", "military", "security"}), None)
            nationals = bool(re.search(r"(?i)\bnationalit|\bcountr(?:y|ies) of origin\b", line + above))
            if role_said:  # "the following list of civilian victims:" (the civilians may be told as a part: "61 civilians and six …")
                tolls = [f for f in figures if doc[f.num_start].idx < end and f.measure == said and f.role == role_said
                         and (not f.scope or f.scope.startswith("part: "))] or tolls
            elif nationals:  # "The dead by nationality": not the soldiers' or the police's toll
                tolls = [f for f in tolls if f.role in {"all", "civilian"}] or tolls
            # not a guess ("the final death toll could exceed 10,000") but the count the table breaks down
            tolls = [f for f in tolls if f.gov is None or not any(
                c.dep_ == "aux" and c.lower_ in {"could", "may", "might", "would"} for c in doc[f.gov].head.children)
                and not any(c.dep_ == "aux" and c.lower_ in {"could", "may", "might", "would"} for c in doc[f.gov].children)] or tolls
            if not tolls:
                return None
            self._elliptical_place, self._elliptical_entry = name, True
            self._nationality_block = nationals
            return tolls[-1]
        return None

    def _in_all(self, doc: Doc, x: Token, num_range: range, figures: list[FigureMatch]):
        """A total set off after its clause ("Everyone on both aircraft died, 67 people in all", "27 bodies
        from the plane and one from the helicopter, 28 in all"): the measure of the clause or of the
        counts it adds up."""
        after = max(num_range.stop, x.i + 1)
        words = [t.lower_ for t in doc[after:after + 2]]
        if not (words[:2] in (["in", "all"], ["in", "total"]) or words[:1] == ["altogether"]) \
                or num_range.start < 1 or doc[num_range.start - 1].text not in {",", "—", "–", ":"}:
            return None, None, None
        sent = x.sent
        before = [f for f in figures if doc[f.num_start].sent == sent and f.num_end <= num_range.start]
        if before:
            return before[-1].measure, None, x
        root = sent.root
        m = self.g.measure_verbs_subj.get(root.lemma_.lower())
        return (m, root, root) if m else (None, None, None)

    def _labelled_line_place(self, doc: Doc, start: int) -> str:
        """The place a line is labelled with when the count opens its value ("Castilla-La Mancha: 7
        deaths, six of them in Letur"): a key-facts line of one place's share."""
        text = text_of(doc)
        begin = text.rfind("\n", 0, doc[start].idx) + 1
        m = _PLACE_VALUE_LINE.match(text, begin)
        event = _EVENT_VALUE_LINE.match(text, begin)
        if m is None and event is not None and event.end() - 1 == doc[start].idx \
                and self.g.events.get(event.group("name").split()[-1]) and not self.g.events.get(event.group("name").split()[0].lower()):
            return event.group("name")  # "Eaton fire: 17 deaths": the share of one fire of several
        if m is None or m.end() - 1 != doc[start].idx:
            return ""
        name = m.group("name")
        low = name.lower()
        if low in KEY_VALUE_HEADS or self.g.measure_nouns.get(low) or low in self.g.demonyms \
                or not (low in self.g.places or low in self.g.cities or low in self.g.country_names):
            return ""
        return name

    def _they_include(self, doc: Doc, x: Token, figures: list[FigureMatch]) -> FigureMatch | None:
        """The count of the sentence before that "They include …" / "They are …" divides ("24 people
        have been detained. They include the club's two managers, four officials …")."""
        root = x
        while root.dep_ == "compound":
            root = root.head  # "three harbour inspectors"
        while root.dep_ in {"conj", "appos"} and root.head.pos_ in {"NOUN", "PROPN", "NUM"}:
            root = root.head
        verb = root.head
        if root.dep_ not in {"dobj", "attr"} or verb.lemma_.lower() not in {"include", "be", "comprise"} \
                or not any(c.dep_ == "nsubj" and c.lower_ in {"they", "these", "those"} for c in verb.children) \
                or verb.sent.start == 0:
            return None
        before = doc[verb.sent.start - 1].sent
        wholes = [f for f in figures if before.start <= f.num_start < before.end and not f.scope.startswith("part")]
        return wholes[-1] if wholes else None

    def _bracketed_entry(self, doc: Doc, x: Token, figures: list[FigureMatch]) -> FigureMatch | None:
        """A bare "(9)" after a name in a list whose earlier entry said what it counts ("Catarroja
        (25 deaths), Alfafar (9) and Picanya (8)"): that entry's measure, in the place named."""
        name = x.head
        if x.dep_ != "appos" or x.pos_ != "NUM" or name.pos_ != "PROPN" or x.i < 1 or doc[x.i - 1].text != "(" \
                or name.i != x.i - 2:
            return None
        chain = {name.i, *(t.i for t in self._conjuncts(name))}
        root = name
        while root.dep_ == "conj" and root.head.pos_ == "PROPN":
            root = root.head
            chain.add(root.i)
        chain |= {t.i for t in self._conjuncts(root)}
        entry = next((f for f in reversed(figures) if doc[f.head].dep_ == "appos" and doc[f.head].head.i in chain
                      and doc[f.head].head.i != name.i and f.cue is not None), None)
        if entry is None:
            return None
        self._elliptical_place, self._elliptical_entry = _compound_text(name), True
        return entry

    def _list_entry(self, doc: Doc, start: int, end: int) -> Token | None:
        """The name in a "NAME NUMBER" entry of a list ("Odisha has recorded 22 deaths, Andhra Pradesh 19,
        Telangana 14 and Chhattisgarh nine", "By province: Lorestan 196, Kermanshah 71"), not a model
        number ("a Boeing 737")."""
        name = doc[start - 1] if start > 0 else None
        gapped = name is not None and name.lower_ == "for" and start > 1 and any(
            t.lemma_.lower() == "account" and t.i < start - 2 for t in name.sent)
        if gapped:
            name = doc[start - 2]  # "Cabo Delgado accounts for 71 of the deaths, Nampula for 19 and Niassa for four"
        bracketed = name is not None and name.text == "(" and start > 1 and end < len(doc) and doc[end].text == ")"
        if bracketed:
            name, end = doc[start - 2], end + 1  # "Kenya (32), Canada (18) and Ethiopia (9)"
        if name is None or name.pos_ != "PROPN" or name.lower_ in self.g.demonyms:
            return None
        first = _name_span(doc, name)[0]
        if doc[start].head.i not in range(first.i, name.i + 1) and not gapped and not bracketed:
            return None
        sent = name.sent
        k = first.i - 1
        while k > sent.start and not doc[k].text.strip("*_"):
            k -= 1  # "**By province:** Khyber Pakhtunkhwa 84": past the markdown bold marks
        opened = first.i == sent.start or doc[k].text.strip("*_") in {",", ":", ";", "and", "—", "–", "-"} or (
            bracketed and doc[k].lower_ in {"including", "from", "of", "in", "among"})  # "… from Kenya (32), …"
        closed = end >= sent.end or doc[end].text in {",", ".", ";", "and", ")", "—", "–"} or doc[end].is_space
        return name if opened and closed else None

    def _kind_part(self, doc: Doc, x: Token, num_range: range, figures: list[FigureMatch]) -> tuple[FigureMatch | None, str]:
        """A bare count whose predicate is a kind or an age of people ("Three were children", "two were
        over 65", "six were minors"), right after a toll: (that toll, "part: <kind>")."""
        if x.i not in num_range or x.dep_ != "nsubj" or x.head.lemma_.lower() != "be" or self._of_pobj(x) is not None:
            return None, ""
        kind = ""
        for c in x.head.children:
            if c.dep_ == "attr" and c.lemma_.lower() in SUB_KINDS | AGE_KINDS:
                kind = c.lemma_.lower()
            elif c.dep_ in {"prep", "advmod"} and c.lower_ in {"over", "under", "aged"} and any(p.like_num for p in c.children):
                kind = f"{c.lower_} {next(p.text for p in c.children if p.like_num)}"
            elif c.dep_ in {"attr", "acomp"} and c.like_num and any(q.lower_ in {"over", "under"} for q in c.children):
                kind = f"{next(q.lower_ for q in c.children if q.lower_ in {'over', 'under'})} {c.text}"  # "two were over 65"
            elif c.dep_ == "prep" and c.lower_ == "in" and any(DECADE_OF_LIFE.fullmatch(p.lower_) for p in c.children):
                decade = next(p.lower_ for p in c.children if DECADE_OF_LIFE.fullmatch(p.lower_))
                kind = f"in their {decade}"  # "104 were in their 20s"
        if not kind and self._demonym_predicate(x):
            kind = "nationals"  # "Twenty-two were Paraguayan": the nationality is the part (its groups)
        if not kind:
            return None, ""
        return self._toll_before(doc, x, figures), f"part: {kind}"

    def _toll_before(self, doc: Doc, x: Token, figures: list[FigureMatch]) -> FigureMatch | None:
        """The toll (dead or hurt, not itself a part) that a bare count at ``x`` continues: earlier in
        its sentence, or in the sentence just before when the count opens its own."""
        sent = x.sent
        prev = [f for f in figures if doc[f.num_start].sent == sent and f.num_start < x.i]
        # (a sentence that is all breakdown: "104 were in their 20s and 12 were teenagers", "Most were young: …")
        breakdown = x.i - sent.start < 3 or any(t.text == ":" for t in doc[sent.start:x.i]) or (
            sent[0].like_num and sent[0].dep_ == "nsubj" and sent[0].head.lemma_.lower() == "be")
        # (the dead named so far are a whole their ages divide: "Of the 82 identified victims, … Nearly 20 were over 80")
        prev = [f for f in prev if f.measure in {"killed", "injured"} and _divisible(f)]
        if not prev and breakdown:
            prev = [f for f in figures if (doc[f.num_start].sent.end == sent.start or (
                doc[f.num_start].sent.end < sent.start and doc[f.num_start].sent.end >= sent.start - 40))
                and f.measure in {"killed", "injured"} and _divisible(f)]
            prev = [f for f in prev if f.measure == "killed"] or prev  # ("… 151 injured. Most were young: …": the dead)
        if not prev and x.i - sent.start < 3:
            # under a heading, after parts of the toll ("## How many died? Thirty-one people … Six of the
            # dead were under 18 … ## Who were the victims? Twenty-two were Paraguayan"): the toll above
            prev = [f for f in figures if sent.start - 150 <= f.num_start < sent.start and f.measure == "killed"
                    and not f.scope and not f.groups]
        return prev[-1] if prev else None

    def _listed_part(self, doc: Doc, x: Token, num_range: range, figures: list[FigureMatch]) -> FigureMatch | None:
        """A count of people with no measure of its own in a list opened by a colon or a dash right
        after a figure of its sentence ("27 people were killed - four policemen and 23 civilians",
        "Twelve foreigners were among the dead: nine Afghans, two Iraqi pilgrims and a Pakistani
        driver"): a part of that figure."""
        if x.i in num_range:
            # "54 injured: 29 by gunfire, 25 in the crush at the exits": bare counts after the colon
            opener = next((t.i for t in reversed(doc[x.sent.start:num_range.start]) if t.text in {":", "—", "–"}), None)
            prev = [f for f in figures if doc[f.num_start].sent == x.sent and opener is not None
                    and 0 <= opener - max(f.num_end, (f.cue or 0) + 1) <= 1]
            between = doc[opener + 1:num_range.start] if opener is not None else []
            if prev and all(t.is_punct or t.lower_ in {"and", "while"} or t.like_num or t.dep_ in {"prep", "pobj", "det", "amod", "compound"}
                            for t in between):
                return prev[-1]
            return None
        if x.pos_ not in {"NOUN", "PROPN"} or not (self._peopleish(x) or x.lower_ in self.g.demonyms or self._demonym_pair(x)):
            return None
        first = x
        while (first.dep_ == "conj" or (first.dep_ == "appos" and _has_number(first) and _has_number(first.head)
                                        and doc[_entry_start(first) - 1].text == ",")) \
                and first.head.i < first.i and first.head.pos_ in {"NOUN", "PROPN"}:
            first = first.head  # "…: three Italians, two Belgians and a Swede", the second parsed as an apposition
        # where the entry's own words start (not its subtree's: a list item parsed as the root holds the sentence)
        opener = _entry_start(first) - 1
        if opener < x.sent.start:
            return None
        prev = [f for f in figures if doc[f.num_start].sent == x.sent and f.num_end <= opener]
        same_verb = [f for f in prev if f.gov == first.head.i]
        if doc[opener].text == "," and first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"} and same_verb:
            return same_verb[-1]  # "42 of the 71 on board died, 39 passengers and three crew members"
        subj = next((c for c in first.head.children if c.dep_ == "nsubj"), None) if first.dep_ == "attr" else None
        if subj is not None and first.head.lemma_.lower() == "be" and subj.lemma_.lower() in {"other", "rest", "remainder"}:
            return self._toll_before(doc, subj, figures)  # "Twenty-two were Paraguayan. The others were five Brazilians, …"
        if doc[opener].text not in {":", "—", "–", "-"}:
            return None
        wholes = [f for f in prev if not f.scope.startswith("part")]
        if not wholes and (x.lower_ in self.g.demonyms or self._demonym_pair(x)):
            wholes = prev  # "Seven foreign nationals are among the dead: four Argentines, …": the foreigners' list
        return wholes[-1] if wholes else None

    def _restated_number(self, doc: Doc, x: Token, num_range: range, figures: list[FigureMatch]) -> FigureMatch | None:
        """"… said 31 fishermen were missing. But X said the real number was nearly 90": a number that
        restates the figure just before (same sentence, or the one before in its paragraph)."""
        cop = x.head
        if x.dep_ == "pobj" and x.head.lower_ == "to" and x.head.head.lower_ in {"closer", "close", "nearer"}:
            cop = x.head.head.head  # "the real number was closer to 90"
        elif x.dep_ == "pobj" and x.head.lower_ == "at" and x.head.head.lemma_.lower() in {"put", "stand", "place"}:
            cop = x.head.head  # "the mayor put the figure at 71", "the agency's figure stood at 64"
        elif x.dep_ not in {"attr", "acomp"}:
            return None
        if x.i not in num_range or cop.lemma_.lower() not in {"be", "put", "stand", "place"}:
            return None
        subj = next((c for c in cop.children if c.dep_ == ("dobj" if cop.lemma_.lower() in {"put", "place"} else "nsubj")), None)
        if subj is not None and subj.lower_ in {"which", "that"} and cop.dep_ == "relcl":
            subj = cop.head  # "the count of the city's emergency services, which still stood at 74"
            if subj.dep_ == "pobj" and subj.head.lower_ == "of" and subj.head.head.lemma_.lower() in COUNT_NOUNS:
                subj = subj.head.head  # (the clause parsed onto the services)
        owner = self._of_pobj(subj) if subj is not None else None
        if subj is None or subj.lemma_.lower() not in COUNT_NOUNS \
                or (owner is not None and (self._peopleish(owner) or self._noun_measure(owner)
                                           or owner.lower_ in self.g.measure_adjs or owner.pos_ not in {"PROPN", "NOUN"})):
            return None  # ("the number of the dead" is a measure of its own; "the count of the EMS" is its count)
        sent = x.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        if "\n\n" in doc.text[doc[start].idx:doc[sent.start].idx]:
            start = sent.start
        prev = [f for f in figures if start <= f.num_start < x.i and f.measure and f.measure != "mourning_days"]
        wholes = [f for f in prev if not f.scope.startswith("part")]  # "32 died, including three who jumped. The
        # ministry's figure is 29": the 32's rival, not the three's; a toll before a count of the hurt
        # ("43 lives …, adding that 63 people had been injured. The Centre's count stands at 29")
        tolls = [f for f in wholes if f.measure == "killed"]
        return (tolls or wholes or prev)[-1] if prev else None

    def _elliptical(self, doc: Doc, x: Token, num_range: range, figures: list[FigureMatch]) -> FigureMatch | None:
        """"29 in Sindhupalchok", "six of them in Lagos": a part of the figure just before."""
        bracketed = x.i in num_range and num_range.start > 1 and doc[num_range.start - 1].text == "("
        entry = self._list_entry(doc, num_range.start, num_range.stop) if num_range.start - 4 <= x.i < num_range.start or (
            x.i in num_range and num_range.start > 1 and doc[num_range.start - 1].lower_ == "for") or bracketed else None
        place_name = ""
        w = num_range.start - 1  # "with", read from the words: the parser often mangles such lists
        with_list = False
        if entry is None and w > 0 and doc[w].lower_ == "with" and (x.i in num_range or (x.pos_ == "PROPN" and x.i > num_range.start)):
            sent = doc[w].sent
            told = any(doc[f.num_start].sent == sent and f.num_start < w and f.measure for f in figures)
            # ("North Carolina accounts for nearly half of the deaths, with 77, followed by South Carolina with 36"
            # after a toll in the sentence before)
            accounts = sent.root.lemma_.lower() == "account" and any(t.lemma_.lower() in self.g.measure_nouns for t in sent)
            if doc[w - 1].pos_ == "PROPN" and (told or accounts):
                # "worst hit with 51 deaths, followed by Punjab with 19, Gilgit-Baltistan with 14"
                entry, with_list = doc[w - 1], not told
            elif accounts and doc[w - 1].text == ",":
                entry, with_list = next((c for c in sent.root.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None), True
            if entry is not None:
                place_name = _name_span(doc, entry).text
        if entry is not None:  # "…, Andhra Pradesh 19, Telangana 14": that place's share of the figure before
            sent = x.sent
            prev = [f for f in figures if doc[f.num_start].sent == sent and f.num_start < x.i]
            if not prev and (x.i - sent.start < 10 or with_list or bracketed):
                # the sentence before, or the one before a short label ("- **By province:**")
                before = [f for f in figures if sent.start - 12 <= doc[f.num_start].sent.end <= sent.start]
                prev = [f for f in before if f.measure == "killed"][:1] or before
            if prev:
                self._elliptical_place = place_name or _name_span(doc, entry).text
                self._elliptical_entry = True
                return prev[-1]
            return None
        if x.lemma_.lower() in {"person", "people", "other"} and x.dep_ == "nsubj" and x.head.lemma_.lower() in {"come", "be", "hail"} \
                and any(c.lower_ == "each" for c in x.children) and any(c.dep_ == "prep" and c.lower_ == "from" for c in x.head.children):
            # "… each lost two, and one person each came from Belgium, Colombia and Denmark": more of the dead
            prev = [f for f in figures if doc[f.num_start].sent == x.sent and f.num_start < x.i] or [
                f for f in figures if doc[f.num_start].sent.end == x.sent.start]
            return prev[-1] if prev else None
        if x.i not in num_range and x.pos_ not in {"NUM"}:
            ofp = self._of_pobj(x)
            if not (x.lemma_.lower() in {"them", "those", "whom"} or (ofp is not None and ofp.lower_ in {"them", "those"})
                    or (x.dep_ == "pobj" and x.head.lower_ in {"among", "including"})):
                return None  # (a noun counts a part only with "among them" / "of them")
        ofp = self._of_pobj(x)
        if ofp is not None and ofp.pos_ == "NOUN" and not self._peopleish(ofp) and ofp.lemma_.lower() not in PEOPLE_WORDS \
                and ofp.lemma_.lower() not in self.g.measure_nouns and ofp.lower_ not in self.g.measure_adjs:
            return None  # "the roof of the mosque and one of its walls": one of things, no part of the wounded
        sent = x.sent
        prev = [f for f in figures if doc[f.num_start].sent == sent and f.num_start < x.i]
        if not prev:
            prev_sents = [f for f in figures if doc[f.num_start].sent.end == sent.start]
            # ("Its breakdown by region gives 129 in Ancash, …" after a sentence that ends on the missing)
            prev_sents = [f for f in prev_sents if f.measure == "killed"][:1] or prev_sents
            prev = prev_sents if x.i - sent.start < 6 else []
        if not prev:
            return None
        holders = list(x.children if x.i not in num_range else doc[num_range.start:num_range.stop][-1].children)
        if x.dep_ == "nsubj" and x.head.lemma_.lower() == "be":
            holders += list(x.head.children)  # "Of those, 78 were in Dolakha"
        after = x.right_edge.i + 1
        if after < sent.end and doc[after].dep_ == "prep" and doc[after].lower_ in {"in", "from", "at", "on"}:
            holders.append(doc[after])  # "…, 24 of them in Andhra Pradesh", the place parsed onto the verb
        has_place = any(
            c.dep_ == "prep" and c.lower_ in {"in", "from", "at", "on"} and any(
                (p.ent_type_ in {"GPE", "LOC", "FAC"} or p.pos_ == "PROPN" or p.lemma_.lower() in {"ground", "board", "district", "province", "region", "county", "state", "village", "city"})
                and p.ent_type_ not in {"DATE", "TIME"} and p.lower_.rstrip(".") not in MONTHS | WEEKDAYS for p in c.children)
            for c in holders)
        of_them = self._of_pobj(x)
        partitive = of_them is not None and of_them.lower_ in {"them", "those", "whom"}
        partitive = partitive or (x.dep_ == "pobj" and x.head.lower_ in {"among", "including"} and any(
            p.dep_ == "pobj" and p.lower_ in {"them", "those"} for p in x.head.children))  # "…, among them two coast guards"
        listed = x.dep_ in {"conj", "appos"} or (x.head.i < x.i and x.head.pos_ == "NUM")
        # "Two were flown to Accra for specialist care": some of those just counted, moved elsewhere
        moved = x.dep_ in {"nsubj", "nsubjpass"} and x.head.lemma_.lower() in TRANSFER_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in x.head.children)
        if moved and prev[-1].measure in {"injured", "killed"}:
            return prev[-1]
        if has_place or partitive or listed:
            self._elliptical_place = next((
                _compound_text(p) if p.lemma_.lower() in ADMIN_UNITS else
                doc[p.i:p.i + 1].text if not p.ent_type_ else next(e.text for e in doc.ents if e.start <= p.i < e.end)
                for c in sorted(holders, key=lambda h: h.i) if c.dep_ == "prep" and c.lower_ in {"in", "from", "at", "on"}
                for p in c.children if p.dep_ == "pobj" and (p.ent_type_ in {"GPE", "LOC", "FAC"} or p.pos_ == "PROPN" or (
                    p.lemma_.lower() in ADMIN_UNITS and any(k.dep_ == "compound" and k.pos_ == "PROPN" for k in p.children)))
                and p.ent_type_ not in {"DATE", "TIME"} and p.lower_.rstrip(".") not in MONTHS | WEEKDAYS
                and not (c.lower_ == "from" and self._country(p))), "")  # "eight from Cambodia": who, not where
            # ("1,020 in Jumla district": the named unit, before an "in" the parser hung on it from the next entry)
            return prev[-1]
        return None

    def _scope(self, doc: Doc, x: Token, num_range: range, measure: str = "", cue: Token | None = None,
               gov: Token | None = None, place: str = "") -> str:
        """What part of the event's toll a count covers; "" for the whole.

        A place ("six in Ramechhap", "two on the ground"), a part of a larger count
        ("52 of the dead", "43 of the 68 on board"), an increment ("four more bodies"),
        bodies recovered (a running count, not a toll), and for the catch-all measure
        "other" the kind of count (survivors, on board, rescued).
        """
        after = doc[num_range.stop].lower_ if num_range.stop < len(doc) else ""
        after2 = doc[num_range.stop + 1].lower_ if num_range.stop + 1 < len(doc) else ""
        before = doc[num_range.start - 1].lower_ if num_range.start > 0 else ""
        before2 = doc[num_range.start - 2].lower_ if num_range.start > 1 else ""
        if (after == "more" and after2 != "than") or (before in {"another", "additional", "further"} and before2 != "with"):
            return "increment"  # "four more bodies", "another 12 deaths": added to a toll, not a toll
            # (not "11,300 dead, with another 10,100 missing": and besides them)
        if after == "other" and self.g.measure_nouns.get(x.lemma_.lower()) == measure:
            return "increment"  # "it is also investigating four other deaths": besides the toll, not a toll
        if cue is not None and cue.lower_ == "unidentified":
            return "part: unidentified"  # "88 remain unidentified": the dead not yet named, a part of the toll
        if measure == "killed" and (any(c.dep_ == "amod" and c.lower_ == "identified" for c in x.children)
                                    or (gov is not None and gov.lemma_.lower() == "identify")):
            return "part: identified"  # "82 identified victims", "the coroner has identified 82 of the 85": named so far
        if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.lemma_.lower() in FUNERAL_NOUNS:
            return "part: funeral"  # "the coffins of 38 victims": those buried that day, not the toll
        verb = x.head if x.dep_ in {"nsubj", "nsubjpass"} else None
        if verb is not None and any(c.dep_ == "prep" and c.lower_ == "beyond" and any(
                p.lemma_.lower() == "recognition" for p in c.children) for c in verb.children):
            return "part: unidentified"  # "Five bodies were burnt beyond recognition"
        clauses = [t for t in (gov, x) if t is not None] + [c for c in x.children if c.dep_ in {"acl", "relcl"}]
        if x.dep_ in {"nsubj", "nsubjpass"}:
            clauses.append(x.head)  # "31 deaths were recorded in the past 24 hours"
        if any(  # "119 deaths recorded in the past 24 hours": the latest addition, not the toll
                c.dep_ == "prep" and c.lower_ in {"in", "over", "during", "within"} and any(t.lower_ in {"past", "last", "previous"} for t in c.subtree)
                and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree) for holder in clauses for c in holder.children):
            return "increment"
        if x.lemma_.lower() == "body" and gov is not None and any(
                t.ent_type_ in {"DATE", "TIME"} for c in gov.children if c.dep_ in {"prep", "npadvmod", "advmod"}
                and c.lower_ not in {"by", "until", "till", "through"} for t in c.subtree):
            return "increment"  # "recovered 19 bodies on Friday": that day's recoveries ("by Monday": all of them so far)
        if before == "all" and x.i in num_range:
            return "part"  # "officials said all five were believed to have drowned": a group told of before
        for noun in (x, cue):
            if noun is not None and noun.lemma_.lower() in TOLL_NOUNS and any(
                    c.dep_ == "amod" and c.lower_ in LOCAL_TOLLS for c in noun.children):
                return "part: " + next(c.lower_ for c in noun.children if c.lower_ in LOCAL_TOLLS)  # "the provincial toll"
        owner = self._toll_owner_place(doc, x, cue) or self._clause_place(doc, x, gov)
        if owner:
            self._last_place = owner
            return f"in {owner}"  # "Kegalle's toll now stands at five": that district's count
        subset = self._subset(doc, x, num_range, measure, cue, gov, place)
        if subset:
            return subset  # "two of the wounded were flown to Nairobi", "the dead include four guards"
        if any(((c.lower_ in {"at", "on"} and p.lemma_.lower() in {"scene", "spot"}) or c.lower_ == "inside")
               and not _disjoined(c) for holder in clauses for c, p in _prep_objects(holder)):
            if measure == "other":
                return "inside"  # "About 700 people were inside the club": those present
            return "at the scene"  # "nine deaths at the scene", "13 died inside the building": not those who died later in hospital
        if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.lemma_.lower() == "family" and x.i in num_range:
            return "part: family"  # "a family of four who died on the seventh floor": some of the dead
        limited = self._limited_place(clauses) or self._one_hospital(x, measure) or _one_site(clauses)
        if limited:
            return limited  # "in Chiredzi district alone", "outside the province", one hospital's count
        if measure == "injured" and cue is not None and cue.lemma_.lower() in TRANSFER_VERBS | {"transfer", "move"}:
            return "part: transferred"  # "five patients have been transferred to Recife": some of the injured
        if measure == "injured" and _hospitalised(cue) and not any(
                c.dep_ == "amod" and c.lower_ in {"wounded", "injured", "hurt"} for c in x.children):
            return "in hospital"  # "29 were admitted to hospital", "four remain hospitalised": not all the injured
        pobj = self._of_pobj(x) if x.i in num_range else None
        if pobj is not None and (pobj.lemma_.lower() in self.g.measure_nouns or pobj.lower_ in PARTITIVE_WHOLES
                                 or any(c.like_num for c in pobj.children)):
            place = self._copula_place(x)
            if place:  # "52 of the dead were in Dolakha district": that place's count
                self._last_place = place
                return f"in {place}"
            what = self._predicate(x, cue)
            return f"part: {what}" if what else "part"  # "52 of the dead", "43 of the 68 on board"
        if cue is not None and cue.dep_ == "prep" and any(
                p.lemma_.lower() in {"care", "condition", "ventilator", "icu"} for p in cue.children):
            return "serious condition"  # "four in intensive care": a part of the injured
        if measure == "injured" and cue is not None and any(
                c.dep_ == "advmod" and c.lower_ in SEVERELY for c in cue.children) and after not in SEVERITY:
            return "serious condition"  # "14 critically wounded people", "nine were seriously injured"
        if measure == "injured" and after in SEVERITY:
            return SEVERITY[after]  # "…, 37 moderately and 16 slightly": the gapped grades of the injured
        # who the counted people are: the noun, what they are members of, and its compounds
        # ("nine members of a civilian defence militia", "nine militia members")
        whose = self._of_pobj(x) if x.i not in num_range and x.lemma_.lower() in {"member", "fighter", "man"} else None
        heads = {t.lemma_.lower() for t in (x, pobj, whose) if t is not None}
        heads |= {c.lemma_.lower() for t in (x, whose) if t is not None for c in t.children
                  if c.dep_ == "compound" and c.i < t.i}
        if pobj is not None and pobj.lower_ == "own" and x.head.lemma_.lower() == "lose":
            verbs = [x.head]
            while len(verbs) < 4 and verbs[-1].dep_ in {"advcl", "conj", "xcomp"} and verbs[-1].head.i != verbs[-1].i:
                verbs.append(verbs[-1].head)  # "… had killed 45 soldiers and seized weapons, while losing two of their own"
            heads |= {c.lemma_.lower() for v in verbs for c in v.children if c.dep_ == "nsubj"}
        if heads & {"terrorist", "militant", "insurgent", "jihadist", "rebel", "gunman", "attacker", "assailant", "fighter", "bomber"}:
            return "attackers"  # the attackers' losses are not the defenders' toll ("its fighters … losing two of their own")
        if heads & {"militia", "volunteer", "auxiliary", "vigilante"}:
            return "militia"
        if measure == "other" and cue is not None and cue.lemma_.lower() in TOLL_NOUNS and self._of_pobj(cue) is not None:
            counted = self._of_pobj(cue)  # "the number of people on board", "the number of survivors"
            nxt = [t.lower_ for t in cue.doc[counted.i + 1:counted.i + 3]]
            cue = cue.doc[counted.i + 2] if nxt == ["on", "board"] else counted
        # (who the copula says the one who survived is: "The only passenger to survive is a nine-year-old girl")
        told = [x, *(c for c in x.head.children if c.dep_ == "nsubj")] if x.dep_ == "attr" else [x]
        if measure == "other" and any(t.lemma_.lower() == "survivor" or (t.dep_ == "nsubj" and t.head.lemma_.lower() == "survive")
                                      or any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() == "survive" for c in t.children)
                                      for t in told):
            return "survivors"  # "On board the plane, only one person survived": who survived, not who was aboard
        if measure == "other" and cue is not None and _on_board(cue):
            return "on board"  # "42 of those on board", "Of the 67 on board, …"
        if measure == "other" and cue is not None:
            return {"survivor": "survivors", "survive": "survivors", "board": "on board", "carry": "on board",
                    "aboard": "on board", "manifest": "on board", "list": "on board",
                    "jump": "jumped", "leap": "jumped", "pluck": "rescued", "winch": "rescued", "hoist": "rescued",
                    **dict.fromkeys(ON_BOARD_NOUNS | CREW_NOUNS, "on board"), "member": "on board",
                    "rescue": "rescued", "alive": "rescued", "safe": "rescued", "save": "rescued", "from": "rescued",
                    "in": "inside", "inside": "inside", "at": "inside",  # ("were in the club", "registered at the hotel")
                    "on": "on board"}.get(cue.lemma_.lower(), cue.lemma_.lower())
        holders = [x] + [doc[i] for i in num_range if doc[i].i != x.i]
        if x.dep_ == "nsubj" and x.head.lemma_.lower() == "be":
            holders.append(x.head)  # "Of those, 78 were in Dolakha"
        for holder in holders:
            for c in holder.children:
                if c.dep_ != "prep" or c.lower_ not in {"in", "on", "at", "from", "aboard"}:
                    continue
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    if p.lower_ in {"ground", "board"} or p.ent_type_ in {"GPE", "LOC", "FAC"} or self._country(p):
                        self._last_place = _place_words(p) if c.lower_ == "in" else ""
                        return f"{c.lower_} {_place_words(p)}"
        return ""

    def _cause(self, x: Token, gov: Token | None) -> str:
        """The hazard a count's clause blames: "19 people died in the avalanche", "deaths caused by the
        aftershock", "attributes 117 deaths to the aftershock", "died when a landslide buried the village"."""
        holders = [t for t in (x, gov) if t is not None]
        first = x
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "attributes 117 deaths and 2,500 injuries to …": the injuries too
        if first.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            holders.append(first.head)
        for holder in holders:
            for c in holder.children:
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in {"in", "by", "from", "to"}):
                    objects = [p for p in c.children if p.dep_ == "pobj"]
                elif c.dep_ == "advcl" and any(w.lower_ == "when" for w in c.children):
                    # (the noun itself parsed as the clause: "died when a landslide swept over the hamlet")
                    objects = [c] * (c.pos_ == "NOUN") + [p for p in c.children if p.dep_ == "nsubj"]
                else:
                    continue
                for p in objects:
                    if p.lemma_.lower() in HAZARDS:
                        return p.lemma_.lower()
                    if self.g.events.get(p.lemma_.lower()) == "earthquake" and any(
                            a.lower_ in {"second", "third", "later", "new"} for a in p.children if a.dep_ == "amod"):
                        return "aftershock"  # "117 deaths … to that second quake alone"
        return ""

    def _subset(self, doc: Doc, x: Token, num_range: range, measure: str, cue: Token | None, gov: Token | None,
                place: str = "") -> str:
        """A subset of a toll the grammar marks, named so that two different subsets are not compared:
        "including four children", "the dead include four guards", "among the dead were four children",
        "two of them", "workers who were trapped", "died on the way to hospital", "treated and discharged".
        A place on the count ("six of them in Lagos", "cases linked to travellers … in Gaza") is the
        better name for its part: the place rules name it."""
        if measure == "other":
            return ""
        if measure == "injured" and gov is not None and gov.lemma_.lower() in {"suffer", "sustain", "receive"}:
            grade = next((INJURY_GRADES[a.lower_] for c in gov.children if c.dep_ == "dobj"
                          for a in c.children if a.dep_ == "amod" and a.lower_ in INJURY_GRADES), "")
            if grade:
                return grade  # "56 had suffered grievous injuries": a grade of the injured, not their toll
        if x.dep_ == "pobj" and x.head.lower_ in {"of", "among"} and x.head.i == x.sent.start:
            return ""  # "Of the 35 confirmed dead, seven were children": the whole the sentence then divides
        if x.i not in num_range and self._among_whole(x) is not None:
            return f"part: {_noun_words(x)}"  # "19 foreign nationals among the dead": some of the dead
        # "killed 31 people, 11 of them children": a kind of people in apposition to a larger count
        # (a kind of people: "17 dead, 40 wounded" is two tolls in a row, not a part)
        if x.dep_ == "appos" and x.i not in num_range and _has_number(x.head) and x.head.lemma_.lower() != x.lemma_.lower() \
                and x.lemma_.lower() in SUB_KINDS | WHOLE_TOLL_NOUNS:
            return f"part: {_noun_words(x)}"
        # "two injured workers died overnight": those who died of their injuries, not the toll
        if measure == "killed" and any(c.dep_ == "amod" and c.lemma_.lower() in WOUNDED for c in x.children):
            return "died of injuries"
        # "nine workers and two security guards": a kind of people listed beside another is a part
        # ("Three firefighters and five civilians have died": both conjuncts)
        kinds = WHOLE_TOLL_NOUNS | SUB_KINDS | {"civilian"}
        if x.lemma_.lower() in kinds and x.i not in num_range and (any(
                c.dep_ == "conj" and _has_number(c) and c.lemma_.lower() != x.lemma_.lower() for c in x.children)
                or (x.dep_ == "conj" and _has_number(x.head) and x.head.lemma_.lower() in kinds
                    and x.head.lemma_.lower() != x.lemma_.lower())):
            return f"part: {_noun_words(x)}"
        # "Two were flown to Accra", "nine had been airlifted to Tehran": a bare number moved
        # elsewhere for care is some of the people counted before, not a rival count
        verb = x.head if x.dep_ in {"nsubj", "nsubjpass"} else None
        if verb is not None and x.i in num_range and verb.lemma_.lower() in TRANSFER_VERBS and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            return f"part: {_clause_words(verb)}"
        if verb is not None and verb.lemma_.lower() == "discharge":
            return "part: discharged"  # "Seven have been discharged": some of the injured, gone home
        # "including three children", "four children among the dead"
        if x.dep_ == "pobj" and x.head.lower_ in {"including", "among"} and x.head.head.i not in num_range:
            return f"part: {_noun_words(x)}"
        # "the dead include four guards", "the victims included two nurses"
        if x.dep_ in {"dobj", "attr"} and x.head.lemma_.lower() == "include" and any(
                c.dep_ == "nsubj" and (c.lower_ in PARTITIVE_WHOLES or c.lemma_.lower() in self.g.measure_nouns
                                       or c.lemma_.lower() in {"toll", "number", "figure"}) for c in x.head.children):
            return f"part: {_noun_words(x)}"
        # a relative clause that restricts the counted people: "four workers who were trapped",
        # "two workers who died in hospital" (not ", who were asleep,": that describes all of them)
        # (the object of the toll's own verb is the whole toll: "the flood killed 31 people who were living by the river")
        whole = x.dep_ == "dobj" and gov is not None and x.head.i == gov.i
        for rc in x.children if not place and not whole else ():
            if rc.dep_ not in {"relcl", "acl"} or (rc.left_edge.i > 0 and doc[rc.left_edge.i - 1].text in {",", "—", "–", "("}):
                continue
            if cue is not None and (rc.i == cue.i or (cue.head.i == rc.i and rc.dep_ == "acl" and rc.i == x.i + 1
                                                      and cue.dep_ in {"oprd", "acomp", "xcomp"})):
                # ("942 confirmed dead as of Monday": the measure said by the clause's predicate)
                where = _subset_place(rc)
                if where:
                    return where  # "people who died in hospital"
                continue  # "people who were killed in the fire": the toll itself
            return _subset_place(rc) or f"part: {_clause_words(rc)}"
        # "among the dead were four children", "two workers … were among the 12"
        verb = x.head if x.dep_ in {"nsubj", "nsubjpass", "attr"} else None
        for v in ([verb, *(c for c in verb.children if c.dep_ == "xcomp")] if verb is not None else []):
            if v.lemma_.lower() == "be" and any(c.dep_ == "prep" and c.lower_ == "among" for c in v.children):
                return f"part: {_noun_words(x)}"  # (also "are believed to be among the dead")
        # "Of the deaths, 12 have been confirmed as cholera", "Of the dead, 11 were children"
        whole = self._fronted_whole(x) if x.dep_ in {"nsubj", "nsubjpass"} and cue is not None else None
        if whole is not None and whole.i == cue.i and not place:  # ("Of the dead, 78 were in Dolakha": the place names it)
            where = self._copula_place(x)
            if where:
                self._last_place = where
                return f"in {where}"
            what = self._predicate(x, None if x.head.lemma_.lower() == "be" else cue)
            return f"part: {what}" if what else "part"
        # "most of the cases (874)": the bracketed count of a part
        if x.dep_ == "appos" and cue is not None and cue.dep_ == "pobj" and cue.head.lower_ == "of" \
                and x.head.i in {cue.i, cue.head.head.i} and cue.head.head.i != cue.head.i and cue.head.head.i < cue.i:
            return f"part: {cue.head.head.lower_}"
        # "two of them died when …", "nine of whom were children"
        num = doc[num_range.stop - 1] if x.i in num_range else None
        of = self._of_pobj(num if num is not None else x)
        if of is not None and of.lower_ in {"them", "those", "whom"} and measure == "killed" and not place:
            what = self._predicate(x, cue)
            return f"part: {what}" if what else "part"
        # the count's own predicate: "two people died on the way to hospital", "seven were treated and discharged"
        for v in {t for t in (gov, x.head if x.dep_ in {"nsubj", "nsubjpass"} else None) if t is not None}:
            where = _subset_place(v)
            if where:
                return where
            if any(c.dep_ == "conj" and c.lemma_.lower() in DISCHARGED for c in v.children) or v.lemma_.lower() in DISCHARGED:
                return "discharged"
        return ""

    def _predicate(self, x: Token, cue: Token | None) -> str:
        """What a partitive says of its part: "six of the dead were women" -> "woman",
        "two of the wounded were flown to Nairobi" -> "fly to nairobi"; "" when it only restates
        the measure ("52 of the dead were in …", "nine of them died")."""
        verb = x.head if x.dep_ in {"nsubj", "nsubjpass"} else None
        if verb is None or (cue is not None and verb.i == cue.i):
            if verb is not None:
                return _subset_place(verb).removeprefix("part: ")
            return ""
        if verb.lemma_.lower() == "be":
            for c in verb.children:
                if c.dep_ in {"attr", "acomp"}:
                    return _noun_words(c)
            return ""
        return _clause_words(verb)

    def _copula_place(self, x: Token) -> str:
        """The place a partitive is said to be in: "52 of the dead were in Dolakha district"."""
        subj = x.head if x.dep_ == "pobj" and x.head.dep_ == "prep" and x.head.lower_ in {"over", "about", "around", "nearly", "almost"} else x
        verb = subj.head  # ("Over 40 of the deaths were in …": the qualifier parsed as a preposition)
        said_where = (subj.dep_ in {"nsubj", "prep"} and verb.lemma_.lower() in {"be", "die", "occur", "perish", "drown"}) \
            or (subj.dep_ == "dobj" and verb.lemma_.lower() in {"put", "place", "record", "count", "register"})
        if not said_where:  # ("13 of the victims died in Piedmont", "puts 56 of the fatalities in Dumaguete")
            return ""
        holders = [verb]
        if subj.dep_ == "dobj" and self._of_pobj(subj) is not None:
            holders.append(self._of_pobj(subj))  # "in Dumaguete" parsed onto "the fatalities"
        for c in (c for h in holders for c in h.children):
            if c.dep_ == "prep" and c.lower_ == "in":
                for p in c.children:
                    if p.dep_ == "pobj" and (p.ent_type_ in {"GPE", "LOC", "FAC"} or p.pos_ == "PROPN" or self._country(p)
                                             or any(t.pos_ == "PROPN" and t.dep_ == "compound" for t in p.children)):
                        return _place_words(p)
        return ""

    def _limited_place(self, clauses: list[Token]) -> str:
        """A place the count is explicitly limited to: "in the capital alone", "outside the province"."""
        for holder in clauses:
            for c, p in _prep_objects(holder):
                region = p.ent_type_ in {"GPE", "LOC"} or p.pos_ == "PROPN" or p.lemma_.lower() in PLACE_UNITS | {"capital", "area", "zone"}
                if (c.lower_ in {"outside", "beyond"} and region) or (
                        c.lower_ in {"in", "at", "on", "from"} and any(t.lower_ == "alone" for t in (*p.children, *c.children))):
                    return f"{c.lower_} {_place_words(p)}"
        return ""

    def _toll_owner_place(self, doc: Doc, x: Token, cue: Token | None) -> str:
        """The place a toll is said to belong to ("Kegalle's toll", "Ratnapura's death toll"), when the
        article shows the name to be a place (an entity tagged as one, a country, "Kegalle district",
        or "in Kegalle" elsewhere in the text)."""
        appositive = x.head if x.dep_ == "appos" else None  # "Odisha's count, 27, matches the Centre's"
        for noun in (x, cue, appositive):
            if noun is None or noun.lemma_.lower() not in TOLL_NOUNS:
                continue
            for c in noun.children:
                if c.dep_ != "poss" or c.pos_ != "PROPN" or c.ent_type_ == "PERSON":
                    continue
                name = _compound_text(c)
                if c.ent_type_ in {"GPE", "LOC"} or self._country(c) or c.lower_ in self._doc_places(doc) \
                        or re.search(rf"\b(?:in|across|near)\s+{re.escape(name)}\b", text_of(doc)):
                    return name
        return ""

    def _gazetteer_place(self, c: Token) -> bool:
        """A town or region the package's gazetteer knows by this name ("Ouarzazate", which the
        model may tag as an organisation, or "Taroudant" at a sentence start, as an adjective). Not a
        common noun that is also some town's name ("Police", a town in Poland)."""
        if c.pos_ in {"PRON", "VERB", "AUX", "DET"} or not c.text[:1].isupper():
            return False
        name = _compound_text(c).lower()
        if name in self.g.roles or name in self.g.measure_nouns or name in self.g.reporting:
            return False  # who, not where
        return name in self.g.places or name in self.g.cities

    def _named_place(self, doc: Doc, c: Token) -> bool:
        """The article shows ``c`` to be a place: an entity tagged as one, a country, a gazetteer
        place, "Kegalle district", or "in Kegalle" elsewhere in the text."""
        name = _compound_text(c)
        return c.ent_type_ in {"GPE", "LOC"} or bool(self._country(c)) or c.lower_ in self._doc_places(doc) \
            or name.lower() in self.g.places or c.lower_ in self.g.places or name.lower() in self.g.cities \
            or bool(re.search(rf"\b(?:in|across|near)\s+{re.escape(name)}\b", text_of(doc)))

    def _clause_place(self, doc: Doc, x: Token, gov: Token | None) -> str:
        """A region or town (not a country) whose count this is: "Odisha has recorded 22 deaths",
        "In Telangana, where 14 people have died, …"."""
        verb = gov if gov is not None and gov.pos_ in {"VERB", "AUX"} else x.head
        if x.dep_ == "dobj" and verb.lemma_.lower() in PLACE_COUNT_VERBS:
            listed = any(self._list_entry(doc, t.i, t.i + 1) is not None for t in x.sent if t.like_num and t.i > x.i)
            # ("Sindhupalchok alone has recorded 3,440 deaths, against 1,222 in Kathmandu district": other places' counts)
            listed = listed or any(t.like_num and t.i > x.i and any(
                d.dep_ == "prep" and d.lower_ == "in" and any(q.dep_ == "pobj" and (q.pos_ == "PROPN" or (
                    q.lemma_.lower() in ADMIN_UNITS and any(k.pos_ == "PROPN" for k in q.children))) for q in d.children)
                for d in t.children) for t in x.sent)
            for c in verb.children:
                if c.dep_ != "nsubj":
                    continue
                if unit := _local_officials(c):
                    return unit  # "Officials in Burnet County reported two deaths": that county's count
                if (unit := _named_unit_subject(c)) and verb.lemma_.lower() not in {"confirm", "report"}:
                    # "Meknes province has recorded 380 deaths" (but "Ishikawa prefecture has confirmed 202
                    # deaths": its government speaks)
                    return unit
                if c.pos_ != "PROPN":  # "Telangana's government reports 17 deaths"
                    c = next((p for p in c.children if p.dep_ == "poss" and p.pos_ == "PROPN"), c)
                if (c.pos_ == "PROPN" or (c.text[:1].isupper() and self._gazetteer_place(c))) and not self._country(c) \
                        and (listed or self._named_place(doc, c)):
                    return _compound_text(c)  # (a list of places follows: "…, Yen Bai 22, Cao Bang 12")
        if x.dep_ == "pobj" and x.head.lower_ == "for" and x.head.head.lemma_.lower() == "account":
            # "Al Haouz province accounts for 1,684 of the deaths": that place's share
            subj = next((c for c in x.head.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and (unit := _named_unit_subject(subj)):
                return unit
            if subj is not None and subj.pos_ == "PROPN" and not self._country(subj) and self._named_place(doc, subj):
                return _compound_text(subj)
        if x.dep_ in {"nsubj", "nsubjpass", "dobj"} and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            # ("Canoas, where the state civil defence counts 24 deaths")
            place = verb.head
            if place.pos_ == "PROPN" and not self._country(place) and self._named_place(doc, place):
                return _compound_text(place)
        return ""

    def _doc_places(self, doc: Doc) -> set[str]:
        """Names the article itself shows to be places: "Dolakha district", "Gaza province" make
        "in Dolakha" a place even where the model tags the name as a person."""
        if self._places_doc is not doc:
            self._places_doc = doc
            self._places = {t.lower_ for t in doc if t.pos_ == "PROPN" and t.dep_ == "compound"
                            and t.head.lemma_.lower() in ADMIN_UNITS and t.head.i == t.i + 1}
        return self._places

    def _country(self, tok: Token) -> str | None:
        """The ISO code when ``tok`` names a country (the model may tag "Malawi" a person)."""
        if tok.pos_ != "PROPN":
            return None
        return self.g.country_names.get(tok.lower_) or self.g.country_names.get(_compound_text(tok).lower())

    def _subject_country(self, x: Token) -> str | None:
        """A country that is the subject of the count's clause or of the clause reporting it
        ("Neighbouring Malawi reported 14 deaths", "Malawi has not updated its figure of 60 injured")."""
        verb = verb_above(x.head if x.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "pobj"} else x)
        for _ in range(4):
            for c in verb.children:
                if c.dep_ == "nsubj" and c.i != x.i:
                    if c.lemma_.lower() in NATIONAL_BODIES and not any(d.lower_ == "foreign" for d in c.children):
                        # "Myanmar's military government raised its toll to 41": that country's own count
                        owner = next((d for d in c.children if d.dep_ == "poss"), None)
                        return self._country(owner) if owner is not None else None
                    return self._country(c)
            if verb.dep_ in {"ccomp", "conj", "xcomp"} and verb.head.i != verb.i:
                verb = verb.head
            else:
                break
        return None

    @staticmethod
    def _toll_object_before(x: Token) -> Token | None:
        """The count a verb like "bring" takes before "to" and ``x``, with no other number between them: "brings
        the number of dead, attackers included, to 35", however the parser hung the "to"."""
        for t in reversed(x.sent[:x.i - x.sent.start]):
            if t.like_num:
                return None
            if t.lemma_.lower() in {"number", "toll", "tally", "count", "total"} and t.dep_ == "dobj" \
                    and t.head.lemma_.lower() in {"bring", "raise", "push", "take", "put", "lift", "revise"}:
                return t
        return None

    def _town_subject(self, x: Token) -> str:
        """A town that is the subject of the count's clause, said to be one: "Guiuan, the town where the
        typhoon came ashore, has reported 87 dead" (its own dead, where it is)."""
        verb = verb_above(x.head if x.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "pobj"} else x)
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i != x.i), None)
        if subject is None or not any(c.dep_ == "appos" and c.lemma_.lower() in TOWN_NOUNS for c in subject.children):
            return ""
        return _compound_text(subject)

    def _capital_subject(self, x: Token) -> str | None:
        """The country a capital stands for as the subject of the count's clause ("Tehran began …")."""
        verb = verb_above(x.head if x.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "pobj"} else x)
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        return self.g.capitals.get(subject.lower_) if subject is not None else None

    def _one_hospital(self, x: Token, measure: str = "") -> str:
        """A count given by or at one named hospital ("a doctor at St Mary's Hospital says 17 wounded
        are being treated", "the Central Hospital said"): that hospital's share, not the toll.
        Looks at the count's clause and the clauses reporting it, not at subordinate ones
        ("the toll rose to 45 after a girl died in the city's children's hospital")."""
        verb = verb_above(x.head if x.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} else x)  # the count's clause
        died = verb.lemma_.lower() in {"die", "succumb", "perish", "kill"}  # (not "received 21 bodies": intake)
        for _ in range(6):
            mark = next((m for m in verb.children if m.dep_ == "mark" and m.lower_ in {"after", "before", "since", "when", "until"}
                         and m.i > x.i), None)  # "- **18**, … after a guest died … at the Teaching Hospital"
            for c in verb.children:
                if c.dep_ not in {"nsubj", "nsubjpass", "prep", "agent"} or (c.dep_ == "prep" and c.lower_ in {"to", "into"}):
                    continue  # (flown "to the military hospital": where all of them went, not a share)
                if died and measure == "killed" and (c.dep_ in {"nsubj", "agent"} or (c.dep_ == "prep" and c.i < x.i)) \
                        and verb.lemma_.lower() in self.g.reporting:
                    continue  # a hospital's director who says how many died gives a toll, a rival of the others'
                    # (the wounded a hospital treats are its share of the injured)
                for t in c.subtree:
                    if mark is not None and t.i > mark.i:
                        continue
                    if _specific_hospital(t) and not any(
                            a.dep_ in {"relcl", "acl", "advcl", "ccomp", "conj"} for a in _path_up(t, c)):
                        a = t.left_edge.i + (t.left_edge.dep_ == "det")
                        return "at " + t.doc[a:t.i + 1].text
            if verb.dep_ in {"ccomp", "conj", "xcomp"} and verb.head.i != verb.i:
                verb = verb.head  # up to the reporting clause
            else:
                break
        return ""

    def _place_pp(self, doc: Doc, x: Token, gov: Token | None, cue: Token | None = None) -> str:
        """A place named by "in/across X" on the count or its verb ("no deaths in Gaza province"),
        or the place a "with N deaths" belongs to ("Sindh was the worst hit, with 347 deaths")."""
        h = x.head
        if x.dep_ == "pobj" and h.lower_ == "with":
            for clause in (h.head, h.head.head):
                for c in clause.children:
                    if c.dep_ in {"nsubj", "nsubjpass"}:
                        lo, hi = c.left_edge.i, c.right_edge.i
                        ent = next((e for e in doc.ents if lo <= e.start <= hi and e.label_ in {"GPE", "LOC", "FAC"}), None)
                        if ent is not None:
                            return doc[lo:hi + 1].text if hi - lo < 5 else ent.text
                        hit = any(t.lower_ in {"hit", "affected", "worst", "hardest", "badly"} for t in clause.subtree)
                        if hit and c.pos_ == "PROPN" and hi - lo < 5:
                            return doc[lo:hi + 1].text  # "Kerala was the worst hit" (the model may not tag it)
        adjective = cue if cue is not None and (cue.dep_ in {"acomp", "oprd"} or (
            cue.dep_ == "amod" and cue.head.i == x.i and cue.i > x.i)) else None  # "unaccounted for in Dolakha", "101 dead in Jajarkot"
        toll_verb = x.head.head if x.dep_ == "pobj" and x.head.lower_ == "to" and x.head.head.lemma_.lower() in TOLL_VERBS \
            else None  # "the toll has climbed to 19 in Armenia"
        # the toll noun the count is the value of, and the people it counts: "The official toll in Mozambique stood
        # at 84", "brings the number of confirmed deaths across the three countries to 238", "the number of people
        # killed by Cyclone Idai in Mozambique has risen to 417"
        toll_noun = _toll_noun_of(x)
        counted = self._of_pobj(toll_noun) if toll_noun is not None else None
        counted_verb = next((c for c in counted.children if c.dep_ == "acl"), None) if counted is not None else None
        for holder in (x, gov, x.head if not _across_colon(x) else None, adjective, toll_verb, toll_noun, counted, counted_verb):
            if holder is None:
                continue
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ in {"in", "across", "throughout"}:
                    if any(p.dep_ == "pobj" and any(d.dep_ == "conj" for d in p.children) for p in c.children):
                        continue  # "across Odisha, Andhra Pradesh and Telangana": all of them, not one place
                    if holder.i != x.i and c.i > x.i and _part_count_between(doc, x, c):
                        continue  # "said 259 people had died, 197 of them in Chimanimani": the 197's place
                    for p in c.children:
                        if p.dep_ == "pobj" and (p.ent_type_ in {"GPE", "LOC"} or p.lower_ == "there" or self._country(p)
                                                 or (p.pos_ == "PROPN" and (p.lower_ in self._doc_places(doc) or (
                                                     self._gazetteer_place(p) and not _count_between(doc, x, c))
                                                     or (holder is x and _listed_with_places(x))))
                                                 or _fronted_place(c, p)):
                            ent = next((e for e in doc.ents if e.start <= p.i < e.end), None)
                            return ent.text if ent is not None else p.text
                        if p.dep_ == "pobj" and p.lemma_.lower() in PLACE_UNITS:
                            name = next((q for d in p.children if d.dep_ == "prep" and d.lower_ == "of"
                                         for q in d.children if q.dep_ == "pobj" and q.pos_ == "PROPN"), None)
                            if name is not None:  # "in the village of Cheshmeh-Kabud"
                                return f"{p.lemma_.lower()} of {_compound_text(name)}"
                            named = _unit_named_before(p)
                            if named:  # "… in Rakhine state. … more than 200 had died in the state"
                                return named
                            own = [d for d in p.children if d.dep_ == "compound" and d.pos_ == "PROPN" and d.i < p.i]
                            if own:  # "seven deaths in Zaragoza province"
                                return f"{_compound_text(own[-1])} {p.text}"
                        if p.dep_ == "pobj" and any(c.dep_ == "poss" and self._country(c) for c in p.children):
                            # "in Malawi's Chitipa district": a place the text puts in a country
                            return " ".join(t.text for t in p.subtree if t.i <= p.i and t.dep_ == "compound" or t.i == p.i)
                        if p.dep_ == "pobj" and p.lemma_.lower() == "country" and any(c.lower_ in {"two", "both", "three", "all"} for c in p.children):
                            return "all countries"  # "the toll in the two countries"
                        if p.dep_ == "pobj" and p.lower_ == "country" and [d.lower_ for d in p.children] == ["the"]:
                            return "the country"  # "had killed 56 people in the country": the event's own
                if c.dep_ == "prep" and c.lower_ == "on":
                    side = self._side_of_border(c)
                    if side:
                        return side
                    for p in c.children:  # "two on the island district of Bhola", "nine on Siquijor"
                        if p.dep_ == "pobj" and p.lemma_.lower() in PLACE_UNITS:
                            name = next((q for d in p.children if d.dep_ == "prep" and d.lower_ == "of"
                                         for q in d.children if q.dep_ == "pobj" and q.pos_ == "PROPN"), None)
                            if name is not None:
                                return f"{p.lemma_.lower()} of {_compound_text(name)}"
                        if p.dep_ == "pobj" and p.ent_type_ in {"GPE", "LOC"} and p.pos_ == "PROPN":
                            ent = next((e for e in doc.ents if e.start <= p.i < e.end), None)
                            return ent.text if ent is not None else p.text
                if c.lower_ == "there" and c.dep_ == "advmod":
                    return "there"
        return self._where_clause_place(x, gov)

    @staticmethod
    def _where_clause_place(x: Token, gov: Token | None) -> str:
        """The place a "where" clause of the count hangs on: "the Dehiwala guesthouse, where two people
        died", "In nearby Norcia, which was shaken but where no one was killed"."""
        clause = gov if gov is not None and gov.pos_ in {"VERB", "AUX"} else x.head
        where = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
        if where is None:
            return ""
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        place = clause.head if clause.dep_ == "relcl" else None
        if place is None and where.i > 1 and where.nbor(-1).text == ",":
            place = where.nbor(-2)  # (the clause parsed as the main verb's adverbial)
        if place is None or place.pos_ != "PROPN":
            return ""
        ent = next((e for e in place.doc.ents if e.start <= place.i < e.end and e.label_ in {"GPE", "LOC", "FAC"}), None)
        return ent.text if ent is not None else _compound_text(place)

    def _side_of_border(self, prep: Token) -> str:
        """"on the Georgian side (of the border)" -> "Georgia"; "on its side" -> "its side", named after
        the claimant once it is known; "on both sides" -> "all countries"."""
        side = next((p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() == "side"), None)
        if side is None:
            return ""
        for c in side.children:
            if c.lower_ in {"both", "either"} or (c.dep_ == "nummod" and c.lower_ == "two"):
                return "all countries"
            iso = (self._country(c) or self.g.demonyms.get(c.lower_)) if c.dep_ in {"amod", "compound", "poss"} else None
            if iso and iso in self.g.countries:
                return self.g.countries[iso].name
            if c.dep_ == "poss" and c.lower_ in {"its", "their"}:
                return "its side"
        return ""

    def _background(self, doc: Doc, tok: Token) -> bool:
        """A toll of an earlier event: the sentence names a year before the article's, or goes on in
        the past tense, unattributed and undated, with the story of one that does ("… memories of
        January 1982, when Air Florida Flight 90 struck the bridge. Seventy-eight people died.").
        (A bare number the tagger calls a date is no date: "The final death toll was 85.")"""
        sent = tok.sent
        if sent.start > 0 and "\n" not in doc[sent.start - 1].text_with_ws and self._dated_before(doc, doc[sent.start - 1].sent.root) \
                and sent.root.tag_ == "VBD" and not any(t.ent_type_ == "DATE" and not t.like_num for t in sent) \
                and not any(t.lemma_.lower() in self.g.reporting for t in sent):
            return True
        if sent.start > 0 and _counted_on(sent) and self._background(doc, doc[sent.start - 1].sent.root):
            return True  # "In February 2019, a fire killed 71 people. A month later, 26 people died at FR Tower"
        return self._dated_before(doc, tok)

    def _dated_before(self, doc: Doc, tok: Token) -> bool:
        """The sentence of ``tok`` names a year before the article's, or a month before it, or "last year"."""
        ref = self._ref_year(doc)
        published = doc._.newskg_published
        sent = tok.sent
        opener = [t.lower_ for t in sent[:4]]
        if published is not None and len(opener) >= 3 and opener[0] in {"in", "last"} and opener[1] in MONTHS \
                and opener[2] in {",", "last"} and MONTH_NUMBERS.get(opener[1][:3]) != published.month:
            return True  # "In March, a bombing at a police training centre killed 12 recruits" (published in October)
        words = [t.lower_ for t in sent]
        if any(words[i] == "years" and words[i + 1] in {"after", "ago", "since"} for i in range(len(words) - 1)):
            return True  # "almost nine years after the Grenfell Tower fire, which killed 72 people"
        for t in sent:  # "the second crash of the model since October, when 189 people were killed": that one's toll
            if t.lower_ == "since":
                for p in t.children:
                    if p.dep_ == "pobj" and p.i < tok.i and tok.i in {d.i for d in p.subtree} and any(
                            c.dep_ == "relcl" and any(w.lower_ == "when" for w in c.children) for c in p.children):
                        return True
        clause = tok
        while clause.dep_ not in {"relcl", "acl"} and clause.head.i != clause.i and clause.i > sent.start:
            clause = clause.head
        named = [clause.head]  # the noun the clause is said of, and the nouns it hangs from
        while clause.dep_ in {"relcl", "acl"} and len(named) < 5 and named[-1].head.i != named[-1].i:
            named.append(named[-1].head)
        if clause.dep_ in {"relcl", "acl"} and any(
                c.dep_ == "poss" and c.lemma_.lower() in {"week", "month", "year"}
                and any(a.lower_ in {"last", "previous"} for a in c.children) for n in named for c in n.children):
            return True  # "last month's attacks on two mosques in Christchurch, which killed 50 people": another event
        own = {tok.i, tok.head.i}
        if any(words[i] in {"last", "previous"} and words[i + 1] in {"year", "decade"}
               and not any(a.dep_ in {"relcl", "acl", "appos"} and a.head.i not in own for a in sent[i + 1].ancestors)
               for i in range(len(words) - 1)):
            # "at least 1,800 workers died in workplace accidents across Turkey last year"; "surpassing the
            # 16 Sherpas killed in an avalanche in April last year": the count's own clause dates it
            return True
        for t in sent:
            if not is_year(t) or _compared_since(t, tok):
                continue
            year = int(t.text)
            if ref is not None and year < ref:
                return True
            if doc._.newskg_published is None and t.ent_type_ == "DATE":
                ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
                if ent is not None and not re.search(r"\b([1-9]|[12]\d|3[01])(st|nd|rd|th)?\b", ent.text.replace(t.text, "")):
                    return True  # "In 2022, …", "April 2015": a year or a month, not this event's day
            # "the 2015 earthquake", "since 2015": another event's toll even when the article's year is unknown
            if year != ref and (t.head.lemma_.lower() in self.g.events or t.head.lower_ in {"since", "in"} and ref is None):
                return True
        return False

    def _ref_year(self, doc: Doc) -> int | None:
        """The article's year: publication, else the latest year it names (once per document)."""
        if self._ref_doc is doc:
            return self._ref_value
        self._ref_doc, self._ref_value = doc, reference_year(doc)
        return self._ref_value


    def _not_a_count(self, doc: Doc, start: int, end: int, kind: str) -> bool:
        tok = doc[start]
        if tok.lower_ == "one" and end == start + 1 and tok.dep_ == "nummod" and tok.head.dep_ == "nsubj" \
                and tok.head.head.lemma_.lower() in self.g.reporting and tok.head.tag_ == "NN":
            return True  # "…, one survivor said": the speaker, not a count
        if tok.lower_ == "one" and end == start + 1 and start > 0 and doc[start - 1].lower_ in {"the", "this", "that"} \
                and tok.dep_ not in {"nummod"}:
            return True  # "the figure is the one most widely used": a pronoun
        if tok.lower_ in {"one", "ones"} and start > 0 and doc[start - 1].lower_ in {"loved", "little", "young"}:
            return True  # "if you have a loved one missing": someone dear, not a count
        counted = tok.head if tok.dep_ == "nummod" else tok
        if end == start + 1 and tok.lower_ in {"one", "a", "an"} and counted.dep_ == "pobj" and counted.head.lower_ == "of" \
                and counted.head.head.lemma_.lower() in KIN_OF:
            return True  # "a relative of one victim told a broadcaster": who speaks, not a count
        if tok.ent_type_ in SKIP_ENTS and not (tok.ent_type_ in {"TIME", "QUANTITY"} and not self._unit_named(doc, start)) \
                and not _hours_of_mourning(doc, end):
            return True
        if kind == "range":
            text = doc[start:end].text
            return any(len(t) == 4 and 1800 <= int(t) <= 2100 for t in re.findall(r"\d+", text)) \
                or (start > 0 and doc[start - 1].lower_ in NOT_COUNT_BEFORE) \
                or (end < len(doc) and doc[end].lower_ in {"%", "percent", "per", "year", "years"})
        if start > 0 and doc[start - 1].text == "Rescue" and doc[start].text.isdigit():
            return True  # "Rescue 1122 teams": Pakistan's emergency service, named by its telephone number
        if any(doc[i].lower_ in {"aged", "ages"} for i in range(max(start - 2, 0), start)):
            return True  # "seven children, aged between four and 13": ages
        if start > 0 and doc[start - 1].lower_ == "in" and end < len(doc) and doc[end].lemma_.lower() in {"case", "instance"}:
            return True  # "and, in one case, barely conscious": a manner of speaking, not one case of illness
        if end + 1 < len(doc) and doc[end].lower_ in {"more", "fewer", "less"} and doc[end + 1].lower_ == "than" \
                and (end + 2 >= len(doc) or not doc[end + 2].like_num):
            return True  # "four children were among the dead, one more than the committee's figure": a difference
        if end + 1 < len(doc) and doc[end].lower_ in {"for", "in", "of"} and doc[end + 1].lower_ in {"every", "each"}:
            return True  # "roughly one for every destroyed house", "one in every five": a ratio
        if end + 1 < len(doc) and doc[end].lower_ == "in" and self._is_num_word(doc[end + 1]) and not (
                end + 2 < len(doc) and doc[end + 2].lemma_.lower() in PLACE_UNITS):
            return True  # "nearly two in five of the national total": a ratio (not "three in 12 districts")
        if start > 1 and doc[start - 1].lower_ == "in" and self._is_num_word(doc[start - 2]) \
                and end - start == 1 and doc[start].lower_ not in {"hundreds", "thousands", "dozens"} \
                and not (end < len(doc) and doc[end].lemma_.lower() in PLACE_UNITS):
            return True  # "two in five victims": the ratio's second number
        head = doc[end - 1].head
        if doc[end - 1].dep_ == "nummod" and head.i >= end and head.lemma_.lower() in PLACE_UNITS | ANIMALS:
            return True  # "across four states", "in 41 districts": places, not people; "10,000 animals were rescued"
        if doc[end - 1].dep_ in {"nummod", "amod"} and head.i >= end and ((
                head.lemma_.lower() in self.g.events and not self._peopleish(head)
                and not _suicide_bombers(head)) or any(  # (not "nine suicide bombers")
                c.dep_ == "compound" and c.lemma_.lower() in {"air", "plane", "road", "rail"} for c in head.children)
                and head.lemma_.lower() in {"accident", "disaster", "incident", "tragedy"}):
            return True  # "the victims of several air accidents", "three earthquakes": events, not people
        if doc[end - 1].dep_ == "nummod" and head.i >= end and head.lemma_.lower() == "case" and any(
                c.lower_ in {"criminal", "court", "legal", "civil", "corruption", "fraud"} for c in head.children):
            return True  # "more than 30 criminal cases": proceedings, not the sick
        if kind == "num":
            text = doc[start:end].text
            if len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100:
                return True
            neighbours = {doc[i].lower_.strip(".") for i in (start - 1, end) if 0 <= i < len(doc)}
            if neighbours & MONTHS:
                return True
            if start > 0 and doc[start - 1].lower_ in NOT_COUNT_BEFORE | LABEL_PLURALS:
                return True
            if start > 1 and doc[start - 2].lower_ == "flight" and re.fullmatch(r"[A-Z0-9]{2}", doc[start - 1].text) \
                    and re.search(r"[A-Z]", doc[start - 1].text):
                return True  # "flight 4U 9525": an airline's code and a flight number
            if end < len(doc) and doc[end].text in {"GMT", "UTC", "CET", "CEST", "BST", "EST", "EDT", "PST", "PDT"} \
                    and re.fullmatch(r"\d{4}", text):
                return True  # "(0901 GMT)": a time
            j = start - 1
            while j >= 0 and (doc[j].like_num or doc[j].lower_ in {"and", "or", ","}):
                j -= 1
            if j >= 0 and j < start - 2 and doc[j].lower_ in NOT_COUNT_BEFORE | LABEL_PLURALS:
                return True  # "classrooms 111 and 112", "women aged 45, 52, 67 and 75": labels or ages, as the first
            prev = doc[start - 1] if start > 0 else None
            if prev is not None and prev.lower_ == "by" and prev.head.lemma_.lower() in TOLL_VERBS:
                return True  # "the toll rose by 9 to 61": the change, not a count
            if prev is not None and text.isdigit() and prev.pos_ == "PROPN" and prev.text[:1].isupper() \
                    and tok.head.i == prev.i and tok.dep_ == "nummod" and prev.lower_ not in self.g.demonyms \
                    and not self._list_entry(doc, start, end):
                return True  # a model or a name: "Dash 8", "Boeing 737", "Antonov 24"
            if end < len(doc) and doc[end].lower_ in {"%", "percent", "per", "-year", "year", "years"}:
                return True
            if end < len(doc) and doc[end].text in {"MAX", "Max", "Dreamliner", "NG", "neo"} and text.isdigit():
                return True  # "the loss of a 737 MAX": an aircraft model
            if end < len(doc) and doc[end].lemma_.lower() in {"bag", "sack"}:
                return True  # "taken in two dozen body bags": not a count of people
            if end + 1 < len(doc) and doc[end].lower_ == "body" and doc[end + 1].lemma_.lower() in {"bag", "sack"}:
                return True
            if self._age_after_name(doc, start, end):
                return True
            if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in {"year", "storey", "story", "floor", "metre", "meter", "mile"}:
                return True
            # "one of the deadliest"
            if tok.lower_ == "one" and end < len(doc) and doc[end].lower_ == "of" and any(
                    t.tag_ in {"JJS", "RBS"} for t in doc[end:min(end + 4, len(doc))]):
                return True
            # list numbering at the start of a line: "1. Floods ..."
            if start == 0 or doc[start - 1].text.endswith("\n") or "\n" in doc[start - 1].whitespace_:
                if end < len(doc) and doc[end].text in {".", ")"}:
                    return True
        return False

    @staticmethod
    def _age_after_name(doc: Doc, start: int, end: int) -> bool:
        """An age set off after a person's name: "Youssef Amrani, 38, was among the dead", "Ms Diallo (41)"."""
        if end - start != 1 or not doc[start].text.isdigit() or not 0 < int(doc[start].text) < 120 or start < 2:
            return False
        opener, name = doc[start - 1], doc[start - 2]
        closer = doc[end].text if end < len(doc) else "."
        paired = (opener.text == "," and closer in {",", ".", ";", "—", "–"}) or (opener.text == "(" and closer == ")")
        if opener.text == "(" and _counts_in_brackets_beside(name):
            return False  # "Catarroja (25 deaths), Alfafar (9)": a list of places and their counts
        if opener.text == "(" and name.ent_type_ in {"GPE", "LOC", "NORP"}:
            return False  # "Kenya (32), Canada (18)": a place has no age
        person = name.lemma_.lower() in PERSON_NOUNS | {"man", "woman", "boy", "girl", "driver", "farmer", "worker"} or (
            name.tag_ == "NN" and name.lemma_.lower() not in TOLL_NOUNS | NOT_AGED_NOUNS)  # "His colleague, 25, is …"
        return paired and ((name.pos_ == "PROPN" and (name.ent_type_ == "PERSON" or name.text[:1].isupper()))
                           or (name.pos_ == "NOUN" and person))  # "whose husband, 38, is among the missing"

    @staticmethod
    def _unit_named(doc: Doc, i: int) -> bool:
        """The TIME or QUANTITY entity around token i names a time or a unit ("3 a.m.", "less than a
        minute", "06:05", "300mm"), not a bare count the model mistook for one ("between 10-15
        assailants" tagged TIME, "Missing: between 6-9" tagged QUANTITY)."""
        ent = next((e for e in doc.ents if e.start <= i < e.end), None)
        if ent is None:
            return True
        if ent.label_ == "QUANTITY":
            # (only the entity from the count on: "roughly 700 km/h. All 150", run across a sentence, names no
            # unit for the 150)
            text = doc[i:ent.end].text if any(t.text.endswith(".") for t in doc[ent.start:i]) else ent.text
            bare = re.sub(r"\b(?:between|and|to|or|from|about|around|some|nearly|almost|up|more|than|at|least|over)\b", "",
                          text, flags=re.IGNORECASE)
            return any(ch.isalpha() or ch in "%°" for ch in bare)
        return bool(_CLOCK.search(ent.text))

    def inherit_populations(self, doc: Doc, figures: list[FigureMatch]) -> None:
        """Implicit populations ("some were injured") take those of the figure before, same sentence;
        collective ones ("combined", "both countries") take the groups of the last figures."""
        for i, fig in enumerate(figures):
            sent = doc[fig.num_start].sent
            prev = [f for f in figures[:i] if doc[f.num_start].sent == sent]
            if not prev and fig.num_start - sent.start < 2 and fig.num_end < len(doc) and doc[fig.num_end].lower_ == "more":
                prev = [f for f in figures[:i] if doc[f.num_start].sent.end == sent.start][-1:]  # "… died. Five more were hurt"
            # "killed 31 people, 11 of them children, and injured about 250": not the part's people
            prev = [f for f in prev if not f.scope.startswith("part")] or prev
            if fig.collective and len(fig.groups) < 2:
                union = _last_two_groups(figures[:i])
                if union:
                    fig.groups = union
                    continue
            if prev and _inside_partitive(doc, fig, prev[-1]):
                continue  # "Eleven of the 17 dead were Egyptian": the 17 are not all Egyptian
            whole = _bracketed_whole(doc, fig, prev)
            if whole is not None and whole.groups and not fig.groups:
                fig.groups = whole.groups  # "14 Nepalis (11 passengers and the three crew members)"
                continue
            if prev and prev[-1].stated_as.lower() in {"a", "an", "one"} and fig.min > 1 and fig.cue is not None \
                    and doc[fig.cue].lemma_.lower() in TOLL_NOUNS:
                continue  # "A French tourist died, raising the number of fatalities to 13": everyone's toll
            if fig.cue is not None and doc[fig.cue].lemma_.lower() in TOLL_NOUNS and len({f.role for f in prev}) > 1 \
                    and all(f.measure == fig.measure and f.min < fig.min for f in prev):
                continue  # "61 civilians and six members of the security forces …, bringing the toll to 67": all of them
            if not fig.explicit_population and prev:
                p = prev[-1]
                fig.role, fig.groups, fig.pop_label = p.role, p.groups, p.pop_label
                if fig.measure == "mourning_days":
                    fig.role = "unspecified"
            elif prev and (doc[fig.head].lower_ == "others" or (fig.num_end < len(doc) and doc[fig.num_end].lower_ == "more"
                                                                and doc[fig.head].pos_ == "NUM")) \
                    and fig.role == "all" and not fig.groups:
                # "the army lost 11 men and nine others were wounded", "two Iraqi pilgrims were killed and
                # five others injured": more of the same people
                fig.role, fig.groups = prev[-1].role, prev[-1].groups
            elif not fig.groups and prev and not fig.possessive and not fig.collective:
                # "no deaths among their personnel, though several soldiers were injured"
                p = prev[-1]
                if p.groups and p.role == fig.role and fig.role in {"military", "security"} and p.measure != fig.measure:
                    fig.groups = p.groups


# measures whose count only grows as an event is counted: a lower count of the same people that the
# article itself dates or calls earlier is the count it has since replaced
RISING_MEASURES = {"killed", "injured", "arrested", "displaced", "evacuated", "affected"}
EARLIER_WORDS = {"earlier", "initial", "initially", "first", "previous", "previously", "original", "originally",
                 "preliminary"}


def mark_earlier_counts(doc: Doc, figures: list[FigureMatch]) -> None:
    """Scope "earlier" for a count the article gives as the one it has since replaced: "The toll stood
    at 95 on Wednesday morning" beside "the death toll has risen to 158", "authorities had put the toll
    at 51", "the initial count released on Sunday was 59". Such a count is the article's own history of
    the figure, not a claim that other reports of the current figure contradict (resolve gives it a
    variable of its own, as it does increments)."""
    for f in figures:
        if f.measure not in RISING_MEASURES or f.scope or f.max is None:
            continue
        later = [g for g in figures if g is not f and g.measure == f.measure and g.groups == f.groups and g.role == f.role
                 and g.min > f.max and (not g.scope or (g.scope == "part" and g.num_start > f.num_end and doc[
                     g.num_start].sent == doc[f.num_start].sent))]  # ("12 dead before noon and 30 by the evening")
        if not later:
            continue
        clause = _figure_clause(doc, f)
        words = {t.lower_ for t in clause}
        toll_said = any(t.lemma_.lower() in TOLL_NOUNS | {"toll"} for t in clause)
        past_perfect = toll_said and any(t.lower_ == "had" and t.dep_ == "aux" for t in clause)
        dated = any(t.ent_type_ in {"DATE", "TIME"} and not (f.num_start <= t.i < f.num_end) for t in clause)
        same_sentence = any(doc[g.num_start].sent == doc[f.num_start].sent and g.num_start > f.num_end for g in later)
        if f.place_pp or any(doc[g.num_start].sent == doc[f.num_start].sent and g.num_end <= f.num_start
                             and g.min > f.max and any(t.text in {":", "("} for t in doc[g.num_end:f.num_start])
                             for g in figures):
            continue  # "21 dead in Calca", "to 51 dead: 44 civilians and seven soldiers": a share
        same_source = any(g.claimant == f.claimant for g in later)
        counted_as_toll = toll_said or any(doc[i].lower_ in {"dead", "deaths", "injured", "wounded", "fatalities", "casualties"}
                                           for i in (f.head, f.gov, f.cue) if i is not None)
        if _timestamped_line(doc, f.num_start):
            continue  # a live page's entry: the count of its time, which the page keeps as it was
        if f.min > 1 and counted_as_toll and ((words & EARLIER_WORDS) or past_perfect or dated) \
                and (same_sentence or same_source):
            f.scope = "earlier"  # (a rival source's older count still stands as its claim: "OCHA had given 320")
    # "CCTV first reported 53 deaths and 62 injuries": a count told with an earlier one, by the same
    # verb, is as old as it, when a larger count of its measure comes later
    earlier_by_verb: dict[int, set[str]] = {}
    for e in figures:
        if e.scope == "earlier" and e.gov is not None:
            earlier_by_verb.setdefault(verb_above(doc[e.gov]).i, set()).add(e.measure)
    for f in figures:
        if f.scope or f.measure not in RISING_MEASURES or f.max is None or f.gov is None or not earlier_by_verb:
            continue
        verb = verb_above(doc[f.gov]).i
        if earlier_by_verb.get(verb, set()) - {f.measure} and any(
                g.measure == f.measure and g.groups == f.groups and not g.scope and g.min > f.max for g in figures):
            f.scope = "earlier"
            earlier_by_verb[verb].add(f.measure)


_TIMESTAMP = re.compile(r"[ \t>*_#-]*(?:\d{1,2}[:.]\d{2}|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)\b", re.I)


def _timestamped_line(doc: Doc, i: int) -> bool:
    """Token ``i`` is on a line that opens with a time ("**08:15** — …", "10.40am: …"): a live page's entry."""
    text = text_of(doc)
    begin = text.rfind("\n", 0, doc[i].idx) + 1
    return bool(_TIMESTAMP.match(text, begin))


def _figure_clause(doc: Doc, f: FigureMatch) -> list[Token]:
    """The tokens of the clause a figure is stated in: its verb's subtree, without the clauses
    embedded in it that have their own subject."""
    tok = verb_above(doc[f.gov] if f.gov is not None else doc[f.head])
    skip: set[int] = set()
    for t in tok.subtree:
        if t.i != tok.i and t.dep_ in {"ccomp", "advcl", "relcl", "conj", "parataxis"} and t.pos_ in {"VERB", "AUX"} \
                and not (f.num_start >= t.left_edge.i and f.num_start <= t.right_edge.i):
            skip.update(c.i for c in t.subtree)
    return [t for t in tok.subtree if t.i not in skip]


def _counts_in_brackets_beside(name: Token) -> bool:
    """Another entry of the list ``name`` is in carries a bracketed count of the dead or hurt
    ("Catarroja (25 deaths)")."""
    root = name
    while root.dep_ == "conj":
        root = root.head
    entries = [root, *(t for t in root.subtree if t.dep_ == "conj" and t.head.i in {root.i, *(c.i for c in root.subtree)})]
    return any(a.dep_ == "appos" and a.lemma_.lower() in BRACKETED_COUNT_NOUNS and any(c.dep_ == "nummod" for c in a.children)
               for e in entries if e.i != name.i for a in e.children)


BRACKETED_COUNT_NOUNS = {"death", "dead", "victim", "fatality", "casualty", "injury", "injured", "missing"}


def _bracketed_whole(doc: Doc, fig: FigureMatch, prev: list[FigureMatch]) -> FigureMatch | None:
    """The figure whose count a bracket after it divides ("14 Nepalis (11 passengers and three
    crew)"), when ``fig`` is inside that bracket."""
    sent = doc[fig.num_start].sent
    opener = next((t for t in reversed(doc[sent.start:fig.num_start]) if t.text in {"(", ")"}), None)
    if opener is None or opener.text != "(" or opener.i == 0:
        return None
    return next((f for f in reversed(prev) if f.head == opener.i - 1 and f.measure == fig.measure), None)


def _inside_partitive(doc: Doc, fig: FigureMatch, part: FigureMatch) -> bool:
    """``fig`` counts the whole that ``part`` is a part of ("Eleven of the 17 dead")."""
    head = doc[part.head]
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in {"of", "among"} and c.left_edge.i <= fig.num_start <= c.right_edge.i:
            return True
    return False


def _last_two_groups(earlier: list[FigureMatch]) -> tuple[str, ...]:
    """The union of the last two single-nationality populations ("both countries", "combined")."""
    seen: list[tuple[str, ...]] = []
    for f in reversed(earlier):
        if len(f.groups) == 1 and f.groups not in seen:
            seen.append(f.groups)
            if len(seen) == 2:
                return tuple(sorted(set(seen[0]) | set(seen[1])))
    return ()


PARTITIVE_WHOLES = {"dead", "victims", "deaths", "injured", "wounded", "casualties", "missing", "bodies", "survivors"}
DISCHARGED = {"discharge"}
WOUNDED = {"injured", "wounded", "hospitalised", "hospitalized", "injure", "wound"}
TRANSFER_VERBS = {"fly", "airlift", "transfer", "refer", "medevac", "helicopter"}
SITE_TIME = TIME_UNITS | {"night", "morning", "evening", "afternoon", "go", "blow", "stroke", "incident", "attack"}


SUB_KINDS = {"child", "woman", "man", "adult", "teacher", "girl", "boy", "baby", "infant", "toddler", "teenager", "student", "pupil",
             "tourist", "foreigner", "expatriate", "elderly", "pensioner",
             # people who come to help or to report: rarely the whole toll of the event
             "firefighter", "fireman", "rescuer", "paramedic", "nurse", "doctor", "journalist", "reporter"}


# kinds of people that are a part of a toll wherever they are counted (tourists, students, foreigners
# can be everyone a bus or a school held)
ALWAYS_PART_KINDS = {"child", "girl", "boy", "baby", "infant", "toddler", "teenager", "woman", "adult", "teacher", "firefighter", "fireman",
                     "rescuer", "paramedic", "nurse", "doctor", "journalist", "reporter", "foreigner", "expatriate"}


CREW_NOUNS = {"crew", "crewman", "crewmember", "attendant", "stewardess", "steward", "pilot", "copilot", "co-pilot"}  # ("two flight attendants survived")


def _few_of_a_kind_are_a_part(doc: Doc, figures: list[FigureMatch]) -> None:
    """Counts that are plainly some of the dead or hurt, not rival tolls, when the article gives a larger
    count of the same measure: "Both drivers of the freight train" (part: driver), an eyewitness's own
    count ("I counted 28 bodies": part: eyewitness), "the last three bodies", "two of her customers";
    and the gapped entries of a list of origins ("Nineteen of the dead came from Thessaloniki, nine
    from Larissa"), whatever the larger count."""
    for fig in figures:
        if fig.scope and not fig.scope.startswith("in "):
            continue
        larger = any(g is not fig and g.measure == fig.measure and g.min > (fig.max or fig.min) for g in figures)
        head = doc[fig.head]
        nxt = doc[fig.num_end] if fig.num_end < len(doc) else None
        sent = doc[fig.num_start].sent
        origin = next((g.scope for g in figures if g is not fig and g.scope.startswith("part: come from ")
                       and doc[g.num_start].sent == sent and g.num_start < fig.num_start), None)
        if origin and nxt is not None and nxt.lower_ == "from" and fig.num_end == fig.head + 1 and fig.scope:
            fig.scope = "part: come from " + fig.scope[3:].lower()  # ("in Larissa", read from the gapped "from")
            fig.scope_place = ""
        elif not larger or fig.scope or fig.place_pp:
            continue  # (a count with a place of its own is that place's: see extract)
        elif fig.stated_as.lower() == "both" and head.pos_ == "NOUN" and head.lemma_.lower() not in {"person", "people"}:
            fig.scope = f"part: {head.lemma_.lower()}"
        elif fig.gov is not None and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in doc[fig.gov].children) \
                and doc[fig.gov].lemma_.lower() in {"count", "see", "find", "bury", "carry", "pull"}:
            fig.scope = "part: eyewitness"
        elif fig.num_start > 1 and doc[fig.num_start - 1].lower_ in {"last", "other", "remaining"} \
                and doc[fig.num_start - 2].lower_ == "the" and not fig.groups and fig.measure != "missing":
            # (not "the other eight were Turkish"; "the remaining nine are still missing" is who is missing now)
            fig.scope = f"part: {doc[fig.num_start - 1].lower_}"  # "recovered the last three bodies"
        elif any(c.dep_ == "poss" and c.lower_ in {"my", "her", "his"} for c in (*head.children, *(
                p for o in head.children if o.dep_ == "prep" and o.lower_ == "of" for n in o.children for p in n.children))) \
                and fig.role not in {"military", "security"}:
            fig.scope = "part: kin"  # "two of her regular customers", "my brother and two cousins"


def _named_people_are_a_part(doc: Doc, figures: list[FigureMatch]) -> None:
    """People counted by their names ("Flight attendants Zulfugar Asadov and Aydan Rahimli survived")
    are a part of a larger count of the same measure in the article, not a rival count."""
    for f in figures:
        words = [t for t in doc[f.num_start:f.num_end] if not (t.is_punct or t.pos_ == "CCONJ")]
        kind = f.scope if f.measure == "other" else ""  # (a count of survivors is compared with survivors)
        if f.scope != kind or "part" in kind or sum(t.pos_ == "PROPN" for t in words) < 2 or any(t.like_num for t in words):
            continue
        if any(g is not f and g.measure == f.measure and g.scope == kind and g.min > (f.max or f.min) for g in figures):
            f.scope = f"{kind}, part" if kind else "part"


def _sub_kind_parts(doc: Doc, figures: list[FigureMatch]) -> None:
    """"The fire killed 30 people. Eleven children died in the blaze": a count of a kind of people
    (children, women, firefighters: ALWAYS_PART_KINDS) is a part of the toll, not a rival one, named
    by its kind; other SUB_KINDS (men, tourists) only after a larger count of everyone of the same
    measure in the same paragraph."""
    for i, fig in enumerate(figures):
        head = doc[fig.head]
        if head.lemma_.lower() in CREW_NOUNS or (head.lemma_.lower() == "member" and any(
                c.dep_ == "compound" and c.lemma_.lower() == "crew" for c in head.children)):
            # the crew are a part of those on board, killed or missing
            if not fig.scope.startswith("part"):
                # (pilots and cabin crew are parts of the crew, compared only with their own kind)
                kind = "pilot" if head.lemma_.lower() in {"pilot", "copilot", "co-pilot"} else "cabin crew" if any(
                    c.dep_ in {"compound", "amod"} and c.lower_ == "cabin" for c in head.children) else "crew"
                fig.scope = f"{fig.scope}, part: {kind}" if fig.scope and fig.measure == "other" else f"part: {kind}"
            continue
        if fig.groups or fig.measure not in {"killed", "injured", "missing"}:
            continue
        kind = head.lemma_.lower()
        if head.pos_ == "NUM" and fig.pop is not None:  # "the number of foreigners killed rose to three"
            noun = doc[fig.pop]
            if noun.lemma_.lower() in TOLL_NOUNS:
                noun = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj"), noun)
            kind = noun.lemma_.lower()
        if kind not in SUB_KINDS:
            continue
        if kind in ALWAYS_PART_KINDS and (not fig.scope or fig.scope.startswith("part")):
            # a count of children, of firefighters is never everyone's toll: named by the kind alone,
            # so that "including 16 firefighters" and "nine firefighters were hurt" are compared
            # ("35 foreigners" and "38 foreign nationals" are the same people)
            fig.scope = FOREIGNERS_PART if kind in {"foreigner", "expatriate"} else f"part: {kind}"
            continue
        if fig.scope:
            continue
        start, text = doc[fig.num_start].idx, text_of(doc)
        for whole in reversed(figures[:i]):
            if "\n\n" in text[doc[whole.num_start].idx:start] or "\n" in text[doc[whole.num_start].idx:start].strip():
                break  # another paragraph
            if whole.measure == fig.measure and not whole.scope and not whole.groups and whole.min > fig.min \
                    and doc[whole.head].lemma_.lower() not in SUB_KINDS:
                fig.scope = f"part: {_noun_words(doc[fig.head])}"
                break


# nouns that name a whole role: a count of them is that role's count, already apart from everyone's
ROLE_CLASS_NOUNS = {"civilian": "civilian", "villager": "civilian", "soldier": "military",
                    "troop": "military", "serviceman": "military", "policeman": "security", "gendarme": "security"}


def _role_parts_are_the_role(doc: Doc, figures: list[FigureMatch]) -> None:
    """"51 dead: 44 civilians and seven soldiers": the 44 are the civilian dead, the same population as
    "19 civilians killed" elsewhere; their role keeps them apart from the whole toll, no part is needed."""
    for fig in figures:
        kind = fig.scope.removeprefix("part: ") if fig.scope != "part" else doc[fig.head].lemma_.lower()
        if fig.scope.startswith("part") and ROLE_CLASS_NOUNS.get(kind) == fig.role and not fig.groups:
            fig.scope = ""


def _colon_parts_share_nationality(doc: Doc, figures: list[FigureMatch]) -> None:
    """"13 US service members died: 11 Marines, one Navy corpsman and one Army soldier": the parts listed
    after the colon are of the whole's one nationality, unless they name their own."""
    for whole in figures:
        if len(whole.groups) != 1:
            continue
        sent = doc[whole.num_start].sent
        colon = _colon_after(doc, whole)
        if colon is None or any(t.like_num for t in doc[whole.num_end:colon]):
            continue
        for part in figures:
            if part is not whole and not part.groups and part.measure == whole.measure and colon < part.num_start < sent.end \
                    and part.min <= whole.min:
                part.groups = whole.groups
                kind = doc[part.head].lemma_.lower()
                if not part.scope and part.min < whole.min and kind != doc[whole.head].lemma_.lower():
                    part.scope = f"part: {kind}"  # (some of the 13, not a rival count of them)


def _bystanders_are_civilians(figures: list[FigureMatch]) -> None:
    """"Two people on the ground were killed": the bystanders of a crash are civilians."""
    for fig in figures:
        if fig.scope == "on ground" and fig.role == "all":
            fig.role = "civilian"


def _colon_after(doc: Doc, fig: FigureMatch) -> int | None:
    """The colon after a count in its sentence, before the list that divides it ("13 US service members
    died: 11 Marines, …")."""
    return next((t.i for t in doc[fig.num_end:doc[fig.num_start].sent.end] if t.text == ":"), None)


def _union_of_listed_nationalities(doc: Doc, figures: list[FigureMatch]) -> None:
    """"Twelve foreign nationals were among the dead: nine Afghans, two Iraqi pilgrims and a Pakistani
    driver": the count before the colon is of all the nationalities listed after it."""
    for i, whole in enumerate(figures):
        if whole.groups:
            continue
        sent = doc[whole.num_start].sent
        colon = _colon_after(doc, whole)
        if colon is None:
            continue
        parts = [f for f in figures[i + 1:] if f.num_start > colon and doc[f.num_start].sent == sent]
        if any(whole.num_end <= f.num_start < colon for f in figures[i + 1:]):
            continue  # another count stands between it and the list: the list is that count's
        if len(parts) > 1 and all(f.groups and f.measure == whole.measure for f in parts):
            whole.groups = tuple(sorted({c for f in parts for c in f.groups}))


def _parts_before_others(doc: Doc, figures: list[FigureMatch]) -> None:
    """"recovered 19 bodies from the club, while four other victims died in hospital": a count followed,
    in its sentence, by "N other …" of the same measure is one part of a toll, not the toll."""
    for i, later in enumerate(figures):
        head = doc[later.head]
        if not (head.lower_ == "others" or any(c.dep_ == "amod" and c.lower_ == "other" for c in head.children)):
            continue
        for earlier in figures[:i]:
            if earlier.measure == later.measure and not earlier.scope and not earlier.groups \
                    and doc[earlier.num_start].sent == head.sent:
                earlier.scope = "part"


def _one_site(clauses: list[Token]) -> str:
    """A count tied to one building or site the text singles out ("17 bodies were pulled from a
    single apartment block", "nine died in one house"): that site's share, not the toll."""
    for holder in clauses:
        for c, p in _prep_objects(holder):
            if c.lower_ not in {"from", "in", "at", "inside", "under", "beneath"} or p.lemma_.lower() in SITE_TIME:
                continue
            if any((d.dep_ == "amod" and d.lower_ == "single") or (d.dep_ in {"nummod", "det"} and d.lower_ == "one")
                   for d in p.children):
                return f"in one {p.lemma_.lower()}"
    return ""


def _noun_words(t: Token) -> str:
    """ "four security guards" -> "security guard": the kind of people a part is made of ("101 of its
    students" -> "student")."""
    if t.like_num:
        t = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), t)
    words = [c.lemma_.lower() for c in t.children if c.dep_ in {"compound", "amod"} and c.i < t.i]
    return " ".join(words + [t.lemma_.lower()])


def _clause_words(v: Token) -> str:
    """ "were flown to Nairobi for treatment" -> "fly to nairobi": a verb and its first complement."""
    words = [v.lemma_.lower()]
    for c in v.children:
        if c.dep_ in {"prep", "dobj", "attr", "acomp"} and c.i > v.i:
            words.append(c.lower_ if c.dep_ != "dobj" else c.lemma_.lower())
            words += [p.lower_ for p in c.children if p.dep_ == "pobj"][:1]
            break
    return " ".join(words)


def _fronted_place(prep: Token, name: Token) -> bool:
    """"In Lasam, upriver, a dozen went missing": a sentence-opening "In <Name>," names a place,
    whatever the tagger made of the name."""
    doc = name.doc
    return prep.i == prep.sent.start and prep.lower_ == "in" and name.pos_ == "PROPN" and name.i + 1 < len(doc) \
        and doc[name.i + 1].text == "," and name.ent_type_ not in {"ORG", "DATE", "NORP", "EVENT", "TIME"}


HOSPITALS = {"hospital", "clinic", "infirmary"}
# buildings a story of several sites counts at ("killed at Zion Church"); a hospital or a morgue is not one
SITE_WORDS = {"church", "mosque", "shrine", "cathedral", "chapel", "temple", "synagogue", "hotel", "guesthouse", "school",
              "market", "mall", "station", "stadium", "arena", "hall", "club", "nightclub", "restaurant", "cafe", "theatre",
              "centre", "center"}
HOSPITAL_WORDS = HOSPITALS | {"morgue", "mortuary"}
FOREIGNERS_PART = "part: foreign national"  # the foreigners among the dead, however they are named
FUNERAL_NOUNS = {"coffin", "casket", "funeral", "burial", "grave", "hearse"}
# hazards that can strike within another event (the avalanche an earthquake set off, a stampede in an
# attack): a count blamed on one is that sub-event's part when the story's event is of another kind
HAZARDS = {"avalanche", "landslide", "mudslide", "aftershock", "stampede", "crush", "fire", "blaze", "collapse",
           "flood", "flooding", "floodwater", "explosion", "blast"}
TOLL_NOUNS = {"toll", "number", "total", "tally", "count", "figure"}  # nouns that name a count, not who is counted
COUNT_HEADS = TOLL_NOUNS - {"figure"}  # those a gapped count hangs on: "… and the number of injured at 10,915"
# the first words of the vague quantities FigureFinder._match_vague reads
VAGUE_STARTS = {"tens", "hundreds", "a", "no", "dozens", "scores", "thousands", "millions", "several", "some",
                "none", "nobody"}


def _hospitalised(cue: Token | None) -> bool:
    """The count is injured *because* it is of those taken to, admitted to or kept in hospital: a
    part of the injured (some are treated at the scene), not compared with the injured toll. ("18
    wounded soldiers were flown to hospital" is counted by "wounded": all the injured.)"""
    if cue is None:
        return False
    lem = cue.lemma_.lower()
    if lem in {"hospitalise", "hospitalize", "hospitalised", "hospitalized", "admit"} or cue.lower_ in {"hospitalised", "hospitalized"}:
        return True
    preps = [cue] if cue.dep_ == "prep" else [c for c in cue.children if c.dep_ == "prep"]
    return any(p.lower_ in {"to", "in", "into"} and any(o.dep_ == "pobj" and o.lemma_.lower() in HOSPITALS for o in p.children)
               for p in preps)


def _disjoined(prep: Token) -> bool:
    """"either at the scene or after arriving at the hospital": one of two alternatives that cover
    everyone, not a subset."""
    return any(d.lower_ == "either" for d in prep.children) or any(
        d.dep_ == "cc" and d.lower_ == "or" for d in prep.children) or (prep.dep_ == "conj" and any(
            d.dep_ == "cc" and d.lower_ == "or" for d in prep.head.children))


def _subset_place(v: Token) -> str:
    """Where only some of the victims died or lie: "on the way to hospital", "in hospital", "in intensive care"."""
    for c, p in _prep_objects(v):
        low = p.lemma_.lower()
        if c.lower_ == "on" and low == "way" or c.lower_ == "en" and low == "route":
            return "on the way to hospital"
        if c.lower_ == "in" and low == "hospital" and v.lemma_.lower() in {"die", "succumb"} \
                and not any(d.dep_ == "det" for d in p.children):
            return "in hospital"  # "died in hospital" (not "in the hospital fire"; the injured "in hospital" are all of them)
        if c.lower_ == "in" and low in {"care", "icu"}:
            return "serious condition"
    return ""


def _on_board(p: Token) -> bool:
    """"the 67 on board", "those aboard": the people a craft carried."""
    return any(c.lower_ == "aboard" or (c.dep_ == "prep" and c.lower_ == "on" and any(b.lower_ == "board" for b in c.children))
               for c in p.children)


def _prep_objects(tok: Token):
    """(preposition, its object) for each prepositional phrase on ``tok`` ("died [in] [hospital]")."""
    for c in tok.children:
        if c.dep_ == "prep":
            for p in c.children:
                if p.dep_ == "pobj":
                    yield c, p


RUBBLE = {"rubble", "debris", "wreckage", "ruin", "mud", "landslide", "mudslide", "snow", "avalanche", "building", "house", "home", "earth", "sand"}
LOCAL_TOLLS = {"provincial", "regional", "district", "municipal", "county", "local"}
PLACE_COUNT_VERBS = {"record", "report", "register", "confirm", "count", "log", "suffer", "see", "have", "lose"}
AGE_KINDS = {"minor", "adult", "juvenile", "pensioner", "toddler", "infant", "adolescent", "teen", "student"}
NOT_OF_NAME = {"alone", "neighbouring", "neighboring", "nearby", "adjacent", "adjoining"}  # "in neighbouring Pasco"
NATIONAL_BODIES = {"government", "ministry", "authority", "agency", "army", "military", "junta", "administration", "cabinet"}
CARRIERS = {"plane", "aircraft", "airplane", "helicopter", "jet", "truck", "lorry", "vehicle", "ship", "boat", "vessel",
            "bus", "ambulance", "car", "convoy", "train", "tanker", "barge", "ferry", "drone"}  # things, not people
SHELTERS = {"camp", "shelter", "site", "centre", "center", "tent", "school", "hall", "house", "home", "building"}
ON_BOARD_NOUNS = {"passenger", "occupant", "traveller", "traveler"}
COUNT_NOUNS = {"number", "figure", "toll", "tally", "count", "total"}  # "the figure stood at 74"
SEARCH_VERBS = {"search", "look"}
TOWN_NOUNS = {"town", "city", "village", "municipality", "district", "province", "county", "region", "port", "island"}
NEWS_NOUNS = {"report", "indication", "sign", "evidence", "word"}  # "no reports that anyone was killed": a count of none
HOSPITAL_INTAKE = {"admit", "receive", "treat", "take"}  # said of a hospital: its share of the injured
FORCED_OUT = {"leave": "displaced", "flee": "displaced", "abandon": "displaced", "evacuate": "evacuated",
              "relocate": "evacuated"}  # "forced 337,346 people to leave their homes"
ANIMALS = {"animal", "pet", "dog", "cat", "horse", "cattle", "livestock", "sheep", "goat", "cow", "pig", "chicken",
           "poultry", "bird", "donkey", "camel", "buffalo", "mule"}
NATIONALITY_PAPERS = {"passport", "citizenship", "nationality"}
SOUGHT_NOT_MISSING = {"suspect", "attacker", "gunman", "assailant", "militant", "bomber", "perpetrator", "culprit",
                      "volunteer", "donor", "witness"}  # searched for, but not lost in the event
HABITUAL_UNITS = {"year", "month", "week", "season", "summer", "winter", "monsoon"}


OWN_KIND_NOUNS = {"suspect", "attacker", "gunman", "assailant", "militant", "bomber", "detainee", "prisoner",
                  "protester", "protestor", "demonstrator", "worshipper", "pilgrim", "student", "pupil", "worker",
                  "miner", "fisherman", "farmer", "tourist", "villager", "resident", "patient"}  # who they are, said
# "Swat: 22", "- **Upper Dir:** 6": a place and its count on a line of their own
_PLACE_VALUE_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?\**(?P<name>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})\**[ \t]*:[ \t]*\**[ \t]*\d")
# "Sindhupalchok — 1,662", "Kenya – 42": a row of a table set as text (only under a header: a dateline
# "KABUL — 12 people …" has the same shape)
PLACE_ROW_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?\**(?P<name>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})\**"
                             r"(?:[ \t]+\([^)\n]{1,40}\))?"  # ("Navy (Operation Madad) — 16,005")
                             r"(?:[ \t]*:|[ \t]+[—–-])[ \t]*\**[ \t]*\d")
_EVENT_VALUE_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?\**(?P<name>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3} [a-z]+)\**[ \t]*:[ \t]*\**[ \t]*\d")
# "The breakdown by district:", "Deaths by province:"
_BREAKDOWN_HEADER = re.compile(r"(?i)(?:\bbreakdown\b|\bby (?:district|province|region|state|county|governorate|department|"
                               r"prefecture|municipality|city|town|country|nationality)\b|\bthe following\b).*:\W*$")
# a heading with no colon: "DEAD BY NATIONALITY (governments' figures, as of 26 October)", "Deaths by province"
_BREAKDOWN_HEADING = re.compile(r"(?i)[ \t#*]*[\w ,'’-]{0,40}\bby (?:district|province|region|state|county|governorate|"
                                r"department|prefecture|municipality|country|nationality)\b[^.!?\n]{0,100}$")
RELEASE_VERBS = {"release", "free", "bail"}  # what ends an arrest




NATIONALITY_LIST_WORDS = {"nationality", "nationalities", "country", "countries", "citizen", "citizens", "national",
                          "nationals", "passport", "passports", "hail", "hailed"}


def _nationality_list(x: Token) -> bool:
    """The list ``x`` is an entry of counts people by the country they come from, as its sentence or the
    short label line before it says ("By nationality: Kenya 32, …", "victims from 35 countries, including
    Kenya (32)"), not by the place they died in."""
    sent = x.sent
    words = [t for t in sent if t.i < x.i]
    doc = x.doc
    if sent.start > 0:
        label = doc[sent.start - 1].sent
        if len(label) <= 8:
            words += list(label)  # "Victims by nationality:" on a line of its own
    return any(t.lower_ in NATIONALITY_LIST_WORDS or t.lemma_.lower() in {"hail"} for t in words) or any(
        t.lower_ == "from" and t.head.lemma_.lower() in {"come", "be"} for t in words)

TALLY_VERBS = {"report", "record", "count", "confirm", "register", "list"}  # "X reported 63 dead, Y counted 43"


def _listed_with_places(x: Token) -> bool:
    """The count ``x`` heads a list of counts "in" places the model tagged ("132 in Rhineland-Palatinate,
    47 in North Rhine-Westphalia and one in Bavaria"): a proper name after its "in" is a place too."""
    if x.pos_ != "NUM":
        return False
    after = [t for t in x.doc[x.i + 1:min(x.i + 14, x.sent.end)]]
    return any(t.text == "," for t in after) and any(
        t.pos_ == "NUM" and any(d.dep_ == "prep" and d.lower_ == "in" and any(
            q.dep_ == "pobj" and q.ent_type_ in {"GPE", "LOC"} for q in d.children) for d in t.children) for t in after)


def _across_colon(num: Token) -> bool:
    """A number parsed as a modifier of the first entry of the list a colon opens after it ("tally is
    180 dead: 132 in Hesse", "count of 67: 61 civilians"): the parse hides the total's own place."""
    return num.pos_ == "NUM" and num.dep_ in {"nummod", "quantmod"} and num.head.i > num.i \
        and any(t.text == ":" for t in num.doc[num.i + 1:num.head.i]) and (
            num.head.pos_ == "NUM" or any(c.dep_ == "nummod" and c.i > num.i for c in num.head.children))


def _council_ward(tok: Token) -> bool:
    """"the affected wards of Mundakkai": a ward of a town, where people live, not of a hospital."""
    return tok.lemma_.lower() == "ward" and any(
        (c.dep_ == "amod" and c.lower_ in {"affected", "hit", "flooded", "devastated", "worst-hit", "hardest-hit"})
        or (c.dep_ == "prep" and c.lower_ == "of" and any(p.pos_ == "PROPN" for p in c.children)) for c in tok.children)

def _conjuncts(t: Token) -> list[Token]:
    """The nouns of the list ``t`` is in ("33 soldiers, five crew members and six passengers"), in
    order: a phrase after the list may hang on any of them in the parse. [t] when it is in none."""
    first = t
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    out = [first]
    while (nxt := next((c for c in out[-1].children if c.dep_ == "conj" and c.i > out[-1].i), None)) is not None:
        out.append(nxt)
    return out


def _manifest(t: Token) -> bool:
    """A passenger list: "the manifest" (which the tagger may take for a superlative), or "it" just
    after one was named ("The airline has published its manifest. It lists 11 passengers …")."""
    if t.lower_ in {"manifest", "manifests"}:
        return True
    if t.lower_ == "it" and t.sent.start > 0:
        before = t.doc[t.doc[t.sent.start - 1].sent.start:t.sent.start]
        return any(w.lower_ == "manifest" for w in before)
    return False


def _habitual(gov: Token | None) -> bool:
    """A count of what happens every year ("the monsoon kills hundreds of people every year"): a
    statistic, not this event's toll."""
    if gov is None:
        return False
    for c in gov.children:
        if c.lower_ == "annually" or (c.dep_ in {"npadvmod", "advmod", "dobj"} and c.lemma_.lower() in HABITUAL_UNITS
                                      and any(d.lower_ in {"every", "each", "per", "a"} for d in c.children)):
            return True
        if c.dep_ == "prep" and c.lower_ in {"over", "in", "during", "since"} and any(
                p.lemma_.lower() in {"decade", "year", "century"} and (p.tag_ == "NNS" or p.lemma_.lower() == "decade")
                and any(d.lower_ in {"past", "last", "recent"} for d in p.children) for p in c.children):
            return True  # "has killed thousands of civilians over the past decade": a history, not this toll
    return False


def _name_span(doc: Doc, last: Token):
    """The proper name that ends at ``last``: its compounds and hyphen-joined parts ("Andhra Pradesh",
    "Gilgit-Baltistan")."""
    j = last.i
    while j > 0:
        if doc[j - 1].dep_ == "compound" and doc[j - 1].pos_ == "PROPN" and doc[j - 1].head.i in range(j, last.i + 1):
            j -= 1
        elif j > 1 and doc[j - 1].text in {"-", "–"} and doc[j - 2].pos_ == "PROPN":
            j -= 2
        else:
            break
    return doc[j:last.i + 1]


def _opens_bullet(doc: Doc, i: int) -> bool:
    """Token i is the first word of a bullet line ("- **21**, according to …")."""
    j = i - 1
    while j >= 0 and doc[j].text.strip("*_") == "" and "\n" not in doc[j].text_with_ws:
        j -= 1
    return j >= 0 and doc[j].text in {"-", "*", "•", "–"} and (j == 0 or "\n" in doc[j - 1].text_with_ws
                                                             or doc[j - 1].is_space)


def _opens_answer(doc: Doc, i: int) -> bool:
    """Token i opens the paragraph that answers a question heading: "## Has anyone been arrested?" then
    "Three people: the owner, …"."""
    text = text_of(doc)
    before = text[:doc[i].idx]
    if before.rstrip(" *_") and not before.rstrip(" *_").endswith("\n"):
        return False  # not at the start of a line
    lines = [line.strip() for line in before.split("\n")[:-1]]
    heading = next((line for line in reversed(lines) if line), "")
    bold = heading.startswith("**") and heading.endswith("**")  # "**Who has been arrested?**"
    return (heading.startswith("#") or bold) and heading.strip("*").endswith("?")


def _section_measure(doc: Doc, i: int) -> str | None:
    """The measure a key-facts heading names ("**Dead**", "## Injured") for the bullets under it."""
    text = text_of(doc)
    lines = text[:doc[i].idx].split("\n")[:-1]
    for line in reversed(lines[-12:]):
        bare = line.strip().strip("#*_: ").lower()
        if not bare or line.strip().startswith(("-", "•", "–")) or (line.strip().startswith("*") and not line.strip().startswith("**")):
            continue  # a blank line or another bullet of the same list
        if len(bare.split()) <= 3:
            return KEY_VALUE_HEADS.get(bare)
        return _question_measure(bare)
    return None


# "How many people died?", "What is the death toll?": the question an explainer's section answers
_QUESTION = re.compile(r"^(?:how many|what is the|what's the|what are the|has anyone|have any|is anyone|are any|"
                       r"are people|were any|was anyone|did anyone|who has|who have|who was|who were)\b")
_QUESTION_WORDS = (("died", "killed"), ("dead", "killed"), ("killed", "killed"), ("death", "killed"), ("toll", "killed"),
                   ("hurt", "injured"), ("injured", "injured"), ("wounded", "injured"), ("missing", "missing"),
                   ("arrested", "arrested"), ("detained", "arrested"), ("displaced", "displaced"), ("homeless", "displaced"),
                   ("evacuated", "evacuated"), ("rescued", "other"), ("survived", "other"), ("on board", "other"))


def _question_measure(line: str) -> str | None:
    """The measure a question heading asks for ("How many were hurt?" -> injured)."""
    if not line.endswith("?") or not _QUESTION.match(line):
        return None
    found = {m for w, m in _QUESTION_WORDS if re.search(rf"\b{w}\b", line)}
    return found.pop() if len(found) == 1 else None


CONFLICT_HISTORY = {"violence", "insurgency", "conflict", "war", "crisis", "militancy", "rebellion", "uprising", "jihadism"}


def _history(gov: Token | None) -> bool:
    """"The insurgency has killed more than 40,000 people": a conflict's history, not this event's toll."""
    verbs = [gov] if gov is not None else []
    if gov is not None and gov.dep_ == "conj":
        verbs.append(gov.head)  # "… has killed more than 40,000 people and displaced around two million"
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in CONFLICT_HISTORY for v in verbs for c in v.children)


def _only_survivor(tok: Token) -> bool:
    """``tok`` is the "only" of "the only survivor", "the lone survivor", "the only person (one) to
    survive": a count of one (not "the only survivor of her family", one of a group)."""
    head = tok.head
    if tok.lower_ not in {"only", "sole", "lone"} or tok.dep_ != "amod" or head.tag_ not in {"NN", "CD"}:
        return False
    survivor = head.lemma_.lower() == "survivor" or (head.lemma_.lower() in {"person", "one"} and any(
        c.dep_ in {"acl", "relcl"} and c.lemma_.lower() == "survive" for c in head.children))
    return survivor and not any(p.lemma_.lower() in {"family", "household", "group", "class", "team"}
                                for c in head.children if c.lower_ == "of" for p in c.children)


def _count_named_before(it: Token) -> Token | None:
    """What "it" stands for when the sentence before opens on a count: "The number of injured has been
    revised …" (the toll noun's "of" object, or the toll noun itself)."""
    sent = it.sent
    if sent.start == 0:
        return None
    before = it.doc[sent.start - 1].sent
    subj = next((t for t in before if t.dep_ in {"nsubj", "nsubjpass"} and t.head == before.root), None)
    if subj is None or subj.lemma_.lower() not in TOLL_NOUNS:
        return None
    return next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), subj)


def _compared_since(year: Token, tok: Token) -> bool:
    """``year`` only measures this event against the past, and ``tok`` is not in that past: "killing
    at least 103 people, in the deadliest attack since the 1979 revolution" (but "the worst since
    2019, when a plane crashed, killing 12 people" tells the toll of 2019)."""
    for a in year.ancestors:
        if a.dep_ == "prep" and a.lower_ == "since":
            told_after = tok.i > a.i and any(t.lower_ in {"when", "which", "where", "that"} for t in tok.doc[a.i:tok.i])
            return tok not in a.subtree and not told_after and any(
                c.tag_ == "JJS" or c.lower_ in {"worst", "first"} for c in (a.head, *a.head.children))
    return False


def _counted_on(sent) -> bool:
    """The sentence opens with a time counted from the one before: "A month later,", "Later that
    year,", "Five months before that,", "A year earlier,"."""
    words = [t.lower_ for t in sent[:8]]
    if "," not in words:
        return False
    opening = words[:words.index(",")]
    pairs = set(zip(opening, opening[1:]))
    return bool({"later", "earlier"} & set(opening)) or bool({("before", "that"), ("after", "that")} & pairs)


def _local_officials(subj: Token) -> str:
    """The named unit whose officials speak: "officials in Burnet County", "Llano County authorities"."""
    if subj.lemma_.lower() not in {"official", "authority", "officer", "administrator"}:
        return ""
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in c.children:
                if p.dep_ == "pobj" and (unit := _named_unit_subject(p)):
                    return unit
        if c.dep_ == "compound" and (unit := _named_unit_subject(c)):
            return unit
    return ""


def _named_unit_subject(subj: Token) -> str:
    """"Meknes province", "Al Haouz province": a named administrative unit (not a bare "the province")."""
    if subj.lemma_.lower() not in ADMIN_UNITS | {"city", "town", "village", "island"}:
        return ""
    own = [d for d in subj.children if d.dep_ == "compound" and d.pos_ == "PROPN"]
    return subj.doc[min(t.left_edge.i for t in own):subj.i + 1].text if own else ""


def _subject_of_an_untold_verb(t: Token, g) -> bool:
    """``t`` is the subject of a verb that says nothing of what befell them ("… are being housed"),
    not the object of a rescue ("brought down 150 others who had fled to the roof") nor a speaker
    ("Two residents who fled to Tera said …")."""
    verb = t.head
    counted = t.pos_ == "NUM" or any(c.dep_ == "nummod" for c in t.children)  # (not "A girl who spent weeks in care")
    return counted and t.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() not in g.reporting \
        and verb.lemma_.lower() not in g.measure_verbs_obj and verb.lemma_.lower() not in g.measure_verbs_subj


def _hospital_speaks(verb: Token) -> bool:
    """The clause's subject, or the subject of the clause reporting it ("Saint Paul General Hospital
    said it had admitted …"), is a hospital or clinic."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in {"it", "they"}:
            return any(t.lemma_.lower() in {"hospital", "clinic", "infirmary", "doctor", "surgeon", "physician"}
                       for t in subj.subtree)  # ("doctors said 500 people had been brought in")
        if verb.dep_ not in {"ccomp", "conj", "xcomp"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _toll_noun_of(x: Token) -> Token | None:
    """The toll noun a count is the value of: "The official toll in Mozambique stood at 84", "brings the
    number of confirmed deaths … to 238", "puts the toll at St Sebastian's at 114"."""
    if x.dep_ != "pobj" or x.head.lower_ not in {"at", "to"}:
        return None
    return next((c for c in x.head.head.children if c.dep_ in {"nsubj", "dobj"} and c.lemma_.lower() in TOLL_NOUNS), None)


def _named_site(x: Token, gov: Token | None) -> str:
    """The named building a count is said at: "25 people had been killed at Zion Church", "At St Anthony's
    Shrine the figure is at least 50", "puts the toll at St Sebastian's at 114"."""
    if x.dep_ == "pobj" and x.head.lower_ in {"of", "among"}:
        return ""  # "Of the 51 victims, 44 were shot at Al Noor": the 44's site, not the whole's
    holders = [t for t in (x, gov, x.head, verb_above(x), _toll_noun_of(x)) if t is not None]
    for holder in holders:
        for c in holder.children:
            if c.dep_ != "prep" or c.lower_ not in {"at", "inside"} or (c.i > x.i and _count_between(x.doc, x, c)):
                continue  # ("89 people died at the Bataclan, 15 at Le Carillon": the 15's site is not the 89's)
            for p in c.children:
                named_building = p.pos_ == "NOUN" and p.lemma_.lower() in SITE_WORDS and any(
                    d.dep_ == "compound" and d.pos_ == "PROPN" for d in p.children)  # "the Bataclan concert hall"
                if p.dep_ == "pobj" and (p.pos_ == "PROPN" or named_building) \
                        and (p.ent_type_ not in {"GPE", "LOC", "DATE", "TIME", "NORP"}
                             or any(d.dep_ == "det" and d.lower_ == "the" for d in p.children)) \
                        and p.lemma_.lower() not in HOSPITAL_WORDS and not any(w.lemma_.lower() in HOSPITAL_WORDS for w in p.subtree):
                    return _site_name(p)
    return ""


def _site_name(word: Token) -> str:
    """One name per site, from the word that ends it and its compounds: "St Sebastian's Church",
    "St Sebastian's" -> "St Sebastian"; "Al Noor Mosque" -> "Al Noor"."""
    start = min(t.i for t in word.subtree if t.dep_ in {"compound", "poss", "case"} or t.i == word.i)
    words = [t.text for t in word.doc[start:word.i + 1]]
    while len(words) > 1 and (words[-1].lower() in SITE_WORDS or words[-1].islower()):
        words = words[:-1]  # ("the Bataclan concert hall" is the Bataclan)
    return " ".join(words).removesuffix(" 's").removesuffix("'s").removesuffix("’s").strip()


def sites_named(doc: Doc) -> set[str]:
    """The named buildings a story puts its event at ("at Al Noor Mosque", "at Zion Church in Batticaloa")."""
    found = set()
    for t in doc:
        if t.lower_ == "at" and t.dep_ == "prep":
            for p in t.children:
                if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.lemma_.lower() in SITE_WORDS:
                    found.add(_site_name(p))
    return found
    return ""


def _foreigners(x: Token) -> bool:
    """The counted noun names foreigners: "38 foreign nationals", "35 foreigners", "foreign tourists"."""
    return x.lemma_.lower() in {"foreigner", "expatriate"} or (x.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ == "foreign" for c in x.children))


def _part_count_between(doc: Doc, x: Token, prep: Token) -> bool:
    """A part of the count is told between it and the phrase: "259 people had died, 197 of them in …"."""
    return any(t.like_num and t.ent_type_ not in {"DATE", "TIME"} and t.nbor(1).lower_ == "of" for t in doc[x.i + 1:prep.i]
               if t.i + 1 < len(doc))


def _count_between(doc: Doc, x: Token, prep: Token) -> bool:
    """Another number stands between the count and the phrase: "listed 81 fatalities …, 24 of them in
    Andhra Pradesh" (the place is the 24's)."""
    lo, hi = sorted((x.i, prep.i))
    return any(t.like_num and t.ent_type_ not in {"DATE", "TIME"} for t in doc[lo + 1:hi])


def _part_of_earlier(doc: Doc, x: Token, value: int, same_measure: list[FigureMatch]) -> bool:
    """``x`` counts some of "them" or "those" ("16,000 of them", "Of those, 70,863 are …"), and a
    larger count of its measure comes just before, in its sentence or the one before."""
    of = next((p for c in x.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj"), None)
    sent = x.sent
    fronted = len(sent) > 2 and sent[0].lower_ == "of" and sent[1].lower_ in {"them", "those"}
    if not ((of is not None and of.lower_ in {"them", "those"}) or (fronted and x.dep_ in {"nsubj", "nsubjpass"})):
        return False
    return any(f.num_start < x.i and (doc[f.num_start].sent == sent or doc[f.num_start].sent.end == sent.start)
               and f.min > value for f in same_measure)


def _counterfactual(gov: Token | None) -> bool:
    """"Had the officers arrived five minutes later, we could have been burying fifty people", "if
    the alarm had failed, hundreds would have died": what did not happen. (Not "as many as 50 may
    have been killed": a guess at what did, without a condition.)"""
    if gov is None:
        return False
    verb = verb_above(gov) if gov.pos_ not in {"VERB", "AUX"} else gov
    if verb.lemma_.lower() == "be" and verb.tag_ == "VBD" and verb.lower_ == "were" and any(
            c.dep_ == "mark" and c.lower_ == "if" for c in verb.children):
        return True  # "I would be surprised if the final toll were under a hundred": a supposition
    modal_perfect = any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
    if not modal_perfect:
        return False
    sent = verb.sent
    inverted = sent[0].lower_ == "had" or (sent[0].is_punct and len(sent) > 1 and sent[1].lower_ == "had")
    condition = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
                    for c in verb.children)
    return inverted or condition


def _counted_twice(x: Token) -> bool:
    """"two victims had been counted twice": a correction of the toll, not a count of people."""
    verb = x.head if x.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
    return verb is not None and verb.lemma_.lower() == "count" and any(
        c.lower_ in {"twice", "double"} for c in verb.children)


def _shouted(sent) -> bool:
    letters = [c for c in sent.text if c.isalpha()]
    return len(letters) > 15 and sum(c.isupper() for c in letters) / len(letters) > 0.7


def _own_clause(x: Token, gov: Token | None) -> list[Token]:
    """The words that hold the count's own clause: its verb and the word its measure was read from
    (not the clause that reports it: "said last night")."""
    verb = x.head if x.dep_ in {"nsubj", "nsubjpass", "dobj"} else gov
    return list({t.i: t for t in (verb, gov) if t is not None}.values())


def _overnight(x: Token, gov: Token | None) -> bool:
    """The count's own clause is limited to one night ("73 were arrested overnight", "brought in
    dead on Tuesday night")."""
    for holder in _own_clause(x, gov):
        for c in holder.children:
            if c.lower_ == "overnight" and c.dep_ in {"advmod", "npadvmod"}:
                return True
            if c.dep_ in {"prep", "npadvmod"} and c.lower_ not in {"since", "from"} and any(
                    t.lemma_.lower() == "night" and t.dep_ in {"pobj", "npadvmod"} and t.head.lower_ != "last"
                    for t in (c, *c.children)):
                return True  # ("since Tuesday night" counts everyone since then: the toll, not one night's)
    return False


def _one_day(x: Token, gov: Token | None) -> bool:
    """The count's own clause is dated to one weekday ("Six people had died on Tuesday")."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(p.dep_ == "pobj" and p.lower_ in WEEKDAYS for p in c.children)
               for holder in _own_clause(x, gov) for c in holder.children)


_CLOCK = re.compile(r"[:.]\d|\b(?:[ap]\.?m\.?|hours?|hrs?|minutes?|mins?|seconds?|o'clock|noon|midnight|morning|"
                    r"afternoon|evening|night|dawn|dusk|gmt|utc|local|time|days?|weeks?)\b", re.IGNORECASE)


# a range written as one token ("10–15 injured": spaCy does not split an en dash between digits)
_JOINED_RANGE = re.compile(r"^(?P<lo>\d{1,3}(?:,\d{3})*)[-–—](?P<hi>\d{1,3}(?:,\d{3})*)$")


# "a hotline, 796-5583", "call 0800 555 0199": digits grouped 3-4 (after an optional area code).
# A range of people ends in a round number ("300-1000"), so a last group not ending in 0 is a phone.
_PHONE = re.compile(r"(?<![\w,.])(?:\+\d{1,3}[ -]?)?(?:\(?\d{2,4}\)?[ -])?\d{3}[ -]\d{3}(?P<last>\d)(?!\w|,\d)")


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of telephone numbers, whose digit groups are not counts or ranges."""
    return [m.span() for m in _PHONE.finditer(text) if m.group("last") != "0"]


def _specific_hospital(t: Token) -> bool:
    """One hospital, named or described ("Kenyatta National Hospital", "the district hospital"),
    not hospital care in general ("taken to hospital", "hospitals in the region")."""
    if t.tag_ in {"NNS", "NNPS"}:
        return False
    if t.lemma_.lower() in {"centre", "center"}:  # "Bugando Medical Centre", "the regional trauma centre"
        return any(c.dep_ in {"compound", "amod"} and c.lower_ in {"medical", "health", "trauma", "burns", "burn"} for c in t.children)
    if t.lemma_.lower() not in {"hospital", "clinic", "morgue", "mortuary", "infirmary"}:
        return False
    return t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "FAC"} or any(
        c.dep_ in {"compound", "amod", "poss"} for c in t.children)


def _place_words(p: Token) -> str:
    """The name of a place from its noun and what stands before it ("Mozambique's Gaza province"),
    without articles, "alone", "neighbouring", or the places listed after it ("Dolakha, 39 in Sindhupalchok")."""
    words = [t for t in p.subtree if t.i <= p.i and t.lower_ not in NOT_OF_NAME and (t.dep_ not in {"det", "punct"} or (
        t.text in {"-", "–"} and not t.whitespace_ and t.i > 0 and not p.doc[t.i - 1].whitespace_))]  # ("Rhine-Westphalia")
    return "".join(t.text + (t.whitespace_ and " ") for t in words[:-1]) + words[-1].text if words else ""  # "Cox's Bazar"


def _own_number(tok: Token) -> bool:
    """The noun phrase of ``tok`` carries its own count ("four of his guards", "two cooks"), not
    counting the conjuncts hanging on it."""
    return tok.like_num or any(c.dep_ == "nummod" for c in tok.children) or any(
        t.like_num and not _age(t) for t in tok.subtree if t.i < tok.i)


def _age(t: Token) -> bool:
    """A number that is an age: "the 23-year-old driver"."""
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text in {"-", "–"} and doc[t.i + 2].lower_ in {"year", "years"}


def _aged(noun: Token) -> bool:
    """The noun is a person given an age: "a 71-year-old retired schoolteacher"."""
    return noun.pos_ in {"NOUN", "PROPN"} and any(_age(t) for t in noun.subtree if t.i < noun.i)


def _named_unit(x: Token) -> str:
    """The unit named on a list entry: "…: 24 in Huanuco region and 11 in Pasco" -> "Huanuco"."""
    for c in x.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in c.children:
                names = [d for d in p.children if d.dep_ == "compound" and d.pos_ == "PROPN" and d.i < p.i]
                if p.dep_ == "pobj" and p.lemma_.lower() in ADMIN_UNITS and names:
                    return x.doc[names[0].i:p.i].text
    return ""


def _unit_named_before(p: Token) -> str:
    """The place "the state", "the district" stands for: the last one of that unit named by its name
    in this sentence or the two before ("57 missing in Rakhine state. … 200 had died in the state")."""
    unit = p.lemma_.lower()
    if unit not in ADMIN_UNITS or [c.lower_ for c in p.children] != ["the"]:
        return ""
    doc = p.doc
    start = p.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    for t in reversed(doc[start:p.i]):
        if t.lemma_.lower() != unit or t.i == p.i:
            continue
        names = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i]
        if names:
            return doc[names[0].i:t.i].text  # "Rakhine state" -> "Rakhine"
        of = next((q for d in t.children if d.dep_ == "prep" and d.lower_ == "of"
                   for q in d.children if q.dep_ == "pobj" and q.pos_ == "PROPN"), None)
        if of is not None:
            return _compound_text(of)  # "the district of Kasese" -> "Kasese"
    return ""


def _entry_start(tok: Token) -> int:
    """Where a noun's own words start ("three Italians"), not its subtree's: a list entry the parser
    made the root of the sentence holds the whole sentence."""
    return min([tok.i] + [c.left_edge.i for c in tok.children if c.i < tok.i
                          and c.dep_ in {"nummod", "det", "amod", "compound", "quantmod", "poss"}])


def _has_number(tok: Token) -> bool:
    return any(c.dep_ == "nummod" or c.like_num for c in tok.children) or tok.like_num


def _suicide_bombers(noun: Token) -> bool:
    """ "nine suicide bombers": attackers who died by their own bombs."""
    return noun.lemma_.lower() == "bomber" and any(c.lower_ == "suicide" for c in noun.children)


def _divisible(fig: FigureMatch) -> bool:
    """A count a following breakdown can divide: a toll, or the dead named so far; not a part."""
    return not fig.scope.startswith("part") or fig.scope == "part: identified"


def _labelled_people(x: Token, gov: Token | None, roles: dict[str, str]) -> Token | None:
    """The people a list line names before its verb and colon: "- Firefighters killed: none",
    "Police officers injured: three"; None when the line names no kind of people ("Homes destroyed: 40")."""
    if gov is None or gov.pos_ != "VERB" or x.i <= gov.i + 1 or gov.nbor(1).text != ":" or x.i > gov.i + 3 \
            or not (x.like_num or x.lower_ == "none"):
        return None  # (not "All 72 people on board were killed: 68 passengers and four crew")
    subject = next((c for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < gov.i), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or not (
            subject.left_edge.i == subject.sent.start or subject.left_edge.nbor(-1).text in {"-", "*", "•", "–", "—"}
            or "\n" in subject.left_edge.nbor(-1).text):
        return None  # a list line starts with the people it counts
    words = {subject.lemma_.lower(), subject.lower_, subject.lower_.removesuffix("s"),  # (capitalised, read as a name)
             f"{subject.nbor(-1).lower_} {subject.lower_}" if subject.i else ""}
    return subject if words & roles.keys() else None


def _compound_text(tok: Token) -> str:
    left = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if left:  # ("North Rhine-Westphalia": the compound's own compounds too)
        start = min(t.i for t in left[0].subtree if t.dep_ == "compound" or t.i == left[0].i)
        return tok.doc[start:tok.i + 1].text
    return tok.text


def _path_up(tok: Token, stop: Token):
    while tok.i != stop.i and tok.head.i != tok.i:
        yield tok
        tok = tok.head


def _hours_of_mourning(doc: Doc, end: int) -> bool:
    """"72 hours of national mourning": a time that is a mourning period."""
    words = [t.lower_ for t in doc[end:end + 4]]
    return bool(words) and words[0] in {"hours", "hour"} and len(words) > 2 and words[1] == "of" and "mourning" in words[2:]


def _mourning(tok: Token) -> bool:
    """ "mourning", also where the model reads it as the verb "mourn" ("three days of mourning")."""
    return tok.lower_ == "mourning" or tok.lemma_.lower() == "mourning"


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)



@Language.factory("newskg_figures", assigns=["doc._.newskg_figures"], requires=["token.dep", "token.lemma"])
def make_figures(nlp: Language, name: str) -> "FiguresComponent":
    return FiguresComponent()


class FiguresComponent:
    def __init__(self) -> None:
        self.finder = FigureFinder()

    def __call__(self, doc: Doc) -> Doc:
        doc._.newskg_figures = self.finder(doc)
        return doc
