"""The leader's side of signing, without Qt: which key signs (a token certificate or a PKCS#12
file, remembered in the settings), the agency's level and time stamps, the appearance preview,
and signing documents of the server one by one or as a batch on one token session.

Private keys never leave this machine: the server receives only the signed PDF.
"""

from desktop.signing.errors import (
    CertificateNotBound,
    CertificateOutOfValidity,
    NoIdentity,
    NoTimestampAuthority,
    SigningSetupError,
)
from desktop.signing.flow import DocumentResult, LeaderSigner
from desktop.signing.identity import KeySource, OpenedKey, SigningIdentity, open_identity
from desktop.signing.profile import SigningProfile

__all__ = [
    "CertificateNotBound",
    "CertificateOutOfValidity",
    "DocumentResult",
    "KeySource",
    "LeaderSigner",
    "NoIdentity",
    "NoTimestampAuthority",
    "OpenedKey",
    "SigningIdentity",
    "SigningProfile",
    "SigningSetupError",
    "open_identity",
]
