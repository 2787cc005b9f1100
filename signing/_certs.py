"""Conversions between asn1crypto certificates and :class:`signing.keys.CertificateInfo`."""

from __future__ import annotations

import hashlib
from datetime import UTC
from typing import TYPE_CHECKING

from asn1crypto import x509

if TYPE_CHECKING:
    from signing.keys import CertificateInfo


def _name_part(name: x509.Name, key: str) -> str | None:
    value = name.native.get(key)
    if isinstance(value, list):
        value = value[-1]
    return str(value) if value is not None else None


def cert_info(cert: x509.Certificate) -> CertificateInfo:
    """Summarise a certificate for people and logs."""
    from signing.keys import CertificateInfo

    validity = cert["tbs_certificate"]["validity"]
    der = cert.dump()
    return CertificateInfo(
        subject_name=_name_part(cert.subject, "common_name") or cert.subject.human_friendly,
        organisation=_name_part(cert.subject, "organization_name"),
        serial=format(cert.serial_number, "X"),
        issuer=_name_part(cert.issuer, "common_name") or cert.issuer.human_friendly,
        not_before=validity["not_before"].native.astimezone(UTC),
        not_after=validity["not_after"].native.astimezone(UTC),
        sha256=hashlib.sha256(der).hexdigest(),
        der=der,
    )


def load_certificate(data: bytes) -> x509.Certificate:
    """Parse a PEM or DER certificate; raises ``ValueError`` when it is neither."""
    from asn1crypto import pem

    if pem.detect(data):
        _, _, data = pem.unarmor(data)
    cert = x509.Certificate.load(data)
    cert.native  # noqa: B018 — force full parsing so broken input fails here, not later
    return cert
