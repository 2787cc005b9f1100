"""Why the client refuses to sign before any key is used (the library's own errors —
wrong PIN, locked token, revoked certificate — come from :mod:`signing.errors`)."""

from __future__ import annotations

from datetime import datetime


class SigningSetupError(Exception):
    """Root of the client-side refusals."""


class NoIdentity(SigningSetupError):
    """No token certificate or PKCS#12 file was chosen."""


class NoTimestampAuthority(SigningSetupError):
    """The configured level needs a time-stamping authority and none is configured."""

    def __init__(self, level: str) -> None:
        super().__init__(f"level {level} needs a time-stamping authority (signing/tsa_url)")
        self.level = level


class CertificateOutOfValidity(SigningSetupError):
    """The certificate has expired or is not valid yet."""

    def __init__(self, subject: str, not_before: datetime, not_after: datetime, *,
                 expired: bool) -> None:
        state = "expired" if expired else "not valid yet"
        super().__init__(f"the certificate of {subject} is {state}")
        self.subject, self.not_before, self.not_after = subject, not_before, not_after
        self.expired = expired


class CertificateNotBound(SigningSetupError):
    """The certificate is not one the server attributes to the signed-in leader."""

    def __init__(self, subject: str, serial: str) -> None:
        super().__init__(f"the certificate of {subject} (serial {serial}) is not bound to you")
        self.subject, self.serial = subject, serial
