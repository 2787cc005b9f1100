"""meeting notices: the "meeting starting soon" notice sent once per meeting and time

Revision ID: 0010_meeting_notices
Revises: 0009_intake_keys
Create Date: 2026-11-27 14:00:00.000000

``meeting_notices`` records each notice the meeting-notice job published, keyed by the meeting
and the scheduled time it announced, so several workers never send it twice and a rescheduled
meeting is announced again.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import server.core.db

revision: str = "0010_meeting_notices"
down_revision: str | None = "0009_intake_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meeting_notices",
        sa.Column("meeting_id", sa.String(length=64), nullable=False),
        sa.Column("scheduled_at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("sent_at", server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE",
                                name=op.f("fk_meeting_notices_meeting_id_meetings")),
        sa.PrimaryKeyConstraint("meeting_id", "scheduled_at", name=op.f("pk_meeting_notices")),
    )


def downgrade() -> None:
    op.drop_table("meeting_notices")
