"""The outgoing sequence signed on SoftHSM tokens, checked by poppler's pdfsig (NSS) too."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import signing as s
from signing import outgoing
from signing.demo_images import seal_png, signature_png
from tests.integration.signing.conftest import ServedPki, Tokens, require
from tests.unit.signing.conftest import make_pdf


@pytest.fixture(scope="module")
def sealed(tokens: Tokens, served_pki: ServedPki) -> bytes:
    tsa = s.TimestampSource.http(served_pki.tsa_url())
    fetch = s.ValidationSources(allow_fetching=True)
    with s.open_token(tokens.module, token_label=tokens.leader, pin=tokens.pin) as leader:
        block = s.SignatureBlock("BỘ TRƯỞNG, CHỦ NHIỆM", "Nguyễn Văn An", signature_png("An"))
        signed = outgoing.sign_as_leader(
            make_pdf(issuance_fields=True),
            leader.key(key_id="01"),
            outgoing.leader_options(
                appearance=block, level=s.PadesLevel.B_LT, timestamp=tsa, validation=fetch
            ),
        )
    filled = outgoing.fill_issue(
        signed, number="7/QĐ-VPCP", date_line="Hà Nội, ngày 05 tháng 01 năm 2027"
    )
    with s.open_token(tokens.module, token_label=tokens.hsm, pin=tokens.pin) as hsm:
        return outgoing.apply_seal(
            filled,
            hsm.key(cert_label="Van phong Chinh phu"),
            outgoing.seal_options(
                appearance=s.SealBlock("Văn phòng Chính phủ", seal_png()),
                level=s.PadesLevel.B_LTA,
                timestamp=tsa,
                validation=fetch,
            ),
        )


def test_sequence_from_tokens_validates(sealed: bytes, served_pki: ServedPki) -> None:
    report = s.verify_pdf(
        sealed, trust_roots=(served_pki.pki.root_pem,), revocation=s.RevocationMode.HARD
    )
    assert report.verdict is s.Verdict.VALID, report.to_json()
    mods = {
        sig.field_name: sig.modification for sig in report.signatures if sig.kind == "signature"
    }
    assert mods == {"LeaderSignature": s.Modification.PERMITTED, "AgencySeal": s.Modification.NONE}


def test_pdfsig_agrees(sealed: bytes, served_pki: ServedPki, tmp_path: Path) -> None:
    require("pdfsig", "certutil")
    nss = tmp_path / "nss"
    nss.mkdir()
    root = tmp_path / "root.pem"
    root.write_bytes(served_pki.pki.root_pem)
    subprocess.run(
        ["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, timeout=30
    )
    subprocess.run(
        [
            "certutil",
            "-A",
            "-d",
            f"sql:{nss}",
            "-n",
            "phigiay-root",
            "-t",
            "CT,C,C",
            "-i",
            str(root),
        ],
        check=True,
        timeout=30,
    )
    pdf = tmp_path / "sealed.pdf"
    pdf.write_bytes(sealed)
    done = subprocess.run(
        ["pdfsig", "-nssdir", f"sql:{nss}", "-no-ocsp", str(pdf)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    out = done.stdout
    # The cryptographic verdict must agree. poppler 22.12 reads PORT_GetError() after
    # CERT_PKIXVerifyCert even when it succeeded (fixed upstream later), so a stale NSS error
    # can turn into "Unknown issue"; the certificate profile itself is checked with vfychain
    # below, with the same PKIX call, usage and revocation policy.
    assert out.count("Signature is Valid") >= 2, out
    assert "revoked" not in out.lower() and "expired" not in out.lower(), out
    assert "Nguyễn Văn An" in out and "Văn phòng Chính phủ" in out


def test_certificate_profiles_pass_nss_pkix(served_pki: ServedPki, tmp_path: Path) -> None:
    require("vfychain", "certutil")
    nss = tmp_path / "nss"
    nss.mkdir()
    pki = served_pki.pki
    for label in ("root", "issuing", "leader-an", "seal-vpcp"):
        (tmp_path / f"{label}.pem").write_bytes(pki.cert_pem(label))
    subprocess.run(
        ["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, timeout=30
    )
    subprocess.run(
        [
            "certutil",
            "-A",
            "-d",
            f"sql:{nss}",
            "-n",
            "root",
            "-t",
            "CT,C,C",
            "-i",
            str(tmp_path / "root.pem"),
        ],
        check=True,
        timeout=30,
    )
    for holder in ("leader-an", "seal-vpcp"):
        # -u 4: email signer (what pdfsig asks for); CRL checking without fetching (pdfsig's
        # "OCSP disabled" policy)
        done = subprocess.run(
            [
                "vfychain",
                "-d",
                f"sql:{nss}",
                "-pp",
                "-u",
                "4",
                "-g",
                "leaf",
                "-m",
                "crl",
                "-s",
                "forbidFetching",
                "-g",
                "chain",
                "-m",
                "crl",
                "-s",
                "forbidFetching",
                "-a",
                str(tmp_path / f"{holder}.pem"),
                "-a",
                str(tmp_path / "issuing.pem"),
            ],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert "Chain is good" in done.stdout + done.stderr, done.stdout + done.stderr
