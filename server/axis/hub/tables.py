"""The hub's own tables (its own MetaData; never mixed with the agency server's)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)

metadata = MetaData()
_Id = BigInteger().with_variant(Integer(), "sqlite")  # SQLite autoincrements INTEGER keys only

schema_version = Table(
    "hub_schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

agencies = Table(
    "hub_agencies", metadata,
    Column("organ_id", String(32), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("secret_hash", String(128), nullable=False),
    Column("salt", String(64), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("registered_at", DateTime(timezone=True), nullable=False),
)

messages = Table(
    "hub_messages", metadata,
    Column("message_id", String(128), primary_key=True),
    Column("sender", String(32), ForeignKey("hub_agencies.organ_id"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("document_id", String(400), nullable=False),
    Column("status_code", String(2)),
    Column("sha256", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("stored_at", DateTime(timezone=True), nullable=False),
)

deliveries = Table(
    "hub_deliveries", metadata,
    Column("id", _Id, primary_key=True, autoincrement=True),
    Column("message_id", String(128), ForeignKey("hub_messages.message_id"), nullable=False),
    Column("recipient", String(32), ForeignKey("hub_agencies.organ_id"), nullable=False),
    Column("state", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("downloaded_at", DateTime(timezone=True)),
    Column("acknowledged_at", DateTime(timezone=True)),
    UniqueConstraint("message_id", "recipient", name="uq_hub_delivery"),
    Index("ix_hub_deliveries_pending", "recipient", "state"),
)

receipts = Table(
    "hub_receipts", metadata,
    Column("seq", _Id, primary_key=True, autoincrement=True),
    Column("message_id", String(128), ForeignKey("hub_messages.message_id"), nullable=False),
    Column("sender", String(32), nullable=False),
    Column("recipient", String(32), nullable=False),
    Column("event", String(16), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_hub_receipts_sender", "sender", "seq"),
)
