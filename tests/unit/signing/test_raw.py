"""Raw signatures over bytes and offline trust in a bare certificate (edXML envelopes)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

import signing as s
from signing.testpki import PhigiayPki

AT = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)


def test_sign_bytes_makes_a_pkcs1_sha256_signature(pki: PhigiayPki) -> None:
    key = pki.key("seal-vpcp")
    data = "SignedInfo của văn bản 12/QĐ-VPCP".encode()
    signature = s.sign_bytes(key, data)
    public = x509.load_der_x509_certificate(key.certificate.der).public_key()
    assert isinstance(public, rsa.RSAPublicKey)
    public.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    with pytest.raises(InvalidSignature):
        public.verify(signature, data + b".", padding.PKCS1v15(), hashes.SHA256())


def test_key_certificates_start_with_the_key_and_carry_its_chain(pki: PhigiayPki) -> None:
    found = s.key_certificates(pki.key("seal-vpcp"))
    assert found[0] == pki.cert_der("seal-vpcp")
    assert pki.cert_der("issuing") in found[1:]


@pytest.mark.parametrize(("label", "at", "intermediates", "reason"), [
    ("seal-vpcp", AT, ("issuing",), ""),
    ("seal-vpcp", AT, (), "does not chain to a trusted root"),
    ("leader-dung", AT, ("issuing",), "expired"),
    ("leader-dung", datetime(2024, 6, 1, tzinfo=UTC), ("issuing",), ""),
    ("seal-vpcp", datetime(2019, 6, 1, tzinfo=UTC), ("issuing",), "not yet valid"),
])
def test_check_certificate_at_a_time_offline(pki: PhigiayPki, label: str, at: datetime,
                                             intermediates: tuple[str, ...],
                                             reason: str) -> None:
    verdict = s.check_certificate(pki.cert_der(label), trust_roots=(pki.root_pem,), at=at,
                                  intermediates=[pki.cert_der(i) for i in intermediates])
    assert verdict.trusted is (reason == "")
    assert reason in verdict.reason


def test_check_certificate_refuses_garbage_and_unknown_roots(pki: PhigiayPki) -> None:
    assert not s.check_certificate(b"\x30\x03\x02\x01\x00", trust_roots=(pki.root_pem,),
                                   at=AT).trusted
    verdict = s.check_certificate(pki.cert_der("root"), trust_roots=(), at=AT)
    assert not verdict.trusted and "self-signed" in verdict.reason
    assert s.check_certificate(pki.cert_der("root"), trust_roots=(pki.root_pem,), at=AT).trusted
