"""Signed values: ``figures.value`` may be negative (``-3.65亿元``, ``负1.2亿元``, ``增长-2.5%``).

The check ``ck_figures_value_nonnegative`` (``value >= 0``, since revision 0001) is dropped; it
was the only check on a value column (``facts.value`` and ``value_max`` never had one). The
figure finder left a signed amount out rather than store it without its sign.

On SQLite a check can only go with a copy of the table (batch mode). The copy is renamed back
with the legacy rename (``PRAGMA legacy_alter_table``, as revision 0011's downgrade does):
the modern one checks every view and refuses while the views reading ``figures``
(figure_facts, fact_table, derived_facts, fact_conflicts, program_overview,
organization_overview) point at the dropped original; the legacy one leaves their SQL as it
is, so no view is dropped or made again and none can come back different. PostgreSQL drops
and adds the constraint in place.

Downgrade: the check comes back only when no figure is negative. When some are, the downgrade
refuses and changes nothing (MigrationError, the count and what to do): dropping loaded
figures, and the facts, regions and corrections hanging off them, is for the user to decide,
not a side effect of a schema move.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

from minsheng.migrations import MigrationError

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

CHECK = 'ck_figures_value_nonnegative'
# The copy names the one foreign key revision 0011 added in place without a table-level name
# (figures.fact_id), as the models name it, rather than leave it unnamed.
_FK_NAMES = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}


def _batch_on_sqlite(change) -> None:
    """``change(batch_op)`` on a copy of ``figures``, renamed back with the legacy rename."""
    bind = op.get_bind()
    bind.exec_driver_sql("PRAGMA legacy_alter_table=ON")
    try:
        with op.batch_alter_table('figures', naming_convention=_FK_NAMES) as batch_op:
            change(batch_op)
    finally:
        bind.exec_driver_sql("PRAGMA legacy_alter_table=OFF")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _batch_on_sqlite(lambda batch_op: batch_op.drop_constraint(op.f(CHECK), type_='check'))
    else:
        op.drop_constraint(op.f(CHECK), 'figures', type_='check')


def downgrade() -> None:
    bind = op.get_bind()
    negative = bind.execute(sa.text("SELECT COUNT(*) FROM figures WHERE value < 0")).scalar()
    if negative:
        raise MigrationError(
            f"{negative} {'figure holds' if negative == 1 else 'figures hold'} a negative "
            "value, which revision 0012 cannot store "
            "(figures.value >= 0); nothing was changed. Delete them first if they may go "
            "(with foreign keys on: DELETE FROM figures WHERE value < 0), or keep this "
            "revision")
    if bind.dialect.name == "sqlite":
        _batch_on_sqlite(lambda batch_op: batch_op.create_check_constraint(
            op.f(CHECK), sa.text('value >= 0')))
    else:
        op.create_check_constraint(op.f(CHECK), 'figures', sa.text('value >= 0'))
