"""Facts say what they measure, and every mention says which fact it reports.

- ``fact_table`` gains ``measure`` (the measure its mentions carry, a correction's first, in
  text order; NULL when none has one), ``measure_label`` and ``measure_kind``, so that a
  measure can be added up over facts, each counted once (the saved query
  ``measure_by_region``);
- ``figure_facts`` gains ``fact_id``: the fact each mention reports, to join the two.

``derived_facts`` and ``fact_conflicts`` read ``fact_table``: they are dropped and made again
as revision 0011 made them (PostgreSQL refuses to drop a view others depend on).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""
from alembic import op

from minsheng.migrations import frozen_revision

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


_MEASURE = """(SELECT COALESCE(c.measure, f.measure) FROM figures f
        LEFT JOIN corrections c ON c.figure_id = f.id
        WHERE f.fact_id = fa.id AND COALESCE(c.measure, f.measure) IS NOT NULL
        ORDER BY c.measure IS NULL, f.id LIMIT 1)"""


def _fact_table(old: str) -> str:
    head, _, select = old.partition("CREATE VIEW fact_table AS\n")
    tail = "\nFROM facts fa\n"
    body, _, rest = select.partition(tail)
    return (f"{head}CREATE VIEW fact_table AS\nSELECT t.*, ms.label AS measure_label, "
            f"ms.kind AS measure_kind FROM (\n{body},\n    {_MEASURE} AS measure{tail}{rest}"
            ") t\nLEFT JOIN measures ms ON ms.code = t.measure\n")


def _figure_facts(v10, with_fact: bool) -> str:
    sql = v10._view(v10.FIGURE_FACTS)
    if with_fact:
        sql = sql.replace("    c.id AS correction_id\n",
                          "    c.id AS correction_id,\n    f.fact_id AS fact_id\n", 1)
    return sql


def _swap(with_measures: bool) -> None:
    v10, v11 = frozen_revision("0010_measures_corrections.py"), frozen_revision("0011_facts.py")
    for name in ("fact_conflicts", "derived_facts", "fact_table", "figure_facts"):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    op.execute(_figure_facts(v10, with_measures))
    fact_table = v11.VIEWS["fact_table"]
    op.execute(_fact_table(fact_table) if with_measures else fact_table)
    op.execute(v11.VIEWS["derived_facts"])
    op.execute(v11.VIEWS["fact_conflicts"])


def upgrade() -> None:
    _swap(with_measures=True)


def downgrade() -> None:
    _swap(with_measures=False)
