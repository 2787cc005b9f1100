"""axis connector: outbox, received messages, delivery statuses

Revision ID: 0005_axis_connector
Revises: 0004_signatures
Create Date: 2026-11-26 16:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import server.core.db

revision: str = "0005_axis_connector"
down_revision: str | None = "0004_signatures"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UtcDateTime = server.core.db.UtcDateTime


def _outbox() -> None:
    op.create_table(
        "axis_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("edxml_document_id", sa.String(length=300), nullable=False),
        sa.Column("status_code", sa.String(length=2), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("recipients", sa.String(length=2000), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UtcDateTime(timezone=True), nullable=False),
        sa.Column("claimed_until", UtcDateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", UtcDateTime(timezone=True), nullable=False),
        sa.Column("sent_at", UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_axis_outbox_document_id_documents")),
        sa.ForeignKeyConstraint(["file_sha256"], ["stored_files.sha256"],
                                name=op.f("fk_axis_outbox_file_sha256_stored_files")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_axis_outbox")),
        sa.UniqueConstraint("message_id", name=op.f("uq_axis_outbox_message_id")),
    )
    op.create_index("ix_axis_outbox_due", "axis_outbox", ["state", "next_attempt_at"])
    op.create_index(op.f("ix_axis_outbox_document_id"), "axis_outbox", ["document_id"])


def _received() -> None:
    op.create_table(
        "axis_received",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=128), nullable=False),
        sa.Column("sender", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("edxml_document_id", sa.String(length=300), nullable=False),
        sa.Column("status_code", sa.String(length=2), nullable=True),
        sa.Column("business_type", sa.Integer(), nullable=False),
        sa.Column("accepted_document_key", sa.String(length=300), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=60), nullable=True),
        sa.Column("promulgation_date", sa.String(length=10), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("received_at", UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_axis_received_document_id_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_axis_received")),
        sa.UniqueConstraint("accepted_document_key",
                            name=op.f("uq_axis_received_accepted_document_key")),
        sa.UniqueConstraint("message_id", name=op.f("uq_axis_received_message_id")),
    )
    op.create_index("ix_axis_received_document", "axis_received",
                    ["sender", "edxml_document_id"])
    op.create_index(op.f("ix_axis_received_document_id"), "axis_received", ["document_id"])


def _statuses_and_quarantine() -> None:
    op.create_table(
        "axis_delivery_statuses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("status_code", sa.String(length=2), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("reported_at", UtcDateTime(timezone=True), nullable=False),
        sa.Column("message_id", sa.String(length=128), nullable=False),
        sa.Column("received_at", UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["document_recipients.id"], ondelete="CASCADE",
            name=op.f("fk_axis_delivery_statuses_recipient_id_document_recipients")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_axis_delivery_statuses")),
    )
    op.create_index(op.f("ix_axis_delivery_statuses_recipient_id"), "axis_delivery_statuses",
                    ["recipient_id"])
    op.create_table(
        "axis_quarantine",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=128), nullable=False),
        sa.Column("sender", sa.String(length=32), nullable=False),
        sa.Column("edxml_document_id", sa.String(length=300), nullable=True),
        sa.Column("error_code", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("rejection_sent", sa.Boolean(), nullable=False),
        sa.Column("quarantined_at", UtcDateTime(timezone=True), nullable=False),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.Column("resolved_at", UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["file_sha256"], ["stored_files.sha256"],
                                name=op.f("fk_axis_quarantine_file_sha256_stored_files")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_axis_quarantine")),
    )
    op.create_index(op.f("ix_axis_quarantine_message_id"), "axis_quarantine", ["message_id"])


def upgrade() -> None:
    _outbox()
    _received()
    _statuses_and_quarantine()
    with op.batch_alter_table("document_recipients") as batch:
        batch.add_column(sa.Column("axis_status_code", sa.String(length=2), nullable=True))
        batch.add_column(sa.Column("axis_status_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("document_recipients") as batch:
        batch.drop_column("axis_status_note")
        batch.drop_column("axis_status_code")
    op.drop_table("axis_quarantine")
    op.drop_table("axis_delivery_statuses")
    op.drop_table("axis_received")
    op.drop_table("axis_outbox")
