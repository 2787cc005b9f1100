"""Signing keys: PKCS#12 files and PKCS#11 tokens (USB tokens of leaders, the agency HSM).

A :class:`SigningKey` is what :func:`signing.sign_pdf` needs. Get one from :func:`load_pkcs12`,
or open a :class:`TokenSession` with :func:`open_token` and ask it for the key behind a
certificate: the key is matched to the certificate by CKA_ID, as real Vietnamese tokens (GCA-01,
Viettel-CA, VNPT-CA) label keys inconsistently but keep ids paired.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = [
    "CertificateInfo",
    "PinStatus",
    "SigningKey",
    "TokenCertificate",
    "TokenInfo",
    "TokenSession",
    "list_tokens",
    "load_pkcs12",
    "open_token",
]


@dataclass(frozen=True)
class CertificateInfo:
    """The facts about a certificate that people and audit logs need."""

    subject_name: str
    """Common name of the holder (``Nguyễn Văn An``, ``Văn phòng Chính phủ``)."""

    organisation: str | None
    """Organisation name from the subject, if present."""

    serial: str
    """Serial number, upper-case hexadecimal."""

    issuer: str
    """Issuer's common name."""

    not_before: datetime
    """Start of validity (UTC)."""

    not_after: datetime
    """End of validity (UTC)."""

    sha256: str
    """SHA-256 fingerprint of the DER encoding, lower-case hex; binds a certificate to a user."""

    der: bytes
    """The certificate itself, DER-encoded."""


class SigningKey:
    """A private key with its certificate and chain, ready to sign.

    Opaque on purpose: it wraps a pyHanko signer, and callers should not depend on that.
    """

    def __init__(self, backend: Any, certificate: CertificateInfo) -> None:
        self._backend = backend
        self.certificate = certificate
        """The signing certificate."""

    def __repr__(self) -> str:
        return f"SigningKey({self.certificate.subject_name!r}, serial={self.certificate.serial})"


class PinStatus(enum.StrEnum):
    """What the token says about its user PIN (CKF_USER_PIN_* flags)."""

    OK = "ok"
    COUNT_LOW = "low"
    """A wrong PIN was entered since the last successful login."""
    FINAL_TRY = "final-try"
    """One more wrong PIN locks the token."""
    LOCKED = "locked"
    """The PIN is locked; the security officer must unlock it."""


@dataclass(frozen=True)
class TokenCertificate:
    """A certificate object found on a token."""

    label: str
    """CKA_LABEL of the certificate object."""

    key_id: str
    """CKA_ID, hex; the private key carries the same id."""

    certificate: CertificateInfo
    """The certificate."""


@dataclass(frozen=True)
class TokenInfo:
    """One slot of a PKCS#11 module, with the token in it."""

    slot_id: int
    """Slot id as the module reports it."""

    slot_description: str
    """Slot description."""

    label: str
    """Token label."""

    manufacturer: str
    """Token manufacturer."""

    model: str
    """Token model."""

    serial: str
    """Token serial number."""

    pin_status: PinStatus
    """User PIN state (retries left as far as the token reports it)."""

    certificates: tuple[TokenCertificate, ...]
    """Certificates readable without login."""


def load_pkcs12(source: Path | str | bytes, passphrase: str | bytes | None = None) -> SigningKey:
    """Open a PKCS#12 (.p12/.pfx) file or its bytes.

    Raises:
        SignerLoadError: wrong passphrase, damaged file, or no key inside.
    """
    from signing import _keys  # imported late: it needs the types defined here

    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    secret = passphrase.encode() if isinstance(passphrase, str) else passphrase
    backend, cert = _keys.load_pkcs12(data, secret)
    return SigningKey(backend, cert)


def list_tokens(module: Path | str) -> list[TokenInfo]:
    """List the slots with a token present, their PIN state and their certificates.

    Raises:
        TokenError: the module cannot be loaded, or does not answer within 30 s.
    """
    from signing import _keys

    return _keys.bounded(lambda: _keys.list_tokens(str(module)), "list tokens")


class TokenSession:
    """A logged-in session on one token; close it (or use ``with``) to log out.

    One session serves many signatures: batch signing enters the PIN once.
    """

    def __init__(self, module: str, token_label: str, pin: str | None) -> None:
        from signing import _keys

        self._session = _keys.bounded(
            lambda: _keys.open_session(module, token_label, pin), "log in"
        )
        self.token_label = token_label
        """Label of the token this session is open on."""

    def key(self, *, cert_label: str | None = None, key_id: str | None = None) -> SigningKey:
        """The key for a certificate on the token, chosen by certificate label or by id (hex).

        Raises:
            CertificateNotFound: no such certificate.
            KeyNotFound: the certificate has no private key with the same id.
        """
        from signing import _keys

        backend, cert = _keys.token_key(self._session, cert_label=cert_label, key_id=key_id)
        return SigningKey(backend, cert)

    def close(self) -> None:
        """Log out and close the session; safe to call twice."""
        from signing import _keys

        _keys.close_session(self._session)

    def __enter__(self) -> TokenSession:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_token(module: Path | str, *, token_label: str, pin: str | None) -> TokenSession:
    """Log in to the token with ``token_label`` in a PKCS#11 module.

    The PIN state is checked before logging in, so a locked token is reported without spending a
    try.

    Raises:
        TokenNotFound: no token with that label is plugged in.
        PinLocked: the user PIN is locked.
        PinIncorrect: the PIN was refused (``retries_hint`` says how close to locking).
        TokenError: any other module failure, or no answer within 30 s.
    """
    return TokenSession(str(module), token_label, pin)
