"""Receipt of one axis message: idempotent, in one transaction, never raising on bad input.

A message is recorded by its message id (a repeat is a duplicate) and a document by its
DocumentId (a second copy under another message id is a duplicate too). Anything that cannot
be read or taken in is quarantined with its reason, and status 02 goes back to the sender.

Several server workers may take the same message at once (each polls the hub): the database's
unique message id and document key let one commit; the others roll back and report a duplicate.
"""

from __future__ import annotations

import io
import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.axis import edxml
from server.axis.connector import hooks, intake, statuses
from server.axis.connector.actor import axis_principal
from server.axis.connector.tables import QuarantinedMessage, ReceivedMessage
from server.axis.connector.vocabulary import OutboxKind, Outcome
from server.core.db import Database
from server.core.errors import PhigiayError
from server.core.files import store_file
from server.core.store import FileStore
from server.documents.tables import Document

log = logging.getLogger(__name__)
CONFLICT_RETRIES = 2
"""Fresh attempts after a unique-constraint conflict that was not the message itself."""


@dataclass(frozen=True)
class Envelope:
    """What the hub says about a pending message before it is read."""

    message_id: str
    sender: str
    document_id: str
    """The DocumentId the hub read from it."""


@dataclass(frozen=True)
class Intake:
    """What receipt needs: the database, the store, this agency's organ id and the limits."""

    database: Database
    store: FileStore
    organ_id: str
    limits: edxml.Limits = edxml.DEFAULT_LIMITS
    trust_roots: tuple[bytes, ...] = ()
    """PEM bundles the envelope signer's certificate must chain to (none: not checked)."""


def already_received(intake_: Intake, message_id: str) -> bool:
    """Whether a message id was processed before (then only the acknowledgement is missing)."""
    with intake_.database.reading() as session:
        query = select(ReceivedMessage.id).where(ReceivedMessage.message_id == message_id)
        return session.scalars(query).first() is not None


def receive(intake_: Intake, envelope: Envelope, data: bytes) -> Outcome:
    """Process one message's bytes; returns what became of it (safe to call again)."""
    if already_received(intake_, envelope.message_id):
        return Outcome.DUPLICATE
    with tempfile.TemporaryDirectory(prefix="phigiay-axis-") as folder:
        try:
            parsed = edxml.parse(data, limits=intake_.limits, attachments_dir=Path(folder))
        except edxml.EdxmlError as exc:
            return quarantine(intake_, envelope, data, code=exc.code, reason=exc.reason)
        try:
            intake.check_signer(parsed, trust_roots=intake_.trust_roots)
            return _once(intake_, envelope, lambda: _apply(intake_, envelope, parsed.message))
        except intake.Unacceptable as exc:
            return quarantine(intake_, envelope, data, code=exc.code, reason=exc.reason)
        except (PhigiayError, edxml.EdxmlError) as exc:
            reason = getattr(exc, "detail", None) or getattr(exc, "reason", None) or str(exc)
            return quarantine(intake_, envelope, data, code="unacceptable", reason=reason)


def _once(intake_: Intake, envelope: Envelope, attempt: Callable[[], Outcome]) -> Outcome:
    """Run one receipt transaction; a race lost to another worker becomes a duplicate.

    The transaction that hit the conflict is already rolled back (its session closed). Which
    constraint failed is not guessed from the driver's message: whether the message id is now
    committed decides. If it is, another worker took this very message in. If not, the
    conflict was another write of the same content (the same document under another message
    id, or the same attachment in a message processed next door): a fresh attempt sees the
    winner's rows and records a duplicate, or goes through. A conflict that survives the
    retries is no race and is raised.
    """
    for retry in range(CONFLICT_RETRIES + 1):
        try:
            return attempt()
        except IntegrityError as exc:
            if already_received(intake_, envelope.message_id):
                log.info("axis message %s was taken in by another worker meanwhile",
                         envelope.message_id)
                return Outcome.DUPLICATE
            if retry == CONFLICT_RETRIES:
                raise
            log.info("axis message %s met a concurrent write (%s); trying again",
                     envelope.message_id, type(exc.orig).__name__)
    raise AssertionError("unreachable")


def record(session: Session, envelope: Envelope, message: edxml.Message, *,
            outcome: Outcome, document_id: int | None, key: str | None = None) -> None:
    code = issued = status_code = None
    business = 0
    if isinstance(message, edxml.DocumentMessage):
        code = str(message.header.code)[:60]
        issued = message.header.promulgation_info.date.isoformat()
        business = int(message.business.doc_type)
    else:
        status_code = message.status_code.value
    session.add(ReceivedMessage(
        message_id=envelope.message_id, sender=envelope.sender,
        kind="document" if status_code is None else "status",
        edxml_document_id=message.document_id, status_code=status_code,
        business_type=business, accepted_document_key=key, document_id=document_id,
        code=code, promulgation_date=issued, outcome=outcome.value))
    session.flush()


def _apply(intake_: Intake, envelope: Envelope, message: edxml.Message) -> Outcome:
    with intake_.database.writing() as session:
        if isinstance(message, edxml.StatusMessage):
            document_id = statuses.apply(session, message, organ_id=intake_.organ_id,
                                         message_id=envelope.message_id)
            record(session, envelope, message, outcome=Outcome.APPLIED,
                    document_id=document_id)
            session.commit()
            return Outcome.APPLIED
        outcome = take_document(session, store=intake_.store, organ_id=intake_.organ_id,
                                envelope=envelope, message=message)
        session.commit()
        return outcome


def take_document(session: Session, *, store: FileStore, organ_id: str, envelope: Envelope,
                  message: edxml.DocumentMessage) -> Outcome:
    """Take in (or apply) a document message within the caller's transaction."""
    kind = message.business.doc_type
    actor = axis_principal(session)
    if kind is edxml.BusinessDocType.REVOKE:
        document_id = statuses.withdraw(session, actor=actor, sender=envelope.sender,
                                        edxml_id=message.business.document_id or
                                        message.document_id,
                                        reason=message.business.reason)
        record(session, envelope, message, outcome=Outcome.APPLIED, document_id=document_id)
        return Outcome.APPLIED
    not_applied: str | None = None
    if kind is edxml.BusinessDocType.UPDATE:
        # An update usually keeps the DocumentId of what it updates: its key is its content.
        key = intake.update_key(envelope.sender, message)
        if _seen(session, key):
            record(session, envelope, message, outcome=Outcome.DUPLICATE, document_id=None)
            return Outcome.DUPLICATE
        updated = statuses.update(session, store=store, actor=actor, sender=envelope.sender,
                                  message=message)
        if isinstance(updated, Document):
            record(session, envelope, message, outcome=Outcome.APPLIED,
                   document_id=updated.id, key=key)
            return Outcome.APPLIED
        not_applied = updated
    else:
        key = f"{envelope.sender}|{message.document_id}"
        if _seen(session, key):
            record(session, envelope, message, outcome=Outcome.DUPLICATE, document_id=None)
            return Outcome.DUPLICATE
    document = intake.take_in(session, store=store, actor=actor,
                              organ_id=organ_id, message=message)
    if kind in (edxml.BusinessDocType.UPDATE, edxml.BusinessDocType.REPLACE):
        # Before this message is recorded: under the same DocumentId, the copy found would
        # otherwise be the new document itself.
        statuses.supersede(session, actor=actor, sender=envelope.sender, new=document,
                           business=message.business)
    record(session, envelope, message, outcome=Outcome.ACCEPTED, document_id=document.id,
            key=key)
    if not_applied is not None:
        statuses.taken_as_new(session, actor=actor, document=document, why=not_applied)
    # Decree 30 art. 21.2c: the sender learns the same day that the document arrived.
    hooks.status_to_sender(session, document.id, code="01")
    return Outcome.ACCEPTED


def _seen(session: Session, key: str) -> bool:
    """Whether a message with this document key was taken in or applied before."""
    query = select(ReceivedMessage.id).where(ReceivedMessage.accepted_document_key == key)
    return session.scalars(query).first() is not None


def quarantine(intake_: Intake, envelope: Envelope, data: bytes, *, code: str,
               reason: str) -> Outcome:
    """Keep a refused message aside with its reason and queue status 02 to its sender."""
    log.warning("axis message %s from %s quarantined: %s: %s", envelope.message_id,
                envelope.sender, code, reason)
    return _once(intake_, envelope,
                 lambda: _keep_aside(intake_, envelope, data, code=code, reason=reason))


def _keep_aside(intake_: Intake, envelope: Envelope, data: bytes, *, code: str,
                reason: str) -> Outcome:
    refuse = _answerable(envelope.document_id, intake_.organ_id)
    with intake_.database.writing() as session:
        stored = store_file(session, store=intake_.store, source=io.BytesIO(data),
                            media_type="application/xml")
        session.add(QuarantinedMessage(
            message_id=envelope.message_id, sender=envelope.sender,
            edxml_document_id=envelope.document_id or None, error_code=code[:32],
            reason=reason, file_sha256=stored.sha256, rejection_sent=refuse))
        session.add(ReceivedMessage(
            message_id=envelope.message_id, sender=envelope.sender, kind="unknown",
            edxml_document_id=envelope.document_id or "", business_type=0,
            code=_code_of(envelope.document_id), outcome=Outcome.QUARANTINED.value))
        if refuse:
            hooks.enqueue(session, kind=OutboxKind.STATUS, document_id=None,
                          edxml_id=envelope.document_id, recipients=[envelope.sender],
                          status_code="02", description=f"{code}: {reason}"[:2000])
        session.commit()
    return Outcome.QUARANTINED


def _answerable(document_id: str, organ_id: str) -> bool:
    """Whether a refusal (02) can be addressed: the message names another agency's document.

    A broken status about one of our own documents is only kept: a 02 about our own
    document would be addressed to ourselves.
    """
    try:
        return edxml.DocumentId.parse(document_id).organ_id != organ_id
    except edxml.EdxmlError:
        return False


def _code_of(document_id: str) -> str | None:
    parts = document_id.split(",", 2)
    return parts[2][:60] if len(parts) == 3 else None
