"""``minsheng sql`` and saved queries only read: on SQLite an authorizer refuses every action
that writes, ATTACH and DETACH, VACUUM and VACUUM INTO (which wrote a full copy of the
database to any path), with a line that says what was refused; on PostgreSQL the read-only
transaction refuses them. Reading, reflection and full-text search still work."""
from __future__ import annotations

import hashlib
import shutil

import pytest
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.models.database import open_engine
from minsheng.models.saved_queries import run_sql

runner = CliRunner()
REFUSED = "the database is opened read-only; write statements are refused"


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def kb(tmp_path, seeds_db):
    path = tmp_path / "kb.db"
    shutil.copy(seeds_db, path)
    return path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("statement, refused", [
    ("VACUUM INTO '{dir}/copy.db'", "ATTACH of '{dir}/copy.db'"),
    ("VACUUM", "VACUUM (it rewrites the database)"),
    ("ATTACH DATABASE '{dir}/new.db' AS extra", "ATTACH of '{dir}/new.db'"),
    ("DETACH DATABASE main", "DETACH main"),
    ("DELETE FROM figures", "DELETE figures"),
    ("INSERT INTO kb_meta(key, value) VALUES ('x', 'y')", "INSERT kb_meta"),
    ("CREATE TEMP TABLE scratch AS SELECT 1 AS x", "CREATE of a temporary table, view, index or trigger"),
    ("REINDEX", "REINDEX"),
    ("ANALYZE", "ANALYZE"),
    ("PRAGMA user_version = 7", "PRAGMA user_version = 7"),
    ("PRAGMA wal_checkpoint", "PRAGMA wal_checkpoint"),
])
def test_sqlite_refuses_every_write_and_names_it(kb, tmp_path, statement, refused):
    before = _digest(kb)
    sql = statement.format(dir=tmp_path)
    r = invoke("sql", sql, "--db", kb)
    said = " ".join(r.output.split())
    assert r.exit_code == 2
    assert f"error: {REFUSED} ({refused.format(dir=tmp_path)}" in said
    assert len(r.output.strip().splitlines()) == 1
    assert _digest(kb) == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("kb.db")) == []


def test_a_saved_query_that_writes_is_refused_when_run_too(kb, tmp_path):
    # saved before this version checked what it saves: written straight into the table
    engine = open_engine(str(kb))
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO saved_queries (name, sql, created_at, updated_at) "
                             f"VALUES ('copy', 'VACUUM INTO ''{tmp_path}/stolen.db''', "
                             "'2026-01-01', '2026-01-01')")
    engine.dispose()
    r = invoke("query", "run", "copy", "--db", kb)
    assert r.exit_code == 2 and REFUSED in " ".join(r.output.split())
    assert not (tmp_path / "stolen.db").exists()


@pytest.mark.parametrize("sql, expected", [
    ("SELECT COUNT(*) FROM documents", [(5,)]),
    ("SELECT name FROM pragma_table_info('kb_meta') ORDER BY cid", [("key",), ("value",)]),
    ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) "
     "SELECT SUM(i) FROM n", [(6,)]),
    ("SELECT COUNT(*) > 0 FROM article_search WHERE article_search MATCH '滨州市'", [(1,)]),
])
def test_sqlite_reads_still_answer(kb, sql, expected):
    engine = open_engine(str(kb), readonly=True)
    with engine.connect() as conn:
        assert list(run_sql(conn, sql, {})[1]) == expected
    engine.dispose()


def test_reflection_and_search_work_under_the_authorizer(kb):
    r = invoke("search", "滨州", "--db", kb, "-f", "csv")
    assert r.exit_code == 0 and r.stdout.count("\n") > 1
    r = invoke("query", "list", "--db", kb, "-f", "csv")
    assert r.exit_code == 0 and "region_figures" in r.stdout


@pytest.mark.parametrize("statement", [
    "DELETE FROM figures",
    "CREATE TABLE scratch (x INTEGER)",
    "UPDATE documents SET name = 'x'",
    "VACUUM",
])
def test_both_backends_refuse_writes_through_sql(seeds, statement):
    before = seeds.q("SELECT COUNT(*), MIN(name) FROM documents")
    r = invoke("sql", statement, "--db", seeds.url)
    assert r.exit_code == 2
    said = " ".join(r.output.split())
    assert REFUSED in said
    assert len(r.output.strip().splitlines()) == 1
    assert seeds.q("SELECT COUNT(*), MIN(name) FROM documents") == before


def test_postgresql_copy_to_a_server_file_is_refused(seeds_pg, tmp_path):
    """A read-only transaction lets a superuser COPY a table into a file on the server."""
    stolen = tmp_path / "stolen.csv"
    r = invoke("sql", f"/* a comment first */ COPY documents TO '{stolen}'", "--db", seeds_pg.url)
    assert r.exit_code == 2
    assert (f"{REFUSED} (COPY is not allowed: only SELECT, WITH, VALUES, TABLE, EXPLAIN, SHOW "
            "statements run)") in " ".join(r.output.split())
    assert not stolen.exists()
