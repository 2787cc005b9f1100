"""The agency seal key: a PKCS#11 HSM token (or a PKCS#12 file), opened once per process.

One token session serves every issuance; signing is serialised with a lock because a PKCS#11
session must not be used by two threads at once. A failed session (HSM restarted, token
re-inserted) is closed and opened again once before the error reaches the clerk.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from server.core.settings import Settings
from server.signatures.errors import SealUnavailable
from server.signatures.trust import TrustConfig
from signing import (
    PadesLevel,
    SealBlock,
    SigningError,
    SigningKey,
    TimestampSource,
    TokenError,
    TokenSession,
    apply_seal,
    key_certificates,
    load_pkcs12,
    open_token,
    sign_bytes,
)
from signing.outgoing import seal_options

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class SealKeySpec:
    """Where the seal key is: a PKCS#11 token or a PKCS#12 file (never both)."""

    pkcs11_module: Path | None = None
    token_label: str | None = None
    key_label: str | None = None
    key_id: str | None = None
    pin: str | None = None
    pkcs12: Path | None = None
    pkcs12_passphrase: str | None = None

    @property
    def configured(self) -> bool:
        """Whether any seal key is configured."""
        return self.pkcs11_module is not None or self.pkcs12 is not None

    def check(self) -> None:
        """Refuse an incomplete or ambiguous configuration at start-up.

        Raises:
            ValueError: both kinds, or a token without a label or key.
        """
        if self.pkcs11_module is not None and self.pkcs12 is not None:
            raise ValueError("configure the seal with PKCS#11 or with PKCS#12, not both")
        if self.pkcs11_module is not None and (
            not self.token_label or not (self.key_label or self.key_id)
        ):
            raise ValueError("a PKCS#11 seal needs PHIGIAY_SEAL_TOKEN_LABEL and "
                             "PHIGIAY_SEAL_KEY_LABEL or PHIGIAY_SEAL_KEY_ID")


class AgencySeal:
    """Applies the agency seal signature; thread-safe, the key opened on first use."""

    def __init__(self, spec: SealKeySpec, *, level: PadesLevel, trust: TrustConfig,
                 tsa_url: str | None = None, image: bytes | None = None) -> None:
        spec.check()
        if level.needs_timestamp and not tsa_url:
            raise ValueError(f"seal level {level} needs PHIGIAY_TSA_URL")
        self.spec, self.level, self.trust, self.image = spec, level, trust, image
        self._timestamp = TimestampSource.http(tsa_url) if tsa_url else None
        self._lock = threading.Lock()
        self._session: TokenSession | None = None
        self._key: SigningKey | None = None

    def _open(self) -> SigningKey:
        spec = self.spec
        if spec.pkcs12 is not None:
            return load_pkcs12(spec.pkcs12, spec.pkcs12_passphrase)
        assert spec.pkcs11_module is not None and spec.token_label is not None
        self._session = open_token(spec.pkcs11_module, token_label=spec.token_label,
                                   pin=spec.pin)
        return self._session.key(cert_label=spec.key_label, key_id=spec.key_id)

    def _reset(self) -> None:
        if self._session is not None:
            try:
                self._session.close()
            except SigningError:
                log.warning("closing the seal token session failed", exc_info=True)
        self._session, self._key = None, None

    def _with_key(self, action: Callable[[SigningKey], T]) -> T:
        for attempt in (1, 2):
            try:
                if self._key is None:
                    self._key = self._open()
                return action(self._key)
            except TokenError as exc:
                self._reset()
                if attempt == 2:
                    raise SealUnavailable(f"the seal token failed: {exc}") from exc
                log.warning("seal token failed, opening it again: %s", exc)
            except SigningError as exc:
                raise SealUnavailable(f"the seal could not be applied: {exc}") from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def seal(self, data: bytes, *, agency_name: str, reason: str) -> bytes:
        """Sign ``data`` on the ``AgencySeal`` field (created invisible when missing).

        Raises:
            SealUnavailable: the token, key, PIN or TSA failed.
        """
        appearance = SealBlock(agency_name=agency_name, seal_image=self.image) if self.image \
            else None
        options = seal_options(appearance=appearance, level=self.level,
                               timestamp=self._timestamp, validation=self.trust.sources,
                               reason=reason)
        with self._lock:
            return self._with_key(lambda key: apply_seal(data, key, options))

    def sign_bytes(self, data: bytes) -> bytes:
        """Raw SHA-256 signature of ``data`` with the seal key (XML-DSig of edXML envelopes).

        Raises:
            SealUnavailable: the token, key or PIN failed.
        """
        with self._lock:
            return self._with_key(lambda key: sign_bytes(key, data))

    def certificates_der(self) -> tuple[bytes, ...]:
        """The seal certificate then its CA chain as the key carries it, DER-encoded (opens the
        key on first use).

        Raises:
            SealUnavailable: the token, key or PIN failed.
        """
        with self._lock:
            return self._with_key(key_certificates)

    @property
    def certificate_sha256(self) -> str | None:
        """Fingerprint of the seal certificate once the key was opened."""
        return None if self._key is None else self._key.certificate.sha256

    def close(self) -> None:
        """Log out of the token (at shutdown)."""
        with self._lock:
            self._reset()


def seal_from_settings(settings: Settings, trust: TrustConfig) -> AgencySeal | None:
    """The configured seal, or ``None`` when the settings configure none.

    Raises:
        ValueError: an incomplete or contradictory seal configuration.
        OSError: the seal image cannot be read.
    """
    spec = SealKeySpec(
        pkcs11_module=settings.seal_pkcs11_module, token_label=settings.seal_token_label,
        key_label=settings.seal_key_label, key_id=settings.seal_key_id,
        pin=settings.seal_pin.get_secret_value() if settings.seal_pin else None,
        pkcs12=settings.seal_pkcs12,
        pkcs12_passphrase=(settings.seal_pkcs12_passphrase.get_secret_value()
                           if settings.seal_pkcs12_passphrase else None),
    )
    if not spec.configured:
        return None
    if settings.seal_level:
        level = PadesLevel(settings.seal_level)
    elif settings.tsa_url:
        level = PadesLevel.B_LT if settings.revocation_fetch else PadesLevel.B_T
    else:
        level = PadesLevel.B_B
    if level in (PadesLevel.B_LT, PadesLevel.B_LTA) and not settings.revocation_fetch:
        raise ValueError(f"seal level {level} embeds revocation data: it needs "
                         "PHIGIAY_REVOCATION_FETCH=true")
    image = settings.seal_image.read_bytes() if settings.seal_image else None
    return AgencySeal(spec, level=level, trust=trust, tsa_url=settings.tsa_url, image=image)
