"""How the archive validates signatures: one settings object passed to pack, verify, renewal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import signing

__all__ = ["SignatureCheck"]


@dataclass(frozen=True)
class SignatureCheck:
    """Settings for re-validating the signatures of archived PDFs."""

    trust_roots: tuple[bytes, ...] = ()
    """Trusted root certificates (PEM or DER)."""
    revocation: signing.RevocationMode = signing.RevocationMode.SOFT
    """Hard, soft or off."""
    sources: signing.ValidationSources | None = None
    """Extra certificates, CRLs and OCSP responses; fetching only if they allow it."""
    at: datetime | None = None
    """Validation time; now when ``None``."""

    def verify(self, data: bytes) -> signing.VerificationReport:
        """Validate every signature in ``data``.

        Raises:
            signing.UnreadablePdf: not a readable PDF.
        """
        return signing.verify_pdf(
            data,
            trust_roots=self.trust_roots,
            at=self.at,
            revocation=self.revocation,
            sources=self.sources,
        )
