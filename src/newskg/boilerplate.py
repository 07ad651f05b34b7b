"""Boilerplate lines: "Read more:", bylines, photo credits, date stamps, ...

``boilerplate_spans(text)`` returns the character ranges of whole lines that are
page furniture rather than article content; the NLP stage skips figures found
inside them (a "Read more: 40 killed in ..." teaser is not a claim of this
article). Detection is line-level on purpose: these are layout lines, not
language, and a line is flagged only when a pattern describes the *entire*
line, so a sentence that merely contains "related" or "by" is never flagged.

The cue patterns live in ``nlp/data/boilerplate.txt`` (one regex a line, with
a few macros for dates and names defined here). The reader reuses the same
patterns to take the author from a byline and the date from a date stamp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

__all__ = [
    "LineMatch",
    "boilerplate_spans",
    "classify_line",
    "find_date",
    "patterns",
]

#: Lines longer than this are article content, whatever they start with.
MAX_BOILERPLATE_LINE = 300

# --- calendar words (English; ``calendar.month_name`` follows the locale) ---

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)
# Capitalised words that can follow "By" at the start of a sentence ("By
# Monday, ...") and would otherwise look like a name. Lowercase words never
# match a name, so "By dawn" needs no entry.
_NOT_NAMES = (
    *(w.capitalize() for w in _WEEKDAYS),
    "Christmas", "Easter", "Ramadan", "Eid", "Diwali", "Passover", "Hanukkah",
    "New Year", "Then", "Now",
)

# Months are names too ("By Jan Novak", "By April Jones"): not a name only before a day, a comma
# or the end of the line ("By Jan. 5", "By March, …").
_NOT_NAME_MONTHS = tuple(m.capitalize() for m in _MONTHS if m != "may")
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2\d\d\d)"

# A full date with a year, in the forms news sites print.
_DATE_DMY = rf"(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})"
_DATE_MDY = rf"(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR})"
_DATE_ISO = r"(?P<y3>" + _YEAR + r")-(?P<m3>0?[1-9]|1[0-2])-(?P<d3>0?[1-9]|[12]\d|3[01])"
_DATE_RE = re.compile(rf"\b(?:{_DATE_DMY}|{_DATE_MDY}|{_DATE_ISO})\b", re.IGNORECASE)

_TZ = r"(?:(?-i:[A-Z]{2,5})(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?)"
_TIME = (
    r"(?:\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    rf"(?:\s*{_TZ})?"
)
# The date part matched loosely here; ``find_date`` re-parses and validates it.
_ANY_DATE = (
    rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"
    rf"|{_MONTH}\s+{_DAY},?\s+{_YEAR}"
    rf"|{_YEAR}-\d{{1,2}}-\d{{1,2}}(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?)"
)
_STAMP = (
    rf"(?:{_WEEKDAY},?\s+)?(?:{_TIME},?\s+(?:on\s+)?)?(?:{_WEEKDAY},?\s+)?{_ANY_DATE}"
    rf"(?:\s*(?:,|\||-|–|—|at)?\s*{_TIME})?"
)
_NAME_WORD = r"[A-Z][^\W\d_]*(?:['’.-][^\W\d_]+)*\.?"
_NAME = (
    rf"(?!(?:{'|'.join(_NOT_NAMES)})\b)(?!(?:{'|'.join(_NOT_NAME_MONTHS)})\b(?:\.?\s*\d|\s*,|\s*$)){_NAME_WORD}"
    rf"(?:\s+(?:{_NAME_WORD}|de|da|do|dos|van|von|der|den|al|el|bin|ibn|del|la|le|du|di))"
    r"{0,4}"
)
# "Jane Doe", "Jane Doe and Li Wei", "Jane Doe, Li Wei and Sam Roe"; a comma
# alone starts the role ("Jane Doe, Staff Reporter").
_NAMES = (
    rf"(?-i:{_NAME}(?:(?:\s*,\s*{_NAME})*\s*,?(?:\s+and\s+|\s*&\s*){_NAME})?)"
)
_ROLE = (
    r"(?-i:[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|in|for|of|the|and|at|on|&)){0,6})"
)

_MACROS = {
    "STAMP": _STAMP,
    "TIME": _TIME,
    "NAMES": _NAMES,
    "ROLE": _ROLE,
    "SEP": r"[|·•◆]",
    "READ": r"(?:\s*[|·•◆]\s*\d{1,3}\s*min(?:ute)?s?\s+read)?",
    # ", updated 16:55 SAST", "(updated 18:45)", "| Updated 9 May 2025, 21:03 BST"
    "UPDATED": rf"(?:\s*(?:[,|·•◆]\s*|\(\s*)(?:updated|last updated|modified)\s*:?\s*(?:(?:on|at)\s+)?(?:{_STAMP}|{_TIME})\s*\)?)?",
}

# Markdown marks and spaces around a line ("**Read more:**", "> Photo: ...").
_EDGE_MARKS = " \t#>*_"


@dataclass(frozen=True)
class LineMatch:
    """A line recognised as boilerplate."""

    kind: str  # "related", "advert", "share", "newsletter", "byline", "caption", "datestamp", "copyright", "credit", "kicker"
    author: str | None = None  # for kind "byline"
    date: date | None = None  # a full date on the line (a date stamp, or a byline with one)


@cache
def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The (kind, compiled pattern) pairs from ``nlp/data/boilerplate.txt``."""
    source = resources.files("newskg.nlp").joinpath("data/boilerplate.txt")
    compiled = []
    for number, raw in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, pattern = line.partition(" ")
        pattern = re.sub(
            r"\{([A-Z]+)\}", lambda m: _MACROS.get(m.group(1), m.group(0)), pattern.strip()
        )
        try:
            compiled.append((kind, re.compile(pattern, re.IGNORECASE)))
        except re.error as err:  # a broken data file is a bug in newskg itself
            raise ValueError(f"boilerplate.txt line {number}: {err}") from err
    return tuple(compiled)


def find_date(text: str) -> date | None:
    """The first full calendar date (with a year) written in ``text``, if any.

    Reads "5 March 2024", "March 5th, 2024", "2024-03-05". A month and day
    without a year ("March 5") is not a date here: the year is unknown.
    """
    for match in _DATE_RE.finditer(text):
        g = match.groupdict()
        if g["y1"]:
            day, month, year = g["d1"], _MONTHS[g["m1"].lower().rstrip(".")], g["y1"]
        elif g["y2"]:
            day, month, year = g["d2"], _MONTHS[g["m2"].lower().rstrip(".")], g["y2"]
        else:
            day, month, year = g["d3"], int(g["m3"]), g["y3"]
        try:
            return date(int(year), int(month), int(re.sub(r"\D", "", day)))
        except ValueError:  # 31 February
            continue
    return None


def classify_line(line: str) -> LineMatch | None:
    """What kind of boilerplate ``line`` is, or None when it is content."""
    core = line.strip(_EDGE_MARKS)
    if not core or len(core) > MAX_BOILERPLATE_LINE:
        return None
    for kind, pattern in patterns():
        match = pattern.fullmatch(core)
        if match is None:
            continue
        groups = match.groupdict()
        author = groups.get("author")
        stamp = next((v for k, v in groups.items() if k.startswith("date") and v), None)
        return LineMatch(
            kind=kind,
            author=author.strip() if author else None,
            date=find_date(stamp) if stamp else None,
        )
    return None


def in_ranges(pos: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether character offset ``pos`` falls in one of the [begin, end) ``ranges``."""
    return any(a <= pos < b for a, b in ranges)


def heading_spans(text: str) -> list[tuple[int, int]]:
    """Lines that are headlines or section headings: short, and not ended like a sentence."""
    spans, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip().lstrip("#").strip()
        if stripped and len(stripped) <= 120 and stripped[-1] not in ".!?\"”:;":
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges ``(begin, end)`` of the boilerplate lines of ``text``.

    Each range covers one whole line without its newline, so
    ``text[begin:end]`` is the line. Ranges are sorted and do not overlap.
    """
    spans = []
    begin = 0
    for line in text.split("\n"):
        end = begin + len(line)
        if classify_line(line) is not None:
            spans.append((begin, end))
        begin = end + 1
    return spans
