"""Where and who, explained: how each figure's region and organization were chosen, every
region a figure is about, regions below the county, foreign countries and groupings.

- figures.region_basis, figures.organization_basis: the scope the link was made in (clause,
  sentence, organization, paragraph, heading, article_lead, dateline, inferred, home_region).
- figure_regions: every region of a figure that names several, seq 0 being figures.region_id.
- regions.iso_code (ISO 3166-1 alpha-2: CN for 全国, KR for 韩国), levels township, village and
  group; region_members: the members of a group (京津冀).
- figure_facts: new columns region_basis, organization_basis and regions (every region of the
  figure joined with 、, the primary first).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

from minsheng.migrations import frozen_revision

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# Frozen here (no imports from the live code): a later change is a new revision.
BASES = ("clause", "sentence", "organization", "paragraph", "heading", "article_lead",
         "dateline", "inferred", "home_region")
OLD_LEVELS = ("country", "province", "prefecture", "county", "area")
NEW_LEVELS = OLD_LEVELS + ("township", "village", "group")


def _in(column, values):
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


# figure_facts as revision 0001 froze it, cut where this revision's columns go: after the
# select list (they are kept together at its end), before the joins.
OLD_FACTS = frozen_revision("0001_baseline_schema.py").VIEWS["figure_facts"]
_FACTS_HEAD, _from, _rest = OLD_FACTS.partition("\nFROM figures f\n")
_FACTS_TAIL = _from + _rest
# where-who columns, kept together at the end of the select list
_REGIONS_SQLITE = """(SELECT group_concat(name, '、') FROM (SELECT r2.name AS name FROM figure_regions fr
        JOIN regions r2 ON r2.id = fr.region_id WHERE fr.figure_id = f.id ORDER BY fr.seq))"""
_REGIONS_PG = """(SELECT string_agg(r2.name, '、' ORDER BY fr.seq) FROM figure_regions fr
        JOIN regions r2 ON r2.id = fr.region_id WHERE fr.figure_id = f.id)"""


# The other views read regions: SQLite cannot rename a rebuilt table under a view, so they
# are dropped and made again as they were (revision 0001).
OTHER_VIEWS = {name: frozen_revision("0001_baseline_schema.py").VIEWS[name]
               for name in ("program_overview", "organization_overview")}


def _drop_views() -> None:
    for name in ("figure_facts", *OTHER_VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")


def _create_other_views() -> None:
    for sql in OTHER_VIEWS.values():
        op.execute(sql)


def _new_facts(dialect: str) -> str:
    regions = _REGIONS_PG if dialect == "postgresql" else _REGIONS_SQLITE
    return (_FACTS_HEAD + ",\n    f.region_basis AS region_basis,\n"
            "    f.organization_basis AS organization_basis,\n"
            f"    COALESCE({regions}, r.name) AS regions" + _FACTS_TAIL)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    _drop_views()
    with op.batch_alter_table('regions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('iso_code', sa.String(length=2), nullable=True))
        batch_op.drop_constraint(batch_op.f('ck_regions_level'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_regions_level'), _in("level", NEW_LEVELS))
        batch_op.create_index(batch_op.f('ix_regions_iso_code'), ['iso_code'], unique=False)
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('region_basis', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('organization_basis', sa.String(length=16), nullable=True))
        batch_op.create_check_constraint(batch_op.f('ck_figures_region_basis'), _in("region_basis", BASES))
        batch_op.create_check_constraint(batch_op.f('ck_figures_organization_basis'),
                                         _in("organization_basis", BASES))
    op.create_table('region_members',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['regions.id'], name=op.f('fk_region_members_group_id_regions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['regions.id'], name=op.f('fk_region_members_member_id_regions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', 'member_id', name=op.f('pk_region_members'))
    )
    with op.batch_alter_table('region_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_region_members_member_id'), ['member_id'], unique=False)
    op.create_table('figure_regions',
    sa.Column('figure_id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['figure_id'], ['figures.id'], name=op.f('fk_figure_regions_figure_id_figures'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_figure_regions_region_id_regions')),
    sa.PrimaryKeyConstraint('figure_id', 'region_id', name=op.f('pk_figure_regions'))
    )
    with op.batch_alter_table('figure_regions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_figure_regions_region_id'), ['region_id'], unique=False)
    op.execute(_new_facts(dialect))
    _create_other_views()


def downgrade() -> None:
    _drop_views()
    with op.batch_alter_table('figure_regions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_figure_regions_region_id'))
    op.drop_table('figure_regions')
    with op.batch_alter_table('region_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_region_members_member_id'))
    op.drop_table('region_members')
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_figures_organization_basis'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_figures_region_basis'), type_='check')
        batch_op.drop_column('organization_basis')
        batch_op.drop_column('region_basis')
    # the rows stay (figures and mentions point at them): below the county and groupings
    # become areas, the level the earlier schema had for named places inside a division
    op.execute("UPDATE regions SET level = 'area' WHERE level IN ('township', 'village', 'group')")
    with op.batch_alter_table('regions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_regions_iso_code'))
        batch_op.drop_constraint(batch_op.f('ck_regions_level'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_regions_level'), _in("level", OLD_LEVELS))
        batch_op.drop_column('iso_code')
    op.execute(OLD_FACTS)
    _create_other_views()
