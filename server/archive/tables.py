"""Tables of the agency archive: catalogues, dossiers, packages, fixity runs, disposal records.

A dossier is stored like a meeting: one row holding the archive core's JSON snapshot
(``archive.adapters.codec``) plus the plain columns lists sort, filter and search by. The
documents a dossier references are also indexed in ``archive_dossier_documents`` so "which live
dossiers hold this document" and the search over filed documents are single queries; a document
sits in several dossiers by reference, never copied.

Disposal records are append-only: nothing updates or deletes them (Phụ lục VI: kept forever).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.core.db import Base, UtcDateTime, utcnow


class CatalogueRow(Base):
    """Danh mục hồ sơ of one year: the core's snapshot and its approval."""

    __tablename__ = "archive_catalogues"
    __table_args__ = (UniqueConstraint("organ_id", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organ_id: Mapped[str] = mapped_column(String(13))
    year: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer)
    __mapper_args__ = {"version_id_col": version}


class RetentionRuleRow(Base):
    """One line of the agency's retention schedule (after TT 10/2022/TT-BNV): a record category
    and how long its dossiers are kept. Configured by the agency, not fixed in code."""

    __tablename__ = "archive_retention_rules"

    category: Mapped[str] = mapped_column(String(64), primary_key=True)
    retention: Mapped[str] = mapped_column(String(30))
    """``Vĩnh viễn`` or ``N năm`` (``archive.retention.Retention.label``)."""
    description: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class DossierRow(Base):
    """A dossier (hồ sơ): its snapshot and the columns lists and jobs look at."""

    __tablename__ = "archive_dossiers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_code: Mapped[str] = mapped_column(String(64), unique=True)
    organ_id: Mapped[str] = mapped_column(String(13))
    year: Mapped[int] = mapped_column(Integer, index=True)
    notation: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    state: Mapped[str] = mapped_column(String(16), index=True)
    retention: Mapped[str] = mapped_column(String(30))
    in_catalogue: Mapped[bool] = mapped_column(Boolean)
    transfer_deadline: Mapped[date | None] = mapped_column(Date, index=True)
    """One year after the work ends (plus approved extensions); set on closing."""
    retention_ends: Mapped[date | None] = mapped_column(Date)
    under_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    search_words: Mapped[str] = mapped_column(Text, default="")
    """The words of the code, title, description, keywords and creator (``index_words``, as
    the workflow's documents keep theirs), space-separated."""
    opened_by: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    disposal_approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    disposal_approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    disposal_decision: Mapped[str | None] = mapped_column(String(100))
    """Number and notation of the head's decision approving the disposal."""
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer)
    __mapper_args__ = {"version_id_col": version}
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class DossierDocumentRow(Base):
    """A document filed in a dossier, by id and the hash of the version filed."""

    __tablename__ = "archive_dossier_documents"

    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("archive_dossiers.id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id"), primary_key=True, index=True
    )
    sha256: Mapped[str] = mapped_column(String(64))


class PackageRow(Base):
    """A preservation package (BagIt) built for a dossier, under the archive's package folder."""

    __tablename__ = "archive_packages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("archive_dossiers.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    """Folder name under ``<data_dir>/archive/packages``."""
    fingerprint: Mapped[str] = mapped_column(String(64))
    """SHA-256 of the bag's ``tagmanifest-sha256.txt``; changes only when a renewal rebuilds it."""
    documents: Mapped[int] = mapped_column(Integer)
    payload_bytes: Mapped[int] = mapped_column(BigInteger)
    transfer: Mapped[bool] = mapped_column(Boolean, default=False)
    """The package handed to the agency archive on transfer."""
    destroyed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class FixityRunRow(Base):
    """One fixity sweep over the file store and the packages, with every alert it raised."""

    __tablename__ = "archive_fixity_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    finished_at: Mapped[datetime] = mapped_column(UtcDateTime)
    checked: Mapped[int] = mapped_column(Integer)
    bytes_hashed: Mapped[int] = mapped_column(BigInteger)
    alerts: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    """``[{"path", "detail"}]`` for every item that failed."""
    started_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class TransferWarningRow(Base):
    """A transfer-deadline warning already sent, so each is sent once per deadline and kind."""

    __tablename__ = "archive_transfer_warnings"
    __table_args__ = (UniqueConstraint("dossier_id", "kind", "deadline"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("archive_dossiers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    """``due_soon`` (30 days or less) or ``overdue``."""
    deadline: Mapped[date] = mapped_column(Date)
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DisposalRecordRow(Base):
    """What was destroyed, on whose approval, when, with the hashes. Never changed or removed."""

    __tablename__ = "archive_disposal_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_code: Mapped[str] = mapped_column(String(64), index=True)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    """``archive.adapters.codec.disposal_to_json`` of the core's record."""
    approved_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    disposed_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    disposed_at: Mapped[datetime] = mapped_column(UtcDateTime)
