"""Editing a prepared meeting over HTTP: removing items, changing details, remote participation.

Each change must reach the stored snapshot (and its listing columns), the audit log and the
event outbox for the right audience; each refusal must carry its stable code and change nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from server.core.context import AppContext
from server.core.tables import AuditEntry, Event
from server.meetings.tables import MeetingRow
from tests.integration.server.meetings.conftest import MEMBERS, Prepared
from tests.integration.server.meetings.kit import Api

STARTS_AT = "2030-03-05T14:30:00+07:00"
DETAILS = {
    "title": "Phiên họp chuyên đề xây dựng pháp luật",
    "scheduled_at": STARTS_AT,
    "location": "Phòng họp số 2, Văn phòng Chính phủ",
    "remote_participation": False,
}


def _path(p: Prepared, suffix: str = "") -> str:
    return f"/meetings/{p.meeting_id}{suffix}"


def _events(context: AppContext, kind: str) -> list[Event]:
    with context.database.reading() as session:
        return list(session.scalars(select(Event).where(Event.kind == kind).order_by(Event.id)))


def _audit(context: AppContext, action: str) -> list[dict[str, Any]]:
    with context.database.reading() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq))
        return [dict(row.details or {}, object_id=row.object_id) for row in rows]


def test_removing_a_published_item_alerts_those_who_saw_it(
        api: Api, prepared: Prepared, context: AppContext, people: dict[str, int]) -> None:
    api.call("secretary", "POST", _path(prepared, "/publish"))
    view = api.call("leader", "DELETE", _path(prepared, f"/items/{prepared.i2}"))
    assert [i["item_id"] for i in view["items"]] == [prepared.i1, prepared.i3]
    assert api.call("officer", "GET", _path(prepared))["items"] == []  # the guest's only item
    (event,) = _events(context, "meetings.agenda_item_removed")
    assert event.payload["item_id"] == prepared.i2
    assert event.payload["title"] == "Báo cáo tình hình kinh tế"
    everyone = {people[n] for n in ("leader", "secretary", "officer", *MEMBERS)}
    assert set(event.audience["users"]) == everyone
    (entry,) = _audit(context, "meetings.remove_agenda_item")
    assert entry["object_id"] == prepared.meeting_id
    assert entry["text"] == f"Agenda item removed: {prepared.i2}"
    gone = api.call("secretary", "DELETE", _path(prepared, f"/items/{prepared.i2}"), expect=404)
    assert gone["code"] == "not_found"


def test_removing_decided_and_started_items_is_refused(api: Api, prepared: Prepared) -> None:
    api.call("secretary", "POST", _path(prepared, "/publish"))
    for name in ("leader", *MEMBERS):
        api.call(name, "POST", _path(prepared, "/check-in"), json={})
    api.call("leader", "POST", _path(prepared, f"/items/{prepared.i2}/pull-from-consent"))
    api.call("leader", "POST", _path(prepared, "/start"))
    api.call("leader", "POST", _path(prepared, "/consent-block/adopt"))
    api.call("leader", "PUT", _path(prepared, "/current-item"), json={"item_id": prepared.i2})
    codes = {
        item: api.call("secretary", "DELETE", _path(prepared, f"/items/{item}"), expect=409)
        ["code"] for item in (prepared.i1, prepared.i2)
    }
    assert codes == {prepared.i1: "agenda_item_decided", prepared.i2: "agenda_item_in_progress"}
    refused = api.call("secretary", "PUT", _path(prepared, "/details"), json=DETAILS, expect=409)
    assert refused["code"] == "meeting_illegal_transition"
    assert len(api.call("secretary", "GET", _path(prepared))["items"]) == 3


def test_details_change_reaches_snapshot_listing_audit_and_participants(
        api: Api, prepared: Prepared, context: AppContext, people: dict[str, int]) -> None:
    draft_view = api.call("secretary", "PUT", _path(prepared, "/details"), json=DETAILS)
    assert draft_view["remote_participation"] is False
    (draft_event,) = _events(context, "meetings.meeting_updated")
    assert set(draft_event.audience["users"]) == {people["leader"], people["secretary"]}
    api.call("secretary", "POST", _path(prepared, "/publish"))
    moved = dict(DETAILS, remote_participation=True, location="Hội trường Chính phủ")
    view = api.call("leader", "PUT", _path(prepared, "/details"), json=moved)
    assert (view["title"], view["location"]) == (DETAILS["title"], "Hội trường Chính phủ")
    assert datetime.fromisoformat(view["scheduled_at"]) == datetime.fromisoformat(STARTS_AT)
    published_event = _events(context, "meetings.meeting_updated")[-1]
    assert people["officer"] in published_event.audience["users"]
    assert published_event.payload["remote_participation"] is True
    with context.database.reading() as session:
        row = session.get(MeetingRow, prepared.meeting_id)
        assert row is not None and row.title == DETAILS["title"]
        assert row.scheduled_at == datetime.fromisoformat(STARTS_AT)
    listed = next(m for m in api.call("member", "GET", "/meetings")
                  if m["meeting_id"] == prepared.meeting_id)
    assert listed["title"] == DETAILS["title"]
    texts = [e["text"] for e in _audit(context, "meetings.update_meeting_details")]
    assert len(texts) == 2 and "Hội trường Chính phủ" in texts[1]


def test_bad_details_are_refused_and_change_nothing(api: Api, prepared: Prepared) -> None:
    before = api.call("secretary", "GET", _path(prepared))
    assert api.status("secretary", "PUT", _path(prepared, "/details"),
                      json=dict(DETAILS, title="")) == 422
    naive = api.call("secretary", "PUT", _path(prepared, "/details"),
                     json=dict(DETAILS, scheduled_at="2030-03-05T14:30:00"), expect=422)
    assert naive["code"] == "validation_failed"
    assert api.status("member", "PUT", _path(prepared, "/details"), json=DETAILS) == 403
    assert api.status("clerk", "PUT", _path(prepared, "/details"), json=DETAILS) == 404
    assert api.call("secretary", "GET", _path(prepared)) == before


def test_remote_attendance_follows_the_meeting_flag(
        api: Api, prepared: Prepared, people: dict[str, int]) -> None:
    api.call("secretary", "PUT", _path(prepared, "/details"), json=DETAILS)
    refused = api.call("secretary", "POST", _path(prepared, "/participants"), expect=409,
                       json={"user_id": people["deputy"], "role": "substitute",
                             "substitute_for": people["m4"], "remote": True})
    assert refused["code"] == "remote_attendance_not_allowed"
    api.call("secretary", "POST", _path(prepared, "/publish"))
    refused = api.call("member", "POST", _path(prepared, "/check-in"), json={"remote": True},
                       expect=409)
    assert refused["code"] == "remote_attendance_not_allowed"
    api.call("secretary", "PUT", _path(prepared, "/details"),
             json=dict(DETAILS, remote_participation=True))
    view = api.call("member", "POST", _path(prepared, "/check-in"), json={"remote": True})
    me = next(p for p in view["participants"] if p["user_id"] == people["member"])
    assert me["remote"] is True
    still_remote = api.call("secretary", "PUT", _path(prepared, "/details"), json=DETAILS,
                            expect=409)
    assert still_remote["code"] == "remote_attendance_not_allowed"
