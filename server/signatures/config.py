"""The signature set-up of one server process: trust, the seal, and whether issuance needs it."""

from __future__ import annotations

from dataclasses import dataclass

from server.core.settings import Settings
from server.signatures.seal import AgencySeal, seal_from_settings
from server.signatures.trust import TrustConfig


@dataclass(frozen=True)
class SignatureSetup:
    """Built once by :class:`server.core.context.AppContext`, passed to the services."""

    trust: TrustConfig
    seal: AgencySeal | None = None
    seal_required: bool = True

    @classmethod
    def from_settings(cls, settings: Settings) -> SignatureSetup:
        """Read trust roots and the seal configuration (the seal key opens on first use)."""
        trust = TrustConfig.from_settings(settings)
        return cls(trust=trust, seal=seal_from_settings(settings, trust),
                   seal_required=settings.seal_required)

    def close(self) -> None:
        """Release the seal token session."""
        if self.seal is not None:
            self.seal.close()
