"""Copies and sidecars: the same bytes under a second path are one document, and a sidecar's
content is part of what makes a page unchanged.

``documents.sidecar_sha256`` holds the SHA-256 of the page's ``.meta.json`` sidecar as it was
loaded (NULL: no sidecar), so that a sidecar added or edited next to an unchanged page has the
page extracted again. ``document_copies`` records every other path holding the bytes of a
stored document: a copy is not extracted nor stored again (its figures would be counted twice).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('documents', sa.Column('sidecar_sha256', sa.String(length=64), nullable=True))
    op.create_table('document_copies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('seen_run_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_document_copies_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['seen_run_id'], ['import_runs.id'], name=op.f('fk_document_copies_seen_run_id_import_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_copies')),
    sa.UniqueConstraint('path', name=op.f('uq_document_copies_path'))
    )
    with op.batch_alter_table('document_copies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_copies_document_id'), ['document_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('document_copies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_copies_document_id'))
    op.drop_table('document_copies')
    # not batch mode: on SQLite that rebuilds the table, which the views over it forbid
    op.drop_column('documents', 'sidecar_sha256')
