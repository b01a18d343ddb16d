"""``query save`` prepares the SQL before it stores it: SQL that cannot run (``...``, ``selec``,
a missing table) or that writes (``DELETE``, ``VACUUM INTO``) is refused with the reason, on
both backends, and nothing is stored; SQL that can run is saved with the parameters found."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from minsheng import migrations
from minsheng.cli import app

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def kb(db):
    migrations.upgrade(db.engine())
    return db


def _saved(kb) -> list[tuple]:
    return kb.q("SELECT name FROM saved_queries ORDER BY name")


@pytest.mark.parametrize("sql, reason", [
    ("...", "syntax error"),
    ("selec * from documents", "syntax error"),
    ("SELECT * FROM no_such_table", "no_such_table"),
    ("SELECT nonsense_column FROM documents", "nonsense_column"),
    ("DELETE FROM documents", "write statements are refused"),
    ("UPDATE documents SET name = :name", "write statements are refused"),
    ("CREATE TABLE scratch (x INTEGER)", "write statements are refused"),
    # SQLite has no writing WITH: a syntax error there, a plan that modifies on PostgreSQL
    ("WITH gone AS (DELETE FROM documents RETURNING id) SELECT COUNT(*) FROM gone",
     "refused|syntax error"),
])
def test_sql_that_cannot_run_or_writes_is_refused_with_the_reason(kb, sql, reason):
    r = invoke("query", "save", "mine", "--sql", sql, "--db", kb.url)
    said = " ".join(r.output.split())
    assert r.exit_code == 2, said
    assert said.startswith("error: the query cannot be saved: ")
    assert any(words in said for words in reason.split("|")), said
    assert len(r.output.strip().splitlines()) == 1
    assert _saved(kb) == []


def test_vacuum_into_is_refused_on_sqlite(tmp_path):
    path = tmp_path / "kb.db"
    assert invoke("db", "upgrade", "--db", path).exit_code == 0
    r = invoke("query", "save", "steal", "--sql", f"VACUUM INTO '{tmp_path}/copy.db'",
               "--db", path)
    assert r.exit_code == 2 and "write statements are refused" in r.output
    assert not (tmp_path / "copy.db").exists()


def test_sql_that_can_run_is_saved_with_its_parameters(kb):
    sql = ("-- title: Documents by name\n"
           "SELECT name, status FROM documents WHERE name LIKE :pattern AND status <> :status")
    r = invoke("query", "save", "by-name", "--sql", sql, "--db", kb.url)
    assert r.exit_code == 0, r.output
    assert "saved query by-name (parameters: pattern, status)" in r.output
    assert _saved(kb) == [("by-name",)]
    ran = invoke("query", "run", "by-name", "-p", "pattern=%", "-p", "status=x",
                 "--db", kb.url, "-f", "csv")
    assert ran.exit_code == 0 and ran.stdout == "name,status\n"
