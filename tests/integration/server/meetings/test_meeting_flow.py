"""A meeting over HTTP in-process: preparation, session, the three vote modes, minutes."""

from __future__ import annotations

from tests.integration.server.meetings.conftest import MEMBERS, MakeDocument, Prepared
from tests.integration.server.meetings.kit import Api, Key, named_signature


def _start(api: Api, p: Prepared, people: dict[str, int]) -> None:
    api.call("secretary", "POST", f"/meetings/{p.meeting_id}/publish")
    for name in ("leader", *MEMBERS):
        api.call(name, "POST", f"/meetings/{p.meeting_id}/check-in", json={})
    api.call("leader", "POST", f"/meetings/{p.meeting_id}/start")


def test_positions_consent_block_and_speakers(api: Api, prepared: Prepared,
                                              people: dict[str, int]) -> None:
    mid = prepared.meeting_id
    api.call("secretary", "POST", f"/meetings/{mid}/publish")
    api.call("m2", "PUT", f"/meetings/{mid}/items/{prepared.i2}/position",
             json={"kind": "wish_to_speak"})
    api.call("m3", "PUT", f"/meetings/{mid}/items/{prepared.i3}/position",
             json={"kind": "objection", "reason": "Cần thêm số liệu"})
    assert api.status("m3", "PUT", f"/meetings/{mid}/items/{prepared.i1}/position",
                      json={"kind": "objection"}) == 422
    for name in ("leader", *MEMBERS):
        api.call(name, "POST", f"/meetings/{mid}/check-in", json={})
    api.call("leader", "POST", f"/meetings/{mid}/start")
    view = api.call("leader", "POST", f"/meetings/{mid}/consent-block/adopt")
    decided = {i["item_id"]: i["decision"] for i in view["items"]}
    assert decided[prepared.i1]["basis"] == "consent"
    assert decided[prepared.i2] is None and decided[prepared.i3] is None
    api.call("leader", "PUT", f"/meetings/{mid}/current-item", json={"item_id": prepared.i2})
    queue = api.call("member", "GET", f"/meetings/{mid}/items/{prepared.i2}/speakers")
    assert queue["waiting"] == [people["m2"]]
    api.call("member", "POST", f"/meetings/{mid}/items/{prepared.i2}/speakers")
    assert api.status("member", "POST", f"/meetings/{mid}/items/{prepared.i2}/speakers") == 409
    api.call("leader", "PUT", f"/meetings/{mid}/items/{prepared.i2}/speakers/order",
             json={"order": [people["member"], people["m2"]]})
    api.call("leader", "POST", f"/meetings/{mid}/items/{prepared.i2}/speakers/start", json={})
    status = api.call("officer", "GET", f"/meetings/{mid}/items/{prepared.i2}/speakers")
    assert status["current"] == people["member"] and status["remaining"] <= 300
    api.call("leader", "POST", f"/meetings/{mid}/items/{prepared.i2}/speakers/stop")


def test_votes_named_secret_and_open(api: Api, prepared: Prepared,
                                     people: dict[str, int]) -> None:
    mid = prepared.meeting_id
    _start(api, prepared, people)
    opened = api.call("leader", "POST", f"/meetings/{mid}/votes", expect=201, json={
        "motion": "Thông qua dự thảo Nghị định", "mode": "named", "item_id": prepared.i1})
    vid = opened["vote_id"]
    # m4 signs through signing/ (detached CMS, as from a token); the others raw ECDSA.
    keys = {name: Key(name, cms=name == "m4") for name in ("leader", *MEMBERS)}
    for name, key in keys.items():
        api.bind_key(name, people[name], key)
    unsigned = api.status("m2", "POST", f"/meetings/{mid}/votes/{vid}/ballots",
                          json={"choice": "yes"})
    assert unsigned == 422
    forged = named_signature(keys["m3"], meeting_id=mid, vote_id=vid, user_id=people["m2"],
                             motion="Thông qua dự thảo Nghị định", choice="yes")
    assert api.status("m2", "POST", f"/meetings/{mid}/votes/{vid}/ballots",
                      json={"choice": "yes", "signature": forged}) == 422
    for name, choice in zip(("leader", *MEMBERS), ("yes", "yes", "yes", "no", "abstain"),
                            strict=True):
        signature = named_signature(keys[name], meeting_id=mid, vote_id=vid, choice=choice,
                                    motion="Thông qua dự thảo Nghị định", user_id=people[name])
        api.call(name, "POST", f"/meetings/{mid}/votes/{vid}/ballots", expect=204,
                 json={"choice": choice, "signature": signature})
    again = named_signature(keys["m2"], meeting_id=mid, vote_id=vid, choice="no",
                            motion="Thông qua dự thảo Nghị định", user_id=people["m2"])
    assert api.status("m2", "POST", f"/meetings/{mid}/votes/{vid}/ballots",
                      json={"choice": "no", "signature": again}) == 409
    result = api.call("leader", "POST", f"/meetings/{mid}/votes/{vid}/close")
    assert (result["yes"], result["no"], result["abstain"]) == (3, 1, 1)
    assert result["adopted"] and result["required_yes"] == 3 and len(result["named"]) == 5
    checks = api.call("secretary", "GET", f"/meetings/{mid}/votes/{vid}/signatures")
    assert [c["valid"] for c in checks] == [True] * 5
    late = named_signature(keys["m4"], meeting_id=mid, vote_id=vid, choice="yes",
                           motion="Thông qua dự thảo Nghị định", user_id=people["m4"])
    closed = api.call("m4", "POST", f"/meetings/{mid}/votes/{vid}/ballots", expect=409,
                      json={"choice": "yes", "signature": late})
    assert closed["code"] == "vote_closed"

    secret = api.call("leader", "POST", f"/meetings/{mid}/votes", expect=201, json={
        "motion": "Bầu nhân sự", "mode": "secret",
        "majority": {"kind": "two_thirds", "base": "present"}})["vote_id"]
    for name, choice in zip(("leader", *MEMBERS), ("yes", "no", "yes", "yes", "no"),
                            strict=True):
        api.call(name, "POST", f"/meetings/{mid}/votes/{secret}/ballots", expect=204,
                 json={"choice": choice})
    live = api.call("member", "GET", f"/meetings/{mid}")["votes"][1]
    assert live["ballots_cast"] == 5 and live["yes"] is None and live["my_seat_voted"]
    result = api.call("leader", "POST", f"/meetings/{mid}/votes/{secret}/close")
    assert (result["yes"], result["no"], result["required_yes"], result["adopted"]) == (
        3, 2, 4, False)

    api.call("leader", "POST", f"/meetings/{mid}/votes", expect=201,
             json={"motion": "Thông qua báo cáo", "mode": "open", "item_id": prepared.i2,
                   "majority": {"kind": "simple"}})
    api.call("leader", "POST", f"/meetings/{mid}/items/{prepared.i3}/decision",
             json={"text": "Giao Bộ bổ sung số liệu."})
    assert api.status("leader", "POST", f"/meetings/{mid}/close") == 409


def test_minutes_notice_archive_and_notes(api: Api, prepared: Prepared,
                                          people: dict[str, int]) -> None:
    mid = prepared.meeting_id
    _start(api, prepared, people)
    assert api.status("leader", "GET", f"/meetings/{mid}/minutes") == 409
    api.call("leader", "POST", f"/meetings/{mid}/consent-block/adopt")
    note = api.call("member", "POST", f"/meetings/{mid}/notes",
                    json={"document_id": prepared.documents[0], "text": "Lưu ý điều 5"})
    assert api.status("m2", "POST", f"/meetings/{mid}/notes", json={
        "document_id": prepared.documents[0], "text": "x", "note_id": note["note_id"]}) == 403
    assert api.call("m2", "GET", f"/meetings/{mid}/notes") == []
    assert api.call("member", "GET", f"/meetings/{mid}/notes")[0]["text"] == "Lưu ý điều 5"
    api.call("leader", "POST", f"/meetings/{mid}/close")
    minutes = api.call("secretary", "GET", f"/meetings/{mid}/minutes")
    assert minutes["seats_total"] == 5 and len(minutes["items"]) == 3
    notice = api.call("leader", "GET", f"/meetings/{mid}/conclusion-notice")
    assert len(notice["conclusions"]) == 3
    for path in ("minutes.pdf", "conclusion-notice.pdf"):
        assert api.call("secretary", "GET", f"/meetings/{mid}/{path}").startswith(b"%PDF")
    api.call("secretary", "POST", f"/meetings/{mid}/archive")
    assert api.status("leader", "POST", f"/meetings/{mid}/start") == 409
    assert api.call("member", "GET", f"/meetings/{mid}")["state"] == "archived"


def test_agenda_order_late_documents_attendance_and_withdrawal(
        api: Api, prepared: Prepared, people: dict[str, int],
        make_document: MakeDocument) -> None:
    mid = prepared.meeting_id
    order = [prepared.i3, prepared.i1, prepared.i2]
    view = api.call("secretary", "PUT", f"/meetings/{mid}/agenda-order", json={"item_ids": order})
    assert [i["item_id"] for i in view["items"]] == order
    extra = make_document("Phụ lục")
    api.call("secretary", "POST", f"/meetings/{mid}/items/{prepared.i1}/documents",
             json={"document_id": extra})
    assert api.status("secretary", "POST", f"/meetings/{mid}/items/{prepared.i1}/documents",
                      json={"document_id": "999999"}) == 404
    late = make_document("Tờ trình (bản sửa)")
    view = api.call("secretary", "POST",
                    f"/meetings/{mid}/items/{prepared.i1}/documents/{prepared.documents[0]}/replace",
                    json={"new_document_id": late, "reason": "Bản cập nhật số liệu"})
    item = next(i for i in view["items"] if i["item_id"] == prepared.i1)
    assert [d["document_id"] for d in item["documents"]] == [late, extra]
    assert item["replacements"][0]["old_document_id"] == prepared.documents[0]
    _start(api, prepared, people)
    view = api.call("secretary", "POST", f"/meetings/{mid}/check-out",
                    json={"user_id": people["m4"]})
    assert view["quorum"]["present_seats"] == 4
    api.call("m2", "POST", f"/meetings/{mid}/items/{prepared.i1}/speakers")
    view = api.call("m2", "DELETE", f"/meetings/{mid}/items/{prepared.i1}/speakers/me")
    queue = api.call("m2", "GET", f"/meetings/{mid}/items/{prepared.i1}/speakers")
    assert queue["waiting"] == [] and queue["current"] is None
