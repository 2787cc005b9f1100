"""What the server validates signatures against, read once from the settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from server.core.settings import Settings
from signing import RevocationMode, ValidationSources, VerificationReport, verify_pdf


@dataclass(frozen=True)
class TrustConfig:
    """The agency's trust roots and revocation policy."""

    trust_roots: tuple[bytes, ...] = ()
    """PEM bundle(s) of trusted roots."""

    revocation: RevocationMode = RevocationMode.SOFT
    """Hard, soft or off."""

    allow_fetching: bool = False
    """Whether OCSP/CRL may be fetched over the network."""

    @classmethod
    def from_settings(cls, settings: Settings) -> TrustConfig:
        """Read the PEM bundle the settings name (a missing file is a start-up error)."""
        roots = (settings.trust_roots.read_bytes(),) if settings.trust_roots else ()
        return cls(trust_roots=roots, revocation=RevocationMode(settings.revocation),
                   allow_fetching=settings.revocation_fetch)

    @property
    def sources(self) -> ValidationSources:
        """Validation sources for signing with validation data (B-LT seal)."""
        return ValidationSources(trust_roots=self.trust_roots, allow_fetching=self.allow_fetching)

    def verify(self, data: bytes, *, at: datetime | None = None,
               offline: bool = False) -> VerificationReport:
        """Validate every signature of a PDF with this configuration (``offline``: never fetch,
        whatever the configuration says).

        Raises:
            UnreadablePdf: the file is not a readable, unencrypted PDF.
        """
        return verify_pdf(data, trust_roots=self.trust_roots, at=at, revocation=self.revocation,
                          sources=ValidationSources(
                              allow_fetching=self.allow_fetching and not offline))
