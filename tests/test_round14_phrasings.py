"""Phrasings a fourteenth blind batch (plain text, real past events retold) showed: people aboard
and taken into custody, and the day said of the event's own word before other days of its sentences.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import figure_rows

pytestmark = pytest.mark.model


def rows(text: str) -> set[tuple]:
    return {(m, lo, hi) for m, lo, hi, _groups, _scope in figure_rows(text)}


def test_people_aboard_are_on_board_and_people_taken_into_custody_are_arrested():
    got = rows("The ferry capsized off Mindoro. Thirty-one passengers were aboard the vessel, the coast guard "
               "said. Police said six crew members were taken into custody.")
    assert {("other", 31, 31), ("arrested", 6, 6)} <= got


def _event(text: str, published=None):
    from newskg.model import Article
    from newskg.nlp.extract import extract

    return extract(Article(id="t", text=text, source="t", published=published)).events[0]


def test_the_day_said_of_the_event_comes_before_a_later_day_in_its_sentences():
    e = _event("The toll from the shooting at the Tromso market has risen to 12 after a wounded woman died in "
               "hospital on Thursday. On Saturday, March 8, a gunman opened fire on shoppers at the market.",
               published=date(2025, 5, 2))
    assert e.date == date(2025, 3, 8)


def test_a_wire_that_names_saturdays_attack_is_dated_by_it():
    e = _event("Ouagadougou, 16 May 2025 — The army said on Wednesday that 14 soldiers were killed in Saturday's "
               "attack on its post at Tin-Akoff.", published=date(2025, 5, 16))
    assert e.date == date(2025, 5, 10)
