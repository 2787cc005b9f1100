"""Use cases: accept a leader's signed upload, issue a document (fill and seal), read reports.

``accept_leader_signature`` and ``issue_file`` work inside the caller's transaction
(``server.documents.outgoing``), which commits or rolls back the whole step: a refused upload or
a failed seal leaves nothing behind, and the register's number is not consumed.
"""

from __future__ import annotations

import io
import logging
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.core.errors import (
    NotFound,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
)
from server.core.store import FileStore
from server.documents import service as documents
from server.documents.access import get_visible
from server.documents.tables import Document, DocumentVersion
from server.rendering import format_issue_date
from server.signatures.checks import first_problem, newest_signature, signature_count
from server.signatures.config import SignatureSetup
from server.signatures.errors import (
    IssuanceBreaksSignature,
    NoNewSignature,
    NotIncremental,
    SealNotConfigured,
    SignatureBroken,
    WrongSigner,
)
from server.signatures.tables import VersionSignatureReport
from server.users.certificates import holder_of
from server.users.service import get_agency
from server.users.tables import User
from signing import (
    FieldError,
    Indication,
    Modification,
    UnreadablePdf,
    VerificationReport,
    fill_issue,
    is_incremental_update,
)

log = logging.getLogger(__name__)

LEADER_STEP, ISSUANCE_STEP = "leader_signature", "issuance"


def _verify(setup: SignatureSetup, data: bytes) -> VerificationReport:
    try:
        return setup.trust.verify(data)
    except UnreadablePdf as exc:
        raise SignatureBroken(f"the signed file cannot be read: {exc}") from exc


def record_report(db_session: Session, *, version: DocumentVersion, report: VerificationReport,
                  step: str, signer_user_id: int | None = None) -> VersionSignatureReport:
    """Keep a version's validation report (in the caller's transaction)."""
    row = VersionSignatureReport(version_id=version.id, step=step, verdict=report.verdict.value,
                                 signer_user_id=signer_user_id, report=report.to_json())
    db_session.add(row)
    db_session.flush()
    return row


def _signatures_before(db_session: Session, setup: SignatureSetup, store: FileStore,
                       version: DocumentVersion) -> int:
    stored = db_session.get(VersionSignatureReport, version.id)
    if stored is not None:
        return sum(1 for s in stored.report["signatures"] if s["kind"] == "signature")
    try:
        return signature_count(setup.trust.verify(store.read(version.file_sha256)))
    except UnreadablePdf:
        return 0


def _check_signer(db_session: Session, report: VerificationReport, expected: User) -> int:
    newest = newest_signature(report)
    assert newest is not None
    signer = newest.signer
    holder = holder_of(db_session, fingerprint_sha256=signer.sha256) if signer else None
    if holder != expected.id:
        name = signer.subject_name if signer else "?"
        serial = signer.serial if signer else "?"
        raise WrongSigner(f"signed with the certificate of {name} (serial {serial}), which is "
                          f"not bound to {expected.full_name}", expected=expected.full_name,
                          signer=name)
    return holder


def accept_leader_signature(
    db_session: Session, *, store: FileStore, setup: SignatureSetup, actor: Principal,
    document: Document, upload: documents.Upload,
) -> DocumentVersion:
    """Check the leader's signed upload and store it as a signed version with its report.

    Raises:
        NotIncremental: the upload does not extend the version under signature byte for byte.
        NoNewSignature: the upload adds no signature.
        SignatureRejected: a signature is broken, modified after signing, untrusted, revoked,
            expired or indeterminate (one subclass each).
        WrongSigner: the newest signature's certificate is not bound to the leader the
            document was submitted to.
    """
    current = documents.latest_version(db_session, document.id)
    assert current is not None and document.presented_to is not None
    signed = upload.stream.read()
    if not is_incremental_update(store.read(current.file_sha256), signed):
        raise NotIncremental("the signed file must extend the version under signature byte for "
                             "byte (an incremental update)")
    report = _verify(setup, signed)
    if signature_count(report) <= _signatures_before(db_session, setup, store, current):
        raise NoNewSignature("the uploaded file carries no new signature")
    problem = first_problem(report)
    if problem is not None:
        raise problem
    expected = db_session.get(User, document.presented_to)
    assert expected is not None
    holder = _check_signer(db_session, report, expected)
    upload.stream.seek(0)
    version = documents.add_version(db_session, document, store=store, actor=actor,
                                    upload=upload, reason="signed by the leader", signed=True)
    record_report(db_session, version=version, report=report, step=LEADER_STEP,
                  signer_user_id=holder)
    return version


def require_seal(setup: SignatureSetup) -> None:
    """Refuse issuance up front when a seal is required and none is configured."""
    if setup.seal is None and setup.seal_required:
        raise SealNotConfigured("no agency seal is configured (PHIGIAY_SEAL_PKCS11_MODULE or "
                                "PHIGIAY_SEAL_PKCS12); issuance needs it")


def _fill(data: bytes, number: int, issue_date: date) -> tuple[bytes, str]:
    number_text, date_text = f"{number:02d}", format_issue_date(issue_date)
    try:
        filled = fill_issue(data, number=number_text, date_line=date_text)
    except FieldError:
        return data, "number and date not written: the file has no issuance fields"
    return filled, f"number {number_text} and date «{date_text}» filled in"


def _check_after_issuance(report: VerificationReport) -> None:
    for signature in report.signatures:
        if (signature.modification is Modification.NOT_PERMITTED
                or signature.indication is Indication.TOTAL_FAILED):
            raise IssuanceBreaksSignature(
                f"issuing would invalidate the signature {signature.field_name}: "
                f"{signature.sub_indication or signature.modification.value}")
        if signature.indication is not Indication.TOTAL_PASSED:
            log.warning("after issuance, signature %s is %s (%s)", signature.field_name,
                        signature.indication.value, signature.sub_indication)


def issue_file(
    db_session: Session, *, store: FileStore, setup: SignatureSetup, actor: Principal,
    document: Document, number: int, issue_date: date,
) -> DocumentVersion | None:
    """Fill number and date (incremental update) and apply the agency seal; store the result
    as a new signed version with its report. ``None`` when there was nothing to change.

    Raises:
        SealNotConfigured: a seal is required and none is configured.
        SealUnavailable: the HSM, the key or the TSA failed.
        IssuanceBreaksSignature: the result would not validate as the signed file did.
    """
    require_seal(setup)
    current = documents.latest_version(db_session, document.id)
    if current is None:  # registration data only (imported records): no file to fill or seal
        if setup.seal is not None:
            raise ValidationFailed("the document has no file to seal")
        return None
    original = store.read(current.file_sha256)
    result, filled_note = _fill(original, number, issue_date)
    if setup.seal is not None:
        agency = get_agency(db_session)
        result = setup.seal.seal(result, agency_name=agency.name,
                                 reason=f"Ban hành văn bản số {number:02d}")
        reason = f"issued and sealed by the clerk; {filled_note}"
    elif result is original:
        return None
    else:
        reason = f"issued by the clerk, not sealed (no agency seal configured); {filled_note}"
    report = _verify(setup, result)
    _check_after_issuance(report)
    version = documents.add_version(
        db_session, document, store=store, actor=actor, reason=reason, signed=True,
        upload=documents.Upload(filename=current.filename, media_type="application/pdf",
                                stream=io.BytesIO(result)))
    record_report(db_session, version=version, report=report, step=ISSUANCE_STEP)
    return version


def version_report(db_session: Session, *, actor: Principal, document_id: int,
                   version_no: int) -> tuple[DocumentVersion, VersionSignatureReport]:
    """The stored report of one version the caller may see.

    Raises:
        NotFound: no such document or version, or the version carries no report (unsigned).
    """
    get_visible(db_session, principal=actor, document_id=document_id)
    version = db_session.scalars(select(DocumentVersion).where(
        DocumentVersion.document_id == document_id,
        DocumentVersion.version_no == version_no)).one_or_none()
    if version is None:
        raise NotFound(f"version {version_no} of document {document_id}")
    row = db_session.get(VersionSignatureReport, version.id)
    if row is None:
        raise NotFound(f"version {version_no} has no signature report (it is not signed)")
    return version, row


def verify_upload(setup: SignatureSetup, *, upload: documents.Upload,
                  max_bytes: int) -> dict[str, Any]:
    """Validate any PDF (the desktop's signature panel); nothing is stored.

    Never fetches revocation data, even when the agency allows it for signed uploads: the file
    comes from anywhere, and its certificates must not make the server contact their URLs.

    Raises:
        PayloadTooLarge: the file is larger than ``max_bytes``.
        UnsupportedMediaType: not a readable, unencrypted PDF.
    """
    data = upload.stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise PayloadTooLarge(f"the file exceeds {max_bytes} bytes", limit=max_bytes)
    try:
        return setup.trust.verify(data, offline=True).to_json()
    except UnreadablePdf as exc:
        raise UnsupportedMediaType(f"not a readable PDF: {exc}") from exc
