"""A new SQLite database made from what the migrations made the last time, as PostgreSQL makes
a database from a template.

Why: every load into a new file ran the thirteen revisions, and on SQLite their batch
rebuilds (reflect the table, create a copy, copy it, drop, rename, index again) cost 0.15 s of
CPU in SQLAlchemy and Alembic: a fiftieth of a People's Daily load, and the largest part of
most tests. What the revisions leave in an empty database is the same every time for the same
revision scripts, Alembic, SQLAlchemy and SQLite, so after the first run the statements
SQLite recorded (``sqlite_master``, in the order it holds them) and the rows the revisions
wrote (``alembic_version``, the full-text table's settings, …) are kept in the user's cache
folder (``$XDG_CACHE_HOME/minsheng`` or ``~/.cache/minsheng``) under a key made of those four, and the next new database is made by running them in one
transaction. Any other upgrade (an existing database, a downgrade, a revision other than
head) runs the migrations themselves; so does a new database when the template cannot be
read or written. tests/test_migrations.py checks that both ways give the same schema and rows.
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sqlite3
from pathlib import Path

import alembic
import sqlalchemy
from sqlalchemy import Connection

HERE = Path(__file__).resolve().parent
_FORMAT = 1
log = logging.getLogger("minsheng.migrations")


def _key() -> str:
    """What the template depends on: the revision scripts and the environment that runs them,
    and the versions that turn them into SQL."""
    h = hashlib.sha256(f"{_FORMAT}|{alembic.__version__}|{sqlalchemy.__version__}|"
                       f"{sqlite3.sqlite_version}".encode())
    for path in [HERE / "env.py", *sorted((HERE / "versions").glob("*.py"))]:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:24]


def _folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "minsheng"


def _path(key: str) -> Path:
    return _folder() / f"schema-{key}.marshal"


def _trusted(path: Path) -> bool:
    """Statements are run from the file: only one this user wrote and nobody else can change
    (a shared temp folder would let anyone put SQL in every new database)."""
    st = path.stat()
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def is_empty(conn: Connection) -> bool:
    """No table, view, index or trigger yet: a new database file."""
    return conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() == 0


def restore(conn: Connection) -> bool:
    """Make the schema from the template, inside the caller's transaction; False when there is
    no usable template (the caller migrates)."""
    try:
        key = _key()
        path = _path(key)
        if not _trusted(path):
            return False
        data = marshal.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("key") != key:
            return False
        statements, tables = data["schema"], data["rows"]
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return False  # none yet, or unreadable: the migrations make the schema
    if not all(isinstance(sql, str) and sql.startswith("CREATE ") for sql in statements):
        return False  # only what sqlite_master holds: CREATE statements
    # through SQLAlchemy as the revisions' statements go, with the same events and errors
    for sql in statements:
        conn.exec_driver_sql(sql)
    for table, columns, rows in tables:
        marks = ", ".join("?" * len(columns))
        names = ", ".join(f'"{c}"' for c in columns)
        # OR REPLACE: the rows a virtual table's CREATE wrote in its shadow tables are
        # replaced by those it held once the revisions had set it up
        conn.exec_driver_sql(f'INSERT OR REPLACE INTO "{table}" ({names}) VALUES ({marks})',
                             [tuple(r) for r in rows])
    return True


def save(conn: Connection) -> None:
    """Keep what the migrations just made in an empty database as the template (best effort:
    a temp folder that cannot be written only means the next new database migrates too)."""
    raw = conn.connection.driver_connection
    try:
        kinds = dict(raw.execute("SELECT name, type FROM pragma_table_list WHERE schema = 'main'"))
    except sqlite3.DatabaseError:
        return  # SQLite before 3.37 cannot tell an FTS5 table's shadow tables: no template
    statements = []
    for name, sql in raw.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                                 "ORDER BY rowid"):
        if name.startswith("sqlite_"):
            return  # an internal table (sqlite_stat1): not one a statement can make
        if kinds.get(name) == "shadow":
            continue  # made by its virtual table's CREATE
        statements.append(sql)
    rows = []
    for name, kind in kinds.items():
        # a shadow table's rows too: a full-text table's settings (automerge) live there
        if kind not in ("table", "shadow") or name.startswith("sqlite_"):
            continue
        try:
            cur = raw.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
        except sqlite3.OperationalError:  # a WITHOUT ROWID table
            cur = raw.execute(f'SELECT * FROM "{name}"')
        found = cur.fetchall()
        if found:
            rows.append((name, tuple(d[0] for d in cur.description), found))
    key = _key()
    path = _path(key)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps({"key": key, "schema": statements, "rows": rows}))
        tmp.chmod(0o600)
        os.replace(tmp, path)
    except OSError as exc:
        log.debug("no schema template kept (%s)", exc)
        tmp.unlink(missing_ok=True)
