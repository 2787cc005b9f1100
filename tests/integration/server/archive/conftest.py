"""Fixtures for the archive tests: signed PDFs from the test PKI, issued documents in the
workflow's tables, a server that trusts the test root, and a controlled clock."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import signing as s
from server.core.context import AppContext
from server.core.files import store_file
from server.core.settings import Settings
from server.core.text import fold_for_search
from server.documents.access import add_participant
from server.documents.tables import Document, DocumentVersion
from signing.testpki import PhigiayPki
from tests.fixtures.pdfs import make_pdf
from tests.fixtures.pki import in_process_pki
from tests.fixtures.server import Seed, fast_settings


class FixedClock:
    """A clock tests move by hand."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@dataclass(frozen=True)
class SignedPdfs:
    """Signed PDFs of the test PKI: B-T ones and one B-LTA (stamped by tsa1)."""

    plain: tuple[bytes, ...]
    lta: bytes


@pytest.fixture(scope="session")
def pki() -> PhigiayPki:
    return in_process_pki()


@pytest.fixture(scope="session")
def signed_pdfs(pki: PhigiayPki) -> SignedPdfs:
    tsa, sources = pki.timestamp_source("tsa1"), pki.validation_sources()
    leader = pki.key("leader-an")

    def sign(index: int, level: s.PadesLevel) -> bytes:
        options = s.SignOptions(level=level, field_name="Sig1", timestamp=tsa,
                                validation=sources)
        return s.sign_pdf(make_pdf([f"Văn bản số {index}", "Hồ sơ lưu trữ"]), leader, options)

    return SignedPdfs(tuple(sign(i, s.PadesLevel.B_T) for i in range(5)),
                      sign(9, s.PadesLevel.B_LTA))


@pytest.fixture
def settings(tmp_path: Path, database_url: str, pki: PhigiayPki) -> Settings:
    """Test settings whose trust roots are the test PKI's root."""
    roots = tmp_path / "roots.pem"
    roots.write_bytes(pki.root_pem)
    return fast_settings(tmp_path / "data", database_url, trust_roots=roots,
                         revocation="soft")


MakeDocument = Callable[..., int]


@pytest.fixture
def make_document(context: AppContext, seed: Seed, signed_pdfs: SignedPdfs) -> MakeDocument:
    """An issued outgoing document of the agency with a signed PDF; returns its id."""
    counter = iter(range(1, 10_000))

    def _make(subject: str, issued: date, *, pdf: bytes | None = None,
              **columns: Any) -> int:
        number = next(counter)
        data = pdf or signed_pdfs.plain[number % len(signed_pdfs.plain)]
        values: dict[str, Any] = dict(
            agency_id=1, direction="outgoing", state="issued", type_code="official_letter",
            subject=subject, number=number, notation="VPCP-TH", issue_date=issued,
            drafting_unit_id=seed.units["TH"], created_by=seed.users["officer"],
            signer_position="Bộ trưởng, Chủ nhiệm", signer_name="Lê Minh Khang",
            search_text=fold_for_search(subject))
        values.update(columns)
        with context.database.writing() as session:
            document = Document(**values)
            session.add(document)
            session.flush()
            stored = store_file(session, store=context.store, source=io.BytesIO(data),
                                media_type="application/pdf")
            session.add(DocumentVersion(document_id=document.id, version_no=1,
                                        file_sha256=stored.sha256, filename="van-ban.pdf",
                                        media_type="application/pdf", reason="issued",
                                        signed=True, created_by=seed.users["officer"]))
            for username in ("officer", "clerk", "unithead"):
                add_participant(session, document_id=document.id,
                                user_id=seed.users[username], reason="creator")
            session.commit()
            return document.id

    return _make


@pytest.fixture
def clock() -> Iterator[FixedClock]:
    yield FixedClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
