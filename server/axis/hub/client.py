"""A small synchronous client for the hub's HTTP API (tests, the bench, the connector)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx


class HubRefused(Exception):
    """The hub answered with a problem (status, stable code, detail)."""

    def __init__(self, status: int, code: str, detail: str, body: dict[str, Any]) -> None:
        super().__init__(f"{status} {code}: {detail}")
        self.status, self.code, self.detail, self.body = status, code, detail, body


@dataclass(frozen=True)
class Sent:
    """The hub's answer to a send."""

    message_id: str
    """Message id."""
    recipients: tuple[str, ...]
    """Organ ids it was queued for."""
    duplicate: bool
    """Whether it had been stored already."""


class HubClient:
    """Calls the hub as one agency (``organ_id`` + ``secret``) or as the admin (``token``)."""

    def __init__(self, base_url: str, *, organ_id: str | None = None, secret: str | None = None,
                 token: str | None = None, timeout: float = 30.0) -> None:
        bearer = token if token is not None else f"{organ_id}:{secret}"
        self.http = httpx.Client(base_url=base_url.rstrip("/") + "/api/v1", timeout=timeout,
                                 headers={"Authorization": f"Bearer {bearer}"})

    def close(self) -> None:
        """Close the connection pool."""
        self.http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _check(self, response: httpx.Response) -> httpx.Response:
        if response.is_success:
            return response
        try:
            body = response.json()
        except ValueError:
            body = {}
        raise HubRefused(response.status_code, str(body.get("code", "")),
                         str(body.get("detail", response.text[:200])), body)

    def register(self, organ_id: str, *, name: str = "", secret: str | None = None) -> str:
        """Register an agency; returns its secret."""
        response = self._check(self.http.post("/agencies", json={
            "organ_id": organ_id, "name": name, "secret": secret}))
        return str(response.json()["secret"])

    def directory(self) -> list[dict[str, Any]]:
        """The agency directory."""
        return list(self._check(self.http.get("/agencies")).json()["agencies"])

    def send(self, data: bytes, *, message_id: str | None = None,
             to: tuple[str, ...] = ()) -> Sent:
        """Send an edXML message; ``message_id`` makes retries idempotent; ``to`` addresses a
        status about one's own document (13)."""
        headers = {"Content-Type": "application/xml"}
        if message_id:
            headers["Idempotency-Key"] = message_id
        params = httpx.QueryParams([("to", organ) for organ in to])
        body = self._check(self.http.post("/messages", content=data, headers=headers,
                                          params=params)).json()
        return Sent(body["message_id"], tuple(body["recipients"]), bool(body["duplicate"]))

    def pending(self, *, limit: int = 100) -> list[dict[str, Any]]:
        """Messages waiting for this agency."""
        response = self._check(self.http.get("/messages/pending", params={"limit": limit}))
        return list(response.json()["messages"])

    def download(self, message_id: str) -> bytes:
        """A message's edXML bytes."""
        return self._check(self.http.get(f"/messages/{message_id}")).content

    def acknowledge(self, message_id: str) -> bool:
        """Acknowledge; returns False when it already was."""
        body = self._check(self.http.post(f"/messages/{message_id}/ack")).json()
        return not body["already"]

    def receipts(self, *, after: int = 0) -> list[dict[str, Any]]:
        """Delivery receipts for this agency's messages after a cursor."""
        response = self._check(self.http.get("/receipts", params={"after": after}))
        return list(response.json()["receipts"])

    def deliveries(self, message_id: str) -> dict[str, str]:
        """Each recipient's state for a message this agency sent."""
        response = self._check(self.http.get(f"/messages/{message_id}/deliveries"))
        return dict(response.json()["deliveries"])
