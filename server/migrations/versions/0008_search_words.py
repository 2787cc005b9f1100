"""search: word-level index for Vietnamese search

Revision ID: 0008_search_words
Revises: 0007_meeting_records
Create Date: 2026-11-26 16:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0008_search_words"
down_revision: str | None = "0007_meeting_records"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
