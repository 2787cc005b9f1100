"""Request and response shapes of the archive API (Circular 02/2019 field names in English, as
the glossary gives them)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from archive.catalogue import DossierCatalogue
from archive.model import AccessRegime, LegalHold
from archive.retention import RetentionRule
from archive.verify import BagReport
from server.archive.queries import DossierView
from server.archive.tables import DossierRow, FixityRunRow, PackageRow
from server.documents.tables import Document
from server.documents.vocabulary import WORKFLOW_TYPES

_STRICT = ConfigDict(extra="forbid")


class CatalogueEntryIn(BaseModel):
    """One planned dossier of the year."""

    model_config = _STRICT
    notation: str = Field(min_length=1, max_length=20, pattern=r"^[0-9A-Za-zĐđ._-]+$")
    title: str = Field(min_length=1, max_length=500)
    retention: str | None = Field(default=None, min_length=1, max_length=30)
    category: str | None = Field(default=None, min_length=1, max_length=64)
    """A record category of the retention schedule instead of a retention."""
    creator: str = Field(min_length=1, max_length=200)


class RetentionRuleIn(BaseModel):
    """One line of the retention schedule."""

    model_config = _STRICT
    retention: str = Field(min_length=1, max_length=30)
    description: str = Field(default="", max_length=500)


class RetentionRuleOut(BaseModel):
    """A record category and how long its dossiers are kept."""

    category: str
    retention: str
    permanent: bool
    description: str

    @classmethod
    def of(cls, rule: RetentionRule) -> RetentionRuleOut:
        """From the core's rule."""
        return cls(category=rule.category, retention=rule.retention.label(),
                   permanent=rule.retention.permanent, description=rule.description)


class CatalogueEntryOut(BaseModel):
    """A planned dossier."""

    notation: str
    title: str
    retention: str
    creator: str


class CatalogueOut(BaseModel):
    """Danh mục hồ sơ of a year."""

    organ_id: str
    year: int
    approved: bool
    approved_by: str | None
    approved_at: datetime | None
    entries: list[CatalogueEntryOut]

    @classmethod
    def of(cls, catalogue: DossierCatalogue) -> CatalogueOut:
        """From the core's catalogue."""
        return cls(organ_id=catalogue.organ_id, year=catalogue.year,
                   approved=catalogue.approved_at is not None,
                   approved_by=catalogue.approved_by, approved_at=catalogue.approved_at,
                   entries=[CatalogueEntryOut(notation=e.notation, title=e.title,
                                              retention=e.retention.label(), creator=e.creator)
                            for e in catalogue.entries])


class DossierIn(BaseModel):
    """Open a dossier: a planned notation, or title and retention for one outside the plan."""

    model_config = _STRICT
    year: int = Field(ge=1900, le=9999)
    notation: str = Field(min_length=1, max_length=20, pattern=r"^[0-9A-Za-zĐđ._-]+$")
    title: str | None = Field(default=None, min_length=1, max_length=500)
    retention: str | None = Field(default=None, max_length=30)
    category: str | None = Field(default=None, max_length=64)
    creator: str | None = Field(default=None, max_length=200)
    access: AccessRegime = AccessRegime.UNRESTRICTED
    description: str = Field(default="", max_length=500)


class FileDocumentIn(BaseModel):
    """A document to file."""

    model_config = _STRICT
    document_id: int


class CloseIn(BaseModel):
    """What the handler fixes on closing; the rest is completed from the documents."""

    model_config = _STRICT
    title: str | None = Field(default=None, min_length=1, max_length=500)
    retention: str | None = Field(default=None, max_length=30)
    keywords: list[str] | None = Field(default=None, max_length=20)
    description: str | None = Field(default=None, max_length=500)


class HoldIn(BaseModel):
    """Why the dossier is held."""

    model_config = _STRICT
    reason: str = Field(min_length=1, max_length=500)


class DisposalApprovalIn(BaseModel):
    """The decision approving the disposal."""

    model_config = _STRICT
    decision_ref: str = Field(min_length=1, max_length=100)


class PackIn(BaseModel):
    """Build a package; ``transfer`` also hands the dossier to the agency archive."""

    model_config = _STRICT
    transfer: bool = False


class HoldOut(BaseModel):
    """A legal hold."""

    hold_id: str
    reason: str
    placed_by: str
    placed_at: datetime
    released_by: str | None
    released_at: datetime | None
    active: bool

    @classmethod
    def of(cls, hold: LegalHold) -> HoldOut:
        """From the core's hold."""
        return cls(hold_id=hold.hold_id, reason=hold.reason, placed_by=hold.placed_by,
                   placed_at=hold.placed_at, released_by=hold.released_by,
                   released_at=hold.released_at, active=hold.active)


class DossierOut(BaseModel):
    """A dossier in a list."""

    model_config = ConfigDict(from_attributes=True)
    file_code: str
    year: int
    notation: str
    title: str
    state: str
    retention: str
    in_catalogue: bool
    transfer_deadline: date | None
    retention_ends: date | None
    under_hold: bool
    disposal_decision: str | None


class FiledDocumentOut(BaseModel):
    """A document in a dossier."""

    document_id: int
    type_name: str
    number: int | None
    notation: str | None
    issue_date: date | None
    subject: str
    state: str

    @classmethod
    def of(cls, document: Document) -> FiledDocumentOut:
        """From the workflow's document."""
        kind = WORKFLOW_TYPES.get(document.type_code)
        return cls(document_id=document.id, type_name=kind.name if kind else document.type_code,
                   number=document.number, notation=document.notation,
                   issue_date=document.issue_date, subject=document.subject,
                   state=document.state)


class PackageOut(BaseModel):
    """A preservation package."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    name: str
    fingerprint: str
    documents: int
    payload_bytes: int
    transfer: bool
    created_at: datetime


class DossierDetail(DossierOut):
    """A dossier with every Circular 02 field, its documents, holds and packages."""

    creator: str
    access: str
    language: str
    description: str
    keywords: list[str]
    start_date: date | None
    end_date: date | None
    doc_total: int
    page_total: int
    opened_by: str
    opened_at: datetime
    closed_by: str | None
    closed_at: datetime | None
    transferred_by: str | None
    transferred_at: datetime | None
    package_fingerprint: str | None
    holds: list[HoldOut]
    documents: list[FiledDocumentOut]
    packages: list[PackageOut]

    @classmethod
    def of(cls, view: DossierView) -> DossierDetail:
        """From the query's view."""
        d = view.dossier
        base = DossierOut.model_validate(view.row).model_dump()
        return cls(**base, creator=d.creator, access=d.access.value, language=d.language,
                   description=d.description, keywords=list(d.keywords),
                   start_date=d.start_date, end_date=d.end_date, doc_total=d.doc_total,
                   page_total=d.page_total, opened_by=d.opened_by, opened_at=d.opened_at,
                   closed_by=d.closed_by, closed_at=d.closed_at,
                   transferred_by=d.transferred_by, transferred_at=d.transferred_at,
                   package_fingerprint=d.package_fingerprint,
                   holds=[HoldOut.of(h) for h in d.holds],
                   documents=[FiledDocumentOut.of(doc) for doc in view.documents],
                   packages=[PackageOut.model_validate(p) for p in view.packages])


def dossier_out(row: DossierRow) -> DossierOut:
    """A list entry."""
    return DossierOut.model_validate(row)


class ProblemOut(BaseModel):
    """One problem found in a package."""

    kind: str
    path: str
    detail: str


class VerificationOut(BaseModel):
    """The outcome of verifying a package."""

    valid: bool
    files_checked: int
    bytes_hashed: int
    problems: list[ProblemOut]

    @classmethod
    def of(cls, report: BagReport) -> VerificationOut:
        """From the core's report."""
        return cls(valid=report.valid, files_checked=report.files_checked,
                   bytes_hashed=report.bytes_hashed,
                   problems=[ProblemOut(**p.to_json()) for p in report.problems])


class FixityRunOut(BaseModel):
    """One fixity sweep."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    started_at: datetime
    finished_at: datetime
    checked: int
    bytes_hashed: int
    alerts: list[dict[str, str]]


class TransferWarningOut(BaseModel):
    """A dossier whose transfer deadline is near or past."""

    file_code: str
    title: str
    deadline: date
    days_left: int


class DisposalRecordOut(BaseModel):
    """A disposal record (kept forever)."""

    id: int
    file_code: str
    record: dict[str, Any]


def fixity_out(row: FixityRunRow) -> FixityRunOut:
    """A fixity run."""
    return FixityRunOut.model_validate(row)


def package_out(row: PackageRow) -> PackageOut:
    """A package."""
    return PackageOut.model_validate(row)
