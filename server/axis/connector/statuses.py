"""Statuses from other agencies, and the revoke / update / replace orders (Decree 30 art. 18.4).

On the issuer's side a status updates the recipient's delivery status and its history. On the
recipient's side a revocation withdraws the copy and answers 15; a replacement closes the old
copy as replaced; an update links the new copy to the one it updates.
"""

from __future__ import annotations

import logging
from datetime import UTC
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.axis import edxml
from server.axis.connector import hooks, intake
from server.axis.connector.actor import axis_principal
from server.axis.connector.tables import DeliveryStatus
from server.axis.connector.vocabulary import DELIVERY_BY_STATUS
from server.documents import service as documents
from server.documents.tables import Document, Recipient
from server.documents.vocabulary import State

log = logging.getLogger(__name__)

WITHDRAWABLE = (State.RECEIVED, State.REGISTERED, State.PRESENTED, State.DIRECTED,
                State.IN_PROGRESS, State.COMPLETED)
"""States of a received copy that a revocation or replacement closes."""


def apply(session: Session, message: edxml.StatusMessage, *, organ_id: str,
          message_id: str) -> int | None:
    """Apply a status message; returns the local document it concerned (None: unknown)."""
    sender = message.from_.organ_id
    if message.status_code is edxml.StatusCode.REVOKE_REQUESTED:
        return withdraw(session, actor=axis_principal(session), sender=sender,
                        edxml_id=message.document_id, reason=message.description)
    document = intake.own_document(session, message.document_id, organ_id)
    if document is None:
        log.warning("status %s from %s about an unknown document %s",
                    message.status_code.value, sender, message.document_id)
        return None
    recipient = session.scalars(select(Recipient).where(
        Recipient.document_id == document.id, Recipient.organ_id == sender)).first()
    if recipient is None:
        log.warning("status from %s, which is not a recipient of document %s", sender,
                    document.id)
        return document.id
    _record_status(session, recipient, message, message_id=message_id)
    return document.id


def _record_status(session: Session, recipient: Recipient, message: edxml.StatusMessage, *,
                   message_id: str) -> None:
    reported = message.timestamp
    if reported.tzinfo is None:
        # edXML timestamps are Vietnamese local time (UTC+7) without a zone.
        reported = reported.replace(tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")).astimezone(UTC)
    session.add(DeliveryStatus(recipient_id=recipient.id, status_code=message.status_code.value,
                               description=message.description or None,
                               reported_at=reported, message_id=message_id))
    latest = session.scalars(select(DeliveryStatus.reported_at).where(
        DeliveryStatus.recipient_id == recipient.id)
        .order_by(DeliveryStatus.reported_at.desc())).first()
    if latest is None or reported >= latest:
        # Statuses may arrive out of order: the latest by the recipient's clock wins.
        recipient.axis_status_code = message.status_code.value
        recipient.axis_status_note = message.description or None
        recipient.status_at = reported
        recipient.delivery_status = DELIVERY_BY_STATUS.get(message.status_code.value,
                                                           recipient.delivery_status)
    session.flush()


def withdraw(session: Session, *, actor: Principal, sender: str, edxml_id: str,
             reason: str) -> int | None:
    """Withdraw the copy of a revoked document and answer 15 (16 when it cannot be)."""
    copy = intake.received_copy(session, sender=sender, edxml_id=edxml_id)
    if copy is None:
        log.warning("revocation from %s of an unknown document %s", sender, edxml_id)
        return None
    if copy.state in {s.value for s in WITHDRAWABLE}:
        documents.move(session, copy, actor=actor, action="withdrawn",
                       allowed_from=WITHDRAWABLE, to_state=State.REVOKED,
                       note=reason or "Văn bản bị thu hồi")
        hooks.status_to_sender(session, copy.id, code="15", description=reason or None)
    elif copy.state == State.REVOKED.value:
        pass  # already withdrawn: the earlier 15 stands
    else:
        hooks.status_to_sender(session, copy.id, code="16",
                               description=f"the copy is {copy.state}")
    return copy.id


def supersede(session: Session, *, actor: Principal, sender: str, new: Document,
              business: edxml.Business) -> None:
    """Link an update or replacement to the copy it changes; a replaced copy is closed."""
    targets = [r.document_id for r in business.replacements] or [business.document_id]
    for edxml_id in filter(None, targets):
        old = intake.received_copy(session, sender=sender, edxml_id=edxml_id)
        if old is None:
            continue
        new.replaces_id = old.id
        if business.doc_type is edxml.BusinessDocType.REPLACE and \
                old.state in {s.value for s in WITHDRAWABLE}:
            documents.move(session, old, actor=actor, action="replaced",
                           allowed_from=WITHDRAWABLE, to_state=State.REPLACED,
                           note=business.reason or None)
    new.business_type = int(business.doc_type)
    session.flush()
