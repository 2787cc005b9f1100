"""The archive domain: dossier catalogues, dossiers, records, retention, legal holds, disposal.

Framework-free. State changes are methods that raise :mod:`archive.errors`; values that leave
the package are frozen dataclasses. Field names follow Circular 02/2019 and Decree 30/2020
Phụ lục VI (see ``archive/metadata.py`` for the XML names).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from archive.catalogue import CatalogueEntry, DossierCatalogue
from archive.errors import (
    CatalogueError,
    DisposalNotApproved,
    DocumentNotFound,
    DossierStateError,
    InvalidMetadata,
    PermanentRetention,
    RetentionNotExpired,
    TransferExtensionRefused,
    UnderLegalHold,
)
from archive.retention import PERMANENT, Retention, RetentionRule, RetentionSchedule, add_years

__all__ = [
    "PERMANENT",
    "AccessRegime",
    "ArchiveRecord",
    "CatalogueEntry",
    "DisposalApproval",
    "DisposalRecord",
    "DocumentRef",
    "Dossier",
    "DossierCatalogue",
    "DossierState",
    "FileCode",
    "LegalHold",
    "Reliability",
    "Retention",
    "RetentionRule",
    "RetentionSchedule",
    "add_years",
]

_ORGAN_ID = re.compile(r"^[0-9A-Z.]{1,13}$")
_FILE_CODE = re.compile(r"^([0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3})\.(\d{4})\.(.+)$")
_NOTATION = re.compile(r"^[0-9A-Za-zĐđ./_-]{1,20}$")


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise InvalidMetadata(message)


class AccessRegime(enum.StrEnum):
    """Chế độ sử dụng (Circular 02/2019): the code written into the metadata."""

    RESTRICTED = "01"
    """Hạn chế."""
    UNRESTRICTED = "02"
    """Không hạn chế."""

    @property
    def label(self) -> str:
        """The Vietnamese name."""
        return "Hạn chế" if self is AccessRegime.RESTRICTED else "Không hạn chế"


class Reliability(enum.StrEnum):
    """Mức độ tin cậy of a document (Circular 02/2019)."""

    ORIGINAL = "01"
    """Bản chính (the document as issued)."""
    COPY = "02"
    """Bản sao."""


class DossierState(enum.StrEnum):
    """Where a dossier is in its life."""

    OPEN = "open"
    CLOSED = "closed"
    TRANSFERRED = "transferred"
    """Taken under management by the agency archive (nộp lưu)."""
    DISPOSED = "disposed"


@dataclass(frozen=True)
class FileCode:
    """Mã hồ sơ: organ id, year (mục lục số / năm hình thành) and the dossier's notation."""

    organ_id: str
    """Mã định danh cơ quan, e.g. ``000.00.00.G22`` (S13)."""
    year: int
    """FileCatalog: the catalogue year (N4)."""
    notation: str
    """FileNotation: the dossier's number and symbol within the year (S20), e.g. ``01.TCCB``."""

    def __post_init__(self) -> None:
        _require(bool(_ORGAN_ID.match(self.organ_id)), f"organ id {self.organ_id!r} is not S13")
        _require(1900 <= self.year <= 9999, f"year {self.year} is not N4")
        _require(bool(_NOTATION.match(self.notation)), f"notation {self.notation!r} is not S20")

    def __str__(self) -> str:
        return f"{self.organ_id}.{self.year}.{self.notation}"

    @classmethod
    def parse(cls, text: str) -> FileCode:
        """Inverse of ``str()``: ``000.00.00.G22.2026.01.TCCB``."""
        match = _FILE_CODE.match(text)
        if match is None:
            raise InvalidMetadata(f"{text!r} is not a file code")
        return cls(match[1], int(match[2]), match[3])


@dataclass(frozen=True)
class ArchiveRecord:
    """A document as filed: Phụ lục VI / Circular 02 metadata plus the hash of its PDF."""

    document_id: str
    """Mã định danh văn bản (the system's id)."""
    sha256: str
    """SHA-256 of the PDF exactly as issued (lower-case hex)."""
    size: int
    """Size of the PDF in bytes."""
    type_name: str
    """TypeName (S100): Quyết định, Công văn…"""
    code_number: str
    """CodeNumber (S11): the register number, ``12``."""
    code_notation: str
    """CodeNotation (S30): ``QĐ-VPCP``."""
    issued_date: date
    """IssuedDate."""
    organ_name: str
    """OrganName (S200): the issuing agency."""
    subject: str
    """Subject (S500): trích yếu."""
    page_amount: int
    """PageAmount (N3)."""
    language: str = "Tiếng Việt"
    """Language."""
    description: str = ""
    """Description / Ghi chú (S500)."""
    signer_position: str = ""
    """SignerInfo/Position (S100)."""
    signer_name: str = ""
    """SignerInfo/FullName (S50)."""
    access: AccessRegime = AccessRegime.UNRESTRICTED
    """Chế độ sử dụng."""
    reliability: Reliability = Reliability.ORIGINAL
    """Mức độ tin cậy."""
    keywords: tuple[str, ...] = ()
    """Từ khóa."""

    def __post_init__(self) -> None:
        _require(len(self.sha256) == 64, f"{self.document_id}: sha256 must be 64 hex digits")
        _require(len(self.type_name) <= 100, f"{self.document_id}: TypeName longer than 100")
        _require(len(self.code_number) <= 11, f"{self.document_id}: CodeNumber longer than 11")
        _require(len(self.code_notation) <= 30, f"{self.document_id}: CodeNotation > 30")
        _require(len(self.organ_name) <= 200, f"{self.document_id}: OrganName longer than 200")
        _require(0 < len(self.subject) <= 500, f"{self.document_id}: Subject empty or > 500")
        _require(0 < self.page_amount <= 999, f"{self.document_id}: PageAmount not N3")

    @property
    def ref(self) -> DocumentRef:
        """How a dossier refers to this record."""
        return DocumentRef(self.document_id, self.sha256)


@dataclass(frozen=True)
class DocumentRef:
    """A dossier's reference to a document: id and hash, never a copy of the bytes."""

    document_id: str
    sha256: str


@dataclass(frozen=True)
class LegalHold:
    """A hold that blocks disposal until released."""

    hold_id: str
    reason: str
    placed_by: str
    placed_at: datetime
    released_by: str | None = None
    released_at: datetime | None = None

    @property
    def active(self) -> bool:
        """Not released."""
        return self.released_at is None


@dataclass(frozen=True)
class DisposalApproval:
    """The head's written approval to destroy a dossier (quyết định hủy tài liệu)."""

    approved_by: str
    """Who approved (name and position)."""
    approved_at: datetime
    decision_ref: str
    """Number and notation of the approving decision."""


@dataclass(frozen=True)
class DisposalRecord:
    """What was destroyed, on whose approval, when, and the hashes: kept forever."""

    file_code: str
    title: str
    retention: str
    start_date: date | None
    end_date: date | None
    documents: tuple[DocumentRef, ...]
    approved_by: str
    approved_at: datetime
    decision_ref: str
    disposed_by: str
    disposed_at: datetime


@dataclass
class Dossier:
    """Hồ sơ: documents on one matter, referenced by id and hash, with Circular 02 metadata."""

    file_code: FileCode
    title: str
    """Tiêu đề hồ sơ (S500)."""
    retention: Retention
    creator: str
    """Người/đơn vị lập hồ sơ."""
    opened_by: str
    opened_at: datetime
    access: AccessRegime = AccessRegime.UNRESTRICTED
    language: str = "Tiếng Việt"
    description: str = ""
    """Chú giải (S500)."""
    keywords: tuple[str, ...] = ()
    in_catalogue: bool = True
    state: DossierState = DossierState.OPEN
    entries: list[DocumentRef] = field(default_factory=list)
    start_date: date | None = None
    end_date: date | None = None
    doc_total: int = 0
    page_total: int = 0
    closed_by: str | None = None
    closed_at: datetime | None = None
    transferred_at: datetime | None = None
    transferred_by: str | None = None
    package_fingerprint: str | None = None
    """SHA-256 of the transferred package's ``tagmanifest-sha256.txt``."""
    keep_extra_years: int = 0
    """Years a unit keeps the dossier beyond the transfer deadline (≤ 2, approved)."""
    holds: list[LegalHold] = field(default_factory=list)

    @classmethod
    def open(
        cls,
        file_code: FileCode,
        *,
        title: str,
        retention: Retention,
        creator: str,
        by: str,
        at: datetime,
        catalogue: DossierCatalogue | None = None,
        access: AccessRegime = AccessRegime.UNRESTRICTED,
        description: str = "",
    ) -> Dossier:
        """Open a dossier, from the catalogue or outside it (title etc. then set by hand).

        Raises:
            InvalidMetadata: title empty or longer than 500 characters.
            CatalogueError: the catalogue is for another organ or year.
        """
        _require(0 < len(title) <= 500, "Title must have 1–500 characters")
        in_catalogue = False
        if catalogue is not None:
            if (catalogue.organ_id, catalogue.year) != (file_code.organ_id, file_code.year):
                raise CatalogueError(f"{file_code} does not belong to catalogue {catalogue.year}")
            in_catalogue = catalogue.find(file_code.notation) is not None
        return cls(
            file_code,
            title,
            retention,
            creator,
            by,
            at,
            access=access,
            description=description,
            in_catalogue=in_catalogue,
        )

    def _require_state(self, *allowed: DossierState, action: str) -> None:
        if self.state not in allowed:
            raise DossierStateError(f"cannot {action} dossier {self.file_code}: {self.state}")

    def add_document(self, record: ArchiveRecord) -> None:
        """File a document (by reference). Adding the same document twice is a no-op.

        Raises:
            DossierStateError: the dossier is not open.
        """
        self._require_state(DossierState.OPEN, action="add to")
        if all(ref.document_id != record.document_id for ref in self.entries):
            self.entries.append(record.ref)

    def remove_document(self, document_id: str) -> None:
        """Take a document out (drafts, duplicates) while the dossier is open.

        Raises:
            DossierStateError: the dossier is not open.
            DocumentNotFound: the document is not in this dossier.
        """
        self._require_state(DossierState.OPEN, action="remove from")
        before = len(self.entries)
        self.entries = [ref for ref in self.entries if ref.document_id != document_id]
        if len(self.entries) == before:
            raise DocumentNotFound(f"{document_id} is not in dossier {self.file_code}")

    def close(self, records: list[ArchiveRecord], *, by: str, at: datetime) -> None:
        """Close the dossier and complete its metadata: counts, pages, start and end dates.

        Args:
            records: the records of every document in the dossier (from the document source).

        Raises:
            DossierStateError: not open, or empty.
            DocumentNotFound: a record for a filed document is missing or has another hash.
        """
        self._require_state(DossierState.OPEN, action="close")
        if not self.entries:
            raise DossierStateError(f"dossier {self.file_code} is empty")
        by_ref = {record.ref: record for record in records}
        missing = [ref.document_id for ref in self.entries if ref not in by_ref]
        if missing:
            raise DocumentNotFound(f"no matching record for {', '.join(missing)}")
        filed = [by_ref[ref] for ref in self.entries]
        self.entries.sort(key=lambda ref: (by_ref[ref].issued_date, ref.document_id))
        self.start_date = min(r.issued_date for r in filed)
        self.end_date = max(r.issued_date for r in filed)
        self.doc_total = len(filed)
        self.page_total = sum(r.page_amount for r in filed)
        _require(self.doc_total <= 9999 and self.page_total <= 9999, "DocTotal/PageTotal > N4")
        self.state, self.closed_by, self.closed_at = DossierState.CLOSED, by, at

    def transfer_deadline(self) -> date:
        """Last day to transfer to the agency archive: 1 year after the work ends, plus any
        approved extension.

        Raises:
            DossierStateError: the dossier is not closed yet (no end date).
        """
        if self.end_date is None:
            raise DossierStateError(f"dossier {self.file_code} has no end date: not closed")
        return add_years(self.end_date, 1 + self.keep_extra_years)

    def keep_longer(self, years: int, *, approved_by: str) -> None:
        """The unit keeps the dossier up to two more years, with written approval.

        Raises:
            TransferExtensionRefused: more than two years in total, or no approver.
        """
        self._require_state(DossierState.CLOSED, action="extend")
        if not approved_by or years < 1 or self.keep_extra_years + years > 2:
            raise TransferExtensionRefused("a unit may keep a dossier at most 2 more years")
        self.keep_extra_years += years

    def transfer(self, *, by: str, at: datetime, package_fingerprint: str) -> None:
        """Hand the closed dossier to the agency archive with its preservation package.

        Raises:
            DossierStateError: the dossier is not closed.
        """
        self._require_state(DossierState.CLOSED, action="transfer")
        self.state, self.transferred_by, self.transferred_at = DossierState.TRANSFERRED, by, at
        self.package_fingerprint = package_fingerprint

    def retention_ends(self) -> date | None:
        """Last day of retention; ``None`` when permanent or not closed."""
        return None if self.end_date is None else self.retention.ends(self.end_date)

    def place_hold(self, hold: LegalHold) -> None:
        """Block disposal until the hold is released."""
        self._require_state(
            DossierState.OPEN, DossierState.CLOSED, DossierState.TRANSFERRED, action="hold"
        )
        self.holds.append(hold)

    def release_hold(self, hold_id: str, *, by: str, at: datetime) -> None:
        """Release a hold (it stays in the history).

        Raises:
            DossierStateError: no active hold with that id.
        """
        for index, hold in enumerate(self.holds):
            if hold.hold_id == hold_id and hold.active:
                self.holds[index] = replace(hold, released_by=by, released_at=at)
                return
        raise DossierStateError(f"no active hold {hold_id} on {self.file_code}")

    @property
    def under_hold(self) -> bool:
        """At least one hold is active."""
        return any(hold.active for hold in self.holds)

    def dispose(
        self, approval: DisposalApproval | None, *, by: str, at: datetime
    ) -> DisposalRecord:
        """Destroy the dossier on approval; returns the record to keep forever.

        Raises:
            DossierStateError: not closed or transferred.
            UnderLegalHold: an active hold blocks disposal.
            PermanentRetention: the dossier is kept permanently.
            RetentionNotExpired: the retention period runs past ``at``.
            DisposalNotApproved: no approval, or approval dated after ``at``.
        """
        self._require_state(DossierState.CLOSED, DossierState.TRANSFERRED, action="dispose of")
        if self.under_hold:
            active = ", ".join(h.hold_id for h in self.holds if h.active)
            raise UnderLegalHold(f"dossier {self.file_code} is under legal hold ({active})")
        ends = self.retention_ends()
        if ends is None:
            raise PermanentRetention(f"dossier {self.file_code} is kept permanently")
        if at.date() <= ends:
            raise RetentionNotExpired(f"dossier {self.file_code} is kept until {ends}")
        if approval is None or not approval.approved_by or approval.approved_at > at:
            raise DisposalNotApproved(f"disposal of {self.file_code} needs a prior approval")
        self.state = DossierState.DISPOSED
        return DisposalRecord(
            str(self.file_code),
            self.title,
            self.retention.label(),
            self.start_date,
            self.end_date,
            tuple(self.entries),
            approval.approved_by,
            approval.approved_at,
            approval.decision_ref,
            by,
            at,
        )
