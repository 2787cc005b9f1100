"""Reviewers' initials (ký nháy) as signed approvals.

A signed approval is a detached CMS (CAdES-BES) signature by the reviewer over the exact bytes
of the draft they reviewed, optionally time-stamped. It lives beside the document (the server
stores it with the draft version), never inside the PDF. Why not an approval signature in the
PDF: see :mod:`signing.outgoing`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from signing import _approvals
from signing.keys import CertificateInfo, SigningKey
from signing.report import Indication
from signing.sources import RevocationMode, TimestampSource, ValidationSources

__all__ = ["ApprovalCheck", "SignedApproval", "approve", "verify_approval"]


@dataclass(frozen=True)
class SignedApproval:
    """A reviewer's initial on one exact draft."""

    document_sha256: str
    """SHA-256 of the reviewed PDF bytes, hex."""

    reviewer: CertificateInfo
    """The reviewer's certificate."""

    cms: bytes
    """Detached CMS signature (DER) over the reviewed bytes."""


@dataclass(frozen=True)
class ApprovalCheck:
    """The result of checking a signed approval against a document."""

    indication: Indication
    """ETSI main indication."""

    sub_indication: str | None
    """ETSI sub-indication when not passed."""

    reviewer: CertificateInfo | None
    """Who signed."""

    signing_time: datetime | None
    """Claimed signing time."""

    timestamp_time: datetime | None
    """Time certified by a TSA, if time-stamped."""

    @property
    def ok(self) -> bool:
        """Whether the approval is valid for this exact document."""
        return self.indication is Indication.TOTAL_PASSED


def approve(
    data: bytes, key: SigningKey, *, timestamp: TimestampSource | None = None
) -> SignedApproval:
    """Sign an approval of ``data`` (the draft's bytes) with the reviewer's key."""
    cms = _approvals.sign_detached(
        data, key._backend, None if timestamp is None else timestamp._backend
    )
    return SignedApproval(hashlib.sha256(data).hexdigest(), key.certificate, cms)


def verify_approval(
    data: bytes,
    cms: bytes,
    *,
    trust_roots: tuple[bytes, ...] = (),
    at: datetime | None = None,
    revocation: RevocationMode = RevocationMode.SOFT,
    sources: ValidationSources | None = None,
) -> ApprovalCheck:
    """Check that ``cms`` is a valid approval of exactly ``data``."""
    base = sources or ValidationSources()
    merged = ValidationSources(
        trust_roots=base.trust_roots + tuple(trust_roots),
        extra_certs=base.extra_certs,
        crls=base.crls,
        ocsp_responses=base.ocsp_responses,
        allow_fetching=base.allow_fetching,
    )
    return _approvals.verify_detached(data, cms, merged, at, RevocationMode(revocation).value)
