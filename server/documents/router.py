"""Routes of documents: the lists, one document, its files, and each workflow step."""

from __future__ import annotations

from datetime import date
from typing import Annotated, TypeVar
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Header, Query, Response, UploadFile, status
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ValidationError
from sqlalchemy import select

from server.axis.connector import intake as axis_intake
from server.core.deps import Context, CurrentUser, DbSession
from server.core.errors import NotFound, ValidationFailed
from server.documents import dashboard, incoming, outgoing, queries
from server.documents import service as documents
from server.documents.access import get_visible
from server.documents.schemas import (
    AssignIn,
    AssignmentOut,
    AttachmentOut,
    CommentIn,
    CommentOut,
    DashboardOut,
    DirectIn,
    DocumentDetail,
    DocumentOut,
    DocumentTypeOut,
    DraftIn,
    HandlerIn,
    HistoryOut,
    IncomingIn,
    MeetingTodayOut,
    MyWorkOut,
    NoteIn,
    PageOut,
    PresentIn,
    ReasonIn,
    RecipientOut,
    RegisteredOut,
    VersionOut,
    WeekLoadOut,
)
from server.documents.tables import Attachment, Document, DocumentVersion
from server.documents.vocabulary import WORKFLOW_TYPES, Direction

router = APIRouter(prefix="/documents", tags=["documents"])
types_router = APIRouter(tags=["documents"])

_M = TypeVar("_M", bound=BaseModel)
Metadata = Annotated[str, Form(description="JSON metadata of the document")]
FileField = Annotated[UploadFile, File(description="PDF file")]


def _parse(model: type[_M], raw: str) -> _M:
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        raise ValidationFailed(
            "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        ) from exc


def _upload(file: UploadFile) -> documents.Upload:
    return documents.Upload(filename=file.filename, media_type=file.content_type,
                            stream=file.file)


def _entity_tag(header: str | None) -> str | None:
    """The SHA-256 in an ``If-Match`` header (quoted or not, weak marker ignored)."""
    if header is None:
        return None
    tag = header.strip().removeprefix("W/").strip('"')
    if len(tag) != 64 or any(c not in "0123456789abcdefABCDEF" for c in tag):
        raise ValidationFailed("If-Match must be the SHA-256 of the file edited")
    return tag.lower()


def _out(document: Document) -> DocumentOut:
    return DocumentOut.model_validate(document)


@types_router.get("/document-types", response_model=list[DocumentTypeOut])
def document_types() -> list[DocumentTypeOut]:
    """Every document type (Decree 30 Phụ lục III and legal normative types)."""
    return [DocumentTypeOut(code=t.code, name=t.name, abbreviation=t.abbreviation)
            for t in WORKFLOW_TYPES.values()]


@types_router.get("/dashboard", response_model=DashboardOut, tags=["dashboard"])
def get_dashboard(db_session: DbSession, principal: CurrentUser,
                  weeks: int = Query(default=dashboard.DEFAULT_WEEKS, ge=1,
                                     le=dashboard.MAX_WEEKS)) -> DashboardOut:
    """My work counted, my meetings today and the unit's workload of the last weeks."""
    board = dashboard.dashboard(db_session, principal=principal, weeks=weeks)
    return DashboardOut(
        counts=board.counts, capped=sorted(board.capped), count_cap=dashboard.COUNT_CAP,
        meetings_today=[MeetingTodayOut(meeting_id=m.meeting_id, title=m.title, state=m.state,
                                        scheduled_at=m.scheduled_at)
                        for m in board.meetings_today],
        unit_id=board.unit_id,
        weeks=[WeekLoadOut(week_start=w.week_start, iso_year=w.iso_week[0],
                           iso_week=w.iso_week[1], received=w.received, completed=w.completed,
                           overdue=w.overdue) for w in board.weeks],
    )


@router.get("", response_model=PageOut)
def list_documents(
    db_session: DbSession, principal: CurrentUser,
    q: str | None = Query(default=None, max_length=200),
    direction: Direction | None = None, state: Annotated[list[str] | None, Query()] = None,
    type_code: str | None = None, urgency: str | None = None,
    confidentiality: str | None = None, created_from: date | None = None,
    created_to: date | None = None, unit_id: int | None = None,
    assignee_id: int | None = None, overdue: bool = False,
    sort: str = Query(default="newest", pattern="^(newest|oldest|due|arrival)$"),
    limit: int = Query(default=50, ge=1, le=200), offset: int = Query(default=0, ge=0),
) -> PageOut:
    """Documents the caller may see: search (with or without diacritics), filters, sort."""
    wanted = queries.DocumentFilter(
        text=q, direction=direction.value if direction else None, states=state or (),
        type_code=type_code, urgency=urgency, confidentiality=confidentiality,
        created_from=created_from, created_to=created_to, unit_id=unit_id,
        assignee_id=assignee_id, overdue=overdue, sort=sort)
    page = queries.list_documents(db_session, principal=principal, wanted=wanted, limit=limit,
                                  offset=offset)
    return PageOut(items=[_out(d) for d in page.items], has_more=page.has_more)


@router.get("/my-work", response_model=MyWorkOut)
def my_work(db_session: DbSession, principal: CurrentUser) -> MyWorkOut:
    """What waits for the caller: to register, direct, process, review, sign, issue; overdue."""
    work = queries.my_work(db_session, principal=principal)
    return MyWorkOut(lists={k: [_out(d) for d in v] for k, v in work.lists.items()},
                     counts={k: len(v) for k, v in work.lists.items()})


@router.get("/{document_id}", response_model=DocumentDetail)
def get_document(document_id: int, db_session: DbSession,
                 principal: CurrentUser) -> DocumentDetail:
    """One document with its versions, attachments, recipients, assignments and comments."""
    found = queries.detail(db_session, principal=principal, document_id=document_id)
    return DocumentDetail(
        **_out(found.document).model_dump(),
        versions=[VersionOut.model_validate(v) for v in found.versions],
        attachments=[AttachmentOut.model_validate(a) for a in found.attachments],
        recipients=[RecipientOut.model_validate(r) for r in found.recipients],
        assignments=[AssignmentOut.model_validate(a).model_copy(update={"due_status": s})
                     for a, s in found.assignments],
        comments=[CommentOut.model_validate(c) for c in found.comments],
        due_status=found.due_status,
        returnable=axis_intake.returnable(db_session, found.document),
    )


@router.get("/{document_id}/history", response_model=list[HistoryOut])
def history(document_id: int, db_session: DbSession, principal: CurrentUser) -> list[HistoryOut]:
    """The document's timeline."""
    entries = documents.history(db_session, actor=principal, document_id=document_id)
    return [HistoryOut.model_validate(e) for e in entries]


def _file_response(context: Context, sha256: str, filename: str,
                   media_type: str) -> StreamingResponse:
    chunks = context.store.open_verified(sha256)
    disposition = f"inline; filename*=UTF-8''{quote(filename, safe='')}"
    return StreamingResponse(chunks, media_type=media_type,
                             headers={"Content-Disposition": disposition})


@router.get("/{document_id}/versions/{version_no}/file", response_class=StreamingResponse,
            responses={200: {"content": {"application/pdf": {}}}})
def version_file(document_id: int, version_no: int, db_session: DbSession,
                 principal: CurrentUser, context: Context) -> StreamingResponse:
    """The PDF of one version (checked against its hash as it is sent)."""
    get_visible(db_session, principal=principal, document_id=document_id)
    version = db_session.scalars(select(DocumentVersion).where(
        DocumentVersion.document_id == document_id,
        DocumentVersion.version_no == version_no)).one_or_none()
    if version is None:
        raise NotFound(f"version {version_no}")
    return _file_response(context, version.file_sha256, version.filename, version.media_type)


@router.get("/{document_id}/attachments/{attachment_id}/file",
            response_class=StreamingResponse)
def attachment_file(document_id: int, attachment_id: int, db_session: DbSession,
                    principal: CurrentUser, context: Context) -> StreamingResponse:
    """An attachment's bytes."""
    get_visible(db_session, principal=principal, document_id=document_id)
    attachment = db_session.get(Attachment, attachment_id)
    if attachment is None or attachment.document_id != document_id:
        raise NotFound(f"attachment {attachment_id}")
    return _file_response(context, attachment.file_sha256, attachment.filename,
                          attachment.media_type)


@router.post("/incoming", response_model=DocumentOut, status_code=status.HTTP_201_CREATED,
             responses={200: {"description": "A repeated request: the earlier document"},
                        409: {"description": "The key was used for another file "
                                             "(idempotency_key_mismatch), or its document is "
                                             "one the clerk may not see (already_received)"}})
def receive(metadata: Metadata, file: FileField, db_session: DbSession, principal: CurrentUser,
            context: Context, response: Response,
            idempotency_key: Annotated[str | None, Header(
                pattern="^[0-9a-fA-F]{64}$",
                description="The file's SHA-256: repeating the request (by any clerk) "
                            "gives the earlier document instead of a second one")] = None
            ) -> DocumentOut:
    """Receive an incoming document (clerks): metadata JSON and the PDF."""
    fields = incoming.IncomingFields(**_parse(IncomingIn, metadata).model_dump())
    if idempotency_key is None:
        return _out(incoming.receive(db_session, store=context.store, actor=principal,
                                     fields=fields, upload=_upload(file)))
    receipt = incoming.receive_once(db_session, store=context.store, actor=principal,
                                    fields=fields, upload=_upload(file),
                                    file_sha256=idempotency_key)
    if not receipt.created:
        response.status_code = status.HTTP_200_OK
    return _out(receipt.document)


@router.post("", response_model=DocumentOut, status_code=status.HTTP_201_CREATED)
def create_draft(metadata: Metadata, file: FileField, db_session: DbSession,
                 principal: CurrentUser, context: Context) -> DocumentOut:
    """Start an outgoing or internal document: metadata JSON and the draft PDF."""
    fields = _parse(DraftIn, metadata)
    values = fields.model_dump(exclude={"recipients"})
    draft = outgoing.DraftFields(
        **values, recipients=[outgoing.RecipientSpec(**r.model_dump()) for r in fields.recipients])
    document = outgoing.create_draft(db_session, store=context.store, actor=principal,
                                     fields=draft, upload=_upload(file))
    return _out(document)


@router.post("/{document_id}/versions", response_model=DocumentOut)
def revise(document_id: int, file: FileField, db_session: DbSession, principal: CurrentUser,
           context: Context, reason: Annotated[str, Form(min_length=1, max_length=500)]
           ) -> DocumentOut:
    """Upload a new version of a draft or returned document (the drafter)."""
    return _out(outgoing.revise(db_session, store=context.store, actor=principal,
                                document_id=document_id, upload=_upload(file), reason=reason))


@router.post("/{document_id}/attachments", response_model=AttachmentOut,
             status_code=status.HTTP_201_CREATED)
def attach(document_id: int, file: Annotated[UploadFile, File()], db_session: DbSession,
           principal: CurrentUser, context: Context,
           if_match: Annotated[str | None, Header(
               description="SHA-256 of the attachment of the same name the file was edited "
                           "from; refused with 409 stale_version if it was replaced")] = None,
           ) -> AttachmentOut:
    """Attach a file to a document (a new version of an edited one, with ``If-Match``)."""
    document = get_visible(db_session, principal=principal, document_id=document_id)
    attachment = documents.add_attachment(db_session, document, store=context.store,
                                          actor=principal, upload=_upload(file),
                                          base_sha256=_entity_tag(if_match))
    db_session.commit()
    return AttachmentOut.model_validate(attachment)


@router.post("/{document_id}/comments", response_model=CommentOut,
             status_code=status.HTTP_201_CREATED)
def comment(document_id: int, body: CommentIn, db_session: DbSession,
            principal: CurrentUser) -> CommentOut:
    """Comment on a document or one of its versions."""
    document = get_visible(db_session, principal=principal, document_id=document_id)
    created = documents.add_comment(db_session, document, actor=principal, body=body.body,
                                    version_id=body.version_id)
    db_session.commit()
    return CommentOut.model_validate(created)


@router.post("/{document_id}/register", response_model=RegisteredOut)
def register(document_id: int, db_session: DbSession, principal: CurrentUser) -> RegisteredOut:
    """Register a received document: arrival number and date (clerks); warns of duplicates."""
    result = incoming.register(db_session, actor=principal, document_id=document_id)
    return RegisteredOut(document=_out(result.document), duplicate_ids=result.duplicate_ids)


@router.post("/{document_id}/present", response_model=DocumentOut)
def present(document_id: int, body: PresentIn, db_session: DbSession,
            principal: CurrentUser) -> DocumentOut:
    """Present a registered document to a leader (clerks)."""
    return _out(incoming.present(db_session, actor=principal, document_id=document_id,
                                 leader_id=body.leader_id))


@router.post("/{document_id}/direct", response_model=DocumentOut)
def direct(document_id: int, body: DirectIn, db_session: DbSession,
           principal: CurrentUser) -> DocumentOut:
    """Record the direction and assign lead, support and information handlers (leaders)."""
    def handler(h: HandlerIn) -> incoming.Handler:
        return incoming.Handler(unit_id=h.unit_id, user_id=h.user_id)

    order = incoming.DirectionOrder(text=body.text, lead=handler(body.lead),
                                    support=[handler(h) for h in body.support],
                                    info=[handler(h) for h in body.info], deadline=body.deadline)
    return _out(incoming.direct(db_session, actor=principal, document_id=document_id,
                                order=order))


@router.post("/{document_id}/assign", response_model=AssignmentOut)
def assign(document_id: int, body: AssignIn, db_session: DbSession,
           principal: CurrentUser) -> AssignmentOut:
    """Hand the document to an officer of the lead unit (its unit head)."""
    created = incoming.assign_officer(db_session, actor=principal, document_id=document_id,
                                      officer_id=body.officer_id, deadline=body.deadline,
                                      note=body.note)
    return AssignmentOut.model_validate(created)


@router.post("/{document_id}/complete", response_model=DocumentOut)
def complete(document_id: int, body: NoteIn, db_session: DbSession,
             principal: CurrentUser) -> DocumentOut:
    """Declare the document processed (the handler in charge)."""
    return _out(incoming.complete(db_session, actor=principal, document_id=document_id,
                                  note=body.note))


@router.post("/{document_id}/submit-review", response_model=DocumentOut)
def submit_review(document_id: int, db_session: DbSession, principal: CurrentUser) -> DocumentOut:
    """Send a draft to the drafting unit's head (the drafter)."""
    return _out(outgoing.submit_for_review(db_session, actor=principal, document_id=document_id))


@router.post("/{document_id}/return", response_model=DocumentOut)
def return_for_changes(document_id: int, body: ReasonIn, db_session: DbSession,
                       principal: CurrentUser) -> DocumentOut:
    """Return the document to its drafter with comments (a reviewer)."""
    return _out(outgoing.return_for_changes(db_session, actor=principal,
                                            document_id=document_id, comment=body.reason))


@router.post("/{document_id}/initial", response_model=DocumentOut)
def initial(document_id: int, db_session: DbSession, principal: CurrentUser) -> DocumentOut:
    """Initial the current version (ký nháy; a reviewer)."""
    return _out(outgoing.initial(db_session, actor=principal, document_id=document_id))


@router.post("/{document_id}/submit-signature", response_model=DocumentOut)
def submit_signature(document_id: int, body: PresentIn, db_session: DbSession,
                     principal: CurrentUser) -> DocumentOut:
    """Approve and submit to a leader for signature (the drafting unit's head)."""
    return _out(outgoing.approve_for_signature(db_session, actor=principal,
                                               document_id=document_id,
                                               leader_id=body.leader_id))


@router.post("/{document_id}/sign", response_model=DocumentOut)
def sign(document_id: int, file: FileField, db_session: DbSession, principal: CurrentUser,
         context: Context) -> DocumentOut:
    """Upload the signed PDF (the leader); it must extend the current version."""
    return _out(outgoing.sign(db_session, store=context.store, actor=principal,
                              document_id=document_id, upload=_upload(file),
                              signatures=context.signatures))


@router.post("/{document_id}/issue", response_model=DocumentOut)
def issue(document_id: int, db_session: DbSession, principal: CurrentUser,
          context: Context) -> DocumentOut:
    """Issue a signed document: number, date, dispatch (clerks)."""
    return _out(outgoing.issue(db_session, store=context.store, actor=principal,
                               document_id=document_id, signatures=context.signatures))


@router.post("/{document_id}/revoke", response_model=DocumentOut)
def revoke(document_id: int, body: ReasonIn, db_session: DbSession,
           principal: CurrentUser) -> DocumentOut:
    """Revoke an issued document (clerks and leaders)."""
    return _out(outgoing.revoke(db_session, actor=principal, document_id=document_id,
                                reason=body.reason))
