"""The national axis connector's routes: its status, the outbox, the quarantine, rejections."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from desktop.api import errors
from desktop.api.client import ApiClient
from desktop.api.models import parse_time

AXIS = "/axis"
T = TypeVar("T")


def _time(value: Any) -> datetime | None:
    return None if value is None else parse_time(value)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class LastRound:
    """What the connector's latest round did."""

    sent: int
    retried: int
    failed: int
    received: dict[str, int]
    """Received messages by outcome (``accepted``, ``duplicate``, ``quarantined``…)."""
    error: str | None
    """Why the round stopped (the hub could not be reached…), if it did."""
    finished_at: datetime | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LastRound:
        """Read the API shape."""
        return cls(int(data["sent"]), int(data["retried"]), int(data["failed"]),
                   {str(k): int(v) for k, v in data["received"].items()},
                   _text(data.get("error")), _time(data.get("finished_at")))


@dataclass(frozen=True)
class ConnectorStatus:
    """The connector at a glance."""

    enabled: bool
    organ_id: str | None
    hub_url: str | None
    outbox: dict[str, int]
    """Outgoing messages by state (``pending``, ``sent``, ``failed``)."""
    quarantined: int
    """Refused incoming messages still waiting for an operator."""
    last_round: LastRound | None
    """None before the first round (or when the connector is not running here)."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConnectorStatus:
        """Read the API shape."""
        last = data.get("last_round")
        return cls(bool(data["enabled"]), _text(data.get("organ_id")),
                   _text(data.get("hub_url")),
                   {str(k): int(v) for k, v in data["outbox"].items()},
                   int(data["quarantined"]), None if last is None else LastRound.from_json(last))


@dataclass(frozen=True)
class OutboxMessage:
    """An outgoing axis message and where it stands."""

    id: int
    message_id: str
    kind: str
    """``document`` or ``status``."""
    document_id: int | None
    edxml_document_id: str
    status_code: str | None
    recipients: tuple[str, ...]
    """Organ ids."""
    state: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OutboxMessage:
        """Read the API shape."""
        document = data.get("document_id")
        return cls(int(data["id"]), str(data["message_id"]), str(data["kind"]),
                   None if document is None else int(document), str(data["edxml_document_id"]),
                   _text(data.get("status_code")),
                   tuple(r for r in str(data["recipients"]).split(",") if r),
                   str(data["state"]), int(data["attempts"]), parse_time(data["next_attempt_at"]),
                   _text(data.get("last_error")), parse_time(data["created_at"]),
                   _time(data.get("sent_at")))


@dataclass(frozen=True)
class QuarantinedMessage:
    """A refused incoming message, and whether an operator has dealt with it."""

    id: int
    message_id: str
    sender: str
    """The sender's organ id."""
    edxml_document_id: str | None
    error_code: str
    reason: str
    rejection_sent: bool
    """Whether status 02 went back to the sender."""
    quarantined_at: datetime
    resolution: str | None
    """``reprocessed``, ``dismissed``, or none while it waits."""
    resolved_at: datetime | None
    size: int | None
    """Bytes as the message arrived (none when they were not kept)."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QuarantinedMessage:
        """Read the API shape."""
        return cls(int(data["id"]), str(data["message_id"]), str(data["sender"]),
                   _text(data.get("edxml_document_id")), str(data["error_code"]),
                   str(data["reason"]), bool(data["rejection_sent"]),
                   parse_time(data["quarantined_at"]), _text(data.get("resolution")),
                   _time(data.get("resolved_at")),
                   None if data.get("size") is None else int(data["size"]))


@dataclass(frozen=True)
class DeliveryReport:
    """One status an external recipient reported about a document."""

    recipient_id: int
    status_code: str
    status_label: str
    """The official Vietnamese name of the code (Decree 30 / QCVN 102)."""
    description: str | None
    reported_at: datetime
    received_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeliveryReport:
        """Read the API shape."""
        return cls(int(data["recipient_id"]), str(data["status_code"]),
                   str(data["status_label"]), _text(data.get("description")),
                   parse_time(data["reported_at"]), parse_time(data["received_at"]))


class AxisApi:
    """The connector routes of one signed-in client (administrators and clerks)."""

    def __init__(self, client: ApiClient) -> None:
        self.client = client

    def _call(self, parse: Callable[[Any], T], method: str, path: str, **kwargs: Any) -> T:
        response = self.client.request(method, f"{AXIS}{path}", **kwargs)
        try:
            return parse(response.json())
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ProtocolError(detail=f"{method} {path}: {exc!r}") from exc

    def status(self) -> ConnectorStatus:
        """Settings, counts and the latest round."""
        return self._call(ConnectorStatus.from_json, "GET", "/status")

    def outbox(self, *, state: str | None = None, limit: int = 200) -> list[OutboxMessage]:
        """Outgoing messages, newest first."""
        params: dict[str, Any] = {"limit": limit} | ({"state": state} if state else {})
        return self._call(lambda rows: [OutboxMessage.from_json(r) for r in rows], "GET",
                          "/outbox", params=params)

    def retry(self, outbox_id: int) -> OutboxMessage:
        """Send a failed or waiting message again now."""
        return self._call(OutboxMessage.from_json, "POST", f"/outbox/{outbox_id}/retry")

    def quarantine(self, *, limit: int = 200) -> list[QuarantinedMessage]:
        """Refused incoming messages, newest first."""
        return self._call(lambda rows: [QuarantinedMessage.from_json(r) for r in rows], "GET",
                          "/quarantine", params={"limit": limit})

    def reprocess(self, quarantine_id: int) -> QuarantinedMessage:
        """Take a quarantined message in again once its cause is fixed."""
        return self._call(QuarantinedMessage.from_json, "POST",
                          f"/quarantine/{quarantine_id}/reprocess")

    def dismiss(self, quarantine_id: int) -> QuarantinedMessage:
        """Close a quarantined message without taking it in."""
        return self._call(QuarantinedMessage.from_json, "POST",
                          f"/quarantine/{quarantine_id}/dismiss")

    def deliveries(self, document_id: int) -> list[DeliveryReport]:
        """Every status the external recipients of a document reported, oldest first."""
        return self._call(lambda rows: [DeliveryReport.from_json(r) for r in rows], "GET",
                          f"/documents/{document_id}/deliveries")

    def reject(self, document_id: int, reason: str) -> None:
        """Return a document received from the axis to its sender (status 02); the caller
        reloads the document to see its new state."""
        self.client.request("POST", f"{AXIS}/documents/{document_id}/reject",
                            json={"reason": reason})
