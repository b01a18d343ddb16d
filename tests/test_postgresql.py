"""Where the backends differ: URLs and drivers, read-only SQL, text PostgreSQL refuses, dates,
booleans and the import lock. Each behaviour is asserted on both backends unless it only
exists on one."""
from __future__ import annotations

import sys
from datetime import date

import pytest
from typer.testing import CliRunner

from minsheng import migrations
from minsheng.cli import app
from minsheng.etl.load import Catalog, SourceFile, ensure_regions, save_document
from minsheng.etl.lock import LockError, import_lock
from minsheng.etl.records import Article, ArticleResult, DocumentResult, Figure, Period
from minsheng.models.database import DatabaseError, open_engine, resolve_url

runner = CliRunner()


@pytest.mark.parametrize("given", ["postgresql://kb@db.example/kb", "postgres://kb@db.example/kb"])
def test_a_postgresql_url_without_driver_means_psycopg_3(given):
    assert resolve_url(given) == "postgresql+psycopg://kb@db.example/kb"


def test_an_explicit_driver_is_kept():
    assert resolve_url("postgresql+asyncpg://kb@h/kb") == "postgresql+asyncpg://kb@h/kb"


def test_missing_driver_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg -> ModuleNotFoundError
    with pytest.raises(DatabaseError, match=r"not installed.*psycopg.*minsheng-kb\[pg\]"):
        open_engine("postgresql://kb@localhost/kb")
    result = runner.invoke(app, ["stats", "--db", "postgresql://kb@localhost/kb"])
    assert result.exit_code == 2 and "minsheng-kb[pg]" in result.output


# -- read-only SQL -------------------------------------------------------------------------------

def test_sql_answers_selects_with_parameters(seeds):
    result = runner.invoke(app, ["sql", "--db", seeds.url, "SELECT COUNT(*) AS n FROM figure_facts "
                                 "WHERE unit = :u", "-p", "u=人次"])
    assert result.exit_code == 0, result.output
    expected = seeds.q("SELECT COUNT(*) FROM figure_facts WHERE unit = '人次'")[0][0]
    assert expected > 0 and str(expected) in result.output


@pytest.mark.parametrize("statement", [
    "DELETE FROM figures",
    "UPDATE figures SET value = 0",
    "COMMIT; DELETE FROM figures",           # would end a read-only transaction and go on
    "SELECT 1; DELETE FROM figures",
    "CREATE TABLE scratch (x INTEGER)",
])
def test_sql_cannot_change_anything(seeds, statement):
    before = seeds.q("SELECT COUNT(*), SUM(value) FROM figures")
    result = runner.invoke(app, ["sql", "--db", seeds.url, statement])
    assert result.exit_code == 2
    said = " ".join(result.output.split())
    if ";" not in statement:  # the refusal says why, not "syntax error" (a cursor's DECLARE)
        assert "the database is opened read-only; write statements are refused" in said
    assert seeds.q("SELECT COUNT(*), SUM(value) FROM figures") == before
    assert "scratch" not in {r[0] for r in seeds.q(
        "SELECT name FROM sqlite_master" if seeds.backend == "sqlite"
        else "SELECT tablename FROM pg_tables")}


# -- what each backend stores ----------------------------------------------------------------------

def _document(text: str, period: Period | None) -> DocumentResult:
    start = text.index("1234")
    fig = Figure(start, start + 5, "1234名", 1234.0, "人", evidence=text, period=period)
    return DocumentResult(text=text, encoding="utf-8",
                          articles=[ArticleResult(article=Article(seq=1, text=text, title="标题"),
                                                  figures=[fig])])


def _save(db, doc: DocumentResult, path: str = "/pages/a.txt") -> None:
    engine = db.engine()
    migrations.upgrade(engine)
    with engine.begin() as conn:
        ensure_regions(conn)
        save_document(conn, Catalog(conn), SourceFile(path, "a.txt", "0" * 64, 10), doc,
                      "test", None)


def test_a_nul_in_the_text_is_stored_as_a_replacement_character_at_the_same_offset(db):
    text = "本报讯\x00 今年新增会员1234名。"
    _save(db, _document(text, None))
    stored = db.q("SELECT text FROM articles")[0][0]
    assert stored == text.replace("\x00", "\ufffd")
    assert db.q("SELECT surface, char_start, char_end, evidence FROM figure_facts") == [
        ("1234名", text.index("1234"), text.index("1234") + 5, stored)]


def test_periods_come_back_as_the_same_dates_and_flags(db):
    period = Period("2024年", date(2024, 1, 1), date(2024, 12, 31), "year", cumulative=True)
    _save(db, _document("本报讯 2024年新增会员1234名。", period))
    assert db.q("SELECT period_start, period_end, period_label, cumulative FROM figure_facts") == [
        ("2024-01-01", "2024-12-31", "2024年", 1)]
    # the portable spellings of a boolean and a date filter work on both backends
    assert db.q("SELECT COUNT(*) FROM figure_facts WHERE cumulative "
                "AND period_start >= '2024-01-01'") == [(1,)]


# -- the import lock -----------------------------------------------------------------------------

def test_the_lock_is_released_when_the_run_inside_fails(db):
    engine = db.engine()
    migrations.upgrade(engine)
    with pytest.raises(RuntimeError):
        with import_lock(engine):
            raise RuntimeError("the run broke")
    other = open_engine(db.url)
    try:
        with import_lock(other):  # a second process-worth of connections gets it at once
            pass
    finally:
        other.dispose()


def test_a_held_lock_refuses_a_second_holder(db):
    engine, other = db.engine(), open_engine(db.url)
    migrations.upgrade(engine)
    try:
        with import_lock(engine):
            with pytest.raises(LockError, match="another import is running"):
                with import_lock(other, wait=0.3):
                    pass
    finally:
        other.dispose()


# -- the same knowledge base on both backends ----------------------------------------------------

def test_the_seeds_give_identical_figure_facts_on_both_backends(seeds_db, seeds_pg):
    """Every column of every row of figure_facts, ids included, in the order of a unique key.

    The only normalisation is how the drivers hand values back (conftest.plain): psycopg
    returns dates as ``datetime.date`` where SQLite's view returns ISO text, and booleans as
    ``bool`` where SQLite returns 0/1. Everything else is compared as returned, with its
    Python type, so an integer that came back as a float (or a Decimal) would fail here.
    """
    from conftest import Db

    sql = "SELECT * FROM figure_facts ORDER BY document, article_seq, char_start"
    lite_cols, lite = Db("sqlite", seeds_db).table(sql)
    pg_cols, pg = seeds_pg.table(sql)
    assert lite_cols == pg_cols
    key = [lite_cols.index(c) for c in ("document", "article_seq", "char_start")]
    assert len({tuple(r[i] for i in key) for r in lite}) == len(lite) > 100  # a total order
    assert len(pg) == len(lite)
    for n, (a, b) in enumerate(zip(lite, pg)):
        typed_a = [(type(v).__name__, v) for v in a]
        typed_b = [(type(v).__name__, v) for v in b]
        assert typed_a == typed_b, (f"row {n} differs: " + ", ".join(
            f"{c}: {x!r} (SQLite) != {y!r} (PostgreSQL)"
            for c, x, y in zip(lite_cols, typed_a, typed_b) if x != y))
