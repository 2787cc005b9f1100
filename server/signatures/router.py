"""Routes of signatures: a version's stored report, and validating any PDF."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, UploadFile

from server.core.deps import Context, CurrentUser, DbSession
from server.documents.service import Upload
from server.signatures import service
from server.signatures.schemas import ReportOut, VersionReportOut

router = APIRouter(tags=["signatures"])


@router.get("/documents/{document_id}/versions/{version_no}/signatures",
            response_model=VersionReportOut)
def version_signatures(document_id: int, version_no: int, db_session: DbSession,
                       principal: CurrentUser) -> VersionReportOut:
    """The validation report stored with a signed version (404 for an unsigned one)."""
    version, row = service.version_report(db_session, actor=principal, document_id=document_id,
                                          version_no=version_no)
    return VersionReportOut.model_validate({
        **row.report, "document_id": document_id, "version_no": version.version_no,
        "step": row.step, "signer_user_id": row.signer_user_id, "stored_at": row.created_at})


@router.post("/signatures/verify", response_model=ReportOut)
def verify(file: Annotated[UploadFile, File(description="PDF file")], context: Context,
           _principal: CurrentUser) -> ReportOut:
    """Validate the signatures of any PDF with the agency's trust roots; nothing is stored."""
    upload = Upload(filename=file.filename, media_type=file.content_type, stream=file.file)
    report = service.verify_upload(context.signatures, upload=upload,
                                   max_bytes=context.settings.max_upload_bytes)
    return ReportOut.model_validate(report)
