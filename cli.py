"""The ``minsheng`` command: load documents, inspect and query the knowledge base.

Each command is a few lines that call the library (etl/, models/, migrations/) and render the
result; anything worth testing lives in the library.
"""
from __future__ import annotations

import json
import logging
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
from typer.core import TyperGroup

# Only what every command needs is imported here; the rest inside the commands that use it:
# the pipeline, its segmenter and Alembic took 0.3 s of the start of every query.
from .etl.defaults import (AUTO, AUTO_MAX_WORKERS, AUTO_MIN_BYTES, DEFAULT_MAX_BYTES,
                           DEFAULT_MAX_SECONDS)

# -h as well as --help, on every command (typer passes context settings down to subcommands)
HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}


class _PlainHelp(TyperGroup):
    """Help in words a user reads: an option or argument given no metavar shows its name in
    capitals (--max-bytes MAX_BYTES, PATHS) where typer printed the Python type annotation
    (<int>, <list[Path]>), as every command added later gets too."""

    def get_command(self, ctx, cmd_name):
        cmd = super().get_command(ctx, cmd_name)
        for p in getattr(cmd, "params", ()):
            if p.metavar is None and not getattr(p, "is_flag", False) and p.name:
                p.metavar = p.name.upper()
            if p.param_type_name == "argument":  # its help line repeated the type: NAME <str>
                p.display_type_rich = lambda ctx: None
        return cmd


class _OneLineErrors(_PlainHelp):
    """Every command: an error of the database (unreachable server, a file that is no
    database, a WAL file that cannot be read) becomes one line and exit 2, wherever in the
    command it is raised, instead of a traceback of hundreds of lines."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            import sqlite3

            from sqlalchemy.exc import SQLAlchemyError

            if not isinstance(exc, (SQLAlchemyError, sqlite3.Error)):
                raise
            raise fail(_in_words(exc)) from None


app = typer.Typer(
    help="minsheng-kb: Chinese news pages in, a SQL knowledge base of reported figures out.\n\n"
         "Start with `minsheng load` (loads the bundled sample pages into ./minsheng.db), then "
         "`minsheng stats` and `minsheng sql \"SELECT * FROM figure_facts LIMIT 5\"`.",
    no_args_is_help=True, add_completion=True, rich_markup_mode=None,
    context_settings=HELP_OPTIONS, cls=_OneLineErrors,
)
db_app = typer.Typer(help="Schema migrations (Alembic) of the knowledge base.",
                     no_args_is_help=True, context_settings=HELP_OPTIONS, cls=_PlainHelp)
app.add_typer(db_app, name="db")

# soft_wrap: a message is one line however long its path, so cron logs and grep keep it whole
# (Rich would fold it at the terminal's width, or at 80 columns when there is no terminal)
err = Console(stderr=True, soft_wrap=True)
out = Console()


def say(message: str, console: Console = out) -> None:
    """One line of plain text (standard output unless told), never folded nor read as markup;
    a control character in it (a newline in a file name) is escaped, not printed."""
    from .models.errors import printable

    console.print(printable(message), highlight=False, markup=False, soft_wrap=True)

EXIT_OK, EXIT_PARTIAL, EXIT_CANNOT_RUN = 0, 1, 2

DbOption = Annotated[Optional[str], typer.Option(
    "--db", envvar="MINSHENG_DB", show_envvar=True, metavar="FILE|URL",
    help="SQLite file path or any SQLAlchemy URL (e.g. postgresql+psycopg://user@host/db). "
         "Default: ./minsheng.db")]
WaitOption = Annotated[float, typer.Option(
    help="Seconds to wait when a load or migration holds the database, then give up with "
         "exit code 2.")]
ParamOption = Annotated[Optional[list[str]], typer.Option(
    "--param", "-p", metavar="NAME=VALUE",
    help="A parameter value, name=value (repeat for several; each name once).")]


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"


def _format_option(value: str | OutputFormat) -> OutputFormat:
    """--format's value, or one plain line naming the formats (not click's list of choices)."""
    try:
        return OutputFormat(value)
    except ValueError:
        raise fail(f"--format {value} is not an output format: choose "
                   f"{', '.join(f.value for f in OutputFormat)}") from None


def _complete_format(incomplete: str) -> list[str]:
    return [f.value for f in OutputFormat if f.value.startswith(incomplete)]


FormatOption = Annotated[OutputFormat, typer.Option(
    "--format", "-f", metavar="FORMAT", parser=_format_option, autocompletion=_complete_format,
    help="table (aligned, for the terminal), csv, tsv, markdown, json or jsonl.")]
OutputOption = Annotated[Optional[Path], typer.Option(
    "--output", "-o", metavar="FILE", help="Write to FILE instead of standard output (- is standard output).")]

DATABASE_FILES = ("", "-wal", "-shm", "-journal", ".lock")  # a SQLite database and its companions


def output_or_exit(output: Path | None, db: str | None) -> Path | None:
    """The file to write, or None for standard output (no --output, or ``-``). Refused: the
    database itself or one of its companion files, by real path (``--output o.db`` replaced
    the database with a CSV), and a file in a folder that does not exist."""
    if output is None or str(output) == "-":
        return None
    from .models.database import DatabaseError, resolve_url, sqlite_path

    try:
        path = sqlite_path(resolve_url(db))
    except DatabaseError as exc:
        raise fail(str(exc))
    output = output.expanduser()
    if path is not None:
        real = os.path.realpath(output)
        for suffix in DATABASE_FILES:
            companion = Path(f"{os.path.realpath(path)}{suffix}")
            if real == str(companion) or (companion.exists() and output.exists()
                                          and os.path.samefile(companion, output)):
                what = "the database" if not suffix else f"the database's {suffix} file"
                raise fail(f"--output {output} is {what} ({companion}); writing there would "
                           "destroy it, choose another file")
    if not output.parent.is_dir():
        raise fail(f"cannot write {output}: the folder {output.parent} does not exist")
    return output
HeadersOption = Annotated[bool, typer.Option(
    "--headers/--no-headers", help="The header row of table, csv and tsv (--no-headers: rows "
                                   "only, for scripts).")]
VerticalOption = Annotated[bool, typer.Option(
    "--vertical", "-x", help="Show the table one record at a time, a line per column (as psql's "
                             "\\x); on a terminal a table too wide for it is shown so anyway.")]


def _version(show: bool) -> None:
    if show:
        from importlib.metadata import version

        say(f"minsheng-kb {version('minsheng-kb')}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option(
        "--version", is_eager=True, callback=_version,
        help="Print the version of minsheng-kb and exit.")] = False) -> None:
    pass


def fail(message: str, code: int = EXIT_CANNOT_RUN) -> typer.Exit:
    from rich.markup import escape

    from .models.errors import printable

    # escaped: messages quote user input and hints such as "pip install 'minsheng-kb[pg]'";
    # control characters too (a file name's newline would split the line)
    err.print(f"[red]error:[/red] {escape(printable(message))}", highlight=False)
    return typer.Exit(code)


_opened: dict[str, Path | None] = {"sqlite": None}  # the SQLite file a command opened


def _in_words(exc: BaseException) -> str:
    from .models.errors import in_words

    return in_words(exc, _opened["sqlite"])


def _open(db: str | None, readonly: bool = False):
    """``open_engine``, remembering the SQLite file for the words of a later error."""
    from .models.database import open_engine, resolve_url, sqlite_path

    _opened["sqlite"] = sqlite_path(resolve_url(db))
    return open_engine(db, readonly=readonly)


def engine_or_exit(db: str | None, readonly: bool = False):
    from .models.database import DatabaseError

    try:
        return _open(db, readonly)
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
    wait: WaitOption = 0.0,
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

    missing = [p for p in paths or [] if not os.path.lexists(p)]
    if missing:  # a usage error: before the database, the run and the log are made
        raise fail(f"{missing[0]} does not exist" + (f" (nor {len(missing) - 1} other path"
                   f"{'s' if len(missing) > 2 else ''} named)" if len(missing) > 1 else "")
                   + "; nothing was loaded")
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
        raise fail(f"could not run the load: {_in_words(exc)}")
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
    logger = logging.getLogger("minsheng")
    logger.setLevel(logging.INFO)
    if not any(type(h) is logging.NullHandler for h in logger.handlers):
        # The command prints failures and errors itself; with no handler anywhere, Python's
        # last-resort handler printed each warning to stderr a second time.
        logger.addHandler(logging.NullHandler())
    if log_file is not None:
        try:
            handler = logging.FileHandler(log_file, encoding="utf-8")
        except OSError as exc:  # a missing folder, no permission: before anything is loaded
            raise fail(f"cannot write the log {log_file}: {exc.strerror or exc}")
        handler.setFormatter(_OneLineFormatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


class _OneLineFormatter(logging.Formatter):
    """A log line per message: control characters of the message escaped (a file name with a
    line break wrote what looked like a second log line). A traceback, when logged, follows
    on its own lines as usual."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        from .models.errors import printable

        record.message = printable(record.message)
        return super().formatMessage(record)


def _progress(bar, task, path: str, outcome: str) -> None:
    from .models.errors import printable

    bar.update(task, advance=1, description=f"{outcome:>9} {printable(Path(path).name)[:40]}")


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
    if summary.corrections_applied or summary.corrections_orphaned:
        say(f"corrections: {summary.corrections_applied} applied again, "
            f"{summary.corrections_orphaned} orphaned"
            + (" (minsheng corrections list --orphaned)" if summary.corrections_orphaned else ""),
            err if summary.corrections_orphaned else out)


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
    query: Annotated[Optional[str], typer.Argument(
        metavar="SQL|-",
        help="One SELECT statement; :name placeholders are bound from -p name=value. "
             "- reads it from standard input.")] = None,
    db: DbOption = None,
    param: ParamOption = None,
    fmt: FormatOption = OutputFormat.table,
    output: OutputOption = None,
    sql_file: Annotated[Optional[Path], typer.Option(
        "--file", metavar="FILE", help="Read the SQL from FILE (UTF-8).")] = None,
    headers: HeadersOption = True,
    vertical: VerticalOption = False,
) -> None:
    """Run read-only SQL. The database is opened read-only: writes fail, nothing changes.

    The SQL is the argument, a file (--file q.sql) or standard input (minsheng sql - < q.sql).
    """
    from .models.saved_queries import run_sql

    query = _sql_text_or_exit(query, sql_file)
    params = _params_or_exit(param)
    output = output_or_exit(output, db)
    engine = engine_or_exit(db, readonly=True)
    with engine.connect() as conn:
        _emit_query(lambda: run_sql(conn, query, params, stream=True), fmt, output, headers,
                    vertical)


def _sql_text_or_exit(query: str | None, sql_file: Path | None) -> str:
    """The SQL of ``minsheng sql``: the argument, ``-`` for standard input, or --file."""
    if query is not None and sql_file is not None:
        raise fail("give the SQL once: as the argument or with --file, not both")
    if sql_file is not None:
        try:
            text = sql_file.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise fail(f"--file {sql_file}: no such file")
        except (OSError, UnicodeDecodeError) as exc:
            raise fail(f"cannot read --file {sql_file}: {getattr(exc, 'strerror', None) or exc}")
    elif query == "-":
        if sys.stdin.isatty():
            raise fail("minsheng sql - reads the SQL from standard input: pipe or redirect it "
                       "(minsheng sql - < query.sql)")
        text = sys.stdin.read()
    elif query is None:
        raise fail('no SQL given: minsheng sql "SELECT ...", --file query.sql, or - to read '
                   "standard input")
    else:
        text = query
    if not text.strip():
        raise fail("the SQL is empty")
    return text


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
                  "role": f.role, "metric": f.metric, "measure": f.measure,
                  "measure_basis": f.measure_basis,
                  "period": None if p is None else {"label": p.label, "start": p.start,
                                                    "end": p.end, "cumulative": p.cumulative},
                  "region": f.region, "organization": f.organization, "program": f.program,
                  "region_basis": f.region_basis, "regions": list(f.regions) or None,
                  "organization_basis": f.organization_basis,
                  "span": [f.char_start, f.char_end], "evidence": f.evidence,
                  # what and when: how the unit and the period were read
                  "unit_basis": f.unit_basis, "period_basis": f.period_basis,
                  "compared_to": None if f.compared_to is None else {
                      "label": f.compared_to.label, "start": f.compared_to.start,
                      "end": f.compared_to.end}})
        for mn in r.mentions:
            emit({"type": "mention", "article": a.seq, "kind": mn.kind, "surface": mn.surface,
                  "key": mn.key, "span": [mn.char_start, mn.char_end]})


def _migrate(db: str | None, move, revision: str, wait: float) -> None:
    """A migration under the load's lock: a `db downgrade base` during a load dropped the
    tables under it."""
    from . import migrations
    from .etl.lock import LockError, import_lock

    engine = engine_or_exit(db)
    try:
        with import_lock(engine, wait):
            move(engine, revision)
    except LockError as exc:
        raise fail(str(exc))
    except Exception as exc:
        raise fail(f"migration failed: {_in_words(exc)}")
    say(f"schema at {migrations.current(engine) or 'base (empty)'}")


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None,
               revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
               wait: WaitOption = 0.0) -> None:
    """Upgrade the schema (default: to the newest revision)."""
    from . import migrations

    _migrate(db, migrations.upgrade, revision, wait)


@db_app.command("downgrade")
def db_downgrade(revision: Annotated[str, typer.Argument(help="Target revision, e.g. -1 or "
                                                              "base (drops everything).")],
                 db: DbOption = None, wait: WaitOption = 0.0) -> None:
    """Downgrade the schema to REVISION."""
    from . import migrations

    _migrate(db, migrations.downgrade, revision, wait)


@db_app.command("stamp")
def db_stamp(revision: Annotated[str, typer.Argument(help="The revision the schema is at, e.g. "
                                                          "head.")],
             db: DbOption = None, wait: WaitOption = 0.0) -> None:
    """Record REVISION as the schema's revision without migrating: for a database whose
    alembic_version was lost while its tables are whole."""
    from . import migrations

    _migrate(db, migrations.stamp, revision, wait)


@db_app.command("current")
def db_current(db: DbOption = None) -> None:
    """Show the schema revision of the database and the newest one this version knows."""
    from . import migrations
    from .models.database import DatabaseError, NoDatabase

    try:  # read-only: looking creates nothing (it made an empty database file before)
        engine = _open(db, readonly=True)
    except NoDatabase as exc:
        say(f"database: none ({exc}); newest: {migrations.head()}")
        return
    except DatabaseError as exc:
        raise fail(str(exc))
    say(f"database: {migrations.current(engine) or 'empty'}; newest: {migrations.head()}")


# -- querying: saved queries, output formats, search, Datasette, schema reference ------------

query_app = typer.Typer(help="Saved queries: the built-in ones and your own, run with "
                             "bound parameters.", no_args_is_help=True,
                        context_settings=HELP_OPTIONS, cls=_PlainHelp)
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
        raise fail(_in_words(exc))


def _emit(cols, rows, fmt: OutputFormat, output: Path | None, headers: bool = True,
          vertical: bool = False) -> None:
    from .output import HEADED, render, render_to_file

    fmt = OutputFormat(fmt).value
    if not headers and fmt not in HEADED:
        raise fail(f"--no-headers applies to {', '.join(HEADED)}; {fmt} has no header row")
    try:
        if output is not None:
            with _export_progress(rows, output) as counted:
                n = render_to_file(cols, counted, fmt, output, headers=headers,
                                   vertical=vertical)
            say(f"{n} rows written to {output}", err)
        else:
            render(cols, rows, fmt, sys.stdout, headers=headers, vertical=vertical,
                   **_screen_layout())
            sys.stdout.flush()
    except BrokenPipeError:
        # the reader stopped early (`| head`): not an error; the rest goes nowhere
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError as exc:
        raise fail(f"cannot write {output or 'the output'}: {exc.strerror or exc}")


def _screen_layout() -> dict:
    """Cells cut and tables fitted to the screen only when a person reads standard output on a
    terminal: ``> file``, ``| grep`` and ``| less`` get every character of every cell."""
    from .output import MAX_CELL

    if not sys.stdout.isatty():
        return {"max_cell": None, "max_width": None}
    import shutil

    return {"max_cell": MAX_CELL, "max_width": shutil.get_terminal_size().columns}


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


def _emit_query(run, fmt: OutputFormat, output: Path | None, headers: bool = True,
                vertical: bool = False) -> None:
    """Run a query callable returning (columns, rows) and write its rows as they are read:
    an error of the database while reading them, halfway through, is as clear as one before
    the first row (and an output file is then left as it was)."""
    cols, rows = _run_or_exit(run)
    _run_or_exit(lambda: _emit(cols, rows, fmt, output, headers, vertical))


def _existing_conn(engine):
    """A connection when the database has the schema, else None (built-ins still listable)."""
    from sqlalchemy import inspect

    conn = engine.connect()
    if "saved_queries" not in inspect(conn).get_table_names():
        conn.close()
        return None
    return conn


def _existing_conn_or_none(db: str | None, note: bool):
    """A connection to the database when it exists and has the schema; None when there is no
    database yet (the built-in queries are still worth listing). Anything else that is wrong
    with it is an error."""
    from .models.database import DatabaseError, NoDatabase

    try:
        return _existing_conn(_open(db, readonly=True))
    except NoDatabase as exc:
        if note:
            say(f"note: {exc}; listing the built-in queries only", err)
        return None
    except DatabaseError as exc:
        raise fail(str(exc))


@query_app.command("list")
def query_list(db: DbOption = None,
               fmt: FormatOption = OutputFormat.table, output: OutputOption = None,
               headers: HeadersOption = True, vertical: VerticalOption = False) -> None:
    """List saved queries: built-in ones and yours (column `kind`), with their parameters."""
    from .models.saved_queries import all_queries

    output = output_or_exit(output, db)
    conn = _existing_conn_or_none(db, note=True)
    try:
        queries = all_queries(conn)
    finally:
        if conn is not None:
            conn.close()
    rows = [(q.name, "built-in" if q.builtin else "user", q.title or "",
             " ".join(f"{p.name}{'?' if p.optional else ''}" for p in q.params))
            for q in queries]
    _emit(["name", "kind", "title", "parameters"], rows, fmt, output, headers, vertical)


@query_app.command("show")
def query_show(name: Annotated[str, typer.Argument(help="Query name.")],
               db: DbOption = None) -> None:
    """Show a saved query: title, description, parameters and SQL."""
    from .models.saved_queries import QueryError, get_query

    conn = _existing_conn_or_none(db, note=False)
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
              fmt: FormatOption = OutputFormat.table, output: OutputOption = None,
              headers: HeadersOption = True, vertical: VerticalOption = False) -> None:
    """Run a saved query read-only, e.g. `minsheng query run region_figures -p region=滨州市`.

    A region, organization, program, metric or kind that matches nothing in the knowledge
    base is named on standard error (with the closest names); the query runs all the same.
    """
    from .models.saved_queries import get_query, run_query

    params = _params_or_exit(param)
    output = output_or_exit(output, db)
    engine = engine_or_exit(db, readonly=True)
    with engine.connect() as conn:
        query = _run_or_exit(lambda: get_query(
            conn if _has_saved_queries(conn) else None, name))
        _warn_unmatched(conn, query, params)
        _emit_query(lambda: run_query(conn, query, params, stream=True), fmt, output, headers,
                    vertical)


def _warn_unmatched(conn, query, params: dict[str, str]) -> None:
    from .models.param_check import unmatched

    if not _has_saved_queries(conn):
        return  # no schema: the query fails with its own message
    known = {k: v for k, v in params.items() if k in query.param_names}
    for warning in _run_or_exit(lambda: unmatched(conn, known)):
        say(f"warning: {warning}", err)


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
    """Save a query of your own in the database (table saved_queries). The SQL is prepared
    first, without running it: SQL that cannot run, or that writes, is refused with the reason."""
    from .models.saved_queries import QueryError, check_runnable, save_query

    engine = _engine_with_schema_or_exit(db)
    try:
        with engine_or_exit(db, readonly=True).connect() as conn:
            check_runnable(conn, sql_text)
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


corrections_app = typer.Typer(help="Corrections made by hand: list, export, import, delete.",
                              no_args_is_help=True, context_settings=HELP_OPTIONS,
                              cls=_PlainHelp)
app.add_typer(corrections_app, name="corrections")


def _engine_with_corrections_or_exit(db: str | None):
    """The engine of a database whose schema has the corrections table."""
    from sqlalchemy import inspect

    engine = _engine_with_schema_or_exit(db)
    with engine.connect() as conn:
        if "corrections" not in inspect(conn).get_table_names():
            raise fail("the database's schema predates corrections; run `minsheng db upgrade`")
    return engine


@app.command()
def correct(
    figure_id: Annotated[int, typer.Argument(help="The figure's id (figure_facts.figure_id).")],
    region: Annotated[Optional[str], typer.Option(help="Region name or 6-digit code.")] = None,
    organization: Annotated[Optional[str], typer.Option(help="Organisation name.")] = None,
    period: Annotated[Optional[str], typer.Option(
        help="2024, 2024-06, 2024-Q2, 2024-H1, 2024-06-30 or START..END.")] = None,
    cumulative: Annotated[Optional[bool], typer.Option(
        "--cumulative/--not-cumulative", help="Whether the figure is a running total.")] = None,
    measure: Annotated[Optional[str], typer.Option(help="A code of the measures table.")] = None,
    not_a_figure: Annotated[bool, typer.Option(
        "--not-a-figure", help="The extractor was wrong to see a figure here.")] = False,
    note: Annotated[Optional[str], typer.Option(help="Why (kept with the correction).")] = None,
    by: Annotated[Optional[str], typer.Option(help="Who corrects (default: $USER).")] = None,
    db: DbOption = None,
) -> None:
    """Correct a figure by hand; the correction survives re-imports of its page."""
    from .etl import consolidate
    from .models.corrections import CorrectionError
    from .models.corrections import correct as make

    engine = _engine_with_corrections_or_exit(db)
    try:
        with engine.begin() as conn:
            cid = make(conn, figure_id, by=by or os.environ.get("USER") or "unknown",
                       region=region, organization=organization, period=period,
                       cumulative=cumulative, measure=measure,
                       not_a_figure=True if not_a_figure else None, note=note)
            consolidate.refresh_figures(conn, [figure_id])
    except CorrectionError as exc:
        raise fail(str(exc))
    say(f"correction {cid} applied to figure {figure_id}")


@corrections_app.command("list")
def corrections_list(
    orphaned: Annotated[bool, typer.Option(
        "--orphaned", help="Only those whose figure is no longer found.")] = False,
    db: DbOption = None, fmt: FormatOption = OutputFormat.table, output: OutputOption = None,
) -> None:
    """The corrections, each applied (to figure_id) or orphaned."""
    from .models.corrections import list_rows

    engine = _engine_with_corrections_or_exit(db)
    with engine.connect() as conn:
        cols, rows = list_rows(conn, orphaned=orphaned)
    _emit(cols, rows, fmt, output)


@corrections_app.command("export")
def corrections_export(output: OutputOption = None, db: DbOption = None) -> None:
    """All corrections as CSV, anchors included (for a spreadsheet, or another database)."""
    from .models.corrections import export_csv

    engine = _engine_with_corrections_or_exit(db)
    with engine.connect() as conn:
        text = export_csv(conn)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@corrections_app.command("import")
def corrections_import(
    file: Annotated[Path, typer.Argument(help="A CSV written by `corrections export`.")],
    db: DbOption = None,
) -> None:
    """Read corrections from CSV; one with the same anchor as a stored one replaces it."""
    from .etl import consolidate
    from .models.corrections import CorrectionError, import_csv

    engine = _engine_with_corrections_or_exit(db)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"cannot read {file}: {exc}")
    try:
        with engine.begin() as conn:
            read, replaced, applied = import_csv(conn, text)
            consolidate.refresh_figures(conn, applied.figures)
    except CorrectionError as exc:
        raise fail(f"{file}: {exc}")
    say(f"imported {read} corrections ({replaced} replaced): {applied.applied} applied, "
        f"{applied.orphaned} orphaned")


@corrections_app.command("delete")
def corrections_delete(
    ids: Annotated[Optional[list[int]], typer.Argument(help="Correction ids.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Delete every correction.")] = False,
    db: DbOption = None,
) -> None:
    """Delete corrections: the figures show what the extractor said again."""
    from .etl import consolidate
    from .models.corrections import delete_corrections

    if not ids and not all_:
        raise fail("give correction ids, or --all")
    engine = _engine_with_corrections_or_exit(db)
    with engine.begin() as conn:
        n, figures = delete_corrections(conn, None if all_ else ids)
        consolidate.refresh_figures(conn, figures)
    say(f"deleted {n} corrections")


MAX_LIMIT = 1_000_000  # a limit beyond what SQLite binds (2**63) raised OverflowError


@app.command()
def search(
    words: Annotated[str, typer.Argument(help="Words to find; several words separated by "
                                              "spaces must all occur, e.g. \"医保 钱包\".")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, max=MAX_LIMIT, metavar="N", help="At most N articles.")] = 20,
    fmt: FormatOption = OutputFormat.table,
    output: OutputOption = None,
    headers: HeadersOption = True,
    vertical: VerticalOption = False,
) -> None:
    """Full-text search of the articles, with the matches [highlighted]."""
    from .models.search import SearchError, SearchUnsupported
    from .models.search import search as run_search

    output = output_or_exit(output, db)
    engine = engine_or_exit(db, readonly=True)
    with engine.connect() as conn:
        try:
            hits = run_search(conn, words, limit)
        except (SearchError, SearchUnsupported) as exc:
            raise fail(str(exc))
    rows = [(h.document, h.article_seq, h.title or "", h.snippet) for h in hits]
    _emit(["document", "article", "title", "snippet"], rows, fmt, output, headers, vertical)


@app.command()
def show(
    document: Annotated[str, typer.Argument(
        help="The document: its file name (as in figure_facts.document), path or id.")],
    article: Annotated[Optional[int], typer.Argument(
        min=1, help="The article's number in the document (figure_facts.article_seq). "
                    "Default: every article.")] = None,
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.table,
    vertical: VerticalOption = False,
) -> None:
    """Show a stored article with its figures marked in the text (highlighted on a terminal,
    [in brackets] otherwise) and a table of its figures: value, unit, metric, period, region,
    organisation, programme and the rest of figure_facts, as stored, not extracted again.
    """
    from .models.show import ShowError, article_seqs, article_view, find_document

    engine = engine_or_exit(db, readonly=True)
    with engine.connect() as conn:
        try:
            doc_id, _ = find_document(conn, document)
            seqs = [article] if article is not None else article_seqs(conn, doc_id)
            views = [article_view(conn, doc_id, seq) for seq in seqs]
        except ShowError as exc:
            raise fail(str(exc))
    for n, view in enumerate(views):
        if n:
            say("")
        _print_article(view, fmt, vertical)


def _print_article(view, fmt: OutputFormat, vertical: bool) -> None:
    from rich.text import Text

    from .models.show import marked, pieces

    say(f"{view.document}, article {view.seq} of {view.articles}"
        + (f": {view.title}" if view.title else ""))
    say("")
    if sys.stdout.isatty():
        shown = Text()
        for piece, is_figure in pieces(view.text, view.spans):
            shown.append(piece, style="bold black on yellow" if is_figure else None)
        out.print(shown, highlight=False, soft_wrap=True)  # the terminal wraps, text stays whole
    else:
        sys.stdout.write(marked(view.text, view.spans).rstrip("\n") + "\n")
    say("")
    if not view.figures:
        say("(no figures)")
        return
    sys.stdout.flush()
    _emit(view.columns, view.figures, fmt, None, True, vertical)


@app.command("export-datasette")
def export_datasette(
    db: DbOption = None,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", metavar="FILE",
        help="File to write (- is standard output, with --format metadata). Default: metadata.json, or datasette.yaml with --format config.")]
        = None,
    fmt: Annotated[Optional[str], typer.Option(
        "--format", "-f", metavar="metadata|config",
        help="metadata: one metadata file, for Datasette 0.6x. config: datasette.yaml (canned "
             "queries, search, facets) plus a metadata file of descriptions, for Datasette "
             "1.0. Default: what the installed Datasette reads.")] = None,
    metadata_output: Annotated[Optional[Path], typer.Option(
        "--metadata", metavar="FILE",
        help="With --format config: where the descriptions go. Default: metadata.json beside "
             "the configuration.")] = None,
) -> None:
    """Write Datasette settings: saved queries as canned queries, full-text search of the
    articles, facets, and what every table and column means.

    Then: datasette minsheng.db -m metadata.json (Datasette 1.0: -c datasette.yaml -m
    metadata.json; the command prints which).
    """
    _export_datasette(db, output, fmt, metadata_output)


STDOUT = Path("-")


def _export_datasette(db, output: Path | None, fmt: str | None,
                      metadata_output: Path | None) -> None:
    from .models import datasette_export as dx
    from .models.database import resolve_url, sqlite_path

    fmt = fmt or dx.detected_format()
    if fmt not in dx.FORMATS:
        raise fail(f"--format {fmt} is not a Datasette format: choose metadata (Datasette 0.6x) "
                   "or config (Datasette 1.0)")
    path = sqlite_path(resolve_url(db))
    if path is None:
        raise fail("Datasette serves SQLite files; --db must be a SQLite database")
    output = output or Path("metadata.json" if fmt == "metadata" else "datasette.yaml")
    if output_or_exit(output, db) is None:  # "-"
        if fmt != "metadata":
            raise fail("--format config writes two files: name them with --output and "
                       "--metadata, not -")
        output = STDOUT
    engine = engine_or_exit(db, readonly=True)
    conn = _existing_conn(engine)
    name = dx.database_name(path)
    try:
        if fmt == "metadata":
            files = {output: dx.datasette_metadata(conn, name)}
        else:
            config, metadata = dx.datasette_config(conn, name)
            described = metadata_output or output.with_name("metadata.json")
            output_or_exit(described, db)
            if described.resolve() == output.resolve():
                raise fail(f"--format config writes two files, and both would be {output}: "
                           "name the descriptions' file with --metadata")
            files = {output: config, described: metadata}
    finally:
        if conn is not None:
            conn.close()
    for target, document in files.items():
        text = dx.dumps(document, Path("metadata.json") if target == STDOUT else target)
        if target == STDOUT:
            sys.stdout.write(text)
            continue
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise fail(f"cannot write {target}: {exc.strerror or exc}")
    queries = len(next(iter(files.values()))["databases"][name]["queries"])
    targets = list(files)
    if fmt == "metadata":
        shown = "FILE" if targets[0] == STDOUT else targets[0]
        say(f"wrote {'standard output' if targets[0] == STDOUT else targets[0]} ({queries} "
            f"canned queries); run: datasette {path} -m {shown}",
            err if targets[0] == STDOUT else out)
    else:
        say(f"wrote {targets[0]} ({queries} canned queries) and {targets[1]} (descriptions); "
            f"run: datasette {path} -c {targets[0]} -m {targets[1]}")


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
