"""The query library: ``queries/*.rq`` files, their header docs, and running them by name."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from newskg.errors import QueryError
from newskg.resources import queries_dir


@dataclass(frozen=True)
class Query:
    name: str
    path: Path
    text: str

    @property
    def doc(self) -> str:
        """The comment header: what the query answers and what its columns mean."""
        lines = []
        for line in self.text.splitlines():
            if not line.startswith("#"):
                break
            lines.append(line[1:].strip() if len(line) < 2 or line[1] != " " else line[2:])
        return "\n".join(lines)

    @property
    def title(self) -> str:
        return self.doc.splitlines()[0] if self.doc else self.name


def library() -> dict[str, Query]:
    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        out[path.stem] = Query(path.stem, path, path.read_text(encoding="utf-8"))
    return out


def get(name_or_file: str) -> Query:
    path = Path(name_or_file)
    if path.suffix == ".rq" and path.exists():
        return Query(path.stem, path, path.read_text(encoding="utf-8"))
    lib = library()
    if name_or_file in lib:
        return lib[name_or_file]
    raise QueryError("E401", name=name_or_file, available=", ".join(lib))


def run(store, name_or_file: str) -> tuple[list[str], list[dict[str, str | None]]]:
    """(columns, rows) of a SELECT query from the library or a file."""
    q = get(name_or_file)
    try:
        res = store.query(q.text)
        columns = [v.value for v in res.variables]
        rows = [{c: (sol[c].value if sol[c] is not None else None) for c in columns} for sol in res]
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError("E402", name=q.name, reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    return columns, rows


def to_csv(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow(["" if r[c] is None else r[c] for c in columns])
    return buf.getvalue()


def to_json(columns: list[str], rows: list[dict]) -> str:
    return json.dumps([{c: r[c] for c in columns} for r in rows], ensure_ascii=False, indent=2)
