"""The office workflow's routes (documents, registers, reports), mixed into ``ApiClient``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.api import errors
from desktop.api.dashboard import Dashboard
from desktop.api.documents import (
    Assignment,
    Attachment,
    Comment,
    DocumentDetail,
    DocumentPage,
    DocumentSummary,
    DocumentType,
    HistoryEntry,
    Holiday,
    MyWork,
    Registered,
    RegisterInfo,
    UnitStatistics,
)
from desktop.api.requests import (
    DirectionOrder,
    DocumentQuery,
    DraftFields,
    FileUpload,
    IncomingFields,
)
from desktop.api.signatures import SignaturesReport

if TYPE_CHECKING:
    import httpx

T = TypeVar("T")


class OfficeRoutes:
    """One method per route of the office workflow; every call blocks (use a background task)."""

    if TYPE_CHECKING:
        def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response: ...

        def _one(self, parse: Callable[[dict[str, Any]], T], method: str, path: str,
                 **kwargs: Any) -> T: ...

        def _many(self, parse: Callable[[dict[str, Any]], T], path: str,
                  **kwargs: Any) -> list[T]: ...

    # -- reading ------------------------------------------------------------------------------

    def document_types(self) -> list[DocumentType]:
        """Every document type the workflow knows."""
        return self._many(DocumentType.from_json, "/document-types")

    def documents(self, query: DocumentQuery | None = None) -> DocumentPage:
        """A page of the documents one may see: search (with or without diacritics), filters."""
        params = (query or DocumentQuery()).params()
        return self._one(DocumentPage.from_json, "GET", "/documents", params=params)

    def my_work(self) -> MyWork:
        """What waits for the signed-in person."""
        return self._one(MyWork.from_json, "GET", "/documents/my-work")

    def dashboard(self, weeks: int = 8) -> Dashboard:
        """My work counted, my meetings today and the workload of the last ``weeks`` weeks."""
        return self._one(Dashboard.from_json, "GET", "/dashboard", params={"weeks": weeks})

    def document(self, document_id: int) -> DocumentDetail:
        """One document with versions, attachments, recipients, assignments, comments."""
        return self._one(DocumentDetail.from_json, "GET", f"/documents/{document_id}")

    def history(self, document_id: int) -> list[HistoryEntry]:
        """The document's timeline, oldest first."""
        return self._many(HistoryEntry.from_json, f"/documents/{document_id}/history")

    def version_file(self, document_id: int, version_no: int) -> bytes:
        """The PDF of one version."""
        return self.request("GET", f"/documents/{document_id}/versions/{version_no}/file").content

    def attachment_file(self, document_id: int, attachment_id: int) -> bytes:
        """An attachment's bytes."""
        path = f"/documents/{document_id}/attachments/{attachment_id}/file"
        return self.request("GET", path).content

    # -- incoming flow --------------------------------------------------------------------------

    def receive(self, fields: IncomingFields, file: FileUpload, *,
                idempotent: bool = False) -> DocumentSummary:
        """Take in a received document with its PDF (clerks).

        ``idempotent``: the file's SHA-256 goes as ``Idempotency-Key``, so repeating the call
        (after a crash or a lost answer) gives the first document, never a second one.
        """
        headers = {"Idempotency-Key": file.sha256()} if idempotent else {}
        return self._one(DocumentSummary.from_json, "POST", "/documents/incoming",
                         data={"metadata": fields.to_json()}, files={"file": file.as_httpx()},
                         headers=headers)

    def register(self, document_id: int) -> Registered:
        """Give the arrival number; says which documents it may duplicate (clerks)."""
        return self._one(Registered.from_json, "POST", f"/documents/{document_id}/register")

    def present(self, document_id: int, leader_id: int) -> DocumentSummary:
        """Present a registered document to a leader (clerks)."""
        return self._step(document_id, "present", {"leader_id": leader_id})

    def direct(self, document_id: int, order: DirectionOrder) -> DocumentSummary:
        """Record the direction and assign handlers (leaders)."""
        return self._step(document_id, "direct", order.to_dict())

    def assign(self, document_id: int, officer_id: int, *, deadline: date | None = None,
               note: str | None = None) -> Assignment:
        """Hand the document to an officer of the lead unit (its head)."""
        body: dict[str, Any] = {"officer_id": officer_id}
        if deadline is not None:
            body["deadline"] = deadline.isoformat()
        if note:
            body["note"] = note
        return self._one(Assignment.from_json, "POST", f"/documents/{document_id}/assign",
                         json=body)

    def complete(self, document_id: int, note: str | None = None) -> DocumentSummary:
        """Declare the document processed (the handler in charge)."""
        return self._step(document_id, "complete", {"note": note} if note else {})

    # -- outgoing flow --------------------------------------------------------------------------

    def create_draft(self, fields: DraftFields, file: FileUpload) -> DocumentSummary:
        """Start an outgoing or internal document with its draft PDF."""
        return self._one(DocumentSummary.from_json, "POST", "/documents",
                         data={"metadata": fields.to_json()}, files={"file": file.as_httpx()})

    def add_version(self, document_id: int, file: FileUpload, reason: str) -> DocumentSummary:
        """Upload a new version of a draft or returned document (the drafter)."""
        return self._one(DocumentSummary.from_json, "POST", f"/documents/{document_id}/versions",
                         data={"reason": reason}, files={"file": file.as_httpx()})

    def submit_review(self, document_id: int) -> DocumentSummary:
        """Send the draft to the drafting unit's head."""
        return self._step(document_id, "submit-review", None)

    def return_document(self, document_id: int, reason: str) -> DocumentSummary:
        """Return the document to its drafter with comments (a reviewer)."""
        return self._step(document_id, "return", {"reason": reason})

    def initial(self, document_id: int) -> DocumentSummary:
        """Initial the current version (ký nháy)."""
        return self._step(document_id, "initial", None)

    def submit_signature(self, document_id: int, leader_id: int) -> DocumentSummary:
        """Approve and submit to a leader for signature (the drafting unit's head)."""
        return self._step(document_id, "submit-signature", {"leader_id": leader_id})

    def upload_signed(self, document_id: int, file: FileUpload) -> DocumentSummary:
        """Upload the signed PDF (the leader; it must extend the current version)."""
        return self._one(DocumentSummary.from_json, "POST", f"/documents/{document_id}/sign",
                         files={"file": file.as_httpx()})

    def issue(self, document_id: int) -> DocumentSummary:
        """Issue a signed document: number, date, dispatch (clerks)."""
        return self._step(document_id, "issue", None)

    def revoke(self, document_id: int, reason: str) -> DocumentSummary:
        """Revoke an issued document (clerks and leaders)."""
        return self._step(document_id, "revoke", {"reason": reason})

    # -- comments and attachments ------------------------------------------------------------------

    def add_comment(self, document_id: int, body: str, *,
                    version_id: int | None = None) -> Comment:
        """Comment on a document or one of its versions."""
        payload: dict[str, Any] = {"body": body}
        if version_id is not None:
            payload["version_id"] = version_id
        return self._one(Comment.from_json, "POST", f"/documents/{document_id}/comments",
                         json=payload)

    def add_attachment(self, document_id: int, file: FileUpload, *,
                       based_on: str | None = None) -> Attachment:
        """Attach a file to a document.

        ``based_on``: the SHA-256 of the attachment of the same name this file was edited from;
        the server refuses with ``StaleVersion`` if someone replaced that one meanwhile.
        """
        headers = {"If-Match": f'"{based_on}"'} if based_on else {}
        return self._one(Attachment.from_json, "POST", f"/documents/{document_id}/attachments",
                         files={"file": file.as_httpx()}, headers=headers)

    # -- signatures -------------------------------------------------------------------------------

    def verify_signatures(self, data: bytes, filename: str = "document.pdf") -> SignaturesReport:
        """Validate the signatures of any PDF with the agency's trust roots (nothing stored)."""
        return self._one(SignaturesReport.from_json, "POST", "/signatures/verify",
                         files={"file": (filename, data, "application/pdf")})

    def version_signatures(self, document_id: int, version_no: int) -> SignaturesReport:
        """The report the server stored with a signed version (``NotFound`` if unsigned)."""
        path = f"/documents/{document_id}/versions/{version_no}/signatures"
        return self._one(SignaturesReport.from_json, "GET", path)

    # -- registers and reports ------------------------------------------------------------------

    def registers(self, year: int) -> list[RegisterInfo]:
        """The registers of a year and their last numbers."""
        return self._many(RegisterInfo.from_json, "/registers", params={"year": year})

    def register_book(self, direction: str, year: int, series: str = "general") -> bytes:
        """The register book of a year as PDF (Decree 30 Phụ lục IV)."""
        params = {"direction": direction, "year": year, "series": series}
        return self.request("GET", "/registers/book", params=params).content

    def processing_statistics(self, year: int) -> list[UnitStatistics]:
        """Per-unit processing statistics of a year."""
        return self._many(UnitStatistics.from_json, "/reports/processing",
                          params={"year": year, "format": "json"})

    def processing_statistics_csv(self, year: int) -> bytes:
        """The same statistics as CSV, as the server writes it."""
        return self.request("GET", "/reports/processing",
                            params={"year": year, "format": "csv"}).content

    def holidays(self) -> list[Holiday]:
        """The configured non-working days."""
        return self._many(Holiday.from_json, "/holidays")

    def add_holidays(self, days: list[Holiday]) -> list[Holiday]:
        """Add non-working days (administrators)."""
        body = [{"day": h.day.isoformat(), "name": h.name} for h in days]
        return self._many_post(Holiday.from_json, "/holidays", body)

    # -- plumbing ---------------------------------------------------------------------------------

    def _step(self, document_id: int, step: str, body: dict[str, Any] | None) -> DocumentSummary:
        kwargs: dict[str, Any] = {} if body is None else {"json": body}
        return self._one(DocumentSummary.from_json, "POST", f"/documents/{document_id}/{step}",
                         **kwargs)

    def _many_post(self, parse: Callable[[dict[str, Any]], T], path: str,
                   body: list[dict[str, Any]]) -> list[T]:
        response = self.request("POST", path, json=body)
        try:
            return [parse(item) for item in response.json()]
        except (KeyError, TypeError, ValueError) as exc:
            raise errors.ProtocolError(detail=f"POST {path}: {exc!r}") from exc
