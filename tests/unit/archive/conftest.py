"""Shared fixtures for the archive tests: the in-process test PKI, a year of signed documents
(B-T, some B-LTA, one by the revoked leader), a folder repository and a controlled clock."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import signing as s
from archive.adapters.filesystem import FolderDocuments, FolderRepository
from archive.model import ArchiveRecord, Dossier, FileCode, Retention
from archive.signatures import SignatureCheck
from signing.testpki import PhigiayPki

ORGAN = "000.00.00.G22"
YEAR = 2025
TYPES = (
    ("Quyết định", "QĐ-VPCP"),
    ("Công văn", "VPCP-TCCB"),
    ("Tờ trình", "TTr-VPCP"),
    ("Thông báo", "TB-VPCP"),
)


class FixedClock:
    """A clock tests move by hand."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@dataclass(frozen=True)
class YearOfDocuments:
    """Signed PDFs with their records, by document id."""

    records: dict[str, ArchiveRecord]
    content: dict[str, bytes]
    lta_ids: tuple[str, ...]
    revoked_id: str


def make_pdf(pages: int, title: str) -> bytes:
    """A plain A4 PDF with ``pages`` pages."""
    buf = BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    for page in range(pages):
        pdf.drawString(72, 760, f"{title} - trang {page + 1}")
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def record_for(doc_id: str, data: bytes, index: int, pages: int, **extra: object) -> ArchiveRecord:
    type_name, notation = TYPES[index % len(TYPES)]
    fields: dict[str, object] = dict(
        document_id=doc_id,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        type_name=type_name,
        code_number=str(index + 1),
        code_notation=notation,
        issued_date=date(YEAR, 1 + index // 2, 3 + 12 * (index % 2)),
        organ_name="Văn phòng Chính phủ",
        subject=f"Về việc số {index + 1} năm {YEAR}",
        page_amount=pages,
        signer_position="Bộ trưởng, Chủ nhiệm",
        signer_name="Nguyễn Văn An",
        keywords=("tổ chức", "cán bộ"),
    )
    fields.update(extra)
    return ArchiveRecord(**fields)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def pki() -> PhigiayPki:
    return PhigiayPki()


@pytest.fixture(scope="session")
def check(pki: PhigiayPki) -> SignatureCheck:
    """Trust the test root; revocation data from the test CRLs (so revocation is seen)."""
    return SignatureCheck(trust_roots=(pki.root_pem,), sources=pki.validation_sources())


@pytest.fixture(scope="session")
def year(pki: PhigiayPki) -> YearOfDocuments:
    """24 documents issued through 2025: B-T, every sixth B-LTA, number 23 signed by the
    leader whose certificate was revoked."""
    tsa, sources = pki.timestamp_source("tsa1"), pki.validation_sources()
    leader, revoked = pki.key("leader-an"), pki.key("leader-cuong")
    records, content, lta = {}, {}, []
    for index in range(24):
        doc_id = f"VB-{YEAR}-{index + 1:03d}"
        pages = 1 + index % 3
        level = s.PadesLevel.B_LTA if index % 6 == 5 else s.PadesLevel.B_T
        key = revoked if index == 22 else leader
        options = s.SignOptions(level=level, field_name="Sig1", timestamp=tsa, validation=sources)
        signed = s.sign_pdf(make_pdf(pages, doc_id), key, options)
        records[doc_id] = record_for(doc_id, signed, index, pages)
        content[doc_id] = signed
        if level is s.PadesLevel.B_LTA:
            lta.append(doc_id)
    return YearOfDocuments(records, content, tuple(lta), f"VB-{YEAR}-023")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(YEAR, 1, 2, 8, 0, tzinfo=UTC))


@pytest.fixture
def store(tmp_path: Path, year: YearOfDocuments) -> tuple[FolderRepository, FolderDocuments]:
    """A folder repository with every document of the year stored."""
    documents = FolderDocuments(tmp_path / "archive" / "documents")
    for doc_id, record in year.records.items():
        documents.add(record, year.content[doc_id])
    return FolderRepository(tmp_path / "archive"), documents


def closed_dossier(
    year: YearOfDocuments,
    ids: list[str],
    *,
    notation: str = "01.TCCB",
    retention: Retention | None = None,
) -> Dossier:
    """A dossier with ``ids`` filed and closed at the end of the year."""
    dossier = Dossier.open(
        FileCode(ORGAN, YEAR, notation),
        title="Hồ sơ về công tác tổ chức cán bộ năm 2025",
        retention=retention or Retention(10),
        creator="Vụ Tổ chức cán bộ",
        by="chuyenvien",
        at=datetime(YEAR, 1, 2, tzinfo=UTC),
    )
    for doc_id in ids:
        dossier.add_document(year.records[doc_id])
    dossier.close(
        [year.records[i] for i in ids], by="chuyenvien", at=datetime(YEAR, 12, 31, tzinfo=UTC)
    )
    return dossier


class MemoryDocuments:
    """DocumentSource over the year's documents, in memory."""

    def __init__(self, year: YearOfDocuments) -> None:
        self.year = year

    def record(self, document_id: str) -> ArchiveRecord:
        return self.year.records[document_id]

    def content(self, document_id: str) -> bytes:
        return self.year.content[document_id]


@pytest.fixture(scope="session")
def packed_bag(
    tmp_path_factory: pytest.TempPathFactory, year: YearOfDocuments, check: SignatureCheck
) -> Path:
    """A valid bag of eight good documents (two B-LTA), packed once; copy before changing."""
    from archive.package import AuditExtract, pack

    ids = [f"VB-{YEAR}-{i:03d}" for i in range(1, 13) if i not in (2, 3, 4, 5)]
    out = tmp_path_factory.mktemp("bags") / "bag"
    audit = AuditExtract("audit.jsonl", b'{"action": "close", "by": "chuyenvien"}\n')
    pack(closed_dossier(year, ids), MemoryDocuments(year), out=out, audit=audit, check=check)
    return out


@pytest.fixture
def bag(packed_bag: Path, tmp_path: Path) -> Iterator[Path]:
    """A private copy of :func:`packed_bag` to damage."""
    copy = tmp_path / "bag"
    shutil.copytree(packed_bag, copy)
    yield copy
