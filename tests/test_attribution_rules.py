"""Who claims a figure: attribution rules on sentences written for these tests."""

from __future__ import annotations

import pytest

from newskg.model import Article
from newskg.nlp.extract import extract

pytestmark = pytest.mark.model


def claimant(text: str, measure: str, n: int) -> str | None:
    """The claimant (as written) of the figure ``measure`` with minimum ``n``; "article" if none."""
    ex = extract(Article(id="t", text=text, source="t"))
    got = [f for f in ex.figures if f.measure == measure and f.min == n]
    assert got, [(f.measure, f.min) for f in ex.figures]
    return got[0].claimant_text or "article"


def test_dateline_parsed_as_a_second_subject_is_not_the_speaker():
    text = "Nairobi, 3 March 2025 (Wire) — Kenya's coast guard said on Monday that 14 fishermen were missing."
    assert "coast guard" in claimant(text, "missing", 14)


def test_event_subject_before_the_reporting_clause_is_not_the_speaker():
    text = ("A blast that tore through a fuel depot overnight killed at least 9 workers, "
            "the regional governor's office said on Tuesday.")
    assert "governor" in claimant(text, "killed", 9)


def test_coordinated_reporting_verb_takes_the_first_verbs_subject():
    text = ("The interior minister dismissed the reports as exaggerated and said only four people "
            "had been injured.")
    assert "interior minister" in claimant(text, "injured", 4)


def test_participle_saying_takes_the_main_subject():
    text = "The army rejected the opposition's account on Sunday, saying 6 soldiers had died in the ambush."
    assert claimant(text, "killed", 6).lower().endswith("army")
