"""Build then parse gives back the same message: documents, business types, every status."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from lxml import etree

from server.axis import edxml
from server.axis.edxml import BusinessDocType, StatusCode
from server.axis.edxml.writer import with_content_ids
from tests.unit.axis import samples


def _without_payloads(message: edxml.DocumentMessage) -> edxml.DocumentMessage:
    attachments = tuple(dataclasses.replace(a, data=None, size=0, zip_members=(), path=None)
                        for a in message.attachments)
    return dataclasses.replace(message, attachments=attachments)


@pytest.mark.parametrize("doc_type", list(BusinessDocType))
def test_document_round_trip_keeps_every_field(doc_type: BusinessDocType) -> None:
    original = with_content_ids(samples.document(doc_type=doc_type))
    parsed = edxml.parse(edxml.build_document(original))
    assert isinstance(parsed.message, edxml.DocumentMessage)
    assert parsed.warnings == ()
    assert _without_payloads(parsed.message) == _without_payloads(original)
    assert parsed.message.business.doc_type is doc_type


def test_attachments_come_back_byte_for_byte_with_zip_members() -> None:
    original = samples.document()
    parsed = edxml.parse(edxml.build_document(original)).message
    assert isinstance(parsed, edxml.DocumentMessage)
    pdf, archive = parsed.attachments
    assert pdf.data == samples.PDF and pdf.size == len(samples.PDF)
    assert archive.data == original.attachments[1].data
    assert [m.name for m in archive.zip_members] == ["phu-luc/1.pdf", "2.pdf"]


def test_attachments_can_be_streamed_to_files(tmp_path: Path) -> None:
    parsed = edxml.parse(edxml.build_document(samples.document()), attachments_dir=tmp_path)
    assert isinstance(parsed.message, edxml.DocumentMessage)
    first = parsed.message.attachments[0]
    assert first.data is None and first.path is not None
    assert first.path.read_bytes() == samples.PDF and first.path.parent == tmp_path


@pytest.mark.parametrize("code", list(StatusCode))
def test_every_status_code_round_trips(code: StatusCode) -> None:
    original = samples.status(code)
    data = edxml.build_status(original)
    parsed = edxml.parse(data)
    assert parsed.message == original and parsed.warnings == ()
    assert b"<Status>" in data and b"edXMLBody" not in data


def test_rejection_needs_a_reason() -> None:
    message = dataclasses.replace(samples.status(StatusCode.REJECTED), description=" ")
    with pytest.raises(edxml.MissingField, match="reason"):
        edxml.build_status(message)


@pytest.mark.parametrize("kind", ["rsa", "ec"])
def test_signed_message_verifies_with_sha256(kind: str) -> None:
    data = edxml.build_document(samples.document(), signer=samples.seal(kind))
    parsed = edxml.parse(data)
    assert parsed.signature.state == "valid"
    assert parsed.signature.algorithm.endswith("sha256")
    assert "Văn phòng Chính phủ" in parsed.signature.signer_subject
    assert b"xmldsig#sha1" not in data


def test_signed_status_verifies() -> None:
    data = edxml.build_status(samples.status(StatusCode.REGISTERED), signer=samples.seal())
    assert edxml.parse(data).signature.state == "valid"


def test_pkcs11_style_callable_signer_plugs_in() -> None:
    seal, key = samples.seal_with_key("rsa")
    calls: list[bytes] = []

    def token_sign(data: bytes) -> bytes:
        calls.append(data)
        return seal.sign(data)

    data = edxml.build_document(samples.document(),
                                signer=edxml.EnvelopeSigner(seal.certificate, token_sign))
    assert calls and edxml.parse(data).signature.state == "valid"


def test_output_is_canonical_and_valid_against_our_schema() -> None:
    data = edxml.build_document(samples.document(), signer=samples.seal())
    edxml.validate(data)
    root = etree.fromstring(data)
    assert root.nsmap == {None: edxml.NAMESPACE}
    assert b"<PromulgationDate>2026/11/20</PromulgationDate>" in data


def test_document_id_format() -> None:
    parts = edxml.DocumentId.parse("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT", strict=True)
    assert (parts.organ_id, parts.number, parts.notation) == ("000.00.00.G22", "7816", "VPCP-TTĐT")
    assert str(parts) == "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT"
    with pytest.raises(edxml.InvalidValue):
        edxml.DocumentId.parse("000.00.00.G22/2015/09/30")


@pytest.mark.parametrize("value,ok", [("000.00.00.G22", True), ("001.00.99.H44", True),
                                      ("28.22.H17", False), ("000.00.00.g22", False),
                                      ("000.00.00.G22x", False), ("", False)])
def test_strict_organ_ids(value: str, ok: bool) -> None:
    assert edxml.is_canonical_organ_id(value) is ok
