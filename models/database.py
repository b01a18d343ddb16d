"""Opening the knowledge base: URLs, SQLite pragmas, read-only access.

Users pass ``--db`` as a plain file path or as any SQLAlchemy URL; everything else in the
product receives an Engine from here, so backend differences live in one place.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from .readonly import only_reads

DEFAULT_DB = "minsheng.db"
ENV_VAR = "MINSHENG_DB"


class DatabaseError(RuntimeError):
    """The database cannot be opened or used; the message says why in the user's terms."""


class NoDatabase(DatabaseError):
    """The SQLite file to read does not exist (yet)."""


# A PostgreSQL URL without a driver means psycopg 3 (the ``pg`` extra), not SQLAlchemy's
# default psycopg2, which the project does not install; ``postgres://`` is the spelling many
# hosting services hand out.
PG_SCHEMES = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}
PG_EXTRA_HINT = "pip install 'minsheng-kb[pg]'"


def resolve_url(db: str | None) -> str:
    """A file path becomes an absolute ``sqlite:///`` URL; a URL is taken as it is, except that
    a bare ``postgresql://`` or ``postgres://`` gets the psycopg 3 driver."""
    db = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in db:
        scheme, rest = db.split("://", 1)
        if scheme in PG_SCHEMES:
            db = f"{PG_SCHEMES[scheme]}://{rest}"
        try:
            make_url(db)
        except ArgumentError as exc:
            raise DatabaseError(f"not a database URL: {db!r} ({exc})") from None
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_wal(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def check_sqlite_file(path: Path, readonly: bool = False) -> None:
    """Refuse what cannot be a knowledge base before SQLite or we write anything to it: a
    folder, a file that is not SQLite, a missing folder (a mistyped ``--db`` made a new
    database tree), and for reading, a missing or empty file."""
    from .errors import printable

    shown = printable(path)
    if path.is_dir():
        raise DatabaseError(f"{shown} is a folder, not a SQLite database file")
    if path.exists() and path.is_file() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            magic = fh.read(16)
        if magic != b"SQLite format 3\x00":
            raise DatabaseError(f"{shown} exists and is not a SQLite database; refusing to touch it")
    if readonly:
        if not path.exists():
            raise NoDatabase(f"{shown} does not exist; run `minsheng load` first")
        if path.stat().st_size == 0:
            raise DatabaseError(f"{shown} is an empty file, not a knowledge base; "
                                f"run `minsheng load --db {shown}` to make one")
    elif not path.parent.is_dir():
        raise DatabaseError(f"the folder {printable(path.parent)} does not exist; create it "
                            "first (a database is never made in a folder that is not there)")


def open_engine(db: str | None = None, *, readonly: bool = False) -> Engine:
    """Create an Engine for ``db``; SQLite gets foreign keys, WAL and a busy timeout."""
    url = resolve_url(db)
    path = sqlite_path(url)
    try:
        if path is None:
            if readonly and make_url(url).get_backend_name() == "postgresql":
                return _pg_readonly_engine(url)
            return create_engine(url, future=True, pool_pre_ping=True)
        check_sqlite_file(path, readonly)
        if readonly:
            engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true", future=True)
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "connect", only_reads)  # after the pragmas it sets
            return engine
        engine = create_engine(url, future=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "connect", _sqlite_wal)
        return engine
    except ArgumentError as exc:
        raise DatabaseError(f"cannot open {url!r}: {exc}") from None
    except ModuleNotFoundError as exc:
        hint = f"; install it with {PG_EXTRA_HINT}" if url.startswith("postgresql") else ""
        raise DatabaseError(f"the driver for {url.split('://')[0]!r} is not installed "
                            f"(no module {exc.name!r}){hint}") from None


def _pg_readonly_engine(url: str) -> Engine:
    """Every transaction read-only, and one statement per execute.

    A read-only transaction alone is not enough: ``COMMIT; DELETE ...`` sent as one string
    would end it and run the DELETE in a new one. psycopg sends a string without parameters
    with the simple query protocol, which accepts several statements; preparing every
    statement (``prepare_threshold=0``) forces the extended protocol, which refuses them.
    ``default_transaction_read_only`` covers any transaction the driver did not begin.
    """
    connect_args = {}
    if make_url(url).get_driver_name() == "psycopg":
        connect_args = {"prepare_threshold": 0,
                        "options": "-c default_transaction_read_only=on"}
    engine = create_engine(url, future=True, pool_pre_ping=True, connect_args=connect_args)
    return engine.execution_options(postgresql_readonly=True)
