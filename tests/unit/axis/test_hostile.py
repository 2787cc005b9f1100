"""Hostile or broken input is refused with a specific error, and nothing is fetched."""

from __future__ import annotations

import base64
import contextlib
import io
import zipfile
from pathlib import Path

import pytest

from server.axis import edxml
from server.axis.edxml.attachments import extract_zip
from tests.unit.axis import samples
from tests.unit.axis.field_samples import FIELD_DOCUMENT, NS

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE edXML [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&d;</edXML>"""


def _refused(data: bytes, error: type[edxml.EdxmlError]) -> edxml.EdxmlError:
    with pytest.raises(error) as caught:
        edxml.parse(data)
    assert "\n" not in str(caught.value)
    return caught.value


def test_billion_laughs() -> None:
    _refused(BILLION_LAUGHS, edxml.ForbiddenXml)


@pytest.mark.parametrize("system_id", ["file:///etc/passwd", "http://127.0.0.1:9/x.dtd"])
def test_external_entities_are_never_fetched(system_id: str, tmp_path: Path) -> None:
    data = (f'<?xml version="1.0"?><!DOCTYPE edXML [<!ENTITY x SYSTEM "{system_id}">]>'
            f'<edXML xmlns="{NS}">&x;</edXML>').encode()
    _refused(data, edxml.ForbiddenXml)


def test_external_dtd_and_split_declaration_across_chunks() -> None:
    from server.axis.edxml.safexml import CHUNK

    data = b"<?xml version='1.0'?>" + b" " * (CHUNK - 25) + \
        b'<!DOCTYPE edXML SYSTEM "http://127.0.0.1:9/x.dtd"><edXML/>'
    _refused(data, edxml.ForbiddenXml)


def test_utf16_is_refused() -> None:
    _refused(f'<edXML xmlns="{NS}"/>'.encode("utf-16"), edxml.ForbiddenXml)


@pytest.mark.parametrize("data", [b"", b"<edXML", b"not xml", b"<a></b>"])
def test_malformed(data: bytes) -> None:
    _refused(data, edxml.MalformedXml)


@pytest.mark.parametrize("data", [
    b'<edXML xmlns="http://www.go.vn/eDoc"/>', b"<edXML/>", f'<Message xmlns="{NS}"/>'.encode()])
def test_wrong_namespace_or_root(data: bytes) -> None:
    _refused(data, edxml.WrongNamespace)


@pytest.mark.parametrize("element", [b"<edXML:From>", b"<edXML:Subject>", b"<edXML:To>",
                                     b"<edXML:CodeNumber>"])
def test_missing_mandatory_fields(element: bytes) -> None:
    closing = element.replace(b"<", b"</")
    start = FIELD_DOCUMENT.index(element)
    end = FIELD_DOCUMENT.index(closing, start) + len(closing)
    error = _refused(FIELD_DOCUMENT[:start] + FIELD_DOCUMENT[end:], edxml.MissingField)
    assert element[7:-1].decode() in error.reason


def test_bad_status_code_and_bad_date() -> None:
    from tests.unit.axis.field_samples import FIELD_STATUS

    _refused(FIELD_STATUS.replace(b">3<", b">9<"), edxml.InvalidValue)
    _refused(FIELD_DOCUMENT.replace(b"2026/11/18</edXML:PromulgationDate>",
                                    b"yesterday</edXML:PromulgationDate>"), edxml.InvalidValue)


def _with_attachment(payload: str, content_type: str = "application/pdf") -> bytes:
    attachment = edxml.Attachment("x", content_type, data=b"placeholder")
    data = edxml.build_document(samples.document(attachments=(attachment,)))
    encoded = base64.encodebytes(b"placeholder").decode().strip().encode()
    return data.replace(encoded, payload.encode())


@pytest.mark.parametrize("payload", ["@@@not-base64@@@", "QUJD=", "QUJD====", "QUJD=QUJD",
                                     "QUJ", "QU\u00e9JD"])
def test_bad_base64(payload: str) -> None:
    _refused(_with_attachment(payload), edxml.BadBase64)


def test_base64_is_decoded_in_slices_across_line_breaks() -> None:
    from server.axis.edxml.attachments import decode_base64

    data = bytes(range(256)) * 20_000
    out = io.BytesIO()
    assert decode_base64(base64.encodebytes(data).decode(), out, limit=len(data)) == len(data)
    assert out.getvalue() == data
    with pytest.raises(edxml.TooLarge):
        decode_base64(base64.b64encode(data).decode(), io.BytesIO(), limit=len(data) - 1)


def test_deep_nesting_is_refused() -> None:
    deep = f'<edXML xmlns="{NS}">'.encode() + b"<a>" * 50_000 + b"</a>" * 50_000 + b"</edXML>"
    _refused(deep, edxml.MalformedXml)


def _zip(entries: dict[str, bytes]) -> str:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return base64.b64encode(buffer.getvalue()).decode()


def test_zip_bomb() -> None:
    bomb = _zip({"huge.pdf": b"\0" * (20 * 1024 * 1024)})
    _refused(_with_attachment(bomb, "application/zip"), edxml.ZipBomb)


def test_zip_bomb_with_lying_directory_is_caught_while_inflating() -> None:
    buffer = io.BytesIO(base64.b64decode(_zip({"a.pdf": b"\0" * (5 * 1024 * 1024)})))
    raw = bytearray(buffer.getvalue())
    # Patch the declared uncompressed size in the central directory down to 10 bytes.
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 24:central + 28] = (10).to_bytes(4, "little")
    payload = base64.b64encode(bytes(raw)).decode()
    with pytest.raises((edxml.ZipBomb, edxml.BadAttachment)):
        edxml.parse(_with_attachment(payload, "application/zip"))


@pytest.mark.parametrize("name", ["../../etc/cron.d/x", "/etc/passwd", "C:/Windows/x.dll",
                                  "a/../../b", "..\\..\\evil.exe"])
def test_path_traversal_in_zip_names(name: str) -> None:
    _refused(_with_attachment(_zip({name: b"x"}), "application/zip"), edxml.UnsafeZipPath)


def test_extract_zip_stays_inside_its_folder(tmp_path: Path) -> None:
    archive = tmp_path / "ok.zip"
    archive.write_bytes(base64.b64decode(_zip({"sub/a.pdf": b"1", "b.pdf": b"2"})))
    written = extract_zip(archive, tmp_path / "out", edxml.DEFAULT_LIMITS)
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in written) == \
        ["b.pdf", "sub/a.pdf"]


def test_not_a_zip() -> None:
    _refused(_with_attachment(base64.b64encode(b"plain").decode(), "application/zip"),
             edxml.BadAttachment)


def test_size_limits() -> None:
    data = edxml.build_document(samples.document())
    with pytest.raises(edxml.TooLarge):
        edxml.parse(data, limits=edxml.Limits(max_message_bytes=1000))
    with pytest.raises(edxml.TooLarge):
        edxml.parse(data, limits=edxml.Limits(max_attachment_bytes=100))


def test_tampered_content_fails_the_signature() -> None:
    data = edxml.build_document(samples.document(), signer=samples.seal())
    tampered = data.replace("triển khai".encode(), "hủy bỏ".encode())
    _refused(tampered, edxml.BadSignature)


def test_tampered_signature_value_fails() -> None:
    data = edxml.build_document(samples.document(), signer=samples.seal("ec"))
    start = data.index(b"<SignatureValue>") + len(b"<SignatureValue>")
    flipped = b"B" if data[start:start + 1] != b"B" else b"C"
    _refused(data[:start] + flipped + data[start + 1:], edxml.BadSignature)


def test_signature_over_a_fragment_is_never_reported_valid() -> None:
    data = edxml.build_document(samples.document(), signer=samples.seal())
    parsed = edxml.parse(data.replace(b'URI=""', b'URI="#evil"'))
    assert parsed.signature.state == "unverifiable"


def test_sending_refuses_what_the_standard_forbids() -> None:
    import dataclasses

    good = samples.document()
    bad_organ = dataclasses.replace(good, header=dataclasses.replace(
        good.header, to=(edxml.Organization("28.22.H17"),)))
    with pytest.raises(edxml.InvalidValue):
        edxml.build_document(bad_organ)
    no_recipient = dataclasses.replace(good, header=dataclasses.replace(good.header, to=()))
    with pytest.raises(edxml.MissingField):
        edxml.build_document(no_recipient)
    wrong_id = dataclasses.replace(good, header=dataclasses.replace(
        good.header, document_id="000.00.00.H41,2026/11/20,1/X"))
    with pytest.raises(edxml.InvalidValue):
        edxml.build_document(wrong_id)


def test_schema_rejects_a_reordered_header() -> None:
    data = edxml.build_document(samples.document())
    start, end = data.index(b"<Subject>"), data.index(b"</Subject>") + len(b"</Subject>")
    subject = data[start:end]
    moved = data[:start] + data[end:]
    moved = moved.replace(b"<SteeringType>", subject + b"<SteeringType>")
    with pytest.raises(edxml.SchemaInvalid):
        edxml.validate(moved)
    edxml.parse(moved)  # the tolerant reader still takes it


def test_mutated_messages_raise_only_edxml_errors() -> None:
    import random

    from tests.unit.axis.field_samples import FIELD_STATUS

    seeds = [edxml.build_document(samples.document(), signer=samples.seal()),
             edxml.build_status(samples.status(edxml.StatusCode.REJECTED),
                                signer=samples.seal("ec")), FIELD_DOCUMENT, FIELD_STATUS]
    rng = random.Random(20261126)
    for _ in range(400):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(data))
            if rng.random() < 0.5:
                data[at] = rng.randrange(256)
            else:
                del data[at:at + rng.randint(1, 40)]
        with contextlib.suppress(edxml.EdxmlError):  # anything else fails the test
            edxml.parse(bytes(data))
