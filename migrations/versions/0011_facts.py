"""Facts: one row per distinct reported fact (``facts``, ``figures.fact_id``), the values
comparisons imply (derived facts and ``fact_sources``), and the views ``fact_table``,
``derived_facts`` and ``fact_conflicts``.

Existing figures get no fact here: the next ``minsheng load`` sees the facts' version
missing from ``kb_meta`` and computes every fact (etl/consolidate.py), without extracting
the pages again.

``figures.fact_id`` is added in place (``ALTER TABLE ... ADD COLUMN``): batch mode would copy
the figures table, and SQLite refuses to rename a table back while views (figure_facts,
which later revisions may have changed) refer to it. On SQLite the downgrade copies the table
with the legacy rename, which leaves the views alone.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# Frozen at this revision (no imports from the live code): a later change is a new revision.
_FIRST_MENTION = """(SELECT {column} FROM figures f
        JOIN articles a ON a.id = f.article_id
        JOIN documents d ON d.id = a.document_id
        WHERE f.fact_id = fa.id
        ORDER BY d.published_on IS NULL, d.published_on, d.name, a.seq, f.char_start
        LIMIT 1)"""

# A metric that is only a word of change (增长 10.9% and 增长 12.7% for the country in 1997) names
# no quantity: two such facts are two growths of two things, not a conflict.
_CHANGE_WORDS = ", ".join(f"'{w}'" for w in (
    "增长", "增加", "增", "增收", "递增", "年均递增", "年均增长", "同比增长", "比上年增长",
    "下降", "减少", "减", "降低", "下跌", "回落", "上升", "上涨", "提高", "提升"))

VIEWS = {
    "fact_table": f"""
CREATE VIEW fact_table AS
SELECT
    fa.id AS fact_id,
    fa.kind AS kind,
    fa.value AS value,
    fa.value_max AS value_max,
    u.name AS unit,
    u.dimension AS dimension,
    fa.qualifier AS qualifier,
    fa.role AS role,
    fa.metric AS metric,
    p.start_date AS period_start,
    p.end_date AS period_end,
    p.label AS period_label,
    COALESCE(p.cumulative, FALSE) AS cumulative,
    r.name AS region,
    r.code AS region_code,
    o.name AS organization,
    pr.name AS program,
    (SELECT COUNT(*) FROM figures f WHERE f.fact_id = fa.id) AS mentions,
    (SELECT COUNT(DISTINCT a.document_id) FROM figures f
        JOIN articles a ON a.id = f.article_id WHERE f.fact_id = fa.id) AS documents,
    (SELECT MIN(d.published_on) FROM figures f JOIN articles a ON a.id = f.article_id
        JOIN documents d ON d.id = a.document_id WHERE f.fact_id = fa.id) AS first_published_on,
    (SELECT MAX(d.published_on) FROM figures f JOIN articles a ON a.id = f.article_id
        JOIN documents d ON d.id = a.document_id WHERE f.fact_id = fa.id) AS last_published_on,
    {_FIRST_MENTION.format(column="d.name")} AS first_document,
    {_FIRST_MENTION.format(column="f.surface")} AS surface,
    {_FIRST_MENTION.format(column="f.evidence")} AS evidence
FROM facts fa
JOIN units u ON u.id = fa.unit_id
LEFT JOIN reporting_periods p ON p.id = fa.period_id
LEFT JOIN regions r ON r.id = fa.region_id
LEFT JOIN organizations o ON o.id = fa.organization_id
LEFT JOIN programs pr ON pr.id = fa.program_id
WHERE fa.kind = 'reported'
""",
    "derived_facts": """
CREATE VIEW derived_facts AS
SELECT
    fa.id AS fact_id,
    fa.kind AS kind,
    fa.value AS value,
    fa.value_max AS value_max,
    u.name AS unit,
    u.dimension AS dimension,
    fa.qualifier AS qualifier,
    fa.metric AS metric,
    p.start_date AS period_start,
    p.end_date AS period_end,
    p.label AS period_label,
    r.name AS region,
    r.code AS region_code,
    o.name AS organization,
    pr.name AS program,
    fa.formula AS formula,
    base.fact_id AS base_fact_id,
    base.surface AS base_surface,
    base.period_label AS base_period_label,
    (SELECT s.source_fact_id FROM fact_sources s
        WHERE s.fact_id = fa.id AND s.role = 'rate' ORDER BY s.source_fact_id LIMIT 1)
        AS rate_fact_id,
    base.first_document AS document,
    base.first_published_on AS published_on,
    base.evidence AS evidence
FROM facts fa
JOIN units u ON u.id = fa.unit_id
JOIN fact_sources bs ON bs.fact_id = fa.id AND bs.role = 'base'
JOIN fact_table base ON base.fact_id = bs.source_fact_id
LEFT JOIN reporting_periods p ON p.id = fa.period_id
LEFT JOIN regions r ON r.id = fa.region_id
LEFT JOIN organizations o ON o.id = fa.organization_id
LEFT JOIN programs pr ON pr.id = fa.program_id
WHERE fa.kind = 'derived'
""",
    "fact_conflicts": f"""
CREATE VIEW fact_conflicts AS
SELECT
    a.metric AS metric,
    ra.name AS region,
    ra.code AS region_code,
    pa.start_date AS period_start,
    pa.end_date AS period_end,
    u.name AS unit,
    a.id AS fact_id,
    a.value AS value,
    a.value_max AS value_max,
    a.qualifier AS qualifier,
    ta.organization AS organization,
    ta.period_label AS period_label,
    ta.first_document AS document,
    ta.first_published_on AS published_on,
    ta.evidence AS evidence,
    b.id AS other_fact_id,
    b.value AS other_value,
    b.value_max AS other_value_max,
    b.qualifier AS other_qualifier,
    tb.organization AS other_organization,
    tb.period_label AS other_period_label,
    tb.first_document AS other_document,
    tb.first_published_on AS other_published_on,
    tb.evidence AS other_evidence,
    CASE WHEN EXISTS (SELECT 1 FROM figures fa JOIN articles aa ON aa.id = fa.article_id
        JOIN articles ab ON ab.document_id = aa.document_id
        JOIN figures fb ON fb.article_id = ab.id
        WHERE fa.fact_id = a.id AND fb.fact_id = b.id) THEN 1 ELSE 0 END AS same_document
FROM facts a
JOIN facts b ON b.kind = 'reported' AND b.id > a.id AND b.metric = a.metric
    AND b.unit_id = a.unit_id AND b.region_id = a.region_id AND b.role = a.role
JOIN reporting_periods pa ON pa.id = a.period_id
JOIN reporting_periods pb ON pb.id = b.period_id AND pb.start_date = pa.start_date
    AND pb.end_date = pa.end_date AND pb.cumulative = pa.cumulative
JOIN units u ON u.id = a.unit_id
JOIN regions ra ON ra.id = a.region_id
JOIN fact_table ta ON ta.fact_id = a.id
JOIN fact_table tb ON tb.fact_id = b.id
WHERE a.kind = 'reported'
    AND (a.value <> b.value OR COALESCE(a.value_max, -1) <> COALESCE(b.value_max, -1))
    AND length(a.metric) >= 2 AND a.metric NOT IN ({_CHANGE_WORDS})
""",
}


def upgrade() -> None:
    op.create_table('facts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('value_max', sa.Float(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('qualifier', sa.String(length=16), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('metric', sa.Text(), nullable=True),
    sa.Column('period_id', sa.Integer(), nullable=True),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('program_id', sa.Integer(), nullable=True),
    sa.Column('formula', sa.Text(), nullable=True),
    sa.CheckConstraint("kind IN ('reported', 'derived')", name=op.f('ck_facts_kind')),
    sa.CheckConstraint("qualifier IN ('exact', 'approx', 'more_than', 'less_than', 'at_most', 'at_least')", name=op.f('ck_facts_qualifier')),
    sa.CheckConstraint("role IN ('outcome', 'parameter')", name=op.f('ck_facts_role')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_facts_organization_id_organizations')),
    sa.ForeignKeyConstraint(['period_id'], ['reporting_periods.id'], name=op.f('fk_facts_period_id_reporting_periods')),
    sa.ForeignKeyConstraint(['program_id'], ['programs.id'], name=op.f('fk_facts_program_id_programs')),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_facts_region_id_regions')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_facts_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facts'))
    )
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.create_index('ix_facts_value', ['value'], unique=False)
        batch_op.create_index(batch_op.f('ix_facts_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_facts_period_id'), ['period_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_facts_program_id'), ['program_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_facts_region_id'), ['region_id'], unique=False)

    op.create_table('fact_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fact_id', sa.Integer(), nullable=False),
    sa.Column('source_fact_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.CheckConstraint("role IN ('base', 'rate')", name=op.f('ck_fact_sources_role')),
    sa.ForeignKeyConstraint(['fact_id'], ['facts.id'], name=op.f('fk_fact_sources_fact_id_facts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_fact_id'], ['facts.id'], name=op.f('fk_fact_sources_source_fact_id_facts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fact_sources')),
    sa.UniqueConstraint('fact_id', 'source_fact_id', name=op.f('uq_fact_sources_fact_id'))
    )
    with op.batch_alter_table('fact_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fact_sources_source_fact_id'), ['source_fact_id'], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE figures ADD COLUMN fact_id INTEGER "
                   "CONSTRAINT fk_figures_fact_id_facts REFERENCES facts (id)")
    else:
        op.add_column('figures', sa.Column('fact_id', sa.Integer(), nullable=True))
        op.create_foreign_key('fk_figures_fact_id_facts', 'figures', 'facts', ['fact_id'], ['id'])
    op.create_index('ix_figures_fact_id', 'figures', ['fact_id'], unique=False)
    for sql in VIEWS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in reversed(list(VIEWS)):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    op.drop_index('ix_figures_fact_id', table_name='figures')
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("PRAGMA legacy_alter_table=ON")
        try:
            with op.batch_alter_table('figures', schema=None) as batch_op:
                batch_op.drop_column('fact_id')
        finally:
            bind.exec_driver_sql("PRAGMA legacy_alter_table=OFF")
    else:
        op.drop_constraint('fk_figures_fact_id_facts', 'figures', type_='foreignkey')
        op.drop_column('figures', 'fact_id')
    with op.batch_alter_table('fact_sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fact_sources_source_fact_id'))
    op.drop_table('fact_sources')
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facts_region_id'))
        batch_op.drop_index(batch_op.f('ix_facts_program_id'))
        batch_op.drop_index(batch_op.f('ix_facts_period_id'))
        batch_op.drop_index(batch_op.f('ix_facts_organization_id'))
        batch_op.drop_index('ix_facts_value')
    op.drop_table('facts')
