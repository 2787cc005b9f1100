"""Routes of a meeting's files: item documents for participants, the signed minutes and the
conclusion notice's draft."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, File, UploadFile, status
from fastapi.responses import StreamingResponse

from server.core.deps import Context, CurrentUser, DbSession
from server.documents import service as documents
from server.meetings import queries, records

router = APIRouter(prefix="/meetings", tags=["meetings"])
Json = dict[str, Any]
PDF = "application/pdf"
SignedFile = Annotated[UploadFile, File(description="the minutes PDF with one more signature")]


def _json(view: records.RecordsView) -> Json:
    data = asdict(view)
    for version in data["versions"]:
        version["created_at"] = version["created_at"].isoformat()
    return data


@router.get("/{meeting_id}/items/{item_id}/documents/{document_id}/file",
            response_class=StreamingResponse, responses={200: {"content": {PDF: {}}}})
def item_document_file(meeting_id: str, item_id: str, document_id: str, db: DbSession,
                       principal: CurrentUser, context: Context) -> StreamingResponse:
    """The newest PDF of a document on an item I may see."""
    sha256, filename = queries.item_document_file(db, principal=principal, meeting_id=meeting_id,
                                                  item_id=item_id, document_id=document_id)
    return StreamingResponse(context.store.open_verified(sha256), media_type=PDF,
                             headers={"Content-Disposition":
                                      f"inline; filename*=UTF-8''{quote(filename, safe='')}"})


@router.get("/{meeting_id}/records")
def get_records(meeting_id: str, db: DbSession, principal: CurrentUser) -> Json:
    """The minutes' versions and signatures, and the conclusion notice's document."""
    return _json(records.records(db, principal=principal, meeting_id=meeting_id))


@router.post("/{meeting_id}/records/minutes")
def draw_up_minutes(meeting_id: str, db: DbSession, principal: CurrentUser,
                    context: Context) -> Json:
    """Freeze the minutes draft for signature (chair or secretary of a closed meeting)."""
    return _json(records.freeze_minutes(db, store=context.store, principal=principal,
                                        meeting_id=meeting_id))


@router.get("/{meeting_id}/records/minutes/file", response_class=StreamingResponse,
            responses={200: {"content": {PDF: {}}}})
def minutes_file(meeting_id: str, db: DbSession, principal: CurrentUser, context: Context,
                 version: int | None = None) -> StreamingResponse:
    """The stored minutes PDF: the newest version, or ``?version=n``."""
    row = records.minutes_version(db, principal=principal, meeting_id=meeting_id,
                                  version_no=version)
    return StreamingResponse(context.store.open_verified(row.file_sha256), media_type=PDF,
                             headers={"Content-Disposition":
                                      f'inline; filename="bien-ban-v{row.version_no}.pdf"'})


@router.post("/{meeting_id}/records/minutes/signatures")
def sign_minutes(meeting_id: str, file: SignedFile, db: DbSession, principal: CurrentUser,
                 context: Context) -> Json:
    """Upload the minutes signed by the chair or the secretary (checked like a leader's)."""
    upload = documents.Upload(filename=file.filename, media_type=file.content_type,
                              stream=file.file)
    return _json(records.sign_minutes(db, store=context.store, setup=context.signatures,
                                      principal=principal, meeting_id=meeting_id,
                                      upload=upload))


@router.post("/{meeting_id}/records/conclusion-notice", status_code=status.HTTP_201_CREATED)
def draft_conclusion_notice(meeting_id: str, db: DbSession, principal: CurrentUser,
                            context: Context) -> Json:
    """Put the conclusion notice into the outgoing workflow as a draft (the secretary)."""
    document = records.draft_conclusion_notice(db, store=context.store, principal=principal,
                                               meeting_id=meeting_id)
    return {"document_id": document.id, "state": document.state,
            "subject": document.subject, "type_code": document.type_code}
