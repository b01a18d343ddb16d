"""Read-only SQLite connections that cannot write anywhere, not only not to the database.

Opening the file with ``mode=ro`` stops writes to the database itself, but not statements that
write elsewhere: ``VACUUM INTO '/tmp/copy.db'`` wrote a full copy of the knowledge base and
``ATTACH DATABASE 'new.db'`` created a file, both through ``minsheng sql`` and saved queries.
SQLite asks an authorizer about every action of a statement while it is prepared (and about
the statements VACUUM runs inside), so one that allows reading and nothing else stops them
before anything happens. VACUUM asks to ATTACH its target (``''`` for the database itself).
"""
from __future__ import annotations

import sqlite3
import threading

# What a query may do: read tables and columns, call functions, recurse, and the transaction
# statements the driver itself sends.
_ALLOWED = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
            sqlite3.SQLITE_RECURSIVE, sqlite3.SQLITE_TRANSACTION, sqlite3.SQLITE_SAVEPOINT}
# PRAGMAs that take an argument and only report (SQLAlchemy's reflection uses them); any other
# PRAGMA with an argument sets something and is refused.
_REPORTING_PRAGMAS = {"table_info", "table_xinfo", "table_list", "index_list", "index_info",
                      "index_xinfo", "foreign_key_list", "foreign_key_check", "integrity_check",
                      "quick_check", "function_list", "module_list", "pragma_list",
                      "collation_list", "database_list", "compile_options"}
# PRAGMAs that act although they take no argument
_ACTING_PRAGMAS = {"optimize", "wal_checkpoint", "incremental_vacuum", "shrink_memory"}

_ACTIONS = {getattr(sqlite3, "SQLITE_" + n): n.replace("_", " ") for n in (
    "CREATE_INDEX", "CREATE_TABLE", "CREATE_TEMP_INDEX", "CREATE_TEMP_TABLE",
    "CREATE_TEMP_TRIGGER", "CREATE_TEMP_VIEW", "CREATE_TRIGGER", "CREATE_VIEW", "DELETE",
    "DROP_INDEX", "DROP_TABLE", "DROP_TEMP_INDEX", "DROP_TEMP_TABLE", "DROP_TEMP_TRIGGER",
    "DROP_TEMP_VIEW", "DROP_TRIGGER", "DROP_VIEW", "INSERT", "UPDATE", "DETACH", "ALTER_TABLE",
    "REINDEX", "ANALYZE", "CREATE_VTABLE", "DROP_VTABLE")}

_last = threading.local()


def refusal() -> str | None:
    """What the statement run last on this thread was refused, in words (its first refused
    action: CREATE TEMP TABLE rather than the insert into sqlite_temp_master it makes)."""
    return getattr(_last, "what", None)


def forget() -> None:
    """Before a statement: what an earlier one was refused says nothing about it."""
    _last.what, _last.internal = None, False


def _describe(action: int, arg1: str | None, arg2: str | None) -> str:
    if action == sqlite3.SQLITE_ATTACH:
        return (f"ATTACH of {arg1!r} (VACUUM and VACUUM INTO attach their target)" if arg1
                else "VACUUM (it rewrites the database)")
    if action == sqlite3.SQLITE_INSERT and arg1 in ("sqlite_master", "sqlite_temp_master"):
        temporary = "temporary " if arg1 == "sqlite_temp_master" else ""
        return f"CREATE of a {temporary}table, view, index or trigger"
    if action == sqlite3.SQLITE_PRAGMA:
        return f"PRAGMA {arg1}" + (f" = {arg2}" if arg2 is not None else "")
    what = _ACTIONS.get(action, f"action {action}")
    return f"{what} {arg1}" if arg1 else what


def _authorize(action, arg1, arg2, _db, _trigger) -> int:
    if action in _ALLOWED:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_UPDATE and arg1 in ("sqlite_master", "sqlite_schema"):
        # asked by FTS5 when it connects its table (the full-text search); no statement can
        # write the schema table itself, and the file is opened read-only besides
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        if (arg2 is None and name not in _ACTING_PRAGMAS) or name in _REPORTING_PRAGMAS:
            return sqlite3.SQLITE_OK
    # the first refusal names the statement, except SQLite's own bookkeeping (the insert into
    # sqlite_master that CREATE or ANALYZE make first), which a later refusal replaces
    internal = (arg1 or "").startswith("sqlite_")
    if getattr(_last, "what", None) is None or (_last.internal and not internal):
        _last.what, _last.internal = _describe(action, arg1, arg2), internal
    return sqlite3.SQLITE_DENY


def only_reads(dbapi_conn, _record=None) -> None:
    """Engine ``connect`` listener: from now on this connection may only read. Listened after
    the listeners that set the connection's own PRAGMAs."""
    dbapi_conn.set_authorizer(_authorize)


def explain(message: str) -> str | None:
    """The user's words for a driver error caused by the authorizer, else None."""
    if "not authorized" not in message and "authorization denied" not in message:
        return None
    what = refusal()
    return ("the database is opened read-only; write statements are refused"
            + (f" ({what} is not allowed)" if what else ""))


# PostgreSQL has no authorizer; its read-only transaction refuses every write to the database,
# but COPY ... TO 'file' (for a superuser or pg_write_server_files) writes a file on the server
# all the same. Statements that begin with a command other than these reading ones are not
# sent; a word that is no command goes on, for the server to call it a syntax error.
PG_READING_STATEMENTS = ("select", "with", "values", "table", "explain", "show")
PG_OTHER_COMMANDS = frozenset("""
    abort alter analyze begin call checkpoint close cluster comment commit copy create
    deallocate declare delete discard do drop end execute fetch grant import insert listen load
    lock merge move notify prepare reassign refresh reindex release reset revoke rollback
    savepoint security set start truncate unlisten update vacuum""".split())


def pg_refusal(first_keyword: str | None) -> str | None:
    """Why a statement that begins with ``first_keyword`` is not sent to PostgreSQL, or None."""
    if first_keyword is None or first_keyword.lower() not in PG_OTHER_COMMANDS:
        return None
    return ("the database is opened read-only; write statements are refused "
            f"({first_keyword.upper()} is not allowed: only "
            f"{', '.join(k.upper() for k in PG_READING_STATEMENTS)} statements run)")
