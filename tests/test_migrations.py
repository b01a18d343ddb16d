"""The schema is only ever built by migrations, and the migrations match the models, on both
backends."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from typer.testing import CliRunner

from minsheng import migrations
from minsheng.cli import app
from minsheng.models import Base
from minsheng.models.database import open_engine

VIEWS = {"figure_facts", "program_overview", "organization_overview", "fact_table",
         "derived_facts", "fact_conflicts"}


def _objects(engine) -> set[tuple]:
    """Every table, view, index, unique and foreign key constraint, by name."""
    insp = inspect(engine)
    out = {("view", v) for v in insp.get_view_names()}
    for t in insp.get_table_names():
        out.add(("table", t))
        out |= {("index", t, i["name"]) for i in insp.get_indexes(t)}
        out |= {("unique", t, u["name"]) for u in insp.get_unique_constraints(t)}
        out |= {("fk", t, f["name"]) for f in insp.get_foreign_keys(t)}
    return out


def test_models_and_migrations_agree(db):
    engine = db.engine()
    migrations.upgrade(engine, from_template=False)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={
            "compare_type": True, "include_object": migrations.include_object}),
                                Base.metadata)
    assert diff == []


def test_upgrade_downgrade_upgrade_on_empty_database(db):
    engine = db.engine()
    migrations.upgrade(engine, from_template=False)
    first = _objects(engine)
    assert {("view", v) for v in VIEWS} <= first
    assert ("table", "figures") in first
    migrations.downgrade(engine, "base")
    assert migrations.current(engine) is None
    assert _objects(engine) == {("table", "alembic_version")} | {
        o for o in _objects(engine) if o[0] != "table" and o[1] == "alembic_version"}
    migrations.upgrade(engine, from_template=False)
    assert _objects(engine) == first
    assert migrations.current(engine) == migrations.head()


def test_every_revision_downgrades_and_upgrades_one_step_at_a_time(db):
    engine = db.engine()
    migrations.upgrade(engine)
    full = _objects(engine)
    while migrations.current(engine) is not None:
        migrations.downgrade(engine, "-1")
    while migrations.current(engine) != migrations.head():
        migrations.upgrade(engine, "+1")
    assert _objects(engine) == full


def test_figure_facts_has_the_documented_columns(db):
    engine = db.engine()
    migrations.upgrade(engine)
    cols = {c["name"] for c in inspect(engine).get_columns("figure_facts")}
    assert {"document", "article_title", "surface", "value", "value_max", "unit", "dimension",
            "qualifier", "metric", "period_start", "period_end", "period_label", "cumulative",
            "region", "region_code", "organization", "program", "evidence", "char_start",
            "char_end"} <= cols


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(db_path):
    engine = open_engine(db_path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def _one_figure(db, tmp_path) -> None:
    """A database at head with one page of two figures (1200万元, 35%) loaded."""
    from minsheng.etl.importer import run_import

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("本报讯 该厂去年利润1200万元，比重35%。\n", encoding="utf-8")
    run_import(db.engine(), [pages])
    assert db.q("SELECT value FROM figures ORDER BY value") == [(35.0,), (12_000_000.0,)]


def test_figures_hold_signed_values_and_the_downgrade_refuses_to_drop_them(db, tmp_path):
    _one_figure(db, tmp_path)
    engine = db.engine()
    db.execute("UPDATE figures SET value = -365000000 WHERE value = 12000000")
    assert db.q("SELECT surface, value FROM figure_facts WHERE value < 0") == [
        ("1200万元", -365_000_000.0)]
    # going back to 0012 would lose the row: the downgrade refuses and changes nothing
    with pytest.raises(migrations.MigrationError, match="1 figure holds a negative value"):
        migrations.downgrade(engine, "0012")
    assert migrations.current(engine) == migrations.head()  # nothing was changed
    assert db.q("SELECT value FROM figures ORDER BY value") == [(-365_000_000.0,), (35.0,)]
    r = CliRunner().invoke(app, ["db", "downgrade", "base", "--db", db.url])
    assert (r.exit_code, r.output.strip().splitlines()) == (2, [
        "error: migration failed: MigrationError: 1 figure holds a negative value, which "
        "revision 0012 cannot store (figures.value >= 0); nothing was changed. Delete them "
        "first if they may go (with foreign keys on: DELETE FROM figures WHERE value < 0), or "
        "keep this revision"])
    assert migrations.current(engine) == migrations.head()  # nothing was changed
    # once the user has dealt with them, the check comes back
    db.execute("UPDATE figures SET value = 12000000 WHERE value < 0")
    migrations.downgrade(engine, "0012")
    with pytest.raises(IntegrityError, match="ck_figures_value_nonnegative"):
        db.execute("UPDATE figures SET value = -1 WHERE value = 35")
    migrations.upgrade(engine)
    db.execute("UPDATE figures SET value = -1 WHERE value = 35")
    assert db.q("SELECT value FROM figure_facts ORDER BY value") == [(-1.0,), (12_000_000.0,)]


def test_revision_0013_leaves_every_view_as_it_was(db, tmp_path):
    _one_figure(db, tmp_path)
    engine = db.engine()
    migrations.downgrade(engine, "0012")
    before = {v: inspect(engine).get_view_definition(v) for v in VIEWS}
    rows = {v: db.q(f"SELECT * FROM {v}") for v in VIEWS}
    migrations.upgrade(engine)
    insp = inspect(engine)
    assert {v: insp.get_view_definition(v) for v in VIEWS} == before
    assert {v: db.q(f"SELECT * FROM {v}") for v in VIEWS} == rows
    assert {(f["name"], tuple(f["constrained_columns"])) for f in insp.get_foreign_keys("figures")
            if f["referred_table"] == "facts"} == {("fk_figures_fact_id_facts", ("fact_id",))}
    assert "ck_figures_value_nonnegative" not in {
        c["name"] for c in insp.get_check_constraints("figures")}
