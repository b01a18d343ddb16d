"""Alembic environment.

The product runs migrations through ``minsheng.db.upgrade`` which hands Alembic an open
connection (``config.attributes["connection"]``), as mlflow does, so a migration and the load
that follows share one engine and its pragmas. Run standalone (``alembic -c
migrations/alembic.ini ...``) it builds its own engine from the URL.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager

from alembic import context
from alembic.operations import Operations
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
    with context.begin_transaction(), _batch_reflects_its_table_only():
        context.run_migrations()


@contextmanager
def _batch_reflects_its_table_only() -> Iterator[None]:
    """While the revisions run, a batch operation reflects the table it rebuilds and not the
    tables its foreign keys point to (``resolve_fks=False``).

    Why: on SQLite every batch rebuild (22 in revisions 0001-0013) reflected each table its
    foreign keys reach, and theirs in turn: 39 reflections for 5 tables in revision 0013
    alone, two thirds of the time of the reflections, and the reflections most of the
    upgrade of a fresh database. The rebuilt table never needed them: Alembic writes its
    foreign keys from their names (``ApplyBatchImpl._setup_referent`` stands in a stub for
    each table they point to), so the statements run are the same (a fresh database's
    sqlite_master is identical either way). A revision that asks for reflection arguments of
    its own keeps them."""
    real = Operations.batch_alter_table

    @functools.wraps(real)
    def batch_alter_table(self, *args, reflect_kwargs=None, **kwargs):
        return real(self, *args, reflect_kwargs={"resolve_fks": False, **(reflect_kwargs or {})},
                    **kwargs)

    Operations.batch_alter_table = batch_alter_table
    try:
        yield
    finally:
        Operations.batch_alter_table = real


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
