"""Working-day deadlines, "my work" overdue lists, register books and statistics."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from server.documents.deadlines import WorkCalendar, due_status
from tests.fixtures.pdfs import make_pdf
from tests.fixtures.server import Seed

Login = Callable[..., dict[str, str]]
TET = frozenset({date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18)})


def test_working_days_skip_weekends_and_holidays() -> None:
    calendar = WorkCalendar(TET)
    friday = date(2026, 2, 13)
    assert calendar.add_working_days(friday, 1) == date(2026, 2, 19)  # Mon–Wed are Tết
    assert calendar.add_working_days(date(2026, 3, 2), 5) == date(2026, 3, 9)
    assert calendar.working_days_between(friday, date(2026, 2, 20)) == 2
    assert calendar.working_days_between(date(2026, 2, 20), friday) == -2


@pytest.mark.parametrize(("deadline", "done", "expected"), [
    (None, False, "none"), (date(2026, 3, 2), True, "done"), (date(2026, 3, 2), False, "overdue"),
    (date(2026, 3, 3), False, "due_soon"), (date(2026, 3, 4), False, "due_soon"),
    (date(2026, 3, 5), False, "due_soon"), (date(2026, 3, 10), False, "on_track"),
])
def test_due_status(deadline: date | None, done: bool, expected: str) -> None:
    today = date(2026, 3, 3)
    assert due_status(WorkCalendar(), deadline=deadline, today=today, done=done) == expected


def _received_and_directed(client, login: Login, seed: Seed, *, deadline: date) -> int:
    clerk, leader = login("clerk"), login("leader")
    meta = {"type_code": "report", "subject": "Báo cáo quý", "issuing_organ_name": "Bộ Y tế",
            "number": 5, "notation": "BC-BYT", "issue_date": "2026-01-05"}
    doc = client.post("/api/v1/documents/incoming", headers=clerk,
                      data={"metadata": json.dumps(meta)},
                      files={"file": ("a.pdf", make_pdf(["Báo cáo"]), "application/pdf")}).json()
    client.post(f"/api/v1/documents/{doc['id']}/register", headers=clerk)
    client.post(f"/api/v1/documents/{doc['id']}/present", headers=clerk,
                json={"leader_id": seed.users["leader"]})
    response = client.post(f"/api/v1/documents/{doc['id']}/direct", headers=leader, json={
        "text": "Vụ TH xử lý", "lead": {"unit_id": seed.units["TH"]},
        "deadline": deadline.isoformat()})
    assert response.status_code == 200, response.text
    return int(doc["id"])


def test_overdue_documents_show_in_my_work(client, login: Login, seed: Seed) -> None:
    late = _received_and_directed(client, login, seed, deadline=date.today() - timedelta(days=3))
    fine = _received_and_directed(client, login, seed, deadline=date.today() + timedelta(days=30))
    head = login("unithead")
    work = client.get("/api/v1/documents/my-work", headers=head).json()
    assert [d["id"] for d in work["lists"]["overdue"]] == [late]
    assert {d["id"] for d in work["lists"]["to_process"]} == {late, fine}
    detail = client.get(f"/api/v1/documents/{late}", headers=head).json()
    assert detail["due_status"] == "overdue"
    assert detail["assignments"][0]["due_status"] == "overdue"
    overdue = client.get("/api/v1/documents", headers=head, params={"overdue": True}).json()
    assert [d["id"] for d in overdue["items"]] == [late]


def test_statistics_per_unit(client, login: Login, seed: Seed) -> None:
    _received_and_directed(client, login, seed, deadline=date.today() - timedelta(days=3))
    done = _received_and_directed(client, login, seed, deadline=date.today() + timedelta(days=9))
    assert client.post(f"/api/v1/documents/{done}/complete", headers=login("unithead"),
                       json={}).status_code == 200
    leader = login("leader")
    stats = client.get("/api/v1/reports/processing", headers=leader,
                       params={"year": date.today().year}).json()
    th = next(row for row in stats if row["unit_code"] == "TH")
    assert (th["received"], th["done_on_time"], th["overdue"]) == (2, 1, 1)
    as_csv = client.get("/api/v1/reports/processing", headers=leader,
                        params={"year": date.today().year, "format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert {r["unit_code"]: r["received"] for r in rows}["TH"] == "2"
    assert client.get("/api/v1/reports/processing", headers=login("officer"),
                      params={"year": 2026}).status_code == 403


def test_incoming_register_book_prints_every_entry(client, login: Login, seed: Seed,
                                                   tmp_path: Path) -> None:
    _received_and_directed(client, login, seed, deadline=date.today() + timedelta(days=9))
    response = client.get("/api/v1/registers/book", headers=login("clerk"),
                          params={"direction": "incoming", "year": date.today().year})
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    (tmp_path / "book.pdf").write_bytes(response.content)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "book.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" in text.upper() and "Bộ Y tế" in text
    assert "5/BC-BYT" in text and "Vụ Tổng hợp" in text


def test_holidays_are_configured_by_administrators(client, login: Login) -> None:
    body = [{"day": "2026-04-30", "name": "Ngày Giải phóng miền Nam"}]
    assert client.post("/api/v1/holidays", headers=login("clerk"), json=body).status_code == 403
    assert client.post("/api/v1/holidays", headers=login("admin"), json=body).status_code == 201
    assert client.get("/api/v1/holidays", headers=login("officer")).json() == body


def test_reminders_are_sent_once_to_the_handlers(client, login: Login, seed: Seed,
                                                 context) -> None:
    from sqlalchemy import select

    from server.core.tables import Event
    from server.documents.reminders import send_deadline_reminders

    overdue = _received_and_directed(client, login, seed,
                                     deadline=date.today() - timedelta(days=2))
    _received_and_directed(client, login, seed, deadline=date.today() + timedelta(days=60))
    with context.database.writing() as session:
        assert send_deadline_reminders(session) == 1
    with context.database.writing() as session:
        assert send_deadline_reminders(session) == 0
    with context.database.reading() as session:
        events = list(session.scalars(select(Event).where(Event.kind == "document.overdue")))
    assert len(events) == 1 and events[0].payload["document_id"] == overdue
    assert events[0].audience["users"] == [seed.users["unithead"]]
