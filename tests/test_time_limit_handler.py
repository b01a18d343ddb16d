"""timelimit: the alarm handler is put in place once for a load's documents, not per
document, and whatever handler was there before comes back afterwards."""
from __future__ import annotations

import signal
import time

import pytest

from minsheng.etl import timelimit
from minsheng.etl.timelimit import TimeLimitExceeded, handling_alarms, time_limit


def _busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


@pytest.fixture
def counted_installs(monkeypatch):
    calls = []
    real = signal.signal

    def counting(signum, handler):
        if signum == signal.SIGALRM:
            calls.append(handler)
        return real(signum, handler)
    monkeypatch.setattr(timelimit.signal, "signal", counting)
    return calls


def test_inside_handling_alarms_the_handler_is_installed_once(counted_installs):
    before = signal.getsignal(signal.SIGALRM)
    with handling_alarms():
        for _ in range(5):
            with time_limit(5):
                pass
        with pytest.raises(TimeLimitExceeded):
            with time_limit(0.05):
                _busy(2)
        with time_limit(5):  # the next block runs on
            _busy(0.1)
    assert len(counted_installs) == 2  # put in place, then the old one restored
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_alone_a_block_installs_and_restores(counted_installs):
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(TimeLimitExceeded):
        with time_limit(0.05):
            _busy(2)
    assert len(counted_installs) == 2
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_an_alarm_after_the_block_is_ignored():
    with handling_alarms():
        with time_limit(5):
            pass
        signal.setitimer(signal.ITIMER_REAL, 0.02)  # a late alarm: no block is running
        _busy(0.1)  # no exception


def test_no_limit_touches_no_handler(counted_installs):
    with time_limit(None):
        _busy(0.01)
    with time_limit(0):
        pass
    assert counted_installs == []
