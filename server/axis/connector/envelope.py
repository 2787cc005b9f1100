"""The key that signs outgoing edXML envelopes (XML-DSig): the agency seal's key."""

from __future__ import annotations

import logging

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from server.axis import edxml
from server.core.settings import Settings
from server.signatures.errors import SealUnavailable
from server.signatures.seal import AgencySeal

log = logging.getLogger(__name__)


def envelope_signer(settings: Settings,
                    seal: AgencySeal | None = None) -> edxml.EnvelopeSigner | None:
    """The seal's key, or ``None`` when no seal is configured (messages then go unsigned).

    A PKCS#12 seal is loaded into memory (no lock, no token round trip per message); a seal
    on a PKCS#11 token signs through ``seal``, which serialises use of the token session. A
    token that cannot be opened at start-up is logged and the envelopes go unsigned, which
    receivers report as "signature absent" rather than refuse (spec §6): the exchange of
    documents must not stop because the HSM is down.
    """
    if settings.seal_pkcs12 is not None:
        return _from_pkcs12(settings)
    if settings.seal_pkcs11_module is None or seal is None:
        return None
    try:
        own, *chain = (x509.load_der_x509_certificate(der) for der in seal.certificates_der())
    except SealUnavailable as exc:
        log.error("edXML envelopes go unsigned: the seal token cannot be opened: %s", exc)
        return None
    return edxml.EnvelopeSigner(own, seal.sign_bytes, tuple(chain))


def _from_pkcs12(settings: Settings) -> edxml.EnvelopeSigner:
    assert settings.seal_pkcs12 is not None
    passphrase = (settings.seal_pkcs12_passphrase.get_secret_value().encode()
                  if settings.seal_pkcs12_passphrase else None)
    key, certificate, chain = pkcs12.load_key_and_certificates(
        settings.seal_pkcs12.read_bytes(), passphrase)
    if certificate is None or not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise ValueError("the seal PKCS#12 file holds no RSA or EC key with its certificate")
    return edxml.EnvelopeSigner.from_key(key, certificate, tuple(chain))
