"""archive: catalogue, dossiers, packages, fixity, disposal

Revision ID: 0006_archive
Revises: 0005_axis_connector
Create Date: 2026-11-26 16:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import server.core.db

revision: str = "0006_archive"
down_revision: str | None = "0005_axis_connector"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('archive_retention_rules',
    sa.Column('category', sa.String(length=64), nullable=False),
    sa.Column('retention', sa.String(length=30), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.Column('updated_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_archive_retention_rules_updated_by_users')),
    sa.PrimaryKeyConstraint('category', name=op.f('pk_archive_retention_rules'))
    )
    op.create_table('archive_catalogues',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organ_id', sa.String(length=13), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('approved_at', server.core.db.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by'], ['users.id'], name=op.f('fk_archive_catalogues_approved_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_archive_catalogues')),
    sa.UniqueConstraint('organ_id', 'year', name=op.f('uq_archive_catalogues_organ_id_year'))
    )
    op.create_table('archive_disposal_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_code', sa.String(length=64), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=False),
    sa.Column('disposed_by', sa.Integer(), nullable=False),
    sa.Column('disposed_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['approved_by'], ['users.id'], name=op.f('fk_archive_disposal_records_approved_by_users')),
    sa.ForeignKeyConstraint(['disposed_by'], ['users.id'], name=op.f('fk_archive_disposal_records_disposed_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_archive_disposal_records'))
    )
    with op.batch_alter_table('archive_disposal_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_archive_disposal_records_file_code'), ['file_code'], unique=False)

    op.create_table('archive_dossiers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_code', sa.String(length=64), nullable=False),
    sa.Column('organ_id', sa.String(length=13), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('notation', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('retention', sa.String(length=30), nullable=False),
    sa.Column('in_catalogue', sa.Boolean(), nullable=False),
    sa.Column('transfer_deadline', sa.Date(), nullable=True),
    sa.Column('retention_ends', sa.Date(), nullable=True),
    sa.Column('under_hold', sa.Boolean(), nullable=False),
    sa.Column('search_words', sa.Text(), nullable=False),
    sa.Column('opened_by', sa.Integer(), nullable=False),
    sa.Column('disposal_approved_by', sa.Integer(), nullable=True),
    sa.Column('disposal_approved_at', server.core.db.UtcDateTime(timezone=True), nullable=True),
    sa.Column('disposal_decision', sa.String(length=100), nullable=True),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['disposal_approved_by'], ['users.id'], name=op.f('fk_archive_dossiers_disposal_approved_by_users')),
    sa.ForeignKeyConstraint(['opened_by'], ['users.id'], name=op.f('fk_archive_dossiers_opened_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_archive_dossiers')),
    sa.UniqueConstraint('file_code', name=op.f('uq_archive_dossiers_file_code'))
    )
    with op.batch_alter_table('archive_dossiers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_archive_dossiers_opened_by'), ['opened_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_archive_dossiers_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_archive_dossiers_transfer_deadline'), ['transfer_deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_archive_dossiers_year'), ['year'], unique=False)

    op.create_table('archive_fixity_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.Column('finished_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.Column('checked', sa.Integer(), nullable=False),
    sa.Column('bytes_hashed', sa.BigInteger(), nullable=False),
    sa.Column('alerts', sa.JSON(), nullable=False),
    sa.Column('started_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['started_by'], ['users.id'], name=op.f('fk_archive_fixity_runs_started_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_archive_fixity_runs'))
    )
    with op.batch_alter_table('archive_fixity_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_archive_fixity_runs_started_at'), ['started_at'], unique=False)

    op.create_table('archive_dossier_documents',
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_archive_dossier_documents_document_id_documents')),
    sa.ForeignKeyConstraint(['dossier_id'], ['archive_dossiers.id'], name=op.f('fk_archive_dossier_documents_dossier_id_archive_dossiers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('dossier_id', 'document_id', name=op.f('pk_archive_dossier_documents'))
    )
    with op.batch_alter_table('archive_dossier_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_archive_dossier_documents_document_id'), ['document_id'], unique=False)

    op.create_table('archive_packages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('documents', sa.Integer(), nullable=False),
    sa.Column('payload_bytes', sa.BigInteger(), nullable=False),
    sa.Column('transfer', sa.Boolean(), nullable=False),
    sa.Column('destroyed_at', server.core.db.UtcDateTime(timezone=True), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_archive_packages_created_by_users')),
    sa.ForeignKeyConstraint(['dossier_id'], ['archive_dossiers.id'], name=op.f('fk_archive_packages_dossier_id_archive_dossiers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_archive_packages')),
    sa.UniqueConstraint('name', name=op.f('uq_archive_packages_name'))
    )
    with op.batch_alter_table('archive_packages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_archive_packages_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('archive_transfer_warnings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('sent_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['archive_dossiers.id'], name=op.f('fk_archive_transfer_warnings_dossier_id_archive_dossiers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_archive_transfer_warnings')),
    sa.UniqueConstraint('dossier_id', 'kind', 'deadline', name=op.f('uq_archive_transfer_warnings_dossier_id_kind_deadline'))
    )
    with op.batch_alter_table('archive_transfer_warnings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_archive_transfer_warnings_dossier_id'), ['dossier_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('archive_transfer_warnings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_archive_transfer_warnings_dossier_id'))

    op.drop_table('archive_transfer_warnings')
    with op.batch_alter_table('archive_packages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_archive_packages_dossier_id'))

    op.drop_table('archive_packages')
    with op.batch_alter_table('archive_dossier_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_archive_dossier_documents_document_id'))

    op.drop_table('archive_dossier_documents')
    with op.batch_alter_table('archive_fixity_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_archive_fixity_runs_started_at'))

    op.drop_table('archive_fixity_runs')
    with op.batch_alter_table('archive_dossiers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_archive_dossiers_year'))
        batch_op.drop_index(batch_op.f('ix_archive_dossiers_transfer_deadline'))
        batch_op.drop_index(batch_op.f('ix_archive_dossiers_state'))
        batch_op.drop_index(batch_op.f('ix_archive_dossiers_opened_by'))

    op.drop_table('archive_dossiers')
    with op.batch_alter_table('archive_disposal_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_archive_disposal_records_file_code'))

    op.drop_table('archive_disposal_records')
    op.drop_table('archive_catalogues')
    op.drop_table('archive_retention_rules')
