"""On SQLite, a group of new documents leaves its articles', figures', mentions' and facts'
inserts to the indexing thread (load.Deferred): SQLite's own work on those rows then runs
beside the extraction of the next pages. These tests check that the rows really go there,
that the ids handed out before the rows exist do not collide (a collision would roll the
group back and store it page by page: the load would still succeed, so that is asserted
too), and that a replaced page, whose figures the facts refresh reads back, is stored on
the extracting thread as before."""
from __future__ import annotations

import re
import shutil
import threading
from collections import defaultdict

import pytest
from sqlalchemy import event

from minsheng.etl import writer
from minsheng.etl.importer import SEEDS, run_import
from minsheng.models.database import open_engine

_INSERT = re.compile(r"INSERT INTO (\w+)")


@pytest.fixture
def watched(tmp_path, monkeypatch):
    """A SQLite engine whose INSERTs are recorded with the thread that ran them, and a load
    that fails the test when a group is stored again page by page."""
    engine = open_engine(str(tmp_path / "kb.db"))
    threads: dict[str, set[str]] = defaultdict(set)

    @event.listens_for(engine, "before_cursor_execute")
    def record(conn, cursor, statement, parameters, context, executemany):
        m = _INSERT.match(statement)
        if m:
            threads[m.group(1)].add(threading.current_thread().name)

    def no_replay(self, items):
        raise AssertionError(f"a group of {len(items)} documents was stored again page by page")

    monkeypatch.setattr(writer.Writer, "_replay", no_replay)
    yield engine, threads
    engine.dispose()


def test_a_new_groups_rows_go_in_on_the_indexing_thread(watched):
    engine, threads = watched
    summary = run_import(engine, workers=1)
    assert (summary.added, summary.failed) == (5, 0)
    held = {"articles", "figures", "facts", "region_mentions", "organization_mentions",
            "figure_regions", "fact_sources"}
    for table in held:
        assert threads[table], f"no row went into {table}"
        assert all(t.startswith("minsheng-search-index") for t in threads[table]), (table, threads[table])
    # what is read back in the same group, and the catalog, stay on the extracting thread
    assert threads["documents"] == {"MainThread"}
    assert threads["reporting_periods"] == {"MainThread"}
    with engine.connect() as conn:
        # derived facts were given ids after the held reported facts, and their sources exist
        derived = conn.exec_driver_sql(
            "SELECT COUNT(*) FROM facts f JOIN fact_sources s ON s.fact_id = f.id "
            "WHERE f.kind = 'derived'").scalar()
        assert derived > 0
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM figures WHERE fact_id IS NULL").scalar() == 0
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []


def test_a_replaced_page_is_stored_on_the_extracting_thread(tmp_path, watched):
    engine, threads = watched
    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages)
    assert run_import(engine, [pages], workers=1).added == 5
    page = sorted(pages.glob("*.txt"))[0]
    page.write_bytes(page.read_bytes() + "\n补记：当年共发放互助金120万元。\n".encode("utf-8"))
    threads.clear()
    summary = run_import(engine, [pages], workers=1)
    assert (summary.changed, summary.unchanged, summary.failed) == (1, 4, 0)
    assert threads["figures"] == {"MainThread"}
    with engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT COUNT(*) FROM figures WHERE value = 1200000").scalar() == 1
