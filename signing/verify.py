"""Validating signed PDFs into a :class:`signing.report.VerificationReport`.

Validation works offline by default: it uses the trust roots given, the certificates in each
signature, and the validation data embedded in the document (DSS), so a B-LT/B-LTA document
verifies with no network. Fetching OCSP/CRL is opt-in (``ValidationSources.allow_fetching``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from signing import _verify
from signing._pdfio import PARSER_FAILURES, open_reader
from signing.report import (
    Indication,
    PlainStatus,
    SignatureReport,
    VerificationReport,
)
from signing.sources import RevocationMode, ValidationSources

__all__ = ["is_incremental_update", "verify_pdf"]


NO_TIMESTAMP_WARNING = "no time stamp: the signing time is only the signer's claim"
"""Worded here, recognised (and translated) by the desktop's signature panel."""

def is_incremental_update(previous: bytes, current: bytes) -> bool:
    """Whether ``current`` keeps every byte of ``previous`` and only appends to it.

    Signed bytes are immutable: a later step (number and date, seal, renewal) must be an
    incremental update, never a rewrite.
    """
    return len(current) > len(previous) and current.startswith(previous)


def verify_pdf(
    data: bytes,
    *,
    trust_roots: tuple[bytes, ...] = (),
    at: datetime | None = None,
    revocation: RevocationMode = RevocationMode.SOFT,
    sources: ValidationSources | None = None,
) -> VerificationReport:
    """Validate every signature and document time stamp in a PDF.

    Args:
        data: the PDF.
        trust_roots: trusted root certificates (PEM or DER), added to ``sources``.
        at: validation time ("as of"); now when ``None``.
        revocation: hard, soft or off.
        sources: extra certificates and revocation data, and whether fetching is allowed.

    Returns:
        One :class:`SignatureReport` per signature, in file order.

    Raises:
        UnreadablePdf: the file is not a readable, unencrypted PDF.
    """
    base = sources or ValidationSources()
    mode = RevocationMode(revocation)
    merged = ValidationSources(
        trust_roots=base.trust_roots + tuple(trust_roots),
        extra_certs=base.extra_certs,
        crls=base.crls,
        ocsp_responses=base.ocsp_responses,
        allow_fetching=base.allow_fetching,
    )
    reader = open_reader(data)
    moment = at.astimezone(UTC) if at else None
    try:
        embedded = _verify.signatures(reader)
        dss = _verify.read_dss(reader)
    except PARSER_FAILURES as e:
        from signing.errors import UnreadablePdf

        raise UnreadablePdf(f"cannot read the signatures: {e}") from e
    raws = []
    for emb in embedded:
        try:
            raws.append(
                _verify.validate_one(
                    emb, sources=merged, dss=dss, moment=moment, revocation=mode.value
                )
            )
        except Exception as e:  # any failure on hostile input is that signature's failure
            _verify.logger.debug("signature evaluation failed", exc_info=True)
            raws.append(_verify.broken_result(emb, e))
    reports = tuple(_report(raw, raws) for raw in raws)
    return VerificationReport(signatures=reports, validation_time=at or datetime.now(UTC))


def _level(raw: _verify.RawResult, everything: list[_verify.RawResult]) -> str | None:
    if raw.kind != "signature" or raw.signer is None:
        return None
    if raw.timestamp_time is None:
        return "B-B"
    if not raw.has_dss:
        return "B-T"
    later_ts = any(
        r.kind == "document-timestamp" and r.signed_revision > raw.signed_revision
        for r in everything
    )
    return "B-LTA" if later_ts else "B-LT"


def _report(raw: _verify.RawResult, everything: list[_verify.RawResult]) -> SignatureReport:
    indication, sub = _verify.indication(raw)
    level = _level(raw, everything)
    warnings = list(raw.problems)
    if indication is Indication.TOTAL_PASSED and level == "B-B":
        warnings.append(NO_TIMESTAMP_WARNING)
    return SignatureReport(
        field_name=raw.field_name,
        kind=raw.kind,
        signer=raw.signer,
        signing_time=raw.signing_time,
        timestamp_time=raw.timestamp_time,
        level=level,
        indication=indication,
        sub_indication=sub,
        intact=raw.intact,
        valid=raw.valid,
        trusted=raw.trusted,
        revoked=raw.revoked,
        coverage=raw.coverage,
        modification=raw.modification,
        certification=raw.certification,
        status=_plain(indication, warnings),
        warnings=tuple(warnings),
    )


def _plain(indication: Indication, warnings: list[str]) -> PlainStatus:
    if indication is Indication.TOTAL_FAILED:
        return PlainStatus.INVALID
    if indication is Indication.INDETERMINATE:
        return PlainStatus.UNKNOWN
    return PlainStatus.VALID_WITH_WARNINGS if warnings else PlainStatus.VALID
