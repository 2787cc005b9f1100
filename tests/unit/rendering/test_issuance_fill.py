"""The clerk's fill after the leader's signature keeps that signature valid (issue 4, "done when").

This drives pyHanko directly with a throw-away self-signed certificate; the real flow (signing/,
FieldMDP lock) belongs to the signing feature and only has to use the same field names.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest

pyhanko = pytest.importorskip("pyhanko")

from asn1crypto import keys as asn1_keys  # noqa: E402
from asn1crypto import x509 as asn1_x509  # noqa: E402
from cryptography import x509  # noqa: E402
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402
from pyhanko.pdf_utils import generic  # noqa: E402
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: E402
from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: E402
from pyhanko.sign import signers  # noqa: E402
from pyhanko.sign.diff_analysis import ModificationLevel  # noqa: E402
from pyhanko.sign.validation import validate_pdf_signature  # noqa: E402
from pyhanko_certvalidator import ValidationContext  # noqa: E402

from server.rendering import render_draft  # noqa: E402
from server.rendering.examples import example_draft  # noqa: E402


def _leader() -> tuple[asn1_x509.Certificate, asn1_keys.PrivateKeyInfo]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Nguyễn Văn Hùng")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, True, False, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return (
        asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        asn1_keys.PrivateKeyInfo.load(der_key),
    )


def _fill(data: bytes, values: dict[str, str]) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    for ref in writer.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        name = str(field["/T"])
        if name not in values:
            continue
        field["/V"] = generic.TextStringObject(values[name])
        kids = [k.get_object() for k in field["/Kids"]] if "/Kids" in field else [field]
        for widget in kids:
            rect = [float(v) for v in widget["/Rect"]]
            stream = generic.StreamObject(
                {
                    generic.NameObject("/Type"): generic.NameObject("/XObject"),
                    generic.NameObject("/Subtype"): generic.NameObject("/Form"),
                    generic.NameObject("/BBox"): generic.ArrayObject(
                        [
                            generic.FloatObject(0),
                            generic.FloatObject(0),
                            generic.FloatObject(rect[2] - rect[0]),
                            generic.FloatObject(rect[3] - rect[1]),
                        ]
                    ),
                },
                stream_data=b"",  # a real filler draws the text with an embedded font
            )
            widget["/AP"] = generic.DictionaryObject(
                {generic.NameObject("/N"): writer.add_object(stream)}
            )
            if widget is not field:
                writer.update_container(widget)
        writer.update_container(field)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_sign_then_fill_number_and_date_keeps_signature_valid():
    cert, key = _leader()
    draft_pdf = render_draft(example_draft("decision")).pdf  # has a same-file appendix
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key, cert_registry=None)
    signed = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(draft_pdf)),
        signers.PdfSignatureMetadata(field_name="LeaderSignature"),
        signer=signer,
    ).getvalue()
    values = {"IssueNumber": "12", "IssueDate": "ngày 05 tháng 02 năm 2026"}
    filled = _fill(signed, values | {f"{k}_A1": v for k, v in values.items()})
    reader = PdfFileReader(io.BytesIO(filled))
    (signature,) = reader.embedded_signatures
    assert signature.field_name == "LeaderSignature"
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[cert]))
    assert status.intact and status.valid
    assert status.modification_level == ModificationLevel.FORM_FILLING
    assert status.docmdp_ok
