"""Store-and-forward: send, poll pending, download, acknowledge, and receipts for senders."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from server.axis import edxml
from server.axis.hub import agencies as agency_service
from server.axis.hub.errors import Conflict, Forbidden, HubError, NotFound, UnknownRecipients
from server.axis.hub.store import MessageStore
from server.axis.hub.tables import deliveries, messages, receipts

_MESSAGE_ID = re.compile(r"[A-Za-z0-9._:@-]{1,128}")


@dataclass(frozen=True)
class Upload:
    """An upload already written (fsynced) to a temporary file."""

    path: Path
    """The temporary file."""
    sha256: str
    """Its SHA-256."""
    size: int
    """Its size in bytes."""


@dataclass(frozen=True)
class Accepted:
    """What the hub answers to a send."""

    message_id: str
    """The message id (the Idempotency-Key, or the SHA-256 of the bytes)."""
    kind: str
    """``document`` or ``status``."""
    document_id: str
    """The DocumentId the message carries or is about."""
    recipients: tuple[str, ...]
    """Organ ids it is queued for."""
    duplicate: bool
    """True when the same message was already stored (nothing new was queued)."""


@dataclass(frozen=True)
class Pending:
    """A message waiting for a recipient."""

    message_id: str
    """Message id."""
    kind: str
    """``document`` or ``status``."""
    sender: str
    """Sending organ id."""
    document_id: str
    """DocumentId."""
    status_code: str | None
    """For status messages, their code."""
    size: int
    """Bytes."""
    sha256: str
    """SHA-256 of the bytes."""
    stored_at: datetime
    """When the hub stored it."""


@dataclass(frozen=True)
class Receipt:
    """A delivery event for the sender."""

    seq: int
    """Monotonic cursor."""
    message_id: str
    """Message id."""
    recipient: str
    """Recipient organ id."""
    event: str
    """``queued``, ``downloaded`` or ``acknowledged``."""
    at: datetime
    """When."""


def check_message_id(value: str) -> str:
    """Refuse message ids that are not short, URL-safe tokens."""
    if not _MESSAGE_ID.fullmatch(value):
        raise HubError("a message id is 1-128 characters of letters, digits and ._:@-")
    return value


def _route(parsed: edxml.Parsed,
           to: tuple[str, ...]) -> tuple[str, str, str, str | None, tuple[str, ...]]:
    message = parsed.message
    if isinstance(message, edxml.StatusMessage):
        # A status goes to the document's issuer; one from the issuer itself (13: take-back
        # request) names its addressees explicitly.
        issuer = message.response_for.organ_id
        if issuer == message.from_.organ_id and not to:
            raise HubError("a status about your own document needs its addressees (?to=…)")
        recipients = to or (issuer,)
        return ("status", message.from_.organ_id, message.document_id,
                message.status_code.value, tuple(dict.fromkeys(recipients)))
    if to:
        raise HubError("addressees of a document message come from its To list, not ?to=")
    recipients = tuple(dict.fromkeys(t.organ_id for t in message.header.to))
    return "document", message.header.from_.organ_id, message.document_id, None, recipients


def send(engine: Engine, store: MessageStore, *, sender: str, upload: Upload,
         message_id: str | None, limits: edxml.Limits, to: tuple[str, ...] = ()) -> Accepted:
    """Check, store and queue one edXML message for every addressee, exactly once.

    Raises:
        edxml.EdxmlError: the message is malformed, hostile or wrongly signed.
        Forbidden, UnknownRecipients, Conflict, HubError.
    """
    parsed = edxml.parse(upload.path, limits=limits, decode_attachments=False)
    kind, origin, document_id, status_code, recipients = _route(parsed, to)
    if origin != sender:
        raise Forbidden(f"this message is from {origin}; you are {sender}")
    message_id = check_message_id(message_id or upload.sha256)
    try:
        # One transaction: duplicate check, address check, file in place, rows queued.
        with engine.begin() as connection:
            existing = _existing(connection, message_id, sender, upload.sha256)
            if existing is not None:
                return Accepted(message_id, kind, document_id, existing, duplicate=True)
            unknown = sorted(set(recipients) - agency_service.known(connection, set(recipients)))
            if unknown:
                raise UnknownRecipients(f"not registered on this hub: {', '.join(unknown)}",
                                        unknown=unknown)
            store.commit(upload.path, upload.sha256)
            _queue(connection, message_id, sender, kind, document_id, status_code, upload,
                   recipients)
    except IntegrityError:
        # A concurrent send of the same message won the race: answer as a duplicate.
        with engine.begin() as connection:
            existing = _existing(connection, message_id, sender, upload.sha256)
        if existing is None:
            raise
        return Accepted(message_id, kind, document_id, existing, duplicate=True)
    return Accepted(message_id, kind, document_id, recipients, duplicate=False)


def _queue(connection: Connection, message_id: str, sender: str, kind: str, document_id: str,
           status_code: str | None, upload: Upload, recipients: tuple[str, ...]) -> None:
    now = datetime.now(UTC)
    connection.execute(insert(messages).values(
        message_id=message_id, sender=sender, kind=kind, document_id=document_id,
        status_code=status_code, sha256=upload.sha256, size=upload.size, stored_at=now))
    for recipient in recipients:
        connection.execute(insert(deliveries).values(
            message_id=message_id, recipient=recipient, state="pending", created_at=now))
        _receipt(connection, message_id, sender, recipient, "queued", now)


def _existing(connection: Connection, message_id: str, sender: str,
              sha256: str) -> tuple[str, ...] | None:
    row = connection.execute(select(messages.c.sender, messages.c.sha256)
                             .where(messages.c.message_id == message_id)).first()
    if row is None:
        return None
    if row.sender != sender or row.sha256 != sha256:
        raise Conflict(f"message id {message_id} was already used for another message")
    query = (select(deliveries.c.recipient).where(deliveries.c.message_id == message_id)
             .order_by(deliveries.c.id))
    return tuple(connection.execute(query).scalars())


def _receipt(connection: Connection, message_id: str, sender: str, recipient: str, event: str,
             at: datetime) -> None:
    connection.execute(insert(receipts).values(message_id=message_id, sender=sender,
                                               recipient=recipient, event=event, at=at))


def pending(engine: Engine, *, recipient: str, limit: int = 100) -> list[Pending]:
    """Messages queued for ``recipient`` and not yet acknowledged, oldest first."""
    query = (select(messages.c.message_id, messages.c.kind, messages.c.sender,
                    messages.c.document_id, messages.c.status_code, messages.c.size,
                    messages.c.sha256, messages.c.stored_at)
             .join(deliveries, deliveries.c.message_id == messages.c.message_id)
             .where(deliveries.c.recipient == recipient, deliveries.c.state != "acknowledged")
             .order_by(deliveries.c.id).limit(max(1, min(limit, 1000))))
    with engine.begin() as connection:
        return [Pending(*row) for row in connection.execute(query)]


def download(engine: Engine, store: MessageStore, *, organ_id: str, message_id: str) -> Path:
    """The file of a message addressed to (or sent by) ``organ_id``; records the first download."""
    now = datetime.now(UTC)
    with engine.begin() as connection:
        row = connection.execute(select(messages.c.sender, messages.c.sha256)
                                 .where(messages.c.message_id == message_id)).first()
        if row is None:
            raise NotFound(f"no message {message_id}")
        marked = connection.execute(
            update(deliveries).where(deliveries.c.message_id == message_id,
                                     deliveries.c.recipient == organ_id,
                                     deliveries.c.state == "pending")
            .values(state="downloaded", downloaded_at=now)).rowcount
        if marked:
            _receipt(connection, message_id, row.sender, organ_id, "downloaded", now)
        elif row.sender != organ_id and not _is_recipient(connection, message_id, organ_id):
            raise NotFound(f"no message {message_id}")
    return store.path(row.sha256)


def _is_recipient(connection: Connection, message_id: str, organ_id: str) -> bool:
    query = select(deliveries.c.id).where(deliveries.c.message_id == message_id,
                                          deliveries.c.recipient == organ_id)
    return connection.execute(query).first() is not None


def acknowledge(engine: Engine, *, recipient: str, message_id: str) -> bool:
    """Mark a message as received by ``recipient``; returns False when it already was."""
    now = datetime.now(UTC)
    with engine.begin() as connection:
        row = connection.execute(
            select(deliveries.c.state, messages.c.sender)
            .join(messages, messages.c.message_id == deliveries.c.message_id)
            .where(deliveries.c.message_id == message_id, deliveries.c.recipient == recipient)
        ).first()
        if row is None:
            raise NotFound(f"no message {message_id} for {recipient}")
        if row.state == "acknowledged":
            return False
        connection.execute(update(deliveries).where(
            deliveries.c.message_id == message_id, deliveries.c.recipient == recipient)
            .values(state="acknowledged", acknowledged_at=now))
        _receipt(connection, message_id, row.sender, recipient, "acknowledged", now)
    return True


def receipt_events(engine: Engine, *, sender: str, after: int = 0,
                   limit: int = 100) -> list[Receipt]:
    """Delivery events for messages ``sender`` sent, after the cursor ``after``."""
    query = (select(receipts.c.seq, receipts.c.message_id, receipts.c.recipient,
                    receipts.c.event, receipts.c.at)
             .where(receipts.c.sender == sender, receipts.c.seq > after)
             .order_by(receipts.c.seq).limit(max(1, min(limit, 1000))))
    with engine.begin() as connection:
        return [Receipt(*row) for row in connection.execute(query)]


def delivery_states(engine: Engine, *, sender: str, message_id: str) -> dict[str, str]:
    """Each recipient's state for a message ``sender`` sent."""
    query = (select(deliveries.c.recipient, deliveries.c.state)
             .join(messages, messages.c.message_id == deliveries.c.message_id)
             .where(messages.c.message_id == message_id, messages.c.sender == sender)
             .order_by(deliveries.c.id))
    with engine.begin() as connection:
        states = {row.recipient: row.state for row in connection.execute(query)}
    if not states:
        raise NotFound(f"no message {message_id} sent by {sender}")
    return states
