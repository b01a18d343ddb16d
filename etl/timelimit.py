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


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``TimeLimitExceeded`` in the block once it has run ``seconds`` (wall clock). No
    limit when ``seconds`` is None or 0, or when this thread cannot have one (``can_limit``)."""
    if not seconds or not can_limit():
        yield
        return
    armed = True

    def on_alarm(signum, frame):
        if armed:
            raise TimeLimitExceeded()
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT_SECONDS)
    try:
        yield
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
