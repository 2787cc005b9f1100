"""Sample messages and a throw-away seal certificate for the axis tests."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from functools import cache
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from server.axis.edxml import (
    Attachment,
    Business,
    BusinessDocType,
    BusinessDocumentInfo,
    Code,
    DocumentMessage,
    DocumentType,
    EnvelopeSigner,
    MessageHeader,
    Organization,
    OtherInfo,
    Priority,
    PromulgationInfo,
    Receiver,
    ReplacementInfo,
    ResponseFor,
    SignerInfo,
    StaffInfo,
    StatusCode,
    StatusMessage,
    SteeringType,
    TraceHeader,
    make_document_id,
)

VPCP = Organization("000.00.00.G22", organ_name="Văn phòng Chính phủ", address="Hà Nội")
NGHE_AN = Organization("000.00.00.H41", organ_name="UBND tỉnh Nghệ An")
HA_TINH = Organization("000.00.00.H42", organ_name="UBND tỉnh Hà Tĩnh")
ISSUED = dt.date(2026, 11, 20)
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def zipped(files: dict[str, bytes]) -> bytes:
    """A zip archive of ``files``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def document(*, doc_type: BusinessDocType = BusinessDocType.NEW, number: str = "7816",
             recipients: tuple[Organization, ...] = (NGHE_AN, HA_TINH),
             sender: Organization = VPCP,
             attachments: tuple[Attachment, ...] | None = None) -> DocumentMessage:
    """A complete official letter from VPCP with every header field filled."""
    document_id = make_document_id(sender.organ_id, ISSUED, number, "VPCP-TTĐT")
    business = Business(
        doc_type=doc_type, reason="Sửa lỗi chính tả" if doc_type else "",
        document_info=BusinessDocumentInfo(True, True, (Receiver("000.00.00.H41", 1),))
        if doc_type == BusinessDocType.UPDATE else None,
        document_id=document_id, staff_info=StaffInfo("Văn thư", "Nguyễn Văn A", "0912345678",
                                                      "vanthu@chinhphu.vn"),
        paper=True,
        replacements=(ReplacementInfo("000.00.00.G22,2026/11/01,7000/VPCP-TTĐT",
                                      ("000.00.00.H41",)),)
        if doc_type == BusinessDocType.REPLACE else (),
    )
    header = MessageHeader(
        from_=sender, to=recipients, code=Code(number, "VPCP-TTĐT"),
        promulgation_info=PromulgationInfo("Hà Nội", ISSUED),
        document_type=DocumentType("Công văn", 1), subject="Về việc triển khai văn bản điện tử",
        document_id=document_id, content="Nội dung tóm tắt",
        signer_info=SignerInfo("Trần Văn B", "Phó Chủ nhiệm", "KT. CHỦ NHIỆM"),
        due_date=dt.date(2026, 12, 1), to_places=("Như trên", "Lưu: VT, TTĐT"),
        other_info=OtherInfo(Priority.URGENT, "Lưu hành nội bộ", "TVC", 10, 3, ("Phụ lục I",)),
        response_for=(ResponseFor("000.00.00.H41", "12/UBND-VX", dt.date(2026, 11, 1),
                                  "000.00.00.H41,2026/11/01,12/UBND-VX"),),
        steering_type=SteeringType.DIRECTIVE,
    )
    if attachments is None:
        attachments = (Attachment("cong-van.pdf", "application/pdf", data=PDF,
                                  description="Văn bản"),
                       Attachment("phu-luc.zip", "application/zip",
                                  data=zipped({"phu-luc/1.pdf": PDF, "2.pdf": PDF})))
    return DocumentMessage(header=header,
                           trace=(TraceHeader(sender.organ_id,
                                              dt.datetime(2026, 11, 20, 9, 30)),),
                           business=business, attachments=attachments)


def status(code: StatusCode, *, description: str = "") -> StatusMessage:
    """Nghệ An's status about VPCP's letter."""
    return StatusMessage(
        from_=NGHE_AN,
        response_for=ResponseFor(VPCP.organ_id, "7816/VPCP-TTĐT", ISSUED,
                                 make_document_id(VPCP.organ_id, ISSUED, "7816", "VPCP-TTĐT")),
        status_code=code, timestamp=dt.datetime(2026, 11, 20, 10, 0, 5),
        description=description or f"Trạng thái {code.value}",
        staff_info=StaffInfo("Văn thư", "Lê Thị C", "0987654321", "vt@nghean.gov.vn"),
    )


def seal(kind: str = "rsa") -> EnvelopeSigner:
    """A self-signed agency seal certificate with an RSA or EC key."""
    return seal_with_key(kind)[0]


@cache
def seal_with_key(kind: str = "rsa") -> tuple[EnvelopeSigner, Any]:
    """A seal and its private key."""
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    key = (rsa.generate_private_key(public_exponent=65537, key_size=2048) if kind == "rsa"
           else ec.generate_private_key(ec.SECP256R1()))
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Văn phòng Chính phủ"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = dt.datetime.now(dt.UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - dt.timedelta(days=1))
                   .not_valid_after(now + dt.timedelta(days=30))
                   .sign(key, hashes.SHA256()))
    return EnvelopeSigner.from_key(key, certificate), key
