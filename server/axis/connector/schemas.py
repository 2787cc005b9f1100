"""API shapes of the connector's routes."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class OutboxOut(BaseModel):
    """An outgoing axis message and where it stands."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    message_id: str
    kind: str
    document_id: int | None
    edxml_document_id: str
    status_code: str | None
    recipients: str
    state: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None


class QuarantineOut(BaseModel):
    """A refused incoming message."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    message_id: str
    sender: str
    edxml_document_id: str | None
    error_code: str
    reason: str
    rejection_sent: bool
    quarantined_at: datetime
    resolution: str | None
    """``reprocessed`` or ``dismissed``; none while it waits for an operator."""
    resolved_at: datetime | None
    size: int | None = None
    """Bytes of the refused message as it arrived (none when they were not kept)."""


class DeliveryStatusOut(BaseModel):
    """One status an external recipient reported."""

    model_config = ConfigDict(from_attributes=True)
    recipient_id: int
    status_code: str
    status_label: str
    description: str | None
    reported_at: datetime
    received_at: datetime


class LastRoundOut(BaseModel):
    """What the worker's latest round did."""

    sent: int
    retried: int
    failed: int
    received: dict[str, int]
    error: str | None
    finished_at: datetime | None


class ConnectorStatusOut(BaseModel):
    """The connector at a glance."""

    enabled: bool
    organ_id: str | None
    hub_url: str | None
    outbox: dict[str, int]
    quarantined: int
    last_round: LastRoundOut | None


class RejectIn(BaseModel):
    """Why a received document goes back to its sender."""

    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, max_length=2000)
