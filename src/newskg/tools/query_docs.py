"""Writes docs/queries.md from the comment headers of queries/*.rq.

Each query opens with a header: a title line ("Name: what it lists"), prose
(what it answers, how to read it) and a ``Columns:`` section with one entry per
column, or per group of columns ("min, max"), indented two spaces; a
description that runs over several lines continues with a deeper indent::

    # Figures: every reported figure, one row per claim.
    # Answers: what numbers did each article report?
    # Columns:
    #   article    the article's identifier
    #   min, max   integer bounds; max empty = unbounded

Usage::

    python -m newskg.tools.query_docs             # (re)write docs/queries.md
    python -m newskg.tools.query_docs -o -        # print it
    python -m newskg.tools.query_docs --check     # exit 1 when docs/queries.md is stale

tests/test_queries_library.py checks that the committed page equals ``render()``.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from newskg.queries import Query, library

DEFAULT_OUTPUT = Path("docs") / "queries.md"
_ENTRY = re.compile(r"^  (\S.*?)(?: {2,}(.*))?$")  # "  min, max   integer bounds"


@dataclass(frozen=True)
class Header:
    title: str  # first line of the header
    answers: str  # the "Answers: ..." line, without the label; "" when absent
    prose: list[str]  # the other lines before "Columns:"
    columns: list[tuple[list[str], str]]  # ([names], description), in header order

    @property
    def column_names(self) -> list[str]:
        return [name for names, _ in self.columns for name in names]


def _sentences(lines: list[str]) -> list[str]:
    """Lines joined while a sentence runs on: a line not ending in . ? ! or ) continues."""
    out: list[str] = []
    for line in (x.strip() for x in lines):
        if not line:
            continue
        if out and not out[-1].endswith((".", "?", "!", ")")) and not line.startswith("Answers:"):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def parse_header(query: Query) -> Header:
    """The parts of a query's comment header (see the module docstring)."""
    lines = query.doc.splitlines()
    at = next((i for i, line in enumerate(lines) if line.strip() == "Columns:"), len(lines))
    head = _sentences(lines[:at])
    if not head:
        return Header("", "", [], [])
    title, answers, prose = head[0], "", []
    for line in head[1:]:
        if line.startswith("Answers:") and not answers:
            answers = line[len("Answers:"):].strip()
        else:
            prose.append(line)
    columns: list[tuple[list[str], str]] = []
    for line in lines[at + 1:]:
        if not line.strip():
            continue
        m = _ENTRY.match(line)
        if m and not line.startswith("   "):
            names = [n.strip() for n in m.group(1).split(",") if n.strip()]
            columns.append((names, (m.group(2) or "").strip()))
        elif columns:  # continuation of the previous description
            names, text = columns[-1]
            columns[-1] = (names, f"{text} {line.strip()}".strip())
    return Header(title, answers, prose, columns)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_query(query: Query) -> str:
    h = parse_header(query)
    out = [f"## {query.name}", "", f"**{h.title}**", ""]
    if h.answers:
        out += [f"*Answers:* {h.answers}", ""]
    if h.prose:
        out += [" ".join(h.prose), ""]
    if h.columns:
        out += ["| Column | Meaning |", "|---|---|"]
        out += [f"| {', '.join(f'`{n}`' for n in names)} | {_cell(text)} |" for names, text in h.columns]
        out.append("")
    out += [f"Run: `newskg query {query.name}` · source: [`queries/{query.path.name}`](../queries/{query.path.name})", ""]
    return "\n".join(out)


def render(queries: dict[str, Query] | None = None) -> str:
    """The whole page, one section per query in name order."""
    queries = library() if queries is None else queries
    out = [
        "# Query library",
        "",
        "<!-- Generated from the headers of queries/*.rq by `python -m newskg.tools.query_docs`;"
        " edit a query's header, not this file. -->",
        "",
        "Each query answers one question about the graph. Run one with `newskg query NAME`"
        " (`--format table|csv|json`), or a file of your own with `newskg query path/to/file.rq`.",
        "",
        "| Query | What it lists |",
        "|---|---|",
    ]
    for q in queries.values():
        out.append(f"| [{q.name}](#{q.name}) | {_cell(parse_header(q).title)} |")
    out.append("")
    for q in queries.values():
        out.append(render_query(q))
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m newskg.tools.query_docs", description=__doc__.splitlines()[0])
    p.add_argument("-o", "--output", default=str(DEFAULT_OUTPUT), help="file to write, or - for stdout (default: docs/queries.md)")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 when the file differs from the generated text")
    args = p.parse_args(argv)
    text = render()
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    path = Path(args.output)
    if args.check:
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            print(f"{path} is out of date: run python -m newskg.tools.query_docs", file=sys.stderr)
            return 1
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} ({len(library())} queries)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
