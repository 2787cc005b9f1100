"""The hub as a real process: register, send, poll, download, acknowledge, restart, deduplicate."""

from __future__ import annotations

import dataclasses
import threading
import time

import httpx
import pytest

from server.axis import edxml
from server.axis.hub.client import HubClient, HubRefused
from tests.integration.axis.hubproc import ADMIN_TOKEN, HubProcess
from tests.unit.axis import samples

A, B, C = samples.VPCP, samples.NGHE_AN, samples.HA_TINH
UNKNOWN = edxml.Organization("000.00.00.H99", organ_name="Not on this hub")


def _organs(group: int) -> tuple[edxml.Organization, ...]:
    """Three agencies; group 0 is VPCP, Nghệ An and Hà Tĩnh, others are fresh ids."""
    if group == 0:
        return A, B, C
    return tuple(edxml.Organization(f"000.00.{group:02d}.{letter}", organ_name=letter)
                 for letter in ("G10", "H10", "H11"))


def _agencies(hub: HubProcess, group: int = 0) -> list[HubClient]:
    with HubClient(hub.base_url, token=ADMIN_TOKEN) as admin:
        secrets = [(o.organ_id, admin.register(o.organ_id, name=o.organ_name))
                   for o in _organs(group)]
    return [HubClient(hub.base_url, organ_id=organ, secret=secret) for organ, secret in secrets]


def _letter(number: str, *recipients: edxml.Organization, group: int = 0) -> bytes:
    sender, *others = _organs(group)
    message = samples.document(number=number, recipients=recipients or tuple(others),
                               sender=sender)
    return edxml.build_document(message, signer=samples.seal())


def test_register_send_poll_download_acknowledge(hub: HubProcess) -> None:
    a, b, c = _agencies(hub)
    assert {A.organ_id, B.organ_id, C.organ_id} <= {x["organ_id"] for x in a.directory()}

    with pytest.raises(HubRefused) as refused:
        a.send(_letter("1", B, C, UNKNOWN))
    assert refused.value.status == 422 and refused.value.code == "unknown_organ_id"
    assert "000.00.00.H99" in refused.value.detail and refused.value.body["unknown"] == [
        "000.00.00.H99"]
    assert b.pending() == [] and c.pending() == []

    letter = _letter("2")
    sent = a.send(letter)
    assert sent.recipients == (B.organ_id, C.organ_id) and not sent.duplicate
    again = a.send(letter)
    assert again.duplicate and again.message_id == sent.message_id
    for receiver in (b, c):
        pending = receiver.pending()
        assert [p["message_id"] for p in pending] == [sent.message_id]
        assert pending[0]["sender"] == A.organ_id and pending[0]["kind"] == "document"

    assert b.download(sent.message_id) == letter
    assert b.acknowledge(sent.message_id) is True
    assert b.acknowledge(sent.message_id) is False
    assert b.pending() == [] and len(c.pending()) == 1
    assert a.deliveries(sent.message_id) == {B.organ_id: "acknowledged", C.organ_id: "pending"}
    events = [(r["recipient"], r["event"]) for r in a.receipts()]
    assert events == [(B.organ_id, "queued"), (C.organ_id, "queued"),
                      (B.organ_id, "downloaded"), (B.organ_id, "acknowledged")]
    last = a.receipts()[-1]["seq"]
    assert a.receipts(after=last) == []

    status = edxml.build_status(samples.status(edxml.StatusCode.REGISTERED))
    b.send(status)
    (arrived,) = a.pending()
    assert arrived["kind"] == "status" and arrived["sender"] == B.organ_id
    parsed = edxml.parse(a.download(arrived["message_id"]))
    assert isinstance(parsed.message, edxml.StatusMessage)

    take_back = dataclasses.replace(samples.status(edxml.StatusCode.REVOKE_REQUESTED), from_=A)
    with pytest.raises(HubRefused) as refused:  # about its own document: addressees needed
        a.send(edxml.build_status(take_back))
    assert refused.value.status == 400
    a.send(edxml.build_status(take_back), to=(B.organ_id, C.organ_id))
    assert [p["status_code"] for p in c.pending()][-1] == "13"


def test_refusals(hub: HubProcess) -> None:
    a, b, _ = _agencies(hub, group=1)
    with HubClient(hub.base_url, token="wrong") as stranger, pytest.raises(HubRefused) as caught:
        stranger.register("000.00.00.H50", secret="x" * 20)
    assert caught.value.status == 403
    with HubClient(hub.base_url, token=ADMIN_TOKEN) as admin, \
            pytest.raises(HubRefused) as caught:
        admin.register(a.http.headers["Authorization"].split()[1].split(":")[0])
    assert caught.value.status == 409
    with HubClient(hub.base_url, organ_id=A.organ_id, secret="wrong-secret-123456") as bad, \
            pytest.raises(HubRefused) as caught:
        bad.pending()
    assert caught.value.status == 401
    with pytest.raises(HubRefused) as caught:  # B may not send as A
        b.send(_letter("3", group=1))
    assert caught.value.status == 403
    for data, code in ((b"<edXML", "malformed_xml"),
                       (b'<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', "forbidden_xml")):
        with pytest.raises(HubRefused) as caught:
            a.send(data)
        assert (caught.value.status, caught.value.code) == (422, code)
    tampered = _letter("4", group=1).replace("triển khai".encode(), "hủy bỏ".encode())
    with pytest.raises(HubRefused) as caught:
        a.send(tampered)
    assert caught.value.code == "bad_signature"
    with pytest.raises(HubRefused) as caught:
        a.send(b"x" * (hub.max_message_bytes + 1))
    assert caught.value.status == 413
    with pytest.raises(HubRefused) as caught:
        b.download("0" * 64)
    assert caught.value.status == 404
    sent = a.send(_letter("5", group=1))
    with HubClient(hub.base_url, token=ADMIN_TOKEN) as admin:
        secret = admin.register("000.00.00.H50", secret="s" * 20)
    with HubClient(hub.base_url, organ_id="000.00.00.H50", secret=secret) as outsider, \
            pytest.raises(HubRefused) as caught:
        outsider.download(sent.message_id)
    assert caught.value.status == 404
    with pytest.raises(HubRefused) as caught:
        a.send(_letter("6", group=1), message_id=sent.message_id)  # same id, other bytes
    assert caught.value.status == 409


def _send_with_retry(client: HubClient, data: bytes, message_id: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            client.send(data, message_id=message_id)
            return
        except (httpx.TransportError, HubRefused) as exc:
            if isinstance(exc, HubRefused) and exc.status < 500:
                raise
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_killed_and_restarted_mid_flight_loses_nothing_and_duplicates_nothing(
        hub: HubProcess) -> None:
    a, b, c = _agencies(hub, group=2)
    letters = {f"letter-{n}": _letter(str(100 + n), group=2) for n in range(30)}
    sent: list[str] = []

    def sender() -> None:
        organ, secret = a.http.headers["Authorization"].split()[1].split(":", 1)
        with HubClient(hub.base_url, organ_id=organ, secret=secret) as own:
            for message_id, data in letters.items():
                _send_with_retry(own, data, message_id)
                sent.append(message_id)

    thread = threading.Thread(target=sender)
    thread.start()
    while len(sent) < 8:
        time.sleep(0.01)
    hub.kill()
    time.sleep(0.2)
    hub.start()
    thread.join(timeout=60)
    assert not thread.is_alive() and len(sent) == 30
    for message_id, data in letters.items():  # a connector replaying its whole outbox
        assert a.send(data, message_id=message_id).duplicate
    pending = b.pending(limit=1000)
    assert sorted(p["message_id"] for p in pending) == sorted(letters)
    for item in pending:
        assert b.download(item["message_id"]) == letters[item["message_id"]]
        b.acknowledge(item["message_id"])
    assert b.pending() == [] and len(c.pending(limit=1000)) == 30
