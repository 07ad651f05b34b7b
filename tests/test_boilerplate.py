"""Boilerplate lines: flagged as whole lines; normal sentences never."""

from __future__ import annotations

import re
from datetime import date
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskg.boilerplate import boilerplate_spans, classify_line, patterns

FURNITURE = [
    ("Read also: Floods force thousands from delta villages", "related"),
    ("Read more: Aftershocks rattle the coast", "related"),
    ("READ MORE", "related"),
    ("See also: How the dam was built", "related"),
    ("Related:", "related"),
    ("Related articles", "related"),
    ("Related Topics", "related"),
    ("**Related coverage:** [Storm season](https://x.example)", "related"),
    ("Advertisement", "advert"),
    ("ADVERTISEMENT - SCROLL TO CONTINUE", "advert"),
    ("Story continues below advertisement", "advert"),
    ("Share this article", "share"),
    ("Share on Facebook", "share"),
    ("Share", "share"),
    ("Facebook | Twitter | Email", "share"),
    ("Follow us on Instagram", "share"),
    ("Follow Jane Doe on X", "share"),
    ("Sign up for our newsletter", "newsletter"),
    ("Subscribe to our daily briefing for the top stories", "newsletter"),
    ("By Jane Doe", "byline"),
    ("By Jane Doe, Staff Reporter", "byline"),
    ("By Jane Doe in Nairobi", "byline"),
    ("By Jane Doe | Reuters", "byline"),
    ("BY JANE DOE", "byline"),
    ("_By Ana de la Cruz and Li Wei_", "byline"),
    ("By Gary Whitlock, Chief Reporter | Daily Beacon | Saturday 30 December 2023", "byline"),
    ("Wednesday, 22 May 2024 · By Dana Akhmetova", "byline"),
    ("Reporter: Li Wei", "byline"),
    ("Photo: Residents stand outside a damaged school", "caption"),
    ("(Photo: Jane Doe/Reuters)", "caption"),
    ("Image: Satellite view of the reservoir", "caption"),
    ("Credit: Sam Lee", "caption"),
    ("Getty Images", "caption"),
    ("AFP via Getty Images", "caption"),
    ("Rescuers search the rubble of a school. Jane Doe/AFP via Getty Images", "caption"),
    ("Firefighters at the market on Wednesday. (AP Photo/Sam Lee)", "caption"),
    ("Updated 14:05 GMT, 3 March 2024", "datestamp"),
    ("Published: 5 March 2024", "datestamp"),
    ("Published 5 March 2024", "datestamp"),
    ("Last updated on March 5, 2024 at 9:30 a.m. EST", "datestamp"),
    ("Tuesday 5 March 2024 09.30 BST", "datestamp"),
    ("March 5, 2024", "datestamp"),
    ("Copyright 2024 Valley Herald", "copyright"),
    ("© 2024 Harbour Times. All rights reserved.", "copyright"),
    ("All rights reserved", "copyright"),
    ("Copyright © 2023-2024 Example Media Ltd", "copyright"),
]

CONTENT = [
    "Related protests broke out in three other cities on Sunday.",
    "Officials said the deaths were related to the collapse of the bridge.",
    "By the time rescuers arrived, the building had collapsed.",
    "By Monday, 40 people had been evacuated from the valley.",
    "By Tuesday evening the toll had risen to 12.",
    "By early afternoon the water had reached the second floor.",
    "The village was cut off by floods for three days.",
    "Police stood by as crowds gathered outside the ministry.",
    "Photographs shared online showed the damage to the mosque.",
    "The agency licensed the pictures from Getty Images.",
    "Copyright laws were changed in 2019 after a long campaign.",
    "(c) a ceasefire must be respected by all parties",
    "Share prices fell sharply after the announcement.",
    "Share the burden fairly, the minister said.",
    "Updated figures show that 40 people died in the floods.",
    "Published reports put the number of missing at 15.",
    "The floods began on March 5, 2024 after a week of rain.",
    "More than 300 people were evacuated, the army said.",
    "Read the full statement, the spokesman told reporters.",
    "Advertisements for the rally appeared across the city.",
    "Follow-up inspections found cracks in two piers.",
    "Sign up sheets were handed out at the shelter.",
    "Credit card payments were suspended after the power cut.",
    "All rights groups condemned the arrests.",
]


@pytest.mark.parametrize(("line", "kind"), FURNITURE)
def test_furniture_lines_are_flagged(line, kind):
    match = classify_line(line)
    assert match is not None, line
    assert match.kind == kind


@pytest.mark.parametrize("line", CONTENT)
def test_normal_sentences_are_never_flagged(line):
    assert classify_line(line) is None


def test_byline_author_and_stamp_date():
    assert classify_line("By Jane Doe, Staff Reporter").author == "Jane Doe"
    assert classify_line("By Jane Doe and Li Wei").author == "Jane Doe and Li Wei"
    assert classify_line("Updated 14:05 GMT, 3 March 2024").date == date(2024, 3, 3)
    assert classify_line("Published 14:05 GMT").date is None  # a time alone is a stamp without a date
    meta = classify_line("By Otieno Wafula · Published 16 March 2024")
    assert (meta.kind, meta.author, meta.date) == ("byline", "Otieno Wafula", date(2024, 3, 16))


def test_spans_are_whole_lines_in_a_text():
    text = (
        "Storm batters coast\n"
        "By Tomas Lindqvist\n"
        "Updated 14:05 GMT, 3 March 2024\n"
        "\n"
        "A storm cut power to about 45,000 homes, the grid operator said.\n"
        "Read more: 12 dead in last year's storm\n"
        "Two fishermen were missing, emergency services said.\n"
        "Advertisement"
    )
    spans = boilerplate_spans(text)
    assert [text[b:e] for b, e in spans] == [
        "By Tomas Lindqvist",
        "Updated 14:05 GMT, 3 March 2024",
        "Read more: 12 dead in last year's storm",
        "Advertisement",
    ]
    # a figure in the teaser falls inside a span; a figure in the article does not
    teaser = text.index("12 dead")
    real = text.index("45,000")
    assert any(b <= teaser < e for b, e in spans)
    assert not any(b <= real < e for b, e in spans)


def test_a_long_line_is_never_boilerplate():
    line = "Read more: " + "the river kept rising through the night " * 10
    assert len(line) > 300
    assert boilerplate_spans(line) == []


def test_cue_words_live_in_the_data_file_with_a_comment_header():
    data = resources.files("newskg.nlp").joinpath("data/boilerplate.txt").read_text(encoding="utf-8")
    assert data.startswith("#")
    kinds = {kind for kind, _ in patterns()}
    assert kinds == {"related", "advert", "share", "newsletter", "byline", "caption", "datestamp", "copyright", "credit", "kicker"}
    for kind, pattern in patterns():
        if kind == "byline":
            assert "author" in pattern.groupindex
        assert pattern.flags & re.IGNORECASE


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_spans_are_sorted_disjoint_lines_of_any_text(text):
    spans = boilerplate_spans(text)
    previous_end = -1
    for begin, end in spans:
        assert previous_end < begin <= end <= len(text)
        assert "\n" not in text[begin:end]
        assert begin == 0 or text[begin - 1] == "\n"
        assert end == len(text) or text[end] == "\n"
        previous_end = end


@pytest.mark.parametrize("line, kind", [
    ("(Reporting by Amina Yusuf in Kano; Additional reporting by Tom Reed in London; Editing by Jo Park)", "credit"),
    ("(Writing by Lena Fischer; Editing by Mark Ode)", "credit"),
    ("Reporting by the coast guard suggests 40 people are missing.", None),
    ("(Reporting by the coast guard suggests 40 people are missing.)", None),
])
def test_wire_credit_lines_are_furniture_but_sentences_are_not(line, kind):
    got = classify_line(line)
    assert (got.kind if got else None) == kind


@pytest.mark.parametrize("line, author, day", [
    ("Analysis | By Teodora Vlasic | Friday, March 7, 2025", "Teodora Vlasic", date(2025, 3, 7)),
    ("By Jan Horák | Tuesday 4 February 2025", "Jan Horák", date(2025, 2, 4)),
    ("By April Mendes, Lisbon | 2 June 2025 | 5 min read", "April Mendes", date(2025, 6, 2)),
])
def test_bylines_with_a_section_label_a_month_as_a_first_name_or_a_reading_time(line, author, day):
    match = classify_line(line)
    assert match is not None and match.kind == "byline"
    assert (match.author, match.date) == (author, day)


@pytest.mark.parametrize("line, day", [
    ("Updated: June 3, 2025, 6:40 pm | 4 min read", date(2025, 6, 3)),
    ("Published 9 May 2025, 08:12 BST | Updated 9 May 2025, 21:03 BST", date(2025, 5, 9)),
])
def test_date_stamps_with_a_reading_time_or_a_second_update_stamp(line, day):
    match = classify_line(line)
    assert match is not None and match.kind == "datestamp" and match.date == day


def test_a_section_label_above_the_headline_is_not_the_headline(tmp_path):
    from newskg.read import read_file

    path = tmp_path / "t.txt"
    path.write_text("ANALYSIS\nAfter the storm, a city counts what it lost\nBy Teodora Vlasic | 7 March 2025\n"
                    "The river rose overnight.\n", encoding="utf-8")
    (art,) = read_file(path)
    assert classify_line("ANALYSIS").kind == "kicker"
    assert art.title == "After the storm, a city counts what it lost"
    assert art.published == date(2025, 3, 7)


@pytest.mark.parametrize("line", ["By Jan. 5", "By March", "By Sunday night", "Analysis: why the toll rose"])
def test_sentence_starts_that_only_look_like_bylines_or_labels_are_content(line):
    match = classify_line(line)
    assert match is None or match.kind not in {"byline", "kicker"}
