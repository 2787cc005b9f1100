"""intake keys: one Idempotency-Key of incoming intake, one document

Revision ID: 0009_intake_keys
Revises: 0008_search_words
Create Date: 2026-11-27 10:00:00.000000

Until now the server looked for an earlier document of the same file before receiving one, with
nothing in the database to stop two concurrent requests with the same key from both inserting.
``intake_keys`` holds each key once (its primary key), in the transaction of the document it
made.

Existing incoming documents are given the key the earlier lookup would have matched (the
SHA-256 of their first version), the oldest document of each file winning: a scan whose upload
was interrupted before the upgrade and repeated after it still finds its document.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import server.core.db

revision: str = "0009_intake_keys"
down_revision: str | None = "0008_search_words"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# This revision's own view of the tables it reads (the models may change later).
_documents = sa.table("documents", sa.column("id", sa.Integer),
                      sa.column("direction", sa.String), sa.column("created_at", sa.DateTime))
_versions = sa.table("document_versions", sa.column("document_id", sa.Integer),
                     sa.column("version_no", sa.Integer), sa.column("file_sha256", sa.String))
_intake_keys = sa.table("intake_keys", sa.column("key", sa.String),
                        sa.column("document_id", sa.Integer), sa.column("created_at", sa.DateTime))


def _fill_from_existing_documents() -> None:
    """One INSERT … SELECT: the oldest incoming document of each first-version file."""
    oldest = (
        sa.select(_versions.c.file_sha256.label("key"),
                  sa.func.min(_documents.c.id).label("document_id"))
        .select_from(_documents.join(_versions, _versions.c.document_id == _documents.c.id))
        .where(_documents.c.direction == "incoming", _versions.c.version_no == 1)
        .group_by(_versions.c.file_sha256)
        .subquery()
    )
    rows = (sa.select(oldest.c.key, oldest.c.document_id, _documents.c.created_at)
            .join(_documents, _documents.c.id == oldest.c.document_id))
    op.execute(_intake_keys.insert().from_select(["key", "document_id", "created_at"], rows))


def upgrade() -> None:
    op.create_table(
        "intake_keys",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("created_at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_intake_keys_document_id_documents")),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_intake_keys")),
        sa.UniqueConstraint("document_id", name=op.f("uq_intake_keys_document_id")),
    )
    _fill_from_existing_documents()


def downgrade() -> None:
    op.drop_table("intake_keys")
