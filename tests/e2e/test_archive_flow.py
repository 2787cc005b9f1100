"""The archive "done when" journey on the shared demo server process: a year of documents
received and filed into the year's planned dossiers, closed, packed, verified, one package file
tampered and caught (verify and the fixity sweep), one dossier transferred and one disposed of
with the head's approval; then the transferred B-LTA signatures renewed under a controlled clock
with the test PKI's second TSA (at service level, on the same database and data folder)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

import signing as s
from archive.renewal import SigningRenewer, due_for_renewal
from archive.signatures import SignatureCheck
from archive.verify import verify_bag
from server.archive import preservation as preserving
from server.archive.preservation import Preservation
from server.core.context import AppContext
from server.core.settings import Settings
from tests.fixtures.pdfs import make_pdf
from tests.fixtures.pki import in_process_pki
from tests.fixtures.process import RunningServer

Login = Callable[..., dict[str, str]]
ARCHIVE = "/api/v1/archive"
YEAR = 2024
ROLLOVER = datetime(2031, 3, 1, tzinfo=UTC)


def _call(api: httpx.Client, headers: dict[str, str], method: str, path: str,
          expected: int = 200, **kwargs: Any) -> Any:
    response = api.request(method, path, headers=headers, **kwargs)
    assert response.status_code == expected, response.text[:800]
    return response.json() if "json" in response.headers.get("content-type", "") else (
        response.content)


def _signed(month: int) -> bytes:
    """A letter of the month, signed B-T (every fourth one B-LTA) by the test PKI's leader."""
    pki = in_process_pki()
    level = s.PadesLevel.B_LTA if month % 4 == 0 else s.PadesLevel.B_T
    options = s.SignOptions(level=level, field_name="Sig1",
                            timestamp=pki.timestamp_source("tsa1"),
                            validation=pki.validation_sources())
    pdf = make_pdf([f"Công văn tháng {month}/{YEAR}", "Kính gửi: Văn phòng Chính phủ"])
    return s.sign_pdf(pdf, pki.key("leader-an"), options)


def _receive(api: httpx.Client, clerk: dict[str, str], month: int) -> int:
    metadata = {"type_code": "official_letter", "issuing_organ_name": "Bộ Nội vụ",
                "subject": f"Về việc báo cáo công tác văn thư, lưu trữ tháng {month}",
                "issuing_organ_id": "000.00.00.G09", "number": 100 + month,
                "notation": "BNV-VTLT", "issue_date": f"{YEAR}-{month:02d}-15"}
    received = _call(api, clerk, "POST", "/api/v1/documents/incoming", 201,
                     data={"metadata": json.dumps(metadata)},
                     files={"file": ("cong-van.pdf", _signed(month), "application/pdf")})
    return int(received["id"])


@pytest.fixture(scope="module")
def year_of_documents(server: RunningServer) -> list[int]:
    with httpx.Client(base_url=server.base_url, timeout=60) as api:
        token = api.post("/api/v1/auth/login", json={"username": "lannt",
                                                     "password": "Demo-phigiay-2026"}).json()
        clerk = {"Authorization": f"Bearer {token['access_token']}"}
        return [_receive(api, clerk, month) for month in range(1, 13)]


def _context(server: RunningServer) -> AppContext:
    env = server.env
    return AppContext.build(Settings(data_dir=Path(env["PHIGIAY_DATA_DIR"]),
                                     database_url=env.get("PHIGIAY_DATABASE_URL"),
                                     trust_roots=Path(env["PHIGIAY_TRUST_ROOTS"]),
                                     seal_required=False))


def test_a_year_filed_closed_packed_verified_tampered_transferred_disposed_renewed(
    api: httpx.Client, login: Login, server: RunningServer, year_of_documents: list[int]
) -> None:
    clerk, leader = login("lannt"), login("khanglm")
    for notation, title, retention in (("01.VTLT", "Hồ sơ công tác văn thư, lưu trữ", "Vĩnh viễn"),
                                       ("02.BC", "Hồ sơ báo cáo định kỳ", "1")):
        _call(api, clerk, "POST", f"{ARCHIVE}/catalogues/{YEAR}/entries", 201,
              json={"notation": notation, "title": f"{title} năm {YEAR}",
                    "retention": retention, "creator": "Phòng Văn thư"})
    _call(api, leader, "POST", f"{ARCHIVE}/catalogues/{YEAR}/approve")
    codes = []
    for notation, months in (("01.VTLT", range(0, 8)), ("02.BC", range(7, 12))):
        opened = _call(api, clerk, "POST", f"{ARCHIVE}/dossiers", 201,
                       json={"year": YEAR, "notation": notation})
        assert opened["in_catalogue"]
        code = opened["file_code"]
        for index in months:  # the August letter sits in both dossiers, by reference
            _call(api, clerk, "POST", f"{ARCHIVE}/dossiers/{code}/documents",
                  json={"document_id": year_of_documents[index]})
        closed = _call(api, clerk, "POST", f"{ARCHIVE}/dossiers/{code}/close", json={})
        assert closed["doc_total"] == len(months)
        codes.append(code)
    kept, reports = codes
    found = _call(api, clerk, "GET", f"{ARCHIVE}/dossiers", params={"q": "bao cao dinh ky"})
    assert [d["file_code"] for d in found] == [reports]

    package = _call(api, clerk, "POST", f"{ARCHIVE}/dossiers/{kept}/packages", 201,
                    json={"transfer": False})
    verified = _call(api, clerk, "POST", f"{ARCHIVE}/packages/{package['id']}/verify")
    assert verified["valid"], verified
    bag = Path(server.env["PHIGIAY_DATA_DIR"]) / "archive" / "packages" / package["name"]
    tampered = sorted((bag / "data/documents").glob("*.pdf"))[3]
    tampered.write_bytes(tampered.read_bytes() + b"\n% tampered\n")
    caught = _call(api, clerk, "POST", f"{ARCHIVE}/packages/{package['id']}/verify")
    assert not caught["valid"]
    assert {(p["kind"], p["path"].rsplit("/", 1)[-1]) for p in caught["problems"]} >= {
        ("tampered-file", tampered.name)}
    sweep = _call(api, clerk, "POST", f"{ARCHIVE}/fixity", 201)
    assert [a["path"] for a in sweep["alerts"]] == [str(bag)]

    transfer = _call(api, clerk, "POST", f"{ARCHIVE}/dossiers/{kept}/packages", 201,
                     json={"transfer": True})
    zipped = _call(api, clerk, "GET", f"{ARCHIVE}/packages/{transfer['id']}/export")
    assert zipped[:2] == b"PK"

    _call(api, clerk, "POST", f"{ARCHIVE}/dossiers/{reports}/dispose", 409)
    _call(api, leader, "POST", f"{ARCHIVE}/dossiers/{reports}/disposal-approval",
          json={"decision_ref": "25/QĐ-VPCP"})
    disposed = _call(api, clerk, "POST", f"{ARCHIVE}/dossiers/{reports}/dispose")
    assert disposed["record"]["decision_ref"] == "25/QĐ-VPCP"
    states = {code: _call(api, clerk, "GET", f"{ARCHIVE}/dossiers/{code}")["state"]
              for code in codes}
    assert states == {kept: "transferred", reports: "disposed"}

    context = _context(server)
    try:
        pki = in_process_pki()
        renewer = SigningRenewer(pki.timestamp_source("tsa2", at=ROLLOVER),
                                 pki.validation_sources(at=ROLLOVER), at=ROLLOVER)
        kept_where = Preservation.build(context.settings, context.store,
                                        context.signatures.trust)
        renewed = preserving.renew_signatures(context.database, preservation=kept_where,
                                              renewer=renewer, clock=_Fixed(ROLLOVER))
    finally:
        context.database.dispose()
    assert [(r.file_code, len(r.documents)) for r in renewed] == [(kept, 2)]  # April, August
    transfer_bag = bag.parent / transfer["name"]
    for renewed_pdf in renewed[0].documents:
        assert due_for_renewal((transfer_bag / renewed_pdf).read_bytes(), now=ROLLOVER) is None
    # The server's fingerprint follows the renewed bag; its signatures hold as of the rollover
    # (the new time stamp is dated then, so "now" is the controlled clock's now).
    after = _call(api, clerk, "POST", f"{ARCHIVE}/packages/{transfer['id']}/verify",
                  params={"signatures": "false"})
    assert after["valid"], after["problems"]
    check = SignatureCheck(trust_roots=(in_process_pki().root_pem,), at=ROLLOVER)
    assert verify_bag(transfer_bag, check=check).problems == ()


class _Fixed:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment
