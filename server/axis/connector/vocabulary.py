"""The connector's words: outbox states, receipt outcomes and the labels of status codes."""

from __future__ import annotations

from enum import StrEnum

STATUS_LABELS: dict[str, str] = {
    "01": "Đã đến",
    "02": "Từ chối tiếp nhận",
    "03": "Đã tiếp nhận, vào sổ",
    "04": "Đã phân công xử lý",
    "05": "Đang xử lý",
    "06": "Đã hoàn thành",
    "13": "Yêu cầu thu hồi",
    "15": "Đồng ý thu hồi/cập nhật",
    "16": "Từ chối thu hồi/cập nhật",
}
"""Vietnamese label of each edXML status code (spec §1.7), as clerks know them."""

DELIVERY_BY_STATUS: dict[str, str] = {
    "01": "delivered", "02": "failed", "03": "delivered", "04": "delivered",
    "05": "delivered", "06": "delivered", "15": "delivered", "16": "delivered",
}
"""The recipient's ``delivery_status`` implied by the status it reported."""

ACTION_STATUS: dict[str, str] = {
    "registered": "03", "directed": "04", "assigned": "05", "completed": "06",
    "rejected": "02",
}
"""Workflow actions on a document that came from the axis, and the status they report."""


class OutboxState(StrEnum):
    """Where an outgoing axis message stands."""

    PENDING = "pending"
    """Waiting for its (next) attempt."""
    SENT = "sent"
    """The hub stored it."""
    FAILED = "failed"
    """The hub refused it for good (a clerk may retry it after fixing the cause)."""


class OutboxKind(StrEnum):
    """What an outgoing axis message carries."""

    DOCUMENT = "document"
    STATUS = "status"


class Outcome(StrEnum):
    """What became of a received axis message."""

    ACCEPTED = "accepted"
    """A new incoming document was created."""
    APPLIED = "applied"
    """A status, revocation, update or replacement was applied."""
    DUPLICATE = "duplicate"
    """Seen before (same message id or same document id): nothing new was created."""
    QUARANTINED = "quarantined"
    """Refused: kept aside with the reason, and status 02 sent when the sender is known."""


class Resolution(StrEnum):
    """How an operator dealt with a quarantined message."""

    REPROCESSED = "reprocessed"
    """Taken in again (after the cause was fixed); its outcome is in the audit log."""
    DISMISSED = "dismissed"
    """Kept for the record only; the sender already had status 02."""


def status_label(code: str | None) -> str | None:
    """The label of a status code (``None`` for no code)."""
    return None if code is None else STATUS_LABELS.get(code, code)
