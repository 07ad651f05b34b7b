"""The read stage, format by format: what a user relies on from each reader."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from newskg.errors import InputError
from newskg.model import Article
from newskg.read import discover, read_all, read_file


def write(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def only_article(results: list) -> Article:
    assert len(results) == 1, results
    assert isinstance(results[0], Article), str(results[0])
    return results[0]


def assert_offsets(article: Article, body: str, phrase: str) -> None:
    """The phrase sits in Article.text at the offsets it has in the expected body."""
    begin = body.index(phrase)
    end = begin + len(phrase)
    assert article.text[begin:end] == phrase


QUAKE_BODY = """\
Quake shakes hill towns before dawn
By Maria Okafor, Staff Reporter
Updated 14:05 GMT, 3 March 2024

At least 14 people died when a strong earthquake struck the hill country before dawn on Tuesday, the regional governor said.
Rescue crews were still searching two villages where mud-brick houses had collapsed, and hospitals reported more than 60 injured.
The weather agency said it had recorded three aftershocks in the hours that followed, the strongest of them shortly after sunrise.
"""


# --------------------------------------------------------------------------- .txt


def test_txt_headline_byline_date_and_offsets(tmp_path):
    path = write(tmp_path / "quake-2024.txt", QUAKE_BODY)
    article = only_article(list(read_all([path])))
    assert article.id == "quake-2024"
    assert article.source == str(path)
    assert article.title == "Quake shakes hill towns before dawn"
    assert article.author == "Maria Okafor"
    assert article.published == date(2024, 3, 3)
    assert article.text == QUAKE_BODY
    assert article.title in article.text  # the headline stays in the text
    assert_offsets(article, QUAKE_BODY, "more than 60 injured")
    assert article.content_hash == hashlib.sha1(QUAKE_BODY.encode()).hexdigest()


def test_txt_crlf_and_bom_offsets_refer_to_normalised_text(tmp_path):
    path = tmp_path / "quake.txt"
    path.write_bytes(b"\xef\xbb\xbf" + QUAKE_BODY.replace("\n", "\r\n").encode())
    article = only_article(list(read_all([path])))
    assert article.text == QUAKE_BODY  # no BOM, no "\r"
    assert_offsets(article, QUAKE_BODY, "At least 14 people died")
    assert_offsets(article, QUAKE_BODY, "three aftershocks")


def test_txt_old_mac_newlines_are_normalised(tmp_path):
    path = write(tmp_path / "quake.txt", QUAKE_BODY, newline="\r")
    assert only_article(list(read_all([path]))).text == QUAKE_BODY


def test_utf16_with_bom_decodes(tmp_path):
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        path = tmp_path / f"quake-{encoding}.txt"
        bom = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[encoding]
        path.write_bytes(bom + (QUAKE_BODY + "Café owners helped.\n").encode(encoding))
        article = only_article(list(read_file(path)))
        assert article.text == QUAKE_BODY + "Café owners helped.\n"


def test_txt_that_starts_with_its_lede_has_no_headline(tmp_path):
    # A first line that is a paragraph is not a headline: better none than a wrong one.
    body = (
        "Two ferries collided in thick fog off the northern cape on Sunday, injuring at least "
        "nine passengers and forcing the evacuation of one of the vessels, the coastguard said.\n"
        "Both ships were carrying commuters to the islands at the time of the collision.\n"
    )
    article = only_article(list(read_all([write(tmp_path / "ferry.txt", body)])))
    assert article.title is None


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Published 5 March 2024", date(2024, 3, 5)),
        ("Published: 5 March 2024", date(2024, 3, 5)),
        ("Updated 14:05 GMT, 3 March 2024", date(2024, 3, 3)),
        ("March 5, 2024", date(2024, 3, 5)),
        ("Tuesday 5 March 2024 09.30 BST", date(2024, 3, 5)),
        ("2024-03-05", date(2024, 3, 5)),
        ("NAIROBI, March 5, 2024 (Wire) — Flooding forced people from their homes.", date(2024, 3, 5)),
        # a wire dateline without a year says nothing certain about the year
        ("NAIROBI, March 5 (Wire) — Flooding forced people from their homes.", None),
        ("The floods began on March 5, 2024 after a week of rain.", None),  # an event date, not a stamp
    ],
)
def test_txt_published_date_from_a_line_near_the_top(tmp_path, stamp, expected):
    body = (
        f"Floods force families from river villages\n{stamp}\n"
        "Hundreds of families left their homes as the river kept rising, aid workers said on Tuesday, "
        "and the county opened three schools as shelters for those who had nowhere else to go.\n"
    )
    article = only_article(list(read_all([write(tmp_path / "flood.txt", body)])))
    assert article.published == expected


def test_published_stamp_beats_updated_stamp(tmp_path):
    body = (
        "Bridge reopens after repairs\nUpdated 6 May 2024\nPublished 2 May 2024\n\n"
        "Traffic returned to the old river bridge on Thursday after a month of repairs to two cracked piers, "
        "the transport ministry said, and buses that had replaced the trains were withdrawn.\n"
    )
    assert only_article(list(read_all([write(tmp_path / "bridge.txt", body)]))).published == date(2024, 5, 2)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("By Jane Doe, Staff Reporter", "Jane Doe"),
        ("By Jane Doe and Li Wei", "Jane Doe and Li Wei"),
        ("By Monday, 40 people had been evacuated.", None),
        ("By the time rescuers arrived the fire was out.", None),
    ],
)
def test_txt_author_from_byline(tmp_path, byline, expected):
    body = (
        f"Fire guts market hall\n{byline}\n"
        "A fire tore through the covered market in the old town overnight, destroying dozens of stalls, "
        "and firefighters needed four hours to bring it under control, the city said on Wednesday.\n"
    )
    assert only_article(list(read_all([write(tmp_path / "fire.txt", body)]))).author == expected


# --------------------------------------------------------------------------- .md

FLOOD_BODY = """\
# River bursts its banks after three days of rain

Heavy rain over the weekend pushed the river over its banks, and at least 12 people were reported missing on Monday, local officials said.

Rescue teams in boats moved about 300 residents from low-lying streets near the old mill, according to the fire service.
"""


def test_md_heading_is_the_headline(tmp_path):
    article = only_article(list(read_all([write(tmp_path / "flood.md", FLOOD_BODY)])))
    assert article.id == "flood"
    assert article.title == "River bursts its banks after three days of rain"
    assert article.text == FLOOD_BODY  # the "# " line stays: offsets count it
    assert_offsets(article, FLOOD_BODY, "at least 12 people")


def test_md_front_matter_is_metadata_and_removed_from_text(tmp_path):
    front = (
        "---\n"
        "title: River bursts its banks\n"
        "url: https://valley.example/news/flood\n"
        "publisher: Valley Herald\n"
        "published: 2024-04-02\n"
        "author: Priya Raman\n"
        "tags: [weather]\n"
        "---\n\n"
    )
    path = write(tmp_path / "flood.markdown", front + FLOOD_BODY, newline="\r\n")
    article = only_article(list(read_all([path])))
    assert article.text == FLOOD_BODY
    assert "publisher:" not in article.text
    assert article.title == "River bursts its banks"  # explicit metadata wins over the heading
    assert article.url == "https://valley.example/news/flood"
    assert article.publisher == "Valley Herald"
    assert article.published == date(2024, 4, 2)
    assert article.author == "Priya Raman"
    assert_offsets(article, FLOOD_BODY, "about 300 residents")


def test_md_front_matter_without_title_uses_heading_and_text_date_forms(tmp_path):
    front = "---\npublished: '2024-04-02T18:30:00+02:00'\nauthor: [Priya Raman, Ola Berg]\n---\n"
    article = only_article(list(read_all([write(tmp_path / "flood.md", front + FLOOD_BODY)])))
    assert article.title == "River bursts its banks after three days of rain"
    assert article.published == date(2024, 4, 2)
    assert article.author == "Priya Raman, Ola Berg"


def test_md_setext_heading(tmp_path):
    body = (
        "Landslide blocks mountain pass\n==============================\n\n"
        "A landslide buried a stretch of the mountain road on Friday, trapping about 40 vehicles, "
        "and engineers said it could take days to clear, the provincial authorities reported.\n"
    )
    assert only_article(list(read_all([write(tmp_path / "slide.md", body)]))).title == "Landslide blocks mountain pass"


def test_md_starting_with_a_rule_is_not_front_matter(tmp_path):
    body = "---\nA quiet note before the story.\n---\n\n" + FLOOD_BODY
    article = only_article(list(read_all([write(tmp_path / "flood.md", body)])))
    assert article.text == body


# --------------------------------------------------------------------------- .html

STORM_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Storm batters coast | Harbour Times</title>
<link rel="canonical" href="https://harbour.example/news/storm-batters-coast">
<meta property="og:url" content="https://harbour.example/og/storm">
<meta property="og:site_name" content="Harbour Times">
<meta name="author" content="Tomas Lindqvist">
<meta property="article:published_time" content="2024-09-14T06:30:00+00:00">
<script>window.tracking = "SCRIPT_MARKER";</script>
<style>.promo { color: red } /* STYLE_MARKER */</style>
</head><body>
<nav><ul><li><a href="/">Home NAV_MARKER</a></li><li><a href="/world">World</a></li></ul></nav>
<main><article>
<h1>Storm batters coast, leaving thousands without power</h1>
<p>A powerful storm swept across the northern coast overnight, tearing roofs from houses and cutting electricity to about 45,000 homes, the grid operator said on Saturday.</p>
<p>Emergency services said two fishermen were missing after their boat failed to return to port, and that a search would resume at first light.</p>
<aside class="related">ASIDE_MARKER Ten tips for the storm season</aside>
<p>The coastguard said waves of up to nine metres had been recorded near the harbour mouth, and urged residents to stay away from the sea front until the warning is lifted.</p>
</article></main>
<footer>FOOTER_MARKER Contact us. Terms of use.</footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path):
    article = only_article(list(read_all([write(tmp_path / "storm.html", STORM_HTML)])))
    assert article.id == "storm"
    assert article.title == "Storm batters coast, leaving thousands without power"
    assert article.url == "https://harbour.example/news/storm-batters-coast"  # canonical beats og:url
    assert article.publisher == "Harbour Times"
    assert article.author == "Tomas Lindqvist"
    assert article.published == date(2024, 9, 14)
    for marker in ("SCRIPT_MARKER", "STYLE_MARKER", "NAV_MARKER", "ASIDE_MARKER", "FOOTER_MARKER", "<p>", "window."):
        assert marker not in article.text
    phrase = "two fishermen were missing"
    begin = article.text.index(phrase)
    assert article.text[begin : begin + len(phrase)] == phrase
    # one paragraph a line
    assert "about 45,000 homes, the grid operator said on Saturday.\nEmergency services" in article.text


def test_html_og_url_when_no_canonical_and_legacy_charset(tmp_path):
    html = STORM_HTML.replace('<link rel="canonical" href="https://harbour.example/news/storm-batters-coast">', "")
    html = html.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    html = html.replace("two fishermen", "two fishermen from the café quarter")
    path = tmp_path / "storm.htm"
    path.write_bytes(html.encode("cp1252"))
    article = only_article(list(read_all([path])))
    assert article.url == "https://harbour.example/og/storm"
    assert "two fishermen from the café quarter" in article.text


def test_html_byline_element_gives_author_without_role_and_date(tmp_path):
    html = (
        STORM_HTML.replace('<meta name="author" content="Tomas Lindqvist">', "")
        .replace('<meta property="article:published_time" content="2024-09-14T06:30:00+00:00">', "")
        .replace("<h1>", '<p class="byline">By Tomas Lindqvist, Coastal Correspondent | 15 September 2024</p><h1>')
    )
    article = only_article(list(read_all([write(tmp_path / "storm.html", html)])))
    assert article.author == "Tomas Lindqvist"
    assert article.published == date(2024, 9, 15)


# --------------------------------------------------------------------------- .jsonl


def jsonl(path: Path, lines: list) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


PROTEST = (
    "Police said 40 people were arrested after a march through the capital turned violent on Saturday, "
    "and that a curfew would stay in place in the city centre until Monday morning."
)
CRASH = (
    "A bus carrying farm workers left the road and overturned on a mountain bend early on Thursday, "
    "killing seven people and injuring 23, the provincial police chief told reporters."
)


def test_jsonl_good_lines_pass_and_each_bad_line_is_its_own_error(tmp_path):
    path = jsonl(
        tmp_path / "batch.jsonl",
        [
            {"text": PROTEST, "url": "https://news.example/march", "title": "Arrests after march",
             "publisher": "News Example", "published": "2024-05-04T21:10:00Z", "author": "Sam Lee"},
            "",
            {"text": CRASH, "published": "2024-05-02"},
            "{not json",
            {"title": "no text here"},
            {"text": 42},
            {"text": CRASH, "url": 7},
            {"text": CRASH, "published": "last Tuesday"},
            ["a", "list"],
            {"text": "   "},
            {"text": CRASH, "title": "Bus overturns"},
        ],
    )
    results = list(read_all([path]))
    articles = [r for r in results if isinstance(r, Article)]
    errors = [r for r in results if isinstance(r, InputError)]

    assert [a.source for a in articles] == [f"{path}:1", f"{path}:3", f"{path}:11"]
    first, second, last = articles
    assert first.id == "https://news.example/march"
    assert (first.title, first.publisher, first.author) == ("Arrests after march", "News Example", "Sam Lee")
    assert first.published == date(2024, 5, 4)
    assert first.text == PROTEST
    assert second.id == "batch-3"  # no url: file stem and line number
    assert second.published == date(2024, 5, 2)
    assert last.title == "Bus overturns"

    assert [(e.code, e.line) for e in errors] == [
        ("E110", 4), ("E111", 5), ("E112", 6), ("E112", 7), ("E113", 8), ("E110", 9), ("E101", 10),
    ]
    for err in errors:
        assert f"{path}:{err.line}: " in str(err)
        assert "Fix:" in str(err)


def test_jsonl_invalid_utf8_on_one_line_and_lone_surrogate(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        json.dumps({"text": PROTEST}).encode() + b"\n"
        + b'{"text": "caf\xe9 owners"}\n'
        + b'{"text": "broken \\ud800 escape"}\n'
        + json.dumps({"text": CRASH}).encode() + b"\r\n"
    )
    results = list(read_all([path]))
    assert [getattr(r, "code", "ok") for r in results] == ["ok", "E103", "E117", "ok"]
    assert results[1].line == 2
    assert "byte offset" in str(results[1])
    assert results[3].text == CRASH  # "\r\n" line ending is not part of the record


def test_jsonl_text_newlines_are_normalised(tmp_path):
    path = jsonl(tmp_path / "b.jsonl", [{"text": "Aid convoy reaches town\r\n" + CRASH}])
    assert only_article(list(read_all([path]))).text == "Aid convoy reaches town\n" + CRASH


# --------------------------------------------------------------------------- discovery


def test_discover_walks_folders_sorted_skipping_hidden_and_other_suffixes(tmp_path):
    for name in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.jsonl", "sub/e.HTM", "f.markdown",
                 ".hidden.txt", ".git/g.txt", "sub/.cache/h.md", "notes.pdf", "image.png", "README"]:
        write(tmp_path / name, "x")
    found = discover([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.md", "b.txt", "f.markdown", "sub/c.html", "sub/deeper/d.jsonl", "sub/e.HTM",
    ]


def test_discover_keeps_named_paths_and_deduplicates(tmp_path):
    a = write(tmp_path / "a.txt", "x")
    pdf = write(tmp_path / "z.pdf", "x")
    missing = tmp_path / "nope.txt"
    found = discover([a, tmp_path, missing, pdf, str(a)])  # also accepts str
    assert found == sorted([a, missing, pdf], key=str)
    assert discover(a) == [a]  # a single path works too


def test_missing_path_is_an_error_value_not_an_exception(tmp_path):
    good = write(tmp_path / "quake.txt", QUAKE_BODY)
    results = list(read_all([tmp_path / "nope.txt", good]))
    assert [getattr(r, "code", "ok") for r in results] == ["E115", "ok"]
