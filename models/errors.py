"""Database errors in words: one line, the cause, never SQLAlchemy's ``[SQL: ...]`` block.

SQLAlchemy's message of a failed statement is the driver's message followed by the statement,
its parameters and a ``Background on this error`` link, over many lines; shown to a user (or
stored in ``import_failures.reason``) it buries the cause. An unreachable PostgreSQL server
and a file that is no database reached the user as a 400-line traceback. ``in_words`` keeps
the driver's first line and says what it means when SQLite's own words are obscure.
"""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError, StatementError

from .readonly import explain as explain_refusal

SQLITE_MAGIC = b"SQLite format 3\x00"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: object) -> str:
    """``text`` with control characters escaped (a newline as ``\\n``): a file name is data, and
    one holding a line break must not split a message or forge a line of a log."""
    s = str(text)
    if not _CONTROL.search(s):
        return s
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), s)


def driver_message(exc: BaseException) -> str:
    """The driver's own first line (psycopg adds hints on further lines)."""
    orig = getattr(exc, "orig", None) if isinstance(exc, (DBAPIError, StatementError)) else None
    text = str(orig if orig is not None else exc)
    text = text.split("\n[SQL:", 1)[0].split("\n(Background on this error", 1)[0]
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return lines[0] if lines else type(exc).__name__


def stored_in_words(exc: BaseException) -> str:
    """A failure to store a document, as ``import_failures.reason`` keeps it: the driver's
    exception class and first line (``IntegrityError: CHECK constraint failed: ...``)."""
    orig = getattr(exc, "orig", None)
    return f"{type(orig if orig is not None else exc).__name__}: {driver_message(exc)}"


def _is_wal(path: Path) -> bool:
    """The header says WAL (file format versions 2 at offsets 18 and 19)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(20)
    except OSError:
        return False
    return len(head) == 20 and head[:16] == SQLITE_MAGIC and head[18] == 2


def in_words(exc: BaseException, path: Path | None = None) -> str:
    """One line saying why the database could not be used. ``path``: the SQLite file, if any."""
    msg = driver_message(exc)
    refused = explain_refusal(msg)
    if refused:
        return refused
    low = msg.lower()
    where = printable(path) if path is not None else "the database"
    if path is not None:
        if path.is_dir():
            return f"{where} is a folder, not a SQLite database file"
        if "file is not a database" in low or "malformed" in low:
            return f"{where} is not a usable SQLite database ({msg})"
        if ("unable to open database file" in low or "readonly database" in low) and \
                path.is_file() and _is_wal(path):
            return (f"cannot read {where}: it is a database in WAL mode, and SQLite must create "
                    f"or write {printable(path.name)}-shm and {printable(path.name)}-wal beside "
                    f"it, which its folder does not allow ({msg}); copy it to a writable folder")
        if "unable to open database file" in low:
            return f"cannot open {where} ({msg})"
    if "read-only transaction" in low:
        return f"the database is opened read-only; write statements are refused ({msg})"
    if isinstance(exc, DBAPIError) and exc.connection_invalidated or \
            "connection" in low and ("refused" in low or "failed" in low or "timeout" in low):
        return f"cannot connect to the database: {msg}"
    if isinstance(exc, SQLAlchemyError) or isinstance(exc, sqlite3.Error):
        return msg
    if isinstance(exc, OSError) and exc.strerror:
        return (f"cannot use {printable(exc.filename)}: {exc.strerror}" if exc.filename
                else exc.strerror)
    return f"{type(exc).__name__}: {msg}"
