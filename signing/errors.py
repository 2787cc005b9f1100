"""Errors raised by :mod:`signing`: one root, one subclass per problem a caller can act on."""

from __future__ import annotations

__all__ = [
    "CertificateNotFound",
    "EncryptedPdf",
    "FieldError",
    "KeyNotFound",
    "PinIncorrect",
    "PinLocked",
    "SignerLoadError",
    "SigningError",
    "SigningFailed",
    "TimestampError",
    "TokenError",
    "TokenNotFound",
    "UnreadablePdf",
    "ValidationDataError",
]


class SigningError(Exception):
    """Root of every error raised by the signing library."""


class UnreadablePdf(SigningError):
    """The input is not a PDF this library can parse (malformed, truncated, hostile)."""


class EncryptedPdf(UnreadablePdf):
    """The PDF is encrypted; official documents are exchanged unencrypted."""


class SignerLoadError(SigningError):
    """A PKCS#12 file could not be opened (wrong passphrase, damaged file, no key)."""


class TokenError(SigningError):
    """A PKCS#11 module or token failed."""


class TokenNotFound(TokenError):
    """No token with the requested label is present (unplugged, wrong module)."""


class PinIncorrect(TokenError):
    """The PIN was refused.

    Attributes:
        retries_hint: ``"low"``, ``"final-try"`` or ``None`` when the token does not say.
    """

    def __init__(self, message: str, *, retries_hint: str | None = None) -> None:
        super().__init__(message)
        self.retries_hint = retries_hint


class PinLocked(TokenError):
    """The user PIN is locked; only the security officer can unlock the token."""


class CertificateNotFound(TokenError):
    """The token holds no certificate with the requested label or id."""


class KeyNotFound(TokenError):
    """The token holds the certificate but no private key with the same id."""


class TimestampError(SigningError):
    """The time-stamping authority could not be reached or returned an unusable token."""


class ValidationDataError(SigningError):
    """Revocation data needed for B-LT could not be gathered (OCSP/CRL unreachable)."""


class FieldError(SigningError):
    """A form or signature field is missing, already filled, or locked."""


class SigningFailed(SigningError):
    """Signing failed for a reason not covered by a more specific error."""
