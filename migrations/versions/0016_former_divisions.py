"""Former divisions: ``regions.listed_until``, the last year the code list names a division
abolished since.

People's Daily of 1998 writes 宣武区, 塘沽区 and 唐海县, which today's code list no longer has
(merged into 西城区, 滨海新区 and 曹妃甸区). The gazetteer now carries them, from the GB/T 2260
vintages of 2002-2013, under their last code and parent, so a figure about 唐海县 is about
唐海县; this column tells them from current divisions. The rows themselves come with the next
load, as every gazetteer row does (the gazetteer's vintage changed).

A plain ADD COLUMN on both backends: no view reads the column, so SQLite needs no copy of the
table. Downgrade drops it again (the rows stay, as ordinary county rows).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('regions', sa.Column('listed_until', sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column('regions', 'listed_until')
