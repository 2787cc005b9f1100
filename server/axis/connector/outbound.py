"""Building the edXML of an outbox message from the database (document and status messages)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.axis import edxml
from server.axis.connector.hooks import edxml_document_id, origin_of
from server.axis.connector.tables import OutboxMessage
from server.axis.connector.vocabulary import OutboxKind
from server.core.db import utcnow
from server.core.store import FileStore
from server.documents import service as documents
from server.documents.tables import Attachment, Document, Recipient
from server.documents.vocabulary import WORKFLOW_TYPES
from server.users.tables import Agency

PRIORITY = {"normal": edxml.Priority.NORMAL, "urgent": edxml.Priority.URGENT,
            "very_urgent": edxml.Priority.VERY_URGENT, "flash": edxml.Priority.FLASH,
            "flash_timed": edxml.Priority.FLASH_TIMED}


def _vietnam_now() -> datetime:
    # edXML timestamps carry no zone; agencies write Vietnamese local time (UTC+7).
    return utcnow().astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).replace(tzinfo=None)


def _agency(db_session: Session, organ_id: str) -> edxml.Organization:
    agency = db_session.scalars(select(Agency)).one()
    return edxml.Organization(organ_id=organ_id, organ_name=agency.name,
                              address=agency.address or "", email=agency.email or "",
                              telephone=agency.phone or "")


def _response_for(db_session: Session, document: Document) -> tuple[edxml.ResponseFor, ...]:
    if document.reply_to_id is None:
        return ()
    origin = origin_of(db_session, document.reply_to_id)
    if origin is None:
        return ()
    issued = date.fromisoformat(origin.promulgation_date) if origin.promulgation_date else None
    return (edxml.ResponseFor(organ_id=origin.sender, code=origin.code or "",
                              promulgation_date=issued, document_id=origin.edxml_document_id),)


def _business(db_session: Session, document: Document,
              organs: tuple[str, ...]) -> edxml.Business:
    if document.replaces_id is None or document.business_type == 0:
        return edxml.Business()
    old = db_session.get(Document, document.replaces_id)
    assert old is not None
    old_id = edxml_document_id(old)
    return edxml.Business(doc_type=edxml.BusinessDocType(document.business_type),
                          document_id=old_id,
                          replacements=(edxml.ReplacementInfo(old_id, organs),))


def _attachments(db_session: Session, document: Document,
                 store: FileStore) -> tuple[edxml.Attachment, ...]:
    version = documents.latest_version(db_session, document.id)
    assert version is not None
    files = [edxml.Attachment(name=version.filename, content_type=version.media_type,
                              path=store.path_of(version.file_sha256))]
    for extra in db_session.scalars(select(Attachment).where(
            Attachment.document_id == document.id).order_by(Attachment.id)):
        files.append(edxml.Attachment(name=extra.filename, content_type=extra.media_type,
                                      path=store.path_of(extra.file_sha256)))
    return tuple(files)


def document_message(db_session: Session, row: OutboxMessage, *, organ_id: str,
                     store: FileStore) -> edxml.DocumentMessage:
    """The edXML document message of an issued outgoing document."""
    document = db_session.get(Document, row.document_id)
    assert document is not None and document.issue_date is not None
    organs = tuple(row.recipients.split(","))
    names = {r.organ_id: r.organ_name or "" for r in db_session.scalars(
        select(Recipient).where(Recipient.document_id == document.id))}
    agency = _agency(db_session, organ_id)
    header = edxml.MessageHeader(
        from_=agency, to=tuple(edxml.Organization(o, names.get(o, "")) for o in organs),
        code=edxml.Code(str(document.number), document.notation or ""),
        promulgation_info=edxml.PromulgationInfo(
            db_session.scalars(select(Agency.place_name)).one() or "", document.issue_date),
        document_type=edxml.DocumentType(type_name=WORKFLOW_TYPES[document.type_code].name),
        subject=document.subject, document_id=row.edxml_document_id,
        content=document.summary or "",
        signer_info=edxml.SignerInfo(full_name=document.signer_name,
                                     position=document.signer_position or "",
                                     competence=document.signer_authority or "")
        if document.signer_name else None,
        due_date=document.due_date, to_places=tuple(n for n in names.values() if n),
        other_info=edxml.OtherInfo(priority=PRIORITY.get(document.urgency,
                                                         edxml.Priority.NORMAL),
                                   page_amount=document.page_count),
        response_for=_response_for(db_session, document),
    )
    return edxml.DocumentMessage(
        header=header, trace=(edxml.TraceHeader(organ_id, _vietnam_now()),),
        business=_business(db_session, document, organs),
        attachments=_attachments(db_session, document, store))


def status_message(db_session: Session, row: OutboxMessage, *,
                   organ_id: str) -> edxml.StatusMessage:
    """The edXML status message of an outbox row (about a received or an own document)."""
    assert row.status_code is not None
    origin = origin_of(db_session, row.document_id) if row.document_id is not None else None
    if row.document_id is None:
        # A 02 about a refused message: all we know is the DocumentId the hub read.
        parts = edxml.DocumentId.parse(row.edxml_document_id)
        code = f"{parts.number}/{parts.notation}" if parts.notation else parts.number
        about = edxml.ResponseFor(organ_id=parts.organ_id, code=code,
                                  promulgation_date=parts.date,
                                  document_id=row.edxml_document_id)
    elif origin is not None:
        issued = (date.fromisoformat(origin.promulgation_date)
                  if origin.promulgation_date else None)
        about = edxml.ResponseFor(organ_id=origin.sender, code=origin.code or "",
                                  promulgation_date=issued,
                                  document_id=origin.edxml_document_id)
    else:
        document = db_session.get(Document, row.document_id)
        assert document is not None
        about = edxml.ResponseFor(organ_id=organ_id,
                                  code=f"{document.number}/{document.notation}",
                                  promulgation_date=document.issue_date,
                                  document_id=row.edxml_document_id)
    return edxml.StatusMessage(
        from_=_agency(db_session, organ_id), response_for=about,
        status_code=edxml.StatusCode(row.status_code), timestamp=_vietnam_now(),
        description=row.description or "")


def build(db_session: Session, row: OutboxMessage, *, organ_id: str, store: FileStore,
          signer: edxml.EnvelopeSigner | None) -> bytes:
    """The bytes to send for an outbox row."""
    if row.kind == OutboxKind.DOCUMENT.value:
        return edxml.build_document(document_message(db_session, row, organ_id=organ_id,
                                                     store=store), signer=signer)
    return edxml.build_status(status_message(db_session, row, organ_id=organ_id),
                              signer=signer)
