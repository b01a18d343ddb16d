"""The ``minsheng`` command: load documents, inspect and query the knowledge base.

Each command is a few lines that call the library (etl/, models/, migrations/) and render the
result; anything worth testing lives in the library.
"""
from __future__ import annotations

import json
import os
import signal
import sys
import threading
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

# Only what every command needs is imported here; the rest inside the commands that use it:
# the pipeline, its segmenter and Alembic took 0.3 s of the start of every query.
from .etl.defaults import (AUTO, AUTO_MAX_WORKERS, AUTO_MIN_BYTES, DEFAULT_MAX_BYTES,
                           DEFAULT_MAX_SECONDS)

app = typer.Typer(
    help="minsheng-kb: Chinese news pages in, a SQL knowledge base of reported figures out.\n\n"
         "Start with `minsheng load` (loads the bundled sample pages into ./minsheng.db), then "
         "`minsheng stats` and `minsheng sql \"SELECT * FROM figure_facts LIMIT 5\"`.",
    no_args_is_help=True, add_completion=False, rich_markup_mode=None,
)
db_app = typer.Typer(help="Schema migrations (Alembic) of the knowledge base.",
                     no_args_is_help=True)
app.add_typer(db_app, name="db")

# soft_wrap: a message is one line however long its path, so cron logs and grep keep it whole
# (Rich would fold it at the terminal's width, or at 80 columns when there is no terminal)
err = Console(stderr=True, soft_wrap=True)
out = Console()


def say(message: str, console: Console = out) -> None:
    """One line of plain text (standard output unless told), never folded nor read as markup."""
    console.print(message, highlight=False, markup=False, soft_wrap=True)

EXIT_OK, EXIT_PARTIAL, EXIT_CANNOT_RUN = 0, 1, 2

DbOption = Annotated[Optional[str], typer.Option(
    "--db", envvar="MINSHENG_DB", show_envvar=True,
    help="SQLite file path or any SQLAlchemy URL (e.g. postgresql+psycopg://user@host/db). "
         "Default: ./minsheng.db")]
ParamOption = Annotated[Optional[list[str]], typer.Option(
    "--param", "-p", help="A parameter value, name=value (repeat for several).")]


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


FormatOption = Annotated[OutputFormat, typer.Option(
    "--format", "-f", help="table (aligned, for the terminal), csv, json or jsonl.")]
OutputOption = Annotated[Optional[Path], typer.Option(
    "--output", "-o", help="Write to FILE instead of standard output.")]


def fail(message: str, code: int = EXIT_CANNOT_RUN) -> typer.Exit:
    from rich.markup import escape

    # escaped: messages quote user input and hints such as "pip install 'minsheng-kb[pg]'"
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(code)


def engine_or_exit(db: str | None, readonly: bool = False):
    from .models.database import DatabaseError, open_engine

    try:
        return open_engine(db, readonly=readonly)
    except DatabaseError as exc:
        raise fail(str(exc))


def _workers_option(value: str) -> str:
    if value == AUTO or (value.isdigit() and int(value) >= 1):
        return value
    raise typer.BadParameter(f"{value!r} is neither a number of processes (1, 2, ...) nor {AUTO}")


@app.command()
def load(
    paths: Annotated[Optional[list[Path]], typer.Argument(
        help="Files or folders to load (folders: *.txt, *.text, *.md, recursively). "
             "Default: the bundled sample pages.")] = None,
    db: DbOption = None,
    prune: Annotated[bool, typer.Option(help="Delete documents whose file disappeared from a "
                                              "loaded folder (default: keep, mark missing).")] = False,
    workers: Annotated[str, typer.Option(
        metavar="N|auto", callback=_workers_option,
        help=f"Extract in N processes. auto: one when there is little new text (under "
             f"{AUTO_MIN_BYTES // 2**20} MiB of files), else one per core, at most "
             f"{AUTO_MAX_WORKERS}.")] = AUTO,
    max_bytes: Annotated[int, typer.Option(help="Skip (and report) larger files.")] = DEFAULT_MAX_BYTES,
    max_seconds: Annotated[float, typer.Option(
        "--max-seconds-per-document", min=0,
        help="A document whose extraction takes longer is recorded as failed, and the load "
             "goes on (0: no limit).")] = DEFAULT_MAX_SECONDS,
    wait: Annotated[float, typer.Option(help="Seconds to wait when another load holds the "
                                              "database, then give up with exit code 2.")] = 0.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run summary as one JSON "
                                                          "object (for monitoring).")] = False,
    log_file: Annotated[Optional[Path], typer.Option("--log", help="Append a timestamped log "
                                                     "of the run (failures, summary) to FILE.")] = None,
) -> None:
    """Load documents: new and changed files are extracted, unchanged ones skipped.

    Safe to run from cron: one run at a time, documents stored whole (in groups of one
    transaction each), a broken file recorded and skipped.
    Exit code 0: all loaded; 1: finished, some documents failed; 2: could not run.
    """
    from . import migrations
    from .etl.importer import ImportAborted, run_import, why_stopped
    from .etl.lock import LockError
    from .models.database import DatabaseError

    _setup_log(log_file)
    processes: int | str = AUTO if workers == AUTO else int(workers)
    engine = engine_or_exit(db)
    show_bar = not as_json and err.is_terminal
    options = dict(prune=prune, workers=processes, max_bytes=max_bytes, wait=wait,
                   max_seconds=max_seconds or None)
    try:
        with _signals_stop_the_load():
            if show_bar:
                from rich.progress import Progress
                with Progress(console=err, transient=True) as bar:
                    task = bar.add_task("loading", total=None)
                    summary = run_import(
                        engine, paths, **options, on_total=lambda n: bar.update(task, total=n),
                        progress=lambda p, outcome: _progress(bar, task, p, outcome))
            else:
                summary = run_import(engine, paths, **options)
    except LockError as exc:
        raise fail(str(exc))
    except ImportAborted as exc:
        _print_stopped_summary(exc, as_json)
        raise fail(f"the load stopped: {exc}")
    except KeyboardInterrupt as exc:
        _print_stopped_summary(exc, as_json)
        raise fail(f"the load was {why_stopped(exc)}; the documents stored so far are kept, and "
                   "the next run loads the rest")
    except (migrations.MigrationError, DatabaseError) as exc:
        raise fail(str(exc))
    except Exception as exc:  # database unreachable, not a database, ...
        raise fail(f"could not run the load: {type(exc).__name__}: {exc}")
    if as_json:
        from .models.stats import table_counts

        with engine.connect() as conn:
            payload = summary.as_dict() | {"totals": table_counts(conn)}
        print(json.dumps(payload, ensure_ascii=False, default=str))
    else:
        _print_summary(engine, summary)
    raise typer.Exit(EXIT_PARTIAL if summary.failed else EXIT_OK)


def _print_stopped_summary(exc: BaseException, as_json: bool) -> None:
    """A monitor reading ``--json`` gets its object from a stopped run too: the counts so far,
    status ``failed`` and the reason in ``message``."""
    import gc

    summary = getattr(exc, "summary", None)
    if as_json and summary is not None:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, default=str), flush=True)
    # The interpreter's last garbage collection walks every object left (the word lexicon,
    # the gazetteer: millions); a stopped load is to exit at once, and the kernel frees it all.
    gc.freeze()
    # Python hands the signals back to their defaults while it shuts down: a second Ctrl-C
    # then would kill the process (exit -2) after all was said and recorded
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)


@contextmanager
def _signals_stop_the_load():
    """SIGTERM (systemd stopping the unit, ``timeout``) and SIGINT (Ctrl-C) end the load: the
    workers are killed, the group in progress is rolled back and the run is recorded as
    stopped, instead of the process vanishing mid-write (etl/stop.py says where a stop is
    taken). Handlers are restored when a load ends normally; after a stop the process is
    about to exit, and stays deaf to further signals."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers
        return

    from .etl import stop

    stop.reset()
    previous = {sig: signal.signal(sig, stop.on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        if not stop.requested():
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def _setup_log(log_file: Path | None) -> None:
    import logging

    logger = logging.getLogger("minsheng")
    logger.setLevel(logging.INFO)
    if not any(type(h) is logging.NullHandler for h in logger.handlers):
        # The command prints failures and errors itself; with no handler anywhere, Python's
        # last-resort handler printed each warning to stderr a second time.
        logger.addHandler(logging.NullHandler())
    if log_file is not None:
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def _progress(bar, task, path: str, outcome: str) -> None:
    bar.update(task, advance=1, description=f"{outcome:>9} {Path(path).name[:40]}")


def _print_summary(engine, summary) -> None:
    from .models.stats import table_counts

    with engine.connect() as conn:
        counts = table_counts(conn)
    processes = f"{summary.workers} extraction process" + ("es" if summary.workers > 1 else "")
    run = Table(title=f"import run {summary.run_id}: {summary.status}", show_header=True,
                caption=processes)
    columns = ("added", "changed", "unchanged", "copies", "missing", "removed", "failed")
    for col in columns:
        run.add_column(col, justify="right")
    run.add_row(*(str(getattr(summary, c)) for c in columns))
    out.print(run)
    totals = Table(title="knowledge base", show_header=True)
    totals.add_column("table")
    totals.add_column("rows", justify="right")
    for k, v in counts.items():
        totals.add_row(k, str(v))
    out.print(totals)
    for f in summary.failures:
        say(f"failed: {f['path']}: {f['reason']}", err)


@app.command()
def stats(db: DbOption = None) -> None:
    """Row counts of the knowledge base."""
    from .models.stats import table_counts

    engine = engine_or_exit(db, readonly=True)
    with engine.connect() as conn:
        for k, v in table_counts(conn).items():
            out.print(f"{k:>22}  {v}", highlight=False)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="One SELECT statement; :name placeholders are "
                                              "bound from -p name=value.")],
    db: DbOption = None,
    param: ParamOption = None,
    fmt: FormatOption = OutputFormat.table,
    output: OutputOption = None,
) -> None:
    """Run read-only SQL. The database is opened read-only: writes fail, nothing changes."""
    from .models.saved_queries import run_sql

    params = _params_or_exit(param)
    engine = engine_or_exit(db, readonly=True)
    with engine.connect() as conn:
        _emit_query(lambda: run_sql(conn, query, params, stream=True), fmt, output)


@app.command()
def extract(file: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                                 help="One document.")]) -> None:
    """Print what one document yields (articles, figures, mentions) as JSON lines, without
    touching any database: the debugging view of the pipeline."""
    from .etl.pipeline import process_bytes
    from .etl.read import ReadError

    try:
        doc = process_bytes(file.read_bytes())
    except ReadError as exc:
        raise fail(f"{file}: {exc}")
    emit = lambda obj: print(json.dumps(obj, ensure_ascii=False, default=str))  # noqa: E731
    emit({"type": "document", "path": str(file), "encoding": doc.encoding, "title": doc.title,
          "published_on": doc.published_on, "published_source": doc.published_source,
          "home_region": doc.home_region, "articles": len(doc.articles)})
    for r in doc.articles:
        a = r.article
        emit({"type": "article", "seq": a.seq, "title": a.title, "subtitle": a.subtitle,
              "byline": a.byline, "jumps": list(a.jumps), "chars": len(a.text)})
        for f in r.figures:
            p = f.period
            emit({"type": "figure", "article": a.seq, "surface": f.surface, "value": f.value,
                  "value_max": f.value_max, "unit": f.unit, "qualifier": f.qualifier,
                  "role": f.role, "metric": f.metric,
                  "period": None if p is None else {"label": p.label, "start": p.start,
                                                    "end": p.end, "cumulative": p.cumulative},
                  "region": f.region, "organization": f.organization, "program": f.program,
                  "span": [f.char_start, f.char_end], "evidence": f.evidence})
        for mn in r.mentions:
            emit({"type": "mention", "article": a.seq, "kind": mn.kind, "surface": mn.surface,
                  "key": mn.key, "span": [mn.char_start, mn.char_end]})


def _migrate(db: str | None, move, revision: str) -> None:
    from . import migrations

    engine = engine_or_exit(db)
    try:
        move(engine, revision)
    except Exception as exc:
        raise fail(f"migration failed: {exc}")
    say(f"schema at {migrations.current(engine) or 'base (empty)'}")


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None,
               revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Upgrade the schema (default: to the newest revision)."""
    from . import migrations

    _migrate(db, migrations.upgrade, revision)


@db_app.command("downgrade")
def db_downgrade(revision: Annotated[str, typer.Argument(help="Target revision, e.g. -1 or "
                                                              "base (drops everything).")],
                 db: DbOption = None) -> None:
    """Downgrade the schema to REVISION."""
    from . import migrations

    _migrate(db, migrations.downgrade, revision)


@db_app.command("current")
def db_current(db: DbOption = None) -> None:
    """Show the schema revision of the database and the newest one this version knows."""
    from . import migrations

    engine = engine_or_exit(db)
    say(f"database: {migrations.current(engine) or 'empty'}; newest: {migrations.head()}")


# -- querying: saved queries, output formats, search, Datasette, schema reference ------------

query_app = typer.Typer(help="Saved queries: the built-in ones and your own, run with "
                             "bound parameters.", no_args_is_help=True)
app.add_typer(query_app, name="query")


def _params_or_exit(pairs: list[str] | None) -> dict[str, str]:
    from .models.saved_queries import QueryError, parse_assignments

    try:
        return parse_assignments(pairs)
    except QueryError as exc:
        raise fail(str(exc))


def _run_or_exit(run):
    """Run a query callable; SQL and parameter errors become one clear line and exit 2."""
    from sqlalchemy.exc import DBAPIError, StatementError

    from .models.saved_queries import QueryError

    try:
        return run()
    except QueryError as exc:
        raise fail(str(exc))
    except (DBAPIError, StatementError) as exc:
        msg = str(getattr(exc, "orig", exc)).splitlines()[0]
        if "readonly" in msg or "read-only" in msg or "read only" in msg:
            msg = f"the database is opened read-only; write statements are refused ({msg})"
        raise fail(msg)


def _emit(cols, rows, fmt: OutputFormat, output: Path | None) -> None:
    from .output import render, render_to_file

    fmt = OutputFormat(fmt).value
    try:
        if output is not None:
            with _export_progress(rows, output) as counted:
                n = render_to_file(cols, counted, fmt, output)
            say(f"{n} rows written to {output}", err)
        else:
            render(cols, rows, fmt, sys.stdout)
            sys.stdout.flush()
    except BrokenPipeError:
        # the reader stopped early (`| head`): not an error; the rest goes nowhere
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError as exc:
        raise fail(f"cannot write {output or 'the output'}: {exc.strerror or exc}")


@contextmanager
def _export_progress(rows, output: Path, every: int = 10_000):
    """``rows``, counted on the terminal while an export to a file runs (millions of rows
    take minutes); as they are when standard error is no terminal (cron, a pipe)."""
    if not err.is_terminal:
        yield rows
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task(f"writing {output.name}: 0 rows")

        def counted():
            for n, row in enumerate(rows, 1):
                if n % every == 0:
                    bar.update(task, description=f"writing {output.name}: {n:,} rows")
                yield row
        yield counted()


def _emit_query(run, fmt: OutputFormat, output: Path | None) -> None:
    """Run a query callable returning (columns, rows) and write its rows as they are read:
    an error of the database while reading them, halfway through, is as clear as one before
    the first row (and an output file is then left as it was)."""
    cols, rows = _run_or_exit(run)
    _run_or_exit(lambda: _emit(cols, rows, fmt, output))


def _existing_conn(engine):
    """A connection when the database has the schema, else None (built-ins still listable)."""
    from sqlalchemy import inspect

    conn = engine.connect()
    if "saved_queries" not in inspect(conn).get_table_names():
        conn.close()
        return None
    return conn


@query_app.command("list")
def query_list(db: DbOption = None,
               fmt: FormatOption = OutputFormat.table, output: OutputOption = None) -> None:
    """List saved queries: built-in ones and yours (column `kind`), with their parameters."""
    from .models.database import DatabaseError, open_engine
    from .models.saved_queries import all_queries

    conn = None
    try:
        conn = _existing_conn(open_engine(db, readonly=True))
    except DatabaseError as exc:  # no database yet: the built-in queries are still worth listing
        say(f"note: {exc}; listing the built-in queries only", err)
    try:
        queries = all_queries(conn)
    finally:
        if conn is not None:
            conn.close()
    rows = [(q.name, "built-in" if q.builtin else "user", q.title or "",
             " ".join(f"{p.name}{'?' if p.optional else ''}" for p in q.params))
            for q in queries]
    _emit(["name", "kind", "title", "parameters"], rows, fmt, output)


@query_app.command("show")
def query_show(name: Annotated[str, typer.Argument(help="Query name.")],
               db: DbOption = None) -> None:
    """Show a saved query: title, description, parameters and SQL."""
    from .models.saved_queries import QueryError, get_query

    conn = None
    try:
        conn = _existing_conn(engine_or_exit(db, readonly=True))
    except typer.Exit:
        pass
    try:
        q = get_query(conn, name)
    except QueryError as exc:
        raise fail(str(exc))
    finally:
        if conn is not None:
            conn.close()
    print(f"name:        {q.name} ({'built-in' if q.builtin else 'user'})")
    print(f"title:       {q.title or ''}")
    print(f"description: {q.description or ''}")
    for p in q.params:
        print(f"parameter:   {p.name}{' (optional)' if p.optional else ''}  {p.description}")
    print()
    print(q.sql.rstrip())


@query_app.command("run")
def query_run(name: Annotated[str, typer.Argument(help="Query name (see `minsheng query list`).")],
              db: DbOption = None, param: ParamOption = None,
              fmt: FormatOption = OutputFormat.table, output: OutputOption = None) -> None:
    """Run a saved query read-only, e.g. `minsheng query run region_figures -p region=滨州市`."""
    from .models.saved_queries import get_query, run_query

    params = _params_or_exit(param)
    engine = engine_or_exit(db, readonly=True)
    with engine.connect() as conn:
        _emit_query(lambda: run_query(conn, get_query(
            conn if _has_saved_queries(conn) else None, name), params, stream=True), fmt, output)


def _engine_with_schema_or_exit(db: str | None):
    """The engine of a database that has the schema (the commands that write saved queries)."""
    from . import migrations

    engine = engine_or_exit(db)
    if migrations.current(engine) is None:
        raise fail("the database has no schema yet; run `minsheng load` or `minsheng db upgrade`")
    return engine


def _has_saved_queries(conn) -> bool:
    from sqlalchemy import inspect

    return "saved_queries" in inspect(conn).get_table_names()


@query_app.command("save")
def query_save(
    name: Annotated[str, typer.Argument(help="Name: lowercase letters, digits, _ and -.")],
    sql_text: Annotated[str, typer.Option("--sql", help="The SQL, with :name placeholders.")],
    title: Annotated[Optional[str], typer.Option(help="A one-line title.")] = None,
    description: Annotated[Optional[str], typer.Option(help="What it answers.")] = None,
    replace: Annotated[bool, typer.Option(help="Overwrite your query of the same name.")] = False,
    db: DbOption = None,
) -> None:
    """Save a query of your own in the database (table saved_queries)."""
    from .models.saved_queries import QueryError, save_query

    engine = _engine_with_schema_or_exit(db)
    try:
        with engine.begin() as conn:
            q = save_query(conn, name, sql_text, title=title, description=description,
                           replace=replace)
    except QueryError as exc:
        raise fail(str(exc))
    params = ", ".join(q.param_names) or "none"
    say(f"saved query {q.name} (parameters: {params})")


@query_app.command("copy")
def query_copy(
    source: Annotated[str, typer.Option("--from", help="The database to copy from: a SQLite "
                                                       "file path or any SQLAlchemy URL.")],
    replace: Annotated[bool, typer.Option(help="Overwrite queries of the same name.")] = False,
    db: DbOption = None,
) -> None:
    """Copy your saved queries from another database, e.g. from the SQLite file to PostgreSQL
    after loading the pages there: `minsheng query copy --from minsheng.db --db postgresql://…`.
    They are copied as written: SQL that only SQLite understands fails when run."""
    from .models.saved_queries import QueryError, copy_queries

    target = _engine_with_schema_or_exit(db)
    if "://" not in source and not Path(source).exists():
        raise fail(f"{source} does not exist: --from names the database to copy from")
    source_engine = engine_or_exit(source, readonly=True)
    with source_engine.connect() as conn:
        if not _has_saved_queries(conn):
            raise fail(f"{source} has no saved queries table: is it a minsheng database?")
        try:
            with target.begin() as tconn:
                names = copy_queries(conn, tconn, replace=replace)
        except QueryError as exc:
            raise fail(str(exc))
    say(f"{len(names)} saved quer{'y' if len(names) == 1 else 'ies'} copied"
        + (f": {', '.join(names)}" if names else ""))


@query_app.command("delete")
def query_delete(name: Annotated[str, typer.Argument(help="Your query's name.")],
                 db: DbOption = None) -> None:
    """Delete one of your saved queries (built-in queries cannot be deleted)."""
    from .models.saved_queries import QueryError, delete_query

    engine = engine_or_exit(db)
    try:
        with engine.begin() as conn:
            delete_query(conn, name)
    except QueryError as exc:
        raise fail(str(exc))
    say(f"deleted query {name}")


@app.command()
def search(
    words: Annotated[str, typer.Argument(help="Words to find; several words separated by "
                                              "spaces must all occur, e.g. \"医保 钱包\".")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, help="At most N articles.")] = 20,
    fmt: FormatOption = OutputFormat.table,
    output: OutputOption = None,
) -> None:
    """Full-text search of the articles, with the matches [highlighted]."""
    from .models.search import SearchError, SearchUnsupported
    from .models.search import search as run_search

    engine = engine_or_exit(db, readonly=True)
    with engine.connect() as conn:
        try:
            hits = run_search(conn, words, limit)
        except (SearchError, SearchUnsupported) as exc:
            raise fail(str(exc))
    rows = [(h.document, h.article_seq, h.title or "", h.snippet) for h in hits]
    _emit(["document", "article", "title", "snippet"], rows, fmt, output)


@app.command("export-datasette")
def export_datasette(
    db: DbOption = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Metadata file to write.")]
        = Path("metadata.json"),
) -> None:
    """Write a Datasette metadata file: saved queries as canned queries, table descriptions.

    Then: datasette minsheng.db -m metadata.json
    """
    from .models.database import resolve_url, sqlite_path
    from .models.datasette_export import database_name, datasette_metadata

    path = sqlite_path(resolve_url(db))
    if path is None:
        raise fail("Datasette serves SQLite files; --db must be a SQLite database")
    engine = engine_or_exit(db, readonly=True)
    conn = _existing_conn(engine)
    try:
        meta = datasette_metadata(conn, database_name(path))
    finally:
        if conn is not None:
            conn.close()
    output.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    queries = len(meta["databases"][database_name(path)]["queries"])
    say(f"wrote {output} ({queries} canned queries); run: datasette {path} -m {output}")


@app.command()
def schema(
    update: Annotated[Optional[Path], typer.Option(
        help="Replace the schema reference inside this Markdown file instead of printing it.")]
        = None,
) -> None:
    """Print the schema reference (every table and view) as Markdown."""
    from .models.schema_doc import replace_block, schema_markdown

    block = schema_markdown()
    if update is None:
        sys.stdout.write(block)
        return
    current = update.read_text(encoding="utf-8") if update.exists() else ""
    update.write_text(replace_block(current, block), encoding="utf-8")
    say(f"schema reference updated in {update}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
