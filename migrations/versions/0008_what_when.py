"""What and when: how each figure's unit and period were read, and the base of a comparison.

``figures.unit_basis`` says whether the unit is the measure word as written (``written``) or
the counted noun's (``noun``: 人口560万 -> 人, GDP是1522亿 -> 元); ``figures.period_basis`` where
the period came from (clause, sentence, paragraph, heading, dated_context, comparison,
publication_date, inferred; NULL when there is no period); ``figures.compared_to_period_id``
the period a comparison is made against (比上年增长8% -> last year), so that the value of the
base can be derived later.

``figure_facts`` gains ``unit_basis``, ``period_basis``, ``compared_to`` (the base's label),
``compared_to_start`` and ``compared_to_end``, after ``cumulative``. The three views are
dropped and created again around the change of ``figures`` (SQLite rebuilds the table, and a
view on a table being renamed stops the rename); the other two are unchanged.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

from minsheng.migrations import frozen_revision

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# Frozen at this revision (no imports from the live code): a later change is a new revision.
# figure_facts as revision 0007 left it (its head is revision 0001's, read from there), and with
# this revision's columns after `cumulative`.
_CUMULATIVE = "COALESCE(p.cumulative, FALSE) AS cumulative,"
_FACTS_HEAD = frozen_revision("0001_baseline_schema.py").VIEWS["figure_facts"].partition(
    _CUMULATIVE[:-1])[0] + _CUMULATIVE
_WHAT_WHEN = """
    f.unit_basis AS unit_basis,
    f.period_basis AS period_basis,
    cp.label AS compared_to,
    cp.start_date AS compared_to_start,
    cp.end_date AS compared_to_end,"""
_FACTS_MIDDLE = """
    r.name AS region,
    r.code AS region_code,
    o.name AS organization,
    pr.name AS program,
    f.evidence AS evidence,
    f.char_start AS char_start,
    f.char_end AS char_end,
    d.published_on AS published_on,
    d.id AS document_id,
    a.id AS article_id,
    a.seq AS article_seq,
    f.region_basis AS region_basis,
    f.organization_basis AS organization_basis,
    COALESCE({regions}, r.name) AS regions
FROM figures f
JOIN articles a ON a.id = f.article_id
JOIN documents d ON d.id = a.document_id
JOIN units u ON u.id = f.unit_id
LEFT JOIN reporting_periods p ON p.id = f.period_id"""
_COMPARED_JOIN = """
LEFT JOIN reporting_periods cp ON cp.id = f.compared_to_period_id"""
_FACTS_TAIL = """
LEFT JOIN regions r ON r.id = f.region_id
LEFT JOIN organizations o ON o.id = f.organization_id
LEFT JOIN programs pr ON pr.id = f.program_id
ORDER BY d.name, a.seq, f.char_start
"""
_REGIONS_SQLITE = """(SELECT group_concat(name, '、') FROM (SELECT r2.name AS name FROM figure_regions fr
        JOIN regions r2 ON r2.id = fr.region_id WHERE fr.figure_id = f.id ORDER BY fr.seq))"""
_REGIONS_PG = """(SELECT string_agg(r2.name, '、' ORDER BY fr.seq) FROM figure_regions fr
        JOIN regions r2 ON r2.id = fr.region_id WHERE fr.figure_id = f.id)"""


def _figure_facts(with_what_when: bool) -> str:
    dialect = op.get_bind().dialect.name
    regions = _REGIONS_PG if dialect == "postgresql" else _REGIONS_SQLITE
    middle = _FACTS_MIDDLE.replace("{regions}", regions)
    if with_what_when:
        return _FACTS_HEAD + _WHAT_WHEN + middle + _COMPARED_JOIN + _FACTS_TAIL
    return _FACTS_HEAD + middle + _FACTS_TAIL


# The other two views read figures: SQLite cannot rename a rebuilt table under a view, so they
# are dropped and made again as they were.
OTHER_VIEWS = {name: frozen_revision("0001_baseline_schema.py").VIEWS[name]
               for name in ("program_overview", "organization_overview")}

UNIT_BASES = ("written", "noun")
PERIOD_BASES = ("clause", "sentence", "paragraph", "heading", "dated_context", "comparison",
                "publication_date", "inferred")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    for view in ("figure_facts", *OTHER_VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {view}")
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unit_basis', sa.String(length=8),
                                      server_default='written', nullable=False))
        batch_op.add_column(sa.Column('period_basis', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('compared_to_period_id', sa.Integer(), nullable=True))
        batch_op.create_check_constraint(batch_op.f('ck_figures_unit_basis'),
                                         _in('unit_basis', UNIT_BASES))
        batch_op.create_check_constraint(batch_op.f('ck_figures_period_basis'),
                                         _in('period_basis', PERIOD_BASES))
        batch_op.create_foreign_key(
            batch_op.f('fk_figures_compared_to_period_id_reporting_periods'),
            'reporting_periods', ['compared_to_period_id'], ['id'])
        batch_op.create_index(batch_op.f('ix_figures_compared_to_period_id'),
                              ['compared_to_period_id'], unique=False)
    op.execute(_figure_facts(with_what_when=True))
    for sql in OTHER_VIEWS.values():
        op.execute(sql)


def downgrade() -> None:
    for view in ("figure_facts", *OTHER_VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {view}")
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_figures_compared_to_period_id'))
        batch_op.drop_constraint(batch_op.f('fk_figures_compared_to_period_id_reporting_periods'),
                                 type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('ck_figures_period_basis'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_figures_unit_basis'), type_='check')
        batch_op.drop_column('compared_to_period_id')
        batch_op.drop_column('period_basis')
        batch_op.drop_column('unit_basis')
    op.execute(_figure_facts(with_what_when=False))
    for sql in OTHER_VIEWS.values():
        op.execute(sql)
