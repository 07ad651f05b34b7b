"""Numbers as news writes them, and the documented interval of each qualifier."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from newskg.nlp.numbers import interval, parse_number


@pytest.mark.parametrize("words, value", [
    (["1,400"], 1400), (["2.5", "million"], 2_500_000), (["seven"], 7), (["twenty-three"], 23),
    (["twenty", "-", "three"], 23), (["a", "dozen"], 12), (["two", "dozen"], 24),
    (["two", "hundred", "and", "fifty"], 250), (["a", "hundred"], 100), (["3,000"], 3000),
    (["1.2", "thousand"], 1200),
])
def test_reads_numbers_written_in_digits_and_words(words, value):
    assert parse_number(words) == value


@pytest.mark.parametrize("words", [["1.5"], ["seven", "twelve"], ["12", "15"], ["banana"], []])
def test_rejects_what_is_not_a_head_count(words):
    assert parse_number(words) is None


@pytest.mark.parametrize("qualifier, value, offset, bounds", [
    ("exact", 32, 0, (32, 32)), ("at_least", 24, 0, (24, None)), ("at_least", 24, 1, (25, None)),
    ("at_most", 80, 0, (0, 80)), ("at_most", 80, 1, (0, 79)), ("approximately", 210000, 0, (189000, 231000)),
    ("vague", 24, 0, (24, None)),
])
def test_qualifier_intervals_match_the_readme_table(qualifier, value, offset, bounds):
    assert interval(qualifier, value, offset) == bounds


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_with_thousands_separators_round_trip(n):
    assert parse_number([f"{n:,}"]) == n


@given(st.integers(min_value=0, max_value=10**7), st.sampled_from(["exact", "at_least", "at_most", "approximately", "vague"]))
def test_intervals_are_well_formed(n, qualifier):
    lo, hi = interval(qualifier, n)
    assert lo >= 0 and (hi is None or lo <= hi)


@given(st.lists(st.text(max_size=12), max_size=5))
def test_never_crashes_on_arbitrary_words(words):
    result = parse_number(words)
    assert result is None or (isinstance(result, int) and result >= 0)
