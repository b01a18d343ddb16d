"""Foreign cities: regions of level ``city`` (纽约, 伦敦, 巴黎), under their country.

A page on the world's markets reports 纽约股市下跌100点, 伦敦股市收于5000点: the most
specific place of those figures is a city abroad, which the regions table had no level for.
The rows come from the gazetteer (CLDR's names of cities in Chinese, via Babel), keyed
``<ISO country code>-<name>`` (``US-纽约``), with no official code and no ISO code of their own.

On SQLite a check can only go with a copy of the table (batch mode), renamed back with the
legacy rename as revision 0013 does, so the views reading ``regions`` are left as they are.
PostgreSQL drops and adds the constraint in place.

Downgrade: cities become areas (the level the earlier schema had for a named place that is no
division), so the figures that point at them keep their place; the upgrade makes the areas
under a foreign country cities again.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

CHECK = 'ck_regions_level'
OLD_LEVELS = ("country", "province", "prefecture", "county", "area", "township", "village", "group")
NEW_LEVELS = OLD_LEVELS + ("city",)


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
    # a database downgraded and upgraded again: its cities had become areas, and an area
    # under a foreign country can be nothing else
    op.execute("UPDATE regions SET level = 'city' WHERE level = 'area' AND parent_id IN "
               "(SELECT id FROM regions WHERE level = 'country' AND iso_code IS NOT NULL "
               "AND iso_code <> 'CN')")


def downgrade() -> None:
    op.execute("UPDATE regions SET level = 'area' WHERE level = 'city'")
    _set_levels(OLD_LEVELS)
