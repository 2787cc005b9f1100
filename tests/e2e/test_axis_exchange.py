"""Two (three) agency servers and the axis hub as real processes on loopback: A issues an
official letter to B and C, B registers it and replies, A follows each recipient's status,
A revokes and the copies are withdrawn; the hub is killed and restarted mid-flight, A is
SIGKILLed while sending and restarted on the same data: nothing lost, nothing twice."""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.axis.hub.client import HubClient
from signing import add_signature_field, sign_as_leader
from tests.e2e.conftest import ADMIN_PASSWORD, DEMO_PASSWORD, _signature_env
from tests.fixtures.databases import (
    create_postgres_database,
    drop_postgres_database,
    postgres_admin_url,
)
from tests.fixtures.pdfs import make_pdf
from tests.fixtures.pki import in_process_pki
from tests.fixtures.process import RunningServer, run_cli, running_server, server_env
from tests.integration.axis.hubproc import ADMIN_TOKEN, HubProcess, HubProxy

AGENCIES = {
    "A": ("000.00.00.G22", "Văn phòng Chính phủ", "VPCP"),
    "B": ("000.00.00.H41", "Ủy ban nhân dân tỉnh Nghệ An", "UBND"),
    "C": ("000.00.00.H42", "Ủy ban nhân dân tỉnh Hà Tĩnh", "UBND"),
}
AXIS_ENV = {"PHIGIAY_AXIS_ENABLED": "true", "PHIGIAY_AXIS_POLL_SECONDS": "0.2",
            "PHIGIAY_AXIS_RETRY_BASE_SECONDS": "0.3", "PHIGIAY_AXIS_RETRY_MAX_SECONDS": "1.5",
            "PHIGIAY_AXIS_CLAIM_SECONDS": "2"}


def wait_for(check: Callable[[], Any], *, timeout: float = 30.0, what: str = "") -> Any:
    """Poll ``check`` until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or check}")
        time.sleep(0.1)


@dataclass
class Agency:
    """One agency server process with its HTTP client and logged-in people."""

    name: str
    organ_id: str
    env: dict[str, str]
    stack: contextlib.ExitStack
    running: RunningServer | None = None
    api: httpx.Client | None = None
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)

    def start(self) -> None:
        self.running = self.stack.enter_context(running_server(self.env, timeout=120))
        self.api = self.stack.enter_context(httpx.Client(base_url=self.running.base_url,
                                                         timeout=30))
        self.headers = {}

    def kill(self) -> None:
        """SIGKILL the server process (no shutdown, no flush)."""
        assert self.running is not None
        self.running.process.kill()
        self.running.process.wait(timeout=10)

    def as_(self, username: str) -> dict[str, str]:
        if username not in self.headers:
            response = self.call("post", "/api/v1/auth/login", None,
                                 json={"username": username, "password": DEMO_PASSWORD})
            self.headers[username] = {"Authorization": f"Bearer {response['access_token']}"}
        return self.headers[username]

    def call(self, method: str, url: str, user: str | None, expected: int = 200,
             **kwargs: Any) -> Any:
        assert self.api is not None
        headers = self.as_(user) if user else None
        response = self.api.request(method, url, headers=headers, **kwargs)
        assert response.status_code == expected, f"{self.name} {url}: {response.text}"
        return response.json()

    def load_people(self) -> None:
        users = self.call("get", "/api/v1/users", "lannt")
        units = self.call("get", "/api/v1/units", "lannt")
        self.people = {u["username"]: u["id"] for u in users}
        self.people.update({f"unit:{u['code']}": u["id"] for u in units})

    def incoming(self) -> list[dict[str, Any]]:
        page = self.call("get", "/api/v1/documents", "lannt",
                         params={"direction": "incoming", "limit": 200})
        return list(page["items"])

    def document(self, document_id: int) -> dict[str, Any]:
        return dict(self.call("get", f"/api/v1/documents/{document_id}", "lannt"))

    def issue(self, subject: str, recipients: list[str], *, reply_to_id: int | None = None,
              appendix: bytes | None = None) -> dict[str, Any]:
        """Draft, review, sign and issue an official letter to these organ ids."""
        draft_pdf = make_pdf(["CÔNG VĂN", subject])
        metadata = {"type_code": "official_letter", "subject": subject,
                    "signer_position": "CHỦ TỊCH", "signer_name": "Lê Minh Khang",
                    "reply_to_id": reply_to_id,
                    "recipients": [{"organ_id": organ, "organ_name": name}
                                   for organ, name, _ in AGENCIES.values()
                                   if organ in recipients]}
        doc = self.call("post", "/api/v1/documents", "maint", 201,
                        data={"metadata": json.dumps(metadata)},
                        files={"file": ("du-thao.pdf", draft_pdf, "application/pdf")})["id"]
        if appendix is not None:
            self.call("post", f"/api/v1/documents/{doc}/attachments", "maint", 201,
                      files={"file": ("phu-luc.bin", appendix, "application/octet-stream")})
        self.call("post", f"/api/v1/documents/{doc}/submit-review", "maint")
        self.call("post", f"/api/v1/documents/{doc}/submit-signature", "longbd",
                  json={"leader_id": self.people["khanglm"]})
        signed = sign_as_leader(add_signature_field(draft_pdf, "AgencySeal"),
                                in_process_pki().key("leader-an"))
        self.call("post", f"/api/v1/documents/{doc}/sign", "khanglm",
                  files={"file": ("ky.pdf", signed, "application/pdf")})
        return dict(self.call("post", f"/api/v1/documents/{doc}/issue", "lannt"))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The hub and three agencies, each with its own database."""
    admin_url = postgres_admin_url()
    databases: list[str] = []
    root = tmp_path_factory.mktemp("axis-e2e")
    hub_url = create_postgres_database(admin_url) if admin_url else None
    hub = HubProcess(root / "hub", hub_url)
    hub.start()
    # A reaches the hub through a proxy that can swallow an answer (the SIGKILL case).
    proxy = HubProxy(hub.base_url)
    with contextlib.ExitStack() as stack, HubClient(hub.base_url, token=ADMIN_TOKEN) as admin:
        def set_up(name: str) -> Agency:
            organ, full_name, short = AGENCIES[name]
            url = create_postgres_database(admin_url) if admin_url else None
            if url:
                databases.append(url)
            hub_url = proxy.base_url if name == "A" else hub.base_url
            agency_stack = stack.enter_context(contextlib.ExitStack())
            return _agency(agency_stack, root / name, url, hub_url, admin, name, organ,
                           full_name, short)

        # The three agencies are set up side by side: init, demo data and start-up are
        # mostly waiting on subprocesses.
        with ThreadPoolExecutor(max_workers=3) as pool:
            agencies = dict(zip(AGENCIES, pool.map(set_up, AGENCIES), strict=True))
        yield {"hub": hub, "proxy": proxy, **agencies}
    proxy.close()
    hub.stop()
    if admin_url:
        for url in [*databases, *([hub_url] if hub_url else [])]:
            drop_postgres_database(admin_url, url)


def _agency(stack: contextlib.ExitStack, data_dir: Path, database_url: str | None,
            hub_url: str, admin: HubClient, name: str, organ: str, full_name: str,
            short: str) -> Agency:
    data_dir.mkdir(parents=True)
    env = server_env(data_dir, database_url)
    env.update({"ADMIN_PW": ADMIN_PASSWORD, "DEMO_PW": DEMO_PASSWORD, **AXIS_ENV})
    env.update(_signature_env(data_dir))
    secret = admin.register(organ, name=full_name)
    env.update({"PHIGIAY_AXIS_HUB_URL": hub_url, "PHIGIAY_AXIS_SECRET": secret})
    init = run_cli(["init", "--admin-password-env", "ADMIN_PW", "--organ-id", organ,
                    "--agency-name", full_name, "--agency-short-name", short,
                    "--place-name", "Hà Nội"], env)
    assert init.returncode == 0, init.stderr
    assert run_cli(["demo-data", "--password-env", "DEMO_PW"], env).returncode == 0
    agency = Agency(name, organ, env, stack)
    agency.start()
    agency.load_people()
    leader = agency.people["khanglm"]
    key = in_process_pki().key("leader-an")
    agency.call("post", f"/api/v1/users/{leader}/certificates", "khanglm", 201,
                files={"file": ("an.cer", key.certificate.der, "application/pkix-cert")})
    return agency


def _statuses(agency: Agency, document_id: int) -> dict[str, str | None]:
    return {r["organ_id"]: r["axis_status_code"]
            for r in agency.document(document_id)["recipients"] if r["organ_id"]}


def _recipient_id(agency: Agency, document_id: int, organ_id: str) -> int:
    return int(next(r["id"] for r in agency.document(document_id)["recipients"]
                    if r["organ_id"] == organ_id))


def _copy(agency: Agency, subject: str) -> list[dict[str, Any]]:
    return [d for d in agency.incoming() if d["subject"] == subject]


def test_two_agencies_exchange_through_the_hub(world: dict[str, Any]) -> None:
    a, b, c, hub = world["A"], world["B"], world["C"], world["hub"]
    subject = "Về việc triển khai Nghị định 30 về công tác văn thư"
    issued = a.issue(subject, [b.organ_id, c.organ_id])
    b_copy = wait_for(lambda: _copy(b, subject), what="B's copy")[0]
    wait_for(lambda: _copy(c, subject), what="C's copy")
    assert b_copy["state"] == "received" and b_copy["issuing_organ_id"] == a.organ_id
    assert (b_copy["number"], b_copy["notation"]) == (issued["number"], issued["notation"])
    wait_for(lambda: _statuses(a, issued["id"]) == {b.organ_id: "01", c.organ_id: "01"},
             what="01 from B and C")

    b.call("post", f"/api/v1/documents/{b_copy['id']}/register", "lannt")
    wait_for(lambda: _statuses(a, issued["id"]) == {b.organ_id: "03", c.organ_id: "01"},
             what="03 from B")
    recipients = {r["organ_id"]: r for r in a.document(issued["id"])["recipients"]}
    assert recipients[b.organ_id]["axis_status_label"] == "Đã tiếp nhận, vào sổ"
    assert recipients[b.organ_id]["delivery_status"] == "delivered"
    history = a.call("get", f"/api/v1/axis/documents/{issued['id']}/deliveries", "lannt")
    assert sorted(h["status_code"] for h in history) == ["01", "01", "03"]

    # B's leader directs it (04), the lead unit's head hands it to an officer (05).
    b.call("post", f"/api/v1/documents/{b_copy['id']}/present", "lannt",
           json={"leader_id": b.people["khanglm"]})
    b.call("post", f"/api/v1/documents/{b_copy['id']}/direct", "khanglm",
           json={"text": "Giao Vụ Tổng hợp chủ trì trả lời.",
                 "lead": {"unit_id": b.people["unit:TH"]}})
    b.call("post", f"/api/v1/documents/{b_copy['id']}/assign", "longbd",
           json={"officer_id": b.people["maint"]})
    wait_for(lambda: _statuses(a, issued["id"])[b.organ_id] == "05", what="05 from B")

    # B replies while the hub is down; the reply waits in B's outbox and goes once it is back.
    hub.kill()
    reply_subject = "V/v phúc đáp Công văn về triển khai Nghị định 30"
    reply = b.issue(reply_subject, [a.organ_id], reply_to_id=b_copy["id"])
    b.call("post", f"/api/v1/documents/{b_copy['id']}/complete", "maint",
           json={"note": "Đã trả lời"})
    time.sleep(1.0)
    waiting = b.call("get", "/api/v1/axis/outbox", "lannt", params={"state": "pending"})
    assert any(m["document_id"] == reply["id"] and m["attempts"] >= 1 and m["last_error"]
               for m in waiting)
    hub.start()
    answer = wait_for(lambda: _copy(a, reply_subject), what="B's reply at A")[0]
    assert answer["reply_to_id"] == issued["id"]
    wait_for(lambda: _statuses(a, issued["id"])[b.organ_id] == "06", what="06 from B")
    history = a.call("get", f"/api/v1/axis/documents/{issued['id']}/deliveries", "lannt")
    assert [h["status_code"] for h in history if h["recipient_id"] == _recipient_id(
        a, issued["id"], b.organ_id)] == ["01", "03", "04", "05", "06"]

    # A revokes: B's and C's copies are withdrawn, and both agree (15).
    a.call("post", f"/api/v1/documents/{issued['id']}/revoke", "lannt",
           json={"reason": "Ban hành nhầm đối tượng"})
    wait_for(lambda: _copy(b, subject)[0]["state"] == "revoked", what="B's copy withdrawn")
    wait_for(lambda: _copy(c, subject)[0]["state"] == "revoked", what="C's copy withdrawn")
    wait_for(lambda: _statuses(a, issued["id"]) == {b.organ_id: "15", c.organ_id: "15"},
             what="15 from B and C")


def test_a_sender_killed_mid_send_delivers_exactly_once(world: dict[str, Any]) -> None:
    a, b, proxy = world["A"], world["B"], world["proxy"]
    subject = "Về việc gửi hồ sơ kèm phụ lục dung lượng lớn"
    appendix = os.urandom(5 * 1024 * 1024)
    proxy.trap_next_upload()
    issued = a.issue(subject, [b.organ_id], appendix=appendix)
    # The hub has stored the 5 MB message; A waits for the answer that never comes: kill it.
    assert proxy.trapped.wait(30), "A did not send"
    a.kill()
    proxy.release()
    a.start()
    copies = wait_for(lambda: _copy(b, subject), what="B's copy after A's restart")
    wait_for(lambda: _statuses(a, issued["id"]) == {b.organ_id: "01"}, what="01 at A")
    time.sleep(1.0)  # room for a duplicate to show up if there were one
    assert len(_copy(b, subject)) == 1
    detail = b.document(copies[0]["id"])
    assert [x["filename"] for x in detail["attachments"]] == ["phu-luc.bin"]
    sent = a.call("get", "/api/v1/axis/outbox", "lannt")
    mine = [m for m in sent if m["document_id"] == issued["id"] and m["kind"] == "document"]
    assert len(mine) == 1 and mine[0]["state"] == "sent"
    status = a.call("get", "/api/v1/axis/status", "lannt")
    assert status["enabled"] and status["outbox"]["failed"] == 0
    assert status["quarantined"] == 0
