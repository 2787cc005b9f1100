"""Signature validation reports as the server gives them (``POST /signatures/verify`` and the
report stored with a signed version): ETSI EN 319 102-1 terms, one item per signature."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.api.models import parse_time


def _opt_time(data: dict[str, Any], key: str) -> datetime | None:
    value = data.get(key)
    return None if value in (None, "") else parse_time(value)


def _opt(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return None if value in (None, "") else str(value)


@dataclass(frozen=True)
class SignerCertificate:
    """Who signed: the facts of the signing certificate."""

    name: str
    organisation: str | None
    serial: str
    issuer: str
    sha256: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SignerCertificate:
        """Read the API shape."""
        return cls(str(data["name"]), _opt(data, "organisation"), str(data["serial"]),
                   str(data["issuer"]), str(data["sha256"]))


@dataclass(frozen=True)
class SignatureCheck:
    """The validation result of one signature or document time stamp."""

    field: str
    kind: str
    """``signature`` or ``document-timestamp``."""
    indication: str
    """``TOTAL-PASSED``, ``TOTAL-FAILED`` or ``INDETERMINATE``."""
    sub_indication: str | None
    status: str
    """Plain status in Vietnamese as the signing library words it (``hợp lệ``…)."""
    modification: str
    """``none``, ``permitted`` or ``not-permitted``."""
    level: str | None
    signer: SignerCertificate | None
    signing_time: datetime | None
    timestamp_time: datetime | None
    certification: int | None
    warnings: tuple[str, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SignatureCheck:
        """Read the API shape."""
        signer = data.get("signer")
        certification = data.get("certification")
        return cls(
            field=str(data["field"]), kind=str(data["kind"]),
            indication=str(data["indication"]), sub_indication=_opt(data, "sub_indication"),
            status=str(data["status"]), modification=str(data["modification"]),
            level=_opt(data, "level"),
            signer=SignerCertificate.from_json(signer) if isinstance(signer, dict) else None,
            signing_time=_opt_time(data, "signing_time"),
            timestamp_time=_opt_time(data, "timestamp_time"),
            certification=None if certification is None else int(certification),
            warnings=tuple(str(w) for w in data.get("warnings") or ()),
        )


@dataclass(frozen=True)
class SignaturesReport:
    """A file's validation report."""

    verdict: str
    """``valid``, ``invalid``, ``indeterminate`` or ``no-signature``."""
    validation_time: datetime
    signatures: tuple[SignatureCheck, ...]
    stored_at: datetime | None = None
    """When the server stored it with a version (``None`` for a fresh validation)."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SignaturesReport:
        """Read the API shape (fresh or stored)."""
        return cls(str(data["verdict"]), parse_time(data["validation_time"]),
                   tuple(SignatureCheck.from_json(item) for item in data["signatures"]),
                   _opt_time(data, "stored_at"))
