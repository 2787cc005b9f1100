"""Opinion ballots over HTTP: signed answers, tally, re-verification, reminders, overdue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select

from server.core.context import AppContext
from server.core.tables import Event
from server.meetings import jobs
from server.meetings.router import get_clock
from tests.integration.server.meetings.kit import Api, Key, answer_signature

RECIPIENTS = ("member", "m2", "m3")


class FixedClock:
    """A clock stopped at one moment."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def _create(api: Api, people: dict[str, int], *, days: float = 2) -> dict[str, Any]:
    deadline = datetime.now(UTC) + timedelta(days=days)
    ballot = api.call("secretary", "POST", "/opinion-ballots", expect=201, json={
        "title": "Xin ý kiến về dự thảo Nghị định",
        "questions": [{"text": "Nhất trí với dự thảo?"}, {"text": "Thời điểm hiệu lực?"}],
        "recipient_ids": [people[n] for n in RECIPIENTS], "deadline": deadline.isoformat(),
        "reminder_hours_before": [24, 2]})
    return dict(ballot)


def _answer(api: Api, people: dict[str, int], key: Key, who: str, ballot: dict[str, Any],
            answers: list[dict[str, str]], expect: int = 200) -> Any:
    signature = answer_signature(key, ballot_id=ballot["ballot_id"], title=ballot["title"],
                                 user_id=people[who], answers=answers)
    return api.call(who, "POST", f"/opinion-ballots/{ballot['ballot_id']}/answers",
                    json={"answers": answers, "signature": signature}, expect=expect)


def test_signed_answers_and_tally(api: Api, people: dict[str, int]) -> None:
    ballot = _create(api, people)
    bid = ballot["ballot_id"]
    assert api.status("clerk", "GET", f"/opinion-ballots/{bid}") == 404
    assert api.call("member", "GET", "/opinion-ballots")[0]["state"] == "draft"
    api.call("secretary", "POST", f"/opinion-ballots/{bid}/send")
    keys = {n: Key(n) for n in RECIPIENTS}
    for name, key in keys.items():
        api.bind_key(name, people[name], key)
    agree = [{"question_id": "q1", "kind": "agree"}, {"question_id": "q2", "kind": "agree"}]
    _answer(api, people, keys["member"], "member", ballot, agree)
    other = [{"question_id": "q1", "kind": "disagree", "text": "Chưa đủ cơ sở"},
             {"question_id": "q2", "kind": "other", "text": "Từ 1/7/2027"}]
    mine = _answer(api, people, keys["m2"], "m2", ballot, other)
    assert mine["my_answer"]["answers"][1]["text"] == "Từ 1/7/2027"
    _answer(api, people, keys["m2"], "m2", ballot, agree, expect=409)
    _answer(api, people, keys["member"], "m3", ballot, agree, expect=422)
    assert api.status("member", "GET", f"/opinion-ballots/{bid}/tally") == 403
    closed = api.call("secretary", "POST", f"/opinion-ballots/{bid}/close")
    assert closed["answered"] == sorted([people["member"], people["m2"]])
    assert closed["not_answered"] == [people["m3"]]
    tally = api.call("secretary", "GET", f"/opinion-ballots/{bid}/tally")
    q1, q2 = tally["questions"]
    assert (q1["agree"], q1["disagree"], q2["other"]) == (1, 1, 1)
    assert [people["m2"], "other", "Từ 1/7/2027"] in q2["opinions"]
    checks = api.call("secretary", "GET", f"/opinion-ballots/{bid}/signatures")
    assert [c["valid"] for c in checks] == [True, True]
    assert api.call("secretary", "GET", f"/opinion-ballots/{bid}/tally.pdf").startswith(b"%PDF")
    assert api.call("m3", "GET", f"/opinion-ballots/{bid}/form.pdf").startswith(b"%PDF")
    assert api.status("clerk", "GET", f"/opinion-ballots/{bid}/form.pdf") == 404
    _answer(api, people, keys["m3"], "m3", ballot, agree, expect=409)


def test_reminders_then_overdue_alert_from_the_job(api: Api, people: dict[str, int],
                                                    context: AppContext, app: FastAPI) -> None:
    ballot = _create(api, people, days=2)
    bid = ballot["ballot_id"]
    api.call("secretary", "POST", f"/opinion-ballots/{bid}/send")
    key = Key("member")
    api.bind_key("member", people["member"], key)
    _answer(api, people, key, "member", ballot,
            [{"question_id": "q1", "kind": "agree"}, {"question_id": "q2", "kind": "agree"}])
    deadline = datetime.fromisoformat(ballot["deadline"])
    assert jobs.send_ballot_reminders(context.database, clock=FixedClock(
        deadline - timedelta(days=1, hours=1))) == 0
    assert jobs.send_ballot_reminders(context.database, clock=FixedClock(
        deadline - timedelta(hours=20))) == 2
    assert jobs.send_ballot_reminders(context.database, clock=FixedClock(
        deadline - timedelta(hours=19))) == 0
    assert jobs.send_ballot_reminders(context.database, clock=FixedClock(
        deadline + timedelta(minutes=1))) == 1
    assert jobs.send_ballot_reminders(context.database, clock=FixedClock(
        deadline + timedelta(hours=1))) == 0
    with context.database.reading() as session:
        rows = session.scalars(select(Event).where(Event.kind.like("meetings.opinion_ballot_%")))
        events = [(row.kind, row.audience["users"]) for row in rows]
    reminded = sorted(u for kind, users in events if kind.endswith("reminder") for u in users)
    assert reminded == sorted([people["m2"], people["m3"]])
    overdue = [users for kind, users in events if kind.endswith("overdue")]
    assert overdue == [sorted([people["secretary"], people["m2"], people["m3"]])]
    app.dependency_overrides[get_clock] = lambda: FixedClock(deadline + timedelta(hours=2))
    late_key = Key("m2")
    api.bind_key("m2", people["m2"], late_key)
    late = _answer(api, people, late_key, "m2", ballot,
                   [{"question_id": "q1", "kind": "agree"}, {"question_id": "q2", "kind": "agree"}],
                   expect=409)
    assert late["code"] == "ballot_deadline_passed"
    app.dependency_overrides.clear()
