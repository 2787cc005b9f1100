"""The agency's signing level for leaders, and the signature options of one document.

Decision (issue #5): leaders sign at **B-LT from the client** whenever the agency configures a
time-stamping authority. The signature then carries its own time stamp, chain and revocation
data (fetched from the certificate's OCSP/CRL addresses, the CA's own sources), so it stays
verifiable offline under the agency seal and after the certificate expires; a B-B signature
under the seal is only indeterminate offline. Without a TSA the client signs B-B, as before.
"""

from __future__ import annotations

from dataclasses import dataclass

import signing
from desktop.api.documents import DocumentSummary
from desktop.settings import SIGNING_LEVEL, TSA_URL, Settings
from desktop.signing.errors import NoTimestampAuthority
from signing.outgoing import issuance_fields, leader_options

TSA_TIMEOUT = 15.0
"""Seconds to wait for the time-stamping authority."""


@dataclass(frozen=True)
class SigningProfile:
    """Level and time-stamping authority of leaders' signatures."""

    level: signing.PadesLevel = signing.PadesLevel.B_B
    """PAdES level to reach."""
    tsa_url: str = ""
    """The TSA ('' for none)."""

    @classmethod
    def from_settings(cls, settings: Settings) -> SigningProfile:
        """The configured level; by default B-LT when a TSA is configured, else B-B."""
        tsa_url = settings.get(TSA_URL).strip()
        chosen = settings.get(SIGNING_LEVEL)
        if chosen:
            level = signing.PadesLevel(chosen)
        else:
            level = signing.PadesLevel.B_LT if tsa_url else signing.PadesLevel.B_B
        return cls(level, tsa_url)

    def check(self) -> None:
        """Refuse a level that cannot be reached.

        Raises:
            NoTimestampAuthority: B-T or above without a TSA.
        """
        if self.level.needs_timestamp and not self.tsa_url:
            raise NoTimestampAuthority(self.level.value)

    def leader_options(self, pdf: bytes, block: signing.SignatureBlock | None
                       ) -> signing.SignOptions:
        """Options for the leader's certification signature of ``pdf``: every field locked
        except the document's own issuance fields, at this profile's level."""
        self.check()
        timestamp = (signing.TimestampSource.http(self.tsa_url, timeout=TSA_TIMEOUT)
                     if self.level.needs_timestamp else None)
        long_term = self.level in (signing.PadesLevel.B_LT, signing.PadesLevel.B_LTA)
        return leader_options(
            open_fields=issuance_fields(pdf), appearance=block, level=self.level,
            timestamp=timestamp,
            validation=signing.ValidationSources(allow_fetching=long_term))


def position_lines(document: DocumentSummary) -> str:
    """The position line(s) above the signature, upper case as the decree prints them.

    ``KT. BỘ TRƯỞNG`` + ``Thứ trưởng`` gives two lines; a bare authority prefix (``KT.``) with no
    office after it is left out, as it would print an incomplete line.
    """
    lines = []
    authority = (document.signer_authority or "").strip()
    if len(authority.split()) > 1:
        lines.append(authority.upper())
    if document.signer_position:
        lines.append(document.signer_position.strip().upper())
    return "\n".join(lines)


def signature_block(document: DocumentSummary, fallback_name: str,
                    image: bytes | None) -> signing.SignatureBlock:
    """The official appearance of the leader's signature on ``document``."""
    return signing.SignatureBlock(position_lines(document),
                                  document.signer_name or fallback_name, image)
