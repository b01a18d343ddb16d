"""Alembic environment.

The product runs migrations through ``minsheng.db.upgrade`` which hands Alembic an open
connection (``config.attributes["connection"]``), as mlflow does, so a migration and the load
that follows share one engine and its pragmas. Run standalone (``alembic -c
migrations/alembic.ini ...``) it builds its own engine from the URL.
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from minsheng.migrations import include_object
from minsheng.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    engine = engine_from_config(config.get_section(config.config_ini_section, {}),
                                prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as conn:
        run_migrations(conn)


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run()
