"""What real senders emit (spec §6) is accepted, with warnings, and nothing unknown is lost."""

from __future__ import annotations

import datetime as dt

from server.axis import edxml
from tests.unit.axis import samples
from tests.unit.axis.field_samples import FIELD_DOCUMENT, FIELD_STATUS
from tests.unit.axis.legacy import legacy_sign


def test_prefixed_children_unnamespaced_attachments_and_short_ids() -> None:
    parsed = edxml.parse(FIELD_DOCUMENT)
    message = parsed.message
    assert isinstance(message, edxml.DocumentMessage)
    assert message.header.from_.organ_id == "28.22.H17"
    assert message.header.code == edxml.Code("12a", "SNV-VP")
    assert message.header.document_type == edxml.DocumentType("Công văn", 18, 0)
    assert message.trace[0].timestamp == dt.datetime(2026, 11, 18, 14, 5)
    assert message.header.response_for[0].code == "7816/VPCP-TTĐT"
    pdf, archive = message.attachments
    assert pdf.data == samples.PDF
    assert [m.name for m in archive.zip_members] == ["a.pdf"]
    assert any("28.22.H17" in w for w in parsed.warnings)
    assert any("un-namespaced" in w for w in parsed.warnings)
    assert any("12a" in w for w in parsed.warnings)


def test_unknown_elements_are_kept() -> None:
    message = edxml.parse(FIELD_DOCUMENT).message
    assert isinstance(message, edxml.DocumentMessage)
    assert [e.tag for e in message.header.other_info.extra] == ["Direction"]
    assert ">1<" in message.header.other_info.extra[0].xml
    assert [e.tag for e in message.header.extra] == ["ReplyFors"]


def test_status_fields_directly_in_message_header() -> None:
    parsed = edxml.parse(FIELD_STATUS)
    message = parsed.message
    assert isinstance(message, edxml.StatusMessage)
    assert message.status_code is edxml.StatusCode.REGISTERED
    assert message.timestamp == dt.datetime(2026, 11, 20, 10, 0, 5)
    assert message.response_for.document_id == "000.00.00.G22,2026/11/20,7816/VPCP-TTĐT"
    assert message.staff_info == edxml.StaffInfo(staff="Lê Thị C")
    assert parsed.warnings == ("status fields inside MessageHeader instead of a Status element",)


def test_structured_response_for_code_is_joined() -> None:
    data = FIELD_STATUS.replace(
        "<edXML:Code>7816/VPCP-TTĐT</edXML:Code>".encode(),
        "<edXML:Code><edXML:CodeNumber>7816</edXML:CodeNumber>"
        "<edXML:CodeNotation>VPCP-TTĐT</edXML:CodeNotation></edXML:Code>".encode())
    message = edxml.parse(data).message
    assert isinstance(message, edxml.StatusMessage)
    assert message.response_for.code == "7816/VPCP-TTĐT"


def test_legacy_rsa_sha1_signature_is_accepted() -> None:
    seal, key = samples.seal_with_key("rsa")
    for namespaced in (True, False):
        data = legacy_sign(edxml.build_document(samples.document()), key, seal.certificate,
                           namespaced=namespaced)
        report = edxml.parse(data).signature
        assert report.state == "valid", namespaced
        assert report.algorithm.endswith("rsa-sha1")


def test_absent_or_truncated_certificate_is_unverifiable_not_rejected() -> None:
    seal, key = samples.seal_with_key("rsa")
    unsigned = edxml.build_document(samples.document())
    for data in (legacy_sign(unsigned, key, None),
                 legacy_sign(unsigned, key, seal.certificate, truncate_certificate=True)):
        parsed = edxml.parse(data)
        assert parsed.signature.state == "unverifiable"
        assert any("not verifiable" in w for w in parsed.warnings)


def test_date_formats_of_the_field() -> None:
    from server.axis.edxml.ids import parse_date, parse_timestamp

    assert parse_date("2026/11/20") == parse_date("20/11/2026") == dt.date(2026, 11, 20)
    assert parse_timestamp("2026/11/20 08:01:02") == parse_timestamp("20/11/2026 08:01:02")


def test_missing_document_id_is_derived_with_a_warning() -> None:
    data = FIELD_DOCUMENT.replace(b"<edXML:DocumentId>28.22.H17,2026/11/18,12a/SNV-VP"
                                  b"</edXML:DocumentId>", b"")
    parsed = edxml.parse(data)
    assert parsed.message.document_id == "28.22.H17,2026/11/18,12a/SNV-VP"
    assert any("DocumentId is missing" in w for w in parsed.warnings)
