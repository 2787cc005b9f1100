"""pyHanko validation behind :mod:`signing.verify`, mapped to ETSI terms."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp as asn1_ocsp
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import (
    CatalogModificationRule,
    DocInfoRule,
    DSSCompareRule,
    FormUpdatingRule,
    GenericFieldModificationRule,
    MetadataUpdateRule,
    ModificationLevel,
    ObjectStreamRule,
    SigFieldCreationRule,
    SigFieldModificationRule,
    StandardDiffPolicy,
    SuspiciousModification,
    XrefStreamRule,
)
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.errors import NoDSSFoundError
from pyhanko.sign.validation.pdf_embedded import (
    EmbeddedPdfSignature,
    async_validate_pdf_signature,
    async_validate_pdf_timestamp,
    collect_embedded_signatures,
)
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel

from signing._certs import cert_info
from signing._pdfio import PARSER_FAILURES
from signing._sources import run_closing, validation_context
from signing.report import Coverage, Indication, Modification
from signing.sources import ValidationSources

logger = logging.getLogger(__name__)

_KEY_USAGE = KeyUsageConstraints(
    key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
)


# pyHanko's default policy, minus in-place appearance-stream overwrites. Two reasons: rewriting
# an existing appearance stream is the riskier kind of change (a shadow attack vector), and
# pyHanko 0.38's check for it misfires on a locked field whose appearance was written in an
# earlier revision than the signature's (it then flags the *unchanged* stream after any later
# update, e.g. the DSS of the agency seal). Fresh appearance streams remain allowed.
_LTA = ModificationLevel.LTA_UPDATES
DIFF_POLICY = StandardDiffPolicy(
    global_rules=[
        CatalogModificationRule(),  # type: ignore[no-untyped-call]
        DocInfoRule().as_qualified(_LTA),
        XrefStreamRule().as_qualified(_LTA),
        ObjectStreamRule().as_qualified(_LTA),
        DSSCompareRule().as_qualified(_LTA),
        MetadataUpdateRule().as_qualified(_LTA),  # type: ignore[no-untyped-call]
    ],
    form_rule=FormUpdatingRule(
        field_rules=[
            SigFieldCreationRule(),  # type: ignore[no-untyped-call]
            SigFieldModificationRule(allow_in_place_appearance_stream_changes=False),
            GenericFieldModificationRule(allow_in_place_appearance_stream_changes=False),
        ],
    ),
)


@dataclass
class DssData:
    """Validation data embedded in the document (PAdES B-LT)."""

    certs: list[Any] = field(default_factory=list)
    crls: list[Any] = field(default_factory=list)
    ocsps: list[Any] = field(default_factory=list)


def read_dss(reader: PdfFileReader) -> DssData:
    try:
        dss = DocumentSecurityStore.read_dss(reader)
    except NoDSSFoundError:
        return DssData()
    data = DssData(certs=list(dss.load_certs()))
    for ref in dss.crls:
        data.crls.append(asn1_crl.CertificateList.load(ref.get_object().data))
    for ref in dss.ocsps:
        data.ocsps.append(asn1_ocsp.OCSPResponse.load(ref.get_object().data))
    return data


def signatures(reader: PdfFileReader) -> list[EmbeddedPdfSignature]:
    return list(collect_embedded_signatures(reader))


@dataclass(frozen=True)
class RawResult:
    """Facts extracted from one pyHanko status, before the ETSI mapping."""

    kind: str
    field_name: str
    signer: Any
    signing_time: datetime | None
    timestamp_time: datetime | None
    intact: bool
    valid: bool
    trusted: bool
    revoked: bool
    revocation_date: datetime | None
    trust_indic: str | None
    ts_ok: bool
    coverage: Coverage
    modification: Modification
    certification: int | None
    has_dss: bool
    signed_revision: int
    problems: tuple[str, ...] = ()


_COVERAGE = {
    SignatureCoverageLevel.ENTIRE_FILE: Coverage.WHOLE_FILE,
    SignatureCoverageLevel.ENTIRE_REVISION: Coverage.WHOLE_REVISION,
}


def _modification(status: Any) -> tuple[Modification, tuple[str, ...]]:
    if isinstance(status.diff_result, SuspiciousModification):
        return Modification.NOT_PERMITTED, (f"modification: {status.diff_result}",)
    if status.docmdp_ok is False:
        return Modification.NOT_PERMITTED, (
            "changes violate the signature's locks (DocMDP/FieldMDP)",
        )
    level = status.modification_level
    if level is None or level <= ModificationLevel.LTA_UPDATES:
        return Modification.NONE, ()
    return Modification.PERMITTED, ()


def _revocation_date(status: Any) -> datetime | None:
    details = getattr(status, "revocation_details", None)
    return None if details is None else details.revocation_date


def _dss_covers(dss: DssData, cert: Any) -> bool:
    """Whether the DSS holds revocation data for ``cert``: a CRL from its issuer or an OCSP
    response about its serial number (what makes the signature verifiable offline)."""
    if any(c.issuer == cert.issuer for c in dss.crls):
        return True
    for response in dss.ocsps:
        try:
            basic = response.basic_ocsp_response["tbs_response_data"]["responses"]
        except (KeyError, ValueError, TypeError):
            continue
        if any(r["cert_id"]["serial_number"].native == cert.serial_number for r in basic):
            return True
    return False


def _indic_name(indic: Any) -> str | None:
    return None if indic is None else str(indic.name)


def validate_one(
    emb: EmbeddedPdfSignature,
    *,
    sources: ValidationSources,
    dss: DssData,
    moment: datetime | None,
    revocation: str,
) -> RawResult:
    def make_vc() -> Any:
        return validation_context(
            sources,
            extra_certs=dss.certs + list(emb.other_embedded_certs),
            extra_crls=dss.crls,
            extra_ocsps=dss.ocsps,
            moment=moment,
            revocation=revocation,
        )

    is_doc_ts = emb.sig_object_type == "/DocTimeStamp"
    status: Any
    if is_doc_ts:
        vc = make_vc()
        status = run_closing(
            lambda: async_validate_pdf_timestamp(
                emb, validation_context=vc, diff_policy=DIFF_POLICY
            ),
            vc,
        )
    else:
        signer_vc, ts_vc = make_vc(), make_vc()
        status = run_closing(
            lambda: async_validate_pdf_signature(
                emb,
                signer_vc,
                ts_validation_context=ts_vc,
                key_usage_settings=_KEY_USAGE,
                diff_policy=DIFF_POLICY,
            ),
            signer_vc,
            ts_vc,
        )
    modification, problems = _modification(status)
    ts = None if is_doc_ts else status.timestamp_validity
    docmdp = None if is_doc_ts else emb.docmdp_level
    return RawResult(
        kind="document-timestamp" if is_doc_ts else "signature",
        field_name=str(emb.field_name),
        signer=cert_info(status.signing_cert),
        signing_time=None if is_doc_ts else status.signer_reported_dt,
        timestamp_time=status.timestamp if is_doc_ts else (ts.timestamp if ts else None),
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        revoked=bool(status.revoked),
        revocation_date=_revocation_date(status),
        trust_indic=_indic_name(status.trust_problem_indic),
        ts_ok=ts is None or bool(ts.valid and ts.intact and ts.trusted),
        coverage=_COVERAGE.get(status.coverage, Coverage.PARTIAL),
        modification=modification,
        certification=None if docmdp is None else int(docmdp.value),
        has_dss=_dss_covers(dss, status.signing_cert),
        signed_revision=int(emb.signed_revision),
        problems=problems,
    )


def broken_result(emb: EmbeddedPdfSignature, error: BaseException) -> RawResult:
    """A signature pyHanko could not even evaluate: a format failure."""
    try:
        name = str(emb.field_name)
        revision = int(emb.signed_revision)
    except (PdfError, *PARSER_FAILURES):
        name, revision = "?", -1
    return RawResult(
        kind="signature",
        field_name=name,
        signer=None,
        signing_time=None,
        timestamp_time=None,
        intact=False,
        valid=False,
        trusted=False,
        revoked=False,
        revocation_date=None,
        trust_indic="FORMAT_FAILURE",
        ts_ok=False,
        coverage=Coverage.PARTIAL,
        modification=Modification.NOT_PERMITTED,
        certification=None,
        has_dss=False,
        signed_revision=revision,
        problems=(f"cannot evaluate the signature: {error}",),
    )


def indication(raw: RawResult) -> tuple[Indication, str | None]:
    """ETSI EN 319 102-1 indication for a raw result."""
    if raw.trust_indic == "FORMAT_FAILURE" and raw.signer is None:
        return Indication.TOTAL_FAILED, "FORMAT_FAILURE"
    if not raw.intact:
        return Indication.TOTAL_FAILED, "HASH_FAILURE"
    if not raw.valid:
        return Indication.TOTAL_FAILED, "SIG_CRYPTO_FAILURE"
    if raw.coverage is Coverage.PARTIAL or raw.modification is Modification.NOT_PERMITTED:
        return Indication.TOTAL_FAILED, "FORMAT_FAILURE"
    if raw.revoked:
        proof = raw.timestamp_time or raw.signing_time
        if raw.revocation_date is None or proof is None or proof >= raw.revocation_date:
            return Indication.TOTAL_FAILED, "REVOKED"
        return Indication.INDETERMINATE, "REVOKED_NO_POE"
    if not raw.trusted:
        return Indication.INDETERMINATE, raw.trust_indic or "CERTIFICATE_CHAIN_GENERAL_FAILURE"
    if not raw.ts_ok:
        return Indication.INDETERMINATE, "TIMESTAMP_ORDER_FAILURE"
    return Indication.TOTAL_PASSED, None
