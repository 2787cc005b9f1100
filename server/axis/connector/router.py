"""Routes of the axis connector: its status, the outbox, the quarantine, retries, rejections."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from sqlalchemy.orm import Session

from server.axis.connector import intake, service
from server.axis.connector import quarantine as quarantined
from server.axis.connector.schemas import (
    ConnectorStatusOut,
    DeliveryStatusOut,
    LastRoundOut,
    OutboxOut,
    QuarantineOut,
    RejectIn,
)
from server.axis.connector.tables import QuarantinedMessage
from server.axis.connector.worker import Connector
from server.core.deps import Context, CurrentUser, DbSession
from server.documents import incoming
from server.documents.access import get_visible
from server.documents.schemas import DocumentOut
from server.users.service import get_agency

router = APIRouter(prefix="/axis", tags=["axis"])


@router.get("/status", response_model=ConnectorStatusOut)
def connector_status(request: Request, db_session: DbSession, principal: CurrentUser,
                     context: Context) -> ConnectorStatusOut:
    """The connector: settings, outbox counts, quarantine size and the latest round."""
    service.require_operator(principal)
    settings = context.settings
    connector: Connector | None = getattr(request.app.state, "axis_connector", None)
    last = connector.last if connector is not None else None
    return ConnectorStatusOut(
        enabled=settings.axis_enabled,
        organ_id=connector.organ_id if connector else settings.axis_organ_id,
        hub_url=settings.axis_hub_url, outbox=service.outbox_counts(db_session),
        quarantined=service.quarantined_count(db_session),
        last_round=LastRoundOut(sent=last.sent, retried=last.retried, failed=last.failed,
                                received=last.received, error=last.error,
                                finished_at=last.finished_at) if last else None)


@router.get("/outbox", response_model=list[OutboxOut])
def outbox(db_session: DbSession, principal: CurrentUser,
           state: str | None = Query(default=None, pattern="^(pending|sent|failed)$"),
           limit: int = Query(default=50, ge=1, le=500),
           offset: int = Query(default=0, ge=0)) -> list[OutboxOut]:
    """Outgoing axis messages, newest first."""
    rows = service.outbox(db_session, actor=principal, state=state, limit=limit, offset=offset)
    return [OutboxOut.model_validate(r) for r in rows]


@router.post("/outbox/{outbox_id}/retry", response_model=OutboxOut)
def retry(outbox_id: int, db_session: DbSession, principal: CurrentUser) -> OutboxOut:
    """Send a failed or waiting message again now (administrators and clerks)."""
    return OutboxOut.model_validate(service.retry(db_session, actor=principal,
                                                  outbox_id=outbox_id))


@router.get("/quarantine", response_model=list[QuarantineOut])
def quarantine(db_session: DbSession, principal: CurrentUser,
               limit: int = Query(default=50, ge=1, le=500),
               offset: int = Query(default=0, ge=0)) -> list[QuarantineOut]:
    """Refused incoming messages with their reasons, newest first."""
    rows = service.quarantine(db_session, actor=principal, limit=limit, offset=offset)
    return _quarantine_out(db_session, rows)


def _quarantine_out(db_session: Session, rows: list[QuarantinedMessage]) -> list[QuarantineOut]:
    sizes = service.stored_sizes(db_session, [r.file_sha256 for r in rows if r.file_sha256])
    return [QuarantineOut.model_validate(r).model_copy(
        update={"size": sizes.get(r.file_sha256 or "")}) for r in rows]


@router.post("/quarantine/{quarantine_id}/reprocess", response_model=QuarantineOut)
def reprocess(quarantine_id: int, request: Request, db_session: DbSession,
              principal: CurrentUser, context: Context) -> QuarantineOut:
    """Take a quarantined message in again once its cause is fixed (administrators, clerks)."""
    connector: Connector | None = getattr(request.app.state, "axis_connector", None)
    organ_id = (connector.organ_id if connector else context.settings.axis_organ_id) or \
        get_agency(db_session).organ_id
    row = quarantined.reprocess(db_session, actor=principal, store=context.store,
                                organ_id=organ_id, quarantine_id=quarantine_id,
                                trust_roots=context.signatures.trust.trust_roots)
    return _quarantine_out(db_session, [row])[0]


@router.post("/quarantine/{quarantine_id}/dismiss", response_model=QuarantineOut)
def dismiss(quarantine_id: int, db_session: DbSession, principal: CurrentUser) -> QuarantineOut:
    """Close a quarantined message without taking it in; it stays on record."""
    row = quarantined.dismiss(db_session, actor=principal, quarantine_id=quarantine_id)
    return _quarantine_out(db_session, [row])[0]


@router.get("/documents/{document_id}/deliveries", response_model=list[DeliveryStatusOut])
def deliveries(document_id: int, db_session: DbSession,
               principal: CurrentUser) -> list[DeliveryStatusOut]:
    """Every status the external recipients of a document reported, oldest first."""
    rows = service.deliveries(db_session, actor=principal, document_id=document_id)
    return [DeliveryStatusOut.model_validate(r) for r in rows]


@router.post("/documents/{document_id}/reject", response_model=DocumentOut)
def reject(document_id: int, body: RejectIn, db_session: DbSession,
           principal: CurrentUser) -> DocumentOut:
    """Return a received document to its sender with the reason (clerks; status 02).

    Only a document that came over the axis: the others have no sender to answer here.
    """
    intake.require_returnable(db_session, get_visible(db_session, principal=principal,
                                                      document_id=document_id))
    document = incoming.reject(db_session, actor=principal, document_id=document_id,
                               reason=body.reason)
    return DocumentOut.model_validate(document)
