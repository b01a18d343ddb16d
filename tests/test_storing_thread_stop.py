"""A stop that comes while the storing thread (PostgreSQL's) is still busy with a call must not
drop the end-of-calls marker the loader has queued for it: the thread would then wait for a
next call forever, and the loader with it (a stopped load that never ended, seen twice in CI
as `test_a_stop_on_postgresql_cancels_the_group_being_stored` timing out)."""
from __future__ import annotations

import queue
import threading
import time
from types import SimpleNamespace

import pytest

from minsheng.etl import stop
from minsheng.etl.writer import StoringThread


@pytest.fixture
def clean_stop():
    stop.reset()
    yield
    stop.reset()


def _thread_busy_for(seconds: float) -> StoringThread:
    """A StoringThread whose writer is a stand-in (no connection to cancel), running one call
    that takes ``seconds``, as a statement being rolled back does."""
    st = StoringThread.__new__(StoringThread)
    st._writer = SimpleNamespace(conn=SimpleNamespace(connection=SimpleNamespace(dbapi_connection=None)))
    st._queue = queue.Queue(maxsize=4)
    st._error = None
    st._thread = threading.Thread(target=st._run, daemon=True)
    busy = threading.Event()

    def slow_call():
        busy.set()
        time.sleep(seconds)

    st._thread.start()
    st._queue.put((slow_call,))
    assert busy.wait(5)
    return st


def test_a_stop_while_the_thread_is_busy_still_ends_it(monkeypatch, clean_stop):
    st = _thread_busy_for(0.6)  # longer than _finish's 0.1 s between its looks at the stop
    monkeypatch.setattr(stop, "_requested", stop.Terminated)
    finishing = threading.Thread(target=st._finish, daemon=True)
    finishing.start()
    finishing.join(5)
    assert not finishing.is_alive(), "the loader waits for a storing thread that never ends"
    assert not st._thread.is_alive()


def test_the_calls_queued_behind_are_dropped(monkeypatch, clean_stop):  # (what the stop is for)
    st = _thread_busy_for(0.3)
    ran = []
    st._queue.put((lambda: ran.append(1),))
    monkeypatch.setattr(stop, "_requested", stop.Terminated)
    st._finish()
    assert ran == [] and not st._thread.is_alive()
