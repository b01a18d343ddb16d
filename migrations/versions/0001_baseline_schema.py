"""Baseline schema: documents, articles, entities, figures, import bookkeeping and the views.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

# Views are frozen here as they were at this revision; a later change to a view is a new revision.
VIEWS = {
    "figure_facts": """
CREATE VIEW figure_facts AS
SELECT
    f.id AS figure_id,
    d.name AS document,
    a.title AS article_title,
    f.surface AS surface,
    f.value AS value,
    f.value_max AS value_max,
    u.name AS unit,
    u.dimension AS dimension,
    f.qualifier AS qualifier,
    f.role AS role,
    f.metric AS metric,
    p.start_date AS period_start,
    p.end_date AS period_end,
    p.label AS period_label,
    COALESCE(p.cumulative, FALSE) AS cumulative,
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
    a.seq AS article_seq
FROM figures f
JOIN articles a ON a.id = f.article_id
JOIN documents d ON d.id = a.document_id
JOIN units u ON u.id = f.unit_id
LEFT JOIN reporting_periods p ON p.id = f.period_id
LEFT JOIN regions r ON r.id = f.region_id
LEFT JOIN organizations o ON o.id = f.organization_id
LEFT JOIN programs pr ON pr.id = f.program_id
ORDER BY d.name, a.seq, f.char_start
""",
    "program_overview": """
CREATE VIEW program_overview AS
SELECT
    pr.id AS program_id,
    pr.name AS program,
    pr.start_year AS start_year,
    o.name AS operator,
    o.kind AS operator_kind,
    r.name AS region,
    r.code AS region_code,
    (SELECT COUNT(*) FROM figures f WHERE f.program_id = pr.id) AS figures,
    (SELECT COUNT(DISTINCT m.article_id) FROM program_mentions m WHERE m.program_id = pr.id)
        AS articles
FROM programs pr
LEFT JOIN organizations o ON o.id = pr.operator_id
LEFT JOIN regions r ON r.id = pr.region_id
""",
    "organization_overview": """
CREATE VIEW organization_overview AS
SELECT
    o.id AS organization_id,
    o.name AS organization,
    o.kind AS kind,
    r.name AS region,
    r.code AS region_code,
    (SELECT COUNT(*) FROM figures f WHERE f.organization_id = o.id) AS figures,
    (SELECT COUNT(DISTINCT m.article_id) FROM organization_mentions m
        WHERE m.organization_id = o.id) AS articles
FROM organizations o
LEFT JOIN regions r ON r.id = o.region_id
""",
}


def upgrade() -> None:
    op.create_table('import_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('extractor_version', sa.String(length=32), nullable=False),
    sa.Column('sources', sa.Text(), nullable=False),
    sa.Column('documents_added', sa.Integer(), nullable=False),
    sa.Column('documents_changed', sa.Integer(), nullable=False),
    sa.Column('documents_unchanged', sa.Integer(), nullable=False),
    sa.Column('documents_removed', sa.Integer(), nullable=False),
    sa.Column('documents_missing', sa.Integer(), nullable=False),
    sa.Column('documents_failed', sa.Integer(), nullable=False),
    sa.Column('message', sa.Text(), nullable=True),
    sa.CheckConstraint("status IN ('running', 'ok', 'partial', 'failed')", name=op.f('ck_import_runs_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_runs'))
    )
    op.create_table('kb_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_kb_meta'))
    )
    op.create_table('regions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('code', sa.String(length=6), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('short_name', sa.Text(), nullable=True),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("level IN ('country', 'province', 'prefecture', 'county', 'area')", name=op.f('ck_regions_level')),
    sa.ForeignKeyConstraint(['parent_id'], ['regions.id'], name=op.f('fk_regions_parent_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_regions')),
    sa.UniqueConstraint('key', name=op.f('uq_regions_key'))
    )
    with op.batch_alter_table('regions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_regions_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_regions_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_regions_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_regions_short_name'), ['short_name'], unique=False)

    op.create_table('reporting_periods',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('label', sa.Text(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('granularity', sa.String(length=16), nullable=False),
    sa.Column('cumulative', sa.Boolean(), nullable=False),
    sa.CheckConstraint("granularity IN ('year', 'half_year', 'quarter', 'month', 'day', 'range', 'open', 'unknown')", name=op.f('ck_reporting_periods_granularity')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporting_periods')),
    sa.UniqueConstraint('key', name=op.f('uq_reporting_periods_key'))
    )
    op.create_table('saved_queries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('sql', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_queries')),
    sa.UniqueConstraint('name', name=op.f('uq_saved_queries_name'))
    )
    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=16), nullable=False),
    sa.Column('dimension', sa.String(length=16), nullable=False),
    sa.CheckConstraint("dimension IN ('currency', 'count', 'person', 'person_time', 'ratio', 'multiple', 'duration', 'age', 'area', 'length', 'weight', 'other')", name=op.f('ck_units_dimension')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('name', name=op.f('uq_units_name'))
    )
    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('size_bytes', sa.Integer(), nullable=True),
    sa.Column('encoding', sa.String(length=32), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('newspaper', sa.Text(), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('published_on_source', sa.String(length=32), nullable=True),
    sa.Column('home_region_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('extractor_version', sa.String(length=32), nullable=True),
    sa.Column('loaded_run_id', sa.Integer(), nullable=True),
    sa.Column('seen_run_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('loaded', 'failed', 'missing')", name=op.f('ck_documents_status')),
    sa.ForeignKeyConstraint(['home_region_id'], ['regions.id'], name=op.f('fk_documents_home_region_id_regions')),
    sa.ForeignKeyConstraint(['loaded_run_id'], ['import_runs.id'], name=op.f('fk_documents_loaded_run_id_import_runs')),
    sa.ForeignKeyConstraint(['seen_run_id'], ['import_runs.id'], name=op.f('fk_documents_seen_run_id_import_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('path', name=op.f('uq_documents_path'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_sha256'), ['sha256'], unique=False)

    op.create_table('import_failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['import_runs.id'], name=op.f('fk_import_failures_run_id_import_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_failures'))
    )
    with op.batch_alter_table('import_failures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_failures_run_id'), ['run_id'], unique=False)

    op.create_table('organizations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('union', 'government', 'insurer', 'hospital', 'school', 'company', 'bank', 'media', 'other')", name=op.f('ck_organizations_kind')),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_organizations_region_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations')),
    sa.UniqueConstraint('name', name=op.f('uq_organizations_name'))
    )
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organizations_region_id'), ['region_id'], unique=False)

    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('subtitle', sa.Text(), nullable=True),
    sa.Column('byline', sa.Text(), nullable=True),
    sa.Column('dateline', sa.Text(), nullable=True),
    sa.Column('jumps', sa.Text(), nullable=True),
    sa.Column('body_start', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_articles_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('document_id', 'seq', name=op.f('uq_articles_document_id'))
    )
    op.create_table('organization_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.Text(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_organization_aliases_organization_id_organizations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization_aliases')),
    sa.UniqueConstraint('alias', name=op.f('uq_organization_aliases_alias'))
    )
    with op.batch_alter_table('organization_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organization_aliases_organization_id'), ['organization_id'], unique=False)

    op.create_table('programs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=True),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('start_year', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['operator_id'], ['organizations.id'], name=op.f('fk_programs_operator_id_organizations')),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_programs_region_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programs')),
    sa.UniqueConstraint('name', name=op.f('uq_programs_name'))
    )
    with op.batch_alter_table('programs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programs_operator_id'), ['operator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_programs_region_id'), ['region_id'], unique=False)

    op.create_table('figures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('surface', sa.Text(), nullable=False),
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
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.CheckConstraint("qualifier IN ('exact', 'approx', 'more_than', 'less_than', 'at_most', 'at_least')", name=op.f('ck_figures_qualifier')),
    sa.CheckConstraint("role IN ('outcome', 'parameter')", name=op.f('ck_figures_role')),
    sa.CheckConstraint('char_end > char_start', name=op.f('ck_figures_span')),
    sa.CheckConstraint('value >= 0', name=op.f('ck_figures_value_nonnegative')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_figures_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_figures_organization_id_organizations')),
    sa.ForeignKeyConstraint(['period_id'], ['reporting_periods.id'], name=op.f('fk_figures_period_id_reporting_periods')),
    sa.ForeignKeyConstraint(['program_id'], ['programs.id'], name=op.f('fk_figures_program_id_programs')),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_figures_region_id_regions')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_figures_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_figures')),
    sa.UniqueConstraint('article_id', 'char_start', name=op.f('uq_figures_article_id'))
    )
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_figures_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_figures_period_id'), ['period_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_figures_program_id'), ['program_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_figures_region_id'), ['region_id'], unique=False)
        batch_op.create_index('ix_figures_unit_metric', ['unit_id', 'metric'], unique=False)

    op.create_table('organization_mentions',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('surface', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_organization_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_organization_mentions_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization_mentions')),
    sa.UniqueConstraint('article_id', 'char_start', 'organization_id', name=op.f('uq_organization_mentions_article_id'))
    )
    with op.batch_alter_table('organization_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organization_mentions_organization_id'), ['organization_id'], unique=False)

    op.create_table('program_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.Text(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['program_id'], ['programs.id'], name=op.f('fk_program_aliases_program_id_programs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program_aliases')),
    sa.UniqueConstraint('alias', name=op.f('uq_program_aliases_alias'))
    )
    with op.batch_alter_table('program_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_aliases_program_id'), ['program_id'], unique=False)

    op.create_table('program_mentions',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('surface', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_program_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['program_id'], ['programs.id'], name=op.f('fk_program_mentions_program_id_programs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program_mentions')),
    sa.UniqueConstraint('article_id', 'char_start', 'program_id', name=op.f('uq_program_mentions_article_id'))
    )
    with op.batch_alter_table('program_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_mentions_program_id'), ['program_id'], unique=False)

    op.create_table('region_mentions',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('surface', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_region_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_region_mentions_region_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_region_mentions')),
    sa.UniqueConstraint('article_id', 'char_start', 'region_id', name=op.f('uq_region_mentions_article_id'))
    )
    with op.batch_alter_table('region_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_region_mentions_region_id'), ['region_id'], unique=False)


    for sql in VIEWS.values():
        op.execute(sql)


def downgrade() -> None:
    for view in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {view}")
    with op.batch_alter_table('region_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_region_mentions_region_id'))

    op.drop_table('region_mentions')
    with op.batch_alter_table('program_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_mentions_program_id'))

    op.drop_table('program_mentions')
    with op.batch_alter_table('program_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_aliases_program_id'))

    op.drop_table('program_aliases')
    with op.batch_alter_table('organization_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organization_mentions_organization_id'))

    op.drop_table('organization_mentions')
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.drop_index('ix_figures_unit_metric')
        batch_op.drop_index(batch_op.f('ix_figures_region_id'))
        batch_op.drop_index(batch_op.f('ix_figures_program_id'))
        batch_op.drop_index(batch_op.f('ix_figures_period_id'))
        batch_op.drop_index(batch_op.f('ix_figures_organization_id'))

    op.drop_table('figures')
    with op.batch_alter_table('programs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programs_region_id'))
        batch_op.drop_index(batch_op.f('ix_programs_operator_id'))

    op.drop_table('programs')
    with op.batch_alter_table('organization_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organization_aliases_organization_id'))

    op.drop_table('organization_aliases')
    op.drop_table('articles')
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organizations_region_id'))

    op.drop_table('organizations')
    with op.batch_alter_table('import_failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_failures_run_id'))

    op.drop_table('import_failures')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_sha256'))
        batch_op.drop_index(batch_op.f('ix_documents_name'))

    op.drop_table('documents')
    op.drop_table('units')
    op.drop_table('saved_queries')
    op.drop_table('reporting_periods')
    with op.batch_alter_table('regions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_regions_short_name'))
        batch_op.drop_index(batch_op.f('ix_regions_parent_id'))
        batch_op.drop_index(batch_op.f('ix_regions_name'))
        batch_op.drop_index(batch_op.f('ix_regions_code'))

    op.drop_table('regions')
    op.drop_table('kb_meta')
    op.drop_table('import_runs')
