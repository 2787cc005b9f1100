"""Signatures over plain bytes, and trust in a bare certificate, for formats other than PDF.

The edXML envelope is signed with XML-DSig, not PDF: it needs the raw signature of its
SignedInfo made by the same key that seals PDFs, whether that key is in a PKCS#12 file or on a
PKCS#11 token, and on receipt a decision whether the signing certificate chains to a trusted
root. Both go through the same pyHanko objects as PDF signing, so a token behaves the same way
(time limit, :class:`TokenError` on failure) whichever format it signs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import x509 as asn1_x509
from pkcs11 import exceptions as p11e
from pyhanko_certvalidator import CertificateValidator
from pyhanko_certvalidator.errors import (
    ExpiredError,
    NotYetValidError,
    PathBuildingError,
    RevokedError,
    ValidationError,
)

from signing import errors
from signing._keys import bounded
from signing._sources import parse_certs, run_closing, validation_context
from signing.keys import SigningKey
from signing.sources import ValidationSources


def sign_bytes(key: SigningKey, data: bytes) -> bytes:
    """Sign ``data`` with SHA-256 and the key: PKCS#1 v1.5 for RSA, DER-encoded ECDSA for EC.

    Not thread-safe for a token key: a PKCS#11 session serves one thread at a time, so the
    caller serialises (as :class:`server.signatures.seal.AgencySeal` does).

    Raises:
        TokenError: the token failed or did not answer in time.
        SigningFailed: the key refused to sign.
    """
    signer = key._backend

    def run() -> bytes:
        return asyncio.run(signer.async_sign_raw(data, "sha256"))  # type: ignore[no-any-return]

    try:
        return bounded(run, "sign")
    except p11e.PKCS11Error as exc:
        raise errors.TokenError(f"token failure while signing: {exc!r}") from exc
    except (ValueError, TypeError, NotImplementedError) as exc:
        raise errors.SigningFailed(f"the key cannot make this signature: {exc}") from exc


def key_certificates(key: SigningKey) -> tuple[bytes, ...]:
    """The key's certificate then the other certificates it carries (its CA chain), DER."""
    signer = key._backend
    own = signer.signing_cert
    others = [cert for cert in (signer.cert_registry or ()) if cert.dump() != own.dump()]
    return tuple(cert.dump() for cert in (own, *others))


@dataclass(frozen=True)
class CertificateTrust:
    """Whether a certificate chains to a trusted root at a given time."""

    trusted: bool
    reason: str = ""
    """Why not, in English, for logs and the quarantine (empty when trusted)."""


def check_certificate(der: bytes, *, trust_roots: Sequence[bytes], at: datetime,
                      intermediates: Sequence[bytes] = ()) -> CertificateTrust:
    """Validate the path from a certificate to one of ``trust_roots`` (PEM or DER) at ``at``.

    Offline by design: nothing is fetched, so revocation is only "soft" (a certificate is not
    refused for lack of revocation data, only for data that is present and says revoked).
    """
    try:
        certificate = asn1_x509.Certificate.load(der)
        certificate.native  # noqa: B018 - parse now, so that garbage is reported here
    except ValueError:
        return CertificateTrust(False, "the signing certificate is unreadable")
    if certificate.self_signed != "no":
        # pyHanko reports a self-signed leaf as an invalid certificate; it is an untrusted one.
        roots = {cert.dump() for cert in parse_certs(tuple(trust_roots))}
        if certificate.dump() not in roots:
            return CertificateTrust(False, "the signing certificate is self-signed and does not "
                                           "chain to a trusted root")
    sources = ValidationSources(trust_roots=tuple(trust_roots), extra_certs=tuple(intermediates))
    context = validation_context(sources, moment=at, revocation="soft")
    validator = CertificateValidator(certificate, validation_context=context)
    try:
        run_closing(validator.async_validate_path, context)
    except ExpiredError:
        return CertificateTrust(False, f"the signing certificate had expired on {at:%Y-%m-%d}")
    except NotYetValidError:
        return CertificateTrust(False,
                                f"the signing certificate was not yet valid on {at:%Y-%m-%d}")
    except RevokedError:
        return CertificateTrust(False, "the signing certificate is revoked")
    except PathBuildingError:
        return CertificateTrust(False, "the signing certificate does not chain to a trusted root")
    except ValidationError as exc:
        return CertificateTrust(False, f"the signing certificate is not valid: {exc}")
    return CertificateTrust(True)
