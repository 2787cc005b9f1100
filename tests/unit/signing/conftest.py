"""Shared, session-scoped fixtures for the signing unit tests: the in-process test PKI
(certomancer, no HTTP), a fixed TSA, sample PDFs with the issuance fields, and signed samples."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import signing as s
from signing import outgoing
from signing.demo_images import seal_png, signature_png
from signing.testpki import PhigiayPki

LEADER_BOX = (330.0, 180.0, 540.0, 340.0)


def make_pdf(pages: int = 1, *, issuance_fields: bool = False, appendix: bool = False) -> bytes:
    """A plain A4 PDF; with ``issuance_fields``, the renderer's four fields (and with
    ``appendix`` the ``_A1`` copies of number and date a same-file appendix carries)."""
    buf = BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    for page in range(pages):
        pdf.drawString(72, 760, f"QUYET DINH - trang {page + 1}")
        if page == 0 and issuance_fields:
            pdf.acroForm.textfield(
                name=outgoing.ISSUE_NUMBER_FIELD, x=60, y=700, width=160, height=18, borderWidth=0
            )
            pdf.acroForm.textfield(
                name=outgoing.ISSUE_DATE_FIELD, x=300, y=700, width=250, height=18, borderWidth=0
            )
            if appendix:
                for name, y in (("IssueNumber_A1", 600), ("IssueDate_A1", 570)):
                    pdf.acroForm.textfield(
                        name=name, x=60, y=y, width=250, height=18, borderWidth=0
                    )
        pdf.showPage()
    pdf.save()
    data = buf.getvalue()
    if issuance_fields:
        data = s.add_signature_field(data, outgoing.LEADER_SIGNATURE_FIELD, box=LEADER_BOX)
        data = s.add_signature_field(data, outgoing.AGENCY_SEAL_FIELD, box=s.seal_box(LEADER_BOX))
    return data


@pytest.fixture(scope="session")
def pki() -> PhigiayPki:
    return PhigiayPki()


@pytest.fixture(scope="session")
def root(pki: PhigiayPki) -> bytes:
    return pki.root_pem


@pytest.fixture(scope="session")
def tsa(pki: PhigiayPki) -> s.TimestampSource:
    return pki.timestamp_source("tsa1")


@pytest.fixture(scope="session")
def sources(pki: PhigiayPki) -> s.ValidationSources:
    return pki.validation_sources(ocsp_for=("leader-an", "seal-vpcp"))


@pytest.fixture(scope="session")
def blank_pdf() -> bytes:
    return make_pdf()


@pytest.fixture(scope="session")
def form_pdf() -> bytes:
    return make_pdf(issuance_fields=True)


@pytest.fixture(scope="session")
def leader(pki: PhigiayPki) -> s.SigningKey:
    return pki.key("leader-an")


@pytest.fixture(scope="session")
def seal_key(pki: PhigiayPki) -> s.SigningKey:
    return pki.key("seal-vpcp")


@pytest.fixture(scope="session")
def sign_at(
    blank_pdf: bytes, leader: s.SigningKey, tsa: s.TimestampSource, sources: s.ValidationSources
) -> Callable[[s.PadesLevel], bytes]:
    cache: dict[s.PadesLevel, bytes] = {}

    def _sign(level: s.PadesLevel) -> bytes:
        if level not in cache:
            options = s.SignOptions(
                level=level, field_name="Sig1", timestamp=tsa, validation=sources
            )
            cache[level] = s.sign_pdf(blank_pdf, leader, options)
        return cache[level]

    return _sign


@pytest.fixture(scope="session")
def issued(
    form_pdf: bytes,
    leader: s.SigningKey,
    seal_key: s.SigningKey,
    tsa: s.TimestampSource,
    sources: s.ValidationSources,
) -> dict[str, bytes]:
    """The outgoing sequence, step by step: leader (B-T) → number/date → seal (B-LT)."""
    block = s.SignatureBlock(
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM", "Nguyễn Văn An", signature_png("Nguyễn Văn An")
    )
    signed = outgoing.sign_as_leader(
        form_pdf,
        leader,
        outgoing.leader_options(
            appearance=block, level=s.PadesLevel.B_T, timestamp=tsa, validation=sources
        ),
    )
    filled = outgoing.fill_issue(
        signed, number="12/QĐ-VPCP", date_line="Hà Nội, ngày 26 tháng 11 năm 2026"
    )
    sealed = outgoing.apply_seal(
        filled,
        seal_key,
        outgoing.seal_options(
            appearance=s.SealBlock("Văn phòng Chính phủ", seal_png()),
            level=s.PadesLevel.B_LT,
            timestamp=tsa,
            validation=sources,
        ),
    )
    return {"leader": signed, "filled": filled, "sealed": sealed}
