"""The appearance preview: the document signed with a throw-away key, so that the leader sees
the official block (position, handwritten signature, name) where it will be before any PIN is
entered. The preview file is only rendered, never saved or uploaded."""

from __future__ import annotations

import functools
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12
from cryptography.x509.oid import NameOID

import signing
from signing.outgoing import (
    LEADER_SIGNATURE_FIELD,
    ensure_seal_field,
    issuance_fields,
    leader_options,
)


@functools.cache
def _preview_key() -> signing.SigningKey:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "phigiay preview")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=3650))
            .sign(key, hashes.SHA256()))
    blob = pkcs12.serialize_key_and_certificates(b"preview", key, cert, None, NoEncryption())
    return signing.load_pkcs12(blob, None)


def preview_pdf(pdf: bytes, block: signing.SignatureBlock) -> tuple[bytes, int]:
    """``pdf`` with the leader's appearance drawn, and the page it is on.

    Raises:
        signing.SigningError: the PDF cannot be read or signed (e.g. already certified).
    """
    pdf = ensure_seal_field(pdf)
    options = leader_options(open_fields=issuance_fields(pdf), appearance=block,
                             level=signing.PadesLevel.B_B)
    signed = signing.sign_as_leader(pdf, _preview_key(), options)
    return signed, signing.signature_field_page(signed, LEADER_SIGNATURE_FIELD) or 0
