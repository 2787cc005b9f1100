"""The archive over HTTP on a real database: catalogue, filing, closing with Circular 02
metadata, search, packages, tampering caught, transfer, legal hold and disposal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from server.archive.preservation import Preservation, purge_destroyed
from server.archive.tables import DossierDocumentRow
from server.core.context import AppContext
from server.core.tables import AuditEntry, Event

from .conftest import MakeDocument
from .kit import ArchiveApi

ORGAN = "000.00.00.G22"


@pytest.fixture
def api(client: Any, login: Callable[..., dict[str, str]]) -> ArchiveApi:
    users = ("officer", "clerk", "leader", "unithead", "member", "admin")
    return ArchiveApi(client, {name: login(name) for name in users})


def _packages_dir(context: AppContext) -> Path:
    return context.settings.data_dir / "archive" / "packages"


def test_catalogue_filing_closing_search_and_packages(
    api: ArchiveApi, make_document: MakeDocument, context: AppContext
) -> None:
    api.call("clerk", "POST", "/catalogues/2026/entries", 201,
             json={"notation": "01.TCCB", "title": "Hồ sơ công tác tổ chức cán bộ năm 2026",
                   "retention": "Vĩnh viễn", "creator": "Vụ Tổ chức cán bộ"})
    api.call("clerk", "POST", "/catalogues/2026/approve", 403)
    approved = api.call("leader", "POST", "/catalogues/2026/approve")
    assert approved["approved"] and approved["approved_by"].startswith("Lê Minh Khang")
    api.call("clerk", "POST", "/catalogues/2026/entries", 409,
             json={"notation": "02.X", "title": "Muộn", "retention": "10", "creator": "X"})

    planned = api.open("officer", "01.TCCB")
    assert planned["in_catalogue"] and planned["retention"] == "Vĩnh viễn"
    code = planned["file_code"]
    assert code == f"{ORGAN}.2026.01.TCCB"
    other = api.open("officer", "07.NS", title="Hồ sơ ngân sách", retention="20")
    assert not other["in_catalogue"]

    first = make_document("Quyết định bổ nhiệm cán bộ", date(2026, 3, 2))
    second = make_document("Công văn về tuyển dụng công chức", date(2026, 5, 20))
    draft = make_document("Dự thảo", date(2026, 6, 1), state="draft")
    api.file("officer", code, first)
    api.file("officer", code, second)
    api.file("officer", other["file_code"], first)  # the same document, by reference
    api.file("officer", code, draft, expected=404)
    api.call("officer", "DELETE", f"/dossiers/{code}/documents/{second}")
    api.file("officer", code, second)

    closed = api.close("officer", code, keywords=["tổ chức", "cán bộ"])
    assert closed["state"] == "closed"
    assert (closed["doc_total"], closed["start_date"], closed["end_date"]) == (
        2, "2026-03-02", "2026-05-20")
    assert closed["page_total"] == 2 and closed["transfer_deadline"] == "2027-05-20"
    assert [d["document_id"] for d in closed["documents"]] == [first, second]
    api.file("officer", code, make_document("Muộn", date(2026, 7, 1)), expected=409)

    for query in ("to chuc can bo", "tổ chức", "TUYEN DUNG"):
        found = api.call("officer", "GET", "/dossiers", params={"q": query})
        assert code in [d["file_code"] for d in found], query
    assert api.call("officer", "GET", "/dossiers", params={"q": "ngan sach"})[0][
        "file_code"] == other["file_code"]

    api.pack("officer", code, expected=403)
    package = api.pack("clerk", code)
    bag = _packages_dir(context) / package["name"]
    assert (bag / "manifest-sha512.txt").is_file() and package["documents"] == 2
    report = api.call("clerk", "POST", f"/packages/{package['id']}/verify")
    assert report["valid"] and report["problems"] == []
    zipped = api.call("clerk", "GET", f"/packages/{package['id']}/export")
    assert zipped[:2] == b"PK"

    pdf = sorted((bag / "data/documents").glob("*.pdf"))[0]
    pdf.write_bytes(pdf.read_bytes().replace(b"%%EOF", b"%%EOX", 1))
    report = api.call("clerk", "POST", f"/packages/{package['id']}/verify")
    assert not report["valid"]
    assert {p["kind"] for p in report["problems"]} >= {"tampered-file"}
    assert any(p["path"].endswith(pdf.name) for p in report["problems"])
    api.call("clerk", "GET", f"/packages/{package['id']}/export", 409)

    run = api.call("clerk", "POST", "/fixity", 201)
    assert [a["path"] for a in run["alerts"]] == [str(bag)]
    with context.database.reading() as session:
        kinds = list(session.scalars(select(Event.kind)))
        actions = list(session.scalars(select(AuditEntry.action)))
    assert "archive.fixity_alert" in kinds and "archive.dossier_closed" in kinds
    assert {"archive.dossier_opened", "archive.document_filed", "archive.document_removed",
            "archive.package_built", "archive.package_verified"} <= set(actions)


def test_transfer_hold_and_disposal_with_approval(
    api: ArchiveApi, make_document: MakeDocument, context: AppContext
) -> None:
    opened = api.open("officer", "03.VP", year=2024, title="Hồ sơ hội nghị năm 2024",
                      retention="1")
    code = opened["file_code"]
    ids = [make_document(f"Thông báo hội nghị {i}", date(2024, 2 + i, 10)) for i in range(3)]
    for document_id in ids:
        api.file("officer", code, document_id)
    api.close("officer", code)

    api.pack("officer", code, transfer=True, expected=403)
    package = api.pack("clerk", code, transfer=True)
    transferred = api.call("clerk", "GET", f"/dossiers/{code}")
    assert transferred["state"] == "transferred" and package["transfer"]
    assert transferred["package_fingerprint"] == package["fingerprint"]
    api.pack("clerk", code, transfer=True, expected=409)  # only a closed dossier transfers

    api.call("officer", "POST", f"/dossiers/{code}/holds", 403, json={"reason": "x"})
    held = api.call("leader", "POST", f"/dossiers/{code}/holds",
                    json={"reason": "Thanh tra vụ việc số 12"})
    hold_id = held["holds"][0]["hold_id"]
    api.call("clerk", "POST", f"/dossiers/{code}/disposal-approval", 403,
             json={"decision_ref": "15/QĐ-VPCP"})
    api.call("leader", "POST", f"/dossiers/{code}/disposal-approval",
             json={"decision_ref": "15/QĐ-VPCP"})
    refused = api.call("clerk", "POST", f"/dossiers/{code}/dispose", 409)
    assert refused["code"] == "archive_legal_hold" and "phong tỏa" in refused["message"]
    bag = _packages_dir(context) / package["name"]
    assert bag.is_dir() and api.call("clerk", "GET", f"/dossiers/{code}")["state"] == (
        "transferred")
    assert api.call("clerk", "GET", "/disposal-records") == []

    api.call("leader", "POST", f"/dossiers/{code}/holds/{hold_id}/release")
    record = api.call("clerk", "POST", f"/dossiers/{code}/dispose")["record"]
    assert record["decision_ref"] == "15/QĐ-VPCP" and record["approved_by"].startswith("Lê")
    assert [d[0] for d in record["documents"]] == [str(i) for i in ids]
    assert not bag.exists()
    bag.mkdir()  # as if the process had died between the commit and the deletion
    kept = Preservation.build(context.settings, context.store, context.signatures.trust)
    assert purge_destroyed(context.database, preservation=kept) == [bag.name]
    assert not bag.exists()
    assert api.call("clerk", "GET", f"/dossiers/{code}")["state"] == "disposed"
    assert len(api.call("leader", "GET", "/disposal-records")) == 1
    api.call("clerk", "POST", f"/dossiers/{code}/dispose", 409)


def test_disposal_needs_approval_and_an_ended_retention(
    api: ArchiveApi, make_document: MakeDocument
) -> None:
    permanent = api.open("officer", "05.PC", title="Hồ sơ pháp chế", retention="Vĩnh viễn")
    young = api.open("officer", "06.PC", title="Hồ sơ năm nay", retention="10")
    for dossier in (permanent, young):
        api.file("officer", dossier["file_code"], make_document("Tờ trình", date(2026, 1, 5)))
        api.close("officer", dossier["file_code"])
    code = young["file_code"]
    assert api.call("clerk", "POST", f"/dossiers/{code}/dispose", 409)["code"] == (
        "archive_retention_not_expired")
    code = permanent["file_code"]
    api.call("leader", "POST", f"/dossiers/{code}/disposal-approval",
             json={"decision_ref": "1/QĐ"})
    assert api.call("clerk", "POST", f"/dossiers/{code}/dispose", 409)["code"] == (
        "archive_permanent_retention")


def test_bad_input_is_refused_and_changes_nothing(
    api: ArchiveApi, make_document: MakeDocument, context: AppContext
) -> None:
    api.call("officer", "POST", "/dossiers", 422, json={"year": 2026, "notation": "../x"})
    api.call("officer", "POST", "/dossiers", 422,
             json={"year": 2026, "notation": "09.X", "title": "Không có thời hạn"})
    code = api.open("officer", "09.X", title="Hồ sơ", retention="5")["file_code"]
    api.call("officer", "POST", "/dossiers", 409,
             json={"year": 2026, "notation": "09.X", "title": "Lặp", "retention": "5"})
    api.close("officer", code, expected=409)  # empty
    api.call("officer", "POST", f"/dossiers/{code}/documents", 404, json={"document_id": 999})
    api.call("officer", "GET", "/dossiers/000.00.00.G22.2026.NOPE", 404)
    api.call("member", "GET", "/dossiers", 403)
    api.call("unithead", "POST", f"/dossiers/{code}/close", 422, json={"title": ""})
    with context.database.reading() as session:
        assert list(session.scalars(select(DossierDocumentRow))) == []


def test_the_retention_schedule_is_configured_and_used_by_category(api: ArchiveApi) -> None:
    api.call("clerk", "PUT", "/retention-schedule/to-chuc-can-bo",
             json={"retention": "Vĩnh viễn", "description": "Hồ sơ tổ chức, cán bộ"})
    api.call("admin", "PUT", "/retention-schedule/bao-cao-nam", json={"retention": "20"})
    api.call("officer", "PUT", "/retention-schedule/x", 403, json={"retention": "5"})
    api.call("clerk", "PUT", "/retention-schedule/Bad Category", 422, json={"retention": "5"})
    assert api.call("clerk", "PUT", "/retention-schedule/y", 422,
                    json={"retention": "mãi mãi"})["code"] == "archive_invalid_metadata"
    schedule = api.call("officer", "GET", "/retention-schedule")
    assert [(r["category"], r["retention"], r["permanent"]) for r in schedule] == [
        ("bao-cao-nam", "20 năm", False), ("to-chuc-can-bo", "Vĩnh viễn", True)]

    by_category = api.open("officer", "21.BC", title="Báo cáo năm", category="bao-cao-nam")
    assert by_category["retention"] == "20 năm"
    api.call("clerk", "POST", "/catalogues/2026/entries", 201,
             json={"notation": "22.TC", "title": "Hồ sơ tổ chức", "category": "to-chuc-can-bo",
                   "creator": "Vụ Tổ chức cán bộ"})
    assert api.open("officer", "22.TC")["retention"] == "Vĩnh viễn"
    assert api.call("officer", "POST", "/dossiers", 422, json={
        "year": 2026, "notation": "23.X", "title": "X", "category": "khong-co"})["code"] == (
        "archive_invalid_metadata")
    api.call("officer", "POST", "/dossiers", 422, json={
        "year": 2026, "notation": "23.X", "title": "X", "retention": "5",
        "category": "bao-cao-nam"})
    api.call("clerk", "PUT", "/retention-schedule/bao-cao-nam", json={"retention": "10"})
    assert api.call("officer", "GET", f"/dossiers/{by_category['file_code']}")[
        "retention"] == "20 năm"  # an opened dossier keeps the retention it was given
