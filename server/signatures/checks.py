"""Judging a validation report: the first reason a signed upload must be refused, if any."""

from __future__ import annotations

from datetime import datetime

from server.signatures.errors import (
    SignatureBroken,
    SignatureExpired,
    SignatureIndeterminate,
    SignatureModified,
    SignatureRejected,
    SignatureRevoked,
    SignatureUntrusted,
)
from signing import Indication, Modification, SignatureReport, VerificationReport

_REVOKED = {"REVOKED", "REVOKED_NO_POE", "REVOKED_CA_NO_POE"}
_UNTRUSTED = {"NO_CERTIFICATE_CHAIN_FOUND", "CERTIFICATE_CHAIN_GENERAL_FAILURE",
              "CHAIN_CONSTRAINTS_FAILURE"}


def _who(signature: SignatureReport) -> str:
    signer = signature.signer
    name = signer.subject_name if signer else "?"
    return f"{signature.field_name} ({name})"


def _expired(signature: SignatureReport, at: datetime) -> bool:
    signer = signature.signer
    if signer is None:
        return False
    moment = signature.timestamp_time or at
    return signer.not_after < moment or signer.not_before > moment


def problem_of(signature: SignatureReport, *, at: datetime) -> SignatureRejected | None:
    """Why one signature is not acceptable, or ``None`` when it passed."""
    who, sub = _who(signature), signature.sub_indication or ""
    if signature.modification is Modification.NOT_PERMITTED:
        return SignatureModified(f"{who}: the document was changed after this signature in a "
                                 "way its locks do not permit", field=signature.field_name)
    if signature.indication is Indication.TOTAL_PASSED:
        return None
    if sub in _REVOKED or signature.revoked:
        return SignatureRevoked(f"{who}: the certificate is revoked", field=signature.field_name)
    if signature.indication is Indication.TOTAL_FAILED:
        return SignatureBroken(f"{who}: the signature does not verify ({sub})",
                               field=signature.field_name)
    if _expired(signature, at):
        return SignatureExpired(f"{who}: the certificate is not valid at the signing time",
                                field=signature.field_name)
    if sub in _UNTRUSTED:
        return SignatureUntrusted(f"{who}: no path to a root the agency trusts ({sub})",
                                  field=signature.field_name)
    return SignatureIndeterminate(f"{who}: the signature cannot be validated ({sub})",
                                  field=signature.field_name)


def first_problem(report: VerificationReport) -> SignatureRejected | None:
    """The first signature (in file order) that is not acceptable, as the error to raise."""
    for signature in report.signatures:
        problem = problem_of(signature, at=report.validation_time)
        if problem is not None:
            return problem
    return None


def newest_signature(report: VerificationReport) -> SignatureReport | None:
    """The last signature in the file (document time stamps do not count)."""
    people = [s for s in report.signatures if s.kind == "signature"]
    return people[-1] if people else None


def signature_count(report: VerificationReport) -> int:
    """How many signatures (not document time stamps) the file holds."""
    return sum(1 for s in report.signatures if s.kind == "signature")
