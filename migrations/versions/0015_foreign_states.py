"""Divisions abroad: regions of level ``state`` (佛罗里达州, 安大略省, 大阪府), under their country.

A page on American house prices reports 佛罗里达州房价中位数29万美元: the most specific place
of that figure is a state, which the regions table had no level for (``province`` would have
mixed 620 foreign divisions into every count of China's 34). The rows come from the gazetteer
(the iso-codes translations' Chinese names, via pycountry), keyed by their ISO 3166-2 code
(``US-FL``), with no official code and no ISO 3166-1 code of their own.

As revision 0014 does: on SQLite the check goes with a copy of the table (batch mode), renamed
back with the legacy rename so the views reading ``regions`` are left as they are; PostgreSQL
drops and adds the constraint in place.

Downgrade: states become cities (the level revision 0014 gives a place under a foreign
country), so the figures that point at them keep their place; the upgrade makes the cities
keyed by an ISO 3166-2 code states again.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

CHECK = 'ck_regions_level'
OLD_LEVELS = ("country", "province", "prefecture", "county", "area", "township", "village", "group",
              "city")
NEW_LEVELS = OLD_LEVELS + ("state",)


def _in(column, values):
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _set_levels(levels) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.drop_constraint(op.f(CHECK), 'regions', type_='check')
        op.create_check_constraint(op.f(CHECK), 'regions', _in("level", levels))
        return
    bind.exec_driver_sql("PRAGMA legacy_alter_table=ON")
    try:
        with op.batch_alter_table('regions') as batch_op:
            batch_op.drop_constraint(op.f(CHECK), type_='check')
            batch_op.create_check_constraint(op.f(CHECK), _in("level", levels))
    finally:
        bind.exec_driver_sql("PRAGMA legacy_alter_table=OFF")


def upgrade() -> None:
    _set_levels(NEW_LEVELS)
    # a database downgraded and upgraded again: its states had become cities; a city's key
    # holds its Chinese name after the dash, a state's its ISO 3166-2 code (Latin letters)
    bind = op.get_bind()
    keys = [k for (k,) in bind.execute(sa.text(
        "SELECT key FROM regions WHERE level IN ('city', 'area') AND key LIKE '__-%'"))
        if k[3:].isascii()]
    if keys:
        bind.execute(sa.text("UPDATE regions SET level = 'state' WHERE key = :key"),
                     [{"key": k} for k in keys])


def downgrade() -> None:
    op.execute("UPDATE regions SET level = 'city' WHERE level = 'state'")
    _set_levels(OLD_LEVELS)
