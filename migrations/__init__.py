"""Schema migrations, run from the installed package.

``script_location`` is resolved from this package's directory, not from an ini file in the
current directory, so ``minsheng db upgrade`` works from anywhere after ``pip install``.
"""
from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
import logging

from sqlalchemy import Connection, Engine, event, inspect, literal, select

from . import template

HERE = Path(__file__).resolve().parent
# the views the revisions create (dropped with the tables of a half-made database)
KNOWN_VIEWS = ("figure_facts", "program_overview", "organization_overview")

log = logging.getLogger("minsheng.migrations")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Leave out of autogenerate/compare the search objects no model describes, created by raw
    SQL in migrations for one backend only: on SQLite the FTS5 table ``article_search`` and
    its shadow tables (FTS5 has no SQLAlchemy type), on PostgreSQL the generated column
    ``articles.search_text`` and its pg_trgm index ``article_search_trgm``."""
    if type_ == "table" and name and name.startswith(("article_search", "sqlite_")):
        return False
    if type_ == "index" and name and name.startswith("article_search"):
        return False
    if type_ == "column" and name == "search_text" and obj.table.name == "articles":
        return False
    return True


@functools.cache
def frozen_revision(filename: str):
    """An earlier revision's module (``0001_baseline_schema.py``), for the view definitions it
    froze: a released revision never changes, so a later one that must drop and re-create a
    view unchanged reads it there instead of keeping another copy of its SQL. Loaded once
    per process: four revisions read 0001, the largest, and each load compiled it again
    where no bytecode is cached."""
    from importlib.util import module_from_spec, spec_from_file_location

    spec = spec_from_file_location(f"_minsheng_revision_{filename[:4]}", HERE / "versions" / filename)
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class MigrationError(RuntimeError):
    """The schema could not be brought to the wanted revision."""


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _run(engine: Engine, action, revision: str) -> None:
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            _run_sqlite(conn, action, revision)
        else:  # PostgreSQL's DDL is transactional: Alembic runs the upgrade in one transaction
            _repair_half_made(conn)
            action(_config(conn), revision)
            conn.commit()


def _run_sqlite(conn: Connection, action, revision: str) -> None:
    """The whole move in one real SQLite transaction: a run killed halfway (SIGKILL, power
    loss) leaves the schema as it was before, never some tables and no ``alembic_version``.

    pysqlite's legacy transaction handling BEGINs only before INSERT/UPDATE/DELETE, so a
    CREATE TABLE ran in autocommit and each table landed on its own; a load killed 30 ms into
    schema creation left a database every later run refused (``table import_runs already
    exists``). The driver's own handling is switched off for this connection
    (``isolation_level = None``) and SQLAlchemy's begin emits ``BEGIN`` itself: SQLAlchemy's
    recipe for transactional DDL on SQLite ("Serializable isolation / Savepoints /
    Transactional DDL"). Batch mode recreates tables and would cascade the DROP of the old
    table with foreign keys enforced, so enforcement is off (it can only change outside a
    transaction) and ``foreign_key_check`` runs before the commit."""
    raw = conn.connection.driver_connection
    legacy = raw.isolation_level
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.isolation_level = None
    event.listen(conn, "begin", _emit_begin)
    try:
        with conn.begin():
            _repair_half_made(conn)
            if action is command.upgrade and revision == "head" and template.is_empty(conn):
                if not template.restore(conn):
                    action(_config(conn), revision)
                    template.save(conn)
            else:
                action(_config(conn), revision)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise MigrationError(f"foreign key check failed after migration: {broken[:5]}")
    finally:
        event.remove(conn, "begin", _emit_begin)
        if raw.in_transaction:  # could not even roll back: never hand it out again
            conn.invalidate()
        else:
            raw.isolation_level = legacy
            raw.execute("PRAGMA foreign_keys=ON")


def _emit_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _repair_half_made(conn: Connection) -> None:
    """A database with some of the schema's tables and no recorded revision was left by a
    schema creation that an earlier version ran table by table and that was killed halfway.
    When those tables hold no row, nothing can be lost: they are dropped (with the views,
    triggers and search tables that came with them) and the upgrade creates the schema whole.
    When they hold rows, the database is not ours to guess about: the error says so and what
    to do."""
    from ..models import Base

    if MigrationContext.configure(conn).get_current_revision() is not None:
        return
    inspector = inspect(conn)
    present = set(inspector.get_table_names())
    ours = [t for t in Base.metadata.sorted_tables if t.name in present]
    if not ours:
        return
    filled = [t.name for t in ours
              if conn.execute(select(literal(1)).select_from(t).limit(1)).first() is not None]
    if filled:
        raise MigrationError(
            f"the database has tables of the knowledge base ({', '.join(filled[:3])}) holding "
            "rows but no schema revision (alembic_version is missing or empty), so it is not "
            "changed; if its schema is whole at a known revision, record it with `minsheng db "
            "stamp REVISION` (e.g. head), else load the pages again into a new file")
    for view in inspector.get_view_names():
        if view in KNOWN_VIEWS:
            conn.exec_driver_sql(f'DROP VIEW IF EXISTS "{view}"')
    if conn.dialect.name == "sqlite":
        for (name,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles'"):
            conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
        conn.exec_driver_sql("DROP TABLE IF EXISTS article_search")
    for table in reversed(ours):
        conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{table.name}"')
    conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    log.warning("the database had %d empty tables and no schema revision (a schema creation "
                "was interrupted); they were dropped and the schema is created again", len(ours))


def upgrade(engine: Engine, revision: str = "head", *, from_template: bool = True) -> None:
    """``from_template=False``: a new database is made by the revisions themselves even when
    a template of what they make is kept (template.py), as the migration tests want."""
    _run(engine, command.upgrade if from_template else _upgrade_by_revisions, revision)


def _upgrade_by_revisions(cfg: Config, revision: str) -> None:
    command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, command.downgrade, revision)


def stamp(engine: Engine, revision: str) -> None:
    """Record ``revision`` as the schema's without running a migration: the repair of a
    database whose ``alembic_version`` was lost while its tables are whole."""
    with engine.begin() as conn:
        command.stamp(_config(conn), revision)
