"""A secret vote leaves no link between a voter and a choice anywhere in the database.

The proof is by permutation: the same members cast the same ballots in the same order in two
meetings, with the choices swapped between voters. Every row that the secret vote added or changed,
in every table of the database (snapshots, indexes, audit log, event outbox, tokens…), is then
compared after replacing ids, times and hashes: if anything stored depended on who chose what,
the two would differ. A control run with an open vote shows that the comparison does see links.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from sqlalchemy import MetaData, select

from server.core.context import AppContext
from tests.integration.server.meetings.conftest import MEMBERS, MakeDocument, prepare_meeting
from tests.integration.server.meetings.kit import Api

VOTERS = ("leader", *MEMBERS)
CHOICES = ("yes", "no", "yes", "abstain", "yes")
SWAPPED = ("no", "yes", "abstain", "yes", "yes")
TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(\+00:00|Z)?")
HEX = re.compile(r"\b[0-9a-f]{64}\b")
Rows = dict[str, dict[str, Any]]


def dump(context: AppContext) -> dict[str, Rows]:
    """Every row of every table in the database, keyed by table and primary key."""
    tables: dict[str, Rows] = {}
    with context.database.reading() as session:
        metadata = MetaData()
        metadata.reflect(bind=session.connection())
        for table in metadata.sorted_tables:
            rows = session.execute(select(table)).mappings().all()
            pk = [c.name for c in table.primary_key.columns] or list(table.columns.keys())
            tables[table.name] = {repr([row[k] for k in pk]): dict(row) for row in rows}
    return tables


def _normal(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {_normal(k, ids): _normal(v, ids) for k, v in value.items()
                if k not in ("id", "seq", "hash", "prev_hash")}
    if isinstance(value, list | tuple):
        return [_normal(v, ids) for v in value]
    if isinstance(value, bytes):
        value = value.hex()
    if not isinstance(value, str):
        return value if isinstance(value, int | float | bool | None) else "<t>"
    if value[:1] in "[{":
        try:
            return _normal(json.loads(value), ids)
        except ValueError:
            pass
    for real, placeholder in ids.items():
        value = value.replace(real, placeholder)
    return HEX.sub("<hash>", TIME.sub("<t>", value))


def changes(
    before: dict[str, Rows], after: dict[str, Rows], ids: dict[str, str]
) -> dict[str, list[str]]:
    """Rows added or changed between two dumps, normalised and sorted, per table."""
    diff: dict[str, list[str]] = {}
    for table, rows in after.items():
        changed = [_normal(row, ids) for key, row in rows.items()
                   if before.get(table, {}).get(key) != row]
        if changed:
            diff[table] = sorted(json.dumps(r, sort_keys=True, default=str) for r in changed)
    return diff


@pytest.fixture
def documents(make_document: MakeDocument) -> tuple[str, str, str]:
    """Documents both meetings of a test share, so that only the choices differ."""
    return make_document("A"), make_document("B"), make_document("C")


def run_vote(api: Api, context: AppContext, people: dict[str, int],
             documents: tuple[str, str, str], *, mode: str,
             choices: tuple[str, ...]) -> tuple[dict[str, list[str]], str, str]:
    """One meeting with one vote; returns the normalised changes the ballots and closing made."""
    p = prepare_meeting(api, people, lambda _: "", documents)
    api.call("secretary", "POST", f"/meetings/{p.meeting_id}/publish")
    for name in VOTERS:
        api.call(name, "POST", f"/meetings/{p.meeting_id}/check-in", json={})
    api.call("leader", "POST", f"/meetings/{p.meeting_id}/start")
    vote = api.call("leader", "POST", f"/meetings/{p.meeting_id}/votes", expect=201,
                    json={"motion": "Bầu nhân sự", "mode": mode})["vote_id"]
    before = dump(context)
    for name, choice in zip(VOTERS, choices, strict=True):
        api.call(name, "POST", f"/meetings/{p.meeting_id}/votes/{vote}/ballots",
                 json={"choice": choice}, expect=204)
    result = api.call("leader", "POST", f"/meetings/{p.meeting_id}/votes/{vote}/close")
    assert (result["yes"], result["no"], result["abstain"]) == (3, 1, 1)
    ids = {p.meeting_id: "<meeting>", vote: "<vote>", p.i1: "<i1>", p.i2: "<i2>", p.i3: "<i3>"}
    return changes(before, dump(context), ids), p.meeting_id, vote


def test_no_stored_row_links_a_voter_to_a_choice(
        api: Api, context: AppContext, people: dict[str, int],
        documents: tuple[str, str, str]) -> None:
    first, meeting_id, vote = run_vote(api, context, people, documents, mode="secret",
                                       choices=CHOICES)
    second, _, _ = run_vote(api, context, people, documents, mode="secret", choices=SWAPPED)
    assert {"meetings", "audit_entries", "events"} <= set(first)
    assert first == second

    snapshot = dump(context)["meetings"][repr([meeting_id])]["snapshot"]
    stored = (json.loads(snapshot) if isinstance(snapshot, str) else snapshot)["votes"][vote]
    assert stored["ballots"] == {} and "choice" not in json.dumps(stored)
    assert stored["voted_seats"] == sorted((people[n] for n in VOTERS), key=str)
    assert stored["pool"] == {"yes": 3, "no": 1, "abstain": 1}
    audit = [json.loads(r) for r in first["audit_entries"]]
    assert [a["action"] for a in audit] == ["meetings.close_vote"]
    events = [json.loads(r) for r in first["events"]]
    cast = [e for e in events if e["kind"] == "meetings.secret_ballot_cast"]
    # The meeting's title rides along for notifications; nothing about who chose what.
    assert len(cast) == 5 and all(
        set(e["payload"]) == {"meeting_id", "meeting_title", "vote_id", "ballots_cast"}
        for e in cast)
    assert not [e for e in events if e["kind"] == "meetings.vote_cast"]


def test_the_comparison_sees_the_links_of_an_open_vote(
        api: Api, context: AppContext, people: dict[str, int],
        documents: tuple[str, str, str]) -> None:
    first, _, _ = run_vote(api, context, people, documents, mode="open", choices=CHOICES)
    second, _, _ = run_vote(api, context, people, documents, mode="open", choices=SWAPPED)
    assert first != second
