"""Who may do what in a meeting, over HTTP: chair, secretary, member, guest, outsider.

Every role runs every action on its own published meeting, so the expected status shows the
permission check alone (409 means "allowed, but not in this state"). Outsiders get 404
everywhere: a non-member must not learn that a meeting, an item or a document exists.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.integration.server.meetings.conftest import MakeDocument, Prepared, prepare_meeting
from tests.integration.server.meetings.kit import Api

ROLES = ("leader", "secretary", "member", "officer", "clerk")
"""Chair, secretary, member, guest (invited to i2 only), outsider."""

Action = Callable[[Api, str, Prepared, dict[str, int]], int]


def _path(p: Prepared, suffix: str) -> str:
    return f"/meetings/{p.meeting_id}{suffix}"


ACTIONS: dict[str, tuple[Action, tuple[int, int, int, int, int]]] = {
    "view": (lambda a, w, p, u: a.status(w, "GET", _path(p, "")), (200, 200, 200, 200, 404)),
    "invite": (lambda a, w, p, u: a.status(w, "POST", _path(p, "/participants"), json={
        "user_id": u["deputy"], "role": "substitute", "substitute_for": u["m4"]}),
        (200, 200, 403, 403, 404)),
    "add item": (lambda a, w, p, u: a.status(w, "POST", _path(p, "/items"), json={
        "title": "Thêm"}), (201, 201, 403, 403, 404)),
    "position on i1": (lambda a, w, p, u: a.status(w, "PUT", _path(p, f"/items/{p.i1}/position"),
                       json={"kind": "no_objection"}), (200, 403, 200, 403, 404)),
    "check in someone else": (lambda a, w, p, u: a.status(w, "POST", _path(p, "/check-in"),
                              json={"user_id": u["m3"]}), (200, 200, 403, 403, 404)),
    "check in oneself": (lambda a, w, p, u: a.status(w, "POST", _path(p, "/check-in"), json={}),
                         (200, 200, 200, 200, 404)),
    "start session (no quorum)": (lambda a, w, p, u: a.status(w, "POST", _path(p, "/start")),
                                  (409, 403, 403, 403, 404)),
    "open a vote (not in session)": (lambda a, w, p, u: a.status(w, "POST", _path(p, "/votes"),
                                     json={"motion": "X", "mode": "open"}),
                                     (409, 403, 403, 403, 404)),
    "minutes (not closed)": (lambda a, w, p, u: a.status(w, "GET", _path(p, "/minutes")),
                             (409, 409, 409, 403, 404)),
    "speakers on i1": (lambda a, w, p, u: a.status(w, "GET", _path(p, f"/items/{p.i1}/speakers")),
                       (200, 200, 200, 404, 404)),
    "speakers on i2": (lambda a, w, p, u: a.status(w, "GET", _path(p, f"/items/{p.i2}/speakers")),
                       (200, 200, 200, 200, 404)),
    "note on i1's document": (lambda a, w, p, u: a.status(w, "POST", _path(p, "/notes"), json={
        "document_id": p.documents[0], "text": "ghi chú"}), (200, 200, 200, 404, 404)),
    "note on i2's document": (lambda a, w, p, u: a.status(w, "POST", _path(p, "/notes"), json={
        "document_id": p.documents[1], "text": "ghi chú"}), (200, 200, 200, 200, 404)),
    "publish again": (lambda a, w, p, u: a.status(w, "POST", _path(p, "/publish")),
                      (409, 409, 403, 403, 404)),
    "archive (not closed)": (lambda a, w, p, u: a.status(w, "POST", _path(p, "/archive")),
                             (409, 409, 403, 403, 404)),
    "change details": (lambda a, w, p, u: a.status(w, "PUT", _path(p, "/details"), json={
        "title": "Phiên họp đã đổi", "scheduled_at": "2030-01-02T08:00:00+07:00",
        "location": "Phòng 2", "remote_participation": True}), (200, 200, 403, 403, 404)),
    # Last: it takes i3 away from the actions above.
    "remove i3": (lambda a, w, p, u: a.status(w, "DELETE", _path(p, f"/items/{p.i3}")),
                  (200, 200, 403, 403, 404)),
}


@pytest.mark.parametrize("who", ROLES)
def test_meeting_permission_matrix(who: str, api: Api, people: dict[str, int],
                                   make_document: MakeDocument) -> None:
    p = prepare_meeting(api, people, make_document)
    api.call("secretary", "POST", _path(p, "/publish"))
    got, expected = {}, {}
    for name, (action, statuses) in ACTIONS.items():
        got[name] = action(api, who, p, people)
        expected[name] = statuses[ROLES.index(who)]
    assert got == expected


def test_guest_sees_only_invited_items_and_outsider_sees_nothing(
        api: Api, prepared: Prepared) -> None:
    api.call("secretary", "POST", _path(prepared, "/publish"))
    guest = api.call("officer", "GET", _path(prepared, ""))
    assert [i["item_id"] for i in guest["items"]] == [prepared.i2]
    assert guest["my_role"] == "guest" and guest["items"][0]["positions"] == []
    member = api.call("member", "GET", _path(prepared, ""))
    assert [i["item_id"] for i in member["items"]] == [prepared.i1, prepared.i2, prepared.i3]
    assert [m["meeting_id"] for m in api.call("officer", "GET", "/meetings")] == [
        prepared.meeting_id]
    assert api.call("clerk", "GET", "/meetings") == []
    body = api.call("clerk", "GET", _path(prepared, ""), expect=404)
    assert body["code"] == "not_found" and "message" in body
    assert api.status("clerk", "GET", "/meetings/no-such-meeting") == 404


def test_only_meeting_secretaries_create_meetings_and_ballots(
        api: Api, people: dict[str, int]) -> None:
    for who in ("leader", "member", "officer", "admin"):
        body = {"title": "X", "chair_id": people["leader"], "secretary_id": people["secretary"],
                "scheduled_at": "2030-01-01T08:00:00Z"}
        assert api.status(who, "POST", "/meetings", json=body) == 403
        ballot = {"title": "X", "questions": [{"text": "?"}], "recipient_ids": [people["member"]],
                  "deadline": "2030-01-01T08:00:00Z"}
        assert api.status(who, "POST", "/opinion-ballots", json=ballot) == 403


def test_substitute_votes_only_when_the_rules_allow(api: Api, people: dict[str, int],
                                                    make_document: MakeDocument) -> None:
    p = prepare_meeting(api, people, make_document)
    api.invite("secretary", p.meeting_id, people["deputy"], "substitute",
               substitute_for=people["m4"])
    api.call("secretary", "POST", _path(p, "/publish"))
    for name in ("leader", "member", "m2", "deputy"):
        api.call(name, "POST", _path(p, "/check-in"), json={})
    api.call("leader", "POST", _path(p, "/start"))
    vote = api.call("leader", "POST", _path(p, "/votes"), expect=201,
                    json={"motion": "X", "mode": "open"})["vote_id"]
    refused = api.call("deputy", "POST", _path(p, f"/votes/{vote}/ballots"), expect=403,
                       json={"choice": "yes"})
    assert refused["code"] == "permission_denied"
    assert api.status("officer", "POST", _path(p, f"/votes/{vote}/ballots"),
                      json={"choice": "yes"}) == 403
    assert api.status("m3", "POST", _path(p, f"/votes/{vote}/ballots"),
                      json={"choice": "yes"}) == 409
