"""Every PAdES level signs from PKCS#12 and verifies offline with the right level."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import signing as s


@pytest.mark.parametrize("level", list(s.PadesLevel))
def test_each_level_signs_and_verifies(
    level: s.PadesLevel, sign_at: Callable[[s.PadesLevel], bytes], root: bytes
) -> None:
    report = s.verify_pdf(sign_at(level), trust_roots=(root,), revocation=s.RevocationMode.SOFT)
    (sig, *timestamps) = report.signatures
    assert report.verdict is s.Verdict.VALID
    assert sig.indication is s.Indication.TOTAL_PASSED
    assert sig.level == level.value
    assert sig.signer is not None and sig.signer.subject_name == "Nguyễn Văn An"
    assert sig.signer.organisation == "Văn phòng Chính phủ"
    assert sig.intact and sig.valid and sig.trusted
    assert sig.modification is s.Modification.NONE
    assert (sig.timestamp_time is None) == (level is s.PadesLevel.B_B)
    assert [t.kind for t in timestamps] == (
        ["document-timestamp"] if level is s.PadesLevel.B_LTA else []
    )


@pytest.mark.parametrize("level", [s.PadesLevel.B_LT, s.PadesLevel.B_LTA])
def test_long_term_levels_verify_offline_with_hard_revocation(
    level: s.PadesLevel, sign_at: Callable[[s.PadesLevel], bytes], root: bytes
) -> None:
    # nothing but the trust root: revocation data must come from the document's DSS
    report = s.verify_pdf(sign_at(level), trust_roots=(root,), revocation=s.RevocationMode.HARD)
    assert report.verdict is s.Verdict.VALID
    assert report.signatures[0].status is s.PlainStatus.VALID


def test_b_t_without_revocation_data_is_indeterminate_in_hard_mode(
    sign_at: Callable[[s.PadesLevel], bytes], root: bytes
) -> None:
    report = s.verify_pdf(
        sign_at(s.PadesLevel.B_T), trust_roots=(root,), revocation=s.RevocationMode.HARD
    )
    assert report.signatures[0].indication is s.Indication.INDETERMINATE
    assert report.signatures[0].status is s.PlainStatus.UNKNOWN


def test_b_b_is_valid_with_a_warning_about_the_signing_time(
    sign_at: Callable[[s.PadesLevel], bytes], root: bytes
) -> None:
    sig = s.verify_pdf(sign_at(s.PadesLevel.B_B), trust_roots=(root,)).signatures[0]
    assert sig.status is s.PlainStatus.VALID_WITH_WARNINGS
    assert sig.warnings


def test_timestamp_levels_need_a_tsa(blank_pdf: bytes, leader: s.SigningKey) -> None:
    with pytest.raises(s.TimestampError):
        s.sign_pdf(blank_pdf, leader, s.SignOptions(level=s.PadesLevel.B_T))


def test_b_lt_refuses_a_revoked_signer(
    blank_pdf: bytes, pki: object, tsa: s.TimestampSource, sources: s.ValidationSources
) -> None:
    revoked = pki.key("leader-cuong")  # type: ignore[attr-defined]
    with pytest.raises(s.SigningError, match="validat"):
        s.sign_pdf(
            blank_pdf,
            revoked,
            s.SignOptions(level=s.PadesLevel.B_LT, timestamp=tsa, validation=sources),
        )


def test_signing_keeps_the_original_bytes(
    blank_pdf: bytes, sign_at: Callable[[s.PadesLevel], bytes]
) -> None:
    assert sign_at(s.PadesLevel.B_B).startswith(blank_pdf)


def test_second_certification_signature_is_refused(
    sign_at: Callable[[s.PadesLevel], bytes], leader: s.SigningKey
) -> None:
    with pytest.raises(s.SigningFailed):
        s.sign_pdf(
            sign_at(s.PadesLevel.B_B),
            leader,
            s.SignOptions(field_name="Sig2", certify=s.DocMdp.FILL_FORMS),
        )
