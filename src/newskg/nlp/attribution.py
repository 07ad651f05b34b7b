"""The ``newskg_attribution`` component: who claims each figure, and is it hedged.

Sources, in order: "according to X" (or "statistics released by X"), the
subject of a reporting verb that governs the figure ("X said/confirmed that
…", "X reported no deaths"), a reporting clause beside it ("…, police said"),
the speaker of the quotation the figure sits in, and an earlier figure of the
same sentence. Otherwise the article itself states it (claimant None).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newskg.nlp import gazetteer
from newskg.nlp.extensions import DATELINE, FigureMatch, sentences, text_of, verb_above
from newskg.nlp.figures import PLACE_ROW_LINE

SOURCE_NOUNS = {"statement", "report", "figure", "data", "statistic", "count", "tally", "release",
                "communique", "bulletin", "update", "announcement", "record", "list", "estimate"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "this", "that", "who", "its", "their"}
# one person named by office, not by name: "he" may stand for "a police spokesman"
SPEAKER_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "officer", "chief", "minister", "governor",
                 "commissioner", "commander", "mayor", "doctor", "director", "witness", "resident", "survivor",
                 "president", "head", "inspector", "superintendent", "administrator", "secretary", "coroner",
                 "prosecutor", "surgeon", "nurse", "paramedic", "councillor", "councilor", "diver", "source"}
OPEN_QUOTES, CLOSE_QUOTES = "“\"«", "”\"»"
NEGATED_CONFIRM = {"confirm", "verify"}
# what a negated "confirm" in the figure's sentence may bear on for the figure to be unconfirmed
UNCONFIRMED_OBJECTS = {"death", "deaths", "toll", "figure", "number", "count", "report", "it", "this", "that", "claim", "tally"}
MODALS = {"may", "might", "could"}
QUOTE_VERBS = {"say", "tell", "add", "state", "explain", "write", "insist", "confirm"}
ACT_VERBS = {"declare", "proclaim", "decree", "order", "identify", "list", "record", "register", "count", "tally", "evacuate", "rescue", "pull", "airlift", "arrest", "detain",
             "revise", "raise", "lower", "update"}  # the actor is the source of its own count
DECLARE_VERBS = {"declare", "decree", "proclaim", "announce", "order", "release", "publish", "issue", "compile", "record", "register"}
CLOSING_REPORTS = {"say", "tell", "report", "confirm", "add", "announce", "state"}  # "…, police said." ending a sentence
ISSUE_VERBS = {"issue", "release", "publish", "announce"}  # "X issued a statement. Key line: "…""


class Attributor:
    def __init__(self) -> None:
        self.g = gazetteer.load()
        self._acronyms: dict[str, str] = {}  # per document: "BNPB" -> "National Disaster Management Agency"

    def __call__(self, doc: Doc) -> None:
        figures: list[FigureMatch] = doc._.newskg_figures or []
        quotes = _quote_regions(text_of(doc))
        self._acronyms: dict[str, str] = {}
        acts: set[int] = set()  # figures whose source is the actor, not a statement
        for i, fig in enumerate(figures):
            anchor = doc[fig.gov] if fig.gov is not None else doc[fig.head]
            src = self._according_to(anchor.sent, fig, anchor) or self._reporting_ancestor(anchor) \
                or self._reporting_beside(anchor) or self._quote_speaker(doc, fig, quotes) or self._noun_agent(doc, fig)
            if src is None:
                src = self._update_source(doc, fig, anchor)
            if src is None:
                src = self._actor(doc, fig, anchor)
                if src is not None:
                    acts.add(i)
            if src is not None and src.root.lower_ in {"i", "we"} and _inside(doc, src.start, quotes):
                src = self._quote_speaker(doc, fig, quotes)  # "We fear …," he said: the speaker, not "we"
            if src is not None and _refers_back(src):
                # "according to the same update": who issued the update named before, or else
                # the source of the last attributed figure
                src = _issuer_of_earlier(src.root)
                back = next((f for f in reversed(figures[:i]) if f.claimant_span), None)
                if src is None and back is not None:
                    self._adopt(doc, fig, back, figures[:i])
                    fig.hedged, fig.hedge_cue = self._hedge(doc, fig, anchor)
                    continue
            if src is not None and (not self._acceptable_source(src) or _counted_place(src, fig) or any(
                    _counted_place(src, f) for f in figures[:i] if doc[f.num_start].sent == doc[fig.num_start].sent)):
                src = None  # ("Sindhupalchok has recorded 3,440 deaths, against 1,222 in Kathmandu": no one's source)
            if src is None:
                src = self._update_source(doc, fig, anchor)
                if src is not None and not self._acceptable_source(src):
                    src = None
            if src is None:
                src = self._list_intro(doc, fig)
            if src is None:
                same = [f for f in figures[:i] if doc[f.num_start].sent == anchor.sent and f.claimant_span]
                if same:
                    fig.claimant_span = same[-1].claimant_span
            else:
                fig.claimant_span = (src.start, src.end)
            if fig.claimant_span:
                self._name(doc, fig, figures[:i])
            fig.hedged, fig.hedge_cue = self._hedge(doc, fig, anchor)
        self._carry_over(doc, figures, acts)
        for i, fig in enumerate(figures):
            if not fig.claimant_span and fig.whole is not None and fig.whole.claimant_span:
                self._adopt(doc, fig, fig.whole, figures[:i])  # "Sindh: 402" under the NDMA's toll: the NDMA's
        # possessives are resolved now, so implicit and collective populations can be completed
        from newskg.nlp.figures import FigureFinder, mark_earlier_counts

        FigureFinder.inherit_populations(self, doc, figures)
        mark_earlier_counts(doc, figures)

    # --- where the claimant is ---------------------------------------------
    def _list_intro(self, doc: Doc, fig: FigureMatch) -> Span | None:
        """A bullet of a list whose opening line names its source: "- By nationality, according to the
        ministry:" then "  - Indian: 6"."""
        text = text_of(doc)
        start = doc[fig.num_start].idx
        line_start = text.rfind("\n", 0, start) + 1
        # a bullet, or a row of a table set as text under its header ("India's home ministry gave the
        # following toll by state:" then "Bihar — 56")
        row = not text[line_start:start].lstrip().startswith(("-", "*", "•"))
        if row and PLACE_ROW_LINE.match(text[line_start:start + 1]) is None:
            return None
        own = _indent(text, line_start)
        end = line_start - 1
        for _ in range(40 if row else 15):
            if end <= 0:
                return None
            begin = text.rfind("\n", 0, end) + 1
            line = text[begin:end].strip()
            if not line:
                return None  # a blank line ends the list
            if line.rstrip("*_ ").endswith(":"):
                if line.startswith(("-", "*", "•")) and _indent(text, begin) >= own and not row:
                    return None  # a bullet of the same level, not the line that opens this list
                span = doc.char_span(begin, end, alignment_mode="expand")
                return self._header_source(span) if span is not None else None
            if row and PLACE_ROW_LINE.match(line):
                end = begin - 1
                continue
            if not line.startswith(("-", "*", "•")):
                return None
            end = begin - 1
        return None

    def _header_source(self, span: Span) -> Span | None:
        """Who a list's opening line says gave it: "according to the ministry:", "India's home ministry
        gave the following toll by state:", "The ministry's breakdown as of 8 a.m.:". Only the sentence
        that opens the list is read ("… puts the toll at 611. The breakdown by region:" names no one)."""
        last = span.doc[span.end - 1].sent
        span = span.doc[max(span.start, last.start):span.end]
        for t in span:
            if t.lower_ == "according":
                to = next((c for c in t.children if c.lower_ == "to"), None) or (
                    t.nbor(1) if t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to" else None)
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                return _phrase(pobj) if pobj is not None else None
        for t in span:
            if t.pos_ == "VERB" and (t.lemma_.lower() in self.g.reporting or t.lemma_.lower() in LIST_GIVING_VERBS):
                subj = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
                if subj is not None and self._acceptable_source(_phrase(subj)):
                    return _phrase(subj)
            if t.lemma_.lower() in {"breakdown", "list", "tally", "figure", "count"}:
                owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)
                if owner is not None and self._acceptable_source(_phrase(owner)):
                    return _phrase(owner)
        # "District-wise deaths since August 8 (State Emergency Operations Centre, Tuesday, 10 AM):" the body in brackets
        opened = next((t for t in span if t.text == "("), None)
        if opened is not None:
            ent = next((e for e in span.doc.ents if e.label_ == "ORG" and opened.i < e.start and e.end <= span.end
                        and not any(t.text == ")" for t in span.doc[opened.i:e.start])), None)
            if ent is not None and self._acceptable_source(ent):
                return ent
            j = opened.i + 1  # (or a capitalised name the model did not tag, up to the first comma)
            while j < span.end and span.doc[j].text not in {",", ")", ";"}:
                j += 1
            name = span.doc[opened.i + 1:j]
            if len(name) >= 2 and all(t.text[:1].isupper() or t.lower_ in {"of", "for", "and", "the"} for t in name) \
                    and name[0].text[:1].isupper() and not any(t.ent_type_ in {"DATE", "TIME", "GPE"} for t in name) \
                    and self._acceptable_source(name):
                return name
        return None

    def _according_to(self, sent: Span, fig: FigureMatch, anchor: Token | None = None) -> Span | None:
        # "killing 11 soldiers, according to the ministry, while an official said 94 civilians had
        # been buried": the 94 belong to the official, whose verb governs them, not to the ministry
        if not any(t.lower_ == "according" for t in sent):
            return None
        reporter = self._governing_reporter(anchor) if anchor is not None else None
        for t in sent:
            if reporter is not None and not (reporter.left_edge.i <= t.i <= reporter.right_edge.i):
                continue
            if t.lower_ == "according":
                to = next((c for c in t.children if c.lower_ == "to"), None)
                if to is None and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
                    to = t.doc[t.i + 1]
                if to is None:
                    continue
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                if any(c.dep_ == "poss" and c.lower_ in {"our", "my"} for c in pobj.children):
                    continue  # "according to our information," he said: the speaker is the source
                # "statistics released by the governments of X and Y"
                for d in pobj.subtree:
                    if d.dep_ == "agent" or (d.lower_ == "by" and d.head.tag_ == "VBN"):
                        agent = next((c for c in d.children if c.dep_ == "pobj"), None)
                        if agent is not None:
                            return _phrase(agent)
                if pobj.lemma_.lower() in SOURCE_NOUNS:
                    owner = _owner(pobj)
                    if owner is not None:
                        return _phrase(owner)
                return _phrase(pobj)
        return None

    def _noun_agent(self, doc: Doc, fig: FigureMatch) -> Span | None:
        """"three days of national mourning declared by the president's office", "figures released
        by the ministry": the agent of a reporting participle on the figure's noun."""
        nouns = [doc[i] for i in (fig.cue, fig.head) if i is not None]
        up = doc[fig.head]
        for _ in range(3):  # "on the second of three days of mourning declared by …"
            if up.head.i == up.i or up.head.pos_ not in {"NOUN", "ADJ", "ADP", "PROPN"}:
                break
            up = up.head
            nouns.append(up)
        for noun in nouns:
            for c in noun.children:
                if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_.lower() not in self.g.reporting | DECLARE_VERBS:
                    continue
                for d in c.children:
                    pobj = next((p for p in d.children if p.dep_ == "pobj"), None) if d.dep_ == "agent" else None
                    if pobj is not None:
                        return _phrase(pobj)
        return self._count_giver(doc[fig.head] if doc[fig.head].dep_ == "pobj" else doc[fig.head].head)

    def _count_giver(self, x: Token) -> Span | None:
        """Who gave "a count of N" ("the minister gave his own count on Sunday of 3,283 deaths", "the
        agency put out a tally of 41 dead"): the subject of the verb whose object is the count."""
        if x.dep_ != "pobj" or x.head.lower_ != "of":
            return None
        verb = verb_above(x.head.head)  # ("gave her own count on Monday of 1,204 deaths": "of" read onto "Monday")
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ISSUE_VERBS | {"give", "put", "provide", "publish", "update"} \
                or not any(c.dep_ == "dobj" and c.lemma_.lower() in SOURCE_NOUNS | {"toll"} for c in verb.children):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return _phrase(subj) if subj is not None and subj.lower_ not in PRONOUNS else None

    def _speaker_of(self, verb: Token, avoid: Token | None = None) -> Span | None:
        if verb.lemma_.lower() not in self.g.reporting:
            return None
        if any(c.dep_ == "dobj" and c.lemma_.lower() in {"life", "victim"} for c in verb.children):
            return None  # "the fire claimed the lives of 34": the event, not a claim
        subjects = [c for c in verb.children if c.dep_ == "nsubj"
                    and not (avoid is not None and c.left_edge.i <= avoid.i <= c.right_edge.i)]
        if subjects:
            # a dateline or a headline run into the sentence can parse as a second subject:
            # the speaker is the subject next to the verb ("…, the ministry said"; "said the ministry")
            before = [c for c in subjects if c.i < verb.i]
            c = before[-1] if before else subjects[0]
            c = _after_dateline(c)
            if c.lemma_.lower() in SOURCE_NOUNS:
                owner = _owner(c)
                if owner is None and _modifier_owner(c) is not None:
                    return _modifier_owner(c)  # "a Malian army statement said"
                if owner is None and any(d.lower_ in {"the", "same", "this", "that", "latest", "an", "a"} for d in c.children):
                    return None  # "the same update said": the source named before (carried over)
                return _phrase(owner) if owner is not None else _phrase(c)
            if c.lower_ in {"several", "some", "many", "most", "all", "both", "each", "none"}:
                return None  # "several of them said": a part of the counted, not a source
            return _phrase(c)
        for c in verb.children:
            if c.dep_ == "agent":
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is not None:
                    return _phrase(pobj)
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
        # "…, the Brazilian embassy in Lima said.": the speaker parsed as an apposition of the counted
        doc = verb.doc
        comma = next((t for t in reversed(doc[verb.sent.start:verb.i]) if t.text == ","), None)
        if comma is not None and 0 < verb.i - comma.i <= 12:
            between = doc[comma.i + 1:verb.i]
            heads = [t for t in between if not (between.start <= t.head.i < between.end)]
            if len(heads) == 1 and heads[0].dep_ == "appos" and heads[0].pos_ in {"NOUN", "PROPN"}:
                return _phrase(heads[0])
        # no subject of its own: "…, saying 12 had died"; "X denied … and said none had died"
        if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.i != verb.i:
            head = verb.head
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in {"several", "some", "many", "most", "all", "both", "each", "none"}:
                if subj.lemma_.lower() in SOURCE_NOUNS and _owner(subj) is not None:
                    return _phrase(_owner(subj))
                return _phrase(subj)
        return None

    def _governing_reporter(self, anchor: Token) -> Token | None:
        """The nearest reporting verb whose complement holds the figure ("an official said [… 94 …]")."""
        tok, seen = anchor, 0
        while tok.head.i != tok.i and seen < 8:
            child, tok = tok, tok.head
            seen += 1
            if tok.lemma_.lower() in self.g.reporting and child.dep_ in {"ccomp", "xcomp"} \
                    and any(c.dep_ == "nsubj" for c in tok.children):
                return tok
        return None

    def _reporting_ancestor(self, anchor: Token) -> Span | None:
        tok = anchor
        seen = 0
        complement = False  # "told reporters outside the hospital that 19 people had died", parsed as a relative clause
        while tok.head.i != tok.i and seen < 8:
            child, tok = tok, tok.head
            seen += 1
            complement = complement or (child.dep_ == "relcl" and _complement_as_relative(child))
            put_at = child.dep_ == "prep" and child.lower_ == "at" and tok.lemma_.lower() in {"put", "place"}
            dead_adverb = seen == 1 and child.dep_ == "advmod" and child.pos_ == "ADJ"  # "reported 28 dead shortly after"
            if tok.lemma_.lower() in self.g.reporting and (complement or put_at or dead_adverb or child.dep_ in {
                    "ccomp", "dobj", "xcomp", "advcl", "conj", "parataxis", "oprd", "nsubjpass"}):  # (put_at: "put the figure at 71")
                who = self._speaker_of(tok)
                if who is not None:
                    return who
        # the anchor itself: "U.S. forces reported no deaths"
        if anchor.lemma_.lower() in self.g.reporting:
            return self._speaker_of(anchor)
        if anchor.head.lemma_.lower() in self.g.reporting and anchor.dep_ in {"dobj", "nsubjpass"}:
            return self._speaker_of(anchor.head)
        return None

    def _reporting_beside(self, anchor: Token) -> Span | None:
        """"…, police said." parsed as a sibling or parataxis of the figure's clause."""
        sent = anchor.sent
        for t in sent:
            if t.lemma_.lower() in CLOSING_REPORTS and t.dep_ in {"parataxis", "ROOT"}:
                if t.i > anchor.i or t.dep_ == "parataxis":
                    who = self._speaker_of(t, avoid=anchor)
                    if who is not None and not (who.start <= anchor.i < who.end):
                        return who
        for t in sent:
            if t.i > anchor.i and _trailing_report(t):
                who = self._speaker_of(t, avoid=anchor)
                if who is not None and not (who.start <= anchor.i < who.end):
                    return who
        return None

    def _quote_speaker(self, doc: Doc, fig: FigureMatch, quotes: list[tuple[int, int]]) -> Span | None:
        """The speaker of the quotation the figure sits in: the nearest reporting clause outside
        it, before or after, in the same paragraph ("…," said Y. / Y said: "…")."""
        pos = doc[fig.num_start].idx
        text = text_of(doc)
        for a, b in quotes:
            if a <= pos < b:
                best, best_dist = None, None
                for sent in sentences(doc):
                    if sent.end_char < a - 200 or sent.start_char > b + 200:
                        continue
                    for t in sent:
                        if (t.idx < a or t.idx >= b) and (t.lemma_.lower() in QUOTE_VERBS or (
                                t.lemma_.lower() in ISSUE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in SOURCE_NOUNS for c in t.children))):
                            gap = text[t.idx:a] if t.idx < a else text[b:t.idx]
                            if _paragraph_break(gap):
                                continue
                            who = self._speaker_of(t)
                            if who is not None and (who.start_char < a or who.start_char >= b):
                                dist = len(gap)
                                if best_dist is None or dist < best_dist:
                                    best, best_dist = who, dist
                if best is not None:
                    return best
        return None

    def _update_source(self, doc: Doc, fig: FigureMatch, anchor: Token) -> Span | None:
        """The issuer of an update that states the figure without a reporting verb:
        "X has issued its update: 44 dead", "New figures from X: 87 dead",
        "X's afternoon update puts the toll at 31"."""
        sent = anchor.sent
        # the subject of the figure's verb is a source noun: "X's update puts the toll at 31"
        tok = anchor
        for _ in range(4):
            if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
                break
            tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            for c in tok.children:
                if c.dep_ == "nsubj" and c.lemma_.lower() in SOURCE_NOUNS:
                    owner = _owner(c)
                    if owner is not None and owner.lower_ not in PRONOUNS:
                        return _phrase(owner)
                    return _modifier_owner(c)
        # a colon before the figure, a source before the colon, in the same sentence or line
        start = doc[fig.num_start]
        colon = next((t for t in reversed(doc[sent.start:start.i]) if t.text == ":"), None)
        if colon is None:
            return self._released_before(doc, sent)
        for t in doc[sent.start:colon.i]:
            if t.lemma_.lower() not in SOURCE_NOUNS | {"number", "toll"}:
                continue
            if t.dep_ == "dobj" and t.head.lemma_.lower() in ISSUE_VERBS | {"give", "put", "update", "post", "have"}:
                subj = next((c for c in t.head.children if c.dep_ == "nsubj" and c.i < t.head.i), None)
                if subj is not None and subj.lower_ not in PRONOUNS:
                    return _phrase(subj)  # "AFAD has issued its first update: 12 dead"
            owner = _owner(t)
            if owner is not None and owner.lower_ not in PRONOUNS:
                return _phrase(owner)  # "New figures from the Health Ministry: 27 dead"
            if _modifier_owner(t) is not None:
                return _modifier_owner(t)
        return None

    def _released_before(self, doc: Doc, sent: Span) -> Span | None:
        """The issuer named by the sentence just before, when that sentence only says it released the
        figures that follow: "The State Emergency Operations Centre has released a district-wise count of
        deaths. Idukki has been hit hardest with 43 deaths, …"."""
        if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws:
            return None  # (not across a line: a new paragraph or an update of a live page)
        before = doc[sent.start - 1].sent
        verb = before.root
        if verb.lemma_.lower() not in ISSUE_VERBS | {"give", "provide"} or any(
                t.like_num and t.ent_type_ not in {"DATE", "TIME"} for t in before):
            return None
        told = any(c.dep_ == "dobj" and c.lemma_.lower() in SOURCE_NOUNS | {"breakdown", "number", "toll"} for c in verb.children)
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if not told or subj is None or not self._acceptable_source(_phrase(subj)):
            return None
        return _phrase(subj)

    def _actor(self, doc: Doc, fig: FigureMatch, anchor: Token) -> Span | None:
        """Whoever did what is counted, when that is an official act, counts it: "the
        municipality declared a day of mourning", "police arrested 40", "the coast guard
        rescued 8 sailors", "the embassy revised the number of dead to six"."""
        tok = anchor
        for _ in range(4):
            if tok.pos_ in {"VERB", "AUX"}:
                break
            if tok.head.i == tok.i:
                return None
            tok = tok.head
        if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in ACT_VERBS:
            tok = tok.head.head
        # "112 people were listed as missing by the prosecutor's office": the agent can hang off "missing"
        bys = [tok, *(p for a in tok.children if a.lower_ == "as" for p in a.children if p.dep_ == "pcomp")]
        if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in ACT_VERBS:
            return None
        if tok.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children):
            return None  # "46 journalists detained": a reduced passive, its subject is the counted
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
        subj = subjects[-1] if subjects else None
        if subj is None:
            agent = next((c for b in bys for c in b.children if c.dep_ == "agent" or (c.lower_ == "by" and b is not tok)), None)
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subj is None or subj.i in range(fig.span[0], fig.span[1]) or subj.i == fig.head or subj.lower_ in {"who", "which", "that"}:
            return None
        return _phrase(_after_dateline(subj))

    def _acceptable_source(self, span: Span) -> bool:
        """A source is somebody: not the event ("a fire … killed"), not the counted ("87 people"), not a dateline."""
        root = span.root
        lem = root.lemma_.lower()
        if any(t.like_num and not _in_name(t) for t in span) or root.is_punct or not any(t.is_alpha for t in span):
            return False  # "87 people" is the counted; "Rescue 1122" is a name
        if lem in self.g.events or lem in self.g.measure_nouns or lem in {"magnitude", "people", "person", "number", "toll"}:
            return False
        if len(span) == 1 and span.text.isupper() and len(span.text) > 3 and _dateline_like(span):
            return False  # "HARARE" at the start of a dateline (not an acronym: "AFAD says")
        if any(re.fullmatch(r"\d{1,2}[:.]\d{2}", t.text) for t in span):
            return False  # "**06:50 GMT** —": a live-blog time stamp
        if all(t.ent_type_ in {"DATE", "TIME"} for t in span):
            return False  # "Today said …" is a parse of a live-blog stamp
        if len(span) > 6 and any(t.pos_ == "VERB" for t in span):
            return False  # a clause, not a name: a headline run into the sentence
        return True

    def _carry_over(self, doc: Doc, figures: list[FigureMatch], acts: set[int] = frozenset()) -> None:
        """Unattributed figures keep the source of their paragraph; a headline takes the body's.

        News names a source once and goes on ("The ministry said 12 died. Another 30
        were injured."); a headline restates what the body attributes.
        """
        from newskg.boilerplate import heading_spans, in_ranges

        text = text_of(doc)
        headings = heading_spans(text) + _markdown_headings(text)
        for i, fig in enumerate(figures):
            if fig.claimant_span:
                continue
            start = doc[fig.num_start].idx
            if in_ranges(start, headings):  # a headline or section heading restates the text below
                later = [f for f in figures[i + 1:] if f.claimant_span and f.measure == fig.measure and (f.min, f.max) == (fig.min, fig.max)]
                if not later and "\n" not in text[:start]:  # the headline: the lead's figure, updated
                    later = [f for f in figures[i + 1:] if f.claimant_span and f.measure == fig.measure]
                if later:
                    self._adopt(doc, fig, later[0], figures[:i])
                continue
            # a recap ("In short: 87 dead, 260 injured") restates figures given with their source
            same = [f for f in figures[:i] if f.claimant_span and f.measure == fig.measure
                    and (f.min, f.max) == (fig.min, fig.max) and set(f.groups) == set(fig.groups)
                    and not in_ranges(doc[f.num_start].idx, headings)]
            if same:
                self._adopt(doc, fig, same[-1], figures[:i])
                continue
            said = self._source_just_before(doc, fig)
            back = _partitive_back(doc, fig)
            for prev in reversed(figures[:i]):
                between = text[doc[prev.num_start].idx:start]
                if back and prev.measure == fig.measure and not prev.scope and prev.claimant_span \
                        and between.count("\n") <= 2 and len(between) <= 600:
                    self._adopt(doc, fig, prev, figures[:i])  # "- Deaths: 34, SENAPRED says" / "- Of the victims, 21 …"
                    break
                if _paragraph_break(between) or len(between) > 600:
                    break  # another paragraph (or the headline): its source is not ours
                if said is not None and doc[prev.num_start].sent.start < said.sent.start:
                    break  # a source named since: "…, the ministry said. Eight of the deaths were in …"
                if not prev.claimant_span:
                    continue
                if figures.index(prev) not in acts:  # an act ("rescued 8") is not an account to go on with
                    self._adopt(doc, fig, prev, figures[:i])
                break
            if not fig.claimant_span and said is not None:
                fig.claimant_span = (said.start, said.end)
                self._name(doc, fig, figures[:i])
                continue
            if not fig.claimant_span:
                # a lead that gives the figures the body then attributes ("Three Israelis … are among the dead"
                # in the standfirst, "the foreign ministry said three Israelis …" below): the body's source
                later = [f for f in figures[i + 1:] if f.claimant_span and f.measure == fig.measure
                         and (f.min, f.max) == (fig.min, fig.max) and set(f.groups) == set(fig.groups)]
                if later:
                    self._adopt(doc, fig, later[0], figures[:i])

    def _source_just_before(self, doc: Doc, fig: FigureMatch) -> Span | None:
        """The speaker of the sentence just before the figure's, in its paragraph, when that sentence
        ends with its source and gives no figure: "Most of the victims were crushed by falling trees,
        the ministry said. Eight of the deaths were in Cox's Bazar" (the ministry's eight)."""
        sent = doc[fig.num_start].sent
        if sent.start == 0 or any(t.lemma_.lower() in self.g.reporting and t.pos_ == "VERB" for t in sent):
            return None
        before = doc[sent.start - 1].sent
        if _paragraph_break(doc.text[before.start_char:sent.start_char]) or "\n" in before.text.strip():
            return None
        if any(f.num_start in range(before.start, before.end) for f in doc._.newskg_figures or []):
            return None
        for t in reversed(before):
            if t.lemma_.lower() in CLOSING_REPORTS \
                    and (t.dep_ == "ROOT" or _trailing_report(t)) and t.i > before.start + 3:
                subj = [c for c in t.children if c.dep_ == "nsubj"]
                if subj and subj[-1].left_edge.i > before.start and doc[subj[-1].left_edge.i - 1].text in {",", "—", "–"}:
                    who = self._speaker_of(t)
                    if who is not None and self._acceptable_source(who) and who.root.lower_ not in {"i", "we"}:
                        return who
        return None

    def _adopt(self, doc: Doc, fig: FigureMatch, src: FigureMatch, earlier: list[FigureMatch]) -> None:
        fig.claimant_span = src.claimant_span
        fig.claimant, fig.claimant_kind, fig.claimant_country = src.claimant, src.claimant_kind, src.claimant_country
        fig.claimant_text_raw = src.claimant_text_raw
        _claimants_own(doc, fig)

    # --- naming the claimant ---------------------------------------------------
    def _name(self, doc: Doc, fig: FigureMatch, earlier: list[FigureMatch]) -> None:
        a, b = fig.claimant_span
        span = doc[a:b]
        text = DATELINE.sub("", span.text.strip(), count=1) or span.text.strip()  # "NIAMEY - Niger's government"
        low = text.lower()
        if low in PRONOUNS and not _relative(span.root):
            ref = self._antecedent(doc, a, low, earlier)
            if ref is not None:
                span, text = ref, ref.text
                fig.claimant_span = (ref.start, ref.end)
        owner = span[0] if len(span) > 1 and span[0].lower_ == "its" and span[0].dep_ == "poss" else None
        if owner is not None and low not in PRONOUNS:  # "Its spokesman in Ituri said …": the army's spokesman
            ref = self._antecedent(doc, a, "it", earlier)
            if ref is not None and ref.root.lower_ not in PRONOUNS:
                span, text = ref, ref.text
                fig.claimant_span = (ref.start, ref.end)
        if _relative(span.root):  # "the aviation authority, which said it had confirmed 41 deaths"
            span = _phrase(_relative_antecedent(span.root))
            text = span.text.strip()
            fig.claimant_span = (span.start, span.end)
        written = text
        for det in ("the ", "The "):
            if text.startswith(det):
                text = text[len(det):]
        acronym = _acronym_after(span)
        fig.claimant_text_raw = text if acronym is None else f"{text} ({acronym})"  # "National Disaster Management Agency (BNPB)"
        g = self.g
        iso = g.country_names.get(text.lower()) or g.capitals.get(text.lower())
        persons = [e for e in doc.ents if e.label_ == "PERSON" and e.start >= span.start and e.end <= span.end]
        country = None
        words = [t.text.lower() for t in span]
        named = {t.i for p in persons if len(p) > 1 for t in p}  # "the government of Prime Minister Luís Montenegro": a man
        for n in (3, 2):  # "South Korea's foreign ministry", "the United Arab Emirates' embassy"
            for k in range(len(words) - n + 1):
                if span[k].text[:1].isupper() and all(t.text[:1].isupper() and t.i not in named for t in span[k:k + n]):
                    country = country or g.country_names.get(" ".join(words[k:k + n]).removesuffix("'s").removesuffix("'")) \
                        or g.demonyms.get(" ".join(words[k:k + n]))
        for t in span if country is None else ():
            if not t.text[:1].isupper() or t.i in named:
                continue  # "us" is not the U.S.
            country = g.demonyms.get(t.lower_) or g.country_names.get(t.lower_) or (
                g.country_names.get(t.text.lower().rstrip("'s")) if t.pos_ == "PROPN" else None) or (
                g.capitals.get(t.lower_) if t.pos_ == "PROPN" and t.i == span.start + (span[0].lower_ == "the") else None)
            # ("Bangkok city officials", "the Bangkok Metropolitan Administration": a capital's own bodies)
            if country:
                break
        if iso:
            fig.claimant_kind, fig.claimant_country = "country", iso
        else:
            fig.claimant_kind = "person" if persons else "organization"
            fig.claimant_country = country
        if fig.claimant_kind != "person" and re.fullmatch(r"(?:Mr|Ms|Mrs|Miss|Dr)\.? [A-Z][\w'’-]+", text):
            fig.claimant_kind = "person"  # "Ms Mrisho", which the model did not tag as a person
        fig.claimant = self._acronyms.get(text) or self._canonical(text, fig.claimant_kind, earlier)
        speaker = _person_in_apposition(doc, span.root) if not persons and span.root.lemma_.lower() in SPEAKER_NOUNS else None
        if speaker is not None:
            # "The hospital spokesman, Aamir Shinwari, said …": the person the role is given to
            fig.claimant_kind, fig.claimant = "person", _full_name(doc, speaker.text)
            fig.claimant_text_raw = f"{written} ({speaker.text})"
            _claimants_own(doc, fig)
            return
        if fig.claimant_kind == "organization" and fig.claimant.lower() in BODY_WORDS:
            fig.claimant = _body_named_before(doc, a, fig.claimant.lower()) or fig.claimant  # "the airline": Air India
        if text.lower() in BODY_WORDS and fig.claimant.lower() != text.lower() and acronym is None:
            body = next((f.claimant_text_raw for f in reversed(earlier) if f.claimant == fig.claimant and f.claimant_text_raw
                         and f.claimant_text_raw.split(" (")[0].lower().removeprefix("the ") not in BODY_WORDS), fig.claimant)
            fig.claimant_text_raw = f"{written} ({body})"  # the words, and the body they stand for: "the agency (INGD)"
        if acronym is not None:
            self._acronyms.setdefault(acronym, fig.claimant)  # a later "BNPB said" is the same agency
        if fig.claimant_kind == "person":
            fig.claimant = _full_name(doc, fig.claimant)
        _claimants_own(doc, fig)


    def _canonical(self, text: str, kind: str | None, earlier: list[FigureMatch]) -> str:
        """One name per source: "Tanzania's Ministry of Works" and a later "the ministry" are the
        Ministry of Works; a person loses titles. The words as written stay in claimantText."""
        import re

        text = text.lstrip("-–•* ").strip() or text  # "- Aragón's government has declared …": a bullet is not the name
        if kind == "country":
            return text
        name = re.sub(r"^[A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s ", "", text).strip() or text  # "Tanzania's X" -> X
        if name != text and not any(w[:1].isupper() for w in name.split()[1:]):
            name = text  # "Kenya's foreign ministry" is not France's: a generic name keeps its owner
        if kind == "person":
            from newskg.nlp.actors import strip_title

            ents = name
            return strip_title(ents)
        low = name.lower()
        named = any(w[:1].isupper() for w in name.split()[:-1] if w.lower() != "the")
        if len(low.split()) <= 2 and not named:  # "ministry", "the police", "the army": the fuller name given before
            # (not "Interior Ministry": a name of its own, not the "Foreign Ministry" named before)
            head = low.split()[-1]
            for f in reversed(earlier):
                if f.claimant and f.claimant_kind == "organization" and head in f.claimant.lower().split() and f.claimant.lower() != low:
                    return f.claimant
        return name[:1].upper() + name[1:] if name[:1].islower() and kind == "organization" else name

    def _antecedent(self, doc: Doc, before: int, pronoun: str, earlier: list[FigureMatch] = ()) -> Span | None:
        """What "it", "they", "he" stands for: the nearest earlier source of the right kind (the
        subject of a reporting verb, or the source of an earlier figure: "according to the
        ministry's bulletin. It put …"), or else the nearest name of that kind."""
        person = pronoun in {"he", "she", "i"}
        start = max(0, doc[before].sent.start - 120)

        def fits(who: Span) -> bool:
            if who.start >= before or who.start < start or who.root.lower_ in PRONOUNS or not self._acceptable_source(who):
                return False
            is_person = any(e.label_ == "PERSON" and e.start >= who.start and e.end <= who.end for e in doc.ents) \
                or (who.root.tag_ == "NN" and who.root.lemma_.lower() in SPEAKER_NOUNS)  # "a police spokesman"
            return is_person == person

        found: list[Span] = [doc[a:b] for a, b in (f.claimant_span for f in earlier if f.claimant_span)]
        for t in reversed(doc[start:before]):
            if t.lemma_.lower() in self.g.reporting and t.pos_ in {"VERB", "AUX"}:
                who = self._speaker_of(t)
                if who is not None and fits(who):
                    found.append(who)
                    break
        found = [w for w in found if fits(w)]
        if found:
            return max(found, key=lambda w: w.start)
        want = {"PERSON"} if person else {"ORG", "GPE", "NORP", "PERSON"}
        best = None
        for e in doc.ents:
            if e.end <= before and e.label_ in want:
                best = e
        return best

    # --- hedging -----------------------------------------------------------------
    def _hedge(self, doc: Doc, fig: FigureMatch, anchor: Token) -> tuple[bool, str | None]:
        hedges = self.g.hedges
        tokens: list[Token] = []
        clause = anchor if anchor.pos_ in {"VERB", "AUX"} else _clause_verb(anchor)
        if clause is not None:
            tokens.extend(_clause_tokens(clause))
            tok = clause
            while tok.head.i != tok.i:
                tok = tok.head
                tokens.append(tok)
                tokens.extend(c for c in tok.children if c.dep_ in {"aux", "advmod", "neg"})
        tokens.extend(doc[fig.span[0]:fig.span[1]])
        for t in tokens:
            lem = t.lemma_.lower()
            if lem in MODALS and t.tag_ != "MD":
                continue  # "21 May" is a date, not a hedge
            if lem in hedges or t.lower_ in hedges:
                return True, t.text
            if lem in NEGATED_CONFIRM and any(c.dep_ == "neg" for c in t.children):
                return True, f"not {t.text}"
        for t in anchor.sent:  # "…, but the ministry had not confirmed the death": the count is unconfirmed
            if t.lemma_.lower() in NEGATED_CONFIRM and any(c.dep_ == "neg" for c in t.children) and all(
                    c.lemma_.lower() in UNCONFIRMED_OBJECTS for c in t.children if c.dep_ == "dobj"):
                return True, f"not {t.text}"
        return False, None




def _counted_place(src: Span, fig: FigureMatch) -> bool:
    """The subject is the place counted, not who counts: "Taroudant recorded 452 deaths", and in
    a place's count, another town of the list ("… and Chichaoua 191")."""
    if not fig.scope_place:
        return False
    # ("Taroudant province has recorded 980 and Chichaoua 202": the province is Taroudant)
    name = gazetteer.without_unit(src.text.removeprefix("the ").removeprefix("The ")).lower()
    g = gazetteer.load()
    return name == fig.scope_place.lower() or (name in g.cities or name in g.places) and name not in g.country_names


def _claimants_own(doc: Doc, fig: FigureMatch) -> None:
    """"Its soldiers", "their own citizens": the claimant's nationals take its country."""
    if fig.possessive and not fig.groups and fig.claimant_country and _owned_by_claimant(doc, fig) \
            and _owned_as_nationals(doc, fig):
        fig.groups = (fig.claimant_country,)


def _owned_as_nationals(doc: Doc, fig: FigureMatch) -> bool:
    """"Its" people are the claimant's nationals when the claimant is a country or its forces speak of
    their own ("lost 32 of its soldiers", "two of its citizens"), not when an aid group counts its
    volunteers ("the Red Crescent said three of its volunteers had died": whatever their nationality)."""
    if fig.claimant_kind == "country" or fig.role in {"military", "security"}:
        return True
    return any(doc[i].lemma_.lower() in {"citizen", "national", "countryman", "compatriot"}
               for i in (fig.head, fig.pop) if i is not None)


def _indent(text: str, begin: int) -> int:
    """How far the line starting at ``begin`` is indented."""
    end = text.find("\n", begin)
    line = text[begin:end if end >= 0 else len(text)]
    return len(line) - len(line.lstrip())


def _relative(tok: Token) -> bool:
    return tok.lower_ in {"which", "who", "that"} and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl"


def _relative_antecedent(pronoun: Token) -> Token:
    """What "which"/"who" stands for: the noun right before it ("…, the airline and the Civil Aviation
    Authority (TCAA), which said"), skipping commas and a bracketed acronym; else the parser's head."""
    doc, j = pronoun.doc, pronoun.i - 1
    while j > 0 and doc[j].text in {",", "—", "–"}:
        j -= 1
    if doc[j].text == ")":
        while j > 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    return doc[j] if j >= 0 and doc[j].pos_ in {"NOUN", "PROPN"} else pronoun.head.head


def _full_name(doc: Doc, name: str) -> str:
    """"Mrisho" (from "Ms Mrisho") is the "Halima Mrisho" the article named in full."""
    parts = name.split()
    if parts and parts[0].rstrip(".") in {"Mr", "Ms", "Mrs", "Miss", "Dr"}:
        parts = parts[1:]  # "Ms Mrisho"
    if not parts or len(parts) > 2:
        return name
    longer = [e.text for e in doc.ents if e.label_ == "PERSON" and len(e) > len(parts) and e[-1].text == parts[-1]
              and (len(parts) == 1 or e[0].text == parts[0] or len(parts[0]) <= 2)]
    return max(longer, key=len) if longer else name


def _clause_verb(tok: Token) -> Token | None:
    verb = verb_above(tok)
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def _complement_as_relative(verb: Token) -> bool:
    """A "that" clause with nothing missing, parsed as a relative clause: "told reporters outside
    the hospital that 19 people had died" ("that" is no object of "died", which has its subject)."""
    that = next((c for c in verb.children if c.lower_ == "that" and c.i < verb.i), None)
    if that is None or that.dep_ == "nsubj" or that.dep_ == "nsubjpass":
        return False
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > that.i for c in verb.children)
    has_object = any(c.dep_ == "dobj" and c is not that for c in verb.children)
    return has_subject and (has_object or verb.lemma_.lower() in {"die", "be", "kill", "injure", "wound", "miss"}
                            or any(c.dep_ == "auxpass" for c in verb.children))


def _clause_tokens(verb: Token) -> list[Token]:
    """The verb's own clause: not the clauses joined to it, nor a relative clause on one of its
    nouns ("listed by the prosecutor's office, which cautioned that some may …": not a hedge)."""
    out = [verb]

    def within(t: Token) -> None:
        out.append(t)
        for c in t.children:
            if c.dep_ != "relcl":
                within(c)

    for c in verb.children:
        if c.dep_ in {"conj", "advcl", "ccomp", "parataxis", "relcl", "cc", "mark"} and c.pos_ in {"VERB", "AUX"}:
            continue
        within(c)
    return out


def _owned_by_claimant(doc: Doc, fig: FigureMatch) -> bool:
    """"its soldiers", "our officers": the possessive qualifies the counted people themselves
    (not "15,000 people fled their homes", where "their" is the people's own)."""
    head = doc[fig.head]
    owners = [t for t in doc[fig.span[0]:fig.span[1]] if t.lower_ in {"its", "their", "our", "his", "her"} and t.dep_ == "poss"]
    return not owners or any(t.head.i == head.i or head in t.head.ancestors or t.head in head.ancestors for t in owners)


def _markdown_headings(text: str) -> list[tuple[int, int]]:
    """'## "We lost everything"': a markdown heading, even one that ends like a sentence."""
    import re

    return [(m.start(), m.end()) for m in re.finditer(r"(?m)^#{1,6} .*$", text)]


def _refers_back(span: Span) -> bool:
    """"the same update", "that statement": a source document named before."""
    root = span.root
    return root.lemma_.lower() in SOURCE_NOUNS and _owner(root) is None and any(
        c.dep_ == "det" and c.lower_ in {"same", "this", "that", "these", "those"} or c.lower_ == "same" for c in root.children)


def _issuer_of_earlier(noun: Token) -> Span | None:
    """The source of an earlier mention of the document ``noun`` names ("The ministry has issued
    its update: …" … "according to the same update")."""
    doc = noun.doc
    for t in reversed(doc[max(0, noun.i - 300):noun.i]):
        if t.lemma_.lower() != noun.lemma_.lower() or t.pos_ != "NOUN":
            continue
        owner = _owner(t)
        if owner is not None and owner.lower_ not in PRONOUNS:
            return _phrase(owner)
        if t.dep_ in {"dobj", "nsubjpass"}:
            subj = next((c for c in t.head.children if c.dep_ in {"nsubj", "agent"}), None)
            if subj is not None and subj.dep_ == "agent":
                subj = next((c for c in subj.children if c.dep_ == "pobj"), None)
            if subj is not None and subj.lower_ not in PRONOUNS:
                return _phrase(_after_dateline(subj))
        return None
    return None


# a body named by its kind alone ("the airline said"), and the words of a name that say it is one
BODY_WORDS = {"airline": {"air", "airline", "airlines", "airways"}, "carrier": {"air", "airline", "airlines", "airways"},
              "agency": {"agency"}, "office": {"office"}, "department": {"department"}, "ministry": {"ministry"},
              "company": {"company", "corporation", "group"}, "operator": {"operator"}, "centre": {"centre", "center"},
              "hospital": {"hospital"}, "group": {"group", "forum", "network"}}


def _person_in_apposition(doc: Doc, role: Token) -> Span | None:
    """The person a role word is given to in apposition: "The hospital spokesman, Aamir Shinwari, …"."""
    for c in role.children:
        if c.dep_ == "appos" and c.ent_type_ == "PERSON":
            return next((e for e in doc.ents if e.label_ == "PERSON" and e.start <= c.i < e.end), None)
    return None


def _body_named_before(doc: Doc, before: int, kind: str) -> str | None:
    """The nearest organisation named before ``before`` whose name says it is a ``kind``: "Air India"
    for a later "the airline", "the Kerman governor's office" for "the office"."""
    words = BODY_WORDS[kind]
    for e in reversed([e for e in doc.ents if e.label_ == "ORG" and e.end <= before]):
        if {t.lower_ for t in e} & words:
            return e.text.removeprefix("the ").removeprefix("The ")
    return None


def _acronym_after(span: Span) -> str | None:
    """The short name given right after a source's name: "the National Disaster Management Agency
    (BNPB)", "the national disaster service, SENAPRED,"."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].text not in {"(", ","}:
        return None
    acr = doc[i + 1]
    if doc[i].text == "," and acr.lower_ == "the" and i + 2 < len(doc):
        acr = doc[i + 2]  # "Mozambique's disaster agency, the INGD, said"
    if not (2 <= len(acr.text) <= 10 and acr.text.isupper() and acr.text.isalnum()) or acr.i + 1 >= len(doc):
        return None
    after = doc[acr.i + 1]
    if doc[i].text == "(" and after.text == ")":
        return acr.text
    if doc[i].text == "," and (after.is_punct or after.lemma_.lower() in {"say", "report", "confirm", "state"}):
        return acr.text
    return None


def _partitive_back(doc: Doc, fig: FigureMatch) -> bool:
    """The figure's sentence opens with the whole it divides: "Of the confirmed victims, 21 died in …"."""
    sent = doc[fig.num_start].sent
    words = [t for t in sent[:8] if not t.is_punct and t.text.strip("*_")]
    if len(words) < 3 or words[0].lower_ != "of" or words[1].lower_ not in {"the", "these", "those"}:
        return False
    noun = next((t for t in words[2:] if t.pos_ == "NOUN"), None)
    return noun is not None and noun.lemma_.lower() in {"victim", "dead", "death", "fatality", "casualty", "injured", "missing"}


def _trailing_report(t: Token) -> bool:
    """", the provincial governor told state television." closing a sentence, parsed as a conjunct or a
    relative clause of what it reports: its subject follows a comma and it reports nothing of its own."""
    if t.lemma_.lower() not in CLOSING_REPORTS \
            or t.dep_ not in {"conj", "relcl", "advcl"} or t.right_edge.i < t.sent.end - 2:
        return False
    if any(c.dep_ in {"ccomp", "xcomp", "mark"} for c in t.children):
        return False
    subj = [c for c in t.children if c.dep_ == "nsubj" and c.i < t.i]
    if not subj or subj[-1].lower_ in {"who", "which", "that"}:
        return False
    edge = subj[-1].left_edge.i
    return edge > t.sent.start and t.doc[edge - 1].text in {",", "—", "–"}


def _inside(doc: Doc, i: int, quotes: list[tuple[int, int]]) -> bool:
    pos = doc[i].idx
    return any(a <= pos < b for a, b in quotes)


def _paragraph_break(text: str) -> bool:
    """Does ``text`` cross a paragraph? A line break does (one line per paragraph in HTML, a
    headline above the body), unless it only wraps a sentence: the next line goes on in lower case."""
    import re

    for m in re.finditer(r"\n\s*", text):
        nxt = text[m.end():m.end() + 1]
        if "\n\n" in m.group(0) or not nxt.islower():
            return True
    return False


_ADDRESSING = {"brief", "address", "speak", "talk", "tell", "write", "quote"}


def _after_dateline(subj: Token) -> Token:
    """"NAIROBI, 3 March (Wire) — Kenya's coast guard said": the parse may make the city the
    subject and the speaker its apposition; the speaker is the phrase after the dash."""
    if any(c.tag_ == "VBG" and c.i < subj.i and c.lemma_.lower() in _ADDRESSING for c in subj.children):
        # "Briefing journalists in Ilorin, the Commissioner for Internal Security said": the participle's
        # object was parsed as the subject, the speaker as its apposition
        speaker = next((c for c in subj.children if c.dep_ == "appos"), None)
        if speaker is not None:
            return speaker
    dash = next((t for t in subj.subtree if t.text in {"—", "–", "--"} and t.i > subj.i), None)
    if dash is None:
        return subj
    after = [t for t in subj.subtree if t.i > dash.i]
    roots = [t for t in after if t.head.i <= dash.i and t.pos_ in {"NOUN", "PROPN"}]
    return roots[0] if roots else subj


def _owner(noun: Token) -> Token | None:
    """The owner of "X's statement", "a statement by X", "figures from X"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from", "of"}:
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if c.dep_ == "acl":
            for d in c.children:
                if d.dep_ == "agent":
                    pobj = next((p for p in d.children if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
    return None


def _in_name(t: Token) -> bool:
    """A number that is part of a name ("the Rescue 1122 service", "Channel 4"), not a count."""
    doc = t.doc
    return t.dep_ != "nummod" and any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
                                      for j in (t.i - 1, t.i + 1))


def _dateline_like(span: Span) -> bool:
    """An all-capitals word that is a place, or opens its line before a comma or a dash."""
    doc, tok = span.doc, span.root
    if tok.ent_type_ in {"GPE", "LOC"}:
        return True
    line_start = tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws
    opens_line = line_start or all(not t.is_alpha and "\n" not in t.text_with_ws for t in doc[max(0, tok.i - 2):tok.i]) \
        and (tok.i < 3 or "\n" in doc[tok.i - 3].text_with_ws)
    nxt = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    if nxt in {",", "—", "–", "-", "("} and (opens_line or tok.i == tok.sent.start):
        return True  # "HARARE, Zimbabwe —", not "according to SENAPRED, and …"
    if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in {"VERB", "AUX"} and doc[tok.i + 1].lemma_.lower() in gazetteer.load().reporting:
        return False  # "INDECI said …" at the start of a paragraph: an agency, not a dateline
    return line_start or (tok.ent_type_ == "" and (opens_line or tok.i == tok.sent.start))


def _modifier_owner(noun: Token) -> Span | None:
    """The organisation in the modifiers of a source noun: "a Malian army statement", "a police
    bulletin", "the Health Ministry update" (not "the latest update", "an official statement")."""
    mods = [c for c in noun.children if c.i < noun.i and c.dep_ in {"compound", "amod"}]
    comps = [c for c in mods if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
    if not comps:
        return None
    a = min(m.left_edge.i for m in mods if m.pos_ in {"NOUN", "PROPN"} or m.text[:1].isupper())
    return noun.doc[a:noun.i]


LIST_GIVING_VERBS = {"give", "compile", "release", "publish", "issue", "provide"}  # "X gave the following toll:"


def _phrase(tok: Token) -> Span:
    """The noun phrase of ``tok`` without relative clauses, appositions and trailing punctuation."""
    doc = tok.doc
    keep = [tok.i]
    for c in tok.children:
        if c.dep_ in {"relcl", "acl", "appos", "punct", "advmod"} or (c.dep_ == "prep" and c.lower_ not in {"of", "for", "in"}):
            continue
        if c.dep_ == "cc" or c.dep_ == "conj" or c.i < tok.i or c.dep_ == "prep":
            keep.extend(t.i for t in c.subtree if not any(a.dep_ in {"relcl", "acl", "appos"} for a in _ancestors_until(t, tok)))
    a, b = min(keep), max(keep) + 1
    while b > a + 1 and (doc[b - 1].is_punct or doc[b - 1].dep_ == "cc"):
        b -= 1
    if b - a > 12:
        a, b = tok.left_edge.i if tok.i - tok.left_edge.i < 6 else tok.i, tok.i + 1
    return doc[a:b]


def _ancestors_until(tok: Token, stop: Token):
    while tok.i != stop.i and tok.head.i != tok.i:
        yield tok
        tok = tok.head


def _quote_regions(text: str) -> list[tuple[int, int]]:
    regions, start = [], None
    for i, ch in enumerate(text):
        if ch in "“«" or (ch == '"' and start is None):
            start = i
        elif (ch in "”»" or ch == '"') and start is not None:
            regions.append((start, i + 1))
            start = None
        elif ch == "\n" and start is not None and text[i - 1:i] == "\n":
            start = None
    return regions


@Language.factory("newskg_attribution", assigns=["doc._.newskg_figures"], requires=["doc._.newskg_figures"])
def make_attribution(nlp: Language, name: str) -> "AttributionComponent":
    return AttributionComponent()


class AttributionComponent:
    def __init__(self) -> None:
        self.attributor = Attributor()

    def __call__(self, doc: Doc) -> Doc:
        self.attributor(doc)
        return doc
