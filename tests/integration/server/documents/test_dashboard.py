"""GET /dashboard: my work counted, meetings today, the unit's workload per ISO week."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from server.core.context import AppContext
from server.documents.dashboard import tally_weeks, week_starts
from server.documents.tables import Assignment
from server.registers.service import VIETNAM, start_of_day, today_in_vietnam
from tests.fixtures.server import Seed
from tests.integration.server.documents.conftest import MakeDocument

if TYPE_CHECKING:
    from starlette.testclient import TestClient

Login = Callable[..., dict[str, str]]


def _at(day: date, hour: int = 10) -> datetime:
    return start_of_day(day) + timedelta(hours=hour)


def test_week_starts_are_mondays_ending_with_this_week() -> None:
    starts = week_starts(date(2026, 3, 5), 3)  # a Thursday
    assert starts == [date(2026, 2, 16), date(2026, 2, 23), date(2026, 3, 2)]


def test_tally_counts_received_completed_and_late_by_week() -> None:
    today = date(2026, 3, 5)
    starts = week_starts(today, 2)
    rows = [
        (_at(date(2026, 2, 24)), _at(date(2026, 3, 3)), date(2026, 3, 2)),  # done a day late
        (_at(date(2026, 2, 25)), None, date(2026, 3, 4)),  # open, deadline passed
        (_at(date(2026, 3, 2)), None, date(2026, 3, 6)),  # open, not due yet
        (_at(date(2026, 2, 1)), _at(date(2026, 2, 26)), date(2026, 2, 27)),  # on time
        # Sunday 17:30 UTC is already Monday 00:30 in Hà Nội: the second week.
        (datetime(2026, 3, 1, 17, 30, tzinfo=UTC), None, None),
    ]
    first, second = tally_weeks(rows, starts=starts, today=today)
    assert (first.received, first.completed, first.overdue) == (2, 1, 0)
    assert (second.received, second.completed, second.overdue) == (2, 1, 2)
    assert second.iso_week == (2026, 10)


def _assign(context: AppContext, document_id: int, *, unit_id: int, by: int,
            assigned: date, done: date | None = None, deadline: date | None = None) -> None:
    with context.database.writing() as session:
        session.add(Assignment(document_id=document_id, role="lead", unit_id=unit_id,
                               assigned_by=by, assigned_at=_at(assigned),
                               done_at=_at(done) if done else None, deadline=deadline))
        session.commit()


def test_dashboard_counts_work_and_the_units_weeks(client: TestClient, login: Login, seed: Seed,
                                                   context: AppContext,
                                                   make_document: MakeDocument) -> None:
    today = today_in_vietnam()
    monday = today - timedelta(days=today.weekday())
    unit = seed.units["TH"]
    for subject in ("Dự thảo một", "Dự thảo hai"):
        make_document(state="in_review", subject=subject, participants=(("unit", "TH"),))
    overdue_doc = make_document(state="in_progress", direction="incoming",
                                participants=(("unit", "TH"),), due_date=today - timedelta(3))
    _assign(context, overdue_doc, unit_id=unit, by=seed.users["leader"],
            assigned=monday - timedelta(weeks=1), deadline=today - timedelta(days=3))
    done_doc = make_document(state="completed", direction="incoming",
                             participants=(("unit", "TH"),))
    _assign(context, done_doc, unit_id=unit, by=seed.users["leader"],
            assigned=monday - timedelta(weeks=2), done=monday)
    other_doc = make_document(state="in_progress", direction="incoming",
                              participants=(("unit", "VT"),))
    _assign(context, other_doc, unit_id=seed.units["VT"], by=seed.users["leader"],
            assigned=monday)

    response = client.get("/api/v1/dashboard", params={"weeks": 4},
                          headers=login("unithead"))
    assert response.status_code == 200, response.text
    board = response.json()
    assert board["counts"]["to_review"] == 2
    assert board["counts"]["to_process"] == 1 and board["counts"]["overdue"] == 1
    assert board["capped"] == [] and board["count_cap"] >= 50
    assert board["unit_id"] == unit
    weeks = board["weeks"]
    assert [w["week_start"] for w in weeks] == [
        (monday - timedelta(weeks=n)).isoformat() for n in (3, 2, 1, 0)]
    assert [w["received"] for w in weeks] == [0, 1, 1, 0]  # VT's assignment is not TH's
    assert [w["completed"] for w in weeks] == [0, 0, 0, 1]
    assert sum(w["overdue"] for w in weeks) == 1
    assert weeks[-1]["iso_week"] == today.isocalendar()[1]


def test_leaders_see_the_agency_and_their_meetings_today(client: TestClient, login: Login,
                                                        seed: Seed) -> None:
    secretary, leader = login("secretary"), login("leader")
    soon = datetime.now(VIETNAM) + timedelta(minutes=1)
    later = datetime.now(VIETNAM) + timedelta(days=3)
    for title, when in (("Phiên họp hôm nay", soon), ("Phiên họp tuần sau", later)):
        response = client.post("/api/v1/meetings", headers=secretary, json={
            "title": title, "chair_id": seed.users["leader"], "scheduled_at": when.isoformat()})
        assert response.status_code == 201, response.text
    board = client.get("/api/v1/dashboard", headers=leader).json()
    if soon.date() == today_in_vietnam():  # not when the minute crossed midnight
        assert [m["title"] for m in board["meetings_today"]] == ["Phiên họp hôm nay"]
    assert board["unit_id"] is None
    assert len(board["weeks"]) == 8
    assert set(board["counts"]) >= {"to_direct", "to_sign", "overdue"}


def test_bad_week_counts_are_refused(client: TestClient, login: Login, seed: Seed) -> None:
    headers = login("officer")
    for weeks in (0, 27, "many"):
        response = client.get("/api/v1/dashboard", params={"weeks": weeks}, headers=headers)
        assert response.status_code == 422
    assert client.get("/api/v1/dashboard").status_code == 401
