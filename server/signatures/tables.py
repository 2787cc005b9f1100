"""Validation reports kept with the signed versions they judged."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from server.core.db import Base, UtcDateTime, utcnow


class VersionSignatureReport(Base):
    """The validation report of one signed document version, as computed when it was stored."""

    __tablename__ = "version_signature_reports"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("document_versions.id", ondelete="CASCADE"), primary_key=True)
    step: Mapped[str] = mapped_column(String(32))
    """``leader_signature`` (checked upload) or ``issuance`` (filled and sealed by the server)."""
    verdict: Mapped[str] = mapped_column(String(16))
    signer_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    """The person the newest signature's certificate was bound to, if any."""
    report: Mapped[dict[str, Any]] = mapped_column(JSON)
    """``signing.VerificationReport.to_json()``."""
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
