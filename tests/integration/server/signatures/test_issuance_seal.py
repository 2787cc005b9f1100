"""Issuance writes number and date into the signed file and applies the agency seal from the
(SoftHSM) HSM; every signature still validates; a failed seal uses no number."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from datetime import date

import pikepdf

import signing
from server.auth.service import principal_of
from server.core.context import AppContext
from server.documents import outgoing
from server.documents.tables import Document
from server.signatures.config import SignatureSetup
from server.signatures.errors import SealNotConfigured
from server.users.tables import User
from tests.fixtures.pki import ServedPki
from tests.fixtures.server import Seed

from .conftest import (
    Bind,
    MakeToSign,
    leader_sign,
    leader_sign_locking_everything,
    plain_pdf,
    rendered_letter,
)

Login = Callable[..., dict[str, str]]


def _signed_document(client, login: Login, make_to_sign: MakeToSign, bind: Bind,  # noqa: ANN001
                     served_pki: ServedPki, pdf: bytes | None = None,
                     sign: Callable[[ServedPki, bytes], bytes] = leader_sign) -> int:
    bind("leader-an", "leader")
    original = pdf or rendered_letter()
    doc = make_to_sign(original)
    response = client.post(f"/api/v1/documents/{doc}/sign", headers=login("leader"),
                           files={"file": ("ky.pdf", sign(served_pki, original),
                                           "application/pdf")})
    assert response.status_code == 200, response.text
    return doc


def _version_pdf(client, login: Login, doc: int, version_no: int) -> bytes:  # noqa: ANN001
    response = client.get(f"/api/v1/documents/{doc}/versions/{version_no}/file",
                          headers=login("clerk"))
    assert response.status_code == 200
    return response.content


def _field_values(data: bytes) -> dict[str, str]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return {str(f.T): str(f.get("/V", "")) for f in pdf.Root.AcroForm.Fields
                if f.get("/FT") == "/Tx"}


def test_issuance_fills_number_and_date_and_seals(
    client, login: Login, make_to_sign: MakeToSign, bind: Bind, served_pki: ServedPki
) -> None:
    doc = _signed_document(client, login, make_to_sign, bind, served_pki)
    issued = client.post(f"/api/v1/documents/{doc}/issue", headers=login("clerk"))
    assert issued.status_code == 200, issued.text
    assert issued.json()["state"] == "issued" and issued.json()["number"] == 1
    detail = client.get(f"/api/v1/documents/{doc}", headers=login("clerk")).json()
    assert [v["signed"] for v in detail["versions"]] == [False, True, True]
    assert detail["versions"][2]["reason"].startswith("issued and sealed by the clerk")
    day = date.fromisoformat(issued.json()["issue_date"])
    data = _version_pdf(client, login, doc, 3)
    assert signing.is_incremental_update(_version_pdf(client, login, doc, 2), data)
    values = _field_values(data)
    assert values["IssueNumber"] == "01"
    assert values["IssueDate"].startswith(f"ngày {day.day:02d} tháng ")
    assert values["IssueDate"].endswith(f"năm {day.year}")
    report = signing.verify_pdf(data, trust_roots=(served_pki.pki.root_pem,),
                                sources=signing.ValidationSources(allow_fetching=True))
    assert report.verdict is signing.Verdict.VALID
    leader, seal = report.signatures[:2]
    assert leader.field_name == "LeaderSignature" and seal.field_name == "AgencySeal"
    assert leader.modification is signing.Modification.PERMITTED
    assert seal.modification is signing.Modification.NONE
    assert seal.signer is not None and seal.signer.subject_name == "Văn phòng Chính phủ"
    assert seal.level in ("B-LT", "B-LTA")
    stored = client.get(f"/api/v1/documents/{doc}/versions/3/signatures",
                        headers=login("clerk")).json()
    assert stored["step"] == "issuance" and stored["verdict"] == "valid"
    assert [s["field"] for s in stored["signatures"]] == ["LeaderSignature", "AgencySeal"]


def test_a_file_without_issuance_fields_is_sealed_and_says_so(
    client, login: Login, make_to_sign: MakeToSign, bind: Bind, served_pki: ServedPki
) -> None:
    # Not from the renderer: no number or date field. The leader's client adds an empty seal
    # field before signing so that its lock leaves the seal open.
    draft = signing.add_signature_field(plain_pdf(), "AgencySeal")
    doc = _signed_document(client, login, make_to_sign, bind, served_pki, draft)
    issued = client.post(f"/api/v1/documents/{doc}/issue", headers=login("clerk"))
    assert issued.status_code == 200, issued.text
    version = client.get(f"/api/v1/documents/{doc}", headers=login("clerk")).json()["versions"][2]
    assert "no issuance fields" in version["reason"] and version["signed"]
    report = signing.verify_pdf(_version_pdf(client, login, doc, 3),
                                trust_roots=(served_pki.pki.root_pem,),
                                sources=signing.ValidationSources(allow_fetching=True))
    assert report.verdict is signing.Verdict.VALID
    assert [s.field_name for s in report.signatures][:2] == ["LeaderSignature", "AgencySeal"]


def test_a_seal_the_leaders_lock_forbids_is_refused_and_uses_no_number(
    client, login: Login, make_to_sign: MakeToSign, bind: Bind, served_pki: ServedPki
) -> None:
    doc = _signed_document(client, login, make_to_sign, bind, served_pki, plain_pdf(),
                           sign=leader_sign_locking_everything)
    refused = client.post(f"/api/v1/documents/{doc}/issue", headers=login("clerk"))
    assert refused.status_code == 409, refused.text
    assert refused.json()["code"] == "issuance_breaks_signature"
    detail = client.get(f"/api/v1/documents/{doc}", headers=login("clerk")).json()
    assert detail["state"] == "signed" and detail["number"] is None
    assert len(detail["versions"]) == 2


def test_a_seal_failure_uses_no_number(
    client, login: Login, context: AppContext, make_to_sign: MakeToSign, bind: Bind,
    served_pki: ServedPki,
) -> None:
    doc = _signed_document(client, login, make_to_sign, bind, served_pki)
    seal = context.signatures.seal
    assert seal is not None
    working = seal.spec
    seal.close()
    seal.spec = dataclasses.replace(working, key_id=None, key_label="không có khóa này")
    refused = client.post(f"/api/v1/documents/{doc}/issue", headers=login("clerk"))
    assert refused.status_code == 503 and refused.json()["code"] == "seal_unavailable"
    detail = client.get(f"/api/v1/documents/{doc}", headers=login("clerk")).json()
    assert detail["state"] == "signed" and detail["number"] is None
    assert len(detail["versions"]) == 2
    seal.spec = working
    issued = client.post(f"/api/v1/documents/{doc}/issue", headers=login("clerk"))
    assert issued.status_code == 200, issued.text
    assert issued.json()["number"] == 1


def test_without_a_configured_seal_issuance_is_refused(
    context: AppContext, seed: Seed, make_to_sign: MakeToSign
) -> None:
    doc = make_to_sign(state="signed")
    unsealed = SignatureSetup(trust=context.signatures.trust, seal=None, seal_required=True)
    with context.database.reading() as session:
        clerk = principal_of(session.get(User, seed.users["clerk"]))  # type: ignore[arg-type]
    with context.database.writing() as session:
        try:
            outgoing.issue(session, store=context.store, actor=clerk, document_id=doc,
                           signatures=unsealed)
        except SealNotConfigured as exc:
            assert exc.status == 503 and exc.code == "seal_not_configured"
        else:
            raise AssertionError("issued without a seal")
    with context.database.reading() as session:
        assert session.get(Document, doc).number is None  # type: ignore[union-attr]
    optional = dataclasses.replace(unsealed, seal_required=False)
    with context.database.writing() as session:
        issued = outgoing.issue(session, store=context.store, actor=clerk, document_id=doc,
                                signatures=optional)
        assert issued.number == 1


def test_verify_any_pdf_for_the_signature_panel(
    client, login: Login, served_pki: ServedPki
) -> None:
    signed = leader_sign(served_pki, rendered_letter())
    response = client.post("/api/v1/signatures/verify", headers=login("officer"),
                           files={"file": ("x.pdf", signed, "application/pdf")})
    assert response.status_code == 200, response.text
    assert response.json()["verdict"] == "valid"
    assert response.json()["signatures"][0]["status"] == "hợp lệ có cảnh báo"  # B-B: no TSA
    unsigned = client.post("/api/v1/signatures/verify", headers=login("officer"),
                           files={"file": ("x.pdf", plain_pdf(), "application/pdf")})
    assert unsigned.json()["verdict"] == "no-signature"
    broken = client.post("/api/v1/signatures/verify", headers=login("officer"),
                         files={"file": ("x.pdf", b"%PDF-1.7\n garbage", "application/pdf")})
    assert broken.status_code == 415
    too_big = client.post("/api/v1/signatures/verify", headers=login("officer"),
                          files={"file": ("x.pdf", b"%PDF" + b"0" * (1024 * 1024),
                                          "application/pdf")})
    assert too_big.status_code == 413
    anonymous = client.post("/api/v1/signatures/verify",
                            files={"file": ("x.pdf", signed, "application/pdf")})
    assert anonymous.status_code == 401
