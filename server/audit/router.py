"""Routes to read and verify the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Query
from pydantic import BaseModel
from sqlalchemy import select

from server.core import audit
from server.core.deps import CurrentUser, DbSession
from server.core.permissions import Permission
from server.core.tables import AuditEntry

router = APIRouter(prefix="/audit", tags=["audit"])


class AuditEntryOut(BaseModel):
    """One audit entry."""

    seq: int
    at: datetime
    actor_id: int | None
    action: str
    object_type: str
    object_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    details: dict[str, Any] | None
    hash: str


class AuditVerification(BaseModel):
    """The outcome of verifying the chain."""

    ok: bool
    entries_checked: int
    problems: list[dict[str, Any]]


@router.get("", response_model=list[AuditEntryOut])
def list_entries(
    db_session: DbSession, principal: CurrentUser,
    before_seq: int | None = Query(default=None, ge=1),
    limit: int = Query(default=100, ge=1, le=1000),
    object_type: str | None = None, object_id: str | None = None,
) -> list[AuditEntryOut]:
    """Newest entries first (administrators and leaders)."""
    principal.require(Permission.AUDIT_READ)
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if before_seq is not None:
        query = query.where(AuditEntry.seq < before_seq)
    if object_type is not None:
        query = query.where(AuditEntry.object_type == object_type)
    if object_id is not None:
        query = query.where(AuditEntry.object_id == object_id)
    return [AuditEntryOut.model_validate(row, from_attributes=True)
            for row in db_session.scalars(query)]


@router.get("/verify", response_model=AuditVerification)
def verify(db_session: DbSession, principal: CurrentUser) -> AuditVerification:
    """Verify the whole chain (administrators)."""
    principal.require(Permission.AUDIT_READ)
    report = audit.verify(db_session)
    return AuditVerification(
        ok=report.ok, entries_checked=report.entries_checked,
        problems=[problem.__dict__ for problem in report.problems],
    )
