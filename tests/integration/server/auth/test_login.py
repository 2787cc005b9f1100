"""Login, tokens, logout, password change and lock-out over HTTP."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select, update

from server.auth.tables import AccessToken
from server.core.context import AppContext
from server.core.db import utcnow
from server.core.tables import AuditEntry
from server.users.tables import User
from tests.fixtures.server import PASSWORD, Seed

Login = Callable[..., dict[str, str]]


def _actions(context: AppContext) -> list[str]:
    with context.database.reading() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_login_token_me(client, seed: Seed) -> None:
    response = client.post("/api/v1/auth/login", json={"username": "officer", "password": PASSWORD})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer" and body["access_token"].startswith("pgy_")
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    data = me.json()
    assert data["username"] == "officer" and data["full_name"] == "Ngô Thị Mai"
    assert data["roles"] == ["officer"] and data["unit_id"] == seed.units["TH"]
    assert data["agency"]["organ_id"] == "000.00.00.G22"
    assert "user.manage" not in data["permissions"]


def test_user_names_are_case_insensitive(client) -> None:
    response = client.post("/api/v1/auth/login",
                           json={"username": " Officer ", "password": PASSWORD})
    assert response.status_code == 200


def test_only_the_hash_of_a_token_is_stored(client, context: AppContext) -> None:
    token = client.post("/api/v1/auth/login",
                        json={"username": "officer", "password": PASSWORD}).json()["access_token"]
    with context.database.reading() as session:
        stored = list(session.scalars(select(AccessToken.token_hash)))
    assert token not in stored and len(stored) == 1 and len(stored[0]) == 64


def test_wrong_password_and_unknown_user_are_refused_alike_and_audited(
    client, context: AppContext
) -> None:
    wrong = client.post("/api/v1/auth/login", json={"username": "officer", "password": "nope"})
    unknown = client.post("/api/v1/auth/login", json={"username": "ghost", "password": "nope"})
    for response in (wrong, unknown):
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == "invalid_credentials"
    assert wrong.json()["message"] == unknown.json()["message"]
    assert _actions(context)[-2:] == ["auth.login_failed", "auth.login_failed"]


def test_repeated_wrong_passwords_lock_the_account(client, context: AppContext) -> None:
    codes = [
        client.post("/api/v1/auth/login", json={"username": "clerk", "password": "wrong-1"})
        .json()["code"]
        for _ in range(5)
    ]
    assert codes == ["invalid_credentials"] * 4 + ["account_locked"]
    right = client.post("/api/v1/auth/login", json={"username": "clerk", "password": PASSWORD})
    assert right.status_code == 423 and right.json()["code"] == "account_locked"
    assert "auth.account_locked" in _actions(context)
    assert _actions(context)[-1] == "auth.login_refused_locked"
    # The lock expires by itself.
    with context.database.writing() as session:
        session.execute(update(User).where(User.username == "clerk")
                        .values(locked_until=utcnow() - timedelta(seconds=1)))
        session.commit()
    assert client.post("/api/v1/auth/login",
                       json={"username": "clerk", "password": PASSWORD}).status_code == 200


def test_a_successful_login_resets_the_failure_count(client) -> None:
    for _ in range(4):
        client.post("/api/v1/auth/login", json={"username": "leader", "password": "wrong-1"})
    assert client.post("/api/v1/auth/login",
                       json={"username": "leader", "password": PASSWORD}).status_code == 200
    for _ in range(4):
        client.post("/api/v1/auth/login", json={"username": "leader", "password": "wrong-1"})
    assert client.post("/api/v1/auth/login",
                       json={"username": "leader", "password": PASSWORD}).status_code == 200


def test_missing_forged_and_malformed_tokens_are_refused(client) -> None:
    for headers in ({}, {"Authorization": "Bearer pgy_forged-token-value"},
                    {"Authorization": "Bearer something-else"},
                    {"Authorization": "Basic YWRtaW46YWRtaW4="}):
        response = client.get("/api/v1/me", headers=headers)
        assert response.status_code == 401, headers
        assert response.json()["code"] == "not_authenticated"
        assert response.headers["www-authenticate"] == "Bearer"


def test_expired_token_is_refused(client, login: Login, context: AppContext) -> None:
    headers = login("officer")
    with context.database.writing() as session:
        session.execute(update(AccessToken).values(expires_at=utcnow() - timedelta(seconds=1)))
        session.commit()
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_logout_revokes_the_token(client, login: Login) -> None:
    headers = login("officer")
    other = login("officer")
    assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    assert client.get("/api/v1/me", headers=headers).status_code == 401
    assert client.get("/api/v1/me", headers=other).status_code == 200


def test_password_change_signs_out_other_sessions(client, login: Login) -> None:
    here, elsewhere = login("officer"), login("officer")
    weak = client.post("/api/v1/auth/password", headers=here,
                       json={"current_password": PASSWORD, "new_password": "short"})
    assert weak.status_code == 422 and weak.json()["code"] == "weak_password"
    wrong = client.post("/api/v1/auth/password", headers=here,
                        json={"current_password": "not-it-123", "new_password": "Mat-khau-moi-9"})
    assert wrong.status_code == 401
    ok = client.post("/api/v1/auth/password", headers=here,
                     json={"current_password": PASSWORD, "new_password": "Mat-khau-moi-9"})
    assert ok.status_code == 204
    assert client.get("/api/v1/me", headers=here).status_code == 200
    assert client.get("/api/v1/me", headers=elsewhere).status_code == 401
    assert client.post("/api/v1/auth/login",
                       json={"username": "officer", "password": PASSWORD}).status_code == 401
    assert client.post("/api/v1/auth/login", json={"username": "officer",
                                                   "password": "Mat-khau-moi-9"}).status_code == 200


def test_disabled_user_cannot_log_in_and_loses_sessions(client, login: Login, seed: Seed) -> None:
    admin, officer = login("admin"), login("officer")
    response = client.patch(f"/api/v1/users/{seed.users['officer']}", headers=admin,
                            json={"is_active": False})
    assert response.status_code == 200 and response.json()["is_active"] is False
    assert client.get("/api/v1/me", headers=officer).status_code == 401
    refused = client.post("/api/v1/auth/login", json={"username": "officer", "password": PASSWORD})
    assert refused.status_code == 403 and refused.json()["code"] == "account_disabled"


def test_admin_reset_unlocks_and_signs_out(client, login: Login, seed: Seed) -> None:
    officer = login("officer")
    for _ in range(5):
        client.post("/api/v1/auth/login", json={"username": "officer", "password": "wrong-1"})
    admin = login("admin")
    response = client.post(f"/api/v1/users/{seed.users['officer']}/password", headers=admin,
                           json={"new_password": "Mat-khau-moi-9"})
    assert response.status_code == 204
    assert client.get("/api/v1/me", headers=officer).status_code == 401
    assert client.post("/api/v1/auth/login", json={"username": "officer",
                                                   "password": "Mat-khau-moi-9"}).status_code == 200
