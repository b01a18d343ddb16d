"""Schema migrations, run from the installed package.

``script_location`` is resolved from this package's directory, not from an ini file in the
current directory, so ``minsheng db upgrade`` works from anywhere after ``pip install``.
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

HERE = Path(__file__).resolve().parent


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
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # Batch mode recreates tables; with enforcement on, SQLite would cascade the
            # DROP of the old table. Switch it off outside any transaction, check after.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            action(_config(conn), revision)
            conn.commit()
            if sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationError(f"foreign key check failed after migration: {broken[:5]}")
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def upgrade(engine: Engine, revision: str = "head") -> None:
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, command.downgrade, revision)
