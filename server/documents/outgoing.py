"""The outgoing flow (Decree 30 art. 14–18): draft → review rounds (return, initial) → the
leader signs → the clerk issues (number, date, dispatch) → revoke, update or replace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.core.db import utcnow
from server.core.errors import PermissionDenied, ValidationFailed
from server.core.permissions import Role
from server.core.store import FileStore
from server.documents import service as documents
from server.documents.access import add_participant, get_visible
from server.documents.tables import Document, Recipient
from server.documents.vocabulary import WORKFLOW_TYPES, Direction, State
from server.registers import service as registers
from server.rendering.document_types import notation_for
from server.signatures import service as signature_checks
from server.signatures.config import SignatureSetup
from server.users.service import get_agency
from server.users.tables import Unit, User

EDITABLE = (State.DRAFT, State.RETURNED)
BUSINESS_TYPES = {"new": 0, "revoke": 1, "update": 2, "replace": 3}


@dataclass(frozen=True)
class RecipientSpec:
    """One line of "Nơi nhận": an internal unit or person, or an external organ."""

    unit_id: int | None = None
    user_id: int | None = None
    organ_id: str | None = None
    organ_name: str | None = None


@dataclass(frozen=True)
class DraftFields:
    """What the drafter says about the document to be issued."""

    type_code: str
    subject: str
    direction: Direction = Direction.OUTGOING
    summary: str | None = None
    urgency: str = "normal"
    confidentiality: str = "normal"
    is_normative: bool = False
    due_date: date | None = None
    signer_authority: str | None = None
    signer_position: str | None = None
    signer_name: str | None = None
    recipients: Sequence[RecipientSpec] = ()
    reply_to_id: int | None = None
    replaces_id: int | None = None
    business: str = "new"


def _check_recipients(db_session: Session, recipients: Sequence[RecipientSpec]) -> None:
    for spec in recipients:
        named = [spec.unit_id is not None, spec.user_id is not None, bool(spec.organ_id)]
        if sum(named) != 1:
            raise ValidationFailed("each recipient is one unit, one person or one organ")
        if spec.unit_id is not None and db_session.get(Unit, spec.unit_id) is None:
            raise ValidationFailed(f"unit {spec.unit_id} does not exist")
        if spec.user_id is not None and db_session.get(User, spec.user_id) is None:
            raise ValidationFailed(f"user {spec.user_id} does not exist")
        if spec.organ_id:
            documents.check_organ(spec.organ_id)
            if not spec.organ_name:
                raise ValidationFailed("an external recipient needs the organ's name")


def _check_links(db_session: Session, actor: Principal, fields: DraftFields) -> None:
    if fields.reply_to_id is not None:
        get_visible(db_session, principal=actor, document_id=fields.reply_to_id)
    if fields.business not in BUSINESS_TYPES:
        raise ValidationFailed(f"unknown business type {fields.business!r}")
    if (fields.business in ("update", "replace")) != (fields.replaces_id is not None):
        raise ValidationFailed("an update or replacement names the document it changes")
    if fields.replaces_id is not None:
        target = get_visible(db_session, principal=actor, document_id=fields.replaces_id)
        if target.state != State.ISSUED.value:
            raise ValidationFailed("only an issued document can be updated or replaced")


def create_draft(
    db_session: Session, *, store: FileStore, actor: Principal, fields: DraftFields,
    upload: documents.Upload, commit: bool = True,
) -> Document:
    """An officer (or any drafter) starts an outgoing or internal document with its PDF.

    ``commit=False`` leaves the transaction open for a caller that links the draft to its
    origin in the same transaction (a meeting's conclusion notice).
    """
    if actor.unit_id is None:
        raise PermissionDenied("drafters belong to a unit")
    if fields.direction is Direction.INCOMING:
        raise ValidationFailed("drafts are outgoing or internal documents")
    documents.check_type(fields.type_code)
    _check_recipients(db_session, fields.recipients)
    _check_links(db_session, actor, fields)
    document = Document(
        agency_id=actor.agency_id, direction=fields.direction.value, state=State.DRAFT.value,
        type_code=fields.type_code, subject=fields.subject, summary=fields.summary,
        urgency=fields.urgency, confidentiality=fields.confidentiality,
        is_normative=fields.is_normative, due_date=fields.due_date,
        signer_authority=fields.signer_authority, signer_position=fields.signer_position,
        signer_name=fields.signer_name, drafting_unit_id=actor.unit_id,
        created_by=actor.user_id, reply_to_id=fields.reply_to_id,
        replaces_id=fields.replaces_id, business_type=BUSINESS_TYPES[fields.business],
    )
    db_session.add(document)
    db_session.flush()
    for spec in fields.recipients:
        db_session.add(Recipient(document_id=document.id, **spec.__dict__))
    add_participant(db_session, document_id=document.id, user_id=actor.user_id,
                    reason="creator")
    documents.add_version(db_session, document, store=store, actor=actor, upload=upload,
                          reason="first draft")
    documents.move(db_session, document, actor=actor, action="drafted",
                   allowed_from=[State.DRAFT], to_state=State.DRAFT)
    if commit:
        db_session.commit()
    return document


def _require_drafter(document: Document, actor: Principal) -> None:
    if document.created_by != actor.user_id:
        raise PermissionDenied("only the drafter does this")


def revise(db_session: Session, *, store: FileStore, actor: Principal, document_id: int,
           upload: documents.Upload, reason: str) -> Document:
    """The drafter uploads a new version of a draft or a returned document."""
    document = get_visible(db_session, principal=actor, document_id=document_id)
    _require_drafter(document, actor)
    documents.add_version(db_session, document, store=store, actor=actor, upload=upload,
                          reason=reason)
    documents.move(db_session, document, actor=actor, action="revised",
                   allowed_from=EDITABLE, to_state=None, note=reason)
    db_session.commit()
    return document


def _unit_heads(db_session: Session, unit_id: int) -> list[User]:
    users = db_session.scalars(select(User).where(User.unit_id == unit_id, User.is_active))
    return [u for u in users if "unit_head" in u.role_names]


def submit_for_review(db_session: Session, *, actor: Principal, document_id: int) -> Document:
    """The drafter sends the draft to the head of the drafting unit."""
    document = get_visible(db_session, principal=actor, document_id=document_id)
    _require_drafter(document, actor)
    assert document.drafting_unit_id is not None
    heads = _unit_heads(db_session, document.drafting_unit_id)
    if not heads:
        raise ValidationFailed("the drafting unit has no unit head to review")
    for head in heads:
        add_participant(db_session, document_id=document.id, user_id=head.id, reason="reviewer")
    documents.move(db_session, document, actor=actor, action="submitted_for_review",
                   allowed_from=EDITABLE, to_state=State.IN_REVIEW)
    db_session.commit()
    return document


def _require_reviewer(db_session: Session, document: Document, actor: Principal) -> None:
    is_unit_head = actor.has_role(Role.UNIT_HEAD) and actor.unit_id == document.drafting_unit_id
    is_signer = actor.has_role(Role.LEADER) and document.presented_to == actor.user_id
    if not (is_unit_head or is_signer):
        raise PermissionDenied("only the unit head or the signing leader reviews this")


def return_for_changes(db_session: Session, *, actor: Principal, document_id: int,
                       comment: str) -> Document:
    """A reviewer sends the document back with comments (any number of rounds)."""
    document = get_visible(db_session, principal=actor, document_id=document_id)
    _require_reviewer(db_session, document, actor)
    documents.add_comment(db_session, document, actor=actor, body=comment)
    documents.move(db_session, document, actor=actor, action="returned",
                   allowed_from=[State.IN_REVIEW, State.TO_SIGN], to_state=State.RETURNED,
                   note=comment)
    db_session.commit()
    return document


def initial(db_session: Session, *, actor: Principal, document_id: int) -> Document:
    """A reviewer initials the current version (ký nháy) before the leader signs."""
    document = get_visible(db_session, principal=actor, document_id=document_id)
    _require_reviewer(db_session, document, actor)
    version = documents.latest_version(db_session, document.id)
    assert version is not None
    documents.move(db_session, document, actor=actor, action="initialed",
                   allowed_from=[State.IN_REVIEW, State.TO_SIGN], to_state=None,
                   note=f"version {version.version_no} ({version.file_sha256[:12]})")
    db_session.commit()
    return document


def approve_for_signature(db_session: Session, *, actor: Principal, document_id: int,
                          leader_id: int) -> Document:
    """The unit head approves and submits the document to a leader for signature (trình ký)."""
    document = get_visible(db_session, principal=actor, document_id=document_id)
    if not (actor.has_role(Role.UNIT_HEAD) and actor.unit_id == document.drafting_unit_id):
        raise PermissionDenied("only the head of the drafting unit submits for signature")
    leader = db_session.get(User, leader_id)
    if leader is None or "leader" not in leader.role_names or not leader.is_active:
        raise ValidationFailed(f"user {leader_id} is not an active leader")
    document.presented_to = leader_id
    add_participant(db_session, document_id=document.id, user_id=leader_id, reason="presented")
    documents.move(db_session, document, actor=actor, action="submitted_for_signature",
                   allowed_from=[State.IN_REVIEW], to_state=State.TO_SIGN,
                   note=leader.full_name)
    db_session.commit()
    return document


def sign(db_session: Session, *, store: FileStore, actor: Principal, document_id: int,
         upload: documents.Upload, signatures: SignatureSetup) -> Document:
    """The leader uploads the signed PDF: it must extend the version under signature, every
    signature must validate, and the newest one must be made with the leader's bound
    certificate (``server.signatures``)."""
    document = get_visible(db_session, principal=actor, document_id=document_id)
    if document.presented_to != actor.user_id:
        raise PermissionDenied("only the leader the document was submitted to signs it")
    documents.require_state(document, [State.TO_SIGN], action="sign")
    signature_checks.accept_leader_signature(db_session, store=store, setup=signatures,
                                             actor=actor, document=document, upload=upload)
    documents.move(db_session, document, actor=actor, action="signed",
                   allowed_from=[State.TO_SIGN], to_state=State.SIGNED)
    db_session.commit()
    return document


def _notation(db_session: Session, document: Document) -> str:
    agency = get_agency(db_session)
    unit = db_session.get(Unit, document.drafting_unit_id) if document.drafting_unit_id else None
    return notation_for(WORKFLOW_TYPES[document.type_code], agency.short_name,
                        unit.code if unit else None)


def issue(db_session: Session, *, store: FileStore, actor: Principal, document_id: int,
          signatures: SignatureSetup, on: date | None = None) -> Document:
    """The clerk issues a signed document: number and date (written into the file), the agency
    seal, registration, dispatch — one transaction: if sealing fails, no number is used."""
    if not actor.has_role(Role.CLERK):
        raise PermissionDenied("only clerks (văn thư) issue documents")
    document = get_visible(db_session, principal=actor, document_id=document_id)
    documents.require_state(document, [State.SIGNED], action="issue")
    signature_checks.require_seal(signatures)
    issue_date = on or registers.today_in_vietnam()
    series = registers.series_for(confidentiality=document.confidentiality,
                                  is_normative=document.is_normative,
                                  type_code=document.type_code)
    register_id, number = registers.take_number(
        db_session, agency_id=actor.agency_id, direction=Direction.OUTGOING,
        year=issue_date.year, series=series)
    document.register_id, document.number = register_id, number
    document.notation, document.issue_date = _notation(db_session, document), issue_date
    agency = get_agency(db_session)
    document.issuing_organ_id, document.issuing_organ_name = agency.organ_id, agency.name
    signature_checks.issue_file(db_session, store=store, setup=signatures, actor=actor,
                                document=document, number=number, issue_date=issue_date)
    _dispatch(db_session, document)
    documents.refresh_search_text(db_session, document)
    documents.move(db_session, document, actor=actor, action="issued",
                   allowed_from=[State.SIGNED], to_state=State.ISSUED,
                   note=f"{number}/{document.notation}")
    _apply_business_type(db_session, document, actor=actor)
    db_session.commit()
    return document


def _dispatch(db_session: Session, document: Document) -> None:
    now = utcnow()
    for recipient in db_session.scalars(select(Recipient).where(
            Recipient.document_id == document.id)):
        if recipient.organ_id:
            recipient.delivery_status, recipient.status_at = "pending", now
            continue
        recipient.delivery_status, recipient.status_at = "delivered", now
        add_participant(db_session, document_id=document.id, reason="recipient",
                        user_id=recipient.user_id, unit_id=recipient.unit_id)


def _apply_business_type(db_session: Session, document: Document, *, actor: Principal) -> None:
    if document.replaces_id is None or document.business_type != BUSINESS_TYPES["replace"]:
        return
    old = db_session.get(Document, document.replaces_id)
    assert old is not None
    documents.move(db_session, old, actor=actor, action="replaced",
                   allowed_from=[State.ISSUED], to_state=State.REPLACED,
                   note=f"replaced by {document.number}/{document.notation}")


def revoke(db_session: Session, *, actor: Principal, document_id: int, reason: str) -> Document:
    """Revoke an issued document (edXML business type 1): frozen, recipients told."""
    if not (actor.has_role(Role.CLERK) or actor.has_role(Role.LEADER)):
        raise PermissionDenied("only clerks and leaders revoke documents")
    document = get_visible(db_session, principal=actor, document_id=document_id)
    if not reason.strip():
        raise ValidationFailed("a revocation needs a reason")
    documents.move(db_session, document, actor=actor, action="revoked",
                   allowed_from=[State.ISSUED], to_state=State.REVOKED, note=reason.strip())
    db_session.commit()
    return document
