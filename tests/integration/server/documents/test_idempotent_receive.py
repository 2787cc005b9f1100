"""Repeat-safe intake (``Idempotency-Key``) and edited attachments sent back (``If-Match``)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from fastapi.testclient import TestClient
from httpx import Response

from tests.fixtures.pdfs import make_pdf

Login = Callable[..., dict[str, str]]
METADATA = json.dumps({"type_code": "official_letter", "subject": "Về việc báo cáo quý IV",
                       "issuing_organ_name": "Bộ Tài chính"})


def _receive(client: TestClient, headers: dict[str, str], pdf: bytes,
             key: str | None) -> Response:
    extra = {"Idempotency-Key": key} if key else {}
    response: Response = client.post(
        "/api/v1/documents/incoming", headers={**headers, **extra}, data={"metadata": METADATA},
        files={"file": ("scan.pdf", pdf, "application/pdf")})
    return response


def _incoming_ids(client: TestClient, headers: dict[str, str]) -> set[int]:
    page = client.get("/api/v1/documents", headers=headers,
                      params={"direction": "incoming", "limit": 200}).json()
    return {d["id"] for d in page["items"]}


def test_a_repeated_receive_gives_the_first_document(client: TestClient, login: Login) -> None:
    clerk = login("clerk")
    pdf = make_pdf(["Công văn quét từ máy quét"])
    key = hashlib.sha256(pdf).hexdigest()
    first = _receive(client, clerk, pdf, key)
    assert first.status_code == 201, first.text
    again = _receive(client, clerk, pdf, key.upper())
    assert again.status_code == 200, again.text
    assert again.json()["id"] == first.json()["id"]
    assert _incoming_ids(client, clerk) == {first.json()["id"]}
    # without the key the server does as before: a second document
    plain = _receive(client, clerk, pdf, None)
    assert plain.status_code == 201 and plain.json()["id"] != first.json()["id"]


def test_the_key_must_be_the_files_hash(client: TestClient, login: Login) -> None:
    clerk = login("clerk")
    pdf = make_pdf(["Bản quét"])
    wrong = _receive(client, clerk, pdf, hashlib.sha256(b"other").hexdigest())
    assert wrong.status_code == 422 and wrong.json()["code"] == "validation_failed"
    malformed = _receive(client, clerk, pdf, "not-a-hash")
    assert malformed.status_code == 422
    assert _incoming_ids(client, clerk) == set()


def _attach(client: TestClient, headers: dict[str, str], document_id: int, data: bytes,
            if_match: str | None) -> Response:
    extra = {"If-Match": if_match} if if_match else {}
    response: Response = client.post(
        f"/api/v1/documents/{document_id}/attachments", headers={**headers, **extra},
        files={"file": ("du-thao.docx", data, "application/octet-stream")})
    return response


def test_an_edited_attachment_based_on_a_replaced_one_is_refused(client: TestClient,
                                                                 login: Login) -> None:
    clerk = login("clerk")
    document_id = _receive(client, clerk, make_pdf(["Văn bản"]), None).json()["id"]
    original = _attach(client, clerk, document_id, b"v1", None).json()
    base = f'"{original["file_sha256"]}"'
    mine = _attach(client, clerk, document_id, b"v2 mine", base)
    assert mine.status_code == 201, mine.text
    theirs = _attach(client, clerk, document_id, b"v2 theirs", base)  # edited from v1 too
    assert theirs.status_code == 409
    assert theirs.json()["code"] == "stale_version"
    assert "người khác" in theirs.json()["message"]
    names = [a["file_sha256"] for a in client.get(f"/api/v1/documents/{document_id}",
                                                  headers=clerk).json()["attachments"]]
    assert names == [original["file_sha256"], mine.json()["file_sha256"]]
    assert _attach(client, clerk, document_id, b"x", '"zz"').status_code == 422
