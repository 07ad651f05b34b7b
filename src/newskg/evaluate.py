"""Scores extraction against gold figures (the YAML format documented in the README).

A predicted figure matches a gold one when article, measure, min, max and
nationality groups are equal. Predictions with the same key in one article
count once (a headline restating a body figure is the same figure). Gold
figures marked ``optional`` are neither hits nor misses; a prediction that
matches one is not counted as spurious. Conflicts are scored as unordered
pairs of gold figures from two different articles, through the figures the
predicted claims matched.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

from newskg.errors import ConfigError
from newskg.model import Article

ATTRS = ("qualifier", "claimant", "role", "hedged")
STOP = {"the", "a", "an", "of", "and", "'s", "’s", "s", "officials", "official"}


def _key(article: str, f: dict) -> tuple:
    groups = " ".join(sorted(f.get("groups") or [])) if isinstance(f.get("groups"), list) else (f.get("groups") or "")
    mx = f.get("max")
    return (article, f["measure"], int(f["min"]), None if mx in (None, "") else int(mx), groups)


def _tokens(text: str) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9]+", (text or "").lower().replace("’", "'")) if t not in STOP}


def claimant_matches(gold: str, pred: str) -> bool:
    """Loose equality of two names of a source. A name with another in brackets ("the agency (INGD)",
    "National Disaster Management Agency (BNPB)") matches by either, or by both together."""
    alternatives = re.fullmatch(r"(.+?) \((.+)\)", (pred or "").strip())
    if alternatives and any(_claimant_matches(gold, a) for a in alternatives.groups()):
        return True
    return _claimant_matches(gold, pred)


def _claimant_matches(gold: str, pred: str) -> bool:
    g, p = ((x or "article").strip().lower().removeprefix("the ") for x in (gold, pred))
    if g == "article" or p == "article":
        return g == p
    if g in p or p in g:
        return True
    tg, tp = _tokens(g), _tokens(p)
    return bool(tg and tp) and len(tg & tp) / len(tg | tp) >= 0.34


def load_gold(path: Path) -> dict:
    """The gold annotations of ``path``.

    A file may hold several YAML documents (separated by ``---``): their lists
    (articles, conflicts, corroborations, ...) are concatenated in order, so a
    new batch of articles is appended as one self-contained block at the end.
    """
    try:
        docs = [d for d in yaml.safe_load_all(Path(path).read_text(encoding="utf-8")) if d is not None]
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError("E301", name="--gold", value=str(path), reason=str(exc).splitlines()[0],
                          expected="a readable YAML file in the gold format of the README") from exc
    data = docs[0] if len(docs) == 1 else {} if all(isinstance(d, dict) for d in docs) else None
    if len(docs) > 1 and data is not None:
        for doc in docs:
            for key, value in doc.items():
                if isinstance(value, list) and isinstance(data.get(key), list):
                    data[key] = data[key] + value
                else:
                    data.setdefault(key, value)
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise ConfigError("E301", name="--gold", value=str(path), reason="no 'articles' list",
                          expected="a YAML file with an 'articles' list (see the README)")
    return data


ARTICLE_IDS = "SELECT ?id WHERE { GRAPH ?g { ?a a schema:NewsArticle ; dcterms:identifier ?id } }"


def as_text_only(paths: list[Path], into: Path) -> list[Path]:
    """The articles of ``paths`` rewritten as bare text in ``into``: no front matter, HTML metadata,
    headline or publication date, the way a scraper's output often arrives. Each keeps its id (a
    file named after it, or a JSONL line with its URL)."""
    from newskg.read import read_all

    into.mkdir(parents=True, exist_ok=True)
    lines = []
    for art in read_all(paths):
        if not isinstance(art, Article):
            continue  # (reported when the originals are read)
        if "/" in art.id or art.id.startswith("sha1:"):
            lines.append(json.dumps({"url": art.id, "text": art.text}, ensure_ascii=False))
        else:
            (into / f"{art.id}.txt").write_text(art.text, encoding="utf-8")
    if lines:
        (into / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [into]


def predict(paths: list[Path], ingested: set[str] | None = None, *, text_only: bool = False
            ) -> tuple[list[dict], list[dict]]:
    """(figures rows, conflicts rows) from ingesting ``paths`` into a throw-away store.

    ``ingested``, when given, receives the identifiers of the articles read.
    ``text_only``: ingest the articles' text alone (``as_text_only``).
    """
    from newskg.ingest import ingest
    from newskg.queries import run
    from newskg.store import EmbeddedStore

    with tempfile.TemporaryDirectory(prefix="newskg-eval-") as tmp:
        store = EmbeddedStore(Path(tmp) / "store")
        if text_only:
            paths = as_text_only(paths, Path(tmp) / "text")
        ingest(paths, store)
        _, figures = run(store, "figures")
        _, conflicts = run(store, "conflicts")
        if ingested is not None:
            ingested.update(r["id"] for r in store.select(ARTICLE_IDS))
        store.close()
    return figures, conflicts


def score(gold: dict, figures: list[dict], conflicts: list[dict]) -> dict:
    gold_by_key: dict[tuple, list[tuple[str, dict]]] = defaultdict(list)
    articles = set()
    for art in gold["articles"]:
        aid = str(art["id"])
        articles.add(aid)
        for i, f in enumerate(art.get("figures") or []):
            gold_by_key[_key(aid, f)].append((f"{aid}#{i}", f))
    preds: dict[tuple, dict] = {}
    for r in figures:
        if r["article"] not in articles:
            continue
        key = _key(r["article"], {"measure": r["measure"], "min": r["min"], "max": r["max"], "groups": r["groups"]})
        preds.setdefault(key, r)
    tp, fp, missed, spurious = 0, 0, [], []
    attr_hits = {a: 0 for a in ATTRS}
    matched_ref: dict[tuple, str] = {}
    used: set[str] = set()
    for key, r in preds.items():
        cands = [(ref, f) for ref, f in gold_by_key.get(key, []) if ref not in used]
        if not cands:
            fp += 1
            spurious.append({"article": key[0], "measure": key[1], "min": key[2], "max": key[3], "groups": key[4],
                             "quote": r["quote"]})
            continue
        ref, f = next(((ref, f) for ref, f in cands if not f.get("optional")), cands[0])
        used.add(ref)
        matched_ref[key] = ref
        if f.get("optional"):
            continue
        tp += 1
        attr_hits["qualifier"] += r["qualifier"] == f.get("qualifier")
        attr_hits["role"] += r["role"] == f.get("role")
        attr_hits["hedged"] += (r["hedged"] == "true") == bool(f.get("hedged"))
        attr_hits["claimant"] += claimant_matches(str(f.get("claimant", "article")), r["claimant"])
    n_gold = 0
    for key, items in gold_by_key.items():
        for ref, f in items:
            if f.get("optional"):
                continue
            n_gold += 1
            if ref not in used:
                missed.append({"article": key[0], "measure": key[1], "min": key[2], "max": key[3], "groups": key[4],
                               "quote": f.get("cue", "")})
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    # conflicts as unordered pairs of gold refs
    # conflicts between articles (the metric's definition): a live blog revising itself is not one
    optional_ref = {ref: bool(f.get("optional")) for items in gold_by_key.values() for ref, f in items}
    gold_pairs = {frozenset((c["a"], c["b"])) for c in gold.get("conflicts") or []
                  if str(c["a"]).rsplit("#", 1)[0] != str(c["b"]).rsplit("#", 1)[0]
                  and not (optional_ref.get(str(c["a"])) or optional_ref.get(str(c["b"])))}
    pred_pairs = set()
    unmapped = 0
    for c in conflicts:
        ka = _key(c["a_article"], {"measure": c["measure"], "min": c["a_min"], "max": c["a_max"], "groups": c["groups"]})
        kb = _key(c["b_article"], {"measure": c["measure"], "min": c["b_min"], "max": c["b_max"], "groups": c["groups"]})
        if c["a_article"] not in articles or c["b_article"] not in articles:
            continue
        if ka in matched_ref and kb in matched_ref:
            if optional_ref.get(matched_ref[ka]) or optional_ref.get(matched_ref[kb]):
                continue  # gold leaves optional figures out of conflicts: a pair with one counts neither way
            pred_pairs.add(frozenset((matched_ref[ka], matched_ref[kb])))
        else:
            unmapped += 1
    ctp = len(gold_pairs & pred_pairs)
    cfp = len(pred_pairs - gold_pairs) + unmapped
    return {
        "figures": {
            "gold": n_gold, "predicted": tp + fp, "matched": tp,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        },
        "attributes": {a: round(attr_hits[a] / tp, 4) if tp else 0.0 for a in ATTRS},
        "conflicts": {
            "gold": len(gold_pairs), "predicted": ctp + cfp, "matched": ctp,
            "precision": round(ctp / (ctp + cfp), 4) if ctp + cfp else (1.0 if not gold_pairs else 0.0),
            "recall": round(ctp / len(gold_pairs), 4) if gold_pairs else 1.0,
        },
        "missed": missed,
        "spurious": spurious,
    }


def evaluate(gold_path: Path, paths: list[Path], *, text_only: bool = False) -> dict:
    gold = load_gold(gold_path)
    ingested: set[str] = set()
    figures, conflicts = predict(list(paths), ingested, text_only=text_only)
    result = score(gold, figures, conflicts)
    # a gold id that matches no article read scores as all-missed: say so, it is usually a typo or a wrong path
    result["gold_articles_not_read"] = sorted({str(a["id"]) for a in gold["articles"]} - ingested)
    return result


def render_table(result: dict, console) -> None:
    from rich.table import Table

    f, a, c = result["figures"], result["attributes"], result["conflicts"]
    t = Table(title="newskg evaluate")
    t.add_column("metric")
    t.add_column("value", justify="right")
    for k in ("gold", "predicted", "matched", "precision", "recall", "f1"):
        t.add_row(f"figures {k}", str(f[k]))
    for k, v in a.items():
        t.add_row(f"{k} accuracy (matched)", str(v))
    for k in ("gold", "predicted", "matched", "precision", "recall"):
        t.add_row(f"conflicts {k}", str(c[k]))
    console.print(t)
    if result.get("gold_articles_not_read"):
        console.print(f"[yellow]warning:[/yellow] {len(result['gold_articles_not_read'])} gold article id(s) match no article "
                      f"read, so all their figures count as missed: {', '.join(result['gold_articles_not_read'])}. "
                      "Check the ids in the gold file against the articles' ids (file name without extension, "
                      "or the url/id field) and the paths given.", highlight=False)
    for title, rows in (("missed", result["missed"]), ("spurious", result["spurious"])):
        if not rows:
            continue
        tt = Table(title=f"{title} figures ({len(rows)})")
        for col in ("article", "measure", "min", "max", "groups", "quote"):
            tt.add_column(col, overflow="fold")
        for r in rows:
            tt.add_row(*("" if r[col] is None else str(r[col]) for col in ("article", "measure", "min", "max", "groups", "quote")))
        console.print(tt)
