"""The archive core's ports on the server: dossiers and catalogues in SQL, filed documents from
the workflow's tables and the file store, the system clock.

The repository works inside the caller's session and never commits: the service commits once
per use case, with its audit entry and events.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime

import pikepdf
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from archive.adapters import codec
from archive.errors import DocumentNotFound, DossierNotFound, InvalidMetadata
from archive.model import ArchiveRecord, DisposalRecord, Dossier, DossierCatalogue, FileCode
from server.archive.tables import (
    CatalogueRow,
    DisposalRecordRow,
    DossierDocumentRow,
    DossierRow,
)
from server.core.store import FileStore
from server.core.tables import StoredFile
from server.core.text import index_words
from server.documents.tables import Document, DocumentVersion
from server.documents.vocabulary import WORKFLOW_TYPES
from server.users.tables import Agency

UNFILEABLE_STATES = frozenset({"draft", "in_review", "returned", "to_sign", "signed"})
"""Drafts and documents not issued yet never go into a dossier (Decree 30 art. 29)."""


class SystemClock:
    """The wall clock, in UTC."""

    def now(self) -> datetime:
        """Now."""
        return datetime.now(UTC)


def dossier_search_words(dossier: Dossier) -> str:
    """The words a dossier is found by, made as the workflow makes a document's."""
    parts = (str(dossier.file_code), dossier.file_code.notation, dossier.title,
             dossier.description, dossier.creator, *dossier.keywords)
    return " ".join(index_words(" ".join(p for p in parts if p)))


class SqlDossierRepository:
    """``archive.ports.DossierRepository`` over the request's session."""

    def __init__(self, db_session: Session, *, actor_id: int | None, lock: bool = False) -> None:
        self.session = db_session
        self.actor_id = actor_id
        self.lock = lock
        """Lock the dossier row on load (``FOR UPDATE`` on PostgreSQL) for a state change."""

    def row(self, file_code: FileCode | str) -> DossierRow:
        """The stored row; raises DossierNotFound."""
        query = select(DossierRow).where(DossierRow.file_code == str(file_code))
        if self.lock:
            query = query.with_for_update()
        row = self.session.scalars(query).one_or_none()
        if row is None:
            raise DossierNotFound(f"no dossier {file_code}")
        return row

    def get(self, file_code: FileCode) -> Dossier:
        """The dossier."""
        return codec.dossier_from_json(self.row(file_code).snapshot)

    def save(self, dossier: Dossier) -> None:
        """Insert or replace the dossier, its columns and its document index."""
        code = str(dossier.file_code)
        row = self.session.scalars(
            select(DossierRow).where(DossierRow.file_code == code)).one_or_none()
        if row is None:
            if self.actor_id is None:
                raise InvalidMetadata("a dossier is opened by a person")
            row = DossierRow(file_code=code, organ_id=dossier.file_code.organ_id,
                             year=dossier.file_code.year, notation=dossier.file_code.notation,
                             opened_by=self.actor_id)
            self.session.add(row)
        row.title, row.state = dossier.title, dossier.state.value
        row.retention, row.in_catalogue = dossier.retention.label(), dossier.in_catalogue
        row.transfer_deadline = dossier.transfer_deadline() if dossier.end_date else None
        row.retention_ends = dossier.retention_ends()
        row.under_hold = dossier.under_hold
        row.search_words = dossier_search_words(dossier)
        row.snapshot = codec.dossier_to_json(dossier)
        self.session.flush()
        self._index_documents(row.id, dossier)

    def _index_documents(self, dossier_id: int, dossier: Dossier) -> None:
        wanted = {int(ref.document_id): ref.sha256 for ref in dossier.entries}
        present = {r.document_id: r for r in self.session.scalars(
            select(DossierDocumentRow).where(DossierDocumentRow.dossier_id == dossier_id))}
        gone = set(present) - set(wanted)
        if gone:
            self.session.execute(delete(DossierDocumentRow).where(
                DossierDocumentRow.dossier_id == dossier_id,
                DossierDocumentRow.document_id.in_(gone)))
        for document_id, sha256 in wanted.items():
            if document_id not in present:
                self.session.add(DossierDocumentRow(dossier_id=dossier_id,
                                                    document_id=document_id, sha256=sha256))
        self.session.flush()

    def list(self, *, year: int | None = None) -> Sequence[Dossier]:
        """Every dossier (of one year)."""
        query = select(DossierRow.snapshot).order_by(DossierRow.file_code)
        if year is not None:
            query = query.where(DossierRow.year == year)
        return [codec.dossier_from_json(s) for s in self.session.scalars(query)]

    def catalogue_row(self, organ_id: str, year: int) -> CatalogueRow | None:
        """The stored catalogue of a year."""
        query = select(CatalogueRow).where(CatalogueRow.organ_id == organ_id,
                                           CatalogueRow.year == year)
        if self.lock:
            query = query.with_for_update()
        return self.session.scalars(query).one_or_none()

    def catalogue(self, organ_id: str, year: int) -> DossierCatalogue | None:
        """The catalogue of a year, if any."""
        row = self.catalogue_row(organ_id, year)
        return None if row is None else codec.catalogue_from_json(row.snapshot)

    def save_catalogue(self, catalogue: DossierCatalogue) -> None:
        """Insert or replace a catalogue."""
        row = self.catalogue_row(catalogue.organ_id, catalogue.year)
        if row is None:
            row = CatalogueRow(organ_id=catalogue.organ_id, year=catalogue.year)
            self.session.add(row)
        row.snapshot = codec.catalogue_to_json(catalogue)
        row.approved_at = catalogue.approved_at
        if catalogue.approved_at is not None and row.approved_by is None:
            row.approved_by = self.actor_id
        self.session.flush()

    def add_disposal_record(self, record: DisposalRecord) -> None:
        """Append a disposal record (the approver is the one recorded on the dossier row)."""
        row = self.row(record.file_code)
        if row.disposal_approved_by is None or self.actor_id is None:
            raise InvalidMetadata("a disposal needs a recorded approver and a person disposing")
        self.session.add(DisposalRecordRow(
            file_code=record.file_code, snapshot=codec.disposal_to_json(record),
            approved_by=row.disposal_approved_by, disposed_by=self.actor_id,
            disposed_at=record.disposed_at))
        self.session.flush()

    def disposal_records(self) -> Sequence[DisposalRecord]:
        """Every disposal record, oldest first."""
        rows = self.session.scalars(select(DisposalRecordRow.snapshot)
                                    .order_by(DisposalRecordRow.id))
        return [codec.disposal_from_json(s) for s in rows]


def _page_count(data: bytes) -> int:
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except (pikepdf.PdfError, ValueError):
        return 1


class SqlDocuments:
    """``archive.ports.DocumentSource``: the workflow's documents, newest main version as filed.

    Records are built once per document and kept for the life of this object (one use case).
    """

    def __init__(self, db_session: Session, *, store: FileStore) -> None:
        self.session = db_session
        self.store = store
        self._records: dict[str, ArchiveRecord] = {}
        self._hashes: dict[str, str] = {}

    def _document(self, document_id: str) -> tuple[Document, DocumentVersion]:
        if not document_id.isdigit():
            raise DocumentNotFound(f"no document {document_id}")
        document = self.session.get(Document, int(document_id))
        if document is None:
            raise DocumentNotFound(f"no document {document_id}")
        version = self.session.scalars(
            select(DocumentVersion).where(DocumentVersion.document_id == document.id)
            .order_by(DocumentVersion.version_no.desc()).limit(1)).one_or_none()
        if version is None or document.state in UNFILEABLE_STATES:
            raise DocumentNotFound(f"document {document_id} has no issued or received file")
        return document, version

    def record(self, document_id: str) -> ArchiveRecord:
        """Phụ lục VI metadata of the document and the hash of its file."""
        if document_id not in self._records:
            document, version = self._document(document_id)
            self._records[document_id] = self._build(document, version)
        return self._records[document_id]

    def _build(self, document: Document, version: DocumentVersion) -> ArchiveRecord:
        pages = document.page_count or _page_count(self.store.read(version.file_sha256))
        issued = document.issue_date or (document.arrival_date or document.created_at).date()
        kind = WORKFLOW_TYPES.get(document.type_code)
        agency = self.session.get(Agency, document.agency_id)
        organ = document.issuing_organ_name or (agency.name if agency else "")
        stored = self.session.get(StoredFile, version.file_sha256)
        return ArchiveRecord(
            document_id=str(document.id), sha256=version.file_sha256,
            size=stored.size if stored else 0,
            type_name=kind.name if kind else document.type_code,
            code_number=str(document.number or "")[:11], code_notation=document.notation or "",
            issued_date=issued, organ_name=organ[:200], subject=document.subject[:500],
            page_amount=min(max(pages, 1), 999), description=(document.summary or "")[:500],
            signer_position=document.signer_position or "", signer_name=document.signer_name or "",
        )

    def content(self, document_id: str) -> bytes:
        """The file exactly as stored (checked against its hash by the store)."""
        _, version = self._document(document_id)
        return self.store.read(version.file_sha256)
