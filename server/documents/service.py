"""Documents: creation, files, versions, comments, state changes and their history.

The incoming and outgoing flows (``incoming.py``, ``outgoing.py``) are built from the pieces
here. Every state change goes through :func:`move`, which checks the transition, records the
history entry and the audit entry, and publishes an event to the people concerned — all in the
caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.axis.connector import hooks as axis_hooks
from server.core import audit
from server.core.errors import (
    IllegalTransition,
    StaleVersion,
    UnsupportedMediaType,
    ValidationFailed,
)
from server.core.events import Audience, publish
from server.core.files import store_file
from server.core.store import FileStore
from server.core.text import clean_filename, fold_for_search
from server.documents import access, pdftext
from server.documents.tables import (
    Attachment,
    Comment,
    Document,
    DocumentVersion,
    HistoryEntry,
    Participant,
)
from server.documents.vocabulary import WORKFLOW_TYPES, Confidentiality, State
from server.users.service import validate_organ_id
from server.users.tables import User, UserRole


def snapshot(document: Document) -> dict[str, object]:
    """The audited view of a document's registration data."""
    return {
        "state": document.state, "direction": document.direction, "type": document.type_code,
        "subject": document.subject, "number": document.number, "notation": document.notation,
        "arrival_number": document.arrival_number, "urgency": document.urgency,
        "confidentiality": document.confidentiality,
        "due_date": document.due_date.isoformat() if document.due_date else None,
    }


def audience_of(db_session: Session, document: Document) -> Audience:
    """The people an event about this document goes to: its participants."""
    rows = db_session.execute(
        select(Participant.user_id, Participant.unit_id).where(
            Participant.document_id == document.id)
    ).all()
    users = {row.user_id for row in rows if row.user_id is not None}
    units = {row.unit_id for row in rows if row.unit_id is not None}
    if units:
        members = select(User.id).where(User.unit_id.in_(units), User.is_active.is_(True))
        if document.confidentiality != Confidentiality.NORMAL.value:
            members = members.join(UserRole).where(UserRole.role == "unit_head")
        users |= set(db_session.scalars(members))
    return Audience(users=frozenset(users))


def require_state(document: Document, allowed: Iterable[State], *, action: str) -> None:
    """Refuse a step the document's state does not allow."""
    if State(document.state) not in set(allowed):
        raise IllegalTransition(f"cannot {action} a document that is {document.state}",
                                state=document.state)


def move(
    db_session: Session, document: Document, *, actor: Principal, action: str,
    allowed_from: Iterable[State], to_state: State | None, note: str | None = None,
) -> None:
    """Apply one step: check the state, record history and audit, tell the people concerned."""
    before = snapshot(document)
    require_state(document, allowed_from, action=action)
    from_state = document.state
    if to_state is not None:
        document.state = to_state.value
    db_session.add(HistoryEntry(document_id=document.id, actor_id=actor.user_id, action=action,
                                from_state=from_state, to_state=document.state, note=note))
    db_session.flush()
    audit.record(db_session, actor_id=actor.user_id, action=f"document.{action}",
                 object_type="document", object_id=document.id, before=before,
                 after=snapshot(document), details={"note": note} if note else None)
    publish(db_session, kind=f"document.{action}",
            payload={"document_id": document.id, "state": document.state,
                     "subject": document.subject, "actor": actor.full_name},
            audience=audience_of(db_session, document))
    # The axis connector queues the edXML this step announces, in this same transaction.
    axis_hooks.document_moved(db_session, document, action=action, note=note)


def check_type(type_code: str) -> None:
    """Refuse unknown document types."""
    if type_code not in WORKFLOW_TYPES:
        raise ValidationFailed(f"unknown document type {type_code!r}")


def check_organ(organ_id: str | None) -> None:
    """Refuse malformed organ ids (empty is allowed: not every sender has one)."""
    if organ_id:
        validate_organ_id(organ_id)


_PDF_TEXT_MARK = " \x1f "
"""Separates the metadata part of ``search_text`` from the main file's text, so a metadata
change (a number at issuance, a new subject) keeps the file's text without extracting it again."""


def refresh_search_text(db_session: Session, document: Document, *,
                        pdf_text: str | None = None) -> None:
    """Recompute the folded search text from the metadata and the main file's text.

    ``pdf_text`` None keeps the file text already indexed; a string replaces it.
    """
    number = f"{document.number}/{document.notation}" if document.number else document.notation
    parts = [document.subject, document.summary, number, document.issuing_organ_name,
             WORKFLOW_TYPES[document.type_code].name]
    if pdf_text is None:
        previous = document.search_text or ""
        _, _, file_part = previous.partition(_PDF_TEXT_MARK)
    else:
        file_part = fold_for_search(pdf_text[:200_000])
    metadata = fold_for_search(" ".join(p for p in parts if p))
    document.search_text = f"{metadata}{_PDF_TEXT_MARK}{file_part}" if file_part else metadata


@dataclass(frozen=True)
class Upload:
    """A file sent by a client."""

    filename: str | None
    media_type: str | None
    stream: BinaryIO


def _store_pdf(db_session: Session, *, store: FileStore, upload: Upload) -> tuple[str, str]:
    filename = clean_filename(upload.filename)
    head = upload.stream.read(1024)
    if not pdftext.looks_like_pdf(head):
        raise UnsupportedMediaType("the main file of a document must be a PDF")
    upload.stream.seek(0)
    stored = store_file(db_session, store=store, source=upload.stream,
                        media_type="application/pdf")
    return stored.sha256, filename


def add_version(
    db_session: Session, document: Document, *, store: FileStore, actor: Principal,
    upload: Upload, reason: str, signed: bool = False,
) -> DocumentVersion:
    """Store a new main-file version (PDF) and refresh the document's text and page count."""
    if not reason.strip():
        raise ValidationFailed("a version needs a reason")
    sha256, filename = _store_pdf(db_session, store=store, upload=upload)
    latest = db_session.scalar(select(func.max(DocumentVersion.version_no)).where(
        DocumentVersion.document_id == document.id)) or 0
    version = DocumentVersion(document_id=document.id, version_no=latest + 1,
                              file_sha256=sha256, filename=filename,
                              media_type="application/pdf", reason=reason.strip(),
                              signed=signed, created_by=actor.user_id)
    db_session.add(version)
    extracted = pdftext.extract(store.path_of(sha256))
    document.text_status = extracted.status
    if extracted.page_count is not None:
        document.page_count = extracted.page_count
    refresh_search_text(db_session, document, pdf_text=extracted.text)
    db_session.flush()
    audit.record(db_session, actor_id=actor.user_id, action="document.version_added",
                 object_type="document", object_id=document.id,
                 after={"version_no": version.version_no, "sha256": sha256,
                        "reason": version.reason, "signed": signed,
                        "text_status": extracted.status})
    return version


def latest_version(db_session: Session, document_id: int) -> DocumentVersion | None:
    """The newest main-file version."""
    return db_session.scalars(
        select(DocumentVersion).where(DocumentVersion.document_id == document_id)
        .order_by(DocumentVersion.version_no.desc())
    ).first()


def current_attachment(db_session: Session, document_id: int, filename: str) -> Attachment | None:
    """The newest attachment of that name: attachments of one name are one file's versions."""
    return db_session.scalars(select(Attachment).where(
        Attachment.document_id == document_id, Attachment.filename == filename)
        .order_by(Attachment.id.desc())).first()


def add_attachment(
    db_session: Session, document: Document, *, store: FileStore, actor: Principal,
    upload: Upload, base_sha256: str | None = None,
) -> Attachment:
    """Attach any file; a PDF's text is extracted, a damaged one is kept and marked failed.

    ``base_sha256`` (an edited file sent back) is the version the editor started from: if
    the newest attachment of that name is another one, someone replaced it meanwhile and the
    upload is refused with ``StaleVersion`` rather than silently hiding their change.
    """
    filename = clean_filename(upload.filename)
    if base_sha256 is not None:
        current = current_attachment(db_session, document.id, filename)
        if current is None or current.file_sha256 != base_sha256.lower():
            raise StaleVersion(f"{filename} is no longer at {base_sha256}")
    media_type = (upload.media_type or "application/octet-stream")[:100]
    stored = store_file(db_session, store=store, source=upload.stream, media_type=media_type)
    extracted = pdftext.extract(store.path_of(stored.sha256))
    attachment = Attachment(document_id=document.id, file_sha256=stored.sha256,
                            filename=filename, media_type=media_type,
                            text_status=extracted.status, added_by=actor.user_id)
    db_session.add(attachment)
    if extracted.status == "ok":
        document.search_text = f"{document.search_text} {fold_for_search(extracted.text)}"
    db_session.flush()
    audit.record(db_session, actor_id=actor.user_id, action="document.attachment_added",
                 object_type="document", object_id=document.id,
                 after={"filename": filename, "sha256": stored.sha256,
                        "text_status": extracted.status})
    return attachment


def add_comment(
    db_session: Session, document: Document, *, actor: Principal, body: str,
    version_id: int | None = None,
) -> Comment:
    """Comment on a document or one of its versions."""
    if not body.strip():
        raise ValidationFailed("a comment cannot be empty")
    if version_id is not None:
        version = db_session.get(DocumentVersion, version_id)
        if version is None or version.document_id != document.id:
            raise ValidationFailed(f"version {version_id} is not a version of this document")
    comment = Comment(document_id=document.id, version_id=version_id, author_id=actor.user_id,
                      body=body.strip())
    db_session.add(comment)
    db_session.flush()
    audit.record(db_session, actor_id=actor.user_id, action="document.commented",
                 object_type="document", object_id=document.id,
                 after={"comment_id": comment.id, "version_id": version_id})
    publish(db_session, kind="document.commented",
            payload={"document_id": document.id, "comment_id": comment.id,
                     "author": actor.full_name},
            audience=audience_of(db_session, document))
    return comment


def duplicates_of(db_session: Session, document: Document) -> list[int]:
    """Other incoming documents with the same number, notation and issuer (a warning)."""
    if document.number is None or not document.notation:
        return []
    same_issuer = or_(Document.issuing_organ_id == document.issuing_organ_id,
                      Document.issuing_organ_name == document.issuing_organ_name)
    query = select(Document.id).where(
        Document.id != document.id, Document.direction == document.direction,
        Document.number == document.number, Document.notation == document.notation,
        same_issuer, Document.agency_id == document.agency_id,
    )
    return list(db_session.scalars(query))


def history(db_session: Session, *, actor: Principal, document_id: int) -> list[HistoryEntry]:
    """A document's timeline, oldest first."""
    access.get_visible(db_session, principal=actor, document_id=document_id)
    query = select(HistoryEntry).where(HistoryEntry.document_id == document_id)
    return list(db_session.scalars(query.order_by(HistoryEntry.id)))
