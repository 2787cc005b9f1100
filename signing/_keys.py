"""pyHanko and python-pkcs11 calls behind :mod:`signing.keys`."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import pkcs11
from asn1crypto import x509
from pkcs11 import Attribute, ObjectClass, TokenFlag
from pkcs11 import exceptions as p11e
from pyhanko.config.pkcs11 import TokenCriteria
from pyhanko.keys import load_certs_from_pemder_data
from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session
from pyhanko.sign.signers.pdf_cms import SimpleSigner

from signing import errors
from signing._certs import cert_info
from signing.keys import CertificateInfo, PinStatus, TokenCertificate, TokenInfo

logger = logging.getLogger(__name__)

T = TypeVar("T")

TOKEN_TIMEOUT = 30.0
"""Seconds to wait for a token to answer before giving up (a wedged USB token or driver)."""


def bounded(fn: Callable[[], T], what: str, timeout: float = TOKEN_TIMEOUT) -> T:
    """Run a PKCS#11 call on a daemon thread and stop waiting after ``timeout`` seconds.

    A C call cannot be cancelled; if the token never answers, the thread is abandoned and the
    caller gets a :class:`TokenError` instead of a frozen application.
    """
    box: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)

    def run() -> None:
        try:
            box.put((True, fn()))
        except BaseException as e:  # handed to the caller's thread below
            box.put((False, e))

    threading.Thread(target=run, name=f"pkcs11-{what}", daemon=True).start()
    try:
        ok, value = box.get(timeout=timeout)
    except queue.Empty:
        raise errors.TokenError(
            f"the token did not answer within {timeout:.0f} s ({what})"
        ) from None
    if not ok:
        raise value
    return value  # type: ignore[no-any-return]


def load_pkcs12(data: bytes, passphrase: bytes | None) -> tuple[Any, CertificateInfo]:
    try:
        signer = SimpleSigner.load_pkcs12_data(data, other_certs=(), passphrase=passphrase)
    except (ValueError, TypeError) as e:
        raise errors.SignerLoadError(f"cannot open PKCS#12 file: {e}") from e
    if signer is None or signer.signing_cert is None:
        raise errors.SignerLoadError("PKCS#12 file holds no key and certificate")
    return signer, cert_info(signer.signing_cert)


def _lib(module: str) -> Any:
    try:
        return pkcs11.lib(module)
    except (RuntimeError, OSError, p11e.PKCS11Error) as e:
        raise errors.TokenError(f"cannot load PKCS#11 module {module}: {e}") from e


def pin_status(flags: int) -> PinStatus:
    """Map CKF_USER_PIN_* token flags to a :class:`PinStatus`, most severe first."""
    if flags & TokenFlag.USER_PIN_LOCKED:
        return PinStatus.LOCKED
    if flags & TokenFlag.USER_PIN_FINAL_TRY:
        return PinStatus.FINAL_TRY
    if flags & TokenFlag.USER_PIN_COUNT_LOW:
        return PinStatus.COUNT_LOW
    return PinStatus.OK


def _certificates(session: Any) -> tuple[TokenCertificate, ...]:
    found = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        try:
            cert = x509.Certificate.load(obj[Attribute.VALUE])
            key_id = bytes(obj[Attribute.ID]).hex()
            label = str(obj[Attribute.LABEL])
        except (p11e.PKCS11Error, ValueError) as e:
            logger.warning("skipping unreadable certificate object: %s", e)
            continue
        found.append(TokenCertificate(label=label, key_id=key_id, certificate=cert_info(cert)))
    return tuple(found)


def list_tokens(module: str) -> list[TokenInfo]:
    lib = _lib(module)
    result = []
    try:
        slots = lib.get_slots(token_present=True)
    except p11e.PKCS11Error as e:
        raise errors.TokenError(f"cannot list slots: {e!r}") from e
    for slot in slots:
        try:
            token = slot.get_token()
            with token.open() as session:
                certs = _certificates(session)
        except p11e.PKCS11Error as e:
            logger.warning("skipping slot %s: %r", slot.slot_id, e)
            continue
        result.append(
            TokenInfo(
                slot_id=int(slot.slot_id),
                slot_description=str(slot.slot_description).strip(),
                label=str(token.label).strip(),
                manufacturer=str(token.manufacturer_id).strip(),
                model=str(token.model).strip(),
                serial=bytes(token.serial).decode(errors="replace").strip(),
                pin_status=pin_status(int(token.flags)),
                certificates=certs,
            )
        )
    return result


def _find_token(module: str, label: str) -> Any:
    lib = _lib(module)
    try:
        return lib.get_token(token_label=label)
    except (p11e.NoSuchToken, p11e.TokenNotPresent) as e:
        raise errors.TokenNotFound(f"no token labelled {label!r} is present") from e
    except p11e.MultipleTokensReturned as e:
        raise errors.TokenError(f"several tokens are labelled {label!r}") from e
    except p11e.PKCS11Error as e:
        raise errors.TokenError(f"cannot reach token {label!r}: {e!r}") from e


def open_session(module: str, label: str, pin: str | None) -> Any:
    token = _find_token(module, label)
    if pin_status(int(token.flags)) is PinStatus.LOCKED:
        raise errors.PinLocked(f"the PIN of token {label!r} is locked")
    try:
        return open_pkcs11_session(module, token_criteria=TokenCriteria(label=label), user_pin=pin)
    except p11e.PinIncorrect as e:
        status = pin_status(int(_find_token(module, label).flags))
        if status is PinStatus.LOCKED:
            raise errors.PinLocked(f"wrong PIN; token {label!r} is now locked") from e
        hint = None if status is PinStatus.OK else status.value
        raise errors.PinIncorrect(f"wrong PIN for token {label!r}", retries_hint=hint) from e
    except p11e.UserAlreadyLoggedIn:
        # PKCS#11 login is per application, not per session: another session of this process
        # already proved the PIN, so a plain session has the same rights
        return token.open()
    except p11e.PinLocked as e:
        raise errors.PinLocked(f"the PIN of token {label!r} is locked") from e
    except (p11e.PinLenRange, p11e.PinInvalid) as e:
        raise errors.PinIncorrect(f"the PIN for token {label!r} has an invalid format") from e
    except (p11e.TokenNotPresent, p11e.DeviceRemoved) as e:
        raise errors.TokenNotFound(f"token {label!r} was removed") from e
    except p11e.PKCS11Error as e:
        raise errors.TokenError(f"cannot open token {label!r}: {e!r}") from e


def _find_cert(session: Any, cert_label: str | None, key_id: str | None) -> tuple[str, bytes]:
    query: dict[Any, Any] = {Attribute.CLASS: ObjectClass.CERTIFICATE}
    if cert_label is not None:
        query[Attribute.LABEL] = cert_label
    if key_id is not None:
        query[Attribute.ID] = bytes.fromhex(key_id)
    matches = list(session.get_objects(query))
    if not matches:
        wanted = cert_label if cert_label is not None else f"id {key_id}"
        raise errors.CertificateNotFound(f"no certificate {wanted!r} on the token")
    if len(matches) > 1:
        raise errors.CertificateNotFound("several certificates match; choose one by id")
    cert = matches[0]
    return str(cert[Attribute.LABEL]), bytes(cert[Attribute.ID])


def token_key(
    session: Any, *, cert_label: str | None, key_id: str | None
) -> tuple[Any, CertificateInfo]:
    try:
        label, cka_id = _find_cert(session, cert_label, key_id)
        keys = list(
            session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.ID: cka_id})
        )
        if not keys:
            raise errors.KeyNotFound(f"certificate {label!r} has no private key on the token")
        # other_certs_to_pull=None pulls every certificate on the token: tokens carry the CA
        # chain next to the holder's certificate, and B-LT needs it to build the path
        signer = PKCS11Signer(
            session, cert_id=cka_id, key_id=cka_id, embed_roots=True, other_certs_to_pull=None
        )
        cert = signer.signing_cert
    except p11e.PKCS11Error as e:
        raise errors.TokenError(f"cannot read token objects: {e!r}") from e
    return signer, cert_info(cert)


def close_session(session: Any) -> None:
    try:
        session.close()
    except p11e.PKCS11Error as e:  # already closed or token gone: nothing left to release
        logger.debug("closing session: %r", e)


def certs_from_pem(data: bytes) -> list[x509.Certificate]:
    return list(load_certs_from_pemder_data(data))
