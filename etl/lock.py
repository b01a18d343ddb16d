"""One import at a time per database.

Two overlapping cron runs must not interleave their writes, nor may a schema migration run
under a load (``minsheng db upgrade``/``downgrade`` take the same lock). SQLite gets an advisory ``flock``
on a file next to the database (released by the kernel even when a run is SIGKILLed);
PostgreSQL gets a session advisory lock, which the server releases when the session dies.
A forked extraction worker closes its copy of the lock file's descriptor: the lock lasts
until every copy is closed, so a worker that outlived its loader would have held it.
(Workers also die with their loader: importer._die_with_parent.)
"""
from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

from ..models.database import sqlite_path

PG_LOCK_KEY = 0x6D696E73  # "mins"


class LockError(RuntimeError):
    """Another import holds the database."""


@contextmanager
def import_lock(engine: Engine, wait: float = 0.0):
    path = sqlite_path(str(engine.url))
    if path is not None:
        # by the file's real path: a symlink and its target (or ``sqlite:///`` URLs that name
        # one file two ways) are one database, and two locks on it let two loads interleave
        with _file_lock(Path(f"{os.path.realpath(path)}.lock"), wait):
            yield
    elif engine.dialect.name == "postgresql":
        with _pg_lock(engine, wait):
            yield
    else:
        yield


def _poll(try_once, wait: float, what: str) -> None:
    deadline = time.monotonic() + max(wait, 0.0)
    while not try_once():
        if time.monotonic() >= deadline:
            raise LockError(f"another import is running on {what}"
                            + (f" (waited {wait:g}s)" if wait else "")
                            + "; try again later or pass --wait SECONDS")
        time.sleep(0.2)


_held: set[int] = set()  # descriptors of the lock files this process holds


def _close_inherited() -> None:
    """In a forked child: close its copies of the lock descriptors (the parent keeps its lock)."""
    for fd in _held:
        try:
            os.close(fd)
        except OSError:
            pass
    _held.clear()


os.register_at_fork(after_in_child=_close_inherited)


@contextmanager
def _file_lock(path: Path, wait: float):
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    _held.add(fd)

    def try_once() -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    try:
        _poll(try_once, wait, str(path.with_suffix("")))
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        _held.discard(fd)
        os.close(fd)  # closing the descriptor releases the lock


@contextmanager
def _pg_lock(engine: Engine, wait: float):
    # A session lock belongs to the connection, and a pooled connection outlives ``close()``:
    # the lock must be released however the run ends, or the pool would keep holding it.
    conn = engine.connect()
    held = False
    try:
        def try_once() -> bool:
            nonlocal held
            held = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"),
                                     {"k": PG_LOCK_KEY}).scalar())
            conn.commit()
            return held

        _poll(try_once, wait, "this database")
        yield
    finally:
        try:
            if held:
                conn.rollback()
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PG_LOCK_KEY})
                conn.commit()
        except Exception:  # noqa: BLE001 - session unusable: discard it, the server unlocks
            conn.invalidate()
        finally:
            conn.close()
