"""Schema changes are all or nothing: a load or ``db upgrade`` that dies while the schema is
made leaves the database as it was, and a database an older version left half-made (tables,
no revision) is made whole again when nothing is in it, or refused with a line that says why.

The kill test SIGKILLs real ``minsheng load`` processes (bench/kill_during_load.py runs the
same with 30 kills or more)."""
from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, inspect

from minsheng import migrations
from minsheng.etl.importer import run_import
from minsheng.models import Base
from minsheng.models.database import open_engine

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from kill_during_load import run as kill_and_reload  # noqa: E402
from kill_during_load import summary as kill_summary  # noqa: E402


class Boom(RuntimeError):
    pass


def _fail_at_statement(engine, number: int, prefix: str):
    """Raise just before the ``number``th statement starting with ``prefix`` is sent."""
    seen = 0

    @event.listens_for(engine, "before_cursor_execute")
    def count(conn, cursor, statement, parameters, context, executemany):
        nonlocal seen
        if statement.lstrip().upper().startswith(prefix):
            seen += 1
            if seen == number:
                raise Boom(f"stopped before {prefix} number {number}")
    return count


def _tables(engine) -> set[str]:
    with engine.connect() as conn:
        return {t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")}


@pytest.mark.parametrize("number", [2, 9, 17])
def test_a_schema_creation_stopped_halfway_leaves_no_table(db, number):
    engine = db.engine()
    listener = _fail_at_statement(engine, number, "CREATE TABLE")
    with pytest.raises(Boom):
        migrations.upgrade(engine)
    event.remove(engine, "before_cursor_execute", listener)
    assert _tables(engine) - {"alembic_version"} == set()
    assert migrations.current(engine) is None
    migrations.upgrade(engine)
    assert migrations.current(engine) == migrations.head()
    assert {"import_runs", "documents", "figures"} <= _tables(engine)


def test_a_later_revision_stopped_halfway_leaves_the_one_before(db_path):
    engine = open_engine(db_path)
    migrations.upgrade(engine, "0004")
    with engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT type, name, sql FROM sqlite_master "
                                      "ORDER BY name").fetchall()
    listener = _fail_at_statement(engine, 1, "CREATE TRIGGER")  # 0005 replaces a trigger
    with pytest.raises(Boom):
        migrations.upgrade(engine)
    event.remove(engine, "before_cursor_execute", listener)
    assert migrations.current(engine) == "0004"
    with engine.connect() as conn:
        after = conn.exec_driver_sql("SELECT type, name, sql FROM sqlite_master "
                                     "ORDER BY name").fetchall()
    assert after == before
    assert ("trigger", "article_search_insert") in {(t, n) for t, n, _ in after}


def test_the_connection_is_the_usual_one_after_a_migration(db_path):
    engine = open_engine(db_path)
    migrations.upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.connection.driver_connection.isolation_level == ""


def _half_made(path: str, tables=("import_runs", "documents", "articles")) -> None:
    """What a version that created the tables one by one left when killed: some tables, an
    empty alembic_version."""
    engine = open_engine(path)
    with engine.begin() as conn:
        for name in tables:
            Base.metadata.tables[name].create(conn)
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    engine.dispose()


def test_an_empty_half_made_database_is_made_whole_by_the_next_load(db_path, tmp_path, caplog):
    _half_made(db_path)
    page = tmp_path / "page.txt"
    page.write_text("滨州市总工会：全市职工医疗互助覆盖12345人。\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="minsheng.migrations"):
        summary = run_import(open_engine(db_path), [page])
    assert (summary.added, summary.failed) == (1, 0)
    assert "3 empty tables and no schema revision" in caplog.text
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
        (migrations.head(),)]
    assert con.execute("SELECT COUNT(*) FROM figures").fetchone()[0] >= 1


def test_a_half_made_database_with_rows_is_refused_with_the_reason(db_path):
    _half_made(db_path, ("import_runs", "kb_meta"))
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO kb_meta (key, value) VALUES ('gazetteer', '2024')")
    con.commit()
    con.close()
    done = subprocess.run([sys.executable, "-c", "from minsheng.cli import main; main()",
                           "db", "upgrade", "--db", db_path], capture_output=True, text=True)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "(kb_meta) holding rows but no schema revision" in lines[0]
    assert "record it with `minsheng db stamp REVISION`" in lines[0]
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT value FROM kb_meta").fetchall() == [("2024",)]  # untouched


def test_a_whole_schema_that_lost_its_revision_is_repaired_by_stamp(db_path):
    engine = open_engine(db_path)
    migrations.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO kb_meta (key, value) VALUES ('gazetteer', '2024')")
        conn.exec_driver_sql("DELETE FROM alembic_version")
    with pytest.raises(migrations.MigrationError, match="no schema revision"):
        migrations.upgrade(engine)
    cli = [sys.executable, "-c", "from minsheng.cli import main; main()", "db"]
    stamped = subprocess.run([*cli, "stamp", "head", "--db", db_path], capture_output=True,
                             text=True)
    assert stamped.returncode == 0 and f"schema at {migrations.head()}" in stamped.stdout
    migrations.upgrade(engine)
    assert migrations.current(engine) == migrations.head()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT value FROM kb_meta").scalar() == "2024"


def test_loads_killed_during_schema_creation_leave_loadable_databases(tmp_path):
    """Six kills between 0 and 80 ms after the file appears (bench/kill_during_load.py: 30+)."""
    outcomes = kill_and_reload(tmp_path, kills=6, max_ms=80.0, report=lambda line: None)
    result = kill_summary(outcomes)
    assert result["failures"] == []
    assert result["loadable_again"] == 6
    assert "half-made" not in result["left"]
