"""Vietnamese search with or without diacritics, filters, and bad input at intake."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.fixtures.pdfs import make_pdf

Login = Callable[..., dict[str, str]]

DOCS = [
    ("decision", "Quyết định phê duyệt đề án chuyển đổi số", "Bộ Thông tin và Truyền thông",
     ["Điều 1. Phê duyệt Đề án"]),
    ("official_letter", "Về việc đôn đốc giải ngân vốn đầu tư công", "Bộ Tài chính",
     ["Kính gửi: các Bộ, ngành", "Đẩy nhanh giải ngân"]),
    ("report", "Báo cáo tình hình kinh tế - xã hội tháng 10", "Tổng cục Thống kê",
     ["Tăng trưởng GDP quý III đạt 7,4%"]),
    ("invitation", "Giấy mời họp về công tác phòng chống lụt bão", "Ủy ban nhân dân tỉnh Quảng Bình",
     ["Thời gian: 8 giờ 00"]),
]


@pytest.fixture
def received(client, login: Login) -> dict[str, int]:
    clerk = login("clerk")
    ids = {}
    for number, (type_code, subject, organ, lines) in enumerate(DOCS, start=1):
        metadata = {"type_code": type_code, "subject": subject, "issuing_organ_name": organ,
                    "number": number * 10, "notation": "XX-YY"}
        response = client.post("/api/v1/documents/incoming", headers=clerk,
                               data={"metadata": json.dumps(metadata)},
                               files={"file": ("a.pdf", make_pdf(lines), "application/pdf")})
        assert response.status_code == 201, response.text
        ids[type_code] = response.json()["id"]
    return ids


def _search(client, headers: dict[str, str], **params: object) -> set[int]:
    response = client.get("/api/v1/documents", headers=headers, params=params)
    assert response.status_code == 200, response.text
    return {d["id"] for d in response.json()["items"]}


@pytest.mark.parametrize(("query", "expected"), [
    ("quyet dinh", {"decision"}), ("Quyết định", {"decision"}), ("QUYẾT ĐỊNH", {"decision"}),
    ("chuyen doi so", {"decision"}), ("don doc giai ngan", {"official_letter"}),
    ("đôn đốc", {"official_letter"}), ("dôn dốc", {"official_letter"}),
    ("bo tai chinh", {"official_letter"}), ("lut bao", {"invitation"}),
    ("GDP quy III", {"report"}),  # only in the PDF's text
    ("quang binh", {"invitation"}), ("10/XX-YY", {"decision"}), ("khong co gi", set()),
    ("100%_", set()),
])
def test_search_with_or_without_diacritics(client, login: Login, received: dict[str, int],
                                           query: str, expected: set[str]) -> None:
    found = _search(client, login("clerk"), q=query)
    assert found == {received[name] for name in expected}


def test_filters_narrow_the_list(client, login: Login, received: dict[str, int]) -> None:
    clerk = login("clerk")
    assert _search(client, clerk, type_code="report") == {received["report"]}
    assert _search(client, clerk, direction="incoming") == set(received.values())
    assert _search(client, clerk, direction="outgoing") == set()
    assert _search(client, clerk, state="received") == set(received.values())
    assert _search(client, clerk, state="issued") == set()
    page = client.get("/api/v1/documents", headers=clerk, params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["has_more"] is True


def test_the_duplicate_is_announced_at_registration(client, login: Login,
                                                    received: dict[str, int]) -> None:
    clerk = login("clerk")
    metadata = {"type_code": "report", "subject": "Báo cáo (bản gửi lại)", "number": 30,
                "notation": "XX-YY", "issuing_organ_name": "Tổng cục Thống kê"}
    again = client.post("/api/v1/documents/incoming", headers=clerk,
                        data={"metadata": json.dumps(metadata)},
                        files={"file": ("a.pdf", make_pdf(["x"]), "application/pdf")}).json()
    registered = client.post(f"/api/v1/documents/{again['id']}/register", headers=clerk).json()
    assert registered["duplicate_ids"] == [received["report"]]


GOOD = {"type_code": "report", "subject": "Báo cáo", "issuing_organ_name": "Bộ Y tế"}


@pytest.mark.parametrize(("metadata", "file", "status"), [
    ({**GOOD, "type_code": "emperor_edict"}, ("a.pdf", b"%PDF-1.7 ok", "application/pdf"), 422),
    ({"subject": "Thiếu loại"}, ("a.pdf", b"%PDF-1.7", "application/pdf"), 422),
    ({**GOOD, "subject": "x" * 501}, ("a.pdf", b"%PDF-1.7", "application/pdf"), 422),
    ({**GOOD, "issuing_organ_id": "G22"}, ("a.pdf", b"%PDF-1.7", "application/pdf"), 422),
    (GOOD, ("a.docx", b"PK\x03\x04 word", "application/pdf"), 415),
    (GOOD, ("../../etc/passwd", b"%PDF-1.7", "application/pdf"), 422),
    (GOOD, ("a.pdf", b"%PDF-1.7" + b"0" * 2_000_000, "application/pdf"), 413),
    ("{not json", ("a.pdf", b"%PDF-1.7", "application/pdf"), 422),
])
def test_bad_intake_is_refused_and_changes_nothing(client, login: Login, context,
                                                   metadata: object, file: tuple[str, bytes, str],
                                                   status: int) -> None:
    clerk = login("clerk")
    raw = metadata if isinstance(metadata, str) else json.dumps(metadata)
    response = client.post("/api/v1/documents/incoming", headers=clerk,
                           data={"metadata": raw}, files={"file": file})
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert _search(client, clerk) == set()
    assert list(context.store.blobs()) == []


def test_a_hostile_pdf_is_kept_but_marked(client, login: Login) -> None:
    clerk = login("clerk")
    hostile = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\n" + b"\x00" * 500
    response = client.post("/api/v1/documents/incoming", headers=clerk,
                           data={"metadata": json.dumps(GOOD)},
                           files={"file": ("hong.pdf", hostile, "application/pdf")})
    assert response.status_code == 201
    assert response.json()["text_status"] == "failed"
    attachment = client.post(f"/api/v1/documents/{response.json()['id']}/attachments",
                             headers=clerk, files={"file": ("phu-luc.pdf", hostile, "application/pdf")})
    assert attachment.status_code == 201 and attachment.json()["text_status"] == "failed"
    other = client.post(f"/api/v1/documents/{response.json()['id']}/attachments",
                        headers=clerk, files={"file": ("bang.xlsx", b"PK\x03\x04", "application/zip")})
    assert other.status_code == 201 and other.json()["text_status"] == "not_pdf"
