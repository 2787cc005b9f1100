"""``phigiay-axis edxml``: exit codes, JSON output and one-line refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from server.axis import edxml
from server.axis.cli import main
from tests.unit.axis import samples
from tests.unit.axis.field_samples import FIELD_DOCUMENT, FIELD_STATUS
from tests.unit.axis.test_hostile import BILLION_LAUGHS

MESSAGE = {
    "kind": "document",
    "from": {"organ_id": "000.00.00.G22", "organ_name": "Văn phòng Chính phủ"},
    "to": [{"organ_id": "000.00.00.H41"}, {"organ_id": "000.00.00.H42"}],
    "code": {"number": "15", "notation": "VPCP-HC"},
    "promulgation_info": {"place": "Hà Nội", "date": "2026/11/25"},
    "document_type": {"type_name": "Công văn"},
    "subject": "Về việc họp giao ban",
    "other_info": {"priority": 2},
    "business": {"doc_type": 0, "paper": False},
    "attachments": [{"name": "cv.pdf", "path": "cv.pdf"}],
}


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_parse_json_for_a_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "doc.edxml", edxml.build_document(samples.document()))
    assert main(["edxml", "parse", str(path), "--json"]) == 0
    view = json.loads(capsys.readouterr().out)
    assert view["kind"] == "document"
    assert view["document_id"] == "000.00.00.G22,2026/11/20,7816/VPCP-TTĐT"
    assert view["sender"] == "000.00.00.G22"
    assert view["recipients"] == ["000.00.00.H41", "000.00.00.H42"]
    assert view["code"] == "7816/VPCP-TTĐT" and view["business_type"] == 0
    assert view["dates"]["promulgation"] == "2026/11/20" and view["status_code"] is None
    assert [(a["name"], a["size"]) for a in view["attachments"]][0] == ("cong-van.pdf",
                                                                        len(samples.PDF))


def test_parse_json_for_a_field_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "status_change-acceptance_15.edxml", FIELD_STATUS)
    assert main(["edxml", "parse", str(path), "--json"]) == 0
    view = json.loads(capsys.readouterr().out)
    assert (view["kind"], view["status_code"], view["sender"]) == ("status", "03",
                                                                   "000.00.00.H41")
    assert view["recipients"] == ["000.00.00.G22"] and view["warnings"]


def test_parse_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["edxml", "parse", str(_write(tmp_path, "f.edxml", FIELD_DOCUMENT))]) == 0
    out = capsys.readouterr().out
    assert "kind: document" in out and "attachment: bao-cao.pdf" in out and "warning:" in out


@pytest.mark.parametrize("data,code", [(BILLION_LAUGHS, "forbidden_xml"),
                                       (b"<edXML", "malformed_xml"),
                                       (b'<edXML xmlns="urn:x"/>', "wrong_namespace")])
def test_hostile_files_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            data: bytes, code: str) -> None:
    assert main(["edxml", "parse", str(_write(tmp_path, "bad.edxml", data)), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and code in captured.err


def test_build_then_validate_then_parse(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "cv.pdf", samples.PDF)
    source = tmp_path / "message.json"
    source.write_text(json.dumps(MESSAGE, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.edxml"
    assert main(["edxml", "build", str(source), "--out", str(out)]) == 0
    assert main(["edxml", "validate", str(out)]) == 0
    parsed = edxml.parse(out)
    assert parsed.message.document_id == "000.00.00.G22,2026/11/25,15/VPCP-HC"
    assert isinstance(parsed.message, edxml.DocumentMessage)
    assert parsed.message.attachments[0].data == samples.PDF


def test_build_signed(tmp_path: Path) -> None:
    seal, key = samples.seal_with_key("ec")
    key_path = _write(tmp_path, "seal.key", key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    cert_path = _write(tmp_path, "seal.pem",
                       seal.certificate.public_bytes(serialization.Encoding.PEM))
    source = tmp_path / "status.json"
    source.write_text(json.dumps({
        "kind": "status", "from": {"organ_id": "000.00.00.H41"},
        "response_for": {"organ_id": "000.00.00.G22", "code": "15/VPCP-HC",
                         "promulgation_date": "2026/11/25",
                         "document_id": "000.00.00.G22,2026/11/25,15/VPCP-HC"},
        "status_code": "2", "description": "Sai nơi nhận", "timestamp": "2026/11/25 10:00:00",
    }), encoding="utf-8")
    out = tmp_path / "status.edxml"
    assert main(["edxml", "build", str(source), "--out", str(out), "--key", str(key_path),
                 "--cert", str(cert_path)]) == 0
    parsed = edxml.parse(out)
    assert parsed.signature.state == "valid"
    assert isinstance(parsed.message, edxml.StatusMessage)
    assert parsed.message.status_code is edxml.StatusCode.REJECTED


@pytest.mark.parametrize("change", [{"subject": "  "}, {"to": []}, {"colour": "red"},
                                    {"to": [{"organ_id": "bad id"}]}])
def test_build_refuses_bad_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    change: dict[str, object]) -> None:
    _write(tmp_path, "cv.pdf", samples.PDF)
    source = tmp_path / "message.json"
    source.write_text(json.dumps({**MESSAGE, **change}), encoding="utf-8")
    assert main(["edxml", "build", str(source), "--out", str(tmp_path / "o.edxml")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not (tmp_path / "o.edxml").exists()


def test_validate_reports_field_messages_as_not_canonical(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["edxml", "validate", str(_write(tmp_path, "f.edxml", FIELD_DOCUMENT))]) == 2
    assert "schema_invalid" in capsys.readouterr().err


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["edxml", "parse", str(tmp_path / "nope.edxml")]) == 1
