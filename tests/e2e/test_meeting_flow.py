"""A cabinet meeting end to end on a real server process, with live events to every participant.

Chair, secretary, four members, a guest and an outsider: publish, positions, check-in, consent
block, speakers, an open, a named (signed) and a secret vote, decisions, minutes and conclusion
notice; the minutes signed (PAdES) by the chair and the secretary, the notice drafted into the
outgoing workflow and issued; then an opinion ballot with signed answers and its tally. Runs on
SQLite, or on PostgreSQL when ``PHIGIAY_TEST_POSTGRES_URL`` is set (events then fan out through
NOTIFY).
"""

from __future__ import annotations

import json
import queue
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from signing import PadesLevel, SignOptions, sign_as_leader, sign_pdf
from signing.keys import SigningKey
from tests.e2e.conftest import _signature_env
from tests.fixtures.databases import (
    create_postgres_database,
    drop_postgres_database,
    postgres_admin_url,
)
from tests.fixtures.pdfs import make_pdf
from tests.fixtures.pki import in_process_pki
from tests.fixtures.process import (
    EventCollector,
    RunningServer,
    run_cli,
    running_server,
    server_env,
)
from tests.integration.server.meetings.kit import Api, Key, answer_signature, named_signature

ADMIN_PASSWORD = "Quan-tri-2026"
PASSWORD = "Hop-khong-giay-2026"
PEOPLE = {  # user name: (full name, roles)
    "pm": ("Phạm Minh Chính", ["leader", "cabinet_member"]),
    "thuky": ("Trần Văn Sơn", ["meeting_secretary"]),
    "bt1": ("Nguyễn Chí Dũng", ["cabinet_member"]),
    "bt2": ("Hồ Đức Phớc", ["cabinet_member"]),
    "bt3": ("Bùi Thanh Sơn", ["cabinet_member"]),
    "bt4": ("Lê Thành Long", ["cabinet_member"]),
    "khach": ("Ngô Thị Mai", ["officer"]),
    "vanthu": ("Nguyễn Thị Lan", ["clerk"]),
    "vutruong": ("Đỗ Văn Chiến", ["unit_head"]),
}
SEATS = ("pm", "bt1", "bt2", "bt3", "bt4")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A fresh agency served by a real process (SQLite or PostgreSQL)."""
    admin_url = postgres_admin_url()
    database_url = create_postgres_database(admin_url) if admin_url else None
    data_dir = tmp_path_factory.mktemp("meetings")
    env = server_env(data_dir, database_url)
    env["ADMIN_PW"] = ADMIN_PASSWORD
    env.update(_signature_env(data_dir))  # trusts the test PKI, seals with its PKCS#12
    init = run_cli(["init", "--admin-password-env", "ADMIN_PW"], env)
    assert init.returncode == 0, init.stderr
    try:
        with running_server(env) as running:
            yield running
    finally:
        if admin_url and database_url:
            drop_postgres_database(admin_url, database_url)


def _token(http: httpx.Client, username: str, password: str) -> str:
    response = http.post("/api/v1/auth/login", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def _people(http: httpx.Client) -> tuple[dict[str, int], dict[str, str]]:
    admin = {"Authorization": f"Bearer {_token(http, 'admin', ADMIN_PASSWORD)}"}
    unit = http.post("/api/v1/units", headers=admin, json={"code": "TH", "name": "Vụ Tổng hợp"})
    assert unit.status_code == 201, unit.text
    ids = {}
    for username, (full_name, roles) in PEOPLE.items():
        created = http.post("/api/v1/users", headers=admin, json={
            "username": username, "full_name": full_name, "password": PASSWORD, "roles": roles,
            "unit_id": unit.json()["id"]})
        assert created.status_code == 201, created.text
        ids[username] = created.json()["id"]
    return ids, {name: _token(http, name, PASSWORD) for name in PEOPLE}


def _document(http: httpx.Client, token: str, subject: str) -> str:
    metadata = {"type_code": "submission", "subject": subject, "direction": "internal"}
    response = http.post("/api/v1/documents", headers={"Authorization": f"Bearer {token}"},
                         data={"metadata": json.dumps(metadata)},
                         files={"file": ("a.pdf", make_pdf([subject]), "application/pdf")})
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _drain(collector: EventCollector, *, quiet: float = 1.5, limit: float = 15.0) -> list[Any]:
    """Every event received until the stream has been quiet for ``quiet`` seconds."""
    events, deadline = [], time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            events.append(collector.next(timeout=quiet))
        except queue.Empty:
            break
    return events


def test_a_cabinet_meeting_and_an_opinion_ballot(server: RunningServer) -> None:
    with httpx.Client(base_url=server.base_url, timeout=30) as http:
        ids, tokens = _people(http)
        api = Api(http, {n: {"Authorization": f"Bearer {t}"} for n, t in tokens.items()})
        watchers = {n: EventCollector(server.base_url, tokens[n])
                    for n in ("pm", "bt1", "khach", "vanthu")}
        for watcher in watchers.values():
            assert watcher.connected.wait(10) and watcher.status == 200
        try:
            meeting, items = _prepare(api, http, ids, tokens)
            _session(api, ids, meeting, items)
            _outputs(api, meeting)
            _signed_minutes(api, ids, meeting)
            _conclusion_notice_issued(api, ids, meeting)
            _opinion_ballot(api, ids)
            _check_live_events(watchers, ids, meeting, items)
        finally:
            for watcher in watchers.values():
                watcher.close()


def _prepare(api: Api, http: httpx.Client, ids: dict[str, int],
             tokens: dict[str, str]) -> tuple[str, dict[str, str]]:
    docs = [_document(http, tokens["thuky"], s) for s in ("Tờ trình Nghị định", "Báo cáo KT-XH")]
    meeting = api.create_meeting("thuky", chair=ids["pm"], title="Phiên họp Chính phủ tháng 11",
                                 location="Trụ sở Chính phủ",
                                 rules={"majority": {"kind": "absolute", "base": "all_members"}})
    mid = meeting["meeting_id"]
    items = {
        "i1": api.add_item("thuky", mid, "Dự thảo Nghị định về định danh điện tử",
                           document_ids=[docs[0]], presenter_id=ids["bt1"]),
        "i2": api.add_item("thuky", mid, "Báo cáo tình hình kinh tế - xã hội",
                           document_ids=[docs[1]], speaker_time_limit_seconds=120),
        "i3": api.add_item("thuky", mid, "Công tác nhân sự", confidential=True),
        "i4": api.add_item("thuky", mid, "Đề án chuyển đổi số", consent_eligible=False),
    }
    for name in SEATS[1:]:
        api.invite("thuky", mid, ids[name], "member")
    api.invite("thuky", mid, ids["khach"], "guest", invited_items=[items["i2"]])
    api.call("thuky", "POST", f"/meetings/{mid}/publish")
    files = f"/meetings/{mid}/items/{{}}/documents/{{}}/file"  # distributed with the meeting
    assert api.call("bt2", "GET", files.format(items["i1"], docs[0])).startswith(b"%PDF")
    assert api.call("khach", "GET", files.format(items["i2"], docs[1])).startswith(b"%PDF")
    assert api.status("khach", "GET", files.format(items["i1"], docs[0])) == 404
    assert api.status("bt2", "GET", files.format(items["i1"], docs[1])) == 404
    for name in SEATS[1:]:
        api.call(name, "PUT", f"/meetings/{mid}/items/{items['i1']}/position",
                 json={"kind": "no_objection"})
    api.call("bt2", "PUT", f"/meetings/{mid}/items/{items['i2']}/position",
             json={"kind": "wish_to_speak"})
    api.call("bt3", "PUT", f"/meetings/{mid}/items/{items['i3']}/position",
             json={"kind": "objection", "reason": "Cần ý kiến Bộ Nội vụ"})
    for name in ("pm", "bt1", "bt2", "bt3", "khach"):
        api.call(name, "POST", f"/meetings/{mid}/check-in", json={})
    api.call("thuky", "POST", f"/meetings/{mid}/check-in", json={"user_id": ids["bt4"],
                                                                 "remote": True})
    quorum = api.call("bt1", "GET", f"/meetings/{mid}")["quorum"]
    assert (quorum["present_seats"], quorum["required"]) == (5, 4)
    return mid, items


def _session(api: Api, ids: dict[str, int], mid: str, items: dict[str, str]) -> None:
    api.call("pm", "POST", f"/meetings/{mid}/start")
    view = api.call("pm", "POST", f"/meetings/{mid}/consent-block/adopt")
    basis = {i["item_id"]: (i["decision"] or {}).get("basis") for i in view["items"]}
    assert basis == {items["i1"]: "consent", items["i2"]: None, items["i3"]: None,
                     items["i4"]: None}
    i2 = items["i2"]
    api.call("pm", "PUT", f"/meetings/{mid}/current-item", json={"item_id": i2})
    api.call("khach", "POST", f"/meetings/{mid}/items/{i2}/speakers")
    api.call("pm", "POST", f"/meetings/{mid}/items/{i2}/speakers/start", json={})
    assert api.call("bt1", "GET", f"/meetings/{mid}/items/{i2}/speakers")["current"] == ids["bt2"]
    api.call("pm", "POST", f"/meetings/{mid}/items/{i2}/speakers/stop")
    api.call("pm", "POST", f"/meetings/{mid}/items/{i2}/speakers/start", json={})
    api.call("pm", "POST", f"/meetings/{mid}/items/{i2}/speakers/stop")
    opened = api.call("pm", "POST", f"/meetings/{mid}/votes", expect=201, json={
        "motion": "Thông qua báo cáo", "mode": "open", "item_id": i2,
        "majority": {"kind": "simple"}})
    for name, choice in zip(SEATS, ("yes", "yes", "yes", "no", "abstain"), strict=True):
        api.call(name, "POST", f"/meetings/{mid}/votes/{opened['vote_id']}/ballots", expect=204,
                 json={"choice": choice})
    result = api.call("pm", "POST", f"/meetings/{mid}/votes/{opened['vote_id']}/close")
    assert result["adopted"] and (result["yes"], result["no"]) == (3, 1)
    _named_vote(api, ids, mid, items["i4"])
    _secret_vote(api, mid, items["i3"])
    api.call("pm", "POST", f"/meetings/{mid}/items/{items['i3']}/decision",
             json={"text": "Giao Bộ Nội vụ hoàn thiện hồ sơ nhân sự."})
    api.call("pm", "POST", f"/meetings/{mid}/close")


def _named_vote(api: Api, ids: dict[str, int], mid: str, item: str) -> None:
    motion = "Thông qua Đề án chuyển đổi số"
    vote = api.call("pm", "POST", f"/meetings/{mid}/votes", expect=201, json={
        "motion": motion, "mode": "named", "item_id": item,
        "majority": {"kind": "two_thirds", "base": "all_members"}})["vote_id"]
    for name, choice in zip(SEATS, ("yes", "yes", "yes", "yes", "no"), strict=True):
        key = Key(name)
        api.bind_key(name, ids[name], key)
        signature = named_signature(key, meeting_id=mid, vote_id=vote, motion=motion,
                                    user_id=ids[name], choice=choice)
        api.call(name, "POST", f"/meetings/{mid}/votes/{vote}/ballots", expect=204,
                 json={"choice": choice, "signature": signature})
    result = api.call("pm", "POST", f"/meetings/{mid}/votes/{vote}/close")
    assert result["adopted"] and result["required_yes"] == 4
    assert [b["cast_by"] for b in result["named"]] == sorted((ids[n] for n in SEATS), key=str)
    checks = api.call("thuky", "GET", f"/meetings/{mid}/votes/{vote}/signatures")
    assert all(c["valid"] for c in checks) and len(checks) == 5


def _secret_vote(api: Api, mid: str, item: str) -> None:
    vote = api.call("pm", "POST", f"/meetings/{mid}/votes", expect=201, json={
        "motion": "Giới thiệu nhân sự", "mode": "secret", "item_id": item,
        "majority": {"kind": "absolute", "base": "all_members"}})["vote_id"]
    # All at once, as in the room: the row lock queues the ballots, none is lost or refused.
    with ThreadPoolExecutor(len(SEATS)) as pool:
        codes = list(pool.map(
            lambda pair: api.status(pair[0], "POST", f"/meetings/{mid}/votes/{vote}/ballots",
                                    json={"choice": pair[1]}),
            zip(SEATS, ("yes", "no", "yes", "abstain", "yes"), strict=True)))
    assert codes == [204] * len(SEATS)
    assert api.status("bt1", "POST", f"/meetings/{mid}/votes/{vote}/ballots",
                      json={"choice": "no"}) == 409
    result = api.call("pm", "POST", f"/meetings/{mid}/votes/{vote}/close")
    assert (result["yes"], result["no"], result["abstain"], result["adopted"]) == (3, 1, 1, True)
    assert result["named"] == []


def _outputs(api: Api, mid: str) -> None:
    minutes = api.call("thuky", "GET", f"/meetings/{mid}/minutes")
    assert minutes["seats_attended"] == 5 and len(minutes["items"]) == 4
    assert [len(i["votes"]) for i in minutes["items"]] == [0, 1, 1, 1]
    notice = api.call("pm", "GET", f"/meetings/{mid}/conclusion-notice")
    assert [c["basis"] for c in notice["conclusions"]] == ["consent", "vote", "chair", "vote"]
    assert api.call("thuky", "GET", f"/meetings/{mid}/minutes.pdf").startswith(b"%PDF")
    assert api.call("pm", "GET", f"/meetings/{mid}/conclusion-notice.pdf").startswith(b"%PDF")
    assert api.status("khach", "GET", f"/meetings/{mid}/minutes") == 403
    assert api.status("vanthu", "GET", f"/meetings/{mid}/minutes") == 404


def _bind(api: Api, who: str, user_id: int, key: SigningKey) -> None:
    api.call(who, "POST", f"/users/{user_id}/certificates", expect=201,
             files={"file": ("cert.cer", key.certificate.der, "application/pkix-cert")})


def _upload_minutes(api: Api, who: str, mid: str, signed: bytes) -> httpx.Response:
    http: httpx.Client = api.http
    return http.post(f"/api/v1/meetings/{mid}/records/minutes/signatures",
                         headers=api.headers[who],
                         files={"file": ("bien-ban.pdf", signed, "application/pdf")})


def _signed_minutes(api: Api, ids: dict[str, int], mid: str) -> None:
    """The chair and the secretary each sign the frozen minutes; they are final after both."""
    assert api.status("bt1", "POST", f"/meetings/{mid}/records/minutes") == 403
    assert api.status("thuky", "GET", f"/meetings/{mid}/records/minutes/file") == 404
    drawn = api.call("thuky", "POST", f"/meetings/{mid}/records/minutes")
    again = api.call("pm", "POST", f"/meetings/{mid}/records/minutes")
    assert len(drawn["versions"]) == 1 and again == drawn and not drawn["final"]
    pki = in_process_pki()  # each signer's token, on their own desktop
    chair_key, secretary_key = pki.key("leader-an"), pki.key("leader-binh")
    _bind(api, "pm", ids["pm"], chair_key)
    _bind(api, "thuky", ids["thuky"], secretary_key)
    draft = api.call("pm", "GET", f"/meetings/{mid}/records/minutes/file")
    chair = SignOptions(level=PadesLevel.B_B, field_name="ChairSignature")
    wrong = _upload_minutes(api, "pm", mid, sign_pdf(draft, secretary_key, chair))
    assert (wrong.status_code, wrong.json()["code"]) == (422, "signature_wrong_signer")
    rewritten = _upload_minutes(api, "pm", mid, sign_pdf(make_pdf(["BIÊN BẢN"]), chair_key))
    assert rewritten.json()["code"] == "signature_not_incremental"
    secretary = SignOptions(level=PadesLevel.B_B, field_name="SecretarySignature")
    signed = {"pm": sign_pdf(draft, chair_key, chair),
              "thuky": sign_pdf(draft, secretary_key, secretary)}
    # Both sign the draft at once: the meeting row lock queues them, the second is refused as
    # no longer extending the newest version, re-fetches it and signs again.
    with ThreadPoolExecutor(2) as pool:
        answers = dict(zip(signed, pool.map(
            lambda who: _upload_minutes(api, who, mid, signed[who]), signed), strict=True))
    assert sorted(a.status_code for a in answers.values()) == [200, 422]
    winner = next(who for who, a in answers.items() if a.status_code == 200)
    loser = "thuky" if winner == "pm" else "pm"
    assert answers[loser].json()["code"] == "signature_not_incremental"
    assert not answers[winner].json()["final"]
    twice = _upload_minutes(api, winner, mid, signed[winner])
    assert (twice.status_code, twice.json()["code"]) == (409, "minutes_already_signed")
    latest = api.call(loser, "GET", f"/meetings/{mid}/records/minutes/file")
    options, key = (chair, chair_key) if loser == "pm" else (secretary, secretary_key)
    final = _upload_minutes(api, loser, mid, sign_pdf(latest, key, options))
    assert final.status_code == 200, final.text
    record = api.call("bt1", "GET", f"/meetings/{mid}/records")
    assert record["final"] and sorted(record["signed_roles"]) == ["chair", "secretary"]
    assert [v["version_no"] for v in record["versions"]] == [1, 2, 3]
    assert api.status("khach", "GET", f"/meetings/{mid}/records") == 403
    stored = api.call("bt1", "GET", f"/meetings/{mid}/records/minutes/file")
    assert stored.startswith(latest) and len(stored) > len(latest)


def _conclusion_notice_issued(api: Api, ids: dict[str, int], mid: str) -> None:
    """The notice enters the outgoing workflow as the secretary's draft and is issued."""
    assert api.status("pm", "POST", f"/meetings/{mid}/records/conclusion-notice") == 403
    draft = api.call("thuky", "POST", f"/meetings/{mid}/records/conclusion-notice", expect=201)
    assert (draft["state"], draft["type_code"]) == ("draft", "notice")
    assert draft["subject"].startswith("Kết luận của Phạm Minh Chính tại Phiên họp Chính phủ")
    doc = draft["document_id"]
    duplicate = api.http.post(f"/api/v1/meetings/{mid}/records/conclusion-notice",
                              headers=api.headers["thuky"])
    assert (duplicate.status_code, duplicate.json()["code"]) == (409, "conclusion_notice_exists")
    assert api.call("bt1", "GET", f"/meetings/{mid}/records")["notice_document_id"] == doc
    api.call("thuky", "POST", f"/documents/{doc}/submit-review")
    api.call("vutruong", "POST", f"/documents/{doc}/initial")
    api.call("vutruong", "POST", f"/documents/{doc}/submit-signature",
             json={"leader_id": ids["pm"]})
    unsigned = api.call("pm", "GET", f"/documents/{doc}/versions/1/file")
    signed = api.http.post(f"/api/v1/documents/{doc}/sign", headers=api.headers["pm"],
                           files={"file": ("tb.pdf", sign_as_leader(
                               unsigned, in_process_pki().key("leader-an")), "application/pdf")})
    assert signed.status_code == 200 and signed.json()["state"] == "signed", signed.text
    issued = api.call("vanthu", "POST", f"/documents/{doc}/issue")
    assert issued["state"] == "issued" and issued["notation"].startswith("TB-")
    detail = api.call("bt2", "GET", f"/documents/{doc}")  # a recipient reads it
    assert detail["type_code"] == "notice"


def _opinion_ballot(api: Api, ids: dict[str, int]) -> None:
    ballot = api.call("thuky", "POST", "/opinion-ballots", expect=201, json={
        "title": "Phiếu lấy ý kiến về dự thảo Nghị quyết",
        "questions": [{"text": "Thông qua dự thảo Nghị quyết?"}],
        "recipient_ids": [ids[n] for n in SEATS],
        "deadline": (datetime.now(UTC) + timedelta(days=3)).isoformat()})
    bid = ballot["ballot_id"]
    api.call("thuky", "POST", f"/opinion-ballots/{bid}/send")
    for name, kind in zip(SEATS[:4], ("agree", "agree", "disagree", "other"), strict=True):
        answers = [{"question_id": "q1", "kind": kind, "text": "Bổ sung điều 3" if kind ==
                    "other" else ""}]
        key = Key(f"{name}-2")
        api.bind_key(name, ids[name], key)
        signature = answer_signature(key, ballot_id=bid, title=ballot["title"],
                                     user_id=ids[name], answers=answers)
        api.call(name, "POST", f"/opinion-ballots/{bid}/answers",
                 json={"answers": answers, "signature": signature})
    api.call("thuky", "POST", f"/opinion-ballots/{bid}/close")
    tally = api.call("thuky", "GET", f"/opinion-ballots/{bid}/tally")
    q1 = tally["questions"][0]
    assert (q1["agree"], q1["disagree"], q1["other"]) == (2, 1, 1)
    assert tally["not_answered"] == [ids["bt4"]]
    checks = api.call("thuky", "GET", f"/opinion-ballots/{bid}/signatures")
    assert [c["valid"] for c in checks] == [True] * 4


def _check_live_events(watchers: dict[str, EventCollector], ids: dict[str, int], mid: str,
                       items: dict[str, str]) -> None:
    events = {name: _drain(w) for name, w in watchers.items()}
    kinds = {name: [e["kind"] for e in got] for name, got in events.items()}
    assert kinds["bt1"].count("meetings.vote_closed") == 3
    assert kinds["pm"].count("meetings.secret_ballot_cast") == 5
    assert "meetings.opinion_ballot_sent" in kinds["bt1"]
    assert not [k for k in kinds["vanthu"] if k.startswith("meetings.")]
    guest = json.dumps(events["khach"])
    assert items["i2"] in guest and "meetings.vote_closed" in kinds["khach"]
    assert items["i3"] not in guest and items["i4"] not in guest
    for event in events["pm"]:
        if event["kind"] == "meetings.secret_ballot_cast":
            assert set(event["payload"]) == {"meeting_id", "meeting_title", "vote_id",
                                             "ballots_cast"}
    closed = [e["payload"]["result"] for e in events["bt1"] if e["kind"] == "meetings.vote_closed"]
    assert [r["mode"] for r in closed] == ["open", "named", "secret"]
    assert all(e["payload"].get("meeting_id") in (mid, None) for e in events["bt1"])
