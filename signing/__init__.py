"""phigiay signing: PAdES signatures in the official Vietnamese appearance, on pyHanko.

Framework-free. Public API (everything else is private and may change with pyHanko):

* keys — :func:`load_pkcs12`, :func:`list_tokens`, :func:`open_token` → :class:`SigningKey`
* signing — :func:`sign_pdf` with :class:`SignOptions` (:class:`PadesLevel`, :class:`FieldLock`,
  :class:`DocMdp`), :func:`sign_batch`, :func:`fill_fields`, :func:`extend_pdf`,
  :func:`signature_field_page`
* appearance — :data:`StampLayout` = :class:`SignatureBlock` | :class:`SealBlock` |
  :class:`AppendixStamp`
* the outgoing sequence — :mod:`signing.outgoing`; reviewers' initials — :mod:`signing.approvals`
* validation — :func:`verify_pdf` → :class:`VerificationReport`
* other formats (edXML envelopes) — :func:`sign_bytes`, :func:`key_certificates`,
  :func:`check_certificate` → :class:`CertificateTrust`
"""

from signing.approvals import ApprovalCheck, SignedApproval, approve, verify_approval
from signing.errors import (
    CertificateNotFound,
    EncryptedPdf,
    FieldError,
    KeyNotFound,
    PinIncorrect,
    PinLocked,
    SignerLoadError,
    SigningError,
    SigningFailed,
    TimestampError,
    TokenError,
    TokenNotFound,
    UnreadablePdf,
    ValidationDataError,
)
from signing.keys import (
    CertificateInfo,
    PinStatus,
    SigningKey,
    TokenCertificate,
    TokenInfo,
    TokenSession,
    list_tokens,
    load_pkcs12,
    open_token,
)
from signing.outgoing import apply_seal, fill_issue, issue_date_text, sign_as_leader
from signing.profiles import DocMdp, FieldLock, LockAction, PadesLevel, SignerProfile, SignOptions
from signing.raw import CertificateTrust, check_certificate, key_certificates, sign_bytes
from signing.report import (
    Coverage,
    Indication,
    Modification,
    PlainStatus,
    SignatureReport,
    Verdict,
    VerificationReport,
)
from signing.sign import (
    BatchItem,
    BatchResult,
    add_signature_field,
    extend_pdf,
    fill_fields,
    sign_batch,
    sign_pdf,
    signature_field_page,
)
from signing.sources import RevocationMode, TimestampSource, ValidationSources
from signing.stamp import AppendixStamp, SealBlock, SignatureBlock, StampLayout, seal_box
from signing.verify import is_incremental_update, verify_pdf

__all__ = [
    "AppendixStamp",
    "ApprovalCheck",
    "BatchItem",
    "BatchResult",
    "CertificateInfo",
    "CertificateNotFound",
    "CertificateTrust",
    "Coverage",
    "DocMdp",
    "EncryptedPdf",
    "FieldError",
    "FieldLock",
    "Indication",
    "KeyNotFound",
    "LockAction",
    "Modification",
    "PadesLevel",
    "PinIncorrect",
    "PinLocked",
    "PinStatus",
    "PlainStatus",
    "RevocationMode",
    "SealBlock",
    "SignOptions",
    "SignatureBlock",
    "SignatureReport",
    "SignedApproval",
    "SignerLoadError",
    "SignerProfile",
    "SigningError",
    "SigningFailed",
    "SigningKey",
    "StampLayout",
    "TimestampError",
    "TimestampSource",
    "TokenCertificate",
    "TokenError",
    "TokenInfo",
    "TokenNotFound",
    "TokenSession",
    "UnreadablePdf",
    "ValidationDataError",
    "ValidationSources",
    "Verdict",
    "VerificationReport",
    "add_signature_field",
    "apply_seal",
    "approve",
    "check_certificate",
    "extend_pdf",
    "fill_fields",
    "fill_issue",
    "is_incremental_update",
    "issue_date_text",
    "key_certificates",
    "list_tokens",
    "load_pkcs12",
    "open_token",
    "seal_box",
    "sign_as_leader",
    "sign_batch",
    "sign_bytes",
    "sign_pdf",
    "signature_field_page",
    "verify_approval",
    "verify_pdf",
]
