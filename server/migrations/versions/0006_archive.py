"""archive: catalogue, dossiers, packages, fixity, disposal

Revision ID: 0006_archive
Revises: 0005_axis_connector
Create Date: 2026-11-26 16:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0006_archive"
down_revision: str | None = "0005_axis_connector"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
