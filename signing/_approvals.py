"""pyHanko calls behind :mod:`signing.approvals`: detached CMS sign and verify."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import TYPE_CHECKING, Any

from asn1crypto import cms as asn1_cms
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

from signing._certs import cert_info
from signing._sign import _mapped_errors
from signing._sources import run_closing, validation_context
from signing.report import Indication
from signing.sources import ValidationSources

if TYPE_CHECKING:
    from signing.approvals import ApprovalCheck


def sign_detached(data: bytes, signer: Any, timestamper: Any) -> bytes:
    with _mapped_errors():
        info = asyncio.run(
            signer.async_sign_general_data(
                data, "sha256", detached=True, use_cades=True, timestamper=timestamper
            )
        )
    return bytes(info.dump())


def verify_detached(
    data: bytes, cms: bytes, sources: ValidationSources, at: datetime | None, revocation: str
) -> ApprovalCheck:
    from signing.approvals import ApprovalCheck

    try:
        signed_data = asn1_cms.ContentInfo.load(cms)["content"]
        signed_data.native  # noqa: B018 — parse fully so garbage fails here
    except (ValueError, TypeError, KeyError):
        return ApprovalCheck(Indication.TOTAL_FAILED, "FORMAT_FAILURE", None, None, None)
    vc = validation_context(sources, moment=at, revocation=revocation)
    status = run_closing(
        lambda: async_validate_detached_cms(data, signed_data, signer_validation_context=vc), vc
    )
    ts = status.timestamp_validity
    sub: str | None
    if not status.intact:
        indication, sub = Indication.TOTAL_FAILED, "HASH_FAILURE"
    elif not status.valid:
        indication, sub = Indication.TOTAL_FAILED, "SIG_CRYPTO_FAILURE"
    elif status.revoked:
        indication, sub = Indication.TOTAL_FAILED, "REVOKED"
    elif not status.trusted:
        indic = status.trust_problem_indic
        indication, sub = (
            Indication.INDETERMINATE,
            (str(getattr(indic, "name", indic)) if indic else None),
        )
    else:
        indication, sub = Indication.TOTAL_PASSED, None
    return ApprovalCheck(
        indication,
        sub,
        cert_info(status.signing_cert),
        status.signer_reported_dt,
        ts.timestamp if ts is not None else None,
    )
