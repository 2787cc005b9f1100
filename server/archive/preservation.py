"""Preservation on the server: packages (pack, transfer, verify, export), fixity sweeps and the
renewal of archived signatures.

Packing and verifying read many files; they run outside any write transaction. A package is
built whole in a hidden folder and renamed into place by the core before its row commits
(durable before visible); if the commit fails, the unreferenced package is removed.
"""

from __future__ import annotations

import io
import json
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

import signing
from archive import fixity
from archive import services as core
from archive.errors import DossierStateError
from archive.export import export_bag
from archive.model import Dossier, DossierState, FileCode
from archive.package import AuditExtract, pack, package_fingerprint
from archive.ports import Clock, TimestampRenewer
from archive.renewal import DEFAULT_WINDOW, renew_bag
from archive.signatures import SignatureCheck
from archive.verify import BagReport, verify_bag
from server.archive.access import ArchiveAction, actor_name, require
from server.archive.adapters import SqlDocuments, SqlDossierRepository, SystemClock
from server.archive.errors import PackageDamaged, reported
from server.archive.service import OBJECT_TYPE, record_change
from server.archive.tables import DossierRow, FixityRunRow, PackageRow
from server.auth.principal import Principal
from server.core import audit
from server.core.db import Database
from server.core.errors import NotFound
from server.core.events import Audience, publish
from server.core.files import store_file
from server.core.permissions import Role
from server.core.settings import Settings
from server.core.store import FileStore
from server.core.tables import AuditEntry
from server.signatures.trust import TrustConfig


@dataclass(frozen=True)
class Preservation:
    """Where packages live and how their signatures are checked, from the settings."""

    store: FileStore
    packages: Path
    exports: Path
    check: SignatureCheck

    @classmethod
    def build(cls, settings: Settings, store: FileStore, trust: TrustConfig) -> Preservation:
        """The archive folders under the data directory and the agency's trust settings."""
        root = settings.data_dir / "archive"
        check = SignatureCheck(trust_roots=trust.trust_roots, revocation=trust.revocation,
                               sources=signing.ValidationSources(
                                   allow_fetching=trust.allow_fetching))
        return cls(store=store, packages=root / "packages", exports=root / "exports",
                   check=check)


def _package_name(file_code: str, at: datetime) -> str:
    return f"{file_code.replace('/', '_')}-{at:%Y%m%dT%H%M%S%f}"


def _audit_extract(db_session: Session, dossier: Dossier) -> AuditExtract:
    """Every audit entry about the dossier and its documents, with the chain hashes."""
    ids = [ref.document_id for ref in dossier.entries]
    rows = db_session.scalars(select(AuditEntry).where(or_(
        (AuditEntry.object_type == OBJECT_TYPE) & (AuditEntry.object_id == str(dossier.file_code)),
        (AuditEntry.object_type == "document") & AuditEntry.object_id.in_(ids),
    )).order_by(AuditEntry.seq))
    lines = [json.dumps({"seq": e.seq, "at": e.at.isoformat(), "actor_id": e.actor_id,
                         "action": e.action, "object_type": e.object_type,
                         "object_id": e.object_id, "before": e.before, "after": e.after,
                         "details": e.details, "prev_hash": e.prev_hash, "hash": e.hash},
                        ensure_ascii=False) for e in rows]
    return AuditExtract("audit.jsonl", ("\n".join(lines) + "\n").encode())


def pack_dossier(database: Database, *, principal: Principal, preservation: Preservation,
                 file_code: str, transfer: bool, clock: Clock | None = None) -> PackageRow:
    """Build a dossier's preservation package; with ``transfer``, hand the closed dossier to
    the agency archive with it (nộp lưu)."""
    require(principal, ArchiveAction.PRESERVE)
    clock = clock or SystemClock()
    with database.reading() as session, reported():
        repo = SqlDossierRepository(session, actor_id=principal.user_id)
        dossier = repo.get(FileCode.parse(file_code))
        if transfer and dossier.state is not DossierState.CLOSED:
            raise DossierStateError(f"cannot transfer dossier {file_code}: {dossier.state}")
        name = _package_name(str(dossier.file_code), clock.now())
        result = pack(dossier, SqlDocuments(session, store=preservation.store),
                      out=preservation.packages / name, audit=_audit_extract(session, dossier),
                      check=preservation.check, at=clock.now())
    try:
        with database.writing() as session:
            row = _record_package(session, principal=principal, file_code=file_code,
                                  name=name, transfer=transfer, clock=clock,
                                  fingerprint=result.fingerprint, documents=result.documents,
                                  payload_bytes=result.payload_bytes)
    except BaseException:
        shutil.rmtree(result.path, ignore_errors=True)
        raise
    return row


def _record_package(session: Session, *, principal: Principal, file_code: str, name: str,
                    transfer: bool, clock: Clock, fingerprint: str, documents: int,
                    payload_bytes: int) -> PackageRow:
    repo = SqlDossierRepository(session, actor_id=principal.user_id, lock=True)
    with reported():
        dossier_row = repo.row(file_code)
        code = FileCode.parse(file_code)
        before = {"state": dossier_row.state}
        if transfer:
            dossier = core.transfer(repo, clock, code, by=actor_name(principal),
                                    package_fingerprint=fingerprint)
        else:
            dossier = repo.get(code)
            if dossier.state not in (DossierState.CLOSED, DossierState.TRANSFERRED):
                raise DossierStateError(f"dossier {code} changed while it was packed")
    package = PackageRow(dossier_id=dossier_row.id, name=name, fingerprint=fingerprint,
                         documents=documents, payload_bytes=payload_bytes, transfer=transfer,
                         created_by=principal.user_id, created_at=clock.now())
    session.add(package)
    session.flush()
    record_change(session, principal=principal,
                  action="dossier_transferred" if transfer else "package_built",
                  dossier=dossier, before=before,
                  details={"package": name, "fingerprint": fingerprint,
                           "documents": documents, "payload_bytes": payload_bytes})
    session.commit()
    return package


def package(db_session: Session, *, principal: Principal, package_id: int) -> PackageRow:
    """A live package (not destroyed)."""
    require(principal, ArchiveAction.PRESERVE)
    row = db_session.get(PackageRow, package_id)
    if row is None or row.destroyed_at is not None:
        raise NotFound(f"package {package_id}")
    return row


def verify_package(database: Database, *, principal: Principal, preservation: Preservation,
                   package_id: int, signatures: bool = True) -> BagReport:
    """Check a package's structure, fixity, metadata, fingerprint and signatures; audited."""
    with database.reading() as session:
        row = package(session, principal=principal, package_id=package_id)
        name, fingerprint = row.name, row.fingerprint
    with reported():
        report = verify_bag(preservation.packages / name, check=preservation.check,
                            signatures=signatures, expected_fingerprint=fingerprint)
    with database.writing() as session:
        audit.record(session, actor_id=principal.user_id, action="archive.package_verified",
                     object_type="archive_package", object_id=name,
                     details={"valid": report.valid, "problems": len(report.problems),
                              "kinds": sorted({p.kind.value for p in report.problems})})
        session.commit()
    return report


def export_package(database: Database, *, principal: Principal, preservation: Preservation,
                   package_id: int) -> Path:
    """A ZIP of a package that passes verification, for handing over; made once per state."""
    with database.reading() as session:
        row = package(session, principal=principal, package_id=package_id)
        name, fingerprint = row.name, row.fingerprint
    bag = preservation.packages / name
    with reported():
        # Checked on every export, also when the ZIP exists: the bag may have changed since.
        report = verify_bag(bag, signatures=False, expected_fingerprint=fingerprint)
        if not report.valid:
            raise PackageDamaged(f"{name}: {report.problems[0]}")
        target = preservation.exports / f"{name}-{fingerprint[:16]}.zip"
        if not target.exists():
            export_bag(bag, target)
    with database.writing() as session:
        audit.record(session, actor_id=principal.user_id, action="archive.package_exported",
                     object_type="archive_package", object_id=name,
                     details={"file": target.name, "bytes": target.stat().st_size})
        session.commit()
    return target


def fixity_sweep(database: Database, *, preservation: Preservation, clock: Clock | None = None,
                 principal: Principal | None = None) -> FixityRunRow:
    """Re-hash the file store and every live package, record the run and alert on problems."""
    if principal is not None:
        require(principal, ArchiveAction.PRESERVE)
    clock = clock or SystemClock()
    started = clock.now()
    store_run = fixity.sweep(preservation.store.root, now=started)
    results = list(store_run.results)
    hashed = store_run.bytes_hashed
    with database.reading() as session:
        packages = [(p.name, p.fingerprint) for p in session.scalars(
            select(PackageRow).where(PackageRow.destroyed_at.is_(None)).order_by(PackageRow.id))]
    for name, fingerprint in packages:
        result, size = _check_package(preservation.packages / name, fingerprint)
        results.append(result)
        hashed += size
    alerts = [{"path": r.path, "detail": r.detail} for r in results if not r.ok]
    with database.writing() as session:
        run = FixityRunRow(started_at=started, finished_at=clock.now(), checked=len(results),
                           bytes_hashed=hashed, alerts=alerts,
                           started_by=principal.user_id if principal else None)
        session.add(run)
        session.flush()
        audit.record(session, actor_id=run.started_by, action="archive.fixity_swept",
                     object_type="archive_fixity_run", object_id=run.id,
                     details={"checked": run.checked, "alerts": len(alerts)})
        if alerts:
            publish(session, kind="archive.fixity_alert",
                    payload={"run_id": run.id, "alerts": alerts[:20], "count": len(alerts)},
                    audience=Audience(roles=frozenset({Role.CLERK.value, Role.ADMIN.value})))
        session.commit()
    return run


def purge_destroyed(database: Database, *, preservation: Preservation) -> list[str]:
    """Remove the folders of packages destroyed by a disposal that a crash left behind."""
    with database.reading() as session:
        names = list(session.scalars(select(PackageRow.name)
                                     .where(PackageRow.destroyed_at.is_not(None))))
    left = [name for name in names if (preservation.packages / name).exists()]
    for name in left:
        shutil.rmtree(preservation.packages / name)
    return left


def _check_package(bag: Path, fingerprint: str) -> tuple[fixity.FixityResult, int]:
    if not (bag / "bagit.txt").is_file():
        return fixity.FixityResult(str(bag), False, "package missing"), 0
    try:
        report = verify_bag(bag, signatures=False, expected_fingerprint=fingerprint)
    except Exception as e:  # a damaged bag is an alert, never a stopped sweep
        return fixity.FixityResult(str(bag), False, str(e)), 0
    detail = "\n".join(str(p) for p in report.problems)
    return fixity.FixityResult(str(bag), report.valid, detail), report.bytes_hashed


@dataclass(frozen=True)
class Renewed:
    """One package whose due documents got a fresh document time stamp."""

    file_code: str
    package: str
    documents: tuple[str, ...]


def renew_signatures(database: Database, *, preservation: Preservation,
                     renewer: TimestampRenewer, clock: Clock,
                     window: timedelta = DEFAULT_WINDOW) -> list[Renewed]:
    """Add a fresh document time stamp to archived B-LTA documents whose newest TSA
    certificate ends within ``window``, package by package (transferred dossiers)."""
    with database.reading() as session:
        rows = session.execute(
            select(PackageRow.id, PackageRow.name, DossierRow.file_code)
            .join(DossierRow, DossierRow.id == PackageRow.dossier_id)
            .where(PackageRow.transfer.is_(True), PackageRow.destroyed_at.is_(None),
                   DossierRow.state == DossierState.TRANSFERRED.value)).all()
    done = []
    for package_id, name, file_code in rows:
        with reported():
            outcome = renew_bag(preservation.packages / name, renewer, clock=clock,
                                window=window, check=preservation.check)
        if outcome.renewed:
            _record_renewal(database, preservation=preservation, package_id=package_id,
                            file_code=file_code, renewed=outcome.renewed)
            done.append(Renewed(file_code, name, outcome.renewed))
    return done


def _record_renewal(database: Database, *, preservation: Preservation, package_id: int,
                    file_code: str, renewed: tuple[str, ...]) -> None:
    """Pin the renewed bag's new tag manifest on the package and the dossier; audited.

    The renewed PDFs also go into the content-addressed store (durable before the commit), so
    the file store's backups and fixity sweeps cover them, not only the package.
    """
    with database.writing() as session:
        row = session.get(PackageRow, package_id)
        assert row is not None
        before = row.fingerprint
        stored = {rel: store_file(session, store=preservation.store,
                                  source=io.BytesIO((preservation.packages / row.name / rel)
                                                    .read_bytes()),
                                  media_type="application/pdf").sha256
                  for rel in renewed}
        row.fingerprint = package_fingerprint(preservation.packages / row.name)
        repo = SqlDossierRepository(session, actor_id=None, lock=True)
        with reported():
            code = FileCode.parse(file_code)
            dossier = repo.get(code)
            dossier.package_fingerprint = row.fingerprint
            repo.save(dossier)
        audit.record(session, actor_id=None, action="archive.signatures_renewed",
                     object_type=OBJECT_TYPE, object_id=file_code,
                     before={"fingerprint": before}, after={"fingerprint": row.fingerprint},
                     details={"package": row.name, "documents": stored})
        session.commit()
