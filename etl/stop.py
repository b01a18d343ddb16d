"""A stop asked for by a signal (SIGTERM, SIGINT), delivered where the loader can take it.

Why not raise from the signal handler wherever the main thread happens to be: Python runs a
handler between any two bytecodes, and a KeyboardInterrupt raised inside a database call makes
SQLAlchemy throw the connection away, with SQLite's write lock still held by the closed-but-
not-finalised connection: recording the stop then waited out the 30 s busy timeout. And some
places swallow what is raised in them (a finaliser run by the garbage collector prints
"Exception ignored" and goes on), so a stop raised there was lost and the load ran to its end.

So the handler records the stop, and raises at once only where the loader marks itself
``interruptible`` (extracting a document in this process, waiting for its workers, waiting for
the lock): places that hold no database state. Elsewhere (storing a group, recording a
failure) the loader finishes the step, at most about a second of work, and raises the stop at
its next safe point (``check``), until the stop is ``seen`` being handled. A group prepared
meanwhile is not committed: the indexing thread looks for the stop before each of its
statements and before the commit (writer.py), so a stop never stores more than was stored
when it came, save a commit already under way.
"""
from __future__ import annotations

import signal


class Terminated(KeyboardInterrupt):
    """Raised in the loader by a SIGTERM handler (``minsheng load`` installs one): systemd
    stopping the unit, ``timeout``, a cron wrapper. Python's default for SIGTERM is to end the
    process on the spot, which left the run 'running' in import_runs until the next run."""


_requested: type[KeyboardInterrupt] | None = None
_seen = False
_interruptible = 0


def on_signal(signum, frame) -> None:
    """The handler for SIGTERM and SIGINT during a load. The first signal is the stop; the
    ones after it (Ctrl-C pressed again) are ignored, so that they cannot cut short the
    recording of the stop or print a traceback."""
    global _requested
    if _requested is not None:
        return
    _requested = Terminated if signum == signal.SIGTERM else KeyboardInterrupt
    if _interruptible:
        raise _requested()


def requested() -> bool:
    return _requested is not None


def check() -> None:
    """At a safe point of the load: raise the stop asked for, unless it is already being
    handled."""
    if _requested is not None and not _seen:
        raise _requested()


def seen() -> None:
    """The stop has been caught and is being handled: safe points let the cleanup pass."""
    global _seen
    _seen = True


def reset() -> None:
    global _requested, _seen
    _requested, _seen = None, False


class interruptible:
    """A block the stop may interrupt at once: it holds no database state."""

    def __enter__(self) -> None:
        global _interruptible
        _interruptible += 1
        try:
            check()
        except BaseException:
            _interruptible -= 1
            raise

    def __exit__(self, exc_type, exc, tb) -> None:
        global _interruptible
        _interruptible -= 1
