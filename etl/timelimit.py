"""A bound on the time one document's extraction may take, inside the process extracting it.

Why a signal: extraction is pure Python code over one string, with no point where it could ask
whether it has run long enough, and a page that makes some stage slow (an endless line, an OCR'd
table of thousands of numbers) must not hold the whole load. SIGALRM's handler runs between two
bytecodes of the main thread and raises there, wherever the extraction has got to. It cannot
interrupt one long call into compiled code; the worker pool (pool.py) kills a worker stuck so.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeLimitExceeded(BaseException):
    """Raised in the extracting code when its time is up. A BaseException, so that code which
    catches ``Exception`` to carry on does not swallow it and run on."""


# After the limit, the alarm repeats this often until the block is left: should something catch
# the first exception anyway, the next one arrives soon after.
REPEAT_SECONDS = 0.25


def can_limit() -> bool:
    """Whether this thread can bound a block's time: only the main thread receives signal
    handlers' exceptions, and only POSIX has interval timers."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


# Whether ``handling_alarms`` has put ``_on_alarm`` in place, and whether a ``time_limit``
# block is running now (the handler raises only then: an alarm that comes just after the
# block was left is ignored).
_installed = False
_armed = False


def _on_alarm(signum, frame):
    if _armed:
        raise TimeLimitExceeded()


@contextmanager
def handling_alarms() -> Iterator[None]:
    """Keep the alarm handler in place for many ``time_limit`` blocks (a load's documents),
    which then only set and clear the timer. ``signal.signal`` maps the old handler through
    an enum lookup that fails for a function, so installing and restoring a handler around
    every document cost 53,000 instructions a page (cachegrind, 600 People's Daily pages)."""
    global _installed
    if _installed or not can_limit():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    _installed = True
    try:
        yield
    finally:
        _installed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``TimeLimitExceeded`` in the block once it has run ``seconds`` (wall clock). No
    limit when ``seconds`` is None or 0, or when this thread cannot have one (``can_limit``).
    Outside ``handling_alarms`` the handler is put in place for the block alone."""
    global _armed
    if not seconds or not can_limit():
        yield
        return
    with handling_alarms():
        _armed = True
        signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT_SECONDS)
        try:
            yield
        finally:
            _armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
