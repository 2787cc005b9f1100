"""The leader's signing identity: a certificate on a PKCS#11 token (module, token label and the
certificate's id) or a PKCS#12 file. The choice is remembered in the settings; PINs and
passphrases never are."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from asn1crypto import x509

import signing
from desktop.settings import (
    SIGNING_KEY_ID,
    SIGNING_PKCS12,
    SIGNING_SOURCE,
    SIGNING_TOKEN,
    TOKEN_MODULE,
    Settings,
)
from desktop.signing.errors import NoIdentity


class KeySource(enum.StrEnum):
    """Where the private key is."""

    TOKEN = "token"
    PKCS12 = "pkcs12"


@dataclass(frozen=True)
class SigningIdentity:
    """Which key signs; enough to open it again with the PIN or passphrase."""

    source: KeySource
    """Token or file."""
    module: str = ""
    """The PKCS#11 library (tokens)."""
    token_label: str = ""
    """The token's label (tokens)."""
    key_id: str = ""
    """CKA_ID (hex) of the certificate and its key (tokens)."""
    pkcs12_path: str = ""
    """The PKCS#12 file (files)."""

    @property
    def complete(self) -> bool:
        """Whether a key is fully designated."""
        if self.source is KeySource.TOKEN:
            return bool(self.module and self.token_label and self.key_id)
        return bool(self.pkcs12_path)

    @classmethod
    def from_settings(cls, settings: Settings) -> SigningIdentity:
        """The remembered choice (possibly incomplete)."""
        return cls(KeySource(settings.get(SIGNING_SOURCE)), settings.get(TOKEN_MODULE),
                   settings.get(SIGNING_TOKEN), settings.get(SIGNING_KEY_ID),
                   settings.get(SIGNING_PKCS12))

    def save(self, settings: Settings) -> None:
        """Remember the choice (a token module equal to IT's machine-wide one is not stored, so
        the user follows IT's later changes)."""
        settings.set(SIGNING_SOURCE, self.source.value)
        if self.source is KeySource.TOKEN:
            settings.set(TOKEN_MODULE, self.module)
            settings.set(SIGNING_TOKEN, self.token_label)
            settings.set(SIGNING_KEY_ID, self.key_id)
        else:
            settings.set(SIGNING_PKCS12, self.pkcs12_path)


@dataclass(frozen=True)
class TokenChoice:
    """One certificate on one token, as the sign dialog lists it."""

    token: signing.TokenInfo
    certificate: signing.TokenCertificate

    @property
    def is_personal(self) -> bool:
        """Not a CA certificate the token carries for the chain (those are never chosen)."""
        return not x509.Certificate.load(self.certificate.certificate.der).ca


def discover(module: str) -> list[TokenChoice]:
    """Every token of ``module`` with its certificates, personal ones first (blocks; the
    library bounds a wedged token to 30 s).

    Raises:
        TokenError: the module cannot be loaded or does not answer.
    """
    choices = [TokenChoice(token, cert) for token in signing.list_tokens(module)
               for cert in token.certificates]
    return [c for c in choices if c.is_personal] + [c for c in choices if not c.is_personal]


class OpenedKey:
    """A key ready to sign and what must be closed after (the token session)."""

    def __init__(self, key: signing.SigningKey, session: signing.TokenSession | None) -> None:
        self.key = key
        self._session = session

    def close(self) -> None:
        """Log out of the token (no-op for a file)."""
        if self._session is not None:
            self._session.close()

    def __enter__(self) -> OpenedKey:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def open_identity(identity: SigningIdentity, secret: str) -> OpenedKey:
    """Open the key with the PIN (token) or passphrase (file): one login for a whole batch.

    Raises:
        NoIdentity: nothing is chosen.
        signing.PinIncorrect, signing.PinLocked, signing.TokenNotFound, signing.TokenError,
        signing.CertificateNotFound, signing.KeyNotFound, signing.SignerLoadError, OSError.
    """
    if not identity.complete:
        raise NoIdentity("choose a certificate on a token or a PKCS#12 file")
    if identity.source is KeySource.PKCS12:
        data = Path(identity.pkcs12_path).read_bytes()
        return OpenedKey(signing.load_pkcs12(data, secret or None), None)
    session = signing.open_token(identity.module, token_label=identity.token_label, pin=secret)
    try:
        return OpenedKey(session.key(key_id=identity.key_id), session)
    except BaseException:
        session.close()
        raise
