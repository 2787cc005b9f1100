"""The client's signing rules without a server: the agency level, the appearance text, and the
certificates refused before or while signing (expired, revoked), named in Vietnamese."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

import pytest

import signing as s
from desktop.api.client import ApiClient
from desktop.api.documents import DocumentSummary
from desktop.api.models import Me
from desktop.screens.signing.messages import signing_error_text
from desktop.settings import SIGNING_LEVEL, TSA_URL, Settings
from desktop.signing import (
    CertificateOutOfValidity,
    LeaderSigner,
    NoTimestampAuthority,
    SigningProfile,
)
from desktop.signing.profile import position_lines
from tests.fixtures.pki import ServedPki
from tests.unit.signing.conftest import make_pdf

_NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
_LETTER = DocumentSummary(id=7, direction="outgoing", state="to_sign", type_code="official_letter",
                          subject="Về việc góp ý", urgency="normal", confidentiality="normal",
                          created_by=1, created_at=_NOW, updated_at=_NOW, signer_authority="KT.",
                          signer_position="Phó Chủ nhiệm", signer_name="Lê Minh Khang")


def test_the_level_follows_the_time_stamping_authority(settings: Settings) -> None:
    assert SigningProfile.from_settings(settings).level is s.PadesLevel.B_B
    settings.set(TSA_URL, "http://tsa.ca.gov.vn")
    profile = SigningProfile.from_settings(settings)
    assert (profile.level, profile.tsa_url) == (s.PadesLevel.B_LT, "http://tsa.ca.gov.vn")
    settings.set(TSA_URL, "")
    settings.set(SIGNING_LEVEL, "B-T")
    with pytest.raises(NoTimestampAuthority):
        SigningProfile.from_settings(settings).check()


def test_the_position_lines_of_the_appearance() -> None:
    assert position_lines(_LETTER) == "PHÓ CHỦ NHIỆM"
    with_office = DocumentSummary(**{**vars(_LETTER), "signer_authority": "KT. Bộ trưởng"})
    assert position_lines(with_office) == "KT. BỘ TRƯỞNG\nPHÓ CHỦ NHIỆM"


class _NoServer:
    """Fails the test if the flow calls the server before refusing the certificate."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the server was called ({name}) for a certificate to refuse")


def test_an_expired_certificate_is_refused_before_anything_is_sent(ui_app: object) -> None:
    from signing.testpki import PhigiayPki

    me = cast(Me, None)
    signer = LeaderSigner(cast(ApiClient, _NoServer()), me, SigningProfile())
    with pytest.raises(CertificateOutOfValidity) as refused:
        signer.check_key(PhigiayPki().key("leader-dung"))
    assert refused.value.expired
    assert "Phạm Thị Dung" in signing_error_text(refused.value)
    assert "đã hết hạn" in signing_error_text(refused.value)


def test_a_revoked_certificate_cannot_sign_at_b_lt(served_pki: ServedPki, ui_app: object) -> None:
    profile = SigningProfile(s.PadesLevel.B_LT, served_pki.tsa_url("tsa1"))
    pdf = make_pdf()
    block = s.SignatureBlock("PHÓ CHỦ NHIỆM", "Lê Văn Cường")
    with pytest.raises(s.ValidationDataError) as refused:
        s.sign_as_leader(pdf, served_pki.pki.key("leader-cuong"),
                         profile.leader_options(pdf, block))
    assert "thu hồi" in signing_error_text(refused.value)


@pytest.mark.parametrize(("error", "words"), [
    (s.PinIncorrect("x", retries_hint="final-try"), "khóa"),
    (s.PinIncorrect("x", retries_hint="low"), "ít lần thử"),
    (s.PinLocked("x"), "đã bị khóa"),
    (s.TokenNotFound("x"), "Chưa cắm token"),
    (s.TokenError("the token did not answer within 30 s (log in)"), "không hoạt động"),
    (s.KeyNotFound("x"), "khóa bí mật"),
    (s.TimestampError("x"), "dấu thời gian"),
])
def test_token_problems_are_named(error: Exception, words: str, ui_app: object) -> None:
    assert words in signing_error_text(error)
