"""SoftHSM2 tokens and the loopback PKI: every level from a token, PIN handling, batch, CLI."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import signing as s
from signing.cli import main
from tests.integration.signing.conftest import ServedPki, Tokens
from tests.unit.signing.conftest import make_pdf


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return make_pdf()


@pytest.fixture(scope="module")
def session(tokens: Tokens) -> s.TokenSession:
    with s.open_token(tokens.module, token_label=tokens.leader, pin=tokens.pin) as opened:
        yield opened  # type: ignore[misc]


def test_discovery_lists_tokens_certificates_and_pin_state(tokens: Tokens) -> None:
    found = {t.label: t for t in s.list_tokens(tokens.module)}
    assert {tokens.leader, tokens.hsm} <= set(found)
    leader = found[tokens.leader]
    assert leader.pin_status is s.PinStatus.OK
    holders = {c.key_id: c.certificate.subject_name for c in leader.certificates}
    assert {holders["01"], holders["02"]} == {"Nguyễn Văn An", "Trần Thị Bình"}
    assert holders["01"] == "Nguyễn Văn An"


def test_key_is_matched_to_the_certificate_by_id(session: s.TokenSession) -> None:
    by_label = session.key(cert_label="Tran Thi Binh")
    by_id = session.key(key_id="01")
    assert by_label.certificate.subject_name == "Trần Thị Bình"
    assert by_id.certificate.subject_name == "Nguyễn Văn An"
    with pytest.raises(s.CertificateNotFound):
        session.key(cert_label="nobody")


@pytest.mark.parametrize("level", list(s.PadesLevel))
def test_every_level_from_the_token_with_loopback_services(
    level: s.PadesLevel, session: s.TokenSession, served_pki: ServedPki, pdf: bytes
) -> None:
    options = s.SignOptions(
        level=level,
        timestamp=s.TimestampSource.http(served_pki.tsa_url("tsa1"), timeout=10),
        validation=s.ValidationSources(allow_fetching=True),  # OCSP/CRL over loopback
    )
    signed = s.sign_pdf(pdf, session.key(key_id="01"), options)
    # offline, hard revocation: B-LT/B-LTA must carry their own validation data
    mode = (
        s.RevocationMode.HARD
        if level in (s.PadesLevel.B_LT, s.PadesLevel.B_LTA)
        else s.RevocationMode.SOFT
    )
    report = s.verify_pdf(signed, trust_roots=(served_pki.pki.root_pem,), revocation=mode)
    assert report.verdict is s.Verdict.VALID, report.to_json()
    assert report.signatures[0].level == level.value


def test_online_validation_sees_the_revoked_certificate(served_pki: ServedPki, pdf: bytes) -> None:
    revoked = served_pki.pki.key("leader-cuong")
    signed = s.sign_pdf(
        pdf,
        revoked,
        s.SignOptions(
            level=s.PadesLevel.B_T, timestamp=s.TimestampSource.http(served_pki.tsa_url("tsa1"))
        ),
    )
    report = s.verify_pdf(
        signed,
        trust_roots=(served_pki.pki.root_pem,),
        revocation=s.RevocationMode.HARD,
        sources=s.ValidationSources(allow_fetching=True),
    )
    assert report.signatures[0].sub_indication == "REVOKED"


def test_wrong_pin_absent_token_and_bad_module(tokens: Tokens) -> None:
    with pytest.raises(s.PinIncorrect):
        s.open_token(tokens.module, token_label=tokens.hsm, pin="000000")
    with pytest.raises(s.TokenNotFound):
        s.open_token(tokens.module, token_label="unplugged", pin=tokens.pin)
    with pytest.raises(s.TokenError):
        s.list_tokens("/nonexistent/libpkcs11.so")


def test_batch_on_one_session(session: s.TokenSession, served_pki: ServedPki, pdf: bytes) -> None:
    key = session.key(key_id="01")
    options = s.SignOptions(
        level=s.PadesLevel.B_T, timestamp=s.TimestampSource.http(served_pki.tsa_url())
    )
    items = [s.BatchItem(f"d{i}", pdf) for i in range(20)]
    started = time.perf_counter()
    results = s.sign_batch(items, key, options)
    per_minute = len(items) / (time.perf_counter() - started) * 60
    assert all(r.ok for r in results)
    print(f"batch: {len(items)} documents at B-T on one SoftHSM session: {per_minute:.0f}/min")
    assert per_minute >= 60, f"{per_minute:.0f} documents a minute"


def test_cli_sign_with_token_then_extend_and_verify(
    tokens: Tokens,
    served_pki: ServedPki,
    pdf: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    source.write_bytes(pdf)
    root = tmp_path / "root.pem"
    root.write_bytes(served_pki.pki.root_pem)
    monkeypatch.setenv("TOKEN_PIN", tokens.pin)
    assert (
        main(
            [
                "sign",
                str(source),
                str(out),
                "--pkcs11-module",
                tokens.module,
                "--token",
                tokens.hsm,
                "--cert",
                "Van phong Chinh phu",
                "--pin-env",
                "TOKEN_PIN",
                "--level",
                "B-LTA",
                "--tsa",
                served_pki.tsa_url(),
                "--allow-fetching",
            ]
        )
        == 0
    )
    # tsa2 only becomes valid in 2030 (the overlapping successor): extending with it now fails
    assert main(["extend", str(out), "--tsa", served_pki.tsa_url("tsa2"), "--allow-fetching"]) == 1
    assert main(["extend", str(out), "--tsa", served_pki.tsa_url("tsa1"), "--allow-fetching"]) == 0
    assert main(["verify", str(out), "--trust", str(root), "--revocation", "hard", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [x["kind"] for x in report["signatures"]] == [
        "signature",
        "document-timestamp",
        "document-timestamp",
    ]
    assert report["signatures"][0]["level"] == "B-LTA"
    assert main(["tokens", "--pkcs11-module", tokens.module, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {t["label"] for t in listed} >= {tokens.leader, tokens.hsm}
    monkeypatch.setenv("TOKEN_PIN", "000000")
    assert (
        main(
            [
                "sign",
                str(source),
                str(out),
                "--pkcs11-module",
                tokens.module,
                "--token",
                tokens.hsm,
                "--cert",
                "Van phong Chinh phu",
                "--pin-env",
                "TOKEN_PIN",
            ]
        )
        == 1
    )
    assert "wrong PIN" in capsys.readouterr().err
