"""meeting records: minutes signatures, conclusion notice link

Revision ID: 0007_meeting_records
Revises: 0006_archive
Create Date: 2026-11-26 16:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0007_meeting_records"
down_revision: str | None = "0006_archive"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
