"""Measures and corrections: what each figure measures, and corrections by hand that survive
re-import.

- ``measures``: the vocabulary a figure's ``measure`` comes from (filled by every load from
  ``etl/data/measures.tsv``);
- ``figures.measure`` (→ measures.code) and ``figures.measure_basis`` (the deciding words);
- ``corrections``: one row per corrected figure, anchored to its text, not its id;
- ``figure_facts`` recreated with the columns ``measure``, ``measure_label``,
  ``measure_kind``, ``measure_basis``, ``corrected`` and ``correction_id``; a corrected
  figure shows the corrected region, organisation, period and measure (their ``*_basis`` then
  say ``corrected``), and a figure corrected as not a figure is left out.

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

from minsheng.migrations import frozen_revision

revision = '0010'
down_revision = '0008'
branch_labels = None
depends_on = None

# Frozen at this revision (no imports from the live code): a later change is a new revision.
_REGIONS_SQLITE = """(SELECT group_concat(name, '、') FROM (SELECT r2.name AS name FROM figure_regions fr
        JOIN regions r2 ON r2.id = fr.region_id WHERE fr.figure_id = f.id ORDER BY fr.seq))"""
_REGIONS_PG = """(SELECT string_agg(r2.name, '、' ORDER BY fr.seq) FROM figure_regions fr
        JOIN regions r2 ON r2.id = fr.region_id WHERE fr.figure_id = f.id)"""


# corrected values where a correction says so; its basis then reads 'corrected'
FIGURE_FACTS = """
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
    CASE WHEN c.period_label IS NOT NULL THEN c.period_start ELSE p.start_date END
        AS period_start,
    CASE WHEN c.period_label IS NOT NULL THEN c.period_end ELSE p.end_date END AS period_end,
    COALESCE(c.period_label, p.label) AS period_label,
    COALESCE(c.cumulative, p.cumulative, FALSE) AS cumulative,
    f.unit_basis AS unit_basis,
    CASE WHEN c.period_label IS NOT NULL THEN 'corrected' ELSE f.period_basis END
        AS period_basis,
    cp.label AS compared_to,
    cp.start_date AS compared_to_start,
    cp.end_date AS compared_to_end,
    COALESCE(cr.name, r.name) AS region,
    CASE WHEN c.region_id IS NOT NULL THEN cr.code ELSE r.code END AS region_code,
    COALESCE(c.organization, o.name) AS organization,
    pr.name AS program,
    COALESCE(c.measure, f.measure) AS measure,
    ms.label AS measure_label,
    ms.kind AS measure_kind,
    CASE WHEN c.measure IS NOT NULL THEN 'corrected' ELSE f.measure_basis END AS measure_basis,
    f.evidence AS evidence,
    f.char_start AS char_start,
    f.char_end AS char_end,
    d.published_on AS published_on,
    d.id AS document_id,
    a.id AS article_id,
    a.seq AS article_seq,
    CASE WHEN c.region_id IS NOT NULL THEN 'corrected' ELSE f.region_basis END AS region_basis,
    CASE WHEN c.organization IS NOT NULL THEN 'corrected' ELSE f.organization_basis END
        AS organization_basis,
    CASE WHEN c.region_id IS NOT NULL THEN cr.name ELSE COALESCE({regions}, r.name) END
        AS regions,
    c.id IS NOT NULL AS corrected,
    c.id AS correction_id
FROM figures f
JOIN articles a ON a.id = f.article_id
JOIN documents d ON d.id = a.document_id
JOIN units u ON u.id = f.unit_id
LEFT JOIN corrections c ON c.figure_id = f.id
LEFT JOIN reporting_periods p ON p.id = f.period_id
LEFT JOIN reporting_periods cp ON cp.id = f.compared_to_period_id
LEFT JOIN regions r ON r.id = f.region_id
LEFT JOIN regions cr ON cr.id = c.region_id
LEFT JOIN organizations o ON o.id = f.organization_id
LEFT JOIN programs pr ON pr.id = f.program_id
LEFT JOIN measures ms ON ms.code = COALESCE(c.measure, f.measure)
WHERE c.not_a_figure IS NULL OR c.not_a_figure = FALSE
ORDER BY d.name, a.seq, f.char_start
"""


def _view(sql: str) -> str:
    regions = _REGIONS_PG if op.get_bind().dialect.name == "postgresql" else _REGIONS_SQLITE
    return sql.replace("{regions}", regions)


# Unchanged, but they read ``figures``, which SQLite's batch mode recreates: dropped around it.
OVERVIEWS = {name: frozen_revision("0001_baseline_schema.py").VIEWS[name]
             for name in ("program_overview", "organization_overview")}


def _drop_views() -> None:
    for name in ("figure_facts", *OVERVIEWS):
        op.execute(f"DROP VIEW {name}")


def _create_overviews() -> None:
    for sql in OVERVIEWS.values():
        op.execute(sql)


def upgrade() -> None:
    _drop_views()
    op.create_table('measures',
    sa.Column('code', sa.String(length=48), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('dimension', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('signals', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.CheckConstraint("dimension IN ('money', 'people', 'person_times', 'count', 'ratio', 'duration', 'area')", name=op.f('ck_measures_dimension')),
    sa.CheckConstraint("kind IN ('stock', 'flow', 'rate', 'parameter')", name=op.f('ck_measures_kind')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_measures'))
    )
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('measure', sa.String(length=48), nullable=True))
        batch_op.add_column(sa.Column('measure_basis', sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f('ix_figures_measure'), ['measure'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_figures_measure_measures'), 'measures',
                                    ['measure'], ['code'])
    op.create_table('corrections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_path', sa.Text(), nullable=False),
    sa.Column('document_sha256', sa.String(length=64), nullable=True),
    sa.Column('article_seq', sa.Integer(), nullable=False),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('surface', sa.Text(), nullable=False),
    sa.Column('context_before', sa.Text(), nullable=False),
    sa.Column('context_after', sa.Text(), nullable=False),
    sa.Column('figure_id', sa.Integer(), nullable=True),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('organization', sa.Text(), nullable=True),
    sa.Column('period_label', sa.Text(), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('cumulative', sa.Boolean(), nullable=True),
    sa.Column('measure', sa.String(length=48), nullable=True),
    sa.Column('not_a_figure', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_by', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['figure_id'], ['figures.id'], name=op.f('fk_corrections_figure_id_figures'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['measure'], ['measures.code'], name=op.f('fk_corrections_measure_measures')),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_corrections_region_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_corrections')),
    sa.UniqueConstraint('document_path', 'article_seq', 'char_start', 'surface', name=op.f('uq_corrections_document_path'))
    )
    with op.batch_alter_table('corrections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_corrections_figure_id'), ['figure_id'], unique=True)
    op.execute(_view(FIGURE_FACTS))
    _create_overviews()


def downgrade() -> None:
    _drop_views()
    with op.batch_alter_table('corrections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_corrections_figure_id'))
    op.drop_table('corrections')
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_figures_measure_measures'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_figures_measure'))
        batch_op.drop_column('measure_basis')
        batch_op.drop_column('measure')
    op.drop_table('measures')
    op.execute(frozen_revision("0008_what_when.py")._figure_facts(with_what_when=True))
    _create_overviews()
