"""Signed approvals (ký nháy) and the phigiay-sign command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import signing as s
from signing.cli import main
from signing.testpki import PFX_PASSPHRASE, PhigiayPki


def test_signed_approval_binds_the_exact_draft(
    blank_pdf: bytes, pki: PhigiayPki, root: bytes
) -> None:
    approval = s.approve(blank_pdf, pki.key("leader-binh"))
    check = s.verify_approval(blank_pdf, approval.cms, trust_roots=(root,))
    assert check.ok and check.reviewer is not None
    assert check.reviewer.subject_name == "Trần Thị Bình"
    changed = s.verify_approval(blank_pdf + b"\n", approval.cms, trust_roots=(root,))
    assert (changed.indication, changed.sub_indication) == (
        s.Indication.TOTAL_FAILED,
        "HASH_FAILURE",
    )
    assert s.verify_approval(blank_pdf, b"garbage").indication is s.Indication.TOTAL_FAILED


@pytest.fixture(scope="module")
def pki_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pki")
    assert main(["pki", str(folder)]) == 0
    return folder


def _verify_json(
    path: Path, root: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, dict[str, object]]:
    code = main(["verify", str(path), "--trust", str(root), "--json", *extra])
    return code, json.loads(capsys.readouterr().out)


def test_cli_sign_then_verify(
    pki_dir: Path,
    blank_pdf: bytes,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "in.pdf"
    source.write_bytes(blank_pdf)
    monkeypatch.setenv("P12_PASS", PFX_PASSPHRASE.decode())
    out = tmp_path / "out.pdf"
    code = main(
        [
            "sign",
            str(source),
            str(out),
            "--pkcs12",
            str(pki_dir / "leader-an.pfx"),
            "--passphrase-env",
            "P12_PASS",
            "--box",
            "300,100,500,230",
            "--position",
            "BỘ TRƯỞNG",
            "--name",
            "Nguyễn Văn An",
        ]
    )
    assert code == 0
    code, report = _verify_json(out, pki_dir / "root.cert.pem", capsys)
    assert code == 0 and report["verdict"] == "valid"
    (item,) = report["signatures"]  # type: ignore[misc]
    assert item["signer"]["name"] == "Nguyễn Văn An" and item["level"] == "B-B"
    assert item["intact"] is True and item["modification"] == "none"


def test_cli_verify_tampered_and_untrusted(
    pki_dir: Path,
    sign_at: Callable[[s.PadesLevel], bytes],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = bytearray(sign_at(s.PadesLevel.B_T))
    data[data.index(b"ReportLab Generated")] ^= 1
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    code, report = _verify_json(tampered, pki_dir / "root.cert.pem", capsys)
    assert (code, report["verdict"]) == (1, "invalid")
    good = tmp_path / "good.pdf"
    good.write_bytes(sign_at(s.PadesLevel.B_T))
    code = main(["verify", str(good), "--json"])  # no trust root given
    assert (code, json.loads(capsys.readouterr().out)["verdict"]) == (1, "indeterminate")


def test_cli_exit_codes_for_missing_and_unsigned(
    blank_pdf: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", str(tmp_path / "missing.pdf")]) == 2
    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(blank_pdf)
    assert main(["verify", str(unsigned), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["verdict"] == "no-signature"
    assert main(["sign", str(unsigned), str(tmp_path / "x.pdf")]) == 2  # no key given
    assert main(["verify", str(unsigned), "--at", "yesterday"]) == 2
