"""Ports of the archive core: what services need from storage, documents, time and signing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from archive.model import ArchiveRecord, DisposalRecord, Dossier, DossierCatalogue, FileCode

__all__ = ["Clock", "DocumentSource", "DossierRepository", "TimestampRenewer"]


class DossierRepository(Protocol):
    """Where dossiers, catalogues and disposal records are kept."""

    def get(self, file_code: FileCode) -> Dossier:
        """The dossier; raises :class:`archive.errors.DossierNotFound`."""
        ...

    def save(self, dossier: Dossier) -> None:
        """Insert or replace a dossier."""
        ...

    def list(self, *, year: int | None = None) -> Sequence[Dossier]:
        """Every dossier (of one catalogue year)."""
        ...

    def catalogue(self, organ_id: str, year: int) -> DossierCatalogue | None:
        """The catalogue of a year, if any."""
        ...

    def save_catalogue(self, catalogue: DossierCatalogue) -> None:
        """Insert or replace a catalogue."""
        ...

    def add_disposal_record(self, record: DisposalRecord) -> None:
        """Append a disposal record; records are never changed or removed."""
        ...

    def disposal_records(self) -> Sequence[DisposalRecord]:
        """Every disposal record, oldest first."""
        ...


class DocumentSource(Protocol):
    """Issued documents: metadata and the exact bytes, by id."""

    def record(self, document_id: str) -> ArchiveRecord:
        """Metadata; raises :class:`archive.errors.DocumentNotFound`."""
        ...

    def content(self, document_id: str) -> bytes:
        """The PDF exactly as issued; raises :class:`archive.errors.DocumentNotFound`."""
        ...


class Clock(Protocol):
    """The current time (timezone-aware), injectable for tests."""

    def now(self) -> datetime:
        """Now."""
        ...


class TimestampRenewer(Protocol):
    """Adds a fresh document time stamp to a PDF (an incremental update)."""

    def renew(self, data: bytes) -> bytes:
        """The PDF with validation data for what it holds and a new document time stamp."""
        ...
