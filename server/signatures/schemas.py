"""API shapes of signature reports (the items of ``phigiay-sign verify --json``)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class SignerOut(BaseModel):
    """The signing certificate."""

    name: str
    organisation: str | None
    serial: str
    issuer: str
    sha256: str


class SignatureOut(BaseModel):
    """One signature or document time stamp, ETSI EN 319 102-1 terms."""

    field: str
    kind: str
    indication: str
    sub_indication: str | None
    intact: bool
    valid: bool
    trusted: bool
    revoked: bool
    coverage: str
    covers_whole_document: bool
    modification: str
    certification: int | None
    signer: SignerOut | None
    signing_time: datetime | None
    timestamp_time: datetime | None
    level: str | None
    status: str
    warnings: list[str]


class ReportOut(BaseModel):
    """A file's validation report: ``valid``, ``invalid``, ``indeterminate`` or
    ``no-signature``."""

    verdict: str
    validation_time: datetime
    signatures: list[SignatureOut]


class VersionReportOut(ReportOut):
    """The report stored with a signed version when it was accepted or issued."""

    document_id: int
    version_no: int
    step: str
    signer_user_id: int | None
    stored_at: datetime
