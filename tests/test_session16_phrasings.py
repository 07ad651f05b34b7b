"""Phrasings found in session 16, after the twenty-fourth and twenty-fifth blind batches.

Every sentence here was written for these tests, about places and events of their own.
"""

from __future__ import annotations

import pytest

from conftest import figure_rows

pytestmark = pytest.mark.model


def test_national_mourning_named_in_a_fact_box_label_is_the_event_country_s():
    text = ("LUSAKA - A tunnel at a copper mine near Chingola, Zambia, caved in on Monday, killing 31 miners.\n"
            "- National mourning: three days, from Wednesday\n")
    assert ("mourning_days", 3, 3, ("ZMB",), "") in figure_rows(text)


def test_a_label_of_another_sentence_does_not_make_mourning_national():
    text = ("LUSAKA - A tunnel at a copper mine near Chingola, Zambia, caved in on Monday, killing 31 miners.\n"
            "National teams of rescuers arrived. The mine's owners held a day of mourning.\n")
    assert ("mourning_days", 1, 1, (), "") in figure_rows(text)


def test_national_mourning_held_in_a_named_country_is_that_country_s():
    text = ("A ferry capsized off Zanzibar, Tanzania, on Sunday, drowning 44 passengers. Flags flew at half-mast "
            "on Tuesday, a day of national mourning in Burundi, home to 12 of the passengers.")
    assert ("mourning_days", 1, 1, ("BDI",), "") in figure_rows(text)


def test_a_fact_box_row_names_the_country_that_mourns():
    text = ("Storm Halvar flattened villages along the border on Friday.\n"
            "Mourning\n"
            "- Malawi: three days of national mourning\n"
            "- Zambia: two days of national mourning\n")
    rows = figure_rows(text)
    assert ("mourning_days", 3, 3, ("MWI",), "") in rows
    assert ("mourning_days", 2, 2, ("ZMB",), "") in rows


def test_a_country_in_a_person_s_name_is_not_the_claimant_s_country():
    text = ("A gas explosion destroyed a block of flats in Porto, Portugal, on Monday, killing nine people. The "
            "government of Prime Minister Ana Montenegro declared Wednesday a day of national mourning.")
    assert ("mourning_days", 1, 1, ("PRT",), "") in figure_rows(text)
