"""The indexed attribute rules must annotate exactly as spaCy's own ruler does."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from newskg.nlp import pipeline
from newskg.nlp.rule_index import RuleIndex, install

CORPUS = Path(__file__).parent / "data" / "corpus"

# contractions, pronouns as objects, "there is", do/have as main verbs, spaces: the rules' exceptions
TRICKY = ("Y'all ain't gonna believe it: nothin' was left, she told him and gave it to me. "
          "There are 3 dead , there were none .  \n\n  I did it; they have had enough. That is what we do. "
          "Gon na do it? It's not over, isn't it, and we'd 've known. Whose is this? Which one did that?")


@pytest.fixture(scope="module")
def stock():
    return spacy.load(pipeline.model_name())


def _texts() -> list[str]:
    texts = [TRICKY]
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in {".txt", ".md", ".html"}:
            texts.append(path.read_text(encoding="utf-8"))
    return texts


def test_same_matches_as_the_matcher_on_the_corpus(stock):
    ruler = stock.get_pipe("attribute_ruler")
    index = RuleIndex(ruler)
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(_texts()))
    total = 0
    for doc in docs:
        expected = AttributeRuler.match(ruler, doc)
        assert index(doc) == expected, doc.text[:60]
        total += len(expected)
    assert total > 10_000  # the comparison covered the corpus, not nothing


def test_newskg_pipeline_tags_as_the_stock_model():
    nlp = pipeline.load()
    stock = spacy.load(pipeline.model_name())
    stock.add_pipe("newskg_lines", before="parser")  # newskg's sentence breaks, as in pipeline.load
    texts = _texts()
    for ours, theirs in zip(nlp.pipe(texts), stock.pipe(texts)):
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in ours] == \
               [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in theirs]


def test_a_ruler_the_index_cannot_read_is_left_alone():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "VERY"})
    assert install(ruler) is False
    doc = nlp("very very good")
    assert [t.lemma_ for t in doc][:2] == ["VERY", "VERY"]


def test_installed_ruler_applies_its_attributes():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["killed", "slain"]}}]], {"LEMMA": "kill"})
    ruler.add([[{"LOWER": "slain"}]], {"LEMMA": "slay"})  # a later rule wins, as in spaCy
    assert install(ruler) is True
    assert [t.lemma_ for t in nlp("two killed, three slain")] == ["", "kill", "", "", "slay"]
