"""The agency server as an administrator runs it: init, run (real uvicorn on loopback), use."""

from __future__ import annotations

import queue
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import ADMIN_PASSWORD, DEMO_PASSWORD
from tests.fixtures.databases import postgres_admin_url
from tests.fixtures.process import EventCollector, RunningServer, running_server, server_env


def _token(server: RunningServer, username: str, password: str = DEMO_PASSWORD) -> str:
    response = httpx.post(f"{server.base_url}/api/v1/auth/login",
                          json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def test_health_and_docs(server: RunningServer) -> None:
    health = httpx.get(f"{server.base_url}/api/v1/health").json()
    assert health["status"] == "ok"
    assert httpx.get(f"{server.base_url}/api/v1/docs").status_code == 200
    spec = httpx.get(f"{server.base_url}/api/v1/openapi.json").json()
    assert spec["info"]["title"] == "phigiay"


def test_login_token_me_logout(server: RunningServer) -> None:
    token = _token(server, "admin", ADMIN_PASSWORD)
    headers = {"Authorization": f"Bearer {token}"}
    me = httpx.get(f"{server.base_url}/api/v1/me", headers=headers).json()
    assert me["roles"] == ["admin"] and me["agency"]["name"] == "Văn phòng Chính phủ"
    people = httpx.get(f"{server.base_url}/api/v1/users", headers=headers,
                       params={"role": "cabinet_member"}).json()
    assert len(people) >= 25
    assert httpx.post(f"{server.base_url}/api/v1/auth/logout", headers=headers).status_code == 204
    assert httpx.get(f"{server.base_url}/api/v1/me", headers=headers).status_code == 401


def test_repeated_wrong_passwords_lock_the_account(server: RunningServer) -> None:
    codes = [httpx.post(f"{server.base_url}/api/v1/auth/login",
                        json={"username": "duchv", "password": "sai-mat-khau-1"}).json()["code"]
             for _ in range(5)]
    assert codes[-1] == "account_locked"
    locked = httpx.post(f"{server.base_url}/api/v1/auth/login",
                        json={"username": "duchv", "password": DEMO_PASSWORD})
    assert locked.status_code == 423


def test_events_reach_only_the_users_allowed_to_see_them(server: RunningServer) -> None:
    admin_token = _token(server, "baotq")
    admin = EventCollector(server.base_url, admin_token)
    officer = EventCollector(server.base_url, _token(server, "maint"))
    assert admin.connected.wait(5) and officer.connected.wait(5)
    assert admin.status == officer.status == 200
    created = httpx.post(
        f"{server.base_url}/api/v1/users", headers={"Authorization": f"Bearer {admin_token}"},
        json={"username": "moi.nguoi", "full_name": "Người Mới", "password": "Mat-khau-2026",
              "roles": ["officer"]},
    )
    assert created.status_code == 201, created.text
    event = admin.next()
    assert event["kind"] == "user.created" and event["payload"]["full_name"] == "Người Mới"
    with pytest.raises(queue.Empty):
        officer.next(timeout=1.0)
    admin.close()
    officer.close()
    # A client that reconnects with Last-Event-ID catches up on what it missed.
    resumed = EventCollector(server.base_url, admin_token, last_event_id=event["id"] - 1)
    assert resumed.next()["id"] == event["id"]
    resumed.close()


def test_event_stream_requires_a_valid_token(server: RunningServer) -> None:
    response = httpx.get(f"{server.base_url}/api/v1/events/stream",
                         headers={"Authorization": "Bearer pgy_forged"})
    assert response.status_code == 401


def test_event_stream_ends_when_the_token_is_revoked(server: RunningServer) -> None:
    token = _token(server, "lannt")
    collector = EventCollector(server.base_url, token)
    assert collector.connected.wait(5)
    httpx.post(f"{server.base_url}/api/v1/auth/logout",
               headers={"Authorization": f"Bearer {token}"})
    collector._thread.join(timeout=5)
    assert not collector._thread.is_alive()


@pytest.mark.skipif(postgres_admin_url() is None,
                    reason="fan-out across processes needs PostgreSQL LISTEN/NOTIFY "
                           "(set PHIGIAY_TEST_POSTGRES_URL; CI's PostgreSQL pass runs it)")
def test_events_fan_out_across_server_processes(
    server: RunningServer, tmp_path: Path
) -> None:
    env = server_env(tmp_path, server.env["PHIGIAY_DATABASE_URL"])
    with running_server(env) as second:
        admin_token = _token(server, "baotq")
        listener = EventCollector(second.base_url, admin_token)
        assert listener.connected.wait(5)
        response = httpx.post(
            f"{server.base_url}/api/v1/users",
            headers={"Authorization": f"Bearer {admin_token}"},
            json={"username": "qua.tien.trinh", "full_name": "Qua Tiến Trình",
                  "password": "Mat-khau-2026", "roles": ["clerk"]},
        )
        assert response.status_code == 201
        event = listener.next(timeout=5)
        assert event["kind"] == "user.created" and event["payload"]["username"] == "qua.tien.trinh"
        listener.close()

