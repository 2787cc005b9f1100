"""Legal holds and disposal: a hold blocks disposal; the head approves a disposal; the clerk
disposes of a dossier past its retention, and the disposal record (what, who approved, when,
the hashes) is kept forever. One transaction per use case, audited, with a live event."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive import services as core
from archive.errors import DossierStateError, InvalidMetadata
from archive.model import DisposalApproval, DisposalRecord, Dossier, FileCode
from archive.ports import Clock
from server.archive.access import ArchiveAction, actor_name, require
from server.archive.adapters import SqlDocuments, SqlDossierRepository, SystemClock
from server.archive.errors import DisposalNotApproved, reported
from server.archive.service import record_change, snapshot
from server.archive.tables import DossierRow, PackageRow
from server.auth.principal import Principal
from server.core.store import FileStore
from server.users.tables import User


def place_hold(db_session: Session, *, principal: Principal, file_code: str, reason: str,
               clock: Clock | None = None) -> Dossier:
    """Put a dossier under legal hold: nothing in it can be disposed of until released."""
    require(principal, ArchiveAction.HOLD)
    repo = SqlDossierRepository(db_session, actor_id=principal.user_id, lock=True)
    with reported():
        if not reason.strip():
            raise InvalidMetadata("a legal hold needs a reason")
        code = FileCode.parse(file_code)
        was = snapshot(repo.get(code))
        dossier = core.place_hold(repo, clock or SystemClock(), code, hold_id=uuid.uuid4().hex,
                                  reason=reason.strip(), by=actor_name(principal))
    record_change(db_session, principal=principal, action="hold_placed", dossier=dossier,
                  before=was, details={"reason": reason.strip(),
                                        "hold_id": dossier.holds[-1].hold_id})
    db_session.commit()
    return dossier


def release_hold(db_session: Session, *, principal: Principal, file_code: str, hold_id: str,
                 clock: Clock | None = None) -> Dossier:
    """Release a legal hold (it stays in the dossier's history)."""
    require(principal, ArchiveAction.HOLD)
    repo = SqlDossierRepository(db_session, actor_id=principal.user_id, lock=True)
    with reported():
        code = FileCode.parse(file_code)
        was = snapshot(repo.get(code))
        dossier = core.release_hold(repo, clock or SystemClock(), code, hold_id=hold_id,
                                    by=actor_name(principal))
    record_change(db_session, principal=principal, action="hold_released", dossier=dossier,
                  before=was, details={"hold_id": hold_id})
    db_session.commit()
    return dossier


def approve_disposal(db_session: Session, *, principal: Principal, file_code: str,
                     decision_ref: str, clock: Clock | None = None) -> DossierRow:
    """The head approves destroying a dossier (quyết định hủy tài liệu); disposal follows."""
    require(principal, ArchiveAction.APPROVE_DISPOSAL)
    clock = clock or SystemClock()
    repo = SqlDossierRepository(db_session, actor_id=principal.user_id, lock=True)
    with reported():
        if not decision_ref.strip() or len(decision_ref) > 100:
            raise InvalidMetadata("the approving decision's number and notation (≤ 100)")
        row = repo.row(file_code)
        dossier = repo.get(FileCode.parse(file_code))
        if dossier.state.value not in ("closed", "transferred"):
            raise DossierStateError(f"cannot approve disposal of {file_code}: {dossier.state}")
    row.disposal_approved_by, row.disposal_approved_at = principal.user_id, clock.now()
    row.disposal_decision = decision_ref.strip()
    record_change(db_session, principal=principal, action="disposal_approved", dossier=dossier,
                  before=None, details={"decision": row.disposal_decision})
    db_session.commit()
    return row


def dispose(db_session: Session, *, principal: Principal, store: FileStore, packages: Path,
            file_code: str, clock: Clock | None = None) -> DisposalRecord:
    """Destroy an approved dossier past its retention, not under hold; keep the record forever.

    The disposal record and the state change commit first; the dossier's packages are deleted
    only after that, so a failure leaves a record and packages the next preservation sweep
    removes (``preservation.purge_destroyed``), never a silent loss. The workflow's documents
    stay: registers and other dossiers still refer to them.
    """
    require(principal, ArchiveAction.DISPOSE)
    clock = clock or SystemClock()
    repo = SqlDossierRepository(db_session, actor_id=principal.user_id, lock=True)
    with reported():
        row = repo.row(file_code)
        approval = None
        if row.disposal_approved_by is not None and row.disposal_approved_at is not None:
            approver = _approver_name(db_session, row.disposal_approved_by)
            approval = DisposalApproval(approver, row.disposal_approved_at,
                                        row.disposal_decision or "")
        before = snapshot(repo.get(FileCode.parse(file_code)))
        record = core.dispose(repo, SqlDocuments(db_session, store=store), clock,
                              FileCode.parse(file_code), approval=approval,
                              by=actor_name(principal))
    dossier = repo.get(FileCode.parse(file_code))
    doomed = list(db_session.scalars(select(PackageRow).where(
        PackageRow.dossier_id == row.id, PackageRow.destroyed_at.is_(None))))
    for package in doomed:
        package.destroyed_at = record.disposed_at
    record_change(db_session, principal=principal, action="dossier_disposed", dossier=dossier,
                  before=before, details={"decision": record.decision_ref,
                                          "approved_by": record.approved_by,
                                          "documents": [[r.document_id, r.sha256]
                                                        for r in record.documents]})
    db_session.commit()
    for package in doomed:
        shutil.rmtree(packages / package.name, ignore_errors=True)
    return record


def _approver_name(db_session: Session, user_id: int) -> str:
    user = db_session.get(User, user_id)
    if user is None:
        raise DisposalNotApproved("the approver no longer exists")
    return f"{user.full_name} ({user.username})"
