"""A document whose rows the database refuses leaves none of them: documents are stored in
groups, one statement per table (on PostgreSQL in one pipeline), and a failure anywhere rolls
the group back and stores it again page by page, so the broken page is recorded and the others
land, on both backends."""
from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import delete, event

from minsheng.etl import importer, writer
from minsheng.etl.importer import SEEDS, run_import
from minsheng.etl.load import insert_returning_ids
from minsheng.migrations import upgrade
from minsheng.models import schema as m


def _break_one(monkeypatch, victim: str):
    real = importer.process_bytes

    def extract(data, manifest=None):
        doc = real(data, manifest)
        if victim.encode("utf-8") in data:
            figures = [f for r in doc.articles for f in r.figures]
            figures[-1].char_end = figures[-1].char_start  # breaks CHECK (char_end > char_start)
        return doc

    monkeypatch.setattr(importer, "process_bytes", extract)


@pytest.mark.parametrize("group", [500, 2, 1])
def test_a_document_whose_last_figure_is_refused_stores_nothing(db, monkeypatch, group):
    monkeypatch.setattr(writer, "GROUP_DOCUMENTS", group)
    victim = next(p for p in sorted(SEEDS.glob("*.txt")) if p.name.startswith("000_"))
    _break_one(monkeypatch, victim.read_text(encoding="utf-8")[:40])
    summary = run_import(db.engine())
    assert (summary.added, summary.failed) == (4, 1)
    assert summary.failures[0]["path"].endswith(victim.name)
    assert "could not be stored" in summary.failures[0]["reason"]
    rows = db.q("SELECT d.status, COUNT(a.id) FROM documents d LEFT JOIN articles a "
                "ON a.document_id = d.id WHERE d.name = :n GROUP BY d.status", n=victim.name)
    assert rows == [("failed", 0)]
    assert db.q("SELECT COUNT(*) FROM region_mentions m JOIN articles a ON a.id = m.article_id "
                "JOIN documents d ON d.id = a.document_id WHERE d.name = :n", n=victim.name) == [(0,)]
    # the other documents are whole, and the next run stores the repaired one
    assert db.q("SELECT COUNT(*) FROM documents WHERE status = 'loaded'") == [(4,)]
    assert db.q("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                "(SELECT 1 FROM articles a WHERE a.document_id = d.id)") == [(1,)]
    monkeypatch.undo()
    again = run_import(db.engine())
    assert (again.added, again.unchanged, again.failed) == (1, 4, 0)
    assert db.q("SELECT status FROM documents WHERE name = :n", n=victim.name) == [("loaded",)]


def test_group_size_changes_nothing_that_is_stored(tmp_path, monkeypatch):
    from minsheng.models.database import open_engine

    stored = []
    for group in (1, 3, 500):
        monkeypatch.setattr(writer, "GROUP_DOCUMENTS", group)
        engine = open_engine(str(tmp_path / f"group{group}.db"))
        assert run_import(engine).added == 5
        with engine.connect() as conn:
            # fact ids are handed out group by group: compare which figures share a fact
            columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(figure_facts)")
                       if r[1] != "fact_id"]
            rows = [tuple(r) for r in conn.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM figure_facts ORDER BY figure_id")]
            facts = sorted(tuple(sorted(int(i) for i in ids.split(","))) for ids, in
                           conn.exec_driver_sql("SELECT group_concat(figure_id) FROM "
                                                "figure_facts GROUP BY fact_id"))
            stored.append((rows, facts))
        engine.dispose()
    assert len(stored[0][0]) > 300 and len(stored[0][1]) < len(stored[0][0])
    assert stored[0] == stored[1] == stored[2]


def test_a_group_is_one_insert_per_table(db, monkeypatch):
    """On SQLite too: asked for new ids in the rows' order, SQLAlchemy sends an INSERT per
    row there, which the loader avoids by giving the ids itself."""
    monkeypatch.setattr(writer, "GROUP_SECONDS", 3600.0)
    engine = db.engine()
    inserts: Counter = Counter()

    @event.listens_for(engine, "before_cursor_execute")
    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("INSERT INTO"):
            inserts[statement.split()[2]] += 1

    assert run_import(engine).added == 5
    # reporting_periods twice: the figures' periods, then those of the derived facts (the
    # year a comparison points at, known only once the figures are stored: docs/facts.md)
    assert {t: inserts[t] for t in ("documents", "articles", "organizations", "programs",
                                    "units", "reporting_periods")} == {
        "documents": 1, "articles": 1, "organizations": 1, "programs": 1, "units": 1,
        "reporting_periods": 2}
    assert db.q("SELECT COUNT(*) FROM articles") == [(44,)]


def test_new_rows_get_the_ids_returned_for_them(db):
    """The ids come back in the rows' order, after rows already stored and after the highest
    id was deleted (SQLite then hands that id out again; so does the loader)."""
    engine = db.engine()
    upgrade(engine)
    with engine.begin() as conn:
        first = insert_returning_ids(conn, m.Organization, [
            {"name": n, "kind": "union", "region_id": None} for n in ("甲工会", "乙工会", "丙工会")])
        conn.execute(delete(m.Organization).where(m.Organization.id == first[-1]))
        second = insert_returning_ids(conn, m.Organization, [
            {"name": n, "kind": "other", "region_id": None} for n in ("丁公司", "戊协会")])
    assert len(set(first)) == 3 and len(set(second)) == 2
    assert db.q("SELECT id, name FROM organizations ORDER BY id") == sorted(
        [(first[0], "甲工会"), (first[1], "乙工会"), (second[0], "丁公司"), (second[1], "戊协会")])


def test_rows_beyond_one_statement_land_in_order_with_their_types(db, monkeypatch):
    """On SQLite the rows go as multi-row INSERTs of a bounded number of parameters: 25
    periods at 4 columns' worth of parameters a statement land in 25 statements, in order,
    their dates and flags written as SQLAlchemy writes them (2024-03-01, 0 or 1)."""
    from datetime import date

    from minsheng.etl import load
    monkeypatch.setattr(load, "SQLITE_PARAMETERS", 8)  # 7 columns with the id: 1 row each
    engine = db.engine()
    upgrade(engine)
    rows = [{"key": f"k{i}", "label": f"2024年{i}月", "start_date": date(2024, 3, i + 1),
             "end_date": date(2024, 3, i + 2), "granularity": "range", "cumulative": i % 2 == 1}
            for i in range(25)]
    with engine.begin() as conn:
        ids = insert_returning_ids(conn, m.ReportingPeriod, rows)
    assert ids == list(range(ids[0], ids[0] + 25))
    assert db.q("SELECT id, key, start_date, CASE WHEN cumulative THEN 1 ELSE 0 END "
                "FROM reporting_periods WHERE key LIKE 'k%' ORDER BY id")[:3] == [
        (ids[0], "k0", "2024-03-01", 0), (ids[1], "k1", "2024-03-02", 1),
        (ids[2], "k2", "2024-03-03", 0)]
    if db.backend == "sqlite":
        assert db.q("SELECT DISTINCT typeof(start_date), typeof(cumulative) "
                    "FROM reporting_periods WHERE key LIKE 'k%'") == [("text", "integer")]
