"""``minsheng query copy``: the queries people saved come along when the knowledge base moves
(from the SQLite file to PostgreSQL, where the pages are loaded again)."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from minsheng.cli import app

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def old(tmp_path, seeds_db) -> str:
    """The SQLite knowledge base someone has been using, with two queries of their own."""
    path = tmp_path / "old.db"
    path.write_bytes(Path(seeds_db).read_bytes())
    assert invoke("query", "save", "yuan-figures", "--db", path, "--title", "Figures in 元",
                  "--sql", "SELECT COUNT(*) AS n FROM figure_facts WHERE unit = '元'").exit_code == 0
    assert invoke("query", "save", "by-unit", "--db", path, "--description", "one unit",
                  "--sql", "SELECT COUNT(*) AS n FROM figure_facts WHERE unit = :unit"
                  ).exit_code == 0
    return str(path)


def saved(url: str) -> list[tuple]:
    """Every saved query's columns, typed (timestamps as datetimes on both backends)."""
    from sqlalchemy import select

    from minsheng.models import schema as m
    from minsheng.models.database import open_engine
    engine = open_engine(url)
    q = m.SavedQuery
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(select(
                q.name, q.title, q.description, q.sql, q.created_at, q.updated_at
            ).order_by(q.name))]
    finally:
        engine.dispose()


def test_the_queries_arrive_as_they_were_saved_and_run_there(old, db):
    assert invoke("db", "upgrade", "--db", db.url).exit_code == 0
    r = invoke("query", "copy", "--from", old, "--db", db.url)
    assert r.exit_code == 0, r.output
    assert "2 saved queries copied: by-unit, yuan-figures" in r.output
    assert saved(db.url) == saved(old)
    assert saved(db.url)[1][:2] == ("yuan-figures", "Figures in 元")
    # the target has no pages yet: the queries run there and count nothing
    r = invoke("query", "run", "by-unit", "-p", "unit=元", "--db", db.url, "-f", "csv")
    assert r.exit_code == 0 and r.stdout == "n\n0\n"


def test_a_name_taken_in_the_target_stops_the_copy_unless_replace(old, tmp_path):
    new = tmp_path / "new.db"
    assert invoke("db", "upgrade", "--db", new).exit_code == 0
    assert invoke("query", "save", "by-unit", "--db", new, "--sql", "SELECT 1 AS one").exit_code == 0
    r = invoke("query", "copy", "--from", old, "--db", new)
    assert r.exit_code == 2
    assert "already has saved queries named by-unit; use --replace" in " ".join(r.output.split())
    assert [q[0] for q in saved(str(new))] == ["by-unit"]  # nothing copied
    assert saved(str(new))[0][3] == "SELECT 1 AS one"
    r = invoke("query", "copy", "--from", old, "--db", new, "--replace")
    assert r.exit_code == 0, r.output
    assert saved(str(new)) == saved(old)


def test_a_target_without_schema_or_a_source_that_is_no_knowledge_base_is_refused(old, tmp_path):
    r = invoke("query", "copy", "--from", old, "--db", tmp_path / "empty.db")
    assert r.exit_code == 2 and "has no schema yet" in r.output
    other = tmp_path / "other.db"
    import sqlite3
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    r = invoke("query", "copy", "--from", other, "--db", old)
    assert r.exit_code == 2 and "has no saved queries table" in r.output
    r = invoke("query", "copy", "--from", tmp_path / "typo.db", "--db", old)
    assert r.exit_code == 2 and "typo.db does not exist: --from names" in " ".join(r.output.split())
