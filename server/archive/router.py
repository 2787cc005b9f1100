"""Routes of the agency archive under ``/api/v1/archive`` (thin: the services decide)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status
from fastapi.responses import FileResponse

from server.archive import disposal, preservation, queries
from server.archive import schemas as s
from server.archive import service as archive
from server.archive.preservation import Preservation
from server.core.context import AppContext
from server.core.deps import Context, CurrentUser, DbSession

router = APIRouter(prefix="/archive", tags=["archive"])


def _preservation(context: AppContext) -> Preservation:
    return Preservation.build(context.settings, context.store, context.signatures.trust)


@router.get("/years", response_model=list[int])
def list_years(db: DbSession, user: CurrentUser) -> list[int]:
    """Years that have dossiers or a catalogue."""
    return queries.years(db, principal=user)


@router.get("/retention-schedule", response_model=list[s.RetentionRuleOut])
def get_schedule(db: DbSession, user: CurrentUser) -> list[s.RetentionRuleOut]:
    """The agency's retention schedule, by record category."""
    return [s.RetentionRuleOut.of(rule)
            for rule in queries.retention_schedule(db, principal=user).rules]


@router.put("/retention-schedule/{category}", response_model=s.RetentionRuleOut)
def set_rule(category: str, body: s.RetentionRuleIn, db: DbSession,
             user: CurrentUser) -> s.RetentionRuleOut:
    """Add or change one record category of the retention schedule."""
    return s.RetentionRuleOut.of(archive.set_retention_rule(
        db, principal=user, category=category, retention=body.retention,
        description=body.description))


@router.get("/catalogues/{year}", response_model=s.CatalogueOut)
def get_catalogue(year: int, db: DbSession, user: CurrentUser) -> s.CatalogueOut:
    """The dossier catalogue of a year."""
    return s.CatalogueOut.of(queries.catalogue(db, principal=user, year=year))


@router.post("/catalogues/{year}/entries", response_model=s.CatalogueOut,
             status_code=status.HTTP_201_CREATED)
def plan_entry(year: int, body: s.CatalogueEntryIn, db: DbSession,
               user: CurrentUser) -> s.CatalogueOut:
    """Plan a dossier in the year's catalogue."""
    return s.CatalogueOut.of(archive.plan_catalogue_entry(
        db, principal=user, year=year, notation=body.notation, title=body.title,
        retention=body.retention, category=body.category, creator=body.creator))


@router.post("/catalogues/{year}/approve", response_model=s.CatalogueOut)
def approve_catalogue(year: int, db: DbSession, user: CurrentUser) -> s.CatalogueOut:
    """The head approves the year's catalogue."""
    return s.CatalogueOut.of(archive.approve_catalogue(db, principal=user, year=year))


@router.get("/dossiers", response_model=list[s.DossierOut])
def list_dossiers(db: DbSession, user: CurrentUser, year: int | None = None,
                  state: str | None = None,
                  q: Annotated[str | None, Query(max_length=200)] = None,
                  limit: Annotated[int, Query(ge=1, le=2000)] = 500) -> list[s.DossierOut]:
    """Dossiers, by year and state, found with or without diacritics."""
    rows = queries.list_dossiers(db, principal=user, year=year, state=state, text=q,
                                 limit=limit)
    return [s.dossier_out(row) for row in rows]


@router.post("/dossiers", response_model=s.DossierDetail, status_code=status.HTTP_201_CREATED)
def open_dossier(body: s.DossierIn, db: DbSession, user: CurrentUser) -> s.DossierDetail:
    """Open a dossier."""
    fields = archive.DossierFields(**body.model_dump())
    dossier = archive.open_dossier(db, principal=user, fields=fields)
    return _detail(db, user, str(dossier.file_code))


def _detail(db: DbSession, user: CurrentUser, file_code: str) -> s.DossierDetail:
    return s.DossierDetail.of(queries.get_dossier(db, principal=user, file_code=file_code))


@router.get("/dossiers/{file_code}", response_model=s.DossierDetail)
def get_dossier(file_code: str, db: DbSession, user: CurrentUser) -> s.DossierDetail:
    """A dossier with its Circular 02 metadata, documents, holds and packages."""
    return _detail(db, user, file_code)


@router.post("/dossiers/{file_code}/documents", response_model=s.DossierDetail)
def file_document(file_code: str, body: s.FileDocumentIn, db: DbSession, user: CurrentUser,
                  context: Context) -> s.DossierDetail:
    """File a document in an open dossier."""
    archive.add_document(db, principal=user, store=context.store, file_code=file_code,
                         document_id=body.document_id)
    return _detail(db, user, file_code)


@router.delete("/dossiers/{file_code}/documents/{document_id}",
               response_model=s.DossierDetail)
def remove_document(file_code: str, document_id: int, db: DbSession,
                    user: CurrentUser) -> s.DossierDetail:
    """Take a document out of an open dossier."""
    archive.remove_document(db, principal=user, file_code=file_code, document_id=document_id)
    return _detail(db, user, file_code)


@router.post("/dossiers/{file_code}/close", response_model=s.DossierDetail)
def close_dossier(file_code: str, body: s.CloseIn, db: DbSession, user: CurrentUser,
                  context: Context) -> s.DossierDetail:
    """Close a dossier, completing its metadata."""
    archive.close_dossier(db, principal=user, store=context.store, file_code=file_code,
                          title=body.title, retention=body.retention,
                          keywords=tuple(body.keywords) if body.keywords is not None else None,
                          description=body.description)
    return _detail(db, user, file_code)


@router.post("/dossiers/{file_code}/holds", response_model=s.DossierDetail)
def place_hold(file_code: str, body: s.HoldIn, db: DbSession,
               user: CurrentUser) -> s.DossierDetail:
    """Put a dossier under legal hold."""
    disposal.place_hold(db, principal=user, file_code=file_code, reason=body.reason)
    return _detail(db, user, file_code)


@router.post("/dossiers/{file_code}/holds/{hold_id}/release", response_model=s.DossierDetail)
def release_hold(file_code: str, hold_id: str, db: DbSession,
                 user: CurrentUser) -> s.DossierDetail:
    """Release a legal hold."""
    disposal.release_hold(db, principal=user, file_code=file_code, hold_id=hold_id)
    return _detail(db, user, file_code)


@router.post("/dossiers/{file_code}/disposal-approval", response_model=s.DossierDetail)
def approve_disposal(file_code: str, body: s.DisposalApprovalIn, db: DbSession,
                     user: CurrentUser) -> s.DossierDetail:
    """The head approves the disposal of a dossier."""
    disposal.approve_disposal(db, principal=user, file_code=file_code,
                             decision_ref=body.decision_ref)
    return _detail(db, user, file_code)


@router.post("/dossiers/{file_code}/dispose", response_model=s.DisposalRecordOut)
def dispose(file_code: str, db: DbSession, user: CurrentUser,
            context: Context) -> s.DisposalRecordOut:
    """Dispose of an approved dossier; returns the disposal record kept forever."""
    disposal.dispose(db, principal=user, store=context.store,
                    packages=_preservation(context).packages, file_code=file_code)
    row = queries.disposal_records(db, principal=user)[-1]
    return s.DisposalRecordOut(id=row.id, file_code=row.file_code, record=row.snapshot)


@router.post("/dossiers/{file_code}/packages", response_model=s.PackageOut,
             status_code=status.HTTP_201_CREATED)
def pack(file_code: str, body: s.PackIn, user: CurrentUser, context: Context) -> s.PackageOut:
    """Build the dossier's preservation package (and transfer it, if asked)."""
    row = preservation.pack_dossier(context.database, principal=user,
                                    preservation=_preservation(context), file_code=file_code,
                                    transfer=body.transfer)
    return s.package_out(row)


@router.post("/packages/{package_id}/verify", response_model=s.VerificationOut)
def verify(package_id: int, user: CurrentUser, context: Context,
           signatures: bool = True) -> s.VerificationOut:
    """Verify a package: structure, fixity, metadata, fingerprint and signatures."""
    report = preservation.verify_package(context.database, principal=user,
                                         preservation=_preservation(context),
                                         package_id=package_id, signatures=signatures)
    return s.VerificationOut.of(report)


@router.get("/packages/{package_id}/export", response_class=FileResponse)
def export(package_id: int, user: CurrentUser, context: Context) -> FileResponse:
    """The verified package as one ZIP file, for transfer."""
    path = preservation.export_package(context.database, principal=user,
                                       preservation=_preservation(context),
                                       package_id=package_id)
    return FileResponse(path, media_type="application/zip", filename=path.name)


@router.get("/fixity", response_model=list[s.FixityRunOut])
def fixity_runs(db: DbSession, user: CurrentUser) -> list[s.FixityRunOut]:
    """The latest fixity runs."""
    return [s.fixity_out(run) for run in queries.fixity_runs(db, principal=user)]


@router.post("/fixity", response_model=s.FixityRunOut, status_code=status.HTTP_201_CREATED)
def run_fixity(user: CurrentUser, context: Context) -> s.FixityRunOut:
    """Run a fixity sweep now."""
    run = preservation.fixity_sweep(context.database, preservation=_preservation(context),
                                    principal=user)
    return s.fixity_out(run)


@router.get("/transfer-warnings", response_model=list[s.TransferWarningOut])
def transfer_warnings(db: DbSession, user: CurrentUser) -> list[s.TransferWarningOut]:
    """Closed dossiers whose transfer deadline is near or past."""
    return [s.TransferWarningOut(file_code=w.file_code, title=w.title, deadline=w.deadline,
                                 days_left=w.days_left)
            for w in queries.transfer_warnings(db, principal=user)]


@router.get("/disposal-records", response_model=list[s.DisposalRecordOut])
def disposal_records(db: DbSession, user: CurrentUser) -> list[s.DisposalRecordOut]:
    """Every disposal record."""
    return [s.DisposalRecordOut(id=r.id, file_code=r.file_code, record=r.snapshot)
            for r in queries.disposal_records(db, principal=user)]
