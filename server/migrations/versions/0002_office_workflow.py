"""office workflow: documents, registers, holidays

Revision ID: 0002_office_workflow
Revises: 0001_foundation
Create Date: 2026-11-26 13:23:57.212737
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import server.core.db

revision: str = "0002_office_workflow"
down_revision: str | None = "0001_foundation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCH_INDEX = "ix_documents_search_trgm"
# Copied, not imported: a migration must not change when the models do.
OPEN_STATES_SQL = (
    "state IN ('received', 'registered', 'presented', 'directed', 'in_progress', 'draft', "
    "'in_review', 'returned', 'to_sign', 'signed')"
)


def upgrade() -> None:
    op.create_table(
        "holidays",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_holidays")),
    )
    op.create_table(
        "registers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("series", sa.String(length=48), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_registers_agency_id_agencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registers")),
        sa.UniqueConstraint(
            "agency_id",
            "direction",
            "year",
            "series",
            name=op.f("uq_registers_agency_id_direction_year_series"),
        ),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("type_code", sa.String(length=32), nullable=False),
        sa.Column("is_normative", sa.Boolean(), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("notation", sa.String(length=30), nullable=True),
        sa.Column("register_id", sa.Integer(), nullable=True),
        sa.Column("arrival_number", sa.Integer(), nullable=True),
        sa.Column("arrival_date", server.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("issuing_organ_id", sa.String(length=13), nullable=True),
        sa.Column("issuing_organ_name", sa.String(length=200), nullable=True),
        sa.Column("signer_authority", sa.String(length=10), nullable=True),
        sa.Column("signer_position", sa.String(length=100), nullable=True),
        sa.Column("signer_name", sa.String(length=50), nullable=True),
        sa.Column("urgency", sa.String(length=16), nullable=False),
        sa.Column("confidentiality", sa.String(length=16), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("page_count", sa.Integer(), nullable=True),
        sa.Column("drafting_unit_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("presented_to", sa.Integer(), nullable=True),
        sa.Column("direction_text", sa.Text(), nullable=True),
        sa.Column("directed_by", sa.Integer(), nullable=True),
        sa.Column("directed_at", server.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("reply_to_id", sa.Integer(), nullable=True),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.Column("business_type", sa.Integer(), nullable=False),
        sa.Column("completed_at", server.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("text_status", sa.String(length=16), nullable=False),
        sa.Column("created_at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_documents_agency_id_agencies")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_documents_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["directed_by"], ["users.id"], name=op.f("fk_documents_directed_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["drafting_unit_id"], ["units.id"], name=op.f("fk_documents_drafting_unit_id_units")
        ),
        sa.ForeignKeyConstraint(
            ["presented_to"], ["users.id"], name=op.f("fk_documents_presented_to_users")
        ),
        sa.ForeignKeyConstraint(
            ["register_id"], ["registers.id"], name=op.f("fk_documents_register_id_registers")
        ),
        sa.ForeignKeyConstraint(
            ["replaces_id"], ["documents.id"], name=op.f("fk_documents_replaces_id_documents")
        ),
        sa.ForeignKeyConstraint(
            ["reply_to_id"], ["documents.id"], name=op.f("fk_documents_reply_to_id_documents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_due_date"), ["due_date"], unique=False)
        batch_op.create_index(
            "ix_documents_duplicate_key", ["number", "notation", "issuing_organ_id"], unique=False
        )
        batch_op.create_index(
            "ix_documents_register_number", ["register_id", "number"], unique=False
        )
        batch_op.create_index("ix_documents_state_direction", ["state", "direction"], unique=False)
        batch_op.create_index(
            "ix_documents_open_due",
            ["due_date", "id"],
            unique=False,
            postgresql_where=sa.text(OPEN_STATES_SQL),
            sqlite_where=sa.text(OPEN_STATES_SQL),
        )
        batch_op.create_index(batch_op.f("ix_documents_created_by"), ["created_by"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_documents_presented_to"), ["presented_to"], unique=False
        )

    op.create_table(
        "document_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("assigned_by", sa.Integer(), nullable=False),
        sa.Column("assigned_at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("done_at", server.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_by"], ["users.id"], name=op.f("fk_document_assignments_assigned_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_assignments_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["document_assignments.id"],
            name=op.f("fk_document_assignments_parent_id_document_assignments"),
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_document_assignments_unit_id_units")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_document_assignments_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_assignments")),
    )
    with op.batch_alter_table("document_assignments", schema=None) as batch_op:
        batch_op.create_index("ix_assignments_user_open", ["user_id", "done_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_document_assignments_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_document_assignments_unit_id"), ["unit_id"], unique=False
        )

    op.create_table(
        "document_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("text_status", sa.String(length=16), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=False),
        sa.Column("added_at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by"], ["users.id"], name=op.f("fk_document_attachments_added_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_attachments_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["file_sha256"],
            ["stored_files.sha256"],
            name=op.f("fk_document_attachments_file_sha256_stored_files"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_attachments")),
    )
    with op.batch_alter_table("document_attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_attachments_document_id"), ["document_id"], unique=False
        )

    op.create_table(
        "document_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("from_state", sa.String(length=16), nullable=True),
        sa.Column("to_state", sa.String(length=16), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["users.id"], name=op.f("fk_document_history_actor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_history_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_history")),
    )
    with op.batch_alter_table("document_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_history_document_id"), ["document_id"], unique=False
        )

    op.create_table(
        "document_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_participants_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_document_participants_unit_id_units")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_document_participants_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_participants")),
        sa.UniqueConstraint(
            "document_id",
            "user_id",
            "unit_id",
            "reason",
            name=op.f("uq_document_participants_document_id_user_id_unit_id_reason"),
        ),
    )
    with op.batch_alter_table("document_participants", schema=None) as batch_op:
        batch_op.create_index("ix_participants_unit", ["unit_id", "document_id"], unique=False)
        batch_op.create_index("ix_participants_user", ["user_id", "document_id"], unique=False)

    op.create_table(
        "document_recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("organ_id", sa.String(length=13), nullable=True),
        sa.Column("organ_name", sa.String(length=200), nullable=True),
        sa.Column("delivery_status", sa.String(length=16), nullable=False),
        sa.Column("status_at", server.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_recipients_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_document_recipients_unit_id_units")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_document_recipients_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_recipients")),
    )
    with op.batch_alter_table("document_recipients", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_recipients_document_id"), ["document_id"], unique=False
        )

    op.create_table(
        "document_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_document_versions_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_versions_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["file_sha256"],
            ["stored_files.sha256"],
            name=op.f("fk_document_versions_file_sha256_stored_files"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_versions")),
        sa.UniqueConstraint(
            "document_id", "version_no", name=op.f("uq_document_versions_document_id_version_no")
        ),
    )
    op.create_table(
        "deadline_reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sent_at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["document_assignments.id"],
            name=op.f("fk_deadline_reminders_assignment_id_document_assignments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_reminders")),
        sa.UniqueConstraint(
            "assignment_id", "kind", name=op.f("uq_deadline_reminders_assignment_id_kind")
        ),
    )
    op.create_table(
        "document_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_document_comments_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_comments_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["document_versions.id"],
            name=op.f("fk_document_comments_version_id_document_versions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_comments")),
    )
    with op.batch_alter_table("document_comments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_comments_document_id"), ["document_id"], unique=False
        )

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "handles_confidential", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )

    if op.get_bind().dialect.name == "postgresql":
        # Substring search ("%quyet dinh%") over millions of rows needs a trigram index.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(f"CREATE INDEX {SEARCH_INDEX} ON documents USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {SEARCH_INDEX}")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("handles_confidential")

    with op.batch_alter_table("document_comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_comments_document_id"))

    op.drop_table("document_comments")
    op.drop_table("deadline_reminders")
    op.drop_table("document_versions")
    with op.batch_alter_table("document_recipients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_recipients_document_id"))

    op.drop_table("document_recipients")
    with op.batch_alter_table("document_participants", schema=None) as batch_op:
        batch_op.drop_index("ix_participants_user")
        batch_op.drop_index("ix_participants_unit")

    op.drop_table("document_participants")
    with op.batch_alter_table("document_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_history_document_id"))

    op.drop_table("document_history")
    with op.batch_alter_table("document_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_attachments_document_id"))

    op.drop_table("document_attachments")
    with op.batch_alter_table("document_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_assignments_unit_id"))
        batch_op.drop_index(batch_op.f("ix_document_assignments_document_id"))
        batch_op.drop_index("ix_assignments_user_open")

    op.drop_table("document_assignments")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_presented_to"))
        batch_op.drop_index(batch_op.f("ix_documents_created_by"))
        batch_op.drop_index("ix_documents_open_due")
        batch_op.drop_index("ix_documents_state_direction")
        batch_op.drop_index("ix_documents_register_number")
        batch_op.drop_index("ix_documents_duplicate_key")
        batch_op.drop_index(batch_op.f("ix_documents_due_date"))
        batch_op.drop_index(batch_op.f("ix_documents_created_at"))

    op.drop_table("documents")
    op.drop_table("registers")
    op.drop_table("holidays")
