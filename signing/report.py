"""Validation reports: one :class:`SignatureReport` per signature, ETSI EN 319 102-1 terms."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from signing.keys import CertificateInfo

__all__ = [
    "Coverage",
    "Indication",
    "Modification",
    "PlainStatus",
    "SignatureReport",
    "Verdict",
    "VerificationReport",
]


class Indication(enum.StrEnum):
    """ETSI EN 319 102-1 main indication."""

    TOTAL_PASSED = "TOTAL-PASSED"
    TOTAL_FAILED = "TOTAL-FAILED"
    INDETERMINATE = "INDETERMINATE"


class Modification(enum.StrEnum):
    """What happened to the document after this signature."""

    NONE = "none"
    """Nothing, or only validation data and document time stamps (PAdES B-LT/B-LTA upkeep)."""
    PERMITTED = "permitted"
    """Form filling, further signatures or annotations the signature's locks allow."""
    NOT_PERMITTED = "not-permitted"
    """Changes the signature's DocMDP/FieldMDP rules forbid, or that cannot be analysed."""


class Coverage(enum.StrEnum):
    """How much of the file the signature's byte range covers."""

    WHOLE_FILE = "whole-file"
    WHOLE_REVISION = "whole-revision"
    """Everything up to the signature's own revision; later incremental updates exist."""
    PARTIAL = "partial"
    """Unclear or disconnected byte range: a red flag."""


class PlainStatus(enum.StrEnum):
    """The status shown to people, in Vietnamese."""

    VALID = "hợp lệ"
    VALID_WITH_WARNINGS = "hợp lệ có cảnh báo"
    INVALID = "không hợp lệ"
    UNKNOWN = "không xác định"


class Verdict(enum.StrEnum):
    """Overall judgement on a file."""

    VALID = "valid"
    INVALID = "invalid"
    INDETERMINATE = "indeterminate"
    NO_SIGNATURE = "no-signature"


@dataclass(frozen=True)
class SignatureReport:
    """The validation result of one signature or document time stamp."""

    field_name: str
    """Signature field name (``LeaderSignature``, ``AgencySeal``…)."""

    kind: str
    """``"signature"`` or ``"document-timestamp"``."""

    signer: CertificateInfo | None
    """Signing certificate (the TSA's for a document time stamp); ``None`` if unreadable."""

    signing_time: datetime | None
    """Signing time claimed by the signer (not trustworthy on its own)."""

    timestamp_time: datetime | None
    """Time certified by a TSA: the signature time stamp, or the document time stamp's time."""

    level: str | None
    """PAdES level reached: ``B-B``, ``B-T``, ``B-LT`` or ``B-LTA``; ``None`` for time stamps."""

    indication: Indication
    """ETSI main indication."""

    sub_indication: str | None
    """ETSI sub-indication (``HASH_FAILURE``, ``REVOKED``, ``NO_CERTIFICATE_CHAIN_FOUND``…)."""

    intact: bool
    """The signed bytes hash to the signed digest."""

    valid: bool
    """The cryptographic signature verifies."""

    trusted: bool
    """A certificate path to a trust root validated (revocation as configured)."""

    revoked: bool
    """The signing certificate is revoked."""

    coverage: Coverage
    """Byte-range coverage."""

    modification: Modification
    """Changes after signing."""

    certification: int | None
    """DocMDP level (1–3) if this is a certification signature."""

    status: PlainStatus
    """Status for people."""

    warnings: tuple[str, ...] = ()
    """Why the status is only "with warnings", or details of a failure."""

    @property
    def covers_whole_document(self) -> bool:
        """True when nothing but permitted changes lie outside the signed bytes."""
        return (
            self.coverage is not Coverage.PARTIAL
            and self.modification is not Modification.NOT_PERMITTED
        )

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict (the ``phigiay-sign verify --json`` item shape)."""
        signer = self.signer
        return {
            "field": self.field_name,
            "kind": self.kind,
            "indication": self.indication.value,
            "sub_indication": self.sub_indication,
            "intact": self.intact,
            "valid": self.valid,
            "trusted": self.trusted,
            "revoked": self.revoked,
            "coverage": self.coverage.value,
            "covers_whole_document": self.covers_whole_document,
            "modification": self.modification.value,
            "certification": self.certification,
            "signer": None
            if signer is None
            else {
                "name": signer.subject_name,
                "organisation": signer.organisation,
                "serial": signer.serial,
                "issuer": signer.issuer,
                "sha256": signer.sha256,
            },
            "signing_time": _iso(self.signing_time),
            "timestamp_time": _iso(self.timestamp_time),
            "level": self.level,
            "status": self.status.value,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class VerificationReport:
    """The validation result of a whole file."""

    signatures: tuple[SignatureReport, ...]
    """Every signature and document time stamp, in file order."""

    validation_time: datetime
    """The "as of" time the validation used."""

    @property
    def verdict(self) -> Verdict:
        """``valid`` only if there is at least one signature and all passed."""
        if not self.signatures:
            return Verdict.NO_SIGNATURE
        indications = {s.indication for s in self.signatures}
        if Indication.TOTAL_FAILED in indications:
            return Verdict.INVALID
        if Indication.INDETERMINATE in indications:
            return Verdict.INDETERMINATE
        return Verdict.VALID

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict: ``verdict``, ``validation_time`` and ``signatures``."""
        return {
            "verdict": self.verdict.value,
            "validation_time": _iso(self.validation_time),
            "signatures": [s.to_json() for s in self.signatures],
        }


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()
