"""What the document workflow tells the connector, inside the workflow's own transaction.

Only rows are added here (the transactional outbox): the edXML is built and sent later by the
worker, so a state change and the message announcing it commit or roll back together.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.axis.connector.tables import OutboxMessage, ReceivedMessage
from server.axis.connector.vocabulary import ACTION_STATUS, OutboxKind, Outcome
from server.axis.edxml import make_document_id
from server.core.events import Audience, publish
from server.documents.tables import Document, Recipient

REVOKE_REQUEST = "13"
WAKE_ROLE = "axis-connector"
"""The audience of the outbox's wake-up events: the connector only, never a person."""


def new_message_id() -> str:
    """A fresh message id (the hub's idempotency key)."""
    return uuid.uuid4().hex


def edxml_document_id(document: Document) -> str:
    """The DocumentId of a document this agency issued."""
    assert document.issuing_organ_id and document.issue_date and document.number is not None
    return make_document_id(document.issuing_organ_id, document.issue_date,
                            str(document.number), document.notation or "")


def origin_of(db_session: Session, document_id: int) -> ReceivedMessage | None:
    """The axis message a local incoming document was created from, if any."""
    return db_session.scalars(select(ReceivedMessage).where(
        ReceivedMessage.document_id == document_id,
        ReceivedMessage.outcome == Outcome.ACCEPTED.value)).first()


def external_recipients(db_session: Session, document_id: int) -> list[Recipient]:
    """The external organs among a document's recipients."""
    return list(db_session.scalars(select(Recipient).where(
        Recipient.document_id == document_id, Recipient.organ_id.is_not(None))
        .order_by(Recipient.id)))


def enqueue(db_session: Session, *, kind: OutboxKind, document_id: int | None, edxml_id: str,
            recipients: Sequence[str], status_code: str | None = None,
            description: str | None = None) -> OutboxMessage:
    """Add one message to the outbox (the caller commits)."""
    message = OutboxMessage(message_id=new_message_id(), kind=kind.value,
                            document_id=document_id, edxml_document_id=edxml_id,
                            recipients=",".join(recipients), status_code=status_code,
                            description=description, state="pending", attempts=0)
    db_session.add(message)
    db_session.flush()
    # Push: the connector of whichever worker listens wakes up as soon as this commits.
    publish(db_session, kind="axis.outbox", payload={"outbox_id": message.id},
            audience=Audience(roles=frozenset({WAKE_ROLE})))
    return message


def status_to_sender(db_session: Session, document_id: int, *, code: str,
                     description: str | None = None) -> OutboxMessage | None:
    """Queue a status about a document received from the axis to its sender."""
    origin = origin_of(db_session, document_id)
    if origin is None:
        return None
    return enqueue(db_session, kind=OutboxKind.STATUS, document_id=document_id,
                   edxml_id=origin.edxml_document_id, recipients=[origin.sender],
                   status_code=code, description=description)


def document_moved(db_session: Session, document: Document, *, action: str,
                   note: str | None) -> None:
    """React to one workflow step (called by ``documents.service.move``)."""
    if action in ACTION_STATUS and document.direction == "incoming":
        status_to_sender(db_session, document.id, code=ACTION_STATUS[action], description=note)
    elif action == "issued":
        _issued(db_session, document)
    elif action == "revoked" and document.issuing_organ_id:
        _revoked(db_session, document, reason=note or "")


def _issued(db_session: Session, document: Document) -> None:
    organs = [r.organ_id for r in external_recipients(db_session, document.id) if r.organ_id]
    if organs:
        enqueue(db_session, kind=OutboxKind.DOCUMENT, document_id=document.id,
                edxml_id=edxml_document_id(document), recipients=organs)


def _revoked(db_session: Session, document: Document, *, reason: str) -> None:
    # Art. 18.4: the recipients are told to withdraw their copy (status 13, the revocation).
    sent = select(OutboxMessage.id).where(OutboxMessage.document_id == document.id,
                                          OutboxMessage.kind == OutboxKind.DOCUMENT.value)
    if db_session.scalars(sent).first() is None:
        return
    organs = [r.organ_id for r in external_recipients(db_session, document.id) if r.organ_id]
    if organs:
        enqueue(db_session, kind=OutboxKind.STATUS, document_id=document.id,
                edxml_id=edxml_document_id(document), recipients=organs,
                status_code=REVOKE_REQUEST, description=reason or "Thu hồi văn bản")
