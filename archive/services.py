"""Use cases of the archive core, one function each, taking the ports as arguments.

Each function loads what it needs from the repository, applies one state change on the model and
saves it: the caller (the server's service layer) wraps a call in one transaction and audits it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from archive.errors import DocumentMismatch, DossierStateError
from archive.model import (
    AccessRegime,
    DisposalApproval,
    DisposalRecord,
    Dossier,
    DossierState,
    FileCode,
    LegalHold,
    Retention,
    RetentionSchedule,
)
from archive.package import AuditExtract, PackResult, pack
from archive.ports import Clock, DocumentSource, DossierRepository
from archive.signatures import SignatureCheck

__all__ = [
    "DisposalCandidate",
    "TRANSFER_WARNING_DAYS",
    "TransferWarning",
    "add_document",
    "close_dossier",
    "dispose",
    "live_references",
    "disposal_candidates",
    "open_dossier",
    "pack_and_transfer",
    "place_hold",
    "release_hold",
    "remove_document",
    "retention_for",
    "transfer",
    "transfer_warnings",
]

TRANSFER_WARNING_DAYS = 30
"""Phụ lục VI: warn 30 days before a dossier's transfer deadline."""


@dataclass(frozen=True)
class TransferWarning:
    """A closed dossier whose transfer deadline is near or past."""

    file_code: str
    title: str
    deadline: date
    days_left: int
    """Negative when overdue."""

    @property
    def overdue(self) -> bool:
        """The deadline has passed."""
        return self.days_left < 0


@dataclass(frozen=True)
class DisposalCandidate:
    """A dossier whose retention has ended (it still needs an approval to be destroyed)."""

    file_code: str
    title: str
    retention_ended: date
    under_hold: bool


def retention_for(schedule: RetentionSchedule, category: str) -> Retention:
    """Retention of a record category from the configured schedule."""
    return schedule.retention_for(category)


def open_dossier(
    repo: DossierRepository,
    clock: Clock,
    file_code: FileCode,
    *,
    title: str,
    retention: Retention,
    creator: str,
    by: str,
    access: AccessRegime = AccessRegime.UNRESTRICTED,
    description: str = "",
) -> Dossier:
    """Open a dossier, linking it to its year's catalogue when there is one."""
    catalogue = repo.catalogue(file_code.organ_id, file_code.year)
    dossier = Dossier.open(
        file_code,
        title=title,
        retention=retention,
        creator=creator,
        by=by,
        at=clock.now(),
        catalogue=catalogue,
        access=access,
        description=description,
    )
    repo.save(dossier)
    return dossier


def add_document(
    repo: DossierRepository, documents: DocumentSource, file_code: FileCode, document_id: str
) -> Dossier:
    """File a document into a dossier by reference (id and hash)."""
    dossier = repo.get(file_code)
    dossier.add_document(documents.record(document_id))
    repo.save(dossier)
    return dossier


def remove_document(repo: DossierRepository, file_code: FileCode, document_id: str) -> Dossier:
    """Take a document out of an open dossier."""
    dossier = repo.get(file_code)
    dossier.remove_document(document_id)
    repo.save(dossier)
    return dossier


def close_dossier(
    repo: DossierRepository,
    documents: DocumentSource,
    clock: Clock,
    file_code: FileCode,
    *,
    by: str,
) -> Dossier:
    """Close a dossier: its metadata (dates, counts, pages) is completed from the records."""
    dossier = repo.get(file_code)
    dossier.close(
        [documents.record(ref.document_id) for ref in dossier.entries], by=by, at=clock.now()
    )
    repo.save(dossier)
    return dossier


def transfer(
    repo: DossierRepository,
    clock: Clock,
    file_code: FileCode,
    *,
    by: str,
    package_fingerprint: str,
) -> Dossier:
    """Record the transfer of a closed dossier with the fingerprint of its package."""
    dossier = repo.get(file_code)
    dossier.transfer(by=by, at=clock.now(), package_fingerprint=package_fingerprint)
    repo.save(dossier)
    return dossier


def pack_and_transfer(
    repo: DossierRepository,
    documents: DocumentSource,
    clock: Clock,
    file_code: FileCode,
    *,
    by: str,
    out: Path,
    check: SignatureCheck | None = None,
    audit: AuditExtract | None = None,
) -> PackResult:
    """Build the dossier's package, then record the transfer with the package's fingerprint.

    If packing fails nothing changes; the dossier is marked transferred only once its package
    exists whole on disk.
    """
    dossier = repo.get(file_code)
    if dossier.state is not DossierState.CLOSED:
        raise DossierStateError(f"cannot transfer dossier {file_code}: {dossier.state}")
    result = pack(dossier, documents, out=out, check=check, audit=audit, at=clock.now())
    transfer(repo, clock, file_code, by=by, package_fingerprint=result.fingerprint)
    return result


def transfer_warnings(
    repo: DossierRepository, clock: Clock, *, days: int = TRANSFER_WARNING_DAYS
) -> list[TransferWarning]:
    """Closed dossiers whose transfer deadline is at most ``days`` away (or past)."""
    today = clock.now().date()
    warnings = []
    for dossier in repo.list():
        if dossier.state is not DossierState.CLOSED:
            continue
        deadline = dossier.transfer_deadline()
        left = (deadline - today).days
        if left <= days:
            warnings.append(TransferWarning(str(dossier.file_code), dossier.title, deadline, left))
    return sorted(warnings, key=lambda w: w.deadline)


def disposal_candidates(repo: DossierRepository, clock: Clock) -> list[DisposalCandidate]:
    """Dossiers past their retention period (permanent ones never appear)."""
    today = clock.now().date()
    found = []
    for dossier in repo.list():
        ends = dossier.retention_ends()
        live = dossier.state in (DossierState.CLOSED, DossierState.TRANSFERRED)
        if live and ends is not None and ends < today:
            found.append(
                DisposalCandidate(str(dossier.file_code), dossier.title, ends, dossier.under_hold)
            )
    return found


def place_hold(
    repo: DossierRepository,
    clock: Clock,
    file_code: FileCode,
    *,
    hold_id: str,
    reason: str,
    by: str,
) -> Dossier:
    """Put a dossier under legal hold."""
    dossier = repo.get(file_code)
    dossier.place_hold(LegalHold(hold_id, reason, by, clock.now()))
    repo.save(dossier)
    return dossier


def release_hold(
    repo: DossierRepository, clock: Clock, file_code: FileCode, *, hold_id: str, by: str
) -> Dossier:
    """Release a legal hold."""
    dossier = repo.get(file_code)
    dossier.release_hold(hold_id, by=by, at=clock.now())
    repo.save(dossier)
    return dossier


def dispose(
    repo: DossierRepository,
    documents: DocumentSource,
    clock: Clock,
    file_code: FileCode,
    *,
    approval: DisposalApproval | None,
    by: str,
) -> DisposalRecord:
    """Destroy a dossier on approval and keep the disposal record forever.

    The record is appended before the dossier is saved as disposed, so a crash in between
    leaves a record and a live dossier, never a silent disposal. Removing the documents' bytes
    is the caller's step, and only for documents no other live dossier references.

    Raises:
        UnderLegalHold, DisposalNotApproved, PermanentRetention, RetentionNotExpired,
        DossierStateError: see :meth:`archive.model.Dossier.dispose`.
        DocumentMismatch: a document's current hash is not the one filed.
    """
    dossier = repo.get(file_code)
    for ref in dossier.entries:
        if documents.record(ref.document_id).sha256 != ref.sha256:
            raise DocumentMismatch(f"{ref.document_id} changed since it was filed")
    record = dossier.dispose(approval, by=by, at=clock.now())
    repo.add_disposal_record(record)
    repo.save(dossier)
    return record


def live_references(repo: DossierRepository, document_id: str) -> list[str]:
    """File codes of live (not disposed) dossiers that still reference a document."""
    return [
        str(d.file_code)
        for d in repo.list()
        if d.state is not DossierState.DISPOSED
        and any(ref.document_id == document_id for ref in d.entries)
    ]
