"""Numbers as written in news ("1,400", "2.5 million", "twenty-three", "a dozen",
"dozens") to integers, and qualifiers to integer intervals.

Pure functions over strings: no spaCy here, so they are cheap to test and to
fuzz. The interval readings are the documented defaults of the README's table.
"""

from __future__ import annotations

import re

from newskg.nlp import gazetteer

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$|^\d{1,2}(,\d{2})+,\d{3}$")  # (Indian grouping: "10,28,073")
_DECIMAL = re.compile(r"^\d+\.\d+$")


def parse_number(words: list[str]) -> int | None:
    """The integer a sequence of number words means, or None.

    >>> parse_number(["2.5", "million"])
    2500000
    >>> parse_number(["twenty-three"])
    23
    """
    g = gazetteer.load()
    parts: list[str] = []
    for w in words:
        w = w.lower().strip()
        if not w or w in {"and", "a", "an", "-", "–"}:
            continue
        if "-" in w and not w.startswith("-"):
            parts.extend(p for p in w.split("-") if p)
        else:
            parts.append(w)
    if not parts:
        return None
    total = 0
    current: float | None = None
    fraction = False  # "2.5" is a count only when a scale follows ("2.5 million")
    for p in parts:
        if _DIGITS.match(p):
            if current is not None:
                return None  # two numerals in a row: "12 15"
            current = float(p.replace(",", ""))
        elif _DECIMAL.match(p):
            if current is not None:
                return None
            current = float(p)
            fraction = True
        elif p in g.number_units:
            value = g.number_units[p]
            if current is None:
                current = float(value)
            elif p == "dozen":
                current *= 12
            elif current % 10 == 0 and value < 10:
                current += value  # "twenty three", "three hundred and eighty-seven"
            elif current >= 100 and current % 100 == 0 and value < 100:
                current += value  # "two hundred fifty"
            else:
                return None
        elif p in g.number_scales:
            scale = g.number_scales[p]
            if current is None:
                current = 1.0  # "a hundred", "a million"
            fraction = False
            if scale >= 1000:
                total += current * scale
                current = None
            else:
                current *= scale
        else:
            return None
    if fraction:
        return None
    value = total + (current or 0)
    if value != int(value) or value < 0:
        return None if value < 0 else int(round(value))
    return int(value)


def overlaps(min_a: int, max_a: int | None, min_b: int, max_b: int | None) -> bool:
    """Whether two integer intervals (None = unbounded above) share a value."""
    hi_a = max_a if max_a is not None else float("inf")
    hi_b = max_b if max_b is not None else float("inf")
    return min_a <= hi_b and min_b <= hi_a


def interval(qualifier: str, value: int, offset: int = 0) -> tuple[int, int | None]:
    """The integer bounds a qualified number states (None = unbounded above)."""
    if qualifier == "exact":
        return value, value
    if qualifier == "at_least":
        return value + offset, None
    if qualifier == "at_most":
        return 0, max(value - offset, 0)
    if qualifier == "approximately":
        return value * 9 // 10, -(-value * 11 // 10)  # integer arithmetic: no float rounding
    if qualifier == "vague":
        return value, None
    raise ValueError(f"no single-value interval for qualifier {qualifier!r}")
