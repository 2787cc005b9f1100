"""signatures: the validation report stored with each signed document version

Revision ID: 0004_signatures
Revises: 0003_meetings
Create Date: 2026-11-26 14:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import server.core.db

revision: str = "0004_signatures"
down_revision: str | None = "0003_meetings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "version_signature_reports",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("signer_user_id", sa.Integer(), nullable=True),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.Column("created_at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["signer_user_id"], ["users.id"],
            name=op.f("fk_version_signature_reports_signer_user_id_users")),
        sa.ForeignKeyConstraint(
            ["version_id"], ["document_versions.id"], ondelete="CASCADE",
            name=op.f("fk_version_signature_reports_version_id_document_versions")),
        sa.PrimaryKeyConstraint("version_id", name=op.f("pk_version_signature_reports")),
    )


def downgrade() -> None:
    op.drop_table("version_signature_reports")
