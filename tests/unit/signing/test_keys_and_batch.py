"""PKCS#12 keys, PIN flag mapping, batch signing with per-document results."""

from __future__ import annotations

import pytest
from pkcs11 import TokenFlag

import signing as s
from signing._keys import pin_status
from signing.testpki import PFX_PASSPHRASE, PhigiayPki


def test_pkcs12_loads_with_certificate_facts(pki: PhigiayPki) -> None:
    key = s.load_pkcs12(pki.pkcs12("seal-vpcp"), PFX_PASSPHRASE.decode())
    cert = key.certificate
    assert cert.subject_name == "Văn phòng Chính phủ"
    assert cert.issuer == "Cục Chứng thực số và Bảo mật thông tin (thử nghiệm)"
    assert len(cert.sha256) == 64 and cert.not_before < cert.not_after


@pytest.mark.parametrize("data", [b"", b"not a pfx"])
def test_broken_pkcs12_is_a_load_error(data: bytes) -> None:
    with pytest.raises(s.SignerLoadError):
        s.load_pkcs12(data, "x")


def test_wrong_passphrase_is_a_load_error(pki: PhigiayPki) -> None:
    with pytest.raises(s.SignerLoadError):
        s.load_pkcs12(pki.pkcs12("leader-an"), "wrong")


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (0, s.PinStatus.OK),
        (TokenFlag.USER_PIN_COUNT_LOW, s.PinStatus.COUNT_LOW),
        (TokenFlag.USER_PIN_COUNT_LOW | TokenFlag.USER_PIN_FINAL_TRY, s.PinStatus.FINAL_TRY),
        (TokenFlag.USER_PIN_FINAL_TRY | TokenFlag.USER_PIN_LOCKED, s.PinStatus.LOCKED),
    ],
)
def test_pin_flags(flags: int, expected: s.PinStatus) -> None:
    assert pin_status(int(flags)) is expected


def test_batch_continues_after_a_failure(
    blank_pdf: bytes, leader: s.SigningKey, root: bytes
) -> None:
    items = [s.BatchItem(f"doc{i}.pdf", blank_pdf) for i in range(4)]
    items.insert(2, s.BatchItem("broken.pdf", b"%PDF-1.7 broken"))
    seen: list[tuple[int, int, str]] = []
    results = s.sign_batch(
        items,
        leader,
        s.SignOptions(),
        progress=lambda done, total, r: seen.append((done, total, r.name)),
    )
    assert [r.ok for r in results] == [True, True, False, True, True]
    assert isinstance(results[2].error, s.UnreadablePdf)
    assert seen[-1] == (5, 5, "doc3.pdf") and len(seen) == 5
    for result in results:
        if result.signed:
            assert s.verify_pdf(result.signed, trust_roots=(root,)).verdict is s.Verdict.VALID


def test_signer_profile_rejects_unknown_keys() -> None:
    with pytest.raises(s.SigningError, match="colour"):
        s.SignerProfile.from_yaml("level: B-T\ncolour: blue\n")


def test_signer_profile_builds_options() -> None:
    profile = s.SignerProfile.from_yaml("level: B-T\ntsa-url: http://127.0.0.1:9/tsa\nreason: Ký\n")
    options = profile.options(field_name="X")
    assert options.level is s.PadesLevel.B_T and options.field_name == "X"
    assert options.timestamp is not None and options.reason == "Ký"


def test_unreachable_tsa_is_a_timestamp_error(blank_pdf: bytes, leader: s.SigningKey) -> None:
    options = s.SignOptions(
        level=s.PadesLevel.B_T,
        timestamp=s.TimestampSource.http("http://127.0.0.1:9/tsa", timeout=2),
    )
    with pytest.raises(s.TimestampError):
        s.sign_pdf(blank_pdf, leader, options)


def test_a_token_that_never_answers_is_an_error_not_a_hang() -> None:
    import threading

    from signing._keys import bounded

    never = threading.Event()
    with pytest.raises(s.TokenError, match="did not answer"):
        bounded(lambda: never.wait(5), "log in", timeout=0.2)
    with pytest.raises(ZeroDivisionError):
        bounded(lambda: 1 / 0, "divide")
