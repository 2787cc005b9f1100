"""An edXML document message becomes a received incoming document, waiting for registration."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.axis import edxml
from server.axis.connector.tables import ReceivedMessage
from server.axis.connector.vocabulary import Outcome
from server.core.db import utcnow
from server.core.errors import Conflict
from server.core.store import FileStore
from server.core.text import fold_for_search
from server.documents import incoming
from server.documents import service as documents
from server.documents.pdftext import looks_like_pdf
from server.documents.tables import Document
from server.documents.vocabulary import WORKFLOW_TYPES, Direction, State
from server.users.service import ORGAN_ID
from signing import check_certificate

URGENCY = {0: "normal", 1: "urgent", 2: "very_urgent", 3: "flash", 4: "flash_timed"}
_TYPE_BY_NAME = {fold_for_search(t.name): code for code, t in WORKFLOW_TYPES.items()}
FALLBACK_TYPE = "official_letter"
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
MAX_TRANSIT = timedelta(days=7)
"""How far back a sender's own timestamp is believed when judging its certificate's validity."""


class Unacceptable(Exception):
    """A well-formed message the workflow cannot take in (the reason goes back as 02)."""

    code = "unacceptable"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UntrustedSignature(Unacceptable):
    """The envelope is signed by a certificate this agency does not trust (02 with the reason)."""

    code = "untrusted_signature"


def signed_at(message: edxml.Message, *, now: datetime) -> datetime:
    """When the sender says it signed: its status timestamp or its first trace hop.

    The claim is the sender's own, so it is believed only within ``MAX_TRANSIT`` before
    receipt: a message that waited at the hub while the seal expired still passes, a claim
    backdated by months cannot revive an old certificate.
    """
    if isinstance(message, edxml.StatusMessage):
        claimed: datetime | None = message.timestamp
    else:
        claimed = min((hop.timestamp for hop in message.trace), default=None)
    if claimed is None:
        return now
    if claimed.tzinfo is None:  # edXML times are Vietnam local time without an offset
        claimed = claimed.replace(tzinfo=VIETNAM)
    return max(min(claimed, now), now - MAX_TRANSIT)


def check_signer(parsed: edxml.Parsed, *, trust_roots: Sequence[bytes]) -> None:
    """Refuse a verified envelope signature whose certificate does not chain to our roots.

    Offline (no revocation fetch). Without configured roots, or without a signature that
    verified, there is nothing to judge: absent and unverifiable signatures are reported,
    not refused (spec §6).

    Raises:
        UntrustedSignature: the certificate is untrusted, expired or not yet valid.
    """
    report = parsed.signature
    if not trust_roots or report.state != "valid" or report.certificate_der is None:
        return
    at = signed_at(parsed.message, now=utcnow())
    verdict = check_certificate(report.certificate_der, trust_roots=trust_roots, at=at,
                                intermediates=report.chain_der)
    if not verdict.trusted:
        raise UntrustedSignature(f"envelope signature by {report.signer_subject or '?'} "
                                 f"not trusted: {verdict.reason}")


@dataclass(frozen=True)
class Payload:
    """An attachment's bytes with its name and type."""

    name: str
    content_type: str
    data: bytes


def payloads(message: edxml.DocumentMessage) -> list[Payload]:
    """The decoded attachments (read from memory or the files they were streamed to)."""
    found = []
    for item in message.attachments:
        data = item.data if item.data is not None else (
            item.path.read_bytes() if item.path is not None else b"")
        found.append(Payload(item.name or "tep-dinh-kem", item.content_type, data))
    return found


def main_file(files: list[Payload]) -> Payload:
    """The document itself among the attachments: the first PDF.

    Raises:
        Unacceptable: the message carries no PDF.
    """
    for item in files:
        if looks_like_pdf(item.data[:1024]):
            return item
    raise Unacceptable("the message carries no PDF document")


def _fields(header: edxml.MessageHeader) -> incoming.IncomingFields:
    organ = header.from_.organ_id
    signer = header.signer_info
    return incoming.IncomingFields(
        type_code=_TYPE_BY_NAME.get(fold_for_search(header.document_type.type_name),
                                    FALLBACK_TYPE),
        subject=header.subject[:500], issuing_organ_name=(header.from_.organ_name or organ)[:200],
        issuing_organ_id=organ if ORGAN_ID.fullmatch(organ) else None,
        number=int(header.code.number) if header.code.number.isdigit() else None,
        notation=header.code.notation[:30] or None,
        issue_date=header.promulgation_info.date, summary=header.content or None,
        signer_position=(signer.position[:100] or None) if signer else None,
        signer_name=signer.full_name[:50] if signer else None,
        urgency=URGENCY.get(int(header.other_info.priority), "normal"),
        due_date=header.due_date)


UPDATED_BY_SENDER = ("type_code", "subject", "summary", "number", "notation", "issue_date",
                     "issuing_organ_name", "signer_position", "signer_name", "urgency")
"""Fields an update order (business type 2) rewrites on our copy. The arrival number and date,
the direction, the assignments and the confidentiality are this agency's own and stay."""


def apply_fields(document: Document, header: edxml.MessageHeader) -> dict[str, object]:
    """Copy the sender's updated metadata onto our copy; returns what changed (old values).

    The sender's due date is taken only while no leader has directed the document: once
    directed, the due date is the leader's deadline, which an update must not move.
    """
    fields = _fields(header)
    names = UPDATED_BY_SENDER + (() if document.directed_at is not None else ("due_date",))
    changed: dict[str, object] = {}
    for name in names:
        value = getattr(fields, name)
        if getattr(document, name) != value:
            changed[name] = getattr(document, name)
            setattr(document, name, value)
    return changed


def update_key(sender: str, message: edxml.DocumentMessage) -> str:
    """The idempotency key of an update order: its sender and a digest of what it carries.

    An update often keeps the DocumentId of the document it updates, so the DocumentId alone
    (the key of a new document) cannot tell one update from a copy of it; the content can.
    The trace is left out: a re-sent copy carries new hop times but changes nothing.
    """
    business = message.business
    attachments = []
    for item in payloads(message):
        attachments.append([item.name, item.content_type, hashlib.sha256(item.data).hexdigest()])
    content = json.dumps([message.document_id, business.document_id, business.reason,
                          repr(message.header), attachments], ensure_ascii=False)
    return f"update|{sender}|{hashlib.sha256(content.encode()).hexdigest()}"


def own_document(db_session: Session, edxml_id: str, organ_id: str) -> Document | None:
    """The document this agency issued under a DocumentId, if any."""
    try:
        parts = edxml.DocumentId.parse(edxml_id)
    except edxml.EdxmlError:
        return None
    if parts.organ_id != organ_id or not parts.number.isdigit():
        return None
    return db_session.scalars(select(Document).where(
        Document.direction == "outgoing", Document.number == int(parts.number),
        Document.notation == (parts.notation or None), Document.issue_date == parts.date,
        Document.issuing_organ_id == organ_id)).first()


def received_copy(db_session: Session, *, sender: str, edxml_id: str) -> Document | None:
    """This agency's copy of a document received from ``sender``.

    The copy is the one taken in under that DocumentId, or the one an update applied under
    it (an update that changed the number changes the DocumentId too); the latest wins, so
    an update taken in as a new document supersedes the closed copy it could not change.
    """
    applied_update = (ReceivedMessage.outcome == Outcome.APPLIED.value) & (
        ReceivedMessage.business_type == int(edxml.BusinessDocType.UPDATE))
    row = db_session.scalars(select(ReceivedMessage).where(
        ReceivedMessage.sender == sender, ReceivedMessage.edxml_document_id == edxml_id,
        ReceivedMessage.document_id.is_not(None),
        (ReceivedMessage.outcome == Outcome.ACCEPTED.value) | applied_update)
        .order_by(ReceivedMessage.id.desc())).first()
    return None if row is None or row.document_id is None else db_session.get(
        Document, row.document_id)


class NotFromAxis(Conflict):
    """A return to the sender over the axis of a document that did not come over it."""

    code = "axis_not_received"


def from_axis(db_session: Session, document_id: int) -> bool:
    """Whether a local document was taken in from an axis message."""
    return db_session.scalars(select(ReceivedMessage.id).where(
        ReceivedMessage.document_id == document_id,
        ReceivedMessage.outcome == Outcome.ACCEPTED.value)).first() is not None


def returnable(db_session: Session, document: Document) -> bool:
    """Whether the document can be returned to its sender with status 02 (art. 21.2).

    One rule for the route that does it and for the clients that offer it: an incoming
    document received over the axis and not yet registered.
    """
    return (document.direction == Direction.INCOMING.value
            and document.state == State.RECEIVED.value and from_axis(db_session, document.id))


def require_returnable(db_session: Session, document: Document) -> None:
    """Refuse a return over the axis of a document that did not come over it.

    Raises:
        NotFromAxis: the document was received on paper, by upload or by scan.
    """
    if not from_axis(db_session, document.id):
        raise NotFromAxis(f"document {document.id} was not received over the axis")


def take_in(db_session: Session, *, store: FileStore, actor: Principal, organ_id: str,
            message: edxml.DocumentMessage) -> Document:
    """Create the received incoming document with its attachments (not committed).

    Raises:
        Unacceptable: no PDF to use as the document's main file.
    """
    files = payloads(message)
    main = main_file(files)
    upload = documents.Upload(filename=main.name, media_type="application/pdf",
                              stream=io.BytesIO(main.data))
    document = incoming.receive(db_session, store=store, actor=actor,
                                fields=_fields(message.header), upload=upload, commit=False)
    for extra in files:
        if extra is not main:
            documents.add_attachment(db_session, document, store=store, actor=actor,
                                     upload=documents.Upload(extra.name, extra.content_type,
                                                             io.BytesIO(extra.data)))
    for reference in message.header.response_for:
        answered = own_document(db_session, reference.document_id, organ_id)
        if answered is not None:
            document.reply_to_id = answered.id
            break
    return document
