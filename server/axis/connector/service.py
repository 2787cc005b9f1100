"""Use cases behind the connector's routes: look at the outbox and quarantine, retry a message."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.axis.connector.tables import DeliveryStatus, OutboxMessage, QuarantinedMessage
from server.axis.connector.vocabulary import OutboxState
from server.core import audit
from server.core.db import utcnow
from server.core.errors import IllegalTransition, NotFound, PermissionDenied
from server.core.permissions import Role
from server.core.tables import StoredFile
from server.documents.access import get_visible
from server.documents.tables import Recipient


def require_operator(actor: Principal) -> None:
    """Administrators and clerks watch and steer the exchange."""
    if not (actor.has_role(Role.ADMIN) or actor.has_role(Role.CLERK)):
        raise PermissionDenied("only administrators and clerks manage the axis exchange")


def outbox_counts(db_session: Session) -> dict[str, int]:
    """Outbox messages by state."""
    rows = db_session.execute(select(OutboxMessage.state, func.count())
                              .group_by(OutboxMessage.state)).all()
    counts = {state.value: 0 for state in OutboxState}
    counts.update({state: int(count) for state, count in rows})
    return counts


def quarantined_count(db_session: Session) -> int:
    """How many refused messages still wait for an operator (reprocess or dismiss)."""
    query = select(func.count()).select_from(QuarantinedMessage).where(
        QuarantinedMessage.resolution.is_(None))
    return int(db_session.scalar(query) or 0)


def outbox(db_session: Session, *, actor: Principal, state: str | None, limit: int,
           offset: int) -> list[OutboxMessage]:
    """Outbox messages, newest first."""
    require_operator(actor)
    query = select(OutboxMessage)
    if state:
        query = query.where(OutboxMessage.state == state)
    query = query.order_by(OutboxMessage.id.desc()).limit(limit).offset(offset)
    return list(db_session.scalars(query))


def quarantine(db_session: Session, *, actor: Principal, limit: int,
               offset: int) -> list[QuarantinedMessage]:
    """Refused messages, newest first."""
    require_operator(actor)
    query = select(QuarantinedMessage).order_by(QuarantinedMessage.id.desc())
    return list(db_session.scalars(query.limit(limit).offset(offset)))


def stored_sizes(db_session: Session, digests: list[str]) -> dict[str, int]:
    """Sizes of stored files by digest."""
    if not digests:
        return {}
    rows = db_session.execute(select(StoredFile.sha256, StoredFile.size)
                              .where(StoredFile.sha256.in_(set(digests))))
    return {sha: int(size) for sha, size in rows}


def retry(db_session: Session, *, actor: Principal, outbox_id: int) -> OutboxMessage:
    """Send a failed (or waiting) message again now; the message id stays, so the hub still
    delivers it once."""
    require_operator(actor)
    row = db_session.get(OutboxMessage, outbox_id)
    if row is None:
        raise NotFound(f"outbox message {outbox_id}")
    if row.state == OutboxState.SENT.value:
        raise IllegalTransition("the message was already sent", state=row.state)
    before = {"state": row.state, "attempts": row.attempts, "last_error": row.last_error}
    row.state, row.next_attempt_at, row.claimed_until = OutboxState.PENDING.value, utcnow(), None
    audit.record(db_session, actor_id=actor.user_id, action="axis.outbox_retried",
                 object_type="axis_outbox", object_id=row.id, before=before,
                 after={"state": row.state})
    db_session.commit()
    return row


def deliveries(db_session: Session, *, actor: Principal,
               document_id: int) -> list[DeliveryStatus]:
    """Every status the external recipients of a document reported, oldest first."""
    get_visible(db_session, principal=actor, document_id=document_id)
    query = (select(DeliveryStatus).join(Recipient, Recipient.id == DeliveryStatus.recipient_id)
             .where(Recipient.document_id == document_id)
             .order_by(DeliveryStatus.reported_at, DeliveryStatus.id))
    return list(db_session.scalars(query))
