"""Storing on a thread (PostgreSQL): the calls are carried out in the order made, exactly as a
Writer would carry them out, and an error on the thread reaches the loading thread."""
from __future__ import annotations

import os
import threading

import pytest

from minsheng import migrations
from minsheng.etl import writer
from minsheng.etl.importer import RunSummary, run_import
from minsheng.etl.writer import IndexingWriter, StoringThread, Writer, open_writer


class Recorder:
    """Stands in for Writer: records each call and the thread it ran on."""

    def __init__(self, *args, fail_on: str | None = None, **kwargs):
        self.calls: list[tuple] = []
        self.threads: set[str] = set()
        self.fail_on = fail_on

    def _record(self, *call):
        self.threads.add(threading.current_thread().name)
        if self.fail_on is not None and call[1] == self.fail_on:
            raise RuntimeError(f"refused {call[1]}")
        self.calls.append(call)

    def add(self, path, doc):
        self._record("add", path)

    def unchanged(self, path):
        self._record("unchanged", path)

    def fail(self, path, reason, src=None):
        self._record("fail", path, reason)

    def flush(self):
        self._record("flush", None)


def storing_thread(monkeypatch, **kwargs) -> tuple[StoringThread, Recorder]:
    rec = Recorder(**kwargs)
    monkeypatch.setattr(writer, "Writer", lambda *a, **k: rec)
    return StoringThread(None), rec


def test_calls_run_on_the_thread_in_order_and_the_last_group_is_stored(monkeypatch):
    st, rec = storing_thread(monkeypatch)
    with st:
        for i in range(1500):  # more than the queue holds: the caller waits its turn
            st.add(f"a{i}", None)
        st.unchanged("u")
        st.fail("f", "cannot read")
        st.add("last", None)
    assert rec.calls == ([("add", f"a{i}") for i in range(1500)]
                         + [("unchanged", "u"), ("fail", "f", "cannot read"), ("add", "last"),
                            ("flush", None)])
    assert rec.threads == {"minsheng-storing"}


def test_an_error_in_the_loading_thread_drops_what_was_not_stored(monkeypatch):
    st, rec = storing_thread(monkeypatch)
    with pytest.raises(KeyError):
        with st:
            st.add("a", None)
            raise KeyError("extraction stopped")
    assert rec.calls == [("add", "a")]  # no flush: the pending group is never committed


def test_an_error_on_the_thread_is_raised_in_the_loading_thread(monkeypatch):
    st, rec = storing_thread(monkeypatch, fail_on="b")
    with pytest.raises(RuntimeError, match="refused b"):
        with st:
            st.add("a", None)
            st.add("b", None)
            st._thread.join(timeout=5)  # the thread has stopped on the error
            st.add("c", None)  # the next call raises it
    assert rec.calls == [("add", "a")]


def test_an_error_on_the_thread_is_raised_when_the_block_ends(monkeypatch):
    st, rec = storing_thread(monkeypatch, fail_on="b")
    with pytest.raises(RuntimeError, match="refused b"):
        with st:
            st.add("a", None)
            st.add("b", None)


def test_postgresql_stores_on_a_thread_and_sqlite_indexes_on_one(db):
    engine = db.engine()
    migrations.upgrade(engine)
    with engine.connect() as conn:
        w = open_writer(conn, RunSummary(), {}, {}, lambda p, o: None, "v")
        assert type(w) is (StoringThread if db.backend == "postgresql" else IndexingWriter)


def test_progress_comes_in_the_same_order_on_either_backend(db, tmp_path):
    """Skipped files as they are seen, stored ones when their group commits."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(6):
        (pages / f"p{i}.txt").write_text(f"本报讯 第{i}页：今年发放互助金{i + 1}万元。\n", encoding="utf-8")
    engine = db.engine()
    assert run_import(engine, [pages]).added == 6
    (pages / "p3.txt").write_text("本报讯 改过的一页：发放互助金9万元。\n", encoding="utf-8")
    seen = []
    summary = run_import(engine, [pages], progress=lambda p, outcome: seen.append(
        (p.rsplit("/", 1)[-1], outcome)))
    assert seen == [("p0.txt", "unchanged"), ("p1.txt", "unchanged"), ("p2.txt", "unchanged"),
                    ("p4.txt", "unchanged"), ("p5.txt", "unchanged"), ("p3.txt", "changed")]
    assert (summary.changed, summary.unchanged) == (1, 5)


def test_workers_are_forked_before_the_storing_thread_starts(db, tmp_path):
    """A fork copies only the forking thread: a lock the storing (or indexing) thread held at
    that moment would stay held in the worker for good."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(40):
        (pages / f"p{i:02}.txt").write_text(f"本报讯 第{i}页：今年发放互助金{i + 1}万元。\n",
                                            encoding="utf-8")
    threads_at_fork: list[set[str]] = []
    os.register_at_fork(before=lambda: threads_at_fork.append(
        {t.name for t in threading.enumerate()}))
    summary = run_import(db.engine(), [pages], workers=2)
    assert summary.added == 40
    assert len(threads_at_fork) >= 2  # the hook stays registered: later forks add entries
    # neither the PostgreSQL storing thread nor SQLite's search-index thread
    assert not any(n.startswith("minsheng-") for names in threads_at_fork for n in names)


def test_storing_and_indexing_threads_leave_sigterm_to_the_main_thread(db, monkeypatch):
    """The kernel delivers a signal to any thread that does not block it, and there it cuts
    short the system call in progress (a PostgreSQL statement of the storing thread)."""
    import signal
    masks: list[tuple[str, set]] = []

    def recording(method):
        def run(*args, **kwargs):
            masks.append((threading.current_thread().name,
                          set(signal.pthread_sigmask(signal.SIG_BLOCK, []))))
            return method(*args, **kwargs)
        return run
    # the index-and-commit step runs on SQLite's indexing thread, a group's storing on
    # PostgreSQL's storing thread
    monkeypatch.setattr(writer, "_index_and_commit", recording(writer._index_and_commit))
    monkeypatch.setattr(Writer, "_store_group", recording(Writer._store_group))
    summary = run_import(db.engine())
    assert summary.added == 5
    on_threads = [(name, mask) for name, mask in masks if name != "MainThread"]
    assert on_threads, masks
    for name, mask in on_threads:
        assert {signal.SIGTERM, signal.SIGINT} <= mask, name
    assert signal.SIGTERM not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
