"""Who may do what in the archive, over HTTP, role by role (the matrix is written out here as
the specification; ``server/archive/access.py`` implements it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from .conftest import MakeDocument
from .kit import ARCHIVE

USERS = ("admin", "clerk", "officer", "unithead", "leader", "member", "secretary")
MATRIX: dict[str, frozenset[str]] = {
    "read": frozenset({"admin", "clerk", "officer", "unithead", "leader"}),
    "plan": frozenset({"clerk", "unithead"}),
    "approve_catalogue": frozenset({"leader"}),
    "open": frozenset({"clerk", "officer", "unithead"}),
    "pack": frozenset({"clerk"}),
    "hold": frozenset({"clerk", "leader"}),
    "schedule": frozenset({"clerk", "admin"}),
    "approve_disposal": frozenset({"leader"}),
    "dispose": frozenset({"clerk"}),
    "fixity": frozenset({"clerk"}),
}


def _requests(user: str, closed: str) -> dict[str, tuple[str, str, dict[str, Any]]]:
    notation = f"{USERS.index(user) + 1:02d}.MT"
    return {
        "read": ("GET", "/dossiers", {}),
        "plan": ("POST", "/catalogues/2030/entries",
                 {"json": {"notation": notation, "title": "Kế hoạch", "retention": "10",
                           "creator": "Vụ Tổng hợp"}}),
        "approve_catalogue": ("POST", "/catalogues/2031/approve", {}),
        "open": ("POST", "/dossiers",
                 {"json": {"year": 2030, "notation": notation, "title": "Hồ sơ",
                           "retention": "10"}}),
        "pack": ("POST", f"/dossiers/{closed}/packages", {"json": {"transfer": False}}),
        "hold": ("POST", f"/dossiers/{closed}/holds", {"json": {"reason": "Kiểm tra"}}),
        "schedule": ("PUT", f"/retention-schedule/cat-{notation.lower()}",
                     {"json": {"retention": "10"}}),
        "approve_disposal": ("POST", f"/dossiers/{closed}/disposal-approval",
                             {"json": {"decision_ref": "3/QĐ"}}),
        "dispose": ("POST", f"/dossiers/{closed}/dispose", {}),
        "fixity": ("POST", "/fixity", {}),
    }


@pytest.fixture
def closed_dossier(client: Any, login: Callable[..., dict[str, str]],
                   make_document: MakeDocument) -> str:
    officer = login("officer")
    opened = client.post(f"{ARCHIVE}/dossiers", headers=officer, json={
        "year": 2026, "notation": "01.MT", "title": "Hồ sơ ma trận", "retention": "Vĩnh viễn"})
    code = opened.json()["file_code"]
    client.post(f"{ARCHIVE}/dossiers/{code}/documents", headers=officer,
                json={"document_id": make_document("Báo cáo", date(2026, 2, 2))})
    assert client.post(f"{ARCHIVE}/dossiers/{code}/close", headers=officer,
                       json={}).status_code == 200
    return str(code)


def test_every_role_against_every_archive_action(
    client: Any, login: Callable[..., dict[str, str]], closed_dossier: str
) -> None:
    seen: dict[str, set[str]] = {action: set() for action in MATRIX}
    for user in USERS:
        headers = login(user)
        for action, (method, path, kwargs) in _requests(user, closed_dossier).items():
            response = client.request(method, f"{ARCHIVE}{path}", headers=headers, **kwargs)
            assert response.status_code != 500, response.text
            if response.status_code != 403:
                seen[action].add(user)
            else:
                assert response.json()["code"] == "permission_denied"
    assert seen == MATRIX


def test_an_officer_files_only_in_their_own_dossiers(
    client: Any, login: Callable[..., dict[str, str]], make_document: MakeDocument
) -> None:
    head, officer = login("unithead"), login("officer")
    code = client.post(f"{ARCHIVE}/dossiers", headers=head, json={
        "year": 2026, "notation": "02.MT", "title": "Hồ sơ của trưởng đơn vị",
        "retention": "10"}).json()["file_code"]
    document_id = make_document("Tờ trình", date(2026, 3, 3))
    refused = client.post(f"{ARCHIVE}/dossiers/{code}/documents", headers=officer,
                          json={"document_id": document_id})
    assert refused.status_code == 403
    assert client.post(f"{ARCHIVE}/dossiers/{code}/documents", headers=head,
                       json={"document_id": document_id}).status_code == 200
