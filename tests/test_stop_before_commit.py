"""A stop asked for while a group is on its way to the database rolls the group back. The
indexing thread looks for the stop itself before each statement and before the commit: the
``sqlite3_interrupt`` sent from the main thread is lost when it falls between two statements
(SQLite clears it as the next one starts), and a lost interrupt let the group commit after
the stop, so a stopped load could store everything it had read."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from minsheng.etl import stop, writer
from minsheng.etl.importer import run_import
from minsheng.models import schema as m
from minsheng.models.database import open_engine

from conftest import union_pages


@pytest.fixture
def clean_stop():
    stop.reset()
    yield
    stop.reset()


def _stop_when_indexing_starts(monkeypatch, groups_before: int = 0):
    """SIGTERM's record of a stop, made as the indexing thread takes up a group: the main
    thread's interrupt then finds no statement running (the groups are tiny)."""
    real = writer._index_and_commit
    seen = []

    def stop_then_index(*args):
        seen.append(1)
        if len(seen) > groups_before:
            monkeypatch.setattr(stop, "_requested", stop.Terminated)
        return real(*args)
    monkeypatch.setattr(writer, "_index_and_commit", stop_then_index)


def _loaded(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(m.Document)
                            .where(m.Document.status == "loaded")).scalar_one()


def test_a_stop_before_the_commit_stores_nothing_of_the_group(tmp_path, monkeypatch, clean_stop):
    folder = union_pages(tmp_path / "pages", 3)  # one group
    engine = open_engine(str(tmp_path / "kb.db"))
    _stop_when_indexing_starts(monkeypatch)
    with pytest.raises(stop.Terminated) as caught:
        run_import(engine, [folder], workers=1)
    assert (caught.value.summary.status, caught.value.summary.message) == (
        "failed", "stopped by SIGTERM")
    assert _loaded(engine) == 0
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM article_search").scalar_one() == 0
        assert conn.execute(select(m.ImportRun.status, m.ImportRun.message)).all() == [
            ("failed", "stopped by SIGTERM")]


def test_the_groups_committed_before_the_stop_stay_and_the_next_run_adds_the_rest(
        tmp_path, monkeypatch, clean_stop):
    folder = union_pages(tmp_path / "pages", 12)
    monkeypatch.setattr(writer, "GROUP_DOCUMENTS", 5)  # groups of 5, 5 and 2
    monkeypatch.setattr(writer, "GROUP_SECONDS", 1e9)
    monkeypatch.setattr(writer, "TAIL_MIN_DOCUMENTS", 1_000)
    engine = open_engine(str(tmp_path / "kb.db"))
    _stop_when_indexing_starts(monkeypatch, groups_before=1)
    with pytest.raises(stop.Terminated):
        run_import(engine, [folder], workers=1)
    assert _loaded(engine) == 5
    monkeypatch.undo()
    stop.reset()
    summary = run_import(engine, [folder], workers=1)
    assert (summary.added, summary.unchanged, summary.failed) == (7, 5, 0)


class _InterruptedRollback:
    """A transaction whose rollback the stop's interrupt fell on: SQLite failed it."""

    def rollback(self):
        import sqlite3
        raise sqlite3.OperationalError("interrupted")


def test_an_interrupted_rollback_is_made_again_and_frees_the_database(tmp_path):
    engine = open_engine(str(tmp_path / "kb.db"))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    conn = engine.connect()
    conn.begin()
    conn.exec_driver_sql("INSERT INTO t VALUES (1)")  # the write lock is taken
    writer.roll_back(conn, _InterruptedRollback())
    other = engine.connect()
    other.exec_driver_sql("INSERT INTO t VALUES (2)")  # not "database is locked"
    other.commit()
    assert [r[0] for r in other.exec_driver_sql("SELECT x FROM t")] == [2]
    other.close()
    conn.close()
