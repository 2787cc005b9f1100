"""Removing a participant invited by mistake and handing the chair over, over HTTP.

A removed person must become an outsider (404, gone from their list); a new chair must hold the
session rights and the former chair lose them; every refusal must carry its stable code and
leave the stored meeting, its participant index and the audit log as they were.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from server.core.context import AppContext
from server.core.tables import AuditEntry, Event
from server.meetings.tables import MeetingParticipantRow, MeetingRow
from tests.integration.server.meetings.conftest import MEMBERS, Prepared
from tests.integration.server.meetings.kit import Api


def _path(p: Prepared, suffix: str = "") -> str:
    return f"/meetings/{p.meeting_id}{suffix}"


def _events(context: AppContext, kind: str) -> list[Event]:
    with context.database.reading() as session:
        return list(session.scalars(select(Event).where(Event.kind == kind).order_by(Event.id)))


def _audit_texts(context: AppContext, action: str) -> list[str]:
    with context.database.reading() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq))
        return [str((row.details or {}).get("text")) for row in rows]


def _stored(context: AppContext, p: Prepared) -> tuple[Any, set[tuple[int, str]]]:
    """The stored snapshot and the participant index of the meeting."""
    with context.database.reading() as session:
        row = session.get(MeetingRow, p.meeting_id)
        assert row is not None
        index = session.scalars(select(MeetingParticipantRow).where(
            MeetingParticipantRow.meeting_id == p.meeting_id)).all()
        return row.snapshot, {(r.user_id, r.role) for r in index}


def _roles(view: dict[str, Any]) -> dict[int, str]:
    return {p["user_id"]: p["role"] for p in view["participants"]}


def test_a_removed_participant_no_longer_sees_the_meeting(
        api: Api, prepared: Prepared, context: AppContext, people: dict[str, int]) -> None:
    api.call("secretary", "POST", _path(prepared, "/publish"))
    assert api.call("m3", "GET", _path(prepared))["my_role"] == "member"
    view = api.call("secretary", "DELETE", _path(prepared, f"/participants/{people['m3']}"))
    assert people["m3"] not in _roles(view)
    # Exactly as for an outsider: not found, and not in their list.
    gone = api.call("m3", "GET", _path(prepared), expect=404)
    assert gone["code"] == "not_found"
    assert prepared.meeting_id not in {m["meeting_id"] for m in api.call("m3", "GET", "/meetings")}
    _, index = _stored(context, prepared)
    assert people["m3"] not in {u for u, _ in index}
    (event,) = _events(context, "meetings.participant_removed")
    assert event.payload["user_id"] == people["m3"]
    assert event.payload["role"] == "member"
    assert set(event.audience["users"]) == {people[n] for n in ("leader", "secretary", "m3")}
    assert _audit_texts(context, "meetings.remove_participant") == [
        f"Removed participant {people['m3']}"]
    again = api.call("secretary", "DELETE", _path(prepared, f"/participants/{people['m3']}"),
                     expect=404)
    assert again["code"] == "not_found"


def test_chair_handover_moves_the_right_to_start_the_session(
        api: Api, prepared: Prepared, context: AppContext, people: dict[str, int]) -> None:
    api.call("secretary", "POST", _path(prepared, "/publish"))
    view = api.call("secretary", "POST", _path(prepared, "/chair"),
                    json={"user_id": people["member"]})
    roles = _roles(view)
    assert (roles[people["member"]], roles[people["leader"]]) == ("chair", "member")
    mine = {m["meeting_id"]: m["my_role"] for m in api.call("leader", "GET", "/meetings")}
    assert mine[prepared.meeting_id] == "member"  # the participant index follows the snapshot
    (event,) = _events(context, "meetings.chair_changed")
    assert (event.payload["user_id"], event.payload["former_chair"]) == (
        people["member"], people["leader"])
    everyone = {people[n] for n in ("leader", "secretary", "officer", *MEMBERS)}
    assert set(event.audience["users"]) == everyone
    for name in ("leader", *MEMBERS):
        api.call(name, "POST", _path(prepared, "/check-in"), json={})
    refused = api.call("leader", "POST", _path(prepared, "/start"), expect=403)
    assert refused["code"] == "permission_denied"
    started = api.call("member", "POST", _path(prepared, "/start"))
    assert started["state"] == "in_session"


def test_a_newcomer_may_be_added_as_chair(
        api: Api, prepared: Prepared, people: dict[str, int]) -> None:
    view = api.call("secretary", "POST", _path(prepared, "/chair"),
                    json={"user_id": people["deputy"]})
    roles = _roles(view)
    assert (roles[people["deputy"]], roles[people["leader"]]) == ("chair", "member")
    assert api.call("deputy", "GET", _path(prepared))["my_role"] == "chair"


def test_refusals_carry_their_codes_and_change_nothing(
        api: Api, prepared: Prepared, context: AppContext, people: dict[str, int]) -> None:
    api.invite("secretary", prepared.meeting_id, people["deputy"], "substitute",
               substitute_for=people["m4"])
    api.call("secretary", "POST", _path(prepared, "/publish"))
    api.call("member", "POST", _path(prepared, "/check-in"), json={})
    before = _stored(context, prepared)

    def remove(who: str, target: str, expect: int) -> str:
        path = _path(prepared, f"/participants/{people[target]}")
        return str(api.call(who, "DELETE", path, expect=expect)["code"])

    def chair(who: str, target: str, expect: int) -> str:
        body = {"user_id": people[target]}
        return str(api.call(who, "POST", _path(prepared, "/chair"), json=body,
                            expect=expect)["code"])

    assert remove("secretary", "member", 409) == "participant_checked_in"
    assert remove("secretary", "leader", 409) == "participant_is_chair"
    assert remove("leader", "secretary", 409) == "participant_is_secretary"
    assert remove("secretary", "m4", 409) == "participant_has_substitute"
    assert remove("m2", "m3", 403) == "permission_denied"
    assert remove("clerk", "m3", 404) == "not_found"
    assert chair("secretary", "officer", 409) == "chair_needs_seat"
    assert chair("secretary", "deputy", 409) == "chair_needs_seat"
    assert chair("secretary", "leader", 409) == "already_chair"
    assert chair("m2", "m3", 403) == "permission_denied"
    english = api.http.request(
        "DELETE", f"/api/v1{_path(prepared, '/participants/' + str(people['leader']))}",
        headers={**api.headers["secretary"], "Accept-Language": "en"}).json()
    assert english["message"] == (
        "This person chairs the meeting. Hand the chair to someone else first.")
    assert _stored(context, prepared) == before

    for name in ("leader", "m2", "m4"):
        api.call(name, "POST", _path(prepared, "/check-in"), json={})
    api.call("leader", "POST", _path(prepared, "/start"))
    in_session = _stored(context, prepared)
    assert remove("secretary", "m3", 409) == "meeting_illegal_transition"
    assert chair("secretary", "m3", 409) == "meeting_illegal_transition"
    assert _stored(context, prepared) == in_session
    assert _audit_texts(context, "meetings.remove_participant") == []
    assert _audit_texts(context, "meetings.change_chair") == []
