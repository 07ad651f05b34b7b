"""The model's attribute rules, matched through an index instead of tried one by one.

``en_core_web_sm``'s ``attribute_ruler`` (tag -> POS, morphology and lemma
exceptions) holds ~180 one- or two-token patterns. spaCy's Matcher tries every
pattern at every token, which costs about a tenth of the whole pipeline: as
much as newskg's own components. Nearly every pattern fixes the first token's
TAG or LOWER, so indexing the patterns by those values leaves a handful of
candidates per token. The matches, their order and the attributes set are
exactly the ruler's own (tests/test_rule_index.py compares them token by
token); a ruler using anything this index does not understand is left alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMN = {name: i for i, name in enumerate(_ATTRS)}

# one token test: (column, predicate on the column's value: a string hash, or 0/1 for IS_SPACE)
Test = tuple[int, Callable[[int], bool]]


class Unsupported(ValueError):
    """A pattern uses a key or operator the index does not handle."""


def _predicate(key: str, value, strings) -> Callable[[int], bool]:
    if key == "IS_SPACE":
        if not isinstance(value, bool):
            raise Unsupported(f"IS_SPACE {value!r}")
        return lambda v, want=int(value): v == want
    if isinstance(value, str):
        return lambda v, want=strings.add(value): v == want
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            # unset attributes hash to 0, and the Matcher treats the empty string as unset
            hashes = frozenset(0 if a == "" else strings.add(a) for a in arg)
            return (lambda v, hs=hashes: v in hs) if op == "IN" else (lambda v, hs=hashes: v not in hs)
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return lambda v, rx=rx: rx.search(strings[v]) is not None
    raise Unsupported(f"{key} {value!r}")


def _compile_token(spec: dict, strings) -> list[Test]:
    if not spec or set(spec) - set(_ATTRS):
        raise Unsupported(f"token pattern {spec!r}")
    return [(_COLUMN[k], _predicate(k, v, strings)) for k, v in spec.items()]


def _index_keys(spec: dict, strings) -> tuple[str, list[int]] | None:
    """The column and the values that any token matching ``spec`` must have, if it fixes one."""
    for key in ("LOWER", "TAG", "DEP", "IS_SPACE"):  # the most selective first
        value = spec.get(key)
        if isinstance(value, bool):
            return key, [int(value)]
        if isinstance(value, str):
            return key, [strings.add(value)]
        if isinstance(value, dict) and list(value) == ["IN"] and "" not in value["IN"]:
            return key, [strings.add(v) for v in value["IN"]]
    return None


class RuleIndex:
    """Finds the same matches as ``ruler.match`` (same tuples, same order)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self.strings = strings
        self.by_value: dict[tuple[int, int], list] = defaultdict(list)
        self.always: list = []
        for attr_id, entry in enumerate(ruler.patterns):
            match_id = strings.add(str(attr_id))
            for pattern in entry["patterns"]:
                if not pattern or any(("OP" in t) for t in pattern):
                    raise Unsupported(f"pattern {pattern!r}")
                compiled = (attr_id, match_id, [_compile_token(t, strings) for t in pattern])
                keys = _index_keys(pattern[0], strings)
                if keys is None:
                    self.always.append(compiled)
                else:
                    for value in keys[1]:
                        self.by_value[(_COLUMN[keys[0]], value)].append(compiled)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        cols = doc.to_array(list(_ATTRS.values())).astype(numpy.uint64, copy=False).tolist()
        n = len(cols)
        get, always, none = self.by_value.get, self.always, ()
        found = []
        for i, row in enumerate(cols):
            candidates = [*get((0, row[0]), none), *get((1, row[1]), none), *get((2, row[2]), none),
                          *get((3, row[3]), none), *always]
            for attr_id, match_id, tokens in candidates:
                end = i + len(tokens)
                if end > n:
                    continue
                ok = True
                for j, tests in enumerate(tokens, i):
                    values = cols[j]
                    for col, test in tests:
                        if not test(values[col]):
                            ok = False
                            break
                    if not ok:
                        break
                if ok:
                    found.append((attr_id, match_id, i, end))
        found = list(dict.fromkeys(found))  # a pattern listed under two alternatives matches once
        found.sort()
        return found


def install(ruler: AttributeRuler) -> bool:
    """Makes ``ruler`` match through a RuleIndex; False (ruler untouched) if its patterns are not supported."""
    try:
        index = RuleIndex(ruler)
    except Unsupported:
        return False
    ruler.match = index  # the instance attribute shadows AttributeRuler.match; __call__ uses it
    return True
