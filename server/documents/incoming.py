"""The incoming flow (Decree 30 art. 20–24): receive → register → present → direct → assign →
process → complete. Each function is one use case and one transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.core.db import utcnow
from server.core.errors import (
    AlreadyReceived,
    IdempotencyKeyMismatch,
    PermissionDenied,
    ValidationFailed,
)
from server.core.permissions import Role
from server.core.store import FileStore
from server.documents import service as documents
from server.documents.access import add_participant, get_visible, visible_clause
from server.documents.tables import Assignment, Document, DocumentVersion, IntakeKey
from server.documents.vocabulary import AssignmentRole, Direction, State
from server.registers import service as registers
from server.users.tables import Unit, User, UserRole


@dataclass(frozen=True)
class IncomingFields:
    """Registration data of a received document, as printed on it."""

    type_code: str
    subject: str
    issuing_organ_name: str
    issuing_organ_id: str | None = None
    number: int | None = None
    notation: str | None = None
    issue_date: date | None = None
    summary: str | None = None
    signer_position: str | None = None
    signer_name: str | None = None
    urgency: str = "normal"
    confidentiality: str = "normal"
    is_normative: bool = False
    due_date: date | None = None


def _require_clerk(actor: Principal) -> None:
    if not actor.has_role(Role.CLERK):
        raise PermissionDenied("only clerks (văn thư) do this")


def receive(
    db_session: Session, *, store: FileStore, actor: Principal, fields: IncomingFields,
    upload: documents.Upload, commit: bool = True, intake_key: str | None = None,
) -> Document:
    """A clerk takes in a document (upload, scan folder or national axis all come here).

    ``commit=False`` leaves the transaction open for the axis connector, which records the
    message the document came from in the same transaction (idempotent receipt).
    ``intake_key`` is recorded in the same transaction as the document (see ``receive_once``).
    """
    _require_clerk(actor)
    documents.check_type(fields.type_code)
    documents.check_organ(fields.issuing_organ_id)
    document = Document(agency_id=actor.agency_id, direction=Direction.INCOMING.value,
                        state=State.RECEIVED.value, created_by=actor.user_id,
                        **fields.__dict__)
    db_session.add(document)
    db_session.flush()
    if intake_key is not None:
        # Inserted before the file is stored: a concurrent request with the same key waits
        # here (PostgreSQL) until the first one ends, then fails on the primary key before it
        # has written or extracted anything.
        db_session.add(IntakeKey(key=intake_key, document_id=document.id))
        db_session.flush()
    add_participant(db_session, document_id=document.id, user_id=actor.user_id,
                    reason="creator")
    documents.add_version(db_session, document, store=store, actor=actor, upload=upload,
                          reason="received")
    documents.move(db_session, document, actor=actor, action="received",
                   allowed_from=[State.RECEIVED], to_state=State.RECEIVED)
    if commit:
        db_session.commit()
    return document


def _sha256_of(upload: documents.Upload) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: upload.stream.read(1 << 20), b""):
        digest.update(chunk)
    upload.stream.seek(0)
    return digest.hexdigest()


def received_before(db_session: Session, *, actor: Principal, intake_key: str) -> Document | None:
    """The incoming document an earlier request with this key made, if any.

    Keys are agency-wide: another clerk's document from the same file is the answer too. A
    document the actor may not see is refused rather than shown, and a key whose document was
    made from another file is refused rather than answered with that document.
    """
    document_id = db_session.scalar(select(IntakeKey.document_id).where(
        IntakeKey.key == intake_key))
    if document_id is None:
        return None
    document = db_session.scalars(select(Document).where(
        Document.id == document_id, visible_clause(actor, correlated=True))).one_or_none()
    if document is None:
        raise AlreadyReceived("the file was received as a document the user cannot see")
    first_file = db_session.scalar(select(DocumentVersion.file_sha256).where(
        DocumentVersion.document_id == document_id, DocumentVersion.version_no == 1))
    if first_file != intake_key:
        raise IdempotencyKeyMismatch("the Idempotency-Key names a document of another file")
    return document


@dataclass(frozen=True)
class Receipt:
    """The document a receive made, or the one an earlier identical receive made."""

    document: Document
    created: bool
    """False when the request repeated an earlier one (nothing new was stored)."""


_ATTEMPTS = 2
"""Tries of a keyed receive: a lost race on the key is answered by the second look-up."""


def receive_once(
    db_session: Session, *, store: FileStore, actor: Principal, fields: IncomingFields,
    upload: documents.Upload, file_sha256: str,
) -> Receipt:
    """``receive``, safe to repeat: the file's SHA-256 is the idempotency key.

    A client that may have crashed between the upload and noting its answer (the scan folder)
    sends the same request again; the document an earlier request with the same key made is
    the answer, so a scan is never received twice. The key's row is inserted in the document's
    transaction: of concurrent requests with one key, one commits and the others, failing on
    the key's primary key, roll back and answer with its document.
    """
    key = file_sha256.lower()
    if _sha256_of(upload) != key:
        raise ValidationFailed("the Idempotency-Key is not the SHA-256 of the file")
    _require_clerk(actor)  # before a look-up could tell a non-clerk what was received
    attempt = 1
    while True:
        earlier = received_before(db_session, actor=actor, intake_key=key)
        if earlier is not None:
            return Receipt(document=earlier, created=False)
        upload.stream.seek(0)  # a failed attempt may have read part of it
        try:
            return Receipt(document=receive(db_session, store=store, actor=actor,
                                            fields=fields, upload=upload, intake_key=key),
                           created=True)
        except IntegrityError:
            # Another request took the key (or stored the same file) first and has committed:
            # nothing of this attempt is kept, and the file it may have stored is the same
            # content-addressed file the winner refers to. Look again.
            db_session.rollback()
            if attempt == _ATTEMPTS:
                raise
            attempt += 1


def reject(db_session: Session, *, actor: Principal, document_id: int, reason: str) -> Document:
    """A clerk returns a received document that fails the checks or was misaddressed
    (art. 21.2); a document from the axis tells its sender (status 02 with the reason)."""
    _require_clerk(actor)
    document = get_visible(db_session, principal=actor, document_id=document_id)
    if not reason.strip():
        raise ValidationFailed("a rejection needs a reason")
    documents.move(db_session, document, actor=actor, action="rejected",
                   allowed_from=[State.RECEIVED], to_state=State.REJECTED, note=reason.strip())
    db_session.commit()
    return document


@dataclass(frozen=True)
class Registered:
    """A registered document and the duplicates its registration warns about."""

    document: Document
    duplicate_ids: list[int]


def register(
    db_session: Session, *, actor: Principal, document_id: int, arrived_at: datetime | None = None
) -> Registered:
    """Give the arrival number (số đến) of this year's incoming register."""
    _require_clerk(actor)
    document = get_visible(db_session, principal=actor, document_id=document_id)
    arrived_at = arrived_at or utcnow()
    series = registers.series_for(confidentiality=document.confidentiality,
                                  is_normative=False, type_code=document.type_code)
    register_id, number = registers.take_number(
        db_session, agency_id=actor.agency_id, direction=Direction.INCOMING,
        year=registers.today_in_vietnam(arrived_at).year, series=series,
    )
    document.register_id, document.arrival_number = register_id, number
    document.arrival_date = arrived_at
    duplicates = documents.duplicates_of(db_session, document)
    note = f"duplicate of {duplicates}" if duplicates else None
    documents.move(db_session, document, actor=actor, action="registered",
                   allowed_from=[State.RECEIVED], to_state=State.REGISTERED, note=note)
    db_session.commit()
    return Registered(document=document, duplicate_ids=duplicates)


def present(db_session: Session, *, actor: Principal, document_id: int, leader_id: int) -> Document:
    """Present a registered document to a leader for direction."""
    _require_clerk(actor)
    document = get_visible(db_session, principal=actor, document_id=document_id)
    leader = db_session.get(User, leader_id)
    if leader is None or "leader" not in leader.role_names or not leader.is_active:
        raise ValidationFailed(f"user {leader_id} is not an active leader")
    document.presented_to = leader_id
    add_participant(db_session, document_id=document.id, user_id=leader_id, reason="presented")
    documents.move(db_session, document, actor=actor, action="presented",
                   allowed_from=[State.REGISTERED], to_state=State.PRESENTED,
                   note=leader.full_name)
    db_session.commit()
    return document


@dataclass(frozen=True)
class Handler:
    """A unit or a person who handles a document."""

    unit_id: int | None = None
    user_id: int | None = None


def _check_handler(db_session: Session, handler: Handler) -> None:
    if (handler.unit_id is None) == (handler.user_id is None):
        raise ValidationFailed("name either a unit or a person")
    if handler.unit_id is not None and db_session.get(Unit, handler.unit_id) is None:
        raise ValidationFailed(f"unit {handler.unit_id} does not exist")
    if handler.user_id is not None and db_session.get(User, handler.user_id) is None:
        raise ValidationFailed(f"user {handler.user_id} does not exist")


def _assign(
    db_session: Session, document: Document, *, actor: Principal, handler: Handler,
    role: AssignmentRole, deadline: date | None, note: str | None = None,
    parent_id: int | None = None,
) -> Assignment:
    _check_handler(db_session, handler)
    assignment = Assignment(document_id=document.id, role=role.value, unit_id=handler.unit_id,
                            user_id=handler.user_id, deadline=deadline, note=note,
                            assigned_by=actor.user_id, parent_id=parent_id)
    db_session.add(assignment)
    add_participant(db_session, document_id=document.id, reason="assignee",
                    user_id=handler.user_id, unit_id=handler.unit_id)
    db_session.flush()
    return assignment


@dataclass(frozen=True)
class DirectionOrder:
    """The leader's direction: text, lead handler, support and information, deadline."""

    text: str
    lead: Handler
    support: Sequence[Handler] = ()
    info: Sequence[Handler] = ()
    deadline: date | None = None


def direct(db_session: Session, *, actor: Principal, document_id: int,
           order: DirectionOrder) -> Document:
    """The leader records the direction (bút phê) and assigns the document."""
    if not actor.has_role(Role.LEADER):
        raise PermissionDenied("only leaders direct documents")
    document = get_visible(db_session, principal=actor, document_id=document_id)
    if not order.text.strip():
        raise ValidationFailed("a direction needs its text")
    document.direction_text, document.directed_by = order.text.strip(), actor.user_id
    document.directed_at = utcnow()
    if order.deadline is not None:
        document.due_date = order.deadline
    add_participant(db_session, document_id=document.id, user_id=actor.user_id,
                    reason="presented")
    _assign(db_session, document, actor=actor, handler=order.lead, role=AssignmentRole.LEAD,
            deadline=order.deadline)
    for role, handlers in ((AssignmentRole.SUPPORT, order.support),
                           (AssignmentRole.INFO, order.info)):
        for handler in handlers:
            _assign(db_session, document, actor=actor, handler=handler, role=role,
                    deadline=order.deadline if role is AssignmentRole.SUPPORT else None)
    documents.move(db_session, document, actor=actor, action="directed",
                   allowed_from=[State.PRESENTED, State.REGISTERED], to_state=State.DIRECTED,
                   note=order.text.strip())
    db_session.commit()
    return document


def _lead_assignment(db_session: Session, document: Document) -> Assignment:
    lead = db_session.scalars(select(Assignment).where(
        Assignment.document_id == document.id, Assignment.role == AssignmentRole.LEAD.value,
        Assignment.parent_id.is_(None))).first()
    if lead is None:
        raise ValidationFailed("the document has no lead assignment")
    return lead


def assign_officer(db_session: Session, *, actor: Principal, document_id: int, officer_id: int,
                   deadline: date | None = None, note: str | None = None) -> Assignment:
    """The head of the lead unit hands the document to an officer with an internal deadline."""
    document = get_visible(db_session, principal=actor, document_id=document_id)
    lead = _lead_assignment(db_session, document)
    if not actor.has_role(Role.UNIT_HEAD) or lead.unit_id != actor.unit_id:
        raise PermissionDenied("only the head of the lead unit assigns an officer")
    officer = db_session.get(User, officer_id)
    if officer is None or officer.unit_id != actor.unit_id:
        raise ValidationFailed("the officer must belong to the lead unit")
    if deadline is not None and lead.deadline is not None and deadline > lead.deadline:
        raise ValidationFailed("the internal deadline cannot be after the leader's deadline")
    assignment = _assign(db_session, document, actor=actor, handler=Handler(user_id=officer_id),
                         role=AssignmentRole.LEAD, deadline=deadline or lead.deadline,
                         note=note, parent_id=lead.id)
    documents.move(db_session, document, actor=actor, action="assigned",
                   allowed_from=[State.DIRECTED, State.IN_PROGRESS], to_state=State.IN_PROGRESS,
                   note=officer.full_name)
    db_session.commit()
    return assignment


def complete(db_session: Session, *, actor: Principal, document_id: int,
             note: str | None = None) -> Document:
    """The handler in charge declares the document processed."""
    document = get_visible(db_session, principal=actor, document_id=document_id)
    open_leads = list(db_session.scalars(select(Assignment).where(
        Assignment.document_id == document.id, Assignment.role == AssignmentRole.LEAD.value,
        Assignment.done_at.is_(None))))
    mine = [a for a in open_leads if a.user_id == actor.user_id
            or (a.unit_id == actor.unit_id and actor.has_role(Role.UNIT_HEAD))]
    if not mine:
        raise PermissionDenied("only the person or unit in charge completes a document")
    now = utcnow()
    for assignment in open_leads:
        assignment.done_at = now
    document.completed_at = now
    documents.move(db_session, document, actor=actor, action="completed",
                   allowed_from=[State.DIRECTED, State.IN_PROGRESS], to_state=State.COMPLETED,
                   note=note)
    db_session.commit()
    return document


def leaders(db_session: Session, *, agency_id: int) -> list[User]:
    """Active leaders a clerk can present to."""
    query = select(User).join(UserRole).where(UserRole.role == "leader",
                                              User.agency_id == agency_id, User.is_active)
    return list(db_session.scalars(query.order_by(User.full_name)))
