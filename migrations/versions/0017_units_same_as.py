"""Units kept as written: ``units.same_as``, the unit a symbol or a synonym equals.

A physical unit the text writes as a symbol or a synonym (kg, cm, 摄氏度, V) is now stored as
written, the way a reader copies it, instead of as the unit it stands for (公斤, 厘米, ℃, 伏).
This column names that unit, so that `GROUP BY COALESCE(same_as, name)` still adds 5kg and
3公斤 together. The figures themselves change with the next load (the extractor's version
changed).

A plain ADD COLUMN on both backends: no view reads the column, so SQLite needs no copy of the
table. Downgrade drops it again.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('units', sa.Column('same_as', sa.String(length=16), nullable=True))


def downgrade() -> None:
    op.drop_column('units', 'same_as')
