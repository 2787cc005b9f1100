"""Access control as a matrix: every document route × every role, on documents of every kind
of confidentiality and participation; every workflow step × every role."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from server.auth.service import principal_of
from server.core.context import AppContext
from server.core.permissions import Role
from server.core.settings import Settings
from server.documents.service import latest_version
from server.documents.tables import Assignment, Document
from server.users import service as user_service
from server.users.certificates import bind_certificate
from server.users.tables import User
from signing import sign_as_leader
from tests.fixtures.pki import in_process_pki
from tests.fixtures.server import PASSWORD, SEED_PEOPLE, Seed, fast_settings

from .conftest import MakeDocument

Login = Callable[..., dict[str, str]]
EVERYONE = [name for name, *_ in SEED_PEOPLE] + ["secretclerk"]


@pytest.fixture
def secret_clerk(context: AppContext, seed: Seed) -> None:
    """A clerk entrusted with the confidential register."""
    with context.database.writing() as session:
        user = user_service.create_user(
            session, passwords=context.passwords, actor=None,
            new=user_service.NewUser(username="secretclerk", full_name="Văn thư mật",
                                     password=PASSWORD, roles=frozenset({Role.CLERK}),
                                     unit_id=seed.units["VT"]))
        user.handles_confidential = True
        seed.users["secretclerk"] = user.id
        session.commit()


# document kind → (fields, participants, who may see it)
KINDS: dict[str, tuple[dict[str, Any], tuple[tuple[str, str], ...], set[str]]] = {
    "normal_own_draft": ({"state": "draft"}, (),
                         {"officer", "clerk", "leader", "secretclerk"}),
    "normal_for_unit": ({"creator": "clerk", "state": "directed", "direction": "incoming"},
                        (("unit", "TH"),),
                        {"clerk", "leader", "officer", "unithead", "secretary", "secretclerk"}),
    "confidential_to_person": ({"creator": "clerk", "confidentiality": "secret",
                                "direction": "incoming", "state": "directed"},
                               (("user", "officer"),), {"clerk", "officer", "secretclerk"}),
    "confidential_to_unit": ({"creator": "clerk", "confidentiality": "confidential",
                              "direction": "incoming", "state": "directed"},
                             (("unit", "TH"),), {"clerk", "unithead", "secretclerk"}),
    "top_secret_unaddressed": ({"creator": "clerk", "confidentiality": "top_secret",
                                "direction": "incoming", "state": "registered"}, (),
                               {"clerk", "secretclerk"}),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_reading_routes_by_role(client, login: Login, make_document: MakeDocument,
                                secret_clerk: None, kind: str) -> None:
    fields, participants, allowed = KINDS[kind]
    doc = make_document(participants=participants, **fields)
    outcome: dict[str, tuple[int, ...]] = {}
    for username in EVERYONE:
        headers = login(username)
        listed = {d["id"] for d in client.get("/api/v1/documents", headers=headers,
                                               params={"limit": 200}).json()["items"]}
        outcome[username] = (
            client.get(f"/api/v1/documents/{doc}", headers=headers).status_code,
            client.get(f"/api/v1/documents/{doc}/history", headers=headers).status_code,
            client.get(f"/api/v1/documents/{doc}/versions/1/file", headers=headers).status_code,
            client.post(f"/api/v1/documents/{doc}/comments", headers=headers,
                        json={"body": "Ý kiến"}).status_code,
            200 if doc in listed else 404,
        )
    expected = {u: (200, 200, 200, 201, 200) if u in allowed else (404,) * 5 for u in EVERYONE}
    assert outcome == expected


def _lead(context: AppContext, seed: Seed, doc: int, *, officer: bool) -> None:
    with context.database.writing() as session:
        lead = Assignment(document_id=doc, role="lead", unit_id=seed.units["TH"],
                          assigned_by=seed.users["leader"])
        session.add(lead)
        session.flush()
        if officer:
            session.add(Assignment(document_id=doc, role="lead", user_id=seed.users["officer"],
                                   assigned_by=seed.users["unithead"], parent_id=lead.id))
        session.commit()


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    """The agency trusts the test PKI's root (the leader's upload is really signed)."""
    roots = tmp_path / "roots.pem"
    roots.write_bytes(in_process_pki().root_pem)
    return fast_settings(tmp_path / "data", database_url, trust_roots=roots)


def _bind_leader_certificate(context: AppContext, seed: Seed) -> None:
    with context.database.writing() as session:
        leader = session.get(User, seed.users["leader"])
        assert leader is not None
        bind_certificate(session, actor=principal_of(leader), user_id=leader.id,
                         data=in_process_pki().cert_der("leader-an"))


def _signed_pdf(context: AppContext, doc: int) -> bytes:
    with context.database.reading() as session:
        version = latest_version(session, doc)
        assert version is not None
        return sign_as_leader(context.store.read(version.file_sha256),
                              in_process_pki().key("leader-an"))


STEPS: dict[str, tuple[dict[str, Any], str, set[str]]] = {
    "register": ({"state": "received", "direction": "incoming", "creator": "clerk"}, "", {"clerk"}),
    "present": ({"state": "registered", "direction": "incoming", "creator": "clerk"},
                "leader_id", {"clerk"}),
    "direct": ({"state": "presented", "direction": "incoming", "creator": "clerk"}, "direct",
               {"leader"}),
    "assign": ({"state": "directed", "direction": "incoming", "creator": "clerk"}, "officer",
               {"unithead"}),
    "complete": ({"state": "in_progress", "direction": "incoming", "creator": "clerk"}, "note",
                 {"officer", "unithead"}),
    "submit-review": ({"state": "draft"}, "", {"officer"}),
    "return": ({"state": "in_review"}, "reason", {"unithead"}),
    "initial": ({"state": "in_review"}, "", {"unithead"}),
    "submit-signature": ({"state": "in_review"}, "leader_id", {"unithead"}),
    "sign": ({"state": "to_sign"}, "file", {"leader"}),
    "issue": ({"state": "signed"}, "", {"clerk"}),
    "revoke": ({"state": "issued"}, "reason", {"clerk", "leader"}),
}


@pytest.mark.parametrize("step", sorted(STEPS))
def test_workflow_steps_by_role(client, login: Login, context: AppContext, seed: Seed,
                                make_document: MakeDocument, step: str) -> None:
    fields, body_kind, allowed = STEPS[step]
    everyone = tuple(("user", name) for name, *_ in SEED_PEOPLE)
    outcome: dict[str, int] = {}
    if step == "sign":
        _bind_leader_certificate(context, seed)
    for username, *_ in SEED_PEOPLE:
        doc = make_document(participants=everyone, **fields)
        if step == "sign":
            with context.database.writing() as session:
                session.get(Document, doc).presented_to = seed.users["leader"]  # type: ignore[union-attr]
                session.commit()
        if step in ("assign", "complete"):
            _lead(context, seed, doc, officer=step == "complete")
        kwargs: dict[str, Any] = {"json": {}}
        if body_kind == "leader_id":
            kwargs = {"json": {"leader_id": seed.users["leader"]}}
        elif body_kind == "direct":
            kwargs = {"json": {"text": "Giao Vụ Tổng hợp", "lead": {"unit_id": seed.units["TH"]}}}
        elif body_kind == "officer":
            kwargs = {"json": {"officer_id": seed.users["officer"]}}
        elif body_kind == "reason":
            kwargs = {"json": {"reason": "Lý do"}}
        elif body_kind == "note":
            kwargs = {"json": {"note": "Xong"}}
        elif body_kind == "file":
            kwargs = {"files": {"file": ("s.pdf", _signed_pdf(context, doc), "application/pdf")}}
        response = client.post(f"/api/v1/documents/{doc}/{step}", headers=login(username),
                               **kwargs)
        outcome[username] = response.status_code
    expected = {name: 200 if name in allowed else 403 for name, *_ in SEED_PEOPLE}
    assert outcome == expected


def test_illegal_transitions_are_refused_and_change_nothing(
    client, login: Login, make_document: MakeDocument, seed: Seed
) -> None:
    everyone = tuple(("user", name) for name, *_ in SEED_PEOPLE)
    doc = make_document(state="draft", participants=everyone)
    clerk = login("clerk")
    response = client.post(f"/api/v1/documents/{doc}/issue", headers=clerk)
    assert response.status_code == 409 and response.json()["code"] == "illegal_transition"
    assert "draft" in response.json()["message"]
    after = client.get(f"/api/v1/documents/{doc}", headers=clerk).json()
    assert after["state"] == "draft" and after["number"] is None
    assert client.get(f"/api/v1/documents/{doc}/history", headers=clerk).json() == []


def test_unknown_documents_are_not_found(client, login: Login) -> None:
    response = client.get("/api/v1/documents/987654", headers=login("leader"))
    assert response.status_code == 404



def test_everything_in_my_work_is_visible_to_its_owner(
    client, login: Login, make_document: MakeDocument, context: AppContext, seed: Seed
) -> None:
    for state in ("presented", "directed", "in_progress", "to_sign", "draft", "in_review"):
        doc = make_document(state=state, confidentiality="secret",
                            participants=(("user", "leader"), ("unit", "TH")))
        with context.database.writing() as session:
            session.get(Document, doc).presented_to = seed.users["leader"]  # type: ignore[union-attr]
            session.commit()
        _lead(context, seed, doc, officer=True)
    for username, *_ in SEED_PEOPLE:
        headers = login(username)
        work = client.get("/api/v1/documents/my-work", headers=headers).json()["lists"]
        for name, items in work.items():
            for item in items:
                status = client.get(f"/api/v1/documents/{item['id']}", headers=headers)
                assert status.status_code == 200, (username, name, item["id"])
    assert any(client.get("/api/v1/documents/my-work", headers=login("officer"))
               .json()["lists"]["to_process"])
