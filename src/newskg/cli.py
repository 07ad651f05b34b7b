"""The ``newskg`` command: thin commands over importable functions.

Exit codes: 0 success; 1 the command ran and found a problem (validation
violations, ``--fail-on-conflict`` with conflicts, some inputs failed to
ingest); 2 usage, input or load error (bad store, unknown query).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from newskg import __version__
from newskg.errors import NewskgError
from newskg.rdf.ids import DEFAULT_BASE

app = typer.Typer(
    help="newskg: turn news articles into an event knowledge graph of figures, their sources and their conflicts.",
    no_args_is_help=True, add_completion=False, rich_markup_mode=None,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

StoreOpt = Annotated[Optional[str], typer.Option(
    "--store", envvar="NEWSKG_STORE",
    help="Embedded store folder (default ./newskg-store), or http(s) URL of a SPARQL 1.1 server.")]
BaseOpt = Annotated[str, typer.Option("--base", envvar="NEWSKG_BASE", help="Base IRI of the instance data.")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")]


def _fail(exc: NewskgError, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {escape(str(exc))}", markup=True, highlight=False)
    raise typer.Exit(code)


def _open(store: str | None, read_only: bool = False):
    from newskg.store import open_store

    try:
        return open_store(store, read_only=read_only)
    except NewskgError as exc:
        _fail(exc)


def _open_embedded(store: str | None, why: str):
    """The store read-only, for commands that work on an embedded store only (exit 2 otherwise)."""
    s = _open(store, read_only=True)
    if not hasattr(s, "ox"):
        err.print(f"error: {why}", highlight=False, markup=False)
        s.close()
        raise typer.Exit(2)
    return s


def _print_rows(columns: list[str], rows: list[dict], fmt: str, title: str | None = None) -> None:
    from newskg.queries import to_csv, to_json

    if fmt == "csv":
        sys.stdout.write(to_csv(columns, rows))
    elif fmt == "json":
        sys.stdout.write(to_json(columns, rows) + "\n")
    elif fmt == "table":
        table = Table(title=title, show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*["" if r[c] is None else str(r[c]) for c in columns])
        out.print(table)
    else:
        err.print(f"error: unknown format {fmt!r}; use table, csv or json")
        raise typer.Exit(2)


@app.callback(invoke_without_command=True)
def main(version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False) -> None:
    if version:
        out.print(f"newskg {__version__}")
        raise typer.Exit(0)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders: .txt .md .html .jsonl")],
    store: StoreOpt = None,
    base: BaseOpt = DEFAULT_BASE,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Extraction processes.")] = 1,
    executor: Annotated[Optional[str], typer.Option(
        "--executor", help="Where extraction runs: local (default, --jobs processes) or dask://HOST:PORT "
                           "(a dask scheduler whose workers have newskg installed).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-extract articles already in the store.")] = False,
    check: Annotated[bool, typer.Option("--validate", help="Validate the article graphs this run wrote (SHACL, core profile); exit 1 on violations.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read articles, extract figures and their sources, and write one named graph per article.

    Bad inputs are reported one line each and skipped; the others are ingested.
    Exit code 1 when some inputs failed, 0 when all went in.
    """
    from newskg.ingest import ingest as run_ingest
    from newskg.read import discover

    s = _open(store)
    files = discover(paths)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=quiet or not err.is_terminal, transient=True) as bar:
        task = bar.add_task("ingesting", total=len(files) or None)
        last: dict[str, str] = {}

        def tick(status, item) -> None:
            if status == "error":
                err.print(f"[yellow]skipped:[/yellow] {escape(str(item))}", markup=True, highlight=False)
            src = getattr(item, "source", None) or getattr(item, "path", "")
            f = str(src).split(":")[0] if src else ""
            if f and last.get("f") != f:
                last["f"] = f
                bar.advance(task)

        try:
            report = run_ingest(paths, s, base=base, jobs=jobs, force=force, on_article=tick, executor=executor)
        except NewskgError as exc:
            s.close()
            _fail(exc)
        finally:
            pass
    from newskg.stats import stats as store_stats

    counts = store_stats(s)
    violations = 0
    if check and report.written:
        from newskg.validate import validate_store

        vreport = validate_store(s, "core", graphs=report.written)
        violations = vreport.violations
        for r in vreport.results:
            err.print(f"{r.severity}: {r.article}: {r.message} “{r.quote}”", highlight=False, markup=False)
        out.print(f"validated the {vreport.graphs} article graph(s) written: "
                  f"{'conform' if vreport.conforms else f'{violations} violation(s)'}.", highlight=False)
    s.close()
    for d in report.duplicates:
        err.print(f"warning: {d}", highlight=False)
    out.print(
        f"ingested {report.ingested} article(s), {report.unchanged} unchanged, {report.failed} failed; "
        f"{report.figures} figures. Store: {counts['articles']} articles, {counts['claims']} claims, "
        f"{counts['conflicts']} conflicts, {counts['triples']} triples.", highlight=False)
    raise typer.Exit(1 if report.failed or violations else 0)


@app.command()
def conflicts(
    store: StoreOpt = None,
    fmt: FormatOpt = "table",
    kind: Annotated[Optional[str], typer.Option("--kind", help="Only contradiction or revision.")] = None,
    pairs: Annotated[bool, typer.Option("--pairs", help="Every conflicting pair of claims (query conflicts), "
                                        "not one line per disagreement (query disagreements).")] = False,
    fail_on_conflict: Annotated[bool, typer.Option("--fail-on-conflict", help="Exit 1 when there is any conflict.")] = False,
) -> None:
    """Where sources disagree: what is measured, each side's value, claimant, article, date and quote.

    One entry per thing measured (event, measure, population) on which sources
    disagree, shown by its widest conflict (the two claims furthest apart),
    with how many pairs conflict; --pairs lists every pair.
    """
    from newskg.queries import run

    if kind and kind not in {"contradiction", "revision"}:
        _fail(f"--kind {kind!r}: use contradiction or revision")
    s = _open(store, read_only=True)
    try:
        columns, rows = run(s, "conflicts" if pairs else "disagreements")
    except NewskgError as exc:
        _fail(exc)
    s.close()
    if kind and pairs:
        rows = [r for r in rows if r["kind"] == kind]
    elif kind:  # variables holding at least one conflict of that kind
        def of_kind(r: dict) -> int:
            revisions = int(r["revisions"])
            return revisions if kind == "revision" else int(r["conflicts"]) - revisions
        rows = [r for r in rows if of_kind(r) > 0]
    if fmt == "table":
        if not rows:
            out.print("No conflicts between sources.")
        for i, r in enumerate(rows, 1):
            if pairs:
                what = r["kind"]
            else:
                n, rev = int(r["conflicts"]), int(r["revisions"])
                what = f"{n} conflicting pair{'s' if n != 1 else ''}" + (f", {rev} a revision" if rev == 1 else f", {rev} revisions" if rev else "")
                what += f"; widest: {r['kind']}"
            out.print(f"[bold]{i}. {escape(r['variable'])}[/bold] ({escape(what)})", highlight=False)
            for side in ("a", "b"):
                bound = _bounds(r[f"{side}_min"], r[f"{side}_max"])
                date = r[f"{side}_published"] or "date unknown"
                out.print(f"   {side.upper()}: {bound:<12} {r[side + '_claimant']}  [{r[side + '_article']}, {date}]", highlight=False, markup=False)
                out.print(f"      “{r[side + '_quote']}”", highlight=False, markup=False)
    else:
        _print_rows(columns, rows, fmt)
    raise typer.Exit(1 if fail_on_conflict and rows else 0)


def _bounds(lo: str | None, hi: str | None) -> str:
    if hi is None:
        return f"≥ {lo}"
    if lo == hi:
        return f"= {lo}"
    return f"{lo}–{hi}"


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A library query name (see --list) or a .rq file.")] = "",
    store: StoreOpt = None,
    fmt: FormatOpt = "table",
    list_: Annotated[bool, typer.Option("--list", help="List the library's queries.")] = False,
) -> None:
    """Run a SPARQL query from the library (queries/*.rq) or a file."""
    from newskg.queries import library, run

    if list_ or not name:
        for q in library().values():
            out.print(f"[bold]{escape(q.name)}[/bold]: {escape(q.title)}", highlight=False)
        raise typer.Exit(0)
    s = _open(store, read_only=True)
    try:
        columns, rows = run(s, name)
    except NewskgError as exc:
        _fail(exc)
    s.close()
    _print_rows(columns, rows, fmt, title=name)


@app.command()
def validate(
    store: StoreOpt = None,
    profile: Annotated[str, typer.Option("--profile", help="core (default) or publish (stricter).")] = "core",
    engine: Annotated[str, typer.Option(
        "--engine", help="sparql (default): the shapes compiled to SPARQL and run by the store, fast; "
                         "pyshacl: the reference implementation, one article graph at a time, slow. Same results.")] = "sparql",
    fmt: FormatOpt = "table",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Check the graph with the SHACL shapes. Exit 0 conforms, 1 violations, 2 input/load error."""
    from newskg.validate import ENGINES, PROFILES, units, validate_store

    if profile not in PROFILES:
        err.print(f"error: unknown profile {profile!r}; use core or publish")
        raise typer.Exit(2)
    if engine not in ENGINES:
        err.print(f"error: unknown engine {engine!r}; use sparql or pyshacl")
        raise typer.Exit(2)
    s = _open(store, read_only=True)
    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=err, disable=quiet or not err.is_terminal, transient=True)
    try:
        with bar:
            task = bar.add_task(f"validating ({profile} profile)", total=units(s, profile, None, engine) or None)
            report = validate_store(s, profile, progress=lambda: bar.advance(task), engine=engine)
    except NewskgError as exc:
        _fail(exc)
    s.close()
    from newskg.validate import short

    columns = ["severity", "article", "path", "message", "quote", "focus"]
    rows = [dict(r.__dict__, path=short(r.path), focus=short(r.focus)) for r in report.results]
    if rows or fmt != "table":
        _print_rows(columns, rows, fmt)
    if fmt == "table":
        warnings = sum(r.severity == "Warning" for r in report.results)
        verdict = "conforms" if report.conforms else "does not conform"
        out.print(f"{report.graphs} article graph(s) checked with the {profile} profile: {verdict} "
                  f"({report.violations} violation(s), {warnings} warning(s)).")
    raise typer.Exit(0 if report.conforms else 1)


@app.command()
def stats(store: StoreOpt = None, fmt: FormatOpt = "table") -> None:
    """Counts: articles, claims, actors, events, conflicts, triples."""
    from newskg.stats import stats as store_stats

    s = _open(store, read_only=True)
    counts = store_stats(s)
    s.close()
    if fmt == "json":
        out.print_json(json.dumps(counts))
    else:
        _print_rows(["what", "count"], [{"what": k, "count": v} for k, v in counts.items()], fmt)


@app.command()
def remove(
    article: Annotated[str, typer.Argument(help="The article's identifier (file name without extension, or url).")],
    store: StoreOpt = None,
    base: BaseOpt = DEFAULT_BASE,
) -> None:
    """Delete an article's graph and everything derived only from it."""
    from newskg.ingest import remove as remove_article
    from newskg.rdf.ids import Ids

    s = _open(store)
    found = remove_article(s, article, Ids(base))
    s.close()
    if not found:
        err.print(f"error: no article {article!r} in the store. Fix: list them with `newskg query figures` or check --base.")
        raise typer.Exit(2)
    out.print(f"removed {article}")


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Gold annotations (YAML, the format of the README).")],
    paths: Annotated[list[Path], typer.Argument(help="The annotated articles (files or folders).")],
    fmt: FormatOpt = "table",
    text_only: Annotated[bool, typer.Option(
        "--text-only", help="Read each article's text alone: no front matter, HTML metadata, headline or "
                            "publication date (as scraped plain text arrives).")] = False,
) -> None:
    """Measure extraction against gold figures: precision, recall, F1, attribute accuracy, misses."""
    from newskg.evaluate import evaluate as run_eval
    from newskg.evaluate import render_table

    try:
        result = run_eval(gold, paths, text_only=text_only)
    except NewskgError as exc:
        _fail(exc)
    if fmt == "json":
        sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    else:
        render_table(result, out)


@app.command()
def export(
    path: Annotated[Path, typer.Argument(metavar="OUT", help="File to write (replaced only once it is complete).")],
    fmt: Annotated[Optional[str], typer.Option(
        "--format", "-f", help="graphml, gexf, cyjs, dot or html (default: from OUT's suffix).")] = None,
    view: Annotated[str, typer.Option("--view", help="claims, actors or events.")] = "claims",
    store: StoreOpt = None,
) -> None:
    """Write one view of the graph for Gephi (gexf), Cytoscape/yEd (graphml, cyjs), Graphviz (dot) or a browser (html).

    Views: claims (figures with their articles, claimants, events, conflicts and
    corroborations), actors (who acted in or gave figures about which event),
    events (events, sub-events and places). Exit 2 on an unknown format or view.
    """
    from newskg.export import export as run_export
    from newskg.export import for_path, get
    from newskg.export.project import VIEWS

    try:  # check the names before opening the store
        fmt = fmt or for_path(path)
        get(fmt)
        if view not in VIEWS:
            from newskg.errors import ConfigError

            raise ConfigError("E301", name="--view", value=view, reason="no such view", expected="one of " + ", ".join(VIEWS))
    except NewskgError as exc:
        _fail(exc)
    s = _open(store, read_only=True)
    try:
        result = run_export(s, path, fmt=fmt, view=view)
    except NewskgError as exc:
        s.close()
        _fail(exc)
    except OSError as exc:
        s.close()
        err.print(f"error: cannot write {path}: {exc.strerror or exc}. Fix: choose a folder you can write to.",
                  highlight=False, markup=False)
        raise typer.Exit(2)
    s.close()
    size = f"{result.bytes / 1024:.1f} kB" if result.bytes < 1024 * 1024 else f"{result.bytes / 1024 / 1024:.1f} MB"
    out.print(f"wrote {result.nodes} nodes and {result.edges} edges ({result.view} view, {result.format}, {size}) "
              f"to {result.path}", highlight=False, markup=False)
    if result.format == "html" and result.nodes > 5000:
        err.print(f"note: {result.nodes} nodes take a while to lay out in a browser; Gephi (--format gexf) copes "
                  "better with graphs this size.", highlight=False, markup=False)



@app.command()
def publish(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the site to (created, or a previous newskg site replaced).")],
    store: StoreOpt = None,
    base: Annotated[Optional[str], typer.Option(
        "--base", help="Base IRI the site will be served at, e.g. https://example.org/kg/; the stored IRIs "
                       "are rewritten to it (default: keep the store's base).")] = None,
    store_base: Annotated[Optional[str], typer.Option(
        "--store-base", help="Base IRI the store was written with (default: read from its graph names).")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="URL of the SPARQL endpoint to advertise.")] = None,
    license_: Annotated[Optional[str], typer.Option("--license", help="Licence IRI of the data (default CC BY 4.0).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Publish even when the publish SHACL profile finds violations.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Write a static linked-data site: a page, Turtle and JSON-LD per resource, index, VoID, dumps, ontology page.

    The publish SHACL profile must pass first (exit 1 with the first violations), unless --force.
    Exit 2 when the store or the output folder cannot be used.
    """
    from newskg.publish import DEFAULT_LICENSE, PublishError, check
    from newskg.publish import publish as run_publish

    s = _open_embedded(store, "publish reads an embedded store: point --store at a store folder.")
    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=err, disable=quiet or not err.is_terminal, transient=True)
    try:
        if not force:
            with bar:
                from newskg.validate import units

                task = bar.add_task("checking (publish profile)", total=units(s, "publish", None) or None)
                try:
                    report = check(s, progress=lambda: bar.advance(task))
                except PublishError as exc:
                    err.print(f"error: {exc}", highlight=False, markup=False)
                    raise typer.Exit(2)
            if not report.conforms:
                violations = [r for r in report.results if r.severity == "Violation"]
                err.print(f"not published: the publish profile found {report.violations} violation(s) in "
                          f"{report.graphs} article graph(s). The first ones:", highlight=False, markup=False)
                for r in violations[:5]:
                    quote = f' "{r.quote}"' if r.quote else ""
                    err.print(f"  {r.article}: {r.message} [{r.focus}]{quote}", highlight=False, markup=False)
                err.print("Fix them (see `newskg validate --profile publish`), or publish anyway with --force.",
                          highlight=False, markup=False)
                raise typer.Exit(1)
        with bar:
            task = bar.add_task("publishing", total=None)

            def tick(done: int, total: int, what: str) -> None:
                bar.update(task, completed=done, total=total, description=f"publishing {what}")

            try:
                result = run_publish(s, out_dir, base=base, store_base=store_base, endpoint=endpoint,
                                     license=license_ or DEFAULT_LICENSE, progress=tick)
            except PublishError as exc:
                err.print(f"error: {exc}", highlight=False, markup=False)
                raise typer.Exit(2)
    finally:
        s.close()
    if result.skipped:
        err.print(f"warning: {len(result.skipped)} IRI(s) under the base have paths a static site cannot hold "
                  f"and are only in the dumps, e.g. {result.skipped[0]}", highlight=False, markup=False)
    out.print(f"published {result.pages} resource pages ({result.triples} triples, {result.quads} quads in "
              f"{result.graphs} graphs) for {result.base} to {result.out_dir}", highlight=False, markup=False)


@app.command()
def serve(
    store: StoreOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (keep 127.0.0.1 unless a proxy is in front).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8080,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for a query before answering 503.")] = 10.0,
    limit: Annotated[int, typer.Option("--limit", help="Most result rows (or triples) returned; more are cut.")] = 10000,
    store_base: Annotated[Optional[str], typer.Option(
        "--store-base", help="Base IRI the store was written with (default: read from its graph names).")] = None,
) -> None:
    """Serve the store read-only: a SPARQL 1.1 endpoint at /sparql, resource pages, a query page at /."""
    from newskg.serve import run as run_server

    if timeout <= 0 or limit <= 0:
        err.print("error: --timeout and --limit must be positive", highlight=False, markup=False)
        raise typer.Exit(2)
    s = _open_embedded(store, "serve needs an embedded store folder; a SPARQL server already has its own endpoint.")
    err.print(f"serving {s.path} on http://{host}:{port}/ (SPARQL at /sparql); Ctrl-C stops", highlight=False,
              markup=False)
    try:
        run_server(s, host=host, port=port, timeout=timeout, limit=limit, base=store_base)
    finally:
        s.close()


if __name__ == "__main__":  # pragma: no cover
    app()
