"""meeting records: minutes signatures, conclusion notice link

Revision ID: 0007_meeting_records
Revises: 0006_archive
Create Date: 2026-11-26 16:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import server.core.db

revision: str = "0007_meeting_records"
down_revision: str | None = "0006_archive"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meeting_minutes_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.String(length=64), nullable=False),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("signer_role", sa.String(length=16), nullable=True),
        sa.Column("signed_by", sa.Integer(), nullable=True),
        sa.Column("report", sa.JSON(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"],
                                name=op.f("fk_meeting_minutes_versions_created_by_users")),
        sa.ForeignKeyConstraint(
            ["file_sha256"], ["stored_files.sha256"],
            name=op.f("fk_meeting_minutes_versions_file_sha256_stored_files")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], ondelete="CASCADE",
            name=op.f("fk_meeting_minutes_versions_meeting_id_meetings")),
        sa.ForeignKeyConstraint(["signed_by"], ["users.id"],
                                name=op.f("fk_meeting_minutes_versions_signed_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_minutes_versions")),
        sa.UniqueConstraint("meeting_id", "version_no",
                            name=op.f("uq_meeting_minutes_versions_meeting_id_version_no")),
    )
    with op.batch_alter_table("meeting_minutes_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_minutes_versions_meeting_id"),
                              ["meeting_id"], unique=False)
    op.create_table(
        "meeting_conclusion_notices",
        sa.Column("meeting_id", sa.String(length=64), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"],
                                name=op.f("fk_meeting_conclusion_notices_created_by_users")),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"],
            name=op.f("fk_meeting_conclusion_notices_document_id_documents")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], ondelete="CASCADE",
            name=op.f("fk_meeting_conclusion_notices_meeting_id_meetings")),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_meeting_conclusion_notices")),
        sa.UniqueConstraint("document_id",
                            name=op.f("uq_meeting_conclusion_notices_document_id")),
    )


def downgrade() -> None:
    op.drop_table("meeting_conclusion_notices")
    with op.batch_alter_table("meeting_minutes_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_minutes_versions_meeting_id"))
    op.drop_table("meeting_minutes_versions")
