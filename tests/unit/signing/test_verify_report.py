"""Validation reports: trust, revocation, expiry, tampering, "as of" time, JSON shape."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

import signing as s
from signing.testpki import PhigiayPki


@pytest.fixture(scope="module")
def revoked_signed(blank_pdf: bytes, pki: PhigiayPki, tsa: s.TimestampSource) -> bytes:
    return s.sign_pdf(
        blank_pdf, pki.key("leader-cuong"), s.SignOptions(level=s.PadesLevel.B_T, timestamp=tsa)
    )


@pytest.fixture(scope="module")
def expired_signed(blank_pdf: bytes, pki: PhigiayPki, tsa: s.TimestampSource) -> bytes:
    return s.sign_pdf(
        blank_pdf, pki.key("leader-dung"), s.SignOptions(level=s.PadesLevel.B_T, timestamp=tsa)
    )


def test_revoked_signer_is_reported_revoked(revoked_signed: bytes, pki: PhigiayPki) -> None:
    sig = s.verify_pdf(
        revoked_signed, sources=pki.validation_sources(), revocation=s.RevocationMode.HARD
    ).signatures[0]
    assert sig.revoked
    assert (sig.indication, sig.sub_indication) == (s.Indication.TOTAL_FAILED, "REVOKED")
    assert sig.status is s.PlainStatus.INVALID


def test_revoked_signer_passes_with_revocation_off(revoked_signed: bytes, root: bytes) -> None:
    sig = s.verify_pdf(
        revoked_signed, trust_roots=(root,), revocation=s.RevocationMode.OFF
    ).signatures[0]
    assert sig.indication is s.Indication.TOTAL_PASSED


def test_expired_signer_is_not_valid(expired_signed: bytes, pki: PhigiayPki) -> None:
    sig = s.verify_pdf(expired_signed, sources=pki.validation_sources()).signatures[0]
    assert sig.indication is not s.Indication.TOTAL_PASSED
    assert sig.sub_indication is not None
    assert sig.signer is not None and sig.signer.subject_name == "Phạm Thị Dung"


def test_untrusted_root_is_indeterminate(sign_at: Callable[[s.PadesLevel], bytes]) -> None:
    sig = s.verify_pdf(sign_at(s.PadesLevel.B_B)).signatures[0]
    assert sig.indication is s.Indication.INDETERMINATE
    assert not sig.trusted and sig.intact and sig.valid
    assert sig.sub_indication == "NO_CERTIFICATE_CHAIN_FOUND"


def test_validation_time_before_the_certificate_is_not_passed(
    sign_at: Callable[[s.PadesLevel], bytes], root: bytes
) -> None:
    at = datetime(2024, 6, 1, tzinfo=UTC)
    report = s.verify_pdf(sign_at(s.PadesLevel.B_B), trust_roots=(root,), at=at)
    assert report.signatures[0].indication is not s.Indication.TOTAL_PASSED
    assert report.validation_time == at


def test_tampered_byte_is_a_hash_failure(
    sign_at: Callable[[s.PadesLevel], bytes], root: bytes
) -> None:
    data = bytearray(sign_at(s.PadesLevel.B_B))
    index = data.index(b"ReportLab Generated")
    data[index] ^= 0x01
    sig = s.verify_pdf(bytes(data), trust_roots=(root,)).signatures[0]
    assert (sig.indication, sig.sub_indication) == (s.Indication.TOTAL_FAILED, "HASH_FAILURE")


def test_unsigned_pdf_has_no_signature(blank_pdf: bytes) -> None:
    report = s.verify_pdf(blank_pdf)
    assert report.verdict is s.Verdict.NO_SIGNATURE
    assert report.to_json() | {"validation_time": None} == {
        "verdict": "no-signature",
        "validation_time": None,
        "signatures": [],
    }


def test_json_item_has_the_cli_fields(
    sign_at: Callable[[s.PadesLevel], bytes], root: bytes
) -> None:
    item = s.verify_pdf(sign_at(s.PadesLevel.B_LT), trust_roots=(root,)).to_json()["signatures"][0]
    for key in (
        "indication",
        "sub_indication",
        "intact",
        "trusted",
        "coverage",
        "modification",
        "signer",
        "signing_time",
        "level",
    ):
        assert key in item
    assert item["signer"]["serial"] and item["signer"]["issuer"]
    assert item["modification"] in {"none", "permitted", "not-permitted"}
