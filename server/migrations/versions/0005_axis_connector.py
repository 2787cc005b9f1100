"""axis connector: outbox, received messages, delivery statuses

Revision ID: 0005_axis_connector
Revises: 0004_signatures
Create Date: 2026-11-26 16:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0005_axis_connector"
down_revision: str | None = "0004_signatures"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
