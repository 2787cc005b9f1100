"""An incoming and an outgoing document walked through every step over HTTP, each step by the
person whose job it is (clerk, leader, unit head, officer)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

import httpx
import pytest

from signing import add_signature_field, sign_as_leader
from tests.fixtures.pdfs import incremental_update, make_pdf
from tests.fixtures.pki import in_process_pki

Login = Callable[..., dict[str, str]]

INCOMING = {
    "type_code": "official_letter", "subject": "Về việc báo cáo tình hình thực hiện Nghị quyết 01",
    "issuing_organ_name": "Bộ Tài chính", "issuing_organ_id": "000.00.00.G12",
    "number": 1234, "notation": "BTC-NSNN", "issue_date": "2026-11-20",
    "summary": "Đề nghị Văn phòng Chính phủ tổng hợp số liệu quý IV", "urgency": "urgent",
}


def _pdf(*lines: str) -> tuple[str, bytes, str]:
    return ("van-ban.pdf", make_pdf(lines or ("Công văn",)), "application/pdf")


@pytest.fixture(scope="module")
def people(server) -> dict[str, int]:  # noqa: ANN001
    """Ids of the demo people and units these tests use."""
    with httpx.Client(base_url=server.base_url) as api:
        token = api.post("/api/v1/auth/login", json={"username": "lannt",
                                                     "password": "Demo-phigiay-2026"}).json()
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        users = {u["username"]: u["id"] for u in api.get("/api/v1/users", headers=headers).json()}
        units = {u["code"]: u["id"] for u in api.get("/api/v1/units", headers=headers).json()}
    return {**users, **{f"unit:{code}": unit_id for code, unit_id in units.items()}}


def _post(api, url: str, headers: dict[str, str], expected: int = 200, **kwargs: object):
    response = api.post(url, headers=headers, **kwargs)
    assert response.status_code == expected, response.text
    return response.json()


def test_incoming_document_from_receipt_to_completion(api, login: Login, people) -> None:
    clerk, leader = login("lannt"), login("khanglm")
    head, officer = login("longbd"), login("maint")
    received = _post(api, "/api/v1/documents/incoming", clerk, 201,
                     data={"metadata": json.dumps(INCOMING)},
                     files={"file": _pdf("Kính gửi: Văn phòng Chính phủ", "Số liệu quý IV")})
    doc = received["id"]
    assert received["state"] == "received" and received["text_status"] == "ok"
    registered = _post(api, f"/api/v1/documents/{doc}/register", clerk)
    assert registered["document"]["arrival_number"] == 1 and registered["duplicate_ids"] == []
    _post(api, f"/api/v1/documents/{doc}/present", clerk,
          json={"leader_id": people["khanglm"]})
    assert [d["id"] for d in api.get("/api/v1/documents/my-work", headers=leader)
            .json()["lists"]["to_direct"]] == [doc]
    deadline = (date.today() + timedelta(days=14)).isoformat()
    directed = _post(api, f"/api/v1/documents/{doc}/direct", leader, json={
        "text": "Giao Vụ Tổng hợp chủ trì, báo cáo trước ngày 15/12.",
        "lead": {"unit_id": people["unit:TH"]}, "info": [{"unit_id": people["unit:VTLT"]}],
        "deadline": deadline})
    assert directed["state"] == "directed" and directed["due_date"] == deadline
    assert doc in [d["id"] for d in api.get("/api/v1/documents/my-work", headers=head)
                   .json()["lists"]["to_process"]]
    _post(api, f"/api/v1/documents/{doc}/assign", head,
          json={"officer_id": people["maint"], "note": "Tổng hợp số liệu"})
    work = api.get("/api/v1/documents/my-work", headers=officer).json()
    assert doc in [d["id"] for d in work["lists"]["to_process"]]
    # The officer drafts a reply linked to the incoming document, then completes.
    reply = _post(api, "/api/v1/documents", officer, 201, data={"metadata": json.dumps({
        "type_code": "official_letter", "subject": "V/v báo cáo số liệu quý IV",
        "reply_to_id": doc, "recipients": [{"organ_id": "000.00.00.G12",
                                            "organ_name": "Bộ Tài chính"}]})},
        files={"file": _pdf("Trả lời Bộ Tài chính")})
    assert reply["reply_to_id"] == doc
    done = _post(api, f"/api/v1/documents/{doc}/complete", officer, json={"note": "Đã trả lời"})
    assert done["state"] == "completed"
    steps = [h["action"] for h in api.get(f"/api/v1/documents/{doc}/history",
                                             headers=officer).json()]
    assert steps == ["received", "registered", "presented", "directed", "assigned", "completed"]


def test_outgoing_document_from_draft_to_issuance(api, login: Login, people) -> None:
    clerk, leader = login("lannt"), login("khanglm")
    head, officer = login("longbd"), login("maint")
    first = make_pdf(["QUYẾT ĐỊNH", "Về việc ban hành Quy chế làm việc"])
    draft = _post(api, "/api/v1/documents", officer, 201, data={"metadata": json.dumps({
        "type_code": "decision", "subject": "Ban hành Quy chế làm việc của Văn phòng",
        "signer_position": "BỘ TRƯỞNG", "signer_name": "Lê Minh Khang",
        "recipients": [{"unit_id": people["unit:VTLT"]},
                       {"organ_id": "000.00.00.G12", "organ_name": "Bộ Tài chính"}]})},
        files={"file": ("du-thao.pdf", first, "application/pdf")})
    doc = draft["id"]
    _post(api, f"/api/v1/documents/{doc}/submit-review", officer)
    assert doc in [d["id"] for d in api.get("/api/v1/documents/my-work", headers=head)
                   .json()["lists"]["to_review"]]
    returned = _post(api, f"/api/v1/documents/{doc}/return", head,
                     json={"reason": "Bổ sung căn cứ pháp lý"})
    assert returned["state"] == "returned"
    second = make_pdf(["QUYẾT ĐỊNH", "Căn cứ Nghị định 30/2020/NĐ-CP"])
    _post(api, f"/api/v1/documents/{doc}/versions", officer,
          data={"reason": "bổ sung căn cứ"}, files={"file": ("v2.pdf", second, "application/pdf")})
    _post(api, f"/api/v1/documents/{doc}/submit-review", officer)
    _post(api, f"/api/v1/documents/{doc}/initial", head)
    _post(api, f"/api/v1/documents/{doc}/submit-signature", head,
          json={"leader_id": people["khanglm"]})
    assert [d["id"] for d in api.get("/api/v1/documents/my-work", headers=leader)
            .json()["lists"]["to_sign"]] == [doc]
    key = in_process_pki().key("leader-an")  # the leader's token, on the leader's desktop
    _post(api, f"/api/v1/users/{people['khanglm']}/certificates", leader, 201,
          files={"file": ("an.cer", key.certificate.der, "application/pkix-cert")})
    rewritten = make_pdf(["QUYẾT ĐỊNH", "nội dung khác"])
    refused = api.post(f"/api/v1/documents/{doc}/sign", headers=leader,
                       files={"file": ("x.pdf", sign_as_leader(rewritten, key),
                                       "application/pdf")})
    assert refused.status_code == 422
    assert refused.json()["code"] == "signature_not_incremental"
    unsigned = api.post(f"/api/v1/documents/{doc}/sign", headers=leader,
                        files={"file": ("x.pdf", incremental_update(second, note="ký"),
                                        "application/pdf")})
    assert unsigned.json()["code"] == "signature_missing"
    signed = _post(api, f"/api/v1/documents/{doc}/sign", leader,
                   files={"file": ("ky.pdf", sign_as_leader(
                       add_signature_field(second, "AgencySeal"), key), "application/pdf")})
    assert signed["state"] == "signed"
    issued = _post(api, f"/api/v1/documents/{doc}/issue", clerk)
    assert issued["state"] == "issued" and issued["number"] == 1
    assert issued["notation"] == "QĐ-VPCP" and issued["issuing_organ_id"] == "000.00.00.G22"
    detail = api.get(f"/api/v1/documents/{doc}", headers=officer).json()
    assert [v["signed"] for v in detail["versions"]] == [False, False, True, True]
    sealed = api.get(f"/api/v1/documents/{doc}/versions/4/signatures", headers=officer).json()
    assert sealed["verdict"] == "valid"
    assert [s["field"] for s in sealed["signatures"]] == ["LeaderSignature", "AgencySeal"]
    assert {r["delivery_status"] for r in detail["recipients"]} == {"delivered", "pending"}
    steps = [h["action"] for h in api.get(f"/api/v1/documents/{doc}/history",
                                             headers=officer).json()]
    assert steps == ["drafted", "submitted_for_review", "returned", "revised",
                     "submitted_for_review", "initialed", "submitted_for_signature", "signed",
                     "issued"]
    revoked = _post(api, f"/api/v1/documents/{doc}/revoke", leader,
                    json={"reason": "Ban hành nhầm"})
    assert revoked["state"] == "revoked" and revoked["number"] == 1
