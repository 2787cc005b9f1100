"""Statuses from other agencies, and the revoke / update / replace orders (Decree 30 art. 18.4).

On the issuer's side a status updates the recipient's delivery status and its history. On the
recipient's side a revocation withdraws the copy and answers 15; an update changes the copy in
place (a new version, the sender's new metadata) and answers 15; a replacement closes the old
copy as replaced. An update whose copy is unknown or closed is taken in as a new document
linked to the copy it updates.
"""

from __future__ import annotations

import hashlib
import io
import logging
from datetime import UTC
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.archive.tables import DossierDocumentRow
from server.auth.principal import Principal
from server.axis import edxml
from server.axis.connector import hooks, intake
from server.axis.connector.actor import axis_principal
from server.axis.connector.tables import DeliveryStatus
from server.axis.connector.vocabulary import DELIVERY_BY_STATUS
from server.core import audit
from server.core.events import publish
from server.core.store import FileStore
from server.core.text import clean_filename
from server.documents import service as documents
from server.documents.tables import Document, HistoryEntry, Recipient
from server.documents.vocabulary import State

log = logging.getLogger(__name__)

WITHDRAWABLE = (State.RECEIVED, State.REGISTERED, State.PRESENTED, State.DIRECTED,
                State.IN_PROGRESS, State.COMPLETED)
"""States of a received copy that a revocation or replacement closes."""

UPDATABLE = WITHDRAWABLE
"""States of a received copy that an update changes in place (unless it is filed in a dossier:
the archive keeps the hash of the version it filed)."""

UPDATED_BY_SENDER = "updated_by_sender"
"""The history action of an update applied to a copy."""
UPDATE_TAKEN_AS_NEW = "update_taken_as_new"
"""The history action of an update that could only be taken in as a new document."""


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


def update(session: Session, *, store: FileStore, actor: Principal, sender: str,
           message: edxml.DocumentMessage) -> Document | str:
    """Apply an update order to our copy: returns the copy, or why it cannot be changed.

    The message's PDF becomes a new version (unless it is the current one), its other files
    new attachments (or new versions of those of the same name), and its metadata replaces
    the copy's when ``BussinessDocumentInfo/DocumentInfo`` says it changed. The copy's history
    and audit log record it, its people are told, and the sender gets 15.

    Raises:
        intake.Unacceptable: the message carries no PDF (nothing is changed).
    """
    business = message.business
    edxml_id = business.document_id or message.document_id
    copy = intake.received_copy(session, sender=sender, edxml_id=edxml_id)
    if copy is None:
        return f"Không có bản đã nhận của văn bản {edxml_id}"
    if copy.state not in {s.value for s in UPDATABLE}:
        return f"Bản đã nhận #{copy.id} ở trạng thái {copy.state}, không cập nhật được"
    filed = select(DossierDocumentRow.dossier_id).where(DossierDocumentRow.document_id == copy.id)
    if session.scalars(filed).first() is not None:
        return f"Bản đã nhận #{copy.id} đã lập hồ sơ lưu trữ, không cập nhật được"
    files = intake.payloads(message)
    main = intake.main_file(files)
    reason = business.reason.strip()
    before = documents.snapshot(copy)
    info = business.document_info
    changed = intake.apply_fields(copy, message.header) if info and info.document_info else {}
    latest = documents.latest_version(session, copy.id)
    if latest is None or latest.file_sha256 != hashlib.sha256(main.data).hexdigest():
        documents.add_version(session, copy, store=store, actor=actor,
                              upload=documents.Upload(main.name, "application/pdf",
                                                      io.BytesIO(main.data)),
                              reason=f"Cập nhật từ nơi gửi: {reason or 'không nêu lý do'}"[:500])
    else:
        documents.refresh_search_text(session, copy)  # the same file, perhaps new metadata
    for extra in files:
        if extra is main:
            continue
        current = documents.current_attachment(session, copy.id, clean_filename(extra.name))
        if current is None or current.file_sha256 != hashlib.sha256(extra.data).hexdigest():
            documents.add_attachment(session, copy, store=store, actor=actor,
                                     upload=documents.Upload(extra.name, extra.content_type,
                                                             io.BytesIO(extra.data)))
    note = reason or "Nơi gửi cập nhật văn bản"
    # Not ``documents.move``: its audit entry snapshots the document after the change, and
    # this one must show what the sender's update replaced.
    session.add(HistoryEntry(document_id=copy.id, actor_id=actor.user_id,
                             action=UPDATED_BY_SENDER, from_state=copy.state,
                             to_state=copy.state, note=note))
    session.flush()
    audit.record(session, actor_id=actor.user_id, action=f"document.{UPDATED_BY_SENDER}",
                 object_type="document", object_id=copy.id, before=before,
                 after=documents.snapshot(copy),
                 details={"note": note, "edxml_document_id": message.document_id,
                          "changed": sorted(changed)})
    publish(session, kind=f"document.{UPDATED_BY_SENDER}",
            payload={"document_id": copy.id, "state": copy.state, "subject": copy.subject,
                     "actor": actor.full_name},
            audience=documents.audience_of(session, copy))
    hooks.status_to_sender(session, copy.id, code="15", description=reason or None)
    return copy


def taken_as_new(session: Session, *, actor: Principal, document: Document, why: str) -> None:
    """Say in a new document's history that it is an update no copy could take."""
    documents.move(session, document, actor=actor, action=UPDATE_TAKEN_AS_NEW,
                   allowed_from=[State(document.state)], to_state=None,
                   note=f"{why}; tiếp nhận thành văn bản mới")
