"""Properties of the readers on arbitrary input: they never raise, and what they
return holds together (text is a str, the headline is inside it, errors are one line)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newskg.errors import InputError
from newskg.model import Article
from newskg.read import read_all

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text that can be written as UTF-8 (no lone surrogates).
any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600)
# Text that looks more like an article: English-ish words, lines, odd newlines.
words = st.sampled_from(
    ["the", "army", "said", "at", "least", "12", "people", "were", "killed", "#", "---", "By", "Jane",
     "Doe", "Published", "5", "March", "2024", "Read", "more:", "\u00e9t\u00e9", "\t", "", "."]
)
article_like = st.lists(
    st.lists(words, max_size=40).map(" ".join), max_size=30
).flatmap(lambda lines: st.sampled_from(["\n", "\r\n", "\r"]).map(lambda nl: nl.join(lines)))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("props")


def read_one_file(path: Path) -> list:
    results = list(read_all([path]))  # must not raise
    for result in results:
        assert isinstance(result, (Article, InputError))
        if isinstance(result, InputError):
            assert result.code != "E199", str(result)  # no internal error
            assert "\n" not in str(result) and str(result).startswith(str(path))
            assert "Fix: " in str(result)
        else:
            assert isinstance(result.text, str) and result.text.strip()
            assert result.content_hash == hashlib.sha1(result.text.encode("utf-8")).hexdigest()
    return results


@SETTINGS
@given(data=st.binary(max_size=800), suffix=st.sampled_from([".txt", ".md", ".jsonl", ".html"]))
def test_arbitrary_bytes_never_raise(folder, data, suffix):
    path = folder / f"bytes{suffix}"
    path.write_bytes(data)
    read_one_file(path)


@SETTINGS
@given(text=st.one_of(any_text, article_like), suffix=st.sampled_from([".txt", ".md"]))
def test_text_files_give_text_with_the_headline_inside(folder, text, suffix):
    assume(not text.lstrip("\ufeff").startswith("---"))  # front matter may carry its own title
    path = folder / f"text{suffix}"
    path.write_bytes(text.encode("utf-8"))
    for result in read_one_file(path):
        if isinstance(result, Article):
            normalised = text.replace("\r\n", "\n").replace("\r", "\n")
            if normalised.startswith("\ufeff"):
                normalised = normalised[1:]
            assert result.text == normalised  # offsets are into exactly this
            assert result.title is None or result.title in result.text
            assert result.id == "text" and result.source == str(path)


@SETTINGS
@given(text=any_text)
def test_utf16_text_files_never_raise(folder, text):
    path = folder / "wide.txt"
    path.write_bytes(text.encode("utf-16"))
    read_one_file(path)


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), any_text)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(any_text, inner, max_size=3), max_leaves=8)
records = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(any_text, article_like, json_values),
        "url": st.one_of(any_text, json_values),
        "title": st.one_of(any_text, json_values),
        "publisher": any_text,
        "author": any_text,
        "published": st.one_of(any_text, st.dates().map(str), st.datetimes().map(lambda d: d.isoformat()), json_values),
    },
)


@SETTINGS
@given(lines=st.lists(st.one_of(records.map(json.dumps), json_values.map(json.dumps), any_text.filter(lambda s: "\n" not in s and "\r" not in s)), max_size=8))
def test_jsonl_gives_one_result_per_non_blank_line(folder, lines):
    path = folder / "batch.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-8"))
    results = read_one_file(path)
    non_blank = [i + 1 for i, line in enumerate(lines) if line.strip(" \t")]  # JSON whitespace
    if len(results) == 1 and isinstance(results[0], InputError) and results[0].line is None:
        return  # the whole file was rejected (empty, binary, ...)
    assert len(results) == len(non_blank)
    for number, result in zip(non_blank, results):
        if isinstance(result, Article):
            assert result.source == f"{path}:{number}"
            record = json.loads(lines[number - 1])
            assert result.id == (result.url or f"batch-{number}")
            assert result.url == (" ".join((record.get("url") or "").split()) or None)
            assert result.text == record["text"].replace("\r\n", "\n").replace("\r", "\n")
        else:
            assert result.line == number
