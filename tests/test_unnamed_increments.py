"""Counts added to a toll ("four more bodies", "another nine deaths") are one article's increments:
two articles' increments are not two claims about one population, so they never conflict."""

from __future__ import annotations

import pytest

from newskg.evaluate import predict

pytestmark = pytest.mark.model

MORNING = """---
title: Quake toll rises to 40 in Van province
published: 2024-02-12
---
Quake toll rises to 40 in Van province

The earthquake that struck Van province in Turkey on Sunday has killed 40 people, the disaster agency said on Monday morning. Rescuers pulled four more bodies from the rubble overnight.
"""

EVENING = """---
title: Van quake toll reaches 52
published: 2024-02-12
---
Van quake toll reaches 52

The death toll from Sunday's earthquake in Van province in Turkey rose to 52 on Monday evening, the disaster agency said, after another 12 bodies were found in collapsed buildings.
"""


def test_increments_of_two_articles_are_not_compared_but_their_tolls_are(tmp_path):
    (tmp_path / "van_morning.md").write_text(MORNING, encoding="utf-8")
    (tmp_path / "van_evening.md").write_text(EVENING, encoding="utf-8")
    figures, conflicts = predict([tmp_path])
    values = {(r["article"], r["min"]) for r in figures}
    assert {("van_morning", "4"), ("van_evening", "12"), ("van_morning", "40"), ("van_evening", "52")} <= values
    pairs = {tuple(sorted((c["a_min"], c["b_min"]))) for c in conflicts}
    assert ("40", "52") in pairs
    assert ("12", "4") not in pairs


def test_more_bodies_are_an_increment_even_with_no_toll_before_them():
    from newskg.model import Article
    from newskg.nlp.extract import extract

    text = "Search resumes\n\nDivers recovered five more bodies from the lake on Monday, police said."
    figs = [f for f in extract(Article(id="t", text=text, source="t")).figures if f.min == 5]
    assert [(f.measure, f.population.scope) for f in figs] == [("killed", "increment")]
