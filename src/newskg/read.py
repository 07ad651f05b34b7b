"""The read stage: article files -> ``Article`` records (text + metadata).

``read_all(paths)`` finds the article files under ``paths`` and yields one
``Article`` per article, or an ``InputError`` *as a value* for each bad input,
so one broken file never stops a batch. It never raises on bad input.

Formats (by suffix):

- ``.txt``, ``.md``, ``.markdown``: UTF-8 (a UTF-8 BOM is dropped; UTF-16/32
  with a BOM are decoded), newlines normalised to ``"\\n"``. Optional YAML
  front matter (a ``---`` block first; keys title, url, publisher, published
  (or date), author) is removed from the text and used as metadata. The
  headline is the ``# `` heading (Markdown) or the first line (text); it stays
  in the text. Date and author come from front matter, else from a date stamp
  ("Published 5 March 2024") or wire dateline with a year, and a "By Jane Doe"
  byline near the top.
- ``.html``, ``.htm``: the main text only, extracted offline with trafilatura
  (precision over recall: no navigation, scripts, asides or footers), one
  paragraph a line. Headline, url (canonical link, then og:url), publisher
  (og:site_name), date and author from the page metadata.
- ``.jsonl``: one article per line: ``text`` (required), ``url``, ``title``,
  ``publisher``, ``published`` (ISO date or datetime), ``author``. Each bad
  line is its own error (``file:line``); the good lines still come through.

``Article.text`` is the text after these steps, and every offset downstream
is a ``str`` index into it.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from newskg.boilerplate import classify_line, find_date
from newskg.errors import InputError
from newskg.model import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_LINE",
    "SUFFIXES",
    "discover",
    "read_all",
    "read_file",
]

DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_MAX_LINE = 200_000

#: Supported suffixes and the reader for each.
SUFFIXES = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}
_SUPPORTED = " ".join(SUFFIXES)

# How far from the top metadata lines (date stamp, byline, headline) may be.
_TOP_LINES = 20
# How much text the language test looks at, and the shortest text it judges.
_LANGUAGE_SAMPLE = 5000
_LANGUAGE_MIN_WORDS = 30
# Longest first line still taken as a headline rather than a lede paragraph.
_MAX_HEADLINE = 200

PathLike = str | os.PathLike[str]


# --------------------------------------------------------------------------- discovery


def discover(paths: PathLike | Iterable[PathLike]) -> list[Path]:
    """The article files named by ``paths``: files, and folders searched recursively.

    In folders, only supported suffixes (``SUFFIXES``) are taken and hidden
    files and folders (names starting with ".") are skipped; symlinked folders
    are not followed. A path given explicitly is always kept, even when it does
    not exist, is hidden or has another suffix: the reader then reports it as
    an error (E115, E107, ...), so nothing a user named disappears silently.
    A folder that cannot be listed is kept too (the reader reports E108).

    The result is sorted and has no duplicates. Nothing is raised.
    """
    found: dict[str, Path] = {}

    def add(path: Path) -> None:
        found.setdefault(os.path.abspath(path), path)

    for given in _as_paths(paths):
        try:
            is_folder = given.is_dir()
        except (OSError, ValueError):  # a parent without search permission, a NUL in the name
            is_folder = False
        if not is_folder:
            add(given)  # the reader says what is wrong with it
            continue
        unlistable: list[OSError] = []
        for folder, dirnames, filenames in os.walk(given, onerror=unlistable.append):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                    add(Path(folder, name))
        for err in unlistable:
            add(Path(err.filename) if err.filename else given)
    return sorted(found.values(), key=str)


def _as_paths(paths: PathLike | Iterable[PathLike]) -> list[Path]:
    if isinstance(paths, (str, os.PathLike)):
        return [Path(paths)]
    return [Path(p) for p in paths]


# --------------------------------------------------------------------------- reading


def read_all(
    paths: PathLike | Iterable[PathLike],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_line: int = DEFAULT_MAX_LINE,
) -> Iterator[Article | InputError]:
    """Yield an ``Article`` per article under ``paths``, or an ``InputError`` per bad input.

    Files are found first (``discover``), then read one at a time, lazily. A
    file that existed when the files were found but is gone when its turn
    comes gives E109; a path that never existed gives E115.
    """
    found = discover(paths)
    missing = {p for p in found if not os.path.exists(p)}
    for path in found:
        yield from _read_path(path, max_bytes, max_line, vanished_code="E115" if path in missing else "E109")


def read_file(
    path: PathLike,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_line: int = DEFAULT_MAX_LINE,
) -> Iterator[Article | InputError]:
    """Yield the article(s) of one file (several for ``.jsonl``), or errors."""
    yield from _read_path(Path(path), max_bytes, max_line, vanished_code="E115")


def _read_path(path: Path, max_bytes: int, max_line: int, vanished_code: str) -> Iterator[Article | InputError]:
    try:
        yield from _read_checked(path, max_bytes, max_line, vanished_code)
    except InputError as err:  # the whole file is bad
        yield err
    except Exception as err:  # noqa: BLE001 - a bug must not stop the batch; say so loudly
        yield InputError("E199", path=str(path), reason=f"{type(err).__name__}: {err}")


def _read_checked(path: Path, max_bytes: int, max_line: int, vanished_code: str) -> Iterator[Article | InputError]:
    where = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(vanished_code, path=where) from None
    except OSError as err:
        raise InputError("E108", path=where, what="path", reason=_reason(err)) from None
    except ValueError:  # "embedded null byte"
        raise InputError("E108", path=where, what="path", reason="its name contains a NUL character") from None

    if stat.S_ISDIR(info.st_mode):  # a folder discover() could not list
        try:
            os.listdir(path)
        except OSError as err:
            raise InputError("E108", path=where, what="folder", reason=_reason(err)) from None
        for inner in discover([path]):
            yield from _read_path(inner, max_bytes, max_line, "E109")
        return
    if not stat.S_ISREG(info.st_mode):
        raise InputError("E108", path=where, what="path", reason="not a regular file")

    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError("E107", path=where, suffix=path.suffix or "(none)", supported=_SUPPORTED)
    if info.st_size > max_bytes:  # checked before reading: a huge file is never loaded
        raise InputError("E104", path=where, size=info.st_size, limit=max_bytes)
    if info.st_size == 0:
        raise InputError("E101", path=where, what="file")

    data = _read_bytes(path, max_bytes, vanished_code)
    if kind == "jsonl":
        yield from _read_jsonl(path, data, max_line)
    elif kind == "html":
        yield _read_html(path, data, max_line)
    else:
        yield _read_plain(path, data, max_line, markdown=kind == "markdown")


def _read_bytes(path: Path, max_bytes: int, vanished_code: str) -> bytes:
    where = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(vanished_code, path=where) from None
    except OSError as err:  # permissions, a folder, an I/O error
        raise InputError("E108", path=where, what="file", reason=_reason(err)) from None
    if len(data) > max_bytes:  # it grew after stat()
        raise InputError("E104", path=where, size=len(data), limit=max_bytes)
    return data


def _reason(err: OSError) -> str:
    return (err.strerror or type(err).__name__).lower()


# --------------------------------------------------------------------------- decoding

_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b") + b"\x7f"
_CONTROL_CHARS = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (codecs.BOM_UTF8, "utf-8-sig"),
)


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _check_not_binary(data: bytes | str, where: str) -> None:
    """E102 for NUL characters or a sample that is mostly control characters."""
    nul = b"\x00" if isinstance(data, bytes) else "\x00"
    if nul in data:
        raise InputError("E102", path=where, reason="it contains NUL bytes")
    sample = data[:8192]
    if isinstance(sample, bytes):
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    else:
        controls = len(_CONTROL_CHARS.findall(sample))
    if sample and controls / len(sample) > 0.05:
        raise InputError("E102", path=where, reason=f"{controls} control characters in its first {len(sample)}")


def _decode(data: bytes, where: str, *, encoding: str | None = None) -> str:
    """Text of ``data``: BOM-aware, else ``encoding`` (default UTF-8); E102/E103 when it is not text."""
    bom = _bom_encoding(data)
    skip = 0
    if bom is None:
        _check_not_binary(data, where)
        codec = encoding or "utf-8"
    elif bom == "utf-8-sig":
        codec, skip = "utf-8", len(codecs.BOM_UTF8)
    else:
        codec = bom  # "utf-16"/"utf-32" read and drop their own BOM
    try:
        text = data[skip:].decode(codec)
    except UnicodeDecodeError as err:
        offset = skip + err.start
        raise InputError(
            "E103",
            path=where,
            line=data.count(b"\n", 0, offset) + 1 if codec not in ("utf-16", "utf-32") else None,
            what="file",
            encoding=_ENCODING_NAMES.get(codec, codec),
            byte=data[offset] if offset < len(data) else 0,
            offset=offset,
            suffix=Path(where).suffix,
        ) from None
    if bom in ("utf-16", "utf-32"):
        _check_not_binary(text, where)
    return text


_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- checks on text

# Frequent English function words; and frequent function words of languages
# newskg is often handed by mistake, leaving out words English shares with
# them ("a", "in", "is", "die", "do", "un", ...).
_ENGLISH = frozenset(
    "the of and to that for with was were by from have has had it its this which "
    "their they he she his her who been would are at as not but or said after also "
    "an be is on in a will more than about into there when what we our you can could "
    "one all them these other some only over out up no so if do did because during "
    "while where how being such those any should may".split()
)
_OTHER = frozenset(
    # German
    "der und das nicht ist mit sich des ein eine dem zu von auf für im wurde wurden "
    "sind nach bei auch werden "
    # Spanish / Portuguese
    "el los las que y en del se por para una lo como más fue su os da dos das em um "
    "uma com não é "
    # French
    "le les et est du dans qui pour sur par pas au avec ont été ce il elle "
    # Dutch
    "het een van te dat niet zijn op voor met werd ook naar bij "
    # Italian
    "il di che della sono non gli nel è la de".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def _language_problem(text: str) -> str | None:
    """Why ``text`` is not English, or None. Cheap: function-word ratios on a sample."""
    sample = text[:_LANGUAGE_SAMPLE]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) >= 100:
        latin = sum(1 for c in letters if ord(c) < 0x250)
        if latin / len(letters) < 0.5:
            return f"{100 - 100 * latin // len(letters)}% of its letters are not Latin script"
    words = _WORD.findall(sample.lower())
    if len(words) < _LANGUAGE_MIN_WORDS:
        return None
    english = sum(w in _ENGLISH for w in words) / len(words)
    other = sum(w in _OTHER for w in words) / len(words)
    if (english < 0.15 and other > english and other >= 0.05) or (english < 0.02 and len(words) >= 60):
        return f"{english:.0%} English function words, {other:.0%} of other languages"
    return None


def _check_text(
    text: str, where: str, max_line: int, *, what: str, line: int | None = None, first_line: int = 1
) -> None:
    """E101 empty, E105 a line too long, E106 not English.

    ``line`` is the input line to name in errors (a JSONL line); without it,
    E105 names the long line itself, counting from ``first_line``.
    """
    if not text.strip():
        raise InputError("E101", path=where, line=line, what=what)
    longest = max(text.split("\n"), key=len)
    if len(longest) > max_line:
        if line is None:
            line = first_line + text.count("\n", 0, text.index(longest))
        raise InputError("E105", path=where, line=line, what=what, length=len(longest), limit=max_line)
    problem = _language_problem(text)
    if problem:
        raise InputError("E106", path=where, line=line, what=what, reason=problem)


def _article(text: str, *, id: str, source: str, **meta: Any) -> Article:
    return Article(
        id=id,
        text=text,
        source=source,
        content_hash=hashlib.sha1(text.encode("utf-8")).hexdigest(),
        **meta,
    )


# --------------------------------------------------------------------------- .txt / .md

_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_FRONT_MATTER_KEYS = {
    "title": "title",
    "headline": "title",
    "url": "url",
    "publisher": "publisher",
    "published": "published",
    "date": "published",
    "author": "author",
    "authors": "author",
}
_ATX_H1 = re.compile(r"^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_ATX_ANY = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_SETEXT_H1 = re.compile(r"^[ \t]*(\S.*?)[ \t]*\n[ \t]*=+[ \t]*$", re.MULTILINE)
_PUBLISHED_WORD = re.compile(r"\b(?:published|posted)\b", re.IGNORECASE)
# "NAIROBI, March 5, 2024 (Wire) —", "GENEVA, 5 March (Reuters) -": a year is needed for a date.
_WIRE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)*(?:,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?,?\s+"
    r"(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Za-z]{3,9}\.?(?:,?\s+\d{4})?)"
    r"\s*(?:\([^)\n]{1,40}\))?\s*[-–—:]"
)


def _read_plain(path: Path, data: bytes, max_line: int, *, markdown: bool) -> Article:
    where = str(path)
    text = _normalise_newlines(_decode(data, where))
    if not text.strip():
        raise InputError("E101", path=where, what="file")
    meta, body = _split_front_matter(text, where)
    first_line = 1 + text.count("\n", 0, len(text) - len(body))  # file line of body's first line
    what = "file" if len(body) == len(text) else "file (after its front matter)"
    _check_text(body, where, max_line, what=what, first_line=first_line)

    title = meta.pop("title", None) or _headline(body, markdown=markdown)
    published = meta.pop("published", None) or _published_from_top(body)
    author = meta.pop("author", None) or _author_from_top(body)
    return _article(
        body,
        id=path.stem,
        source=where,
        title=title,
        published=published,
        author=author,
        url=meta.get("url"),
        publisher=meta.get("publisher"),
    )


def _split_front_matter(text: str, where: str) -> tuple[dict[str, Any], str]:
    """(metadata, body) for a text that may start with a ``---`` YAML block."""
    first, sep, rest = text.partition("\n")
    if first.rstrip() != "---" or not sep:
        return {}, text
    end = _FRONT_MATTER_END.search(rest)
    if end is None:
        return {}, text
    import yaml  # only files with front matter pay for it

    try:
        parsed = yaml.safe_load(rest[: end.start()])
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        line = mark.line + 2 if mark is not None else None  # +1 for the "---" line, +1 one-based
        raise InputError("E116", path=where, line=line, reason=err.problem or str(err)) from None
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as err:  # e.g. "published: 2024-02-30"
        raise InputError("E116", path=where, reason=str(err).replace("\n", " ")) from None
    if parsed is not None and not isinstance(parsed, dict):
        return {}, text  # a Markdown rule, some lines and another rule: not front matter
    body = rest[end.end():]
    body = body[1:] if body.startswith("\n") else body
    body = body.lstrip("\n")
    meta: dict[str, Any] = {}
    for key, value in (parsed or {}).items():
        field = _FRONT_MATTER_KEYS.get(str(key).strip().lower())
        if field is None or value is None or field in meta:
            continue
        meta[field] = _front_matter_value(field, value, str(key), where)
    return {k: v for k, v in meta.items() if v is not None}, body


def _front_matter_value(field: str, value: Any, key: str, where: str) -> Any:
    if field == "published":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            return _parse_date_value(value, key, where) if value.strip() else None
        raise InputError("E112", path=where, field=key, expected="a date", got=_yaml_type(value))
    if field == "author" and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(v.strip() for v in value if v.strip()) or None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InputError("E112", path=where, field=key, expected="a string", got=_yaml_type(value))
    return str(value).strip() or None


def _yaml_type(value: Any) -> str:
    return {dict: "a mapping", list: "a list", bool: "true/false"}.get(type(value), type(value).__name__)


def _parse_date_value(value: str, field: str, where: str, line: int | None = None) -> date:
    """An ISO date or datetime ("2024-03-05", "2024-03-05T14:05:00Z"), as a date; E113 otherwise."""
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    written = find_date(text)  # "5 March 2024" in front matter
    if written is not None and len(text) <= 40:
        return written
    raise InputError("E113", path=where, line=line, field=field, value=value[:80])


def _headline(body: str, *, markdown: bool) -> str | None:
    """The ``# `` heading (Markdown), else the first content line when it reads like a headline."""
    if markdown:
        for pattern in (_ATX_H1, _SETEXT_H1, _ATX_ANY):
            match = pattern.search(body)
            if match and match.group(1).strip("# \t"):
                return match.group(1).strip()
    for number, line in enumerate(body.split("\n")):
        if number > _TOP_LINES:
            break
        line = line.strip()
        if not line or classify_line(line) is not None:
            continue  # blank, a date stamp or a byline above the headline
        if len(line) > _MAX_HEADLINE or line.endswith(".") and not line.endswith(".."):
            return None  # the text starts with its lede paragraph: no headline
        return line
    return None


def _top_lines(body: str) -> list[str]:
    lines = [line for line in body[:5000].split("\n") if line.strip()]
    return lines[:_TOP_LINES]


def _published_from_top(body: str) -> date | None:
    """The date of a date stamp or byline near the top ("Published ..." first), else of a wire dateline."""
    stamps = []
    for line in _top_lines(body):
        match = classify_line(line)
        if match is not None and match.date is not None:
            if _PUBLISHED_WORD.search(line):
                return match.date
            stamps.append(match.date)
    if stamps:
        return stamps[0]
    for line in _top_lines(body):
        dateline = _WIRE_DATELINE.match(line)
        if dateline:
            return find_date(dateline.group("date"))  # None without a year
    return None


def _author_from_top(body: str) -> str | None:
    for line in _top_lines(body):
        match = classify_line(line)
        if match is not None and match.kind == "byline" and match.author:
            return match.author
    return None


# --------------------------------------------------------------------------- .html

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _read_html(path: Path, data: bytes, max_line: int) -> Article:
    where = str(path)
    html = _decode(data, where, encoding=_declared_charset(data))
    html = _XML_DECLARATION.sub("", html)  # lxml refuses str input with an encoding declaration
    if not html.strip():
        raise InputError("E101", path=where, what="file")

    extracted = _extract_html(html)
    text = _normalise_newlines(extracted.get("text") or "").strip("\n")
    if not text.strip():
        raise InputError("E114", path=where)
    _check_text(text, where, max_line, what="extracted text")

    page = _html_page_metadata(html)
    published = None
    if extracted.get("date"):
        try:
            published = date.fromisoformat(str(extracted["date"])[:10])
        except ValueError:
            published = None
    return _article(
        text,
        id=path.stem,
        source=where,
        title=_clean(extracted.get("title")) or page.get("h1") or _headline(text, markdown=False),
        url=page.get("canonical") or page.get("og:url") or _absolute_url(extracted.get("url")),
        publisher=page.get("og:site_name") or _clean(extracted.get("sitename")),
        published=published or page.get("byline_date") or _published_from_top(text),
        # trafilatura also reads byline elements, but keeps their role ("Jane Doe; Political
        # Editor"): the meta tag first, then the byline as newskg reads it, then trafilatura.
        author=page.get("author") or page.get("byline") or _clean(extracted.get("author")) or _author_from_top(text),
    )


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # A page saved as UTF-8 may still say utf-16 (HTML spec: treat as UTF-8).
    return None if codec.startswith(("utf-16", "utf-32")) else codec


def _extract_html(html: str) -> dict[str, Any]:
    """Main text and metadata by trafilatura, from the string only (never a URL: no network)."""
    import trafilatura  # heavy: imported only when an HTML file is read

    # fast=True: no readability/justext fallback. The fallback rescues odd
    # layouts but on pages without an article it returns the navigation
    # ("Home World Sport"); precision matters more here than recall.
    document = trafilatura.bare_extraction(
        html,
        fast=True,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return {}
    return document if isinstance(document, dict) else document.as_dict()


def _html_page_metadata(html: str) -> dict[str, Any]:
    """canonical link, og:url, og:site_name, meta author, the first <h1> and the byline, when present."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return {}
    found: dict[str, str] = {}
    for link in tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        href = _absolute_url(link.get("href"))
        if "canonical" in rels and href and "canonical" not in found:
            found["canonical"] = href
    for meta in tree.iter("meta"):
        prop = (meta.get("property") or meta.get("name") or "").strip().lower()
        content = _clean(meta.get("content"))
        if prop in ("og:url", "og:site_name") and content and prop not in found:
            found[prop] = _absolute_url(content) if prop == "og:url" else content
        if prop == "author" and content and not _absolute_url(content) and "author" not in found:
            found["author"] = content
    for h1 in tree.iter("h1"):
        heading = _clean(h1.text_content())
        if heading:
            found["h1"] = heading
            break
    # The byline: the first short block that reads as one ("By Jane Doe, Staff Reporter").
    body = tree.find("body")
    for number, element in enumerate(body.iter("p", "div", "span", "address", "li") if body is not None else ()):
        if number > 300:
            break
        line = _clean(element.text_content())
        match = classify_line(line) if line and len(line) <= 200 else None
        if match is not None and match.kind == "byline":
            found["byline"] = match.author
            found["byline_date"] = match.date
            break
    return {k: v for k, v in found.items() if v}


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _absolute_url(value: Any) -> str | None:
    value = _clean(value)
    return value if value and re.match(r"https?://\S+$", value, re.IGNORECASE) else None


# --------------------------------------------------------------------------- .jsonl

_JSONL_STRING_FIELDS = ("url", "title", "publisher", "author")
_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", bool: "true/false", int: "a number", float: "a number"}
_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_BLANK = b" \t\r"  # JSON whitespace besides the newline that ends the line


def _read_jsonl(path: Path, data: bytes, max_line: int) -> Iterator[Article | InputError]:
    where = str(path)
    bom = _bom_encoding(data)
    if bom in ("utf-16", "utf-32"):
        lines = [line.encode("utf-8", "surrogatepass") for line in _decode(data, where).split("\n")]
        offsets = None
    else:
        _check_not_binary(data, where)
        if bom:
            data = data[len(codecs.BOM_UTF8):]
        lines = data.split(b"\n")
        offsets = []
        position = len(codecs.BOM_UTF8) if bom else 0
        for raw in lines:
            offsets.append(position)
            position += len(raw) + 1
    if not any(line.strip(_JSON_BLANK) for line in lines):
        raise InputError("E101", path=where, what="file")
    for index, raw in enumerate(lines):
        if not raw.strip(_JSON_BLANK):
            continue  # blank lines are allowed
        number = index + 1
        try:
            yield _jsonl_article(path, raw, number, None if offsets is None else offsets[index], max_line)
        except InputError as err:
            yield err
        except Exception as err:  # noqa: BLE001 - as in _read_path, but the other lines go on
            yield InputError("E199", path=where, line=number, reason=f"{type(err).__name__}: {err}")


def _jsonl_article(path: Path, raw: bytes, number: int, offset: int | None, max_line: int) -> Article:
    where = str(path)
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            "E103",
            path=where,
            line=number,
            what="line",
            encoding="UTF-8",
            byte=raw[err.start],
            offset=(offset or 0) + err.start,
            suffix=path.suffix,
        ) from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError("E110", path=where, line=number, reason=f"{err.msg} at column {err.colno}") from None
    except (ValueError, RecursionError) as err:  # huge integers, deep nesting
        raise InputError("E110", path=where, line=number, reason=str(err)[:100]) from None
    if not isinstance(record, dict):
        raise InputError("E110", path=where, line=number, reason=f"got {_json_type(record)}, not an object")

    text = record.get("text")
    if text is None:
        keys = ", ".join(list(map(str, record))[:8]) or "none"
        raise InputError("E111", path=where, line=number, keys=keys)
    if not isinstance(text, str):
        raise InputError("E112", path=where, line=number, field="text", expected="a string", got=_json_type(text))
    meta: dict[str, Any] = {}
    for field in _JSONL_STRING_FIELDS:
        value = record.get(field)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputError("E112", path=where, line=number, field=field, expected="a string", got=_json_type(value))
        meta[field] = _clean(value)
    for field, value in (("text", text), *meta.items()):
        if value is not None and (bad := _SURROGATE.search(value)):
            raise InputError("E117", path=where, line=number, field=field, codepoint=ord(bad.group()))

    published = record.get("published")
    if published is not None:
        if not isinstance(published, str):
            raise InputError(
                "E112", path=where, line=number, field="published", expected="an ISO date string", got=_json_type(published)
            )
        if _SURROGATE.search(published):
            raise InputError("E117", path=where, line=number, field="published", codepoint=ord(_SURROGATE.search(published).group()))
        published = _parse_date_value(published, "published", where, number) if published.strip() else None

    text = _normalise_newlines(text)
    _check_text(text, where, max_line, line=number, what="text")
    url = meta.get("url")
    return _article(
        text,
        id=url or f"{path.stem}-{number}",
        source=f"{where}:{number}",
        url=url,
        title=meta.get("title"),
        publisher=meta.get("publisher"),
        published=published or _published_from_top(text),
        author=meta.get("author") or _author_from_top(text),
    )


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return _JSON_TYPES.get(type(value), type(value).__name__)
